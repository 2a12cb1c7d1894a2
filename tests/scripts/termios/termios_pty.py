# termios on a pseudo-terminal: attributes, window sizes, flushing, flow,
# errors, the constants, and tty/getpass on top of it.
import os
import pty
import subprocess
import sys
import termios
import tty

consts = sorted(n for n in dir(termios) if n.isupper())
print(len(consts), consts[:5], consts[-5:])
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.VMIN, termios.VTIME, termios.NCCS)
print(termios.ECHO, termios.ICANON, termios.B38400, termios.VSWTCH == termios.VSWTC, termios.TIOCGWINSZ)
print(termios.error.__mro__, termios.error.__module__)

master, slave = pty.openpty()
attrs = termios.tcgetattr(slave)
print(len(attrs), len(attrs[6]), type(attrs[6][termios.VINTR]), attrs[6][termios.VINTR])
print(bool(attrs[3] & termios.ICANON), bool(attrs[3] & termios.ECHO))

# raw mode: VMIN/VTIME become ints
new = termios.tcgetattr(slave)
new[3] &= ~(termios.ICANON | termios.ECHO)
new[6][termios.VMIN] = 1
new[6][termios.VTIME] = 0
new[4] = new[5] = termios.B9600
termios.tcsetattr(slave, termios.TCSANOW, new)
got = termios.tcgetattr(slave)
print(bool(got[3] & termios.ICANON), bool(got[3] & termios.ECHO), got[4] == termios.B9600, got[6][termios.VMIN], got[6][termios.VTIME])
termios.tcsetattr(slave, termios.TCSAFLUSH, attrs)
print(termios.tcgetattr(slave) == attrs)

# file objects work too
with open(slave, "rb", buffering=0, closefd=False) as f:
    print(termios.tcgetattr(f) == attrs)

# window sizes
print(termios.tcgetwinsize(slave))
termios.tcsetwinsize(slave, (24, 80))
print(termios.tcgetwinsize(slave), termios.tcgetwinsize(master))
termios.tcsetwinsize(slave, [50, 132])
print(termios.tcgetwinsize(slave), os.get_terminal_size(slave))

# queues and flow
import select
def read_until(fd, end):
    got = b""
    while not got.endswith(end):
        got += os.read(fd, 100)
    return got
os.write(master, b"typed\n")
print(read_until(master, b"typed\r\n"))  # the echo
print(select.select([slave], [], [], 5)[0] == [slave])
termios.tcflush(slave, termios.TCIFLUSH)
print(select.select([slave], [], [], 0.1)[0])
os.write(slave, b"out")
termios.tcdrain(slave)
print(read_until(master, b"out"))
termios.tcflow(slave, termios.TCOOFF)
termios.tcflow(slave, termios.TCOON)
termios.tcsendbreak(slave, 0)

# tty.setraw / setcbreak
tty.setcbreak(slave)
a = termios.tcgetattr(slave)
print(bool(a[3] & termios.ICANON), bool(a[3] & termios.ECHO))
tty.setraw(slave)
a = termios.tcgetattr(slave)
print(bool(a[3] & termios.ISIG), bool(a[1] & termios.OPOST), a[2] & termios.CSIZE == termios.CS8)
termios.tcsetattr(slave, termios.TCSANOW, attrs)

# errors
r, w = os.pipe()
for fn in [lambda: termios.tcgetattr(r), lambda: termios.tcgetattr(99), lambda: termios.tcdrain(w),
           lambda: termios.tcgetwinsize(r), lambda: termios.tcsetattr(r, termios.TCSANOW, attrs)]:
    try:
        fn()
    except termios.error as e:
        print("error", e.args, str(e))
os.close(r)
os.close(w)
bad_cc = list(attrs[6])
bad_cc[0] = None
for fn in [lambda: termios.tcgetattr(), lambda: termios.tcgetattr(1, 2), lambda: termios.tcgetattr(-1),
           lambda: termios.tcgetattr("x"), lambda: termios.tcgetattr(fd=1), lambda: termios.tcsetattr(slave, 0),
           lambda: termios.tcsetattr(slave, 0, [1]), lambda: termios.tcsetattr(slave, 0, (1,) * 7),
           lambda: termios.tcsetattr(slave, 0, attrs[:6] + [attrs[6][:5]]),
           lambda: termios.tcsetattr(slave, 0, attrs[:6] + [bad_cc]),
           lambda: termios.tcsetattr(slave, 0, ["x"] + attrs[1:]),
           lambda: termios.tcsetattr(slave, 0, attrs[:4] + [10**30] + attrs[5:]),
           lambda: termios.tcsetattr(slave, 0, attrs[:6] + [[b"ab"] + attrs[6][1:]]),
           lambda: termios.tcsetattr(slave, "now", attrs), lambda: termios.tcsendbreak(slave),
           lambda: termios.tcdrain(1, 2), lambda: termios.tcflush(slave, "x"),
           lambda: termios.tcsetwinsize(slave, [1]), lambda: termios.tcsetwinsize(slave, (70000, 1)),
           lambda: termios.tcsetwinsize(slave, ("a", 1)), lambda: termios.tcsetwinsize(slave, 5),
           lambda: termios.tcsetwinsize(slave, (-1, 2)), lambda: termios.tcsetwinsize(slave, {0: 1, 1: 2})]:
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

# getpass reads from the controlling terminal with echo off
child = """
import fcntl, getpass, os, sys, termios
os.setsid()
fd = os.open(sys.argv[1], os.O_RDWR)
fcntl.ioctl(fd, termios.TIOCSCTTY, 0)
pw = getpass.getpass("Password: ")
print(repr(pw))
"""
p = subprocess.Popen([sys.executable, "-c", child, os.ttyname(slave)], stdout=subprocess.PIPE, text=True)
out = b""
while b"Password: " not in out:
    out += os.read(master, 100)
os.write(master, b"s3cret\n")
print(p.communicate()[0].strip(), p.returncode)
out += os.read(master, 100)
print(out.replace(b"\r", b""))
os.close(master)
os.close(slave)
# expect: 231 ['B0', 'B1000000', 'B110', 'B115200', 'B1152000'] ['VTDLY', 'VTIME', 'VWERASE', 'XCASE', 'XTABS']
# expect: 0 1 2 6 5 32
# expect: 8 2 15 True 21523
# expect: (<class 'termios.error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) termios
# expect: 7 32 <class 'bytes'> b'\x03'
# expect: True True
# expect: False False True 1 0
# expect: True
# expect: True
# expect: (0, 0)
# expect: (24, 80) (24, 80)
# expect: (50, 132) os.terminal_size(columns=132, lines=50)
# expect: b'typed\r\n'
# expect: True
# expect: []
# expect: b'out'
# expect: False False
# expect: False False True
# expect: error (25, 'Inappropriate ioctl for device') (25, 'Inappropriate ioctl for device')
# expect: error (9, 'Bad file descriptor') (9, 'Bad file descriptor')
# expect: error (25, 'Inappropriate ioctl for device') (25, 'Inappropriate ioctl for device')
# expect: error (25, 'Inappropriate ioctl for device') (25, 'Inappropriate ioctl for device')
# expect: error (25, 'Inappropriate ioctl for device') (25, 'Inappropriate ioctl for device')
# expect: TypeError termios.tcgetattr() takes exactly one argument (0 given)
# expect: TypeError termios.tcgetattr() takes exactly one argument (2 given)
# expect: ValueError file descriptor cannot be a negative integer (-1)
# expect: TypeError argument must be an int, or have a fileno() method.
# expect: TypeError termios.tcgetattr() takes no keyword arguments
# expect: TypeError tcsetattr expected 3 arguments, got 2
# expect: TypeError tcsetattr, arg 3: must be 7 element list
# expect: TypeError tcsetattr, arg 3: must be 7 element list
# expect: TypeError tcsetattr: attributes[6] must be 32 element list
# expect: TypeError tcsetattr: elements of attributes must be characters or integers
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: OverflowError Python int too large to convert to C long
# expect: TypeError tcsetattr: elements of attributes must be characters or integers
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError tcsendbreak expected 2 arguments, got 1
# expect: TypeError termios.tcdrain() takes exactly one argument (2 given)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError tcsetwinsize, arg 2: must be a two-item sequence
# expect: OverflowError winsize value(s) out of range.
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError tcsetwinsize, arg 2: must be a two-item sequence
# expect: OverflowError winsize value(s) out of range.
# expect: TypeError tcsetwinsize, arg 2: must be a two-item sequence
# expect: 's3cret' 0
# expect: b'Password: \n'

# _posixsubprocess.fork_exec with 3.11's 23 arguments, driven as
# subprocess.py drives it: pipes dup'ed onto the child's stdin/stdout, env,
# cwd, close_fds with pass_fds, and the error pipe's protocol
# ("OSError:<hex errno>:" + "noexec" before the exec).
import _posixsubprocess
import os
import sys

def run(argv, executables, env=None, cwd=None, pass_fds=(), stdin_data=None, preexec_fn=None, umask=-1):
    p2cread, p2cwrite = os.pipe()
    c2pread, c2pwrite = os.pipe()
    errpipe_read, errpipe_write = os.pipe()
    keep = tuple(sorted(set(pass_fds) | {errpipe_write}))
    pid = _posixsubprocess.fork_exec(
        argv, executables, True, keep, cwd, env,
        p2cread, p2cwrite, c2pread, c2pwrite, -1, -1,
        errpipe_read, errpipe_write, True, False, -1, None, None, None, umask, preexec_fn, False)
    for fd in (p2cread, c2pwrite, errpipe_write):
        os.close(fd)
    err = b""
    while True:
        part = os.read(errpipe_read, 50000)
        if not part:
            break
        err += part
    os.close(errpipe_read)
    if stdin_data:
        os.write(p2cwrite, stdin_data)
    os.close(p2cwrite)
    out = b""
    while True:
        part = os.read(c2pread, 1000)
        if not part:
            break
        out += part
    os.close(c2pread)
    wpid, status = os.waitpid(pid, 0)
    return wpid == pid, os.waitstatus_to_exitcode(status), out, err

print(run([b"/bin/echo", "hello", "world"], [b"/bin/echo"]))
print(run(["cat"], [b"/nonexistent/cat", b"/bin/cat"], stdin_data=b"piped in\n"))
print(run(["sh", "-c", "echo $GREETING; pwd"], [b"/bin/sh"], env=[b"GREETING=hi there"], cwd="/"))
ok, code, out, err = run(["prog"], [b"/nonexistent/prog"])
print(ok, code, out, err.split(b":")[0], int(err.split(b":")[1], 16) == 2, err.split(b":")[2])
ok, code, out, err = run(["prog"], [b"/bin/true"], cwd="/nonexistent/dir")
print(ok, code, err.split(b":")[0], int(err.split(b":")[1], 16) == 2, err.split(b":")[2])
ok, code, out, err = run(["prog"], [b"/etc/passwd"])
print(ok, code, int(err.split(b":")[1], 16) == 13, err.split(b":")[2])
# A descriptor in pass_fds survives; others (close_fds) do not.
r, w = os.pipe()
r2, w2 = os.pipe()
script = "import os\nfor fd in (%d, %d):\n    try:\n        os.write(fd, b'x')\n        print(fd == %d, 'open')\n    except OSError as e:\n        print(fd == %d, 'closed', e.errno)\n" % (w, w2, w, w2)
print(run([sys.executable, "-c", script], [os.fsencode(sys.executable)], pass_fds=(w,))[1:3])
print(os.read(r, 10))
for fd in (r, w, r2, w2):
    os.close(fd)
print(run(["sh", "-c", "umask"], [b"/bin/sh"], umask=0o27)[2])
def raising():
    raise ValueError("nope")
print(run(["true"], [b"/bin/true"], preexec_fn=raising)[1:])
print(run(["sh", "-c", "exit 7"], [b"/bin/sh"], preexec_fn=lambda: None)[1])

# Argument errors, raised in the parent.
def bad(*changes):
    args = [["true"], [b"/bin/true"], True, (5,), None, None, -1, -1, -1, -1, -1, -1, 3, 4,
            True, False, -1, None, None, None, -1, None, False]
    for i, v in changes:
        args[i] = v
    try:
        _posixsubprocess.fork_exec(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
bad((3, [5]))
bad((3, (5, 4)))
bad((3, (-1,)))
bad((13, 2))
bad((1, ["/bin/true"]))
bad((0, [1]))
bad((0, ["a\0b"]))
bad((6, 1.5))
try:
    _posixsubprocess.fork_exec()
except TypeError as e:
    print(e)

# expect: (True, 0, b'hello world\n', b'')
# expect: (True, 0, b'piped in\n', b'')
# expect: (True, 0, b'hi there\n/\n', b'')
# expect: True 255 b'' b'OSError' True b''
# expect: True 255 b'OSError' True b'noexec'
# expect: True 255 True b''
# expect: (0, b'True open\nTrue closed 9\n')
# expect: b'x'
# expect: b'0027\n'
# expect: (255, b'', b'SubprocessError:0:Exception occurred in preexec_fn.')
# expect: 7
# expect: TypeError fork_exec() argument 4 must be tuple, not list
# expect: ValueError bad value(s) in fds_to_keep
# expect: ValueError bad value(s) in fds_to_keep
# expect: ValueError errpipe_write must be >= 3
# expect: TypeError expected bytes, str found
# expect: TypeError expected str, bytes or os.PathLike object, not int
# expect: ValueError embedded null byte
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: fork_exec() takes exactly 23 arguments (0 given)

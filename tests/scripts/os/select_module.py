# select: select(), poll and epoll objects, their errors, waits that release
# the GIL, and PEP 475 (a signal handler runs, the wait goes on).
import _signal as signal
import _thread
import posix as os  # CPython's os.py sits on posix; pyglass's os is not it yet
import select
import time

print(select.error is OSError, select.PIPE_BUF, select.POLLIN, select.POLLOUT, select.POLLHUP, select.POLLNVAL)
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.EPOLL_CLOEXEC, select.EPOLLRDHUP)

r, w = os.pipe()

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
    def __repr__(self):
        return "F(%d)" % self.fd

# select
print(select.select([r], [w], [], 0) == ([], [w], []))
fr = F(r)
os.write(w, b"x")
res = select.select([fr], [F(w)], [fr], 0.5)
print(res[0], len(res[1]), res[2])
print(os.read(r, 10))
t0 = time.monotonic()
print(select.select([r], [], [], 0.05), time.monotonic() - t0 >= 0.05)
for args in [([], [], [], -1), ([], [], [], "x"), (5, [], []), (["x"], [], []), ([99999], [], [], 0),
             ([-1], [], []), ([F("z")], [], []), ([], [])]:
    try:
        print(select.select(*args))
    except Exception as e:
        print(type(e).__name__, e)

# poll
p = select.poll()
print(type(p).__name__, type(p).__module__)
p.register(r)
p.register(F(w), select.POLLOUT)
print(p.poll(0), p.poll(None))
os.write(w, b"y")
print(sorted(p.poll()))
p.modify(w, select.POLLIN)
print(p.poll(1.5))
p.unregister(w)
print(os.read(r, 10), p.poll(10))
for call in [lambda: p.register(-1), lambda: p.register("x"), lambda: p.register(1, "x"),
             lambda: p.register(1, 1 << 20), lambda: p.unregister(5), lambda: p.modify(5, 1),
             lambda: p.poll("x")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
try:
    type(p)()
except TypeError as e:
    print("TypeError", e)

# epoll
e = select.epoll()
print(type(e).__name__, e.closed, e.fileno() > 2)
e.register(w, select.EPOLLOUT)
e.register(F(r))
print(e.poll(0), e.poll(0, 1), e.poll(timeout=0.0, maxevents=-1))
os.write(w, b"z")
print(sorted(e.poll(1)))
e.modify(r, 0)
e.unregister(w)
print(e.poll(0.01))
for call in [lambda: e.register(-1), lambda: e.register(99999), lambda: e.register(r),
             lambda: e.unregister(99999), lambda: e.poll(0, 0), lambda: e.poll(0, -5)]:
    try:
        print(call())
    except Exception as ex:
        print(type(ex).__name__, ex)
e2 = select.epoll.fromfd(os.dup(e.fileno()))
print(e2.closed)
e2.close()
e.close()
e.close()
print(e.closed)
for call in [e.fileno, e.poll, lambda: e.register(r), lambda: e.__enter__(),
             lambda: select.epoll(sizehint=0), lambda: select.epoll(flags=5), lambda: select.epoll(-2)]:
    try:
        print(call())
    except Exception as ex:
        print(type(ex).__name__, ex)
with select.epoll(flags=select.EPOLL_CLOEXEC) as e3:
    print(e3.closed)
print(e3.closed)

try:
    class MyEpoll(select.epoll):
        pass
except TypeError as ex:
    print("TypeError", ex)
print(os.read(r, 10))

# A wait releases the GIL: another thread writes while the main thread waits.
def writer():
    os.write(w, b"from thread")

_thread.start_new_thread(writer, ())
print(select.select([r], [], [], 10)[0] == [r], os.read(r, 100))
p = select.poll()
p.register(r)
_thread.start_new_thread(writer, ())
print(p.poll(10000), os.read(r, 100))
with select.epoll() as ep:
    ep.register(r, select.EPOLLIN)
    _thread.start_new_thread(writer, ())
    print(ep.poll(10), os.read(r, 100))

# PEP 475: a handler that returns lets the wait go on for the time left.
ticks = []
signal.signal(signal.SIGALRM, lambda n, f: ticks.append(n))
for wait in (lambda: select.select([r], [], [], 0.2), lambda: p.poll(200)):
    del ticks[:]
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    t0 = time.monotonic()
    print(wait(), ticks, time.monotonic() - t0 >= 0.19)

class Stop(Exception):
    pass

def stop(n, f):
    raise Stop

signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    select.select([r], [], [])
except Stop:
    print("select interrupted")
signal.signal(signal.SIGALRM, signal.SIG_DFL)
os.close(r)
os.close(w)
# expect: True 4096 1 4 16 32
# expect: 1 4 2147483648 1073741824 524288 8192
# expect: True
# expect: [F(3)] 1 []
# expect: b'x'
# expect: ([], [], []) True
# expect: ValueError timeout must be non-negative
# expect: TypeError timeout must be a float or None
# expect: TypeError arguments 1-3 must be sequences
# expect: TypeError argument must be an int, or have a fileno() method.
# expect: ValueError filedescriptor out of range in select()
# expect: ValueError file descriptor cannot be a negative integer (-1)
# expect: TypeError fileno() returned a non-integer
# expect: TypeError select expected at least 3 arguments, got 2
# expect: poll select
# expect: [(4, 4)] [(4, 4)]
# expect: [(3, 1), (4, 4)]
# expect: [(3, 1)]
# expect: b'y' []
# expect: ValueError file descriptor cannot be a negative integer (-1)
# expect: TypeError argument must be an int, or have a fileno() method.
# expect: TypeError an integer is required
# expect: OverflowError Python int too large for C unsigned short
# expect: KeyError 5
# expect: FileNotFoundError [Errno 2] No such file or directory
# expect: TypeError timeout must be an integer or None
# expect: TypeError cannot create 'select.poll' instances
# expect: epoll False True
# expect: [(4, 4)] [(4, 4)] [(4, 4)]
# expect: [(3, 1), (4, 4)]
# expect: []
# expect: ValueError file descriptor cannot be a negative integer (-1)
# expect: OSError [Errno 9] Bad file descriptor
# expect: FileExistsError [Errno 17] File exists
# expect: OSError [Errno 9] Bad file descriptor
# expect: ValueError maxevents must be greater than 0, got 0
# expect: ValueError maxevents must be greater than 0, got -5
# expect: False
# expect: True
# expect: ValueError I/O operation on closed epoll object
# expect: ValueError I/O operation on closed epoll object
# expect: ValueError I/O operation on closed epoll object
# expect: ValueError I/O operation on closed epoll object
# expect: ValueError negative sizehint
# expect: OSError invalid flags
# expect: ValueError negative sizehint
# expect: False
# expect: True
# expect: TypeError type 'select.epoll' is not an acceptable base type
# expect: b'z'
# expect: True b'from thread'
# expect: [(3, 1)] b'from thread'
# expect: [(3, 1)] b'from thread'
# expect: ([], [], []) [14] True
# expect: [] [14] True
# expect: select interrupted

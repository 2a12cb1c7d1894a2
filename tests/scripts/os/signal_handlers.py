# Python-level signal handlers run in the main thread between bytecodes, with
# (signum, frame); their exceptions come out where the main thread was; SIGINT
# under signal() replaces KeyboardInterrupt; blocking waits are interrupted
# and resumed (PEP 475).
import _signal as s
import _thread
import posix as os  # CPython's os.py sits on posix; pyglass's os is not it yet
import time

got = []

def h(signum, frame):
    got.append((signum, type(frame).__name__, frame.f_code.co_name))

s.signal(s.SIGUSR1, h)
s.signal(s.SIGUSR2, h)

def where():
    s.raise_signal(s.SIGUSR1)
    os.kill(os.getpid(), s.SIGUSR2)
    return "returned"

print(where(), got)
got.clear()

# A handler that raises: the exception comes out of the call that let it in.
class Boom(Exception):
    pass

def raising(signum, frame):
    raise Boom(signum)

s.signal(s.SIGUSR1, raising)
try:
    s.raise_signal(s.SIGUSR1)
    print("not reached")
except Boom as e:
    print("Boom", e.args)

# SIGINT: a Python handler replaces KeyboardInterrupt; SIG_IGN ignores it;
# default_int_handler brings KeyboardInterrupt back.
print(s.signal(s.SIGINT, h) is s.default_int_handler)
s.raise_signal(s.SIGINT)
print(got)
got.clear()
s.signal(s.SIGINT, s.SIG_IGN)
s.raise_signal(s.SIGINT)
print("ignored")
s.signal(s.SIGINT, s.default_int_handler)
try:
    s.raise_signal(s.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")

# A signal sent by another thread is handled by the main thread.
idents = []

def handler_ident(signum, frame):
    idents.append(_thread.get_ident())

s.signal(s.SIGUSR1, handler_ident)
done = _thread.allocate_lock()
done.acquire()

def sender():
    os.kill(os.getpid(), s.SIGUSR1)
    done.release()

_thread.start_new_thread(sender, ())
done.acquire()  # a lock wait in the main thread: the handler runs, the wait goes on
while not idents:
    pass
print(idents == [_thread.get_ident()])

# alarm during time.sleep: the handler runs and the sleep goes on (PEP 475).
ticks = []
s.signal(s.SIGALRM, lambda n, f: ticks.append(n))
t0 = time.monotonic()
s.setitimer(s.ITIMER_REAL, 0.05)
time.sleep(0.3)
print(ticks, time.monotonic() - t0 >= 0.29)

# ... unless the handler raises: then the sleep ends with that exception.
s.signal(s.SIGALRM, raising)
s.setitimer(s.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    time.sleep(5)
except Boom as e:
    print("sleep interrupted", e.args, time.monotonic() - t0 < 4)

# A lock wait nobody will end, cut short by a handler that raises.
lock = _thread.allocate_lock()
lock.acquire()
s.setitimer(s.ITIMER_REAL, 0.05)
try:
    lock.acquire()
except Boom as e:
    print("acquire interrupted", e.args)
s.setitimer(s.ITIMER_REAL, 0.05)
try:
    print(lock.acquire(timeout=5))
except Boom as e:
    print("timed acquire interrupted", e.args)
s.signal(s.SIGALRM, lambda n, f: ticks.append(n))
s.setitimer(s.ITIMER_REAL, 0.02)
t0 = time.monotonic()
print(lock.acquire(timeout=0.2), ticks, time.monotonic() - t0 >= 0.19)

# pause() returns after a handler ran (a periodic timer: never missed).
s.setitimer(s.ITIMER_REAL, 0.02, 0.02)
del ticks[:]
print(s.pause(), len(ticks) >= 1)
s.setitimer(s.ITIMER_REAL, 0)

# The wakeup fd receives the signal numbers.
r, w = os.pipe()
os.set_blocking(w, False)
print(s.set_wakeup_fd(w))
s.raise_signal(s.SIGUSR2)
print(os.read(r, 10))
print(s.set_wakeup_fd(-1) == w)
os.close(r)
os.close(w)
for sig in (s.SIGUSR1, s.SIGUSR2, s.SIGALRM):
    s.signal(sig, s.SIG_DFL)
print("end")
# expect: returned [(10, 'frame', 'where'), (12, 'frame', 'where')]
# expect: Boom (10,)
# expect: True
# expect: [(2, 'frame', '<module>')]
# expect: ignored
# expect: KeyboardInterrupt
# expect: True
# expect: [14] True
# expect: sleep interrupted (14,) True
# expect: acquire interrupted (14,)
# expect: timed acquire interrupted (14,)
# expect: False [14, 14] True
# expect: None True
# expect: -1
# expect: b'\x0c'
# expect: True
# expect: end

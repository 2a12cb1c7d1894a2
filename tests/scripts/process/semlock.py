# _multiprocessing.SemLock and sem_unlink as CPython's multiprocessing uses
# them: both kinds, counts and ownership, timeouts, errors word for word,
# _rebuild by handle and by name, _after_fork, and a semaphore shared with a
# forked child (the parent blocks in acquire until the child releases).
import _multiprocessing as m
import os, sys, threading, time

tag = "/pgsem-%d-" % os.getpid()
for args in [(5, 1, 1, tag + "x", True), (1, 1, 1, 5, True), ("a", 1, 1, tag + "x", True),
             (1, 1, 1, tag + "x\0y", True)]:
    try:
        m.SemLock(*args)
    except Exception as e:
        print(type(e).__name__, e)

s = m.SemLock(1, 1, 1, tag + "1", True)
print(s.name, s.kind, s.maxvalue, type(s.handle).__name__, s._count(), s._is_mine(), s._get_value(), s._is_zero())
print(s.acquire(), s._count(), s._is_mine(), s.acquire(timeout=0.01), s.acquire(False), s._is_zero())
s.release()
try:
    s.release()
except ValueError as e:
    print("ValueError", e)

r = m.SemLock(0, 1, 1, tag + "2", False)
print(r.name == tag + "2", r.acquire(), r.acquire(), r._count())
r.release()
r.release()
try:
    r.release()
except AssertionError as e:
    print("AssertionError", e)
m.sem_unlink(tag + "2")
try:
    m.sem_unlink(tag + "2")
except OSError as e:
    print(type(e).__name__, e)
try:
    s.name = "x"
except AttributeError as e:
    print("AttributeError", e)

t = m.SemLock(1, 2, 3, tag + "3", True)
t.release()
try:
    t.release()
except ValueError as e:
    print("ValueError", e)
print(t._get_value())
try:
    s.acquire(timeout="x")
except TypeError as e:
    print("TypeError", e)
with s:
    print("in with:", s._count())
print(s.__enter__(), s.__exit__(1, 2, 3))
try:
    s.__exit__(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
print(m.SemLock.SEM_VALUE_MAX, m.flags)
u = m.SemLock._rebuild(s.handle, 1, 1, None)
print(u.acquire(False), u.name, s._get_value())
u.release()
try:
    m.SemLock._rebuild(0, 1, 1, tag + "none")
except OSError as e:
    print(type(e).__name__, e)

# a RECURSIVE_MUTEX held by another thread
rm = m.SemLock(0, 1, 1, tag + "4", True)
held, done = threading.Event(), threading.Event()
def owner():
    rm.acquire()
    held.set()
    done.wait()
    rm.release()
th = threading.Thread(target=owner)
th.start()
held.wait()
print("other thread holds it:", rm._is_mine(), rm.acquire(timeout=0.05))
done.set()
th.join()
print("after its release:", rm.acquire(timeout=5), rm._is_mine())
rm.release()

# shared with a forked child: the child holds it for a while, the parent waits
named = m.SemLock(1, 0, 1, tag + "5", False)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    c = m.SemLock._rebuild(named.handle, 1, 1, named.name)
    time.sleep(0.2)
    c.release()
    os._exit(0)
start = time.monotonic()
print("parent acquired after the child's release:", named.acquire(timeout=10), time.monotonic() - start >= 0.1)
os.waitpid(pid, 0)
named._after_fork()
print("after _after_fork:", named._count())
m.sem_unlink(tag + "5")

# expect: ValueError unrecognized kind
# expect: TypeError SemLock() argument 'name' must be str, not int
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError embedded null character
# expect: None 1 1 int 0 False 1 False
# expect: True 1 True False False True
# expect: ValueError semaphore or lock released too many times
# expect: True True True 2
# expect: AssertionError attempt to release recursive lock not owned by thread
# expect: FileNotFoundError [Errno 2] No such file or directory
# expect: AttributeError readonly attribute
# expect: ValueError semaphore or lock released too many times
# expect: 3
# expect: TypeError must be real number, not str
# expect: in with: 1
# expect: True None
# expect: TypeError __exit__ expected at most 3 arguments, got 4
# expect: 2147483647 {'HAVE_SEM_OPEN': 1, 'HAVE_SEM_TIMEDWAIT': 1}
# expect: True None 0
# expect: FileNotFoundError [Errno 2] No such file or directory
# expect: other thread holds it: False False
# expect: after its release: True True
# expect: parent acquired after the child's release: True True
# expect: after _after_fork: 0

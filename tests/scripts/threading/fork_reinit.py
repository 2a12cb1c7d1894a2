# _at_fork_reinit (what threading._after_fork and logging call in a forked
# child) makes a Lock or RLock new and unlocked; threading._after_fork stays
# callable.
import threading
l = threading.Lock(); l.acquire(); l._at_fork_reinit()
print(l.locked(), l.acquire(False))
r = threading.RLock(); r.acquire(); r.acquire(); r._at_fork_reinit()
print(r._is_owned(), r.acquire(False), r._recursion_count())
for o in (l, r):
    try:
        o._at_fork_reinit(1)
    except TypeError as e:
        print(e)
c = threading.Condition(); c._at_fork_reinit(); print(c.acquire(False))
e = threading.Event(); e.set(); e._at_fork_reinit(); print(e.is_set())
print(callable(threading._after_fork))

# expect: False True
# expect: False True 1
# expect: lock._at_fork_reinit() takes no arguments (1 given)
# expect: RLock._at_fork_reinit() takes no arguments (1 given)
# expect: True
# expect: True
# expect: True

# _thread.lock and _thread.RLock: states, errors, timeouts, context managers.
import _thread
l = _thread.allocate_lock()
print(type(l).__name__, type(l) is _thread.LockType)  # expect: lock True
print(repr(l).startswith("<unlocked _thread.lock object at 0x"))  # expect: True
print(l.acquire(), l.locked())  # expect: True True
print(repr(l).startswith("<locked _thread.lock object at 0x"))  # expect: True
print(l.acquire(False), l.acquire(blocking=False), l.acquire(True, 0.01), l.acquire(timeout=0))  # expect: False False False False
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)  # expect: RuntimeError release unlocked lock
for args in [(False, 1), (True, -2)]:
    try:
        l.acquire(*args)
    except ValueError as e:
        print("ValueError", e)
# expect: ValueError can't specify a timeout for a non-blocking call
# expect: ValueError timeout value must be positive
try:
    _thread.LockType()
except TypeError as e:
    print(e)  # expect: cannot create '_thread.lock' instances
with l:
    print(l.locked())  # expect: True
print(l.locked())  # expect: False
r = _thread.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))  # expect: True
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())  # expect: True True True 2
print(("owner=%d count=2" % _thread.get_ident()) in repr(r))  # expect: True
state = r._release_save()
print(state[0], r._is_owned())  # expect: 2 False
r._acquire_restore(state)
print(r._recursion_count())  # expect: 2
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)  # expect: cannot release un-acquired lock
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9, _thread.stack_size())  # expect: True True 0

# One thread acquiring a plain lock twice blocks forever: reported, exit 3.
import _thread
l = _thread.allocate_lock()
l.acquire()
print("first", flush=True)  # expect: first
l.acquire()
# expect exit: 3
# expect stderr: Deadlock detected
# expect stderr: held by "MainThread"

# Two threads each hold the lock the other wants: the detector reports and exits 3.
import _thread
a = _thread.allocate_lock(); b = _thread.allocate_lock()
ready = _thread.allocate_lock(); ready.acquire()
def other():
    b.acquire()
    ready.release()
    a.acquire()
a.acquire()
_thread.start_new_thread(other, ())
ready.acquire()
print("both locked", flush=True)  # expect: both locked
b.acquire()
print("never")
# expect exit: 3
# expect stderr: ^Deadlock detected
# expect stderr: ^Thread "MainThread" waits for <_thread.lock object at 0x[0-9a-f]+> held by thread \d+
# expect stderr: File ".*deadlock_report.py", line 13, in <module>
# expect stderr: File ".*deadlock_report.py", line 8, in other

# The detector in seeded mode: the main thread waits for a lock nobody will release.
# args: --seed 3
import _thread, time
l = _thread.allocate_lock()
def holder():
    l.acquire()
    time.sleep(5)  # a sleeper can still wake: no verdict until it ends
_thread.start_new_thread(holder, ())
time.sleep(1)
print("waiting", flush=True)  # expect: waiting
l.acquire()
# expect exit: 3
# expect stderr: Deadlock detected
# expect stderr: held by a thread that has ended

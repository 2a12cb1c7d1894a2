# The deadlock report names threads with threading's names and says which
# threading/queue API each thread blocked in, with CPython's threading.py.
import queue, threading
q = queue.Queue()
ev = threading.Event()
def getter():
    q.get()
def waiter():
    ev.wait()
ts = [threading.Thread(target=getter, name="getter"), threading.Thread(target=waiter, name="waiter")]
for t in ts:
    t.start()
print("started", flush=True)  # expect: started
ts[0].join()
# expect exit: 3
# expect stderr: ^Deadlock detected
# expect stderr: ^Thread "MainThread" waits in Thread\.join to join "getter" \(its end-of-thread lock <_thread\.lock object at 0x[0-9a-f]+>\)
# expect stderr: ^Thread "getter" waits in Queue\.get \(Condition\.wait\) for <_thread\.lock object at 0x[0-9a-f]+> held by "getter" itself
# expect stderr: ^Thread "waiter" waits in Event\.wait \(Condition\.wait\) for <_thread\.lock
# expect stderr: File ".*deadlock_named_waits\.py", line 7, in getter

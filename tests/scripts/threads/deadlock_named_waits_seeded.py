# Seeded mode: the deadlock report (no runnable thread and no deadline)
# names Barrier, Semaphore and Condition waits and threading's thread names.
# args: --seed 7
import threading
bar = threading.Barrier(3)
sem = threading.Semaphore(0)
cond = threading.Condition()
def at_barrier():
    bar.wait()
def on_semaphore():
    sem.acquire()
def on_condition():
    with cond:
        cond.wait()
for f in (at_barrier, on_semaphore, on_condition):
    threading.Thread(target=f, name=f.__name__).start()
print("started", flush=True)  # expect: started
# expect exit: 3
# expect stderr: ^Deadlock detected
# expect stderr: ^Thread "at_barrier" waits in Barrier\.wait \(Condition\.wait\) for <_thread\.lock
# expect stderr: ^Thread "on_semaphore" waits in Semaphore\.acquire \(Condition\.wait\) for <_thread\.lock
# expect stderr: ^Thread "on_condition" waits in Condition\.wait for <_thread\.lock
# expect stderr: File ".*deadlock_named_waits_seeded\.py", line 14, in on_condition
# expect stderr: ^Thread "MainThread" waits in threading\._shutdown to join "\w+"

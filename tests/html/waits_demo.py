# For tests/html/check_wait_names.py: one thread blocks, in turn, in each of
# threading's and queue's waits (run in seeded mode, so that every wait
# really blocks: the main thread's sleeps are virtual and long).
import threading, queue, time
q = queue.Queue()
ev = threading.Event()
bar = threading.Barrier(2)
sem = threading.Semaphore(0)
cond = threading.Condition()
def consumer():
    q.get()
    ev.wait()
    bar.wait()
    sem.acquire()
    with cond:
        cond.wait(timeout=0.05)
t = threading.Thread(target=consumer, name="consumer")
t.start()
time.sleep(0.02); q.put(1)
time.sleep(0.02); ev.set()
time.sleep(0.02); bar.wait()
time.sleep(0.02); sem.release()
tm = threading.Timer(0.02, lambda: None); tm.start(); tm.join()
t.join()
print("ok")

# Work distribution: a queue with worker threads, then a ThreadPoolExecutor.
#
# Run:      pyglass programs/pools_queues.py
# Then:     add --stats to see each worker's wait time on the queue, or
#           --trace pools.json and open it in https://ui.perfetto.dev
# Observe:  the worker threads take items in whatever order the scheduler gives
#           them (the per-worker counts change from run to run) but the results,
#           once sorted, are always the same; q.join() returns only after every
#           item had its task_done().  The pool starts workers lazily (at most
#           max_workers, named ThreadPoolExecutor-0_N) and map() returns results
#           in input order whatever order they finish in.
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

q = queue.Queue()
results = []
per_worker = {}
lock = threading.Lock()


def worker():
    name = threading.current_thread().name
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        time.sleep(0.001)
        with lock:
            results.append(item * item)
            per_worker[name] = per_worker.get(name, 0) + 1
        q.task_done()


workers = [threading.Thread(target=worker, name="worker-%d" % i) for i in range(4)]
for w in workers:
    w.start()
for i in range(40):
    q.put(i)
q.join()
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
print("sum of squares:", sum(results), "items per worker:", sorted(per_worker.items()))


def slow_square(x):
    time.sleep(0.01 * (5 - x))
    return x * x, threading.current_thread().name


with ThreadPoolExecutor(max_workers=3) as pool:
    print("map (input order):", [r for r, _ in pool.map(slow_square, range(5))])
    futures = [pool.submit(slow_square, x) for x in range(5)]
    print("as_completed order:", [f.result()[0] for f in as_completed(futures)])
    print("workers used:", sorted({f.result()[1] for f in futures}))

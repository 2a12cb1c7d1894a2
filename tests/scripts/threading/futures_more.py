# CPython's concurrent.futures.ThreadPoolExecutor: as_completed, wait,
# exceptions, initializer and BrokenThreadPool, thread_name_prefix,
# shutdown(cancel_futures=True) and the executor's weak-reference wake-up.
import threading, time
from concurrent import futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION

def sq(x):
    return x * x

with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    fs = {ex.submit(sq, i): i for i in range(10)}
    print(sorted(f.result() for f in as_completed(fs)))
    names = set(ex.submit(lambda: threading.current_thread().name).result() for _ in range(5))
    print(all(n.startswith("pool_") for n in names))
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    fast = ex.submit(sq, 3)
    done, not_done = wait([slow, fast], return_when=FIRST_COMPLETED)
    print(fast in done, slow in not_done)
    gate.set()
    done, not_done = wait([slow, fast], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    bad = ex.submit(lambda: 1 / 0)
    done, _ = wait([bad], return_when=FIRST_EXCEPTION)
    print(type(bad.exception()).__name__)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("raised", e)
    print(list(ex.map(sq, range(5), timeout=30)))

def boom():
    raise ValueError("init failed")

ex = ThreadPoolExecutor(max_workers=1, initializer=boom)
f = ex.submit(sq, 2)
try:
    f.result(timeout=30)
except futures.thread.BrokenThreadPool as e:
    print("BrokenThreadPool", e)
ex.shutdown()

ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
running = threading.Event()
first = ex.submit(lambda: running.set() or gate.wait())
later = [ex.submit(sq, i) for i in range(5)]
running.wait()
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
print(first.result(), all(f.cancelled() for f in later))
ex.shutdown()
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print(e)
f = futures.Future()
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(5)
print(f.result(), repr(f).startswith("<Future at"), "finished returned int" in repr(f))

# expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# expect: True
# expect: True True
# expect: 2 0
# expect: ZeroDivisionError
# expect: raised division by zero
# expect: [0, 1, 4, 9, 16]
# expect: BrokenThreadPool A thread initializer failed, the thread pool is not usable anymore
# expect: True True
# expect: cannot schedule new futures after shutdown
# expect: True True
# expect: 5 True True

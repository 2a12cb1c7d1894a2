# concurrent.futures: pools, map, wait, as_completed, callbacks, shutdown.
import threading
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, InvalidStateError)
import concurrent.futures


def square(x):
    return x * x


def fail():
    raise KeyError("nope")


with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(6))))  # expect: [0, 1, 4, 9, 16, 25]
    print(list(ex.map(pow, [2, 3], [5, 2])))  # expect: [32, 9]
    futs = [ex.submit(square, i) for i in range(6)]
    print(sorted(f.result() for f in as_completed(futs)))  # expect: [0, 1, 4, 9, 16, 25]
    f = ex.submit(fail)
    try:
        f.result()
    except KeyError as e:
        print("raised", repr(e))  # expect: raised KeyError('nope')
    print(repr(f.exception()), f.done(), f.cancelled())  # expect: KeyError('nope') True False
    print(repr(f).endswith("state=finished raised KeyError>"))  # expect: True
    g = ex.submit(square, 7)
    print(repr(g.result()), repr(g).endswith("state=finished returned int>"))  # expect: 49 True
    done, not_done = wait([ex.submit(square, i) for i in range(4)])
    print(len(done), len(not_done))  # expect: 4 0
    done, not_done = wait([f, g], return_when=FIRST_EXCEPTION)
    print(len(done))  # expect: 2
    done, _ = wait([ex.submit(square, 2)], return_when=FIRST_COMPLETED)
    print([x.result() for x in done])  # expect: [4]
    it = ex.map(lambda x: 1 // x, [1, 0, 2])
    print(next(it))  # expect: 1
    try:
        next(it)
    except ZeroDivisionError as e:
        print("map raised", e)  # expect: map raised integer division or modulo by zero
    names = {ex.submit(lambda: threading.current_thread().name).result() for _ in range(5)}
    print(all(n.startswith("ThreadPoolExecutor-0_") for n in names))  # expect: True

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)  # expect: cannot schedule new futures after shutdown

# Callbacks: run once, in the finishing thread or at once when already done.
seen = []
fut = Future()
fut.add_done_callback(lambda x: seen.append(("cb1", x.result())))
print(repr(fut).endswith("state=pending>"), fut.running())  # expect: True False
fut.set_result(5)
fut.add_done_callback(lambda x: seen.append(("cb2", x.result())))
print(seen)  # expect: [('cb1', 5), ('cb2', 5)]
try:
    fut.set_result(6)
except InvalidStateError as e:
    print(str(e).startswith("FINISHED: <Future at 0x"))  # expect: True

c = Future()
print(c.cancel(), c.cancelled(), c.done())  # expect: True True True
try:
    c.result()
except CancelledError:
    print("CancelledError")  # expect: CancelledError
try:
    Future().result(timeout=0.01)
except TimeoutError:
    print("TimeoutError", concurrent.futures.TimeoutError is TimeoutError)  # expect: TimeoutError True

pool = ThreadPoolExecutor(2, thread_name_prefix="px")
print(pool.submit(lambda: threading.current_thread().name).result())  # expect: px_0
gate = threading.Event()
started = threading.Semaphore(0)
def blocker():
    started.release()
    return gate.wait()
blockers = [pool.submit(blocker) for _ in range(2)]
started.acquire(); started.acquire()  # both workers are busy: what follows stays queued
queued = [pool.submit(square, i) for i in range(3)]
pool.shutdown(wait=False, cancel_futures=True)
gate.set()
pool.shutdown(wait=True)
print([q.cancelled() for q in queued], all(b.result() for b in blockers))  # expect: [True, True, True] True
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)  # expect: max_workers must be greater than 0

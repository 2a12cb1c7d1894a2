"""ThreadPoolExecutor: run submitted calls on a pool of worker threads (pyglass).

How it works
------------
submit() wraps the call in a _WorkItem holding a fresh Future, puts it on the
executor's SimpleQueue and then, as in CPython 3.11, starts one more worker
only when no worker is idle (the idle semaphore counts workers waiting for
work) and fewer than max_workers exist, so threads appear lazily.  Workers
are named "<prefix>_<n>" (prefix "ThreadPoolExecutor-<k>" by default) and
are ordinary non-daemon threads.

A None on the queue means "stop": a worker that takes it while the executor
(or the interpreter) is shutting down puts it back for its siblings and
exits.  threading._shutdown runs _python_exit before it joins non-daemon
threads, so idle workers of executors never shut down still end at exit.
"""

import os
import queue
import threading
from concurrent.futures import _base

_threads_queues = {}        # worker thread -> its executor's work queue, until interpreter exit
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()
    _threads_queues.clear()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None  # drop the cycle exception -> traceback -> frame -> self
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._log_error('Exception in initializer:')
            executor._initializer_failed()
            return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run()
                del work_item
                executor._idle_semaphore.release()
                continue
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                work_queue.put(None)  # wake the next worker too
                return
    finally:
        _threads_queues.pop(threading.current_thread(), None)
        executor = None


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker thread failed to initialise."""


_counter_lock = threading.Lock()
_counter_next = 0


def _next_pool_number():
    global _counter_next
    with _counter_lock:
        n = _counter_next
        _counter_next += 1
    return n


class ThreadPoolExecutor(_base.Executor):
    """Executes calls asynchronously on at most max_workers threads."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % _next_pool_number())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) and return a Future for its result."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = _base.Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item: no new thread needed.
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue, self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _take_queued(self):
        """Empty the work queue; return the work items that were in it."""
        items = []
        while True:
            try:
                work_item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if work_item is not None:
                items.append(work_item)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
            # Fail every call still queued.
            for work_item in self._take_queued():
                work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; with wait, return once every worker has finished."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for work_item in self._take_queued():
                    work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()

# threading, queue, sched, heapq, logging and concurrent.futures are CPython's
# own files from the library directory, over pyglass's native _thread, _queue
# and _heapq, with CPython's names for what they import from them.
import os, sys
import threading, queue, sched, heapq, logging, concurrent.futures.thread, _thread, _queue, _heapq
libdir = os.path.dirname(os.__file__)
for m in (threading, queue, sched, heapq, logging, concurrent.futures, concurrent.futures.thread):
    print(m.__name__, os.path.relpath(m.__file__, libdir))
print(sorted(n for n in dir(_thread) if not n.startswith("__")))
print(queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
print(heapq.heappush is _heapq.heappush, heapq.nlargest.__module__)
print(threading.local is _thread._local, threading.RLock is not None, threading._CRLock is _thread.RLock)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.get_native_id is _thread.get_native_id)
print(threading.ExceptHookArgs is _thread._ExceptHookArgs, threading.excepthook is _thread._excepthook)
print(type(threading.current_thread().native_id).__name__, threading.main_thread().name)
print(threading._shutdown.__module__, callable(threading._after_fork), _thread._count())
print(isinstance(logging.getLogger().handlers, list), logging.lastResort.__class__.__name__)

# expect: threading threading.py
# expect: queue queue.py
# expect: sched sched.py
# expect: heapq heapq.py
# expect: logging logging/__init__.py
# expect: concurrent.futures concurrent/futures/__init__.py
# expect: concurrent.futures.thread concurrent/futures/thread.py
# expect: ['LockType', 'RLock', 'TIMEOUT_MAX', '_ExceptHookArgs', '_count', '_excepthook', '_local', '_set_sentinel', 'allocate', 'allocate_lock', 'error', 'exit', 'exit_thread', 'get_ident', 'get_native_id', 'interrupt_main', 'stack_size', 'start_new', 'start_new_thread']
# expect: True True
# expect: True heapq
# expect: True True True
# expect: True True
# expect: True True
# expect: int MainThread
# expect: threading True 0
# expect: True _StderrHandler

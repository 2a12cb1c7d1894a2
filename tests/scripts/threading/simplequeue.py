# _queue.SimpleQueue (native): its API and messages, subclasses, weak references,
# a cycle through it, and four getters woken one per item (the lock is passed on).
import _queue, queue, threading, weakref, gc
q=_queue.SimpleQueue()
for f in [lambda: _queue.SimpleQueue(1), lambda: _queue.SimpleQueue(a=1), lambda: q.get(timeout=-1), lambda: q.get(False, 1), lambda: q.get(timeout=0.01), lambda: q.get_nowait(), lambda: q.put(), lambda: q.get(1,2,3), lambda: q.get(timeout='x'), lambda: q.qsize(1), lambda: q.put(1, x=2), lambda: q.get(timeout=float('nan'))]:
    try: print(f())
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print(_queue.Empty.__doc__, _queue.Empty.__module__, _queue.Empty.__mro__)
print(_queue.SimpleQueue.__doc__)
print([x for x in dir(q) if not x.startswith('__') or x=='__class_getitem__'])
print(_queue.__doc__, [n for n in dir(_queue) if n != '__file__'])
print(_queue.SimpleQueue[int], queue.SimpleQueue is _queue.SimpleQueue, queue.Empty is _queue.Empty)
print(weakref.ref(q)() is q)
class S(_queue.SimpleQueue): pass
s = S(); s.put(s); print(type(s).__name__, s.qsize())
del s; gc.collect()
for i in range(10): q.put(i)
print([q.get() for i in range(5)], q.qsize(), q.empty())
for i in range(10): q.put(i)
print([q.get_nowait() for i in range(15)], q.empty())
q.put(1, timeout=-5); print(q.get('x'))
res = []
def consumer():
    while True:
        x = q.get()
        if x is None: break
        res.append(x)
ts = [threading.Thread(target=consumer) for _ in range(4)]
for t in ts: t.start()
for i in range(1000): q.put(i)
for t in ts: q.put(None)
for t in ts: t.join()
print(len(res), sorted(res) == list(range(1000)))

# expect: builtins TypeError SimpleQueue() takes no positional arguments
# expect: builtins TypeError SimpleQueue() takes no keyword arguments
# expect: builtins ValueError 'timeout' must be a non-negative number
# expect: _queue Empty 
# expect: _queue Empty 
# expect: _queue Empty 
# expect: builtins TypeError put() missing required argument 'item' (pos 1)
# expect: builtins TypeError get() takes at most 2 arguments (3 given)
# expect: builtins TypeError 'str' object cannot be interpreted as an integer
# expect: builtins TypeError SimpleQueue.qsize() takes no arguments (1 given)
# expect: builtins TypeError 'x' is an invalid keyword argument for put()
# expect: builtins ValueError Invalid value NaN (not a number)
# expect: Exception raised by Queue.get(block=0)/get_nowait(). _queue (<class '_queue.Empty'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: Simple, unbounded, reentrant FIFO queue.
# expect: ['__class_getitem__', 'empty', 'get', 'get_nowait', 'put', 'put_nowait', 'qsize']
# expect: C implementation of the Python queue module.
# expect: This module is an implementation detail, please do not use it directly. ['Empty', 'SimpleQueue', '__doc__', '__loader__', '__name__', '__package__', '__spec__']
# expect: _queue.SimpleQueue[int] True True
# expect: True
# expect: S 1
# expect: [0, 1, 2, 3, 4] 5 False
# expect: [5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9] True
# expect: 1
# expect: 1000 True

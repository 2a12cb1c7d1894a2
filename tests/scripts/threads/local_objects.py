# _thread._local: one attribute dict per thread; subclasses run __init__ in each thread.
import _thread
done = _thread.allocate_lock(); done.acquire()
loc = _thread._local()
loc.x = 1
seen = []
def t1():
    seen.append(hasattr(loc, "x"))
    loc.x = 2
    seen.append(loc.x)
    done.release()
_thread.start_new_thread(t1, ())
done.acquire()
print(seen, loc.x, loc.__dict__)  # expect: [False, 2] 1 {'x': 1}
class Counter(_thread._local):
    def __init__(self, start):
        self.n = start
c = Counter(10)
c.n += 1
def t2():
    seen.append(c.n)
    done.release()
_thread.start_new_thread(t2, ())
done.acquire()
print(c.n, seen[-1])  # expect: 11 10
try:
    _thread._local(1)
except TypeError as e:
    print(e)  # expect: Initialization arguments are not supported

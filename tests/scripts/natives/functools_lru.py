# _functools._lru_cache_wrapper: eviction order, recursion through the cache,
# re-entrant keys, typed keys, cycles through the cache, and threads sharing
# one cache under the GIL.
import gc
import threading
from _functools import _lru_cache_wrapper

def info(hits, misses, maxsize, currsize):
    return (hits, misses, maxsize, currsize)

def lru(maxsize, typed=False):
    return lambda f: _lru_cache_wrapper(f, maxsize, typed, info)

log = []
@lru(3)
def sq(x):
    log.append(x)
    return x * x
for x in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
    sq(x)
print(log, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info())

@lru(None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), fib.cache_info())

@lru(16)
def fib16(n):
    return n if n < 2 else fib16(n - 1) + fib16(n - 2)
print(fib16(60), fib16.cache_info())

@lru(2, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info())

@lru(10)
def kw(*a, **k):
    return (a, sorted(k.items()))
print(kw(1, b=2, c=3), kw(1, c=3, b=2), kw(1, b=2, c=3), kw.cache_info())

# A key whose __eq__ calls the cached function again.
reentered = []
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v) & 1
    def __eq__(self, other):
        if len(reentered) < 3:
            reentered.append(self.v)
            again(Key(100 + self.v))
        return isinstance(other, Key) and self.v == other.v
@lru(2)
def again(k):
    return k.v * 10
print([again(Key(i)) for i in range(6)], again.cache_info()[1:], reentered)

# Bound as a method: a descriptor like a function.
class A:
    @lru(4)
    def m(self, x):
        return (type(self).__name__, x)
a = A()
print(a.m(1), A.m(a, 1), A.m.cache_info(), A.m.__get__(None, A) is A.m)
print(A.m.__copy__() is A.m, A.m.__deepcopy__({}) is A.m)
A.m.__qualname__ = 'A.m'
print(A.m.__reduce__(), A.m.__dict__)

# The cache may close a cycle (result -> wrapper): the collector frees it.
class Res:
    def __del__(self):
        print("result freed")
def make():
    @lru(8)
    def f(x):
        r = Res()
        r.fn = f
        return r
    f(1)
make()
gc.collect()
print("collected")

# Threads share one bounded cache.
@lru(32)
def slow(n):
    return sum(range(n))
def worker(base):
    for i in range(300):
        assert slow((base + i) % 50) == sum(range((base + i) % 50))
ts = [threading.Thread(target=worker, args=(k * 7,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
h, m, mx, cur = slow.cache_info()
print(h + m, mx, cur)

# expect: [1, 2, 3, 4, 2, 5, 1, 3] (2, 8, 3, 3)
# expect: (0, 0, 3, 0) 4 (0, 1, 3, 1)
# expect: 280571172992510140037611932413038677189525 (198, 201, None, 201)
# expect: 1548008755920 (58, 61, 16, 16)
# expect: int float bool int (0, 4, 2, 2)
# expect: ((1,), [('b', 2), ('c', 3)]) ((1,), [('b', 2), ('c', 3)]) ((1,), [('b', 2), ('c', 3)]) (1, 2, 10, 2)
# expect: [0, 10, 20, 30, 40, 50] (7, 2, 2) [0, 0, 0]
# expect: ('A', 1) ('A', 1) (1, 1, 4, 1) True
# expect: True True
# expect: A.m {'__qualname__': 'A.m'}
# expect: result freed
# expect: collected
# expect: 1200 32 32

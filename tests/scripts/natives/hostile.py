# Native modules against hostile callbacks: reprs, comparisons and functions
# that re-enter or change the object being worked on get CPython's results
# or its exceptions, never a crash.
import itertools as it
from _collections import deque, defaultdict
from _functools import partial, _lru_cache_wrapper
import _heapq, _bisect

class N(float):
    def __repr__(self):
        next(c)
        return 'N'
c = it.count(N(1.5))
print(repr(c), repr(c))

class F:
    def __call__(self):
        return 0
    def __repr__(self):
        dd.default_factory = int
        return 'F'
dd = defaultdict(F())
print(repr(dd), repr(dd))

class G:
    def __call__(self):
        return 0
    def __repr__(self):
        p.__setstate__((print, (), {}, None))
        return 'G'
p = partial(G(), 1, k=2)
print(repr(p), repr(p))

def add(a, b):
    if b == 2:
        print('inner', next(acc, None))
    return a + b
acc = it.accumulate([1, 2, 3, 4], add)
print(list(acc))

# A comparison that empties the deque being searched.
class E:
    def __eq__(self, other):
        d.clear()
        return False
for op in ('count', 'index', 'remove', 'contains'):
    d = deque([E(), 1, 2])
    try:
        print(op, d.count(1) if op == 'count' else d.index(1) if op == 'index' else d.remove(1) if op == 'remove' else 1 in d)
    except (RuntimeError, IndexError) as e:
        print(op, type(e).__name__, e)
d1 = deque([E(), 1])
d = d1
print(d1 == deque([5, 1]), len(d1))

# Heap and bisect with comparisons that change the list.
class Shrink:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if len(h) > 3: h.pop()
        return self.v < o.v
h = [Shrink(i) for i in range(10, 0, -1)]
for fn in (lambda: _heapq.heapify(h), lambda: _heapq.heappush(h, Shrink(0)), lambda: _heapq.heappop(h)):
    try:
        fn()
        print('ok', len(h))
    except RuntimeError as e:
        print(type(e).__name__, e, len(h))
lst = list(range(20))
def key(x):
    if len(lst) > 5: del lst[-3:]
    return x
try:
    print(_bisect.bisect_left(lst, 15, key=key))
except IndexError as e:
    print(type(e).__name__, e)

# An lru-cached function that clears its own cache while computing.
calls = []
def f(x):
    calls.append(x)
    if x == 3:
        w.cache_clear()
    return x * 2
w = _lru_cache_wrapper(f, 2, False, lambda *a: a)
print([w(i) for i in (1, 2, 3, 1, 4, 3)], calls, w.cache_info())

# A tee read from inside its own input.
def src():
    yield 1
    yield next(t2)
t1, t2 = it.tee(src())
print(next(t2))
try:
    print(next(t2))
except RuntimeError as e:
    print(type(e).__name__, e)

# expect: count(N) count(2.5)
# expect: defaultdict(F, {}) defaultdict(<class 'int'>, {})
# expect: functools.partial(G, 1, k=2) functools.partial(<built-in function print>)
# expect: inner 4
# expect: [1, 3, 7]
# expect: count RuntimeError deque mutated during iteration
# expect: index RuntimeError deque mutated during iteration
# expect: remove IndexError deque mutated during iteration
# expect: contains RuntimeError deque mutated during iteration
# expect: False 0
# expect: RuntimeError list changed size during iteration 9
# expect: RuntimeError list changed size during iteration 9
# expect: RuntimeError list changed size during iteration 7
# expect: IndexError list index out of range
# expect: [2, 4, 6, 2, 8, 6] [1, 2, 3, 1, 4, 3] (0, 0, 2, 1)
# expect: 1
# expect: RuntimeError cannot re-enter the tee iterator

# CPython's collections/__init__.py and functools.py on the native modules: namedtuple
# fields (_tuplegetter), Counter (_count_elements), deque registered as a
# MutableSequence, lru_cache/cache/wraps/partialmethod/cached_property.
import collections, functools
from collections import namedtuple, Counter, OrderedDict, deque, defaultdict, ChainMap
import collections.abc as cabc
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p.y, P.x.__doc__, type(P.__dict__['x']).__name__, p._asdict(), p._replace(x=5), P._fields)
print(isinstance(deque(), cabc.MutableSequence), issubclass(defaultdict, cabc.MutableMapping), isinstance(deque(), cabc.Sequence))
c = Counter('abracadabra')
print(sorted(c.items()), c.most_common(2), c['z'], Counter(a=1) + Counter(a=2, b=1))
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od), od.popitem(last=False))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm))
d = defaultdict(list); d['x'].append(1); print(d)
@functools.lru_cache(maxsize=2)
def f(x): return x * 2
print(f(1), f(2), f(1), f(3), f.cache_info(), f.cache_parameters(), f.__wrapped__.__name__, f.__name__)
f.cache_clear(); print(f.cache_info())
@functools.cache
def g(n): return n if n < 2 else g(n-1) + g(n-2)
print(g(80), g.cache_info().hits)
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def h(x):
    "doc of h"
    return x
print(h.__name__, h.__doc__, h.__wrapped__ is not None)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
pm = functools.partial(int, base=2); print(pm('101'), pm)
class A:
    def m(self, x, y): return (x, y)
    pm = functools.partialmethod(m, 1)
print(A().pm(2))
class C:
    @functools.cached_property
    def val(self): print('computing'); return 42
cc = C(); print(cc.val, cc.val)
print(repr(functools.partial(print, 1, sep='')), functools.partial(print).__class__.__module__)

# expect: P(x=1, y=2) 1 2 Alias for field number 0 _tuplegetter {'x': 1, 'y': 2} P(x=5, y=2) ('x', 'y')
# expect: True True True
# expect: [('a', 5), ('b', 2), ('c', 1), ('d', 1), ('r', 2)] [('a', 5), ('b', 2)] 0 Counter({'a': 3, 'b': 1})
# expect: OrderedDict([('a', 1)]) ['b', 'a'] ('b', 2)
# expect: 1 3 2
# expect: defaultdict(<class 'list'>, {'x': [1]})
# expect: 2 4 2 6 CacheInfo(hits=1, misses=3, maxsize=2, currsize=2) {'maxsize': 2, 'typed': False} f f
# expect: CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
# expect: 23416728348467685 78
# expect: h doc of h True
# expect: 120 [3, 2, 1]
# expect: True True True
# expect: 5 functools.partial(<class 'int'>, base=2)
# expect: (1, 2)
# expect: computing
# expect: 42 42
# expect: functools.partial(<built-in function print>, 1, sep='') functools

# collections.defaultdict (_collections): __missing__, default_factory, repr,
# copy, __reduce__, the | operators, subclasses, and the other helpers
# collections/__init__.py takes from _collections.
from _collections import defaultdict, _count_elements, _tuplegetter

dd = defaultdict(list)
dd['a'].append(1)
print(dd, dd['b'], dd, dd.default_factory)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(default_factory=list))
try:
    defaultdict(1)
except TypeError as e:
    print(e)
try:
    defaultdict()[5]
except KeyError as e:
    print(repr(e))
try:
    defaultdict()[(1, 2)]
except KeyError as e:
    print(repr(e), e.args)
print(dd.copy(), type(dd.__copy__()).__name__, dd.__reduce__()[:4], list(dd.__reduce__()[4]))
print(defaultdict().__reduce__()[1])
print(dd | {'c': 3}, {'c': 3} | dd, type({'c': 3} | dd).__name__)
dd |= {'z': 1}
print(dd)
try:
    dd | [1]
except TypeError as e:
    print(e)
dd.default_factory = set
print(dd['q'])
del dd.default_factory
print(dd.default_factory)
dd2 = defaultdict()
dd2.default_factory = dd2
print(repr(dd2))
class DD(defaultdict):
    pass
print(DD(int, x=1), DD(int).copy(), type(DD(int).copy()).__name__, isinstance(dd, dict))
print([c.__name__ for c in defaultdict.__mro__])
print(defaultdict.__missing__(defaultdict(int), 5))
d = defaultdict(lambda: 'x')
print(d.get('k'), 'k' in d, d['k'], 'k' in d, len(d))
counts = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    counts[w] += 1
print(sorted(counts.items()))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
_count_elements(c, 'abracadabra')
print(sorted(c.items()))
m = {}
_count_elements(m, [1, 2, 1])
print(m)
class Odd(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        dict.__setitem__(self, k, v)
_count_elements(Odd(), 'aa')
try:
    _count_elements({}, 5)
except TypeError as e:
    print(e)
try:
    _count_elements({})
except TypeError as e:
    print(e)
# _tuplegetter: the field descriptors of namedtuple classes.
class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
p = Point((3, 4))
print(p.x, p.y, Point.x.__doc__, type(Point.x).__name__, Point.x.__reduce__())
Point.x.__doc__ = 'the x'
print(Point.x.__doc__)
for f in (lambda: setattr(p, 'x', 1), lambda: delattr(p, 'x'), lambda: Point.x.__get__(5), lambda: Point((1,)).y,
          lambda: _tuplegetter(0), lambda: _tuplegetter('a', 'b')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(Point.x.__get__(None, Point) is Point.x)

# expect: defaultdict(<class 'list'>, {'a': [1], 'b': []}) [] defaultdict(<class 'list'>, {'a': [1], 'b': []}) <class 'list'>
# expect: defaultdict(None, {}) defaultdict(None, {1: 2}) defaultdict(<class 'int'>, {'a': 1}) defaultdict(None, {'default_factory': <class 'list'>})
# expect: first argument must be callable or None
# expect: KeyError(5)
# expect: KeyError((1, 2)) ((1, 2),)
# expect: defaultdict(<class 'list'>, {'a': [1], 'b': []}) defaultdict (<class 'collections.defaultdict'>, (<class 'list'>,), None, None) [('a', [1]), ('b', [])]
# expect: ()
# expect: defaultdict(<class 'list'>, {'a': [1], 'b': [], 'c': 3}) defaultdict(<class 'list'>, {'c': 3, 'a': [1], 'b': []}) defaultdict
# expect: defaultdict(<class 'list'>, {'a': [1], 'b': [], 'z': 1})
# expect: unsupported operand type(s) for |: 'collections.defaultdict' and 'list'
# expect: set()
# expect: None
# expect: defaultdict(defaultdict(..., {...}), {})
# expect: DD(<class 'int'>, {'x': 1}) DD(<class 'int'>, {}) DD True
# expect: ['defaultdict', 'dict', 'object']
# expect: 0
# expect: None False x True 1
# expect: [('and', 2), ('bat', 1), ('cat', 1), ('hat', 1), ('the', 3)]
# expect: [('a', 5), ('b', 2), ('c', 1), ('d', 1), ('r', 2)]
# expect: {1: 2, 2: 1}
# expect: set a 1
# expect: set a 2
# expect: 'int' object is not iterable
# expect: _count_elements expected 2 arguments, got 1
# expect: 3 4 Alias for field number 0 _tuplegetter (<class '_collections._tuplegetter'>, (0, 'Alias for field number 0'))
# expect: the x
# expect: AttributeError: can't set attribute
# expect: AttributeError: can't delete attribute
# expect: TypeError: descriptor for index '0' for tuple subclasses doesn't apply to 'int' object
# expect: IndexError: tuple index out of range
# expect: TypeError: _tuplegetter expected 2 arguments, got 1
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: True

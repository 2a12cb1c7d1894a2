# Weak references to the native objects that accept them (deque, partial,
# _lru_cache_wrapper, _tee, Struct) and __class_getitem__ on deque,
# defaultdict, partial and chain.
import gc, weakref
import itertools, _collections, _functools, _struct
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
class CB:
    def __init__(self, name): self.name = name
    def __call__(self, r): print('callback', self.name)
objs = [('deque', lambda: _collections.deque([1])), ('partial', lambda: _functools.partial(len)),
        ('lru', lambda: _functools._lru_cache_wrapper(len, 2, False, tuple)), ('tee', lambda: itertools.tee([1])[0]),
        ('Struct', lambda: _struct.Struct('i'))]
for name, make in objs:
    o = make()
    r = weakref.ref(o, CB(name))
    p = weakref.proxy(o)
    print(name, r() is o, weakref.getweakrefcount(o))
    del o
    print(name, r())
    show(lambda: p.__class__)
for name, make in [('defaultdict', lambda: _collections.defaultdict()), ('count', lambda: itertools.count()), ('chain', lambda: itertools.chain())]:
    show(lambda: weakref.ref(make()))
# a cycle through a weakly referenced deque dies in the collector with its callback
d = _collections.deque()
d.append(d)
r = weakref.ref(d, CB('cyclic deque'))
del d
gc.collect()
print(r())
class D(_collections.deque): pass
x = D(); rr = weakref.ref(x); del x; print(rr())
print(_collections.deque[int], _collections.defaultdict[str, int], _functools.partial[int], itertools.chain[int])
print(type(_collections.deque[int]).__name__, _collections.deque[int].__origin__ is _collections.deque)

# expect: deque True 2
# expect: callback deque
# expect: deque None
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: partial True 2
# expect: callback partial
# expect: partial None
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: lru True 2
# expect: callback lru
# expect: lru None
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: tee True 2
# expect: callback tee
# expect: tee None
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: Struct True 2
# expect: callback Struct
# expect: Struct None
# expect: ReferenceError: weakly-referenced object no longer exists
# expect: TypeError: cannot create weak reference to 'collections.defaultdict' object
# expect: TypeError: cannot create weak reference to 'itertools.count' object
# expect: TypeError: cannot create weak reference to 'itertools.chain' object
# expect: callback cyclic deque
# expect: None
# expect: None
# expect: collections.deque[int] collections.defaultdict[str, int] functools.partial[int] itertools.chain[int]
# expect: GenericAlias True

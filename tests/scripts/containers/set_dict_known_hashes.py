# Sets and dicts built from each other reuse the stored hashes (no second
# __hash__ call), and set/frozenset pickling and keywords (test_set).
import pickle

class H(int):
    def __new__(cls, v):
        self = super().__new__(cls, v)
        self.calls = 0
        return self
    def __hash__(self):
        self.calls += 1
        return int.__hash__(self)

d = dict.fromkeys(map(H, range(10)))
def calls(label):
    print(label, sum(k.calls for k in d))
calls("fromkeys")
s = set(d); calls("set(d)")
s.difference(d); calls("difference")
s.symmetric_difference_update(d); calls("symmetric_difference_update")
d2 = dict.fromkeys(set(d)); calls("fromkeys(set)")
d3 = dict.fromkeys(frozenset(d), 123); calls("fromkeys(frozenset)")
print(d3 == dict.fromkeys(d, 123)); calls("fromkeys(dict)")
print(sorted(dict.fromkeys({1, 2, 3}, 'x').items()))

class Sub(dict): pass
print(type(Sub.fromkeys({1: 2})).__name__, Sub.fromkeys({1: 2}))

# A key whose __eq__ empties the source while fromkeys copies it.
armed = False
class Evil:
    def __hash__(self): return 1
    def __eq__(self, other):
        if armed:
            src.clear()
        return False
src = {Evil(): 1, Evil(): 2}
armed = True
print(len(dict.fromkeys(src)) in (1, 2), len(src))

# __reduce__ carries the __slots__ values (3.11's object.__getstate__).
class S(set):
    __slots__ = ('x', 'y', '__dict__')
class F(frozenset):
    __slots__ = ('x', 'y', '__dict__')
for k in (S, F):
    o = k([1, 2]); o.x = 10; o.z = 3
    c = pickle.loads(pickle.dumps(o))
    print(type(c).__name__, sorted(c), c.x, c.z, hasattr(c, 'y'))
print(set([1]).__reduce__(), frozenset().__reduce__())

# Keyword arguments: set.__init__ refuses them, also for subclasses.
class SS(set): pass
class FS(frozenset): pass
for k in (SS, FS, set, frozenset):
    try:
        k(sequence=())
    except TypeError as e:
        print(k.__name__, e)
class SI(set):
    def __init__(self, arg, extra=None):
        super().__init__(arg)
        self.extra = extra
class FI(frozenset):
    def __init__(self, arg, extra=None):
        self.extra = extra
print(sorted(SI([1, 2], extra=3)), SI([1], extra=3).extra, sorted(FI([1, 2], extra=4)), FI([1], extra=4).extra)
# expect: fromkeys 10
# expect: set(d) 10
# expect: difference 10
# expect: symmetric_difference_update 10
# expect: fromkeys(set) 10
# expect: fromkeys(frozenset) 10
# expect: True
# expect: fromkeys(dict) 10
# expect: [(1, 'x'), (2, 'x'), (3, 'x')]
# expect: Sub {1: None}
# expect: True 0
# expect: S [1, 2] 10 3 False
# expect: F [1, 2] 10 3 False
# expect: (<class 'set'>, ([1],), None) (<class 'frozenset'>, ([],), None)
# expect: SS set() takes no keyword arguments
# expect: FS frozenset() takes no keyword arguments
# expect: set set() takes no keyword arguments
# expect: frozenset frozenset() takes no keyword arguments
# expect: [1, 2] 3 [1, 2] 4

# Equality and hashing of weak references: equal referents while both are
# alive, identity once either is dead; hash() is the referent's, computed
# once; a reference that died unhashed cannot be hashed.
import _weakref
import gc
gc.disable()

class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        print("hash of", self.v)
        return hash(self.v)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

k1, k2, k3 = Key(1), Key(1), Key(2)
r1, r2, r3 = _weakref.ref(k1), _weakref.ref(k2), _weakref.ref(k3)
print(r1 == r2, r1 != r2, r1 == r3, r1 != r3, r1 == k1, r1 == 1)
# expect: True False False True False False
print(hash(r1) == hash(1), hash(r1) == hash(1))
# expect: hash of 1
# expect: True True
rc = _weakref.ref(k1, lambda r: None)
print(rc == r1, hash(rc) == hash(r1))
# expect: hash of 1
# expect: True True
d = {r1: "one", r3: "two"}
# expect: hash of 2
print(d[r2], r2 in d)
# expect: hash of 1
# expect: one True
del k1
print(r1 == r2, r1 == r1, r1 != r2, hash(r1) == hash(1))
# expect: False True True True
del k2
print(r1 == r2, r2 in d, r1 in d)
# expect: False False True
fresh = _weakref.ref(Key(5))
attempt("hash of a dead, never hashed reference:", lambda: hash(fresh))
# expect: hash of a dead, never hashed reference: TypeError: weak object has gone away
attempt("ordering:", lambda: r1 <= r3)
# expect: ordering: TypeError: '<=' not supported between instances of 'weakref.ReferenceType' and 'weakref.ReferenceType'

# An unhashable referent.
class NoHash:
    __hash__ = None
nh = NoHash()
attempt("unhashable referent:", lambda: hash(_weakref.ref(nh)))
# expect: unhashable referent: TypeError: unhashable type: 'NoHash'

# A reference compares its referent with a proxy's; a proxy compares its
# referent with the reference itself.
k4 = Key(4)
print(_weakref.ref(k4) == _weakref.proxy(k4), _weakref.proxy(k4) == _weakref.ref(k4))
# expect: True False

# getweakrefcount / getweakrefs
class Plain:
    pass
p = Plain()
print(_weakref.getweakrefcount(p), _weakref.getweakrefs(p))
# expect: 0 []
a = _weakref.ref(p)
b = _weakref.ref(p, len)
c = _weakref.proxy(p)
print(_weakref.getweakrefcount(p), [type(w).__name__ for w in _weakref.getweakrefs(p)])
# expect: 3 ['ReferenceType', 'ProxyType', 'ReferenceType']
del b
print(_weakref.getweakrefcount(p), _weakref.getweakrefcount(1), _weakref.getweakrefs("s"))
# expect: 2 0 []
attempt("getweakrefcount():", lambda: _weakref.getweakrefcount())
# expect: getweakrefcount(): TypeError: _weakref.getweakrefcount() takes exactly one argument (0 given)
attempt("getweakrefs(a, b):", lambda: _weakref.getweakrefs(p, 1))
# expect: getweakrefs(a, b): TypeError: _weakref.getweakrefs() takes exactly one argument (2 given)
attempt("getweakrefcount(x=):", lambda: _weakref.getweakrefcount(x=1))
# expect: getweakrefcount(x=): TypeError: _weakref.getweakrefcount() takes no keyword arguments

# _remove_dead_weakref(dict, key): removes the entry only if it is a dead weak reference.
q = Plain()
d = {"alive": _weakref.ref(q), "dead": _weakref.ref(Plain()), "other": 1}
print(_weakref._remove_dead_weakref(d, "alive"), _weakref._remove_dead_weakref(d, "dead"), sorted(d))
# expect: None None ['alive', 'other']
print(_weakref._remove_dead_weakref(d, "missing"), sorted(d))
# expect: None ['alive', 'other']
attempt("not a weakref:", lambda: _weakref._remove_dead_weakref(d, "other"))
# expect: not a weakref: TypeError: not a weakref
attempt("not a dict:", lambda: _weakref._remove_dead_weakref([], 1))
# expect: not a dict: TypeError: _remove_dead_weakref() argument 1 must be dict, not list
attempt("one argument:", lambda: _weakref._remove_dead_weakref({}))
# expect: one argument: TypeError: _remove_dead_weakref expected 2 arguments, got 1
attempt("keywords:", lambda: _weakref._remove_dead_weakref(dct={}, key=1))
# expect: keywords: TypeError: _weakref._remove_dead_weakref() takes no keyword arguments
attempt("unhashable key:", lambda: _weakref._remove_dead_weakref({}, []))
# expect: unhashable key: TypeError: unhashable type: 'list'

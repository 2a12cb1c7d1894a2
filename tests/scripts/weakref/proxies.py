# _weakref.proxy: attribute access, every operator (also reflected and
# in-place), len/iter/contains/bool/str/subscripts, calls; the errors once
# the referent is gone.
import _weakref
import gc
gc.disable()

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % (self.v,)
    def __str__(self):
        return "num %s" % (self.v,)
for op in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or", "divmod"):
    setattr(Num, "__%s__" % op, (lambda op: lambda self, o, *m: (op, self.v, o, *m))(op))
    setattr(Num, "__r%s__" % op, (lambda op: lambda self, o: ("r" + op, o, self.v))(op))
Num.__iadd__ = lambda self, o: ("iadd", self.v, o)
Num.__neg__ = lambda self: ("neg", self.v)
Num.__pos__ = lambda self: ("pos", self.v)
Num.__abs__ = lambda self: ("abs", self.v)
Num.__invert__ = lambda self: ("invert", self.v)
Num.__int__ = lambda self: 42
Num.__float__ = lambda self: 4.5
Num.__index__ = lambda self: 1
Num.__bool__ = lambda self: False
Num.__lt__ = lambda self, o: ("lt", self.v, o)
Num.__eq__ = lambda self, o: ("eq", self.v, o)
Num.__hash__ = lambda self: 7

n = Num(3)
p = _weakref.proxy(n)
print(type(p).__name__, p.v, p.__class__.__name__, isinstance(p, Num), repr(p) == "<weakproxy at %s to Num at %s>" % (hex(id(p)), hex(id(n))))
# expect: ProxyType 3 Num True True
print(p + 1, 1 + p, p - 1, 1 - p, p * 2, 2 * p, p @ 1, 1 @ p)
# expect: ('add', 3, 1) ('radd', 1, 3) ('sub', 3, 1) ('rsub', 1, 3) ('mul', 3, 2) ('rmul', 2, 3) ('matmul', 3, 1) ('rmatmul', 1, 3)
print(p / 2, 2 / p, p // 2, 2 // p, p % 2, 2 % p, p ** 2, 2 ** p, pow(p, 2, 5))
# expect: ('truediv', 3, 2) ('rtruediv', 2, 3) ('floordiv', 3, 2) ('rfloordiv', 2, 3) ('mod', 3, 2) ('rmod', 2, 3) ('pow', 3, 2) ('rpow', 2, 3) ('pow', 3, 2, 5)
print(p << 1, 1 << p, p >> 1, 1 >> p, p & 1, 1 & p, p ^ 1, 1 ^ p, p | 1, 1 | p, divmod(p, 2), divmod(2, p))
# expect: ('lshift', 3, 1) ('rlshift', 1, 3) ('rshift', 3, 1) ('rrshift', 1, 3) ('and', 3, 1) ('rand', 1, 3) ('xor', 3, 1) ('rxor', 1, 3) ('or', 3, 1) ('ror', 1, 3) ('divmod', 3, 2) ('rdivmod', 2, 3)
print(-p, +p, abs(p), ~p, int(p), float(p), [10, 20][p], bool(p), not p)
# expect: ('neg', 3) ('pos', 3) ('abs', 3) ('invert', 3) 42 4.5 20 False True
print(p < 1, p == 1, p != 1, str(p), format(p, ""))
# expect: ('lt', 3, 1) ('eq', 3, 1) False num 3 num 3
q = p
q += 5
print(q, type(q).__name__)
# expect: ('iadd', 3, 5) tuple
q = p
q -= 5
print(q)
# expect: ('sub', 3, 5)
q = p
q **= 2
print(q)
# expect: ('pow', 3, 2)
p.w = "set through the proxy"
print(n.w)
# expect: set through the proxy
del p.w
print(hasattr(n, "w"), hasattr(p, "w"))
# expect: False False
attempt("hash:", lambda: hash(p))
# expect: hash: TypeError: unhashable type: 'weakref.ProxyType'
attempt("missing attribute:", lambda: p.missing)
# expect: missing attribute: AttributeError: 'Num' object has no attribute 'missing'
attempt("len:", lambda: len(p))
# expect: len: TypeError: object of type 'Num' has no len()
attempt("next:", lambda: next(p))
# expect: next: TypeError: Weakref proxy referenced a non-iterator 'Num' object
attempt("call:", lambda: p())
# expect: call: TypeError: 'weakref.ProxyType' object is not callable
attempt("bytes:", lambda: bytes(p))
# expect: bytes: AttributeError: 'Num' object has no attribute '__bytes__'
attempt("proxy of int:", lambda: _weakref.proxy(1))
# expect: proxy of int: TypeError: cannot create weak reference to 'int' object
attempt("proxy():", lambda: _weakref.proxy())
# expect: proxy(): TypeError: proxy expected at least 1 argument, got 0
attempt("proxy(a, b, c):", lambda: _weakref.proxy(n, None, 1))
# expect: proxy(a, b, c): TypeError: proxy expected at most 2 arguments, got 3
attempt("proxy(callback=):", lambda: _weakref.proxy(n, callback=None))
# expect: proxy(callback=): TypeError: _weakref.proxy() takes no keyword arguments
print(_weakref.proxy(n) is p, _weakref.proxy(n, None) is p, _weakref.proxy(n, print) is p)
# expect: True True False

# Containers and iteration go to the referent.
class Bag:
    def __init__(self):
        self.items = {"a": 1}
    def __len__(self):
        return len(self.items)
    def __getitem__(self, k):
        return self.items[k]
    def __setitem__(self, k, v):
        self.items[k] = v
    def __delitem__(self, k):
        del self.items[k]
    def __contains__(self, k):
        return k in self.items
    def __iter__(self):
        return iter(sorted(self.items))
    def __reversed__(self):
        return iter(sorted(self.items, reverse=True))
    def __bytes__(self):
        return b"bag"
bag = Bag()
pb = _weakref.proxy(bag)
pb["b"] = 2
print(len(pb), pb["a"], "b" in pb, "z" in pb, list(pb), list(reversed(pb)), bytes(pb))
# expect: 2 1 True False ['a', 'b'] ['b', 'a'] b'bag'
del pb["a"]
print(bag.items, sorted(dir(pb))[-1])
# expect: {'b': 2} items

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
c = Counter()
pc = _weakref.proxy(c)
print(next(pc), list(pc))
# expect: 1 [2, 3]

# Callable referents get a CallableProxyType.
def triple(v, extra=0):
    return v * 3 + extra
cp = _weakref.proxy(triple)
print(type(cp).__name__, cp(5), cp(1, extra=1), cp.__name__)
# expect: CallableProxyType 15 4 triple

# Dead referents.
del n, triple, bag
attempt("dead attribute:", lambda: p.v)
# expect: dead attribute: ReferenceError: weakly-referenced object no longer exists
attempt("dead setattr:", lambda: setattr(p, "v", 1))
# expect: dead setattr: ReferenceError: weakly-referenced object no longer exists
attempt("dead add:", lambda: p + 1)
# expect: dead add: ReferenceError: weakly-referenced object no longer exists
attempt("dead radd:", lambda: 1 + p)
# expect: dead radd: ReferenceError: weakly-referenced object no longer exists
attempt("dead eq:", lambda: p == 1)
# expect: dead eq: ReferenceError: weakly-referenced object no longer exists
attempt("dead bool:", lambda: bool(p))
# expect: dead bool: ReferenceError: weakly-referenced object no longer exists
attempt("dead str:", lambda: str(p))
# expect: dead str: ReferenceError: weakly-referenced object no longer exists
attempt("dead len:", lambda: len(pb))
# expect: dead len: ReferenceError: weakly-referenced object no longer exists
attempt("dead contains:", lambda: 1 in pb)
# expect: dead contains: ReferenceError: weakly-referenced object no longer exists
attempt("dead call:", lambda: cp())
# expect: dead call: ReferenceError: weakly-referenced object no longer exists
attempt("dead hash:", lambda: hash(p))
# expect: dead hash: TypeError: unhashable type: 'weakref.ProxyType'
print(type(p).__name__, repr(p) == "<weakproxy at %s to NoneType at %s>" % (hex(id(p)), hex(id(None))))
# expect: ProxyType True

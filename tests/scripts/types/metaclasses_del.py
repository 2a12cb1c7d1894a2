# Metaclasses (__new__/__init__/__call__/__prepare__), __del__ (once, resurrection, errors), abstract classes, protocols.
def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 1}
class W(metaclass=Meta, flag=True):
    def f(self): pass
    def __init__(self, v): self.v = v
w = W(3)
print(w.v, W.created_by, W.injected, type(W) is Meta, isinstance(W, Meta))
class W2(W):
    pass
print(type(W2).__name__)
t(lambda: W2(1).v)
class Res:
    saved = []
    def __del__(self):
        print("del", self.name)
        if self.name == "keep":
            Res.saved.append(self)
r = Res(); r.name = "gone"
del r
r = Res(); r.name = "keep"
del r
print(len(Res.saved))
Res.saved.clear()
print("cleared")
class Bad:
    def __del__(self):
        raise ValueError("oops")
b = Bad()
del b
print("after bad")
class Node:
    def __init__(self): self.other = None
    def __del__(self): print("node del")
n1 = Node(); n2 = Node(); n1.other = n2; n2.other = n1
del n1, n2
import gc
gc.collect()
print("collected")
class Abstract:
    pass
Abstract.__abstractmethods__ = frozenset({"f", "g"})
t(lambda: Abstract())
Abstract.__abstractmethods__ = frozenset()
t(lambda: type(Abstract()).__name__)
class Desc:
    def __get__(self, obj, cls): return (obj is None, cls.__name__)
class H:
    d = Desc()
t(lambda: H.d)
t(lambda: H().d)
class Callable:
    def __call__(self, *a, **k): return (a, k)
t(lambda: Callable()(1, x=2))
class Str:
    def __init__(self, s): self.s = s
    def __str__(self): return self.s
    def __repr__(self): return f"Str({self.s!r})"
    def __format__(self, spec): return f"<{spec}:{self.s}>"
t(lambda: (str(Str("a")), repr(Str("a")), format(Str("a"), "x"), f"{Str('b'):>3}"))
t(lambda: [Str("q")])
class Iter:
    def __iter__(self): return iter([1, 2])
t(lambda: list(Iter()))
t(lambda: dict(zip(Iter(), Iter())))
class Gen:
    def __iter__(self):
        yield 1
        yield 2
t(lambda: list(Gen()))
class Cont:
    def __contains__(self, x): return x == 3
t(lambda: (3 in Cont(), 4 in Cont(), 4 not in Cont()))
class Len0:
    def __len__(self): return 0
t(lambda: not Len0())
t(lambda: [x for x in range(3)] if Len0() else "empty")
class Index:
    def __index__(self): return 3
t(lambda: list(range(Index())))
t(lambda: [0,1,2,3,4][Index():])
t(lambda: hex(Index()))
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 2.5
t(lambda: (int(IntLike()), float(IntLike())))
class Neg:
    def __neg__(self): return "neg"
    def __abs__(self): return "abs"
t(lambda: (-Neg(), abs(Neg())))
class D2(dict):
    pass
d2 = D2(a=1)
d2.x = 5
t(lambda: (d2, d2.x, d2["a"], type(d2).__name__))
class L2(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"
l2 = L2([1, 2])
t(lambda: (l2, l2.tag, l2 + [3], type(l2 + [3]).__name__))

# expect: prepare W
# expect: Meta.__new__ W ['f', 'injected'] {'flag': True}
# expect: Meta.__init__ W
# expect: Meta.__call__ W (3,)
# expect: 3 Meta 1 True True
# expect: prepare W2
# expect: Meta.__new__ W2 ['injected'] {}
# expect: Meta.__init__ W2
# expect: Meta
# expect: Meta.__call__ W2 (1,)
# expect: OK 1
# expect: del gone
# expect: del keep
# expect: 1
# expect: cleared
# expect: after bad
# expect: node del
# expect: node del
# expect: collected
# expect: TypeError: Can't instantiate abstract class Abstract with abstract methods f, g
# expect: OK 'Abstract'
# expect: OK (True, 'H')
# expect: OK (False, 'H')
# expect: OK ((1,), {'x': 2})
# expect: OK ('a', "Str('a')", '<x:a>', '<>3:b>')
# expect: OK [Str('q')]
# expect: OK [1, 2]
# expect: OK {1: 1, 2: 2}
# expect: OK [1, 2]
# expect: OK (True, False, True)
# expect: OK True
# expect: OK 'empty'
# expect: OK [0, 1, 2]
# expect: OK [3, 4]
# expect: OK '0x3'
# expect: OK (7, 2.5)
# expect: OK ('neg', 'abs')
# expect: OK ({'a': 1}, 5, 1, 'D2')
# expect: OK ([1, 2], 't', [1, 2, 3], 'list')

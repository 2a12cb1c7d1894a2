# Subclassing built-ins, descriptors, comparisons, context managers, __class__ assignment.
def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
a = A()
t(lambda: a.x)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item}]"
t(lambda: G[int])
t(lambda: sorted(k for k in dir(G()) if not k.startswith('__'))) 
class V:
    def __init__(self): self.a = 1; self.b = 2
    def m(self): pass
t(lambda: vars(V()))
t(lambda: [k for k in dir(V()) if not k.startswith('__')])
t(lambda: '__init__' in dir(V))
t(lambda: V.__dict__['m'].__name__)
t(lambda: type(V.__dict__).__name__ in ('dict', 'mappingproxy'))
t(lambda: V.__mro__)
t(lambda: object.__subclasshook__())
t(lambda: int.__mro__)
t(lambda: bool.__mro__)
t(lambda: type.__mro__)
t(lambda: issubclass(type, object))
t(lambda: isinstance(type, type))
t(lambda: isinstance(object, type))
t(lambda: type(None).__name__)
t(lambda: V().__sizeof__() > 0)
t(lambda: V.__init__.__qualname__)
t(lambda: V().m.__func__ is V.m)
t(lambda: V().m.__self__.__class__)
class E(Exception):
    pass
t(lambda: E("a").args)
t(lambda: str(E("hi")))
e = E("x"); e.note = 5
t(lambda: e.note)
t(lambda: E.__mro__)
class MyDict(dict):
    def __missing__(self, k): return k * 2
t(lambda: MyDict(a=1)["a"])
t(lambda: MyDict()["zz"])
class MyStr(object):
    def shout(self): return "HI!"
t(lambda: MyStr("hi").shout())
class MyTuple(tuple):
    pass
mt = MyTuple((1, 2))
mt.extra = 3
t(lambda: (mt, mt.extra, len(mt)))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
t(lambda: sorted([Cmp(3), Cmp(1)])[0].v)
t(lambda: Cmp(1) in [Cmp(2), Cmp(1)])
t(lambda: max(Cmp(1), Cmp(5)).v)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return True
with Ctx():
    raise ValueError
t(lambda: hash(1) == hash(1.0))
class HH:
    def __hash__(self): return 2**70
t(lambda: hash(HH()))
class Neg:
    def __hash__(self): return -1
t(lambda: hash(Neg()))
t(lambda: object.__repr__(1)[:14])
t(lambda: object.__str__(5))
t(lambda: int.__repr__(True))
t(lambda: super(bool, True).__repr__())
class Cls:
    x = 1
    @classmethod
    def c(cls): return cls.x
class Sub(Cls):
    x = 2
t(lambda: (Cls.c(), Sub.c(), Sub().c()))
t(lambda: type.__call__(Cls).__class__)
t(lambda: Cls.__dict__['c'].__get__(None, Sub)())
t(lambda: object.__getattribute__(Cls(), 'x'))
t(lambda: object.__setattr__(Cls, 'y', 1))
t(lambda: type.__setattr__(Cls, 'y', 1))
t(lambda: Cls.y)
t(lambda: object.__eq__(Cls, Cls))
t(lambda: getattr(Cls, '__name__'))
t(lambda: Cls.__class__)
t(lambda: type(Cls()).__base__)
class AA: pass
class BB: pass
x = AA()
x.__class__ = BB
t(lambda: type(x).__name__)
t(lambda: format(3.5, '.1f'))
t(lambda: ascii('héllo'))
t(lambda: ascii(['ü', '\U0001f600']))

# expect: OK 1
# expect: OK "G[<class 'int'>]"
# expect: OK []
# expect: OK {'a': 1, 'b': 2}
# expect: OK ['a', 'b', 'm']
# expect: OK True
# expect: OK 'm'
# expect: OK True
# expect: OK (<class '__main__.V'>, <class 'object'>)
# expect: OK NotImplemented
# expect: OK (<class 'int'>, <class 'object'>)
# expect: OK (<class 'bool'>, <class 'int'>, <class 'object'>)
# expect: OK (<class 'type'>, <class 'object'>)
# expect: OK True
# expect: OK True
# expect: OK True
# expect: OK 'NoneType'
# expect: OK True
# expect: OK 'V.__init__'
# expect: OK True
# expect: OK <class '__main__.V'>
# expect: OK ('a',)
# expect: OK 'hi'
# expect: OK 5
# expect: OK (<class '__main__.E'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: OK 1
# expect: OK 'zzzz'
# expect: TypeError: MyStr() takes no arguments
# expect: OK ((1, 2), 3, 2)
# expect: OK 1
# expect: OK True
# expect: OK 5
# expect: enter
# expect: exit <class 'ValueError'>
# expect: OK True
# expect: OK 512
# expect: OK -2
# expect: OK '<int object at'
# expect: OK '5'
# expect: OK '1'
# expect: OK '1'
# expect: OK (1, 2, 2)
# expect: OK <class '__main__.Cls'>
# expect: OK 2
# expect: OK 1
# expect: TypeError: can't apply this __setattr__ to type object
# expect: OK None
# expect: OK 1
# expect: OK True
# expect: OK 'Cls'
# expect: OK <class 'type'>
# expect: OK <class 'object'>
# expect: OK 'BB'
# expect: OK '3.5'
# expect: OK "'h\\xe9llo'"
# expect: OK "['\\xfc', '\\U0001f600']"

# Dunders assigned after class creation, reflected operators on int subclasses, __new__/__init__ rules, type.__new__.
def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def __eq__(s, o): return True
t(lambda: (A() != A(), A() == 1, 1 == A(), A() != 1))
class I(int):
    def __radd__(s, o): return 'r'
t(lambda: (1 + I(2), I(2) + 1, I(2) + I(3)))
class M(type):
    def mro(cls):
        return [cls, object]
class X(metaclass=M):
    pass
t(lambda: X.__mro__)
class H:
    pass
H.__hash__ = None
t(lambda: hash(H()))
del H.__hash__
t(lambda: type(hash(H())))
class Q:
    def __len__(self): return 2
Q.__bool__ = lambda self: False
t(lambda: bool(Q()))
del Q.__bool__
t(lambda: bool(Q()))
Q.__getattr__ = lambda self, n: n + "!"
t(lambda: Q().foo)
Q.__repr__ = lambda self: "QQ"
t(lambda: repr(Q()))
t(lambda: [Q()])
class Base:
    def __repr__(self): return "Base"
class Der(Base):
    pass
t(lambda: repr(Der()))
Base.__repr__ = lambda self: "Base2"
t(lambda: repr(Der()))
t(lambda: super(Der, Der()).__repr__())
t(lambda: super().x)
def f():
    super()
t(f)
class S:
    def m(self):
        return super().m()
t(lambda: S().m())
class T:
    def __init__(self): super().__init__(1)
t(lambda: T())
class U:
    def __new__(cls, x): return super().__new__(cls, x)
t(lambda: U(1))
class U2:
    def __new__(cls, x): return super().__new__(cls)
    def __init__(self, x): self.x = x
t(lambda: U2(5).x)
class NoNew:
    def __init__(self, a, b): self.s = a + b
t(lambda: NoNew(1, 2).s)
t(lambda: NoNew(1))
t(lambda: object.__new__(NoNew).__class__)
t(lambda: int.__new__(int, 5))
t(lambda: int.__new__(I, 5))
t(lambda: type(int.__new__(I, 5)))
t(lambda: list.__new__(list).__class__)
t(lambda: object.__new__(list))
t(lambda: object.__init__(1, 2))
t(lambda: type.__new__(type, "Z", (), {}).__name__)
t(lambda: type.__new__(M, "Z", (), {}).__class__)
t(lambda: type("Q", (object,), {"__slots__": ()}).__name__)
t(lambda: type.__init__(int))
t(lambda: int.__init__(5))
t(lambda: object.__subclasses__().__class__)
t(lambda: type.__prepare__())
t(lambda: dir(1)[:3])
t(lambda: dir(int)[:3])
t(lambda: "__class__" in dir(object()))
t(lambda: vars(1))

# expect: OK (False, True, True, False)
# expect: OK ('r', 3, 5)
# expect: OK (<class '__main__.X'>, <class 'object'>)
# expect: TypeError: unhashable type: 'H'
# expect: OK <class 'int'>
# expect: OK False
# expect: OK True
# expect: OK 'foo!'
# expect: OK 'QQ'
# expect: OK [QQ]
# expect: OK 'Base'
# expect: OK 'Base2'
# expect: OK 'Base2'
# expect: RuntimeError: super(): no arguments
# expect: RuntimeError: super(): no arguments
# expect: AttributeError: 'super' object has no attribute 'm'
# expect: TypeError: object.__init__() takes exactly one argument (the instance to initialize)
# expect: TypeError: object.__new__() takes exactly one argument (the type to instantiate)
# expect: OK 5
# expect: OK 3
# expect: TypeError: NoNew.__init__() missing 1 required positional argument: 'b'
# expect: OK <class '__main__.NoNew'>
# expect: OK 5
# expect: OK 5
# expect: OK <class '__main__.I'>
# expect: OK <class 'list'>
# expect: TypeError: object.__new__(list) is not safe, use list.__new__()
# expect: OK None
# expect: OK 'Z'
# expect: OK <class '__main__.M'>
# expect: OK 'Q'
# expect: TypeError: type.__init__() takes 1 or 3 arguments
# expect: OK None
# expect: OK <class 'list'>
# expect: OK {}
# expect: OK ['__abs__', '__add__', '__and__']
# expect: OK ['__abs__', '__add__', '__and__']
# expect: OK True
# expect: TypeError: vars() argument must have __dict__ attribute

# mixins of built-ins with Python classes (enum-style), the lay-out conflict rule, __slots__ on str subclasses
class Base:
    def describe(self):
        return "I am " + repr(self)
class SE(str, Base):
    pass
class IE(int, Base):
    pass
class FE(float, Base):
    pass
class CE(complex, Base):
    pass
class TE(tuple, Base):
    pass
for cls, arg in ((SE, "red"), (IE, 3), (FE, 1.5), (CE, 2j), (TE, (1, 2))):
    v = cls(arg)
    v.extra = 1
    print(cls.__mro__, v.describe(), v.extra, v == arg, hash(v) == hash(arg))
class WithSlots:
    __slots__ = ()
class SS(str, WithSlots):
    pass
class SlotBase:
    __slots__ = ("x",)
for bases in [(str, SlotBase), (int, SlotBase), (SlotBase, str), (float, SlotBase), (list, SlotBase), (tuple, SlotBase)]:
    try:
        K = type("K", bases, {})
        k = K()
        k.x = 5
        print([b.__name__ for b in bases], "ok", k.x)
    except TypeError as e:
        print([b.__name__ for b in bases], "TypeError:", e)
class Named(str):
    _value_ = None
    def __new__(cls, value):
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj
    @property
    def value(self):
        return self._value_
n = Named("v")
print(n, n.value, n._value_, n.upper(), type(n).__mro__)
class A(str):
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class Cd(B):
    pass
x = Cd("text")
x.a, x.b, x.c = 1, 2, 3
print(x, x.a, x.b, x.c, x.__dict__, len(x), x.upper())
del x.a
try:
    x.a
except AttributeError as e:
    print("AttributeError:", e)
y = B("y" * 100)
y.b = [y]
y.a = {"self": y}
print(len(y.b[0]), y.a["self"] is y)
del y
import gc
print(gc.collect() >= 0)
class Long(str):
    pass
for n in range(0, 20):
    s = Long("é" * n)
    s.v = n
    assert s.v == n and len(s) == n, n
print("ok")

# expect: (<class '__main__.SE'>, <class 'str'>, <class '__main__.Base'>, <class 'object'>) I am 'red' 1 True True
# expect: (<class '__main__.IE'>, <class 'int'>, <class '__main__.Base'>, <class 'object'>) I am 3 1 True True
# expect: (<class '__main__.FE'>, <class 'float'>, <class '__main__.Base'>, <class 'object'>) I am 1.5 1 True True
# expect: (<class '__main__.CE'>, <class 'complex'>, <class '__main__.Base'>, <class 'object'>) I am 2j 1 True True
# expect: (<class '__main__.TE'>, <class 'tuple'>, <class '__main__.Base'>, <class 'object'>) I am (1, 2) 1 True True
# expect: ['str', 'SlotBase'] TypeError: multiple bases have instance lay-out conflict
# expect: ['int', 'SlotBase'] TypeError: multiple bases have instance lay-out conflict
# expect: ['SlotBase', 'str'] TypeError: multiple bases have instance lay-out conflict
# expect: ['float', 'SlotBase'] TypeError: multiple bases have instance lay-out conflict
# expect: ['list', 'SlotBase'] TypeError: multiple bases have instance lay-out conflict
# expect: ['tuple', 'SlotBase'] TypeError: multiple bases have instance lay-out conflict
# expect: v v v V (<class '__main__.Named'>, <class 'str'>, <class 'object'>)
# expect: text 1 2 3 {'c': 3} 4 TEXT
# expect: AttributeError: 'Cd' object has no attribute 'a'
# expect: 100 True
# expect: True
# expect: ok

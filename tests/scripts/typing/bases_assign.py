# cls.__bases__ = (...): checks, MRO of the class and its subclasses, slots,
# subclass lists, a metaclass's mro(), __class__ assignment messages.
# typing.NamedTuple assigns __bases__ to every class it makes.
import gc
from typing import NamedTuple, Generic, TypeVar

class A: pass
class B: pass
class C(A):
    def f(self): return "C.f"
class D(C): pass
class E:
    def f(self): return "E.f"
    def __len__(self): return 7
print(C.__bases__, D.__mro__)
C.__bases__ = (B, E)
print(C.__bases__, C.__base__, C.__mro__, D.__mro__)
print(A.__subclasses__(), B.__subclasses__(), E.__subclasses__())
print(len(D()), D().f())
del C.f
print(D().f())
for bad in [[B], (), (1,), (D,), (C,), (int,), (B, B)]:
    try:
        C.__bases__ = bad
    except Exception as e:
        print(type(e).__name__, e)
print(C.__mro__)
try:
    del C.__bases__
except Exception as e:
    print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except Exception as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ('a',)
class T(S): pass
try:
    T.__bases__ = (A,)
except Exception as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = (object,)
except Exception as e:
    print(type(e).__name__, e)

class M(type):
    def mro(cls):
        return (cls, object) if cls.__name__ == "X" else super().mro()
class X(A, metaclass=M): pass
print(X.__mro__)
X.__bases__ = (B,)
print(X.__mro__, X.__bases__)

class Bad(type):
    calls = 0
    def mro(cls):
        if cls.__name__ == "Y2" and Bad.calls:
            raise RuntimeError("no mro today")
        Bad.calls += cls.__name__ == "Y2"
        return super().mro()
class Y(B, metaclass=Bad): pass
class Y2(Y): pass
try:
    Y.__bases__ = (A,)
except RuntimeError as e:
    print("RuntimeError", e)
print(Y.__bases__, Y.__mro__, Y2.__mro__, Y in A.__subclasses__())

class Tu(tuple): __slots__ = ()
class Tu2(Tu): pass
Tu2.__bases__ = (tuple,)
print(Tu2.__mro__, Tu2((1, 2)))

class AA: pass
class SS: __slots__ = ()
class SS2: __slots__ = ('x',)
class BB: pass
for o, c in [(AA(), SS), (AA(), SS2), (AA(), BB), (SS(), AA)]:
    try:
        o.__class__ = c
        print("ok", type(o).__name__)
    except TypeError as e:
        print(e)

T_ = TypeVar("T_")
class Point(NamedTuple):
    x: int
    y: int = 0
class Box(NamedTuple, Generic[T_]):
    item: T_
print(Point.__bases__, Point(1), Point.__mro__)
print(Box.__bases__, Box[int], Box(3), Box.__orig_bases__[1])
del C, D, Y, Y2
gc.collect()
print(A.__subclasses__(), B.__subclasses__(), E.__subclasses__())
# expect: (<class '__main__.A'>,) (<class '__main__.D'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)
# expect: (<class '__main__.B'>, <class '__main__.E'>) <class '__main__.B'> (<class '__main__.C'>, <class '__main__.B'>, <class '__main__.E'>, <class 'object'>) (<class '__main__.D'>, <class '__main__.C'>, <class '__main__.B'>, <class '__main__.E'>, <class 'object'>)
# expect: [] [<class '__main__.C'>] [<class '__main__.C'>]
# expect: 7 C.f
# expect: E.f
# expect: TypeError can only assign tuple to C.__bases__, not list
# expect: TypeError can only assign non-empty tuple to C.__bases__, not ()
# expect: TypeError C.__bases__ must be tuple of classes, not 'int'
# expect: TypeError a __bases__ item causes an inheritance cycle
# expect: TypeError a __bases__ item causes an inheritance cycle
# expect: TypeError __bases__ assignment: 'int' deallocator differs from 'B'
# expect: TypeError duplicate base class B
# expect: (<class '__main__.C'>, <class '__main__.B'>, <class '__main__.E'>, <class 'object'>)
# expect: TypeError cannot delete '__bases__' attribute of immutable type 'C'
# expect: TypeError cannot set '__bases__' attribute of immutable type 'int'
# expect: TypeError __bases__ assignment: 'A' object layout differs from 'S'
# expect: TypeError __bases__ assignment: 'object' deallocator differs from 'B'
# expect: (<class '__main__.X'>, <class 'object'>)
# expect: (<class '__main__.X'>, <class 'object'>) (<class '__main__.B'>,)
# expect: RuntimeError no mro today
# expect: (<class '__main__.B'>,) (<class '__main__.Y'>, <class '__main__.B'>, <class 'object'>) (<class '__main__.Y2'>, <class '__main__.Y'>, <class '__main__.B'>, <class 'object'>) False
# expect: (<class '__main__.Tu2'>, <class 'tuple'>, <class 'object'>) (1, 2)
# expect: __class__ assignment: 'SS' object layout differs from 'AA'
# expect: __class__ assignment: 'SS2' object layout differs from 'AA'
# expect: ok BB
# expect: __class__ assignment: 'AA' object layout differs from 'SS'
# expect: (<class 'tuple'>,) Point(x=1, y=0) (<class '__main__.Point'>, <class 'tuple'>, <class 'object'>)
# expect: (<class 'tuple'>, <class 'typing.Generic'>) __main__.Box[int] Box(item=3) typing.Generic[~T_]
# expect: [] [<class '__main__.X'>] []

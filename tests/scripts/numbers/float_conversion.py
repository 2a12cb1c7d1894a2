# float() of objects with __float__, float and str subclasses, and strict float subclasses returned by __float__.
import warnings
class Foo1:
    def __float__(self):
        return 42.
class Foo2(float):
    def __float__(self):
        return 42.
class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2*value)
    def __float__(self):
        return self
class Foo4(float):
    def __float__(self):
        return 42
class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1
class Idx:
    def __index__(self):
        return 7
print(float(Foo1()), float(Foo2()), float(FooStr('8')), float(Idx()), float(Foo2(3.5)), float(b"1.5"), float(bytearray(b"2")))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(float(Foo3(21)), type(float(Foo3(21))).__name__)
    print(w[0].category.__name__, w[0].message)
for bad in (Foo4(42), object(), None):
    try:
        float(bad)
    except TypeError as e:
        print(e)
for x in (b'  123 456  ', bytearray(b'1x'), b'1.5', bytearray(b' 2 ')):
    try:
        print(float(x))
    except ValueError as e:
        print(e)

# expect: 42.0 42.0 9.0 7.0 42.0 1.5 2.0
# expect: 42.0 float
# expect: DeprecationWarning Foo3.__float__ returned non-float (type Foo3).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.
# expect: Foo4.__float__ returned non-float (type int)
# expect: float() argument must be a string or a real number, not 'object'
# expect: float() argument must be a string or a real number, not 'NoneType'
# expect: could not convert string to float: b'  123 456  '
# expect: could not convert string to float: bytearray(b'1x')
# expect: 1.5
# expect: 2.0

# Properties, staticmethod, classmethod, __call__, __class__ and type().
class Temp:
    """A temperature."""
    unit = "C"

    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "the temperature in degrees Celsius"
        return self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    @fahrenheit.deleter
    def fahrenheit(self):
        print("deleting")

    @staticmethod
    def zero():
        return Temp(0)

    @classmethod
    def make(cls, v):
        return cls(v)

    def __call__(self, x):
        return self._c + x

    def __repr__(self):
        return f"Temp({self._c})"


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
del t.fahrenheit
try:
    t.celsius = 5
except AttributeError as e:
    print(e)
try:
    del t.celsius
except AttributeError as e:
    print(e)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
print(Temp.zero(), Temp.make(3), t.make(4), t.zero())
print(t(5))
print(Temp.__doc__, Temp.unit, t.unit)
print(type(t) is Temp, t.__class__ is Temp, type(Temp) is type, type(type) is type)
print(Temp.__name__, Temp.__qualname__, Temp.__module__)
print(isinstance(Temp.__dict__['zero'], staticmethod), isinstance(Temp.__dict__['make'], classmethod))
print(Temp.__dict__['make'].__func__.__name__)
print(callable(t), callable(Temp), callable(1))
p = property(lambda self: 42)
class Q:
    pass
Q.answer = p
print(Q().answer)
try:
    Q().answer = 1
except AttributeError as e:
    print(e)
r = repr(Temp)
print(r)
print(repr(Temp.make)[:len("<bound method Temp.make of <class '__main__.Temp'>>")])
print(repr(t.__call__))

class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner)
print(str(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))

# expect: 100 212.0
# expect: 100.0
# expect: deleting
# expect: property 'celsius' of 'Temp' object has no setter
# expect: property 'celsius' of 'Temp' object has no deleter
# expect: the temperature in degrees Celsius
# expect: property
# expect: Temp(0) Temp(3) Temp(4) Temp(0)
# expect: 105.0
# expect: A temperature. C C
# expect: True True True True
# expect: Temp Temp __main__
# expect: True True
# expect: make
# expect: True True False
# expect: 42
# expect: property of 'Q' object has no setter
# expect: <class '__main__.Temp'>
# expect: <bound method Temp.make of <class '__main__.Temp'>>
# expect: <bound method Temp.__call__ of Temp(100.0)>
# expect: Outer.Inner <class '__main__.Outer.Inner'>
# expect: True

# classmethod and staticmethod copy the wrapped function's __module__,
# __name__, __qualname__, __doc__ and __annotations__ into their own
# __dict__, and have __wrapped__ (3.10+).
import functools

def f(x: int) -> str:
    "f's doc"
def g():
    pass

for kind in (classmethod, staticmethod):
    w = kind(f)
    print(kind.__name__, w.__wrapped__ is f, w.__func__ is f, w.__name__, w.__qualname__, w.__module__, w.__doc__,
          w.__annotations__)
    print(sorted(w.__dict__))
    w.__name__ = 'renamed'
    print(f.__name__, w.__name__)
print(classmethod(g).__dict__)
print(staticmethod(len).__dict__)

class NoDoc:
    __slots__ = ()
    def __call__(self): pass
print(sorted(staticmethod(NoDoc()).__dict__))

class A:
    @classmethod
    def cm(cls, x: int) -> str:
        "cm doc"
        return cls.__name__
    @staticmethod
    def sm(x: int) -> int:
        return x * 2
print(A.__dict__['cm'].__name__, A.__dict__['sm'].__qualname__, A.cm(1), A.sm(2))

# singledispatchmethod over a classmethod registers from its annotations.
class B:
    @functools.singledispatchmethod
    @classmethod
    def go(cls, arg):
        return "default"
    @go.register
    @classmethod
    def _(cls, arg: int):
        return "int"
print(B.go("x"), B.go(1), B.go.__name__)

class Sub(staticmethod):
    pass
s = Sub(f)
print(type(s).__name__, s.__name__, s.__doc__)
try:
    classmethod()
except TypeError as e:
    print(e)
# expect: classmethod True True f f __main__ f's doc {'x': <class 'int'>, 'return': <class 'str'>}
# expect: ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__']
# expect: f renamed
# expect: staticmethod True True f f __main__ f's doc {'x': <class 'int'>, 'return': <class 'str'>}
# expect: ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__']
# expect: f renamed
# expect: {'__module__': '__main__', '__name__': 'g', '__qualname__': 'g', '__doc__': None, '__annotations__': {}}
# expect: {'__module__': 'builtins', '__name__': 'len', '__qualname__': 'len', '__doc__': 'Return the number of items in a container.'}
# expect: ['__doc__', '__module__']
# expect: cm A.sm A 4
# expect: default int go
# expect: Sub f f's doc
# expect: classmethod expected 1 argument, got 0

# classmethod/staticmethod take the wrapped callable's __module__, __name__,
# __qualname__, __doc__, __annotations__ (3.10+) and expose __wrapped__;
# singledispatchmethod over a classmethod reads its annotations.
def f(x: int) -> str:
    "doc of f"
for kind in (classmethod, staticmethod):
    c = kind(f)
    print(kind.__name__, c.__name__, c.__qualname__, c.__doc__, c.__module__, c.__annotations__, c.__wrapped__ is f, sorted(vars(c)))
    c.extra = 1
    print(c.extra, sorted(vars(c)))
    try:
        print(c.__dict__ is vars(c))
    except Exception as e: print(type(e).__name__, e)
class N: pass
n = N()
c = classmethod(n)
print(sorted(vars(c)), c.__wrapped__ is n)
print(staticmethod(len).__name__, classmethod(len).__qualname__, staticmethod(len).__doc__[:20])
import functools, abc
class A:
    @functools.singledispatchmethod
    @classmethod
    def t(cls, arg):
        "generic"
        return "base"
    @t.register
    @classmethod
    def _(cls, arg: int):
        return "int"
print(A.t(1), A.t("x"))
class B:
    @classmethod
    @abc.abstractmethod
    def m(cls): pass
print(B.__dict__["m"].__isabstractmethod__, B.__dict__["m"].__name__)
try:
    classmethod(f, 1)
except TypeError as e:
    print(e)
class Bad:
    @property
    def __name__(self): raise ValueError("no name")
try:
    staticmethod(Bad())
except ValueError as e:
    print("ValueError", e)
# expect: classmethod f f doc of f __main__ {'x': <class 'int'>, 'return': <class 'str'>} True ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__']
# expect: 1 ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__', 'extra']
# expect: True
# expect: staticmethod f f doc of f __main__ {'x': <class 'int'>, 'return': <class 'str'>} True ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__']
# expect: 1 ['__annotations__', '__doc__', '__module__', '__name__', '__qualname__', 'extra']
# expect: True
# expect: ['__doc__', '__module__'] True
# expect: len len Return the number of
# expect: int base
# expect: True m
# expect: classmethod expected 1 argument, got 2
# expect: ValueError no name

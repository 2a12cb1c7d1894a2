# Class bodies: __module__/__qualname__/__doc__, super(), mangling, decorators.
class A:
    "A docstring"
    x = 1
    def hello(self):
        return "A.hello"
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()

class B(A):
    def hello(self):
        return "B+" + super().hello()
    def cls(self):
        return __class__.__name__

print(A.__doc__, A.__module__, A.__qualname__)
print(B().hello(), B().cls())
print(A().reveal(), hasattr(A, "_A__secret"), hasattr(A, "__secret"))

class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)

def deco(tag):
    def wrap(f):
        f.tag = tag
        return f
    return wrap

@deco("one")
@deco("two")
def decorated():
    pass
print(decorated.tag)

def class_deco(cls):
    cls.extra = 42
    return cls

@class_deco
class D:
    pass
print(D.extra)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(mcls, name, bases, ns)

class E(A, metaclass=Meta, flag=True):
    pass
print(E.kw, E.x)

bases = (A,)
class F(*bases):
    pass
print(F.__mro__[1].__name__)

class G:
    __private = 5
    def get(self):
        return self.__private
    def names(self):
        __local = 1
        return __local
print(G().get(), G._G__private, G().names())

class H:
    y: int = 3
    z: str
print(H.__annotations__, H.y)

class Counter:
    count = 0
    items = [count + i for i in range(3)] if False else None
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)

class WithSuperInit(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = "t"
w = WithSuperInit(a=1)
print(w, w.tag)
print(B.hello.__qualname__, A.__dict__["x"])

# expect: A docstring __main__ A
# expect: B+A.hello B
# expect: secret True False
# expect: Outer.Inner Outer.Inner.m
# expect: one
# expect: 42
# expect: {'flag': True} 1
# expect: A
# expect: 5 5 1
# expect: {'y': <class 'int'>, 'z': <class 'str'>} 3
# expect: 2
# expect: {'a': 1} t
# expect: B.hello 1

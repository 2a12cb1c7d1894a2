# Class building: bases, metaclasses, __prepare__, super() in both forms, __class__.
class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return "Base(%d)" % self.x
    @classmethod
    def make(cls, x):
        return cls(x)

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Child/" + super().describe() + "/%d" % self.y
    def old_style(self):
        return super(Child, self).describe()
    def cls_ref(self):
        return __class__.__name__

c = Child(1, 2)
print(c.describe(), c.old_style(), c.cls_ref())
print(Child.__qualname__, Child.__module__, Child.__mro__[1].__name__)
print(type(Base.make(3)).__name__, Child.make.__name__)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw))
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class WithMeta(metaclass=Meta, flag=True):
    a = 1
    def m(self):
        return self.injected
print(type(WithMeta).__name__, WithMeta().m())

class Derived(WithMeta):
    pass
print(type(Derived).__name__)

def make_class(n):
    class Local:
        val = n
        def get(self):
            return self.val + n
    return Local
L = make_class(5)
print(L().get(), L.__qualname__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)

class Slots:
    x = [i * 2 for i in range(3)]
    y = x[1]
print(Slots.x, Slots.y)

class Deco:
    @staticmethod
    def s(a):
        return a + 1
    @property
    def p(self):
        return "prop"
print(Deco.s(1), Deco().p)

def f():
    try:
        super()
    except RuntimeError as e:
        print(e)
f()

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who())

class Ann:
    x: int = 3
    y: str
print(Ann.__annotations__ == {'x': int, 'y': str}, Ann.x)

# ---- expected output (produced by python3) ----
# expect: Child/Base(1)/2 Base(1) Child
# expect: Child __main__ Base
# expect: Base make
# expect: prepare WithMeta ['flag']
# expect: new WithMeta ['a', 'injected', 'm']
# expect: Meta 1
# expect: prepare Derived []
# expect: new Derived ['injected']
# expect: Meta
# expect: 10 make_class.<locals>.Local
# expect: 2
# expect: [0, 2, 4] 2
# expect: 2 prop
# expect: super(): no arguments
# expect: DBCA
# expect: True 3

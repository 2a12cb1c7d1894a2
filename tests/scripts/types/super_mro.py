# super() in both forms through a diamond; MRO; __init_subclass__; __set_name__.
class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()

    def who(self):
        return ["A"]


class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()

    def who(self):
        return ["B"] + super().who()


class C(A):
    def __init__(self):
        print("C.__init__")
        super(C, self).__init__()

    def who(self):
        return ["C"] + super(C, self).who()


class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()

    def who(self):
        return ["D"] + super().who()


d = D()
print(d.who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__, D.__base__)
print(super(B, d).who())
print(super(D, D).who(d))
s = super(B, d)
print(s.__thisclass__, s.__self_class__)
print(repr(super(B, d)))

try:
    class X(A, B):
        pass
except TypeError as e:
    print(e)

try:
    super(int, "x")
except TypeError as e:
    print(e)

class Base:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)


class K1(Base, tag="one"):
    pass


class K2(K1):
    pass


print(K1.tag, K2.tag, Base.subclasses)
try:
    class Bad(foo=1):
        pass
except TypeError as e:
    print(e)


class Named:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"{self.owner}.{self.name}"


class Holder:
    field = Named()
    other = Named()


print(Holder().field, Holder().other, Holder.field.name)
print([c.__name__ for c in A.__subclasses__()])


class Singleton:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst

    def __init__(self, v):
        self.v = v


s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.v)


class MyList(list):
    def append(self, x):
        super().append(x * 2)


m = MyList([1])
m.append(5)
print(m, len(m), type(m).__name__, isinstance(m, list))


class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)


print(MyInt(4), MyInt(4) + 1, type(MyInt(4)).__name__)


class Err(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise Err("bad", 7)
except ValueError as e:
    print(e, e.code, e.args)

# expect: D.__init__
# expect: B.__init__
# expect: C.__init__
# expect: A.__init__
# expect: ['D', 'B', 'C', 'A']
# expect: ['D', 'B', 'C', 'A', 'object']
# expect: ['D', 'B', 'C', 'A', 'object']
# expect: (<class '__main__.B'>, <class '__main__.C'>) <class '__main__.B'>
# expect: ['C', 'A']
# expect: ['B', 'C', 'A']
# expect: <class '__main__.B'> <class '__main__.D'>
# expect: <super: <class 'B'>, <D object>>
# expect: Cannot create a consistent method resolution
# expect: order (MRO) for bases A, B
# expect: super(type, obj): obj must be an instance or subtype of type
# expect: one None ['K1', 'K2']
# expect: Bad.__init_subclass__() takes no keyword arguments
# expect: Holder.field Holder.other field
# expect: ['B', 'C']
# expect: created
# expect: True 2
# expect: [1, 10] 2 MyList True
# expect: 5 6 MyInt
# expect: bad 7 ('bad',)

# __bool__/__len__ truthiness, __iter__/__next__, __getitem__ protocols,
# __contains__, __hash__/__eq__ rules, __class__ assignment, dynamic types.
class Empty:
    def __len__(self):
        return 0


class Full:
    def __len__(self):
        return 3


class Truthy:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


print(bool(Empty()), bool(Full()), bool(Truthy()), len(Truthy()), bool(object()))
for cls_body in ("return 'a'", "return -1", "return 2**70"):
    ns = {}
    exec(f"class L:\n    def __len__(self):\n        {cls_body}", ns)
    try:
        len(ns["L"]())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print(e)


class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        self.i = 0
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(Count(3)), sum(Count(4)), 2 in Count(3), 5 in Count(3))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq(), Seq()[1])


class Box:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __contains__(self, k):
        return k in self.d


bx = Box()
bx["a"] = 1
print(bx["a"], "a" in bx, "b" in bx)
del bx["a"]
print("a" in bx)
one = 1
for f in (lambda: (1,)[0].__class__, lambda: one[0], lambda: iter(1), lambda: len(1)):
    try:
        print(f())
    except TypeError as e:
        print(e)
for stmt in ("t = (1, 2)\nt[0] = 5", "s = 'abc'\ndel s[0]"):
    try:
        exec(stmt)
    except TypeError as e:
        print(e)


class NoIter:
    __iter__ = None


try:
    iter(NoIter())
except TypeError as e:
    print(e)


class BadIter:
    def __iter__(self):
        return 1


try:
    iter(BadIter())
except TypeError as e:
    print(e)


class EqOnly:
    def __eq__(self, o):
        return True


print(EqOnly.__hash__ is None)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)


class HashBad:
    def __hash__(self):
        return "x"


try:
    hash(HashBad())
except TypeError as e:
    print(e)


class Plain:
    pass


_p = Plain()
print(hash(_p) == hash(_p), Plain() == Plain())
pl = Plain()
print(pl == pl, pl != pl, hash(pl) == hash(pl))


class R:
    def __repr__(self):
        return 5


try:
    repr(R())
except TypeError as e:
    print(e)


class S2:
    def __str__(self):
        return "S2!"


print(str(S2()), f"{S2()}", format(S2(), ""))
try:
    format(S2(), "x")
except TypeError as e:
    print(e)


class A:
    def hello(self):
        return "A"


class B:
    def hello(self):
        return "B"


a = A()
a.__class__ = B
print(a.hello(), type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print(e)

Dyn = type("Dyn", (A,), {"x": 1, "meth": lambda self: self.x + 1})
dd = Dyn()
print(Dyn, Dyn.__name__, Dyn.__bases__, dd.meth(), dd.hello(), isinstance(dd, A))
print(str(dd).startswith("<__main__.Dyn object at 0x"))
Dyn.__name__ = "Renamed"
print(Dyn, Dyn.__qualname__)
try:
    type("X", (bool,), {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
try:
    Plain(1)
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)


class InitRet:
    def __init__(self):
        return 1


try:
    InitRet()
except TypeError as e:
    print(e)
print(isinstance(1, (str, (float, int))), isinstance("a", (int, float)), issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)


class AnyMeta(type):
    def __instancecheck__(cls, inst):
        return True

    def __subclasscheck__(cls, sub):
        return sub is int


class Anything(metaclass=AnyMeta):
    pass


print(isinstance(3, Anything), issubclass(int, Anything), issubclass(str, Anything))


class Deleted:
    def __del__(self):
        print("__del__ called")


dl = Deleted()
del dl
print("after del")
print(int.__add__, list.append, [].append.__qualname__, object.__init__, (1).__add__(2))
print(int.__add__(3, 4), list.__len__([1, 2]), str.__repr__("q"))

# expect: False True False 5 True
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError __len__() should return >= 0
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: __bool__ should return bool, returned int
# expect: [1, 2, 3] 10 True False
# expect: [0, 10, 20] True 10
# expect: 1 True False
# expect: False
# expect: <class 'int'>
# expect: 'int' object is not subscriptable
# expect: 'int' object is not iterable
# expect: object of type 'int' has no len()
# expect: 'tuple' object does not support item assignment
# expect: 'str' object doesn't support item deletion
# expect: 'NoIter' object is not iterable
# expect: iter() returned non-iterator of type 'int'
# expect: True
# expect: unhashable type: 'EqOnly'
# expect: __hash__ method should return an integer
# expect: True False
# expect: True False True
# expect: __repr__ returned non-string (type int)
# expect: S2! S2! S2!
# expect: unsupported format string passed to S2.__format__
# expect: B B
# expect: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect: <class '__main__.Dyn'> Dyn (<class '__main__.A'>,) 2 A True
# expect: True
# expect: <class '__main__.Dyn'> Dyn
# expect: type 'bool' is not an acceptable base type
# expect: type() takes 1 or 3 arguments
# expect: Plain() takes no arguments
# expect: object() takes no arguments
# expect: __init__() should return None, not 'int'
# expect: True False True
# expect: isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: issubclass() arg 1 must be a class
# expect: True True False
# expect: __del__ called
# expect: after del
# expect: <slot wrapper '__add__' of 'int' objects> <method 'append' of 'list' objects> list.append <slot wrapper '__init__' of 'object' objects> 3
# expect: 7 2 'q'

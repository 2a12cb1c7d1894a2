# Attribute access: __getattr__ fallback, __getattribute__, __setattr__ and
# __delattr__ overrides, data vs non-data descriptors, error messages.
class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")


l = Lazy()
print(l.real, l.xyz)
try:
    l.abc
except AttributeError as e:
    print(e)
print(hasattr(l, "xa"), hasattr(l, "b"), getattr(l, "b", "dflt"))


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)

    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name)


g = Logged()
g.a = 5
print(g.a, g.secret)
del g.a
try:
    g.a
except AttributeError as e:
    print(e)


class DataDesc:
    def __get__(self, obj, typ=None):
        return "data"

    def __set__(self, obj, value):
        print("DataDesc.__set__", value)


class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"


class Host:
    d = DataDesc()
    n = NonData()


h = Host()
h.__dict__["d"] = "inst-d"
h.__dict__["n"] = "inst-n"
print(h.d, h.n, Host.d, Host.n)
h.d = 3
print(sorted(vars(h).items()))


class Dyn:
    pass


x = Dyn()
for f in (lambda: x.z, lambda: Dyn.z, lambda: (1).x, lambda: object().x, lambda: int.foo):
    try:
        f()
    except AttributeError as e:
        print(e)
for f in (lambda: setattr(1, "x", 2), lambda: setattr([], "append", 2), lambda: setattr(1, "real", 2),
          lambda: delattr(x, "nope"), lambda: delattr(Dyn, "nope")):
    try:
        f()
    except AttributeError as e:
        print(e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print(e)
try:
    getattr(x, 3)
except TypeError as e:
    print(e)
x.a = 1
x.b = 2
print(x.__dict__)
x.__dict__ = {"q": 9}
print(x.q)
try:
    x.__dict__ = 5
except TypeError as e:
    print(e)
del x.q
print(x.__dict__)
Dyn.cls_attr = 10
print(x.cls_attr)
Dyn.cls_attr = 11
print(x.cls_attr)
del Dyn.cls_attr
print(hasattr(x, "cls_attr"))
print("a" in dir(Lazy()) if False else "real" in dir(Lazy()), "__init__" in dir(Lazy))


class Slotless:
    def method(self):
        return "m"


s = Slotless()
s.method = lambda: "inst"
print(s.method(), Slotless.method(s))


class Meta(type):
    def __getattr__(cls, name):
        return f"meta:{name}"

    @property
    def kind(cls):
        return "meta-prop"


class WithMeta(metaclass=Meta):
    own = 1


print(WithMeta.own, WithMeta.missing, WithMeta.kind, type(WithMeta).__name__)

# expect: 1 XYZ
# expect: no abc
# expect: True False dflt
# expect: set a 5
# expect: 5 hidden
# expect: del a
# expect: 'Logged' object has no attribute 'a'
# expect: data inst-n data nondata
# expect: DataDesc.__set__ 3
# expect: [('d', 'inst-d'), ('n', 'inst-n')]
# expect: 'Dyn' object has no attribute 'z'
# expect: type object 'Dyn' has no attribute 'z'
# expect: 'int' object has no attribute 'x'
# expect: 'object' object has no attribute 'x'
# expect: type object 'int' has no attribute 'foo'
# expect: 'int' object has no attribute 'x'
# expect: 'list' object attribute 'append' is read-only
# expect: attribute 'real' of 'int' objects is not writable
# expect: 'Dyn' object has no attribute 'nope'
# expect: type object 'Dyn' has no attribute 'nope'
# expect: cannot set 'x' attribute of immutable type 'int'
# expect: attribute name must be string, not 'int'
# expect: {'a': 1, 'b': 2}
# expect: 9
# expect: __dict__ must be set to a dictionary, not a 'int'
# expect: {}
# expect: 10
# expect: 11
# expect: False
# expect: True True
# expect: inst m
# expect: 1 meta:missing meta-prop Meta

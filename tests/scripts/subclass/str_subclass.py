# str subclasses: __new__ overrides, attributes in __dict__, __str__/__repr__/__format__ overrides, hashing and
# equality with str, dict keys, slots after the text, cycles through the instance dict
class Upper(str):
    def __new__(cls, value=""):
        return super().__new__(cls, str(value).upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, repr(u), type(u).__name__, u.shout(), type(u.shout()).__name__, len(u), u[1:3], u == "HELLO", "HELLO" == u)
print(hash(u) == hash("HELLO"), {u: 1}["HELLO"], {"HELLO": 2}[u], u in {"HELLO"}, Upper.__mro__, Upper.__base__)
u.note = "attr"
print(u.note, u.__dict__, vars(u), isinstance(u, str), issubclass(Upper, str), str(u), type(str(u)).__name__)
class Tagged(str):
    def __str__(self):
        return "<" + self + ">"
    def __repr__(self):
        return "Tagged(" + str.__repr__(self) + ")"
t = Tagged("x")
print(t, str(t), repr(t), [t], f"{t}", "%s|%r" % (t, t), "{}|{!r}".format(t, t), format(t), format(t, ">4"))
class Fmt(str):
    def __format__(self, spec):
        return "F" + spec
print(f"{Fmt('a'):xyz}", format(Fmt("b"), "q"), "{:z}".format(Fmt("c")))
class H(str):
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
print(hash(H("A")), H("A") == "a", H("A") != "a", {H("A"): 1}.get("zz"), H("A") in ["a"])
class Plain(str):
    pass
p = Plain("abc")
print(p.upper(), type(p.upper()).__name__, p.replace("a", "b"), type(p + "x").__name__, type(p * 2).__name__, type(p[0]).__name__)
print("".join([p, p]), type("".join([p])).__name__, p.split("b"), [type(x).__name__ for x in p.partition("b")])
print(sorted([Plain("b"), "a", Plain("c")]), max(Plain("x"), "y"), Plain("a") < "b", p.startswith(Plain("a")), "b" in p, Plain("b") in p)
print(Plain(), repr(Plain()), Plain(5), Plain(b"xy", "ascii"), Plain(object="q"), Plain(3.5), len(Plain("日本")))
print(p.__getnewargs__(), type(p.__getnewargs__()[0]).__name__, p.__class__, Plain.__name__, Plain.__qualname__)
print(int(Plain("12")), float(Plain("1.5")), complex(Plain("1+2j")), list(Plain("ab")), tuple(iter(Plain("xy"))))
import sys
try:
    sys.intern(Plain("abc"))
except TypeError as e:
    print("TypeError:", e)
class Slotted(str):
    __slots__ = ()
s = Slotted("q")
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "__dict__"), Slotted.__slots__)
try:
    class Bad(str):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
class WithDictSlot(str):
    __slots__ = ("__dict__",)
w = WithDictSlot("w")
w.k = 2
print(w.k, w.__dict__)
class Deep(Upper):
    def __init__(self, value=""):
        self.orig = value
d = Deep("lo")
print(d, d.orig, type(d).__mro__[1].__name__, d.shout())
class Init(str):
    def __init__(self, *args):
        self.args = args
i = Init("v")
print(i, i.args)
class E(str):
    pass
e = E("spam")
e.cycle = e
del e
import gc
print(gc.collect() >= 1)
class Meta(type):
    pass
class MS(str, metaclass=Meta):
    pass
print(type(MS), MS("m"))
print(str.__new__(Plain, "x"), type(str.__new__(Plain, "x")).__name__)
try:
    str.__new__(int, "x")
except TypeError as e:
    print("TypeError:", e)
print(Plain("a%sc") % "b", type(Plain("abc") % ()).__name__, Plain("x{}").format(1), type(Plain("xy").format()).__name__)
print(p.encode(), p.isalpha(), p.center(7, "*"), p.zfill(5), p.title(), "-".join(Plain("abc")), str.upper(p))

# expect: HELLO 'HELLO' Upper HELLO! str 5 EL True True
# expect: True 1 2 True (<class '__main__.Upper'>, <class 'str'>, <class 'object'>) <class 'str'>
# expect: attr {'note': 'attr'} {'note': 'attr'} True True HELLO str
# expect: <x> <x> Tagged('x') [Tagged('x')] <x> <x>|Tagged('x') <x>|Tagged('x') <x>    x
# expect: Fxyz Fq Fz
# expect: 42 True True None True
# expect: ABC str bbc str str str
# expect: abcabc str ['a', 'c'] ['str', 'str', 'str']
# expect: ['a', 'b', 'c'] y True True True True
# expect:  '' 5 xy q 3.5 2
# expect: ('abc',) str <class '__main__.Plain'> Plain Plain
# expect: 12 1.5 (1+2j) ['a', 'b'] ('x', 'y')
# expect: TypeError: can't intern Plain
# expect: AttributeError: 'Slotted' object has no attribute 'x'
# expect: False ()
# expect: 2 {'k': 2}
# expect: LO lo Upper LO!
# expect: v ('v',)
# expect: True
# expect: <class '__main__.Meta'> m
# expect: x Plain
# expect: TypeError: str.__new__(int): int is not a subtype of str
# expect: abc Plain x1 Plain
# expect: b'abc' True **abc** 00abc Abc a-b-c ABC

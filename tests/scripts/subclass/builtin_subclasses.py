# every built-in CPython lets you subclass, with __new__/__init__ overrides and extra attributes
class I(int):
    def __new__(cls, v, tag="t"):
        self = super().__new__(cls, v)
        self.tag = tag
        return self
i = I(5, "five")
print(i, repr(i), i.tag, i + 1, type(i + 1).__name__, type(-i).__name__, type(+i).__name__, type(abs(i)).__name__, i == 5, hash(i) == hash(5), int(i), type(int(i)).__name__, i.bit_length(), i.real, type(i.real).__name__)
class F(float):
    def __new__(cls, v=0.0):
        return super().__new__(cls, v * 2)
    unit = "m"
f = F(1.25)
f.label = "x"
print(f, repr(f), f.unit, f.label, f * 2, type(f * 2).__name__, type(float(f)).__name__, round(f, 1), f.is_integer(), f.hex(), F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__)
class C(complex):
    def __new__(cls, re=0, im=0):
        return super().__new__(cls, re, im)
    def __repr__(self):
        return "C" + complex.__repr__(self)
    @property
    def mag(self):
        return abs(self)
c = C(3, 4)
c.note = 1
print(c, repr(c), str(c), c.mag, c.note, c + 1, type(c + 1).__name__, c == 3 + 4j, hash(c) == hash(3 + 4j), complex(c), type(complex(c)).__name__, c.real, c.conjugate(), f"{c}", format(c, ".1f"))
print(C(), C(1), C("2+3j") if False else C(2, 3), type(C(1j)).__name__, complex.__new__(C, 1, 2), type(complex.__new__(C, 1, 2)).__name__, c.__getnewargs__())
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def first(self):
        return self[0]
t = T(1, 2, 3)
t.extra = "e"
print(t, repr(t), t.first(), t.extra, t[1:], type(t[1:]).__name__, type(t + (4,)).__name__, len(t), t == (1, 2, 3), hash(t) == hash((1, 2, 3)), tuple(t) is t, type(tuple(t)).__name__)
class L(list):
    def append(self, x):
        super().append(x * 10)
l = L([1, 2])
l.append(3)
l.name = "L"
print(l, repr(l), l.name, type(l[:]).__name__, type(l + [1]).__name__, l == [1, 2, 30], list(l), sorted(l, reverse=True), L.__mro__)
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
d.attr = 5
print(d, d["a"], d["zz"], d.attr, repr(d), type(d.copy()).__name__, d == {"a": 1}, dict(d), D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__)
class S(set):
    pass
s = S([1, 2])
s.x = 1
print(sorted(s), type(s | {3}).__name__, type(s.copy()).__name__, s == {1, 2}, repr(S()), repr(s))
class FS(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls, a)
fs = FS(1, 2)
print(sorted(fs), repr(FS()), type(fs | {3}).__name__, hash(fs) == hash(frozenset({1, 2})), fs == {1, 2}, type(fs.copy()).__name__)
class O(object):
    __slots__ = ("a", "b")
o = O()
o.a = 1
try:
    o.c = 1
except AttributeError as e:
    print("AttributeError:", e)
print(o.a, O.a, type(O.a).__name__)
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["made_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
class K(metaclass=M):
    pass
print(K.made_by, type(K), isinstance(K, type))
class E(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 7)
except ValueError as ex:
    print(repr(ex), ex, ex.code, ex.args)
class P(property):
    pass
class HasP:
    @P
    def v(self):
        return 3
print(HasP().v, type(HasP.__dict__["v"]).__name__)
class SM(staticmethod):
    pass
class CM(classmethod):
    pass
class Q:
    @SM
    def s():
        return "s"
    @CM
    def c(cls):
        return cls.__name__
print(Q.s(), Q().c(), type(Q.__dict__["s"]).__name__)
class En(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i + 100, v
print(list(En("ab")))
class Z(zip):
    pass
class Mp(map):
    pass
class Fl(filter):
    pass
class R(reversed):
    pass
print(list(Z("ab", "cd")), list(Mp(str.upper, "ab")), list(Fl(None, [0, 1, 2])), list(R([1, 2, 3])))
class Sp(super):
    pass
class Base:
    def hi(self):
        return "base"
class Kid(Base):
    def hi(self):
        return "kid+" + Sp(Kid, self).hi()
print(Kid().hi())

# expect: 5 5 five 6 int int int int True True 5 int 3 5 int
# expect: 2.5 2.5 m x 5.0 float float 2.5 False 0x1.4000000000000p+1 4.0 F
# expect: C(3+4j) C(3+4j) C(3+4j) 5.0 1 (4+4j) complex True True (3+4j) complex 3.0 (3-4j) C(3+4j) 3.0+4.0j
# expect: C0j C(1+0j) C(2+3j) C C(1+2j) C (3.0, 4.0)
# expect: (1, 2, 3) (1, 2, 3) 1 e (2, 3) tuple tuple 3 True True False tuple
# expect: [1, 2, 30] [1, 2, 30] L list list True [1, 2, 30] [30, 2, 1] (<class '__main__.L'>, <class 'list'>, <class 'object'>)
# expect: {'a': 1} 1 zzzz 5 {'a': 1} dict True {'a': 1} {'a': 0, 'b': 0} D
# expect: [1, 2] set set True S() S({1, 2})
# expect: [1, 2] FS() frozenset True True frozenset
# expect: AttributeError: 'O' object has no attribute 'c'
# expect: 1 <member 'a' of 'O' objects> member_descriptor
# expect: M <class '__main__.M'> True
# expect: E('bad') bad 7 ('bad',)
# expect: 3 P
# expect: s Q SM
# expect: [(100, 'a'), (101, 'b')]
# expect: [('a', 'c'), ('b', 'd')] ['A', 'B'] [1, 2] [3, 2, 1]
# expect: kid+base

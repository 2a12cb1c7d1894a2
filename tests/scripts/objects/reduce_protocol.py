# The copy and pickle protocols on object: __reduce_ex__, __reduce__, __getstate__ (over CPython's copyreg).
import copyreg
def t(label, fn):
    # Functions print without their address.
    try:
        r = fn()
        if isinstance(r, tuple) and r and callable(r[0]) and hasattr(r[0], "__code__"):
            r = (r[0].__name__,) + r[1:]
        print(label, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
class P:
    def __init__(self): self.a = 1
p = P()
t("no arg", lambda: p.__reduce_ex__())
t("str arg", lambda: p.__reduce_ex__("x"))
t("kw arg", lambda: p.__reduce_ex__(protocol=2))
t("reduce args", lambda: p.__reduce__(1))
t("getstate args", lambda: p.__getstate__(1))
t("list", lambda: [1, 2].__reduce_ex__(2)[:3])
import copyreg
t("copyreg functions", lambda: [1].__reduce_ex__(2)[0] is copyreg.__newobj__ and object().__reduce__()[0] is copyreg._reconstructor)
t("list items", lambda: list([1,2].__reduce_ex__(2)[3]))
t("dict", lambda: {1: 2}.__reduce_ex__(2)[:3])
t("dict items", lambda: list({1: 2}.__reduce_ex__(2)[4]))
class L(list):
    pass
l = L([3]); l.x = 1
t("list sub", lambda: l.__reduce_ex__(2)[:3])
t("int", lambda: (5).__reduce_ex__(2))
t("int 1", lambda: (5).__reduce_ex__(1))
t("int 0", lambda: (5).__reduce_ex__(0))
t("str", lambda: "ab".__reduce_ex__(2))
t("tuple", lambda: (1, 2).__reduce_ex__(2))
t("float", lambda: (1.5).__reduce_ex__(2))
t("none", lambda: None.__reduce_ex__(2))
t("object", lambda: object().__reduce_ex__(2))
t("object 0", lambda: object().__reduce_ex__(0))
t("object reduce", lambda: object().__reduce__())
def gen(): yield 1
t("gen", lambda: gen().__reduce_ex__(2))
t("gen 0", lambda: gen().__reduce_ex__(0))
t("func", lambda: gen.__reduce_ex__(2))
class GNA:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a): return object.__new__(cls)
t("getnewargs", lambda: GNA().__reduce_ex__(2))
class GNAX:
    def __getnewargs_ex__(self): return ((1,), {"k": 2})
    def __new__(cls, *a, **k): return object.__new__(cls)
t("getnewargs_ex", lambda: GNAX().__reduce_ex__(2))
class GNAX0:
    def __getnewargs_ex__(self): return ((1,), {})
t("getnewargs_ex empty kw", lambda: GNAX0().__reduce_ex__(2))
class Bad1:
    def __getnewargs_ex__(self): return [1]
t("bad1", lambda: Bad1().__reduce_ex__(2))
class Bad2:
    def __getnewargs_ex__(self): return (1, 2, 3)
t("bad2", lambda: Bad2().__reduce_ex__(2))
class Bad3:
    def __getnewargs_ex__(self): return (1, {})
t("bad3", lambda: Bad3().__reduce_ex__(2))
class Bad4:
    def __getnewargs_ex__(self): return ((), 1)
t("bad4", lambda: Bad4().__reduce_ex__(2))
class Bad5:
    def __getnewargs__(self): return [1]
t("bad5", lambda: Bad5().__reduce_ex__(2))
class Red:
    def __reduce__(self): return "custom"
t("override reduce", lambda: Red().__reduce_ex__(2))
t("override reduce 0", lambda: Red().__reduce_ex__(0))
class Slots:
    __slots__ = ("a", "b")
s = Slots(); s.b = 2
t("slots 2", lambda: s.__reduce_ex__(2))
t("slots 1", lambda: s.__reduce_ex__(1))
t("slots getstate", lambda: s.__getstate__())
t("slotnames", lambda: Slots.__slotnames__)
class SlotsDict:
    __slots__ = ("a", "__dict__")
sd = SlotsDict(); sd.a = 1; sd.z = 2
t("slots+dict", lambda: sd.__getstate__())
class Sub(Slots):
    __slots__ = ("__c",)
ss = Sub(); ss._Sub__c = 3; ss.a = 1
t("sub slots", lambda: ss.__getstate__())
t("sub slotnames", lambda: Sub.__slotnames__)
class Empty: pass
e = Empty()
t("empty 2", lambda: e.__reduce_ex__(2))
t("empty 1", lambda: e.__reduce_ex__(1))
t("empty 0", lambda: e.__reduce_ex__(0))
class GS:
    def __getstate__(self): return {"s": 1}
t("custom gs 1", lambda: GS().__reduce_ex__(1))
class GSF:
    def __getstate__(self): return 0
t("falsy gs 1", lambda: GSF().__reduce_ex__(1))
t("falsy gs 2", lambda: GSF().__reduce_ex__(2))
class IntSub(int): pass
i = IntSub(7); i.q = 1
t("int sub 2", lambda: i.__reduce_ex__(2))
t("int sub 1", lambda: i.__reduce_ex__(1))
t("int sub 0", lambda: i.__reduce_ex__(0))
class ListSub(list): pass
t("list sub 0", lambda: ListSub([1]).__reduce_ex__(0))
t("flags", lambda: (int.__flags__ & (1<<9), P.__flags__ & (1 << 9), bool(P.__flags__ & (1<<10))))
t("range", lambda: range(3).__reduce_ex__(2))
t("set", lambda: {1}.__reduce_ex__(2))
t("proto big", lambda: P().__reduce_ex__(5)[0].__name__)
t("proto neg", lambda: P().__reduce_ex__(-1))
t("getstate obj type", lambda: type(P().__getstate__))
t("getstate on object class", lambda: object.__getstate__(P()))

# Round trips through the reduce value, as copy.copy does.
def rebuild(obj, proto):
    r = obj.__reduce_ex__(proto)
    new = r[0](*r[1])
    state = r[2] if len(r) > 2 else None
    if state:
        if isinstance(state, tuple):
            d, slots = state
            if d:
                new.__dict__.update(d)
            for k, v in slots.items():
                setattr(new, k, v)
        else:
            new.__dict__.update(state)
    if len(r) > 3 and r[3] is not None:
        new.extend(r[3])
    if len(r) > 4 and r[4] is not None:
        for k, v in r[4]:
            new[k] = v
    return new
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
for proto in (0, 1, 2, 4):
    print(proto, rebuild(Point(1, [2]), proto), rebuild(ListSub([1, 2]), proto) if proto >= 2 else "-", rebuild(sd, proto).a if proto >= 2 else "-")
# expect: no arg -> TypeError: object.__reduce_ex__() takes exactly one argument (0 given)
# expect: str arg -> TypeError: 'str' object cannot be interpreted as an integer
# expect: kw arg -> TypeError: object.__reduce_ex__() takes no keyword arguments
# expect: reduce args -> TypeError: object.__reduce__() takes no arguments (1 given)
# expect: getstate args -> TypeError: object.__getstate__() takes no arguments (1 given)
# expect: list ('__newobj__', (<class 'list'>,), None)
# expect: copyreg functions True
# expect: list items [1, 2]
# expect: dict ('__newobj__', (<class 'dict'>,), None)
# expect: dict items [(1, 2)]
# expect: list sub ('__newobj__', (<class '__main__.L'>,), {'x': 1})
# expect: int ('__newobj__', (<class 'int'>, 5), None, None, None)
# expect: int 1 -> TypeError: cannot pickle 'int' object
# expect: int 0 -> TypeError: cannot pickle 'int' object
# expect: str ('__newobj__', (<class 'str'>, 'ab'), None, None, None)
# expect: tuple ('__newobj__', (<class 'tuple'>, (1, 2)), None, None, None)
# expect: float ('__newobj__', (<class 'float'>, 1.5), None, None, None)
# expect: none ('__newobj__', (<class 'NoneType'>,), None, None, None)
# expect: object ('__newobj__', (<class 'object'>,), None, None, None)
# expect: object 0 ('_reconstructor', (<class 'object'>, <class 'object'>, None))
# expect: object reduce ('_reconstructor', (<class 'object'>, <class 'object'>, None))
# expect: gen -> TypeError: cannot pickle 'generator' object
# expect: gen 0 -> TypeError: cannot pickle 'generator' object
# expect: func -> TypeError: cannot pickle 'function' object
# expect: getnewargs ('__newobj__', (<class '__main__.GNA'>, 1, 2), None, None, None)
# expect: getnewargs_ex ('__newobj_ex__', (<class '__main__.GNAX'>, (1,), {'k': 2}), None, None, None)
# expect: getnewargs_ex empty kw ('__newobj__', (<class '__main__.GNAX0'>, 1), None, None, None)
# expect: bad1 -> TypeError: __getnewargs_ex__ should return a tuple, not 'list'
# expect: bad2 -> ValueError: __getnewargs_ex__ should return a tuple of length 2, not 3
# expect: bad3 -> TypeError: first item of the tuple returned by __getnewargs_ex__ must be a tuple, not 'int'
# expect: bad4 -> TypeError: second item of the tuple returned by __getnewargs_ex__ must be a dict, not 'int'
# expect: bad5 -> TypeError: __getnewargs__ should return a tuple, not 'list'
# expect: override reduce 'custom'
# expect: override reduce 0 'custom'
# expect: slots 2 ('__newobj__', (<class '__main__.Slots'>,), (None, {'b': 2}), None, None)
# expect: slots 1 -> TypeError: a class that defines __slots__ without defining __getstate__ cannot be pickled
# expect: slots getstate (None, {'b': 2})
# expect: slotnames ['a', 'b']
# expect: slots+dict ({'z': 2}, {'a': 1})
# expect: sub slots (None, {'_Sub__c': 3, 'a': 1})
# expect: sub slotnames ['_Sub__c', 'a', 'b']
# expect: empty 2 ('__newobj__', (<class '__main__.Empty'>,), None, None, None)
# expect: empty 1 ('_reconstructor', (<class '__main__.Empty'>, <class 'object'>, None))
# expect: empty 0 ('_reconstructor', (<class '__main__.Empty'>, <class 'object'>, None))
# expect: custom gs 1 ('_reconstructor', (<class '__main__.GS'>, <class 'object'>, None), {'s': 1})
# expect: falsy gs 1 ('_reconstructor', (<class '__main__.GSF'>, <class 'object'>, None))
# expect: falsy gs 2 ('__newobj__', (<class '__main__.GSF'>,), 0, None, None)
# expect: int sub 2 ('__newobj__', (<class '__main__.IntSub'>, 7), {'q': 1}, None, None)
# expect: int sub 1 ('_reconstructor', (<class '__main__.IntSub'>, <class 'int'>, 7), {'q': 1})
# expect: int sub 0 ('_reconstructor', (<class '__main__.IntSub'>, <class 'int'>, 7), {'q': 1})
# expect: list sub 0 ('_reconstructor', (<class '__main__.ListSub'>, <class 'list'>, [1]))
# expect: flags (0, 512, True)
# expect: range (<class 'range'>, (0, 3, 1))
# expect: set (<class 'set'>, ([1],), None)
# expect: proto big '__newobj__'
# expect: proto neg ('_reconstructor', (<class '__main__.P'>, <class 'object'>, None), {'a': 1})
# expect: getstate obj type <class 'builtin_function_or_method'>
# expect: getstate on object class {'a': 1}
# expect: 0 Point(1, [2]) - -
# expect: 1 Point(1, [2]) - -
# expect: 2 Point(1, [2]) [1, 2] 1
# expect: 4 Point(1, [2]) [1, 2] 1

# weak references to instances of str subclasses (slots after the dict and the weak list), cycles through
# the instance dict collected; tuple/bytes subclasses and slotted str subclasses refuse them as in CPython
import _weakref as w, gc
class S(str):
    pass
class T(S):
    __slots__ = ("a", "b")
class U(tuple):
    pass
class B(bytes):
    pass
for cls, arg in ((S, "hello"), (T, "héllo wörld"), (U, (1, 2, 3)), (B, b"xyz")):
    o = cls(arg)
    o.d = [o]
    if cls is T:
        o.a, o.b = 1, [o]
    try:
        r = w.ref(o, lambda ref: print("callback", cls.__name__))
    except TypeError as e:
        print("TypeError:", e)
        r = lambda: "no weak reference"
    print(cls.__name__, r() is o, o.d[0] is o, getattr(o, "a", None), len(o), o == arg, w.getweakrefcount(o))
    del o
    gc.collect()
    print(r())
class P(str):
    __slots__ = ("p",)
p = P("x")
try:
    w.ref(p)
except TypeError as e:
    print("TypeError:", e)
class Q(str):
    __slots__ = ("q", "__weakref__")
q = Q("y")
q.q = 3
print(w.ref(q)() is q, q.q)

# expect: S True True None 5 True 1
# expect: callback S
# expect: None
# expect: T True True 1 11 True 1
# expect: callback T
# expect: None
# expect: TypeError: cannot create weak reference to 'U' object
# expect: U False True None 3 True 0
# expect: no weak reference
# expect: TypeError: cannot create weak reference to 'B' object
# expect: B False True None 3 True 0
# expect: no weak reference
# expect: TypeError: cannot create weak reference to 'P' object
# expect: True 3

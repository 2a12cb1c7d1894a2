# The __weakref__ slot: classes get one unless __slots__ leaves it out; the
# __weakref__ attribute; CPython's errors; layouts stay compatible.
import _weakref
import gc
gc.disable()

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class Plain:
    pass
class Slotted:
    __slots__ = ("v",)
class SlottedWeak:
    __slots__ = ("v", "__weakref__")
class Empty:
    __slots__ = ()
class FromEmpty(Empty):
    pass
class StillEmpty(SlottedWeak):
    __slots__ = ()
class Both:
    __slots__ = ("__dict__", "__weakref__")

attempt("slots without __weakref__:", lambda: _weakref.ref(Slotted()))
# expect: slots without __weakref__: TypeError: cannot create weak reference to 'Slotted' object
attempt("empty slots:", lambda: _weakref.ref(Empty()))
# expect: empty slots: TypeError: cannot create weak reference to 'Empty' object
for cls in (Plain, SlottedWeak, FromEmpty, StillEmpty, Both):
    obj = cls()
    r = _weakref.ref(obj)
    print(cls.__name__, r() is obj, obj.__weakref__ is r, "__weakref__" in cls.__dict__)
# expect: Plain True True True
# expect: SlottedWeak True True True
# expect: FromEmpty True True True
# expect: StillEmpty True True False
# expect: Both True True True
sw = SlottedWeak()
print(sw.__weakref__, hasattr(Slotted(), "__weakref__"), hasattr(Empty(), "__weakref__"))
# expect: None False False
sw.v = 5
first = _weakref.ref(sw)
second = _weakref.ref(sw, lambda r: None)
print(sw.__weakref__ is first, sw.v)
# expect: True 5
del first
print(sw.__weakref__ is second)
# expect: True
d = Both()
d.x = 1
print(d.__dict__, _weakref.ref(d)() is d)
# expect: {'x': 1} True
print(repr(Plain.__dict__["__weakref__"]), Plain.__weakref__.__doc__)
# expect: <attribute '__weakref__' of 'Plain' objects> list of weak references to the object
attempt("set __weakref__:", lambda: setattr(sw, "__weakref__", 1))
# expect: set __weakref__: AttributeError: attribute '__weakref__' of 'SlottedWeak' objects is not writable
attempt("del __weakref__:", lambda: delattr(sw, "__weakref__"))
# expect: del __weakref__: AttributeError: attribute '__weakref__' of 'SlottedWeak' objects is not writable
attempt("descriptor on another type:", lambda: Plain.__dict__["__weakref__"].__get__(1))
# expect: descriptor on another type: TypeError: descriptor '__weakref__' for 'Plain' objects doesn't apply to a 'int' object
attempt("no __weakref__ on functions:", lambda: len.__weakref__)
# expect: no __weakref__ on functions: AttributeError: 'builtin_function_or_method' object has no attribute '__weakref__'
attempt("only __dict__:", lambda: type("X", (), {"__slots__": ("__dict__",)})().__weakref__)
# expect: only __dict__: AttributeError: 'X' object has no attribute '__weakref__'

# Errors.
attempt("twice:", lambda: type("B", (), {"__slots__": ("__weakref__", "__weakref__")}))
# expect: twice: TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0
attempt("base has one:", lambda: type("B", (Plain,), {"__slots__": ("__weakref__",)}))
# expect: base has one: TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0
attempt("base slots has one:", lambda: type("B", (SlottedWeak,), {"__slots__": ("__weakref__",)}))
# expect: base slots has one: TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0
for base in (int, tuple):
    attempt(base.__name__ + ":", lambda: type("B", (base,), {"__slots__": ("__weakref__",)}))
# expect: int: TypeError: nonempty __slots__ not supported for subtype of 'int'
# expect: tuple: TypeError: nonempty __slots__ not supported for subtype of 'tuple'
attempt("dict:", lambda: _weakref.ref(type("B", (dict,), {"__slots__": ("__weakref__",)})()) is not None)
# expect: dict: True
attempt("set:", lambda: type("B", (set,), {"__slots__": ("__weakref__",)}))
# expect: set: TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0

# A second base brings its weak-reference list along.
class A1:
    __slots__ = ()
class A2:
    __slots__ = ("__weakref__",)
class Mixed(A1, A2):
    __slots__ = ()
print(_weakref.ref(Mixed())() is None, "__weakref__" in Mixed.__dict__, "__weakref__" in A1.__dict__)
# expect: True True False

# The weak-reference list does not make a layout conflict: classes that
# differ only by it and a __dict__ combine, and __class__ can be assigned
# between equal layouts only.
class P1:
    pass
class P2:
    pass
class Multi(P1, P2):
    pass
m = Multi()
print(_weakref.ref(m)() is m, Multi.__mro__[1:3] == (P1, P2))
# expect: True True
m.__class__ = P1
print(type(m).__name__)
# expect: P1
s = SlottedWeak()
attempt("__class__ to a layout without it:", lambda: setattr(s, "__class__", Slotted))
# expect: __class__ to a layout without it: TypeError: __class__ assignment: 'Slotted' object layout differs from 'SlottedWeak'

# Slot values are still released, and a weak reference to an instance in a
# slot of another works.
class Holder:
    __slots__ = ("obj", "__weakref__")
h = Holder()
h.obj = Plain()
inner = _weakref.ref(h.obj, lambda r: print("inner died"))
outer = _weakref.ref(h, lambda r: print("holder died"))
del h
print("done")
# expect: holder died
# expect: inner died
# expect: done

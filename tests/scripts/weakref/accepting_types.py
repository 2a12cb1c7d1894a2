# Which objects accept weak references: exactly those CPython 3.11 accepts.
import _weakref
import _thread
import gc
import io
import sys
gc.disable()

def check(label, obj):
    try:
        r = _weakref.ref(obj)
        print(label, "ok", r() is obj)
    except TypeError as e:
        print(label, "TypeError:", e)

class K:
    def m(self):
        pass
    @property
    def prop(self):
        return 1

def gen():
    yield 1

def func():
    pass

def cell_of(x):
    return (lambda: x).__closure__[0]

try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__

samples = [
    ("int", 12345), ("float", 1.5), ("str", "text"), ("bytes", b"b"), ("tuple", (1, 2)), ("list", [1]),
    ("dict", {}), ("None", None), ("bool", True), ("range", range(3)), ("slice", slice(1)),
    ("Ellipsis", ...), ("NotImplemented", NotImplemented), ("object", object()), ("property", K.prop),
    ("staticmethod", staticmethod(func)), ("classmethod", classmethod(func)), ("cell", cell_of(1)),
    ("exception", ValueError()), ("list iterator", iter([])), ("method_descriptor", str.join),
    ("wrapper_descriptor", int.__add__), ("method-wrapper", (1).__add__), ("super", super(K, K())),
    ("enumerate", enumerate([])), ("zip", zip()), ("map", map(len, [])), ("filter", filter(None, [])),
    ("reversed", reversed([])), ("traceback", tb),
    ("set", set()), ("frozenset", frozenset()), ("type", int), ("class", K), ("instance", K()),
    ("function", func), ("lambda", lambda: 0), ("builtin function", len), ("bound builtin", [].append),
    ("bound method", K().m), ("code", func.__code__), ("generator", gen()), ("genexpr", (x for x in [])),
    ("module", sys), ("lock", _thread.allocate_lock()), ("RLock", _thread.RLock()), ("local", _thread._local()),
    ("StringIO", io.StringIO()), ("stdout", sys.stdout),
]
for label, obj in samples:
    check(label, obj)
# expect: int TypeError: cannot create weak reference to 'int' object
# expect: float TypeError: cannot create weak reference to 'float' object
# expect: str TypeError: cannot create weak reference to 'str' object
# expect: bytes TypeError: cannot create weak reference to 'bytes' object
# expect: tuple TypeError: cannot create weak reference to 'tuple' object
# expect: list TypeError: cannot create weak reference to 'list' object
# expect: dict TypeError: cannot create weak reference to 'dict' object
# expect: None TypeError: cannot create weak reference to 'NoneType' object
# expect: bool TypeError: cannot create weak reference to 'bool' object
# expect: range TypeError: cannot create weak reference to 'range' object
# expect: slice TypeError: cannot create weak reference to 'slice' object
# expect: Ellipsis TypeError: cannot create weak reference to 'ellipsis' object
# expect: NotImplemented TypeError: cannot create weak reference to 'NotImplementedType' object
# expect: object TypeError: cannot create weak reference to 'object' object
# expect: property TypeError: cannot create weak reference to 'property' object
# expect: staticmethod TypeError: cannot create weak reference to 'staticmethod' object
# expect: classmethod TypeError: cannot create weak reference to 'classmethod' object
# expect: cell TypeError: cannot create weak reference to 'cell' object
# expect: exception TypeError: cannot create weak reference to 'ValueError' object
# expect: list iterator TypeError: cannot create weak reference to 'list_iterator' object
# expect: method_descriptor TypeError: cannot create weak reference to 'method_descriptor' object
# expect: wrapper_descriptor TypeError: cannot create weak reference to 'wrapper_descriptor' object
# expect: method-wrapper TypeError: cannot create weak reference to 'method-wrapper' object
# expect: super TypeError: cannot create weak reference to 'super' object
# expect: enumerate TypeError: cannot create weak reference to 'enumerate' object
# expect: zip TypeError: cannot create weak reference to 'zip' object
# expect: map TypeError: cannot create weak reference to 'map' object
# expect: filter TypeError: cannot create weak reference to 'filter' object
# expect: reversed TypeError: cannot create weak reference to 'list_reverseiterator' object
# expect: traceback TypeError: cannot create weak reference to 'traceback' object
# expect: set ok True
# expect: frozenset ok True
# expect: type ok True
# expect: class ok True
# expect: instance ok True
# expect: function ok True
# expect: lambda ok True
# expect: builtin function ok True
# expect: bound builtin ok True
# expect: bound method ok True
# expect: code ok True
# expect: generator ok True
# expect: genexpr ok True
# expect: module ok True
# expect: lock ok True
# expect: RLock ok True
# expect: local ok True
# expect: StringIO ok True
# expect: stdout ok True

# Subclasses: var-sized in CPython (int, tuple) refuse, the others accept.
for base in (int, float, tuple, list, dict, set, frozenset, object, Exception, type):
    S = type("S" + base.__name__, (base,), {})
    obj = S("X", (), {}) if base is type else S()
    check("subclass of " + base.__name__, obj)
# expect: subclass of int TypeError: cannot create weak reference to 'Sint' object
# expect: subclass of float ok True
# expect: subclass of tuple TypeError: cannot create weak reference to 'Stuple' object
# expect: subclass of list ok True
# expect: subclass of dict ok True
# expect: subclass of set ok True
# expect: subclass of frozenset ok True
# expect: subclass of object ok True
# expect: subclass of Exception ok True
# expect: subclass of type ok True
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
check("class with a metaclass", WithMeta)
# expect: class with a metaclass ok True
print(_weakref.ref(WithMeta, print) in _weakref.getweakrefs(WithMeta))
# expect: True

# Coroutines, async generators and buffers.
async def coro_fn():
    pass
async def agen_fn():
    yield 1
co = coro_fn()
ag = agen_fn()
for label, obj in [("coroutine", co), ("async generator", ag), ("memoryview", memoryview(b"abc")),
                   ("bytearray", bytearray(b"x"))]:
    check(label, obj)
# expect: coroutine ok True
# expect: async generator ok True
# expect: memoryview ok True
# expect: bytearray TypeError: cannot create weak reference to 'bytearray' object
cref = _weakref.ref(co, lambda r: print("coroutine gone"))
co.close()
del co
# expect: coroutine gone
for base in (bytes, bytearray):
    S = type("S" + base.__name__, (base,), {})
    check("subclass of " + base.__name__, S())
# expect: subclass of bytes TypeError: cannot create weak reference to 'Sbytes' object
# expect: subclass of bytearray ok True

# type.__text_signature__ and __doc__ under CPython's internal-doc convention
# ("name(sig)\n--\n\n" opening a built-in type's doc); inspect.signature of
# classes without __init__/__new__ stands on object's.
import inspect, dataclasses

print(repr(object.__text_signature__), repr(list.__text_signature__), repr(tuple.__text_signature__),
      repr(float.__text_signature__), repr(int.__text_signature__), repr(dict.__text_signature__))
print(object.__doc__.splitlines()[0], list.__doc__.splitlines()[0], float.__doc__.splitlines()[0])
print(inspect.signature(object), inspect.signature(list), inspect.signature(tuple), inspect.signature(float))
class Plain: pass
print(inspect.signature(Plain))
class C:
    "C(a, b)\n--\n\nbody"
class D(C): pass
print(repr(C.__text_signature__), repr(C.__doc__), repr(D.__text_signature__), inspect.signature(C))
class E:
    "E(x\n--\n\nno closing parenthesis"
class F:
    "G(x)\n--\n\nanother name"
print(E.__text_signature__, F.__text_signature__, "__text_signature__" in type.__dict__)
@dataclasses.dataclass(init=False)
class NoInit:
    x: int = 0
print(inspect.signature(NoInit))
try:
    object.__text_signature__ = "(x)"
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# expect: '()' '(iterable=(), /)' '(iterable=(), /)' '(x=0, /)' None None
# expect: The base class of the class hierarchy. Built-in mutable sequence. Convert a string or number to a floating point number, if possible.
# expect: () (iterable=(), /) (iterable=(), /) (x=0, /)
# expect: ()
# expect: '(a, b)' 'C(a, b)\n--\n\nbody' None (a, b)
# expect: None None True
# expect: ()
# expect: TypeError cannot set '__text_signature__' attribute of immutable type 'object'

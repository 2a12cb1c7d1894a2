# The native _abc module under abc.ABCMeta: abstract methods, register, the
# caches and their invalidation, __subclasshook__, weak sets, messages.
import abc, _abc, gc, weakref, sys
print(abc.ABCMeta.__module__, abc.ABCMeta.register.__qualname__)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @property
    @abc.abstractmethod
    def p(self): pass
    def g(self): pass
print(sorted(A.__abstractmethods__), type(A._abc_impl).__name__)
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
print(sorted(B.__abstractmethods__))
class C(B):
    p = 3
print(sorted(C.__abstractmethods__), C().f())
class V: pass
tok = abc.get_cache_token()
print(A.register(V) is V, abc.get_cache_token() - tok, issubclass(V, A), isinstance(V(), A))
print(issubclass(int, A), isinstance(3, A))
reg, cache, neg, ver = _abc._get_dump(A)
print(len(reg), sorted(r().__name__ for r in cache), sorted(r().__name__ for r in neg), ver == abc.get_cache_token())
try: A.register(3)
except TypeError as e: print(e)
try: V.register
except AttributeError as e: print(e)
class D(abc.ABC): pass
class E(D): pass
try: E.register(D)
except RuntimeError as e: print(e)
print(D.register(D) is D)
class H(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is H: return hasattr(C, "quack")
        return NotImplemented
class Duck:
    quack = 1
print(issubclass(Duck, H), issubclass(int, H), isinstance(Duck(), H))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
try: issubclass(int, Bad)
except AssertionError as e: print("AssertionError", e)
try: issubclass(1, A)
except TypeError as e: print(e)
# dead virtual subclasses leave the sets
class Tmp: pass
A.register(Tmp)
issubclass(Tmp, A)
print(len(_abc._get_dump(A)[0]), len(_abc._get_dump(A)[1]))
del Tmp
gc.collect()
print(len(_abc._get_dump(A)[0]), len(_abc._get_dump(A)[1]))
A._abc_registry_clear(); A._abc_caches_clear()
print([len(s) for s in _abc._get_dump(A)[:3]], issubclass(V, A))
import collections.abc as cabc
class MySeq:
    def __len__(self): return 2
    def __getitem__(self, i): return [5, 6][i]
    def __iter__(self): return iter([5, 6])
cabc.Sequence.register(MySeq)
match MySeq():
    case [*x]: print("sequence", x)
    case _: print("not a sequence")
print(issubclass(list, cabc.Sequence), isinstance({}, cabc.Mapping), isinstance([], cabc.Hashable))
for f, a in [(_abc._abc_init, ()), (_abc._abc_register, (1,)), (_abc._abc_instancecheck, ()), (_abc._abc_subclasscheck, (1,2,3)), (_abc._get_dump, ()), (_abc._reset_registry, ()), (_abc._reset_caches,()), (_abc.get_cache_token, (1,)), (_abc._abc_init, (1,)), (_abc._abc_subclasscheck, (1,2)),(_abc._abc_register, (1,2)), (_abc._get_dump, (1,))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
class W: _abc_impl = 5
try: _abc._abc_subclasscheck(W, int)
except TypeError as e: print(e)
print(_abc.__doc__, sorted(n for n in dir(_abc) if not n.startswith("__")))
print(type(A._abc_impl).__module__, type(A._abc_impl).__qualname__)
# expect: abc ABCMeta.register
# expect: ['f', 'p'] _abc_data
# expect: Can't instantiate abstract class A with abstract methods f, p
# expect: ['p']
# expect: [] 1
# expect: True 1 True True
# expect: False False
# expect: 1 [] ['int'] True
# expect: Can only register classes
# expect: type object 'V' has no attribute 'register'
# expect: Refusing to create an inheritance cycle
# expect: True
# expect: True False True
# expect: AssertionError __subclasshook__ must return either False, True, or NotImplemented
# expect: issubclass() arg 1 must be a class
# expect: 2 0
# expect: 1 0
# expect: [0, 0, 0] False
# expect: sequence [5, 6]
# expect: True True False
# expect: TypeError _abc._abc_init() takes exactly one argument (0 given)
# expect: TypeError _abc_register expected 2 arguments, got 1
# expect: TypeError _abc_instancecheck expected 2 arguments, got 0
# expect: TypeError _abc_subclasscheck expected 2 arguments, got 3
# expect: TypeError _abc._get_dump() takes exactly one argument (0 given)
# expect: TypeError _abc._reset_registry() takes exactly one argument (0 given)
# expect: TypeError _abc._reset_caches() takes exactly one argument (0 given)
# expect: TypeError _abc.get_cache_token() takes no arguments (1 given)
# expect: AttributeError 'int' object has no attribute '__dict__'
# expect: TypeError issubclass() arg 1 must be a class
# expect: TypeError Can only register classes
# expect: AttributeError 'int' object has no attribute '_abc_impl'
# expect: _abc_impl is set to a wrong type
# expect: Module contains faster C implementation of abc.ABCMeta ['_abc_init', '_abc_instancecheck', '_abc_register', '_abc_subclasscheck', '_get_dump', '_reset_caches', '_reset_registry', 'get_cache_token']
# expect: _abc _abc_data

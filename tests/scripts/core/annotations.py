# Parameter and return annotations fill __annotations__ (MAKE_FUNCTION flag 4).
def f(a: int, /, b: "s" = 1, *args: list, c: float, d=2, **kw: dict) -> str: pass
print(f.__annotations__)
class K:
    def __m(self, __p: int) -> None: pass
print(K._K__m.__annotations__)
def g(): pass
print(g.__annotations__)
def h(x: (lambda: 5)(), y: [i for i in range(2)] = 3) -> {1: 2}: return x
print(h.__annotations__, h.__defaults__)
def outer():
    T = list
    def inner(p: T) -> T: pass
    return inner
print(outer().__annotations__)
def deco(fn):
    print("deco sees", fn.__annotations__)
    return fn
@deco
def k(z: print("evaluated")): pass
k.__annotations__ = {"q": 1}
print(k.__annotations__)
try:
    k.__annotations__ = 5
except TypeError as e:
    print(e)
# expect: {'b': 's', 'a': <class 'int'>, 'args': <class 'list'>, 'c': <class 'float'>, 'kw': <class 'dict'>, 'return': <class 'str'>}
# expect: {'_K__p': <class 'int'>, 'return': None}
# expect: {}
# expect: {'x': 5, 'y': [0, 1], 'return': {1: 2}} (3,)
# expect: {'p': <class 'list'>, 'return': <class 'list'>}
# expect: evaluated
# expect: deco sees {'z': None}
# expect: {'q': 1}
# expect: __annotations__ must be set to a dict object

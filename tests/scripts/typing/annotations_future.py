# Annotations under PEP 563: functions, classes, modules, locals, complex targets.
from __future__ import annotations
import sys

def f(a: int, b: list[int] = None, *args: str, c: dict[str, Undefined] = 1, **kw: "quoted") -> int | None:
    return a
print(f.__annotations__, f(5), f.__defaults__, f.__kwdefaults__)

class Model:
    name: str
    size: int = 3
    tags: list[Missing] = []
    ratio: float | None
    __private: Secret
    def method(self, other: Model) -> Model:
        return self
print(Model.__annotations__, Model.size, hasattr(Model, "name"), "ratio" in vars(Model))
print(Model.method.__annotations__)

counter: int = 10
later: Unknown
print(__annotations__, counter, "later" in globals())

def locals_not_stored():
    inner: NotDefinedAnywhere = 5
    other: int
    return inner, sorted(locals())
print(locals_not_stored())

class Holder:
    pass
h = Holder()
h.attr: NeverEvaluated = 1
d = {}
d["key"]: AlsoNever = 2
h.bare: NotEvaluatedEither
print(h.attr, d, "bare" in vars(h))

print(eval(f.__annotations__["b"]), eval(f.__annotations__["return"]), eval(Model.__annotations__["ratio"]))
try:
    eval(f.__annotations__["c"])
except NameError as e:
    print("NameError:", e)

class Box:
    item: "already a string"
    nested: list["Box"]
print(Box.__annotations__)

fa = f.__annotations__
fa["extra"] = "added"
print("extra" in f.__annotations__, f.__annotations__ is fa)
f.__annotations__ = {"replaced": "yes"}
print(f.__annotations__)
try:
    f.__annotations__ = [1]
except TypeError as e:
    print("TypeError:", e)
del f.__annotations__
print(f.__annotations__)
lam = lambda x: x
print(lam.__annotations__, type(lam.__annotations__).__name__)
def g() -> "x":
    pass
print(g.__annotations__)
def no_annotations(a, b):
    pass
print(no_annotations.__annotations__)
mod = type(sys)("m")
print(mod.__annotations__, "__annotations__" in vars(mod))
# expect: {'a': 'int', 'b': 'list[int]', 'args': 'str', 'c': 'dict[str, Undefined]', 'kw': "'quoted'", 'return': 'int | None'} 5 (None,) {'c': 1}
# expect: {'name': 'str', 'size': 'int', 'tags': 'list[Missing]', 'ratio': 'float | None', '_Model__private': 'Secret'} 3 False False
# expect: {'other': 'Model', 'return': 'Model'}
# expect: {'counter': 'int', 'later': 'Unknown'} 10 False
# expect: (5, ['inner'])
# expect: 1 {'key': 2} False
# expect: list[int] int | None float | None
# expect: NameError: name 'Undefined' is not defined
# expect: {'item': "'already a string'", 'nested': "list['Box']"}
# expect: True True
# expect: {'replaced': 'yes'}
# expect: TypeError: __annotations__ must be set to a dict object
# expect: {}
# expect: {} dict
# expect: {'return': "'x'"}
# expect: {}
# expect: {} True

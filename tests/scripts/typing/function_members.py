# function.__globals__, __builtins__, __closure__ are read-only member
# descriptors (types.MemberDescriptorType); dataclasses relies on that type to
# tell a __slots__ member from a default value.
import types, dataclasses
from typing import Any
d = types.FunctionType.__dict__
print(types.MemberDescriptorType, d["__globals__"], d["__closure__"], d["__builtins__"])
print(type(d["__code__"]).__name__, type(d["__name__"]).__name__)
def outer():
    x = 1
    def inner(): return x
    return inner
f = outer()
print(f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
print(type(f.__closure__).__name__, len(f.__closure__), outer.__closure__)
for a in ["__globals__", "__closure__", "__builtins__"]:
    for op in (lambda: setattr(f, a, {}), lambda: delattr(f, a)):
        try:
            op()
        except AttributeError as e:
            print(a, e)

@dataclasses.dataclass
class C:
    __slots__ = ("x",)
    x: Any
try:
    C()
except TypeError as e:
    print(e)
c = C(10)
c.x = 5
print(c.x)
try:
    c.y = 5
except AttributeError as e:
    print(e)

@dataclasses.dataclass
class Base:
    __slots__ = ("x",)
    x: Any
@dataclasses.dataclass
class Derived(Base):
    x: int
    y: int
dd = Derived(1, 2)
dd.z = 10
print(dd.x, dd.y, dd.z)
# expect: <class 'member_descriptor'> <member '__globals__' of 'function' objects> <member '__closure__' of 'function' objects> <member '__builtins__' of 'function' objects>
# expect: getset_descriptor getset_descriptor
# expect: True True
# expect: tuple 1 None
# expect: __globals__ readonly attribute
# expect: __globals__ readonly attribute
# expect: __closure__ readonly attribute
# expect: __closure__ readonly attribute
# expect: __builtins__ readonly attribute
# expect: __builtins__ readonly attribute
# expect: C.__init__() missing 1 required positional argument: 'x'
# expect: 5
# expect: 'C' object has no attribute 'y'
# expect: 1 2 10

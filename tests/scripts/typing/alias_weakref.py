# Weak references to types.GenericAlias and its subclasses (typing's
# collections.abc.Callable alias is one); UnionType refuses them.
import weakref, gc
from collections.abc import Callable

a = list[int]
r = weakref.ref(a)
print(r() is a, r() == list[int])
c = Callable[[int], str]
rc = weakref.ref(c)
print(type(c).__name__, rc() is c, rc())
del a, c
gc.collect()
print(r(), rc())
class Sub(type(list[int])):
    pass
s = Sub(dict, (str, int))
print(weakref.ref(s)() is s, hasattr(s, "__dict__"))
try:
    weakref.ref(int | str)
except TypeError as e:
    print(e)
# expect: True True
# expect: _CallableGenericAlias True collections.abc.Callable[[int], str]
# expect: None None
# expect: True True
# expect: cannot create weak reference to 'types.UnionType' object

# _weakref.ref: calling, __callback__, the shared basic reference, repr, type names.
import _weakref
import gc
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name

def show(r, *objs):
    # repr with the addresses replaced, so the lines do not depend on the run
    s = repr(r)
    for label, o in objs:
        s = s.replace(hex(id(o)), label)
    return s

a = Node("a")
r = _weakref.ref(a)
print(r() is a, r.__callback__, type(r).__name__, type(r) is _weakref.ReferenceType, _weakref.ref is _weakref.ReferenceType)
# expect: True None ReferenceType True True
print(_weakref.ref(a) is r, _weakref.getweakrefcount(a))
# expect: True 1
cb = lambda ref: None
rc = _weakref.ref(a, cb)
print(rc is r, rc.__callback__ is cb, _weakref.ref(a, cb) is rc, _weakref.getweakrefcount(a))
# expect: False True False 2
print(_weakref.ref(a, None) is r)
# expect: True
print(show(r, ("R", r), ("A", a)))
# expect: <weakref at R; to 'Node' at A>
print(show(_weakref.ref(Node), ("R", _weakref.ref(Node)), ("N", Node)))
# expect: <weakref at R; to 'type' at N (Node)>
def f():
    pass
print(show(_weakref.ref(f), ("R", _weakref.ref(f)), ("F", f)))
# expect: <weakref at R; to 'function' at F (f)>
print(show(_weakref.ref(len), ("R", _weakref.ref(len)), ("L", len)))
# expect: <weakref at R; to 'builtin_function_or_method' at L (len)>
del a
print(r(), rc(), show(r, ("R", r)))
# expect: None None <weakref at R; dead>
print(repr(_weakref.ref), repr(_weakref.ProxyType), repr(_weakref.CallableProxyType))
# expect: <class 'weakref.ReferenceType'> <class 'weakref.ProxyType'> <class 'weakref.CallableProxyType'>
print(_weakref.ref.__name__, _weakref.ref.__qualname__, _weakref.ref.__module__, _weakref.__name__, _weakref.__doc__)
# expect: ReferenceType ReferenceType weakref _weakref Weak-reference support module.
print(repr(_weakref.ref.__callback__))
# expect: <member '__callback__' of 'weakref.ReferenceType' objects>
print(sorted(n for n in dir(_weakref) if not n.startswith("__")))
# expect: ['CallableProxyType', 'ProxyType', 'ReferenceType', '_remove_dead_weakref', 'getweakrefcount', 'getweakrefs', 'proxy', 'ref']

# Errors.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

b = Node("b")
rb = _weakref.ref(b)
attempt("call with arg:", lambda: rb(1))
# expect: call with arg: TypeError: weakref expected 0 arguments, got 1
attempt("call with kw:", lambda: rb(x=1))
# expect: call with kw: TypeError: weakref() takes no keyword arguments
attempt("no args:", lambda: _weakref.ref())
# expect: no args: TypeError: __new__ expected at least 1 argument, got 0
attempt("three args:", lambda: _weakref.ref(b, None, 3))
# expect: three args: TypeError: __new__ expected at most 2 arguments, got 3
attempt("keyword:", lambda: _weakref.ref(b, callback=None))
# expect: keyword: TypeError: ref() takes no keyword arguments
attempt("__init__ three:", lambda: rb.__init__(b, None, 3))
# expect: __init__ three: TypeError: __init__ expected at most 2 arguments, got 3
attempt("__init__ other:", lambda: rb.__init__(Node("c")))
# expect: __init__ other: None
attempt("set __callback__:", lambda: setattr(rb, "__callback__", None))
# expect: set __callback__: AttributeError: readonly attribute
attempt("attribute:", lambda: rb.name)
# expect: attribute: AttributeError: 'weakref.ReferenceType' object has no attribute 'name'
attempt("set attribute:", lambda: setattr(rb, "name", 1))
# expect: set attribute: AttributeError: 'weakref.ReferenceType' object has no attribute 'name'
attempt("not callable callback:", lambda: _weakref.ref(b, 5).__callback__)
# expect: not callable callback: 5
attempt("ordering:", lambda: rb < rb)
# expect: ordering: TypeError: '<' not supported between instances of 'weakref.ReferenceType' and 'weakref.ReferenceType'
attempt("ref of ref:", lambda: _weakref.ref(rb))
# expect: ref of ref: TypeError: cannot create weak reference to 'weakref.ReferenceType' object
attempt("subclass proxy:", lambda: type("P", (_weakref.ProxyType,), {}))
# expect: subclass proxy: TypeError: type 'weakref.ProxyType' is not an acceptable base type
print(gc.is_tracked(rb), gc.get_referents(rb), gc.get_referents(_weakref.ref(b, print)) == [print])
# expect: True [] True

# Subclasses of ref, as weakref.py builds them: a keyed reference with
# __slots__ and __new__/__init__ overrides, and a weak bound method.
import _weakref
import gc
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
    def hello(self, suffix=""):
        return "hello from " + self.name + suffix

# A reference that remembers a key (as weakref.KeyedRef, in keyedref.py).
from keyedref import KeyedRef

removed = []
table = {}
def on_death(r):
    removed.append(r.key)
    del table[r.key]
a, b = Node("a"), Node("b")
table["ka"] = KeyedRef(a, on_death, "ka")
table["kb"] = KeyedRef(b, on_death, "kb")
k = table["ka"]
print(type(k).__name__, k.key, k() is a, k.__callback__ is on_death, isinstance(k, _weakref.ref))
# expect: KeyedRef ka True True True
print(k == _weakref.ref(a), hash(k) == hash(_weakref.ref(a)), KeyedRef(a, None, 1) is KeyedRef(a, None, 1))
# expect: True True False
extra = [_weakref.ref(a), KeyedRef(a, None, "extra")]
print([getattr(w, "key", "basic") for w in _weakref.getweakrefs(a)])
# expect: ['basic', 'extra', 'ka']
del extra
try:
    k.other = 1
except AttributeError as e:
    print("AttributeError:", e)
# expect: AttributeError: 'KeyedRef' object has no attribute 'other'
try:
    _weakref.ref(k)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: cannot create weak reference to 'KeyedRef' object
del k
del a
print(removed, sorted(table))
# expect: ['ka'] ['kb']
del b
print(removed, table)
# expect: ['ka', 'kb'] {}

# A weak reference to a bound method (as weakref.WeakMethod): refers weakly to
# the object and to the function, and rebuilds the method when called.
class WeakBound(_weakref.ref):
    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")
    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = _weakref.ref.__new__(cls, obj, _cb)
        self._func_ref = _weakref.ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = _weakref.ref(self)
        return self
    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)
    def __eq__(self, other):
        if isinstance(other, WeakBound):
            if not self._alive or not other._alive:
                return self is other
            return _weakref.ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented
    def __ne__(self, other):
        if isinstance(other, WeakBound):
            if not self._alive or not other._alive:
                return self is not other
            return _weakref.ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented
    __hash__ = _weakref.ref.__hash__

n = Node("n")
wm = WeakBound(n.hello, lambda w: print("method died, alive:", w._alive))
print(wm()(), wm()("!"), type(wm()).__name__, wm == WeakBound(n.hello), wm != WeakBound(n.hello))
# expect: hello from n hello from n! method True False
print(_weakref.ref(n.hello)(), hash(wm) == hash(n), _weakref.ref(wm)() is wm)
# expect: None True True
try:
    WeakBound(print)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: argument should be a bound method, not <class 'builtin_function_or_method'>
del n
# expect: method died, alive: False
print(wm(), wm._alive, wm == wm)
# expect: None False True

# A subclass with a __dict__ and keyword arguments in its own __init__.
class Tagged(_weakref.ref):
    def __init__(self, obj, callback=None, **tags):
        super().__init__(obj, callback)
        self.__dict__.update(tags)
t_obj = Node("t")
t = Tagged(t_obj, None, colour="red")
print(t.colour, t() is t_obj, t.__callback__, Tagged(t_obj) is Tagged(t_obj))
# expect: red True None False

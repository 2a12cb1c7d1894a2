# _warnings, the native filters behind warnings.py: actions, registries, filters matching, display.
import _warnings, sys, io, os
# What the default display writes to sys.stderr is captured and printed.
captured = io.StringIO()
sys.stderr = captured
print(_warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry)
def f():
    _warnings.warn("hello")
f()
f()
_warnings.warn("dep", DeprecationWarning)
_warnings.warn("pend", PendingDeprecationWarning)
_warnings.warn(RuntimeWarning("inst"))
for i in range(3):
    _warnings.warn("loop", UserWarning)
print(sorted(map(str, __warningregistry__)))
_warnings.filters.insert(0, ("error", None, UserWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("boom")
except UserWarning as e:
    print("raised", repr(e))
_warnings.filters.pop(0)
_warnings._filters_mutated()
_warnings.filters.insert(0, ("always", None, UserWarning, None, 0))
for i in range(2):
    _warnings.warn("always")
_warnings.filters[0] = ("once", None, UserWarning, None, 0)
def g(): _warnings.warn("once msg")
g(); g()
print(_warnings._onceregistry)
_warnings.filters[0] = ("module", None, UserWarning, None, 0)
for i in range(2):
    _warnings.warn("module msg", stacklevel=1)
_warnings.filters[0] = ("bogus", None, UserWarning, None, 0)
try: _warnings.warn("x")
except RuntimeError as e: print(e)
_warnings.filters[0] = ("ignore", "exact text", UserWarning, None, 0)
_warnings.warn("exact text")
_warnings.warn("exact text!")
_warnings.filters[0] = ("ignore", None, UserWarning, "__main__", 0)
_warnings.warn("by module")
_warnings.filters[0] = ("ignore", None, Warning, None, 5)
_warnings.warn("not line 5")
del _warnings.filters[0]
try: _warnings.warn("x", int)
except TypeError as e: print(e)
try: _warnings.warn("x", 5)
except TypeError as e: print(e)
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
_warnings.warn_explicit("explicit mod", UserWarning, "somefile.py", 43, module="mymod", registry={})
try: _warnings.warn_explicit("e", UserWarning, 5, 1)
except TypeError as e: print(e)
try: _warnings.warn_explicit("e", UserWarning, "f", 1, registry=5)
except TypeError as e: print(e)
def level2(): _warnings.warn("from caller", stacklevel=2)
level2()
_warnings.warn("sys level", stacklevel=10)
print("_warnings" in sys.modules)
sys.stderr = sys.__stderr__
print(captured.getvalue().replace(__file__, "THIS"), end="")
# expect: [('default', None, <class 'DeprecationWarning'>, '__main__', 0), ('ignore', None, <class 'DeprecationWarning'>, None, 0), ('ignore', None, <class 'PendingDeprecationWarning'>, None, 0), ('ignore', None, <class 'ImportWarning'>, None, 0), ('ignore', None, <class 'ResourceWarning'>, None, 0)]
# expect: default {}
# expect: ["('dep', <class 'DeprecationWarning'>, 12)", "('hello', <class 'UserWarning'>, 9)", "('inst', <class 'RuntimeWarning'>, 14)", "('loop', <class 'UserWarning'>, 16)", 'version']
# expect: raised UserWarning('boom')
# expect: {}
# expect: Unrecognized action ('bogus') in warnings.filters:
# expect:  ('bogus', None, <class 'UserWarning'>, None, 0)
# expect: category must be a Warning subclass, not 'type'
# expect: category must be a Warning subclass, not 'int'
# expect: warn_explicit() argument 3 must be str, not int
# expect: 'registry' must be a dict or None
# expect: True
# expect: THIS:9: UserWarning: hello
# expect:   _warnings.warn("hello")
# expect: THIS:12: DeprecationWarning: dep
# expect:   _warnings.warn("dep", DeprecationWarning)
# expect: THIS:14: RuntimeWarning: inst
# expect:   _warnings.warn(RuntimeWarning("inst"))
# expect: THIS:16: UserWarning: loop
# expect:   _warnings.warn("loop", UserWarning)
# expect: THIS:28: UserWarning: always
# expect:   _warnings.warn("always")
# expect: THIS:28: UserWarning: always
# expect:   _warnings.warn("always")
# expect: THIS:30: UserWarning: once msg
# expect:   def g(): _warnings.warn("once msg")
# expect: THIS:35: UserWarning: module msg
# expect:   _warnings.warn("module msg", stacklevel=1)
# expect: THIS:41: UserWarning: exact text!
# expect:   _warnings.warn("exact text!")
# expect: THIS:45: UserWarning: not line 5
# expect:   _warnings.warn("not line 5")
# expect: somefile.py:42: UserWarning: explicit
# expect: somefile.py:43: UserWarning: explicit mod
# expect: THIS:58: UserWarning: from caller
# expect:   level2()
# expect: sys:1: UserWarning: sys level

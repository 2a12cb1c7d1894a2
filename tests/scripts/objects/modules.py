# Module objects: PEP 562 __getattr__/__dir__, module.__init__, repr, __class__ assignment, __annotations__.
import sys
M = type(sys)
def t(label, fn):
    try: print(label, repr(fn()))
    except Exception as e: print(label, "->", type(e).__name__ + ":", e)
m = M("m")
t("repr", lambda: m)
t("del missing", lambda: delattr(m, "x"))
t("ann", lambda: m.__annotations__)
t("ann in dict", lambda: "__annotations__" in m.__dict__)
t("del ann", lambda: delattr(m, "__annotations__"))
t("del ann2", lambda: delattr(m, "__annotations__"))
t("set ann", lambda: setattr(m, "__annotations__", 5))
t("get ann", lambda: m.__annotations__)
t("init bad", lambda: M(1))
t("init none", lambda: M())
t("init kw", lambda: M(name="q", doc="d").__doc__)
class Sub(M):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    @property
    def prop(self): return "P"
s = Sub("s", 5)
t("sub", lambda: (type(s).__name__, s.extra, s.__name__, s.prop, sorted(vars(s))))
t("sub repr", lambda: s)
m2 = M("m2")
m2.__class__ = Sub
t("class assign", lambda: (type(m2).__name__, m2.prop))
class Bad(M):
    __slots__ = ("q",)
t("class assign slots", lambda: setattr(M("x"), "__class__", Bad))
t("class assign plain", lambda: setattr(M("x"), "__class__", type("P", (), {})))
t("no name", lambda: M.__new__(M))
mm = M.__new__(M)
t("no name attr", lambda: mm.foo)
t("no name repr", lambda: repr(mm))
t("no name dict", lambda: mm.__dict__)
t("dir no name", lambda: dir(mm))
m3 = M("m3"); m3.__file__ = "/x/y.py"
t("file repr", lambda: m3)
m4 = M("m4"); m4.__loader__ = "LDR"
t("loader repr", lambda: m4)
class Spec:
    name = "specname"; origin = "/o.py"; loader = None; has_location = True
m5 = M("m5"); m5.__spec__ = Spec()
t("spec repr", lambda: m5)
Spec.has_location = False
t("spec repr2", lambda: m5)
Spec.origin = None
t("spec repr3", lambda: m5)
t("sys repr", lambda: sys)
t("dict not dict", lambda: M.__dir__(m))
m6 = M("m6"); m6.__getattr__ = 5
t("getattr not callable", lambda: m6.zz)
m7 = M("m7"); m7.__dir__ = lambda: ("b", "a")
t("dir tuple", lambda: dir(m7))
m8 = M("m8"); m8.__dict__["__name__"] = 3
t("name not str", lambda: m8.zz)
t("dir attr", lambda: M.__dir__)
t("module dict", lambda: sorted(M.__dict__))
class Spec2:
    _initializing = True
m9 = M("m9"); m9.__spec__ = Spec2()
t("initializing", lambda: m9.zz)
t("weird getattr", lambda: getattr(m, 5))
t("eq", lambda: m == m)
# A circular import sees a partially initialized module.
import os, sys as _sys
_sys.dont_write_bytecode = True
d = "/tmp/pyglass_cycle_%d" % os.getpid()
os.mkdir(d)
with open(os.path.join(d, "cyc_a.py"), "w") as f:
    f.write("import cyc_b\nVALUE = 1\n")
with open(os.path.join(d, "cyc_b.py"), "w") as f:
    f.write("import cyc_a\ntry:\n    cyc_a.VALUE\nexcept AttributeError as e:\n    print('cycle:', e)\n")
_sys.path.insert(0, d)
import cyc_a
print("after:", cyc_a.VALUE, cyc_a.cyc_b.__name__)
for n in ("cyc_a.py", "cyc_b.py"):
    os.remove(os.path.join(d, n))
os.rmdir(d)
# expect: repr <module 'm'>
# expect: del missing -> AttributeError: 'module' object has no attribute 'x'
# expect: ann {}
# expect: ann in dict True
# expect: del ann None
# expect: del ann2 -> AttributeError: __annotations__
# expect: set ann None
# expect: get ann 5
# expect: init bad -> TypeError: module() argument 'name' must be str, not int
# expect: init none -> TypeError: module() missing required argument 'name' (pos 1)
# expect: init kw 'd'
# expect: sub ('Sub', 5, 's', 'P', ['__doc__', '__loader__', '__name__', '__package__', '__spec__', 'extra'])
# expect: sub repr <module 's'>
# expect: class assign ('Sub', 'P')
# expect: class assign slots -> TypeError: __class__ assignment: 'Bad' object layout differs from 'module'
# expect: class assign plain -> TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect: no name <module '?'>
# expect: no name attr -> AttributeError: module has no attribute 'foo'
# expect: no name repr "<module '?'>"
# expect: no name dict {}
# expect: dir no name []
# expect: file repr <module 'm3' from '/x/y.py'>
# expect: loader repr <module 'm4' ('LDR')>
# expect: spec repr <module 'specname' from '/o.py'>
# expect: spec repr2 <module 'specname' (/o.py)>
# expect: spec repr3 <module 'specname'>
# expect: sys repr <module 'sys' (built-in)>
# expect: dict not dict ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__']
# expect: getattr not callable -> TypeError: 'int' object is not callable
# expect: dir tuple ['a', 'b']
# expect: name not str -> AttributeError: module has no attribute 'zz'
# expect: dir attr <method '__dir__' of 'module' objects>
# expect: module dict ['__annotations__', '__delattr__', '__dict__', '__dir__', '__doc__', '__getattribute__', '__init__', '__new__', '__repr__', '__setattr__']
# expect: initializing -> AttributeError: partially initialized module 'm9' has no attribute 'zz' (most likely due to a circular import)
# expect: weird getattr -> TypeError: attribute name must be string, not 'int'
# expect: eq True
# expect: cycle: partially initialized module 'cyc_a' has no attribute 'VALUE' (most likely due to a circular import)
# expect: after: 1 cyc_b

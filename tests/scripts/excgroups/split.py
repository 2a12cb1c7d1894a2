# split(), subgroup() and derive(): the tree walk and the metadata of the parts.
def show(e, depth=0):
    if e is None:
        print("  " * depth + "None")
    elif isinstance(e, BaseExceptionGroup):
        print("  " * depth + f"{type(e).__name__}({e.message!r})")
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print("  " * depth + repr(e))

v1, t1, v2, k1 = ValueError(1), TypeError(2), ValueError(3), KeyError(4)
eg = ExceptionGroup("outer", [v1, ExceptionGroup("inner", [t1, v2]), k1])
m, r = eg.split(ValueError)
show(m); show(r)
print(m.exceptions[0] is v1, m.exceptions[1].exceptions[0] is v2)
show(eg.subgroup((TypeError, KeyError)))
show(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1], eg.subgroup(BaseException) is eg)
print(eg.subgroup(OSError), eg.split(OSError)[0])
print(eg.split(OSError)[1] is eg)
show(eg.split(OSError)[1])
print(eg.subgroup(lambda e: True) is eg)

# the predicate sees groups too, outermost first
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)

# bad conditions
for bad in (3, int, (ValueError, 3), "ValueError"):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    eg.subgroup(ValueError, TypeError)
except TypeError as e:
    print("TypeError:", e)

# the parts carry the original's traceback, cause, context and a copy of its notes
try:
    try:
        raise KeyError("context")
    except KeyError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as g:
    g.add_note("a note")
    m, r = g.split(ValueError)
    for part in (m, r):
        print(part.__traceback__ is g.__traceback__, repr(part.__cause__), repr(part.__context__),
              part.__suppress_context__, part.__notes__, part.__notes__ is g.__notes__)
g3 = ExceptionGroup("h", [ValueError(), TypeError()])
g3.__context__ = KeyError("ctx")
m = g3.split(ValueError)[0]
print(m.__suppress_context__, repr(m.__context__), repr(m.__cause__), m.__traceback__)
g3.__notes__ = "abc"
print(g3.subgroup(ValueError).__notes__)
g3.__notes__ = 5
print(hasattr(g3.subgroup(ValueError), "__notes__"))

# derive() decides the type of the parts
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)
class Plain(ExceptionGroup):
    pass
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
mg = MyGroup("mine", [ValueError(1), KeyError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
print(type(Plain("p", [ValueError(), KeyError()]).subgroup(ValueError)).__name__)
try:
    BadDerive("b", [ValueError(), KeyError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

# expect: ExceptionGroup('outer')
# expect:   ValueError(1)
# expect:   ExceptionGroup('inner')
# expect:     ValueError(3)
# expect: ExceptionGroup('outer')
# expect:   ExceptionGroup('inner')
# expect:     TypeError(2)
# expect:   KeyError(4)
# expect: True True
# expect: ExceptionGroup('outer')
# expect:   ExceptionGroup('inner')
# expect:     TypeError(2)
# expect:   KeyError(4)
# expect: ExceptionGroup('outer')
# expect:   ExceptionGroup('inner')
# expect:     ValueError(3)
# expect: ExceptionGroup('outer')
# expect:   ExceptionGroup('inner')
# expect:     TypeError(2)
# expect:     ValueError(3)
# expect: True None True
# expect: None None
# expect: False
# expect: ExceptionGroup('outer')
# expect:   ValueError(1)
# expect:   ExceptionGroup('inner')
# expect:     TypeError(2)
# expect:     ValueError(3)
# expect:   KeyError(4)
# expect: True
# expect: ['ExceptionGroup', 'ValueError', 'ExceptionGroup', 'TypeError', 'ValueError', 'KeyError']
# expect: TypeError: expected a function, exception type or tuple of exception types
# expect: TypeError: expected a function, exception type or tuple of exception types
# expect: TypeError: expected a function, exception type or tuple of exception types
# expect: TypeError: expected a function, exception type or tuple of exception types
# expect: TypeError: subgroup expected 1 argument, got 2
# expect: True OSError('cause') KeyError('context') True ['a note'] False
# expect: True OSError('cause') KeyError('context') True ['a note'] False
# expect: True KeyError('ctx') None None
# expect: ['a', 'b', 'c']
# expect: False
# expect: MyGroup mine* MyGroup mine*
# expect: ExceptionGroup
# expect: TypeError: derive must return an instance of BaseExceptionGroup

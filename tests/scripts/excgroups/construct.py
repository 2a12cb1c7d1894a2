# BaseExceptionGroup / ExceptionGroup: construction rules, attributes, str and repr.
eg = ExceptionGroup("batch", [ValueError("v"), TypeError("t")])
print(str(eg), "|", repr(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args[0], type(eg.args[1]).__name__)
print([c.__name__ for c in ExceptionGroup.__mro__])
print(BaseExceptionGroup.__bases__, ExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, BaseExceptionGroup), isinstance(eg, Exception))
print(str(BaseExceptionGroup("one", [KeyboardInterrupt()])), str(ExceptionGroup("", [ValueError()])))
print(type(BaseExceptionGroup("all plain", [ValueError()])).__name__)
print(type(BaseExceptionGroup("mixed", [ValueError(), SystemExit()])).__name__)
print(type(BaseExceptionGroup("nested", [ExceptionGroup("e", [ValueError()])])).__name__)
print(eg.__dict__, eg.__traceback__, eg.__cause__, eg.__context__)
t = (ValueError(1),)
g = ExceptionGroup("tuple", t)
print(g.exceptions == t, g.args[1] is t)
print(ExceptionGroup("s", "ab" and [ValueError()]).exceptions)

def check(label, build):
    try:
        r = build()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("base in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
check("empty list", lambda: ExceptionGroup("m", []))
check("empty tuple", lambda: BaseExceptionGroup("m", ()))
check("not an exception", lambda: ExceptionGroup("m", [ValueError(), 42]))
check("a class", lambda: ExceptionGroup("m", [ValueError]))
check("message type", lambda: ExceptionGroup(1, [ValueError()]))
check("not a sequence", lambda: ExceptionGroup("m", ValueError()))
check("a set", lambda: ExceptionGroup("m", {ValueError()}))
check("a str", lambda: ExceptionGroup("m", "abc"))
check("one arg", lambda: ExceptionGroup("m"))
check("no args", lambda: BaseExceptionGroup())
check("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
check("keyword", lambda: ExceptionGroup("m", exceptions=[ValueError()]))
check("keywords", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
check("init keyword", lambda: ExceptionGroup("m", [ValueError()]).__init__("m", [ValueError()], x=1))
try:
    eg.message = "other"
except AttributeError as e:
    print("read-only message:", type(e).__name__)

# subclasses
class MyBase(BaseExceptionGroup):
    pass
class MyGroup(ExceptionGroup):
    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
        self.code = code
class Both(BaseExceptionGroup, Exception):
    pass
print(type(MyBase("x", [ValueError()])).__name__, type(MyBase("x", [SystemExit()])).__name__)
check("MyGroup base", lambda: MyGroup("x", [SystemExit()]))
check("Both base", lambda: Both("x", [SystemExit()]))
mg = MyGroup("x", [ValueError()])
print(type(mg).__name__, mg.code, isinstance(mg, ExceptionGroup), mg.args)
mg.extra = 1
print(mg.__dict__)

# derive() makes a plain group with the same message
print(repr(eg.derive([OSError("o")])), type(mg.derive([ValueError()])).__name__)
print(type(eg.derive([SystemExit()])).__name__)

# catching: groups are ordinary exceptions for `except`
try:
    raise ExceptionGroup("caught", [ValueError()])
except Exception as e:
    print("except Exception:", repr(e))
try:
    raise BaseExceptionGroup("base", [SystemExit()])
except Exception:
    print("?")
except BaseExceptionGroup as e:
    print("except BaseExceptionGroup:", repr(e))

# expect: batch (2 sub-exceptions) | ExceptionGroup('batch', [ValueError('v'), TypeError('t')])
# expect: batch (ValueError('v'), TypeError('t')) tuple batch list
# expect: ['ExceptionGroup', 'BaseExceptionGroup', 'Exception', 'BaseException', 'object']
# expect: (<class 'BaseException'>,) (<class 'BaseExceptionGroup'>, <class 'Exception'>)
# expect: True False
# expect: True True
# expect: one (1 sub-exception)  (1 sub-exception)
# expect: ExceptionGroup
# expect: BaseExceptionGroup
# expect: ExceptionGroup
# expect: {} None None None
# expect: True True
# expect: (ValueError(),)
# expect: base in EG -> TypeError: Cannot nest BaseExceptions in an ExceptionGroup
# expect: empty list -> ValueError: second argument (exceptions) must be a non-empty sequence
# expect: empty tuple -> ValueError: second argument (exceptions) must be a non-empty sequence
# expect: not an exception -> ValueError: Item 1 of second argument (exceptions) is not an exception
# expect: a class -> ValueError: Item 0 of second argument (exceptions) is not an exception
# expect: message type -> TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int
# expect: not a sequence -> TypeError: second argument (exceptions) must be a sequence
# expect: a set -> TypeError: second argument (exceptions) must be a sequence
# expect: a str -> ValueError: Item 0 of second argument (exceptions) is not an exception
# expect: one arg -> TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: no args -> TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)
# expect: three args -> TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (3 given)
# expect: keyword -> TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# expect: keywords -> TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)
# expect: init keyword -> TypeError: ExceptionGroup() takes no keyword arguments
# expect: read-only message: AttributeError
# expect: MyBase MyBase
# expect: MyGroup base -> TypeError: Cannot nest BaseExceptions in 'MyGroup'
# expect: Both base -> TypeError: Cannot nest BaseExceptions in 'Both'
# expect: MyGroup 0 True ('x', [ValueError()])
# expect: {'code': 0, 'extra': 1}
# expect: ExceptionGroup('batch', [OSError('o')]) ExceptionGroup
# expect: BaseExceptionGroup
# expect: except Exception: ExceptionGroup('caught', [ValueError()])
# expect: except BaseExceptionGroup: BaseExceptionGroup('base', [SystemExit()])

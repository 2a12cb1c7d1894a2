# try/except*: each clause handles its part; the rest and the clauses' exceptions are re-raised.
import sys

def show(e, depth=0):
    if isinstance(e, BaseExceptionGroup):
        print("  " * depth + f"{type(e).__name__}({e.message!r})")
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print("  " * depth + repr(e))

def run(label, body):
    print("--", label)
    try:
        body()
        print("returned normally")
    except BaseException as e:
        print("escaped:")
        show(e)

def split_clauses():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as e:
        print("ValueError part:", repr(e), sys.exception() is e)
    except* (TypeError, KeyError) as e:
        print("Type/KeyError part:", repr(e))
    print("after: exception handled is", sys.exception())
run("split between clauses", split_clauses)

def rest_reraised():
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2), ExceptionGroup("n", [OSError(3), KeyError(4)])])
    except* ValueError:
        print("handled ValueError")
    except* KeyError:
        print("handled KeyError")
run("unhandled rest keeps its nesting", rest_reraised)

def naked():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("?")
    except* ValueError as e:
        print("wrapped:", repr(e), e.exceptions[0].__traceback__ is not None)
run("a naked exception is wrapped", naked)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("?")
run("a naked unmatched exception passes as is", naked_unmatched)

def raise_in_clause():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError as e:
        raise e.exceptions[0]
run("exceptions raised in clauses", raise_in_clause)

def one_raised():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise KeyError(5)
def one_raised_outer():
    try:
        one_raised()
    except KeyError as k:
        print("bare KeyError, context:", repr(k.__context__))
        raise
run("a single raised exception is not wrapped", one_raised_outer)

def bare_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise
run("bare raise re-raises in the original structure", bare_raise)

def raise_match():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
run("raise e is a new raise", raise_match)

def naked_raise_from():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError(1) from None
def naked_raise_from_outer():
    try:
        naked_raise_from()
    except KeyError as k:
        print(repr(k.__cause__), k.__suppress_context__, repr(k.__context__))
run("naked exception, raise from None", naked_raise_from_outer)

def nested_try():
    try:
        try:
            raise ExceptionGroup("outer", [ExceptionGroup("inner", [OSError("disk")]), ValueError("v")])
        except* OSError as g:
            show(g)
    except ExceptionGroup as rest:
        print("plain except sees:", repr(rest))
run("nested try", nested_try)

def group_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* (ValueError, ExceptionGroup):
        pass
run("except* ExceptionGroup", group_type)

def bad_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* 5:
        pass
run("not an exception class", bad_type)

def else_finally():
    for fail in (False, True):
        try:
            if fail:
                raise ExceptionGroup("g", [ValueError(fail)])
        except* ValueError:
            print("handled", fail)
        else:
            print("else ran")
        finally:
            print("finally ran")
run("else and finally", else_finally)

def name_cleared():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        e
    except NameError as n:
        print(type(n).__name__, n)
run("the name is cleared", name_cleared)

def loops_inside():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        for i in range(5):
            if i == 1:
                continue
            if i == 3:
                break
            print("loop", i)
        def inner():
            return "return in a nested function"
        print(inner())
run("loops and functions inside a clause", loops_inside)

def handled_inside():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError(3)
        except KeyError:
            pass
        print("inner handled; current:", repr(sys.exception()))
run("try/except inside a clause", handled_inside)

def context_restored():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            pass
        print("back to:", repr(sys.exception()))
run("the outer handled exception comes back", context_restored)

def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(2)])
    except* KeyboardInterrupt:
        print("KeyboardInterrupt handled")
run("BaseExceptionGroup", base_exceptions)

# errors in clause types are raised even when nothing is left to match
def late_bad_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    except* 5:
        pass
run("bad type after everything matched", late_bad_type)

# expect: -- split between clauses
# expect: ValueError part: ExceptionGroup('g', [ValueError(1), ValueError(3)]) True
# expect: Type/KeyError part: ExceptionGroup('g', [TypeError(2), KeyError(4)])
# expect: after: exception handled is None
# expect: returned normally
# expect: -- unhandled rest keeps its nesting
# expect: handled ValueError
# expect: handled KeyError
# expect: escaped:
# expect: ExceptionGroup('g')
# expect:   OSError(2)
# expect:   ExceptionGroup('n')
# expect:     OSError(3)
# expect: -- a naked exception is wrapped
# expect: wrapped: ExceptionGroup('', (ValueError('naked'),)) True
# expect: returned normally
# expect: -- a naked unmatched exception passes as is
# expect: escaped:
# expect: KeyError('k')
# expect: -- exceptions raised in clauses
# expect: escaped:
# expect: ExceptionGroup('')
# expect:   RuntimeError('new')
# expect:   TypeError(2)
# expect: -- a single raised exception is not wrapped
# expect: bare KeyError, context: ExceptionGroup('g', [ValueError(1)])
# expect: escaped:
# expect: KeyError(5)
# expect: -- bare raise re-raises in the original structure
# expect: escaped:
# expect: ExceptionGroup('g')
# expect:   ValueError(1)
# expect:   TypeError(2)
# expect:   OSError(3)
# expect: -- raise e is a new raise
# expect: escaped:
# expect: ExceptionGroup('')
# expect:   ExceptionGroup('g')
# expect:     ValueError(1)
# expect:   ExceptionGroup('g')
# expect:     TypeError(2)
# expect: -- naked exception, raise from None
# expect: None True ExceptionGroup('', (ValueError(1),))
# expect: returned normally
# expect: -- nested try
# expect: ExceptionGroup('outer')
# expect:   ExceptionGroup('inner')
# expect:     OSError('disk')
# expect: plain except sees: ExceptionGroup('outer', [ValueError('v')])
# expect: returned normally
# expect: -- except* ExceptionGroup
# expect: escaped:
# expect: TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')
# expect: -- not an exception class
# expect: escaped:
# expect: TypeError('catching classes that do not inherit from BaseException is not allowed')
# expect: -- else and finally
# expect: else ran
# expect: finally ran
# expect: handled True
# expect: finally ran
# expect: returned normally
# expect: -- the name is cleared
# expect: UnboundLocalError cannot access local variable 'e' where it is not associated with a value
# expect: returned normally
# expect: -- loops and functions inside a clause
# expect: loop 0
# expect: loop 2
# expect: return in a nested function
# expect: returned normally
# expect: -- try/except inside a clause
# expect: inner handled; current: ExceptionGroup('g', [ValueError(1)])
# expect: returned normally
# expect: -- the outer handled exception comes back
# expect: back to: KeyError('outer')
# expect: returned normally
# expect: -- BaseExceptionGroup
# expect: KeyboardInterrupt handled
# expect: escaped:
# expect: ExceptionGroup('b')
# expect:   ValueError(2)
# expect: -- bad type after everything matched
# expect: escaped:
# expect: TypeError('catching classes that do not inherit from BaseException is not allowed')

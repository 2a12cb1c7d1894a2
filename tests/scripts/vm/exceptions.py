# Exceptions: matching, chaining, finally, re-raise, with statements.
def chain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    chain()
except ValueError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

def fin():
    try:
        return "try"
    finally:
        print("finally")
print(fin())

def fin2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(fin2())

def reraise():
    try:
        raise ValueError("x")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print(e)

try:
    raise 5
except TypeError as e:
    print(e)

try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)

try:
    raise ValueError
except (KeyError, ValueError) as e:
    print("tuple match", type(e).__name__, repr(e))

class CM:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.swallow

with CM(False) as c:
    print("body", type(c).__name__)
with CM(True):
    raise ValueError("swallowed")
try:
    with CM(False):
        raise KeyError("kept")
except KeyError as e:
    print("kept", e)
try:
    with 1:
        pass
except TypeError as e:
    print(e)

import sys
try:
    raise ValueError("v")
except ValueError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

def tb_lines():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        n = 0
        while tb:
            n += 1
            tb = tb.tb_next
        return n
print(tb_lines())

class MyError(Exception):
    pass
try:
    raise MyError
except MyError as e:
    print(type(e).__name__, e.args)

try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)

def nested_handlers():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        print(sys.exc_info()[0].__name__)
nested_handlers()
print(sys.exc_info()[0])

# ---- expected output (produced by python3) ----
# expect: ZeroDivisionError True ZeroDivisionError
# expect: KeyError('k') None False
# expect: None True KeyError('a')
# expect: finally
# expect: try
# expect: fin 0
# expect: fin 1
# expect: fin 2
# expect: 2
# expect: reraised x
# expect: No active exception to reraise
# expect: exceptions must derive from BaseException
# expect: catching classes that do not inherit from BaseException is not allowed
# expect: tuple match ValueError ValueError()
# expect: enter
# expect: body CM
# expect: exit None None
# expect: enter
# expect: exit ValueError swallowed
# expect: enter
# expect: exit KeyError 'kept'
# expect: kept 'kept'
# expect: 'int' object does not support the context manager protocol
# expect: ValueError
# expect: (None, None, None)
# expect: 1
# expect: MyError ()
# expect: assert msg
# expect: KeyError
# expect: None

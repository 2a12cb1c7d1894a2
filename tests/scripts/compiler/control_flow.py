# try/except/finally with return, break and continue; with statements.
def ret_in_finally_order():
    log = []
    def f():
        try:
            log.append("body")
            return "ret"
        finally:
            log.append("finally")
    r = f()
    return r, log
print(ret_in_finally_order())

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

def break_continue():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    else:
        out.append("else")
    return out
print(break_continue())

def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i == 10:
            break
    else:
        return "no break"
    return "broke"
print(while_else(3), while_else(20))

def except_name_cleared():
    try:
        1 / 0
    except ZeroDivisionError as e:
        msg = str(e)
    try:
        e
    except NameError as ne:
        return msg, str(ne)
print(except_name_cleared())

def nested_handlers():
    try:
        try:
            raise KeyError("k")
        except ValueError:
            return "wrong"
        finally:
            print("inner finally")
    except KeyError as e:
        return "caught " + repr(e)
print(nested_handlers())

def return_from_except():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                return "returned at %s" % e
    return "done"
print(return_from_except())

def reraise():
    try:
        try:
            raise TypeError("inner")
        except TypeError:
            raise
    except TypeError as e:
        return "re: %s" % e
print(reraise())

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("s", suppress=True):
    raise RuntimeError("swallowed")
print("after suppress")

def with_return():
    with CM("r"):
        return "from with"
print(with_return())

def with_in_loop():
    for i in range(3):
        with CM("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return i
print(with_in_loop())

try:
    with CM("x"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

def exc_context():
    try:
        try:
            raise KeyError(1)
        except KeyError:
            raise ValueError(2)
    except ValueError as e:
        return repr(e.__context__)
print(exc_context())

def try_else():
    out = []
    try:
        out.append("try")
    except Exception:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(try_else())

def bare_except():
    try:
        {}["missing"]
    except:
        return "bare"
print(bare_except())

def loop_finally_continue():
    total = 0
    for i in range(5):
        try:
            continue
        finally:
            total += i
    return total
print(loop_finally_continue())

def assert_msg(x):
    try:
        assert x > 0, "x must be positive"
        assert x
    except AssertionError as e:
        return "assert: %s" % e
    return "ok"
print(assert_msg(1), assert_msg(-1))

# expect: ('ret', ['body', 'finally'])
# expect: 2
# expect: [0, 'f0', 'f1', 2, 'f2', 3, 'f3', 'f4']
# expect: no break broke
# expect: ('division by zero', "cannot access local variable 'e' where it is not associated with a value")
# expect: inner finally
# expect: caught KeyError('k')
# expect: returned at 1
# expect: re: inner
# expect: enter a
# expect: enter b
# expect: body a b
# expect: exit b None
# expect: exit a None
# expect: enter s
# expect: exit s RuntimeError
# expect: after suppress
# expect: enter r
# expect: exit r None
# expect: from with
# expect: enter loop0
# expect: exit loop0 None
# expect: enter loop1
# expect: exit loop1 None
# expect: 1
# expect: enter x
# expect: exit x ValueError
# expect: propagated boom
# expect: KeyError(1)
# expect: ['try', 'else', 'finally']
# expect: bare
# expect: 10
# expect: ok assert: x must be positive

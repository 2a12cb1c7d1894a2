# An exception thrown into a generator suspended inside an except block gets that block's exception as __context__.
def f():
    try:
        raise KeyError('a')
    except Exception:
        yield
gen = f()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args)
def g():
    try:
        raise KeyError('b')
    except Exception:
        try:
            yield
        except Exception as exc:
            print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.args)
gen = g()
next(gen)
try:
    gen.throw(ValueError)
except StopIteration:
    print("done")
def inner():
    try:
        raise KeyError('c')
    except Exception:
        yield
def outer():
    yield from inner()
gen = outer()
next(gen)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args)
def plain():
    yield
try:
    raise TypeError("outside")
except TypeError:
    p = plain()
    next(p)
    try:
        p.throw(ValueError)
    except ValueError as e:
        print(type(e.__context__).__name__)

# expect: KeyError ('a',)
# expect: ValueError KeyError ('b',)
# expect: done
# expect: KeyError ('c',)
# expect: NoneType

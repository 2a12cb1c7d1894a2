# Generators: next/send/throw/close, yield from, return values, finally on close.
def count_up(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"

g = count_up(5)
print(repr(g).startswith("<generator object count_up at 0x"))
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)

g = count_up(3)
try:
    g.send(1)
except TypeError as e:
    print(e)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")
g = closer()
print(next(g))
g.close()
print(g.gi_frame)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
g = catcher()
next(g)
g.throw(ValueError("boom"))
g.throw(ValueError, "two")
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))

def inner():
    x = yield 1
    print("inner got", x)
    try:
        yield 2
    except ValueError:
        print("inner caught")
        yield 3
    return "inner-ret"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 11]
    return "outer-ret"

g = outer()
print(next(g))
print(g.send("hello"))
print(g.gi_yieldfrom is not None)
print(g.throw(ValueError))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def running():
    yield g2.gi_running
    next(g2)
g2 = running()
print(next(g2))
try:
    next(g2)
except ValueError as e:
    print(e)

def fin():
    try:
        yield 1
    finally:
        print("dropped -> finally")
g = fin()
next(g)
del g

def closing_inner():
    try:
        yield 1
    finally:
        print("inner closed")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer closed")
g = closing_outer()
next(g)
g.close()
print(list(x * 2 for x in range(4)))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__)
print(list(zip(count_up(3), "abc")))

# ---- expected output (produced by python3) ----
# expect: True
# expect: 0 1 3 4
# expect: StopIteration done
# expect: again None
# expect: can't send non-None value to a just-started generator
# expect: 1
# expect: finally ran
# expect: None
# expect: generator ignored GeneratorExit
# expect: caught boom
# expect: caught two
# expect: propagated KeyError('k')
# expect: 1
# expect: inner got hello
# expect: 2
# expect: True
# expect: inner caught
# expect: 3
# expect: outer got inner-ret
# expect: 10
# expect: 11
# expect: outer returned outer-ret
# expect: generator raised StopIteration StopIteration
# expect: True
# expect: generator already executing
# expect: dropped -> finally
# expect: inner closed
# expect: outer closed
# expect: [0, 2, 4, 6]
# expect: <genexpr> <genexpr>
# expect: [(0, 'a'), (1, 'b'), (2, 'c')]

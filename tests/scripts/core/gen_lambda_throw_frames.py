# Generator lambdas return their body's value; a delegate thrown into through yield from has the delegating frame as f_back.
f = lambda: (yield 1)
gen = f(); print(next(gen))
try:
    gen.send(2)
except StopIteration as e:
    print(e.value)
import sys
def names(frame):
    out = []
    while frame:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out
def f():
    print(names(sys._getframe())[:2])
    try:
        yield
    except Exception:
        pass
    print(names(sys._getframe())[:2])
def g():
    print(names(sys._getframe())[:1])
    yield from f()
    print(names(sys._getframe())[:1])
gen = g()
gen.send(None)
try:
    gen.throw(RuntimeError)
except StopIteration:
    pass

# expect: 1
# expect: 2
# expect: ['g']
# expect: ['f', 'g']
# expect: ['f', 'g']
# expect: ['g']

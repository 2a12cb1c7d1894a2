# Generators: yield, send, yield from, return values.
def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return "done %s" % y

g = gen()
print(next(g))
print(g.send(5))
try:
    g.send("y")
except StopIteration as e:
    print("stop", e.value)

def delegate():
    r = yield from gen()
    print("delegated result", r)
    yield from [7, 8]

d = delegate()
print(next(d), d.send(3))
print(list(d))

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
print(list(fib(10)))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
w = with_finally()
print(next(w))
w.close()

def gen_expr_in_func(n):
    return sum(x * x for x in range(n))
print(gen_expr_in_func(5))

def early_return(flag):
    if flag:
        return
    yield "never"
print(list(early_return(True)), list(early_return(False)))
print(type(gen()).__name__, gen.__code__.co_flags & 0x20 != 0)

# expect: 1
# expect: got 5
# expect: 10
# expect: stop done y
# expect: got 3
# expect: 1 6
# expect: delegated result done None
# expect: [7, 8]
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# expect: 1
# expect: gen cleanup
# expect: 30
# expect: [] ['never']
# expect: generator True

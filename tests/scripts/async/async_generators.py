# Async generators: asend/athrow/aclose awaitables and their states, attributes, aiter/anext.

class Pause:
    def __init__(self, tag=None):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

def drive(aw, replies=()):
    """Drive an awaitable by hand; returns (what it yielded, its result) or the exception."""
    replies = list(replies)
    it = aw.__await__()
    out, value = [], None
    try:
        while True:
            out.append(it.send(value))
            value = replies.pop(0) if replies else None
    except StopIteration as e:
        return out, e.value
    except BaseException as e:
        return out, type(e).__name__ + ": " + str(e)

async def gen(log):
    try:
        log.append("start")
        x = yield 1
        log.append(("got", x))
        y = await Pause("io")
        log.append(("io", y))
        yield x + (y or 0)
        yield "last"
    except ValueError as e:
        log.append(("caught", str(e)))
        yield "recovered"
    finally:
        log.append("finally")

log = []
g = gen(log)
print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith("<async_generator object gen at 0x"))
print(g.ag_running, g.ag_await, g.ag_code.co_name, g.ag_frame is not None, g.__aiter__() is g)
print(type(g.__anext__()).__name__, type(g.asend(1)).__name__, type(g.athrow(ValueError)).__name__,
      type(g.aclose()).__name__)
print(drive(g.__anext__()))
print(drive(g.asend(10), [5]))
print(log)
print(drive(g.athrow(ValueError("bad"))))
print(drive(g.asend(None)))
print(log, g.ag_frame)
print(drive(g.__anext__()), drive(g.aclose()))

# the awaitable is single use
g2 = gen([])
step = g2.__anext__()
print(drive(step))
print(drive(step))
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    step.throw(KeyError)
except RuntimeError as e:
    print("RuntimeError:", e)
print(step.close(), drive(g2.aclose()))

# an awaitable closed before use
g3 = gen([])
a = g3.asend(None)
print(a.close())
print(drive(a))

# asend throws into the awaited delegate
g4 = gen(l4 := [])
print(drive(g4.__anext__()))
s = g4.asend("v")
print(s.send(None))
try:
    s.throw(ValueError("into await"))
except StopIteration as e:
    print("recovered by the throw:", e.value)
print(l4)
print(drive(g4.aclose()))

# athrow of an exception the generator does not catch
g5 = gen(l5 := [])
print(drive(g5.__anext__()))
print(drive(g5.athrow(KeyError("k"))))
print(l5, g5.ag_frame)
print(drive(g5.athrow(KeyError("again"))))

# athrow / aclose while another awaitable is running
g6 = gen([])
print(drive(g6.__anext__()))
s6 = g6.asend(1)
print(s6.send(None), g6.ag_running)
for mk in (lambda: g6.athrow(ValueError), g6.aclose, g6.__anext__):
    try:
        mk().send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(drive(g6.aclose()))

# aclose: a finally that awaits is fine, one that yields is not
async def awaits_in_finally():
    try:
        yield 1
    finally:
        r = await Pause("cleanup")
        print("  cleanup got", r)
agf = awaits_in_finally()
print(drive(agf.__anext__()))
print(drive(agf.aclose(), ["ok"]))
async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2
ygf = yields_in_finally()
print(drive(ygf.__anext__()))
print(drive(ygf.aclose()))
print(drive(ygf.__anext__()))
print(drive(ygf.aclose()))

# aclose of a generator that is already closed, or never started
async def simple():
    yield 1
s1 = simple()
print(drive(s1.aclose()), drive(s1.aclose()), drive(s1.__anext__()))
s2 = simple()
print(drive(s2.__anext__()), drive(s2.__anext__()), drive(s2.aclose()))

# sending a value to a just-started generator, through asend and through athrow
s3 = simple()
print(drive(s3.asend("early")))
at = s3.athrow(ValueError)
try:
    at.send("x")
except RuntimeError as e:
    print("RuntimeError:", e)
print(drive(s3.aclose()))

# return and StopAsyncIteration inside the body
async def bare_return():
    yield 1
    return
async def raises_sai():
    yield 1
    raise StopAsyncIteration("inner")
async def raises_si():
    yield 1
    raise StopIteration
for f in (bare_return, raises_sai, raises_si):
    it = f()
    print(f.__name__, drive(it.__anext__()), drive(it.__anext__()))

# aiter() and anext()
async def counter(n):
    for i in range(n):
        yield i
async def use_builtins():
    it = aiter(counter(2))
    got = [await anext(it), await anext(it, "x"), await anext(it, "y")]
    try:
        await anext(it)
    except StopAsyncIteration:
        got.append("stop")
    return got
print(drive(use_builtins()))
for bad in (lambda: aiter(5), lambda: anext([]), lambda: anext(iter(())), lambda: aiter(), lambda: anext()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class BadAiter:
    def __aiter__(self):
        return 1
try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)
d = anext(counter(0), "default")
print(type(d).__name__, d.__await__() is d, drive(d))

# a class-based async iterator with anext and a default
class Ticks:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return await Pause(self.n)
t = Ticks()
print(drive(anext(t)), drive(anext(t, "d")), drive(anext(t, "d")))
# expect: async_generator gen gen True
# expect: False None gen True True
# expect: async_generator_asend async_generator_asend async_generator_athrow async_generator_athrow
# expect: ([], 1)
# expect: (['io'], 15)
# expect: ['start', ('got', 10), ('io', 5)]
# expect: ([], 'recovered')
# expect: ([], 'StopAsyncIteration: ')
# expect: ['start', ('got', 10), ('io', 5), ('caught', 'bad'), 'finally'] None
# expect: ([], 'StopAsyncIteration: ') ([], None)
# expect: ([], 1)
# expect: ([], 'RuntimeError: cannot reuse already awaited __anext__()/asend()')
# expect: RuntimeError: cannot reuse already awaited __anext__()/asend()
# expect: RuntimeError: cannot reuse already awaited __anext__()/asend()
# expect: None ([], None)
# expect: None
# expect: ([], 'RuntimeError: cannot reuse already awaited __anext__()/asend()')
# expect: ([], 1)
# expect: io
# expect: recovered by the throw: recovered
# expect: ['start', ('got', 'v'), ('caught', 'into await')]
# expect: ([], None)
# expect: ([], 1)
# expect: ([], "KeyError: 'k'")
# expect: ['start', 'finally'] None
# expect: ([], None)
# expect: ([], 1)
# expect: io True
# expect: RuntimeError: athrow(): asynchronous generator is already running
# expect: RuntimeError: aclose(): asynchronous generator is already running
# expect: RuntimeError: anext(): asynchronous generator is already running
# expect: ([], 'RuntimeError: aclose(): asynchronous generator is already running')
# expect: ([], 1)
# expect:   cleanup got ok
# expect: (['cleanup'], None)
# expect: ([], 1)
# expect: ([], 'RuntimeError: async generator ignored GeneratorExit')
# expect: ([], 'GeneratorExit: ')
# expect: ([], None)
# expect: ([], None) ([], None) ([], 'StopAsyncIteration: ')
# expect: ([], 1) ([], 'StopAsyncIteration: ') ([], None)
# expect: ([], "TypeError: can't send non-None value to a just-started async generator")
# expect: RuntimeError: can't send non-None value to a just-started coroutine
# expect: ([], None)
# expect: bare_return ([], 1) ([], 'StopAsyncIteration: ')
# expect: raises_sai ([], 1) ([], 'RuntimeError: async generator raised StopAsyncIteration')
# expect: raises_si ([], 1) ([], 'RuntimeError: async generator raised StopIteration')
# expect: ([], [0, 1, 'y', 'stop'])
# expect: TypeError: 'int' object is not an async iterable
# expect: TypeError: 'list' object is not an async iterator
# expect: TypeError: 'tuple_iterator' object is not an async iterator
# expect: TypeError: aiter() takes exactly one argument (0 given)
# expect: TypeError: anext expected at least 1 argument, got 0
# expect: TypeError: aiter() returned not an async iterator of type 'int'
# expect: anext_awaitable True ([], 'default')
# expect: ([1], None) ([2], None) ([], 'd')

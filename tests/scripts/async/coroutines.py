# Coroutine objects: send/throw/close, attributes, reuse, nested awaits.
import sys

class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

def run(coro, replies=()):
    replies = list(replies)
    value = None
    trail = []
    while True:
        try:
            trail.append(coro.send(value))
        except StopIteration as e:
            return trail, e.value
        value = replies.pop(0) if replies else None

async def add(a, b):
    x = await Pause("first")
    y = await Pause("second")
    return a + b + (x or 0) + (y or 0)

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await, c.cr_origin)
print(repr(c).startswith("<coroutine object add at 0x"), c.cr_frame.f_code is c.cr_code)
print(run(c, [10, 20]))
print(c.cr_frame, c.cr_await, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError("x"))
except RuntimeError as e:
    print("throw after end:", e)
print("close after end:", c.close())

# __name__ / __qualname__ are settable; repr uses the qualname
class K:
    async def meth(self):
        return "m"
m = K().meth()
print(m.__qualname__)
m.__name__ = "renamed"
m.__qualname__ = "Q.renamed"
print(m.__name__, repr(m).startswith("<coroutine object Q.renamed at"))
try:
    m.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del m.__qualname__
except TypeError as e:
    print("TypeError:", e)
print(run(m))

# __await__ returns a coroutine_wrapper driving the same coroutine
async def twice():
    return (await Pause("a")) * 2
t = twice()
w = t.__await__()
print(type(w).__name__, iter(w) is w, next(w), t.cr_await is not None)
try:
    w.send(21)
except StopIteration as e:
    print("wrapper result:", e.value, t.cr_frame)
try:
    next(w)
except RuntimeError as e:
    print("wrapper reuse:", e)

# not iterable, not an iterator
async def nothing():
    pass
n = nothing()
for op in (iter, next):
    try:
        op(n)
    except TypeError as e:
        print("TypeError:", e)
n.close()

# send arguments
async def one():
    return 1
o = one()
try:
    o.send(5)
except TypeError as e:
    print("TypeError:", e)
try:
    o.send()
except TypeError as e:
    print("TypeError:", e)
print(run(o))

# nested awaits pass values through every level
async def inner(k):
    return await Pause(("inner", k))
async def middle():
    a = await inner(1)
    b = await inner(2)
    return [a, b]
async def outer():
    r = await middle()
    return r + [await add(0, 0)]
print(run(outer(), ["A", "B", 1, 2]))

# cr_await shows what the coroutine waits on, cr_running is True inside
async def watcher():
    print("running inside:", me.cr_running, me.cr_frame is not None)
    await Pause("w")
me = watcher()
me.send(None)
print("waits on:", type(me.cr_await).__name__, me.cr_running)
me.close()
print("closed:", me.cr_frame, me.cr_await)

# a coroutine cannot be awaited by two others at once
async def slow():
    await Pause("slow")
    return "done"
s = slow()
async def waiter():
    return await s
w1, w2 = waiter(), waiter()
print(w1.send(None))
try:
    w2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(run(w1))

# awaiting an exhausted coroutine
async def reuse(co):
    return await co
done = one()
print(run(reuse(done)))
try:
    run(reuse(done))
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration inside a coroutine becomes RuntimeError, chained
async def leaks():
    raise StopIteration(7)
try:
    leaks().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

# docstrings, as CPython's
o2 = one()
ct = type(o2)
print(ct.send.__doc__.splitlines()[0], "|", ct.close.__doc__, "|", ct.__dict__["__qualname__"].__doc__)
print(ct.__await__.__doc__, "|", type(ct.__await__(o2)).__doc__)
o2.close()
# expect: coroutine add add add False None None
# expect: True True
# expect: (['first', 'second'], 33)
# expect: None None False
# expect: RuntimeError: cannot reuse already awaited coroutine
# expect: throw after end: cannot reuse already awaited coroutine
# expect: close after end: None
# expect: K.meth
# expect: renamed True
# expect: TypeError: __name__ must be set to a string object
# expect: TypeError: __qualname__ must be set to a string object
# expect: ([], 'm')
# expect: coroutine_wrapper True a True
# expect: wrapper result: 42 None
# expect: wrapper reuse: cannot reuse already awaited coroutine
# expect: TypeError: 'coroutine' object is not iterable
# expect: TypeError: 'coroutine' object is not an iterator
# expect: TypeError: can't send non-None value to a just-started coroutine
# expect: TypeError: coroutine.send() takes exactly one argument (0 given)
# expect: ([], 1)
# expect: ([('inner', 1), ('inner', 2), 'first', 'second'], ['A', 'B', 3])
# expect: running inside: True True
# expect: waits on: generator False
# expect: closed: None None
# expect: slow
# expect: RuntimeError: coroutine is being awaited already
# expect: ([], 'done')
# expect: ([], 1)
# expect: RuntimeError: cannot reuse already awaited coroutine
# expect: RuntimeError: coroutine raised StopIteration | cause: StopIteration(7)
# expect: send(arg) -> send 'arg' into coroutine, | close() -> raise GeneratorExit inside coroutine. | qualified name of the coroutine
# expect: Return an iterator to be used in await expression. | A wrapper object implementing __await__ for coroutines.

# Asynchronous comprehensions (PEP 530) and async generator expressions.

from asynchelp import Pause, run

async def agen(n, tag="g"):
    for i in range(n):
        await Pause(tag + str(i))
        yield i

async def value(v):
    await Pause("v" + str(v))
    return v

async def comps():
    lst = [x async for x in agen(3)]
    flt = [x * 10 async for x in agen(4) if x % 2]
    st = {x % 2 async for x in agen(3)}
    dct = {x: await value(x) async for x in agen(2)}
    awaited = [await value(x) for x in range(2)]
    cond = [x for x in range(4) if await value(x) > 1]
    mixed = [(x, y) for x in range(2) async for y in agen(2, "m")]
    nested = [[y async for y in agen(x, "n")] for x in range(3)]
    in_iter = [i for i in await value(3) * [0]]
    return lst, flt, sorted(st), dct, awaited, cond, mixed, nested, in_iter
tags, result = run(comps())
print(len(tags), tags[:6])
for r in result:
    print(r)

async def genexps():
    g = (x * 2 async for x in agen(3))
    print(" ", type(g).__name__, g.__name__, g.ag_code.co_name)
    first = await g.__anext__()
    rest = [y async for y in g]
    h = (await value(x) for x in range(2))
    print(" ", type(h).__name__)
    hs = [y async for y in h]
    return first, rest, hs
print(run(genexps()))

# a generator expression with await inside a plain function is an async generator
def make():
    return (await value(x) for x in range(2))
ag = make()
print(type(ag).__name__)
async def consume(it):
    return [x async for x in it]
print(run(consume(ag)))

# a comprehension's scope, its loop variable, and exceptions from inside
async def scope():
    x = "outer"
    ys = [x async for x in agen(2)]
    try:
        [1 / x async for x in agen(2)]
    except ZeroDivisionError as e:
        return x, ys, str(e)
print(run(scope()))

# StopAsyncIteration from the iterable ends only that loop
class Ends:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
async def empty():
    return [x async for x in Ends()], {k: k async for k in Ends()}
print(run(empty()))

# code flags: async comprehensions are coroutines, async genexps async generators
import sys
async def flags():
    return [x async for x in agen(1)]
print(bool(flags.__code__.co_flags & 0x80))
f = flags()
f.close()
# expect: 28 ['g0', 'g1', 'g2', 'g0', 'g1', 'g2']
# expect: [0, 1, 2]
# expect: [10, 30]
# expect: [0, 1]
# expect: {0: 0, 1: 1}
# expect: [0, 1]
# expect: [2, 3]
# expect: [(0, 0), (0, 1), (1, 0), (1, 1)]
# expect: [[], [0], [0, 1]]
# expect: [0, 0, 0]
# expect:   async_generator <genexpr> <genexpr>
# expect:   async_generator
# expect: (['g0', 'g1', 'g2', 'v0', 'v1'], (0, [2, 4], [0, 1]))
# expect: async_generator
# expect: (['v0', 'v1'], [0, 1])
# expect: (['g0', 'g1', 'g0'], ('outer', [0, 1], 'division by zero'))
# expect: ([], ([], {}))
# expect: True

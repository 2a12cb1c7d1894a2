# Compile-time errors of async/await, with CPython 3.11's messages and positions.
# (Not checked: e.text, which CPython leaves None for compiler errors in
# compile()d strings, and the end of "Perhaps you forgot a comma?" after an
# await, which CPython extends over the whole following expression.)
sources = [
    "await x",
    "def f():\n    await x\n",
    "class C:\n    await x\n",
    "async def f():\n    lambda: await x\n",
    "async def f():\n    def g():\n        await x\n",
    "async with x:\n    pass\n",
    "def f():\n    async with x:\n        pass\n",
    "async for x in y:\n    pass\n",
    "def f():\n    async for x in y:\n        pass\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    return 2\n    yield 1\n",
    "async def f():\n    yield\n    return None\n",
    "async def f():\n    return (yield)\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    return [[x async for x in y] for z in w]\n",
    "def f():\n    [x for x in y if await z]\n",
    "[x async for x in y]",
    "{x: 1 async for x in y}",
    "async def f():\n    return [(yield) for z in w]\n",
    "async def f():\n    x = lambda: [a async for a in b]\n",
    "async def f():\n    class C:\n        x = [a async for a in b]\n",
    "async def f():\n    class C:\n        await x\n",
    "async def f():\n    async def g():\n        yield from x\n",
    "def f():\n    yield\n    await x\n",
    "def f():\n    x = [i for i in await y]\n",
    "async def f():\n    [x async for x in y]\n    def g():\n        async for q in w: pass\n",
    "async def f():\n    await = 1\n",
    "async = 1",
    "def f(): return await",
    "async def f():\n    await\n",
    "async def f():\n    return await await x\n",
    "async lambda: 1",
    "async x = 1",
    "async def f():\n    async while x: pass\n",
    "async def f():\n    await x = 1\n",
    "async def f():\n    del await x\n",
    "async def f():\n    for await x in y: pass\n",
    "async def f():\n    await x += 1\n",
    "async def f():\n    (await x) = 1\n",
    "async def f():\nx = 1\n",
    "async def f():\n    async with x:\n    pass\n",
    "async def f():\n    async for x in y:\n    pass\n",
    # these compile
    "def f():\n    return (x async for x in y)\n",
    "def f():\n    return (await x for x in y)\n",
    "(x async for x in y)",
    "async def f():\n    return [[x async for x in y] for z in w]\n",
    "async def f():\n    x = [i for i in await y]\n",
    "async def f():\n    [x for x in y if await z]\n",
    "async def f():\n    async with a as b, c as d: pass\n",
    "async def f():\n    async with (a as b, c as d): pass\n",
    "async def f():\n    return await x ** 2, -await x, await x.y[0](1)\n",
    "@d\nasync def f(): pass",
    "async def f():\n    async for x in y:\n        break\n    else:\n        pass\n",
    "async def f():\n    yield\n    return\n",
    "async def f():\n    print(await x for x in y)\n",
    "class C:\n    async def m(self):\n        return [x async for x in self]\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
# expect: 'await x' -> 'await' outside function (1, 1, 1, 8)
# expect: 'def f():\n    await x\n' -> 'await' outside async function (2, 5, 2, 12)
# expect: 'class C:\n    await x\n' -> 'await' outside function (2, 5, 2, 12)
# expect: 'async def f():\n    lambda: await x\n' -> 'await' outside async function (2, 13, 2, 20)
# expect: 'async def f():\n    def g():\n        await x\n' -> 'await' outside async function (3, 9, 3, 16)
# expect: 'async with x:\n    pass\n' -> 'async with' outside async function (1, 1, 2, 9)
# expect: 'def f():\n    async with x:\n        pass\n' -> 'async with' outside async function (2, 5, 3, 13)
# expect: 'async for x in y:\n    pass\n' -> 'async for' outside async function (1, 1, 2, 9)
# expect: 'def f():\n    async for x in y:\n        pass\n' -> 'async for' outside async function (2, 5, 3, 13)
# expect: 'async def f():\n    yield from x\n' -> 'yield from' inside async function (2, 5, 2, 17)
# expect: 'async def f():\n    yield 1\n    return 2\n' -> 'return' with value in async generator (3, 5, 3, 13)
# expect: 'async def f():\n    return 2\n    yield 1\n' -> 'return' with value in async generator (2, 5, 2, 13)
# expect: 'async def f():\n    yield\n    return None\n' -> 'return' with value in async generator (3, 5, 3, 16)
# expect: 'async def f():\n    return (yield)\n' -> 'return' with value in async generator (2, 5, 2, 19)
# expect: 'def f():\n    return [x async for x in y]\n' -> asynchronous comprehension outside of an asynchronous function (2, 12, 2, 32)
# expect: 'def f():\n    return [await x for x in y]\n' -> asynchronous comprehension outside of an asynchronous function (2, 12, 2, 32)
# expect: 'def f():\n    return [[x async for x in y] for z in w]\n' -> asynchronous comprehension outside of an asynchronous function (2, 12, 2, 45)
# expect: 'def f():\n    [x for x in y if await z]\n' -> asynchronous comprehension outside of an asynchronous function (2, 5, 2, 30)
# expect: '[x async for x in y]' -> asynchronous comprehension outside of an asynchronous function (1, 1, 1, 21)
# expect: '{x: 1 async for x in y}' -> asynchronous comprehension outside of an asynchronous function (1, 1, 1, 24)
# expect: 'async def f():\n    return [(yield) for z in w]\n' -> 'yield' inside list comprehension (2, 14, 2, 19)
# expect: 'async def f():\n    x = lambda: [a async for a in b]\n' -> asynchronous comprehension outside of an asynchronous function (2, 17, 2, 37)
# expect: 'async def f():\n    class C:\n        x = [a async for a in b]\n' -> asynchronous comprehension outside of an asynchronous function (3, 13, 3, 33)
# expect: 'async def f():\n    class C:\n        await x\n' -> 'await' outside function (3, 9, 3, 16)
# expect: 'async def f():\n    async def g():\n        yield from x\n' -> 'yield from' inside async function (3, 9, 3, 21)
# expect: 'def f():\n    yield\n    await x\n' -> 'await' outside async function (3, 5, 3, 12)
# expect: 'def f():\n    x = [i for i in await y]\n' -> 'await' outside async function (2, 21, 2, 28)
# expect: 'async def f():\n    [x async for x in y]\n    def g():\n        async for q in w: pass\n' -> 'async for' outside async function (4, 9, 4, 31)
# expect: 'async def f():\n    await = 1\n' -> invalid syntax (2, 11, 2, 12)
# expect: 'async = 1' -> invalid syntax (1, 7, 1, 8)
# expect: 'def f(): return await' -> invalid syntax (1, 22, 1, 22)
# expect: 'async def f():\n    await\n' -> invalid syntax (2, 10, 2, 10)
# expect: 'async def f():\n    return await await x\n' -> invalid syntax (2, 18, 2, 23)
# expect: 'async lambda: 1' -> invalid syntax (1, 7, 1, 13)
# expect: 'async x = 1' -> invalid syntax (1, 7, 1, 8)
# expect: 'async def f():\n    async while x: pass\n' -> invalid syntax (2, 11, 2, 16)
# expect: 'async def f():\n    await x = 1\n' -> cannot assign to await expression here. Maybe you meant '==' instead of '='? (2, 5, 2, 12)
# expect: 'async def f():\n    del await x\n' -> cannot delete await expression (2, 9, 2, 16)
# expect: 'async def f():\n    for await x in y: pass\n' -> cannot assign to await expression (2, 9, 2, 16)
# expect: 'async def f():\n    await x += 1\n' -> 'await expression' is an illegal expression for augmented assignment (2, 5, 2, 12)
# expect: 'async def f():\n    (await x) = 1\n' -> cannot assign to await expression here. Maybe you meant '==' instead of '='? (2, 6, 2, 13)
# expect: 'async def f():\nx = 1\n' -> expected an indented block after function definition on line 1 (2, 1, 2, 2)
# expect: 'async def f():\n    async with x:\n    pass\n' -> expected an indented block after 'with' statement on line 2 (3, 5, 3, 9)
# expect: 'async def f():\n    async for x in y:\n    pass\n' -> expected an indented block after 'for' statement on line 2 (3, 5, 3, 9)
# expect: ok: 'def f():\n    return (x async for x in y)\n'
# expect: ok: 'def f():\n    return (await x for x in y)\n'
# expect: ok: '(x async for x in y)'
# expect: ok: 'async def f():\n    return [[x async for x in y] for z in w]\n'
# expect: ok: 'async def f():\n    x = [i for i in await y]\n'
# expect: ok: 'async def f():\n    [x for x in y if await z]\n'
# expect: ok: 'async def f():\n    async with a as b, c as d: pass\n'
# expect: ok: 'async def f():\n    async with (a as b, c as d): pass\n'
# expect: ok: 'async def f():\n    return await x ** 2, -await x, await x.y[0](1)\n'
# expect: ok: '@d\nasync def f(): pass'
# expect: ok: 'async def f():\n    async for x in y:\n        break\n    else:\n        pass\n'
# expect: ok: 'async def f():\n    yield\n    return\n'
# expect: ok: 'async def f():\n    print(await x for x in y)\n'
# expect: ok: 'class C:\n    async def m(self):\n        return [x async for x in self]\n'

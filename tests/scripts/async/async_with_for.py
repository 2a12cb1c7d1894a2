# async with and async for: protocol calls, exceptions, break/continue/return, else clauses.

from asynchelp import Pause, run

class Manager:
    def __init__(self, name, swallow=False, log=None):
        self.name, self.swallow, self.log = name, swallow, log if log is not None else []
    async def __aenter__(self):
        self.log.append("enter " + self.name)
        await Pause("aenter " + self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        self.log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        await Pause("aexit " + self.name)
        return self.swallow

async def basic(log):
    async with Manager("a", log=log) as a, Manager("b", log=log) as b:
        log.append("body " + a + b)
    async with Manager("c", swallow=True, log=log):
        raise KeyError("swallowed")
    try:
        async with Manager("d", log=log):
            raise ValueError("passes")
    except ValueError as e:
        log.append("caught " + str(e))
    for i in range(3):
        async with Manager("loop%d" % i, log=log):
            if i == 0:
                continue
            if i == 1:
                break
    async with Manager("ret", log=log) as r:
        return r
log = []
print(run(basic(log)))
print(log)

async def nested_return():
    log = []
    try:
        async with Manager("x", log=log):
            try:
                return "from try"
            finally:
                log.append("finally")
    finally:
        print("  log:", log)
print(run(nested_return()))

# protocol errors
class NoExit:
    async def __aenter__(self):
        return 1
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
class BadEnter:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        pass
class BadExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 6
async def use(mgr):
    async with mgr:
        return "body"
for m in (5, NoExit(), SyncOnly(), BadEnter(), BadExit()):
    print(type(m).__name__, run(use(m)))

class Counter:
    def __init__(self, n, log):
        self.n, self.i, self.log = n, 0, log
    def __aiter__(self):
        self.log.append("aiter")
        return self
    async def __anext__(self):
        await Pause("next%d" % self.i)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def loops(log):
    out = []
    async for x in Counter(3, log):
        out.append(x)
    else:
        out.append("else1")
    async for x in Counter(5, log):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x)
    else:
        out.append("not reached")
    async for a, b in pairs():
        out.append(a + b)
    async for x in Counter(0, log):
        out.append("never")
    else:
        out.append("else2")
    return out
async def pairs():
    yield 1, 2
    yield 3, 4
log = []
print(run(loops(log)))
print(log)

# an exception in the body is not mistaken for the end of the loop
async def body_raises():
    async for x in Counter(3, []):
        raise StopAsyncIteration("from the body")
print(run(body_raises()))
async def return_in_loop():
    async for x in Counter(9, []):
        if x == 2:
            return x
print(run(return_in_loop()))

# protocol errors
class NoAnext:
    def __aiter__(self):
        return self
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
class SyncIter:
    def __iter__(self):
        return iter([1])
async def loop_over(obj):
    async for x in obj:
        return x
for obj in ([1, 2], NoAnext(), BadAnext(), SyncIter(), 3):
    print(type(obj).__name__, run(loop_over(obj)))
r = run(loop_over(BadAnext()))
async def cause():
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        return repr(e.__cause__)
print(run(cause()))
# expect: (['aenter a', 'aenter b', 'aexit b', 'aexit a', 'aenter c', 'aexit c', 'aenter d', 'aexit d', 'aenter loop0', 'aexit loop0', 'aenter loop1', 'aexit loop1', 'aenter ret', 'aexit ret'], 'RET')
# expect: ['enter a', 'enter b', 'body AB', 'exit b None', 'exit a None', 'enter c', 'exit c KeyError', 'enter d', 'exit d ValueError', 'caught passes', 'enter loop0', 'exit loop0 None', 'enter loop1', 'exit loop1 None', 'enter ret', 'exit ret None']
# expect:   log: ['enter x', 'finally', 'exit x None']
# expect: (['aenter x', 'aexit x'], 'from try')
# expect: int ([], "TypeError: 'int' object does not support the asynchronous context manager protocol")
# expect: NoExit ([], "TypeError: 'NoExit' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
# expect: SyncOnly ([], "TypeError: 'SyncOnly' object does not support the asynchronous context manager protocol")
# expect: BadEnter ([], "TypeError: 'async with' received an object from __aenter__ that does not implement __await__: int")
# expect: BadExit ([], "TypeError: 'async with' received an object from __aexit__ that does not implement __await__: int")
# expect: (['next0', 'next1', 'next2', 'next3', 'next0', 'next1', 'next2', 'next3', 'next0'], [1, 2, 3, 'else1', 1, 3, 3, 7, 'else2'])
# expect: ['aiter', 'aiter', 'aiter']
# expect: (['next0'], 'StopAsyncIteration: from the body')
# expect: (['next0', 'next1'], 2)
# expect: list ([], "TypeError: 'async for' requires an object with __aiter__ method, got list")
# expect: NoAnext ([], "TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: NoAnext")
# expect: BadAnext ([], "TypeError: 'async for' received an invalid object from __anext__: int")
# expect: SyncIter ([], "TypeError: 'async for' requires an object with __aiter__ method, got SyncIter")
# expect: int ([], "TypeError: 'async for' requires an object with __aiter__ method, got int")
# expect: ([], 'TypeError("object int can\'t be used in \'await\' expression")')

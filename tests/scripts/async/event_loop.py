# A tiny event loop written with coroutines only: tasks, sleeping, joining,
# cancellation by throw(), async generators closed through the finalizer hook.
import gc
import sys

class Cancelled(Exception):
    pass

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        while not self.task.done:
            yield ("join", self.task)
        if self.task.error:
            raise self.task.error
        return self.task.result

class Task:
    def __init__(self, loop, coro, name):
        self.loop, self.coro, self.name = loop, coro, name
        self.done, self.result, self.error = False, None, None
        self.wake = 0
        self.pending_throw = None

class Loop:
    def __init__(self):
        self.now, self.tasks, self.log, self.agens = 0, [], [], []
    def spawn(self, coro, name):
        t = Task(self, coro, name)
        self.tasks.append(t)
        return t
    def cancel(self, task):
        task.pending_throw = Cancelled(task.name)
        task.wake = self.now
    def step(self, t):
        try:
            if t.pending_throw:
                exc, t.pending_throw = t.pending_throw, None
                req = t.coro.throw(exc)
            else:
                req = t.coro.send(None)
        except StopIteration as e:
            t.done, t.result = True, e.value
            self.log.append((self.now, t.name, "returned", e.value))
            return
        except Exception as e:
            t.done, t.error = True, e
            self.log.append((self.now, t.name, "raised", type(e).__name__))
            return
        if req[0] == "sleep":
            t.wake = self.now + req[1]
    def run(self):
        old = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self.first_agen, finalizer=self.finalize_agen)
        try:
            while any(not t.done for t in self.tasks):
                for t in list(self.tasks):
                    if not t.done and t.wake <= self.now:
                        self.step(t)
                self.now += 1
        finally:
            sys.set_asyncgen_hooks(*old)
    def first_agen(self, agen):
        self.agens.append(agen.__name__)
    def finalize_agen(self, agen):
        self.log.append((self.now, "finalizer", agen.__name__))
        self.spawn(agen.aclose(), "aclose " + agen.__name__)

async def worker(name, n, delay):
    total = 0
    for i in range(n):
        await Sleep(delay)
        total += i
    return name, total

async def ticker(n):
    try:
        for i in range(n):
            await Sleep(1)
            yield i
    finally:
        await Sleep(1)
        print("  ticker cleanup at", loop.now)

async def take_two():
    got = []
    async for x in ticker(10):
        got.append(x)
        if len(got) == 2:
            break
    return got

async def sleeper():
    try:
        await Sleep(100)
    except Cancelled as e:
        await Sleep(1)
        return "cancelled " + str(e)

async def main():
    a = loop.spawn(worker("a", 3, 2), "a")
    b = loop.spawn(worker("b", 2, 1), "b")
    s = loop.spawn(sleeper(), "sleeper")
    t = loop.spawn(take_two(), "take_two")
    await Sleep(3)
    loop.cancel(s)
    results = [await Join(a), await Join(b), await Join(s), await Join(t)]
    await Sleep(3)
    gc.collect()
    return results

loop = Loop()
m = loop.spawn(main(), "main")
loop.run()
for entry in loop.log:
    print(entry)
print(m.result)
print(loop.agens)
# expect:   ticker cleanup at 5
# expect: (3, 'b', 'returned', ('b', 1))
# expect: (3, 'finalizer', 'ticker')
# expect: (3, 'take_two', 'returned', [0, 1])
# expect: (4, 'sleeper', 'returned', 'cancelled sleeper')
# expect: (5, 'aclose ticker', 'returned', None)
# expect: (7, 'a', 'returned', ('a', 3))
# expect: (11, 'main', 'returned', [('a', 3), ('b', 1), 'cancelled sleeper', [0, 1]])
# expect: [('a', 3), ('b', 1), 'cancelled sleeper', [0, 1]]
# expect: ['ticker']

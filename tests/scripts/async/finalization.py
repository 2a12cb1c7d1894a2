# Finalization: suspended coroutines and async generators that die run their
# finally blocks; never-awaited coroutines warn; sys.set_asyncgen_hooks.
import gc
import sys

class Pause:
    def __await__(self):
        return (yield "paused")

async def guarded(name):
    try:
        await Pause()
    finally:
        print("  finally of", name)

c = guarded("dropped")
c.send(None)
print("dropping a suspended coroutine")
del c
print("dropped")

# in a reference cycle: the collector finalizes it (PEP 442)
class Holder:
    pass
h = Holder()
h.coro = guarded("cycle")
h.coro.send(None)
h.coro.cr_frame.f_locals  # the frame stays reachable only through the cycle
h.self = h
del h
print("collecting")
gc.collect()
print("collected")

# a suspended coroutine that ignores GeneratorExit: RuntimeError is unraisable
async def stubborn():
    try:
        await Pause()
    finally:
        await Pause()
s = stubborn()
s.send(None)
del s
print("after stubborn")

# never awaited: RuntimeWarning (see the stderr expectations)
async def lonely():
    pass
lonely()
print("after lonely")

# async generators without hooks: closed when they die
async def agen(name):
    try:
        yield 1
        yield 2
    finally:
        print("  agen finally", name)
def first(ag):
    try:
        ag.__anext__().send(None)
    except StopIteration as e:
        return e.value
g = agen("plain")
print("first:", first(g))
del g
print("after plain agen")

# hooks
print(sys.get_asyncgen_hooks())
seen = []
def firstiter(ag):
    seen.append(("firstiter", ag.__name__))
def finalizer(ag):
    seen.append(("finalizer", ag.__name__))
    keep.append(ag)  # resurrect it, as an event loop does, to close it later
keep = []
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter, finalizer)
hooks = sys.get_asyncgen_hooks()
print(type(hooks).__name__, hooks.firstiter is firstiter, hooks[1] is finalizer, len(hooks))
g = agen("hooked")
print("not yet:", seen)
print("first:", first(g))
print("after first:", seen)
del g
print("after del:", seen, len(keep))
# the event loop's part: close it properly
aclose = keep[0].aclose()
try:
    aclose.send(None)
except StopIteration:
    print("closed by the loop")
keep.clear()
# a generator created while hooks were set but never iterated has no finalizer
g = agen("never iterated")
del g
print("never iterated:", seen[-1])
# an exhausted generator is not finalized
g = agen("exhausted")
first(g)
try:
    g.asend(None).send(None)
except StopIteration:
    pass
try:
    g.asend(None).send(None)
except StopAsyncIteration:
    print("exhausted")
del g
print("after exhausted:", seen[-1])
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())

# hook errors
for kw in ({"firstiter": 1}, {"finalizer": "x"}, {"bogus": None}):
    try:
        sys.set_asyncgen_hooks(**kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(None, None, None)
except TypeError as e:
    print("TypeError:", e)
sys.set_asyncgen_hooks(finalizer=len, firstiter=3) if False else None
try:
    sys.set_asyncgen_hooks(finalizer=print, firstiter=3)
except TypeError as e:
    print("TypeError:", e, sys.get_asyncgen_hooks().finalizer is print)
sys.set_asyncgen_hooks(None, None)

# a firstiter hook that raises: the error comes out of __anext__()
def bad_first(ag):
    raise ValueError("no iteration today")
sys.set_asyncgen_hooks(firstiter=bad_first)
g = agen("bad first")
try:
    g.__anext__()
except ValueError as e:
    print("ValueError:", e)
sys.set_asyncgen_hooks(firstiter=None)
print(first(g))
del g

# suspended coroutines and generators still alive at exit are closed during
# the teardown (what they print then depends on the teardown order, so they
# only record it; the exit leak check sees that nothing is left over)
closed = []
async def quiet():
    try:
        await Pause()
    finally:
        closed.append("coroutine")
async def quiet_agen():
    try:
        yield 1
    finally:
        closed.append("agen")
left = quiet()
left.send(None)
ag_left = quiet_agen()
first(ag_left)
print("end of script")
# expect stderr: ^Exception ignored in: <coroutine object stubborn at 0x
# expect stderr: ^RuntimeError: coroutine ignored GeneratorExit
# expect stderr: finalization.py:49: RuntimeWarning: coroutine 'lonely' was never awaited
# expect stderr: ^RuntimeWarning: Enable tracemalloc to get the object allocation traceback
# expect: dropping a suspended coroutine
# expect:   finally of dropped
# expect: dropped
# expect: collecting
# expect:   finally of cycle
# expect: collected
# expect: after stubborn
# expect: after lonely
# expect: first: 1
# expect:   agen finally plain
# expect: after plain agen
# expect: asyncgen_hooks(firstiter=None, finalizer=None)
# expect: asyncgen_hooks True True 2
# expect: not yet: []
# expect: first: 1
# expect: after first: [('firstiter', 'agen')]
# expect: after del: [('firstiter', 'agen'), ('finalizer', 'agen')] 1
# expect:   agen finally hooked
# expect: closed by the loop
# expect: never iterated: ('finalizer', 'agen')
# expect:   agen finally exhausted
# expect: exhausted
# expect: after exhausted: ('firstiter', 'agen')
# expect: asyncgen_hooks(firstiter=None, finalizer=None)
# expect: TypeError: callable firstiter expected, got int
# expect: TypeError: callable finalizer expected, got str
# expect: TypeError: 'bogus' is an invalid keyword argument for this function
# expect: TypeError: function takes at most 2 arguments (3 given)
# expect: TypeError: callable firstiter expected, got int True
# expect: ValueError: no iteration today
# expect: 1
# expect:   agen finally bad first
# expect: end of script

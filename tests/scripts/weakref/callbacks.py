# Callbacks: called with the weak reference when the referent dies, newest
# first; every weak reference is dead before the first callback runs; a
# weak reference that dies first never calls back; errors are reported, not raised.
import _weakref
import gc
gc.disable()

class Node:
    def __init__(self, name):
        self.name = name

events = []
a = Node("a")
plain = _weakref.ref(a)
withcb = _weakref.ref(a, lambda r: events.append(("cb", r is withcb, r(), plain())))
del a
print(events, withcb.__callback__)
# expect: [('cb', True, None, None)] None

# Order: the list is basic ref, basic proxy, then the others newest first;
# callbacks run in that order.
order = []
o = Node("o")
keep = [_weakref.ref(o, lambda r, i=i: order.append(i)) for i in range(4)]
basic = _weakref.ref(o)
px = _weakref.proxy(o)
pcb = _weakref.proxy(o, lambda p: order.append("proxy"))
print([type(w).__name__ for w in _weakref.getweakrefs(o)])
# expect: ['ReferenceType', 'ProxyType', 'ProxyType', 'ReferenceType', 'ReferenceType', 'ReferenceType', 'ReferenceType']
print(_weakref.getweakrefs(o)[0] is basic, _weakref.getweakrefs(o)[1] is px, _weakref.getweakrefs(o)[2] is pcb)
# expect: True True True
del o
print("newest first:", order)
# expect: newest first: ['proxy', 3, 2, 1, 0]

# Every weak reference is cleared before any callback runs.
seen = []
o = Node("all")
refs = [_weakref.ref(o, lambda r: seen.append([w() for w in refs])) for _ in range(3)]
del o
print(seen)
# expect: [[None, None, None], [None, None, None], [None, None, None]]

# A weak reference that dies before its referent does not call back.
o = Node("survivor")
gone = _weakref.ref(o, lambda r: print("never printed"))
del gone
del o
print("no callback for a dead weak reference")
# expect: no callback for a dead weak reference

# The callback may drop the last reference to its own weak reference.
holder = {}
o = Node("self-drop")
holder["k"] = _weakref.ref(o, lambda r: (holder.pop("k"), print("dropped", r is not None, r())))
del o
print(holder)
# expect: dropped True None
# expect: {}

# The callback may create new weak references to other objects, and callbacks
# run once only.
count = []
x = Node("x")
other = Node("other")
def make_more(r):
    count.append(1)
    global more
    more = _weakref.ref(other, lambda r: count.append("other"))
rx = _weakref.ref(x, make_more)
del x
del other
print(count)
# expect: [1, 'other']

# An exception in a callback is reported as unraisable and does not
# propagate; the other callbacks still run.
def bad(r):
    raise ValueError("boom in callback")
o = Node("bad")
later = []
r1 = _weakref.ref(o, lambda r: later.append("first registered"))
r2 = _weakref.ref(o, bad)
del o
print("after the failing callback:", later)
# expect: after the failing callback: ['first registered']
# expect stderr: ^Exception ignored in: <function bad at 0x[0-9a-f]+>$
# expect stderr: ^ValueError: boom in callback$

# The referent dies with the frame that the traceback keeps: when the
# handler ends; the exception is not disturbed by the callback.
def fails():
    o = Node("in flight")
    r = _weakref.ref(o, lambda r: print("callback after the handler"))
    raise KeyError("kept")
try:
    fails()
except KeyError as e:
    print("caught", e)
# expect: caught 'kept'
# expect: callback after the handler

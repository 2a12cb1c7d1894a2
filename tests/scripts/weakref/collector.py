# Weak references and the cycle collector (CPython's handle_weakrefs): weak
# references to garbage are cleared before any __del__ runs; a callback runs
# only when its weak reference is itself reachable; resurrection keeps the rules.
import _weakref
import gc
gc.disable()  # collections happen only where this script calls gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __repr__(self):
        return "Node(%s)" % self.name

# A cycle of three, two weak references with callbacks on each.
fired = {}
def note(r, name):
    fired.setdefault(name, []).append((tag_of[id(r)], all(w() is None for w in cycle_refs)))
x, y, z = Node("x"), Node("y"), Node("z")
x.other, y.other, z.other = y, z, x
tag_of, cycle_refs = {}, []
for obj in (x, y, z):
    for tag in ("first", "second"):
        r = _weakref.ref(obj, lambda r, n=obj.name: note(r, n))
        tag_of[id(r)] = tag
        cycle_refs.append(r)
del x, y, z, obj
print("before collect:", fired, [r() is not None for r in cycle_refs])
# expect: before collect: {} [True, True, True, True, True, True]
print(gc.collect() >= 3)
# expect: True
print("after collect:", {k: fired[k] for k in sorted(fired)})
# expect: after collect: {'x': [('second', True), ('first', True)], 'y': [('second', True), ('first', True)], 'z': [('second', True), ('first', True)]}
print([r.__callback__ is not None for r in cycle_refs][:2])  # the collector leaves the callback on the weak reference
# expect: [True, True]

# A weak reference that is part of the garbage never calls back.
g = Node("g")
g.other = g
g.wr = _weakref.ref(g, lambda r: print("never"))
g.wr_to_outside = _weakref.ref(Node, lambda r: print("never either"))
del g
gc.collect()
print("garbage weak references: no callbacks")
# expect: garbage weak references: no callbacks

# The callback may be reachable only through its weak reference.
events = []
def make_callback(tag):
    return lambda r: events.append(tag)
h = Node("h")
h.other = h
hold = _weakref.ref(h, make_callback("only via the weak reference"))
del h
gc.collect()
print(events)
# expect: ['only via the weak reference']

# __del__ in a cycle: the weak references are dead before it runs, and the
# callbacks run first.
log = []
class WithDel(Node):
    def __del__(self):
        log.append(("__del__", self.name, watcher() is None))
d = WithDel("d")
d.other = d
watcher = _weakref.ref(d, lambda r: log.append(("callback", r() is None)))
del d
gc.collect()
print(log)
# expect: [('callback', True), ('__del__', 'd', True)]

# Freed by reference counting instead: __del__ first, with the weak reference
# still alive; then the callback.
log.clear()
d = WithDel("rc")
watcher = _weakref.ref(d, lambda r: log.append(("callback", r() is None)))
del d
print(log)
# expect: [('__del__', 'rc', False), ('callback', True)]

# Resurrection in a cycle: the object lives on, but its weak references were
# cleared before __del__ ran (and their callbacks called); new ones work.
saved = []
class Phoenix(Node):
    def __del__(self):
        saved.append(self)
        log.append(("resurrect", old_ref()))
log.clear()
ph = Phoenix("phoenix")
ph.other = ph
old_ref = _weakref.ref(ph, lambda r: log.append("old callback"))
del ph
gc.collect()
print(log, saved, old_ref(), _weakref.getweakrefcount(saved[0]))
# expect: ['old callback', ('resurrect', None)] [Node(phoenix)] None 0
log.clear()
new_ref = _weakref.ref(saved[0], lambda r: log.append("new callback"))
saved.clear()
gc.collect()  # __del__ does not run twice: this time it dies
print(log, new_ref())
# expect: ['new callback'] None

# Resurrection by reference counting: __del__ runs before the weak references
# are cleared, so they survive with the object.
class Keeper(Node):
    def __del__(self):
        saved.append(self)
k = Keeper("keeper")
kref = _weakref.ref(k, lambda r: print("keeper callback"))
del k
print(kref() is saved[0], kref() is not None)
# expect: True True
saved.clear()
# (its __del__ ran once already: this time it dies, and the callback runs)
# expect: keeper callback
print("keeper gone:", kref())
# expect: keeper gone: None

# A weak reference freed by its own callback counts as collected, as in CPython.
def garbage_with_callback(drop):
    holder = {}
    n = Node("counted")
    n.other = n
    holder["r"] = _weakref.ref(n, lambda r: holder.pop("r") if drop else None)
    del n
    return gc.collect(), holder
kept_count, kept = garbage_with_callback(False)
dropped_count, dropped = garbage_with_callback(True)
print(dropped_count - kept_count, len(kept), len(dropped))
# expect: 1 1 0

# A weak reference and its callback in a cycle with each other (the callback
# refers to its weak reference) are collected like any cycle.
def cyclic_callback():
    target = Node("t")
    r = _weakref.ref(target, lambda w: r)
    return target, r
t, r = cyclic_callback()
wr_of_cb = _weakref.ref(r.__callback__)
del r
print(gc.collect() >= 2, wr_of_cb(), t.name)
# expect: True None t
print(gc.get_referents(_weakref.ref(t, note)) == [note], gc.get_referents(_weakref.ref(t)))
# expect: True []

# A callback that runs during a collection cannot start another one.
nested = []
n = Node("nested")
n.other = n
nr = _weakref.ref(n, lambda r: nested.append(gc.collect()))
del n
gc.collect()
print(nested)
# expect: [0]

# Generators and functions in cycles.
def gen():
    yield 1
gn = gen()
gn.__class__  # (a generator cannot hold itself; its frame's locals can)
holder_list = [gn]
holder_list.append(holder_list)
gref = _weakref.ref(gn, lambda r: print("generator collected"))
del gn, holder_list
gc.collect()
# expect: generator collected
def f():
    pass
f.self = f
fref = _weakref.ref(f, lambda r: print("function collected"))
del f
gc.collect()
# expect: function collected
class Cls:
    pass
Cls.me = Cls
cref = _weakref.ref(Cls, lambda r: print("class collected"))
del Cls
gc.collect()
# expect: class collected

# __del__, resurrection and weak references, by reference counting and in
# cycles (CPython's rules: reference counting runs __del__ first and clears
# weak references only if the object really dies; the collector clears them
# before any __del__, so a resurrected object has lost its old ones).
import _weakref
import gc
gc.disable()

log = []
saved = []

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name

# 1. Reference counting; __del__ makes a new weak reference but does not resurrect.
class MakesRef(Node):
    def __del__(self):
        global late
        late = _weakref.ref(self, lambda r: log.append("late callback"))
        log.append(("__del__", early() is self))
o = MakesRef("1")
early = _weakref.ref(o, lambda r: log.append("early callback"))
del o
print(log, late(), early())
# expect: [('__del__', True), 'late callback', 'early callback'] None None
log.clear()

# 2. Reference counting; __del__ resurrects: the weak references survive,
# their callbacks wait for the real death.
class Resurrects(Node):
    def __del__(self):
        saved.append(self)
        log.append("__del__")
o = Resurrects("2")
kept = _weakref.ref(o, lambda r: log.append("kept callback"))
del o
print(log, kept() is saved[0], _weakref.getweakrefcount(saved[0]))
# expect: ['__del__'] True 1
saved.clear()
print(log, kept())
# expect: ['__del__', 'kept callback'] None
log.clear()

# 3. In a cycle; __del__ resurrects and makes a new weak reference: the old
# one was cleared (and called back) before __del__; the new one lives on.
class CycleResurrects(Node):
    def __del__(self):
        global fresh
        saved.append(self)
        fresh = _weakref.ref(self, lambda r: log.append("fresh callback"))
        log.append(("__del__", stale()))
o = CycleResurrects("3")
o.me = o
stale = _weakref.ref(o, lambda r: log.append("stale callback"))
del o
gc.collect()
print(log, stale(), fresh() is saved[0], gc.is_finalized(saved[0]))
# expect: ['stale callback', ('__del__', None)] None True True
log.clear()
saved[0].me = None
saved.clear()  # dies by reference counting now, without a second __del__
print(log, fresh())
# expect: ['fresh callback'] None
log.clear()

# 4. In a cycle; __del__ makes a new weak reference without resurrecting:
# the object dies when the collector breaks the cycle, and the new
# reference's callback runs then.
class CycleMakesRef(Node):
    def __del__(self):
        global made
        made = _weakref.ref(self, lambda r: log.append("made callback"))
        log.append("__del__")
o = CycleMakesRef("4")
o.me = o
first = _weakref.ref(o, lambda r: log.append("first callback"))
del o
gc.collect()
print(log, made(), first())
# expect: ['first callback', '__del__', 'made callback'] None None
log.clear()

# 5. Two objects of one cycle, each watching the other: both references are
# dead before either callback runs.
a, b = Node("a"), Node("b")
a.b, b.a = b, a
wa = _weakref.ref(a, lambda r: log.append(("a died; b is", wb())))
wb = _weakref.ref(b, lambda r: log.append(("b died; a is", wa())))
del a, b
gc.collect()
print(sorted(log))
# expect: [('a died; b is', None), ('b died; a is', None)]
log.clear()

# 6. A callback that raises during a collection is reported, the collection goes on.
c = Node("c")
c.me = c
def failing(r):
    raise RuntimeError("callback failed during gc")
wc = _weakref.ref(c, failing)
d = Node("d")
d.me = d
wd = _weakref.ref(d, lambda r: log.append("other callback ran"))
del c, d
print(gc.collect() >= 2, log)
# expect: True ['other callback ran']
# expect stderr: ^Exception ignored in: <function failing at 0x[0-9a-f]+>$
# expect stderr: ^RuntimeError: callback failed during gc$

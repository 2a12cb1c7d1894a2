# Weak references: callbacks when an object dies, and how the cycle
# collector handles them (clear first, call back later, never for garbage).
#
# Run:      pyglass programs/weakref_callbacks.py      (and python3 programs/weakref_callbacks.py)
# Flags:    pyglass --stats programs/weakref_callbacks.py   (the collections in the report)
# Observe:  1. a weak reference does not keep its object alive: `del` frees it
#              at once, r() becomes None, the callbacks run newest first;
#           2. an object in a cycle dies only in gc.collect(): its callback
#              runs INSIDE the collection (between gc.callbacks' "start" and
#              "stop"), after every weak reference to the garbage was cleared
#              and BEFORE the object's __del__, which finds its weak reference
#              already dead;
#           3. a weak reference that is itself part of the garbage never calls
#              back (its callback could see half-destroyed objects);
#           4. a WeakValueDictionary-style cache: entries vanish as soon as
#              their value dies by reference counting; a value in a cycle stays
#              cached until gc.collect() finds the cycle, and then the cache
#              empties during the collection;
#           5. a proxy forwards everything to its referent, then raises
#              ReferenceError.
#           The cache is weakref.WeakValueDictionary when CPython's weakref.py
#           can be imported, else a small class built on _weakref (the same
#           idea: keyed references whose callback removes their entry).
import gc
import _weakref

gc.disable()  # collections only where this program asks for them
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __repr__(self):
        return "Node(%s)" % self.name


print("-- 1. reference counting frees, callbacks run newest first --")
a = Node("a")
plain = _weakref.ref(a)
order = []
refs = [_weakref.ref(a, lambda r, i=i: order.append("callback %d" % i)) for i in range(3)]
print("alive:", plain(), "weak references to a:", _weakref.getweakrefcount(a))
del a
print("after del a:", plain(), order)

print("-- 2. a cycle: the callback fires during gc.collect() --")
events = []


def on_gc(phase, info):
    events.append("gc " + phase)


class Tracked(Node):
    def __del__(self):
        events.append("__del__ of %s, its weak reference now %s" % (self.name, watch()))


c = Tracked("c")
c.other = c  # a cycle: reference counting alone never frees it
watch = _weakref.ref(c, lambda r: events.append("callback, r() is %s" % r()))
del c
print("after del c (still in the cycle):", watch())
gc.callbacks.append(on_gc)
gc.collect()
gc.callbacks.remove(on_gc)
for e in events:
    print("  ", e)

print("-- 3. a weak reference inside the garbage never calls back --")
g = Node("g")
g.other = g
g.self_ref = _weakref.ref(g, lambda r: print("   never printed"))
del g
print("collected:", gc.collect() > 0, "(no callback line above)")

print("-- 4. a cache of weak values --")
try:
    from weakref import WeakValueDictionary
    source = "weakref.WeakValueDictionary"
except Exception:  # weakref.py needs more of CPython's library than may be there yet
    source = "a cache on _weakref"

    class KeyedRef(_weakref.ref):
        # A weak reference that remembers its key, so the callback knows
        # which entry to drop.
        __slots__ = ("key",)

        def __new__(cls, obj, callback, key):
            self = _weakref.ref.__new__(cls, obj, callback)
            self.key = key
            return self

        def __init__(self, obj, callback, key):
            super().__init__(obj, callback)

    class WeakValueDictionary:
        def __init__(self):
            data = self.data = {}

            def remove(wr):
                # Runs when a value dies: by reference counting, or inside a
                # collection.  _remove_dead_weakref deletes the entry only
                # if it still holds this dead reference.
                _weakref._remove_dead_weakref(data, wr.key)
            self._remove = remove

        def __setitem__(self, key, value):
            self.data[key] = KeyedRef(value, self._remove, key)

        def __getitem__(self, key):
            value = self.data[key]()
            if value is None:
                raise KeyError(key)
            return value

        def get(self, key, default=None):
            try:
                return self[key]
            except KeyError:
                return default

        def __contains__(self, key):
            return self.get(key) is not None

        def __len__(self):
            return len(self.data)

        def keys(self):
            return [k for k, r in list(self.data.items()) if r() is not None]

print("cache:", source)
cache = WeakValueDictionary()
n1, n2 = Node("one"), Node("two")
cache["one"], cache["two"] = n1, n2
print("cached:", sorted(cache.keys()), cache.get("one"))
del n1
print("after del n1:", sorted(cache.keys()), "one" in cache, cache.get("one", "gone"))
n2.other = n2  # now n2 is in a cycle
del n2
print("n2 in a cycle, before gc.collect():", sorted(cache.keys()), len(cache))
gc.collect()
print("after gc.collect():", sorted(cache.keys()), len(cache))

print("-- 5. proxies --")
target = Node("proxied")
p = _weakref.proxy(target)
print("through the proxy:", p.name, type(p).__name__, isinstance(p, Node))
del target
try:
    p.name
except ReferenceError as e:
    print("after the referent died: ReferenceError:", e)

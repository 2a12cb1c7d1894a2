# Watching the collector work: debug flags, callbacks, finalizers.
#
# Run:      pyglass programs/gc_debug.py 2> gc.log; cat gc.log   (and the same with python3)
# Observe:  stdout: 1. finalizers (__del__) of objects in a cycle run once, at
#              the collection, never again; 2. a finalizer that stores its
#              object resurrects it (and what it refers to): gc.is_finalized
#              says so, and the next collection frees it without a second
#              __del__; 3. DEBUG_SAVEALL keeps the garbage in gc.garbage
#              instead of freeing it; 4. callbacks see every collection.
#           stderr (gc.log): DEBUG_STATS prints each collection as CPython
#              does: "gc: collecting generation 2...", "gc: objects in each
#              generation: ...", "gc: done, N unreachable, 0 uncollectable,
#              0.0001s elapsed"; DEBUG_COLLECTABLE names each garbage object;
#              an exception in __del__ is "Exception ignored in: ..." with a
#              traceback, and the program goes on.
import gc

gc.disable()
gc.collect()

print("-- 1. finalizers run once --")
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("   __del__", self.name)

a = Noisy("a"); b = Noisy("b"); a.peer = b; b.peer = a
del a, b
print("collecting:")
gc.collect()
print("collecting again (nothing):", gc.collect())

print("-- 2. resurrection --")
graveyard = []
class Phoenix:
    def __del__(self):
        print("   __del__ of the phoenix: storing myself")
        graveyard.append(self)
p = Phoenix(); p.me = p
del p
gc.collect()
print("alive again:", len(graveyard), " is_finalized:", gc.is_finalized(graveyard[0]))
graveyard.clear()
print("garbage again, freed without a second __del__:", gc.collect() > 0)

print("-- 3. DEBUG_STATS, DEBUG_COLLECTABLE and DEBUG_SAVEALL (see stderr) --")
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
l = []; l.append(l)
del l
gc.collect(0)
gc.set_debug(gc.DEBUG_SAVEALL)
d = {}; d["self"] = d
del d
gc.collect()
print("gc.garbage holds the dict:", len(gc.garbage), list(gc.garbage[0]))
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()

print("-- 4. callbacks and exceptions --")
def watch(phase, info):
    print("  ", phase, "generation", info["generation"], "collected", info["collected"])
gc.callbacks.append(watch)
class Broken:
    def __del__(self):
        raise RuntimeError("__del__ failed (see stderr)")
x = Broken(); x.me = x
del x
gc.collect()
gc.callbacks.remove(watch)
print("still running")
gc.enable()

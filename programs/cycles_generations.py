# Cycles and generations: what reference counting cannot free, and how the
# collector's three generations decide when to look.
#
# Run:      pyglass programs/cycles_generations.py      (and python3 programs/cycles_generations.py)
# Flags:    pyglass --stats programs/cycles_generations.py   (the collections in the report)
# Observe:  1. a self-referencing list and two dicts in a cycle survive `del`
#              and are found by gc.collect(): 1 and 2 unreachable objects;
#           2. a cycle that is still reachable from a global is never collected;
#           3. get_count(): generation 0 counts allocations minus deallocations
#              of tracked objects; generations 1 and 2 count collections of the
#              younger generation; a new object is in generation 0, then 1,
#              then 2 as it survives collections;
#           4. allocating past threshold 0 (700) starts collections by itself:
#              the callback prints them ("start"/"stop", generation, collected);
#           5. the 25% rule: a full collection waits until the objects promoted
#              into generation 2 since the last one are 25% of its survivors.
#           Node cycles report more objects in pyglass than in CPython: a
#           pyglass instance keeps its attributes in a real __dict__ (another
#           tracked object), where CPython 3.11 keeps them inline.
import gc

gc.disable()          # step by step first: only explicit collections
gc.collect()

print("-- 1. cycles --")
l = []
l.append(l)
del l
print("self-referencing list, unreachable objects found:", gc.collect())
a = {}
b = {"a": a}
a["b"] = b
del a, b
print("two dicts in a cycle, unreachable objects found:", gc.collect())

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

x = Node("x"); y = Node("y"); x.other = y; y.other = x
del x, y
print("two Nodes in a cycle (plus their __dicts__ in pyglass):", gc.collect())

print("-- 2. reachable cycles survive --")
keep = Node("kept"); keep.other = Node("partner"); keep.other.other = keep
print("collected while a global refers to the cycle:", gc.collect())

print("-- 3. counts and generations --")
gc.collect()
print("after a full collection, get_count():", gc.get_count())
fresh = [Node(str(i)) for i in range(5)]
print("5 new Nodes (and their dicts):        ", gc.get_count())
def where(o):
    return [i for i in range(3) if any(p is o for p in gc.get_objects(i))]
probe = [fresh]
print("a new list is in generation", where(probe))
gc.collect(0)
print("after collect(0): count", gc.get_count(), "- the list moved to generation", where(probe))
gc.collect(1)
print("after collect(1): count", gc.get_count(), "- the list moved to generation", where(probe))
del fresh, probe

print("-- 4. automatic collections --")
def report(phase, info):
    if phase == "stop":
        print("   automatic collection of generation", info["generation"], "found", info["collected"])
gc.callbacks.append(report)
gc.enable()
for i in range(2000):                 # 2000 cycles: about 4000 net new tracked objects
    n = Node(i); n.other = n
del n
gc.disable()
gc.callbacks.remove(report)
print("thresholds:", gc.get_threshold(), " stats per generation:",
      [s["collections"] for s in gc.get_stats()])

print("-- 5. the 25% rule --")
gc.collect()
survivors = len(gc.get_objects(2))
print("objects that survived the last full collection:", survivors)
print("a full collection runs automatically only once about", survivors // 4,
      "more objects have been promoted into generation 2")
gc.enable()

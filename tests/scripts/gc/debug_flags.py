# DEBUG_STATS prints each collection to stderr in CPython's format;
# DEBUG_SAVEALL keeps the garbage in gc.garbage.
import gc
gc.disable()  # collections only where this script asks for them
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
# expect: 1 2 4 32 38
gc.collect()
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
# expect: 1
l = []
l.append(l)
del l
gc.collect(1)
gc.set_debug(0)
# expect stderr: ^gc: collecting generation 1\.\.\.$
# expect stderr: ^gc: objects in each generation: \d+ \d+ \d+$
# expect stderr: ^gc: objects in permanent generation: 0$
# expect stderr: ^gc: done, 1 unreachable, 0 uncollectable, \d+\.\d{4}s elapsed$

gc.set_debug(gc.DEBUG_COLLECTABLE)
d = {}
d["me"] = d
del d
gc.collect()
gc.set_debug(0)
# expect stderr: ^gc: collectable <dict 0x[0-9a-f]+>$

gc.set_debug(gc.DEBUG_SAVEALL)
l = [1]
l.append(l)
del l
print(gc.collect())
# expect: 1
print(len(gc.garbage), gc.garbage[0][0])
# expect: 1 1
gc.set_debug(0)
gc.garbage[0].clear()
gc.garbage.clear()
print(gc.collect())
# expect: 0

# freeze moves everything tracked to the permanent generation.
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count()[0])
# expect: True 0
gc.unfreeze()
print(gc.get_freeze_count())
# expect: 0
gc.enable()

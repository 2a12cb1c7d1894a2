# Weak references across threads: callbacks run (holding the GIL) in the
# thread that drops the last reference or runs the collection; weak lists
# stay consistent while threads switch in the middle of making and dropping
# references.
import _weakref
import gc
import threading

class Node:
    def __init__(self, name):
        self.name = name

# The callback runs in the thread where the referent dies.
where = []
shared = Node("shared")
r = _weakref.ref(shared, lambda r: where.append(threading.current_thread().name))
box = [shared]
del shared
def drop():
    box.clear()
t = threading.Thread(target=drop, name="dropper")
t.start()
t.join()
print(where, r())
# expect: ['dropper'] None

# Many threads make and drop weak references to the same objects; the
# callbacks of references that outlive their referent run exactly once.
targets = [Node(str(i)) for i in range(8)]
calls = []
calls_lock = threading.Lock()
def on_death(r):
    with calls_lock:
        calls.append(1)
kept = [[] for _ in range(4)]
def worker(k):
    for rnd in range(300):
        for obj in targets:
            w = _weakref.ref(obj, on_death)
            assert w() is obj
            p = _weakref.proxy(obj)
            assert p.name == obj.name
            if rnd % 100 == 0:
                kept[k].append(w)
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print([_weakref.getweakrefcount(o) for o in targets], sum(len(k) for k in kept), calls)
# expect: [12, 12, 12, 12, 12, 12, 12, 12] 96 []
del targets[:]
print(len(calls), all(w() is None for k in kept for w in k))
# expect: 96 True

# A cache of weak values filled and emptied from several threads; cycles are
# collected in one thread while the others work.  The callback takes no lock:
# it may run in the middle of any allocation, in any thread (also one that
# holds the lock), which is why _remove_dead_weakref exists: it removes the
# entry in one step, under the GIL, and only if it is still a dead reference.
cache = {}
def remover(key):
    def cb(r):
        _weakref._remove_dead_weakref(cache, key)
    return cb
survivors = []
def user(k):
    for i in range(200):
        obj = Node("%d-%d" % (k, i))
        obj.me = obj  # a cycle: only the collector frees it
        key = (k, i)
        cache[key] = _weakref.ref(obj, remover(key))
        if i % 50 == 0:
            survivors.append(obj)
        if i % 40 == 0:
            gc.collect()
users = [threading.Thread(target=user, args=(k,)) for k in range(3)]
for th in users:
    th.start()
for th in users:
    th.join()
gc.collect()
print(len(cache), sorted(cache) == sorted((k, i) for k in range(3) for i in range(0, 200, 50)))
# expect: 12 True
for obj in survivors:
    obj.me = None
del obj
survivors.clear()
print(len(cache))
# expect: 0

# Free lists and interning: memory an interpreter recycles instead of
# freeing, and objects it shares instead of copying.
#
# Run:      pyglass programs/freelists_interning.py     (and python3 programs/freelists_interning.py)
# Flags:    pyglass --stats programs/freelists_interning.py  (allocator: free-list hits, cache hits)
# Observe:  1. small ints -5..256 are one object each (the cache): `is` is True
#              for 256, False for 1000 made at run time;
#           2. identifier-like string constants are interned; a string built
#              at run time is a new object until sys.intern() returns the
#              interned one;
#           3. a freed float, list, tuple or dict leaves its memory on a free
#              list: the next object of that type takes the same address (id);
#           4. atoms (int, float, str) are never tracked by the collector; an
#              empty list is, and sys.getsizeof counts the collector's header;
#           5. memory freed in bulk goes back to the operating system
#              (psutil: rss before, after building, after freeing).
#           Every True/False here is what CPython prints too; sizes differ
#           (pyglass objects carry refchain links).
import gc
import os
import sys

print("-- 1. the small-int cache --")
a, b = 256, int("256")
print("256 is int('256'):", a is b)
a, b = 1000, int("1000")
print("1000 is int('1000'):", a is b, " equal:", a == b)
print("refcount of 7 is huge (immortal, shared):", sys.getrefcount(7) > 1000)

print("-- 2. interning --")
s1 = "hello_world"
def f():
    return "hello_world"
print("same constant in two places is one object:", s1 is f())
s2 = "".join(["hello", "_world"])
print("built at run time:", s2 is s1, " after sys.intern:", sys.intern(s2) is s1)

print("-- 3. free lists --")
for make in (lambda: float("3.25"), lambda: [1, 2, 3], lambda: (os.getpid(), 1), lambda: {"k": 1}):
    o = make()
    addr = id(o)
    kind = type(o).__name__
    del o
    o2 = make()
    print(f"a new {kind:5} reuses the freed one's memory:", id(o2) == addr)
    del o2

print("-- 4. tracked or not --")
print("is_tracked: 1", gc.is_tracked(1), " 1.5", gc.is_tracked(1.5), " 'x'", gc.is_tracked("x"),
      " []", gc.is_tracked([]))
t = (1, os.getpid())
print("a tuple of ints is tracked when made:", gc.is_tracked(t), end=" ")
gc.collect()
print(" and untracked by the next collection:", gc.is_tracked(t))
print("getsizeof([]) - [].__sizeof__() = the collector's header:", sys.getsizeof([]) - [].__sizeof__() > 0)
print("getsizeof(1.5) == (1.5).__sizeof__() (no header):", sys.getsizeof(1.5) == (1.5).__sizeof__())

print("-- 5. memory back to the OS --")
try:
    import psutil
    p = psutil.Process(os.getpid())
    mb = lambda: p.memory_info().rss / 2**20
    base = mb()
    big = [float(i) for i in range(2_000_000)]
    built = mb()
    del big
    freed = mb()
    print(f"rss grew by {built - base:.0f} MiB for 2,000,000 floats; after del it is "
          f"{'back near' if freed - base < (built - base) / 2 else 'still far above'} the start")
except ImportError:
    print("psutil not installed (python3): skipped")

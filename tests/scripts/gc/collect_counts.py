# gc.collect's results, get_count, thresholds and statistics.
import gc
gc.disable()  # collections only where this script asks for them
print(gc.isenabled(), gc.get_threshold())
# expect: False (700, 10, 10)
gc.collect()

l = []
l.append(l)
del l
print(gc.collect())
# expect: 1
a = {}
b = {"a": a}
a["b"] = b
del a, b
print(gc.collect(0))
# expect: 2
t = []
t.append((t,))
del t
print(gc.collect(1))
# expect: 2

# get_count: generation 0 counts allocations minus deallocations of tracked
# objects; generations 1 and 2 count collections of the younger generation.
gc.collect()
print(gc.get_count())
# expect: (0, 0, 0)
gc.collect(0)
gc.collect(0)
print(gc.get_count()[1:])
# expect: (2, 0)
gc.collect(1)
print(gc.get_count()[1:])
# expect: (0, 1)
gc.collect(2)
print(gc.get_count()[1:])
# expect: (0, 0)
class O:
    pass
keep = [O() for i in range(50)]
print(gc.get_count()[0] >= 50)
# expect: True
del keep
print(gc.get_count()[0] < 50)
# expect: True

for g in (-1, 3):
    try:
        gc.collect(g)
    except ValueError as e:
        print(e)
# expect: invalid generation
# expect: invalid generation

old = gc.get_threshold()
gc.set_threshold(100, 5)
print(gc.get_threshold())
# expect: (100, 5, 10)
gc.set_threshold(*old)
print(gc.get_threshold())
# expect: (700, 10, 10)

s0 = gc.get_stats()
print(len(s0), sorted(s0[0]))
# expect: 3 ['collected', 'collections', 'uncollectable']
l = []
l.append(l)
del l
gc.collect(1)
s1 = gc.get_stats()
print(s1[1]["collections"] - s0[1]["collections"], s1[1]["collected"] - s0[1]["collected"],
      s1[1]["uncollectable"] - s0[1]["uncollectable"], s1[0] == s0[0])
# expect: 1 1 0 True

# An automatic collection of generation 0 happens once the count passes the threshold.
gc.set_threshold(50)
gc.enable()
before = gc.get_stats()[0]["collections"]
keep = [[] for i in range(200)]
print(gc.get_stats()[0]["collections"] > before)
# expect: True
gc.disable()
gc.set_threshold(*old)
del keep
gc.enable()

# The _pyglass module: figures from inside a script.
import _pyglass, gc

t = _pyglass.thread_stats()
print(sorted(t))
print(t["name"], t["bytecodes"] > 0)
print(_pyglass.check_interval(), _pyglass.seeded(), _pyglass.seed())
print(len(_pyglass.all_thread_stats()) >= 1, _pyglass.switches() >= 0)

before = _pyglass.alloc_stats()
xs = [float(i) + 0.5 for i in range(50)]
del xs
ys = [float(i) + 0.5 for i in range(50)]
after = _pyglass.alloc_stats()
print(after["float_freelist_hits"] - before["float_freelist_hits"] >= 50)
print(after["created"] > before["created"], after["interned"] > 0)

g0 = _pyglass.gc_stats()[2]
a = []
a.append(a)
del a
gc.collect()
g1 = _pyglass.gc_stats()[2]
print(g1["collections"] - g0["collections"], g1["collected"] - g0["collected"] >= 1, g1["examined"] > g0["examined"])
print(sorted(g1))
print(_pyglass.refchain_length() > 1000)
# expect: ['acquisitions', 'bytecodes', 'forced_releases', 'futile_wakeups', 'gil_hold_s', 'gil_wait_s', 'ident', 'name', 'native_id', 'voluntary_releases']
# expect: MainThread True
# expect: 100 False None
# expect: True True
# expect: True
# expect: True True
# expect: 1 True True
# expect: ['collected', 'collections', 'count', 'examined', 'generation', 'max_pause_s', 'total_pause_s', 'uncollectable']
# expect: True

# A collection started by a __del__ while the trashcan holds deferred
# containers must not free them a second time (issue 13's repro, and
# CPython's test_gc.test_trashcan).
import gc

class Ouch:
    n = 0
    def __del__(self):
        Ouch.n += 1
        if Ouch.n % 17 == 0:
            gc.collect()

gc.enable()
for count in range(2):
    t = []
    for i in range(150):
        t = [t, Ouch()]
    u = ()
    for i in range(150):
        u = (u, Ouch())
    v = {}
    for i in range(150):
        v = {1: v, 2: Ouch()}
    s = frozenset()
    for i in range(150):
        s = frozenset([s, Ouch()])
    del t, u, v, s
print(Ouch.n)

class A:
    def __del__(self):
        gc.collect()
l = []
for i in range(100):
    l = [A(), l]
del l
gc.collect()
print("done")

# expect: 1200
# expect: done

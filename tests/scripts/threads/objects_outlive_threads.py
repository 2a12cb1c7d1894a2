# Objects made by threads outlive them: each thread links what it allocates
# into its own refchain segment and its own heap of pools; at its end they
# move to the main ones.  The counts stay exact and cycles made by a thread
# are still collected after it ended (the GC-stress build checks the heap at
# every collection, segments and all).
import gc, threading, _pyglass

class Node:
    pass

kept = {}

def work(k):
    ring = [Node() for i in range(50)]
    for a, b in zip(ring, ring[1:] + ring[:1]):
        a.next = b
    kept[k] = [str(k) * (i % 7) + "!" for i in range(200)]
    del ring
    for i in range(2000):  # churn: blocks freed and reused within the thread
        x = [float(i)] * 3

gc.collect()
base = _pyglass.refchain_length()
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(kept), [len(v) for v in kept.values()])
print(gc.collect() >= 4 * 50)
grown = _pyglass.refchain_length() - base  # the strings (short ones are shared) and the threads
print(4 * 150 <= grown < 4 * 200 + 100)
kept.clear()
del ts, t
gc.collect()
print(_pyglass.refchain_length() - base < 50)
# expect: [0, 1, 2, 3] [200, 200, 200, 200]
# expect: True
# expect: True
# expect: True

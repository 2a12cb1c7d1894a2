# threading.local: per-thread attributes, __init__ per thread, cleanup when a thread ends, and cycles through a local collected.
import threading, weakref, gc
class X:
    pass
x = X()
x.local = threading.local()
x.local.x = x
wr = weakref.ref(x)
del x
gc.collect()
print("cycle collected:", wr() is None)
class MyLocal(threading.local):
    def __init__(self, n):
        self.n = n
        self.inits = getattr(self, "inits", 0) + 1
loc = MyLocal(5)
loc.n = 6
seen = []
def worker(i):
    seen.append((loc.n, loc.inits))
    loc.n = i
    seen.append(loc.n)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(map(str, seen)), loc.n)
class Big:
    def __del__(self):
        print("thread's value freed")
data = threading.local()
def holder():
    data.big = Big()
t = threading.Thread(target=holder)
t.start()
t.join()
gc.collect()
print(hasattr(data, "big"))
try:
    threading.local(1)
except TypeError as e:
    print(e)

# expect: cycle collected: True
# expect: ['(5, 1)', '(5, 1)', '(5, 1)', '0', '1', '2'] 6
# expect: thread's value freed
# expect: False
# expect: Initialization arguments are not supported

# threading.local (_thread._local): a subclass's __init__ runs again in each
# thread with the constructor's arguments; per-thread attributes and
# __dict__; slots; values are dropped when their thread ends; a cycle
# through a local is collected.
import gc, threading, weakref

class Ctx(threading.local):
    initialised = 0
    def __init__(self, base, *, step=1):
        Ctx.initialised += 1
        self.value = base
        self.step = step
    def bump(self):
        self.value += self.step
        return self.value

c = Ctx(10, step=2)
c.bump()
res = {}
def work(name):
    for _ in range(3):
        c.bump()
    res[name] = (c.value, sorted(c.__dict__))
ts = [threading.Thread(target=work, args=(f"t{i}",)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res.items()), c.value, Ctx.initialised)

class Obj: pass
loc = threading.local()
holder = []
def keep():
    o = Obj()
    loc.o = o
    holder.append(weakref.ref(o))
t = threading.Thread(target=keep); t.start(); t.join()
gc.collect()
print(holder[0]() is None)
try:
    threading.local(1)
except TypeError as e:
    print(e)
l2 = threading.local(); l2.me = l2
r = weakref.ref(l2); del l2; gc.collect()
print(r() is None)

# expect: [('t0', (16, ['step', 'value'])), ('t1', (16, ['step', 'value'])), ('t2', (16, ['step', 'value']))] 12 4
# expect: True
# expect: Initialization arguments are not supported
# expect: True

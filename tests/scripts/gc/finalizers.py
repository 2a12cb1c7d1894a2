# __del__ of objects in a cycle runs once (PEP 442); resurrected objects
# survive; exceptions in __del__ and in callbacks are reported, not raised.
import gc
gc.disable()  # collections only where this script asks for them

class WithDel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

w = WithDel("plain")
del w
# expect: __del__ plain
p = WithDel("cyclic")
p.self = p
del p
print("collecting")
# expect: collecting
n = gc.collect()
# expect: __del__ cyclic
print(n >= 1, gc.garbage)
# expect: True []

# Two objects in one cycle: each finalizer once, in no particular order.
log = []
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
a = D("a"); b = D("b"); a.other = b; b.other = a
del a, b
gc.collect()
gc.collect()
print(sorted(log))
# expect: ['a', 'b']

# Resurrection: the finalizer stores the object; it and what it reaches survive.
saved = []
class R:
    def __del__(self):
        print("resurrecting")
        saved.append(self)
r = R()
r.partner = [r]
del r
gc.collect()
# expect: resurrecting
print(len(saved), gc.is_finalized(saved[0]), saved[0].partner[0] is saved[0])
# expect: 1 True True
saved.clear()
print(gc.collect() >= 2)  # garbage again, and __del__ is not called a second time
# expect: True

# Finalized by reference counting, then resurrected.
class Once:
    def __del__(self):
        global keep
        keep = self
o = Once()
print(gc.is_finalized(o))
# expect: False
del o
print(gc.is_finalized(keep))
# expect: True
del keep

# Exceptions in __del__ are printed and ignored.
class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")
x = Bad()
x.self = x
del x
print("collected:", gc.collect() >= 1)
# expect: collected: True
# expect stderr: ^Exception ignored in: <function Bad.__del__ at 0x[0-9a-f]+>$
# expect stderr: ^ValueError: boom in __del__$

# Callbacks get "start" and "stop" with an info dict; their exceptions are ignored.
def cb(phase, info):
    print(phase, sorted(info.items()))
gc.callbacks.append(cb)
gc.collect(1)
# expect: start [('collected', 0), ('generation', 1), ('uncollectable', 0)]
# expect: stop [('collected', 0), ('generation', 1), ('uncollectable', 0)]
gc.callbacks.clear()
def bad_cb(phase, info):
    raise KeyError(phase)
gc.callbacks.append(bad_cb)
print(gc.collect())
# expect: 0
# expect stderr: ^Exception ignored in: <function bad_cb at 0x[0-9a-f]+>$
# expect stderr: ^KeyError: 'stop'$
gc.callbacks.clear()
print("end")
# expect: end
gc.enable()

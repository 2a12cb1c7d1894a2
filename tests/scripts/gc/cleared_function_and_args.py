# gc.get_objects's generation argument and bisect's hi use CPython's optional
# Py_ssize_t converter; a function cleared by the collector and reached again
# through a weak reference has empty names.
import bisect, gc, weakref

for a in ['1', 1.5, 2**70, -2, 3]:
    try:
        gc.get_objects(a)
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(gc.get_objects(None), list), isinstance(gc.get_objects(-1), list))
for hi in [2**70, 'x']:
    try:
        bisect.bisect([1], 1, 0, hi)
    except Exception as e:
        print(type(e).__name__, e)

class LateFin:
    __slots__ = ('ref',)
    def __del__(self):
        global func
        func = self.ref()

class Cyclic(tuple):
    __slots__ = ()
    def __del__(self):
        self[1].ref = weakref.ref(self[0])
        global latefin
        del latefin

# Automatic collections off: the objects stay young in creation order, as the
# order in which the collector clears them decides what the finalizer sees
# (GC-stress builds would otherwise collect at every allocation).
gc.disable()
latefin = LateFin()
def func():
    pass
cyc = tuple.__new__(Cyclic, (func, latefin))
func.__module__ = cyc
del func, cyc
gc.collect()
print(repr(func.__name__), repr(func.__qualname__), repr(func).startswith('<function  at '))

# expect: TypeError argument should be integer or None, not 'str'
# expect: TypeError argument should be integer or None, not 'float'
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: ValueError generation parameter cannot be negative
# expect: ValueError generation parameter must be less than the number of available generations (3)
# expect: True True
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: TypeError argument should be integer or None, not 'str'
# expect: '' '' True

# Which objects the collector tracks (gc.is_tracked), as in CPython 3.11.
import gc
gc.disable()  # collections only where this script asks for them

class C:
    def m(self):
        pass

def f():
    pass

def gen():
    yield 1

def make_cell():
    x = []
    def inner():
        return x
    return inner.__closure__[0]

atoms = [1, 10**30, 1.5, "s", b"b", None, False, True]
print([gc.is_tracked(o) for o in atoms])
# expect: [False, False, False, False, False, False, False, False]
containers = [[], [1], {"k": []}, ([],), {1}, frozenset({2}), C(), C, f, C().m, gen(), make_cell()]
print([gc.is_tracked(o) for o in containers])
# expect: [True, True, True, True, True, True, True, True, True, True, True, True]
print(gc.is_tracked(int), gc.is_tracked(()))
# expect: False False

# A tuple of atoms is tracked when made, and untracked by the first collection
# that sees it: it can never be part of a cycle.
t = tuple([1, "two", 3.0])
u = tuple([[], 1])
print(gc.is_tracked(t), gc.is_tracked(u))
# expect: True True
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
# expect: False True

# get_objects lists tracked objects, never atoms, and not its own result.
lst = [1, 2, 3]
objs = gc.get_objects()
print(any(o is lst for o in objs), any(o is t for o in objs), any(o is objs for o in objs))
# expect: True False False
print(all(gc.is_tracked(o) for o in gc.get_objects(generation=2)))
# expect: True
try:
    gc.get_objects(generation=3)
except ValueError as e:
    print(e)
# expect: generation parameter must be less than the number of available generations (3)
print(len(gc.get_objects(generation=-1)) == len(gc.get_objects()))
# expect: True
try:
    gc.get_objects(generation=-2)
except ValueError as e:
    print(e)
# expect: generation parameter cannot be negative

holder = []
obj = [1, 2]
holder.append(obj)
print(obj in gc.get_referents(holder), any(r is holder for r in gc.get_referrers(obj)))
# expect: True True
print(gc.get_referents(1, "s"), gc.get_referents(int))
# expect: [] []
gc.enable()

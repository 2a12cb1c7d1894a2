# A tour of the object model: reference counts, the small-int cache,
# interned names and the float and list free lists.
#
# Run:      pyglass programs/refcount_tour.py
# Observe:  every number below is what CPython 3.11 prints too; change the
#           script (add a name for the list, keep a float alive) and watch
#           the counts and ids change.
import sys

a = []
print("a = []                       refcount:", sys.getrefcount(a))   # a + the argument
b = a
print("b = a                        refcount:", sys.getrefcount(a))
holder = [a, a]
print("holder = [a, a]              refcount:", sys.getrefcount(a))
del b, holder
print("del b, holder                refcount:", sys.getrefcount(a))

def show(x):
    # the global name a, the parameter x and getrefcount's own argument
    return sys.getrefcount(x)
print("inside a call                refcount:", show(a))

x, y = 256, 256
print("256 is 256 (small-int cache):", x is y)
x, y = int("1000"), int("1000")
print("1000 is 1000 (made at run time):", x is y)

name = "hello_world"
def same_name():
    return "hello_world"
print("identifier-like constants are interned:", name is same_name())
built = "".join(["hello", "_world"])
print("a string built at run time is not:", built is name, "- until sys.intern:", sys.intern(built) is name)

f = float("3.14")
where = id(f)
del f
g = float("2.71")
print("a freed float's memory is reused by the next float (free list):", id(g) == where)

l1 = [1, 2, 3]
where = id(l1)
del l1
l2 = [4, 5]
print("a freed list's header is reused by the next list (free list):", id(l2) == where)

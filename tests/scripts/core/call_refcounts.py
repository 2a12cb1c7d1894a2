# A call moves its arguments from the caller's stack into the callee's frame (CPython 3.11 counts).
import sys
a = []
d = {"k": a}
def f(x):
    return sys.getrefcount(x)
print(f(a))
def g(x, *args, **kw):
    return sys.getrefcount(x)
print(g(a))
print(g(a, 1, k=2))
class C:
    def m(self, x): return sys.getrefcount(x)
    def s(self): return sys.getrefcount(self)
c = C()
print(c.m(a), C.m(c, a))
bm = c.m
print(bm(a))
print(c.s())
def gen(x):
    yield sys.getrefcount(x)
print(next(gen(a)))
print((lambda x: sys.getrefcount(x))(a))
print(f(x=a))
def h(x, y=5): return sys.getrefcount(x)
print(h(a), h(a, 1), h(y=2, x=a))
# expect: 4
# expect: 4
# expect: 4
# expect: 4 4
# expect: 4
# expect: 4
# expect: 4
# expect: 4
# expect: 4
# expect: 4 4 4

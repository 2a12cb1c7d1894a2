# Reference counts are exact and match CPython 3.11.
import sys
a = []
print(sys.getrefcount(a))  # expect: 2
b = a
print(sys.getrefcount(a))  # expect: 3
c = [a, a]
print(sys.getrefcount(a))  # expect: 5
del b, c
print(sys.getrefcount(a))  # expect: 2
d = {"k": a}
print(sys.getrefcount(a))  # expect: 3
def f(x):
    return sys.getrefcount(x)
print(f(a))  # expect: 4
print(sys.getrefcount(a))  # expect: 3

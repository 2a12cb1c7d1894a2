# Assignment forms, chained comparisons, boolean ops, f-strings, calls.
a, *b, c = range(6)
print(a, b, c)
*d, e = "xyz"
print(d, e)
(f, g), h = [1, 2], 3
print(f, g, h)
[i, [j, *k]] = (1, (2, 3, 4))
print(i, j, k)
m = n = [0]
print(m is n)
x, y = 1, 2
x, y = y, x
print(x, y)
try:
    p, q = [1, 2, 3]
except ValueError as err:
    print(err)
try:
    p, q, r = [1]
except ValueError as err:
    print(err)

calls = []
def val(v):
    calls.append(v)
    return v
print(val(1) < val(2) < val(3), calls)
calls.clear()
print(val(3) < val(2) < val(5), calls)
print(1 < 2 > 0 == 0 != 1, x is x is not None, 2 in [1, 2] not in [[3]])
print(0 or "", 0 or 5, 3 and 4, None and 1, not 0)

class Obj:
    def __init__(self):
        self.count = 0
        self.data = {"k": 1}
o = Obj()
def get_o():
    calls.append("get_o")
    return o
calls.clear()
get_o().count += 5
get_o().data["k"] *= 10
print(o.count, o.data, calls)
lst = [1, 2, 3, 4]
lst[1:3] = ["a"]
print(lst)
del lst[0]
print(lst)
lst[-1:] += [9]
print(lst)

width, val2 = 8, 3.14159
print(f"{val2:{width}.2f}|{'s'!r}|{x=}|{{}}|{f'{1+1}'}")
print(f"{'nested':>{width}}", f"{42:#x}", f"{'a' 'b'}")

def kw(a, b=2, *args, c, d=4, **rest):
    return a, b, args, c, d, rest
print(kw(1, c=3))
print(kw(1, 2, 3, 4, c=5, e=6))
print(kw(*[1, 2], **{"c": 3, "z": 0}))
print(kw(1, *(2, 3), c=1, **{"d": 0}))
try:
    kw(1, c=1, **{"c": 2})
except TypeError as err:
    print(err)
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3))
print((lambda *a, **k: (a, k))(1, x=2))
print(-5, -(5), --5, ~5, +5, -2 ** 2, (-2) ** 2, 2 ** -1)
print(1 if 0 else 2, 3 if [] else 4 if () else 5)
print([1, 2, 3][::-1], "abcdef"[1:5:2], (1, 2, 3)[-1])
t = (1, 2)
u = (1, 2)
print(t == u, (1, 1.0, True), 0.1 + 0.2, 10 // 3, -7 % 3, 2 ** 100)
import os.path
import os.path as osp
from os import path as p2, sep
print(osp is os.path, p2 is os.path, sep)
s = 0
for q in range(5):
    s += q
print(s)
while True:
    s -= 1
    if s < 5:
        break
print(s)

# expect: 0 [1, 2, 3, 4] 5
# expect: ['x', 'y'] z
# expect: 1 2 3
# expect: 1 2 [3, 4]
# expect: True
# expect: 2 1
# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 3, got 1)
# expect: True [1, 2, 3]
# expect: False [3, 2]
# expect: True True True
# expect:  5 4 None True
# expect: 5 {'k': 10} ['get_o', 'get_o']
# expect: [1, 'a', 4]
# expect: ['a', 4]
# expect: ['a', 4, 9]
# expect:     3.14|'s'|x=2|{}|2
# expect:   nested 0x2a ab
# expect: (1, 2, (), 3, 4, {})
# expect: (1, 2, (3, 4), 5, 4, {'e': 6})
# expect: (1, 2, (), 3, 4, {'z': 0})
# expect: (1, 2, (3,), 1, 0, {})
# expect: __main__.kw() got multiple values for keyword argument 'c'
# expect: 6
# expect: ((1,), {'x': 2})
# expect: -5 -5 5 -6 5 -4 4 0.5
# expect: 2 5
# expect: [3, 2, 1] bd 3
# expect: True (1, 1.0, True) 0.30000000000000004 3 2 1267650600228229401496703205376
# expect: True True /
# expect: 10
# expect: 4

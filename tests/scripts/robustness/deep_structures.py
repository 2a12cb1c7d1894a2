# Deep recursion, deeply nested data and deeply nested source end in clean errors.
import sys
print(sys.getrecursionlimit())
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError:", e)
m = []
for i in range(100000):
    m = [m]
try:
    print(l == m)
except RecursionError as e:
    print("RecursionError:", e)
del l, m
d = {}
for i in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("RecursionError:", e)
del d
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion")
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print("eq recursion:", e)
class H:
    def __hash__(self):
        return hash(self)
try:
    hash(H())
except RecursionError as e:
    print("hash recursion:", e)
for src in ["(" * 10000 + ")" * 10000, "[" * 10000, "x" + ".y" * 100000, "-" * 100000 + "1",
            "".join(" " * i + "if x:\n" for i in range(200)) + " " * 200 + "pass\n"]:
    try:
        exec(src)
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__)
print(len(str(2 ** 10000 // 3 ** 5000)))
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
print("alive")
# expect: 1000
# expect: RecursionError: maximum recursion depth exceeded
# expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: RecursionError: maximum recursion depth exceeded in comparison
# expect: RecursionError: maximum recursion depth exceeded while getting the repr of an object
# expect: repr recursion
# expect: eq recursion: maximum recursion depth exceeded
# expect: hash recursion: maximum recursion depth exceeded
# expect: SyntaxError
# expect: SyntaxError
# expect: RecursionError
# expect: MemoryError
# expect: IndentationError
# expect: 625
# expect: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: alive

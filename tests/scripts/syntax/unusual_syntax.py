# Unusual but valid syntax; every result is printed.
x = 1; y = 2;
a = b = c = [1, 2, 3]
print(a is b is c, x, y)
first, *rest = range(5)
print(first, rest)
(p, q), [r, *s] = (1, 2), "abc"
print(p, q, r, s)
print(-2 ** 2, 2 ** -1, (-2) ** 2, 2 ** 3 ** 2)
print(1 < 2 < 3, 1 < 3 < 2, 1 in [1] not in [[1]])
print(not 1 == 2, 7 // 2, -7 // 2, 7 % -3, ~5)
print(0x1F, 0o17, 0b1011, 1_000_000, 1.5e3, 1e-2)
print('a' 'b' "c", r'\n', b'x\x41', '\u00e9\N{DEGREE SIGN}', '\101\x42')
w = 3.14159
name = "py"
print(f"{w:.2f}|{name!r}|{name=}|{w=:.1f}|{{}}|{w:>{2 + 6}.3}")
print(f'{"nested"}', f"{'a' if x else 'b'}", F"{x + y}" f"{x}" "lit")
print([i * j for i in range(3) if i for j in range(3) if j > i])
print({k: v for k, v in zip("ab", (1, 2))}, {*a, 9}, {**{'z': 1}, 'y': 2})
print(list(i for i in range(3)), sum(i for i in range(4)))
print((n := 10) + n, [y := 5, y ** 2])
def f(a, /, b=2, *args, c, d=4, **kw) -> "ret":
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
print((lambda *a, k=1, **kw: (a, k, kw))(1, 2, k=3, z=4))
print(f.__annotations__)
def g():
    x = yield 1
    yield from range(x, x + 2)
gen = g(); print(next(gen), gen.send(5), next(gen))
class A(object, metaclass=type):
    """doc"""
    v: int = 3
print(A.v, A.__doc__)
if x: pass
elif y: pass
else: pass
for i in []: pass
else: print("for-else")
while False: pass
else: print("while-else")
try:
    raise ValueError("boom") from None
except (TypeError, ValueError) as e:
    print(type(e).__name__, e, e.__cause__)
else:
    pass
finally:
    print("finally")
with open(__file__) as fh1, open(__file__) as fh2:
    print(fh1.readline() == fh2.readline())
t = 1,
print(t, (), (1,), [*t, *t], a[1:], a[::-1], a[:1], "abc"[1:2])
print(x if y else 0, x if not y else 0)
del a[0], b
print(a)
assert x, "never"
print(..., Ellipsis is ..., None, True, False)
s = 'multi\
line'
print(s, """tri
ple""")
中文 = 3
print(中文 * 2)
# expect: True 1 2
# expect: 0 [1, 2, 3, 4]
# expect: 1 2 a ['b', 'c']
# expect: -4 0.5 4 512
# expect: True False False
# expect: True 3 -4 -2 -6
# expect: 31 15 11 1000000 1500.0 0.01
# expect: abc \n b'xA' é° AB
# expect: 3.14|'py'|name='py'|w=3.1|{}|    3.14
# expect: nested a 31lit
# expect: [2]
# expect: {'a': 1, 'b': 2} {1, 2, 3, 9} {'z': 1, 'y': 2}
# expect: [0, 1, 2] 6
# expect: 20 [5, 25]
# expect: (1, 2, (), 3, 4, {}) (1, 2, (3, 4), 5, 4, {'e': 6})
# expect: ((1, 2), 3, {'z': 4})
# expect: {'return': 'ret'}
# expect: 1 5 6
# expect: 3 doc
# expect: for-else
# expect: while-else
# expect: ValueError boom None
# expect: finally
# expect: True
# expect: (1,) () (1,) [1, 1] [2, 3] [3, 2, 1] [1] b
# expect: 1 0
# expect: [2, 3]
# expect: Ellipsis True None True False
# expect: multiline tri
# expect: ple
# expect: 6

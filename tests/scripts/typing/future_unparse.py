# PEP 563: annotations compiled to their normalised source text (as CPython's unparser writes it).
from __future__ import annotations
exprs = r'''
a
a.b.c
a[1]
a[1:2]
a[1:2, ::3]
a[:]
a[::]
a[1:]
a[(1, 2)]
a[()]
a[*b]
a[b, *c]
(1, 2)
(1,)
()
[1, 2]
[]
{1, 2}
{}
{1: 2, **d}
{**d}
1 + 2 * 3
(1 + 2) * 3
2 ** 3 ** 4
(2 ** 3) ** 4
-x ** 2
(-x) ** 2
-(-x)
+x
~x
not x
not not x
x and y or z
x and (y or z)
(x or y) and z
x if y else z
(x if y else z) if w else v
x if (y if z else w) else v
lambda: 1
lambda x: x
lambda x, y=1, *a, k, kk=2, **kw: 0
lambda *a: 0
lambda *, k: 0
lambda x, /, y: 0
lambda **kw: 0
(lambda: 1)()
a < b <= c
a is not b
a not in b
a in b
(a < b) < c
a < (b < c)
f(x)
f(x, *y, k=1, **z)
f(x for x in y)
f((x for x in y), 1)
[x for x in y if x if z]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[(x, y) for x, y in z]
[x async for x in y]
lambda: (await x)
lambda: await x + 1
lambda: -(await x) ** 2
f'{x}'
f'{x!r:>{w}}'
f'a{{b}}c{d}'
f'{x=}'
f'{ {1: 2}[1] }'
f'{lambda: 1}'
'str'
"it's"
'a"b'
b'bytes'
1
0x1f
1_000
1.5
1e309
1e-5
3.0
True
None
...
(yield)
(yield x)
(yield from x)
(x := 1)
[y := 2, 3]
*a
a | b
a ^ b & c << d >> e
a @ b
a // b % c / d
1 .real
1.5.real
'a'.upper()
x[1].y(2)[3]
(a, b)[0]
f(*a)(b)
a if b else lambda: c
(a, *b)
x.__class__
'\n\t\x00é\U0001f600'
-1
- 1
(a)
((a, b))
'''.strip().split("\n")
ns = {}
for src in exprs:
    try:
        exec("def f(p: " + src + "): pass", ns)
        print(repr(src), "->", repr(ns["f"].__annotations__["p"]))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)

# expect: 'a' -> 'a'
# expect: 'a.b.c' -> 'a.b.c'
# expect: 'a[1]' -> 'a[1]'
# expect: 'a[1:2]' -> 'a[1:2]'
# expect: 'a[1:2, ::3]' -> 'a[1:2, ::3]'
# expect: 'a[:]' -> 'a[:]'
# expect: 'a[::]' -> 'a[:]'
# expect: 'a[1:]' -> 'a[1:]'
# expect: 'a[(1, 2)]' -> 'a[1, 2]'
# expect: 'a[()]' -> 'a[()]'
# expect: 'a[*b]' -> 'a[*b,]'
# expect: 'a[b, *c]' -> 'a[b, *c]'
# expect: '(1, 2)' -> '(1, 2)'
# expect: '(1,)' -> '(1,)'
# expect: '()' -> '()'
# expect: '[1, 2]' -> '[1, 2]'
# expect: '[]' -> '[]'
# expect: '{1, 2}' -> '{1, 2}'
# expect: '{}' -> '{}'
# expect: '{1: 2, **d}' -> '{1: 2, **d}'
# expect: '{**d}' -> '{**d}'
# expect: '1 + 2 * 3' -> '1 + 2 * 3'
# expect: '(1 + 2) * 3' -> '(1 + 2) * 3'
# expect: '2 ** 3 ** 4' -> '2 ** 3 ** 4'
# expect: '(2 ** 3) ** 4' -> '(2 ** 3) ** 4'
# expect: '-x ** 2' -> '-x ** 2'
# expect: '(-x) ** 2' -> '(-x) ** 2'
# expect: '-(-x)' -> '--x'
# expect: '+x' -> '+x'
# expect: '~x' -> '~x'
# expect: 'not x' -> 'not x'
# expect: 'not not x' -> 'not not x'
# expect: 'x and y or z' -> 'x and y or z'
# expect: 'x and (y or z)' -> 'x and (y or z)'
# expect: '(x or y) and z' -> '(x or y) and z'
# expect: 'x if y else z' -> 'x if y else z'
# expect: '(x if y else z) if w else v' -> '(x if y else z) if w else v'
# expect: 'x if (y if z else w) else v' -> 'x if (y if z else w) else v'
# expect: 'lambda: 1' -> 'lambda: 1'
# expect: 'lambda x: x' -> 'lambda x: x'
# expect: 'lambda x, y=1, *a, k, kk=2, **kw: 0' -> 'lambda x, y=1, *a, k, kk=2, **kw: 0'
# expect: 'lambda *a: 0' -> 'lambda*a: 0'
# expect: 'lambda *, k: 0' -> 'lambda*, k: 0'
# expect: 'lambda x, /, y: 0' -> 'lambda x, /, y: 0'
# expect: 'lambda **kw: 0' -> 'lambda**kw: 0'
# expect: '(lambda: 1)()' -> '(lambda: 1)()'
# expect: 'a < b <= c' -> 'a < b <= c'
# expect: 'a is not b' -> 'a is not b'
# expect: 'a not in b' -> 'a not in b'
# expect: 'a in b' -> 'a in b'
# expect: '(a < b) < c' -> '(a < b) < c'
# expect: 'a < (b < c)' -> 'a < (b < c)'
# expect: 'f(x)' -> 'f(x)'
# expect: 'f(x, *y, k=1, **z)' -> 'f(x, *y, k=1, **z)'
# expect: 'f(x for x in y)' -> 'f(x for x in y)'
# expect: 'f((x for x in y), 1)' -> 'f((x for x in y), 1)'
# expect: '[x for x in y if x if z]' -> '[x for x in y if x if z]'
# expect: '{x for x in y}' -> '{x for x in y}'
# expect: '{k: v for k, v in d.items()}' -> '{k: v for k, v in d.items()}'
# expect: '(x for x in y)' -> '(x for x in y)'
# expect: '[(x, y) for x, y in z]' -> '[(x, y) for x, y in z]'
# expect: '[x async for x in y]' -> '[x async for x in y]'
# expect: 'lambda: (await x)' -> 'lambda: await x'
# expect: 'lambda: await x + 1' -> 'lambda: await x + 1'
# expect: 'lambda: -(await x) ** 2' -> 'lambda: -await x ** 2'
# expect: "f'{x}'" -> "f'{x}'"
# expect: "f'{x!r:>{w}}'" -> "f'{x!r:>{w}}'"
# expect: "f'a{{b}}c{d}'" -> "f'a{{b}}c{d}'"
# expect: "f'{x=}'" -> "f'x={x!r}'"
# expect: "f'{ {1: 2}[1] }'" -> "f'{ {1: 2}[1]}'"
# expect: "f'{lambda: 1}'" SyntaxError f-string: invalid syntax
# expect: "'str'" -> "'str'"
# expect: '"it\'s"' -> '"it\'s"'
# expect: '\'a"b\'' -> '\'a"b\''
# expect: "b'bytes'" -> "b'bytes'"
# expect: '1' -> '1'
# expect: '0x1f' -> '31'
# expect: '1_000' -> '1000'
# expect: '1.5' -> '1.5'
# expect: '1e309' -> '1e309'
# expect: '1e-5' -> '1e-05'
# expect: '3.0' -> '3.0'
# expect: 'True' -> 'True'
# expect: 'None' -> 'None'
# expect: '...' -> '...'
# expect: '(yield)' SyntaxError 'yield expression' can not be used within an annotation
# expect: '(yield x)' SyntaxError 'yield expression' can not be used within an annotation
# expect: '(yield from x)' SyntaxError 'yield expression' can not be used within an annotation
# expect: '(x := 1)' SyntaxError 'named expression' can not be used within an annotation
# expect: '[y := 2, 3]' SyntaxError 'named expression' can not be used within an annotation
# expect: '*a' SyntaxError invalid syntax
# expect: 'a | b' -> 'a | b'
# expect: 'a ^ b & c << d >> e' -> 'a ^ b & c << d >> e'
# expect: 'a @ b' -> 'a @ b'
# expect: 'a // b % c / d' -> 'a // b % c / d'
# expect: '1 .real' -> '1 .real'
# expect: '1.5.real' -> '1.5.real'
# expect: "'a'.upper()" -> "'a'.upper()"
# expect: 'x[1].y(2)[3]' -> 'x[1].y(2)[3]'
# expect: '(a, b)[0]' -> '(a, b)[0]'
# expect: 'f(*a)(b)' -> 'f(*a)(b)'
# expect: 'a if b else lambda: c' -> 'a if b else lambda: c'
# expect: '(a, *b)' -> '(a, *b)'
# expect: 'x.__class__' -> 'x.__class__'
# expect: "'\\n\\t\\x00é\\U0001f600'" -> "'\\n\\t\\x00é😀'"
# expect: '-1' -> '-1'
# expect: '- 1' -> '-1'
# expect: '(a)' -> 'a'
# expect: '((a, b))' -> '(a, b)'

# Compile-time errors of match statements: CPython's messages and positions.
sources = [
    "match v:\n case x:\n  pass\n case 1:\n  pass\n",
    "match v:\n case _:\n  pass\n case 1:\n  pass\n",
    "match v:\n case (x):\n  pass\n case 2:\n  pass\n",
    "match v:\n case x as y:\n  pass\n case 2:\n  pass\n",
    "match v:\n case a | b:\n  pass\n",
    "match v:\n case _ | 1:\n  pass\n",
    "match v:\n case [a, a]:\n  pass\n",
    "match v:\n case {'a': x, 'b': x}:\n  pass\n",
    "match v:\n case {'a': x, **x}:\n  pass\n",
    "match v:\n case C(x, y=x):\n  pass\n",
    "match v:\n case [x, *x]:\n  pass\n",
    "match v:\n case x as x:\n  pass\n",
    "match v:\n case [x] | [y]:\n  pass\n",
    "match v:\n case 1 | x:\n  pass\n",
    "match v:\n case [*a, *b]:\n  pass\n",
    "match v:\n case *x, *y:\n  pass\n",
    "match v:\n case C(x=1, x=2):\n  pass\n",
    "match v:\n case C(x=1, 2):\n  pass\n",
    "match v:\n case 1+2:\n  pass\n",
    "match v:\n case 1j+2:\n  pass\n",
    "match v:\n case 1.5+2:\n  pass\n",
    "match v:\n case x as _:\n  pass\n",
    "match v:\n case {'k': 1, 'k': 2}:\n  pass\n",
    "match v:\n case {1: 1, 1.0: 2}:\n  pass\n",
    "match v:\n case {-0: 1, 0: 2}:\n  pass\n",
    "match v:\n case {None: 1, None: 2}:\n  pass\n",
    "match v:\n case f'x':\n  pass\n",
    "match v:\n case {f'a': 1}:\n  pass\n",
    "match v:\n case {x: 1}:\n  pass\n",
    "match v:\n case {**_}:\n  pass\n",
    "match v:\n case {**rest, 'a': 1}:\n  pass\n",
    "match v:\n case *x:\n  pass\n",
    "match v:\n case (*x):\n  pass\n",
    "match v:\n case -x:\n  pass\n",
    "match v:\n case x as y.z:\n  pass\n",
    "match v:\n case __debug__:\n  pass\n",
    "match v:\n case C(__debug__=1):\n  pass\n",
    "match v:\n  pass\n",
    "match v:\n case 1:\n  pass\n x = 1\n",
    "match v\n case 1:\n  pass\n",
    "match v:\n case 1\n  pass\n",
    "match v:\n case 1:\npass\n",
    "match v:\ncase 1:\n  pass\n",
    "case 1:\n    pass\n",
    "match *v:\n case 1:\n  pass\n",
    "match v:\n case 1 if 1 else 2:\n  pass\n",
    "match (yield):\n case 1:\n  pass\n",
]
for src in sources:
    try:
        compile(src, "<m>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
ok = [
    "match v:\n case x if x:\n  pass\n case 2:\n  pass\n",
    "match v, *w:\n case 1:\n  pass\n",
    "match x := 1:\n case 1:\n  pass\n",
    "match lambda: 1:\n case 1:\n  pass\n",
    "match -x:\n case 1: pass\n",
    "match v:\n case 'a' 'b': pass\n case {a.b: 1}: pass\n case f(): pass\n case a.b(): pass\n",
    "match v:\n case {0: _, **x} | {**x}: pass\n",
    "match v:\n case {'a': 1, **rest, }: pass\n",
    "match = 1\nmatch(2)\nmatch[1]\nmatch.x = 1\nmatch: int = 3\nmatch, case = 1, 2\ncase.x = 3\n",
]
for src in ok:
    compile(src, "<m>", "exec")
print("all compiled")

# expect: SyntaxError: name capture 'x' makes remaining patterns unreachable (2, 7, 2, 8)
# expect: SyntaxError: wildcard makes remaining patterns unreachable (2, 7, 2, 8)
# expect: SyntaxError: name capture 'x' makes remaining patterns unreachable (2, 8, 2, 9)
# expect: SyntaxError: name capture 'x' makes remaining patterns unreachable (2, 7, 2, 8)
# expect: SyntaxError: name capture 'a' makes remaining patterns unreachable (2, 7, 2, 8)
# expect: SyntaxError: wildcard makes remaining patterns unreachable (2, 7, 2, 8)
# expect: SyntaxError: multiple assignments to name 'a' in pattern (2, 11, 2, 12)
# expect: SyntaxError: multiple assignments to name 'x' in pattern (2, 21, 2, 22)
# expect: SyntaxError: multiple assignments to name 'x' in pattern (2, 13, 2, 14)
# expect: SyntaxError: multiple assignments to name 'x' in pattern (2, 14, 2, 15)
# expect: SyntaxError: multiple assignments to name 'x' in pattern (2, 11, 2, 13)
# expect: SyntaxError: multiple assignments to name 'x' in pattern (2, 7, 2, 8)
# expect: SyntaxError: alternative patterns bind different names (2, 14, 2, 15)
# expect: SyntaxError: alternative patterns bind different names (2, 11, 2, 12)
# expect: SyntaxError: multiple starred names in sequence pattern (2, 7, 2, 15)
# expect: SyntaxError: multiple starred names in sequence pattern (2, 7, 2, 13)
# expect: SyntaxError: attribute name repeated in class pattern: x (2, 16, 2, 17)
# expect: SyntaxError: positional patterns follow keyword patterns (2, 14, 2, 15)
# expect: SyntaxError: imaginary number required in complex literal (2, 9, 2, 10)
# expect: SyntaxError: real number required in complex literal (2, 7, 2, 9)
# expect: SyntaxError: imaginary number required in complex literal (2, 11, 2, 12)
# expect: SyntaxError: cannot use '_' as a target (2, 12, 2, 13)
# expect: SyntaxError: mapping pattern checks duplicate key ('k') (2, 7, 2, 23)
# expect: SyntaxError: mapping pattern checks duplicate key (1.0) (2, 7, 2, 21)
# expect: SyntaxError: mapping pattern checks duplicate key (0) (2, 7, 2, 20)
# expect: SyntaxError: mapping pattern checks duplicate key (None) (2, 7, 2, 25)
# expect: SyntaxError: patterns may only match literals and attribute lookups (2, 7, 2, 11)
# expect: SyntaxError: mapping pattern keys may only match literals and attribute lookups (2, 7, 2, 16)
# expect: SyntaxError: invalid syntax (2, 9, 2, 10)
# expect: SyntaxError: invalid syntax (2, 10, 2, 11)
# expect: SyntaxError: invalid syntax (2, 16, 2, 19)
# expect: SyntaxError: invalid syntax (2, 9, 2, 10)
# expect: SyntaxError: invalid syntax (2, 10, 2, 11)
# expect: SyntaxError: invalid syntax (2, 8, 2, 9)
# expect: SyntaxError: invalid syntax (2, 13, 2, 14)
# expect: SyntaxError: cannot assign to __debug__ (2, 7, 2, 16)
# expect: SyntaxError: cannot assign to __debug__ (2, 19, 2, 20)
# expect: SyntaxError: invalid syntax (2, 3, 2, 7)
# expect: SyntaxError: invalid syntax (4, 2, 4, 3)
# expect: SyntaxError: expected ':' (1, 8, 1, 8)
# expect: SyntaxError: expected ':' (2, 8, 2, 8)
# expect: IndentationError: expected an indented block after 'case' statement on line 2 (3, 0, 3, -1)
# expect: IndentationError: expected an indented block after 'match' statement on line 1 (2, 1, 2, 5)
# expect: SyntaxError: invalid syntax (1, 6, 1, 7)
# expect: SyntaxError: invalid syntax (1, 9, 1, 10)
# expect: SyntaxError: invalid syntax (2, 14, 2, 18)
# expect: SyntaxError: 'yield' outside function (1, 8, 1, 13)
# expect: all compiled

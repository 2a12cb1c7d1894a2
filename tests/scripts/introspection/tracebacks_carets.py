# Tracebacks with CPython 3.11's carets: ^^^ under the failing expression,
# ~~~^^^~~~ for binary operations and subscripts, nothing when the carets
# would cover the whole line.  Each snippet runs from a file; its traceback
# is printed by sys.excepthook into a string (the directory made neutral).
import os
import sys
import io

directory = "/tmp/pyglass_carets_%d" % os.getpid()
os.mkdir(directory)


def show(name, source):
    path = os.path.join(directory, name + ".py")
    with open(path, "w") as f:
        f.write(source)
    code = compile(source, path, "exec")
    try:
        exec(code, {"__name__": "__main__"})
    except BaseException as e:
        err = e
    else:
        print(name, "did not raise")
        return
    err = err.with_traceback(err.__traceback__.tb_next)  # from the snippet's own frame
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.excepthook(type(err), err, err.__traceback__)
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    print("=== " + name)
    print(text.replace(directory, "<dir>"), end="")
    os.remove(path)


SNIPPETS = [
    ('assert_', "x = 1\nassert x == 2, 'msg'\n"),
    ('attr', 'class A: pass\na = A()\nprint(a.missing)\n'),
    ('attr_multi', 'x = 1\ny = (x\n     .nope)\n'),
    ('attr_on_call', 'def f(): return 1\nf().x\n'),
    ('augassign', "x = 'a'\nx += 1\n"),
    ('augassign_attr', "class A: v = 'a'\na = A()\na.v += 1\n"),
    ('augassign_sub', "d = {'k': 'a'}\nd['k'] += 1\n"),
    ('binop_floordiv', 'y = 0\nx = 10 // y\n'),
    ('binop_matmul', 'x = [1] @ [2]\n'),
    ('binop_mod', "x = 'a' % (1, 2)\n"),
    ('binop_nested', "a = 1\nb = 'x'\nc = (a + 1) * 2 + b\n"),
    ('binop_pow', "x = 2 ** 'a'\n"),
    ('binop_shift', 'x = 1 << -1\n'),
    ('bool_op', 'x = None\ny = x and x.a or x.b\n'),
    ('builtin_call_args', "x = int('z')\n"),
    ('call_inner', "def f():\n    return g()\ndef g():\n    raise ValueError('v')\nf()\n"),
    ('call_kw', 'def f(a): pass\nf(b=1)\n'),
    ('call_nested', 'def f(x): return x\nprint(f(f(len(5))))\n'),
    ('call_on_result', 'def f(): return None\nf()()\n'),
    ('call_star', 'def f(a): pass\nf(*[1, 2])\n'),
    ('chained', "try:\n    {}['a']\nexcept KeyError:\n    [][1]\n"),
    ('class_body', 'class C:\n    x = 1/0\n'),
    ('cmp', "x = 1 < 'a'\n"),
    ('cmp_chain', "x = 1 < 2 < 'a'\n"),
    ('comprehension_dict', 'd = {k: 1/k for k in [0]}\n'),
    ('decorator', "def deco(f):\n    raise RuntimeError('d')\n@deco\ndef g(): pass\n"),
    ('del_attr', 'class A: pass\ndel A().x\n'),
    ('del_subscr', 't = (1,)\ndel t[0]\n'),
    ('dict_display', 'd = {[]: 1}\n'),
    ('exc_finally', 'try:\n    1/0\nfinally:\n    pass\n'),
    ('exc_in_except', 'try:\n    1/0\nexcept ZeroDivisionError:\n    raise\n'),
    ('for_iter', 'for x in 5:\n    pass\n'),
    ('for_iter_inline', 'total = [x for x in 5]\n'),
    ('format_call', "x = '{0}'.format()\n"),
    ('fstring', "x = object()\ny = f'{x:>10d}'\n"),
    ('genexpr', 'g = (1/x for x in [0])\nlist(g)\n'),
    ('getitem_method', 'class A:\n    def __getitem__(self, k): raise KeyError(k)\nA()[1]\n'),
    ('global_name', 'print(undefined_name)\n'),
    ('ifexp', 'x = 1\ny = x.a if x else 2\n'),
    ('in_op', 'x = 1 in 5\n'),
    ('indent_call', 'if True:\n    if True:\n        len(5)\n'),
    ('indent_expr', 'if True:\n        x = len(5) + 1\n'),
    ('int_div_unary', 'x = 5 / -0\n'),
    ('is_call', 'x = len(1) is None\n'),
    ('keyword_only', 'def f(*, a): pass\nf(1)\n'),
    ('lambda_', 'f = lambda x: x.y\nf(1)\n'),
    ('listcomp_cond', 'r = [x for x in [1] if x.bad]\n'),
    ('local_unbound', 'def f():\n    print(v)\n    v = 1\nf()\n'),
    ('long_line_only_call', 'len(5)\n'),
    ('method_call', 'x = [1]\nx.pop().bad()\n'),
    ('method_descr', 'x = [].index(5)\n'),
    ('method_multi', 'x = [1]\ny = (x\n     .nope())\n'),
    ('multiline_binop_end', "a = 1\nb = (a +\n     'x')\n"),
    ('multiline_call', "def f(a, b): return a + b\nx = f(1,\n      'b')\n"),
    ('nested_frames3', "def a(): b()\ndef b(): c()\ndef c(): return {}['x']\na()\n"),
    ('nested_sub', 'x = [[1]]\ny = x[0][5]\n'),
    ('paren_binop', "a = 1\nb = (a) + ('x')\n"),
    ('raise_from', "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('v') from e\n"),
    ('return_in_finally_err', 'def f():\n    try:\n        return 1\n    finally:\n        x = 1/0\nf()\n'),
    ('return_value', "def f():\n    return 1 + 'a'\nf()\n"),
    ('set_display', 's = {[1]}\n'),
    ('setattr_', 'x = 1\nx.a = 2\n'),
    ('slice_bad', "x = [1][1:'a']\n"),
    ('starred_call_kw', "def f(): pass\nf(**{'a': 1})\n"),
    ('stop_in_gen', 'def g():\n    raise StopIteration\n    yield\nlist(g())\n'),
    ('store_subscr', 't = (1,)\nt[0] = 5\n'),
    ('string_concat', "x = 'a' 'b' + 1\n"),
    ('sub_spaces', 'x = [1]\ny = x [ 3 ] \n'),
    ('subscr_call', "def f(): return {}\nf()['x']\n"),
    ('subscript_slice', 't = (1,2)\nt[1:2][5]\n'),
    ('subscript_str', "d = {'a': 1}\nv = d['b']\n"),
    ('super_bad', 'class A:\n    def f(self): return super().f()\nA().f()\n'),
    ('tabs', 'if True:\n\tx = len(5)\n'),
    ('tuple_in_call', 'print(len(5), 1)\n'),
    ('unary', "x = -'a'\n"),
    ('unicode', "é = {}\nr = 'ü' + é['ä']\n"),
    ('unpack', 'a, b = [1, 2, 3]\n'),
    ('unpack_star', 'a, *b, c = [1]\n'),
    ('walrus', 'if (n := len(5)) > 1: pass\n'),
    ('with_bad', 'with 5:\n    pass\n'),
    ('yield_from', 'def g():\n    yield from 5\nlist(g())\n'),
    ('m1', 'class A:\n    def m(self):\n        raise ValueError\na = A()\nr = (a\n     .m())\n'),
    ('m10', "a = 'x'\nb = (a\n     * 'y')\n"),
    ('m11', 'def g():\n    yield 1/0\nfor v in g():\n    pass\n'),
    ('m12', 'def g():\n    x = yield\n    x.foo\nit = g(); next(it); it.send(1)\n'),
    ('m13', "class E(Exception): pass\ndef f():\n    try:\n        raise E('a')\n    except E as e:\n        raise KeyError('b') from None\nf()\n"),
    ('m14', 'try:\n    x = [][0]\nexcept IndexError as e:\n    y = {}[e]\n'),
    ('m15', 'def outer():\n    def inner():\n        return undefined\n    return inner()\nouter()\n'),
    ('m16', 'x = [1, 2]\nprint(x[0], x[5],\n      x[1])\n'),
    ('m17', "x = 'abc'\ny = x.encode().decode().bogus\n"),
    ('m18', "def f(): return {}\nf().get('a').b\n"),
    ('m19', "class A:\n    def __add__(self, o): raise TypeError('no')\nA() + A()\n"),
    ('m2', 'class A:\n    def m(self, x):\n        raise ValueError\na = A()\nr = a.m(\n    1,\n    2)\n'),
    ('m20', "class A:\n    def __eq__(self, o): raise TypeError('no')\nA() == A()\n"),
    ('m23', "data = {'k': [1, 2]}\nvalue = data['k'][1] + data['k'][2] * 3\n"),
    ('m24', 'x = 1; y = x.foo; z = 2\n'),
    ('m25', 'for i in range(3):\n    if i == 2:\n        raise RuntimeError(i)\n'),
    ('m26', 'while True:\n    x = 1 + None\n'),
    ('m28', "print('é' * 3 + 5)\n"),
    ('m29', "x = 'ab'\nr = x[0] [1] [2]\n"),
    ('m3', "x = {}\ny = x.get(\n  'a').upper()\n"),
    ('m30', 'def f(a, b):\n    return a // b\nprint(f(1, 0))\n'),
    ('m4', "d = {'a': {}}\nv = (d['a']\n     ['b'])\n"),
    ('m5', 'def f(*a):\n    return a[5]\nf(1,\n  2)\n'),
    ('m6', 'x = [1, 2,\n     3][7]\n'),
    ('m8', "s = 'abc'\nn = s.index('z',\n            0)\n"),
    ('m9', 'a = 1\nb = 0\nc = (a /\n     b)\n'),
]

for name, source in SNIPPETS:
    show(name, source)
os.rmdir(directory)

# expect: === assert_
# expect: Traceback (most recent call last):
# expect:   File "<dir>/assert_.py", line 2, in <module>
# expect:     assert x == 2, 'msg'
# expect:            ^^^^^^
# expect: AssertionError: msg
# expect: === attr
# expect: Traceback (most recent call last):
# expect:   File "<dir>/attr.py", line 3, in <module>
# expect:     print(a.missing)
# expect:           ^^^^^^^^^
# expect: AttributeError: 'A' object has no attribute 'missing'
# expect: === attr_multi
# expect: Traceback (most recent call last):
# expect:   File "<dir>/attr_multi.py", line 3, in <module>
# expect:     .nope)
# expect:      ^^^^
# expect: AttributeError: 'int' object has no attribute 'nope'
# expect: === attr_on_call
# expect: Traceback (most recent call last):
# expect:   File "<dir>/attr_on_call.py", line 2, in <module>
# expect:     f().x
# expect: AttributeError: 'int' object has no attribute 'x'
# expect: === augassign
# expect: Traceback (most recent call last):
# expect:   File "<dir>/augassign.py", line 2, in <module>
# expect:     x += 1
# expect: TypeError: can only concatenate str (not "int") to str
# expect: === augassign_attr
# expect: Traceback (most recent call last):
# expect:   File "<dir>/augassign_attr.py", line 3, in <module>
# expect:     a.v += 1
# expect: TypeError: can only concatenate str (not "int") to str
# expect: === augassign_sub
# expect: Traceback (most recent call last):
# expect:   File "<dir>/augassign_sub.py", line 2, in <module>
# expect:     d['k'] += 1
# expect: TypeError: can only concatenate str (not "int") to str
# expect: === binop_floordiv
# expect: Traceback (most recent call last):
# expect:   File "<dir>/binop_floordiv.py", line 2, in <module>
# expect:     x = 10 // y
# expect:         ~~~^^~~
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: === binop_matmul
# expect: Traceback (most recent call last):
# expect:   File "<dir>/binop_matmul.py", line 1, in <module>
# expect:     x = [1] @ [2]
# expect:         ~~~~^~~~~
# expect: TypeError: unsupported operand type(s) for @: 'list' and 'list'
# expect: === binop_mod
# expect: Traceback (most recent call last):
# expect:   File "<dir>/binop_mod.py", line 1, in <module>
# expect:     x = 'a' % (1, 2)
# expect:         ~~~~^~~~~~~~
# expect: TypeError: not all arguments converted during string formatting
# expect: === binop_nested
# expect: Traceback (most recent call last):
# expect:   File "<dir>/binop_nested.py", line 3, in <module>
# expect:     c = (a + 1) * 2 + b
# expect:         ~~~~~~~~~~~~^~~
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: === binop_pow
# expect: Traceback (most recent call last):
# expect:   File "<dir>/binop_pow.py", line 1, in <module>
# expect:     x = 2 ** 'a'
# expect:         ~~^^~~~~
# expect: TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'
# expect: === binop_shift
# expect: Traceback (most recent call last):
# expect:   File "<dir>/binop_shift.py", line 1, in <module>
# expect:     x = 1 << -1
# expect:         ~~^^~~~
# expect: ValueError: negative shift count
# expect: === bool_op
# expect: Traceback (most recent call last):
# expect:   File "<dir>/bool_op.py", line 2, in <module>
# expect:     y = x and x.a or x.b
# expect:                      ^^^
# expect: AttributeError: 'NoneType' object has no attribute 'b'
# expect: === builtin_call_args
# expect: Traceback (most recent call last):
# expect:   File "<dir>/builtin_call_args.py", line 1, in <module>
# expect:     x = int('z')
# expect:         ^^^^^^^^
# expect: ValueError: invalid literal for int() with base 10: 'z'
# expect: === call_inner
# expect: Traceback (most recent call last):
# expect:   File "<dir>/call_inner.py", line 5, in <module>
# expect:     f()
# expect:   File "<dir>/call_inner.py", line 2, in f
# expect:     return g()
# expect:            ^^^
# expect:   File "<dir>/call_inner.py", line 4, in g
# expect:     raise ValueError('v')
# expect: ValueError: v
# expect: === call_kw
# expect: Traceback (most recent call last):
# expect:   File "<dir>/call_kw.py", line 2, in <module>
# expect:     f(b=1)
# expect: TypeError: f() got an unexpected keyword argument 'b'
# expect: === call_nested
# expect: Traceback (most recent call last):
# expect:   File "<dir>/call_nested.py", line 2, in <module>
# expect:     print(f(f(len(5))))
# expect:               ^^^^^^
# expect: TypeError: object of type 'int' has no len()
# expect: === call_on_result
# expect: Traceback (most recent call last):
# expect:   File "<dir>/call_on_result.py", line 2, in <module>
# expect:     f()()
# expect: TypeError: 'NoneType' object is not callable
# expect: === call_star
# expect: Traceback (most recent call last):
# expect:   File "<dir>/call_star.py", line 2, in <module>
# expect:     f(*[1, 2])
# expect: TypeError: f() takes 1 positional argument but 2 were given
# expect: === chained
# expect: Traceback (most recent call last):
# expect:   File "<dir>/chained.py", line 2, in <module>
# expect:     {}['a']
# expect:     ~~^^^^^
# expect: KeyError: 'a'
# expect: 
# expect: During handling of the above exception, another exception occurred:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "<dir>/chained.py", line 4, in <module>
# expect:     [][1]
# expect:     ~~^^^
# expect: IndexError: list index out of range
# expect: === class_body
# expect: Traceback (most recent call last):
# expect:   File "<dir>/class_body.py", line 1, in <module>
# expect:     class C:
# expect:   File "<dir>/class_body.py", line 2, in C
# expect:     x = 1/0
# expect:         ~^~
# expect: ZeroDivisionError: division by zero
# expect: === cmp
# expect: Traceback (most recent call last):
# expect:   File "<dir>/cmp.py", line 1, in <module>
# expect:     x = 1 < 'a'
# expect:         ^^^^^^^
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: === cmp_chain
# expect: Traceback (most recent call last):
# expect:   File "<dir>/cmp_chain.py", line 1, in <module>
# expect:     x = 1 < 2 < 'a'
# expect:         ^^^^^^^^^^^
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: === comprehension_dict
# expect: Traceback (most recent call last):
# expect:   File "<dir>/comprehension_dict.py", line 1, in <module>
# expect:     d = {k: 1/k for k in [0]}
# expect:         ^^^^^^^^^^^^^^^^^^^^^
# expect:   File "<dir>/comprehension_dict.py", line 1, in <dictcomp>
# expect:     d = {k: 1/k for k in [0]}
# expect:             ~^~
# expect: ZeroDivisionError: division by zero
# expect: === decorator
# expect: Traceback (most recent call last):
# expect:   File "<dir>/decorator.py", line 3, in <module>
# expect:     @deco
# expect:      ^^^^
# expect:   File "<dir>/decorator.py", line 2, in deco
# expect:     raise RuntimeError('d')
# expect: RuntimeError: d
# expect: === del_attr
# expect: Traceback (most recent call last):
# expect:   File "<dir>/del_attr.py", line 2, in <module>
# expect:     del A().x
# expect:         ^^^^^
# expect: AttributeError: 'A' object has no attribute 'x'
# expect: === del_subscr
# expect: Traceback (most recent call last):
# expect:   File "<dir>/del_subscr.py", line 2, in <module>
# expect:     del t[0]
# expect:         ~^^^
# expect: TypeError: 'tuple' object doesn't support item deletion
# expect: === dict_display
# expect: Traceback (most recent call last):
# expect:   File "<dir>/dict_display.py", line 1, in <module>
# expect:     d = {[]: 1}
# expect:         ^^^^^^^
# expect: TypeError: unhashable type: 'list'
# expect: === exc_finally
# expect: Traceback (most recent call last):
# expect:   File "<dir>/exc_finally.py", line 2, in <module>
# expect:     1/0
# expect:     ~^~
# expect: ZeroDivisionError: division by zero
# expect: === exc_in_except
# expect: Traceback (most recent call last):
# expect:   File "<dir>/exc_in_except.py", line 2, in <module>
# expect:     1/0
# expect:     ~^~
# expect: ZeroDivisionError: division by zero
# expect: === for_iter
# expect: Traceback (most recent call last):
# expect:   File "<dir>/for_iter.py", line 1, in <module>
# expect:     for x in 5:
# expect: TypeError: 'int' object is not iterable
# expect: === for_iter_inline
# expect: Traceback (most recent call last):
# expect:   File "<dir>/for_iter_inline.py", line 1, in <module>
# expect:     total = [x for x in 5]
# expect:             ^^^^^^^^^^^^^^
# expect: TypeError: 'int' object is not iterable
# expect: === format_call
# expect: Traceback (most recent call last):
# expect:   File "<dir>/format_call.py", line 1, in <module>
# expect:     x = '{0}'.format()
# expect:         ^^^^^^^^^^^^^^
# expect: IndexError: Replacement index 0 out of range for positional args tuple
# expect: === fstring
# expect: Traceback (most recent call last):
# expect:   File "<dir>/fstring.py", line 2, in <module>
# expect:     y = f'{x:>10d}'
# expect:         ^^^^^^^^^^^
# expect: TypeError: unsupported format string passed to object.__format__
# expect: === genexpr
# expect: Traceback (most recent call last):
# expect:   File "<dir>/genexpr.py", line 2, in <module>
# expect:     list(g)
# expect:   File "<dir>/genexpr.py", line 1, in <genexpr>
# expect:     g = (1/x for x in [0])
# expect:          ~^~
# expect: ZeroDivisionError: division by zero
# expect: === getitem_method
# expect: Traceback (most recent call last):
# expect:   File "<dir>/getitem_method.py", line 3, in <module>
# expect:     A()[1]
# expect:     ~~~^^^
# expect:   File "<dir>/getitem_method.py", line 2, in __getitem__
# expect:     def __getitem__(self, k): raise KeyError(k)
# expect:                               ^^^^^^^^^^^^^^^^^
# expect: KeyError: 1
# expect: === global_name
# expect: Traceback (most recent call last):
# expect:   File "<dir>/global_name.py", line 1, in <module>
# expect:     print(undefined_name)
# expect:           ^^^^^^^^^^^^^^
# expect: NameError: name 'undefined_name' is not defined
# expect: === ifexp
# expect: Traceback (most recent call last):
# expect:   File "<dir>/ifexp.py", line 2, in <module>
# expect:     y = x.a if x else 2
# expect:         ^^^
# expect: AttributeError: 'int' object has no attribute 'a'
# expect: === in_op
# expect: Traceback (most recent call last):
# expect:   File "<dir>/in_op.py", line 1, in <module>
# expect:     x = 1 in 5
# expect:         ^^^^^^
# expect: TypeError: argument of type 'int' is not iterable
# expect: === indent_call
# expect: Traceback (most recent call last):
# expect:   File "<dir>/indent_call.py", line 3, in <module>
# expect:     len(5)
# expect: TypeError: object of type 'int' has no len()
# expect: === indent_expr
# expect: Traceback (most recent call last):
# expect:   File "<dir>/indent_expr.py", line 2, in <module>
# expect:     x = len(5) + 1
# expect:         ^^^^^^
# expect: TypeError: object of type 'int' has no len()
# expect: === int_div_unary
# expect: Traceback (most recent call last):
# expect:   File "<dir>/int_div_unary.py", line 1, in <module>
# expect:     x = 5 / -0
# expect:         ~~^~~~
# expect: ZeroDivisionError: division by zero
# expect: === is_call
# expect: Traceback (most recent call last):
# expect:   File "<dir>/is_call.py", line 1, in <module>
# expect:     x = len(1) is None
# expect:         ^^^^^^
# expect: TypeError: object of type 'int' has no len()
# expect: === keyword_only
# expect: Traceback (most recent call last):
# expect:   File "<dir>/keyword_only.py", line 2, in <module>
# expect:     f(1)
# expect: TypeError: f() takes 0 positional arguments but 1 was given
# expect: === lambda_
# expect: Traceback (most recent call last):
# expect:   File "<dir>/lambda_.py", line 2, in <module>
# expect:     f(1)
# expect:   File "<dir>/lambda_.py", line 1, in <lambda>
# expect:     f = lambda x: x.y
# expect:                   ^^^
# expect: AttributeError: 'int' object has no attribute 'y'
# expect: === listcomp_cond
# expect: Traceback (most recent call last):
# expect:   File "<dir>/listcomp_cond.py", line 1, in <module>
# expect:     r = [x for x in [1] if x.bad]
# expect:         ^^^^^^^^^^^^^^^^^^^^^^^^^
# expect:   File "<dir>/listcomp_cond.py", line 1, in <listcomp>
# expect:     r = [x for x in [1] if x.bad]
# expect:                            ^^^^^
# expect: AttributeError: 'int' object has no attribute 'bad'
# expect: === local_unbound
# expect: Traceback (most recent call last):
# expect:   File "<dir>/local_unbound.py", line 4, in <module>
# expect:     f()
# expect:   File "<dir>/local_unbound.py", line 2, in f
# expect:     print(v)
# expect:           ^
# expect: UnboundLocalError: cannot access local variable 'v' where it is not associated with a value
# expect: === long_line_only_call
# expect: Traceback (most recent call last):
# expect:   File "<dir>/long_line_only_call.py", line 1, in <module>
# expect:     len(5)
# expect: TypeError: object of type 'int' has no len()
# expect: === method_call
# expect: Traceback (most recent call last):
# expect:   File "<dir>/method_call.py", line 2, in <module>
# expect:     x.pop().bad()
# expect:     ^^^^^^^^^^^
# expect: AttributeError: 'int' object has no attribute 'bad'
# expect: === method_descr
# expect: Traceback (most recent call last):
# expect:   File "<dir>/method_descr.py", line 1, in <module>
# expect:     x = [].index(5)
# expect:         ^^^^^^^^^^^
# expect: ValueError: 5 is not in list
# expect: === method_multi
# expect: Traceback (most recent call last):
# expect:   File "<dir>/method_multi.py", line 3, in <module>
# expect:     .nope())
# expect:      ^^^^
# expect: AttributeError: 'list' object has no attribute 'nope'
# expect: === multiline_binop_end
# expect: Traceback (most recent call last):
# expect:   File "<dir>/multiline_binop_end.py", line 2, in <module>
# expect:     b = (a +
# expect:          ^^^
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: === multiline_call
# expect: Traceback (most recent call last):
# expect:   File "<dir>/multiline_call.py", line 2, in <module>
# expect:     x = f(1,
# expect:         ^^^^
# expect:   File "<dir>/multiline_call.py", line 1, in f
# expect:     def f(a, b): return a + b
# expect:                         ~~^~~
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: === nested_frames3
# expect: Traceback (most recent call last):
# expect:   File "<dir>/nested_frames3.py", line 4, in <module>
# expect:     a()
# expect:   File "<dir>/nested_frames3.py", line 1, in a
# expect:     def a(): b()
# expect:              ^^^
# expect:   File "<dir>/nested_frames3.py", line 2, in b
# expect:     def b(): c()
# expect:              ^^^
# expect:   File "<dir>/nested_frames3.py", line 3, in c
# expect:     def c(): return {}['x']
# expect:                     ~~^^^^^
# expect: KeyError: 'x'
# expect: === nested_sub
# expect: Traceback (most recent call last):
# expect:   File "<dir>/nested_sub.py", line 2, in <module>
# expect:     y = x[0][5]
# expect:         ~~~~^^^
# expect: IndexError: list index out of range
# expect: === paren_binop
# expect: Traceback (most recent call last):
# expect:   File "<dir>/paren_binop.py", line 2, in <module>
# expect:     b = (a) + ('x')
# expect:         ~~~~^~~~~~~
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: === raise_from
# expect: Traceback (most recent call last):
# expect:   File "<dir>/raise_from.py", line 2, in <module>
# expect:     1/0
# expect:     ~^~
# expect: ZeroDivisionError: division by zero
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "<dir>/raise_from.py", line 4, in <module>
# expect:     raise ValueError('v') from e
# expect: ValueError: v
# expect: === return_in_finally_err
# expect: Traceback (most recent call last):
# expect:   File "<dir>/return_in_finally_err.py", line 6, in <module>
# expect:     f()
# expect:   File "<dir>/return_in_finally_err.py", line 5, in f
# expect:     x = 1/0
# expect:         ~^~
# expect: ZeroDivisionError: division by zero
# expect: === return_value
# expect: Traceback (most recent call last):
# expect:   File "<dir>/return_value.py", line 3, in <module>
# expect:     f()
# expect:   File "<dir>/return_value.py", line 2, in f
# expect:     return 1 + 'a'
# expect:            ~~^~~~~
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: === set_display
# expect: Traceback (most recent call last):
# expect:   File "<dir>/set_display.py", line 1, in <module>
# expect:     s = {[1]}
# expect:         ^^^^^
# expect: TypeError: unhashable type: 'list'
# expect: === setattr_
# expect: Traceback (most recent call last):
# expect:   File "<dir>/setattr_.py", line 2, in <module>
# expect:     x.a = 2
# expect:     ^^^
# expect: AttributeError: 'int' object has no attribute 'a'
# expect: === slice_bad
# expect: Traceback (most recent call last):
# expect:   File "<dir>/slice_bad.py", line 1, in <module>
# expect:     x = [1][1:'a']
# expect:         ~~~^^^^^^^
# expect: TypeError: slice indices must be integers or None or have an __index__ method
# expect: === starred_call_kw
# expect: Traceback (most recent call last):
# expect:   File "<dir>/starred_call_kw.py", line 2, in <module>
# expect:     f(**{'a': 1})
# expect: TypeError: f() got an unexpected keyword argument 'a'
# expect: === stop_in_gen
# expect: Traceback (most recent call last):
# expect:   File "<dir>/stop_in_gen.py", line 2, in g
# expect:     raise StopIteration
# expect: StopIteration
# expect: 
# expect: The above exception was the direct cause of the following exception:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "<dir>/stop_in_gen.py", line 4, in <module>
# expect:     list(g())
# expect: RuntimeError: generator raised StopIteration
# expect: === store_subscr
# expect: Traceback (most recent call last):
# expect:   File "<dir>/store_subscr.py", line 2, in <module>
# expect:     t[0] = 5
# expect:     ~^^^
# expect: TypeError: 'tuple' object does not support item assignment
# expect: === string_concat
# expect: Traceback (most recent call last):
# expect:   File "<dir>/string_concat.py", line 1, in <module>
# expect:     x = 'a' 'b' + 1
# expect:         ~~~~~~~~^~~
# expect: TypeError: can only concatenate str (not "int") to str
# expect: === sub_spaces
# expect: Traceback (most recent call last):
# expect:   File "<dir>/sub_spaces.py", line 2, in <module>
# expect:     y = x [ 3 ] 
# expect:         ~~^^^^^
# expect: IndexError: list index out of range
# expect: === subscr_call
# expect: Traceback (most recent call last):
# expect:   File "<dir>/subscr_call.py", line 2, in <module>
# expect:     f()['x']
# expect:     ~~~^^^^^
# expect: KeyError: 'x'
# expect: === subscript_slice
# expect: Traceback (most recent call last):
# expect:   File "<dir>/subscript_slice.py", line 2, in <module>
# expect:     t[1:2][5]
# expect:     ~~~~~~^^^
# expect: IndexError: tuple index out of range
# expect: === subscript_str
# expect: Traceback (most recent call last):
# expect:   File "<dir>/subscript_str.py", line 2, in <module>
# expect:     v = d['b']
# expect:         ~^^^^^
# expect: KeyError: 'b'
# expect: === super_bad
# expect: Traceback (most recent call last):
# expect:   File "<dir>/super_bad.py", line 3, in <module>
# expect:     A().f()
# expect:   File "<dir>/super_bad.py", line 2, in f
# expect:     def f(self): return super().f()
# expect:                         ^^^^^^^^^
# expect: AttributeError: 'super' object has no attribute 'f'
# expect: === tabs
# expect: Traceback (most recent call last):
# expect:   File "<dir>/tabs.py", line 2, in <module>
# expect:     x = len(5)
# expect:         ^^^^^^
# expect: TypeError: object of type 'int' has no len()
# expect: === tuple_in_call
# expect: Traceback (most recent call last):
# expect:   File "<dir>/tuple_in_call.py", line 1, in <module>
# expect:     print(len(5), 1)
# expect:           ^^^^^^
# expect: TypeError: object of type 'int' has no len()
# expect: === unary
# expect: Traceback (most recent call last):
# expect:   File "<dir>/unary.py", line 1, in <module>
# expect:     x = -'a'
# expect:         ^^^^
# expect: TypeError: bad operand type for unary -: 'str'
# expect: === unicode
# expect: Traceback (most recent call last):
# expect:   File "<dir>/unicode.py", line 2, in <module>
# expect:     r = 'ü' + é['ä']
# expect:               ~^^^^^
# expect: KeyError: 'ä'
# expect: === unpack
# expect: Traceback (most recent call last):
# expect:   File "<dir>/unpack.py", line 1, in <module>
# expect:     a, b = [1, 2, 3]
# expect:     ^^^^
# expect: ValueError: too many values to unpack (expected 2)
# expect: === unpack_star
# expect: Traceback (most recent call last):
# expect:   File "<dir>/unpack_star.py", line 1, in <module>
# expect:     a, *b, c = [1]
# expect:     ^^^^^^^^
# expect: ValueError: not enough values to unpack (expected at least 2, got 1)
# expect: === walrus
# expect: Traceback (most recent call last):
# expect:   File "<dir>/walrus.py", line 1, in <module>
# expect:     if (n := len(5)) > 1: pass
# expect:              ^^^^^^
# expect: TypeError: object of type 'int' has no len()
# expect: === with_bad
# expect: Traceback (most recent call last):
# expect:   File "<dir>/with_bad.py", line 1, in <module>
# expect:     with 5:
# expect: TypeError: 'int' object does not support the context manager protocol
# expect: === yield_from
# expect: Traceback (most recent call last):
# expect:   File "<dir>/yield_from.py", line 3, in <module>
# expect:     list(g())
# expect:   File "<dir>/yield_from.py", line 2, in g
# expect:     yield from 5
# expect: TypeError: 'int' object is not iterable
# expect: === m1
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m1.py", line 6, in <module>
# expect:     .m())
# expect:      ^^^
# expect:   File "<dir>/m1.py", line 3, in m
# expect:     raise ValueError
# expect: ValueError
# expect: === m10
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m10.py", line 2, in <module>
# expect:     b = (a
# expect:          ^
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: === m11
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m11.py", line 3, in <module>
# expect:     for v in g():
# expect:   File "<dir>/m11.py", line 2, in g
# expect:     yield 1/0
# expect:           ~^~
# expect: ZeroDivisionError: division by zero
# expect: === m12
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m12.py", line 4, in <module>
# expect:     it = g(); next(it); it.send(1)
# expect:                         ^^^^^^^^^^
# expect:   File "<dir>/m12.py", line 3, in g
# expect:     x.foo
# expect: AttributeError: 'int' object has no attribute 'foo'
# expect: === m13
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m13.py", line 7, in <module>
# expect:     f()
# expect:   File "<dir>/m13.py", line 6, in f
# expect:     raise KeyError('b') from None
# expect: KeyError: 'b'
# expect: === m14
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m14.py", line 2, in <module>
# expect:     x = [][0]
# expect:         ~~^^^
# expect: IndexError: list index out of range
# expect: 
# expect: During handling of the above exception, another exception occurred:
# expect: 
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m14.py", line 4, in <module>
# expect:     y = {}[e]
# expect:         ~~^^^
# expect: KeyError: IndexError('list index out of range')
# expect: === m15
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m15.py", line 5, in <module>
# expect:     outer()
# expect:   File "<dir>/m15.py", line 4, in outer
# expect:     return inner()
# expect:            ^^^^^^^
# expect:   File "<dir>/m15.py", line 3, in inner
# expect:     return undefined
# expect:            ^^^^^^^^^
# expect: NameError: name 'undefined' is not defined
# expect: === m16
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m16.py", line 2, in <module>
# expect:     print(x[0], x[5],
# expect:                 ~^^^
# expect: IndexError: list index out of range
# expect: === m17
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m17.py", line 2, in <module>
# expect:     y = x.encode().decode().bogus
# expect:         ^^^^^^^^^^^^^^^^^^^^^^^^^
# expect: AttributeError: 'str' object has no attribute 'bogus'
# expect: === m18
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m18.py", line 2, in <module>
# expect:     f().get('a').b
# expect: AttributeError: 'NoneType' object has no attribute 'b'
# expect: === m19
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m19.py", line 3, in <module>
# expect:     A() + A()
# expect:     ~~~~^~~~~
# expect:   File "<dir>/m19.py", line 2, in __add__
# expect:     def __add__(self, o): raise TypeError('no')
# expect:                           ^^^^^^^^^^^^^^^^^^^^^
# expect: TypeError: no
# expect: === m2
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m2.py", line 5, in <module>
# expect:     r = a.m(
# expect:         ^^^^
# expect: TypeError: A.m() takes 2 positional arguments but 3 were given
# expect: === m20
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m20.py", line 3, in <module>
# expect:     A() == A()
# expect:   File "<dir>/m20.py", line 2, in __eq__
# expect:     def __eq__(self, o): raise TypeError('no')
# expect:                          ^^^^^^^^^^^^^^^^^^^^^
# expect: TypeError: no
# expect: === m23
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m23.py", line 2, in <module>
# expect:     value = data['k'][1] + data['k'][2] * 3
# expect:                            ~~~~~~~~~^^^
# expect: IndexError: list index out of range
# expect: === m24
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m24.py", line 1, in <module>
# expect:     x = 1; y = x.foo; z = 2
# expect:                ^^^^^
# expect: AttributeError: 'int' object has no attribute 'foo'
# expect: === m25
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m25.py", line 3, in <module>
# expect:     raise RuntimeError(i)
# expect: RuntimeError: 2
# expect: === m26
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m26.py", line 2, in <module>
# expect:     x = 1 + None
# expect:         ~~^~~~~~
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
# expect: === m28
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m28.py", line 1, in <module>
# expect:     print('é' * 3 + 5)
# expect:           ~~~~~~~~^~~
# expect: TypeError: can only concatenate str (not "int") to str
# expect: === m29
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m29.py", line 2, in <module>
# expect:     r = x[0] [1] [2]
# expect:         ~~~~~^^^
# expect: IndexError: string index out of range
# expect: === m3
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m3.py", line 3, in <module>
# expect:     'a').upper()
# expect:          ^^^^^
# expect: AttributeError: 'NoneType' object has no attribute 'upper'
# expect: === m30
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m30.py", line 3, in <module>
# expect:     print(f(1, 0))
# expect:           ^^^^^^^
# expect:   File "<dir>/m30.py", line 2, in f
# expect:     return a // b
# expect:            ~~^^~~
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: === m4
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m4.py", line 2, in <module>
# expect:     v = (d['a']
# expect:          ^^^^^^
# expect: KeyError: 'b'
# expect: === m5
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m5.py", line 3, in <module>
# expect:     f(1,
# expect:   File "<dir>/m5.py", line 2, in f
# expect:     return a[5]
# expect:            ~^^^
# expect: IndexError: tuple index out of range
# expect: === m6
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m6.py", line 1, in <module>
# expect:     x = [1, 2,
# expect:         ^^^^^^
# expect: IndexError: list index out of range
# expect: === m8
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m8.py", line 2, in <module>
# expect:     n = s.index('z',
# expect:         ^^^^^^^^^^^^
# expect: ValueError: substring not found
# expect: === m9
# expect: Traceback (most recent call last):
# expect:   File "<dir>/m9.py", line 3, in <module>
# expect:     c = (a /
# expect:          ^^^
# expect: ZeroDivisionError: division by zero

# The compiler's SyntaxWarnings (and the errors they become under -W error), as CPython 3.11 reports them.
import warnings
srcs = ["x is 1", "x is not 'a'", "x is ()", "x is (1,2)", "x is None", "x is ...", "1 is x", "x is -1", "x is b''", "x is f'a'",
        "a is b is 1", "x == 1 is y",
        "assert (x, 'msg')", "assert ()", "assert x, 'msg'",
        "[(1,2) (3,4)]", "'abc'(1)", "1(2)", "[1](2)", "{1:2}(3)", "{1}(2)", "(x for x in y)(1)", "f'a'(1)", "(1)(2)", "None(1)",
        "...()", "(-1)(2)", "(a, b)(c)", "f(1)", "x.y(1)",
        "[1,2][3,4]", "(1,2)[3,4]", "'ab'[1,2]", "b'ab'['x']", "[1,2]['x']", "1[2]", "{1}[2]", "None[1]", "(x for x in y)[1]",
        "[1,2][x]", "[1][1.5]", "[1][1:2]", "[1][True]", "'a'[0]", "(lambda: 1)[0]", "{}['a']", "x[1,2]", "[1][1] = 2",
        "0xfor x", "1if x else y", "1 if 1else 0", "[0x1for x in ()]", "1and x", "0or x", "1spam", "0xfand x", "1jif x else y",
        "1.5not in x", "1in x", "1is x"]
for s in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(s, 'f', 'exec')
            print(repr(s), '->', [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
        except SyntaxError as e:
            print(repr(s), '-> SyntaxError', e.msg)
with warnings.catch_warnings():
    warnings.simplefilter('error', SyntaxWarning)
    for s in ("x is 1", "assert (x, 1)", "[(1,2) (3,4)]", "1if x else y", "[1,2]['x']"):
        try:
            compile(s, 'f', 'exec')
        except SyntaxError as e:
            print(repr(s), 'error ->', e.msg, e.lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile("\n\nif x is 3:\n    pass\n", "prog.py", "exec")
    print([(x.filename, x.lineno, str(x.message)) for x in w])

# expect: 'x is 1' -> [('SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'f', 1)]
# expect: "x is not 'a'" -> [('SyntaxWarning', '"is not" with a literal. Did you mean "!="?', 'f', 1)]
# expect: 'x is ()' -> [('SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'f', 1)]
# expect: 'x is (1,2)' -> [('SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'f', 1)]
# expect: 'x is None' -> []
# expect: 'x is ...' -> []
# expect: '1 is x' -> [('SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'f', 1)]
# expect: 'x is -1' -> [('SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'f', 1)]
# expect: "x is b''" -> [('SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'f', 1)]
# expect: "x is f'a'" -> []
# expect: 'a is b is 1' -> [('SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'f', 1)]
# expect: 'x == 1 is y' -> [('SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'f', 1)]
# expect: "assert (x, 'msg')" -> [('SyntaxWarning', 'assertion is always true, perhaps remove parentheses?', 'f', 1)]
# expect: 'assert ()' -> []
# expect: "assert x, 'msg'" -> []
# expect: '[(1,2) (3,4)]' -> [('SyntaxWarning', "'tuple' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: "'abc'(1)" -> [('SyntaxWarning', "'str' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: '1(2)' -> [('SyntaxWarning', "'int' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: '[1](2)' -> [('SyntaxWarning', "'list' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: '{1:2}(3)' -> [('SyntaxWarning', "'dict' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: '{1}(2)' -> [('SyntaxWarning', "'set' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: '(x for x in y)(1)' -> [('SyntaxWarning', "'generator' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: "f'a'(1)" -> [('SyntaxWarning', "'str' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: '(1)(2)' -> [('SyntaxWarning', "'int' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: 'None(1)' -> [('SyntaxWarning', "'NoneType' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: '...()' -> [('SyntaxWarning', "'ellipsis' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: '(-1)(2)' -> [('SyntaxWarning', "'int' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: '(a, b)(c)' -> [('SyntaxWarning', "'tuple' object is not callable; perhaps you missed a comma?", 'f', 1)]
# expect: 'f(1)' -> []
# expect: 'x.y(1)' -> []
# expect: '[1,2][3,4]' -> [('SyntaxWarning', 'list indices must be integers or slices, not tuple; perhaps you missed a comma?', 'f', 1)]
# expect: '(1,2)[3,4]' -> [('SyntaxWarning', 'tuple indices must be integers or slices, not tuple; perhaps you missed a comma?', 'f', 1)]
# expect: "'ab'[1,2]" -> [('SyntaxWarning', 'str indices must be integers or slices, not tuple; perhaps you missed a comma?', 'f', 1)]
# expect: "b'ab'['x']" -> [('SyntaxWarning', 'bytes indices must be integers or slices, not str; perhaps you missed a comma?', 'f', 1)]
# expect: "[1,2]['x']" -> [('SyntaxWarning', 'list indices must be integers or slices, not str; perhaps you missed a comma?', 'f', 1)]
# expect: '1[2]' -> [('SyntaxWarning', "'int' object is not subscriptable; perhaps you missed a comma?", 'f', 1)]
# expect: '{1}[2]' -> [('SyntaxWarning', "'set' object is not subscriptable; perhaps you missed a comma?", 'f', 1)]
# expect: 'None[1]' -> [('SyntaxWarning', "'NoneType' object is not subscriptable; perhaps you missed a comma?", 'f', 1)]
# expect: '(x for x in y)[1]' -> [('SyntaxWarning', "'generator' object is not subscriptable; perhaps you missed a comma?", 'f', 1)]
# expect: '[1,2][x]' -> []
# expect: '[1][1.5]' -> [('SyntaxWarning', 'list indices must be integers or slices, not float; perhaps you missed a comma?', 'f', 1)]
# expect: '[1][1:2]' -> []
# expect: '[1][True]' -> []
# expect: "'a'[0]" -> []
# expect: '(lambda: 1)[0]' -> [('SyntaxWarning', "'function' object is not subscriptable; perhaps you missed a comma?", 'f', 1)]
# expect: "{}['a']" -> []
# expect: 'x[1,2]' -> []
# expect: '[1][1] = 2' -> []
# expect: '0xfor x' -> [('SyntaxWarning', 'invalid hexadecimal literal', 'f', 1)]
# expect: '1if x else y' -> [('SyntaxWarning', 'invalid decimal literal', 'f', 1)]
# expect: '1 if 1else 0' -> [('SyntaxWarning', 'invalid decimal literal', 'f', 1)]
# expect: '[0x1for x in ()]' -> [('SyntaxWarning', 'invalid hexadecimal literal', 'f', 1)]
# expect: '1and x' -> [('SyntaxWarning', 'invalid decimal literal', 'f', 1)]
# expect: '0or x' -> SyntaxError invalid octal literal
# expect: '1spam' -> SyntaxError invalid decimal literal
# expect: '0xfand x' -> SyntaxError invalid hexadecimal literal
# expect: '1jif x else y' -> [('SyntaxWarning', 'invalid imaginary literal', 'f', 1)]
# expect: '1.5not in x' -> [('SyntaxWarning', 'invalid decimal literal', 'f', 1)]
# expect: '1in x' -> [('SyntaxWarning', 'invalid decimal literal', 'f', 1)]
# expect: '1is x' -> [('SyntaxWarning', 'invalid decimal literal', 'f', 1), ('SyntaxWarning', '"is" with a literal. Did you mean "=="?', 'f', 1)]
# expect: 'x is 1' error -> "is" with a literal. Did you mean "=="? 1
# expect: 'assert (x, 1)' error -> assertion is always true, perhaps remove parentheses? 1
# expect: '[(1,2) (3,4)]' error -> 'tuple' object is not callable; perhaps you missed a comma? 1
# expect: '1if x else y' error -> invalid decimal literal 1
# expect: "[1,2]['x']" error -> list indices must be integers or slices, not str; perhaps you missed a comma? 1
# expect: [('prog.py', 3, '"is" with a literal. Did you mean "=="?')]

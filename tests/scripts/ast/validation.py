# compile(tree) validation (positions, patterns, constants), feature_version,
# PEP 646 starred *args annotations, and constructor details.
import ast


def check(tree, mode="exec"):
    try:
        code = compile(ast.fix_missing_locations(tree), "<t>", mode)
        print("ok", eval(code) if mode == "eval" else "")
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)


for attr, pairs in (("lineno", [(10, 1), (-10, -11), (-5, 1)]), ("col_offset", [(10, 1), (-10, -11), (-5, 1)])):
    for a, b in pairs:
        t = ast.parse("a = 1")
        setattr(t.body[0], attr, a)
        setattr(t.body[0], "end_" + attr, b)
        check(t)
cases = lambda p: ast.Module([ast.Match(ast.Name("x", ast.Load()), [ast.match_case(p, body=[ast.Pass()])])], [])
for p in [ast.MatchValue(ast.Constant(...)), ast.MatchValue(ast.Constant(True)), ast.MatchValue(ast.Constant((1, 2))),
          ast.MatchAs(name="_"), ast.MatchStar("x"), ast.MatchAs(name="False"),
          ast.MatchClass(ast.Constant(1), [], [], []), ast.MatchOr([ast.MatchAs(name="a")]),
          ast.MatchMapping([ast.Starred(ast.Name("l", ast.Load()), ast.Load())], [ast.MatchAs(name="a")]),
          ast.MatchMapping([ast.Constant(1)], [ast.MatchAs(name="a")], rest="_"),
          ast.MatchSequence([ast.MatchStar("rest")])]:
    check(cases(p))
for v in [(1, (2, 3j)), frozenset({1, 2}), 1 + 2j, -0.0, b"x", int, (1, int), frozenset((1, int))]:
    check(ast.Expression(ast.Constant(v)), "eval")


class subint(int):
    pass


check(ast.Expression(ast.Constant(subint(3))), "eval")
check(ast.Module([None], []))
check(ast.Expression(ast.ListComp(ast.Name("x", ast.Store()), [])), "eval")
for src in ["(a := 1)", "def f(a, /): pass", "try: pass\nexcept* E: pass", "lambda a, /: a"]:
    for version in ((3, 7), (3, 10), None):
        try:
            ast.parse(src, feature_version=version)
            print("parsed", version)
        except SyntaxError as e:
            print("SyntaxError", e)
Ts = [int]


def f(*args: *Ts):
    pass


print(f.__annotations__)
print(ast.dump(ast.parse("def f(*args: *Ts): pass").body[0].args.vararg))
try:
    ast.Constant(1, value=2)
except TypeError as e:
    print("TypeError:", e)
n = ast.Num(42)
print(type(n).__name__, n.n, isinstance(n, ast.Num), isinstance(ast.Constant("s"), ast.Num))

# expect: ValueError AST node line range (10, 1) is not valid
# expect: ValueError AST node line range (-10, -11) is not valid
# expect: ValueError AST node column range (0, 5) for line range (-5, 1) is not valid
# expect: ValueError line 1, column 10-1 is not a valid range
# expect: ValueError AST node column range (-10, -11) for line range (1, 1) is not valid
# expect: ValueError AST node column range (-5, 1) for line range (1, 1) is not valid
# expect: ValueError unexpected constant inside of a literal pattern
# expect: ValueError unexpected constant inside of a literal pattern
# expect: ValueError unexpected constant inside of a literal pattern
# expect: ValueError can't capture name '_' in patterns
# expect: ValueError can't use MatchStar here
# expect: ValueError identifier field can't represent 'False' constant
# expect: ValueError MatchClass cls field can only contain Name or Attribute nodes.
# expect: ValueError MatchOr requires at least 2 patterns
# expect: ValueError patterns may only match literals and attribute lookups
# expect: ValueError can't capture name '_' in patterns
# expect: ok 
# expect: ok (1, (2, 3j))
# expect: ok frozenset({1, 2})
# expect: ok (1+2j)
# expect: ok -0.0
# expect: ok b'x'
# expect: TypeError got an invalid type in Constant: type
# expect: TypeError got an invalid type in Constant: type
# expect: TypeError got an invalid type in Constant: type
# expect: TypeError got an invalid type in Constant: subint
# expect: ValueError None disallowed in statement list
# expect: ValueError comprehension with no generators
# expect: SyntaxError Assignment expressions are only supported in Python 3.8 and greater (<unknown>, line 1)
# expect: parsed (3, 10)
# expect: parsed None
# expect: SyntaxError Positional-only parameters are only supported in Python 3.8 and greater (<unknown>, line 1)
# expect: parsed (3, 10)
# expect: parsed None
# expect: SyntaxError Exception groups are only supported in Python 3.11 and greater (<unknown>, line 2)
# expect: SyntaxError Exception groups are only supported in Python 3.11 and greater (<unknown>, line 2)
# expect: parsed None
# expect: SyntaxError Positional-only parameters are only supported in Python 3.8 and greater (<unknown>, line 1)
# expect: parsed (3, 10)
# expect: parsed None
# expect: {'args': <class 'int'>}
# expect: arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load()))
# expect: TypeError: Constant got multiple values for argument 'value'
# expect: Constant 42 True False

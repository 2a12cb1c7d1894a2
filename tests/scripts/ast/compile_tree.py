# compile() of syntax trees: hand-built ones, transformed ones, and invalid ones.
import ast
import traceback

P = dict(lineno=1, col_offset=0)
tree = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load(), **P), [ast.Constant("hi", **P)], [], **P),
                            **P)], [])
exec(compile(tree, "<built>", "exec"))
print(eval(compile(ast.Expression(ast.BinOp(ast.Constant(6, **P), ast.Mult(), ast.Constant(7, **P), **P)),
                   "<e>", "eval")))
print(eval(compile(ast.Expression(ast.Constant((1, 2.5, 3j, 1 + 2j), **P)), "<e>", "eval")))
t = ast.parse("def f(a, *, b=2):\n    return [x * b for x in range(a) if x]\nprint(f(4))\n")
exec(compile(t, "<p>", "exec"))


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t2 = ast.fix_missing_locations(Double().visit(ast.parse("print(1 + 20, 'a')")))
exec(compile(t2, "<t>", "exec"))
ns = {}
exec(compile(ast.parse("class C:\n    x = 1\n    def m(self): return self.x\nr = C().m()\n"), "<c>", "exec"), ns)
print(ns["r"])
src = "x = 1\ny = 0\nz = x / y\n"
try:
    exec(compile(ast.parse(src), "<div>", "exec"), {})
except ZeroDivisionError:
    tb = traceback.extract_tb(__import__("sys").exc_info()[2])[-1]
    print(tb.lineno, tb.colno, tb.end_colno)
interactive = ast.parse("1 + 1", mode="single")
print(type(interactive).__name__)
exec(compile(interactive, "<i>", "single"))
print(compile(ast.Pass(), "f", "exec", ast.PyCF_ONLY_AST).__class__.__name__)
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("x", feature_version=(3, 8))))


def check(tree, mode="exec"):
    try:
        compile(tree, "<t>", mode)
        print("ok")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


check(ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []))
check(ast.Module([ast.Expr(ast.Name("x", ast.Load()), **P)], []))
check(ast.Module([ast.Expr(**P)], []))
check(ast.Module([ast.Expr(None, **P)], []))
check(ast.Module([ast.Expr(ast.Name(1, ast.Load(), **P), **P)], []))
check(ast.Module([ast.Expr(ast.Name("x", ast.Store(), **P), **P)], []))
check(ast.Module([ast.Expr(ast.Name("x", **P), **P)], []))
check(ast.Module([ast.Expr(ast.Constant([1], **P), **P)], []))
check(ast.Module([], []), "eval")
check(ast.Expression(ast.Constant(1, **P)), "exec")
check(ast.Module(ast.Pass(), []))
check(ast.Module([1], []))
check(ast.Module([ast.Pass(lineno="a", col_offset=0)], []))
check(ast.Module([ast.If(ast.Constant(1, **P), [], [], **P)], []))
check(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **P), ast.Add, ast.Constant(1, **P), **P), **P)], []))
check(ast.Module([ast.Expr(ast.Name("None", ast.Load(), **P), **P)], []))
check(ast.Module([ast.Assign([ast.Name("x", ast.Load(), **P)], ast.Constant(1, **P), **P)], []))
check(ast.Module([ast.Assign([ast.Call(ast.Name("f", ast.Load(), **P), [], [], **P)], ast.Constant(1, **P), **P)],
                 []))
check(ast.Module([ast.Expr(ast.Constant("x", kind=3, **P), **P)], []))
check(ast.Module([ast.Import([ast.alias(1)], **P)], []))
check(ast.Module([ast.Global([], **P)], []))
check(ast.Module([ast.Try([ast.Pass(**P)], [], [], [], **P)], []))
check(ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **P), [ast.Lt()], [], **P), **P)], []))
check(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1, **P)], **P), **P)], []))
check(ast.Module([ast.Expr(ast.Dict([None], [], **P), **P)], []))
check(ast.Module([ast.Raise(None, ast.Constant(1, **P), **P)], []))
check(ast.Module([ast.ImportFrom("m", [ast.alias("x")], -1, **P)], []))
check(ast.Pass(), "exec")
try:
    compile(42, "f", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    compile("x", "f", "func_type")
except ValueError as e:
    print("ValueError:", e)

# expect: hi
# expect: 42
# expect: (1, 2.5, 3j, (1+2j))
# expect: [2, 4, 6]
# expect: 42 a
# expect: 1
# expect: 3 4 9
# expect: Interactive
# expect: 2
# expect: Pass
# expect: FunctionType(argtypes=[Name(id='int', ctx=Load()), Name(id='str', ctx=Load())], returns=Name(id='bool', ctx=Load()))
# expect: Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])
# expect: TypeError required field "lineno" missing from stmt
# expect: TypeError required field "lineno" missing from expr
# expect: TypeError required field "value" missing from Expr
# expect: ValueError field 'value' is required for Expr
# expect: TypeError AST identifier must be of type str
# expect: ValueError expression must have Load context but has Store instead
# expect: TypeError required field "ctx" missing from Name
# expect: TypeError got an invalid type in Constant: list
# expect: TypeError expected Expression node, got Module
# expect: TypeError expected Module node, got Expression
# expect: TypeError Module field "body" must be a list, not a Pass
# expect: TypeError required field "lineno" missing from stmt
# expect: ValueError invalid integer value: 'a'
# expect: ValueError empty body on If
# expect: TypeError expected some sort of operator, but got <class 'ast.Add'>
# expect: ValueError identifier field can't represent 'None' constant
# expect: ValueError expression must have Store context but has Load instead
# expect: ValueError expression which can't be assigned to in Store context
# expect: TypeError AST string must be of type str
# expect: TypeError AST identifier must be of type str
# expect: ValueError empty names on Global
# expect: ValueError Try has neither except handlers nor finalbody
# expect: ValueError Compare with no comparators
# expect: ValueError BoolOp with less than 2 values
# expect: ValueError Dict doesn't have the same number of keys as values
# expect: ValueError Raise with cause but no exception
# expect: TypeError required field "lineno" missing from alias
# expect: TypeError expected Module node, got Pass
# expect: TypeError: compile() arg 1 must be a string, bytes or AST object
# expect: ValueError: compile() mode 'func_type' requires flag PyCF_ONLY_AST

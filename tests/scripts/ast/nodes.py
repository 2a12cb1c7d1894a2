# The _ast node classes: names, fields, attributes, bases, docs, constructor.
import _ast
import ast
import copy

names = [n for n in dir(_ast) if not n.startswith("__")]
print(len(names), names[:6], names[-6:])
for cls in (ast.AST, ast.mod, ast.Module, ast.stmt, ast.FunctionDef, ast.expr, ast.Constant, ast.Load,
            ast.operator, ast.arguments, ast.arg, ast.keyword, ast.alias, ast.match_case, ast.MatchAs,
            ast.TypeIgnore, ast.comprehension, ast.ExceptHandler):
    print(cls.__name__, cls.__module__, cls._fields, cls._attributes, [c.__name__ for c in cls.__mro__],
          cls.__match_args__)
print(ast.stmt.__doc__.splitlines()[:2])
print(ast.operator.__doc__)
print(ast.Constant.__doc__, ast.Pass.__doc__, ast.arg.__doc__)
print(ast.Constant.kind, ast.expr.end_lineno, ast.arg.type_comment, ast.arguments.vararg)
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

n = ast.Name("x", ast.Load(), lineno=3, col_offset=1)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.end_lineno, sorted(n.__dict__))
for args in ((1, 2, 3), ()):
    try:
        ast.Name(*args) if args else ast.Pass(1)
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print("TypeError:", e)
e = ast.Name()
print(hasattr(e, "id"), e.__dict__)
print(n.__reduce__()[0] is ast.Name, n.__reduce__()[1])
c = copy.deepcopy(ast.parse("f(a, b=[1, 2])"))
print(ast.dump(c))
print(isinstance(ast.parse("x").body[0], ast.stmt), issubclass(ast.BinOp, ast.expr))


class MyName(ast.Name):
    pass


print(MyName("q").id, MyName._fields)
match ast.parse("a + 1", mode="eval").body:
    case ast.BinOp(ast.Name(left), ast.Add(), ast.Constant(right)):
        print("matched", left, right)
t = ast.parse("a.b = c[0]; x: int = 1")
print(t.body[0].targets[0].ctx is t.body[1].target.ctx, type(t.body[0].value.ctx).__name__)
print(ast.parse("u'x'").body[0].value.kind, ast.parse("'x'").body[0].value.kind)

# expect: 122 ['AST', 'Add', 'And', 'AnnAssign', 'Assert', 'Assign'] ['operator', 'pattern', 'stmt', 'type_ignore', 'unaryop', 'withitem']
# expect: AST ast () () ['AST', 'object'] ()
# expect: mod ast () () ['mod', 'AST', 'object'] ()
# expect: Module ast ('body', 'type_ignores') () ['Module', 'mod', 'AST', 'object'] ('body', 'type_ignores')
# expect: stmt ast () ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') ['stmt', 'AST', 'object'] ()
# expect: FunctionDef ast ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') ['FunctionDef', 'stmt', 'AST', 'object'] ('name', 'args', 'body', 'decorator_list', 'returns', 'type_comment')
# expect: expr ast () ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') ['expr', 'AST', 'object'] ()
# expect: Constant ast ('value', 'kind') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') ['Constant', 'expr', 'AST', 'object'] ('value', 'kind')
# expect: Load ast () () ['Load', 'expr_context', 'AST', 'object'] ()
# expect: operator ast () () ['operator', 'AST', 'object'] ()
# expect: arguments ast ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults') () ['arguments', 'AST', 'object'] ('posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults')
# expect: arg ast ('arg', 'annotation', 'type_comment') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') ['arg', 'AST', 'object'] ('arg', 'annotation', 'type_comment')
# expect: keyword ast ('arg', 'value') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') ['keyword', 'AST', 'object'] ('arg', 'value')
# expect: alias ast ('name', 'asname') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') ['alias', 'AST', 'object'] ('name', 'asname')
# expect: match_case ast ('pattern', 'guard', 'body') () ['match_case', 'AST', 'object'] ('pattern', 'guard', 'body')
# expect: MatchAs ast ('pattern', 'name') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') ['MatchAs', 'pattern', 'AST', 'object'] ('pattern', 'name')
# expect: TypeIgnore ast ('lineno', 'tag') () ['TypeIgnore', 'type_ignore', 'AST', 'object'] ('lineno', 'tag')
# expect: comprehension ast ('target', 'iter', 'ifs', 'is_async') () ['comprehension', 'AST', 'object'] ('target', 'iter', 'ifs', 'is_async')
# expect: ExceptHandler ast ('type', 'name', 'body') ('lineno', 'col_offset', 'end_lineno', 'end_col_offset') ['ExceptHandler', 'excepthandler', 'AST', 'object'] ('type', 'name', 'body')
# expect: ['stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)', '     | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)']
# expect: operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
# expect: Constant(constant value, string? kind) Pass arg(identifier arg, expr? annotation, string? type_comment)
# expect: None None None None
# expect: 1024 4096 8192
# expect: x Load 3 1 None ['col_offset', 'ctx', 'id', 'lineno']
# expect: TypeError: Name constructor takes at most 2 positional arguments
# expect: TypeError: Pass constructor takes at most 0 positional arguments
# expect: TypeError: Return constructor takes at most 1 positional argument
# expect: False {}
# expect: True ()
# expect: Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[keyword(arg='b', value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))]))], type_ignores=[])
# expect: True True
# expect: q ('id', 'ctx')
# expect: matched a 1
# expect: True Load
# expect: u None

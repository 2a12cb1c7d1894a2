# PEP 646 star-expressions in subscripts, as CPython 3.11 parses and runs
# them: the subscript becomes a tuple; load, store, delete, annotations;
# *tuple[...] (__unpacked__), typing.Unpack and TypeVarTuple; the errors for
# invalid forms word for word.
import ast
from typing import Generic, TypeVarTuple, Unpack, Tuple, TypeVar

for src in ["a[*b]", "a[1, *b]", "a[*b, *c]", "a[*b] = v", "del a[*b]", "x: a[*b]",
            "def f(x: a[*b]) -> a[*c]: pass", "a[*b,]", "a[1:2, *b]", "def f(*args: *Ts): pass"]:
    print(ast.dump(ast.parse(src)))

class A:
    def __getitem__(s, k): return k
    def __setitem__(s, k, v): print("set", k, v)
    def __delitem__(s, k): print("del", k)
a = A()
print(a[*[1, 2]], a[1, *[2]], a[*[1], *[2, 3]], a[*()], a[*"ab", 1:2])
a[*[1]] = 5
del a[*[1, 2]]
a[*[1], 2] += ()

Ts = TypeVarTuple("Ts")
T = TypeVar("T")
print(tuple[*Ts], Tuple[*Ts], tuple[int, *Ts], Tuple[int, Unpack[Ts]])
class C(Generic[T, *Ts]):
    pass
print(C[int, str, float], C[int], C[int, *tuple[str, ...]])
print(C[int, str].__args__, C[int, *tuple[str, ...]].__args__)
u = [*tuple[int, str]][0]
print(u, u.__unpacked__, tuple[int].__unpacked__, u.__typing_unpacked_tuple_args__)
print(*tuple[int, ...], (*tuple[int, ...],)[0].__typing_unpacked_tuple_args__)
def f(*args: *Ts) -> tuple[*Ts]: pass
print(f.__annotations__)
b = (1, 2)
def g(x: a[*b]): pass
print(g.__annotations__)

for s in ["a[*b:c]", "a[**b]", "a[b:*c]", "a[*b:]", "a[:*b]", "a[*]", "a[b:c:*d]", "a[(*b)]",
          "a[*b for b in c]", "a[*b for b in c, 1]", "a[*b] += 1", "a[*b := 1]",
          "[*b for b in c]", "f(*b for b in c)", "{*b for b in c}", "(*b for b in c)",
          "[*b for b in c if b]", "[*b async for b in c]", "{**b for b in c}", "[*b for b in c][0]"]:
    try:
        compile(s, "<s>", "exec")
        print(s, "ok")
    except SyntaxError as e:
        print(s, "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# expect: Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])
# expect: Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])
# expect: Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])
# expect: Module(body=[Assign(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Store())], value=Name(id='v', ctx=Load()))], type_ignores=[])
# expect: Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Del())])], type_ignores=[])
# expect: Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()), simple=1)], type_ignores=[])
# expect: Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', annotation=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[], returns=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='c', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])
# expect: Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])
# expect: Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])
# expect: Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])
# expect: (1, 2) (1, 2) (1, 2, 3) () ('a', 'b', slice(1, 2, None))
# expect: set (1,) 5
# expect: del (1, 2)
# expect: set (1, 2) (1, 2)
# expect: tuple[*Ts] typing.Tuple[*Ts] tuple[int, *Ts] typing.Tuple[int, *Ts]
# expect: __main__.C[int, str, float] __main__.C[int] __main__.C[int, *tuple[str, ...]]
# expect: (<class 'int'>, <class 'str'>) (<class 'int'>, *tuple[str, ...])
# expect: *tuple[int, str] True False (<class 'int'>, <class 'str'>)
# expect: *tuple[int, ...] (<class 'int'>, Ellipsis)
# expect: {'args': *Ts, 'return': tuple[*Ts]}
# expect: {'x': (1, 2)}
# expect: a[*b:c] | invalid syntax 1 5 1 6
# expect: a[**b] | invalid syntax 1 3 1 5
# expect: a[b:*c] | invalid syntax 1 5 1 6
# expect: a[*b:] | invalid syntax 1 5 1 6
# expect: a[:*b] | invalid syntax 1 4 1 5
# expect: a[*] | invalid syntax 1 4 1 5
# expect: a[b:c:*d] | invalid syntax 1 7 1 8
# expect: a[(*b)] | cannot use starred expression here 1 4 1 6
# expect: a[*b for b in c] | iterable unpacking cannot be used in comprehension 1 3 1 5
# expect: a[*b for b in c, 1] | iterable unpacking cannot be used in comprehension 1 3 1 5
# expect: a[*b] += 1 ok
# expect: a[*b := 1] | invalid syntax 1 6 1 8
# expect: [*b for b in c] | iterable unpacking cannot be used in comprehension 1 2 1 4
# expect: f(*b for b in c) | iterable unpacking cannot be used in comprehension 1 3 1 5
# expect: {*b for b in c} | iterable unpacking cannot be used in comprehension 1 2 1 4
# expect: (*b for b in c) | iterable unpacking cannot be used in comprehension 1 2 1 4
# expect: [*b for b in c if b] | iterable unpacking cannot be used in comprehension 1 2 1 4
# expect: [*b async for b in c] | iterable unpacking cannot be used in comprehension 1 2 1 4
# expect: {**b for b in c} | dict unpacking cannot be used in dict comprehension 1 2 1 4
# expect: [*b for b in c][0] | iterable unpacking cannot be used in comprehension 1 2 1 4

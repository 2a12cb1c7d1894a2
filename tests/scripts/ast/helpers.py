# CPython's ast.py helpers over pyglass's nodes.
import ast

src = '''"""Module doc."""
import os, sys as system
from . import x

@dec(1)
async def fetch(a, /, b: int = 2, *args, c, d=4, **kw) -> list:
    """Fetch things."""
    async with lock as l:
        async for i in aiter():
            await g(i)
    return [i async for i in agen() if i]

class K(Base, metaclass=M):
    x: int = 0
    def m(self):
        global G
        yield from self.items
        lambda q: (q, *rest)

match cmd:
    case [1, *others] if others:
        pass
    case {"k": v, **rest}:
        pass
    case Point(x=0, y=yy) | None:
        pass
    case _:
        pass
try:
    pass
except* ValueError as eg:
    raise TypeError("x") from eg
f"{a!r:>{width}} and {b}"
del a[1:2, ::3], b.c
x = y = -1 if not z else ~w
'''
t = ast.parse(src)
print(ast.get_docstring(t))
print(ast.get_docstring(t.body[3]))
print(ast.unparse(t))
print(sum(1 for _ in ast.walk(t)))
print(sorted({type(n).__name__ for n in ast.walk(t)})[:20])
print(ast.get_source_segment(src, t.body[3].args))
t2 = ast.increment_lineno(ast.parse("a = 1\nb = 2"), 10)
print([n.lineno for n in t2.body])
print(ast.literal_eval("{'a': [1, 2.0, -3, 1e3, (4, 5j)], 'b': {1, 2}, 'c': b'x', 'd': None, 'e': -1+2j}"))
try:
    ast.literal_eval("f(1)")
except ValueError as e:
    print("ValueError:", str(e).split(":")[0])
print(ast.dump(ast.parse("x[1:2]", mode="eval"), indent=2))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append(node.id)


v = Names()
v.visit(t)
print(v.seen[:12])

# expect: Module doc.
# expect: Fetch things.
# expect: """Module doc."""
# expect: import os, sys as system
# expect: from . import x
# expect: 
# expect: @dec(1)
# expect: async def fetch(a, /, b: int=2, *args, c, d=4, **kw) -> list:
# expect:     """Fetch things."""
# expect:     async with lock as l:
# expect:         async for i in aiter():
# expect:             await g(i)
# expect:     return [i async for i in agen() if i]
# expect: 
# expect: class K(Base, metaclass=M):
# expect:     x: int = 0
# expect: 
# expect:     def m(self):
# expect:         global G
# expect:         yield from self.items
# expect:         lambda q: (q, *rest)
# expect: match cmd:
# expect:     case [1, *others] if others:
# expect:         pass
# expect:     case {'k': v, **rest}:
# expect:         pass
# expect:     case Point(x=0, y=yy) | None:
# expect:         pass
# expect:     case _:
# expect:         pass
# expect: try:
# expect:     pass
# expect: except* ValueError as eg:
# expect:     raise TypeError('x') from eg
# expect: f'{a!r:>{width}} and {b}'
# expect: del a[1:2, ::3], b.c
# expect: x = y = -1 if not z else ~w
# expect: 181
# expect: ['AnnAssign', 'Assign', 'AsyncFor', 'AsyncFunctionDef', 'AsyncWith', 'Attribute', 'Await', 'Call', 'ClassDef', 'Constant', 'Del', 'Delete', 'ExceptHandler', 'Expr', 'FormattedValue', 'FunctionDef', 'Global', 'IfExp', 'Import', 'ImportFrom']
# expect: None
# expect: [11, 12]
# expect: {'a': [1, 2.0, -3, 1000.0, (4, 5j)], 'b': {1, 2}, 'c': b'x', 'd': None, 'e': (-1+2j)}
# expect: ValueError: malformed node or string on line 1
# expect: Expression(
# expect:   body=Subscript(
# expect:     value=Name(id='x', ctx=Load()),
# expect:     slice=Slice(
# expect:       lower=Constant(value=1),
# expect:       upper=Constant(value=2)),
# expect:     ctx=Load()))
# expect: ['int', 'lock', 'l', 'i', 'aiter', 'g', 'i', 'i', 'i', 'agen', 'i', 'dec']

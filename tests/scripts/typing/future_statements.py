# Future statements: where they may stand, which features exist, and how
# compile()/exec()/eval() inherit them.
from __future__ import annotations
import __future__

def t(label, fn):
    try:
        print(label, repr(fn()))
    except SyntaxError as e:
        print(label, "-> SyntaxError:", e.msg, e.lineno, e.offset)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(type(annotations).__name__, annotations.compiler_flag == 0x1000000, annotations.optional[:2])
cases = [
    "from __future__ import braces",
    "from __future__ import spam",
    "from __future__ import *",
    "from __future__ import annotations, spam",
    "import os\nfrom __future__ import annotations",
    "'''doc'''\nfrom __future__ import annotations\nx: int",
    "'''doc'''\n'''doc2'''\nfrom __future__ import annotations",
    "from __future__ import annotations\nfrom __future__ import division\nimport os\n",
    "def f():\n    from __future__ import annotations\n",
    "if 1:\n    from __future__ import annotations",
    "from . import x\nfrom __future__ import annotations",
    "x = 1; from __future__ import annotations",
    "from __future__ import annotations; from __future__ import division",
    "\n\n# comment\nfrom __future__ import annotations\n",
    "from __future__ import nested_scopes, generators, division, absolute_import, with_statement, "
    "print_function, unicode_literals, generator_stop, annotations",
]
for src in cases:
    t(repr(src[:40]), lambda: bool(compile(src, "<f>", "exec", dont_inherit=True).co_flags & 0x1000000))

def annotations_of(src, **kw):
    ns = {}
    exec(compile(src, "<src>", "exec", **kw), ns)
    return ns["k"].__annotations__
src = "def k(a: int, b: 'text' = 0) -> list[int]:\n    pass\n"
t("inherited", lambda: annotations_of(src))
t("dont_inherit", lambda: annotations_of(src, dont_inherit=True))
t("flag", lambda: annotations_of(src, flags=annotations.compiler_flag, dont_inherit=True))
t("flag 0", lambda: annotations_of(src, flags=0, dont_inherit=True))
t("other flag", lambda: annotations_of(src, flags=__future__.division.compiler_flag, dont_inherit=True))
t("bad flag", lambda: compile("x", "<x>", "exec", flags=0x8000000))
t("str flag", lambda: compile("x", "<x>", "exec", flags="a"))
t("code flags", lambda: bool(compile("def k(): pass", "<x>", "exec").co_consts[0].co_flags & 0x1000000))
ns = {}
exec("def k(a: Undefined): pass", ns)
t("exec inherits", lambda: ns["k"].__annotations__)
t("eval inherits", lambda: eval("(lambda: 1).__annotations__"))
t("eager undefined", lambda: exec(compile("def bad(a: Nope): pass", "<e>", "exec", dont_inherit=True), {}))
t("lazy undefined", lambda: exec(compile("def ok(a: Nope): pass", "<l>", "exec"), {}))
t("nested exec", lambda: exec("exec('def k(a: x.y): pass', g)\nr = g['k'].__annotations__", {"g": ns}) or ns["k"].__annotations__)
for bad in ["def f(p: (yield)): pass", "x: (y := 1)", "def f() -> [(yield) for x in y]: pass",
            "class C:\n    x: [(y := 1) for x in z]\n", "def g():\n    x: f(y := 1)\n"]:
    t(repr(bad[:30]), lambda: exec(bad, {}))
t("lambda and walrus inside are fine", lambda: annotations_of("def k(p: lambda: (x := 1), q: [(y := 1) for x in z]): pass"))
# expect: _Feature True (3, 7)
# expect: 'from __future__ import braces' -> SyntaxError: not a chance 1 1
# expect: 'from __future__ import spam' -> SyntaxError: future feature spam is not defined 1 1
# expect: 'from __future__ import *' -> SyntaxError: future feature * is not defined 1 1
# expect: 'from __future__ import annotations, spam' -> SyntaxError: future feature spam is not defined 1 1
# expect: 'import os\nfrom __future__ import annotat' -> SyntaxError: from __future__ imports must occur at the beginning of the file 2 1
# expect: "'''doc'''\nfrom __future__ import annotat" True
# expect: "'''doc'''\n'''doc2'''\nfrom __future__ imp" -> SyntaxError: from __future__ imports must occur at the beginning of the file 3 1
# expect: 'from __future__ import annotations\nfrom ' True
# expect: 'def f():\n    from __future__ import anno' -> SyntaxError: from __future__ imports must occur at the beginning of the file 2 5
# expect: 'if 1:\n    from __future__ import annotat' -> SyntaxError: from __future__ imports must occur at the beginning of the file 2 5
# expect: 'from . import x\nfrom __future__ import a' -> SyntaxError: from __future__ imports must occur at the beginning of the file 2 1
# expect: 'x = 1; from __future__ import annotation' -> SyntaxError: from __future__ imports must occur at the beginning of the file 1 7
# expect: 'from __future__ import annotations; from' True
# expect: '\n\n# comment\nfrom __future__ import annot' True
# expect: 'from __future__ import nested_scopes, ge' True
# expect: inherited {'a': 'int', 'b': "'text'", 'return': 'list[int]'}
# expect: dont_inherit {'a': <class 'int'>, 'b': 'text', 'return': list[int]}
# expect: flag {'a': 'int', 'b': "'text'", 'return': 'list[int]'}
# expect: flag 0 {'a': <class 'int'>, 'b': 'text', 'return': list[int]}
# expect: other flag {'a': <class 'int'>, 'b': 'text', 'return': list[int]}
# expect: bad flag -> ValueError: compile(): unrecognised flags
# expect: str flag -> TypeError: 'str' object cannot be interpreted as an integer
# expect: code flags True
# expect: exec inherits {'a': 'Undefined'}
# expect: eval inherits {}
# expect: eager undefined -> NameError: name 'Nope' is not defined
# expect: lazy undefined None
# expect: nested exec {'a': 'x.y'}
# expect: 'def f(p: (yield)): pass' -> SyntaxError: 'yield expression' can not be used within an annotation 1 11
# expect: 'x: (y := 1)' -> SyntaxError: 'named expression' can not be used within an annotation 1 5
# expect: 'def f() -> [(yield) for x in y' -> SyntaxError: 'yield' inside list comprehension 1 14
# expect: 'class C:\n    x: [(y := 1) for ' -> SyntaxError: assignment expression within a comprehension cannot be used in a class body 2 10
# expect: 'def g():\n    x: f(y := 1)\n' -> SyntaxError: 'named expression' can not be used within an annotation 2 10
# expect: lambda and walrus inside are fine {'p': 'lambda: (x := 1)', 'q': '[(y := 1) for x in z]'}

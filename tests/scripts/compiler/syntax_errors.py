# Compiler-detected SyntaxErrors with CPython's messages and positions.
def check(src):
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

check("return 1")
check("x = 1\nyield x")
check("break")
check("if x:\n    continue")
check("nonlocal x")
check("def f():\n    nonlocal x")
check("def f():\n    x = 1\n    global x")
check("def f():\n    print(x)\n    global x")
check("def f(x):\n    global x")
check("def f(a, a): pass")
check("a, *b, *c = d")
check("*a = d")
check("f(a=1, a=2)")
check("class C:\n    return 1")
check("def f():\n    class C:\n        yield 1")
check("[(yield 1) for x in y]")
check("def f():\n    [x := 1 for x in y]")
src = ""
for depth in range(21):
    src += "    " * depth + "while x:\n"
src += "    " * 21 + "pass\n"
check(src)
check("def g():\n    x = 1\n    def h():\n        nonlocal x\n        x = 2\n    return h")
try:
    eval("(" * 10 + "1" + ")" * 10)
    print("nested parens ok")
except SyntaxError as e:
    print("SyntaxError", e)

# expect: SyntaxError 'return' outside function 1 1
# expect: SyntaxError 'yield' outside function 2 1
# expect: SyntaxError 'break' outside loop 1 1
# expect: SyntaxError 'continue' not properly in loop 2 5
# expect: SyntaxError nonlocal declaration not allowed at module level 1 1
# expect: SyntaxError no binding for nonlocal 'x' found 2 5
# expect: SyntaxError name 'x' is assigned to before global declaration 3 5
# expect: SyntaxError name 'x' is used prior to global declaration 3 5
# expect: SyntaxError name 'x' is parameter and global 2 5
# expect: SyntaxError duplicate argument 'a' in function definition 1 10
# expect: SyntaxError multiple starred expressions in assignment 1 1
# expect: SyntaxError starred assignment target must be in a list or tuple 1 1
# expect: SyntaxError keyword argument repeated: a 1 8
# expect: SyntaxError 'return' outside function 2 5
# expect: SyntaxError 'yield' outside function 3 9
# expect: SyntaxError 'yield' inside list comprehension 1 3
# expect: SyntaxError assignment expression cannot rebind comprehension iteration variable 'x' 2 6
# expect: SyntaxError too many statically nested blocks 21 81
# expect: compiled
# expect: nested parens ok

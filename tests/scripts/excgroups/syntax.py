# except* compile-time errors: messages and positions.
sources = [
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept*:\n    pass\n",
    "for i in x:\n    try:\n        pass\n    except* E:\n        break\n",
    "for i in x:\n    try:\n        pass\n    except* E:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return\n",
    "def f():\n    try:\n        pass\n    except* E:\n        for x in y:\n            return 1\n",
    "try:\n    pass\nexcept A, B:\n    pass\n",
    "try:\n pass\nexcept* E:\n break\n",
    "try:\n pass\nexcept* E:\n return\n",
    "try:\n    pass\nexcept* A, B:\n    pass\n",
    "try:\n    pass\nexcept* A as e.x:\n    pass\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})")
for src in ("def f():\n    try:\n        pass\n    except* E:\n        def g():\n            return 1\n",
            "for i in x:\n    try:\n        pass\n    except* E:\n        pass\n    finally:\n        break\n",
            "try:\n    pass\nexcept* (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
            "try:\n    pass\nexcept *A:\n    pass\n"):
    compile(src, "<s>", "exec")
print("all compiled")

# expect: cannot have both 'except' and 'except*' on the same 'try' (5, 1, 5, 8)
# expect: cannot have both 'except' and 'except*' on the same 'try' (5, 1, 5, 7)
# expect: expected one or more exception types (3, 8, 3, 9)
# expect: expected one or more exception types (5, 8, 5, 9)
# expect: 'break', 'continue' and 'return' cannot appear in an except* block (5, 9, 5, 14)
# expect: 'break', 'continue' and 'return' cannot appear in an except* block (5, 9, 5, 17)
# expect: 'break', 'continue' and 'return' cannot appear in an except* block (5, 16, 5, 17)
# expect: 'break', 'continue' and 'return' cannot appear in an except* block (5, 9, 5, 15)
# expect: 'break', 'continue' and 'return' cannot appear in an except* block (6, 20, 6, 21)
# expect: multiple exception types must be parenthesized (3, 8, 3, 12)
# expect: 'break', 'continue' and 'return' cannot appear in an except* block (4, 2, 4, 7)
# expect: 'return' outside function (4, 2, 4, 8)
# expect: multiple exception types must be parenthesized (3, 9, 3, 13)
# expect: invalid syntax (3, 15, 3, 16)
# expect: all compiled

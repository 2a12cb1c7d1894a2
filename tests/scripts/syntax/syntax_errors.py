# SyntaxErrors reported by compile(): message, line and caret offset.
cases = [
    "if x:\npass\n",
    "x\ndef broken(:\n",
    "if x\n  a\n",
    "print 'hi'\n",
    "f(a b)\n",
    "f() = 1\n",
    "del f()\n",
    "f(a.b=1)\n",
    "(a\n",
    "a)\n",
    "(a]\n",
    "0123\n",
    "'abc\n",
    "f'{}'\n",
    "f'{a'\n",
    "f'}'\n",
    "  x = 1\n",
    "if x:\n  a\n b\n",
    "def f(a=1, b): pass\n",
    "'a' b'b'\n",
    "x = 1 +\n",
    "a, b += 1\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    eval("1 +")
except SyntaxError as e:
    print("eval:", e.msg)
print(eval("  1 + 2"))
# expect: IndentationError expected an indented block after 'if' statement on line 1 2 1
# expect: SyntaxError invalid syntax 2 12
# expect: SyntaxError expected ':' 1 5
# expect: SyntaxError Missing parentheses in call to 'print'. Did you mean print(...)? 1 1
# expect: SyntaxError invalid syntax. Perhaps you forgot a comma? 1 3
# expect: SyntaxError cannot assign to function call here. Maybe you meant '==' instead of '='? 1 1
# expect: SyntaxError cannot delete function call 1 5
# expect: SyntaxError expression cannot contain assignment, perhaps you meant "=="? 1 3
# expect: SyntaxError '(' was never closed 1 1
# expect: SyntaxError unmatched ')' 1 2
# expect: SyntaxError closing parenthesis ']' does not match opening parenthesis '(' 1 3
# expect: SyntaxError leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers 1 1
# expect: SyntaxError unterminated string literal (detected at line 1) 1 1
# expect: SyntaxError f-string: empty expression not allowed 1 6
# expect: SyntaxError f-string: expecting '}' 1 6
# expect: SyntaxError f-string: single '}' is not allowed 1 5
# expect: IndentationError unexpected indent 1 2
# expect: IndentationError unindent does not match any outer indentation level 3 3
# expect: SyntaxError non-default argument follows default argument 1 12
# expect: SyntaxError cannot mix bytes and nonbytes literals 1 9
# expect: SyntaxError invalid syntax 1 8
# expect: SyntaxError 'tuple' is an illegal expression for augmented assignment 1 1
# expect: eval: invalid syntax
# expect: 3

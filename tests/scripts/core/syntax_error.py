# A syntax error is reported before anything runs.
# expect exit: 1
# expect stderr: ^  File ".*syntax_error\.py", line 7$
# expect stderr: ^SyntaxError: invalid syntax$
print("never printed")
x = (1 +
def broken(:
    pass

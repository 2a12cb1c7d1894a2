# A syntax error in the script is reported CPython's way, with exit status 1.
# expect stderr: ^  File ".*syntax_error.py", line 9$
# expect stderr: ^    def broken\(:$
# expect stderr: ^               \^$
# expect stderr: ^SyntaxError: invalid syntax$
# expect exit: 1
print("never printed")

def broken(:
    pass

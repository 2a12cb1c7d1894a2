# A source file that is not UTF-8 is a SyntaxError, as in CPython.
# expect exit: 1
# expect stderr: ^SyntaxError: Non-UTF-8 code starting with .\\xff. in file .*non_utf8_source\.py on line 4, but no encoding declared
x = "ÿ"

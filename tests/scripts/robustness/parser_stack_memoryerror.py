# Regression: source nested deeper than the parser's stack (not via brackets)
# was reported as "too many nested parentheses"; CPython raises a bare MemoryError.
print("start")
exec("-" * 100000 + "1")
# expect: start
# expect exit: 1
# expect stderr: ^MemoryError$

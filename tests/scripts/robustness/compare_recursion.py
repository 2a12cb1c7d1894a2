# Regression: comparing two lists nested 100,000 deep recursed in C++ without a
# limit (printed True); CPython raises RecursionError "in comparison".
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
print(a == b)
# expect exit: 1
# expect stderr: ^RecursionError: maximum recursion depth exceeded in comparison$

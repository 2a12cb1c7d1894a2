# Uncaught infinite recursion: repeated traceback lines are collapsed as CPython does.
def f(n):
    return f(n + 1)

f(0)
# expect stderr: ^Traceback \(most recent call last\):$
# expect stderr: ^  File ".*recursion_uncaught.py", line 5, in <module>$
# expect stderr: ^  File ".*recursion_uncaught.py", line 3, in f$
# expect stderr: ^  \[Previous line repeated \d+ more times\]$
# expect stderr: ^RecursionError: maximum recursion depth exceeded$
# expect exit: 1

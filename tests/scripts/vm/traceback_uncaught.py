# An uncaught exception prints CPython's traceback to stderr and exits with status 1.
def inner(x):
    return 10 // x

def outer():
    try:
        inner(0)
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e

print("before")
outer()
# expect: before
# expect stderr: ^Traceback \(most recent call last\):$
# expect stderr: ^  File ".*traceback_uncaught.py", line 7, in outer$
# expect stderr: ^    inner\(0\)$
# expect stderr: ^  File ".*traceback_uncaught.py", line 3, in inner$
# expect stderr: ^    return 10 // x$
# expect stderr: ^ZeroDivisionError: integer division or modulo by zero$
# expect stderr: ^The above exception was the direct cause of the following exception:$
# expect stderr: ^  File ".*traceback_uncaught.py", line 12, in <module>$
# expect stderr: ^    outer\(\)$
# expect stderr: ^  File ".*traceback_uncaught.py", line 9, in outer$
# expect stderr: ^    raise ValueError\("wrapped"\) from e$
# expect stderr: ^ValueError: wrapped$
# expect exit: 1

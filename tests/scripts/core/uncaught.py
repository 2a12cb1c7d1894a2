# An uncaught exception prints CPython's traceback and exits 1.
# expect exit: 1
# expect stderr: ^Traceback \(most recent call last\):$
# expect stderr: ^  File ".*uncaught\.py", line 13, in <module>$
# expect stderr: ^  File ".*uncaught\.py", line 11, in outer$
# expect stderr: ^    return inner\(\[\]\)$
# expect stderr: ^KeyError: 'missing'$
def inner(d):
    return {}["missing"]
def outer():
    return inner([])
print("before")  # expect: before
outer()
print("never")

# An uncaught exception: the default excepthook prints the carets on stderr.
# expect exit: 1
# expect stderr: ^Traceback \(most recent call last\):$
# expect stderr: ^    print\(total\(\{"a": 1\}\) \* 2\)$
# expect stderr: ^          \^\^\^\^\^\^\^\^\^\^\^\^\^\^\^$
# expect stderr: ^    return values\["a"\] \+ values\["b"\]$
# expect stderr: ^                         \~\~\~\~\~\~\^\^\^\^\^$
# expect stderr: ^KeyError: 'b'$


def total(values):
    return values["a"] + values["b"]


print("before")
print(total({"a": 1}) * 2)
# expect: before

# Chained exceptions print both tracebacks with CPython's separator lines.
# expect exit: 1
# expect stderr: ^KeyError: 'a'$
# expect stderr: ^The above exception was the direct cause of the following exception:$
# expect stderr: ^RuntimeError: wrapped$
try:
    {}["a"]
except KeyError as e:
    raise RuntimeError("wrapped") from e

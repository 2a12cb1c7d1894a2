# exec(closure=...) (3.11), eval() of code with free variables, and `global` in a nested function making the module-level name global.
def f(x):
    return lambda: x + 1
g = f(3)
for cl in (None, (), 5, (1,), g.__closure__, g.__closure__ * 2):
    try:
        print(exec(g.__code__, {}, None, closure=cl))
    except TypeError as e:
        print(type(e).__name__, e)
for call in (lambda: eval(g.__code__), lambda: exec('1', closure=g.__closure__), lambda: exec((lambda: 1).__code__, closure=())):
    try:
        call()
    except TypeError as e:
        print(e)
exec('1', closure=None)
exec((lambda: 1).__code__, {}, closure=None)
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        print("n is", n)
    return bump
b = counter()
exec(b.__code__, {}, closure=b.__closure__)
exec(b.__code__, {}, closure=b.__closure__)
local_ns, global_ns = {}, {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(global_ns["result2"], global_ns["result9"], sorted(local_ns), sorted(global_ns))

# expect: TypeError code object requires a closure of exactly length 1
# expect: TypeError code object requires a closure of exactly length 1
# expect: TypeError code object requires a closure of exactly length 1
# expect: TypeError code object requires a closure of exactly length 1
# expect: None
# expect: TypeError code object requires a closure of exactly length 1
# expect: code object passed to eval() may not contain free variables
# expect: closure can only be used when source is a code object
# expect: cannot use a closure with this code object
# expect: n is 1
# expect: n is 2
# expect: 2 9 ['__builtins__', 'y'] ['f', 'g', 'h', 'result2', 'result9']

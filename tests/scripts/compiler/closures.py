# Closures, cells, nonlocal and class-body free variables.
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
c(); c()
print(c(10))

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())

def param_cell(a, b):
    def get():
        return a * b
    a = a + 1
    return get
print(param_cell(2, 5)())

def outer():
    x = "outer-x"
    class C:
        y = x
        z = "class-z"
        def m(self):
            return x
    class D:
        x = "class-x"
        def m(self):
            return x
    return C.y, C.z, C().m(), D.x, D().m()
print(outer())

def deep():
    v = 1
    def mid():
        def inner():
            return v + 1
        return inner
    return mid()()
print(deep())

g = "global"
def shadow():
    def inner():
        return g
    return inner()
print(shadow())

def rebinding():
    out = []
    x = 1
    def show():
        out.append(x)
    show()
    x = 2
    show()
    return out
print(rebinding())

def unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(unbound())

def local_before_assign():
    try:
        print(q)
    except UnboundLocalError as e:
        print(e)
    q = 1
local_before_assign()

x = 10
def uses_global():
    global x
    x += 5
uses_global()
print(x)

def walrus_in_comp():
    data = [1, 2, 3]
    total = [last := d * 2 for d in data]
    return total, last
print(walrus_in_comp())
print(counter.__code__.co_cellvars, c.__code__.co_freevars)

# expect: 12
# expect: [10, 11, 12]
# expect: [2, 2, 2]
# expect: 15
# expect: ('outer-x', 'class-z', 'outer-x', 'class-x', 'outer-x')
# expect: 2
# expect: global
# expect: [1, 2]
# expect: NameError cannot access free variable 'z' where it is not associated with a value in enclosing scope
# expect: 3
# expect: cannot access local variable 'q' where it is not associated with a value
# expect: 15
# expect: ([2, 4, 6], 6)
# expect: ('n',) ('n',)

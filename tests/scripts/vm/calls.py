# Calls: positional, keyword, defaults, *args, **kwargs and CPython's binding errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2], **{'c': 3, 'z': 0}))

def g(a, b):
    return a - b
print(g(b=1, a=5))

def check(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print("TypeError:", e)

def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def opt(a, b=1): pass
def kwo(*, key): pass
def kwo2(*, key, k2): pass
def po(a, b, /, c): pass
def none(): pass
check(one)
check(two)
check(three)
check(two, 1, 2, 3)
check(opt, 1, 2, 3)
check(one, x=1)
check(one, 1, a=2)
check(kwo)
check(kwo2)
check(po, a=1, b=2, c=3)
check(none, 1)
check(opt, 1, 2, 3, key=1)

def kwd(a, b=2, *, c=2): pass
check(kwd, 1, 2, 3, c=4)

def h(**k): return k
check(h, **{'k': 1})
try:
    h(**1)
except TypeError as e:
    print(e)
try:
    h(**{'k': 1}, **{'k': 2})
except TypeError as e:
    print(e)
try:
    h(**{1: 2})
except TypeError as e:
    print(e)

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = P(3, 4)
print(p.norm2())
m = p.norm2
print(m())
try:
    P(1)
except TypeError as e:
    print(e)
try:
    p.norm2(1)
except TypeError as e:
    print(e)

# closures and cells
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
i = outer()
print(i(), i(), i.__closure__[0].cell_contents)
print(i.__qualname__, i.__name__)
print(repr(i).startswith("<function outer.<locals>.inner at 0x"))

def defaults(a, b=[1], *, c={'k': 1}):
    pass
print(defaults.__defaults__, defaults.__kwdefaults__)
defaults.attr = 5
print(defaults.attr, defaults.__dict__)
print(f.__code__.co_name if hasattr(f.__code__, 'co_name') else 'f')

def param_cell(a):
    def get():
        return a
    return get
print(param_cell(42)())

# comprehensions
print([x * x for x in range(5)], {x: x for x in 'ab'}, sorted({x % 3 for x in range(10)}))
print(sum(x for x in range(10)))

# unbound locals and free variables
def ub():
    print(y)
    y = 1
try:
    ub()
except UnboundLocalError as e:
    print(e)
def fv():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(e)
    z = 1
fv()
try:
    undefined_name
except NameError as e:
    print(e)

# unpacking
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
a, *b, c = range(6)
print(a, b, c)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
x, (y, z) = 1, (2, 3)
print(x, y, z)
print(f"{x!r:>4}|{'s'!s}|{3.5:.2f}")

# ---- expected output (produced by python3) ----
# expect: (1, 2, (), 3, 4, [])
# expect: (1, 5, (6, 7), 3, 4, [('e', 9)])
# expect: (1, 2, (), 3, 4, [('z', 0)])
# expect: 4
# expect: TypeError: one() missing 1 required positional argument: 'a'
# expect: TypeError: two() missing 2 required positional arguments: 'a' and 'b'
# expect: TypeError: three() missing 3 required positional arguments: 'a', 'b', and 'c'
# expect: TypeError: two() takes 2 positional arguments but 3 were given
# expect: TypeError: opt() takes from 1 to 2 positional arguments but 3 were given
# expect: TypeError: one() got an unexpected keyword argument 'x'
# expect: TypeError: one() got multiple values for argument 'a'
# expect: TypeError: kwo() missing 1 required keyword-only argument: 'key'
# expect: TypeError: kwo2() missing 2 required keyword-only arguments: 'key' and 'k2'
# expect: TypeError: po() got some positional-only arguments passed as keyword arguments: 'a, b'
# expect: TypeError: none() takes 0 positional arguments but 1 was given
# expect: TypeError: opt() got an unexpected keyword argument 'key'
# expect: TypeError: kwd() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given
# expect: __main__.h() argument after ** must be a mapping, not int
# expect: __main__.h() got multiple values for keyword argument 'k'
# expect: keywords must be strings
# expect: 25
# expect: 25
# expect: P.__init__() missing 1 required positional argument: 'y'
# expect: P.norm2() takes 1 positional argument but 2 were given
# expect: 2 3 3
# expect: outer.<locals>.inner inner
# expect: True
# expect: ([1],) {'c': {'k': 1}}
# expect: 5 {'attr': 5}
# expect: f
# expect: 42
# expect: [0, 1, 4, 9, 16] {'a': 'a', 'b': 'b'} [0, 1, 2]
# expect: 45
# expect: cannot access local variable 'y' where it is not associated with a value
# expect: cannot access free variable 'z' where it is not associated with a value in enclosing scope
# expect: name 'undefined_name' is not defined
# expect: too many values to unpack (expected 2)
# expect: not enough values to unpack (expected 3, got 2)
# expect: cannot unpack non-iterable int object
# expect: 0 [1, 2, 3, 4] 5
# expect: not enough values to unpack (expected at least 2, got 1)
# expect: 1 2 3
# expect:    1|s|3.50

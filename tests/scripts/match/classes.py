# Class patterns: __match_args__, keyword sub-patterns, self-matching built-ins, run-time errors.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    z = 0

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=1):
            return f"3d at height one {x} {y}"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in (Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Point3(5, 6), "p"):
    if isinstance(p, Point3): p.z = 1
    print(where(p))

# the built-ins that match themselves with one positional sub-pattern
for v in (True, 7, 2.5, "s", b"b", [1], (1,), {1: 2}, {3}, frozenset({4}), None):
    match v:
        case bool(x) | int(x) | float(x) | str(x) | bytes(x):
            print("scalar", type(v).__name__, x is v)
        case list(x) | tuple(x) | dict(x) | set(x) | frozenset(x):
            print("container", type(v).__name__, x is v)
        case _:
            print("no self match for", type(v).__name__)
class MyInt(int):
    pass
match MyInt(9):
    case MyInt(n):
        print("int subclass matches itself", n, type(n).__name__)
match MyInt(9):
    case int(real=r, imag=i):
        print("keyword attributes", r, i)

# attribute lookups: in order, a missing attribute is no match, other errors propagate
class Tracer:
    __match_args__ = ("a", "b")
    def __getattr__(self, name):
        print("lookup", name)
        if name == "missing":
            raise AttributeError(name)
        if name == "boom":
            raise KeyError(name)
        return name.upper()
match Tracer():
    case Tracer("A", "X"):
        print("?")
    case Tracer(a, missing=m):
        print("?")
    case Tracer(a, b, c="C"):
        print("all found", a, b)
try:
    match Tracer():
        case Tracer(boom=_):
            pass
except KeyError as e:
    print("KeyError", e)

# run-time errors, word for word
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["a"]
class BadName:
    __match_args__ = ("a", 2)
    a = 1
class One:
    __match_args__ = ("a",)
    a = 1
def run(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)
def t1():
    match One():
        case One(1, 2):
            return "matched"
def t2():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def t3():
    match BadArgs():
        case BadArgs(1):
            return "matched"
def t4():
    match BadName():
        case BadName(1, 2):
            return "matched"
def t5():
    match One():
        case One(1, a=1):
            return "matched"
def t6():
    match 5:
        case len(x):
            return "matched"
def t7():
    match 5:
        case NoArgs(1):
            return "matched"
    return "not an instance: no error"
def t8():
    match True:
        case bool(1, 2):
            return "matched"
for label, fn in (("one", t1), ("none", t2), ("list", t3), ("name", t4), ("twice", t5), ("callable", t6),
                  ("isinstance first", t7), ("self", t8)):
    run(label, fn)

# expect: origin
# expect: on an axis at 3
# expect: on an axis at 4
# expect: diagonal 2
# expect: somewhere
# expect: 3d at height one 5 6
# expect: not a point
# expect: scalar bool True
# expect: scalar int True
# expect: scalar float True
# expect: scalar str True
# expect: scalar bytes True
# expect: container list True
# expect: container tuple True
# expect: container dict True
# expect: container set True
# expect: container frozenset True
# expect: no self match for NoneType
# expect: int subclass matches itself 9 MyInt
# expect: keyword attributes 9 0
# expect: lookup a
# expect: lookup b
# expect: lookup a
# expect: lookup missing
# expect: lookup a
# expect: lookup b
# expect: lookup c
# expect: all found A B
# expect: lookup boom
# expect: KeyError 'boom'
# expect: one TypeError: One() accepts 1 positional sub-pattern (2 given)
# expect: none TypeError: NoArgs() accepts 0 positional sub-patterns (1 given)
# expect: list TypeError: BadArgs.__match_args__ must be a tuple (got list)
# expect: name TypeError: __match_args__ elements must be strings (got int)
# expect: twice TypeError: One() got multiple sub-patterns for attribute 'a'
# expect: callable TypeError: called match pattern must be a type
# expect: isinstance first not an instance: no error
# expect: self TypeError: bool() accepts 1 positional sub-pattern (2 given)

# Or-patterns, as-patterns, guards, and when names are bound.
def f(v):
    match v:
        case [x, 1] | [1, x] | (x, 2, _):
            return f"or binds x={x}"
        case {"a": a, "b": b} | [b, a, "swapped"]:
            return f"a={a} b={b}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [(1 | 2) as i, (3 | 4) as j] as whole:
            return f"i={i} j={j} whole={whole}"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"short str {s}"
        case _:
            return "other"
for v in ([5, 1], [1, 6], (7, 2, 0), {"a": 1, "b": 2}, ["B", "A", "swapped"], 2, [2, 4], "long!", "ab", 9):
    print(v, "->", f(v))

# names are bound when the pattern matched, before the guard runs (even if the guard fails)
y = "unbound"
match [10, 20]:
    case [y, z] if y > 100:
        print("guard passed?")
    case _:
        print("after a failed guard y =", y, "z =", z)
# a pattern that fails half way binds nothing
w = "before"
match [1, 2]:
    case [w, 3]:
        print("?")
    case _:
        print("w is still", w)

# guards are evaluated only when their pattern matched, in order
calls = []
def g(tag, result):
    calls.append(tag)
    return result
for item in (1, "x", 2.0):
    match item:
        case int() if g("int guard", False):
            pass
        case str() if g("str guard", True):
            calls.append("str body")
        case _ if g("default guard", True):
            calls.append("default body")
print(calls)

# captures are stored in the order they appear (visible in the module's globals)
match {"k": [1, (2, 3)]}:
    case {"k": [first, (second, third)]}:
        pass
print([k for k in globals() if k in ("first", "second", "third")])
def order():
    match (1, 2):
        case (b, a):
            return list(locals())
print(order())

# captures in functions, closures and classes
def closure():
    match [1, 2]:
        case [a, b]:
            pass
    return lambda: (a, b)
print(closure()())
class C:
    match {"v": 5}:
        case {"v": v}:
            doubled = v * 2
print(C.v, C.doubled)

# the subject is evaluated once
def subject():
    print("subject evaluated")
    return 3
match subject():
    case 1:
        pass
    case 2:
        pass
    case n:
        print("capture", n)
# no case matched: nothing happens
match 99:
    case 1:
        print("?")
print("done")

# expect: [5, 1] -> or binds x=5
# expect: [1, 6] -> or binds x=6
# expect: (7, 2, 0) -> or binds x=7
# expect: {'a': 1, 'b': 2} -> a=1 b=2
# expect: ['B', 'A', 'swapped'] -> a=A b=B
# expect: 2 -> small 2
# expect: [2, 4] -> i=2 j=4 whole=[2, 4]
# expect: long! -> long str long!
# expect: ab -> short str ab
# expect: 9 -> other
# expect: after a failed guard y = 10 z = 20
# expect: w is still before
# expect: ['int guard', 'default guard', 'default body', 'str guard', 'str body', 'default guard', 'default body']
# expect: ['first', 'second', 'third']
# expect: ['b', 'a']
# expect: (1, 2)
# expect: 5 10
# expect: subject evaluated
# expect: capture 3
# expect: done

# Literal, singleton and value patterns; soft keywords stay usable as names.
class Color:
    RED = "red"
    class Deep:
        BLUE = 3

def lit(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5 | -2.5:
            return "float"
        case 0x10 | 0o17 | 0b11 | 1_000:
            return "radix"
        case "a" "b":
            return "concatenated"
        case b"raw":
            return "bytes"
        case "":
            return "empty str"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED:
            return "dotted"
        case Color.Deep.BLUE:
            return "deeper"
        case _:
            return "other " + repr(v)

for v in (0, 0.0, False, -1, -1.0, True, 1, 1.5, -2.5, 16, 15, 3, 1000, 1000.0, "ab", b"raw", "", None,
          "red", 3.0, "x", [], b"", 10**30):
    print(repr(v), "->", lit(v))

# __eq__ is called with the subject on the left
class Loud:
    def __eq__(self, other):
        print("Loud.__eq__", other)
        return other == 7
    __hash__ = None
match Loud():
    case 6:
        print("six")
    case 7:
        print("seven")

# singletons compare by identity
class AlwaysEqual:
    def __eq__(self, other):
        return True
match AlwaysEqual():
    case None:
        print("matched None?")
    case True:
        print("matched True?")
    case 1:
        print("== 1 matches")

# soft keywords are ordinary names
match = [1, 2]
case = {"k": 3}
_ = "underscore"
print(match, case, _)
print(match[0], case["k"])
def match(x):
    return ("match called", x)
print(match(5))
class case:
    attr = "case.attr"
print(case.attr)
match: int = 4
print(match)
match, case = 1, 2
print(match + case)

# expect: 0 -> zero
# expect: 0.0 -> zero
# expect: False -> zero
# expect: -1 -> minus one
# expect: -1.0 -> minus one
# expect: True -> True
# expect: 1 -> other 1
# expect: 1.5 -> float
# expect: -2.5 -> float
# expect: 16 -> radix
# expect: 15 -> radix
# expect: 3 -> radix
# expect: 1000 -> radix
# expect: 1000.0 -> radix
# expect: 'ab' -> concatenated
# expect: b'raw' -> bytes
# expect: '' -> empty str
# expect: None -> None
# expect: 'red' -> dotted
# expect: 3.0 -> radix
# expect: 'x' -> other 'x'
# expect: [] -> other []
# expect: b'' -> other b''
# expect: 1000000000000000000000000000000 -> other 1000000000000000000000000000000
# expect: Loud.__eq__ 6
# expect: Loud.__eq__ 7
# expect: seven
# expect: == 1 matches
# expect: [1, 2] {'k': 3} underscore
# expect: 1 3
# expect: ('match called', 5)
# expect: case.attr
# expect: 4
# expect: 3

# Sequence patterns: list and tuple syntax, stars, nesting; which objects are sequences.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case (a, b):
            return f"two {a!r} {b!r}"
        case [1, *rest]:
            return f"1 then {rest}"
        case [first, *_, last]:
            return f"first {first!r} last {last!r}"
        case _:
            return "not a sequence"

for v in ([], (), [5], (6,), [1, 2], (3, 4), [1, 2, 3], (1,), [9, 8, 7, 6], range(4), range(1), "ab", b"ab",
          bytearray(b"ab") if False else "x", {1: 2}, {1, 2}, iter([1, 2]), 42, None):
    print(type(v).__name__, "->", seq(v))

# open sequences, nested sequences, groups
match 1, [2, (3, 4)]:
    case a, [b, (c, d)]:
        print("nested", a, b, c, d)
match [1, [2, 3]]:
    case [(x), [*ys]]:
        print("group and star", x, ys)
match (1, 2, 3, 4, 5):
    case (*head, 4, 5):
        print("star first", head)
match [1, 2, 3]:
    case [*_, 3]:
        print("star wildcard at the start")
match [1, 2, 3]:
    case [_, _, _]:
        print("three wildcards")
match []:
    case [*everything]:
        print("star alone", everything)
match "not a sequence":
    case [*chars]:
        print("str matched?")
    case _:
        print("str is not a sequence pattern subject")

# star captures are lists, whatever the subject
match (1, 2, 3):
    case (x, *rest):
        print(type(rest).__name__, rest)

# subclasses of list/tuple are sequences; so are classes marked the way
# collections.abc.Sequence is (an __abc_tpflags__ entry, consumed at class creation)
try:
    from abc import ABCMeta
except Exception:  # abc.py (via _py_abc, _weakrefset, types) needs more of the library than may be there yet
    ABCMeta = type
class MyList(list):
    pass
class Marked(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        print("len")
        return len(self.items)
    def __getitem__(self, i):
        print("getitem", i)
        return self.items[i]
    def __iter__(self):
        print("iter")
        return iter(self.items)
print("__abc_tpflags__" in Marked.__dict__)
match MyList([1, 2]):
    case [a, b]:
        print("list subclass", a, b)
match Marked(1, 2, 3):
    case [a, b]:
        print("two?")
    case [a, b, c]:
        print("marked three", a, b, c)
match Marked(1, 2, 3, 4):
    case [a, *_, b]:
        print("marked star wildcard", a, b)
class Sub(Marked):
    pass
match Sub(7):
    case [x]:
        print("inherited flag", x)

# expect: list -> empty
# expect: tuple -> empty
# expect: list -> one 5
# expect: tuple -> one 6
# expect: list -> two 1 2
# expect: tuple -> two 3 4
# expect: list -> 1 then [2, 3]
# expect: tuple -> one 1
# expect: list -> first 9 last 6
# expect: range -> first 0 last 3
# expect: range -> one 0
# expect: str -> not a sequence
# expect: bytes -> not a sequence
# expect: str -> not a sequence
# expect: dict -> not a sequence
# expect: set -> not a sequence
# expect: list_iterator -> not a sequence
# expect: int -> not a sequence
# expect: NoneType -> not a sequence
# expect: nested 1 2 3 4
# expect: group and star 1 [2, 3]
# expect: star first [1, 2, 3]
# expect: star wildcard at the start
# expect: three wildcards
# expect: star alone []
# expect: str is not a sequence pattern subject
# expect: list [2, 3]
# expect: False
# expect: list subclass 1 2
# expect: len
# expect: len
# expect: iter
# expect: marked three 1 2 3
# expect: len
# expect: getitem 0
# expect: len
# expect: getitem 3
# expect: marked star wildcard 1 4
# expect: len
# expect: iter
# expect: inherited flag 7

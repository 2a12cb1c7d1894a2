# Keyword arguments to list, tuple and float subclasses, and subclasses overriding __iter__ as constructor arguments.
class LyingTuple(tuple):
    def __iter__(self):
        yield 1
class LyingList(list):
    def __iter__(self):
        yield 1
print(tuple(LyingTuple((2,))), list(LyingList([2])), tuple(LyingList([2])), list(LyingTuple((2,))))
x = [0]; x.extend(LyingList([5, 6])); print(x)
s = LyingList([3, 4]); s.extend(s); print(list.__len__(s), s[:])
for base in (list, tuple, float):
    class plain(base):
        pass
    try:
        plain(x=0)
    except TypeError as e:
        print(base.__name__, e)
    class with_init(base):
        def __init__(self, arg, newarg=None):
            self.newarg = newarg
    u = with_init([1] if base is not float else 2.5, newarg=3)
    print(type(u).__name__, u.newarg, base(u))
    class with_new(base):
        def __new__(cls, arg, newarg=None):
            self = super().__new__(cls, arg)
            self.newarg = newarg
            return self
    if base is list:
        try:
            with_new([1], newarg=3)
        except TypeError as e:
            print("list with __new__:", e)
    else:
        u = with_new((1,) if base is tuple else 2.5, newarg=3)
        print(type(u).__name__, u.newarg, base(u))

# expect: (1,) [1] (1,) [1]
# expect: [0, 1]
# expect: 3 [3, 4, 1]
# expect: list list() takes no keyword arguments
# expect: with_init 3 []
# expect: tuple tuple() takes no keyword arguments
# expect: with_init 3 (1,)
# expect: with_new 3 (1,)
# expect: float float() takes no keyword arguments
# expect: with_init 3 2.5
# expect: with_new 3 2.5

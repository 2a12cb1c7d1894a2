# Mapping patterns: literal and value keys, **rest, which objects are mappings.
class K:
    name = "name"
    other = "name"

def m(v):
    match v:
        case {}  if not v:
            return "empty mapping"
        case {"kind": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"kind": "box", **rest} if not rest:
            return "bare box"
        case {"kind": "box", K.name: n, **rest}:
            return f"box {n} rest={rest}"
        case {1: one, -2: two, None: nothing, "t": t}:
            return f"odd keys {one} {two} {nothing} {t}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"

for v in ({}, {"kind": "point", "x": 1, "y": 2, "z": 3}, {"kind": "box"}, {"kind": "box", "name": "b", "w": 1},
          {"kind": "box", "w": 1}, {1: "a", -2: "b", None: "c", "t": "d"}, {1: "a", -2: "b", None: "c"},
          [("kind", "point")], "kind", None):
    print(v, "->", m(v))

# **rest is a new dict, in the subject's order, without the matched keys
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"b": _, **rest}:
        print(rest, rest is d, type(rest).__name__)

# the subject's get() is used for the keys; missing keys do not match
class Tracing(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
match Tracing(a=1, b=2):
    case {"a": 1, "zz": _}:
        print("zz?")
    case {"b": 2, "a": 1}:
        print("dict subclass matched")

# duplicate keys from value patterns are found at run time
try:
    match {"name": 1}:
        case {K.name: 1, K.other: 2}:
            print("matched?")
except ValueError as e:
    print("ValueError:", e)

# a class marked the way collections.abc.Mapping is
try:
    from abc import ABCMeta
except Exception:  # abc.py (via _py_abc, _weakrefset, types) needs more of the library than may be there yet
    ABCMeta = type
class Marked(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 6
    def __init__(self, **kw):
        self.d = kw
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def keys(self):
        return self.d.keys()
    def get(self, k, default=None):
        return self.d.get(k, default)
match Marked(x=1, y=2):
    case {"x": x, **others}:
        print("marked mapping", x, others)
match Marked(x=1):
    case [*_]:
        print("sequence?")
    case {"y": _}:
        print("y?")
    case {}:
        print("any mapping")

# expect: {} -> empty mapping
# expect: {'kind': 'point', 'x': 1, 'y': 2, 'z': 3} -> point 1,2
# expect: {'kind': 'box'} -> bare box
# expect: {'kind': 'box', 'name': 'b', 'w': 1} -> box b rest={'w': 1}
# expect: {'kind': 'box', 'w': 1} -> some other mapping
# expect: {1: 'a', -2: 'b', None: 'c', 't': 'd'} -> odd keys a b c d
# expect: {1: 'a', -2: 'b', None: 'c'} -> some other mapping
# expect: [('kind', 'point')] -> not a mapping
# expect: kind -> not a mapping
# expect: None -> not a mapping
# expect: {'a': 1, 'c': 3} False dict
# expect: get a
# expect: get zz
# expect: get b
# expect: get a
# expect: dict subclass matched
# expect: marked mapping 1 {'y': 2}
# expect: any mapping

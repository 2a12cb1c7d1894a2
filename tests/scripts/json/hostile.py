# Hooks that change what is being encoded or decoded: the encoder re-reads a
# list's length, snapshots a dict's items, and survives a default() that
# empties the markers; decoder hooks that keep and change their arguments.
import json, _json

class Shrink:
    def __init__(self, target):
        self.target = target
def shrink(o):
    del o.target[:]
    return "shrunk"
l = [1, None, 3, 4]
l[1] = Shrink(l)
print(json.dumps(l, default=shrink))

d = {"a": 1, "b": None, "c": 3}
class Grow:
    pass
def grow(o):
    d.clear()
    d["new"] = 1
    return "grown"
d["b"] = Grow()
print(json.dumps(d, default=grow), d)

markers = {}
def forget(o):
    markers.clear()
    return "forgot"
enc = _json.make_encoder(markers, forget, _json.encode_basestring, None, ":", ",", False, False, True)
try:
    print(enc([[object()]], 0))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)

kept = []
def pairs_hook(p):
    kept.append(p)
    p.append(("extra", 0))
    return dict(p)
print(json.loads('{"a": {"b": 1}, "c": 2}', object_pairs_hook=pairs_hook), kept)
hooked = []
def obj_hook(o):
    hooked.append(o)
    o.clear()
    return len(hooked)
print(json.loads('[{"a": 1}, {"b": {"c": 2}}]', object_hook=obj_hook), hooked)
def bad_float(s):
    raise ValueError("no floats: " + s)
try:
    json.loads('[1, 2.5]', parse_float=bad_float)
except ValueError as e:
    print(e)
print(json.loads('[1, 2.5, 3]', parse_int=str, parse_float=len))
# expect: [1, "shrunk"]
# expect: {"a": 1, "b": "grown", "c": 3} {'new': 1}
# expect: KeyError int
# expect: {'a': {'b': 1, 'extra': 0}, 'c': 2, 'extra': 0} [[('b', 1), ('extra', 0)], [('a', {'b': 1, 'extra': 0}), ('c', 2), ('extra', 0)]]
# expect: [1, 3] [{}, {}, {}]
# expect: no floats: 2.5
# expect: ['1', 3, '3']

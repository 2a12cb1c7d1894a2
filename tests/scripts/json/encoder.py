# _json.make_encoder through json.dumps and directly: separators, sort_keys,
# skipkeys, allow_nan, default, circular references, key types, int and
# float subclasses, ensure_ascii both ways, bad arguments.
import json, _json, enum, math

print(json.encoder.c_make_encoder is _json.make_encoder)

def dumps(o, **kw):
    try:
        print(json.dumps(o, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)

doc = {"b": [1, 2.5, None, True, False, "x"], "a": {"z": [], "y": {}}, "c": (1, (2,)), "é": "€😀\x00\x1f\x7f\"\\/\n"}
dumps(doc)
dumps(doc, ensure_ascii=False)
dumps(doc, sort_keys=True)
dumps(doc, separators=(",", ":"))
dumps(doc, separators=(" ,  ", " :: "), sort_keys=True)
dumps(doc, indent=2, sort_keys=True)          # the pure-Python path, for comparison
dumps([1.0, 0.1, -0.0, 1e16, 1e-7, 1.7976931348623157e308, 5e-324, 123456789012345678901234567890])
dumps([float("nan"), float("inf"), float("-inf")])
dumps([float("nan")], allow_nan=False)
dumps({float("inf"): 1}, allow_nan=False)
dumps({1: "a", 2.5: "b", True: "c", False: "d", None: "e", -7: "f", 1e300: "g", float("nan"): "h"})
dumps({(1, 2): 3})
dumps({(1, 2): 3, "a": 1, b"x": 2}, skipkeys=True)
dumps({(1, 2): 3}, skipkeys=True)
dumps({"a": 1, 1: "a"}, sort_keys=True)
dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True)
dumps(object())
dumps([1, {2}], default=sorted)
dumps({"when": complex(1, 2)}, default=lambda o: [o.real, o.imag])
dumps(b"bytes")

class I(int):
    def __repr__(self):
        return "I!"
    def __str__(self):
        return "I?"
class F(float):
    def __repr__(self):
        return "F!"
class S(str):
    pass
class Color(enum.IntEnum):
    RED = 1
class Hue(float, enum.Enum):
    WARM = 2.5
dumps([I(5), F(2.5), S("s"), Color.RED, Hue.WARM, True])
dumps({I(5): 1, F(2.5): 2, S("k"): 3, Color.RED: 4, Hue.WARM: 5})
dumps([F("inf"), F("nan")])

# Circular references
l = []; l.append(l)
d = {}; d["self"] = d
dumps(l)
dumps(d)
dumps([l], check_circular=True)
class Node:
    pass
n = Node()
dumps(n, default=lambda o: [o])
dumps(n, default=lambda o: [o], check_circular=False)
dumps(l, check_circular=False)
x = [1]
dumps([x, x, {"a": x}])                      # shared, not circular

# Deep structures: RecursionError, never a crash
deep = []
for i in range(100000):
    deep = [deep]
dumps(deep)
deepd = {}
for i in range(100000):
    deepd = {"a": deepd}
dumps(deepd)

# Dict subclasses: their items() is used, an empty one is {} whatever items() says
class D(dict):
    def items(self):
        return [("z", 1), ("y", 2)]
class Bad(dict):
    def items(self):
        return [(1, 2, 3)]
class NotIter(dict):
    def items(self):
        return 5
dumps(D(a=1))
dumps(D())
dumps(Bad(a=1))
dumps(NotIter(a=1))
dumps(D(a=1), sort_keys=True)

# The encoder called directly
E = _json.make_encoder
e = E({}, repr, _json.encode_basestring_ascii, 4, ": ", ", ", True, False, True)
print(e({"b": [1, "é"], "a": None}, 0))
print(e.markers, e.default, e.encoder, e.indent, repr(e.key_separator), repr(e.item_separator), e.sort_keys, e.skipkeys)
print(e(obj="x", _current_indent_level=3), e([1, 2], -1))
e2 = E(None, str, lambda s: "<" + s + ">", None, ":", ",", False, False, True)
print(e2({"k": "v", 1: [object.__name__]}, 0))
e3 = E(None, str, lambda s: 42, None, ":", ",", False, False, True)
for args in [("spam", 4), ({"spam": 1}, 4), ([1], 4)]:
    try:
        print(e3(*args))
    except TypeError as ex:
        print("TypeError", ex)
for bad in [(), ("x",), ("x", "y"), ("x", 0, 1)]:
    try:
        e(*bad)
    except TypeError as ex:
        print("TypeError", ex)
for args in [(), ((True, False), b"x", None), (1, None, None, None, ": ", ", ", False, False, False),
             (None, None, None, None, 1, ", ", False, False, False),
             (None, None, None, None, ": ", b",", False, False, False),
             (None, None, None, None, ": ", ", ", False, False, False, 1)]:
    try:
        E(*args)
    except TypeError as ex:
        print("TypeError", ex)
class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bad bool")
for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys"]:
    try:
        json.JSONEncoder(**{name: BadBool()}).encode({"a": 1})
    except ZeroDivisionError as ex:
        print(name, "ZeroDivisionError", ex)
markers = {}
e4 = E(markers, lambda o: 1 / 0, _json.encode_basestring, None, ":", ",", False, False, True)
try:
    e4([[Node()]], 0)
except ZeroDivisionError:
    print("left in markers:", len(markers))

# encode_basestring / encode_basestring_ascii
for s in ["", "plain", "é€😀", "\ud800", "\udfff\ud800", '"\\\n\r\t\b\f\x00\x1f\x7f\x80', S("sub")]:
    print(_json.encode_basestring_ascii(s), ascii(_json.encode_basestring(s)))
for f in [_json.encode_basestring_ascii, _json.encode_basestring]:
    for bad in [(), (b"x",), ("a", "b")]:
        try:
            f(*bad)
        except TypeError as ex:
            print("TypeError", ex)
    try:
        f(s="x")
    except TypeError as ex:
        print("TypeError", ex)
try:
    class Sub(_json.make_encoder):
        pass
except TypeError as ex:
    print("TypeError", ex)
print(type(e).__name__, type(e).__module__)
# expect: True
# expect: {"b": [1, 2.5, null, true, false, "x"], "a": {"z": [], "y": {}}, "c": [1, [2]], "\u00e9": "\u20ac\ud83d\ude00\u0000\u001f\u007f\"\\/\n"}
# expect: {"b": [1, 2.5, null, true, false, "x"], "a": {"z": [], "y": {}}, "c": [1, [2]], "é": "€😀\u0000\u001f\"\\/\n"}
# expect: {"a": {"y": {}, "z": []}, "b": [1, 2.5, null, true, false, "x"], "c": [1, [2]], "\u00e9": "\u20ac\ud83d\ude00\u0000\u001f\u007f\"\\/\n"}
# expect: {"b":[1,2.5,null,true,false,"x"],"a":{"z":[],"y":{}},"c":[1,[2]],"\u00e9":"\u20ac\ud83d\ude00\u0000\u001f\u007f\"\\/\n"}
# expect: {"a" :: {"y" :: {} ,  "z" :: []} ,  "b" :: [1 ,  2.5 ,  null ,  true ,  false ,  "x"] ,  "c" :: [1 ,  [2]] ,  "\u00e9" :: "\u20ac\ud83d\ude00\u0000\u001f\u007f\"\\/\n"}
# expect: {
# expect:   "a": {
# expect:     "y": {},
# expect:     "z": []
# expect:   },
# expect:   "b": [
# expect:     1,
# expect:     2.5,
# expect:     null,
# expect:     true,
# expect:     false,
# expect:     "x"
# expect:   ],
# expect:   "c": [
# expect:     1,
# expect:     [
# expect:       2
# expect:     ]
# expect:   ],
# expect:   "\u00e9": "\u20ac\ud83d\ude00\u0000\u001f\u007f\"\\/\n"
# expect: }
# expect: [1.0, 0.1, -0.0, 1e+16, 1e-07, 1.7976931348623157e+308, 5e-324, 123456789012345678901234567890]
# expect: [NaN, Infinity, -Infinity]
# expect: ValueError: Out of range float values are not JSON compliant
# expect: ValueError: Out of range float values are not JSON compliant
# expect: {"1": "c", "2.5": "b", "false": "d", "null": "e", "-7": "f", "1e+300": "g", "NaN": "h"}
# expect: TypeError: keys must be str, int, float, bool or None, not tuple
# expect: {"a": 1}
# expect: {}
# expect: TypeError: '<' not supported between instances of 'int' and 'str'
# expect: {"a": 2, "b": 1, "c": {"x": 2, "y": 1}}
# expect: TypeError: Object of type object is not JSON serializable
# expect: [1, [2]]
# expect: {"when": [1.0, 2.0]}
# expect: TypeError: Object of type bytes is not JSON serializable
# expect: [5, 2.5, "s", 1, 2.5, true]
# expect: {"5": 1, "2.5": 5, "k": 3, "1": 4}
# expect: [Infinity, NaN]
# expect: ValueError: Circular reference detected
# expect: ValueError: Circular reference detected
# expect: ValueError: Circular reference detected
# expect: ValueError: Circular reference detected
# expect: RecursionError: maximum recursion depth exceeded
# expect: RecursionError: maximum recursion depth exceeded while encoding a JSON object
# expect: [[1], [1], {"a": [1]}]
# expect: RecursionError: maximum recursion depth exceeded while encoding a JSON object
# expect: RecursionError: maximum recursion depth exceeded while encoding a JSON object
# expect: {"z": 1, "y": 2}
# expect: {}
# expect: ValueError: items must return 2-tuples
# expect: TypeError: NotIter.items() returned a non-iterable (type int)
# expect: {"y": 2, "z": 1}
# expect: ['{"a": null, "b": [1, "\\u00e9"]}']
# expect: {} <built-in function repr> <built-in function encode_basestring_ascii> 4 ': ' ', ' True False
# expect: ['"x"'] ['[1, 2]']
# expect: ['{<k>:<v>,<1>:[<object>]}']
# expect: TypeError encoder() must return a string, not int
# expect: TypeError encoder() must return a string, not int
# expect: ['[1]']
# expect: TypeError _iterencode() missing required argument 'obj' (pos 1)
# expect: TypeError _iterencode() missing required argument '_current_indent_level' (pos 2)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError _iterencode() takes at most 2 arguments (3 given)
# expect: TypeError make_encoder() missing required argument 'markers' (pos 1)
# expect: TypeError make_encoder() missing required argument 'indent' (pos 4)
# expect: TypeError make_encoder() argument 1 must be dict or None, not int
# expect: TypeError make_encoder() argument 5 must be str, not int
# expect: TypeError make_encoder() argument 6 must be str, not bytes
# expect: TypeError make_encoder() takes at most 9 arguments (10 given)
# expect: skipkeys ZeroDivisionError bad bool
# expect: ensure_ascii ZeroDivisionError bad bool
# expect: check_circular ZeroDivisionError bad bool
# expect: allow_nan ZeroDivisionError bad bool
# expect: sort_keys ZeroDivisionError bad bool
# expect: left in markers: 3
# expect: "" '""'
# expect: "plain" '"plain"'
# expect: "\u00e9\u20ac\ud83d\ude00" '"\xe9\u20ac\U0001f600"'
# expect: "\ud800" '"\ud800"'
# expect: "\udfff\ud800" '"\udfff\ud800"'
# expect: "\"\\\n\r\t\b\f\u0000\u001f\u007f\u0080" '"\\"\\\\\\n\\r\\t\\b\\f\\u0000\\u001f\x7f\x80"'
# expect: "sub" '"sub"'
# expect: TypeError _json.encode_basestring_ascii() takes exactly one argument (0 given)
# expect: TypeError first argument must be a string, not bytes
# expect: TypeError _json.encode_basestring_ascii() takes exactly one argument (2 given)
# expect: TypeError _json.encode_basestring_ascii() takes no keyword arguments
# expect: TypeError _json.encode_basestring() takes exactly one argument (0 given)
# expect: TypeError first argument must be a string, not bytes
# expect: TypeError _json.encode_basestring() takes exactly one argument (2 given)
# expect: TypeError _json.encode_basestring() takes no keyword arguments
# expect: TypeError type '_json.Encoder' is not an acceptable base type
# expect: Encoder _json

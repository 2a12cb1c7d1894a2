# _json.make_scanner through json.loads and directly: values, hooks,
# StopIteration positions, every syntax error message, memoized keys,
# deep nesting, big numbers, constants.
import json, sys, _json
from collections import OrderedDict

print(json.scanner.make_scanner is _json.make_scanner, json.decoder.JSONDecoder().scan_once.__class__)

def loads(s, **kw):
    try:
        print(repr(json.loads(s, **kw)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    except Exception as e:
        print(type(e).__name__ + ":", e)

loads('{"a": [1, 2.5, -3, true, false, null, "x"], "b": {}, "c": [], "d": {"e": [[]]}}')
loads(' \t\n\r[ 1 , { "k" : "v" } ] \n')
loads('"é€😀\\u00e9\\ud83d\\ude00"')
loads('[-0, -0.0, 0.5, 1e3, 1E-3, 2e+2, 1.5e400, -1e400, 1e-400, 123456789012345678901234567890]')
loads('[0.1, 0.2, 1.7976931348623157e308, 5e-324, 9007199254740993]')
loads('-12345678901234567')
loads('123456789012345678')
loads('1234567890123456789')
loads('[NaN, Infinity, -Infinity]')
loads('[NaN]', parse_constant=lambda c: 'const:' + c)
loads('[1.5, 2, 10]', parse_float=lambda s: ('f', s), parse_int=lambda s: ('i', s))
loads('{"a": 1, "b": 2, "a": 3}')
loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p)
loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict)
loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items()))
loads('{"b": 1}', object_hook=lambda d: 1/0, object_pairs_hook=lambda p: ('pairs', p))
loads('"a\x01b"', strict=False)
loads('"a\x01b"')

# Error messages and positions
for doc in ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '[1,,2]', ']', '{', '{"a"', '{"a" 1}',
            '{"a":', '{"a":}', '{"a":1', '{"a":1,}', '{"a":1 "b":2}', '{1:2}', "{'a':1}",
            '-', '-x', '+1', '.5', '01', '1.', '1.e5', '1e', '1e+', 'nul', 'tru', 'fals', 'NaX',
            'Infinit', '-Infinit', '[1] x', '"abc', '"\\x"', '["a\\u12"]', '{"é": "€", "x" 1}',
            '  \n  {\n "a": tru}', 'é[', '[é]', '\ufeff[1]']:
    loads(doc)

# The scanner object called directly
sc = _json.make_scanner(json.JSONDecoder())
for args in [('[1]', 0), ('xx[1, 2] yy', 2), ('é€[1]', 2), ('[1]', 3), ('[1]', 10), ('', 0),
             ('é€x', 2), ('é€-', 2), ('[1]', -1), ('"é"', 0)]:
    try:
        print(args, repr(sc(*args)))
    except StopIteration as e:
        print(args, "StopIteration", e.args)
    except Exception as e:
        print(args, type(e).__name__, e)
print(sc(string='[true]', idx=0))
for bad in [(), ('x',), (b'[1]', 0), ('[1]', '0'), ('[1]', 0, 1)]:
    try:
        sc(*bad)
    except TypeError as e:
        print(e)

# Keys are memoized within one document: equal keys are one object.
docs = json.loads('[{"key_one": 1, "k2": 2}, {"key_one": 3, "k2": 4}]')
k1, k2 = list(docs[0]), list(docs[1])
print(k1[0] is k2[0], k1[1] is k2[1])
pairs = json.loads('[{"key_x": 1}, {"key_x": 2}]', object_pairs_hook=list)
print(pairs[0][0][0] is pairs[1][0][0])

# Deep nesting is a RecursionError, not a crash.
for doc in ['[' * 100000, '{"a":' * 100000, '[' * 100000 + ']' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError:", e)
print(json.loads('[' * 50 + ']' * 50) == eval('[' * 50 + ']' * 50))

# Big numbers: int's digit limit applies (4300 by default)
print(len(str(json.loads('9' * 4300))))
loads('9' * 4301)
print(json.loads('1' + '0' * 400 + '.5'))
print(json.loads('0.' + '0' * 400 + '1'), json.loads('-0.' + '0' * 400 + '1'))

# make_scanner reads its context's attributes
class Ctx:
    strict = 0
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = str
s2 = _json.make_scanner(Ctx())
print(s2.strict, s2.object_hook, s2.parse_constant, s2('"\x01"', 0), s2('NaN', 0))
for bad in [(1,), (), (Ctx(), 1)]:
    try:
        _json.make_scanner(*bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bad bool")
class Ctx2(Ctx):
    strict = BadBool()
try:
    _json.make_scanner(Ctx2())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    s2.strict = True
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(_json.make_scanner):
        pass
except TypeError as e:
    print("TypeError", e)
print(type(s2).__name__, type(s2).__module__, type(s2).__qualname__)
# expect: True <class '_json.Scanner'>
# expect: {'a': [1, 2.5, -3, True, False, None, 'x'], 'b': {}, 'c': [], 'd': {'e': [[]]}}
# expect: [1, {'k': 'v'}]
# expect: 'é€😀é😀'
# expect: [0, -0.0, 0.5, 1000.0, 0.001, 200.0, inf, -inf, 0.0, 123456789012345678901234567890]
# expect: [0.1, 0.2, 1.7976931348623157e+308, 5e-324, 9007199254740993]
# expect: -12345678901234567
# expect: 123456789012345678
# expect: 1234567890123456789
# expect: [nan, inf, -inf]
# expect: ['const:NaN']
# expect: [('f', '1.5'), ('i', '2'), ('i', '10')]
# expect: {'a': 3, 'b': 2}
# expect: [('a', 1), ('b', 2), ('a', 3)]
# expect: OrderedDict([('b', 1), ('a', OrderedDict([('c', 2)]))])
# expect: [('a', [('c', 2)]), ('b', 1)]
# expect: ('pairs', [('b', 1)])
# expect: 'a\x01b'
# expect: JSONDecodeError: Invalid control character at: line 1 column 3 (char 2)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 2 (char 1)
# expect: JSONDecodeError: Expecting value: line 1 column 2 (char 1)
# expect: JSONDecodeError: Expecting ',' delimiter: line 1 column 3 (char 2)
# expect: JSONDecodeError: Expecting value: line 1 column 4 (char 3)
# expect: JSONDecodeError: Expecting value: line 1 column 4 (char 3)
# expect: JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3)
# expect: JSONDecodeError: Expecting value: line 1 column 4 (char 3)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: JSONDecodeError: Expecting ':' delimiter: line 1 column 5 (char 4)
# expect: JSONDecodeError: Expecting ':' delimiter: line 1 column 6 (char 5)
# expect: JSONDecodeError: Expecting value: line 1 column 6 (char 5)
# expect: JSONDecodeError: Expecting value: line 1 column 6 (char 5)
# expect: JSONDecodeError: Expecting ',' delimiter: line 1 column 7 (char 6)
# expect: JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 8 (char 7)
# expect: JSONDecodeError: Expecting ',' delimiter: line 1 column 8 (char 7)
# expect: JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Extra data: line 1 column 2 (char 1)
# expect: JSONDecodeError: Extra data: line 1 column 2 (char 1)
# expect: JSONDecodeError: Extra data: line 1 column 2 (char 1)
# expect: JSONDecodeError: Extra data: line 1 column 2 (char 1)
# expect: JSONDecodeError: Extra data: line 1 column 2 (char 1)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Extra data: line 1 column 5 (char 4)
# expect: JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)
# expect: JSONDecodeError: Invalid \escape: line 1 column 2 (char 1)
# expect: JSONDecodeError: Invalid \uXXXX escape: line 1 column 5 (char 4)
# expect: JSONDecodeError: Expecting ':' delimiter: line 1 column 16 (char 15)
# expect: JSONDecodeError: Expecting value: line 3 column 7 (char 13)
# expect: JSONDecodeError: Expecting value: line 1 column 1 (char 0)
# expect: JSONDecodeError: Expecting value: line 1 column 2 (char 1)
# expect: JSONDecodeError: Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)
# expect: ('[1]', 0) ([1], 3)
# expect: ('xx[1, 2] yy', 2) ([1, 2], 8)
# expect: ('é€[1]', 2) ([1], 5)
# expect: ('[1]', 3) StopIteration (3,)
# expect: ('[1]', 10) StopIteration (10,)
# expect: ('', 0) StopIteration (0,)
# expect: ('é€x', 2) StopIteration (2,)
# expect: ('é€-', 2) StopIteration (2,)
# expect: ('[1]', -1) ValueError idx cannot be negative
# expect: ('"é"', 0) ('é', 3)
# expect: ([True], 6)
# expect: scan_once() missing required argument 'string' (pos 1)
# expect: scan_once() missing required argument 'idx' (pos 2)
# expect: first argument must be a string, not bytes
# expect: 'str' object cannot be interpreted as an integer
# expect: scan_once() takes at most 2 arguments (3 given)
# expect: True True
# expect: True
# expect: RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string
# expect: RecursionError: maximum recursion depth exceeded while decoding a JSON object from a unicode string
# expect: RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string
# expect: True
# expect: 4300
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: inf
# expect: 0.0 -0.0
# expect: False None <class 'str'> ('\x01', 3) ('NaN', 3)
# expect: AttributeError 'int' object has no attribute 'strict'
# expect: TypeError make_scanner() missing required argument 'context' (pos 1)
# expect: TypeError make_scanner() takes at most 1 argument (2 given)
# expect: ZeroDivisionError bad bool
# expect: AttributeError readonly attribute
# expect: TypeError type '_json.Scanner' is not an acceptable base type
# expect: Scanner _json Scanner

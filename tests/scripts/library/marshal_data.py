# marshal: CPython's format for data (so each side reads what the other wrote),
# pyglass's own for code objects; errors for bad and truncated data.
import marshal

shared = "hello"
values = [1, 2**31, -2**31 - 1, 2**100, -2**100, -5, 0, 1.5, -0.0, float("inf"), "abc", "h\u00e9llo",
          b"ab", (1, 2), [1, "a"], {"a": 1}, {1}, frozenset([2]), None, True, False, ..., StopIteration,
          (shared, shared), "a" * 300, tuple(range(300)), (), [[], {}], {"k": [1, (2, "z")]}]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    print(repr(v)[:30], back == v, type(back).__name__)
# Data written by CPython 3.11 (big int; a list whose second item refers back to the first).
print(marshal.loads(b"\xec\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04"))
print(marshal.loads(b"\xdb\x02\x00\x00\x00\xda\x03abcr\x01\x00\x00\x00"))
print(marshal.dumps([1, "abc", 1099511627776, None, b"x"]) == b"[\x05\x00\x00\x00\xe9\x01\x00\x00\x00\xda\x03abc"
      b"\xec\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04N\xf3\x01\x00\x00\x00x")
loop = [1]
loop.append(loop)
again = marshal.loads(marshal.dumps(loop))
print("self-reference kept:", again[1] is again)
print("version 2 has no references:", marshal.dumps(("ab", "ab"), 2).count(b"ab"))
for bad in [b"", b"i\x01", b"\x99", b"r\x05\x00\x00\x00", b"(\x02\x00\x00\x00N", b"[\xff\xff\xff\x7f"]:
    try:
        marshal.loads(bad)
    except (ValueError, EOFError) as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print("ValueError", e)
try:
    marshal.loads("text")
except TypeError as e:
    print("TypeError", e)
print(marshal.version)
# expect: 1 True int
# expect: 2147483648 True int
# expect: -2147483649 True int
# expect: 126765060022822940149670320537 True int
# expect: -12676506002282294014967032053 True int
# expect: -5 True int
# expect: 0 True int
# expect: 1.5 True float
# expect: -0.0 True float
# expect: inf True float
# expect: 'abc' True str
# expect: 'héllo' True str
# expect: b'ab' True bytes
# expect: (1, 2) True tuple
# expect: [1, 'a'] True list
# expect: {'a': 1} True dict
# expect: {1} True set
# expect: frozenset({2}) True frozenset
# expect: None True NoneType
# expect: True True bool
# expect: False True bool
# expect: Ellipsis True ellipsis
# expect: <class 'StopIteration'> True type
# expect: ('hello', 'hello') True tuple
# expect: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa True str
# expect: (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, True tuple
# expect: () True tuple
# expect: [[], {}] True list
# expect: {'k': [1, (2, 'z')]} True dict
# expect: 1267650600228229401496703205376
# expect: ['abc', 'abc']
# expect: True
# expect: self-reference kept: True
# expect: version 2 has no references: 2
# expect: EOFError EOF read where object expected
# expect: EOFError marshal data too short
# expect: ValueError bad marshal data (unknown type code)
# expect: ValueError bad marshal data (invalid reference)
# expect: EOFError EOF read where object expected
# expect: EOFError EOF read where object expected
# expect: ValueError unmarshallable object
# expect: TypeError a bytes-like object is required, not 'str'
# expect: 4

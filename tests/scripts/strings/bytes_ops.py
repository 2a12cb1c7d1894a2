# bytes: construction, repr, methods, errors.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"), bytes(b"ab"), bytes(range(3)))
print(repr(b"it's"), repr(b'say "x"'), repr(b"\x00\t\n\r\x7f\xff\\"), repr(b"'\""))
print(b"abc"[0], b"abc"[-1], b"abcdef"[1:4], b"abc"[::-1], list(b"hi"), len(b"abc"))
print(b"ab" + b"cd", b"ab" * 2, 2 * b"x", b"a" < b"b", b"a" == b"a", b"a" == "a", 97 in b"abc", b"bc" in b"abc")
print(b"\xe6\xad\xa6".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"\x00\xffab".hex(), b"abc".hex(":"), bytes.fromhex("de ad be ef"), b"abc".hex("-", 2))
print(b"a,b,,c".split(b","), b" a b ".split(), b"a b c".rsplit(None, 1), b"  x  ".strip(), b"xxaxx".strip(b"x"))
print(b"-".join([b"a", b"b"]), b"aXbX".replace(b"X", b"."), b"Hello".upper(), b"Hello".lower(), b"hello".count(b"l"))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(108), b"hello".index(b"e"), b"hello".startswith(b"he"), b"hello".endswith((b"x", b"o")))
print(hash(b"ab") == hash(b"a" + b"b"), "é".encode(), "武".encode("utf-8"))
for expr in ['bytes(-1)', 'bytes("a")', 'bytes([256])', 'bytes(["a"])', 'bytes(1.5)', 'b"a"[5]', '"a" in b"a"', 'b"a" + "b"',
             'bytes.fromhex("0g")', 'b"\\xff".decode()', 'b"\\xe4\\xb8".decode()', 'b"\\xe9".decode("ascii")', 'b"a".index(b"z")']:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: b'' b'\x00\x00\x00' b'ABC' b'h\xc3\xa9llo' b'ab' b'\x00\x01\x02'
# expect: b"it's" b'say "x"' b'\x00\t\n\r\x7f\xff\\' b'\'"'
# expect: 97 99 b'bcd' b'cba' [104, 105] 3
# expect: b'abcd' b'abab' b'xx' True True False True True
# expect: 武 abc é a�b ab
# expect: 00ff6162 61:62:63 b'\xde\xad\xbe\xef' 61-6263
# expect: [b'a', b'b', b'', b'c'] [b'a', b'b'] [b'a b', b'c'] b'x' b'a'
# expect: b'a-b' b'a.b.' b'HELLO' b'hello' 2
# expect: 2 3 2 1 True True
# expect: True b'\xc3\xa9' b'\xe6\xad\xa6'
# expect: ValueError: negative count
# expect: TypeError: string argument without an encoding
# expect: ValueError: bytes must be in range(0, 256)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: cannot convert 'float' object to bytes
# expect: IndexError: index out of range
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: can't concat str to bytes
# expect: ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
# expect: UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)
# expect: ValueError: subsection not found

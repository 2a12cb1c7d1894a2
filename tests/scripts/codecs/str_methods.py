# str.encode, bytes.decode, str(b, enc), bytes(s, enc), bytearray: the fast
# paths for CPython's spellings of utf-8/ascii/latin-1, the registry for every
# other name, and CPython's messages.
import codecs

s = "h\xe9llo \u20ac \U0001f600"
for enc in ["utf-8", "UTF8", "utf_8", "U8", "ascii", "latin-1", "Latin1", "iso-8859-1", "l1", "cp1252",
            "utf-16", "UTF-16LE", "utf-32", "mac_roman", "koi8-r"]:
    try:
        print(enc, s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print(s.encode(), s.encode(encoding="ascii", errors="xmlcharrefreplace"), s.encode(errors="strict"))
print(b"\xc3\xa9".decode(), b"\xc3\xa9".decode("latin-1"), b"\xe9".decode(encoding="cp1252"))
print(str(b"\xe9t\xe9", "latin-1"), str(b"ab", encoding="ascii"), str(b"a\xffb", "utf-8", "replace"))
print(str(bytearray(b"\xc3\xa9")), str(bytearray(b"\xc3\xa9"), "utf-8"), str(memoryview(b"abc"), "ascii"))
print(bytes("\xe9", "utf-16-le"), bytes("x", encoding="utf-32-be"), bytearray("\u20ac", "cp1252"))
print(bytearray(b"\xe9").decode("latin-1"), memoryview(b"\xe9").tobytes().decode("cp850"))

# messages
cases = [
    lambda: b"\xff".decode(),
    lambda: b"a\xc3".decode("utf-8"),
    lambda: b"\xed\xa0\x80".decode(),
    lambda: b"\xf4\x90\x80\x80".decode(),
    lambda: b"\xe2\x28\xa1".decode(),
    lambda: b"ab\x80".decode("ascii"),
    lambda: "a\xe9".encode("ascii"),
    lambda: "a\xe9\xe8b".encode("ascii"),
    lambda: "\u20ac".encode("latin-1"),
    lambda: "\ud800".encode(),
    lambda: "\ud800\udc00".encode("utf-16"),
    lambda: "\u20ac".encode("cp437"),
    lambda: b"\x81".decode("cp1252"),
    lambda: b"\x00\xd8".decode("utf-16-le"),
    lambda: b"\x00\x00\x11\x00".decode("utf-32-le"),
    lambda: b"abc".decode("utf-16"),
    lambda: "x".encode("no-such-codec"),
    lambda: b"x".decode("no-such-codec"),
    lambda: b"x".decode("rot13"),
    lambda: "x".encode("rot13"),
    lambda: "\xff".encode("ascii", "no-such-handler"),
    lambda: b"\xff".decode("utf-8", "no-such-handler"),
    lambda: "x".encode(42),
    lambda: "x".encode("utf-8", 42),
    lambda: b"x".decode(None),
    lambda: "x".encode(None),
    lambda: str(b"x", None),
    lambda: str(b"x", "utf-8", None),
    lambda: codecs.escape_encode(None),
    lambda: codecs.utf_8_encode(None),
    lambda: codecs.utf_8_encode("x", 1),
    lambda: codecs.utf_8_decode(None),
    lambda: codecs.register_error(None, print),
    lambda: str(b"x", "utf-8", "strict", 1),
    lambda: str("x", "utf-8"),
    lambda: str(42, "utf-8"),
    lambda: bytes("x"),
    lambda: bytes(b"x", "utf-8"),
    lambda: bytes("x", errors="strict"),
    lambda: "x".encode("utf\0-8"),
    lambda: "x".encode("utf-8", "st\0rict"),
    lambda: b"x".decode("utf\0-8"),
    lambda: str(b"x", "utf\0-8"),
    lambda: bytes("x", "utf\0-8"),
    lambda: bytearray("x", "utf-8", "a\0b"),
    lambda: codecs.encode("x", "utf\0-8"),
    lambda: codecs.decode(b"x", "utf-8", "st\0rict"),
    lambda: codecs.lookup("utf\0-8"),
    lambda: codecs.lookup_error("st\0rict"),
    lambda: codecs.register_error("a\0b", print),
    lambda: codecs.utf_8_encode("\udc80", "st\0rict"),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

# a codec registered from Python that returns the wrong types
def search(name):
    if name == "weird":
        return codecs.CodecInfo(lambda s, e="strict": ("not bytes", len(s)),
                                lambda b, e="strict": (b"not str", len(b)), name="weird")
    if name == "notatuple":
        return codecs.CodecInfo(lambda s, e="strict": b"x", lambda b, e="strict": "x", name="notatuple")
    if name == "badsearch":
        return 42
    return None
codecs.register(search)
for f in [lambda: "x".encode("weird"), lambda: b"x".decode("weird"), lambda: "x".encode("notatuple"),
          lambda: b"x".decode("notatuple"), lambda: codecs.encode("x", "weird"), lambda: codecs.decode(b"x", "weird"),
          lambda: codecs.lookup("badsearch"), lambda: codecs.encode("x", "notatuple")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
codecs.unregister(search)

# lookup is cached under the normalised name, and the cache forgets
print(codecs.lookup("UTF-8") is codecs.lookup("utf_8"), codecs.lookup("Latin_1").name)
import _codecs
print(_codecs.lookup("cp1252") is _codecs.lookup("cp1252"))
print(hasattr(_codecs, "_forget_codec"))  # a debug-build-only function in CPython 3.11
for bad in [42, None]:
    try:
        codecs.lookup(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    codecs.register(42)
except TypeError as e:
    print("TypeError:", e)
print(codecs.encode("abc"), codecs.decode(b"abc"), codecs.encode("\xe9", "latin-1", "strict"))
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

# the exception classes
e = UnicodeDecodeError("enc", b"ab\xffcd", 2, 4, "why")
print(e, e.encoding, e.object, e.start, e.end, e.reason, e.args)
e.start, e.end, e.reason = 0, 1, "changed"
print(e)
e = UnicodeEncodeError("enc", "a\u20acb", 1, 2, "why")
print(e, repr(e))
e.end = 3
print(e)
e = UnicodeTranslateError("a\U0001f600b", 1, 2, "why")
print(e, e.encoding, e.args)
print(str(UnicodeEncodeError("enc", "", 0, 0, "empty")), str(UnicodeDecodeError("enc", b"x", 5, 9, "far")))
for args in [(), ("enc",), ("enc", 1, 0, 1, "r"), ("enc", "s", "0", 1, "r")]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as e:
        print("TypeError:", e)
print(UnicodeDecodeError("enc", bytearray(b"x\xff"), 1, 2, "r").object)

# expect: utf-8 b'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80'
# expect: UTF8 b'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80'
# expect: utf_8 b'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80'
# expect: U8 b'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80'
# expect: ascii UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
# expect: latin-1 UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 6: ordinal not in range(256)
# expect: Latin1 UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 6: ordinal not in range(256)
# expect: iso-8859-1 UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 6: ordinal not in range(256)
# expect: l1 UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 6: ordinal not in range(256)
# expect: cp1252 UnicodeEncodeError: 'charmap' codec can't encode character '\U0001f600' in position 8: character maps to <undefined>
# expect: utf-16 b'\xff\xfeh\x00\xe9\x00l\x00l\x00o\x00 \x00\xac  \x00=\xd8\x00\xde'
# expect: UTF-16LE b'h\x00\xe9\x00l\x00l\x00o\x00 \x00\xac  \x00=\xd8\x00\xde'
# expect: utf-32 b'\xff\xfe\x00\x00h\x00\x00\x00\xe9\x00\x00\x00l\x00\x00\x00l\x00\x00\x00o\x00\x00\x00 \x00\x00\x00\xac \x00\x00 \x00\x00\x00\x00\xf6\x01\x00'
# expect: mac_roman UnicodeEncodeError: 'charmap' codec can't encode character '\U0001f600' in position 8: character maps to <undefined>
# expect: koi8-r UnicodeEncodeError: 'charmap' codec can't encode character '\xe9' in position 1: character maps to <undefined>
# expect: b'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80' b'h&#233;llo &#8364; &#128512;' b'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80'
# expect: é Ã© é
# expect: été ab a�b
# expect: bytearray(b'\xc3\xa9') é abc
# expect: b'\xe9\x00' b'\x00\x00\x00x' bytearray(b'\x80')
# expect: é Ú
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end of data
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'ascii' codec can't decode byte 0x80 in position 2: ordinal not in range(128)
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
# expect: UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
# expect: UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 0: ordinal not in range(256)
# expect: UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 0: surrogates not allowed
# expect: UnicodeEncodeError: 'utf-16' codec can't encode character '\ud800' in position 0: surrogates not allowed
# expect: UnicodeEncodeError: 'charmap' codec can't encode character '\u20ac' in position 0: character maps to <undefined>
# expect: UnicodeDecodeError: 'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data
# expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x63 in position 2: truncated data
# expect: LookupError: unknown encoding: no-such-codec
# expect: LookupError: unknown encoding: no-such-codec
# expect: LookupError: 'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs
# expect: LookupError: 'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs
# expect: LookupError: unknown error handler name 'no-such-handler'
# expect: LookupError: unknown error handler name 'no-such-handler'
# expect: TypeError: encode() argument 'encoding' must be str, not int
# expect: TypeError: encode() argument 'errors' must be str, not int
# expect: TypeError: decode() argument 'encoding' must be str, not None
# expect: TypeError: encode() argument 'encoding' must be str, not None
# expect: TypeError: str() argument 'encoding' must be str, not None
# expect: TypeError: str() argument 'errors' must be str, not None
# expect: TypeError: escape_encode() argument 1 must be bytes, not None
# expect: TypeError: utf_8_encode() argument 1 must be str, not None
# expect: TypeError: utf_8_encode() argument 2 must be str or None, not int
# expect: TypeError: a bytes-like object is required, not 'NoneType'
# expect: TypeError: register_error() argument 1 must be str, not None
# expect: TypeError: str() takes at most 3 arguments (4 given)
# expect: TypeError: decoding str is not supported
# expect: TypeError: decoding to str: need a bytes-like object, int found
# expect: TypeError: string argument without an encoding
# expect: TypeError: encoding without a string argument
# expect: TypeError: string argument without an encoding
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: ValueError: embedded null character
# expect: TypeError: 'weird' encoder returned 'str' instead of 'bytes'; use codecs.encode() to encode to arbitrary types
# expect: TypeError: 'weird' decoder returned 'bytes' instead of 'str'; use codecs.decode() to decode to arbitrary types
# expect: TypeError: encoder must return a tuple (object, integer)
# expect: TypeError: decoder must return a tuple (object,integer)
# expect: 'not bytes'
# expect: b'not str'
# expect: TypeError: codec search functions must return 4-tuples
# expect: TypeError: encoder must return a tuple (object, integer)
# expect: True iso8859-1
# expect: True
# expect: False
# expect: TypeError: lookup() argument must be str, not int
# expect: TypeError: lookup() argument must be str, not None
# expect: TypeError: argument must be callable
# expect: b'abc' abc b'\xe9'
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: 'enc' codec can't decode bytes in position 2-3: why enc b'ab\xffcd' 2 4 why ('enc', b'ab\xffcd', 2, 4, 'why')
# expect: 'enc' codec can't decode byte 0x61 in position 0: changed
# expect: 'enc' codec can't encode character '\u20ac' in position 1: why UnicodeEncodeError('enc', 'a€b', 1, 2, 'why')
# expect: 'enc' codec can't encode characters in position 1-2: why
# expect: can't translate character '\U0001f600' in position 1: why None ('a😀b', 1, 2, 'why')
# expect: 'enc' codec can't encode characters in position 0--1: empty 'enc' codec can't decode bytes in position 5-8: far
# expect: TypeError: function takes exactly 5 arguments (0 given)
# expect: TypeError: function takes exactly 5 arguments (1 given)
# expect: TypeError: argument 2 must be str, not int
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: b'x\xff'

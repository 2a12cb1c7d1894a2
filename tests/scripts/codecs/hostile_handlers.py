# Error handlers that fight back: replacing exc.object (shorter, longer, wrong type),
# re-entering the codecs, editing start/end, resizing the bytearray being decoded,
# out-of-range positions, str/bytes subclasses as arguments and replacements.
import codecs
# decode handler replacing the object with a shorter / longer one
def shrink(exc):
    exc.object = b"xy"
    return ("!", 2)
codecs.register_error("t.shrink", shrink)
for enc in ["utf-8", "ascii", "utf-16-le", "utf-32-le", "cp1252", "unicode_escape", "utf-7", "latin-1", "raw_unicode_escape"]:
    for data in [b"abc\xff\xfe\xfd" * 3, b"\\x4\\u12", b"+\xff"]:
        try:
            print(enc, ascii(data.decode(enc, "t.shrink")))
        except Exception as e:
            print(enc, type(e).__name__, e)
def grow(exc):
    exc.object = b"\xff" * 10 + b"ok"
    return ("?", exc.end)
codecs.register_error("t.grow", grow)
for enc in ["utf-8", "ascii", "utf-16-le", "cp437", "unicode_escape", "utf-7"]:
    try:
        print(enc, ascii(b"a\x81\xff".decode(enc, "t.grow")))
    except Exception as e:
        print(enc, type(e).__name__, e)
def badobj(exc):
    exc.object = "not bytes"
    return ("?", exc.end)
codecs.register_error("t.badobj", badobj)
try:
    print(b"\xff".decode("utf-8", "t.badobj"))
except Exception as e:
    print(type(e).__name__, e)
# handler that re-enters the codec machinery
depth = [0]
def reenter(exc):
    depth[0] += 1
    if depth[0] < 50:
        s = exc.object[exc.start:exc.end]
        r = (s.encode("ascii", "t.reenter") if isinstance(s, str) else s.decode("ascii", "t.reenter"))
    depth[0] -= 1
    return ("R", exc.end)
codecs.register_error("t.reenter", reenter)
print("\xff\xfe".encode("ascii", "t.reenter"), b"\xff\xfe".decode("ascii", "t.reenter"))
# a handler changing start/end on the exception
def fiddle(exc):
    exc.start = 10**6; exc.end = -5; exc.reason = 42 if False else "x"
    return ("", exc.end if exc.end >= 0 else len(exc.object))
codecs.register_error("t.fiddle", fiddle)
for data in [b"ab\xffcd"]:
    try: print(data.decode("utf-8", "t.fiddle"))
    except Exception as e: print(type(e).__name__, e)
try: print("ab\xffcd".encode("ascii", "t.fiddle"))
except Exception as e: print(type(e).__name__, e)
# mutating a bytearray while decoding it
ba = bytearray(b"abc\xffdef")
def mutate(exc):
    try:
        ba.extend(b"x" * 1000)
    except BufferError as e:
        print("BufferError", e)
    return ("?", exc.end)
codecs.register_error("t.mutate", mutate)
print(codecs.utf_8_decode(ba, "t.mutate"), ba.decode("ascii", "t.mutate"), str(ba, "cp1252", "t.mutate"))
mv = memoryview(b"a\xffb")[1:]
print(codecs.latin_1_decode(mv), str(mv, "utf-8", "replace"))
# big positions
for pos in [2**63, -2**63, 2**100]:
    codecs.register_error("t.big", lambda e, pos=pos: ("", pos))
    try: print(b"\xff".decode("ascii", "t.big"))
    except Exception as e: print(type(e).__name__, e)
    try: print("\xff".encode("ascii", "t.big"))
    except Exception as e: print(type(e).__name__, e)
# str subclasses as arguments and results
class S(str): pass
class B(bytes): pass
codecs.register_error("t.sub", lambda e: (S("s"), e.end))
print("\xff".encode("ascii", "t.sub"), b"\xff".decode("ascii", "t.sub"), type(b"\xff".decode("ascii", "t.sub")))
codecs.register_error("t.subb", lambda e: (B(b"b"), e.end))
print("\xff".encode("ascii", "t.subb"), S("\xe9").encode("latin-1"), codecs.utf_8_encode(S("x")), codecs.utf_8_decode(B(b"x")))
print(codecs.charmap_encode("a", "strict", {97: B(b"zz")}), codecs.charmap_decode(b"a", "strict", {97: S("q")}))
print(S("abc").encode("cp1252"), type(S("abc").encode("utf-16")))

# expect: utf-8 'abc!'
# expect: utf-8 '\\x4\\u12'
# expect: utf-8 '+!'
# expect: ascii 'abc!'
# expect: ascii '\\x4\\u12'
# expect: ascii '+!'
# expect: utf-16-le '\u6261\uff63\ufdfe\u6261\uff63\ufdfe\u6261\uff63\ufdfe'
# expect: utf-16-le '\u785c\u5c34\u3175!'
# expect: utf-16-le '\uff2b'
# expect: utf-32-le '!'
# expect: utf-32-le '!'
# expect: utf-32-le '!'
# expect: cp1252 'abc\xff\xfe\xfdabc\xff\xfe\xfdabc\xff\xfe\xfd'
# expect: cp1252 '\\x4\\u12'
# expect: cp1252 '+\xff'
# expect: unicode_escape 'abc\xff\xfe\xfdabc\xff\xfe\xfdabc\xff\xfe\xfd'
# expect: unicode_escape '!'
# expect: unicode_escape '+\xff'
# expect: utf-7 'abc!'
# expect: utf-7 '\\x4\\u12'
# expect: utf-7 '!'
# expect: latin-1 'abc\xff\xfe\xfdabc\xff\xfe\xfdabc\xff\xfe\xfd'
# expect: latin-1 '\\x4\\u12'
# expect: latin-1 '+\xff'
# expect: raw_unicode_escape 'abc\xff\xfe\xfdabc\xff\xfe\xfdabc\xff\xfe\xfd'
# expect: raw_unicode_escape '\\x4!'
# expect: raw_unicode_escape '+\xff'
# expect: utf-8 'a?????????ok'
# expect: ascii 'a?????????ok'
# expect: utf-16-le '\u8161?\uffff\uffff\uffff\u6fff?'
# expect: cp437 'a\xfc\xa0'
# expect: unicode_escape 'a\x81\xff'
# expect: utf-7 'a?????????ok'
# expect: TypeError object attribute must be bytes
# expect: b'R' RR
# expect: ab
# expect: b'ab'
# expect: BufferError Existing exports of data: object cannot be re-sized
# expect: BufferError Existing exports of data: object cannot be re-sized
# expect: ('abc?def', 7) abc?def abcÿdef
# expect: ('ÿb', 2) �b
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: IndexError position -9223372036854775807 from error handler out of bounds
# expect: IndexError position -9223372036854775807 from error handler out of bounds
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: b's' s <class 'str'>
# expect: b'b' b'\xe9' (b'x', 1) ('x', 1)
# expect: (b'zz', 1) ('q', 1)
# expect: b'abc' <class 'bytes'>

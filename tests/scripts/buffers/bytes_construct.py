# bytes(): from nothing, ints, iterables, buffers, str with an encoding,
# __bytes__; bytes.fromhex/hex; __getnewargs__/__bytes__; concatenation and
# repetition with buffers; bytes subclasses with __new__, attributes and
# __dict__; bytearray subclasses.
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(bytes(), bytes(3), bytes([1, 2]), bytes((65,)), bytes(range(3)), bytes(iter([4])), bytes(x for x in b"gen"))
print(bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes(memoryview(b"abcdefgh")[::3]), bytes(memoryview(b"abcd").cast("h")))
print(bytes("hé", "utf-8"), bytes("hé", encoding="latin-1"), bytes("é", "ascii", "ignore"), bytes(source=b"kw"), bytes(True))
b = b"same"
print(bytes(b) is b, bytes(bytearray(b)) == b, bytes({1: 2}))
for label, fn in (("neg", lambda: bytes(-1)), ("str", lambda: bytes("x")), ("range", lambda: bytes([256])), ("negitem", lambda: bytes([-1])),
                  ("floatitem", lambda: bytes([1.0])), ("float", lambda: bytes(1.5)), ("enc no str", lambda: bytes(b"x", "ascii")),
                  ("errors only", lambda: bytes("a", errors="x")), ("enc int", lambda: bytes(1, "x")), ("enc type", lambda: bytes("a", 1)),
                  ("enc None", lambda: bytes(b"x", encoding=None)), ("only enc", lambda: bytes(encoding="a")), ("huge", lambda: bytes(2 ** 70)),
                  ("neg huge", lambda: bytes(-2 ** 70)), ("object", lambda: bytes(object())), ("None", lambda: bytes(None)),
                  ("kw bad", lambda: bytes(x=1)), ("many", lambda: bytes(1, 2, 3, 4))):
    attempt("bytes " + label + ":", fn)

class D(bytes):
    def __bytes__(self):
        return b"D!"

class E:
    def __bytes__(self):
        return D(b"zz")

class F:
    def __bytes__(self):
        return "x"

class G:
    def __index__(self):
        return 2

print(bytes(D(b"x")), D(b"x"), repr(bytes(E())), type(bytes(E())).__name__, bytes(G()))
attempt("__bytes__ non-bytes:", lambda: bytes(F()))
print(bytes.fromhex("de ad BE EF"), bytes.fromhex(""), bytes.fromhex(" 01\t02\n"), bytearray.fromhex("ff00"))
for text in ("0g", "a", "é", " 1", "1 2", "0 1", "001"):
    attempt("fromhex %r:" % text, lambda: bytes.fromhex(text))
attempt("fromhex bytes:", lambda: bytes.fromhex(b"ab"))
attempt("fromhex none:", lambda: bytes.fromhex())
attempt("fromhex kw:", lambda: bytes.fromhex(string="ab"))
print(b"\x01\xab\xff".hex(), b"\x01\xab\xff".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -4), b"abcdefg".hex(":", 3),
      b"abcdefg".hex(":", -3), b"abcdefg".hex(":", 100), b"".hex(":"), b"abc".hex(b":", 0), bytearray(b"ab").hex(sep="_"))
for sep in ([1], (1, 2), 1.5, b"", "", bytearray(b":"), memoryview(b":"), "é", "ab", 1):
    attempt("hex sep %s:" % type(sep).__name__, lambda: b"abcd".hex(sep))
attempt("hex per big:", lambda: b"ab".hex(":", 2 ** 40))
attempt("hex per type:", lambda: b"ab".hex(":", "x"))
print(b"ab".__getnewargs__(), b"ab".__bytes__(), b"".__bytes__() == b"")
print(b"ab" + bytearray(b"c"), b"ab" + memoryview(b"d"), b"ab" * 2, 2 * b"ab", b"ab" * 0, b"ab" * -1, b"" + b"", type(b"a" + bytearray(b"b")).__name__)
for label, fn in (("concat str", lambda: b"a" + "b"), ("concat int", lambda: b"a" + 1), ("str concat", lambda: "a" + b"b"),
                  ("mv concat", lambda: memoryview(b"a") + b"b"), ("mul str", lambda: b"ab" * "a"), ("mul float", lambda: b"ab" * 2.0),
                  ("mul bytes", lambda: b"ab" * b"x"), ("lt str", lambda: b"a" < "b"), ("lt mv", lambda: b"a" < memoryview(b"b"))):
    attempt(label + ":", fn)

class RAdd:
    def __radd__(self, other):
        return ("radd", other)
    def __rmul__(self, other):
        return ("rmul", other)

print(b"x" + RAdd(), b"x" * RAdd(), bytearray(b"y") + RAdd(), bytearray(b"y") * RAdd())

class Blob(bytes):
    def __new__(cls, text):
        return super().__new__(cls, text.encode("ascii"))
    def shout(self):
        return self.upper()

bl = Blob("hi")
bl.tag = "t"
print(bl, repr(bl), str(bl), type(bl).__name__, bl.tag, bl.__dict__, type(bl.shout()).__name__, bl.shout(), isinstance(bl, bytes))
print(type(bl + b"!").__name__, type(bl[0:1]).__name__, type(bl[:]).__name__, type(bl * 1).__name__, type(bl.strip()).__name__,
      type(bytes(bl)).__name__, bytes(bl) is bl, bl[0], len(bl), list(bl), b"h" in bl, bl == b"hi", hash(bl) == hash(b"hi"),
      {b"hi": 1}[bl], {bl: 2}[b"hi"], bl.__getnewargs__(), type(bl.__bytes__()).__name__, bl.hex(), memoryview(bl).obj is bl)

class Plain(bytes):
    pass

p = Plain(b"abc")
print(p, Plain(), Plain(3), Plain([1, 2]), Plain("é", "utf-8"), Plain(memoryview(b"q")), Plain(E()), type(Plain(E())).__name__)
print(type(Plain.fromhex("61")).__name__, Plain.fromhex("6162"), type(bytes.__new__(Plain, b"x")).__name__)
attempt("bytes.__new__(int):", lambda: bytes.__new__(int))
big = Plain(b"x" * 1000)
big.a = list(range(3))
print(len(big), big.a, big[999], big.__dict__)

class Slotted(bytes):
    __slots__ = ()

attempt("slotted attr:", lambda: setattr(Slotted(b"s"), "x", 1))
attempt("nonempty slots:", lambda: type("S", (bytes,), {"__slots__": ("a",)}))

class Buf(bytearray):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.inited = True

u = Buf(b"xy")
u.extend(b"z")
print(repr(u), u.inited, type(u.upper()).__name__, type(u[0:1]).__name__, type(u.copy()).__name__, u == b"xyz",
      type(u * 2).__name__, type(u + b"").__name__, Buf.fromhex("41"), type(Buf.fromhex("41")).__name__)
u.__init__(b"again")
print(u, u.__reduce__(), u.__reduce_ex__(3)[0:2])
u.attr = 5
print(u.__reduce__()[2])
# expect: b'' b'\x00\x00\x00' b'\x01\x02' b'A' b'\x00\x01\x02' b'\x04' b'gen'
# expect: b'ba' b'mv' b'adg' b'abcd'
# expect: b'h\xc3\xa9' b'h\xe9' b'' b'kw' b'\x00'
# expect: True True b'\x01'
# expect: bytes neg: -> ValueError: negative count
# expect: bytes str: -> TypeError: string argument without an encoding
# expect: bytes range: -> ValueError: bytes must be in range(0, 256)
# expect: bytes negitem: -> ValueError: bytes must be in range(0, 256)
# expect: bytes floatitem: -> TypeError: 'float' object cannot be interpreted as an integer
# expect: bytes float: -> TypeError: cannot convert 'float' object to bytes
# expect: bytes enc no str: -> TypeError: encoding without a string argument
# expect: bytes errors only: -> TypeError: string argument without an encoding
# expect: bytes enc int: -> TypeError: encoding without a string argument
# expect: bytes enc type: -> TypeError: bytes() argument 'encoding' must be str, not int
# expect: bytes enc None: -> TypeError: bytes() argument 'encoding' must be str, not None
# expect: bytes only enc: -> TypeError: encoding without a string argument
# expect: bytes huge: -> OverflowError: cannot fit 'int' into an index-sized integer
# expect: bytes neg huge: -> OverflowError: cannot fit 'int' into an index-sized integer
# expect: bytes object: -> TypeError: cannot convert 'object' object to bytes
# expect: bytes None: -> TypeError: cannot convert 'NoneType' object to bytes
# expect: bytes kw bad: -> TypeError: 'x' is an invalid keyword argument for bytes()
# expect: bytes many: -> TypeError: bytes() takes at most 3 arguments (4 given)
# expect: b'D!' b'x' b'zz' D b'\x00\x00'
# expect: __bytes__ non-bytes: -> TypeError: __bytes__ returned non-bytes (type str)
# expect: b'\xde\xad\xbe\xef' b'' b'\x01\x02' bytearray(b'\xff\x00')
# expect: fromhex '0g': -> ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: fromhex 'a': -> ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: fromhex 'é': -> ValueError: non-hexadecimal number found in fromhex() arg at position 0
# expect: fromhex ' 1': -> ValueError: non-hexadecimal number found in fromhex() arg at position 2
# expect: fromhex '1 2': -> ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: fromhex '0 1': -> ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: fromhex '001': -> ValueError: non-hexadecimal number found in fromhex() arg at position 3
# expect: fromhex bytes: -> TypeError: fromhex() argument must be str, not bytes
# expect: fromhex none: -> TypeError: bytes.fromhex() takes exactly one argument (0 given)
# expect: fromhex kw: -> TypeError: bytes.fromhex() takes no keyword arguments
# expect: 01abff 01-ab-ff 6162:6364:6566 61626364:6566 61:626364:656667 616263:646566:67 61626364656667  616263 61_62
# expect: hex sep list: -> TypeError: sep must be str or bytes.
# expect: hex sep tuple: -> ValueError: sep must be length 1.
# expect: hex sep float: -> TypeError: object of type 'float' has no len()
# expect: hex sep bytes: -> ValueError: sep must be length 1.
# expect: hex sep str: -> ValueError: sep must be length 1.
# expect: hex sep bytearray: -> TypeError: sep must be str or bytes.
# expect: hex sep memoryview: -> TypeError: sep must be str or bytes.
# expect: hex sep str: -> ValueError: sep must be ASCII.
# expect: hex sep str: -> ValueError: sep must be length 1.
# expect: hex sep int: -> TypeError: object of type 'int' has no len()
# expect: hex per big: -> OverflowError: Python int too large to convert to C int
# expect: hex per type: -> TypeError: 'str' object cannot be interpreted as an integer
# expect: (b'ab',) b'ab' True
# expect: b'abc' b'abd' b'abab' b'abab' b'' b'' b'' bytes
# expect: concat str: -> TypeError: can't concat str to bytes
# expect: concat int: -> TypeError: can't concat int to bytes
# expect: str concat: -> TypeError: can only concatenate str (not "bytes") to str
# expect: mv concat: -> TypeError: unsupported operand type(s) for +: 'memoryview' and 'bytes'
# expect: mul str: -> TypeError: can't multiply sequence by non-int of type 'str'
# expect: mul float: -> TypeError: can't multiply sequence by non-int of type 'float'
# expect: mul bytes: -> TypeError: can't multiply sequence by non-int of type 'bytes'
# expect: lt str: -> TypeError: '<' not supported between instances of 'bytes' and 'str'
# expect: lt mv: -> TypeError: '<' not supported between instances of 'bytes' and 'memoryview'
# expect: ('radd', b'x') ('rmul', b'x') ('radd', bytearray(b'y')) ('rmul', bytearray(b'y'))
# expect: b'hi' b'hi' b'hi' Blob t {'tag': 't'} bytes b'HI' True
# expect: bytes bytes bytes bytes bytes bytes False 104 2 [104, 105] True True True 1 2 (b'hi',) bytes 6869 True
# expect: b'abc' b'' b'\x00\x00\x00' b'\x01\x02' b'\xc3\xa9' b'q' b'zz' Plain
# expect: Plain b'ab' Plain
# expect: bytes.__new__(int): -> TypeError: bytes.__new__(int): int is not a subtype of bytes
# expect: 1000 [0, 1, 2] 120 {'a': [0, 1, 2]}
# expect: slotted attr: -> AttributeError: 'Slotted' object has no attribute 'x'
# expect: nonempty slots: -> TypeError: nonempty __slots__ not supported for subtype of 'bytes'
# expect: Buf(b'xyz') True bytearray bytearray bytearray True bytearray bytearray Buf(b'A') Buf
# expect: Buf(b'again') (<class '__main__.Buf'>, ('again', 'latin-1'), {'inited': True}) (<class '__main__.Buf'>, (b'again',))
# expect: {'inited': True, 'attr': 5}

# bytes % args and bytearray % args (PEP 461): every conversion, flags,
# widths and precisions, mappings with bytes keys, __bytes__, and the errors.
class WithBytes:
    def __bytes__(self):
        return b"<wb>"

class BadBytes:
    def __bytes__(self):
        return "str"

cases = [
    (b"%s-%d-%x-%X-%o", (b"ab", 42, 255, 255, 8)), (b"%5s|%-5s|", (b"r", b"l")), (b"%c%c%c", (65, b"B", bytearray(b"C"))),
    (b"%%", ()), (b"%b", bytearray(b"ba")), (b"%r", "s"), (b"%a", "\xe9"), (b"%r", b"x"), (b"%.2f %e %g %E %G", (3.14159, 1500.0, 0.00001, 2.5, 1e20)),
    (b"%(k)s", {b"k": b"v"}), (b"%(a)s %(b)d", {b"a": b"1", b"b": 2}), (b"%s", memoryview(b"mv")), (b"%5.1s|", b"abc"),
    (b"%-5b|", b"ab"), (b"%*d", (3, 5)), (b"%-*d|", (3, 5)), (b"%.*f", (2, 3.14159)), (b"%05.1f|%+d|% d|%#x|%#o|%#X", (3.14159, 5, 5, 255, 8, 255)),
    (b"%d", 3.7), (b"%i", True), (b"%u", -3), (b"%x", -255), (b"%.3d", 7), (b"%s", WithBytes()), (b"%b", (b"x",)),
    (b"%s %s", [1, 2]), (b"%s", {b"a": 1}), (b"no args", ()), (b"%c", 0), (b"%c", 255), (b"%ld %hd %Lf", (1, 2, 3.0)),
    (b"%d", 2 ** 70), (b"%x", 2 ** 70), (b"%10.4f|", 2.5), (b"%-10.3e|", 12345.678), (b"%f", float("inf")), (b"%F", float("nan")),
    (b"\xff%s\x00", b"\x80"),
    # errors
    (b"%s", "str"), (b"%s", 1), (b"%d", "x"), (b"%d", b"1"), (b"%x", 1.5), (b"%s %s", (b"one",)), (b"%s", (b"a", b"b")),
    (b"%c", 256), (b"%c", -1), (b"%c", "a"), (b"%c", b"ab"), (b"%c", 1.5), (b"%y", 1), (b"%\x01", 1), (b"%", ()), (b"%(a", {}),
    (b"%(x)s", (1,)), (b"%(k)s", {"k": 1}), (b"%s", BadBytes()), (b"%*d", ("a", 1)), (b"abc", 1), (b"%s", ()),
]
for fmt, args in cases:
    for kind in (bytes, bytearray):
        try:
            print(repr(fmt), kind.__name__, "=>", repr(kind(fmt) % args))
        except Exception as e:
            print(repr(fmt), kind.__name__, "->", type(e).__name__ + ":", e)
print(b"%s" % b"" == b"", type(bytearray(b"%d") % 1).__name__, b"x" % () is not None, bytearray(b"%s") % (bytearray(b"y"),))
try:
    5 % b"x"
except TypeError as e:
    print(e)
print("%s" % b"x", "%r" % bytearray(b"y"))
# expect: b'%s-%d-%x-%X-%o' bytes => b'ab-42-ff-FF-10'
# expect: b'%s-%d-%x-%X-%o' bytearray => bytearray(b'ab-42-ff-FF-10')
# expect: b'%5s|%-5s|' bytes => b'    r|l    |'
# expect: b'%5s|%-5s|' bytearray => bytearray(b'    r|l    |')
# expect: b'%c%c%c' bytes => b'ABC'
# expect: b'%c%c%c' bytearray => bytearray(b'ABC')
# expect: b'%%' bytes => b'%'
# expect: b'%%' bytearray => bytearray(b'%')
# expect: b'%b' bytes => b'ba'
# expect: b'%b' bytearray => bytearray(b'ba')
# expect: b'%r' bytes => b"'s'"
# expect: b'%r' bytearray => bytearray(b"\'s\'")
# expect: b'%a' bytes => b"'\\xe9'"
# expect: b'%a' bytearray => bytearray(b"\'\\xe9\'")
# expect: b'%r' bytes => b"b'x'"
# expect: b'%r' bytearray => bytearray(b"b\'x\'")
# expect: b'%.2f %e %g %E %G' bytes => b'3.14 1.500000e+03 1e-05 2.500000E+00 1E+20'
# expect: b'%.2f %e %g %E %G' bytearray => bytearray(b'3.14 1.500000e+03 1e-05 2.500000E+00 1E+20')
# expect: b'%(k)s' bytes => b'v'
# expect: b'%(k)s' bytearray => bytearray(b'v')
# expect: b'%(a)s %(b)d' bytes => b'1 2'
# expect: b'%(a)s %(b)d' bytearray => bytearray(b'1 2')
# expect: b'%s' bytes => b'mv'
# expect: b'%s' bytearray => bytearray(b'mv')
# expect: b'%5.1s|' bytes => b'    a|'
# expect: b'%5.1s|' bytearray => bytearray(b'    a|')
# expect: b'%-5b|' bytes => b'ab   |'
# expect: b'%-5b|' bytearray => bytearray(b'ab   |')
# expect: b'%*d' bytes => b'  5'
# expect: b'%*d' bytearray => bytearray(b'  5')
# expect: b'%-*d|' bytes => b'5  |'
# expect: b'%-*d|' bytearray => bytearray(b'5  |')
# expect: b'%.*f' bytes => b'3.14'
# expect: b'%.*f' bytearray => bytearray(b'3.14')
# expect: b'%05.1f|%+d|% d|%#x|%#o|%#X' bytes => b'003.1|+5| 5|0xff|0o10|0XFF'
# expect: b'%05.1f|%+d|% d|%#x|%#o|%#X' bytearray => bytearray(b'003.1|+5| 5|0xff|0o10|0XFF')
# expect: b'%d' bytes => b'3'
# expect: b'%d' bytearray => bytearray(b'3')
# expect: b'%i' bytes => b'1'
# expect: b'%i' bytearray => bytearray(b'1')
# expect: b'%u' bytes => b'-3'
# expect: b'%u' bytearray => bytearray(b'-3')
# expect: b'%x' bytes => b'-ff'
# expect: b'%x' bytearray => bytearray(b'-ff')
# expect: b'%.3d' bytes => b'007'
# expect: b'%.3d' bytearray => bytearray(b'007')
# expect: b'%s' bytes => b'<wb>'
# expect: b'%s' bytearray => bytearray(b'<wb>')
# expect: b'%b' bytes => b'x'
# expect: b'%b' bytearray => bytearray(b'x')
# expect: b'%s %s' bytes -> TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'list'
# expect: b'%s %s' bytearray -> TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'list'
# expect: b'%s' bytes -> TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'dict'
# expect: b'%s' bytearray -> TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'dict'
# expect: b'no args' bytes => b'no args'
# expect: b'no args' bytearray => bytearray(b'no args')
# expect: b'%c' bytes => b'\x00'
# expect: b'%c' bytearray => bytearray(b'\x00')
# expect: b'%c' bytes => b'\xff'
# expect: b'%c' bytearray => bytearray(b'\xff')
# expect: b'%ld %hd %Lf' bytes => b'1 2 3.000000'
# expect: b'%ld %hd %Lf' bytearray => bytearray(b'1 2 3.000000')
# expect: b'%d' bytes => b'1180591620717411303424'
# expect: b'%d' bytearray => bytearray(b'1180591620717411303424')
# expect: b'%x' bytes => b'400000000000000000'
# expect: b'%x' bytearray => bytearray(b'400000000000000000')
# expect: b'%10.4f|' bytes => b'    2.5000|'
# expect: b'%10.4f|' bytearray => bytearray(b'    2.5000|')
# expect: b'%-10.3e|' bytes => b'1.235e+04 |'
# expect: b'%-10.3e|' bytearray => bytearray(b'1.235e+04 |')
# expect: b'%f' bytes => b'inf'
# expect: b'%f' bytearray => bytearray(b'inf')
# expect: b'%F' bytes => b'NAN'
# expect: b'%F' bytearray => bytearray(b'NAN')
# expect: b'\xff%s\x00' bytes => b'\xff\x80\x00'
# expect: b'\xff%s\x00' bytearray => bytearray(b'\xff\x80\x00')
# expect: b'%s' bytes -> TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: b'%s' bytearray -> TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
# expect: b'%s' bytes -> TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
# expect: b'%s' bytearray -> TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'
# expect: b'%d' bytes -> TypeError: %d format: a real number is required, not str
# expect: b'%d' bytearray -> TypeError: %d format: a real number is required, not str
# expect: b'%d' bytes -> TypeError: %d format: a real number is required, not bytes
# expect: b'%d' bytearray -> TypeError: %d format: a real number is required, not bytes
# expect: b'%x' bytes -> TypeError: %x format: an integer is required, not float
# expect: b'%x' bytearray -> TypeError: %x format: an integer is required, not float
# expect: b'%s %s' bytes -> TypeError: not enough arguments for format string
# expect: b'%s %s' bytearray -> TypeError: not enough arguments for format string
# expect: b'%s' bytes -> TypeError: not all arguments converted during bytes formatting
# expect: b'%s' bytearray -> TypeError: not all arguments converted during bytes formatting
# expect: b'%c' bytes -> OverflowError: %c arg not in range(256)
# expect: b'%c' bytearray -> OverflowError: %c arg not in range(256)
# expect: b'%c' bytes -> OverflowError: %c arg not in range(256)
# expect: b'%c' bytearray -> OverflowError: %c arg not in range(256)
# expect: b'%c' bytes -> TypeError: %c requires an integer in range(256) or a single byte
# expect: b'%c' bytearray -> TypeError: %c requires an integer in range(256) or a single byte
# expect: b'%c' bytes -> TypeError: %c requires an integer in range(256) or a single byte
# expect: b'%c' bytearray -> TypeError: %c requires an integer in range(256) or a single byte
# expect: b'%c' bytes -> TypeError: %c requires an integer in range(256) or a single byte
# expect: b'%c' bytearray -> TypeError: %c requires an integer in range(256) or a single byte
# expect: b'%y' bytes -> ValueError: unsupported format character 'y' (0x79) at index 1
# expect: b'%y' bytearray -> ValueError: unsupported format character 'y' (0x79) at index 1
# expect: b'%\x01' bytes -> ValueError: unsupported format character '' (0x1) at index 1
# expect: b'%\x01' bytearray -> ValueError: unsupported format character '' (0x1) at index 1
# expect: b'%' bytes -> ValueError: incomplete format
# expect: b'%' bytearray -> ValueError: incomplete format
# expect: b'%(a' bytes -> ValueError: incomplete format key
# expect: b'%(a' bytearray -> ValueError: incomplete format key
# expect: b'%(x)s' bytes -> TypeError: format requires a mapping
# expect: b'%(x)s' bytearray -> TypeError: format requires a mapping
# expect: b'%(k)s' bytes -> KeyError: b'k'
# expect: b'%(k)s' bytearray -> KeyError: b'k'
# expect: b'%s' bytes -> TypeError: __bytes__ returned non-bytes (type str)
# expect: b'%s' bytearray -> TypeError: __bytes__ returned non-bytes (type str)
# expect: b'%*d' bytes -> TypeError: * wants int
# expect: b'%*d' bytearray -> TypeError: * wants int
# expect: b'abc' bytes -> TypeError: not all arguments converted during bytes formatting
# expect: b'abc' bytearray -> TypeError: not all arguments converted during bytes formatting
# expect: b'%s' bytes -> TypeError: not enough arguments for format string
# expect: b'%s' bytearray -> TypeError: not enough arguments for format string
# expect: True bytearray True bytearray(b'y')
# expect: unsupported operand type(s) for %: 'int' and 'bytes'
# expect: b'x' bytearray(b'y')

# _io.StringIO: newline modes, seek/tell, truncate, getvalue, line iteration, pickling state.
from _io import StringIO

s = StringIO("héllo\nwörld\n")
print(repr(s.read(3)), repr(s.readline()), s.tell(), s.readlines())
print(s.seek(0), repr(s.readline(2)), s.seek(0, 2), repr(s.read()))
print(s.seek(20), s.write("€"), repr(s.getvalue()))
s = StringIO()
print(s.write("abc"), s.write("日本"), s.getvalue(), s.tell(), s.truncate(2), s.getvalue(), s.tell())
for bad in ((1, 1), (1, 2), (-1,), (0, 5)):
    try:
        s.seek(*bad)
    except (OSError, ValueError) as ex:
        print(type(ex).__name__, ex)
try:
    s.write(b"bytes")
except TypeError as ex:
    print(ex)
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.encoding, s.errors)

# newline: None (universal, translate), "" (universal, keep), "\n", "\r", "\r\n"
data = "a\nb\r\nc\rd"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = StringIO(newline=nl)
    s.write(data)
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = StringIO(data, newline=None)
print(s.newlines, repr(s.getvalue()))
s.read()
print(s.newlines)
try:
    StringIO(newline="x")
except ValueError as ex:
    print(ex)
try:
    StringIO(newline=1)
except TypeError as ex:
    print(ex)
try:
    StringIO(b"x")
except TypeError as ex:
    print(ex)

# closed
s = StringIO("x")
s.close()
print(s.closed)
for op in (s.getvalue, s.read, s.tell, lambda: s.write("x")):
    try:
        op()
    except ValueError as ex:
        print(ex)

# state and subclassing
s = StringIO("state\nline", newline="")
s.readline()
s.attr = 7
st = s.__getstate__()
print(st)
t = StringIO()
t.__setstate__(("restored\r\n", "\n", 4, {"q": 1}))
print(repr(t.read()), t.q, t.tell())
for bad in (("x", None, 0), ("x", "z", 0, None), ("x", None, -1, None), (1, None, 0, None)):
    try:
        t.__setstate__(bad)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
class Log(StringIO):
    def write(self, text):
        return super().write("[" + text + "]")
log = Log()
log.write("a"); log.writelines(["b", "c"])
print(repr(log.getvalue()))
print(list(StringIO("1\n2\n3")))
print(repr(StringIO("abc").read(None)), repr(StringIO(initial_value="kw").getvalue()))
print(repr(StringIO(None).getvalue()))
# expect: 'hél' 'lo\n' 6 ['wörld\n']
# expect: 0 'hé' 12 ''
# expect: 20 1 'héllo\nwörld\n\x00\x00\x00\x00\x00\x00\x00\x00€'
# expect: 3 2 abc日本 5 2 ab 5
# expect: OSError Can't do nonzero cur-relative seeks
# expect: OSError Can't do nonzero cur-relative seeks
# expect: ValueError Negative seek position -1
# expect: ValueError Invalid whence (5, should be 0, 1 or 2)
# expect: string argument expected, got 'bytes'
# expect: True True True False None None
# expect: None 'a\nb\nc\nd' ['a\n', 'b\n', 'c\n', 'd'] ('\r', '\n', '\r\n')
# expect: '' 'a\nb\r\nc\rd' ['a\n', 'b\r\n', 'c\r', 'd'] ('\r', '\n', '\r\n')
# expect: '\n' 'a\nb\r\nc\rd' ['a\n', 'b\r\n', 'c\rd'] None
# expect: '\r' 'a\rb\r\rc\rd' ['a\r', 'b\r', '\r', 'c\r', 'd'] None
# expect: '\r\n' 'a\r\nb\r\r\nc\rd' ['a\r\n', 'b\r\r\n', 'c\rd'] None
# expect: ('\r', '\n', '\r\n') 'a\nb\nc\nd'
# expect: ('\r', '\n', '\r\n')
# expect: illegal newline value: 'x'
# expect: newline must be str or None, not int
# expect: initial_value must be str or None, not bytes
# expect: True
# expect: I/O operation on closed file
# expect: I/O operation on closed file
# expect: I/O operation on closed file
# expect: I/O operation on closed file
# expect: ('state\nline', '', 6, {'attr': 7})
# expect: 'ored\r\n' 1 10
# expect: TypeError _io.StringIO.__setstate__ argument should be 4-tuple, got tuple
# expect: ValueError illegal newline value: 'z'
# expect: ValueError position value cannot be negative
# expect: TypeError initial_value must be str or None, not int
# expect: '[a][b][c]'
# expect: ['1\n', '2\n', '3']
# expect: 'abc' 'kw'
# expect: ''

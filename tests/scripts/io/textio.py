# _io.TextIOWrapper: newline translation in every mode, tell/seek cookies, line_buffering,
# write_through, reconfigure, detach, encodings and error handlers.
import _io
from _io import BytesIO, TextIOWrapper, BufferedReader, BufferedWriter

class Logged(BytesIO):
    """Records what the text layer writes and whether it flushed."""
    def __init__(self, *args):
        super().__init__(*args)
        self.events = []
    def write(self, b):
        self.events.append(bytes(b))
        return super().write(b)
    def flush(self):
        self.events.append("flush")
        return super().flush()

# newline on output
for nl in (None, "", "\n", "\r", "\r\n"):
    b = BytesIO()
    t = TextIOWrapper(b, encoding="utf-8", newline=nl)
    t.write("a\nb\r\nc\rd")
    t.flush()
    print(repr(nl), b.getvalue())
# newline on input
raw = b"one\ntwo\r\nthree\rfour"
for nl in (None, "", "\n", "\r", "\r\n"):
    t = TextIOWrapper(BytesIO(raw), encoding="utf-8", newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
t = TextIOWrapper(BytesIO(b"a\r"), encoding="ascii")
print(repr(t.read(1)), repr(t.read()), t.newlines)
try:
    TextIOWrapper(BytesIO(), newline="\n\r")
except ValueError as ex:
    print(ex)

# tell/seek with opaque cookies: a multi-byte encoding with pending decoder state
data = "héllo wörld\nsecond €uro line\nthird".encode("utf-8")
t = TextIOWrapper(BytesIO(data), encoding="utf-8")
print(repr(t.read(2)), t.tell())
print(repr(t.readline()), t.tell())
pos = t.tell()
print(repr(t.read(8)))
p2 = t.tell()
print(repr(t.read(5)))
t.seek(pos)
print(repr(t.read(8)), t.tell() == p2)
t.seek(p2)
print(repr(t.read()))
print(t.seek(0), repr(t.read(1)), t.seek(0, 2), repr(t.read()))
for bad in ((1, 1), (3, 2), (0, 5), (-1,)):
    try:
        t.seek(*bad)
    except (OSError, ValueError) as ex:
        print(type(ex).__name__, ex)
for line in TextIOWrapper(BytesIO(data), encoding="utf-8"):
    print(repr(line))
t = TextIOWrapper(BytesIO(data), encoding="utf-8")
next(t)
try:
    t.tell()
except OSError as ex:
    print(ex)
# a utf-8 sequence cut by the chunk boundary, then tell() inside the pending bytes
t = TextIOWrapper(BytesIO("aé€𝄞b".encode() * 3), encoding="utf-8")
t._CHUNK_SIZE = 1
cookies = []
while True:
    cookies.append(t.tell())
    if not t.read(1):
        break
print(cookies)
out = []
for c in cookies[:-1]:
    t.seek(c)
    out.append(t.read(1))
print("".join(out))

# line_buffering and write_through
b = Logged()
t = TextIOWrapper(b, encoding="utf-8", line_buffering=True)
t.write("no newline")
print(b.events)
t.write(" then\n")
print(b.events)
t.write("r\r")
print(b.events, t.line_buffering, t.write_through)
b = Logged()
t = TextIOWrapper(b, encoding="utf-8", write_through=True)
t.write("x")
print(b.events, t.write_through)

# reconfigure
b = BytesIO()
t = TextIOWrapper(b, encoding="utf-8", errors="strict")
t.write("é")
t.reconfigure(encoding="latin-1", errors="replace", newline="\r\n", line_buffering=True)
print(t.encoding, t.errors, t.line_buffering, b.getvalue())
t.write("é€\n")
print(b.getvalue())
t.reconfigure(write_through=True)
print(t.write_through, t.line_buffering)
for bad in ({"newline": 5}, {"encoding": 5}, {"errors": 5}):
    try:
        t.reconfigure(**bad)
    except TypeError as ex:
        print(ex)
r = TextIOWrapper(BytesIO(b"abc"), encoding="utf-8")
r.read(1)
try:
    r.reconfigure(encoding="ascii")
except _io.UnsupportedOperation as ex:
    print(ex)

# errors
t = TextIOWrapper(BytesIO(b"ok \xff\xfe end"), encoding="utf-8", errors="strict")
try:
    t.read()
except UnicodeDecodeError as ex:
    print(ex)
for errors in ("replace", "ignore", "surrogateescape", "backslashreplace"):
    t = TextIOWrapper(BytesIO(b"ok \xff end"), encoding="utf-8", errors=errors)
    print(errors, ascii(t.read()))
for errors in ("strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace", "surrogateescape"):
    b = BytesIO()
    t = TextIOWrapper(b, encoding="ascii", errors=errors)
    try:
        t.write("a\xe9\udcff")
        t.flush()
        print(errors, b.getvalue())
    except UnicodeEncodeError as ex:
        print(errors, ex)
try:
    TextIOWrapper(BytesIO(), encoding="no-such-codec")
except LookupError as ex:
    print(ex)
try:
    TextIOWrapper(BytesIO(), encoding="utf-8", errors="no-such-handler").write("\udc80")
except LookupError as ex:
    print(ex)
for enc in ("UTF8", "utf_8", "Latin1", "iso-8859-1", "US-ASCII", "ascii"):
    print(TextIOWrapper(BytesIO(), encoding=enc).encoding)

# attributes, detach, closing
b = BufferedReader(BytesIO(b"abc\n"))
t = TextIOWrapper(b, encoding="utf-8")
print(t.buffer is b, t.name if hasattr(t, "name") else "no name", t.closed, t.readable(), t.writable())
t.mode = "r"
print(repr(t))
d = t.detach()
print(d is b)
for op in (t.read, lambda: t.buffer, t.tell):
    try:
        op()
    except ValueError as ex:
        print(ex)
t = TextIOWrapper(BytesIO(), encoding="utf-8")
t.close()
print(t.closed)
try:
    t.write("x")
except ValueError as ex:
    print(ex)
try:
    TextIOWrapper(BytesIO(b"x"), encoding="utf-8").write(b"bytes")
except TypeError as ex:
    print(ex)
class Upper(TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())
u = Upper(BytesIO(), encoding="utf-8")
u.write("sub")
u.flush()
print(u.buffer.getvalue(), type(u).__name__)
# expect: None b'a\nb\r\nc\rd'
# expect: '' b'a\nb\r\nc\rd'
# expect: '\n' b'a\nb\r\nc\rd'
# expect: '\r' b'a\rb\r\rc\rd'
# expect: '\r\n' b'a\r\nb\r\r\nc\rd'
# expect: None ['one\n', 'two\n', 'three\n', 'four'] ('\r', '\n', '\r\n')
# expect: '' ['one\n', 'two\r\n', 'three\r', 'four'] ('\r', '\n', '\r\n')
# expect: '\n' ['one\n', 'two\r\n', 'three\rfour'] None
# expect: '\r' ['one\ntwo\r', '\nthree\r', 'four'] None
# expect: '\r\n' ['one\ntwo\r\n', 'three\rfour'] None
# expect: 'a' '\n' 
# expect: illegal newline value: 
# expect: 
# expect: 'hé' 3
# expect: 'llo wörld\n' 14
# expect: 'second €'
# expect: 'uro l'
# expect: 'second €' True
# expect: 'uro line\nthird'
# expect: 0 'h' 38 ''
# expect: UnsupportedOperation can't do nonzero cur-relative seeks
# expect: UnsupportedOperation can't do nonzero end-relative seeks
# expect: ValueError invalid whence (5, should be 0, 1 or 2)
# expect: ValueError negative seek position -1
# expect: 'héllo wörld\n'
# expect: 'second €uro line\n'
# expect: 'third'
# expect: telling position disabled by next() call
# expect: [0, 1, 3, 6, 10, 11, 12, 14, 17, 21, 22, 23, 25, 28, 32, 33]
# expect: aé€𝄞baé€𝄞baé€𝄞b
# expect: []
# expect: [b'no newline then\n', 'flush']
# expect: [b'no newline then\n', 'flush', b'r\r', 'flush'] True False
# expect: [b'x'] True
# expect: latin-1 replace True b'\xc3\xa9'
# expect: b'\xc3\xa9\xe9?\r\n'
# expect: True True
# expect: reconfigure() argument 'newline' must be str or None, not int
# expect: reconfigure() argument 'encoding' must be str or None, not int
# expect: reconfigure() argument 'errors' must be str or None, not int
# expect: It is not possible to set the encoding or newline of stream after the first read
# expect: 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte
# expect: replace 'ok \ufffd end'
# expect: ignore 'ok  end'
# expect: surrogateescape 'ok \udcff end'
# expect: backslashreplace 'ok \\xff end'
# expect: strict 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
# expect: replace b'a??'
# expect: ignore b'a'
# expect: xmlcharrefreplace b'a&#233;&#56575;'
# expect: backslashreplace b'a\\xe9\\udcff'
# expect: surrogateescape 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
# expect: unknown encoding: no-such-codec
# expect: unknown error handler name 'no-such-handler'
# expect: UTF8
# expect: utf_8
# expect: Latin1
# expect: iso-8859-1
# expect: US-ASCII
# expect: ascii
# expect: True no name False True False
# expect: <_io.TextIOWrapper mode='r' encoding='utf-8'>
# expect: True
# expect: underlying buffer has been detached
# expect: underlying buffer has been detached
# expect: True
# expect: I/O operation on closed file.
# expect: write() argument must be str, not bytes
# expect: b'SUB' Upper

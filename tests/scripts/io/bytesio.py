# _io.BytesIO: reading, writing past the end, seek/truncate, readinto, getbuffer export counting, pickling state.
from _io import BytesIO

b = BytesIO(b"hello\nworld\n")
print(b.read(3), b.read1(2), b.readline(), b.tell(), b.readlines())
print(b.read(), b.seek(0), b.readline(3), b.seek(-2, 2), b.read())
print(b.seek(20), b.write(b"X"), b.getvalue())
b = BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fgh")[1:]), b.getvalue())
print(b.truncate(2), b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf)
for bad in ((-1,), (0, 3), ("x",)):
    try:
        b.seek(*bad)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    b.write("str")
except TypeError as ex:
    print(ex)
try:
    b.readinto(b"immutable")
except TypeError as ex:
    print(ex)
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)

# getbuffer(): a writable view; resizing is refused while it is exported
b = BytesIO(b"abcdef")
view = b.getbuffer()
print(len(view), bytes(view), view.readonly)
view[0] = ord("Z")
print(b.getvalue())
for op in (lambda: b.write(b"more"), lambda: b.truncate(1), lambda: b.close()):
    try:
        op()
    except BufferError as ex:
        print("BufferError", ex)
v2 = b.getbuffer()
view.release()
try:
    b.write(b"x")
except BufferError as ex:
    print("still exported:", ex)
v2.release()
b.seek(0, 2)
print(b.write(b"!"), b.getvalue())
b.close()
print(b.closed)
for op in (b.getvalue, b.read, b.getbuffer, lambda: b.seek(0), b.tell):
    try:
        op()
    except ValueError as ex:
        print(ex)

# the copy made by getvalue() is not affected by later writes
b = BytesIO(b"12345")
v = b.getvalue()
b.write(b"ab")
print(v, b.getvalue())

# state for pickling
b = BytesIO(b"state")
b.read(2)
b.x = 5
st = b.__getstate__()
print(st)
c = BytesIO()
c.__setstate__((b"other", 3, {"k": 1}))
print(c.read(), c.k, c.tell())
for bad in ((b"x",), ("str", 0, None), (b"x", -1, None), (b"x", 0, 5)):
    try:
        c.__setstate__(bad)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)

# iteration and subclassing
print(list(BytesIO(b"a\nb\nc")))
class MyBytes(BytesIO):
    def write(self, data):
        return super().write(data.upper())
m = MyBytes()
m.write(b"low")
m.writelines([b"er", b"case"])
print(m.getvalue())
print(BytesIO(b"x" * 10).read(-1), BytesIO(b"xy").read(None))
try:
    BytesIO(initial_bytes="s")
except TypeError as ex:
    print(ex)
print(BytesIO(initial_bytes=b"kw").getvalue())
# expect: b'hel' b'lo' b'\n' 6 [b'world\n']
# expect: b'' 0 b'hel' 10 b'd\n'
# expect: 20 1 b'hello\nworld\n\x00\x00\x00\x00\x00\x00\x00\x00X'
# expect: 3 2 2 b'abcdegh'
# expect: 2 b'ab' 7
# expect: 2 bytearray(b'ab\x00\x00')
# expect: ValueError negative seek value -1
# expect: ValueError invalid whence (3, should be 0, 1 or 2)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: a bytes-like object is required, not 'str'
# expect: readinto() argument must be read-write bytes-like object, not bytes
# expect: True True True False False
# expect: 6 b'abcdef' False
# expect: b'Zbcdef'
# expect: BufferError Existing exports of data: object cannot be re-sized
# expect: BufferError Existing exports of data: object cannot be re-sized
# expect: BufferError Existing exports of data: object cannot be re-sized
# expect: still exported: Existing exports of data: object cannot be re-sized
# expect: 1 b'Zbcdef!'
# expect: True
# expect: I/O operation on closed file.
# expect: I/O operation on closed file.
# expect: I/O operation on closed file.
# expect: I/O operation on closed file.
# expect: I/O operation on closed file.
# expect: b'12345' b'ab345'
# expect: (b'state', 2, {'x': 5})
# expect: b'er' 1 5
# expect: TypeError _io.BytesIO.__setstate__ argument should be 3-tuple, got tuple
# expect: TypeError a bytes-like object is required, not 'str'
# expect: ValueError position value cannot be negative
# expect: TypeError third item of state should be a dict, got a int
# expect: [b'a\n', b'b\n', b'c']
# expect: b'LOWercase'
# expect: b'xxxxxxxxxx' b'xy'
# expect: a bytes-like object is required, not 'str'
# expect: b'kw'

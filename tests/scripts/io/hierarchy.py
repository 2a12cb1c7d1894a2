# _io: the class hierarchy, module constants, UnsupportedOperation, subclassing and weak references.
import _io
import _weakref

for name in ["_IOBase", "_RawIOBase", "_BufferedIOBase", "_TextIOBase", "FileIO", "BytesIO", "StringIO",
             "BufferedReader", "BufferedWriter", "BufferedRandom", "BufferedRWPair", "TextIOWrapper",
             "IncrementalNewlineDecoder"]:
    cls = getattr(_io, name)
    print(name, [c.__name__ for c in cls.__mro__])
print(_io.DEFAULT_BUFFER_SIZE)
print(_io.UnsupportedOperation.__mro__[1:3], issubclass(_io.UnsupportedOperation, ValueError))
print(_io.BlockingIOError is BlockingIOError, _io.open is open)
print(_io.UnsupportedOperation.__module__)
e = BlockingIOError(11, "would block", 5)
print(e.characters_written, e.args, e.errno)

# every class is subclassable and its instances have a __dict__
class B(_io.BytesIO):
    def extra(self):
        return self.getvalue() * 2
b = B(b"ab")
b.tag = 1
print(b.extra(), b.tag, b.__dict__)
class S(_io.StringIO):
    pass
s = S("x")
s.y = 2
print(s.getvalue(), vars(s))
raw = _io.BytesIO(b"data")
print(raw.__dict__)

# weak references to every kind of stream
r = _weakref.ref(b)
print(r() is b)
del b
print(r())
s2 = _io.StringIO()
r2 = _weakref.ref(s2)
s2.close()
del s2
print(r2())

# the abstract bases
base = _io._IOBase()
print(base.readable(), base.writable(), base.seekable(), base.closed)
try:
    base.seek(0)
except _io.UnsupportedOperation as ex:
    print("UnsupportedOperation", ex)
try:
    base.fileno()
except OSError as ex:
    print(type(ex).__name__, ex)
base.close()
print(base.closed)
try:
    base.flush()
except ValueError as ex:
    print(ex)
try:
    iter(base)
except ValueError as ex:
    print(ex)
rb = _io._RawIOBase()
try:
    rb.read()
except NotImplementedError as ex:
    print("NotImplementedError", ex)

class Raw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, buf):
        n = min(len(buf), len(self.data), 3)
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
raw = Raw(b"hello world")
print(raw.read(2), raw.read(), raw.read())
print(Raw(b"abcdefgh").readall())
print(list(Raw(b"l1\nl2\nl3")))
print(Raw(b"a\nb\n").readlines())
bb = _io._BufferedIOBase()
for meth in ("read", "read1", "write", "detach"):
    try:
        getattr(bb, meth)(b"" if meth == "write" else 1) if meth != "detach" else bb.detach()
    except _io.UnsupportedOperation as ex:
        print(meth, ex)
tb = _io._TextIOBase()
for meth in ("read", "readline", "write", "detach"):
    try:
        getattr(tb, meth)("") if meth == "write" else getattr(tb, meth)()
    except _io.UnsupportedOperation as ex:
        print(meth, ex)
print(tb.encoding, tb.newlines, tb.errors)
# expect: _IOBase ['_IOBase', 'object']
# expect: _RawIOBase ['_RawIOBase', '_IOBase', 'object']
# expect: _BufferedIOBase ['_BufferedIOBase', '_IOBase', 'object']
# expect: _TextIOBase ['_TextIOBase', '_IOBase', 'object']
# expect: FileIO ['FileIO', '_RawIOBase', '_IOBase', 'object']
# expect: BytesIO ['BytesIO', '_BufferedIOBase', '_IOBase', 'object']
# expect: StringIO ['StringIO', '_TextIOBase', '_IOBase', 'object']
# expect: BufferedReader ['BufferedReader', '_BufferedIOBase', '_IOBase', 'object']
# expect: BufferedWriter ['BufferedWriter', '_BufferedIOBase', '_IOBase', 'object']
# expect: BufferedRandom ['BufferedRandom', '_BufferedIOBase', '_IOBase', 'object']
# expect: BufferedRWPair ['BufferedRWPair', '_BufferedIOBase', '_IOBase', 'object']
# expect: TextIOWrapper ['TextIOWrapper', '_TextIOBase', '_IOBase', 'object']
# expect: IncrementalNewlineDecoder ['IncrementalNewlineDecoder', 'object']
# expect: 8192
# expect: (<class 'OSError'>, <class 'ValueError'>) True
# expect: True True
# expect: io
# expect: 5 (11, 'would block', 5) 11
# expect: b'abab' 1 {'tag': 1}
# expect: x {'y': 2}
# expect: {}
# expect: True
# expect: None
# expect: None
# expect: False False False False
# expect: UnsupportedOperation seek
# expect: UnsupportedOperation fileno
# expect: True
# expect: I/O operation on closed file.
# expect: I/O operation on closed file.
# expect: NotImplementedError 
# expect: b'he' b'llo world' b''
# expect: b'abcdefgh'
# expect: [b'l1\n', b'l2\n', b'l3']
# expect: [b'a\n', b'b\n']
# expect: read read
# expect: read1 read1
# expect: write write
# expect: detach detach
# expect: read read
# expect: readline readline
# expect: write write
# expect: detach detach
# expect: None None None

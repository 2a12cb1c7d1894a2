# CPython's own io.py runs on _io: the ABCs, registrations, constants and names it re-exports.
import io, _io
print(io.__file__.endswith("io.py"), io.open is open, io.open_code is _io.open_code)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.UnsupportedOperation is _io.UnsupportedOperation, io.BlockingIOError is BlockingIOError)
for name in ("FileIO", "BytesIO", "StringIO", "BufferedReader", "BufferedWriter", "BufferedRandom",
             "BufferedRWPair", "TextIOWrapper", "IncrementalNewlineDecoder"):
    print(name, getattr(io, name) is getattr(_io, name))
print([c.__name__ for c in io.RawIOBase.__mro__], io.IOBase.__module__)
checks = [(io.BytesIO(), io.BufferedIOBase), (io.StringIO(), io.TextIOBase), (io.BytesIO(), io.RawIOBase),
          (io.StringIO(), io.IOBase)]
for obj, abc in checks:
    print(type(obj).__name__, abc.__name__, isinstance(obj, abc))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.TextIOBase),
      issubclass(io.BufferedRandom, io.BufferedIOBase), issubclass(io.FileIO, io.TextIOBase))
class MyRaw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        b[:1] = b"z"
        return 1
r = MyRaw()
print(r.read(3), isinstance(r, io.IOBase), isinstance(r, _io._RawIOBase))
with io.open(__file__, "rb") as f:
    print(f.readline())
print(io.text_encoding(None))
# expect: True True True
# expect: 0 1 2 8192
# expect: True True
# expect: FileIO True
# expect: BytesIO True
# expect: StringIO True
# expect: BufferedReader True
# expect: BufferedWriter True
# expect: BufferedRandom True
# expect: BufferedRWPair True
# expect: TextIOWrapper True
# expect: IncrementalNewlineDecoder True
# expect: ['RawIOBase', '_RawIOBase', 'IOBase', '_IOBase', 'object'] io
# expect: BytesIO BufferedIOBase True
# expect: StringIO TextIOBase True
# expect: BytesIO RawIOBase False
# expect: StringIO IOBase True
# expect: True True True False
# expect: b'z' True True
# expect: b"# CPython's own io.py runs on _io: the ABCs, registrations, constants and names it re-exports.\n"
# expect: locale

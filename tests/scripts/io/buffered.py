# _io.BufferedReader/Writer/Random/RWPair: peek, read1, readinto1, detach, raw, flush rules, errors.
import _io, posix as os
from _io import BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, FileIO

class CountingRaw(_io._RawIOBase):
    """A raw stream that records the size of each read and write."""
    def __init__(self, data=b""):
        self.data = bytearray(data)
        self.pos = 0
        self.log = []
    def readable(self):
        return True
    def writable(self):
        return True
    def seekable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        self.log.append(("r", len(b), n))
        return n
    def write(self, b):
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        self.log.append(("w", len(b)))
        return len(b)
    def seek(self, pos, whence=0):
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        self.log.append(("seek", pos, whence))
        return self.pos
    def tell(self):
        return self.pos

raw = CountingRaw(b"0123456789" * 3)
r = BufferedReader(raw, buffer_size=8)
print(r.raw is raw, r.readable(), r.writable(), r.seekable())
print(r.read(3), r.peek(1)[:5], r.read1(10), r.read1(), r.tell())
buf = bytearray(5)
print(r.readinto(buf), buf, r.readinto1(buf), buf)
print(r.read(), r.read(), raw.log)
print(r.seek(4), r.read(2), r.seek(-2, 1), r.read(4))
for bad in (lambda: BufferedReader(raw, 0), lambda: BufferedReader(raw, -1), lambda: r.read(-2),
            lambda: r.write(b"x")):
    try:
        bad()
    except (ValueError, _io.UnsupportedOperation) as ex:
        print(type(ex).__name__, ex)
print(repr(r).startswith("<_io.BufferedReader"), r.closed)
raw2 = r.detach()
print(raw2 is raw)
for op in (r.read, lambda: r.raw, r.tell, lambda: repr(r)):
    try:
        op()
    except ValueError as ex:
        print(ex)

# BufferedWriter: small writes are buffered, flush and close write them out
raw = CountingRaw()
w = BufferedWriter(raw, buffer_size=4)
print(w.write(b"ab"), raw.log, w.write(b"cdefg"), raw.log)
w.flush()
print(raw.log, bytes(raw.data))
print(w.write(memoryview(b"XY")), w.tell())
w.close()
print(raw.log[-1], bytes(raw.data), w.closed, raw.closed)
try:
    w.write(b"x")
except ValueError as ex:
    print(ex)

# BufferedRandom over a real file
name = "pyglass_io_buffered_%d.bin" % os.getpid()
with open(name, "wb") as f:
    print(type(f).__name__, f.raw.mode, f.write(b"abcdefghij"))
with open(name, "r+b") as f:
    print(type(f).__name__, f.read(3), f.write(b"XYZ"), f.tell(), f.seek(0), f.read())
    f.seek(2)
    print(f.peek(3)[:3], f.read1(2), f.truncate(), f.seek(0, 2))
with open(name, "rb") as f:
    print(f.read(), f.mode, f.name == name, f.raw.name == name)
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(2))
with open(name, "ab") as f:
    print(f.write(b"!"), f.tell())
os.unlink(name)

# BufferedRWPair: a reader and a writer joined
rd, wr = BytesIO(b"input data"), BytesIO()
pair = BufferedRWPair(rd, wr, 4)
print(pair.readable(), pair.writable(), pair.seekable(), pair.read(5), pair.peek(1)[:1], pair.read1(2))
print(pair.write(b"out"), wr.getvalue())
pair.flush()
print(wr.getvalue(), pair.closed, pair.isatty())
pair.close()
print(pair.closed, rd.closed, wr.closed)
try:
    BufferedRWPair(BytesIO(), _io.StringIO())
except _io.UnsupportedOperation as ex:
    print(ex)

# a subclass of BufferedWriter over a pipe; close flushes
r_fd, w_fd = os.pipe()
class Writer(BufferedWriter):
    pass
wp = Writer(FileIO(w_fd, "w"))
wp.write(b"piped bytes")
wp.close()
with FileIO(r_fd) as fr:
    print(fr.readall())

# non-blocking raw streams: BlockingIOError with characters_written
class Slow(_io._RawIOBase):
    def writable(self):
        return True
    def write(self, b):
        return None
bw = BufferedWriter(Slow(), 8)
bw.write(b"12345678")
try:
    bw.write(b"abc")
except BlockingIOError as ex:
    print("BlockingIOError", ex.characters_written)
# expect: True True False True
# expect: b'012' b'34567' b'34567' b'89012345' 16
# expect: 5 bytearray(b'12390') 3 bytearray(b'12390')
# expect: b'456789' b'' [('r', 8, 8), ('r', 8, 8), ('r', 8, 8), ('r', 8192, 6), ('r', 8192, 0), ('r', 8192, 0)]
# expect: 4 b'45' 4 b'4567'
# expect: ValueError buffer size must be strictly positive
# expect: ValueError buffer size must be strictly positive
# expect: ValueError read length must be non-negative or -1
# expect: UnsupportedOperation write
# expect: True False
# expect: True
# expect: raw stream has been detached
# expect: raw stream has been detached
# expect: 2 [('w', 2), ('w', 5)] 5 [('w', 2), ('w', 5)]
# expect: [('w', 2), ('w', 5)] b'abcdefg'
# expect: 2 9
# expect: ('w', 2) b'abcdefgXY' True True
# expect: write to closed file
# expect: BufferedWriter wb 10
# expect: BufferedRandom b'abc' 3 6 0 b'abcXYZghij'
# expect: b'cXY' b'cX' 4 4
# expect: b'abcX' rb True True
# expect: FileIO b'ab'
# expect: 1 5
# expect: True True False b'input' b' ' b' d'
# expect: 3 b''
# expect: b'out' False False
# expect: True True True
# expect: b'piped bytes'
# expect: BlockingIOError 0

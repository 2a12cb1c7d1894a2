# zlib: Compress and Decompress objects: flush modes, max_length, unused data, copies, dictionaries.
import zlib

data = bytes(range(256)) * 64 + b"tail" * 1000

# streaming in pieces with every flush mode
for mode in (zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK):
    co = zlib.compressobj(9)
    parts = []
    for i in range(0, len(data), 1000):
        parts.append(co.compress(data[i:i + 1000]))
        parts.append(co.flush(mode))
    parts.append(co.flush())
    c = b"".join(parts)
    print(mode, len(c), zlib.decompress(c) == data)
co = zlib.compressobj()
print(co.flush(zlib.Z_NO_FLUSH), co.compress(b""), len(co.flush()))

# strategies and memory levels
for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY):
    co = zlib.compressobj(5, zlib.DEFLATED, 15, 9, strategy)
    c = co.compress(data) + co.flush()
    print(strategy, len(c), zlib.decompress(c) == data)
co = zlib.compressobj(level=1, memLevel=1, wbits=-10)
print(len(co.compress(data) + co.flush()))

# decompression in small pieces
c = zlib.compress(data)
do = zlib.decompressobj()
out = b"".join(do.decompress(c[i:i + 7]) for i in range(0, len(c), 7))
print(out == data, do.eof, do.unused_data, do.unconsumed_tail, do.flush())

# max_length: the rest stays in unconsumed_tail
do = zlib.decompressobj()
chunks = []
buf = c
while buf:
    chunk = do.decompress(buf, 1000)
    assert len(chunk) <= 1000
    chunks.append(chunk)
    buf = do.unconsumed_tail
chunks.append(do.flush())
print(len(chunks), b"".join(chunks) == data, do.eof)

# data after the end of the stream goes to unused_data
do = zlib.decompressobj()
print(do.decompress(c + b"extra") == data, do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(b"more"), do.unused_data)
do = zlib.decompressobj()
first = do.decompress(c + b"extra", 10)
print(len(first), len(do.unconsumed_tail), do.unused_data)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == data, do.unused_data, do.unconsumed_tail, do.eof)
do = zlib.decompressobj()
print(do.decompress(c[:100]) == data[:len(do.decompress(b""))] or True, do.eof)

# flush() after max_length finishes the stream
do = zlib.decompressobj()
part = do.decompress(c, 5)
print(len(part), (part + do.flush()) == data, do.eof, do.unconsumed_tail)
print(do.flush(), do.flush(1))

# copies continue independently (copy.copy/deepcopy call __copy__/__deepcopy__)
co = zlib.compressobj()
head = co.compress(data[:5000])
co2 = co.copy()
co3 = co.__copy__()
co4 = co.__deepcopy__({})
a = head + co.compress(b"A" * 10) + co.flush()
b = head + co2.compress(b"B" * 10) + co2.flush()
print(zlib.decompress(a)[-12:], zlib.decompress(b)[-12:], type(co3).__name__, type(co4).__name__)
do = zlib.decompressobj()
x = do.decompress(a[:50])
do2 = do.copy()
print((x + do.decompress(a[50:])) == (x + do2.decompress(a[50:])))
for obj in (co, co2):
    try:
        obj.copy()
    except ValueError as e:
        print("ValueError", e)
do.flush()
try:
    do.copy()
except ValueError as e:
    print("ValueError", e)

# preset dictionaries
zdict = b"the quick brown fox"
co = zlib.compressobj(zdict=zdict)
c = co.compress(b"the quick brown fox jumps") + co.flush()
print(zlib.decompressobj(zdict=zdict).decompress(c))
print(zlib.decompressobj(zdict=bytearray(zdict)).decompress(c))
try:
    zlib.decompressobj().decompress(c)
except zlib.error as e:
    print("error", e)
try:
    zlib.decompressobj(zdict=b"wrong").decompress(c)
except zlib.error as e:
    print("error", e)
co = zlib.compressobj(wbits=-15, zdict=zdict)
raw = co.compress(b"the quick brown fox jumps") + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=zdict).decompress(raw))

# a finished compressor refuses more work, as CPython's does
co = zlib.compressobj()
co.compress(b"abc")
co.flush()
for f in (lambda: co.compress(b"x"), lambda: co.flush(), lambda: co.flush(zlib.Z_SYNC_FLUSH)):
    try:
        f()
    except zlib.error as e:
        print("error", e)
print(co.flush(zlib.Z_NO_FLUSH))

# expect: 0 426 True
# expect: 1 530 True
# expect: 2 603 True
# expect: 3 4926 True
# expect: 5 504 True
# expect: b'' b'x\x9c' 6
# expect: 1 426 True
# expect: 2 19287 True
# expect: 3 19287 True
# expect: 4 459 True
# expect: 0 426 True
# expect: 5828
# expect: True True b'' b'' b''
# expect: 22 True True
# expect: True True b'extra' b''
# expect: b'' b'extramore'
# expect: 10 355 b''
# expect: True b'extra' b'extra' True
# expect: True False
# expect: 5 True True b''
# expect: b'' b''
# expect: b'\x86\x87AAAAAAAAAA' b'\x86\x87BBBBBBBBBB' Compress Compress
# expect: True
# expect: ValueError Inconsistent stream state
# expect: ValueError Inconsistent stream state
# expect: ValueError Inconsistent stream state
# expect: b'the quick brown fox jumps'
# expect: b'the quick brown fox jumps'
# expect: error Error 2 while decompressing data
# expect: error Error -3 while setting zdict: invalid input data
# expect: b'the quick brown fox jumps'
# expect: error Error -2 while compressing data: inconsistent stream state
# expect: error Error -2 while flushing: inconsistent stream state
# expect: error Error -2 while flushing: inconsistent stream state
# expect: b''

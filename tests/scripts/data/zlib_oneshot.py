# zlib: one-shot compress/decompress, containers chosen by wbits, checksums, constants.
import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 200
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
print(zlib.compress(b"") , zlib.decompress(zlib.compress(b"")))
print(zlib.compress(data, level=3) == zlib.compress(data, 3))

# wbits: zlib header (9..15), raw deflate (-9..-15), gzip (+16), automatic (+32)
for wbits in (9, 15, -9, -15, 25, 31):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    c = co.compress(data) + co.flush()
    print(wbits, len(c), c[:2].hex(), zlib.decompress(c, wbits) == data)
gz = zlib.compressobj(wbits=31)
g = gz.compress(data) + gz.flush()
print(zlib.decompress(g, 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.decompress(zlib.compress(data), 0) == data)

# any bytes-like input
print(zlib.decompress(bytearray(zlib.compress(bytearray(data)))) == data)
print(zlib.decompress(memoryview(zlib.compress(memoryview(data)))) == data)
print(zlib.decompress(zlib.compress(data), bufsize=1) == data, zlib.decompress(zlib.compress(data), bufsize=0) == data)

# checksums: unsigned results, a start value reduced modulo 2**32
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b""), zlib.adler32(b""))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2**70 + 5), zlib.adler32(b"abc", -2))
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"xabcx")[1:4]))
print(zlib.crc32(b"x" * 100000), zlib.adler32(b"x" * 100000))

# constants and module attributes
for name in sorted(n for n in dir(zlib) if n.isupper() and "VERSION" not in n):
    print(name, getattr(zlib, name))
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.__version__)
print(zlib.error, zlib.error.__mro__[1:])
print(type(zlib.compressobj()), type(zlib.decompressobj()))

# expect: -1 95 2864063984 True
# expect: 0 9011 1356779044 True
# expect: 1 129 3209408952 True
# expect: 6 95 2864063984 True
# expect: 9 95 1274393211 True
# expect: b'x\x9c\x03\x00\x00\x00\x00\x01' b''
# expect: True
# expect: 9 95 1895 True
# expect: 15 95 789c True
# expect: -9 89 edca True
# expect: -15 89 edca True
# expect: 25 107 1f8b True
# expect: 31 107 1f8b True
# expect: True True
# expect: True
# expect: True
# expect: True
# expect: True True
# expect: 907060870 103547413 0 1
# expect: True
# expect: True
# expect: 899311407 871334697 41877811
# expect: 891568578 891568578
# expect: 4261876081 2116691386
# expect: DEFLATED 8
# expect: DEF_BUF_SIZE 16384
# expect: DEF_MEM_LEVEL 8
# expect: MAX_WBITS 15
# expect: Z_BEST_COMPRESSION 9
# expect: Z_BEST_SPEED 1
# expect: Z_BLOCK 5
# expect: Z_DEFAULT_COMPRESSION -1
# expect: Z_DEFAULT_STRATEGY 0
# expect: Z_FILTERED 1
# expect: Z_FINISH 4
# expect: Z_FIXED 4
# expect: Z_FULL_FLUSH 3
# expect: Z_HUFFMAN_ONLY 2
# expect: Z_NO_COMPRESSION 0
# expect: Z_NO_FLUSH 0
# expect: Z_PARTIAL_FLUSH 1
# expect: Z_RLE 3
# expect: Z_SYNC_FLUSH 2
# expect: Z_TREES 6
# expect: True 1.0
# expect: <class 'zlib.error'> (<class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: <class 'zlib.Compress'> <class 'zlib.Decompress'>

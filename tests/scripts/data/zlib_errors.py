# zlib: errors and argument checking, with CPython's messages.
import sys
import zlib

c = zlib.compress(b"some data " * 50)

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", repr(r)[:60])

show(lambda: zlib.decompress(c[:-1]))
show(lambda: zlib.decompress(c[:10]))
show(lambda: zlib.decompress(b"not zlib data"))
show(lambda: zlib.decompress(b""))
show(lambda: zlib.decompress(c, -15))
show(lambda: zlib.decompress(c, 99))
show(lambda: zlib.decompress(c, bufsize=-1))
show(lambda: zlib.decompress(c, 15, sys.maxsize + 1))
show(lambda: zlib.compress(b"x", 10))
show(lambda: zlib.compress(b"x", 1, 99))
show(lambda: zlib.compress("text"))
show(lambda: zlib.compress(42))
show(lambda: zlib.compress(b"x", 1.5))
show(lambda: zlib.compress(b"x", "1"))
show(lambda: zlib.compress(b"x", 2**40))
show(lambda: zlib.crc32("text"))
show(lambda: zlib.adler32(None))
show(lambda: zlib.crc32(b"x", 1.0))
show(lambda: zlib.compressobj(1, zlib.DEFLATED, 0))
show(lambda: zlib.compressobj(1, zlib.DEFLATED, zlib.MAX_WBITS + 1))
show(lambda: zlib.compressobj(method=9))
show(lambda: zlib.compressobj(memLevel=10))
show(lambda: zlib.compressobj(strategy=99))
show(lambda: zlib.compressobj(zdict="text"))
show(lambda: zlib.compressobj(zdict=None))
show(lambda: zlib.decompressobj(-1))
show(lambda: zlib.decompressobj(zdict="text"))
show(lambda: zlib.decompressobj(zdict=3))
show(lambda: zlib.decompressobj().flush(0))
show(lambda: zlib.decompressobj().flush(-1))
show(lambda: zlib.decompressobj().flush(sys.maxsize + 1))
show(lambda: zlib.decompressobj().decompress(b"", -1))
show(lambda: zlib.decompressobj().decompress(b"", sys.maxsize + 1))
show(lambda: zlib.decompressobj().decompress(b"garbage"))
show(lambda: type(zlib.compressobj())())
show(lambda: type(zlib.decompressobj())())
show(lambda: zlib.compressobj().compress())
show(lambda: zlib.compressobj().compress(b"a", b"b"))
for obj in (zlib.compressobj(), zlib.decompressobj()):  # what pickle.dumps calls
    show(lambda: obj.__reduce_ex__(2))

show(lambda: zlib.compressobj().flush(1, 2))
show(lambda: zlib.compressobj().flush(mode=1))
show(lambda: zlib.compressobj().copy(1))
show(lambda: zlib.decompressobj().decompress(b"", 1, 2))
show(lambda: zlib.decompressobj().decompress(b"", max_length=1))
show(lambda: zlib.decompressobj().decompress(data=b""))
show(lambda: zlib.compress())
show(lambda: zlib.compress(b"", 1, 2, 3))
show(lambda: zlib.compress(data=b""))
show(lambda: zlib.compress(b"", wbits=15, level=1))
show(lambda: zlib.compress(b"", 1, level=1))
show(lambda: zlib.compressobj(1, 8, 15, 8, 0, b"", 7))
show(lambda: zlib.compressobj(foo=1))
show(lambda: zlib.crc32())
show(lambda: zlib.crc32(b"", 1, 2))
show(lambda: zlib.crc32(b"", value=1))

# expect: error: Error -5 while decompressing data: incomplete or truncated stream
# expect: error: Error -5 while decompressing data: incomplete or truncated stream
# expect: error: Error -3 while decompressing data: incorrect header check
# expect: error: Error -5 while decompressing data: incomplete or truncated stream
# expect: error: Error -3 while decompressing data: invalid stored block lengths
# expect: error: Error -2 while preparing to decompress data: inconsistent stream state
# expect: ValueError: bufsize must be non-negative
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: error: Bad compression level
# expect: error: Bad compression level
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required, not 'int'
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: OverflowError: Python int too large to convert to C int
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required, not 'NoneType'
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ValueError: Invalid initialization option
# expect: ValueError: Invalid initialization option
# expect: ValueError: Invalid initialization option
# expect: ValueError: Invalid initialization option
# expect: ValueError: Invalid initialization option
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required, not 'NoneType'
# expect: ValueError: Invalid initialization option
# expect: TypeError: zdict argument must support the buffer protocol
# expect: TypeError: zdict argument must support the buffer protocol
# expect: ValueError: length must be greater than zero
# expect: ValueError: length must be greater than zero
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: ValueError: max_length must be non-negative
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: error: Error -3 while decompressing data: incorrect header check
# expect: TypeError: cannot create 'zlib.Compress' instances
# expect: TypeError: cannot create 'zlib.Decompress' instances
# expect: TypeError: compress() takes exactly 1 positional argument (0 given)
# expect: TypeError: compress() takes at most 1 argument (2 given)
# expect: TypeError: cannot pickle 'zlib.Compress' object
# expect: TypeError: cannot pickle 'zlib.Decompress' object
# expect: TypeError: flush() takes at most 1 argument (2 given)
# expect: TypeError: 'mode' is an invalid keyword argument for flush()
# expect: TypeError: copy() takes no arguments
# expect: TypeError: decompress() takes at most 2 arguments (3 given)
# expect: ok b''
# expect: TypeError: decompress() takes at least 1 positional argument (0 given)
# expect: TypeError: compress() takes at least 1 positional argument (0 given)
# expect: TypeError: compress() takes at most 3 arguments (4 given)
# expect: TypeError: compress() takes at least 1 positional argument (0 given)
# expect: ok b'x\x01\x03\x00\x00\x00\x00\x01'
# expect: TypeError: argument for compress() given by name ('level') and position (2)
# expect: TypeError: compressobj() takes at most 6 arguments (7 given)
# expect: TypeError: 'foo' is an invalid keyword argument for compressobj()
# expect: TypeError: crc32 expected at least 1 argument, got 0
# expect: TypeError: crc32 expected at most 2 arguments, got 3
# expect: TypeError: zlib.crc32() takes no keyword arguments

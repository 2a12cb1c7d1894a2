# _bz2 under CPython's bz2.py: BZ2Compressor/BZ2Decompressor, max_length and needs_input, unused_data, errors, BZ2File.
import _bz2, pickle, bz2, io
print(sorted(n for n in dir(_bz2) if n not in ('__file__','__loader__','__spec__')))
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: _bz2.BZ2Compressor(0)); t(lambda: _bz2.BZ2Compressor(10)); t(lambda: _bz2.BZ2Compressor("a")); t(lambda: _bz2.BZ2Compressor(1,2)); t(lambda: _bz2.BZ2Compressor(compresslevel=1))
t(lambda: _bz2.BZ2Decompressor(1)); t(lambda: _bz2.BZ2Decompressor(a=1))
c=_bz2.BZ2Compressor(); t(lambda: c.compress("x")); t(lambda: c.compress()); c.flush(); t(lambda: c.flush()); t(lambda: c.compress(b"x"))
d=_bz2.BZ2Decompressor(); t(lambda: d.decompress(b"garbage"));
d=_bz2.BZ2Decompressor(); t(lambda: d.decompress(b"x", max_length="a")); t(lambda: d.decompress(data=b"", max_length=5))
t(lambda: pickle.dumps(_bz2.BZ2Compressor())); t(lambda: pickle.dumps(_bz2.BZ2Decompressor()))
data = bz2.compress(b"hello"*1000); d=_bz2.BZ2Decompressor(); print(len(d.decompress(data + b"tail", 10)), d.needs_input, d.eof, d.unused_data); print(len(d.decompress(b"", -1)), d.eof, d.unused_data, d.needs_input); t(lambda: d.decompress(b"x"))
t(lambda: setattr(d, 'eof', 1)); t(lambda: setattr(d, 'unused_data', 1))
# streaming in small pieces with a limit
import random
random.seed(5)
raw = bytes(random.randrange(256) for _ in range(50000)) + b"x" * 200000
for level in (1, 9):
    c = _bz2.BZ2Compressor(level)
    comp = b"".join(c.compress(raw[i:i+7000]) for i in range(0, len(raw), 7000)) + c.flush()
    print(level, len(comp), bz2.decompress(comp) == raw)
d = _bz2.BZ2Decompressor(); out = []
for i in range(0, len(comp), 1000):
    out.append(d.decompress(comp[i:i+1000], 3000))
    while not d.needs_input and not d.eof:
        out.append(d.decompress(b"", 3000))
print(b"".join(out) == raw, d.eof, max(len(o) for o in out))
d = _bz2.BZ2Decompressor(); print(d.decompress(comp, 0), d.needs_input)
print(bz2.decompress(bz2.compress(b"a") + bz2.compress(b"b")))
f = io.BytesIO(); 
with bz2.BZ2File(f, "w") as w: w.write(b"line1\nline2\n" * 100)
f.seek(0)
with bz2.BZ2File(f) as r: print(r.readline(), len(r.read()))
t(lambda: bz2.decompress(bz2.compress(b"abc")[:-3]))
print(_bz2.BZ2Compressor.__doc__[:40], _bz2.BZ2Decompressor.decompress.__doc__[:30], _bz2.__doc__)
# expect: ['BZ2Compressor', 'BZ2Decompressor', '__doc__', '__name__', '__package__']
# expect: ValueError compresslevel must be between 1 and 9
# expect: ValueError compresslevel must be between 1 and 9
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError BZ2Compressor expected at most 1 argument, got 2
# expect: TypeError BZ2Compressor() takes no keyword arguments
# expect: TypeError BZ2Decompressor() takes no positional arguments
# expect: TypeError BZ2Decompressor() takes no keyword arguments
# expect: TypeError a bytes-like object is required, not 'str'
# expect: TypeError BZ2Compressor.compress() takes exactly one argument (0 given)
# expect: ValueError Repeated call to flush()
# expect: ValueError Compressor has been flushed
# expect: OSError Invalid data stream
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: b''
# expect: TypeError cannot pickle '_bz2.BZ2Compressor' object
# expect: TypeError cannot pickle '_bz2.BZ2Decompressor' object
# expect: 10 False False b''
# expect: 4990 True b'tail' False
# expect: EOFError End of stream already reached
# expect: AttributeError readonly attribute
# expect: AttributeError readonly attribute
# expect: 1 50615 True
# expect: 9 50615 True
# expect: True True 3000
# expect: b'' False
# expect: b'ab'
# expect: b'line1\n' 1194
# expect: ValueError Compressed data ended before the end-of-stream marker was reached
# expect: Create a compressor object for compressi Decompress *data*, returning u None

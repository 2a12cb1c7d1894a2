# _md5, _sha1, _sha256, _sha512, _sha3: the modules hashlib.py falls back on.
import _md5, _sha1, _sha256, _sha512, _sha3

for f in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
          _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512]:
    h = f(b"abc")
    c = h.copy()
    c.update(b"d" * 3000)
    print(type(h).__module__, type(h).__name__, h.name, h.digest_size, h.block_size,
          h.hexdigest()[:20], c.hexdigest()[:20], h.digest()[:4])
print(_md5.MD5Type is type(_md5.md5()), _sha1.SHA1Type.__name__, _sha256.SHA224Type.__name__,
      _sha256.SHA256Type.__name__, _sha512.SHA384Type.__name__)
print(_md5.md5(string=b"abc", usedforsecurity=False).hexdigest()[:12])
for t in [_sha3.sha3_224, _sha3.sha3_512, _sha3.shake_128, _sha3.shake_256]:
    h = t(b"abc")
    print(t.__name__, h._capacity_bits, h._rate_bits, h._suffix, h.name, h.digest_size, h.block_size)
s = _sha3.shake_128(b"abc")
print(s.hexdigest(16), s.digest(4), s.copy().hexdigest(3), type(s).__name__)
print(_sha3.sha3_256(b"x", usedforsecurity=False).hexdigest()[:16], _sha3.implementation if False else "")
print(isinstance(_sha3.sha3_256(), _sha3.sha3_256))

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", repr(r)[:60])

show(lambda: _md5.md5("s"))
show(lambda: _md5.md5(b"a").update())
show(lambda: _md5.md5(b"a").digest(1))
show(lambda: _sha3.sha3_256(data=b"a"))
show(lambda: _sha3.sha3_256(b"a", b"b"))
show(lambda: _sha3.shake_128().digest())
show(lambda: _sha3.shake_128().digest(length=3))
show(lambda: _sha3.shake_128().hexdigest(-1))
show(lambda: _sha3.shake_128().hexdigest(2**29))
show(lambda: _sha3.shake_256().digest(1.0))
show(lambda: _sha1.SHA1Type())

# expect: _md5 md5 md5 16 64 900150983cd24fb0d696 e68947a2f2df5bd2bfa9 b'\x90\x01P\x98'
# expect: _sha1 sha1 sha1 20 64 a9993e364706816aba3e 3a101c732d6e4a2a2aa4 b'\xa9\x99>6'
# expect: _sha256 sha224 sha224 28 64 23097d223405d8228642 c814fdc6c53e8d9876b2 b'#\t}"'
# expect: _sha256 sha256 sha256 32 64 ba7816bf8f01cfea4141 659cf5a5805f55e116e9 b'\xbax\x16\xbf'
# expect: _sha512 sha384 sha384 48 128 cb00753f45a35e8bb5a0 e458cde7644d4ef55d58 b'\xcb\x00u?'
# expect: _sha512 sha512 sha512 64 128 ddaf35a193617abacc41 2ee7842d2715fd00eb95 b'\xdd\xaf5\xa1'
# expect: _sha3 sha3_224 sha3_224 28 144 e642824c3f8cf24ad092 66c8fb1a31c42fd519fc b'\xe6B\x82L'
# expect: _sha3 sha3_256 sha3_256 32 136 3a985da74fe225b2045c 7faed9ce3d547cc91de7 b':\x98]\xa7'
# expect: _sha3 sha3_384 sha3_384 48 104 ec01498288516fc92645 731e7588dddf15d3d775 b'\xec\x01I\x82'
# expect: _sha3 sha3_512 sha3_512 64 72 b751850b1a57168a5693 49e0a514bd1591c1a464 b'\xb7Q\x85\x0b'
# expect: True sha1 sha224 sha256 sha512
# expect: 900150983cd2
# expect: sha3_224 448 1152 b'\x06' sha3_224 28 144
# expect: sha3_512 1024 576 b'\x06' sha3_512 64 72
# expect: shake_128 256 1344 b'\x1f' shake_128 0 168
# expect: shake_256 512 1088 b'\x1f' shake_256 0 136
# expect: 5881092dd818bf5cf8a3ddb793fbcba7 b'X\x81\t-' 588109 shake_128
# expect: 741efa311f976869 
# expect: True
# expect: TypeError: Strings must be encoded before hashing
# expect: TypeError: md5.update() takes exactly one argument (0 given)
# expect: TypeError: md5.digest() takes no arguments (1 given)
# expect: TypeError: 'data' is an invalid keyword argument for sha3_224()
# expect: TypeError: sha3_224() takes at most 1 positional argument (2 given)
# expect: TypeError: shake_128.digest() takes exactly one argument (0 given)
# expect: TypeError: shake_128.digest() takes no keyword arguments
# expect: ValueError: value must be positive
# expect: ValueError: length is too large
# expect: TypeError: an integer is required
# expect: TypeError: cannot create '_sha1.sha1' instances

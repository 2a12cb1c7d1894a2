# hashlib over _hashlib (OpenSSL's libcrypto): every algorithm, updates, copies, attributes.
import hashlib
import _hashlib

data = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 40]
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512",
             "sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    ctor = getattr(hashlib, name)
    for d in data:
        a = ctor(d).hexdigest()
        b = hashlib.new(name, d).hexdigest()
        h = ctor()
        for i in range(0, len(d), 7):
            h.update(d[i:i + 7])
        assert a == b == h.hexdigest(), name
        print(name, len(d), a[:32])
    h = ctor(b"x")
    print(name, type(h).__name__, h.name, h.digest_size, h.block_size, len(h.digest()))

for name in ["shake_128", "shake_256"]:
    h = getattr(hashlib, name)(b"abc")
    print(name, type(h).__name__, h.name, h.digest_size, h.block_size)
    print(h.hexdigest(0) == "", h.hexdigest(20), h.digest(5))
    print(h.digest(length=3).hex(), h.hexdigest(length=40)[:20])

# new() with OpenSSL's spellings and algorithms only OpenSSL has
for n in ["SHA256", "sha512_256", "sha512_224", "md5-sha1", "ripemd160", "sm3", "SHA3-256"]:
    try:
        h = hashlib.new(n, b"abc")
        print(n, h.name, h.hexdigest()[:24])
    except ValueError as e:
        print(n, "ValueError", e)

# copies are independent; digest() does not finalise
h = hashlib.sha256(b"abc")
c = h.copy()
c.update(b"def")
print(h.hexdigest()[:16], c.hexdigest()[:16], hashlib.sha256(b"abcdef").hexdigest()[:16])
print(h.digest() == h.digest(), type(c) is type(h))
x = hashlib.shake_256(b"q")
y = x.copy()
y.update(b"r")
print(x.hexdigest(8), y.hexdigest(8), type(y).__name__)

# buffers of every kind
print(hashlib.md5(bytearray(b"abc")).hexdigest() == hashlib.md5(memoryview(b"xabcx")[1:4]).hexdigest())
print(hashlib.sha1(memoryview(b"abc")).hexdigest()[:12])
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest()[:12])
print(hashlib.new("md5", data=b"abc").hexdigest()[:12], _hashlib.new("md5", string=b"abc").hexdigest()[:12])

# large inputs go through the GIL-released path
big = b"\x5a" * (1 << 20) + b"tail"
h = hashlib.sha512()
h.update(big)
h.update(big)
print(h.hexdigest()[:32], hashlib.sha512(big + big).hexdigest()[:32])

print(hashlib.file_digest.__name__, sorted(hashlib.algorithms_guaranteed))
print(_hashlib.HASH.__name__, _hashlib.HASHXOF.__base__.__name__, _hashlib.HMAC.__name__)
print(issubclass(_hashlib.UnsupportedDigestmodError, ValueError), _hashlib.get_fips_mode())
print("sha256" in _hashlib.openssl_md_meth_names, type(_hashlib.openssl_md_meth_names).__name__)
print(_hashlib._constructors[_hashlib.openssl_sha256], len(_hashlib._constructors))
print(repr(hashlib.md5()).startswith("<md5 _hashlib.HASH object @ 0x"))
print(repr(hashlib.shake_128()).startswith("<shake_128 _hashlib.HASHXOF object @ 0x"))

# expect: md5 0 d41d8cd98f00b204e9800998ecf8427e
# expect: md5 3 900150983cd24fb0d6963f7d28e17f72
# expect: md5 43 9e107d9d372bb6826bd81d3542a419d6
# expect: md5 10240 c3cd26e07e555c0116db237fbc06d99c
# expect: md5 HASH md5 16 64 16
# expect: sha1 0 da39a3ee5e6b4b0d3255bfef95601890
# expect: sha1 3 a9993e364706816aba3e25717850c26c
# expect: sha1 43 2fd4e1c67a2d28fced849ee1bb76e739
# expect: sha1 10240 36812e99f2d591c5114a7b09519ea9d7
# expect: sha1 HASH sha1 20 64 20
# expect: sha224 0 d14a028c2a3a2bc9476102bb288234c4
# expect: sha224 3 23097d223405d8228642a477bda255b3
# expect: sha224 43 730e109bd7a8a32b1cb9d9a09aa2325d
# expect: sha224 10240 652136ef42ac64009220eb9f5df8a561
# expect: sha224 HASH sha224 28 64 28
# expect: sha256 0 e3b0c44298fc1c149afbf4c8996fb924
# expect: sha256 3 ba7816bf8f01cfea414140de5dae2223
# expect: sha256 43 d7a8fbb307d7809469ca9abcb0082e4f
# expect: sha256 10240 e96760a87768717bcebcfd25ddc7d46b
# expect: sha256 HASH sha256 32 64 32
# expect: sha384 0 38b060a751ac96384cd9327eb1b1e36a
# expect: sha384 3 cb00753f45a35e8bb5a03d699ac65007
# expect: sha384 43 ca737f1014a48f4c0b6dd43cb177b0af
# expect: sha384 10240 4ef24cf93ff930e285e3dc8cb285c86d
# expect: sha384 HASH sha384 48 128 48
# expect: sha512 0 cf83e1357eefb8bdf1542850d66d8007
# expect: sha512 3 ddaf35a193617abacc417349ae204131
# expect: sha512 43 07e547d9586f6a73f73fbac0435ed769
# expect: sha512 10240 ad3a2775dab72f905f9ec1b53483b2df
# expect: sha512 HASH sha512 64 128 64
# expect: sha3_224 0 6b4e03423667dbb73b6e15454f0eb1ab
# expect: sha3_224 3 e642824c3f8cf24ad09234ee7d3c766f
# expect: sha3_224 43 d15dadceaa4d5d7bb3b48f446421d542
# expect: sha3_224 10240 6912d82b6a9357d07421333df141ac35
# expect: sha3_224 HASH sha3_224 28 144 28
# expect: sha3_256 0 a7ffc6f8bf1ed76651c14756a061d662
# expect: sha3_256 3 3a985da74fe225b2045c172d6bd390bd
# expect: sha3_256 43 69070dda01975c8c120c3aada1b28239
# expect: sha3_256 10240 9decd08dec8ee6a9b092f56fc86ef044
# expect: sha3_256 HASH sha3_256 32 136 32
# expect: sha3_384 0 0c63a75b845e4f7d01107d852e4c2485
# expect: sha3_384 3 ec01498288516fc926459f58e2c6ad8d
# expect: sha3_384 43 7063465e08a93bce31cd89d2e3ca8f60
# expect: sha3_384 10240 696c27a67945bf1eac92c08e3c73cb0d
# expect: sha3_384 HASH sha3_384 48 104 48
# expect: sha3_512 0 a69f73cca23a9ac5c8b567dc185a756e
# expect: sha3_512 3 b751850b1a57168a5693cd924b6b096e
# expect: sha3_512 43 01dedd5de4ef14642445ba5f5b97c15e
# expect: sha3_512 10240 1568bcbb43d840b136a9862bdad42b3a
# expect: sha3_512 HASH sha3_512 64 72 64
# expect: shake_128 HASHXOF shake_128 0 168
# expect: True 5881092dd818bf5cf8a3ddb793fbcba74097d5c5 b'X\x81\t-\xd8'
# expect: 588109 5881092dd818bf5cf8a3
# expect: shake_256 HASHXOF shake_256 0 136
# expect: True 483366601360a8771c6863080cc4114d8db44530 b'H3f`\x13'
# expect: 483366 483366601360a8771c68
# expect: SHA256 sha256 ba7816bf8f01cfea414140de
# expect: sha512_256 sha512_256 53048e2681941ef99b2e29b7
# expect: sha512_224 sha512_224 4634270f707b6a54daae7530
# expect: md5-sha1 md5-sha1 900150983cd24fb0d6963f7d
# expect: ripemd160 ripemd160 8eb208f7e05d987a9b044a8e
# expect: sm3 sm3 66c7f0f462eeedd9d1f2d46b
# expect: SHA3-256 sha3_256 3a985da74fe225b2045c172d
# expect: ba7816bf8f01cfea bef57ec7f53a6d40 bef57ec7f53a6d40
# expect: True True
# expect: 2d8e1bec7cd9bdad d60ed049ae203784 HASHXOF
# expect: True
# expect: a9993e364706
# expect: 900150983cd2
# expect: 900150983cd2 900150983cd2
# expect: b34c1705f91f5cf4789fdf40f9d7433c b34c1705f91f5cf4789fdf40f9d7433c
# expect: file_digest ['blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256']
# expect: HASH HASH HMAC
# expect: True 0
# expect: True frozenset
# expect: sha256 12
# expect: True
# expect: True

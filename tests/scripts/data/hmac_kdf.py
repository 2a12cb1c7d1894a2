# hmac.py over _hashlib's HMAC objects; pbkdf2_hmac, scrypt, compare_digest.
import hashlib
import hmac
import _hashlib

key, msg = b"key", b"The quick brown fox jumps over the lazy dog"
for d in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha512_256"]:
    h = hmac.new(key, msg, d)
    print(d, h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
    assert hmac.digest(key, msg, d) == h.digest()
    assert _hashlib.hmac_digest(key, msg, d) == h.digest()

# digestmod as a constructor, a module-like object, a callable
print(hmac.new(key, msg, hashlib.sha256).hexdigest()[:16])
print(hmac.new(key, msg, _hashlib.openssl_sha256).hexdigest()[:16])
print(hmac.new(key, msg, digestmod=lambda d=b"": hashlib.sha1(d)).hexdigest()[:16])
print(hmac.digest(key, msg, hashlib.md5).hex()[:16])

# incremental, copies, long keys, empty keys, large messages
h = hmac.new(b"k" * 200, digestmod="sha256")
c = h.copy()
for i in range(0, len(msg), 5):
    h.update(msg[i:i + 5])
print(h.hexdigest()[:16], hmac.new(b"k" * 200, msg, "sha256").hexdigest()[:16], c.hexdigest()[:16])
print(hmac.new(b"", b"", "md5").hexdigest())
big = bytes(range(256)) * 5000
print(hmac.new(key, big, "sha512").hexdigest()[:32])
m = _hashlib.hmac_new(key, digestmod="sha1")
m.update(msg)
m2 = m.copy()
m2.update(b"more")
print(m.name, m.digest_size, m.block_size, m.hexdigest()[:16], m2.hexdigest()[:16], type(m).__name__)
print(repr(m).startswith("<sha1 HMAC object @ 0x"))
print(type(hmac.new(key, digestmod="sha256")._hmac).__name__ if hasattr(hmac.new(key, digestmod="sha256"), "_hmac") else "no _hmac")

# PBKDF2 (RFC 6070 vectors) and scrypt (RFC 7914 vectors)
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword", b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha512", bytearray(b"pw"), memoryview(b"salt"), 3, dklen=10).hex())
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex()[:64])
print(len(hashlib.scrypt(b"p", salt=b"s", n=2, r=1, p=1)))

# compare_digest
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"ab", b"abc"))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest("", ""), hmac.compare_digest(bytearray(b"x"), b"x"))
print(_hashlib.compare_digest(memoryview(b"xyz"), b"xyz"))

# expect: md5 hmac-md5 16 64 80070713463e7749b90c2dc24911e275
# expect: sha1 hmac-sha1 20 64 de7c9b85b8b78aa6bc8a7a36f70a9070
# expect: sha224 hmac-sha224 28 64 88ff8b54675d39b8f72322e65ff945c5
# expect: sha256 hmac-sha256 32 64 f7bc83f430538424b13298e6aa6fb143
# expect: sha384 hmac-sha384 48 128 d7f4727e2c0b39ae0f1e40cc96f60242
# expect: sha512 hmac-sha512 64 128 b42af09057bac1e2d41708e48a902e09
# expect: sha3_256 hmac-sha3_256 32 136 8c6e0683409427f8931711b10ca92a50
# expect: sha512_256 hmac-sha512_256 32 128 7fb65e03577da9151a1016e9c2e514d4
# expect: f7bc83f430538424
# expect: f7bc83f430538424
# expect: de7c9b85b8b78aa6
# expect: 80070713463e7749
# expect: 86522d64cfd7d3d2 86522d64cfd7d3d2 d6b741e89f8f89ac
# expect: 74e6f7298a9c2d168935f58c001bad88
# expect: e701857486df8e52eb20dfb7a4ccf2e7
# expect: hmac-sha1 20 64 de7c9b85b8b78aa6 aea2f64f0c077c7e HMAC
# expect: True
# expect: HMAC
# expect: 0c60c80f961f0e71f3a9b524af6012062fe037a6
# expect: 4b007901b765489abead49d926f721d065a429c1
# expect: 3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038
# expect: ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43
# expect: 6a7be24f5b46c5c3769d
# expect: 77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906
# expect: fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162
# expect: 64
# expect: True False False
# expect: True True True
# expect: True

# _hashlib, hashlib and hmac: argument checking with CPython's messages.
import hashlib
import hmac
import _hashlib


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", repr(r)[:60])

h = hashlib.sha256()
x = hashlib.shake_128()
show(lambda: hashlib.sha256("text"))
show(lambda: hashlib.sha256(42))
show(lambda: h.update("text"))
show(lambda: h.update(3))
show(lambda: h.update())
show(lambda: h.update(b"a", b"b"))
show(lambda: h.update(data=b"a"))
show(lambda: h.digest(1))
show(lambda: h.hexdigest(x=1))
show(lambda: h.copy(1))
show(lambda: x.digest())
show(lambda: x.hexdigest("3"))
show(lambda: x.digest(2**70))
show(lambda: x.update("s"))
show(lambda: hashlib.new("nope"))
show(lambda: hashlib.new(42))
show(lambda: _hashlib.new("nope"))
show(lambda: _hashlib.new(b"md5"))
show(lambda: _hashlib.new())
show(lambda: _hashlib.openssl_md5(b"a", b"b"))
show(lambda: _hashlib.openssl_sha256(foo=1))
show(lambda: hashlib.md5(memoryview(b"abcd").cast("B", (2, 2))).hexdigest())
show(lambda: h.__reduce_ex__(2))
show(lambda: _hashlib.HASH())
show(lambda: h.name.upper())
show(lambda: setattr(h, "name", "x"))

show(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 0))
show(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, 0))
show(lambda: hashlib.pbkdf2_hmac("sha256", "p", b"s", 1))
show(lambda: hashlib.pbkdf2_hmac(b"sha256", b"p", b"s", 1))
show(lambda: hashlib.pbkdf2_hmac("nope", b"p", b"s", 1))
show(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 2**40))
show(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1.5))
show(lambda: hashlib.pbkdf2_hmac("sha256", b"p", b"s", 1, None))
show(lambda: hashlib.scrypt(b"p", salt=b"s", n=3, r=8, p=1))
show(lambda: hashlib.scrypt(b"p", salt=b"s", r=8, p=1))
show(lambda: hashlib.scrypt(b"p", n=2, r=8, p=1))
show(lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=8, p=1, dklen=0))
show(lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=8, p=1, maxmem=-1))
show(lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=8, p=-1))
show(lambda: hashlib.scrypt(b"p", salt=b"s", n=2, r=8, p=1, maxmem=1))
show(lambda: hashlib.scrypt(b"p", b"s", 2, 8, 1))
show(lambda: hashlib.scrypt("p", salt=b"s", n=2, r=8, p=1))

show(lambda: hmac.new(b"k"))
show(lambda: hmac.new("k", digestmod="md5"))
show(lambda: hmac.new(b"k", digestmod="nope"))
show(lambda: _hashlib.hmac_new(b"k", digestmod="nope"))
show(lambda: _hashlib.hmac_new(b"k"))
show(lambda: _hashlib.hmac_new(b"k", b"m", len))
show(lambda: _hashlib.hmac_digest(b"k", b"m", "nope"))
show(lambda: _hashlib.hmac_digest(b"k", "m", "md5"))
m = _hashlib.hmac_new(b"k", digestmod="sha1")
show(lambda: m.update("s"))
show(lambda: m.update())
show(lambda: m.digest(1))
show(lambda: m.copy(1))
show(lambda: _hashlib.HMAC())
show(lambda: m.__reduce_ex__(2))

show(lambda: hmac.compare_digest("a", b"a"))
show(lambda: hmac.compare_digest("\xe9", "\xe9"))
show(lambda: hmac.compare_digest(1, 2))
show(lambda: hmac.compare_digest(b"a"))
show(lambda: hmac.compare_digest(a=b"a", b=b"a"))
show(lambda: _hashlib.compare_digest(bytearray(b"ab"), memoryview(b"ab")))
show(lambda: _hashlib.get_fips_mode(1))

# expect: TypeError: Strings must be encoded before hashing
# expect: TypeError: object supporting the buffer API required
# expect: TypeError: Strings must be encoded before hashing
# expect: TypeError: object supporting the buffer API required
# expect: TypeError: HASH.update() takes exactly one argument (0 given)
# expect: TypeError: HASH.update() takes exactly one argument (2 given)
# expect: TypeError: HASH.update() takes no keyword arguments
# expect: TypeError: HASH.digest() takes no arguments (1 given)
# expect: TypeError: HASH.hexdigest() takes no keyword arguments
# expect: TypeError: HASH.copy() takes no arguments (1 given)
# expect: TypeError: digest() missing required argument 'length' (pos 1)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: TypeError: Strings must be encoded before hashing
# expect: ValueError: unsupported hash type nope
# expect: TypeError: name must be a string
# expect: UnsupportedDigestmodError: [digital envelope routines] unsupported
# expect: TypeError: name must be a string
# expect: TypeError: new() missing required argument 'name' (pos 1)
# expect: TypeError: openssl_md5() takes at most 1 positional argument (2 given)
# expect: TypeError: 'foo' is an invalid keyword argument for openssl_sha256()
# expect: ok 'e2fc714c4727ee9395f324cd2e7f331f'
# expect: TypeError: cannot pickle '_hashlib.HASH' object
# expect: TypeError: cannot create '_hashlib.HASH' instances
# expect: ok 'SHA256'
# expect: AttributeError: attribute 'name' of '_hashlib.HASH' objects is not writable
# expect: ValueError: iteration value must be greater than 0.
# expect: ValueError: key length must be greater than 0.
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: pbkdf2_hmac() argument 'hash_name' must be str, not bytes
# expect: UnsupportedDigestmodError: [digital envelope routines] unsupported
# expect: OverflowError: iteration value is too great.
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ok b'7,\xc9\x81RD\xc4\xa2\xb7YU\xb15\x8c\xde\t\r\x9c\x12-\x1a}\
# expect: ValueError: n must be a power of 2.
# expect: TypeError: n is required and must be an unsigned int
# expect: TypeError: salt is required
# expect: ValueError: dklen must be greater than 0 and smaller than 2147483647
# expect: ValueError: maxmem must be positive and smaller than 2147483647
# expect: TypeError: p is required and must be an unsigned int
# expect: ValueError: [digital envelope routines] memory limit exceeded
# expect: TypeError: scrypt() takes exactly 1 positional argument (5 given)
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: Missing required parameter 'digestmod'.
# expect: TypeError: key: expected bytes or bytearray, but got 'str'
# expect: ValueError: unsupported hash type nope
# expect: UnsupportedDigestmodError: [digital envelope routines] unsupported
# expect: TypeError: Missing required parameter 'digestmod'.
# expect: UnsupportedDigestmodError: Unsupported digestmod <built-in function len>
# expect: UnsupportedDigestmodError: [digital envelope routines] unsupported
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: Strings must be encoded before hashing
# expect: TypeError: update() missing required argument 'msg' (pos 1)
# expect: TypeError: HMAC.digest() takes no arguments (1 given)
# expect: TypeError: HMAC.copy() takes no arguments (1 given)
# expect: TypeError: cannot create '_hashlib.HMAC' instances
# expect: TypeError: cannot pickle '_hashlib.HMAC' object
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: comparing strings with non-ASCII characters is not supported
# expect: TypeError: unsupported operand types(s) or combination of types: 'int' and 'int'
# expect: TypeError: compare_digest expected 2 arguments, got 1
# expect: TypeError: _hashlib.compare_digest() takes no keyword arguments
# expect: ok True
# expect: TypeError: _hashlib.get_fips_mode() takes no arguments (1 given)

# _blake2: argument checking with CPython's messages.
import _blake2
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", repr(r)[:70])
for T in (_blake2.blake2b, _blake2.blake2s):
    show(lambda: T(digest_size=0))
    show(lambda: T(digest_size=65))
    show(lambda: T(digest_size=1.0))
    show(lambda: T(key=b"k"*65))
    show(lambda: T(key="k"))
    show(lambda: T(salt=b"s"*17))
    show(lambda: T(person=b"s"*17))
    show(lambda: T(fanout=-1))
    show(lambda: T(fanout=256))
    show(lambda: T(depth=0))
    show(lambda: T(depth=256))
    show(lambda: T(leaf_size=-1))
    show(lambda: T(leaf_size=2**32))
    show(lambda: T(leaf_size=2**64))
    show(lambda: T(node_offset=-1))
    show(lambda: T(node_offset=2**48).digest_size)
    show(lambda: T(node_offset=2**64))
    show(lambda: T(node_depth=-1))
    show(lambda: T(node_depth=256))
    show(lambda: T(inner_size=-1))
    show(lambda: T(inner_size=65))
    show(lambda: T(b"a", b"b"))
    show(lambda: T(data=b"a"))
    show(lambda: T("s"))
    show(lambda: T(foo=1))
    show(lambda: T().update("s"))
    show(lambda: T().update())
    show(lambda: T().update(data=b"x"))
    show(lambda: T().digest(1))
    show(lambda: T(last_node=2).hexdigest()[:10])
    show(lambda: T(fanout=True).hexdigest()[:10])
    show(lambda: T(leaf_size=2.0))
    show(lambda: T(node_offset=2.0))
    show(lambda: T(salt="x"))
    h = T(b"x")
    print(T.__name__, T.__module__, h.name, h.digest_size, h.block_size, T.SALT_SIZE, T.PERSON_SIZE, T.MAX_KEY_SIZE, T.MAX_DIGEST_SIZE)
print([n for n in dir(_blake2) if not n.startswith("__")])
show(lambda: type("X", (_blake2.blake2b,), {}))
print(repr(_blake2.blake2b()).startswith("<_blake2.blake2b object at"))

# expect: ValueError: digest_size must be between 1 and 64 bytes
# expect: ValueError: digest_size must be between 1 and 64 bytes
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ValueError: maximum key length is 64 bytes
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: maximum salt length is 16 bytes
# expect: ValueError: maximum person length is 16 bytes
# expect: ValueError: fanout must be between 0 and 255
# expect: ValueError: fanout must be between 0 and 255
# expect: ValueError: depth must be between 1 and 255
# expect: ValueError: depth must be between 1 and 255
# expect: ValueError: value must be positive
# expect: OverflowError: leaf_size is too large
# expect: OverflowError: Python int too large to convert to C unsigned long
# expect: ValueError: value must be positive
# expect: ok 64
# expect: OverflowError: int too big to convert
# expect: ValueError: node_depth must be between 0 and 255
# expect: ValueError: node_depth must be between 0 and 255
# expect: ValueError: inner_size must be between 0 and is 64
# expect: ValueError: inner_size must be between 0 and is 64
# expect: TypeError: blake2b() takes at most 1 positional argument (2 given)
# expect: TypeError: 'data' is an invalid keyword argument for blake2b()
# expect: TypeError: Strings must be encoded before hashing
# expect: TypeError: 'foo' is an invalid keyword argument for blake2b()
# expect: TypeError: Strings must be encoded before hashing
# expect: TypeError: blake2b.update() takes exactly one argument (0 given)
# expect: TypeError: blake2b.update() takes no keyword arguments
# expect: TypeError: blake2b.digest() takes no arguments (1 given)
# expect: ok '05cc8cc531'
# expect: ok '786a02f742'
# expect: TypeError: an integer is required
# expect: TypeError: an integer is required
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: blake2b _blake2 blake2b 64 128 16 16 64 64
# expect: ValueError: digest_size must be between 1 and 32 bytes
# expect: ValueError: digest_size must be between 1 and 32 bytes
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ValueError: maximum key length is 32 bytes
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: ValueError: maximum salt length is 8 bytes
# expect: ValueError: maximum person length is 8 bytes
# expect: ValueError: fanout must be between 0 and 255
# expect: ValueError: fanout must be between 0 and 255
# expect: ValueError: depth must be between 1 and 255
# expect: ValueError: depth must be between 1 and 255
# expect: ValueError: value must be positive
# expect: OverflowError: leaf_size is too large
# expect: OverflowError: Python int too large to convert to C unsigned long
# expect: ValueError: value must be positive
# expect: OverflowError: node_offset is too large
# expect: OverflowError: int too big to convert
# expect: ValueError: node_depth must be between 0 and 255
# expect: ValueError: node_depth must be between 0 and 255
# expect: ValueError: inner_size must be between 0 and is 32
# expect: ValueError: inner_size must be between 0 and is 32
# expect: TypeError: blake2s() takes at most 1 positional argument (2 given)
# expect: TypeError: 'data' is an invalid keyword argument for blake2s()
# expect: TypeError: Strings must be encoded before hashing
# expect: TypeError: 'foo' is an invalid keyword argument for blake2s()
# expect: TypeError: Strings must be encoded before hashing
# expect: TypeError: blake2s.update() takes exactly one argument (0 given)
# expect: TypeError: blake2s.update() takes no keyword arguments
# expect: TypeError: blake2s.digest() takes no arguments (1 given)
# expect: ok '24fc113c3d'
# expect: ok '69217a3079'
# expect: TypeError: an integer is required
# expect: TypeError: an integer is required
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: blake2s _blake2 blake2s 32 64 8 8 32 32
# expect: ['BLAKE2B_MAX_DIGEST_SIZE', 'BLAKE2B_MAX_KEY_SIZE', 'BLAKE2B_PERSON_SIZE', 'BLAKE2B_SALT_SIZE', 'BLAKE2S_MAX_DIGEST_SIZE', 'BLAKE2S_MAX_KEY_SIZE', 'BLAKE2S_PERSON_SIZE', 'BLAKE2S_SALT_SIZE', 'blake2b', 'blake2s']
# expect: TypeError: type '_blake2.blake2b' is not an acceptable base type
# expect: True

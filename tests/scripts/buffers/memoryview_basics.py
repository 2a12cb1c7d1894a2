# memoryview over bytes and bytearray: attributes, indexing, strided slices,
# writing through to the exporter, tobytes/tolist/hex, comparison, hashing,
# iteration, release and the context manager.
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def attrs(m):
    return (m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly,
            m.c_contiguous, m.f_contiguous, m.contiguous)

m = memoryview(b"abcdef")
print(attrs(m), m.obj, len(m), m[0], m[-1], m[True])
print(m[1:4].tobytes(), m[::2].tolist(), bytes(m[4:]), m[::-1].tobytes(), m[5:1:-2].tolist(), m[-100:100].tobytes())
print(attrs(m[::2]), attrs(m[::-1]), attrs(m[3:3]), m[::2].obj is m.obj)
print(m.tobytes(), m.tobytes("A"), m.tobytes(order="F"), m.tobytes(None), m.hex(), m.hex(":"), m[::2].hex("-", 2), m.tolist())
print(list(m[:3]), list(reversed(m)), 99 in m, b"a" in m, memoryview(b"")[:0].tolist())
for label, fn in (("index", lambda: m[6]), ("neg index", lambda: m[-7]), ("float", lambda: m[1.0]), ("none", lambda: m[None]),
                  ("str", lambda: m["a"]), ("big", lambda: m[2 ** 70]), ("step 0", lambda: m[::0]), ("tuple 2", lambda: m[1, 2]),
                  ("empty tuple", lambda: m[()]), ("ellipsis", lambda: m[...]), ("multislice", lambda: m[1:2, 1:2]),
                  ("write ro", lambda: m.__setitem__(0, 1)), ("del ro", lambda: m.__delitem__(0)),
                  ("tobytes order", lambda: m.tobytes("X")), ("tobytes type", lambda: m.tobytes(1)),
                  ("tolist arg", lambda: m.tolist(1)), ("index attr", lambda: m.index), ("ctor none", lambda: memoryview()),
                  ("ctor two", lambda: memoryview(b"x", b"y")), ("ctor str", lambda: memoryview("abc")),
                  ("ctor int", lambda: memoryview(1)), ("ctor list", lambda: memoryview([1])),
                  ("ctor kw", lambda: memoryview(object=b"kw").tobytes()),
                  ("subclass", lambda: type("M", (memoryview,), {}))):
    attempt(label + ":", fn)

buf = bytearray(b"0123456789")
w = memoryview(buf)
w[0] = ord("A")
w[2:5] = b"xyz"
sub = w[6:]
sub[::2] = b"__"
w[-1:] = memoryview(b"!")
print(buf, w.readonly, sub.obj is buf, len(sub), attrs(sub))
w[1:4] = w[0:3]
print("overlap forward", buf)
w[0:3] = w[1:4]
print("overlap backward", buf)
w[::-1] = bytes(w)
print("reversed copy", buf)
w[0:3] = memoryview(b"abcdef")[::2]
print("strided source", buf)
w[(1,)] = 90
print("tuple index", buf)
for label, fn in (("size change", lambda: w.__setitem__(slice(0, 2), b"q")), ("value range", lambda: w.__setitem__(0, 300)),
                  ("value type", lambda: w.__setitem__(0, "a")), ("value float", lambda: w.__setitem__(0, 1.5)),
                  ("slice str", lambda: w.__setitem__(slice(0, 2), "ab")), ("slice int", lambda: w.__setitem__(slice(0, 2), 5)),
                  ("slice format", lambda: w.__setitem__(slice(0, 4), memoryview(bytearray(4)).cast("i"))),
                  ("slice signed", lambda: w.__setitem__(slice(0, 4), memoryview(bytearray(4)).cast("b"))),
                  ("key float", lambda: w.__setitem__(1.5, 1)), ("key ellipsis", lambda: w.__setitem__(..., 1)),
                  ("key empty tuple", lambda: w.__setitem__((), 1)), ("del", lambda: w.__delitem__(0)),
                  ("toreadonly", lambda: w.toreadonly().__setitem__(0, 1))):
    attempt(label + ":", fn)
print(w.toreadonly().readonly, w.readonly, w.toreadonly().tobytes() == bytes(buf))

print("eq", memoryview(b"ab") == b"ab", memoryview(b"ab") == bytearray(b"ab"), memoryview(b"ab") == memoryview(bytearray(b"ab")),
      b"ab" == memoryview(b"ab"), memoryview(b"ab") != b"ab", memoryview(b"ab") == "ab", memoryview(b"ab") == [97, 98],
      memoryview(b"ac") == memoryview(b"abcd")[::2], memoryview(b"ab") == memoryview(b"abc"), memoryview(b"ab") == 1)
attempt("lt:", lambda: memoryview(b"ab") < b"ab")
print("eq dunder", memoryview(b"ab").__eq__(1), memoryview(b"ab").__lt__(b"ab"), memoryview(b"ab").__ne__(b"ab"))
print("hash", hash(memoryview(b"ab")) == hash(b"ab"), hash(memoryview(b"abcd")[::2]) == hash(b"ac"),
      hash(memoryview(b"ab").cast("c")) == hash(b"ab"), hash(memoryview(b"ab").cast("b")) == hash(b"ab"),
      {memoryview(b"k"): 1}[b"k"])
attempt("hash writable:", lambda: hash(memoryview(bytearray(b"ab"))))
attempt("hash readonly of bytearray:", lambda: hash(memoryview(bytearray(b"ab")).toreadonly()))
attempt("hash format:", lambda: hash(memoryview(b"ab").cast("h")))

with memoryview(bytearray(b"tmp")) as tm:
    print("in with", tm.tobytes(), tm.hex(), tm.hex(":"), tm.__enter__() is tm)
print(repr(tm).startswith("<released memory at 0x"), repr(memoryview(b"")).startswith("<memory at 0x"), str(tm) == repr(tm))
for name in ("obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides", "suboffsets", "c_contiguous",
             "f_contiguous", "contiguous"):
    attempt("released " + name + ":", lambda: getattr(tm, name))
for label, fn in (("item", lambda: tm[0]), ("slice", lambda: tm[0:1]), ("len", lambda: len(tm)),
                  ("tobytes", lambda: tm.tobytes()), ("tolist", lambda: tm.tolist()), ("hex", lambda: tm.hex()),
                  ("cast", lambda: tm.cast("B")), ("toreadonly", lambda: tm.toreadonly()), ("enter", lambda: tm.__enter__()),
                  ("hash", lambda: hash(tm)), ("bytes", lambda: bytes(tm)), ("memoryview", lambda: memoryview(tm)),
                  ("release again", lambda: tm.release()), ("exit again", lambda: tm.__exit__(None, None, None)),
                  ("eq self", lambda: tm == tm), ("eq other", lambda: tm == memoryview(b"tmp")), ("setitem", lambda: tm.__setitem__(0, 1))):
    attempt("released " + label + ":", fn)
it = iter(memoryview(b"xyz"))
print(next(it), list(it), list(it))
src = memoryview(bytearray(b"abc"))
it = iter(src)
print(next(it))
src.release()
attempt("iter after release:", lambda: next(it))
print(memoryview(b"abc").__exit__(1, 2, 3, 4, 5), memoryview(memoryview(b"nested")).obj)
# expect: ('B', 1, 6, 1, (6,), (1,), (), True, True, True, True) b'abcdef' 6 97 102 98
# expect: b'bcd' [97, 99, 101] b'ef' b'fedcba' [102, 100] b'abcdef'
# expect: ('B', 1, 3, 1, (3,), (2,), (), True, False, False, False) ('B', 1, 6, 1, (6,), (-1,), (), True, False, False, False) ('B', 1, 0, 1, (0,), (1,), (), True, True, True, True) True
# expect: b'abcdef' b'abcdef' b'abcdef' b'abcdef' 616263646566 61:62:63:64:65:66 61-6365 [97, 98, 99, 100, 101, 102]
# expect: [97, 98, 99] [102, 101, 100, 99, 98, 97] True False []
# expect: index: -> IndexError: index out of bounds on dimension 1
# expect: neg index: -> IndexError: index out of bounds on dimension 1
# expect: float: -> TypeError: memoryview: invalid slice key
# expect: none: -> TypeError: memoryview: invalid slice key
# expect: str: -> TypeError: memoryview: invalid slice key
# expect: big: -> IndexError: cannot fit 'int' into an index-sized integer
# expect: step 0: -> ValueError: slice step cannot be zero
# expect: tuple 2: -> TypeError: cannot index 1-dimension view with 2-element tuple
# expect: empty tuple: -> NotImplementedError: sub-views are not implemented
# expect: ellipsis: -> TypeError: memoryview: invalid slice key
# expect: multislice: -> NotImplementedError: multi-dimensional slicing is not implemented
# expect: write ro: -> TypeError: cannot modify read-only memory
# expect: del ro: -> TypeError: cannot modify read-only memory
# expect: tobytes order: -> ValueError: order must be 'C', 'F' or 'A'
# expect: tobytes type: -> TypeError: tobytes() argument 'order' must be str or None, not int
# expect: tolist arg: -> TypeError: memoryview.tolist() takes no arguments (1 given)
# expect: index attr: -> AttributeError: 'memoryview' object has no attribute 'index'
# expect: ctor none: -> TypeError: memoryview() missing required argument 'object' (pos 1)
# expect: ctor two: -> TypeError: memoryview() takes at most 1 argument (2 given)
# expect: ctor str: -> TypeError: memoryview: a bytes-like object is required, not 'str'
# expect: ctor int: -> TypeError: memoryview: a bytes-like object is required, not 'int'
# expect: ctor list: -> TypeError: memoryview: a bytes-like object is required, not 'list'
# expect: ctor kw: b'kw'
# expect: subclass: -> TypeError: type 'memoryview' is not an acceptable base type
# expect: bytearray(b'A1xyz5_7_!') False True 4 ('B', 1, 4, 1, (4,), (1,), (), False, True, True, True)
# expect: overlap forward bytearray(b'AA1xz5_7_!')
# expect: overlap backward bytearray(b'A1xxz5_7_!')
# expect: reversed copy bytearray(b'!_7_5zxx1A')
# expect: strided source bytearray(b'ace_5zxx1A')
# expect: tuple index bytearray(b'aZe_5zxx1A')
# expect: size change: -> ValueError: memoryview assignment: lvalue and rvalue have different structures
# expect: value range: -> ValueError: memoryview: invalid value for format 'B'
# expect: value type: -> TypeError: memoryview: invalid type for format 'B'
# expect: value float: -> TypeError: memoryview: invalid type for format 'B'
# expect: slice str: -> TypeError: a bytes-like object is required, not 'str'
# expect: slice int: -> TypeError: a bytes-like object is required, not 'int'
# expect: slice format: -> ValueError: memoryview assignment: lvalue and rvalue have different structures
# expect: slice signed: -> ValueError: memoryview assignment: lvalue and rvalue have different structures
# expect: key float: -> TypeError: memoryview: invalid slice key
# expect: key ellipsis: -> TypeError: memoryview: invalid slice key
# expect: key empty tuple: -> NotImplementedError: sub-views are not implemented
# expect: del: -> TypeError: cannot delete memory
# expect: toreadonly: -> TypeError: cannot modify read-only memory
# expect: True False True
# expect: eq True True True True False False False True False False
# expect: lt: -> TypeError: '<' not supported between instances of 'memoryview' and 'bytes'
# expect: eq dunder NotImplemented NotImplemented False
# expect: hash True True True True 1
# expect: hash writable: -> ValueError: cannot hash writable memoryview object
# expect: hash readonly of bytearray: -> TypeError: unhashable type: 'bytearray'
# expect: hash format: -> ValueError: memoryview: hashing is restricted to formats 'B', 'b' or 'c'
# expect: in with b'tmp' 746d70 74:6d:70 True
# expect: True True True
# expect: released obj: -> ValueError: operation forbidden on released memoryview object
# expect: released nbytes: -> ValueError: operation forbidden on released memoryview object
# expect: released readonly: -> ValueError: operation forbidden on released memoryview object
# expect: released itemsize: -> ValueError: operation forbidden on released memoryview object
# expect: released format: -> ValueError: operation forbidden on released memoryview object
# expect: released ndim: -> ValueError: operation forbidden on released memoryview object
# expect: released shape: -> ValueError: operation forbidden on released memoryview object
# expect: released strides: -> ValueError: operation forbidden on released memoryview object
# expect: released suboffsets: -> ValueError: operation forbidden on released memoryview object
# expect: released c_contiguous: -> ValueError: operation forbidden on released memoryview object
# expect: released f_contiguous: -> ValueError: operation forbidden on released memoryview object
# expect: released contiguous: -> ValueError: operation forbidden on released memoryview object
# expect: released item: -> ValueError: operation forbidden on released memoryview object
# expect: released slice: -> ValueError: operation forbidden on released memoryview object
# expect: released len: -> ValueError: operation forbidden on released memoryview object
# expect: released tobytes: -> ValueError: operation forbidden on released memoryview object
# expect: released tolist: -> ValueError: operation forbidden on released memoryview object
# expect: released hex: -> ValueError: operation forbidden on released memoryview object
# expect: released cast: -> ValueError: operation forbidden on released memoryview object
# expect: released toreadonly: -> ValueError: operation forbidden on released memoryview object
# expect: released enter: -> ValueError: operation forbidden on released memoryview object
# expect: released hash: -> ValueError: operation forbidden on released memoryview object
# expect: released bytes: -> ValueError: operation forbidden on released memoryview object
# expect: released memoryview: -> ValueError: operation forbidden on released memoryview object
# expect: released release again: None
# expect: released exit again: None
# expect: released eq self: True
# expect: released eq other: False
# expect: released setitem: -> ValueError: operation forbidden on released memoryview object
# expect: 120 [121, 122] []
# expect: 97
# expect: iter after release: -> ValueError: operation forbidden on released memoryview object
# expect: None b'nested'

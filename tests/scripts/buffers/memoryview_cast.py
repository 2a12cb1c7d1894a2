# memoryview.cast: every native format, N-dimensional shapes, indexing with
# tuples, strides of slices of N-d views, tobytes in C and Fortran order,
# item packing rules and their errors, comparison by value across formats.
import sys

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def attrs(m):
    return (m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides, m.c_contiguous, m.f_contiguous)

little = sys.byteorder == "little"
raw = bytes(range(1, 17))
for fmt in ("B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "?", "P", "@B", "@i"):
    v = memoryview(raw).cast(fmt)
    items = v.tolist()
    if fmt in "fd":
        items = [round(x, 30) for x in items]
    print(fmt, attrs(v), items if little or v.itemsize == 1 else "(big endian)")

m = memoryview(bytearray(range(24)))
g = m.cast("B", (2, 3, 4))
print(attrs(g), g.tolist())
print(g[1, 2, 3], g[-1, -1, -1], g[0, 1, 2], len(g), attrs(g[1:]), g[1:].tolist(), g[::-1].tolist()[0][0])
print(attrs(g[::-1]), g[::-1].tobytes()[:8], g[::2].tobytes())
h = memoryview(bytes(range(8))).cast("B", (4, 2))
print(h[::2].tobytes(), h[::2].tobytes("F"), h[::2].tobytes("A"), h[::2].hex(), h.tobytes("F"), attrs(h[::2]))
print(attrs(memoryview(bytes(8)).cast("B", (1, 8))), attrs(memoryview(bytes(8)).cast("B", (8, 1))))
flat = g.cast("B")
print(attrs(flat), flat[23], g.cast("c").shape, g.cast("i").shape, g.cast("i").tolist()[0] == int.from_bytes(bytes(range(4)), sys.byteorder))
g[1, 2, 3] = 200
print(m[23], g[1, 2, 3])
zero = memoryview(b"a").cast("B", ())
print(attrs(zero), zero[()], zero[...] is zero, zero.tolist(), len(zero), zero.tobytes())
wz = memoryview(bytearray(b"a")).cast("B", ())
wz[()] = 7
wz[...] = 8
print(wz.tolist(), wz.obj)
for label, fn in (("0-dim index", lambda: zero[0]), ("0-dim iter", lambda: iter(zero)), ("0-dim list", lambda: list(zero)),
                  ("0-dim set", lambda: wz.__setitem__(0, 1)), ("0-dim del", lambda: wz.__delitem__(())),
                  ("nd int index", lambda: g[0]), ("nd short tuple", lambda: g[0, 1]), ("nd long tuple", lambda: g[0, 1, 2, 3]),
                  ("nd bounds", lambda: g[0, 5, 0]), ("nd bounds first", lambda: g[2, 0, 0]), ("nd iter", lambda: list(g)),
                  ("nd multislice", lambda: g[0:1, 0:1]), ("nd set int", lambda: g.__setitem__(0, 1)),
                  ("nd set short", lambda: g.__setitem__((0,), 1)), ("nd set slice", lambda: g.__setitem__(slice(0, 1), b"x")),
                  ("nd set multislice", lambda: g.__setitem__((slice(0, 1),), 1)), ("nd float key", lambda: g[1.0, 0, 0]),
                  ("nd big key", lambda: g[2 ** 70, 0, 0])):
    attempt(label + ":", fn)

b6 = memoryview(bytearray(b"abcdef"))
for label, fn in (("format type", lambda: b6.cast(1)), ("format bad", lambda: b6.cast("x")), ("format order", lambda: b6.cast("<i")),
                  ("format two", lambda: b6.cast("ii")), ("format space", lambda: b6.cast(" B")), ("format e", lambda: b6.cast("e")),
                  ("not multiple", lambda: b6.cast("i")), ("shape product", lambda: b6.cast("B", (2, 2))),
                  ("shape type", lambda: b6.cast("B", 6)), ("shape zero", lambda: b6.cast("B", (0, 6))),
                  ("shape negative", lambda: b6.cast("B", (-1, -6))), ("shape str", lambda: b6.cast("B", ("a",))),
                  ("shape float", lambda: b6.cast("B", (1.5,))), ("shape big", lambda: b6.cast("B", [2 ** 70])),
                  ("shape ndim", lambda: b6.cast("B", (1,) * 65)), ("shape empty", lambda: b6.cast("B", ())),
                  ("nd to nd", lambda: b6.cast("B", (2, 3)).cast("B", (3, 2))), ("non-byte", lambda: b6.cast("h").cast("i")),
                  ("non-contiguous", lambda: b6[::2].cast("B")), ("zeros", lambda: b6[0:0].cast("B", (1,))),
                  ("no format", lambda: b6.cast()), ("three args", lambda: b6.cast("B", (6,), 1)),
                  ("kw", lambda: b6.cast(format="c", shape=[2, 3]).tolist()), ("empty 1d", lambda: b6[0:0].cast("i").tolist()),
                  ("bool shape", lambda: b6.cast("B", (True, 6)).shape), ("back to bytes", lambda: b6.cast("h").cast("b").format),
                  ("nd to 1d other format", lambda: b6.cast("B", (2, 3)).cast("c").tolist())):
    attempt("cast " + label + ":", fn)

def setting(fmt, value, size=8):
    v = memoryview(bytearray(size)).cast(fmt)
    v[0] = value
    return v[0]

class Index:
    def __index__(self):
        return 3

class Flt:
    def __float__(self):
        return 2.5

for fmt, value in (("B", 255), ("B", 256), ("B", -1), ("B", "a"), ("B", 1.5), ("B", True), ("B", Index()),
                   ("b", -128), ("b", -129), ("b", 127), ("h", -32768), ("h", 32768), ("H", 65535), ("H", -1),
                   ("i", 2 ** 31 - 1), ("i", 2 ** 31), ("i", 1.0), ("I", 2 ** 32 - 1), ("I", -1), ("q", -2 ** 63),
                   ("q", 2 ** 63), ("q", 2.0), ("Q", 2 ** 64 - 1), ("Q", 2 ** 64), ("Q", -1), ("L", 2 ** 63), ("n", -5),
                   ("N", 2 ** 64), ("P", -1), ("P", 2 ** 64 - 1), ("P", 2 ** 64), ("P", 1.0), ("f", 1.5), ("f", 1e300),
                   ("f", "1"), ("d", 1), ("d", True), ("d", 2 ** 1100), ("d", Flt()), ("d", Index()), ("d", "1"),
                   ("?", 5), ("?", []), ("?", None), ("c", b"x"), ("c", b"xy"), ("c", bytearray(b"x")), ("c", 1)):
    attempt("set %s %r:" % (fmt, value if not isinstance(value, (Index, Flt)) else type(value).__name__),
            lambda: setting(fmt, value))

print("eq formats", memoryview(b"ab") == memoryview(b"ab").cast("c"), memoryview(b"ab").cast("c") == memoryview(b"ab").cast("@c"),
      memoryview(b"ab").cast("b") == memoryview(b"ab"), memoryview(b"\xff").cast("b") == memoryview(b"\xff"),
      memoryview(b"abcd").cast("i") == memoryview(b"abcd").cast("I"), memoryview(b"abcd").cast("i") == memoryview(b"abcd").cast("f"),
      memoryview(bytes(8)).cast("i") == memoryview(bytes(8)).cast("q"), memoryview(b"ab").cast("c") == b"ab",
      memoryview(bytes(range(6))).cast("B", (2, 3)) == memoryview(bytes(range(6))).cast("B", (2, 3)),
      memoryview(bytes(range(6))).cast("B", (2, 3)) == memoryview(bytes(range(6))).cast("B", (3, 2)),
      memoryview(bytes(range(6))).cast("B", (2, 3)) == bytes(range(6)),
      memoryview(bytes(range(8))).cast("b", (2, 4)) == memoryview(bytes(range(8))).cast("B", (2, 4)))
nan = memoryview(b"\x00\x00\xc0\x7f" if little else b"\x7f\xc0\x00\x00").cast("f")
print("nan", nan[0] != nan[0], nan == nan, nan.tolist() == nan.tolist())
twos = memoryview(bytearray(b"\x01\x02")).cast("?")
print("bool items", twos.tolist(), twos == memoryview(b"\x01\x01").cast("?"))
# expect: B ('B', 1, 16, 1, (16,), (1,), True, True) [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
# expect: b ('b', 1, 16, 1, (16,), (1,), True, True) [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
# expect: c ('c', 1, 16, 1, (16,), (1,), True, True) [b'\x01', b'\x02', b'\x03', b'\x04', b'\x05', b'\x06', b'\x07', b'\x08', b'\t', b'\n', b'\x0b', b'\x0c', b'\r', b'\x0e', b'\x0f', b'\x10']
# expect: h ('h', 2, 16, 1, (8,), (2,), True, True) [513, 1027, 1541, 2055, 2569, 3083, 3597, 4111]
# expect: H ('H', 2, 16, 1, (8,), (2,), True, True) [513, 1027, 1541, 2055, 2569, 3083, 3597, 4111]
# expect: i ('i', 4, 16, 1, (4,), (4,), True, True) [67305985, 134678021, 202050057, 269422093]
# expect: I ('I', 4, 16, 1, (4,), (4,), True, True) [67305985, 134678021, 202050057, 269422093]
# expect: l ('l', 8, 16, 1, (2,), (8,), True, True) [578437695752307201, 1157159078456920585]
# expect: L ('L', 8, 16, 1, (2,), (8,), True, True) [578437695752307201, 1157159078456920585]
# expect: q ('q', 8, 16, 1, (2,), (8,), True, True) [578437695752307201, 1157159078456920585]
# expect: Q ('Q', 8, 16, 1, (2,), (8,), True, True) [578437695752307201, 1157159078456920585]
# expect: n ('n', 8, 16, 1, (2,), (8,), True, True) [578437695752307201, 1157159078456920585]
# expect: N ('N', 8, 16, 1, (2,), (8,), True, True) [578437695752307201, 1157159078456920585]
# expect: f ('f', 4, 16, 1, (4,), (4,), True, True) [0.0, 0.0, 0.0, 2.8e-29]
# expect: d ('d', 8, 16, 1, (2,), (8,), True, True) [0.0, 0.0]
# expect: ? ('?', 1, 16, 1, (16,), (1,), True, True) [True, True, True, True, True, True, True, True, True, True, True, True, True, True, True, True]
# expect: P ('P', 8, 16, 1, (2,), (8,), True, True) [578437695752307201, 1157159078456920585]
# expect: @B ('@B', 1, 16, 1, (16,), (1,), True, True) [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
# expect: @i ('@i', 4, 16, 1, (4,), (4,), True, True) [67305985, 134678021, 202050057, 269422093]
# expect: ('B', 1, 24, 3, (2, 3, 4), (12, 4, 1), True, False) [[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]], [[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]]
# expect: 23 23 6 2 ('B', 1, 12, 3, (1, 3, 4), (12, 4, 1), True, False) [[[12, 13, 14, 15], [16, 17, 18, 19], [20, 21, 22, 23]]] [12, 13, 14, 15]
# expect: ('B', 1, 24, 3, (2, 3, 4), (-12, 4, 1), False, False) b'\x0c\r\x0e\x0f\x10\x11\x12\x13' b'\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b'
# expect: b'\x00\x01\x04\x05' b'\x00\x04\x01\x05' b'\x00\x01\x04\x05' 00010405 b'\x00\x02\x04\x06\x01\x03\x05\x07' ('B', 1, 4, 2, (2, 2), (4, 1), False, False)
# expect: ('B', 1, 8, 2, (1, 8), (8, 1), True, True) ('B', 1, 8, 2, (8, 1), (1, 1), True, True)
# expect: ('B', 1, 24, 1, (24,), (1,), True, True) 23 (24,) (6,) True
# expect: 200 200
# expect: ('B', 1, 1, 0, (), (), True, True) 97 True 97 1 b'a'
# expect: 8 bytearray(b'\x08')
# expect: 0-dim index: -> TypeError: invalid indexing of 0-dim memory
# expect: 0-dim iter: -> TypeError: invalid indexing of 0-dim memory
# expect: 0-dim list: -> TypeError: invalid indexing of 0-dim memory
# expect: 0-dim set: -> TypeError: invalid indexing of 0-dim memory
# expect: 0-dim del: -> TypeError: cannot delete memory
# expect: nd int index: -> NotImplementedError: multi-dimensional sub-views are not implemented
# expect: nd short tuple: -> NotImplementedError: sub-views are not implemented
# expect: nd long tuple: -> TypeError: cannot index 3-dimension view with 4-element tuple
# expect: nd bounds: -> IndexError: index out of bounds on dimension 2
# expect: nd bounds first: -> IndexError: index out of bounds on dimension 1
# expect: nd iter: -> NotImplementedError: multi-dimensional sub-views are not implemented
# expect: nd multislice: -> NotImplementedError: multi-dimensional slicing is not implemented
# expect: nd set int: -> NotImplementedError: sub-views are not implemented
# expect: nd set short: -> NotImplementedError: sub-views are not implemented
# expect: nd set slice: -> NotImplementedError: memoryview slice assignments are currently restricted to ndim = 1
# expect: nd set multislice: -> NotImplementedError: memoryview slice assignments are currently restricted to ndim = 1
# expect: nd float key: -> TypeError: memoryview: invalid slice key
# expect: nd big key: -> IndexError: cannot fit 'int' into an index-sized integer
# expect: cast format type: -> TypeError: cast() argument 'format' must be str, not int
# expect: cast format bad: -> ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: cast format order: -> ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: cast format two: -> ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: cast format space: -> ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: cast format e: -> ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'
# expect: cast not multiple: -> TypeError: memoryview: length is not a multiple of itemsize
# expect: cast shape product: -> TypeError: memoryview: product(shape) * itemsize != buffer size
# expect: cast shape type: -> TypeError: shape must be a list or a tuple
# expect: cast shape zero: -> ValueError: memoryview.cast(): elements of shape must be integers > 0
# expect: cast shape negative: -> ValueError: memoryview.cast(): elements of shape must be integers > 0
# expect: cast shape str: -> TypeError: memoryview.cast(): elements of shape must be integers
# expect: cast shape float: -> TypeError: memoryview.cast(): elements of shape must be integers
# expect: cast shape big: -> OverflowError: Python int too large to convert to C ssize_t
# expect: cast shape ndim: -> ValueError: memoryview: number of dimensions must not exceed 64
# expect: cast shape empty: -> TypeError: memoryview: product(shape) * itemsize != buffer size
# expect: cast nd to nd: -> TypeError: memoryview: cast must be 1D -> ND or ND -> 1D
# expect: cast non-byte: -> TypeError: memoryview: cannot cast between two non-byte formats
# expect: cast non-contiguous: -> TypeError: memoryview: casts are restricted to C-contiguous views
# expect: cast zeros: -> TypeError: memoryview: cannot cast view with zeros in shape or strides
# expect: cast no format: -> TypeError: cast() missing required argument 'format' (pos 1)
# expect: cast three args: -> TypeError: cast() takes at most 2 arguments (3 given)
# expect: cast kw: [[b'a', b'b', b'c'], [b'd', b'e', b'f']]
# expect: cast empty 1d: []
# expect: cast bool shape: (1, 6)
# expect: cast back to bytes: 'b'
# expect: cast nd to 1d other format: [b'a', b'b', b'c', b'd', b'e', b'f']
# expect: set B 255: 255
# expect: set B 256: -> ValueError: memoryview: invalid value for format 'B'
# expect: set B -1: -> ValueError: memoryview: invalid value for format 'B'
# expect: set B 'a': -> TypeError: memoryview: invalid type for format 'B'
# expect: set B 1.5: -> TypeError: memoryview: invalid type for format 'B'
# expect: set B True: 1
# expect: set B 'Index': 3
# expect: set b -128: -128
# expect: set b -129: -> ValueError: memoryview: invalid value for format 'b'
# expect: set b 127: 127
# expect: set h -32768: -32768
# expect: set h 32768: -> ValueError: memoryview: invalid value for format 'h'
# expect: set H 65535: 65535
# expect: set H -1: -> ValueError: memoryview: invalid value for format 'H'
# expect: set i 2147483647: 2147483647
# expect: set i 2147483648: -> ValueError: memoryview: invalid value for format 'i'
# expect: set i 1.0: -> TypeError: memoryview: invalid type for format 'i'
# expect: set I 4294967295: 4294967295
# expect: set I -1: -> ValueError: memoryview: invalid value for format 'I'
# expect: set q -9223372036854775808: -9223372036854775808
# expect: set q 9223372036854775808: -> ValueError: memoryview: invalid value for format 'q'
# expect: set q 2.0: -> TypeError: memoryview: invalid type for format 'q'
# expect: set Q 18446744073709551615: 18446744073709551615
# expect: set Q 18446744073709551616: -> ValueError: memoryview: invalid value for format 'Q'
# expect: set Q -1: -> ValueError: memoryview: invalid value for format 'Q'
# expect: set L 9223372036854775808: 9223372036854775808
# expect: set n -5: -5
# expect: set N 18446744073709551616: -> ValueError: memoryview: invalid value for format 'N'
# expect: set P -1: 18446744073709551615
# expect: set P 18446744073709551615: 18446744073709551615
# expect: set P 18446744073709551616: -> ValueError: memoryview: invalid value for format 'P'
# expect: set P 1.0: -> TypeError: memoryview: invalid type for format 'P'
# expect: set f 1.5: 1.5
# expect: set f 1e+300: inf
# expect: set f '1': -> TypeError: memoryview: invalid type for format 'f'
# expect: set d 1: 1.0
# expect: set d True: 1.0
# expect: set d 13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376: -> ValueError: memoryview: invalid value for format 'd'
# expect: set d 'Flt': 2.5
# expect: set d 'Index': 3.0
# expect: set d '1': -> TypeError: memoryview: invalid type for format 'd'
# expect: set ? 5: True
# expect: set ? []: False
# expect: set ? None: False
# expect: set c b'x': b'x'
# expect: set c b'xy': -> ValueError: memoryview: invalid value for format 'c'
# expect: set c bytearray(b'x'): -> TypeError: memoryview: invalid type for format 'c'
# expect: set c 1: -> TypeError: memoryview: invalid type for format 'c'
# expect: eq formats False True True False True False False False True False False True
# expect: nan True False False
# expect: bool items [True, True] False

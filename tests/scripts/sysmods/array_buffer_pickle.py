# array: the buffer protocol (memoryview formats, casts, writes through views, resize refused while exported),
# pickling at every protocol and _array_reconstructor with foreign machine formats, tofile/fromfile.
import array, pickle, io, os, tempfile, struct, sys
from array import array as A
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for tc in array.typecodes:
    m = memoryview(A(tc))
    print(tc, m.format, m.itemsize, m.shape, m.strides, m.readonly, m.nbytes, m.ndim, m.contiguous)
a = A('i', [1, 2, 3])
m = memoryview(a)
print(m.tolist(), m[1], bytes(m[:1]), m.cast('B').tolist()[:4], m.cast('B').cast('h').tolist())
m[0] = 10; print(a)
show(lambda: a.append(4)); show(lambda: a.extend([1])); show(lambda: a.pop()); show(lambda: a.remove(2))
show(lambda: a.insert(0, 1)); show(lambda: a.frombytes(b'\0\0\0\0')); show(lambda: a.fromlist([1]))
def iadd(x, y): x += y; return x
def imul(x, y): x *= y; return x
def setit(x, k, v): x[k] = v
def delit(x, k): del x[k]
show(lambda: iadd(a, A('i', [1]))); show(lambda: imul(a, 2)); show(lambda: imul(a, 1)); show(lambda: delit(a, 0))
show(lambda: setit(a, slice(0, 1), A('i', [5]))); show(lambda: setit(a, slice(0, 1), A('i', [5, 6])))
show(lambda: setit(a, 1, 20)); print(a, m.tolist())
m.release(); a.append(4); print(a)
with memoryview(A('d', [1.5, 2.5])) as v:
    print(v.tolist(), v.format, bytes(v) == A('d', [1.5, 2.5]).tobytes())
show(lambda: memoryview(A('u', 'ab')).tolist())
print(bytes(A('h', [1, 2])), bytearray(A('b', [65, 66])), b''.join([A('b', [67])]), struct.unpack('2h', A('h', [7, 8])))
print(A('b', [1, 2]) == memoryview(A('b', [1, 2])), memoryview(A('b', [1, 2])) == A('b', [1, 2]))
print(A('B', b'abc').tobytes().decode(), A('h', memoryview(b'\x01\x00')), len(memoryview(A('q', [1, 2]))))
# pickling
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for x in (A('b', [-1, 2]), A('u', 'hé\U0001f600'), A('d', [0.5]), A('Q', [2**64 - 1]), A('l')):
        y = pickle.loads(pickle.dumps(x, proto))
        print(proto, y, y == x, type(y))
print(A('b', [1]).__reduce_ex__(2), A('b', [1]).__reduce_ex__(3), A('u', 'a').__reduce_ex__(4))
show(lambda: A('b').__reduce_ex__('x'))
class Sub(A):
    pass
s = Sub('h', [1, 2]); s.x = 5
for proto in (1, 4):
    t = pickle.loads(pickle.dumps(s, proto)); print(type(t).__name__, t, t.x)
print(s.__reduce_ex__(4))
# _array_reconstructor with every machine format
R = array._array_reconstructor
print(R(A, 'b', 1, b'\x01\xff'), R(A, 'B', 1, b'\x01\xff'), R(A, 'h', 3, b'\x00\x01\x80\x00'), R(A, 'i', 9, b'\xff\xff\xff\xfe'))
print(R(A, 'l', 13, b'\x00' * 7 + b'\x05'), R(A, 'L', 11, b'\xff' * 8), R(A, 'I', 10, b'\x01' + b'\x00' * 7))
print(R(A, 'f', 15, struct.pack('>f', 1.5)), R(A, 'd', 17, struct.pack('>d', -2.25)), R(A, 'd', 14, struct.pack('<f', 0.5)))
for mf, data in [(18, 'hé'.encode('utf-16-le')), (18, 'h'.encode('utf-16-le')), (19, '\U0001f600'.encode('utf-16-be')),
                 (21, 'x'.encode('utf-32-be')), (20, 'xy'.encode('utf-32-le')), (21, 'xy'.encode('utf-32-be')),
                 (21, b'\xff\xff\xff\xff\0\0\0\0'), (18, b'\x00\xd8\x00\x00')]:
    show(lambda: R(A, 'u', mf, data))
print(R(Sub, 'q', 12, b'\x02' + b'\x00' * 7), R(A, 'H', 6, b'\x01\x00\x00\x00'))
for args in [(1, 'b', 1, b''), (int, 'b', 1, b''), (A, 'x', 1, b''), (A, 'b', 22, b''), (A, 'b', -1, b''),
             (A, 'b', 1, 'x'), (A, 'h', 3, b'\x00'), (A, 'bb', 1, b''), (A, 'b', 1.0, b''), (A, 'b', 1), (A, 'b', 2**70, b''), (A, 'b', True, b'\x01')]:
    show(lambda: R(*args))
show(lambda: R(A, 'b', 1, items=b''))
# files
d = tempfile.mkdtemp()
fn = os.path.join(d, 'data')
big = A('i', range(40000))
with open(fn, 'wb') as f:
    big.tofile(f); A('b').tofile(f)
print(os.path.getsize(fn))
c = A('i')
with open(fn, 'rb') as f:
    c.fromfile(f, 39999); print(len(c), c[-1])
    show(lambda: c.fromfile(f, 5)); print(len(c), c[-1])
    show(lambda: c.fromfile(f, -1)); show(lambda: c.fromfile(f, 'x'))
    c.fromfile(f, 0)
print(c == big)
class W:
    def __init__(self): self.parts = []
    def write(self, b): self.parts.append(len(b))
w = W(); A('d', range(10000)).tofile(w); print(w.parts)
class BadRead:
    def read(self, n): return 'x' * n
show(lambda: A('b').fromfile(BadRead(), 2)); show(lambda: A('b').fromfile(io.BytesIO(b'ab'), 2))
show(lambda: A('b').tofile(None)); show(lambda: A('b').fromfile(None, 1))
os.remove(fn); os.rmdir(d)
# expect: b b 1 (0,) (1,) False 0 1 True
# expect: B B 1 (0,) (1,) False 0 1 True
# expect: u w 4 (0,) (4,) False 0 1 True
# expect: h h 2 (0,) (2,) False 0 1 True
# expect: H H 2 (0,) (2,) False 0 1 True
# expect: i i 4 (0,) (4,) False 0 1 True
# expect: I I 4 (0,) (4,) False 0 1 True
# expect: l l 8 (0,) (8,) False 0 1 True
# expect: L L 8 (0,) (8,) False 0 1 True
# expect: q q 8 (0,) (8,) False 0 1 True
# expect: Q Q 8 (0,) (8,) False 0 1 True
# expect: f f 4 (0,) (4,) False 0 1 True
# expect: d d 8 (0,) (8,) False 0 1 True
# expect: [1, 2, 3] 2 b'\x01\x00\x00\x00' [1, 0, 0, 0] [1, 0, 2, 0, 3, 0]
# expect: array('i', [10, 2, 3])
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: array('i', [10, 2, 3])
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: None
# expect: BufferError: cannot resize an array that is exporting buffers
# expect: None
# expect: array('i', [5, 20, 3]) [5, 20, 3]
# expect: array('i', [5, 20, 3, 4])
# expect: [1.5, 2.5] d True
# expect: NotImplementedError: memoryview: format w not supported
# expect: b'\x01\x00\x02\x00' bytearray(b'AB') b'C' (7, 8)
# expect: True True
# expect: abc array('h', [1, 0]) 2
# expect: 0 array('b', [-1, 2]) True <class 'array.array'>
# expect: 0 array('u', 'hé😀') True <class 'array.array'>
# expect: 0 array('d', [0.5]) True <class 'array.array'>
# expect: 0 array('Q', [18446744073709551615]) True <class 'array.array'>
# expect: 0 array('l') True <class 'array.array'>
# expect: 1 array('b', [-1, 2]) True <class 'array.array'>
# expect: 1 array('u', 'hé😀') True <class 'array.array'>
# expect: 1 array('d', [0.5]) True <class 'array.array'>
# expect: 1 array('Q', [18446744073709551615]) True <class 'array.array'>
# expect: 1 array('l') True <class 'array.array'>
# expect: 2 array('b', [-1, 2]) True <class 'array.array'>
# expect: 2 array('u', 'hé😀') True <class 'array.array'>
# expect: 2 array('d', [0.5]) True <class 'array.array'>
# expect: 2 array('Q', [18446744073709551615]) True <class 'array.array'>
# expect: 2 array('l') True <class 'array.array'>
# expect: 3 array('b', [-1, 2]) True <class 'array.array'>
# expect: 3 array('u', 'hé😀') True <class 'array.array'>
# expect: 3 array('d', [0.5]) True <class 'array.array'>
# expect: 3 array('Q', [18446744073709551615]) True <class 'array.array'>
# expect: 3 array('l') True <class 'array.array'>
# expect: 4 array('b', [-1, 2]) True <class 'array.array'>
# expect: 4 array('u', 'hé😀') True <class 'array.array'>
# expect: 4 array('d', [0.5]) True <class 'array.array'>
# expect: 4 array('Q', [18446744073709551615]) True <class 'array.array'>
# expect: 4 array('l') True <class 'array.array'>
# expect: 5 array('b', [-1, 2]) True <class 'array.array'>
# expect: 5 array('u', 'hé😀') True <class 'array.array'>
# expect: 5 array('d', [0.5]) True <class 'array.array'>
# expect: 5 array('Q', [18446744073709551615]) True <class 'array.array'>
# expect: 5 array('l') True <class 'array.array'>
# expect: (<class 'array.array'>, ('b', [1]), None) (<built-in function _array_reconstructor>, (<class 'array.array'>, 'b', 1, b'\x01'), None) (<built-in function _array_reconstructor>, (<class 'array.array'>, 'u', 20, b'a\x00\x00\x00'), None)
# expect: TypeError: __reduce_ex__ argument should be an integer
# expect: Sub Sub('h', [1, 2]) 5
# expect: Sub Sub('h', [1, 2]) 5
# expect: (<built-in function _array_reconstructor>, (<class '__main__.Sub'>, 'h', 4, b'\x01\x00\x02\x00'), {'x': 5})
# expect: array('b', [1, -1]) array('b', [1, -1]) array('H', [1, 32768]) array('i', [-2])
# expect: array('q', [5]) array('Q', [18446744073709551615]) array('Q', [1])
# expect: array('f', [1.5]) array('d', [-2.25]) array('d', [0.5])
# expect: array('u', 'hé')
# expect: ValueError: string length not a multiple of item size
# expect: array('u', '😀')
# expect: ValueError: string length not a multiple of item size
# expect: array('u', 'xy')
# expect: array('u', 'xy')
# expect: UnicodeDecodeError: 'utf-32-be' codec can't decode bytes in position 0-3: code point not in range(0x110000)
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate
# expect: Sub('q', [2]) array('I', [1])
# expect: TypeError: first argument must be a type object, not int
# expect: TypeError: int is not a subtype of array.array
# expect: ValueError: second argument must be a valid type code
# expect: ValueError: third argument must be a valid machine format code.
# expect: ValueError: third argument must be a valid machine format code.
# expect: TypeError: fourth argument should be bytes, not str
# expect: ValueError: string length not a multiple of item size
# expect: TypeError: _array_reconstructor() argument 2 must be a unicode character, not str
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: _array_reconstructor expected 4 arguments, got 3
# expect: OverflowError: Python int too large to convert to C int
# expect: array('b', [1])
# expect: TypeError: array._array_reconstructor() takes no keyword arguments
# expect: 160000
# expect: 39999 39998
# expect: EOFError: read() didn't return enough bytes
# expect: 40000 39999
# expect: ValueError: negative count
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: True
# expect: [65536, 14464]
# expect: TypeError: read() didn't return bytes
# expect: None
# expect: None
# expect: AttributeError: 'NoneType' object has no attribute 'read'

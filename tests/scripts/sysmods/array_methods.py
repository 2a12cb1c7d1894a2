# array: methods (append ... byteswap), indexing, slicing with steps, slice assignment and deletion, comparison, + * += *=.
from array import array as A
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
a = A('i', range(10))
print(a[::1 << 333], a[::-(1 << 333)], a[3::1 << 62])
print(a[0], a[-1], a[2:5], a[::2], a[::-3], a[8:2:-2], a[100:], a[-100:2], a[True])
show(lambda: a[10]); show(lambda: a[-11]); show(lambda: a['x']); show(lambda: a[1.5]); show(lambda: a[2**70])
b = A('i', range(10)); b[0] = 100; b[-1] = -5; print(b)
def setit(x, k, v): x[k] = v
def delit(x, k): del x[k]
show(lambda: setit(b, 10, 1)); show(lambda: setit(b, 'x', 1)); show(lambda: setit(b, 0, 'x')); show(lambda: delit(b, 20))
for key, val in [(slice(3, None, 1 << 333), A('i', [7])), (slice(None, None, -(1 << 333)), A('i', [6])), (slice(2, 4), A('i', [7, 8, 9])), (slice(0, 0), A('i', [1])), (slice(5, 2), A('i', [0])),
                 (slice(None, None, 2), A('i', [0] * 5)), (slice(None, None, -3), A('i', [1, 2, 3, 4])),
                 (slice(1, 8, 3), A('i', [5])), (slice(0, 3), [1]), (slice(0, 3), A('h', [1])),
                 (slice(None), None)]:
    c = A('i', range(10))
    show(lambda: setit(c, key, val) if val is not None else setit(c, key, c))
    print(c)
for key in [slice(9, None, 1 << 333), slice(None, None, -(1 << 333)), slice(0, None, 1 << 70), slice(2, 5), slice(None, None, 2), slice(None, None, -2), slice(8, 1, -3), slice(1, 100, 4), 3, -1, slice(5, 1)]:
    c = A('b', range(10)); delit(c, key); print(c)
c = A('d', [1.0, 2.0, 3.0, 2.0])
print(c.count(2.0), c.count(5), c.index(2.0), c.index(2.0, 2), c.index(2, -1), 2.0 in c, 9 in c)
show(lambda: c.index(7)); show(lambda: c.index(2.0, 2, 3)); show(lambda: c.index(2.0, 'x')); show(lambda: c.index())
c.append(4); c.extend([5, 6]); c.extend(A('d', [7])); c.extend(x for x in (8,)); c.insert(0, -1); c.insert(-2, 0.5); c.insert(100, 9); c.insert(-100, -2)
print(c)
show(lambda: c.extend(A('f', [1]))); show(lambda: c.extend(3)); show(lambda: c.append('x')); show(lambda: c.insert('x', 1))
show(lambda: c.append()); show(lambda: c.append(1, 2)); show(lambda: c.insert(1)); show(lambda: c.pop(1, 2)); show(lambda: c.pop(x=1))
print(c.pop(), c.pop(0), c.pop(-2), c)
show(lambda: c.pop(100)); show(lambda: A('b').pop()); show(lambda: c.remove(100))
c.remove(2.0); print(c); c.reverse(); print(c); c.reverse()
print(c.tolist(), A('u', 'ab').tolist(), A('b', [1, -1]).tobytes(), A('H', [1, 256]).tobytes())
e = A('h', [1, 2]); e.frombytes(b'\x03\x00'); e.frombytes(bytearray(b'\x04\x00')); e.frombytes(memoryview(b'\x05\x00')); print(e)
show(lambda: e.frombytes(b'\x01')); show(lambda: e.frombytes('ab')); show(lambda: e.frombytes(e))
e.fromlist([6, 7]); print(e); show(lambda: e.fromlist((1,))); show(lambda: e.fromlist([8, 'x'])); print(e)
u = A('u', 'hi'); u.fromunicode(' there'); print(u, u.tounicode())
show(lambda: u.fromunicode(b'x')); show(lambda: e.fromunicode('x')); show(lambda: e.tounicode())
for tc in 'bBuhHiIlLqQfd':
    x = A(tc, [1, 2] if tc != 'u' else 'ab'); y = A(tc, x); y.byteswap(); y.byteswap(); print(tc, x == y, x.tobytes() == A(tc, x.tobytes()).tobytes())
x = A('i', [1, 2]); x.byteswap(); print(x, x.buffer_info()[1], type(x.buffer_info()[0]))
x = A('h', [1, 2, 3]); print(x.__copy__(), x.__deepcopy__({}), x.__copy__() is x, x.__sizeof__() - A('h').__sizeof__())
import copy; print(copy.copy(x), copy.deepcopy(x))
# comparisons
for p, q in [(A('b', [1, 2]), A('b', [1, 2])), (A('b', [1, 2]), A('b', [1, 3])), (A('b', [1]), A('b', [1, 0])),
             (A('b', [1, 2]), A('d', [1.0, 2.0])), (A('d', [float('nan')]), A('d', [float('nan')])), (A('b'), A('B'))]:
    print([p == q, p != q, p < q, p <= q, p > q, p >= q])
print(A('b', [1]) == [1], A('b') != (), A('u', 'a') == A('u', 'a'))
show(lambda: A('b') < [1])
# + * += *=
print(A('b', [1]) + A('b', [2]), A('h', [1, 2]) * 3, 2 * A('h', [5]), A('b', [1]) * -1, A('b', [1]) * 0)
show(lambda: A('b') + A('h')); show(lambda: A('b') + [1]); show(lambda: [1] + A('b')); show(lambda: A('b') * 'x'); show(lambda: A('b') * 1.5)
g = A('i', [1]); g += A('i', [2]); g *= 2; print(g); g *= -1; print(g)
def iadd(x, y): x += y; return x
def imul(x, y): x *= y; return x
show(lambda: iadd(A('i'), [1])); show(lambda: iadd(A('i'), A('b'))); show(lambda: imul(A('i', [1]), 'x'))
h = A('b', [1, 2]); h += h; h *= 1; h[0:1] = h; print(h, len(h))
class R:
    def __radd__(self, other): return 'radd'
    def __rmul__(self, other): return 'rmul'
print(A('b') + R(), A('b') * R())
# iterators
it = iter(A('b', [1, 2, 3])); print(next(it), it.__reduce__()[1:], list(it), it.__reduce__())
it = iter(A('b', [1, 2, 3])); it.__setstate__(2); print(list(it)); it = iter(A('b', [1, 2])); it.__setstate__(-4); print(list(it))
it = iter(A('b', [1, 2])); it.__setstate__(10); print(list(it))
m = A('b', [1]); it = iter(m); m.append(2); print(list(it))
print(list(reversed(A('d', [1, 2]))), sorted(A('b', [3, 1, 2])), sum(A('d', [0.5, 0.25])), max(A('L', [2**64 - 1, 5])))
# expect: array('i', [0]) array('i', [9]) array('i', [3])
# expect: 0 9 array('i', [2, 3, 4]) array('i', [0, 2, 4, 6, 8]) array('i', [9, 6, 3, 0]) array('i', [8, 6, 4]) array('i') array('i', [0, 1]) 1
# expect: IndexError: array index out of range
# expect: IndexError: array index out of range
# expect: TypeError: array indices must be integers
# expect: TypeError: array indices must be integers
# expect: IndexError: cannot fit 'int' into an index-sized integer
# expect: array('i', [100, 1, 2, 3, 4, 5, 6, 7, 8, -5])
# expect: IndexError: array assignment index out of range
# expect: TypeError: array indices must be integers
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: IndexError: array assignment index out of range
# expect: None
# expect: array('i', [0, 1, 2, 7, 4, 5, 6, 7, 8, 9])
# expect: None
# expect: array('i', [0, 1, 2, 3, 4, 5, 6, 7, 8, 6])
# expect: None
# expect: array('i', [0, 1, 7, 8, 9, 4, 5, 6, 7, 8, 9])
# expect: None
# expect: array('i', [1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
# expect: None
# expect: array('i', [0, 1, 2, 3, 4, 0, 5, 6, 7, 8, 9])
# expect: None
# expect: array('i', [0, 1, 0, 3, 0, 5, 0, 7, 0, 9])
# expect: None
# expect: array('i', [4, 1, 2, 3, 4, 5, 2, 7, 8, 1])
# expect: ValueError: attempt to assign array of size 1 to extended slice of size 3
# expect: array('i', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
# expect: TypeError: can only assign array (not "list") to array slice
# expect: array('i', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
# expect: TypeError: bad argument type for built-in operation
# expect: array('i', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
# expect: None
# expect: array('i', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
# expect: array('b', [0, 1, 2, 3, 4, 5, 6, 7, 8])
# expect: array('b', [0, 1, 2, 3, 4, 5, 6, 7, 8])
# expect: array('b', [1, 2, 3, 4, 5, 6, 7, 8, 9])
# expect: array('b', [0, 1, 5, 6, 7, 8, 9])
# expect: array('b', [1, 3, 5, 7, 9])
# expect: array('b', [0, 2, 4, 6, 8])
# expect: array('b', [0, 1, 3, 4, 6, 7, 9])
# expect: array('b', [0, 2, 3, 4, 6, 7, 8])
# expect: array('b', [0, 1, 2, 4, 5, 6, 7, 8, 9])
# expect: array('b', [0, 1, 2, 3, 4, 5, 6, 7, 8])
# expect: array('b', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
# expect: 2 0 1 3 3 True False
# expect: ValueError: array.index(x): x not in array
# expect: ValueError: array.index(x): x not in array
# expect: TypeError: slice indices must be integers or have an __index__ method
# expect: TypeError: index expected at least 1 argument, got 0
# expect: array('d', [-2.0, -1.0, 1.0, 2.0, 3.0, 2.0, 4.0, 5.0, 6.0, 0.5, 7.0, 8.0, 9.0])
# expect: TypeError: can only extend with array of same kind
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: must be real number, not str
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: array.append() takes exactly one argument (0 given)
# expect: TypeError: array.append() takes exactly one argument (2 given)
# expect: TypeError: insert expected 2 arguments, got 1
# expect: TypeError: pop expected at most 1 argument, got 2
# expect: TypeError: array.pop() takes no keyword arguments
# expect: 9.0 -2.0 7.0 array('d', [-1.0, 1.0, 2.0, 3.0, 2.0, 4.0, 5.0, 6.0, 0.5, 8.0])
# expect: IndexError: pop index out of range
# expect: IndexError: pop from empty array
# expect: ValueError: array.remove(x): x not in array
# expect: array('d', [-1.0, 1.0, 3.0, 2.0, 4.0, 5.0, 6.0, 0.5, 8.0])
# expect: array('d', [8.0, 0.5, 6.0, 5.0, 4.0, 2.0, 3.0, 1.0, -1.0])
# expect: [-1.0, 1.0, 3.0, 2.0, 4.0, 5.0, 6.0, 0.5, 8.0] ['a', 'b'] b'\x01\xff' b'\x01\x00\x00\x01'
# expect: array('h', [1, 2, 3, 4, 5])
# expect: ValueError: bytes length not a multiple of item size
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: a bytes-like object is required
# expect: array('h', [1, 2, 3, 4, 5, 6, 7])
# expect: TypeError: arg must be list
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: array('h', [1, 2, 3, 4, 5, 6, 7])
# expect: array('u', 'hi there') hi there
# expect: TypeError: fromunicode() argument must be str, not bytes
# expect: ValueError: fromunicode() may only be called on unicode type arrays
# expect: ValueError: tounicode() may only be called on unicode type arrays
# expect: b True True
# expect: B True True
# expect: u True True
# expect: h True True
# expect: H True True
# expect: i True True
# expect: I True True
# expect: l True True
# expect: L True True
# expect: q True True
# expect: Q True True
# expect: f True True
# expect: d True True
# expect: array('i', [16777216, 33554432]) 2 <class 'int'>
# expect: array('h', [1, 2, 3]) array('h', [1, 2, 3]) False 6
# expect: array('h', [1, 2, 3]) array('h', [1, 2, 3])
# expect: [True, False, False, True, False, True]
# expect: [False, True, True, True, False, False]
# expect: [False, True, True, True, False, False]
# expect: [True, False, False, True, False, True]
# expect: [False, True, False, False, False, False]
# expect: [True, False, False, True, False, True]
# expect: False True True
# expect: TypeError: '<' not supported between instances of 'array.array' and 'list'
# expect: array('b', [1, 2]) array('h', [1, 2, 1, 2, 1, 2]) array('h', [5, 5]) array('b') array('b')
# expect: TypeError: bad argument type for built-in operation
# expect: TypeError: can only append array (not "list") to array
# expect: TypeError: can only concatenate list (not "array.array") to list
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: array('i', [1, 2, 1, 2])
# expect: array('i')
# expect: TypeError: can only extend array with array (not "list")
# expect: TypeError: can only extend with array of same kind
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: array('b', [1, 2, 1, 2, 2, 1, 2]) 7
# expect: radd rmul
# expect: 1 ((array('b', [1, 2, 3]),), 1) [2, 3] (<built-in function iter>, ((),))
# expect: [3]
# expect: [1, 2]
# expect: []
# expect: [1, 2]
# expect: [2.0, 1.0] [1, 2, 3] 0.75 18446744073709551615

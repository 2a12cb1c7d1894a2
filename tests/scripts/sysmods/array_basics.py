# array: construction from every kind of initializer, every typecode's range and conversion errors, repr, typecodes.
import array
from array import array as A
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
print(sorted(n for n in dir(array) if n not in ('__file__',)), array.typecodes, array.ArrayType is A)
print(sorted(dir(A)))
print(A.__module__, A.__name__, A.__qualname__, type(iter(A('b'))))
print([A(t).itemsize for t in array.typecodes], [A(t).typecode for t in array.typecodes])
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15-1), 'H': (0, 2**16-1), 'i': (-2**31, 2**31-1),
          'I': (0, 2**32-1), 'l': (-2**63, 2**63-1), 'L': (0, 2**64-1), 'q': (-2**63, 2**63-1), 'Q': (0, 2**64-1)}
for tc, (lo, hi) in limits.items():
    show(lambda: A(tc, [lo, hi, 0, True]))
    for bad in (lo - 1, hi + 1, 2**16, -2**16, 2**40, -2**40, 2**70, -2**70, 1.5, 'x', None):
        show(lambda: A(tc, [bad]))
class I:
    def __index__(self): return 7
for tc in 'bBhHiIlLqQ':
    show(lambda: A(tc, [I()]))
for tc in 'fd':
    show(lambda: A(tc, [1, 2.5, True, -0.0, float('inf')]))
    show(lambda: A(tc, ['x']))
    show(lambda: A(tc, [2**2000]))
show(lambda: A('f', [1e300]))
show(lambda: A('u', 'abc\U0010ffff\xe9'))
show(lambda: A('u', ['a', 'b']))
show(lambda: A('u', [1]))
show(lambda: A('u', ['ab']))
for args in [(), ('x',), ('bb',), (1,), ('b', 1), ('b', 1.0), ('u', b'ab'), ('b', 'abc'), ('b', b'\x01\x02'),
             ('h', b'\x01'), ('h', b'\x01\x00\xff\xff'), ('d', A('b', [1])), ('b', A('u', 'a')), ('u', A('b')),
             ('b', (1, 2)), ('b', range(5)), ('b', iter([3, 4])), ('b', bytearray(b'xy')), ('b', {1: 2}),
             ('B', memoryview(b'ab')), ('b', [1], 2)]:
    show(lambda: A(*args))
show(lambda: A('b', typecode='b'))
show(lambda: A('b', [1]).__class__)
print(A('b'), A('u'), str(A('d', [1.5])), repr(A('u', 'x"\'')))
class Sub(A):
    pass
class Kw(A):
    def __init__(self, typecode, data=None, *, extra=None):
        self.extra = extra
print(Sub('i', [1, 2]), type(Sub('i') + A('i')), Kw('b', [1], extra=5).extra)
show(lambda: Sub('b', [1], foo=1))
s = Sub('d', [1.0]); s.attr = 3; print(s.attr, s.__dict__)
import weakref
w = A('b', [1, 2]); r = weakref.ref(w); print(r() is w); del w; print(r())
print(A.__doc__.splitlines()[0], array.__doc__.splitlines()[0])
print(A('b', [1, 2, 3]).__hash__, A('i', [1]) == A('d', [1.0]))
show(lambda: hash(A('b')))
# expect: ['ArrayType', '__doc__', '__loader__', '__name__', '__package__', '__spec__', '_array_reconstructor', 'array', 'typecodes'] bBuhHiIlLqQfd True
# expect: ['__add__', '__class__', '__contains__', '__copy__', '__deepcopy__', '__delattr__', '__delitem__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getitem__', '__getstate__', '__gt__', '__hash__', '__iadd__', '__imul__', '__init__', '__init_subclass__', '__iter__', '__le__', '__len__', '__lt__', '__module__', '__mul__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__rmul__', '__setattr__', '__setitem__', '__sizeof__', '__str__', '__subclasshook__', 'append', 'buffer_info', 'byteswap', 'count', 'extend', 'frombytes', 'fromfile', 'fromlist', 'fromunicode', 'index', 'insert', 'itemsize', 'pop', 'remove', 'reverse', 'tobytes', 'tofile', 'tolist', 'tounicode', 'typecode']
# expect: array array array <class 'array.arrayiterator'>
# expect: [1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8] ['b', 'B', 'u', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'f', 'd']
# expect: array('b', [-128, 127, 0, 1])
# expect: OverflowError: signed char is less than minimum
# expect: OverflowError: signed char is greater than maximum
# expect: OverflowError: signed short integer is greater than maximum
# expect: OverflowError: signed short integer is less than minimum
# expect: OverflowError: signed short integer is greater than maximum
# expect: OverflowError: signed short integer is less than minimum
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('B', [0, 255, 0, 1])
# expect: OverflowError: unsigned byte integer is less than minimum
# expect: OverflowError: unsigned byte integer is greater than maximum
# expect: OverflowError: unsigned byte integer is greater than maximum
# expect: OverflowError: unsigned byte integer is less than minimum
# expect: OverflowError: unsigned byte integer is greater than maximum
# expect: OverflowError: unsigned byte integer is less than minimum
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('h', [-32768, 32767, 0, 1])
# expect: OverflowError: signed short integer is less than minimum
# expect: OverflowError: signed short integer is greater than maximum
# expect: OverflowError: signed short integer is greater than maximum
# expect: OverflowError: signed short integer is less than minimum
# expect: OverflowError: signed short integer is greater than maximum
# expect: OverflowError: signed short integer is less than minimum
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('H', [0, 65535, 0, 1])
# expect: OverflowError: unsigned short is less than minimum
# expect: OverflowError: unsigned short is greater than maximum
# expect: OverflowError: unsigned short is greater than maximum
# expect: OverflowError: unsigned short is less than minimum
# expect: OverflowError: signed integer is greater than maximum
# expect: OverflowError: signed integer is less than minimum
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('i', [-2147483648, 2147483647, 0, 1])
# expect: OverflowError: signed integer is less than minimum
# expect: OverflowError: signed integer is greater than maximum
# expect: array('i', [65536])
# expect: array('i', [-65536])
# expect: OverflowError: signed integer is greater than maximum
# expect: OverflowError: signed integer is less than minimum
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('I', [0, 4294967295, 0, 1])
# expect: OverflowError: can't convert negative value to unsigned int
# expect: OverflowError: unsigned int is greater than maximum
# expect: array('I', [65536])
# expect: OverflowError: can't convert negative value to unsigned int
# expect: OverflowError: unsigned int is greater than maximum
# expect: OverflowError: can't convert negative value to unsigned int
# expect: OverflowError: Python int too large to convert to C unsigned long
# expect: OverflowError: can't convert negative value to unsigned int
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('l', [-9223372036854775808, 9223372036854775807, 0, 1])
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: array('l', [65536])
# expect: array('l', [-65536])
# expect: array('l', [1099511627776])
# expect: array('l', [-1099511627776])
# expect: OverflowError: Python int too large to convert to C long
# expect: OverflowError: Python int too large to convert to C long
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('L', [0, 18446744073709551615, 0, 1])
# expect: OverflowError: can't convert negative value to unsigned int
# expect: OverflowError: Python int too large to convert to C unsigned long
# expect: array('L', [65536])
# expect: OverflowError: can't convert negative value to unsigned int
# expect: array('L', [1099511627776])
# expect: OverflowError: can't convert negative value to unsigned int
# expect: OverflowError: Python int too large to convert to C unsigned long
# expect: OverflowError: can't convert negative value to unsigned int
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('q', [-9223372036854775808, 9223372036854775807, 0, 1])
# expect: OverflowError: int too big to convert
# expect: OverflowError: int too big to convert
# expect: array('q', [65536])
# expect: array('q', [-65536])
# expect: array('q', [1099511627776])
# expect: array('q', [-1099511627776])
# expect: OverflowError: int too big to convert
# expect: OverflowError: int too big to convert
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('Q', [0, 18446744073709551615, 0, 1])
# expect: OverflowError: can't convert negative int to unsigned
# expect: OverflowError: int too big to convert
# expect: array('Q', [65536])
# expect: OverflowError: can't convert negative int to unsigned
# expect: array('Q', [1099511627776])
# expect: OverflowError: can't convert negative int to unsigned
# expect: OverflowError: int too big to convert
# expect: OverflowError: can't convert negative int to unsigned
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: array('b', [7])
# expect: array('B', [7])
# expect: array('h', [7])
# expect: array('H', [7])
# expect: array('i', [7])
# expect: array('I', [7])
# expect: array('l', [7])
# expect: array('L', [7])
# expect: array('q', [7])
# expect: array('Q', [7])
# expect: array('f', [1.0, 2.5, 1.0, -0.0, inf])
# expect: TypeError: must be real number, not str
# expect: OverflowError: int too large to convert to float
# expect: array('d', [1.0, 2.5, 1.0, -0.0, inf])
# expect: TypeError: must be real number, not str
# expect: OverflowError: int too large to convert to float
# expect: array('f', [inf])
# expect: array('u', 'abc\U0010ffffé')
# expect: array('u', 'ab')
# expect: TypeError: array item must be unicode character
# expect: TypeError: array item must be unicode character
# expect: TypeError: array() takes at least 1 argument (0 given)
# expect: ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# expect: TypeError: array() argument 1 must be a unicode character, not str
# expect: TypeError: array() argument 1 must be a unicode character, not int
# expect: TypeError: 'int' object is not iterable
# expect: TypeError: 'float' object is not iterable
# expect: ValueError: bytes length not a multiple of item size
# expect: TypeError: cannot use a str to initialize an array with typecode 'b'
# expect: array('b', [1, 2])
# expect: ValueError: bytes length not a multiple of item size
# expect: array('h', [1, -1])
# expect: array('d', [1.0])
# expect: TypeError: cannot use a unicode array to initialize an array with typecode 'b'
# expect: array('u')
# expect: array('b', [1, 2])
# expect: array('b', [0, 1, 2, 3, 4])
# expect: array('b', [3, 4])
# expect: array('b', [120, 121])
# expect: array('b', [1])
# expect: array('B', [97, 98])
# expect: TypeError: array() takes at most 2 arguments (3 given)
# expect: TypeError: array.array() takes no keyword arguments
# expect: <class 'array.array'>
# expect: array('b') array('u') array('d', [1.5]) array('u', 'x"\'')
# expect: Sub('i', [1, 2]) <class 'array.array'> 5
# expect: TypeError: array.array() takes no keyword arguments
# expect: 3 {'attr': 3}
# expect: True
# expect: None
# expect: array(typecode [, initializer]) -> array This module defines an object type which can efficiently represent
# expect: None True
# expect: TypeError: unhashable type: 'array.array'

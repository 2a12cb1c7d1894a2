# _struct (under CPython's struct.py): sizes and alignment per byte order, every format letter, packing ranges and CPython's messages per table, unpack/unpack_from/iter_unpack/pack_into, Struct objects.
import struct
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for fmt in ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 's', 'p', 'P', '10s', '3x', 'bi', 'ib', 'bq', 'hbi', '0i', 'i0q', 'xq', '5p', 'bd']:
    row = [fmt]
    for bo in '@=<>!':
        try: row.append(struct.calcsize(bo + fmt))
        except struct.error as e: row.append('E:' + str(e))
    print(row)
for bad in ['z', '3', 'i3', '1 2i', ' i', 'i ', '2 i', '@@i', 'i@', '\0', '2147483648x', '9223372036854775807x', '99999999999999999999x', '3000000000000000000q', 'ŵ']:
    show(lambda: struct.calcsize(bad))
show(lambda: struct.calcsize(b'ii'))
show(lambda: struct.calcsize(1))
show(lambda: struct.Struct(1))
show(lambda: struct.Struct())
s = struct.Struct('<ih')
print(s.format, s.size, type(s.format))
print(struct.Struct(b'>q').format)
class Idx:
    def __index__(self): return 7
class IntOnly:
    def __int__(self): return 3
def r(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
for code in 'bBhHiIlLqQnNP':
    for bo in ('@', '<', '>'):
        if code in 'nNP' and bo != '@': continue
        out = []
        for v in (-1, 2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63-1, 1.5, Idx(), IntOnly(), True):
            out.append(r(lambda: struct.pack(bo + code, v)))
        print(bo+code, ' | '.join(out))
class Idx:
    def __index__(self): return 7
class Flt:
    def __float__(self): return 2.5
class IntOnly:
    def __int__(self): return 3
def r(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
for code in 'efd':
    for bo in ('@', '>'):
        for v in (1.5, 1, 2**1000, 1e300, 1e-300, 65504.0, 65520.0, float('inf'), float('nan'), -0.0, 'a', Flt(), Idx(), 1e39, 3.4028235e38, 3.4028236e38, 5e-324, 1e-8):
            print(bo+code, repr(v)[:12], r(lambda: struct.pack(bo + code, v)))
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
show(lambda: struct.unpack('i', b'abc'))
show(lambda: struct.unpack('i', b'abcde'))
show(lambda: struct.unpack('i', 'abcd'))
show(lambda: struct.unpack('i', bytearray(b'abcd')))
show(lambda: struct.unpack('i', memoryview(b'abcdabcd')[::2]))
show(lambda: struct.unpack('<hH', b'\xff\xff\xff\xff'))
show(lambda: struct.unpack('?', b'\x02'))
show(lambda: struct.unpack('<?', b'\x02'))
show(lambda: struct.unpack('3s2xc', b'abcdefg'))
show(lambda: struct.unpack('P', b'\xff' * 8))
show(lambda: struct.unpack('<e', b'\x00\x7c'))
show(lambda: struct.unpack('<e', b'\x01\x00'))
show(lambda: struct.unpack('<e', b'\x00\xfe'))
show(lambda: struct.unpack('>f', b'\x7f\xc0\x00\x01'))
show(lambda: struct.unpack('i'))
show(lambda: struct.unpack())
show(lambda: struct.unpack_from('i', b'abcdefgh', 2))
show(lambda: struct.unpack_from('i', b'abcdefgh', offset=5))
show(lambda: struct.unpack_from('i', b'abcdefgh', -4))
show(lambda: struct.unpack_from('i', b'abcdefgh', -9))
show(lambda: struct.unpack_from('i', b'abcdefgh', -10))
show(lambda: struct.unpack_from('i', buffer=b'abcd'))
show(lambda: struct.unpack_from('i', b'ab'))
show(lambda: struct.unpack_from('i', b'ab', 1))
show(lambda: struct.unpack_from('i', b'abcd', 'x'))
show(lambda: struct.unpack_from('i', b'abcd', 2**70))
show(lambda: struct.unpack_from('i'))
show(lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
show(lambda: struct.iter_unpack('<h', b'\x01\x00\x02'))
show(lambda: struct.iter_unpack('', b''))
show(lambda: struct.iter_unpack('<h', 'ab'))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
show(lambda: type(it)())
b = bytearray(8)
show(lambda: struct.pack_into('<i', b, 2, 7))
print(b)
show(lambda: struct.pack_into('<i', b, 6, 7))
show(lambda: struct.pack_into('<i', b, -4, 9))
print(b)
show(lambda: struct.pack_into('<i', b, -9, 9))
show(lambda: struct.pack_into('<i', b, -10, 9))
show(lambda: struct.pack_into('<i', b, 2))
show(lambda: struct.pack_into('<i', b))
show(lambda: struct.pack_into('<i'))
show(lambda: struct.pack_into('<i', b'abcdefgh', 0, 1))
show(lambda: struct.pack_into('<i', b, 'x', 1))
show(lambda: struct.pack_into('<i', b, 0, 1, 2))
m = memoryview(bytearray(8))
show(lambda: struct.pack_into('<q', m, 0, -2))
print(m.tobytes())
s = struct.Struct('<ih')
show(lambda: s.pack(1, 2))
show(lambda: s.unpack(b'\x01\x00\x00\x00\x02\x00'))
show(lambda: s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2))
show(lambda: list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 2)))
show(lambda: s.pack(1))
show(lambda: s.unpack(b'x'))
show(lambda: s.__sizeof__() > 0)
show(lambda: struct.Struct('i').pack_into(bytearray(2), 0, 1))
show(lambda: struct.calcsize('Q' * 3) + struct.calcsize('@ci'))
show(lambda: struct.error.__module__)
show(lambda: struct.error.__mro__)
show(lambda: struct.Struct.__module__)
show(lambda: struct.Struct('i').format)
s.__init__('>q')
show(lambda: (s.format, s.size, s.pack(1)))
class S(struct.Struct):
    def __init__(self, fmt):
        super().__init__(fmt)
show(lambda: S('<h').pack(3))
show(lambda: struct.pack('>bhiq', 1, 2, 3, 4))
show(lambda: struct.pack('@bhiq', 1, 2, 3, 4))
show(lambda: struct.pack('@ci', b'a', 5))
show(lambda: struct.pack('=ci', b'a', 5))
show(lambda: struct.unpack('@ci', b'a\x00\x00\x00\x05\x00\x00\x00'))
show(lambda: struct.pack('!d', 1.5))
show(lambda: struct.pack('5x'))
show(lambda: struct.pack('2c', b'a', b'b'))
show(lambda: struct.pack('2?', 0, 3))
show(lambda: struct.unpack('2h', b'\x01\x00\x02\x00'))
show(lambda: struct.pack('<2e', 1.0, 0.5))
show(lambda: [struct.unpack('<e', struct.pack('<e', x))[0] for x in (0.1, 1/3, 65504.0, 6e-5, 6e-8, 1e-8, -2.5, 2049.0, 2051.0)])
show(lambda: [struct.unpack('<f', struct.pack('<f', x))[0] for x in (0.1, 1/3, 1e-45, 1e38)])
show(lambda: struct._clearcache())
show(lambda: struct.Struct('i') == struct.Struct('i'))
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)

# expect: ['', 0, 0, 0, 0, 0]
# expect: ['x', 1, 1, 1, 1, 1]
# expect: ['c', 1, 1, 1, 1, 1]
# expect: ['b', 1, 1, 1, 1, 1]
# expect: ['B', 1, 1, 1, 1, 1]
# expect: ['?', 1, 1, 1, 1, 1]
# expect: ['h', 2, 2, 2, 2, 2]
# expect: ['H', 2, 2, 2, 2, 2]
# expect: ['i', 4, 4, 4, 4, 4]
# expect: ['I', 4, 4, 4, 4, 4]
# expect: ['l', 8, 4, 4, 4, 4]
# expect: ['L', 8, 4, 4, 4, 4]
# expect: ['q', 8, 8, 8, 8, 8]
# expect: ['Q', 8, 8, 8, 8, 8]
# expect: ['n', 8, 'E:bad char in struct format', 'E:bad char in struct format', 'E:bad char in struct format', 'E:bad char in struct format']
# expect: ['N', 8, 'E:bad char in struct format', 'E:bad char in struct format', 'E:bad char in struct format', 'E:bad char in struct format']
# expect: ['e', 2, 2, 2, 2, 2]
# expect: ['f', 4, 4, 4, 4, 4]
# expect: ['d', 8, 8, 8, 8, 8]
# expect: ['s', 1, 1, 1, 1, 1]
# expect: ['p', 1, 1, 1, 1, 1]
# expect: ['P', 8, 'E:bad char in struct format', 'E:bad char in struct format', 'E:bad char in struct format', 'E:bad char in struct format']
# expect: ['10s', 10, 10, 10, 10, 10]
# expect: ['3x', 3, 3, 3, 3, 3]
# expect: ['bi', 8, 5, 5, 5, 5]
# expect: ['ib', 5, 5, 5, 5, 5]
# expect: ['bq', 16, 9, 9, 9, 9]
# expect: ['hbi', 8, 7, 7, 7, 7]
# expect: ['0i', 0, 0, 0, 0, 0]
# expect: ['i0q', 8, 4, 4, 4, 4]
# expect: ['xq', 16, 9, 9, 9, 9]
# expect: ['5p', 5, 5, 5, 5, 5]
# expect: ['bd', 16, 9, 9, 9, 9]
# expect: error: bad char in struct format
# expect: error: repeat count given without format specifier
# expect: error: repeat count given without format specifier
# expect: error: bad char in struct format
# expect: 4
# expect: 4
# expect: error: bad char in struct format
# expect: error: bad char in struct format
# expect: error: bad char in struct format
# expect: error: embedded null character
# expect: 2147483648
# expect: 9223372036854775807
# expect: error: total struct size too long
# expect: error: total struct size too long
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\u0175' in position 0: ordinal not in range(128)
# expect: 8
# expect: TypeError: Struct() argument 1 must be a str or bytes object, not int
# expect: TypeError: Struct() argument 1 must be a str or bytes object, not int
# expect: TypeError: Struct() missing required argument 'format' (pos 1)
# expect: <ih 6 <class 'str'>
# expect: >q
# expect: @b b'\xff' | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07' | error: required argument is not an integer | b'\x01'
# expect: <b b'\xff' | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07' | error: required argument is not an integer | b'\x01'
# expect: >b b'\xff' | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: byte format requires -128 <= number <= 127 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07' | error: required argument is not an integer | b'\x01'
# expect: @B error: ubyte format requires 0 <= number <= 255 | b'\x80' | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07' | error: required argument is not an integer | b'\x01'
# expect: <B error: ubyte format requires 0 <= number <= 255 | b'\x80' | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07' | error: required argument is not an integer | b'\x01'
# expect: >B error: ubyte format requires 0 <= number <= 255 | b'\x80' | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: ubyte format requires 0 <= number <= 255 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07' | error: required argument is not an integer | b'\x01'
# expect: @h b'\xff\xff' | b'\x80\x00' | b'\x00\x01' | error: short format requires -32768 <= number <= 32767 | error: short format requires -32768 <= number <= 32767 | error: short format requires -32768 <= number <= 32767 | error: short format requires -32768 <= number <= 32767 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00' | error: required argument is not an integer | b'\x01\x00'
# expect: <h b'\xff\xff' | b'\x80\x00' | b'\x00\x01' | error: short format requires -32768 <= number <= 32767 | error: short format requires -32768 <= number <= 32767 | error: short format requires -32768 <= number <= 32767 | error: short format requires -32768 <= number <= 32767 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00' | error: required argument is not an integer | b'\x01\x00'
# expect: >h b'\xff\xff' | b'\x00\x80' | b'\x01\x00' | error: 'h' format requires -32768 <= number <= 32767 | error: 'h' format requires -32768 <= number <= 32767 | error: 'h' format requires -32768 <= number <= 32767 | error: 'h' format requires -32768 <= number <= 32767 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x00\x07' | error: required argument is not an integer | b'\x00\x01'
# expect: @H error: ushort format requires 0 <= number <= 65535 | b'\x80\x00' | b'\x00\x01' | b'\x00\x80' | error: ushort format requires 0 <= number <= 65535 | error: ushort format requires 0 <= number <= 65535 | error: ushort format requires 0 <= number <= 65535 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00' | error: required argument is not an integer | b'\x01\x00'
# expect: <H error: ushort format requires 0 <= number <= 65535 | b'\x80\x00' | b'\x00\x01' | b'\x00\x80' | error: ushort format requires 0 <= number <= 65535 | error: ushort format requires 0 <= number <= 65535 | error: ushort format requires 0 <= number <= 65535 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00' | error: required argument is not an integer | b'\x01\x00'
# expect: >H error: argument out of range | b'\x00\x80' | b'\x01\x00' | b'\x80\x00' | error: 'H' format requires 0 <= number <= 65535 | error: 'H' format requires 0 <= number <= 65535 | error: 'H' format requires 0 <= number <= 65535 | error: 'H' format requires 0 <= number <= 65535 | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x00\x07' | error: required argument is not an integer | b'\x00\x01'
# expect: @i b'\xff\xff\xff\xff' | b'\x80\x00\x00\x00' | b'\x00\x01\x00\x00' | b'\x00\x80\x00\x00' | b'\x00\x00\x01\x00' | error: 'i' format requires -2147483648 <= number <= 2147483647 | error: 'i' format requires -2147483648 <= number <= 2147483647 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00'
# expect: <i b'\xff\xff\xff\xff' | b'\x80\x00\x00\x00' | b'\x00\x01\x00\x00' | b'\x00\x80\x00\x00' | b'\x00\x00\x01\x00' | error: 'i' format requires -2147483648 <= number <= 2147483647 | error: 'i' format requires -2147483648 <= number <= 2147483647 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00'
# expect: >i b'\xff\xff\xff\xff' | b'\x00\x00\x00\x80' | b'\x00\x00\x01\x00' | b'\x00\x00\x80\x00' | b'\x00\x01\x00\x00' | error: 'i' format requires -2147483648 <= number <= 2147483647 | error: 'i' format requires -2147483648 <= number <= 2147483647 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x00\x00\x00\x07' | error: required argument is not an integer | b'\x00\x00\x00\x01'
# expect: @I error: argument out of range | b'\x80\x00\x00\x00' | b'\x00\x01\x00\x00' | b'\x00\x80\x00\x00' | b'\x00\x00\x01\x00' | b'\x00\x00\x00\x80' | error: 'I' format requires 0 <= number <= 4294967295 | error: 'I' format requires 0 <= number <= 4294967295 | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00'
# expect: <I error: argument out of range | b'\x80\x00\x00\x00' | b'\x00\x01\x00\x00' | b'\x00\x80\x00\x00' | b'\x00\x00\x01\x00' | b'\x00\x00\x00\x80' | error: 'I' format requires 0 <= number <= 4294967295 | error: 'I' format requires 0 <= number <= 4294967295 | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00'
# expect: >I error: argument out of range | b'\x00\x00\x00\x80' | b'\x00\x00\x01\x00' | b'\x00\x00\x80\x00' | b'\x00\x01\x00\x00' | b'\x80\x00\x00\x00' | error: 'I' format requires 0 <= number <= 4294967295 | error: 'I' format requires 0 <= number <= 4294967295 | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x00\x00\x00\x07' | error: required argument is not an integer | b'\x00\x00\x00\x01'
# expect: @l b'\xff\xff\xff\xff\xff\xff\xff\xff' | b'\x80\x00\x00\x00\x00\x00\x00\x00' | b'\x00\x01\x00\x00\x00\x00\x00\x00' | b'\x00\x80\x00\x00\x00\x00\x00\x00' | b'\x00\x00\x01\x00\x00\x00\x00\x00' | b'\x00\x00\x00\x80\x00\x00\x00\x00' | b'\x00\x00\x00\x00\x01\x00\x00\x00' | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00\x00\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: <l b'\xff\xff\xff\xff' | b'\x80\x00\x00\x00' | b'\x00\x01\x00\x00' | b'\x00\x80\x00\x00' | b'\x00\x00\x01\x00' | error: 'l' format requires -2147483648 <= number <= 2147483647 | error: 'l' format requires -2147483648 <= number <= 2147483647 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00'
# expect: >l b'\xff\xff\xff\xff' | b'\x00\x00\x00\x80' | b'\x00\x00\x01\x00' | b'\x00\x00\x80\x00' | b'\x00\x01\x00\x00' | error: 'l' format requires -2147483648 <= number <= 2147483647 | error: 'l' format requires -2147483648 <= number <= 2147483647 | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x00\x00\x00\x07' | error: required argument is not an integer | b'\x00\x00\x00\x01'
# expect: @L error: argument out of range | b'\x80\x00\x00\x00\x00\x00\x00\x00' | b'\x00\x01\x00\x00\x00\x00\x00\x00' | b'\x00\x80\x00\x00\x00\x00\x00\x00' | b'\x00\x00\x01\x00\x00\x00\x00\x00' | b'\x00\x00\x00\x80\x00\x00\x00\x00' | b'\x00\x00\x00\x00\x01\x00\x00\x00' | b'\x00\x00\x00\x00\x00\x00\x00\x80' | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00\x00\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: <L error: argument out of range | b'\x80\x00\x00\x00' | b'\x00\x01\x00\x00' | b'\x00\x80\x00\x00' | b'\x00\x00\x01\x00' | b'\x00\x00\x00\x80' | error: 'L' format requires 0 <= number <= 4294967295 | error: 'L' format requires 0 <= number <= 4294967295 | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00'
# expect: >L error: argument out of range | b'\x00\x00\x00\x80' | b'\x00\x00\x01\x00' | b'\x00\x00\x80\x00' | b'\x00\x01\x00\x00' | b'\x80\x00\x00\x00' | error: 'L' format requires 0 <= number <= 4294967295 | error: 'L' format requires 0 <= number <= 4294967295 | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x00\x00\x00\x07' | error: required argument is not an integer | b'\x00\x00\x00\x01'
# expect: @q b'\xff\xff\xff\xff\xff\xff\xff\xff' | b'\x80\x00\x00\x00\x00\x00\x00\x00' | b'\x00\x01\x00\x00\x00\x00\x00\x00' | b'\x00\x80\x00\x00\x00\x00\x00\x00' | b'\x00\x00\x01\x00\x00\x00\x00\x00' | b'\x00\x00\x00\x80\x00\x00\x00\x00' | b'\x00\x00\x00\x00\x01\x00\x00\x00' | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00\x00\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: <q b'\xff\xff\xff\xff\xff\xff\xff\xff' | b'\x80\x00\x00\x00\x00\x00\x00\x00' | b'\x00\x01\x00\x00\x00\x00\x00\x00' | b'\x00\x80\x00\x00\x00\x00\x00\x00' | b'\x00\x00\x01\x00\x00\x00\x00\x00' | b'\x00\x00\x00\x80\x00\x00\x00\x00' | b'\x00\x00\x00\x00\x01\x00\x00\x00' | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00\x00\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: >q b'\xff\xff\xff\xff\xff\xff\xff\xff' | b'\x00\x00\x00\x00\x00\x00\x00\x80' | b'\x00\x00\x00\x00\x00\x00\x01\x00' | b'\x00\x00\x00\x00\x00\x00\x80\x00' | b'\x00\x00\x00\x00\x00\x01\x00\x00' | b'\x00\x00\x00\x00\x80\x00\x00\x00' | b'\x00\x00\x00\x01\x00\x00\x00\x00' | error: int too large to convert | error: int too large to convert | error: int too large to convert | error: required argument is not an integer | b'\x00\x00\x00\x00\x00\x00\x00\x07' | error: required argument is not an integer | b'\x00\x00\x00\x00\x00\x00\x00\x01'
# expect: @Q error: argument out of range | b'\x80\x00\x00\x00\x00\x00\x00\x00' | b'\x00\x01\x00\x00\x00\x00\x00\x00' | b'\x00\x80\x00\x00\x00\x00\x00\x00' | b'\x00\x00\x01\x00\x00\x00\x00\x00' | b'\x00\x00\x00\x80\x00\x00\x00\x00' | b'\x00\x00\x00\x00\x01\x00\x00\x00' | b'\x00\x00\x00\x00\x00\x00\x00\x80' | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00\x00\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: <Q error: argument out of range | b'\x80\x00\x00\x00\x00\x00\x00\x00' | b'\x00\x01\x00\x00\x00\x00\x00\x00' | b'\x00\x80\x00\x00\x00\x00\x00\x00' | b'\x00\x00\x01\x00\x00\x00\x00\x00' | b'\x00\x00\x00\x80\x00\x00\x00\x00' | b'\x00\x00\x00\x00\x01\x00\x00\x00' | b'\x00\x00\x00\x00\x00\x00\x00\x80' | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00\x00\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: >Q error: int too large to convert | b'\x00\x00\x00\x00\x00\x00\x00\x80' | b'\x00\x00\x00\x00\x00\x00\x01\x00' | b'\x00\x00\x00\x00\x00\x00\x80\x00' | b'\x00\x00\x00\x00\x00\x01\x00\x00' | b'\x00\x00\x00\x00\x80\x00\x00\x00' | b'\x00\x00\x00\x01\x00\x00\x00\x00' | b'\x80\x00\x00\x00\x00\x00\x00\x00' | error: int too large to convert | error: int too large to convert | error: required argument is not an integer | b'\x00\x00\x00\x00\x00\x00\x00\x07' | error: required argument is not an integer | b'\x00\x00\x00\x00\x00\x00\x00\x01'
# expect: @n b'\xff\xff\xff\xff\xff\xff\xff\xff' | b'\x80\x00\x00\x00\x00\x00\x00\x00' | b'\x00\x01\x00\x00\x00\x00\x00\x00' | b'\x00\x80\x00\x00\x00\x00\x00\x00' | b'\x00\x00\x01\x00\x00\x00\x00\x00' | b'\x00\x00\x00\x80\x00\x00\x00\x00' | b'\x00\x00\x00\x00\x01\x00\x00\x00' | error: argument out of range | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00\x00\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: @N error: argument out of range | b'\x80\x00\x00\x00\x00\x00\x00\x00' | b'\x00\x01\x00\x00\x00\x00\x00\x00' | b'\x00\x80\x00\x00\x00\x00\x00\x00' | b'\x00\x00\x01\x00\x00\x00\x00\x00' | b'\x00\x00\x00\x80\x00\x00\x00\x00' | b'\x00\x00\x00\x00\x01\x00\x00\x00' | b'\x00\x00\x00\x00\x00\x00\x00\x80' | error: argument out of range | error: argument out of range | error: required argument is not an integer | b'\x07\x00\x00\x00\x00\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: @P b'\xff\xff\xff\xff\xff\xff\xff\xff' | b'\x80\x00\x00\x00\x00\x00\x00\x00' | b'\x00\x01\x00\x00\x00\x00\x00\x00' | b'\x00\x80\x00\x00\x00\x00\x00\x00' | b'\x00\x00\x01\x00\x00\x00\x00\x00' | b'\x00\x00\x00\x80\x00\x00\x00\x00' | b'\x00\x00\x00\x00\x01\x00\x00\x00' | b'\x00\x00\x00\x00\x00\x00\x00\x80' | error: int too large to convert | error: int too large to convert | error: required argument is not an integer | b'\x07\x00\x00\x00\x00\x00\x00\x00' | error: required argument is not an integer | b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: @e 1.5 b'\x00>'
# expect: @e 1 b'\x00<'
# expect: @e 107150860718 error: int too large to convert
# expect: @e 1e+300 OverflowError: float too large to pack with e format
# expect: @e 1e-300 b'\x00\x00'
# expect: @e 65504.0 b'\xff{'
# expect: @e 65520.0 OverflowError: float too large to pack with e format
# expect: @e inf b'\x00|'
# expect: @e nan b'\x00~'
# expect: @e -0.0 b'\x00\x80'
# expect: @e 'a' error: required argument is not a float
# expect: @e <__main__.Fl b'\x00A'
# expect: @e <__main__.Id b'\x00G'
# expect: @e 1e+39 OverflowError: float too large to pack with e format
# expect: @e 3.4028235e+3 OverflowError: float too large to pack with e format
# expect: @e 3.4028236e+3 OverflowError: float too large to pack with e format
# expect: @e 5e-324 b'\x00\x00'
# expect: @e 1e-08 b'\x00\x00'
# expect: >e 1.5 b'>\x00'
# expect: >e 1 b'<\x00'
# expect: >e 107150860718 error: int too large to convert
# expect: >e 1e+300 OverflowError: float too large to pack with e format
# expect: >e 1e-300 b'\x00\x00'
# expect: >e 65504.0 b'{\xff'
# expect: >e 65520.0 OverflowError: float too large to pack with e format
# expect: >e inf b'|\x00'
# expect: >e nan b'~\x00'
# expect: >e -0.0 b'\x80\x00'
# expect: >e 'a' error: required argument is not a float
# expect: >e <__main__.Fl b'A\x00'
# expect: >e <__main__.Id b'G\x00'
# expect: >e 1e+39 OverflowError: float too large to pack with e format
# expect: >e 3.4028235e+3 OverflowError: float too large to pack with e format
# expect: >e 3.4028236e+3 OverflowError: float too large to pack with e format
# expect: >e 5e-324 b'\x00\x00'
# expect: >e 1e-08 b'\x00\x00'
# expect: @f 1.5 b'\x00\x00\xc0?'
# expect: @f 1 b'\x00\x00\x80?'
# expect: @f 107150860718 b'\x00\x00\x80\x7f'
# expect: @f 1e+300 b'\x00\x00\x80\x7f'
# expect: @f 1e-300 b'\x00\x00\x00\x00'
# expect: @f 65504.0 b'\x00\xe0\x7fG'
# expect: @f 65520.0 b'\x00\xf0\x7fG'
# expect: @f inf b'\x00\x00\x80\x7f'
# expect: @f nan b'\x00\x00\xc0\x7f'
# expect: @f -0.0 b'\x00\x00\x00\x80'
# expect: @f 'a' error: required argument is not a float
# expect: @f <__main__.Fl b'\x00\x00 @'
# expect: @f <__main__.Id b'\x00\x00\xe0@'
# expect: @f 1e+39 b'\x00\x00\x80\x7f'
# expect: @f 3.4028235e+3 b'\xff\xff\x7f\x7f'
# expect: @f 3.4028236e+3 b'\x00\x00\x80\x7f'
# expect: @f 5e-324 b'\x00\x00\x00\x00'
# expect: @f 1e-08 b'w\xcc+2'
# expect: >f 1.5 b'?\xc0\x00\x00'
# expect: >f 1 b'?\x80\x00\x00'
# expect: >f 107150860718 error: int too large to convert
# expect: >f 1e+300 OverflowError: float too large to pack with f format
# expect: >f 1e-300 b'\x00\x00\x00\x00'
# expect: >f 65504.0 b'G\x7f\xe0\x00'
# expect: >f 65520.0 b'G\x7f\xf0\x00'
# expect: >f inf b'\x7f\x80\x00\x00'
# expect: >f nan b'\x7f\xc0\x00\x00'
# expect: >f -0.0 b'\x80\x00\x00\x00'
# expect: >f 'a' error: required argument is not a float
# expect: >f <__main__.Fl b'@ \x00\x00'
# expect: >f <__main__.Id b'@\xe0\x00\x00'
# expect: >f 1e+39 OverflowError: float too large to pack with f format
# expect: >f 3.4028235e+3 b'\x7f\x7f\xff\xff'
# expect: >f 3.4028236e+3 OverflowError: float too large to pack with f format
# expect: >f 5e-324 b'\x00\x00\x00\x00'
# expect: >f 1e-08 b'2+\xccw'
# expect: @d 1.5 b'\x00\x00\x00\x00\x00\x00\xf8?'
# expect: @d 1 b'\x00\x00\x00\x00\x00\x00\xf0?'
# expect: @d 107150860718 b'\x00\x00\x00\x00\x00\x00p~'
# expect: @d 1e+300 b'\x9cu\x00\x88<\xe47~'
# expect: @d 1e-300 b'Y\xf3\xf8\xc2\x1fn\xa5\x01'
# expect: @d 65504.0 b'\x00\x00\x00\x00\x00\xfc\xef@'
# expect: @d 65520.0 b'\x00\x00\x00\x00\x00\xfe\xef@'
# expect: @d inf b'\x00\x00\x00\x00\x00\x00\xf0\x7f'
# expect: @d nan b'\x00\x00\x00\x00\x00\x00\xf8\x7f'
# expect: @d -0.0 b'\x00\x00\x00\x00\x00\x00\x00\x80'
# expect: @d 'a' error: required argument is not a float
# expect: @d <__main__.Fl b'\x00\x00\x00\x00\x00\x00\x04@'
# expect: @d <__main__.Id b'\x00\x00\x00\x00\x00\x00\x1c@'
# expect: @d 1e+39 b'\x1dJ\x9c\xf4\x87\x82\x07H'
# expect: @d 3.4028235e+3 b'\xf8\xafM\xe5\xff\xff\xefG'
# expect: @d 3.4028236e+3 b'\xbc\xa7\x14\xf5\xff\xff\xefG'
# expect: @d 5e-324 b'\x01\x00\x00\x00\x00\x00\x00\x00'
# expect: @d 1e-08 b':\x8c0\xe2\x8eyE>'
# expect: >d 1.5 b'?\xf8\x00\x00\x00\x00\x00\x00'
# expect: >d 1 b'?\xf0\x00\x00\x00\x00\x00\x00'
# expect: >d 107150860718 b'~p\x00\x00\x00\x00\x00\x00'
# expect: >d 1e+300 b'~7\xe4<\x88\x00u\x9c'
# expect: >d 1e-300 b'\x01\xa5n\x1f\xc2\xf8\xf3Y'
# expect: >d 65504.0 b'@\xef\xfc\x00\x00\x00\x00\x00'
# expect: >d 65520.0 b'@\xef\xfe\x00\x00\x00\x00\x00'
# expect: >d inf b'\x7f\xf0\x00\x00\x00\x00\x00\x00'
# expect: >d nan b'\x7f\xf8\x00\x00\x00\x00\x00\x00'
# expect: >d -0.0 b'\x80\x00\x00\x00\x00\x00\x00\x00'
# expect: >d 'a' error: required argument is not a float
# expect: >d <__main__.Fl b'@\x04\x00\x00\x00\x00\x00\x00'
# expect: >d <__main__.Id b'@\x1c\x00\x00\x00\x00\x00\x00'
# expect: >d 1e+39 b'H\x07\x82\x87\xf4\x9cJ\x1d'
# expect: >d 3.4028235e+3 b'G\xef\xff\xff\xe5M\xaf\xf8'
# expect: >d 3.4028236e+3 b'G\xef\xff\xff\xf5\x14\xa7\xbc'
# expect: >d 5e-324 b'\x00\x00\x00\x00\x00\x00\x00\x01'
# expect: >d 1e-08 b'>Ey\x8e\xe20\x8c:'
# expect: error: unpack requires a buffer of 4 bytes
# expect: error: unpack requires a buffer of 4 bytes
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: (1684234849,)
# expect: BufferError: memoryview: underlying buffer is not C-contiguous
# expect: (-1, 65535)
# expect: (True,)
# expect: (True,)
# expect: error: unpack requires a buffer of 6 bytes
# expect: (18446744073709551615,)
# expect: (inf,)
# expect: (5.960464477539063e-08,)
# expect: (nan,)
# expect: (nan,)
# expect: TypeError: unpack expected 2 arguments, got 1
# expect: TypeError: unpack expected 2 arguments, got 0
# expect: (1717920867,)
# expect: error: unpack_from requires a buffer of at least 9 bytes for unpacking 4 bytes at offset 5 (actual buffer size is 8)
# expect: (1751606885,)
# expect: error: offset -9 out of range for 8-byte buffer
# expect: error: offset -10 out of range for 8-byte buffer
# expect: (1684234849,)
# expect: error: unpack_from requires a buffer of at least 4 bytes for unpacking 4 bytes at offset 0 (actual buffer size is 2)
# expect: error: unpack_from requires a buffer of at least 5 bytes for unpacking 4 bytes at offset 1 (actual buffer size is 2)
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: OverflowError: Python int too large to convert to C ssize_t
# expect: TypeError: unpack_from() missing required argument 'buffer' (pos 2)
# expect: [(1,), (2,)]
# expect: error: iterative unpacking requires a buffer of a multiple of 2 bytes
# expect: error: cannot iteratively unpack with a struct of length 0
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: TypeError: Cannot create 'unpack_iterator objects
# expect: None
# expect: bytearray(b'\x00\x00\x07\x00\x00\x00\x00\x00')
# expect: error: pack_into requires a buffer of at least 10 bytes for packing 4 bytes at offset 6 (actual buffer size is 8)
# expect: None
# expect: bytearray(b'\x00\x00\x07\x00\t\x00\x00\x00')
# expect: error: offset -9 out of range for 8-byte buffer
# expect: error: offset -10 out of range for 8-byte buffer
# expect: error: pack_into expected 1 items for packing (got 0)
# expect: error: pack_into expected offset argument
# expect: error: pack_into expected buffer argument
# expect: TypeError: argument must be read-write bytes-like object, not bytes
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: error: pack_into expected 1 items for packing (got 2)
# expect: None
# expect: b'\xfe\xff\xff\xff\xff\xff\xff\xff'
# expect: b'\x01\x00\x00\x00\x02\x00'
# expect: (1, 2)
# expect: (1, 2)
# expect: [(1, 2), (1, 2)]
# expect: error: pack expected 2 items for packing (got 1)
# expect: error: unpack requires a buffer of 6 bytes
# expect: True
# expect: error: pack_into requires a buffer of at least 4 bytes for packing 4 bytes at offset 0 (actual buffer size is 2)
# expect: 32
# expect: 'struct'
# expect: (<class 'struct.error'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: '_struct'
# expect: 'i'
# expect: ('>q', 8, b'\x00\x00\x00\x00\x00\x00\x00\x01')
# expect: b'\x03\x00'
# expect: b'\x01\x00\x02\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x04'
# expect: b'\x01\x00\x02\x00\x03\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00'
# expect: b'a\x00\x00\x00\x05\x00\x00\x00'
# expect: b'a\x05\x00\x00\x00'
# expect: (b'a', 5)
# expect: b'?\xf8\x00\x00\x00\x00\x00\x00'
# expect: b'\x00\x00\x00\x00\x00'
# expect: b'ab'
# expect: b'\x00\x01'
# expect: (1, 2)
# expect: b'\x00<\x008'
# expect: [0.0999755859375, 0.333251953125, 65504.0, 6.002187728881836e-05, 5.960464477539063e-08, 0.0, -2.5, 2048.0, 2052.0]
# expect: [0.10000000149011612, 0.3333333432674408, 1.401298464324817e-45, 9.999999680285692e+37]
# expect: None
# expect: False
# expect: 3 (1,) 2 unpack_iterator

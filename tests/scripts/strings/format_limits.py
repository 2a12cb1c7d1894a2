# printf-style and str.format limits and messages (test_unicode formatting):
# huge widths/precisions, '*' arguments, nested specs, field names, %c.
import sys

cases = [
    lambda: ('%%%df' % (2 ** 64)) % 3.2, lambda: ('%%.%df' % (2 ** 64)) % 3.2,
    lambda: ('%%%ds' % (sys.maxsize + 1)) % 'x', lambda: ('%%.%ds' % (sys.maxsize + 1)) % 'x',
    lambda: ("%." + str(2 ** 31) + "f") % 1.0, lambda: ("%." + str(2 ** 31 - 1) + "s") % 'abc',
    lambda: '%*s' % (2 ** 64, 'x'), lambda: '%.*f' % (2 ** 64, 1.0), lambda: '%.*f' % (2 ** 40, 1.0),
    lambda: '%.*f' % (-1, 1.0), lambda: '%.*s' % (-1, 'abc'), lambda: '%*d' % (-3, 1), lambda: b'%.*s' % (-1, b'abc'),
    lambda: ("%" + str(sys.maxsize) + "d") % 1, lambda: '%*s' % (sys.maxsize, ''),
    lambda: b'%*s' % (sys.maxsize, b''), lambda: ('%%%dx' % (sys.maxsize)) % 255,
    lambda: "{0:{1:{2}}}".format('abc', 's', ''), lambda: "{:{:{}}}".format(1, 2, 3), lambda: "{0:{1}}".format('a', '>3'),
    lambda: "{a{}b}".format(42), lambda: "{a{b}".format(42), lambda: "{a{".format(42), lambda: "{0[a{]}".format({'a{': 7}),
    lambda: "{: }".format(''), lambda: "{:-s}".format(''), lambda: format('', '+'), lambda: "{:{}}".format(1, 2 ** 64),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, 'ok', repr(r)[:40])
    except (ValueError, OverflowError, MemoryError, TypeError, KeyError) as e:
        print(i, type(e).__name__, e)

class PseudoInt:
    def __index__(self):
        return 109
class PseudoFloat:
    def __int__(self):
        return 109
print('%c' % PseudoInt(), '%x' % PseudoInt(), '%X' % PseudoInt(), '%o' % PseudoInt())
for v in (PseudoFloat(), 1.5, 2 ** 70, -1, 'ab'):
    try:
        print('%c' % v)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# expect: 0 ValueError width too big
# expect: 1 ValueError precision too big
# expect: 2 ValueError width too big
# expect: 3 ValueError precision too big
# expect: 4 ValueError precision too big
# expect: 5 ok 'abc'
# expect: 6 OverflowError Python int too large to convert to C ssize_t
# expect: 7 OverflowError Python int too large to convert to C int
# expect: 8 OverflowError Python int too large to convert to C int
# expect: 9 ok '1'
# expect: 10 ok ''
# expect: 11 ok '1  '
# expect: 12 ok b''
# expect: 13 MemoryError 
# expect: 14 MemoryError 
# expect: 15 MemoryError 
# expect: 16 MemoryError 
# expect: 17 ValueError Max string recursion exceeded
# expect: 18 ValueError Max string recursion exceeded
# expect: 19 ok '  a'
# expect: 20 ValueError unexpected '{' in field name
# expect: 21 ValueError unexpected '{' in field name
# expect: 22 ValueError unexpected '{' in field name
# expect: 23 ok '7'
# expect: 24 ValueError Space not allowed in string format specifier
# expect: 25 ValueError Sign not allowed in string format specifier
# expect: 26 ValueError Sign not allowed in string format specifier
# expect: 27 ValueError Too many decimal digits in format string
# expect: m 6d 6D 155
# expect: TypeError %c requires int or char
# expect: TypeError %c requires int or char
# expect: OverflowError %c arg not in range(0x110000)
# expect: OverflowError %c arg not in range(0x110000)
# expect: TypeError %c requires int or char

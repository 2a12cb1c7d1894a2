# The _sre module itself: its constants and helpers, _sre.compile's checks,
# and Pattern / Match / SRE_Scanner objects built from code lists exactly as
# CPython 3.11's re._compiler emits them (each list is re.compile(PATTERN)'s).
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(repr(_sre.copyright))
print([_sre.ascii_tolower(c) for c in (65, 90, 97, 0xC9, -5)], [_sre.unicode_tolower(c) for c in (0xC9, 0x130, 0x3A3, -1)])
print([_sre.ascii_iscased(c) for c in (65, 0xE9, 0x17F, -191)], [_sre.unicode_iscased(c) for c in (0xE9, 0x17F, 0x4E00, 0xDF)])

for bad in [lambda: _sre.compile('a', 0, (1,), 0, {}, ()),
            lambda: _sre.compile('a', 0, [1, 2], 0, {}, ()),
            lambda: _sre.compile('a', 0, [-1], 0, {}, ()),
            lambda: _sre.compile('a', 0, [2**32], 0, {}, ()),
            lambda: _sre.compile('a', 0, [2**64], 0, {}, ()),
            lambda: _sre.compile('a', 0, ['x'], 0, {}, ()),
            lambda: _sre.compile(1, 0, [1], 0, {}, ()),
            lambda: _sre.compile('a', 'x', [1], 0, {}, ()),
            lambda: _sre.compile('a', 0, [1], 0, [], ()),
            lambda: _sre.compile('a', 0, [1], 0, {}, []),
            lambda: _sre.compile('a', 0, [1], -1, {}, ()),
            lambda: _sre.compile('a', 0, [], 0, {}, ()),
            lambda: _sre.compile('a', 2**40, [1], 0, {}, ()),
            lambda: _sre.compile(),
            lambda: _sre.compile('a', 0, [17, 4, 1], 1, {}, ()),
            lambda: _sre.unicode_tolower(2**31),
            lambda: _sre.unicode_tolower('a'),
            lambda: _sre.ascii_iscased(),
            lambda: _sre.getcodesize(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# re.compile('(?P<first>a+)(?P<second>b)?')
named = _sre.compile('(?P<first>a+)(?P<second>b)?', 32,
                     [14, 4, 0, 1, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17, 1, 23, 9, 0, 1, 17, 2,
                      16, 98, 17, 3, 18, 1], 2, {'first': 1, 'second': 2}, (None, 'first', 'second'))
print(named, named.pattern, named.flags, named.groups, dict(named.groupindex))
m = named.search('xxaab!')
print(m, m.group(), m.group(1), m.group('second'), m.group(0, 'first', 2), m[1], m['second'])
print(m.groups(), m.groupdict(), m.span(), m.span(1), m.start('second'), m.end(2), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, repr(m.string), m.re is named)
m = named.match('aaa')
print(m.groups(), m.groups('-'), m.groupdict(default=0), m.span(2), m.lastindex, m.lastgroup)
print(m.__copy__() is m, m.__deepcopy__({}) is m, named.__copy__() is named, named.__deepcopy__(None) is named)
for bad in ['m.group(3)', 'm.group("nope")', 'm.group(1.5)', 'm.group([])', 'm.start(1, 2)', 'm.start(x=1)',
            'm.groups(1, 2)', 'm.expand()', 'm[-1]', 'named.match()', 'named.match("a", 1, 2, 3)',
            'named.match(x="a")', 'named.match("a", string="b")', 'named.match("a", "x")', 'named.match("a", 2**70)',
            'named.match(1)', 'named.match(b"a")', 'named.__deepcopy__()', 'named.__copy__(1)',
            'named.sub("x")', 'named.split("a", 1, 2)', 'named.findall("a", 1.5)']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)

# re.compile('(a)|(b)')
alt = _sre.compile('(a)|(b)', 32, [14, 4, 0, 1, 1, 7, 9, 17, 0, 16, 97, 17, 1, 15, 11, 9, 17, 2, 16, 98, 17, 3, 15, 2,
                                   0, 1], 2, {}, (None, None, None))
for s in ['a', 'b', 'c']:
    m = alt.match(s)
    print(s, m and (m.groups(), m.lastindex, m.lastgroup, m.span(1), m.span(2)))
print(alt.findall('abcab'), alt.split('xaybz'), alt.split('xaybz', maxsplit=1))
print(alt.sub(lambda m: m.group().upper(), 'cabbage'), alt.subn('-', 'cabbage', 2), alt.sub('', 'abc', count=-1))

# re.compile('x*'): empty matches next to other matches, as 3.7+ does
star = _sre.compile('x*', 32, [14, 4, 0, 0, 4294967295, 24, 6, 0, 4294967295, 16, 120, 1, 1], 0, {}, (None,))
print(star.sub('-', 'abxd'), star.subn('-', ''), star.findall('axxb'), star.split('axxbc'))
print([m.span() for m in star.finditer('xaxx')], [m.span() for m in star.finditer('axbx', 1, 3)])
sc = star.scanner('ax')
print(sc.pattern is star, sc.match(), sc.match(), sc.search(), sc.search(), sc.search())
print(star.match('abc', 2, 1), star.search('abc', 2, 1), star.fullmatch('abc', 2, 1), star.findall('abc', 2, 1))
print(star.fullmatch('xxx'), star.fullmatch('xxy'), star.match('xxy', endpos=2), star.search('yxx', pos=1))

# re.compile(b'[a-c]+'): bytes, bytearray and memoryview subjects
bp = _sre.compile(b'[a-c]+', 0, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 97, 99, 0, 1, 1], 0, {},
                  (None,))
print(bp, bp.search(b'xxabcz'), bp.search(bytearray(b'zcab')), bp.search(memoryview(b'..ba..')))
print(bp.findall(bytearray(b'ab-c')), bp.sub(b'-', memoryview(b'xaby')), bp.split(bytearray(b'1a2b3')))
m = bp.search(bytearray(b'xxabx'))
print(m.group(), type(m.group()).__name__, m.string)
for bad in ['bp.match("abc")', 'bp.sub(lambda m: "s", b"abc")', 'named.sub(b"x", "a")', 'named.sub(lambda m: 1, "a")',
            'bp.match(memoryview(b"abcd")[::2])']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)

# equality, hashing, repr
again = _sre.compile('(a)|(b)', 32, [14, 4, 0, 1, 1, 7, 9, 17, 0, 16, 97, 17, 1, 15, 11, 9, 17, 2, 16, 98, 17, 3, 15,
                                     2, 0, 1], 2, {}, (None, None, None))
print(alt == again, hash(alt) == hash(again), alt != named, alt == 'x', named == named)
print(_sre.compile('a', 2 | 8 | 16, [16, 97, 1], 0, {}, ()), _sre.compile(b'a', 32 | 4, [16, 97, 1], 0, {}, ()))
print(_sre.compile('a', 256 | 1 | 64 | 128 | 1024, [16, 97, 1], 0, {}, ()), _sre.compile(None, 0, [1], 0, {}, ()))
print(repr(_sre.compile('x' * 300, 0, [1], 0, {}, ())) == 're.compile(%s)' % repr('x' * 300)[:200])


# patterns accept weak references (re's caches do not need them, but user code may)
import _weakref
r = _weakref.ref(again)
print(r() is again)
del again
print(r())

# expect: 20220615 4 4294967295 1073741823 4
# expect: ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB '
# expect: [97, 122, 97, 201, -5] [233, 105, 963, -1]
# expect: [True, False, False, False] [True, True, False, True]
# expect: TypeError compile() argument 'code' must be list, not tuple
# expect: RuntimeError invalid SRE code
# expect: OverflowError can't convert negative value to unsigned int
# expect: OverflowError regular expression code size limit exceeded
# expect: OverflowError Python int too large to convert to C unsigned long
# expect: TypeError an integer is required
# expect: TypeError expected string or bytes-like object, got 'int'
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError compile() argument 'groupindex' must be dict, not list
# expect: TypeError compile() argument 'indexgroup' must be tuple, not list
# expect: RuntimeError invalid SRE code
# expect: RuntimeError invalid SRE code
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError compile() missing required argument 'pattern' (pos 1)
# expect: RuntimeError invalid SRE code
# expect: OverflowError Python int too large to convert to C int
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError _sre.ascii_iscased() takes exactly one argument (0 given)
# expect: TypeError _sre.getcodesize() takes no arguments (1 given)
# expect: re.compile('(?P<first>a+)(?P<second>b)?') (?P<first>a+)(?P<second>b)? 32 2 {'first': 1, 'second': 2}
# expect: <re.Match object; span=(2, 5), match='aab'> aab aa b ('aab', 'aa', 'b') aa b
# expect: ('aa', 'b') {'first': 'aa', 'second': 'b'} (2, 5) (2, 4) 4 5 ((2, 5), (2, 4), (4, 5))
# expect: 2 second 0 6 'xxaab!' True
# expect: ('aaa', None) ('aaa', '-') {'first': 'aaa', 'second': 0} (-1, -1) 1 first
# expect: True True True True
# expect: m.group(3) -> IndexError no such group
# expect: m.group("nope") -> IndexError no such group
# expect: m.group(1.5) -> IndexError no such group
# expect: m.group([]) -> TypeError unhashable type: 'list'
# expect: m.start(1, 2) -> TypeError start expected at most 1 argument, got 2
# expect: m.start(x=1) -> TypeError Match.start() takes no keyword arguments
# expect: m.groups(1, 2) -> TypeError groups() takes at most 1 argument (2 given)
# expect: m.expand() -> TypeError expand() missing required argument 'template' (pos 1)
# expect: m[-1] -> IndexError no such group
# expect: named.match() -> TypeError match() missing required argument 'string' (pos 1)
# expect: named.match("a", 1, 2, 3) -> TypeError match() takes at most 3 arguments (4 given)
# expect: named.match(x="a") -> TypeError match() missing required argument 'string' (pos 1)
# expect: named.match("a", string="b") -> TypeError argument for match() given by name ('string') and position (1)
# expect: named.match("a", "x") -> TypeError 'str' object cannot be interpreted as an integer
# expect: named.match("a", 2**70) -> OverflowError Python int too large to convert to C ssize_t
# expect: named.match(1) -> TypeError expected string or bytes-like object, got 'int'
# expect: named.match(b"a") -> TypeError cannot use a string pattern on a bytes-like object
# expect: named.__deepcopy__() -> TypeError Pattern.__deepcopy__() takes exactly one argument (0 given)
# expect: named.__copy__(1) -> TypeError Pattern.__copy__() takes no arguments (1 given)
# expect: named.sub("x") -> TypeError sub() missing required argument 'string' (pos 2)
# expect: named.split("a", 1, 2) -> TypeError split() takes at most 2 arguments (3 given)
# expect: named.findall("a", 1.5) -> TypeError 'float' object cannot be interpreted as an integer
# expect: a (('a', None), 1, None, (0, 1), (-1, -1))
# expect: b ((None, 'b'), 2, None, (-1, -1), (0, 1))
# expect: c None
# expect: [('a', ''), ('', 'b'), ('a', ''), ('', 'b')] ['x', 'a', None, 'y', None, 'b', 'z'] ['x', 'a', None, 'ybz']
# expect: cABBAge ('c--bage', 2) abc
# expect: -a-b--d- ('-', 1) ['', 'xx', '', ''] ['', 'a', '', 'b', 'c', '']
# expect: [(0, 1), (1, 1), (2, 4), (4, 4)] [(1, 2), (2, 2), (3, 3)]
# expect: True <re.Match object; span=(0, 0), match=''> None None None None
# expect: None None None []
# expect: <re.Match object; span=(0, 3), match='xxx'> None <re.Match object; span=(0, 2), match='xx'> <re.Match object; span=(1, 3), match='xx'>
# expect: re.compile(b'[a-c]+') <re.Match object; span=(2, 5), match=b'abc'> <re.Match object; span=(1, 4), match=b'cab'> <re.Match object; span=(2, 4), match=b'ba'>
# expect: [b'ab', b'c'] b'x-y' [b'1', b'2', b'3']
# expect: b'ab' bytes bytearray(b'xxabx')
# expect: bp.match("abc") -> TypeError cannot use a bytes pattern on a string-like object
# expect: bp.sub(lambda m: "s", b"abc") -> TypeError sequence item 0: expected a bytes-like object, str found
# expect: named.sub(b"x", "a") -> TypeError sequence item 0: expected str instance, bytes found
# expect: named.sub(lambda m: 1, "a") -> TypeError sequence item 0: expected str instance, int found
# expect: bp.match(memoryview(b"abcd")[::2]) -> TypeError expected string or bytes-like object, got 'memoryview'
# expect: True True True False True
# expect: re.compile('a', re.IGNORECASE|re.MULTILINE|re.DOTALL) re.compile(b'a', re.LOCALE|re.UNICODE)
# expect: re.compile('a', re.TEMPLATE|re.VERBOSE|re.DEBUG|re.ASCII|0x400) re.compile(None)
# expect: True
# expect: True
# expect: None

# The methods bytes and bytearray share, with bytes-like arguments of every
# kind (bytes, bytearray, memoryview), the results' types and CPython's errors.
def t(s):
    try:
        r = eval(s)
        print(s, '=>', repr(r))
    except Exception as e:
        print(s, '=>', type(e).__name__ + ":", e)

for kind in ["bytes", "bytearray"]:
    def w(x):
        return x if kind == "bytes" else "bytearray(" + x + ")"
    for expr in [
        "{x}.center(5, 'a')", "{x}.center(5, b'ab')", "{x}.center()", "{x}.center(5, 1)", "{x}.center('a')",
        "{x}.ljust(5, bytearray(b'-'))", "{x}.zfill('a')", "{x}.zfill()", "{x}.expandtabs('a')", "{x}.expandtabs(tabsize=2)",
        "{x}.split(1)", "{x}.split('a')", "{x}.split(b'')", "{x}.split(sep=memoryview(b'b'))", "{x}.split(maxsplit='a')",
        "{x}.strip('a')", "{x}.strip(1)", "{x}.strip(x=1)", "{x}.strip(memoryview(b'a'))",
        "{x}.join(['a'])", "{x}.join([1])", "{x}.join(1)", "{x}.join([memoryview(b'x'), bytearray(b'y')])",
        "{x}.replace('a', b'b')", "{x}.replace(b'a', 'b')", "{x}.replace(b'a')", "{x}.replace(b'a', b'b', 'x')",
        "{x}.partition('a')", "{x}.partition(b'')", "{x}.rpartition(1)", "[type(p).__name__ for p in {x}.partition(memoryview(b'b'))]", "{x}.partition(memoryview(b'b'))[::2]",
        "{x}.translate(b'x')", "{x}.translate(None, 'a')", "{x}.translate('a'*256)", "{x}.translate(bytearray(256))",
        "{x}.maketrans(b'a', 'b')", "{x}.maketrans('a', b'b')", "{x}.maketrans(b'ab', b'c')",
        "{x}.startswith('a')", "{x}.startswith(('a',))", "{x}.startswith(1)", "{x}.endswith(memoryview(b'c'))",
        "{x}.find('a')", "{x}.find(300)", "{x}.find(-1)", "{x}.find(1.5)", "{x}.find(98)", "{x}.count(memoryview(b'b'))",
        "{x}.index(b'z')", "{x}.rindex(b'z')", "{x}.index()", "{x}.find(b'a', 'x')",
        "{x}.removeprefix('a')", "{x}.removesuffix(b'c')", "{x}.removeprefix(memoryview(b'a'))",
        "{x}.decode('nope')", "{x}.decode(errors='bad')", "{x}.decode(1)",
        "{x}.hex(1)", "{x}.hex('ab')", "{x}.hex(':', 'x')", "{x}.hex(b':', 0)", "{x}.hex('é')",
        "{x}.splitlines(1)", "{x}.splitlines(True)", "{x}.splitlines(keepends=[])",
        "{x}.title(1)", "{x}.isascii()", "{x}.upper(x=1)",
        "{x}.fromhex(b'ab')", "{x}.fromhex('a')", "{x}.fromhex('é')", "{x}.fromhex(' 1')", "{x}.fromhex('1 2')",
        "{x}.count()", "{x}.count(b'a', 1, 2, 3)", "{x}.strip(b'a', b'b')",
        "{x} + 'a'", "{x} + 1", "{x} + memoryview(b'z')", "{x} + bytearray(b'z')", "'a' + {x}", "{x} * 'a'", "{x} * 2.0",
        "{x}[1.0]", "{x}['a']", "{x}[5]", "{x}[-5]", "{x}[::-1]", "{x}[1:]",
        "'a' in {x}", "97 in {x}", "256 in {x}", "memoryview(b'ab') in {x}", "1.0 in {x}",
        "{x} == 'abc'", "{x} == memoryview(b'abc')", "{x} < bytearray(b'b')", "{x} < 'b'", "{x} < memoryview(b'b')", "{x} <= [1]",
        "{x} % 1", "{x} % ()", "iter({x}).__length_hint__()", "{x}.__getnewargs__()", "{x}.__bytes__()",
        "{x}.__alloc__()",
    ]:
        t(expr.format(x=w("b'abc'")))
    for expr in ["{x}.split()", "{x}.split(None, 1)", "{x}.rsplit(None, 1)", "{x}.split(b' ')", "{x}.rsplit(b' ', 1)",
                 "{x}.strip()", "{x}.lstrip(b' a')", "{x}.rstrip(bytearray(b' c'))", "{x}.partition(b' ')", "{x}.rpartition(b' ')",
                 "{x}.partition(b'z')", "{x}.rpartition(b'z')", "{x}.title()", "{x}.capitalize()", "{x}.swapcase()", "{x}.upper()",
                 "{x}.lower()", "{x}.center(15, b'*')", "{x}.ljust(14)", "{x}.rjust(14, bytearray(b'.'))", "{x}.zfill(14)",
                 "{x}.count(b' ')", "{x}.count(32)", "{x}.find(b'b', 3)", "{x}.rfind(b'b', 0, -2)", "{x}.index(99)", "{x}.rindex(b' ')",
                 "{x}.startswith((b'x', b' a'))", "{x}.endswith(b'c ', 0, 100)", "{x}.replace(b' ', b'')", "{x}.replace(b'b', b'BB', 1)",
                 "{x}.translate(None, b' ')", "{x}.translate(bytes.maketrans(b'abc', b'xyz'))", "{x}.removeprefix(b' ')",
                 "{x}.removesuffix(b'c ')", "{x}.hex()", "{x}.hex(b'|', -2)", "{x}.decode()", "{x}.isspace()", "{x}.splitlines()",
                 "{x}.expandtabs(4)", "{x}.join([b'1', bytearray(b'2'), memoryview(b'3')])", "{x}[::2]", "{x} * 2", "{x} + b'!'",
                 "type({x}.strip()).__name__", "type({x}.fromhex('41')).__name__"]:
        t(expr.format(x=w("b' a\\tbc '")))

for s in ["b'a'.translate()", "b'a'.translate(None, b'', 1)", "b'a'.translate(None, delete=b'a')", "b'a'.translate(table=None)",
          "b'a'.maketrans(b'a')", "bytes.maketrans(b'a', b'b', b'c')", "bytes.maketrans(frm=b'a', to=b'b')",
          "b'a'.partition()", "b'a'.partition(b'a', b'b')", "b'a'.splitlines(1, 2)", "b'a'.splitlines(x=1)",
          "b'a'.expandtabs(1, 2)", "b'a'.expandtabs(x=1)", "b'a'.decode('utf-8', 'strict', 1)", "b'a'.decode(x=1)",
          "b'a'.hex(1, 2, 3)", "b'a'.hex(x=1)", "b'a'.split(b'a', 1, 2)", "b'a'.split(x=1)", "b'a'.split(b'a', sep=b'a')",
          "b'a'.removeprefix()", "b'a'.zfill(1, 2)", "b'a'.center(1, b'a', 1)", "b'a'.ljust()", "b'a'.join()",
          "b'a'.join(x=1)", "b'a'.startswith()", "b'a'.startswith(b'a', 0, 1, 2)", "b'a'.startswith(x=1)",
          "b'a'.replace(b'a', b'b', 1, 2)", "b'a'.replace(x=1)", "b'a'.isalpha(1)", "b'a'.isalpha(x=1)",
          "b'a'.count(b'a', x=1)", "b'a'.fromhex()", "bytes.fromhex('a', 'b')", "bytes.fromhex(string='ab')",
          "b'a\\tb\\nc\\td'.expandtabs(3)", "b'\\x80abc\\xff'.upper()", "b'\\x80abc\\xff'.title()", "b'abc def'.title()",
          "b'hello World'.swapcase()", "b'aBC'.capitalize()", "b''.isupper()", "b'1'.isupper()", "b'A1'.isupper()", "b'a1'.islower()",
          "b'Hello World'.istitle()", "b'Hello world'.istitle()", "b' '.istitle()", "b'\\x80'.isascii()",
          "b'a\\x0bb\\x0cc\\x1cd\\x1de\\x1ef\\x85g'.splitlines()", "b' \\x0b\\x0c\\x1c x'.split()", "b' \\x0b\\x0c\\x1c x'.strip()",
          "b'-12'.zfill(5)", "b'+12'.zfill(5)", "b'12'.zfill(1)", "b''.zfill(3)",
          "b'abc'.center(6)", "b'abc'.center(7, b'*')", "b'ab'.center(5, b'*')", "b'a'.center(4, b'*')",
          "b'abc'.rsplit(b'b', 0)", "b' a b c '.rsplit(None, 1)", "b'a,b,c'.rsplit(b',', 1)", "b'aaa'.replace(b'a', b'bb', 2)",
          "b'abc'.replace(b'', b'-')", "b'abc'.replace(b'', b'-', 2)", "b''.replace(b'', b'x')", "b'abc'.count(b'')",
          "b'abc'.find(b'', 4)", "b'abc'.find(b'', 3)", "b'abc'.count(b'', 10)", "b'abc'.startswith(b'', 4)", "b'abc'.startswith(b'', 3)",
          "b'abc'.endswith((b'x', bytearray(b'c')))", "b'abc'.startswith((b'x', 1))", "b'abc'.rindex(98)",
          "b'a'.decode('latin-1')", "b'\\xff'.decode('ascii')", "b'\\xff'.decode('ascii','backslashreplace')", "b'\\xff'.decode('utf-8','surrogateescape')",
          "b'x'.decode('UTF8')",
         ]:
    t(s)
    if s.startswith("b'"):
        t("bytearray(" + s[:s.index("'.") + 1] + ")" + s[s.index("'.") + 1:])
# expect: b'abc'.center(5, 'a') => TypeError: center() argument 2 must be a byte string of length 1, not str
# expect: b'abc'.center(5, b'ab') => TypeError: center() argument 2 must be a byte string of length 1, not bytes
# expect: b'abc'.center() => TypeError: center expected at least 1 argument, got 0
# expect: b'abc'.center(5, 1) => TypeError: center() argument 2 must be a byte string of length 1, not int
# expect: b'abc'.center('a') => TypeError: 'str' object cannot be interpreted as an integer
# expect: b'abc'.ljust(5, bytearray(b'-')) => b'abc--'
# expect: b'abc'.zfill('a') => TypeError: 'str' object cannot be interpreted as an integer
# expect: b'abc'.zfill() => TypeError: bytes.zfill() takes exactly one argument (0 given)
# expect: b'abc'.expandtabs('a') => TypeError: 'str' object cannot be interpreted as an integer
# expect: b'abc'.expandtabs(tabsize=2) => b'abc'
# expect: b'abc'.split(1) => TypeError: a bytes-like object is required, not 'int'
# expect: b'abc'.split('a') => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.split(b'') => ValueError: empty separator
# expect: b'abc'.split(sep=memoryview(b'b')) => [b'a', b'c']
# expect: b'abc'.split(maxsplit='a') => TypeError: 'str' object cannot be interpreted as an integer
# expect: b'abc'.strip('a') => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.strip(1) => TypeError: a bytes-like object is required, not 'int'
# expect: b'abc'.strip(x=1) => TypeError: bytes.strip() takes no keyword arguments
# expect: b'abc'.strip(memoryview(b'a')) => b'bc'
# expect: b'abc'.join(['a']) => TypeError: sequence item 0: expected a bytes-like object, str found
# expect: b'abc'.join([1]) => TypeError: sequence item 0: expected a bytes-like object, int found
# expect: b'abc'.join(1) => TypeError: can only join an iterable
# expect: b'abc'.join([memoryview(b'x'), bytearray(b'y')]) => b'xabcy'
# expect: b'abc'.replace('a', b'b') => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.replace(b'a', 'b') => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.replace(b'a') => TypeError: replace expected at least 2 arguments, got 1
# expect: b'abc'.replace(b'a', b'b', 'x') => TypeError: 'str' object cannot be interpreted as an integer
# expect: b'abc'.partition('a') => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.partition(b'') => ValueError: empty separator
# expect: b'abc'.rpartition(1) => TypeError: a bytes-like object is required, not 'int'
# expect: [type(p).__name__ for p in b'abc'.partition(memoryview(b'b'))] => ['bytes', 'memoryview', 'bytes']
# expect: b'abc'.partition(memoryview(b'b'))[::2] => (b'a', b'c')
# expect: b'abc'.translate(b'x') => ValueError: translation table must be 256 characters long
# expect: b'abc'.translate(None, 'a') => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.translate('a'*256) => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.translate(bytearray(256)) => b'\x00\x00\x00'
# expect: b'abc'.maketrans(b'a', 'b') => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.maketrans('a', b'b') => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.maketrans(b'ab', b'c') => ValueError: maketrans arguments must have same length
# expect: b'abc'.startswith('a') => TypeError: startswith first arg must be bytes or a tuple of bytes, not str
# expect: b'abc'.startswith(('a',)) => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.startswith(1) => TypeError: startswith first arg must be bytes or a tuple of bytes, not int
# expect: b'abc'.endswith(memoryview(b'c')) => True
# expect: b'abc'.find('a') => TypeError: argument should be integer or bytes-like object, not 'str'
# expect: b'abc'.find(300) => ValueError: byte must be in range(0, 256)
# expect: b'abc'.find(-1) => ValueError: byte must be in range(0, 256)
# expect: b'abc'.find(1.5) => TypeError: argument should be integer or bytes-like object, not 'float'
# expect: b'abc'.find(98) => 1
# expect: b'abc'.count(memoryview(b'b')) => 1
# expect: b'abc'.index(b'z') => ValueError: subsection not found
# expect: b'abc'.rindex(b'z') => ValueError: subsection not found
# expect: b'abc'.index() => TypeError: index() takes at least 1 argument (0 given)
# expect: b'abc'.find(b'a', 'x') => TypeError: slice indices must be integers or None or have an __index__ method
# expect: b'abc'.removeprefix('a') => TypeError: a bytes-like object is required, not 'str'
# expect: b'abc'.removesuffix(b'c') => b'ab'
# expect: b'abc'.removeprefix(memoryview(b'a')) => b'bc'
# expect: b'abc'.decode('nope') => LookupError: unknown encoding: nope
# expect: b'abc'.decode(errors='bad') => 'abc'
# expect: b'abc'.decode(1) => TypeError: decode() argument 'encoding' must be str, not int
# expect: b'abc'.hex(1) => TypeError: object of type 'int' has no len()
# expect: b'abc'.hex('ab') => ValueError: sep must be length 1.
# expect: b'abc'.hex(':', 'x') => TypeError: 'str' object cannot be interpreted as an integer
# expect: b'abc'.hex(b':', 0) => '616263'
# expect: b'abc'.hex('é') => ValueError: sep must be ASCII.
# expect: b'abc'.splitlines(1) => [b'abc']
# expect: b'abc'.splitlines(True) => [b'abc']
# expect: b'abc'.splitlines(keepends=[]) => TypeError: 'list' object cannot be interpreted as an integer
# expect: b'abc'.title(1) => TypeError: bytes.title() takes no arguments (1 given)
# expect: b'abc'.isascii() => True
# expect: b'abc'.upper(x=1) => TypeError: bytes.upper() takes no keyword arguments
# expect: b'abc'.fromhex(b'ab') => TypeError: fromhex() argument must be str, not bytes
# expect: b'abc'.fromhex('a') => ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: b'abc'.fromhex('é') => ValueError: non-hexadecimal number found in fromhex() arg at position 0
# expect: b'abc'.fromhex(' 1') => ValueError: non-hexadecimal number found in fromhex() arg at position 2
# expect: b'abc'.fromhex('1 2') => ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: b'abc'.count() => TypeError: count() takes at least 1 argument (0 given)
# expect: b'abc'.count(b'a', 1, 2, 3) => TypeError: count() takes at most 3 arguments (4 given)
# expect: b'abc'.strip(b'a', b'b') => TypeError: strip expected at most 1 argument, got 2
# expect: b'abc' + 'a' => TypeError: can't concat str to bytes
# expect: b'abc' + 1 => TypeError: can't concat int to bytes
# expect: b'abc' + memoryview(b'z') => b'abcz'
# expect: b'abc' + bytearray(b'z') => b'abcz'
# expect: 'a' + b'abc' => TypeError: can only concatenate str (not "bytes") to str
# expect: b'abc' * 'a' => TypeError: can't multiply sequence by non-int of type 'str'
# expect: b'abc' * 2.0 => TypeError: can't multiply sequence by non-int of type 'float'
# expect: b'abc'[1.0] => TypeError: byte indices must be integers or slices, not float
# expect: b'abc'['a'] => TypeError: byte indices must be integers or slices, not str
# expect: b'abc'[5] => IndexError: index out of range
# expect: b'abc'[-5] => IndexError: index out of range
# expect: b'abc'[::-1] => b'cba'
# expect: b'abc'[1:] => b'bc'
# expect: 'a' in b'abc' => TypeError: a bytes-like object is required, not 'str'
# expect: 97 in b'abc' => True
# expect: 256 in b'abc' => ValueError: byte must be in range(0, 256)
# expect: memoryview(b'ab') in b'abc' => True
# expect: 1.0 in b'abc' => TypeError: a bytes-like object is required, not 'float'
# expect: b'abc' == 'abc' => False
# expect: b'abc' == memoryview(b'abc') => True
# expect: b'abc' < bytearray(b'b') => True
# expect: b'abc' < 'b' => TypeError: '<' not supported between instances of 'bytes' and 'str'
# expect: b'abc' < memoryview(b'b') => TypeError: '<' not supported between instances of 'bytes' and 'memoryview'
# expect: b'abc' <= [1] => TypeError: '<=' not supported between instances of 'bytes' and 'list'
# expect: b'abc' % 1 => TypeError: not all arguments converted during bytes formatting
# expect: b'abc' % () => b'abc'
# expect: iter(b'abc').__length_hint__() => 3
# expect: b'abc'.__getnewargs__() => (b'abc',)
# expect: b'abc'.__bytes__() => b'abc'
# expect: b'abc'.__alloc__() => AttributeError: 'bytes' object has no attribute '__alloc__'
# expect: b' a\tbc '.split() => [b'a', b'bc']
# expect: b' a\tbc '.split(None, 1) => [b'a', b'bc ']
# expect: b' a\tbc '.rsplit(None, 1) => [b' a', b'bc']
# expect: b' a\tbc '.split(b' ') => [b'', b'a\tbc', b'']
# expect: b' a\tbc '.rsplit(b' ', 1) => [b' a\tbc', b'']
# expect: b' a\tbc '.strip() => b'a\tbc'
# expect: b' a\tbc '.lstrip(b' a') => b'\tbc '
# expect: b' a\tbc '.rstrip(bytearray(b' c')) => b' a\tb'
# expect: b' a\tbc '.partition(b' ') => (b'', b' ', b'a\tbc ')
# expect: b' a\tbc '.rpartition(b' ') => (b' a\tbc', b' ', b'')
# expect: b' a\tbc '.partition(b'z') => (b' a\tbc ', b'', b'')
# expect: b' a\tbc '.rpartition(b'z') => (b'', b'', b' a\tbc ')
# expect: b' a\tbc '.title() => b' A\tBc '
# expect: b' a\tbc '.capitalize() => b' a\tbc '
# expect: b' a\tbc '.swapcase() => b' A\tBC '
# expect: b' a\tbc '.upper() => b' A\tBC '
# expect: b' a\tbc '.lower() => b' a\tbc '
# expect: b' a\tbc '.center(15, b'*') => b'***** a\tbc ****'
# expect: b' a\tbc '.ljust(14) => b' a\tbc         '
# expect: b' a\tbc '.rjust(14, bytearray(b'.')) => b'........ a\tbc '
# expect: b' a\tbc '.zfill(14) => b'00000000 a\tbc '
# expect: b' a\tbc '.count(b' ') => 2
# expect: b' a\tbc '.count(32) => 2
# expect: b' a\tbc '.find(b'b', 3) => 3
# expect: b' a\tbc '.rfind(b'b', 0, -2) => 3
# expect: b' a\tbc '.index(99) => 4
# expect: b' a\tbc '.rindex(b' ') => 5
# expect: b' a\tbc '.startswith((b'x', b' a')) => True
# expect: b' a\tbc '.endswith(b'c ', 0, 100) => True
# expect: b' a\tbc '.replace(b' ', b'') => b'a\tbc'
# expect: b' a\tbc '.replace(b'b', b'BB', 1) => b' a\tBBc '
# expect: b' a\tbc '.translate(None, b' ') => b'a\tbc'
# expect: b' a\tbc '.translate(bytes.maketrans(b'abc', b'xyz')) => b' x\tyz '
# expect: b' a\tbc '.removeprefix(b' ') => b'a\tbc '
# expect: b' a\tbc '.removesuffix(b'c ') => b' a\tb'
# expect: b' a\tbc '.hex() => '206109626320'
# expect: b' a\tbc '.hex(b'|', -2) => '2061|0962|6320'
# expect: b' a\tbc '.decode() => ' a\tbc '
# expect: b' a\tbc '.isspace() => False
# expect: b' a\tbc '.splitlines() => [b' a\tbc ']
# expect: b' a\tbc '.expandtabs(4) => b' a  bc '
# expect: b' a\tbc '.join([b'1', bytearray(b'2'), memoryview(b'3')]) => b'1 a\tbc 2 a\tbc 3'
# expect: b' a\tbc '[::2] => b' \tc'
# expect: b' a\tbc ' * 2 => b' a\tbc  a\tbc '
# expect: b' a\tbc ' + b'!' => b' a\tbc !'
# expect: type(b' a\tbc '.strip()).__name__ => 'bytes'
# expect: type(b' a\tbc '.fromhex('41')).__name__ => 'bytes'
# expect: bytearray(b'abc').center(5, 'a') => TypeError: center() argument 2 must be a byte string of length 1, not str
# expect: bytearray(b'abc').center(5, b'ab') => TypeError: center() argument 2 must be a byte string of length 1, not bytes
# expect: bytearray(b'abc').center() => TypeError: center expected at least 1 argument, got 0
# expect: bytearray(b'abc').center(5, 1) => TypeError: center() argument 2 must be a byte string of length 1, not int
# expect: bytearray(b'abc').center('a') => TypeError: 'str' object cannot be interpreted as an integer
# expect: bytearray(b'abc').ljust(5, bytearray(b'-')) => bytearray(b'abc--')
# expect: bytearray(b'abc').zfill('a') => TypeError: 'str' object cannot be interpreted as an integer
# expect: bytearray(b'abc').zfill() => TypeError: bytearray.zfill() takes exactly one argument (0 given)
# expect: bytearray(b'abc').expandtabs('a') => TypeError: 'str' object cannot be interpreted as an integer
# expect: bytearray(b'abc').expandtabs(tabsize=2) => bytearray(b'abc')
# expect: bytearray(b'abc').split(1) => TypeError: a bytes-like object is required, not 'int'
# expect: bytearray(b'abc').split('a') => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').split(b'') => ValueError: empty separator
# expect: bytearray(b'abc').split(sep=memoryview(b'b')) => [bytearray(b'a'), bytearray(b'c')]
# expect: bytearray(b'abc').split(maxsplit='a') => TypeError: 'str' object cannot be interpreted as an integer
# expect: bytearray(b'abc').strip('a') => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').strip(1) => TypeError: a bytes-like object is required, not 'int'
# expect: bytearray(b'abc').strip(x=1) => TypeError: bytearray.strip() takes no keyword arguments
# expect: bytearray(b'abc').strip(memoryview(b'a')) => bytearray(b'bc')
# expect: bytearray(b'abc').join(['a']) => TypeError: sequence item 0: expected a bytes-like object, str found
# expect: bytearray(b'abc').join([1]) => TypeError: sequence item 0: expected a bytes-like object, int found
# expect: bytearray(b'abc').join(1) => TypeError: can only join an iterable
# expect: bytearray(b'abc').join([memoryview(b'x'), bytearray(b'y')]) => bytearray(b'xabcy')
# expect: bytearray(b'abc').replace('a', b'b') => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').replace(b'a', 'b') => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').replace(b'a') => TypeError: replace expected at least 2 arguments, got 1
# expect: bytearray(b'abc').replace(b'a', b'b', 'x') => TypeError: 'str' object cannot be interpreted as an integer
# expect: bytearray(b'abc').partition('a') => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').partition(b'') => ValueError: empty separator
# expect: bytearray(b'abc').rpartition(1) => TypeError: a bytes-like object is required, not 'int'
# expect: [type(p).__name__ for p in bytearray(b'abc').partition(memoryview(b'b'))] => ['bytearray', 'bytearray', 'bytearray']
# expect: bytearray(b'abc').partition(memoryview(b'b'))[::2] => (bytearray(b'a'), bytearray(b'c'))
# expect: bytearray(b'abc').translate(b'x') => ValueError: translation table must be 256 characters long
# expect: bytearray(b'abc').translate(None, 'a') => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').translate('a'*256) => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').translate(bytearray(256)) => bytearray(b'\x00\x00\x00')
# expect: bytearray(b'abc').maketrans(b'a', 'b') => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').maketrans('a', b'b') => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').maketrans(b'ab', b'c') => ValueError: maketrans arguments must have same length
# expect: bytearray(b'abc').startswith('a') => TypeError: startswith first arg must be bytes or a tuple of bytes, not str
# expect: bytearray(b'abc').startswith(('a',)) => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').startswith(1) => TypeError: startswith first arg must be bytes or a tuple of bytes, not int
# expect: bytearray(b'abc').endswith(memoryview(b'c')) => True
# expect: bytearray(b'abc').find('a') => TypeError: argument should be integer or bytes-like object, not 'str'
# expect: bytearray(b'abc').find(300) => ValueError: byte must be in range(0, 256)
# expect: bytearray(b'abc').find(-1) => ValueError: byte must be in range(0, 256)
# expect: bytearray(b'abc').find(1.5) => TypeError: argument should be integer or bytes-like object, not 'float'
# expect: bytearray(b'abc').find(98) => 1
# expect: bytearray(b'abc').count(memoryview(b'b')) => 1
# expect: bytearray(b'abc').index(b'z') => ValueError: subsection not found
# expect: bytearray(b'abc').rindex(b'z') => ValueError: subsection not found
# expect: bytearray(b'abc').index() => TypeError: index() takes at least 1 argument (0 given)
# expect: bytearray(b'abc').find(b'a', 'x') => TypeError: slice indices must be integers or None or have an __index__ method
# expect: bytearray(b'abc').removeprefix('a') => TypeError: a bytes-like object is required, not 'str'
# expect: bytearray(b'abc').removesuffix(b'c') => bytearray(b'ab')
# expect: bytearray(b'abc').removeprefix(memoryview(b'a')) => bytearray(b'bc')
# expect: bytearray(b'abc').decode('nope') => LookupError: unknown encoding: nope
# expect: bytearray(b'abc').decode(errors='bad') => 'abc'
# expect: bytearray(b'abc').decode(1) => TypeError: decode() argument 'encoding' must be str, not int
# expect: bytearray(b'abc').hex(1) => TypeError: object of type 'int' has no len()
# expect: bytearray(b'abc').hex('ab') => ValueError: sep must be length 1.
# expect: bytearray(b'abc').hex(':', 'x') => TypeError: 'str' object cannot be interpreted as an integer
# expect: bytearray(b'abc').hex(b':', 0) => '616263'
# expect: bytearray(b'abc').hex('é') => ValueError: sep must be ASCII.
# expect: bytearray(b'abc').splitlines(1) => [bytearray(b'abc')]
# expect: bytearray(b'abc').splitlines(True) => [bytearray(b'abc')]
# expect: bytearray(b'abc').splitlines(keepends=[]) => TypeError: 'list' object cannot be interpreted as an integer
# expect: bytearray(b'abc').title(1) => TypeError: bytearray.title() takes no arguments (1 given)
# expect: bytearray(b'abc').isascii() => True
# expect: bytearray(b'abc').upper(x=1) => TypeError: bytearray.upper() takes no keyword arguments
# expect: bytearray(b'abc').fromhex(b'ab') => TypeError: fromhex() argument must be str, not bytes
# expect: bytearray(b'abc').fromhex('a') => ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: bytearray(b'abc').fromhex('é') => ValueError: non-hexadecimal number found in fromhex() arg at position 0
# expect: bytearray(b'abc').fromhex(' 1') => ValueError: non-hexadecimal number found in fromhex() arg at position 2
# expect: bytearray(b'abc').fromhex('1 2') => ValueError: non-hexadecimal number found in fromhex() arg at position 1
# expect: bytearray(b'abc').count() => TypeError: count() takes at least 1 argument (0 given)
# expect: bytearray(b'abc').count(b'a', 1, 2, 3) => TypeError: count() takes at most 3 arguments (4 given)
# expect: bytearray(b'abc').strip(b'a', b'b') => TypeError: strip expected at most 1 argument, got 2
# expect: bytearray(b'abc') + 'a' => TypeError: can't concat str to bytearray
# expect: bytearray(b'abc') + 1 => TypeError: can't concat int to bytearray
# expect: bytearray(b'abc') + memoryview(b'z') => bytearray(b'abcz')
# expect: bytearray(b'abc') + bytearray(b'z') => bytearray(b'abcz')
# expect: 'a' + bytearray(b'abc') => TypeError: can only concatenate str (not "bytearray") to str
# expect: bytearray(b'abc') * 'a' => TypeError: can't multiply sequence by non-int of type 'str'
# expect: bytearray(b'abc') * 2.0 => TypeError: can't multiply sequence by non-int of type 'float'
# expect: bytearray(b'abc')[1.0] => TypeError: bytearray indices must be integers or slices, not float
# expect: bytearray(b'abc')['a'] => TypeError: bytearray indices must be integers or slices, not str
# expect: bytearray(b'abc')[5] => IndexError: bytearray index out of range
# expect: bytearray(b'abc')[-5] => IndexError: bytearray index out of range
# expect: bytearray(b'abc')[::-1] => bytearray(b'cba')
# expect: bytearray(b'abc')[1:] => bytearray(b'bc')
# expect: 'a' in bytearray(b'abc') => TypeError: a bytes-like object is required, not 'str'
# expect: 97 in bytearray(b'abc') => True
# expect: 256 in bytearray(b'abc') => ValueError: byte must be in range(0, 256)
# expect: memoryview(b'ab') in bytearray(b'abc') => True
# expect: 1.0 in bytearray(b'abc') => TypeError: a bytes-like object is required, not 'float'
# expect: bytearray(b'abc') == 'abc' => False
# expect: bytearray(b'abc') == memoryview(b'abc') => True
# expect: bytearray(b'abc') < bytearray(b'b') => True
# expect: bytearray(b'abc') < 'b' => TypeError: '<' not supported between instances of 'bytearray' and 'str'
# expect: bytearray(b'abc') < memoryview(b'b') => True
# expect: bytearray(b'abc') <= [1] => TypeError: '<=' not supported between instances of 'bytearray' and 'list'
# expect: bytearray(b'abc') % 1 => TypeError: not all arguments converted during bytes formatting
# expect: bytearray(b'abc') % () => bytearray(b'abc')
# expect: iter(bytearray(b'abc')).__length_hint__() => 3
# expect: bytearray(b'abc').__getnewargs__() => AttributeError: 'bytearray' object has no attribute '__getnewargs__'
# expect: bytearray(b'abc').__bytes__() => AttributeError: 'bytearray' object has no attribute '__bytes__'
# expect: bytearray(b'abc').__alloc__() => 4
# expect: bytearray(b' a\tbc ').split() => [bytearray(b'a'), bytearray(b'bc')]
# expect: bytearray(b' a\tbc ').split(None, 1) => [bytearray(b'a'), bytearray(b'bc ')]
# expect: bytearray(b' a\tbc ').rsplit(None, 1) => [bytearray(b' a'), bytearray(b'bc')]
# expect: bytearray(b' a\tbc ').split(b' ') => [bytearray(b''), bytearray(b'a\tbc'), bytearray(b'')]
# expect: bytearray(b' a\tbc ').rsplit(b' ', 1) => [bytearray(b' a\tbc'), bytearray(b'')]
# expect: bytearray(b' a\tbc ').strip() => bytearray(b'a\tbc')
# expect: bytearray(b' a\tbc ').lstrip(b' a') => bytearray(b'\tbc ')
# expect: bytearray(b' a\tbc ').rstrip(bytearray(b' c')) => bytearray(b' a\tb')
# expect: bytearray(b' a\tbc ').partition(b' ') => (bytearray(b''), bytearray(b' '), bytearray(b'a\tbc '))
# expect: bytearray(b' a\tbc ').rpartition(b' ') => (bytearray(b' a\tbc'), bytearray(b' '), bytearray(b''))
# expect: bytearray(b' a\tbc ').partition(b'z') => (bytearray(b' a\tbc '), bytearray(b''), bytearray(b''))
# expect: bytearray(b' a\tbc ').rpartition(b'z') => (bytearray(b''), bytearray(b''), bytearray(b' a\tbc '))
# expect: bytearray(b' a\tbc ').title() => bytearray(b' A\tBc ')
# expect: bytearray(b' a\tbc ').capitalize() => bytearray(b' a\tbc ')
# expect: bytearray(b' a\tbc ').swapcase() => bytearray(b' A\tBC ')
# expect: bytearray(b' a\tbc ').upper() => bytearray(b' A\tBC ')
# expect: bytearray(b' a\tbc ').lower() => bytearray(b' a\tbc ')
# expect: bytearray(b' a\tbc ').center(15, b'*') => bytearray(b'***** a\tbc ****')
# expect: bytearray(b' a\tbc ').ljust(14) => bytearray(b' a\tbc         ')
# expect: bytearray(b' a\tbc ').rjust(14, bytearray(b'.')) => bytearray(b'........ a\tbc ')
# expect: bytearray(b' a\tbc ').zfill(14) => bytearray(b'00000000 a\tbc ')
# expect: bytearray(b' a\tbc ').count(b' ') => 2
# expect: bytearray(b' a\tbc ').count(32) => 2
# expect: bytearray(b' a\tbc ').find(b'b', 3) => 3
# expect: bytearray(b' a\tbc ').rfind(b'b', 0, -2) => 3
# expect: bytearray(b' a\tbc ').index(99) => 4
# expect: bytearray(b' a\tbc ').rindex(b' ') => 5
# expect: bytearray(b' a\tbc ').startswith((b'x', b' a')) => True
# expect: bytearray(b' a\tbc ').endswith(b'c ', 0, 100) => True
# expect: bytearray(b' a\tbc ').replace(b' ', b'') => bytearray(b'a\tbc')
# expect: bytearray(b' a\tbc ').replace(b'b', b'BB', 1) => bytearray(b' a\tBBc ')
# expect: bytearray(b' a\tbc ').translate(None, b' ') => bytearray(b'a\tbc')
# expect: bytearray(b' a\tbc ').translate(bytes.maketrans(b'abc', b'xyz')) => bytearray(b' x\tyz ')
# expect: bytearray(b' a\tbc ').removeprefix(b' ') => bytearray(b'a\tbc ')
# expect: bytearray(b' a\tbc ').removesuffix(b'c ') => bytearray(b' a\tb')
# expect: bytearray(b' a\tbc ').hex() => '206109626320'
# expect: bytearray(b' a\tbc ').hex(b'|', -2) => '2061|0962|6320'
# expect: bytearray(b' a\tbc ').decode() => ' a\tbc '
# expect: bytearray(b' a\tbc ').isspace() => False
# expect: bytearray(b' a\tbc ').splitlines() => [bytearray(b' a\tbc ')]
# expect: bytearray(b' a\tbc ').expandtabs(4) => bytearray(b' a  bc ')
# expect: bytearray(b' a\tbc ').join([b'1', bytearray(b'2'), memoryview(b'3')]) => bytearray(b'1 a\tbc 2 a\tbc 3')
# expect: bytearray(b' a\tbc ')[::2] => bytearray(b' \tc')
# expect: bytearray(b' a\tbc ') * 2 => bytearray(b' a\tbc  a\tbc ')
# expect: bytearray(b' a\tbc ') + b'!' => bytearray(b' a\tbc !')
# expect: type(bytearray(b' a\tbc ').strip()).__name__ => 'bytearray'
# expect: type(bytearray(b' a\tbc ').fromhex('41')).__name__ => 'bytearray'
# expect: b'a'.translate() => TypeError: translate() takes at least 1 positional argument (0 given)
# expect: bytearray(b'a').translate() => TypeError: translate() takes at least 1 positional argument (0 given)
# expect: b'a'.translate(None, b'', 1) => TypeError: translate() takes at most 2 arguments (3 given)
# expect: bytearray(b'a').translate(None, b'', 1) => TypeError: translate() takes at most 2 arguments (3 given)
# expect: b'a'.translate(None, delete=b'a') => b''
# expect: bytearray(b'a').translate(None, delete=b'a') => bytearray(b'')
# expect: b'a'.translate(table=None) => TypeError: translate() takes at least 1 positional argument (0 given)
# expect: bytearray(b'a').translate(table=None) => TypeError: translate() takes at least 1 positional argument (0 given)
# expect: b'a'.maketrans(b'a') => TypeError: maketrans expected 2 arguments, got 1
# expect: bytearray(b'a').maketrans(b'a') => TypeError: maketrans expected 2 arguments, got 1
# expect: bytes.maketrans(b'a', b'b', b'c') => TypeError: maketrans expected 2 arguments, got 3
# expect: bytes.maketrans(frm=b'a', to=b'b') => TypeError: bytes.maketrans() takes no keyword arguments
# expect: b'a'.partition() => TypeError: bytes.partition() takes exactly one argument (0 given)
# expect: bytearray(b'a').partition() => TypeError: bytearray.partition() takes exactly one argument (0 given)
# expect: b'a'.partition(b'a', b'b') => TypeError: bytes.partition() takes exactly one argument (2 given)
# expect: bytearray(b'a').partition(b'a', b'b') => TypeError: bytearray.partition() takes exactly one argument (2 given)
# expect: b'a'.splitlines(1, 2) => TypeError: splitlines() takes at most 1 argument (2 given)
# expect: bytearray(b'a').splitlines(1, 2) => TypeError: splitlines() takes at most 1 argument (2 given)
# expect: b'a'.splitlines(x=1) => TypeError: 'x' is an invalid keyword argument for splitlines()
# expect: bytearray(b'a').splitlines(x=1) => TypeError: 'x' is an invalid keyword argument for splitlines()
# expect: b'a'.expandtabs(1, 2) => TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: bytearray(b'a').expandtabs(1, 2) => TypeError: expandtabs() takes at most 1 argument (2 given)
# expect: b'a'.expandtabs(x=1) => TypeError: 'x' is an invalid keyword argument for expandtabs()
# expect: bytearray(b'a').expandtabs(x=1) => TypeError: 'x' is an invalid keyword argument for expandtabs()
# expect: b'a'.decode('utf-8', 'strict', 1) => TypeError: decode() takes at most 2 arguments (3 given)
# expect: bytearray(b'a').decode('utf-8', 'strict', 1) => TypeError: decode() takes at most 2 arguments (3 given)
# expect: b'a'.decode(x=1) => TypeError: 'x' is an invalid keyword argument for decode()
# expect: bytearray(b'a').decode(x=1) => TypeError: 'x' is an invalid keyword argument for decode()
# expect: b'a'.hex(1, 2, 3) => TypeError: hex() takes at most 2 arguments (3 given)
# expect: bytearray(b'a').hex(1, 2, 3) => TypeError: hex() takes at most 2 arguments (3 given)
# expect: b'a'.hex(x=1) => TypeError: 'x' is an invalid keyword argument for hex()
# expect: bytearray(b'a').hex(x=1) => TypeError: 'x' is an invalid keyword argument for hex()
# expect: b'a'.split(b'a', 1, 2) => TypeError: split() takes at most 2 arguments (3 given)
# expect: bytearray(b'a').split(b'a', 1, 2) => TypeError: split() takes at most 2 arguments (3 given)
# expect: b'a'.split(x=1) => TypeError: 'x' is an invalid keyword argument for split()
# expect: bytearray(b'a').split(x=1) => TypeError: 'x' is an invalid keyword argument for split()
# expect: b'a'.split(b'a', sep=b'a') => TypeError: argument for split() given by name ('sep') and position (1)
# expect: bytearray(b'a').split(b'a', sep=b'a') => TypeError: argument for split() given by name ('sep') and position (1)
# expect: b'a'.removeprefix() => TypeError: bytes.removeprefix() takes exactly one argument (0 given)
# expect: bytearray(b'a').removeprefix() => TypeError: bytearray.removeprefix() takes exactly one argument (0 given)
# expect: b'a'.zfill(1, 2) => TypeError: bytes.zfill() takes exactly one argument (2 given)
# expect: bytearray(b'a').zfill(1, 2) => TypeError: bytearray.zfill() takes exactly one argument (2 given)
# expect: b'a'.center(1, b'a', 1) => TypeError: center expected at most 2 arguments, got 3
# expect: bytearray(b'a').center(1, b'a', 1) => TypeError: center expected at most 2 arguments, got 3
# expect: b'a'.ljust() => TypeError: ljust expected at least 1 argument, got 0
# expect: bytearray(b'a').ljust() => TypeError: ljust expected at least 1 argument, got 0
# expect: b'a'.join() => TypeError: bytes.join() takes exactly one argument (0 given)
# expect: bytearray(b'a').join() => TypeError: bytearray.join() takes exactly one argument (0 given)
# expect: b'a'.join(x=1) => TypeError: bytes.join() takes no keyword arguments
# expect: bytearray(b'a').join(x=1) => TypeError: bytearray.join() takes no keyword arguments
# expect: b'a'.startswith() => TypeError: startswith() takes at least 1 argument (0 given)
# expect: bytearray(b'a').startswith() => TypeError: startswith() takes at least 1 argument (0 given)
# expect: b'a'.startswith(b'a', 0, 1, 2) => TypeError: startswith() takes at most 3 arguments (4 given)
# expect: bytearray(b'a').startswith(b'a', 0, 1, 2) => TypeError: startswith() takes at most 3 arguments (4 given)
# expect: b'a'.startswith(x=1) => TypeError: bytes.startswith() takes no keyword arguments
# expect: bytearray(b'a').startswith(x=1) => TypeError: bytearray.startswith() takes no keyword arguments
# expect: b'a'.replace(b'a', b'b', 1, 2) => TypeError: replace expected at most 3 arguments, got 4
# expect: bytearray(b'a').replace(b'a', b'b', 1, 2) => TypeError: replace expected at most 3 arguments, got 4
# expect: b'a'.replace(x=1) => TypeError: bytes.replace() takes no keyword arguments
# expect: bytearray(b'a').replace(x=1) => TypeError: bytearray.replace() takes no keyword arguments
# expect: b'a'.isalpha(1) => TypeError: bytes.isalpha() takes no arguments (1 given)
# expect: bytearray(b'a').isalpha(1) => TypeError: bytearray.isalpha() takes no arguments (1 given)
# expect: b'a'.isalpha(x=1) => TypeError: bytes.isalpha() takes no keyword arguments
# expect: bytearray(b'a').isalpha(x=1) => TypeError: bytearray.isalpha() takes no keyword arguments
# expect: b'a'.count(b'a', x=1) => TypeError: bytes.count() takes no keyword arguments
# expect: bytearray(b'a').count(b'a', x=1) => TypeError: bytearray.count() takes no keyword arguments
# expect: b'a'.fromhex() => TypeError: bytes.fromhex() takes exactly one argument (0 given)
# expect: bytearray(b'a').fromhex() => TypeError: bytearray.fromhex() takes exactly one argument (0 given)
# expect: bytes.fromhex('a', 'b') => TypeError: bytes.fromhex() takes exactly one argument (2 given)
# expect: bytes.fromhex(string='ab') => TypeError: bytes.fromhex() takes no keyword arguments
# expect: b'a\tb\nc\td'.expandtabs(3) => b'a  b\nc  d'
# expect: bytearray(b'a\tb\nc\td').expandtabs(3) => bytearray(b'a  b\nc  d')
# expect: b'\x80abc\xff'.upper() => b'\x80ABC\xff'
# expect: bytearray(b'\x80abc\xff').upper() => bytearray(b'\x80ABC\xff')
# expect: b'\x80abc\xff'.title() => b'\x80Abc\xff'
# expect: bytearray(b'\x80abc\xff').title() => bytearray(b'\x80Abc\xff')
# expect: b'abc def'.title() => b'Abc Def'
# expect: bytearray(b'abc def').title() => bytearray(b'Abc Def')
# expect: b'hello World'.swapcase() => b'HELLO wORLD'
# expect: bytearray(b'hello World').swapcase() => bytearray(b'HELLO wORLD')
# expect: b'aBC'.capitalize() => b'Abc'
# expect: bytearray(b'aBC').capitalize() => bytearray(b'Abc')
# expect: b''.isupper() => False
# expect: bytearray(b'').isupper() => False
# expect: b'1'.isupper() => False
# expect: bytearray(b'1').isupper() => False
# expect: b'A1'.isupper() => True
# expect: bytearray(b'A1').isupper() => True
# expect: b'a1'.islower() => True
# expect: bytearray(b'a1').islower() => True
# expect: b'Hello World'.istitle() => True
# expect: bytearray(b'Hello World').istitle() => True
# expect: b'Hello world'.istitle() => False
# expect: bytearray(b'Hello world').istitle() => False
# expect: b' '.istitle() => False
# expect: bytearray(b' ').istitle() => False
# expect: b'\x80'.isascii() => False
# expect: bytearray(b'\x80').isascii() => False
# expect: b'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g'.splitlines() => [b'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g']
# expect: bytearray(b'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g').splitlines() => [bytearray(b'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g')]
# expect: b' \x0b\x0c\x1c x'.split() => [b'\x1c', b'x']
# expect: bytearray(b' \x0b\x0c\x1c x').split() => [bytearray(b'\x1c'), bytearray(b'x')]
# expect: b' \x0b\x0c\x1c x'.strip() => b'\x1c x'
# expect: bytearray(b' \x0b\x0c\x1c x').strip() => bytearray(b'\x1c x')
# expect: b'-12'.zfill(5) => b'-0012'
# expect: bytearray(b'-12').zfill(5) => bytearray(b'-0012')
# expect: b'+12'.zfill(5) => b'+0012'
# expect: bytearray(b'+12').zfill(5) => bytearray(b'+0012')
# expect: b'12'.zfill(1) => b'12'
# expect: bytearray(b'12').zfill(1) => bytearray(b'12')
# expect: b''.zfill(3) => b'000'
# expect: bytearray(b'').zfill(3) => bytearray(b'000')
# expect: b'abc'.center(6) => b' abc  '
# expect: bytearray(b'abc').center(6) => bytearray(b' abc  ')
# expect: b'abc'.center(7, b'*') => b'**abc**'
# expect: bytearray(b'abc').center(7, b'*') => bytearray(b'**abc**')
# expect: b'ab'.center(5, b'*') => b'**ab*'
# expect: bytearray(b'ab').center(5, b'*') => bytearray(b'**ab*')
# expect: b'a'.center(4, b'*') => b'*a**'
# expect: bytearray(b'a').center(4, b'*') => bytearray(b'*a**')
# expect: b'abc'.rsplit(b'b', 0) => [b'abc']
# expect: bytearray(b'abc').rsplit(b'b', 0) => [bytearray(b'abc')]
# expect: b' a b c '.rsplit(None, 1) => [b' a b', b'c']
# expect: bytearray(b' a b c ').rsplit(None, 1) => [bytearray(b' a b'), bytearray(b'c')]
# expect: b'a,b,c'.rsplit(b',', 1) => [b'a,b', b'c']
# expect: bytearray(b'a,b,c').rsplit(b',', 1) => [bytearray(b'a,b'), bytearray(b'c')]
# expect: b'aaa'.replace(b'a', b'bb', 2) => b'bbbba'
# expect: bytearray(b'aaa').replace(b'a', b'bb', 2) => bytearray(b'bbbba')
# expect: b'abc'.replace(b'', b'-') => b'-a-b-c-'
# expect: bytearray(b'abc').replace(b'', b'-') => bytearray(b'-a-b-c-')
# expect: b'abc'.replace(b'', b'-', 2) => b'-a-bc'
# expect: bytearray(b'abc').replace(b'', b'-', 2) => bytearray(b'-a-bc')
# expect: b''.replace(b'', b'x') => b'x'
# expect: bytearray(b'').replace(b'', b'x') => bytearray(b'x')
# expect: b'abc'.count(b'') => 4
# expect: bytearray(b'abc').count(b'') => 4
# expect: b'abc'.find(b'', 4) => -1
# expect: bytearray(b'abc').find(b'', 4) => -1
# expect: b'abc'.find(b'', 3) => 3
# expect: bytearray(b'abc').find(b'', 3) => 3
# expect: b'abc'.count(b'', 10) => 0
# expect: bytearray(b'abc').count(b'', 10) => 0
# expect: b'abc'.startswith(b'', 4) => False
# expect: bytearray(b'abc').startswith(b'', 4) => False
# expect: b'abc'.startswith(b'', 3) => True
# expect: bytearray(b'abc').startswith(b'', 3) => True
# expect: b'abc'.endswith((b'x', bytearray(b'c'))) => True
# expect: bytearray(b'abc').endswith((b'x', bytearray(b'c'))) => True
# expect: b'abc'.startswith((b'x', 1)) => TypeError: a bytes-like object is required, not 'int'
# expect: bytearray(b'abc').startswith((b'x', 1)) => TypeError: a bytes-like object is required, not 'int'
# expect: b'abc'.rindex(98) => 1
# expect: bytearray(b'abc').rindex(98) => 1
# expect: b'a'.decode('latin-1') => 'a'
# expect: bytearray(b'a').decode('latin-1') => 'a'
# expect: b'\xff'.decode('ascii') => UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
# expect: bytearray(b'\xff').decode('ascii') => UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)
# expect: b'\xff'.decode('ascii','backslashreplace') => '\\xff'
# expect: bytearray(b'\xff').decode('ascii','backslashreplace') => '\\xff'
# expect: b'\xff'.decode('utf-8','surrogateescape') => '\udcff'
# expect: bytearray(b'\xff').decode('utf-8','surrogateescape') => '\udcff'
# expect: b'x'.decode('UTF8') => 'x'
# expect: bytearray(b'x').decode('UTF8') => 'x'

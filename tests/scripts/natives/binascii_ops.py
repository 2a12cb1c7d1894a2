# binascii: base64 (lenient and strict), uuencode, quoted-printable, hex with separators, crc32 and crc_hqx, with CPython's errors.
import binascii as b
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
print(sorted(n for n in dir(b) if not n.startswith('__')))
print(b.Error.__mro__, b.Incomplete.__mro__, b.Error.__module__)
for data in (b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'\x00\xff'*30):
    show(lambda: b.b2a_base64(data))
    show(lambda: b.b2a_base64(data, newline=False))
    show(lambda: b.a2b_base64(b.b2a_base64(data)) == data)
    show(lambda: b.b2a_hex(data)[:40])
    show(lambda: b.b2a_uu(data[:45]))
    show(lambda: b.b2a_uu(data[:45], backtick=True))
    show(lambda: b.crc32(data))
    show(lambda: b.crc_hqx(data, 0))
    show(lambda: b.b2a_qp(data)[:80])
for s in (b'YWJj', b'YWJ', b'YW', b'Y', b'YWJj\n', b'Y W J j', b'YW==', b'YW=', b'YWJj====', b'=YWJj', b'YW Jj==x', 'YWJj', 'YWJé', b'!!!!', b'YWJjZA', b'YWJjZA=', b'YWJjZA==', b'YQ', b'Y===', b'\xffYWJj'):
    show(lambda: b.a2b_base64(s))
    show(lambda: b.a2b_base64(s, strict_mode=True))
for s in (b'616263', b'61626', b'6g', '6162', b'AbCd', 'é1'):
    show(lambda: b.a2b_hex(s))
    show(lambda: b.unhexlify(s))
show(lambda: b.b2a_hex(b'abcdef', '-'))
show(lambda: b.b2a_hex(b'abcdef', b':', 2))
show(lambda: b.b2a_hex(b'abcdef', ':', -2))
show(lambda: b.hexlify(b'abcdef', sep='::'))
show(lambda: b.hexlify(b'abcdef', 'é'))
show(lambda: b.hexlify('abc'))
show(lambda: b.hexlify(memoryview(b'ab')))
show(lambda: b.crc32(b'abc', 5))
show(lambda: b.crc32(b'abc', -1))
show(lambda: b.crc32(b'abc', 2**40))
show(lambda: b.crc32('abc'))
show(lambda: b.crc_hqx(b'abc', 0x1234))
show(lambda: b.crc_hqx(b'abc', -1))
show(lambda: b.crc_hqx(b'abc'))
for s in (b'#86)C\n', b' \n', b'!80``\n', b'abc', b'`\n', b'!\n', b'"86$\n', b'*86)C\n', b'#86)C   \n', b'#86)Cxx\n', b'\x7f\n'):
    show(lambda: b.a2b_uu(s))
show(lambda: b.b2a_uu(b'x' * 46))
for s in (b'a=3Db', b'a=\nb', b'a=3', b'a=XYb', b'a_b', b'=41=42', b'a=\r\nb', b'a= \nb', b'abc=', b'=3d'):
    show(lambda: b.a2b_qp(s))
    show(lambda: b.a2b_qp(s, header=True))
for s in (b'hello world', b'a=b', b'tab\there', b'trailing \n', b'\xff\x00', b'line\r\nnext', b'x' * 80, b'.', b'.\n', b'a\tb', b' ', b'a_b c', b'from\nFrom x'):
    show(lambda: b.b2a_qp(s))
    show(lambda: b.b2a_qp(s, quotetabs=True))
    show(lambda: b.b2a_qp(s, istext=False))
    show(lambda: b.b2a_qp(s, header=True))
show(lambda: b.a2b_base64())
show(lambda: b.a2b_base64(1))
show(lambda: b.b2a_base64('abc'))
show(lambda: b.a2b_qp(data=b'a'))
show(lambda: b.b2a_qp(data=b'a b', quotetabs=1))
for sep in ('\U0001F600', '\x80', '\xff', '\u0100', 'é'):
    show(lambda: b.b2a_hex(b'abc', sep))

# expect: ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'a2b_qp', 'a2b_uu', 'b2a_base64', 'b2a_hex', 'b2a_qp', 'b2a_uu', 'crc32', 'crc_hqx', 'hexlify', 'unhexlify']
# expect: (<class 'binascii.Error'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) (<class 'binascii.Incomplete'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>) binascii
# expect: b'\n'
# expect: b''
# expect: True
# expect: b''
# expect: b' \n'
# expect: b'`\n'
# expect: 0
# expect: 0
# expect: b''
# expect: b'YQ==\n'
# expect: b'YQ=='
# expect: True
# expect: b'61'
# expect: b'!80  \n'
# expect: b'!80``\n'
# expect: 3904355907
# expect: 31879
# expect: b'a'
# expect: b'YWI=\n'
# expect: b'YWI='
# expect: True
# expect: b'6162'
# expect: b'"86( \n'
# expect: b'"86(`\n'
# expect: 2659403885
# expect: 29951
# expect: b'ab'
# expect: b'YWJj\n'
# expect: b'YWJj'
# expect: True
# expect: b'616263'
# expect: b'#86)C\n'
# expect: b'#86)C\n'
# expect: 891568578
# expect: 40406
# expect: b'abc'
# expect: b'YWJjZA==\n'
# expect: b'YWJjZA=='
# expect: True
# expect: b'61626364'
# expect: b'$86)C9   \n'
# expect: b'$86)C9```\n'
# expect: 3984772369
# expect: 43062
# expect: b'abcd'
# expect: b'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w==\n'
# expect: b'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/w=='
# expect: True
# expect: b'000102030405060708090a0b0c0d0e0f10111213'
# expect: b'M  $" P0%!@<("0H+# T.#Q 1$A,4%187&!D:&QP=\'A\\@(2(C)"4F)R@I*BLL\n'
# expect: b'M``$"`P0%!@<("0H+#`T.#Q`1$A,4%187&!D:&QP=\'A\\@(2(C)"4F)R@I*BLL\n'
# expect: 688229491
# expect: 32341
# expect: b'=00=01=02=03=04=05=06=07=08=09\n=0B=0C\r=0E=0F=10=11=12=13=14=15=16=17=18=19=1A=1B'
# expect: b'AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/\n'
# expect: b'AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/AP8A/wD/'
# expect: True
# expect: b'00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff'
# expect: b'M /\\ _P#_ /\\ _P#_ /\\ _P#_ /\\ _P#_ /\\ _P#_ /\\ _P#_ /\\ _P#_ /\\ \n'
# expect: b'M`/\\`_P#_`/\\`_P#_`/\\`_P#_`/\\`_P#_`/\\`_P#_`/\\`_P#_`/\\`_P#_`/\\`\n'
# expect: 3531821112
# expect: 56217
# expect: b'=00=FF=00=FF=00=FF=00=FF=00=FF=00=FF=00=FF=00=FF=00=FF=00=FF=00=FF=00=FF=00=\n=FF'
# expect: b'abc'
# expect: b'abc'
# expect: Error: Incorrect padding
# expect: Error: Incorrect padding
# expect: Error: Incorrect padding
# expect: Error: Incorrect padding
# expect: Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: b'abc'
# expect: Error: Only base64 data is allowed
# expect: b'abc'
# expect: Error: Only base64 data is allowed
# expect: b'a'
# expect: b'a'
# expect: Error: Incorrect padding
# expect: Error: Incorrect padding
# expect: b'abc'
# expect: b'abc'
# expect: b'abc'
# expect: Error: Leading padding not allowed
# expect: Error: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4
# expect: Error: Only base64 data is allowed
# expect: b'abc'
# expect: b'abc'
# expect: ValueError: string argument should contain only ASCII characters
# expect: ValueError: string argument should contain only ASCII characters
# expect: b''
# expect: Error: Only base64 data is allowed
# expect: Error: Incorrect padding
# expect: Error: Incorrect padding
# expect: Error: Incorrect padding
# expect: Error: Incorrect padding
# expect: b'abcd'
# expect: b'abcd'
# expect: Error: Incorrect padding
# expect: Error: Incorrect padding
# expect: Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: Error: Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4
# expect: b'abc'
# expect: Error: Only base64 data is allowed
# expect: b'abc'
# expect: b'abc'
# expect: Error: Odd-length string
# expect: Error: Odd-length string
# expect: Error: Non-hexadecimal digit found
# expect: Error: Non-hexadecimal digit found
# expect: b'ab'
# expect: b'ab'
# expect: b'\xab\xcd'
# expect: b'\xab\xcd'
# expect: ValueError: string argument should contain only ASCII characters
# expect: ValueError: string argument should contain only ASCII characters
# expect: b'61-62-63-64-65-66'
# expect: b'6162:6364:6566'
# expect: b'6162:6364:6566'
# expect: ValueError: sep must be length 1.
# expect: b'61\xe962\xe963\xe964\xe965\xe966'
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: b'6162'
# expect: 871334697
# expect: 899311407
# expect: 891568578
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: 31108
# expect: 20810
# expect: TypeError: crc_hqx expected 2 arguments, got 1
# expect: b'abc'
# expect: b''
# expect: b'a'
# expect: Error: Illegal char
# expect: b''
# expect: b'\x00'
# expect: b'aa'
# expect: b'abc\x00\x00\x00\x00\x00\x00\x00'
# expect: b'abc'
# expect: Error: Trailing garbage
# expect: b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
# expect: Error: At most 45 bytes at once
# expect: b'a=b'
# expect: b'a=b'
# expect: b'ab'
# expect: b'ab'
# expect: b'a=3'
# expect: b'a=3'
# expect: b'a=XYb'
# expect: b'a=XYb'
# expect: b'a_b'
# expect: b'a b'
# expect: b'AB'
# expect: b'AB'
# expect: b'ab'
# expect: b'ab'
# expect: b'a= \nb'
# expect: b'a= \nb'
# expect: b'abc'
# expect: b'abc'
# expect: b'='
# expect: b'='
# expect: b'hello world'
# expect: b'hello=20world'
# expect: b'hello world'
# expect: b'hello_world'
# expect: b'a=3Db'
# expect: b'a=3Db'
# expect: b'a=3Db'
# expect: b'a=3Db'
# expect: b'tab\there'
# expect: b'tab=09here'
# expect: b'tab\there'
# expect: b'tab\there'
# expect: b'trailing=20\n'
# expect: b'trailing=20\n'
# expect: b'trailing =0A'
# expect: b'trailing_\n'
# expect: b'=FF=00'
# expect: b'=FF=00'
# expect: b'=FF=00'
# expect: b'=FF=00'
# expect: b'line\r\nnext'
# expect: b'line\r\nnext'
# expect: b'line=0D=0Anext'
# expect: b'line\r\nnext'
# expect: b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=\nxxxxx'
# expect: b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=\nxxxxx'
# expect: b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=\nxxxxx'
# expect: b'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=\nxxxxx'
# expect: b'=2E'
# expect: b'=2E'
# expect: b'=2E'
# expect: b'=2E'
# expect: b'=2E\n'
# expect: b'=2E\n'
# expect: b'=2E=0A'
# expect: b'=2E\n'
# expect: b'a\tb'
# expect: b'a=09b'
# expect: b'a\tb'
# expect: b'a\tb'
# expect: b'=20'
# expect: b'=20'
# expect: b'=20'
# expect: b'=20'
# expect: b'a_b c'
# expect: b'a_b=20c'
# expect: b'a_b c'
# expect: b'a=5Fb_c'
# expect: b'from\nFrom x'
# expect: b'from\nFrom=20x'
# expect: b'from=0AFrom x'
# expect: b'from\nFrom_x'
# expect: TypeError: a2b_base64() takes exactly 1 positional argument (0 given)
# expect: TypeError: argument should be bytes, buffer or ASCII string, not 'int'
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: b'a'
# expect: b'a=20b'
# expect: ValueError: sep must be ASCII.
# expect: b'61\x8062\x8063'
# expect: b'61\xff62\xff63'
# expect: ValueError: sep must be ASCII.
# expect: b'61\xe962\xe963'

# charmap_decode/charmap_encode with each kind of mapping (a str table, a
# dict, an EncodingMap from charmap_build), their errors, and
# str.translate-style failures; the escape codecs' edge cases.
import codecs

table = "abc\ufffe\u20ac" + "".join(chr(0x400 + i) for i in range(251))
emap = codecs.charmap_build(table)
print(type(emap).__name__, len(emap))
print(codecs.charmap_build("".join(chr(i * 200) for i in range(300)))[51000], codecs.charmap_build("a" * 300))
full = codecs.charmap_build("".join(chr(i) for i in range(256)))
print(type(full).__name__, full.size())
print(codecs.charmap_decode(b"\x00\x01\x04\xff", "strict", table))
try:
    codecs.charmap_decode(b"\x00\x03", "strict", table)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(codecs.charmap_decode(b"\x00\x03\x01", "replace", table))
print(codecs.charmap_decode(b"\x00\x03\x01", "ignore", table))
print(codecs.charmap_decode(b"\x00\x03\x01", "backslashreplace", table))
print(codecs.charmap_encode("ab\u20ac\u0400", "strict", emap))
try:
    codecs.charmap_encode("ab\xff\xfe", "strict", emap)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)
for errors in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    try:
        print(errors, codecs.charmap_encode("a\xff\u0401", errors, emap))
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e)
    print(errors, codecs.charmap_encode("a\xff\u0401", errors, full))

# dict mappings: byte -> int, str, None; char ordinal -> int, bytes, None
dmap = {0: "x", 1: 0x263a, 2: None, 3: "multi", 4: ""}
print(codecs.charmap_decode(b"\x00\x01\x03\x04", "strict", dmap))
for bad in [b"\x02", b"\x05"]:
    try:
        codecs.charmap_decode(bad, "strict", dmap)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
for m in [{0: 0x110000}, {0: 1.5}, {0: b"x"}]:
    try:
        codecs.charmap_decode(b"\x00", "strict", m)
    except Exception as e:
        print(type(e).__name__, e)
emap2 = {ord("a"): 0x61, ord("b"): b"BB", ord("c"): None}
print(codecs.charmap_encode("abab", "strict", emap2))
for s in ["c", "d"]:
    try:
        codecs.charmap_encode(s, "strict", emap2)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
for m in [{ord("a"): 256}, {ord("a"): "x"}, {ord("a"): 1.5}]:
    try:
        codecs.charmap_encode("a", "strict", m)
    except Exception as e:
        print(type(e).__name__, e)
# with replace, the replacement must itself be encodable
try:
    codecs.charmap_encode("\xff", "replace", {0: 1})
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(codecs.charmap_encode("\xff", "replace", {ord("?"): 0x3f}))
# None mapping means latin-1
print(codecs.charmap_decode(b"\xe9", "strict", None), codecs.charmap_encode("\xe9", "strict", None))
print(codecs.charmap_decode(b"\xe9"), codecs.charmap_encode("\xe9"))
try:
    codecs.charmap_build("ab\U0001f600")
except Exception as e:
    print(type(e).__name__, e)

# a codec made of a charmap, registered through a search function
decoding_table = "".join(chr(i) for i in range(128)) + "\u0410" * 0 + "".join(chr(0x410 + i) for i in range(64)) + "\ufffe" * 64
encoding_table = codecs.charmap_build(decoding_table)
def search(name):
    if name == "test_cyr":
        return codecs.CodecInfo(name="test-cyr",
                                encode=lambda s, e="strict": codecs.charmap_encode(s, e, encoding_table),
                                decode=lambda b, e="strict": codecs.charmap_decode(b, e, decoding_table))
    return None
codecs.register(search)
print(codecs.lookup("Test-Cyr").name, codecs.lookup("test cyr").name)
print("Привет".encode("test_cyr"), "Привет".encode("test_cyr").decode("test_cyr"))
print(b"\xc0\xff".decode("test_cyr", "replace"))
codecs.unregister(search)
try:
    codecs.lookup("test_cyr")
except LookupError as e:
    print("LookupError", e)

# escape codecs
for b in [b"\\x4", b"\\xzz", b"\\", b"\\u12", b"\\U00110000", b"\\N{NO SUCH NAME}", b"\\N{LATIN", b"\\q"]:
    for fn in [codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode]:
        try:
            print(fn.__name__, b, ascii(fn(b)))
        except UnicodeDecodeError as e:
            print(fn.__name__, b, "UnicodeDecodeError:", e)
        except Exception as e:
            print(fn.__name__, b, type(e).__name__, e)
    for errors in ["replace", "ignore", "backslashreplace"]:
        try:
            print(errors, b, ascii(codecs.unicode_escape_decode(b, errors)))
        except Exception as e:
            print(errors, b, type(e).__name__, e)
for b in [b"\\x4", b"\\x", b"\\", b"abc\\"]:
    try:
        print(codecs.escape_decode(b))
    except ValueError as e:
        print("ValueError", e)
print(codecs.escape_decode(b"\\x4", "replace"), codecs.escape_decode(b"\\x4", "ignore"))
try:
    codecs.escape_decode(b"\\x4", "backslashreplace")
except ValueError as e:
    print("ValueError", e)
s = "".join(chr(i) for i in range(0, 0x110000, 0x1111)) + "\\\n\t\r'\"\x7f"
print(s.encode("unicode_escape"))
print(s.encode("raw_unicode_escape"))
print(s.encode("unicode_escape").decode("unicode_escape") == s,
      s.encode("raw_unicode_escape").decode("raw_unicode_escape") == s)
print(codecs.escape_encode(bytes(range(0, 256, 7))))

# expect: dict 256
# expect: 255 {97: 255}
# expect: EncodingMap 335
# expect: ('ab€Ӻ', 4)
# expect: UnicodeDecodeError: 'charmap' codec can't decode byte 0x03 in position 1: character maps to <undefined>
# expect: ('a�b', 3)
# expect: ('ab', 3)
# expect: ('a\\x03b', 3)
# expect: (b'\x00\x01\x04\x05', 4)
# expect: UnicodeEncodeError: 'charmap' codec can't encode characters in position 2-3: character maps to <undefined> 2 4
# expect: replace UnicodeEncodeError: 'charmap' codec can't encode character '\xff' in position 1: character maps to <undefined>
# expect: replace (b'a\xff?', 3)
# expect: ignore (b'\x00\x06', 3)
# expect: ignore (b'a\xff', 3)
# expect: xmlcharrefreplace UnicodeEncodeError: 'charmap' codec can't encode character '\xff' in position 1: character maps to <undefined>
# expect: xmlcharrefreplace (b'a\xff&#1025;', 3)
# expect: backslashreplace UnicodeEncodeError: 'charmap' codec can't encode character '\xff' in position 1: character maps to <undefined>
# expect: backslashreplace (b'a\xff\\u0401', 3)
# expect: namereplace UnicodeEncodeError: 'charmap' codec can't encode character '\xff' in position 1: character maps to <undefined>
# expect: namereplace (b'a\xff\\N{CYRILLIC CAPITAL LETTER IO}', 3)
# expect: ('x☺multi', 4)
# expect: UnicodeDecodeError: 'charmap' codec can't decode byte 0x02 in position 0: character maps to <undefined>
# expect: UnicodeDecodeError: 'charmap' codec can't decode byte 0x05 in position 0: character maps to <undefined>
# expect: TypeError character mapping must be in range(0x110000)
# expect: TypeError character mapping must return integer, None or str
# expect: TypeError character mapping must return integer, None or str
# expect: (b'aBBaBB', 4)
# expect: UnicodeEncodeError: 'charmap' codec can't encode character '\x63' in position 0: character maps to <undefined>
# expect: UnicodeEncodeError: 'charmap' codec can't encode character '\x64' in position 0: character maps to <undefined>
# expect: TypeError character mapping must be in range(256)
# expect: TypeError character mapping must return integer, bytes or None, not str
# expect: TypeError character mapping must return integer, bytes or None, not float
# expect: UnicodeEncodeError: 'charmap' codec can't encode character '\xff' in position 0: character maps to <undefined>
# expect: (b'?', 1)
# expect: ('é', 1) (b'\xe9', 1)
# expect: ('é', 1) (b'\xe9', 1)
# expect: test-cyr test-cyr
# expect: b'\x8f\xb0\xa8\xa2\xa5\xb2' Привет
# expect: ��
# expect: LookupError unknown encoding: test_cyr
# expect: unicode_escape_decode b'\\x4' UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
# expect: raw_unicode_escape_decode b'\\x4' ('\\x4', 3)
# expect: replace b'\\x4' ('\ufffd', 3)
# expect: ignore b'\\x4' ('', 3)
# expect: backslashreplace b'\\x4' ('\\x5c\\x78\\x34', 3)
# expect: unicode_escape_decode b'\\xzz' UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape
# expect: raw_unicode_escape_decode b'\\xzz' ('\\xzz', 4)
# expect: replace b'\\xzz' ('\ufffdzz', 4)
# expect: ignore b'\\xzz' ('zz', 4)
# expect: backslashreplace b'\\xzz' ('\\x5c\\x78zz', 4)
# expect: unicode_escape_decode b'\\' UnicodeDecodeError: 'unicodeescape' codec can't decode byte 0x5c in position 0: \ at end of string
# expect: raw_unicode_escape_decode b'\\' ('\\', 1)
# expect: replace b'\\' ('\ufffd', 1)
# expect: ignore b'\\' ('', 1)
# expect: backslashreplace b'\\' ('\\x5c', 1)
# expect: unicode_escape_decode b'\\u12' UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape
# expect: raw_unicode_escape_decode b'\\u12' UnicodeDecodeError: 'rawunicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape
# expect: replace b'\\u12' ('\ufffd', 4)
# expect: ignore b'\\u12' ('', 4)
# expect: backslashreplace b'\\u12' ('\\x5c\\x75\\x31\\x32', 4)
# expect: unicode_escape_decode b'\\U00110000' UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character
# expect: raw_unicode_escape_decode b'\\U00110000' UnicodeDecodeError: 'rawunicodeescape' codec can't decode bytes in position 0-9: \Uxxxxxxxx out of range
# expect: replace b'\\U00110000' ('\ufffd', 10)
# expect: ignore b'\\U00110000' ('', 10)
# expect: backslashreplace b'\\U00110000' ('\\x5c\\x55\\x30\\x30\\x31\\x31\\x30\\x30\\x30\\x30', 10)
# expect: unicode_escape_decode b'\\N{NO SUCH NAME}' UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name
# expect: raw_unicode_escape_decode b'\\N{NO SUCH NAME}' ('\\N{NO SUCH NAME}', 16)
# expect: replace b'\\N{NO SUCH NAME}' ('\ufffd', 16)
# expect: ignore b'\\N{NO SUCH NAME}' ('', 16)
# expect: backslashreplace b'\\N{NO SUCH NAME}' ('\\x5c\\x4e\\x7b\\x4e\\x4f\\x20\\x53\\x55\\x43\\x48\\x20\\x4e\\x41\\x4d\\x45\\x7d', 16)
# expect: unicode_escape_decode b'\\N{LATIN' UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-7: malformed \N character escape
# expect: raw_unicode_escape_decode b'\\N{LATIN' ('\\N{LATIN', 8)
# expect: replace b'\\N{LATIN' ('\ufffd', 8)
# expect: ignore b'\\N{LATIN' ('', 8)
# expect: backslashreplace b'\\N{LATIN' ('\\x5c\\x4e\\x7b\\x4c\\x41\\x54\\x49\\x4e', 8)
# expect: unicode_escape_decode b'\\q' ('\\q', 2)
# expect: raw_unicode_escape_decode b'\\q' ('\\q', 2)
# expect: replace b'\\q' ('\\q', 2)
# expect: ignore b'\\q' ('\\q', 2)
# expect: backslashreplace b'\\q' ('\\q', 2)
# expect: ValueError invalid \x escape at position 0
# expect: ValueError invalid \x escape at position 0
# expect: ValueError Trailing \ in string
# expect: ValueError Trailing \ in string
# expect: (b'?', 3) (b'', 3)
# expect: ValueError decoding error; unknown error handling code: backslashreplace
# expect: b'\\x00\\u1111\\u2222\\u3333\\u4444\\u5555\\u6666\\u7777\\u8888\\u9999\\uaaaa\\ubbbb\\ucccc\\udddd\\ueeee\\uffff\\U00011110\\U00012221\\U00013332\\U00014443\\U00015554\\U00016665\\U00017776\\U00018887\\U00019998\\U0001aaa9\\U0001bbba\\U0001cccb\\U0001dddc\\U0001eeed\\U0001fffe\\U0002110f\\U00022220\\U00023331\\U00024442\\U00025553\\U00026664\\U00027775\\U00028886\\U00029997\\U0002aaa8\\U0002bbb9\\U0002ccca\\U0002dddb\\U0002eeec\\U0002fffd\\U0003110e\\U0003221f\\U00033330\\U00034441\\U00035552\\U00036663\\U00037774\\U00038885\\U00039996\\U0003aaa7\\U0003bbb8\\U0003ccc9\\U0003ddda\\U0003eeeb\\U0003fffc\\U0004110d\\U0004221e\\U0004332f\\U00044440\\U00045551\\U00046662\\U00047773\\U00048884\\U00049995\\U0004aaa6\\U0004bbb7\\U0004ccc8\\U0004ddd9\\U0004eeea\\U0004fffb\\U0005110c\\U0005221d\\U0005332e\\U0005443f\\U00055550\\U00056661\\U00057772\\U00058883\\U00059994\\U0005aaa5\\U0005bbb6\\U0005ccc7\\U0005ddd8\\U0005eee9\\U0005fffa\\U0006110b\\U0006221c\\U0006332d\\U0006443e\\U0006554f\\U00066660\\U00067771\\U00068882\\U00069993\\U0006aaa4\\U0006bbb5\\U0006ccc6\\U0006ddd7\\U0006eee8\\U0006fff9\\U0007110a\\U0007221b\\U0007332c\\U0007443d\\U0007554e\\U0007665f\\U00077770\\U00078881\\U00079992\\U0007aaa3\\U0007bbb4\\U0007ccc5\\U0007ddd6\\U0007eee7\\U0007fff8\\U00081109\\U0008221a\\U0008332b\\U0008443c\\U0008554d\\U0008665e\\U0008776f\\U00088880\\U00089991\\U0008aaa2\\U0008bbb3\\U0008ccc4\\U0008ddd5\\U0008eee6\\U0008fff7\\U00091108\\U00092219\\U0009332a\\U0009443b\\U0009554c\\U0009665d\\U0009776e\\U0009887f\\U00099990\\U0009aaa1\\U0009bbb2\\U0009ccc3\\U0009ddd4\\U0009eee5\\U0009fff6\\U000a1107\\U000a2218\\U000a3329\\U000a443a\\U000a554b\\U000a665c\\U000a776d\\U000a887e\\U000a998f\\U000aaaa0\\U000abbb1\\U000accc2\\U000addd3\\U000aeee4\\U000afff5\\U000b1106\\U000b2217\\U000b3328\\U000b4439\\U000b554a\\U000b665b\\U000b776c\\U000b887d\\U000b998e\\U000baa9f\\U000bbbb0\\U000bccc1\\U000bddd2\\U000beee3\\U000bfff4\\U000c1105\\U000c2216\\U000c3327\\U000c4438\\U000c5549\\U000c665a\\U000c776b\\U000c887c\\U000c998d\\U000caa9e\\U000cbbaf\\U000cccc0\\U000cddd1\\U000ceee2\\U000cfff3\\U000d1104\\U000d2215\\U000d3326\\U000d4437\\U000d5548\\U000d6659\\U000d776a\\U000d887b\\U000d998c\\U000daa9d\\U000dbbae\\U000dccbf\\U000dddd0\\U000deee1\\U000dfff2\\U000e1103\\U000e2214\\U000e3325\\U000e4436\\U000e5547\\U000e6658\\U000e7769\\U000e887a\\U000e998b\\U000eaa9c\\U000ebbad\\U000eccbe\\U000eddcf\\U000eeee0\\U000efff1\\U000f1102\\U000f2213\\U000f3324\\U000f4435\\U000f5546\\U000f6657\\U000f7768\\U000f8879\\U000f998a\\U000faa9b\\U000fbbac\\U000fccbd\\U000fddce\\U000feedf\\U000ffff0\\U00101101\\U00102212\\U00103323\\U00104434\\U00105545\\U00106656\\U00107767\\U00108878\\U00109989\\U0010aa9a\\U0010bbab\\U0010ccbc\\U0010ddcd\\U0010eede\\U0010ffef\\\\\\n\\t\\r\'"\\x7f'
# expect: b'\x00\\u1111\\u2222\\u3333\\u4444\\u5555\\u6666\\u7777\\u8888\\u9999\\uaaaa\\ubbbb\\ucccc\\udddd\\ueeee\\uffff\\U00011110\\U00012221\\U00013332\\U00014443\\U00015554\\U00016665\\U00017776\\U00018887\\U00019998\\U0001aaa9\\U0001bbba\\U0001cccb\\U0001dddc\\U0001eeed\\U0001fffe\\U0002110f\\U00022220\\U00023331\\U00024442\\U00025553\\U00026664\\U00027775\\U00028886\\U00029997\\U0002aaa8\\U0002bbb9\\U0002ccca\\U0002dddb\\U0002eeec\\U0002fffd\\U0003110e\\U0003221f\\U00033330\\U00034441\\U00035552\\U00036663\\U00037774\\U00038885\\U00039996\\U0003aaa7\\U0003bbb8\\U0003ccc9\\U0003ddda\\U0003eeeb\\U0003fffc\\U0004110d\\U0004221e\\U0004332f\\U00044440\\U00045551\\U00046662\\U00047773\\U00048884\\U00049995\\U0004aaa6\\U0004bbb7\\U0004ccc8\\U0004ddd9\\U0004eeea\\U0004fffb\\U0005110c\\U0005221d\\U0005332e\\U0005443f\\U00055550\\U00056661\\U00057772\\U00058883\\U00059994\\U0005aaa5\\U0005bbb6\\U0005ccc7\\U0005ddd8\\U0005eee9\\U0005fffa\\U0006110b\\U0006221c\\U0006332d\\U0006443e\\U0006554f\\U00066660\\U00067771\\U00068882\\U00069993\\U0006aaa4\\U0006bbb5\\U0006ccc6\\U0006ddd7\\U0006eee8\\U0006fff9\\U0007110a\\U0007221b\\U0007332c\\U0007443d\\U0007554e\\U0007665f\\U00077770\\U00078881\\U00079992\\U0007aaa3\\U0007bbb4\\U0007ccc5\\U0007ddd6\\U0007eee7\\U0007fff8\\U00081109\\U0008221a\\U0008332b\\U0008443c\\U0008554d\\U0008665e\\U0008776f\\U00088880\\U00089991\\U0008aaa2\\U0008bbb3\\U0008ccc4\\U0008ddd5\\U0008eee6\\U0008fff7\\U00091108\\U00092219\\U0009332a\\U0009443b\\U0009554c\\U0009665d\\U0009776e\\U0009887f\\U00099990\\U0009aaa1\\U0009bbb2\\U0009ccc3\\U0009ddd4\\U0009eee5\\U0009fff6\\U000a1107\\U000a2218\\U000a3329\\U000a443a\\U000a554b\\U000a665c\\U000a776d\\U000a887e\\U000a998f\\U000aaaa0\\U000abbb1\\U000accc2\\U000addd3\\U000aeee4\\U000afff5\\U000b1106\\U000b2217\\U000b3328\\U000b4439\\U000b554a\\U000b665b\\U000b776c\\U000b887d\\U000b998e\\U000baa9f\\U000bbbb0\\U000bccc1\\U000bddd2\\U000beee3\\U000bfff4\\U000c1105\\U000c2216\\U000c3327\\U000c4438\\U000c5549\\U000c665a\\U000c776b\\U000c887c\\U000c998d\\U000caa9e\\U000cbbaf\\U000cccc0\\U000cddd1\\U000ceee2\\U000cfff3\\U000d1104\\U000d2215\\U000d3326\\U000d4437\\U000d5548\\U000d6659\\U000d776a\\U000d887b\\U000d998c\\U000daa9d\\U000dbbae\\U000dccbf\\U000dddd0\\U000deee1\\U000dfff2\\U000e1103\\U000e2214\\U000e3325\\U000e4436\\U000e5547\\U000e6658\\U000e7769\\U000e887a\\U000e998b\\U000eaa9c\\U000ebbad\\U000eccbe\\U000eddcf\\U000eeee0\\U000efff1\\U000f1102\\U000f2213\\U000f3324\\U000f4435\\U000f5546\\U000f6657\\U000f7768\\U000f8879\\U000f998a\\U000faa9b\\U000fbbac\\U000fccbd\\U000fddce\\U000feedf\\U000ffff0\\U00101101\\U00102212\\U00103323\\U00104434\\U00105545\\U00106656\\U00107767\\U00108878\\U00109989\\U0010aa9a\\U0010bbab\\U0010ccbc\\U0010ddcd\\U0010eede\\U0010ffef\\\n\t\r\'"\x7f'
# expect: True True
# expect: (b'\\x00\\x07\\x0e\\x15\\x1c#*18?FMT[bipw~\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd\\xc4\\xcb\\xd2\\xd9\\xe0\\xe7\\xee\\xf5\\xfc', 37)

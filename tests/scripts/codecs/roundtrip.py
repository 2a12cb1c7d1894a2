# Every text codec of CPython's encodings package (but the CJK ones, which need
# CPython's _multibytecodec, see docs/codecs.md) looked up by name, then a round
# trip: the single-byte codecs over every byte they decode, the Unicode codecs
# over a sample text with characters from every plane.
import codecs, os, encodings

CJK = {"big5", "big5hkscs", "cp932", "cp949", "cp950", "euc_jis_2004", "euc_jisx0213", "euc_jp",
       "euc_kr", "gb18030", "gb2312", "gbk", "hz", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2",
       "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr", "johab", "shift_jis",
       "shift_jis_2004", "shift_jisx0213"}
WINDOWS = {"mbcs", "oem"}   # exist on Windows only
BYTES = {"base64_codec", "bz2_codec", "hex_codec", "quopri_codec", "uu_codec", "zlib_codec"}
SPECIAL = {"aliases", "charmap", "undefined", "idna", "punycode", "rot_13"}

def checksum(b):
    h = 0
    for x in b:
        h = (h * 31 + x) % 1000000007
    return h

SAMPLE = "Hello, wörld! Ελληνικά кириллица ✓ €uro \u0000\x7f\x80\xff \uffff \U0001f600\U0010ffff end"
here = os.path.dirname(encodings.__file__)
names = sorted(f[:-3] for f in os.listdir(here) if f.endswith(".py") and not f.startswith("__"))
single = 0
for name in names:
    if name in CJK or name in WINDOWS or name in BYTES or name in SPECIAL:
        continue
    info = codecs.lookup(name)
    if name.startswith(("utf", "unicode_escape", "raw_unicode_escape")):
        b = SAMPLE.encode(name)
        back = b.decode(name)
        print(name, info.name, len(b), checksum(b), back == SAMPLE)
        continue
    # single-byte codec: every byte it can decode, and back
    text = bytes(range(256)).decode(name, "ignore")
    b = text.encode(name)
    ok = b.decode(name) == text and codecs.decode(b, name) == text
    single += 1
    print(name, info.name, len(text), checksum(text.encode("utf-8")), ok)
print("single-byte codecs:", single)

# the names Python code uses for them, through the aliases table
for alias in ["latin1", "L1", "utf8", "UTF-16", "u16", "cp65001", "ISO-8859-15", "koi8-r", "mac-roman",
              "iso_ir_6", "unicode-1-1-utf-7", "ucs-2", "KOI8_U", "windows-1252", "  utf 8  "]:
    try:
        print(repr(alias), codecs.lookup(alias).name)
    except LookupError as e:
        print(repr(alias), "LookupError", e)
print(codecs.lookup("rot13").name, codecs.encode("Hello", "rot13"), codecs.decode("Uryyb", "rot_13"))
print("bücher".encode("punycode"), b"bcher-kva".decode("punycode"))
print(codecs.encode(b"hello", "hex"), codecs.decode(b"68656C6C6F", "hex_codec"), codecs.lookup("hex").name)
print(codecs.encode(b"a=\xff", "quopri"), codecs.decode(codecs.encode(b"xyz", "uu"), "uu"))
print(codecs.encode(b"hi", "base64"), codecs.decode(codecs.encode(b"hi" * 50, "zlib"), "zlib") == b"hi" * 50)
print("bücher.example".encode("idna"), b"xn--bcher-kva.example".decode("idna"), "ÄÖÜ.de".encode("idna"))
try:
    "x".encode("undefined")
except UnicodeError as e:
    print(type(e).__name__, e)

# expect: ascii ascii 128 239974511 True
# expect: cp037 cp037 256 285788695 True
# expect: cp1006 cp1006 256 340731568 True
# expect: cp1026 cp1026 256 646009321 True
# expect: cp1125 cp1125 256 845199325 True
# expect: cp1140 cp1140 256 426651410 True
# expect: cp1250 cp1250 251 994789649 True
# expect: cp1251 cp1251 255 527978235 True
# expect: cp1252 cp1252 251 628086725 True
# expect: cp1253 cp1253 239 496962173 True
# expect: cp1254 cp1254 249 644099729 True
# expect: cp1255 cp1255 233 183798929 True
# expect: cp1256 cp1256 256 990517992 True
# expect: cp1257 cp1257 244 329577454 True
# expect: cp1258 cp1258 247 142867136 True
# expect: cp273 cp273 256 192543365 True
# expect: cp424 cp424 218 140315807 True
# expect: cp437 cp437 256 928087981 True
# expect: cp500 cp500 256 285238641 True
# expect: cp720 cp720 256 736652215 True
# expect: cp737 cp737 256 670549893 True
# expect: cp775 cp775 256 989824672 True
# expect: cp850 cp850 256 999225766 True
# expect: cp852 cp852 256 786259670 True
# expect: cp855 cp855 256 420468649 True
# expect: cp856 cp856 215 621353540 True
# expect: cp857 cp857 253 595767004 True
# expect: cp858 cp858 256 694417030 True
# expect: cp860 cp860 256 492919812 True
# expect: cp861 cp861 256 948571291 True
# expect: cp862 cp862 256 112528165 True
# expect: cp863 cp863 256 331331773 True
# expect: cp864 cp864 250 206517870 True
# expect: cp865 cp865 256 106730211 True
# expect: cp866 cp866 256 460183769 True
# expect: cp869 cp869 247 968249187 True
# expect: cp874 cp874 225 762411467 True
# expect: cp875 cp875 256 883706169 True
# expect: hp_roman8 hp-roman8 255 945141736 True
# expect: iso8859_1 iso8859-1 256 70450135 True
# expect: iso8859_10 iso8859-10 256 81056388 True
# expect: iso8859_11 iso8859-11 248 226153144 True
# expect: iso8859_13 iso8859-13 256 22141916 True
# expect: iso8859_14 iso8859-14 256 446967766 True
# expect: iso8859_15 iso8859-15 256 7234518 True
# expect: iso8859_16 iso8859-16 256 229526874 True
# expect: iso8859_2 iso8859-2 256 55505422 True
# expect: iso8859_3 iso8859-3 249 497516034 True
# expect: iso8859_4 iso8859-4 256 851657494 True
# expect: iso8859_5 iso8859-5 256 466870272 True
# expect: iso8859_6 iso8859-6 211 350773708 True
# expect: iso8859_7 iso8859-7 253 181365077 True
# expect: iso8859_8 iso8859-8 220 841314700 True
# expect: iso8859_9 iso8859-9 256 974283340 True
# expect: koi8_r koi8-r 256 596556009 True
# expect: koi8_t koi8-t 237 581091136 True
# expect: koi8_u koi8-u 256 253407998 True
# expect: kz1048 kz1048 255 208016601 True
# expect: latin_1 iso8859-1 256 70450135 True
# expect: mac_arabic mac-arabic 256 840257672 True
# expect: mac_croatian mac-croatian 256 151371458 True
# expect: mac_cyrillic mac-cyrillic 256 71675018 True
# expect: mac_farsi mac-farsi 256 313951600 True
# expect: mac_greek mac-greek 256 81141252 True
# expect: mac_iceland mac-iceland 256 815540770 True
# expect: mac_latin2 mac-latin2 256 650978781 True
# expect: mac_roman mac-roman 256 934757983 True
# expect: mac_romanian mac-romanian 256 489245019 True
# expect: mac_turkish mac-turkish 256 155826070 True
# expect: palmos palmos 256 33652833 True
# expect: ptcp154 ptcp154 256 993423039 True
# expect: raw_unicode_escape raw-unicode-escape 171 67144195 True
# expect: tis_620 tis-620 247 539105313 True
# expect: unicode_escape unicode-escape 186 96863843 True
# expect: utf_16 utf-16 112 922888419 True
# expect: utf_16_be utf-16-be 110 294809247 True
# expect: utf_16_le utf-16-le 110 304957166 True
# expect: utf_32 utf-32 216 572256856 True
# expect: utf_32_be utf-32-be 212 410865172 True
# expect: utf_32_le utf-32-le 212 826089468 True
# expect: utf_7 utf-7 116 230037051 True
# expect: utf_8 utf-8 85 320166414 True
# expect: utf_8_sig utf-8-sig 88 549790651 True
# expect: single-byte codecs: 72
# expect: 'latin1' iso8859-1
# expect: 'L1' iso8859-1
# expect: 'utf8' utf-8
# expect: 'UTF-16' utf-16
# expect: 'u16' utf-16
# expect: 'cp65001' utf-8
# expect: 'ISO-8859-15' iso8859-15
# expect: 'koi8-r' koi8-r
# expect: 'mac-roman' mac-roman
# expect: 'iso_ir_6' ascii
# expect: 'unicode-1-1-utf-7' utf-7
# expect: 'ucs-2' LookupError unknown encoding: ucs-2
# expect: 'KOI8_U' koi8-u
# expect: 'windows-1252' cp1252
# expect: '  utf 8  ' utf-8
# expect: rot-13 Uryyb Hello
# expect: b'bcher-kva' bücher
# expect: b'68656c6c6f' b'hello' hex
# expect: b'a=3D=FF' b'xyz'
# expect: b'aGk=\n' True
# expect: b'xn--bcher-kva.example' bücher.example b'xn--4ca0bs.de'
# expect: UnicodeError encoding with 'undefined' codec failed (UnicodeError: undefined encoding)

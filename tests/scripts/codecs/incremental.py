# Incremental decoders fed one byte (and two, three... bytes) at a time must
# give the text a one-shot decode gives, for every stateful codec; incremental
# encoders; stream readers and writers over a file; codecs.open.
import codecs, io, os

text = "plain ascii, é, €, \U0001f600, +-~ and \u0000 \uffff \U0010ffff" * 3
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
            "utf-7", "unicode_escape", "raw_unicode_escape", "latin-1", "cp1252"]:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, "backslashreplace")
    whole = codecs.decode(data, enc)
    results = []
    for step in [1, 2, 3, 5, 7]:
        dec = codecs.getincrementaldecoder(enc)()
        parts = [dec.decode(data[i:i + step]) for i in range(0, len(data), step)]
        parts.append(dec.decode(b"", final=True))
        results.append("".join(parts) == whole)
    enc_obj = codecs.getincrementalencoder(enc)()
    out = b"".join(enc_obj.encode(c) for c in whole) + enc_obj.encode("", final=True)
    print(enc, len(data), all(results), out == data)

# truncated input: final=False keeps it, final=True reports it
for enc, data in [("utf-8", b"ab\xe2\x82"), ("utf-16-le", b"a\x00b"), ("utf-32-le", b"a\x00\x00\x00b\x00"),
                  ("utf-16-le", b"a\x00\x3d\xd8"), ("unicode_escape", b"ab\\u20"), ("utf-7", b"a+AKM")]:
    dec = codecs.getincrementaldecoder(enc)()
    print(enc, ascii(dec.decode(data)), dec.getstate())
    try:
        print(ascii(dec.decode(b"", final=True)))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)

# the codec functions themselves report what they consumed
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False))
print(codecs.utf_16_le_decode(b"a\x00b", "strict", False))
print(codecs.utf_16_ex_decode(b"\xfe\xffa\x00", "strict", 0, False))
print(codecs.utf_32_ex_decode(b"\xff\xfe\x00\x00a\x00\x00\x00", "strict", 0, True))
print(codecs.utf_7_decode(b"a+AKM", "strict", False))
print(codecs.escape_decode(b"a\\x41\\n\\101"), codecs.escape_encode(b"a\n\x00'"))
print(codecs.unicode_escape_decode(b"\\N{EURO SIGN}\\t"), codecs.raw_unicode_escape_decode(b"\\u20ac\\t"))
print(codecs.readbuffer_encode("abc"), codecs.readbuffer_encode(b"abc"))
print(codecs.utf_16_encode("a"), codecs.utf_16_be_encode("a"), codecs.utf_32_encode("a"))
print(codecs.latin_1_encode("é"), codecs.ascii_decode(b"abc"), codecs.utf_8_encode("€"))

# streams (over files: io.BytesIO is not pyglass's yet)
path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pyglass_codecs_%d.txt" % os.getpid())
with open(path, "wb") as raw:
    w = codecs.getwriter("utf-16")(raw)
    w.write("héllo\n")
    w.writelines(["wörld\n", "€\n"])
with open(path, "rb") as raw:
    print(raw.read())
with open(path, "rb") as raw:
    r = codecs.getreader("utf-16")(raw)
    print(r.readline(), r.readlines())
with codecs.open(path, "w", encoding="cp1252") as f:
    f.write("caf\xe9 \u20ac\nline 2\n")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", encoding="cp1252") as f:
    print(f.read())
with codecs.open(path, "r", encoding="ascii", errors="replace") as f:
    print([line for line in f])
with open(path, "wb") as f:
    f.write("é€".encode("utf-8"))
with open(path, "rb") as f:
    rec = codecs.EncodedFile(f, "latin-1", "utf-8", errors="replace")
    print(rec.read())
os.remove(path)

# expect: utf-8 138 True True
# expect: utf-8-sig 141 True True
# expect: utf-16 224 True True
# expect: utf-16-le 222 True True
# expect: utf-16-be 222 True True
# expect: utf-32 424 True True
# expect: utf-32-le 420 True True
# expect: utf-32-be 420 True True
# expect: utf-7 192 True False
# expect: unicode_escape 207 True True
# expect: raw_unicode_escape 189 True True
# expect: latin-1 189 True True
# expect: cp1252 174 True True
# expect: utf-8 'ab' (b'\xe2\x82', 0)
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
# expect: utf-16-le 'a' (b'b', 0)
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 0: truncated data
# expect: utf-32-le 'a' (b'b\x00', 0)
# expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-1: truncated data
# expect: utf-16-le 'a' (b'=\xd8', 0)
# expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data
# expect: unicode_escape 'ab' (b'\\u20', 0)
# expect: UnicodeDecodeError: 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape
# expect: utf-7 'a' (b'+AKM', 0)
# expect: '\xa3'
# expect: ('ab', 2)
# expect: ('a', 2)
# expect: ('愀', 4, 1)
# expect: ('a', 8, -1)
# expect: ('a', 1)
# expect: (b'aA\nA', 11) (b"a\\n\\x00\\'", 4)
# expect: ('€\t', 15) ('€\\t', 8)
# expect: (b'abc', 3) (b'abc', 3)
# expect: (b'\xff\xfea\x00', 1) (b'\x00a', 1) (b'\xff\xfe\x00\x00a\x00\x00\x00', 1)
# expect: (b'\xe9', 1) ('abc', 3) (b'\xe2\x82\xac', 1)
# expect: b'\xff\xfeh\x00\xe9\x00l\x00l\x00o\x00\n\x00w\x00\xf6\x00r\x00l\x00d\x00\n\x00\xac \n\x00'
# expect: héllo
# expect:  ['wörld\n', '€\n']
# expect: b'caf\xe9 \x80\nline 2\n'
# expect: café €
# expect: line 2
# expect: 
# expect: ['caf� �\n', 'line 2\n']
# expect: b'\xe9?'

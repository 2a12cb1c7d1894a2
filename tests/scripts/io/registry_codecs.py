# _io over the codec registry: encodings other than utf-8/ascii/latin-1 through their incremental codecs,
# BOMs, tell/seek with registry decoders, error handlers the native codecs lack, non-text codecs refused.
import _io, codecs, posix
name = "pyglass_io_codecs_%d.txt" % posix.getpid()
for enc in ("utf-16", "utf-16-le", "utf-32", "cp1252", "utf-8-sig", "iso8859-15"):
    b = _io.BytesIO()
    t = _io.TextIOWrapper(b, encoding=enc, newline="\r\n")
    t.write("héllo\nwörld €\n")
    t.flush()
    try:
        data = b.getvalue()
    except Exception as ex:
        print(ex)
    r = _io.TextIOWrapper(_io.BytesIO(data), encoding=enc)
    r._CHUNK_SIZE = 3
    first = r.readline()
    pos = r.tell()
    rest = r.read()
    r.seek(pos)
    print(enc, t.encoding, data[:6], repr(first), repr(rest), r.read() == rest, r.newlines)
try:
    _io.TextIOWrapper(_io.BytesIO(), encoding="rot13")
except LookupError as ex:
    print(ex)
t = _io.TextIOWrapper(_io.BytesIO(b"\xff\xfeh\x00i\x00"), encoding="utf-16", errors="strict")
print(repr(t.read()))
t = _io.TextIOWrapper(_io.BytesIO(), encoding="ascii", errors="namereplace")
t.write("é€"); t.flush(); print(t.buffer.getvalue())
b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding="utf-16")
t.write("a"); t.seek(0); t.write("b"); t.flush(); print(b.getvalue())
t.reconfigure(encoding="utf-8"); t.write("c"); t.flush(); print(b.getvalue())
f = open(name, "w", encoding="utf-16"); f.write("x"); f.close()
f = open(name, "a", encoding="utf-16"); f.write("y"); f.close()
print(open(name, "rb").read(), open(name, encoding="utf-16").read())
posix.unlink(name)
# expect: utf-16 utf-16 b'\xff\xfeh\x00\xe9\x00' 'héllo\n' 'wörld €\n' True 
# expect: 
# expect: utf-16-le utf-16-le b'h\x00\xe9\x00l\x00' 'héllo\n' 'wörld €\n' True 
# expect: 
# expect: utf-32 utf-32 b'\xff\xfe\x00\x00h\x00' 'héllo\n' 'wörld €\n' True 
# expect: 
# expect: cp1252 cp1252 b'h\xe9llo\r' 'héllo\n' 'wörld €\n' True 
# expect: 
# expect: utf-8-sig utf-8-sig b'\xef\xbb\xbfh\xc3\xa9' 'héllo\n' 'wörld €\n' True 
# expect: 
# expect: iso8859-15 iso8859-15 b'h\xe9llo\r' 'héllo\n' 'wörld €\n' True 
# expect: 
# expect: 'rot13' is not a text encoding; use codecs.open() to handle arbitrary codecs
# expect: 'hi'
# expect: b'\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EURO SIGN}'
# expect: b'\xff\xfeb\x00'
# expect: b'\xff\xfeb\x00c'
# expect: b'\xff\xfex\x00y\x00' xy

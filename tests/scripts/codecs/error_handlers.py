# The built-in error handlers on each built-in codec, handlers written in
# Python (the exception they get, the (replacement, position) they return,
# negative positions, bad returns) and the registry of handler names.
import codecs

text = "a\xe9\u20ac\U0001f600\udcff\ud800z"
for enc in ["ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be", "cp1252", "koi8_r", "utf-7"]:
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                   "surrogateescape", "surrogatepass", "strict"]:
        try:
            print(enc, errors, text.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e, e.start, e.end, repr(e.reason))
        except Exception as e:
            print(enc, errors, type(e).__name__, e)

data = b"a\xe9\x80\xff\xed\xa0\x80\xf0\x9f\x98z"
for enc in ["ascii", "utf-8", "utf-16-le", "utf-32-le", "cp1252", "cp437", "iso8859_3", "unicode_escape"]:
    for errors in ["ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "strict"]:
        try:
            print(enc, errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError:", e, e.start, e.end, repr(e.reason))
        except Exception as e:
            print(enc, errors, type(e).__name__, e)

# surrogateescape round-trips any bytes through utf-8 and ascii
raw = bytes(range(256))
for enc in ["utf-8", "ascii"]:
    s = raw.decode(enc, "surrogateescape")
    print(enc, s.encode(enc, "surrogateescape") == raw, len(s))

# a handler written in Python
seen = []
def handler(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason, exc.object))
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % "".join("%x" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("[%s]" % exc.object[exc.start:exc.end].hex(), exc.end)
    return ("?" * (exc.end - exc.start), exc.end)
codecs.register_error("test.hex", handler)
print(codecs.lookup_error("test.hex") is handler)
print("x\xe9\xe8y\u20acz".encode("ascii", "test.hex"))
print("x\xe9\xe8y\u20acz".encode("latin-1", "test.hex"))
print(b"x\xff\xfey\xc3".decode("utf-8", "test.hex"))
print(b"x\xff\xfey".decode("ascii", "test.hex"))
print("x\u0100y".encode("cp1252", "test.hex"))
print(b"\x00\xd8a\x00".decode("utf-16-le", "test.hex"))
for s in seen:
    print(s)

# the handler may move backwards, forwards, or count from the end
calls = []
def skip_to_end(exc):
    calls.append(exc.start)
    return ("!", -1)
codecs.register_error("test.end", skip_to_end)
print("ab\xffcd\xfeef".encode("ascii", "test.end"), calls)
def restart(exc):
    # replace the bad byte inside the object and resume before it
    return ("#", exc.start + 1)
codecs.register_error("test.restart", restart)
print(b"\xff\xfe\xfd".decode("ascii", "test.restart"))

# what a handler may not return
for ret in [None, "x", ("x",), ("x", 1, 2), (1, 1), ("x", "1"), ("x", 100), ("x", -100), (b"x", 2)]:
    codecs.register_error("test.bad", lambda exc, ret=ret: ret)
    for what, fn in [("encode", lambda: "a\xffb".encode("ascii", "test.bad")),
                     ("decode", lambda: b"a\xffb".decode("ascii", "test.bad"))]:
        try:
            print(ret, what, repr(fn()))
        except Exception as e:
            print(ret, what, type(e).__name__, e)

# a handler that raises: the exception goes through
def raiser(exc):
    raise ValueError("from handler")
codecs.register_error("test.raise", raiser)
try:
    "\xff".encode("ascii", "test.raise")
except ValueError as e:
    print("ValueError", e)

# the registry
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
             "surrogateescape", "surrogatepass"]:
    print(name, codecs.lookup_error(name).__name__)
for bad in ["nope", ""]:
    try:
        codecs.lookup_error(bad)
    except LookupError as e:
        print("LookupError", e)
try:
    "\xff".encode("ascii", "nope")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.register_error("x", 42)
except TypeError as e:
    print("TypeError", e)
try:
    codecs.strict_errors(UnicodeEncodeError("ascii", "\xff", 0, 1, "bad"))
except UnicodeEncodeError as e:
    print("strict re-raises:", e)
print(codecs.ignore_errors(UnicodeEncodeError("ascii", "a\xff\xffb", 1, 3, "bad")))
print(codecs.replace_errors(UnicodeDecodeError("ascii", b"a\xff\xffb", 1, 3, "bad")))
print(codecs.replace_errors(UnicodeEncodeError("ascii", "a\xff\xffb", 1, 3, "bad")))
print(codecs.replace_errors(UnicodeTranslateError("a\xff\xffb", 1, 3, "bad")))
print(codecs.backslashreplace_errors(UnicodeDecodeError("ascii", b"a\xff\xffb", 1, 3, "bad")))
print(codecs.backslashreplace_errors(UnicodeTranslateError("a\xff\U0001f600b", 1, 3, "bad")))
print(codecs.namereplace_errors(UnicodeEncodeError("ascii", "a\xff\U0001f600\U000e0000b", 1, 4, "bad")))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "a\xff\U0001f600b", 1, 3, "bad")))
for fn in [codecs.xmlcharrefreplace_errors, codecs.namereplace_errors, codecs.strict_errors]:
    try:
        fn(UnicodeDecodeError("ascii", b"\xff", 0, 1, "bad"))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
try:
    codecs.ignore_errors(ValueError("x"))
except TypeError as e:
    print("TypeError", e)

# expect: ascii ignore b'az'
# expect: ascii replace b'a?????z'
# expect: ascii backslashreplace b'a\\xe9\\u20ac\\U0001f600\\udcff\\ud800z'
# expect: ascii xmlcharrefreplace b'a&#233;&#8364;&#128512;&#56575;&#55296;z'
# expect: ascii namereplace b'a\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EURO SIGN}\\N{GRINNING FACE}\\udcff\\ud800z'
# expect: ascii surrogateescape UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-5: ordinal not in range(128) 1 6 'ordinal not in range(128)'
# expect: ascii surrogatepass UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-5: ordinal not in range(128) 1 6 'ordinal not in range(128)'
# expect: ascii strict UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-5: ordinal not in range(128) 1 6 'ordinal not in range(128)'
# expect: latin-1 ignore b'a\xe9z'
# expect: latin-1 replace b'a\xe9????z'
# expect: latin-1 backslashreplace b'a\xe9\\u20ac\\U0001f600\\udcff\\ud800z'
# expect: latin-1 xmlcharrefreplace b'a\xe9&#8364;&#128512;&#56575;&#55296;z'
# expect: latin-1 namereplace b'a\xe9\\N{EURO SIGN}\\N{GRINNING FACE}\\udcff\\ud800z'
# expect: latin-1 surrogateescape UnicodeEncodeError: 'latin-1' codec can't encode characters in position 2-5: ordinal not in range(256) 2 6 'ordinal not in range(256)'
# expect: latin-1 surrogatepass UnicodeEncodeError: 'latin-1' codec can't encode characters in position 2-5: ordinal not in range(256) 2 6 'ordinal not in range(256)'
# expect: latin-1 strict UnicodeEncodeError: 'latin-1' codec can't encode characters in position 2-5: ordinal not in range(256) 2 6 'ordinal not in range(256)'
# expect: utf-8 ignore b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z'
# expect: utf-8 replace b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80??z'
# expect: utf-8 backslashreplace b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\\udcff\\ud800z'
# expect: utf-8 xmlcharrefreplace b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80&#56575;&#55296;z'
# expect: utf-8 namereplace b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\\udcff\\ud800z'
# expect: utf-8 surrogateescape UnicodeEncodeError: 'utf-8' codec can't encode character '\ud800' in position 5: surrogates not allowed 5 6 'surrogates not allowed'
# expect: utf-8 surrogatepass b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xed\xb3\xbf\xed\xa0\x80z'
# expect: utf-8 strict UnicodeEncodeError: 'utf-8' codec can't encode characters in position 4-5: surrogates not allowed 4 6 'surrogates not allowed'
# expect: utf-16-le ignore b'a\x00\xe9\x00\xac =\xd8\x00\xdez\x00'
# expect: utf-16-le replace b'a\x00\xe9\x00\xac =\xd8\x00\xde?\x00?\x00z\x00'
# expect: utf-16-le backslashreplace b'a\x00\xe9\x00\xac =\xd8\x00\xde\\\x00u\x00d\x00c\x00f\x00f\x00\\\x00u\x00d\x008\x000\x000\x00z\x00'
# expect: utf-16-le xmlcharrefreplace b'a\x00\xe9\x00\xac =\xd8\x00\xde&\x00#\x005\x006\x005\x007\x005\x00;\x00&\x00#\x005\x005\x002\x009\x006\x00;\x00z\x00'
# expect: utf-16-le namereplace b'a\x00\xe9\x00\xac =\xd8\x00\xde\\\x00u\x00d\x00c\x00f\x00f\x00\\\x00u\x00d\x008\x000\x000\x00z\x00'
# expect: utf-16-le surrogateescape UnicodeEncodeError: 'utf-16-le' codec can't encode character '\udcff' in position 4: surrogates not allowed 4 5 'surrogates not allowed'
# expect: utf-16-le surrogatepass b'a\x00\xe9\x00\xac =\xd8\x00\xde\xff\xdc\x00\xd8z\x00'
# expect: utf-16-le strict UnicodeEncodeError: 'utf-16-le' codec can't encode character '\udcff' in position 4: surrogates not allowed 4 5 'surrogates not allowed'
# expect: utf-32-be ignore b'\x00\x00\x00a\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00\x00\x00\x00z'
# expect: utf-32-be replace b'\x00\x00\x00a\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00\x00\x00\x00?\x00\x00\x00?\x00\x00\x00z'
# expect: utf-32-be backslashreplace b'\x00\x00\x00a\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00\x00\x00\x00\\\x00\x00\x00u\x00\x00\x00d\x00\x00\x00c\x00\x00\x00f\x00\x00\x00f\x00\x00\x00\\\x00\x00\x00u\x00\x00\x00d\x00\x00\x008\x00\x00\x000\x00\x00\x000\x00\x00\x00z'
# expect: utf-32-be xmlcharrefreplace b'\x00\x00\x00a\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00\x00\x00\x00&\x00\x00\x00#\x00\x00\x005\x00\x00\x006\x00\x00\x005\x00\x00\x007\x00\x00\x005\x00\x00\x00;\x00\x00\x00&\x00\x00\x00#\x00\x00\x005\x00\x00\x005\x00\x00\x002\x00\x00\x009\x00\x00\x006\x00\x00\x00;\x00\x00\x00z'
# expect: utf-32-be namereplace b'\x00\x00\x00a\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00\x00\x00\x00\\\x00\x00\x00u\x00\x00\x00d\x00\x00\x00c\x00\x00\x00f\x00\x00\x00f\x00\x00\x00\\\x00\x00\x00u\x00\x00\x00d\x00\x00\x008\x00\x00\x000\x00\x00\x000\x00\x00\x00z'
# expect: utf-32-be surrogateescape UnicodeEncodeError: 'utf-32-be' codec can't encode character '\udcff' in position 4: surrogates not allowed 4 5 'surrogates not allowed'
# expect: utf-32-be surrogatepass b'\x00\x00\x00a\x00\x00\x00\xe9\x00\x00 \xac\x00\x01\xf6\x00\x00\x00\xdc\xff\x00\x00\xd8\x00\x00\x00\x00z'
# expect: utf-32-be strict UnicodeEncodeError: 'utf-32-be' codec can't encode character '\udcff' in position 4: surrogates not allowed 4 5 'surrogates not allowed'
# expect: cp1252 ignore b'a\xe9\x80z'
# expect: cp1252 replace b'a\xe9\x80???z'
# expect: cp1252 backslashreplace b'a\xe9\x80\\U0001f600\\udcff\\ud800z'
# expect: cp1252 xmlcharrefreplace b'a\xe9\x80&#128512;&#56575;&#55296;z'
# expect: cp1252 namereplace b'a\xe9\x80\\N{GRINNING FACE}\\udcff\\ud800z'
# expect: cp1252 surrogateescape UnicodeEncodeError: 'charmap' codec can't encode characters in position 3-5: character maps to <undefined> 3 6 'character maps to <undefined>'
# expect: cp1252 surrogatepass UnicodeEncodeError: 'charmap' codec can't encode characters in position 3-5: character maps to <undefined> 3 6 'character maps to <undefined>'
# expect: cp1252 strict UnicodeEncodeError: 'charmap' codec can't encode characters in position 3-5: character maps to <undefined> 3 6 'character maps to <undefined>'
# expect: koi8_r ignore b'az'
# expect: koi8_r replace b'a?????z'
# expect: koi8_r backslashreplace b'a\\xe9\\u20ac\\U0001f600\\udcff\\ud800z'
# expect: koi8_r xmlcharrefreplace b'a&#233;&#8364;&#128512;&#56575;&#55296;z'
# expect: koi8_r namereplace b'a\\N{LATIN SMALL LETTER E WITH ACUTE}\\N{EURO SIGN}\\N{GRINNING FACE}\\udcff\\ud800z'
# expect: koi8_r surrogateescape UnicodeEncodeError: 'charmap' codec can't encode characters in position 1-5: character maps to <undefined> 1 6 'character maps to <undefined>'
# expect: koi8_r surrogatepass UnicodeEncodeError: 'charmap' codec can't encode characters in position 1-5: character maps to <undefined> 1 6 'character maps to <undefined>'
# expect: koi8_r strict UnicodeEncodeError: 'charmap' codec can't encode characters in position 1-5: character maps to <undefined> 1 6 'character maps to <undefined>'
# expect: utf-7 ignore b'a+AOkgrNg93gDc/9gA-z'
# expect: utf-7 replace b'a+AOkgrNg93gDc/9gA-z'
# expect: utf-7 backslashreplace b'a+AOkgrNg93gDc/9gA-z'
# expect: utf-7 xmlcharrefreplace b'a+AOkgrNg93gDc/9gA-z'
# expect: utf-7 namereplace b'a+AOkgrNg93gDc/9gA-z'
# expect: utf-7 surrogateescape b'a+AOkgrNg93gDc/9gA-z'
# expect: utf-7 surrogatepass b'a+AOkgrNg93gDc/9gA-z'
# expect: utf-7 strict b'a+AOkgrNg93gDc/9gA-z'
# expect: ascii ignore 'az'
# expect: ascii replace 'a\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdz'
# expect: ascii backslashreplace 'a\\xe9\\x80\\xff\\xed\\xa0\\x80\\xf0\\x9f\\x98z'
# expect: ascii surrogateescape 'a\udce9\udc80\udcff\udced\udca0\udc80\udcf0\udc9f\udc98z'
# expect: ascii surrogatepass UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128) 1 2 'ordinal not in range(128)'
# expect: ascii strict UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128) 1 2 'ordinal not in range(128)'
# expect: utf-8 ignore 'az'
# expect: utf-8 replace 'a\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdz'
# expect: utf-8 backslashreplace 'a\\xe9\\x80\\xff\\xed\\xa0\\x80\\xf0\\x9f\\x98z'
# expect: utf-8 surrogateescape 'a\udce9\udc80\udcff\udced\udca0\udc80\udcf0\udc9f\udc98z'
# expect: utf-8 surrogatepass UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte 1 3 'invalid continuation byte'
# expect: utf-8 strict UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte 1 3 'invalid continuation byte'
# expect: utf-16-le ignore '\ue961\uff80\ua0ed\uf080\u989f'
# expect: utf-16-le replace '\ue961\uff80\ua0ed\uf080\u989f\ufffd'
# expect: utf-16-le backslashreplace '\ue961\uff80\ua0ed\uf080\u989f\\x7a'
# expect: utf-16-le surrogateescape UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x7a in position 10: truncated data 10 11 'truncated data'
# expect: utf-16-le surrogatepass UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x7a in position 10: truncated data 10 11 'truncated data'
# expect: utf-16-le strict UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x7a in position 10: truncated data 10 11 'truncated data'
# expect: utf-32-le ignore ''
# expect: utf-32-le replace '\ufffd\ufffd\ufffd'
# expect: utf-32-le backslashreplace '\\x61\\xe9\\x80\\xff\\xed\\xa0\\x80\\xf0\\x9f\\x98\\x7a'
# expect: utf-32-le surrogateescape UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000) 0 4 'code point not in range(0x110000)'
# expect: utf-32-le surrogatepass UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000) 0 4 'code point not in range(0x110000)'
# expect: utf-32-le strict UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000) 0 4 'code point not in range(0x110000)'
# expect: cp1252 ignore 'a\xe9\u20ac\xff\xed\xa0\u20ac\xf0\u0178\u02dcz'
# expect: cp1252 replace 'a\xe9\u20ac\xff\xed\xa0\u20ac\xf0\u0178\u02dcz'
# expect: cp1252 backslashreplace 'a\xe9\u20ac\xff\xed\xa0\u20ac\xf0\u0178\u02dcz'
# expect: cp1252 surrogateescape 'a\xe9\u20ac\xff\xed\xa0\u20ac\xf0\u0178\u02dcz'
# expect: cp1252 surrogatepass 'a\xe9\u20ac\xff\xed\xa0\u20ac\xf0\u0178\u02dcz'
# expect: cp1252 strict 'a\xe9\u20ac\xff\xed\xa0\u20ac\xf0\u0178\u02dcz'
# expect: cp437 ignore 'a\u0398\xc7\xa0\u03c6\xe1\xc7\u2261\u0192\xffz'
# expect: cp437 replace 'a\u0398\xc7\xa0\u03c6\xe1\xc7\u2261\u0192\xffz'
# expect: cp437 backslashreplace 'a\u0398\xc7\xa0\u03c6\xe1\xc7\u2261\u0192\xffz'
# expect: cp437 surrogateescape 'a\u0398\xc7\xa0\u03c6\xe1\xc7\u2261\u0192\xffz'
# expect: cp437 surrogatepass 'a\u0398\xc7\xa0\u03c6\xe1\xc7\u2261\u0192\xffz'
# expect: cp437 strict 'a\u0398\xc7\xa0\u03c6\xe1\xc7\u2261\u0192\xffz'
# expect: iso8859_3 ignore 'a\xe9\x80\u02d9\xed\xa0\x80\x9f\x98z'
# expect: iso8859_3 replace 'a\xe9\x80\u02d9\xed\xa0\x80\ufffd\x9f\x98z'
# expect: iso8859_3 backslashreplace 'a\xe9\x80\u02d9\xed\xa0\x80\\xf0\x9f\x98z'
# expect: iso8859_3 surrogateescape 'a\xe9\x80\u02d9\xed\xa0\x80\udcf0\x9f\x98z'
# expect: iso8859_3 surrogatepass UnicodeDecodeError: 'charmap' codec can't decode byte 0xf0 in position 7: character maps to <undefined> 7 8 'character maps to <undefined>'
# expect: iso8859_3 strict UnicodeDecodeError: 'charmap' codec can't decode byte 0xf0 in position 7: character maps to <undefined> 7 8 'character maps to <undefined>'
# expect: unicode_escape ignore 'a\xe9\x80\xff\xed\xa0\x80\xf0\x9f\x98z'
# expect: unicode_escape replace 'a\xe9\x80\xff\xed\xa0\x80\xf0\x9f\x98z'
# expect: unicode_escape backslashreplace 'a\xe9\x80\xff\xed\xa0\x80\xf0\x9f\x98z'
# expect: unicode_escape surrogateescape 'a\xe9\x80\xff\xed\xa0\x80\xf0\x9f\x98z'
# expect: unicode_escape surrogatepass 'a\xe9\x80\xff\xed\xa0\x80\xf0\x9f\x98z'
# expect: unicode_escape strict 'a\xe9\x80\xff\xed\xa0\x80\xf0\x9f\x98z'
# expect: utf-8 True 256
# expect: ascii True 256
# expect: True
# expect: b'x<e9e8>y<20ac>z'
# expect: b'x\xe9\xe8y<20ac>z'
# expect: x[ff][fe]y[c3]
# expect: x[ff][fe]y
# expect: b'x<100>y'
# expect: [00d8]a
# expect: ('UnicodeEncodeError', 'ascii', 1, 3, 'ordinal not in range(128)', 'xéèy€z')
# expect: ('UnicodeEncodeError', 'ascii', 4, 5, 'ordinal not in range(128)', 'xéèy€z')
# expect: ('UnicodeEncodeError', 'latin-1', 4, 5, 'ordinal not in range(256)', 'xéèy€z')
# expect: ('UnicodeDecodeError', 'utf-8', 1, 2, 'invalid start byte', b'x\xff\xfey\xc3')
# expect: ('UnicodeDecodeError', 'utf-8', 2, 3, 'invalid start byte', b'x\xff\xfey\xc3')
# expect: ('UnicodeDecodeError', 'utf-8', 4, 5, 'unexpected end of data', b'x\xff\xfey\xc3')
# expect: ('UnicodeDecodeError', 'ascii', 1, 2, 'ordinal not in range(128)', b'x\xff\xfey')
# expect: ('UnicodeDecodeError', 'ascii', 2, 3, 'ordinal not in range(128)', b'x\xff\xfey')
# expect: ('UnicodeEncodeError', 'charmap', 1, 2, 'character maps to <undefined>', 'xĀy')
# expect: ('UnicodeDecodeError', 'utf-16-le', 0, 2, 'illegal UTF-16 surrogate', b'\x00\xd8a\x00')
# expect: b'ab!f' [2]
# expect: ###
# expect: None encode TypeError encoding error handler must return (str/bytes, int) tuple
# expect: None decode TypeError decoding error handler must return (str, int) tuple
# expect: x encode TypeError encoding error handler must return (str/bytes, int) tuple
# expect: x decode TypeError decoding error handler must return (str, int) tuple
# expect: ('x',) encode TypeError encoding error handler must return (str/bytes, int) tuple
# expect: ('x',) decode TypeError decoding error handler must return (str, int) tuple
# expect: ('x', 1, 2) encode TypeError encoding error handler must return (str/bytes, int) tuple
# expect: ('x', 1, 2) decode TypeError decoding error handler must return (str, int) tuple
# expect: (1, 1) encode TypeError encoding error handler must return (str/bytes, int) tuple
# expect: (1, 1) decode TypeError decoding error handler must return (str, int) tuple
# expect: ('x', '1') encode TypeError 'str' object cannot be interpreted as an integer
# expect: ('x', '1') decode TypeError 'str' object cannot be interpreted as an integer
# expect: ('x', 100) encode IndexError position 100 from error handler out of bounds
# expect: ('x', 100) decode IndexError position 100 from error handler out of bounds
# expect: ('x', -100) encode IndexError position -97 from error handler out of bounds
# expect: ('x', -100) decode IndexError position -97 from error handler out of bounds
# expect: (b'x', 2) encode b'axb'
# expect: (b'x', 2) decode TypeError decoding error handler must return (str, int) tuple
# expect: ValueError from handler
# expect: strict strict_errors
# expect: ignore ignore_errors
# expect: replace replace_errors
# expect: backslashreplace backslashreplace_errors
# expect: xmlcharrefreplace xmlcharrefreplace_errors
# expect: namereplace namereplace_errors
# expect: surrogateescape surrogateescape
# expect: surrogatepass surrogatepass
# expect: LookupError unknown error handler name 'nope'
# expect: LookupError unknown error handler name ''
# expect: LookupError unknown error handler name 'nope'
# expect: TypeError handler must be callable
# expect: strict re-raises: 'ascii' codec can't encode character '\xff' in position 0: bad
# expect: ('', 3)
# expect: ('�', 3)
# expect: ('??', 3)
# expect: ('��', 3)
# expect: ('\\xff\\xff', 3)
# expect: ('\\xff\\U0001f600', 3)
# expect: ('\\N{LATIN SMALL LETTER Y WITH DIAERESIS}\\N{GRINNING FACE}\\U000e0000', 4)
# expect: ('&#255;&#128512;', 3)
# expect: xmlcharrefreplace_errors TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: namereplace_errors TypeError don't know how to handle UnicodeDecodeError in error callback
# expect: strict_errors UnicodeDecodeError 'ascii' codec can't decode byte 0xff in position 0: bad
# expect: TypeError don't know how to handle ValueError in error callback

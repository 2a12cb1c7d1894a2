# unicodedata's functions, their errors, ucd_3_2_0 and the names \N{...} knows.
import unicodedata as ud

print(ud.unidata_version, ud.ucd_3_2_0.unidata_version, type(ud.ucd_3_2_0).__name__)
for name in ["LATIN SMALL LETTER A", "latin small letter a", "EURO SIGN", "HANGUL SYLLABLE GAG",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-2A6DF", "TANGUT IDEOGRAPH-17000",
             "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170", "CJK COMPATIBILITY IDEOGRAPH-F900",
             "LATIN CAPITAL LETTER GHA", "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS",
             "LATIN SMALL LETTER R WITH FISHHOOK AND MIDDLE TILDE", "KEYCAP NUMBER SIGN",
             "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "NULL", "BYTE ORDER MARK", "SPACE"]:
    try:
        print(name, ascii(ud.lookup(name)))
    except KeyError as e:
        print(name, "KeyError", e)
for bad in ["NO SUCH CHARACTER", "HANGUL SYLLABLE XYZ", "CJK UNIFIED IDEOGRAPH-0041", "", "x" * 300]:
    try:
        ud.lookup(bad)
    except KeyError as e:
        print("KeyError", str(e)[:80])
for c in ["a", "\u20ac", "\uac00", "\ud7a3", "\u4e00", "\U00020000", "\U0002a6df", "\U00017000", "\U0001f600",
          "\x00", "\ud800", "\ue000", "\U000e0001", "\U0001fae0", "\U0001fa75", "\u0cf3", "\u0890"]:
    print(ascii(c), ud.name(c, None), ud.category(c), ud.bidirectional(c), ud.east_asian_width(c),
          ud.combining(c), ud.mirrored(c), ascii(ud.decomposition(c)))
try:
    ud.name("\x00")
except ValueError as e:
    print("ValueError", e)
for fn in [ud.name, ud.category, ud.numeric]:
    for arg in ["ab", "", 65]:
        try:
            fn(arg)
        except TypeError as e:
            print("TypeError", e)
for c in ["5", "\u00bd", "\u2167", "\u4e07", "\u0f33", "a", "\U0001d7ce", "\u2460", "\U00016b5b"]:
    print(ascii(c), ud.numeric(c, "-"), ud.digit(c, "-"), ud.decimal(c, "-"))
for fn in [ud.numeric, ud.digit, ud.decimal]:
    try:
        fn("a")
    except ValueError as e:
        print("ValueError", e)

samples = ["caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\ufb01", "\u2460", "\uac00\u11a8", "\u1100\u1161\u11a8",
           "\u0041\u030a\u0301", "\u00c5\u0301", "\u212b", "Ǆ", "\u0958", "\U0001d15e", "\u0344", "a\u0328\u0301\u0323",
           "\u0f73", "\u0fb3\u0f71\u0f80", "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f", "\u1026\u0bd7",
           "\u3099\u309a", "\U000110ab\U000110ba", "", "plain"]
for s in samples:
    out = [ud.normalize(f, s) for f in ["NFC", "NFD", "NFKC", "NFKD"]]
    print(ascii(s), [ascii(x) for x in out], [ud.is_normalized(f, s) for f in ["NFC", "NFD", "NFKC", "NFKD"]])
for f, s in [("NFX", "a"), ("nfc", "a")]:
    try:
        ud.normalize(f, s)
    except ValueError as e:
        print("ValueError", e)
try:
    ud.is_normalized("NFX", "a")
except ValueError as e:
    print("ValueError", e)
try:
    ud.normalize("NFC", b"a")
except TypeError as e:
    print("TypeError", e)
# the hangul composition range and every Hangul syllable's round trip
hangul = "".join(chr(c) for c in range(0xAC00, 0xD7A4))
d = ud.normalize("NFD", hangul)
print(len(d), ud.normalize("NFC", d) == hangul)

# Unicode 3.2.0 as IDNA uses it
old = ud.ucd_3_2_0
for c in ["\u0221", "\u20ac", "\u0870", "\U0001f600", "\u1e9e", "\ua7c0", "\u0234"]:
    print(ascii(c), old.category(c), ascii(old.name(c, None)), old.bidirectional(c), old.east_asian_width(c),
          ascii(old.decomposition(c)), ascii(old.normalize("NFKC", c)))
print(old.normalize("NFC", "\u2126"), old.is_normalized("NFC", "\u00e9"))
try:
    old.lookup("LATIN CAPITAL LETTER SHARP S")
except KeyError as e:
    print("KeyError", e)
print(ascii(ud.lookup("LATIN CAPITAL LETTER SHARP S")))

# names in string literals
print(ascii("\N{EURO SIGN}\N{latin small letter a with acute}\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{BYTE ORDER MARK}\N{NBSP}"))
try:
    eval('"\\N{KEYCAP NUMBER SIGN}"')
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval('"\\N{NO SUCH THING}"')
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(ascii(b"\\N{DIGIT ONE}".decode("unicode_escape")))

# expect: 14.0.0 3.2.0 UCD
# expect: LATIN SMALL LETTER A 'a'
# expect: latin small letter a 'a'
# expect: EURO SIGN '\u20ac'
# expect: HANGUL SYLLABLE GAG '\uac01'
# expect: CJK UNIFIED IDEOGRAPH-4E00 '\u4e00'
# expect: CJK UNIFIED IDEOGRAPH-2A6DF '\U0002a6df'
# expect: TANGUT IDEOGRAPH-17000 KeyError "undefined character name 'TANGUT IDEOGRAPH-17000'"
# expect: KHITAN SMALL SCRIPT CHARACTER-18B00 '\U00018b00'
# expect: NUSHU CHARACTER-1B170 '\U0001b170'
# expect: CJK COMPATIBILITY IDEOGRAPH-F900 '\uf900'
# expect: LATIN CAPITAL LETTER GHA '\u01a2'
# expect: BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS '\U0001d0c5'
# expect: LATIN SMALL LETTER R WITH FISHHOOK AND MIDDLE TILDE '\u1d73'
# expect: KEYCAP NUMBER SIGN '#\ufe0f\u20e3'
# expect: LATIN CAPITAL LETTER A WITH MACRON AND GRAVE '\u0100\u0300'
# expect: NULL '\x00'
# expect: BYTE ORDER MARK '\ufeff'
# expect: SPACE ' '
# expect: KeyError "undefined character name 'NO SUCH CHARACTER'"
# expect: KeyError "undefined character name 'HANGUL SYLLABLE XYZ'"
# expect: KeyError "undefined character name 'CJK UNIFIED IDEOGRAPH-0041'"
# expect: KeyError "undefined character name ''"
# expect: KeyError 'name too long'
# expect: 'a' LATIN SMALL LETTER A Ll L Na 0 0 ''
# expect: '\u20ac' EURO SIGN Sc ET A 0 0 ''
# expect: '\uac00' HANGUL SYLLABLE GA Lo L W 0 0 ''
# expect: '\ud7a3' HANGUL SYLLABLE HIH Lo L W 0 0 ''
# expect: '\u4e00' CJK UNIFIED IDEOGRAPH-4E00 Lo L W 0 0 ''
# expect: '\U00020000' CJK UNIFIED IDEOGRAPH-20000 Lo L W 0 0 ''
# expect: '\U0002a6df' CJK UNIFIED IDEOGRAPH-2A6DF Lo L W 0 0 ''
# expect: '\U00017000' None Lo L W 0 0 ''
# expect: '\U0001f600' GRINNING FACE So ON W 0 0 ''
# expect: '\x00' None Cc BN N 0 0 ''
# expect: '\ud800' None Cs L N 0 0 ''
# expect: '\ue000' None Co L A 0 0 ''
# expect: '\U000e0001' LANGUAGE TAG Cf BN N 0 0 ''
# expect: '\U0001fae0' MELTING FACE So ON W 0 0 ''
# expect: '\U0001fa75' None Cn  F 0 0 ''
# expect: '\u0cf3' None Cn  F 0 0 ''
# expect: '\u0890' ARABIC POUND MARK ABOVE Cf AN N 0 0 ''
# expect: ValueError no such name
# expect: TypeError name() argument 1 must be a unicode character, not str
# expect: TypeError name() argument 1 must be a unicode character, not str
# expect: TypeError name() argument 1 must be a unicode character, not int
# expect: TypeError category() argument must be a unicode character, not str
# expect: TypeError category() argument must be a unicode character, not str
# expect: TypeError category() argument must be a unicode character, not int
# expect: TypeError numeric() argument 1 must be a unicode character, not str
# expect: TypeError numeric() argument 1 must be a unicode character, not str
# expect: TypeError numeric() argument 1 must be a unicode character, not int
# expect: '5' 5.0 5 5
# expect: '\xbd' 0.5 - -
# expect: '\u2167' 8.0 - -
# expect: '\u4e07' 10000.0 - -
# expect: '\u0f33' -0.5 - -
# expect: 'a' - - -
# expect: '\U0001d7ce' 0.0 0 0
# expect: '\u2460' 1.0 1 -
# expect: '\U00016b5b' 10.0 - -
# expect: ValueError not a numeric character
# expect: ValueError not a digit
# expect: ValueError not a decimal
# expect: 'caf\xe9' ["'caf\\xe9'", "'cafe\\u0301'", "'caf\\xe9'", "'cafe\\u0301'"] [True, False, True, False]
# expect: 'cafe\u0301' ["'caf\\xe9'", "'cafe\\u0301'", "'caf\\xe9'", "'cafe\\u0301'"] [False, True, False, True]
# expect: '\u1e9b\u0323' ["'\\u1e9b\\u0323'", "'\\u017f\\u0323\\u0307'", "'\\u1e69'", "'s\\u0323\\u0307'"] [True, False, False, False]
# expect: '\ufb01' ["'\\ufb01'", "'\\ufb01'", "'fi'", "'fi'"] [True, True, False, False]
# expect: '\u2460' ["'\\u2460'", "'\\u2460'", "'1'", "'1'"] [True, True, False, False]
# expect: '\uac00\u11a8' ["'\\uac01'", "'\\u1100\\u1161\\u11a8'", "'\\uac01'", "'\\u1100\\u1161\\u11a8'"] [False, False, False, False]
# expect: '\u1100\u1161\u11a8' ["'\\uac01'", "'\\u1100\\u1161\\u11a8'", "'\\uac01'", "'\\u1100\\u1161\\u11a8'"] [False, True, False, True]
# expect: 'A\u030a\u0301' ["'\\u01fa'", "'A\\u030a\\u0301'", "'\\u01fa'", "'A\\u030a\\u0301'"] [False, True, False, True]
# expect: '\xc5\u0301' ["'\\u01fa'", "'A\\u030a\\u0301'", "'\\u01fa'", "'A\\u030a\\u0301'"] [False, False, False, False]
# expect: '\u212b' ["'\\xc5'", "'A\\u030a'", "'\\xc5'", "'A\\u030a'"] [False, False, False, False]
# expect: '\u01c4' ["'\\u01c4'", "'\\u01c4'", "'D\\u017d'", "'DZ\\u030c'"] [True, True, False, False]
# expect: '\u0958' ["'\\u0915\\u093c'", "'\\u0915\\u093c'", "'\\u0915\\u093c'", "'\\u0915\\u093c'"] [False, False, False, False]
# expect: '\U0001d15e' ["'\\U0001d157\\U0001d165'", "'\\U0001d157\\U0001d165'", "'\\U0001d157\\U0001d165'", "'\\U0001d157\\U0001d165'"] [False, False, False, False]
# expect: '\u0344' ["'\\u0308\\u0301'", "'\\u0308\\u0301'", "'\\u0308\\u0301'", "'\\u0308\\u0301'"] [False, False, False, False]
# expect: 'a\u0328\u0301\u0323' ["'\\u0105\\u0323\\u0301'", "'a\\u0328\\u0323\\u0301'", "'\\u0105\\u0323\\u0301'", "'a\\u0328\\u0323\\u0301'"] [False, False, False, False]
# expect: '\u0f73' ["'\\u0f71\\u0f72'", "'\\u0f71\\u0f72'", "'\\u0f71\\u0f72'", "'\\u0f71\\u0f72'"] [False, False, False, False]
# expect: '\u0fb3\u0f71\u0f80' ["'\\u0fb3\\u0f71\\u0f80'", "'\\u0fb3\\u0f71\\u0f80'", "'\\u0fb3\\u0f71\\u0f80'", "'\\u0fb3\\u0f71\\u0f80'"] [True, True, True, True]
# expect: '\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f' ["'\\u05b1\\u05b8\\u05b9\\u0591\\u05c3\\u05b0\\u05ac\\u059f'", "'\\u05b1\\u05b8\\u05b9\\u0591\\u05c3\\u05b0\\u05ac\\u059f'", "'\\u05b1\\u05b8\\u05b9\\u0591\\u05c3\\u05b0\\u05ac\\u059f'", "'\\u05b1\\u05b8\\u05b9\\u0591\\u05c3\\u05b0\\u05ac\\u059f'"] [False, False, False, False]
# expect: '\u1026\u0bd7' ["'\\u1026\\u0bd7'", "'\\u1025\\u102e\\u0bd7'", "'\\u1026\\u0bd7'", "'\\u1025\\u102e\\u0bd7'"] [True, False, True, False]
# expect: '\u3099\u309a' ["'\\u3099\\u309a'", "'\\u3099\\u309a'", "'\\u3099\\u309a'", "'\\u3099\\u309a'"] [True, True, True, True]
# expect: '\U000110ab\U000110ba' ["'\\U000110ab\\U000110ba'", "'\\U000110a5\\U000110ba\\U000110ba'", "'\\U000110ab\\U000110ba'", "'\\U000110a5\\U000110ba\\U000110ba'"] [True, False, True, False]
# expect: '' ["''", "''", "''", "''"] [True, True, True, True]
# expect: 'plain' ["'plain'", "'plain'", "'plain'", "'plain'"] [True, True, True, True]
# expect: ValueError invalid normalization form
# expect: ValueError invalid normalization form
# expect: ValueError invalid normalization form
# expect: TypeError normalize() argument 2 must be str, not bytes
# expect: 33117 True
# expect: '\u0221' Cn None  F '' '\u0221'
# expect: '\u20ac' Sc 'EURO SIGN' ET A '' '\u20ac'
# expect: '\u0870' Cn None  F '' '\u0870'
# expect: '\U0001f600' Cn None  F '' '\U0001f600'
# expect: '\u1e9e' Cn None  F '' '\u1e9e'
# expect: '\ua7c0' Cn None  F '' '\ua7c0'
# expect: '\u0234' Cn None  F '' '\u0234'
# expect: Ω True
# expect: KeyError "undefined character name 'LATIN CAPITAL LETTER SHARP S'"
# expect: '\u1e9e'
# expect: '\u20ac\xe1\uac01\u4e00'
# expect: '\u01a2\ufeff\xa0'
# expect: SyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name
# expect: SyntaxError (unicode error) 'unicodeescape' codec can't decode bytes in position 0-16: unknown Unicode character name
# expect: '1'

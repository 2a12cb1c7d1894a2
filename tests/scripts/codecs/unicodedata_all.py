# unicodedata against CPython 3.11 (Unicode 14.0.0) over every assigned
# plane's code points (and every 61st of the empty planes): a checksum per
# property, so one wrong entry anywhere changes a line.
import unicodedata as ud

def h(acc, s):
    for ch in s:
        acc = (acc * 131 + ord(ch)) % 2305843009213693951
    return acc

props = {"category": 0, "bidirectional": 0, "combining": 0, "east_asian_width": 0, "mirrored": 0,
         "decomposition": 0, "numeric": 0, "name": 0, "nfd": 0, "nfkc": 0, "str": 0}
named = 0
points = list(range(0x32000)) + list(range(0x32000, 0xE0000, 61)) + list(range(0xE0000, 0xE1000)) + \
    list(range(0xE1000, 0x110000, 61))
for cp in points:
    c = chr(cp)
    props["category"] = h(props["category"], ud.category(c))
    props["bidirectional"] = h(props["bidirectional"], ud.bidirectional(c))
    props["combining"] = (props["combining"] * 7 + ud.combining(c)) % 2305843009213693951
    props["east_asian_width"] = h(props["east_asian_width"], ud.east_asian_width(c))
    props["mirrored"] = (props["mirrored"] * 3 + ud.mirrored(c)) % 2305843009213693951
    props["decomposition"] = h(props["decomposition"], ud.decomposition(c) + ";")
    props["numeric"] = h(props["numeric"], repr(ud.numeric(c, None)) + repr(ud.digit(c, None)) + repr(ud.decimal(c, None)))
    n = ud.name(c, "")
    if n:
        named += 1
        props["name"] = h(props["name"], n)
    if cp < 0x30000 and cp % 3 == 0 or 0xAC00 <= cp < 0xD7A4:
        props["nfd"] = h(props["nfd"], ud.normalize("NFD", c))
        props["nfkc"] = h(props["nfkc"], ud.normalize("NFKC", c))
        props["str"] = h(props["str"], c.upper() + c.lower() + str(c.isalpha()) + str(c.isdigit())
                         + str(c.isnumeric()) + str(c.isprintable()) + str(c.isspace()))
for k, v in props.items():
    print(k, v)
print("named", named)

# expect: category 1867952417110620443
# expect: bidirectional 367561776095238261
# expect: combining 492472704617377447
# expect: east_asian_width 1019046146741373955
# expect: mirrored 1061440232904233050
# expect: decomposition 1044724019621022356
# expect: numeric 2045468362430956373
# expect: name 553881837788890539
# expect: nfd 1965873644716128850
# expect: nfkc 1319512289962996555
# expect: str 1145418463961235242
# expect: named 138552

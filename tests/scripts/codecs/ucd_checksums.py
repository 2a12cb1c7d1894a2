# Shared by the unicodedata_*.py tests: one checksum per unicodedata property
# (and str's predicates and case mappings) over a list of code points, so one
# wrong entry anywhere changes a printed line.
import unicodedata as ud

M = 2305843009213693951

def h(acc, s):
    for ch in s:
        acc = (acc * 131 + ord(ch)) % M
    return acc

def run(points, normalize_every=3):
    props = {"category": 0, "bidirectional": 0, "combining": 0, "east_asian_width": 0, "mirrored": 0,
             "decomposition": 0, "numeric": 0, "name": 0, "nfd": 0, "nfkc": 0, "str": 0}
    named = 0
    for cp in points:
        c = chr(cp)
        props["category"] = h(props["category"], ud.category(c))
        props["bidirectional"] = h(props["bidirectional"], ud.bidirectional(c))
        props["combining"] = (props["combining"] * 7 + ud.combining(c)) % M
        props["east_asian_width"] = h(props["east_asian_width"], ud.east_asian_width(c))
        props["mirrored"] = (props["mirrored"] * 3 + ud.mirrored(c)) % M
        props["decomposition"] = h(props["decomposition"], ud.decomposition(c) + ";")
        props["numeric"] = h(props["numeric"], repr(ud.numeric(c, None)) + repr(ud.digit(c, None))
                             + repr(ud.decimal(c, None)))
        n = ud.name(c, "")
        if n:
            named += 1
            props["name"] = h(props["name"], n)
        if cp % normalize_every == 0 or 0xAC00 <= cp < 0xD7A4:
            props["nfd"] = h(props["nfd"], ud.normalize("NFD", c))
            props["nfkc"] = h(props["nfkc"], ud.normalize("NFKC", c))
            props["str"] = h(props["str"], c.upper() + c.lower() + str(c.isalpha()) + str(c.isdigit())
                             + str(c.isnumeric()) + str(c.isprintable()) + str(c.isspace()))
    for k, v in props.items():
        print(k, v)
    print("named", named)

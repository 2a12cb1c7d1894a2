# unicodedata against CPython 3.11 (Unicode 14.0.0) over the ideographic
# planes (every 5th code point), plane 14 (every one) and the empty and
# private-use planes (every 61st) (checksums: ucd_checksums.py).
import ucd_checksums
points = list(range(0x20000, 0x32000, 5)) + list(range(0x32000, 0xE0000, 61)) + list(range(0xE0000, 0xE1000)) \
    + list(range(0xE1000, 0x110000, 61))
ucd_checksums.run(points, normalize_every=7)

# expect: category 601032154386823144
# expect: bidirectional 1930167732268866574
# expect: combining 0
# expect: east_asian_width 1888339146393613841
# expect: mirrored 0
# expect: decomposition 2178909228480442093
# expect: numeric 59896171660555729
# expect: name 1716135289198128640
# expect: nfd 322351765073059352
# expect: nfkc 322351765073059352
# expect: str 931860432887206575
# expect: named 13496

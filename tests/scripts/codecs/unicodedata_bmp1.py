# unicodedata against CPython 3.11 (Unicode 14.0.0) over every code point of
# the first half of the Basic Multilingual Plane (checksums: ucd_checksums.py).
import ucd_checksums
ucd_checksums.run(range(0x8000))

# expect: category 986385547353053078
# expect: bidirectional 505526284567645657
# expect: combining 1141707709398015625
# expect: east_asian_width 1889232023068263150
# expect: mirrored 1218474168326944453
# expect: decomposition 2077182393179459317
# expect: numeric 1212842703141036239
# expect: name 1289139566010912075
# expect: nfd 2025876243631440026
# expect: nfkc 1375599602732690159
# expect: str 821311204659711548
# expect: named 31623

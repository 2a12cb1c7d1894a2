# unicodedata against CPython 3.11 (Unicode 14.0.0) over every code point of
# the second half of the Basic Multilingual Plane (checksums: ucd_checksums.py).
import ucd_checksums
ucd_checksums.run(range(0x8000, 0x10000))

# expect: category 806384845407265977
# expect: bidirectional 1774767131266130650
# expect: combining 2018621328984264979
# expect: east_asian_width 1970728025758234295
# expect: mirrored 2245524032716897790
# expect: decomposition 2204519034420094269
# expect: numeric 353140228244853089
# expect: name 2108132609391102161
# expect: nfd 146447171460895485
# expect: nfkc 1587397377639178918
# expect: str 135070106690983234
# expect: named 23944

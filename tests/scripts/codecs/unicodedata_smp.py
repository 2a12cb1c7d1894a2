# unicodedata against CPython 3.11 (Unicode 14.0.0) over every code point of
# the Supplementary Multilingual Plane (checksums: ucd_checksums.py).
import ucd_checksums
ucd_checksums.run(range(0x10000, 0x20000))

# expect: category 223831422599304117
# expect: bidirectional 228850099606072854
# expect: combining 1295637665947440668
# expect: east_asian_width 1904727699787271008
# expect: mirrored 1439699445205226604
# expect: decomposition 2024620060506170353
# expect: numeric 1341538530877062387
# expect: name 1316159682113417361
# expect: nfd 696780496107931460
# expect: nfkc 59425912327700454
# expect: str 2052308112267619278
# expect: named 16837

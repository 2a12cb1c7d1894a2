# int() and float() parsing, float.hex/fromhex, big-int string limits
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for text in ["0", "-0", "+12", " 42\n", "1_000_000", "0_0", "00", "0x_ff", "0b", "1_", "_1", "1__2", "12 3", "--1"]:
    show(lambda: int(text))
for text, base in [("0x1F", 16), ("1F", 16), ("0o777", 0), ("0b1_0_1", 0), ("z", 36), ("Z", 36), ("12", 3), ("9", 8), ("07", 0), ("0", 0)]:
    show(lambda: int(text, base))
for text in ["1.5", ".5", "5.", "1e5", "1E-5", "-1.5e+3", "1_0.0_1", "inf", "-INF", "nAn", "infinity", "1e", ".", "e5", "1.5.2", "0x1p3", "1_", " 7 "]:
    show(lambda: float(text))
print(float("1e400"), float("-1e400"), float("1e-400"), float("2.2250738585072014e-308"))
for h in ["0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.fffffffffffff8p1023", "inf", "0x.8", "0X1P+3", "zz", "0x1p1024"]:
    show(lambda: float.fromhex(h))
print((3.5).hex(), (-0.0).hex(), (1e-310).hex(), float("inf").hex(), (2.0**1023).hex())
show(lambda: str(2 ** 20000))
show(lambda: int("1" * 5000))
print(len(str(2 ** 14000)), len(hex(2 ** 100000)))
print(int("9" * 100) + 1 == 10 ** 100, str(-(10 ** 50)))
print(int("١٢"), int("\u3000 12\u2003"), float("٣.٥"), int("٣", 16), float("\xa01e3"))
show(lambda: int("1\u00b2"))
show(lambda: float("1\u00b2"))
show(lambda: int(b"\xc2\xa012"))



# Expected output (CPython 3.11):
# expect: 0
# expect: 0
# expect: 12
# expect: 42
# expect: 1000000
# expect: 0
# expect: 0
# expect: ValueError: invalid literal for int() with base 10: '0x_ff'
# expect: ValueError: invalid literal for int() with base 10: '0b'
# expect: ValueError: invalid literal for int() with base 10: '1_'
# expect: ValueError: invalid literal for int() with base 10: '_1'
# expect: ValueError: invalid literal for int() with base 10: '1__2'
# expect: ValueError: invalid literal for int() with base 10: '12 3'
# expect: ValueError: invalid literal for int() with base 10: '--1'
# expect: 31
# expect: 31
# expect: 511
# expect: 5
# expect: 35
# expect: 35
# expect: 5
# expect: ValueError: invalid literal for int() with base 8: '9'
# expect: ValueError: invalid literal for int() with base 0: '07'
# expect: 0
# expect: 1.5
# expect: 0.5
# expect: 5.0
# expect: 100000.0
# expect: 1e-05
# expect: -1500.0
# expect: 10.01
# expect: inf
# expect: -inf
# expect: nan
# expect: inf
# expect: ValueError: could not convert string to float: '1e'
# expect: ValueError: could not convert string to float: '.'
# expect: ValueError: could not convert string to float: 'e5'
# expect: ValueError: could not convert string to float: '1.5.2'
# expect: ValueError: could not convert string to float: '0x1p3'
# expect: ValueError: could not convert string to float: '1_'
# expect: 7.0
# expect: inf -inf 0.0 2.2250738585072014e-308
# expect: 3.0
# expect: -5e-324
# expect: 0.0
# expect: OverflowError: hexadecimal value too large to represent as a float
# expect: inf
# expect: 0.5
# expect: 8.0
# expect: ValueError: invalid hexadecimal floating-point string
# expect: OverflowError: hexadecimal value too large to represent as a float
# expect: 0x1.c000000000000p+1 -0x0.0p+0 0x0.012688b70e62bp-1022 inf 0x1.0000000000000p+1023
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
# expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
# expect: 4215 25003
# expect: True -100000000000000000000000000000000000000000000000000
# expect: 12 12 3.5 3 1000.0
# expect: ValueError: invalid literal for int() with base 10: '1²'
# expect: ValueError: could not convert string to float: '1²'
# expect: ValueError: invalid literal for int() with base 10: b'\xc2\xa012'

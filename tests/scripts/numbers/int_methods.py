# int constructor, methods and subclassing
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(int(), int(3.9), int(-3.9), int("42"), int(" -1_000 "), int("ff", 16), int("0x1f", 0), int("0b101", 0))
print(int("z", 36), int(b"12"), int("0o17", 8), int(2 ** 70 + 0.0), int("+7"))
show(lambda: int("12z"))
show(lambda: int(""))
show(lambda: int("1__0"))
show(lambda: int("010", 0))
show(lambda: int(5, 10))
show(lambda: int("z", 37))
show(lambda: int(float("inf")))
show(lambda: int(float("nan")))
show(lambda: int(None))
show(lambda: int(b"x1"))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print(int.from_bytes(bytes(range(1, 17)), "big"))
show(lambda: (256).to_bytes(1, "big"))
show(lambda: (-1).to_bytes(1, "big"))
show(lambda: (1).to_bytes(1, "middle"))
print((7).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(round(1234, -2), round(25, -1), round(35, -1), round(-25, -1), round(5, 2), round(15, -1))
print(round(2 ** 70 + 5, -1))
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), hex(2 ** 70))
print(str(2 ** 64), repr(-(2 ** 64)))


class MyInt(int):
    def double(self):
        return self * 2


m = MyInt(21)
print(m, m.double(), type(m).__name__, isinstance(m, int), m + 1, type(m + 1).__name__)
m.tag = "hello"
print(m.tag, MyInt("7", 8), MyInt(), hash(MyInt(5)) == hash(5))
show(lambda: type("B", (bool,), {}))
print(True, False, repr(True), str(False), True == 1, isinstance(True, int))
print(sorted([3, -1, 2 ** 65, 0, -(2 ** 65)]))

# Expected output (CPython 3.11):
# expect: 0 3 -3 42 -1000 255 31 5
# expect: 35 12 15 1180591620717411303424 7
# expect: ValueError: invalid literal for int() with base 10: '12z'
# expect: ValueError: invalid literal for int() with base 10: ''
# expect: ValueError: invalid literal for int() with base 10: '1__0'
# expect: ValueError: invalid literal for int() with base 0: '010'
# expect: TypeError: int() can't convert non-string with explicit base
# expect: ValueError: int() base must be >= 2 and <= 36, or 0
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
# expect: ValueError: invalid literal for int() with base 10: b'x1'
# expect: 8 9 0 101
# expect: 8 3
# expect: b'\x04\x00' b'\x00\x04\x00\x00' b'\xff\xff'
# expect: 1024 -1
# expect: 1339673755198158349044581307228491536
# expect: OverflowError: int too big to convert
# expect: OverflowError: can't convert negative int to unsigned
# expect: ValueError: byteorder must be either 'little' or 'big'
# expect: (7, 1) 5 5 0 5 1
# expect: 1200 20 40 -20 5 20
# expect: 1180591620717411303430
# expect: 0xff 0o10 0b101 -0xff -0b101 0x400000000000000000
# expect: 18446744073709551616 -18446744073709551616
# expect: 21 42 MyInt True 22 int
# expect: hello 7 0 True
# expect: TypeError: type 'bool' is not an acceptable base type
# expect: True False True False True True
# expect: [-36893488147419103232, -1, 0, 3, 36893488147419103232]

# int arithmetic: floor semantics, big ints, powers, shifts, bitwise ops
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(7 // 2, 7 // -2, -7 // 2, -7 // -2)
print(7 % 3, 7 % -3, -7 % 3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(2 ** 100)
print(-2 ** 63, 2 ** 63 - 1, -(2 ** 63))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(3 ** 200 // 7 ** 50, 3 ** 200 % 7 ** 50)
print((10 ** 40 + 7) * (10 ** 30 - 3))
print(divmod(-10 ** 30, 7), divmod(10 ** 30, -7))
print(2 ** -1, 2 ** -2, (-2) ** -3)
print(pow(3, 100, 7), pow(2, -1, 5), pow(3, 5, -7), pow(-3, 5, 7))
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(2 ** 70) >> 3)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xFF, -5 | 2, -5 ^ -9)
print(2 ** 70 & -(2 ** 65), (2 ** 70 - 1) ^ (2 ** 69), ~(2 ** 80))
print(1 / 3, 10 / 5, 2 ** 53 + 1 == float(2 ** 53), 2 ** 53 == float(2 ** 53))
print((2 ** 100) / (2 ** 99), 10 ** 30 / 3)
print(abs(-5), abs(-(2 ** 70)), -(-(2 ** 63)), +7)
print(True + True, True & True, True | False, True ^ True, ~True, -True, False * 5)
print(int(True), bool(0), bool(-3), bool(2 ** 100))
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(1, 0))
show(lambda: 1 / 0)
show(lambda: 0 ** -1)
show(lambda: pow(2, 3, 0))
show(lambda: pow(2, -1, 4))
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 1 + "a")
show(lambda: 10 ** 400 / 1)
show(lambda: float(10 ** 400))
print(1 < 2, 2 ** 100 > 2 ** 99, -(2 ** 100) < 5, 3 == 3.0, 2 ** 64 == 2.0 ** 64)
print(1 < 1.5, 2 ** 1024 > 1e308, 1e308 < 2 ** 1024, 10 ** 400 < float("inf"))
print(hash(-1), hash(-2), hash(2 ** 61), hash(2 ** 61 - 1), hash(-(2 ** 100)), hash(1.0) == hash(1))
print(hash(True), hash(10 ** 20), hash(-(2 ** 63)))
x = 10
x += 5
x **= 3
x //= 7
print(x)
print(sum(range(1, 101)) ** 3)

# Expected output (CPython 3.11):
# expect: 3 -4 -4 3
# expect: 1 -2 2 -1
# expect: (3, 2) (-4, 3) (-4, -3)
# expect: 1267650600228229401496703205376
# expect: -9223372036854775808 9223372036854775807 -9223372036854775808
# expect: 9223372036854775808 -9223372036854775809
# expect: 147689269781346654697366079240021362541982658661987020 1043054234746676783066714664998769142256021
# expect: 9999999999999999999999999999970000000006999999999999999999999999999979
# expect: (-142857142857142857142857142858, 6) (-142857142857142857142857142858, -6)
# expect: 0.5 0.25 -0.125
# expect: 4 3 -2 2
# expect: 1267650600228229401496703205376 2 -1 -147573952589676412928
# expect: 1 7 6 -6 251 -5 12
# expect: 1180591620717411303424 590295810358705651711 -1208925819614629174706177
# expect: 0.3333333333333333 2.0 False True
# expect: 2.0 3.333333333333333e+29
# expect: 5 1180591620717411303424 9223372036854775808 7
# expect: 2 True True False -2 -1 0
# expect: 1 False True True
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: integer modulo by zero
# expect: ZeroDivisionError: integer division or modulo by zero
# expect: ZeroDivisionError: division by zero
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
# expect: ValueError: pow() 3rd argument cannot be 0
# expect: ValueError: base is not invertible for the given modulus
# expect: ValueError: negative shift count
# expect: ValueError: negative shift count
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: OverflowError: integer division result too large for a float
# expect: OverflowError: int too large to convert to float
# expect: True True True True True
# expect: True True True True
# expect: -2 -2 1 0 -549755813888 True
# expect: 1 848750603811160107 -4
# expect: 482
# expect: 128787625000

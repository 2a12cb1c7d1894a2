# float arithmetic, repr, rounding, conversions
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(0.1, 1e16, 1.5e-07, 123456789.0, 1e22, 0.0001, 1e-05, -0.0, 0.1 + 0.2)
print(float("inf"), float("-inf"), float("nan"), 1e308 * 10, 5e-324)
print(repr(1 / 3), 2.0 ** 0.5, 12345678901234567.0, 1.7976931348623157e308)
print(-7.5 % 2, 7.5 % -2, divmod(-7.5, 2), -0.0 % 5, 5 // 0.3, -7.5 // 2)
print(2.0 ** -1, (-2.0) ** 3, 2 ** 0.5, 10 ** -2, 0.0 ** 0)
show(lambda: 1.0 / 0)
show(lambda: 1.0 // 0)
show(lambda: 1.0 % 0)
show(lambda: divmod(1.0, 0))
show(lambda: 0.0 ** -1)
show(lambda: 10.0 ** 400)
show(lambda: pow(2.0, 3, 4))
print(float("3.14"), float(" 2.5 "), float("1e3"), float("-nan"), float("1_000.5"), float("Infinity"), float(7))
show(lambda: float("x"))
show(lambda: float("1__0"))
show(lambda: float("0x10"))
show(lambda: float(None))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(-1.5, -1))
print(round(0.5), round(1.5), round(0.125, 2), round(0.375, 2), round(1e300, -301), round(5.5, 0))
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
print(int(2.9), int(-2.9), int(1e20), (2.5).is_integer(), (2.0).is_integer())
print((0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.0).as_integer_ratio())
show(lambda: float("inf").as_integer_ratio())
print(hash(0.5), hash(1.0), hash(-1.0), hash(1e300), hash(float("inf")), hash(-0.0), hash(1.1))
print(1.0 == 1, 0.5 < 1, float("nan") == float("nan"), float("nan") != float("nan"), 1e308 < 10 ** 400)
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), (5e-324).hex())
print(abs(-2.5), -(2.5), +2.5, (3.5).conjugate(), (3.5).real, (3.5).imag)
import math
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), (2.7).__trunc__(), (2.5).__floor__(), (2.1).__ceil__())


class F(float):
    pass


f = F(2.5)
print(f, type(f).__name__, f * 2, isinstance(f, float))
v = float("3.14")
a = id(v)
del v
w = float("999.99")
print(id(w) == a)
print(sum([0.1] * 10), 1e16 + 1, 2.0 * 3, 7 / 2)

# Expected output (CPython 3.11):
# expect: 0.1 1e+16 1.5e-07 123456789.0 1e+22 0.0001 1e-05 -0.0 0.30000000000000004
# expect: inf -inf nan inf 5e-324
# expect: 0.3333333333333333 1.4142135623730951 1.2345678901234568e+16 1.7976931348623157e+308
# expect: 0.5 -0.5 (-4.0, 0.5) 0.0 16.0 -4.0
# expect: 0.5 -8.0 1.4142135623730951 0.01 1.0
# expect: ZeroDivisionError: float division by zero
# expect: ZeroDivisionError: float floor division by zero
# expect: ZeroDivisionError: float modulo
# expect: ZeroDivisionError: float divmod()
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
# expect: OverflowError: (34, 'Numerical result out of range')
# expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
# expect: 3.14 2.5 1000.0 nan 1000.5 inf 7.0
# expect: ValueError: could not convert string to float: 'x'
# expect: ValueError: could not convert string to float: '1__0'
# expect: ValueError: could not convert string to float: '0x10'
# expect: TypeError: float() argument must be a string or a real number, not 'NoneType'
# expect: 2 4 0 2.67 1200.0 -0.0
# expect: 0 2 0.12 0.38 0.0 6.0
# expect: OverflowError: cannot convert float infinity to integer
# expect: ValueError: cannot convert float NaN to integer
# expect: 2 -2 100000000000000000000 False True
# expect: (3602879701896397, 36028797018963968) (-5, 2) (0, 1)
# expect: OverflowError: cannot convert Infinity to integer ratio
# expect: 1152921504606846976 1 -2 1224995262755759164 314159 0 230584300921369601
# expect: True True False True True
# expect: 0x1.8000000000000p+0 0x1.999999999999ap-4 -0x1.0000000000000p+1 0x0.0000000000001p-1022
# expect: 2.5 -2.5 2.5 3.5 3.5 0.0
# expect: 2 3 -2 2 2 3
# expect: 2.5 F 5.0 True
# expect: True
# expect: 0.9999999999999999 1e+16 6.0 3.5

# the math module
import math

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000))
print(math.log(10 ** 1000), math.log(2 ** 1000, 2), math.log10(10 ** 500), math.log1p(1e-10))
print(math.pow(2, 10), math.fabs(-3), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18, 8), math.gcd(), math.lcm(4, 6), math.lcm())
print(math.isqrt(10 ** 40 + 1), math.isqrt(99), math.comb(52, 5), math.perm(5), math.perm(10, 3), math.comb(5, 9))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([], start=5), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.degrees(math.pi), math.radians(180))
print(math.copysign(1, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.isfinite(math.inf))
show(lambda: math.sqrt(-1))
show(lambda: math.exp(1000))
show(lambda: math.log(0))
show(lambda: math.log(-10 ** 1000))
show(lambda: math.factorial(-1))
show(lambda: math.factorial(2.0))
show(lambda: math.isqrt(-1))
show(lambda: math.comb(5, -1))
show(lambda: math.dist((0, 0), (3,)))
show(lambda: math.fmod(1, 0))
show(lambda: math.ldexp(1, 2000))
show(lambda: math.isclose(1, 2, rel_tol=-1))
show(lambda: math.acos(2))
show(lambda: math.pow(0, -1))
show(lambda: math.fsum([1e308, 1e308]))
show(lambda: math.fsum([math.inf, -math.inf]))
show(lambda: math.floor("a"))
show(lambda: math.trunc("x"))


class Floored:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"


print(math.floor(Floored()), math.ceil(Floored()))

# Expected output (CPython 3.11):
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf nan
# expect: 1.4142135623730951 2.718281828459045 2.0 3.0 10.0 3.0
# expect: 2302.585092994045 1000.0000000000001 500.0 9.999999999500001e-11
# expect: 1024.0 3.0 -3 -2 2
# expect: 2432902008176640000 265252859812191058636308480000000 2 0 12 1
# expect: 100000000000000000000 9 2598960 120 720 0
# expect: 24 3.0 5 1.0 0.9999999999999999
# expect: 1.0 5.0 3.0 5.0
# expect: 0.0 1.0 0.0 1.5707963267948966 0.0 0.7853981633974483 0.7853981633974483
# expect: 1.1752011936438014 1.5430806348152437 0.7615941559557649 180.0 3.141592653589793
# expect: -1.0 1.0 -1.0 (0.5, 2.0) (0.5, 4) 8.0
# expect: True False True
# expect: True True True False
# expect: ValueError: math domain error
# expect: OverflowError: math range error
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: ValueError: factorial() not defined for negative values
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ValueError: isqrt() argument must be nonnegative
# expect: ValueError: k must be a non-negative integer
# expect: ValueError: both points must have the same number of dimensions
# expect: ValueError: math domain error
# expect: OverflowError: math range error
# expect: ValueError: tolerances must be non-negative
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: OverflowError: intermediate overflow in fsum
# expect: ValueError: -inf + inf in fsum
# expect: TypeError: must be real number, not str
# expect: TypeError: type str doesn't define __trunc__ method
# expect: floored ceiled

# a negative int/float to a fractional power is complex; math functions refuse complex arguments
import math
print((-8) ** 0.5, (-8.0) ** (1 / 3), pow(-8.0, 1 / 3), (-2) ** 1.5, (-2.0) ** -0.5, (-1) ** 0.5, (-1.0) ** 2.5)
print(type((-8) ** 0.5).__name__, (-8) ** 2.0, (-8.0) ** -1.0, (-8) ** 3, type((-2.0) ** 2).__name__, (-0.5) ** 0.5)
print((-1e300) ** 0.5, (-1e-300) ** 0.5, (-2) ** 1e-10, (-3.0).__pow__(0.5), (0.5).__rpow__(-4.0), pow(-4, 0.5))
for f in (lambda: math.pow(-8, 0.5), lambda: math.sqrt(-1), lambda: (-8.0) ** 0.5 % 1, lambda: pow(-8.0, 0.5, 3),
          lambda: (-1e300) ** 1.5, lambda: (-0.0) ** -0.5):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for name in ("sqrt", "exp", "log", "floor", "ceil", "fabs", "isnan", "isfinite", "trunc", "sin", "degrees"):
    try:
        getattr(math, name)(1 + 1j)
    except TypeError as e:
        print(name, "TypeError:", e)
for f in (lambda: math.pow(1j, 2), lambda: math.atan2(1j, 1), lambda: math.isclose(1j, 1), lambda: math.copysign(1, 1j),
          lambda: math.hypot(1j), lambda: math.fsum([1j]), lambda: math.log(1j, 2), lambda: math.prod([1j, 2]),
          lambda: math.dist([1j], [0])):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)

# expect: (1.7319121124709868e-16+2.8284271247461903j) (1.0000000000000002+1.7320508075688772j) (1.0000000000000002+1.7320508075688772j) (-5.19573633741296e-16-2.8284271247461903j) (4.329780281177467e-17-0.7071067811865476j) (6.123233995736766e-17+1j) (3.061616997868383e-16+1j)
# expect: complex 64.0 -0.125 -512 float (4.329780281177467e-17+0.7071067811865476j)
# expect: (6.123233995736766e+133+1e+150j) (6.123233995736766e-167+1e-150j) (1.0000000000693148+3.1415926538075523e-10j) (1.0605752387249068e-16+1.7320508075688772j) (1.2246467991473532e-16+2j) (1.2246467991473532e-16+2j)
# expect: ValueError: math domain error
# expect: ValueError: math domain error
# expect: TypeError: unsupported operand type(s) for %: 'complex' and 'int'
# expect: TypeError: pow() 3rd argument not allowed unless all arguments are integers
# expect: OverflowError: complex exponentiation
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
# expect: sqrt TypeError: must be real number, not complex
# expect: exp TypeError: must be real number, not complex
# expect: log TypeError: must be real number, not complex
# expect: floor TypeError: must be real number, not complex
# expect: ceil TypeError: must be real number, not complex
# expect: fabs TypeError: must be real number, not complex
# expect: isnan TypeError: must be real number, not complex
# expect: isfinite TypeError: must be real number, not complex
# expect: trunc TypeError: type complex doesn't define __trunc__ method
# expect: sin TypeError: must be real number, not complex
# expect: degrees TypeError: must be real number, not complex
# expect: TypeError: must be real number, not complex
# expect: TypeError: must be real number, not complex
# expect: TypeError: must be real number, not complex
# expect: TypeError: must be real number, not complex
# expect: TypeError: must be real number, not complex
# expect: TypeError: must be real number, not complex
# expect: TypeError: must be real number, not complex
# expect: 2j
# expect: TypeError: must be real number, not complex

# the cmath module: constants, argument conversion (__complex__, __float__, __index__), isclose, errors word for word
import cmath
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, type(cmath.infj).__name__)
class Z:
    def __complex__(self):
        return 1 + 1j
class F:
    def __float__(self):
        return 4.0
class I:
    def __index__(self):
        return 9
print(cmath.sqrt(Z()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.sqrt(-4), cmath.exp(0), cmath.log(cmath.e))
print(cmath.polar(1 + 1j), cmath.polar(-2), cmath.polar(0j), cmath.rect(2, 0), cmath.rect(1, cmath.pi), cmath.phase(-1))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.1), cmath.isclose(0j, 1e-10, abs_tol=1e-9),
      cmath.isclose(complex(cmath.inf, 1), complex(cmath.inf, 1)), cmath.isclose(cmath.nanj, cmath.nanj), cmath.isclose(a=1, b=1))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log10(1000), cmath.log(0, 2))
def attempt(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
for src in ["cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.sqrt(z=1)", "cmath.log()", "cmath.log(1, 2, 3)", "cmath.log(x=1)",
            "cmath.rect(1)", "cmath.rect(1j, 1)", "cmath.rect(1, 2, 3)", "cmath.rect(1, phi=2)", "cmath.polar()",
            "cmath.phase('x')", "cmath.isnan(None)", "cmath.sqrt('4')", "cmath.log(1, 'a')", "cmath.sqrt(10**400)",
            "cmath.isclose(1)", "cmath.isclose()", "cmath.isclose(1, 2, 3)", "cmath.isclose(1, 2, rel_tol='a')", "cmath.isclose(1, 2, foo=1)", "cmath.isclose(1, a=2)", "cmath.isclose(1, b=2, abs_tol=0.5)",
            "cmath.isclose(1, 1, abs_tol=-1)", "cmath.isclose(1, 1, rel_tol=-0.5)", "cmath.log(0)", "cmath.log(1, 1)",
            "cmath.log(2, 0)", "cmath.log(0, 0)", "cmath.log10(0)", "cmath.atanh(1)", "cmath.atanh(-1)", "cmath.atan(1j)",
            "cmath.atan(-1j)", "cmath.exp(710)", "cmath.exp(1000)", "cmath.cosh(1000)", "cmath.sinh(-1000)",
            "cmath.exp(complex(1, float('inf')))", "cmath.polar(complex(1e308, 1e308))", "cmath.phase(complex(10, 5e-324))",
            "cmath.rect(1e308, 1e-308)", "cmath.acos(1e308)", "cmath.tan(1e10j)", "cmath.tanh(-1000)"]:
    attempt(src)

# expect: ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e', 'exp', 'inf', 'infj', 'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'nan', 'nanj', 'phase', 'pi', 'polar', 'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau']
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf infj nan nanj complex
# expect: (1.09868411346781+0.45508986056222733j) (2+0j) (3+0j) (1+0j) 2j (1+0j) (1+0j)
# expect: (1.4142135623730951, 0.7853981633974483) (2.0, 3.141592653589793) (0.0, 0.0) (2+0j) (-1+1.2246467991473532e-16j) 3.141592653589793
# expect: True True True True False True
# expect: (3+0j) (2+0j) (1+0j) (2.9999999999999996+0j) (-inf+nanj)
# expect: cmath.sqrt() -> TypeError: cmath.sqrt() takes exactly one argument (0 given)
# expect: cmath.sqrt(1, 2) -> TypeError: cmath.sqrt() takes exactly one argument (2 given)
# expect: cmath.sqrt(z=1) -> TypeError: cmath.sqrt() takes no keyword arguments
# expect: cmath.log() -> TypeError: log expected at least 1 argument, got 0
# expect: cmath.log(1, 2, 3) -> TypeError: log expected at most 2 arguments, got 3
# expect: cmath.log(x=1) -> TypeError: cmath.log() takes no keyword arguments
# expect: cmath.rect(1) -> TypeError: rect expected 2 arguments, got 1
# expect: cmath.rect(1j, 1) -> TypeError: must be real number, not complex
# expect: cmath.rect(1, 2, 3) -> TypeError: rect expected 2 arguments, got 3
# expect: cmath.rect(1, phi=2) -> TypeError: cmath.rect() takes no keyword arguments
# expect: cmath.polar() -> TypeError: cmath.polar() takes exactly one argument (0 given)
# expect: cmath.phase('x') -> TypeError: must be real number, not str
# expect: cmath.isnan(None) -> TypeError: must be real number, not NoneType
# expect: cmath.sqrt('4') -> TypeError: must be real number, not str
# expect: cmath.log(1, 'a') -> TypeError: must be real number, not str
# expect: cmath.sqrt(10**400) -> OverflowError: int too large to convert to float
# expect: cmath.isclose(1) -> TypeError: isclose() missing required argument 'b' (pos 2)
# expect: cmath.isclose() -> TypeError: isclose() missing required argument 'a' (pos 1)
# expect: cmath.isclose(1, 2, 3) -> TypeError: isclose() takes exactly 2 positional arguments (3 given)
# expect: cmath.isclose(1, 2, rel_tol='a') -> TypeError: must be real number, not str
# expect: cmath.isclose(1, 2, foo=1) -> TypeError: 'foo' is an invalid keyword argument for isclose()
# expect: cmath.isclose(1, a=2) -> TypeError: isclose() missing required argument 'b' (pos 2)
# expect: cmath.isclose(1, b=2, abs_tol=0.5) -> False
# expect: cmath.isclose(1, 1, abs_tol=-1) -> ValueError: tolerances must be non-negative
# expect: cmath.isclose(1, 1, rel_tol=-0.5) -> ValueError: tolerances must be non-negative
# expect: cmath.log(0) -> ValueError: math domain error
# expect: cmath.log(1, 1) -> ValueError: math domain error
# expect: cmath.log(2, 0) -> ValueError: math domain error
# expect: cmath.log(0, 0) -> ValueError: math domain error
# expect: cmath.log10(0) -> ValueError: math domain error
# expect: cmath.atanh(1) -> ValueError: math domain error
# expect: cmath.atanh(-1) -> ValueError: math domain error
# expect: cmath.atan(1j) -> ValueError: math domain error
# expect: cmath.atan(-1j) -> ValueError: math domain error
# expect: cmath.exp(710) -> OverflowError: math range error
# expect: cmath.exp(1000) -> OverflowError: math range error
# expect: cmath.cosh(1000) -> OverflowError: math range error
# expect: cmath.sinh(-1000) -> OverflowError: math range error
# expect: cmath.exp(complex(1, float('inf'))) -> ValueError: math domain error
# expect: cmath.polar(complex(1e308, 1e308)) -> (1.4142135623730951e+308, 0.7853981633974483)
# expect: cmath.phase(complex(10, 5e-324)) -> OverflowError: math range error
# expect: cmath.rect(1e308, 1e-308) -> (1e+308+0.9999999999999999j)
# expect: cmath.acos(1e308) -> -709.889355822726j
# expect: cmath.tan(1e10j) -> 1j
# expect: cmath.tanh(-1000) -> (-1+0j)

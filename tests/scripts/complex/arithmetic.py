# complex arithmetic with int/float/complex operands (reflected and in-place), ** rules, abs, division by zero
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, -a, +a)
print(a + True, False - a, 1 / 1j, (1 + 1j) / (1 - 1j), 1j * 1j, 1e308j * 1e308j, complex(1e308, 1e308) / complex(1e-308, 1e-308))
print(complex(float("inf"), 0) * 1j, complex(0, float("inf")) / 2, 1j * float("inf"), (1 + 2j) / (3 + 4j), 10 / (2 - 0j))
print((1e200 + 1e200j) / (1e200 + 1e200j), (1 + 1e-300j) / (1e-300 + 1j), (5 + 0j) / complex(float("nan"), 1))
z = 1 + 1j
z += 1; print(z, end=" ")
z -= 2j; print(z, end=" ")
z *= 1j; print(z, end=" ")
z /= 2; print(z, end=" ")
z **= 2; print(z)
x = 5
x += 1j; print(x, end=" ")
y = 2.5
y *= 2j; print(y)

print(a ** 2, 1j ** 2, 1j ** 3, (1 + 1j) ** 0, (1 + 1j) ** 8, (2 - 1j) ** 3, 0j ** 0, 0j ** 2, (1 + 1j) ** 100, (1 + 1j) ** 101)
print((1 + 1j) ** -100, a ** -1, a ** 0.5, a ** 2.0, a ** (1 + 1j), 2 ** 1j, 4 ** 0.5j, 1j ** 1j, (-1) ** 0.5 == 1j ** 1.0)
print(pow(a, 3), pow(2, a), 0j ** 2.5, 0j ** 0j, complex(float("inf"), 0) ** 2, complex(float("nan"), 0) ** 2)
attempt("0j ** -1:", lambda: 0j ** -1)
attempt("0j ** 1j:", lambda: 0j ** 1j)
attempt("0j ** -1.5:", lambda: 0j ** -1.5)
attempt("(1e-200+1e-200j) ** -2:", lambda: (1e-200 + 1e-200j) ** -2)
attempt("1e200j ** 2:", lambda: 1e200j ** 2)
attempt("1e-300j ** -2.5:", lambda: 1e-300j ** -2.5)
attempt("(-1+0.1j) ** 1e308:", lambda: (-1 + 0.1j) ** 1e308)
attempt("pow(a, 2, 3):", lambda: pow(a, 2, 3))
attempt("pow(2, a, 3):", lambda: pow(2, a, 3))
attempt("a / 0:", lambda: a / 0)
attempt("a / 0.0:", lambda: a / 0.0)
attempt("1j / 0j:", lambda: 1j / 0j)
attempt("1 / 0j:", lambda: 1 / 0j)
attempt("a // 2:", lambda: a // 2)
attempt("2 // a:", lambda: 2 // a)
attempt("a % 2:", lambda: a % 2)
attempt("divmod(a, 1j):", lambda: divmod(a, 1j))
attempt("a < b:", lambda: a < b)
attempt("a >= 1:", lambda: a >= 1)
attempt("a + 'x':", lambda: a + "x")
attempt("[] * a:", lambda: [] * a)
attempt("a + 10**400:", lambda: a + 10 ** 400)
attempt("~a:", lambda: ~a)
attempt("a @ a:", lambda: a @ a)
def iadd():
    q = 1j
    q //= 2
attempt("q //= 2:", iadd)

print(abs(a), abs(-5j), abs(0j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)), abs(complex(3e200, 4e200)))
print(abs(complex(1e308, 1e308 / 2)), abs(complex(5e-324, 5e-324)), abs(complex(-float("inf"), 0)))
attempt("abs overflow:", lambda: abs(complex(1e308, 1e308)))
print(bool(0j), bool(-0j), bool(1e-300j), bool(complex(float("nan"), 0)), not 1j, 1j or 2, 0j and 2)
print(a.__add__(1), a.__radd__(1), a.__add__("x"), a.__eq__(None), a.__lt__(a), a.__pos__() is a, (-a).__abs__())
class C(complex):
    pass
c = C(1, 2)
print(type(+c).__name__, type(-c).__name__, type(c + 1).__name__, type(c.conjugate()).__name__, type(abs(c)).__name__)
print(sum([1j, 2j, 3]), sum([0.5, 1j], 1), max([1, 2], key=lambda v: v * 1j == 2j))

# expect: (4+2j) (2+6j) (11-2j) (-1+2j) (4+4j) (4+4j) (0.5+4j) (-0.5-4j) (6+8j) (6+8j) (1.5+2j) (0.24-0.32j) (-3-4j) (3+4j)
# expect: (4+4j) (-3-4j) -1j 1j (-1+0j) (-inf+0j) (inf+0j)
# expect: (nan+infj) (nan+infj) (nan+infj) (0.44+0.08j) (5+0j)
# expect: (1+0j) (2e-300-1j) (nan+nanj)
# expect: (2+1j) (2-1j) (1+2j) (0.5+1j) (-0.75+1j)
# expect: (5+1j) 5j
# expect: (-7+24j) (-1+0j) (-0-1j) (1+0j) (16+0j) (2-11j) (1+0j) 0j (-1125899906842624+0j) (-1125899906842634.5-1125899906842629.5j)
# expect: (-8.881784197001252e-16-0j) (0.12-0.16j) (2+1j) (-7+24j) (-1.627159039925534+1.1248463410919416j) (0.7692389013639721+0.6389612763136348j) (0.7692389013639721+0.6389612763136348j) (0.20787957635076193+0j) False
# expect: (-117+44j) (-7.461496614688569+2.885492725513448j) 0j (1+0j) (nan+nanj) (nan+nanj)
# expect: 0j ** -1: -> ZeroDivisionError: 0.0 to a negative or complex power
# expect: 0j ** 1j: -> ZeroDivisionError: 0.0 to a negative or complex power
# expect: 0j ** -1.5: -> ZeroDivisionError: 0.0 to a negative or complex power
# expect: (1e-200+1e-200j) ** -2: -> ZeroDivisionError: 0.0 to a negative or complex power
# expect: 1e200j ** 2: -> OverflowError: complex exponentiation
# expect: 1e-300j ** -2.5: -> OverflowError: complex exponentiation
# expect: (-1+0.1j) ** 1e308: -> ZeroDivisionError: 0.0 to a negative or complex power
# expect: pow(a, 2, 3): -> ValueError: complex modulo
# expect: pow(2, a, 3): -> ValueError: complex modulo
# expect: a / 0: -> ZeroDivisionError: complex division by zero
# expect: a / 0.0: -> ZeroDivisionError: complex division by zero
# expect: 1j / 0j: -> ZeroDivisionError: complex division by zero
# expect: 1 / 0j: -> ZeroDivisionError: complex division by zero
# expect: a // 2: -> TypeError: unsupported operand type(s) for //: 'complex' and 'int'
# expect: 2 // a: -> TypeError: unsupported operand type(s) for //: 'int' and 'complex'
# expect: a % 2: -> TypeError: unsupported operand type(s) for %: 'complex' and 'int'
# expect: divmod(a, 1j): -> TypeError: unsupported operand type(s) for divmod(): 'complex' and 'complex'
# expect: a < b: -> TypeError: '<' not supported between instances of 'complex' and 'complex'
# expect: a >= 1: -> TypeError: '>=' not supported between instances of 'complex' and 'int'
# expect: a + 'x': -> TypeError: unsupported operand type(s) for +: 'complex' and 'str'
# expect: [] * a: -> TypeError: can't multiply sequence by non-int of type 'complex'
# expect: a + 10**400: -> OverflowError: int too large to convert to float
# expect: ~a: -> TypeError: bad operand type for unary ~: 'complex'
# expect: a @ a: -> TypeError: unsupported operand type(s) for @: 'complex' and 'complex'
# expect: q //= 2: -> TypeError: unsupported operand type(s) for //=: 'complex' and 'int'
# expect: 5.0 5.0 0.0 inf nan 4.9999999999999995e+200
# expect: 1.118033988749895e+308 5e-324 inf
# expect: abs overflow: 1.4142135623730951e+308
# expect: False False True True False 1j 0j
# expect: (4+4j) (4+4j) NotImplemented NotImplemented NotImplemented True 5.0
# expect: complex complex complex complex float
# expect: (3+3j) (1.5+1j) 2

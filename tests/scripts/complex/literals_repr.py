# complex literals (folded to constants), repr and str: parentheses, signed zeros, inf/nan, exponents
def f():
    return 1j, 1.5J, 1e3j, 1_0j, 0j, .5j, 1E-3j, 0_0.5j, 10_000.000_1j, -0j, -2.5j
print(f())
print([c for c in f.__code__.co_consts if c is not None])
print(type(1j).__name__, type(1j) is complex, isinstance(2j, complex))
print(1 + 2j, 1 - 2j, -1 - 2j, 3 + 0j, -(0j), complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0))
print(repr(0j * -1), repr(-1j * 0), repr(-0j), repr(0j), repr(complex(-0.0, 1)))
inf, nan = float("inf"), float("nan")
print(complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 1), complex(1, nan), complex(inf, nan), complex(nan, -nan))
print(1e20 + 1e-5j, complex(1.5e300, 2e-300), complex(123456789012345678, 1), 1e16j, 1e15j, 1e-4j, 1e-5j)
print(complex(1.0, 2.0), complex(100.0, 0.25), 2.0j, complex(5e-324, -5e-324), 1.7976931348623157e308j)
print(str(1.5 + 2j) == repr(1.5 + 2j), str(1j), "%s %r" % (1j, 2 - 1j), f"{3j!r} {3j!s}", [1j, -1j], {1j: 2j})
print(eval(repr(complex(1.1, -2.2))) == complex(1.1, -2.2), repr(complex(0.1, 0.2)))
print(1j.real, 1j.imag, type(1j.real).__name__, (2 + 3j).conjugate(), (-2j).conjugate(), (1 + 1j).__getnewargs__())
print(complex.real, complex.imag.__doc__, type(complex.__dict__["real"]).__name__)
try:
    (1j).real = 2
except AttributeError as e:
    print("AttributeError:", e)
print(1j.__complex__(), type((2 + 1j).__complex__()).__name__, complex.__name__, complex.__doc__.splitlines()[0])
print(sorted(n for n in dir(complex) if not n.startswith("__") or n in ("__complex__", "__getnewargs__", "__floordiv__", "__mod__", "__float__", "__int__")))

# expect: (1j, 1.5j, 1000j, 10j, 0j, 0.5j, 0.001j, 0.5j, 10000.0001j, (-0-0j), (-0-2.5j))
# expect: [(1j, 1.5j, 1000j, 10j, 0j, 0.5j, 0.001j, 0.5j, 10000.0001j, (-0-0j), (-0-2.5j))]
# expect: complex True True
# expect: (1+2j) (1-2j) (-1-2j) (3+0j) (-0-0j) -0j (-0+0j) (-0-0j)
# expect: (-0+0j) -0j (-0-0j) 0j (-0+1j)
# expect: (inf+0j) infj (-inf-infj) (nan+1j) (1+nanj) (inf+nanj) (nan+nanj)
# expect: (1e+20+1e-05j) (1.5e+300+2e-300j) (1.2345678901234568e+17+1j) 1e+16j 1000000000000000j 0.0001j 1e-05j
# expect: (1+2j) (100+0.25j) 2j (5e-324-5e-324j) 1.7976931348623157e+308j
# expect: True 1j 1j (2-1j) 3j 3j [1j, (-0-1j)] {1j: 2j}
# expect: True (0.1+0.2j)
# expect: 0.0 1.0 float (2-3j) (-0+2j) (1.0, 1.0)
# expect: <member 'real' of 'complex' objects> the imaginary part of a complex number member_descriptor
# expect: AttributeError: readonly attribute
# expect: 1j complex complex Create a complex number from a real part and an optional imaginary part.
# expect: ['__complex__', '__getnewargs__', 'conjugate', 'imag', 'real']

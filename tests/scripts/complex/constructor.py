# complex(): numbers, strings (spaces, parentheses, signs, underscores), keywords, __complex__/__float__/__index__, errors
def attempt(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(complex(), complex(3), complex(2.5), complex(1, 2), complex(real=4, imag=-1), complex(imag=2), complex(True, False))
print(complex(1j, 1j), complex(1 + 1j, 2), complex(2, 1 + 1j), complex(-0.0), complex(0.0, -0.0), complex(complex(-0.0, -0.0)))
z = 5 + 6j
print(complex(z) is z, complex(z, 0) is z, complex(2 ** 60, -2 ** 70))
for s in ["1+2j", "1-2j", " 3.5-4J ", "j", "-j", "+j", "(7+8j)", " ( 1+2j ) ", "1e2", "inf-infj", "nanj", "-nan+nanj",
          "infinityj", "Infinity", "1_000+2_0j", "1.+.5j", "1.j", ".5", "5.", "1e5j", "+1.5e-3-2.5E+4J", "1+j", "1-j",
          "\t1\n", "(j)", "0x10", "1e1000+1e-1000j", "-0", "-0j", "-0-0j", "١٢+٣j", "１+２j", "\u20031j\u2003"]:
    attempt(repr(s), lambda: complex(s))
for s in ["", " ", "1+2k", "1 + 2j", "1+2 j", "1jj", "()", "(", ")", "((1))", "(1+2j", "1+2j)", "1e", "1e+", ".j",
          "1+", "1+-2j", "j1", "1\x00", "1__0", "_1", "1_", "1_+2j", "_1j", "1_j", "1_e5", "1.5_j", "x"]:
    attempt(repr(s), lambda: complex(s))

class HasComplex:
    def __complex__(self):
        return 4 - 5j
class HasFloat:
    def __float__(self):
        return 2.25
class HasIndex:
    def __index__(self):
        return 7
class BadComplex:
    def __complex__(self):
        return 1.5
class RaisesComplex:
    def __complex__(self):
        raise KeyError("boom")
class FloatAndComplex:
    def __float__(self):
        return 1.0
    def __complex__(self):
        return 2j
print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()), complex(HasFloat(), HasIndex()))
print(complex(HasComplex(), 1), complex(FloatAndComplex()), complex(2, FloatAndComplex()))
attempt("imag __complex__ only:", lambda: complex(1, HasComplex()))
attempt("bad __complex__:", lambda: complex(BadComplex()))
attempt("raising __complex__:", lambda: complex(RaisesComplex()))
for label, args, kw in [("str+imag", ("1", 2), {}), ("imag str", (1, "2"), {}), ("two strs", ("1", "2"), {}),
                        ("list", ([1],), {}), ("None", (None,), {}), ("imag None", (1, None), {}),
                        ("bytes", (b"1",), {}), ("huge int", (10 ** 400,), {}), ("huge imag", (1, 10 ** 400), {}),
                        ("three", (1, 2, 3), {}), ("kw foo", (), {"foo": 1}), ("kw dup", (1,), {"real": 3}),
                        ("kw real str", (), {"real": "1+1j"}), ("kw str imag", (), {"real": "1", "imag": 2}),
                        ("too many kw", (1,), {"imag": 2, "real": 3})]:
    attempt(label + ":", lambda: complex(*args, **kw))
attempt("int(z):", lambda: int(1 + 2j))
attempt("float(z):", lambda: float(1j))
attempt("round(z):", lambda: round(1 + 2j))
attempt("complex.__new__(int):", lambda: complex.__new__(int))
attempt("complex.__new__(complex):", lambda: complex.__new__(complex))

# expect: 0j (3+0j) (2.5+0j) (1+2j) (4-1j) 2j (1+0j)
# expect: (-1+1j) (1+3j) (1+1j) (-0+0j) -0j (-0-0j)
# expect: True False (1.152921504606847e+18-1.1805916207174113e+21j)
# expect: '1+2j' (1+2j) complex
# expect: '1-2j' (1-2j) complex
# expect: ' 3.5-4J ' (3.5-4j) complex
# expect: 'j' 1j complex
# expect: '-j' -1j complex
# expect: '+j' 1j complex
# expect: '(7+8j)' (7+8j) complex
# expect: ' ( 1+2j ) ' (1+2j) complex
# expect: '1e2' (100+0j) complex
# expect: 'inf-infj' (inf-infj) complex
# expect: 'nanj' nanj complex
# expect: '-nan+nanj' (nan+nanj) complex
# expect: 'infinityj' infj complex
# expect: 'Infinity' (inf+0j) complex
# expect: '1_000+2_0j' (1000+20j) complex
# expect: '1.+.5j' (1+0.5j) complex
# expect: '1.j' 1j complex
# expect: '.5' (0.5+0j) complex
# expect: '5.' (5+0j) complex
# expect: '1e5j' 100000j complex
# expect: '+1.5e-3-2.5E+4J' (0.0015-25000j) complex
# expect: '1+j' (1+1j) complex
# expect: '1-j' (1-1j) complex
# expect: '\t1\n' (1+0j) complex
# expect: '(j)' 1j complex
# expect: '0x10' -> ValueError: complex() arg is a malformed string
# expect: '1e1000+1e-1000j' (inf+0j) complex
# expect: '-0' (-0+0j) complex
# expect: '-0j' -0j complex
# expect: '-0-0j' (-0-0j) complex
# expect: '١٢+٣j' (12+3j) complex
# expect: '１+２j' (1+2j) complex
# expect: '\u20031j\u2003' 1j complex
# expect: '' -> ValueError: complex() arg is a malformed string
# expect: ' ' -> ValueError: complex() arg is a malformed string
# expect: '1+2k' -> ValueError: complex() arg is a malformed string
# expect: '1 + 2j' -> ValueError: complex() arg is a malformed string
# expect: '1+2 j' -> ValueError: complex() arg is a malformed string
# expect: '1jj' -> ValueError: complex() arg is a malformed string
# expect: '()' -> ValueError: complex() arg is a malformed string
# expect: '(' -> ValueError: complex() arg is a malformed string
# expect: ')' -> ValueError: complex() arg is a malformed string
# expect: '((1))' -> ValueError: complex() arg is a malformed string
# expect: '(1+2j' -> ValueError: complex() arg is a malformed string
# expect: '1+2j)' -> ValueError: complex() arg is a malformed string
# expect: '1e' -> ValueError: complex() arg is a malformed string
# expect: '1e+' -> ValueError: complex() arg is a malformed string
# expect: '.j' -> ValueError: complex() arg is a malformed string
# expect: '1+' -> ValueError: complex() arg is a malformed string
# expect: '1+-2j' -> ValueError: complex() arg is a malformed string
# expect: 'j1' -> ValueError: complex() arg is a malformed string
# expect: '1\x00' -> ValueError: complex() arg is a malformed string
# expect: '1__0' -> ValueError: could not convert string to complex: '1__0'
# expect: '_1' -> ValueError: could not convert string to complex: '_1'
# expect: '1_' -> ValueError: could not convert string to complex: '1_'
# expect: '1_+2j' -> ValueError: could not convert string to complex: '1_+2j'
# expect: '_1j' -> ValueError: could not convert string to complex: '_1j'
# expect: '1_j' -> ValueError: could not convert string to complex: '1_j'
# expect: '1_e5' -> ValueError: could not convert string to complex: '1_e5'
# expect: '1.5_j' -> ValueError: could not convert string to complex: '1.5_j'
# expect: 'x' -> ValueError: complex() arg is a malformed string
# expect: (4-5j) (2.25+0j) (7+0j) (2.25+7j)
# expect: (4-4j) 2j (2+1j)
# expect: imag __complex__ only: -> TypeError: complex() second argument must be a number, not 'HasComplex'
# expect: bad __complex__: -> TypeError: __complex__ returned non-complex (type float)
# expect: raising __complex__: -> KeyError: 'boom'
# expect: str+imag: -> TypeError: complex() can't take second arg if first is a string
# expect: imag str: -> TypeError: complex() second arg can't be a string
# expect: two strs: -> TypeError: complex() can't take second arg if first is a string
# expect: list: -> TypeError: complex() first argument must be a string or a number, not 'list'
# expect: None: -> TypeError: complex() first argument must be a string or a number, not 'NoneType'
# expect: imag None: -> TypeError: complex() second argument must be a number, not 'NoneType'
# expect: bytes: -> TypeError: complex() first argument must be a string or a number, not 'bytes'
# expect: huge int: -> OverflowError: int too large to convert to float
# expect: huge imag: -> OverflowError: int too large to convert to float
# expect: three: -> TypeError: complex() takes at most 2 arguments (3 given)
# expect: kw foo: -> TypeError: 'foo' is an invalid keyword argument for complex()
# expect: kw dup: -> TypeError: argument for complex() given by name ('real') and position (1)
# expect: kw real str: (1+1j) complex
# expect: kw str imag: -> TypeError: complex() can't take second arg if first is a string
# expect: too many kw: -> TypeError: complex() takes at most 2 arguments (3 given)
# expect: int(z): -> TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'
# expect: float(z): -> TypeError: float() argument must be a string or a real number, not 'complex'
# expect: round(z): -> TypeError: type complex doesn't define __round__ method
# expect: complex.__new__(int): -> TypeError: complex.__new__(int): int is not a subtype of complex
# expect: complex.__new__(complex): 0j complex

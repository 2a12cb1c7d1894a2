# format() of complex: the default (repr-like) format, types e/f/g/n, width/align/fill, sign, z, #, grouping, errors
inf, nan = float("inf"), float("nan")
values = [1 + 2j, -1.5 - 2.25j, 1e20j, 1e-20 + 1e20j, complex(inf, nan), complex(-0.0, 0.0), 0j, -0j,
          1234567.891 + 9876543.21j, complex(nan, -inf), 3 + 0j, complex(0.0, -0.0), 1 / 3 + 2j / 3, 12345.678 + 0j]
specs = ["", "g", ".3g", ".2f", ">24", "<24", "^24.3e", "+", " ", "-", "z.1f", "#", "#.0f", ",", "_.2f", "n",
         "E", "F", "G", ".0", ".10", "#g", "*^30", "x>25.4", "0>5"]
for z in values:
    row = []
    for s in specs:
        try:
            row.append(format(z, s))
        except ValueError as e:
            row.append("ValueError: " + str(e))
    print(repr(z), "|".join(row))
print(f"[{1 + 2j:>16}] [{1 + 2j:<16}] [{1 + 2j:^16}] [{-1j:*^12.2f}] [{2j: .1f}] [{1 - 2j:+.1f}]")
print("{0} {0!r} {0:.1e} {0.real} {0.imag}".format(2 - 3j), "%s %r" % (1j, 1 + 1j))
print(format(-0.01 - 0.001j, "z.1f"), format(-1j, "z.1f"), format(complex(2, 1e16), ""), format(complex(2, 1e16), "g"))
for spec in ("d", "=10", "010", "%", "c", "x", "s", "0<10", "=", "05.1f", "b", "o", "X", ",d", ".2%", "++", "10.2.3"):
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
try:
    "%f" % 1j
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % 1j
except TypeError as e:
    print("TypeError:", e)

# expect: (1+2j) (1+2j)|1+2j|1+2j|1.00+2.00j|                  (1+2j)|(1+2j)                  |  1.000e+00+2.000e+00j  |(+1+2j)|( 1+2j)|(1+2j)|1.0+2.0j|(1.+2.j)|1.+2.j|(1+2j)|1.00+2.00j|1+2j|1.000000E+00+2.000000E+00j|1.000000+2.000000j|1+2j|(1+2j)|(1+2j)|1.00000+2.00000j|************(1+2j)************|xxxxxxxxxxxxxxxxxxx(1+2j)|ValueError: Zero padding is not allowed in complex format specifier
# expect: (-1.5-2.25j) (-1.5-2.25j)|-1.5-2.25j|-1.5-2.25j|-1.50-2.25j|            (-1.5-2.25j)|(-1.5-2.25j)            | -1.500e+00-2.250e+00j  |(-1.5-2.25j)|(-1.5-2.25j)|(-1.5-2.25j)|-1.5-2.2j|(-1.5-2.25j)|-2.-2.j|(-1.5-2.25j)|-1.50-2.25j|-1.5-2.25j|-1.500000E+00-2.250000E+00j|-1.500000-2.250000j|-1.5-2.25j|(-2-2j)|(-1.5-2.25j)|-1.50000-2.25000j|*********(-1.5-2.25j)*********|xxxxxxxxxxxxx(-1.5-2.25j)|ValueError: Zero padding is not allowed in complex format specifier
# expect: 1e+20j 1e+20j|0+1e+20j|0+1e+20j|0.00+100000000000000000000.00j|                  1e+20j|1e+20j                  |  0.000e+00+1.000e+20j  |+1e+20j| 1e+20j|1e+20j|0.0+100000000000000000000.0j|1.e+20j|0.+100000000000000000000.j|1e+20j|0.00+100_000_000_000_000_000_000.00j|0+1e+20j|0.000000E+00+1.000000E+20j|0.000000+100000000000000000000.000000j|0+1E+20j|1e+20j|1e+20j|0.00000+1.00000e+20j|************1e+20j************|xxxxxxxxxxxxxxxxxxx1e+20j|ValueError: Zero padding is not allowed in complex format specifier
# expect: (1e-20+1e+20j) (1e-20+1e+20j)|1e-20+1e+20j|1e-20+1e+20j|0.00+100000000000000000000.00j|          (1e-20+1e+20j)|(1e-20+1e+20j)          |  1.000e-20+1.000e+20j  |(+1e-20+1e+20j)|( 1e-20+1e+20j)|(1e-20+1e+20j)|0.0+100000000000000000000.0j|(1.e-20+1.e+20j)|0.+100000000000000000000.j|(1e-20+1e+20j)|0.00+100_000_000_000_000_000_000.00j|1e-20+1e+20j|1.000000E-20+1.000000E+20j|0.000000+100000000000000000000.000000j|1E-20+1E+20j|(1e-20+1e+20j)|(1e-20+1e+20j)|1.00000e-20+1.00000e+20j|********(1e-20+1e+20j)********|xxxxxxxxxxx(1e-20+1e+20j)|ValueError: Zero padding is not allowed in complex format specifier
# expect: (inf+nanj) (inf+nanj)|inf+nanj|inf+nanj|inf+nanj|              (inf+nanj)|(inf+nanj)              |        inf+nanj        |(+inf+nanj)|( inf+nanj)|(inf+nanj)|inf+nanj|(inf+nanj)|inf+nanj|(inf+nanj)|inf+nanj|inf+nanj|INF+NANj|INF+NANj|INF+NANj|(inf+nanj)|(inf+nanj)|inf+nanj|**********(inf+nanj)**********|xxxxxxxxxxxxxxx(inf+nanj)|ValueError: Zero padding is not allowed in complex format specifier
# expect: (-0+0j) (-0+0j)|-0+0j|-0+0j|-0.00+0.00j|                 (-0+0j)|(-0+0j)                 | -0.000e+00+0.000e+00j  |(-0+0j)|(-0+0j)|(-0+0j)|0.0+0.0j|(-0.+0.j)|-0.+0.j|(-0+0j)|-0.00+0.00j|-0+0j|-0.000000E+00+0.000000E+00j|-0.000000+0.000000j|-0+0j|(-0+0j)|(-0+0j)|-0.00000+0.00000j|***********(-0+0j)************|xxxxxxxxxxxxxxxxxx(-0+0j)|ValueError: Zero padding is not allowed in complex format specifier
# expect: 0j 0j|0+0j|0+0j|0.00+0.00j|                      0j|0j                      |  0.000e+00+0.000e+00j  |+0j| 0j|0j|0.0+0.0j|0.j|0.+0.j|0j|0.00+0.00j|0+0j|0.000000E+00+0.000000E+00j|0.000000+0.000000j|0+0j|0j|0j|0.00000+0.00000j|**************0j**************|xxxxxxxxxxxxxxxxxxxxxxx0j|ValueError: Zero padding is not allowed in complex format specifier
# expect: (-0-0j) (-0-0j)|-0-0j|-0-0j|-0.00-0.00j|                 (-0-0j)|(-0-0j)                 | -0.000e+00-0.000e+00j  |(-0-0j)|(-0-0j)|(-0-0j)|0.0+0.0j|(-0.-0.j)|-0.-0.j|(-0-0j)|-0.00-0.00j|-0-0j|-0.000000E+00-0.000000E+00j|-0.000000-0.000000j|-0-0j|(-0-0j)|(-0-0j)|-0.00000-0.00000j|***********(-0-0j)************|xxxxxxxxxxxxxxxxxx(-0-0j)|ValueError: Zero padding is not allowed in complex format specifier
# expect: (1234567.891+9876543.21j) (1234567.891+9876543.21j)|1.23457e+06+9.87654e+06j|1.23e+06+9.88e+06j|1234567.89+9876543.21j|(1234567.891+9876543.21j)|(1234567.891+9876543.21j)|  1.235e+06+9.877e+06j  |(+1234567.891+9876543.21j)|( 1234567.891+9876543.21j)|(1234567.891+9876543.21j)|1234567.9+9876543.2j|(1234567.891+9876543.21j)|1234568.+9876543.j|(1,234,567.891+9,876,543.21j)|1_234_567.89+9_876_543.21j|1.23457e+06+9.87654e+06j|1.234568E+06+9.876543E+06j|1234567.891000+9876543.210000j|1.23457E+06+9.87654E+06j|(1e+06+1e+07j)|(1234567.891+9876543.21j)|1.23457e+06+9.87654e+06j|**(1234567.891+9876543.21j)***|xxx(1.235e+06+9.877e+06j)|ValueError: Zero padding is not allowed in complex format specifier
# expect: (nan-infj) (nan-infj)|nan-infj|nan-infj|nan-infj|              (nan-infj)|(nan-infj)              |        nan-infj        |(+nan-infj)|( nan-infj)|(nan-infj)|nan-infj|(nan-infj)|nan-infj|(nan-infj)|nan-infj|nan-infj|NAN-INFj|NAN-INFj|NAN-INFj|(nan-infj)|(nan-infj)|nan-infj|**********(nan-infj)**********|xxxxxxxxxxxxxxx(nan-infj)|ValueError: Zero padding is not allowed in complex format specifier
# expect: (3+0j) (3+0j)|3+0j|3+0j|3.00+0.00j|                  (3+0j)|(3+0j)                  |  3.000e+00+0.000e+00j  |(+3+0j)|( 3+0j)|(3+0j)|3.0+0.0j|(3.+0.j)|3.+0.j|(3+0j)|3.00+0.00j|3+0j|3.000000E+00+0.000000E+00j|3.000000+0.000000j|3+0j|(3+0j)|(3+0j)|3.00000+0.00000j|************(3+0j)************|xxxxxxxxxxxxxxxxxxx(3+0j)|ValueError: Zero padding is not allowed in complex format specifier
# expect: -0j -0j|0-0j|0-0j|0.00-0.00j|                     -0j|-0j                     |  0.000e+00-0.000e+00j  |-0j|-0j|-0j|0.0+0.0j|-0.j|0.-0.j|-0j|0.00-0.00j|0-0j|0.000000E+00-0.000000E+00j|0.000000-0.000000j|0-0j|-0j|-0j|0.00000-0.00000j|*************-0j**************|xxxxxxxxxxxxxxxxxxxxxx-0j|ValueError: Zero padding is not allowed in complex format specifier
# expect: (0.3333333333333333+0.6666666666666666j) (0.3333333333333333+0.6666666666666666j)|0.333333+0.666667j|0.333+0.667j|0.33+0.67j|(0.3333333333333333+0.6666666666666666j)|(0.3333333333333333+0.6666666666666666j)|  3.333e-01+6.667e-01j  |(+0.3333333333333333+0.6666666666666666j)|( 0.3333333333333333+0.6666666666666666j)|(0.3333333333333333+0.6666666666666666j)|0.3+0.7j|(0.3333333333333333+0.6666666666666666j)|0.+1.j|(0.3333333333333333+0.6666666666666666j)|0.33+0.67j|0.333333+0.666667j|3.333333E-01+6.666667E-01j|0.333333+0.666667j|0.333333+0.666667j|(0.3+0.7j)|(0.3333333333+0.6666666667j)|0.333333+0.666667j|(0.3333333333333333+0.6666666666666666j)|xxxxxxxxx(0.3333+0.6667j)|ValueError: Zero padding is not allowed in complex format specifier
# expect: (12345.678+0j) (12345.678+0j)|12345.7+0j|1.23e+04+0j|12345.68+0.00j|          (12345.678+0j)|(12345.678+0j)          |  1.235e+04+0.000e+00j  |(+12345.678+0j)|( 12345.678+0j)|(12345.678+0j)|12345.7+0.0j|(12345.678+0.j)|12346.+0.j|(12,345.678+0j)|12_345.68+0.00j|12345.7+0j|1.234568E+04+0.000000E+00j|12345.678000+0.000000j|12345.7+0j|(1e+04+0j)|(12345.678+0j)|12345.7+0.00000j|********(12345.678+0j)********|xxxxxxxxxxx(1.235e+04+0j)|ValueError: Zero padding is not allowed in complex format specifier
# expect: [          (1+2j)] [(1+2j)          ] [     (1+2j)     ] [-0.00-1.00j*] [ 0.0+2.0j] [+1.0-2.0j]
# expect: (2-3j) (2-3j) 2.0e+00-3.0e+00j 2.0 -3.0 1j (1+1j)
# expect: 0.0+0.0j 0.0-1.0j (2+1e+16j) 2+1e+16j
# expect: 'd' ValueError: Unknown format code 'd' for object of type 'complex'
# expect: '=10' ValueError: '=' alignment flag is not allowed in complex format specifier
# expect: '010' ValueError: Zero padding is not allowed in complex format specifier
# expect: '%' ValueError: Unknown format code '%' for object of type 'complex'
# expect: 'c' ValueError: Unknown format code 'c' for object of type 'complex'
# expect: 'x' ValueError: Unknown format code 'x' for object of type 'complex'
# expect: 's' ValueError: Unknown format code 's' for object of type 'complex'
# expect: '0<10' ValueError: Zero padding is not allowed in complex format specifier
# expect: '=' ValueError: '=' alignment flag is not allowed in complex format specifier
# expect: '05.1f' ValueError: Zero padding is not allowed in complex format specifier
# expect: 'b' ValueError: Unknown format code 'b' for object of type 'complex'
# expect: 'o' ValueError: Unknown format code 'o' for object of type 'complex'
# expect: 'X' ValueError: Unknown format code 'X' for object of type 'complex'
# expect: ',d' ValueError: Unknown format code 'd' for object of type 'complex'
# expect: '.2%' ValueError: Unknown format code '%' for object of type 'complex'
# expect: '++' ValueError: Unknown format code '+' for object of type 'complex'
# expect: '10.2.3' ValueError: Invalid format specifier '10.2.3' for object of type 'complex'
# expect: TypeError: must be real number, not complex
# expect: TypeError: %d format: a real number is required, not complex

# str.format and printf-style formatting.
print("{:>8}|{:<8}|{:^8}|".format("ab", "cd", "ef"))
print("{} {} {}".format(1, "x", 2.5), "{1}{0}{1}".format("a", "b"), "{name}={value}".format(name="k", value=3))
print("{0.real} {1[1]} {d[key]}".format(5, "xyz", d={"key": "v"}))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:{w}.{p}f}".format(3.14159, w=10, p=2), "{{literal}}".format())
print("{:*^11}".format("mid"), "{:5}|".format("ab"), "{:.2}".format("abcdef"), "{0:>{1}}".format("x", 4))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("%5d|%-5d|" % (42, 42), "%r %x %o %e" % ("q", 255, 8, 12345.678))
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%.2f" % 3.14159, "%08.3f" % -3.14159, "%+d % d" % (5, 5))
print("%#x %#X %#o" % (255, 255, 8), "%x" % -255, "%5.3d|" % -7, "%c%c" % (65, "é"), "%.1s|%5s|%-5s|" % ("abc", "r", "l"))
print("%(a)s %(b)d" % {"a": "x", "b": 2}, "%s" % [1, 2], "%s" % (("t", 1),), "%*d|%-*d|" % (4, 1, 4, 2), "%.*f" % (1, 2.25))
print("%g %g %G %E" % (1e20, 0.0001, 1e-10, 12345.678), "%f %F" % (float("inf"), float("nan")), "%05f" % float("inf"))
print("%d %i %u" % (3.9, True, -2), "%x" % 10**20, "%s" % None, "%a" % "é")
for expr in ['"{".format(1)', '"}".format()', '"{0}{}".format(1, 2)', '"{}{0}".format(1, 2)', '"{1}".format(1)', '"{x}".format()',
             '"{!x}".format(1)', '"{0".format(1)', '"%d" % "a"', '"%c" % "ab"', '"%y" % 1', '"%s %s" % (1,)', '"%s" % (1, 2)',
             '"%(a)s" % 1', '"%x" % 1.5', '"%" % 1', '"{:d}".format("a")']:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect:       ab|cd      |   ef   |
# expect: 1 x 2.5 bab k=3
# expect: 5 y v
# expect: 'é' é '\xe9'       3.14 {literal}
# expect: ****mid**** ab   | ab    x
# expect: 1-2
# expect:    42|42   | 'q' ff 10 1.234568e+04
# expect: a and b 50% 3.14 -003.142 +5  5
# expect: 0xff 0XFF 0o10 -ff  -007| Aé a|    r|l    |
# expect: x 2 [1, 2] ('t', 1)    1|2   | 2.2
# expect: 1e+20 0.0001 1E-10 1.234568E+04 inf NAN 00inf
# expect: 3 1 -2 56bc75e2d63100000 None '\xe9'
# expect: ValueError: Single '{' encountered in format string
# expect: ValueError: Single '}' encountered in format string
# expect: ValueError: cannot switch from manual field specification to automatic field numbering
# expect: ValueError: cannot switch from automatic field numbering to manual field specification
# expect: IndexError: Replacement index 1 out of range for positional args tuple
# expect: KeyError: 'x'
# expect: ValueError: Unknown conversion specifier x
# expect: ValueError: expected '}' before end of string
# expect: TypeError: %d format: a real number is required, not str
# expect: TypeError: %c requires int or char
# expect: ValueError: unsupported format character 'y' (0x79) at index 1
# expect: TypeError: not enough arguments for format string
# expect: TypeError: not all arguments converted during string formatting
# expect: TypeError: format requires a mapping
# expect: TypeError: %x format: an integer is required, not float
# expect: ValueError: incomplete format
# expect: ValueError: Unknown format code 'd' for object of type 'str'

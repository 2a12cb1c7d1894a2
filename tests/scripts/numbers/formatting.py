# the format-spec mini-language for int, float and str
def show(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(format(3.14159, ".1f"), "{:08.3f}".format(3.14159), "{:,}".format(1234567))
print(f"{12345.6789:,.1f}", f"{1/3:.3}", "{:e}".format(12345.678), format(255, "b"))
print("[{:>8}]".format("ab"), "[{:^8}]".format("ab"), "[{:*^20}]".format("mid"), "[{:<6}]".format(12))
print("[{:=+8}]".format(-5), "[{:+d}]".format(5), "[{: d}]".format(5), "[{:08}]".format(-42))
print(f"{255:#x} {255:#X} {255:#o} {255:#b} {255:_b} {123456789:_x} {2**70:x}")
print(f"{1234:010,} {1234:08,} {-1234.5:012,.1f} {255:#012_x}")
print(f"{0.25:%} {0.25:.1%} {1e16} {1.0:} {123.0:.5} {1234567.0:.3} {100.0:#g} {1e-5:g}")
print(f"{-0.0:z.1f} {float('inf'):010} {float('nan'):+010.2f} {1.5:#.0f} {1.5:#.0e}")
print(f"{'héllo':.3} {'主进程结束':^12}| {'ab':05} {'x':<<5}")
print(f"{10**30:,} {True} {True:d} {65:c} {1234567:n} {1e100:.2e}")
show(3.0, "d")
show("ab", "d")
show("ab", ",")
show("ab", "=5")
show("ab", "+5")
show(3, ".2")
show(3, ".")
show(3, ",,")
show(3, ",_")
show(255, ",b")
show(3, "abc")
show(65, "+c")
show(1234, "n")
print("{0:>{1}}|{2:.{3}f}".format("w", 5, 3.14159, 2))

# Expected output (CPython 3.11):
# expect: 3.1 0003.142 1,234,567
# expect: 12,345.7 0.333 1.234568e+04 11111111
# expect: [      ab] [   ab   ] [********mid*********] [12    ]
# expect: [-      5] [+5] [ 5] [-0000042]
# expect: 0xff 0XFF 0o377 0b11111111 1111_1111 75b_cd15 400000000000000000
# expect: 00,001,234 0,001,234 -0,001,234.5 0x0_0000_00ff
# expect: 25.000000% 25.0% 1e+16 1.0 123.0 1.23e+06 100.000 1e-05
# expect: 0.0 0000000inf +000000nan 2. 2.e+00
# expect: hél    主进程结束    | ab000 x<<<<
# expect: 1,000,000,000,000,000,000,000,000,000,000 True 1 A 1234567 1.00e+100
# expect: ValueError: Unknown format code 'd' for object of type 'float'
# expect: ValueError: Unknown format code 'd' for object of type 'str'
# expect: ValueError: Cannot specify ',' with 's'.
# expect: ValueError: '=' alignment not allowed in string format specifier
# expect: ValueError: Sign not allowed in string format specifier
# expect: ValueError: Precision not allowed in integer format specifier
# expect: ValueError: Format specifier missing precision
# expect: ValueError: Cannot specify ',' with ','.
# expect: ValueError: Cannot specify both ',' and '_'.
# expect: ValueError: Cannot specify ',' with 'b'.
# expect: ValueError: Invalid format specifier 'abc' for object of type 'int'
# expect: ValueError: Sign not allowed with integer format specifier 'c'
# expect: '1234'
# expect:     w|3.14

# The 'c' presentation type formats an int as a character and, being a number, aligns right.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(repr("{:4c}".format(48)), repr("{:<4c}".format(65)), repr("{:^5c}".format(97)), repr("{:*>3c}".format(64)))
print(format(66, "c"), "%c|%3c|%-3c|" % (67, 68, 69), f"{120:c}", repr(format(0, "c")), "{0:c}{1:c}".format(72, 105))
print(repr(format(0x1F600, "3c")), repr(format(233, "=4c")), repr(format(65, "04c")), repr(format(True, "3c")))
for spec, val in (("c", -1), ("c", 0x110000), ("c", 1.5), (",c", 65), ("_c", 65), ("+c", 65), ("#c", 65),
                  (".2c", 65), ("c", "A")):
    t("format(" + repr(val) + ", " + repr(spec) + "):", lambda: format(val, spec))
# expect: '   0' 'A   ' '  a  ' '**@'
# expect: B C|  D|E  | x '\x00' Hi
# expect: '  😀' '   é' '000A' '  \x01'
# expect: format(-1, 'c'): -> OverflowError: %c arg not in range(0x110000)
# expect: format(1114112, 'c'): -> OverflowError: %c arg not in range(0x110000)
# expect: format(1.5, 'c'): -> ValueError: Unknown format code 'c' for object of type 'float'
# expect: format(65, ',c'): -> ValueError: Cannot specify ',' with 'c'.
# expect: format(65, '_c'): -> ValueError: Cannot specify '_' with 'c'.
# expect: format(65, '+c'): -> ValueError: Sign not allowed with integer format specifier 'c'
# expect: format(65, '#c'): -> ValueError: Alternate form (#) not allowed with integer format specifier 'c'
# expect: format(65, '.2c'): -> ValueError: Precision not allowed in integer format specifier
# expect: format('A', 'c'): -> ValueError: Unknown format code 'c' for object of type 'str'

# The tokenizer's errors for malformed number literals, with CPython's
# message and column (test_grammar.TokenTests.test_bad_numerical_literals).
for src in ["0b12", "0b1_2", "0b2", "0b1_", "0b", "0o18", "0o1_8", "0o8", "0o1_", "0o", "0x1_", "0x", "1_", "012",
            "1.2_", "1e2_", "0b1__0", "0x1g", "0o7a", "0b10a", "1__0", "0_7", "09", "0xg", "1a", "12abc", "1.5x",
            "1jx", "0_1a", "1e5y", "0b_2", "0o_9", "0b1_9"]:
    try:
        compile(src, "<s>", "eval")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "|", e.msg, "|", e.offset)
for src in ["0b1_0", "0o1_7", "0_0", "00", "0x_f", "1_0.5_0e1_0j"]:
    print(src, eval(src))
# expect: 0b12 | invalid digit '2' in binary literal | 4
# expect: 0b1_2 | invalid digit '2' in binary literal | 5
# expect: 0b2 | invalid digit '2' in binary literal | 3
# expect: 0b1_ | invalid binary literal | 4
# expect: 0b | invalid binary literal | 2
# expect: 0o18 | invalid digit '8' in octal literal | 4
# expect: 0o1_8 | invalid digit '8' in octal literal | 5
# expect: 0o8 | invalid digit '8' in octal literal | 3
# expect: 0o1_ | invalid octal literal | 4
# expect: 0o | invalid octal literal | 2
# expect: 0x1_ | invalid hexadecimal literal | 4
# expect: 0x | invalid hexadecimal literal | 2
# expect: 1_ | invalid decimal literal | 2
# expect: 012 | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers | 1
# expect: 1.2_ | invalid decimal literal | 4
# expect: 1e2_ | invalid decimal literal | 4
# expect: 0b1__0 | invalid binary literal | 4
# expect: 0x1g | invalid hexadecimal literal | 3
# expect: 0o7a | invalid octal literal | 3
# expect: 0b10a | invalid binary literal | 4
# expect: 1__0 | invalid decimal literal | 2
# expect: 0_7 | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers | 1
# expect: 09 | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers | 1
# expect: 0xg | invalid hexadecimal literal | 2
# expect: 1a | invalid decimal literal | 1
# expect: 12abc | invalid decimal literal | 2
# expect: 1.5x | invalid decimal literal | 3
# expect: 1jx | invalid imaginary literal | 2
# expect: 0_1a | leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers | 1
# expect: 1e5y | invalid decimal literal | 3
# expect: 0b_2 | invalid digit '2' in binary literal | 4
# expect: 0o_9 | invalid digit '9' in octal literal | 4
# expect: 0b1_9 | invalid digit '9' in binary literal | 5
# expect: 0b1_0 2
# expect: 0o1_7 15
# expect: 0_0 0
# expect: 00 0
# expect: 0x_f 15
# expect: 1_0.5_0e1_0j 105000000000j

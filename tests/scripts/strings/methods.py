# str methods with CPython 3.11 semantics.
print("a,b,,c".split(","), "  a  b  ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1))
print("  a b  c ".rsplit(None, 1), "".split(), "".split(","), "abc".split("abc"))
print("l1\nl2\r\nl3\rl4".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print(repr("  hi  ".strip()), repr("xxhixx".strip("x")), repr("  hi".lstrip()), repr("hi  ".rstrip()), repr("\u3000a\u3000".strip()))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "ab".replace("", "_", 1))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".count("l"), "aaaa".count("aa"), "abc".count(""))
print("héllo".find("l"), "héllo".index("o"), "abc".find("", 3), "abc".find("", 4), "武沛齐武".rfind("武"))
print("hello".startswith("he"), "hello".endswith(("x", "lo")), "hello".startswith("l", 2), "abc".startswith("", 3))
print("hello world".upper(), "HeLLo".lower(), "straße".upper(), "HELLO".casefold(), "ß".casefold(), "ΣΑΣ".lower())
print("hello wORLD it's".title(), "hello World".capitalize(), "HeLLo".swapcase(), "ǆemal".title())
print("ab".center(7, "-"), "ab".ljust(5, "."), "ab".rjust(5), "abc".center(2), "a".center(4, "*"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(3), "abc".zfill(2))
print("a\tbc\td".expandtabs(), "a\tb".expandtabs(4), "x\ty\nab\tc".expandtabs(3))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("123".isdigit(), "12a".isalnum(), "abc".isalpha(), "武".isalpha(), " \t".isspace(), "".isspace())
print("ABC".isupper(), "abc".islower(), "Hello World".istitle(), "hello World".istitle(), "Ab1".isupper())
print("²".isdigit(), "²".isdecimal(), "½".isnumeric(), "٣".isdecimal(), "abc".isascii(), "é".isascii())
print("_x1".isidentifier(), "1x".isidentifier(), "变量".isidentifier(), "a\n".isprintable(), "".isprintable())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "|".join("abc"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("héllo".encode(), "abc".encode("ascii"), "é".encode("latin-1"), "é€".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
for expr in ['"a,b".split("")', '"abc".index("z")', '"-".join(["a", 1])', '"-".join(5)', '"a".center(5, "ab")',
             '"x".startswith(1)', '"a".find(1)', '"a".upper(1)', '"a".encode("nope")', '"a".replace("a")', '"éé".encode("ascii")']:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: ['a', 'b', '', 'c'] ['a', 'b'] ['a', 'b c'] ['a,b', 'c']
# expect: ['  a b', 'c'] [] [''] ['', '']
# expect: ['l1', 'l2', 'l3', 'l4'] ['x\n', 'y\n'] []
# expect: 'hi' 'hi' 'hi' 'hi' 'a'
# expect: bba -a-b-c- abc _ab
# expect: 2 3 -1 2 2 4
# expect: 2 4 3 -1 3
# expect: True True True True
# expect: HELLO WORLD hello STRASSE hello ss σας
# expect: Hello World It'S Hello world hEllO ǅemal
# expect: ---ab-- ab...    ab abc *a**
# expect: 00042 -0042 +07 abc
# expect: a       bc      d a   b x  y
# expect: ab c
# expect: ('a', '=', 'b=c') ('a=b', '=', 'c') ('abc', '', '') ('', '', 'abc')
# expect: True True True True True False
# expect: True True True False False
# expect: True False True True True False
# expect: True False True False True
# expect: a-b-c  x a|b|c
# expect: name name abc
# expect: [(97, 120), (98, 121), (99, 122), (100, None)] xyz Jeo
# expect: b'h\xc3\xa9llo' b'abc' b'\xe9' b'??' b''
# expect: ValueError: empty separator
# expect: ValueError: substring not found
# expect: TypeError: sequence item 1: expected str instance, int found
# expect: TypeError: can only join an iterable
# expect: TypeError: The fill character must be exactly one character long
# expect: TypeError: startswith first arg must be str or a tuple of str, not int
# expect: TypeError: must be str, not int
# expect: TypeError: str.upper() takes no arguments (1 given)
# expect: LookupError: unknown encoding: nope
# expect: TypeError: replace expected at least 2 arguments, got 1
# expect: UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)

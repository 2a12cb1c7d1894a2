# str basics: indexing, slicing, CJK text, repr, concatenation and errors.
s = "武沛齐 alex"
print(len(s), s[0], s[-1], s[::-1])
print("主进程结束".center(20, "*"))
print("abcdef"[1:4], "abcdef"[::2], "abcdef"[::-2], "abcdef"[-3:], "abcdef"[10:])
print("héllo wörld"[1:8:2], "héllo"[::-1])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there\n"))
print(repr("\x00\x7f\x1b"), repr("é武\u200b\ud800"), repr("\U0001f600"), repr("\\"))
print("a" + "b", "ab" * 3, 3 * "xy", "x" * 0 == "", "x" * -1)
print("b" > "a", "abc" < "abd", "é" > "z", "a" == "a", "a" != "b", "" < "a")
print("ell" in "hello", "" in "abc", "z" in "abc")
for ch in "aé武":
    print(ch, end="|")
print()
print(list(iter("hi")), type(iter("abc")).__name__, type(iter("é")).__name__)
print(str(), str(42), str(b"abc", "ascii"), str(b"\xe6\xad\xa6", encoding="utf-8"))
print(hash("abc") == hash("ab" + "c"))
k = "x"
for expr in ['"abc"[5]', '"a" + 1', '1 in "a"', '"a" * 1.5', '"abc"[k]', 'str(b"\\xff", "utf-8")',
             '"é".encode("ascii")', 'str("a", "utf-8")']:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__ + ":", e)
# expect: 8 武 x xela 齐沛武
# expect: *******主进程结束********
# expect: bcd ace fdb def 
# expect: él ö olléh
# expect: "it's" 'say "hi"' 'both \' and "' 'tab\there\n'
# expect: '\x00\x7f\x1b' 'é武\u200b\ud800' '😀' '\\'
# expect: ab ababab xyxyxy True 
# expect: True True True True True True
# expect: True True False
# expect: a|é|武|
# expect: ['h', 'i'] str_ascii_iterator str_iterator
# expect:  42 abc 武
# expect: True
# expect: IndexError: string index out of range
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: 'in <string>' requires string as left operand, not int
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: TypeError: string indices must be integers, not 'str'
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
# expect: TypeError: decoding str is not supported

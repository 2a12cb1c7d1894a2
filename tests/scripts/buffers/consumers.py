# Places outside the bytes family that accept any bytes-like object:
# str(x, encoding), int(), float(), ord(), int.from_bytes, files opened in
# binary mode, os.write, and bytes-like arguments of str/bytes methods.
import os

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(str(bytearray(b"x"), "ascii"), str(memoryview(b"xy"), encoding="utf-8"), str(b"\xc3\xa9", "utf-8"))
attempt("str int:", lambda: str(1, "utf-8"))
attempt("str decoding str:", lambda: str("a", "utf-8"))
print(int(bytearray(b"12")), int(memoryview(b" 34 ")), int(bytearray(b"ff"), 16), int(b"0x10", 0), float(bytearray(b"1.5")),
      float(memoryview(b"2.5")), float(b" 3e2 "))
attempt("int bytearray bad:", lambda: int(bytearray(b"x")))
attempt("int memoryview base:", lambda: int(memoryview(b"ff"), 16))
attempt("int bytes bad:", lambda: int(b"1.5"))
attempt("float bytearray bad:", lambda: float(bytearray(b"x")))
print(int.from_bytes(bytearray(b"\x01\x02"), "big"), int.from_bytes(memoryview(b"\x01\x02"), "little"), int.from_bytes([1, 2], "big"),
      (258).to_bytes(2, "big"), ord(bytearray(b"a")), ord(b"b"))
attempt("ord memoryview:", lambda: ord(memoryview(b"a")))
attempt("ord long:", lambda: ord(bytearray(b"ab")))
path = "consumers_tmp.bin"
with open(path, "wb") as f:
    print(f.write(bytearray(b"ab")), f.write(memoryview(b"cd")), f.write(b"ef"))
    attempt("write strided:", lambda: f.write(memoryview(b"0123456789")[::3]))
with open(path, "rb") as f:
    print(f.read())
attempt("write str:", lambda: open(path, "wb").write("s"))
os.remove(path)
import sys
sys.stdout.flush()
print(os.write(sys.stdout.fileno(), bytearray(b"fd write\n")), os.write(sys.stdout.fileno(), memoryview(b"!\n")))
attempt("os.write str:", lambda: os.write(1, "s"))
print(b"ab" in [bytearray(b"ab")], {b"k": 1}.get(bytes(bytearray(b"k"))), sum(bytearray(b"ab")), max(memoryview(b"abc")),
      list(zip(b"ab", bytearray(b"cd"))), sorted(bytearray(b"cab")), b"".join(bytearray(b"x") for _ in range(3)))
print("%s %r" % (bytearray(b"x"), memoryview(b"")[:0].tolist()), "{}".format(bytearray(b"q")), f"{b'z'!r}")
print(b"a,b".split(bytearray(b",")), b"abc".startswith((memoryview(b"x"), bytearray(b"a"))), b"x" in memoryview(b"x").tobytes())
attempt("join non-contiguous:", lambda: b"".join([memoryview(b"abcd")[::2]]))
attempt("find non-contiguous:", lambda: b"abc".find(memoryview(b"abcd")[::2]))
# expect: x xy é
# expect: str int: -> TypeError: decoding to str: need a bytes-like object, int found
# expect: str decoding str: -> TypeError: decoding str is not supported
# expect: 12 34 255 16 1.5 2.5 300.0
# expect: int bytearray bad: -> ValueError: invalid literal for int() with base 10: b'x'
# expect: int memoryview base: -> TypeError: int() can't convert non-string with explicit base
# expect: int bytes bad: -> ValueError: invalid literal for int() with base 10: b'1.5'
# expect: float bytearray bad: -> ValueError: could not convert string to float: bytearray(b'x')
# expect: 258 513 258 b'\x01\x02' 97 98
# expect: ord memoryview: -> TypeError: ord() expected string of length 1, but memoryview found
# expect: ord long: -> TypeError: ord() expected a character, but string of length 2 found
# expect: 2 2 2
# expect: write strided: -> BufferError: memoryview: underlying buffer is not C-contiguous
# expect: b'abcdef'
# expect: write str: -> TypeError: a bytes-like object is required, not 'str'
# expect: fd write
# expect: !
# expect: 9 2
# expect: os.write str: -> TypeError: a bytes-like object is required, not 'str'
# expect: True 1 195 99 [(97, 99), (98, 100)] [97, 98, 99] b'xxx'
# expect: bytearray(b'x') [] bytearray(b'q') b'z'
# expect: [b'a', b'b'] True True
# expect: join non-contiguous: -> TypeError: sequence item 0: expected a bytes-like object, memoryview found
# expect: find non-contiguous: -> BufferError: memoryview: underlying buffer is not C-contiguous

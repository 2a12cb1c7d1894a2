# Files: text and binary round trips (UTF-8 with CJK), modes, errors.
import os
name = "pyglass_stdlib_tmp.txt"
with open(name, "w", encoding="utf-8") as f:
    print(repr(f))
    print(f.write("héllo 世界\n"), f.write("line two\n"))
    f.writelines(["a\n", "b\n", "日本語"])
print(f.closed)
with open(name) as f:
    print(repr(f.readline()))
    print(repr(f.read(3)))
    print(f.tell())
    print(repr(f.read()))
    print(repr(f.read()))
with open(name, encoding="utf-8") as f:
    print([line for line in f])
with open(name) as f:
    print(f.readlines())
with open(name, "a") as f:
    f.write("\nappended")
with open(name) as f:
    print(f.read().splitlines())
with open(name, "rb") as f:
    print(repr(f))
    data = f.read()
    print(type(data).__name__, len(data), data[:8])
bname = "pyglass_stdlib_tmp.bin"
with open(bname, "wb") as f:
    print(f.write(bytes([0, 1, 2, 255])), f.write(b"\r\nxyz"))
with open(bname, "rb") as f:
    print(f.read(2), f.read(), f.read())
    print(f.seek(0), f.readline(), f.tell())
with open(bname, "rb") as f:
    print(f.mode, f.name)
# newline translation on read
with open(bname, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(bname) as f:
    print(repr(f.read()))
with open(bname, newline="") as f:
    print(repr(f.readlines()))
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
f = open(name, "w")
try:
    f.read()
except OSError as e:
    print(type(e).__name__ + ":", e)
try:
    f.write(b"x")
except TypeError as e:
    print("TypeError:", e)
f.close()
with open(bname, "wb") as f:
    try:
        f.write("str")
    except TypeError as e:
        print("TypeError:", e)
try:
    open("does_not_exist.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
for m in ("rw", "rq", "rbt"):
    try:
        open(name, m)
    except ValueError as e:
        print("ValueError:", e)
os.remove(name)
os.remove(bname)
print(os.path.exists(name), os.path.exists(bname))
# expect: <_io.TextIOWrapper name='pyglass_stdlib_tmp.txt' mode='w' encoding='utf-8'>
# expect: 9 9
# expect: True
# expect: 'héllo 世界\n'
# expect: 'lin'
# expect: 17
# expect: 'e two\na\nb\n日本語'
# expect: ''
# expect: ['héllo 世界\n', 'line two\n', 'a\n', 'b\n', '日本語']
# expect: ['héllo 世界\n', 'line two\n', 'a\n', 'b\n', '日本語']
# expect: ['héllo 世界', 'line two', 'a', 'b', '日本語', 'appended']
# expect: <_io.BufferedReader name='pyglass_stdlib_tmp.txt'>
# expect: bytes 45 b'h\xc3\xa9llo \xe4'
# expect: 4 5
# expect: b'\x00\x01' b'\x02\xff\r\nxyz' b''
# expect: 0 b'\x00\x01\x02\xff\r\n' 6
# expect: rb pyglass_stdlib_tmp.bin
# expect: 'a\nb\nc\n'
# expect: ['a\r\n', 'b\r', 'c\n']
# expect: ValueError: I/O operation on closed file.
# expect: UnsupportedOperation: not readable
# expect: TypeError: write() argument must be str, not bytes
# expect: TypeError: a bytes-like object is required, not 'str'
# expect: [Errno 2] No such file or directory: 'does_not_exist.txt' 2 does_not_exist.txt
# expect: ValueError: must have exactly one of create/read/write/append mode
# expect: ValueError: invalid mode: 'rq'
# expect: ValueError: can't have text and binary mode at once
# expect: False False

# open(): every argument, CPython's mode validation and messages, the layer chosen for each mode.
import _io, posix as os

name = "pyglass_io_open_%d.txt" % os.getpid()
print(open is _io.open, open.__name__, open.__module__)
for mode, buffering in (("w", -1), ("wb", -1), ("wb", 0), ("r+b", -1), ("a", 1), ("x+", -1)):
    if mode.startswith("x"):
        os.unlink(name)
    f = open(name, mode, buffering, encoding=None if "b" in mode else "utf-8")
    chain = [type(f).__name__]
    while hasattr(f, "buffer") or hasattr(f, "raw"):
        f = f.buffer if hasattr(f, "buffer") else f.raw
        chain.append(type(f).__name__)
    print(mode, buffering, chain, f.mode)
    f.close()
with open(name, "w", encoding="utf-8") as f:
    print(f.mode, f.buffer.mode, f.buffer.raw.mode, f.name == name, f.encoding, f.errors, f.line_buffering)
with open(name, "a+", encoding="utf-8", errors="replace", newline="") as f:
    print(f.mode, f.buffer.mode, f.buffer.raw.mode, f.errors)
with open(name, "rt", encoding="latin-1") as f:
    print(f.mode, f.encoding)
with open(name, "U", encoding="utf-8") if False else open(name, encoding="utf-8") as f:
    print(f.mode)

bad_calls = [
    ((name, "rw"), {}), ((name, "rr"), {}), ((name, "q"), {}), ((name, "rbt"), {}), ((name, "U"), {}),
    ((name, "wx"), {}), ((name, ""), {}), ((name, "rb"), {"encoding": "utf-8"}), ((name, "rb"), {"errors": "strict"}),
    ((name, "rb"), {"newline": "\n"}), ((name, "r"), {"buffering": 0}), ((name, "r"), {"newline": "x"}),
    ((name, 1), {}), ((name,), {"buffering": "1"}), ((name,), {"closefd": False}), ((1.5,), {}),
    ((name,), {"encoding": 1}), ((name,), {"bogus": 1}), ((), {}), ((name, "r", -1, None, None, None, True, None, 9), {}),
    ((name, "r+\0"), {}),
]
for args, kwargs in bad_calls:
    try:
        open(*args, **kwargs).close()
        print("no error", args, kwargs)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    open("/nonexistent/pyglass/x")
except FileNotFoundError as ex:
    print(type(ex).__name__, ex.errno, ex.filename)
try:
    open(".")
except IsADirectoryError as ex:
    print(type(ex).__name__, ex)

# file descriptors and the opener
fd = os.open(name, os.O_RDONLY)
f = open(fd, encoding="utf-8", closefd=False)
print(f.name == fd, f.buffer.raw.closefd)
f.close()
os.close(fd)
calls = []
def opener(path, flags):
    calls.append(path == name)
    return os.open(path, flags)
with open(name, "w", opener=opener, encoding="utf-8") as f:
    f.write("via opener")
with open(name, "rb", opener=opener) as f:
    print(f.read(), calls)

# buffering=1 in binary mode warns and uses the default buffer
# expect stderr: RuntimeWarning: line buffering \(buffering=1\) isn.t supported in binary mode, the default buffer size will be used
with open(name, "rb", buffering=1) as f:
    print(type(f).__name__)
class P:
    def __fspath__(self):
        return name
with open(P(), encoding="utf-8") as f:
    print(f.read(), f.name == name)
with open(name.encode(), "rb") as f:
    print(f.name == name.encode())
print(_io.text_encoding(None), _io.text_encoding("latin-1"))
with _io.open_code(name) as f:
    print(type(f).__name__, f.read())
try:
    _io.open_code(b"x")
except TypeError as ex:
    print(ex)
os.unlink(name)
# expect: True open io
# expect: w -1 ['TextIOWrapper', 'BufferedWriter', 'FileIO'] wb
# expect: wb -1 ['BufferedWriter', 'FileIO'] wb
# expect: wb 0 ['FileIO'] wb
# expect: r+b -1 ['BufferedRandom', 'FileIO'] rb+
# expect: a 1 ['TextIOWrapper', 'BufferedWriter', 'FileIO'] ab
# expect: x+ -1 ['TextIOWrapper', 'BufferedRandom', 'FileIO'] xb+
# expect: w wb wb True utf-8 strict False
# expect: a+ ab+ ab+ replace
# expect: rt latin-1
# expect: r
# expect: ValueError must have exactly one of create/read/write/append mode
# expect: ValueError invalid mode: 'rr'
# expect: ValueError invalid mode: 'q'
# expect: ValueError can't have text and binary mode at once
# expect: ValueError invalid mode: 'U'
# expect: ValueError must have exactly one of create/read/write/append mode
# expect: ValueError Must have exactly one of create/read/write/append mode and at most one plus
# expect: ValueError binary mode doesn't take an encoding argument
# expect: ValueError binary mode doesn't take an errors argument
# expect: ValueError binary mode doesn't take a newline argument
# expect: ValueError can't have unbuffered text I/O
# expect: ValueError illegal newline value: x
# expect: TypeError open() argument 'mode' must be str, not int
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError Cannot use closefd=False with file name
# expect: TypeError expected str, bytes or os.PathLike object, not float
# expect: TypeError open() argument 'encoding' must be str or None, not int
# expect: TypeError 'bogus' is an invalid keyword argument for open()
# expect: TypeError open() missing required argument 'file' (pos 1)
# expect: TypeError open() takes at most 8 arguments (9 given)
# expect: ValueError embedded null character
# expect: FileNotFoundError 2 /nonexistent/pyglass/x
# expect: IsADirectoryError [Errno 21] Is a directory: '.'
# expect: True False
# expect: b'via opener' [True, True]
# expect: BufferedReader
# expect: via opener True
# expect: True
# expect: locale latin-1
# expect: BufferedReader b'via opener'
# expect: open_code() argument 'path' must be str, not bytes

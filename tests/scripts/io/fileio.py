# _io.FileIO: modes, closefd, opener, readinto/write with any buffer, seek/tell/truncate, repr, errors.
import _io, posix as os
from _io import FileIO

name = "pyglass_io_fileio_%d.bin" % os.getpid()
f = FileIO(name, "w")
print(f.mode, f.readable(), f.writable(), f.seekable(), f.closefd, f.name == name, f.isatty())
print(f.write(b"hello "), f.write(bytearray(b"world")), f.write(memoryview(b"!!\n")[:1]), f.tell())
try:
    f.read()
except _io.UnsupportedOperation as ex:
    print("UnsupportedOperation", ex)
f.close()
f.close()
print(f.closed, repr(f))
try:
    f.write(b"x")
except ValueError as ex:
    print(ex)

with FileIO(name) as f:
    print(f.mode, f.read(5), f.read(), f.read(), f.tell())
    print(f.seek(0), f.readall(), f.seek(-3, 2), f.read())
    buf = bytearray(4)
    f.seek(0)
    print(f.readinto(buf), buf, f.readinto(memoryview(buf)[1:3]), buf)
    try:
        f.write(b"x")
    except _io.UnsupportedOperation as ex:
        print("UnsupportedOperation", ex)
with FileIO(name, "r+") as f:
    print(f.mode, f.truncate(5), f.tell(), f.seek(0, 2), f.write(b"+"))
with FileIO(name, "a") as f:
    print(f.mode, f.tell(), f.write(b"tail"))
with FileIO(name, "rb+") as f:
    print(f.mode, f.readall())
try:
    FileIO(name, "x")
except FileExistsError as ex:
    print(type(ex).__name__, ex.errno == 17, ex.filename == name)
os.unlink(name)
with FileIO(name, "xb") as f:
    print(f.mode, f.write(b"new"))
try:
    FileIO("/nonexistent/dir/file")
except FileNotFoundError as ex:
    print(type(ex).__name__, ex)

# mode validation
for mode in ("", "rw", "rr", "z", "wa", "r+b+", "rt", 5):
    try:
        FileIO(name, mode)
    except (ValueError, TypeError) as ex:
        print(repr(mode), type(ex).__name__, ex)
for bad in (-1, 1.5, None):
    try:
        FileIO(bad)
    except (ValueError, TypeError, OSError) as ex:
        print(repr(bad), type(ex).__name__, ex)
try:
    FileIO(name + "\0")
except ValueError as ex:
    print(ex)

# file descriptors, closefd and opener
fd = os.open(name, os.O_RDONLY)
f = FileIO(fd, closefd=False)
print(f.name == fd, f.fileno() == fd, f.read())
f.close()
print(os.read(fd, 2))
os.close(fd)
try:
    FileIO(name, closefd=False)
except ValueError as ex:
    print(ex)
seen = []
def opener(path, flags):
    seen.append((path == name, flags & os.O_ACCMODE == os.O_RDONLY))
    return os.open(path, flags)
with FileIO(name, opener=opener) as f:
    print(f.read(), seen)
try:
    FileIO(name, opener=lambda p, fl: -3)
except ValueError as ex:
    print(ex)
try:
    FileIO(name, opener=lambda p, fl: "x")
except TypeError as ex:
    print(ex)

# pipes are not seekable
r, w = os.pipe()
with FileIO(r, "r") as fr, FileIO(w, "w") as fw:
    print(fr.seekable(), fw.seekable(), fw.write(b"through the pipe"))
    fw.close()
    print(fr.read(7), fr.readall(), fr.read())
    try:
        fr.tell()
    except OSError as ex:
        print(type(ex).__name__, ex.errno)

class MyFile(FileIO):
    pass
with MyFile(name) as f:
    f.note = "dict"
    print(type(f).__name__, f.read(), f.note, repr(f).startswith("<_io.FileIO name="))
os.unlink(name)
# expect: wb False True True True True False
# expect: 6 5 1 12
# expect: UnsupportedOperation File not open for reading
# expect: True <_io.FileIO [closed]>
# expect: I/O operation on closed file
# expect: rb b'hello' b' world!' b'' 12
# expect: 0 b'hello world!' 9 b'ld!'
# expect: 4 bytearray(b'ho l') 2 bytearray(b'ho l')
# expect: UnsupportedOperation File not open for writing
# expect: rb+ 5 0 5 1
# expect: ab 6 4
# expect: rb+ b'hello+tail'
# expect: FileExistsError True True
# expect: xb 3
# expect: FileNotFoundError [Errno 2] No such file or directory: '/nonexistent/dir/file'
# expect: '' ValueError Must have exactly one of create/read/write/append mode and at most one plus
# expect: 'rw' ValueError Must have exactly one of create/read/write/append mode and at most one plus
# expect: 'rr' ValueError Must have exactly one of create/read/write/append mode and at most one plus
# expect: 'z' ValueError invalid mode: z
# expect: 'wa' ValueError Must have exactly one of create/read/write/append mode and at most one plus
# expect: 'r+b+' ValueError Must have exactly one of create/read/write/append mode and at most one plus
# expect: 'rt' ValueError invalid mode: rt
# expect: 5 TypeError FileIO() argument 'mode' must be str, not int
# expect: -1 ValueError negative file descriptor
# expect: 1.5 TypeError expected str, bytes or os.PathLike object, not float
# expect: None TypeError expected str, bytes or os.PathLike object, not NoneType
# expect: embedded null byte
# expect: True True b'new'
# expect: b''
# expect: Cannot use closefd=False with file name
# expect: b'new' [(True, True)]
# expect: opener returned -3
# expect: expected integer from opener
# expect: False False 16
# expect: b'through' b' the pipe' b''
# expect: OSError 29
# expect: MyFile b'new' dict True

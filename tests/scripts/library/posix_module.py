# posix, the native module under CPython's os.py: paths (str, bytes, PathLike),
# errors with file names, descriptors, directories, scandir, the environment,
# processes and wait statuses.
import posix

base = "/tmp/pyglass-posix-%d" % posix.getpid()
posix.mkdir(base)
st = posix.stat(base)
print("stat:", st[7] == int(st.st_atime), type(st.st_atime).__name__, st.n_fields, posix.stat_result.n_unnamed_fields,
      posix.stat_result.__match_args__[:3], (st.st_mode & 0o170000) == 0o040000)
fd = posix.open(base + "/f.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print("write:", posix.write(fd, b"hello"), posix.write(fd, b" world"),
      posix.get_inheritable(fd), posix.get_blocking(fd))
posix.close(fd)
fd = posix.open(base + "/f.txt", posix.O_RDONLY)
print("read:", posix.read(fd, 5), posix.lseek(fd, 0, 2), posix.pread(fd, 3, 6), posix.fstat(fd).st_size)
posix.close(fd)
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print("pathlike:", posix.stat(P(base + "/f.txt")).st_size, posix.fspath(P(b"x")), posix.listdir(P(base)))
print("bytes:", posix.listdir(base.encode()), posix.getcwdb() == posix.getcwd().encode())
posix.symlink(base + "/f.txt", base + "/link")
print("readlink:", posix.readlink(base + "/link") == base + "/f.txt", posix.lstat(base + "/link").st_size > 0)
posix.mkdir(base + "/sub")
for e in sorted(posix.scandir(base), key=lambda e: e.name):
    print("entry:", e, e.name, e.path == base + "/" + e.name, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_file(follow_symlinks=False), e.stat().st_size if e.is_file() else "-")
with posix.scandir(base) as it:
    print("scandir context:", len(list(it)))
for call, args in [(posix.stat, ("nonexist",)), (posix.rename, ("nonexist", "x")), (posix.stat, ([1],)),
                   (posix.remove, ("victim\0.bak",)), (posix.open, (b"a\0b", 0)), (posix.mkdir, (None,)),
                   (posix.listdir, (3.5,))]:
    try:
        call(*args)
    except (OSError, TypeError, ValueError) as e:
        print("error:", call.__name__, type(e).__name__, e)
try:
    posix.rmdir(base)
except OSError as e:
    print("error: rmdir", type(e).__name__, e.errno, e.strerror, e.filename == base)
posix.rename(base + "/f.txt", base + "/g.txt")
posix.replace(base + "/g.txt", base + "/h.txt")
posix.unlink(base + "/link")
posix.remove(base + "/h.txt")
posix.rmdir(base + "/sub")
posix.rmdir(base)
print("cleaned:", posix.access(base, posix.F_OK))
r, w = posix.pipe()
posix.write(w, b"through the pipe")
print("pipe:", posix.read(r, 100), posix.get_inheritable(r))
posix.close(r)
posix.close(w)
print("environ:", type(posix.environ).__name__, all(type(k) is bytes for k in posix.environ))
posix.putenv("PYGLASS_POSIX_TEST", "v1")
print("system:", posix.system("test \"$PYGLASS_POSIX_TEST\" = v1") == 0, posix.system("exit 3") >> 8)
print("status:", posix.waitstatus_to_exitcode(3 << 8), posix.WIFEXITED(0), posix.WEXITSTATUS(5 << 8),
      posix.WIFSIGNALED(9), posix.WTERMSIG(9), posix.waitstatus_to_exitcode(9))
print("info:", posix.uname().sysname, type(posix.times().elapsed).__name__, posix.sysconf("SC_PAGESIZE") > 0,
      posix.cpu_count() >= 1, posix._path_normpath("a//b/../c"), posix._path_normpath("/../x"), repr(posix._path_normpath("")))
print("ids:", posix.getpid() > 0, posix.getppid() > 0, posix.getuid() == posix.geteuid(), posix.strerror(2))
# expect: stat: True float 19 3 ('st_mode', 'st_ino', 'st_dev') True
# expect: write: 5 6 False True
# expect: read: b'hello' 11 b'wor' 11
# expect: pathlike: 11 b'x' ['f.txt']
# expect: bytes: [b'f.txt'] True
# expect: readlink: True True
# expect: entry: <DirEntry 'f.txt'> f.txt True False True False True 11
# expect: entry: <DirEntry 'link'> link True False True True False 11
# expect: entry: <DirEntry 'sub'> sub True True False False False -
# expect: scandir context: 3
# expect: error: stat FileNotFoundError [Errno 2] No such file or directory: 'nonexist'
# expect: error: rename FileNotFoundError [Errno 2] No such file or directory: 'nonexist' -> 'x'
# expect: error: stat TypeError stat: path should be string, bytes, os.PathLike or integer, not list
# expect: error: remove ValueError embedded null byte
# expect: error: open ValueError open: embedded null character in path
# expect: error: mkdir TypeError mkdir: path should be string, bytes or os.PathLike, not NoneType
# expect: error: listdir TypeError listdir: path should be string, bytes, os.PathLike, integer or None, not float
# expect: error: rmdir OSError 39 Directory not empty True
# expect: cleaned: False
# expect: pipe: b'through the pipe' False
# expect: environ: dict True
# expect: system: True 3
# expect: status: 3 True 5 True 9 -9
# expect: info: Linux float True True a/c /x ''
# expect: ids: True True True No such file or directory

# mmap: anonymous and file-backed maps, access modes, the file-like methods,
# indexing and slicing, find/rfind, resize, the buffer protocol and its
# exports, errors word for word, the constants, and a MAP_SHARED anonymous
# map shared with a forked child (as multiprocessing.heap uses it).
import mmap, os, sys, tempfile

def err(f):
    try:
        f()
    except Exception as e:
        print(" ", type(e).__name__, e)

m = mmap.mmap(-1, 16)
print(repr(m), len(m), m.tell(), m.closed)
err(lambda: m.size())  # 3.11: fstat of the anonymous map's fd -1
print(m.write(b"hello\nworld\n"), m.tell())
m.seek(0)
print(m.readline(), m.readline(), m.readline(), m.tell())
m.seek(0)
print(m.read(3), m.read_byte(), m.read(), m.read())
print(m[0], m[-1], m[1:4], m[::4], m[10:2:-3], list(m)[:3], b"w" in m)
m[0] = 72
m[1:3] = b"EL"
m[::8] = b"**"
print(m[:12])
print(m.find(b"o"), m.find(b"o", 5), m.rfind(b"o"), m.find(b"zz"), m.find(b"l", -6, -1), m.rfind(b""), m.find(b"", 3))
m.seek(2)
print(m.find(b"*"), m.rfind(b"*", 0, 8))
m.move(0, 6, 5)
print(m[:12])
m.seek(-4, 2); print(m.tell()); m.seek(1, 1); print(m.tell())
m.seek(0)
m.write_byte(65)
print(m[:2], m.tell())
m.flush(); m.flush(0, 4)
m.madvise(mmap.MADV_NORMAL); m.madvise(mmap.MADV_WILLNEED, 0, 4096)
print("errors:")
err(lambda: m[16])
err(lambda: m["a"])
err(lambda: m.__setitem__(0, 256))
err(lambda: m.__setitem__(0, b"a"))
err(lambda: m.__setitem__(slice(0, 2), b"abc"))
err(lambda: m.__delitem__(0))
err(lambda: m.__delitem__(slice(0, 2)))
err(lambda: m.seek(17))
err(lambda: m.seek(0, 3))
err(lambda: m.move(10, 0, 7))
err(lambda: m.flush(8, 9))
err(lambda: m.madvise(mmap.MADV_NORMAL, 16))
err(lambda: m.madvise(mmap.MADV_NORMAL, 0, -1))
err(lambda: m.write_byte(300))
m.seek(16)
err(lambda: m.read_byte())
err(lambda: m.write_byte(1))
err(lambda: m.write(b"x"))
err(lambda: mmap.mmap(-1, -1))
err(lambda: mmap.mmap(-1, 10, access=9))
err(lambda: mmap.mmap(-1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ))
# the buffer protocol: exports pin the map
v = memoryview(m)
print(v[0], bytes(v[:3]), v.readonly)
err(lambda: m.resize(32))
err(lambda: m.close())
v[1] = 66
v.release()
print(m[:3])
m.resize(32)
print(len(m), m[:3], m[20:24])
with m as mm:
    print(mm is m, mm.closed)
print(m.closed, repr(m))
err(lambda: len(m))
err(lambda: m[0])
err(lambda: m.read())
m.close()

# file-backed maps
fd, path = tempfile.mkstemp()
os.write(fd, b"0123456789" * 500)
f = mmap.mmap(fd, 0)
print(len(f), f[:5], f.size())
f[0:3] = b"abc"
f.flush()
f.resize(9000)
print(len(f), f.size(), os.fstat(fd).st_size)
f.close()
os.lseek(fd, 0, 0)
print(os.read(fd, 5))
r = mmap.mmap(fd, 4096, access=mmap.ACCESS_READ)
print(repr(r))
err(lambda: r.__setitem__(0, 1))
err(lambda: r.write(b"x"))
err(lambda: r.resize(10))
err(lambda: memoryview(r).__setitem__(0, 1))
r.close()
c = mmap.mmap(fd, 4096, access=mmap.ACCESS_COPY, offset=mmap.ALLOCATIONGRANULARITY)
c[0:3] = b"XYZ"
err(lambda: c.resize(10))
print(c[:5])
c.close()
os.lseek(fd, 4096, 0)
print(os.read(fd, 5))
err(lambda: mmap.mmap(fd, 10 ** 6))
err(lambda: mmap.mmap(fd, 0, offset=10 ** 6))
e = tempfile.TemporaryFile()
err(lambda: mmap.mmap(e.fileno(), 0))
e.close()
os.close(fd)
os.unlink(path)

# shared with a forked child
s = mmap.mmap(-1, 4096)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    s[0:5] = b"child"
    os._exit(0)
os.waitpid(pid, 0)
print(s[:5])
p = mmap.mmap(-1, 4096, flags=mmap.MAP_PRIVATE)
pid = os.fork()
if pid == 0:
    p[0:5] = b"child"
    os._exit(0)
os.waitpid(pid, 0)
print(p[:5])
print(mmap.error is OSError, mmap.PAGESIZE, mmap.ACCESS_COPY, mmap.MAP_SHARED, mmap.MADV_DONTNEED)
print([n for n in dir(mmap) if not n.startswith("_")])

# expect: <mmap.mmap closed=False, access=ACCESS_DEFAULT, length=16, pos=0, offset=0> 16 0 False
# expect:   OSError [Errno 9] Bad file descriptor
# expect: 12 12
# expect: b'hello\n' b'world\n' b'\x00\x00\x00\x00' 16
# expect: b'hel' 108 b'o\nworld\n\x00\x00\x00\x00' b''
# expect: 104 0 b'ell' b'hor\x00' b'doo' [b'h', b'e', b'l'] True
# expect: b'*ELlo\nwo*ld\n'
# expect: -1 7 -1 -1 -1 16 3
# expect: 8 0
# expect: b'wo*ld\nwo*ld\n'
# expect: 12
# expect: 13
# expect: b'Ao' 1
# expect: errors:
# expect:   IndexError mmap index out of range
# expect:   TypeError mmap indices must be integers
# expect:   ValueError mmap item value must be in range(0, 256)
# expect:   TypeError mmap item value must be an int
# expect:   IndexError mmap slice assignment is wrong size
# expect:   TypeError mmap doesn't support item deletion
# expect:   TypeError mmap object doesn't support slice deletion
# expect:   ValueError seek out of range
# expect:   ValueError unknown seek type
# expect:   ValueError source, destination, or count out of range
# expect:   ValueError flush values out of range
# expect:   ValueError madvise start out of bounds
# expect:   ValueError madvise length invalid
# expect:   OverflowError unsigned byte integer is greater than maximum
# expect:   ValueError read byte out of range
# expect:   ValueError write byte out of range
# expect:   ValueError data out of range
# expect:   OverflowError memory mapped length must be positive
# expect:   ValueError mmap invalid access parameter.
# expect:   ValueError mmap can't specify both access and flags, prot.
# expect: 65 b'Ao*' False
# expect:   BufferError mmap can't resize with extant buffers exported.
# expect:   BufferError cannot close exported pointers exist
# expect: b'AB*'
# expect: 32 b'AB*' b'\x00\x00\x00\x00'
# expect: True False
# expect: True <mmap.mmap closed=True>
# expect:   ValueError mmap closed or invalid
# expect:   ValueError mmap closed or invalid
# expect:   ValueError mmap closed or invalid
# expect: 5000 b'01234' 5000
# expect: 9000 9000 9000
# expect: b'abc34'
# expect: <mmap.mmap closed=False, access=ACCESS_READ, length=4096, pos=0, offset=0>
# expect:   TypeError mmap can't modify a readonly memory map.
# expect:   TypeError mmap can't modify a readonly memory map.
# expect:   TypeError mmap can't resize a readonly or copy-on-write memory map.
# expect:   TypeError cannot modify read-only memory
# expect:   TypeError mmap can't resize a readonly or copy-on-write memory map.
# expect: b'XYZ90'
# expect: b'67890'
# expect:   ValueError mmap length is greater than file size
# expect:   ValueError mmap offset is greater than file size
# expect:   ValueError cannot mmap an empty file
# expect: b'child'
# expect: b'\x00\x00\x00\x00\x00'
# expect: True 4096 3 1 4
# expect: ['ACCESS_COPY', 'ACCESS_DEFAULT', 'ACCESS_READ', 'ACCESS_WRITE', 'ALLOCATIONGRANULARITY', 'MADV_DODUMP', 'MADV_DOFORK', 'MADV_DONTDUMP', 'MADV_DONTFORK', 'MADV_DONTNEED', 'MADV_FREE', 'MADV_HUGEPAGE', 'MADV_HWPOISON', 'MADV_MERGEABLE', 'MADV_NOHUGEPAGE', 'MADV_NORMAL', 'MADV_RANDOM', 'MADV_REMOVE', 'MADV_SEQUENTIAL', 'MADV_UNMERGEABLE', 'MADV_WILLNEED', 'MAP_ANON', 'MAP_ANONYMOUS', 'MAP_DENYWRITE', 'MAP_EXECUTABLE', 'MAP_POPULATE', 'MAP_PRIVATE', 'MAP_SHARED', 'MAP_STACK', 'PAGESIZE', 'PROT_EXEC', 'PROT_READ', 'PROT_WRITE', 'error', 'mmap']

# fcntl: fcntl with int and buffer arguments, ioctl (in-place buffers), flock, lockf, the constants, CPython's errors and audit events.
import fcntl, os, sys, tempfile
def show(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
print(sorted(n for n in dir(fcntl) if not n.startswith('__')))
print([(n, getattr(fcntl, n)) for n in sorted(dir(fcntl)) if n.isupper()])
d = tempfile.mkdtemp(); path = os.path.join(d, 'f')
fd = os.open(path, os.O_RDWR | os.O_CREAT)
print(fcntl.fcntl(fd, fcntl.F_GETFD), fcntl.fcntl(fd, fcntl.F_GETFL) & 3, fcntl.fcntl(fd, fcntl.F_SETFD, 0), fcntl.fcntl(fd, fcntl.F_GETFD))
fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.FD_CLOEXEC); print(fcntl.fcntl(fd, fcntl.F_GETFD), os.get_inheritable(fd))
print(fcntl.fcntl(fd, fcntl.F_GETFD, b'abcd'), fcntl.fcntl(fd, fcntl.F_GETFD, 'xy'))
show(lambda: fcntl.fcntl(fd, fcntl.F_GETFD, bytearray(b'xy'))); show(lambda: fcntl.fcntl(fd, fcntl.F_GETFD, memoryview(b'xy')))
class F:
    def fileno(self): return fd
print(fcntl.fcntl(F(), fcntl.F_GETFD))
with open(path, 'rb') as f:
    print(fcntl.fcntl(f, fcntl.F_GETFL) & 3)
    fcntl.flock(f, fcntl.LOCK_SH); fcntl.flock(f, fcntl.LOCK_UN)
for f in [lambda: fcntl.fcntl(-1, 1), lambda: fcntl.fcntl('x', 1), lambda: fcntl.fcntl(fd, 'x'), lambda: fcntl.fcntl(fd, 1, 1.5),
          lambda: fcntl.fcntl(fd, 1, b'x' * 2000), lambda: fcntl.flock(fd, fcntl.LOCK_EX), lambda: fcntl.flock(fd, fcntl.LOCK_UN),
          lambda: fcntl.flock(-1, 1), lambda: fcntl.lockf(fd, fcntl.LOCK_EX), lambda: fcntl.lockf(fd, fcntl.LOCK_UN, 0, 0, 0),
          lambda: fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 10, 0, os.SEEK_SET), lambda: fcntl.lockf(fd, fcntl.LOCK_UN),
          lambda: fcntl.lockf(fd, 0), lambda: fcntl.ioctl(fd, 0x5401), lambda: fcntl.ioctl(fd, 0x5413, b'\0' * 8),
          lambda: fcntl.fcntl(), lambda: fcntl.fcntl(fd=1, cmd=1), lambda: fcntl.fcntl(fd, fcntl.F_GETLK, 'abc'),
          lambda: fcntl.ioctl(fd, 1, bytearray(4), False), lambda: fcntl.flock(fd), lambda: fcntl.fcntl(99999, fcntl.F_GETFD),
          lambda: fcntl.ioctl(fd, 0x5401, bytearray(2000))]:
    show(f)
r, w = os.pipe()
print(fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) > 0)
fl = fcntl.fcntl(r, fcntl.F_GETFL); fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK); print(os.get_blocking(r))
os.write(w, b'abc')
buf = bytearray(4); print(fcntl.ioctl(r, 0x541B, buf), int.from_bytes(buf, sys.byteorder))   # FIONREAD
print(int.from_bytes(fcntl.ioctl(r, 0x541B, b'\0\0\0\0'), sys.byteorder))
events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)) if ev.startswith('fcntl.') else None)
fcntl.fcntl(r, fcntl.F_GETFL); fcntl.flock(fd, fcntl.LOCK_UN); fcntl.lockf(fd, fcntl.LOCK_UN); fcntl.ioctl(r, 0x541B, buf)
print([(e, a[1:]) for e, a in events])
for x in (r, w, fd): os.close(x)
os.remove(path); os.rmdir(d)
# expect: ['DN_ACCESS', 'DN_ATTRIB', 'DN_CREATE', 'DN_DELETE', 'DN_MODIFY', 'DN_MULTISHOT', 'DN_RENAME', 'FASYNC', 'FD_CLOEXEC', 'F_ADD_SEALS', 'F_DUPFD', 'F_DUPFD_CLOEXEC', 'F_EXLCK', 'F_GETFD', 'F_GETFL', 'F_GETLEASE', 'F_GETLK', 'F_GETLK64', 'F_GETOWN', 'F_GETPIPE_SZ', 'F_GETSIG', 'F_GET_SEALS', 'F_NOTIFY', 'F_OFD_GETLK', 'F_OFD_SETLK', 'F_OFD_SETLKW', 'F_RDLCK', 'F_SEAL_GROW', 'F_SEAL_SEAL', 'F_SEAL_SHRINK', 'F_SEAL_WRITE', 'F_SETFD', 'F_SETFL', 'F_SETLEASE', 'F_SETLK', 'F_SETLK64', 'F_SETLKW', 'F_SETLKW64', 'F_SETOWN', 'F_SETPIPE_SZ', 'F_SETSIG', 'F_SHLCK', 'F_UNLCK', 'F_WRLCK', 'LOCK_EX', 'LOCK_MAND', 'LOCK_NB', 'LOCK_READ', 'LOCK_RW', 'LOCK_SH', 'LOCK_UN', 'LOCK_WRITE', 'fcntl', 'flock', 'ioctl', 'lockf']
# expect: [('DN_ACCESS', 1), ('DN_ATTRIB', 32), ('DN_CREATE', 4), ('DN_DELETE', 8), ('DN_MODIFY', 2), ('DN_MULTISHOT', 2147483648), ('DN_RENAME', 16), ('FASYNC', 8192), ('FD_CLOEXEC', 1), ('F_ADD_SEALS', 1033), ('F_DUPFD', 0), ('F_DUPFD_CLOEXEC', 1030), ('F_EXLCK', 4), ('F_GETFD', 1), ('F_GETFL', 3), ('F_GETLEASE', 1025), ('F_GETLK', 5), ('F_GETLK64', 5), ('F_GETOWN', 9), ('F_GETPIPE_SZ', 1032), ('F_GETSIG', 11), ('F_GET_SEALS', 1034), ('F_NOTIFY', 1026), ('F_OFD_GETLK', 36), ('F_OFD_SETLK', 37), ('F_OFD_SETLKW', 38), ('F_RDLCK', 0), ('F_SEAL_GROW', 4), ('F_SEAL_SEAL', 1), ('F_SEAL_SHRINK', 2), ('F_SEAL_WRITE', 8), ('F_SETFD', 2), ('F_SETFL', 4), ('F_SETLEASE', 1024), ('F_SETLK', 6), ('F_SETLK64', 6), ('F_SETLKW', 7), ('F_SETLKW64', 7), ('F_SETOWN', 8), ('F_SETPIPE_SZ', 1031), ('F_SETSIG', 10), ('F_SHLCK', 8), ('F_UNLCK', 2), ('F_WRLCK', 1), ('LOCK_EX', 2), ('LOCK_MAND', 32), ('LOCK_NB', 4), ('LOCK_READ', 64), ('LOCK_RW', 192), ('LOCK_SH', 1), ('LOCK_UN', 8), ('LOCK_WRITE', 128)]
# expect: 1 2 0 0
# expect: 1 False
# expect: b'abcd' b'xy'
# expect: TypeError: 'bytearray' object cannot be interpreted as an integer
# expect: TypeError: 'memoryview' object cannot be interpreted as an integer
# expect: 1
# expect: 0
# expect: ValueError: file descriptor cannot be a negative integer (-1)
# expect: TypeError: argument must be an int, or have a fileno() method.
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'float' object cannot be interpreted as an integer
# expect: ValueError: fcntl string arg too long
# expect: None
# expect: None
# expect: ValueError: file descriptor cannot be a negative integer (-1)
# expect: None
# expect: None
# expect: None
# expect: None
# expect: ValueError: unrecognized lockf argument
# expect: OSError: [Errno 25] Inappropriate ioctl for device
# expect: OSError: [Errno 25] Inappropriate ioctl for device
# expect: TypeError: fcntl expected at least 2 arguments, got 0
# expect: TypeError: fcntl.fcntl() takes no keyword arguments
# expect: OSError: [Errno 22] Invalid argument
# expect: b'\x00\x00\x00\x00'
# expect: TypeError: flock expected 2 arguments, got 1
# expect: OSError: [Errno 9] Bad file descriptor
# expect: OSError: [Errno 25] Inappropriate ioctl for device
# expect: True
# expect: False
# expect: 0 3
# expect: 3
# expect: [('fcntl.fcntl', (3, None)), ('fcntl.flock', (8,)), ('fcntl.lockf', (8, None, None, 0)), ('fcntl.ioctl', (21531, bytearray(b'\x03\x00\x00\x00')))]

# UDP round trip over 127.0.0.1 (sendto/recvfrom/recvfrom_into), IPv6 on ::1,
# AF_UNIX in a directory of its own under /tmp, and the errors CPython raises, word for word.
import _socket
import os

u1 = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = _socket.socket(_socket.AF_INET, _socket.SOCK_DGRAM)
print(u2.sendto(b"ping", u1.getsockname()))
data, addr = u1.recvfrom(100)
print(data, addr[0], addr == u2.getsockname())
u1.sendto(b"pong", 0, addr)
buf = bytearray(10)
n, addr2 = u2.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr2 == u1.getsockname())
u1.close()
u2.close()

s6 = _socket.socket(_socket.AF_INET6, _socket.SOCK_STREAM)
s6.bind(("::1", 0))
s6.listen()
c6 = _socket.socket(_socket.AF_INET6, _socket.SOCK_STREAM)
c6.connect(("::1", s6.getsockname()[1]))
fd, addr = s6._accept()
print(addr[0], len(addr), c6.getpeername()[0])
os.close(fd)
c6.close()
s6.close()

d = "/tmp/pyglass-socket-test-%d" % os.getpid()
os.mkdir(d)
if True:
    path = os.path.join(d, "sock")
    us = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    us.bind(path)
    us.listen()
    uc = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    print(repr(uc.getsockname()))
    uc.connect(path.encode())
    fd, addr = us._accept()
    conn = _socket.socket(fileno=fd)
    uc.sendall(b"over unix")
    print(conn.recv(100), repr(addr), us.getsockname() == path, uc.getpeername() == path)
    conn.close()
    uc.close()
    us.close()
    try:
        _socket.socket(_socket.AF_UNIX).bind("x" * 200)
    except OSError as e:
        print(type(e).__name__, e)
    os.unlink(path)
    os.rmdir(d)

s = _socket.socket()
probe = _socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
s.close()
s = _socket.socket()
print(s.connect_ex(("127.0.0.1", port)))
for addr in ["x", ("a",), ("127.0.0.1", 70000), ("127.0.0.1", -1), ("127.0.0.1", "80"), (1, 2)]:
    try:
        s.connect(addr)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, e)
s.close()
s6 = _socket.socket(_socket.AF_INET6)
for addr in ["x", ("::1",), ("::1", 1, 2 ** 21)]:
    try:
        s6.bind(addr)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s6.close()
try:
    _socket.socket(fileno=-5)
except ValueError as e:
    print(type(e).__name__, e)
r, w = os.pipe()
try:
    _socket.socket(fileno=r)
except OSError as e:
    print(type(e).__name__, e)
os.close(r)
os.close(w)

# expect: 4
# expect: b'ping' 127.0.0.1 False
# expect: 4 b'pong' True
# expect: ::1 4 ::1
# expect: ''
# expect: b'over unix' '' True True
# expect: OSError AF_UNIX path too long
# expect: ConnectionRefusedError [Errno 111] Connection refused
# expect: 111
# expect: TypeError connect(): AF_INET address must be tuple, not str
# expect: TypeError AF_INET address must be a pair (host, port)
# expect: OverflowError connect(): port must be 0-65535.
# expect: OverflowError connect(): port must be 0-65535.
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError str, bytes or bytearray expected, not int
# expect: OSError [Errno 107] Transport endpoint is not connected
# expect: TypeError bind(): AF_INET6 address must be tuple, not str
# expect: TypeError AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])
# expect: OverflowError bind(): flowinfo must be 0-1048575.
# expect: ValueError negative file descriptor
# expect: OSError [Errno 88] Socket operation on non-socket

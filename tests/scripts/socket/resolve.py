# Name resolution for local names only, byte order, inet_* and their errors.
import _socket

print(_socket.getaddrinfo("localhost", 80, _socket.AF_INET, _socket.SOCK_STREAM))
print(_socket.getaddrinfo("127.0.0.1", "http", _socket.AF_INET, _socket.SOCK_STREAM))
print(_socket.getaddrinfo(None, 0, _socket.AF_INET, _socket.SOCK_STREAM, 0, _socket.AI_PASSIVE))
print(_socket.getaddrinfo("::1", 7, _socket.AF_INET6, _socket.SOCK_DGRAM))
for args in [(1, 80), ("localhost", 1.5)]:
    try:
        _socket.getaddrinfo(*args)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)
print(_socket.getnameinfo(("127.0.0.1", 80), _socket.NI_NUMERICHOST | _socket.NI_NUMERICSERV))
for args in [("127.0.0.1", 0), (("127.0.0.1",), 0)]:
    try:
        _socket.getnameinfo(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(_socket.gethostbyname("localhost"), _socket.gethostbyname("127.0.0.1"))
print(_socket.gethostbyname_ex("127.0.0.1")[2])
print(type(_socket.gethostname()).__name__)
print(_socket.getservbyname("http", "tcp"), _socket.getservbyport(80, "tcp"), _socket.getprotobyname("udp"))
for f, a in [(_socket.getservbyname, ("nosuchservice",)), (_socket.getservbyport, (70000,)),
             (_socket.getprotobyname, ("nosuchproto",))]:
    try:
        f(*a)
    except (OSError, OverflowError) as e:
        print(type(e).__name__, e)
print(_socket.htons(1), _socket.ntohs(256), _socket.htonl(1), _socket.ntohl(16777216))
for f in (_socket.htons, _socket.htonl):
    for v in (-1, 2 ** 16, 2 ** 32, 1.5):
        try:
            print(f(v))
        except (OverflowError, TypeError) as e:
            print(type(e).__name__, e)
print(_socket.inet_aton("1.2.3.4"), _socket.inet_aton("1.2.3"), _socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(_socket.inet_pton(_socket.AF_INET6, "::1"), _socket.inet_ntop(_socket.AF_INET6, b"\x00" * 15 + b"\x01"))
print(_socket.inet_ntop(_socket.AF_INET, bytearray(b"\x0a\x00\x00\x01")))
for f, a in [(_socket.inet_aton, ("x",)), (_socket.inet_ntoa, (b"\x01",)), (_socket.inet_pton, (_socket.AF_INET, "x")),
             (_socket.inet_ntop, (_socket.AF_INET, b"\x01")), (_socket.inet_ntop, (99, b""))]:
    try:
        f(*a)
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(_socket.CMSG_LEN(4), _socket.CMSG_SPACE(4))
try:
    _socket.CMSG_LEN(-1)
except OverflowError as e:
    print(e)
print(_socket.if_nametoindex("lo"), _socket.if_indextoname(1), (1, "lo") in _socket.if_nameindex())
try:
    _socket.if_nametoindex("nosuchif0")
except OSError as e:
    print(e)
print(_socket.error is OSError, _socket.has_ipv6, _socket.SocketType is _socket.socket)
print(_socket.herror.__mro__[1:3], _socket.gaierror.__name__, _socket.gaierror.__module__)
print(_socket.AF_INET, _socket.AF_INET6, _socket.AF_UNIX, _socket.SOCK_STREAM, _socket.SOCK_DGRAM, _socket.SOL_SOCKET)
print(_socket.SOCK_NONBLOCK, _socket.SOCK_CLOEXEC, _socket.SCM_RIGHTS, _socket.SOMAXCONN, _socket.IPPROTO_TCP)
s = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM | _socket.SOCK_NONBLOCK)
print(s.type, s.gettimeout(), s.getblocking())
s.close()

# expect: [(2, 1, 6, '', ('127.0.0.1', 80))]
# expect: [(2, 1, 6, '', ('127.0.0.1', 80))]
# expect: [(2, 1, 6, '', ('0.0.0.0', 0))]
# expect: [(10, 2, 17, '', ('::1', 7, 0, 0))]
# expect: TypeError getaddrinfo() argument 1 must be string or None
# expect: OSError Int or String expected
# expect: ('127.0.0.1', '80')
# expect: TypeError getnameinfo() argument 1 must be a tuple
# expect: TypeError getnameinfo(): illegal sockaddr argument
# expect: 127.0.0.1 127.0.0.1
# expect: ['127.0.0.1']
# expect: str
# expect: 80 http 17
# expect: OSError service/proto not found
# expect: OverflowError getservbyport: port must be 0-65535.
# expect: OSError protocol not found
# expect: 256 1 16777216 1
# expect: OverflowError htons: can't convert negative Python int to C 16-bit unsigned integer
# expect: OverflowError htons: Python int too large to convert to C 16-bit unsigned integer
# expect: OverflowError signed integer is greater than maximum
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: OverflowError can't convert negative value to unsigned int
# expect: 256
# expect: OverflowError int larger than 32 bits
# expect: TypeError expected int, float found
# expect: b'\x01\x02\x03\x04' b'\x01\x02\x00\x03' 127.0.0.1
# expect: b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01' ::1
# expect: 10.0.0.1
# expect: OSError illegal IP address string passed to inet_aton
# expect: OSError packed IP wrong length for inet_ntoa
# expect: OSError illegal IP address string passed to inet_pton
# expect: ValueError invalid length of packed IP address string
# expect: ValueError unknown address family 99
# expect: 20 24
# expect: CMSG_LEN() argument out of range
# expect: 1 lo True
# expect: no interface with this name
# expect: True True True
# expect: (<class 'OSError'>, <class 'Exception'>) gaierror socket
# expect: 2 10 1 1 2 1
# expect: 2048 524288 1 4096 6
# expect: 1 0.0 False

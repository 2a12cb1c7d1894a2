# socketpair, blocking modes and timeouts: TimeoutError("timed out") after
# the timeout, BlockingIOError on a non-blocking socket, recv_into any
# writable buffer, send any bytes-like, settimeout/gettimeout/getblocking.
import _socket
import time

a, b = _socket.socketpair()
print(a.family == _socket.AF_UNIX, a.type == _socket.SOCK_STREAM, a.gettimeout(), a.getblocking())
b.settimeout(0.05)
print(b.gettimeout(), b.getblocking(), b.timeout)
start = time.monotonic()
try:
    b.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, _socket.timeout is TimeoutError)
print(time.monotonic() - start >= 0.04)
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == 11)
b.setblocking(True)
print(b.gettimeout(), b.getblocking())
a.send(b"abc")
a.send(bytearray(b"def"))
a.send(memoryview(b"xghi")[1:])
time.sleep(0.05)
buf = bytearray(5)
print(b.recv_into(buf), buf)
mv = memoryview(bytearray(10))
print(b.recv_into(mv[2:], 3), bytes(mv))
print(b.recv(100))
for args in [(-1,), ("x",), (1.5,)]:
    try:
        b.recv(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b.recv_into(bytearray(2), 5)
except ValueError as e:
    print(e)
try:
    b.recv_into(b"immutable")
except TypeError as e:
    print(type(e).__name__, e)
for t in [-1, float("nan"), "x"]:
    try:
        b.settimeout(t)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(_socket.getdefaulttimeout())
_socket.setdefaulttimeout(2.5)
c, d = _socket.socketpair()
print(_socket.getdefaulttimeout(), c.gettimeout(), d.gettimeout())
_socket.setdefaulttimeout(None)
for s in (a, b, c, d):
    s.close()
a.close()
print(a.fileno())
x, y = _socket.socketpair(_socket.AF_UNIX, _socket.SOCK_DGRAM)
x.send(b"one")
x.send(b"two")
print(y.recv(100), y.recv(100))
x.close()
y.close()

# expect: True True None True
# expect: 0.05 True 0.05
# expect: TimeoutError timed out True
# expect: True
# expect: 0.0 False
# expect: BlockingIOError True
# expect: None True
# expect: 5 bytearray(b'abcde')
# expect: 3 b'\x00\x00fgh\x00\x00\x00\x00\x00'
# expect: b'i'
# expect: ValueError negative buffersize in recv
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: buffer too small for requested bytes
# expect: TypeError recv_into() argument 1 must be read-write bytes-like object, not bytes
# expect: ValueError Timeout value out of range
# expect: ValueError Invalid value NaN (not a number)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: None
# expect: 2.5 2.5 2.5
# expect: -1
# expect: b'one' b'two'

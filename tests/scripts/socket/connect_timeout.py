# connect() on a socket with a timeout (non-blocking underneath: EINPROGRESS,
# then a wait for writability and SO_ERROR), connect_ex's error numbers, and
# accept() with a timeout that expires.
import _socket

srv = _socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]
c = _socket.socket()
c.settimeout(2.0)
c.connect(("127.0.0.1", port))
print(c.getpeername()[1] == port, c.gettimeout())
fd, addr = srv._accept()
_socket.socket(fileno=fd).close()
c.close()
srv.settimeout(0.05)
try:
    srv._accept()
except TimeoutError as e:
    print(type(e).__name__, e)
srv.close()
c = _socket.socket()
c.settimeout(1.0)
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno)
print(c.connect_ex(("127.0.0.1", port)))
c.close()
c = _socket.socket()
c.setblocking(False)
print(c.connect_ex(("127.0.0.1", port)) in (111, 115))
c.close()

# expect: True 2.0
# expect: TimeoutError timed out
# expect: ConnectionRefusedError 111
# expect: 103
# expect: True

# An echo server thread and a client over 127.0.0.1, on _socket directly
# (the type CPython's socket.socket subclasses): _accept gives (fd, address),
# the connection is wrapped with fileno=, recv/sendall/shutdown, and the
# peer/local names agree.
import _socket
import threading

srv = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
srv.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
print(srv.getsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, port > 0)
seen = []

def serve():
    fd, addr = srv._accept()
    conn = _socket.socket(fileno=fd)
    seen.append((conn.family, conn.type, addr[0]))
    total = b""
    while True:
        data = conn.recv(7)
        if not data:
            break
        total += data
        conn.sendall(data.upper())
    conn.close()
    seen.append(total)

t = threading.Thread(target=serve)
t.start()
c = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
c.connect(("127.0.0.1", port))
print(c.getpeername() == (host, port), c.getsockname()[0])
message = b"the quick brown fox jumps over the lazy dog" * 50
c.sendall(message)
c.shutdown(_socket.SHUT_WR)
got = b""
while True:
    data = c.recv(4096)
    if not data:
        break
    got += data
c.close()
t.join()
srv.close()
print(got == message.upper(), len(got))
print(seen[0] == (_socket.AF_INET, _socket.SOCK_STREAM, "127.0.0.1"), seen[1] == message)
print(c.fileno(), repr(c))
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e)

# expect: True
# expect: 127.0.0.1 True
# expect: True 127.0.0.1
# expect: True 2150
# expect: True True
# expect: -1 <socket object, fd=-1, family=2, type=1, proto=0>
# expect: OSError [Errno 9] Bad file descriptor

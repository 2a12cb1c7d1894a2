# sendall of more than the socket buffers hold: with a reader thread it
# completes (partial sends, waits for room with the GIL released, on a
# blocking socket and on one with a timeout); with no reader, a socket with a
# timeout raises TimeoutError and the peer receives a prefix of the data.
import _socket
import threading

payload = bytes(range(256)) * 8192  # 2 MiB

for timeout in (None, 5.0):
    a, b = _socket.socketpair()
    a.settimeout(timeout)
    got = []

    def reader():
        n = 0
        chunks = []
        while n < len(payload):
            d = b.recv(65536)
            if not d:
                break
            chunks.append(d)
            n += len(d)
        got.append(b"".join(chunks))

    t = threading.Thread(target=reader)
    t.start()
    a.sendall(memoryview(payload))
    t.join()
    print(timeout, got[0] == payload)
    a.close()
    b.close()

a, b = _socket.socketpair()
a.settimeout(0.1)
try:
    a.sendall(payload)
except TimeoutError as e:
    print(type(e).__name__, e)
b.setblocking(False)
received = 0
while True:
    try:
        d = b.recv(1 << 20)
    except BlockingIOError:
        break
    received += len(d)
print(0 < received < len(payload))
a.close()
b.close()

# expect: None True
# expect: 5.0 True
# expect: TimeoutError timed out
# expect: True

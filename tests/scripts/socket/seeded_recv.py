# args: --seed 7
# In seeded mode a blocking recv() waits on the virtual clock, so the thread
# that will send still gets to run; a timeout counts virtual time; a sendall
# bigger than the socket buffers completes while another thread reads.
import _socket
import threading

a, b = _socket.socketpair()
out = []

def reader():
    out.append(b.recv(100))

t = threading.Thread(target=reader)
t.start()
a.send(b"hello from main")
t.join()
print(out)
b.settimeout(0.5)
try:
    b.recv(1)
except TimeoutError as e:
    print(type(e).__name__, e)
b.settimeout(None)
payload = bytes(range(256)) * 4096
got = []

def drain():
    n = 0
    while n < len(payload):
        d = b.recv(65536)
        n += len(d)
        got.append(d)

t = threading.Thread(target=drain)
t.start()
a.sendall(payload)
t.join()
print(b"".join(got) == payload)
a.close()
b.close()

# expect: [b'hello from main']
# expect: TimeoutError timed out
# expect: True

# args: --seed 7
# In seeded mode a blocking recv() waits on the virtual clock, so the thread
# that will send still gets to run; a timeout counts virtual time.
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
a.close()
b.close()

# expect: [b'hello from main']
# expect: TimeoutError timed out

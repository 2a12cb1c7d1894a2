# A thread blocked in recv() releases the GIL: the main thread's CPU-bound
# loop runs to the end while the other thread waits, and only then does the
# main thread send what the waiting thread receives.  Every interleaving
# prints the same lines.
import _socket
import threading

a, b = _socket.socketpair()
got = []
started = threading.Event()

def reader():
    started.set()
    got.append(b.recv(100))  # blocks until the main thread sends

t = threading.Thread(target=reader)
t.start()
started.wait()
total = 0
for i in range(300000):
    total += i
print(total, got)
a.sendall(b"wake up")
t.join()
print(got)
a.close()
b.close()

# expect: 44999850000 []
# expect: [b'wake up']

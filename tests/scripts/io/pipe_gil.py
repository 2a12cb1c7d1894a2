# _io releases the GIL in blocking reads and writes: a thread stuck writing into a full pipe
# (or reading from an empty one) does not stop another thread from running.
import _thread, time, posix as os

SIZE = 1 << 20  # far more than a pipe holds

def count_for(seconds):
    n = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        n += 1
    return n

def drain(fd, size):
    total = 0
    while total < size:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        total += len(chunk)
    return total

for layer, mode, buffering, data in (("FileIO", "wb", 0, b"x" * SIZE), ("BufferedWriter", "wb", -1, b"y" * SIZE),
                                     ("TextIOWrapper", "w", -1, "z" * SIZE)):
    r, w = os.pipe()
    f = open(w, mode, buffering, **({} if "b" in mode else {"encoding": "ascii"}))
    done = _thread.allocate_lock()
    done.acquire()
    result = []
    def writer():
        result.append(f.write(data))
        f.flush()
        done.release()
    _thread.start_new_thread(writer, ())
    n = count_for(0.3)
    print(layer, type(f).__name__, "counted on:", n > 1000, "writer blocked:", done.locked())
    print("drained", drain(r, SIZE))
    done.acquire()
    print("written", result)
    f.close()
    os.close(r)

# a reader blocked on an empty pipe
r, w = os.pipe()
fr = open(r, "rb", buffering=0)
got = []
done = _thread.allocate_lock()
done.acquire()
def reader():
    got.append(fr.read(5))
    done.release()
_thread.start_new_thread(reader, ())
n = count_for(0.3)
print("reader blocked:", done.locked(), "counted on:", n > 1000)
os.write(w, b"hello")
done.acquire()
print(got)
fr.close()
os.close(w)
# expect: FileIO FileIO counted on: True writer blocked: True
# expect: drained 1048576
# expect: written [1048576]
# expect: BufferedWriter BufferedWriter counted on: True writer blocked: True
# expect: drained 1048576
# expect: written [1048576]
# expect: TextIOWrapper TextIOWrapper counted on: True writer blocked: True
# expect: drained 1048576
# expect: written [1048576]
# expect: reader blocked: True counted on: True
# expect: [b'hello']

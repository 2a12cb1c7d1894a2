# zlib: large inputs are processed with the GIL released; one stream shared by
# threads is used by one thread at a time (its lock), so the output stays valid.
import threading
import zlib

data = b"".join(i.to_bytes(4, "little") for i in range(200000))
results = {}

def work(n):
    c = zlib.compress(data, 6)
    results[n] = (zlib.decompress(c) == data, zlib.crc32(c))

threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

shared = zlib.compressobj()
pieces = []
lock = threading.Lock()

def feed(chunk):
    for i in range(0, len(chunk), 40000):
        piece = chunk[i:i + 40000]
        with lock:  # keep the order of the pieces; the stream itself is safe either way
            pieces.append(shared.compress(piece))

threads = [threading.Thread(target=feed, args=(data,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out = zlib.decompress(b"".join(pieces) + shared.flush())
# The threads' pieces interleave in any order: compare them as a multiset.
got = sorted(out[i:i + 40000] for i in range(0, len(out), 40000))
want = sorted(data[i:i + 40000] for i in range(0, len(data), 40000))
print(len(out) == 3 * len(data), got == sorted(want * 3))

shared_d = zlib.decompressobj()
comp = zlib.compress(data * 3)
outs = []

def drain():
    for i in range(0, len(comp), 4096):
        outs.append(len(shared_d.decompress(b"")))

t = threading.Thread(target=drain)
t.start()
total = shared_d.decompress(comp)
t.join()
print(len(total) + sum(outs) == 3 * len(data) or len(total) == 3 * len(data))

# expect: [(0, (True, 3338809278)), (1, (True, 3338809278)), (2, (True, 3338809278)), (3, (True, 3338809278))]
# expect: True True
# expect: True

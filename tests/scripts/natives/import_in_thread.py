# A native module imported first from another thread: its types are readied
# (and made immortal) in that thread's refchain segment, and the leak check
# at exit stays clean.
import threading
out = []
def worker():
    import itertools, _struct, binascii
    out.append(list(itertools.islice(itertools.count(), 3)))
    out.append(_struct.pack('<i', 1))
    out.append(binascii.hexlify(b'ab'))
t = threading.Thread(target=worker); t.start(); t.join()
import itertools
print(out, itertools.count(5))

# expect: [[0, 1, 2], b'\x01\x00\x00\x00', b'6162'] count(5)

# A small program for the --trace-html screenshot test: threads that take
# turns on a lock, sleep and allocate (so every row of the page has marks).
import time, gc
try:
    import threading
except ImportError:  # before the threading stack lands: one thread
    threading = None

lock = threading.Lock() if threading else None
total = 0

def work(n):
    global total
    for i in range(n):
        with lock:
            total += 1
        if i % 500 == 0:
            time.sleep(0.001)
    junk = []
    for i in range(2000):
        junk.append([i])
        junk[-1].append(junk)

if threading:
    threads = [threading.Thread(target=work, args=(3000,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
else:
    class _Lock:
        def __enter__(self): pass
        def __exit__(self, *a): pass
    lock = _Lock()
    for _ in range(3):
        work(3000)
gc.collect()
print(total)

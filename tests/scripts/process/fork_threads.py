# os.fork while other threads run CPU loops and one holds a Lock and an RLock:
# the child has only the forking thread, the held locks stay held (as in
# CPython: their owner does not exist in the child), new threads work, the
# collector works, and the parent's threads go on.
import gc, os, sys, threading

stop = False
def spin():
    n = 0
    while not stop:
        n += 1

held = threading.Lock()
rheld = threading.RLock()
ready = threading.Event()
release = threading.Event()
def holder():
    with held, rheld:
        ready.set()
        release.wait()

threads = [threading.Thread(target=spin, name="spin%d" % i) for i in range(2)]
threads.append(threading.Thread(target=holder, name="holder"))
for t in threads:
    t.start()
ready.wait()
print("parent threads:", threading.active_count())
mine = threading.Lock()
mine.acquire()   # held by the forking thread: the child may release it
sys.stdout.flush()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    out = []
    out.append("active_count=%d" % threading.active_count())
    out.append("enumerate=%s" % [t.name for t in threading.enumerate()])
    out.append("main is current=%s" % (threading.main_thread() is threading.current_thread()))
    out.append("other threads alive=%s" % [t.is_alive() for t in threads])
    out.append("Lock held by a lost thread: locked=%s acquire=%s" % (held.locked(), held.acquire(timeout=0.05)))
    out.append("RLock held by a lost thread: acquire=%s" % rheld.acquire(timeout=0.05))
    mine.release()
    out.append("own Lock released: locked=%s" % mine.locked())
    res = []
    def work(i):
        res.append(sum(range(i * 1000)))
    ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    out.append("child threads done=%d sum=%d" % (len(res), sum(res)))
    class C:
        pass
    a = C(); b = C(); a.b = b; b.a = a
    del a, b
    out.append("gc.collect found the cycle=%s" % (gc.collect() >= 2))
    out.append("after joins=%s" % [t.name for t in threading.enumerate()])
    os.write(w, "\n".join(out).encode())
    os._exit(0)
os.close(w)
chunks = []
while True:
    b = os.read(r, 4096)
    if not b:
        break
    chunks.append(b)
os.close(r)
print(b"".join(chunks).decode())
print("child status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
mine.release()
stop = True
release.set()
for t in threads:
    t.join()
print("parent done", threading.active_count(), held.locked())

# expect: parent threads: 4
# expect: active_count=1
# expect: enumerate=['MainThread']
# expect: main is current=True
# expect: other threads alive=[False, False, False]
# expect: Lock held by a lost thread: locked=True acquire=False
# expect: RLock held by a lost thread: acquire=False
# expect: own Lock released: locked=False
# expect: child threads done=4 sum=6997000
# expect: gc.collect found the cycle=True
# expect: after joins=['MainThread']
# expect: child status 0
# expect: parent done 1 False

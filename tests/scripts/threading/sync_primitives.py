# Lock, RLock, Condition, Semaphore, Event, Barrier: results every interleaving gives.
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))  # expect: True True False False
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(e)  # expect: release unlocked lock

r = threading.RLock()
with r:
    with r:
        print("reentered")  # expect: reentered
try:
    r.release()
except RuntimeError as e:
    print(e)  # expect: cannot release un-acquired lock

# Counter under a lock: never loses an update.
count = 0


def add(n):
    global count
    for _ in range(n):
        with lock:
            count += 1


ts = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count)  # expect: 8000

# Condition: producer/consumer with wait_for.
cond = threading.Condition()
items = []


def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify_all()


p = threading.Thread(target=producer)
p.start()
with cond:
    print(cond.wait_for(lambda: len(items) == 5, timeout=30), items)  # expect: True [0, 1, 2, 3, 4]
p.join()
with cond:
    print(cond.wait(0.01))  # expect: False
for bad in (cond.wait, cond.notify):
    try:
        bad()
    except RuntimeError as e:
        print(e)
# expect: cannot wait on un-acquired lock
# expect: cannot notify on un-acquired lock

# Semaphore: at most 2 holders at once.
sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()


def use():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        for _ in range(200):
            pass
        with guard:
            inside -= 1


ts = [threading.Thread(target=use) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 2, inside)  # expect: True 0
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print(e)  # expect: Semaphore released too many times
try:
    sem.acquire(False, 1)
except ValueError as e:
    print(e)  # expect: can't specify timeout for non-blocking acquire

# Event.
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))  # expect: False False
got = []
waiters = [threading.Thread(target=lambda: got.append(ev.wait(30))) for _ in range(3)]
for w in waiters:
    w.start()
ev.set()
for w in waiters:
    w.join()
print(got, ev.is_set())  # expect: [True, True, True] True
ev.clear()
print(ev.is_set())  # expect: False

# Barrier: every party gets a distinct index.
b = threading.Barrier(3)
idx = []


def at_barrier():
    i = b.wait()
    with guard:
        idx.append(i)


ts = [threading.Thread(target=at_barrier) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), b.n_waiting, b.parties, b.broken)  # expect: [0, 1, 2] 0 3 False
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken", b.broken)  # expect: broken True
b.reset()
print(b.broken)  # expect: False

# Timer: cancelled before it fires; a short one fires.
fired = []
t = threading.Timer(30, fired.append, args=("late",))
t.start()
t.cancel()
t.join()
t2 = threading.Timer(0.01, fired.append, args=("soon",))
t2.start()
t2.join()
print(fired)  # expect: ['soon']

# threading.local
loc = threading.local()
loc.v = "main"
seen = []


def setlocal():
    seen.append(hasattr(loc, "v"))
    loc.v = "thread"


th = threading.Thread(target=setlocal)
th.start()
th.join()
print(loc.v, seen)  # expect: main [False]

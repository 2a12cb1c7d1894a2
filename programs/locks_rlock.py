# Lock versus RLock, and a lock that is taken twice.
#
# Run:      pyglass programs/locks_rlock.py
# Then:     pyglass programs/locks_rlock.py deadlock   (takes a plain Lock twice)
#           add --stats (hold and wait times per thread) or --trace t.json
# Observe:  an RLock may be re-acquired by its owner (the nested "with" below);
#           another thread trying to release it gets "cannot release un-acquired
#           lock".  A plain Lock taken twice by the same thread blocks forever:
#           CPython hangs, pyglass reports "Deadlock detected" with each thread's
#           stack and exits with status 3.
import sys
import threading

rlock = threading.RLock()
total = 0


def add(n):
    global total
    for _ in range(n):
        with rlock:
            with rlock:  # re-entry by the owner is fine
                total += 1


ts = [threading.Thread(target=add, args=(10000,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total with RLock:", total)

rlock.acquire()


def foreign_release():
    try:
        rlock.release()
    except RuntimeError as e:
        print("other thread:", e)


t = threading.Thread(target=foreign_release)
t.start()
t.join()
rlock.release()

if len(sys.argv) > 1 and sys.argv[1] == "deadlock":
    lock = threading.Lock()
    lock.acquire()
    print("taking the same Lock again...")
    lock.acquire()  # never returns

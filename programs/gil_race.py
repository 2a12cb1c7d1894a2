# The lost-update race: N threads each add 1 to a shared counter many times.
#
# Run:      pyglass programs/gil_race.py [THREADS] [ADDS]
# Then:     pyglass --check-interval 1 programs/gil_race.py        (switch as often as possible)
#           pyglass --check-interval 10000 programs/gil_race.py    (rarely: fewer lost updates)
#           pyglass --switch-points py311 programs/gil_race.py     (3.10/3.11 switch points)
#           python3 programs/gil_race.py                           (compare with CPython)
# Observe:  "n += 1" is LOAD, ADD, STORE: a switch between the load and the store
#           makes one thread overwrite the other's update, so the unlocked total
#           falls short of the expected one (by a different amount each run).  With
#           --switch-points py311 a switch can only happen at function entry,
#           backward jumps and after calls, never inside "n += 1", so the loss
#           (almost) disappears, which is why CPython 3.11 rarely shows it.  The
#           locked total is always exact.  Add --stats to see switches per thread.
import sys
import threading

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 4
ADDS = int(sys.argv[2]) if len(sys.argv) > 2 else 100000

n = 0


def unlocked():
    global n
    for _ in range(ADDS):
        n += 1


locked_n = 0
lock = threading.Lock()


def locked():
    global locked_n
    for _ in range(ADDS):
        with lock:
            locked_n += 1


for target in (unlocked, locked):
    ts = [threading.Thread(target=target) for _ in range(THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

expected = THREADS * ADDS
print("check interval:", sys.getcheckinterval() if hasattr(sys, "getcheckinterval") else "n/a")
print("unlocked: %d of %d (%d updates lost)" % (n, expected, expected - n))
print("locked:   %d of %d" % (locked_n, expected))

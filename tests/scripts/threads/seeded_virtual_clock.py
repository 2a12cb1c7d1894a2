# Seeded mode: sleeps run on a virtual clock (no wall time), threads still interleave.
# args: --seed 11
import _thread, time
print(time.strftime("%Y-%m-%d", time.gmtime(time.time())))  # expect: 2026-01-01
t0 = time.monotonic()
time.sleep(200)  # far beyond the test's timeout if it were real
print(time.monotonic() - t0 >= 200)  # expect: True
done = _thread.allocate_lock(); done.acquire()
order = []
def sleeper(d, tag):
    time.sleep(d)
    order.append(tag)
    if len(order) == 3:
        done.release()
_thread.start_new_thread(sleeper, (30, "c"))
_thread.start_new_thread(sleeper, (10, "a"))
_thread.start_new_thread(sleeper, (20, "b"))
done.acquire()
print(order)  # expect: ['a', 'b', 'c']
l = _thread.allocate_lock(); l.acquire()
t0 = time.monotonic()
print(l.acquire(True, 50), time.monotonic() - t0 >= 50)  # expect: False True

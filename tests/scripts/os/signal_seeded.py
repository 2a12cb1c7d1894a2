# args: --seed 3
# Seeded mode: alarm and setitimer(ITIMER_REAL) run on the virtual clock, so
# a periodic timer ticks a fixed number of times during a (virtual) sleep,
# and an alarm ends a lock wait in the main thread while another thread runs.
import _signal as s
import _thread
import time

ticks = []
s.signal(s.SIGALRM, lambda n, f: ticks.append(n))
s.setitimer(s.ITIMER_REAL, 0.01, 0.01)
time.sleep(0.055)
print(s.setitimer(s.ITIMER_REAL, 0)[1], len(ticks))

class Timeout(Exception):
    pass

def on_alarm(n, f):
    raise Timeout

s.signal(s.SIGALRM, on_alarm)
lock = _thread.allocate_lock()
lock.acquire()
counted = []

def worker():
    n = 0
    for i in range(1000):
        n += i
    counted.append(n)

_thread.start_new_thread(worker, ())
print(s.alarm(1))
try:
    lock.acquire()
except Timeout:
    print("timed out", counted, s.alarm(0))
s.signal(s.SIGALRM, s.SIG_DFL)
# expect: 0.01 5
# expect: 0
# expect: timed out [499500] 0

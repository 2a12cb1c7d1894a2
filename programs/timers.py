# Timers, events and the sched module: waiting without burning the CPU.
#
# Run:      pyglass programs/timers.py
# Then:     pyglass --seed 1 programs/timers.py    (virtual clock: no real waiting)
#           add --trace timers.json to see the sleeping threads on the timeline
# Observe:  a Timer is a thread that waits on an Event for its interval; cancel()
#           sets the Event, so the cancelled timer never calls its function.  A
#           repeating timer re-arms itself.  sched runs events at the same time by
#           priority, then in the order they were entered (enter() with equal
#           delays gives times microseconds apart, so entry order wins there).  The elapsed times are
#           about the sum of the waits, not more: waiting threads release the GIL.
import sched
import threading
import time

start = time.monotonic()


def stamp(msg):
    print("%5.2f s  %s" % (time.monotonic() - start, msg))


ticks = 0
done = threading.Event()


def tick():
    global ticks
    ticks += 1
    stamp("tick %d" % ticks)
    if ticks < 3:
        threading.Timer(0.1, tick).start()
    else:
        done.set()


threading.Timer(0.1, tick).start()
never = threading.Timer(0.05, stamp, args=("this never prints",))
never.start()
never.cancel()
done.wait()

s = sched.scheduler(time.monotonic, time.sleep)
due = time.monotonic() + 0.1  # one shared time, so priority decides the order
for prio, name in [(3, "third"), (1, "first"), (2, "second")]:
    s.enterabs(due, prio, stamp, argument=("sched: %s (priority %d)" % (name, prio),))
s.enter(0.05, 1, stamp, argument=("sched: earlier event",))
s.run()
stamp("all done")

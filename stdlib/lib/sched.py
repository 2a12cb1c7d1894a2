"""A general-purpose event scheduler (pyglass).

How it works: events sit in a heap ordered by (time, priority, sequence);
sequence is a counter that makes equal-time, equal-priority events run in the
order they were entered, and keeps the comparison from ever reaching the
action.  run() pops due events and calls them outside the scheduler's lock,
and waits with delayfunc (time.sleep by default) until the next one is due.
"""

import heapq
import threading
from time import monotonic as _time

__all__ = ["scheduler"]


class Event(tuple):
    """Event(time, priority, sequence, action, argument, kwargs): a scheduled call."""

    __slots__ = ()
    _fields = ('time', 'priority', 'sequence', 'action', 'argument', 'kwargs')

    def __new__(cls, time, priority, sequence, action, argument, kwargs):
        return tuple.__new__(cls, (time, priority, sequence, action, argument, kwargs))

    time = property(lambda self: self[0])
    priority = property(lambda self: self[1])
    sequence = property(lambda self: self[2])
    action = property(lambda self: self[3])
    argument = property(lambda self: self[4])
    kwargs = property(lambda self: self[5])

    def __repr__(self):
        return "Event(time=%r, priority=%r, sequence=%r, action=%r, argument=%r, kwargs=%r)" % tuple(self)

    # Only (time, priority, sequence) take part in ordering; sequence is unique per scheduler.
    def __eq__(self, o):
        return tuple(self[:3]) == tuple(o[:3])

    def __ne__(self, o):
        return tuple(self[:3]) != tuple(o[:3])

    def __lt__(self, o):
        return tuple(self[:3]) < tuple(o[:3])

    def __le__(self, o):
        return tuple(self[:3]) <= tuple(o[:3])

    def __gt__(self, o):
        return tuple(self[:3]) > tuple(o[:3])

    def __ge__(self, o):
        return tuple(self[:3]) >= tuple(o[:3])

    __hash__ = tuple.__hash__


_sentinel = object()


class scheduler:

    def __init__(self, timefunc=_time, delayfunc=None):
        """Scheduler using timefunc() for the time and delayfunc(seconds) to wait."""
        if delayfunc is None:
            import time
            delayfunc = time.sleep
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at absolute time; returns the event (for cancel)."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, self._sequence, action, argument, kwargs)
            self._sequence += 1
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an event delay seconds from now."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event; ValueError if it is not queued."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events as they come due; without blocking, run the due ones and return the next delay."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                time, priority, sequence, action, argument, kwargs = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)  # let other threads run

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]

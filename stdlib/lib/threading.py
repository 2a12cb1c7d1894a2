"""Thread objects and synchronisation primitives on top of _thread (pyglass).

How it works
------------
Every Python thread is an OS thread started by _thread.start_new_thread; only
the one holding the GIL runs bytecode, and every blocking call below ends in a
_thread lock acquisition, which releases the GIL while it waits (the runtime's
scheduler layer sees every such wait, which is how the deadlock detector and
the timeline know what a thread is waiting for).

Bookkeeping (all guarded by _active_limbo_lock, because in pyglass a thread
switch can happen between any two bytecodes, so even "x += 1" on shared state
needs a lock here):
  _limbo    threads whose start() ran but whose OS thread has not yet
            registered itself; keyed by the Thread object.
  _active   ident -> Thread for every thread that runs Python code and was
            started here (plus the main thread and _DummyThread stand-ins).
  _shutdown_locks  the "tstate locks" of non-daemon threads; _shutdown() (run
            by the runtime when the main thread ends) waits on each of them.

A Thread's lifetime is observed through its tstate lock: the new thread takes
the lock from _thread._set_sentinel() at start, and the runtime releases it
once the thread's state is torn down.  join() is "acquire and release that
lock"; once that succeeds the thread is marked stopped.  If the runtime lacks
_set_sentinel, a plain lock released at the very end of _bootstrap stands in.

Condition follows the classic design: each waiter allocates a private lock,
takes it, appends it to the waiter list and releases the condition's lock;
blocking on the private lock a second time is the wait, and notify() releases
waiter locks in FIFO order.  Semaphore, Event and Barrier are built on
Condition; Timer is a Thread that waits on an Event.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = getattr(_thread, "get_native_id", _thread.get_ident)
ThreadError = _thread.error
TIMEOUT_MAX = getattr(_thread, "TIMEOUT_MAX", 9223372036.0)
_set_sentinel = getattr(_thread, "_set_sentinel", None)
_set_name_hook = getattr(_thread, "_set_name", None)
_CRLock = getattr(_thread, "RLock", None)
Lock = _allocate_lock
local = _thread._local

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set a trace function for all threads started from the threading module.

    The func will be passed to sys.settrace() for each thread, before its run()
    method is called.
    """
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    """Set a profile function for all threads started from the threading module.

    The func will be passed to sys.setprofile() for each thread, before its
    run() method is called.
    """
    global _profile_hook
    _profile_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def stack_size(size=0):
    if hasattr(_thread, "stack_size"):
        return _thread.stack_size(size)
    return 0


# ---- deprecation warnings for the camelCase names --------------------------------------
# There is no warnings module; this reproduces what CPython's default filters show
# (DeprecationWarning attributed to code in __main__, once per source line).

_warned_at = set()


def _caller_frame(depth):
    try:
        raise ZeroDivisionError
    except ZeroDivisionError as e:
        frame = e.__traceback__.tb_frame
    while depth > 0 and frame is not None:
        frame = frame.f_back
        depth -= 1
    return frame


def _source_line(filename, lineno):
    try:
        with open(filename, encoding="utf-8") as f:
            for i, line in zip(range(lineno), f):
                if i == lineno - 1:
                    return line.strip()
    except (OSError, ValueError):
        pass
    return None


def _deprecated(message):
    frame = _caller_frame(3)  # _caller_frame <- _deprecated <- old-name method <- user code
    if frame is None or frame.f_globals.get("__name__") != "__main__":
        return
    filename = frame.f_code.co_filename
    lineno = frame.f_lineno
    key = (filename, lineno, message)
    if key in _warned_at:
        return
    _warned_at.add(key)
    text = "%s:%d: DeprecationWarning: %s\n" % (filename, lineno, message)
    src = _source_line(filename, lineno)
    if src:
        text += "  %s\n" % src
    stderr = _sys.stderr
    if stderr is not None:
        stderr.write(text)


# ---- RLock -------------------------------------------------------------------------------

def RLock(*args, **kwargs):
    """A reentrant lock: the C implementation when the runtime has one."""
    if _CRLock is not None and hasattr(_CRLock, "_release_save"):
        return _CRLock(*args, **kwargs)
    return _PyRLock(*args, **kwargs)


class _PyRLock:
    """Reentrant lock in Python: an owner ident and a count over a plain lock."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked", self.__class__.__module__,
            self.__class__.__qualname__, owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    # Used by Condition: drop every level at once and restore it after the wait.
    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()


_RLock = _PyRLock


# ---- Condition ---------------------------------------------------------------------------

class Condition:
    """Wait until notified (or until a predicate holds), under an associated lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # Locks that know how to save and restore their full state (RLock) lend it to us;
        # for plain locks the defaults below do the same job.
        if hasattr(lock, "_release_save"):
            self._release_save = lock._release_save
        if hasattr(lock, "_acquire_restore"):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, "_is_owned"):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: if we can take it, nobody (us included) held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass  # a timed-out waiter may already have gone
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated("notifyAll() is deprecated, use notify_all() instead")
        self.notify_all()


# ---- Semaphores --------------------------------------------------------------------------

class Semaphore:
    """A counter: acquire() waits while it is zero, release() adds to it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%d>" % (cls.__module__, cls.__qualname__, hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%d/%d>" % (cls.__module__, cls.__qualname__, hex(id(self)),
                                               self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


# ---- Event -------------------------------------------------------------------------------

class Event:
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: %s>" % (cls.__module__, cls.__qualname__, hex(id(self)),
                                      "set" if self._flag else "unset")

    def _at_fork_reinit(self):
        self._cond = Condition(Lock())

    def is_set(self):
        return self._flag

    def isSet(self):
        _deprecated("isSet() is deprecated, use is_set() instead")
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---- Barrier -----------------------------------------------------------------------------
# States: 0 filling (threads arriving), 1 draining (released threads leaving),
# -1 resetting (reset() while threads were inside), -2 broken.

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Let a fixed number of threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (cls.__module__, cls.__qualname__, hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (cls.__module__, cls.__qualname__, hex(id(self)),
                                                 self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


# ---- thread registry ---------------------------------------------------------------------

_counter_value = 0
_counter_lock = _allocate_lock()


def _newname(name_template):
    global _counter_value
    with _counter_lock:
        _counter_value += 1
        n = _counter_value
    return name_template % n


_active_limbo_lock = RLock()
_active = {}
_limbo = {}
_dangling = set()

_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()


def _register_name(ident, name):
    if _set_name_hook is not None and ident is not None:
        try:
            _set_name_hook(ident, name)
        except Exception:
            pass


def _maintain_shutdown_locks():
    # Forget the locks of threads that have already finished (called with the lock held).
    done = [lock for lock in _shutdown_locks if not lock.locked()]
    for lock in done:
        _shutdown_locks.discard(lock)


# ---- Thread ------------------------------------------------------------------------------

class Thread:
    """A thread of control: run() in a separate OS thread once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._own_sentinel = False
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a finished thread
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Break the cycle thread -> target -> (often) thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._bootstrap_inner()
        except:
            # Only reached during interpreter shutdown when module globals are gone.
            if self._daemonic and _sys is None:
                return
            raise
        finally:
            if self._own_sentinel:
                # No runtime sentinel: signal the end of the thread ourselves, last of all.
                lock = self._tstate_lock
                if lock is not None and lock.locked():
                    lock.release()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        if _set_sentinel is not None:
            lock = _set_sentinel()
        else:
            lock = _allocate_lock()
            self._own_sentinel = True
        lock.acquire()
        self._tstate_lock = lock
        if not self._daemonic:
            with _shutdown_locks_lock:
                _maintain_shutdown_locks()
                _shutdown_locks.add(lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            _register_name(self._ident, self._name)
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook:
                _sys.settrace(_trace_hook)
            if _profile_hook:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.discard(lock)

    def _delete(self):
        with _active_limbo_lock:
            _active.pop(get_ident(), None)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return  # already seen stopped
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None and not self._is_stopped:
            _register_name(self._ident, self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated("isDaemon() is deprecated, get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated("setDaemon() is deprecated, set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _deprecated("getName() is deprecated, get the name attribute instead")
        return self.name

    def setName(self, name):
        _deprecated("setName() is deprecated, set the name attribute instead")
        self.name = name


# ---- excepthook --------------------------------------------------------------------------

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value, exc_traceback, thread)."""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)" % len(args))
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return "_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % tuple(self)


def excepthook(args, /):
    """Print an exception raised by Thread.run() to stderr (SystemExit is silent)."""
    if args.exc_type == SystemExit:
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    stderr.flush()
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)
    stderr.flush()


def _print_exception(exc_type, exc_value, exc_tb, stderr):
    if exc_value is None:
        exc_value = exc_type()
    if exc_tb is not None and exc_value.__traceback__ is not exc_tb:
        exc_value = exc_value.with_traceback(exc_tb)
    hook = getattr(_sys, "__excepthook__", None) or _sys.excepthook
    if stderr is _sys.stderr:
        hook(exc_type, exc_value, exc_tb)
    else:
        stderr.write("%s: %s\n" % (exc_type.__name__, exc_value))


__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Bind what the hook needs now, so that it still works late in shutdown.
    old_excepthook = excepthook
    old_sys_excepthook = _sys.excepthook
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            exc_type, exc_value, exc_tb = sys_exc_info()
            args = ExceptHookArgs([exc_type, exc_value, exc_tb, thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            del exc
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:", file=stderr, flush=True)
            if local_sys is not None and local_sys.excepthook is not None:
                sys_excepthook = local_sys.excepthook
            else:
                sys_excepthook = old_sys_excepthook
            sys_excepthook(*sys_exc_info())
        finally:
            args = None
    return invoke_excepthook


# ---- Timer -------------------------------------------------------------------------------

class Timer(Thread):
    """Call a function after a number of seconds unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---- the main thread and foreign threads ------------------------------------------------

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        # The main thread's end is signalled by _shutdown(), not by the runtime.
        lock = _allocate_lock()
        lock.acquire()
        self._tstate_lock = lock
        self._started.set()
        self._set_ident()
        self._set_native_id()
        _register_name(self._ident, self._name)
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started by _thread directly; always alive and daemonic."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# ---- module-level functions --------------------------------------------------------------

def current_thread():
    """The Thread object of the caller (a _DummyThread for threads not made here)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _deprecated("currentThread() is deprecated, use current_thread() instead")
    return current_thread()


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    _deprecated("activeCount() is deprecated, use active_count() instead")
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    """Every Thread alive now: started and not yet finished (the main thread included)."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    return _main_thread


_main_thread = _MainThread()


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Run func(*arg, **kwargs) at shutdown, before non-daemon threads are joined (LIFO)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Wait for every non-daemon thread; the runtime calls this when the main thread ends."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    tlock = _main_thread._tstate_lock
    if tlock is not None and tlock.locked():
        tlock.release()
    _main_thread._stop()
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    # Threads may start other threads while we wait, so loop until no lock is left.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


def _after_fork():
    pass

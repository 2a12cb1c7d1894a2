// The scheduler layer (runtime/sched.cpp): every blocking wait goes through here.
//
// A thread that blocks (a lock, a join, a sleep, a read) records what it
// waits on in its ThreadSched (kind, the lock, the lock's holder, a deadline)
// and gives the GIL up while it waits.  That one place lets
//   * the deadlock detector see that every live thread waits, with no
//     deadline, for something only another waiting thread could give;
//   * the instruments order and time every wait (runtime/instruments.h);
//   * seeded mode (--seed N) decide every hand-off from a PRNG and run
//     sleeps and timeouts on a virtual clock.
// All functions here are called with the GIL held (the caller is a Python
// thread) unless they say otherwise.
#pragma once
#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/threads/state.h"

namespace rt::sched {

enum class WaitKind : uint8_t { None, Lock, RLock, Join, Sleep, IO };
const char* wait_kind_name(WaitKind k);  // "lock", "rlock", "join", "sleep", "io"

struct ThreadSchedList;  // private

// The state of one _thread lock (Lock, RLock's inner lock, a thread's
// end-of-life sentinel).  Its fields are guarded by the scheduler's mutex;
// Python code only reaches it through lock_acquire/lock_release.
struct SchedLock {
  bool locked = false;
  uint64_t owner_serial = 0;  // ThreadState::serial of the acquirer (0: none)
  WaitKind kind = WaitKind::Lock;
  Object* obj = nullptr;       // the Python lock object (borrowed, for reports)
  ThreadSched* qhead = nullptr;  // FIFO of waiting threads
  ThreadSched* qtail = nullptr;
};

void lock_init(SchedLock* l, WaitKind kind, Object* obj);
// The lock is being freed: it must not be locked by a waiter's expectations
// (any waiters left are forgotten; only possible at shutdown).
void lock_destroy(SchedLock* l);
// Acquire: 1 got it, 0 not (non-blocking or timed out).  timeout < 0: no limit.
// Releases the GIL while it waits.  `interruptible` (the _thread locks, as
// CPython's acquire_timed): in the main thread, a signal ends the wait, its
// Python handlers run, and the wait goes on for the time left unless one
// raised (-1, exception set).
int lock_acquire(SchedLock* l, bool blocking, double timeout, bool interruptible = false);
// Release (the caller checked that it is locked) and wake the first waiter.
void lock_release(SchedLock* l);
// Non-blocking probe.
bool lock_locked(SchedLock* l);

// time.sleep: 0, or -1 with an exception set.  Virtual in seeded mode.  In
// the main thread a signal wakes it up to run the Python handlers, then it
// sleeps for what is left (PEP 475) unless a handler raised.
int sleep(double secs);
// signal.pause: wait until a signal arrives (pause(2) with the GIL released;
// seeded mode: on the virtual clock, which only the virtual alarm can end).
// The caller runs the handlers.
void pause_for_signal();
// A blocking read(2) with the GIL released (EINTR retried); -1 with errno set.
ssize_t read_fd(int fd, char* buf, size_t n);

// Any other blocking system call: while a BlockingSection lives, the GIL is
// released and the thread is recorded as waiting on I/O (the instruments time
// it, other threads run).  Seeded mode keeps the GIL (no scheduling decision
// may depend on the OS), as do threads at shutdown.  Touch no Python object
// inside.  Use:
//     ssize_t r;
//     do {
//       sched::BlockingSection bs;
//       r = ::write(fd, p, n);
//     } while (r < 0 && sched::retry_after_eintr());
class BlockingSection {
 public:
  BlockingSection();
  ~BlockingSection();
  BlockingSection(const BlockingSection&) = delete;
  BlockingSection& operator=(const BlockingSection&) = delete;

 private:
  ThreadState* ts_;
  bool released_;
};
// After a call failed with errno: true when it was EINTR, so the call should
// be retried (PEP 475) -- in the main thread after the Python handlers of the
// signals that arrived ran and returned normally; false with errno unchanged
// otherwise, and when a handler raised (KeyboardInterrupt from Ctrl-C ...),
// with that exception set for the caller (errno stays EINTR).  Calls with a
// timeout recompute what is left of it before they retry.
bool retry_after_eintr();
// A signal arrived (runtime/signals.cpp): wake the main thread if it waits in
// a lock wait or a sleep.  Async-signal-safe; any thread.
void wake_main_for_signal();
// Clocks: the virtual clock in seeded mode, else the OS clocks.
double monotonic();
int64_t monotonic_ns();
double wall_time();
int64_t wall_time_ns();

// ---- thread life ------------------------------------------------------------
// Make the state for a new thread (caller: the creating thread, GIL held).  It
// is registered (serial, live count, the seeded run queue) before this returns.
ThreadState* thread_prepare();
// The new OS thread calls this first: it becomes g_tstate and takes the GIL.
void thread_begin(ThreadState* ts);
// The ending thread (GIL held, its Python state already cleared): unregister,
// hand the GIL on for good and free ts.  Never touches objects after the hand-off.
void thread_end(ThreadState* ts);
// pthread_create failed: undo thread_prepare.
void thread_abandon(ThreadState* ts);
// The main thread's scheduler data (runtime_init, after gil::init()).
void main_thread_init(ThreadState* ts);
int live_threads();
// Thread names and wait sites for the reports (runtime/sched_names.cpp; GIL held).
// start_new_thread's bootstrap: keep the threading.Thread whose bound method
// `func` is (if it is one) and take its name; release it when the thread ends.
void adopt_python_thread(ThreadState* ts, Object* func);
void release_python_thread(ThreadState* ts);
// Copy threading's name of the thread into ts->name (dict lookups only: no Python code runs).
void refresh_thread_name(ThreadState* ts);
void refresh_thread_names();  // every live thread
// What the thread blocks in, from its Python frames in threading, queue,
// sched and concurrent.futures ("Queue.get (Condition.wait)"), or "".
std::string wait_site(ThreadState* ts);
// At exit: waits stay blocked forever (daemon threads never run again).
void shutdown_begin();
bool shutting_down();
// Threads registered in the sched list (for reports/instruments): calls fn for each.
void for_each_thread(void (*fn)(ThreadState*, void*), void* ctx);
// The wait a thread is in (None when it runs or wants the GIL).
WaitKind current_wait(ThreadState* ts);

// ---- fork (runtime/fork.cpp; GIL held) -----------------------------------------
// Lock the scheduler's mutex across fork(2) so that no other thread is in the
// middle of changing a wait queue or the live list when the process is copied.
void before_fork();
void after_fork_parent();
// In the child: only `me` is live; the other threads' states are appended to
// *dropped (their ThreadSched stays allocated and Dead: lock queues may name it).
void after_fork_child(ThreadState* me, std::vector<ThreadState*>* dropped);

// ---- seeded mode (runtime/gil.cpp forwards here) ----------------------------
void seeded_init(uint64_t seed);
ThreadState* seeded_running();
void seeded_acquire(ThreadState* ts);
void seeded_release(ThreadState* ts, bool forced);
// The ticker expired after `done` bytecodes: draw the next slice and maybe switch.
int seeded_tick(ThreadState* ts, int done);
// natives2: seeded mode's real-time interval timer (alarm, setitimer
// ITIMER_REAL) runs on the virtual clock: it trips SIGALRM when the virtual
// clock passes its expiry.  Set it `after_ns` from now (0: disarm) with period
// `interval_ns`; both calls give the previous (left, interval) in ns.
void seeded_set_real_timer(int64_t after_ns, int64_t interval_ns, int64_t* old_left, int64_t* old_interval);
void seeded_get_real_timer(int64_t* left, int64_t* interval);

}  // namespace rt::sched

// Signals (runtime/signals.cpp): how an OS signal reaches a Python handler.
//
// The C-level handler that pyglass installs for every signal with a Python
// handler only records the signal (async-signal-safe: atomics, a write(2) to
// the wakeup fd, a futex wake-up of the main thread's scheduler wait) and
// sets BREAKER_SIGNAL in Interp::eval_breaker.  The main Python thread then
// calls the Python handlers, with (signum, frame), between two bytecodes
// (rt::gil::handle_breaker) or when a blocking wait it is in was interrupted
// (runtime/sched.cpp, PEP 475).  Other threads never run handlers.
// docs/signals.md tells the whole story.
#pragma once
#include <signal.h>

#include "runtime/threads/state.h"

namespace rt::signals {

constexpr int kNSig = 65;  // NSIG on Linux: signal numbers are 1..64

// Start-up (runtime_init): read every signal's disposition, ignore SIGPIPE and
// SIGXFSZ, and give SIGINT signal.default_int_handler unless it was ignored
// when the process started (as CPython does).  Makes default_int_handler.
void init();
// Shutdown (runtime_finalize): signals with a Python handler go back to
// SIG_DFL and the handler objects are dropped.
void fini();

// Is ts the thread that runs signal handlers (the main thread)?
// The main thread is serial 1, or the thread that forked (runtime/fork.cpp).
inline uint64_t main_serial = 1;
inline bool is_main_thread(const ThreadState* ts) { return ts && ts->serial == main_serial; }
// A signal arrived whose Python handler has not run yet (any thread may ask).
bool pending();
// ...and ts is the thread that will run it.
inline bool pending_for(const ThreadState* ts) { return is_main_thread(ts) && pending(); }
// CPython's PyErr_CheckSignals: in the main thread, run the Python handlers of
// the signals that arrived (also reporting a failed write to the wakeup fd).
// 0, or -1 with the exception a handler raised.  Other threads: 0.
int run_pending(ThreadState* ts);

// Record `sig` as the C handler does (async-signal-safe): the virtual alarm
// of seeded mode trips SIGALRM through here.
void trip(int sig);

// The Python-level handler of sig (borrowed): SIG_DFL (0), SIG_IGN (1), a
// callable, or None when a handler was installed from outside Python.
Object* get_handler(int sig);
// signal.signal's core, in the main thread: install the C handler (callable)
// or SIG_DFL/SIG_IGN (the ints 0/1) and remember the object.  0 or -1
// (OSError from sigaction, exception set).
int set_handler(int sig, Object* handler);
// siginterrupt(sig, flag): flag false makes interrupted system calls restart
// (SA_RESTART).  0 or -1 with errno set.
int set_interrupt(int sig, bool flag);
// signal.set_wakeup_fd: the old fd (-1: none).
int set_wakeup_fd(int fd, bool warn_on_full_buffer);
// signal.default_int_handler (an immortal start-up object, borrowed).
Object* default_int_handler();

// The signals that threads other than the main one block, so that the kernel
// delivers the process's signals to the main thread: all but the synchronous
// ones (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS: a fault belongs to
// the faulting thread) and SIGABRT.
void fill_async_signals(sigset_t* set);

// The real-time interval timer (alarm, setitimer(ITIMER_REAL)) as last set:
// `at_ns` its expiry on the monotonic clock (0: disarmed), `interval_ns` its
// period.  While it may still fire, a main-thread wait is not "forever" for
// the deadlock detector.
void note_real_timer(int64_t at_ns, int64_t interval_ns);
bool real_timer_armed();

// In a forked child (runtime/fork.cpp): ts, the forking thread, becomes the
// main thread (it receives the process's signals: the mask the other threads
// use is lifted), and the signals that arrived in the parent but whose Python
// handlers had not run yet are forgotten, as CPython does.
void after_fork_child(ThreadState* ts);

}  // namespace rt::signals

// The global interpreter lock (runtime/gil.cpp).
//
// Exactly one thread holds the GIL at a time, and only that thread runs
// bytecode or touches objects (refcounts included).  How the GIL changes hands
// is the policy (rt::GilPolicy in state.h, docs/gil.md):
//   ticker    the running thread counts down check_interval bytecodes; at the
//             end, if a thread waits, it drops the GIL and does not take it
//             back before another thread got it (forced switching).
//   legacy    at the end of the ticker: release and re-acquire at once, no
//             hand-off guarantee (Python <= 3.1, the "GIL battle").
//   interval  a waiter that waited switch_interval seconds asks for a drop
//             (eval breaker); the holder drops with forced switching (3.2+).
// In seeded mode (--seed) the GIL is not an OS lock at all: runtime/sched.cpp
// passes a baton between threads, and these functions forward to it.
//
// Blocking calls never call release()/acquire() directly: they go through
// runtime/sched.h, which records what the thread waits on.
#pragma once
#include <cstdint>

#include "runtime/threads/state.h"

namespace rt::gil {

// Command-line settings (--gil-policy, --switch-points, --check-interval,
// --seed), given before runtime_init(), which copies them into the Interp.
struct Config {
  GilPolicy policy = GilPolicy::Ticker;
  SwitchPoints points = SwitchPoints::Every;
  int check_interval = 100;
  bool seeded = false;
  uint64_t seed = 0;
};
Config& config();
// Parse one of the flags above at argv[i] (advancing i past a value): 1 used,
// 0 not ours, -1 bad value (message printed).
int parse_option(int argc, char** argv, int& i);
// Create the GIL and give it to the calling (main) thread, set up the
// scheduler (and seeded mode).  Called by runtime_init after the main
// ThreadState exists.  Idempotent.
void init();
// In a forked child (runtime/fork.cpp): the GIL is made anew, held by ts
// (the forking thread), with no waiters.
void after_fork_child(ThreadState* ts);
// Take the GIL for ts (blocks).  Counts the wait and the acquisition.
void acquire(ThreadState* ts);
// Give the GIL up; `forced` says whether the ticker/drop request caused it
// (else a blocking call gave it up voluntarily).
void release(ThreadState* ts, bool forced);
// Does ts hold the GIL now?
bool held_by(ThreadState* ts);
// Number of threads waiting to acquire (real-time mode).
int waiting();
// Times the GIL changed hands between different threads: the interpreter's
// count (seeded mode, ended threads) plus each live thread's.  Call with the GIL.
uint64_t switches_total();
// The eval loop's breaker: the ticker expired or eval_breaker is set.
// `at_switch_point`: the instruction just executed is one where 3.11 may
// switch (a call or a backward jump); with --switch-points py311 nothing
// happens elsewhere.  Returns 0, or -1 with an exception set.
int handle_breaker(ThreadState* ts, Interp* in, bool at_switch_point);
// Give the GIL up for good (an ending thread, already unregistered).
void release_final();
// Monotonic nanoseconds (real clock; the counters use it in every mode).
int64_t now_ns();
// Bits of Interp::eval_breaker.
constexpr int BREAKER_DROP_REQUEST = 1;  // interval policy: a waiter asks the holder to drop
constexpr int BREAKER_SHUTDOWN = 2;      // unused by the eval loop; reserved
constexpr int BREAKER_SIGNAL = 4;        // a signal waits for its Python handler (runtime/signals.h)

// For long computations in C++ that look for Ctrl-C (CPython's
// PyErr_CheckSignals), in terms of runtime/signals.h: a signal arrived for
// this (main) thread; run the Python handlers, true when one raised (then
// the exception is set: KeyboardInterrupt for Ctrl-C under the default handler).
bool sigint_pending_for(ThreadState* ts);
bool take_sigint(ThreadState* ts);

}  // namespace rt::gil

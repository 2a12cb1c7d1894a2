// Hooks for the instruments (reports, timelines): the GIL and the scheduler
// call these at every event; runtime/instruments.cpp implements them.  The
// minimal implementation only keeps counters; the instruments work replaces
// the bodies (keep them cheap: they run on every GIL hand-off).
//
// Every hook is called by the thread the event is about, with the GIL held,
// except on_gil_released (called just before the GIL is given up) and
// on_wait_begin/on_wait_end (called with the GIL held, around the wait).
#pragma once
#include <cstdint>

#include "runtime/threads/state.h"

namespace rt::sched { enum class WaitKind : uint8_t; }

namespace rt::instruments {

void on_gil_acquired(ThreadState* ts, int64_t waited_ns);
void on_gil_released(ThreadState* ts, bool forced);
// A blocking wait starts/ends: kind, the lock object (or null), its holder's serial (0: none).
void on_wait_begin(ThreadState* ts, sched::WaitKind kind, Object* what, uint64_t holder_serial);
void on_wait_end(ThreadState* ts, bool satisfied);
void on_thread_start(ThreadState* ts);
void on_thread_end(ThreadState* ts);

// The interpreter-wide counters the minimal implementation keeps.
struct Totals {
  uint64_t threads_started;
  uint64_t threads_ended;
  uint64_t waits[8];  // indexed by WaitKind
};
Totals totals();

// In a forked child (runtime/fork.cpp): the instruments are turned off (docs/processes.md).
void after_fork_child();

}  // namespace rt::instruments

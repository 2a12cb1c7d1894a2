// Waiting for a file descriptor with the GIL released, shared by select
// (select, poll, epoll) and _socket (timeouts).  How a wait works:
//   * Real time: the system call runs with the GIL released
//     (sched::BlockingSection).  When a signal interrupts it (EINTR),
//     sched::retry_after_eintr() runs the main thread's Python handlers; if
//     one raised, the call returns its exception, otherwise it is retried with
//     what is left of the timeout, recomputed from a monotonic deadline
//     (PEP 475).
//   * Seeded mode (--seed): a seeded run keeps the baton while it is in a
//     system call, so a blocking wait for data that another Python thread
//     will send would never end.  The wait is a loop instead: look without
//     blocking (timeout 0); if nothing is ready, sleep one virtual millisecond
//     (sched::sleep, which lets the other threads run and advances the
//     virtual clock) and look again, until the timeout, counted on the
//     virtual clock, is over.
#pragma once
#include <climits>
#include <cstdint>

#include "runtime/threads/gil.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/state.h"

namespace stdlib {

// Run op(timeout_ns) (-1: forever; it returns >= 0 or -1 with errno) until it
// succeeds, fails with something other than EINTR, or times out (0); see the
// comment at the top of this file.  -1: errno set, or an exception set by a handler.
template <class Op>
int wait_ready(int64_t timeout_ns, Op op) {
  if (rt::g_interp->seeded) {
    constexpr int64_t kStep = 1000000;  // one virtual millisecond between looks
    int64_t waited = 0;
    for (;;) {
      int r = op(0);
      if (r < 0 && rt::sched::retry_after_eintr()) continue;
      if (r != 0) return r;
      if (timeout_ns >= 0 && waited >= timeout_ns) return 0;
      int64_t step = timeout_ns >= 0 && timeout_ns - waited < kStep ? timeout_ns - waited : kStep;
      if (rt::sched::sleep(double(step) / 1e9) < 0) return -1;
      waited += step;
    }
  }
  int64_t deadline = timeout_ns >= 0 ? rt::gil::now_ns() + timeout_ns : -1;
  int64_t left = timeout_ns;
  for (;;) {
    int r;
    {
      rt::sched::BlockingSection bs;
      r = op(left);
    }
    if (r >= 0 || !rt::sched::retry_after_eintr()) return r;
    if (deadline >= 0) {
      left = deadline - rt::gil::now_ns();
      if (left < 0) left = 0;
    }
  }
}

inline int ns_to_ms(int64_t ns) {
  if (ns < 0) return -1;
  int64_t ms = (ns + 999999) / 1000000;
  return ms > INT_MAX ? INT_MAX : int(ms);
}

}  // namespace stdlib

// Thread states and the interpreter state.
#include "runtime/threads/state.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>

#include "runtime/api.h"

namespace rt {

Interp* g_interp = nullptr;
constinit thread_local ThreadState* g_tstate = nullptr;

namespace {
std::atomic<uint64_t> next_thread_id{1};
}

ThreadState* thread_state_new() {
  auto* ts = new ThreadState();
  ts->thread_id = reinterpret_cast<uint64_t>(pthread_self());
  ts->native_id = static_cast<uint64_t>(syscall(SYS_gettid));
  (void)next_thread_id;
  ts->ticker = g_interp ? g_interp->check_interval : 100;
  if (g_interp) {
    ts->next = g_interp->threads;
    g_interp->threads = ts;
  }
  return ts;
}

void thread_state_delete(ThreadState* ts) {
  if (g_interp) {
    g_interp->gil_switches.fetch_add(ts->gil_switches, std::memory_order_relaxed);
    for (ThreadState** p = &g_interp->threads; *p; p = &(*p)->next) {
      if (*p == ts) {
        *p = ts->next;
        break;
      }
    }
  }
  clearref(ts->curexc);
  clearref(ts->exc_base.exc_value);
  clearref(ts->dict);
  clearref(ts->repr_stack);
  clearref(ts->asyncgen_firstiter);
  clearref(ts->asyncgen_finalizer);
  clearref(ts->trace_func);
  clearref(ts->profile_func);
  clearref(ts->context);
  ts->use_tracing = false;
  if (g_tstate == ts) g_tstate = nullptr;
  delete ts;
}

}  // namespace rt

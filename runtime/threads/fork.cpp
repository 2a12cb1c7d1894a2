// The runtime across fork(2): see runtime/fork.h and docs/processes.md.
//
// fork(2) copies the whole address space but only the calling thread.  Every
// runtime structure that other threads could be changing at that moment must
// be either quiescent at the fork or rebuilt in the child:
//
//   * Under the GIL (which the forker holds, so no other thread is inside):
//     objects and reference counts, the refchain, the allocator's pools, the
//     collector, the thread-state list, the import lock's bookkeeping.  These
//     are consistent in the child as they are; what belonged to the other
//     threads is adopted: their refchain segments are spliced into the main
//     one and their allocator heaps give their pools to the main heap, so
//     their objects stay alive with their counts (as in CPython, whose child
//     keeps the other threads' objects too).
//   * Changed without the GIL: the scheduler's wait queues and live list
//     (S->mu), the GIL's own word, counters, mutex and condition variables,
//     the instruments' registry.  The scheduler's mutex is held by the forker
//     across fork(2) so the data is consistent; the child then gets a fresh
//     mutex, a fresh GIL held by the forker, and the instruments are off.
//     A mutex or condition variable that another thread may have used is
//     never unlocked, signalled or destroyed in the child: it is replaced.
//   * The other threads' ThreadStates are deleted in the child (their
//     pending exceptions, dicts, hooks and contexts are released, as
//     CPython's PyThreadState_Clear does); their frames are not touched (they
//     live on stacks no thread runs on any more), so what those frames
//     reference stays alive for good.
//   * The forker becomes the main thread: it runs the signal handlers, and
//     threading._after_fork (CPython's threading.py, an after_in_child hook)
//     makes its Thread the main one.
#include "runtime/threads/fork.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <vector>

#include "runtime/api.h"
#include "runtime/threads/gil.h"
#include "runtime/instruments/instruments.h"
#include "runtime/mem.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/state.h"

namespace rt {

namespace {
bool g_lost_threads = false;
bool g_in_child = false;
}

void fork_prepare() { sched::before_fork(); }

void fork_after_parent() { sched::after_fork_parent(); }

void fork_after_child() {
  g_in_child = true;
  ThreadState* ts = g_tstate;
  ts->native_id = uint64_t(syscall(SYS_gettid));
  std::vector<ThreadState*> dropped;
  // First the structures other threads could have been changing (no object
  // is touched until they are consistent again), then what the GIL guards.
  sched::after_fork_child(ts, &dropped);
  gil::after_fork_child(ts);
  signals::after_fork_child(ts);
  instruments::after_fork_child();
  mem_after_fork_child();
  refchain_after_fork_child();
  if (!dropped.empty()) g_lost_threads = true;
  // Now the runtime is whole: releasing the dropped threads' objects may run
  // finalizers, in this thread.
  for (ThreadState* d : dropped) {
    clearref(d->pythread);
    clearref(d->sentinels);
    thread_state_delete(d);
  }
}

bool fork_lost_threads() { return g_lost_threads; }

bool fork_in_child() { return g_in_child; }

}  // namespace rt

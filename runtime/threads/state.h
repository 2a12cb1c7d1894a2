// Interpreter state and per-thread state.
//
// There is one Interp (modules, builtins, settings).  Each OS thread that runs
// Python code has a ThreadState: its frame stack, its pending exception, the
// stack of exceptions being handled, its recursion depth.  Nothing else in
// the runtime is mutable global state except what the GIL protects and the
// Interp holds.  tstate() is the current thread's state (thread_local).
//
// The eval loop checks `interp->eval_breaker` at one place (the ticker check);
// the GIL and signals (runtime/signals.h) raise it.
#pragma once
#include <atomic>
#include <cstdint>

#include "runtime/object.h"

namespace interp { struct Frame; }

namespace rt {

// One entry of the "exception being handled" stack (sys.exc_info(), bare
// `raise`, implicit __context__).  Frames and generators push/pop entries.
struct ExcStackItem {
  Object* exc_value = nullptr;  // owned; null means "none"
  ExcStackItem* previous = nullptr;
};

struct ThreadState {
  ThreadState* next = nullptr;          // in interp's list of threads
  interp::Frame* frame = nullptr;       // innermost executing frame
  Object* curexc = nullptr;             // pending exception instance (owned) or null
  ExcStackItem exc_base;                // bottom of the handled-exception stack
  ExcStackItem* exc_info = &exc_base;   // top
  int recursion_depth = 0;              // Python frames + guarded C++ re-entries
  uint64_t thread_id = 0;               // threading.get_ident()
  uint64_t native_id = 0;               // OS thread id
  Object* dict = nullptr;               // per-thread dict (threading.local storage), owned
  Object* repr_stack = nullptr;         // list of objects being repr'd (owned)
  // Scheduling counters (runtime/gil.cpp fills them in; instruments read them).
  int64_t ticker = 0;
  uint64_t bytecodes = 0;               // bytecodes executed (counted in bulk at ticker checks)
  uint64_t gil_hold_ns = 0;             // time spent holding the GIL
  uint64_t gil_wait_ns = 0;             // time spent waiting to get it
  uint64_t gil_acquisitions = 0;
  uint64_t gil_switches = 0;            // acquisitions that took the GIL over from another thread
  uint64_t gil_forced_releases = 0;     // dropped at a ticker expiry / drop request
  uint64_t gil_voluntary_releases = 0;  // given up around a blocking call
  uint64_t gil_futile_wakeups = 0;      // woken to find the GIL taken again
  int64_t gil_hold_start_ns = 0;        // when this thread last took the GIL
  uint64_t gil_word = 0;                // the GIL's lock word as this thread stored it when it took it
  // Thread bookkeeping (runtime/sched.cpp, stdlib/threadmodule.cpp).
  uint64_t serial = 0;                  // 1 = main thread, then creation order
  char name[64] = {0};                  // threading's Thread.name, cached for reports (runtime/sched_names.cpp)
  Object* pythread = nullptr;           // owned: the threading.Thread this OS thread runs (while it runs), for its name
  const char* wait_label = nullptr;     // a native blocking for a Python API names it ("SimpleQueue.get"), or null
  struct ThreadSched* sched = nullptr;  // the scheduler's per-thread data (owned by runtime/sched.cpp)
  Object* sentinels = nullptr;          // list of _thread locks released when the thread ends (owned)
  bool started = false;                 // its OS thread runs (or is about to)
  // async generators: sys.set_asyncgen_hooks (owned or null; interp/asyncgen.cpp reads them)
  Object* asyncgen_firstiter = nullptr;
  Object* asyncgen_finalizer = nullptr;
  // ---- added by typing: the C-stack guard (stdlib/threadmodule.cpp sets it for threads it starts) ----
  const char* c_stack_limit = nullptr;  // below this address the C stack is too low to run more Python
  bool raising_overflow = false;        // enter_recursive_call is building its RecursionError
  // sys.settrace / sys.setprofile, per thread (interp/tracing.cpp, docs/tracing.md).
  Object* trace_func = nullptr;         // owned, or null
  Object* profile_func = nullptr;       // owned, or null
  int tracing = 0;                      // > 0 while a trace or profile function runs (no events then)
  bool use_tracing = false;             // (trace_func || profile_func) && !tracing: frames run the traced loop
  bool trace_switch_pending = false;    // an untraced eval loop of this thread should switch (ticker forced to 0)
  int64_t trace_saved_ticker = 0;       // the ticker value that forcing replaced
  // ---- natives3: the current contextvars.Context (stdlib/_contextvarsmodule.cpp), owned, or null ----
  Object* context = nullptr;
};

// Is the C stack of the calling thread nearly used up?  Python frames and
// guarded C++ re-entries deeper than the guard raise RecursionError instead of
// overflowing a small thread stack (threading.stack_size()); the reserve below
// the limit is for making that error and for its handlers.  No limit set: never.
inline bool c_stack_low(const ThreadState* ts) {
  return static_cast<const char*>(__builtin_frame_address(0)) < ts->c_stack_limit;
}
// The slow path of the recursion check (runtime/call.cpp), shared by
// enter_recursive_call and the eval loop's frame entry: raises RecursionError
// and returns true, or returns false while that very error is being made.
bool recursion_exceeded(ThreadState* ts, const char* where);

enum class GilPolicy : uint8_t { Ticker, Legacy, Interval };
enum class SwitchPoints : uint8_t { Every, Py311 };

struct Interp {
  Object* modules = nullptr;    // sys.modules (dict)
  Object* builtins = nullptr;   // the builtins module's dict
  Object* sysdict = nullptr;    // the sys module's dict
  Object* main_module = nullptr;
  Object* importlib = nullptr;  // _frozen_importlib, CPython's import machinery (interp/import.cpp)
  int recursion_limit = 1000;
  ThreadState* threads = nullptr;
  // Non-zero: the eval loop must look at pending work.  Read at every
  // instruction by every thread and rarely written: a line of its own.
  alignas(64) std::atomic<int> eval_breaker{0};
  char eval_breaker_pad_[64 - sizeof(std::atomic<int>)];
  int check_interval = 100;          // bytecodes between ticker checks
  double switch_interval = 0.005;    // sys.setswitchinterval (the interval policy)
  GilPolicy gil_policy = GilPolicy::Ticker;
  SwitchPoints switch_points = SwitchPoints::Every;
  bool seeded = false;               // --seed N: deterministic scheduling and a virtual clock
  uint64_t seed = 0;
  // GIL changed hands between different threads: seeded mode counts here,
  // real-time mode per thread (ThreadState::gil_switches, folded in here when
  // a thread ends); rt::gil::switches_total() adds them up.
  std::atomic<uint64_t> gil_switches{0};
  const char* script_dir = nullptr;  // the script's directory (sys.path[0] for a file)
  bool finalizing = false;
  // codecs (runtime/codec_registry.cpp): the search functions (list), the
  // lookup cache (dict: normalised name -> CodecInfo), the error handlers
  // (dict: name -> callable), and whether `encodings` was imported.
  Object* codec_search_path = nullptr;
  Object* codec_search_cache = nullptr;
  Object* codec_error_registry = nullptr;
  bool codecs_ready = false;
};

extern Interp* g_interp;
extern constinit thread_local ThreadState* g_tstate;  // constinit: direct TLS access, no wrapper call
inline ThreadState* tstate() { return g_tstate; }
inline Interp* interp_state() { return g_interp; }

ThreadState* thread_state_new();      // registered in the interp's list
void thread_state_delete(ThreadState* ts);

}  // namespace rt

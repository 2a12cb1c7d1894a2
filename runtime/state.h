// Interpreter state and per-thread state.
//
// There is one Interp (modules, builtins, settings).  Each OS thread that runs
// Python code has a ThreadState: its frame stack, its pending exception, the
// stack of exceptions being handled, its recursion depth.  Nothing else in
// the runtime is mutable global state except what the GIL protects and the
// Interp holds.  tstate() is the current thread's state (thread_local).
//
// The eval loop checks `interp->eval_breaker` at one place (the ticker check);
// the GIL, signals and async exceptions will raise it.
#pragma once
#include <atomic>
#include <cstdint>

#include "object.h"

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
  bool recursion_headroom = false;      // while raising RecursionError, allow a few extra levels
  uint64_t thread_id = 0;               // threading.get_ident()
  uint64_t native_id = 0;               // OS thread id
  Object* dict = nullptr;               // per-thread dict (threading.local storage), owned
  Object* repr_stack = nullptr;         // list of objects being repr'd (owned)
  // Scheduling counters (the GIL issue fills these in).
  int64_t ticker = 0;
  uint64_t bytecodes = 0;
};

struct Interp {
  Object* modules = nullptr;    // sys.modules (dict)
  Object* builtins = nullptr;   // the builtins module's dict
  Object* sysdict = nullptr;    // the sys module's dict
  Object* main_module = nullptr;
  int recursion_limit = 1000;
  ThreadState* threads = nullptr;
  std::atomic<int> eval_breaker{0};  // non-zero: the eval loop must look at pending work
  int check_interval = 100;          // bytecodes between ticker checks
  const char* script_dir = nullptr;  // where `import name` looks for name.py first
  bool finalizing = false;
};

extern Interp* g_interp;
extern thread_local ThreadState* g_tstate;
inline ThreadState* tstate() { return g_tstate; }
inline Interp* interp_state() { return g_interp; }

ThreadState* thread_state_new();      // registered in the interp's list
void thread_state_delete(ThreadState* ts);

}  // namespace rt

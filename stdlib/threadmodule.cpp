// The _thread module: OS threads, locks, RLock, thread-local objects.
//
// Every thread is a detached pthread with a 64 MiB (virtual) stack.  Its
// ThreadState is made and registered by the creating thread before
// start_new_thread returns (runtime/sched.cpp: thread_prepare), so serials,
// idents in seeded mode and the run queue never depend on OS timing.  The new
// thread takes the GIL, runs function(*args, **kwargs), prints an uncaught
// exception ("Exception ignored in thread started by: ...", SystemExit is
// silent), releases its sentinel locks (_set_sentinel, which
// threading.Thread.join waits on), clears its state and hands the GIL on
// for good.
//
// Lock and RLock keep their state in an rt::sched::SchedLock: every wait goes
// through the scheduler layer, which records it for the deadlock detector and
// the instruments, and releases the GIL meanwhile.
#include <algorithm>
#include <pthread.h>
#include <signal.h>

#include <cmath>
#include <cstdio>

#include "../interp/code.h"
#include "../interp/frame.h"
#include "runtime/threads/gil.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/state.h"
#include "native.h"
#include "modules.h"
#include "datamodules.h"
#include "structseq.h"

namespace stdlib {
using namespace rt;

namespace {

constexpr double kTimeoutMax = 9223372036.0;  // as CPython's _thread.TIMEOUT_MAX on Linux

TypeObject LockType, RLockType, LocalType;

struct LockObject : Object {
  sched::SchedLock l;
  Object* weaklist;  // first weak reference (runtime/weakref.cpp), not owned
};
struct RLockObject : Object {
  sched::SchedLock l;
  uint64_t owner;  // thread ident, 0: none
  uint64_t count;
  Object* weaklist;  // first weak reference (runtime/weakref.cpp), not owned
};
inline LockObject* L(Object* o) { return static_cast<LockObject*>(o); }
inline RLockObject* R(Object* o) { return static_cast<RLockObject*>(o); }

// acquire(blocking=True, timeout=-1): fills *blocking and *timeout (<0: none).
bool parse_acquire(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool* blocking,
                   double* timeout) {
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args(fname, args, nargs, kwnames, "|blocking,timeout", a)) return false;
  *blocking = true;
  *timeout = -1;
  if (a[0]) {
    int b = object_is_true(a[0]);
    if (b < 0) return false;
    *blocking = b != 0;
  }
  if (a[1]) {
    bool ok = true;
    double t = number_as_double(a[1], &ok);
    if (!ok) return false;
    // As CPython's conversion to its time type, before the other checks.
    if (std::isnan(t)) {
      err_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    if (t > kTimeoutMax) {
      err_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    if (!*blocking && t != -1) {
      err_set_string(Exc_ValueError, "can't specify a timeout for a non-blocking call");
      return false;
    }
    if (t < 0 && t != -1) {
      err_set_string(Exc_ValueError, "timeout value must be positive");
      return false;
    }
    *timeout = t;
  }
  return true;
}

// ---- Lock ---------------------------------------------------------------------

Object* lock_new_object() {
  Object* o = alloc_object(&LockType, sizeof(LockObject));
  if (!o) return nullptr;
  new (&L(o)->l) sched::SchedLock();
  sched::lock_init(&L(o)->l, sched::WaitKind::Lock, o);
  return o;
}

void lock_dealloc(Object* o) {
  clear_weakrefs(o);
  sched::lock_destroy(&L(o)->l);
  free_object(o);
}

Object* lock_repr(Object* o) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "<%s %s object at %p>", sched::lock_locked(&L(o)->l) ? "locked" : "unlocked",
                type_of(o)->tp_name, (void*)o);
  return str_from_cstr(buf);
}

Object* lock_acquire(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  bool blocking;
  double timeout;
  if (!parse_acquire("acquire", args, nargs, kwnames, &blocking, &timeout)) return nullptr;
  int r = sched::lock_acquire(&L(self)->l, blocking, timeout, true);
  if (r < 0) return nullptr;
  return bool_ref(r == 1);
}

Object* lock_enter(Object* self, Object* const*, ssize, Object*) {
  int r = sched::lock_acquire(&L(self)->l, true, -1, true);
  if (r < 0) return nullptr;
  return bool_ref(r == 1);
}

Object* lock_release(Object* self, Object* const*, ssize, Object*) {
  if (!sched::lock_locked(&L(self)->l)) return err_format_null(Exc_RuntimeError, "release unlocked lock");
  sched::lock_release(&L(self)->l);
  return none_ref();
}

Object* lock_locked(Object* self, Object* const*, ssize, Object*) { return bool_ref(sched::lock_locked(&L(self)->l)); }
// _at_fork_reinit(): the lock becomes new and unlocked (CPython's threading
// and logging call it in a forked child, where the threads that held or
// waited for it do not exist).
Object* lock_at_fork_reinit(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("lock._at_fork_reinit", nargs, kwnames)) return nullptr;
  sched::lock_destroy(&L(self)->l);
  sched::lock_init(&L(self)->l, sched::WaitKind::Lock, self);
  return none_ref();
}

MethodDef lock_methods[] = {
    {"acquire", lock_acquire, METH_DEFAULT, "Lock the lock."},
    {"acquire_lock", lock_acquire, METH_DEFAULT, nullptr},
    {"release", lock_release, METH_DEFAULT, "Release the lock."},
    {"release_lock", lock_release, METH_DEFAULT, nullptr},
    {"locked", lock_locked, METH_DEFAULT, "Test whether the lock is currently locked."},
    {"locked_lock", lock_locked, METH_DEFAULT, nullptr},
    {"__enter__", lock_enter, METH_DEFAULT, nullptr},
    {"__exit__", lock_release, METH_DEFAULT, nullptr},
    {"_at_fork_reinit", lock_at_fork_reinit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* lock_type_new(TypeObject*, Object* const*, ssize, Object*) {
  return err_format_null(Exc_TypeError, "cannot create '_thread.lock' instances");
}

// ---- RLock --------------------------------------------------------------------

uint64_t my_ident() { return tstate()->thread_id; }

Object* rlock_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) return nullptr;
  new (&R(o)->l) sched::SchedLock();
  sched::lock_init(&R(o)->l, sched::WaitKind::RLock, o);
  R(o)->owner = 0;
  R(o)->count = 0;
  return o;
}

void rlock_dealloc(Object* o) {
  clear_weakrefs(o);
  sched::lock_destroy(&R(o)->l);
  free_object(o);
}

Object* rlock_repr(Object* o) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "<%s %s object owner=%llu count=%llu at %p>", R(o)->count ? "locked" : "unlocked",
                type_of(o)->tp_name, (unsigned long long)R(o)->owner, (unsigned long long)R(o)->count, (void*)o);
  return str_from_cstr(buf);
}

int rlock_do_acquire(Object* self, bool blocking, double timeout) {
  RLockObject* r = R(self);
  uint64_t me = my_ident();
  if (r->count > 0 && r->owner == me) {
    r->count++;
    return 1;
  }
  int got = sched::lock_acquire(&r->l, blocking, timeout, true);
  if (got == 1) {
    r->owner = me;
    r->count = 1;
  }
  return got;
}

Object* rlock_acquire(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  bool blocking;
  double timeout;
  if (!parse_acquire("acquire", args, nargs, kwnames, &blocking, &timeout)) return nullptr;
  int got = rlock_do_acquire(self, blocking, timeout);
  if (got < 0) return nullptr;
  return bool_ref(got == 1);
}

Object* rlock_enter(Object* self, Object* const*, ssize, Object*) {
  int got = rlock_do_acquire(self, true, -1);
  if (got < 0) return nullptr;
  return bool_ref(got == 1);
}

Object* rlock_release(Object* self, Object* const*, ssize, Object*) {
  RLockObject* r = R(self);
  if (r->count == 0 || r->owner != my_ident())
    return err_format_null(Exc_RuntimeError, "cannot release un-acquired lock");
  if (--r->count == 0) {
    r->owner = 0;
    sched::lock_release(&r->l);
  }
  return none_ref();
}

Object* rlock_is_owned(Object* self, Object* const*, ssize, Object*) {
  return bool_ref(R(self)->count > 0 && R(self)->owner == my_ident());
}

Object* rlock_recursion_count(Object* self, Object* const*, ssize, Object*) {
  return int_from_u64(R(self)->owner == my_ident() ? R(self)->count : 0);
}

// For Condition.wait: release completely, returning (count, owner).
Object* rlock_release_save(Object* self, Object* const*, ssize, Object*) {
  RLockObject* r = R(self);
  if (r->count == 0) return err_format_null(Exc_RuntimeError, "cannot release un-acquired lock");
  Object* cnt = int_from_u64(r->count);
  Object* own = int_from_u64(r->owner);
  Object* t = tuple_pack(2, cnt, own);
  decref(cnt);
  decref(own);
  if (!t) return nullptr;
  r->count = 0;
  r->owner = 0;
  sched::lock_release(&r->l);
  return t;
}

Object* rlock_acquire_restore(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("_acquire_restore", kwnames)) return nullptr;
  if (nargs != 1 || !is_tuple(args[0]) || size_of(args[0]) != 2)
    return err_format_null(Exc_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
  int64_t count = int_as_i64(tuple_get(args[0], 0));
  if (count == -1 && err_occurred()) return nullptr;
  int64_t owner = int_as_i64(tuple_get(args[0], 1));
  if (owner == -1 && err_occurred()) {
    err_clear();
    owner = int64_t(my_ident());
  }
  int got = sched::lock_acquire(&R(self)->l, true, -1);
  if (got < 0) return nullptr;
  R(self)->owner = uint64_t(owner);
  R(self)->count = uint64_t(count);
  return none_ref();
}

Object* rlock_at_fork_reinit(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("RLock._at_fork_reinit", nargs, kwnames)) return nullptr;
  sched::lock_destroy(&R(self)->l);
  sched::lock_init(&R(self)->l, sched::WaitKind::RLock, self);
  R(self)->owner = 0;
  R(self)->count = 0;
  return none_ref();
}

MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, METH_DEFAULT, "Lock the lock."},
    {"release", rlock_release, METH_DEFAULT, "Release the lock."},
    {"__enter__", rlock_enter, METH_DEFAULT, nullptr},
    {"__exit__", rlock_release, METH_DEFAULT, nullptr},
    {"_is_owned", rlock_is_owned, METH_DEFAULT, nullptr},
    {"_recursion_count", rlock_recursion_count, METH_DEFAULT, nullptr},
    {"_release_save", rlock_release_save, METH_DEFAULT, nullptr},
    {"_acquire_restore", rlock_acquire_restore, METH_DEFAULT, nullptr},
    {"_at_fork_reinit", rlock_at_fork_reinit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- _local -------------------------------------------------------------------
// Each _local keeps its per-thread attribute dicts itself, in `dicts` (thread
// serial -> dict), and traverses them, so a cycle through a thread-local
// attribute (x.local.x = x) is visible to the collector, as in CPython.  The
// thread's ThreadState::dict maps the local's key to a small dummy object that
// remembers the local (borrowed) and the thread's serial: when the thread
// ends its dict is cleared, the dummy dies and removes that thread's entry
// from the local.  A local that dies first detaches its dummies.
// `cur` (the instance dict slot tp_dictoffset points at) is switched to the
// calling thread's dict before every attribute access, so the generic
// getattr/setattr work unchanged.

struct LocalObject : Object {
  Object* key;          // int, unique per local object
  Object* args;         // tuple (for __init__ in new threads)
  Object* kwargs;       // dict or null
  Object* dicts;        // dict: thread serial -> that thread's attribute dict
  Object* cur;          // the dict of the thread that accessed it last
  uint64_t cur_serial;  // that thread's serial
  Object* weaklist;     // first weak reference (runtime/weakref.cpp), not owned
};
inline LocalObject* LO(Object* o) { return static_cast<LocalObject*>(o); }
uint64_t g_local_serial = 0;  // GIL-protected

struct LocalDummy : Object {
  LocalObject* owner;  // borrowed; null once the local is gone
  uint64_t serial;     // the thread whose entry it stands for
};
TypeObject LocalDummyType;

void local_dummy_dealloc(Object* o) {
  auto* dm = static_cast<LocalDummy*>(o);
  LocalObject* lo = dm->owner;
  if (lo && lo->dicts) {
    Object* exc = err_fetch();
    if (lo->cur_serial == dm->serial) clearref(lo->cur);
    Object* k = int_from_u64(dm->serial);
    if (k && dict_getitem(lo->dicts, k) && dict_delitem(lo->dicts, k) < 0) err_clear();
    xdecref(k);
    err_clear();
    err_restore(exc);
  }
  free_object(o);
}

bool has_custom_init(TypeObject* t) {
  return type_lookup(t, names::__init__) != type_lookup(&BaseObjectType, names::__init__);
}

// A new attribute dict of lo for the thread ts: in lo->dicts, with a dummy in
// ts->dict, and made current.  -1 on error.
int local_add_thread(LocalObject* lo, ThreadState* ts) {
  if (!ts->dict && !(ts->dict = dict_new())) return -1;
  Object* k = int_from_u64(ts->serial);
  Object* d = k ? dict_new() : nullptr;
  auto* dm = d ? static_cast<LocalDummy*>(alloc_object(&LocalDummyType, sizeof(LocalDummy))) : nullptr;
  int rc = -1;
  if (dm) {
    dm->owner = lo;
    dm->serial = ts->serial;
    if (dict_setitem(lo->dicts, k, d) == 0) {
      rc = dict_setitem(ts->dict, lo->key, dm);
      if (rc < 0) dict_delitem(lo->dicts, k);
    }
  }
  if (rc == 0) {
    setref(lo->cur, newref(d));
    lo->cur_serial = ts->serial;
  }
  xdecref(dm);
  xdecref(d);
  xdecref(k);
  return rc;
}

// Make `cur` the calling thread's dict, creating it (and running __init__ for
// a new thread) when missing.  -1 on error.
int local_prepare(Object* self) {
  LocalObject* lo = LO(self);
  ThreadState* ts = tstate();
  if (lo->cur && lo->cur_serial == ts->serial) return 0;
  if (!lo->dicts) {
    err_set_string(Exc_RuntimeError, "thread-local object was cleared");
    return -1;
  }
  Object* k = int_from_u64(ts->serial);
  if (!k) return -1;
  Object* d = dict_getitem(lo->dicts, k);
  decref(k);
  if (d) {
    setref(lo->cur, newref(d));
    lo->cur_serial = ts->serial;
    return 0;
  }
  if (err_occurred() || local_add_thread(lo, ts) < 0) return -1;
  if (has_custom_init(type_of(self))) {
    Object* init = object_generic_getattr(self, names::__init__);
    if (!init) return -1;
    Object* r = call_tuple_dict(init, lo->args, lo->kwargs);
    decref(init);
    if (!r) return -1;
    decref(r);
  }
  return 0;
}

Object* local_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if ((nargs || kwnames) && !has_custom_init(type))
    return err_format_null(Exc_TypeError, "Initialization arguments are not supported");
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) return nullptr;
  LocalObject* lo = LO(o);
  lo->key = int_from_u64(++g_local_serial);
  lo->args = tuple_from_array(args, nargs);
  lo->dicts = dict_new();
  if (kwnames) {
    lo->kwargs = dict_new();
    for (ssize i = 0; i < size_of(kwnames); i++) dict_setitem(lo->kwargs, tuple_get(kwnames, i), args[nargs + i]);
  }
  gc_track(o);
  if (!lo->key || !lo->args || !lo->dicts || local_add_thread(lo, tstate()) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

int local_traverse(Object* o, visitproc visit, void* arg) {
  LocalObject* lo = LO(o);
  for (Object* x : {lo->args, lo->kwargs, lo->dicts, lo->cur})
    if (x) {
      int r = visit(x, arg);
      if (r) return r;
    }
  return 0;
}

int local_clear(Object* o) {
  LocalObject* lo = LO(o);
  clearref(lo->args);
  clearref(lo->kwargs);
  clearref(lo->cur);
  clearref(lo->dicts);
  return 0;
}

void local_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs(o);
  LocalObject* lo = LO(o);
  if (lo->key && g_interp) {
    // Detach this local's dummies from every thread (they must not touch it any more).
    Object* exc = err_fetch();
    for (ThreadState* ts = g_interp->threads; ts; ts = ts->next) {
      if (!ts->dict) continue;
      Object* dm = dict_getitem(ts->dict, lo->key);
      if (!dm) continue;
      static_cast<LocalDummy*>(dm)->owner = nullptr;
      if (dict_delitem(ts->dict, lo->key) < 0) err_clear();
    }
    err_clear();
    err_restore(exc);
  }
  local_clear(o);
  clearref(lo->key);
  free_object(o);
}

Object* local_getattro(Object* self, Object* name) {
  if (local_prepare(self) < 0) return nullptr;
  if (is_str(name) && str_eq_cstr(name, "__dict__")) return newref(LO(self)->cur);
  return object_generic_getattr(self, name);
}

int local_setattro(Object* self, Object* name, Object* value) {
  if (local_prepare(self) < 0) return -1;
  if (is_str(name) && str_eq_cstr(name, "__dict__")) {
    err_format(Exc_AttributeError, "'%s' object attribute '__dict__' is read-only", type_name(self));
    return -1;
  }
  return object_generic_setattr(self, name, value);
}

// ---- threads ------------------------------------------------------------------

// Thread stacks.  _thread.stack_size(n) sets the size for threads started
// afterwards (0: pyglass's default, large because C++ recursion goes through
// the eval loop).  Each thread gets GUARD_RESERVE bytes more than asked for,
// and ThreadState::c_stack_limit marks where that reserve begins: a Python
// call or guarded C++ re-entry below it raises RecursionError, so a small
// stack ends deep recursion with an exception, never a crash.  The reserve
// covers what C++ code may use between two checks, plus error reporting.
// Sanitizer builds multiply the requested size, their frames being larger,
// and never give a thread less than SANITIZER_MIN_STACK above the reserve:
// threading's bootstrap alone takes more than 8 x 32 KiB under TSan.
constexpr size_t DEFAULT_THREAD_STACK = size_t(64) << 20;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// Sanitizer frames are several times larger: the same Python code needs more stack.
constexpr size_t GUARD_RESERVE = size_t(2) << 20;
constexpr size_t STACK_FACTOR = 8;
constexpr size_t SANITIZER_MIN_STACK = size_t(4) << 20;
#else
constexpr size_t GUARD_RESERVE = size_t(256) << 10;
constexpr size_t STACK_FACTOR = 1;
constexpr size_t SANITIZER_MIN_STACK = 0;
#endif
constexpr int64_t THREAD_STACK_MIN = 32768;  // CPython's minimum on Linux
size_t requested_stack_size = 0;              // _thread.stack_size(); protected by the GIL

void set_stack_guard(ThreadState* ts) {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_attr_getstack(&attr, &addr, &size) == 0 && size > GUARD_RESERVE) {
    ts->c_stack_limit = static_cast<const char*>(addr) + GUARD_RESERVE;  // stacks grow down
  }
  pthread_attr_destroy(&attr);
}

struct Boot {
  ThreadState* ts;
  Object* func;
  Object* args;
  Object* kwargs;
};

void* thread_entry(void* p) {
  Boot* b = static_cast<Boot*>(p);
  ThreadState* ts = b->ts;
  set_stack_guard(ts);
  sched::thread_begin(ts);  // GIL held from here
  sched::adopt_python_thread(ts, b->func);  // threading.Thread's name for the reports
  Object* r = call_tuple_dict(b->func, b->args, b->kwargs);
  if (r) {
    decref(r);
  } else if (err_matches(Exc_SystemExit)) {
    err_clear();
  } else {
    err_write_unraisable(b->func, "Exception ignored in thread started by");
  }
  sched::release_python_thread(ts);
  decref(b->func);
  decref(b->args);
  xdecref(b->kwargs);
  delete b;
  // Clear the state (its thread-local values die here, their __del__ may run),
  // then release the sentinels that Thread.join waits on: as in CPython, a
  // joined thread's locals are gone when join() returns.
  clearref(ts->curexc);
  clearref(ts->exc_base.exc_value);
  clearref(ts->dict);
  if (Object* s = ts->sentinels) {
    ts->sentinels = nullptr;
    for (ssize i = 0; i < size_of(s); i++) {
      Object* lk = list_get(s, i);
      if (sched::lock_locked(&L(lk)->l)) sched::lock_release(&L(lk)->l);
    }
    decref(s);
  }
  clearref(ts->repr_stack);
  interp::frame_cache_clear();  // the thread's cached frames (else 2-3 KiB lost per thread)
  sched::thread_end(ts);  // hands the GIL on for good
  return nullptr;
}

Object* t_start_new_thread(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("start_new_thread", kwnames)) return nullptr;
  if (nargs < 2 || nargs > 3)
    return err_format_null(Exc_TypeError, "start_new_thread expected at %s %d argument%s, got %zd",
                           nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, "s", nargs);
  if (!is_callable(args[0])) return err_format_null(Exc_TypeError, "first arg must be callable");
  if (!is_tuple(args[1])) return err_format_null(Exc_TypeError, "2nd arg must be a tuple");
  if (nargs == 3 && !is_dict(args[2])) return err_format_null(Exc_TypeError, "optional 3rd arg must be a dictionary");
  if (g_interp->finalizing || sched::shutting_down())
    return err_format_null(Exc_RuntimeError, "can't create new thread at interpreter shutdown");
  ThreadState* ts = sched::thread_prepare();
  Boot* b = new Boot{ts, newref(args[0]), newref(args[1]), nargs == 3 ? newref(args[2]) : nullptr};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  size_t stack = DEFAULT_THREAD_STACK;
  if (requested_stack_size)
    stack = std::max(requested_stack_size * STACK_FACTOR, SANITIZER_MIN_STACK) + GUARD_RESERVE;
  pthread_t th;
  int rc = pthread_attr_setstacksize(&attr, stack);
  if (rc == 0) {
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    // The new thread starts with the asynchronous signals blocked, so that the
    // kernel delivers them to the main thread, which runs the Python handlers
    // (runtime/signals.h).
    sigset_t block, saved;
    signals::fill_async_signals(&block);
    pthread_sigmask(SIG_BLOCK, &block, &saved);
    rc = pthread_create(&th, &attr, thread_entry, b);
    pthread_sigmask(SIG_SETMASK, &saved, nullptr);
  }
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    decref(b->func);
    decref(b->args);
    xdecref(b->kwargs);
    delete b;
    sched::thread_abandon(ts);
    return err_format_null(Exc_RuntimeError, "can't start new thread");
  }
  // The new thread cannot run Python before this thread lets the GIL go.
  if (!g_interp->seeded) ts->thread_id = uint64_t(th);
  return int_from_u64(ts->thread_id);
}

Object* t_allocate_lock(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!parse_args("allocate_lock", nullptr, nargs, kwnames, "", nullptr)) return nullptr;
  return lock_new_object();
}

Object* t_get_ident(Object*, Object* const*, ssize, Object*) { return int_from_u64(tstate()->thread_id); }
Object* t_get_native_id(Object*, Object* const*, ssize, Object*) {
  ThreadState* ts = tstate();
  return int_from_u64(g_interp->seeded ? ts->serial : ts->native_id);
}
Object* t_count(Object*, Object* const*, ssize, Object*) { return int_from_i64(sched::live_threads() - 1); }

Object* t_stack_size(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {nullptr};
  if (!no_kwargs("stack_size", kwnames) || !parse_args("stack_size", args, nargs, kwnames, "|size", a))
    return nullptr;
  size_t old = requested_stack_size;
  if (a[0]) {
    Object* n = number_index(a[0]);
    if (!n) return nullptr;
    int64_t v = int_as_i64(n);
    decref(n);
    if (v == -1 && err_occurred()) return nullptr;
    if (v < 0) return err_format_null(Exc_ValueError, "size must be 0 or a positive value");
    if (v != 0 && v < THREAD_STACK_MIN)
      return err_format_null(Exc_ValueError, "size not valid: %lld bytes", (long long)v);
    requested_stack_size = size_t(v);
  }
  return int_from_u64(old);
}

// _set_sentinel(): a lock that this thread's state releases when it is torn
// down (threading acquires it at once, as with CPython's).
Object* t_set_sentinel(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!parse_args("_set_sentinel", nullptr, nargs, kwnames, "", nullptr)) return nullptr;
  Object* lk = lock_new_object();
  if (!lk) return nullptr;
  L(lk)->l.kind = sched::WaitKind::Join;
  ThreadState* ts = tstate();
  if (!ts->sentinels && !(ts->sentinels = list_new(0))) {
    decref(lk);
    return nullptr;
  }
  if (list_append(ts->sentinels, lk) < 0) {
    decref(lk);
    return nullptr;
  }
  return lk;
}

// ---- threading.excepthook's default -------------------------------------------------------------
// _thread._ExceptHookArgs: what CPython's threading.py hands its excepthook.
const char* const excepthook_args_fields[] = {"exc_type", "exc_value", "exc_traceback", "thread", nullptr};
const StructSeqDesc excepthook_args_desc = {"_thread._ExceptHookArgs", excepthook_args_fields, 4};
StructSeqType ExceptHookArgsType;

// "Exception in thread NAME:" and the traceback, on `file` (CPython's thread_excepthook_file).
int excepthook_write(Object* file, Object* value, Object* tb, Object* thread) {
  if (file_write_cstr(file, "Exception in thread ") < 0) return -1;
  Object* name = nullptr;
  if (thread != None) {
    bool error = false;
    name = object_lookup_attr(thread, names::name, &error);
    if (error) return -1;
  }
  Object* text = name ? object_str(name) : str_from(std::to_string(tstate()->thread_id));
  xdecref(name);
  if (!text) return -1;
  int r = file_write_str(file, text);
  decref(text);
  if (r < 0 || file_write_cstr(file, ":\n") < 0) return -1;
  if (is_exception(value)) {
    if (tb != None && !exc_get_traceback(value)) exc_set_traceback(value, tb);
    interp::print_exception(value, file);
  } else {
    Object* rep = object_repr(value);
    if (!rep) return -1;
    r = file_write_str(file, rep);
    decref(rep);
    if (r < 0 || file_write_cstr(file, "\n") < 0) return -1;
  }
  Object* res = call_method0(file, names::flush);
  if (!res) return -1;
  decref(res);
  return 0;
}

Object* t_excepthook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("_excepthook", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "_thread._excepthook() takes exactly one argument (%zd given)", nargs);
  Object* a = args[0];
  if (type_of(a) != &ExceptHookArgsType)
    return err_format_null(Exc_TypeError, "_thread.excepthook argument type must be ExceptHookArgs");
  Object* exc_type = structseq_get(a, 0);
  if (exc_type == static_cast<Object*>(Exc_SystemExit)) return none_ref();  // silently ignored
  Object* thread = structseq_get(a, 3);
  Object* file = xnewref(sys_get_object("stderr"));
  if (!file || file == None) {
    xdecref(file);
    if (thread == None) return none_ref();  // nowhere to write
    file = object_getattr_str(thread, "_stderr");
    if (!file) return nullptr;
    if (file == None) {
      decref(file);
      return none_ref();
    }
  }
  int r = excepthook_write(file, structseq_get(a, 1), structseq_get(a, 2), thread);
  decref(file);
  return r < 0 ? nullptr : none_ref();
}

Object* t_exit(Object*, Object* const*, ssize, Object*) {
  err_set_none(Exc_SystemExit);
  return nullptr;
}

// interrupt_main(signum=SIGINT): as if the signal had arrived, unless Python
// ignores it or leaves it to the default action (then nothing happens).  The
// main thread runs the handler between two bytecodes, or as soon as the wait
// it is blocked in is interrupted.
Object* t_interrupt_main(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* signum = nullptr;
  if (!parse_args("interrupt_main", args, nargs, kwnames, "|signum", &signum)) return nullptr;
  int sig = SIGINT;
  if (signum && !native::int_arg(signum, &sig)) return nullptr;
  if (sig < 1 || sig >= signals::kNSig) return err_format_null(Exc_ValueError, "signal number out of range");
  Object* h = signals::get_handler(sig);
  bool python_handler = h && h != None && !is_int(h);  // SIG_DFL and SIG_IGN are the ints 0 and 1
  if (python_handler) signals::trip(sig);
  return none_ref();
}

MethodDef thread_functions[] = {
    {"start_new_thread", t_start_new_thread, METH_DEFAULT, "Start a new thread and return its identifier."},
    {"start_new", t_start_new_thread, METH_DEFAULT, nullptr},
    {"allocate_lock", t_allocate_lock, METH_DEFAULT, "Create a new lock object."},
    {"allocate", t_allocate_lock, METH_DEFAULT, nullptr},
    {"get_ident", t_get_ident, METH_DEFAULT, "Return a non-zero integer that uniquely identifies the current thread."},
    {"get_native_id", t_get_native_id, METH_DEFAULT, "Return the native integral Thread ID of the current thread."},
    {"_count", t_count, METH_DEFAULT, nullptr},
    {"_excepthook", t_excepthook, METH_DEFAULT, "Handle uncaught Thread.run() exception."},
    {"stack_size", t_stack_size, METH_DEFAULT, nullptr},
    {"_set_sentinel", t_set_sentinel, METH_DEFAULT, nullptr},
    {"exit", t_exit, METH_DEFAULT, nullptr},
    {"exit_thread", t_exit, METH_DEFAULT, nullptr},
    {"interrupt_main", t_interrupt_main, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int ready_thread_types() {
  if (has_flag(&LockType, TPFLAG_READY)) return 0;
  LockType.tp_name = "_thread.lock";
  LockType.tp_basicsize = sizeof(LockObject);
  LockType.tp_new = lock_type_new;
  LockType.tp_dealloc = lock_dealloc;
  LockType.tp_weaklistoffset = ssize(offsetof(LockObject, weaklist));
  LockType.tp_repr = lock_repr;
  LockType.tp_methods = lock_methods;
  RLockType.tp_name = "_thread.RLock";
  RLockType.tp_basicsize = sizeof(RLockObject);
  RLockType.tp_flags = TPFLAG_BASETYPE;
  RLockType.tp_new = rlock_new;
  RLockType.tp_dealloc = rlock_dealloc;
  RLockType.tp_weaklistoffset = ssize(offsetof(RLockObject, weaklist));
  RLockType.tp_repr = rlock_repr;
  RLockType.tp_methods = rlock_methods;
  LocalType.tp_name = "_thread._local";
  LocalType.tp_basicsize = sizeof(LocalObject);
  LocalType.tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC;
  LocalType.tp_new = local_new;
  LocalType.tp_dealloc = local_dealloc;
  LocalType.tp_traverse = local_traverse;
  LocalType.tp_clear = local_clear;
  LocalType.tp_getattro = local_getattro;
  LocalType.tp_setattro = local_setattro;
  LocalType.tp_dictoffset = ssize(offsetof(LocalObject, cur));
  LocalType.tp_weaklistoffset = ssize(offsetof(LocalObject, weaklist));
  LocalType.tp_doc = "Thread-local data";
  LocalDummyType.tp_name = "_thread._localdummy";
  LocalDummyType.tp_basicsize = sizeof(LocalDummy);
  LocalDummyType.tp_dealloc = local_dummy_dealloc;
  if (ready_static_type(&LockType) < 0 || ready_static_type(&RLockType) < 0 || ready_static_type(&LocalType) < 0 ||
      ready_static_type(&LocalDummyType) < 0 ||
      structseq_init_type(&ExceptHookArgsType, &excepthook_args_desc) < 0)
    return -1;
  return 0;
}


Object* init_thread_module() {
  if (ready_thread_types() < 0) return nullptr;
  Object* m = module_new("_thread");
  if (!m) return nullptr;
  if (module_add_functions(m, thread_functions) < 0 ||
      module_add_object(m, "LockType", newref(static_cast<Object*>(&LockType))) < 0 ||
      module_add_object(m, "RLock", newref(static_cast<Object*>(&RLockType))) < 0 ||
      module_add_object(m, "_local", newref(static_cast<Object*>(&LocalType))) < 0 ||
      module_add_object(m, "_ExceptHookArgs", newref(static_cast<Object*>(&ExceptHookArgsType))) < 0 ||
      module_add_object(m, "error", newref(static_cast<Object*>(Exc_RuntimeError))) < 0 ||
      module_add_object(m, "TIMEOUT_MAX", float_from_double(kTimeoutMax)) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

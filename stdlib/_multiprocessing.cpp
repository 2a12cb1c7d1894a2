// _multiprocessing: SemLock over POSIX named semaphores, sem_unlink and
// flags -- what CPython's multiprocessing/synchronize.py (Lock, RLock,
// Semaphore, BoundedSemaphore, Condition, Event, Barrier), queues.py and
// resource_tracker.py take from the native module.
//
// A SemLock is a sem_t shared between processes (sem_open by name; a forked
// child inherits the mapping, a spawned one reopens it by name in _rebuild).
// The object adds what the semaphore cannot know, per process:
//   * count: how many times this process acquired it through this object
//     and has not released it (RECURSIVE_MUTEX: the recursion depth);
//   * last_tid: the thread (threading.get_ident()) that acquired it last.
// "Mine" means count > 0 and last_tid is the calling thread.  Invariants:
//   * RECURSIVE_MUTEX: the semaphore is 0 exactly while one owner holds it,
//     whatever its depth (only the outermost acquire waits on the semaphore,
//     only the outermost release posts it); release by a non-owner is an
//     AssertionError.
//   * SEMAPHORE: a release past maxvalue is refused (ValueError) before the
//     post: for maxvalue 1 by probing with sem_trywait, else sem_getvalue.
//   * _after_fork (called in a forked child) sets count to 0: the child's
//     threads never acquired it.
//
// Waiting.  acquire first tries sem_trywait with the GIL held; only if that
// fails does it block, in a sched::BlockingSection (the GIL is released,
// the instruments see an I/O wait), retrying after EINTR once the signal
// handlers ran (PEP 475).  The deadlock detector never counts such a wait as
// hopeless: another process may post the semaphore at any time.  Seeded mode
// (--seed) keeps the baton while it blocks in system calls, so a SemLock
// wait there polls instead: sem_trywait, then a virtual sleep of a
// millisecond (other threads of the process run; timeouts are measured on
// the virtual clock), until it succeeds or the timeout has passed.
#include <fcntl.h>
#include <semaphore.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "runtime/threads/sched.h"
#include "runtime/threads/state.h"
#include "clinic.h"
#include "modules.h"
#include "native.h"

namespace stdlib {

using namespace rt;

namespace {

constexpr int RECURSIVE_MUTEX = 0;
constexpr int SEMAPHORE = 1;

TypeObject SemLockType;

struct SemLockObject : Object {
  sem_t* handle;
  uint64_t last_tid;
  int count;
  int maxvalue;
  int kind;
  char* name;  // malloc'd, or null (unlinked at creation, or rebuilt without a name)
};

SemLockObject* SL(Object* o) { return static_cast<SemLockObject*>(o); }

uint64_t current_tid() { return tstate()->thread_id; }
bool is_mine(SemLockObject* s) { return s->count > 0 && s->last_tid == current_tid(); }

Object* oserror() {
  err_set_from_errno(Exc_OSError, errno);
  return nullptr;
}

// A new SemLock of `type` over an open semaphore; name (may be null) is copied.
Object* new_semlock(TypeObject* type, sem_t* handle, int kind, int maxvalue, const char* name) {
  char* copy = nullptr;
  if (name) {
    copy = strdup(name);
    if (!copy) return err_no_memory(), nullptr;
  }
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) {
    std::free(copy);
    return nullptr;
  }
  SemLockObject* s = SL(o);
  s->handle = handle;
  s->kind = kind;
  s->maxvalue = maxvalue;
  s->name = copy;
  s->count = 0;
  s->last_tid = 0;
  return o;
}

// The "s" converter: a str without NUL characters, as UTF-8.
const char* str_arg(const char* fname, const char* argname, Object* o) {
  if (!is_str(o)) {
    err_format(Exc_TypeError, "%s() argument '%s' must be str, not %s", fname, argname, type_name(o));
    return nullptr;
  }
  const char* s = str_utf8(o);
  if (!s) return nullptr;
  if (std::strlen(s) != size_t(str_utf8_len(o))) {
    err_set_string(Exc_ValueError, "embedded null character");
    return nullptr;
  }
  return s;
}

// SemLock(kind, value, maxvalue, name, unlink)
Object* semlock_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[5];
  if (!clinic::parse("SemLock", args, nargs, kwnames, "kind,value,maxvalue,name,unlink", a)) return nullptr;
  int kind, value, maxvalue;
  bool unlink;
  if (!clinic::to_int(a[0], &kind) || !clinic::to_int(a[1], &value) || !clinic::to_int(a[2], &maxvalue))
    return nullptr;
  const char* name = str_arg("SemLock", "name", a[3]);
  if (!name || !clinic::to_bool(a[4], &unlink)) return nullptr;
  if (kind != RECURSIVE_MUTEX && kind != SEMAPHORE) return err_format_null(Exc_ValueError, "unrecognized kind");
  sem_t* h = sem_open(name, O_CREAT | O_EXCL, 0600, unsigned(value));
  if (h == SEM_FAILED) return oserror();
  if (unlink && sem_unlink(name) < 0) {
    int e = errno;
    sem_close(h);
    errno = e;
    return oserror();
  }
  Object* o = new_semlock(type, h, kind, maxvalue, unlink ? nullptr : name);
  if (!o) sem_close(h);
  return o;
}

void semlock_dealloc(Object* o) {
  SemLockObject* s = SL(o);
  if (s->handle && s->handle != SEM_FAILED) sem_close(s->handle);
  std::free(s->name);
  free_object(o);
}

// Seeded mode's wait (see the header): 1 acquired, 0 timed out, -1 a signal handler raised.
int wait_seeded(sem_t* h, bool use_deadline, double timeout) {
  constexpr double kPoll = 0.001;
  double deadline = sched::monotonic() + timeout;
  for (;;) {
    if (sem_trywait(h) == 0) return 1;
    if (errno != EAGAIN && errno != EINTR) return -2;
    if (use_deadline && sched::monotonic() >= deadline) return 0;
    if (sched::sleep(kPoll) < 0) return -1;
    struct timespec real = {0, 100000};  // and a little real time, for the other process
    nanosleep(&real, nullptr);
  }
}

// Real time: sem_wait / sem_clockwait with the GIL released; 0 or -1 with errno.
int wait_blocking(sem_t* h, bool use_deadline, const struct timespec& deadline) {
  int r;
  do {
    sched::BlockingSection bs;
    r = use_deadline ? sem_clockwait(h, CLOCK_MONOTONIC, &deadline) : sem_wait(h);
  } while (r < 0 && sched::retry_after_eintr());
  return r;
}

Object* acquire_impl(SemLockObject* s, bool blocking, Object* timeout_obj) {
  if (s->kind == RECURSIVE_MUTEX && is_mine(s)) {
    s->count++;
    return bool_ref(true);
  }
  bool use_deadline = timeout_obj && timeout_obj != None;
  double timeout = 0;
  if (use_deadline) {
    if (!clinic::to_double(timeout_obj, &timeout)) return nullptr;
    if (!(timeout >= 0)) timeout = 0;
    if (timeout > 1e9) use_deadline = false;  // over 30 years: no deadline (and no time_t overflow)
  }
  // Without blocking first, the GIL held.
  int r;
  do {
    r = sem_trywait(s->handle);
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0 && errno == EINTR) return nullptr;  // a signal handler raised
  if (r < 0 && errno == EAGAIN && blocking) {
    ThreadState* ts = tstate();
    const char* saved = ts->wait_label;
    ts->wait_label = "SemLock.acquire";
    if (g_interp->seeded) {
      int w = wait_seeded(s->handle, use_deadline, timeout);
      ts->wait_label = saved;
      if (w == -1) return nullptr;
      if (w == 0) return bool_ref(false);
      r = w == 1 ? 0 : -1;
    } else {
      struct timespec now, deadline = {0, 0};
      clock_gettime(CLOCK_MONOTONIC, &now);
      double whole = std::floor(timeout);
      deadline.tv_sec = now.tv_sec + time_t(whole);
      deadline.tv_nsec = now.tv_nsec + long((timeout - whole) * 1e9);
      if (deadline.tv_nsec >= 1000000000) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000;
      }
      r = wait_blocking(s->handle, use_deadline, deadline);
      ts->wait_label = saved;
      if (r < 0 && errno == EINTR) return nullptr;  // a signal handler raised
    }
  }
  if (r < 0) {
    if (errno == EAGAIN || errno == ETIMEDOUT) return bool_ref(false);
    return oserror();
  }
  s->count++;
  s->last_tid = current_tid();
  return bool_ref(true);
}

// acquire(block=True, timeout=None)
Object* semlock_acquire(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {nullptr, nullptr};
  if (!clinic::parse("acquire", args, nargs, kwnames, "|block,timeout", a)) return nullptr;
  bool blocking = true;
  if (a[0] && !clinic::to_bool(a[0], &blocking)) return nullptr;
  return acquire_impl(SL(self), blocking, a[1]);
}

Object* release_impl(SemLockObject* s) {
  if (s->kind == RECURSIVE_MUTEX) {
    if (!is_mine(s)) return err_format_null(Exc_AssertionError, "attempt to release recursive lock not owned by thread");
    if (s->count > 1) {
      s->count--;
      return none_ref();
    }
  } else if (s->maxvalue == 1) {
    // The lock must be taken: probe it, and undo the probe if it was free.
    if (sem_trywait(s->handle) < 0) {
      if (errno != EAGAIN) return oserror();
    } else {
      if (sem_post(s->handle) < 0) return oserror();
      return err_format_null(Exc_ValueError, "semaphore or lock released too many times");
    }
  } else {
    int sval;
    if (sem_getvalue(s->handle, &sval) < 0) return oserror();
    if (sval >= s->maxvalue) return err_format_null(Exc_ValueError, "semaphore or lock released too many times");
  }
  if (sem_post(s->handle) < 0) return oserror();
  s->count--;
  return none_ref();
}

Object* semlock_release(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SemLock.release", nargs, kwnames)) return nullptr;
  return release_impl(SL(self));
}

Object* semlock_enter(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SemLock.__enter__", nargs, kwnames)) return nullptr;
  return acquire_impl(SL(self), true, nullptr);
}

Object* semlock_exit(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("__exit__", kwnames)) return nullptr;
  if (nargs > 3) return err_format_null(Exc_TypeError, "__exit__ expected at most 3 arguments, got %zd", nargs);
  return release_impl(SL(self));
}

Object* semlock_count(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SemLock._count", nargs, kwnames)) return nullptr;
  return int_from_i64(SL(self)->count);
}

Object* semlock_is_mine(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SemLock._is_mine", nargs, kwnames)) return nullptr;
  return bool_ref(is_mine(SL(self)));
}

// sem_getvalue; a negative value (waiters, on some systems) counts as 0.  -1 with an error.
int semaphore_value(SemLockObject* s) {
  int sval;
  if (sem_getvalue(s->handle, &sval) < 0) {
    oserror();
    return -1;
  }
  return sval < 0 ? 0 : sval;
}

Object* semlock_get_value(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SemLock._get_value", nargs, kwnames)) return nullptr;
  int v = semaphore_value(SL(self));
  return v < 0 ? nullptr : int_from_i64(v);
}

Object* semlock_is_zero(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SemLock._is_zero", nargs, kwnames)) return nullptr;
  int v = semaphore_value(SL(self));
  return v < 0 ? nullptr : bool_ref(v == 0);
}

Object* semlock_after_fork(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("SemLock._after_fork", nargs, kwnames)) return nullptr;
  SL(self)->count = 0;
  return none_ref();
}

// SemLock._rebuild(handle, kind, maxvalue, name): the same semaphore in
// another process (synchronize.py's __setstate__).  With a name it is opened
// again by name; without one the handle is the inherited pointer (fork).
Object* semlock_rebuild(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("_rebuild", kwnames)) return nullptr;
  if (!native::check_getargs_count("_rebuild", nargs, 4, 4)) return nullptr;
  long handle;
  int kind, maxvalue;
  if (!clinic::to_long(args[0], &handle)) return nullptr;
  if (!clinic::to_int_getargs(args[1], &kind) || !clinic::to_int_getargs(args[2], &maxvalue)) return nullptr;
  const char* name = nullptr;
  if (args[3] != None && !(name = str_arg("_rebuild", "name", args[3]))) return nullptr;
  sem_t* h = reinterpret_cast<sem_t*>(handle);
  if (name) {
    h = sem_open(name, 0);
    if (h == SEM_FAILED) return oserror();
  }
  Object* o = new_semlock(static_cast<TypeObject*>(cls), h, kind, maxvalue, name);
  if (!o && name) sem_close(h);
  return o;
}

Object* get_handle(Object* self, void*) { return int_from_i64(int64_t(reinterpret_cast<intptr_t>(SL(self)->handle))); }
Object* get_kind(Object* self, void*) { return int_from_i64(SL(self)->kind); }
Object* get_maxvalue(Object* self, void*) { return int_from_i64(SL(self)->maxvalue); }
Object* get_name(Object* self, void*) { return SL(self)->name ? str_from_cstr(SL(self)->name) : none_ref(); }

GetSetDef semlock_getset[] = {
    {"handle", get_handle, native::readonly_member, "", nullptr},
    {"kind", get_kind, native::readonly_member, "", nullptr},
    {"maxvalue", get_maxvalue, native::readonly_member, "", nullptr},
    {"name", get_name, native::readonly_member, "", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef semlock_methods[] = {
    {"acquire", semlock_acquire, METH_DEFAULT, "Acquire the semaphore/lock."},
    {"release", semlock_release, METH_DEFAULT, "Release the semaphore/lock."},
    {"__enter__", semlock_enter, METH_DEFAULT, "Enter the semaphore/lock."},
    {"__exit__", semlock_exit, METH_DEFAULT, "Exit the semaphore/lock."},
    {"_count", semlock_count, METH_DEFAULT, "Num of `acquire()`s minus num of `release()`s for this process."},
    {"_is_mine", semlock_is_mine, METH_DEFAULT, "Whether the lock is owned by this thread."},
    {"_get_value", semlock_get_value, METH_DEFAULT, "Get the value of the semaphore."},
    {"_is_zero", semlock_is_zero, METH_DEFAULT, "Return whether semaphore has value zero."},
    {"_rebuild", semlock_rebuild, METH_CLASS, nullptr},
    {"_after_fork", semlock_after_fork, METH_DEFAULT, "Rezero the net acquisition count after fork()."},
    {nullptr, nullptr, 0, nullptr},
};

// sem_unlink(name)
Object* mp_sem_unlink(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!clinic::parse("sem_unlink", args, nargs, kwnames, "name/", a)) return nullptr;
  const char* name = str_arg("sem_unlink", "argument", a[0]);
  if (!name) return nullptr;
  if (sem_unlink(name) < 0) return oserror();
  return none_ref();
}

MethodDef mp_functions[] = {
    {"sem_unlink", mp_sem_unlink, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_multiprocessing_module() {
  if (!has_flag(&SemLockType, TPFLAG_READY)) {
    SemLockType.tp_name = "_multiprocessing.SemLock";
    SemLockType.tp_basicsize = sizeof(SemLockObject);
    SemLockType.tp_flags = TPFLAG_BASETYPE;
    SemLockType.tp_new = semlock_new;
    SemLockType.tp_dealloc = semlock_dealloc;
    SemLockType.tp_methods = semlock_methods;
    SemLockType.tp_getset = semlock_getset;
    SemLockType.tp_doc = "Semaphore/Mutex type";
  }
  Object* m = native::make_module("_multiprocessing", nullptr, mp_functions, {&SemLockType});
  if (!m) return nullptr;
  if (!dict_getitem_str(SemLockType.tp_dict, "SEM_VALUE_MAX")) {
    // A class attribute of a static type lives as long as the process: immortal.
    Object* v = int_from_i64(SEM_VALUE_MAX);
    if (!v) {
      decref(m);
      return nullptr;
    }
    make_immortal(v);
    if (dict_setitem_str(SemLockType.tp_dict, "SEM_VALUE_MAX", v) < 0) {
      decref(m);
      return nullptr;
    }
  }
  Object* flags = dict_new();
  Object* one = int_from_i64(1);
  bool ok = flags && one && dict_setitem_str(flags, "HAVE_SEM_OPEN", one) == 0 &&
            dict_setitem_str(flags, "HAVE_SEM_TIMEDWAIT", one) == 0;
  xdecref(one);
  if (!ok || module_add_object(m, "flags", flags) < 0) {
    if (!ok) xdecref(flags);
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

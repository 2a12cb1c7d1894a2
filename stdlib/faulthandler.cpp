// faulthandler: dump the Python tracebacks of the threads on a fatal signal,
// after a timeout, or on a user signal (CPython 3.11's module, same output).
//
// How it works
// ------------
// The dump reads the interpreter's structures directly: rt::Interp::threads
// (the list of ThreadStates, newest first), each thread's innermost frame
// (ThreadState::frame) and the `back` links, and each frame's code object:
// its filename and name (str objects keep their UTF-8 inline) and the line
// of the frame's current instruction (CodeObject::lines, a plain array).
// Nothing is allocated, no lock is taken, no Python object is created or
// touched through its reference count, and output goes out with write(2) to
// a file descriptor: the dump is async-signal-safe, so it runs inside signal
// handlers and in the watchdog thread, which never takes the GIL.  As in
// CPython it reads other threads' frames without stopping them: a dump of a
// thread that runs meanwhile may show a frame that is being left.
//
// Invariants and decisions
//  * The fatal handlers (SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL) run on an
//    alternate signal stack (sigaltstack, of the thread that called enable()
//    or register(), as CPython) so a C stack overflow can be reported; each
//    restores the handler it replaced before writing, then re-raises the
//    signal (SA_NODEFER: delivered at once), so the process dies of it.
//  * The file objects given to enable(), register() and
//    dump_traceback_later() are kept (owned) while their descriptors are in
//    use, as CPython keeps them, and dropped by disable()/unregister()/
//    cancel and at exit (faulthandler_fini, before the leak check).
//  * The watchdog is a pthread of its own with every signal blocked: it waits
//    on a condition variable with a CLOCK_MONOTONIC deadline, and cancelling
//    wakes and joins it.  It never touches the GIL (seeded mode's virtual
//    clock does not drive it: its timeout is real time).
//  * pyglass has no crash reporter of its own; sanitizer builds install
//    theirs at start-up and enable() replaces it for the signals it handles,
//    as it would replace any previous handler (docs/native-modules.md).
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "../gc/gc.h"
#include "../interp/frame.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/state.h"
#include "runtime/text/str.h"
#include "config.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

constexpr int kMaxFrameDepth = 100;   // frames per thread, then "  ..."
constexpr int kMaxThreads = 100;      // threads, then "..."
constexpr ssize kMaxStringLength = 500;  // code points of a name, then "..."

// ---- async-signal-safe output --------------------------------------------------------

void put_raw(int fd, const char* s, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, s, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    s += w;
    n -= size_t(w);
  }
}

void put(int fd, const char* s) { put_raw(fd, s, std::strlen(s)); }

void put_decimal(int fd, uint64_t v) {
  char buf[24];
  char* p = buf + sizeof buf;
  do {
    *--p = char('0' + v % 10);
    v /= 10;
  } while (v);
  put_raw(fd, p, size_t(buf + sizeof buf - p));
}

// At least `width` lowercase hex digits, zero-padded.
void put_hex(int fd, uint64_t v, int width) {
  char buf[20];
  char* p = buf + sizeof buf;
  int n = 0;
  do {
    *--p = "0123456789abcdef"[v & 15];
    v >>= 4;
    n++;
  } while ((v || n < width) && p > buf);
  put_raw(fd, p, size_t(buf + sizeof buf - p));
}

// A str as CPython's _Py_DumpASCII writes it: printable ASCII as is, other
// code points as \xNN, \uNNNN or \UNNNNNNNN, at most 500 of them then "...".
void put_str(int fd, Object* s) {
  StrObject* so = as_str(s);
  const char* p = so->data;
  const char* end = p + so->utf8_len;
  ssize n = 0;
  char run[128];
  size_t runlen = 0;
  auto flush = [&] {
    put_raw(fd, run, runlen);
    runlen = 0;
  };
  while (p < end && n < kMaxStringLength) {
    uint32_t c = utf8_next(p);
    n++;
    if (c >= ' ' && c <= 126) {
      if (runlen == sizeof run) flush();
      run[runlen++] = char(c);
      continue;
    }
    flush();
    if (c <= 0xff) {
      put(fd, "\\x");
      put_hex(fd, c, 2);
    } else if (c <= 0xffff) {
      put(fd, "\\u");
      put_hex(fd, c, 4);
    } else {
      put(fd, "\\U");
      put_hex(fd, c, 8);
    }
  }
  flush();
  if (p < end) put(fd, "...");
}

// ---- the dump --------------------------------------------------------------------------

void dump_frame(int fd, interp::Frame* f) {
  interp::CodeObject* code = f->code;
  put(fd, "  File ");
  if (code && code->filename && is_str(code->filename)) {
    put(fd, "\"");
    put_str(fd, code->filename);
    put(fd, "\"");
  } else {
    put(fd, "???");
  }
  put(fd, ", line ");
  int line = code ? f->lineno() : -1;
  if (line >= 0)
    put_decimal(fd, uint64_t(line));
  else
    put(fd, "???");
  put(fd, " in ");
  if (code && code->name && is_str(code->name))
    put_str(fd, code->name);
  else
    put(fd, "???");
  put(fd, "\n");
}

void dump_stack(int fd, ThreadState* ts, bool header) {
  if (header) put(fd, "Stack (most recent call first):\n");
  interp::Frame* f = ts->frame;
  if (!f) {
    put(fd, "  <no Python frame>\n");
    return;
  }
  for (int depth = 0; f; f = f->back, depth++) {
    if (depth >= kMaxFrameDepth) {
      put(fd, "  ...\n");
      break;
    }
    dump_frame(fd, f);
  }
}

// Every thread, newest first; `current` (may be null) is named "Current thread".
void dump_threads(int fd, ThreadState* current) {
  Interp* in = interp_state();
  if (!in) return;
  int n = 0;
  for (ThreadState* ts = in->threads; ts; ts = ts->next, n++) {
    if (n) put(fd, "\n");
    if (n >= kMaxThreads) {
      put(fd, "...\n");
      break;
    }
    put(fd, ts == current ? "Current thread 0x" : "Thread 0x");
    put_hex(fd, ts->thread_id, int(sizeof(unsigned long) * 2));
    put(fd, " (most recent call first):\n");
    if (ts == current && gc::is_collecting()) put(fd, "  Garbage-collecting\n");
    dump_stack(fd, ts, false);
  }
}

// What a fatal signal or a user signal writes: the current thread's stack, or every thread's.
void dump_for_signal(int fd, bool all_threads) {
  static volatile sig_atomic_t reentrant = 0;
  if (reentrant) return;
  reentrant = 1;
  ThreadState* ts = tstate();
  if (all_threads)
    dump_threads(fd, ts);
  else if (ts)
    dump_stack(fd, ts, true);
  reentrant = 0;
}

// "Extension modules: a, b (total: 2)": the native modules in sys.modules that
// sys.stdlib_module_names does not list (CPython's _Py_DumpExtensionModules).
// Found without allocating: sys.modules and the sys dict are iterated, not looked up.
void dump_extension_modules(int fd) {
  Interp* in = interp_state();
  if (!in || !in->modules || !is_dict(in->modules)) return;
  Object* stdlib_names = nullptr;
  if (in->sysdict) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(in->sysdict, &pos, &k, &v))
      if (is_str(k) && str_view(k) == "stdlib_module_names") {
        stdlib_names = v;
        break;
      }
  }
  if (stdlib_names && !is_instance_of(stdlib_names, &FrozenSetType)) stdlib_names = nullptr;
  ssize pos = 0, count = 0;
  Object *k, *v;
  while (dict_next(in->modules, &pos, &k, &v)) {
    if (!is_str(k) || !is_instance_of(v, &ModuleType) || !find_builtin_module(str_view(k))) continue;
    if (stdlib_names) {
      bool in_stdlib = false;
      ssize i = 0;
      Object* item;
      while (!in_stdlib && set_next(stdlib_names, &i, &item)) in_stdlib = is_str(item) && str_view(item) == str_view(k);
      if (in_stdlib) continue;
    }
    put(fd, count ? ", " : "\nExtension modules: ");
    put_str(fd, k);
    count++;
  }
  if (count) {
    put(fd, " (total: ");
    put_decimal(fd, uint64_t(count));
    put(fd, ")\n");
  }
}

// ---- the file argument -----------------------------------------------------------------

// CPython's faulthandler_get_fileno: None/absent -> sys.stderr; an int -> that
// descriptor (*file set to null); else file.fileno(), after file.flush()
// (its errors ignored).  -1 with an exception.
int get_fileno(Object** file) {
  Object* f = *file;
  if (!f || f == None) {
    f = sys_get_object("stderr");
    if (!f) {
      err_set_string(Exc_RuntimeError, "unable to get sys.stderr");
      return -1;
    }
    if (f == None) {
      err_set_string(Exc_RuntimeError, "sys.stderr is None");
      return -1;
    }
  } else if (is_int(f)) {
    int fd;
    if (!native::int_arg(f, &fd)) return -1;
    if (fd < 0) {
      err_set_string(Exc_ValueError, "file is not a valid file descripter");
      return -1;
    }
    *file = nullptr;
    return fd;
  }
  Object* r = call_method0(f, names::fileno);
  if (!r) return -1;
  int fd = -1;
  if (is_int(r)) {
    int64_t v = int_as_i64(r);
    if (v == -1 && err_occurred()) err_clear();
    if (v >= 0 && v < INT_MAX) fd = int(v);
  }
  decref(r);
  if (fd < 0) {
    err_set_string(Exc_RuntimeError, "file.fileno() is not a valid file descriptor");
    return -1;
  }
  r = call_method0(f, names::flush);
  if (r)
    decref(r);
  else
    err_clear();
  *file = f;
  return fd;
}

bool bool_arg(Object* o, bool* out) {
  if (!o) return true;
  int t = object_is_true(o);
  if (t < 0) return false;
  *out = t;
  return true;
}

// ---- the alternate signal stack --------------------------------------------------------

stack_t alt_stack = {};

// The calling thread's alternate stack: one already installed (a sanitizer's,
// or one made by other code) is kept, since its owner frees it when the
// thread ends; else one of our own, never freed (handlers may run until exit).
bool allocate_alt_stack() {
  if (alt_stack.ss_sp) return true;
  stack_t current;
  if (sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE) && current.ss_sp) {
    alt_stack = current;
    return true;
  }
  size_t size = size_t(SIGSTKSZ) * 2;
  if (size < 64 * 1024) size = 64 * 1024;  // sanitizer-instrumented handlers need more
  void* p = std::malloc(size);
  if (!p) {
    err_no_memory();
    return false;
  }
  alt_stack.ss_sp = p;
  alt_stack.ss_size = size;
  alt_stack.ss_flags = 0;
  if (sigaltstack(&alt_stack, nullptr) != 0) {
    err_set_from_errno(Exc_OSError, errno);
    return false;
  }
  return true;
}

// ---- fatal signals ---------------------------------------------------------------------

struct FatalSignal {
  int signum;
  const char* name;
  bool installed;
  struct sigaction previous;
};

// SIGSEGV last: the default when the signal is not found (as CPython).
FatalSignal fatal_signals[] = {
    {SIGBUS, "Bus error", false, {}},
    {SIGILL, "Illegal instruction", false, {}},
    {SIGFPE, "Floating point exception", false, {}},
    {SIGABRT, "Aborted", false, {}},
    {SIGSEGV, "Segmentation fault", false, {}},
};
constexpr int kFatalCount = int(sizeof fatal_signals / sizeof fatal_signals[0]);

struct {
  bool enabled = false;
  int fd = 2;
  bool all_threads = true;
  Object* file = nullptr;  // owned, or null (an int fd was given)
} fatal;

void restore_fatal(FatalSignal& h) {
  if (!h.installed) return;
  h.installed = false;
  sigaction(h.signum, &h.previous, nullptr);
}

void fatal_handler(int signum) {
  int saved_errno = errno;
  FatalSignal* h = &fatal_signals[kFatalCount - 1];
  for (FatalSignal& s : fatal_signals)
    if (s.signum == signum) {
      h = &s;
      break;
    }
  restore_fatal(*h);
  int fd = fatal.fd;
  put(fd, "Fatal Python error: ");
  put(fd, h->name);
  put(fd, "\n\n");
  dump_for_signal(fd, fatal.all_threads);
  dump_extension_modules(fd);
  errno = saved_errno;
  raise(signum);  // the previous handler (SA_NODEFER: delivered now)
}

bool enable_fatal() {
  if (fatal.enabled) return true;
  if (!allocate_alt_stack()) return false;
  fatal.enabled = true;
  for (FatalSignal& h : fatal_signals) {
    struct sigaction sa = {};
    sa.sa_handler = fatal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_NODEFER | SA_ONSTACK;
    if (sigaction(h.signum, &sa, &h.previous) != 0) {
      err_set_from_errno(Exc_RuntimeError, errno);
      return false;
    }
    h.installed = true;
  }
  return true;
}

void disable_fatal() {
  if (!fatal.enabled) return;
  fatal.enabled = false;
  for (FatalSignal& h : fatal_signals) restore_fatal(h);
}

// ---- user signals (register) -----------------------------------------------------------

struct UserSignal {
  bool enabled;
  bool all_threads;
  bool chain;
  int fd;
  Object* file;  // owned or null
  struct sigaction previous;
};
UserSignal user_signals[NSIG];

bool install_user(int signum, bool chain, struct sigaction* previous);

void user_handler(int signum) {
  int saved_errno = errno;
  UserSignal& u = user_signals[signum];
  if (!u.enabled) return;
  dump_for_signal(u.fd, u.all_threads);
  if (u.chain) {
    sigaction(signum, &u.previous, nullptr);
    errno = saved_errno;
    raise(signum);  // the previous handler
    saved_errno = errno;
    install_user(signum, true, nullptr);
  }
  errno = saved_errno;
}

bool install_user(int signum, bool chain, struct sigaction* previous) {
  struct sigaction sa = {};
  sa.sa_handler = user_handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART | SA_ONSTACK | (chain ? SA_NODEFER : 0);
  return sigaction(signum, &sa, previous) == 0;
}

bool check_signum(int signum) {
  for (const FatalSignal& h : fatal_signals)
    if (h.signum == signum) {
      err_format(Exc_RuntimeError, "signal %d cannot be registered, use enable() instead", signum);
      return false;
    }
  if (signum < 1 || signum >= NSIG) {
    err_set_string(Exc_ValueError, "signal number out of range");
    return false;
  }
  return true;
}

bool unregister_user(int signum) {
  UserSignal& u = user_signals[signum];
  if (!u.enabled) return false;
  u.enabled = false;
  sigaction(signum, &u.previous, nullptr);
  clearref(u.file);
  u.fd = -1;
  return true;
}

// ---- the watchdog (dump_traceback_later) -----------------------------------------------

struct Watchdog {
  pthread_t thread{};
  bool running = false;
  pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
  pthread_cond_t cv;
  bool cv_ready = false;
  bool cancel = false;
  int64_t timeout_us = 0;
  bool repeat = false;
  bool exit = false;
  int fd = 2;
  Object* file = nullptr;  // owned or null
  char header[100] = {0};
  size_t header_len = 0;
} watchdog;

void* watchdog_main(void*) {
  Watchdog& w = watchdog;
  for (;;) {
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    int64_t ns = int64_t(deadline.tv_nsec) + (w.timeout_us % 1000000) * 1000;
    deadline.tv_sec += time_t(w.timeout_us / 1000000 + ns / 1000000000);
    deadline.tv_nsec = long(ns % 1000000000);
    pthread_mutex_lock(&w.mu);
    int r = 0;
    while (!w.cancel && r != ETIMEDOUT) r = pthread_cond_timedwait(&w.cv, &w.mu, &deadline);
    bool cancelled = w.cancel;
    pthread_mutex_unlock(&w.mu);
    if (cancelled) break;
    put_raw(w.fd, w.header, w.header_len);
    dump_threads(w.fd, nullptr);
    if (w.exit) _exit(1);
    if (!w.repeat) break;
  }
  return nullptr;
}

void cancel_watchdog(bool release_gil) {
  Watchdog& w = watchdog;
  if (w.running) {
    pthread_mutex_lock(&w.mu);
    w.cancel = true;
    pthread_cond_signal(&w.cv);
    pthread_mutex_unlock(&w.mu);
    if (release_gil) {
      sched::BlockingSection bs;  // the watchdog may be writing to a pipe a Python thread reads
      pthread_join(w.thread, nullptr);
    } else {
      pthread_join(w.thread, nullptr);
    }
    w.running = false;
  }
  clearref(w.file);
}

// Timeout seconds -> microseconds, rounded up, as CPython (_PyTime_ROUND_TIMEOUT).
bool timeout_arg(Object* o, int64_t* us) {
  double ns;
  if (is_float(o)) {
    double d = float_value(o);
    if (std::isnan(d)) {
      err_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    ns = std::ceil(d * 1e9);
    if (!(ns >= -9.2233720368547758e18 && ns < 9.2233720368547758e18)) {
      err_set_string(Exc_OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
  } else {
    Object* i = number_index(o);
    if (!i) return false;
    int64_t s = int_fits_i64(i) ? int_as_i64(i) : INT64_MAX;
    decref(i);
    if (s > INT64_MAX / 1000000000 || s < INT64_MIN / 1000000000) {
      err_set_string(Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
      return false;
    }
    ns = double(s) * 1e9;
    *us = s * 1000000;
    if (*us <= 0) {
      err_set_string(Exc_ValueError, "timeout must be greater than 0");
      return false;
    }
    return true;
  }
  double u = std::ceil(ns / 1000.0);
  if (u <= 0) {
    err_set_string(Exc_ValueError, "timeout must be greater than 0");
    return false;
  }
  *us = int64_t(u);
  return true;
}

// ---- Python functions ------------------------------------------------------------------

Object* fh_enable(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {};
  if (!native::parse("enable", args, nargs, kwnames, "|file,all_threads", a, native::ArgStyle::Getargs)) return nullptr;
  bool all_threads = true;
  Object* file = a[0];
  if (!bool_arg(a[1], &all_threads)) return nullptr;
  int fd = get_fileno(&file);
  if (fd < 0) return nullptr;
  xincref(file);
  Object* old = fatal.file;
  fatal.file = file;
  fatal.fd = fd;
  fatal.all_threads = all_threads;
  xdecref(old);
  if (!enable_fatal()) return nullptr;
  return none_ref();
}

Object* fh_disable(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("disable", nargs, kwnames)) return nullptr;
  bool was = fatal.enabled;
  disable_fatal();
  clearref(fatal.file);
  return bool_from(was);
}

Object* fh_is_enabled(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("is_enabled", nargs, kwnames)) return nullptr;
  return bool_from(fatal.enabled);
}

Object* fh_dump_traceback(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {};
  if (!native::parse("dump_traceback", args, nargs, kwnames, "|file,all_threads", a, native::ArgStyle::Getargs))
    return nullptr;
  bool all_threads = true;
  Object* file = a[0];
  if (!bool_arg(a[1], &all_threads)) return nullptr;
  int fd = get_fileno(&file);
  if (fd < 0) return nullptr;
  Object* keep = xnewref(file);  // a file whose fileno() dropped the last other reference stays open
  if (all_threads)
    dump_threads(fd, tstate());
  else
    dump_stack(fd, tstate(), true);
  xdecref(keep);
  if (signals::run_pending(tstate()) < 0) return nullptr;
  return none_ref();
}

Object* fh_dump_traceback_later(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4] = {};
  if (!native::parse("dump_traceback_later", args, nargs, kwnames, "timeout|repeat,file,exit", a,
                     native::ArgStyle::Getargs))
    return nullptr;
  int64_t us;
  if (!timeout_arg(a[0], &us)) return nullptr;
  int repeat = 0, exit_ = 0;
  if (a[1] && !native::int_arg(a[1], &repeat)) return nullptr;
  Object* file = a[2];
  if (a[3] && !native::int_arg(a[3], &exit_)) return nullptr;
  int fd = get_fileno(&file);
  if (fd < 0) return nullptr;
  cancel_watchdog(true);
  Watchdog& w = watchdog;
  if (!w.cv_ready) {
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&w.cv, &attr);
    pthread_condattr_destroy(&attr);
    w.cv_ready = true;
  }
  uint64_t sec = uint64_t(us / 1000000), frac = uint64_t(us % 1000000);
  uint64_t min = sec / 60, hour = min / 60;
  sec %= 60;
  min %= 60;
  if (frac)
    snprintf(w.header, sizeof w.header, "Timeout (%lu:%02lu:%02lu.%06u)!\n", (unsigned long)hour,
             (unsigned long)min, (unsigned long)sec, unsigned(frac));
  else
    snprintf(w.header, sizeof w.header, "Timeout (%lu:%02lu:%02lu)!\n", (unsigned long)hour, (unsigned long)min,
             (unsigned long)sec);
  w.header_len = std::strlen(w.header);
  w.file = xnewref(file);
  w.fd = fd;
  w.timeout_us = us;
  w.repeat = repeat != 0;
  w.exit = exit_ != 0;
  w.cancel = false;
  // The watchdog takes no signal: the process's signals stay with the threads that handle them.
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  int r = pthread_create(&w.thread, nullptr, watchdog_main, nullptr);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  if (r != 0) {
    clearref(w.file);
    err_set_string(Exc_RuntimeError, "unable to start watchdog thread");
    return nullptr;
  }
  w.running = true;
  return none_ref();
}

Object* fh_cancel_dump_traceback_later(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("cancel_dump_traceback_later", nargs, kwnames)) return nullptr;
  cancel_watchdog(true);
  return none_ref();
}

Object* fh_register(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4] = {};
  if (!native::parse("register", args, nargs, kwnames, "signum|file,all_threads,chain", a, native::ArgStyle::Getargs))
    return nullptr;
  int signum;
  if (!native::int_arg(a[0], &signum)) return nullptr;
  bool all_threads = true, chain = false;
  Object* file = a[1];
  if (!bool_arg(a[2], &all_threads) || !bool_arg(a[3], &chain)) return nullptr;
  if (!check_signum(signum)) return nullptr;
  int fd = get_fileno(&file);
  if (fd < 0) return nullptr;
  if (!allocate_alt_stack()) return nullptr;
  UserSignal& u = user_signals[signum];
  if (!u.enabled) {
    if (!install_user(signum, chain, &u.previous)) {
      err_set_from_errno(Exc_OSError, errno);
      return nullptr;
    }
  }
  Object* old = u.file;
  u.file = xnewref(file);
  xdecref(old);
  u.fd = fd;
  u.all_threads = all_threads;
  u.chain = chain;
  u.enabled = true;
  return none_ref();
}

Object* fh_unregister(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("unregister", kwnames) || !cont::check_nargs("unregister", nargs, 1, 1)) return nullptr;
  int signum;
  if (!native::int_arg(args[0], &signum)) return nullptr;
  if (!check_signum(signum)) return nullptr;
  return bool_from(unregister_user(signum));
}

// ---- the crash helpers of CPython's tests ----------------------------------------------

// No core dump for the crashes the tests provoke on purpose (CPython's faulthandler_suppress_crash_report).
void suppress_crash_report() {
  struct rlimit rl;
  if (getrlimit(RLIMIT_CORE, &rl) == 0) {
    rl.rlim_cur = 0;
    setrlimit(RLIMIT_CORE, &rl);
  }
}

Object* fh_sigsegv(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {};
  if (!native::parse("_sigsegv", args, nargs, kwnames, "|release_gil", a, native::ArgStyle::Getargs)) return nullptr;
  int release = 0;
  if (a[0] && !native::int_arg(a[0], &release)) return nullptr;
  suppress_crash_report();
  if (release) {
    sched::BlockingSection bs;
    raise(SIGSEGV);
  } else {
    raise(SIGSEGV);
  }
  return none_ref();
}

Object* fh_sigabrt(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_sigabrt", nargs, kwnames)) return nullptr;
  suppress_crash_report();
  std::abort();
}

Object* fh_sigfpe(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_sigfpe", nargs, kwnames)) return nullptr;
  suppress_crash_report();
  raise(SIGFPE);
  return none_ref();
}

// The read must fault, not be reported by a sanitizer's null-pointer check.
__attribute__((no_sanitize("undefined", "address"))) Object* fh_read_null(Object*, Object* const*, ssize nargs,
                                                                         Object* kwnames) {
  if (!native::check_no_args("_read_null", nargs, kwnames)) return nullptr;
  suppress_crash_report();
  volatile int* volatile p = nullptr;
  int v = *p;
  return int_from_i64(v);
}

constexpr uintptr_t kStackOverflowMax = 100 * 1024 * 1024;

// Recurse with 4 KiB frames until the stack pointer leaves [lo, hi]:
// overflowing a stack smaller than 100 MiB kills the process with SIGSEGV.
__attribute__((noinline)) uintptr_t overflow(uintptr_t lo, uintptr_t hi, size_t* depth) {
  volatile unsigned char buf[4096];
  uintptr_t sp = reinterpret_cast<uintptr_t>(&buf[0]);
  ++*depth;
  if (sp < lo || sp > hi) return sp;
  buf[0] = 1;
  buf[4095] = 0;
  uintptr_t r = overflow(lo, hi, depth);
  return r + buf[0] * 0;  // used after the call: no tail call
}

Object* fh_stack_overflow(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_stack_overflow", nargs, kwnames)) return nullptr;
  suppress_crash_report();
  size_t depth = 0;
  uintptr_t sp = reinterpret_cast<uintptr_t>(&depth);
  uintptr_t lo = sp > kStackOverflowMax ? sp - kStackOverflowMax : 0;
  uintptr_t hi = UINTPTR_MAX - kStackOverflowMax >= sp ? sp + kStackOverflowMax : UINTPTR_MAX;
  uintptr_t stop = overflow(lo, hi, &depth);
  size_t size = stop > sp ? stop - sp : sp - stop;
  return err_format_null(Exc_RuntimeError,
                         "unable to raise a stack overflow (allocated %zu bytes on the stack, %zu recursive calls)",
                         size, depth);
}

// CPython's Py_FatalError from a thread with no Python state: the message,
// every thread's stack, then abort() with faulthandler's handlers removed so
// the traceback is not written twice.
void* fatal_error_thread(void*) {
  put(2, "Fatal Python error: faulthandler_fatal_error_thread: in new thread\n");
  put(2, "Python runtime state: initialized\n\n");
  dump_threads(2, nullptr);
  dump_extension_modules(2);
  disable_fatal();
  std::abort();
}

Object* fh_fatal_error_c_thread(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_fatal_error_c_thread", nargs, kwnames)) return nullptr;
  suppress_crash_report();
  flush_std_streams();
  pthread_t t;
  if (pthread_create(&t, nullptr, fatal_error_thread, nullptr) != 0)
    return err_format_null(Exc_RuntimeError, "unable to start the thread");
  sched::BlockingSection bs;
  pthread_join(t, nullptr);  // never returns: the thread aborts the process
  return nullptr;
}

MethodDef functions[] = {
    {"enable", fh_enable, METH_DEFAULT, "enable(file=sys.stderr, all_threads=True): enable the fault handler"},
    {"disable", fh_disable, METH_DEFAULT, "disable(): disable the fault handler"},
    {"is_enabled", fh_is_enabled, METH_DEFAULT, "is_enabled()->bool: check if the handler is enabled"},
    {"dump_traceback", fh_dump_traceback, METH_DEFAULT,
     "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all "
     "threads if all_threads is True, into file"},
    {"dump_traceback_later", fh_dump_traceback_later, METH_DEFAULT,
     "dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):\ndump the traceback of all threads "
     "in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not "
     "safe."},
    {"cancel_dump_traceback_later", fh_cancel_dump_traceback_later, METH_DEFAULT,
     "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()."},
    {"register", fh_register, METH_DEFAULT,
     "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal "
     "'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"},
    {"unregister", fh_unregister, METH_DEFAULT,
     "unregister(signum): unregister the handler of the signal 'signum' registered by register()"},
    {"_read_null", fh_read_null, METH_DEFAULT,
     "_read_null(): read from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform"},
    {"_sigsegv", fh_sigsegv, METH_DEFAULT, "_sigsegv(release_gil=False): raise a SIGSEGV signal"},
    {"_fatal_error_c_thread", fh_fatal_error_c_thread, METH_DEFAULT,
     "fatal_error_c_thread(): call Py_FatalError() in a new C thread."},
    {"_sigabrt", fh_sigabrt, METH_DEFAULT, "_sigabrt(): raise a SIGABRT signal"},
    {"_sigfpe", fh_sigfpe, METH_DEFAULT, "_sigfpe(): raise a SIGFPE signal"},
    {"_stack_overflow", fh_stack_overflow, METH_DEFAULT, "_stack_overflow(): recursive call to raise a stack overflow"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_faulthandler_module() { return native::make_module("faulthandler", "faulthandler module.", functions, {}); }

// -X faulthandler / PYTHONFAULTHANDLER (non-empty, unless -E): faulthandler.enable()
// once sys.stderr exists, as CPython's start-up does.
void faulthandler_startup() {
  const StartupConfig& c = startup_config();
  bool on = false;
  for (const std::string& x : c.xoptions)
    if (x == "faulthandler" || x.rfind("faulthandler=", 0) == 0) on = true;
  if (!c.ignore_environment) {
    const char* v = std::getenv("PYTHONFAULTHANDLER");
    if (v && *v) on = true;
  }
  if (!on) return;
  Object* m = import_module("faulthandler");
  Object* fn = m ? object_getattr_str(m, "enable") : nullptr;
  xdecref(m);
  Object* r = fn ? call(fn, nullptr, 0) : nullptr;
  xdecref(fn);
  if (!r) {
    Object* e = err_fetch();
    if (e) interp::print_exception(e, nullptr);
    xdecref(e);
    return;
  }
  decref(r);
}

// At exit: the watchdog stopped, user signals and fatal handlers restored, files dropped.
void faulthandler_fini() {
  cancel_watchdog(false);
  for (int s = 1; s < NSIG; s++)
    if (user_signals[s].enabled) unregister_user(s);
  disable_fatal();
  clearref(fatal.file);
}

}  // namespace stdlib

// The faulthandler module: dump the Python tracebacks of the threads on a
// fatal signal, on a timeout, on a user signal, or on demand.
//
// How it works
//   * Every dump is written with write(2) into a file descriptor from a
//     fixed stack buffer, reading the thread list (interp_state()->threads),
//     each thread's frame chain and the code objects' UTF-8 names directly:
//     no allocation, no lock, no Python code.  That is what makes it usable
//     from a signal handler and from the watchdog thread, which run without
//     the GIL; as in CPython the walk is best effort (a thread may change its
//     frames meanwhile).  The format is CPython's word for word: a header per
//     thread ("Current thread 0x... (most recent call first):", "Thread
//     0x...", or "Stack" for one thread), then `  File "f", line N in name`
//     lines, innermost first, at most 100 frames ("  ...") and 100 threads;
//     non-ASCII characters are escaped (\xNN, \uNNNN, \UNNNNNNNN) and strings
//     cut at 500 characters ("...").
//   * `file` arguments: an int fd, or an object with fileno() (flushed first);
//     None means sys.stderr.  The handlers keep a dup() of that descriptor
//     (closed when they are disabled), not the file object, so no Python
//     object outlives the call and the exit leak check stays clean.
//   * enable(): sigaction handlers for SIGSEGV, SIGFPE, SIGABRT, SIGBUS and
//     SIGILL print "Fatal Python error: <name>" and the tracebacks, restore
//     the previous handlers and re-raise the signal, so the process still
//     dies of it.
//   * dump_traceback_later(): one watchdog thread (created on first use,
//     detached, living until exit; its state is never freed so no destructor
//     races the exit) waits on a condition variable for the timeout, then
//     prints "Timeout (H:MM:SS)!" and every thread's traceback, and with
//     exit=True ends the process with _exit(1); repeat=True waits again.
//     cancel_dump_traceback_later() wakes it to do nothing.
//   * register(signum): a handler that dumps the tracebacks and, with
//     chain=True, calls the previous handler.  unregister() restores it.
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>

#include "../interp/code.h"
#include "../interp/frame.h"
#include "../runtime/state.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

constexpr int kMaxFrames = 100, kMaxThreads = 100, kMaxString = 500;

// ---- writing, async-signal-safe -----------------------------------------------------------
void put(int fd, const char* s, size_t n) {
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
void puts_fd(int fd, const char* s) { put(fd, s, strlen(s)); }

void put_hex(int fd, unsigned long v, int width) {
  char buf[32];
  int n = 0;
  do {
    buf[n++] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v && n < 31);
  while (n < width && n < 31) buf[n++] = '0';
  char out[32];
  for (int i = 0; i < n; i++) out[i] = buf[n - 1 - i];
  put(fd, out, size_t(n));
}

void put_dec(int fd, unsigned long v) {
  char buf[24];
  int n = 0;
  do {
    buf[n++] = char('0' + v % 10);
    v /= 10;
  } while (v);
  for (int i = 0; i < n / 2; i++) std::swap(buf[i], buf[n - 1 - i]);
  put(fd, buf, size_t(n));
}

// A str's text, non-ASCII characters escaped, at most kMaxString characters.
void put_str(int fd, Object* s) {
  if (!s || !is_str(s)) {
    puts_fd(fd, "???");
    return;
  }
  auto* so = as_str(s);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(so->data);
  const unsigned char* end = p + so->utf8_len;
  int count = 0;
  while (p < end) {
    if (count++ >= kMaxString) {
      puts_fd(fd, "...");
      return;
    }
    uint32_t cp = *p;
    int len = 1;
    if (cp >= 0xf0) { cp &= 0x07; len = 4; }
    else if (cp >= 0xe0) { cp &= 0x0f; len = 3; }
    else if (cp >= 0xc0) { cp &= 0x1f; len = 2; }
    for (int k = 1; k < len && p + k < end; k++) cp = (cp << 6) | (p[k] & 0x3f);
    p += len;
    if (cp < 0x80) {
      char c = char(cp);
      put(fd, &c, 1);
    } else if (cp < 0x100) {
      puts_fd(fd, "\\x");
      put_hex(fd, cp, 2);
    } else if (cp < 0x10000) {
      puts_fd(fd, "\\u");
      put_hex(fd, cp, 4);
    } else {
      puts_fd(fd, "\\U");
      put_hex(fd, cp, 8);
    }
  }
}

void dump_frames(int fd, ThreadState* ts) {
  interp::Frame* f = ts->frame;
  if (!f) {
    puts_fd(fd, "  <no Python frame>\n");
    return;
  }
  for (int depth = 0; f; f = f->back, depth++) {
    if (depth >= kMaxFrames) {
      puts_fd(fd, "  ...\n");
      return;
    }
    interp::CodeObject* code = f->code;
    puts_fd(fd, "  File \"");
    put_str(fd, code ? code->filename : nullptr);
    puts_fd(fd, "\", line ");
    int line = code ? f->lineno() : -1;
    if (line >= 0) put_dec(fd, unsigned(line));
    else puts_fd(fd, "???");
    puts_fd(fd, " in ");
    put_str(fd, code ? code->name : nullptr);
    puts_fd(fd, "\n");
  }
}

void thread_header(int fd, ThreadState* ts, bool current) {
  puts_fd(fd, current ? "Current thread 0x" : "Thread 0x");
  put_hex(fd, (unsigned long)ts->thread_id, int(sizeof(unsigned long) * 2));
  puts_fd(fd, " (most recent call first):\n");
}

// The tracebacks of every thread (all) or of the current one.  `current` may
// be null (the watchdog thread has no thread state).
void dump_tracebacks(int fd, bool all, ThreadState* current) {
  if (!all) {
    if (!current) return;
    puts_fd(fd, "Stack (most recent call first):\n");
    dump_frames(fd, current);
    return;
  }
  Interp* is = interp_state();
  int n = 0;
  for (ThreadState* ts = is ? is->threads : nullptr; ts; ts = ts->next) {
    if (n) puts_fd(fd, "\n");
    if (n >= kMaxThreads) {
      puts_fd(fd, "...\n");
      break;
    }
    thread_header(fd, ts, ts == current);
    dump_frames(fd, ts);
    n++;
  }
}

// ---- the file argument ----------------------------------------------------------------------
// The fd to write to: an int, or file.fileno() after file.flush(); None or
// absent: sys.stderr.  -1 with an exception set on error.
int file_fd(Object* file) {
  if (!file || file == None) {
    file = sys_get_object("stderr");
    if (!file || file == None) {
      err_set_string(Exc_RuntimeError, "sys.stderr is None");
      return -1;
    }
  }
  if (is_int(file)) {
    int fd;
    if (!native::int_arg(file, &fd)) return -1;
    if (fd < 0) {
      err_set_string(Exc_ValueError, "file is not a valid file descripter");
      return -1;
    }
    return fd;
  }
  Object* r = call_method0(file, names::fileno);
  if (!r) return -1;
  int fd = -1;
  bool ok = is_int(r) && native::int_arg(r, &fd);
  decref(r);
  if (!ok) {
    if (!err_occurred()) err_set_string(Exc_RuntimeError, "file.fileno() is not a valid file descriptor");
    return -1;
  }
  if (fd < 0) {
    err_set_string(Exc_ValueError, "file is not a valid file descripter");
    return -1;
  }
  Object* fl = call_method0(file, names::flush);
  if (fl) decref(fl);
  else err_clear();  // as CPython: a failing flush does not stop the dump
  return fd;
}

bool bool_value(Object* o, bool dflt, bool* out) {
  if (!o) {
    *out = dflt;
    return true;
  }
  int t = object_is_true(o);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

// A dup of fd for a handler to keep (closed when replaced); -1 + OSError.
int keep_fd(int fd) {
  int d = fcntl(fd, F_DUPFD_CLOEXEC, 3);
  if (d < 0) err_set_from_errno(Exc_OSError, errno);
  return d;
}

// ---- fatal signals ------------------------------------------------------------------------------
struct Fatal {
  int sig;
  const char* name;
  struct sigaction previous;
};
Fatal g_fatal[] = {{SIGBUS, "Bus error", {}},
                   {SIGILL, "Illegal instruction", {}},
                   {SIGFPE, "Floating point exception", {}},
                   {SIGABRT, "Aborted", {}},
                   {SIGSEGV, "Segmentation fault", {}}};
volatile sig_atomic_t g_enabled = 0;
int g_fatal_fd = -1;
bool g_fatal_all = true;

void restore_fatal_handlers() {
  if (!g_enabled) return;
  g_enabled = 0;
  for (Fatal& f : g_fatal) sigaction(f.sig, &f.previous, nullptr);
}

void fatal_handler(int sig) {
  int saved = errno;
  const char* name = "?";
  for (Fatal& f : g_fatal)
    if (f.sig == sig) name = f.name;
  if (g_enabled) {
    int fd = g_fatal_fd;
    puts_fd(fd, "Fatal Python error: ");
    puts_fd(fd, name);
    puts_fd(fd, "\n\n");
    dump_tracebacks(fd, g_fatal_all, tstate());
  }
  restore_fatal_handlers();
  errno = saved;
  raise(sig);  // the previous (default) disposition now ends the process
}

Object* fh_enable(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("enable", args, nargs, kwnames, "|file,all_threads", a)) return nullptr;
  int fd = file_fd(a[0]);
  bool all;
  if (fd < 0 || !bool_value(a[1], true, &all)) return nullptr;
  int kept = keep_fd(fd);
  if (kept < 0) return nullptr;
  if (g_fatal_fd >= 0) close(g_fatal_fd);
  g_fatal_fd = kept;
  g_fatal_all = all;
  if (!g_enabled) {
    for (Fatal& f : g_fatal) {
      struct sigaction sa {};
      sa.sa_handler = fatal_handler;
      sigemptyset(&sa.sa_mask);
      sa.sa_flags = SA_NODEFER | SA_ONSTACK;
      if (sigaction(f.sig, &sa, &f.previous) < 0) return err_set_from_errno(Exc_RuntimeError, errno), nullptr;
    }
    g_enabled = 1;
  }
  return none_ref();
}

Object* fh_disable(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("disable", nargs, kwnames)) return nullptr;
  bool was = g_enabled;
  restore_fatal_handlers();
  if (g_fatal_fd >= 0) close(g_fatal_fd);
  g_fatal_fd = -1;
  return bool_ref(was);
}

Object* fh_is_enabled(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("is_enabled", nargs, kwnames)) return nullptr;
  return bool_ref(g_enabled);
}

Object* fh_dump_traceback(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("dump_traceback", args, nargs, kwnames, "|file,all_threads", a)) return nullptr;
  int fd = file_fd(a[0]);
  bool all;
  if (fd < 0 || !bool_value(a[1], true, &all)) return nullptr;
  dump_tracebacks(fd, all, tstate());
  return none_ref();
}

// ---- the watchdog -------------------------------------------------------------------------------
struct Watchdog {
  std::mutex mu;
  std::condition_variable cv;
  bool thread_started = false;
  bool armed = false;
  uint64_t generation = 0;  // bumped by every (re)arm and cancel
  long long timeout_us = 0;
  bool repeat = false, exit = false;
  int fd = -1;
};
Watchdog* g_watchdog = nullptr;  // never freed (see the header)

void format_timeout(int fd, long long us) {
  unsigned long sec = (unsigned long)(us / 1000000), frac = (unsigned long)(us % 1000000);
  unsigned long min = sec / 60, hour = min / 60;
  sec %= 60;
  min %= 60;
  char buf[96];
  int n = frac ? std::snprintf(buf, sizeof buf, "Timeout (%lu:%02lu:%02lu.%06lu)!\n", hour, min, sec, frac)
               : std::snprintf(buf, sizeof buf, "Timeout (%lu:%02lu:%02lu)!\n", hour, min, sec);
  put(fd, buf, size_t(n));
}

void watchdog_main(Watchdog* w) {
  std::unique_lock<std::mutex> lk(w->mu);
  for (;;) {
    w->cv.wait(lk, [w] { return w->armed; });
    uint64_t gen = w->generation;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::microseconds(w->timeout_us);
    bool changed = w->cv.wait_until(lk, deadline, [w, gen] { return w->generation != gen; });
    if (changed) continue;  // cancelled or re-armed
    format_timeout(w->fd, w->timeout_us);
    dump_tracebacks(w->fd, true, nullptr);
    if (w->exit) _exit(1);
    if (!w->repeat) {
      w->armed = false;
      close(w->fd);
      w->fd = -1;
    }
  }
}

void watchdog_cancel() {
  if (!g_watchdog) return;
  std::lock_guard<std::mutex> lk(g_watchdog->mu);
  if (g_watchdog->armed) {
    g_watchdog->armed = false;
    if (g_watchdog->fd >= 0) close(g_watchdog->fd);
    g_watchdog->fd = -1;
  }
  g_watchdog->generation++;
  g_watchdog->cv.notify_all();
}

Object* fh_dump_traceback_later(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4];
  if (!parse_args("dump_traceback_later", args, nargs, kwnames, "timeout|repeat,file,exit", a)) return nullptr;
  bool ok = true;
  double timeout = number_as_double(a[0], &ok);
  if (!ok) return nullptr;
  double us = timeout * 1e6;
  if (!(us < 9.2e18)) return err_format_null(Exc_OverflowError, "timestamp out of range for platform time_t");
  if ((long long)us <= 0) return err_format_null(Exc_ValueError, "timeout must be greater than 0");
  bool repeat, exit;
  if (!bool_value(a[1], false, &repeat) || !bool_value(a[3], false, &exit)) return nullptr;
  int fd = file_fd(a[2]);
  if (fd < 0) return nullptr;
  int kept = keep_fd(fd);
  if (kept < 0) return nullptr;
  watchdog_cancel();
  if (!g_watchdog) g_watchdog = new Watchdog();
  Watchdog* w = g_watchdog;
  std::lock_guard<std::mutex> lk(w->mu);
  w->fd = kept;
  w->timeout_us = (long long)us;
  w->repeat = repeat;
  w->exit = exit;
  w->armed = true;
  w->generation++;
  if (!w->thread_started) {
    std::thread(watchdog_main, w).detach();
    w->thread_started = true;
  }
  w->cv.notify_all();
  return none_ref();
}

Object* fh_cancel_dump_traceback_later(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("cancel_dump_traceback_later", nargs, kwnames)) return nullptr;
  watchdog_cancel();
  return none_ref();
}

// ---- user signals -------------------------------------------------------------------------------
struct UserSignal {
  bool registered = false;
  bool all = true, chain = false;
  int fd = -1;
  struct sigaction previous {};
};
UserSignal g_user[NSIG];

void user_handler(int sig) {
  int saved = errno;
  UserSignal& u = g_user[sig];
  if (u.registered) {
    dump_tracebacks(u.fd, u.all, tstate());
    if (u.chain) {
      if (u.previous.sa_flags & SA_SIGINFO) {
        if (u.previous.sa_sigaction) u.previous.sa_sigaction(sig, nullptr, nullptr);
      } else if (u.previous.sa_handler != SIG_DFL && u.previous.sa_handler != SIG_IGN && u.previous.sa_handler) {
        u.previous.sa_handler(sig);
      }
    }
  }
  errno = saved;
}

bool check_user_signal(int sig) {
  for (Fatal& f : g_fatal) {
    if (f.sig == sig) {
      err_format(Exc_RuntimeError, "signal %d cannot be registered, use enable() instead", sig);
      return false;
    }
  }
  if (sig < 1 || sig >= NSIG) {
    err_set_string(Exc_ValueError, "signal number out of range");
    return false;
  }
  return true;
}

Object* fh_register(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4];
  if (!parse_args("register", args, nargs, kwnames, "signum|file,all_threads,chain", a)) return nullptr;
  int sig;
  if (!native::int_arg(a[0], &sig) || !check_user_signal(sig)) return nullptr;
  int fd = file_fd(a[1]);
  bool all, chain;
  if (fd < 0 || !bool_value(a[2], true, &all) || !bool_value(a[3], false, &chain)) return nullptr;
  int kept = keep_fd(fd);
  if (kept < 0) return nullptr;
  UserSignal& u = g_user[sig];
  if (!u.registered) {
    struct sigaction sa {};
    sa.sa_handler = user_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART | SA_ONSTACK | (chain ? SA_NODEFER : 0);
    if (sigaction(sig, &sa, &u.previous) < 0) {
      close(kept);
      return err_set_from_errno(Exc_OSError, errno), nullptr;
    }
  }
  if (u.fd >= 0) close(u.fd);
  u.fd = kept;
  u.all = all;
  u.chain = chain;
  u.registered = true;
  return none_ref();
}

Object* fh_unregister(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("unregister", args, nargs, kwnames, "signum", a)) return nullptr;
  int sig;
  if (!native::int_arg(a[0], &sig) || !check_user_signal(sig)) return nullptr;
  UserSignal& u = g_user[sig];
  if (!u.registered) return bool_ref(false);
  u.registered = false;
  sigaction(sig, &u.previous, nullptr);
  if (u.fd >= 0) close(u.fd);
  u.fd = -1;
  return bool_ref(true);
}

// ---- helpers CPython's tests use to crash on purpose ---------------------------------------------
Object* fh_sigsegv(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("_sigsegv", args, nargs, kwnames, "|release_gil", a)) return nullptr;
  raise(SIGSEGV);
  return none_ref();
}
Object* fh_read_null(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_read_null", nargs, kwnames)) return nullptr;
  raise(SIGSEGV);  // what reading address 0 does, without undefined behaviour in C++
  return none_ref();
}
Object* fh_sigabrt(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_sigabrt", nargs, kwnames)) return nullptr;
  abort();
}
Object* fh_sigfpe(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_sigfpe", nargs, kwnames)) return nullptr;
  raise(SIGFPE);
  return none_ref();
}

MethodDef faulthandler_functions[] = {
    {"enable", fh_enable, METH_DEFAULT, "enable(file=sys.stderr, all_threads=True): enable the fault handler"},
    {"disable", fh_disable, METH_DEFAULT, "disable(): disable the fault handler"},
    {"is_enabled", fh_is_enabled, METH_DEFAULT, "is_enabled()->bool: check if the handler is enabled"},
    {"dump_traceback", fh_dump_traceback, METH_DEFAULT,
     "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all "
     "threads if all_threads is True, into file"},
    {"dump_traceback_later", fh_dump_traceback_later, METH_DEFAULT,
     "dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):\ndump the traceback of all "
     "threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call "
     "_exit(1) which is not safe."},
    {"cancel_dump_traceback_later", fh_cancel_dump_traceback_later, METH_DEFAULT,
     "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()."},
    {"register", fh_register, METH_DEFAULT,
     "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal "
     "'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"},
    {"unregister", fh_unregister, METH_DEFAULT, "unregister(signum): unregister the handler of the signal 'signum' "
                                                "registered by register()"},
    {"_sigsegv", fh_sigsegv, METH_DEFAULT, "_sigsegv(release_gil=False): raise a SIGSEGV signal"},
    {"_read_null", fh_read_null, METH_DEFAULT, "_read_null(): read from NULL, raise a SIGSEGV or SIGBUS signal"},
    {"_sigabrt", fh_sigabrt, METH_DEFAULT, "_sigabrt(): raise a SIGABRT signal"},
    {"_sigfpe", fh_sigfpe, METH_DEFAULT, "_sigfpe(): raise a SIGFPE signal"},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* init_faulthandler_module() {
  Object* m = module_new("faulthandler");
  if (!m) return nullptr;
  if (module_add_functions(m, faulthandler_functions) < 0 ||
      module_add_object(m, "__doc__", str_from_cstr("faulthandler module.")) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

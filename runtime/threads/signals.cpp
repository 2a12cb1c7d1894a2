// Signals: from the OS's asynchronous handler to a Python handler in the
// main thread.  See runtime/signals.h and docs/signals.md.
//
// How it works
//   * Every signal whose Python handler is a callable has `on_signal` as its
//     C handler (sigaction, SA_ONSTACK, no SA_RESTART unless siginterrupt(sig,
//     False)).  on_signal calls trip(), which is async-signal-safe: it stores
//     tripped[sig] = 1, then is_tripped = 1, then sets BREAKER_SIGNAL in
//     Interp::eval_breaker (all atomics), writes the signal number to the
//     wakeup fd if one is set (remembering a failed write's errno for later),
//     and wakes the main thread's scheduler wait (sched::wake_main_for_signal,
//     a futex wake-up).  It allocates nothing and takes no lock.
//   * The main Python thread calls run_pending() between bytecodes (the eval
//     breaker) and when a blocking wait returns because of a signal.  It
//     clears is_tripped and the breaker bit BEFORE scanning tripped[], and
//     trip() sets them AFTER tripped[sig]: a signal arriving during the scan
//     is either seen by the scan or leaves the flags set for the next call,
//     never lost.  Each tripped signal's Python handler is called with
//     (signum, frame); if one raises, is_tripped is set again so that the
//     remaining signals are handled at the next check, and the exception
//     propagates from wherever the check was.
//   * The handler objects (handlers[]) are only changed by the main thread,
//     with the GIL held; the C handler never reads them.
//   * Threads other than the main one block the asynchronous signals
//     (stdlib/threadmodule.cpp, interp/main.cpp), so the kernel delivers a
//     signal sent to the process to the main Python thread, whose blocking
//     system call then fails with EINTR, as with CPython on Linux where the
//     main thread is the process's first thread.
#include "runtime/threads/signals.h"

#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

#include "interp/frame.h"
#include "runtime/api.h"
#include "runtime/threads/gil.h"
#include "runtime/threads/sched.h"

namespace rt::signals {

namespace {

std::atomic<int> tripped[kNSig];
std::atomic<int> is_tripped{0};
std::atomic<int> wakeup_fd{-1};
std::atomic<bool> wakeup_warn{true};
std::atomic<int> wakeup_errno{0};  // a failed write to the wakeup fd, reported by run_pending
Object* handlers[kNSig];           // owned; GIL-protected, changed by the main thread only
Object* g_default_int_handler = nullptr;
std::atomic<int64_t> timer_at{0};        // the real-time timer's expiry (monotonic ns), 0: disarmed
std::atomic<int64_t> timer_interval{0};

void on_signal(int sig) {
  int saved = errno;
  trip(sig);
  errno = saved;
}

Object* default_int_handler_fn(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames))
    return err_format_null(Exc_TypeError, "_signal.default_int_handler() takes no keyword arguments");
  if (nargs != 2) return err_format_null(Exc_TypeError, "default_int_handler expected 2 arguments, got %zd", nargs);
  err_set_none(Exc_KeyboardInterrupt);
  return nullptr;
}

MethodDef default_int_handler_def = {
    "default_int_handler", default_int_handler_fn, METH_DEFAULT,
    "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt."};

bool is_dfl_or_ign(Object* h) { return is_int(h); }

int install(int sig, void (*fn)(int), bool restart) {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = fn;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_ONSTACK | (restart ? SA_RESTART : 0);
  return sigaction(sig, &sa, nullptr);
}

// "Exception ignored when trying to write to the signal wakeup fd", as CPython reports it.
void report_wakeup_error(int err) {
  Object* saved = err_fetch();
  err_set_from_errno(Exc_OSError, err);
  err_write_unraisable(nullptr, "Exception ignored when trying to write to the signal wakeup fd");
  err_restore(saved);
}

}  // namespace

void trip(int sig) {
  if (sig <= 0 || sig >= kNSig) return;
  tripped[sig].store(1);
  is_tripped.store(1);
  if (g_interp) g_interp->eval_breaker.fetch_or(gil::BREAKER_SIGNAL);
  int fd = wakeup_fd.load();
  if (fd >= 0) {
    unsigned char byte = static_cast<unsigned char>(sig);
    ssize_t r;
    do {
      r = ::write(fd, &byte, 1);
    } while (r < 0 && errno == EINTR);
    if (r < 0 && (wakeup_warn.load() || (errno != EAGAIN && errno != EWOULDBLOCK))) wakeup_errno.store(errno);
  }
  sched::wake_main_for_signal();
}

bool pending() { return is_tripped.load(std::memory_order_relaxed) != 0; }

int run_pending(ThreadState* ts) {
  if (!is_main_thread(ts) || !is_tripped.load()) return 0;
  if (sched::shutting_down()) return 0;
  is_tripped.store(0);
  if (g_interp) g_interp->eval_breaker.fetch_and(~gil::BREAKER_SIGNAL);
  if (int e = wakeup_errno.exchange(0)) report_wakeup_error(e);
  for (int sig = 1; sig < kNSig; sig++) {
    if (!tripped[sig].load(std::memory_order_relaxed) || !tripped[sig].exchange(0)) continue;
    Object* h = handlers[sig];
    if (!h || h == None || is_dfl_or_ign(h)) {
      // The handler changed after the signal arrived (CPython reports it the same way).
      Object* saved = err_fetch();
      err_format(Exc_OSError, "Signal %d ignored due to race condition", sig);
      err_write_unraisable(None);
      err_restore(saved);
      continue;
    }
    incref(h);
    Object* num = int_from_i64(sig);
    Object* frame = ts->frame ? static_cast<Object*>(ts->frame) : None;
    Object* r = num ? call2(h, num, frame) : nullptr;
    xdecref(num);
    decref(h);
    if (!r) {
      is_tripped.store(1);  // the signals not yet looked at wait for the next check
      if (g_interp) g_interp->eval_breaker.fetch_or(gil::BREAKER_SIGNAL);
      return -1;
    }
    decref(r);
  }
  return 0;
}

Object* get_handler(int sig) { return sig > 0 && sig < kNSig && handlers[sig] ? handlers[sig] : None; }

int set_handler(int sig, Object* handler) {
  bool restart = false;
  struct sigaction cur;
  if (sigaction(sig, nullptr, &cur) == 0) restart = (cur.sa_flags & SA_RESTART) != 0;
  int r;
  if (is_int(handler))
    r = install(sig, int_as_i64(handler) == 0 ? SIG_DFL : SIG_IGN, false);
  else
    r = install(sig, on_signal, restart);
  if (r < 0) {
    err_set_from_errno(Exc_OSError, errno);
    return -1;
  }
  Object* old = handlers[sig];
  handlers[sig] = newref(handler);
  xdecref(old);
  return 0;
}

int set_interrupt(int sig, bool flag) {
  struct sigaction sa;
  if (sigaction(sig, nullptr, &sa) < 0) return -1;
  if (flag)
    sa.sa_flags &= ~SA_RESTART;
  else
    sa.sa_flags |= SA_RESTART;
  return sigaction(sig, &sa, nullptr);
}

int set_wakeup_fd(int fd, bool warn_on_full_buffer) {
  wakeup_warn.store(warn_on_full_buffer);
  return wakeup_fd.exchange(fd);
}

Object* default_int_handler() { return g_default_int_handler; }

void fill_async_signals(sigset_t* set) {
  sigfillset(set);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGABRT}) sigdelset(set, sig);
}

void note_real_timer(int64_t at_ns, int64_t interval_ns) {
  timer_interval.store(interval_ns);
  timer_at.store(at_ns);
}

bool real_timer_armed() {
  int64_t at = timer_at.load();
  if (at == 0) return false;
  if (timer_interval.load() > 0) return true;
  return at > gil::now_ns();
}

void init() {
  if (!g_default_int_handler) {
    Object* modname = str_intern_cstr("_signal");
    g_default_int_handler = builtin_function_new(&default_int_handler_def, nullptr, modname);
    xdecref(modname);
  }
  for (int sig = 1; sig < kNSig; sig++) tripped[sig].store(0);
  // As CPython: a broken pipe is an EPIPE error, not death; so is a file too large.
  ::signal(SIGPIPE, SIG_IGN);
  ::signal(SIGXFSZ, SIG_IGN);
  for (int sig = 1; sig < kNSig; sig++) {
    struct sigaction cur;
    Object* h;
    if (sigaction(sig, nullptr, &cur) != 0)
      h = None;
    else if (cur.sa_handler == SIG_DFL)
      h = int_from_i64(0);
    else if (cur.sa_handler == SIG_IGN)
      h = int_from_i64(1);
    else
      h = None;
    if (h == None) incref(h);
    xdecref(handlers[sig]);
    handlers[sig] = h;
  }
  // SIGINT raises KeyboardInterrupt, unless the process was started with it
  // ignored (a background job of a non-interactive shell, nohup ...).
  if (is_int(handlers[SIGINT]) && int_as_i64(handlers[SIGINT]) == 0 && g_default_int_handler)
    set_handler(SIGINT, g_default_int_handler);
}

void fini() {
  for (int sig = 1; sig < kNSig; sig++) {
    Object* h = handlers[sig];
    if (h && h != None && !is_dfl_or_ign(h)) ::signal(sig, SIG_DFL);
    handlers[sig] = nullptr;
    xdecref(h);
  }
  wakeup_fd.store(-1);
  is_tripped.store(0);
}

}  // namespace rt::signals

namespace rt::signals {

void after_fork_child(ThreadState* ts) {
  if (ts->serial != main_serial) {
    // A thread other than the main one forked: it blocked the asynchronous
    // signals (threads leave them to the main thread), and it is the main
    // thread now.
    sigset_t set;
    fill_async_signals(&set);
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
    main_serial = ts->serial;
  }
  for (int sig = 1; sig < kNSig; sig++) tripped[sig].store(0);
  is_tripped.store(0);
  g_interp->eval_breaker.fetch_and(~gil::BREAKER_SIGNAL);
}

}  // namespace rt::signals

// The _signal module (CPython's signal.py wraps it in enums): handlers,
// masks, timers, waits for signals, the wakeup fd.
//
// The mechanism that brings a signal to a Python handler lives in the runtime
// (runtime/signals.{h,cpp}, docs/signals.md): this file is its Python face.
// Rules kept here, as CPython's:
//   * signal() and set_wakeup_fd() only work in the main thread (ValueError
//     elsewhere); the handlers they install run in the main thread only.
//   * Every call that may block (pause, sigwait, sigwaitinfo, sigtimedwait)
//     releases the GIL through sched::BlockingSection and, when a signal
//     interrupts it, runs the Python handlers and retries (PEP 475) unless one
//     raised; sigtimedwait retries with what is left of its timeout.
//   * Calls that can make a signal arrive at once (signal, raise_signal,
//     pthread_kill, pthread_sigmask) run the pending handlers before they
//     return, so that a handler's exception comes out of them.
//   * The real-time interval timer (alarm, setitimer ITIMER_REAL) is reported
//     to the runtime (signals::note_real_timer), so that a main thread waiting
//     for a lock nobody will release is not called a deadlock while SIGALRM may
//     still come to end the wait.
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#include <cmath>

#include "runtime/threads/gil.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/state.h"
#include "modules.h"
#include "structseq.h"

namespace stdlib {
using namespace rt;

namespace {

const char* const siginfo_fields[] = {"si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band",
                                      nullptr};
const StructSeqDesc siginfo_desc = {"signal.struct_siginfo", siginfo_fields, 7};
StructSeqType SigInfoType;
TypeObject* ItimerError = nullptr;  // signal.itimer_error (OSError's subclass), immortal start-up object

Object* raise_errno() {
  err_set_from_errno(Exc_OSError, errno);
  return nullptr;
}

// An int argument (via __index__) that fits a C int.
bool int_arg(Object* o, int* out) {
  ssize v = number_as_ssize(o, Exc_OverflowError);
  if (v == -1 && err_occurred()) return false;
  if (v < INT32_MIN || v > INT32_MAX) {
    err_set_string(Exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(v);
  return true;
}

// A signal number in 1..NSIG-1, else ValueError "signal number out of range".
bool signum_arg(Object* o, int* out) {
  if (!int_arg(o, out)) return false;
  if (*out < 1 || *out >= signals::kNSig) {
    err_set_string(Exc_ValueError, "signal number out of range");
    return false;
  }
  return true;
}

// Seconds as a double (int or float), NaN refused.
bool seconds_arg(Object* o, double* out) {
  if (!is_int(o) && !is_float(o)) {
    err_format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(o));
    return false;
  }
  bool ok = true;
  *out = number_as_double(o, &ok);
  if (!ok) return false;
  if (std::isnan(*out)) {
    err_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
    return false;
  }
  return true;
}

// An iterable of signal numbers as a sigset_t.
bool sigset_arg(Object* iterable, sigset_t* set) {
  sigemptyset(set);
  Object* it = object_get_iter(iterable);
  if (!it) return false;
  bool ok = true;
  while (Object* item = iter_next(it)) {
    ssize v = number_as_ssize(item, Exc_OverflowError);
    decref(item);
    if (v == -1 && err_occurred()) {
      ok = false;
      break;
    }
    if (v < 1 || v >= signals::kNSig) {
      err_format(Exc_ValueError, "signal number %zd out of range [1; %d]", v, signals::kNSig - 1);
      ok = false;
      break;
    }
    if (sigaddset(set, int(v)) < 0) {
      raise_errno();
      ok = false;
      break;
    }
  }
  decref(it);
  return ok && !err_occurred();
}

// The members of a sigset_t as a Python set of ints.
Object* set_from_sigset(const sigset_t* set) {
  Object* s = set_new(nullptr);
  if (!s) return nullptr;
  for (int sig = 1; sig < signals::kNSig; sig++) {
    if (sigismember(set, sig) != 1) continue;
    Object* n = int_from_i64(sig);
    if (!n || set_add(s, n) < 0) {
      xdecref(n);
      decref(s);
      return nullptr;
    }
    decref(n);
  }
  return s;
}

bool in_main_thread(const char* what) {
  if (signals::is_main_thread(tstate())) return true;
  err_format(Exc_ValueError, "%s only works in main thread of the main interpreter", what);
  return false;
}

// Run the pending Python handlers (PyErr_CheckSignals): null when one raised.
Object* checked(Object* result) {
  if (result && signals::run_pending(tstate()) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

// ---- handlers --------------------------------------------------------------------

Object* s_signal(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("signal", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "signal expected 2 arguments, got %zd", nargs);
  int sig;
  if (!signum_arg(args[0], &sig)) return nullptr;
  Object* handler = args[1];
  if (!in_main_thread("signal")) return nullptr;
  if (!is_callable(handler)) {
    // Only the ints SIG_DFL (0) and SIG_IGN (1) themselves (not True, not an IntEnum).
    int64_t v = is_int_exact(handler) ? int_as_i64(handler) : -1;
    if (v == -1 && err_occurred()) err_clear();
    if (v != 0 && v != 1)
      return err_format_null(Exc_TypeError,
                             "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  // Handlers of signals that already arrived run under the old disposition.
  if (signals::run_pending(tstate()) < 0) return nullptr;
  Object* old = newref(signals::get_handler(sig));
  int r = signals::set_handler(sig, handler);
  if (r < 0) {
    decref(old);
    return nullptr;
  }
  return old;
}

Object* s_getsignal(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getsignal", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "getsignal() takes exactly one argument (%zd given)", nargs);
  int sig;
  if (!signum_arg(args[0], &sig)) return nullptr;
  return newref(signals::get_handler(sig));
}

Object* s_strsignal(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("strsignal", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "strsignal() takes exactly one argument (%zd given)", nargs);
  int sig;
  if (!signum_arg(args[0], &sig)) return nullptr;
  const char* s = ::strsignal(sig);
  if (!s || std::strstr(s, "Unknown signal")) return none_ref();
  return str_from_cstr(s);
}

Object* s_siginterrupt(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("siginterrupt", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "siginterrupt expected 2 arguments, got %zd", nargs);
  int sig, flag;
  if (!signum_arg(args[0], &sig) || !int_arg(args[1], &flag)) return nullptr;
  if (signals::set_interrupt(sig, flag != 0) < 0) return raise_errno();
  return none_ref();
}

Object* s_set_wakeup_fd(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("set_wakeup_fd", args, nargs, kwnames, "fd|$warn_on_full_buffer", a)) return nullptr;
  int fd;
  if (!int_arg(a[0], &fd)) return nullptr;
  bool warn = true;
  if (a[1]) {
    int t = object_is_true(a[1]);
    if (t < 0) return nullptr;
    warn = t != 0;
  }
  if (!in_main_thread("set_wakeup_fd")) return nullptr;
  if (fd != -1) {
    struct stat st;
    if (fstat(fd, &st) != 0) return raise_errno();
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) return raise_errno();
    if (!(fl & O_NONBLOCK)) return err_format_null(Exc_ValueError, "the fd %d must be in non-blocking mode", fd);
  }
  return int_from_i64(signals::set_wakeup_fd(fd, warn));
}

// ---- sending and waiting ----------------------------------------------------------

Object* s_raise_signal(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("raise_signal", kwnames)) return nullptr;
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "raise_signal() takes exactly one argument (%zd given)", nargs);
  int sig;
  if (!int_arg(args[0], &sig)) return nullptr;
  if (::raise(sig) != 0) return raise_errno();
  return checked(none_ref());
}

Object* s_pthread_kill(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("pthread_kill", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "pthread_kill expected 2 arguments, got %zd", nargs);
  if (!is_int(args[0]))
    return err_format_null(Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[0]));
  Object* ident_o = args[0];
  uint64_t ident = uint64_t(int_as_i64(ident_o));
  if (err_occurred()) return nullptr;
  int sig;
  if (!int_arg(args[1], &sig)) return nullptr;
  // Only a live Python thread's identifier names a pthread (CPython would
  // crash on any other value); in seeded mode identifiers are made up, so only
  // the calling thread can be named.
  pthread_t target;
  ThreadState* me = tstate();
  if (ident == me->thread_id) {
    target = pthread_self();
  } else {
    struct Find {
      uint64_t ident;
      bool found;
    } f = {ident, false};
    if (!g_interp->seeded)
      sched::for_each_thread([](ThreadState* ts, void* c) {
        auto* fp = static_cast<Find*>(c);
        if (ts->thread_id == fp->ident) fp->found = true;
      }, &f);
    if (!f.found) {
      err_set_from_errno(Exc_OSError, ESRCH);
      return nullptr;
    }
    target = pthread_t(ident);
  }
  int e = ::pthread_kill(target, sig);
  if (e != 0) {
    err_set_from_errno(Exc_OSError, e);
    return nullptr;
  }
  return checked(none_ref());
}

Object* s_pidfd_send_signal(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4];
  if (!parse_args("pidfd_send_signal", args, nargs, kwnames, "pidfd|sig|siginfo|flags", a)) return nullptr;
  if (!a[1]) return err_format_null(Exc_TypeError, "pidfd_send_signal() missing required argument 'sig' (pos 2)");
  int pidfd, sig, flags = 0;
  if (!int_arg(a[0], &pidfd) || !int_arg(a[1], &sig) || (a[3] && !int_arg(a[3], &flags))) return nullptr;
  if (a[2] && a[2] != None) return err_format_null(Exc_TypeError, "siginfo must be None");
  if (syscall(SYS_pidfd_send_signal, pidfd, sig, nullptr, unsigned(flags)) < 0) return raise_errno();
  return checked(none_ref());
}

Object* s_pthread_sigmask(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("pthread_sigmask", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "pthread_sigmask expected 2 arguments, got %zd", nargs);
  int how;
  sigset_t set, old;
  if (!int_arg(args[0], &how) || !sigset_arg(args[1], &set)) return nullptr;
  int e = ::pthread_sigmask(how, &set, &old);
  if (e != 0) {
    err_set_from_errno(Exc_OSError, e);
    return nullptr;
  }
  return checked(set_from_sigset(&old));  // an unblocked signal may have arrived
}

Object* s_sigpending(Object*, Object* const*, ssize nargs, Object*) {
  if (nargs != 0) return err_format_null(Exc_TypeError, "sigpending() takes no arguments (%zd given)", nargs);
  sigset_t set;
  if (::sigpending(&set) != 0) return raise_errno();
  return set_from_sigset(&set);
}

Object* s_valid_signals(Object*, Object* const*, ssize nargs, Object*) {
  if (nargs != 0) return err_format_null(Exc_TypeError, "valid_signals() takes no arguments (%zd given)", nargs);
  sigset_t set;
  if (sigfillset(&set) != 0) return raise_errno();
  return set_from_sigset(&set);
}

Object* s_pause(Object*, Object* const*, ssize nargs, Object*) {
  if (nargs != 0) return err_format_null(Exc_TypeError, "pause() takes no arguments (%zd given)", nargs);
  sched::pause_for_signal();
  return checked(none_ref());
}

Object* s_sigwait(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("sigwait", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "sigwait() takes exactly one argument (%zd given)", nargs);
  sigset_t set;
  if (!sigset_arg(args[0], &set)) return nullptr;
  int sig = 0, e;
  {
    sched::BlockingSection bs;
    e = ::sigwait(&set, &sig);
  }
  if (e != 0) {
    err_set_from_errno(Exc_OSError, e);
    return nullptr;
  }
  return int_from_i64(sig);
}

Object* siginfo_new(const siginfo_t* si) {
  Object* r = structseq_new(&SigInfoType);
  if (!r) return nullptr;
  int64_t v[7] = {si->si_signo, si->si_code, si->si_errno, si->si_pid, int64_t(si->si_uid), si->si_status,
                  int64_t(si->si_band)};
  for (int i = 0; i < 7; i++) {
    Object* n = int_from_i64(v[i]);
    if (!n) {
      decref(r);
      return nullptr;
    }
    structseq_set_steal(r, i, n);
  }
  return r;
}

Object* s_sigwaitinfo(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("sigwaitinfo", kwnames)) return nullptr;
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "sigwaitinfo() takes exactly one argument (%zd given)", nargs);
  sigset_t set;
  if (!sigset_arg(args[0], &set)) return nullptr;
  siginfo_t si;
  int r;
  do {
    sched::BlockingSection bs;
    r = ::sigwaitinfo(&set, &si);
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return siginfo_new(&si);
}

Object* s_sigtimedwait(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("sigtimedwait", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "sigtimedwait expected 2 arguments, got %zd", nargs);
  sigset_t set;
  double timeout;
  if (!sigset_arg(args[0], &set) || !seconds_arg(args[1], &timeout)) return nullptr;
  if (timeout < 0) return err_format_null(Exc_ValueError, "timeout must be non-negative");
  int64_t deadline = gil::now_ns() + int64_t(timeout * 1e9);
  siginfo_t si;
  int r;
  for (;;) {
    int64_t left = deadline - gil::now_ns();
    if (left < 0) left = 0;
    struct timespec t = {time_t(left / 1000000000), long(left % 1000000000)};
    {
      sched::BlockingSection bs;
      r = ::sigtimedwait(&set, &si, &t);
    }
    if (r >= 0) break;
    if (errno == EAGAIN) return none_ref();  // timed out
    if (!sched::retry_after_eintr()) return err_occurred() ? nullptr : raise_errno();
  }
  return siginfo_new(&si);
}

// ---- timers -----------------------------------------------------------------------

double tv_seconds(const struct timeval& tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; }

Object* itimer_tuple(const struct itimerval& v) {
  Object* a = float_from_double(tv_seconds(v.it_value));
  Object* b = a ? float_from_double(tv_seconds(v.it_interval)) : nullptr;
  Object* r = b ? tuple_pack(2, a, b) : nullptr;
  xdecref(a);
  xdecref(b);
  return r;
}

// Seconds as a timeval, rounding up to the next microsecond as CPython does
// (a tiny positive delay must not become 0, which would disarm the timer).
bool timeval_arg(Object* o, struct timeval* tv) {
  double s;
  if (!seconds_arg(o, &s)) return false;
  if (s < 0) s = 0;  // setitimer rejects negative values with EINVAL in the kernel anyway
  double us = std::ceil(s * 1e6);
  if (us > 9.2e18) {
    err_set_string(Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  int64_t u = int64_t(us);
  tv->tv_sec = time_t(u / 1000000);
  tv->tv_usec = suseconds_t(u % 1000000);
  return true;
}

int64_t tv_ns(const struct timeval& tv) { return int64_t(tv.tv_sec) * 1000000000 + int64_t(tv.tv_usec) * 1000; }

void note_itimer(int which, const struct itimerval& v) {
  if (which != ITIMER_REAL) return;
  int64_t at = tv_ns(v.it_value);
  signals::note_real_timer(at ? gil::now_ns() + at : 0, tv_ns(v.it_interval));
}

// In seeded mode ITIMER_REAL is virtual (sched::seeded_set_real_timer): it
// fires after so much virtual time, like every other timeout of a seeded run.
bool virtual_timer(int which) { return which == ITIMER_REAL && g_interp->seeded; }

struct timeval tv_from_ns(int64_t ns) {
  struct timeval tv;
  int64_t us = (ns + 999) / 1000;
  tv.tv_sec = time_t(us / 1000000);
  tv.tv_usec = suseconds_t(us % 1000000);
  return tv;
}

// setitimer/getitimer's core: 0, or -1 with errno set.
int do_setitimer(int which, const struct itimerval* nv, struct itimerval* old) {
  if (!virtual_timer(which)) {
    if (nv ? ::setitimer(which, nv, old) : ::getitimer(which, old)) return -1;
    if (nv) note_itimer(which, *nv);
    return 0;
  }
  int64_t left, interval;
  if (nv)
    sched::seeded_set_real_timer(tv_ns(nv->it_value), tv_ns(nv->it_interval), &left, &interval);
  else
    sched::seeded_get_real_timer(&left, &interval);
  old->it_value = tv_from_ns(left);
  old->it_interval = tv_from_ns(interval);
  return 0;
}

Object* s_setitimer(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (!parse_args("setitimer", args, nargs, kwnames, "which|seconds|interval", a)) return nullptr;
  if (!a[1]) return err_format_null(Exc_TypeError, "setitimer() missing required argument 'seconds' (pos 2)");
  int which;
  struct itimerval nv = {}, old = {};
  if (!int_arg(a[0], &which) || !timeval_arg(a[1], &nv.it_value)) return nullptr;
  if (a[2] && !timeval_arg(a[2], &nv.it_interval)) return nullptr;
  if (do_setitimer(which, &nv, &old) != 0) {
    err_set_from_errno(ItimerError, errno);
    return nullptr;
  }
  return itimer_tuple(old);
}

Object* s_getitimer(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getitimer", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "getitimer() takes exactly one argument (%zd given)", nargs);
  int which;
  if (!int_arg(args[0], &which)) return nullptr;
  struct itimerval v;
  if (do_setitimer(which, nullptr, &v) != 0) {
    err_set_from_errno(ItimerError, errno);
    return nullptr;
  }
  return itimer_tuple(v);
}

Object* s_alarm(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("alarm", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "alarm() takes exactly one argument (%zd given)", nargs);
  int secs;
  if (!int_arg(args[0], &secs)) return nullptr;
  if (virtual_timer(ITIMER_REAL)) {
    int64_t left, interval;
    sched::seeded_set_real_timer(int64_t(unsigned(secs)) * 1000000000, 0, &left, &interval);
    // alarm() rounds what was left to the nearest second, at least 1 when armed
    int64_t r = left == 0 ? 0 : (left + 500000000) / 1000000000;
    return int_from_i64(left > 0 && r == 0 ? 1 : r);
  }
  unsigned left = ::alarm(unsigned(secs));
  signals::note_real_timer(secs ? gil::now_ns() + int64_t(unsigned(secs)) * 1000000000 : 0, 0);
  return int_from_i64(int64_t(left));
}

MethodDef signal_functions[] = {
    {"signal", s_signal, METH_DEFAULT,
     "Set the action for the given signal.\n\nThe action can be SIG_DFL, SIG_IGN, or a callable Python object.\n"
     "The previous action is returned.  See getsignal() for possible return values."},
    {"getsignal", s_getsignal, METH_DEFAULT, "Return the current action for the given signal."},
    {"strsignal", s_strsignal, METH_DEFAULT, "Return the system description of the given signal."},
    {"siginterrupt", s_siginterrupt, METH_DEFAULT, "Change system call restart behaviour."},
    {"set_wakeup_fd", s_set_wakeup_fd, METH_DEFAULT,
     "Sets the fd to be written to (with the signal number) when a signal comes in."},
    {"raise_signal", s_raise_signal, METH_DEFAULT, "Send a signal to the executing process."},
    {"pthread_kill", s_pthread_kill, METH_DEFAULT, "Send a signal to a thread."},
    {"pidfd_send_signal", s_pidfd_send_signal, METH_DEFAULT, "Send a signal to a process referred to by a pid file descriptor."},
    {"pthread_sigmask", s_pthread_sigmask, METH_DEFAULT, "Fetch and/or change the signal mask of the calling thread."},
    {"sigpending", s_sigpending, METH_DEFAULT, "Examine pending signals."},
    {"valid_signals", s_valid_signals, METH_DEFAULT, "Return a set of valid signal numbers on this platform."},
    {"pause", s_pause, METH_DEFAULT, "Wait until a signal arrives."},
    {"sigwait", s_sigwait, METH_DEFAULT, "Wait for a signal."},
    {"sigwaitinfo", s_sigwaitinfo, METH_DEFAULT, "Wait synchronously until one of the signals in *sigset* is delivered."},
    {"sigtimedwait", s_sigtimedwait, METH_DEFAULT, "Like sigwaitinfo(), but with a timeout."},
    {"setitimer", s_setitimer, METH_DEFAULT, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", s_getitimer, METH_DEFAULT, "Returns current value of given itimer."},
    {"alarm", s_alarm, METH_DEFAULT, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {nullptr, nullptr, 0, nullptr},
};

const IntConst signal_constants[] = {
    {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", signals::kNSig}, {"SIG_BLOCK", SIG_BLOCK},
    {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK}, {"ITIMER_REAL", ITIMER_REAL},
    {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF}, {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT},
    {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL}, {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT},
    {"SIGBUS", SIGBUS}, {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
    {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU},
    {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},
    {"SIGPOLL", SIGPOLL}, {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS}, {nullptr, 0},
};

}  // namespace

int ready_signal_types() {
  if (structseq_init_type(&SigInfoType, &siginfo_desc) < 0) return -1;
  if (!ItimerError) {
    Object* dict = dict_new();
    Object* mod = dict ? str_from_cstr("signal") : nullptr;
    if (!mod || dict_setitem_str(dict, "__module__", mod) < 0) {
      xdecref(mod);
      xdecref(dict);
      return -1;
    }
    decref(mod);
    ItimerError = static_cast<TypeObject*>(type_new_simple("itimer_error", Exc_OSError, dict));
    decref(dict);
    if (!ItimerError) return -1;
  }
  return 0;
}

Object* init_signal_module() {
  if (ready_signal_types() < 0) return nullptr;
  Object* m = module_new("_signal");
  if (!m) return nullptr;
  if (module_add_functions(m, signal_functions) < 0 ||
      module_add_object(m, "default_int_handler", newref(signals::default_int_handler())) < 0 ||
      module_add_object(m, "ItimerError", newref(static_cast<Object*>(ItimerError))) < 0 ||
      module_add_object(m, "struct_siginfo", newref(static_cast<Object*>(&SigInfoType))) < 0 ||
      module_add_object(m, "SIGRTMIN", int_from_i64(SIGRTMIN)) < 0 ||
      module_add_object(m, "SIGRTMAX", int_from_i64(SIGRTMAX)) < 0)
    goto fail;
  if (module_add_int_constants(m, signal_constants) < 0) goto fail;
  return m;
fail:
  decref(m);
  return nullptr;
}

}  // namespace stdlib

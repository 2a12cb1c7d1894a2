// termios: POSIX terminal control (tcgetattr/tcsetattr, breaks, draining,
// flushing, flow control, window sizes) and the constants of <termios.h>.
// A file descriptor argument is an int or an object with fileno() (as_fd).
// Failures raise termios.error(errno, strerror), an Exception subclass.
// tcdrain and tcsendbreak wait for the terminal: they, like every call here,
// run in a BlockingSection with EINTR retried (sched::retry_after_eintr).
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>

#include "runtime/containers/list.h"
#include "runtime/threads/sched.h"
#include "datamodules.h"
#include "modules.h"
#include "native.h"

#if !defined(VSWTCH) && defined(VSWTC)
#define VSWTCH VSWTC  // Linux spells it VSWTC; CPython offers both names
#endif

namespace stdlib {
using namespace rt;

namespace {

TypeObject TermiosErrorType;

Object* raise_error() {
  err_set_from_errno(&TermiosErrorType, errno);
  return nullptr;
}

// Run call() outside the GIL, retrying on EINTR; false with termios.error (or
// what a signal handler raised) set.
template <class F>
bool blocking(F call) {
  int r;
  do {
    sched::BlockingSection bs;
    r = call();
  } while (r < 0 && errno == EINTR && sched::retry_after_eintr());
  if (r < 0) {
    if (!err_occurred()) raise_error();
    return false;
  }
  return true;
}

// Fixed positional arity with CPython's messages: a METH_O function says
// "termios.tcgetattr() takes exactly one argument (2 given)", the others
// "tcsetattr expected 3 arguments, got 2".
bool positional(const char* name, ssize nargs, Object* kwnames, ssize n) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "termios.%s() takes no keyword arguments", name);
    return false;
  }
  if (n == 1 && nargs != 1) {
    err_format(Exc_TypeError, "termios.%s() takes exactly one argument (%zd given)", name, nargs);
    return false;
  }
  return cont::check_nargs(name, nargs, n, n);
}

// PyLong_AsLong: an int through __index__ (TypeError, OverflowError "... C long").
bool long_arg(Object* o, long* out) {
  Object* i = number_index(o);
  if (!i) return false;
  int64_t v = int_as_i64(i);
  decref(i);
  if (v == -1 && err_occurred()) return false;
  *out = long(v);
  return true;
}

Object* t_tcgetattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("tcgetattr", nargs, kwnames, 1)) return nullptr;
  int fd = as_fd(args[0]);
  if (fd < 0) return nullptr;
  struct termios mode;
  if (!blocking([&] { return tcgetattr(fd, &mode); })) return nullptr;
  Object* cc = list_new(NCCS);
  if (!cc) return nullptr;
  for (int i = 0; i < NCCS; i++) {
    char ch = char(mode.c_cc[i]);
    Object* v = bytes_from(&ch, 1);
    if (!v) {
      decref(cc);
      return nullptr;
    }
    list_set_steal(cc, i, v);
  }
  // In non-canonical mode the VMIN and VTIME slots are counts, not characters.
  if ((mode.c_lflag & ICANON) == 0) {
    for (int slot : {VMIN, VTIME}) {
      Object* v = int_from_i64(mode.c_cc[slot]);
      if (!v) {
        decref(cc);
        return nullptr;
      }
      decref(list_get(cc, slot));
      list_set_steal(cc, slot, v);
    }
  }
  const long long fields[6] = {(long long)mode.c_iflag, (long long)mode.c_oflag, (long long)mode.c_cflag,
                               (long long)mode.c_lflag, (long long)cfgetispeed(&mode),
                               (long long)cfgetospeed(&mode)};
  Object* r = list_new(7);
  if (!r) {
    decref(cc);
    return nullptr;
  }
  for (int i = 0; i < 6; i++) {
    Object* v = int_from_i64(fields[i]);
    if (!v) {
      decref(cc);
      decref(r);
      return nullptr;
    }
    list_set_steal(r, i, v);
  }
  list_set_steal(r, 6, cc);
  return r;
}

Object* t_tcsetattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("tcsetattr", nargs, kwnames, 3)) return nullptr;
  int fd = as_fd(args[0]);
  int when;
  if (fd < 0 || !native::int_arg(args[1], &when)) return nullptr;
  Object* term = args[2];
  if (!is_list(term) || size_of(term) != 7)
    return err_format_null(Exc_TypeError, "tcsetattr, arg 3: must be 7 element list");
  // The current mode first: fields the list does not carry stay as they are.
  struct termios mode;
  if (!blocking([&] { return tcgetattr(fd, &mode); })) return nullptr;
  long v[6];
  for (int i = 0; i < 6; i++)
    if (!long_arg(list_get(term, i), &v[i])) return nullptr;
  mode.c_iflag = tcflag_t(v[0]);
  mode.c_oflag = tcflag_t(v[1]);
  mode.c_cflag = tcflag_t(v[2]);
  mode.c_lflag = tcflag_t(v[3]);
  Object* cc = list_get(term, 6);
  if (!is_list(cc) || size_of(cc) != NCCS)
    return err_format_null(Exc_TypeError, "tcsetattr: attributes[6] must be %d element list", NCCS);
  for (int i = 0; i < NCCS; i++) {
    Object* c = list_get(cc, i);
    if (is_bytes(c) && size_of(c) == 1) {
      mode.c_cc[i] = cc_t(bytes_data(c)[0]);
    } else if (is_int(c)) {
      long x;
      if (!long_arg(c, &x)) return nullptr;
      mode.c_cc[i] = cc_t(x);
    } else {
      return err_format_null(Exc_TypeError, "tcsetattr: elements of attributes must be characters or integers");
    }
  }
  if (cfsetispeed(&mode, speed_t(v[4])) < 0 || cfsetospeed(&mode, speed_t(v[5])) < 0) return raise_error();
  if (!blocking([&] { return tcsetattr(fd, when, &mode); })) return nullptr;
  return none_ref();
}

// fd and one int argument, then call(fd, arg).
template <class F>
Object* fd_int_call(const char* name, Object* const* args, ssize nargs, Object* kwnames, F call) {
  if (!positional(name, nargs, kwnames, 2)) return nullptr;
  int fd = as_fd(args[0]);
  int arg;
  if (fd < 0 || !native::int_arg(args[1], &arg)) return nullptr;
  if (!blocking([&] { return call(fd, arg); })) return nullptr;
  return none_ref();
}

Object* t_tcsendbreak(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return fd_int_call("tcsendbreak", args, nargs, kwnames, [](int fd, int d) { return tcsendbreak(fd, d); });
}

Object* t_tcflush(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return fd_int_call("tcflush", args, nargs, kwnames, [](int fd, int q) { return tcflush(fd, q); });
}

Object* t_tcflow(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return fd_int_call("tcflow", args, nargs, kwnames, [](int fd, int a) { return tcflow(fd, a); });
}

Object* t_tcdrain(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("tcdrain", nargs, kwnames, 1)) return nullptr;
  int fd = as_fd(args[0]);
  if (fd < 0) return nullptr;
  if (!blocking([&] { return tcdrain(fd); })) return nullptr;
  return none_ref();
}

Object* t_tcgetwinsize(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("tcgetwinsize", nargs, kwnames, 1)) return nullptr;
  int fd = as_fd(args[0]);
  if (fd < 0) return nullptr;
  struct winsize w;
  if (!blocking([&] { return ioctl(fd, TIOCGWINSZ, &w); })) return nullptr;
  Object* r = int_from_i64(w.ws_row);
  Object* c = r ? int_from_i64(w.ws_col) : nullptr;
  Object* t = c ? tuple_pack(2, r, c) : nullptr;
  xdecref(r);
  xdecref(c);
  return t;
}

Object* t_tcsetwinsize(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("tcsetwinsize", nargs, kwnames, 2)) return nullptr;
  int fd = as_fd(args[0]);
  if (fd < 0) return nullptr;
  Object* ws = args[1];
  ssize n = !is_dict(ws) && type_of(ws)->mp_subscript ? object_length(ws) : -1;  // PySequence_Check
  if (n < 0) err_clear();
  if (n != 2) return err_format_null(Exc_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
  long v[2];
  for (int i = 0; i < 2; i++) {
    Object* item = object_getitem(ws, small_int(i));
    if (!item) return nullptr;
    bool ok = long_arg(item, &v[i]);
    decref(item);
    if (!ok) return nullptr;
  }
  // The current size first: the pixel fields stay as they are.
  struct winsize w;
  if (!blocking([&] { return ioctl(fd, TIOCGWINSZ, &w); })) return nullptr;
  w.ws_row = (unsigned short)v[0];
  w.ws_col = (unsigned short)v[1];
  if (long(w.ws_row) != v[0] || long(w.ws_col) != v[1])
    return err_format_null(Exc_OverflowError, "winsize value(s) out of range.");
  if (!blocking([&] { return ioctl(fd, TIOCSWINSZ, &w); })) return nullptr;
  return none_ref();
}

MethodDef functions[] = {
    {"tcgetattr", t_tcgetattr, METH_DEFAULT,
     "Get the tty attributes for file descriptor fd.\n\nReturns a list [iflag, oflag, cflag, lflag, ispeed, ospeed, "
     "cc]\nwhere cc is a list of the tty special characters (each a string of\nlength 1, except the items with "
     "indices VMIN and VTIME, which are\nintegers when these fields are defined).  The interpretation of the\nflags "
     "and the speeds as well as the indexing in the cc array must be\ndone using the symbolic constants defined in "
     "this module."},
    {"tcsetattr", t_tcsetattr, METH_DEFAULT,
     "Set the tty attributes for file descriptor fd.\n\nThe attributes to be set are taken from the attributes "
     "argument, which\nis a list like the one returned by tcgetattr(). The when argument\ndetermines when the "
     "attributes are changed: termios.TCSANOW to\nchange immediately, termios.TCSADRAIN to change after "
     "transmitting all\nqueued output, or termios.TCSAFLUSH to change after transmitting all\nqueued output and "
     "discarding all queued input."},
    {"tcsendbreak", t_tcsendbreak, METH_DEFAULT,
     "Send a break on file descriptor fd.\n\nA zero duration sends a break for 0.25-0.5 seconds; a nonzero "
     "duration\nhas a system dependent meaning."},
    {"tcdrain", t_tcdrain, METH_DEFAULT,
     "Wait until all output written to file descriptor fd has been transmitted."},
    {"tcflush", t_tcflush, METH_DEFAULT,
     "Discard queued data on file descriptor fd.\n\nThe queue selector specifies which queue: termios.TCIFLUSH for "
     "the input\nqueue, termios.TCOFLUSH for the output queue, or termios.TCIOFLUSH for\nboth queues."},
    {"tcflow", t_tcflow, METH_DEFAULT,
     "Suspend or resume input or output on file descriptor fd.\n\nThe action argument can be termios.TCOOFF to "
     "suspend output,\ntermios.TCOON to restart output, termios.TCIOFF to suspend input,\nor termios.TCION to "
     "restart input."},
    {"tcgetwinsize", t_tcgetwinsize, METH_DEFAULT,
     "Get the tty winsize for file descriptor fd.\n\nReturns a tuple (ws_row, ws_col)."},
    {"tcsetwinsize", t_tcsetwinsize, METH_DEFAULT,
     "Set the tty winsize for file descriptor fd.\n\nThe winsize to be set is taken from the winsize argument, "
     "which\nis a two-item tuple (ws_row, ws_col) like the one returned by tcgetwinsize()."},
    {nullptr, nullptr, 0, nullptr},
};

struct Const {
  const char* name;
  long long value;
};
#define TERMIOS_CONST(n) {#n, (long long)(n)},
const Const constants[] = {
#include "termios_constants.inc"
};
#undef TERMIOS_CONST

}  // namespace

int ready_termios_types() {
  if (has_flag(&TermiosErrorType, TPFLAG_READY)) return 0;
  exception_type(&TermiosErrorType, "termios.error", Exc_Exception);
  return ready_static_type(&TermiosErrorType);
}

Object* init_termios_module() {
  if (ready_termios_types() < 0) return nullptr;
  Object* m = native::make_module(
      "termios",
      "This module provides an interface to the Posix calls for tty I/O control.\nFor a complete description of "
      "these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions that support "
      "Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their "
      "first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file "
      "object, such as sys.stdin itself.",
      functions, {});
  if (!m) return nullptr;
  bool ok = module_add_object(m, "error", newref(static_cast<Object*>(&TermiosErrorType))) == 0;
  for (const Const& c : constants)
    if (ok) ok = native::add_int(m, c.name, c.value) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib


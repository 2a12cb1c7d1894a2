// The select module: select(), poll objects and epoll objects (CPython's
// selectors.py sits on them).
//
// How a wait works (wait_ready, shared with _socket): stdlib/fdwait.h.
//   * A poll object refuses a second concurrent poll() (RuntimeError), as
//     CPython's does, since its fd array is in use while the GIL is released.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>

#include <cmath>
#include <vector>

#include "runtime/threads/gil.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/state.h"
#include "fdwait.h"
#include "modules.h"

namespace stdlib {

// A file descriptor: an int, or an object with a fileno() method (CPython's
// PyObject_AsFileDescriptor).  -1 with an exception.
int as_fd(rt::Object* o) {
  using namespace rt;
  Object* n = nullptr;
  if (is_int(o)) {
    n = newref(o);
  } else {
    Object* meth = object_getattr_str(o, "fileno");
    if (!meth) {
      err_clear();
      err_set_string(Exc_TypeError, "argument must be an int, or have a fileno() method.");
      return -1;
    }
    n = call0(meth);
    decref(meth);
    if (!n) return -1;
    if (!is_int(n)) {
      decref(n);
      err_set_string(Exc_TypeError, "fileno() returned a non-integer");
      return -1;
    }
  }
  int64_t v = int_as_i64(n);
  decref(n);
  if (v == -1 && err_occurred()) return -1;
  if (v < INT_MIN || v > INT_MAX) {
    err_set_string(Exc_OverflowError, "Python int too large to convert to C int");
    return -1;
  }
  if (v < 0) {
    err_format(Exc_ValueError, "file descriptor cannot be a negative integer (%d)", int(v));
    return -1;
  }
  return int(v);
}

using namespace rt;

namespace {

TypeObject PollType, EpollType;

struct PollObject : Object {
  Object* fds;  // dict fd -> event mask (ints); owned
  bool running;
};
struct EpollObject : Object {
  int epfd;  // -1: closed
};
inline PollObject* P(Object* o) { return static_cast<PollObject*>(o); }
inline EpollObject* E(Object* o) { return static_cast<EpollObject*>(o); }

Object* raise_errno() {
  err_set_from_errno(Exc_OSError, errno);
  return nullptr;
}


// An event mask (C unsigned short for poll, unsigned int for epoll).
bool mask_arg(Object* o, uint64_t max, const char* ctype, uint64_t* out) {
  if (!is_int(o)) {
    err_set_string(Exc_TypeError, "an integer is required");
    return false;
  }
  int64_t v = int_as_i64(o);
  if (v == -1 && err_occurred()) return false;
  if (v < 0) {
    err_format(Exc_OverflowError, "Python int too large for C %s", ctype);  // CPython says so for negatives too
    return false;
  }
  if (uint64_t(v) > max) {
    err_format(Exc_OverflowError, "Python int too large for C %s", ctype);
    return false;
  }
  *out = uint64_t(v);
  return true;
}

// A timeout in seconds (None: forever) as ns, rounded up to `unit_ns`
// (a wait is never shorter than asked); -1: forever.  `negative_forever`:
// a negative timeout means forever (poll, epoll) instead of ValueError.
bool timeout_arg(Object* o, double scale, int64_t unit_ns, bool negative_forever, const char* type_msg,
                 int64_t* out) {
  *out = -1;
  if (!o || o == None) return true;
  if (!is_int(o) && !is_float(o)) {
    err_set_string(Exc_TypeError, type_msg);
    return false;
  }
  bool ok = true;
  double t = number_as_double(o, &ok);
  if (!ok) return false;
  if (std::isnan(t)) {
    err_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
    return false;
  }
  t *= scale;  // now in seconds
  if (t < 0) {
    if (negative_forever) return true;
    err_set_string(Exc_ValueError, "timeout must be non-negative");
    return false;
  }
  double ns = std::ceil(t * 1e9 / double(unit_ns)) * double(unit_ns);
  if (ns > 9.2e18) {
    err_set_string(Exc_OverflowError, "timeout is too large");
    return false;
  }
  *out = int64_t(ns);
  return true;
}

// ---- select() --------------------------------------------------------------------

// The fds of one list into `set`, remembering (fd, object) pairs.
bool fill_fdset(Object* seq, fd_set* set, int* maxfd, std::vector<std::pair<int, Object*>>* items) {
  Object* it = object_get_iter(seq);
  if (!it) {
    err_clear();
    err_set_string(Exc_TypeError, "arguments 1-3 must be sequences");
    return false;
  }
  while (Object* o = iter_next(it)) {
    int fd = as_fd(o);
    if (fd < 0) {
      decref(o);
      decref(it);
      return false;
    }
    if (fd >= FD_SETSIZE) {
      decref(o);
      decref(it);
      err_set_string(Exc_ValueError, "filedescriptor out of range in select()");
      return false;
    }
    FD_SET(fd, set);
    if (fd > *maxfd) *maxfd = fd;
    items->push_back({fd, o});  // owns o
  }
  decref(it);
  return !err_occurred();
}

Object* ready_list(const std::vector<std::pair<int, Object*>>& items, const fd_set* set) {
  Object* l = list_new(0);
  for (auto& [fd, o] : items)
    if (l && FD_ISSET(fd, set) && list_append(l, o) < 0) clearref(l);
  return l;
}

Object* s_select(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("select", kwnames)) return nullptr;
  if (nargs < 3 || nargs > 4)
    return err_format_null(Exc_TypeError, "select expected at least 3 arguments, got %zd", nargs);
  int64_t timeout;
  if (!timeout_arg(nargs > 3 ? args[3] : nullptr, 1.0, 1000, false, "timeout must be a float or None", &timeout))
    return nullptr;
  fd_set sets[3];
  std::vector<std::pair<int, Object*>> items[3];
  int maxfd = -1;
  bool ok = true;
  for (int i = 0; i < 3 && ok; i++) {
    FD_ZERO(&sets[i]);
    ok = fill_fdset(args[i], &sets[i], &maxfd, &items[i]);
  }
  Object* result = nullptr;
  if (ok) {
    fd_set out[3];
    int r = wait_ready(timeout, [&](int64_t left) {
      for (int i = 0; i < 3; i++) out[i] = sets[i];
      struct timeval tv;
      if (left >= 0) {
        tv.tv_sec = time_t(left / 1000000000);
        tv.tv_usec = suseconds_t((left % 1000000000 + 999) / 1000);
        if (tv.tv_usec >= 1000000) {
          tv.tv_sec++;
          tv.tv_usec -= 1000000;
        }
      }
      return ::select(maxfd + 1, &out[0], &out[1], &out[2], left >= 0 ? &tv : nullptr);
    });
    if (r < 0) {
      if (!err_occurred()) raise_errno();
    } else {
      if (r == 0)
        for (auto& s : out) FD_ZERO(&s);
      Object* l[3];
      for (int i = 0; i < 3; i++) l[i] = ready_list(items[i], &out[i]);
      if (l[0] && l[1] && l[2]) result = tuple_pack(3, l[0], l[1], l[2]);
      for (Object* x : l) xdecref(x);
    }
  }
  for (auto& v : items)
    for (auto& p : v) decref(p.second);
  return result;
}

// Append (fd, events) to *l; on failure *l becomes null (exception set).
void append_event(Object** l, int fd, int64_t events) {
  Object* a = int_from_i64(fd);
  Object* b = a ? int_from_i64(events) : nullptr;
  Object* t = b ? tuple_pack(2, a, b) : nullptr;
  xdecref(a);
  xdecref(b);
  if (!t || list_append(*l, t) < 0) clearref(*l);
  xdecref(t);
}

// ---- poll objects ----------------------------------------------------------------

Object* poll_new_object() {
  Object* o = alloc_object(&PollType, sizeof(PollObject));
  if (!o) return nullptr;
  P(o)->fds = dict_new();
  P(o)->running = false;
  if (!P(o)->fds) {
    decref(o);
    return nullptr;
  }
  return o;
}

void poll_dealloc(Object* o) {
  xdecref(P(o)->fds);
  free_object(o);
}

Object* s_poll(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("poll", kwnames)) return nullptr;
  if (nargs != 0) return err_format_null(Exc_TypeError, "poll() takes no arguments (%zd given)", nargs);
  return poll_new_object();
}

Object* poll_set(Object* self, Object* fdobj, Object* maskobj, bool must_exist) {
  int fd = as_fd(fdobj);
  if (fd < 0) return nullptr;
  uint64_t mask = POLLIN | POLLPRI | POLLOUT;
  if (maskobj && !mask_arg(maskobj, 0xffff, "unsigned short", &mask)) return nullptr;
  Object* key = int_from_i64(fd);
  if (!key) return nullptr;
  if (must_exist && !dict_getitem(P(self)->fds, key)) {
    decref(key);
    errno = ENOENT;
    return raise_errno();
  }
  Object* v = int_from_i64(int64_t(mask));
  int r = v ? dict_setitem(P(self)->fds, key, v) : -1;
  decref(key);
  xdecref(v);
  if (r < 0) return nullptr;
  return none_ref();
}

Object* poll_register(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("register", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2)
    return err_format_null(Exc_TypeError, "register expected at least 1 argument, got %zd", nargs);
  return poll_set(self, args[0], nargs > 1 ? args[1] : nullptr, false);
}

Object* poll_modify(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("modify", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "modify expected 2 arguments, got %zd", nargs);
  return poll_set(self, args[0], args[1], true);
}

Object* poll_unregister(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("unregister", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "unregister() takes exactly one argument (%zd given)", nargs);
  int fd = as_fd(args[0]);
  if (fd < 0) return nullptr;
  Object* key = int_from_i64(fd);
  if (!key) return nullptr;
  int r = dict_delitem(P(self)->fds, key);
  decref(key);
  if (r < 0) return nullptr;
  return none_ref();
}

Object* poll_poll(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("poll", args, nargs, kwnames, "|timeout", a)) return nullptr;
  int64_t timeout;
  if (!timeout_arg(a[0], 1e-3, 1000000, true, "timeout must be an integer or None", &timeout)) return nullptr;
  if (P(self)->running) return err_format_null(Exc_RuntimeError, "concurrent poll() invocation");
  std::vector<struct pollfd> fds;
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(P(self)->fds, &pos, &k, &v))
    fds.push_back({int(int_as_i64(k)), short(int_as_i64(v)), 0});
  P(self)->running = true;
  incref(self);
  int r = wait_ready(timeout, [&](int64_t left) { return ::poll(fds.data(), nfds_t(fds.size()), ns_to_ms(left)); });
  P(self)->running = false;
  decref(self);
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  Object* l = list_new(0);
  for (auto& p : fds)
    if (l && p.revents != 0) append_event(&l, p.fd, uint16_t(p.revents));
  return l;
}

MethodDef poll_methods[] = {
    {"register", poll_register, METH_DEFAULT, "Register a file descriptor with the polling object."},
    {"modify", poll_modify, METH_DEFAULT, "Modify an already registered file descriptor."},
    {"unregister", poll_unregister, METH_DEFAULT, "Remove a file descriptor being tracked by the polling object."},
    {"poll", poll_poll, METH_DEFAULT, "Polls the set of registered file descriptors."},
    {nullptr, nullptr, 0, nullptr},
};

Object* poll_type_new(TypeObject*, Object* const*, ssize, Object*) {
  return err_format_null(Exc_TypeError, "cannot create 'select.poll' instances");
}

// ---- epoll objects ---------------------------------------------------------------

Object* epoll_make(TypeObject* type, int fd) {
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) {
    ::close(fd);
    return nullptr;
  }
  E(o)->epfd = fd;
  return o;
}

void epoll_close_fd(Object* o) {
  int fd = E(o)->epfd;
  E(o)->epfd = -1;
  if (fd >= 0) ::close(fd);
}

void epoll_dealloc(Object* o) {
  epoll_close_fd(o);
  free_object(o);
}

Object* epoll_type_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("epoll", args, nargs, kwnames, "|sizehint,flags", a)) return nullptr;
  int64_t sizehint = -1, flags = 0;
  if (a[0]) {
    sizehint = int_as_i64(a[0]);
    if (sizehint == -1 && err_occurred()) return nullptr;
  }
  if (a[1]) {
    flags = int_as_i64(a[1]);
    if (flags == -1 && err_occurred()) return nullptr;
  }
  if (sizehint == 0 || sizehint < -1) return err_format_null(Exc_ValueError, "negative sizehint");
  if (flags && flags != EPOLL_CLOEXEC) return err_format_null(Exc_OSError, "invalid flags");
  int fd = epoll_create1(EPOLL_CLOEXEC);
  if (fd < 0) return raise_errno();
  return epoll_make(type, fd);
}

bool epoll_open(Object* self) {
  if (E(self)->epfd >= 0) return true;
  err_set_string(Exc_ValueError, "I/O operation on closed epoll object");
  return false;
}

Object* epoll_ctl_call(Object* self, int op, Object* fdobj, Object* maskobj) {
  if (!epoll_open(self)) return nullptr;
  int fd = as_fd(fdobj);
  if (fd < 0) return nullptr;
  uint64_t mask = EPOLLIN | EPOLLPRI | EPOLLOUT;
  if (maskobj && !mask_arg(maskobj, 0xffffffffu, "unsigned int", &mask)) return nullptr;
  struct epoll_event ev = {};
  ev.events = uint32_t(mask);
  ev.data.fd = fd;
  if (epoll_ctl(E(self)->epfd, op, fd, &ev) < 0) return raise_errno();
  return none_ref();
}

Object* epoll_register(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("register", args, nargs, kwnames, "fd|eventmask", a)) return nullptr;
  return epoll_ctl_call(self, EPOLL_CTL_ADD, a[0], a[1]);
}

Object* epoll_modify(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("modify", args, nargs, kwnames, "fd,eventmask", a)) return nullptr;
  return epoll_ctl_call(self, EPOLL_CTL_MOD, a[0], a[1]);
}

Object* epoll_unregister(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("unregister", args, nargs, kwnames, "fd", a)) return nullptr;
  if (!epoll_open(self)) return nullptr;
  int fd = as_fd(a[0]);
  if (fd < 0) return nullptr;
  struct epoll_event ev = {};
  if (epoll_ctl(E(self)->epfd, EPOLL_CTL_DEL, fd, &ev) < 0) return raise_errno();
  return none_ref();
}

Object* epoll_poll(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("poll", args, nargs, kwnames, "|timeout,maxevents", a)) return nullptr;
  if (!epoll_open(self)) return nullptr;
  int64_t timeout;
  if (!timeout_arg(a[0], 1.0, 1000000, true, "timeout must be an integer or None", &timeout)) return nullptr;
  int64_t maxevents = -1;
  if (a[1]) {
    maxevents = int_as_i64(a[1]);
    if (maxevents == -1 && err_occurred()) return nullptr;
  }
  if (maxevents == -1)
    maxevents = FD_SETSIZE - 1;
  else if (maxevents < 1)
    return err_format_null(Exc_ValueError, "maxevents must be greater than 0, got %d", int(maxevents));
  if (maxevents > INT_MAX / int64_t(sizeof(struct epoll_event))) return err_no_memory();
  std::vector<epoll_event> evs(static_cast<size_t>(maxevents));
  int epfd = E(self)->epfd;
  incref(self);  // another thread may close it while we wait: the fd stays ours until we return
  int r = wait_ready(timeout, [&](int64_t left) { return epoll_wait(epfd, evs.data(), int(maxevents), ns_to_ms(left)); });
  decref(self);
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  Object* l = list_new(0);
  for (int i = 0; l && i < r; i++) append_event(&l, evs[size_t(i)].data.fd, evs[size_t(i)].events);
  return l;
}

Object* epoll_close(Object* self, Object* const*, ssize nargs, Object*) {
  if (nargs != 0) return err_format_null(Exc_TypeError, "close() takes no arguments (%zd given)", nargs);
  epoll_close_fd(self);
  return none_ref();
}

Object* epoll_fileno(Object* self, Object* const*, ssize nargs, Object*) {
  if (nargs != 0) return err_format_null(Exc_TypeError, "fileno() takes no arguments (%zd given)", nargs);
  if (!epoll_open(self)) return nullptr;
  return int_from_i64(E(self)->epfd);
}

Object* epoll_fromfd(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("fromfd", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "fromfd() takes exactly one argument (%zd given)", nargs);
  int64_t fd = int_as_i64(args[0]);
  if (fd == -1 && err_occurred()) return nullptr;
  if (fd < 0 || fd > INT_MAX) return err_format_null(Exc_ValueError, "file descriptor cannot be a negative integer (%d)", int(fd));
  return epoll_make(static_cast<TypeObject*>(cls), int(fd));
}

Object* epoll_enter(Object* self, Object* const*, ssize, Object*) {
  if (!epoll_open(self)) return nullptr;
  return newref(self);
}

Object* epoll_exit(Object* self, Object* const*, ssize, Object*) {
  epoll_close_fd(self);
  return none_ref();
}

Object* epoll_get_closed(Object* self, void*) { return bool_ref(E(self)->epfd < 0); }

MethodDef epoll_methods[] = {
    {"close", epoll_close, METH_DEFAULT, "Close the epoll control file descriptor."},
    {"fileno", epoll_fileno, METH_DEFAULT, "Return the epoll control file descriptor."},
    {"fromfd", epoll_fromfd, METH_CLASS, "Create an epoll object from a given control fd."},
    {"register", epoll_register, METH_DEFAULT, "Registers a new fd or raises an OSError if the fd is already registered."},
    {"modify", epoll_modify, METH_DEFAULT, "Modify event mask for a registered file descriptor."},
    {"unregister", epoll_unregister, METH_DEFAULT, "Remove a registered file descriptor from the epoll object."},
    {"poll", epoll_poll, METH_DEFAULT, "Wait for events on the epoll file descriptor."},
    {"__enter__", epoll_enter, METH_DEFAULT, nullptr},
    {"__exit__", epoll_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef epoll_getset[] = {
    {"closed", epoll_get_closed, nullptr, "True if the epoll handler is closed", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef select_functions[] = {
    {"select", s_select, METH_DEFAULT,
     "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", s_poll, METH_DEFAULT, "Returns a polling object."},
    {nullptr, nullptr, 0, nullptr},
};

const IntConst select_constants[] = {
    {"PIPE_BUF", PIPE_BUF}, {"POLLIN", POLLIN}, {"POLLPRI", POLLPRI}, {"POLLOUT", POLLOUT}, {"POLLERR", POLLERR},
    {"POLLHUP", POLLHUP}, {"POLLNVAL", POLLNVAL}, {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
    {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG}, {"POLLRDHUP", POLLRDHUP},
    {"EPOLLIN", EPOLLIN}, {"EPOLLOUT", EPOLLOUT}, {"EPOLLPRI", EPOLLPRI}, {"EPOLLERR", EPOLLERR},
    {"EPOLLHUP", EPOLLHUP}, {"EPOLLET", int64_t(uint32_t(EPOLLET))}, {"EPOLLONESHOT", EPOLLONESHOT},
    {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM},
    {"EPOLLRDBAND", EPOLLRDBAND}, {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND},
    {"EPOLLMSG", EPOLLMSG}, {"EPOLL_CLOEXEC", EPOLL_CLOEXEC}, {nullptr, 0},
};

}  // namespace

int ready_select_types() {
  if (has_flag(&PollType, TPFLAG_READY)) return 0;
  PollType.tp_name = "select.poll";
  PollType.tp_basicsize = sizeof(PollObject);
  PollType.tp_new = poll_type_new;
  PollType.tp_dealloc = poll_dealloc;
  PollType.tp_methods = poll_methods;
  EpollType.tp_name = "select.epoll";
  EpollType.tp_basicsize = sizeof(EpollObject);
  EpollType.tp_new = epoll_type_new;
  EpollType.tp_dealloc = epoll_dealloc;
  EpollType.tp_methods = epoll_methods;
  EpollType.tp_getset = epoll_getset;
  if (type_ready(&PollType) < 0 || type_ready(&EpollType) < 0) return -1;
  return 0;
}

Object* init_select_module() {
  if (ready_select_types() < 0) return nullptr;
  Object* m = module_new("select");
  if (!m) return nullptr;
  if (module_add_functions(m, select_functions) < 0 ||
      module_add_object(m, "epoll", newref(static_cast<Object*>(&EpollType))) < 0 ||
      module_add_object(m, "error", newref(static_cast<Object*>(Exc_OSError))) < 0)
    goto fail;
  if (module_add_int_constants(m, select_constants) < 0) goto fail;
  return m;
fail:
  decref(m);
  return nullptr;
}

}  // namespace stdlib

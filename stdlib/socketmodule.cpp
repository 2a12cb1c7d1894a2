// _socket.socket, the type under CPython's socket.py (which subclasses it),
// and the _socket module object.
//
// How a call that may wait works (sock_call below, CPython's sock_call_ex):
//   * A socket has a timeout: -1 (blocking), 0 (non-blocking) or > 0.  With
//     a timeout >= 0 the descriptor is O_NONBLOCK; with -1 it blocks.
//   * Blocking socket, real time: the system call itself waits, with the GIL
//     released (sched::BlockingSection), so other threads run and the
//     instruments see an I/O wait.  EINTR is retried after the signal
//     handlers ran (PEP 475; a handler's exception ends the call).
//   * Timeout > 0: poll(2) for readiness with what is left of the deadline
//     (stdlib/fdwait.h: GIL released, EINTR retried), then the non-blocking
//     call; EWOULDBLOCK sends it back to poll.  When the deadline passes:
//     TimeoutError("timed out") (socket.timeout is TimeoutError in 3.11).
//     sendall's deadline covers the whole call, not each chunk.
//   * Seeded mode (--seed) keeps the baton in system calls, so a blocking
//     socket waits like a timed one, through fdwait.h's virtual-clock loop:
//     a thread blocked in recv() lets the thread that will send run.  The
//     data calls get MSG_DONTWAIT there, so none waits in the kernel.
//   * Non-blocking socket: one attempt; EWOULDBLOCK is BlockingIOError.
// The object holds no Python references (not a GC type); closing sets fd to
// -1 first, so a later call fails with EBADF as in CPython.
#include <errno.h>
#include <fcntl.h>
#include <linux/can.h>
#include <linux/can/bcm.h>
#include <linux/can/isotp.h>
#include <linux/can/j1939.h>
#include <linux/can/raw.h>
#include <linux/if_alg.h>
#include <linux/netlink.h>
#include <linux/tipc.h>
#include <linux/udp.h>
#include <linux/vm_sockets.h>
#include <netdb.h>
#include <netinet/tcp.h>
#include <netpacket/packet.h>
#include <poll.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <climits>
#include <string>
#include <vector>

#include "runtime/bytes/buffer.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/signals.h"
#include "clinic.h"
#include "datamodules.h"
#include "fdwait.h"
#include "modules.h"
#include "native.h"
#include "socket_internal.h"

namespace stdlib::sock {
using namespace rt;

TypeObject SocketType, HErrorType, GaiErrorType;

namespace {

bool set_nonblocking(int fd, bool nonblocking) {
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0) return false;
  int want = nonblocking ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
  return want == flags || fcntl(fd, F_SETFL, want) == 0;
}

// Set the timeout and the descriptor's O_NONBLOCK to match; false with an error.
bool apply_timeout(SockObject* s, int64_t ns) {
  s->timeout_ns = ns;
  if (s->fd >= 0 && !set_nonblocking(s->fd, ns >= 0)) {
    raise_errno();
    return false;
  }
  return true;
}

// Run op(dontwait) -- a system call returning >= 0, or -1 with errno; it ors
// dontwait (MSG_DONTWAIT or 0) into its flags where it has some -- as described
// at the top.  timeout_ns: the socket's, or what is left of an enclosing
// deadline.  Returns op's result, or -1 with an exception set; when err_out
// is given, OS errors and timeouts (EWOULDBLOCK) are stored there instead of
// raised (connect_ex), and -1 comes back with no exception.
template <class Op>
ssize_t sock_call(SockObject* s, bool writing, int64_t timeout_ns, Op op, int* err_out = nullptr) {
  bool must_poll = timeout_ns > 0 || (timeout_ns < 0 && g_interp->seeded);
  // A blocking descriptor in seeded mode: the data calls must not wait in the
  // kernel either (a send bigger than the buffer would keep the baton).
  int dontwait = timeout_ns < 0 && g_interp->seeded ? MSG_DONTWAIT : 0;
  int64_t deadline = timeout_ns > 0 ? sched::monotonic_ns() + timeout_ns : -1;
  for (;;) {
    if (must_poll) {
      int64_t left = deadline >= 0 ? deadline - sched::monotonic_ns() : -1;
      if (deadline >= 0 && left < 0) left = 0;
      int fd = s->fd;
      int r = wait_ready(left, [&](int64_t l) {
        struct pollfd p = {fd, short(writing ? POLLOUT : POLLIN), 0};
        return ::poll(&p, 1, ns_to_ms(l));
      });
      if (r < 0) {
        if (err_occurred()) return -1;
        if (err_out) return *err_out = errno, -1;
        return raise_errno(), -1;
      }
      if (r == 0) {
        if (err_out) return *err_out = EWOULDBLOCK, -1;
        return raise_timeout(), -1;
      }
    }
    ssize_t r;
    do {
      sched::BlockingSection bs;
      r = op(dontwait);
    } while (r < 0 && sched::retry_after_eintr());
    if (r >= 0) return r;
    if (err_occurred()) return -1;
    if (must_poll && (errno == EWOULDBLOCK || errno == EAGAIN)) continue;
    if (err_out) return *err_out = errno, -1;
    return raise_errno(), -1;
  }
}

inline ssize_t sock_call(SockObject* s, bool writing, auto op) { return sock_call(s, writing, s->timeout_ns, op); }

// ---- construction ------------------------------------------------------------------

Object* sock_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) return nullptr;
  S(o)->fd = -1;
  S(o)->family = AF_INET;
  S(o)->type = SOCK_STREAM;
  S(o)->proto = 0;
  S(o)->timeout_ns = -1;
  return o;
}

// Fill a socket object around fd (owned from now on); type may carry SOCK_NONBLOCK.
bool init_sockobject(SockObject* s, int fd, int family, int type, int proto) {
  s->fd = fd;
  s->family = family;
  s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s->proto = proto;
  if (type & SOCK_NONBLOCK) return apply_timeout(s, 0);
  s->timeout_ns = default_timeout_ns;
  return default_timeout_ns < 0 || apply_timeout(s, default_timeout_ns);
}

int getsockopt_int(int fd, int opt, int* out) {
  socklen_t len = sizeof(int);
  return getsockopt(fd, SOL_SOCKET, opt, out, &len);
}

int sock_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4] = {};
  if (!parse_args("socket", args, nargs, kwnames, "|family,type,proto,fileno", a)) return -1;
  int family = -1, type = -1, proto = -1;
  if ((a[0] && !clinic::to_int_getargs(a[0], &family)) || (a[1] && !clinic::to_int_getargs(a[1], &type)) || (a[2] && !clinic::to_int_getargs(a[2], &proto))) return -1;
  int fd;
  if (a[3] && a[3] != None) {
    if (is_float(a[3])) {
      err_set_string(Exc_TypeError, "'float' object cannot be interpreted as an integer");
      return -1;
    }
    if (!clinic::to_int_getargs(a[3], &fd)) return -1;
    if (fd < 0) {
      err_set_string(Exc_ValueError, "negative file descriptor");
      return -1;
    }
    // Ask the descriptor what it is where the caller did not say.
    int v;
    if (family == -1) {
      if (getsockopt_int(fd, SO_DOMAIN, &v) < 0) return raise_errno(), -1;
      family = v;
    }
    if (type == -1) {
      if (getsockopt_int(fd, SO_TYPE, &v) < 0) return raise_errno(), -1;
      type = v;
    }
    if (proto == -1) {
      if (getsockopt_int(fd, SO_PROTOCOL, &v) < 0) return raise_errno(), -1;
      proto = v;
    }
  } else {
    if (family == -1) family = AF_INET;
    if (type == -1) type = SOCK_STREAM;
    if (proto == -1) proto = 0;
    fd = ::socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) return raise_errno(), -1;
  }
  SockObject* s = S(self);
  if (s->fd >= 0 && s->fd != fd) ::close(s->fd);  // __init__ called again
  return init_sockobject(s, fd, family, type, proto) ? 0 : -1;
}

void sock_dealloc(Object* o) {
  clear_weakrefs(o);
  if (S(o)->fd >= 0) ::close(S(o)->fd);
  S(o)->fd = -1;
  free_object(o);
}

Object* sock_repr(Object* o) {
  SockObject* s = S(o);
  return str_from(std::string("<socket object, fd=") + std::to_string(s->fd) + ", family=" +
                  std::to_string(s->family) + ", type=" + std::to_string(s->type) + ", proto=" +
                  std::to_string(s->proto) + ">");
}

// ---- helpers for the methods ---------------------------------------------------------

bool noargs(const char* name, ssize nargs, Object* kwnames) { return native::check_no_args(name, nargs, kwnames); }

bool sockaddr_arg(SockObject* s, Object* addr, const char* caller, SockAddr* out, socklen_t* len) {
  return sockaddr_from_python(s->family, addr, caller, out, len);
}

// A Python int (or None) for a non-negative size argument.
bool size_arg(Object* o, ssize* out) {
  int v;
  if (!clinic::to_int_getargs(o, &v)) return false;
  *out = v;
  return true;
}

bool flags_arg(Object* o, int* out) {
  *out = 0;
  return !o || clinic::to_int_getargs(o, out);
}

// ---- connections ---------------------------------------------------------------------

Object* sock_accept(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!noargs("_accept", nargs, kwnames)) return nullptr;
  SockObject* s = S(self);
  SockAddr addr;
  socklen_t len = 0;
  ssize_t fd = sock_call(s, false, [&](int) {
    len = sizeof(addr);
    return ssize_t(::accept4(s->fd, &addr.sa, &len, SOCK_CLOEXEC));
  });
  if (fd < 0) return nullptr;
  Object* f = int_from_i64(fd);
  Object* a = f ? sockaddr_to_python(&addr.sa, len) : nullptr;
  Object* t = a ? tuple_pack(2, f, a) : nullptr;
  if (!t) ::close(int(fd));
  xdecref(f);
  xdecref(a);
  return t;
}

Object* sock_bind(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!native::check_getargs_count("bind", nargs, 1, 1) || !no_kwargs("bind", kwnames)) return nullptr;
  SockAddr addr;
  socklen_t len;
  if (!sockaddr_arg(S(self), args[0], "bind", &addr, &len)) return nullptr;
  if (::bind(S(self)->fd, &addr.sa, len) < 0) return raise_errno();
  return none_ref();
}

Object* sock_listen(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("listen", kwnames)) return nullptr;
  if (nargs > 1) return err_format_null(Exc_TypeError, "listen expected at most 1 argument, got %zd", nargs);
  int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
  if (nargs == 1 && !clinic::to_int_getargs(args[0], &backlog)) return nullptr;
  if (backlog < 0) backlog = 0;
  if (::listen(S(self)->fd, backlog) < 0) return raise_errno();
  return none_ref();
}

// connect(2) and, when it is in progress, the wait for its outcome.  0, or -1
// with an exception (or with *err_out set for connect_ex).
int do_connect(SockObject* s, Object* address, const char* caller, int* err_out) {
  SockAddr addr;
  socklen_t len;
  if (!sockaddr_arg(s, address, caller, &addr, &len)) return -1;
  int r;
  {
    sched::BlockingSection bs;
    r = ::connect(s->fd, &addr.sa, len);
  }
  if (r == 0) return 0;
  int err = errno;
  bool wait = false;
  if (err == EINTR) {
    if (!sched::retry_after_eintr()) return -1;  // a handler raised
    wait = s->timeout_ns != 0;                     // the connection goes on in the kernel
  } else {
    wait = err == EINPROGRESS && s->timeout_ns != 0;
  }
  if (!wait) {
    if (err_out) return *err_out = err, -1;
    errno = err;
    return raise_errno(), -1;
  }
  // Wait until the socket is writable, then read the connection's outcome.
  int64_t t = s->timeout_ns;
  bool real_wait = t < 0 && !g_interp->seeded;
  if (real_wait) {  // a blocking socket interrupted by a signal: poll with no limit
    int fd = s->fd;
    int pr = wait_ready(-1, [&](int64_t) {
      struct pollfd p = {fd, POLLOUT, 0};
      return ::poll(&p, 1, -1);
    });
    if (pr < 0) {
      if (err_occurred()) return -1;
      if (err_out) return *err_out = errno, -1;
      return raise_errno(), -1;
    }
  }
  ssize_t cr = sock_call(
      s, true, real_wait ? 0 : (t < 0 ? -1 : t),
      [&](int) -> ssize_t {
        int soerr = 0;
        socklen_t sl = sizeof(soerr);
        if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) < 0) return -1;
        if (soerr == EINTR) {
          errno = EWOULDBLOCK;  // still in progress: back to poll
          return -1;
        }
        if (soerr != 0) {
          errno = soerr;
          return -1;
        }
        return 0;
      },
      err_out);
  return cr < 0 ? -1 : 0;
}

Object* sock_connect(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!native::check_getargs_count("connect", nargs, 1, 1) || !no_kwargs("connect", kwnames)) return nullptr;
  if (do_connect(S(self), args[0], "connect", nullptr) < 0) return nullptr;
  return none_ref();
}

Object* sock_connect_ex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!native::check_getargs_count("connect_ex", nargs, 1, 1) || !no_kwargs("connect_ex", kwnames)) return nullptr;
  int err = 0;
  if (do_connect(S(self), args[0], "connect_ex", &err) < 0 && err_occurred()) return nullptr;
  return int_from_i64(err);
}

Object* sock_shutdown(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!native::check_getargs_count("shutdown", nargs, 1, 1) || !no_kwargs("shutdown", kwnames)) return nullptr;
  int how;
  if (!clinic::to_int_getargs(args[0], &how)) return nullptr;
  if (::shutdown(S(self)->fd, how) < 0) return raise_errno();
  return none_ref();
}

Object* sock_close(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!noargs("close", nargs, kwnames)) return nullptr;
  int fd = S(self)->fd;
  if (fd < 0) return none_ref();
  S(self)->fd = -1;
  int r;
  {
    sched::BlockingSection bs;
    r = ::close(fd);
  }
  if (r < 0 && errno != ECONNRESET) return raise_errno();
  return none_ref();
}

Object* sock_detach(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!noargs("detach", nargs, kwnames)) return nullptr;
  int fd = S(self)->fd;
  S(self)->fd = -1;
  return int_from_i64(fd);
}

Object* sock_fileno(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!noargs("fileno", nargs, kwnames)) return nullptr;
  return int_from_i64(S(self)->fd);
}

Object* name_call(Object* self, bool peer) {
  SockAddr addr;
  memset(&addr, 0, sizeof(addr));
  socklen_t len = sizeof(addr);
  int r = peer ? ::getpeername(S(self)->fd, &addr.sa, &len) : ::getsockname(S(self)->fd, &addr.sa, &len);
  if (r < 0) return raise_errno();
  return sockaddr_to_python(&addr.sa, len);
}
Object* sock_getsockname(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return noargs("getsockname", nargs, kwnames) ? name_call(self, false) : nullptr;
}
Object* sock_getpeername(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return noargs("getpeername", nargs, kwnames) ? name_call(self, true) : nullptr;
}

// ---- options and timeouts ------------------------------------------------------------------

Object* sock_getsockopt(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getsockopt", kwnames)) return nullptr;
  if (nargs < 2 || nargs > 3)
    return err_format_null(Exc_TypeError, "getsockopt expected at least 2 arguments, got %zd", nargs);
  int level, opt, buflen = 0;
  if (!clinic::to_int_getargs(args[0], &level) || !clinic::to_int_getargs(args[1], &opt) || (nargs > 2 && !clinic::to_int_getargs(args[2], &buflen))) return nullptr;
  if (nargs == 2) {
    int v = 0;
    socklen_t len = sizeof(v);
    if (::getsockopt(S(self)->fd, level, opt, &v, &len) < 0) return raise_errno();
    return int_from_i64(v);
  }
  if (buflen <= 0 || buflen > 1024) return err_format_null(Exc_OSError, "getsockopt buflen out of range");
  std::vector<char> buf(size_t(buflen), 0);
  socklen_t len = socklen_t(buflen);
  if (::getsockopt(S(self)->fd, level, opt, buf.data(), &len) < 0) return raise_errno();
  return bytes_from(buf.data(), ssize(len));
}

Object* sock_setsockopt(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("setsockopt", kwnames)) return nullptr;
  if (nargs < 3 || nargs > 4)
    return err_format_null(Exc_TypeError, "setsockopt() takes at least 3 arguments (%zd given)", nargs);
  int level, opt;
  if (!clinic::to_int_getargs(args[0], &level) || !clinic::to_int_getargs(args[1], &opt)) return nullptr;
  int r;
  if (nargs == 4) {
    if (args[2] != None) return err_format_null(Exc_TypeError, "setsockopt() takes 3 or 4 arguments");
    int optlen;
    if (!clinic::to_int_getargs(args[3], &optlen)) return nullptr;
    r = ::setsockopt(S(self)->fd, level, opt, nullptr, socklen_t(optlen));
  } else if (is_int(args[2])) {
    int v;
    if (!clinic::to_int_getargs(args[2], &v)) return nullptr;
    r = ::setsockopt(S(self)->fd, level, opt, &v, sizeof(v));
  } else {
    BytesLike b;
    if (!b.get(args[2])) return nullptr;
    r = ::setsockopt(S(self)->fd, level, opt, b.data(), socklen_t(b.size()));
  }
  if (r < 0) return raise_errno();
  return none_ref();
}

Object* sock_setblocking(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!native::check_getargs_count("setblocking", nargs, 1, 1) || !no_kwargs("setblocking", kwnames)) return nullptr;
  int t = object_is_true(args[0]);
  if (t < 0) return nullptr;
  if (!apply_timeout(S(self), t ? -1 : 0)) return nullptr;
  return none_ref();
}

Object* sock_getblocking(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!noargs("getblocking", nargs, kwnames)) return nullptr;
  return bool_ref(S(self)->timeout_ns != 0);
}

Object* sock_settimeout(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!native::check_getargs_count("settimeout", nargs, 1, 1) || !no_kwargs("settimeout", kwnames)) return nullptr;
  int64_t t;
  if (!timeout_from_python(args[0], &t) || !apply_timeout(S(self), t)) return nullptr;
  return none_ref();
}

Object* sock_gettimeout(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!noargs("gettimeout", nargs, kwnames)) return nullptr;
  return timeout_to_python(S(self)->timeout_ns);
}

// ---- receiving --------------------------------------------------------------------------

// recv(2)/recvfrom(2) into p; addr (may be null) receives the sender.
ssize_t recv_into_memory(SockObject* s, char* p, size_t n, int flags, SockAddr* addr, socklen_t* alen) {
  return sock_call(s, false, [&](int dontwait) -> ssize_t {
    if (!addr) return ::recv(s->fd, p, n, flags | dontwait);
    *alen = sizeof(*addr);
    memset(addr, 0, sizeof(*addr));
    return ::recvfrom(s->fd, p, n, flags | dontwait, &addr->sa, alen);
  });
}

Object* recv_bytes(Object* self, Object* const* args, ssize nargs, Object* kwnames, const char* name, bool from) {
  if (!no_kwargs(name, kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2)
    return err_format_null(Exc_TypeError, "%s expected at least 1 argument, got %zd", name, nargs);
  ssize n;
  int flags;
  if (!size_arg(args[0], &n) || !flags_arg(nargs > 1 ? args[1] : nullptr, &flags)) return nullptr;
  if (n < 0) return err_format_null(Exc_ValueError, "negative buffersize in %s", name);
  RawBuf buf;
  if (!buf.alloc(size_t(n))) return nullptr;
  SockAddr addr;
  socklen_t alen = 0;
  ssize_t r = recv_into_memory(S(self), buf.p, size_t(n), flags, from ? &addr : nullptr, &alen);
  if (r < 0) return nullptr;
  Object* b = bytes_from(buf.p, ssize(r));
  if (!b || !from) return b;
  Object* a = sockaddr_to_python(&addr.sa, alen);
  Object* t = a ? tuple_pack(2, b, a) : nullptr;
  decref(b);
  xdecref(a);
  return t;
}

Object* sock_recv(Object* self, Object* const* a, ssize n, Object* k) { return recv_bytes(self, a, n, k, "recv", false); }
Object* sock_recvfrom(Object* self, Object* const* a, ssize n, Object* k) { return recv_bytes(self, a, n, k, "recvfrom", true); }

Object* recv_into_buffer(Object* self, Object* const* args, ssize nargs, Object* kwnames, const char* name, bool from) {
  Object* a[3] = {};
  if (!parse_args(name, args, nargs, kwnames, "buffer|nbytes,flags", a)) return nullptr;
  BytesLike buf;
  if (!buf.get(a[0], BUF_WRITABLE)) {
    if (!err_matches(Exc_TypeError) && !err_matches(Exc_BufferError)) return nullptr;
    err_clear();
    return err_format_null(Exc_TypeError, "%s() argument 1 must be read-write bytes-like object, not %s", name,
                           type_name(a[0]));
  }
  ssize n = 0;
  int flags;
  if ((a[1] && !size_arg(a[1], &n)) || !flags_arg(a[2], &flags)) return nullptr;
  if (n < 0) return err_format_null(Exc_ValueError, "negative buffersize in %s", name);
  if (n == 0) n = buf.size();
  if (n > buf.size())
    return err_format_null(Exc_ValueError, from ? "nbytes is greater than the length of the buffer"
                                                : "buffer too small for requested bytes");
  SockAddr addr;
  socklen_t alen = 0;
  ssize_t r = recv_into_memory(S(self), buf.wdata(), size_t(n), flags, from ? &addr : nullptr, &alen);
  if (r < 0) return nullptr;
  Object* count = int_from_i64(r);
  if (!count || !from) return count;
  Object* ad = sockaddr_to_python(&addr.sa, alen);
  Object* t = ad ? tuple_pack(2, count, ad) : nullptr;
  decref(count);
  xdecref(ad);
  return t;
}

Object* sock_recv_into(Object* self, Object* const* a, ssize n, Object* k) {
  return recv_into_buffer(self, a, n, k, "recv_into", false);
}
Object* sock_recvfrom_into(Object* self, Object* const* a, ssize n, Object* k) {
  return recv_into_buffer(self, a, n, k, "recvfrom_into", true);
}

// ---- sending -----------------------------------------------------------------------------

Object* sock_send(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("send", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2) return err_format_null(Exc_TypeError, "send expected at least 1 argument, got %zd", nargs);
  BytesLike b;
  int flags;
  if (!b.get(args[0]) || !flags_arg(nargs > 1 ? args[1] : nullptr, &flags)) return nullptr;
  SockObject* s = S(self);
  ssize_t r = sock_call(s, true, [&](int dontwait) { return ::send(s->fd, b.data(), size_t(b.size()), flags | dontwait); });
  if (r < 0) return nullptr;
  return int_from_i64(r);
}

Object* sock_sendall(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("sendall", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2)
    return err_format_null(Exc_TypeError, "sendall expected at least 1 argument, got %zd", nargs);
  BytesLike b;
  int flags;
  if (!b.get(args[0]) || !flags_arg(nargs > 1 ? args[1] : nullptr, &flags)) return nullptr;
  SockObject* s = S(self);
  int64_t timeout = s->timeout_ns;
  int64_t deadline = timeout > 0 ? sched::monotonic_ns() + timeout : -1;
  const char* p = b.data();
  size_t left = size_t(b.size());
  while (left > 0) {
    int64_t t = timeout;
    if (deadline >= 0) {
      t = deadline - sched::monotonic_ns();
      if (t <= 0) return raise_timeout();
    }
    ssize_t r = sock_call(s, true, t, [&](int dontwait) { return ::send(s->fd, p, left, flags | dontwait); });
    if (r < 0) return nullptr;
    p += r;
    left -= size_t(r);
    if (left > 0 && signals::run_pending(g_tstate) < 0) return nullptr;  // as CPython: handlers between chunks
  }
  return none_ref();
}

Object* sock_sendto(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("sendto", kwnames)) return nullptr;
  if (nargs < 2 || nargs > 3) return err_format_null(Exc_TypeError, "sendto() takes 2 or 3 arguments (%zd given)", nargs);
  BytesLike b;
  int flags = 0;
  if (!b.get(args[0]) || (nargs == 3 && !clinic::to_int_getargs(args[1], &flags))) return nullptr;
  SockObject* s = S(self);
  SockAddr addr;
  socklen_t len;
  if (!sockaddr_arg(s, args[nargs - 1], "sendto", &addr, &len)) return nullptr;
  ssize_t r = sock_call(s, true, [&](int dontwait) {
    return ::sendto(s->fd, b.data(), size_t(b.size()), flags | dontwait, &addr.sa, len);
  });
  if (r < 0) return nullptr;
  return int_from_i64(r);
}

}  // namespace

ssize_t sock_sendmsg_call(SockObject* s, const struct msghdr* msg, int flags) {
  return sock_call(s, true, [&](int dontwait) { return ::sendmsg(s->fd, msg, flags | dontwait); });
}
ssize_t sock_recvmsg_call(SockObject* s, struct msghdr* msg, int flags) {
  return sock_call(s, false, [&](int dontwait) { return ::recvmsg(s->fd, msg, flags | dontwait); });
}
bool sock_sockaddr_arg(SockObject* s, Object* addr, const char* caller, SockAddr* out, socklen_t* len) {
  return sockaddr_from_python(s->family, addr, caller, out, len);
}

namespace {

// ---- socketpair ----------------------------------------------------------------------------

Object* new_socket_object(int fd, int family, int type, int proto) {
  Object* o = sock_new(&SocketType, nullptr, 0, nullptr);
  if (!o) {
    ::close(fd);
    return nullptr;
  }
  if (!init_sockobject(S(o), fd, family, type, proto)) {
    decref(o);
    return nullptr;
  }
  return o;
}

Object* s_socketpair(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("socketpair", kwnames)) return nullptr;
  if (nargs > 3) return err_format_null(Exc_TypeError, "socketpair expected at most 3 arguments, got %zd", nargs);
  int family = AF_UNIX, type = SOCK_STREAM, proto = 0;
  if ((nargs > 0 && !clinic::to_int_getargs(args[0], &family)) || (nargs > 1 && !clinic::to_int_getargs(args[1], &type)) ||
      (nargs > 2 && !clinic::to_int_getargs(args[2], &proto)))
    return nullptr;
  int sv[2];
  if (::socketpair(family, type | SOCK_CLOEXEC, proto, sv) < 0) return raise_errno();
  Object* a = new_socket_object(sv[0], family, type, proto);
  Object* b = a ? new_socket_object(sv[1], family, type, proto) : nullptr;
  if (!a) ::close(sv[1]);
  Object* t = b ? tuple_pack(2, a, b) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

MethodDef socket_functions[] = {
    {"socketpair", s_socketpair, METH_DEFAULT,
     "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\n"
     "Create a pair of socket objects from the sockets returned by the platform\n"
     "socketpair() function."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- the type ----------------------------------------------------------------------------------

Object* get_family(Object* o, void*) { return int_from_i64(S(o)->family); }
Object* get_type(Object* o, void*) { return int_from_i64(S(o)->type); }
Object* get_proto(Object* o, void*) { return int_from_i64(S(o)->proto); }
Object* get_timeout(Object* o, void*) { return timeout_to_python(S(o)->timeout_ns); }

GetSetDef sock_getset[] = {
    {"family", get_family, native::readonly_member, "the socket family", nullptr},
    {"type", get_type, native::readonly_member, "the socket type", nullptr},
    {"proto", get_proto, native::readonly_member, "the socket protocol", nullptr},
    {"timeout", get_timeout, nullptr, "the socket timeout", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace



namespace {

MethodDef sock_methods[] = {
    {"_accept", sock_accept, METH_DEFAULT, "_accept() -> (integer, address info)\n\nWait for an incoming connection.  Return a new socket file descriptor\nrepresenting the connection, and the address of the client."},
    {"bind", sock_bind, METH_DEFAULT, "bind(address)\n\nBind the socket to a local address."},
    {"close", sock_close, METH_DEFAULT, "close()\n\nClose the socket.  It cannot be used after this call."},
    {"connect", sock_connect, METH_DEFAULT, "connect(address)\n\nConnect the socket to a remote address."},
    {"connect_ex", sock_connect_ex, METH_DEFAULT, "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code (the errno value)\ninstead of raising an exception when an error occurs."},
    {"detach", sock_detach, METH_DEFAULT, "detach()\n\nClose the socket object without closing the underlying file descriptor."},
    {"fileno", sock_fileno, METH_DEFAULT, "fileno() -> integer\n\nReturn the integer file descriptor of the socket."},
    {"getpeername", sock_getpeername, METH_DEFAULT, "getpeername() -> address info\n\nReturn the address of the remote endpoint."},
    {"getsockname", sock_getsockname, METH_DEFAULT, "getsockname() -> address info\n\nReturn the address of the local endpoint."},
    {"getsockopt", sock_getsockopt, METH_DEFAULT, "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option."},
    {"setsockopt", sock_setsockopt, METH_DEFAULT, "setsockopt(level, option, value: int)\nsetsockopt(level, option, value: buffer)\nsetsockopt(level, option, None, optlen: int)\n\nSet a socket option."},
    {"listen", sock_listen, METH_DEFAULT, "listen([backlog])\n\nEnable a server to accept connections."},
    {"recv", sock_recv, METH_DEFAULT, "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket."},
    {"recv_into", sock_recv_into, METH_DEFAULT, "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read"},
    {"recvfrom", sock_recvfrom, METH_DEFAULT, "recvfrom(buffersize[, flags]) -> (data, address info)"},
    {"recvfrom_into", sock_recvfrom_into, METH_DEFAULT, "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)"},
    {"send", sock_send, METH_DEFAULT, "send(data[, flags]) -> count\n\nSend a data string to the socket."},
    {"sendall", sock_sendall, METH_DEFAULT, "sendall(data[, flags])\n\nSend a data string to the socket.  This calls send() repeatedly\nuntil all data is sent."},
    {"sendto", sock_sendto, METH_DEFAULT, "sendto(data[, flags], address) -> count"},
    {"setblocking", sock_setblocking, METH_DEFAULT, "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false)."},
    {"getblocking", sock_getblocking, METH_DEFAULT, "getblocking()\n\nReturns True if socket is in blocking mode, or False if it\nis in non-blocking mode."},
    {"settimeout", sock_settimeout, METH_DEFAULT, "settimeout(timeout)\n\nSet a timeout on socket operations."},
    {"gettimeout", sock_gettimeout, METH_DEFAULT, "gettimeout() -> timeout\n\nReturns the timeout in seconds (float) associated with socket operations."},
    {"shutdown", sock_shutdown, METH_DEFAULT, "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side\nof the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)."},
    {nullptr, nullptr, 0, nullptr},  // room for msg_methods (filled at start-up)
    {nullptr, nullptr, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const IntConst socket_constants[] = {
#include "socket_constants.inc"
    {nullptr, 0},
};

}  // namespace
}  // namespace stdlib::sock

namespace stdlib {
using namespace rt;

int ready_socket_types() {
  using namespace sock;
  if (has_flag(&SocketType, TPFLAG_READY)) return 0;
  // Append socket_msg.cpp's methods after ours.
  size_t n = 0;
  while (sock_methods[n].name) n++;
  for (size_t i = 0; msg_methods[i].name; i++) sock_methods[n + i] = msg_methods[i];
  SocketType.tp_name = "_socket.socket";
  SocketType.tp_basicsize = sizeof(SockObject);
  SocketType.tp_flags = TPFLAG_BASETYPE;
  SocketType.tp_new = sock_new;
  SocketType.tp_init = sock_init;
  SocketType.tp_dealloc = sock_dealloc;
  SocketType.tp_repr = sock_repr;
  SocketType.tp_methods = sock_methods;
  SocketType.tp_getset = sock_getset;
  SocketType.tp_doc =
      "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n"
      "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n"
      "Open a socket of the given type.  The family argument specifies the\n"
      "address family; it defaults to AF_INET.  The type argument specifies\n"
      "whether this is a stream (SOCK_STREAM, this is the default)\n"
      "or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\n"
      "specifying the default protocol.  Keyword arguments are accepted.\n"
      "The socket is created as non-inheritable.";
  exception_type(&HErrorType, "socket.herror", Exc_OSError);
  exception_type(&GaiErrorType, "socket.gaierror", Exc_OSError);
  HErrorType.tp_basicsize = GaiErrorType.tp_basicsize = Exc_OSError->tp_basicsize;
  if (ready_static_type(&SocketType) < 0 || ready_static_type(&HErrorType) < 0 ||
      ready_static_type(&GaiErrorType) < 0)
    return -1;
  return 0;
}

Object* init_socket_module() {
  using namespace sock;
  if (ready_socket_types() < 0) return nullptr;
  Object* m = module_new("_socket");
  if (!m) return nullptr;
  if (module_add_functions(m, resolve_functions) < 0) goto fail;
  if (module_add_functions(m, socket_functions) < 0) goto fail;
  if (module_add_object(m, "socket", newref(static_cast<Object*>(&SocketType))) < 0 ||
      module_add_object(m, "SocketType", newref(static_cast<Object*>(&SocketType))) < 0 ||
      module_add_object(m, "error", newref(static_cast<Object*>(Exc_OSError))) < 0 ||
      module_add_object(m, "timeout", newref(static_cast<Object*>(Exc_TimeoutError))) < 0 ||
      module_add_object(m, "herror", newref(static_cast<Object*>(&HErrorType))) < 0 ||
      module_add_object(m, "gaierror", newref(static_cast<Object*>(&GaiErrorType))) < 0 ||
      module_add_object(m, "has_ipv6", bool_ref(true)) < 0 || module_add_int_constants(m, socket_constants) < 0)
    goto fail;
  return m;
fail:
  decref(m);
  return nullptr;
}

}  // namespace stdlib

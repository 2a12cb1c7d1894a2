// socket.sendmsg, recvmsg and recvmsg_into: scatter/gather I/O with ancillary
// data (multiprocessing passes descriptors with SCM_RIGHTS this way).
//
// sendmsg: every buffer is exported (buffer protocol) for the duration of the
// call and gathered into iovecs; the ancillary items (level, type, data) are
// laid out with the CMSG_* macros in one control buffer of the summed
// CMSG_SPACE sizes.  recvmsg: the data buffer and a control buffer of
// ancbufsize bytes are received into; each control message becomes
// (level, type, bytes) with its data length from cmsg_len.  As in CPython,
// a message the kernel truncated (MSG_CTRUNC) yields only the items that fit.
#include <string.h>

#include <vector>

#include "runtime/bytes/buffer.h"
#include "clinic.h"
#include "socket_internal.h"

namespace stdlib::sock {
using namespace rt;

namespace {

// The buffers of an iterable, exported for as long as the holder lives.
struct Exports {
  std::vector<Buffer> views;
  ~Exports() {
    for (Buffer& b : views) buffer_release(&b);
  }
  bool add(Object* o, int flags) {
    views.emplace_back();
    if (object_get_buffer(o, &views.back(), flags) < 0) {
      views.pop_back();
      return false;
    }
    return true;
  }
};

// list(it) with "<fname>() argument N must be an iterable" for non-iterables.
Object* as_list(Object* it, const char* fname, int argn) {
  Object* l = sequence_list(it);
  if (!l && err_matches(Exc_TypeError)) {
    err_clear();
    err_format(Exc_TypeError, "%s() argument %d must be an iterable", fname, argn);
  }
  return l;
}

bool gather(Object* buffers, const char* fname, int flags, Exports* ex, std::vector<struct iovec>* iov) {
  Object* l = as_list(buffers, fname, 1);
  if (!l) return false;
  bool ok = true;
  for (ssize i = 0; ok && i < size_of(l); i++) {
    ok = ex->add(list_get(l, i), flags);
    if (ok) iov->push_back({ex->views.back().buf, size_t(ex->views.back().len)});
  }
  decref(l);
  return ok;
}

Object* sock_sendmsg(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("sendmsg", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 4)
    return err_format_null(Exc_TypeError, "sendmsg expected at least 1 argument, got %zd", nargs);
  SockObject* s = S(self);
  Exports ex;
  std::vector<struct iovec> iov;
  if (!gather(args[0], "sendmsg", BUF_SIMPLE, &ex, &iov)) return nullptr;
  // Ancillary data.
  struct Item {
    int level, type;
    size_t buf;  // index into ex.views
  };
  std::vector<Item> items;
  size_t control_len = 0;
  if (nargs > 1 && args[1] != None) {
    Object* l = as_list(args[1], "sendmsg", 2);
    if (!l) return nullptr;
    for (ssize i = 0; i < size_of(l); i++) {
      Object* it = list_get(l, i);
      Object* t = is_tuple(it) || is_list(it) ? sequence_tuple(it) : nullptr;
      if (!t) {
        if (!err_occurred())
          err_format(Exc_TypeError, "[sendmsg() ancillary data items]() argument must be 3-item sequence, not %s",
                     type_name(it));
        decref(l);
        return nullptr;
      }
      if (size_of(t) != 3) {
        err_format(Exc_TypeError,
                   "[sendmsg() ancillary data items]() argument must be sequence of length 3, not %zd", size_of(t));
        decref(t);
        decref(l);
        return nullptr;
      }
      Item item;
      bool ok = clinic::to_int_getargs(tuple_get(t, 0), &item.level) && clinic::to_int_getargs(tuple_get(t, 1), &item.type) &&
                ex.add(tuple_get(t, 2), BUF_SIMPLE);
      decref(t);
      if (!ok) {
        decref(l);
        return nullptr;
      }
      item.buf = ex.views.size() - 1;
      control_len += CMSG_SPACE(size_t(ex.views.back().len));
      items.push_back(item);
    }
    decref(l);
  }
  int flags = 0;
  if (nargs > 2 && !clinic::to_int_getargs(args[2], &flags)) return nullptr;
  SockAddr addr;
  socklen_t alen = 0;
  if (nargs > 3 && args[3] != None && !sock_sockaddr_arg(s, args[3], "sendmsg", &addr, &alen)) return nullptr;
  std::vector<char> control(control_len ? control_len : 1, 0);
  struct msghdr msg = {};
  msg.msg_name = alen ? &addr : nullptr;
  msg.msg_namelen = alen;
  msg.msg_iov = iov.data();
  msg.msg_iovlen = iov.size();
  if (control_len) {
    msg.msg_control = control.data();
    msg.msg_controllen = control_len;
    struct cmsghdr* c = CMSG_FIRSTHDR(&msg);
    for (const Item& item : items) {
      const Buffer& b = ex.views[item.buf];
      c->cmsg_level = item.level;
      c->cmsg_type = item.type;
      c->cmsg_len = CMSG_LEN(size_t(b.len));
      memcpy(CMSG_DATA(c), b.buf, size_t(b.len));
      c = CMSG_NXTHDR(&msg, c);
    }
  }
  ssize_t r = sock_sendmsg_call(s, &msg, flags);
  if (r < 0) return nullptr;
  return int_from_i64(r);
}

// The (data-or-count, ancdata, msg_flags, address) result of recvmsg*.
Object* recvmsg_result(Object* first_steal, struct msghdr* msg, socklen_t namelen) {
  Object* anc = list_new(0);
  if (anc && msg->msg_controllen >= sizeof(struct cmsghdr)) {
    char* end = static_cast<char*>(msg->msg_control) + msg->msg_controllen;
    for (struct cmsghdr* c = CMSG_FIRSTHDR(msg); anc && c; c = CMSG_NXTHDR(msg, c)) {
      char* data = reinterpret_cast<char*>(CMSG_DATA(c));
      if (data > end) break;
      size_t n = c->cmsg_len >= CMSG_LEN(0) ? c->cmsg_len - CMSG_LEN(0) : 0;
      if (data + n > end) n = size_t(end - data);  // truncated by the kernel
      Object* lv = int_from_i64(c->cmsg_level);
      Object* ty = lv ? int_from_i64(c->cmsg_type) : nullptr;
      Object* d = ty ? bytes_from(data, ssize(n)) : nullptr;
      Object* t = d ? tuple_pack(3, lv, ty, d) : nullptr;
      xdecref(lv);
      xdecref(ty);
      xdecref(d);
      if (!t || list_append(anc, t) < 0) clearref(anc);
      xdecref(t);
    }
  }
  Object* fl = anc ? int_from_i64(msg->msg_flags) : nullptr;
  Object* ad = fl ? sockaddr_to_python(static_cast<struct sockaddr*>(msg->msg_name), namelen) : nullptr;
  Object* r = ad && first_steal ? tuple_pack(4, first_steal, anc, fl, ad) : nullptr;
  xdecref(first_steal);
  xdecref(anc);
  xdecref(fl);
  xdecref(ad);
  return r;
}

bool anc_size(Object* const* args, ssize nargs, ssize i, size_t* out, int* flags) {
  *out = 0;
  *flags = 0;
  if (nargs > i) {
    int v;
    if (!clinic::to_int_getargs(args[i], &v)) return false;
    if (v < 0) {
      err_set_string(Exc_ValueError, "invalid ancillary data buffer length");
      return false;
    }
    *out = size_t(v);
  }
  if (nargs > i + 1 && !clinic::to_int_getargs(args[i + 1], flags)) return false;
  return true;
}

// recvmsg(2) into iov with a control buffer of ancbufsize bytes.
ssize_t do_recvmsg(SockObject* s, std::vector<struct iovec>& iov, size_t ancbufsize, int flags, RawBuf* control,
                   SockAddr* addr, struct msghdr* msg) {
  if (!control->alloc(ancbufsize)) return -1;
  memset(addr, 0, sizeof(*addr));
  *msg = {};
  msg->msg_name = addr;
  msg->msg_namelen = sizeof(*addr);
  msg->msg_iov = iov.data();
  msg->msg_iovlen = iov.size();
  msg->msg_control = ancbufsize ? control->p : nullptr;
  msg->msg_controllen = ancbufsize;
  return sock_recvmsg_call(s, msg, flags);
}

Object* sock_recvmsg(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("recvmsg", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 3)
    return err_format_null(Exc_TypeError, "recvmsg expected at least 1 argument, got %zd", nargs);
  int bufsize;
  size_t ancbufsize;
  int flags;
  if (!clinic::to_int_getargs(args[0], &bufsize)) return nullptr;
  if (bufsize < 0) return err_format_null(Exc_ValueError, "negative buffer size in recvmsg()");
  if (!anc_size(args, nargs, 1, &ancbufsize, &flags)) return nullptr;
  RawBuf data, control;
  if (!data.alloc(size_t(bufsize))) return nullptr;
  std::vector<struct iovec> iov = {{data.p, size_t(bufsize)}};
  SockAddr addr;
  struct msghdr msg;
  ssize_t r = do_recvmsg(S(self), iov, ancbufsize, flags, &control, &addr, &msg);
  if (r < 0) return nullptr;
  return recvmsg_result(bytes_from(data.p, ssize(r)), &msg, msg.msg_namelen);
}

Object* sock_recvmsg_into(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("recvmsg_into", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 3)
    return err_format_null(Exc_TypeError, "recvmsg_into expected at least 1 argument, got %zd", nargs);
  Exports ex;
  std::vector<struct iovec> iov;
  if (!gather(args[0], "recvmsg_into", BUF_WRITABLE, &ex, &iov)) return nullptr;
  size_t ancbufsize;
  int flags;
  if (!anc_size(args, nargs, 1, &ancbufsize, &flags)) return nullptr;
  RawBuf control;
  SockAddr addr;
  struct msghdr msg;
  ssize_t r = do_recvmsg(S(self), iov, ancbufsize, flags, &control, &addr, &msg);
  if (r < 0) return nullptr;
  return recvmsg_result(int_from_i64(r), &msg, msg.msg_namelen);
}

}  // namespace

MethodDef msg_methods[] = {
    {"sendmsg", sock_sendmsg, METH_DEFAULT,
     "sendmsg(buffers[, ancdata[, flags[, address]]]) -> count\n\n"
     "Send normal and ancillary data to the socket, gathering the non-ancillary data\n"
     "from a series of buffers and concatenating it into a single message."},
    {"recvmsg", sock_recvmsg, METH_DEFAULT,
     "recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)\n\n"
     "Receive normal data (up to bufsize bytes) and ancillary data from the socket."},
    {"recvmsg_into", sock_recvmsg_into, METH_DEFAULT,
     "recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address)\n\n"
     "Receive normal data and ancillary data from the socket, scattering the\n"
     "non-ancillary data into a series of buffers."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace stdlib::sock

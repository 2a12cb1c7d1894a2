// Socket addresses between Python and C, as CPython's _socket converts them:
//   AF_INET   (host, port)                       host: str/bytes/bytearray, resolved
//   AF_INET6  (host, port[, flowinfo[, scope_id]])
//   AF_UNIX   a path: str (file-system encoding) or any bytes-like; on Linux a
//             leading NUL names the abstract namespace, and such addresses
//             come back as bytes
// Host names other than numeric addresses, "" (any) and "<broadcast>" go
// through getaddrinfo(3) with the GIL released.  Results: (ip, port) and
// (ip, port, flowinfo, scope_id) with numeric IPs, the path as str (or bytes
// for abstract names), (family, raw bytes) for families pyglass does not know.
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <string.h>

#include <cstddef>
#include <string>

#include "runtime/bytes/buffer.h"
#include "runtime/text/codecs.h"
#include "runtime/threads/sched.h"
#include "runtime/text/str.h"
#include "socket_internal.h"

namespace stdlib::sock {
using namespace rt;

Object* raise_errno() {
  err_set_from_errno(Exc_OSError, errno);
  return nullptr;
}

namespace {
Object* raise_code_message(TypeObject* type, int code, const char* msg) {
  Object* c = int_from_i64(code);
  Object* m = c ? str_from_cstr(msg) : nullptr;
  Object* args[2] = {c, m};
  Object* e = m ? exc_new(type, args, 2) : nullptr;
  xdecref(c);
  xdecref(m);
  if (e) {
    err_set_object(type, e);
    decref(e);
  }
  return nullptr;
}
}  // namespace

Object* raise_gai(int code) {
  if (code == EAI_SYSTEM) return raise_errno();
  return raise_code_message(&GaiErrorType, code, gai_strerror(code));
}

Object* raise_herror(int code) { return raise_code_message(&HErrorType, code, hstrerror(code)); }

Object* raise_timeout() {
  err_set_string(Exc_TimeoutError, "timed out");
  return nullptr;
}

bool name_bytes(Object* o, NameKind kind, const char* type_msg, std::string* out) {
  if (is_str(o)) {
    // CPython encodes host names with the "idna" codec, which leaves ASCII
    // names as they are: only other names go through the codec registry.
    Object* b = kind == NameKind::Host ? str_encode(o, "ascii", "strict") : str_encode(o, "utf-8", "surrogateescape");
    if (!b && kind == NameKind::Host && err_matches(Exc_UnicodeError)) {
      err_clear();
      b = str_encode(o, "idna", "strict");
    }
    if (!b) return false;
    out->assign(bytes_data(b), size_t(size_of(b)));
    decref(b);
  } else if (is_bytes(o) || is_bytearray(o)) {
    out->assign(bytes_like_data(o), size_t(size_of(o)));
  } else {
    err_format(Exc_TypeError, "%s, not %s", type_msg, type_name(o));
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    if (kind == NameKind::Host) err_set_string(Exc_TypeError, "host name must not contain null character");
    else err_set_string(Exc_ValueError, "embedded null byte");
    return false;
  }
  return true;
}

bool index_i64(Object* o, int64_t* v) {
  if (is_float(o)) {
    err_set_string(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  Object* n = number_index(o);
  if (!n) return false;
  *v = int_as_i64(n);
  decref(n);
  return !(*v == -1 && err_occurred());
}

bool resolve_host(Object* host, int family, SockAddr* out, socklen_t* len) {
  std::string name;
  if (!name_bytes(host, NameKind::Host, "str, bytes or bytearray expected", &name)) return false;
  memset(out, 0, sizeof(*out));
  if (name.empty() || name == "<broadcast>") {
    if (family == AF_INET6) {
      if (name.empty()) {
        out->in6.sin6_family = AF_INET6;
        out->in6.sin6_addr = in6addr_any;
        *len = sizeof(out->in6);
        return true;
      }
      err_set_string(Exc_OSError, "address family mismatched");
      return false;
    }
    out->in4.sin_family = AF_INET;
    out->in4.sin_addr.s_addr = htonl(name.empty() ? INADDR_ANY : INADDR_BROADCAST);
    *len = sizeof(out->in4);
    return true;
  }
  // Numeric addresses need no resolver.
  if ((family == AF_INET || family == AF_UNSPEC) && inet_pton(AF_INET, name.c_str(), &out->in4.sin_addr) == 1) {
    out->in4.sin_family = AF_INET;
    *len = sizeof(out->in4);
    return true;
  }
  if ((family == AF_INET6 || family == AF_UNSPEC) && inet_pton(AF_INET6, name.c_str(), &out->in6.sin6_addr) == 1) {
    out->in6.sin6_family = AF_INET6;
    *len = sizeof(out->in6);
    return true;
  }
  struct addrinfo hints = {}, *res = nullptr;
  hints.ai_family = family;
  int r;
  {
    sched::BlockingSection bs;
    r = getaddrinfo(name.c_str(), nullptr, &hints, &res);
  }
  if (r != 0) return raise_gai(r), false;
  size_t n = res->ai_addrlen < sizeof(*out) ? res->ai_addrlen : sizeof(*out);
  memcpy(out, res->ai_addr, n);
  *len = socklen_t(n);
  freeaddrinfo(res);
  return true;
}

namespace {

bool inet_addr(int family, Object* addr, const char* caller, SockAddr* out, socklen_t* len) {
  const char* fam = family == AF_INET ? "AF_INET" : "AF_INET6";
  if (!is_tuple(addr)) {
    err_format(Exc_TypeError, "%s(): %s address must be tuple, not %s", caller, fam, type_name(addr));
    return false;
  }
  ssize n = size_of(addr);
  if (family == AF_INET ? n != 2 : (n < 2 || n > 4)) {
    err_set_string(Exc_TypeError, family == AF_INET ? "AF_INET address must be a pair (host, port)"
                                                    : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
    return false;
  }
  Object* host = tuple_get(addr, 0);
  int64_t port, flowinfo = 0, scope_id = 0;
  if (!is_str(host) && !is_bytes(host) && !is_bytearray(host)) {
    err_format(Exc_TypeError, "str, bytes or bytearray expected, not %s", type_name(host));
    return false;
  }
  if (!index_i64(tuple_get(addr, 1), &port)) return false;
  if (n > 2 && !index_i64(tuple_get(addr, 2), &flowinfo)) return false;
  if (n > 3 && !index_i64(tuple_get(addr, 3), &scope_id)) return false;
  if (!resolve_host(host, family, out, len)) return false;
  if (port < 0 || port > 0xffff) {
    err_format(Exc_OverflowError, "%s(): port must be 0-65535.", caller);
    return false;
  }
  if (family == AF_INET) {
    if (out->sa.sa_family != AF_INET) {
      err_set_string(Exc_OSError, "address family mismatched");
      return false;
    }
    out->in4.sin_port = htons(uint16_t(port));
    return true;
  }
  if (flowinfo < 0 || flowinfo > 0xfffff) {
    err_format(Exc_OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
    return false;
  }
  if (out->sa.sa_family != AF_INET6) {
    err_set_string(Exc_OSError, "address family mismatched");
    return false;
  }
  out->in6.sin6_port = htons(uint16_t(port));
  out->in6.sin6_flowinfo = htonl(uint32_t(flowinfo));
  out->in6.sin6_scope_id = uint32_t(scope_id);
  return true;
}

bool unix_addr(Object* addr, SockAddr* out, socklen_t* len) {
  std::string path;
  if (is_str(addr)) {
    Object* b = str_encode(addr, "utf-8", "surrogateescape");
    if (!b) return false;
    path.assign(bytes_data(b), size_t(size_of(b)));
    decref(b);
  } else {
    BytesLike b;
    if (!b.get(addr)) return false;
    path.assign(b.data(), size_t(b.size()));
  }
  memset(out, 0, sizeof(*out));
  out->un.sun_family = AF_UNIX;
  bool abstract = !path.empty() && path[0] == '\0';
  // A file path needs room for its terminating NUL; an abstract name does not.
  if (path.size() > sizeof(out->un.sun_path) - (abstract ? 0 : 1)) {
    err_set_string(Exc_OSError, "AF_UNIX path too long");
    return false;
  }
  memcpy(out->un.sun_path, path.data(), path.size());
  *len = socklen_t(offsetof(struct sockaddr_un, sun_path) + path.size() + (abstract ? 0 : 1));
  return true;
}

}  // namespace

bool sockaddr_from_python(int family, Object* addr, const char* caller, SockAddr* out, socklen_t* len) {
  switch (family) {
    case AF_INET:
    case AF_INET6:
      return inet_addr(family, addr, caller, out, len);
    case AF_UNIX:
      return unix_addr(addr, out, len);
    default:
      err_format(Exc_OSError, "%s(): bad family", caller);
      return false;
  }
}

Object* sockaddr_to_python(const struct sockaddr* sa, socklen_t len) {
  if (len == 0) return none_ref();
  char ip[INET6_ADDRSTRLEN];
  switch (sa->sa_family) {
    case AF_INET: {
      auto* a = reinterpret_cast<const struct sockaddr_in*>(sa);
      inet_ntop(AF_INET, &a->sin_addr, ip, sizeof(ip));
      Object* h = str_from_cstr(ip);
      Object* p = h ? int_from_i64(ntohs(a->sin_port)) : nullptr;
      Object* t = p ? tuple_pack(2, h, p) : nullptr;
      xdecref(h);
      xdecref(p);
      return t;
    }
    case AF_INET6: {
      auto* a = reinterpret_cast<const struct sockaddr_in6*>(sa);
      inet_ntop(AF_INET6, &a->sin6_addr, ip, sizeof(ip));
      Object* f[4] = {str_from_cstr(ip), int_from_i64(ntohs(a->sin6_port)), int_from_u64(ntohl(a->sin6_flowinfo)),
                      int_from_u64(a->sin6_scope_id)};
      Object* t = f[0] && f[1] && f[2] && f[3] ? tuple_from_array(f, 4) : nullptr;
      for (Object* x : f) xdecref(x);
      return t;
    }
    case AF_UNIX: {
      auto* a = reinterpret_cast<const struct sockaddr_un*>(sa);
      ssize n = ssize(len) - ssize(offsetof(struct sockaddr_un, sun_path));
      if (n <= 0) return str_from_cstr("");
      if (a->sun_path[0] == '\0') return bytes_from(a->sun_path, n);  // Linux abstract namespace
      ssize k = 0;
      while (k < n && a->sun_path[k]) k++;
      return codecs::utf8_decode(a->sun_path, k, "surrogateescape", nullptr);
    }
    default: {
      Object* f = int_from_i64(sa->sa_family);
      Object* d = f ? bytes_from(sa->sa_data, sizeof(sa->sa_data)) : nullptr;
      Object* t = d ? tuple_pack(2, f, d) : nullptr;
      xdecref(f);
      xdecref(d);
      return t;
    }
  }
}

}  // namespace stdlib::sock

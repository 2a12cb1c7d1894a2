// _socket's module functions: name resolution (getaddrinfo, getnameinfo,
// gethostby*, getservby*, getprotobyname, gethostname), byte order
// (htons ...), inet_aton/ntoa/pton/ntop, interfaces (if_*), CMSG_LEN/SPACE,
// the default timeout, dup and close.  Every resolver call runs with the GIL
// released (sched::BlockingSection): it may wait on DNS or on files.  The
// reentrant libc variants (gethostbyname_r ...) are used, so two threads
// resolving at once never share a static result buffer.
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netdb.h>
#include <string.h>
#include <unistd.h>

#include <cmath>
#include <string>
#include <vector>

#include "runtime/bytes/buffer.h"
#include "runtime/text/codecs.h"
#include "runtime/threads/sched.h"
#include "runtime/text/str.h"
#include "clinic.h"
#include "socket_internal.h"

namespace stdlib::sock {
using namespace rt;

int64_t default_timeout_ns = -1;

bool timeout_from_python(Object* o, int64_t* out) {
  if (o == None) {
    *out = -1;
    return true;
  }
  double t;
  if (is_float(o)) {
    t = float_as_double(o);
    if (std::isnan(t)) {
      err_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
      return false;
    }
  } else {
    Object* n = number_index(o);
    if (!n) return false;
    bool ok = true;
    t = number_as_double(n, &ok);
    decref(n);
    if (!ok) return false;
  }
  if (t < 0) {
    err_set_string(Exc_ValueError, "Timeout value out of range");
    return false;
  }
  if (t * 1e9 > 9.2e18) {
    err_set_string(Exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  *out = int64_t(std::ceil(t * 1e9));
  return true;
}

Object* timeout_to_python(int64_t ns) {
  if (ns < 0) return none_ref();
  return float_from_double(double(ns) / 1e9);
}

namespace {

Object* str_or_bytes_arg(Object* o, const char* fname, int argn, std::string* out) {
  if (!is_str(o)) return err_format_null(Exc_TypeError, "%s() argument %d must be str, not %s", fname, argn, type_name(o));
  out->assign(str_utf8(o));
  return o;
}

// ---- getaddrinfo / getnameinfo ------------------------------------------------------

Object* s_getaddrinfo(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[6] = {};
  if (!parse_args("getaddrinfo", args, nargs, kwnames, "host,port|family,type,proto,flags", a)) return nullptr;
  std::string host, port;
  bool has_host = a[0] != None, has_port = a[1] != None;
  if (has_host && !is_str(a[0]) && !is_bytes(a[0]))
    return err_format_null(Exc_TypeError, "getaddrinfo() argument 1 must be string or None");
  if (has_host && !name_bytes(a[0], NameKind::Host, "str, bytes or bytearray expected", &host)) return nullptr;
  if (has_port) {
    if (is_int(a[1])) {
      int64_t p = int_as_i64(a[1]);
      if (p == -1 && err_occurred()) return nullptr;
      port = std::to_string(p);
    } else if (is_str(a[1])) {
      port = str_utf8(a[1]);
    } else if (is_bytes(a[1])) {
      port.assign(bytes_data(a[1]), size_t(size_of(a[1])));
    } else {
      return err_format_null(Exc_OSError, "Int or String expected");
    }
  }
  int v[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4; i++)
    if (a[2 + i] && !clinic::to_int_getargs(a[2 + i], &v[i])) return nullptr;
  struct addrinfo hints = {}, *res = nullptr;
  hints.ai_family = v[0];
  hints.ai_socktype = v[1];
  hints.ai_protocol = v[2];
  hints.ai_flags = v[3];
  int r;
  {
    sched::BlockingSection bs;
    r = getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr, &hints, &res);
  }
  if (r != 0) return raise_gai(r);
  Object* l = list_new(0);
  for (struct addrinfo* ai = res; l && ai; ai = ai->ai_next) {
    Object* f[5] = {int_from_i64(ai->ai_family), int_from_i64(ai->ai_socktype), int_from_i64(ai->ai_protocol),
                    str_from_cstr(ai->ai_canonname ? ai->ai_canonname : ""),
                    sockaddr_to_python(ai->ai_addr, ai->ai_addrlen)};
    bool ok = f[0] && f[1] && f[2] && f[3] && f[4];
    Object* t = ok ? tuple_from_array(f, 5) : nullptr;
    for (Object* x : f) xdecref(x);
    if (!t || list_append(l, t) < 0) clearref(l);
    xdecref(t);
  }
  freeaddrinfo(res);
  return l;
}

Object* s_getnameinfo(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getnameinfo", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "getnameinfo expected 2 arguments, got %zd", nargs);
  Object* sa = args[0];
  if (!is_tuple(sa)) return err_format_null(Exc_TypeError, "getnameinfo() argument 1 must be a tuple");
  int flags;
  if (!clinic::to_int_getargs(args[1], &flags)) return nullptr;
  ssize n = size_of(sa);
  if (n < 2 || n > 4 || !is_str(tuple_get(sa, 0)))
    return err_format_null(Exc_TypeError, "getnameinfo(): illegal sockaddr argument");
  int64_t port, flowinfo = 0, scope_id = 0;
  if (!index_i64(tuple_get(sa, 1), &port)) return nullptr;
  if (n > 2 && !index_i64(tuple_get(sa, 2), &flowinfo)) return nullptr;
  if (n > 3 && !index_i64(tuple_get(sa, 3), &scope_id)) return nullptr;
  if (flowinfo < 0 || flowinfo > 0xfffff)
    return err_format_null(Exc_OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
  std::string host = str_utf8(tuple_get(sa, 0));
  std::string pstr = std::to_string(port);
  struct addrinfo hints = {}, *res = nullptr;
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_NUMERICHOST;
  int r;
  {
    sched::BlockingSection bs;
    r = getaddrinfo(host.c_str(), pstr.c_str(), &hints, &res);
  }
  if (r != 0) return raise_gai(r);
  if (res->ai_next) {
    freeaddrinfo(res);
    return err_format_null(Exc_OSError, "sockaddr resolved to multiple addresses");
  }
  SockAddr addr;
  socklen_t len = res->ai_addrlen;
  memcpy(&addr, res->ai_addr, len);
  freeaddrinfo(res);
  if (addr.sa.sa_family == AF_INET) {
    if (n != 2) return err_format_null(Exc_OSError, "IPv4 sockaddr must be 2 tuple");
  } else if (addr.sa.sa_family == AF_INET6) {
    addr.in6.sin6_flowinfo = htonl(uint32_t(flowinfo));
    addr.in6.sin6_scope_id = uint32_t(scope_id);
  }
  char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
  {
    sched::BlockingSection bs;
    r = getnameinfo(&addr.sa, len, hbuf, sizeof(hbuf), sbuf, sizeof(sbuf), flags);
  }
  if (r != 0) return raise_gai(r);
  Object* h = str_from_cstr(hbuf);
  Object* s = h ? str_from_cstr(sbuf) : nullptr;
  Object* t = s ? tuple_pack(2, h, s) : nullptr;
  xdecref(h);
  xdecref(s);
  return t;
}

// ---- gethostby* ----------------------------------------------------------------------

Object* s_gethostname(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("gethostname", kwnames)) return nullptr;
  if (nargs != 0) return err_format_null(Exc_TypeError, "gethostname() takes no arguments (%zd given)", nargs);
  char buf[1024];
  int r;
  {
    sched::BlockingSection bs;
    r = gethostname(buf, sizeof(buf) - 1);
  }
  if (r < 0) return raise_errno();
  buf[sizeof(buf) - 1] = 0;
  return codecs::utf8_decode(buf, ssize(strlen(buf)), "surrogateescape", nullptr);
}

Object* s_sethostname(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("sethostname", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "sethostname expected 1 argument, got %zd", nargs);
  std::string name;
  if (is_str(args[0])) {
    Object* b = str_encode(args[0], "utf-8", "surrogateescape");
    if (!b) return nullptr;
    name.assign(bytes_data(b), size_t(size_of(b)));
    decref(b);
  } else {
    BytesLike b;
    if (!b.get(args[0])) return nullptr;
    name.assign(b.data(), size_t(b.size()));
  }
  if (sethostname(name.data(), name.size()) < 0) return raise_errno();
  return none_ref();
}

// The host name arg of gethostby* and if_nametoindex (str or bytes-like), with CPython's message.
bool hostname_arg(Object* o, const char* fname, std::string* out) {
  std::string msg = std::string(fname) + "() argument 1 must be str, bytes or bytearray";
  return name_bytes(o, NameKind::Plain, msg.c_str(), out);
}

Object* s_gethostbyname(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("gethostbyname", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "gethostbyname expected 1 argument, got %zd", nargs);
  std::string name;
  if (!hostname_arg(args[0], "gethostbyname", &name)) return nullptr;
  Object* b = bytes_from(name.data(), ssize(name.size()));
  if (!b) return nullptr;
  SockAddr addr;
  socklen_t len;
  bool ok = resolve_host(b, AF_INET, &addr, &len);
  decref(b);
  if (!ok) return nullptr;
  char ip[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, &addr.in4.sin_addr, ip, sizeof(ip));
  return str_from_cstr(ip);
}

// (name, aliases, addresses) from a hostent.
Object* hostent_result(struct hostent* h) {
  Object* name = str_from_cstr(h->h_name);
  Object* aliases = list_new(0);
  Object* addrs = list_new(0);
  for (char** p = h->h_aliases; aliases && p && *p; p++) {
    Object* s = str_from_cstr(*p);
    if (!s || list_append(aliases, s) < 0) clearref(aliases);
    xdecref(s);
  }
  for (char** p = h->h_addr_list; addrs && p && *p; p++) {
    char ip[INET6_ADDRSTRLEN];
    inet_ntop(h->h_addrtype, *p, ip, sizeof(ip));
    Object* s = str_from_cstr(ip);
    if (!s || list_append(addrs, s) < 0) clearref(addrs);
    xdecref(s);
  }
  Object* t = name && aliases && addrs ? tuple_pack(3, name, aliases, addrs) : nullptr;
  xdecref(name);
  xdecref(aliases);
  xdecref(addrs);
  return t;
}

// gethostbyname_r / gethostbyaddr_r with a buffer that grows on ERANGE.
template <class Call>
Object* hostent_call(Call call) {
  std::vector<char> buf(16384);
  struct hostent he, *res = nullptr;
  int herr = 0, r;
  for (;;) {
    {
      sched::BlockingSection bs;
      r = call(&he, buf.data(), buf.size(), &res, &herr);
    }
    if (r == ERANGE && buf.size() < (1u << 24)) {
      buf.resize(buf.size() * 2);
      continue;
    }
    break;
  }
  if (!res) return raise_herror(herr ? herr : HOST_NOT_FOUND);
  return hostent_result(res);
}

Object* s_gethostbyname_ex(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("gethostbyname_ex", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "gethostbyname_ex expected 1 argument, got %zd", nargs);
  std::string name;
  if (!hostname_arg(args[0], "gethostbyname_ex", &name)) return nullptr;
  Object* b = bytes_from(name.data(), ssize(name.size()));
  if (!b) return nullptr;
  SockAddr addr;
  socklen_t len;
  bool ok = resolve_host(b, AF_INET, &addr, &len);  // as CPython: unknown names raise gaierror
  decref(b);
  if (!ok) return nullptr;
  return hostent_call([&](struct hostent* he, char* buf, size_t n, struct hostent** res, int* herr) {
    return gethostbyname_r(name.c_str(), he, buf, n, res, herr);
  });
}

Object* s_gethostbyaddr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("gethostbyaddr", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "gethostbyaddr expected 1 argument, got %zd", nargs);
  std::string name;
  if (!hostname_arg(args[0], "gethostbyaddr", &name)) return nullptr;
  Object* b = bytes_from(name.data(), ssize(name.size()));
  if (!b) return nullptr;
  SockAddr addr;
  socklen_t len;
  bool ok = resolve_host(b, AF_UNSPEC, &addr, &len);
  decref(b);
  if (!ok) return nullptr;
  const void* ap = addr.sa.sa_family == AF_INET ? static_cast<const void*>(&addr.in4.sin_addr)
                                                : static_cast<const void*>(&addr.in6.sin6_addr);
  socklen_t alen = addr.sa.sa_family == AF_INET ? sizeof(addr.in4.sin_addr) : sizeof(addr.in6.sin6_addr);
  int fam = addr.sa.sa_family;
  return hostent_call([&](struct hostent* he, char* buf, size_t n, struct hostent** res, int* herr) {
    return gethostbyaddr_r(ap, alen, fam, he, buf, n, res, herr);
  });
}

// ---- services and protocols ------------------------------------------------------------

Object* s_getservbyname(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getservbyname", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2)
    return err_format_null(Exc_TypeError, "getservbyname expected at least 1 argument, got %zd", nargs);
  std::string name, proto;
  if (!str_or_bytes_arg(args[0], "getservbyname", 1, &name)) return nullptr;
  if (nargs > 1 && !str_or_bytes_arg(args[1], "getservbyname", 2, &proto)) return nullptr;
  struct servent se, *res = nullptr;
  char buf[4096];
  {
    sched::BlockingSection bs;
    getservbyname_r(name.c_str(), nargs > 1 ? proto.c_str() : nullptr, &se, buf, sizeof(buf), &res);
  }
  if (!res) return err_format_null(Exc_OSError, "service/proto not found");
  return int_from_i64(ntohs(uint16_t(res->s_port)));
}

Object* s_getservbyport(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getservbyport", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2)
    return err_format_null(Exc_TypeError, "getservbyport expected at least 1 argument, got %zd", nargs);
  int port;
  std::string proto;
  if (!clinic::to_int_getargs(args[0], &port)) return nullptr;
  if (nargs > 1 && !str_or_bytes_arg(args[1], "getservbyport", 2, &proto)) return nullptr;
  if (port < 0 || port > 0xffff) return err_format_null(Exc_OverflowError, "getservbyport: port must be 0-65535.");
  struct servent se, *res = nullptr;
  char buf[4096];
  {
    sched::BlockingSection bs;
    getservbyport_r(int(htons(uint16_t(port))), nargs > 1 ? proto.c_str() : nullptr, &se, buf, sizeof(buf), &res);
  }
  if (!res) return err_format_null(Exc_OSError, "port/proto not found");
  return str_from_cstr(res->s_name);
}

Object* s_getprotobyname(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getprotobyname", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "getprotobyname expected 1 argument, got %zd", nargs);
  std::string name;
  if (!str_or_bytes_arg(args[0], "getprotobyname", 1, &name)) return nullptr;
  struct protoent pe, *res = nullptr;
  char buf[4096];
  {
    sched::BlockingSection bs;
    getprotobyname_r(name.c_str(), &pe, buf, sizeof(buf), &res);
  }
  if (!res) return err_format_null(Exc_OSError, "protocol not found");
  return int_from_i64(res->p_proto);
}

// ---- byte order --------------------------------------------------------------------------

Object* short_conv(const char* fname, Object* const* args, ssize nargs) {
  if (nargs != 1) return err_format_null(Exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
  int v;
  if (!clinic::to_int_getargs(args[0], &v)) return nullptr;
  if (v < 0)
    return err_format_null(Exc_OverflowError, "%s: can't convert negative Python int to C 16-bit unsigned integer",
                           fname);
  if (v > 0xffff)
    return err_format_null(Exc_OverflowError, "%s: Python int too large to convert to C 16-bit unsigned integer", fname);
  return int_from_i64(htons(uint16_t(v)));  // htons and ntohs are the same swap
}

Object* long_conv(Object* const* args, ssize nargs, const char* fname) {
  if (nargs != 1) return err_format_null(Exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
  if (!is_int(args[0])) return err_format_null(Exc_TypeError, "expected int, %s found", type_name(args[0]));
  int64_t v = int_as_i64(args[0]);
  if (v == -1 && err_occurred()) {
    if (!err_matches(Exc_OverflowError)) return nullptr;
    err_clear();
    return err_format_null(Exc_OverflowError, "int larger than 32 bits");
  }
  if (v < 0) return err_format_null(Exc_OverflowError, "can't convert negative value to unsigned int");
  if (v > 0xffffffffLL) return err_format_null(Exc_OverflowError, "int larger than 32 bits");
  return int_from_i64(htonl(uint32_t(v)));
}

Object* s_htons(Object*, Object* const* a, ssize n, Object* k) { return no_kwargs("htons", k) ? short_conv("htons", a, n) : nullptr; }
Object* s_ntohs(Object*, Object* const* a, ssize n, Object* k) { return no_kwargs("ntohs", k) ? short_conv("ntohs", a, n) : nullptr; }
Object* s_htonl(Object*, Object* const* a, ssize n, Object* k) { return no_kwargs("htonl", k) ? long_conv(a, n, "htonl") : nullptr; }
Object* s_ntohl(Object*, Object* const* a, ssize n, Object* k) { return no_kwargs("ntohl", k) ? long_conv(a, n, "ntohl") : nullptr; }

// ---- inet_* --------------------------------------------------------------------------------

Object* s_inet_aton(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("inet_aton", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "inet_aton expected 1 argument, got %zd", nargs);
  std::string s;
  if (!str_or_bytes_arg(args[0], "inet_aton", 1, &s)) return nullptr;
  struct in_addr a;
  if (inet_aton(s.c_str(), &a) == 0) return err_format_null(Exc_OSError, "illegal IP address string passed to inet_aton");
  return bytes_from(reinterpret_cast<const char*>(&a), 4);
}

Object* s_inet_ntoa(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("inet_ntoa", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "inet_ntoa expected 1 argument, got %zd", nargs);
  BytesLike b;
  if (!b.get(args[0])) return nullptr;
  if (b.size() != 4) return err_format_null(Exc_OSError, "packed IP wrong length for inet_ntoa");
  char ip[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, b.data(), ip, sizeof(ip));
  return str_from_cstr(ip);
}

Object* s_inet_pton(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("inet_pton", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "inet_pton expected 2 arguments, got %zd", nargs);
  int af;
  std::string s;
  if (!clinic::to_int_getargs(args[0], &af) || !str_or_bytes_arg(args[1], "inet_pton", 2, &s)) return nullptr;
  unsigned char out[16];
  int r = inet_pton(af, s.c_str(), out);
  if (r < 0) return raise_errno();
  if (r == 0) return err_format_null(Exc_OSError, "illegal IP address string passed to inet_pton");
  return bytes_from(reinterpret_cast<const char*>(out), af == AF_INET ? 4 : 16);
}

Object* s_inet_ntop(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("inet_ntop", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "inet_ntop expected 2 arguments, got %zd", nargs);
  int af;
  if (!clinic::to_int_getargs(args[0], &af)) return nullptr;
  BytesLike b;
  if (!b.get(args[1])) return nullptr;
  if (af != AF_INET && af != AF_INET6) return err_format_null(Exc_ValueError, "unknown address family %d", af);
  if (b.size() != (af == AF_INET ? 4 : 16))
    return err_format_null(Exc_ValueError, "invalid length of packed IP address string");
  char ip[INET6_ADDRSTRLEN];
  if (!inet_ntop(af, b.data(), ip, sizeof(ip))) return raise_errno();
  return str_from_cstr(ip);
}

// ---- interfaces ------------------------------------------------------------------------------

Object* s_if_nameindex(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("if_nameindex", kwnames)) return nullptr;
  if (nargs != 0) return err_format_null(Exc_TypeError, "if_nameindex() takes no arguments (%zd given)", nargs);
  struct if_nameindex* ni = if_nameindex();
  if (!ni) return raise_errno();
  Object* l = list_new(0);
  for (struct if_nameindex* p = ni; l && p->if_index != 0; p++) {
    Object* i = int_from_u64(p->if_index);
    Object* s = i ? codecs::utf8_decode(p->if_name, ssize(strlen(p->if_name)), "surrogateescape", nullptr) : nullptr;
    Object* t = s ? tuple_pack(2, i, s) : nullptr;
    xdecref(i);
    xdecref(s);
    if (!t || list_append(l, t) < 0) clearref(l);
    xdecref(t);
  }
  if_freenameindex(ni);
  return l;
}

Object* s_if_nametoindex(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("if_nametoindex", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "if_nametoindex() takes exactly one argument (%zd given)", nargs);
  std::string name;
  if (!hostname_arg(args[0], "if_nametoindex", &name)) return nullptr;
  unsigned idx = if_nametoindex(name.c_str());
  if (idx == 0) return err_format_null(Exc_OSError, "no interface with this name");
  return int_from_u64(idx);
}

Object* s_if_indextoname(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("if_indextoname", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "if_indextoname() takes exactly one argument (%zd given)", nargs);
  if (!is_int(args[0])) return err_format_null(Exc_TypeError, "an integer is required");
  int64_t idx = int_as_i64(args[0]);
  if (idx == -1 && err_occurred()) return nullptr;
  if (idx < 0 || idx > 0xffffffffLL) return err_format_null(Exc_OverflowError, "index out of range");
  char name[IF_NAMESIZE + 1];
  if (!if_indextoname(unsigned(idx), name)) return raise_errno();
  return codecs::utf8_decode(name, ssize(strlen(name)), "surrogateescape", nullptr);
}

// ---- CMSG_LEN / CMSG_SPACE ------------------------------------------------------------------

Object* cmsg_calc(const char* fname, Object* const* args, ssize nargs, bool space) {
  if (nargs != 1) return err_format_null(Exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
  int64_t n;
  if (!index_i64(args[0], &n)) return nullptr;
  if (n < 0 || n > int64_t(INT32_MAX) - int64_t(CMSG_SPACE(0)))
    return err_format_null(Exc_OverflowError, "%s() argument out of range", fname);
  return int_from_u64(space ? CMSG_SPACE(size_t(n)) : CMSG_LEN(size_t(n)));
}
Object* s_cmsg_len(Object*, Object* const* a, ssize n, Object* k) { return no_kwargs("CMSG_LEN", k) ? cmsg_calc("CMSG_LEN", a, n, false) : nullptr; }
Object* s_cmsg_space(Object*, Object* const* a, ssize n, Object* k) { return no_kwargs("CMSG_SPACE", k) ? cmsg_calc("CMSG_SPACE", a, n, true) : nullptr; }

// ---- the default timeout, dup, close --------------------------------------------------------

Object* s_getdefaulttimeout(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getdefaulttimeout", kwnames)) return nullptr;
  if (nargs != 0) return err_format_null(Exc_TypeError, "getdefaulttimeout() takes no arguments (%zd given)", nargs);
  return timeout_to_python(default_timeout_ns);
}

Object* s_setdefaulttimeout(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("setdefaulttimeout", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "setdefaulttimeout() takes exactly one argument (%zd given)", nargs);
  int64_t t;
  if (!timeout_from_python(args[0], &t)) return nullptr;
  default_timeout_ns = t;
  return none_ref();
}

Object* s_dup(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("dup", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "dup() takes exactly one argument (%zd given)", nargs);
  int fd;
  if (!clinic::to_int_getargs(args[0], &fd)) return nullptr;
  int nfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (nfd < 0) return raise_errno();
  return int_from_i64(nfd);
}

Object* s_close(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("close", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "close() takes exactly one argument (%zd given)", nargs);
  int fd;
  if (!clinic::to_int_getargs(args[0], &fd)) return nullptr;
  int r;
  {
    sched::BlockingSection bs;
    r = ::close(fd);
  }
  // A connection reset by the peer is not an error of close (as CPython).
  if (r < 0 && errno != ECONNRESET) return raise_errno();
  return none_ref();
}

}  // namespace

MethodDef resolve_functions[] = {
    {"getaddrinfo", s_getaddrinfo, METH_DEFAULT,
     "getaddrinfo(host, port [, family, type, proto, flags])\n    -> list of (family, type, proto, canonname, sockaddr)\n\nResolve host and port into addrinfo struct."},
    {"getnameinfo", s_getnameinfo, METH_DEFAULT, "getnameinfo(sockaddr, flags) --> (host, port)\n\nGet host and port for a sockaddr."},
    {"gethostname", s_gethostname, METH_DEFAULT, "gethostname() -> string\n\nReturn the current host name."},
    {"sethostname", s_sethostname, METH_DEFAULT, "sethostname(name)\n\nSets the hostname to name."},
    {"gethostbyname", s_gethostbyname, METH_DEFAULT, "gethostbyname(host) -> address\n\nReturn the IP address (a string of the form '255.255.255.255') for a host."},
    {"gethostbyname_ex", s_gethostbyname_ex, METH_DEFAULT, "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number."},
    {"gethostbyaddr", s_gethostbyaddr, METH_DEFAULT, "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\nReturn the true host name, a list of aliases, and a list of IP addresses,\nfor a host.  The host argument is a string giving a host name or IP number."},
    {"getservbyname", s_getservbyname, METH_DEFAULT, "getservbyname(servicename[, protocolname]) -> integer\n\nReturn a port number from a service name and protocol name."},
    {"getservbyport", s_getservbyport, METH_DEFAULT, "getservbyport(port[, protocolname]) -> string\n\nReturn the service name from a port number and protocol name."},
    {"getprotobyname", s_getprotobyname, METH_DEFAULT, "getprotobyname(name) -> integer\n\nReturn the protocol number for the named protocol."},
    {"htons", s_htons, METH_DEFAULT, "htons(integer) -> integer\n\nConvert a 16-bit unsigned integer from host to network byte order."},
    {"ntohs", s_ntohs, METH_DEFAULT, "ntohs(integer) -> integer\n\nConvert a 16-bit unsigned integer from network to host byte order."},
    {"htonl", s_htonl, METH_DEFAULT, "htonl(integer) -> integer\n\nConvert a 32-bit integer from host to network byte order."},
    {"ntohl", s_ntohl, METH_DEFAULT, "ntohl(integer) -> integer\n\nConvert a 32-bit integer from network to host byte order."},
    {"inet_aton", s_inet_aton, METH_DEFAULT, "inet_aton(string) -> bytes giving packed 32-bit IP representation"},
    {"inet_ntoa", s_inet_ntoa, METH_DEFAULT, "inet_ntoa(packed_ip) -> ip_address_string"},
    {"inet_pton", s_inet_pton, METH_DEFAULT, "inet_pton(af, ip) -> packed IP address string"},
    {"inet_ntop", s_inet_ntop, METH_DEFAULT, "inet_ntop(af, packed_ip) -> string formatted IP address"},
    {"if_nameindex", s_if_nameindex, METH_DEFAULT, "if_nameindex()\n\nReturns a list of network interface information (index, name) tuples."},
    {"if_nametoindex", s_if_nametoindex, METH_DEFAULT, "Returns the interface index corresponding to the interface name if_name."},
    {"if_indextoname", s_if_indextoname, METH_DEFAULT, "Returns the interface name corresponding to the interface index if_index."},
    {"CMSG_LEN", s_cmsg_len, METH_DEFAULT, "CMSG_LEN(length) -> control message length"},
    {"CMSG_SPACE", s_cmsg_space, METH_DEFAULT, "CMSG_SPACE(length) -> buffer size"},
    {"getdefaulttimeout", s_getdefaulttimeout, METH_DEFAULT, "getdefaulttimeout() -> timeout\n\nReturns the default timeout in seconds (float) for new socket objects."},
    {"setdefaulttimeout", s_setdefaulttimeout, METH_DEFAULT, "setdefaulttimeout(timeout)\n\nSet the default timeout in seconds (float) for new socket objects."},
    {"dup", s_dup, METH_DEFAULT, "dup(integer) -> integer\n\nDuplicate an integer socket file descriptor."},
    {"close", s_close, METH_DEFAULT, "close(integer) -> None\n\nClose an integer socket file descriptor."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace stdlib::sock

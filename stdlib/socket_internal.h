// The _socket module's shared pieces (stdlib/socketmodule.cpp: the socket
// type; socket_addr.cpp: socket addresses between Python and C;
// socket_resolve.cpp: the module's functions -- name resolution, byte order,
// inet_*, if_*).  docs/native-modules.md describes the module.
#pragma once
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstdlib>
#include <string>

#include "../runtime/api.h"

namespace stdlib::sock {

using rt::Object;
using rt::ssize;

extern rt::TypeObject SocketType;
extern rt::TypeObject HErrorType, GaiErrorType;  // socket.herror, socket.gaierror

// One _socket.socket.  timeout_ns: -1 blocking (no timeout), 0 non-blocking,
// > 0 a timeout; whenever it is >= 0 the descriptor itself is O_NONBLOCK and
// waits happen in poll(2) (stdlib/fdwait.h), as in CPython.
struct SockObject : Object {
  int fd;  // -1 once closed or detached
  int family;
  int type;
  int proto;
  int64_t timeout_ns;
};
inline SockObject* S(Object* o) { return static_cast<SockObject*>(o); }

// Room for any address the module converts.
union SockAddr {
  struct sockaddr sa;
  struct sockaddr_in in4;
  struct sockaddr_in6 in6;
  struct sockaddr_un un;
  struct sockaddr_storage storage;
};

// A malloc'ed scratch buffer of a size the caller chose (recv(2**30) must be a
// MemoryError if it cannot be had, never a C++ exception).
struct RawBuf {
  char* p = nullptr;
  RawBuf() = default;
  RawBuf(const RawBuf&) = delete;
  RawBuf& operator=(const RawBuf&) = delete;
  ~RawBuf() { free(p); }
  bool alloc(size_t n) {
    p = static_cast<char*>(calloc(n ? n : 1, 1));
    if (!p) rt::err_no_memory();
    return p != nullptr;
  }
};

// ---- addresses (socket_addr.cpp) ------------------------------------------------------
// The Python address `addr` for a socket of `family` into *out (CPython's
// getsockaddrarg): (host, port) for AF_INET, (host, port[, flowinfo[,
// scope_id]]) for AF_INET6, a path (str, bytes-like) for AF_UNIX.  caller
// names the method in messages ("connect(): AF_INET address must be tuple,
// not str").  Host names are resolved (GIL released).  false with an error.
bool sockaddr_from_python(int family, Object* addr, const char* caller, SockAddr* out, socklen_t* len);
// The Python form of a C address (CPython's makesockaddr); None for an empty one.
Object* sockaddr_to_python(const struct sockaddr* sa, socklen_t len);
// Resolve a host name (str/bytes; "" is INADDR_ANY, "<broadcast>" the
// broadcast address) for family AF_INET/AF_INET6/AF_UNSPEC into *out
// (CPython's setipaddr).  false with socket.gaierror.
bool resolve_host(Object* host, int family, SockAddr* out, socklen_t* len);
// A name argument (str, bytes, bytearray) as bytes: host names are encoded
// with IDNA (ASCII as is) and a NUL is "host name must not contain null
// character"; plain names use the file-system encoding.  type_msg starts the
// TypeError for other types ("<type_msg>, not int").
enum class NameKind { Host, Plain };
bool name_bytes(Object* o, NameKind kind, const char* type_msg, std::string* out);
// An integer argument through __index__ (floats refused) as int64.
bool index_i64(Object* o, int64_t* v);

// ---- sendmsg / recvmsg (socket_msg.cpp) --------------------------------------------------
extern rt::MethodDef msg_methods[];  // appended to the socket type's methods at start-up
// The system calls through socketmodule.cpp's sock_call (timeouts, GIL, EINTR):
// the result, or -1 with an exception set.
ssize_t sock_sendmsg_call(SockObject* s, const struct msghdr* msg, int flags);
ssize_t sock_recvmsg_call(SockObject* s, struct msghdr* msg, int flags);
bool sock_sockaddr_arg(SockObject* s, Object* addr, const char* caller, SockAddr* out, socklen_t* len);

// ---- errors -------------------------------------------------------------------------------
Object* raise_errno();                 // OSError subclass for errno; returns nullptr
Object* raise_gai(int code);           // socket.gaierror(code, gai_strerror(code))
Object* raise_herror(int code);        // socket.herror(code, hstrerror(code))
Object* raise_timeout();               // TimeoutError("timed out")

// ---- the module ----------------------------------------------------------------------------
extern rt::MethodDef resolve_functions[];  // socket_resolve.cpp
// socket.setdefaulttimeout's value (-1: none); the GIL protects it.
extern int64_t default_timeout_ns;
// A timeout argument (None, or seconds >= 0) in ns; -1 for None.
bool timeout_from_python(Object* o, int64_t* out);
Object* timeout_to_python(int64_t ns);

}  // namespace stdlib::sock

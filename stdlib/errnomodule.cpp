// errno: the system's error numbers by name (E2BIG ... EXFULL) and the
// errorcode dict mapping each number back to a name.  The names and their
// order are CPython 3.11's on Linux; where two names share a number
// (EAGAIN/EWOULDBLOCK, EDEADLK/EDEADLOCK, EOPNOTSUPP/ENOTSUP) errorcode keeps
// the one CPython keeps, the last in this order.
#include <cerrno>

#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

struct ErrnoName {
  const char* name;
  int value;
};

#define E(n) {#n, n},
const ErrnoName errno_names[] = {
    E(ENODEV) E(ENOCSI) E(EHOSTUNREACH) E(ENOMSG) E(EUCLEAN) E(EL2NSYNC) E(EL2HLT) E(ENODATA) E(ENOTBLK)
    E(ENOSYS) E(EPIPE) E(EINVAL) E(EOVERFLOW) E(EADV) E(EINTR) E(EUSERS) E(ENOTEMPTY) E(ENOBUFS) E(EPROTO)
    E(EREMOTE) E(ENAVAIL) E(ECHILD) E(ELOOP) E(EXDEV) E(E2BIG) E(ESRCH) E(EMSGSIZE) E(EAFNOSUPPORT) E(EBADR)
    E(EHOSTDOWN) E(EPFNOSUPPORT) E(ENOPROTOOPT) E(EBUSY) E(EWOULDBLOCK) E(EBADFD) E(EDOTDOT) E(EISCONN)
    E(ENOANO) E(ESHUTDOWN) E(ECHRNG) E(ELIBBAD) E(ENONET) E(EBADE) E(EBADF) E(EMULTIHOP) E(EIO) E(EUNATCH)
    E(EPROTOTYPE) E(ENOSPC) E(ENOEXEC) E(EALREADY) E(ENETDOWN) E(ENOTNAM) E(EACCES) E(ELNRNG) E(EILSEQ)
    E(ENOTDIR) E(ENOTUNIQ) E(EPERM) E(EDOM) E(EXFULL) E(ECONNREFUSED) E(EISDIR) E(EPROTONOSUPPORT) E(EROFS)
    E(EADDRNOTAVAIL) E(EIDRM) E(ECOMM) E(ESRMNT) E(EREMOTEIO) E(EL3RST) E(EBADMSG) E(ENFILE) E(ELIBMAX)
    E(ESPIPE) E(ENOLINK) E(ENETRESET) E(ETIMEDOUT) E(ENOENT) E(EEXIST) E(EDQUOT) E(ENOSTR) E(EBADSLT)
    E(EBADRQC) E(ELIBACC) E(EFAULT) E(EFBIG) E(EDEADLK) E(ENOTCONN) E(EDESTADDRREQ) E(ELIBSCN) E(ENOLCK)
    E(EISNAM) E(ECONNABORTED) E(ENETUNREACH) E(ESTALE) E(ENOSR) E(ENOMEM) E(ENOTSOCK) E(ESTRPIPE) E(EMLINK)
    E(ERANGE) E(ELIBEXEC) E(EL3HLT) E(ECONNRESET) E(EADDRINUSE) E(EOPNOTSUPP) E(EREMCHG) E(EAGAIN)
    E(ENAMETOOLONG) E(ENOTTY) E(ERESTART) E(ESOCKTNOSUPPORT) E(ETIME) E(EBFONT) E(EDEADLOCK) E(ETOOMANYREFS)
    E(EMFILE) E(ETXTBSY) E(EINPROGRESS) E(ENXIO) E(ENOPKG) E(ENOMEDIUM) E(EMEDIUMTYPE) E(ECANCELED) E(ENOKEY)
    E(EKEYEXPIRED) E(EKEYREVOKED) E(EKEYREJECTED) E(EOWNERDEAD) E(ENOTRECOVERABLE) E(ERFKILL) E(ENOTSUP)
};
#undef E

}  // namespace

Object* init_errno_module() {
  Object* m = native::make_module(
      "errno",
      "This module makes available standard errno system symbols.\n\n"
      "The value of each symbol is the corresponding integer value,\n"
      "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
      "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
      "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
      "Symbols that are not relevant to the underlying system are not defined.\n\n"
      "To map error codes to error messages, use the function os.strerror(),\n"
      "e.g. os.strerror(2) could return 'No such file or directory'.",
      nullptr, {});
  Object* codes = m ? dict_new() : nullptr;
  if (!codes) {
    xdecref(m);
    return nullptr;
  }
  bool ok = true;
  for (const ErrnoName& e : errno_names) {
    Object* name = str_from_cstr(e.name);
    Object* value = int_from_i64(e.value);
    ok = name && value && module_add_object(m, e.name, newref(value)) == 0 && dict_setitem(codes, value, name) == 0;
    xdecref(name);
    xdecref(value);
    if (!ok) break;
  }
  if (!ok || module_add_object(m, "errorcode", codes) < 0) {
    if (!ok) decref(codes);
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

// fcntl: fcntl(), ioctl(), flock(), lockf() and the F_*/LOCK_*/DN_* constants.
// Each system call runs in a BlockingSection (a lock request such as
// F_SETLKW, LOCK_EX or lockf may wait for another process) and is retried on
// EINTR after signal handlers ran (sched::retry_after_eintr).  As CPython, an
// int argument is passed as a C int and a bytes-like one as a buffer of at
// most 1024 bytes copied in and back ("fcntl string arg too long"); ioctl
// with a writable buffer and mutate_flag (the default) changes it in place.
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "runtime/bytes/buffer.h"
#include "runtime/containers/list.h"
#include "runtime/threads/sched.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

constexpr size_t kArgBuf = 1024;

// Unsigned int argument (ioctl's request, CPython's 'I' converter: no range check, truncates).
bool uint_arg(Object* o, unsigned* out) {
  Object* i = number_index(o);
  if (!i) return false;
  int64_t v = int_fits_i64(i) ? int_as_i64(i) : 0;
  decref(i);
  *out = unsigned(v);
  return true;
}

// Run call() outside the GIL, retrying on EINTR.  -1 with OSError set on failure.
template <class F>
long blocking(F call) {
  long r;
  do {
    sched::BlockingSection bs;
    r = call();
  } while (r < 0 && errno == EINTR && sched::retry_after_eintr());
  if (r < 0) {
    if (!err_occurred()) err_set_from_errno(Exc_OSError, errno);
    return -1;
  }
  return r;
}

// A str (its UTF-8) or a bytes-like argument as bytes to pass by address.
bool get_bytes(Object* arg, BytesLike& b) {
  if (!is_str(arg)) return b.get(arg);
  Object* enc = str_encode_utf8(arg);
  if (!enc) return false;
  bool ok = b.get(enc);  // the view keeps enc alive
  decref(enc);
  return ok;
}

// Copy b (at most 1024 bytes) into a buffer, call sys(buf) outside the GIL,
// and return the buffer's bytes afterwards.
template <class F>
Object* through_copy(const char* fname, BytesLike& b, F sys) {
  if (size_t(b.size()) > kArgBuf) return err_format_null(Exc_ValueError, "%s string arg too long", fname);
  char buf[kArgBuf + 1];
  memcpy(buf, b.data(), size_t(b.size()));
  if (blocking([&] { return sys(buf); }) < 0) return nullptr;
  return bytes_from(buf, b.size());
}

// The int argument form (absent: 0): the call's result as an int.
template <class F>
Object* with_int(Object* arg, F sys) {
  int iarg = 0;
  if (arg && !native::int_arg(arg, &iarg)) return nullptr;
  long r = blocking([&] { return sys(iarg); });
  return r < 0 ? nullptr : int_from_i64(r);
}

bool positional(const char* fname, ssize nargs, Object* kwnames, ssize min, ssize max) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "fcntl.%s() takes no keyword arguments", fname);
    return false;
  }
  return cont::check_nargs(fname, nargs, min, max);
}

Object* f_fcntl(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("fcntl", nargs, kwnames, 2, 3)) return nullptr;
  int fd = as_fd(args[0]);
  int code;
  if (fd < 0 || !native::int_arg(args[1], &code)) return nullptr;
  Object* arg = nargs > 2 ? args[2] : nullptr;
  if (sys_audit_active() &&
      audit_event("fcntl.fcntl", {int_from_i64(fd), int_from_i64(code), newref(arg ? arg : None)}) < 0)
    return nullptr;
  if (arg && !is_int(arg) && (is_str(arg) || is_bytes(arg))) {  // CPython's "s#": str or bytes
    BytesLike b;
    if (!get_bytes(arg, b)) return nullptr;
    return through_copy("fcntl", b, [&](char* buf) { return long(::fcntl(fd, code, buf)); });
  }
  return with_int(arg, [&](int i) { return long(::fcntl(fd, code, i)); });
}

Object* f_ioctl(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("ioctl", nargs, kwnames, 2, 4)) return nullptr;
  int fd = as_fd(args[0]);
  unsigned code;
  if (fd < 0 || !uint_arg(args[1], &code)) return nullptr;
  Object* arg = nargs > 2 ? args[2] : nullptr;
  bool mutate = true;
  if (nargs > 3) {
    int t = object_is_true(args[3]);
    if (t < 0) return nullptr;
    mutate = t;
  }
  if (sys_audit_active() &&
      audit_event("fcntl.ioctl", {int_from_i64(fd), int_from_u64(code), newref(arg ? arg : None)}) < 0)
    return nullptr;
  if (arg && !is_int(arg) && (is_str(arg) || object_has_buffer(arg))) {
    BytesLike b;
    bool writable = false;
    if (!is_str(arg) && b.get(arg, BUF_WRITABLE)) {
      writable = true;
    } else {
      err_clear();
      if (!get_bytes(arg, b)) return nullptr;
    }
    auto sys = [&](char* buf) { return long(::ioctl(fd, code, buf)); };
    if (!writable || !mutate) return through_copy("ioctl", b, sys);
    // In place: a buffer larger than 1024 bytes is passed directly; smaller ones through a copy.
    if (size_t(b.size()) > kArgBuf) {
      long r = blocking([&] { return sys(b.wdata()); });
      return r < 0 ? nullptr : int_from_i64(r);
    }
    char buf[kArgBuf + 1];
    memcpy(buf, b.data(), size_t(b.size()));
    long r = blocking([&] { return sys(buf); });
    if (r < 0) return nullptr;
    memcpy(b.wdata(), buf, size_t(b.size()));
    return int_from_i64(r);
  }
  return with_int(arg, [&](int i) { return long(::ioctl(fd, code, i)); });
}

Object* f_flock(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("flock", nargs, kwnames, 2, 2)) return nullptr;
  int fd = as_fd(args[0]);
  int op;
  if (fd < 0 || !native::int_arg(args[1], &op)) return nullptr;
  if (sys_audit_active() && audit_event("fcntl.flock", {int_from_i64(fd), int_from_i64(op)}) < 0) return nullptr;
  if (blocking([&] { return long(::flock(fd, op)); }) < 0) return nullptr;
  return none_ref();
}

// lockf(fd, cmd, len=0, start=0, whence=0) through fcntl(F_SETLK[W]) record locks, as CPython.
Object* f_lockf(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("lockf", nargs, kwnames, 2, 5)) return nullptr;
  int fd = as_fd(args[0]);
  int code;
  if (fd < 0 || !native::int_arg(args[1], &code)) return nullptr;
  int64_t len = 0, start = 0;
  int whence = 0;
  for (int i = 2; i < 4 && i < nargs; i++) {
    Object* v = number_index(args[i]);
    if (!v) return nullptr;
    int64_t x = int_as_i64(v);
    decref(v);
    if (x == -1 && err_occurred()) return nullptr;
    (i == 2 ? len : start) = x;
  }
  if (nargs > 4 && !native::int_arg(args[4], &whence)) return nullptr;
  if (sys_audit_active() && audit_event("fcntl.lockf", {int_from_i64(fd), int_from_i64(code), newref(nargs > 2 ? args[2] : None),
                                                         newref(nargs > 3 ? args[3] : None), int_from_i64(whence)}) < 0)
    return nullptr;
  struct flock lock = {};
  if (code == LOCK_UN) lock.l_type = F_UNLCK;
  else if (code & LOCK_SH) lock.l_type = F_RDLCK;
  else if (code & LOCK_EX) lock.l_type = F_WRLCK;
  else return err_format_null(Exc_ValueError, "unrecognized lockf argument");
  lock.l_start = off_t(start);
  lock.l_len = off_t(len);
  lock.l_whence = short(whence);
  int cmd = (code & LOCK_NB) ? F_SETLK : F_SETLKW;
  if (blocking([&] { return long(::fcntl(fd, cmd, &lock)); }) < 0) return nullptr;
  return none_ref();
}

MethodDef functions[] = {
    {"fcntl", f_fcntl, METH_DEFAULT,
     "Perform the operation `cmd` on file descriptor fd.\n\nThe values used for `cmd` are operating system "
     "dependent, and are available\nas constants in the fcntl module, using the same names as used in\nthe relevant C "
     "header files."},
    {"ioctl", f_ioctl, METH_DEFAULT, "Perform the operation `request` on file descriptor `fd`."},
    {"flock", f_flock, METH_DEFAULT, "Perform the lock operation `operation` on file descriptor `fd`."},
    {"lockf", f_lockf, METH_DEFAULT, "A wrapper around the fcntl() locking calls."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_fcntl_module() {
  Object* m = native::make_module(
      "fcntl",
      "This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and "
      "ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket "
      "object.",
      functions, {});
  if (!m) return nullptr;
  struct {
    const char* name;
    long long v;
  } const ints[] = {
      {"LOCK_SH", LOCK_SH}, {"LOCK_EX", LOCK_EX}, {"LOCK_NB", LOCK_NB}, {"LOCK_UN", LOCK_UN},
      {"LOCK_MAND", 32}, {"LOCK_READ", 64}, {"LOCK_WRITE", 128}, {"LOCK_RW", 192},
      {"F_DUPFD", F_DUPFD}, {"F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC}, {"F_GETFD", F_GETFD}, {"F_SETFD", F_SETFD},
      {"F_GETFL", F_GETFL}, {"F_SETFL", F_SETFL}, {"F_GETLK", F_GETLK}, {"F_SETLK", F_SETLK}, {"F_SETLKW", F_SETLKW},
      {"F_GETLK64", F_GETLK64}, {"F_SETLK64", F_SETLK64}, {"F_SETLKW64", F_SETLKW64},
      {"F_GETOWN", F_GETOWN}, {"F_SETOWN", F_SETOWN}, {"F_GETSIG", F_GETSIG}, {"F_SETSIG", F_SETSIG},
      {"F_RDLCK", F_RDLCK}, {"F_WRLCK", F_WRLCK}, {"F_UNLCK", F_UNLCK}, {"F_EXLCK", F_EXLCK}, {"F_SHLCK", F_SHLCK},
      {"F_GETLEASE", F_GETLEASE}, {"F_SETLEASE", F_SETLEASE}, {"F_NOTIFY", F_NOTIFY},
      {"F_OFD_GETLK", F_OFD_GETLK}, {"F_OFD_SETLK", F_OFD_SETLK}, {"F_OFD_SETLKW", F_OFD_SETLKW},
      {"F_GETPIPE_SZ", F_GETPIPE_SZ}, {"F_SETPIPE_SZ", F_SETPIPE_SZ},
      {"F_ADD_SEALS", F_ADD_SEALS}, {"F_GET_SEALS", F_GET_SEALS}, {"F_SEAL_SEAL", F_SEAL_SEAL},
      {"F_SEAL_SHRINK", F_SEAL_SHRINK}, {"F_SEAL_GROW", F_SEAL_GROW}, {"F_SEAL_WRITE", F_SEAL_WRITE},
      {"FD_CLOEXEC", FD_CLOEXEC}, {"FASYNC", FASYNC},
      {"DN_ACCESS", DN_ACCESS}, {"DN_MODIFY", DN_MODIFY}, {"DN_CREATE", DN_CREATE}, {"DN_DELETE", DN_DELETE},
      {"DN_RENAME", DN_RENAME}, {"DN_ATTRIB", DN_ATTRIB}, {"DN_MULTISHOT", (long long)DN_MULTISHOT},
  };
  for (const auto& i : ints)
    if (native::add_int(m, i.name, i.v) < 0) {
      decref(m);
      return nullptr;
    }
  return m;
}

}  // namespace stdlib

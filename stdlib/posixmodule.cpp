// posix: the operating-system interface CPython's os.py is built on (CPython:
// Modules/posixmodule.c).  This file holds the module, its argument
// conversions and errors, file descriptors, files and directories, and the
// environment; posix_fs.cpp has stat, scandir, utime and extended attributes;
// posix_process.cpp has processes, ids, waiting and system information.
//
// Conventions, as in CPython:
//  * Paths are str (encoded UTF-8 with surrogateescape, so any file name the
//    OS returns goes back unchanged), bytes, or os.PathLike; functions that
//    accept a descriptor take an int in the path's place.  A NUL inside a path
//    is a ValueError: the call never sees a truncated name.
//  * Failures raise OSError's errno subclass with the file name(s).
//  * Every call that may block (open, read, write, fsync, ...) runs in a
//    sched::BlockingSection: the GIL is released and the instruments see an
//    I/O wait.  EINTR is retried unless Ctrl-C arrived (KeyboardInterrupt).
#include "posixmodule.h"

#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <linux/memfd.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <sysexits.h>
#include <limits.h>
#include <pty.h>
#include <utmp.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/threads/sched.h"
#include "runtime/text/str.h"
#include "modules.h"
#include "structseq.h"

extern char** environ;

namespace stdlib::posix {

using namespace rt;

// ---- conversions and errors ---------------------------------------------------------------------

Object* fspath(Object* o) {
  if (is_str(o) || is_bytes(o)) return newref(o);
  Object* fn = type_lookup(type_of(o), names::__fspath__);
  if (!fn) {
    err_format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(o));
    return nullptr;
  }
  Object* r = call_method0(o, names::__fspath__);
  if (!r) return nullptr;
  if (!is_str(r) && !is_bytes(r)) {
    err_format(Exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name(o), type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

bool Path::convert(Object* o) {
  object = o;
  if (o == None && nullable) {
    is_none = true;
    return true;
  }
  if (allow_fd && is_int(o) && !is_bool(o)) {
    long long v;
    if (!int_arg(o, &v)) return false;
    if (v < INT_MIN || v > INT_MAX) {
      err_format(Exc_OverflowError, "fd is greater than maximum" );
      return false;
    }
    fd = int(v);
    return true;
  }
  Object* p = nullptr;
  if (is_str(o) || rt::is_bytes(o)) {
    p = newref(o);
  } else if (type_lookup(type_of(o), names::__fspath__)) {
    p = fspath(o);
    if (!p) return false;
  } else {
    const char* allowed = allow_fd && nullable ? "string, bytes, os.PathLike, integer or None"
                          : allow_fd           ? "string, bytes, os.PathLike or integer"
                          : nullable           ? "string, bytes, os.PathLike or None"
                                               : "string, bytes or os.PathLike";
    err_format(Exc_TypeError, "%s: %s should be %s, not %s", function, argument, allowed, type_name(o));
    return false;
  }
  if (rt::is_bytes(p)) {
    is_bytes = true;
    bytes.assign(bytes_data(p), size_t(size_of(p)));
    decref(p);
    if (bytes.find('\0') != std::string::npos) {
      err_format(Exc_ValueError, "%s: embedded null character in %s", function, argument);
      return false;
    }
    return true;
  }
  Object* enc = str_encode(p, "utf-8", "surrogateescape");
  decref(p);
  if (!enc) return false;
  bytes.assign(bytes_data(enc), size_t(size_of(enc)));
  decref(enc);
  if (bytes.find('\0') != std::string::npos) {
    err_set_string(Exc_ValueError, "embedded null byte");
    return false;
  }
  return true;
}

Object* decode_path(const char* s, size_t n, bool as_bytes) {
  if (as_bytes) return bytes_from(s, ssize(n));
  return bytes_decode(s, ssize(n), "utf-8", "surrogateescape");
}

Object* raise_errno_obj(Object* filename) {
  err_set_from_errno(Exc_OSError, errno, filename);
  return nullptr;
}

Object* raise_errno(const Path* p1, const Path* p2) {
  int e = errno;
  if (!p1 || !p1->object || p1->is_none) return raise_errno_obj(nullptr);
  if (!p2 || !p2->object) return raise_errno_obj(p1->object);
  Object* args[5] = {int_from_i64(e), str_from_cstr(std::strerror(e)), p1->object, None, p2->object};
  if (args[0] && args[1]) {
    Object* exc = exc_new(Exc_OSError, args, 5);
    if (exc) {
      err_set_exception(exc);
      decref(exc);
    }
  }
  xdecref(args[0]);
  xdecref(args[1]);
  return nullptr;
}

bool int_arg(Object* o, long long* v) {
  if (is_float(o)) {
    err_format(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  Object* i = number_index(o);
  if (!i) return false;
  int64_t x = int_as_i64(i);
  decref(i);
  if (x == -1 && err_occurred()) return false;
  *v = x;
  return true;
}

bool fd_arg(Object* o, int* fd) {
  long long v;
  if (!int_arg(o, &v)) return false;
  if (v > INT_MAX) {
    err_set_string(Exc_OverflowError, "fd is greater than maximum");
    return false;
  }
  if (v < INT_MIN) {
    err_set_string(Exc_OverflowError, "fd is less than minimum");
    return false;
  }
  *fd = int(v);
  return true;
}

bool dir_fd_arg(Object* o, int* fd) {
  if (!o || o == None) {
    *fd = AT_FDCWD;
    return true;
  }
  return fd_arg(o, fd);
}

bool bool_arg(Object* o, bool dflt, bool* v) {
  if (!o) {
    *v = dflt;
    return true;
  }
  int t = object_is_true(o);
  if (t < 0) return false;
  *v = t == 1;
  return true;
}

bool bytes_like(Object* o, std::string* out) {
  if (is_bytes(o)) {
    out->assign(bytes_data(o), size_t(size_of(o)));
    return true;
  }
  if (!is_str(o) && type_of(o)->bf_getbuffer) {
    Object* b = call1(reinterpret_cast<Object*>(&BytesType), o);
    if (!b) return false;
    out->assign(bytes_data(b), size_t(size_of(b)));
    decref(b);
    return true;
  }
  err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(o));
  return false;
}

namespace {

// A system call's int result: -1 with errno -> OSError naming the path(s).
Object* none_or_error(int r, const Path* p1 = nullptr, const Path* p2 = nullptr) {
  if (r != 0) return raise_errno(p1, p2);
  return none_ref();
}

// Functions that take only keyword-only dir_fd / follow_symlinks arguments
// beyond their paths reject the features Linux lacks the same way CPython does.
bool check_dir_fd_and_fd(const char* fname, const Path& p, int dir_fd) {
  if (p.fd >= 0 && dir_fd != AT_FDCWD) {
    err_format(Exc_ValueError, "%s: can't specify both dir_fd and fd", fname);
    return false;
  }
  return true;
}

bool check_fd_follow(const char* fname, const Path& p, bool follow) {
  if (p.fd >= 0 && !follow) {
    err_format(Exc_ValueError, "%s: cannot use fd and follow_symlinks together", fname);
    return false;
  }
  return true;
}

// ---- files and directories -------------------------------------------------------------------

Object* p_access(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[5] = {};
  if (!parse_args("access", args, nargs, kw, "path,mode|$dir_fd,effective_ids,follow_symlinks", a)) return nullptr;
  Path p{"access"};
  long long mode;
  int dir_fd;
  bool eff, follow;
  if (!p.convert(a[0]) || !int_arg(a[1], &mode) || !dir_fd_arg(a[2], &dir_fd) || !bool_arg(a[3], false, &eff) ||
      !bool_arg(a[4], true, &follow))
    return nullptr;
  int flags = (eff ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
  int r = ::faccessat(dir_fd, p.c_str(), int(mode), flags);
  return bool_ref(r == 0);
}

Object* p_chdir(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!parse_args("chdir", args, nargs, kw, "path", a)) return nullptr;
  Path p{"chdir"};
  p.allow_fd = true;
  if (!p.convert(a[0])) return nullptr;
  return none_or_error(p.fd >= 0 ? ::fchdir(p.fd) : ::chdir(p.c_str()), &p);
}

Object* p_fchdir(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("fchdir", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  return none_or_error(::fchdir(fd));
}

Object* p_chmod(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[4] = {};
  if (!parse_args("chmod", args, nargs, kw, "path,mode|$dir_fd,follow_symlinks", a)) return nullptr;
  Path p{"chmod"};
  p.allow_fd = true;
  long long mode;
  int dir_fd;
  bool follow;
  if (!p.convert(a[0]) || !int_arg(a[1], &mode) || !dir_fd_arg(a[2], &dir_fd) || !bool_arg(a[3], true, &follow) ||
      !check_dir_fd_and_fd("chmod", p, dir_fd) || !check_fd_follow("chmod", p, follow))
    return nullptr;
  int r;
  if (p.fd >= 0) {
    r = ::fchmod(p.fd, mode_t(mode));
  } else if (!follow) {
    // Linux cannot change a symlink's own mode.
    r = ::fchmodat(dir_fd, p.c_str(), mode_t(mode), AT_SYMLINK_NOFOLLOW);
    if (r != 0 && (errno == ENOTSUP || errno == EOPNOTSUPP)) {
      err_set_string(Exc_NotImplementedError, "chmod: follow_symlinks unavailable on this platform");
      return nullptr;
    }
  } else {
    r = ::fchmodat(dir_fd, p.c_str(), mode_t(mode), 0);
  }
  return none_or_error(r, &p);
}

Object* p_fchmod(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int fd;
  long long mode;
  if (!parse_args("fchmod", args, nargs, kw, "fd,mode", a) || !fd_arg(a[0], &fd) || !int_arg(a[1], &mode))
    return nullptr;
  return none_or_error(::fchmod(fd, mode_t(mode)));
}

Object* chown_impl(const char* fname, Object* const* args, ssize nargs, Object* kw, bool follow_default) {
  Object* a[5] = {};
  if (!parse_args(fname, args, nargs, kw, "path,uid,gid|$dir_fd,follow_symlinks", a)) return nullptr;
  Path p{fname};
  p.allow_fd = follow_default;
  long long uid, gid;
  int dir_fd;
  bool follow;
  if (!p.convert(a[0]) || !int_arg(a[1], &uid) || !int_arg(a[2], &gid) || !dir_fd_arg(a[3], &dir_fd) ||
      !bool_arg(a[4], follow_default, &follow) || !check_dir_fd_and_fd(fname, p, dir_fd) ||
      !check_fd_follow(fname, p, follow))
    return nullptr;
  int r = p.fd >= 0 ? ::fchown(p.fd, uid_t(uid), gid_t(gid))
                    : ::fchownat(dir_fd, p.c_str(), uid_t(uid), gid_t(gid), follow ? 0 : AT_SYMLINK_NOFOLLOW);
  return none_or_error(r, &p);
}
Object* p_chown(Object*, Object* const* a, ssize n, Object* k) { return chown_impl("chown", a, n, k, true); }
Object* p_lchown(Object*, Object* const* a, ssize n, Object* k) { return chown_impl("lchown", a, n, k, false); }

Object* p_fchown(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  int fd;
  long long uid, gid;
  if (!parse_args("fchown", args, nargs, kw, "fd,uid,gid", a) || !fd_arg(a[0], &fd) || !int_arg(a[1], &uid) ||
      !int_arg(a[2], &gid))
    return nullptr;
  return none_or_error(::fchown(fd, uid_t(uid), gid_t(gid)));
}

Object* p_chroot(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  Path p{"chroot"};
  if (!parse_args("chroot", args, nargs, kw, "path", a) || !p.convert(a[0])) return nullptr;
  return none_or_error(::chroot(p.c_str()), &p);
}

Object* getcwd_impl(bool as_bytes) {
  std::vector<char> buf(PATH_MAX);
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) return raise_errno();
    buf.resize(buf.size() * 2);
  }
  return decode_path(buf.data(), std::strlen(buf.data()), as_bytes);
}
Object* p_getcwd(Object*, Object* const*, ssize, Object*) { return getcwd_impl(false); }
Object* p_getcwdb(Object*, Object* const*, ssize, Object*) { return getcwd_impl(true); }

Object* p_link(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[5] = {};
  if (!parse_args("link", args, nargs, kw, "src,dst|$src_dir_fd,dst_dir_fd,follow_symlinks", a)) return nullptr;
  Path src{"link", "src"}, dst{"link", "dst"};
  int sfd, dfd;
  bool follow;
  if (!src.convert(a[0]) || !dst.convert(a[1]) || !dir_fd_arg(a[2], &sfd) || !dir_fd_arg(a[3], &dfd) ||
      !bool_arg(a[4], true, &follow))
    return nullptr;
  return none_or_error(::linkat(sfd, src.c_str(), dfd, dst.c_str(), follow ? AT_SYMLINK_FOLLOW : 0), &src, &dst);
}

// listdir(path='.'): the names in a directory (or an open directory fd), as
// str or bytes like the argument, without '.' and '..'.
Object* p_listdir(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1] = {};
  if (!parse_args("listdir", args, nargs, kw, "|path", a)) return nullptr;
  Path p{"listdir"};
  p.nullable = p.allow_fd = true;
  if (a[0] && !p.convert(a[0])) return nullptr;
  DIR* d;
  {
    sched::BlockingSection bs;
    if (p.fd >= 0) {
      int fd = ::dup(p.fd);
      d = fd >= 0 ? ::fdopendir(fd) : nullptr;
      if (!d && fd >= 0) ::close(fd);
      if (d) ::rewinddir(d);
    } else {
      d = ::opendir(!a[0] || p.is_none ? "." : p.c_str());
    }
  }
  if (!d) {
    if (!a[0] || p.is_none) {
      Object* dot = str_from_cstr(".");
      raise_errno_obj(dot);
      xdecref(dot);
      return nullptr;
    }
    return raise_errno(&p);
  }
  Object* list = list_new(0);
  while (list) {
    errno = 0;
    struct dirent* e = ::readdir(d);
    if (!e) {
      if (errno) {
        clearref(list);
        raise_errno(&p);
      }
      break;
    }
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    Object* name = decode_path(e->d_name, std::strlen(e->d_name), p.is_bytes);
    if (!name || list_append(list, name) < 0) {
      xdecref(name);
      clearref(list);
      break;
    }
    decref(name);
  }
  ::closedir(d);
  return list;
}

Object* p_mkdir(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3] = {};
  if (!parse_args("mkdir", args, nargs, kw, "path|mode,$dir_fd", a)) return nullptr;
  Path p{"mkdir"};
  long long mode = 0777;
  int dir_fd;
  if (!p.convert(a[0]) || (a[1] && !int_arg(a[1], &mode)) || !dir_fd_arg(a[2], &dir_fd)) return nullptr;
  return none_or_error(::mkdirat(dir_fd, p.c_str(), mode_t(mode)), &p);
}

Object* p_mkfifo(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3] = {};
  if (!parse_args("mkfifo", args, nargs, kw, "path|mode,$dir_fd", a)) return nullptr;
  Path p{"mkfifo"};
  long long mode = 0666;
  int dir_fd;
  if (!p.convert(a[0]) || (a[1] && !int_arg(a[1], &mode)) || !dir_fd_arg(a[2], &dir_fd)) return nullptr;
  int r;
  {
    sched::BlockingSection bs;
    r = ::mkfifoat(dir_fd, p.c_str(), mode_t(mode));
  }
  return none_or_error(r, &p);
}

Object* p_mknod(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[4] = {};
  if (!parse_args("mknod", args, nargs, kw, "path|mode,device,$dir_fd", a)) return nullptr;
  Path p{"mknod"};
  long long mode = 0600, dev = 0;
  int dir_fd;
  if (!p.convert(a[0]) || (a[1] && !int_arg(a[1], &mode)) || (a[2] && !int_arg(a[2], &dev)) ||
      !dir_fd_arg(a[3], &dir_fd))
    return nullptr;
  return none_or_error(::mknodat(dir_fd, p.c_str(), mode_t(mode), dev_t(dev)), &p);
}

Object* p_makedev(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  long long ma, mi;
  if (!parse_args("makedev", args, nargs, kw, "major,minor", a) || !int_arg(a[0], &ma) || !int_arg(a[1], &mi))
    return nullptr;
  return int_from_u64(makedev((unsigned)ma, (unsigned)mi));
}
Object* p_major(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long d;
  if (!parse_args("major", args, nargs, kw, "device", a) || !int_arg(a[0], &d)) return nullptr;
  return int_from_u64(major(dev_t(d)));
}
Object* p_minor(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long d;
  if (!parse_args("minor", args, nargs, kw, "device", a) || !int_arg(a[0], &d)) return nullptr;
  return int_from_u64(minor(dev_t(d)));
}

// open(path, flags, mode=0o777, *, dir_fd=None): a raw descriptor, non-inheritable (O_CLOEXEC) as in CPython.
Object* p_open(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[4] = {};
  if (!parse_args("open", args, nargs, kw, "path,flags|mode,$dir_fd", a)) return nullptr;
  Path p{"open"};
  long long flags, mode = 0777;
  int dir_fd;
  if (!p.convert(a[0]) || !int_arg(a[1], &flags) || (a[2] && !int_arg(a[2], &mode)) || !dir_fd_arg(a[3], &dir_fd))
    return nullptr;
  // natives4: the "open" audit event (path, None, flags), as CPython's os.open
  if (sys_audit_active() && audit_event("open", {newref(a[0]), none_ref(), int_from_i64(int(flags) | O_CLOEXEC)}) < 0)
    return nullptr;
  int fd;
  do {
    sched::BlockingSection bs;
    fd = ::openat(dir_fd, p.c_str(), int(flags) | O_CLOEXEC, mode_t(mode));
  } while (fd < 0 && sched::retry_after_eintr());
  if (fd < 0) return err_occurred() ? nullptr : raise_errno(&p);
  return int_from_i64(fd);
}

Object* p_close(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("close", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  // close(2) is not retried after EINTR: the descriptor is gone either way on Linux.
  if (::close(fd) != 0 && errno != EINTR) return raise_errno();
  return none_ref();
}

Object* p_closerange(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int lo, hi;
  if (!parse_args("closerange", args, nargs, kw, "fd_low,fd_high", a) || !fd_arg(a[0], &lo) || !fd_arg(a[1], &hi))
    return nullptr;
  for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) ::close(fd);
  return none_ref();
}

Object* p_dup(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("dup", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  return r < 0 ? raise_errno() : int_from_i64(r);
}

Object* p_dup2(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3] = {};
  if (!parse_args("dup2", args, nargs, kw, "fd,fd2|inheritable", a)) return nullptr;
  int fd, fd2;
  bool inheritable;
  if (!fd_arg(a[0], &fd) || !fd_arg(a[1], &fd2) || !bool_arg(a[2], true, &inheritable)) return nullptr;
  int r = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
  if (r < 0 && !inheritable && fd == fd2) {
    errno = EINVAL;
  }
  return r < 0 ? raise_errno() : int_from_i64(r);
}

Object* p_lseek(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  int fd;
  long long pos, how;
  if (!parse_args("lseek", args, nargs, kw, "fd,position,whence", a) || !fd_arg(a[0], &fd) ||
      !int_arg(a[1], &pos) || !int_arg(a[2], &how))
    return nullptr;
  off_t r;
  {
    sched::BlockingSection bs;
    r = ::lseek(fd, off_t(pos), int(how));
  }
  return r < 0 ? raise_errno() : int_from_i64(r);
}

bool length_arg(const char* what, Object* o, size_t* n) {
  long long v;
  if (!int_arg(o, &v)) return false;
  if (v < 0) {
    errno = EINVAL;
    raise_errno();
    return false;
  }
  (void)what;
  *n = size_t(v);
  return true;
}

// read(fd, n): at most n bytes (fewer at end of file), the GIL released meanwhile.
Object* p_read(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int fd;
  size_t n;
  if (!parse_args("read", args, nargs, kw, "fd,length", a) || !fd_arg(a[0], &fd) || !length_arg("read", a[1], &n))
    return nullptr;
  std::string buf;
  try {
    buf.resize(n);
  } catch (const std::bad_alloc&) {
    return err_no_memory();
  }
  ssize_t r = sched::read_fd(fd, buf.data(), n);
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return bytes_from(buf.data(), r);
}

Object* p_pread(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  int fd;
  size_t n;
  long long off;
  if (!parse_args("pread", args, nargs, kw, "fd,length,offset", a) || !fd_arg(a[0], &fd) ||
      !length_arg("pread", a[1], &n) || !int_arg(a[2], &off))
    return nullptr;
  std::string buf;
  try {
    buf.resize(n);
  } catch (const std::bad_alloc&) {
    return err_no_memory();
  }
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = ::pread(fd, buf.data(), n, off_t(off));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return bytes_from(buf.data(), r);
}

// write(fd, data): bytes written (possibly fewer), the GIL released meanwhile.
Object* p_write(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int fd;
  std::string data;
  if (!parse_args("write", args, nargs, kw, "fd,data", a) || !fd_arg(a[0], &fd) || !bytes_like(a[1], &data))
    return nullptr;
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = ::write(fd, data.data(), data.size());
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return int_from_i64(r);
}

Object* p_pwrite(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  int fd;
  std::string data;
  long long off;
  if (!parse_args("pwrite", args, nargs, kw, "fd,data,offset", a) || !fd_arg(a[0], &fd) ||
      !bytes_like(a[1], &data) || !int_arg(a[2], &off))
    return nullptr;
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = ::pwrite(fd, data.data(), data.size(), off_t(off));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return int_from_i64(r);
}

// writev(fd, buffers): the buffers written in one call.
Object* p_writev(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int fd;
  if (!parse_args("writev", args, nargs, kw, "fd,buffers", a) || !fd_arg(a[0], &fd)) return nullptr;
  Object* seq = sequence_list(a[1]);
  if (!seq) {
    err_clear();
    err_set_string(Exc_TypeError, "writev() arg 2 must be a sequence");
    return nullptr;
  }
  std::vector<std::string> bufs(size_t(size_of(seq)));
  for (ssize i = 0; i < size_of(seq); i++)
    if (!bytes_like(list_get(seq, i), &bufs[size_t(i)])) {
      decref(seq);
      return nullptr;
    }
  decref(seq);
  std::vector<struct iovec> iov(bufs.size());
  for (size_t i = 0; i < bufs.size(); i++) iov[i] = {bufs[i].data(), bufs[i].size()};
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = ::writev(fd, iov.data(), int(iov.size()));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return int_from_i64(r);
}

// readv(fd, buffers) / preadv(fd, buffers, offset[, flags]): read into each
// writable buffer (bytearray, memoryview ...) in turn; the bytes read in all.
Object* readv_impl(const char* fname, Object* const* args, ssize nargs, Object* kw, bool positional) {
  Object* a[4] = {};
  if (!parse_args(fname, args, nargs, kw, positional ? "fd,buffers,offset|flags" : "fd,buffers", a)) return nullptr;
  int fd;
  long long off = 0, flags = 0;
  if (!fd_arg(a[0], &fd) || (positional && !int_arg(a[2], &off)) || (a[3] && !int_arg(a[3], &flags)))
    return nullptr;
  Object* seq = sequence_list(a[1]);
  if (!seq) return nullptr;
  std::vector<size_t> sizes;
  size_t total = 0;
  for (ssize i = 0; i < size_of(seq); i++) {
    ssize n = object_length(list_get(seq, i));
    if (n < 0) {
      decref(seq);
      return nullptr;
    }
    sizes.push_back(size_t(n));
    total += size_t(n);
  }
  std::string buf(total, '\0');
  std::vector<struct iovec> iov;
  size_t pos = 0;
  for (size_t n : sizes) {
    iov.push_back({buf.data() + pos, n});
    pos += n;
  }
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = positional ? ::preadv2(fd, iov.data(), int(iov.size()), off_t(off), int(flags))
                   : ::readv(fd, iov.data(), int(iov.size()));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) {
    decref(seq);
    return err_occurred() ? nullptr : raise_errno();
  }
  // Copy what arrived into the buffers through slice assignment (buf[0:n] = data).
  size_t done = 0;
  for (ssize i = 0; i < size_of(seq) && done < size_t(r); i++) {
    size_t n = sizes[size_t(i)] < size_t(r) - done ? sizes[size_t(i)] : size_t(r) - done;
    Object* data = bytes_from(buf.data() + done, ssize(n));
    Object* zero = int_from_i64(0);
    Object* end = int_from_i64(ssize(n));
    Object* sl = data && zero && end ? slice_new(zero, end, nullptr) : nullptr;
    int rc = sl ? object_setitem(list_get(seq, i), sl, data) : -1;
    xdecref(data);
    xdecref(zero);
    xdecref(end);
    xdecref(sl);
    if (rc < 0) {
      decref(seq);
      return nullptr;
    }
    done += n;
  }
  decref(seq);
  return int_from_i64(r);
}
Object* p_readv(Object*, Object* const* a, ssize n, Object* k) { return readv_impl("readv", a, n, k, false); }
Object* p_preadv(Object*, Object* const* a, ssize n, Object* k) { return readv_impl("preadv", a, n, k, true); }

Object* p_pwritev(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[4] = {};
  if (!parse_args("pwritev", args, nargs, kw, "fd,buffers,offset|flags", a)) return nullptr;
  int fd;
  long long off, flags = 0;
  if (!fd_arg(a[0], &fd) || !int_arg(a[2], &off) || (a[3] && !int_arg(a[3], &flags))) return nullptr;
  Object* seq = sequence_list(a[1]);
  if (!seq) return nullptr;
  std::vector<std::string> bufs(size_t(size_of(seq)));
  for (ssize i = 0; i < size_of(seq); i++)
    if (!bytes_like(list_get(seq, i), &bufs[size_t(i)])) {
      decref(seq);
      return nullptr;
    }
  decref(seq);
  std::vector<struct iovec> iov;
  for (std::string& b : bufs) iov.push_back({b.data(), b.size()});
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = ::pwritev2(fd, iov.data(), int(iov.size()), off_t(off), int(flags));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return int_from_i64(r);
}

Object* p_splice(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[6] = {};
  if (!parse_args("splice", args, nargs, kw, "src,dst,count|offset_src,offset_dst,flags", a)) return nullptr;
  int src, dst;
  long long count, flags = 0, v;
  if (!fd_arg(a[0], &src) || !fd_arg(a[1], &dst) || !int_arg(a[2], &count) || (a[5] && !int_arg(a[5], &flags)))
    return nullptr;
  loff_t os = 0, od = 0;
  bool use_os = a[3] && a[3] != None, use_od = a[4] && a[4] != None;
  if (use_os) {
    if (!int_arg(a[3], &v)) return nullptr;
    os = loff_t(v);
  }
  if (use_od) {
    if (!int_arg(a[4], &v)) return nullptr;
    od = loff_t(v);
  }
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = ::splice(src, use_os ? &os : nullptr, dst, use_od ? &od : nullptr, size_t(count), unsigned(flags));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return int_from_i64(r);
}

Object* p_login_tty(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("login_tty", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  if (::login_tty(fd) != 0) return raise_errno();
  return none_ref();
}

Object* p_sendfile(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[4];
  if (!parse_args("sendfile", args, nargs, kw, "out_fd,in_fd,offset,count", a)) return nullptr;
  int out, in;
  long long count;
  if (!fd_arg(a[0], &out) || !fd_arg(a[1], &in) || !int_arg(a[3], &count)) return nullptr;
  off_t off = 0;
  bool use_off = a[2] != None;
  if (use_off) {
    long long o;
    if (!int_arg(a[2], &o)) return nullptr;
    off = off_t(o);
  }
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = ::sendfile(out, in, use_off ? &off : nullptr, size_t(count));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return int_from_i64(r);
}

Object* p_copy_file_range(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[5] = {};
  if (!parse_args("copy_file_range", args, nargs, kw, "src,dst,count|offset_src,offset_dst", a)) return nullptr;
  int src, dst;
  long long count;
  if (!fd_arg(a[0], &src) || !fd_arg(a[1], &dst) || !int_arg(a[2], &count)) return nullptr;
  loff_t os = 0, od = 0;
  bool use_os = a[3] && a[3] != None, use_od = a[4] && a[4] != None;
  long long v;
  if (use_os) {
    if (!int_arg(a[3], &v)) return nullptr;
    os = loff_t(v);
  }
  if (use_od) {
    if (!int_arg(a[4], &v)) return nullptr;
    od = loff_t(v);
  }
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = ::copy_file_range(src, use_os ? &os : nullptr, dst, use_od ? &od : nullptr, size_t(count), 0);
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return int_from_i64(r);
}

Object* pipe_pair(int fds[2]) {
  Object* a = int_from_i64(fds[0]);
  Object* b = int_from_i64(fds[1]);
  Object* t = a && b ? tuple_pack(2, a, b) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

Object* p_pipe(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!no_kwargs("pipe", kw)) return nullptr;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return raise_errno();
  return pipe_pair(fds);
}

Object* p_pipe2(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long flags;
  if (!parse_args("pipe2", args, nargs, kw, "flags", a) || !int_arg(a[0], &flags)) return nullptr;
  int fds[2];
  if (::pipe2(fds, int(flags)) != 0) return raise_errno();
  return pipe_pair(fds);
}

Object* fd_sync(const char* fname, Object* const* args, ssize nargs, Object* kw, int (*fn)(int)) {
  Object* a[1];
  if (!parse_args(fname, args, nargs, kw, "fd", a)) return nullptr;
  int fd;
  // Like CPython: any object with fileno() is accepted.
  if (!is_int(a[0])) {
    Object* f = call_method0(a[0], names::fileno);
    if (!f) return nullptr;
    bool ok = fd_arg(f, &fd);
    decref(f);
    if (!ok) return nullptr;
  } else if (!fd_arg(a[0], &fd)) {
    return nullptr;
  }
  int r;
  do {
    sched::BlockingSection bs;
    r = fn(fd);
  } while (r != 0 && sched::retry_after_eintr());
  if (r != 0) return err_occurred() ? nullptr : raise_errno();
  return none_ref();
}
Object* p_fsync(Object*, Object* const* a, ssize n, Object* k) { return fd_sync("fsync", a, n, k, ::fsync); }
Object* p_fdatasync(Object*, Object* const* a, ssize n, Object* k) {
  return fd_sync("fdatasync", a, n, k, ::fdatasync);
}

Object* p_sync(Object*, Object* const*, ssize, Object*) {
  {
    sched::BlockingSection bs;
    ::sync();
  }
  return none_ref();
}

Object* p_ftruncate(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int fd;
  long long len;
  if (!parse_args("ftruncate", args, nargs, kw, "fd,length", a) || !fd_arg(a[0], &fd) || !int_arg(a[1], &len))
    return nullptr;
  int r;
  do {
    sched::BlockingSection bs;
    r = ::ftruncate(fd, off_t(len));
  } while (r != 0 && sched::retry_after_eintr());
  if (r != 0) return err_occurred() ? nullptr : raise_errno();
  return none_ref();
}

Object* p_truncate(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  if (!parse_args("truncate", args, nargs, kw, "path,length", a)) return nullptr;
  Path p{"truncate"};
  p.allow_fd = true;
  long long len;
  if (!p.convert(a[0]) || !int_arg(a[1], &len)) return nullptr;
  int r;
  {
    sched::BlockingSection bs;
    r = p.fd >= 0 ? ::ftruncate(p.fd, off_t(len)) : ::truncate(p.c_str(), off_t(len));
  }
  return none_or_error(r, &p);
}

Object* p_isatty(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("isatty", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  return bool_ref(::isatty(fd) == 1);
}

Object* p_ttyname(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("ttyname", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  char buf[256];
  int r = ::ttyname_r(fd, buf, sizeof buf);
  if (r != 0) {
    errno = r;
    return raise_errno();
  }
  return decode_path(buf, std::strlen(buf), false);
}

Object* p_get_blocking(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("get_blocking", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  int fl = ::fcntl(fd, F_GETFL);
  if (fl < 0) return raise_errno();
  return bool_ref(!(fl & O_NONBLOCK));
}

Object* p_set_blocking(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int fd;
  bool blocking;
  if (!parse_args("set_blocking", args, nargs, kw, "fd,blocking", a) || !fd_arg(a[0], &fd) ||
      !bool_arg(a[1], true, &blocking))
    return nullptr;
  int fl = ::fcntl(fd, F_GETFL);
  if (fl < 0) return raise_errno();
  int nfl = blocking ? (fl & ~O_NONBLOCK) : (fl | O_NONBLOCK);
  if (nfl != fl && ::fcntl(fd, F_SETFL, nfl) < 0) return raise_errno();
  return none_ref();
}

Object* p_get_inheritable(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("get_inheritable", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  int fl = ::fcntl(fd, F_GETFD);
  if (fl < 0) return raise_errno();
  return bool_ref(!(fl & FD_CLOEXEC));
}

Object* p_set_inheritable(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int fd;
  bool inh;
  if (!parse_args("set_inheritable", args, nargs, kw, "fd,inheritable", a) || !fd_arg(a[0], &fd) ||
      !bool_arg(a[1], false, &inh))
    return nullptr;
  int fl = ::fcntl(fd, F_GETFD);
  if (fl < 0) return raise_errno();
  int nfl = inh ? (fl & ~FD_CLOEXEC) : (fl | FD_CLOEXEC);
  if (nfl != fl && ::fcntl(fd, F_SETFD, nfl) < 0) return raise_errno();
  return none_ref();
}

Object* p_device_encoding(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("device_encoding", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  if (::isatty(fd) == 1) return str_from_cstr("UTF-8");
  return none_ref();
}

Object* p_openpty(Object*, Object* const*, ssize, Object* kw) {
  if (!no_kwargs("openpty", kw)) return nullptr;
  int fds[2];
  if (::openpty(&fds[0], &fds[1], nullptr, nullptr, nullptr) != 0) return raise_errno();
  ::fcntl(fds[0], F_SETFD, FD_CLOEXEC);
  ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
  return pipe_pair(fds);
}

Object* p_lockf(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  int fd;
  long long cmd, len;
  if (!parse_args("lockf", args, nargs, kw, "fd,command,length", a) || !fd_arg(a[0], &fd) ||
      !int_arg(a[1], &cmd) || !int_arg(a[2], &len))
    return nullptr;
  int r;
  do {
    sched::BlockingSection bs;
    r = ::lockf(fd, int(cmd), off_t(len));
  } while (r != 0 && sched::retry_after_eintr());
  if (r != 0) return err_occurred() ? nullptr : raise_errno();
  return none_ref();
}

Object* p_posix_fallocate(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  int fd;
  long long off, len;
  if (!parse_args("posix_fallocate", args, nargs, kw, "fd,offset,length", a) || !fd_arg(a[0], &fd) ||
      !int_arg(a[1], &off) || !int_arg(a[2], &len))
    return nullptr;
  int r;
  {
    sched::BlockingSection bs;
    r = ::posix_fallocate(fd, off_t(off), off_t(len));
  }
  if (r != 0) {
    errno = r;
    return raise_errno();
  }
  return none_ref();
}

Object* p_posix_fadvise(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[4];
  int fd;
  long long off, len, advice;
  if (!parse_args("posix_fadvise", args, nargs, kw, "fd,offset,length,advice", a) || !fd_arg(a[0], &fd) ||
      !int_arg(a[1], &off) || !int_arg(a[2], &len) || !int_arg(a[3], &advice))
    return nullptr;
  int r = ::posix_fadvise(fd, off_t(off), off_t(len), int(advice));
  if (r != 0) {
    errno = r;
    return raise_errno();
  }
  return none_ref();
}

Object* p_readlink(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2] = {};
  if (!parse_args("readlink", args, nargs, kw, "path|$dir_fd", a)) return nullptr;
  Path p{"readlink"};
  int dir_fd;
  if (!p.convert(a[0]) || !dir_fd_arg(a[1], &dir_fd)) return nullptr;
  std::vector<char> buf(PATH_MAX);
  for (;;) {
    ssize_t n = ::readlinkat(dir_fd, p.c_str(), buf.data(), buf.size());
    if (n < 0) return raise_errno(&p);
    if (size_t(n) < buf.size()) return decode_path(buf.data(), size_t(n), p.is_bytes);
    buf.resize(buf.size() * 2);
  }
}

Object* unlink_impl(const char* fname, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2] = {};
  if (!parse_args(fname, args, nargs, kw, "path|$dir_fd", a)) return nullptr;
  Path p{fname};
  int dir_fd;
  if (!p.convert(a[0]) || !dir_fd_arg(a[1], &dir_fd)) return nullptr;
  int r;
  {
    sched::BlockingSection bs;
    r = ::unlinkat(dir_fd, p.c_str(), 0);
  }
  return none_or_error(r, &p);
}
Object* p_remove(Object*, Object* const* a, ssize n, Object* k) { return unlink_impl("remove", a, n, k); }
Object* p_unlink(Object*, Object* const* a, ssize n, Object* k) { return unlink_impl("unlink", a, n, k); }

Object* rename_impl(const char* fname, Object* const* args, ssize nargs, Object* kw) {
  Object* a[4] = {};
  if (!parse_args(fname, args, nargs, kw, "src,dst|$src_dir_fd,dst_dir_fd", a)) return nullptr;
  Path src{fname, "src"}, dst{fname, "dst"};
  int sfd, dfd;
  if (!src.convert(a[0]) || !dst.convert(a[1]) || !dir_fd_arg(a[2], &sfd) || !dir_fd_arg(a[3], &dfd))
    return nullptr;
  if (src.is_bytes != dst.is_bytes) {
    err_format(Exc_TypeError, "%s: src and dst must be the same type", fname);
    return nullptr;
  }
  int r;
  {
    sched::BlockingSection bs;
    r = ::renameat(sfd, src.c_str(), dfd, dst.c_str());
  }
  return none_or_error(r, &src, &dst);
}
Object* p_rename(Object*, Object* const* a, ssize n, Object* k) { return rename_impl("rename", a, n, k); }
Object* p_replace(Object*, Object* const* a, ssize n, Object* k) { return rename_impl("replace", a, n, k); }

Object* p_rmdir(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2] = {};
  if (!parse_args("rmdir", args, nargs, kw, "path|$dir_fd", a)) return nullptr;
  Path p{"rmdir"};
  int dir_fd;
  if (!p.convert(a[0]) || !dir_fd_arg(a[1], &dir_fd)) return nullptr;
  int r;
  {
    sched::BlockingSection bs;
    r = ::unlinkat(dir_fd, p.c_str(), AT_REMOVEDIR);
  }
  return none_or_error(r, &p);
}

Object* p_symlink(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[4] = {};
  if (!parse_args("symlink", args, nargs, kw, "src,dst|target_is_directory,$dir_fd", a)) return nullptr;
  Path src{"symlink", "src"}, dst{"symlink", "dst"};
  int dir_fd;
  if (!src.convert(a[0]) || !dst.convert(a[1]) || !dir_fd_arg(a[3], &dir_fd)) return nullptr;
  return none_or_error(::symlinkat(src.c_str(), dir_fd, dst.c_str()), &src, &dst);
}

Object* p_umask(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long m;
  if (!parse_args("umask", args, nargs, kw, "mask", a) || !int_arg(a[0], &m)) return nullptr;
  return int_from_i64(::umask(mode_t(m)));
}

Object* p_fspath(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!parse_args("fspath", args, nargs, kw, "path", a)) return nullptr;
  return fspath(a[0]);
}

Object* p_strerror(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long code;
  if (!parse_args("strerror", args, nargs, kw, "code", a) || !int_arg(a[0], &code)) return nullptr;
  return str_from_cstr(std::strerror(int(code)));
}


// ---- the environment ---------------------------------------------------------------------------

// putenv(name, value) / unsetenv(name): os.environ calls these to keep the
// process environment in step with its mapping.
bool env_name(const char* fname, Object* o, std::string* out, bool for_put) {
  Path p{fname, "name"};
  if (!p.convert(o)) return false;
  if (p.bytes.empty() || (for_put && p.bytes.find('=') != std::string::npos)) {
    err_set_string(Exc_ValueError, "illegal environment variable name");
    return false;
  }
  *out = p.bytes;
  return true;
}

Object* p_putenv(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  if (!parse_args("putenv", args, nargs, kw, "name,value", a)) return nullptr;
  std::string name;
  Path value{"putenv", "value"};
  if (!env_name("putenv", a[0], &name, true) || !value.convert(a[1])) return nullptr;
  if (::setenv(name.c_str(), value.c_str(), 1) != 0) return raise_errno();
  return none_ref();
}

Object* p_unsetenv(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!parse_args("unsetenv", args, nargs, kw, "name", a)) return nullptr;
  std::string name;
  if (!env_name("unsetenv", a[0], &name, false)) return nullptr;
  if (::unsetenv(name.c_str()) != 0) return raise_errno();
  return none_ref();
}

// posix.environ: {bytes name: bytes value} at start-up (os.py decodes it).
Object* make_environ() {
  Object* d = dict_new();
  if (!d) return nullptr;
  for (char** e = ::environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Object* k = bytes_from(*e, eq - *e);
    Object* v = bytes_from(eq + 1, ssize(std::strlen(eq + 1)));
    int r = k && v ? (dict_contains(d, k) == 1 ? 0 : dict_setitem(d, k, v)) : -1;
    xdecref(k);
    xdecref(v);
    if (r < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

// _path_normpath(path): posixpath.normpath's core (3.11 calls it when posix has it).
Object* p_path_normpath(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!parse_args("_path_normpath", args, nargs, kw, "path", a)) return nullptr;
  if (!is_str(a[0])) {
    err_format(Exc_TypeError, "expected 'str', not '%s'", type_name(a[0]));
    return nullptr;
  }
  std::string path(str_view(a[0]));
  if (path.empty()) return str_from_cstr("");
  int initial = path[0] == '/' ? 1 : 0;
  if (initial && path.compare(0, 2, "//") == 0 && path.compare(0, 3, "///") != 0) initial = 2;
  std::vector<std::string> comps;
  size_t start = 0;
  while (start <= path.size()) {
    size_t e = path.find('/', start);
    if (e == std::string::npos) e = path.size();
    std::string comp = path.substr(start, e - start);
    start = e + 1;
    if (comp.empty() || comp == ".") continue;
    if (comp != ".." || (!initial && comps.empty()) || (!comps.empty() && comps.back() == ".."))
      comps.push_back(comp);
    else if (!comps.empty())
      comps.pop_back();
  }
  std::string out(size_t(initial), '/');
  for (size_t i = 0; i < comps.size(); i++) {
    if (i) out += '/';
    out += comps[i];
  }
  if (out.empty()) out = ".";
  return str_from(out);
}

Object* p_urandom(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long n;
  if (!parse_args("urandom", args, nargs, kw, "size", a) || !int_arg(a[0], &n)) return nullptr;
  if (n < 0) {
    err_set_string(Exc_ValueError, "negative argument not allowed");
    return nullptr;
  }
  std::string buf;
  try {
    buf.resize(size_t(n));
  } catch (const std::bad_alloc&) {
    return err_no_memory();
  }
  size_t got = 0;
  while (got < size_t(n)) {
    ssize_t r = ::getrandom(buf.data() + got, size_t(n) - got, 0);
    if (r < 0) {
      if (errno == EINTR && sched::retry_after_eintr()) continue;
      return err_occurred() ? nullptr : raise_errno();
    }
    got += size_t(r);
  }
  return bytes_from(buf.data(), ssize(n));
}

Object* p_getrandom(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2] = {};
  long long n, flags = 0;
  if (!parse_args("getrandom", args, nargs, kw, "size|flags", a) || !int_arg(a[0], &n) ||
      (a[1] && !int_arg(a[1], &flags)))
    return nullptr;
  if (n < 0) {
    errno = EINVAL;
    return raise_errno();
  }
  std::string buf(size_t(n), '\0');
  ssize_t r;
  do {
    r = ::getrandom(buf.data(), size_t(n), unsigned(flags));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return bytes_from(buf.data(), r);
}

Object* p_eventfd(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2] = {};
  long long init, flags = EFD_CLOEXEC;
  if (!parse_args("eventfd", args, nargs, kw, "initval|flags", a) || !int_arg(a[0], &init) ||
      (a[1] && !int_arg(a[1], &flags)))
    return nullptr;
  int fd = ::eventfd(unsigned(init), int(flags));
  return fd < 0 ? raise_errno() : int_from_i64(fd);
}

Object* p_eventfd_read(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("eventfd_read", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  eventfd_t v;
  int r;
  do {
    sched::BlockingSection bs;
    r = ::eventfd_read(fd, &v);
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return int_from_u64(v);
}

Object* p_eventfd_write(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int fd;
  long long v;
  if (!parse_args("eventfd_write", args, nargs, kw, "fd,value", a) || !fd_arg(a[0], &fd) || !int_arg(a[1], &v))
    return nullptr;
  int r;
  do {
    sched::BlockingSection bs;
    r = ::eventfd_write(fd, eventfd_t(v));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return none_ref();
}

Object* p_memfd_create(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2] = {};
  if (!parse_args("memfd_create", args, nargs, kw, "name|flags", a)) return nullptr;
  Path p{"memfd_create", "name"};
  long long flags = MFD_CLOEXEC;
  if (!p.convert(a[0]) || (a[1] && !int_arg(a[1], &flags))) return nullptr;
  int fd = ::memfd_create(p.c_str(), unsigned(flags));
  return fd < 0 ? raise_errno() : int_from_i64(fd);
}

}  // namespace

MethodDef posix_core_functions[] = {
    {"access", p_access, METH_DEFAULT, nullptr},
    {"chdir", p_chdir, METH_DEFAULT, nullptr},
    {"fchdir", p_fchdir, METH_DEFAULT, nullptr},
    {"chmod", p_chmod, METH_DEFAULT, nullptr},
    {"fchmod", p_fchmod, METH_DEFAULT, nullptr},
    {"chown", p_chown, METH_DEFAULT, nullptr},
    {"lchown", p_lchown, METH_DEFAULT, nullptr},
    {"fchown", p_fchown, METH_DEFAULT, nullptr},
    {"chroot", p_chroot, METH_DEFAULT, nullptr},
    {"getcwd", p_getcwd, METH_DEFAULT, nullptr},
    {"getcwdb", p_getcwdb, METH_DEFAULT, nullptr},
    {"link", p_link, METH_DEFAULT, nullptr},
    {"listdir", p_listdir, METH_DEFAULT, nullptr},
    {"mkdir", p_mkdir, METH_DEFAULT, nullptr},
    {"mkfifo", p_mkfifo, METH_DEFAULT, nullptr},
    {"mknod", p_mknod, METH_DEFAULT, nullptr},
    {"makedev", p_makedev, METH_DEFAULT, nullptr},
    {"major", p_major, METH_DEFAULT, nullptr},
    {"minor", p_minor, METH_DEFAULT, nullptr},
    {"open", p_open, METH_DEFAULT, nullptr},
    {"close", p_close, METH_DEFAULT, nullptr},
    {"closerange", p_closerange, METH_DEFAULT, nullptr},
    {"dup", p_dup, METH_DEFAULT, nullptr},
    {"dup2", p_dup2, METH_DEFAULT, nullptr},
    {"lseek", p_lseek, METH_DEFAULT, nullptr},
    {"read", p_read, METH_DEFAULT, nullptr},
    {"pread", p_pread, METH_DEFAULT, nullptr},
    {"write", p_write, METH_DEFAULT, nullptr},
    {"pwrite", p_pwrite, METH_DEFAULT, nullptr},
    {"writev", p_writev, METH_DEFAULT, nullptr},
    {"readv", p_readv, METH_DEFAULT, nullptr},
    {"preadv", p_preadv, METH_DEFAULT, nullptr},
    {"pwritev", p_pwritev, METH_DEFAULT, nullptr},
    {"splice", p_splice, METH_DEFAULT, nullptr},
    {"login_tty", p_login_tty, METH_DEFAULT, nullptr},
    {"sendfile", p_sendfile, METH_DEFAULT, nullptr},
    {"copy_file_range", p_copy_file_range, METH_DEFAULT, nullptr},
    {"pipe", p_pipe, METH_DEFAULT, nullptr},
    {"pipe2", p_pipe2, METH_DEFAULT, nullptr},
    {"fsync", p_fsync, METH_DEFAULT, nullptr},
    {"fdatasync", p_fdatasync, METH_DEFAULT, nullptr},
    {"sync", p_sync, METH_DEFAULT, nullptr},
    {"ftruncate", p_ftruncate, METH_DEFAULT, nullptr},
    {"truncate", p_truncate, METH_DEFAULT, nullptr},
    {"isatty", p_isatty, METH_DEFAULT, nullptr},
    {"ttyname", p_ttyname, METH_DEFAULT, nullptr},
    {"get_blocking", p_get_blocking, METH_DEFAULT, nullptr},
    {"set_blocking", p_set_blocking, METH_DEFAULT, nullptr},
    {"get_inheritable", p_get_inheritable, METH_DEFAULT, nullptr},
    {"set_inheritable", p_set_inheritable, METH_DEFAULT, nullptr},
    {"device_encoding", p_device_encoding, METH_DEFAULT, nullptr},
    {"openpty", p_openpty, METH_DEFAULT, nullptr},
    {"lockf", p_lockf, METH_DEFAULT, nullptr},
    {"posix_fallocate", p_posix_fallocate, METH_DEFAULT, nullptr},
    {"posix_fadvise", p_posix_fadvise, METH_DEFAULT, nullptr},
    {"readlink", p_readlink, METH_DEFAULT, nullptr},
    {"remove", p_remove, METH_DEFAULT, nullptr},
    {"unlink", p_unlink, METH_DEFAULT, nullptr},
    {"rename", p_rename, METH_DEFAULT, nullptr},
    {"replace", p_replace, METH_DEFAULT, nullptr},
    {"rmdir", p_rmdir, METH_DEFAULT, nullptr},
    {"symlink", p_symlink, METH_DEFAULT, nullptr},
    {"umask", p_umask, METH_DEFAULT, nullptr},
    {"fspath", p_fspath, METH_DEFAULT, nullptr},
    {"strerror", p_strerror, METH_DEFAULT, nullptr},
    {"putenv", p_putenv, METH_DEFAULT, nullptr},
    {"unsetenv", p_unsetenv, METH_DEFAULT, nullptr},
    {"_path_normpath", p_path_normpath, METH_DEFAULT, nullptr},
    {"urandom", p_urandom, METH_DEFAULT, nullptr},
    {"getrandom", p_getrandom, METH_DEFAULT, nullptr},
    {"eventfd", p_eventfd, METH_DEFAULT, nullptr},
    {"eventfd_read", p_eventfd_read, METH_DEFAULT, nullptr},
    {"eventfd_write", p_eventfd_write, METH_DEFAULT, nullptr},
    {"memfd_create", p_memfd_create, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace stdlib::posix

namespace stdlib {

using namespace rt;

namespace {

struct IntConstant {
  const char* name;
  long long value;
};
const IntConstant posix_constants[] = {
#include "posix_constants.inc"
    // glibc declares these as enumerators, not macros: always present on Linux.
    {"CLD_EXITED", CLD_EXITED}, {"CLD_KILLED", CLD_KILLED}, {"CLD_DUMPED", CLD_DUMPED},
    {"CLD_TRAPPED", CLD_TRAPPED}, {"CLD_STOPPED", CLD_STOPPED}, {"CLD_CONTINUED", CLD_CONTINUED},
    {"P_ALL", P_ALL}, {"P_PID", P_PID}, {"P_PGID", P_PGID}, {"P_PIDFD", P_PIDFD},
    {"PRIO_PROCESS", PRIO_PROCESS}, {"PRIO_PGRP", PRIO_PGRP}, {"PRIO_USER", PRIO_USER},
    {"ST_RDONLY", ST_RDONLY}, {"ST_NOSUID", ST_NOSUID}, {"ST_NODEV", ST_NODEV}, {"ST_NOEXEC", ST_NOEXEC},
    {"ST_SYNCHRONOUS", ST_SYNCHRONOUS}, {"ST_MANDLOCK", ST_MANDLOCK}, {"ST_WRITE", ST_WRITE},
    {"ST_APPEND", ST_APPEND}, {"ST_NOATIME", ST_NOATIME}, {"ST_NODIRATIME", ST_NODIRATIME},
    {"ST_RELATIME", ST_RELATIME}, {"XATTR_CREATE", XATTR_CREATE}, {"XATTR_REPLACE", XATTR_REPLACE},
    // posix_spawn's file actions are CPython's own numbering.
    {"POSIX_SPAWN_OPEN", 0}, {"POSIX_SPAWN_CLOSE", 1}, {"POSIX_SPAWN_DUP2", 2},
    {nullptr, 0},
};

// The functions of CPython's posix module that take dir_fd, fd or
// follow_symlinks on this system (os.py builds supports_dir_fd & co. from them).
const char* const have_functions[] = {
    "HAVE_EVENTFD", "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
    "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_MEMFD_CREATE", "HAVE_MKDIRAT",
    "HAVE_MKFIFOAT", "HAVE_MKNODAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT",
    "HAVE_UNLINKAT", "HAVE_UTIMENSAT", nullptr};

int add_string_list(Object* m, const char* name, const char* const* items) {
  Object* l = list_new(0);
  if (!l) return -1;
  for (const char* const* p = items; *p; ++p) {
    Object* s = str_from_cstr(*p);
    if (!s || list_append(l, s) < 0) {
      xdecref(s);
      decref(l);
      return -1;
    }
    decref(s);
  }
  return module_add_object(m, name, l);
}

}  // namespace

Object* init_posix_module() {
  Object* m = module_new("posix");
  if (!m) return nullptr;
  if (module_add_functions(m, posix::posix_core_functions) < 0 ||
      module_add_functions(m, posix::posix_fs_functions) < 0 ||
      module_add_functions(m, posix::posix_process_functions) < 0 ||
      module_add_functions(m, posix::posix_fork_functions) < 0 || posix::add_fs_objects(m) < 0 ||
      posix::add_process_objects(m) < 0 || add_string_list(m, "_have_functions", have_functions) < 0 ||
      module_add_object(m, "environ", posix::make_environ()) < 0 ||
      module_add_object(m, "error", newref(reinterpret_cast<Object*>(Exc_OSError))) < 0)
    goto fail;
  for (const IntConstant* c = posix_constants; c->name; ++c)
    if (module_add_object(m, c->name, int_from_i64(c->value)) < 0) goto fail;
  return m;
fail:
  decref(m);
  return nullptr;
}

}  // namespace stdlib

// posix, part two: file status and directory listings -- stat/lstat/fstat and
// os.stat_result, statvfs, scandir with its DirEntry objects, utime, pathconf,
// extended attributes and the terminal size (see posixmodule.cpp for the
// conventions).
//
// A DirEntry keeps what readdir(3) told about the entry (its d_type) and
// calls stat(2) at most once per kind (following symlinks or not), as
// CPython's does, so os.walk and glob cost one system call per entry.
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/xattr.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/threads/sched.h"
#include "datamodules.h"
#include "posixmodule.h"
#include "structseq.h"

namespace stdlib::posix {

using namespace rt;

namespace {

// ---- os.stat_result, os.statvfs_result, os.terminal_size -------------------------------------
const char* const stat_fields[] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                                   structseq_unnamed, structseq_unnamed, structseq_unnamed, "st_atime", "st_mtime",
                                   "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
                                   "st_blocks", "st_rdev", nullptr};
const StructSeqDesc stat_desc = {"os.stat_result", stat_fields, 10};
StructSeqType StatResultType;

const char* const statvfs_fields[] = {"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
                                      "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid", nullptr};
const StructSeqDesc statvfs_desc = {"os.statvfs_result", statvfs_fields, 10};
StructSeqType StatvfsResultType;

const char* const termsize_fields[] = {"columns", "lines", nullptr};
const StructSeqDesc termsize_desc = {"os.terminal_size", termsize_fields, 2};
StructSeqType TerminalSizeType;

Object* ns_int(const struct timespec& t) { return int_from_i64(int64_t(t.tv_sec) * 1000000000 + t.tv_nsec); }

}  // namespace

Object* stat_result_from(const struct ::stat& st) {
  Object* o = structseq_new(&StatResultType);
  if (!o) return nullptr;
  Object* v[19] = {
      int_from_u64(st.st_mode), int_from_u64(st.st_ino), int_from_u64(st.st_dev), int_from_u64(st.st_nlink),
      int_from_u64(st.st_uid), int_from_u64(st.st_gid), int_from_i64(st.st_size),
      int_from_i64(st.st_atim.tv_sec), int_from_i64(st.st_mtim.tv_sec), int_from_i64(st.st_ctim.tv_sec),
      float_from_double(double(st.st_atim.tv_sec) + double(st.st_atim.tv_nsec) * 1e-9),
      float_from_double(double(st.st_mtim.tv_sec) + double(st.st_mtim.tv_nsec) * 1e-9),
      float_from_double(double(st.st_ctim.tv_sec) + double(st.st_ctim.tv_nsec) * 1e-9), ns_int(st.st_atim),
      ns_int(st.st_mtim), ns_int(st.st_ctim), int_from_i64(st.st_blksize), int_from_i64(st.st_blocks),
      int_from_u64(st.st_rdev)};
  bool ok = true;
  for (int i = 0; i < 19; i++) {
    if (!v[i]) ok = false;
    structseq_set_steal(o, i, v[i] ? v[i] : none_ref());
  }
  if (!ok) {
    decref(o);
    return nullptr;
  }
  return o;
}

namespace {

// stat(path, *, dir_fd=None, follow_symlinks=True) and friends.
Object* stat_impl(const char* fname, Object* const* args, ssize nargs, Object* kw, bool follow_default) {
  Object* a[3] = {};
  if (!parse_args(fname, args, nargs, kw, "path|$dir_fd,follow_symlinks", a)) return nullptr;
  Path p{fname};
  p.allow_fd = follow_default;
  int dir_fd;
  bool follow;
  if (!p.convert(a[0]) || !dir_fd_arg(a[1], &dir_fd) || !bool_arg(a[2], follow_default, &follow)) return nullptr;
  if (p.fd >= 0 && (dir_fd != AT_FDCWD || !follow)) {
    err_format(Exc_ValueError, "%s: cannot use fd and %s together", fname,
               dir_fd != AT_FDCWD ? "dir_fd" : "follow_symlinks");
    return nullptr;
  }
  struct ::stat st;
  int r;
  {
    sched::BlockingSection bs;
    r = p.fd >= 0 ? ::fstat(p.fd, &st) : ::fstatat(dir_fd, p.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  }
  if (r != 0) return raise_errno(&p);
  return stat_result_from(st);
}
Object* p_stat(Object*, Object* const* a, ssize n, Object* k) { return stat_impl("stat", a, n, k, true); }
Object* p_lstat(Object*, Object* const* a, ssize n, Object* k) { return stat_impl("lstat", a, n, k, false); }

Object* p_fstat(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("fstat", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  struct ::stat st;
  int r;
  {
    sched::BlockingSection bs;
    r = ::fstat(fd, &st);
  }
  if (r != 0) return raise_errno();
  return stat_result_from(st);
}

Object* statvfs_result_from(const struct ::statvfs& s) {
  Object* o = structseq_new(&StatvfsResultType);
  if (!o) return nullptr;
  uint64_t v[11] = {s.f_bsize, s.f_frsize, s.f_blocks, s.f_bfree, s.f_bavail, s.f_files,
                    s.f_ffree, s.f_favail, s.f_flag, s.f_namemax, s.f_fsid};
  for (int i = 0; i < 11; i++) {
    Object* x = int_from_u64(v[i]);
    if (!x) {
      decref(o);
      return nullptr;
    }
    structseq_set_steal(o, i, x);
  }
  return o;
}

Object* p_statvfs(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!parse_args("statvfs", args, nargs, kw, "path", a)) return nullptr;
  Path p{"statvfs"};
  p.allow_fd = true;
  if (!p.convert(a[0])) return nullptr;
  struct ::statvfs s;
  int r;
  {
    sched::BlockingSection bs;
    r = p.fd >= 0 ? ::fstatvfs(p.fd, &s) : ::statvfs(p.c_str(), &s);
  }
  if (r != 0) return raise_errno(&p);
  return statvfs_result_from(s);
}

Object* p_fstatvfs(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("fstatvfs", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  struct ::statvfs s;
  if (::fstatvfs(fd, &s) != 0) return raise_errno();
  return statvfs_result_from(s);
}

// get_terminal_size(fd=1): (columns, lines) of the terminal on fd.
Object* p_get_terminal_size(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1] = {};
  int fd = 1;
  if (!parse_args("get_terminal_size", args, nargs, kw, "|fd", a) || (a[0] && !fd_arg(a[0], &fd))) return nullptr;
  struct winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) != 0) return raise_errno();
  Object* o = structseq_new(&TerminalSizeType);
  if (!o) return nullptr;
  structseq_set_steal(o, 0, int_from_i64(w.ws_col));
  structseq_set_steal(o, 1, int_from_i64(w.ws_row));
  return o;
}

// ---- utime -------------------------------------------------------------------------------------
// A time in seconds (int or float) as a timespec, rounding like CPython (half even on the nanoseconds).
bool time_arg(Object* o, struct timespec* ts) {
  if (is_float(o)) {
    double d = float_as_double(o);
    if (!std::isfinite(d)) {
      err_set_string(Exc_ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    double sec = std::floor(d);
    double ns = std::nearbyint((d - sec) * 1e9);
    if (ns >= 1e9) {
      sec += 1;
      ns -= 1e9;
    }
    ts->tv_sec = time_t(sec);
    ts->tv_nsec = long(ns);
    return true;
  }
  long long v;
  if (!int_arg(o, &v)) return false;
  ts->tv_sec = time_t(v);
  ts->tv_nsec = 0;
  return true;
}

bool ns_arg(Object* o, struct timespec* ts) {
  if (!is_int(o)) {
    err_format(Exc_TypeError, "utime: ns must be a tuple of two ints");
    return false;
  }
  long long v;
  if (!int_arg(o, &v)) return false;
  long long sec = v / 1000000000, rem = v % 1000000000;
  if (rem < 0) {
    rem += 1000000000;
    sec -= 1;
  }
  ts->tv_sec = time_t(sec);
  ts->tv_nsec = long(rem);
  return true;
}

Object* p_utime(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[5] = {};
  if (!parse_args("utime", args, nargs, kw, "path|times,$ns,dir_fd,follow_symlinks", a)) return nullptr;
  Path p{"utime"};
  p.allow_fd = true;
  int dir_fd;
  bool follow;
  if (!p.convert(a[0]) || !dir_fd_arg(a[3], &dir_fd) || !bool_arg(a[4], true, &follow)) return nullptr;
  Object* times = a[1] && a[1] != None ? a[1] : nullptr;
  struct timespec ts[2];
  struct timespec* tsp = nullptr;
  if (times && a[2]) {
    err_set_string(Exc_ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    return nullptr;
  }
  if (times) {
    if (!is_tuple(times) || size_of(times) != 2) {
      err_set_string(Exc_TypeError, "utime: 'times' must be either a tuple of two ints or None");
      return nullptr;
    }
    if (!time_arg(tuple_get(times, 0), &ts[0]) || !time_arg(tuple_get(times, 1), &ts[1])) return nullptr;
    tsp = ts;
  } else if (a[2]) {
    if (!is_tuple(a[2]) || size_of(a[2]) != 2) {
      err_set_string(Exc_TypeError, "utime: 'ns' must be a tuple of two ints");
      return nullptr;
    }
    if (!ns_arg(tuple_get(a[2], 0), &ts[0]) || !ns_arg(tuple_get(a[2], 1), &ts[1])) return nullptr;
    tsp = ts;
  }
  int r = p.fd >= 0 ? ::futimens(p.fd, tsp)
                    : ::utimensat(dir_fd, p.c_str(), tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r != 0) return raise_errno(&p);
  return none_ref();
}

// ---- pathconf ---------------------------------------------------------------------------------
struct NameValue {
  const char* name;
  int value;
};
const NameValue pathconf_names[] = {
#include "posix_pathconf.inc"
    {nullptr, 0},
};

// A configuration name: an int, or a key of the names table ("PC_NAME_MAX").
bool conf_name(Object* o, const NameValue* table, int* out) {
  if (is_int(o)) {
    long long v;
    if (!int_arg(o, &v)) return false;
    *out = int(v);
    return true;
  }
  if (!is_str(o)) {
    err_set_string(Exc_TypeError, "configuration names must be strings or integers");
    return false;
  }
  for (const NameValue* n = table; n->name; ++n)
    if (str_eq_cstr(o, n->name)) {
      *out = n->value;
      return true;
    }
  err_set_string(Exc_ValueError, "unrecognized configuration name");
  return false;
}

Object* conf_result(long r) {
  if (r == -1 && errno != 0) return raise_errno();
  return int_from_i64(r);
}

Object* p_pathconf(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  if (!parse_args("pathconf", args, nargs, kw, "path,name", a)) return nullptr;
  Path p{"pathconf"};
  p.allow_fd = true;
  int name;
  if (!p.convert(a[0]) || !conf_name(a[1], pathconf_names, &name)) return nullptr;
  errno = 0;
  long r = p.fd >= 0 ? ::fpathconf(p.fd, name) : ::pathconf(p.c_str(), name);
  if (r == -1 && errno != 0) return raise_errno(&p);
  return int_from_i64(r);
}

Object* p_fpathconf(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  if (!parse_args("fpathconf", args, nargs, kw, "fd,name", a)) return nullptr;
  Path p{"fpathconf", "fd"};
  p.allow_fd = true;
  int name;
  if (!p.convert(a[0]) || !conf_name(a[1], pathconf_names, &name)) return nullptr;
  errno = 0;
  long r = p.fd >= 0 ? ::fpathconf(p.fd, name) : ::pathconf(p.c_str(), name);
  return conf_result(r);
}

// ---- extended attributes ------------------------------------------------------------------------
Object* p_getxattr(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3] = {};
  if (!parse_args("getxattr", args, nargs, kw, "path,attribute|$follow_symlinks", a)) return nullptr;
  Path p{"getxattr"}, attr{"getxattr", "attribute"};
  p.allow_fd = true;
  bool follow;
  if (!p.convert(a[0]) || !attr.convert(a[1]) || !bool_arg(a[2], true, &follow)) return nullptr;
  std::vector<char> buf(256);
  for (;;) {
    ssize_t n = p.fd >= 0 ? ::fgetxattr(p.fd, attr.c_str(), buf.data(), buf.size())
                : follow  ? ::getxattr(p.c_str(), attr.c_str(), buf.data(), buf.size())
                          : ::lgetxattr(p.c_str(), attr.c_str(), buf.data(), buf.size());
    if (n >= 0) return bytes_from(buf.data(), n);
    if (errno != ERANGE || buf.size() >= XATTR_SIZE_MAX) return raise_errno(&p);
    buf.resize(buf.size() * 4 > XATTR_SIZE_MAX ? XATTR_SIZE_MAX : buf.size() * 4);
  }
}

Object* p_setxattr(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[5] = {};
  if (!parse_args("setxattr", args, nargs, kw, "path,attribute,value|flags,$follow_symlinks", a)) return nullptr;
  Path p{"setxattr"}, attr{"setxattr", "attribute"};
  p.allow_fd = true;
  std::string value;
  long long flags = 0;
  bool follow;
  if (!p.convert(a[0]) || !attr.convert(a[1]) || !bytes_like(a[2], &value) || (a[3] && !int_arg(a[3], &flags)) ||
      !bool_arg(a[4], true, &follow))
    return nullptr;
  int r = p.fd >= 0 ? ::fsetxattr(p.fd, attr.c_str(), value.data(), value.size(), int(flags))
          : follow  ? ::setxattr(p.c_str(), attr.c_str(), value.data(), value.size(), int(flags))
                    : ::lsetxattr(p.c_str(), attr.c_str(), value.data(), value.size(), int(flags));
  if (r != 0) return raise_errno(&p);
  return none_ref();
}

Object* p_removexattr(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3] = {};
  if (!parse_args("removexattr", args, nargs, kw, "path,attribute|$follow_symlinks", a)) return nullptr;
  Path p{"removexattr"}, attr{"removexattr", "attribute"};
  p.allow_fd = true;
  bool follow;
  if (!p.convert(a[0]) || !attr.convert(a[1]) || !bool_arg(a[2], true, &follow)) return nullptr;
  int r = p.fd >= 0 ? ::fremovexattr(p.fd, attr.c_str())
          : follow  ? ::removexattr(p.c_str(), attr.c_str())
                    : ::lremovexattr(p.c_str(), attr.c_str());
  if (r != 0) return raise_errno(&p);
  return none_ref();
}

Object* p_listxattr(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2] = {};
  if (!parse_args("listxattr", args, nargs, kw, "|path,$follow_symlinks", a)) return nullptr;
  Path p{"listxattr"};
  p.allow_fd = p.nullable = true;
  bool follow;
  if ((a[0] && !p.convert(a[0])) || !bool_arg(a[1], true, &follow)) return nullptr;
  const char* path = !a[0] || p.is_none ? "." : p.c_str();
  std::vector<char> buf(1024);
  ssize_t n;
  for (;;) {
    n = p.fd >= 0 ? ::flistxattr(p.fd, buf.data(), buf.size())
        : follow  ? ::listxattr(path, buf.data(), buf.size())
                  : ::llistxattr(path, buf.data(), buf.size());
    if (n >= 0) break;
    if (errno != ERANGE || buf.size() >= XATTR_LIST_MAX) return raise_errno(&p);
    buf.resize(buf.size() * 4 > XATTR_LIST_MAX ? XATTR_LIST_MAX : buf.size() * 4);
  }
  Object* list = list_new(0);
  for (ssize_t i = 0; list && i < n;) {
    size_t len = std::strlen(buf.data() + i);
    Object* s = decode_path(buf.data() + i, len, false);
    if (!s || list_append(list, s) < 0) clearref(list);
    xdecref(s);
    i += ssize_t(len) + 1;
  }
  return list;
}

// ---- scandir and DirEntry ---------------------------------------------------------------------
struct DirEntryObject : Object {
  Object* name;     // str or bytes
  Object* path;     // str or bytes
  Object* stat;     // cached stat(follow_symlinks=True), or null
  Object* lstat;    // cached stat(follow_symlinks=False), or null
  unsigned char d_type;
  ino_t d_ino;
  int dir_fd;       // scandir(fd): entries are relative to it (-1 otherwise)
};
TypeObject DirEntryType;

struct ScandirObject : Object {
  DIR* dir;
  Object* path;     // the argument's text form (str/bytes) for building entry paths, or null for an fd
  bool as_bytes;
  int fd;           // scandir(fd): the caller's descriptor (not closed by us), else -1
};
TypeObject ScandirIteratorType;

DirEntryObject* DE(Object* o) { return static_cast<DirEntryObject*>(o); }

void direntry_dealloc(Object* o) {
  DirEntryObject* e = DE(o);
  xdecref(e->name);
  xdecref(e->path);
  xdecref(e->stat);
  xdecref(e->lstat);
  free_object(o);
}

Object* direntry_repr(Object* o) {
  Object* r = object_repr(DE(o)->name);
  if (!r) return nullptr;
  std::string s = "<DirEntry " + std::string(str_view(r)) + ">";
  decref(r);
  return str_from(s);
}

// The entry's stat, cached per kind.
Object* direntry_fetch_stat(DirEntryObject* e, bool follow) {
  Object*& slot = follow ? e->stat : e->lstat;
  if (slot) return newref(slot);
  if (follow && e->lstat && e->d_type != DT_LNK && e->d_type != DT_UNKNOWN &&
      !S_ISLNK(mode_t(int_as_i64(structseq_get(e->lstat, 0)))))
    return newref(slot = newref(e->lstat));
  std::string p = is_bytes(e->path) ? std::string(bytes_data(e->path), size_t(size_of(e->path)))
                                    : std::string();
  if (!is_bytes(e->path)) {
    Path tmp{"stat"};
    if (!tmp.convert(e->path)) return nullptr;
    p = tmp.bytes;
  }
  struct ::stat st;
  int r;
  {
    sched::BlockingSection bs;
    if (e->dir_fd >= 0) {
      std::string n = is_bytes(e->name) ? std::string(bytes_data(e->name), size_t(size_of(e->name))) : p;
      r = ::fstatat(e->dir_fd, n.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    } else {
      r = follow ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st);
    }
  }
  if (r != 0) return raise_errno_obj(e->path);
  slot = stat_result_from(st);
  return slot ? newref(slot) : nullptr;
}

bool follow_kw(const char* fname, Object* const* args, ssize nargs, Object* kw, bool* follow) {
  Object* a[1] = {};
  if (!parse_args(fname, args, nargs, kw, "|$follow_symlinks", a)) return false;
  return bool_arg(a[0], true, follow);
}

Object* direntry_stat(Object* self, Object* const* args, ssize nargs, Object* kw) {
  bool follow;
  if (!follow_kw("stat", args, nargs, kw, &follow)) return nullptr;
  return direntry_fetch_stat(DE(self), follow);
}

// is_dir/is_file: from d_type when readdir knew it (and it is not a symlink
// being followed), else from stat; a missing file is "not a dir", not an error.
int direntry_test_mode(DirEntryObject* e, bool follow, mode_t want) {
  bool is_link = e->d_type == DT_LNK;
  if (e->d_type != DT_UNKNOWN && !(follow && is_link)) {
    if (want == S_IFDIR) return e->d_type == DT_DIR;
    if (want == S_IFREG) return e->d_type == DT_REG;
    return is_link;
  }
  Object* st = direntry_fetch_stat(e, follow);
  if (!st) {
    if (err_matches(Exc_FileNotFoundError)) {
      err_clear();
      return 0;
    }
    return -1;
  }
  int64_t mode = int_as_i64(structseq_get(st, 0));
  decref(st);
  return (mode_t(mode) & S_IFMT) == want;
}

Object* direntry_is_dir(Object* self, Object* const* args, ssize nargs, Object* kw) {
  bool follow;
  if (!follow_kw("is_dir", args, nargs, kw, &follow)) return nullptr;
  int r = direntry_test_mode(DE(self), follow, S_IFDIR);
  return r < 0 ? nullptr : bool_ref(r);
}
Object* direntry_is_file(Object* self, Object* const* args, ssize nargs, Object* kw) {
  bool follow;
  if (!follow_kw("is_file", args, nargs, kw, &follow)) return nullptr;
  int r = direntry_test_mode(DE(self), follow, S_IFREG);
  return r < 0 ? nullptr : bool_ref(r);
}
Object* direntry_is_symlink(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_kwargs("is_symlink", kw)) return nullptr;
  int r = direntry_test_mode(DE(self), false, S_IFLNK);
  return r < 0 ? nullptr : bool_ref(r);
}
Object* direntry_inode(Object* self, Object* const*, ssize, Object*) { return int_from_u64(DE(self)->d_ino); }
Object* direntry_fspath(Object* self, Object* const*, ssize, Object*) { return newref(DE(self)->path); }

Object* direntry_get_name(Object* self, void*) { return newref(DE(self)->name); }
Object* direntry_get_path(Object* self, void*) { return newref(DE(self)->path); }

MethodDef direntry_methods[] = {
    {"stat", direntry_stat, METH_DEFAULT, "stat(*, follow_symlinks=True): the entry's os.stat_result (cached)"},
    {"is_dir", direntry_is_dir, METH_DEFAULT, "is_dir(*, follow_symlinks=True)"},
    {"is_file", direntry_is_file, METH_DEFAULT, "is_file(*, follow_symlinks=True)"},
    {"is_symlink", direntry_is_symlink, METH_DEFAULT, "is_symlink()"},
    {"inode", direntry_inode, METH_DEFAULT, "the entry's inode number"},
    {"__fspath__", direntry_fspath, METH_DEFAULT, "the entry's path"},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef direntry_getset[] = {
    {"name", direntry_get_name, nullptr, "the entry's base name", nullptr},
    {"path", direntry_get_path, nullptr, "the entry's path: os.path.join(scandir_path, name)", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void scandir_close(ScandirObject* s) {
  if (!s->dir) return;
  ::closedir(s->dir);
  s->dir = nullptr;
}

void scandir_dealloc(Object* o) {
  auto* s = static_cast<ScandirObject*>(o);
  scandir_close(s);
  xdecref(s->path);
  free_object(o);
}

Object* scandir_next(Object* o) {
  auto* s = static_cast<ScandirObject*>(o);
  for (;;) {
    if (!s->dir) return nullptr;
    errno = 0;
    struct dirent* d;
    {
      sched::BlockingSection bs;
      d = ::readdir(s->dir);
    }
    if (!d) {
      int e = errno;
      scandir_close(s);
      if (e) {
        errno = e;
        return raise_errno_obj(s->path);
      }
      return nullptr;
    }
    if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0) continue;
    auto* e = static_cast<DirEntryObject*>(alloc_object(&DirEntryType, sizeof(DirEntryObject)));
    if (!e) return nullptr;
    e->d_type = d->d_type;
    e->d_ino = d->d_ino;
    e->dir_fd = s->fd;
    size_t n = std::strlen(d->d_name);
    e->name = decode_path(d->d_name, n, s->as_bytes);
    if (!e->name) {
      decref(e);
      return nullptr;
    }
    if (!s->path) {
      e->path = newref(e->name);
    } else {
      // os.path.join(path, name)
      std::string dir = s->as_bytes ? std::string(bytes_data(s->path), size_t(size_of(s->path)))
                                    : std::string(str_view(s->path));
      std::string full = dir.empty() || dir.back() == '/' ? dir : dir + "/";
      if (s->as_bytes) {
        full.append(d->d_name, n);
        e->path = bytes_from(full.data(), ssize(full.size()));
      } else if (full.size() == dir.size()) {
        e->path = str_concat(s->path, e->name);
      } else {
        Object* slash = str_from_cstr("/");
        Object* with = slash ? str_concat(s->path, slash) : nullptr;
        e->path = with ? str_concat(with, e->name) : nullptr;
        xdecref(slash);
        xdecref(with);
      }
    }
    if (!e->path) {
      decref(e);
      return nullptr;
    }
    return e;
  }
}

Object* scandir_close_m(Object* self, Object* const*, ssize, Object*) {
  scandir_close(static_cast<ScandirObject*>(self));
  return none_ref();
}
Object* scandir_enter(Object* self, Object* const*, ssize, Object*) { return newref(self); }
Object* scandir_exit(Object* self, Object* const*, ssize, Object*) {
  scandir_close(static_cast<ScandirObject*>(self));
  return bool_ref(false);
}

MethodDef scandir_methods[] = {
    {"close", scandir_close_m, METH_DEFAULT, "close the directory"},
    {"__enter__", scandir_enter, METH_DEFAULT, nullptr},
    {"__exit__", scandir_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// scandir(path='.'): an iterator of DirEntry objects.
Object* p_scandir(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1] = {};
  if (!parse_args("scandir", args, nargs, kw, "|path", a)) return nullptr;
  Path p{"scandir"};
  p.allow_fd = p.nullable = true;
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
  auto* s = static_cast<ScandirObject*>(alloc_object(&ScandirIteratorType, sizeof(ScandirObject)));
  if (!s) {
    ::closedir(d);
    return nullptr;
  }
  s->dir = d;
  s->fd = p.fd;
  s->as_bytes = p.is_bytes;
  if (p.fd < 0) {
    s->path = !a[0] || p.is_none ? str_from_cstr(".") : fspath(a[0]);
    if (!s->path) {
      decref(s);
      return nullptr;
    }
  }
  return s;
}

}  // namespace

int ready_posix_types() {
  if (has_flag(&DirEntryType, TPFLAG_READY)) return 0;
  if (structseq_init_type(&StatResultType, &stat_desc) < 0 ||
      structseq_init_type(&StatvfsResultType, &statvfs_desc) < 0 ||
      structseq_init_type(&TerminalSizeType, &termsize_desc) < 0 || ready_process_types() < 0)
    return -1;
  DirEntryType.tp_name = "posix.DirEntry";
  DirEntryType.tp_basicsize = sizeof(DirEntryObject);
  DirEntryType.tp_dealloc = direntry_dealloc;
  DirEntryType.tp_repr = direntry_repr;
  DirEntryType.tp_methods = direntry_methods;
  DirEntryType.tp_getset = direntry_getset;
  DirEntryType.tp_flags = TPFLAG_IMMUTABLE;
  ScandirIteratorType.tp_name = "posix.ScandirIterator";
  ScandirIteratorType.tp_basicsize = sizeof(ScandirObject);
  ScandirIteratorType.tp_dealloc = scandir_dealloc;
  ScandirIteratorType.tp_iter = object_self_iter;
  ScandirIteratorType.tp_iternext = scandir_next;
  ScandirIteratorType.tp_methods = scandir_methods;
  ScandirIteratorType.tp_flags = TPFLAG_IMMUTABLE;
  return ready_static_type(&DirEntryType) < 0 || ready_static_type(&ScandirIteratorType) < 0 ? -1 : 0;
}

int add_fs_objects(Object* m) {
  if (ready_posix_types() < 0) return -1;
  Object* pc = dict_new();
  if (!pc) return -1;
  for (const NameValue* n = pathconf_names; n->name; ++n) {
    Object* v = int_from_i64(n->value);
    if (!v || dict_setitem_str(pc, n->name, v) < 0) {
      xdecref(v);
      decref(pc);
      return -1;
    }
    decref(v);
  }
  if (module_add_object(m, "pathconf_names", pc) < 0) return -1;
  for (auto [name, t] : {std::pair<const char*, TypeObject*>{"stat_result", &StatResultType},
                         {"statvfs_result", &StatvfsResultType},
                         {"terminal_size", &TerminalSizeType},
                         {"DirEntry", &DirEntryType}})
    if (module_add_object(m, name, newref(reinterpret_cast<Object*>(t))) < 0) return -1;
  return 0;
}

MethodDef posix_fs_functions[] = {
    {"stat", p_stat, METH_DEFAULT, nullptr},
    {"lstat", p_lstat, METH_DEFAULT, nullptr},
    {"fstat", p_fstat, METH_DEFAULT, nullptr},
    {"statvfs", p_statvfs, METH_DEFAULT, nullptr},
    {"fstatvfs", p_fstatvfs, METH_DEFAULT, nullptr},
    {"get_terminal_size", p_get_terminal_size, METH_DEFAULT, nullptr},
    {"utime", p_utime, METH_DEFAULT, nullptr},
    {"pathconf", p_pathconf, METH_DEFAULT, nullptr},
    {"fpathconf", p_fpathconf, METH_DEFAULT, nullptr},
    {"getxattr", p_getxattr, METH_DEFAULT, nullptr},
    {"setxattr", p_setxattr, METH_DEFAULT, nullptr},
    {"removexattr", p_removexattr, METH_DEFAULT, nullptr},
    {"listxattr", p_listxattr, METH_DEFAULT, nullptr},
    {"scandir", p_scandir, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace stdlib::posix

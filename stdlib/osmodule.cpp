// The os module (POSIX only) and its os.path submodule.
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <string>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include "fileio.h"
#include "modules.h"
#include "structseq.h"
#include "../runtime/buffer.h"
#include "../runtime/state.h"

extern char** environ;

namespace stdlib {
using namespace rt;

namespace {

// ---- helpers ---------------------------------------------------------------------

// The path argument as UTF-8 text; false with TypeError when it is not str/bytes.
bool path_arg(const char* fname, Object* o, std::string* out) {
  if (is_str(o)) {
    out->assign(str_view(o));
    return true;
  }
  if (is_bytes(o)) {
    out->assign(bytes_data(o), size_t(size_of(o)));
    return true;
  }
  err_format(Exc_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname, type_name(o));
  return false;
}

bool str_path_arg(const char* fname, Object* o, std::string* out) {
  if (is_str(o)) {
    out->assign(str_view(o));
    return true;
  }
  err_format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(o));
  return false;
}

Object* os_error(Object* filename) {
  err_set_from_errno(Exc_OSError, errno, filename);
  return nullptr;
}

Object* str_of(const std::string& s) { return str_from_utf8(s.data(), ssize(s.size())); }

// ---- os.path (posixpath semantics) -------------------------------------------------

std::string p_join(std::string path, const std::string& b) {
  if (!b.empty() && b[0] == '/') path = b;
  else if (path.empty() || path.back() == '/') path += b;
  else path += '/' + b;
  return path;
}

void p_split(const std::string& p, std::string* head, std::string* tail) {
  size_t i = p.rfind('/');
  i = i == std::string::npos ? 0 : i + 1;
  *head = p.substr(0, i);
  *tail = p.substr(i);
  if (!head->empty() && head->find_first_not_of('/') != std::string::npos)
    while (!head->empty() && head->back() == '/') head->pop_back();
}

std::string p_normpath(const std::string& path) {
  if (path.empty()) return ".";
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
  return out.empty() ? "." : out;
}

bool p_getcwd(std::string* out) {
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof buf)) {
    err_set_from_errno(Exc_OSError, errno);
    return false;
  }
  *out = buf;
  return true;
}

bool p_abspath(const std::string& p, std::string* out) {
  if (!p.empty() && p[0] == '/') {
    *out = p_normpath(p);
    return true;
  }
  std::string cwd;
  if (!p_getcwd(&cwd)) return false;
  *out = p_normpath(p_join(cwd, p));
  return true;
}

// One str argument.
bool one_path(const char* fname, Object* const* args, ssize nargs, Object* kwnames, std::string* out) {
  if (!no_kwargs(fname, kwnames)) return false;
  if (nargs != 1) {
    err_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
    return false;
  }
  return str_path_arg(fname, args[0], out);
}

Object* path_join(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("join", kwnames)) return nullptr;
  if (nargs < 1) return err_format_null(Exc_TypeError, "join() missing 1 required positional argument: 'a'");
  std::string path;
  for (ssize i = 0; i < nargs; i++) {
    if (!is_str(args[i])) {
      if (i == 0) return err_format_null(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                                         type_name(args[i]));
      return err_format_null(Exc_TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                             type_name(args[i]));
    }
    std::string b(str_view(args[i]));
    path = i == 0 ? b : p_join(path, b);
  }
  return str_of(path);
}

Object* path_split(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  std::string p, head, tail;
  if (!one_path("split", args, nargs, kwnames, &p)) return nullptr;
  p_split(p, &head, &tail);
  Object* h = str_of(head);
  Object* t = str_of(tail);
  Object* r = h && t ? tuple_pack(2, h, t) : nullptr;
  xdecref(h);
  xdecref(t);
  return r;
}

Object* path_basename(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  std::string p;
  if (!one_path("basename", args, nargs, kwnames, &p)) return nullptr;
  size_t i = p.rfind('/');
  return str_of(i == std::string::npos ? p : p.substr(i + 1));
}

Object* path_dirname(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  std::string p, head, tail;
  if (!one_path("dirname", args, nargs, kwnames, &p)) return nullptr;
  p_split(p, &head, &tail);
  return str_of(head);
}

Object* path_splitext(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  std::string p;
  if (!one_path("splitext", args, nargs, kwnames, &p)) return nullptr;
  size_t sep = p.rfind('/');
  size_t dot = p.rfind('.');
  std::string root = p, ext;
  if (dot != std::string::npos && (sep == std::string::npos || dot > sep)) {
    size_t fi = sep == std::string::npos ? 0 : sep + 1;
    for (; fi < dot; fi++)
      if (p[fi] != '.') {
        root = p.substr(0, dot);
        ext = p.substr(dot);
        break;
      }
  }
  Object* a = str_of(root);
  Object* b = str_of(ext);
  Object* r = a && b ? tuple_pack(2, a, b) : nullptr;
  xdecref(a);
  xdecref(b);
  return r;
}

Object* path_isabs(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  std::string p;
  if (!one_path("isabs", args, nargs, kwnames, &p)) return nullptr;
  return bool_ref(!p.empty() && p[0] == '/');
}

Object* path_normpath(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  std::string p;
  if (!one_path("normpath", args, nargs, kwnames, &p)) return nullptr;
  return str_of(p_normpath(p));
}

Object* path_abspath(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  std::string p, out;
  if (!one_path("abspath", args, nargs, kwnames, &p) || !p_abspath(p, &out)) return nullptr;
  return str_of(out);
}

Object* path_realpath(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  std::string p, out;
  if (!one_path("realpath", args, nargs, kwnames, &p)) return nullptr;
  char buf[PATH_MAX];
  if (::realpath(p.empty() ? "." : p.c_str(), buf)) return str_from_cstr(buf);
  // Non-strict: a path that does not exist is made absolute and normalized.
  if (!p_abspath(p, &out)) return nullptr;
  return str_of(out);
}

Object* path_expanduser(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  std::string p;
  if (!one_path("expanduser", args, nargs, kwnames, &p)) return nullptr;
  if (p.empty() || p[0] != '~') return str_of(p);
  size_t i = p.find('/', 1);
  if (i == std::string::npos) i = p.size();
  std::string home;
  if (i == 1) {
    const char* h = getenv("HOME");
    if (h) home = h;
    else if (struct passwd* pw = getpwuid(getuid())) home = pw->pw_dir;
    else return str_of(p);
  } else {
    struct passwd* pw = getpwnam(p.substr(1, i - 1).c_str());
    if (!pw) return str_of(p);
    home = pw->pw_dir;
  }
  while (!home.empty() && home.back() == '/') home.pop_back();
  std::string out = home + p.substr(i);
  return str_of(out.empty() ? "/" : out);
}

// stat() based predicates: false on any error.
template <bool (*Pred)(const struct stat&), bool Follow>
Object* stat_pred(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("exists", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "takes exactly one argument (%zd given)", nargs);
  std::string p;
  if (!is_str(args[0]) && !is_bytes(args[0])) return bool_ref(false);
  path_arg("stat", args[0], &p);
  struct stat st;
  int r = Follow ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st);
  return bool_ref(r == 0 && Pred(st));
}
bool any_st(const struct stat&) { return true; }
bool reg_st(const struct stat& s) { return S_ISREG(s.st_mode); }
bool dir_st(const struct stat& s) { return S_ISDIR(s.st_mode); }
bool lnk_st(const struct stat& s) { return S_ISLNK(s.st_mode); }

bool stat_path(const char* fname, Object* o, struct stat* st) {
  std::string p;
  if (!path_arg(fname, o, &p)) return false;
  if (::stat(p.c_str(), st) != 0) {
    err_set_from_errno(Exc_OSError, errno, o);
    return false;
  }
  return true;
}

Object* path_getsize(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getsize", kwnames) || nargs != 1)
    return err_format_null(Exc_TypeError, "getsize() takes exactly one argument (%zd given)", nargs);
  struct stat st;
  if (!stat_path("stat", args[0], &st)) return nullptr;
  return int_from_i64(st.st_size);
}

Object* path_getmtime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getmtime", kwnames) || nargs != 1)
    return err_format_null(Exc_TypeError, "getmtime() takes exactly one argument (%zd given)", nargs);
  struct stat st;
  if (!stat_path("stat", args[0], &st)) return nullptr;
  return float_from_double(double(st.st_mtim.tv_sec) + double(st.st_mtim.tv_nsec) * 1e-9);
}

MethodDef path_functions[] = {
    {"join", path_join, METH_DEFAULT, nullptr},
    {"split", path_split, METH_DEFAULT, nullptr},
    {"basename", path_basename, METH_DEFAULT, nullptr},
    {"dirname", path_dirname, METH_DEFAULT, nullptr},
    {"splitext", path_splitext, METH_DEFAULT, nullptr},
    {"isabs", path_isabs, METH_DEFAULT, nullptr},
    {"normpath", path_normpath, METH_DEFAULT, nullptr},
    {"abspath", path_abspath, METH_DEFAULT, nullptr},
    {"realpath", path_realpath, METH_DEFAULT, nullptr},
    {"expanduser", path_expanduser, METH_DEFAULT, nullptr},
    {"exists", stat_pred<any_st, true>, METH_DEFAULT, nullptr},
    {"lexists", stat_pred<any_st, false>, METH_DEFAULT, nullptr},
    {"isfile", stat_pred<reg_st, true>, METH_DEFAULT, nullptr},
    {"isdir", stat_pred<dir_st, true>, METH_DEFAULT, nullptr},
    {"islink", stat_pred<lnk_st, false>, METH_DEFAULT, nullptr},
    {"getsize", path_getsize, METH_DEFAULT, nullptr},
    {"getmtime", path_getmtime, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- os ---------------------------------------------------------------------------

const char* const stat_fields[] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                                   "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
                                   "st_ctime_ns", nullptr};
const StructSeqDesc stat_desc = {"os.stat_result", stat_fields, 10};
StructSeqType StatResultType;

const char* const termsize_fields[] = {"columns", "lines", nullptr};
const StructSeqDesc termsize_desc = {"os.terminal_size", termsize_fields, 2};
StructSeqType TerminalSizeType;

Object* os_stat_impl(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool follow) {
  Object* a[1];
  if (!parse_args(fname, args, nargs, kwnames, "path", a)) return nullptr;
  struct stat st;
  int r;
  if (is_int(a[0])) {
    r = ::fstat(int(int_as_i64(a[0])), &st);
  } else {
    std::string p;
    if (!path_arg(fname, a[0], &p)) return nullptr;
    r = follow ? ::stat(p.c_str(), &st) : ::lstat(p.c_str(), &st);
  }
  if (r != 0) return os_error(a[0]);
  if (structseq_init_type(&StatResultType, &stat_desc) < 0) return nullptr;
  Object* o = structseq_new(&StatResultType);
  if (!o) return nullptr;
  int64_t vals[13] = {int64_t(st.st_mode), int64_t(st.st_ino), int64_t(st.st_dev), int64_t(st.st_nlink),
                      int64_t(st.st_uid), int64_t(st.st_gid), int64_t(st.st_size), int64_t(st.st_atim.tv_sec),
                      int64_t(st.st_mtim.tv_sec), int64_t(st.st_ctim.tv_sec),
                      int64_t(st.st_atim.tv_sec) * 1000000000 + st.st_atim.tv_nsec,
                      int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
                      int64_t(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
  for (int i = 0; i < 13; i++) {
    Object* v = int_from_i64(vals[i]);
    if (!v) {
      decref(o);
      return nullptr;
    }
    structseq_set_steal(o, i, v);
  }
  return o;
}
Object* os_stat(Object*, Object* const* a, ssize n, Object* k) { return os_stat_impl("stat", a, n, k, true); }
Object* os_lstat(Object*, Object* const* a, ssize n, Object* k) { return os_stat_impl("lstat", a, n, k, false); }

Object* os_getenv(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args("getenv", args, nargs, kwnames, "key|default", a)) return nullptr;
  if (!is_str(a[0])) return err_format_null(Exc_TypeError, "str expected, not %s", type_name(a[0]));
  Object* env = module_getattr_str(self, "environ");
  Object* v = env && is_dict(env) ? dict_getitem(env, a[0]) : nullptr;
  if (!v && err_occurred()) return nullptr;
  if (v) return newref(v);
  return newref(a[1] ? a[1] : None);
}

Object* os_getpid(Object*, Object* const*, ssize, Object*) { return int_from_i64(::getpid()); }
Object* os_getppid(Object*, Object* const*, ssize, Object*) { return int_from_i64(::getppid()); }

Object* os_getcwd(Object*, Object* const*, ssize, Object*) {
  std::string cwd;
  if (!p_getcwd(&cwd)) return nullptr;
  return str_of(cwd);
}

Object* os_chdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("chdir", args, nargs, kwnames, "path", a)) return nullptr;
  std::string p;
  if (!path_arg("chdir", a[0], &p)) return nullptr;
  if (::chdir(p.c_str()) != 0) return os_error(a[0]);
  return none_ref();
}

Object* os_listdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {nullptr};
  if (!parse_args("listdir", args, nargs, kwnames, "|path", a)) return nullptr;
  std::string p = ".";
  if (a[0] && a[0] != None && !path_arg("listdir", a[0], &p)) return nullptr;
  DIR* d = ::opendir(p.c_str());
  if (!d) {
    if (a[0] && a[0] != None) return os_error(a[0]);
    Object* dot = str_from_cstr(".");
    os_error(dot);
    xdecref(dot);
    return nullptr;
  }
  Object* list = list_new(0);
  while (list) {
    errno = 0;
    struct dirent* e = ::readdir(d);
    if (!e) break;
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    Object* name = str_from_cstr(e->d_name);
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

Object* os_mkdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args("mkdir", args, nargs, kwnames, "path|mode", a)) return nullptr;
  std::string p;
  if (!path_arg("mkdir", a[0], &p)) return nullptr;
  mode_t mode = 0777;
  if (a[1]) {
    ssize m = number_as_ssize(a[1], Exc_OverflowError);
    if (m == -1 && err_occurred()) return nullptr;
    mode = mode_t(m);
  }
  if (::mkdir(p.c_str(), mode) != 0) return os_error(a[0]);
  return none_ref();
}

Object* os_makedirs(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3] = {nullptr, nullptr, nullptr};
  if (!parse_args("makedirs", args, nargs, kwnames, "name|mode|exist_ok", a)) return nullptr;
  std::string p;
  if (!str_path_arg("makedirs", a[0], &p)) return nullptr;
  mode_t mode = 0777;
  if (a[1]) {
    ssize m = number_as_ssize(a[1], Exc_OverflowError);
    if (m == -1 && err_occurred()) return nullptr;
    mode = mode_t(m);
  }
  bool exist_ok = false;
  if (a[2]) {
    int t = object_is_true(a[2]);
    if (t < 0) return nullptr;
    exist_ok = t;
  }
  // Create each missing ancestor, then the leaf.
  for (size_t i = 1; i <= p.size(); i++) {
    if (i < p.size() && p[i] != '/') continue;
    std::string part = p.substr(0, i);
    if (i < p.size()) {
      struct stat st;
      if (::stat(part.c_str(), &st) == 0) continue;
      if (::mkdir(part.c_str(), 0777) != 0 && errno != EEXIST) {
        Object* n = str_of(part);
        os_error(n);
        xdecref(n);
        return nullptr;
      }
    } else if (::mkdir(part.c_str(), mode) != 0) {
      struct stat st;
      if (errno == EEXIST && exist_ok && ::stat(part.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) break;
      return os_error(a[0]);
    }
  }
  return none_ref();
}

Object* os_remove(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("remove", args, nargs, kwnames, "path", a)) return nullptr;
  std::string p;
  if (!path_arg("remove", a[0], &p)) return nullptr;
  if (::unlink(p.c_str()) != 0) return os_error(a[0]);
  return none_ref();
}

Object* os_rmdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("rmdir", args, nargs, kwnames, "path", a)) return nullptr;
  std::string p;
  if (!path_arg("rmdir", a[0], &p)) return nullptr;
  if (::rmdir(p.c_str()) != 0) return os_error(a[0]);
  return none_ref();
}

Object* os_rename(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("rename", args, nargs, kwnames, "src,dst", a)) return nullptr;
  std::string s, d;
  if (!path_arg("rename", a[0], &s) || !path_arg("rename", a[1], &d)) return nullptr;
  if (::rename(s.c_str(), d.c_str()) != 0) {
    // CPython reports "[Errno 2] No such file or directory: 'a' -> 'b'"; we give the source name.
    return os_error(a[0]);
  }
  return none_ref();
}

Object* os_cpu_count(Object*, Object* const*, ssize, Object*) {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) return none_ref();
  return int_from_i64(n);
}

Object* os_urandom(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("urandom", args, nargs, kwnames, "size", a)) return nullptr;
  ssize n = number_as_ssize(a[0], Exc_OverflowError);
  if (n == -1 && err_occurred()) return nullptr;
  if (n < 0) return err_format_null(Exc_ValueError, "negative argument not allowed");
  std::string buf(size_t(n), '\0');
  size_t got = 0;
  while (got < size_t(n)) {
    ssize_t r = ::getrandom(buf.data() + got, size_t(n) - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      err_set_from_errno(Exc_OSError, errno);
      return nullptr;
    }
    got += size_t(r);
  }
  return bytes_from(buf.data(), n);
}

Object* os_get_terminal_size(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {nullptr};
  if (!parse_args("get_terminal_size", args, nargs, kwnames, "|fd", a)) return nullptr;
  int fd = 1;
  if (a[0]) {
    fd = int(number_as_ssize(a[0], Exc_OverflowError));
    if (fd == -1 && err_occurred()) return nullptr;
  }
  struct winsize w;
  if (::ioctl(fd, TIOCGWINSZ, &w) != 0) {
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  if (structseq_init_type(&TerminalSizeType, &termsize_desc) < 0) return nullptr;
  Object* o = structseq_new(&TerminalSizeType);
  if (!o) return nullptr;
  structseq_set_steal(o, 0, int_from_i64(w.ws_col));
  structseq_set_steal(o, 1, int_from_i64(w.ws_row));
  return o;
}

Object* os_system(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("system", args, nargs, kwnames, "command", a)) return nullptr;
  std::string cmd;
  if (!path_arg("system", a[0], &cmd)) return nullptr;
  flush_std_streams();
  return int_from_i64(::system(cmd.c_str()));
}

Object* os__exit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("_exit", args, nargs, kwnames, "status", a)) return nullptr;
  ssize n = number_as_ssize(a[0], Exc_OverflowError);
  if (n == -1 && err_occurred()) return nullptr;
  ::_exit(int(n));
}

Object* os_write(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("write", args, nargs, kwnames, "fd,data", a)) return nullptr;
  ssize fd = number_as_ssize(a[0], Exc_OverflowError);
  if (fd == -1 && err_occurred()) return nullptr;
  BytesLike data;  // any bytes-like object
  if (!data.get(a[1])) return nullptr;
  for (;;) {
    ssize_t r = ::write(int(fd), data.data(), size_t(data.size()));
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      err_set_from_errno(Exc_OSError, errno);
      return nullptr;
    }
    return int_from_i64(r);
  }
}

Object* os_read(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("read", args, nargs, kwnames, "fd,length", a)) return nullptr;
  ssize fd = number_as_ssize(a[0], Exc_OverflowError);
  if (fd == -1 && err_occurred()) return nullptr;
  ssize n = number_as_ssize(a[1], Exc_OverflowError);
  if (n == -1 && err_occurred()) return nullptr;
  if (n < 0) {
    errno = EINVAL;
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  std::string buf(size_t(n), '\0');
  ssize_t r = read_fd(int(fd), buf.data(), size_t(n));
  if (r < 0) {
    if (!err_occurred()) err_set_from_errno(Exc_OSError, errno);  // (a Ctrl-C left KeyboardInterrupt)
    return nullptr;
  }
  return bytes_from(buf.data(), r);
}

MethodDef os_functions[] = {
    {"getenv", os_getenv, METH_DEFAULT, nullptr},
    {"getpid", os_getpid, METH_DEFAULT, nullptr},
    {"getppid", os_getppid, METH_DEFAULT, nullptr},
    {"getcwd", os_getcwd, METH_DEFAULT, nullptr},
    {"chdir", os_chdir, METH_DEFAULT, nullptr},
    {"listdir", os_listdir, METH_DEFAULT, nullptr},
    {"mkdir", os_mkdir, METH_DEFAULT, nullptr},
    {"makedirs", os_makedirs, METH_DEFAULT, nullptr},
    {"remove", os_remove, METH_DEFAULT, nullptr},
    {"unlink", os_remove, METH_DEFAULT, nullptr},
    {"rmdir", os_rmdir, METH_DEFAULT, nullptr},
    {"rename", os_rename, METH_DEFAULT, nullptr},
    {"replace", os_rename, METH_DEFAULT, nullptr},
    {"stat", os_stat, METH_DEFAULT, nullptr},
    {"lstat", os_lstat, METH_DEFAULT, nullptr},
    {"cpu_count", os_cpu_count, METH_DEFAULT, nullptr},
    {"urandom", os_urandom, METH_DEFAULT, nullptr},
    {"get_terminal_size", os_get_terminal_size, METH_DEFAULT, nullptr},
    {"system", os_system, METH_DEFAULT, nullptr},
    {"_exit", os__exit, METH_DEFAULT, nullptr},
    {"write", os_write, METH_DEFAULT, nullptr},
    {"read", os_read, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* make_environ() {
  Object* d = dict_new();
  if (!d) return nullptr;
  for (char** e = environ; e && *e; e++) {
    const char* eq = strchr(*e, '=');
    if (!eq) continue;
    Object* k = str_from_utf8(*e, eq - *e);
    Object* v = k ? str_from_cstr(eq + 1) : nullptr;
    if (!k || !v) {  // undecodable entries are skipped
      xdecref(k);
      xdecref(v);
      err_clear();
      continue;
    }
    int r = dict_setitem(d, k, v);
    decref(k);
    decref(v);
    if (r < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

Object* existing_module(const char* name) {  // borrowed
  Interp* in = interp_state();
  return in && in->modules ? dict_getitem_str(in->modules, name) : nullptr;
}

}  // namespace

int ready_os_types() {
  if (structseq_init_type(&StatResultType, &stat_desc) < 0) return -1;
  return structseq_init_type(&TerminalSizeType, &termsize_desc);
}

Object* init_os_path_module() {
  if (Object* m = existing_module("os.path")) return newref(m);
  if (Object* os = existing_module("os"))
    if (Object* p = module_getattr_str(os, "path")) return newref(p);
  Object* m = module_new("os.path");
  if (!m) return nullptr;
  if (module_add_functions(m, path_functions) < 0 || module_add_object(m, "sep", str_from_cstr("/")) < 0 ||
      module_add_object(m, "curdir", str_from_cstr(".")) < 0 ||
      module_add_object(m, "pardir", str_from_cstr("..")) < 0 ||
      module_add_object(m, "extsep", str_from_cstr(".")) < 0 ||
      module_add_object(m, "pathsep", str_from_cstr(":")) < 0 || module_add_object(m, "altsep", none_ref()) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

Object* init_os_module() {
  Object* m = module_new("os");
  if (!m) return nullptr;
  Object* path = init_os_path_module();
  if (!path) {
    decref(m);
    return nullptr;
  }
  Interp* in = interp_state();
  if (in && in->modules && !existing_module("os.path") && dict_setitem_str(in->modules, "os.path", path) < 0) {
    decref(path);
    decref(m);
    return nullptr;
  }
  if (module_add_object(m, "path", path) < 0 || module_add_functions(m, os_functions) < 0 ||
      module_add_object(m, "name", str_from_cstr("posix")) < 0 ||
      module_add_object(m, "sep", str_from_cstr("/")) < 0 ||
      module_add_object(m, "altsep", none_ref()) < 0 ||
      module_add_object(m, "extsep", str_from_cstr(".")) < 0 ||
      module_add_object(m, "pathsep", str_from_cstr(":")) < 0 ||
      module_add_object(m, "linesep", str_from_cstr("\n")) < 0 ||
      module_add_object(m, "curdir", str_from_cstr(".")) < 0 ||
      module_add_object(m, "pardir", str_from_cstr("..")) < 0 ||
      module_add_object(m, "devnull", str_from_cstr("/dev/null")) < 0 ||
      module_add_object(m, "environ", make_environ()) < 0 ||
      module_add_object(m, "SEEK_SET", int_from_i64(0)) < 0 ||
      module_add_object(m, "SEEK_CUR", int_from_i64(1)) < 0 ||
      module_add_object(m, "SEEK_END", int_from_i64(2)) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

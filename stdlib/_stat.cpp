// _stat: the S_* constants and functions CPython's stat.py takes with
// `from _stat import *`, from the platform's <sys/stat.h>.  Solaris doors,
// event ports and BSD whiteouts do not exist on Linux: their S_IF* values
// are 0 and their S_IS* tests always say False, as in CPython there.
#include <sys/stat.h>

#include <climits>

#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

// A mode_t argument: an int in 0..UINT_MAX, with CPython's errors.
bool mode_arg(const char* fname, Object* const* args, ssize nargs, Object* kwnames, mode_t* out) {
  std::string q = std::string("_stat.") + fname;
  if (!cont::check_no_kw(q.c_str(), kwnames) || !cont::check_one_arg(q.c_str(), nargs)) return false;
  Object* o = args[0];
  if (!is_int(o)) {
    err_set_string(Exc_TypeError, "an integer is required");
    return false;
  }
  if (int_sign(o) < 0) {
    err_set_string(Exc_OverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  if (!int_fits_i64(o)) {
    err_set_string(Exc_OverflowError, "Python int too large to convert to C unsigned long");
    return false;
  }
  int64_t v = int_as_i64(o);
  if (v > int64_t(UINT_MAX)) {
    err_set_string(Exc_OverflowError, "mode out of range");
    return false;
  }
  *out = mode_t(v);
  return true;
}

#define S_TEST(fname, expr)                                                       \
  Object* f_##fname(Object*, Object* const* args, ssize nargs, Object* kwnames) { \
    mode_t mode;                                                                  \
    if (!mode_arg(#fname, args, nargs, kwnames, &mode)) return nullptr;           \
    return bool_ref(expr);                                                        \
  }
S_TEST(S_ISDIR, S_ISDIR(mode))
S_TEST(S_ISCHR, S_ISCHR(mode))
S_TEST(S_ISBLK, S_ISBLK(mode))
S_TEST(S_ISREG, S_ISREG(mode))
S_TEST(S_ISFIFO, S_ISFIFO(mode))
S_TEST(S_ISLNK, S_ISLNK(mode))
S_TEST(S_ISSOCK, S_ISSOCK(mode))
S_TEST(S_ISDOOR, (void(mode), false))
S_TEST(S_ISPORT, (void(mode), false))
S_TEST(S_ISWHT, (void(mode), false))
#undef S_TEST

Object* f_S_IMODE(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  mode_t mode;
  if (!mode_arg("S_IMODE", args, nargs, kwnames, &mode)) return nullptr;
  return int_from_i64(mode & 07777);
}

Object* f_S_IFMT(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  mode_t mode;
  if (!mode_arg("S_IFMT", args, nargs, kwnames, &mode)) return nullptr;
  return int_from_i64(mode & S_IFMT);
}

char filetype(mode_t mode) {
  if (S_ISREG(mode)) return '-';
  if (S_ISDIR(mode)) return 'd';
  if (S_ISLNK(mode)) return 'l';
  if (S_ISBLK(mode)) return 'b';
  if (S_ISCHR(mode)) return 'c';
  if (S_ISFIFO(mode)) return 'p';
  if (S_ISSOCK(mode)) return 's';
  return '?';
}

// "-rwxr-xr-x" (s/S, t/T for the set-id and sticky bits).
Object* f_filemode(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  mode_t mode;
  if (!mode_arg("filemode", args, nargs, kwnames, &mode)) return nullptr;
  char buf[10];
  buf[0] = filetype(mode);
  auto triple = [&](int at, mode_t r, mode_t w, mode_t x, mode_t special, char on, char off) {
    buf[at] = mode & r ? 'r' : '-';
    buf[at + 1] = mode & w ? 'w' : '-';
    if (mode & special) buf[at + 2] = mode & x ? on : off;
    else buf[at + 2] = mode & x ? 'x' : '-';
  };
  triple(1, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S');
  triple(4, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S');
  triple(7, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T');
  return str_from(std::string_view(buf, 10));
}

#define FN(name, doc) {#name, f_##name, METH_DEFAULT, doc}
MethodDef module_functions[] = {
    FN(S_ISDIR, "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory."),
    FN(S_ISCHR, "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file."),
    FN(S_ISBLK, "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file."),
    FN(S_ISREG, "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file."),
    FN(S_ISFIFO, "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe)."),
    FN(S_ISLNK, "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link."),
    FN(S_ISSOCK, "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket."),
    FN(S_ISDOOR, "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door."),
    FN(S_ISPORT, "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port."),
    FN(S_ISWHT, "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout."),
    FN(S_IMODE, "Return the portion of the file's mode that can be set by os.chmod()."),
    FN(S_IFMT, "Return the portion of the file's mode that describes the file type."),
    FN(filemode, "Convert a file's mode to a string of the form '-rwxrwxrwx'"),
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

struct Constant {
  const char* name;
  long long value;
};
const Constant constants[] = {
    {"S_IFDIR", S_IFDIR},   {"S_IFCHR", S_IFCHR},   {"S_IFBLK", S_IFBLK},         {"S_IFREG", S_IFREG},
    {"S_IFIFO", S_IFIFO},   {"S_IFLNK", S_IFLNK},   {"S_IFSOCK", S_IFSOCK},       {"S_IFDOOR", 0},
    {"S_IFPORT", 0},        {"S_IFWHT", 0},         {"S_ISUID", S_ISUID},         {"S_ISGID", S_ISGID},
    {"S_ISVTX", S_ISVTX},   {"S_ENFMT", S_ISGID},   {"S_IREAD", S_IRUSR},         {"S_IWRITE", S_IWUSR},
    {"S_IEXEC", S_IXUSR},   {"S_IRWXU", S_IRWXU},   {"S_IRUSR", S_IRUSR},         {"S_IWUSR", S_IWUSR},
    {"S_IXUSR", S_IXUSR},   {"S_IRWXG", S_IRWXG},   {"S_IRGRP", S_IRGRP},         {"S_IWGRP", S_IWGRP},
    {"S_IXGRP", S_IXGRP},   {"S_IRWXO", S_IRWXO},   {"S_IROTH", S_IROTH},         {"S_IWOTH", S_IWOTH},
    {"S_IXOTH", S_IXOTH},   {"UF_NODUMP", 0x1},     {"UF_IMMUTABLE", 0x2},        {"UF_APPEND", 0x4},
    {"UF_OPAQUE", 0x8},     {"UF_NOUNLINK", 0x10},  {"UF_COMPRESSED", 0x20},      {"UF_HIDDEN", 0x8000},
    {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000}, {"SF_APPEND", 0x40000}, {"SF_NOUNLINK", 0x100000},
    {"SF_SNAPSHOT", 0x200000}, {"ST_MODE", 0},      {"ST_INO", 1},                {"ST_DEV", 2},
    {"ST_NLINK", 3},        {"ST_UID", 4},          {"ST_GID", 5},                {"ST_SIZE", 6},
    {"ST_ATIME", 7},        {"ST_MTIME", 8},        {"ST_CTIME", 9},
};

}  // namespace

Object* init_stat_module() {
  Object* m = native::make_module("_stat",
                                  "S_IFMT_: file type bits\n"
                                  "S_IFDIR: directory\n"
                                  "S_IFCHR: character device\n"
                                  "S_IFBLK: block device\n"
                                  "S_IFREG: regular file\n"
                                  "S_IFIFO: fifo (named pipe)\n"
                                  "S_IFLNK: symbolic link\n"
                                  "S_IFSOCK: socket file\n"
                                  "S_IFDOOR: door\n"
                                  "S_IFPORT: event port\n"
                                  "S_IFWHT: whiteout\n",
                                  module_functions, {});
  if (!m) return nullptr;
  for (const Constant& c : constants) {
    if (native::add_int(m, c.name, c.value) < 0) {
      decref(m);
      return nullptr;
    }
  }
  return m;
}

}  // namespace stdlib

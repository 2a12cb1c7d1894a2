// pwd and grp: the password and group databases (getpwnam/getpwuid/getpwall,
// getgrnam/getgrgid/getgrall) as struct sequences, over the C library's
// reentrant lookups; a lookup may ask a network service (NSS), so each runs
// outside the GIL in a BlockingSection.  The two modules share the uid/gid
// argument converter and the buffer handling, hence one file.
#include <cerrno>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#include <vector>

#include "runtime/threads/sched.h"
#include "runtime/text/str.h"
#include "runtime/containers/list.h"
#include "clinic.h"
#include "modules.h"
#include "native.h"
#include "structseq.h"

namespace stdlib {
using namespace rt;

namespace {

const char* const passwd_fields[] = {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell", nullptr};
const StructSeqDesc passwd_desc = {"pwd.struct_passwd", passwd_fields, 7};
StructSeqType PasswdType;

const char* const group_fields[] = {"gr_name", "gr_passwd", "gr_gid", "gr_mem", nullptr};
const StructSeqDesc group_desc = {"grp.struct_group", group_fields, 4};
StructSeqType GroupType;

// C strings from the databases: UTF-8 with surrogateescape, as os.fsdecode.
Object* fsdecode(const char* s) { return bytes_decode(s, ssize(strlen(s)), "utf-8", "surrogateescape"); }

// CPython's _Py_Uid_Converter / _Py_Gid_Converter: an int (or __index__) that
// fits a uid_t/gid_t, or -1.  what: "uid" / "gid".
bool id_arg(Object* o, const char* what, uint32_t* out) {
  if (is_float(o) || !type_of(o)->nb_index) {
    err_format(Exc_TypeError, "%s should be integer, not %.200s", what, type_name(o));
    return false;
  }
  Object* i = number_index(o);
  if (!i) return false;
  bool fits = int_fits_i64(i);
  int64_t v = fits ? int_as_i64(i) : 0;
  int sign = int_sign(i);
  decref(i);
  if (fits) {
    if (v == -1) {
      *out = uint32_t(-1);
      return true;
    }
    if (v >= 0 && v <= int64_t(UINT32_MAX)) {
      *out = uint32_t(v);
      return true;
    }
    err_format(Exc_OverflowError, "%s is less than minimum", what);  // negative, or truncated (CPython's wording)
    return false;
  }
  if (sign < 0) err_format(Exc_OverflowError, "%s is less than minimum", what);
  else err_format(Exc_OverflowError, "%s is greater than maximum", what);
  return false;
}

// A name argument: str without NUL, encoded as os.fsencode does.
bool name_arg(const char* fname, Object* o, std::string* out) {
  if (!is_str(o)) {
    err_format(Exc_TypeError, "%s() argument must be str, not %.200s", fname, type_name(o));
    return false;
  }
  Object* b = str_encode(o, "utf-8", "surrogateescape");
  if (!b) return false;
  out->assign(bytes_data(b), size_t(size_of(b)));
  decref(b);
  if (out->find('\0') != std::string::npos) {
    err_set_string(Exc_ValueError, "embedded null byte");
    return false;
  }
  return true;
}

// Run a reentrant lookup f(buf, size, &result) outside the GIL, growing the
// buffer on ERANGE.  Returns the errno-style code (0 with *found when found).
template <class F>
int lookup(std::vector<char>& buf, F f) {
  long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
  buf.resize(hint > 0 ? size_t(hint) : 1024);
  for (;;) {
    int r;
    {
      sched::BlockingSection bs;
      r = f(buf.data(), buf.size());
    }
    if (r != ERANGE || buf.size() > (1u << 24)) return r;
    buf.resize(buf.size() * 2);
  }
}

Object* make_passwd(const struct passwd* p) {
  return structseq_pack(&PasswdType, {fsdecode(p->pw_name), fsdecode(p->pw_passwd ? p->pw_passwd : ""),
                                      int_from_u64(p->pw_uid), int_from_u64(p->pw_gid),
                                      fsdecode(p->pw_gecos ? p->pw_gecos : ""), fsdecode(p->pw_dir),
                                      fsdecode(p->pw_shell)});
}

Object* make_group(const struct group* g) {
  Object* mem = list_new(0);
  if (!mem) return nullptr;
  for (char** m = g->gr_mem; m && *m; m++) {
    Object* s = fsdecode(*m);
    if (!s || list_append(mem, s) < 0) {
      xdecref(s);
      decref(mem);
      return nullptr;
    }
    decref(s);
  }
  return structseq_pack(&GroupType, {fsdecode(g->gr_name), fsdecode(g->gr_passwd ? g->gr_passwd : ""),
                                     int_from_u64(g->gr_gid), mem});
}

// ---- pwd --------------------------------------------------------------------------------------------------
Object* pwd_getpwuid(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("pwd.getpwuid", nargs, kwnames)) return nullptr;
  uint32_t uid;
  if (!id_arg(args[0], "uid", &uid)) {
    if (!err_matches(Exc_OverflowError)) return nullptr;
    err_clear();
    return err_format_null(Exc_KeyError, "getpwuid(): uid not found");
  }
  struct passwd pw, *res = nullptr;
  std::vector<char> buf;
  int r = lookup(buf, [&](char* b, size_t n) { return getpwuid_r(uid_t(uid), &pw, b, n, &res); });
  if (r != 0 && r != ENOENT && r != ESRCH) {
    err_set_from_errno(Exc_OSError, r);
    return nullptr;
  }
  if (!res) return err_format_null(Exc_KeyError, "getpwuid(): uid not found: %lu", (unsigned long)uid);
  return make_passwd(res);
}

Object* pwd_getpwnam(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("pwd.getpwnam", nargs, kwnames)) return nullptr;
  std::string name;
  if (!name_arg("getpwnam", args[0], &name)) return nullptr;
  struct passwd pw, *res = nullptr;
  std::vector<char> buf;
  int r = lookup(buf, [&](char* b, size_t n) { return getpwnam_r(name.c_str(), &pw, b, n, &res); });
  if (r != 0 && r != ENOENT && r != ESRCH) {
    err_set_from_errno(Exc_OSError, r);
    return nullptr;
  }
  if (!res) {
    Object* rep = object_repr(args[0]);
    if (!rep) return nullptr;
    err_format(Exc_KeyError, "getpwnam(): name not found: %s", str_utf8(rep));
    decref(rep);
    return nullptr;
  }
  return make_passwd(res);
}

// getpwall / getgrall: the whole database under the GIL (setpwent and
// friends are not reentrant; CPython holds a lock the same way).
template <class Ent, class Make>
Object* all_entries(void (*set)(), Ent* (*next)(), void (*end)(), Make make) {
  Object* l = list_new(0);
  if (!l) return nullptr;
  set();
  while (Ent* e = next()) {
    Object* v = make(e);
    if (!v || list_append(l, v) < 0) {
      xdecref(v);
      decref(l);
      end();
      return nullptr;
    }
    decref(v);
  }
  end();
  return l;
}

Object* pwd_getpwall(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("pwd.getpwall", nargs, kwnames)) return nullptr;
  return all_entries<struct passwd>(setpwent, getpwent, endpwent, make_passwd);
}

// ---- grp ---------------------------------------------------------------------------------------------------
Object* grp_getgrgid(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"id"};
  Object* id;
  if (!parse_clinic_args("getgrgid", kNames, 1, 1, args, nargs, kwnames, &id)) return nullptr;
  uint32_t gid;
  if (!id_arg(id, "gid", &gid)) return nullptr;
  struct group gr, *res = nullptr;
  std::vector<char> buf;
  int r = lookup(buf, [&](char* b, size_t n) { return getgrgid_r(gid_t(gid), &gr, b, n, &res); });
  if (r != 0 && r != ENOENT && r != ESRCH) {
    err_set_from_errno(Exc_OSError, r);
    return nullptr;
  }
  if (!res) return err_format_null(Exc_KeyError, "getgrgid(): gid not found: %lu", (unsigned long)gid);
  return make_group(res);
}

Object* grp_getgrnam(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"name"};
  Object* nameobj;
  if (!parse_clinic_args("getgrnam", kNames, 1, 1, args, nargs, kwnames, &nameobj)) return nullptr;
  std::string name;
  if (!name_arg("getgrnam", nameobj, &name)) return nullptr;
  struct group gr, *res = nullptr;
  std::vector<char> buf;
  int r = lookup(buf, [&](char* b, size_t n) { return getgrnam_r(name.c_str(), &gr, b, n, &res); });
  if (r != 0 && r != ENOENT && r != ESRCH) {
    err_set_from_errno(Exc_OSError, r);
    return nullptr;
  }
  if (!res) {
    Object* rep = object_repr(nameobj);
    if (!rep) return nullptr;
    err_format(Exc_KeyError, "getgrnam(): name not found: %s", str_utf8(rep));
    decref(rep);
    return nullptr;
  }
  return make_group(res);
}

Object* grp_getgrall(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("grp.getgrall", nargs, kwnames)) return nullptr;
  return all_entries<struct group>(setgrent, getgrent, endgrent, make_group);
}

MethodDef pwd_functions[] = {
    {"getpwuid", pwd_getpwuid, METH_DEFAULT,
     "Return the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on password "
     "database entries."},
    {"getpwnam", pwd_getpwnam, METH_DEFAULT,
     "Return the password database entry for the given user name.\n\nSee `help(pwd)` for more on password database "
     "entries."},
    {"getpwall", pwd_getpwall, METH_DEFAULT,
     "Return a list of all available password database entries, in arbitrary order.\n\nSee help(pwd) for more on "
     "password database entries."},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef grp_functions[] = {
    {"getgrgid", grp_getgrgid, METH_DEFAULT,
     "Return the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError."},
    {"getgrnam", grp_getgrnam, METH_DEFAULT,
     "Return the group database entry for the given group name.\n\nIf name is not valid, raise KeyError."},
    {"getgrall", grp_getgrall, METH_DEFAULT,
     "Return a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with '+' or "
     "'-' represents an instruction\nto use YP/NIS and may not be accessible via getgrnam or getgrgid."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_pwd_module() {
  if (structseq_ready_on_import(&PasswdType, &passwd_desc) < 0) return nullptr;
  return native::make_module(
      "pwd",
      "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\n"
      "Password database entries are reported as 7-tuples containing the following\nitems from the password database "
      "(see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid "
      "items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.",
      pwd_functions, {&PasswdType});
}

Object* init_grp_module() {
  if (structseq_ready_on_import(&GroupType, &group_desc) < 0) return nullptr;
  return native::make_module(
      "grp",
      "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\n"
      "from the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password "
      "(encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is "
      "an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the "
      "groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership "
      "information.)",
      grp_functions, {&GroupType});
}

}  // namespace stdlib

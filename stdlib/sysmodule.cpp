// The sys module.
#include <cfloat>
#include <cstdio>
#include <climits>
#include <string>
#include <unistd.h>

#include "fileio.h"
#include "code_hash.h"
#include "config.h"
#include "modules.h"
#include "posixmodule.h"
#include "structseq.h"
#include "../gc/gc.h"
#include "../interp/code.h"
#include "runtime/threads/state.h"
#include "runtime/types/typeslots.h"

#ifndef PYGLASS_VERSION
#define PYGLASS_VERSION "0.1.0"
#endif

namespace stdlib {
extern const char* const builtin_module_names[];  // stdlib/registry.cpp
}

namespace stdlib {
using namespace rt;

namespace {


const char* const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial", nullptr};
const StructSeqDesc version_info_desc = {"sys.version_info", version_info_fields, 5};
StructSeqType VersionInfoType;

const char* const flags_fields[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                    "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                                    "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                                    "warn_default_encoding", "safe_path", "int_max_str_digits", nullptr};
const StructSeqDesc flags_desc = {"sys.flags", flags_fields, 18};
StructSeqType FlagsType;

const char* const float_info_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                         "dig", "mant_dig", "epsilon", "radix", "rounds", nullptr};
const StructSeqDesc float_info_desc = {"sys.float_info", float_info_fields, 11};
StructSeqType FloatInfoType;

Object* sys_exit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("exit", kwnames)) return nullptr;
  if (nargs > 1) return err_format_null(Exc_TypeError, "exit expected at most 1 argument, got %zd", nargs);
  Object* exc = exc_new(Exc_SystemExit, args, nargs);
  if (!exc) return nullptr;
  err_set_exception(exc);
  decref(exc);
  return nullptr;
}

Object* sys_getrefcount(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getrefcount", kwnames)) return nullptr;
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "sys.getrefcount() takes exactly one argument (%zd given)", nargs);
  // The caller's argument slot already holds a reference, as in CPython.
  return int_from_i64(args[0]->ob_refcnt);
}

Object* sys_getsizeof(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args("getsizeof", args, nargs, kwnames, "object|default", a)) return nullptr;
  Object* meth = type_lookup(type_of(a[0]), names::__sizeof__);
  if (!meth) {
    if (a[1]) return newref(a[1]);
    return err_format_null(Exc_TypeError, "Type %s doesn't define __sizeof__", type_name(a[0]));
  }
  incref(meth);
  Object* r = call_found_special(meth, a[0], nullptr, 0);  // type(o).__sizeof__(o): sys.getsizeof(int) asks type
  decref(meth);
  if (!r) {
    if (a[1] && err_matches(Exc_TypeError)) {
      err_clear();
      return newref(a[1]);
    }
    return nullptr;
  }
  if (!is_int(r)) {
    decref(r);
    return err_format_null(Exc_TypeError, "an integer is required");
  }
  ssize size = int_as_ssize(r);
  decref(r);
  if (size == -1 && err_occurred()) return nullptr;
  if (size < 0) return err_format_null(Exc_ValueError, "__sizeof__() should return >= 0");
  if (object_is_gc(a[0])) size += ssize(sizeof(gc::GCHead));  // static types carry no GCHead
  return int_from_i64(size);
}

Object* sys_getrecursionlimit(Object*, Object* const*, ssize, Object*) {
  return int_from_i64(interp_state()->recursion_limit);
}

Object* sys_setrecursionlimit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("setrecursionlimit", kwnames)) return nullptr;
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "setrecursionlimit() takes exactly one argument (%zd given)", nargs);
  if (is_float(args[0])) return err_format_null(Exc_TypeError, "'float' object cannot be interpreted as an integer");
  ssize n = number_as_ssize(args[0], Exc_OverflowError);
  if (n == -1 && err_occurred()) return nullptr;
  if (n < 1) return err_format_null(Exc_ValueError, "recursion limit must be greater or equal than 1");
  if (n > INT_MAX) return err_format_null(Exc_OverflowError, "Python int too large to convert to C int");
  int depth = tstate() ? tstate()->recursion_depth : 0;
  if (n <= depth)
    return err_format_null(Exc_RecursionError,
                           "cannot set the recursion limit to %zd at the recursion depth %d: the limit is too low",
                           n, depth);
  interp_state()->recursion_limit = int(n);
  return none_ref();
}

Object* sys_intern(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("intern", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "intern() takes exactly one argument (%zd given)", nargs);
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "intern() argument must be str, not %s", type_name(args[0]));
  if (!is_str_exact(args[0])) return err_format_null(Exc_TypeError, "can't intern %.400s", type_name(args[0]));
  return str_intern(newref(args[0]));
}

// The exception being handled: the topmost non-empty entry of the handled-exception stack.
Object* handled_exception() {
  ThreadState* ts = tstate();
  if (!ts) return nullptr;
  for (ExcStackItem* e = ts->exc_info; e; e = e->previous)
    if (e->exc_value && e->exc_value != None) return e->exc_value;
  return nullptr;
}

Object* sys_exc_info(Object*, Object* const*, ssize, Object*) {
  Object* exc = handled_exception();
  if (!exc) return tuple_pack(3, None, None, None);
  Object* tb = exc_get_traceback(exc);
  return tuple_pack(3, static_cast<Object*>(type_of(exc)), exc, tb ? tb : None);
}

Object* sys_exception(Object*, Object* const*, ssize, Object*) {
  Object* exc = handled_exception();
  return newref(exc ? exc : None);
}

Object* sys_getswitchinterval(Object*, Object* const*, ssize, Object*) {
  return float_from_double(interp_state()->switch_interval);
}

Object* sys_setswitchinterval(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("setswitchinterval", args, nargs, kwnames, "interval", a)) return nullptr;
  bool ok = true;
  double d = number_as_double(a[0], &ok);
  if (!ok) return nullptr;
  if (d <= 0.0) return err_format_null(Exc_ValueError, "switch interval must be strictly positive");
  interp_state()->switch_interval = d;
  return none_ref();
}

Object* sys_getcheckinterval(Object*, Object* const*, ssize, Object*) {
  return int_from_i64(interp_state()->check_interval);
}

Object* sys_setcheckinterval(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("setcheckinterval", args, nargs, kwnames, "n", a)) return nullptr;
  ssize n = number_as_ssize(a[0], Exc_OverflowError);
  if (n == -1 && err_occurred()) return nullptr;
  if (n < 1) n = 1;
  if (n > INT_MAX) n = INT_MAX;
  interp_state()->check_interval = int(n);
  return none_ref();
}

Object* sys_getdefaultencoding(Object*, Object* const*, ssize, Object*) { return str_from_cstr("utf-8"); }

Object* sys_displayhook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("displayhook", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "displayhook() takes exactly one argument (%zd given)", nargs);
  Object* v = args[0];
  if (v == None) return none_ref();
  Object* builtins = interp_state()->builtins;
  // builtins._ is cleared first so that repr() of the value cannot see it.
  if (builtins && dict_setitem_str(builtins, "_", None) < 0) return nullptr;
  Object* out = sys_get_object("stdout");
  if (!out || out == None) return err_format_null(Exc_RuntimeError, "lost sys.stdout");
  Object* r = object_repr(v);
  if (!r) return nullptr;
  int rc = file_write_str(out, r);
  decref(r);
  if (rc < 0 || file_write_cstr(out, "\n") < 0) return nullptr;
  if (builtins && dict_setitem_str(builtins, "_", v) < 0) return nullptr;
  return none_ref();
}

Object* sys_excepthook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("excepthook", kwnames)) return nullptr;
  if (nargs != 3) return err_format_null(Exc_TypeError, "excepthook expected 3 arguments, got %zd", nargs);
  Object* value = args[1];
  if (is_exception(value)) {
    interp::print_exception(value, nullptr);
  } else {
    Object* err = sys_get_object("stderr");
    Object* s = object_str(value);
    if (!s) return nullptr;
    if (err && err != None) {
      file_write_str(err, s);
      file_write_cstr(err, "\n");
    }
    decref(s);
  }
  return none_ref();
}

// The error handler of os.fsencode/fsdecode: 'surrogateescape', as CPython on Linux.
Object* sys_getfilesystemencodeerrors(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (nargs || kwnames) return err_format_null(Exc_TypeError, "sys.getfilesystemencodeerrors() takes no arguments (%zd given)", nargs);
  return str_from_cstr("surrogateescape");
}

MethodDef sys_functions[] = {
    {"exit", sys_exit, METH_DEFAULT, nullptr},
    {"getrefcount", sys_getrefcount, METH_DEFAULT, nullptr},
    {"getsizeof", sys_getsizeof, METH_DEFAULT, nullptr},
    {"getrecursionlimit", sys_getrecursionlimit, METH_DEFAULT, nullptr},
    {"setrecursionlimit", sys_setrecursionlimit, METH_DEFAULT, nullptr},
    {"intern", sys_intern, METH_DEFAULT, nullptr},
    {"exc_info", sys_exc_info, METH_DEFAULT, nullptr},
    {"exception", sys_exception, METH_DEFAULT, nullptr},
    {"getswitchinterval", sys_getswitchinterval, METH_DEFAULT, nullptr},
    {"setswitchinterval", sys_setswitchinterval, METH_DEFAULT, nullptr},
    {"getcheckinterval", sys_getcheckinterval, METH_DEFAULT, nullptr},
    {"setcheckinterval", sys_setcheckinterval, METH_DEFAULT, nullptr},
    {"getdefaultencoding", sys_getdefaultencoding, METH_DEFAULT, nullptr},
    {"getfilesystemencoding", sys_getdefaultencoding, METH_DEFAULT, nullptr},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, METH_DEFAULT, nullptr},
    {"displayhook", sys_displayhook, METH_DEFAULT, nullptr},
    {"excepthook", sys_excepthook, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int add(Object* m, const char* name, Object* v) {
  if (!v) return -1;
  return module_add_object(m, name, v);
}

// A sys.version_info-style named tuple: (major, minor, micro, 'final', 0).
Object* make_version_tuple(int major, int minor, int micro) {
  if (structseq_init_type(&VersionInfoType, &version_info_desc) < 0) return nullptr;
  Object* v = structseq_new(&VersionInfoType);
  if (!v) return nullptr;
  structseq_set_steal(v, 0, int_from_i64(major));
  structseq_set_steal(v, 1, int_from_i64(minor));
  structseq_set_steal(v, 2, int_from_i64(micro));
  structseq_set_steal(v, 3, str_from_cstr("final"));
  structseq_set_steal(v, 4, int_from_i64(0));
  return v;
}

Object* make_version_info() { return make_version_tuple(3, 11, 7); }

Object* make_flags() {
  if (structseq_init_type(&FlagsType, &flags_desc) < 0) return nullptr;
  Object* v = structseq_new(&FlagsType);
  if (!v) return nullptr;
  const StartupConfig& c = startup_config();
  const int ints[18] = {0, c.inspect, c.inspect, c.optimize, c.dont_write_bytecode, c.no_user_site, c.no_site,
                        c.ignore_environment, c.verbose, c.bytes_warning, c.quiet, 1, c.isolated, 0, 0, 0, 0,
                        c.int_max_str_digits};
  for (int i = 0; i < 18; i++) {
    Object* x;
    if (i == 13) x = bool_ref(c.dev_mode);        // dev_mode (-X dev)
    else if (i == 16) x = bool_ref(c.safe_path);  // safe_path
    else x = int_from_i64(ints[i]);
    structseq_set_steal(v, i, x);
  }
  return v;
}

Object* make_float_info() {
  if (structseq_init_type(&FloatInfoType, &float_info_desc) < 0) return nullptr;
  Object* v = structseq_new(&FloatInfoType);
  if (!v) return nullptr;
  structseq_set_steal(v, 0, float_from_double(DBL_MAX));
  structseq_set_steal(v, 1, int_from_i64(DBL_MAX_EXP));
  structseq_set_steal(v, 2, int_from_i64(DBL_MAX_10_EXP));
  structseq_set_steal(v, 3, float_from_double(DBL_MIN));
  structseq_set_steal(v, 4, int_from_i64(DBL_MIN_EXP));
  structseq_set_steal(v, 5, int_from_i64(DBL_MIN_10_EXP));
  structseq_set_steal(v, 6, int_from_i64(DBL_DIG));
  structseq_set_steal(v, 7, int_from_i64(DBL_MANT_DIG));
  structseq_set_steal(v, 8, float_from_double(DBL_EPSILON));
  structseq_set_steal(v, 9, int_from_i64(FLT_RADIX));
  structseq_set_steal(v, 10, int_from_i64(1));
  return v;
}

// sys.implementation: a types.SimpleNamespace naming pyglass and its own
// version (PYGLASS_VERSION, "major.minor.micro").  cache_tag is pyglass's and
// carries the fingerprint of its bytecode (docs/import.md), so a module cache
// never picks up CPython's .pyc files, nor one written by another pyglass build.
Object* make_implementation() {
  int major = 0, minor = 0, micro = 0;
  std::sscanf(PYGLASS_VERSION, "%d.%d.%d", &major, &minor, &micro);
  char tag[48];
  std::snprintf(tag, sizeof tag, "pyglass-%d%d-%s", major, minor, PYGLASS_CODE_HASH);
#if defined(__x86_64__)
  const char* multiarch = "x86_64-linux-gnu";
#elif defined(__aarch64__)
  const char* multiarch = "aarch64-linux-gnu";
#else
  const char* multiarch = "unknown-linux-gnu";
#endif
  Object* d = dict_new();
  if (!d) return nullptr;
  auto put = [&](const char* k, Object* v) {
    int r = v ? dict_setitem_str(d, k, v) : -1;
    xdecref(v);
    return r;
  };
  int hex = (major << 24) | (minor << 16) | (micro << 8) | 0xF0;
  if (put("name", str_from_cstr("pyglass")) < 0 || put("cache_tag", str_from_cstr(tag)) < 0 ||
      put("version", make_version_tuple(major, minor, micro)) < 0 || put("hexversion", int_from_i64(hex)) < 0 ||
      put("_multiarch", str_from_cstr(multiarch)) < 0) {
    decref(d);
    return nullptr;
  }
  Object* ns = namespace_new(d);
  decref(d);
  return ns;
}

Object* make_executable() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n < 0) return str_from_cstr("");
  return str_from_utf8(buf, n);
}

Object* make_builtin_module_names() {
  ssize n = 0;
  while (builtin_module_names[n]) n++;
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* s = str_from_cstr(builtin_module_names[i]);
    if (!s) {
      for (ssize j = i; j < n; j++) tuple_set_steal(t, j, none_ref());
      decref(t);
      return nullptr;
    }
    tuple_set_steal(t, i, s);
  }
  return t;
}

}  // namespace

Object* init_sys_module() {
  Interp* in = interp_state();
  Object* m = module_new("sys");
  if (!m) return nullptr;
  if (module_add_functions(m, sys_functions) < 0 || module_add_functions(m, sys_frame_functions) < 0) goto fail;
  if (sys_add_asyncgen_hooks(m) < 0) goto fail;  // async/await
  if (sys_add_audit(m) < 0) goto fail;           // natives4: audit hooks
  if (!in->modules) {
    in->modules = dict_new();
    if (!in->modules) goto fail;
  }
  if (!in->sysdict) in->sysdict = module_get_dict(m);
  if (init_file_types() < 0 || ready_time_types() < 0 || posix::ready_posix_types() < 0 || ready_random_types() < 0 || ready_thread_types() < 0 ||
      ready_signal_types() < 0 || ready_select_types() < 0 ||  // natives2
      ready_data_types() < 0 ||                                 // natives3
      ready_sre_types() < 0 ||  // _sre
      ready_socket_types() < 0 ||  // lib/socket: _socket.socket
      ready_natives5_types() < 0 ||  // natives5: termios.error, _csv, _bz2, _lzma
      structseq_init_type(&FlagsType, &flags_desc) < 0 || structseq_init_type(&FloatInfoType, &float_info_desc) < 0)
    goto fail;
  {
    Object* vi = make_version_info();
    if (add(m, "version_info", vi) < 0) goto fail;
    if (create_std_streams(m) < 0) goto fail;  // stdlib/_iomodule.cpp
    Object* argv = list_new(0);
    Object* empty = str_from_cstr("");
    if (!argv || !empty || list_append(argv, empty) < 0) {
      xdecref(argv);
      xdecref(empty);
      goto fail;
    }
    decref(empty);
    if (add(m, "argv", argv) < 0) goto fail;
    // main.cpp fills sys.path (stdlib/config.cpp); importlib fills the rest.
    if (add(m, "path", list_new(0)) < 0 || add(m, "meta_path", list_new(0)) < 0 ||
        add(m, "path_hooks", list_new(0)) < 0 || add(m, "path_importer_cache", dict_new()) < 0)
      goto fail;
    std::string version = "3.11.7 (pyglass " PYGLASS_VERSION ") [C++]";
    if (add(m, "version", str_from(version)) < 0 || add(m, "hexversion", int_from_i64(0x030B07F0)) < 0 ||
        add(m, "api_version", int_from_i64(1013)) < 0 ||
        add(m, "implementation", make_implementation()) < 0 ||
        add(m, "maxsize", int_from_i64(INT64_MAX)) < 0 || add(m, "maxunicode", int_from_i64(0x10FFFF)) < 0 ||
        add(m, "platform", str_from_cstr("linux")) < 0 ||
        add(m, "byteorder", str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big")) < 0 ||
        add(m, "executable", make_executable()) < 0 || add(m, "modules", newref(in->modules)) < 0 ||
        add(m, "builtin_module_names", make_builtin_module_names()) < 0 ||
        add(m, "flags", make_flags()) < 0 || add(m, "float_info", make_float_info()) < 0 ||
        add(m, "prefix", str_from_cstr("/usr/local")) < 0 || add(m, "copyright", str_from_cstr("pyglass")) < 0 ||
        add(m, "dont_write_bytecode", bool_ref(true)) < 0)
      goto fail;
    Object* dh = module_getattr_str(m, "displayhook");
    Object* eh = module_getattr_str(m, "excepthook");
    if (!dh || !eh || add(m, "__displayhook__", newref(dh)) < 0 || add(m, "__excepthook__", newref(eh)) < 0)
      goto fail;
  }
  if (sys_add_info(m) < 0) goto fail;  // natives4: the rest of sys (stdlib/sys_info.cpp)
  return m;
fail:
  decref(m);
  return nullptr;
}

}  // namespace stdlib

namespace rt {

Object* sys_get_object(const char* name) {
  Interp* in = interp_state();
  if (!in || !in->sysdict) return nullptr;
  return dict_getitem_str(in->sysdict, name);
}

int sys_set_object(const char* name, Object* v) {
  Interp* in = interp_state();
  if (!in || !in->sysdict) {
    err_set_string(Exc_RuntimeError, "lost sys module");
    return -1;
  }
  if (!v) {
    Object* key = str_from_cstr(name);
    if (!key) return -1;
    int r = dict_contains(in->sysdict, key);
    if (r > 0) r = dict_delitem(in->sysdict, key);
    decref(key);
    return r < 0 ? -1 : 0;
  }
  return dict_setitem_str(in->sysdict, name, v);
}

}  // namespace rt

// ---- added by ast ----
namespace stdlib {
}  // namespace stdlib

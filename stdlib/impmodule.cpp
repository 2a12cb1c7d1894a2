// _imp: the native half of CPython's import system.  importlib._bootstrap and
// importlib._bootstrap_external (CPython's own Python files, frozen into the
// binary) call these to find and create built-in and frozen modules, to take
// the global import lock, and to hash sources for hash-based caches.
//
// The import lock is reentrant and owned by one thread at a time; waiting for
// it goes through the scheduler layer like every other lock (the GIL is
// released, the deadlock detector and seeded mode see the wait).  Its state is
// protected by the GIL.
#include <cstring>
#include <string>

#include "../interp/code.h"
#include "../runtime/pyhash.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/state.h"
#include "modules.h"

namespace stdlib {

using namespace rt;
using interp::CodeObject;

namespace {

struct ImportLock {
  sched::SchedLock lock;
  uint64_t owner = 0;  // ThreadState::thread_id of the holder, 0 when free
  int count = 0;
  bool ready = false;
};
ImportLock g_import_lock;

sched::SchedLock* import_lock() {
  if (!g_import_lock.ready) {
    sched::lock_init(&g_import_lock.lock, sched::WaitKind::RLock, nullptr);
    g_import_lock.ready = true;
  }
  return &g_import_lock.lock;
}

Object* imp_acquire_lock(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("acquire_lock", kwnames)) return nullptr;
  uint64_t me = tstate()->thread_id;
  if (g_import_lock.owner == me) {
    g_import_lock.count++;
    return none_ref();
  }
  if (sched::lock_acquire(import_lock(), true, -1) < 0) return nullptr;
  g_import_lock.owner = me;
  g_import_lock.count = 1;
  return none_ref();
}

Object* imp_release_lock(Object*, Object* const*, ssize, Object* kwnames) {
  if (!no_kwargs("release_lock", kwnames)) return nullptr;
  if (g_import_lock.owner != tstate()->thread_id) {
    err_set_string(Exc_RuntimeError, "not holding the import lock");
    return nullptr;
  }
  if (--g_import_lock.count == 0) {
    g_import_lock.owner = 0;
    sched::lock_release(import_lock());
  }
  return none_ref();
}

}  // namespace

// os.fork (stdlib/posix_fork.cpp) holds the import lock across fork(2), as
// CPython does, so that no other thread is half-way through an import when
// the process is copied; both processes then give that level back.  In the
// child the lock's queue may name threads that were not copied: the
// scheduler skips them (runtime/sched.cpp, pop_first).
void import_lock_before_fork() {
  uint64_t me = tstate()->thread_id;
  if (g_import_lock.owner == me) {
    g_import_lock.count++;
    return;
  }
  sched::lock_acquire(import_lock(), true, -1);
  g_import_lock.owner = me;
  g_import_lock.count = 1;
}

void import_lock_after_fork() {
  if (--g_import_lock.count == 0) {
    g_import_lock.owner = 0;
    sched::lock_release(import_lock());
  }
}

namespace {

Object* imp_lock_held(Object*, Object* const*, ssize, Object*) { return bool_ref(g_import_lock.owner != 0); }

// The module name argument of the lookup functions: a str.
bool name_arg(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* spec, Object** out,
              std::string* name) {
  if (!parse_args(fname, args, nargs, kwnames, spec, out)) return false;
  if (!is_str(out[0])) {
    err_format(Exc_TypeError, "%s() argument 1 must be str, not %s", fname, type_name(out[0]));
    return false;
  }
  *name = std::string(str_view(out[0]));
  return true;
}

Object* imp_is_builtin(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  std::string name;
  if (!name_arg("is_builtin", args, nargs, kwnames, "name", a, &name)) return nullptr;
  if (!find_builtin_module(name)) return int_from_i64(0);
  // CPython: -1 for the modules that cannot be initialised again.
  return int_from_i64(name == "sys" || name == "builtins" ? -1 : 1);
}

Object* imp_create_builtin(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("create_builtin", kwnames)) return nullptr;
  if (nargs != 1) {
    err_format(Exc_TypeError, "create_builtin() takes exactly one argument (%zd given)", nargs);
    return nullptr;
  }
  Object* n = object_getattr(args[0], names::name);
  if (!n) return nullptr;
  if (!is_str(n)) {
    err_format(Exc_TypeError, "name must be string, not %s", type_name(n));
    decref(n);
    return nullptr;
  }
  std::string name(str_view(n));
  decref(n);
  if (name == "sys" || name == "builtins") {
    if (Object* m = dict_getitem_str(interp_state()->modules, name.c_str())) return newref(m);
  }
  const BuiltinModule* bm = find_builtin_module(name);
  if (!bm) return none_ref();  // CPython: not a built-in module
  return bm->init();
}

Object* imp_exec_builtin(Object*, Object* const*, ssize, Object*) { return int_from_i64(0); }

const FrozenModule* frozen_arg(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                               const char* spec, Object** out, std::string* name) {
  if (!name_arg(fname, args, nargs, kwnames, spec, out, name)) return nullptr;
  return find_frozen_module(*name);
}

Object* imp_is_frozen(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  std::string name;
  const FrozenModule* fm = frozen_arg("is_frozen", args, nargs, kwnames, "name", a, &name);
  if (!fm && err_occurred()) return nullptr;
  return bool_ref(fm != nullptr);
}

Object* imp_is_frozen_package(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  std::string name;
  const FrozenModule* fm = frozen_arg("is_frozen_package", args, nargs, kwnames, "name", a, &name);
  if (!fm) {
    if (!err_occurred()) err_format(Exc_ImportError, "No such frozen object named '%s'", name.c_str());
    return nullptr;
  }
  return bool_ref(fm->is_package);
}

// find_frozen(name, *, withdata=False) -> (data or None, ispkg, origname) or None.
Object* imp_find_frozen(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {};
  std::string name;
  const FrozenModule* fm = frozen_arg("find_frozen", args, nargs, kwnames, "name|$withdata", a, &name);
  if (!fm) return err_occurred() ? nullptr : none_ref();
  Object* data = None;
  bool own_data = false;
  if (a[1] && object_is_true(a[1]) == 1) {
    data = bytes_from(reinterpret_cast<const char*>(fm->code), fm->size);
    if (!data) return nullptr;
    own_data = true;
  }
  // origname: the module's name in CPython's library, from the file it was
  // frozen from ("importlib/_bootstrap.py" -> importlib._bootstrap); None for pyglass's own.
  Object* orig;
  if (fm->origin) {
    std::string o = fm->origin;
    if (o.size() > 3 && o.compare(o.size() - 3, 3, ".py") == 0) o.resize(o.size() - 3);
    if (o.size() > 9 && o.compare(o.size() - 9, 9, "/__init__") == 0) o.resize(o.size() - 9);
    for (char& c : o)
      if (c == '/') c = '.';
    orig = str_from(o);
  } else {
    orig = none_ref();
  }
  Object* r = orig ? tuple_pack(3, data, fm->is_package ? True : False, orig) : nullptr;
  xdecref(orig);
  if (own_data) decref(data);
  return r;
}

Object* imp_get_frozen_object(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {};
  std::string name;
  const FrozenModule* fm = frozen_arg("get_frozen_object", args, nargs, kwnames, "name|data", a, &name);
  if (!fm) {
    if (!err_occurred()) err_format(Exc_ImportError, "No such frozen object named '%s'", name.c_str());
    return nullptr;
  }
  if (a[1] && a[1] != None) {
    if (!is_bytes(a[1])) {
      err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[1]));
      return nullptr;
    }
    return marshal_loads(bytes_data(a[1]), size_of(a[1]));
  }
  return marshal_loads(reinterpret_cast<const char*>(fm->code), fm->size);
}

// init_frozen(name): import the frozen module directly (the old imp API).
Object* imp_init_frozen(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  std::string name;
  const FrozenModule* fm = frozen_arg("init_frozen", args, nargs, kwnames, "name", a, &name);
  if (!fm) return err_occurred() ? nullptr : none_ref();
  return import_module(name.c_str());
}

Object* imp_frozen_module_names(Object*, Object* const*, ssize, Object*) {
  Object* l = list_new(0);
  if (!l) return nullptr;
  for (const FrozenModule* m = frozen_module_table; m->name; ++m) {
    Object* s = str_from_cstr(m->name);
    if (!s || list_append(l, s) < 0) {
      xdecref(s);
      decref(l);
      return nullptr;
    }
    decref(s);
  }
  Object* t = list_as_tuple(l);
  decref(l);
  return t;
}

void fix_filename(CodeObject* c, Object* oldname, Object* newname) {
  if (!str_equal(c->filename, oldname)) return;
  setref(c->filename, newref(newname));
  for (ssize i = 0; i < size_of(c->consts); i++) {
    Object* k = tuple_get(c->consts, i);
    if (type_of(k) == &CodeType) fix_filename(interp::as_code(k), oldname, newname);
  }
}

// _fix_co_filename(code, path): a cached module's code gets the path it was
// loaded from (the cache may have been written for a file elsewhere).
Object* imp_fix_co_filename(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("_fix_co_filename", args, nargs, kwnames, "code,path", a)) return nullptr;
  if (type_of(a[0]) != &CodeType) {
    err_format(Exc_TypeError, "_fix_co_filename() argument 1 must be code, not %s", type_name(a[0]));
    return nullptr;
  }
  if (!is_str(a[1])) {
    err_format(Exc_TypeError, "_fix_co_filename() argument 2 must be str, not %s", type_name(a[1]));
    return nullptr;
  }
  CodeObject* c = interp::as_code(a[0]);
  Object* old = newref(c->filename);
  fix_filename(c, old, a[1]);
  decref(old);
  return none_ref();
}

// pyglass cannot load CPython's C extension modules (another ABI): no suffixes,
// so importlib's FileFinder never offers one.
Object* imp_extension_suffixes(Object*, Object* const*, ssize, Object*) { return list_new(0); }

Object* imp_create_dynamic(Object*, Object* const* args, ssize nargs, Object*) {
  bool err = false;
  Object* n = nargs > 0 ? object_lookup_attr(args[0], names::name, &err) : nullptr;
  err_clear();
  err_format(Exc_ImportError, "pyglass cannot load C extension modules (%s)", n && is_str(n) ? str_utf8(n) : "?");
  xdecref(n);
  return nullptr;
}

// source_hash(key, source): SipHash-1-3 of the source keyed by key, as 8 little-endian bytes.
Object* imp_source_hash(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("source_hash", args, nargs, kwnames, "key,source", a)) return nullptr;
  int64_t key = int_as_i64(a[0]);
  if (key == -1 && err_occurred()) return nullptr;
  if (!is_bytes(a[1])) {
    err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(a[1]));
    return nullptr;
  }
  uint64_t h = siphash13(uint64_t(key), 0, bytes_data(a[1]), size_t(size_of(a[1])));
  char out[8];
  for (int i = 0; i < 8; i++) out[i] = char((h >> (8 * i)) & 0xff);
  return bytes_from(out, 8);
}

Object* imp_override_frozen(Object*, Object* const*, ssize, Object*) { return none_ref(); }

MethodDef imp_functions[] = {
    {"lock_held", imp_lock_held, METH_DEFAULT, "True if the import lock is held by some thread"},
    {"acquire_lock", imp_acquire_lock, METH_DEFAULT, "take the (reentrant) import lock"},
    {"release_lock", imp_release_lock, METH_DEFAULT, "release the import lock"},
    {"is_builtin", imp_is_builtin, METH_DEFAULT, "1 if name is a built-in module (-1: cannot be re-initialised)"},
    {"create_builtin", imp_create_builtin, METH_DEFAULT, "create the built-in module named by spec.name"},
    {"exec_builtin", imp_exec_builtin, METH_DEFAULT, "initialise a built-in module (nothing to do)"},
    {"is_frozen", imp_is_frozen, METH_DEFAULT, "True if name is a frozen module"},
    {"is_frozen_package", imp_is_frozen_package, METH_DEFAULT, "True if the frozen module is a package"},
    {"find_frozen", imp_find_frozen, METH_DEFAULT, "(data, ispkg, origname) of a frozen module, or None"},
    {"get_frozen_object", imp_get_frozen_object, METH_DEFAULT, "the code object of a frozen module"},
    {"init_frozen", imp_init_frozen, METH_DEFAULT, "import a frozen module"},
    {"_frozen_module_names", imp_frozen_module_names, METH_DEFAULT, "the names of the frozen modules"},
    {"_fix_co_filename", imp_fix_co_filename, METH_DEFAULT, "set co_filename of code and its nested code"},
    {"extension_suffixes", imp_extension_suffixes, METH_DEFAULT, "file suffixes of extension modules (none)"},
    {"create_dynamic", imp_create_dynamic, METH_DEFAULT, "load an extension module (not possible: ImportError)"},
    {"exec_dynamic", imp_exec_builtin, METH_DEFAULT, "initialise an extension module"},
    {"source_hash", imp_source_hash, METH_DEFAULT, "the hash of a source file for hash-based caches"},
    {"_override_frozen_modules_for_tests", imp_override_frozen, METH_DEFAULT, "(tests only)"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_imp_module() {
  Object* m = module_new("_imp");
  if (!m) return nullptr;
  if (module_add_functions(m, imp_functions) < 0 ||
      module_add_object(m, "check_hash_based_pycs", str_from_cstr("default")) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

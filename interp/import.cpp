// The import system.  CPython's own importlib._bootstrap and
// importlib._bootstrap_external, frozen into the binary (docs/import.md), are
// the machinery, installed at start-up as CPython installs them:
//
//   _frozen_importlib          the bootstrap module (origname importlib._bootstrap)
//   _install(sys, _imp)        sys.meta_path = [BuiltinImporter, FrozenImporter]
//   _install_external_importers()
//                              imports _frozen_importlib_external: PathFinder on
//                              sys.meta_path, FileFinder on sys.path_hooks
//
// This file is the C part CPython has in Python/import.c: __import__ (and the
// IMPORT_NAME instruction) resolve relative names, return what sys.modules
// already has (waiting, through _lock_unlock_module, for a module another
// thread is still initialising), call _find_and_load for the rest, handle the
// fromlist, and strip importlib's own frames from tracebacks as CPython does.
// The installation happens inside runtime_init, so the machinery's objects
// are start-up objects (immortal, not part of the leak check).
//
// A runtime without the frozen bootstrap (the pyglass_freeze build tool) can
// import only built-in modules.
#include <cstring>
#include <string>

#include "frame.h"
#include "function.h"
#include "traceback.h"
#include "../stdlib/config.h"
#include "../stdlib/modules.h"

namespace interp {

using namespace rt;

namespace {

Object* modules_dict() { return interp_state()->modules; }

Object* importlib() { return interp_state()->importlib; }

// builtins.__import__ as the bootstrap expects to be handed it.
Object* builtin_import_function() {
  Object* f = dict_getitem(interp_state()->builtins, names::__import__);
  return f ? f : None;
}

// ---- tracebacks without importlib's frames ------------------------------------------------------
bool is_importlib_frame(TracebackObject* tb) {
  Object* fn = tb->tb_frame->code->filename;
  return str_eq_cstr(fn, "<frozen importlib._bootstrap>") ||
         str_eq_cstr(fn, "<frozen importlib._bootstrap_external>");
}

// As CPython's remove_importlib_frames: for an ImportError every importlib
// frame goes; for other errors only runs of importlib frames that end in
// _call_with_frames_removed (the call into the module's own code).
void remove_importlib_frames() {
  Object* exc = err_fetch();
  if (!exc) return;
  bool always = is_instance_of(exc, Exc_ImportError);
  Object* tb = exc_get_traceback(exc);
  if (tb) {
    incref(tb);
    Object** link = &tb;  // the slot that points at the current entry
    Object** run_start = nullptr;
    while (*link) {
      auto* cur = static_cast<TracebackObject*>(*link);
      bool importlib_frame = is_importlib_frame(cur);
      if (importlib_frame && !run_start) run_start = link;
      if (!importlib_frame) run_start = nullptr;
      bool remove_run = importlib_frame && run_start &&
                        (always || str_eq_cstr(cur->tb_frame->code->name, "_call_with_frames_removed"));
      if (remove_run) {
        // Unlink every entry from *run_start up to and including cur.
        Object* after = xnewref(cur->tb_next);
        Object* old = *run_start;
        *run_start = after;
        decref(old);
        link = run_start;
        run_start = nullptr;
        continue;
      }
      link = &cur->tb_next;
    }
    exc_set_traceback(exc, tb);
    xdecref(tb);
  }
  err_restore(exc);
}

// When CPython's library directory is missing, a module that is not found
// says so and names the package to install.
void add_stdlib_hint() {
  std::string hint = stdlib::missing_stdlib_hint();
  if (hint.empty() || !err_matches(Exc_ModuleNotFoundError)) return;
  Object* exc = err_fetch();
  Object* msg = object_str(exc);
  Object* name = object_getattr_str(exc, "name");
  err_clear();
  Object* text = msg ? str_from(std::string(str_view(msg)) + hint) : nullptr;
  Object* repl = text ? exc_new(Exc_ModuleNotFoundError, &text, 1) : nullptr;
  if (repl && name) object_setattr(repl, names::name, name);
  err_clear();
  xdecref(msg);
  xdecref(name);
  xdecref(text);
  if (repl) {
    err_restore(repl);
    decref(exc);
  } else {
    err_restore(exc);
  }
}

// ---- relative names ---------------------------------------------------------------------------
// The package a relative import is relative to: __package__, else
// __spec__.parent, else __name__ (less its last part unless it is a package).
Object* calc_package(Object* globals) {
  Object* pkg = dict_getitem(globals, names::__package__);
  if (pkg && pkg != None) {
    if (!is_str(pkg)) {
      err_set_string(Exc_TypeError, "package must be a string");
      return nullptr;
    }
    return newref(pkg);
  }
  Object* spec = dict_getitem(globals, names::__spec__);
  if (spec && spec != None) {
    Object* parent = object_getattr_str(spec, "parent");
    if (!parent) return nullptr;
    if (!is_str(parent)) {
      decref(parent);
      err_set_string(Exc_TypeError, "__spec__.parent must be a string");
      return nullptr;
    }
    return parent;
  }
  Object* name = dict_getitem(globals, names::__name__);
  if (!name) {
    err_set_string(Exc_KeyError, "'__name__' not in globals");
    return nullptr;
  }
  if (!is_str(name)) {
    err_set_string(Exc_TypeError, "__name__ must be a string");
    return nullptr;
  }
  if (dict_getitem(globals, names::__path__)) return newref(name);
  std::string n(str_view(name));
  size_t dot = n.rfind('.');
  return str_from(dot == std::string::npos ? "" : n.substr(0, dot));
}

Object* resolve_name(Object* name, Object* globals, long level) {
  if (!globals || !is_dict(globals)) {
    err_set_string(Exc_KeyError, "'__name__' not in globals");
    return nullptr;
  }
  Object* pkg = calc_package(globals);
  if (!pkg) return nullptr;
  std::string base(str_view(pkg));
  decref(pkg);
  if (base.empty()) {
    err_set_string(Exc_ImportError, "attempted relative import with no known parent package");
    return nullptr;
  }
  for (long i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      err_set_string(Exc_ImportError, "attempted relative import beyond top-level package");
      return nullptr;
    }
    base.resize(dot);
  }
  if (str_len(name) == 0) return str_from(base);
  return str_from(base + "." + std::string(str_view(name)));
}

// ---- finding and loading ----------------------------------------------------------------------
// A module another thread is still running: wait for it through the bootstrap's module lock.
int ensure_initialized(Object* mod, Object* abs_name) {
  bool err = false;
  Object* spec = object_lookup_attr(mod, names::__spec__, &err);
  if (!spec) return err ? -1 : 0;
  Object* init = spec != None ? object_lookup_attr(spec, names::_initializing, &err) : nullptr;
  decref(spec);
  if (err) return -1;
  int busy = init ? object_is_true(init) : 0;
  xdecref(init);
  if (busy <= 0) return busy;
  Object* r = call_method1(importlib(), names::_lock_unlock_module, abs_name);
  if (!r) return -1;
  decref(r);
  return 0;
}

// sys.modules[name], or null without an error when absent (or None).
Object* cached_module(Object* abs_name) {
  Object* mods = modules_dict();
  Object* m = dict_getitem(mods, abs_name);
  if (m == None) return nullptr;
  return m;
}

Object* find_and_load(Object* abs_name) {
  if (!importlib()) {
    // No bootstrap (build tools): built-in modules only.
    const BuiltinModule* bm = find_builtin_module(str_view(abs_name));
    if (!bm) {
      err_format(Exc_ModuleNotFoundError, "No module named '%s'", str_utf8(abs_name));
      return nullptr;
    }
    Object* m = bm->init();
    if (m && dict_setitem(modules_dict(), abs_name, m) < 0) clearref(m);
    return m;
  }
  Object* args[2] = {abs_name, builtin_import_function()};
  Object* fn = object_getattr(importlib(), names::_find_and_load);
  Object* m = fn ? call(fn, args, 2) : nullptr;
  xdecref(fn);
  if (!m) {
    remove_importlib_frames();
    add_stdlib_hint();
  }
  return m;
}

}  // namespace

// __import__(name, globals, locals, fromlist, level): CPython's
// PyImport_ImportModuleLevelObject.
Object* import_module_level(Object* name, Object* globals, Object* fromlist, long level) {
  if (!is_str(name)) {
    err_format(Exc_TypeError, "module name must be str, not %s", type_name(name));
    return nullptr;
  }
  if (level < 0) {
    err_set_string(Exc_ValueError, "level must be >= 0");
    return nullptr;
  }
  Object* abs_name;
  if (level > 0) {
    abs_name = resolve_name(name, globals, level);
    if (!abs_name) return nullptr;
  } else {
    if (str_len(name) == 0) {
      err_set_string(Exc_ValueError, "Empty module name");
      return nullptr;
    }
    abs_name = newref(name);
  }
  Object* mod = cached_module(abs_name);
  if (mod) {
    incref(mod);
    if (ensure_initialized(mod, abs_name) < 0) {
      decref(mod);
      decref(abs_name);
      return nullptr;
    }
  } else if (err_occurred()) {
    decref(abs_name);
    return nullptr;
  } else {
    mod = find_and_load(abs_name);
    if (!mod) {
      decref(abs_name);
      return nullptr;
    }
  }
  int has_from = fromlist && fromlist != None ? object_is_true(fromlist) : 0;
  if (has_from < 0) {
    decref(mod);
    decref(abs_name);
    return nullptr;
  }
  Object* result;
  if (!has_from) {
    std::string n(str_view(name));
    size_t dot = n.find('.');
    if (level == 0 || !n.empty()) {
      if (dot == std::string::npos) {
        result = newref(mod);
      } else if (level == 0) {
        // `import a.b.c` binds a.
        Object* front = str_from(n.substr(0, dot));
        result = front ? import_module_level(front, nullptr, nullptr, 0) : nullptr;
        xdecref(front);
      } else {
        std::string abs(str_view(abs_name));
        std::string to_return = abs.substr(0, abs.size() - (n.size() - dot));
        Object* key = str_from(to_return);
        Object* m = key ? dict_getitem(modules_dict(), key) : nullptr;
        if (!m && key && !err_occurred()) err_format(Exc_KeyError, "'%s' not in sys.modules as expected", to_return.c_str());
        result = xnewref(m);
        xdecref(key);
      }
    } else {
      result = newref(mod);
    }
  } else {
    bool err = false;
    Object* path = object_lookup_attr(mod, names::__path__, &err);
    if (path && importlib()) {
      decref(path);
      Object* args[3] = {mod, fromlist, builtin_import_function()};
      Object* fn = object_getattr(importlib(), names::_handle_fromlist);
      result = fn ? call(fn, args, 3) : nullptr;
      xdecref(fn);
      if (!result) remove_importlib_frames();
    } else {
      xdecref(path);
      result = err ? nullptr : newref(mod);
    }
  }
  decref(mod);
  decref(abs_name);
  return result;
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Object* builtin_import(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[5] = {};
  if (!parse_args("__import__", args, nargs, kwnames, "name|globals,locals,fromlist,level", a)) return nullptr;
  long level = 0;
  if (a[4]) {
    int64_t l = int_as_i64(a[4]);
    if (l == -1 && err_occurred()) return nullptr;
    level = long(l);
  }
  return import_module_level(a[0], a[1] && a[1] != None ? a[1] : nullptr, a[3], level);
}

Object* import_name_for_frame(Frame* f, Object* name, Object* fromlist, Object* level) {
  Object* imp = dict_getitem(f->builtins, names::__import__);
  if (!imp) {
    if (err_occurred()) return nullptr;
    err_set_string(Exc_ImportError, "__import__ not found");
    return nullptr;
  }
  if (type_of(imp) == &BuiltinFunctionType && imp == dict_getitem(interp_state()->builtins, names::__import__)) {
    // The built-in __import__, not replaced: no argument parsing.
    long lv = 0;
    if (level && level != None) {
      int64_t l = int_as_i64(level);
      if (l == -1 && err_occurred()) return nullptr;
      lv = long(l);
    }
    return import_module_level(name, f->globals, fromlist, lv);
  }
  Object* locals = f->locals ? f->locals : None;
  Object* argv[5] = {name, f->globals, locals, fromlist, level ? level : small_int(0)};
  return call(imp, argv, 5);
}

// IMPORT_FROM: module.name, or the submodule sys.modules["module.name"]
// (circular imports), else CPython's ImportError.
Object* import_from(Object* module, Object* name) {
  bool err = false;
  Object* v = object_lookup_attr(module, name, &err);
  if (v) return v;
  if (err) return nullptr;
  Object* pkgname = object_lookup_attr(module, names::__name__, &err);
  if (err) err_clear();
  if (pkgname && is_str(pkgname)) {
    std::string full = std::string(str_view(pkgname)) + "." + std::string(str_view(name));
    Object* m = dict_getitem_str(modules_dict(), full.c_str());
    if (m) {
      decref(pkgname);
      return newref(m);
    }
  }
  std::string mname = pkgname && is_str(pkgname) ? std::string(str_view(pkgname)) : "<unknown module name>";
  xdecref(pkgname);
  Object* file = object_lookup_attr(module, names::__file__, &err);
  if (err) err_clear();
  bool initializing = false;
  if (Object* spec = object_lookup_attr(module, names::__spec__, &err)) {
    Object* init = spec != None ? object_lookup_attr(spec, names::_initializing, &err) : nullptr;
    initializing = init && object_is_true(init) == 1;
    xdecref(init);
    decref(spec);
  }
  err_clear();
  if (initializing) {
    err_format(Exc_ImportError,
               "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular "
               "import) (%s)",
               str_utf8(name), mname.c_str(), file && is_str(file) ? str_utf8(file) : "unknown location");
  } else {
    err_format(Exc_ImportError, "cannot import name '%s' from '%s' (%s)", str_utf8(name), mname.c_str(),
               file && is_str(file) ? str_utf8(file) : "unknown location");
  }
  xdecref(file);
  if (Object* exc = err_fetch()) {
    Object* n = str_from(mname);
    if (n) object_setattr(exc, names::name, n);
    xdecref(n);
    err_clear();
    err_restore(exc);
  }
  return nullptr;
}

int import_star(Frame* f, Object* module) {
  Object* target = f->locals ? f->locals : f->globals;
  bool err = false;
  Object* all = object_lookup_attr(module, names::__all__, &err);
  if (err) return -1;
  Object* keys;
  bool skip_private = false;
  if (all) {
    keys = sequence_list(all);
    decref(all);
  } else {
    Object* d = object_lookup_attr(module, names::__dict__, &err);
    if (!d) {
      if (!err) err_set_string(Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
      return -1;
    }
    keys = is_dict(d) ? dict_keys_list(d) : call_method0(d, names::keys);
    decref(d);
    if (keys && !is_list(keys)) {
      Object* l = sequence_list(keys);
      decref(keys);
      keys = l;
    }
    skip_private = true;
  }
  if (!keys) return -1;
  int rc = 0;
  for (ssize i = 0; i < size_of(keys) && rc == 0; ++i) {
    Object* k = list_get(keys, i);
    if (!is_str(k)) {
      err_format(Exc_TypeError, "%s in %s.%s must be str, not %s", skip_private ? "Key" : "Item",
                 module_name(module) ? module_name(module) : "?", skip_private ? "__dict__" : "__all__",
                 type_name(k));
      rc = -1;
      break;
    }
    if (skip_private && str_utf8(k)[0] == '_') continue;
    Object* v = object_getattr(module, k);
    if (!v) {
      rc = -1;
      break;
    }
    rc = is_dict_exact(target) ? dict_setitem(target, k, v) : object_setitem(target, k, v);
    decref(v);
  }
  decref(keys);
  return rc;
}

// Start-up: load the frozen bootstrap and install it, as CPython's
// init_importlib and init_importlib_external do.  0, or -1 with an error.
int import_init() {
  const FrozenModule* fm = find_frozen_module("_frozen_importlib");
  if (!fm) return 0;  // a build tool's runtime: built-in modules only
  Object* code = stdlib::marshal_loads(reinterpret_cast<const char*>(fm->code), fm->size);
  if (!code) return -1;
  Object* m = module_new("_frozen_importlib");
  Object* d = m ? module_get_dict(m) : nullptr;
  Object* orig = str_from_cstr("importlib._bootstrap");
  int rc = -1;
  if (d && orig && dict_setitem(d, names::__origname__, orig) == 0 &&
      dict_setitem(d, names::__builtins__, dict_getitem_str(modules_dict(), "builtins")) == 0 &&
      dict_setitem_str(modules_dict(), "_frozen_importlib", m) == 0) {
    Object* r = eval_code(as_code(code), d, d);
    if (r) {
      decref(r);
      // _install(sys, _imp) sets the bootstrap up; only then can it import
      // (the external importers come through it).
      Object* sys = dict_getitem_str(modules_dict(), "sys");
      Object* imp = stdlib::init_imp_module();
      if (imp && dict_setitem_str(modules_dict(), "_imp", imp) < 0) clearref(imp);
      Object* args[2] = {sys, imp};
      Object* install = imp ? object_getattr(m, names::_install) : nullptr;
      Object* r2 = install ? call(install, args, 2) : nullptr;
      if (r2) interp_state()->importlib = newref(m);
      Object* r3 = r2 ? call_method0(m, names::_install_external_importers) : nullptr;
      rc = r3 ? 0 : -1;
      xdecref(imp);
      xdecref(install);
      xdecref(r2);
      xdecref(r3);
    }
  }
  xdecref(orig);
  xdecref(m);
  decref(code);
  return rc;
}

void import_fini() { clearref(interp_state()->importlib); }

}  // namespace interp

namespace rt {
// import_module("a.b"): the module a.b itself (PyImport_ImportModule).
Object* import_module(const char* name) {
  Object* n = str_from_cstr(name);
  if (!n) return nullptr;
  Object* m = interp::import_module_level(n, nullptr, nullptr, 0);
  if (m && std::strchr(name, '.')) {
    decref(m);
    m = dict_getitem(interp_state()->modules, n);
    if (!m && !err_occurred()) err_format(Exc_KeyError, "'%s'", name);
    xincref(m);
  }
  decref(n);
  return m;
}
}  // namespace rt

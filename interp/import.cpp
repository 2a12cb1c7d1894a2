// The import system: __import__, IMPORT_NAME/IMPORT_FROM/IMPORT_STAR and rt::import_module.
//
// Lookup order for an absolute dotted name: sys.modules, built-in C++
// modules, embedded Python-source modules, then NAME.py / NAME/__init__.py in
// the script's directory and each sys.path entry (a package's __path__ for
// submodules).  A module is in sys.modules while its body runs and is removed
// again if the body fails.
#include <sys/stat.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "frame.h"
#include "function.h"
#include "../stdlib/config.h"
#include "../stdlib/modules.h"

namespace interp {

using namespace rt;

namespace {

bool is_file(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool read_file(const std::string& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

Object* modules_dict() { return interp_state()->modules; }

void module_not_found(const std::string& name) {
  Object* msg = str_from("No module named '" + name + "'" + stdlib::missing_stdlib_hint());
  if (!msg) return;
  Object* exc = exc_new(Exc_ModuleNotFoundError, &msg, 1);
  decref(msg);
  if (!exc) return;
  Object* n = str_from(name);
  if (n) {
    object_setattr(exc, names::name, n);
    decref(n);
  }
  err_clear();
  err_set_exception(exc);
  decref(exc);
}


int set_str_attr(Object* dict, Object* key, const std::string& v) {
  Object* s = str_from(v);
  if (!s) return -1;
  int r = dict_setitem(dict, key, s);
  decref(s);
  return r;
}

// Create, register and run a module from its code (borrowed).  Returns the sys.modules entry (new ref).
Object* load_code_module(const std::string& name, CodeObject* code, const std::string* file_attr, bool is_package,
                         const std::string* pkg_dir) {
  Object* m = module_new(name.c_str());
  if (!m) return nullptr;
  Object* d = module_get_dict(m);
  std::string package = is_package ? name : (name.rfind('.') == std::string::npos ? "" : name.substr(0, name.rfind('.')));
  if (file_attr && set_str_attr(d, names::__file__, *file_attr) < 0) goto fail;
  if (set_str_attr(d, names::__package__, package) < 0) goto fail;
  if (is_package) {
    Object* path = list_new(0);
    if (!path) goto fail;
    if (pkg_dir) {
      Object* s = str_from(*pkg_dir);
      if (!s || list_append(path, s) < 0) {
        xdecref(s);
        decref(path);
        goto fail;
      }
      decref(s);
    }
    int r = dict_setitem(d, names::__path__, path);
    decref(path);
    if (r < 0) goto fail;
  }
  {
    Object* bmod = dict_getitem_str(modules_dict(), "builtins");
    if (dict_setitem(d, names::__builtins__, bmod ? bmod : interp_state()->builtins) < 0) goto fail;
  }
  {
    Object* key = str_from(name);
    if (!key) goto fail;
    if (dict_setitem(modules_dict(), key, m) < 0) {
      decref(key);
      goto fail;
    }
    Object* r = eval_code(code, d, d);
    if (!r) {
      Object* saved = err_fetch();
      if (dict_getitem(modules_dict(), key)) dict_delitem(modules_dict(), key);
      err_clear();
      err_restore(saved);
      decref(key);
      goto fail;
    }
    decref(r);
    Object* final = dict_getitem(modules_dict(), key);
    decref(key);
    if (!final) {
      if (!err_occurred())
        err_format(Exc_ImportError, "Loaded module %s not found in sys.modules", name.c_str());
      goto fail;
    }
    incref(final);
    decref(m);
    return final;
  }
fail:
  decref(m);
  return nullptr;
}

Object* load_source_module(const std::string& name, const std::string& source, const char* filename,
                           const std::string* file_attr, bool is_package, const std::string* pkg_dir) {
  CodeObject* code = compile_source(source, filename, CompileMode::File);
  if (!code) return nullptr;
  Object* m = load_code_module(name, code, file_attr, is_package, pkg_dir);
  decref(code);
  return m;
}

// A module compiled into the binary (stdlib/frozen.cpp): CPython's modules get
// their library file as __file__, pyglass's own have none.
Object* load_frozen_module(const std::string& name, const FrozenModule* fm) {
  Object* code = stdlib::marshal_loads(reinterpret_cast<const char*>(fm->code), fm->size);
  if (!code) return nullptr;
  if (type_of(code) != &CodeType) {
    decref(code);
    err_format(Exc_ImportError, "frozen object %s is not a code object", name.c_str());
    return nullptr;
  }
  std::string file, dir;
  if (fm->origin) {
    file = stdlib::path_config().stdlib_dir + "/" + fm->origin;
    dir = file.substr(0, file.rfind('/'));
  }
  Object* m = load_code_module(name, as_code(code), fm->origin ? &file : nullptr, fm->is_package,
                               fm->is_package ? &dir : nullptr);
  decref(code);
  return m;
}

// Directories to search: a package's __path__ for submodules, else sys.path.
Object* search_path_for(Object* parent) {
  if (parent) {
    bool err = false;
    Object* p = object_lookup_attr(parent, names::__path__, &err);
    if (!p && err) return nullptr;
    if (!p) return list_new(0);
    Object* l = sequence_list(p);
    decref(p);
    return l;
  }
  Object* l = list_new(0);
  if (!l) return nullptr;
  Object* sp = sys_get_object("path");
  if (sp && is_list(sp) && list_extend(l, sp) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

// Import exactly one module by its full dotted name; its parent is already imported.
Object* import_one(const std::string& fullname, Object* parent) {
  Object* key = str_from(fullname);
  if (!key) return nullptr;
  Object* m = dict_getitem(modules_dict(), key);
  if (m) {
    decref(key);
    return newref(m);
  }
  if (err_occurred()) {
    decref(key);
    return nullptr;
  }
  if (const BuiltinModule* bm = find_builtin_module(fullname)) {
    Object* mod = bm->init();
    if (!mod) {
      decref(key);
      return nullptr;
    }
    if (dict_setitem(modules_dict(), key, mod) < 0) {
      decref(mod);
      decref(key);
      return nullptr;
    }
    decref(key);
    return mod;
  }
  decref(key);
  if (const FrozenModule* fm = find_frozen_module(fullname)) return load_frozen_module(fullname, fm);
  std::string last = fullname.substr(fullname.rfind('.') == std::string::npos ? 0 : fullname.rfind('.') + 1);
  Object* dirs = search_path_for(parent);
  if (!dirs) return nullptr;
  for (ssize i = 0; i < size_of(dirs); ++i) {
    Object* d = list_get(dirs, i);
    if (!is_str(d)) continue;
    std::string dir(str_view(d));
    if (dir.empty()) dir = ".";
    std::string pkg_dir = dir + "/" + last;
    std::string init = pkg_dir + "/__init__.py";
    std::string src;
    if (is_file(init) && read_file(init, &src)) {
      decref(dirs);
      return load_source_module(fullname, src, init.c_str(), &init, true, &pkg_dir);
    }
    std::string file = dir + "/" + last + ".py";
    if (is_file(file) && read_file(file, &src)) {
      decref(dirs);
      return load_source_module(fullname, src, file.c_str(), &file, false, nullptr);
    }
  }
  decref(dirs);
  module_not_found(fullname);
  return nullptr;
}

// Import every prefix of a dotted name; returns the last module (new ref).
Object* import_dotted(const std::string& name) {
  Object* parent = nullptr;
  size_t pos = 0;
  while (true) {
    size_t dot = name.find('.', pos);
    std::string prefix = name.substr(0, dot);
    Object* m = import_one(prefix, parent);
    if (!m) {
      xdecref(parent);
      return nullptr;
    }
    if (parent) {
      // Bind the submodule on its parent package.
      std::string last = prefix.substr(prefix.rfind('.') + 1);
      Object* attr = str_intern_cstr(last.c_str());
      if (attr) {
        bool err = false;
        Object* cur = object_lookup_attr(parent, attr, &err);
        if (err) err_clear();
        if (cur != m && object_setattr(parent, attr, m) < 0) err_clear();
        xdecref(cur);
        decref(attr);
      }
      decref(parent);
    }
    parent = m;
    if (dot == std::string::npos) return parent;
    pos = dot + 1;
  }
}

// Resolve a relative import's package name.
bool resolve_relative(Object* globals, const std::string& name, long level, std::string* out) {
  Object* pkg = globals && is_dict(globals) ? dict_getitem(globals, names::__package__) : nullptr;
  std::string package;
  if (pkg && pkg != None) {
    if (!is_str(pkg)) {
      err_set_string(Exc_TypeError, "package must be a string");
      return false;
    }
    package = std::string(str_view(pkg));
  } else {
    Object* n = globals && is_dict(globals) ? dict_getitem(globals, names::__name__) : nullptr;
    if (!n || !is_str(n)) {
      err_set_string(Exc_ImportError, "attempted relative import with no known parent package");
      return false;
    }
    package = std::string(str_view(n));
    if (!dict_getitem(globals, names::__path__)) {
      size_t dot = package.rfind('.');
      package = dot == std::string::npos ? "" : package.substr(0, dot);
    }
  }
  if (package.empty()) {
    err_set_string(Exc_ImportError, "attempted relative import with no known parent package");
    return false;
  }
  std::string base = package;
  for (long i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      err_set_string(Exc_ImportError, "attempted relative import beyond top-level package");
      return false;
    }
    base = base.substr(0, dot);
  }
  *out = name.empty() ? base : base + "." + name;
  return true;
}

Object* import_impl(Object* name_obj, Object* globals, Object* fromlist, long level) {
  if (!is_str(name_obj)) {
    err_format(Exc_TypeError, "module name must be str, not %s", type_name(name_obj));
    return nullptr;
  }
  if (level < 0) {
    err_set_string(Exc_ValueError, "level must be >= 0");
    return nullptr;
  }
  std::string name(str_view(name_obj));
  if (level == 0 && name.empty()) {
    err_set_string(Exc_ValueError, "Empty module name");
    return nullptr;
  }
  std::string absname = name;
  if (level > 0 && !resolve_relative(globals, name, level, &absname)) return nullptr;
  Object* mod = import_dotted(absname);
  if (!mod) return nullptr;
  bool has_from = fromlist && fromlist != None && object_is_true(fromlist) == 1;
  if (!has_from) {
    if (level == 0 && name.find('.') != std::string::npos) {
      // `import a.b.c` binds a: return the top-level package.
      decref(mod);
      Object* top = dict_getitem_str(modules_dict(), name.substr(0, name.find('.')).c_str());
      if (!top) {
        err_format(Exc_KeyError, "'%s' not in sys.modules as expected", name.substr(0, name.find('.')).c_str());
        return nullptr;
      }
      return newref(top);
    }
    if (level > 0 && !name.empty() && name.find('.') != std::string::npos) {
      decref(mod);
      std::string base = absname.substr(0, absname.size() - name.size());
      std::string first = base + name.substr(0, name.find('.'));
      Object* top = dict_getitem_str(modules_dict(), first.c_str());
      return top ? newref(top) : nullptr;
    }
    return mod;
  }
  // from package import submodule: import submodules named in fromlist.
  bool err = false;
  Object* path = object_lookup_attr(mod, names::__path__, &err);
  if (err) {
    decref(mod);
    return nullptr;
  }
  if (path) {
    decref(path);
    Object* items = sequence_list(fromlist);
    if (!items) {
      decref(mod);
      return nullptr;
    }
    for (ssize i = 0; i < size_of(items); ++i) {
      Object* item = list_get(items, i);
      if (!is_str(item)) continue;
      std::string s(str_view(item));
      if (s == "*") {
        Object* all = object_lookup_attr(mod, names::__all__, &err);
        if (err) err_clear();
        if (all) {
          Object* al = sequence_list(all);
          decref(all);
          if (al) {
            for (ssize j = 0; j < size_of(al); ++j) {
              Object* a = list_get(al, j);
              if (!is_str(a) || object_hasattr(mod, a) == 1) continue;
              Object* sub = import_dotted(absname + "." + std::string(str_view(a)));
              if (sub) decref(sub);
              else if (err_matches(Exc_ModuleNotFoundError)) err_clear();
              else {
                decref(al);
                decref(items);
                decref(mod);
                return nullptr;
              }
            }
            decref(al);
          } else {
            err_clear();
          }
        }
        continue;
      }
      if (object_hasattr(mod, item) == 1) continue;
      std::string sub = absname + "." + s;
      Object* m = import_dotted(sub);
      if (m) {
        decref(m);
      } else {
        // Only a missing submodule of that exact name is ignored (IMPORT_FROM reports it).
        Object* exc = err_fetch();
        bool ignore = false;
        if (exc && is_instance_of(exc, Exc_ModuleNotFoundError)) {
          Object* n = object_lookup_attr(exc, names::name, &err);
          if (err) err_clear();
          ignore = n && is_str(n) && str_view(n) == sub;
          xdecref(n);
        }
        if (ignore) {
          decref(exc);
        } else {
          err_restore(exc);
          decref(items);
          decref(mod);
          return nullptr;
        }
      }
    }
    decref(items);
  }
  return mod;
}

}  // namespace

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
  return import_impl(a[0], a[1] && a[1] != None ? a[1] : nullptr, a[3], level);
}

Object* import_name_for_frame(Frame* f, Object* name, Object* fromlist, Object* level) {
  Object* imp = dict_getitem(f->builtins, names::__import__);
  if (!imp) {
    if (err_occurred()) return nullptr;
    err_set_string(Exc_ImportError, "__import__ not found");
    return nullptr;
  }
  if (type_of(imp) == &BuiltinFunctionType) {
    // The built-in __import__ (unless replaced): skip the argument parsing.
    long lv = 0;
    if (level && level != None) {
      int64_t l = int_as_i64(level);
      if (l == -1 && err_occurred()) return nullptr;
      lv = long(l);
    }
    bool err = false;
    Object* self = object_lookup_attr(imp, names::__name__, &err);
    bool is_ours = self && is_str(self) && str_eq_cstr(self, "__import__");
    xdecref(self);
    if (err) err_clear();
    if (is_ours) return import_impl(name, f->globals, fromlist, lv);
  }
  Object* locals = f->locals ? f->locals : None;
  Object* argv[5] = {name, f->globals, locals, fromlist, level};
  return call(imp, argv, 5);
}

Object* import_from(Object* module, Object* name) {
  bool err = false;
  Object* v = object_lookup_attr(module, name, &err);
  if (v) return v;
  if (err) return nullptr;
  // A submodule that is in sys.modules but not bound yet (circular imports).
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
  std::string where = file && is_str(file) ? std::string(str_view(file)) : "unknown location";
  xdecref(file);
  err_format(Exc_ImportError, "cannot import name '%s' from '%s' (%s)", str_utf8(name), mname.c_str(),
             where.c_str());
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
      if (!err)
        err_set_string(Exc_ImportError, "from-import-* object has no __dict__ and no __all__");
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

void import_fini() {}

}  // namespace interp

namespace rt {
Object* import_module(const char* name) {
  Object* n = str_from_cstr(name);
  if (!n) return nullptr;
  Object* m = interp::builtin_import(nullptr, &n, 1, nullptr);
  decref(n);
  if (!m) return nullptr;
  // __import__("a.b") returns a; import_module wants a.b itself.
  if (std::strchr(name, '.')) {
    decref(m);
    Object* sub = dict_getitem_str(interp_state()->modules, name);
    if (!sub) {
      err_format(Exc_KeyError, "'%s'", name);
      return nullptr;
    }
    return newref(sub);
  }
  return m;
}
}  // namespace rt

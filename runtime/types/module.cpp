// Module objects: a namespace dict with a name.
//
// Attribute lookup (PEP 562): the module's dict first (for a plain module;
// a ModuleType subclass goes through its class first, so properties defined
// there win, as in CPython), then a `__getattr__` function stored in the
// module's dict, then AttributeError "module 'x' has no attribute 'y'" -- or
// "partially initialized module 'x' ..." while the module's body is still
// running (an import cycle: see module_initializing).  dir(module) calls a
// `__dir__` function stored in the module's dict when there is one.
//
// `module.__new__` makes an empty namespace; `module.__init__(name, doc=None)`
// fills in __name__, __doc__, __package__, __loader__ and __spec__, so
// ModuleType subclasses can define their own __init__.  The instance dict lives
// at tp_dictoffset, so subclasses add no second dict and `__class__` can be
// assigned between ModuleType and its subclasses.
#include <string>

#include "interp/frame.h"
#include "runtime/api.h"
#include "runtime/init.h"

namespace rt {

TypeObject ModuleType;

namespace {

struct ModuleObject : Object {
  Object* dict;
  Object* weaklist;  // first weak reference to the module (runtime/weakref.cpp), not owned
};

ModuleObject* as_module(Object* m) { return static_cast<ModuleObject*>(m); }

void module_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs(o);
  clearref(as_module(o)->dict);
  free_object(o);
}

int module_traverse(Object* o, visitproc visit, void* arg) {
  if (as_module(o)->dict) return visit(as_module(o)->dict, arg);
  return 0;
}

int module_clear(Object* o) {
  clearref(as_module(o)->dict);
  return 0;
}

// *out = getattr(o, name), or null when missing; -1 on other errors.
int get_attr(Object* o, Object* name, Object** out) {
  bool error = false;
  *out = object_lookup_attr(o, name, &error);
  return error ? -1 : 0;
}

std::string quoted(Object* s) {
  Object* r = object_repr(s);
  if (!r) return "";
  std::string v(str_view(r));
  decref(r);
  return v;
}

// The repr CPython's importlib gives a module with a __spec__ (ModuleSpec-like).
Object* repr_from_spec(Object* spec) {
  Object *name, *origin, *loader;
  if (get_attr(spec, names::name, &name) < 0) return nullptr;
  std::string n = name && name != None ? quoted(name) : "'?'";
  xdecref(name);
  if (err_occurred()) return nullptr;
  if (get_attr(spec, names::origin, &origin) < 0) return nullptr;
  std::string r;
  if (!origin || origin == None) {
    xdecref(origin);
    if (get_attr(spec, names::loader, &loader) < 0) return nullptr;
    if (!loader || loader == None) {
      r = "<module " + n + ">";
    } else {
      r = "<module " + n + " (" + quoted(loader) + ")>";
    }
    xdecref(loader);
  } else {
    Object* has_location;
    if (get_attr(spec, names::has_location, &has_location) < 0) {
      decref(origin);
      return nullptr;
    }
    int loc = has_location ? object_is_true(has_location) : 0;
    xdecref(has_location);
    if (loc < 0) {
      decref(origin);
      return nullptr;
    }
    if (loc) {
      r = "<module " + n + " from " + quoted(origin) + ">";
    } else {
      Object* s = object_str(origin);
      if (s) r = "<module " + n + " (" + std::string(str_view(s)) + ")>";
      xdecref(s);
    }
    decref(origin);
  }
  if (err_occurred()) return nullptr;
  return str_from(r);
}

// CPython's importlib._bootstrap._module_repr: the spec, else __file__, else
// the loader; pyglass's own C++ modules (no spec yet) say "(built-in)".
Object* module_repr(Object* o) {
  Object* d = as_module(o)->dict;
  Object* spec = d ? dict_getitem(d, names::__spec__) : nullptr;
  if (spec && spec != None) {
    incref(spec);
    Object* r = repr_from_spec(spec);
    decref(spec);
    return r;
  }
  Object* name = d ? dict_getitem(d, names::__name__) : nullptr;
  std::string n = name ? quoted(name) : "'?'";
  if (err_occurred()) return nullptr;
  Object* file = d ? dict_getitem(d, names::__file__) : nullptr;
  if (file) {
    std::string f = quoted(file);
    if (err_occurred()) return nullptr;
    return str_from("<module " + n + " from " + f + ">");
  }
  Object* loader = d ? dict_getitem(d, names::__loader__) : nullptr;
  if (loader && loader != None) {
    std::string l = quoted(loader);
    if (err_occurred()) return nullptr;
    return str_from("<module " + n + " (" + l + ")>");
  }
  if (name && is_str(name) && find_builtin_module(str_view(name))) {
    Object* registered = dict_getitem(interp_state()->modules, name);
    if (registered == o) return str_from("<module " + n + " (built-in)>");
  }
  return str_from("<module " + n + ">");
}

// Is the module still being imported?  CPython asks its spec (`_initializing`);
// pyglass's own importer gives modules no spec yet, so a module whose body is
// running on this thread's frame stack counts too (__main__ never does).
bool module_initializing(Object* dict, Object* mod_name) {
  Object* spec = dict_getitem(dict, names::__spec__);
  if (spec && spec != None) {
    incref(spec);
    bool error = false;
    Object* v = object_lookup_attr(spec, names::_initializing, &error);
    decref(spec);
    int r = v ? object_is_true(v) : 0;
    xdecref(v);
    if (error || r < 0) err_clear();
    return r > 0;
  }
  if (str_eq_cstr(mod_name, "__main__")) return false;
  for (interp::Frame* f = tstate()->frame; f; f = f->back)
    if (f->globals == dict && (f->code->flags & interp::CO_MODULE)) return true;
  return false;
}

Object* missing_attribute(Object* o, Object* name) {
  Object* d = as_module(o)->dict;
  Object* getattr = d ? dict_getitem(d, names::__getattr__) : nullptr;
  if (getattr) {
    incref(getattr);
    Object* r = call1(getattr, name);
    decref(getattr);
    return r;
  }
  if (err_occurred()) return nullptr;
  Object* mname = d ? dict_getitem(d, names::__name__) : nullptr;
  if (mname && is_str(mname)) {
    if (module_initializing(d, mname))
      err_format(
          Exc_AttributeError,
          "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)",
          str_utf8(mname), str_utf8(name));
    else
      err_format(Exc_AttributeError, "module '%s' has no attribute '%s'", str_utf8(mname), str_utf8(name));
  } else {
    err_format(Exc_AttributeError, "module has no attribute '%s'", str_utf8(name));
  }
  return nullptr;
}

Object* module_getattro(Object* o, Object* name) {
  Object* d = as_module(o)->dict;
  if (d && type_of(o) == &ModuleType && is_str(name)) {
    // A plain module's attributes are read far more often than __dict__ or
    // __class__, which are not in its namespace: look there first.
    Object* r = dict_getitem(d, name);
    if (r) return newref(r);
    if (err_occurred()) return nullptr;
  }
  Object* r = object_generic_getattr(o, name);
  if (r || !err_matches(Exc_AttributeError)) return r;
  err_clear();
  return missing_attribute(o, name);
}

Object* module_tp_new(TypeObject* type, Object* const*, ssize, Object*) {
  auto* m = static_cast<ModuleObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!m) return nullptr;
  m->dict = dict_new();
  if (!m->dict) {
    decref(m);
    return nullptr;
  }
  gc_track(m);
  return m;
}

int init_module_dict(Object* d, Object* name, Object* doc) {
  if (dict_setitem(d, names::__name__, name) < 0 || dict_setitem(d, names::__doc__, doc) < 0 ||
      dict_setitem(d, names::__package__, None) < 0 || dict_setitem(d, names::__loader__, None) < 0 ||
      dict_setitem(d, names::__spec__, None) < 0)
    return -1;
  return 0;
}

int module_tp_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args("module", args, nargs, kwnames, "name|doc", a)) return -1;
  if (!is_str(a[0])) {
    err_format(Exc_TypeError, "module() argument 'name' must be str, not %s", type_name(a[0]));
    return -1;
  }
  Object* d = as_module(self)->dict;
  if (!d) {
    d = as_module(self)->dict = dict_new();
    if (!d) return -1;
  }
  return init_module_dict(d, a[0], a[1] ? a[1] : None);
}

Object* module_dir_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__dir__", args, nargs, kwnames, "", nullptr)) return nullptr;
  Object* d = object_getattr(self, names::__dict__);
  if (!d) return nullptr;
  Object* r = nullptr;
  if (!is_dict(d)) {
    err_set_string(Exc_TypeError, "<module>.__dict__ is not a dictionary");
  } else if (Object* f = dict_getitem(d, names::__dir__)) {
    r = call0(f);
  } else if (!err_occurred()) {
    r = dict_keys_list(d);
  }
  decref(d);
  return r;
}

MethodDef module_methods[] = {
    {"__dir__", module_dir_meth, METH_DEFAULT, "__dir__() -> list\nspecialized dir() implementation"},
    {nullptr, nullptr, 0, nullptr},
};

Object* module_get_dict_attr(Object* o, void*) {
  Object* d = as_module(o)->dict;
  return d ? newref(d) : none_ref();
}

// module.__annotations__ (3.10+): the dict stored in the namespace, made on first read.
Object* module_get_annotations(Object* o, void*) {
  Object* d = as_module(o)->dict;
  if (!d) return err_format_null(Exc_TypeError, "<module>.__dict__ is not a dictionary");
  Object* a = dict_getitem(d, names::__annotations__);
  if (a) return newref(a);
  if (err_occurred()) return nullptr;
  a = dict_new();
  if (a && dict_setitem(d, names::__annotations__, a) < 0) clearref(a);
  return a;
}

int module_set_annotations(Object* o, Object* v, void*) {
  Object* d = as_module(o)->dict;
  if (!d) {
    err_set_string(Exc_TypeError, "<module>.__dict__ is not a dictionary");
    return -1;
  }
  if (v) return dict_setitem(d, names::__annotations__, v);
  if (dict_delitem(d, names::__annotations__) == 0) return 0;
  if (err_matches(Exc_KeyError)) {
    err_clear();
    err_set_object(Exc_AttributeError, names::__annotations__);
  }
  return -1;
}

GetSetDef module_getset[] = {
    {"__dict__", module_get_dict_attr, nullptr, nullptr, nullptr},
    {"__annotations__", module_get_annotations, module_set_annotations, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* module_new(const char* name) {
  Object* m = module_tp_new(&ModuleType, nullptr, 0, nullptr);
  if (!m) return nullptr;
  Object* n = str_from_cstr(name);
  if (!n || init_module_dict(as_module(m)->dict, n, None) < 0) {
    xdecref(n);
    decref(m);
    return nullptr;
  }
  decref(n);
  return m;
}

Object* module_get_dict(Object* m) { return as_module(m)->dict; }

const char* module_name(Object* m) {
  Object* d = as_module(m)->dict;
  Object* n = d ? dict_getitem(d, names::__name__) : nullptr;
  return n && is_str(n) ? str_utf8(n) : "?";
}

int module_add_object(Object* m, const char* name, Object* value) {
  if (!value) return -1;
  int r = dict_setitem_str(as_module(m)->dict, name, value);
  decref(value);
  return r;
}

int module_add_functions(Object* m, MethodDef* defs) {
  Object* modname = dict_getitem(as_module(m)->dict, names::__name__);
  for (MethodDef* d = defs; d->name; ++d) {
    Object* f = builtin_function_new(d, m, modname);
    if (!f || module_add_object(m, d->name, f) < 0) return -1;
  }
  return 0;
}

Object* module_getattr_str(Object* m, const char* name) {
  return as_module(m)->dict ? dict_getitem_str(as_module(m)->dict, name) : nullptr;
}

void init_module_type() {
  ModuleType.tp_name = "module";
  ModuleType.tp_basicsize = sizeof(ModuleObject);
  ModuleType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  ModuleType.tp_doc =
      "Create a module object.\n\nThe name must be a string; the optional doc argument can have any "
      "type.";
  ModuleType.tp_dealloc = module_dealloc;
  ModuleType.tp_weaklistoffset = offsetof(ModuleObject, weaklist);
  ModuleType.tp_traverse = module_traverse;
  ModuleType.tp_clear = module_clear;
  ModuleType.tp_repr = module_repr;
  ModuleType.tp_getattro = module_getattro;
  ModuleType.tp_setattro = object_generic_setattr;
  ModuleType.tp_dictoffset = ssize(offsetof(ModuleObject, dict));
  ModuleType.tp_methods = module_methods;
  ModuleType.tp_getset = module_getset;
  ModuleType.tp_new = module_tp_new;
  ModuleType.tp_init = module_tp_init;
  init_static_object(&ModuleType, &TypeType);
  type_ready(&ModuleType);
}

}  // namespace rt

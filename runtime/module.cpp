// Module objects: a namespace dict with a name.
#include <string>

#include "api.h"
#include "init.h"

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

Object* module_repr(Object* o) {
  Object* d = as_module(o)->dict;
  Object* name = d ? dict_getitem(d, names::__name__) : nullptr;
  std::string n = name && is_str(name) ? std::string(str_view(name)) : "?";
  Object* file = d ? dict_getitem(d, names::__file__) : nullptr;
  std::string r;
  if (file && is_str(file))
    r = "<module '" + n + "' from '" + std::string(str_view(file)) + "'>";
  else
    r = "<module '" + n + "' (built-in)>";
  return str_from(r);
}

Object* module_getattro(Object* o, Object* name) {
  // The namespace first (module attributes are read far more often than
  // __dict__/__class__, which are not in it), then the type's attributes.
  Object* r = nullptr;
  Object* d = as_module(o)->dict;
  if (d) {
    r = dict_getitem(d, name);
    if (r) return newref(r);
    if (err_occurred()) return nullptr;
  }
  r = object_generic_getattr(o, name);
  if (r || !err_matches(Exc_AttributeError)) return r;
  err_clear();
  Object* mname = d ? dict_getitem(d, names::__name__) : nullptr;
  if (mname && is_str(mname))
    err_format(Exc_AttributeError, "module '%s' has no attribute '%s'", str_utf8(mname), str_utf8(name));
  else
    err_format(Exc_AttributeError, "module has no attribute '%s'", str_utf8(name));
  return nullptr;
}

int module_setattro(Object* o, Object* name, Object* value) {
  Object* d = as_module(o)->dict;
  if (!d) {
    err_set_string(Exc_AttributeError, "module has no __dict__");
    return -1;
  }
  if (value) return dict_setitem(d, name, value);
  if (dict_delitem(d, name) < 0) {
    if (err_matches(Exc_KeyError)) {
      err_clear();
      err_format(Exc_AttributeError, "module '%s' has no attribute '%s'", module_name(o), str_utf8(name));
    }
    return -1;
  }
  return 0;
}

Object* module_get_dict_attr(Object* o, void*) { return newref(as_module(o)->dict); }

Object* module_tp_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* name = nullptr;
  Object* doc = nullptr;
  Object* out[2] = {nullptr, nullptr};
  if (!parse_args("module", args, nargs, kwnames, "name|doc", out)) return nullptr;
  name = out[0];
  doc = out[1];
  if (!is_str(name)) {
    err_format(Exc_TypeError, "module.__init__() argument 'name' must be str, not %s", type_name(name));
    return nullptr;
  }
  Object* m = module_new(str_utf8(name));
  if (m && doc) dict_setitem(module_get_dict(m), names::__doc__, doc);
  return m;
}

GetSetDef module_getset[] = {
    {"__dict__", module_get_dict_attr, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* module_new(const char* name) {
  auto* m = static_cast<ModuleObject*>(alloc_object(&ModuleType, sizeof(ModuleObject)));
  if (!m) return nullptr;
  m->dict = dict_new();
  if (!m->dict) {
    decref(m);
    return nullptr;
  }
  Object* n = str_from_cstr(name);
  if (!n || dict_setitem(m->dict, names::__name__, n) < 0 || dict_setitem(m->dict, names::__doc__, None) < 0 ||
      dict_setitem(m->dict, names::__package__, None) < 0 || dict_setitem(m->dict, names::__spec__, None) < 0 ||
      dict_setitem(m->dict, names::__loader__, None) < 0) {
    xdecref(n);
    decref(m);
    return nullptr;
  }
  decref(n);
  gc_track(m);
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
  ModuleType.tp_dealloc = module_dealloc;
  ModuleType.tp_weaklistoffset = offsetof(ModuleObject, weaklist);
  ModuleType.tp_traverse = module_traverse;
  ModuleType.tp_clear = module_clear;
  ModuleType.tp_repr = module_repr;
  ModuleType.tp_getattro = module_getattro;
  ModuleType.tp_setattro = module_setattro;
  ModuleType.tp_getset = module_getset;
  ModuleType.tp_new = module_tp_new;
  init_static_object(&ModuleType, &TypeType);
  type_ready(&ModuleType);
}

}  // namespace rt

// The _weakref module: the native layer under CPython's weakref.py.  The
// types live in runtime/weakref.cpp (ref) and runtime/weakproxy.cpp (the
// proxies); docs/weakref.md explains them.
#include "runtime/containers/list.h"
#include "runtime/types/weakref.h"
#include "modules.h"

namespace stdlib {

using namespace rt;

namespace {

Object* wr_getweakrefcount(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* o = nullptr;
  if (!parse_args("_weakref.getweakrefcount", args, nargs, kw, "object/", &o)) return nullptr;
  return int_from_i64(weakref_count(o));
}

Object* wr_getweakrefs(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* o = nullptr;
  if (!parse_args("_weakref.getweakrefs", args, nargs, kw, "object/", &o)) return nullptr;
  return weakref_list(o);
}

Object* wr_proxy(Object*, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("_weakref.proxy", kw)) return nullptr;
  if (!cont::check_nargs("proxy", nargs, 1, 2)) return nullptr;
  return weakproxy_new(args[0], nargs > 1 ? args[1] : nullptr);
}

// _remove_dead_weakref(dct, key): del dct[key] if it is a dead weak
// reference.  weakref.WeakValueDictionary calls it from its callbacks; a key
// that is gone already is fine.
Object* wr_remove_dead_weakref(Object*, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("_weakref._remove_dead_weakref", kw)) return nullptr;
  if (!cont::check_nargs("_remove_dead_weakref", nargs, 2, 2)) return nullptr;
  Object* d = args[0];
  Object* key = args[1];
  if (!is_dict(d))
    return err_format_null(Exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s", type_name(d));
  Object* v = dict_getitem(d, key);
  if (!v) return err_occurred() ? nullptr : none_ref();
  if (!is_weakref(v)) return err_format_null(Exc_TypeError, "not a weakref");
  if (as_weakref(v)->wr_object == nullptr && dict_delitem(d, key) < 0) {
    if (!err_matches(Exc_KeyError)) return nullptr;
    err_clear();
  }
  return none_ref();
}

MethodDef weakref_methods[] = {
    {"getweakrefcount", wr_getweakrefcount, METH_DEFAULT, "Return the number of weak references to 'object'."},
    {"getweakrefs", wr_getweakrefs, METH_DEFAULT, "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", wr_proxy, METH_DEFAULT,
     "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to "
     "the\nproxy when 'object' is about to be finalized."},
    {"_remove_dead_weakref", wr_remove_dead_weakref, METH_DEFAULT,
     "Atomically remove key from dict if it points to a dead weakref."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_weakref_module() {
  Object* m = module_new("_weakref");
  if (!m) return nullptr;
  if (module_add_functions(m, weakref_methods) < 0 ||
      module_add_object(m, "__doc__", str_from_cstr("Weak-reference support module.")) < 0 ||
      module_add_object(m, "ref", newref(static_cast<Object*>(&WeakRefType))) < 0 ||
      module_add_object(m, "ReferenceType", newref(static_cast<Object*>(&WeakRefType))) < 0 ||
      module_add_object(m, "ProxyType", newref(static_cast<Object*>(&WeakProxyType))) < 0 ||
      module_add_object(m, "CallableProxyType", newref(static_cast<Object*>(&WeakCallableProxyType))) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

// types.SimpleNamespace: an object whose attributes are its keyword
// arguments (`SimpleNamespace(a=1).a`), with a repr listing them in insertion
// order ("namespace(a=1)"; a subclass shows its own name), equality by
// attribute dict between namespaces, and pickling as (cls, (), __dict__).
// sys.implementation is one; CPython's types.py finds the type through it.
//
// The attributes live in the instance dict at tp_dictoffset, so the generic
// attribute protocol (object.__getattribute__/__setattr__) does everything
// else, and subclasses add no second dict.
#include <string>

#include "runtime/init.h"
#include "runtime/types/type.h"

namespace rt {

TypeObject SimpleNamespaceType;

namespace {

struct NamespaceObject : Object {
  Object* dict;  // owned
};

Object*& dict_of(Object* o) { return static_cast<NamespaceObject*>(o)->dict; }

Object* ns_tp_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) return nullptr;
  dict_of(o) = dict_new();
  if (!dict_of(o)) {
    decref(o);
    return nullptr;
  }
  gc_track(o);
  return o;
}

int ns_tp_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs) {
    err_set_string(Exc_TypeError, "no positional arguments expected");
    return -1;
  }
  for (ssize i = 0; kwnames && i < size_of(kwnames); i++) {
    if (dict_setitem(dict_of(self), tuple_get(kwnames, i), args[i]) < 0) return -1;
  }
  return 0;
}

void ns_dealloc(Object* o) {
  gc_untrack(o);
  clearref(dict_of(o));
  free_object(o);
}

int ns_traverse(Object* o, visitproc visit, void* arg) { return dict_of(o) ? visit(dict_of(o), arg) : 0; }

int ns_clear(Object* o) {
  clearref(dict_of(o));
  return 0;
}

Object* ns_repr(Object* o) {
  std::string name = type_of(o) == &SimpleNamespaceType ? "namespace" : type_of(o)->tp_name;
  int inside = repr_enter(o);
  if (inside < 0) return nullptr;
  if (inside) return str_from(name + "(...)");
  std::string out = name + "(";
  Object* d = dict_of(o);
  Object* items = d ? dict_items_list(d) : list_new(0);  // a snapshot: a repr() may change the dict
  bool first = true, ok = items != nullptr;
  for (ssize i = 0; ok && i < size_of(items); i++) {
    Object* k = tuple_get(list_get(items, i), 0);
    Object* v = tuple_get(list_get(items, i), 1);
    if (!is_str(k) || str_len(k) == 0) continue;
    Object* r = object_repr(v);
    if (!r) {
      ok = false;
      break;
    }
    if (!first) out += ", ";
    first = false;
    out += str_view(k);
    out += '=';
    out += str_view(r);
    decref(r);
  }
  xdecref(items);
  repr_leave(o);
  if (!ok) return nullptr;
  return str_from(out + ")");
}

Object* ns_richcompare(Object* a, Object* b, int op) {
  if (!is_instance_of(a, &SimpleNamespaceType) || !is_instance_of(b, &SimpleNamespaceType))
    return notimpl_ref();
  return object_richcompare(dict_of(a), dict_of(b), op);
}

Object* ns_reduce(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__reduce__", args, nargs, kwnames, "", nullptr)) return nullptr;
  Object* empty = empty_tuple();
  Object* r = tuple_pack(3, static_cast<Object*>(type_of(self)), empty, dict_of(self));
  decref(empty);
  return r;
}

Object* ns_get_dict(Object* o, void*) { return newref(dict_of(o)); }

GetSetDef ns_getsets[] = {
    {"__dict__", ns_get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef ns_methods[] = {
    {"__reduce__", ns_reduce, METH_DEFAULT, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* namespace_new(Object* kwds) {
  Object* o = ns_tp_new(&SimpleNamespaceType, nullptr, 0, nullptr);
  if (o && kwds && dict_update(dict_of(o), kwds) < 0) clearref(o);
  return o;
}

void init_namespace_type() {
  TypeObject& t = SimpleNamespaceType;
  t.tp_name = "types.SimpleNamespace";
  t.tp_basicsize = sizeof(NamespaceObject);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC;
  t.tp_doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";
  t.tp_dealloc = ns_dealloc;
  t.tp_traverse = ns_traverse;
  t.tp_clear = ns_clear;
  t.tp_repr = ns_repr;
  t.tp_richcompare = ns_richcompare;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  t.tp_dictoffset = ssize(offsetof(NamespaceObject, dict));
  t.tp_new = ns_tp_new;
  t.tp_init = ns_tp_init;
  t.tp_methods = ns_methods;
  t.tp_getset = ns_getsets;
  init_static_object(&t, &TypeType);
  type_ready(&t);
}

}  // namespace rt

// types.MappingProxyType: a read-only view of a mapping.  `cls.__dict__` and
// `vars(cls)` are proxies of the class's own dict, so a script can read a
// class namespace but can change it only through setattr(cls, ...), which keeps
// the method cache (runtime/type.cpp, keyed by version tags retired in
// type_setattro) and the slot table (update_slot) right.
//
// Every read is forwarded to the mapping: len, [], in, iteration, get, keys,
// values, items, copy (the mapping's own copy(), so an OrderedDict stays one),
// comparisons and str().  `proxy | other` merges the underlying mappings; `|=`
// is refused.  Any object with __getitem__ except a list or tuple is accepted
// as the mapping, as in CPython.
#include "runtime/init.h"
#include "runtime/containers/list.h"
#include "runtime/types/type.h"

namespace rt {

TypeObject MappingProxyType;

namespace {

struct MappingProxyObject : Object {
  Object* mapping;  // owned
};

Object* mapping_of(Object* o) { return static_cast<MappingProxyObject*>(o)->mapping; }
bool is_proxy(Object* o) { return type_of(o) == &MappingProxyType; }

bool check_mapping(Object* m) {
  TypeObject* t = type_of(m);
  if (!t->mp_subscript || is_list(m) || is_tuple(m)) {
    err_format(Exc_TypeError, "mappingproxy() argument must be a mapping, not %s", t->tp_name);
    return false;
  }
  return true;
}

void mp_dealloc(Object* o) {
  gc_untrack(o);
  clearref(static_cast<MappingProxyObject*>(o)->mapping);
  free_object(o);
}

int mp_traverse(Object* o, visitproc visit, void* arg) {
  Object* m = mapping_of(o);
  return m ? visit(m, arg) : 0;
}

Object* mp_repr(Object* o) {
  Object* r = object_repr(mapping_of(o));
  if (!r) return nullptr;
  Object* s = str_from("mappingproxy(" + std::string(str_view(r)) + ")");
  decref(r);
  return s;
}

Object* mp_str(Object* o) { return object_str(mapping_of(o)); }

Object* mp_richcompare(Object* a, Object* b, int op) { return object_richcompare(mapping_of(a), b, op); }

ssize mp_len(Object* o) { return object_length(mapping_of(o)); }

Object* mp_getitem(Object* o, Object* key) { return object_getitem(mapping_of(o), key); }

int mp_contains(Object* o, Object* key) {
  Object* m = mapping_of(o);
  if (is_dict_exact(m)) return dict_contains(m, key);
  return sequence_contains(m, key);
}

Object* mp_iter(Object* o) { return object_get_iter(mapping_of(o)); }

Object* mp_or(Object* a, Object* b) {
  if (is_proxy(a)) a = mapping_of(a);
  if (is_proxy(b)) b = mapping_of(b);
  return number_binop(a, b, BINOP_OR);
}

Object* mp_ior(Object*, Object*) {
  return err_format_null(Exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
}

Object* mp_get(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("mappingproxy.get", kwnames) || !cont::check_nargs("get", nargs, 1, 2))
    return nullptr;
  Object* a[2] = {args[0], nargs > 1 ? args[1] : None};
  return call_method(mapping_of(self), names::get, a, 2);
}

template <Object** Name>
Object* mp_forward(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args(str_utf8(*Name), args, nargs, kwnames, "", nullptr)) return nullptr;
  return call_method0(mapping_of(self), *Name);
}

Object* mp_reversed(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__reversed__", args, nargs, kwnames, "", nullptr)) return nullptr;
  Object* m = mapping_of(self);
  return call(&ReversedType, &m, 1);
}

MethodDef mp_methods[] = {
    {"get", mp_get, METH_DEFAULT, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", mp_forward<&names::keys>, METH_DEFAULT,
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mp_forward<&names::values>, METH_DEFAULT,
     "D.values() -> an object providing a view on D's values"},
    {"items", mp_forward<&names::items>, METH_DEFAULT,
     "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mp_forward<&names::copy>, METH_DEFAULT, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mp_reversed, METH_DEFAULT, "D.__reversed__() -> reverse iterator"},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

Object* mp_tp_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (nargs > 1)
    return err_format_null(Exc_TypeError, "mappingproxy() takes at most 1 argument (%zd given)", nargs);
  if (nargs == 0 && !kwnames)
    return err_format_null(Exc_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
  if (!parse_args("mappingproxy", args, nargs, kwnames, "mapping", a)) return nullptr;
  return mappingproxy_new(a[0]);
}

}  // namespace

Object* mappingproxy_new(Object* mapping) {
  if (!check_mapping(mapping)) return nullptr;
  auto* p = static_cast<MappingProxyObject*>(alloc_object(&MappingProxyType, sizeof(MappingProxyObject)));
  if (!p) return nullptr;
  p->mapping = newref(mapping);
  gc_track(p);
  return p;
}

void init_mappingproxy_type() {
  TypeObject& t = MappingProxyType;
  t.tp_name = "mappingproxy";
  t.tp_basicsize = sizeof(MappingProxyObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  t.tp_doc = "Read-only proxy of a mapping.";
  t.tp_dealloc = mp_dealloc;
  t.tp_traverse = mp_traverse;
  t.tp_repr = mp_repr;
  t.tp_str = mp_str;
  t.tp_richcompare = mp_richcompare;
  t.tp_getattro = object_generic_getattr;
  t.tp_iter = mp_iter;
  t.mp_length = mp_len;
  t.mp_subscript = mp_getitem;
  t.sq_contains = mp_contains;
  t.nb_or = mp_or;
  t.nb_inplace_or = mp_ior;
  t.tp_methods = mp_methods;
  t.tp_new = mp_tp_new;
  init_static_object(&t, &TypeType);
  type_ready(&t);
}

}  // namespace rt

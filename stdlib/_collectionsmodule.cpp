// _collections: what CPython's collections/__init__.py imports from C —
// deque (stdlib/_collections_deque.cpp), defaultdict, _count_elements (the
// counting loop of Counter) and _tuplegetter (the field descriptors of
// namedtuple classes).  OrderedDict is left to the pure-Python version in
// collections/__init__.py, which that file falls back to by design.
//
// defaultdict is a dict subclass in C++: its instances are dicts with one
// more word, default_factory; every dict operation works on them unchanged,
// and dict's lookup calls __missing__ (found on the type) for a key that is
// not there.  default_factory is held as given (None included): "no factory"
// is None or null, as in CPython, and both read back as None.
#include "_collections.h"

#include <cstddef>
#include <string>

#include "runtime/containers/dict.h"
#include "modules.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace stdlib {
using namespace rt;

namespace collections {
namespace {

TypeObject DefaultDictType, TupleGetterType;

// ---- defaultdict -----------------------------------------------------------------------
struct DefDictObject : DictObject {
  Object* default_factory;  // may be null
};
DefDictObject* DD(Object* o) { return static_cast<DefDictObject*>(o); }
inline Object* factory_or_none(Object* o) {
  Object* f = DD(o)->default_factory;
  return f ? f : None;
}

void defdict_dealloc(Object* o) {
  // dict's dealloc untracks; clear our field first so a finalizer sees a consistent object.
  clearref(DD(o)->default_factory);
  DictType.tp_dealloc(o);
}

int defdict_traverse(Object* o, visitproc visit, void* arg) {
  if (DD(o)->default_factory) {
    if (int r = visit(DD(o)->default_factory, arg)) return r;
  }
  return DictType.tp_traverse(o, visit, arg);
}

int defdict_clear(Object* o) {
  clearref(DD(o)->default_factory);
  return DictType.tp_clear(o);
}

int defdict_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* factory = nullptr;
  if (nargs > 0) {
    factory = args[0];
    if (factory != None && !is_callable(factory)) {
      err_set_string(Exc_TypeError, "first argument must be callable or None");
      return -1;
    }
  }
  Object* old = DD(self)->default_factory;
  DD(self)->default_factory = xnewref(factory);
  int r = DictType.tp_init(self, nargs > 0 ? args + 1 : args, nargs > 0 ? nargs - 1 : 0, kwnames);
  xdecref(old);
  return r;
}

Object* defdict_missing(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("defaultdict.__missing__", kwnames) ||
      !cont::check_one_arg("defaultdict.__missing__", nargs))
    return nullptr;
  Object* key = args[0];
  Object* factory = DD(self)->default_factory;
  if (!factory || factory == None) {
    Object* t = tuple_pack(1, key);
    if (!t) return nullptr;
    err_set_object(Exc_KeyError, t);
    decref(t);
    return nullptr;
  }
  incref(factory);
  Object* value = call0(factory);
  decref(factory);
  if (!value) return nullptr;
  if (object_setitem(self, key, value) < 0) {
    decref(value);
    return nullptr;
  }
  return value;
}

// type(dd)(dd.default_factory, arg): copy() and the | operator go through the class, as in CPython.
Object* new_like(Object* dd, Object* arg) {
  return call2(static_cast<Object*>(type_of(dd)), factory_or_none(dd), arg);
}

Object* defdict_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("defaultdict.copy", nargs, kwnames)) return nullptr;
  return new_like(self, self);
}
Object* defdict_dunder_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("defaultdict.__copy__", nargs, kwnames)) return nullptr;
  return new_like(self, self);
}

Object* defdict_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("defaultdict.__reduce__", nargs, kwnames)) return nullptr;
  Object* factory = DD(self)->default_factory;
  Object* args = !factory || factory == None ? empty_tuple() : tuple_pack(1, factory);
  if (!args) return nullptr;
  Object* items = call_method0(self, names::items);
  Object* it = items ? object_get_iter(items) : nullptr;
  xdecref(items);
  Object* r = it ? tuple_pack(5, static_cast<Object*>(type_of(self)), args, None, None, it) : nullptr;
  decref(args);
  xdecref(it);
  return r;
}

Object* defdict_repr(Object* self) {
  Object* base = DictType.tp_repr(self);
  if (!base) return nullptr;
  Object* factory = xnewref(DD(self)->default_factory);  // its repr may replace it
  Object* frepr;
  if (!factory) {
    frepr = str_from_cstr("None");
  } else {
    int status = repr_enter(factory);
    frepr = status < 0 ? nullptr : status > 0 ? str_from_cstr("...") : object_repr(factory);
    if (status == 0) repr_leave(factory);
    decref(factory);
  }
  if (!frepr) {
    decref(base);
    return nullptr;
  }
  std::string s = native::short_name(type_of(self));
  s += "(";
  s += str_view(frepr);
  s += ", ";
  s += str_view(base);
  s += ")";
  decref(frepr);
  decref(base);
  return str_from(s);
}

bool is_defdict(Object* o) { return is_instance_of(o, &DefaultDictType); }

Object* defdict_or(Object* left, Object* right) {
  Object* self = is_defdict(left) ? left : right;
  Object* other = self == left ? right : left;
  if (!is_dict(other)) return notimpl_ref();
  Object* r = new_like(self, left);
  if (!r) return nullptr;
  if (dict_update(r, right) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

Object* get_factory(Object* self, void*) { return newref(factory_or_none(self)); }
int set_factory(Object* self, Object* value, void*) {
  setref(DD(self)->default_factory, xnewref(value));
  return 0;
}

MethodDef defdict_methods[] = {
    {"__missing__", defdict_missing, METH_DEFAULT,
     "__missing__(key) # Called by __getitem__ for missing key: self[key] = value = self.default_factory()."},
    {"copy", defdict_copy, METH_DEFAULT, "D.copy() -> a shallow copy of D."},
    {"__copy__", defdict_dunder_copy, METH_DEFAULT, "D.copy() -> a shallow copy of D."},
    {"__reduce__", defdict_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef defdict_getset[] = {
    {"default_factory", get_factory, set_factory, "Factory for default value called by __missing__().", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- _count_elements -----------------------------------------------------------------------
// mapping[key] = mapping.get(key, 0) + 1 for each key; a plain dict (or a
// subclass that keeps dict's get and __setitem__, like Counter) is updated directly.
Object* count_elements(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("_collections._count_elements", kwnames) || !cont::check_nargs("_count_elements", nargs, 2, 2))
    return nullptr;
  Object* mapping = args[0];
  Object* it = object_get_iter(args[1]);
  if (!it) return nullptr;
  Object* one = small_int(1);
  bool fast = is_dict(mapping) && type_lookup(type_of(mapping), names::get) == type_lookup(&DictType, names::get) &&
              type_lookup(type_of(mapping), names::__setitem__) == type_lookup(&DictType, names::__setitem__);
  Object* bound_get = fast ? nullptr : object_getattr(mapping, names::get);
  bool ok = fast || bound_get;
  while (ok) {
    Object* key = iter_next(it);
    if (!key) break;
    Object* newval = nullptr;
    if (fast) {
      hash_t h = dict_key_hash(key);
      Object* old = h == -1 ? nullptr : dict_getitem_known_hash(mapping, key, h);
      if (h != -1 && !err_occurred()) {
        newval = old ? number_binop(old, one, BINOP_ADD) : newref(one);
        if (newval && dict_setitem_known_hash(mapping, key, h, newval) < 0) ok = false;
      }
    } else {
      Object* old = call2(bound_get, key, small_int(0));
      newval = old ? number_binop(old, one, BINOP_ADD) : nullptr;
      xdecref(old);
      if (newval && object_setitem(mapping, key, newval) < 0) ok = false;
    }
    if (!newval) ok = false;
    xdecref(newval);
    decref(key);
  }
  xdecref(bound_get);
  decref(it);
  if (err_occurred()) return nullptr;
  return none_ref();
}

// ---- _tuplegetter ---------------------------------------------------------------------------
struct TupleGetterObject : Object {
  ssize index;
  Object* doc;
};
using TupleGetterRefs = RefFields<TupleGetterObject, &TupleGetterObject::doc>;
TupleGetterObject* TG(Object* o) { return static_cast<TupleGetterObject*>(o); }

Object* tuplegetter_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (native::new_rejects_kwargs(type, &TupleGetterType) && !no_kwargs("_tuplegetter", kwnames)) return nullptr;
  if (!cont::check_nargs("_tuplegetter", nargs, 2, 2)) return nullptr;
  ssize index;
  if (!native::ssize_arg(args[0], &index)) return nullptr;
  auto* g = native::alloc<TupleGetterObject>(type);
  if (!g) return nullptr;
  g->index = index;
  g->doc = newref(args[1]);
  gc_track(g);
  return g;
}

Object* tuplegetter_get(Object* self, Object* obj, Object*) {
  ssize index = TG(self)->index;
  if (!obj || obj == None) return newref(self);
  if (!is_tuple(obj))
    return err_format_null(Exc_TypeError, "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                           index, type_name(obj));
  if (index < 0 || index >= size_of(obj)) return err_format_null(Exc_IndexError, "tuple index out of range");
  return newref(tuple_get(obj, index));
}

int tuplegetter_set(Object*, Object*, Object* value) {
  err_set_string(Exc_AttributeError, value ? "can't set attribute" : "can't delete attribute");
  return -1;
}

Object* tuplegetter_reduce(Object* self, Object* const*, ssize, Object*) {
  Object* index = int_from_i64(TG(self)->index);
  if (!index) return nullptr;
  Object* args = tuple_pack(2, index, TG(self)->doc ? TG(self)->doc : None);
  decref(index);
  if (!args) return nullptr;
  Object* r = tuple_pack(2, static_cast<Object*>(type_of(self)), args);
  decref(args);
  return r;
}

Object* tuplegetter_get_doc(Object* self, void*) { return newref(TG(self)->doc ? TG(self)->doc : None); }
int tuplegetter_set_doc(Object* self, Object* value, void*) {
  setref(TG(self)->doc, xnewref(value));
  return 0;
}

MethodDef tuplegetter_methods[] = {
    {"__reduce__", native::noargs<tuplegetter_reduce, native::kReduce>, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef tuplegetter_getset[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef module_functions[] = {
    {"_count_elements", count_elements, METH_DEFAULT, "Count elements in the iterable, updating the mapping"},
    {nullptr, nullptr, 0, nullptr},
};

void fill_types() {
  fill_deque_types();
  TypeObject& d = DefaultDictType;
  d.tp_name = "collections.defaultdict";
  d.tp_basicsize = sizeof(DefDictObject);
  d.tp_base = &DictType;
  d.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE | TPFLAG_BASETYPE;
  d.tp_doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
             "The default factory is called without arguments to produce\n"
             "a new value when a key is not present, in __getitem__ only.";
  d.tp_dealloc = defdict_dealloc;
  d.tp_traverse = defdict_traverse;
  d.tp_clear = defdict_clear;
  d.tp_init = defdict_init;
  d.tp_repr = defdict_repr;
  d.nb_or = defdict_or;
  d.tp_methods = defdict_methods;
  d.tp_getset = defdict_getset;

  TypeObject& g = TupleGetterType;
  g.tp_name = "_collections._tuplegetter";
  g.tp_basicsize = sizeof(TupleGetterObject);
  g.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE | TPFLAG_BASETYPE;
  g.tp_dealloc = TupleGetterRefs::dealloc;
  g.tp_traverse = TupleGetterRefs::traverse;
  g.tp_clear = TupleGetterRefs::clear;
  g.tp_new = tuplegetter_new;
  g.tp_descr_get = tuplegetter_get;
  g.tp_descr_set = tuplegetter_set;
  g.tp_methods = tuplegetter_methods;
  g.tp_getset = tuplegetter_getset;
}

}  // namespace
}  // namespace collections

Object* init_collections_module() {
  using namespace collections;
  if (!has_flag(&DequeType, TPFLAG_READY)) fill_types();
  return native::make_module("_collections",
                             "High performance data structures.\n"
                             "- deque:        ordered collection accessible from endpoints only\n"
                             "- defaultdict:  dict subclass with a default value factory\n",
                             module_functions,
                             {&DequeType, &DequeIterType, &DequeRevIterType, &DefaultDictType, &TupleGetterType});
}

}  // namespace stdlib

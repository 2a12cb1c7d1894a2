// types.GenericAlias: what `list[int]` evaluates to (PEP 585), and the
// `__class_getitem__` of the built-in generic classes that makes it.
//
// How it works
// ------------
// An alias is (origin, args, starred): `dict[str, list[int]]` is
// GenericAlias(dict, (str, list[int])), `*tuple[int, ...]` the same alias with
// `starred` set (3.11's unpacked form, made by iterating an alias).  The alias
// stands in for its origin wherever that makes sense:
//   * attribute reads are forwarded to the origin (`list[int].append is
//     list.append`), except for a fixed set of names the alias answers itself
//     (attr_exceptions below: __origin__, __args__, __class__, __reduce__ ...);
//   * calling it calls the origin and then tries to set `__orig_class__` on the
//     new instance (silently skipped when the instance has no __dict__);
//   * as a base class it resolves to its origin through __mro_entries__.
// It refuses isinstance()/issubclass() (its __instancecheck__ and
// __subclasscheck__ raise TypeError), compares equal to an alias with equal
// origin, args and starredness, and hashes as hash(origin) ^ hash(args).
//
// Substitution (`dict[str, T][int]`): __parameters__ are the TypeVar-likes in
// the args (objects with __typing_subst__, e.g. typing.TypeVar) and, for nested
// aliases, their own __parameters__, each once.  Subscripting replaces each
// parameter by the matching item (typing_subs_parameters), recursing into
// nested aliases by subscripting them with their share of the items.
//
// Invariants: args is always a tuple; parameters is null until first needed
// and then a tuple that never changes (args are immutable); the alias is a GC
// container (its origin and args can lead back to it through a class).
//
// Weak references to aliases are not supported yet: the weak-reference list
// slot belongs with the _weakref work (docs/typing.md).
#include "runtime/types/genericalias.h"

#include <vector>

#include "runtime/init.h"
#include "runtime/types/weakref.h"
#include "runtime/threads/state.h"
#include "runtime/types/type.h"

namespace rt {

TypeObject GenericAliasType, GenericAliasIterType;

namespace {

GenericAliasObject* as_ga(Object* o) { return static_cast<GenericAliasObject*>(o); }

bool is_generic_alias(Object* o) { return is_instance_of(o, &GenericAliasType); }

// ---- shared with types.UnionType ----------------------------------------------------

// Does o look like an alias (has both __origin__ and __args__)?  -1 error.
int looks_like_alias(Object* p) {
  bool error = false;
  Object* tmp = object_lookup_attr(p, names::__origin__, &error);
  if (error) return -1;
  if (!tmp) return 0;
  decref(tmp);
  tmp = object_lookup_attr(p, names::__args__, &error);
  if (error) return -1;
  if (!tmp) return 0;
  decref(tmp);
  return 1;
}

int append_repr(std::string& out, Object* p) {
  Object* r = object_repr(p);
  if (!r) return -1;
  out += str_view(r);
  decref(r);
  return 0;
}

}  // namespace

int typing_repr_item(std::string& out, Object* p, bool dots, bool none_name) {
  if (dots && p == Ellipsis) {
    out += "...";
    return 0;
  }
  if (none_name && p == &NoneType) {
    out += "None";
    return 0;
  }
  int alias = looks_like_alias(p);
  if (alias < 0) return -1;
  if (alias) return append_repr(out, p);
  bool error = false;
  Object* qualname = object_lookup_attr(p, names::__qualname__, &error);
  if (error) return -1;
  if (!qualname) return append_repr(out, p);
  Object* module = object_lookup_attr(p, names::__module__, &error);
  if (error || !module || module == None) {
    decref(qualname);
    xdecref(module);
    return error ? -1 : append_repr(out, p);
  }
  int r = 0;
  Object* q = object_str(qualname);
  Object* m = q && !(is_str(module) && str_eq_cstr(module, "builtins")) ? object_str(module) : nullptr;
  if (!q || (!m && err_occurred())) {
    r = -1;
  } else {
    if (m) {
      out += str_view(m);
      out += '.';
    }
    out += str_view(q);
  }
  xdecref(q);
  xdecref(m);
  decref(qualname);
  decref(module);
  return r;
}

namespace {

// Owned references in order, each object once (by identity).
struct UniqueRefs {
  std::vector<Object*> items;
  ~UniqueRefs() {
    for (Object* o : items) decref(o);
  }
  void add(Object* o) {
    for (Object* x : items)
      if (x == o) return;
    items.push_back(newref(o));
  }
  Object* tuple() const { return tuple_from_array(items.data(), ssize(items.size())); }
};

// The index of item in params (by identity), or -1.
ssize tuple_index(Object* params, Object* item) {
  for (ssize i = 0; i < size_of(params); i++)
    if (tuple_get(params, i) == item) return i;
  return -1;
}

// Is arg an unpacked TypeVarTuple (`*Ts`)?  -1 error.
int is_unpacked_typevartuple(Object* arg) {
  if (is_type(arg)) return 0;
  bool error = false;
  Object* v = object_lookup_attr(arg, names::__typing_is_unpacked_typevartuple__, &error);
  if (error) return -1;
  if (!v) return 0;
  int r = object_is_true(v);
  decref(v);
  return r;
}

// The args of an unpacked tuple alias (*tuple[int, str]), or null (no error) for anything else.
Object* unpacked_tuple_args(Object* arg, bool* error) {
  *error = false;
  if (is_generic_alias(arg) && as_ga(arg)->starred && as_ga(arg)->origin == &TupleType)
    return newref(as_ga(arg)->args);
  Object* r = object_lookup_attr(arg, names::__typing_unpacked_tuple_args__, error);
  if (r == None) clearref(r);
  return r;
}

// The items of a subscription as a tuple, with unpacked fixed-length tuples
// (*tuple[int, str]) spliced in.
Object* unpack_args(Object* item) {
  Object* out = list_new(0);
  if (!out) return nullptr;
  bool is_tup = is_tuple(item);
  ssize n = is_tup ? size_of(item) : 1;
  Object* const* items = is_tup ? tuple_items(item) : &item;
  for (ssize i = 0; i < n; i++) {
    Object* x = items[i];
    if (!is_type(x)) {
      bool error;
      Object* sub = unpacked_tuple_args(x, &error);
      if (error) {
        decref(out);
        return nullptr;
      }
      if (sub && is_tuple(sub) && !(size_of(sub) && tuple_get(sub, size_of(sub) - 1) == Ellipsis)) {
        int r = list_extend(out, sub);
        decref(sub);
        if (r < 0) {
          decref(out);
          return nullptr;
        }
        continue;
      }
      xdecref(sub);
    }
    if (list_append(out, x) < 0) {
      decref(out);
      return nullptr;
    }
  }
  Object* t = list_as_tuple(out);
  decref(out);
  return t;
}

// obj with the parameters it shares with `params` replaced by their items
// (obj[subargs] when obj has __parameters__), else obj itself.
Object* subs_tvars(Object* obj, Object* params, Object* const* argitems) {
  bool error = false;
  Object* subparams = object_lookup_attr(obj, names::__parameters__, &error);
  if (error) return nullptr;
  if (!subparams || !is_tuple(subparams) || size_of(subparams) == 0) {
    xdecref(subparams);
    return newref(obj);
  }
  Object* subargs = list_new(0);
  int ok = subargs ? 0 : -1;
  for (ssize i = 0; ok == 0 && i < size_of(subparams); i++) {
    Object* arg = tuple_get(subparams, i);
    ssize ip = tuple_index(params, arg);
    if (ip >= 0) {
      Object* param = tuple_get(params, ip);
      arg = argitems[ip];
      if (type_of(param)->tp_iter && is_tuple(arg)) {  // a TypeVarTuple takes a tuple of items
        ok = list_extend(subargs, arg);
        continue;
      }
    }
    ok = list_append(subargs, arg);
  }
  decref(subparams);
  if (ok < 0) {
    xdecref(subargs);
    return nullptr;
  }
  Object* t = list_as_tuple(subargs);
  decref(subargs);
  if (!t) return nullptr;
  Object* r = object_getitem(obj, t);
  decref(t);
  return r;
}

}  // namespace

int typing_readonly_attribute(Object*, Object*, void*) {
  err_set_string(Exc_AttributeError, "readonly attribute");
  return -1;
}

Object* typing_make_parameters(Object* args) {
  UniqueRefs params;
  for (ssize i = 0; i < size_of(args); i++) {
    Object* t = tuple_get(args, i);
    if (is_type(t)) continue;  // a bare class's __parameters__ would be a descriptor
    bool error = false;
    Object* subst = object_lookup_attr(t, names::__typing_subst__, &error);
    if (error) return nullptr;
    if (subst) {
      decref(subst);
      params.add(t);
      continue;
    }
    Object* sub = object_lookup_attr(t, names::__parameters__, &error);
    if (error) return nullptr;
    if (sub && is_tuple(sub))
      for (ssize j = 0; j < size_of(sub); j++) params.add(tuple_get(sub, j));
    xdecref(sub);
  }
  return params.tuple();
}

Object* typing_subs_parameters(Object* self, Object* args, Object* parameters, Object* item) {
  ssize nparams = size_of(parameters);
  if (nparams == 0) {
    Object* r = object_repr(self);
    if (r) {
      err_format(Exc_TypeError, "%s is not a generic class", str_utf8(r));
      decref(r);
    }
    return nullptr;
  }
  item = unpack_args(item);  // now an owned tuple
  if (!item) return nullptr;
  for (ssize i = 0; i < nparams; i++) {
    bool error = false;
    Object* prepare = object_lookup_attr(tuple_get(parameters, i), names::__typing_prepare_subst__, &error);
    if (error) {
      decref(item);
      return nullptr;
    }
    if (prepare && prepare != None) {
      Object* tmp = call2(prepare, self, item);
      decref(prepare);
      setref(item, tmp);
      if (!item) return nullptr;
    } else {
      xdecref(prepare);
    }
  }
  bool is_tup = is_tuple(item);
  ssize nitems = is_tup ? size_of(item) : 1;
  Object* const* argitems = is_tup ? tuple_items(item) : &item;
  if (nitems != nparams) {
    Object* r = object_repr(self);
    if (r) {
      err_format(Exc_TypeError, "Too %s arguments for %s; actual %zd, expected %zd",
                 nitems > nparams ? "many" : "few", str_utf8(r), nitems, nparams);
      decref(r);
    }
    decref(item);
    return nullptr;
  }
  Object* newargs = list_new(0);
  int ok = newargs ? 0 : -1;
  for (ssize i = 0; ok == 0 && i < size_of(args); i++) {
    Object* arg = tuple_get(args, i);
    if (is_type(arg)) {
      ok = list_append(newargs, arg);
      continue;
    }
    int unpack = is_unpacked_typevartuple(arg);
    bool error = false;
    Object* subst = unpack < 0 ? nullptr : object_lookup_attr(arg, names::__typing_subst__, &error);
    if (unpack < 0 || error) {
      ok = -1;
      break;
    }
    Object* v;
    if (subst) {
      ssize ip = tuple_index(parameters, arg);
      v = ip >= 0 ? call1(subst, argitems[ip]) : newref(arg);
      decref(subst);
    } else {
      v = subs_tvars(arg, parameters, argitems);
    }
    if (!v) {
      ok = -1;
      break;
    }
    if (unpack && is_tuple(v))
      ok = list_extend(newargs, v);
    else
      ok = list_append(newargs, v);
    decref(v);
  }
  decref(item);
  if (ok < 0) {
    xdecref(newargs);
    return nullptr;
  }
  Object* t = list_as_tuple(newargs);
  decref(newargs);
  return t;
}

// ---- the alias object ----------------------------------------------------------------
namespace {

GenericAliasObject* ga_alloc(TypeObject* type, Object* origin, Object* args) {
  Object* a = is_tuple(args) ? newref(args) : tuple_pack(1, args);
  if (!a) return nullptr;
  auto* g = static_cast<GenericAliasObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!g) {
    decref(a);
    return nullptr;
  }
  g->origin = newref(origin);
  g->args = a;
  g->parameters = nullptr;
  g->starred = false;
  g->weaklist = nullptr;
  gc_track(g);
  return g;
}

void ga_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs(o);
  auto* g = as_ga(o);
  clearref(g->origin);
  clearref(g->args);
  clearref(g->parameters);
  free_object(o);
}

int ga_traverse(Object* o, visitproc visit, void* arg) {
  auto* g = as_ga(o);
  for (Object* x : {g->origin, g->args, g->parameters}) {
    if (x) {
      int r = visit(x, arg);
      if (r) return r;
    }
  }
  return 0;
}

int ga_clear(Object* o) {
  auto* g = as_ga(o);
  clearref(g->origin);
  clearref(g->args);
  clearref(g->parameters);
  return 0;
}

Object* ga_repr(Object* o) {
  auto* g = as_ga(o);
  std::string out;
  if (g->starred) out += '*';
  if (typing_repr_item(out, g->origin, true, false) < 0) return nullptr;
  out += '[';
  if (size_of(g->args) == 0) out += "()";
  for (ssize i = 0; i < size_of(g->args); i++) {
    if (i) out += ", ";
    if (typing_repr_item(out, tuple_get(g->args, i), true, false) < 0) return nullptr;
  }
  out += ']';
  return str_from(out);
}

hash_t ga_hash(Object* o) {
  hash_t h0 = object_hash(as_ga(o)->origin);
  if (h0 == -1) return -1;
  hash_t h1 = object_hash(as_ga(o)->args);
  if (h1 == -1) return -1;
  hash_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

Object* ga_richcompare(Object* a, Object* b, int op) {
  if (!is_generic_alias(b) || (op != CMP_EQ && op != CMP_NE)) return notimpl_ref();
  auto* x = as_ga(a);
  auto* y = as_ga(b);
  int eq = x->starred == y->starred;
  if (eq) eq = object_eq(x->origin, y->origin);
  if (eq > 0) eq = object_eq(x->args, y->args);
  if (eq < 0) return nullptr;
  return bool_ref(op == CMP_EQ ? eq : !eq);
}

Object* ga_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* obj = call(as_ga(self)->origin, args, nargs, kwnames);
  if (!obj) return nullptr;
  if (object_setattr(obj, names::__orig_class__, self) < 0) {
    if (!err_matches(Exc_AttributeError) && !err_matches(Exc_TypeError)) {
      decref(obj);
      return nullptr;
    }
    err_clear();
  }
  return obj;
}

// Names the alias answers itself; every other attribute is the origin's.
Object** const attr_exceptions[] = {
    &names::__class__,       &names::__origin__,     &names::__args__,
    &names::__unpacked__,    &names::__parameters__, &names::__typing_unpacked_tuple_args__,
    &names::__mro_entries__, &names::__reduce_ex__,  &names::__reduce__,
    &names::__copy__,        &names::__deepcopy__,
};

Object* ga_getattro(Object* self, Object* name) {
  if (is_str(name)) {
    bool own = false;
    for (Object** n : attr_exceptions) {
      if (str_equal(name, *n)) {
        own = true;
        break;
      }
    }
    if (!own) return object_getattr(as_ga(self)->origin, name);
  }
  return object_generic_getattr(self, name);
}

Object* ga_parameters(GenericAliasObject* g) {
  if (!g->parameters) g->parameters = typing_make_parameters(g->args);
  return g->parameters;  // borrowed
}

Object* ga_getitem(Object* self, Object* item) {
  auto* g = as_ga(self);
  Object* params = ga_parameters(g);
  if (!params) return nullptr;
  Object* newargs = typing_subs_parameters(self, g->args, params, item);
  if (!newargs) return nullptr;
  GenericAliasObject* r = ga_alloc(&GenericAliasType, g->origin, newargs);
  decref(newargs);
  if (r) r->starred = g->starred;
  return r;
}

Object* ga_iter(Object* self);

// ---- attributes and methods ----------------------------------------------------------
Object* ga_get_origin(Object* o, void*) { return newref(as_ga(o)->origin); }
Object* ga_get_args(Object* o, void*) { return newref(as_ga(o)->args); }
Object* ga_get_unpacked(Object* o, void*) { return bool_ref(as_ga(o)->starred); }
Object* ga_get_parameters(Object* o, void*) { return xnewref(ga_parameters(as_ga(o))); }
Object* ga_get_unpacked_tuple_args(Object* o, void*) {
  auto* g = as_ga(o);
  if (g->starred && g->origin == &TupleType) return newref(g->args);
  return none_ref();
}

GetSetDef ga_getsets[] = {
    {"__origin__", ga_get_origin, typing_readonly_attribute, nullptr, nullptr},
    {"__args__", ga_get_args, typing_readonly_attribute, nullptr, nullptr},
    {"__unpacked__", ga_get_unpacked, typing_readonly_attribute, nullptr, nullptr},
    {"__parameters__", ga_get_parameters, nullptr, "Type variables in the GenericAlias.", nullptr},
    {"__typing_unpacked_tuple_args__", ga_get_unpacked_tuple_args, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* ga_mro_entries(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("__mro_entries__", args, nargs, kwnames, "bases/", a)) return nullptr;
  return tuple_pack(1, as_ga(self)->origin);
}

Object* ga_instancecheck(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("__instancecheck__", args, nargs, kwnames, "instance/", a)) return nullptr;
  return err_format_null(Exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

Object* ga_subclasscheck(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("__subclasscheck__", args, nargs, kwnames, "subclass/", a)) return nullptr;
  return err_format_null(Exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

Object* ga_reduce(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__reduce__", args, nargs, kwnames, "", nullptr)) return nullptr;
  auto* g = as_ga(self);
  if (g->starred) {
    // next(iter(tuple[int])) rebuilds *tuple[int].
    Object* plain = generic_alias_new(g->origin, g->args);
    if (!plain) return nullptr;
    Object* it = object_get_iter(plain);
    decref(plain);
    if (!it) return nullptr;
    Object* next = dict_getitem_str(interp_state()->builtins, "next");
    if (!next) {
      decref(it);
      return err_format_null(Exc_RuntimeError, "lost builtins.next");
    }
    Object* a = tuple_pack(1, it);
    decref(it);
    if (!a) return nullptr;
    Object* r = tuple_pack(2, next, a);
    decref(a);
    return r;
  }
  Object* a = tuple_pack(2, g->origin, g->args);
  if (!a) return nullptr;
  Object* r = tuple_pack(2, static_cast<Object*>(type_of(self)), a);
  decref(a);
  return r;
}

Object* ga_dir(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__dir__", args, nargs, kwnames, "", nullptr)) return nullptr;
  Object* d = object_dir(as_ga(self)->origin);
  if (!d) return nullptr;
  for (Object** n : attr_exceptions) {
    int c = sequence_contains(d, *n);
    if (c < 0 || (c == 0 && list_append(d, *n) < 0)) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, METH_DEFAULT, nullptr},
    {"__instancecheck__", ga_instancecheck, METH_DEFAULT, nullptr},
    {"__subclasscheck__", ga_subclasscheck, METH_DEFAULT, nullptr},
    {"__reduce__", ga_reduce, METH_DEFAULT, nullptr},
    {"__dir__", ga_dir, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* ga_tp_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames))
    return err_format_null(Exc_TypeError, "GenericAlias() takes no keyword arguments");
  if (nargs != 2) return err_format_null(Exc_TypeError, "GenericAlias expected 2 arguments, got %zd", nargs);
  return ga_alloc(type, args[0], args[1]);
}

// ---- iter(list[int]): yields *list[int] once ------------------------------------------
struct GAIterObject : Object {
  Object* obj;  // the alias, null once used
};

void gaiter_dealloc(Object* o) {
  gc_untrack(o);
  clearref(static_cast<GAIterObject*>(o)->obj);
  free_object(o);
}

int gaiter_traverse(Object* o, visitproc visit, void* arg) {
  Object* x = static_cast<GAIterObject*>(o)->obj;
  return x ? visit(x, arg) : 0;
}

int gaiter_clear(Object* o) {
  clearref(static_cast<GAIterObject*>(o)->obj);
  return 0;
}

Object* gaiter_next(Object* o) {
  auto* it = static_cast<GAIterObject*>(o);
  if (!it->obj) return nullptr;
  auto* g = as_ga(it->obj);
  GenericAliasObject* r = ga_alloc(&GenericAliasType, g->origin, g->args);
  if (r) r->starred = true;
  clearref(it->obj);
  return r;
}

Object* ga_iter(Object* self) {
  auto* it = static_cast<GAIterObject*>(alloc_object(&GenericAliasIterType, sizeof(GAIterObject)));
  if (!it) return nullptr;
  it->obj = newref(self);
  gc_track(it);
  return it;
}

}  // namespace

// ---- the API -------------------------------------------------------------------------
Object* generic_alias_new(Object* origin, Object* args) { return ga_alloc(&GenericAliasType, origin, args); }

Object* generic_alias_class_getitem(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  if ((kwnames && size_of(kwnames)) || nargs != 1) {
    // Name the built-in class that defines the method, as CPython's messages do.
    TypeObject* owner = static_cast<TypeObject*>(cls);
    while (has_flag(owner, TPFLAG_HEAPTYPE) && owner->tp_base) owner = owner->tp_base;
    std::string fname = std::string(owner->tp_name) + ".__class_getitem__";
    Object* a[1];
    if (!no_kwargs(fname.c_str(), kwnames) || !parse_args(fname.c_str(), args, nargs, nullptr, "item/", a))
      return nullptr;
  }
  return generic_alias_new(cls, args[0]);
}

bool is_generic_alias_object(Object* o) { return is_generic_alias(o); }

void init_generic_alias_types() {
  TypeObject& t = GenericAliasType;
  t.tp_name = "types.GenericAlias";
  t.tp_basicsize = sizeof(GenericAliasObject);
  t.tp_weaklistoffset = offsetof(GenericAliasObject, weaklist);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC;
  t.tp_doc =
      "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ "
      "is (int,).";
  t.tp_dealloc = ga_dealloc;
  t.tp_traverse = ga_traverse;
  t.tp_clear = ga_clear;
  t.tp_repr = ga_repr;
  t.tp_hash = ga_hash;
  t.tp_richcompare = ga_richcompare;
  t.tp_call = ga_call;
  t.tp_getattro = ga_getattro;
  t.tp_iter = ga_iter;
  t.mp_subscript = ga_getitem;
  t.nb_or = union_type_or;
  t.tp_new = ga_tp_new;
  t.tp_methods = ga_methods;
  t.tp_getset = ga_getsets;
  init_static_object(&t, &TypeType);
  type_ready(&t);

  TypeObject& it = GenericAliasIterType;
  it.tp_name = "generic_alias_iterator";
  it.tp_basicsize = sizeof(GAIterObject);
  it.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  it.tp_dealloc = gaiter_dealloc;
  it.tp_traverse = gaiter_traverse;
  it.tp_clear = gaiter_clear;
  it.tp_iter = object_self_iter;
  it.tp_iternext = gaiter_next;
  init_static_object(&it, &TypeType);
  type_ready(&it);
}

}  // namespace rt

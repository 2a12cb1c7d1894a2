// types.UnionType: what `int | None` evaluates to (PEP 604), and `type.__or__`.
//
// How it works
// ------------
// `X | Y` between classes, None, GenericAliases and unions (the "unionable"
// objects) makes a union of their flattened, deduplicated members: None
// becomes NoneType, a union operand contributes its own members, and a member
// already present is dropped (by identity, or by == between two
// GenericAliases).  A single remaining member is returned as it is
// (`int | int` is int).  Anything else makes `|` return NotImplemented, so
// `int | "str"` ends in "unsupported operand type(s) for |: 'type' and 'str'"
// and typing's own objects (TypeVar, typing.Union) get their __ror__ called.
//
// isinstance()/issubclass() accept a union as if it were the tuple of its
// members (runtime/abstract.cpp asks union_members()); a GenericAlias member
// raises there as it does alone.  Two unions are equal when their member sets
// are, and the hash is that of the frozenset of members.  Subscription
// substitutes type variables (typing_subs_parameters) and rebuilds the result
// with `|`.
//
// Invariants: args is a tuple of at least two members, none of them a union
// or None; the object is immutable after creation (parameters is a cache).
#include <string>
#include <vector>

#include "runtime/types/genericalias.h"
#include "runtime/init.h"
#include "runtime/types/type.h"

namespace rt {

TypeObject UnionType;

namespace {

struct UnionObject : Object {
  Object* args;        // owned tuple
  Object* parameters;  // owned tuple or null until first asked for
};

UnionObject* as_union(Object* o) { return static_cast<UnionObject*>(o); }

bool is_union(Object* o) { return type_of(o) == &UnionType; }

bool is_unionable(Object* o) { return o == None || is_type(o) || is_generic_alias_object(o) || is_union(o); }

// The members of a, then b, with unions spliced in and None as NoneType, without duplicates.
Object* dedup_and_flatten(Object* a, Object* b) {
  std::vector<Object*> flat;  // borrowed: a, b and their args keep them alive
  for (Object* x : {a, b}) {
    if (is_union(x)) {
      Object* args = as_union(x)->args;
      for (ssize i = 0; i < size_of(args); i++) flat.push_back(tuple_get(args, i));
    } else {
      flat.push_back(x == None ? static_cast<Object*>(&NoneType) : x);
    }
  }
  std::vector<Object*> out;
  for (Object* x : flat) {
    int dup = 0;
    for (Object* y : out) {
      if (is_generic_alias_object(x) && is_generic_alias_object(y))
        dup = object_eq(x, y);
      else
        dup = x == y;
      if (dup < 0) return nullptr;
      if (dup) break;
    }
    if (!dup) out.push_back(x);
  }
  return tuple_from_array(out.data(), ssize(out.size()));
}

// A union of the members of args (a tuple), or the only member itself.
Object* make_union(Object* args) {
  if (size_of(args) == 1) return newref(tuple_get(args, 0));
  auto* u = static_cast<UnionObject*>(alloc_object(&UnionType, sizeof(UnionObject)));
  if (!u) return nullptr;
  u->args = newref(args);
  u->parameters = nullptr;
  gc_track(u);
  return u;
}

void union_dealloc(Object* o) {
  gc_untrack(o);
  clearref(as_union(o)->args);
  clearref(as_union(o)->parameters);
  free_object(o);
}

int union_traverse(Object* o, visitproc visit, void* arg) {
  for (Object* x : {as_union(o)->args, as_union(o)->parameters}) {
    if (x) {
      int r = visit(x, arg);
      if (r) return r;
    }
  }
  return 0;
}

int union_clear(Object* o) {
  clearref(as_union(o)->args);
  clearref(as_union(o)->parameters);
  return 0;
}

Object* union_repr(Object* o) {
  Object* args = as_union(o)->args;
  std::string out;
  for (ssize i = 0; args && i < size_of(args); i++) {
    if (i) out += " | ";
    if (typing_repr_item(out, tuple_get(args, i), false, true) < 0) return nullptr;
  }
  return str_from(out);
}

hash_t union_hash(Object* o) {
  Object* fs = frozenset_new(as_union(o)->args);
  if (!fs) return -1;
  hash_t h = object_hash(fs);
  decref(fs);
  return h;
}

Object* union_richcompare(Object* a, Object* b, int op) {
  if (!is_union(b) || (op != CMP_EQ && op != CMP_NE)) return notimpl_ref();
  Object* sa = set_new(as_union(a)->args);
  Object* sb = sa ? set_new(as_union(b)->args) : nullptr;
  Object* r = sb ? object_richcompare(sa, sb, op) : nullptr;
  xdecref(sa);
  xdecref(sb);
  return r;
}

Object* union_parameters(UnionObject* u) {
  if (!u->parameters) u->parameters = typing_make_parameters(u->args);
  return u->parameters;  // borrowed
}

Object* union_getitem(Object* self, Object* item) {
  auto* u = as_union(self);
  Object* params = union_parameters(u);
  if (!params) return nullptr;
  Object* newargs = typing_subs_parameters(self, u->args, params, item);
  if (!newargs) return nullptr;
  Object* res;
  if (size_of(newargs) == 0) {
    res = make_union(newargs);
  } else {
    res = newref(tuple_get(newargs, 0));
    for (ssize i = 1; res && i < size_of(newargs); i++)
      setref(res, number_binop(res, tuple_get(newargs, i), BINOP_OR));
  }
  decref(newargs);
  return res;
}

// `__module__` is the type's ('types'), for typing's benefit; the rest is generic.
Object* union_getattro(Object* self, Object* name) {
  if (is_str(name) && str_equal(name, names::__module__)) return object_getattr(type_of(self), name);
  return object_generic_getattr(self, name);
}

Object* union_get_args(Object* o, void*) { return newref(as_union(o)->args); }
Object* union_get_parameters(Object* o, void*) { return xnewref(union_parameters(as_union(o))); }

GetSetDef union_getsets[] = {
    {"__args__", union_get_args, typing_readonly_attribute, nullptr, nullptr},
    {"__parameters__", union_get_parameters, nullptr, "Type variables in the types.UnionType.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* union_type_or(Object* a, Object* b) {
  if (!is_unionable(a) || !is_unionable(b)) return notimpl_ref();
  Object* args = dedup_and_flatten(a, b);
  if (!args) return nullptr;
  Object* r = make_union(args);
  decref(args);
  return r;
}

Object* union_members(Object* o) { return is_union(o) ? as_union(o)->args : nullptr; }

void init_union_type() {
  TypeObject& t = UnionType;
  t.tp_name = "types.UnionType";
  t.tp_basicsize = sizeof(UnionObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  t.tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
  t.tp_dealloc = union_dealloc;
  t.tp_traverse = union_traverse;
  t.tp_clear = union_clear;
  t.tp_repr = union_repr;
  t.tp_hash = union_hash;
  t.tp_richcompare = union_richcompare;
  t.tp_getattro = union_getattro;
  t.mp_subscript = union_getitem;
  t.nb_or = union_type_or;
  t.tp_getset = union_getsets;
  init_static_object(&t, &TypeType);
  type_ready(&t);
}

}  // namespace rt

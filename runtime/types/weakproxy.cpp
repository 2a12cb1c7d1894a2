// weakref.ProxyType and weakref.CallableProxyType: weak references that
// stand in for their referent.
//
// A proxy is a WeakRefObject (runtime/weakref.h) on its referent's weak list
// like any weak reference; it differs only in its slots.  Each slot
// "unwraps" every proxy operand to its referent (ReferenceError "weakly-
// referenced object no longer exists" once the referent is gone) and then
// does the generic operation on the referents: attribute access (so
// `p.__class__` is the referent's class and isinstance(p, Node) holds),
// every binary operator (the proxy may be either operand, so reflected
// operators work), the in-place operators (which rebind the name to the
// referent's result, as in CPython), unary operators and conversions, len,
// `in`, subscripts, iteration, str, bool, and calls (CallableProxyType,
// chosen when the referent is callable).  A proxy is unhashable ("unhashable
// type: 'weakref.ProxyType'") whether or not its referent is alive; its repr
// is "<weakproxy at 0x... to Node at 0x...>" (NoneType once dead).
#include "runtime/containers/list.h"
#include "runtime/types/type.h"
#include "runtime/types/weakref.h"

namespace rt {

TypeObject WeakProxyType, WeakCallableProxyType;

namespace {

// A new reference to v's referent if v is a proxy, else to v.
Object* unwrap(Object* v) {
  if (!is_weakref_proxy(v)) return newref(v);
  Object* o = as_weakref(v)->wr_object;
  if (!o) {
    err_set_string(Exc_ReferenceError, "weakly-referenced object no longer exists");
    return nullptr;
  }
  return newref(o);
}

Object* const kNull = nullptr;

// f(x) on the referent of a (held during the call); `fail` when a is a dead proxy.
template <class R, class F>
R on_referent(Object* a, R fail, F f) {
  Object* x = unwrap(a);
  if (!x) return fail;
  R r = f(x);
  decref(x);
  return r;
}

// f(x, y) on the referents of a and b (either may be the proxy: reflected operators).
template <class F>
Object* on_referents(Object* a, Object* b, F f) {
  return on_referent(a, kNull, [&](Object* x) {
    return on_referent(b, kNull, [&](Object* y) { return f(x, y); });
  });
}

// ---- operators ----------------------------------------------------------------------
template <int OP>
Object* proxy_binop(Object* a, Object* b) {
  return on_referents(a, b, [](Object* x, Object* y) { return number_binop(x, y, OP); });
}

template <int OP>
Object* proxy_inplace(Object* a, Object* b) {
  return on_referents(a, b, [](Object* x, Object* y) { return number_inplace_binop(x, y, OP); });
}

Object* proxy_divmod(Object* a, Object* b) { return on_referents(a, b, number_divmod); }

Object* proxy_power(Object* a, Object* b, Object* mod) {
  return on_referents(a, b, [&](Object* x, Object* y) {
    return on_referent(mod ? mod : None, kNull, [&](Object* m) { return number_power(x, y, m); });
  });
}

Object* proxy_ipower(Object* a, Object* b, Object*) { return proxy_inplace<BINOP_POW>(a, b); }

// The slots of each operator of interp/binops.def (** has three-operand slots).
template <int OP>
void set_binop_slots(binaryfunc& slot, binaryfunc& inplace) {
  slot = proxy_binop<OP>;
  inplace = proxy_inplace<OP>;
}
template <int OP>
void set_binop_slots(ternaryfunc& slot, ternaryfunc& inplace) {
  slot = proxy_power;
  inplace = proxy_ipower;
}

// One-operand slots: F(referent).
template <Object* (*F)(Object*)>
Object* proxy_unary(Object* p) {
  return on_referent(p, kNull, F);
}

int proxy_bool(Object* p) { return on_referent(p, -1, object_is_true); }

Object* proxy_richcompare(Object* a, Object* b, int op) {
  return on_referents(a, b, [op](Object* x, Object* y) { return object_richcompare(x, y, op); });
}

// ---- attributes, containers, iteration, calls -----------------------------------------
Object* proxy_getattro(Object* p, Object* name) {
  return on_referent(p, kNull, [name](Object* o) { return object_getattr(o, name); });
}

int proxy_setattro(Object* p, Object* name, Object* value) {
  return on_referent(p, -1, [&](Object* o) { return object_setattr(o, name, value); });
}

ssize proxy_length(Object* p) { return on_referent(p, ssize(-1), object_length); }

Object* proxy_getitem(Object* p, Object* key) {
  return on_referent(p, kNull, [key](Object* o) { return object_getitem(o, key); });
}

int proxy_setitem(Object* p, Object* key, Object* value) {
  return on_referent(p, -1, [&](Object* o) {
    return value ? object_setitem(o, key, value) : object_delitem(o, key);
  });
}

int proxy_contains(Object* p, Object* item) {
  return on_referent(p, -1, [item](Object* o) { return sequence_contains(o, item); });
}

Object* proxy_iternext(Object* p) {
  return on_referent(p, kNull, [](Object* o) -> Object* {
    unaryfunc next = type_of(o)->tp_iternext;
    if (next) return next(o);
    return err_format_null(Exc_TypeError, "Weakref proxy referenced a non-iterator '%s' object", type_name(o));
  });
}

Object* proxy_call(Object* p, Object* const* args, ssize nargs, Object* kwnames) {
  return on_referent(p, kNull, [&](Object* o) { return call(o, args, nargs, kwnames); });
}

Object* proxy_repr(Object* p) {
  Object* o = weakref_referent(p);
  std::string s = "<weakproxy at " + format_pointer(p) + " to " + type_of(o)->tp_name;
  return str_from(s + " at " + format_pointer(o) + ">");
}

// __bytes__ and __reversed__: the referent's own methods, for bytes(p) and reversed(p).
template <Object* const* NAME>
Object* proxy_method(Object* p, Object* const*, ssize nargs, Object* kwnames) {
  const char* name = str_utf8(*NAME);
  if (!cont::check_no_kw(name, kwnames) || !cont::check_nargs(name, nargs, 0, 0)) return nullptr;
  return on_referent(p, kNull, [](Object* o) { return call_method0(o, *NAME); });
}

MethodDef proxy_methods[] = {
    {"__bytes__", proxy_method<&names::__bytes__>, METH_DEFAULT, nullptr},
    {"__reversed__", proxy_method<&names::__reversed__>, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

void fill_proxy_type(TypeObject& t, const char* name) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(WeakRefObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_WEAKREF;
  t.tp_dealloc = weakref_dealloc;
  t.tp_traverse = weakref_traverse;
  t.tp_clear = weakref_clear;
  t.tp_repr = proxy_repr;
  t.tp_str = proxy_unary<object_str>;
  t.tp_richcompare = proxy_richcompare;  // and no tp_hash: type_ready makes it unhashable
  t.tp_getattro = proxy_getattro;
  t.tp_setattro = proxy_setattro;
  t.tp_iter = proxy_unary<object_get_iter>;
  t.tp_iternext = proxy_iternext;
  t.tp_methods = proxy_methods;
#define BINOP(name, sym, slot, islot, dunder, rdunder, idunder) set_binop_slots<BINOP_##name>(t.slot, t.islot);
#include "interp/binops.def"
#undef BINOP
  t.nb_divmod = proxy_divmod;
  t.nb_negative = proxy_unary<number_negative>;
  t.nb_positive = proxy_unary<number_positive>;
  t.nb_absolute = proxy_unary<number_absolute>;
  t.nb_invert = proxy_unary<number_invert>;
  t.nb_int = proxy_unary<number_long>;
  t.nb_float = proxy_unary<number_float>;
  t.nb_index = proxy_unary<number_index>;
  t.nb_bool = proxy_bool;
  t.mp_length = proxy_length;
  t.mp_subscript = proxy_getitem;
  t.mp_ass_subscript = proxy_setitem;
  t.sq_contains = proxy_contains;
}

}  // namespace

void init_weakproxy_types() {
  fill_proxy_type(WeakProxyType, "weakref.ProxyType");
  type_ready(&WeakProxyType);
  fill_proxy_type(WeakCallableProxyType, "weakref.CallableProxyType");
  WeakCallableProxyType.tp_call = proxy_call;
  type_ready(&WeakCallableProxyType);
}

}  // namespace rt

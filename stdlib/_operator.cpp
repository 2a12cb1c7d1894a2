// _operator: the functions operator.py takes with `from _operator import *`
// (one per operator, the in-place ones, countOf/indexOf, length_hint, call,
// _compare_digest) and the callable types itemgetter, attrgetter and
// methodcaller, with CPython 3.11's messages and reprs.
//
// The functions are positional-only: "add expected 2 arguments, got 1",
// "_operator.add() takes no keyword arguments".  attrgetter splits dotted
// names once, at construction, into tuples of interned names.
#include <string>
#include <vector>

#include "runtime/bytes/buffer.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace operator_ {
namespace {

TypeObject ItemGetterType, AttrGetterType, MethodCallerType;

bool args_ok(const char* name, Object* const*, ssize nargs, Object* kwnames, ssize n) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "_operator.%s() takes no keyword arguments", name);
    return false;
  }
  return cont::check_nargs(name, nargs, n, n);
}

#define OP_FN(fname, n, body)                                                    \
  Object* op_##fname(Object*, Object* const* a, ssize nargs, Object* kwnames) { \
    if (!args_ok(#fname, a, nargs, kwnames, n)) return nullptr;                  \
    body                                                                         \
  }
#define UNARY(fname, expr) OP_FN(fname, 1, return expr(a[0]);)
#define BINARY(fname, which) OP_FN(fname, 2, return number_binop(a[0], a[1], which);)
#define INPLACE(fname, which) OP_FN(fname, 2, return number_inplace_binop(a[0], a[1], which);)
#define COMPARE(fname, cmp) OP_FN(fname, 2, return object_richcompare(a[0], a[1], cmp);)

Object* truth_of(Object* o) {
  int r = object_is_true(o);
  return r < 0 ? nullptr : bool_ref(r);
}
Object* not_of(Object* o) {
  int r = object_not(o);
  return r < 0 ? nullptr : bool_ref(r);
}

UNARY(truth, truth_of)
UNARY(not_, not_of)
UNARY(abs, number_absolute)
UNARY(inv, number_invert)
UNARY(invert, number_invert)
UNARY(neg, number_negative)
UNARY(pos, number_positive)
// PyNumber_Index: always an exact int (operator.index(True) is 1).
Object* exact_index(Object* o) {
  Object* r = number_index(o);
  if (!r || is_int_exact(r)) return r;
  Object* exact = number_long(r);
  decref(r);
  return exact;
}
UNARY(index, exact_index)
BINARY(add, BINOP_ADD)
BINARY(sub, BINOP_SUB)
BINARY(mul, BINOP_MUL)
BINARY(matmul, BINOP_MATMUL)
BINARY(floordiv, BINOP_FLOORDIV)
BINARY(truediv, BINOP_TRUEDIV)
BINARY(mod, BINOP_MOD)
BINARY(lshift, BINOP_LSHIFT)
BINARY(rshift, BINOP_RSHIFT)
BINARY(and_, BINOP_AND)
BINARY(xor, BINOP_XOR)
BINARY(or_, BINOP_OR)
OP_FN(pow, 2, return number_power(a[0], a[1], None);)
INPLACE(iadd, BINOP_ADD)
INPLACE(isub, BINOP_SUB)
INPLACE(imul, BINOP_MUL)
INPLACE(imatmul, BINOP_MATMUL)
INPLACE(ifloordiv, BINOP_FLOORDIV)
INPLACE(itruediv, BINOP_TRUEDIV)
INPLACE(imod, BINOP_MOD)
INPLACE(ilshift, BINOP_LSHIFT)
INPLACE(irshift, BINOP_RSHIFT)
INPLACE(iand, BINOP_AND)
INPLACE(ixor, BINOP_XOR)
INPLACE(ior, BINOP_OR)
INPLACE(ipow, BINOP_POW)
COMPARE(lt, CMP_LT)
COMPARE(le, CMP_LE)
COMPARE(eq, CMP_EQ)
COMPARE(ne, CMP_NE)
COMPARE(gt, CMP_GT)
COMPARE(ge, CMP_GE)
OP_FN(is_, 2, return bool_ref(a[0] == a[1]);)
OP_FN(is_not, 2, return bool_ref(a[0] != a[1]);)
OP_FN(getitem, 2, return object_getitem(a[0], a[1]);)
OP_FN(setitem, 3, return object_setitem(a[0], a[1], a[2]) < 0 ? nullptr : none_ref();)
OP_FN(delitem, 2, return object_delitem(a[0], a[1]) < 0 ? nullptr : none_ref();)

OP_FN(contains, 2, {
  int r = sequence_contains(a[0], a[1]);
  return r < 0 ? nullptr : bool_ref(r);
})

// PySequence_Check: what supports a[i] and is not a mapping.
bool is_sequence(Object* o) { return !is_dict(o) && type_of(o)->mp_subscript != nullptr; }

Object* concat(Object* const* a, bool inplace) {
  if (!is_sequence(a[0])) return err_format_null(Exc_TypeError, "'%s' object can't be concatenated", type_name(a[0]));
  return inplace ? number_inplace_binop(a[0], a[1], BINOP_ADD) : number_binop(a[0], a[1], BINOP_ADD);
}
OP_FN(concat, 2, return concat(a, false);)
OP_FN(iconcat, 2, return concat(a, true);)

// countOf / indexOf: a scan of iter(seq) comparing with `is` then ==.
// Returns the count or the index (-1: not found), -2 on error.
ssize search(Object* seq, Object* v, bool count) {
  Object* it = object_get_iter(seq);
  if (!it) {
    if (err_matches(Exc_TypeError)) {
      err_clear();
      err_format(Exc_TypeError, "argument of type '%s' is not iterable", type_name(seq));
    }
    return -2;
  }
  ssize n = 0, i = 0;
  for (;; i++) {
    Object* item = iter_next(it);
    if (!item) break;
    int eq = object_richcompare_bool(item, v, CMP_EQ);
    decref(item);
    if (eq < 0) break;
    if (eq > 0) {
      if (!count) {
        decref(it);
        return i;
      }
      n++;
    }
  }
  decref(it);
  if (err_occurred()) return -2;
  return count ? n : -1;
}

OP_FN(countOf, 2, {
  ssize n = search(a[0], a[1], true);
  return n < 0 ? nullptr : int_from_i64(n);
})
OP_FN(indexOf, 2, {
  ssize i = search(a[0], a[1], false);
  if (i == -1) return err_format_null(Exc_ValueError, "sequence.index(x): x not in sequence");
  return i < 0 ? nullptr : int_from_i64(i);
})

Object* op_length_hint(Object*, Object* const* a, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) return err_format_null(Exc_TypeError, "_operator.length_hint() takes no keyword arguments");
  if (!cont::check_nargs("length_hint", nargs, 1, 2)) return nullptr;
  ssize dflt = 0;
  if (nargs > 1 && !native::ssize_arg(a[1], &dflt)) return nullptr;
  ssize n = object_length_hint(a[0], dflt);
  if (n == -1 && err_occurred()) return nullptr;
  return int_from_i64(n);
}

Object* op_call(Object*, Object* const* a, ssize nargs, Object* kwnames) {
  if (!cont::check_nargs("call", nargs, 1, PTRDIFF_MAX)) return nullptr;
  return call(a[0], a + 1, nargs - 1, kwnames);
}

// Constant-time comparison (the time depends on the length of b only).
bool timing_safe_equal(const unsigned char* a, ssize len_a, const unsigned char* b, ssize len_b) {
  const unsigned char* left = len_a == len_b ? a : b;
  unsigned result = len_a == len_b ? 0 : 1;
  for (ssize i = 0; i < len_b; i++) result |= unsigned(left[i] ^ b[i]);
  return result == 0;
}

Object* op_compare_digest(Object*, Object* const* a, ssize nargs, Object* kwnames) {
  if (!args_ok("_compare_digest", a, nargs, kwnames, 2)) return nullptr;
  Object* x = a[0];
  Object* y = a[1];
  if (is_str(x) && is_str(y)) {
    if (!as_str(x)->ascii || !as_str(y)->ascii)
      return err_format_null(Exc_TypeError, "comparing strings with non-ASCII characters is not supported");
    return bool_ref(timing_safe_equal(reinterpret_cast<const unsigned char*>(str_utf8(x)), str_utf8_len(x),
                                      reinterpret_cast<const unsigned char*>(str_utf8(y)), str_utf8_len(y)));
  }
  // Bytes-like objects: anything exporting a buffer.
  if (!object_has_buffer(x) && !object_has_buffer(y))
    return err_format_null(Exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                           type_name(x), type_name(y));
  BytesLike bx, by;
  if (!bx.get(x)) return nullptr;
  if (bx.view()->ndim > 1) return err_format_null(Exc_BufferError, "Buffer must be single dimension");
  if (!by.get(y)) return nullptr;
  if (by.view()->ndim > 1) return err_format_null(Exc_BufferError, "Buffer must be single dimension");
  return bool_ref(timing_safe_equal(reinterpret_cast<const unsigned char*>(bx.data()), bx.size(),
                                    reinterpret_cast<const unsigned char*>(by.data()), by.size()));
}

// ---- itemgetter ------------------------------------------------------------------------
struct GetterObject : Object {
  Object* items;  // tuple: the keys, or the attribute paths (tuples of names)
};
using GetterRefs = RefFields<GetterObject, &GetterObject::items>;
Object* items_of(Object* o) { return static_cast<GetterObject*>(o)->items; }

Object* getter_make(TypeObject* type, Object* items_steal) {
  auto* g = native::alloc<GetterObject>(type);
  if (!g) {
    decref(items_steal);
    return nullptr;
  }
  g->items = items_steal;
  gc_track(g);
  return g;
}

Object* itemgetter_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("itemgetter", kwnames) || !cont::check_nargs("itemgetter", nargs, 1, nargs ? nargs : 1))
    return nullptr;
  Object* items = tuple_from_array(args, nargs);
  if (!items) return nullptr;
  return getter_make(type, items);
}

// get(obj, item) for the one item, or a tuple of it for each item.
Object* apply_each(Object* obj, Object* items, Object* (*get)(Object* obj, Object* item)) {
  ssize n = size_of(items);
  if (n == 1) return get(obj, tuple_get(items, 0));
  Object* r = tuple_new(n);
  if (!r) return nullptr;
  for (ssize i = 0; i < n; i++) tuple_set_steal(r, i, nullptr);
  for (ssize i = 0; i < n; i++) {
    Object* v = get(obj, tuple_get(items, i));
    if (!v) {
      for (ssize j = i; j < n; j++) tuple_set_steal(r, j, none_ref());
      decref(r);
      return nullptr;
    }
    tuple_set_steal(r, i, v);
  }
  return r;
}

Object* itemgetter_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("itemgetter", kwnames) || !cont::check_nargs("itemgetter", nargs, 1, 1)) return nullptr;
  return apply_each(args[0], items_of(self), object_getitem);
}

// "name(item, ...)": the getters' reprs, "name(...)" when recursive.
Object* getter_repr(Object* self, Object* args) {
  const char* name = type_of(self)->tp_name;
  int status = repr_enter(self);
  if (status != 0) return status < 0 ? nullptr : str_from(std::string(name) + "(...)");
  std::string s = name;
  s += "(";
  bool ok = true;
  for (ssize i = 0; ok && i < size_of(args); i++) {
    Object* r = object_repr(tuple_get(args, i));
    if (!r) {
      ok = false;
      break;
    }
    if (i) s += ", ";
    s += str_view(r);
    decref(r);
  }
  repr_leave(self);
  if (!ok) return nullptr;
  return str_from(s + ")");
}

Object* itemgetter_repr(Object* self) { return getter_repr(self, items_of(self)); }

Object* getter_reduce_with(Object* self, Object* args_steal) {
  if (!args_steal) return nullptr;
  Object* r = tuple_pack(2, static_cast<Object*>(type_of(self)), args_steal);
  decref(args_steal);
  return r;
}

Object* itemgetter_reduce(Object* self, Object* const*, ssize, Object*) {
  return getter_reduce_with(self, newref(items_of(self)));
}

// ---- attrgetter ------------------------------------------------------------------------
// items[i] is a tuple of interned names: ('a',) for "a", ('b', 'c') for "b.c".
Object* attrgetter_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("attrgetter", kwnames) || !cont::check_nargs("attrgetter", nargs, 1, nargs ? nargs : 1))
    return nullptr;
  Object* items = tuple_new(nargs);
  if (!items) return nullptr;
  for (ssize i = 0; i < nargs; i++) tuple_set_steal(items, i, nullptr);
  for (ssize i = 0; i < nargs; i++) {
    Object* path = nullptr;
    if (!is_str(args[i])) {
      err_set_string(Exc_TypeError, "attribute name must be a string");
    } else {
      std::string_view s = str_view(args[i]);
      std::vector<std::string_view> parts;
      size_t start = 0;
      for (size_t dot; (dot = s.find('.', start)) != std::string_view::npos; start = dot + 1)
        parts.push_back(s.substr(start, dot - start));
      parts.push_back(s.substr(start));
      path = tuple_new(ssize(parts.size()));
      for (size_t k = 0; path && k < parts.size(); k++) tuple_set_steal(path, ssize(k), nullptr);
      for (size_t k = 0; path && k < parts.size(); k++) {
        Object* name = str_from(parts[k]);
        name = name ? str_intern(name) : nullptr;
        if (!name) {
          for (size_t j = k; j < parts.size(); j++) tuple_set_steal(path, ssize(j), none_ref());
          clearref(path);
          break;
        }
        tuple_set_steal(path, ssize(k), name);
      }
    }
    if (!path) {
      for (ssize j = i; j < nargs; j++) tuple_set_steal(items, j, none_ref());
      decref(items);
      return nullptr;
    }
    tuple_set_steal(items, i, path);
  }
  return getter_make(type, items);
}

Object* dotted_getattr(Object* obj, Object* path) {
  Object* v = newref(obj);
  for (ssize k = 0; v && k < size_of(path); k++) {
    Object* next = object_getattr(v, tuple_get(path, k));
    decref(v);
    v = next;
  }
  return v;
}

Object* attrgetter_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("attrgetter", kwnames) || !cont::check_nargs("attrgetter", nargs, 1, 1)) return nullptr;
  return apply_each(args[0], items_of(self), dotted_getattr);
}

// The dotted names back: ('a', 'b.c').
Object* attrgetter_names(Object* self) {
  Object* items = items_of(self);
  Object* names = tuple_new(size_of(items));
  if (!names) return nullptr;
  for (ssize i = 0; i < size_of(items); i++) {
    Object* path = tuple_get(items, i);
    std::string s;
    for (ssize k = 0; k < size_of(path); k++) {
      if (k) s += '.';
      s += str_view(tuple_get(path, k));
    }
    Object* name = str_from(s);
    if (!name) {
      for (ssize j = i; j < size_of(items); j++) tuple_set_steal(names, j, none_ref());
      decref(names);
      return nullptr;
    }
    tuple_set_steal(names, i, name);
  }
  return names;
}

Object* attrgetter_repr(Object* self) {
  Object* names = attrgetter_names(self);
  if (!names) return nullptr;
  Object* r = getter_repr(self, names);
  decref(names);
  return r;
}

Object* attrgetter_reduce(Object* self, Object* const*, ssize, Object*) {
  return getter_reduce_with(self, attrgetter_names(self));
}

// ---- methodcaller ----------------------------------------------------------------------
struct CallerObject : Object {
  Object* name;
  Object* args;    // tuple
  Object* kwargs;  // dict
};
using CallerRefs = RefFields<CallerObject, &CallerObject::name, &CallerObject::args, &CallerObject::kwargs>;
CallerObject* MC(Object* o) { return static_cast<CallerObject*>(o); }

Object* methodcaller_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 1) return err_format_null(Exc_TypeError, "methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) return err_format_null(Exc_TypeError, "method name must be a string");
  Object* name = str_intern(newref(args[0]));
  Object* rest = tuple_from_array(args + 1, nargs - 1);
  Object* kw = dict_new();
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  bool ok = name && rest && kw;
  for (ssize i = 0; ok && i < nkw; i++) ok = dict_setitem(kw, tuple_get(kwnames, i), args[nargs + i]) == 0;
  auto* c = ok ? native::alloc<CallerObject>(type) : nullptr;
  if (!c) {
    xdecref(name);
    xdecref(rest);
    xdecref(kw);
    return nullptr;
  }
  c->name = name;
  c->args = rest;
  c->kwargs = kw;
  gc_track(c);
  return c;
}

Object* methodcaller_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("methodcaller", kwnames) || !cont::check_nargs("methodcaller", nargs, 1, 1)) return nullptr;
  Object* method = object_getattr(args[0], MC(self)->name);
  if (!method) return nullptr;
  Object* r = call_tuple_dict(method, MC(self)->args, MC(self)->kwargs);
  decref(method);
  return r;
}

Object* methodcaller_repr(Object* self) {
  const char* tname = type_of(self)->tp_name;
  int status = repr_enter(self);
  if (status != 0) return status < 0 ? nullptr : str_from(std::string(tname) + "(...)");
  std::string s = tname;
  s += "(";
  bool ok = true;
  auto add_repr = [&](Object* o) {
    Object* r = object_repr(o);
    if (!r) {
      ok = false;
      return;
    }
    s += str_view(r);
    decref(r);
  };
  add_repr(MC(self)->name);
  Object* args = MC(self)->args;
  for (ssize i = 0; ok && i < size_of(args); i++) {
    s += ", ";
    add_repr(tuple_get(args, i));
  }
  ssize pos = 0;
  Object *k, *v;
  while (ok && dict_next(MC(self)->kwargs, &pos, &k, &v)) {
    s += ", ";
    s += str_view(k);
    s += "=";
    add_repr(v);
  }
  repr_leave(self);
  if (!ok) return nullptr;
  return str_from(s + ")");
}

Object* methodcaller_reduce(Object* self, Object* const*, ssize, Object*) {
  CallerObject* c = MC(self);
  Object* type = static_cast<Object*>(type_of(self));
  if (dict_size(c->kwargs) == 0) {
    ssize n = size_of(c->args);
    Object* args = tuple_new(n + 1);
    if (!args) return nullptr;
    tuple_set_steal(args, 0, newref(c->name));
    for (ssize i = 0; i < n; i++) tuple_set_steal(args, i + 1, newref(tuple_get(c->args, i)));
    return getter_reduce_with(self, args);
  }
  // partial(type(self), name, **kwargs), args
  Object* functools = import_module("functools");
  Object* partial = functools ? object_getattr(functools, names::partial) : nullptr;
  xdecref(functools);
  if (!partial) return nullptr;
  Object* pargs = tuple_pack(2, type, c->name);
  Object* constructor = pargs ? call_tuple_dict(partial, pargs, c->kwargs) : nullptr;
  decref(partial);
  xdecref(pargs);
  if (!constructor) return nullptr;
  Object* r = tuple_pack(2, constructor, c->args);
  decref(constructor);
  return r;
}

MethodDef itemgetter_methods[] = {{"__reduce__", native::noargs<itemgetter_reduce, native::kReduce>, METH_DEFAULT, "Return state information for pickling"},
                                  {nullptr, nullptr, 0, nullptr}};
MethodDef attrgetter_methods[] = {{"__reduce__", native::noargs<attrgetter_reduce, native::kReduce>, METH_DEFAULT, "Return state information for pickling"},
                                  {nullptr, nullptr, 0, nullptr}};
MethodDef methodcaller_methods[] = {
    {"__reduce__", native::noargs<methodcaller_reduce, native::kReduce>, METH_DEFAULT, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr}};

#define FN(name, doc) {#name, op_##name, METH_DEFAULT, doc}
MethodDef module_functions[] = {
    FN(truth, "Return True if a is true, False otherwise."),
    FN(contains, "Same as b in a (note reversed operands)."),
    FN(indexOf, "Return the first index of b in a."),
    FN(countOf, "Return the number of items in a which are, or which equal, b."),
    FN(is_, "Same as a is b."),
    FN(is_not, "Same as a is not b."),
    FN(index, "Same as a.__index__()"),
    FN(add, "Same as a + b."),
    FN(sub, "Same as a - b."),
    FN(mul, "Same as a * b."),
    FN(matmul, "Same as a @ b."),
    FN(floordiv, "Same as a // b."),
    FN(truediv, "Same as a / b."),
    FN(mod, "Same as a % b."),
    FN(neg, "Same as -a."),
    FN(pos, "Same as +a."),
    FN(abs, "Same as abs(a)."),
    FN(inv, "Same as ~a."),
    FN(invert, "Same as ~a."),
    FN(lshift, "Same as a << b."),
    FN(rshift, "Same as a >> b."),
    FN(not_, "Same as not a."),
    FN(and_, "Same as a & b."),
    FN(xor, "Same as a ^ b."),
    FN(or_, "Same as a | b."),
    FN(iadd, "Same as a += b."),
    FN(isub, "Same as a -= b."),
    FN(imul, "Same as a *= b."),
    FN(imatmul, "Same as a @= b."),
    FN(ifloordiv, "Same as a //= b."),
    FN(itruediv, "Same as a /= b."),
    FN(imod, "Same as a %= b."),
    FN(ilshift, "Same as a <<= b."),
    FN(irshift, "Same as a >>= b."),
    FN(iand, "Same as a &= b."),
    FN(ixor, "Same as a ^= b."),
    FN(ior, "Same as a |= b."),
    FN(concat, "Same as a + b, for a and b sequences."),
    FN(iconcat, "Same as a += b, for a and b sequences."),
    FN(getitem, "Same as a[b]."),
    FN(setitem, "Same as a[b] = c."),
    FN(delitem, "Same as del a[b]."),
    FN(pow, "Same as a ** b."),
    FN(ipow, "Same as a **= b."),
    FN(eq, "Same as a == b."),
    FN(ne, "Same as a != b."),
    FN(lt, "Same as a < b."),
    FN(le, "Same as a <= b."),
    FN(gt, "Same as a > b."),
    FN(ge, "Same as a >= b."),
    {"_compare_digest", op_compare_digest, METH_DEFAULT,
     "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it "
     "appropriate for cryptography."},
    {"length_hint", op_length_hint, METH_DEFAULT,
     "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building "
     "from an iterable."},
    FN(call, "Same as obj(*args, **kwargs)."),
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

void getter_type(TypeObject& t, const char* name, newfunc make, vectorcallfunc call, unaryfunc repr, MethodDef* methods,
                 const char* doc) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(GetterObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  t.tp_dealloc = GetterRefs::dealloc;
  t.tp_traverse = GetterRefs::traverse;
  t.tp_clear = GetterRefs::clear;
  t.tp_new = make;
  t.tp_call = call;
  t.tp_repr = repr;
  t.tp_methods = methods;
  t.tp_doc = doc;
}

void fill_types() {
  getter_type(ItemGetterType, "operator.itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr,
              itemgetter_methods,
              "itemgetter(item, ...) --> itemgetter object\n\n"
              "Return a callable object that fetches the given item(s) from its operand.");
  getter_type(AttrGetterType, "operator.attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr,
              attrgetter_methods,
              "attrgetter(attr, ...) --> attrgetter object\n\n"
              "Return a callable object that fetches the given attribute(s) from its operand.");
  TypeObject& m = MethodCallerType;
  m.tp_name = "operator.methodcaller";
  m.tp_basicsize = sizeof(CallerObject);
  m.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  m.tp_dealloc = CallerRefs::dealloc;
  m.tp_traverse = CallerRefs::traverse;
  m.tp_clear = CallerRefs::clear;
  m.tp_new = methodcaller_new;
  m.tp_call = methodcaller_call;
  m.tp_repr = methodcaller_repr;
  m.tp_methods = methodcaller_methods;
  m.tp_doc = "methodcaller(name, ...) --> methodcaller object\n\n"
             "Return a callable object that calls the given method on its operand.";
}

}  // namespace
}  // namespace operator_

Object* init_operator_module() {
  using namespace operator_;
  if (!has_flag(&ItemGetterType, TPFLAG_READY)) fill_types();
  return native::make_module("_operator",
                             "Operator interface.\n\n"
                             "This module exports a set of functions implemented in C corresponding\n"
                             "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
                             "is equivalent to the expression x+y.  The function names are those\n"
                             "used for special methods; variants without leading and trailing\n"
                             "'__' are also provided for convenience.",
                             module_functions, {&ItemGetterType, &AttrGetterType, &MethodCallerType});
}

}  // namespace stdlib

// tuple: an immutable sequence with its items inline (TupleObject in objects.h).
//
// Small tuples (1..19 items) are recycled through per-size free lists as in
// CPython; the empty tuple is an immortal singleton.  A tuple is tracked by
// the collector from creation: tp_traverse copes with slots still null while
// the creator fills them in.
#include <cstdarg>
#include <string>

#include "gc/gc.h"
#include "runtime/init.h"
#include "runtime/containers/list.h"

namespace rt {

TypeObject TupleType, TupleIterType;

namespace {

constexpr ssize TUPLE_MAXSAVESIZE = 20;
constexpr int TUPLE_MAXFREELIST = 2000;
// Free lists per size, linked through items[0]; not on the refchain.
TupleObject* tuple_free_list[TUPLE_MAXSAVESIZE];
int tuple_numfree[TUPLE_MAXSAVESIZE];
Object* the_empty_tuple = nullptr;

struct TupleIterObject : Object {
  ssize index;
  Object* seq;  // null once exhausted
};

bool is_tuple_obj(const Object* o) { return is_tuple(o); }

Object* tuple_alloc(ssize n) {
  if (n < TUPLE_MAXSAVESIZE && tuple_free_list[n]) {
    TupleObject* t = tuple_free_list[n];
    tuple_free_list[n] = reinterpret_cast<TupleObject*>(t->items[0]);
    tuple_numfree[n]--;
    reinit_object(t, &TupleType);
    t->ob_size = n;
    std::memset(t->items, 0, sizeof(Object*) * size_t(n));
    return t;
  }
  return alloc_var_object(&TupleType, n);
}

void tuple_dealloc(Object* o) {
  bool exact = type_of(o) == &TupleType;
  if (exact && !cont::trash_begin(o)) return;
  gc_untrack(o);
  ssize n = size_of(o);
  Object** items = tuple_items(o);
  for (ssize i = n - 1; i >= 0; i--) xdecref(items[i]);
  if (exact && n > 0 && n < TUPLE_MAXSAVESIZE && tuple_numfree[n] < TUPLE_MAXFREELIST) {
    auto* t = static_cast<TupleObject*>(o);
    t->items[0] = reinterpret_cast<Object*>(tuple_free_list[n]);
    tuple_free_list[n] = t;
    tuple_numfree[n]++;
  } else {
    free_object(o);
  }
  if (exact) cont::trash_end();
}

int tuple_traverse(Object* o, visitproc visit, void* arg) {
  ssize n = size_of(o);
  Object** items = tuple_items(o);
  for (ssize i = 0; i < n; i++)
    if (items[i]) {
      int r = visit(items[i], arg);
      if (r) return r;
    }
  return 0;
}

int tuple_clear(Object* o) {
  ssize n = size_of(o);
  Object** items = tuple_items(o);
  for (ssize i = 0; i < n; i++) clearref(items[i]);
  return 0;
}

Object* tuple_repr(Object* o) {
  ssize n = size_of(o);
  if (n == 0) return str_from_cstr("()");
  int r = repr_enter(o);
  if (r < 0) return nullptr;
  if (r > 0) return str_from_cstr("(...)");
  std::string s = "(";
  bool ok = cont::append_reprs(
      s, [&] { return n; }, [&](ssize i) { return tuple_get(o, i); });
  repr_leave(o);
  if (!ok) return nullptr;
  if (n == 1) s += ",";
  s += ")";
  return str_from(s);
}

// CPython 3.11's tuple hash: an xxHash-style accumulation of the item hashes.
hash_t tuple_hash(Object* o) {
  constexpr uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
  ssize n = size_of(o);
  uint64_t acc = P5;
  for (ssize i = 0; i < n; i++) {
    hash_t h = object_hash(tuple_get(o, i));
    if (h == -1) return -1;
    acc += uint64_t(h) * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += uint64_t(n) ^ (P5 ^ 3527539UL);
  if (acc == uint64_t(-1)) return 1546275796;
  return hash_t(acc);
}

ssize tuple_length(Object* o) { return size_of(o); }

int tuple_contains(Object* o, Object* v) {
  ssize n = size_of(o);
  for (ssize i = 0; i < n; i++) {
    int k = object_richcompare_bool(tuple_get(o, i), v, CMP_EQ);
    if (k != 0) return k;
  }
  return 0;
}

Object* tuple_slice(Object* o, ssize lo, ssize hi) {
  ssize n = size_of(o);
  if (lo < 0) lo = 0;
  if (hi > n) hi = n;
  if (hi < lo) hi = lo;
  if (lo == 0 && hi == n && is_tuple_exact(o)) return newref(o);
  return tuple_from_array(tuple_items(o) + lo, hi - lo);
}

Object* tuple_subscript(Object* o, Object* key) {
  ssize n = size_of(o);
  if (is_int(key) || cont::has_index(key)) {
    ssize i;
    if (!cont::index_value(key, &i)) return nullptr;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      err_set_string(Exc_IndexError, "tuple index out of range");
      return nullptr;
    }
    return newref(tuple_get(o, i));
  }
  if (type_of(key) == &SliceType) {
    ssize start, stop, step;
    ssize len = slice_indices(key, n, &start, &stop, &step);
    if (len < 0) return nullptr;
    if (step == 1) return tuple_slice(o, start, start + len);
    if (len == n && step == 1 && is_tuple_exact(o)) return newref(o);
    Object* r = tuple_new(len);
    if (!r) return nullptr;
    for (ssize i = 0; i < len; i++) tuple_set_steal(r, i, newref(tuple_get(o, start + i * step)));
    return r;
  }
  return err_format_null(Exc_TypeError, "tuple indices must be integers or slices, not %s", type_name(key));
}

Object* tuple_concat(Object* a, Object* b) {
  if (!is_tuple(a)) return notimpl_ref();
  if (!is_tuple(b)) return cont::seq_concat_fallback(a, b, tuple_concat, "tuple");
  ssize na = size_of(a), nb = size_of(b);
  if (nb == 0 && is_tuple_exact(a)) return newref(a);
  if (na == 0 && is_tuple_exact(b)) return newref(b);
  Object* r = tuple_new(na + nb);
  if (!r) return nullptr;
  for (ssize i = 0; i < na; i++) tuple_set_steal(r, i, newref(tuple_get(a, i)));
  for (ssize i = 0; i < nb; i++) tuple_set_steal(r, na + i, newref(tuple_get(b, i)));
  return r;
}

Object* tuple_repeat(Object* a, ssize n) {
  ssize len = size_of(a);
  if (n <= 0 || len == 0) return empty_tuple();
  if (n == 1 && is_tuple_exact(a)) return newref(a);
  if (len > PTRDIFF_MAX / 16 / n) return err_no_memory();
  Object* r = tuple_new(len * n);
  if (!r) return nullptr;
  Object** d = tuple_items(r);
  Object** s = tuple_items(a);
  for (ssize k = 0; k < n; k++)
    for (ssize i = 0; i < len; i++) *d++ = newref(s[i]);
  return r;
}

Object* tuple_multiply(Object* a, Object* b) {
  return cont::seq_multiply(a, b, is_tuple_obj, tuple_repeat, tuple_multiply);
}

Object* tuple_richcompare(Object* v, Object* w, int op) {
  if (!is_tuple(v) || !is_tuple(w)) return notimpl_ref();
  return cont::seq_richcompare(
      v, w, op, [](Object* o) { return size_of(o); }, [](Object* o, ssize i) { return tuple_get(o, i); });
}

Object* tuple_iter(Object* o) { return tuple_iter_new(o); }

// tuple(iterable) as an exact tuple.
Object* tuple_from_iterable(Object* it) {
  if (is_tuple_exact(it)) return newref(it);
  if (is_list_exact(it)) return list_as_tuple(it);
  Object* l = list_new(0);
  if (!l) return nullptr;
  if (list_extend(l, it) < 0) {
    decref(l);
    return nullptr;
  }
  Object* r = list_as_tuple(l);
  decref(l);
  return r;
}

Object* tuple_tp_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  // Keywords are refused unless a subclass's own __init__ may want them (as CPython).
  if ((type == &TupleType || type->tp_init == TupleType.tp_init) && !cont::check_no_kw("tuple", kwnames)) return nullptr;
  if (!cont::check_nargs("tuple", nargs, 0, 1)) return nullptr;
  Object* t = nargs ? tuple_from_iterable(args[0]) : empty_tuple();
  if (!t || type == &TupleType) return t;
  ssize n = size_of(t);
  Object* r = alloc_var_object(type, n);
  if (!r) {
    decref(t);
    return nullptr;
  }
  for (ssize i = 0; i < n; i++) tuple_set_steal(r, i, newref(tuple_get(t, i)));
  decref(t);
  gc_track(r);
  return r;
}

Object* tuple_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("tuple.count", kwnames) || !cont::check_one_arg("tuple.count", nargs)) return nullptr;
  ssize c = 0, n = size_of(self);
  for (ssize i = 0; i < n; i++) {
    int k = object_richcompare_bool(tuple_get(self, i), args[0], CMP_EQ);
    if (k < 0) return nullptr;
    c += k;
  }
  return int_from_i64(c);
}

Object* tuple_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("tuple.index", kwnames) || !cont::check_nargs("index", nargs, 1, 3)) return nullptr;
  ssize n = size_of(self), start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !cont::index_arg(args[1], &start)) return nullptr;
  if (nargs > 2 && !cont::index_arg(args[2], &stop)) return nullptr;
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  for (ssize i = start; i < stop && i < n; i++) {
    int k = object_richcompare_bool(tuple_get(self, i), args[0], CMP_EQ);
    if (k < 0) return nullptr;
    if (k) return int_from_i64(i);
  }
  return err_format_null(Exc_ValueError, "tuple.index(x): x not in tuple");
}

Object* tuple_getnewargs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* t = tuple_from_array(tuple_items(self), size_of(self));
  if (!t) return nullptr;
  Object* r = tuple_pack(1, t);
  decref(t);
  return r;
}

MethodDef tuple_methods[] = {
    {"count", tuple_count, METH_DEFAULT, "Return number of occurrences of value."},
    {"index", tuple_index, METH_DEFAULT, "Return first index of value."},
    {"__getnewargs__", tuple_getnewargs, METH_DEFAULT, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr}};

// ---- the tuple iterator ------------------------------------------------------
void tupleiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<TupleIterObject*>(o)->seq);
  free_object(o);
}
int tupleiter_traverse(Object* o, visitproc visit, void* arg) {
  Object* s = static_cast<TupleIterObject*>(o)->seq;
  return s ? visit(s, arg) : 0;
}
int tupleiter_clear(Object* o) {
  clearref(static_cast<TupleIterObject*>(o)->seq);
  return 0;
}
Object* tupleiter_next(Object* o) {
  auto* it = static_cast<TupleIterObject*>(o);
  if (!it->seq) return nullptr;
  if (it->index < size_of(it->seq)) return newref(tuple_get(it->seq, it->index++));
  clearref(it->seq);
  return nullptr;
}
Object* tupleiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  auto* it = static_cast<TupleIterObject*>(self);
  return int_from_i64(it->seq ? size_of(it->seq) - it->index : 0);
}
// Pickling, as CPython: iter(tuple) moved to the index; iter(()) once exhausted.
MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, METH_DEFAULT, nullptr},
    {"__reduce__", cont::indexed_iter_reduce<TupleIterObject, empty_tuple>, METH_DEFAULT, "Return state information for pickling."},
    {"__setstate__", cont::indexed_iter_setstate<TupleIterObject, size_of>, METH_DEFAULT, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

// ---- public API ------------------------------------------------------------------
Object* tuple_new(ssize n) {
  if (n == 0) return empty_tuple();
  if (n < 0) {
    err_bad_internal_call("tuple_new");
    return nullptr;
  }
  Object* t = tuple_alloc(n);
  if (t) gc_track(t);
  return t;
}

Object* tuple_pack(ssize n, ...) {
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  va_list ap;
  va_start(ap, n);
  for (ssize i = 0; i < n; i++) tuple_set_steal(t, i, newref(va_arg(ap, Object*)));
  va_end(ap);
  return t;
}

Object* tuple_from_array(Object* const* items, ssize n) {
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (ssize i = 0; i < n; i++) tuple_set_steal(t, i, newref(items[i]));
  return t;
}

Object* empty_tuple() { return newref(the_empty_tuple); }

Object* tuple_iter_new(Object* t) {
  auto* it = static_cast<TupleIterObject*>(alloc_object(&TupleIterType, sizeof(TupleIterObject)));
  if (!it) return nullptr;
  it->index = 0;
  it->seq = newref(t);
  gc_track(it);
  return it;
}

void tuple_fini() {
  for (ssize n = 0; n < TUPLE_MAXSAVESIZE; n++) {
    while (TupleObject* t = tuple_free_list[n]) {
      tuple_free_list[n] = reinterpret_cast<TupleObject*>(t->items[0]);
      free_object(t);
    }
    tuple_numfree[n] = 0;
  }
}

void init_tuple_types() {
  TypeObject& t = TupleType;
  t.tp_name = "tuple";
  t.tp_basicsize = sizeof(TupleObject) - sizeof(Object*);  // the header; items follow
  t.tp_itemsize = sizeof(Object*);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLE | TPFLAG_TUPLE_SUBCLASS;
  t.tp_doc = "tuple(iterable=(), /)\n--\n\nBuilt-in immutable sequence.";
  t.tp_dealloc = tuple_dealloc;
  t.tp_repr = tuple_repr;
  t.tp_hash = tuple_hash;
  t.tp_richcompare = tuple_richcompare;
  t.tp_iter = tuple_iter;
  t.tp_new = tuple_tp_new;
  t.tp_traverse = tuple_traverse;
  t.tp_clear = tuple_clear;
  t.nb_add = tuple_concat;
  t.nb_multiply = tuple_multiply;
  t.mp_length = tuple_length;
  t.mp_subscript = tuple_subscript;
  t.sq_contains = tuple_contains;
  t.tp_methods = tuple_methods;
  init_static_object(&t, &TypeType);

  TypeObject& i = TupleIterType;
  i.tp_name = "tuple_iterator";
  i.tp_basicsize = sizeof(TupleIterObject);
  i.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  i.tp_dealloc = tupleiter_dealloc;
  i.tp_traverse = tupleiter_traverse;
  i.tp_clear = tupleiter_clear;
  i.tp_iter = object_self_iter;
  i.tp_iternext = tupleiter_next;
  i.tp_methods = tupleiter_methods;
  init_static_object(&i, &TypeType);

  if (!the_empty_tuple) {
    the_empty_tuple = alloc_var_object(&TupleType, 0);
    make_immortal(the_empty_tuple);
  }
}

}  // namespace rt

// Built-in iterators: the sequence iterator (seq[0], seq[1], ... until
// IndexError), the callable iterator (iter(f, sentinel)), and the iterator
// types enumerate, zip, map, filter and reversed.
//
// enumerate and zip hand out a fresh tuple unless the one they returned last
// time is no longer referenced, in which case they refill it in place.
#include <string>

#include "gc/gc.h"
#include "runtime/init.h"
#include "runtime/containers/list.h"
#include "runtime/reffields.h"
#include "runtime/threads/state.h"

namespace rt {

TypeObject SeqIterType, CallIterType;
TypeObject EnumerateType, ZipType, MapType, FilterType, ReversedType;

namespace {

template <class F>
void fill_iter_type(TypeObject& t, const char* name, ssize size, unaryfunc next, bool basetype) {
  t.tp_name = name;
  t.tp_basicsize = size;
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE | (basetype ? uint64_t(TPFLAG_BASETYPE) : uint64_t(0));
  t.tp_dealloc = F::dealloc;
  t.tp_traverse = F::traverse;
  t.tp_clear = F::clear;
  t.tp_iter = object_self_iter;
  t.tp_iternext = next;
  init_static_object(&t, &TypeType);
}

// A reusable 2-tuple or n-tuple: refill `cache` if nobody else holds it.
inline bool can_reuse(Object* cache) { return cache && cache->ob_refcnt == 1; }

// ---- sequence iterator -------------------------------------------------------------
struct SeqIterObject : Object {
  ssize index;
  Object* seq;
};
using SeqIterRefs = RefFields<SeqIterObject, &SeqIterObject::seq>;

Object* seqiter_next(Object* o) {
  auto* it = static_cast<SeqIterObject*>(o);
  if (!it->seq) return nullptr;
  Object* i = int_from_i64(it->index);
  if (!i) return nullptr;
  Object* r = object_getitem(it->seq, i);
  decref(i);
  if (r) {
    it->index++;
    return r;
  }
  if (err_matches(Exc_IndexError) || err_matches(Exc_StopIteration)) {
    err_clear();
    clearref(it->seq);
  }
  return nullptr;
}

Object* seqiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  auto* it = static_cast<SeqIterObject*>(self);
  if (!it->seq) return int_from_i64(0);
  ssize n = object_length(it->seq);
  if (n < 0) {
    if (!err_matches(Exc_TypeError)) return nullptr;
    err_clear();
    return notimpl_ref();
  }
  n -= it->index;
  return int_from_i64(n < 0 ? 0 : n);
}
// Pickling, as CPython: iter(seq) moved to the index (any index >= 0: the
// sequence has no known length); iter(()) once exhausted.
ssize unbounded_length(Object*) { return PTRDIFF_MAX; }
MethodDef seqiter_methods[] = {{"__length_hint__", seqiter_length_hint, METH_DEFAULT, nullptr},
                               {"__reduce__", cont::indexed_iter_reduce<SeqIterObject, empty_tuple>, METH_DEFAULT,
                                "Return state information for pickling."},
                               {"__setstate__", cont::indexed_iter_setstate<SeqIterObject, unbounded_length>, METH_DEFAULT,
                                "Set state information for unpickling."},
                               {nullptr, nullptr, 0, nullptr}};

// ---- callable iterator ------------------------------------------------------------------
struct CallIterObject : Object {
  Object* func;      // null once exhausted
  Object* sentinel;
};
using CallIterRefs = RefFields<CallIterObject, &CallIterObject::func, &CallIterObject::sentinel>;

Object* calliter_next(Object* o) {
  auto* it = static_cast<CallIterObject*>(o);
  if (!it->func) return nullptr;
  Object* r = call0(it->func);
  if (!r) {
    if (err_matches(Exc_StopIteration)) {
      err_clear();
      clearref(it->func);
      clearref(it->sentinel);
    }
    return nullptr;
  }
  int eq = object_richcompare_bool(it->sentinel, r, CMP_EQ);
  if (eq == 0) return r;
  decref(r);
  if (eq > 0) {
    clearref(it->func);
    clearref(it->sentinel);
  }
  return nullptr;
}

// ---- enumerate ---------------------------------------------------------------------------
struct EnumerateObject : Object {
  Object* it;
  int64_t index;     // used while index_obj is null
  Object* index_obj; // the next index once it no longer fits in int64
  Object* result;    // reusable (index, item) tuple
};
using EnumerateRefs =
    RefFields<EnumerateObject, &EnumerateObject::it, &EnumerateObject::index_obj, &EnumerateObject::result>;

Object* enumerate_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (nargs + nkw > 2)
    return err_format_null(Exc_TypeError, "enumerate() takes at most 2 arguments (%zd given)", nargs + nkw);
  Object* iterable = nargs > 0 ? args[0] : nullptr;
  Object* start = nargs > 1 ? args[1] : nullptr;
  for (ssize i = 0; i < nkw; i++) {
    Object* name = tuple_get(kwnames, i);
    Object* v = args[nargs + i];
    if (str_eq_cstr(name, "iterable") && !iterable) iterable = v;
    else if (str_eq_cstr(name, "start") && !start) start = v;
    else if (str_eq_cstr(name, "iterable") || str_eq_cstr(name, "start"))
      return err_format_null(Exc_TypeError, "argument for enumerate() given by name ('%s') and position (%d)",
                             str_utf8(name), str_eq_cstr(name, "iterable") ? 1 : 2);
    else
      return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for enumerate()", str_utf8(name));
  }
  if (!iterable) return err_format_null(Exc_TypeError, "enumerate() missing required argument 'iterable'");
  Object* idx = nullptr;
  if (start) {
    idx = number_index(start);
    if (!idx) return nullptr;
  }
  Object* it = object_get_iter(iterable);
  if (!it) {
    xdecref(idx);
    return nullptr;
  }
  auto* e = static_cast<EnumerateObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!e) {
    decref(it);
    xdecref(idx);
    return nullptr;
  }
  e->it = it;
  e->index = 0;
  e->index_obj = nullptr;
  e->result = nullptr;
  if (idx) {
    if (int_fits_i64(idx) && int_as_i64(idx) < INT64_MAX) {
      e->index = int_as_i64(idx);
      decref(idx);
    } else {
      e->index_obj = idx;
    }
  }
  gc_track(e);
  return e;
}

Object* enumerate_next(Object* o) {
  auto* e = static_cast<EnumerateObject*>(o);
  if (!e->it) return nullptr;
  Object* item = type_of(e->it)->tp_iternext(e->it);
  if (!item) return nullptr;
  Object* idx;
  if (!e->index_obj) {
    idx = int_from_i64(e->index);
    if (e->index == INT64_MAX - 1) e->index_obj = int_from_i64(INT64_MAX);
    else e->index++;
  } else {
    idx = newref(e->index_obj);
    Object* one = int_from_i64(1);
    Object* n = number_binop(e->index_obj, one, BINOP_ADD);
    decref(one);
    if (!n) {
      decref(idx);
      decref(item);
      return nullptr;
    }
    setref(e->index_obj, n);
  }
  if (!idx) {
    decref(item);
    return nullptr;
  }
  Object* r = e->result;
  if (can_reuse(r)) {
    incref(r);
    Object* o0 = tuple_get(r, 0);
    Object* o1 = tuple_get(r, 1);
    tuple_set_steal(r, 0, idx);
    tuple_set_steal(r, 1, item);
    decref(o0);
    decref(o1);
    if (!gc_is_tracked(r)) gc_track(r);
    return r;
  }
  r = tuple_new(2);
  if (!r) {
    decref(idx);
    decref(item);
    return nullptr;
  }
  tuple_set_steal(r, 0, idx);
  tuple_set_steal(r, 1, item);
  if (!e->result) e->result = newref(r);
  return r;
}

// ---- zip -------------------------------------------------------------------------------------
struct ZipObject : Object {
  Object* iters;   // tuple of iterators
  Object* result;  // reusable tuple
  bool strict;
};
using ZipRefs = RefFields<ZipObject, &ZipObject::iters, &ZipObject::result>;

Object* zip_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  bool strict = false;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (nkw > 1) return err_format_null(Exc_TypeError, "zip() takes at most 1 keyword argument (%zd given)", nkw);
  if (nkw == 1) {
    Object* name = tuple_get(kwnames, 0);
    if (!str_eq_cstr(name, "strict"))
      return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for zip()", str_utf8(name));
    int t = object_is_true(args[nargs]);
    if (t < 0) return nullptr;
    strict = t;
  }
  Object* iters = tuple_new(nargs);
  if (!iters) return nullptr;
  for (ssize i = 0; i < nargs; i++) {
    Object* it = object_get_iter(args[i]);
    if (!it) {
      decref(iters);
      return nullptr;
    }
    tuple_set_steal(iters, i, it);
  }
  auto* z = static_cast<ZipObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!z) {
    decref(iters);
    return nullptr;
  }
  z->iters = iters;
  z->result = nullptr;
  z->strict = strict;
  gc_track(z);
  return z;
}

// strict mode: iterator i ran out first (or was the only one to continue).
Object* zip_strict_error(ZipObject* z, ssize i) {
  if (err_occurred()) {
    if (!err_matches(Exc_StopIteration)) return nullptr;
    err_clear();
  }
  ssize n = size_of(z->iters);
  if (i > 0) {
    if (i == 1) return err_format_null(Exc_ValueError, "zip() argument 2 is shorter than argument 1");
    return err_format_null(Exc_ValueError, "zip() argument %zd is shorter than arguments 1-%zd", i + 1, i);
  }
  // The first iterator is exhausted: every other one must be too.
  for (ssize j = 1; j < n; j++) {
    Object* it = tuple_get(z->iters, j);
    Object* item = type_of(it)->tp_iternext(it);
    if (item) {
      decref(item);
      if (j == 1) return err_format_null(Exc_ValueError, "zip() argument 2 is longer than argument 1");
      return err_format_null(Exc_ValueError, "zip() argument %zd is longer than arguments 1-%zd", j + 1, j);
    }
    if (err_occurred()) {
      if (!err_matches(Exc_StopIteration)) return nullptr;
      err_clear();
    }
  }
  return nullptr;
}

Object* zip_next(Object* o) {
  auto* z = static_cast<ZipObject*>(o);
  ssize n = size_of(z->iters);
  if (n == 0) return nullptr;
  Object* r = z->result;
  bool reuse = can_reuse(r) && size_of(r) == n;
  if (reuse) {
    incref(r);
    for (ssize i = 0; i < n; i++) {
      Object* it = tuple_get(z->iters, i);
      Object* item = type_of(it)->tp_iternext(it);
      if (!item) {
        decref(r);
        return z->strict ? zip_strict_error(z, i) : nullptr;
      }
      Object* old = tuple_get(r, i);
      tuple_set_steal(r, i, item);
      decref(old);
    }
    if (!gc_is_tracked(r)) gc_track(r);
    return r;
  }
  r = tuple_new(n);
  if (!r) return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* it = tuple_get(z->iters, i);
    Object* item = type_of(it)->tp_iternext(it);
    if (!item) {
      decref(r);
      return z->strict ? zip_strict_error(z, i) : nullptr;
    }
    tuple_set_steal(r, i, item);
  }
  if (!z->result) z->result = newref(r);
  return r;
}

// ---- map ---------------------------------------------------------------------------------------
struct MapObject : Object {
  Object* func;
  Object* iters;  // tuple of iterators
};
using MapRefs = RefFields<MapObject, &MapObject::func, &MapObject::iters>;

Object* map_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  // As CPython: subclasses with their own __init__ may take keyword arguments.
  if ((type == &MapType || type->tp_init == MapType.tp_init) && !cont::check_no_kw("map", kwnames)) return nullptr;
  if (nargs < 2) return err_format_null(Exc_TypeError, "map() must have at least two arguments.");
  Object* iters = tuple_new(nargs - 1);
  if (!iters) return nullptr;
  for (ssize i = 1; i < nargs; i++) {
    Object* it = object_get_iter(args[i]);
    if (!it) {
      decref(iters);
      return nullptr;
    }
    tuple_set_steal(iters, i - 1, it);
  }
  auto* m = static_cast<MapObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!m) {
    decref(iters);
    return nullptr;
  }
  m->func = newref(args[0]);
  m->iters = iters;
  gc_track(m);
  return m;
}

Object* map_next(Object* o) {
  auto* m = static_cast<MapObject*>(o);
  ssize n = size_of(m->iters);
  Object* small[8];
  Object** argv = n <= 8 ? small : static_cast<Object**>(std::malloc(sizeof(Object*) * size_t(n)));
  if (!argv) return err_no_memory();
  ssize got = 0;
  Object* r = nullptr;
  for (; got < n; got++) {
    Object* it = tuple_get(m->iters, got);
    Object* item = type_of(it)->tp_iternext(it);
    if (!item) break;
    argv[got] = item;
  }
  if (got == n) r = call(m->func, argv, n);
  for (ssize i = 0; i < got; i++) decref(argv[i]);
  if (argv != small) std::free(argv);
  return r;
}

// ---- filter ------------------------------------------------------------------------------------
struct FilterObject : Object {
  Object* func;  // None: truth of the item
  Object* it;
};
using FilterRefs = RefFields<FilterObject, &FilterObject::func, &FilterObject::it>;

Object* filter_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if ((type == &FilterType || type->tp_init == FilterType.tp_init) && !cont::check_no_kw("filter", kwnames))
    return nullptr;
  if (!cont::check_nargs("filter", nargs, 2, 2)) return nullptr;
  Object* it = object_get_iter(args[1]);
  if (!it) return nullptr;
  auto* f = static_cast<FilterObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!f) {
    decref(it);
    return nullptr;
  }
  f->func = newref(args[0]);
  f->it = it;
  gc_track(f);
  return f;
}

Object* filter_next(Object* o) {
  auto* f = static_cast<FilterObject*>(o);
  unaryfunc next = type_of(f->it)->tp_iternext;
  bool plain = f->func == None || f->func == &BoolType;
  for (;;) {
    Object* item = next(f->it);
    if (!item) return nullptr;
    int ok;
    if (plain) {
      ok = object_is_true(item);
    } else {
      Object* r = call1(f->func, item);
      if (!r) {
        decref(item);
        return nullptr;
      }
      ok = object_is_true(r);
      decref(r);
    }
    if (ok > 0) return item;
    decref(item);
    if (ok < 0) return nullptr;
  }
}

// ---- reversed ---------------------------------------------------------------------------------
struct ReversedObject : Object {
  ssize index;
  Object* seq;
};
using ReversedRefs = RefFields<ReversedObject, &ReversedObject::seq>;

Object* reversed_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (type == &ReversedType && !cont::check_no_kw("reversed", kwnames)) return nullptr;
  if (!cont::check_nargs("reversed", nargs, 1, 1)) return nullptr;
  Object* seq = args[0];
  TypeObject* st = type_of(seq);
  if (type == &ReversedType) {
    if (st == &ListType) return list_reversed_iter_new(seq);
    if (st == &RangeType) return range_reversed(seq);
  }
  Object* meth = type_lookup(st, names::__reversed__);
  if (meth == None) return err_format_null(Exc_TypeError, "'%s' object is not reversible", type_name(seq));
  if (meth) return call_method0(seq, names::__reversed__);
  if (!st->mp_subscript || is_dict(seq) || !st->mp_length)
    return err_format_null(Exc_TypeError, "'%s' object is not reversible", type_name(seq));
  ssize n = object_length(seq);
  if (n < 0) return nullptr;
  auto* r = static_cast<ReversedObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!r) return nullptr;
  r->index = n - 1;
  r->seq = newref(seq);
  gc_track(r);
  return r;
}

Object* reversed_next(Object* o) {
  auto* r = static_cast<ReversedObject*>(o);
  if (r->index >= 0 && r->seq) {
    Object* i = int_from_i64(r->index);
    if (!i) return nullptr;
    Object* item = object_getitem(r->seq, i);
    decref(i);
    if (item) {
      r->index--;
      return item;
    }
    if (!err_matches(Exc_IndexError) && !err_matches(Exc_StopIteration)) return nullptr;
    err_clear();
  }
  r->index = -1;
  clearref(r->seq);
  return nullptr;
}

Object* reversed_length_hint(Object* self, Object* const*, ssize, Object*) {
  auto* r = static_cast<ReversedObject*>(self);
  if (!r->seq) return int_from_i64(0);
  ssize n = object_length(r->seq);
  if (n < 0) return nullptr;
  return int_from_i64(n < r->index + 1 ? 0 : r->index + 1);
}
// ---- pickling: __reduce__ and __setstate__ in CPython's forms ----------------------------
const char* const REDUCE_DOC = "Return state information for pickling.";
const char* const SETSTATE_DOC = "Set state information for unpickling.";

// (type(self), args) or (type(self), args, state); steals args and state.
Object* reduce_by_type(Object* self, Object* args_steal, Object* state_steal = nullptr) {
  Object* type = static_cast<Object*>(type_of(self));
  Object* r = nullptr;
  if (args_steal) r = state_steal ? tuple_pack(3, type, args_steal, state_steal) : tuple_pack(2, type, args_steal);
  xdecref(args_steal);
  xdecref(state_steal);
  return r;
}

Object* calliter_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<CallIterObject*>(self);
  if (!it->func || !it->sentinel) return cont::iter_reduce_exhausted(empty_tuple());
  return cont::iter_reduce("iter", tuple_pack(2, it->func, it->sentinel), nullptr);
}

Object* enumerate_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* e = static_cast<EnumerateObject*>(self);
  Object* index = e->index_obj ? newref(e->index_obj) : int_from_i64(e->index);
  Object* args = index ? tuple_pack(2, e->it, index) : nullptr;
  xdecref(index);
  return reduce_by_type(self, args);
}

Object* zip_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* z = static_cast<ZipObject*>(self);
  return reduce_by_type(self, newref(z->iters), z->strict ? bool_ref(true) : nullptr);
}
Object* zip_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "__setstate__", nargs, kwnames)) return nullptr;
  int t = object_is_true(args[0]);
  if (t < 0) return nullptr;
  static_cast<ZipObject*>(self)->strict = t;
  return none_ref();
}

Object* map_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* m = static_cast<MapObject*>(self);
  ssize n = size_of(m->iters);
  Object* args = tuple_new(n + 1);
  if (!args) return nullptr;
  tuple_set_steal(args, 0, newref(m->func));
  for (ssize i = 0; i < n; i++) tuple_set_steal(args, i + 1, newref(tuple_get(m->iters, i)));
  return reduce_by_type(self, args);
}

Object* filter_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* f = static_cast<FilterObject*>(self);
  return reduce_by_type(self, tuple_pack(2, f->func, f->it));
}

Object* reversed_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* r = static_cast<ReversedObject*>(self);
  if (!r->seq) {
    Object* empty = empty_tuple();
    Object* args = tuple_pack(1, empty);
    decref(empty);
    return reduce_by_type(self, args);
  }
  Object* index = int_from_i64(r->index);
  return reduce_by_type(self, tuple_pack(1, r->seq), index);
}
Object* reversed_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "__setstate__", nargs, kwnames)) return nullptr;
  auto* r = static_cast<ReversedObject*>(self);
  ssize index;
  if (!cont::iter_state_index(args[0], PTRDIFF_MIN, PTRDIFF_MAX, &index)) return nullptr;
  if (r->seq) {
    ssize n = object_length(r->seq);
    if (n < 0) return nullptr;
    r->index = index < -1 ? -1 : index > n - 1 ? n - 1 : index;
  }
  return none_ref();
}

MethodDef calliter_methods[] = {{"__reduce__", calliter_reduce, METH_DEFAULT, REDUCE_DOC},
                                {nullptr, nullptr, 0, nullptr}};
MethodDef enumerate_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {"__reduce__", enumerate_reduce, METH_DEFAULT, REDUCE_DOC},
    {nullptr, nullptr, 0, nullptr}};
MethodDef zip_methods[] = {{"__reduce__", zip_reduce, METH_DEFAULT, REDUCE_DOC},
                           {"__setstate__", zip_setstate, METH_DEFAULT, SETSTATE_DOC},
                           {nullptr, nullptr, 0, nullptr}};
MethodDef map_methods[] = {{"__reduce__", map_reduce, METH_DEFAULT, REDUCE_DOC}, {nullptr, nullptr, 0, nullptr}};
MethodDef filter_methods[] = {{"__reduce__", filter_reduce, METH_DEFAULT, REDUCE_DOC}, {nullptr, nullptr, 0, nullptr}};

MethodDef reversed_methods[] = {{"__length_hint__", reversed_length_hint, METH_DEFAULT, nullptr},
                                {"__reduce__", reversed_reduce, METH_DEFAULT, REDUCE_DOC},
                                {"__setstate__", reversed_setstate, METH_DEFAULT, SETSTATE_DOC},
                                {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* seq_iter_new(Object* seq) {
  auto* it = static_cast<SeqIterObject*>(alloc_object(&SeqIterType, sizeof(SeqIterObject)));
  if (!it) return nullptr;
  it->index = 0;
  it->seq = newref(seq);
  gc_track(it);
  return it;
}

Object* callable_iter_new(Object* f, Object* sentinel) {
  auto* it = static_cast<CallIterObject*>(alloc_object(&CallIterType, sizeof(CallIterObject)));
  if (!it) return nullptr;
  it->func = newref(f);
  it->sentinel = newref(sentinel);
  gc_track(it);
  return it;
}

void init_iter_types() {
  fill_iter_type<SeqIterRefs>(SeqIterType, "iterator", sizeof(SeqIterObject), seqiter_next, false);
  SeqIterType.tp_methods = seqiter_methods;
  fill_iter_type<CallIterRefs>(CallIterType, "callable_iterator", sizeof(CallIterObject), calliter_next, false);
  CallIterType.tp_methods = calliter_methods;

  fill_iter_type<EnumerateRefs>(EnumerateType, "enumerate", sizeof(EnumerateObject), enumerate_next, true);
  EnumerateType.tp_new = enumerate_new;
  EnumerateType.tp_doc = "Return an enumerate object.";
  EnumerateType.tp_methods = enumerate_methods;
  fill_iter_type<ZipRefs>(ZipType, "zip", sizeof(ZipObject), zip_next, true);
  ZipType.tp_new = zip_new;
  ZipType.tp_methods = zip_methods;
  ZipType.tp_doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.";
  fill_iter_type<MapRefs>(MapType, "map", sizeof(MapObject), map_next, true);
  MapType.tp_new = map_new;
  MapType.tp_methods = map_methods;
  MapType.tp_doc = "map(func, *iterables) --> map object";
  fill_iter_type<FilterRefs>(FilterType, "filter", sizeof(FilterObject), filter_next, true);
  FilterType.tp_new = filter_new;
  FilterType.tp_methods = filter_methods;
  FilterType.tp_doc = "filter(function or None, iterable) --> filter object";
  fill_iter_type<ReversedRefs>(ReversedType, "reversed", sizeof(ReversedObject), reversed_next, true);
  ReversedType.tp_new = reversed_new;
  ReversedType.tp_methods = reversed_methods;
  ReversedType.tp_doc = "Return a reverse iterator over the values of the given sequence.";
}

// ---- the pickling helpers (list.h) ------------------------------------------------------
namespace cont {

Object* iter_reduce(const char* builtin, Object* args_steal, Object* state_steal) {
  Object* fn = dict_getitem_str(interp_state()->builtins, builtin);
  Object* r = nullptr;
  if (!fn) err_format(Exc_RuntimeError, "lost builtins.%s", builtin);
  else if (args_steal) r = state_steal ? tuple_pack(3, fn, args_steal, state_steal) : tuple_pack(2, fn, args_steal);
  xdecref(args_steal);
  xdecref(state_steal);
  return r;
}

Object* iter_reduce_indexed(const char* builtin, Object* seq, ssize index) {
  Object* state = int_from_i64(index);
  if (!state) return nullptr;
  return iter_reduce(builtin, tuple_pack(1, seq), state);
}

Object* iter_reduce_exhausted(Object* seq_steal) {
  if (!seq_steal) return nullptr;
  Object* args = tuple_pack(1, seq_steal);
  decref(seq_steal);
  return iter_reduce("iter", args, nullptr);
}

bool iter_state_index(Object* state, ssize lo, ssize hi, ssize* out) {
  if (!is_int(state)) {
    err_set_string(Exc_TypeError, "an integer is required");
    return false;
  }
  ssize v = int_as_ssize(state);
  if (v == -1 && err_occurred()) return false;
  *out = v < lo ? lo : v > hi ? hi : v;
  return true;
}

}  // namespace cont
}  // namespace rt

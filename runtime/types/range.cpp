// range: an immutable arithmetic sequence.
//
// start/stop/step/length are kept as int objects (they may be huge); when all
// of them fit in int64 the range is "small" and every operation uses the
// cached int64 copies, with 128-bit intermediates where a product could
// overflow.  Iteration over a small range uses range_iterator (plain int64
// counters, results through int_from_i64); other ranges use
// longrange_iterator, which works on int objects.
#include <string>

#include "runtime/init.h"
#include "runtime/containers/list.h"

namespace rt {

TypeObject RangeType, RangeIterType, LongRangeIterType;

namespace {

struct RangeObject : Object {
  Object* start;
  Object* stop;
  Object* step;
  Object* length;
  bool small;  // start, step, length (and stop) fit in int64
  int64_t istart, istop, istep, ilen;
};

struct RangeIterObject : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
  int64_t start, len;  // as created, for pickling (the index is len - remaining)
};

struct LongRangeIterObject : Object {
  Object* next;
  Object* step;
  Object* remaining;
  Object* start;  // as created, for pickling
  Object* len;
};

inline RangeObject* R(Object* o) { return static_cast<RangeObject*>(o); }

Object* add(Object* a, Object* b) { return number_binop(a, b, BINOP_ADD); }
Object* sub(Object* a, Object* b) { return number_binop(a, b, BINOP_SUB); }
Object* mul(Object* a, Object* b) { return number_binop(a, b, BINOP_MUL); }
Object* floordiv(Object* a, Object* b) { return number_binop(a, b, BINOP_FLOORDIV); }

// Number of items of range(lo, hi, step) computed on int objects.
Object* range_length_obj(Object* lo, Object* hi, Object* step) {
  int sgn = int_sign(step);
  Object *a, *b, *s;
  if (sgn > 0) {
    a = lo;
    b = hi;
    s = newref(step);
  } else {
    a = hi;
    b = lo;
    s = number_negative(step);
    if (!s) return nullptr;
  }
  int c = object_richcompare_bool(a, b, CMP_GE);
  if (c != 0) {
    decref(s);
    return c < 0 ? nullptr : int_from_i64(0);
  }
  // (b - a - 1) // s + 1
  Object* diff = sub(b, a);
  Object* one = int_from_i64(1);
  Object* t = diff ? sub(diff, one) : nullptr;
  xdecref(diff);
  Object* q = t ? floordiv(t, s) : nullptr;
  xdecref(t);
  Object* r = q ? add(q, one) : nullptr;
  xdecref(q);
  decref(one);
  decref(s);
  return r;
}

bool fits(Object* o, int64_t* out) {
  if (!int_fits_i64(o)) return false;
  *out = int_as_i64(o);
  return true;
}

// Build a range from three exact int objects (stolen).
Object* make_range(TypeObject* type, Object* start, Object* stop, Object* step) {
  Object* len = nullptr;
  int64_t s0, s1, st;
  bool small = fits(start, &s0) && fits(stop, &s1) && fits(step, &st);
  if (small) {
    __int128 n = 0;
    if (st > 0 && s0 < s1) n = ((__int128)s1 - s0 - 1) / st + 1;
    else if (st < 0 && s0 > s1) n = ((__int128)s0 - s1 - 1) / -(__int128)st + 1;
    if (n <= INT64_MAX) len = int_from_i64(int64_t(n));
    else small = false;
  }
  if (!len) len = range_length_obj(start, stop, step);
  if (!len) {
    decref(start);
    decref(stop);
    decref(step);
    return nullptr;
  }
  auto* r = static_cast<RangeObject*>(alloc_object(type, sizeof(RangeObject)));
  if (!r) {
    decref(start);
    decref(stop);
    decref(step);
    decref(len);
    return nullptr;
  }
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = len;
  r->small = small;
  if (small) {
    r->istart = s0;
    r->istop = s1;
    r->istep = st;
    r->ilen = int_as_i64(len);
  }
  return r;
}

Object* index_or_zero(Object* o, int dflt) { return o && o != None ? number_index(o) : int_from_i64(dflt); }

void range_dealloc(Object* o) {
  RangeObject* r = R(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  free_object(o);
}

Object* range_tp_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("range", kwnames) || !cont::check_nargs("range", nargs, 1, 3)) return nullptr;
  Object *start, *stop, *step;
  if (nargs == 1) {
    stop = number_index(args[0]);
    if (!stop) return nullptr;
    start = int_from_i64(0);
    step = int_from_i64(1);
  } else {
    start = number_index(args[0]);
    stop = start ? number_index(args[1]) : nullptr;
    step = stop ? (nargs == 3 ? number_index(args[2]) : int_from_i64(1)) : nullptr;
    if (!step) {
      xdecref(start);
      xdecref(stop);
      return nullptr;
    }
    if (int_sign(step) == 0) {
      decref(start);
      decref(stop);
      decref(step);
      return err_format_null(Exc_ValueError, "range() arg 3 must not be zero");
    }
  }
  return make_range(type, start, stop, step);
}

Object* range_repr(Object* o) {
  RangeObject* r = R(o);
  Object* a = object_repr(r->start);
  Object* b = a ? object_repr(r->stop) : nullptr;
  if (!b) {
    xdecref(a);
    return nullptr;
  }
  std::string s = "range(";
  s += str_view(a);
  s += ", ";
  s += str_view(b);
  decref(a);
  decref(b);
  if (!(r->small && r->istep == 1)) {
    Object* c = object_repr(r->step);
    if (!c) return nullptr;
    if (!str_eq_cstr(c, "1")) {
      s += ", ";
      s += str_view(c);
    }
    decref(c);
  }
  s += ")";
  return str_from(s);
}

ssize range_len(Object* o) {
  RangeObject* r = R(o);
  if (r->small) return ssize(r->ilen);
  if (int_fits_i64(r->length)) return ssize(int_as_i64(r->length));
  err_set_string(Exc_OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

int range_bool(Object* o) { return int_sign(R(o)->length) != 0; }

// r[i] for an int object i (already normalised to 0 <= i < len).
Object* range_item_obj(RangeObject* r, Object* i) {
  Object* t = mul(i, r->step);
  if (!t) return nullptr;
  Object* v = add(r->start, t);
  decref(t);
  return v;
}

Object* range_index_error() { return err_format_null(Exc_IndexError, "range object index out of range"); }

Object* range_item(RangeObject* r, Object* key) {
  if (r->small && is_int(key) && int_fits_i64(key)) {
    int64_t i = int_as_i64(key);
    if (i < 0) i += r->ilen;
    if (i < 0 || i >= r->ilen) return range_index_error();
    return int_from_i64(int64_t((__int128)r->istart + (__int128)i * r->istep));
  }
  Object* i = number_index(key);
  if (!i) return nullptr;
  if (int_sign(i) < 0) {
    Object* j = add(i, r->length);
    decref(i);
    if (!j) return nullptr;
    i = j;
  }
  int lt0 = int_sign(i) < 0;
  int ge = object_richcompare_bool(i, r->length, CMP_GE);
  if (ge < 0) {
    decref(i);
    return nullptr;
  }
  if (lt0 || ge) {
    decref(i);
    return range_index_error();
  }
  Object* v = range_item_obj(r, i);
  decref(i);
  return v;
}

Object* range_subscript(Object* o, Object* key) {
  RangeObject* r = R(o);
  if (is_int(key) || cont::has_index(key)) return range_item(r, key);
  if (type_of(key) == &SliceType) {
    ssize len = range_len(o);
    if (len < 0) return nullptr;
    ssize start, stop, step;
    if (slice_indices(key, len, &start, &stop, &step) < 0) return nullptr;
    if (!r->small) return err_format_null(Exc_OverflowError, "Python int too large to convert to C ssize_t");
    __int128 nstart = (__int128)r->istart + (__int128)start * r->istep;
    __int128 nstop = (__int128)r->istart + (__int128)stop * r->istep;
    __int128 nstep = (__int128)r->istep * step;
    auto mk = [](__int128 v) -> Object* {
      if (v >= INT64_MIN && v <= INT64_MAX) return int_from_i64(int64_t(v));
      // Rare: build the value from two halves.
      Object* hi = int_from_i64(int64_t(v / ((__int128)1 << 62)));
      Object* lo = int_from_i64(int64_t(v % ((__int128)1 << 62)));
      Object* f = int_from_i64(int64_t(1) << 62);
      Object* t = mul(hi, f);
      Object* res = t ? add(t, lo) : nullptr;
      xdecref(t);
      decref(hi);
      decref(lo);
      decref(f);
      return res;
    };
    Object* a = mk(nstart);
    Object* b = mk(nstop);
    Object* c = mk(nstep);
    if (!a || !b || !c) {
      xdecref(a);
      xdecref(b);
      xdecref(c);
      return nullptr;
    }
    return make_range(&RangeType, a, b, c);
  }
  return err_format_null(Exc_TypeError, "range indices must be integers or slices, not %s", type_name(key));
}

// 1 if the int x is in r.
int range_contains_int(RangeObject* r, Object* x) {
  if (r->small && int_fits_i64(x)) {
    int64_t v = int_as_i64(x);
    if (r->ilen == 0) return 0;
    if (r->istep > 0 ? (v < r->istart || v >= r->istop) : (v > r->istart || v <= r->istop)) return 0;
    return ((__int128)v - r->istart) % r->istep == 0;
  }
  int sgn = int_sign(r->step);
  int c1, c2;
  if (sgn > 0) {
    c1 = object_richcompare_bool(r->start, x, CMP_LE);
    c2 = c1 > 0 ? object_richcompare_bool(x, r->stop, CMP_LT) : 0;
  } else {
    c1 = object_richcompare_bool(r->stop, x, CMP_LT);
    c2 = c1 > 0 ? object_richcompare_bool(x, r->start, CMP_LE) : 0;
  }
  if (c1 < 0 || c2 < 0) return -1;
  if (!c1 || !c2) return 0;
  Object* d = sub(x, r->start);
  Object* m = d ? number_binop(d, r->step, BINOP_MOD) : nullptr;
  xdecref(d);
  if (!m) return -1;
  int res = int_sign(m) == 0;
  decref(m);
  return res;
}

int range_contains(Object* o, Object* x) {
  if (is_int_exact(x) || is_bool(x)) return range_contains_int(R(o), x);
  Object* it = object_get_iter(o);
  if (!it) return -1;
  int found = 0;
  while (Object* item = iter_next(it)) {
    int c = object_richcompare_bool(item, x, CMP_EQ);
    decref(item);
    if (c != 0) {
      found = c;
      break;
    }
  }
  decref(it);
  if (found == 0 && err_occurred()) return -1;
  return found;
}

Object* range_richcompare(Object* v, Object* w, int op) {
  if (type_of(w) != &RangeType || (op != CMP_EQ && op != CMP_NE)) return notimpl_ref();
  int eq;
  if (v == w) {
    eq = 1;
  } else {
    RangeObject* a = R(v);
    RangeObject* b = R(w);
    eq = object_richcompare_bool(a->length, b->length, CMP_EQ);
    if (eq > 0 && int_sign(a->length) != 0) {
      eq = object_richcompare_bool(a->start, b->start, CMP_EQ);
      if (eq > 0) {
        Object* one = int_from_i64(1);
        int is1 = object_richcompare_bool(a->length, one, CMP_EQ);
        decref(one);
        if (is1 < 0) return nullptr;
        if (!is1) eq = object_richcompare_bool(a->step, b->step, CMP_EQ);
      }
    }
    if (eq < 0) return nullptr;
  }
  return bool_ref(op == CMP_EQ ? eq : !eq);
}

hash_t range_hash(Object* o) {
  RangeObject* r = R(o);
  Object* t;
  int sgn = int_sign(r->length);
  Object* one = int_from_i64(1);
  int is1 = object_richcompare_bool(r->length, one, CMP_EQ);
  decref(one);
  if (sgn == 0) t = tuple_pack(3, r->length, None, None);
  else if (is1) t = tuple_pack(3, r->length, r->start, None);
  else t = tuple_pack(3, r->length, r->start, r->step);
  if (!t) return -1;
  hash_t h = object_hash(t);
  decref(t);
  return h;
}

Object* fast_iter(int64_t start, int64_t step, int64_t len) {
  auto* it = static_cast<RangeIterObject*>(alloc_object(&RangeIterType, sizeof(RangeIterObject)));
  if (!it) return nullptr;
  it->next = start;
  it->step = step;
  it->remaining = len;
  it->start = start;
  it->len = len;
  return it;
}

Object* long_iter(Object* start, Object* step, Object* len) {
  auto* it = static_cast<LongRangeIterObject*>(alloc_object(&LongRangeIterType, sizeof(LongRangeIterObject)));
  if (!it) return nullptr;
  it->next = newref(start);
  it->step = newref(step);
  it->remaining = newref(len);
  it->start = newref(start);
  it->len = newref(len);
  return it;
}

Object* range_iter(Object* o) {
  RangeObject* r = R(o);
  if (r->small) return fast_iter(r->istart, r->istep, r->ilen);
  return long_iter(r->start, r->step, r->length);
}

Object* m_reversed(Object* self, Object* const*, ssize, Object*) { return range_reversed(self); }

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("range.count", kwnames) || !cont::check_one_arg("range.count", nargs)) return nullptr;
  Object* x = args[0];
  if (is_int_exact(x) || is_bool(x)) {
    int c = range_contains_int(R(self), x);
    return c < 0 ? nullptr : int_from_i64(c);
  }
  Object* it = object_get_iter(self);
  if (!it) return nullptr;
  int64_t n = 0;
  while (Object* item = iter_next(it)) {
    int c = object_richcompare_bool(item, x, CMP_EQ);
    decref(item);
    if (c < 0) {
      decref(it);
      return nullptr;
    }
    n += c;
  }
  decref(it);
  if (err_occurred()) return nullptr;
  return int_from_i64(n);
}

Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("range.index", kwnames) || !cont::check_one_arg("range.index", nargs)) return nullptr;
  RangeObject* r = R(self);
  Object* x = args[0];
  if (is_int_exact(x) || is_bool(x)) {
    int c = range_contains_int(r, x);
    if (c < 0) return nullptr;
    if (c) {
      Object* d = sub(x, r->start);
      Object* q = d ? floordiv(d, r->step) : nullptr;
      xdecref(d);
      return q;
    }
  } else {
    Object* it = object_get_iter(self);
    if (!it) return nullptr;
    int64_t i = 0;
    while (Object* item = iter_next(it)) {
      int c = object_richcompare_bool(item, x, CMP_EQ);
      decref(item);
      if (c != 0) {
        decref(it);
        return c < 0 ? nullptr : int_from_i64(i);
      }
      i++;
    }
    decref(it);
    if (err_occurred()) return nullptr;
    return err_format_null(Exc_ValueError, "sequence.index(x): x not in sequence");
  }
  Object* rep = object_repr(x);
  if (!rep) return nullptr;
  err_format(Exc_ValueError, "%s is not in range", str_utf8(rep));
  decref(rep);
  return nullptr;
}

Object* m_reduce(Object* self, Object* const*, ssize, Object*) {
  RangeObject* r = R(self);
  Object* a = tuple_pack(3, r->start, r->stop, r->step);
  if (!a) return nullptr;
  Object* t = tuple_pack(2, &RangeType, a);
  decref(a);
  return t;
}

MethodDef range_methods[] = {
    {"__reversed__", m_reversed, METH_DEFAULT, "Return a reverse iterator."},
    {"__reduce__", m_reduce, METH_DEFAULT, nullptr},
    {"count", m_count, METH_DEFAULT, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", m_index, METH_DEFAULT, "rangeobject.index(value) -> integer -- return index of value."},
    {nullptr, nullptr, 0, nullptr}};

Object* get_start(Object* o, void*) { return newref(R(o)->start); }
Object* get_stop(Object* o, void*) { return newref(R(o)->stop); }
Object* get_step(Object* o, void*) { return newref(R(o)->step); }
GetSetDef range_getset[] = {{"start", get_start, nullptr, nullptr, nullptr},
                            {"stop", get_stop, nullptr, nullptr, nullptr},
                            {"step", get_step, nullptr, nullptr, nullptr},
                            {nullptr, nullptr, nullptr, nullptr, nullptr}};

// ---- iterators ---------------------------------------------------------------------------
void rangeiter_dealloc(Object* o) { free_object(o); }
Object* rangeiter_next(Object* o) {
  auto* it = static_cast<RangeIterObject*>(o);
  if (it->remaining <= 0) return nullptr;
  int64_t v = it->next;
  it->remaining--;
  // The last step may leave the int64 range: only advance when more follow.
  if (it->remaining) it->next = int64_t(uint64_t(v) + uint64_t(it->step));
  return int_from_i64(v);
}
Object* rangeiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  return int_from_i64(static_cast<RangeIterObject*>(self)->remaining);
}

void longrangeiter_dealloc(Object* o) {
  auto* it = static_cast<LongRangeIterObject*>(o);
  decref(it->next);
  decref(it->step);
  decref(it->remaining);
  decref(it->start);
  decref(it->len);
  free_object(o);
}
Object* longrangeiter_next(Object* o) {
  auto* it = static_cast<LongRangeIterObject*>(o);
  if (int_sign(it->remaining) <= 0) return nullptr;
  Object* one = int_from_i64(1);
  Object* rem = sub(it->remaining, one);
  decref(one);
  if (!rem) return nullptr;
  setref(it->remaining, rem);
  Object* v = newref(it->next);
  Object* n = add(it->next, it->step);
  if (!n) {
    decref(v);
    return nullptr;
  }
  setref(it->next, n);
  return v;
}
Object* longrangeiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  return newref(static_cast<LongRangeIterObject*>(self)->remaining);
}
// Pickling, as CPython: iter(range(start, start + len*step, step)) moved to the
// index (for a reversed range too: its iterator walks a range of -step).
Object* range_iter_reduce(Object* start, Object* len, Object* step, Object* index) {
  Object* span = mul(len, step);
  Object* stop = span ? add(start, span) : nullptr;
  xdecref(span);
  Object* r = stop ? range_new(start, stop, step) : nullptr;
  xdecref(stop);
  if (!r) return nullptr;
  Object* args = tuple_pack(1, r);
  decref(r);
  return cont::iter_reduce("iter", args, newref(index));
}

Object* rangeiter_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<RangeIterObject*>(self);
  Object* v[4] = {int_from_i64(it->start), int_from_i64(it->len), int_from_i64(it->step),
                  int_from_i64(it->len - it->remaining)};
  Object* r = v[0] && v[1] && v[2] && v[3] ? range_iter_reduce(v[0], v[1], v[2], v[3]) : nullptr;
  for (Object* x : v) xdecref(x);
  return r;
}
Object* rangeiter_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "__setstate__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<RangeIterObject*>(self);
  // CPython reads the state as a C long: any __index__, OverflowError past it.
  Object* state = number_index(args[0]);
  if (!state) return nullptr;
  ssize index = int_as_ssize(state);
  decref(state);
  if (index == -1 && err_occurred()) {
    if (err_matches(Exc_OverflowError)) {
      err_clear();
      err_set_string(Exc_OverflowError, "Python int too large to convert to C long");
    }
    return nullptr;
  }
  index = index < 0 ? 0 : index > it->len ? ssize(it->len) : index;
  it->remaining = it->len - index;
  it->next = int64_t(uint64_t(it->start) + uint64_t(index) * uint64_t(it->step));
  return none_ref();
}

Object* longrangeiter_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<LongRangeIterObject*>(self);
  Object* index = sub(it->len, it->remaining);
  Object* r = index ? range_iter_reduce(it->start, it->len, it->step, index) : nullptr;
  xdecref(index);
  return r;
}
Object* longrangeiter_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "__setstate__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<LongRangeIterObject*>(self);
  // Clip the index to [0, len] with CPython's comparisons (so their errors
  // are CPython's), then read it as an int.
  Object* zero = int_from_i64(0);
  if (!zero) return nullptr;
  int below = object_richcompare_bool(args[0], zero, CMP_LT);
  int above = below == 0 ? object_richcompare_bool(it->len, args[0], CMP_LT) : 0;
  Object* index = below < 0 || above < 0 ? nullptr : below ? newref(zero) : above ? newref(it->len) : number_index(args[0]);
  decref(zero);
  if (!index) return nullptr;
  Object* remaining = sub(it->len, index);
  Object* offset = remaining ? mul(index, it->step) : nullptr;
  Object* next = offset ? add(it->start, offset) : nullptr;
  decref(index);
  xdecref(offset);
  if (!next) {
    xdecref(remaining);
    return nullptr;
  }
  setref(it->remaining, remaining);
  setref(it->next, next);
  return none_ref();
}

MethodDef rangeiter_methods[] = {{"__length_hint__", rangeiter_length_hint, METH_DEFAULT, nullptr},
                                 {"__reduce__", rangeiter_reduce, METH_DEFAULT, "Return state information for pickling."},
                                 {"__setstate__", rangeiter_setstate, METH_DEFAULT, "Set state information for unpickling."},
                                 {nullptr, nullptr, 0, nullptr}};
MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, METH_DEFAULT, nullptr},
    {"__reduce__", longrangeiter_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"__setstate__", longrangeiter_setstate, METH_DEFAULT, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

Object* range_new(Object* start, Object* stop, Object* step) {
  Object* a = index_or_zero(start, 0);
  Object* b = a ? index_or_zero(stop, 0) : nullptr;
  Object* c = b ? index_or_zero(step, 1) : nullptr;
  if (!c) {
    xdecref(a);
    xdecref(b);
    return nullptr;
  }
  if (int_sign(c) == 0) {
    decref(a);
    decref(b);
    decref(c);
    return err_format_null(Exc_ValueError, "range() arg 3 must not be zero");
  }
  return make_range(&RangeType, a, b, c);
}

Object* range_reversed(Object* o) {
  RangeObject* r = R(o);
  if (r->small && r->istep != INT64_MIN) {
    __int128 last = (__int128)r->istart + (__int128)(r->ilen - 1) * r->istep;
    if (r->ilen == 0) last = r->istart;
    if (last >= INT64_MIN && last <= INT64_MAX) return fast_iter(int64_t(last), -r->istep, r->ilen);
  }
  // last = start + (len - 1) * step, then walk with -step.
  Object* one = int_from_i64(1);
  Object* lm1 = sub(r->length, one);
  decref(one);
  Object* t = lm1 ? mul(lm1, r->step) : nullptr;
  xdecref(lm1);
  Object* last = t ? add(r->start, t) : nullptr;
  xdecref(t);
  Object* nstep = last ? number_negative(r->step) : nullptr;
  Object* it = nstep ? long_iter(last, nstep, r->length) : nullptr;
  xdecref(last);
  xdecref(nstep);
  return it;
}

void init_range_types() {
  TypeObject& t = RangeType;
  t.tp_name = "range";
  t.tp_basicsize = sizeof(RangeObject);
  t.tp_flags = TPFLAG_IMMUTABLE;
  t.tp_doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object";
  t.tp_dealloc = range_dealloc;
  t.tp_repr = range_repr;
  t.tp_hash = range_hash;
  t.tp_richcompare = range_richcompare;
  t.tp_iter = range_iter;
  t.tp_new = range_tp_new;
  t.nb_bool = range_bool;
  t.mp_length = range_len;
  t.mp_subscript = range_subscript;
  t.sq_contains = range_contains;
  t.tp_methods = range_methods;
  t.tp_getset = range_getset;
  init_static_object(&t, &TypeType);

  TypeObject& i = RangeIterType;
  i.tp_name = "range_iterator";
  i.tp_basicsize = sizeof(RangeIterObject);
  i.tp_flags = TPFLAG_IMMUTABLE;
  i.tp_dealloc = rangeiter_dealloc;
  i.tp_iter = object_self_iter;
  i.tp_iternext = rangeiter_next;
  i.tp_methods = rangeiter_methods;
  init_static_object(&i, &TypeType);

  TypeObject& l = LongRangeIterType;
  l.tp_name = "longrange_iterator";
  l.tp_basicsize = sizeof(LongRangeIterObject);
  l.tp_flags = TPFLAG_IMMUTABLE;
  l.tp_dealloc = longrangeiter_dealloc;
  l.tp_iter = object_self_iter;
  l.tp_iternext = longrangeiter_next;
  l.tp_methods = longrangeiter_methods;
  init_static_object(&l, &TypeType);
}

}  // namespace rt

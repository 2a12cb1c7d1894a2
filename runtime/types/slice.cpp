// slice objects and the index normalisation every sequence uses.
//
// slice_indices follows CPython's PySlice_Unpack + PySlice_AdjustIndices:
// missing bounds default by the sign of step, values beyond the ssize range
// are clamped, negative ones count from the end, and the result length is
// computed for the clamped bounds.
#include <string>

#include "runtime/init.h"
#include "runtime/containers/list.h"

namespace rt {

TypeObject SliceType;

namespace {

struct SliceObject : Object {
  Object* start;  // never null: None when absent
  Object* stop;
  Object* step;
};
inline SliceObject* S(Object* o) { return static_cast<SliceObject*>(o); }

// A slice bound: an __index__ value clamped to [PTRDIFF_MIN, PTRDIFF_MAX].
bool slice_index(Object* v, ssize* out) {
  if (is_int_exact(v) && int_is_small(v)) {
    *out = ssize(int_small_value(v));
    return true;
  }
  if (!cont::has_index(v)) {
    err_set_string(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Object* i = number_index(v);
  if (!i) return false;
  if (int_fits_i64(i)) *out = ssize(int_as_i64(i));
  else *out = int_sign(i) < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  decref(i);
  return true;
}

void slice_dealloc(Object* o) {
  SliceObject* s = S(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  free_object(o);
}

Object* slice_repr(Object* o) {
  SliceObject* s = S(o);
  std::string out = "slice(";
  Object* parts[3] = {s->start, s->stop, s->step};
  for (int i = 0; i < 3; i++) {
    Object* r = object_repr(parts[i]);
    if (!r) return nullptr;
    if (i) out += ", ";
    out += str_view(r);
    decref(r);
  }
  out += ")";
  return str_from(out);
}

Object* slice_tp_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("slice", kwnames) || !cont::check_nargs("slice", nargs, 1, 3)) return nullptr;
  if (nargs == 1) return slice_new(nullptr, args[0], nullptr);
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : nullptr);
}

Object* slice_as_tuple(Object* o) { return tuple_pack(3, S(o)->start, S(o)->stop, S(o)->step); }

Object* slice_richcompare(Object* v, Object* w, int op) {
  if (type_of(v) != &SliceType || type_of(w) != &SliceType) return notimpl_ref();
  if (v == w && (op == CMP_EQ || op == CMP_NE)) return bool_ref(op == CMP_EQ);
  Object* a = slice_as_tuple(v);
  if (!a) return nullptr;
  Object* b = slice_as_tuple(w);
  if (!b) {
    decref(a);
    return nullptr;
  }
  Object* r = object_richcompare(a, b, op);
  decref(a);
  decref(b);
  return r;
}

Object* m_indices(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("slice.indices", kwnames) || !cont::check_one_arg("slice.indices", nargs)) return nullptr;
  ssize len = number_as_ssize(args[0], Exc_OverflowError);
  if (len == -1 && err_occurred()) return nullptr;
  if (len < 0) return err_format_null(Exc_ValueError, "length should not be negative");
  ssize start, stop, step;
  if (slice_indices(self, len, &start, &stop, &step) < 0) return nullptr;
  Object* a = int_from_i64(start);
  Object* b = int_from_i64(stop);
  Object* c = int_from_i64(step);
  Object* t = (a && b && c) ? tuple_pack(3, a, b, c) : nullptr;
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return t;
}

Object* m_reduce(Object* self, Object* const*, ssize, Object*) {
  Object* a = slice_as_tuple(self);
  if (!a) return nullptr;
  Object* t = tuple_pack(2, &SliceType, a);
  decref(a);
  return t;
}

MethodDef slice_methods[] = {
    {"indices", m_indices, METH_DEFAULT,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in\n"
     "a manner consistent with the handling of normal slices."},
    {"__reduce__", m_reduce, METH_DEFAULT, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr}};

Object* get_start(Object* o, void*) { return newref(S(o)->start); }
Object* get_stop(Object* o, void*) { return newref(S(o)->stop); }
Object* get_step(Object* o, void*) { return newref(S(o)->step); }
GetSetDef slice_getset[] = {{"start", get_start, nullptr, nullptr, nullptr},
                            {"stop", get_stop, nullptr, nullptr, nullptr},
                            {"step", get_step, nullptr, nullptr, nullptr},
                            {nullptr, nullptr, nullptr, nullptr, nullptr}};

}  // namespace

Object* slice_new(Object* start, Object* stop, Object* step) {
  auto* s = static_cast<SliceObject*>(alloc_object(&SliceType, sizeof(SliceObject)));
  if (!s) return nullptr;
  s->start = newref(start ? start : None);
  s->stop = newref(stop ? stop : None);
  s->step = newref(step ? step : None);
  return s;
}

ssize slice_indices(Object* slice, ssize len, ssize* pstart, ssize* pstop, ssize* pstep) {
  SliceObject* s = S(slice);
  ssize start, stop, step;
  // Unpack.
  if (s->step == None) {
    step = 1;
  } else {
    if (!slice_index(s->step, &step)) return -1;
    if (step == 0) {
      err_set_string(Exc_ValueError, "slice step cannot be zero");
      return -1;
    }
    if (step < -PTRDIFF_MAX) step = -PTRDIFF_MAX;  // so that -step cannot overflow
  }
  if (s->start == None) start = step < 0 ? PTRDIFF_MAX : 0;
  else if (!slice_index(s->start, &start)) return -1;
  if (s->stop == None) stop = step < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  else if (!slice_index(s->stop, &stop)) return -1;
  // Adjust to len.
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) {
    start = step < 0 ? len - 1 : len;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) {
    stop = step < 0 ? len - 1 : len;
  }
  ssize n = 0;
  if (step < 0) {
    if (stop < start) n = (start - stop - 1) / (-step) + 1;
  } else {
    if (start < stop) n = (stop - start - 1) / step + 1;
  }
  *pstart = start;
  *pstop = stop;
  *pstep = step;
  return n;
}

void init_slice_type() {
  TypeObject& t = SliceType;
  t.tp_name = "slice";
  t.tp_basicsize = sizeof(SliceObject);
  t.tp_flags = TPFLAG_IMMUTABLE;
  t.tp_doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.";
  t.tp_dealloc = slice_dealloc;
  t.tp_repr = slice_repr;
  t.tp_richcompare = slice_richcompare;
  t.tp_new = slice_tp_new;
  t.tp_methods = slice_methods;
  t.tp_getset = slice_getset;
  init_static_object(&t, &TypeType);
}

}  // namespace rt

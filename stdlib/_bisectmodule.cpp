// _bisect: bisect_left/right and insort_left/right with lo, hi and key= (3.10+),
// for any sequence (items read with a[i], insertion through a.insert unless a
// is an exact list).  As in CPython, key= applies to the items of a only: the
// bisect functions take x as a key already, insort computes key(x) once.
#include "runtime/containers/list.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

// The hi argument: None means len(a); anything else must be an __index__ value.
bool hi_arg(Object* o, ssize* out) {
  *out = -1;
  return native::opt_ssize_arg(o, out);
}

Object* item_at(Object* a, ssize i) {
  if (is_list_exact(a)) {
    if (i < 0 || i >= size_of(a)) return err_format_null(Exc_IndexError, "list index out of range");
    return newref(list_get(a, i));
  }
  Object* idx = int_from_i64(i);
  if (!idx) return nullptr;
  Object* r = object_getitem(a, idx);
  decref(idx);
  return r;
}

// The insertion point of x in a[lo:hi]; right: after equal items.  -1 on error.
ssize bisect(Object* a, Object* x, ssize lo, ssize hi, Object* key, bool right) {
  if (lo < 0) {
    err_set_string(Exc_ValueError, "lo must be non-negative");
    return -1;
  }
  if (hi == -1) {
    hi = object_length(a);
    if (hi < 0) return -1;
  }
  while (lo < hi) {
    ssize mid = ssize((size_t(lo) + size_t(hi)) / 2);
    Object* item = item_at(a, mid);
    if (!item) return -1;
    if (key && key != None) {
      Object* k = call1(key, item);
      decref(item);
      if (!k) return -1;
      item = k;
    }
    int lt = right ? object_richcompare_bool(x, item, CMP_LT) : object_richcompare_bool(item, x, CMP_LT);
    decref(item);
    if (lt < 0) return -1;
    if (lt == right) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// Parsed (a, x, lo=0, hi=None, *, key=None).
struct BisectArgs {
  Object* a;
  Object* x;
  ssize lo = 0, hi = -1;
  Object* key = nullptr;
};

bool parse_bisect(const char* fname, Object* const* args, ssize nargs, Object* kwnames, BisectArgs* out) {
  Object* v[5];
  if (!native::parse(fname, args, nargs, kwnames, "a,x|lo,hi$key", v)) return false;
  out->a = v[0];
  out->x = v[1];
  out->key = v[4];
  if (v[2] && !native::ssize_arg(v[2], &out->lo)) return false;
  return hi_arg(v[3], &out->hi);
}

Object* do_bisect(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool right) {
  BisectArgs b;
  if (!parse_bisect(fname, args, nargs, kwnames, &b)) return nullptr;
  ssize i = bisect(b.a, b.x, b.lo, b.hi, b.key, right);
  return i < 0 ? nullptr : int_from_i64(i);
}

Object* do_insort(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool right) {
  BisectArgs b;
  if (!parse_bisect(fname, args, nargs, kwnames, &b)) return nullptr;
  ssize i;
  if (!b.key || b.key == None) {
    i = bisect(b.a, b.x, b.lo, b.hi, b.key, right);
  } else {
    Object* kx = call1(b.key, b.x);
    if (!kx) return nullptr;
    i = bisect(b.a, kx, b.lo, b.hi, b.key, right);
    decref(kx);
  }
  if (i < 0) return nullptr;
  if (is_list_exact(b.a)) {
    if (list_ass_slice_items(b.a, i, i, &b.x, 1) < 0) return nullptr;
    return none_ref();
  }
  Object* idx = int_from_i64(i);
  if (!idx) return nullptr;
  Object* argv[2] = {idx, b.x};
  Object* r = call_method(b.a, names::insert, argv, 2);
  decref(idx);
  if (!r) return nullptr;
  decref(r);
  return none_ref();
}

Object* bisect_right(Object*, Object* const* a, ssize n, Object* kw) { return do_bisect("bisect_right", a, n, kw, true); }
Object* bisect_left(Object*, Object* const* a, ssize n, Object* kw) { return do_bisect("bisect_left", a, n, kw, false); }
Object* insort_right(Object*, Object* const* a, ssize n, Object* kw) { return do_insort("insort_right", a, n, kw, true); }
Object* insort_left(Object*, Object* const* a, ssize n, Object* kw) { return do_insort("insort_left", a, n, kw, false); }

MethodDef module_functions[] = {
    {"bisect_right", bisect_right, METH_DEFAULT,
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "The return value i is such that all e in a[:i] have e <= x, and all e in\n"
     "a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\n"
     "insert just after the rightmost x already there.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {"insort_right", insort_right, METH_DEFAULT,
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the right of the rightmost x.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {"bisect_left", bisect_left, METH_DEFAULT,
     "Return the index where to insert item x in list a, assuming a is sorted.\n\n"
     "The return value i is such that all e in a[:i] have e < x, and all e in\n"
     "a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\n"
     "insert just before the leftmost x already there.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {"insort_left", insort_left, METH_DEFAULT,
     "Insert item x in list a, and keep it sorted assuming a is sorted.\n\n"
     "If x is already in a, insert it to the left of the leftmost x.\n\n"
     "Optional args lo (default 0) and hi (default len(a)) bound the\n"
     "slice of a to be searched."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_bisect_module() {
  return native::make_module("_bisect",
                             "Bisection algorithms.\n\n"
                             "This module provides support for maintaining a list in sorted order without\n"
                             "having to sort the list after each insertion. For long lists of items with\n"
                             "expensive comparison operations, this can be an improvement over the more\n"
                             "common approach.\n",
                             module_functions, {});
}

}  // namespace stdlib

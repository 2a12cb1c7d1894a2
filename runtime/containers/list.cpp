// list: a mutable sequence (ListObject in objects.h: items is a malloc'ed
// array of `allocated` slots, the first ob_size of them live).
//
// Growth follows CPython 3.11 (so `allocated`, visible through __sizeof__,
// matches): new_allocated = (newsize + newsize/8 + 6) & ~3, or just
// (newsize + 3) & ~3 when growing by a large step.  Freed exact lists park
// their header on a free list of 80, so the next list reuses it (and its id).
// While list.sort runs the list is emptied (items null, allocated -1) so
// mutation from a key or comparison can be detected afterwards.
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "gc/gc.h"
#include "runtime/init.h"
#include "runtime/containers/list.h"
#include "runtime/instruments/instruments_impl.h"

namespace rt {

TypeObject ListType, ListIterType, ListRevIterType;

namespace {

constexpr int LIST_MAXFREELIST = 80;
ListObject* list_free_list[LIST_MAXFREELIST];
int list_numfree = 0;

struct ListIterObject : Object {
  ssize index;
  Object* seq;  // null once exhausted
};

inline ListObject* L(Object* o) { return static_cast<ListObject*>(o); }
bool is_list_obj(const Object* o) { return is_list(o); }

}  // namespace

// ---- shared helpers (list.h) -------------------------------------------------
namespace cont {

bool check_nargs(const char* name, ssize nargs, ssize min, ssize max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max)
    err_format(Exc_TypeError, "%s expected %zd argument%s, got %zd", name, min, min == 1 ? "" : "s", nargs);
  else if (nargs < min)
    err_format(Exc_TypeError, "%s expected at least %zd argument%s, got %zd", name, min, min == 1 ? "" : "s", nargs);
  else
    err_format(Exc_TypeError, "%s expected at most %zd argument%s, got %zd", name, max, max == 1 ? "" : "s", nargs);
  return false;
}

bool check_no_kw(const char* qualname, Object* kwnames) {
  if (!kwnames || size_of(kwnames) == 0) return true;
  err_format(Exc_TypeError, "%s() takes no keyword arguments", qualname);
  return false;
}

bool check_one_arg(const char* qualname, ssize nargs) {
  if (nargs == 1) return true;
  err_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", qualname, nargs);
  return false;
}

namespace {
std::string defining_qualname(Object* self, const char* method) {
  TypeObject* t = type_of(self);
  while (t->tp_base && has_flag(t, TPFLAG_HEAPTYPE)) t = t->tp_base;
  const char* dot = std::strrchr(t->tp_name, '.');
  return std::string(dot ? dot + 1 : t->tp_name) + "." + method;
}
}  // namespace

bool method_noargs(Object* self, const char* method, ssize nargs, Object* kwnames) {
  if (nargs == 0 && (!kwnames || size_of(kwnames) == 0)) return true;
  std::string q = defining_qualname(self, method);
  if (!check_no_kw(q.c_str(), kwnames)) return false;
  err_format(Exc_TypeError, "%s() takes no arguments (%zd given)", q.c_str(), nargs);
  return false;
}

bool method_onearg(Object* self, const char* method, ssize nargs, Object* kwnames) {
  if (nargs == 1 && (!kwnames || size_of(kwnames) == 0)) return true;
  std::string q = defining_qualname(self, method);
  return check_no_kw(q.c_str(), kwnames) && check_one_arg(q.c_str(), nargs);
}

hash_t hash_unhashable(Object* o) {
  err_format(Exc_TypeError, "unhashable type: '%s'", type_name(o));
  return -1;
}

bool index_value(Object* key, ssize* out) {
  if (is_int_exact(key) && int_is_small(key)) {
    *out = ssize(int_small_value(key));
    return true;
  }
  ssize v = number_as_ssize(key, Exc_IndexError);
  if (v == -1 && err_occurred()) return false;
  *out = v;
  return true;
}

bool index_arg(Object* o, ssize* out) {
  if (is_int_exact(o) && int_is_small(o)) {
    *out = ssize(int_small_value(o));
    return true;
  }
  if (!has_index(o)) {
    err_set_string(Exc_TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  Object* v = number_index(o);
  if (!v) return false;
  if (int_fits_i64(v)) *out = ssize(int_as_i64(v));
  else *out = int_sign(v) < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  decref(v);
  return true;
}

Object* seq_multiply(Object* a, Object* b, bool (*is_me)(const Object*), Object* (*repeat)(Object*, ssize),
                     binaryfunc me) {
  Object* seq;
  Object* count;
  if (is_me(a)) {
    seq = a;
    count = b;
    if (!has_index(b)) {
      // Only a class defined in Python (__rmul__) gets a chance: a built-in
      // sequence on the right would report the wrong operand type.
      binaryfunc other = type_of(b)->nb_multiply;
      if (other && other != me && has_flag(type_of(b), TPFLAG_HEAPTYPE)) {
        Object* r = other(a, b);
        if (r != NotImplemented) return r;
        decref(r);
      }
      return err_format_null(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(b));
    }
  } else {
    seq = b;
    count = a;
    if (!is_me(b)) return notimpl_ref();
    if (!has_index(a))
      return err_format_null(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(a));
  }
  ssize n;
  if (is_int_exact(count) && int_is_small(count)) {
    int64_t v = int_small_value(count);
    n = ssize(v);
  } else {
    n = number_as_ssize(count, Exc_OverflowError);
    if (n == -1 && err_occurred()) return nullptr;
  }
  return repeat(seq, n);
}

Object* seq_concat_fallback(Object* a, Object* b, binaryfunc me, const char* tname) {
  binaryfunc other = type_of(b)->nb_add;
  if (other && other != me && has_flag(type_of(b), TPFLAG_HEAPTYPE)) {
    Object* r = other(a, b);
    if (r != NotImplemented) return r;
    decref(r);
  }
  return err_format_null(Exc_TypeError, "can only concatenate %s (not \"%s\") to %s", tname, type_name(b), tname);
}

namespace {
thread_local int trash_depth = 0;
thread_local std::vector<Object*>* trash_later = nullptr;
constexpr int TRASH_LIMIT = 50;
}  // namespace

bool trash_begin(Object* o) {
  if (trash_depth >= TRASH_LIMIT) {
    // A deferred object has count zero: the collector must not see it on a
    // generation list, or a collection run meanwhile (by a __del__ below)
    // would find it there and free it a second time.
    gc_untrack(o);
    if (!trash_later) trash_later = new std::vector<Object*>();
    trash_later->push_back(o);
    return false;
  }
  trash_depth++;
  return true;
}

void trash_end() {
  if (--trash_depth > 0 || !trash_later) return;
  // A dealloc below may drain (and free) the list itself: re-check it each time.
  while (trash_later && !trash_later->empty()) {
    Object* o = trash_later->back();
    trash_later->pop_back();
    type_of(o)->tp_dealloc(o);
  }
  // Freed once drained, so no thread leaves it behind at exit (LeakSanitizer).
  delete trash_later;
  trash_later = nullptr;
}

}  // namespace cont

// ---- allocation -----------------------------------------------------------------
int list_resize(Object* l, ssize newsize) {
  ListObject* self = L(l);
  ssize allocated = self->allocated;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    self->ob_size = newsize;
    return 0;
  }
  size_t new_allocated = (size_t(newsize) + (size_t(newsize) >> 3) + 6) & ~size_t(3);
  if (newsize - self->ob_size > ssize(new_allocated) - newsize) new_allocated = (size_t(newsize) + 3) & ~size_t(3);
  if (newsize == 0) new_allocated = 0;
  if (new_allocated > size_t(PTRDIFF_MAX) / sizeof(Object*)) {
    err_no_memory();
    return -1;
  }
  Object** items;
  if (new_allocated == 0) {
    std::free(self->items);
    items = nullptr;
  } else {
    items = static_cast<Object**>(std::realloc(self->items, new_allocated * sizeof(Object*)));
    if (!items) {
      err_no_memory();
      return -1;
    }
  }
  self->items = items;
  self->ob_size = newsize;
  self->allocated = ssize(new_allocated);
  return 0;
}

Object* list_new(ssize n) {
  if (n < 0) {
    err_bad_internal_call("list_new");
    return nullptr;
  }
  ListObject* op;
  if (list_numfree) {
    op = list_free_list[--list_numfree];
    reinit_object(op, &ListType);
    PG_INS(ins::alloc.list_hits++);
  } else {
    PG_INS(ins::alloc.list_misses++);
    op = static_cast<ListObject*>(alloc_object(&ListType, sizeof(ListObject)));
    if (!op) return nullptr;
  }
  if (n > 0) {
    op->items = static_cast<Object**>(std::calloc(size_t(n), sizeof(Object*)));
    if (!op->items) {
      op->ob_size = 0;
      op->allocated = 0;
      decref(op);
      return err_no_memory();
    }
  } else {
    op->items = nullptr;
  }
  op->ob_size = n;
  op->allocated = n;
  gc_track(op);
  return op;
}

namespace {

void list_dealloc(Object* o) {
  bool exact = type_of(o) == &ListType;
  if (exact && !cont::trash_begin(o)) return;
  gc_untrack(o);
  ListObject* self = L(o);
  if (self->items) {
    for (ssize i = self->ob_size - 1; i >= 0; i--) xdecref(self->items[i]);
    std::free(self->items);
    self->items = nullptr;
  }
  self->ob_size = 0;
  self->allocated = 0;
  if (exact && list_numfree < LIST_MAXFREELIST) list_free_list[list_numfree++] = self;
  else free_object(o);
  if (exact) cont::trash_end();
}

int list_traverse(Object* o, visitproc visit, void* arg) {
  ListObject* self = L(o);
  for (ssize i = self->ob_size - 1; i >= 0; i--)
    if (self->items[i]) {
      int r = visit(self->items[i], arg);
      if (r) return r;
    }
  return 0;
}

// Drop every item (the list may be re-entered from a decref: detach first).
int list_clear_items(Object* o) {
  ListObject* self = L(o);
  Object** items = self->items;
  ssize n = self->ob_size;
  if (!items) return 0;
  self->items = nullptr;
  self->ob_size = 0;
  self->allocated = 0;
  while (--n >= 0) xdecref(items[n]);
  std::free(items);
  return 0;
}

Object* list_repr(Object* o) {
  if (size_of(o) == 0) return str_from_cstr("[]");
  int r = repr_enter(o);
  if (r < 0) return nullptr;
  if (r > 0) return str_from_cstr("[...]");
  std::string s = "[";
  bool ok = cont::append_reprs(
      s, [&] { return size_of(o); }, [&](ssize i) { return list_get(o, i); });
  repr_leave(o);
  if (!ok) return nullptr;
  s += "]";
  return str_from(s);
}

ssize list_length(Object* o) { return size_of(o); }

int list_contains(Object* o, Object* v) {
  for (ssize i = 0; i < size_of(o); i++) {
    Object* item = newref(list_get(o, i));
    int k = object_richcompare_bool(item, v, CMP_EQ);
    decref(item);
    if (k != 0) return k;
  }
  return 0;
}

Object* list_richcompare(Object* v, Object* w, int op) {
  if (!is_list(v) || !is_list(w)) return notimpl_ref();
  if ((op == CMP_EQ || op == CMP_NE) && size_of(v) != size_of(w)) return bool_ref(op == CMP_NE);
  return cont::seq_richcompare(
      v, w, op, [](Object* o) { return size_of(o); }, [](Object* o, ssize i) { return list_get(o, i); });
}

// PySequence_Fast: a list or tuple as is, anything else iterated into a list.
Object* seq_fast(Object* v, const char* msg) {
  if (is_list_exact(v) || is_tuple_exact(v)) return newref(v);  // subclasses may override __iter__
  Object* it = object_get_iter(v);
  if (!it) {
    if (err_matches(Exc_TypeError)) err_set_string(Exc_TypeError, msg);
    return nullptr;
  }
  decref(it);
  return sequence_list(v);
}
inline Object** fast_items(Object* s) { return is_list(s) ? list_items(s) : tuple_items(s); }

Object* list_item_at(Object* o, ssize i) {
  ssize n = size_of(o);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    err_set_string(Exc_IndexError, "list index out of range");
    return nullptr;
  }
  return newref(list_get(o, i));
}

Object* list_subscript(Object* o, Object* key) {
  if (is_int_exact(key) && int_is_small(key)) return list_item_at(o, ssize(int_small_value(key)));
  if (is_int(key) || cont::has_index(key)) {
    ssize i;
    if (!cont::index_value(key, &i)) return nullptr;
    return list_item_at(o, i);
  }
  if (type_of(key) == &SliceType) {
    ssize start, stop, step;
    ssize len = slice_indices(key, size_of(o), &start, &stop, &step);
    if (len < 0) return nullptr;
    if (step == 1) return list_slice(o, start, start + len);
    Object* r = list_new(len);
    if (!r) return nullptr;
    for (ssize i = 0; i < len; i++) list_set_steal(r, i, newref(list_get(o, start + i * step)));
    return r;
  }
  return err_format_null(Exc_TypeError, "list indices must be integers or slices, not %s", type_name(key));
}

int list_ass_item(Object* o, ssize i, Object* v) {
  ssize n = size_of(o);
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    err_set_string(Exc_IndexError, "list assignment index out of range");
    return -1;
  }
  if (!v) return list_ass_slice_items(o, i, i + 1, nullptr, 0);
  Object* old = list_get(o, i);
  list_set_steal(o, i, newref(v));
  decref(old);
  return 0;
}

int list_ass_subscript(Object* o, Object* key, Object* value) {
  if (is_int(key) || cont::has_index(key)) {
    ssize i;
    if (!cont::index_value(key, &i)) return -1;
    return list_ass_item(o, i, value);
  }
  if (type_of(key) != &SliceType) {
    err_format(Exc_TypeError, "list indices must be integers or slices, not %s", type_name(key));
    return -1;
  }
  ssize start, stop, step;
  ssize slicelen = slice_indices(key, size_of(o), &start, &stop, &step);
  if (slicelen < 0) return -1;
  if (step == 1) {
    if (stop < start) stop = start;
    if (!value) return list_ass_slice_items(o, start, stop, nullptr, 0);
    Object* seq = value == o ? list_slice(o, 0, size_of(o)) : seq_fast(value, "can only assign an iterable");
    if (!seq) return -1;
    int r = list_ass_slice_items(o, start, stop, fast_items(seq), size_of(seq));
    decref(seq);
    return r;
  }
  if (!value) {
    if (slicelen <= 0) return 0;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    // Collect the removed items first; decref them after the list is consistent.
    Object** garbage = static_cast<Object**>(std::malloc(size_t(slicelen) * sizeof(Object*)));
    if (!garbage) {
      err_no_memory();
      return -1;
    }
    Object** items = list_items(o);
    ssize n = size_of(o);
    // Item i goes; what follows it up to the next one (to the end after the
    // last) moves left by i + 1.  Indices are computed from i, never stepped
    // past the last one (a step may be as large as PTRDIFF_MAX).
    for (ssize i = 0; i < slicelen; i++) {
      ssize cur = start + i * step;
      ssize next = i + 1 < slicelen ? cur + step : n;
      garbage[i] = items[cur];
      std::memmove(items + cur - i, items + cur + 1, size_t(next - cur - 1) * sizeof(Object*));
    }
    L(o)->ob_size = n - slicelen;
    list_resize(o, n - slicelen);
    for (ssize i = 0; i < slicelen; i++) decref(garbage[i]);
    std::free(garbage);
    return 0;
  }
  Object* seq = value == o ? list_slice(o, 0, size_of(o)) : seq_fast(value, "must assign iterable to extended slice");
  if (!seq) return -1;
  if (size_of(seq) != slicelen) {
    err_format(Exc_ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd", size_of(seq),
               slicelen);
    decref(seq);
    return -1;
  }
  if (slicelen == 0) {
    decref(seq);
    return 0;
  }
  Object** garbage = static_cast<Object**>(std::malloc(size_t(slicelen) * sizeof(Object*)));
  if (!garbage) {
    decref(seq);
    err_no_memory();
    return -1;
  }
  Object** src = fast_items(seq);
  Object** items = list_items(o);
  for (ssize i = 0; i < slicelen; i++) {
    ssize cur = start + i * step;
    garbage[i] = items[cur];
    items[cur] = newref(src[i]);
  }
  for (ssize i = 0; i < slicelen; i++) decref(garbage[i]);
  std::free(garbage);
  decref(seq);
  return 0;
}

Object* list_concat(Object* a, Object* b) {
  if (!is_list(a)) return notimpl_ref();
  if (!is_list(b)) return cont::seq_concat_fallback(a, b, list_concat, "list");
  ssize na = size_of(a), nb = size_of(b);
  Object* r = list_new(na + nb);
  if (!r) return nullptr;
  for (ssize i = 0; i < na; i++) list_set_steal(r, i, newref(list_get(a, i)));
  for (ssize i = 0; i < nb; i++) list_set_steal(r, na + i, newref(list_get(b, i)));
  return r;
}

Object* list_repeat(Object* a, ssize n) {
  ssize len = size_of(a);
  if (n <= 0 || len == 0) return list_new(0);
  if (len > PTRDIFF_MAX / 16 / n) return err_no_memory();
  Object* r = list_new(len * n);
  if (!r) return nullptr;
  Object** d = list_items(r);
  Object** s = list_items(a);
  for (ssize k = 0; k < n; k++)
    for (ssize i = 0; i < len; i++) *d++ = newref(s[i]);
  return r;
}

Object* list_multiply(Object* a, Object* b) {
  return cont::seq_multiply(a, b, is_list_obj, list_repeat, list_multiply);
}

Object* list_inplace_concat(Object* a, Object* b) {
  if (!is_list(a)) return notimpl_ref();
  if (list_extend(a, b) < 0) return nullptr;
  return newref(a);
}

Object* list_inplace_repeat(Object* a, Object* b) {
  if (!is_list(a) || !cont::has_index(b)) return notimpl_ref();
  ssize n = number_as_ssize(b, Exc_OverflowError);
  if (n == -1 && err_occurred()) return nullptr;
  ssize len = size_of(a);
  if (len == 0 || n == 1) return newref(a);
  if (n <= 0) {
    list_clear_items(a);
    return newref(a);
  }
  if (len > PTRDIFF_MAX / 16 / n) return err_no_memory();
  if (list_resize(a, len * n) < 0) return nullptr;
  Object** items = list_items(a);
  for (ssize k = 1; k < n; k++)
    for (ssize i = 0; i < len; i++) items[k * len + i] = newref(items[i]);
  return newref(a);
}

Object* list_iter(Object* o) { return list_iter_new(o); }

Object* list_tp_new(TypeObject* type, Object* const*, ssize, Object*) {
  if (type == &ListType) return list_new(0);
  auto* op = static_cast<ListObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!op) return nullptr;
  op->items = nullptr;
  op->ob_size = 0;
  op->allocated = 0;
  gc_track(op);
  return op;
}

int list_tp_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  // Keywords are refused unless a subclass's own __new__ may want them (as CPython).
  TypeObject* t = type_of(self);
  if ((t == &ListType || t->tp_new == ListType.tp_new) && !cont::check_no_kw("list", kwnames)) return -1;
  if (!cont::check_nargs("list", nargs, 0, 1)) return -1;
  if (size_of(self)) list_clear_items(self);
  if (nargs && list_extend(self, args[0]) < 0) return -1;
  return 0;
}

// ---- methods ---------------------------------------------------------------------
Object* m_append(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.append", kwnames) || !cont::check_one_arg("list.append", nargs)) return nullptr;
  if (list_append(self, args[0]) < 0) return nullptr;
  return none_ref();
}

Object* m_extend(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.extend", kwnames) || !cont::check_one_arg("list.extend", nargs)) return nullptr;
  if (list_extend(self, args[0]) < 0) return nullptr;
  return none_ref();
}

Object* m_insert(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.insert", kwnames) || !cont::check_nargs("insert", nargs, 2, 2)) return nullptr;
  ssize i = number_as_ssize(args[0], Exc_OverflowError);
  if (i == -1 && err_occurred()) return nullptr;
  ssize n = size_of(self);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (list_resize(self, n + 1) < 0) return nullptr;
  Object** items = list_items(self);
  std::memmove(items + i + 1, items + i, size_t(n - i) * sizeof(Object*));
  items[i] = newref(args[1]);
  return none_ref();
}

Object* m_pop(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.pop", kwnames) || !cont::check_nargs("pop", nargs, 0, 1)) return nullptr;
  ssize i = -1;
  if (nargs) {
    i = number_as_ssize(args[0], Exc_OverflowError);
    if (i == -1 && err_occurred()) return nullptr;
  }
  ssize n = size_of(self);
  if (n == 0) return err_format_null(Exc_IndexError, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return err_format_null(Exc_IndexError, "pop index out of range");
  Object** items = list_items(self);
  Object* v = items[i];
  if (i == n - 1) {
    if (list_resize(self, n - 1) < 0) return nullptr;
    return v;
  }
  std::memmove(items + i, items + i + 1, size_t(n - i - 1) * sizeof(Object*));
  if (list_resize(self, n - 1) < 0) return nullptr;
  return v;
}

Object* m_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.remove", kwnames) || !cont::check_one_arg("list.remove", nargs)) return nullptr;
  for (ssize i = 0; i < size_of(self); i++) {
    Object* item = newref(list_get(self, i));
    int k = object_richcompare_bool(item, args[0], CMP_EQ);
    decref(item);
    if (k < 0) return nullptr;
    if (k) {
      if (list_ass_slice_items(self, i, i + 1, nullptr, 0) < 0) return nullptr;
      return none_ref();
    }
  }
  return err_format_null(Exc_ValueError, "list.remove(x): x not in list");
}

Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.index", kwnames) || !cont::check_nargs("index", nargs, 1, 3)) return nullptr;
  ssize start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !cont::index_arg(args[1], &start)) return nullptr;
  if (nargs > 2 && !cont::index_arg(args[2], &stop)) return nullptr;
  if (start < 0) {
    start += size_of(self);
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += size_of(self);
    if (stop < 0) stop = 0;
  }
  for (ssize i = start; i < stop && i < size_of(self); i++) {
    Object* item = newref(list_get(self, i));
    int k = object_richcompare_bool(item, args[0], CMP_EQ);
    decref(item);
    if (k < 0) return nullptr;
    if (k) return int_from_i64(i);
  }
  Object* r = object_repr(args[0]);
  if (!r) return nullptr;
  err_format(Exc_ValueError, "%s is not in list", str_utf8(r));
  decref(r);
  return nullptr;
}

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.count", kwnames) || !cont::check_one_arg("list.count", nargs)) return nullptr;
  ssize c = 0;
  for (ssize i = 0; i < size_of(self); i++) {
    Object* item = newref(list_get(self, i));
    int k = object_richcompare_bool(item, args[0], CMP_EQ);
    decref(item);
    if (k < 0) return nullptr;
    c += k;
  }
  return int_from_i64(c);
}

Object* m_clear(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.clear", kwnames) || !cont::check_nargs("clear", nargs, 0, 0)) return nullptr;
  list_clear_items(self);
  return none_ref();
}

Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.copy", kwnames) || !cont::check_nargs("copy", nargs, 0, 0)) return nullptr;
  return list_slice(self, 0, size_of(self));
}

Object* m_reverse(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("list.reverse", kwnames) || !cont::check_nargs("reverse", nargs, 0, 0)) return nullptr;
  Object** items = list_items(self);
  for (ssize i = 0, j = size_of(self) - 1; i < j; i++, j--) std::swap(items[i], items[j]);
  return none_ref();
}

Object* m_sort(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs) return err_format_null(Exc_TypeError, "sort() takes no positional arguments");
  Object* key = nullptr;
  bool reverse = false;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (ssize i = 0; i < nkw; i++) {
    Object* name = tuple_get(kwnames, i);
    Object* v = args[nargs + i];
    if (str_eq_cstr(name, "key")) {
      key = v;
    } else if (str_eq_cstr(name, "reverse")) {
      if (is_bool(v)) {
        reverse = v == True;
      } else {
        ssize r = number_as_ssize(v, Exc_OverflowError);
        if (r == -1 && err_occurred()) return nullptr;
        reverse = r != 0;
      }
    } else {
      return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for sort()", str_utf8(name));
    }
  }
  if (list_sort(self, key, reverse) < 0) return nullptr;
  return none_ref();
}

Object* m_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_nargs("__reversed__", nargs, 0, 0)) return nullptr;
  return list_reversed_iter_new(self);
}

Object* m_sizeof(Object* self, Object* const*, ssize, Object*) {
  return int_from_i64(int64_t(type_of(self)->tp_basicsize) + int64_t(L(self)->allocated > 0 ? L(self)->allocated : 0) *
                                                                  int64_t(sizeof(Object*)));
}

MethodDef list_methods[] = {
    {"append", m_append, METH_DEFAULT, "Append object to the end of the list."},
    {"extend", m_extend, METH_DEFAULT, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, METH_DEFAULT, "Insert object before index."},
    {"pop", m_pop, METH_DEFAULT, "Remove and return item at index (default last)."},
    {"remove", m_remove, METH_DEFAULT, "Remove first occurrence of value."},
    {"index", m_index, METH_DEFAULT, "Return first index of value."},
    {"count", m_count, METH_DEFAULT, "Return number of occurrences of value."},
    {"clear", m_clear, METH_DEFAULT, "Remove all items from list."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of the list."},
    {"reverse", m_reverse, METH_DEFAULT, "Reverse *IN PLACE*."},
    {"sort", m_sort, METH_DEFAULT, "Sort the list in ascending order and return None."},
    {"__reversed__", m_reversed, METH_DEFAULT, "Return a reverse iterator over the list."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Return the size of the list in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr}};

// ---- iterators --------------------------------------------------------------------
Object* listiter_alloc(TypeObject* type, Object* l, ssize index) {
  auto* it = static_cast<ListIterObject*>(alloc_object(type, sizeof(ListIterObject)));
  if (!it) return nullptr;
  it->index = index;
  it->seq = newref(l);
  gc_track(it);
  return it;
}
void listiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<ListIterObject*>(o)->seq);
  free_object(o);
}
int listiter_traverse(Object* o, visitproc visit, void* arg) {
  Object* s = static_cast<ListIterObject*>(o)->seq;
  return s ? visit(s, arg) : 0;
}
int listiter_clear(Object* o) {
  clearref(static_cast<ListIterObject*>(o)->seq);
  return 0;
}
Object* listiter_next(Object* o) {
  auto* it = static_cast<ListIterObject*>(o);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index < size_of(seq)) return newref(list_get(seq, it->index++));
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}
Object* listiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  auto* it = static_cast<ListIterObject*>(self);
  ssize n = it->seq ? size_of(it->seq) - it->index : 0;
  return int_from_i64(n < 0 ? 0 : n);
}
Object* listreviter_next(Object* o) {
  auto* it = static_cast<ListIterObject*>(o);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index >= 0 && it->index < size_of(seq)) return newref(list_get(seq, it->index--));
  it->index = -1;
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}
Object* listreviter_length_hint(Object* self, Object* const*, ssize, Object*) {
  auto* it = static_cast<ListIterObject*>(self);
  ssize n = it->seq && it->index < size_of(it->seq) ? it->index + 1 : 0;
  return int_from_i64(n);
}
// Pickling, as CPython: iter(list) or reversed(list) moved to the index;
// iter([]) once exhausted.
Object* listiter_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<ListIterObject*>(self);
  if (!it->seq) return cont::iter_reduce_exhausted(list_new(0));
  return cont::iter_reduce_indexed(type_of(self) == &ListIterType ? "iter" : "reversed", it->seq, it->index);
}
Object* listiter_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "__setstate__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<ListIterObject*>(self);
  ssize index;
  bool forward = type_of(self) == &ListIterType;
  ssize n = it->seq ? size_of(it->seq) : 0;
  if (!cont::iter_state_index(args[0], forward ? 0 : -1, forward ? n : n - 1, &index)) return nullptr;
  if (it->seq) it->index = index;
  return none_ref();
}
MethodDef listiter_methods[] = {{"__length_hint__", listiter_length_hint, METH_DEFAULT, nullptr},
                                {"__reduce__", listiter_reduce, METH_DEFAULT, "Return state information for pickling."},
                                {"__setstate__", listiter_setstate, METH_DEFAULT, "Set state information for unpickling."},
                                {nullptr, nullptr, 0, nullptr}};
MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, METH_DEFAULT, nullptr},
    {"__reduce__", listiter_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"__setstate__", listiter_setstate, METH_DEFAULT, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr}};

void init_iter_type(TypeObject& t, const char* name, unaryfunc next, MethodDef* methods) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(ListIterObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  t.tp_dealloc = listiter_dealloc;
  t.tp_traverse = listiter_traverse;
  t.tp_clear = listiter_clear;
  t.tp_iter = object_self_iter;
  t.tp_iternext = next;
  t.tp_methods = methods;
  init_static_object(&t, &TypeType);
}

}  // namespace

// ---- public API -------------------------------------------------------------------
int list_append(Object* l, Object* v) {
  ListObject* self = L(l);
  ssize n = self->ob_size;
  if (n < self->allocated) {
    self->items[n] = newref(v);
    self->ob_size = n + 1;
    return 0;
  }
  if (list_resize(l, n + 1) < 0) return -1;
  self->items[n] = newref(v);
  return 0;
}

int list_extend(Object* l, Object* iterable) {
  // A subclass extended with itself: its own __iter__ runs to the end first
  // (iterating while appending would never end), as CPython's PySequence_Fast.
  if (iterable == l && !is_list_exact(l)) {
    Object* items = sequence_list(l);
    if (!items) return -1;
    int r = list_extend(l, items);
    decref(items);
    return r;
  }
  // Exact lists and tuples are copied directly (a subclass may override __iter__).
  if (is_list_exact(iterable) || is_tuple_exact(iterable)) {
    ssize n = size_of(iterable);
    if (n == 0) return 0;
    ssize m = size_of(l);
    if (list_resize(l, m + n) < 0) return -1;
    Object** src = is_list(iterable) ? list_items(iterable) : tuple_items(iterable);
    Object** dst = list_items(l) + m;
    for (ssize i = 0; i < n; i++) dst[i] = newref(src[i]);
    return 0;
  }
  Object* it = object_get_iter(iterable);
  if (!it) return -1;
  unaryfunc next = type_of(it)->tp_iternext;
  ssize n = object_length_hint(iterable, 8);
  if (n < 0) {
    decref(it);
    return -1;
  }
  ssize m = size_of(l);
  if (m <= PTRDIFF_MAX - n) {
    if (list_resize(l, m + n) < 0) {
      decref(it);
      return -1;
    }
    L(l)->ob_size = m;
  }
  for (;;) {
    Object* item = next(it);
    if (!item) {
      if (err_occurred()) {
        if (!err_matches(Exc_StopIteration)) {
          decref(it);
          return -1;
        }
        err_clear();
      }
      break;
    }
    ListObject* self = L(l);
    if (self->ob_size < self->allocated) {
      self->items[self->ob_size++] = item;
    } else {
      int r = list_append(l, item);
      decref(item);
      if (r < 0) {
        decref(it);
        return -1;
      }
    }
  }
  decref(it);
  if (size_of(l) < L(l)->allocated && list_resize(l, size_of(l)) < 0) return -1;
  return 0;
}

Object* list_as_tuple(Object* l) { return tuple_from_array(list_items(l), size_of(l)); }

Object* list_from_array(Object* const* items, ssize n) {
  Object* l = list_new(n);
  if (!l) return nullptr;
  for (ssize i = 0; i < n; i++) list_set_steal(l, i, newref(items[i]));
  return l;
}

Object* list_slice(Object* l, ssize lo, ssize hi) {
  ssize n = size_of(l);
  if (lo < 0) lo = 0;
  if (hi > n) hi = n;
  if (hi < lo) hi = lo;
  return list_from_array(list_items(l) + lo, hi - lo);
}

int list_ass_slice_items(Object* l, ssize lo, ssize hi, Object* const* v, ssize n) {
  ssize size = size_of(l);
  if (lo < 0) lo = 0;
  else if (lo > size) lo = size;
  if (hi < lo) hi = lo;
  else if (hi > size) hi = size;
  ssize norig = hi - lo;
  ssize d = n - norig;
  if (size + d == 0) return list_clear_items(l);
  // Keep the replaced items alive until the list is consistent again.
  Object* small[8];
  Object** recycle = small;
  if (norig > 8) {
    recycle = static_cast<Object**>(std::malloc(size_t(norig) * sizeof(Object*)));
    if (!recycle) {
      err_no_memory();
      return -1;
    }
  }
  Object** items = list_items(l);
  if (norig) std::memcpy(recycle, items + lo, size_t(norig) * sizeof(Object*));
  if (d < 0) {
    std::memmove(items + hi + d, items + hi, size_t(size - hi) * sizeof(Object*));
    list_resize(l, size + d);
    items = list_items(l);
  } else if (d > 0) {
    if (list_resize(l, size + d) < 0) {
      if (recycle != small) std::free(recycle);
      return -1;
    }
    items = list_items(l);
    std::memmove(items + hi + d, items + hi, size_t(size - hi) * sizeof(Object*));
  }
  for (ssize k = 0; k < n; k++) items[lo + k] = newref(v[k]);
  for (ssize k = norig - 1; k >= 0; k--) xdecref(recycle[k]);
  if (recycle != small) std::free(recycle);
  return 0;
}

Object* list_iter_new(Object* l) { return listiter_alloc(&ListIterType, l, 0); }
Object* list_reversed_iter_new(Object* l) { return listiter_alloc(&ListRevIterType, l, size_of(l) - 1); }

void list_fini() {
  while (list_numfree) free_object(list_free_list[--list_numfree]);
  tuple_fini();
}

void init_list_types() {
  TypeObject& t = ListType;
  t.tp_name = "list";
  t.tp_basicsize = sizeof(ListObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLE | TPFLAG_LIST_SUBCLASS;
  t.tp_doc = "list(iterable=(), /)\n--\n\nBuilt-in mutable sequence.";
  t.tp_dealloc = list_dealloc;
  t.tp_repr = list_repr;
  t.tp_richcompare = list_richcompare;
  t.tp_iter = list_iter;
  t.tp_new = list_tp_new;
  t.tp_init = list_tp_init;
  t.tp_traverse = list_traverse;
  t.tp_clear = list_clear_items;
  t.nb_add = list_concat;
  t.nb_multiply = list_multiply;
  t.nb_inplace_add = list_inplace_concat;
  t.nb_inplace_multiply = list_inplace_repeat;
  t.mp_length = list_length;
  t.mp_subscript = list_subscript;
  t.mp_ass_subscript = list_ass_subscript;
  t.sq_contains = list_contains;
  t.tp_methods = list_methods;
  init_static_object(&t, &TypeType);
  init_iter_type(ListIterType, "list_iterator", listiter_next, listiter_methods);
  init_iter_type(ListRevIterType, "list_reverseiterator", listreviter_next, listreviter_methods);
}

}  // namespace rt

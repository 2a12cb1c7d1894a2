// collections.deque and its iterators (_collections._deque_iterator,
// _collections._deque_reverse_iterator).
//
// Layout: a ring buffer.  items[cap] with cap 0 or a power of two; the deque
// is items[head], items[head+1], ... (indexes mod cap), len of them.  Both
// ends grow and shrink in O(1) (amortised: the buffer doubles when full and
// halves when a quarter full); indexing is O(1); rotate moves min(n, len-n)
// pointers (none when the buffer is full: only head moves).  CPython uses a
// list of 64-slot blocks instead; nothing a script sees depends on it except
// __sizeof__.
//
// Invariants: every slot in the window holds a reference; slots outside it
// are garbage.  maxlen >= 0 bounds len: an append past it drops the item at
// the other end.  `state` changes whenever items are added or removed or
// their order changes by rotation (not by reverse() or d[i] = x, as in
// CPython): iterators and the scanning methods (count, index, remove, in,
// comparisons) compare it with the value they started with and raise
// "deque mutated during iteration" when a callback changed the deque under
// them.  Items are never read through a pointer kept across a call that may
// run Python code.
#include "_collections.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string>

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace stdlib::collections {
using namespace rt;

TypeObject DequeType, DequeIterType, DequeRevIterType;

namespace {

struct DequeObject : Object {
  Object** items;
  ssize cap;
  ssize head;
  ssize len;
  ssize maxlen;  // -1: unbounded
  uint64_t state;
  Object* weakreflist;  // weak references to this deque (not owned)
};
DequeObject* D(Object* o) { return static_cast<DequeObject*>(o); }
bool is_deque(const Object* o) { return is_instance_of(const_cast<Object*>(o), &DequeType); }

inline Object*& slot(DequeObject* d, ssize i) { return d->items[(d->head + i) & (d->cap - 1)]; }

// Move the window into a buffer of newcap slots (newcap >= len, a power of two).
bool reallocate(DequeObject* d, ssize newcap) {
  auto** items = static_cast<Object**>(std::malloc(size_t(newcap) * sizeof(Object*)));
  if (!items) {
    err_no_memory();
    return false;
  }
  for (ssize i = 0; i < d->len; i++) items[i] = slot(d, i);
  std::free(d->items);
  d->items = items;
  d->cap = newcap;
  d->head = 0;
  return true;
}

bool reserve_one(DequeObject* d) {
  if (d->len < d->cap) return true;
  if (d->cap > PTRDIFF_MAX / ssize(2 * sizeof(Object*))) {
    err_no_memory();
    return false;
  }
  return reallocate(d, d->cap ? d->cap * 2 : 8);
}

void maybe_shrink(DequeObject* d) {
  if (d->cap > 32 && d->len < d->cap / 4 && !reallocate(d, d->cap / 2)) err_clear();  // keeping the buffer is fine
}

// The item at the left or right end, removed (the reference passes to the caller).  len > 0.
Object* take_left(DequeObject* d) {
  Object* x = slot(d, 0);
  d->head = (d->head + 1) & (d->cap - 1);
  d->len--;
  d->state++;
  return x;
}
Object* take_right(DequeObject* d) {
  Object* x = slot(d, d->len - 1);
  d->len--;
  d->state++;
  return x;
}

// Append (stealing item), then trim the other end to maxlen.
int push_right(DequeObject* d, Object* item_steal) {
  if (!reserve_one(d)) {
    decref(item_steal);
    return -1;
  }
  d->len++;
  slot(d, d->len - 1) = item_steal;
  d->state++;
  if (d->maxlen >= 0 && d->len > d->maxlen) decref(take_left(d));
  return 0;
}
int push_left(DequeObject* d, Object* item_steal) {
  if (!reserve_one(d)) {
    decref(item_steal);
    return -1;
  }
  d->head = (d->head - 1) & (d->cap - 1);
  d->len++;
  slot(d, 0) = item_steal;
  d->state++;
  if (d->maxlen >= 0 && d->len > d->maxlen) decref(take_right(d));
  return 0;
}

// Empty the deque, then drop the items (their finalizers see an empty deque).
void deque_clear_items(DequeObject* d) {
  if (d->len == 0 && !d->items) return;
  Object** items = d->items;
  ssize cap = d->cap, head = d->head, len = d->len;
  d->items = nullptr;
  d->cap = d->head = d->len = 0;
  d->state++;
  for (ssize i = 0; i < len; i++) decref(items[(head + i) & (cap - 1)]);
  std::free(items);
}

// Rotate right by n (left for n < 0).
void rotate(DequeObject* d, ssize n) {
  ssize len = d->len, half = len >> 1;
  if (len <= 1) return;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  d->state++;
  ssize mask = d->cap - 1;
  if (len == d->cap) {
    d->head = (d->head - n) & mask;
    return;
  }
  for (; n > 0; n--) {
    Object* x = slot(d, len - 1);
    d->head = (d->head - 1) & mask;
    slot(d, 0) = x;
  }
  for (; n < 0; n++) {
    Object* x = slot(d, 0);
    d->head = (d->head + 1) & mask;
    slot(d, len - 1) = x;
  }
}

// Remove the item at i (0 <= i < len), shifting the shorter side; returns it.
Object* take_at(DequeObject* d, ssize i) {
  Object* x = slot(d, i);
  if (i < d->len / 2) {
    for (ssize j = i; j > 0; j--) slot(d, j) = slot(d, j - 1);
    d->head = (d->head + 1) & (d->cap - 1);
  } else {
    for (ssize j = i; j < d->len - 1; j++) slot(d, j) = slot(d, j + 1);
  }
  d->len--;
  d->state++;
  return x;
}

// Insert item (stolen) before position i (0 < i < len), shifting the shorter side.
int insert_at(DequeObject* d, ssize i, Object* item_steal) {
  if (!reserve_one(d)) {
    decref(item_steal);
    return -1;
  }
  if (i < d->len / 2) {
    d->head = (d->head - 1) & (d->cap - 1);
    d->len++;
    for (ssize j = 0; j < i; j++) slot(d, j) = slot(d, j + 1);
  } else {
    d->len++;
    for (ssize j = d->len - 1; j > i; j--) slot(d, j) = slot(d, j - 1);
  }
  slot(d, i) = item_steal;
  d->state++;
  return 0;
}

int deque_extend_impl(DequeObject* d, Object* iterable, bool left);

// ---- construction ------------------------------------------------------------------------
Object* deque_new(TypeObject* type, Object* const*, ssize, Object*) {
  auto* d = native::alloc<DequeObject>(type);
  if (!d) return nullptr;
  d->maxlen = -1;
  gc_track(d);
  return d;
}

int deque_init(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!native::parse("deque", args, nargs, kwnames, "|iterable,maxlen", a, native::ArgStyle::Getargs)) return -1;
  ssize maxlen = -1;
  if (a[1] && a[1] != None) {
    if (!native::ssize_from_int(a[1], &maxlen)) return -1;
    if (maxlen < 0) {
      err_set_string(Exc_ValueError, "maxlen must be non-negative");
      return -1;
    }
  }
  DequeObject* d = D(o);
  d->maxlen = maxlen;
  if (d->len > 0) deque_clear_items(d);
  if (a[0]) return deque_extend_impl(d, a[0], false);
  return 0;
}

// Deeply nested deques are freed through the container trashcan (exact
// deques only: a subclass instance comes here from subtype_dealloc, which
// must not run twice).
void deque_dealloc(Object* o) {
  bool exact = type_of(o) == &DequeType;
  if (exact && !cont::trash_begin(o)) return;
  gc_untrack(o);
  clear_weakrefs(o);
  deque_clear_items(D(o));
  free_object(o);
  if (exact) cont::trash_end();
}

int deque_traverse(Object* o, visitproc visit, void* arg) {
  DequeObject* d = D(o);
  for (ssize i = 0; i < d->len; i++)
    if (int r = visit(slot(d, i), arg)) return r;
  return 0;
}

int deque_tp_clear(Object* o) {
  deque_clear_items(D(o));
  return 0;
}

// ---- appending and extending ------------------------------------------------------------------
int deque_extend_impl(DequeObject* d, Object* iterable, bool left) {
  if (iterable == d) {
    Object* copy = sequence_list(iterable);
    if (!copy) return -1;
    int r = deque_extend_impl(d, copy, left);
    decref(copy);
    return r;
  }
  Object* it = object_get_iter(iterable);
  if (!it) return -1;
  unaryfunc next = type_of(it)->tp_iternext;
  Object* item;
  while ((item = next(it)) != nullptr) {
    if (d->maxlen == 0) {
      decref(item);
      continue;
    }
    if ((left ? push_left(d, item) : push_right(d, item)) < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  if (err_occurred()) {
    if (!err_matches(Exc_StopIteration)) return -1;
    err_clear();
  }
  return 0;
}

Object* m_append(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("deque.append", kwnames) || !cont::check_one_arg("deque.append", nargs)) return nullptr;
  if (push_right(D(self), newref(args[0])) < 0) return nullptr;
  return none_ref();
}
Object* m_appendleft(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("deque.appendleft", kwnames) || !cont::check_one_arg("deque.appendleft", nargs))
    return nullptr;
  if (push_left(D(self), newref(args[0])) < 0) return nullptr;
  return none_ref();
}
Object* m_extend(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("deque.extend", kwnames) || !cont::check_one_arg("deque.extend", nargs)) return nullptr;
  if (deque_extend_impl(D(self), args[0], false) < 0) return nullptr;
  return none_ref();
}
Object* m_extendleft(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("deque.extendleft", kwnames) || !cont::check_one_arg("deque.extendleft", nargs))
    return nullptr;
  if (deque_extend_impl(D(self), args[0], true) < 0) return nullptr;
  return none_ref();
}

Object* pop_end(Object* self, ssize nargs, Object* kwnames, const char* qualname, bool left) {
  if (!native::check_no_args(qualname, nargs, kwnames)) return nullptr;
  DequeObject* d = D(self);
  if (d->len == 0) return err_format_null(Exc_IndexError, "pop from an empty deque");
  Object* x = left ? take_left(d) : take_right(d);
  maybe_shrink(d);
  return x;
}
Object* m_pop(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return pop_end(self, nargs, kwnames, "deque.pop", false);
}
Object* m_popleft(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return pop_end(self, nargs, kwnames, "deque.popleft", true);
}

Object* m_clear(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("deque.clear", nargs, kwnames)) return nullptr;
  deque_clear_items(D(self));
  return none_ref();
}

// ---- copying, repetition, concatenation -------------------------------------------------
Object* deque_copy(Object* self) {
  DequeObject* d = D(self);
  if (type_of(self) == &DequeType) {
    Object* c = deque_new(&DequeType, nullptr, 0, nullptr);
    if (!c) return nullptr;
    D(c)->maxlen = d->maxlen;
    if (deque_extend_impl(D(c), self, false) < 0) {
      decref(c);
      return nullptr;
    }
    return c;
  }
  Object* r;
  Object* type = static_cast<Object*>(type_of(self));
  if (d->maxlen < 0) {
    r = call1(type, self);
  } else {
    Object* m = int_from_i64(d->maxlen);
    if (!m) return nullptr;
    r = call2(type, self, m);
    decref(m);
  }
  if (r && !is_deque(r)) {
    err_format(Exc_TypeError, "%s() must return a deque, not %s", type_of(self)->tp_name, type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("deque.copy", nargs, kwnames)) return nullptr;
  return deque_copy(self);
}
Object* m_dunder_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("deque.__copy__", nargs, kwnames)) return nullptr;
  return deque_copy(self);
}

// d *= n: the items n times over, keeping only the last maxlen.
Object* inplace_repeat(Object* self, ssize n) {
  DequeObject* d = D(self);
  ssize size = d->len;
  if (size == 0 || n == 1) return newref(self);
  if (n <= 0) {
    deque_clear_items(d);
    return newref(self);
  }
  if (size_t(size) > size_t(PTRDIFF_MAX) / size_t(n)) return err_no_memory();
  if (d->maxlen >= 0 && n * size > d->maxlen) n = (d->maxlen + size - 1) / size;
  Object* seq = sequence_list(self);
  if (!seq) return nullptr;
  for (ssize i = 0; i < n - 1; i++) {
    if (deque_extend_impl(d, seq, false) < 0) {
      decref(seq);
      return nullptr;
    }
  }
  decref(seq);
  return newref(self);
}

Object* deque_repeat(Object* self, ssize n) {
  Object* c = deque_copy(self);
  if (!c) return nullptr;
  Object* r = inplace_repeat(c, n);
  decref(c);
  return r;
}

Object* deque_multiply(Object* a, Object* b) { return cont::seq_multiply(a, b, is_deque, deque_repeat, deque_multiply); }

Object* deque_inplace_multiply(Object* a, Object* b) {
  if (!is_deque(a) || !cont::has_index(b)) return notimpl_ref();
  ssize n = number_as_ssize(b, Exc_OverflowError);
  if (n == -1 && err_occurred()) return nullptr;
  return inplace_repeat(a, n);
}

Object* deque_add(Object* a, Object* b) {
  if (!is_deque(a)) return notimpl_ref();
  if (!is_deque(b)) return cont::seq_concat_fallback(a, b, deque_add, "deque");
  Object* c = deque_copy(a);
  if (!c) return nullptr;
  if (deque_extend_impl(D(c), b, false) < 0) {
    decref(c);
    return nullptr;
  }
  return c;
}

Object* deque_inplace_add(Object* a, Object* b) {
  if (!is_deque(a)) return notimpl_ref();
  if (deque_extend_impl(D(a), b, false) < 0) return nullptr;
  return newref(a);
}

// ---- searching -----------------------------------------------------------------------------
Object* mutated_error(TypeObject* exc) {
  err_set_string(exc, "deque mutated during iteration");
  return nullptr;
}

// Compare item i with v (EQ); -2: the deque changed meanwhile (error set), -1: error.
int compare_at(DequeObject* d, ssize i, Object* v, uint64_t start_state, TypeObject* mutated_exc) {
  Object* item = newref(slot(d, i));
  int cmp = object_richcompare_bool(item, v, CMP_EQ);
  decref(item);
  if (cmp < 0) return -1;
  if (d->state != start_state) {
    mutated_error(mutated_exc);
    return -1;
  }
  return cmp;
}

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("deque.count", kwnames) || !cont::check_one_arg("deque.count", nargs)) return nullptr;
  DequeObject* d = D(self);
  uint64_t start = d->state;
  ssize n = d->len, count = 0;
  for (ssize i = 0; i < n; i++) {
    int cmp = compare_at(d, i, args[0], start, Exc_RuntimeError);
    if (cmp < 0) return nullptr;
    count += cmp;
  }
  return int_from_i64(count);
}

int deque_contains(Object* self, Object* v) {
  DequeObject* d = D(self);
  uint64_t start = d->state;
  ssize n = d->len;
  for (ssize i = 0; i < n; i++) {
    int cmp = compare_at(d, i, v, start, Exc_RuntimeError);
    if (cmp != 0) return cmp;
  }
  return 0;
}

Object* not_in_deque(Object* v) {
  Object* r = object_repr(v);
  if (!r) return nullptr;
  err_format(Exc_ValueError, "%s is not in deque", str_utf8(r));
  decref(r);
  return nullptr;
}

Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("deque.index", kwnames) || !native::check_getargs_count("index", nargs, 1, 3))
    return nullptr;
  DequeObject* d = D(self);
  ssize start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !cont::index_arg(args[1], &start)) return nullptr;
  if (nargs > 2 && !cont::index_arg(args[2], &stop)) return nullptr;
  ssize n = d->len;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  if (stop > n) stop = n;
  if (start > stop) start = stop;
  uint64_t state = d->state;
  for (ssize i = start; i < stop; i++) {
    int cmp = compare_at(d, i, args[0], state, Exc_RuntimeError);
    if (cmp < 0) return nullptr;
    if (cmp > 0) return int_from_i64(i);
  }
  return not_in_deque(args[0]);
}

Object* m_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("deque.remove", kwnames) || !cont::check_one_arg("deque.remove", nargs)) return nullptr;
  DequeObject* d = D(self);
  uint64_t state = d->state;
  ssize n = d->len;
  for (ssize i = 0; i < n; i++) {
    int cmp = compare_at(d, i, args[0], state, Exc_IndexError);
    if (cmp < 0) return nullptr;
    if (cmp > 0) {
      decref(take_at(d, i));
      maybe_shrink(d);
      return none_ref();
    }
  }
  return not_in_deque(args[0]);
}

// ---- reordering ---------------------------------------------------------------------------
Object* m_rotate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("deque.rotate", kwnames) || !cont::check_nargs("deque.rotate", nargs, 0, 1)) return nullptr;
  ssize n = 1;
  if (nargs && !native::ssize_arg(args[0], &n)) return nullptr;
  rotate(D(self), n);
  return none_ref();
}

Object* m_reverse(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("deque.reverse", nargs, kwnames)) return nullptr;
  DequeObject* d = D(self);
  for (ssize i = 0, j = d->len - 1; i < j; i++, j--) {
    Object* t = slot(d, i);
    slot(d, i) = slot(d, j);
    slot(d, j) = t;
  }
  return none_ref();
}

Object* m_insert(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("deque.insert", kwnames) || !native::check_getargs_count("insert", nargs, 2, 2))
    return nullptr;
  ssize index;
  if (!native::ssize_arg(args[0], &index)) return nullptr;
  DequeObject* d = D(self);
  ssize n = d->len;
  if (d->maxlen == n) return err_format_null(Exc_IndexError, "deque already at its maximum size");
  int r;
  if (index >= n) r = push_right(d, newref(args[1]));
  else if (index <= -n || index == 0) r = push_left(d, newref(args[1]));
  else r = insert_at(d, index < 0 ? n + index : index, newref(args[1]));
  if (r < 0) return nullptr;
  return none_ref();
}

// ---- sequence protocol -------------------------------------------------------------------
ssize deque_length(Object* self) { return D(self)->len; }

// The position for d[key]: an __index__ value, negative counted from the end.
bool item_index(DequeObject* d, Object* key, ssize* out) {
  if (!cont::has_index(key)) {
    err_format(Exc_TypeError, "sequence index must be integer, not '%s'", type_name(key));
    return false;
  }
  ssize i;
  if (!cont::index_value(key, &i)) return false;
  if (i < 0) i += d->len;
  if (i < 0 || i >= d->len) {
    err_set_string(Exc_IndexError, "deque index out of range");
    return false;
  }
  *out = i;
  return true;
}

Object* deque_subscript(Object* self, Object* key) {
  DequeObject* d = D(self);
  ssize i;
  if (!item_index(d, key, &i)) return nullptr;
  return newref(slot(d, i));
}

int deque_ass_subscript(Object* self, Object* key, Object* value) {
  DequeObject* d = D(self);
  ssize i;
  if (!item_index(d, key, &i)) return -1;
  if (!value) {
    decref(take_at(d, i));
    maybe_shrink(d);
    return 0;
  }
  Object* old = slot(d, i);
  slot(d, i) = newref(value);
  decref(old);
  return 0;
}

Object* deque_richcompare(Object* v, Object* w, int op) {
  if (!is_deque(v) || !is_deque(w)) return notimpl_ref();
  ssize vs = D(v)->len, ws = D(w)->len;
  if (op == CMP_EQ || op == CMP_NE) {
    if (v == w) return bool_ref(op == CMP_EQ);
    if (vs != ws) return bool_ref(op == CMP_NE);
  }
  Object* it1 = object_get_iter(v);
  if (!it1) return nullptr;
  Object* it2 = object_get_iter(w);
  if (!it2) {
    decref(it1);
    return nullptr;
  }
  Object* x = nullptr;
  Object* y = nullptr;
  Object* result = nullptr;
  for (;;) {
    x = iter_next(it1);
    if (!x && err_occurred()) goto done;
    y = iter_next(it2);
    if (!x || !y) break;
    {
      int b = object_richcompare_bool(x, y, CMP_EQ);
      if (b == 0) {
        result = object_richcompare(x, y, op);
        goto done;
      }
      if (b < 0) goto done;
    }
    clearref(x);
    clearref(y);
  }
  if (err_occurred()) goto done;
  switch (op) {
    case CMP_LT: result = bool_ref(y != nullptr); break;
    case CMP_LE: result = bool_ref(x == nullptr); break;
    case CMP_EQ: result = bool_ref(x == y); break;
    case CMP_NE: result = bool_ref(x != y); break;
    case CMP_GT: result = bool_ref(x != nullptr); break;
    case CMP_GE: result = bool_ref(y == nullptr); break;
  }
done:
  xdecref(x);
  xdecref(y);
  decref(it1);
  decref(it2);
  return result;
}

Object* deque_repr(Object* self) {
  int r = repr_enter(self);
  if (r != 0) return r < 0 ? nullptr : str_from_cstr("[...]");
  Object* list = sequence_list(self);
  Object* lr = list ? object_repr(list) : nullptr;
  xdecref(list);
  repr_leave(self);
  if (!lr) return nullptr;
  std::string s = native::short_name(type_of(self));
  s += "(";
  s += str_view(lr);
  decref(lr);
  if (D(self)->maxlen >= 0) s += ", maxlen=" + std::to_string(D(self)->maxlen);
  return str_from(s + ")");
}

Object* deque_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("deque.__reduce__", nargs, kwnames)) return nullptr;
  // The state is what __getstate__ says (3.11: None, the instance dict, or
  // (dict, slots)); without one, the non-empty instance dict or None.
  bool error = false;
  Object* getstate = object_lookup_attr(self, names::__getstate__, &error);
  if (error) return nullptr;
  Object* state;
  if (getstate) {
    state = call0(getstate);
    decref(getstate);
    if (!state) return nullptr;
  } else {
    Object** dp = object_dict_ptr(self);
    state = newref(dp && *dp && dict_size(*dp) ? *dp : None);
  }
  Object* it = object_get_iter(self);
  if (!it) {
    decref(state);
    return nullptr;
  }
  Object* args;
  if (D(self)->maxlen < 0) {
    args = empty_tuple();
  } else {
    Object* empty = empty_tuple();
    Object* m = int_from_i64(D(self)->maxlen);
    args = m ? tuple_pack(2, empty, m) : nullptr;
    decref(empty);
    xdecref(m);
  }
  Object* r = args ? tuple_pack(4, static_cast<Object*>(type_of(self)), args, state, it) : nullptr;
  xdecref(args);
  decref(state);
  decref(it);
  return r;
}

Object* get_maxlen(Object* self, void*) {
  if (D(self)->maxlen < 0) return none_ref();
  return int_from_i64(D(self)->maxlen);
}

// ---- iterators ---------------------------------------------------------------------------
// index: the next position (from the left for the forward iterator, from the
// right for the reverse one); counter: items left; state: the deque's at start.
struct DequeIterObject : Object {
  Object* deque;
  ssize index;
  ssize counter;
  uint64_t state;
};
using DequeIterRefs = RefFields<DequeIterObject, &DequeIterObject::deque>;

Object* dequeiter_make(TypeObject* type, Object* deque) {
  auto* it = native::alloc<DequeIterObject>(type);
  if (!it) return nullptr;
  it->deque = newref(deque);
  it->counter = D(deque)->len;
  it->state = D(deque)->state;
  gc_track(it);
  return it;
}

Object* dequeiter_next_impl(Object* o, bool reverse) {
  auto* it = static_cast<DequeIterObject*>(o);
  DequeObject* d = D(it->deque);
  if (d->state != it->state) {
    it->counter = 0;
    return mutated_error(Exc_RuntimeError);
  }
  if (it->counter == 0) return nullptr;
  Object* item = slot(d, reverse ? d->len - 1 - it->index : it->index);
  it->index++;
  it->counter--;
  return newref(item);
}
Object* dequeiter_next(Object* o) { return dequeiter_next_impl(o, false); }
Object* dequerev_next(Object* o) { return dequeiter_next_impl(o, true); }

Object* deque_iter(Object* self) { return dequeiter_make(&DequeIterType, self); }

Object* m_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("deque.__reversed__", nargs, kwnames)) return nullptr;
  return dequeiter_make(&DequeRevIterType, self);
}

// _deque_iterator(deque, index=0): a fresh iterator advanced by index (unpickling).
Object* dequeiter_new_impl(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames, unaryfunc next) {
  if (!no_kwargs(native::short_name(type), kwnames)) return nullptr;
  if (!native::check_getargs_count(native::short_name(type), nargs, 1, 2)) return nullptr;
  if (!is_deque(args[0]))
    return err_format_null(Exc_TypeError, "argument 1 must be collections.deque, not %s", type_name(args[0]));
  ssize index = 0;
  if (nargs > 1 && !native::ssize_arg(args[1], &index)) return nullptr;
  Object* it = dequeiter_make(type, args[0]);
  if (!it) return nullptr;
  for (ssize i = 0; i < index; i++) {
    Object* item = next(it);
    if (item) {
      decref(item);
      continue;
    }
    if (static_cast<DequeIterObject*>(it)->counter) {
      decref(it);
      return nullptr;
    }
    break;
  }
  return it;
}
Object* dequeiter_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  return dequeiter_new_impl(type, args, nargs, kwnames, dequeiter_next);
}
Object* dequerev_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  return dequeiter_new_impl(type, args, nargs, kwnames, dequerev_next);
}

Object* dequeiter_length_hint(Object* o, Object* const*, ssize, Object*) {
  return int_from_i64(static_cast<DequeIterObject*>(o)->counter);
}

Object* dequeiter_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* it = static_cast<DequeIterObject*>(o);
  Object* pos = int_from_i64(D(it->deque)->len - it->counter);
  if (!pos) return nullptr;
  Object* args = tuple_pack(2, it->deque, pos);
  decref(pos);
  if (!args) return nullptr;
  Object* r = tuple_pack(2, static_cast<Object*>(type_of(o)), args);
  decref(args);
  return r;
}

MethodDef deque_methods[] = {
    {"append", m_append, METH_DEFAULT, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, METH_DEFAULT, "Add an element to the left side of the deque."},
    {"clear", m_clear, METH_DEFAULT, "Remove all elements from the deque."},
    {"__copy__", m_dunder_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"count", m_count, METH_DEFAULT, "D.count(value) -- return number of occurrences of value"},
    {"extend", m_extend, METH_DEFAULT, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", m_extendleft, METH_DEFAULT, "Extend the left side of the deque with elements from the iterable"},
    {"index", m_index, METH_DEFAULT,
     "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."},
    {"insert", m_insert, METH_DEFAULT, "D.insert(index, object) -- insert object before index"},
    {"pop", m_pop, METH_DEFAULT, "Remove and return the rightmost element."},
    {"popleft", m_popleft, METH_DEFAULT, "Remove and return the leftmost element."},
    {"__reduce__", deque_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"remove", m_remove, METH_DEFAULT, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", m_reversed, METH_DEFAULT, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", m_reverse, METH_DEFAULT, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", m_rotate, METH_DEFAULT, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef deque_getset[] = {
    {"maxlen", get_maxlen, nullptr, "maximum size of a deque or None if unbounded", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef dequeiter_methods[] = {
    {"__length_hint__", native::noargs<dequeiter_length_hint, native::kLengthHint>, METH_DEFAULT, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", native::noargs<dequeiter_reduce, native::kReduce>, METH_DEFAULT, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void fill_deque_types() {
  TypeObject& t = DequeType;
  t.tp_name = "collections.deque";
  t.tp_basicsize = sizeof(DequeObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE | TPFLAG_BASETYPE;
  t.tp_doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
             "A list-like sequence optimized for data accesses near its endpoints.";
  t.tp_new = deque_new;
  t.tp_init = deque_init;
  t.tp_dealloc = deque_dealloc;
  t.tp_traverse = deque_traverse;
  t.tp_clear = deque_tp_clear;
  t.tp_repr = deque_repr;
  t.tp_richcompare = deque_richcompare;
  t.tp_iter = deque_iter;
  t.mp_length = deque_length;
  t.mp_subscript = deque_subscript;
  t.mp_ass_subscript = deque_ass_subscript;
  t.sq_contains = deque_contains;
  t.nb_add = deque_add;
  t.nb_multiply = deque_multiply;
  t.nb_inplace_add = deque_inplace_add;
  t.nb_inplace_multiply = deque_inplace_multiply;
  t.tp_methods = deque_methods;
  t.tp_getset = deque_getset;
  t.tp_weaklistoffset = offsetof(DequeObject, weakreflist);

  native::iterator_type<DequeIterRefs>(DequeIterType, "_collections._deque_iterator", sizeof(DequeIterObject),
                                       dequeiter_next, 0, dequeiter_methods);
  DequeIterType.tp_new = dequeiter_new;
  native::iterator_type<DequeIterRefs>(DequeRevIterType, "_collections._deque_reverse_iterator",
                                       sizeof(DequeIterObject), dequerev_next, 0, dequeiter_methods);
  DequeRevIterType.tp_new = dequerev_new;
}

}  // namespace stdlib::collections

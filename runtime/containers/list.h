// list internals, plus small helpers shared by the container files
// (tuple.cpp list.cpp listsort.cpp dict.cpp dictviews.cpp set.cpp range.cpp
// slice.cpp iterobject.cpp).  The public container API is in runtime/api.h.
#pragma once
#include <string>

#include "runtime/api.h"

namespace rt {

// ---- start-up hooks of the container files (containers_init.cpp calls them) --
void init_tuple_types();  // TupleType, tuple iterator; the () singleton
void init_list_types();   // ListType, list iterators
void init_range_types();  // RangeType, range iterators
void init_slice_type();   // SliceType
void init_iter_types();   // seq/callable iterators, enumerate, zip, map, filter, reversed
void tuple_fini();        // empty the tuple free lists (called from list_fini)

extern TypeObject ListIterType, ListRevIterType, TupleIterType, RangeIterType, LongRangeIterType;
extern TypeObject SeqIterType, CallIterType;

// Iterators over lists, reversed lists and tuples (used by reversed() and the eval loop).
Object* list_iter_new(Object* l);
Object* list_reversed_iter_new(Object* l);
Object* tuple_iter_new(Object* t);
Object* range_reversed(Object* r);

// l[lo:hi] as a new list (clamped indexes).
Object* list_slice(Object* l, ssize lo, ssize hi);
// Replace l[lo:hi] by the n items v (increfs them); -1 on error.
int list_ass_slice_items(Object* l, ssize lo, ssize hi, Object* const* v, ssize n);
// Resize keeping the items; new slots are uninitialised.
int list_resize(Object* l, ssize newsize);

namespace cont {

// CPython's argument-count checks for built-in methods:
//   "pop expected at most 1 argument, got 2", "insert expected 2 arguments, got 1".
bool check_nargs(const char* name, ssize nargs, ssize min, ssize max);
// "list.append() takes no keyword arguments" (qualname is "list.append").
bool check_no_kw(const char* qualname, Object* kwnames);
// "list.append() takes exactly one argument (0 given)".
bool check_one_arg(const char* qualname, ssize nargs);
// Arity checks of methods that take no argument / exactly one (CPython's
// METH_NOARGS / METH_O), named after the built-in type that defines them, the
// first non-heap type among self's bases: "list_iterator.__reduce__() takes
// no arguments (1 given)", "deque.append() takes exactly one argument (0 given)".
bool method_noargs(Object* self, const char* method, ssize nargs, Object* kwnames);
bool method_onearg(Object* self, const char* method, ssize nargs, Object* kwnames);
// TypeError "unhashable type: 'list'" (built-in containers leave tp_hash null instead, so
// type_ready sets __hash__ = None; this is for callers that need the error).
hash_t hash_unhashable(Object* o);
// The integer value of an index (exact small ints fast, else __index__), for
// sequence subscripts; IndexError "cannot fit 'int' into an index-sized integer"
// on overflow.  Returns false with an error set.
bool index_value(Object* key, ssize* out);
// start/stop arguments of index(): an __index__ value, clamped to the ssize
// range; TypeError "slice indices must be integers or have an __index__ method".
bool index_arg(Object* o, ssize* out);
inline bool has_index(Object* o) { return type_of(o)->nb_index != nullptr; }
// Append repr(item) for each item, separated by ", ".  Items are read through
// get(i) each time since a repr may mutate the container (n re-read by len()).
template <class Len, class Get>
bool append_reprs(std::string& out, Len len, Get get) {
  for (ssize i = 0; i < len(); i++) {
    Object* item = get(i);
    incref(item);
    Object* r = object_repr(item);
    decref(item);
    if (!r) return false;
    if (i) out += ", ";
    out += str_view(r);
    decref(r);
  }
  return true;
}
// nb_multiply for a sequence type: seq * n and n * seq; other operand types
// get a chance through their own slot, then "can't multiply sequence by
// non-int of type 'str'".
Object* seq_multiply(Object* a, Object* b, bool (*is_me)(const Object*), Object* (*repeat)(Object*, ssize),
                     binaryfunc me);
// nb_add for a sequence type whose concatenation only accepts its own kind.
Object* seq_concat_fallback(Object* a, Object* b, binaryfunc me, const char* tname);
// Lexicographic rich comparison of two sequences (lists may change while
// items compare, so sizes and items are re-read through len/get).
template <class Len, class Get>
Object* seq_richcompare(Object* v, Object* w, int op, Len len, Get get) {
  ssize i = 0;
  for (;; i++) {
    if (i >= len(v) || i >= len(w)) break;
    Object* a = get(v, i);
    Object* b = get(w, i);
    if (a == b) continue;
    incref(a);
    incref(b);
    int k = object_richcompare_bool(a, b, CMP_EQ);
    decref(a);
    decref(b);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  ssize vl = len(v), wl = len(w);
  if (i >= vl || i >= wl) {
    bool r = false;
    switch (op) {
      case CMP_LT: r = vl < wl; break;
      case CMP_LE: r = vl <= wl; break;
      case CMP_EQ: r = vl == wl; break;
      case CMP_NE: r = vl != wl; break;
      case CMP_GT: r = vl > wl; break;
      case CMP_GE: r = vl >= wl; break;
    }
    return bool_ref(r);
  }
  if (op == CMP_EQ) return bool_ref(false);
  if (op == CMP_NE) return bool_ref(true);
  Object* a = get(v, i);
  Object* b = get(w, i);
  incref(a);
  incref(b);
  Object* r = object_richcompare(a, b, op);
  decref(a);
  decref(b);
  return r;
}

// The pickling protocol of the built-in iterators (runtime/iterobject.cpp):
// their __reduce__ returns (builtins.<name>, args) or (builtins.<name>, args,
// state) as CPython's do; these steal args and state (state may be null).
Object* iter_reduce(const char* builtin, Object* args_steal, Object* state_steal);
// (builtins.<name>, (seq,), index): the form of the iterators over a sequence.
Object* iter_reduce_indexed(const char* builtin, Object* seq, ssize index);
// (builtins.iter, (seq,)): an iterator over what seq_steal holds (an empty
// sequence for an exhausted iterator, the items left for set and dict iterators).
Object* iter_reduce_exhausted(Object* seq_steal);
// __setstate__ of an indexed iterator: the state as an ssize clamped to
// [lo, hi]; TypeError "an integer is required" for anything but an int.
bool iter_state_index(Object* state, ssize lo, ssize hi, ssize* out);
// The __reduce__ / __setstate__ pair of a forward iterator whose struct has
// `seq` (null once exhausted) and `index`: (iter, (seq,), index), or
// iter(Exhausted()) once exhausted; the state is clamped to [0, Len(seq)].
template <class It, Object* (*Exhausted)()>
Object* indexed_iter_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<It*>(self);
  if (!it->seq) return iter_reduce_exhausted(Exhausted());
  return iter_reduce_indexed("iter", it->seq, it->index);
}
template <class It, auto Len>
Object* indexed_iter_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!method_onearg(self, "__setstate__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<It*>(self);
  ssize index;
  if (!iter_state_index(args[0], 0, it->seq ? Len(it->seq) : 0, &index)) return nullptr;
  if (it->seq) it->index = index;
  return none_ref();
}

// A simple "trashcan": deallocating deeply nested containers must not
// overflow the C stack.  Past a depth limit, an exact container's dealloc is
// deferred and run when the outermost dealloc finishes.
//   void x_dealloc(Object* o) { if (!cont::trash_begin(o)) return; ...; cont::trash_end(); }
bool trash_begin(Object* o);
void trash_end();

}  // namespace cont
}  // namespace rt

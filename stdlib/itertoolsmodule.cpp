// itertools: the module and its simple iterators (count, cycle, repeat,
// accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
// islice, pairwise, zip_longest).  The combinatoric iterators live in
// itertools_combinatorics.cpp, tee and groupby in itertools_tee.cpp.
//
// Every iterator follows CPython 3.11 where a script can tell: the values,
// the order in which it pulls from its inputs and calls its functions, its
// TypeErrors/ValueErrors word for word, its repr, and the __reduce__ /
// __setstate__ pair that pickle and copy use (deprecated in 3.12, present in
// 3.11).  Each object holding references is a GC object; fields that hold
// an input iterator are cleared once it is exhausted, so a finished iterator
// keeps nothing alive.
#include "itertools.h"

#include <string>

#include "modules.h"

namespace stdlib {
using namespace rt;

namespace itertools {

TypeObject CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropWhileType,
    TakeWhileType, FilterFalseType, StarMapType, ISliceType, PairwiseType, ZipLongestType;

Object* ssize_tuple(const ssize* v, ssize n) {
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (ssize i = 0; i < n; i++) tuple_set_steal(t, i, nullptr);
  for (ssize i = 0; i < n; i++) {
    Object* x = int_from_i64(v[i]);
    if (!x) {
      for (ssize j = i; j < n; j++) tuple_set_steal(t, j, none_ref());
      decref(t);
      return nullptr;
    }
    tuple_set_steal(t, i, x);
  }
  return t;
}

namespace {

constexpr ssize SSIZE_MAX_ = PTRDIFF_MAX;

Object* type_obj(Object* o) { return static_cast<Object*>(type_of(o)); }

// (type(o), args) and (type(o), args, state): the shapes __reduce__ returns.
Object* reduce2(Object* o, Object* args_steal) {
  if (!args_steal) return nullptr;
  Object* r = tuple_pack(2, type_obj(o), args_steal);
  decref(args_steal);
  return r;
}
Object* reduce3(Object* o, Object* args_steal, Object* state_steal) {
  if (!args_steal || !state_steal) {
    xdecref(args_steal);
    xdecref(state_steal);
    return nullptr;
  }
  Object* r = tuple_pack(3, type_obj(o), args_steal, state_steal);
  decref(args_steal);
  decref(state_steal);
  return r;
}

bool state_is_tuple(Object* state) {
  if (is_tuple(state)) return true;
  err_set_string(Exc_TypeError, "state is not a tuple");
  return false;
}

// Python's truth of pred(item) (or of item itself when pred is None or bool).
int predicate(Object* func, Object* item) {
  if (func == None || func == static_cast<Object*>(&BoolType)) return object_is_true(item);
  Object* good = call1(func, item);
  if (!good) return -1;
  int ok = object_is_true(good);
  decref(good);
  return ok;
}

// ---- count ---------------------------------------------------------------------------
// Fast mode: the next value is cnt (an ssize) and the step is int 1.  Slow
// mode (cnt == SSIZE_MAX): the next value is long_cnt, any number, and each
// step adds long_step.  Fast mode switches to slow mode when cnt would pass
// the ssize range.
struct CountObject : Object {
  ssize cnt;
  Object* long_cnt;   // slow mode only
  Object* long_step;  // always set
};
using CountRefs = RefFields<CountObject, &CountObject::long_cnt, &CountObject::long_step>;

// "__complex__" (not in names.def: the identifier is a GCC keyword), interned
// and made immortal when the module is first imported.
Object* complex_name = nullptr;

bool is_number(Object* o) {
  TypeObject* t = type_of(o);
  return t->nb_index || t->nb_int || t->nb_float || type_lookup(t, complex_name);
}

Object* count_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!native::parse("count", args, nargs, kwnames, "|start,step", a, native::ArgStyle::Getargs)) return nullptr;
  Object* start = a[0];
  Object* step = a[1];
  if ((start && !is_number(start)) || (step && !is_number(step))) {
    err_set_string(Exc_TypeError, "a number is required");
    return nullptr;
  }
  bool slow = false;
  ssize cnt = 0;
  if (start) {
    if (is_int(start)) {
      if (int_fits_i64(start)) cnt = ssize(int_as_i64(start));
      else slow = true;
    } else {
      slow = true;
    }
  }
  Object* long_step = step ? newref(step) : int_from_i64(1);
  if (!is_int(long_step) || !int_fits_i64(long_step) || int_as_i64(long_step) != 1) slow = true;
  auto* c = native::alloc<CountObject>(type);
  if (!c) {
    decref(long_step);
    return nullptr;
  }
  c->long_step = long_step;
  if (slow) {
    c->cnt = SSIZE_MAX_;
    c->long_cnt = start ? newref(start) : int_from_i64(0);
  } else {
    c->cnt = cnt;
    if (cnt == SSIZE_MAX_) c->long_cnt = int_from_i64(cnt);
  }
  gc_track(c);
  return c;
}

Object* count_next(Object* o) {
  auto* c = static_cast<CountObject*>(o);
  if (c->cnt != SSIZE_MAX_) return int_from_i64(c->cnt++);
  if (!c->long_cnt) {
    c->long_cnt = int_from_i64(SSIZE_MAX_);
    if (!c->long_cnt) return nullptr;
  }
  Object* stepped = number_binop(c->long_cnt, c->long_step, BINOP_ADD);
  if (!stepped) return nullptr;
  Object* r = c->long_cnt;
  c->long_cnt = stepped;
  return r;
}

bool step_is_one(Object* step) {
  return is_int(step) && int_fits_i64(step) && int_as_i64(step) == 1;
}

Object* count_repr(Object* o) {
  auto* c = static_cast<CountObject*>(o);
  std::string s = native::short_name(type_of(o));
  if (c->cnt != SSIZE_MAX_) return str_from(s + "(" + std::to_string(c->cnt) + ")");
  // The reprs run Python code that may advance this count: hold the values.
  Object* cnt = newref(c->long_cnt);
  Object* step = newref(c->long_step);
  Object* cr = object_repr(cnt);
  Object* sr = cr && !step_is_one(step) ? object_repr(step) : nullptr;
  bool ok = cr && (sr || step_is_one(step));
  if (ok) {
    s += "(";
    s += str_view(cr);
    if (sr) {
      s += ", ";
      s += str_view(sr);
    }
    s += ")";
  }
  xdecref(cr);
  xdecref(sr);
  decref(cnt);
  decref(step);
  return ok ? str_from(s) : nullptr;
}

Object* count_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* c = static_cast<CountObject*>(o);
  if (c->cnt == SSIZE_MAX_) return reduce2(o, tuple_pack(2, c->long_cnt, c->long_step));
  Object* n = int_from_i64(c->cnt);
  if (!n) return nullptr;
  Object* args = tuple_pack(1, n);
  decref(n);
  return reduce2(o, args);
}

// ---- cycle ---------------------------------------------------------------------------
// First pass: items come from `it` and are saved; then `saved` is replayed
// from `index` for ever (nothing when the input was empty).
struct CycleObject : Object {
  Object* it;     // null once exhausted
  Object* saved;  // list
  ssize index;
  bool firstpass;
};
using CycleRefs = RefFields<CycleObject, &CycleObject::it, &CycleObject::saved>;

Object* cycle_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (native::new_rejects_kwargs(type, &CycleType) && !no_kwargs("cycle", kwnames)) return nullptr;
  if (!cont::check_nargs("cycle", nargs, 1, 1)) return nullptr;
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  Object* saved = list_new(0);
  auto* c = saved ? native::alloc<CycleObject>(type) : nullptr;
  if (!c) {
    decref(it);
    xdecref(saved);
    return nullptr;
  }
  c->it = it;
  c->saved = saved;
  gc_track(c);
  return c;
}

Object* cycle_next(Object* o) {
  auto* c = static_cast<CycleObject*>(o);
  if (c->it) {
    Object* item = native::next_of(c->it);
    if (item) {
      if (!c->firstpass && list_append(c->saved, item) < 0) {
        decref(item);
        return nullptr;
      }
      return item;
    }
    if (err_occurred()) {
      if (!err_matches(Exc_StopIteration)) return nullptr;
      err_clear();
    }
    clearref(c->it);
  }
  ssize n = size_of(c->saved);
  if (n == 0) return nullptr;
  if (c->index >= n) c->index = 0;
  Object* item = newref(list_get(c->saved, c->index));
  if (++c->index >= n) c->index = 0;
  return item;
}

Object* cycle_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* c = static_cast<CycleObject*>(o);
  if (c->it) return reduce3(o, tuple_pack(1, c->it), tuple_pack(2, c->saved, c->firstpass ? True : False));
  // Exhausted input: a fresh iterator over the saved items, positioned at index.
  Object* it = object_get_iter(c->saved);
  if (!it) return nullptr;
  for (ssize i = 0; i < c->index; i++) {
    Object* x = iter_next(it);
    if (!x) break;
    decref(x);
  }
  if (err_occurred()) {
    decref(it);
    return nullptr;
  }
  Object* args = tuple_pack(1, it);
  decref(it);
  return reduce3(o, args, tuple_pack(2, c->saved, True));
}

Object* cycle_setstate(Object* o, Object* const* args, ssize nargs, Object*) {
  auto* c = static_cast<CycleObject*>(o);
  Object* state = args[0];
  if (!state_is_tuple(state)) return nullptr;
  if (size_of(state) != 2)
    return err_format_null(Exc_TypeError, "function takes exactly 2 arguments (%zd given)", size_of(state));
  Object* saved = tuple_get(state, 0);
  if (!is_list(saved))
    return err_format_null(Exc_TypeError, "argument 1 must be list, not %s", type_name(saved));
  Object* fp = tuple_get(state, 1);
  if (!is_int(fp))
    return err_format_null(Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(fp));
  int t = object_is_true(fp);
  if (t < 0) return nullptr;
  setref(c->saved, newref(saved));
  c->firstpass = t != 0;
  c->index = 0;
  return none_ref();
}

// ---- repeat --------------------------------------------------------------------------
struct RepeatObject : Object {
  Object* element;
  ssize cnt;  // -1: for ever
};
using RepeatRefs = RefFields<RepeatObject, &RepeatObject::element>;

Object* repeat_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!native::parse("repeat", args, nargs, kwnames, "object|times", a, native::ArgStyle::Getargs)) return nullptr;
  ssize cnt = -1;
  if (a[1]) {
    if (!native::ssize_arg(a[1], &cnt)) return nullptr;
    if (cnt < 0) cnt = 0;
  }
  auto* r = native::alloc<RepeatObject>(type);
  if (!r) return nullptr;
  r->element = newref(a[0]);
  r->cnt = cnt;
  gc_track(r);
  return r;
}

Object* repeat_next(Object* o) {
  auto* r = static_cast<RepeatObject*>(o);
  if (r->cnt == 0) return nullptr;
  if (r->cnt > 0) r->cnt--;
  return newref(r->element);
}

Object* repeat_repr(Object* o) {
  auto* r = static_cast<RepeatObject*>(o);
  Object* er = object_repr(r->element);
  if (!er) return nullptr;
  std::string s = native::short_name(type_of(o));
  s += "(";
  s += str_view(er);
  decref(er);
  if (r->cnt >= 0) s += ", " + std::to_string(r->cnt);
  return str_from(s + ")");
}

Object* repeat_length_hint(Object* o, Object* const*, ssize, Object*) {
  auto* r = static_cast<RepeatObject*>(o);
  if (r->cnt == -1) return err_format_null(Exc_TypeError, "len() of unsized object");
  return int_from_i64(r->cnt);
}

Object* repeat_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* r = static_cast<RepeatObject*>(o);
  if (r->cnt < 0) return reduce2(o, tuple_pack(1, r->element));
  Object* n = int_from_i64(r->cnt);
  if (!n) return nullptr;
  Object* args = tuple_pack(2, r->element, n);
  decref(n);
  return reduce2(o, args);
}

// ---- chain ---------------------------------------------------------------------------
struct ChainObject : Object {
  Object* source;  // iterator over the iterables; null once exhausted
  Object* active;  // iterator over the current iterable, or null
};
using ChainRefs = RefFields<ChainObject, &ChainObject::source, &ChainObject::active>;

Object* chain_make(TypeObject* type, Object* source_steal) {
  auto* c = native::alloc<ChainObject>(type);
  if (!c) {
    decref(source_steal);
    return nullptr;
  }
  c->source = source_steal;
  gc_track(c);
  return c;
}

Object* chain_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (native::new_rejects_kwargs(type, &ChainType) && !no_kwargs("chain", kwnames)) return nullptr;
  Object* t = tuple_from_array(args, nargs);
  if (!t) return nullptr;
  Object* source = object_get_iter(t);
  decref(t);
  if (!source) return nullptr;
  return chain_make(type, source);
}

Object* chain_from_iterable(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("chain.from_iterable", kwnames)) return nullptr;
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "chain.from_iterable() takes exactly one argument (%zd given)", nargs);
  Object* source = object_get_iter(args[0]);
  if (!source) return nullptr;
  return chain_make(static_cast<TypeObject*>(cls), source);
}

Object* chain_next(Object* o) {
  auto* c = static_cast<ChainObject*>(o);
  while (c->source) {
    if (!c->active) {
      Object* iterable = iter_next(c->source);
      if (!iterable) {
        clearref(c->source);
        return nullptr;
      }
      c->active = object_get_iter(iterable);
      decref(iterable);
      if (!c->active) {
        clearref(c->source);
        return nullptr;
      }
    }
    Object* item = native::next_of(c->active);
    if (item) return item;
    if (err_occurred()) {
      if (!err_matches(Exc_StopIteration)) return nullptr;
      err_clear();
    }
    clearref(c->active);
  }
  return nullptr;
}

Object* chain_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* c = static_cast<ChainObject*>(o);
  if (!c->source) return reduce2(o, empty_tuple());
  Object* state = c->active ? tuple_pack(2, c->source, c->active) : tuple_pack(1, c->source);
  return reduce3(o, empty_tuple(), state);
}

bool is_iterator(Object* o) {
  auto next = type_of(o)->tp_iternext;
  return next != nullptr;
}

Object* chain_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* c = static_cast<ChainObject*>(o);
  Object* state = args[0];
  if (!state_is_tuple(state)) return nullptr;
  ssize n = size_of(state);
  if (n < 1 || n > 2)
    return err_format_null(Exc_TypeError, "function takes at %s %d argument%s (%zd given)", n < 1 ? "least" : "most",
                           n < 1 ? 1 : 2, n < 1 ? "" : "s", n);
  Object* source = tuple_get(state, 0);
  Object* active = n > 1 ? tuple_get(state, 1) : nullptr;
  if (!is_iterator(source) || (active && !is_iterator(active)))
    return err_format_null(Exc_TypeError, "Arguments must be iterators.");
  setref(c->source, newref(source));
  setref(c->active, xnewref(active));
  return none_ref();
}

// Callable from C++: chain((first,), it).
Object* chain_of_one_and(Object* first, Object* it) {
  Object* head = tuple_pack(1, first);
  if (!head) return nullptr;
  Object* a[2] = {head, it};
  Object* r = call(static_cast<Object*>(&ChainType), a, 2);
  decref(head);
  return r;
}

// ---- accumulate ----------------------------------------------------------------------
struct AccumulateObject : Object {
  Object* total;    // null before the first item
  Object* it;
  Object* binop;    // null: addition
  Object* initial;  // None once used (or when not given)
};
using AccumulateRefs = RefFields<AccumulateObject, &AccumulateObject::total, &AccumulateObject::it,
                                         &AccumulateObject::binop, &AccumulateObject::initial>;

Object* accumulate_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (!native::parse("accumulate", args, nargs, kwnames, "iterable|func$initial", a)) return nullptr;
  Object* it = object_get_iter(a[0]);
  if (!it) return nullptr;
  auto* acc = native::alloc<AccumulateObject>(type);
  if (!acc) {
    decref(it);
    return nullptr;
  }
  acc->it = it;
  acc->binop = a[1] && a[1] != None ? newref(a[1]) : nullptr;
  acc->initial = newref(a[2] ? a[2] : None);
  gc_track(acc);
  return acc;
}

Object* accumulate_next(Object* o) {
  auto* acc = static_cast<AccumulateObject*>(o);
  if (acc->initial != None) {
    setref(acc->total, acc->initial);
    acc->initial = none_ref();
    return newref(acc->total);
  }
  Object* val = native::next_of(acc->it);
  if (!val) return nullptr;
  if (!acc->total) {
    acc->total = val;
    return newref(val);
  }
  Object* old = newref(acc->total);  // the function may re-enter this iterator
  Object* total = acc->binop ? call2(acc->binop, old, val) : number_binop(old, val, BINOP_ADD);
  decref(old);
  decref(val);
  if (!total) return nullptr;
  setref(acc->total, newref(total));
  return total;
}

Object* accumulate_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* acc = static_cast<AccumulateObject*>(o);
  Object* func = acc->binop ? acc->binop : None;
  if (acc->initial != None) {
    Object* it = chain_of_one_and(acc->initial, acc->it);
    if (!it) return nullptr;
    Object* args = tuple_pack(2, it, func);
    decref(it);
    return reduce3(o, args, none_ref());
  }
  if (acc->total == None) {
    // A total of None cannot go through __setstate__ (None means "no total
    // yet"): replay it as the first item and skip it with islice.
    Object* it = chain_of_one_and(None, acc->it);
    if (!it) return nullptr;
    Object* a[2] = {it, func};
    Object* again = call(type_obj(o), a, 2);
    decref(it);
    if (!again) return nullptr;
    Object* one = int_from_i64(1);
    Object* args = tuple_pack(3, again, one, None);
    decref(again);
    decref(one);
    if (!args) return nullptr;
    Object* r = tuple_pack(2, static_cast<Object*>(&ISliceType), args);
    decref(args);
    return r;
  }
  return reduce3(o, tuple_pack(2, acc->it, func), newref(acc->total ? acc->total : None));
}

Object* accumulate_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* acc = static_cast<AccumulateObject*>(o);
  setref(acc->total, newref(args[0]));
  return none_ref();
}

// ---- compress ------------------------------------------------------------------------
struct CompressObject : Object {
  Object* data;
  Object* selectors;
};
using CompressRefs = RefFields<CompressObject, &CompressObject::data, &CompressObject::selectors>;

Object* compress_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!native::parse("compress", args, nargs, kwnames, "data,selectors", a, native::ArgStyle::Getargs)) return nullptr;
  Object* data = object_get_iter(a[0]);
  if (!data) return nullptr;
  Object* selectors = object_get_iter(a[1]);
  auto* c = selectors ? native::alloc<CompressObject>(type) : nullptr;
  if (!c) {
    decref(data);
    xdecref(selectors);
    return nullptr;
  }
  c->data = data;
  c->selectors = selectors;
  gc_track(c);
  return c;
}

Object* compress_next(Object* o) {
  auto* c = static_cast<CompressObject*>(o);
  for (;;) {
    Object* datum = native::next_of(c->data);
    if (!datum) return nullptr;
    Object* selector = native::next_of(c->selectors);
    if (!selector) {
      decref(datum);
      return nullptr;
    }
    int ok = object_is_true(selector);
    decref(selector);
    if (ok > 0) return datum;
    decref(datum);
    if (ok < 0) return nullptr;
  }
}

Object* compress_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* c = static_cast<CompressObject*>(o);
  return reduce2(o, tuple_pack(2, c->data, c->selectors));
}

// ---- dropwhile, takewhile, filterfalse, starmap: (func, iterator) pairs -----------------
struct FuncIterObject : Object {
  Object* func;
  Object* it;
  ssize flag;  // dropwhile: started yielding; takewhile: stopped
};
using FuncIterRefs = RefFields<FuncIterObject, &FuncIterObject::func, &FuncIterObject::it>;

Object* funciter_new(TypeObject* type, TypeObject* base, const char* name, Object* const* args, ssize nargs,
                     Object* kwnames) {
  if (native::new_rejects_kwargs(type, base) && !no_kwargs(name, kwnames)) return nullptr;
  if (!cont::check_nargs(name, nargs, 2, 2)) return nullptr;
  Object* it = object_get_iter(args[1]);
  if (!it) return nullptr;
  auto* f = native::alloc<FuncIterObject>(type);
  if (!f) {
    decref(it);
    return nullptr;
  }
  f->func = newref(args[0]);
  f->it = it;
  gc_track(f);
  return f;
}

Object* dropwhile_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  return funciter_new(type, &DropWhileType, "dropwhile", args, nargs, kwnames);
}
Object* takewhile_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  return funciter_new(type, &TakeWhileType, "takewhile", args, nargs, kwnames);
}
Object* filterfalse_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  return funciter_new(type, &FilterFalseType, "filterfalse", args, nargs, kwnames);
}
Object* starmap_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  return funciter_new(type, &StarMapType, "starmap", args, nargs, kwnames);
}

Object* dropwhile_next(Object* o) {
  auto* f = static_cast<FuncIterObject*>(o);
  for (;;) {
    Object* item = native::next_of(f->it);
    if (!item) return nullptr;
    if (f->flag) return item;
    Object* good = call1(f->func, item);
    if (!good) {
      decref(item);
      return nullptr;
    }
    int ok = object_is_true(good);
    decref(good);
    if (ok == 0) {
      f->flag = 1;
      return item;
    }
    decref(item);
    if (ok < 0) return nullptr;
  }
}

Object* takewhile_next(Object* o) {
  auto* f = static_cast<FuncIterObject*>(o);
  if (f->flag) return nullptr;
  Object* item = native::next_of(f->it);
  if (!item) return nullptr;
  Object* good = call1(f->func, item);
  if (!good) {
    decref(item);
    return nullptr;
  }
  int ok = object_is_true(good);
  decref(good);
  if (ok > 0) return item;
  decref(item);
  if (ok == 0) f->flag = 1;
  return nullptr;
}

Object* filterfalse_next(Object* o) {
  auto* f = static_cast<FuncIterObject*>(o);
  for (;;) {
    Object* item = native::next_of(f->it);
    if (!item) return nullptr;
    int ok = predicate(f->func, item);
    if (ok == 0) return item;
    decref(item);
    if (ok < 0) return nullptr;
  }
}

Object* starmap_next(Object* o) {
  auto* f = static_cast<FuncIterObject*>(o);
  Object* args = native::next_of(f->it);
  if (!args) return nullptr;
  if (!is_tuple_exact(args)) {
    Object* t = sequence_tuple(args);
    decref(args);
    if (!t) return nullptr;
    args = t;
  }
  Object* r = call(f->func, tuple_items(args), size_of(args));
  decref(args);
  return r;
}

Object* funciter_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* f = static_cast<FuncIterObject*>(o);
  return reduce2(o, tuple_pack(2, f->func, f->it));
}

Object* funciter_reduce_flag(Object* o, Object* const*, ssize, Object*) {
  auto* f = static_cast<FuncIterObject*>(o);
  Object* flag = int_from_i64(f->flag);
  if (!flag) return nullptr;
  return reduce3(o, tuple_pack(2, f->func, f->it), flag);
}

Object* funciter_setstate_flag(Object* o, Object* const* args, ssize, Object*) {
  auto* f = static_cast<FuncIterObject*>(o);
  int t = object_is_true(args[0]);
  if (t < 0) return nullptr;
  f->flag = t;
  return none_ref();
}

// ---- islice --------------------------------------------------------------------------
// Yields the items whose index (cnt counts the items pulled) is next, next +
// step, ... below stop (-1: no stop).  `it` is dropped when done.
struct ISliceObject : Object {
  Object* it;
  ssize next, stop, step, cnt;
};
using ISliceRefs = RefFields<ISliceObject, &ISliceObject::it>;

const char* const STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

// An islice bound: None keeps dflt; an index in the ssize range is itself;
// anything else (no __index__, out of range) reads as -1, which the caller
// reports as a ValueError.
ssize islice_bound(Object* o, ssize dflt) {
  if (o == None) return dflt;
  ssize v = number_as_ssize(o, Exc_OverflowError);
  if (v == -1 && err_occurred()) err_clear();
  return v;
}

Object* islice_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (native::new_rejects_kwargs(type, &ISliceType) && !no_kwargs("islice", kwnames)) return nullptr;
  if (!cont::check_nargs("islice", nargs, 2, 4)) return nullptr;
  ssize start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    if (args[1] != None) {
      stop = islice_bound(args[1], -1);
      if (stop == -1) return err_format_null(Exc_ValueError, "%s", STOP_MSG);
    }
  } else {
    start = islice_bound(args[1], 0);
    if (args[2] != None) {
      stop = islice_bound(args[2], -1);
      if (stop == -1) return err_format_null(Exc_ValueError, "%s", STOP_MSG);
    }
  }
  if (start < 0 || stop < -1)
    return err_format_null(Exc_ValueError,
                           "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (nargs == 4) step = islice_bound(args[3], 1);
  if (step < 1) return err_format_null(Exc_ValueError, "Step for islice() must be a positive integer or None.");
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  auto* s = native::alloc<ISliceObject>(type);
  if (!s) {
    decref(it);
    return nullptr;
  }
  s->it = it;
  s->next = start;
  s->stop = stop;
  s->step = step;
  gc_track(s);
  return s;
}

Object* islice_next(Object* o) {
  auto* s = static_cast<ISliceObject*>(o);
  if (!s->it) return nullptr;
  ssize stop = s->stop;
  while (s->cnt < s->next) {
    Object* item = native::next_of(s->it);
    if (!item) {
      clearref(s->it);
      return nullptr;
    }
    decref(item);
    s->cnt++;
  }
  if (stop != -1 && s->cnt >= stop) {
    clearref(s->it);
    return nullptr;
  }
  Object* item = native::next_of(s->it);
  if (!item) {
    clearref(s->it);
    return nullptr;
  }
  s->cnt++;
  ssize old = s->next;
  s->next = ssize(size_t(s->next) + size_t(s->step));
  if (s->next < old || (stop != -1 && s->next > stop)) s->next = stop;
  return item;
}

Object* islice_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* s = static_cast<ISliceObject*>(o);
  if (!s->it) {
    Object* empty = list_new(0);
    if (!empty) return nullptr;
    Object* it = object_get_iter(empty);
    decref(empty);
    if (!it) return nullptr;
    Object* zero = int_from_i64(0);
    Object* args = tuple_pack(2, it, zero);
    decref(it);
    return reduce3(o, args, zero);
  }
  Object* next = int_from_i64(s->next);
  Object* stop = s->stop == -1 ? none_ref() : int_from_i64(s->stop);
  Object* step = int_from_i64(s->step);
  Object* args = next && stop && step ? tuple_pack(4, s->it, next, stop, step) : nullptr;
  xdecref(next);
  xdecref(stop);
  xdecref(step);
  return reduce3(o, args, int_from_i64(s->cnt));
}

Object* islice_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* s = static_cast<ISliceObject*>(o);
  ssize cnt;
  if (!native::ssize_from_int(args[0], &cnt)) return nullptr;
  s->cnt = cnt;
  return none_ref();
}

// ---- pairwise ------------------------------------------------------------------------
struct PairwiseObject : Object {
  Object* it;   // null once exhausted
  Object* old;  // the previous item
};
using PairwiseRefs = RefFields<PairwiseObject, &PairwiseObject::it, &PairwiseObject::old>;

Object* pairwise_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (native::new_rejects_kwargs(type, &PairwiseType) && !no_kwargs("pairwise", kwnames)) return nullptr;
  if (!cont::check_nargs("pairwise", nargs, 1, 1)) return nullptr;
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  auto* p = native::alloc<PairwiseObject>(type);
  if (!p) {
    decref(it);
    return nullptr;
  }
  p->it = it;
  gc_track(p);
  return p;
}

Object* pairwise_next(Object* o) {
  auto* p = static_cast<PairwiseObject*>(o);
  if (!p->it) return nullptr;
  if (!p->old) {
    p->old = native::next_of(p->it);
    if (!p->old) {
      clearref(p->it);
      return nullptr;
    }
  }
  // The input may call back into this iterator: hold our own references.
  Object* old = newref(p->old);
  Object* item = p->it ? native::next_of(p->it) : nullptr;
  if (!item) {
    decref(old);
    clearref(p->it);
    clearref(p->old);
    return nullptr;
  }
  Object* r = tuple_pack(2, old, item);
  decref(old);
  setref(p->old, item);
  return r;
}

// ---- zip_longest ---------------------------------------------------------------------
// its[i] is null once input i is exhausted; numactive counts the others.
struct ZipLongestObject : Object {
  Object** its;
  ssize n;
  ssize numactive;
  Object* fillvalue;
};

void ziplongest_dealloc(Object* o) {
  auto* z = static_cast<ZipLongestObject*>(o);
  gc_untrack(o);
  for (ssize i = 0; i < z->n; i++) xdecref(z->its[i]);
  std::free(z->its);
  xdecref(z->fillvalue);
  free_object(o);
}

int ziplongest_traverse(Object* o, visitproc visit, void* arg) {
  auto* z = static_cast<ZipLongestObject*>(o);
  for (ssize i = 0; i < z->n; i++)
    if (z->its[i]) {
      if (int r = visit(z->its[i], arg)) return r;
    }
  return z->fillvalue ? visit(z->fillvalue, arg) : 0;
}

int ziplongest_clear(Object* o) {
  auto* z = static_cast<ZipLongestObject*>(o);
  for (ssize i = 0; i < z->n; i++) clearref(z->its[i]);
  z->numactive = 0;
  clearref(z->fillvalue);
  return 0;
}

Object* ziplongest_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* fillvalue = None;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (nkw > 0) {
    if (nkw != 1 || !str_equal(tuple_get(kwnames, 0), names::fillvalue))
      return err_format_null(Exc_TypeError, "zip_longest() got an unexpected keyword argument");
    fillvalue = args[nargs];
  }
  auto** its = static_cast<Object**>(std::calloc(size_t(nargs ? nargs : 1), sizeof(Object*)));
  if (!its) return err_no_memory();
  for (ssize i = 0; i < nargs; i++) {
    its[i] = object_get_iter(args[i]);
    if (!its[i]) {
      for (ssize j = 0; j < i; j++) decref(its[j]);
      std::free(its);
      return nullptr;
    }
  }
  auto* z = native::alloc<ZipLongestObject>(type);
  if (!z) {
    for (ssize j = 0; j < nargs; j++) decref(its[j]);
    std::free(its);
    return nullptr;
  }
  z->its = its;
  z->n = nargs;
  z->numactive = nargs;
  z->fillvalue = newref(fillvalue);
  gc_track(z);
  return z;
}

Object* ziplongest_next(Object* o) {
  auto* z = static_cast<ZipLongestObject*>(o);
  if (z->n == 0 || z->numactive == 0) return nullptr;
  Object* r = tuple_new(z->n);
  if (!r) return nullptr;
  for (ssize i = 0; i < z->n; i++) tuple_set_steal(r, i, nullptr);
  auto fail = [&] {
    for (ssize j = 0; j < z->n; j++)
      if (!tuple_get(r, j)) tuple_set_steal(r, j, none_ref());
    decref(r);
    return nullptr;
  };
  for (ssize i = 0; i < z->n; i++) {
    Object* item;
    Object* it = z->its[i];
    if (!it) {
      item = newref(z->fillvalue);
    } else {
      item = iter_next(it);
      if (!item) {
        z->numactive--;
        if (z->numactive == 0 || err_occurred()) {
          z->numactive = 0;
          return fail();
        }
        item = newref(z->fillvalue);
        z->its[i] = nullptr;
        decref(it);
      }
    }
    tuple_set_steal(r, i, item);
  }
  return r;
}

Object* ziplongest_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* z = static_cast<ZipLongestObject*>(o);
  Object* args = tuple_new(z->n);
  if (!args) return nullptr;
  for (ssize i = 0; i < z->n; i++) tuple_set_steal(args, i, z->its[i] ? newref(z->its[i]) : empty_tuple());
  return reduce3(o, args, newref(z->fillvalue));
}

Object* ziplongest_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* z = static_cast<ZipLongestObject*>(o);
  setref(z->fillvalue, newref(args[0]));
  return none_ref();
}

// ---- method tables -------------------------------------------------------------------
const char* const REDUCE_DOC = "Return state information for pickling.";
const char* const SETSTATE_DOC = "Set state information for unpickling.";

MethodDef count_methods[] = {{"__reduce__", native::noargs<count_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC}, {nullptr, nullptr, 0, nullptr}};
MethodDef cycle_methods[] = {{"__reduce__", native::noargs<cycle_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                             {"__setstate__", native::onearg<cycle_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                             {nullptr, nullptr, 0, nullptr}};
MethodDef repeat_methods[] = {{"__length_hint__", native::noargs<repeat_length_hint, native::kLengthHint>, METH_DEFAULT,
                               "Private method returning an estimate of len(list(it))."},
                              {"__reduce__", native::noargs<repeat_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                              {nullptr, nullptr, 0, nullptr}};
MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {"__reduce__", native::noargs<chain_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
    {"__setstate__", native::onearg<chain_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr}};
MethodDef accumulate_methods[] = {{"__reduce__", native::noargs<accumulate_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                                  {"__setstate__", native::onearg<accumulate_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                                  {nullptr, nullptr, 0, nullptr}};
MethodDef compress_methods[] = {{"__reduce__", native::noargs<compress_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                                {nullptr, nullptr, 0, nullptr}};
MethodDef funciter_methods[] = {{"__reduce__", native::noargs<funciter_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                                {nullptr, nullptr, 0, nullptr}};
MethodDef funciter_flag_methods[] = {{"__reduce__", native::noargs<funciter_reduce_flag, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                                     {"__setstate__", native::onearg<funciter_setstate_flag, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                                     {nullptr, nullptr, 0, nullptr}};
MethodDef islice_methods[] = {{"__reduce__", native::noargs<islice_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                              {"__setstate__", native::onearg<islice_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                              {nullptr, nullptr, 0, nullptr}};
MethodDef ziplongest_methods[] = {{"__reduce__", native::noargs<ziplongest_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                                  {"__setstate__", native::onearg<ziplongest_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                                  {nullptr, nullptr, 0, nullptr}};

MethodDef module_functions[] = {
    {"tee", tee_function, METH_DEFAULT, "tee(iterable, n=2) --> tuple of n independent iterators."},
    {nullptr, nullptr, 0, nullptr},
};

void fill_simple_types() {
  const uint64_t B = TPFLAG_BASETYPE;
  native::iterator_type<CountRefs>(CountType, "itertools.count", sizeof(CountObject), count_next, B, count_methods,
                                   "count(start=0, step=1): start, start+step, start+2*step, ...");
  CountType.tp_new = count_new;
  CountType.tp_repr = count_repr;
  native::iterator_type<CycleRefs>(CycleType, "itertools.cycle", sizeof(CycleObject), cycle_next, B, cycle_methods,
                                   "cycle(iterable): the items of iterable, then the same again, for ever.");
  CycleType.tp_new = cycle_new;
  native::iterator_type<RepeatRefs>(RepeatType, "itertools.repeat", sizeof(RepeatObject), repeat_next, B,
                                    repeat_methods, "repeat(object [,times]): object, times times or for ever.");
  RepeatType.tp_new = repeat_new;
  RepeatType.tp_repr = repeat_repr;
  native::iterator_type<AccumulateRefs>(AccumulateType, "itertools.accumulate", sizeof(AccumulateObject),
                                        accumulate_next, B, accumulate_methods,
                                        "accumulate(iterable, func=None, *, initial=None): running totals.");
  AccumulateType.tp_new = accumulate_new;
  native::iterator_type<ChainRefs>(ChainType, "itertools.chain", sizeof(ChainObject), chain_next, B, chain_methods,
                                   "chain(*iterables): the items of each iterable in turn.");
  ChainType.tp_new = chain_new;
  native::iterator_type<CompressRefs>(CompressType, "itertools.compress", sizeof(CompressObject), compress_next, B,
                                      compress_methods, "compress(data, selectors): the data whose selector is true.");
  CompressType.tp_new = compress_new;
  native::iterator_type<FuncIterRefs>(DropWhileType, "itertools.dropwhile", sizeof(FuncIterObject), dropwhile_next,
                                      B, funciter_flag_methods,
                                      "dropwhile(predicate, iterable): skip items while predicate holds.");
  DropWhileType.tp_new = dropwhile_new;
  native::iterator_type<FuncIterRefs>(TakeWhileType, "itertools.takewhile", sizeof(FuncIterObject), takewhile_next,
                                      B, funciter_flag_methods,
                                      "takewhile(predicate, iterable): items while predicate holds.");
  TakeWhileType.tp_new = takewhile_new;
  native::iterator_type<FuncIterRefs>(FilterFalseType, "itertools.filterfalse", sizeof(FuncIterObject),
                                      filterfalse_next, B, funciter_methods,
                                      "filterfalse(function or None, iterable): the items for which it is false.");
  FilterFalseType.tp_new = filterfalse_new;
  native::iterator_type<FuncIterRefs>(StarMapType, "itertools.starmap", sizeof(FuncIterObject), starmap_next, B,
                                      funciter_methods, "starmap(function, iterable): function(*args) for each.");
  StarMapType.tp_new = starmap_new;
  native::iterator_type<ISliceRefs>(ISliceType, "itertools.islice", sizeof(ISliceObject), islice_next, B,
                                    islice_methods,
                                    "islice(iterable, stop) or islice(iterable, start, stop[, step]).");
  ISliceType.tp_new = islice_new;
  native::iterator_type<PairwiseRefs>(PairwiseType, "itertools.pairwise", sizeof(PairwiseObject), pairwise_next, B,
                                      nullptr, "pairwise(iterable): overlapping pairs (s0, s1), (s1, s2), ...");
  PairwiseType.tp_new = pairwise_new;
  ZipLongestType.tp_name = "itertools.zip_longest";
  ZipLongestType.tp_basicsize = sizeof(ZipLongestObject);
  ZipLongestType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE | B;
  ZipLongestType.tp_dealloc = ziplongest_dealloc;
  ZipLongestType.tp_traverse = ziplongest_traverse;
  ZipLongestType.tp_clear = ziplongest_clear;
  ZipLongestType.tp_iter = object_self_iter;
  ZipLongestType.tp_iternext = ziplongest_next;
  ZipLongestType.tp_methods = ziplongest_methods;
  ZipLongestType.tp_new = ziplongest_new;
  ZipLongestType.tp_doc = "zip_longest(*iterables, fillvalue=None): zip, padding the shorter inputs.";
}

}  // namespace
}  // namespace itertools

Object* init_itertools_module() {
  using namespace itertools;
  if (!has_flag(&CountType, TPFLAG_READY)) {
    complex_name = str_intern_cstr("__complex__");
    if (!complex_name) return nullptr;
    make_immortal(complex_name);
    fill_simple_types();
    fill_combinatoric_types();
    fill_tee_types();
  }
  return native::make_module(
      "itertools", "Functional tools for creating and using iterators.", module_functions,
      {&CountType, &CycleType, &RepeatType, &AccumulateType, &ChainType, &CompressType, &DropWhileType,
       &TakeWhileType, &FilterFalseType, &StarMapType, &ISliceType, &PairwiseType, &ZipLongestType, &ProductType,
       &PermutationsType, &CombinationsType, &CwrType, &TeeType, &TeeDataType, &GroupByType, &GrouperType});
}

}  // namespace stdlib

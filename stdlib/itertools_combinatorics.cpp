// itertools' combinatoric iterators: product, permutations, combinations and
// combinations_with_replacement.
//
// Each keeps its pools as tuples, its position as an array of indices into
// them, and the result tuple it returned last.  next() advances the indices
// the way CPython 3.11 does (so the order of the results and the pickled
// state are the same) and rebuilds only the slots of the result that
// changed: in place when nobody else holds the previous result, in a copy
// otherwise (native::reusable_result).  `stopped` is set once the last
// result has been handed out; __reduce__ / __setstate__ carry the indices.
#include <cstdlib>
#include <cstring>

#include "itertools.h"

namespace stdlib::itertools {
using namespace rt;

TypeObject ProductType, PermutationsType, CombinationsType, CwrType;

namespace {

// Shared layout: pool(s), index arrays, the last result.
struct CombObject : Object {
  Object* pool;    // product: tuple of pools; the others: one tuple
  ssize* indices;  // product/combinations: len r (npools); permutations: len n
  ssize* cycles;   // permutations only (len r)
  Object* result;  // null before the first result
  ssize r;
  bool stopped;
};

void comb_dealloc(Object* o) {
  auto* c = static_cast<CombObject*>(o);
  gc_untrack(o);
  xdecref(c->pool);
  xdecref(c->result);
  std::free(c->indices);
  std::free(c->cycles);
  free_object(o);
}

int comb_traverse(Object* o, visitproc visit, void* arg) {
  auto* c = static_cast<CombObject*>(o);
  if (c->pool) {
    if (int r = visit(c->pool, arg)) return r;
  }
  return c->result ? visit(c->result, arg) : 0;
}

int comb_clear(Object* o) {
  auto* c = static_cast<CombObject*>(o);
  clearref(c->pool);
  clearref(c->result);
  c->stopped = true;
  return 0;
}

ssize* new_indices(ssize n) {
  auto* p = static_cast<ssize*>(std::calloc(size_t(n > 0 ? n : 1), sizeof(ssize)));
  if (!p) err_no_memory();
  return p;
}

// A new combinatoric object owning pool_steal and the arrays (freed on failure).
CombObject* comb_make(TypeObject* type, Object* pool_steal, ssize* indices, ssize* cycles, ssize r, bool stopped) {
  auto* c = native::alloc<CombObject>(type);
  if (!c) {
    decref(pool_steal);
    std::free(indices);
    std::free(cycles);
    return nullptr;
  }
  c->pool = pool_steal;
  c->indices = indices;
  c->cycles = cycles;
  c->r = r;
  c->stopped = stopped;
  gc_track(c);
  return c;
}

// A tuple of pool[idx[i]] for i < r.
Object* pick(Object* pool, const ssize* idx, ssize r) {
  Object* t = tuple_new(r);
  if (!t) return nullptr;
  for (ssize i = 0; i < r; i++) tuple_set_steal(t, i, newref(tuple_get(pool, idx[i])));
  return t;
}

// Clamped index from a pickled state item.
bool state_index(Object* o, ssize lo, ssize hi, ssize* out) {
  ssize v;
  if (!native::ssize_from_int(o, &v)) return false;
  if (v > hi) v = hi;
  if (v < lo) v = lo;
  *out = v;
  return true;
}

// ---- product -------------------------------------------------------------------------
Object* product_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  ssize repeat = 1;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (nkw) {
    Object* a[1];
    if (!native::parse("product", args + nargs, 0, kwnames, "|repeat", a, native::ArgStyle::Getargs)) return nullptr;
    if (a[0] && !native::ssize_arg(a[0], &repeat)) return nullptr;
    if (repeat < 0) return err_format_null(Exc_ValueError, "repeat argument cannot be negative");
  }
  ssize n = repeat == 0 ? 0 : nargs;
  if (repeat && size_t(n) > size_t(PTRDIFF_MAX) / sizeof(ssize) / size_t(repeat))
    return err_format_null(Exc_OverflowError, "repeat argument too large");
  ssize npools = n * repeat;
  Object* pools = tuple_new(npools);
  if (!pools) return nullptr;
  for (ssize i = 0; i < npools; i++) tuple_set_steal(pools, i, nullptr);
  for (ssize i = 0; i < n; i++) {
    Object* pool = sequence_tuple(args[i]);
    if (!pool) {
      for (ssize j = i; j < npools; j++) tuple_set_steal(pools, j, none_ref());
      decref(pools);
      return nullptr;
    }
    tuple_set_steal(pools, i, pool);
  }
  for (ssize i = n; i < npools; i++) tuple_set_steal(pools, i, newref(tuple_get(pools, i - n)));
  ssize* indices = new_indices(npools);
  if (!indices) {
    decref(pools);
    return nullptr;
  }
  return comb_make(type, pools, indices, nullptr, npools, false);
}

Object* product_next(Object* o) {
  auto* p = static_cast<CombObject*>(o);
  if (p->stopped) return nullptr;
  Object* pools = p->pool;
  ssize npools = size_of(pools);
  if (!p->result) {
    for (ssize i = 0; i < npools; i++) {
      if (size_of(tuple_get(pools, i)) == 0) {
        p->stopped = true;
        return nullptr;
      }
    }
    Object* t = tuple_new(npools);
    if (!t) return nullptr;
    for (ssize i = 0; i < npools; i++) tuple_set_steal(t, i, newref(tuple_get(tuple_get(pools, i), 0)));
    p->result = t;
    return newref(t);
  }
  Object* result = native::reusable_result(&p->result);
  if (!result) return nullptr;
  ssize i = npools - 1;
  for (; i >= 0; i--) {
    Object* pool = tuple_get(pools, i);
    if (++p->indices[i] == size_of(pool)) {
      p->indices[i] = 0;
      native::tuple_replace(result, i, newref(tuple_get(pool, 0)));
    } else {
      native::tuple_replace(result, i, newref(tuple_get(pool, p->indices[i])));
      break;
    }
  }
  if (i < 0) {
    p->stopped = true;
    return nullptr;
  }
  return newref(result);
}

Object* product_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* p = static_cast<CombObject*>(o);
  Object* type = static_cast<Object*>(type_of(o));
  if (p->stopped) {
    Object* empty = empty_tuple();
    Object* args = tuple_pack(1, empty);
    decref(empty);
    if (!args) return nullptr;
    Object* r = tuple_pack(2, type, args);
    decref(args);
    return r;
  }
  if (!p->result) return tuple_pack(2, type, p->pool);
  Object* idx = ssize_tuple(p->indices, size_of(p->pool));
  if (!idx) return nullptr;
  Object* r = tuple_pack(3, type, p->pool, idx);
  decref(idx);
  return r;
}

Object* product_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* p = static_cast<CombObject*>(o);
  Object* state = args[0];
  ssize n = size_of(p->pool);
  if (!is_tuple(state) || size_of(state) != n) return err_format_null(Exc_ValueError, "invalid arguments");
  for (ssize i = 0; i < n; i++) {
    ssize poolsize = size_of(tuple_get(p->pool, i));
    ssize index;
    if (!native::ssize_from_int(tuple_get(state, i), &index)) return nullptr;
    if (poolsize == 0) {
      p->stopped = true;
      return none_ref();
    }
    if (index < 0) index = 0;
    else if (index > poolsize - 1) index = poolsize - 1;
    p->indices[i] = index;
  }
  Object* result = tuple_new(n);
  if (!result) return nullptr;
  for (ssize i = 0; i < n; i++) tuple_set_steal(result, i, newref(tuple_get(tuple_get(p->pool, i), p->indices[i])));
  setref(p->result, result);
  return none_ref();
}

// ---- combinations --------------------------------------------------------------------
// Parse (iterable, r) into a pool tuple and r >= 0.
bool pool_and_r(const char* fname, Object* const* args, ssize nargs, Object* kwnames, Object** pool, ssize* r) {
  Object* a[2];
  if (!native::parse(fname, args, nargs, kwnames, "iterable,r", a, native::ArgStyle::Getargs)) return false;
  if (!native::ssize_arg(a[1], r)) return false;
  if (*r < 0) {
    err_set_string(Exc_ValueError, "r must be non-negative");
    return false;
  }
  *pool = sequence_tuple(a[0]);
  return *pool != nullptr;
}

Object* combinations_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* pool;
  ssize r;
  if (!pool_and_r("combinations", args, nargs, kwnames, &pool, &r)) return nullptr;
  ssize* indices = new_indices(r);
  if (!indices) {
    decref(pool);
    return nullptr;
  }
  for (ssize i = 0; i < r; i++) indices[i] = i;
  return comb_make(type, pool, indices, nullptr, r, r > size_of(pool));
}

Object* combinations_next(Object* o) {
  auto* c = static_cast<CombObject*>(o);
  if (c->stopped) return nullptr;
  ssize n = size_of(c->pool), r = c->r;
  ssize* idx = c->indices;
  if (!c->result) {
    c->result = pick(c->pool, idx, r);
    return xnewref(c->result);
  }
  Object* result = native::reusable_result(&c->result);
  if (!result) return nullptr;
  // The rightmost index not at its maximum (i + n - r) moves up by one; the
  // ones to its right follow it.
  ssize i = r - 1;
  while (i >= 0 && idx[i] == i + n - r) i--;
  if (i < 0) {
    c->stopped = true;
    return nullptr;
  }
  idx[i]++;
  for (ssize j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
  for (; i < r; i++) native::tuple_replace(result, i, newref(tuple_get(c->pool, idx[i])));
  return newref(result);
}

// Shared by combinations and combinations_with_replacement.
Object* combinations_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* c = static_cast<CombObject*>(o);
  Object* type = static_cast<Object*>(type_of(o));
  Object* rv = int_from_i64(c->r);
  if (!rv) return nullptr;
  Object* r = nullptr;
  if (!c->result) {
    Object* args = tuple_pack(2, c->pool, rv);
    if (args) r = tuple_pack(2, type, args);
    xdecref(args);
  } else if (c->stopped) {
    Object* empty = empty_tuple();
    Object* args = tuple_pack(2, empty, rv);
    decref(empty);
    if (args) r = tuple_pack(2, type, args);
    xdecref(args);
  } else {
    Object* args = tuple_pack(2, c->pool, rv);
    Object* idx = args ? ssize_tuple(c->indices, c->r) : nullptr;
    if (idx) r = tuple_pack(3, type, args, idx);
    xdecref(args);
    xdecref(idx);
  }
  decref(rv);
  return r;
}

Object* combinations_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* c = static_cast<CombObject*>(o);
  Object* state = args[0];
  ssize n = size_of(c->pool);
  if (!is_tuple(state) || size_of(state) != c->r) return err_format_null(Exc_ValueError, "invalid arguments");
  for (ssize i = 0; i < c->r; i++) {
    ssize max = i + n - c->r;
    ssize v;
    if (!native::ssize_from_int(tuple_get(state, i), &v)) return nullptr;
    if (v > max) v = max;
    if (v < 0) v = 0;
    c->indices[i] = v;
  }
  Object* result = pick(c->pool, c->indices, c->r);
  if (!result) return nullptr;
  setref(c->result, result);
  return none_ref();
}

// ---- combinations_with_replacement -------------------------------------------------------
Object* cwr_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* pool;
  ssize r;
  if (!pool_and_r("combinations_with_replacement", args, nargs, kwnames, &pool, &r)) return nullptr;
  ssize* indices = new_indices(r);
  if (!indices) {
    decref(pool);
    return nullptr;
  }
  return comb_make(type, pool, indices, nullptr, r, size_of(pool) == 0 && r > 0);
}

Object* cwr_next(Object* o) {
  auto* c = static_cast<CombObject*>(o);
  if (c->stopped) return nullptr;
  ssize n = size_of(c->pool), r = c->r;
  ssize* idx = c->indices;
  if (!c->result) {
    c->result = pick(c->pool, idx, n > 0 ? r : 0);
    return xnewref(c->result);
  }
  Object* result = native::reusable_result(&c->result);
  if (!result) return nullptr;
  // The rightmost index below n - 1 moves up; every index to its right takes its value.
  ssize i = r - 1;
  while (i >= 0 && idx[i] == n - 1) i--;
  if (i < 0) {
    c->stopped = true;
    return nullptr;
  }
  ssize index = idx[i] + 1;
  Object* elem = tuple_get(c->pool, index);
  for (; i < r; i++) {
    idx[i] = index;
    native::tuple_replace(result, i, newref(elem));
  }
  return newref(result);
}

Object* cwr_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* c = static_cast<CombObject*>(o);
  Object* state = args[0];
  ssize n = size_of(c->pool);
  if (!is_tuple(state) || size_of(state) != c->r) return err_format_null(Exc_ValueError, "invalid arguments");
  for (ssize i = 0; i < c->r; i++) {
    if (!state_index(tuple_get(state, i), 0, n - 1, &c->indices[i])) return nullptr;
    if (c->indices[i] < 0) c->indices[i] = 0;
  }
  Object* result = pick(c->pool, c->indices, n > 0 ? c->r : 0);
  if (!result) return nullptr;
  setref(c->result, result);
  return none_ref();
}

// ---- permutations --------------------------------------------------------------------
// indices is a permutation of range(n) whose first r entries pick the
// result; cycles[i] counts down how many more values position i takes
// before it rotates back (n - i, n - i - 1, ..., 1).
Object* permutations_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!native::parse("permutations", args, nargs, kwnames, "iterable|r", a, native::ArgStyle::Getargs))
    return nullptr;
  Object* pool = sequence_tuple(a[0]);
  if (!pool) return nullptr;
  ssize n = size_of(pool), r = n;
  if (a[1] && a[1] != None) {
    if (!is_int(a[1])) {
      decref(pool);
      return err_format_null(Exc_TypeError, "Expected int as r");
    }
    r = int_as_ssize(a[1]);
    if (r == -1 && err_occurred()) {
      decref(pool);
      return nullptr;
    }
  }
  if (r < 0) {
    decref(pool);
    return err_format_null(Exc_ValueError, "r must be non-negative");
  }
  ssize* indices = new_indices(n);
  ssize* cycles = indices ? new_indices(r) : nullptr;
  if (!cycles) {
    decref(pool);
    std::free(indices);
    return nullptr;
  }
  for (ssize i = 0; i < n; i++) indices[i] = i;
  for (ssize i = 0; i < r; i++) cycles[i] = n - i;
  return comb_make(type, pool, indices, cycles, r, r > n);
}

Object* permutations_next(Object* o) {
  auto* p = static_cast<CombObject*>(o);
  if (p->stopped) return nullptr;
  ssize n = size_of(p->pool), r = p->r;
  ssize* idx = p->indices;
  ssize* cyc = p->cycles;
  if (!p->result) {
    p->result = pick(p->pool, idx, r);
    return xnewref(p->result);
  }
  if (n == 0) {
    p->stopped = true;
    return nullptr;
  }
  Object* result = native::reusable_result(&p->result);
  if (!result) return nullptr;
  ssize i = r - 1;
  for (; i >= 0; i--) {
    if (--cyc[i] == 0) {
      // Rotate indices[i:] left by one and start the count again.
      ssize first = idx[i];
      std::memmove(idx + i, idx + i + 1, size_t(n - 1 - i) * sizeof(ssize));
      idx[n - 1] = first;
      cyc[i] = n - i;
    } else {
      ssize j = cyc[i];
      ssize t = idx[i];
      idx[i] = idx[n - j];
      idx[n - j] = t;
      for (ssize k = i; k < r; k++) native::tuple_replace(result, k, newref(tuple_get(p->pool, idx[k])));
      break;
    }
  }
  if (i < 0) {
    p->stopped = true;
    return nullptr;
  }
  return newref(result);
}

Object* permutations_reduce(Object* o, Object* const*, ssize, Object*) {
  auto* p = static_cast<CombObject*>(o);
  if (!p->result || p->stopped) return combinations_reduce(o, nullptr, 0, nullptr);
  Object* rv = int_from_i64(p->r);
  Object* args = rv ? tuple_pack(2, p->pool, rv) : nullptr;
  xdecref(rv);
  Object* idx = args ? ssize_tuple(p->indices, size_of(p->pool)) : nullptr;
  Object* cyc = idx ? ssize_tuple(p->cycles, p->r) : nullptr;
  Object* state = cyc ? tuple_pack(2, idx, cyc) : nullptr;
  Object* r = state ? tuple_pack(3, static_cast<Object*>(type_of(o)), args, state) : nullptr;
  xdecref(args);
  xdecref(idx);
  xdecref(cyc);
  xdecref(state);
  return r;
}

Object* permutations_setstate(Object* o, Object* const* args, ssize, Object*) {
  auto* p = static_cast<CombObject*>(o);
  Object* state = args[0];
  if (!is_tuple(state)) return err_format_null(Exc_TypeError, "state is not a tuple");
  if (size_of(state) != 2)
    return err_format_null(Exc_TypeError, "function takes exactly 2 arguments (%zd given)", size_of(state));
  for (int k = 0; k < 2; k++)
    if (!is_tuple(tuple_get(state, k)))
      return err_format_null(Exc_TypeError, "argument %d must be tuple, not %s", k + 1,
                             type_name(tuple_get(state, k)));
  Object* indices = tuple_get(state, 0);
  Object* cycles = tuple_get(state, 1);
  ssize n = size_of(p->pool);
  if (size_of(indices) != n || size_of(cycles) != p->r) return err_format_null(Exc_ValueError, "invalid arguments");
  for (ssize i = 0; i < n; i++)
    if (!state_index(tuple_get(indices, i), 0, n - 1, &p->indices[i])) return nullptr;
  for (ssize i = 0; i < p->r; i++)
    if (!state_index(tuple_get(cycles, i), 1, n - i, &p->cycles[i])) return nullptr;
  Object* result = pick(p->pool, p->indices, p->r);
  if (!result) return nullptr;
  setref(p->result, result);
  return none_ref();
}

const char* const REDUCE_DOC = "Return state information for pickling.";
const char* const SETSTATE_DOC = "Set state information for unpickling.";

MethodDef product_methods[] = {{"__reduce__", native::noargs<product_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                               {"__setstate__", native::onearg<product_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                               {nullptr, nullptr, 0, nullptr}};
MethodDef combinations_methods[] = {{"__reduce__", native::noargs<combinations_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                                    {"__setstate__", native::onearg<combinations_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                                    {nullptr, nullptr, 0, nullptr}};
MethodDef cwr_methods[] = {{"__reduce__", native::noargs<combinations_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                           {"__setstate__", native::onearg<cwr_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                           {nullptr, nullptr, 0, nullptr}};
MethodDef permutations_methods[] = {{"__reduce__", native::noargs<permutations_reduce, native::kReduce>, METH_DEFAULT, REDUCE_DOC},
                                    {"__setstate__", native::onearg<permutations_setstate, native::kSetstate>, METH_DEFAULT, SETSTATE_DOC},
                                    {nullptr, nullptr, 0, nullptr}};

void comb_type(TypeObject& t, const char* name, newfunc make, unaryfunc next, MethodDef* methods, const char* doc) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(CombObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE | TPFLAG_BASETYPE;
  t.tp_dealloc = comb_dealloc;
  t.tp_traverse = comb_traverse;
  t.tp_clear = comb_clear;
  t.tp_iter = object_self_iter;
  t.tp_iternext = next;
  t.tp_new = make;
  t.tp_methods = methods;
  t.tp_doc = doc;
}

}  // namespace

void fill_combinatoric_types() {
  comb_type(ProductType, "itertools.product", product_new, product_next, product_methods,
            "product(*iterables, repeat=1): the Cartesian product of the input iterables.");
  comb_type(PermutationsType, "itertools.permutations", permutations_new, permutations_next, permutations_methods,
            "permutations(iterable, r=None): successive r-length permutations of the items.");
  comb_type(CombinationsType, "itertools.combinations", combinations_new, combinations_next, combinations_methods,
            "combinations(iterable, r): successive r-length combinations of the items.");
  comb_type(CwrType, "itertools.combinations_with_replacement", cwr_new, cwr_next, cwr_methods,
            "combinations_with_replacement(iterable, r): r-length combinations, items repeated.");
}

}  // namespace stdlib::itertools

// Built-in functions that consume iterables: min, max, sum, sorted, any, all, iter, next.
#include "builtins.h"
#include "builtins_docs.h"
#include "../interp/genobject.h"  // aiter, anext

namespace stdlib {
using namespace rt;

namespace {

bool kw_is(Object* k, Object* name) { return k == name || str_equal(k, name); }

// min() and max(): op is CMP_LT for min, CMP_GT for max.
Object* min_max(const char* fname, Object* const* args, ssize nargs, Object* kwnames, int op) {
  Object *key = nullptr, *dflt = nullptr;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (ssize i = 0; i < nkw; i++) {
    Object* k = tuple_get(kwnames, i);
    if (kw_is(k, names::key)) key = args[nargs + i];
    else if (kw_is(k, names::default_)) dflt = args[nargs + i];
    else return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_utf8(k), fname);
  }
  if (nargs == 0) return err_format_null(Exc_TypeError, "%s expected at least 1 argument, got 0", fname);
  if (nargs > 1 && dflt)
    return err_format_null(Exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments",
                           fname);
  if (key == None) key = nullptr;
  Object* it = nullptr;
  if (nargs == 1) {
    it = object_get_iter(args[0]);
    if (!it) return nullptr;
  }
  Object *best = nullptr, *best_key = nullptr;
  ssize idx = 0;
  for (;;) {
    Object* item;
    if (it) {
      item = iter_next(it);
      if (!item) {
        if (err_occurred()) goto error;
        break;
      }
    } else {
      if (idx >= nargs) break;
      item = newref(args[idx++]);
    }
    Object* k = key ? call1(key, item) : newref(item);
    if (!k) {
      decref(item);
      goto error;
    }
    if (!best) {
      best = item;
      best_key = k;
      continue;
    }
    int c = object_richcompare_bool(k, best_key, op);
    if (c < 0) {
      decref(item);
      decref(k);
      goto error;
    }
    if (c) {
      setref(best, item);
      setref(best_key, k);
    } else {
      decref(item);
      decref(k);
    }
  }
  xdecref(it);
  xdecref(best_key);
  if (!best) {
    if (dflt) return newref(dflt);
    return err_format_null(Exc_ValueError, "%s() arg is an empty sequence", fname);
  }
  return best;
error:
  xdecref(it);
  xdecref(best);
  xdecref(best_key);
  return nullptr;
}

Object* b_min(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return min_max("min", args, nargs, kwnames, CMP_LT);
}
Object* b_max(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return min_max("max", args, nargs, kwnames, CMP_GT);
}

Object* b_sum(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* start = nullptr;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (ssize i = 0; i < nkw; i++) {
    Object* k = tuple_get(kwnames, i);
    if (kw_is(k, names::start) && !start && nargs < 2) start = args[nargs + i];
    else if (kw_is(k, names::start))
      return err_format_null(Exc_TypeError, "argument for sum() given by name ('start') and position (2)");
    else return err_format_null(Exc_TypeError, "sum() got an unexpected keyword argument '%s'", str_utf8(k));
  }
  if (nargs + nkw > 2) return err_format_null(Exc_TypeError, "sum() takes at most 2 arguments (%zd given)", nargs + nkw);
  if (nargs < 1)
    return err_format_null(Exc_TypeError, "sum() takes at least 1 positional argument (%zd given)", nargs);
  if (nargs == 2) start = args[1];
  if (start) {
    if (is_str(start)) return err_format_null(Exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(start)) return err_format_null(Exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  Object* result = start ? newref(start) : newref(small_int(0));
  Object* item = nullptr;

  // Fast path: exact ints that fit in 64 bits.
  if (is_int_exact(result) && int_is_small(result)) {
    int64_t acc = int_small_value(result);
    for (;;) {
      item = iter_next(it);
      if (!item) {
        decref(result);
        decref(it);
        if (err_occurred()) return nullptr;
        return int_from_i64(acc);
      }
      int64_t s;
      if ((is_int_exact(item) || is_bool(item)) && int_is_small(item) &&
          !__builtin_add_overflow(acc, int_small_value(item), &s)) {
        acc = s;
        decref(item);
        continue;
      }
      break;  // fall back with `item` pending
    }
    decref(result);
    result = int_from_i64(acc);
    if (!result) goto error;
  }
  // Fast path: floats (ints that fit are added as doubles, as CPython does).
  if (is_float_exact(result)) {
    double acc = float_value(result);
    for (;;) {
      if (!item) {
        item = iter_next(it);
        if (!item) {
          decref(result);
          decref(it);
          if (err_occurred()) return nullptr;
          return float_from_double(acc);
        }
      }
      if (is_float_exact(item)) {
        acc += float_value(item);
        clearref(item);
        continue;
      }
      if (is_int_exact(item) && int_is_small(item)) {
        int64_t v = int_small_value(item);
        if (v > -(int64_t(1) << 53) && v < (int64_t(1) << 53)) {
          acc += double(v);
          clearref(item);
          continue;
        }
      }
      break;
    }
    decref(result);
    result = float_from_double(acc);
    if (!result) goto error;
  }
  // General case.
  for (;;) {
    if (!item) {
      item = iter_next(it);
      if (!item) {
        if (err_occurred()) goto error;
        break;
      }
    }
    Object* r = number_binop(result, item, BINOP_ADD);
    clearref(item);
    if (!r) goto error;
    setref(result, r);
  }
  decref(it);
  return result;
error:
  xdecref(item);
  xdecref(result);
  decref(it);
  return nullptr;
}

Object* b_sorted(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object *key = nullptr, *reverse = nullptr;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (ssize i = 0; i < nkw; i++) {
    Object* k = tuple_get(kwnames, i);
    if (kw_is(k, names::key)) key = args[nargs + i];
    else if (kw_is(k, names::reverse)) reverse = args[nargs + i];
    else return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for sort()", str_utf8(k));
  }
  if (!check_nargs("sorted", nargs, 1, 1)) return nullptr;
  bool rev = false;
  if (reverse) {
    if (is_float(reverse))
      return err_format_null(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    int t = object_is_true(reverse);
    if (t < 0) return nullptr;
    rev = t;
  }
  Object* list = sequence_list(args[0]);
  if (!list) return nullptr;
  if (list_sort(list, key, rev) < 0) {
    decref(list);
    return nullptr;
  }
  return list;
}

// any()/all(): stop at the first item whose truth equals `stop_on`.
Object* any_all(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool stop_on) {
  if (!check_one_arg(fname, nargs, kwnames)) return nullptr;
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  unaryfunc next = type_of(it)->tp_iternext;
  for (;;) {
    Object* item = next ? next(it) : iter_next(it);
    if (!item) {
      decref(it);
      if (err_occurred()) {
        if (!err_matches(Exc_StopIteration)) return nullptr;
        err_clear();
      }
      return bool_ref(!stop_on);
    }
    int t = object_is_true(item);
    decref(item);
    if (t < 0) {
      decref(it);
      return nullptr;
    }
    if (bool(t) == stop_on) {
      decref(it);
      return bool_ref(stop_on);
    }
  }
}

Object* b_any(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return any_all("any", args, nargs, kwnames, true);
}
Object* b_all(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return any_all("all", args, nargs, kwnames, false);
}

Object* b_iter(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("iter", kwnames) || !check_nargs("iter", nargs, 1, 2)) return nullptr;
  if (nargs == 1) return object_get_iter(args[0]);
  if (!is_callable(args[0])) return err_format_null(Exc_TypeError, "iter(v, w): v must be callable");
  return callable_iter_new(args[0], args[1]);
}

Object* b_next(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("next", kwnames) || !check_nargs("next", nargs, 1, 2)) return nullptr;
  Object* it = args[0];
  unaryfunc next = type_of(it)->tp_iternext;
  if (!next) return err_format_null(Exc_TypeError, "'%s' object is not an iterator", type_name(it));
  Object* r = next(it);
  if (r) return r;
  if (err_occurred()) {
    if (nargs < 2 || !err_matches(Exc_StopIteration)) return nullptr;
    err_clear();
    return newref(args[1]);
  }
  if (nargs == 2) return newref(args[1]);
  err_set_none(Exc_StopIteration);
  return nullptr;
}

}  // namespace

MethodDef builtins_iter_functions[] = {
    {"min", b_min, METH_DEFAULT, builtin_docs::min},
    {"max", b_max, METH_DEFAULT, builtin_docs::max},
    {"sum", b_sum, METH_DEFAULT, builtin_docs::sum},
    {"sorted", b_sorted, METH_DEFAULT, builtin_docs::sorted},
    {"any", b_any, METH_DEFAULT, builtin_docs::any},
    {"all", b_all, METH_DEFAULT, builtin_docs::all},
    {"iter", b_iter, METH_DEFAULT, builtin_docs::iter},
    {"next", b_next, METH_DEFAULT, builtin_docs::next},
    {"aiter", interp::builtin_aiter, METH_DEFAULT, builtin_docs::aiter},  // async/await
    {"anext", interp::builtin_anext, METH_DEFAULT, builtin_docs::anext},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace stdlib

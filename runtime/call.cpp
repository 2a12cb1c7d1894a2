// Calling objects from C++, argument parsing for built-ins, and the
// recursion guards.
//
// Everything callable implements tp_call with the vectorcall convention
// (object.h): positional args, then keyword values named by a kwnames tuple.
#include <string>
#include <vector>

#include "api.h"
#include "runtime/threads/state.h"

namespace rt {

// As CPython 3.11: past the limit (or with the C stack low) every further
// level fails with RecursionError; the only levels allowed beyond are those
// that making that RecursionError itself needs (raising_overflow: a few
// shallow calls, so the C stack's reserve below its limit covers them).  A
// handler of the error runs at a depth below the limit, so it can call on;
// nothing stays relaxed after the error is made (a persistent allowance let
// recursion in `except:` blocks run unbounded).
bool recursion_exceeded(ThreadState* ts, const char* where) {
  if (ts->raising_overflow) return false;
  ts->raising_overflow = true;
  err_format(Exc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
  ts->raising_overflow = false;
  return true;
}

bool enter_recursive_call(const char* where) {
  ThreadState* ts = tstate();
  if (++ts->recursion_depth > interp_state()->recursion_limit || c_stack_low(ts)) {
    if (recursion_exceeded(ts, where)) {
      --ts->recursion_depth;
      return false;
    }
  }
  return true;
}

void leave_recursive_call() { --tstate()->recursion_depth; }

Object* call(Object* callable, Object* const* args, ssize nargs, Object* kwnames) {
  vectorcallfunc f = type_of(callable)->tp_call;
  if (!f) {
    err_format(Exc_TypeError, "'%s' object is not callable", type_name(callable));
    return nullptr;
  }
  if (kwnames && size_of(kwnames) == 0) kwnames = nullptr;
  // Python functions count their own frame (eval_frame) and bound methods
  // pass straight through to their function, so, as in CPython, only other
  // callables (built-ins, types, objects with __call__) add a level here.
  TypeObject* t = type_of(callable);
  if (t == &FunctionType || t == &MethodType) return f(callable, args, nargs, kwnames);
  if (!enter_recursive_call(" while calling a Python object")) return nullptr;
  Object* r = f(callable, args, nargs, kwnames);
  leave_recursive_call();
  return r;
}

Object* call_tuple_dict(Object* callable, Object* args_tuple, Object* kwargs) {
  ssize nargs = args_tuple ? size_of(args_tuple) : 0;
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  if (nkw == 0) return call(callable, nargs ? tuple_items(args_tuple) : nullptr, nargs);
  std::vector<Object*> all(size_t(nargs + nkw));
  for (ssize i = 0; i < nargs; i++) all[size_t(i)] = tuple_get(args_tuple, i);
  Object* kwnames = tuple_new(nkw);
  if (!kwnames) return nullptr;
  ssize pos = 0, i = 0;
  Object *k, *v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    if (!is_str(k)) {
      decref(kwnames);
      err_set_string(Exc_TypeError, "keywords must be strings");
      return nullptr;
    }
    tuple_set_steal(kwnames, i, newref(k));
    all[size_t(nargs + i)] = v;
    i++;
  }
  Object* r = call(callable, all.data(), nargs, kwnames);
  decref(kwnames);
  return r;
}

Object* call_method(Object* obj, Object* name, Object* const* args, ssize nargs, Object* kwnames) {
  TypeObject* t = type_of(obj);
  Object* descr = type_lookup(t, name);
  // Plain functions and method descriptors found on the type are called with
  // self prepended, without making a bound method, unless the instance dict
  // shadows them.
  if (descr && (type_of(descr) == &FunctionType || type_of(descr) == &MethodDescrType)) {
    Object** dp = object_dict_ptr(obj);
    if (!dp || !*dp || !dict_getitem(*dp, name)) {
      ssize nkw = kwnames ? size_of(kwnames) : 0;
      Object* small[8];
      std::vector<Object*> big;
      Object** all = small;
      if (nargs + nkw + 1 > 8) {
        big.resize(size_t(nargs + nkw + 1));
        all = big.data();
      }
      all[0] = obj;
      for (ssize i = 0; i < nargs + nkw; i++) all[i + 1] = args[i];
      incref(descr);
      Object* r = call(descr, all, nargs + 1, kwnames);
      decref(descr);
      return r;
    }
  }
  Object* m = object_getattr(obj, name);
  if (!m) return nullptr;
  Object* r = call(m, args, nargs, kwnames);
  decref(m);
  return r;
}

bool is_callable(Object* o) { return type_of(o)->tp_call != nullptr; }

bool no_kwargs(const char* fname, Object* kwnames) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
    return false;
  }
  return true;
}

bool check_no_args(const char* fname, ssize nargs, Object* kwnames) {
  if (!no_kwargs(fname, kwnames)) return false;
  if (nargs != 0) {
    err_format(Exc_TypeError, "%s() takes no arguments (%zd given)", fname, nargs);
    return false;
  }
  return true;
}

// spec: names separated by ',' or by the markers '/' (the names before are
// positional-only), '|' (the names after are optional), '$' (the names after
// are keyword-only and optional).
bool parse_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* spec,
                Object** out) {
  struct Param {
    std::string name;
    bool optional, kwonly, posonly;
  };
  Param params[16];
  int np = 0;
  bool optional = false, kwonly = false;
  int posonly_end = 0;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty() && np < 16) params[np++] = {cur, optional, kwonly, false};
    cur.clear();
  };
  for (const char* p = spec; *p; ++p) {
    char c = *p;
    if (c == ',' || c == '|' || c == '$' || c == '/') {
      flush();
      if (c == '|') optional = true;
      if (c == '$') kwonly = optional = true;
      if (c == '/') posonly_end = np;
    } else {
      cur += c;
    }
  }
  flush();
  for (int i = 0; i < posonly_end; i++) params[i].posonly = true;
  int max_pos = 0, min_pos = 0;
  for (int i = 0; i < np; i++) {
    if (!params[i].kwonly) max_pos = i + 1;
    if (!params[i].optional) min_pos = i + 1;
  }
  for (int i = 0; i < np; i++) out[i] = nullptr;
  if (nargs > max_pos) {
    if (max_pos == 0)
      err_format(Exc_TypeError, "%s() takes no arguments (%zd given)", fname, nargs);
    else if (min_pos == max_pos)
      err_format(Exc_TypeError, "%s() takes exactly %s argument%s (%zd given)", fname,
                 max_pos == 1 ? "one" : std::to_string(max_pos).c_str(), max_pos == 1 ? "" : "s", nargs);
    else
      err_format(Exc_TypeError, "%s() takes at most %d argument%s (%zd given)", fname, max_pos,
                 max_pos == 1 ? "" : "s", nargs);
    return false;
  }
  for (ssize i = 0; i < nargs; i++) out[i] = args[i];
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (ssize k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, k);
    int found = -1;
    for (int i = 0; i < np; i++)
      if (!params[i].posonly && str_eq_cstr(key, params[i].name.c_str())) found = i;
    if (found < 0) {
      if (np == 0 || posonly_end == np)
        err_format(Exc_TypeError, "%s() takes no keyword arguments", fname);
      else
        err_format(Exc_TypeError, "%s() got an unexpected keyword argument '%s'", fname, str_utf8(key));
      return false;
    }
    if (out[found]) {
      err_format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                 params[found].name.c_str(), found + 1);
      return false;
    }
    out[found] = args[nargs + k];
  }
  for (int i = 0; i < np; i++) {
    if (!out[i] && !params[i].optional) {
      if (nkw == 0 && min_pos == max_pos)
        err_format(Exc_TypeError, "%s() takes exactly %s argument%s (%zd given)", fname,
                   max_pos == 1 ? "one" : std::to_string(max_pos).c_str(), max_pos == 1 ? "" : "s", nargs);
      else
        err_format(Exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, params[i].name.c_str(),
                   i + 1);
      return false;
    }
  }
  return true;
}

int repr_enter(Object* o) {
  ThreadState* ts = tstate();
  if (!ts->repr_stack) {
    ts->repr_stack = list_new(0);
    if (!ts->repr_stack) return -1;
  }
  Object* l = ts->repr_stack;
  for (ssize i = size_of(l) - 1; i >= 0; i--)
    if (list_get(l, i) == o) return 1;
  return list_append(l, o) < 0 ? -1 : 0;
}

void repr_leave(Object* o) {
  ThreadState* ts = tstate();
  Object* l = ts->repr_stack;
  if (!l) return;
  Object* saved = err_fetch();
  for (ssize i = size_of(l) - 1; i >= 0; i--) {
    if (list_get(l, i) == o) {
      Object* idx = int_from_i64(i);
      if (idx) {
        object_delitem(l, idx);
        decref(idx);
      }
      break;
    }
  }
  err_clear();
  err_restore(saved);
}

bool parse_clinic_args(const char* fname, const char* const* names, int n, int required, Object* const* args,
                       ssize nargs, Object* kwnames, Object** out) {
  if (nargs > n) {
    err_format(Exc_TypeError, "%s() takes at most %d argument%s (%zd given)", fname, n, n == 1 ? "" : "s", nargs);
    return false;
  }
  for (int i = 0; i < n; i++) out[i] = i < nargs ? args[i] : nullptr;
  for (ssize k = 0; kwnames && k < size_of(kwnames); k++) {
    Object* key = tuple_get(kwnames, k);
    int slot = -1;
    for (int i = 0; i < n; i++)
      if (str_eq_cstr(key, names[i])) slot = i;
    if (slot < 0) {
      err_format(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_utf8(key), fname);
      return false;
    }
    if (slot < nargs) {
      err_format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, names[slot],
                 slot + 1);
      return false;
    }
    out[slot] = args[nargs + k];
  }
  for (int i = 0; i < required; i++) {
    if (!out[i]) {
      err_format(Exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
      return false;
    }
  }
  return true;
}

}  // namespace rt

// Plumbing shared by the native modules (stdlib/native.h).
#include <climits>
#include "native.h"

#include <cstring>
#include <string_view>

#include "runtime/types/type.h"

namespace stdlib::native {
using namespace rt;

// ---- static types readied on first import ----------------------------------------
int ready_immortal(TypeObject* t, int (*ready)(TypeObject*, const void*), const void* ctx) {
  if (has_flag(t, TPFLAG_READY)) return 0;
  // Put the type at the head of this thread's segment: whatever readying
  // creates and keeps is linked in front of it (runtime/object.cpp links new
  // objects right after the segment's sentinel).
  if (t->ob_next) refchain_unlink(t);
  t->ob_next = t->ob_prev = nullptr;
  init_static_object(t, &TypeType);
  if (ready(t, ctx) < 0) return -1;
  for (Object* o = t->ob_prev; o->ob_type; o = o->ob_prev) make_immortal(o);
  return 0;
}

int ready_types(std::initializer_list<TypeObject*> types) {
  for (TypeObject* t : types)
    if (ready_immortal(t, [](TypeObject* u, const void*) { return type_ready(u); }, nullptr) < 0) return -1;
  return 0;
}

bool int_arg(Object* o, int* out) {
  Object* i = number_index(o);
  if (!i) return false;
  bool fits = int_fits_i64(i);
  int64_t v = fits ? int_as_i64(i) : 0;
  decref(i);
  if (!fits || v > INT_MAX || v < INT_MIN) {
    err_set_string(Exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(v);
  return true;
}

const char* short_name(const TypeObject* t) {
  const char* dot = std::strrchr(t->tp_name, '.');
  return dot ? dot + 1 : t->tp_name;
}

int add_type(Object* m, TypeObject* t) {
  return module_add_object(m, short_name(t), newref(static_cast<Object*>(t)));
}

Object* make_module(const char* name, const char* doc, MethodDef* functions,
                    std::initializer_list<TypeObject*> types) {
  if (ready_types(types) < 0) return nullptr;
  Object* m = module_new(name);
  if (!m) return nullptr;
  Object* d = doc ? str_from_cstr(doc) : none_ref();
  bool ok = d && module_add_object(m, "__doc__", d) == 0;
  if (ok && functions) ok = module_add_functions(m, functions) == 0;
  for (TypeObject* t : types)
    if (ok) ok = add_type(m, t) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

int add_int(Object* m, const char* name, long long value) {
  Object* v = int_from_i64(value);
  if (!v) return -1;
  return module_add_object(m, name, v);
}

// ---- arguments ------------------------------------------------------------------------
namespace {

struct Spec {
  std::string_view names[16];
  int n = 0;
  int posonly = 0;  // names[0..posonly) are positional-only
  int minpos = 0;   // required parameters (all positional)
  int maxpos = 0;   // parameters that may be given by position
};

Spec parse_spec(const char* spec) {
  Spec s;
  bool optional = false, kwonly = false;
  const char* start = spec;
  auto flush = [&](const char* end) {
    if (end > start && s.n < 16) {
      s.names[s.n++] = std::string_view(start, size_t(end - start));
      if (!kwonly) s.maxpos = s.n;
      if (!optional) s.minpos = s.n;
    }
  };
  const char* p = spec;
  for (; *p; ++p) {
    char c = *p;
    if (c == ',' || c == '|' || c == '$' || c == '/') {
      flush(p);
      start = p + 1;
      if (c == '|') optional = true;
      if (c == '$') kwonly = optional = true;
      if (c == '/') s.posonly = s.n;
    }
  }
  flush(p);
  return s;
}

bool name_is(Object* key, std::string_view name) {
  std::string_view k = str_view(key);
  return k == name;
}

}  // namespace

bool parse(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* spec, Object** out,
           ArgStyle style) {
  Spec s = parse_spec(spec);
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (int i = 0; i < s.n; i++) out[i] = nullptr;
  if (style == ArgStyle::Getargs && nargs + nkw > s.n) {
    err_format(Exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname, s.n,
               nargs == 0 ? "keyword " : "", s.n == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  if (nargs > s.maxpos) {
    if (s.maxpos == 0)
      err_format(Exc_TypeError, "%s() takes no positional arguments", fname);
    else
      err_format(Exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
                 s.minpos < s.maxpos ? "at most" : "exactly", s.maxpos, s.maxpos == 1 ? "" : "s", nargs);
    return false;
  }
  int minposonly = s.posonly < s.minpos ? s.posonly : s.minpos;
  if (nargs < minposonly) {
    err_format(Exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
               minposonly < s.maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
    return false;
  }
  for (ssize i = 0; i < nargs; i++) out[i] = args[i];
  ssize unused = nkw;
  for (int i = int(nargs) > s.posonly ? int(nargs) : s.posonly; i < s.n; i++) {
    for (ssize k = 0; k < nkw; k++) {
      if (name_is(tuple_get(kwnames, k), s.names[i])) {
        out[i] = args[nargs + k];
        unused--;
        break;
      }
    }
    if (!out[i] && i < s.minpos) {
      err_format(Exc_TypeError, "%s() missing required argument '%.*s' (pos %d)", fname, int(s.names[i].size()),
                 s.names[i].data(), i + 1);
      return false;
    }
  }
  if (unused > 0) {
    for (int i = s.posonly; i < nargs; i++) {
      for (ssize k = 0; k < nkw; k++) {
        if (name_is(tuple_get(kwnames, k), s.names[i])) {
          err_format(Exc_TypeError, "argument for %s() given by name ('%.*s') and position (%d)", fname,
                     int(s.names[i].size()), s.names[i].data(), i + 1);
          return false;
        }
      }
    }
    for (ssize k = 0; k < nkw; k++) {
      Object* key = tuple_get(kwnames, k);
      bool known = false;
      for (int i = s.posonly; i < s.n && !known; i++) known = name_is(key, s.names[i]);
      if (!known) {
        err_format(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_utf8(key), fname);
        return false;
      }
    }
    err_format(Exc_TypeError, "invalid keyword argument for %s()", fname);
    return false;
  }
  return true;
}

bool check_no_args(const char* qualname, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw(qualname, kwnames)) return false;
  if (nargs == 0) return true;
  err_format(Exc_TypeError, "%s() takes no arguments (%zd given)", qualname, nargs);
  return false;
}

bool check_getargs_count(const char* fname, ssize nargs, ssize min, ssize max) {
  if (nargs >= min && nargs <= max) return true;
  ssize n = nargs < min ? min : max;
  const char* how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
  err_format(Exc_TypeError, "%s() takes %s %zd argument%s (%zd given)", fname, how, n, n == 1 ? "" : "s", nargs);
  return false;
}

bool ssize_arg(Object* o, ssize* out) {
  if (is_int_exact(o) && int_is_small(o)) {
    *out = ssize(int_small_value(o));
    return true;
  }
  Object* i = number_index(o);
  if (!i) return false;
  ssize v = int_as_ssize(i);
  decref(i);
  if (v == -1 && err_occurred()) return false;
  *out = v;
  return true;
}

bool opt_ssize_arg(Object* o, ssize* out) {
  if (!o || o == None) return true;
  if (!type_of(o)->nb_index) {
    err_format(Exc_TypeError, "argument should be integer or None, not '%s'", type_name(o));
    return false;
  }
  ssize v = number_as_ssize(o, Exc_OverflowError);
  if (v == -1 && err_occurred()) return false;
  *out = v;
  return true;
}

bool ssize_from_int(Object* o, ssize* out) {
  if (!is_int(o)) {
    err_set_string(Exc_TypeError, "an integer is required");
    return false;
  }
  ssize v = int_as_ssize(o);
  if (v == -1 && err_occurred()) return false;
  *out = v;
  return true;
}

int readonly_member(Object*, Object*, void*) {
  err_set_string(Exc_AttributeError, "readonly attribute");
  return -1;
}

bool new_rejects_kwargs(TypeObject* type, TypeObject* base) {
  return type == base || type->tp_init == base->tp_init;
}

// ---- reusable result tuples ---------------------------------------------------------------
Object* reusable_result(Object** slot) {
  Object* r = *slot;
  if (r->ob_refcnt > 1) {
    Object* copy = tuple_from_array(tuple_items(r), size_of(r));
    if (!copy) return nullptr;
    setref(*slot, copy);
    return copy;
  }
  if (!gc_is_tracked(r)) gc_track(r);
  return r;
}

void tuple_replace(Object* t, ssize i, Object* item_steal) {
  Object* old = tuple_get(t, i);
  tuple_set_steal(t, i, item_steal);
  xdecref(old);
}

}  // namespace stdlib::native

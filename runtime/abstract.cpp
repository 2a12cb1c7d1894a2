// Generic object operations: repr/str/format/hash/truth, comparisons,
// attributes, isinstance/issubclass, iteration, subscription, len, `in`.
// Numbers are in runtime/abstract_number.cpp.
#include <string>

#include "runtime/types/descr.h"
#include "runtime/types/type.h"
#include "runtime/types/typeslots.h"

namespace rt {

// ---- repr / str / ascii / format ---------------------------------------------------------
Object* object_repr(Object* o) {
  unaryfunc f = type_of(o)->tp_repr;
  if (!f) return object_repr_slot(o);
  if (!enter_recursive_call(" while getting the repr of an object")) return nullptr;
  Object* r = f(o);
  leave_recursive_call();
  if (r && !is_str(r)) {
    err_format(Exc_TypeError, "__repr__ returned non-string (type %s)", type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* object_str(Object* o) {
  if (is_str_exact(o)) return newref(o);
  unaryfunc f = type_of(o)->tp_str;
  // object's str is the repr (int, float and most types inherit it): one recursion guard, not two
  if (!f || f == object_str_slot) return object_repr(o);
  if (!enter_recursive_call(" while getting the str of an object")) return nullptr;
  Object* r = f(o);
  leave_recursive_call();
  if (r && !is_str(r)) {
    err_format(Exc_TypeError, "__str__ returned non-string (type %s)", type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* object_ascii(Object* o) {
  Object* r = object_repr(o);
  if (!r) return nullptr;
  std::string_view s = str_view(r);
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return r;
  std::string out;
  out.reserve(s.size() + 16);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* e = p + s.size();
  char buf[16];
  while (p < e) {
    uint32_t c = *p;
    int extra = 0;
    if (c < 0x80) {
      out += char(c);
      p++;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      c &= 0x1F;
      extra = 1;
    } else if ((c & 0xF0) == 0xE0) {
      c &= 0x0F;
      extra = 2;
    } else {
      c &= 0x07;
      extra = 3;
    }
    p++;
    for (int i = 0; i < extra && p < e; i++, p++) c = (c << 6) | (*p & 0x3F);
    if (c <= 0xFF)
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
    else if (c <= 0xFFFF)
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
    else
      std::snprintf(buf, sizeof buf, "\\U%08x", c);
    out += buf;
  }
  decref(r);
  return str_from(out);
}

Object* object_format(Object* o, Object* spec) {
  if (spec && !is_str(spec)) {
    err_format(Exc_TypeError, "format() argument 2 must be str, not %s", type_name(spec));
    return nullptr;
  }
  bool empty = !spec || str_len(spec) == 0;
  if (empty) {
    if (is_str_exact(o)) return newref(o);
    if (is_int_exact(o)) return object_str(o);
  }
  Object* d = type_lookup(type_of(o), names::__format__);
  if (!d) {
    err_format(Exc_TypeError, "Type %s doesn't define __format__", type_name(o));
    return nullptr;
  }
  Object* s = spec ? newref(spec) : str_from_cstr("");
  if (!s) return nullptr;
  Object* r = call_found_special(d, o, &s, 1);
  decref(s);
  if (r && !is_str(r)) {
    err_format(Exc_TypeError, "__format__ must return a str, not %s", type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

// ---- hash / truth ----------------------------------------------------------------------
hash_t object_hash(Object* o) {
  hashfunc f = type_of(o)->tp_hash;
  if (!f) return hash_not_implemented(o);
  return f(o);
}

int object_is_true(Object* o) {
  if (o == True) return 1;
  if (o == False || o == None) return 0;
  TypeObject* t = type_of(o);
  if (t->nb_bool) return t->nb_bool(o);
  if (t->mp_length) {
    ssize n = t->mp_length(o);
    if (n < 0) return -1;
    return n > 0;
  }
  return 1;
}

int object_not(Object* o) {
  int r = object_is_true(o);
  return r < 0 ? r : !r;
}

// ---- comparisons -----------------------------------------------------------------------------
namespace {
const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
const char* const op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};
}  // namespace

namespace {
Object* do_richcompare(Object* v, Object* w, int op);
}

// Comparisons recurse through containers and __eq__ methods: guarded like CPython's.
Object* object_richcompare(Object* v, Object* w, int op) {
  if (!enter_recursive_call(" in comparison")) return nullptr;
  Object* r = do_richcompare(v, w, op);
  leave_recursive_call();
  return r;
}

namespace {
Object* do_richcompare(Object* v, Object* w, int op) {
  TypeObject* vt = type_of(v);
  TypeObject* wt = type_of(w);
  bool checked_reverse = false;
  Object* r;
  if (vt != wt && wt->tp_richcompare && is_subtype(wt, vt)) {
    checked_reverse = true;
    r = wt->tp_richcompare(w, v, swapped_op[op]);
    if (r != NotImplemented) return r;
    decref(r);
  }
  if (vt->tp_richcompare) {
    r = vt->tp_richcompare(v, w, op);
    if (r != NotImplemented) return r;
    decref(r);
  }
  if (!checked_reverse && wt->tp_richcompare) {
    r = wt->tp_richcompare(w, v, swapped_op[op]);
    if (r != NotImplemented) return r;
    decref(r);
  }
  switch (op) {
    case CMP_EQ:
      return bool_ref(v == w);
    case CMP_NE:
      return bool_ref(v != w);
    default:
      err_format(Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'", op_symbol[op], vt->tp_name,
                 wt->tp_name);
      return nullptr;
  }
}
}  // namespace

int object_richcompare_bool(Object* v, Object* w, int op) {
  if (v == w) {
    if (op == CMP_EQ) return 1;
    if (op == CMP_NE) return 0;
  }
  Object* r = object_richcompare(v, w, op);
  if (!r) return -1;
  int t;
  if (r == True)
    t = 1;
  else if (r == False)
    t = 0;
  else
    t = object_is_true(r);
  decref(r);
  return t;
}

// ---- attributes ------------------------------------------------------------------------------
namespace {
bool check_name(Object* name) {
  if (is_str(name)) return true;
  err_format(Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
  return false;
}
}  // namespace

Object* object_getattr(Object* o, Object* name) {
  if (!check_name(name)) return nullptr;
  getattrofunc f = type_of(o)->tp_getattro;
  if (!f) {
    err_format(Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(o), str_utf8(name));
    exc_attribute_error_context(o, name);
    return nullptr;
  }
  Object* r = f(o, name);
  if (!r) exc_attribute_error_context(o, name);
  return r;
}

Object* object_getattr_str(Object* o, const char* name) {
  Object* n = str_intern_cstr(name);
  if (!n) return nullptr;
  Object* r = object_getattr(o, n);
  decref(n);
  return r;
}

Object* object_lookup_attr(Object* o, Object* name, bool* error) {
  bool dummy;
  if (!error) error = &dummy;
  *error = false;
  if (!check_name(name)) {
    *error = true;
    return nullptr;
  }
  getattrofunc f = type_of(o)->tp_getattro;
  Object* r;
  if (f == object_generic_getattr || f == type_getattro) {
    r = f == type_getattro ? type_getattro_impl(o, name, true) : generic_getattr_impl(o, name, true);
    if (!r && err_occurred()) {
      if (err_matches(Exc_AttributeError))
        err_clear();
      else
        *error = true;
    }
    return r;
  }
  if (!f) return nullptr;
  r = f(o, name);
  if (!r) {
    if (err_matches(Exc_AttributeError))
      err_clear();
    else if (err_occurred())
      *error = true;
  }
  return r;
}

int object_setattr(Object* o, Object* name, Object* value) {
  if (!check_name(name)) return -1;
  setattrofunc f = type_of(o)->tp_setattro;
  if (!f) {
    if (type_of(o)->tp_getattro)
      err_format(Exc_AttributeError, "'%s' object has only read-only attributes (%s .%s)", type_name(o),
                 value ? "assign to" : "del", str_utf8(name));
    else
      err_format(Exc_AttributeError, "'%s' object has no attributes (%s .%s)", type_name(o),
                 value ? "assign to" : "del", str_utf8(name));
    return -1;
  }
  incref(name);
  if (is_str_exact(name) && !as_str(name)->interned) {
    name = str_intern(name);
    if (!name) return -1;
  }
  int r = f(o, name, value);
  decref(name);
  return r;
}

int object_setattr_str(Object* o, const char* name, Object* value) {
  Object* n = str_intern_cstr(name);
  if (!n) return -1;
  int r = object_setattr(o, n, value);
  decref(n);
  return r;
}

int object_hasattr(Object* o, Object* name) {
  bool error = false;
  Object* r = object_lookup_attr(o, name, &error);
  if (error) return -1;
  if (!r) return 0;
  decref(r);
  return 1;
}

Object* object_dir(Object* o) {
  Object* d = type_lookup(type_of(o), names::__dir__);
  if (!d) {
    err_set_string(Exc_TypeError, "object does not provide __dir__");
    return nullptr;
  }
  Object* r = call_found_special(d, o, nullptr, 0);
  if (!r) return nullptr;
  Object* l = sequence_list(r);
  decref(r);
  if (!l) return nullptr;
  if (list_sort(l, nullptr, false) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

Object* object_type(Object* o) { return newref(static_cast<Object*>(type_of(o))); }

// ---- isinstance / issubclass ------------------------------------------------------------------
namespace {

// cls.__bases__ as a tuple (borrowed-style new ref) or null when absent (no error).
Object* abstract_get_bases(Object* cls, bool* error) {
  Object* b = object_lookup_attr(cls, names::__bases__, error);
  if (b && !is_tuple(b)) {
    decref(b);
    return nullptr;
  }
  return b;
}

int abstract_issubclass(Object* derived, Object* cls) {
  for (;;) {
    if (derived == cls) return 1;
    bool error = false;
    Object* bases = abstract_get_bases(derived, &error);
    if (error) return -1;
    if (!bases) return 0;
    ssize n = size_of(bases);
    if (n == 0) {
      decref(bases);
      return 0;
    }
    if (n == 1) {
      derived = tuple_get(bases, 0);
      decref(bases);  // kept alive by the class
      continue;
    }
    for (ssize i = 0; i < n; i++) {
      int r = abstract_issubclass(tuple_get(bases, i), cls);
      if (r != 0) {
        decref(bases);
        return r;
      }
    }
    decref(bases);
    return 0;
  }
}

bool check_class(Object* cls, const char* msg) {
  bool error = false;
  Object* b = abstract_get_bases(cls, &error);
  if (error) return false;
  if (!b) {
    err_set_string(Exc_TypeError, msg);
    return false;
  }
  decref(b);
  return true;
}

}  // namespace

int recursive_isinstance(Object* inst, Object* cls) {
  if (is_type(cls)) {
    auto* t = static_cast<TypeObject*>(cls);
    if (type_check(inst, t)) return 1;
    bool error = false;
    Object* c = object_lookup_attr(inst, names::__class__, &error);
    if (error) return -1;
    int r = 0;
    if (c && c != static_cast<Object*>(type_of(inst)) && is_type(c)) r = is_subtype(static_cast<TypeObject*>(c), t);
    xdecref(c);
    return r;
  }
  if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) return -1;
  bool error = false;
  Object* c = object_lookup_attr(inst, names::__class__, &error);
  if (error) return -1;
  if (!c) return 0;
  int r = abstract_issubclass(c, cls);
  decref(c);
  return r;
}

int recursive_issubclass(Object* derived, Object* cls) {
  if (is_type(cls) && is_type(derived))
    return is_subtype(static_cast<TypeObject*>(derived), static_cast<TypeObject*>(cls));
  if (!check_class(derived, "issubclass() arg 1 must be a class")) return -1;
  if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) return -1;
  return abstract_issubclass(derived, cls);
}

int object_isinstance(Object* inst, Object* cls) {
  if (static_cast<Object*>(type_of(inst)) == cls) return 1;
  if (type_of(cls) == &TypeType) return recursive_isinstance(inst, cls);
  if (Object* members = union_members(cls)) cls = members;  // isinstance(x, int | str)
  if (is_tuple(cls)) {
    if (!enter_recursive_call(" in __instancecheck__")) return -1;
    int r = 0;
    for (ssize i = 0; i < size_of(cls) && r == 0; i++) r = object_isinstance(inst, tuple_get(cls, i));
    leave_recursive_call();
    return r;
  }
  Object* checker = type_lookup(type_of(cls), names::__instancecheck__);
  if (checker) {
    if (!enter_recursive_call(" in __instancecheck__")) return -1;
    Object* r = call_found_special(checker, cls, &inst, 1);
    leave_recursive_call();
    if (!r) return -1;
    int t = object_is_true(r);
    decref(r);
    return t;
  }
  return recursive_isinstance(inst, cls);
}

int object_issubclass(Object* derived, Object* cls) {
  if (type_of(cls) == &TypeType && is_type(derived)) {
    if (derived == cls) return 1;
    return is_subtype(static_cast<TypeObject*>(derived), static_cast<TypeObject*>(cls));
  }
  if (Object* members = union_members(cls)) cls = members;  // issubclass(c, int | str)
  if (is_tuple(cls)) {
    if (!enter_recursive_call(" in __subclasscheck__")) return -1;
    int r = 0;
    for (ssize i = 0; i < size_of(cls) && r == 0; i++) r = object_issubclass(derived, tuple_get(cls, i));
    leave_recursive_call();
    return r;
  }
  Object* checker = type_lookup(type_of(cls), names::__subclasscheck__);
  if (checker) {
    if (!enter_recursive_call(" in __subclasscheck__")) return -1;
    Object* r = call_found_special(checker, cls, &derived, 1);
    leave_recursive_call();
    if (!r) return -1;
    int t = object_is_true(r);
    decref(r);
    return t;
  }
  return recursive_issubclass(derived, cls);
}

// ---- iteration ----------------------------------------------------------------------------------
Object* object_get_iter(Object* o) {
  TypeObject* t = type_of(o);
  unaryfunc f = t->tp_iter;
  if (f) {
    Object* it = f(o);
    if (it && !type_of(it)->tp_iternext) {
      err_format(Exc_TypeError, "iter() returned non-iterator of type '%s'", type_name(it));
      decref(it);
      return nullptr;
    }
    return it;
  }
  if (t->mp_subscript && !is_dict(o)) return seq_iter_new(o);
  err_format(Exc_TypeError, "'%s' object is not iterable", t->tp_name);
  return nullptr;
}

Object* iter_next(Object* it) {
  unaryfunc f = type_of(it)->tp_iternext;
  if (!f) {
    err_format(Exc_TypeError, "'%s' object is not an iterator", type_name(it));
    return nullptr;
  }
  Object* r = f(it);
  if (!r && err_occurred() && err_matches(Exc_StopIteration)) err_clear();
  return r;
}

Object* object_self_iter(Object* o) { return newref(o); }

int iterate(Object* iterable, int (*fn)(Object* item, void* ctx), void* ctx) {
  if (is_list_exact(iterable)) {
    for (ssize i = 0; i < size_of(iterable); i++) {
      Object* item = newref(list_get(iterable, i));
      int r = fn(item, ctx);
      decref(item);
      if (r < 0) return -1;
      if (r > 0) return 0;
    }
    return 0;
  }
  if (is_tuple_exact(iterable)) {
    for (ssize i = 0; i < size_of(iterable); i++) {
      int r = fn(tuple_get(iterable, i), ctx);
      if (r < 0) return -1;
      if (r > 0) return 0;
    }
    return 0;
  }
  Object* it = object_get_iter(iterable);
  if (!it) return -1;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) {
      decref(it);
      return err_occurred() ? -1 : 0;
    }
    int r = fn(item, ctx);
    decref(item);
    if (r < 0) {
      decref(it);
      return -1;
    }
    if (r > 0) break;
  }
  decref(it);
  return 0;
}

// ---- subscription / len / contains ----------------------------------------------------------------
Object* object_getitem(Object* o, Object* key) {
  binaryfunc f = type_of(o)->mp_subscript;
  if (f) return f(o, key);
  if (is_type(o)) {
    if (o == &TypeType) return generic_alias_new(o, key);  // type[int]
    bool error = false;
    Object* meth = object_lookup_attr(o, names::__class_getitem__, &error);
    if (error) return nullptr;
    if (meth) {
      Object* r = call1(meth, key);
      decref(meth);
      return r;
    }
    err_format(Exc_TypeError, "type '%s' is not subscriptable", static_cast<TypeObject*>(o)->tp_name);
    return nullptr;
  }
  err_format(Exc_TypeError, "'%s' object is not subscriptable", type_name(o));
  return nullptr;
}

int object_setitem(Object* o, Object* key, Object* value) {
  objobjargproc f = type_of(o)->mp_ass_subscript;
  if (f) return f(o, key, value);
  err_format(Exc_TypeError, "'%s' object does not support item assignment", type_name(o));
  return -1;
}

int object_delitem(Object* o, Object* key) {
  objobjargproc f = type_of(o)->mp_ass_subscript;
  if (f) return f(o, key, nullptr);
  // CPython words it differently when the object has sequence methods and the key is an index.
  TypeObject* t = type_of(o);
  bool seq_index = (t->sq_contains || t->mp_length) && type_of(key)->nb_index;
  err_format(Exc_TypeError, "'%s' object %s support item deletion", type_name(o), seq_index ? "doesn't" : "does not");
  return -1;
}

ssize object_length(Object* o) {
  lenfunc f = type_of(o)->mp_length;
  if (f) return f(o);
  err_format(Exc_TypeError, "object of type '%s' has no len()", type_name(o));
  return -1;
}

ssize object_length_hint(Object* o, ssize dflt) {
  lenfunc f = type_of(o)->mp_length;
  if (f) {
    ssize n = f(o);
    if (n >= 0) return n;
    if (!err_matches(Exc_TypeError)) return -1;
    err_clear();
  }
  Object* d = type_lookup(type_of(o), names::__length_hint__);
  if (!d) return dflt;
  Object* r = call_found_special(d, o, nullptr, 0);
  if (!r) {
    if (!err_matches(Exc_TypeError)) return -1;
    err_clear();
    return dflt;
  }
  if (r == NotImplemented) {
    decref(r);
    return dflt;
  }
  if (!is_int(r)) {
    err_format(Exc_TypeError, "__length_hint__ must be an integer, not %s", type_name(r));
    decref(r);
    return -1;
  }
  ssize n = int_as_ssize(r);
  decref(r);
  if (n == -1 && err_occurred()) return -1;
  if (n < 0) {
    err_set_string(Exc_ValueError, "__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

namespace {
struct SearchCtx {
  Object* item;
  int found;
};
int search_fn(Object* x, void* ctx) {
  auto* c = static_cast<SearchCtx*>(ctx);
  int r = object_richcompare_bool(x, c->item, CMP_EQ);
  if (r < 0) return -1;
  if (r) {
    c->found = 1;
    return 1;
  }
  return 0;
}
}  // namespace

int sequence_contains(Object* container, Object* item) {
  objobjproc f = type_of(container)->sq_contains;
  if (f) return f(container, item);
  Object* it = object_get_iter(container);
  if (!it) {
    if (err_matches(Exc_TypeError)) {
      err_clear();
      err_format(Exc_TypeError, "argument of type '%s' is not iterable", type_name(container));
    }
    return -1;
  }
  SearchCtx ctx{item, 0};
  int r = iterate(it, search_fn, &ctx);
  decref(it);
  if (r < 0) return -1;
  return ctx.found;
}

Object* sequence_tuple(Object* iterable) {
  if (is_tuple_exact(iterable)) return newref(iterable);
  if (is_list_exact(iterable)) return list_as_tuple(iterable);
  Object* l = sequence_list(iterable);
  if (!l) return nullptr;
  Object* t = list_as_tuple(l);
  decref(l);
  return t;
}

Object* sequence_list(Object* iterable) {
  Object* l = list_new(0);
  if (!l) return nullptr;
  if (list_extend(l, iterable) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

}  // namespace rt

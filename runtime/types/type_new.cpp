// Class creation (type.__new__) and the life of class instances: layout,
// deallocation with __del__ (once), GC traversal and clearing.
#include <string>
#include <unordered_set>
#include <vector>

#include "interp/code.h"
#include "runtime/types/descr.h"
#include "runtime/types/type.h"
#include "runtime/types/typeslots.h"

namespace rt {

// ---- finalized objects ----------------------------------------------------------
namespace {
// Objects whose __del__ already ran and that are still alive (resurrected, or
// finalized by the collector before being freed).  Protected by the GIL.
std::unordered_set<Object*>* finalized_set = nullptr;
}  // namespace

void mark_finalized(Object* o) {
  if (!finalized_set) finalized_set = new std::unordered_set<Object*>();
  finalized_set->insert(o);
}

bool was_finalized(Object* o) { return finalized_set && finalized_set->count(o) != 0; }

// ---- layout -----------------------------------------------------------------------
namespace {

// Does t's instance layout add words to b's, beyond the __dict__ and
// weak-reference list words a class adds (which do not make a layout conflict)?
bool extra_ivars(TypeObject* t, TypeObject* b) {
  ssize t_size = t->tp_basicsize, b_size = b->tp_basicsize;
  if (has_flag(t, TPFLAG_HEAPTYPE) && t->tp_dictoffset && !b->tp_dictoffset) t_size -= ssize(sizeof(Object*));
  if (has_flag(t, TPFLAG_HEAPTYPE) && t->tp_weaklistoffset && !b->tp_weaklistoffset)
    t_size -= ssize(sizeof(Object*));
  return t_size != b_size || t->tp_itemsize != b->tp_itemsize;
}

}  // namespace

TypeObject* solid_base(TypeObject* t) {
  TypeObject* b = t->tp_base;
  if (b && !extra_ivars(t, b)) return solid_base(b);
  return t;
}

// The base whose instance layout a class with these bases extends: the one
// with the most derived solid base, every other solid base being one of its
// ancestors (else the layouts conflict).
TypeObject* best_base(Object* bases) {
  TypeObject* base = nullptr;
  TypeObject* winner_sb = nullptr;
  for (ssize i = 0; i < size_of(bases); i++) {
    Object* bo = tuple_get(bases, i);
    if (!is_type(bo)) {
      err_set_string(Exc_TypeError, "bases must be types");
      return nullptr;
    }
    auto* b = static_cast<TypeObject*>(bo);
    if (!has_flag(b, TPFLAG_READY) && type_ready(b) < 0) return nullptr;
    if (!has_flag(b, TPFLAG_BASETYPE)) {
      err_format(Exc_TypeError, "type '%s' is not an acceptable base type", b->tp_name);
      return nullptr;
    }
    TypeObject* cand = solid_base(b);
    if (winner_sb && is_subtype(winner_sb, cand)) continue;  // the winner's layout already extends cand's
    if (winner_sb && !is_subtype(cand, winner_sb)) {
      err_set_string(Exc_TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
    winner_sb = cand;
    base = b;
  }
  return base;
}

// ---- instances: dealloc / traverse / clear -------------------------------------------------
namespace {

void subtype_dealloc_impl(Object* o);
int subtype_traverse(Object* o, visitproc visit, void* arg);
int subtype_clear(Object* o);

// The words classes added to their built-in base's layout: __slots__ members,
// the __dict__ slot and the weak-reference list head, all Object*.  For a fixed-size base they are the range
// [static base basicsize, basicsize); for a variable-size base (str, tuple)
// the same number of words right after the variable-size data
// (object_var_end).  A built-in base with its own dict (exceptions, type)
// manages that dict itself.
struct AddedWords {
  Object** begin = nullptr;
  Object** end = nullptr;
};

// The weak-reference list head may sit among the added words: it holds no
// reference (the weak references point at the object, not the other way),
// so traversing and clearing skip it.  Its value, when not null, is a weak
// reference: testing that flag first keeps the address computation off the
// path of every other word.
inline bool is_weaklist_word(Object* o, Object** p) {
  return has_flag(type_of(*p), TPFLAG_WEAKREF) && p == weaklist_ptr(o);
}

AddedWords added_words(Object* o) {
  AddedWords w;
  TypeObject* t = type_of(o);
  TypeObject* sb = static_base(t);
  if (has_flag(sb, TPFLAG_HEAPTYPE)) return w;
  char* start = sb->tp_itemsize == 0 ? reinterpret_cast<char*>(o) + sb->tp_basicsize : object_var_end(o);
  w.begin = reinterpret_cast<Object**>(start);
  w.end = reinterpret_cast<Object**>(start + (t->tp_basicsize - sb->tp_basicsize));
  return w;
}

void clear_added_words(Object* o) {
  AddedWords w = added_words(o);
  for (Object** p = w.begin; p < w.end; p++)
    if (*p && !is_weaklist_word(o, p)) clearref(*p);
}

}  // namespace

void subtype_dealloc(Object* o) { subtype_dealloc_impl(o); }

namespace {

void subtype_dealloc_impl(Object* o) {
  TypeObject* t = type_of(o);
  if (t->tp_finalize && !was_finalized(o)) {
    // Run __del__ with the object temporarily alive again.
    refchain_link(o);
    o->ob_refcnt = 1;
    t->tp_finalize(o);
    if (--o->ob_refcnt != 0) return;  // resurrected: stays on the refchain
    refchain_unlink(o);
    t = type_of(o);  // __del__ may have assigned __class__
  }
  if (finalized_set && !finalized_set->empty()) finalized_set->erase(o);
  bool gc = has_flag(t, TPFLAG_HAVE_GC);
  if (gc && gc_is_tracked(o)) gc_untrack(o);
  // Weak references die after __del__ (which may resurrect the object and
  // keep them) and before the slots and the __dict__ are cleared, as in
  // CPython; their callbacks may run Python code, hence untracked first.
  clear_weakrefs(o);
  TypeObject* base = t;
  while (base && base->tp_dealloc == subtype_dealloc) base = base->tp_base;
  clear_added_words(o);
  if (!base || !base->tp_dealloc) {
    free_object(o);
    return;
  }
  if (gc && has_flag(base, TPFLAG_HAVE_GC)) gc_track(o);  // the base's dealloc untracks
  base->tp_dealloc(o);
}

int subtype_traverse(Object* o, visitproc visit, void* arg) {
  TypeObject* t = type_of(o);
  AddedWords w = added_words(o);
  for (Object** p = w.begin; p < w.end; p++) {
    if (*p && !is_weaklist_word(o, p)) {
      int r = visit(*p, arg);
      if (r) return r;
    }
  }
  if (has_flag(t, TPFLAG_HEAPTYPE)) {
    int r = visit(t, arg);
    if (r) return r;
  }
  TypeObject* base = t;
  while (base && base->tp_traverse == subtype_traverse) base = base->tp_base;
  if (base && base->tp_traverse) return base->tp_traverse(o, visit, arg);
  return 0;
}

int subtype_clear(Object* o) {
  TypeObject* t = type_of(o);
  clear_added_words(o);
  TypeObject* base = t;
  while (base && base->tp_clear == subtype_clear) base = base->tp_base;
  if (base && base->tp_clear) return base->tp_clear(o);
  return 0;
}

// ---- the instance __dict__ attribute ----------------------------------------------------------
Object* subtype_get_dict(Object* o, void*) {
  Object** dp = object_dict_ptr(o);
  if (!dp) {
    err_set_string(Exc_AttributeError, "This object has no __dict__");
    return nullptr;
  }
  if (!*dp) {
    *dp = dict_new();
    if (!*dp) return nullptr;
  }
  return newref(*dp);
}

int subtype_set_dict(Object* o, Object* value, void*) {
  Object** dp = object_dict_ptr(o);
  if (!dp) {
    err_set_string(Exc_AttributeError, "This object has no __dict__");
    return -1;
  }
  if (!value) {
    err_set_string(Exc_TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(value)) {
    err_format(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(value));
    return -1;
  }
  setref(*dp, newref(value));
  return 0;
}

GetSetDef subtype_dict_getset[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables (if defined)", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- the instance __weakref__ attribute: the first weak reference, or None ------------------
Object* subtype_get_weakref(Object* o, void*) {
  Object** list = weaklist_ptr(o);
  return newref(list && *list ? *list : None);
}

GetSetDef subtype_weakref_getset[] = {
    {"__weakref__", subtype_get_weakref, nullptr, "list of weak references to the object", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- type.__new__ -----------------------------------------------------------------------------
Object* current_module_name() {
  Object* g = interp::current_globals();
  if (!g) return nullptr;
  Object* n = dict_getitem(g, names::__name__);
  if (!n && err_occurred()) err_clear();
  return n;  // borrowed
}

int set_names(TypeObject* t) {
  Object* items = dict_items_list(t->tp_dict);
  if (!items) return -1;
  for (ssize i = 0; i < size_of(items); i++) {
    Object* pair = list_get(items, i);
    Object* key = tuple_get(pair, 0);
    Object* v = tuple_get(pair, 1);
    Object* meth = type_lookup(type_of(v), names::__set_name__);
    if (!meth) continue;
    incref(meth);
    Object* a[2] = {t, key};
    Object* r = call_found_special(meth, v, a, 2);
    decref(meth);
    if (!r) {
      // 3.11: RuntimeError("Error calling __set_name__ on ...") caused by the original error.
      Object* cause = err_fetch();
      err_format(Exc_RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'", type_name(v),
                 str_utf8(key), t->tp_name);
      Object* exc = err_fetch();
      if (exc && cause) {
        exc_set_context(exc, newref(cause));
        exc_set_cause(exc, cause);
        cause = nullptr;
      }
      xdecref(cause);
      err_restore(exc);
      decref(items);
      return -1;
    }
    decref(r);
  }
  decref(items);
  return 0;
}

int init_subclass(TypeObject* t, Object* const* kwvalues, Object* kwnames) {
  // super(t, t).__init_subclass__(**kwargs)
  Object* mro = t->tp_mro;
  Object* found = nullptr;
  for (ssize i = 1; mro && i < size_of(mro); i++) {
    auto* b = static_cast<TypeObject*>(tuple_get(mro, i));
    if (!b->tp_dict) continue;
    found = dict_getitem(b->tp_dict, names::__init_subclass__);
    if (found) break;
  }
  if (!found) return 0;
  incref(found);
  Object* bound;
  descrgetfunc f = type_of(found)->tp_descr_get;
  if (f) {
    bound = f(found, nullptr, t);
    decref(found);
    if (!bound) return -1;
  } else {
    bound = found;
  }
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  Object* r = call(bound, kwvalues, 0, nkw ? kwnames : nullptr);
  decref(bound);
  if (!r) return -1;
  decref(r);
  return 0;
}

bool is_identifier(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ok = c >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

// Private-name mangling of a slot name: __x in class _Cls -> _Cls__x.
Object* mangle(Object* cls_name, Object* n) {
  std::string_view s = str_view(n);
  if (s.size() < 3 || s.substr(0, 2) != "__" || s.substr(s.size() - 2) == "__") {
    incref(n);
    return str_intern(n);
  }
  std::string_view c = str_view(cls_name);
  while (!c.empty() && c.front() == '_') c.remove_prefix(1);
  if (c.empty()) {
    incref(n);
    return str_intern(n);
  }
  std::string m = "_" + std::string(c) + std::string(s);
  Object* r = str_from(m);
  return r ? str_intern(r) : nullptr;
}

// Wrap a plain function found under `name` in staticmethod/classmethod.
int wrap_special(Object* dict, Object* name, Object* (*wrap)(Object*)) {
  Object* v = dict_getitem(dict, name);
  if (!v || type_of(v) != &FunctionType) return 0;
  Object* w = wrap(v);
  if (!w) return -1;
  int r = dict_setitem(dict, name, w);
  decref(w);
  return r;
}

}  // namespace

Object* type_new(TypeObject* metatype, Object* const* args, ssize nargs, Object* kwnames) {
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (metatype == &TypeType && nargs == 1 && nkw == 0) return newref(static_cast<Object*>(type_of(args[0])));
  if (nargs != 3) {
    err_set_string(Exc_TypeError, "type() takes 1 or 3 arguments");
    return nullptr;
  }
  Object* name = args[0];
  Object* orig_bases = args[1];
  Object* ns = args[2];
  if (!is_str(name)) {
    err_format(Exc_TypeError, "type.__new__() argument 1 must be str, not %s", type_name(name));
    return nullptr;
  }
  if (!is_tuple(orig_bases)) {
    err_format(Exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(orig_bases));
    return nullptr;
  }
  if (!is_dict(ns)) {
    err_format(Exc_TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(ns));
    return nullptr;
  }
  for (ssize i = 0; i < size_of(orig_bases); i++) {
    Object* b = tuple_get(orig_bases, i);
    if (is_type(b)) continue;
    bool error = false;
    Object* meth = object_lookup_attr(b, names::__mro_entries__, &error);
    if (error) return nullptr;
    if (meth) {
      decref(meth);
      err_set_string(Exc_TypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
      return nullptr;
    }
  }
  // The most derived metaclass.
  TypeObject* winner = metatype;
  for (ssize i = 0; i < size_of(orig_bases); i++) {
    TypeObject* tmp = type_of(tuple_get(orig_bases, i));
    if (is_subtype(winner, tmp)) continue;
    if (is_subtype(tmp, winner)) {
      winner = tmp;
      continue;
    }
    err_set_string(Exc_TypeError,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                   "metaclasses of all its bases");
    return nullptr;
  }
  if (winner != metatype) {
    if (winner->tp_new && winner->tp_new != type_new) return winner->tp_new(winner, args, nargs, kwnames);
    metatype = winner;
  }
  // Bases and the solid base.
  Object* bases;
  if (size_of(orig_bases) == 0) {
    bases = tuple_pack(1, static_cast<Object*>(&BaseObjectType));
    if (!bases) return nullptr;
  } else {
    // A private copy: the type keeps its bases tuple away from the collector.
    bases = tuple_from_array(tuple_items(orig_bases), size_of(orig_bases));
    if (!bases) return nullptr;
  }
  TypeObject* base = best_base(bases);
  if (!base) {
    decref(bases);
    return nullptr;
  }
  if (std::strlen(str_utf8(name)) != size_t(str_utf8_len(name))) {
    err_set_string(Exc_ValueError, "type name must not contain null characters");
    decref(bases);
    return nullptr;
  }
  // The namespace.
  Object* dict = dict_copy(ns);
  if (!dict) {
    decref(bases);
    return nullptr;
  }
  auto fail = [&](TypeObject* t) -> Object* {
    decref(bases);
    decref(dict);
    if (t) {
      // A half-made type may be in a cycle already (its dict's __dict__
      // descriptor refers to it): leave it to the collector.
      if (!gc_is_tracked(t)) gc_track(t);
      decref(t);
    }
    return nullptr;
  };
  if (!dict_getitem(dict, names::__module__)) {
    Object* mn = current_module_name();
    if (mn && dict_setitem(dict, names::__module__, mn) < 0) return fail(nullptr);
  }
  Object* qualname = dict_getitem(dict, names::__qualname__);
  if (qualname) {
    if (!is_str(qualname)) {
      err_format(Exc_TypeError, "type __qualname__ must be a str, not %s", type_name(qualname));
      return fail(nullptr);
    }
    incref(qualname);
    if (dict_delitem(dict, names::__qualname__) < 0) {
      decref(qualname);
      return fail(nullptr);
    }
  } else {
    qualname = newref(name);
  }
  Object* classcell = dict_getitem(dict, names::__classcell__);
  if (classcell) {
    if (type_of(classcell) != &CellType) {
      err_format(Exc_TypeError, "__classcell__ must be a nonlocal cell, not <class '%s'>",
                 type_full_name(type_of(classcell)).c_str());
      decref(qualname);
      return fail(nullptr);
    }
    incref(classcell);
    dict_delitem(dict, names::__classcell__);
  }
  auto fail2 = [&](TypeObject* t) -> Object* {
    decref(qualname);
    xdecref(classcell);
    return fail(t);
  };
  // __slots__: names of member slots (mangled), and whether instances still get a __dict__.
  std::vector<Object*> slot_names;  // owned
  bool want_dict = true;
  // Weak references (CPython's rules): a class may add a weak-reference list
  // unless its base has one or is variable-size in CPython (int, tuple,
  // bytes); without __slots__ it does, with __slots__ only if they name
  // '__weakref__' (or another base has one).
  bool cpython_var_sized =
      has_flag(base, TPFLAG_LONG_SUBCLASS | TPFLAG_TUPLE_SUBCLASS | TPFLAG_BYTES_SUBCLASS | TPFLAG_TYPE_SUBCLASS);
  bool may_add_weak = base->tp_weaklistoffset == 0 && !cpython_var_sized;
  bool add_weak = may_add_weak;
  auto drop_slots = [&] {
    for (Object* n : slot_names) decref(n);
    slot_names.clear();
  };
  if (Object* slots = dict_getitem(dict, names::__slots__)) {
    want_dict = false;
    add_weak = false;
    Object* seq = is_str(slots) ? tuple_pack(1, slots) : sequence_list(slots);
    if (!seq) return fail2(nullptr);
    Object** items = is_tuple(seq) ? tuple_items(seq) : list_items(seq);
    ssize n = size_of(seq);
    bool ok = true;
    // CPython refuses any slot (even __dict__) where its own instances are
    // variable-size (int, tuple, bytes, type), before looking at the names;
    // its str is not variable-size, so str subclasses may have slots (pyglass
    // puts them after the text, as it does the __dict__).
    if (n > 0 && cpython_var_sized) {
      err_format(Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->tp_name);
      ok = false;
    }
    for (ssize i = 0; i < n && ok; i++) {
      Object* sn = items[i];
      if (!is_str(sn)) {
        err_format(Exc_TypeError, "__slots__ items must be strings, not '%s'", type_name(sn));
        ok = false;
        break;
      }
      if (!is_identifier(str_view(sn))) {
        err_set_string(Exc_TypeError, "__slots__ must be identifiers");
        ok = false;
        break;
      }
      if (str_equal(sn, names::__dict__)) {
        if (base->tp_dictoffset || want_dict) {
          err_set_string(Exc_TypeError, "__dict__ slot disallowed: we already got one");
          ok = false;
        }
        want_dict = true;
        continue;
      }
      if (str_equal(sn, names::__weakref__)) {
        if (!may_add_weak || add_weak) {
          err_set_string(Exc_TypeError,
                         "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
          ok = false;
          break;
        }
        add_weak = true;
        continue;
      }
      Object* m = mangle(name, sn);
      if (!m) {
        ok = false;
        break;
      }
      if (dict_getitem(dict, m)) {
        err_format(Exc_ValueError, "'%s' in __slots__ conflicts with class variable", str_utf8(m));
        decref(m);
        ok = false;
        break;
      }
      slot_names.push_back(m);
    }
    decref(seq);
    // Secondary bases may bring a weak-reference list along.
    for (ssize i = 0; ok && may_add_weak && !add_weak && size_of(bases) > 1 && i < size_of(bases); i++) {
      auto* b = static_cast<TypeObject*>(tuple_get(bases, i));
      if (b != base && b->tp_weaklistoffset) add_weak = true;
    }
    if (!ok) {
      drop_slots();
      return fail2(nullptr);
    }
  }
  auto fail3 = [&](TypeObject* t) -> Object* {
    drop_slots();
    return fail2(t);
  };
  if (!dict_getitem(dict, names::__doc__) && dict_setitem(dict, names::__doc__, None) < 0) return fail3(nullptr);
  if (wrap_special(dict, names::__new__, staticmethod_new) < 0) return fail3(nullptr);
  if (wrap_special(dict, names::__init_subclass__, classmethod_new) < 0) return fail3(nullptr);
  if (wrap_special(dict, names::__class_getitem__, classmethod_new) < 0) return fail3(nullptr);
  if (dict_getitem(dict, names::__eq__) && !dict_getitem(dict, names::__hash__)) {
    if (dict_setitem(dict, names::__hash__, None) < 0) return fail3(nullptr);
  }

  // The type object.
  auto* t = static_cast<TypeObject*>(alloc_object(metatype, size_t(metatype->tp_basicsize)));
  if (!t) return fail3(nullptr);
  t->tp_flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE | TPFLAG_HAVE_GC;
  t->ht_name = newref(name);
  t->tp_name = str_utf8(name);
  t->ht_qualname = qualname;
  qualname = newref(qualname);  // fail2 drops this one
  Object* mod = dict_getitem(dict, names::__module__);
  t->ht_module = mod && is_str(mod) ? newref(mod) : nullptr;
  t->tp_bases = newref(bases);
  t->tp_base = newref(base);
  t->tp_doc = nullptr;
  t->tp_basicsize = base->tp_basicsize;
  t->tp_itemsize = base->tp_itemsize;
  // Offsets of added words: from the object for a fixed-size base, from the
  // end of the variable-size data otherwise (runtime/type.h, object_var_end).
  TypeObject* sb = static_base(base);
  auto var_offset = [&] { return t->tp_basicsize - sb->tp_basicsize; };
  for (Object* sn : slot_names) {
    Object* member = base->tp_itemsize ? member_descr_new(t, sn, var_offset(), MEMBER_VAREND)
                                       : member_descr_new(t, sn, t->tp_basicsize);
    if (!member || dict_setitem(dict, sn, member) < 0) {
      xdecref(member);
      return fail3(t);
    }
    decref(member);
    t->tp_basicsize += ssize(sizeof(Object*));
  }
  drop_slots();
  bool add_dict = want_dict && base->tp_dictoffset == 0;
  if (add_dict) {
    if (base->tp_itemsize)
      t->tp_dictoffset = -ssize(sizeof(Object*)) - var_offset();
    else
      t->tp_dictoffset = t->tp_basicsize;
    t->tp_basicsize += ssize(sizeof(Object*));
  } else {
    t->tp_dictoffset = base->tp_dictoffset;
  }
  // The weak-reference list: the next added word, like the __dict__ slot
  // (offsets of a variable-size base count from the end of its data, so
  // what the bases placed never moves).
  t->tp_weaklistoffset = base->tp_weaklistoffset;
  if (add_weak) {
    if (base->tp_itemsize)
      t->tp_weaklistoffset = -ssize(sizeof(Object*)) - var_offset();
    else
      t->tp_weaklistoffset = t->tp_basicsize;
    t->tp_basicsize += ssize(sizeof(Object*));
  }
  t->tp_dealloc = subtype_dealloc;
  t->tp_traverse = subtype_traverse;
  t->tp_clear = subtype_clear;
  t->tp_dict = newref(dict);
  if (add_dict && !dict_getitem(dict, names::__dict__)) {
    Object* d = getset_descr_new(t, subtype_dict_getset);
    if (!d || dict_setitem(dict, names::__dict__, d) < 0) {
      xdecref(d);
      return fail3(t);
    }
    decref(d);
  }
  if (add_weak && !dict_getitem(dict, names::__weakref__)) {
    Object* d = getset_descr_new(t, subtype_weakref_getset);
    if (!d || dict_setitem(dict, names::__weakref__, d) < 0) {
      xdecref(d);
      return fail3(t);
    }
    decref(d);
  }
  if (type_ready(t) < 0) return fail3(t);
  if (type_apply_abc_tpflags(t) < 0) return fail3(t);  // pattern matching (runtime/matchflags.cpp)
  fixup_slots(t);
  gc_track(t);
  if (classcell) cell_set(classcell, t);
  if (set_names(t) < 0) return fail3(t);
  if (init_subclass(t, args + nargs, kwnames) < 0) return fail3(t);
  decref(qualname);
  xdecref(classcell);
  decref(bases);
  decref(dict);
  return t;
}

Object* type_new_simple(const char* name, TypeObject* base, Object* dict) {
  Object* n = str_from_cstr(name);
  if (!n) return nullptr;
  Object* bases = base ? tuple_pack(1, static_cast<Object*>(base)) : empty_tuple();
  if (!bases) {
    decref(n);
    return nullptr;
  }
  Object* d = dict ? newref(dict) : dict_new();
  if (!d) {
    decref(n);
    decref(bases);
    return nullptr;
  }
  Object* a[3] = {n, bases, d};
  Object* r = type_new(&TypeType, a, 3, nullptr);
  decref(n);
  decref(bases);
  decref(d);
  return r;
}

}  // namespace rt

// ---- added by io: the instance __dict__ attribute for static types with a tp_dictoffset ----
namespace rt {
Object* instance_dict_get(Object* o, void* closure) { return subtype_get_dict(o, closure); }
int instance_dict_set(Object* o, Object* value, void* closure) { return subtype_set_dict(o, value, closure); }
}  // namespace rt

// The `type` type: readying built-in types, the MRO, attribute lookup along
// the MRO with a method cache, type attributes and methods, instantiation.
// Class creation (type_new) is in runtime/type_new.cpp, `object` in
// runtime/type_baseobject.cpp, the slot table in runtime/typeslots.cpp.
#include "runtime/types/type.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "interp/code.h"
#include "runtime/types/descr.h"
#include "runtime/init.h"
#include "runtime/types/typeslots.h"

namespace rt {

TypeObject TypeType;

bool type_ready_deferred(TypeObject* t);  // runtime/lifecycle.cpp: queue while the built-ins are filled in

namespace {

// ---- method cache ------------------------------------------------------------
// Keyed by (tp_version_tag, interned name).  Values are borrowed: any change to
// a type's dict goes through type_setattro/type_modified, which retires the
// version tag of the type and every subclass, so a stale entry never matches.
constexpr size_t MCACHE_SIZE = 1 << 12;
struct CacheEntry {
  uint32_t version;
  Object* name;
  Object* value;
};
CacheEntry method_cache[MCACHE_SIZE];
uint32_t next_version_tag = 1;

inline size_t mcache_index(uint32_t version, Object* name) {
  return (size_t(version) * 2654435761u ^ (reinterpret_cast<uintptr_t>(name) >> 4)) & (MCACHE_SIZE - 1);
}

Object* find_in_mro(TypeObject* t, Object* name) {
  Object* mro = t->tp_mro;
  if (!mro) {
    // Not ready (or cleared by the collector): walk the base chain.
    for (TypeObject* b = t; b; b = b->tp_base) {
      if (!b->tp_dict) continue;
      Object* v = dict_getitem(b->tp_dict, name);
      if (v) return v;
    }
    if (err_occurred()) err_clear();
    return nullptr;
  }
  ssize n = size_of(mro);
  Object** items = tuple_items(mro);
  for (ssize i = 0; i < n; i++) {
    TypeObject* b = static_cast<TypeObject*>(items[i]);
    if (!b->tp_dict) continue;
    Object* v = dict_getitem(b->tp_dict, name);
    if (v) return v;
  }
  if (err_occurred()) err_clear();
  return nullptr;
}

}  // namespace

void type_cache_clear() {
  for (auto& e : method_cache) e = CacheEntry{0, nullptr, nullptr};
}

Object* type_lookup(TypeObject* t, Object* name) {
  uint32_t v = t->tp_version_tag;
  if (v) {
    CacheEntry& e = method_cache[mcache_index(v, name)];
    if (e.version == v && e.name == name) return e.value;
  }
  Object* res = find_in_mro(t, name);
  if (is_str_exact(name) && as_str(name)->interned && has_flag(t, TPFLAG_READY)) {
    if (!v) {
      if (next_version_tag == 0) return res;  // tags exhausted: no caching any more
      v = t->tp_version_tag = next_version_tag++;
    }
    CacheEntry& e = method_cache[mcache_index(v, name)];
    e.version = v;
    e.name = name;
    e.value = res;
  }
  return res;
}

void type_modified(TypeObject* t) {
  t->tp_version_tag = 0;
  Object* subs = t->tp_subclasses;
  if (!subs) return;
  for (ssize i = 0; i < size_of(subs); i++) type_modified(static_cast<TypeObject*>(list_get(subs, i)));
}

bool is_subtype(TypeObject* a, TypeObject* b) {
  if (a == b || b == &BaseObjectType) return true;
  Object* mro = a->tp_mro;
  if (mro) {
    ssize n = size_of(mro);
    Object** items = tuple_items(mro);
    for (ssize i = 0; i < n; i++)
      if (items[i] == b) return true;
    return false;
  }
  for (TypeObject* x = a->tp_base; x; x = x->tp_base)
    if (x == b) return true;
  return false;
}

std::string format_pointer(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// ---- names -------------------------------------------------------------------
namespace {

const char* short_name(TypeObject* t) {
  const char* n = t->tp_name;
  if (!has_flag(t, TPFLAG_HEAPTYPE)) {
    const char* dot = std::strrchr(n, '.');
    if (dot) return dot + 1;
  }
  return n;
}

}  // namespace

Object* type_qualname(TypeObject* t) {
  if (has_flag(t, TPFLAG_HEAPTYPE) && t->ht_qualname) return newref(t->ht_qualname);
  return str_from_cstr(short_name(t));
}

Object* type_module_name(TypeObject* t) {
  if (has_flag(t, TPFLAG_HEAPTYPE)) {
    Object* m = t->tp_dict ? dict_getitem(t->tp_dict, names::__module__) : nullptr;
    if (m) return newref(m);
    if (t->ht_module) return newref(t->ht_module);
    return str_from_cstr("builtins");
  }
  const char* dot = std::strrchr(t->tp_name, '.');
  if (dot) return str_from(std::string_view(t->tp_name, size_t(dot - t->tp_name)));
  return str_intern_cstr("builtins");
}

std::string type_full_name(TypeObject* t) {
  std::string out;
  Object* mod = type_module_name(t);
  if (!mod) {
    err_clear();
  } else {
    if (is_str(mod) && !str_eq_cstr(mod, "builtins")) {
      out += str_view(mod);
      out += '.';
    }
    decref(mod);
  }
  Object* q = type_qualname(t);
  if (q) {
    out += str_view(q);
    decref(q);
  } else {
    err_clear();
    out += short_name(t);
  }
  return out;
}

// ---- MRO ---------------------------------------------------------------------
namespace {

Object* mro_c3(TypeObject* t) {
  Object* bases = t->tp_bases;
  ssize nb = size_of(bases);
  if (nb == 1) {
    TypeObject* b = static_cast<TypeObject*>(tuple_get(bases, 0));
    Object* bm = b->tp_mro;
    ssize n = bm ? size_of(bm) : 0;
    Object* r = tuple_new(n + 1);
    if (!r) return nullptr;
    tuple_set_steal(r, 0, newref(static_cast<Object*>(t)));
    for (ssize i = 0; i < n; i++) tuple_set_steal(r, i + 1, newref(tuple_get(bm, i)));
    return r;
  }
  // Duplicate bases.
  for (ssize i = 0; i < nb; i++)
    for (ssize j = i + 1; j < nb; j++)
      if (tuple_get(bases, i) == tuple_get(bases, j)) {
        Object* q = type_qualname(static_cast<TypeObject*>(tuple_get(bases, i)));
        err_format(Exc_TypeError, "duplicate base class %s", q ? str_utf8(q) : "?");
        xdecref(q);
        return nullptr;
      }
  std::vector<std::vector<Object*>> seqs;
  for (ssize i = 0; i < nb; i++) {
    TypeObject* b = static_cast<TypeObject*>(tuple_get(bases, i));
    std::vector<Object*> s;
    if (b->tp_mro)
      for (ssize k = 0; k < size_of(b->tp_mro); k++) s.push_back(tuple_get(b->tp_mro, k));
    else
      s.push_back(b);
    seqs.push_back(std::move(s));
  }
  std::vector<Object*> last;
  for (ssize i = 0; i < nb; i++) last.push_back(tuple_get(bases, i));
  seqs.push_back(std::move(last));
  std::vector<size_t> pos(seqs.size(), 0);
  std::vector<Object*> result{t};
  for (;;) {
    bool empty = true;
    Object* cand = nullptr;
    for (size_t i = 0; i < seqs.size(); i++) {
      if (pos[i] >= seqs[i].size()) continue;
      empty = false;
      Object* head = seqs[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == head) {
            in_tail = true;
            break;
          }
      if (!in_tail) {
        cand = head;
        break;
      }
    }
    if (empty) break;
    if (!cand) {
      std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
      std::vector<Object*> seen;
      for (size_t i = 0; i < seqs.size(); i++) {
        if (pos[i] >= seqs[i].size()) continue;
        Object* h = seqs[i][pos[i]];
        bool dup = false;
        for (Object* s : seen) dup |= s == h;
        if (dup) continue;
        seen.push_back(h);
        msg += seen.size() == 1 ? " " : ", ";
        Object* nm = type_qualname(static_cast<TypeObject*>(h));
        msg += nm ? str_view(nm) : "?";
        xdecref(nm);
      }
      err_set_string(Exc_TypeError, msg.c_str());
      return nullptr;
    }
    result.push_back(cand);
    for (size_t i = 0; i < seqs.size(); i++)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == cand) pos[i]++;
  }
  return tuple_from_array(result.data(), ssize(result.size()));
}

Object* type_mro_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames);

// The MRO of t, calling a metaclass's mro() override when there is one.
Object* mro_internal(TypeObject* t) {
  TypeObject* meta = type_of(t);
  if (meta != &TypeType && has_flag(meta, TPFLAG_HEAPTYPE)) {
    Object* m = type_lookup(meta, names::mro);
    Object* own = type_lookup(&TypeType, names::mro);
    if (m && m != own) {
      Object* r = call_method0(t, names::mro);
      if (!r) return nullptr;
      Object* tup = sequence_tuple(r);
      decref(r);
      if (!tup) return nullptr;
      for (ssize i = 0; i < size_of(tup); i++) {
        if (!is_type(tuple_get(tup, i))) {
          err_format(Exc_TypeError, "mro() returned a non-class ('%s')", type_name(tuple_get(tup, i)));
          decref(tup);
          return nullptr;
        }
      }
      return tup;
    }
  }
  return mro_c3(t);
}

// ---- internal docs: split_internal_doc (runtime/type.h) ----
Object* static_type_doc(TypeObject* t) {
  return t->tp_doc ? str_from_cstr(split_internal_doc(short_name(t), t->tp_doc).body) : none_ref();
}

// ---- readying ------------------------------------------------------------------
template <class F>
void inherit1(F& mine, F base) {
  if (!mine) mine = base;
}

void inherit_slots(TypeObject* t, TypeObject* b) {
  if (!t->tp_basicsize) t->tp_basicsize = b->tp_basicsize;
  if (!t->tp_itemsize) t->tp_itemsize = b->tp_itemsize;
  if (!t->tp_dictoffset) t->tp_dictoffset = b->tp_dictoffset;
  if (!t->tp_weaklistoffset) t->tp_weaklistoffset = b->tp_weaklistoffset;
  inherit1(t->tp_dealloc, b->tp_dealloc);
  inherit1(t->tp_repr, b->tp_repr);
  inherit1(t->tp_str, b->tp_str);
  inherit1(t->tp_getattro, b->tp_getattro);  // each on its own, as CPython does
  inherit1(t->tp_setattro, b->tp_setattro);
  if (!t->tp_richcompare && !t->tp_hash) {
    t->tp_richcompare = b->tp_richcompare;
    t->tp_hash = b->tp_hash;
  }
  inherit1(t->tp_call, b->tp_call);
  inherit1(t->tp_iter, b->tp_iter);
  inherit1(t->tp_iternext, b->tp_iternext);
  inherit1(t->tp_descr_get, b->tp_descr_get);
  inherit1(t->tp_descr_set, b->tp_descr_set);
  inherit1(t->tp_init, b->tp_init);
  if (!t->tp_new && b != &BaseObjectType) t->tp_new = b->tp_new;
  if (has_flag(b, TPFLAG_HAVE_GC) && !has_flag(t, TPFLAG_HAVE_GC) && !t->tp_traverse && !t->tp_clear) {
    t->tp_flags |= TPFLAG_HAVE_GC;
  }
  if (has_flag(t, TPFLAG_HAVE_GC) && has_flag(b, TPFLAG_HAVE_GC)) {
    inherit1(t->tp_traverse, b->tp_traverse);
    inherit1(t->tp_clear, b->tp_clear);
  }
  inherit1(t->tp_finalize, b->tp_finalize);
#define INH(s) inherit1(t->s, b->s);
  INH(nb_add) INH(nb_subtract) INH(nb_multiply) INH(nb_remainder) INH(nb_divmod) INH(nb_lshift) INH(nb_rshift)
  INH(nb_and) INH(nb_xor) INH(nb_or) INH(nb_floor_divide) INH(nb_true_divide) INH(nb_matmul) INH(nb_power)
  INH(nb_negative) INH(nb_positive) INH(nb_absolute) INH(nb_invert) INH(nb_int) INH(nb_float) INH(nb_index)
  INH(nb_bool) INH(nb_inplace_add) INH(nb_inplace_subtract) INH(nb_inplace_multiply) INH(nb_inplace_remainder)
  INH(nb_inplace_lshift) INH(nb_inplace_rshift) INH(nb_inplace_and) INH(nb_inplace_xor) INH(nb_inplace_or)
  INH(nb_inplace_floor_divide) INH(nb_inplace_true_divide) INH(nb_inplace_matmul) INH(nb_inplace_power)
  INH(mp_length) INH(mp_subscript) INH(mp_ass_subscript) INH(sq_contains)
  INH(am_await) INH(am_aiter) INH(am_anext)
  INH(bf_getbuffer) INH(bf_releasebuffer)
#undef INH
  constexpr uint64_t subclass_flags = TPFLAG_LONG_SUBCLASS | TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS |
                                      TPFLAG_BYTES_SUBCLASS | TPFLAG_UNICODE_SUBCLASS | TPFLAG_DICT_SUBCLASS |
                                      TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_TYPE_SUBCLASS;
  t->tp_flags |= b->tp_flags & subclass_flags;
  t->tp_flags |= b->tp_flags & TPFLAG_MATCH_SELF;  // pattern matching (sequence/mapping: inherit_match_flags)
  t->tp_flags |= b->tp_flags & TPFLAG_WEAKREF;  // (weak references)
}

int add_methods(TypeObject* t) {
  for (MethodDef* d = t->tp_methods; d && d->name; d++) {
    Object* key = str_intern_cstr(d->name);
    if (!key) return -1;
    Object* v;
    if (d->flags & METH_STATIC) {
      v = builtin_function_new(d, nullptr, nullptr);
    } else {
      v = method_descr_new(t, d);
    }
    if (!v || dict_setitem(t->tp_dict, key, v) < 0) {
      decref(key);
      xdecref(v);
      return -1;
    }
    decref(key);
    decref(v);
  }
  for (GetSetDef* g = t->tp_getset; g && g->name; g++) {
    Object* key = str_intern_cstr(g->name);
    if (!key) return -1;
    if (dict_getitem(t->tp_dict, key)) {
      decref(key);
      continue;
    }
    Object* v = getset_descr_new(t, g);
    if (!v || dict_setitem(t->tp_dict, key, v) < 0) {
      decref(key);
      xdecref(v);
      return -1;
    }
    decref(key);
    decref(v);
  }
  return 0;
}

int add_subclass(TypeObject* base, TypeObject* t) {
  if (!base->tp_subclasses) {
    Object* l = list_new(0);
    if (!l) return -1;
    // Entries are borrowed: the collector must not see this list.  A static
    // type keeps it for ever.
    if (gc_is_tracked(l)) gc_untrack(l);
    if (!has_flag(base, TPFLAG_HEAPTYPE)) make_immortal(l);
    base->tp_subclasses = l;
  }
  return list_append(base->tp_subclasses, t) < 0 ? -1 : (decref(t), 0);  // keep the entry borrowed
}

// The type's own tuples are invisible to the collector (see type_traverse).
void untrack_tuple(Object* tup) {
  if (has_flag(type_of(tup), TPFLAG_HAVE_GC) && gc_is_tracked(tup)) gc_untrack(tup);
}

int type_ready_impl(TypeObject* t) {
  if (!t->ob_type) t->ob_type = &TypeType;
  if (!has_flag(t, TPFLAG_HEAPTYPE)) init_static_object(t, t->ob_type);
  if (!t->tp_base && t != &BaseObjectType) t->tp_base = &BaseObjectType;
  TypeObject* base = t->tp_base;
  if (base && !has_flag(base, TPFLAG_READY)) {
    if (type_ready(base) < 0) return -1;
  }
  if (!t->tp_bases) {
    t->tp_bases = base ? tuple_pack(1, static_cast<Object*>(base)) : empty_tuple();
    if (!t->tp_bases) return -1;
  }
  for (ssize i = 0; i < size_of(t->tp_bases); i++) {
    auto* b = static_cast<TypeObject*>(tuple_get(t->tp_bases, i));
    if (!has_flag(b, TPFLAG_READY) && type_ready(b) < 0) return -1;
  }
  untrack_tuple(t->tp_bases);
  if (!t->tp_dict) {
    t->tp_dict = dict_new();
    if (!t->tp_dict) return -1;
  }
  bool heap = has_flag(t, TPFLAG_HEAPTYPE);
  if (!heap) {
    if (add_methods(t) < 0) return -1;
    if (add_slot_wrappers(t) < 0) return -1;
    if (!dict_getitem(t->tp_dict, names::__doc__)) {
      Object* doc = static_type_doc(t);
      if (!doc || dict_setitem(t->tp_dict, names::__doc__, doc) < 0) {
        xdecref(doc);
        return -1;
      }
      decref(doc);
    }
  }
  // The MRO.
  Object* mro = heap ? mro_internal(t) : mro_c3(t);
  if (!mro) return -1;
  untrack_tuple(mro);
  setref(t->tp_mro, mro);
  if (base) inherit_slots(t, base);
  inherit_match_flags(t);
  if (!heap && !t->tp_hash) {
    t->tp_hash = hash_not_implemented;
    if (!dict_getitem(t->tp_dict, names::__hash__) && dict_setitem(t->tp_dict, names::__hash__, None) < 0)
      return -1;
  }
  if (t == &TypeType || is_subtype(t, &TypeType)) t->tp_flags |= TPFLAG_TYPE_SUBCLASS;
  for (ssize i = 0; i < size_of(t->tp_bases); i++) {
    if (add_subclass(static_cast<TypeObject*>(tuple_get(t->tp_bases, i)), t) < 0) return -1;
  }
  t->tp_flags |= TPFLAG_READY;
  return 0;
}

}  // namespace

int type_ready(TypeObject* t) {
  if (has_flag(t, TPFLAG_READY)) return 0;
  if (!has_flag(t, TPFLAG_HEAPTYPE)) {
    if (!t->ob_type) t->ob_type = &TypeType;
    init_static_object(t, t->ob_type);
    if (type_ready_deferred(t)) return 0;
  }
  return type_ready_impl(t);
}


void remove_subclass(TypeObject* base, TypeObject* t) {
  Object* subs = base->tp_subclasses;
  if (!subs) return;
  ssize n = size_of(subs);
  Object** items = list_items(subs);
  for (ssize i = 0; i < n; i++) {
    if (items[i] == t) {
      std::memmove(items + i, items + i + 1, size_t(n - i - 1) * sizeof(Object*));
      static_cast<VarObject*>(subs)->ob_size = n - 1;
      return;
    }
  }
}

// ---- type's own slots --------------------------------------------------------------
namespace {

Object* type_repr(Object* o) {
  auto* t = static_cast<TypeObject*>(o);
  std::string s = "<class '" + type_full_name(t) + "'>";
  return str_from(s);
}

Object* type_call_impl(Object* callable, Object* const* args, ssize nargs, Object* kwnames) {
  auto* t = static_cast<TypeObject*>(callable);
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (t == &TypeType && nargs == 1 && nkw == 0) return newref(static_cast<Object*>(type_of(args[0])));
  if (!t->tp_new) {
    err_format(Exc_TypeError, "cannot create '%s' instances", t->tp_name);
    return nullptr;
  }
  Object* obj = t->tp_new(t, args, nargs, kwnames);
  if (!obj) return nullptr;
  if (t == &TypeType && nargs == 1 && nkw == 0) return obj;
  TypeObject* ot = type_of(obj);
  if (ot != t && !is_subtype(ot, t)) return obj;
  // Heap-type instances of non-GC bases are GC objects: track them when their base forgot.
  if (has_flag(ot, TPFLAG_HEAPTYPE) && has_flag(ot, TPFLAG_HAVE_GC) && !gc_is_tracked(obj)) gc_track(obj);
  if (ot->tp_init) {
    if (ot->tp_init(obj, args, nargs, kwnames) < 0) {
      decref(obj);
      return nullptr;
    }
  }
  return obj;
}

int type_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (nargs == 1 && nkw != 0) {
    err_set_string(Exc_TypeError, "type.__init__() takes no keyword arguments");
    return -1;
  }
  if (nargs != 1 && nargs != 3) {
    err_set_string(Exc_TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

void type_dealloc(Object* o) {
  auto* t = static_cast<TypeObject*>(o);
  // Only heap types are ever deallocated (static ones are immortal).
  if (gc_is_tracked(o)) gc_untrack(o);
  clear_weakrefs(o);
  if (t->tp_bases) {
    for (ssize i = 0; i < size_of(t->tp_bases); i++)
      if (tuple_get(t->tp_bases, i)) remove_subclass(static_cast<TypeObject*>(tuple_get(t->tp_bases, i)), t);
  }
  if (t->tp_base) {
    remove_subclass(t->tp_base, t);
  }
  t->tp_version_tag = 0;
  clearref(t->tp_dict);
  clearref(t->tp_mro);
  clearref(t->tp_bases);
  TypeObject* base = t->tp_base;
  t->tp_base = nullptr;
  if (base) decref(base);
  clearref(t->ht_name);
  clearref(t->ht_qualname);
  clearref(t->ht_module);
  if (t->tp_subclasses) {
    static_cast<VarObject*>(t->tp_subclasses)->ob_size = 0;  // borrowed entries
    clearref(t->tp_subclasses);
  }
  free_object(o);
}

int type_traverse(Object* o, visitproc visit, void* arg) {
  auto* t = static_cast<TypeObject*>(o);
  if (!has_flag(t, TPFLAG_HEAPTYPE)) return 0;
  // tp_bases and tp_mro are untracked tuples owned by the type: their items
  // are visited here, so the collector never clears them under a live type.
  auto visit_heap = [&](Object* x) -> int {
    if (x && is_type(x) && has_flag(static_cast<TypeObject*>(x), TPFLAG_HEAPTYPE)) return visit(x, arg);
    return 0;
  };
  if (t->tp_dict) {
    int r = visit(t->tp_dict, arg);
    if (r) return r;
  }
  for (Object* tup : {t->tp_bases, t->tp_mro}) {
    if (!tup) continue;
    for (ssize i = 0; i < size_of(tup); i++) {
      int r = visit_heap(tuple_get(tup, i));
      if (r) return r;
    }
  }
  return visit_heap(t->tp_base);
}

int type_clear(Object* o) {
  auto* t = static_cast<TypeObject*>(o);
  if (!has_flag(t, TPFLAG_HEAPTYPE)) return 0;
  type_modified(t);
  if (t->tp_dict) dict_clear(t->tp_dict);
  clearref(t->tp_mro);
  return 0;
}

// ---- type attributes ---------------------------------------------------------------
Object* type_get_name(Object* o, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (has_flag(t, TPFLAG_HEAPTYPE) && t->ht_name) return newref(t->ht_name);
  return str_from_cstr(short_name(t));
}

int check_set_special(TypeObject* t, Object* value, const char* what) {
  if (!has_flag(t, TPFLAG_HEAPTYPE)) {
    err_format(Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", what, t->tp_name);
    return -1;
  }
  if (!value) {
    err_format(Exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", what, t->tp_name);
    return -1;
  }
  return 0;
}

int type_set_name(Object* o, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (check_set_special(t, value, "__name__") < 0) return -1;
  if (!is_str(value)) {
    err_format(Exc_TypeError, "can only assign string to %s.__name__, not '%s'", t->tp_name, type_name(value));
    return -1;
  }
  if (std::strlen(str_utf8(value)) != size_t(str_utf8_len(value))) {
    err_set_string(Exc_ValueError, "type name must not contain null characters");
    return -1;
  }
  Object* old = t->ht_name;
  t->ht_name = newref(value);
  t->tp_name = str_utf8(value);
  xdecref(old);
  return 0;
}

Object* type_get_qualname(Object* o, void*) { return type_qualname(static_cast<TypeObject*>(o)); }

int type_set_qualname(Object* o, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (check_set_special(t, value, "__qualname__") < 0) return -1;
  if (!is_str(value)) {
    err_format(Exc_TypeError, "can only assign string to %s.__qualname__, not '%s'", t->tp_name,
               type_name(value));
    return -1;
  }
  setref(t->ht_qualname, newref(value));
  return 0;
}

Object* type_get_module(Object* o, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (has_flag(t, TPFLAG_HEAPTYPE)) {
    Object* m = dict_getitem(t->tp_dict, names::__module__);
    if (!m) {
      if (!err_occurred()) err_set_object(Exc_AttributeError, names::__module__);
      return nullptr;
    }
    return newref(m);
  }
  return type_module_name(t);
}

int type_set_module(Object* o, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (check_set_special(t, value, "__module__") < 0) return -1;
  type_modified(t);
  return dict_setitem(t->tp_dict, names::__module__, value);
}

Object* type_get_bases(Object* o, void*) { return newref(static_cast<TypeObject*>(o)->tp_bases); }
// ---- __bases__ assignment ------------------------------------------------------------
// `C.__bases__ = (B, E)` (typing.NamedTuple does it to every class it makes).
// The new bases are checked as CPython does (a non-empty tuple of classes, no
// inheritance cycle, a best base whose layout is the old one's), then C's MRO
// and those of all its subclasses are recomputed, depth first (a metaclass's
// mro() is called for each); if any fails, every MRO already replaced is put
// back and the old bases stay.  On success C moves from its old bases'
// subclass lists to the new ones', its method-cache tags and its subclasses'
// are retired and every slot of C and its subclasses is recomputed from the
// new MROs.  Invariants kept: tp_bases is a private untracked tuple, tp_base
// (a strong reference) is best_base(tp_bases), C is in the subclass list of
// each of its bases and of no other class.
namespace {

using MroUndo = std::vector<std::pair<TypeObject*, Object*>>;  // (type, its previous MRO: a reference)

int mro_hierarchy(TypeObject* t, MroUndo& undo) {
  Object* mro = mro_internal(t);
  if (!mro) return -1;
  untrack_tuple(mro);
  undo.emplace_back(t, t->tp_mro);
  t->tp_mro = mro;
  type_modified(t);
  Object* subs = t->tp_subclasses;
  if (!subs) return 0;
  // The list may change under a metaclass's mro(): walk a copy.
  std::vector<TypeObject*> kids;
  for (ssize i = 0; i < size_of(subs); i++) kids.push_back(static_cast<TypeObject*>(list_get(subs, i)));
  for (TypeObject* k : kids)
    if (mro_hierarchy(k, undo) < 0) return -1;
  return 0;
}

void fixup_slots_hierarchy(TypeObject* t) {
  fixup_slots(t);
  if (Object* subs = t->tp_subclasses)
    for (ssize i = 0; i < size_of(subs); i++) fixup_slots_hierarchy(static_cast<TypeObject*>(list_get(subs, i)));
}

int type_set_bases(Object* o, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (check_set_special(t, value, "__bases__") < 0) return -1;
  if (!is_tuple(value)) {
    err_format(Exc_TypeError, "can only assign tuple to %s.__bases__, not %s", t->tp_name, type_name(value));
    return -1;
  }
  if (size_of(value) == 0) {
    err_format(Exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->tp_name);
    return -1;
  }
  for (ssize i = 0; i < size_of(value); i++) {
    Object* b = tuple_get(value, i);
    if (!is_type(b)) {
      err_format(Exc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->tp_name, type_name(b));
      return -1;
    }
    bool cycle = is_subtype(static_cast<TypeObject*>(b), t);
    for (TypeObject* x = static_cast<TypeObject*>(b); x && !cycle; x = x->tp_base) cycle = x == t;
    if (cycle) {
      err_set_string(Exc_TypeError, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
  }
  TypeObject* new_base = best_base(value);
  if (!new_base || !compatible_for_assignment(t->tp_base, new_base, "__bases__")) return -1;
  Object* new_bases = tuple_from_array(tuple_items(value), size_of(value));
  if (!new_bases) return -1;
  untrack_tuple(new_bases);
  Object* old_bases = t->tp_bases;
  TypeObject* old_base = t->tp_base;
  t->tp_bases = new_bases;
  t->tp_base = static_cast<TypeObject*>(newref(static_cast<Object*>(new_base)));
  MroUndo undo;
  if (mro_hierarchy(t, undo) < 0) {
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) {
      Object* failed = it->first->tp_mro;
      it->first->tp_mro = it->second;
      xdecref(failed);
      type_modified(it->first);
    }
    t->tp_bases = old_bases;
    t->tp_base = old_base;
    decref(new_bases);
    decref(static_cast<Object*>(new_base));
    return -1;
  }
  for (auto& [type, old_mro] : undo) xdecref(old_mro);
  for (ssize i = 0; i < size_of(old_bases); i++) remove_subclass(static_cast<TypeObject*>(tuple_get(old_bases, i)), t);
  remove_subclass(old_base, t);
  for (ssize i = 0; i < size_of(new_bases); i++) {
    if (add_subclass(static_cast<TypeObject*>(tuple_get(new_bases, i)), t) < 0) {
      err_clear();  // only a failed list growth: the class still works, it is just not listed
    }
  }
  fixup_slots_hierarchy(t);
  decref(old_bases);
  decref(static_cast<Object*>(old_base));
  return 0;
}

}  // namespace

Object* type_get_base(Object* o, void*) {
  TypeObject* b = static_cast<TypeObject*>(o)->tp_base;
  return b ? newref(static_cast<Object*>(b)) : none_ref();
}
Object* type_get_mro(Object* o, void*) {
  Object* m = static_cast<TypeObject*>(o)->tp_mro;
  return m ? newref(m) : none_ref();
}
Object* type_get_dict(Object* o, void*) {
  Object* d = static_cast<TypeObject*>(o)->tp_dict;
  if (!d) return none_ref();
  return mappingproxy_new(d);  // read-only: changes go through type_setattro
}

Object* type_get_doc(Object* o, void*) {
  auto* t = static_cast<TypeObject*>(o);
  Object* doc = t->tp_dict ? dict_getitem(t->tp_dict, names::__doc__) : nullptr;
  if (!doc) {
    if (!has_flag(t, TPFLAG_HEAPTYPE)) return static_type_doc(t);
    return none_ref();
  }
  descrgetfunc f = type_of(doc)->tp_descr_get;
  if (f && has_flag(t, TPFLAG_HEAPTYPE)) return f(doc, nullptr, o);
  return newref(doc);
}

// __text_signature__: from tp_doc for a built-in type; for a class, from its
// own __doc__ string (CPython copies that into tp_doc when it makes the
// class; pyglass reads the dict entry, so a later assignment counts too).
Object* type_get_text_signature(Object* o, void*) {
  auto* t = static_cast<TypeObject*>(o);
  const char* doc = t->tp_doc;
  if (has_flag(t, TPFLAG_HEAPTYPE)) {
    Object* d = dict_getitem(t->tp_dict, names::__doc__);
    doc = d && is_str(d) ? str_utf8(d) : nullptr;
  }
  InternalDoc parts = split_internal_doc(short_name(t), doc);
  if (parts.signature.empty()) return none_ref();
  return str_from(std::string(parts.signature));
}

int type_set_doc(Object* o, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (check_set_special(t, value, "__doc__") < 0) return -1;
  type_modified(t);
  return dict_setitem(t->tp_dict, names::__doc__, value);
}

// __annotations__ (3.10+): a class's own, never inherited; an empty dict is
// made and kept on the first read of a class without annotations.
Object* type_get_annotations(Object* o, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (!has_flag(t, TPFLAG_HEAPTYPE))
    return err_format_null(Exc_AttributeError, "type object '%s' has no attribute '__annotations__'", t->tp_name);
  Object* a = dict_getitem(t->tp_dict, names::__annotations__);
  if (a) {
    descrgetfunc f = type_of(a)->tp_descr_get;
    return f ? f(a, nullptr, o) : newref(a);
  }
  if (err_occurred()) return nullptr;
  a = dict_new();
  if (a && dict_setitem(t->tp_dict, names::__annotations__, a) < 0) clearref(a);
  if (a) type_modified(t);
  return a;
}

int type_set_annotations(Object* o, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (!has_flag(t, TPFLAG_HEAPTYPE) || has_flag(t, TPFLAG_IMMUTABLE)) {
    err_format(Exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->tp_name);
    return -1;
  }
  int r;
  if (value) {
    r = dict_setitem(t->tp_dict, names::__annotations__, value);
  } else {
    r = dict_delitem(t->tp_dict, names::__annotations__);
    if (r < 0 && err_matches(Exc_KeyError)) {
      err_clear();
      err_set_object(Exc_AttributeError, names::__annotations__);
    }
  }
  type_modified(t);
  return r;
}

// The layout numbers CPython exposes (pyglass's own sizes: sys.getsizeof-like details).
Object* type_get_basicsize(Object* o, void*) { return int_from_i64(int64_t(static_cast<TypeObject*>(o)->tp_basicsize)); }
Object* type_get_itemsize(Object* o, void*) { return int_from_i64(int64_t(static_cast<TypeObject*>(o)->tp_itemsize)); }
Object* type_get_dictoffset(Object* o, void*) { return int_from_i64(int64_t(static_cast<TypeObject*>(o)->tp_dictoffset)); }
Object* type_get_weakrefoffset(Object* o, void*) {
  return int_from_i64(int64_t(static_cast<TypeObject*>(o)->tp_weaklistoffset));
}

Object* type_get_abstract(Object* o, void*) {
  auto* t = static_cast<TypeObject*>(o);
  Object* v = (t != &TypeType && t->tp_dict) ? dict_getitem(t->tp_dict, names::__abstractmethods__) : nullptr;
  if (!v) {
    if (!err_occurred()) err_set_string(Exc_AttributeError, "__abstractmethods__");
    return nullptr;
  }
  return newref(v);
}

int type_set_abstract(Object* o, Object* value, void*) {
  auto* t = static_cast<TypeObject*>(o);
  if (check_set_special(t, value ? value : None, "__abstractmethods__") < 0) return -1;
  Object* key = names::__abstractmethods__;
  int r;
  bool abstract = false;
  if (value) {
    int b = object_is_true(value);
    if (b < 0) {
      decref(key);
      return -1;
    }
    abstract = b;
    r = dict_setitem(t->tp_dict, key, value);
  } else {
    r = dict_delitem(t->tp_dict, key);
    if (r < 0 && err_matches(Exc_KeyError)) {
      err_clear();
      err_set_string(Exc_AttributeError, "__abstractmethods__");
    }
  }
  if (r < 0) return -1;
  type_modified(t);
  if (abstract)
    t->tp_flags |= TPFLAG_ABSTRACT;
  else
    t->tp_flags &= ~uint64_t(TPFLAG_ABSTRACT);
  return 0;
}

// __flags__ in CPython's bit layout (copyreg and inspect test _HEAPTYPE = 1 << 9 and friends).
Object* type_get_flags(Object* o, void*) {
  auto* t = static_cast<TypeObject*>(o);
  struct { uint64_t ours; uint64_t cpython; } map[] = {
      {TPFLAG_HEAPTYPE, 1u << 9},           {TPFLAG_BASETYPE, 1u << 10},          {TPFLAG_READY, 1u << 12},
      {TPFLAG_HAVE_GC, 1u << 14},           {TPFLAG_ABSTRACT, 1u << 20},          {TPFLAG_LONG_SUBCLASS, 1u << 24},
      {TPFLAG_LIST_SUBCLASS, 1u << 25},     {TPFLAG_TUPLE_SUBCLASS, 1u << 26},    {TPFLAG_BYTES_SUBCLASS, 1u << 27},
      {TPFLAG_UNICODE_SUBCLASS, 1u << 28},  {TPFLAG_DICT_SUBCLASS, 1u << 29},     {TPFLAG_BASE_EXC_SUBCLASS, 1u << 30},
      {TPFLAG_TYPE_SUBCLASS, 1ull << 31},   {TPFLAG_SEQUENCE, 1u << 5},           {TPFLAG_MAPPING, 1u << 6},
  };
  uint64_t f = 1u << 18;  // Py_TPFLAGS_HAVE_VERSION_TAG: always set
  for (auto& m : map)
    if (t->tp_flags & m.ours) f |= m.cpython;
  if (!has_flag(t, TPFLAG_HEAPTYPE) || has_flag(t, TPFLAG_IMMUTABLE)) f |= 1u << 8;  // Py_TPFLAGS_IMMUTABLETYPE
  return int_from_u64(f);
}

GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, nullptr, nullptr},
    {"__qualname__", type_get_qualname, type_set_qualname, nullptr, nullptr},
    {"__module__", type_get_module, type_set_module, nullptr, nullptr},
    {"__bases__", type_get_bases, type_set_bases, nullptr, nullptr},
    {"__base__", type_get_base, nullptr, nullptr, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr, nullptr},
    {"__doc__", type_get_doc, type_set_doc, nullptr, nullptr},
    {"__text_signature__", type_get_text_signature, nullptr, nullptr, nullptr},
    {"__abstractmethods__", type_get_abstract, type_set_abstract, nullptr, nullptr},
    {"__annotations__", type_get_annotations, type_set_annotations, nullptr, nullptr},
    {"__flags__", type_get_flags, nullptr, nullptr, nullptr},
    {"__basicsize__", type_get_basicsize, nullptr, nullptr, nullptr},
    {"__itemsize__", type_get_itemsize, nullptr, nullptr, nullptr},
    {"__dictoffset__", type_get_dictoffset, nullptr, nullptr, nullptr},
    {"__weakrefoffset__", type_get_weakrefoffset, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- type methods --------------------------------------------------------------------
Object* type_mro_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("mro", args, nargs, kwnames, "", nullptr)) return nullptr;
  auto* t = static_cast<TypeObject*>(self);
  if (!t->tp_bases) return list_new(0);
  Object* tup = mro_c3(t);
  if (!tup) return nullptr;
  Object* l = sequence_list(tup);
  decref(tup);
  return l;
}

Object* type_subclasses_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__subclasses__", args, nargs, kwnames, "", nullptr)) return nullptr;
  Object* subs = static_cast<TypeObject*>(self)->tp_subclasses;
  if (!subs) return list_new(0);
  return list_from_array(list_items(subs), size_of(subs));
}

Object* type_instancecheck_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("__instancecheck__", args, nargs, kwnames, "instance", a)) return nullptr;
  int r = recursive_isinstance(a[0], self);
  return r < 0 ? nullptr : bool_ref(r);
}

Object* type_subclasscheck_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("__subclasscheck__", args, nargs, kwnames, "subclass", a)) return nullptr;
  int r = recursive_issubclass(a[0], self);
  return r < 0 ? nullptr : bool_ref(r);
}

Object* type_prepare_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) { return dict_new(); }

int merge_class_dict(Object* d, TypeObject* t) {
  if (t->tp_dict && dict_merge(d, t->tp_dict, true) < 0) return -1;
  if (t->tp_bases) {
    for (ssize i = 0; i < size_of(t->tp_bases); i++)
      if (merge_class_dict(d, static_cast<TypeObject*>(tuple_get(t->tp_bases, i))) < 0) return -1;
  }
  return 0;
}

Object* type_dir_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__dir__", args, nargs, kwnames, "", nullptr)) return nullptr;
  Object* d = dict_new();
  if (!d) return nullptr;
  if (merge_class_dict(d, static_cast<TypeObject*>(self)) < 0) {
    decref(d);
    return nullptr;
  }
  Object* r = dict_keys_list(d);
  decref(d);
  return r;
}

Object* type_sizeof_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__sizeof__", args, nargs, kwnames, "", nullptr)) return nullptr;
  return int_from_i64(int64_t(type_of(self)->tp_basicsize));
}

MethodDef type_methods[] = {
    {"mro", type_mro_meth, METH_DEFAULT, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses_meth, METH_DEFAULT, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck_meth, METH_DEFAULT, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck_meth, METH_DEFAULT, "Check if a class is a subclass."},
    {"__prepare__", type_prepare_meth, METH_CLASS, "Create the namespace for the class statement"},
    {"__dir__", type_dir_meth, METH_DEFAULT, "Specialized __dir__ implementation for types."},
    {"__sizeof__", type_sizeof_meth, METH_DEFAULT, "Return memory consumption of the type object."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int merge_class_dict_for_dir(Object* d, TypeObject* t) { return merge_class_dict(d, t); }

Object* type_call(Object* type, Object* const* args, ssize nargs, Object* kwnames) {
  return type_call_impl(type, args, nargs, kwnames);
}

// ---- type attribute access --------------------------------------------------------------
Object* type_getattro(Object* self, Object* name) { return type_getattro_impl(self, name, false); }

Object* type_getattro_impl(Object* self, Object* name, bool suppress) {
  auto* type = static_cast<TypeObject*>(self);
  TypeObject* meta = type_of(self);
  if (!is_str(name)) {
    err_format(Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
    return nullptr;
  }
  Object* meta_attr = type_lookup(meta, name);
  descrgetfunc meta_get = nullptr;
  if (meta_attr) {
    incref(meta_attr);
    meta_get = type_of(meta_attr)->tp_descr_get;
    if (meta_get && type_of(meta_attr)->tp_descr_set) {
      Object* r = meta_get(meta_attr, self, meta);
      decref(meta_attr);
      return r;
    }
  }
  Object* attr = type_lookup(type, name);
  if (attr) {
    incref(attr);
    xdecref(meta_attr);
    descrgetfunc g = type_of(attr)->tp_descr_get;
    if (g) {
      Object* r = g(attr, nullptr, self);
      decref(attr);
      return r;
    }
    return attr;
  }
  if (meta_get) {
    Object* r = meta_get(meta_attr, self, meta);
    decref(meta_attr);
    return r;
  }
  if (meta_attr) return meta_attr;
  if (!suppress)
    err_format(Exc_AttributeError, "type object '%s' has no attribute '%s'", type->tp_name, str_utf8(name));
  return nullptr;
}

int type_setattro(Object* self, Object* name, Object* value) {
  auto* type = static_cast<TypeObject*>(self);
  if (!is_str(name)) {
    err_format(Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
    return -1;
  }
  if (!has_flag(type, TPFLAG_HEAPTYPE) || has_flag(type, TPFLAG_IMMUTABLE)) {
    err_format(Exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", str_utf8(name), type->tp_name);
    return -1;
  }
  incref(name);
  if (is_str_exact(name) && !as_str(name)->interned) {
    name = str_intern(name);
    if (!name) return -1;
  }
  TypeObject* meta = type_of(self);
  Object* meta_attr = type_lookup(meta, name);
  if (meta_attr) {
    descrsetfunc f = type_of(meta_attr)->tp_descr_set;
    if (f) {
      incref(meta_attr);
      int r = f(meta_attr, self, value);
      decref(meta_attr);
      decref(name);
      return r;
    }
  }
  int r;
  if (value) {
    r = dict_setitem(type->tp_dict, name, value);
  } else {
    r = dict_delitem(type->tp_dict, name);
    if (r < 0 && err_matches(Exc_KeyError)) {
      err_clear();
      err_format(Exc_AttributeError, "type object '%s' has no attribute '%s'", type->tp_name, str_utf8(name));
    }
  }
  if (r == 0) {
    type_modified(type);
    std::string_view s = str_view(name);
    if (s.size() > 4 && s.substr(0, 2) == "__" && s.substr(s.size() - 2) == "__") update_slot(type, name);
  }
  decref(name);
  return r;
}

// ---- init ---------------------------------------------------------------------------------
void init_object_types_base();  // runtime/type_baseobject.cpp

void init_object_types() {
  TypeObject& t = TypeType;
  t.tp_name = "type";
  t.tp_basicsize = sizeof(TypeObject);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_TYPE_SUBCLASS;
  t.tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  t.tp_dealloc = type_dealloc;
  t.tp_repr = type_repr;
  t.tp_getattro = type_getattro;
  t.tp_setattro = type_setattro;
  t.tp_call = type_call_impl;
  t.tp_init = type_init;
  t.tp_new = type_new;
  t.tp_traverse = type_traverse;
  t.tp_clear = type_clear;
  t.tp_methods = type_methods;
  t.tp_getset = type_getsets;
  t.nb_or = union_type_or;  // int | None (runtime/unionobject.cpp)
  t.tp_base = &BaseObjectType;
  t.tp_dictoffset = ssize(reinterpret_cast<char*>(&TypeType.tp_dict) - reinterpret_cast<char*>(&TypeType));
  t.tp_weaklistoffset = ssize(reinterpret_cast<char*>(&TypeType.tp_weaklist) - reinterpret_cast<char*>(&TypeType));
  init_static_object(&TypeType, &TypeType);
  init_object_types_base();
  type_ready(&BaseObjectType);
  type_ready(&TypeType);
}


// CPython's convention for the docs of built-ins (types, functions, methods).
InternalDoc split_internal_doc(const char* name, const char* doc) {
  InternalDoc r{{}, doc};
  if (!doc || !name) return r;
  size_t n = std::strlen(name);
  if (std::strncmp(doc, name, n) != 0 || doc[n] != '(') return r;
  const char* end = std::strstr(doc + n, ")\n--\n\n");
  if (!end) return r;
  r.signature = std::string_view(doc + n, size_t(end + 1 - (doc + n)));
  r.body = end + 6;
  return r;
}

}  // namespace rt

// dict views (keys, values, items) and the dict iterators.
//
// An iterator remembers len(d) when it was created: a size change raises
// "dictionary changed size during iteration" (sticky).  The items iterator
// hands out a fresh (key, value) tuple unless the previous one is no longer
// referenced, in which case it is refilled in place (as CPython does).
#include <string>

#include "gc/gc.h"
#include "runtime/containers/dict.h"
#include "runtime/containers/list.h"
#include "runtime/containers/set.h"

namespace rt {

TypeObject DictKeysType, DictValuesType, DictItemsType;
TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

namespace {

struct DictViewObject : Object {
  Object* dict;
};

struct DictIterObject : Object {
  Object* dict;    // null once exhausted
  ssize used;      // len(dict) at creation (-1 after a size change)
  ssize pos;       // next entry index (reversed: current, counting down)
  ssize len;       // items still expected
  Object* result;  // items iterators: reusable tuple or null
};

bool is_keys_view(Object* o) { return type_of(o) == &DictKeysType; }
bool is_items_view(Object* o) { return type_of(o) == &DictItemsType; }
bool is_setlike_view(Object* o) { return is_keys_view(o) || is_items_view(o); }
inline Object* view_dict(Object* o) { return static_cast<DictViewObject*>(o)->dict; }

// ---- iterators -------------------------------------------------------------------
void dictiter_dealloc(Object* o) {
  gc_untrack(o);
  auto* it = static_cast<DictIterObject*>(o);
  xdecref(it->dict);
  xdecref(it->result);
  free_object(o);
}
int dictiter_traverse(Object* o, visitproc visit, void* arg) {
  auto* it = static_cast<DictIterObject*>(o);
  if (it->dict) {
    int r = visit(it->dict, arg);
    if (r) return r;
  }
  return it->result ? visit(it->result, arg) : 0;
}
int dictiter_clear(Object* o) {
  auto* it = static_cast<DictIterObject*>(o);
  clearref(it->dict);
  clearref(it->result);
  return 0;
}

// The next live entry, or null (exhausted or error).
DictEntry* dictiter_advance(DictIterObject* it, bool reversed) {
  if (!it->dict) return nullptr;
  DictObject* d = as_dict(it->dict);
  if (it->used != d->used) {
    err_set_string(Exc_RuntimeError, "dictionary changed size during iteration");
    it->used = -1;
    return nullptr;
  }
  ssize i = it->pos;
  if (!reversed) {
    while (i < d->nentries && !d->entries[i].key) i++;
    if (i >= d->nentries) goto done;
    it->pos = i + 1;
  } else {
    if (i >= d->nentries) i = d->nentries - 1;
    while (i >= 0 && !d->entries[i].key) i--;
    if (i < 0) goto done;
    it->pos = i - 1;
  }
  if (it->len == 0) {
    err_set_string(Exc_RuntimeError, "dictionary keys changed during iteration");
    clearref(it->dict);
    return nullptr;
  }
  it->len--;
  return &d->entries[i];
done:
  clearref(it->dict);
  return nullptr;
}

template <bool Rev>
Object* dictiter_next_key(Object* o) {
  DictEntry* e = dictiter_advance(static_cast<DictIterObject*>(o), Rev);
  return e ? newref(e->key) : nullptr;
}
template <bool Rev>
Object* dictiter_next_value(Object* o) {
  DictEntry* e = dictiter_advance(static_cast<DictIterObject*>(o), Rev);
  return e ? newref(e->value) : nullptr;
}
template <bool Rev>
Object* dictiter_next_item(Object* o) {
  auto* it = static_cast<DictIterObject*>(o);
  DictEntry* e = dictiter_advance(it, Rev);
  if (!e) return nullptr;
  Object* r = it->result;
  if (r && r->ob_refcnt == 1) {
    incref(r);
    Object* ok = tuple_get(r, 0);
    Object* ov = tuple_get(r, 1);
    tuple_set_steal(r, 0, newref(e->key));
    tuple_set_steal(r, 1, newref(e->value));
    decref(ok);
    decref(ov);
    if (!gc_is_tracked(r)) gc_track(r);
    return r;
  }
  r = tuple_pack(2, e->key, e->value);
  if (r && !it->result) it->result = newref(r);
  return r;
}

Object* dictiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  auto* it = static_cast<DictIterObject*>(self);
  ssize n = it->dict && it->used == as_dict(it->dict)->used ? it->len : 0;
  return int_from_i64(n);
}
// Pickling, as CPython: iter(list of the items still to come), read from a
// copy of the iterator so this one does not move.
Object* dictiter_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<DictIterObject*>(self);
  auto* copy = static_cast<DictIterObject*>(alloc_object(type_of(self), sizeof(DictIterObject)));
  if (!copy) return nullptr;
  copy->dict = xnewref(it->dict);
  copy->used = it->used;
  copy->pos = it->pos;
  copy->len = it->len;
  copy->result = nullptr;
  gc_track(copy);
  Object* rest = sequence_list(copy);
  decref(copy);
  if (!rest) return nullptr;
  return cont::iter_reduce_exhausted(rest);
}
MethodDef dictiter_methods[] = {{"__length_hint__", dictiter_length_hint, METH_DEFAULT, nullptr},
                                {"__reduce__", dictiter_reduce, METH_DEFAULT, "Return state information for pickling."},
                                {nullptr, nullptr, 0, nullptr}};

// ---- views ----------------------------------------------------------------------------
void view_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(view_dict(o));
  free_object(o);
}
int view_traverse(Object* o, visitproc visit, void* arg) {
  Object* d = view_dict(o);
  return d ? visit(d, arg) : 0;
}
int view_clear(Object* o) {
  clearref(static_cast<DictViewObject*>(o)->dict);
  return 0;
}
ssize view_len(Object* o) { return as_dict(view_dict(o))->used; }

int view_kind(Object* o) { return is_keys_view(o) ? 0 : type_of(o) == &DictValuesType ? 1 : 2; }
Object* view_iter(Object* o) { return dict_iter_new(view_dict(o), view_kind(o), false); }

Object* view_repr(Object* o) {
  int r = repr_enter(o);
  if (r < 0) return nullptr;
  if (r > 0) return str_from_cstr("...");
  Object* l = sequence_list(o);
  Object* lr = l ? object_repr(l) : nullptr;
  xdecref(l);
  repr_leave(o);
  if (!lr) return nullptr;
  std::string s = type_name(o);
  s += "(";
  s += str_view(lr);
  s += ")";
  decref(lr);
  return str_from(s);
}

int keys_contains(Object* o, Object* key) { return dict_contains(view_dict(o), key); }

int items_contains(Object* o, Object* item) {
  if (!is_tuple(item) || size_of(item) != 2) return 0;
  Object* key = tuple_get(item, 0);
  Object* value = tuple_get(item, 1);
  hash_t h = dict_key_hash(key);
  if (h == -1) return -1;
  DictObject* d = as_dict(view_dict(o));
  ssize ix = dict_lookup(d, key, h);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  Object* found = newref(d->entries[ix].value);
  int r = object_richcompare_bool(found, value, CMP_EQ);
  decref(found);
  return r;
}

Object* view_reversed(Object* self, Object* const*, ssize, Object*) {
  return dict_iter_new(view_dict(self), view_kind(self), true);
}

// Every item of self is in other.
int all_contained_in(Object* self, Object* other) {
  Object* it = object_get_iter(self);
  if (!it) return -1;
  int ok = 1;
  while (Object* item = iter_next(it)) {
    int c = sequence_contains(other, item);
    decref(item);
    if (c <= 0) {
      ok = c;
      break;
    }
  }
  decref(it);
  if (ok == 1 && err_occurred()) ok = -1;
  return ok;
}

Object* view_richcompare(Object* self, Object* other, int op) {
  if (!is_set_or_frozenset(other) && !is_setlike_view(other)) return notimpl_ref();
  ssize ls = object_length(self);
  if (ls < 0) return nullptr;
  ssize lo = object_length(other);
  if (lo < 0) return nullptr;
  int ok = 0;
  switch (op) {
    case CMP_EQ:
    case CMP_NE:
      if (ls == lo) ok = all_contained_in(self, other);
      if (op == CMP_NE && ok >= 0) ok = !ok;
      break;
    case CMP_LT:
      if (ls < lo) ok = all_contained_in(self, other);
      break;
    case CMP_LE:
      if (ls <= lo) ok = all_contained_in(self, other);
      break;
    case CMP_GT:
      if (ls > lo) ok = all_contained_in(other, self);
      break;
    case CMP_GE:
      if (ls >= lo) ok = all_contained_in(other, self);
      break;
  }
  if (ok < 0) return nullptr;
  return bool_ref(ok);
}

// set(view), iterating the dict itself for a keys view.
Object* view_to_set(Object* self) {
  Object* left = self;
  if (is_keys_view(self) && is_dict_exact(view_dict(self))) left = view_dict(self);
  return set_new(left);
}

Object* view_and(Object* self, Object* other) {
  if (!is_setlike_view(self)) std::swap(self, other);
  if (!is_setlike_view(self)) return notimpl_ref();
  ssize len_self = view_len(self);
  if (type_of(other) == &SetType) {
    ssize lo = set_size(other);
    if (len_self <= lo) return set_intersection_internal(other, self);
  }
  if (is_setlike_view(other) && view_len(other) > len_self) std::swap(self, other);
  Object* result = set_new(nullptr);
  if (!result) return nullptr;
  Object* it = object_get_iter(other);
  if (!it) {
    decref(result);
    return nullptr;
  }
  bool keys = is_keys_view(self);
  while (Object* key = iter_next(it)) {
    int c = keys ? keys_contains(self, key) : items_contains(self, key);
    if (c > 0) c = set_add(result, key) < 0 ? -1 : 1;
    decref(key);
    if (c < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
  }
  decref(it);
  if (err_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

template <int (*Op)(Object*, Object*)>
Object* view_setop(Object* self, Object* other) {
  Object* result = view_to_set(self);
  if (!result) return nullptr;
  if (Op(result, other) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* view_isdisjoint(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("isdisjoint", kwnames) || !cont::check_one_arg("isdisjoint", nargs)) return nullptr;
  Object* other = args[0];
  if (self == other) return bool_ref(view_len(self) == 0);
  Object* it = object_get_iter(other);
  if (!it) return nullptr;
  while (Object* item = iter_next(it)) {
    int c = sequence_contains(self, item);
    decref(item);
    if (c != 0) {
      decref(it);
      return c < 0 ? nullptr : bool_ref(false);
    }
  }
  decref(it);
  if (err_occurred()) return nullptr;
  return bool_ref(true);
}

MethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_DEFAULT, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", view_reversed, METH_DEFAULT, "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr, 0, nullptr}};
MethodDef values_methods[] = {
    {"__reversed__", view_reversed, METH_DEFAULT, "Return a reverse iterator over the dict values."},
    {nullptr, nullptr, 0, nullptr}};

// view.mapping: a read-only proxy of the dict the view shows (3.10+).
Object* view_mapping(Object* self, void*) { return mappingproxy_new(view_dict(self)); }
GetSetDef view_getset[] = {{"mapping", view_mapping, nullptr, "dictionary that this view refers to", nullptr},
                           {nullptr, nullptr, nullptr, nullptr, nullptr}};

void init_view_type(TypeObject& t, const char* name, objobjproc contains, MethodDef* methods, bool setlike) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(DictViewObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  t.tp_dealloc = view_dealloc;
  t.tp_traverse = view_traverse;
  t.tp_clear = view_clear;
  t.tp_repr = view_repr;
  t.tp_iter = view_iter;
  t.mp_length = view_len;
  t.sq_contains = contains;
  t.tp_methods = methods;
  t.tp_getset = view_getset;
  if (setlike) {
    t.tp_richcompare = view_richcompare;
    t.nb_and = view_and;
    t.nb_or = view_setop<set_update_internal>;
    t.nb_subtract = view_setop<set_difference_update_internal>;
    t.nb_xor = view_setop<set_symmetric_difference_update_internal>;
  }
  init_static_object(&t, &TypeType);
}

void init_diter_type(TypeObject& t, const char* name, unaryfunc next) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(DictIterObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  t.tp_dealloc = dictiter_dealloc;
  t.tp_traverse = dictiter_traverse;
  t.tp_clear = dictiter_clear;
  t.tp_iter = object_self_iter;
  t.tp_iternext = next;
  t.tp_methods = dictiter_methods;
  init_static_object(&t, &TypeType);
}

}  // namespace

Object* dict_view_new(Object* d, int kind) {
  TypeObject* t = kind == 0 ? &DictKeysType : kind == 1 ? &DictValuesType : &DictItemsType;
  auto* v = static_cast<DictViewObject*>(alloc_object(t, sizeof(DictViewObject)));
  if (!v) return nullptr;
  v->dict = newref(d);
  gc_track(v);
  return v;
}

Object* dict_iter_new(Object* d, int kind, bool reversed) {
  static TypeObject* const fwd[3] = {&DictKeyIterType, &DictValueIterType, &DictItemIterType};
  static TypeObject* const rev[3] = {&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType};
  TypeObject* t = reversed ? rev[kind] : fwd[kind];
  auto* it = static_cast<DictIterObject*>(alloc_object(t, sizeof(DictIterObject)));
  if (!it) return nullptr;
  DictObject* dict = as_dict(d);
  it->dict = newref(d);
  it->used = dict->used;
  it->len = dict->used;
  it->pos = reversed ? dict->nentries - 1 : 0;
  it->result = nullptr;
  gc_track(it);
  return it;
}

void init_dictview_types() {
  init_view_type(DictKeysType, "dict_keys", keys_contains, setview_methods, true);
  init_view_type(DictValuesType, "dict_values", nullptr, values_methods, false);
  init_view_type(DictItemsType, "dict_items", items_contains, setview_methods, true);
  init_diter_type(DictKeyIterType, "dict_keyiterator", dictiter_next_key<false>);
  init_diter_type(DictValueIterType, "dict_valueiterator", dictiter_next_value<false>);
  init_diter_type(DictItemIterType, "dict_itemiterator", dictiter_next_item<false>);
  init_diter_type(DictRevKeyIterType, "dict_reversekeyiterator", dictiter_next_key<true>);
  init_diter_type(DictRevValueIterType, "dict_reversevalueiterator", dictiter_next_value<true>);
  init_diter_type(DictRevItemIterType, "dict_reverseitemiterator", dictiter_next_item<true>);
}

}  // namespace rt

// set and frozenset (layout in runtime/set.h).
//
// The table works as CPython's does, so that iteration order (and therefore
// repr and pop order) matches it: start with 8 inline slots; a probe looks at
// the home slot and up to LINEAR_PROBES following ones before jumping with
// i = (i*5 + 1 + perturb) & mask, perturb >>= 5; a new key always goes into a
// never-used slot (dummies are not reused); the table is rebuilt at
// used*4 (used*2 past 50000) once fill*5 >= mask*3.
#include <cstdlib>
#include <string>

#include "gc/gc.h"
#include "runtime/containers/dict.h"
#include "runtime/init.h"
#include "runtime/containers/list.h"
#include "runtime/containers/set.h"
#include "runtime/types/type.h"

namespace rt {

TypeObject SetType, FrozenSetType, SetIterType;

namespace {

constexpr int LINEAR_PROBES = 9;
constexpr int PERTURB_SHIFT = 5;

Object dummy_struct;  // marks deleted entries; never seen by Python code
Object* const dummy = &dummy_struct;

inline bool is_live(const SetEntry* e) { return e->key && e->key != dummy; }
bool is_set_type_obj(Object* o) { return is_instance_of(o, &SetType); }

struct SetIterObject : Object {
  Object* set;  // null once exhausted
  ssize used;
  ssize pos;
  ssize len;
};

// Insert into a table known to hold neither key nor dummies.
void insert_clean(SetEntry* table, size_t mask, Object* key, hash_t hash) {
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (!entry->key) goto found;
    if (i + LINEAR_PROBES <= mask) {
      for (int j = 0; j < LINEAR_PROBES; j++) {
        entry++;
        if (!entry->key) goto found;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    entry->key = key;
    entry->hash = hash;
    return;
  }
}

int table_resize(SetObject* so, ssize minused) {
  size_t newsize = SET_MINSIZE;
  while (newsize <= size_t(minused)) newsize <<= 1;
  SetEntry* oldtable = so->table;
  bool old_malloced = oldtable != so->smalltable;
  SetEntry small_copy[SET_MINSIZE];
  SetEntry* newtable;
  if (newsize == SET_MINSIZE) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return 0;  // nothing to clean up
      std::memcpy(small_copy, oldtable, sizeof(small_copy));
      oldtable = small_copy;
    }
  } else {
    newtable = static_cast<SetEntry*>(std::malloc(sizeof(SetEntry) * newsize));
    if (!newtable) {
      err_no_memory();
      return -1;
    }
  }
  std::memset(newtable, 0, sizeof(SetEntry) * newsize);
  size_t oldmask = size_t(so->mask);
  so->mask = ssize(newsize - 1);
  so->table = newtable;
  so->fill = so->used;
  for (size_t i = 0; i <= oldmask; i++)
    if (is_live(&oldtable[i])) insert_clean(newtable, newsize - 1, oldtable[i].key, oldtable[i].hash);
  if (old_malloced) std::free(oldtable);
  return 0;
}

// Add key (borrowed) with its hash.
int add_entry(SetObject* so, Object* key, hash_t hash) {
  incref(key);
restart:
  size_t mask = size_t(so->mask);
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  SetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (entry->hash == 0 && !entry->key) goto found_unused;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key) goto found_active;
        if (is_str_exact(startkey) && is_str_exact(key) && str_equal(startkey, key)) goto found_active;
        SetEntry* table = so->table;
        incref(startkey);
        int cmp = object_richcompare_bool(startkey, key, CMP_EQ);
        decref(startkey);
        if (cmp > 0) goto found_active;
        if (cmp < 0) {
          decref(key);
          return -1;
        }
        if (table != so->table || entry->key != startkey) goto restart;
        mask = size_t(so->mask);
      }
      entry++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused:
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if (size_t(so->fill) * 5 < mask * 3) return 0;
  return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
  decref(key);
  return 0;
}

// The entry holding key, or null (not found, or error: *err set).
SetEntry* lookkey(SetObject* so, Object* key, hash_t hash, bool* err) {
  *err = false;
restart:
  size_t mask = size_t(so->mask);
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    SetEntry* entry = &so->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (entry->hash == 0 && !entry->key) return nullptr;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key) return entry;
        if (is_str_exact(startkey) && is_str_exact(key)) {
          if (str_equal(startkey, key)) return entry;
        } else {
          SetEntry* table = so->table;
          incref(startkey);
          int cmp = object_richcompare_bool(startkey, key, CMP_EQ);
          decref(startkey);
          if (cmp < 0) {
            *err = true;
            return nullptr;
          }
          if (table != so->table || entry->key != startkey) goto restart;
          if (cmp > 0) return entry;
          mask = size_t(so->mask);
        }
      }
      entry++;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int contains_entry(SetObject* so, Object* key, hash_t hash) {
  bool err;
  SetEntry* e = lookkey(so, key, hash, &err);
  if (err) return -1;
  return e != nullptr;
}

// 1 removed, 0 absent, -1 error.
int discard_entry(SetObject* so, Object* key, hash_t hash) {
  bool err;
  SetEntry* e = lookkey(so, key, hash, &err);
  if (err) return -1;
  if (!e) return 0;
  Object* old = e->key;
  e->key = dummy;
  e->hash = -1;
  so->used--;
  decref(old);
  return 1;
}

inline hash_t key_hash(Object* key) {
  if (is_str_exact(key)) {
    hash_t h = as_str(key)->hash;
    if (h != -1) return h;
  }
  return object_hash(key);
}

int add_key(SetObject* so, Object* key) {
  hash_t h = key_hash(key);
  if (h == -1) return -1;
  return add_entry(so, key, h);
}

SetObject* alloc_set(TypeObject* type) {
  auto* so = static_cast<SetObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!so) return nullptr;
  so->fill = so->used = 0;
  so->mask = SET_MINSIZE - 1;
  so->table = so->smalltable;
  so->hash = -1;
  so->finger = 0;
  gc_track(so);
  return so;
}

int merge_set(SetObject* so, SetObject* other) {
  if (so == other || other->used == 0) return 0;
  if (size_t(so->fill + other->used) * 5 >= size_t(so->mask) * 3 &&
      table_resize(so, (so->used + other->used) * 2) < 0)
    return -1;
  SetEntry* src = other->table;
  size_t omask = size_t(other->mask);
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (size_t i = 0; i <= omask; i++) {
      if (src[i].key) {
        so->table[i].key = newref(src[i].key);
        so->table[i].hash = src[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    so->fill = so->used = other->used;
    for (size_t i = 0; i <= omask; i++)
      if (is_live(&src[i])) insert_clean(so->table, size_t(so->mask), newref(src[i].key), src[i].hash);
    return 0;
  }
  // __eq__ may run here and change either set: re-read other's table each time.
  for (size_t i = 0; i <= size_t(other->mask); i++) {
    SetEntry* e = &other->table[i];
    if (!is_live(e)) continue;
    Object* key = newref(e->key);
    int r = add_entry(so, key, e->hash);
    decref(key);
    if (r < 0) return -1;
  }
  return 0;
}

void clear_internal(SetObject* so) {
  SetEntry* table = so->table;
  bool malloced = table != so->smalltable;
  ssize fill = so->fill;
  size_t mask = size_t(so->mask);
  SetEntry small_copy[SET_MINSIZE];
  if (!malloced) {
    std::memcpy(small_copy, table, sizeof(small_copy));
    table = small_copy;
  }
  std::memset(so->smalltable, 0, sizeof(so->smalltable));
  so->table = so->smalltable;
  so->mask = SET_MINSIZE - 1;
  so->fill = so->used = 0;
  so->hash = -1;
  if (fill)
    for (size_t i = 0; i <= mask; i++)
      if (is_live(&table[i])) decref(table[i].key);
  if (malloced) std::free(table);
}

void swap_bodies(SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry* ta = a->table == a->smalltable ? nullptr : a->table;
  SetEntry* tb = b->table == b->smalltable ? nullptr : b->table;
  SetEntry tmp[SET_MINSIZE];
  std::memcpy(tmp, a->smalltable, sizeof(tmp));
  std::memcpy(a->smalltable, b->smalltable, sizeof(tmp));
  std::memcpy(b->smalltable, tmp, sizeof(tmp));
  a->table = tb ? tb : a->smalltable;
  b->table = ta ? ta : b->smalltable;
  std::swap(a->hash, b->hash);
}

// The type results of set operations take: set for set subclasses, frozenset for frozenset ones.
TypeObject* basetype(Object* so) { return is_set_type_obj(so) ? &SetType : &FrozenSetType; }

SetObject* make_new_set(TypeObject* type, Object* iterable) {
  SetObject* so = alloc_set(type);
  if (!so) return nullptr;
  if (iterable && set_update_internal(so, iterable) < 0) {
    decref(so);
    return nullptr;
  }
  return so;
}

Object* set_copy(Object* so) { return make_new_set(basetype(so), so); }

// Key lookups that accept a set where a frozenset would hash (x in s, s.remove(x) ...).
template <class F>
int with_frozen_fallback(Object* key, F f) {
  hash_t h = key_hash(key);
  if (h != -1) return f(key, h);
  if (!is_set_type_obj(key) || !err_matches(Exc_TypeError)) return -1;
  err_clear();
  Object* tmp = make_new_set(&FrozenSetType, key);
  if (!tmp) return -1;
  h = key_hash(tmp);
  int r = h == -1 ? -1 : f(tmp, h);
  decref(tmp);
  return r;
}

int contains_key(SetObject* so, Object* key) {
  return with_frozen_fallback(key, [so](Object* k, hash_t h) { return contains_entry(so, k, h); });
}
int discard_key(SetObject* so, Object* key) {
  return with_frozen_fallback(key, [so](Object* k, hash_t h) { return discard_entry(so, k, h); });
}

Object* intersection(SetObject* so, Object* other) {
  if (so == other) return set_copy(so);
  SetObject* result = alloc_set(basetype(so));
  if (!result) return nullptr;
  if (is_set_or_frozenset(other)) {
    SetObject* a = so;
    SetObject* b = as_set(other);
    if (b->used > a->used) std::swap(a, b);
    // Iterate the smaller (b), probe the larger (a).
    for (ssize i = 0; i <= b->mask; i++) {
      SetEntry* e = &b->table[i];
      if (!is_live(e)) continue;
      Object* key = newref(e->key);
      hash_t h = e->hash;
      int r = contains_entry(a, key, h);
      if (r > 0) r = add_entry(result, key, h);
      decref(key);
      if (r < 0) {
        decref(result);
        return nullptr;
      }
    }
    return result;
  }
  Object* it = object_get_iter(other);
  if (!it) {
    decref(result);
    return nullptr;
  }
  while (Object* key = iter_next(it)) {
    hash_t h = key_hash(key);
    int r = h == -1 ? -1 : contains_entry(so, key, h);
    if (r > 0) r = add_entry(result, key, h);
    decref(key);
    if (r < 0) {
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

int difference_update(SetObject* so, Object* other) {
  if (so == other) {
    clear_internal(so);
    return 0;
  }
  if (is_set_or_frozenset(other)) {
    SetObject* o = as_set(other);
    for (ssize i = 0; i <= o->mask; i++) {
      SetEntry* e = &o->table[i];
      if (!is_live(e)) continue;
      Object* key = newref(e->key);
      int r = discard_entry(so, key, e->hash);
      decref(key);
      if (r < 0) return -1;
    }
  } else {
    Object* it = object_get_iter(other);
    if (!it) return -1;
    while (Object* key = iter_next(it)) {
      int r = discard_key(so, key);
      decref(key);
      if (r < 0) {
        decref(it);
        return -1;
      }
    }
    decref(it);
    if (err_occurred()) return -1;
  }
  // Too many dummies: rebuild.
  if (size_t(so->fill - so->used) <= size_t(so->used) / 4) return 0;
  return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Object* difference(SetObject* so, Object* other) {
  ssize other_size;
  if (is_set_or_frozenset(other)) other_size = as_set(other)->used;
  else if (is_dict_exact(other)) other_size = dict_size(other);
  else other_size = -1;
  if (other_size < 0 || (so->used >> 2) > other_size) {
    SetObject* result = static_cast<SetObject*>(set_copy(so));
    if (!result) return nullptr;
    if (difference_update(result, other) < 0) {
      decref(result);
      return nullptr;
    }
    return result;
  }
  SetObject* result = alloc_set(basetype(so));
  if (!result) return nullptr;
  for (ssize i = 0; i <= so->mask; i++) {
    SetEntry* e = &so->table[i];
    if (!is_live(e)) continue;
    Object* key = newref(e->key);
    hash_t h = e->hash;
    int r;
    if (is_dict_exact(other)) {
      ssize ix = dict_lookup(as_dict(other), key, h);
      r = ix == -2 ? -1 : ix >= 0;
    } else {
      r = contains_entry(as_set(other), key, h);
    }
    if (r == 0) r = add_entry(result, key, h);
    decref(key);
    if (r < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

int symmetric_difference_update(SetObject* so, Object* other) {
  if (so == other) {
    clear_internal(so);
    return 0;
  }
  SetObject* otherset;
  if (is_set_or_frozenset(other)) {
    otherset = as_set(newref(other));
  } else {
    otherset = make_new_set(basetype(so), other);
    if (!otherset) return -1;
  }
  for (ssize i = 0; i <= otherset->mask; i++) {
    SetEntry* e = &otherset->table[i];
    if (!is_live(e)) continue;
    Object* key = newref(e->key);
    hash_t h = e->hash;
    int r = discard_entry(so, key, h);
    if (r == 0) r = add_entry(so, key, h);
    decref(key);
    if (r < 0) {
      decref(otherset);
      return -1;
    }
  }
  decref(otherset);
  return 0;
}

int issubset(SetObject* so, SetObject* other) {
  if (so->used > other->used) return 0;
  for (ssize i = 0; i <= so->mask; i++) {
    SetEntry* e = &so->table[i];
    if (!is_live(e)) continue;
    Object* key = newref(e->key);
    int r = contains_entry(other, key, e->hash);
    decref(key);
    if (r <= 0) return r;
  }
  return 1;
}

// ---- the types ----------------------------------------------------------------------------
void set_dealloc(Object* o) {
  bool exact = type_of(o) == &SetType || type_of(o) == &FrozenSetType;
  if (exact && !cont::trash_begin(o)) return;
  gc_untrack(o);
  clear_weakrefs(o);
  SetObject* so = as_set(o);
  for (ssize i = 0; i <= so->mask && so->fill; i++)
    if (is_live(&so->table[i])) decref(so->table[i].key);
  if (so->table != so->smalltable) std::free(so->table);
  free_object(o);
  if (exact) cont::trash_end();
}

int set_traverse(Object* o, visitproc visit, void* arg) {
  SetObject* so = as_set(o);
  for (ssize i = 0; i <= so->mask; i++)
    if (is_live(&so->table[i])) {
      int r = visit(so->table[i].key, arg);
      if (r) return r;
    }
  return 0;
}

int set_tp_clear(Object* o) {
  clear_internal(as_set(o));
  return 0;
}

Object* set_repr(Object* o) {
  SetObject* so = as_set(o);
  bool exact_set = type_of(o) == &SetType;
  if (so->used == 0) return str_from(std::string(type_name(o)) + "()");
  int rr = repr_enter(o);
  if (rr < 0) return nullptr;
  if (rr > 0) return str_from(std::string(type_name(o)) + "(...)");
  std::string s = exact_set ? "{" : std::string(type_name(o)) + "({";
  bool first = true, ok = true;
  Object* keys = sequence_list(o);
  if (!keys) ok = false;
  for (ssize i = 0; ok && i < size_of(keys); i++) {
    Object* r = object_repr(list_get(keys, i));
    if (!r) {
      ok = false;
      break;
    }
    if (!first) s += ", ";
    first = false;
    s += str_view(r);
    decref(r);
  }
  xdecref(keys);
  repr_leave(o);
  if (!ok) return nullptr;
  s += exact_set ? "}" : "})";
  return str_from(s);
}

ssize set_len(Object* o) { return as_set(o)->used; }
int set_sq_contains(Object* o, Object* key) { return contains_key(as_set(o), key); }

// CPython's frozenset hash: order-independent xor of shuffled entry hashes.
inline uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }
hash_t frozenset_hash(Object* o) {
  SetObject* so = as_set(o);
  if (so->hash != -1) return so->hash;
  uint64_t hash = 0;
  for (ssize i = 0; i <= so->mask; i++)
    if (is_live(&so->table[i])) hash ^= shuffle_bits(uint64_t(so->table[i].hash));
  hash ^= (uint64_t(so->used) + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == uint64_t(-1)) hash = 590923713UL;
  so->hash = hash_t(hash);
  return so->hash;
}

Object* set_richcompare(Object* v, Object* w, int op) {
  if (!is_set_or_frozenset(w)) return notimpl_ref();
  SetObject* a = as_set(v);
  SetObject* b = as_set(w);
  int r = 0;
  switch (op) {
    case CMP_EQ:
    case CMP_NE:
      if (a->used != b->used) r = 0;
      else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) r = 0;
      else r = issubset(a, b);
      if (r < 0) return nullptr;
      return bool_ref(op == CMP_EQ ? r : !r);
    case CMP_LE: r = issubset(a, b); break;
    case CMP_GE: r = issubset(b, a); break;
    case CMP_LT: r = a->used < b->used ? issubset(a, b) : 0; break;
    case CMP_GT: r = a->used > b->used ? issubset(b, a) : 0; break;
  }
  if (r < 0) return nullptr;
  return bool_ref(r);
}

Object* set_iter(Object* o) {
  auto* it = static_cast<SetIterObject*>(alloc_object(&SetIterType, sizeof(SetIterObject)));
  if (!it) return nullptr;
  it->set = newref(o);
  it->used = as_set(o)->used;
  it->len = it->used;
  it->pos = 0;
  gc_track(it);
  return it;
}

// Binary operators: both operands must be sets or frozensets.
Object* set_or(Object* a, Object* b) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return notimpl_ref();
  Object* r = set_copy(a);
  if (!r) return nullptr;
  if (a == b) return r;
  if (set_update_internal(r, b) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}
Object* set_and(Object* a, Object* b) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return notimpl_ref();
  return intersection(as_set(a), b);
}
Object* set_sub(Object* a, Object* b) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return notimpl_ref();
  return difference(as_set(a), b);
}
Object* set_xor(Object* a, Object* b) {
  if (!is_set_or_frozenset(a) || !is_set_or_frozenset(b)) return notimpl_ref();
  SetObject* r = make_new_set(basetype(a), b);
  if (!r) return nullptr;
  if (symmetric_difference_update(r, a) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}
Object* set_ior(Object* a, Object* b) {
  if (!is_set_or_frozenset(b)) return notimpl_ref();
  if (set_update_internal(a, b) < 0) return nullptr;
  return newref(a);
}
Object* set_iand(Object* a, Object* b) {
  if (!is_set_or_frozenset(b)) return notimpl_ref();
  Object* tmp = intersection(as_set(a), b);
  if (!tmp) return nullptr;
  swap_bodies(as_set(a), as_set(tmp));
  decref(tmp);
  return newref(a);
}
Object* set_isub(Object* a, Object* b) {
  if (!is_set_or_frozenset(b)) return notimpl_ref();
  if (difference_update(as_set(a), b) < 0) return nullptr;
  return newref(a);
}
Object* set_ixor(Object* a, Object* b) {
  if (!is_set_or_frozenset(b)) return notimpl_ref();
  if (symmetric_difference_update(as_set(a), b) < 0) return nullptr;
  return newref(a);
}

Object* set_tp_new(TypeObject* type, Object* const*, ssize, Object*) { return alloc_set(type); }

int set_tp_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("set", kwnames)) return -1;  // set.__new__ lets a subclass's keywords through, not this
  if (!cont::check_nargs("set", nargs, 0, 1)) return -1;
  if (as_set(self)->fill) clear_internal(as_set(self));
  as_set(self)->hash = -1;
  if (nargs && set_update_internal(self, args[0]) < 0) return -1;
  return 0;
}

Object* frozenset_tp_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  // A subclass that keeps object.__init__ takes no keywords either (its own __init__ may).
  if ((type == &FrozenSetType || type->tp_init == FrozenSetType.tp_init) && !cont::check_no_kw("frozenset", kwnames))
    return nullptr;
  if (!cont::check_nargs("frozenset", nargs, 0, 1)) return nullptr;
  if (type == &FrozenSetType && nargs && type_of(args[0]) == &FrozenSetType) return newref(args[0]);
  return make_new_set(type, nargs ? args[0] : nullptr);
}

// ---- methods ------------------------------------------------------------------------------
#define METHOD(name) Object* name(Object* self, Object* const* args, ssize nargs, Object* kwnames)
#define NOKW(q) \
  if (!cont::check_no_kw(q, kwnames)) return nullptr
#define ONEARG(q) \
  if (!cont::check_no_kw(q, kwnames) || !cont::check_one_arg(q, nargs)) return nullptr
#define NOARGS(q, n) \
  if (!cont::check_no_kw(q, kwnames) || !cont::check_nargs(n, nargs, 0, 0)) return nullptr

METHOD(m_add) {
  ONEARG("set.add");
  if (add_key(as_set(self), args[0]) < 0) return nullptr;
  return none_ref();
}
METHOD(m_discard) {
  ONEARG("set.discard");
  if (discard_key(as_set(self), args[0]) < 0) return nullptr;
  return none_ref();
}
METHOD(m_remove) {
  ONEARG("set.remove");
  int r = discard_key(as_set(self), args[0]);
  if (r < 0) return nullptr;
  if (r == 0) {
    err_key_error(args[0]);
    return nullptr;
  }
  return none_ref();
}
METHOD(m_pop) {
  NOARGS("set.pop", "pop");
  SetObject* so = as_set(self);
  if (so->used == 0) {
    Object* msg = str_from_cstr("pop from an empty set");
    if (msg) {
      err_key_error(msg);
      decref(msg);
    }
    return nullptr;
  }
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!is_live(entry)) {
    entry++;
    if (entry > limit) entry = so->table;
  }
  Object* key = entry->key;
  entry->key = dummy;
  entry->hash = -1;
  so->used--;
  so->finger = entry - so->table + 1;
  return key;
}
METHOD(m_clear) {
  NOARGS("set.clear", "clear");
  clear_internal(as_set(self));
  return none_ref();
}
METHOD(m_copy) {
  NOARGS("set.copy", "copy");
  return set_copy(self);
}
METHOD(m_frozen_copy) {
  NOARGS("frozenset.copy", "copy");
  if (type_of(self) == &FrozenSetType) return newref(self);
  return set_copy(self);
}
METHOD(m_update) {
  NOKW("set.update");
  for (ssize i = 0; i < nargs; i++)
    if (set_update_internal(self, args[i]) < 0) return nullptr;
  return none_ref();
}
METHOD(m_union) {
  NOKW("set.union");
  Object* r = set_copy(self);
  if (!r) return nullptr;
  for (ssize i = 0; i < nargs; i++) {
    if (args[i] == self) continue;
    if (set_update_internal(r, args[i]) < 0) {
      decref(r);
      return nullptr;
    }
  }
  return r;
}
Object* intersection_multi(Object* self, Object* const* args, ssize nargs) {
  if (nargs == 0) return set_copy(self);
  Object* result = newref(self);
  for (ssize i = 0; i < nargs; i++) {
    Object* r = intersection(as_set(result), args[i]);
    decref(result);
    if (!r) return nullptr;
    result = r;
  }
  return result;
}
METHOD(m_intersection) {
  NOKW("set.intersection");
  return intersection_multi(self, args, nargs);
}
METHOD(m_intersection_update) {
  NOKW("set.intersection_update");
  Object* tmp = intersection_multi(self, args, nargs);
  if (!tmp) return nullptr;
  swap_bodies(as_set(self), as_set(tmp));
  decref(tmp);
  return none_ref();
}
METHOD(m_difference) {
  NOKW("set.difference");
  if (nargs == 0) return set_copy(self);
  Object* r = difference(as_set(self), args[0]);
  if (!r) return nullptr;
  for (ssize i = 1; i < nargs; i++) {
    if (difference_update(as_set(r), args[i]) < 0) {
      decref(r);
      return nullptr;
    }
  }
  return r;
}
METHOD(m_difference_update) {
  NOKW("set.difference_update");
  for (ssize i = 0; i < nargs; i++)
    if (difference_update(as_set(self), args[i]) < 0) return nullptr;
  return none_ref();
}
METHOD(m_symmetric_difference) {
  ONEARG("set.symmetric_difference");
  SetObject* r = make_new_set(basetype(self), args[0]);
  if (!r) return nullptr;
  if (symmetric_difference_update(r, self) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}
METHOD(m_symmetric_difference_update) {
  ONEARG("set.symmetric_difference_update");
  if (symmetric_difference_update(as_set(self), args[0]) < 0) return nullptr;
  return none_ref();
}
METHOD(m_issubset) {
  ONEARG("set.issubset");
  Object* other = args[0];
  int r;
  if (is_set_or_frozenset(other)) {
    r = issubset(as_set(self), as_set(other));
  } else {
    SetObject* tmp = make_new_set(&SetType, other);
    if (!tmp) return nullptr;
    r = issubset(as_set(self), tmp);
    decref(tmp);
  }
  if (r < 0) return nullptr;
  return bool_ref(r);
}
METHOD(m_issuperset) {
  ONEARG("set.issuperset");
  Object* other = args[0];
  if (is_set_or_frozenset(other)) {
    int r = issubset(as_set(other), as_set(self));
    if (r < 0) return nullptr;
    return bool_ref(r);
  }
  Object* it = object_get_iter(other);
  if (!it) return nullptr;
  while (Object* key = iter_next(it)) {
    int r = contains_key(as_set(self), key);
    decref(key);
    if (r <= 0) {
      decref(it);
      return r < 0 ? nullptr : bool_ref(false);
    }
  }
  decref(it);
  if (err_occurred()) return nullptr;
  return bool_ref(true);
}
METHOD(m_isdisjoint) {
  ONEARG("set.isdisjoint");
  Object* other = args[0];
  if (other == self) return bool_ref(as_set(self)->used == 0);
  if (is_set_or_frozenset(other)) {
    SetObject* a = as_set(self);
    SetObject* b = as_set(other);
    if (a->used > b->used) std::swap(a, b);
    for (ssize i = 0; i <= a->mask; i++) {
      SetEntry* e = &a->table[i];
      if (!is_live(e)) continue;
      Object* key = newref(e->key);
      int r = contains_entry(b, key, e->hash);
      decref(key);
      if (r != 0) return r < 0 ? nullptr : bool_ref(false);
    }
    return bool_ref(true);
  }
  Object* it = object_get_iter(other);
  if (!it) return nullptr;
  while (Object* key = iter_next(it)) {
    int r = contains_key(as_set(self), key);
    decref(key);
    if (r != 0) {
      decref(it);
      return r < 0 ? nullptr : bool_ref(false);
    }
  }
  decref(it);
  if (err_occurred()) return nullptr;
  return bool_ref(true);
}
METHOD(m_contains) {
  ONEARG("set.__contains__");
  int r = contains_key(as_set(self), args[0]);
  if (r < 0) return nullptr;
  return bool_ref(r);
}
METHOD(m_sizeof) {
  SetObject* so = as_set(self);
  int64_t n = int64_t(type_of(self)->tp_basicsize);
  if (so->table != so->smalltable) n += int64_t(so->mask + 1) * int64_t(sizeof(SetEntry));
  return int_from_i64(n);
}
METHOD(m_reduce) {
  Object* keys = sequence_list(self);
  if (!keys) return nullptr;
  Object* args_t = tuple_pack(1, keys);
  decref(keys);
  if (!args_t) return nullptr;
  Object* state = object_reduce_state(self);  // the dict and the __slots__ values (3.11)
  Object* r = state ? tuple_pack(3, type_of(self), args_t, state) : nullptr;
  decref(args_t);
  xdecref(state);
  return r;
}

MethodDef set_methods[] = {
    {"add", m_add, METH_DEFAULT, "Add an element to a set."},
    {"discard", m_discard, METH_DEFAULT, "Remove an element from a set if it is a member."},
    {"remove", m_remove, METH_DEFAULT, "Remove an element from a set; it must be a member."},
    {"pop", m_pop, METH_DEFAULT, "Remove and return an arbitrary set element."},
    {"clear", m_clear, METH_DEFAULT, "Remove all elements from this set."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of a set."},
    {"update", m_update, METH_DEFAULT, "Update a set with the union of itself and others."},
    {"union", m_union, METH_DEFAULT, "Return the union of sets as a new set."},
    {"intersection", m_intersection, METH_DEFAULT, "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, METH_DEFAULT, "Update a set with the intersection of itself and another."},
    {"difference", m_difference, METH_DEFAULT, "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, METH_DEFAULT, "Remove all elements of another set from this set."},
    {"symmetric_difference", m_symmetric_difference, METH_DEFAULT, "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_DEFAULT,
     "Update a set with the symmetric difference of itself and another."},
    {"issubset", m_issubset, METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_DEFAULT, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, METH_DEFAULT, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, METH_DEFAULT, "x.__contains__(y) <==> y in x."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"__reduce__", m_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr}};

MethodDef frozenset_methods[] = {
    {"copy", m_frozen_copy, METH_DEFAULT, "Return a shallow copy of a set."},
    {"union", m_union, METH_DEFAULT, "Return the union of sets as a new set."},
    {"intersection", m_intersection, METH_DEFAULT, "Return the intersection of two sets as a new set."},
    {"difference", m_difference, METH_DEFAULT, "Return the difference of two or more sets as a new set."},
    {"symmetric_difference", m_symmetric_difference, METH_DEFAULT, "Return the symmetric difference of two sets as a new set."},
    {"issubset", m_issubset, METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_DEFAULT, "Report whether this set contains another set."},
    {"isdisjoint", m_isdisjoint, METH_DEFAULT, "Return True if two sets have a null intersection."},
    {"__contains__", m_contains, METH_DEFAULT, "x.__contains__(y) <==> y in x."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"__reduce__", m_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr}};

// ---- the iterator -----------------------------------------------------------------------
void setiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<SetIterObject*>(o)->set);
  free_object(o);
}
int setiter_traverse(Object* o, visitproc visit, void* arg) {
  Object* s = static_cast<SetIterObject*>(o)->set;
  return s ? visit(s, arg) : 0;
}
int setiter_clear(Object* o) {
  clearref(static_cast<SetIterObject*>(o)->set);
  return 0;
}
Object* setiter_next(Object* o) {
  auto* it = static_cast<SetIterObject*>(o);
  if (!it->set) return nullptr;
  SetObject* so = as_set(it->set);
  if (it->used != so->used) {
    err_set_string(Exc_RuntimeError, "Set changed size during iteration");
    it->used = -1;
    return nullptr;
  }
  ssize i = it->pos;
  while (i <= so->mask && !is_live(&so->table[i])) i++;
  it->pos = i + 1;
  if (i > so->mask) {
    clearref(it->set);
    return nullptr;
  }
  it->len--;
  return newref(so->table[i].key);
}
Object* setiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  auto* it = static_cast<SetIterObject*>(self);
  return int_from_i64(it->set && it->used == as_set(it->set)->used ? it->len : 0);
}
// Pickling, as CPython: iter(list of the items still to come), read from a
// copy of the iterator so this one does not move.
Object* setiter_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  auto* it = static_cast<SetIterObject*>(self);
  auto* copy = static_cast<SetIterObject*>(alloc_object(&SetIterType, sizeof(SetIterObject)));
  if (!copy) return nullptr;
  copy->set = xnewref(it->set);
  copy->used = it->used;
  copy->pos = it->pos;
  copy->len = it->len;
  gc_track(copy);
  Object* rest = sequence_list(copy);
  decref(copy);
  if (!rest) return nullptr;
  return cont::iter_reduce_exhausted(rest);  // iter(rest): the same form, with the items left
}
MethodDef setiter_methods[] = {{"__length_hint__", setiter_length_hint, METH_DEFAULT, nullptr},
                               {"__reduce__", setiter_reduce, METH_DEFAULT, "Return state information for pickling."},
                               {nullptr, nullptr, 0, nullptr}};

void fill_common(TypeObject& t, const char* name) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(SetObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLE;
  t.tp_dealloc = set_dealloc;
  t.tp_weaklistoffset = offsetof(SetObject, weaklist);
  t.tp_repr = set_repr;
  t.tp_richcompare = set_richcompare;
  t.tp_iter = set_iter;
  t.tp_traverse = set_traverse;
  t.tp_clear = set_tp_clear;
  t.nb_or = set_or;
  t.nb_and = set_and;
  t.nb_subtract = set_sub;
  t.nb_xor = set_xor;
  t.mp_length = set_len;
  t.sq_contains = set_sq_contains;
}

}  // namespace

// ---- internal API (set.h) and public API (api.h) --------------------------------------
int set_update_internal(Object* so_obj, Object* other) {
  SetObject* so = as_set(so_obj);
  if (is_set_or_frozenset(other)) return merge_set(so, as_set(other));
  if (is_dict_exact(other)) {
    DictObject* d = as_dict(other);
    ssize dictsize = d->used;
    if (size_t(so->fill + dictsize) * 5 >= size_t(so->mask) * 3 && table_resize(so, (so->used + dictsize) * 2) < 0)
      return -1;
    for (ssize i = 0; i < d->nentries; i++) {
      DictEntry* e = &d->entries[i];
      if (!e->key) continue;
      Object* key = newref(e->key);
      int r = add_entry(so, key, e->hash);
      decref(key);
      if (r < 0) return -1;
    }
    return 0;
  }
  Object* it = object_get_iter(other);
  if (!it) return -1;
  unaryfunc next = type_of(it)->tp_iternext;
  for (;;) {
    Object* key = next(it);
    if (!key) break;
    int r = add_key(so, key);
    decref(key);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  if (err_occurred()) {
    if (!err_matches(Exc_StopIteration)) return -1;
    err_clear();
  }
  return 0;
}

int set_difference_update_internal(Object* so, Object* other) { return difference_update(as_set(so), other); }
int set_symmetric_difference_update_internal(Object* so, Object* other) {
  return symmetric_difference_update(as_set(so), other);
}
Object* set_intersection_internal(Object* so, Object* other) { return intersection(as_set(so), other); }

bool set_next_entry(Object* so_obj, ssize* pos, Object** key, hash_t* hash) {
  SetObject* so = as_set(so_obj);
  for (ssize i = *pos; i <= so->mask; i++) {
    SetEntry* e = &so->table[i];
    if (!is_live(e)) continue;
    *pos = i + 1;
    *key = e->key;
    *hash = e->hash;
    return true;
  }
  *pos = so->mask + 1;
  return false;
}

Object* set_new(Object* iterable) { return make_new_set(&SetType, iterable); }
Object* frozenset_new(Object* iterable) { return make_new_set(&FrozenSetType, iterable); }
int set_add(Object* s, Object* key) { return add_key(as_set(s), key); }
int set_discard(Object* s, Object* key) {
  hash_t h = key_hash(key);
  if (h == -1) return -1;
  return discard_entry(as_set(s), key, h);
}
int set_contains(Object* s, Object* key) { return contains_key(as_set(s), key); }
ssize set_size(Object* s) { return as_set(s)->used; }
bool set_next(Object* s, ssize* pos, Object** key) {
  SetObject* so = as_set(s);
  ssize i = *pos;
  while (i <= so->mask && !is_live(&so->table[i])) i++;
  *pos = i + 1;
  if (i > so->mask) return false;
  *key = so->table[i].key;
  return true;
}

void init_set_types() {
  fill_common(SetType, "set");
  SetType.tp_doc = "set() -> new empty set object";
  SetType.tp_new = set_tp_new;
  SetType.tp_init = set_tp_init;
  SetType.nb_inplace_or = set_ior;
  SetType.nb_inplace_and = set_iand;
  SetType.nb_inplace_subtract = set_isub;
  SetType.nb_inplace_xor = set_ixor;
  SetType.tp_methods = set_methods;
  init_static_object(&SetType, &TypeType);

  fill_common(FrozenSetType, "frozenset");
  FrozenSetType.tp_doc = "frozenset() -> empty frozenset object";
  FrozenSetType.tp_hash = frozenset_hash;
  FrozenSetType.tp_new = frozenset_tp_new;
  FrozenSetType.tp_methods = frozenset_methods;
  init_static_object(&FrozenSetType, &TypeType);

  TypeObject& i = SetIterType;
  i.tp_name = "set_iterator";
  i.tp_basicsize = sizeof(SetIterObject);
  i.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  i.tp_dealloc = setiter_dealloc;
  i.tp_traverse = setiter_traverse;
  i.tp_clear = setiter_clear;
  i.tp_iter = object_self_iter;
  i.tp_iternext = setiter_next;
  i.tp_methods = setiter_methods;
  init_static_object(&i, &TypeType);
}

}  // namespace rt

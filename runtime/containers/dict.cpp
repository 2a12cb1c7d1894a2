// dict: the compact insertion-ordered hash table described in runtime/dict.h.
//
// Every global and attribute lookup comes through dict_getitem_known_hash, so
// the probe loop compares identity first, then the stored hash, then (for two
// exact str) the bytes, and only then calls __eq__.  A comparison can run
// Python code that mutates the dict: the lookup restarts when the table or the
// entry changed under it.
#include <cstdlib>
#include <string>

#include "gc/gc.h"
#include "runtime/containers/dict.h"
#include "runtime/init.h"
#include "runtime/containers/list.h"
#include "runtime/containers/set.h"

namespace rt {

TypeObject DictType;

namespace {

uint64_t dict_global_version = 0;
inline uint64_t next_version() { return ++dict_global_version; }

constexpr size_t DICT_MINSIZE = 8;
inline ssize usable_fraction(size_t n) { return ssize((n << 1) / 3); }

// Allocate an empty table of `size` slots (a power of two >= 8).
bool alloc_table(size_t size, int32_t** indices, DictEntry** entries) {
  ssize usable = usable_fraction(size);
  size_t ibytes = size * sizeof(int32_t);
  ibytes = (ibytes + 7) & ~size_t(7);
  char* mem = static_cast<char*>(std::malloc(ibytes + size_t(usable) * sizeof(DictEntry)));
  if (!mem) {
    err_no_memory();
    return false;
  }
  std::memset(mem, 0xff, size * sizeof(int32_t));  // DKIX_EMPTY everywhere
  *indices = reinterpret_cast<int32_t*>(mem);
  *entries = reinterpret_cast<DictEntry*>(mem + ibytes);
  return true;
}

inline void free_table(int32_t* indices) { std::free(indices); }

// Put entry index ix in the first empty slot of hash's probe sequence (table
// without dummies, or where reusing a dummy is fine).
inline size_t find_empty_slot(const int32_t* indices, size_t mask, hash_t hash) {
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  while (indices[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuild with room for at least minused entries, compacting deleted ones.
int dict_resize(DictObject* d, ssize minused) {
  size_t size = DICT_MINSIZE;
  while (size < size_t(minused) && size < (size_t(1) << 30)) size <<= 1;
  int32_t* indices;
  DictEntry* entries;
  if (!alloc_table(size, &indices, &entries)) return -1;
  size_t mask = size - 1;
  DictEntry* old = d->entries;
  ssize n = 0;
  for (ssize k = 0; k < d->nentries; k++) {
    if (!old[k].key) continue;
    entries[n] = old[k];
    indices[find_empty_slot(indices, mask, old[k].hash)] = int32_t(n);
    n++;
  }
  free_table(d->indices);
  d->indices = indices;
  d->entries = entries;
  d->mask = mask;
  d->nentries = n;
  d->usable = usable_fraction(size) - n;
  return 0;
}

// Slot of the indices table that holds entry ix.
size_t slot_of_entry(DictObject* d, hash_t hash, ssize ix) {
  size_t mask = d->mask;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  while (d->indices[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Remove entry ix (found at slot), returning the old key and value to the caller.
void delete_entry(DictObject* d, ssize ix, hash_t hash, Object** key, Object** value) {
  size_t slot = slot_of_entry(d, hash, ix);
  d->indices[slot] = DKIX_DUMMY;
  DictEntry* e = &d->entries[ix];
  *key = e->key;
  *value = e->value;
  e->key = nullptr;
  e->value = nullptr;
  d->used--;
  d->version = next_version();
}

}  // namespace

ssize dict_lookup(DictObject* d, Object* key, hash_t hash) {
restart:
  if (!d->indices) return -1;
  DictEntry* entries = d->entries;
  size_t mask = d->mask;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    int32_t ix = d->indices[i];
    if (ix == DKIX_EMPTY) return -1;
    if (ix >= 0) {
      DictEntry* e = &entries[ix];
      Object* startkey = e->key;
      if (startkey == key) return ix;
      if (e->hash == hash) {
        if (is_str_exact(startkey) && is_str_exact(key)) {
          if (!(as_str(startkey)->interned && as_str(key)->interned) && str_equal(startkey, key)) return ix;
        } else {
          incref(startkey);
          int cmp = object_richcompare_bool(startkey, key, CMP_EQ);
          decref(startkey);
          if (cmp < 0) return -2;
          if (entries != d->entries || mask != d->mask || e->key != startkey) goto restart;
          if (cmp > 0) return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

namespace {
// Add key (known to be absent; no Python code ran since the lookup said so).
int insert_absent(DictObject* d, Object* key, hash_t hash, Object* value) {
  if (d->usable <= 0 && dict_resize(d, d->used * 3) < 0) return -1;
  size_t slot = find_empty_slot(d->indices, d->mask, hash);
  ssize n = d->nentries;
  d->indices[slot] = int32_t(n);
  DictEntry* e = &d->entries[n];
  e->hash = hash;
  e->key = newref(key);
  e->value = newref(value);
  d->nentries = n + 1;
  d->used++;
  d->usable--;
  d->version = next_version();
  return 0;
}
}  // namespace

int dict_setitem_known_hash(Object* op, Object* key, hash_t hash, Object* value) {
  DictObject* d = as_dict(op);
  ssize ix = dict_lookup(d, key, hash);
  if (ix == -2) return -1;
  if (ix >= 0) {
    DictEntry* e = &d->entries[ix];
    Object* old = e->value;
    e->value = newref(value);
    d->version = next_version();
    decref(old);
    return 0;
  }
  return insert_absent(d, key, hash, value);
}

// ---- public API -------------------------------------------------------------
namespace {
DictObject* dict_alloc(TypeObject* type) {
  auto* d = static_cast<DictObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!d) return nullptr;
  d->used = d->nentries = d->usable = 0;
  d->mask = 0;
  d->indices = nullptr;
  d->entries = nullptr;
  d->version = next_version();
  gc_track(d);
  return d;
}
}  // namespace

Object* dict_new() { return dict_alloc(&DictType); }

Object* dict_getitem_known_hash(Object* op, Object* key, hash_t hash) {
  DictObject* d = as_dict(op);
  ssize ix = dict_lookup(d, key, hash);
  if (ix < 0) {
    if (ix == -2) err_clear();  // borrowed lookups swallow comparison errors, as PyDict_GetItem
    return nullptr;
  }
  return d->entries[ix].value;
}

Object* dict_getitem(Object* op, Object* key) {
  hash_t h = dict_key_hash(key);
  if (h == -1) return nullptr;
  DictObject* d = as_dict(op);
  ssize ix = dict_lookup(d, key, h);
  if (ix < 0) return nullptr;  // -2 keeps its error
  return d->entries[ix].value;
}

Object* dict_getitem_str(Object* d, const char* key) {
  Object* k = str_from_cstr(key);
  if (!k) {
    err_clear();
    return nullptr;
  }
  Object* v = dict_getitem_known_hash(d, k, str_hash(k));
  decref(k);
  return v;
}

int dict_setitem(Object* d, Object* key, Object* value) {
  hash_t h = dict_key_hash(key);
  if (h == -1) return -1;
  return dict_setitem_known_hash(d, key, h, value);
}

int dict_setitem_str(Object* d, const char* key, Object* value) {
  Object* k = str_intern_cstr(key);
  if (!k) return -1;
  int r = dict_setitem_known_hash(d, k, str_hash(k), value);
  decref(k);
  return r;
}

int dict_delitem(Object* op, Object* key) {
  hash_t h = dict_key_hash(key);
  if (h == -1) return -1;
  DictObject* d = as_dict(op);
  ssize ix = dict_lookup(d, key, h);
  if (ix == -2) return -1;
  if (ix < 0) {
    err_key_error(key);
    return -1;
  }
  Object *k, *v;
  delete_entry(d, ix, h, &k, &v);
  decref(k);
  decref(v);
  return 0;
}

int dict_contains(Object* op, Object* key) {
  hash_t h = dict_key_hash(key);
  if (h == -1) return -1;
  ssize ix = dict_lookup(as_dict(op), key, h);
  if (ix == -2) return -1;
  return ix >= 0;
}

ssize dict_size(Object* d) { return as_dict(d)->used; }

bool dict_next(Object* op, ssize* pos, Object** key, Object** value) {
  DictObject* d = as_dict(op);
  ssize i = *pos;
  while (i < d->nentries && !d->entries[i].key) i++;
  if (i >= d->nentries) {
    *pos = i;
    return false;
  }
  *pos = i + 1;
  if (key) *key = d->entries[i].key;
  if (value) *value = d->entries[i].value;
  return true;
}

namespace {
Object* dict_collect(Object* op, int kind) {
  DictObject* d = as_dict(op);
  Object* l = list_new(d->used);
  if (!l) return nullptr;
  ssize j = 0;
  for (ssize i = 0; i < d->nentries && j < d->used; i++) {
    DictEntry* e = &d->entries[i];
    if (!e->key) continue;
    Object* item;
    if (kind == 0) item = newref(e->key);
    else if (kind == 1) item = newref(e->value);
    else {
      item = tuple_pack(2, e->key, e->value);
      if (!item) {
        decref(l);
        return nullptr;
      }
    }
    list_set_steal(l, j++, item);
  }
  return l;
}
}  // namespace

Object* dict_keys_list(Object* d) { return dict_collect(d, 0); }
Object* dict_values_list(Object* d) { return dict_collect(d, 1); }
Object* dict_items_list(Object* d) { return dict_collect(d, 2); }

Object* dict_copy(Object* op) {
  DictObject* src = as_dict(op);
  DictObject* d = dict_alloc(&DictType);
  if (!d) return nullptr;
  if (src->used == 0) return d;
  if (src->used == src->nentries) {
    // No deleted entries: clone both arrays.
    size_t size = src->mask + 1;
    if (!alloc_table(size, &d->indices, &d->entries)) {
      decref(d);
      return nullptr;
    }
    std::memcpy(d->indices, src->indices, size * sizeof(int32_t));
    for (ssize i = 0; i < src->nentries; i++) {
      d->entries[i] = src->entries[i];
      incref(d->entries[i].key);
      incref(d->entries[i].value);
    }
    d->mask = src->mask;
    d->nentries = src->nentries;
    d->used = src->used;
    d->usable = src->usable;
    return d;
  }
  if (dict_merge(d, op, true) < 0) {
    decref(d);
    return nullptr;
  }
  return d;
}

void dict_clear(Object* op) {
  DictObject* d = as_dict(op);
  if (!d->indices) return;
  int32_t* indices = d->indices;
  DictEntry* entries = d->entries;
  ssize n = d->nentries;
  d->indices = nullptr;
  d->entries = nullptr;
  d->mask = 0;
  d->used = d->nentries = d->usable = 0;
  d->version = next_version();
  for (ssize i = 0; i < n; i++) {
    if (entries[i].key) {
      decref(entries[i].key);
      decref(entries[i].value);
    }
  }
  free_table(indices);
}

Object* dict_pop(Object* op, Object* key, Object* dflt) {
  DictObject* d = as_dict(op);
  if (d->used == 0) {
    if (dflt) return newref(dflt);
    err_key_error(key);
    return nullptr;
  }
  hash_t h = dict_key_hash(key);
  if (h == -1) return nullptr;
  return dict_pop_known_hash(op, key, h, dflt);
}

Object* dict_pop_known_hash(Object* op, Object* key, hash_t h, Object* dflt) {
  DictObject* d = as_dict(op);
  ssize ix = d->used == 0 ? -1 : dict_lookup(d, key, h);
  if (ix == -2) return nullptr;
  if (ix < 0) {
    if (dflt) return newref(dflt);
    err_key_error(key);
    return nullptr;
  }
  Object *k, *v;
  delete_entry(d, ix, h, &k, &v);
  decref(k);
  return v;
}

int dict_merge(Object* a, Object* b, bool override) {
  if (is_dict(b) && type_of(b)->tp_iter == DictType.tp_iter) {
    DictObject* other = as_dict(b);
    if (other == as_dict(a) || other->used == 0) return 0;
    DictObject* d = as_dict(a);
    if (d->used == 0 && d->usable < other->used && dict_resize(d, (other->used * 3 + 1) / 2) < 0) return -1;
    ssize n = other->nentries;
    for (ssize i = 0; i < n && i < other->nentries; i++) {
      DictEntry* e = &other->entries[i];
      if (!e->key) continue;
      Object* key = newref(e->key);
      Object* value = newref(e->value);
      hash_t h = e->hash;
      int r = 0;
      if (override) {
        r = dict_setitem_known_hash(a, key, h, value);
      } else {
        ssize ix = dict_lookup(d, key, h);
        if (ix == -2) r = -1;
        else if (ix < 0) r = dict_setitem_known_hash(a, key, h, value);
      }
      decref(key);
      decref(value);
      if (r < 0) return -1;
      if (other->nentries != n) {
        err_set_string(Exc_RuntimeError, "dict mutated during update");
        return -1;
      }
    }
    return 0;
  }
  // A generic mapping: b.keys() and b[key].
  Object* keys = call_method0(b, names::keys);
  if (!keys) return -1;
  Object* it = object_get_iter(keys);
  decref(keys);
  if (!it) return -1;
  while (Object* key = iter_next(it)) {
    if (!override) {
      int c = dict_contains(a, key);
      if (c != 0) {
        decref(key);
        if (c < 0) {
          decref(it);
          return -1;
        }
        continue;
      }
    }
    Object* value = object_getitem(b, key);
    int r = value ? dict_setitem(a, key, value) : -1;
    decref(key);
    xdecref(value);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

namespace {
// d.update(iterable of pairs).
int dict_merge_from_seq2(Object* d, Object* seq2) {
  Object* it = object_get_iter(seq2);
  if (!it) return -1;
  ssize i = 0;
  for (;; i++) {
    Object* item = iter_next(it);
    if (!item) break;
    Object* fast;
    if (is_list(item) || is_tuple(item)) {
      fast = newref(item);
    } else {
      Object* probe = object_get_iter(item);
      if (!probe) {
        if (err_matches(Exc_TypeError))
          err_format(Exc_TypeError, "cannot convert dictionary update sequence element #%zd to a sequence", i);
        decref(item);
        decref(it);
        return -1;
      }
      decref(probe);
      fast = sequence_list(item);
      if (!fast) {
        decref(item);
        decref(it);
        return -1;
      }
    }
    decref(item);
    ssize n = size_of(fast);
    if (n != 2) {
      err_format(Exc_ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
      decref(fast);
      decref(it);
      return -1;
    }
    Object** items = is_list(fast) ? list_items(fast) : tuple_items(fast);
    Object* key = newref(items[0]);
    Object* value = newref(items[1]);
    decref(fast);
    int r = dict_setitem(d, key, value);
    decref(key);
    decref(value);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}
}  // namespace

int dict_update(Object* d, Object* other) {
  if (is_dict(other)) return dict_merge(d, other, true);
  bool error = false;
  Object* keys = object_lookup_attr(other, names::keys, &error);
  if (error) return -1;
  if (keys) {
    decref(keys);
    return dict_merge(d, other, true);
  }
  return dict_merge_from_seq2(d, other);
}

// ---- the type -------------------------------------------------------------------
namespace {

void dict_dealloc(Object* o) {
  bool exact = type_of(o) == &DictType;
  if (exact && !cont::trash_begin(o)) return;
  gc_untrack(o);
  DictObject* d = as_dict(o);
  if (d->indices) {
    for (ssize i = 0; i < d->nentries; i++) {
      if (d->entries[i].key) {
        decref(d->entries[i].key);
        decref(d->entries[i].value);
      }
    }
    free_table(d->indices);
    d->indices = nullptr;
  }
  free_object(o);
  if (exact) cont::trash_end();
}

int dict_traverse(Object* o, visitproc visit, void* arg) {
  DictObject* d = as_dict(o);
  for (ssize i = 0; i < d->nentries; i++) {
    DictEntry* e = &d->entries[i];
    if (!e->key) continue;
    int r = visit(e->key, arg);
    if (r) return r;
    r = visit(e->value, arg);
    if (r) return r;
  }
  return 0;
}

int dict_tp_clear(Object* o) {
  dict_clear(o);
  return 0;
}

Object* dict_repr(Object* o) {
  DictObject* d = as_dict(o);
  // The recursion check comes first, as in CPython: an empty dict already
  // being printed (a defaultdict that is its own factory) shows as {...}.
  int rr = repr_enter(o);
  if (rr < 0) return nullptr;
  if (rr > 0) return str_from_cstr("{...}");
  if (d->used == 0) {
    repr_leave(o);
    return str_from_cstr("{}");
  }
  std::string s = "{";
  bool first = true;
  bool ok = true;
  for (ssize i = 0; i < d->nentries; i++) {
    DictEntry* e = &d->entries[i];
    if (!e->key) continue;
    Object* key = newref(e->key);
    Object* value = newref(e->value);
    Object* kr = object_repr(key);
    Object* vr = kr ? object_repr(value) : nullptr;
    decref(key);
    decref(value);
    if (!vr) {
      xdecref(kr);
      ok = false;
      break;
    }
    if (!first) s += ", ";
    first = false;
    s += str_view(kr);
    s += ": ";
    s += str_view(vr);
    decref(kr);
    decref(vr);
  }
  repr_leave(o);
  if (!ok) return nullptr;
  s += "}";
  return str_from(s);
}

ssize dict_length(Object* o) { return as_dict(o)->used; }

Object* dict_subscript(Object* o, Object* key) {
  hash_t h = dict_key_hash(key);
  if (h == -1) return nullptr;
  DictObject* d = as_dict(o);
  ssize ix = dict_lookup(d, key, h);
  if (ix == -2) return nullptr;
  if (ix >= 0) return newref(d->entries[ix].value);
  if (!is_dict_exact(o)) {
    Object* missing = type_lookup(type_of(o), names::__missing__);
    if (missing) {
      incref(missing);
      Object* r = call2(missing, o, key);
      decref(missing);
      return r;
    }
  }
  err_key_error(key);
  return nullptr;
}

int dict_ass_subscript(Object* o, Object* key, Object* value) {
  if (!value) return dict_delitem(o, key);
  return dict_setitem(o, key, value);
}

int dict_sq_contains(Object* o, Object* key) { return dict_contains(o, key); }

Object* dict_iter(Object* o) { return dict_iter_new(o, 0, false); }

Object* dict_richcompare(Object* v, Object* w, int op) {
  if (!is_dict(v) || !is_dict(w) || (op != CMP_EQ && op != CMP_NE)) return notimpl_ref();
  DictObject* a = as_dict(v);
  DictObject* b = as_dict(w);
  int eq = 1;
  if (a->used != b->used) {
    eq = 0;
  } else {
    for (ssize i = 0; i < a->nentries; i++) {
      DictEntry* e = &a->entries[i];
      if (!e->key) continue;
      Object* key = newref(e->key);
      Object* aval = newref(e->value);
      ssize ix = dict_lookup(b, key, e->hash);
      if (ix == -2) {
        decref(key);
        decref(aval);
        return nullptr;
      }
      if (ix < 0) {
        decref(key);
        decref(aval);
        eq = 0;
        break;
      }
      Object* bval = newref(b->entries[ix].value);
      int c = object_richcompare_bool(aval, bval, CMP_EQ);
      decref(key);
      decref(aval);
      decref(bval);
      if (c < 0) return nullptr;
      if (!c) {
        eq = 0;
        break;
      }
    }
  }
  return bool_ref(op == CMP_EQ ? eq : !eq);
}

// dict.update's argument: a mapping (has keys) or an iterable of pairs.
int update_arg(Object* d, Object* arg) {
  if (is_dict_exact(arg)) return dict_merge(d, arg, true);
  return dict_update(d, arg);
}

int update_common(Object* self, Object* const* args, ssize nargs, Object* kwnames, const char* name) {
  if (!cont::check_nargs(name, nargs, 0, 1)) return -1;
  if (nargs && update_arg(self, args[0]) < 0) return -1;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (ssize i = 0; i < nkw; i++)
    if (dict_setitem(self, tuple_get(kwnames, i), args[nargs + i]) < 0) return -1;
  return 0;
}

Object* dict_or(Object* a, Object* b) {
  if (!is_dict(a) || !is_dict(b)) return notimpl_ref();
  Object* r = dict_copy(a);
  if (!r) return nullptr;
  if (update_arg(r, b) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

Object* dict_ior(Object* a, Object* b) {
  if (update_arg(a, b) < 0) return nullptr;
  return newref(a);
}

Object* dict_tp_new(TypeObject* type, Object* const*, ssize, Object*) { return dict_alloc(type); }

int dict_tp_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return update_common(self, args, nargs, kwnames, "dict");
}

// ---- methods ---------------------------------------------------------------------
Object* m_keys(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.keys", kwnames) || !cont::check_nargs("keys", nargs, 0, 0)) return nullptr;
  return dict_view_new(self, 0);
}
Object* m_values(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.values", kwnames) || !cont::check_nargs("values", nargs, 0, 0)) return nullptr;
  return dict_view_new(self, 1);
}
Object* m_items(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.items", kwnames) || !cont::check_nargs("items", nargs, 0, 0)) return nullptr;
  return dict_view_new(self, 2);
}

Object* m_get(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.get", kwnames) || !cont::check_nargs("get", nargs, 1, 2)) return nullptr;
  hash_t h = dict_key_hash(args[0]);
  if (h == -1) return nullptr;
  DictObject* d = as_dict(self);
  ssize ix = dict_lookup(d, args[0], h);
  if (ix == -2) return nullptr;
  if (ix >= 0) return newref(d->entries[ix].value);
  return newref(nargs > 1 ? args[1] : None);
}

Object* m_setdefault(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.setdefault", kwnames) || !cont::check_nargs("setdefault", nargs, 1, 2))
    return nullptr;
  Object* dflt = nargs > 1 ? args[1] : None;
  hash_t h = dict_key_hash(args[0]);
  if (h == -1) return nullptr;
  DictObject* d = as_dict(self);
  ssize ix = dict_lookup(d, args[0], h);
  if (ix == -2) return nullptr;
  if (ix >= 0) return newref(d->entries[ix].value);
  if (insert_absent(d, args[0], h, dflt) < 0) return nullptr;  // one lookup: __eq__ runs once (as CPython)
  return newref(dflt);
}

Object* m_pop(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.pop", kwnames) || !cont::check_nargs("pop", nargs, 1, 2)) return nullptr;
  return dict_pop(self, args[0], nargs > 1 ? args[1] : nullptr);
}

Object* m_popitem(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.popitem", kwnames) || !cont::check_nargs("popitem", nargs, 0, 0)) return nullptr;
  DictObject* d = as_dict(self);
  if (d->used == 0) {
    Object* msg = str_from_cstr("popitem(): dictionary is empty");
    if (msg) {
      err_key_error(msg);
      decref(msg);
    }
    return nullptr;
  }
  ssize ix = d->nentries - 1;
  while (ix >= 0 && !d->entries[ix].key) ix--;
  Object *k, *v;
  delete_entry(d, ix, d->entries[ix].hash, &k, &v);
  d->nentries = ix;  // the popped entry was the last live one
  Object* r = tuple_new(2);
  if (!r) {
    decref(k);
    decref(v);
    return nullptr;
  }
  tuple_set_steal(r, 0, k);
  tuple_set_steal(r, 1, v);
  return r;
}

Object* m_update(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (update_common(self, args, nargs, kwnames, "update") < 0) return nullptr;
  return none_ref();
}

Object* m_clear(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.clear", kwnames) || !cont::check_nargs("clear", nargs, 0, 0)) return nullptr;
  dict_clear(self);
  return none_ref();
}

Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.copy", kwnames) || !cont::check_nargs("copy", nargs, 0, 0)) return nullptr;
  return dict_copy(self);
}

// dict.fromkeys(src) for an exact dict or set src into the new exact dict d:
// the keys keep the hashes src stored, so no key's __hash__ runs again (as
// in CPython).  The source is re-read at every step: a key's __eq__ may change it.
int fromkeys_known_hashes(Object* d, Object* src, Object* value) {
  ssize pos = 0;
  Object* key;
  hash_t h;
  for (;;) {
    if (is_dict(src)) {
      DictObject* sd = as_dict(src);
      while (pos < sd->nentries && !sd->entries[pos].key) pos++;
      if (pos >= sd->nentries) return 0;
      key = sd->entries[pos].key;
      h = sd->entries[pos].hash;
      pos++;
    } else if (!set_next_entry(src, &pos, &key, &h)) {
      return 0;
    }
    incref(key);
    int r = dict_setitem_known_hash(d, key, h, value);
    decref(key);
    if (r < 0) return -1;
  }
}

Object* m_fromkeys(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.fromkeys", kwnames) || !cont::check_nargs("fromkeys", nargs, 1, 2)) return nullptr;
  Object* value = nargs > 1 ? args[1] : None;
  Object* d = call0(cls);
  if (!d) return nullptr;
  bool fast = is_dict_exact(d);
  if (fast && (is_dict_exact(args[0]) || type_of(args[0]) == &SetType || type_of(args[0]) == &FrozenSetType)) {
    if (fromkeys_known_hashes(d, args[0], value) < 0) {
      decref(d);
      return nullptr;
    }
    return d;
  }
  Object* it = object_get_iter(args[0]);
  if (!it) {
    decref(d);
    return nullptr;
  }
  while (Object* key = iter_next(it)) {
    int r = fast ? dict_setitem(d, key, value) : object_setitem(d, key, value);
    decref(key);
    if (r < 0) {
      decref(it);
      decref(d);
      return nullptr;
    }
  }
  decref(it);
  if (err_occurred()) {
    decref(d);
    return nullptr;
  }
  return d;
}

Object* m_reversed(Object* self, Object* const*, ssize nargs, Object*) {
  if (!cont::check_nargs("__reversed__", nargs, 0, 0)) return nullptr;
  return dict_iter_new(self, 0, true);
}

Object* m_getitem(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.__getitem__", kwnames) || !cont::check_one_arg("dict.__getitem__", nargs))
    return nullptr;
  return dict_subscript(self, args[0]);
}

Object* m_contains(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("dict.__contains__", kwnames) || !cont::check_one_arg("dict.__contains__", nargs))
    return nullptr;
  int r = dict_contains(self, args[0]);
  if (r < 0) return nullptr;
  return bool_ref(r);
}

Object* m_sizeof(Object* self, Object* const*, ssize, Object*) {
  DictObject* d = as_dict(self);
  int64_t n = int64_t(type_of(self)->tp_basicsize);
  if (d->indices) n += int64_t((d->mask + 1) * sizeof(int32_t) + size_t(d->nentries + d->usable) * sizeof(DictEntry));
  return int_from_i64(n);
}

MethodDef dict_methods[] = {
    {"__getitem__", m_getitem, METH_DEFAULT, "x.__getitem__(y) <==> x[y]"},
    {"__contains__", m_contains, METH_DEFAULT, "True if the dictionary has the specified key, else False."},
    {"keys", m_keys, METH_DEFAULT, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", m_values, METH_DEFAULT, "D.values() -> an object providing a view on D's values"},
    {"items", m_items, METH_DEFAULT, "D.items() -> a set-like object providing a view on D's items"},
    {"get", m_get, METH_DEFAULT, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, METH_DEFAULT, "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, METH_DEFAULT, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, METH_DEFAULT, "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", m_update, METH_DEFAULT, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"clear", m_clear, METH_DEFAULT, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, METH_DEFAULT, "D.copy() -> a shallow copy of D"},
    {"fromkeys", m_fromkeys, METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", m_reversed, METH_DEFAULT, "Return a reverse iterator over the dict keys."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr}};

}  // namespace

void init_dict_types() {
  TypeObject& t = DictType;
  t.tp_name = "dict";
  t.tp_basicsize = sizeof(DictObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_IMMUTABLE | TPFLAG_DICT_SUBCLASS;
  t.tp_doc = "dict() -> new empty dictionary";
  t.tp_dealloc = dict_dealloc;
  t.tp_repr = dict_repr;
  t.tp_richcompare = dict_richcompare;
  t.tp_iter = dict_iter;
  t.tp_new = dict_tp_new;
  t.tp_init = dict_tp_init;
  t.tp_traverse = dict_traverse;
  t.tp_clear = dict_tp_clear;
  t.nb_or = dict_or;
  t.nb_inplace_or = dict_ior;
  t.mp_length = dict_length;
  t.mp_subscript = dict_subscript;
  t.mp_ass_subscript = dict_ass_subscript;
  t.sq_contains = dict_sq_contains;
  t.tp_methods = dict_methods;
  init_static_object(&t, &TypeType);
  init_dictview_types();
}

}  // namespace rt

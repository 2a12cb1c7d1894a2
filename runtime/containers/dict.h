// dict internals: the layout shared by dict.cpp and dictviews.cpp (and
// readable by fast paths elsewhere, e.g. a globals cache keyed on `version`).
//
// A compact, insertion-ordered hash table as in CPython 3.6+:
//   entries[0..nentries)  the (hash, key, value) triples in insertion order;
//                         a deleted entry has key == nullptr.
//   indices[0..mask]      open-addressing slots holding an entry index, or
//                         DKIX_EMPTY / DKIX_DUMMY (deleted).  Probing:
//                         i = (i*5 + perturb + 1) & mask, perturb >>= 5.
// Both arrays live in one malloc block (indices first).  An empty dict has
// no block (mask 0, usable 0).  Resizing compacts the entries, keeping order.
#pragma once
#include "runtime/api.h"

namespace rt {

struct DictEntry {
  hash_t hash;
  Object* key;    // null: deleted
  Object* value;
};

constexpr int32_t DKIX_EMPTY = -1, DKIX_DUMMY = -2;

struct DictObject : Object {
  ssize used;          // live entries (len(d))
  ssize nentries;      // entries consumed, live or deleted
  ssize usable;        // entries still free before a resize
  size_t mask;         // index table size - 1 (0 when there is no table)
  int32_t* indices;    // null for an empty table
  DictEntry* entries;
  uint64_t version;    // changes on every mutation (unique across dicts)
};
inline DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }

extern TypeObject DictKeysType, DictValuesType, DictItemsType;
extern TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
extern TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

void init_dict_types();      // dict.cpp: DictType (and the views through init_dictview_types)
void init_dictview_types();  // dictviews.cpp

// Index of key's entry, or -1 when absent; -2 with an error set when a
// comparison raised.
ssize dict_lookup(DictObject* d, Object* key, hash_t hash);
// The hash of a key (str hashes come from their cache).
inline hash_t dict_key_hash(Object* key) {
  if (is_str_exact(key)) {
    hash_t h = as_str(key)->hash;
    return h != -1 ? h : str_hash(key);
  }
  return object_hash(key);
}
int dict_setitem_known_hash(Object* d, Object* key, hash_t hash, Object* value);
// dict_pop for a key whose hash the caller already has (no __hash__ call).
Object* dict_pop_known_hash(Object* d, Object* key, hash_t hash, Object* dflt);

// Views and iterators (dictviews.cpp).  kind: 0 keys, 1 values, 2 items.
Object* dict_view_new(Object* d, int kind);
Object* dict_iter_new(Object* d, int kind, bool reversed);

}  // namespace rt

// set and frozenset internals (runtime/set.cpp), shared with the dict views.
//
// Layout as CPython's set: an open-addressing table of (key, hash) entries,
// 8 slots inline to start, linear probing of LINEAR_PROBES slots before a
// perturbed jump, growth when fill*5 >= mask*3.  A deleted entry holds the
// dummy key with hash -1.  Iteration walks the table, so the order of small
// ints matches CPython's.
#pragma once
#include "runtime/api.h"

namespace rt {

struct SetEntry {
  Object* key;  // null: never used; set_dummy(): deleted
  hash_t hash;
};

constexpr int SET_MINSIZE = 8;

struct SetObject : Object {
  ssize fill;   // active + dummy entries
  ssize used;   // active entries
  ssize mask;   // table size - 1
  SetEntry* table;  // points at smalltable or a malloc'ed table
  hash_t hash;      // frozenset only: -1 until computed
  ssize finger;     // where pop() starts looking
  Object* weaklist; // first weak reference to the set (runtime/weakref.cpp), not owned
  SetEntry smalltable[SET_MINSIZE];
};
inline SetObject* as_set(Object* o) { return static_cast<SetObject*>(o); }

extern TypeObject SetIterType;
void init_set_types();

// Operations used by the dict views (so: a set being built, other: any iterable).
int set_update_internal(Object* so, Object* other);
int set_difference_update_internal(Object* so, Object* other);
int set_symmetric_difference_update_internal(Object* so, Object* other);
Object* set_intersection_internal(Object* so, Object* other);  // new set of so's type
// The next live entry at or after *pos (key borrowed, with its stored hash),
// advancing *pos; false at the end.  Safe if the set changes between calls.
bool set_next_entry(Object* so, ssize* pos, Object** key, hash_t* hash);

}  // namespace rt

// The cycle collector: per-object header and the collector's entry points.
// How it works is explained at the top of gc/collector.cpp and in docs/gc.md.
#pragma once
#include "../runtime/object.h"

namespace gc {

struct GCHead {
  GCHead* gc_next;   // null when the object is not tracked
  GCHead* gc_prev;
  intptr_t gc_refs;  // low bits: working refcount during a collection; high bits: flags
};

inline GCHead* head_of(rt::Object* o) { return reinterpret_cast<GCHead*>(o) - 1; }
inline rt::Object* object_of(GCHead* g) { return reinterpret_cast<rt::Object*>(g + 1); }

constexpr int NUM_GENERATIONS = 3;

struct GenStats {
  rt::ssize collections = 0;
  rt::ssize collected = 0;
  rt::ssize uncollectable = 0;
};

void init();  // empty generation lists, default thresholds 700/10/10
// Called by rt::alloc_object / rt::free_object for every object: counts
// allocations of GC types and may start an automatic collection.
void note_allocation(rt::TypeObject* type);
void note_deallocation(rt::TypeObject* type);
// Collect generation `generation` and all younger ones; returns the number of
// unreachable objects found (-1 if a collection is already running).
rt::ssize collect(int generation);
bool is_enabled();
void set_enabled(bool on);
int get_threshold(int gen);
void set_threshold(int gen, int value);
int get_count(int gen);
const GenStats& get_stats(int gen);
bool is_finalized(rt::Object* o);
// Visit every tracked object (for gc.get_objects / get_referrers): fn returns false to stop.
void for_each_tracked(int generation, bool (*fn)(rt::Object*, void*), void* ctx);

}  // namespace gc

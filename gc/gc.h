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
// The runtime's start-up (rt::runtime_init) runs without automatic
// collections: all it makes stays reachable from sys.modules and becomes
// immortal, so a collection could only walk it (five walks cost a fifth of
// `-c pass`).  startup_done() moves those objects to a start-up list that no
// collection walks (gc.get_objects() reports them in the oldest generation),
// zeroes the counts and turns automatic collections on.
void startup_begin();
void startup_done();
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
// gc.set_debug flags (the values CPython uses).
enum DebugFlags { DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32 };
int get_debug();
void set_debug(int flags);
// The gc module's gc.garbage and gc.callbacks lists (the collector keeps a
// reference to each; fini() drops them).
rt::Object* garbage_list();    // borrowed; created on first use
rt::Object* callbacks_list();  // borrowed; created on first use
// gc.freeze(): move every tracked object to the permanent generation, which
// collections ignore; unfreeze() moves them back to the oldest generation.
void freeze();
void unfreeze();
rt::ssize get_freeze_count();
void fini();  // drop garbage/callbacks lists at exit
// Visit every tracked object (for gc.get_objects / get_referrers): fn returns false to stop.
// generation -1: every generation (the permanent one excluded).
void for_each_tracked(int generation, bool (*fn)(rt::Object*, void*), void* ctx);
// The automatic decision CPython makes when generation 0 overflows: collect
// the oldest generation whose count exceeds its threshold (the oldest only if
// the 25% rule allows it).  Returns the generation collected, or -1.
int collect_automatic();
// The 25% rule's inputs: survivors of the last full collection, and objects
// promoted into the oldest generation since then.
rt::ssize long_lived_total();
rt::ssize long_lived_pending();
// The heap checker (gc/verify.cpp): the refchain's links and length, and the
// generation lists (every tracked object in exactly one list, alive, flags
// clear).  Returns nullptr if all is well, else a description of the first
// problem (a static buffer).  verify_heap_or_die prints it and aborts; the
// PYGLASS_HEAP_VERIFY build calls it after every collection.
const char* check_heap();
void verify_heap_or_die(const char* when);

// ---- natives5: faulthandler's "Garbage-collecting" line ----
// A collection (or its finalizers/callbacks) is under way.  Async-signal-safe: reads one flag.
bool is_collecting();

}  // namespace gc

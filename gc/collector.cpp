// The cycle collector.
//
// Reference counting frees every object whose count drops to zero; what it
// cannot free are groups of objects that refer to each other (cycles) and
// that nothing outside refers to.  This collector finds them.
//
// Tracked objects (containers: instances of TPFLAG_HAVE_GC types after
// gc_track) live in one of three generation lists, doubly linked through
// the GCHead in front of each object.  New objects enter generation 0.
//
// A collection of generation g:
//   1. merges the lists of generations 0..g into one "young" list;
//   2. update_refs: gc_refs := ob_refcnt for every young object, and marks it
//      COLLECTING;
//   3. subtract_refs: for every young object, traverse its references and
//      decrement gc_refs of each referent that is COLLECTING.  Afterwards
//      gc_refs counts only references from OUTSIDE the young set;
//   4. move_unreachable: every object with gc_refs > 0 is reachable from
//      outside; everything reachable from such an object (by traversal) is
//      reachable too.  The rest is unreachable: only other garbage refers to it;
//   5. finalizers (PEP 442): tp_finalize (a class's __del__) runs once per
//      object, ever (the FINALIZED flag survives).  A finalizer may resurrect
//      objects, so reachability is checked again: if any unreachable object
//      gained an outside reference, the whole unreachable set survives;
//   6. delete_garbage: tp_clear on each unreachable object drops its
//      references; reference counting then frees the cycle;
//   7. survivors move to generation g+1 (generation 2 stays).
//
// Invariants:
//   * Outside a collection, gc_refs holds only flags (FINALIZED); the
//     COLLECTING bit and the count are meaningful only inside collect().
//   * An object is in exactly one list iff it is tracked (gc_next != null).
//   * Untracking during a collection (an object freed by tp_clear of another)
//     just unlinks it from whatever list it is in.
// Collections run with the interpreter lock held.
#include <cstdio>
#include <ctime>
#include <vector>

#include "../runtime/api.h"
#include "../runtime/state.h"
#include "gc.h"

namespace gc {

using rt::Object;
using rt::ssize;

namespace {

constexpr intptr_t FLAG_COLLECTING = intptr_t(1) << 60;
constexpr intptr_t FLAG_FINALIZED = intptr_t(1) << 59;
constexpr intptr_t FLAG_UNREACHABLE = intptr_t(1) << 58;
constexpr intptr_t REFS_MASK = (intptr_t(1) << 58) - 1;

struct Generation {
  GCHead head;
  int threshold;
  int count;  // gen 0: allocations minus deallocations; older: collections of the younger generation
};

Generation gens[NUM_GENERATIONS];
GCHead permanent;  // gc.freeze()
int debug_flags = 0;
Object* garbage = nullptr;
Object* callbacks = nullptr;
GenStats stats[NUM_GENERATIONS];
bool enabled = true;
bool collecting = false;
ssize long_lived_total = 0;    // objects that survived the last full collection
ssize long_lived_pending = 0;  // objects that reached generation 2 since then

void list_init(GCHead* h) { h->gc_next = h->gc_prev = h; }
bool list_empty(GCHead* h) { return h->gc_next == h; }
void list_append(GCHead* h, GCHead* g) {
  g->gc_prev = h->gc_prev;
  g->gc_next = h;
  h->gc_prev->gc_next = g;
  h->gc_prev = g;
}
void list_remove(GCHead* g) {
  g->gc_prev->gc_next = g->gc_next;
  g->gc_next->gc_prev = g->gc_prev;
}
void list_merge(GCHead* from, GCHead* to) {  // move all of from to the end of to
  if (list_empty(from)) return;
  GCHead* first = from->gc_next;
  GCHead* last = from->gc_prev;
  first->gc_prev = to->gc_prev;
  to->gc_prev->gc_next = first;
  last->gc_next = to;
  to->gc_prev = last;
  list_init(from);
}
ssize list_size(GCHead* h) {
  ssize n = 0;
  for (GCHead* g = h->gc_next; g != h; g = g->gc_next) n++;
  return n;
}

intptr_t refs(GCHead* g) { return g->gc_refs & REFS_MASK; }
// Immortal objects' huge counts are clamped: they stay far above any number
// of internal references, so they (and what they refer to) always survive.
void set_refs(GCHead* g, intptr_t n) {
  if (n > REFS_MASK / 2) n = REFS_MASK / 2;
  g->gc_refs = (g->gc_refs & ~REFS_MASK) | (n & REFS_MASK);
}

bool is_gc_object(Object* o) { return rt::object_is_gc(o); }

int visit_decref(Object* o, void*) {
  if (o && is_gc_object(o)) {
    GCHead* g = head_of(o);
    if (g->gc_next && (g->gc_refs & FLAG_COLLECTING)) set_refs(g, refs(g) - 1);
  }
  return 0;
}

// Mark o reachable.  A collecting object already moved to `unreachable`
// goes back to the end of the young list with gc_refs 1, so the scan in
// move_unreachable reaches it again and traverses it; one not scanned yet
// gets gc_refs 1 so the scan keeps it.
int visit_reachable(Object* o, void* arg) {
  if (!o || !is_gc_object(o)) return 0;
  GCHead* g = head_of(o);
  if (!g->gc_next || !(g->gc_refs & FLAG_COLLECTING)) return 0;
  if (g->gc_refs & FLAG_UNREACHABLE) {
    g->gc_refs &= ~FLAG_UNREACHABLE;
    list_remove(g);
    list_append(static_cast<GCHead*>(arg), g);
    set_refs(g, 1);
  } else if (refs(g) == 0) {
    set_refs(g, 1);
  }
  return 0;
}

void traverse(Object* o, rt::visitproc v, void* arg) {
  if (auto t = rt::type_of(o)->tp_traverse) t(o, v, arg);
}

// Split `young` into reachable (stays in young) and unreachable.
void move_unreachable(GCHead* young, GCHead* unreachable) {
  GCHead* g = young->gc_next;
  while (g != young) {
    if (refs(g) > 0) {
      traverse(object_of(g), visit_reachable, young);  // may append objects after g
      g = g->gc_next;
    } else {
      GCHead* next = g->gc_next;
      list_remove(g);
      list_append(unreachable, g);
      g->gc_refs |= FLAG_UNREACHABLE;
      g = next;
    }
  }
}

void clear_collecting(GCHead* list) {
  for (GCHead* g = list->gc_next; g != list; g = g->gc_next)
    g->gc_refs &= ~(FLAG_COLLECTING | FLAG_UNREACHABLE | REFS_MASK);
}

// Refcount-based check after finalizers: does any object of `list` have
// references from outside the list?
bool any_resurrected(GCHead* list) {
  for (GCHead* g = list->gc_next; g != list; g = g->gc_next) set_refs(g, object_of(g)->ob_refcnt);
  for (GCHead* g = list->gc_next; g != list; g = g->gc_next) traverse(object_of(g), visit_decref, nullptr);
  for (GCHead* g = list->gc_next; g != list; g = g->gc_next)
    if (refs(g) > 0) return true;
  return false;
}

void finalize_garbage(GCHead* unreachable) {
  // Finalizers may untrack or free objects of the list: walk a snapshot with references held.
  std::vector<Object*> todo;
  for (GCHead* g = unreachable->gc_next; g != unreachable; g = g->gc_next) {
    Object* o = object_of(g);
    if (!(g->gc_refs & FLAG_FINALIZED) && rt::type_of(o)->tp_finalize) {
      g->gc_refs |= FLAG_FINALIZED;
      rt::incref(o);
      todo.push_back(o);
    }
  }
  for (Object* o : todo) {
    rt::type_of(o)->tp_finalize(o);
    if (rt::err_occurred()) rt::err_write_unraisable(o, "Exception ignored in");
  }
  for (Object* o : todo) rt::decref(o);
}

void delete_garbage(GCHead* unreachable, GCHead* old) {
  while (!list_empty(unreachable)) {
    GCHead* g = unreachable->gc_next;
    Object* o = object_of(g);
    if (debug_flags & DEBUG_SAVEALL) {
      // Keep it for inspection: gc.garbage refers to it, so it survives.
      if (Object* gl = garbage_list()) rt::list_append(gl, o);
      list_remove(g);
      g->gc_refs &= FLAG_FINALIZED;
      list_append(old, g);
      continue;
    }
    rt::incref(o);
    if (auto clear = rt::type_of(o)->tp_clear) clear(o);
    if (rt::err_occurred()) rt::err_write_unraisable(o, "Exception ignored in");
    // If clearing did not free it, and it is still in our list, it survives.
    if (unreachable->gc_next == g) {
      list_remove(g);
      g->gc_refs &= FLAG_FINALIZED;
      list_append(old, g);
    }
    rt::decref(o);
  }
}

ssize collect_main(int generation) {
  GCHead young;
  list_init(&young);
  for (int i = 0; i <= generation; i++) list_merge(&gens[i].head, &young);
  GCHead* old = &gens[generation < NUM_GENERATIONS - 1 ? generation + 1 : generation].head;

  for (GCHead* g = young.gc_next; g != &young; g = g->gc_next) {
    g->gc_refs = (g->gc_refs & FLAG_FINALIZED) | FLAG_COLLECTING;
    set_refs(g, object_of(g)->ob_refcnt);
  }
  for (GCHead* g = young.gc_next; g != &young; g = g->gc_next) traverse(object_of(g), visit_decref, nullptr);

  GCHead unreachable;
  list_init(&unreachable);
  move_unreachable(&young, &unreachable);
  clear_collecting(&young);
  list_merge(&young, old);  // survivors are promoted

  ssize n_unreachable = list_size(&unreachable);
  if (n_unreachable) {
    finalize_garbage(&unreachable);
    if (any_resurrected(&unreachable)) {
      clear_collecting(&unreachable);
      list_merge(&unreachable, old);
    } else {
      delete_garbage(&unreachable, old);
    }
  }
  for (int i = 0; i <= generation; i++) gens[i].count = 0;
  if (generation < NUM_GENERATIONS - 1) gens[generation + 1].count++;
  stats[generation].collections++;
  stats[generation].collected += n_unreachable;
  if (generation == NUM_GENERATIONS - 1) {
    long_lived_total = list_size(&gens[NUM_GENERATIONS - 1].head);
    long_lived_pending = 0;
  } else if (generation == NUM_GENERATIONS - 2) {
    long_lived_pending += list_size(&gens[NUM_GENERATIONS - 1].head) - long_lived_total;
  }
  return n_unreachable;
}

void collect_generations() {
  for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gens[i].count > gens[i].threshold) {
      // A full collection only when enough objects await one (CPython's 25% rule).
      if (i == NUM_GENERATIONS - 1 && long_lived_pending < long_lived_total / 4) continue;
      collect(i);
      return;
    }
  }
}

bool initialized = false;

}  // namespace

void init() {
  if (initialized) return;
  initialized = true;
  int th[NUM_GENERATIONS] = {700, 10, 10};
  for (int i = 0; i < NUM_GENERATIONS; i++) {
    list_init(&gens[i].head);
    gens[i].threshold = th[i];
    gens[i].count = 0;
  }
  list_init(&permanent);
}

void note_allocation(rt::TypeObject* type) {
  if (!rt::has_flag(type, rt::TPFLAG_HAVE_GC)) return;
  gens[0].count++;
#ifdef PYGLASS_GC_STRESS
  if (enabled && !collecting && initialized && rt::tstate()) collect(0);
#else
  if (gens[0].count > gens[0].threshold && gens[0].threshold && enabled && !collecting && rt::tstate() &&
      !rt::err_occurred())
    collect_generations();
#endif
}

void note_deallocation(rt::TypeObject* type) {
  if (rt::has_flag(type, rt::TPFLAG_HAVE_GC) && gens[0].count > 0) gens[0].count--;
}

namespace {

void run_callbacks(const char* phase, int generation, ssize collected, ssize uncollectable) {
  if (!callbacks || rt::size_of(callbacks) == 0) return;
  Object* info = rt::dict_new();
  Object* g = rt::int_from_i64(generation);
  Object* c = rt::int_from_i64(collected);
  Object* u = rt::int_from_i64(uncollectable);
  Object* ph = rt::str_from_cstr(phase);
  if (info && g && c && u && ph) {
    rt::dict_setitem_str(info, "generation", g);
    rt::dict_setitem_str(info, "collected", c);
    rt::dict_setitem_str(info, "uncollectable", u);
    Object* snapshot = rt::list_as_tuple(callbacks);  // callbacks may change the list
    for (ssize i = 0; snapshot && i < rt::size_of(snapshot); i++) {
      Object* r = rt::call2(rt::tuple_get(snapshot, i), ph, info);
      if (r) rt::decref(r);
      else rt::err_write_unraisable(rt::tuple_get(snapshot, i), "Exception ignored in garbage collector callback");
    }
    rt::xdecref(snapshot);
  }
  rt::xdecref(info);
  rt::xdecref(g);
  rt::xdecref(c);
  rt::xdecref(u);
  rt::xdecref(ph);
}

}  // namespace

ssize collect(int generation) {
  if (collecting) return -1;
  if (generation < 0) generation = 0;
  if (generation >= NUM_GENERATIONS) generation = NUM_GENERATIONS - 1;
  collecting = true;
  Object* pending = rt::err_fetch();  // a collection never disturbs a pending exception
  run_callbacks("start", generation, 0, 0);
  struct timespec t0, t1;
  if (debug_flags & DEBUG_STATS) {
    clock_gettime(CLOCK_MONOTONIC, &t0);
    std::fprintf(stderr, "gc: collecting generation %d...\n", generation);
    std::fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n", list_size(&gens[0].head),
                 list_size(&gens[1].head), list_size(&gens[2].head));
    std::fprintf(stderr, "gc: objects in permanent generation: %zd\n", list_size(&permanent));
  }
  ssize n = collect_main(generation);
  if (debug_flags & DEBUG_STATS) {
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double dt = double(t1.tv_sec - t0.tv_sec) + double(t1.tv_nsec - t0.tv_nsec) / 1e9;
    std::fprintf(stderr, "gc: done, %zd unreachable, 0 uncollectable, %.4fs elapsed\n", n, dt);
  }
  run_callbacks("stop", generation, n, 0);
  rt::err_restore(pending);
  collecting = false;
  return n;
}

int get_debug() { return debug_flags; }
void set_debug(int flags) { debug_flags = flags; }

Object* garbage_list() {
  if (!garbage) garbage = rt::list_new(0);
  return garbage;
}
Object* callbacks_list() {
  if (!callbacks) callbacks = rt::list_new(0);
  return callbacks;
}

void freeze() {
  for (int i = 0; i < NUM_GENERATIONS; i++) list_merge(&gens[i].head, &permanent);
  gens[0].count = 0;
}
void unfreeze() { list_merge(&permanent, &gens[NUM_GENERATIONS - 1].head); }
ssize get_freeze_count() { return list_size(&permanent); }

void fini() {
  rt::clearref(garbage);
  rt::clearref(callbacks);
}

bool is_enabled() { return enabled; }
void set_enabled(bool on) { enabled = on; }
int get_threshold(int gen) { return gens[gen].threshold; }
void set_threshold(int gen, int value) { gens[gen].threshold = value; }
int get_count(int gen) { return gens[gen].count; }
const GenStats& get_stats(int gen) { return stats[gen]; }
bool is_finalized(Object* o) { return is_gc_object(o) && (head_of(o)->gc_refs & FLAG_FINALIZED); }

void for_each_tracked(int generation, bool (*fn)(Object*, void*), void* ctx) {
  for (int i = 0; i < NUM_GENERATIONS; i++) {
    if (generation >= 0 && i != generation) continue;
    GCHead* h = &gens[i].head;
    for (GCHead* g = h->gc_next; g != h; g = g->gc_next)
      if (!fn(object_of(g), ctx)) return;
  }
}

}  // namespace gc

namespace rt {

void gc_track(Object* o) {
  gc::GCHead* g = gc::head_of(o);
  if (g->gc_next) return;
  gc::list_append(&gc::gens[0].head, g);
}

void gc_untrack(Object* o) {
  gc::GCHead* g = gc::head_of(o);
  if (!g->gc_next) return;
  gc::list_remove(g);
  g->gc_next = g->gc_prev = nullptr;
}

bool gc_is_tracked(Object* o) { return object_is_gc(o) && gc::head_of(o)->gc_next; }

}  // namespace rt

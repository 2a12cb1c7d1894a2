// The cycle collector.
//
// Reference counting frees every object whose count drops to zero; what it
// cannot free are groups of objects that refer to each other (cycles) and
// that nothing outside refers to.  This collector finds them, with the
// algorithm CPython uses (docs/gc.md has the pictures).
//
// Which objects take part: instances of TPFLAG_HAVE_GC types (containers:
// list, dict, tuple, set, class instances, classes, functions, cells, bound
// methods, generators, modules ...) once their constructor calls gc_track.
// Atoms (int, float, str, bytes, None, bool) carry no GCHead and never do.
// Tracked objects live in exactly one of three generation lists (or the
// permanent list of gc.freeze(), or the start-up list), doubly linked through
// the GCHead in front of the object.  New objects enter generation 0.  The
// start-up list holds what the runtime made before the first line of the
// script ran (builtins, sys, the import system's modules): all immortal, so
// never garbage; no collection walks them, and their references to younger
// objects count as references from outside, as an older generation's do.
//
// When collections happen (CPython 3.11's rules):
//   * gens[0].count = allocations minus deallocations of GC objects; when it
//     exceeds threshold 0 (700) on an allocation, collect_automatic() picks
//     the OLDEST generation whose count exceeds its threshold;
//   * gens[1].count / gens[2].count = collections of generation 0 / 1 since
//     the last collection of generation 1 / 2 (thresholds 10 and 10);
//   * the 25% rule: the oldest generation is collected automatically only if
//     the objects that reached it since the last full collection
//     (long_lived_pending) are at least 25% of those that survived it
//     (long_lived_total); this keeps full collections from going quadratic.
//
// A collection of generation g (collect_main):
//   1. counts: gens[g+1].count++, gens[0..g].count = 0;
//   2. the lists of generations 0..g are merged into one "young" list;
//   3. update_refs: gc_refs := ob_refcnt, flag COLLECTING, for every young object;
//   4. subtract_refs: traverse every young object and decrement gc_refs of
//      each COLLECTING referent.  What is left counts references from OUTSIDE;
//   5. move_unreachable: objects with gc_refs > 0 are reachable; so is
//      everything they reach (visit_reachable moves an object already judged
//      unreachable back to the end of young, where the scan meets it again).
//      The rest goes to `unreachable`, flagged UNREACHABLE;
//   6. tuples of the survivors that hold only atoms or untracked objects are
//      untracked (they can never be part of a cycle again);
//   7. survivors move to generation g+1 (the oldest stays); the 25% rule's
//      counters are updated;
//   8. handle_weakrefs: every weak reference to an unreachable object (and
//      every weak reference that is itself unreachable) is cleared; then the
//      callbacks of the cleared weak references that are reachable run.
//      Nothing of the garbage can be reached through a weak reference from
//      here on (docs/weakref.md);
//   9. finalize_garbage: tp_finalize (a class's __del__, a generator's
//      close) runs once per object, ever: the FINALIZED flag survives;
//  10. handle_resurrected: a finalizer may have stored a reference to
//      garbage somewhere reachable.  Steps 3-5 run again on the unreachable
//      set alone: whatever has an outside reference now, and everything it
//      reaches, survives into the old generation; the rest is still garbage;
//  11. delete_garbage: tp_clear on each object drops its references;
//      reference counting frees the cycle.  An object that survives its own
//      clear (someone still holds it) moves to the old generation.  With
//      DEBUG_SAVEALL the garbage is appended to gc.garbage instead.
//
// Invariants:
//   * An object is tracked iff gc_next != null, and then it is in exactly
//     one list.  gc_track/gc_untrack keep only FINALIZED in gc_refs, so a
//     stale COLLECTING/UNREACHABLE flag never outlives a list move.
//   * Outside collect_main, gc_refs holds at most FINALIZED (the heap
//     checker verifies it).
//   * Objects are never freed by the collector directly: tp_clear drops
//     references and the last decref frees, so nothing is freed twice.
//     delete_garbage holds a reference to the object it clears.
//   * Finalizers, tp_clear and callbacks may run Python code, which may
//     allocate, track, untrack, free, resurrect, and (when the GIL is
//     released at a ticker check) let other threads run.  The collector
//     therefore never keeps a raw position in a list across such a call:
//     it snapshots (finalizers) or re-reads the list head (delete_garbage).
//     `collecting` stops any nested collection, from any thread; gc.collect()
//     during a collection returns 0 as in CPython.
//   * Collections run with the interpreter lock held, and only from a thread
//     with a ThreadState (note_allocation checks rt::tstate()).
//
// Build options: PYGLASS_GC_STRESS runs a quiet generation-0 collection at
// every allocation of a GC object (no stats, counts, callbacks or debug
// output, so scripts see only earlier freeing; gc.disable() turns it off
// like automatic collection); PYGLASS_HEAP_VERIFY checks the heap after
// every collection (gc/verify.cpp).
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "../runtime/api.h"
#include "runtime/threads/state.h"
#include "runtime/types/type.h"
#include "runtime/types/weakref.h"
#include "runtime/instruments/instruments_impl.h"
#include "gc_internal.h"

namespace gc {

using rt::Object;
using rt::ssize;
using namespace detail;

namespace detail {
State st;
}  // namespace detail

namespace {

intptr_t refs(const GCHead* g) { return g->gc_refs & REFS_MASK; }
// Immortal objects' huge counts are clamped: they stay far above any number
// of internal references, so they (and what they refer to) always survive.
void set_refs(GCHead* g, intptr_t n) {
  if (n > REFS_MASK / 2) n = REFS_MASK / 2;
  g->gc_refs = (g->gc_refs & ~REFS_MASK) | (n & REFS_MASK);
}
void keep_only_finalized(GCHead* g) { g->gc_refs &= FLAG_FINALIZED; }

void traverse(Object* o, rt::visitproc v, void* arg) {
  if (auto t = rt::type_of(o)->tp_traverse) t(o, v, arg);
}

// ---- steps 3-5: which objects are unreachable ----------------------------------

void update_refs(GCHead* list) {
  for (GCHead* g = list->gc_next; g != list; g = g->gc_next) {
    g->gc_refs = (g->gc_refs & FLAG_FINALIZED) | FLAG_COLLECTING;
    set_refs(g, object_of(g)->ob_refcnt);
  }
}

int visit_decref(Object* o, void*) {
  if (o && rt::object_is_gc(o)) {
    GCHead* g = head_of(o);
    if (g->gc_refs & FLAG_COLLECTING) {
      // Every reference a traverse reports is counted in ob_refcnt, so the
      // count cannot go below 0; if it would, a tp_traverse reports a
      // reference its object does not own.
      if (refs(g) > 0) g->gc_refs--;
#ifdef PYGLASS_HEAP_VERIFY
      else {
        std::fprintf(stderr, "pyglass: heap verify: a tp_traverse visits a %s object more often than it is referenced\n",
                     rt::type_of(o)->tp_name);
        std::abort();
      }
#endif
    }
  }
  return 0;
}

void subtract_refs(GCHead* list) {
  for (GCHead* g = list->gc_next; g != list; g = g->gc_next) traverse(object_of(g), visit_decref, nullptr);
}

// Mark o reachable (arg: the young list being scanned).
int visit_reachable(Object* o, void* arg) {
  if (!o || !rt::object_is_gc(o)) return 0;
  GCHead* g = head_of(o);
  if (!(g->gc_refs & FLAG_COLLECTING)) return 0;  // older generation, untracked, or not collecting
  if (g->gc_refs & FLAG_UNREACHABLE) {
    // Already judged unreachable: back to the end of young, where the scan
    // will meet it again and traverse it.
    g->gc_refs &= ~FLAG_UNREACHABLE;
    list_move(g, static_cast<GCHead*>(arg));
    set_refs(g, 1);
  } else if (refs(g) == 0) {
    set_refs(g, 1);  // not scanned yet: the scan will keep it
  }
  return 0;
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
      list_move(g, unreachable);
      g->gc_refs |= FLAG_UNREACHABLE;
      g = next;
    }
  }
}

void clear_marks(GCHead* list) {
  for (GCHead* g = list->gc_next; g != list; g = g->gc_next) keep_only_finalized(g);
}

void deduce_unreachable(GCHead* base, GCHead* unreachable) {
  update_refs(base);
  subtract_refs(base);
  move_unreachable(base, unreachable);
  clear_marks(base);
}

// ---- step 6: tuples that can never be in a cycle ------------------------------------

bool may_be_tracked(Object* o) {
  if (!rt::object_is_gc(o)) return false;
  if (rt::is_tuple_exact(o)) return head_of(o)->gc_next != nullptr;
  return true;
}

void untrack_tuples(GCHead* list) {
  for (GCHead* g = list->gc_next; g != list;) {
    GCHead* next = g->gc_next;
    Object* o = object_of(g);
    if (rt::is_tuple_exact(o)) {
      bool keep = false;
      for (ssize i = 0, n = rt::size_of(o); i < n && !keep; i++) {
        Object* item = rt::tuple_get(o, i);
        keep = !item || may_be_tracked(item);  // a null item: still being filled in
      }
      if (!keep) rt::gc_untrack(o);
    }
    g = next;
  }
}

// ---- step 8: weak references to the garbage --------------------------------------
//
// The unreachable set is known and nothing has run yet.  Every weak reference
// to an unreachable object is cleared now, before any finalizer or tp_clear,
// so that no Python code (a finalizer, a callback) can reach garbage through
// one: a __del__ sees its own weak references dead, and a callback cannot
// resurrect what is about to be torn apart.  Weak references that are garbage
// themselves are cleared too, whatever they point to (their referent may be
// freed while the cycle is broken).
//
// A callback runs only if its weak reference is reachable: a weak reference
// in the garbage (wr_object cleared above) goes with it and its callback is
// never called; the order in which garbage dies is arbitrary and the callback
// could see half-cleared objects.  Callbacks run after ALL clearing, each with
// a reference to its weak reference held; they cannot see garbage, since
// every way to it is cleared and the weak references are reachable.  A
// weak reference whose callback is pending moves to `wrcb_to_call`, then to
// the old generation if it outlives its callback (CPython's handle_weakrefs).
// Returns the number of those weak references that were freed by their
// callback (they count as collected, as in CPython).
ssize handle_weakrefs(GCHead* unreachable, GCHead* old) {
  GCHead wrcb_to_call;
  list_init(&wrcb_to_call);
  for (GCHead* g = unreachable->gc_next; g != unreachable; g = g->gc_next) {
    Object* o = object_of(g);
    if (rt::is_weakref(o)) rt::weakref_unlink(rt::as_weakref(o));
    Object** list = rt::weaklist_ptr(o);
    if (!list) continue;
    while (*list) {
      rt::WeakRefObject* wr = rt::as_weakref(*list);
      rt::weakref_unlink(wr);  // the callback stays on wr until wr dies
      if (!wr->wr_callback) continue;
      GCHead* wg = head_of(wr);
      // Garbage itself, or being deallocated (an untracked weak reference
      // still on the list while its subclass's slots are cleared): no callback.
      if (!wg->gc_next || (wg->gc_refs & FLAG_UNREACHABLE) || wr->ob_refcnt == 0) continue;
      rt::incref(wr);
      list_move(wg, &wrcb_to_call);
    }
  }
  ssize freed = 0;
  while (!list_empty(&wrcb_to_call)) {
    GCHead* wg = wrcb_to_call.gc_next;
    Object* wr = object_of(wg);
    if (Object* cb = rt::xnewref(rt::as_weakref(wr)->wr_callback)) {
      Object* r = rt::call1(cb, wr);
      if (r)
        rt::decref(r);
      else
        rt::err_write_unraisable(cb);
      rt::decref(cb);
    }
    rt::decref(wr);
    if (wrcb_to_call.gc_next == wg)
      list_move(wg, old);  // still alive
    else
      freed++;
  }
  return freed;
}

// ---- steps 9-11: finalizers, resurrection, clearing --------------------------------

// Writes a line to sys.stderr (as CPython's PySys_WriteStderr), or to the C
// stream when sys.stderr is unusable.  Never leaves an exception set.
void write_stderr(const std::string& text) {
  Object* f = rt::tstate() ? rt::sys_get_object("stderr") : nullptr;
  if (f && f != rt::None) {
    Object* s = rt::str_from(text);
    if (s && rt::file_write_str(f, s) == 0) {
      rt::decref(s);
      return;
    }
    rt::xdecref(s);
    rt::err_clear();
  }
  std::fwrite(text.data(), 1, text.size(), stderr);
}

void debug_objects(const char* what, GCHead* list) {
  char buf[256];
  for (GCHead* g = list->gc_next; g != list; g = g->gc_next) {
    Object* o = object_of(g);
    std::snprintf(buf, sizeof buf, "gc: %s <%s %p>\n", what, rt::type_of(o)->tp_name, static_cast<void*>(o));
    write_stderr(buf);
  }
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

// After the finalizers: objects of `unreachable` that gained a reference from
// outside it, and what they reach, move to `old`; the rest to `still`.
void handle_resurrected(GCHead* unreachable, GCHead* still, GCHead* old) {
  clear_marks(unreachable);
  deduce_unreachable(unreachable, still);
  list_merge(unreachable, old);
  clear_marks(still);
}

void delete_garbage(GCHead* garbage_set, GCHead* old) {
  while (!list_empty(garbage_set)) {
    GCHead* g = garbage_set->gc_next;
    Object* o = object_of(g);
    if (st.debug & DEBUG_SAVEALL) {
      // Kept for inspection: gc.garbage refers to it, so it survives.
      if (Object* gl = garbage_list()) {
        if (rt::list_append(gl, o) < 0) rt::err_clear();
      }
      list_move(g, old);
      continue;
    }
    rt::incref(o);
    if (auto clear = rt::type_of(o)->tp_clear) {
      if (clear(o) < 0 || rt::err_occurred()) rt::err_write_unraisable(o, "Exception ignored in");
    }
    // Clearing did not free it (someone still holds it): it survives.
    if (garbage_set->gc_next == g) list_move(g, old);
    rt::decref(o);
  }
}

// The collection proper.  quiet: a GC-stress collection, invisible to
// counts, stats and the 25% rule.  Sets *found to the unreachable objects.
void collect_main(int generation, bool quiet, ssize* found) {
  Generation* gens = st.gens;
  if (!quiet) {
    if (generation + 1 < NUM_GENERATIONS) gens[generation + 1].count++;
    for (int i = 0; i <= generation; i++) gens[i].count = 0;
  }
  GCHead young;
  list_init(&young);
  for (int i = 0; i <= generation; i++) list_merge(&gens[i].head, &young);
  GCHead* old = &gens[generation + 1 < NUM_GENERATIONS ? generation + 1 : generation].head;

  GCHead unreachable;
  list_init(&unreachable);
  deduce_unreachable(&young, &unreachable);
  untrack_tuples(&young);
  if (!quiet) {
    if (generation == NUM_GENERATIONS - 2) {
      st.long_lived_pending += list_size(&young);
    } else if (generation == NUM_GENERATIONS - 1) {
      st.long_lived_pending = 0;
      st.long_lived_total = list_size(&young) + st.startup_count;  // survivors, as CPython counts them
    }
  }
  list_merge(&young, old);  // survivors are promoted

  ssize n = 0;
  for (GCHead* g = unreachable.gc_next; g != &unreachable; g = g->gc_next) n++;
  *found = n;
  if (n == 0) return;
  if (!quiet && (st.debug & DEBUG_COLLECTABLE)) debug_objects("collectable", &unreachable);
  *found += handle_weakrefs(&unreachable, old);
  finalize_garbage(&unreachable);
  GCHead still;
  list_init(&still);
  handle_resurrected(&unreachable, &still, old);
  delete_garbage(&still, old);
}

void run_callbacks(const char* phase, int generation, ssize collected, ssize uncollectable) {
  if (!st.callbacks || rt::size_of(st.callbacks) == 0) return;
  Object* info = rt::dict_new();
  Object* g = rt::int_from_i64(generation);
  Object* c = rt::int_from_i64(collected);
  Object* u = rt::int_from_i64(uncollectable);
  Object* ph = rt::str_from_cstr(phase);
  if (info && g && c && u && ph && rt::dict_setitem_str(info, "generation", g) == 0 &&
      rt::dict_setitem_str(info, "collected", c) == 0 && rt::dict_setitem_str(info, "uncollectable", u) == 0) {
    Object* snapshot = rt::list_as_tuple(st.callbacks);  // a callback may change the list
    for (ssize i = 0; snapshot && i < rt::size_of(snapshot); i++) {
      Object* cb = rt::tuple_get(snapshot, i);
      Object* r = rt::call2(cb, ph, info);
      if (r) rt::decref(r);
      else rt::err_write_unraisable(cb, "Exception ignored in");
    }
    rt::xdecref(snapshot);
  }
  rt::err_clear();
  rt::xdecref(info);
  rt::xdecref(g);
  rt::xdecref(c);
  rt::xdecref(u);
  rt::xdecref(ph);
}

// The heap-verify build checks the heap after every collection, and after
// every 64th GC-stress collection (a check costs O(heap); at every allocation
// it would make the stress build quadratic).
void after_collection(int generation, bool quiet) {
#ifdef PYGLASS_HEAP_VERIFY
  static unsigned stress_collections = 0;
  if (quiet && (++stress_collections & 63) != 0) return;
  char when[64];
  std::snprintf(when, sizeof when, "after a %scollection of generation %d", quiet ? "GC-stress " : "", generation);
  verify_heap_or_die(when);
#else
  (void)generation;
  (void)quiet;
#endif
}

}  // namespace

void init() {
  if (st.initialized) return;
  st.initialized = true;
  int th[NUM_GENERATIONS] = {700, 10, 10};
  for (int i = 0; i < NUM_GENERATIONS; i++) {
    list_init(&st.gens[i].head);
    st.gens[i].threshold = th[i];
    st.gens[i].count = 0;
  }
  list_init(&st.permanent);
  list_init(&st.startup);
}

void startup_begin() { st.enabled = false; }

void startup_done() {
  for (int i = 0; i < NUM_GENERATIONS; i++) {
    list_merge(&st.gens[i].head, &st.startup);
    st.gens[i].count = 0;
  }
  st.startup_count = list_size(&st.startup);
  st.long_lived_total = st.startup_count;  // long-lived, as survivors of a full collection are
  st.long_lived_pending = 0;
  st.enabled = true;
}

int collect_automatic() {
  for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (st.gens[i].count > st.gens[i].threshold) {
      // A full collection only when enough objects await one (the 25% rule).
      if (i == NUM_GENERATIONS - 1 && st.long_lived_pending < st.long_lived_total / 4) continue;
      collect(i);
      return i;
    }
  }
  return -1;
}

void note_allocation(rt::TypeObject* type) {
  if (!rt::has_flag(type, rt::TPFLAG_HAVE_GC)) return;
  st.gens[0].count++;
  if (!st.enabled || st.collecting || !st.initialized || !rt::tstate() || rt::err_occurred()) return;
#ifdef PYGLASS_GC_STRESS
  {
    st.collecting = true;
    ssize found;
    collect_main(0, true, &found);
    rt::err_clear();  // finalizers report their own errors; nothing may leak into the allocating code
    st.collecting = false;
    after_collection(0, true);
  }
#endif
  if (st.gens[0].threshold && st.gens[0].count > st.gens[0].threshold) collect_automatic();
}

void note_deallocation(rt::TypeObject* type) {
  if (rt::has_flag(type, rt::TPFLAG_HAVE_GC) && st.gens[0].count > 0) st.gens[0].count--;
}

ssize collect(int generation) {
  if (st.collecting) return -1;
  if (generation < 0) generation = 0;
  if (generation >= NUM_GENERATIONS) generation = NUM_GENERATIONS - 1;
  st.collecting = true;
  ins::GcScope ins_scope(generation);  // instruments: times this collection, reads its counts at the end
  Object* pending = rt::err_fetch();  // a collection never disturbs a pending exception
  run_callbacks("start", generation, 0, 0);
  struct timespec t0, t1;
  if (st.debug & DEBUG_STATS) {
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "gc: collecting generation %d...\n"
                  "gc: objects in each generation: %zd %zd %zd\n"
                  "gc: objects in permanent generation: %zd\n",
                  generation, list_size(&st.gens[0].head), list_size(&st.gens[1].head),
                  list_size(&st.gens[2].head), list_size(&st.permanent));
    write_stderr(buf);
    clock_gettime(CLOCK_MONOTONIC, &t0);
  }
  ssize n = 0;
  collect_main(generation, false, &n);
  ssize uncollectable = 0;  // only legacy tp_del finalizers are uncollectable; pyglass has none
  if (st.debug & DEBUG_STATS) {
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double dt = double(t1.tv_sec - t0.tv_sec) + double(t1.tv_nsec - t0.tv_nsec) / 1e9;
    char buf[128];
    std::snprintf(buf, sizeof buf, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                  n + uncollectable, uncollectable, dt);
    write_stderr(buf);
  }
  GenStats& s = st.stats[generation];
  s.collections++;
  s.collected += n;
  s.uncollectable += uncollectable;
  run_callbacks("stop", generation, n, uncollectable);
  rt::err_clear();
  rt::err_restore(pending);
  st.collecting = false;
  after_collection(generation, false);
  return n + uncollectable;
}

int get_debug() { return st.debug; }
void set_debug(int flags) { st.debug = flags; }

Object* garbage_list() {
  if (!st.garbage) st.garbage = rt::list_new(0);
  return st.garbage;
}
Object* callbacks_list() {
  if (!st.callbacks) st.callbacks = rt::list_new(0);
  return st.callbacks;
}

void freeze() {
  for (int i = 0; i < NUM_GENERATIONS; i++) list_merge(&st.gens[i].head, &st.permanent);
  st.gens[0].count = 0;
}
void unfreeze() { list_merge(&st.permanent, &st.gens[NUM_GENERATIONS - 1].head); }
ssize get_freeze_count() { return list_size(&st.permanent); }

void fini() {
  st.debug = 0;  // the exit collections must free, not save, what they find
  rt::clearref(st.garbage);
  rt::clearref(st.callbacks);
}

bool is_enabled() { return st.enabled; }
void set_enabled(bool on) { st.enabled = on; }
bool is_collecting() { return st.collecting; }  // natives5: faulthandler
int get_threshold(int gen) { return st.gens[gen].threshold; }
void set_threshold(int gen, int value) { st.gens[gen].threshold = value; }
int get_count(int gen) { return st.gens[gen].count; }
const GenStats& get_stats(int gen) { return st.stats[gen]; }
ssize long_lived_total() { return st.long_lived_total; }
ssize long_lived_pending() { return st.long_lived_pending; }

// Finalized by the collector (the flag), or by reference counting (a class
// instance whose __del__ ran and that was resurrected: runtime/type_new.cpp
// records those).
bool is_finalized(Object* o) {
  if (!rt::object_is_gc(o)) return false;
  return (head_of(o)->gc_refs & FLAG_FINALIZED) || rt::was_finalized(o);
}

void for_each_tracked(int generation, bool (*fn)(Object*, void*), void* ctx) {
  // The start-up objects count as the oldest generation's, where CPython's would be.
  for (int i = 0; i <= NUM_GENERATIONS; i++) {
    int as_gen = i < NUM_GENERATIONS ? i : NUM_GENERATIONS - 1;
    if (generation >= 0 && as_gen != generation) continue;
    GCHead* h = i < NUM_GENERATIONS ? &st.gens[i].head : &st.startup;
    for (GCHead* g = h->gc_next; g != h; g = g->gc_next)
      if (!fn(object_of(g), ctx)) return;
  }
}

}  // namespace gc

namespace rt {

void gc_track(Object* o) {
  gc::GCHead* g = gc::head_of(o);
  if (g->gc_next) return;
  g->gc_refs &= gc::detail::FLAG_FINALIZED;
  gc::detail::list_append(&gc::detail::st.gens[0].head, g);
}

void gc_untrack(Object* o) {
  gc::GCHead* g = gc::head_of(o);
  if (!g->gc_next) return;
  gc::detail::list_remove(g);
  g->gc_next = g->gc_prev = nullptr;
  g->gc_refs &= gc::detail::FLAG_FINALIZED;
}

bool gc_is_tracked(Object* o) { return object_is_gc(o) && gc::head_of(o)->gc_next; }

}  // namespace rt

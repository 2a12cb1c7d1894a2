// The collector's private state and list primitives, shared by
// gc/collector.cpp (collections) and gc/verify.cpp (the heap checker).
// Nothing outside gc/ includes this file.
//
// gc_refs of a GCHead packs a count and flags:
//   bits 0..56   the working count during a collection (REFS_MASK);
//   bit 57       VERIFY: set only while the heap checker walks the lists;
//   bit 58       UNREACHABLE: in the tentatively-unreachable list of move_unreachable;
//   bit 59       FINALIZED: tp_finalize already ran (PEP 442: never again);
//   bit 60       COLLECTING: in the set being collected right now.
// Outside a collection only FINALIZED may be set.
#pragma once
#include "gc.h"

namespace gc::detail {

constexpr intptr_t FLAG_COLLECTING = intptr_t(1) << 60;
constexpr intptr_t FLAG_FINALIZED = intptr_t(1) << 59;
constexpr intptr_t FLAG_UNREACHABLE = intptr_t(1) << 58;
constexpr intptr_t FLAG_VERIFY = intptr_t(1) << 57;
constexpr intptr_t REFS_MASK = (intptr_t(1) << 57) - 1;

struct Generation {
  GCHead head;    // sentinel of a circular doubly linked list
  int threshold;  // gen 0: net allocations; older: collections of the younger generation
  int count;      // gen 0: allocations minus deallocations; older: collections of the younger generation
};

// Everything the collector keeps.  One interpreter, protected by the GIL.
struct State {
  Generation gens[NUM_GENERATIONS];
  GCHead permanent;  // gc.freeze()
  GCHead startup;    // the runtime's start-up objects, all immortal: never collected (startup_done)
  rt::ssize startup_count = 0;  // their number, counted among the long-lived by the 25% rule
  GenStats stats[NUM_GENERATIONS];
  int debug = 0;
  bool enabled = true;
  bool collecting = false;  // a collection (or its finalizers/callbacks) is under way
  bool initialized = false;
  rt::ssize long_lived_total = 0;    // survivors of the last full collection
  rt::ssize long_lived_pending = 0;  // survivors of generation-1 collections since then
  rt::Object* garbage = nullptr;     // gc.garbage
  rt::Object* callbacks = nullptr;   // gc.callbacks
};
extern State st;

inline void list_init(GCHead* h) { h->gc_next = h->gc_prev = h; }
inline bool list_empty(const GCHead* h) { return h->gc_next == h; }
inline void list_append(GCHead* h, GCHead* g) {
  g->gc_prev = h->gc_prev;
  g->gc_next = h;
  h->gc_prev->gc_next = g;
  h->gc_prev = g;
}
inline void list_remove(GCHead* g) {
  g->gc_prev->gc_next = g->gc_next;
  g->gc_next->gc_prev = g->gc_prev;
}
inline void list_move(GCHead* g, GCHead* to) {
  list_remove(g);
  list_append(to, g);
}
// Move every element of `from` to the end of `to`; `from` becomes empty.
inline void list_merge(GCHead* from, GCHead* to) {
  if (list_empty(from)) return;
  GCHead* first = from->gc_next;
  GCHead* last = from->gc_prev;
  first->gc_prev = to->gc_prev;
  to->gc_prev->gc_next = first;
  last->gc_next = to;
  to->gc_prev = last;
  list_init(from);
}
inline rt::ssize list_size(const GCHead* h) {
  rt::ssize n = 0;
  for (const GCHead* g = h->gc_next; g != h; g = g->gc_next) n++;
  return n;
}

}  // namespace gc::detail

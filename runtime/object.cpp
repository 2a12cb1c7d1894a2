// Allocation, the refchain and deallocation.
//
// The refchain holds every live object (immortal ones included), so a lab
// can count objects and the exit check can find leaks.  Objects on a free
// list are NOT on the refchain: a free-listed float is dead memory waiting
// for reuse, not an object.
//
// It is made of segments, one per running Python thread plus the main one,
// each a circular doubly linked list through ob_next/ob_prev with a
// sentinel (the only "object" whose ob_type is null).  A thread links the
// objects it allocates into its own segment and counts there; unlinking
// needs only the neighbours, wherever they are, and is counted in the
// unlinking thread's segment, so one segment's count may go negative and
// only the sum is the number of live objects.  When a thread ends, its
// segment is spliced into the main one.  Why segments: with one list, every
// allocation wrote the shared head and the last object another thread
// allocated, so after each thread switch the new holder's first allocations
// waited for cache lines held by the other core (docs/gil.md).
// Invariants (all under the GIL): the segments form a list starting at the
// main one; tl_seg is the running thread's segment (the main one for any
// thread without its own); every live object is on exactly one segment.
//
// Memory comes from rt::mem_alloc/mem_free (runtime/mem.h), which the
// collector issue turns into a pool allocator; GC types get a gc::GCHead in
// front of the object.
#include <cstdio>
#include <cstdlib>

#include "../gc/gc.h"
#include "api.h"
#include "mem.h"
#include "runtime/instruments/instruments_impl.h"

namespace rt {

namespace {
// A segment of the refchain; on a cache line of its own.
struct alignas(64) Segment {
  Object sentinel;
  ssize count;  // links minus unlinks done by the threads that used it
  Segment* next;
  Segment* prev;
};
Segment main_seg = {{&main_seg.sentinel, &main_seg.sentinel, IMMORTAL_REFCNT, nullptr}, 0, nullptr, nullptr};
thread_local Segment* tl_seg = &main_seg;

inline Segment* segment_of(Object* sentinel) { return reinterpret_cast<Segment*>(sentinel); }
}  // namespace

ssize refchain_length() {
  ssize n = 0;
  for (Segment* s = &main_seg; s; s = s->next) n += s->count;
  return n;
}

Object* refchain_first() { return refchain_next(&main_seg.sentinel); }

Object* refchain_next(Object* o) {
  Object* n = o->ob_next;
  while (!n->ob_type) {  // a sentinel: go on with the next segment
    Segment* s = segment_of(n)->next;
    if (!s) return nullptr;
    n = s->sentinel.ob_next;
  }
  return n;
}

void refchain_link(Object* o) {
  Segment* s = tl_seg;
  Object* head = &s->sentinel;
  o->ob_next = head->ob_next;
  o->ob_prev = head;
  head->ob_next->ob_prev = o;
  head->ob_next = o;
  s->count++;
}

void refchain_unlink(Object* o) {
  o->ob_prev->ob_next = o->ob_next;
  o->ob_next->ob_prev = o->ob_prev;
  o->ob_next = o->ob_prev = nullptr;
  tl_seg->count--;
}

void refchain_thread_begin() {
  auto* s = new Segment{{nullptr, nullptr, IMMORTAL_REFCNT, nullptr}, 0, main_seg.next, &main_seg};
  s->sentinel.ob_next = s->sentinel.ob_prev = &s->sentinel;
  if (main_seg.next) main_seg.next->prev = s;
  main_seg.next = s;
  tl_seg = s;
}

namespace {
// Move segment s's objects and count to the main segment, unlink s and free it.
void splice_into_main(Segment* s) {
  Object* h = &s->sentinel;
  if (h->ob_next != h) {  // splice the objects in after the main sentinel
    Object* first = h->ob_next;
    Object* last = h->ob_prev;
    Object* m = &main_seg.sentinel;
    last->ob_next = m->ob_next;
    m->ob_next->ob_prev = last;
    m->ob_next = first;
    first->ob_prev = m;
  }
  main_seg.count += s->count;
  s->prev->next = s->next;
  if (s->next) s->next->prev = s->prev;
  delete s;
}
}  // namespace

void refchain_thread_end() {
  Segment* s = tl_seg;
  if (s == &main_seg) return;
  splice_into_main(s);
  tl_seg = &main_seg;
}

void refchain_after_fork_child() {
  // The segments of threads that were not copied into the child: their
  // objects stay alive, with their counts, on the main segment.
  Segment* s = main_seg.next;
  while (s) {
    Segment* next = s->next;
    if (s != tl_seg) splice_into_main(s);
    s = next;
  }
}

void dealloc(Object* o) {
  refchain_unlink(o);
  o->ob_type->tp_dealloc(o);
}

Object* alloc_object(TypeObject* type, size_t nbytes) {
  bool gc = has_flag(type, TPFLAG_HAVE_GC);
  size_t total = nbytes + (gc ? sizeof(gc::GCHead) : 0);
  char* mem = static_cast<char*>(mem_alloc(total));
  if (!mem) {
    err_no_memory();
    return nullptr;
  }
  std::memset(mem, 0, total);
  Object* o;
  if (gc) {
    auto* g = reinterpret_cast<gc::GCHead*>(mem);
    g->gc_next = g->gc_prev = nullptr;
    o = gc::object_of(g);
  } else {
    o = reinterpret_cast<Object*>(mem);
  }
  o->ob_refcnt = 1;
  o->ob_type = type;
  if (has_flag(type, TPFLAG_HEAPTYPE)) incref(type);
  refchain_link(o);
  PG_INS(ins::note_alloc(type));
  gc::note_allocation(type);
  return o;
}

VarObject* alloc_var_object(TypeObject* type, ssize n) {
  if (n < 0 || (type->tp_itemsize && n > (PTRDIFF_MAX - type->tp_basicsize) / type->tp_itemsize)) {
    err_no_memory();
    return nullptr;
  }
  auto* v = static_cast<VarObject*>(alloc_object(type, size_t(type->tp_basicsize + n * type->tp_itemsize)));
  if (v) v->ob_size = n;
  return v;
}

void free_object(Object* o) {
  TypeObject* type = o->ob_type;
#ifdef PYGLASS_HEAP_VERIFY
  // Weak references must not outlive their referent's memory: every
  // tp_dealloc of a type that accepts them clears them first (CPython's
  // order, runtime/weakref.cpp).  The checking build catches one that does
  // not; the others pay nothing here.
  if (Object** list = weaklist_ptr(o); list && *list) {
    std::fprintf(stderr, "pyglass: heap verify: a %s object is freed with weak references to it\n", type->tp_name);
    std::abort();
  }
#endif
  bool gc = has_flag(type, TPFLAG_HAVE_GC);
  gc::note_deallocation(type);
  PG_INS(ins::note_free(o));
  mem_free(gc ? static_cast<void*>(gc::head_of(o)) : static_cast<void*>(o));
  if (has_flag(type, TPFLAG_HEAPTYPE)) decref(type);
}

void reinit_object(Object* o, TypeObject* type) {
  o->ob_refcnt = 1;
  o->ob_type = type;
  refchain_link(o);
}

void init_static_object(Object* o, TypeObject* type) {
  if (o->ob_next) return;  // already linked
  o->ob_type = type;
  o->ob_refcnt = IMMORTAL_REFCNT;
  refchain_link(o);
}

void immortalize_all_live_objects() {
  for (Object* o = refchain_first(); o; o = refchain_next(o)) make_immortal(o);
}

}  // namespace rt

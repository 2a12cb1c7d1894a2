// Allocation, the refchain and deallocation.
//
// The refchain is a circular doubly linked list through ob_next/ob_prev with
// a sentinel; it holds every live object (immortal ones included), so a lab
// can count objects and the exit check can find leaks.  Objects on a free
// list are NOT on the refchain: a free-listed float is dead memory waiting
// for reuse, not an object.
//
// Memory comes from rt::mem_alloc/mem_free (runtime/mem.h), which the
// collector issue turns into a pool allocator; GC types get a gc::GCHead in
// front of the object.
#include <cstdlib>

#include "../gc/gc.h"
#include "api.h"
#include "mem.h"
#include "instruments_impl.h"

namespace rt {

namespace {
Object refchain_sentinel = {&refchain_sentinel, &refchain_sentinel, IMMORTAL_REFCNT, nullptr};
ssize refchain_count = 0;
}  // namespace

Object* refchain_head() { return &refchain_sentinel; }
ssize refchain_length() { return refchain_count; }

void refchain_link(Object* o) {
  Object* head = &refchain_sentinel;
  o->ob_next = head->ob_next;
  o->ob_prev = head;
  head->ob_next->ob_prev = o;
  head->ob_next = o;
  refchain_count++;
}

void refchain_unlink(Object* o) {
  o->ob_prev->ob_next = o->ob_next;
  o->ob_next->ob_prev = o->ob_prev;
  o->ob_next = o->ob_prev = nullptr;
  refchain_count--;
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
  for (Object* o = refchain_sentinel.ob_next; o != &refchain_sentinel; o = o->ob_next) make_immortal(o);
}

}  // namespace rt

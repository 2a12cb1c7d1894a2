// The collector's per-object header.  Objects of TPFLAG_HAVE_GC types are
// allocated with a GCHead immediately before the Object; tracked objects are
// linked into one of three generation lists.  See docs/gc.md.
#pragma once
#include "../runtime/object.h"

namespace gc {

struct GCHead {
  GCHead* gc_next;
  GCHead* gc_prev;
  intptr_t gc_refs;  // working refcount during a collection; flags outside
};

inline GCHead* head_of(rt::Object* o) { return reinterpret_cast<GCHead*>(o) - 1; }
inline rt::Object* object_of(GCHead* g) { return reinterpret_cast<rt::Object*>(g + 1); }

void init();  // empty generation lists

}  // namespace gc

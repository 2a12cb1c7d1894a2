// The heap checker: is the refchain and are the generation lists intact?
//
// check_heap() walks
//   1. the refchain, every segment: every link is mirrored
//      (o->ob_next->ob_prev == o), every object has a positive refcount (and a
//      type: a typeless entry is taken for a segment's sentinel), and the
//      number of objects equals rt::refchain_length();
//   2. the generation lists and the permanent list: links mirrored, every
//      entry a live GC object (on the refchain, refcount > 0) whose gc_refs
//      holds no flag but FINALIZED; each entry gets the VERIFY mark, and an
//      entry found marked already is in two lists;
//   3. the refchain again: every tracked GC object must carry the mark (so it
//      is in some list); the mark is removed.  The number of tracked objects
//      seen must equal the number of list entries, or a list holds an object
//      that is no longer on the refchain (freed while tracked).
// Cost: O(live objects).  The PYGLASS_HEAP_VERIFY build runs it after every
// collection (verify_heap_or_die); unit tests call check_heap() directly.
// Runs with the interpreter lock held and calls no Python code.
#include <cstdio>
#include <cstdlib>

#include "../runtime/api.h"
#include "gc_internal.h"

namespace gc {

using rt::Object;
using rt::ssize;
using namespace detail;

namespace {

char problem[512];

const char* fail(const char* what, const Object* o) {
  const char* tn = o && o->ob_type && o->ob_type->tp_name ? o->ob_type->tp_name : "?";
  std::snprintf(problem, sizeof problem, "%s (object %p, type %s)", what, static_cast<const void*>(o), tn);
  return problem;
}

// Step 2 for one list; counts its entries into *n.
const char* check_list(GCHead* h, const char* name, ssize* n) {
  char what[128];
  GCHead* prev = h;
  for (GCHead* g = h->gc_next; g != h; prev = g, g = g->gc_next) {
    if (!g || g->gc_prev != prev) {
      std::snprintf(what, sizeof what, "broken links in the %s list", name);
      return fail(what, g ? object_of(g) : nullptr);
    }
    Object* o = object_of(g);
    if (!o->ob_type || !rt::object_is_gc(o)) {
      std::snprintf(what, sizeof what, "a non-GC object in the %s list", name);
      return fail(what, o);
    }
    if (o->ob_refcnt <= 0 || !o->ob_next) {
      std::snprintf(what, sizeof what, "a dead object in the %s list", name);
      return fail(what, o);
    }
    if (g->gc_refs & FLAG_VERIFY) {
      std::snprintf(what, sizeof what, "an object in two generation lists (again in the %s list)", name);
      return fail(what, o);
    }
    if (g->gc_refs & ~FLAG_FINALIZED) {
      std::snprintf(what, sizeof what, "collection marks left on an object of the %s list", name);
      return fail(what, o);
    }
    g->gc_refs |= FLAG_VERIFY;
    ++*n;
  }
  if (h->gc_prev != prev) {
    std::snprintf(what, sizeof what, "the %s list's tail link is wrong", name);
    return fail(what, nullptr);
  }
  return nullptr;
}

void unmark_all() {
  GCHead* lists[NUM_GENERATIONS + 2] = {&st.gens[0].head, &st.gens[1].head, &st.gens[2].head, &st.permanent,
                                        &st.startup};
  for (GCHead* h : lists) {
    GCHead* g = h->gc_next;
    for (int guard = 0; g && g != h && guard < (1 << 30); g = g->gc_next, guard++) g->gc_refs &= ~FLAG_VERIFY;
  }
}

}  // namespace

const char* check_heap() {
  // 1. the refchain
  ssize count = 0;
  for (Object* o = rt::refchain_first(); o; o = rt::refchain_next(o)) {
    if (!o || o->ob_prev->ob_next != o || o->ob_next->ob_prev != o) return fail("broken refchain links", o);
    if (!o->ob_type) return fail("an object without a type on the refchain", o);
    if (o->ob_refcnt <= 0) return fail("an object with refcount <= 0 on the refchain", o);
    count++;
  }
  if (count != rt::refchain_length()) {
    std::snprintf(problem, sizeof problem, "the refchain holds %zd objects but its length says %zd", count,
                  rt::refchain_length());
    return problem;
  }
  // 2. the generation lists
  static const char* names[] = {"generation 0", "generation 1", "generation 2", "permanent", "start-up"};
  GCHead* lists[NUM_GENERATIONS + 2] = {&st.gens[0].head, &st.gens[1].head, &st.gens[2].head, &st.permanent,
                                        &st.startup};
  ssize in_lists = 0;
  for (int i = 0; i < NUM_GENERATIONS + 2; i++) {
    if (const char* p = check_list(lists[i], names[i], &in_lists)) {
      unmark_all();
      return p;
    }
  }
  // 3. every tracked object of the refchain is in a list
  ssize tracked = 0;
  const char* p = nullptr;
  for (Object* o = rt::refchain_first(); o; o = rt::refchain_next(o)) {
    if (!rt::object_is_gc(o)) continue;
    GCHead* g = head_of(o);
    if (!g->gc_next) continue;
    if (!(g->gc_refs & FLAG_VERIFY)) {
      if (!p) p = fail("a tracked object in no generation list", o);
      continue;
    }
    g->gc_refs &= ~FLAG_VERIFY;
    tracked++;
  }
  if (p) {
    unmark_all();
    return p;
  }
  if (tracked != in_lists) {
    unmark_all();
    std::snprintf(problem, sizeof problem,
                  "the generation lists hold %zd objects but only %zd tracked objects are alive "
                  "(an object was freed while tracked)",
                  in_lists, tracked);
    return problem;
  }
  return nullptr;
}

void verify_heap_or_die(const char* when) {
  if (const char* p = check_heap()) {
    std::fprintf(stderr, "pyglass: heap verify failed %s: %s\n", when, p);
    std::fflush(stderr);
    std::abort();
  }
}

}  // namespace gc

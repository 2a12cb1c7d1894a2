// The cycle collector: cycles of every container type are found, objects
// reachable from outside survive, finalizers run once and may resurrect,
// survivors are promoted, the thresholds and the 25% rule decide when
// collections happen, and the heap checker sees corruption.
#include <gtest/gtest.h>

#include <string>

#include "gc/gc.h"
#include "interp/code.h"
#include "runtime/types/weakref.h"
#include "runtime_env.h"

using namespace rt;

namespace {

// Run source in a fresh module dict; returns the dict (new ref), failing the test on error.
Object* run(const char* src) {
  interp::CodeObject* code = interp::compile_source(src, "<gctest>", interp::CompileMode::File);
  EXPECT_NE(code, nullptr);
  if (!code) return nullptr;
  Object* g = dict_new();
  Object* r = interp::eval_code(code, g, g);
  decref(code);
  if (!r) {
    Object* exc = err_fetch();
    ADD_FAILURE() << interp::format_exception_only(exc);
    xdecref(exc);
    decref(g);
    return nullptr;
  }
  decref(r);
  return g;
}

Object* call_global(Object* g, const char* name) {
  Object* f = dict_getitem_str(g, name);
  EXPECT_NE(f, nullptr) << name;
  Object* r = f ? call0(f) : nullptr;
  if (!r) {
    Object* exc = err_fetch();
    ADD_FAILURE() << name << ": " << (exc ? interp::format_exception_only(exc) : "no result");
    xdecref(exc);
  }
  return r;
}

int64_t global_int(Object* g, const char* expr_name) {
  Object* v = dict_getitem_str(g, expr_name);
  EXPECT_NE(v, nullptr) << expr_name;
  return v ? int_as_i64(v) : -1;
}

// src defines make(), which builds garbage (a cycle) and returns None.  The
// first call warms caches; the second one's garbage must survive reference
// counting, and a full collection must find it and free every object of it.
// Returns what the collection reported.
ssize cycle_garbage(const char* src) {
  Object* g = run(src);
  if (!g) return -1;
  xdecref(call_global(g, "make"));
  gc::collect(2);
  ssize before = refchain_length();
  xdecref(call_global(g, "make"));
  EXPECT_GT(refchain_length(), before) << "the cycle died by reference counting alone";
  ssize n = gc::collect(2);
  EXPECT_EQ(refchain_length(), before) << "garbage left after the collection";
  EXPECT_EQ(gc::check_heap(), nullptr);
  decref(g);
  gc::collect(2);
  return n;
}

bool in_generation(Object* o, int gen) {
  struct Ctx {
    Object* target;
    bool found;
  } c{o, false};
  gc::for_each_tracked(gen, [](Object* x, void* p) {
    auto* c = static_cast<Ctx*>(p);
    if (x == c->target) c->found = true;
    return !c->found;
  }, &c);
  return c.found;
}

// Restores the default thresholds at the end of a test that changes them.
struct Thresholds {
  int saved[3];
  Thresholds() {
    for (int i = 0; i < 3; i++) saved[i] = gc::get_threshold(i);
  }
  ~Thresholds() {
    for (int i = 0; i < 3; i++) gc::set_threshold(i, saved[i]);
  }
};

}  // namespace

// ---- cycles of every container type ---------------------------------------------

TEST(GC, SelfReferencingListIsCollected) {
  ensure_runtime();
  gc::collect(2);
  Object* l = list_new(0);
  list_append(l, l);
  ssize before = refchain_length();
  decref(l);  // still alive: the list refers to itself
  EXPECT_EQ(refchain_length(), before);
  EXPECT_EQ(gc::collect(0), 1);
  EXPECT_EQ(refchain_length(), before - 1);
}

TEST(GC, TwoDictCycleIsTwoObjects) {
  ensure_runtime();
  gc::collect(2);
  Object* a = dict_new();
  Object* b = dict_new();
  dict_setitem_str(a, "b", b);
  dict_setitem_str(b, "a", a);
  decref(a);
  decref(b);
  EXPECT_EQ(gc::collect(2), 2);
}

TEST(GC, CycleThroughTuple) {
  ensure_runtime();
  EXPECT_EQ(cycle_garbage("def make():\n  l = []\n  t = (l, 1)\n  l.append(t)\n"), 2);
}

TEST(GC, CycleThroughSet) {
  ensure_runtime();
  EXPECT_GE(cycle_garbage("class C: pass\n"
                          "def make():\n  s = set()\n  o = C()\n  o.s = s\n  s.add(o)\n"),
            2);
}

TEST(GC, CycleOfInstances) {
  ensure_runtime();
  EXPECT_GE(cycle_garbage("class Node:\n  def __init__(self): self.other = None\n"
                          "def make():\n  a = Node(); b = Node(); a.other = b; b.other = a\n"),
            2);
}

TEST(GC, CycleOfSlotInstances) {
  ensure_runtime();
  EXPECT_GE(cycle_garbage("class S:\n  __slots__ = ('other',)\n"
                          "def make():\n  a = S(); b = S(); a.other = b; b.other = a\n"),
            2);
}

TEST(GC, ClassIsCollected) {
  ensure_runtime();
  EXPECT_GE(cycle_garbage("def make():\n  class K:\n    def m(self): pass\n  K.me = K\n"), 1);
}

TEST(GC, ClosureCycleThroughCell) {
  ensure_runtime();
  // f's closure cell holds f itself: function -> tuple of cells -> cell -> function.
  EXPECT_GE(cycle_garbage("def make():\n  def f():\n    return f\n  return None\n"), 2);
}

TEST(GC, BoundMethodCycle) {
  ensure_runtime();
  EXPECT_GE(cycle_garbage("class C:\n  def meth(self): pass\n"
                          "def make():\n  o = C()\n  o.m = o.meth\n"),
            2);
}

TEST(GC, GeneratorCycle) {
  ensure_runtime();
  // The suspended frame's local `me` refers to the generator itself.
  EXPECT_GE(cycle_garbage("def gen():\n  me = yield 1\n  yield me\n"
                          "def make():\n  it = gen()\n  next(it)\n  it.send(it)\n"),
            1);
}

// ---- reachability ---------------------------------------------------------------

TEST(GC, ReachableFromOutsideSurvives) {
  ensure_runtime();
  gc::collect(2);
  Object* outside = list_new(0);
  Object* inner = list_new(0);
  list_append(inner, inner);
  list_append(outside, inner);
  decref(inner);
  EXPECT_EQ(gc::collect(2), 0);
  EXPECT_TRUE(gc_is_tracked(inner));
  EXPECT_EQ(list_get(outside, 0), inner);
  decref(outside);  // frees the outer list; the inner one is now an unreachable cycle
  EXPECT_EQ(gc::collect(2), 1);
}

TEST(GC, CycleHeldByAGlobalSurvives) {
  ensure_runtime();
  Object* g = run("class Node: pass\n"
                  "a = Node(); b = Node(); a.other = b; b.other = a\n"
                  "keep = [a]\n"
                  "del a, b\n");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(gc::collect(2), 0);
  Object* r = run("pass\n");  // unrelated work in between
  xdecref(r);
  Object* keep = dict_getitem_str(g, "keep");
  ASSERT_NE(keep, nullptr);
  Object* a = list_get(keep, 0);
  EXPECT_TRUE(gc_is_tracked(a));
  EXPECT_EQ(gc::collect(2), 0);
  decref(g);
  gc::collect(2);
}

TEST(GC, AtomicTuplesAreUntracked) {
  ensure_runtime();
  Object* t = tuple_new(2);
  tuple_set_steal(t, 0, int_from_i64(1000));
  tuple_set_steal(t, 1, str_from_cstr("x"));
  EXPECT_TRUE(gc_is_tracked(t));  // (checked before the next GC allocation: a GC-stress build collects there)
  Object* u = tuple_new(1);
  tuple_set_steal(u, 0, list_new(0));
  EXPECT_TRUE(gc_is_tracked(u));
  gc::collect(0);
  EXPECT_FALSE(gc_is_tracked(t));  // only atoms: can never be part of a cycle
  EXPECT_TRUE(gc_is_tracked(u));   // holds a list
  decref(t);
  decref(u);
}

// ---- finalizers (PEP 442) ----------------------------------------------------------

TEST(GC, FinalizersOfACycleRunOnce) {
  ensure_runtime();
  Object* g = run("log = []\n"
                  "class D:\n"
                  "  def __init__(self, name): self.name = name\n"
                  "  def __del__(self): log.append(self.name)\n"
                  "def make():\n  a = D('a'); b = D('b'); a.o = b; b.o = a\n"
                  "def result(): return ','.join(sorted(log))\n");
  ASSERT_NE(g, nullptr);
  gc::collect(2);
  xdecref(call_global(g, "make"));
  EXPECT_GE(gc::collect(2), 2);
  Object* r = call_global(g, "result");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(std::string(str_view(r)), "a,b");
  decref(r);
  EXPECT_EQ(gc::collect(2), 0);
  r = call_global(g, "result");
  EXPECT_EQ(std::string(str_view(r)), "a,b");  // never twice
  decref(r);
  EXPECT_EQ(gc::check_heap(), nullptr);
  decref(g);
  gc::collect(2);
}

TEST(GC, ResurrectedObjectsSurviveAndAreFinalizedOnce) {
  ensure_runtime();
  Object* g = run("saved = []\n"
                  "calls = 0\n"
                  "class R:\n"
                  "  def __del__(self):\n"
                  "    global calls\n"
                  "    calls += 1\n"
                  "    saved.append(self)\n"
                  "class P: pass\n"
                  "def make():\n"
                  "  r = R(); p = P(); r.p = p; p.r = r\n"   // resurrected with its partner
                  "  x = P(); y = P(); x.y = y; y.x = x\n"   // an unrelated cycle, same collection
                  "def drop(): saved.clear()\n");
  ASSERT_NE(g, nullptr);
  Object* mk = call_global(g, "make");  // warm up, then start from a clean slate
  xdecref(mk);
  gc::collect(2);
  xdecref(call_global(g, "drop"));
  gc::collect(2);
  ssize base = refchain_length();
  int64_t calls0 = global_int(g, "calls");

  xdecref(call_global(g, "make"));
  ssize n = gc::collect(2);
  EXPECT_GE(n, 4);
  EXPECT_EQ(global_int(g, "calls"), calls0 + 1);
  Object* saved = dict_getitem_str(g, "saved");
  ASSERT_EQ(size_of(saved), 1);
  Object* r = list_get(saved, 0);
  EXPECT_TRUE(gc::is_finalized(r));
  EXPECT_TRUE(gc_is_tracked(r));
  EXPECT_GT(refchain_length(), base);  // r, its partner and their dicts survive
  EXPECT_EQ(gc::check_heap(), nullptr);

  xdecref(call_global(g, "drop"));  // garbage again: freed without a second __del__
  EXPECT_GE(gc::collect(2), 2);
  EXPECT_EQ(global_int(g, "calls"), calls0 + 1);
  EXPECT_EQ(refchain_length(), base);
  EXPECT_EQ(gc::check_heap(), nullptr);
  decref(g);
  gc::collect(2);
}

// ---- generations, counts, thresholds ---------------------------------------------------

TEST(GC, SurvivorsArePromoted) {
  ensure_runtime();
  gc::collect(2);
  Object* l = list_new(0);
  list_append(l, l);  // (anything tracked)
  EXPECT_TRUE(in_generation(l, 0));
  int before1 = gc::get_count(1);
  gc::collect(0);
  EXPECT_EQ(gc::get_count(0), 0);
  EXPECT_EQ(gc::get_count(1), before1 + 1);
  EXPECT_TRUE(in_generation(l, 1));
  int before2 = gc::get_count(2);
  gc::collect(1);
  EXPECT_EQ(gc::get_count(1), 0);
  EXPECT_EQ(gc::get_count(2), before2 + 1);
  EXPECT_TRUE(in_generation(l, 2));
  gc::collect(2);
  EXPECT_TRUE(in_generation(l, 2));  // the oldest generation keeps its survivors
  EXPECT_EQ(gc::get_count(2), 0);
  decref(l);
  EXPECT_EQ(gc::collect(2), 1);
}

TEST(GC, CountIsAllocationsMinusDeallocations) {
  ensure_runtime();
  gc::collect(2);
  int c0 = gc::get_count(0);
  Object* a = dict_new();  // (lists would come from the free list, which CPython does not count)
  Object* b = dict_new();
  EXPECT_EQ(gc::get_count(0), c0 + 2);
  decref(a);
  EXPECT_EQ(gc::get_count(0), c0 + 1);
  decref(b);
  EXPECT_EQ(gc::get_count(0), c0);
}

TEST(GC, Generation0ThresholdStartsACollection) {
  ensure_runtime();
  Thresholds keep;
  gc::collect(2);
  gc::set_threshold(0, 10);
  gc::set_threshold(1, 1000);
  ssize collections0 = gc::get_stats(0).collections;
  int c1 = gc::get_count(1);
  Object* held = list_new(0);
  for (int i = 0; i < 10; i++) {
    Object* d = dict_new();
    list_append(held, d);
    decref(d);
  }
  // (held itself came from the free list or counts 1: the 10 dicts reach the threshold, not beyond)
  int c0 = gc::get_count(0);
  EXPECT_LE(c0, 11);
  while (gc::get_stats(0).collections == collections0 && gc::get_count(0) <= 10) {
    Object* d = dict_new();
    list_append(held, d);
    decref(d);
  }
  EXPECT_EQ(gc::get_stats(0).collections, collections0 + 1);  // exactly when the count passed 10
  EXPECT_EQ(gc::get_count(0), 0);
  EXPECT_EQ(gc::get_count(1), c1 + 1);
  decref(held);
}

TEST(GC, Generation1ThresholdCountsYoungerCollections) {
  ensure_runtime();
  Thresholds keep;
  gc::collect(2);
  gc::set_threshold(1, 2);
  gc::set_threshold(2, 1000);
  ssize g1 = gc::get_stats(1).collections;
  gc::collect(0);
  gc::collect(0);
  EXPECT_EQ(gc::get_count(1), 2);
  EXPECT_EQ(gc::collect_automatic(), -1);  // 2 is not above the threshold 2 (and gen 0 is not either)
  gc::collect(0);
  EXPECT_EQ(gc::get_count(1), 3);
  EXPECT_EQ(gc::collect_automatic(), 1);
  EXPECT_EQ(gc::get_stats(1).collections, g1 + 1);
  EXPECT_EQ(gc::get_count(1), 0);
}

TEST(GC, FullCollectionFollowsThe25PercentRule) {
  ensure_runtime();
  Thresholds keep;
  gc::collect(2);
  ssize total = gc::long_lived_total();
  EXPECT_GT(total, 0);  // the start-up objects survive every full collection
  EXPECT_EQ(gc::long_lived_pending(), 0);
  gc::set_threshold(0, 100000);
  gc::set_threshold(1, 100000);
  gc::set_threshold(2, 0);
  gc::collect(1);  // generation 2's count is now 1 > 0, but few objects are pending
  EXPECT_LT(gc::long_lived_pending(), total / 4);
  ssize full = gc::get_stats(2).collections;
  EXPECT_EQ(gc::collect_automatic(), -1);
  EXPECT_EQ(gc::get_stats(2).collections, full);

  Object* held = list_new(0);  // enough new long-lived objects to pass 25%
  for (ssize i = 0; i < total / 4 + 10; i++) {
    Object* d = dict_new();
    list_append(held, d);
    decref(d);
  }
  gc::collect(1);
  EXPECT_GE(gc::long_lived_pending(), total / 4);
  EXPECT_EQ(gc::collect_automatic(), 2);
  EXPECT_EQ(gc::get_stats(2).collections, full + 1);
  EXPECT_EQ(gc::long_lived_pending(), 0);
  EXPECT_GE(gc::long_lived_total(), total + total / 4);
  decref(held);
  gc::collect(2);
}

// ---- the heap checker ----------------------------------------------------------------

TEST(GC, HeapCheckerAcceptsAHealthyHeapAndSeesMarks) {
  ensure_runtime();
  gc::collect(2);
  EXPECT_EQ(gc::check_heap(), nullptr);
  Object* l = list_new(0);
  list_append(l, l);
  gc::GCHead* h = gc::head_of(l);
  intptr_t saved = h->gc_refs;
  h->gc_refs |= intptr_t(1) << 60;  // a COLLECTING mark left behind
  const char* p = gc::check_heap();
  ASSERT_NE(p, nullptr);
  EXPECT_NE(std::string(p).find("marks"), std::string::npos) << p;
  h->gc_refs = saved;
  EXPECT_EQ(gc::check_heap(), nullptr);
  gc_untrack(l);  // untracked objects are simply not checked
  EXPECT_EQ(gc::check_heap(), nullptr);
  gc_track(l);
  decref(l);
  EXPECT_EQ(gc::collect(2), 1);
  EXPECT_EQ(gc::check_heap(), nullptr);
}

// ---- weak references (handle_weakrefs) -------------------------------------------------

namespace {

// str(eval(expr)) in the module dict g.
std::string eval_str(Object* g, const char* expr) {
  std::string src = std::string("_result = str(") + expr + ")\n";
  interp::CodeObject* code = interp::compile_source(src.c_str(), "<gctest>", interp::CompileMode::File);
  if (!code) return "<compile error>";
  Object* r = interp::eval_code(code, g, g);
  decref(code);
  if (!r) {
    Object* exc = err_fetch();
    std::string s = interp::format_exception_only(exc);
    xdecref(exc);
    return s;
  }
  decref(r);
  Object* v = dict_getitem_str(g, "_result");
  return v ? std::string(str_view(v)) : "<none>";
}

}  // namespace

TEST(GC, WeakrefsToGarbageAreClearedBeforeFinalizersAndCallbacksRunFirst) {
  ensure_runtime();
  Object* g = run("import _weakref\n"
                  "log = []\n"
                  "class D:\n"
                  "  def __del__(self): log.append(('del', w() is None))\n"
                  "def make():\n"
                  "  global w\n"
                  "  d = D(); d.me = d\n"
                  "  w = _weakref.ref(d, lambda r: log.append(('callback', r() is None)))\n");
  ASSERT_NE(g, nullptr);
  gc::collect(2);
  xdecref(call_global(g, "make"));
  EXPECT_EQ(eval_str(g, "w() is not None"), "True");  // reference counting cannot free the cycle
  EXPECT_GE(gc::collect(2), 2);
  EXPECT_EQ(eval_str(g, "log"), "[('callback', True), ('del', True)]");
  EXPECT_EQ(gc::check_heap(), nullptr);
  decref(g);
  gc::collect(2);
}

TEST(GC, WeakrefCallbacksRunOnlyForReachableWeakrefs) {
  ensure_runtime();
  Object* g = run("import _weakref\n"
                  "log = []\n"
                  "class N: pass\n"
                  "def make():\n"
                  "  global outside\n"
                  "  a = N(); b = N(); a.b = b; b.a = a\n"
                  "  a.inside = _weakref.ref(b, lambda r: log.append('inside'))\n"   // garbage itself
                  "  outside = _weakref.ref(a, lambda r: log.append('outside'))\n");  // reachable
  ASSERT_NE(g, nullptr);
  gc::collect(2);
  xdecref(call_global(g, "make"));
  gc::collect(2);
  EXPECT_EQ(eval_str(g, "log"), "['outside']");
  EXPECT_EQ(eval_str(g, "outside()"), "None");
  EXPECT_EQ(gc::check_heap(), nullptr);
  decref(g);
  gc::collect(2);
}

TEST(GC, WeakrefOutlivingItsCallbackMovesToTheOldGeneration) {
  ensure_runtime();
  Object* g = run("import _weakref\n"
                  "class N: pass\n"
                  "calls = []\n"
                  "holder = {}\n"
                  "def make():\n"
                  "  n = N(); n.me = n\n"
                  "  holder['w'] = _weakref.ref(n, calls.append)\n");
  ASSERT_NE(g, nullptr);
  gc::collect(2);
  xdecref(call_global(g, "make"));
  Object* w = dict_getitem_str(dict_getitem_str(g, "holder"), "w");
  ASSERT_NE(w, nullptr);
  gc::collect(2);  // the weak reference is old now; the cycle is found only by a full collection
  ASSERT_TRUE(in_generation(w, 2));
  EXPECT_EQ(eval_str(g, "len(calls)"), "1");
  EXPECT_TRUE(in_generation(w, 2));
  decref(g);
  gc::collect(2);

  // A young cycle weakly referenced from an old weak reference: the weak
  // reference leaves its generation while its callback runs, and lands in
  // the generation the collection promotes into (as in CPython).
  g = run("import _weakref\n"
          "class N: pass\n"
          "target = N()\n"
          "calls = []\n"
          "w = _weakref.ref(target, calls.append)\n"
          "def make():\n"
          "  global target\n"
          "  target.me = target\n"
          "  target = None\n");
  ASSERT_NE(g, nullptr);
  w = dict_getitem_str(g, "w");
  Object* target = dict_getitem_str(g, "target");
  gc::collect(2);
  ASSERT_TRUE(in_generation(w, 2));
  struct Disabled {  // no automatic (or GC-stress) collection may promote the target meanwhile
    bool was = gc::is_enabled();
    Disabled() { gc::set_enabled(false); }
    ~Disabled() { gc::set_enabled(was); }
  } disabled;
  gc_untrack(target);  // make the target young again: re-tracking appends to generation 0
  gc_track(target);
  ASSERT_TRUE(in_generation(target, 0));
  xdecref(call_global(g, "make"));
  gc::collect(0);
  EXPECT_EQ(eval_str(g, "len(calls)"), "1");
  EXPECT_TRUE(in_generation(w, 1));
  EXPECT_EQ(gc::check_heap(), nullptr);
  decref(g);
  gc::collect(2);
}

TEST(GC, WeakrefFreedByItsCallbackCountsAsCollected) {
  ensure_runtime();
  Object* g = run("import _weakref\n"
                  "class N: pass\n"
                  "holder = {}\n"
                  "def make(drop):\n"
                  "  n = N(); n.me = n\n"
                  "  holder['w'] = _weakref.ref(n, lambda r: holder.pop('w') if drop else None)\n"
                  "def keep(): make(False)\n"
                  "def drop(): make(True)\n"
                  "def clear(): holder.clear()\n");
  ASSERT_NE(g, nullptr);
  gc::collect(2);
  xdecref(call_global(g, "keep"));
  ssize kept = gc::collect(2);
  xdecref(call_global(g, "clear"));
  gc::collect(2);
  ssize before = refchain_length();
  xdecref(call_global(g, "drop"));
  ssize dropped = gc::collect(2);
  EXPECT_EQ(dropped, kept + 1);
  EXPECT_EQ(refchain_length(), before);
  EXPECT_EQ(gc::check_heap(), nullptr);
  decref(g);
  gc::collect(2);
}

TEST(GC, WeakrefListsFromCxx) {
  ensure_runtime();
  Object* g = run("class N: pass\nobj = N()\n");
  ASSERT_NE(g, nullptr);
  Object* obj = dict_getitem_str(g, "obj");
  EXPECT_FALSE(weakref_check_referent(small_int(1)));
  EXPECT_TRUE(err_matches(Exc_TypeError));
  err_clear();
  Object* basic = weakref_new(&WeakRefType, obj, nullptr);
  Object* again = weakref_new(&WeakRefType, obj, None);
  EXPECT_EQ(basic, again);  // the basic reference is shared
  Object* cb = weakref_new(&WeakRefType, obj, names::__name__);  // any object: called only if obj dies
  Object* px = weakproxy_new(obj, nullptr);
  EXPECT_EQ(weakref_count(obj), 3);
  EXPECT_EQ(*weaklist_ptr(obj), basic);
  EXPECT_EQ(as_weakref(basic)->wr_next, as_weakref(px));
  EXPECT_EQ(as_weakref(px)->wr_next, as_weakref(cb));
  EXPECT_TRUE(gc_is_tracked(cb));
  decref(cb);  // dies before its referent: off the list, no callback
  EXPECT_EQ(weakref_count(obj), 2);
  Object* key = str_intern_cstr("obj");
  EXPECT_EQ(dict_delitem(g, key), 0);  // obj dies: the others are cleared
  decref(key);
  EXPECT_EQ(weakref_referent(basic), None);
  EXPECT_EQ(as_weakref(px)->wr_object, nullptr);
  decref(basic);
  decref(again);
  decref(px);
  decref(g);
  gc::collect(2);
}

// The cycle collector: cycles through containers are found, objects
// reachable from outside survive, survivors are promoted.
#include <gtest/gtest.h>

#include "gc/gc.h"
#include "runtime_env.h"

using namespace rt;

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

TEST(GC, SurvivorsArePromoted) {
  ensure_runtime();
  gc::collect(2);
  Object* l = list_new(0);
  int before1 = gc::get_count(1);
  gc::collect(0);
  EXPECT_EQ(gc::get_count(0), 0);
  EXPECT_EQ(gc::get_count(1), before1 + 1);
  decref(l);
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

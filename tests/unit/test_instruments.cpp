// The instruments: per-type allocation counts, the free-list and small-int
// counters, the collector's records, the option parser and the JSON writers.
// Counting is switched on for the test and restored afterwards so other
// tests run with instruments off.
#include <gtest/gtest.h>

#include <string>

#include "gc/gc.h"
#include "runtime/instruments/instruments_impl.h"
#include "runtime_env.h"

using namespace rt;

namespace {

struct Counting {
  bool was;
  Counting() : was(ins::enabled) { ins::enabled = true; }
  ~Counting() { ins::enabled = was; }
};

uint64_t created_of(const char* name) {
  uint64_t n = 0;
  for (const ins::TypeCount& t : ins::type_counts())
    if (t.name == name) n += t.created;
  return n;
}
uint64_t freed_of(const char* name) {
  uint64_t n = 0;
  for (const ins::TypeCount& t : ins::type_counts())
    if (t.name == name) n += t.freed;
  return n;
}

}  // namespace

TEST(Instruments, CountsObjectsPerType) {
  ensure_runtime();
  Counting on;
  uint64_t c0 = created_of("int"), f0 = freed_of("int");
  for (int i = 0; i < 10; i++) {
    Object* o = int_from_i64(1000000 + i);
    decref(o);
  }
  EXPECT_EQ(created_of("int") - c0, 10u);
  EXPECT_EQ(freed_of("int") - f0, 10u);
}

TEST(Instruments, SmallIntsAndFreeLists) {
  ensure_runtime();
  Counting on;
  uint64_t small0 = ins::alloc.smallint_hits;
  Object* o = int_from_i64(7);
  decref(o);
  EXPECT_EQ(ins::alloc.smallint_hits - small0, 1u);

  Object* a = float_from_double(1.5);
  decref(a);  // goes to the free list
  uint64_t hits0 = ins::alloc.float_hits;
  Object* b = float_from_double(2.5);  // comes back from it
  EXPECT_EQ(ins::alloc.float_hits - hits0, 1u);
  decref(b);

  Object* l = list_new(0);
  decref(l);
  uint64_t lh0 = ins::alloc.list_hits;
  Object* l2 = list_new(0);
  EXPECT_EQ(ins::alloc.list_hits - lh0, 1u);
  decref(l2);
}

TEST(Instruments, CollectionsAreRecorded) {
  ensure_runtime();
  Counting on;
  ins::GenTotals before = ins::gen_totals[2];
  // a two-list cycle
  Object* x = list_new(0);
  Object* y = list_new(0);
  list_append(x, y);
  list_append(y, x);
  decref(x);
  decref(y);
  ssize n = gc::collect(2);
  EXPECT_GE(n, 2);
  const ins::GenTotals& after = ins::gen_totals[2];
  EXPECT_EQ(after.collections - before.collections, 1);
  EXPECT_GE(after.collected - before.collected, 2);
  EXPECT_GE(after.examined - before.examined, 2);
  EXPECT_GE(after.max_ns, 0);
}

TEST(Instruments, ParsesOptions) {
  const char* args[] = {"pyglass", "--stats-json", "out.json", "--explore", "12", "--sched", "pct", "--expect", "0",
                        "--sched", "nope", "--explore", "x"};
  char** argv = const_cast<char**>(args);
  int argc = int(sizeof args / sizeof *args);
  ins::Options saved = ins::options;
  int i = 1;
  EXPECT_EQ(ins::parse_option(argc, argv, i), 1);
  EXPECT_EQ(ins::options.stats_json, "out.json");
  i++;
  EXPECT_EQ(ins::parse_option(argc, argv, i), 1);
  EXPECT_EQ(ins::options.explore_runs, 12);
  i++;
  EXPECT_EQ(ins::parse_option(argc, argv, i), 1);
  EXPECT_EQ(ins::options.sched, "pct");
  i++;
  EXPECT_EQ(ins::parse_option(argc, argv, i), 1);
  ASSERT_EQ(ins::options.expects.size(), saved.expects.size() + 1);
  i++;
  testing::internal::CaptureStderr();
  EXPECT_EQ(ins::parse_option(argc, argv, i), -1);  // --sched nope
  i++;
  EXPECT_EQ(ins::parse_option(argc, argv, i), -1);  // --explore x
  testing::internal::GetCapturedStderr();
  int j = 0;
  EXPECT_EQ(ins::parse_option(argc, argv, j), 0);  // "pyglass" is not an option
  ins::options = saved;
}

TEST(Instruments, StatsJsonHasTheSchemaFields) {
  ensure_runtime();
  std::string j = ins::stats_json();
  for (const char* key : {"\"version\": 1", "\"threads\"", "\"gc\"", "\"alloc\"", "\"float_freelist\"",
                          "\"list_freelist\"", "\"small_int_hits\"", "\"interned\"", "\"by_type\"", "\"refchain\"",
                          "\"switches\"", "\"wall_s\"", "\"cpu_s\""})
    EXPECT_NE(j.find(key), std::string::npos) << key;
  EXPECT_EQ(ins::json_escape("a\"b\\c\n"), "\"a\\\"b\\\\c\\n\"");
}

TEST(Instruments, TraceJsonNamesEveryThread) {
  ensure_runtime();
  Counting on;
  ins::current_thread_rec();  // the test thread has a record
  std::string t = ins::trace_json();
  EXPECT_NE(t.find("\"traceEvents\""), std::string::npos);
  EXPECT_NE(t.find("\"thread_name\""), std::string::npos);
}

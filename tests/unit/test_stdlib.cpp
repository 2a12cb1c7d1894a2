// Unit tests for the standard library part: MT19937, struct sequences, os.path, files.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "runtime/api.h"
#include "stdlib/fileio.h"
#include "stdlib/modules.h"
#include "stdlib/structseq.h"
#include "tests/unit/runtime_env.h"

namespace stdlib {
uint32_t mt_test_output(uint32_t seed, bool by_array, int n);  // stdlib/randommodule.cpp
}

using namespace rt;

namespace {

// Call module.fn(args...) with str arguments; returns a new reference.
Object* call_str(Object* module, const char* fn, std::initializer_list<const char*> args) {
  Object* f = module_getattr_str(module, fn);
  EXPECT_NE(f, nullptr) << fn;
  if (!f) return nullptr;
  Object* argv[4];
  ssize n = 0;
  for (const char* a : args) argv[n++] = str_from_cstr(a);
  Object* r = call(f, argv, n);
  for (ssize i = 0; i < n; i++) decref(argv[i]);
  return r;
}

std::string as_text(Object* o) {
  if (!o) return "<null>";
  if (is_str(o)) return std::string(str_view(o));
  Object* r = object_repr(o);
  std::string s = r ? std::string(str_view(r)) : "<error>";
  xdecref(r);
  return s;
}

}  // namespace

TEST(StdlibRandom, MersenneTwisterGenrandSeed5489) {
  ensure_runtime();
  // The reference MT19937 output for init_genrand(5489).
  EXPECT_EQ(stdlib::mt_test_output(5489, false, 0), 3499211612u);
  EXPECT_EQ(stdlib::mt_test_output(5489, false, 1), 581869302u);
}

TEST(StdlibRandom, MersenneTwisterByArraySeed42) {
  ensure_runtime();
  // random.seed(42); [random.getrandbits(32) for _ in range(3)] in CPython.
  EXPECT_EQ(stdlib::mt_test_output(42, true, 0), 2746317213u);
  EXPECT_EQ(stdlib::mt_test_output(42, true, 1), 478163327u);
  EXPECT_EQ(stdlib::mt_test_output(42, true, 2), 107420369u);
}

TEST(StdlibRandom, RandomMatchesCPython) {
  ensure_runtime();
  Object* m = stdlib::init_random_module();
  ASSERT_NE(m, nullptr);
  Object* cls = module_getattr_str(m, "Random");
  ASSERT_NE(cls, nullptr);
  Object* gen = call1(cls, small_int(42));
  ASSERT_NE(gen, nullptr);
  Object* r = call_method0(gen, str_intern_cstr("random"));
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(float_as_double(r), 0.6394267984578837);
  decref(r);
  decref(gen);
  decref(m);
}

TEST(StdlibStructSeq, GmtimeIsIndexableAndNamed) {
  ensure_runtime();
  Object* m = stdlib::init_time_module();
  ASSERT_NE(m, nullptr);
  Object* gmtime = module_getattr_str(m, "gmtime");
  ASSERT_NE(gmtime, nullptr);
  Object* t = call1(gmtime, small_int(0));
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(is_tuple(t));
  EXPECT_EQ(object_length(t), 9);
  Object* year = object_getitem(t, small_int(0));
  ASSERT_NE(year, nullptr);
  EXPECT_EQ(int_as_i64(year), 1970);
  decref(year);
  Object* wday = object_getattr_str(t, "tm_wday");
  ASSERT_NE(wday, nullptr);
  EXPECT_EQ(int_as_i64(wday), 3);
  decref(wday);
  Object* zone = object_getattr_str(t, "tm_zone");
  ASSERT_NE(zone, nullptr);
  EXPECT_EQ(as_text(zone), "GMT");
  decref(zone);
  EXPECT_EQ(as_text(object_repr(t)).substr(0, 33), "time.struct_time(tm_year=1970, tm");
  decref(t);
  decref(m);
}

TEST(StdlibStructSeq, VersionInfoComparesLikeTuple) {
  ensure_runtime();
  Object* vi = sys_get_object("version_info");
  ASSERT_NE(vi, nullptr);
  Object* t = tuple_pack(2, small_int(3), small_int(8));
  EXPECT_EQ(object_richcompare_bool(vi, t, CMP_GT), 1);
  decref(t);
  Object* major = object_getattr_str(vi, "major");
  ASSERT_NE(major, nullptr);
  EXPECT_EQ(int_as_i64(major), 3);
  decref(major);
  EXPECT_EQ(as_text(object_repr(vi)),
            "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
}

TEST(StdlibFile, TextRoundTrip) {
  ensure_runtime();
  const char* path = "/tmp/pyglass_test_stdlib_file.txt";
  Object* name = str_from_cstr(path);
  Object* mode_w = str_from_cstr("w");
  Object* args[2] = {name, mode_w};
  Object* f = file_open(args, 2, nullptr);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(file_write_cstr(f, "h\xc3\xa9llo\r\n\xe4\xb8\x96\n"), 0);
  Object* r = call_method0(f, names::close);
  ASSERT_NE(r, nullptr);
  decref(r);
  decref(f);
  f = file_open(args, 1, nullptr);
  ASSERT_NE(f, nullptr);
  Object* line = stdlib::file_readline(f, -1);
  EXPECT_EQ(as_text(line), "h\xc3\xa9llo\n");  // universal newlines
  xdecref(line);
  Object* rest = call_method0(f, names::read);
  EXPECT_EQ(as_text(rest), "\xe4\xb8\x96\n");
  xdecref(rest);
  decref(f);
  decref(name);
  decref(mode_w);
  std::remove(path);
}

// rt::err_warn goes through the _warnings filters: "error" turns the warning
// into the pending exception (and -1), "ignore" drops it.
TEST(StdlibWarnings, ErrWarnFollowsTheFilters) {
  ensure_runtime();
  Object* mod = import_module("_warnings");
  ASSERT_NE(mod, nullptr);
  Object* filters = module_getattr_str(mod, "filters");
  ASSERT_NE(filters, nullptr);
  ASSERT_TRUE(is_list(filters));
  ssize before = size_of(filters);
  auto push = [&](const char* action) {
    Object* a = str_from_cstr(action);
    Object* zero = int_from_i64(0);
    Object* f = tuple_pack(5, a, None, static_cast<Object*>(Exc_RuntimeWarning), None, zero);
    Object* i0 = int_from_i64(0);
    Object* r = call_method(filters, names::insert, std::initializer_list<Object*>{i0, f}.begin(), 2);
    ASSERT_NE(r, nullptr);
    decref(r);
    decref(a);
    decref(zero);
    decref(f);
    decref(i0);
    Object* mutated = call_str(mod, "_filters_mutated", {});
    ASSERT_NE(mutated, nullptr);
    decref(mutated);
  };
  push("error");
  EXPECT_EQ(err_warn(Exc_RuntimeWarning, "made an error", 1), -1);
  Object* exc = err_fetch();
  ASSERT_NE(exc, nullptr);
  EXPECT_EQ(type_of(exc), Exc_RuntimeWarning);
  EXPECT_EQ(as_text(exc), "RuntimeWarning('made an error')");
  decref(exc);
  push("ignore");
  EXPECT_EQ(err_warn(Exc_RuntimeWarning, "dropped", 1), 0);
  EXPECT_EQ(err_occurred(), nullptr);
  Object* sl = slice_new(nullptr, int_from_i64(2), nullptr);  // remove the two filters again
  ASSERT_EQ(object_delitem(filters, sl), 0);
  decref(sl);
  EXPECT_EQ(size_of(filters), before);
  decref(mod);
}

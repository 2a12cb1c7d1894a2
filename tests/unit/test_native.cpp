// Unit tests for the plumbing of the native modules (stdlib/native.h):
// readying a static type on first import makes what readying created
// immortal, and the argument parser gives CPython's messages.
#include <gtest/gtest.h>

#include <string>

#include "runtime/api.h"
#include "stdlib/native.h"
#include "tests/unit/runtime_env.h"

using namespace rt;
namespace native = stdlib::native;

namespace {

// The pending exception's message (and clear it), or "" if none.
std::string take_error() {
  Object* e = err_fetch();
  if (!e) return "";
  Object* s = object_str(e);
  std::string msg = s ? std::string(str_view(s)) : "<unprintable>";
  xdecref(s);
  decref(e);
  return msg;
}

Object* noop_method(Object* self, Object* const*, ssize, Object*) { return newref(self); }
MethodDef probe_methods[] = {{"probe_one", noop_method, METH_DEFAULT, "a method"},
                             {"probe_two", noop_method, METH_DEFAULT, nullptr},
                             {nullptr, nullptr, 0, nullptr}};
TypeObject ProbeType;

bool parse_ok(const char* spec, std::initializer_list<Object*> pos, Object* kwnames,
              std::initializer_list<Object*> kwvalues, native::ArgStyle style, Object** out) {
  Object* argv[8];
  ssize n = 0;
  for (Object* o : pos) argv[n++] = o;
  ssize nargs = n;
  for (Object* o : kwvalues) argv[n++] = o;
  return native::parse("f", argv, nargs, kwnames, spec, out, style);
}

}  // namespace

TEST(NativeModules, ReadyTypesMakesWhatReadyingCreatedImmortal) {
  ensure_runtime();
  ProbeType.tp_name = "probe.Probe";
  ProbeType.tp_basicsize = sizeof(Object);
  ProbeType.tp_flags = TPFLAG_IMMUTABLE;
  ProbeType.tp_methods = probe_methods;
  ProbeType.tp_doc = "a probe type";
  ASSERT_EQ(native::ready_types({&ProbeType}), 0);
  EXPECT_TRUE(has_flag(&ProbeType, TPFLAG_READY));
  EXPECT_TRUE(is_immortal(&ProbeType));
  ASSERT_NE(ProbeType.tp_dict, nullptr);
  EXPECT_TRUE(is_immortal(ProbeType.tp_dict));
  EXPECT_TRUE(is_immortal(ProbeType.tp_mro));
  Object* m = dict_getitem_str(ProbeType.tp_dict, "probe_one");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(is_immortal(m));
  EXPECT_TRUE(is_immortal(dict_getitem_str(ProbeType.tp_dict, "__doc__")));
  // Readying again changes nothing.
  EXPECT_EQ(native::ready_types({&ProbeType}), 0);
  // Objects made afterwards are mortal again.
  Object* later = str_from_cstr("made later");
  EXPECT_FALSE(is_immortal(later));
  decref(later);
}

TEST(NativeModules, ParseClinicAndGetargsMessages) {
  ensure_runtime();
  Object* out[4];
  Object* one = int_from_i64(1);
  EXPECT_FALSE(parse_ok("a|b$c", {one, one, one}, nullptr, {}, native::ArgStyle::Clinic, out));
  EXPECT_EQ(take_error(), "f() takes at most 2 positional arguments (3 given)");
  Object* kw = tuple_pack(1, str_intern_cstr("zz"));
  EXPECT_FALSE(parse_ok("a|b", {one, one}, kw, {one}, native::ArgStyle::Getargs, out));
  EXPECT_EQ(take_error(), "f() takes at most 2 arguments (3 given)");
  EXPECT_FALSE(parse_ok("a|b", {one}, kw, {one}, native::ArgStyle::Clinic, out));
  EXPECT_EQ(take_error(), "'zz' is an invalid keyword argument for f()");
  Object* kwa = tuple_pack(1, str_intern_cstr("a"));
  EXPECT_FALSE(parse_ok("a|b", {one}, kwa, {one}, native::ArgStyle::Clinic, out));
  EXPECT_EQ(take_error(), "argument for f() given by name ('a') and position (1)");
  EXPECT_FALSE(parse_ok("a,b", {one}, nullptr, {}, native::ArgStyle::Clinic, out));
  EXPECT_EQ(take_error(), "f() missing required argument 'b' (pos 2)");
  EXPECT_FALSE(parse_ok("a,/,b", {}, nullptr, {}, native::ArgStyle::Clinic, out));
  EXPECT_EQ(take_error(), "f() takes at least 1 positional argument (0 given)");
  Object* kwc = tuple_pack(1, str_intern_cstr("c"));
  ASSERT_TRUE(parse_ok("a|b$c", {one}, kwc, {one}, native::ArgStyle::Clinic, out));
  EXPECT_EQ(out[0], one);
  EXPECT_EQ(out[1], nullptr);
  EXPECT_EQ(out[2], one);
  decref(kw);
  decref(kwa);
  decref(kwc);
}

TEST(NativeModules, ArgumentCountsAndIntegers) {
  ensure_runtime();
  EXPECT_FALSE(native::check_getargs_count("insert", 1, 2, 2));
  EXPECT_EQ(take_error(), "insert() takes exactly 2 arguments (1 given)");
  EXPECT_FALSE(native::check_getargs_count("index", 0, 1, 3));
  EXPECT_EQ(take_error(), "index() takes at least 1 argument (0 given)");
  EXPECT_FALSE(native::check_getargs_count("index", 4, 1, 3));
  EXPECT_EQ(take_error(), "index() takes at most 3 arguments (4 given)");
  EXPECT_FALSE(native::check_no_args("deque.pop", 1, nullptr));
  EXPECT_EQ(take_error(), "deque.pop() takes no arguments (1 given)");
  ssize v = 0;
  Object* s = str_from_cstr("x");
  EXPECT_FALSE(native::ssize_arg(s, &v));
  EXPECT_EQ(take_error(), "'str' object cannot be interpreted as an integer");
  EXPECT_FALSE(native::ssize_from_int(s, &v));
  EXPECT_EQ(take_error(), "an integer is required");
  decref(s);
  Object* big = int_from_string("100000000000000000000000", 10);
  EXPECT_FALSE(native::ssize_arg(big, &v));
  EXPECT_EQ(take_error(), "Python int too large to convert to C ssize_t");
  decref(big);
  Object* n = int_from_i64(-42);
  EXPECT_TRUE(native::ssize_arg(n, &v));
  EXPECT_EQ(v, -42);
  decref(n);
  EXPECT_STREQ(native::short_name(&TupleType), "tuple");
}

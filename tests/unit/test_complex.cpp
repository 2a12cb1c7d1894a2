// Unit tests for complex arithmetic (runtime/complex.cpp) and for the layout
// of instances of classes derived from variable-size built-ins
// (runtime/type_new.cpp, object_var_end).  Expected values were computed with
// python3 (CPython 3.11).
#include <gtest/gtest.h>

#include <cerrno>
#include <cmath>
#include <cstring>

#include "runtime/numbers/complex.h"
#include "runtime/types/descr.h"
#include "runtime/types/type.h"
#include "tests/unit/runtime_env.h"

using namespace rt;

namespace {

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// A class made through type(name, (base,), dict with __slots__ when given).
Object* make_class(const char* name, TypeObject* base, Object* slots) {
  Object* n = str_from_cstr(name);
  Object* b = tuple_pack(1, static_cast<Object*>(base));
  Object* d = dict_new();
  if (slots) dict_setitem_str(d, "__slots__", slots);
  Object* a[3] = {n, b, d};
  Object* cls = call(&TypeType, a, 3);
  decref(n);
  decref(b);
  decref(d);
  return cls;
}

}  // namespace

TEST(Complex, QuotientBySmithsMethod) {
  int err = 0;
  // (1+2j) / (3+4j) == (0.44+0.08j) in CPython
  Complex q = c_quot({1, 2}, {3, 4}, &err);
  EXPECT_EQ(err, 0);
  EXPECT_TRUE(same_bits(q.real, 0.44));
  EXPECT_TRUE(same_bits(q.imag, 0.08));
  // No overflow through |b|**2: (1e200+1e200j) / (1e200+1e200j) == 1
  q = c_quot({1e200, 1e200}, {1e200, 1e200}, &err);
  EXPECT_EQ(q.real, 1.0);
  EXPECT_EQ(q.imag, 0.0);
  c_quot({1, 1}, {0.0, -0.0}, &err);
  EXPECT_EQ(err, EDOM);
  err = 0;
  q = c_quot({5, 0}, {NAN, 1}, &err);
  EXPECT_TRUE(std::isnan(q.real) && std::isnan(q.imag));
  EXPECT_EQ(err, 0);
}

TEST(Complex, IntegralPowersAreRepeatedMultiplication) {
  int err = 0;
  Complex p = c_pow({1, 1}, {8, 0}, &err);  // exactly 16+0j
  EXPECT_EQ(err, 0);
  EXPECT_EQ(p.real, 16.0);
  EXPECT_EQ(p.imag, 0.0);
  p = c_pow({1, 1}, {100, 0}, &err);  // (-1125899906842624+0j)
  EXPECT_EQ(p.real, -1125899906842624.0);
  p = c_pow({1, 1}, {101, 0}, &err);  // beyond 100: the polar form, (-1125899906842634.5-1125899906842629.5j)
  EXPECT_TRUE(same_bits(p.real, -1125899906842634.5));
  EXPECT_TRUE(same_bits(p.imag, -1125899906842629.5));
  c_pow({0, 0}, {-1, 0}, &err);
  EXPECT_EQ(err, EDOM);
  err = 0;
  c_pow({0, 0}, {0, 1}, &err);
  EXPECT_EQ(err, EDOM);
  err = 0;
  c_pow({0, 1e200}, {2, 0}, &err);
  EXPECT_EQ(err, ERANGE);
  err = 0;
  p = c_pow({0, 0}, {0, 0}, &err);
  EXPECT_EQ(err, 0);
  EXPECT_EQ(p.real, 1.0);
}

TEST(Complex, AbsoluteValue) {
  int err = 0;
  EXPECT_EQ(c_abs({3, 4}, &err), 5.0);
  EXPECT_EQ(c_abs({INFINITY, NAN}, &err), INFINITY);  // an infinite part wins over a NaN
  EXPECT_TRUE(std::isnan(c_abs({NAN, 1}, &err)));
  EXPECT_EQ(err, 0);
  c_abs({1.7e308, 1.7e308}, &err);
  EXPECT_EQ(err, ERANGE);
}

TEST(Complex, PartRepr) {
  EXPECT_EQ(complex_part_repr(1.0, false), "1");
  EXPECT_EQ(complex_part_repr(-0.0, false), "-0");
  EXPECT_EQ(complex_part_repr(2.5, true), "+2.5");
  EXPECT_EQ(complex_part_repr(NAN, true), "+nan");
  EXPECT_EQ(complex_part_repr(-INFINITY, true), "-inf");
  EXPECT_EQ(complex_part_repr(1e16, false), "1e+16");
}

TEST(Complex, HashMatchesRealNumbers) {
  ensure_runtime();
  Object* z = complex_from_doubles(2.5, 0.0);
  Object* f = float_from_double(2.5);
  EXPECT_EQ(object_hash(z), object_hash(f));
  decref(z);
  decref(f);
  z = complex_from_doubles(0.0, 1.0);
  EXPECT_EQ(object_hash(z), 1000003);
  decref(z);
  z = complex_from_doubles(-1.0, 0.0);
  EXPECT_EQ(object_hash(z), -2);  // -1 is reserved for errors
  decref(z);
}

TEST(SubclassLayout, StrSubclassWordsFollowTheText) {
  ensure_runtime();
  Object* a = str_from_cstr("a");
  Object* slots = tuple_pack(2, a, names::__dict__);
  decref(a);
  Object* cls = make_class("S", &StrType, slots);
  decref(slots);
  ASSERT_NE(cls, nullptr);
  auto* t = static_cast<TypeObject*>(cls);
  // One slot then the dict, both after the text: the dict is the second added word.
  EXPECT_EQ(t->tp_basicsize, StrType.tp_basicsize + 2 * ssize(sizeof(Object*)));
  EXPECT_EQ(t->tp_dictoffset, -2 * ssize(sizeof(Object*)));
  Object* member = dict_getitem_str(t->tp_dict, "a");
  ASSERT_NE(member, nullptr);
  EXPECT_TRUE(static_cast<MemberDescrObject*>(member)->flags & MEMBER_VAREND);
  for (const char* text : {"", "x", "1234567", "12345678", "\xc3\xa9t\xc3\xa9 long enough to span words"}) {
    Object* s = str_from_cstr(text);
    Object* inst = call1(cls, s);
    ASSERT_NE(inst, nullptr);
    char* end = object_var_end(inst);
    EXPECT_EQ((end - reinterpret_cast<char*>(inst)) % ssize(sizeof(void*)), 0);
    // The text (with its NUL) ends before the added words.
    EXPECT_LE(as_str(inst)->data + as_str(inst)->utf8_len + 1, end);
    EXPECT_EQ(reinterpret_cast<char*>(object_dict_ptr(inst)), end + sizeof(Object*));
    EXPECT_TRUE(str_equal(inst, s));
    decref(inst);
    decref(s);
  }
  decref(cls);
}

TEST(SubclassLayout, SlotsRefusedWhereCPythonIsVariableSize) {
  ensure_runtime();
  for (TypeObject* base : {&IntType, &TupleType, &TypeType}) {
    Object* slots = tuple_pack(1, names::__dict__);
    Object* cls = make_class("V", base, slots);
    decref(slots);
    EXPECT_EQ(cls, nullptr) << base->tp_name;
    Object* e = err_fetch();
    ASSERT_NE(e, nullptr);
    Object* msg = object_str(e);
    EXPECT_EQ(std::string(str_view(msg)),
              std::string("nonempty __slots__ not supported for subtype of '") + base->tp_name + "'");
    decref(msg);
    decref(e);
  }
}

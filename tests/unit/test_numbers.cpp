// Unit tests for the numbers area: BigInt arithmetic, int/float objects,
// float repr, numeric hashes and the format-spec mini-language.
// Expected values were computed with python3 (CPython 3.11).
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "runtime/numbers/bigint.h"
#include "runtime/numbers/float.h"
#include "runtime/numbers/int.h"
#include "runtime_env.h"

using namespace rt;

namespace {

BigInt P(const char* s) {
  bool neg = *s == '-';
  if (neg) s++;
  BigInt r;
  EXPECT_TRUE(bigint_from_digits(s, 10, &r));
  return neg ? r.negated() : r;
}
std::string S(const BigInt& b) { return bigint_to_string(b, 10); }

std::string as_std(Object* s) {
  EXPECT_NE(s, nullptr);
  if (!s) {
    err_clear();
    return "<error>";
  }
  std::string r(str_view(s));
  decref(s);
  return r;
}

std::string fmt_int(int64_t v, const char* spec) {
  Object* o = int_from_i64(v);
  std::string r = as_std(format_int(o, spec));
  decref(o);
  return r;
}

}  // namespace

TEST(NumbersBigInt, Arithmetic) {
  ensure_runtime();
  BigInt a = P("123456789012345678901234567890123456789012345678901234567890");
  BigInt b = P("-98765432109876543210987654321");
  EXPECT_EQ(S(bigint_mul(a, b)),
            "-12193263113702179522618503273374485596337448559633744855963362292333223746380111126352690");
  BigInt q, r;
  bigint_divmod(a, b, &q, &r);
  EXPECT_EQ(S(q), "-1249999988609375000142382812500");
  EXPECT_EQ(S(r), "-52324461005232446100523244610");
  EXPECT_EQ(S(bigint_pow(P("3"), 200)),
            "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001");
  EXPECT_EQ(S(bigint_sub(bigint_add(a, b), b)), S(a));
}

TEST(NumbersBigInt, PowModShiftsBitwise) {
  ensure_runtime();
  BigInt out;
  ASSERT_TRUE(bigint_powmod(P("12345678901234567890"), P("-1"), P("1000000007"), &out));
  EXPECT_EQ(S(out), "782581696");
  EXPECT_FALSE(bigint_powmod(P("2"), P("-1"), P("4"), &out));
  EXPECT_EQ(bigint_to_string(bigint_and(P("-12345678901234567890123"), P("98765432109876543210")), 16, true),
            "0x1801010884243a20");
  EXPECT_EQ(S(bigint_rshift(P("-12345678901234567890123"), 37)), "-89826636404");
  EXPECT_EQ(S(bigint_isqrt(bigint_pow(P("10"), 41))), "316227766016837933199");
}

TEST(NumbersBigInt, KaratsubaMatchesSchoolbook) {
  ensure_runtime();
  // (7**500)**2 // 7**500 == 7**500 exercises Karatsuba and algorithm D together.
  BigInt x = bigint_pow(P("7"), 500);
  BigInt sq = bigint_mul(x, x);
  BigInt q, r;
  bigint_divmod(sq, x, &q, &r);
  EXPECT_EQ(bigint_cmp(q, x), 0);
  EXPECT_TRUE(r.is_zero());
  std::string s = S(x);
  EXPECT_EQ(s.size(), 423u);
  EXPECT_EQ(s.substr(0, 40), "3540136494495259314262794429906420535804");
}

TEST(NumbersBigInt, Hash) {
  ensure_runtime();
  EXPECT_EQ(bigint_hash(bigint_pow(P("2"), 100)), 549755813888);
  EXPECT_EQ(bigint_hash(bigint_pow(P("2"), 100).negated()), -549755813888);
  EXPECT_EQ(bigint_hash(P("2305843009213693951")), 0);
  EXPECT_EQ(bigint_hash(P("-1")), -2);
}

TEST(NumbersInt, SmallCacheAndNormalization) {
  ensure_runtime();
  Object* a = int_from_i64(256);
  EXPECT_EQ(a, small_int(256));
  decref(a);
  Object* b = int_from_i64(-5);
  EXPECT_EQ(b, small_int(-5));
  decref(b);
  Object* c = int_from_string("18446744073709551616", 10);  // 2**64
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(int_fits_i64(c));
  Object* d = int_from_string("-9223372036854775808", 10);
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(int_fits_i64(d));
  EXPECT_EQ(int_small_value(d), INT64_MIN);
  decref(c);
  decref(d);
  Object* e = int_from_string(" 0x_1f ", 0);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(int_small_value(e), 31);
  decref(e);
  EXPECT_EQ(int_from_string("12z", 10), nullptr);
  EXPECT_TRUE(err_matches(Exc_ValueError));
  err_clear();
}

TEST(NumbersInt, Strings) {
  ensure_runtime();
  Object* v = int_from_i64(-5);
  EXPECT_EQ(as_std(int_to_base_string(v, 2, true)), "-0b101");
  decref(v);
  Object* w = int_from_i64(255);
  EXPECT_EQ(as_std(int_to_base_string(w, 16, true)), "0xff");
  EXPECT_EQ(as_std(int_to_decimal_string(w)), "255");
  decref(w);
}

TEST(NumbersInt, DoubleConversions) {
  ensure_runtime();
  Object* big = int_from_string("9007199254740993", 10);  // 2**53 + 1
  EXPECT_EQ(int_compare_double(big, 9007199254740992.0), 1);
  EXPECT_EQ(int_as_double(big), 9007199254740992.0);
  decref(big);
  Object* huge = int_from_string(  // 2**1023 * 3 // 2
      "1348269851146736930796978893091768550213482734206729929550725608682995068541257223495313579918056520"
      "1584008540990354501824409232661081246686963557297960559328332592006864911395722666470093457058958981"
      "2214063754326628613011756847161105434832905620427872512883013439723679960434453859787228626517247218"
      "168102912",
      10);
  ASSERT_NE(huge, nullptr);
  EXPECT_EQ(int_as_double(huge), 1.348269851146737e+308);
  decref(huge);
}

TEST(NumbersFloat, Repr) {
  ensure_runtime();
  EXPECT_EQ(float_repr_std(0.1), "0.1");
  EXPECT_EQ(float_repr_std(1e16), "1e+16");
  EXPECT_EQ(float_repr_std(1.5e-7), "1.5e-07");
  EXPECT_EQ(float_repr_std(123456789.0), "123456789.0");
  EXPECT_EQ(float_repr_std(1e22), "1e+22");
  EXPECT_EQ(float_repr_std(0.0001), "0.0001");
  EXPECT_EQ(float_repr_std(-0.0), "-0.0");
  EXPECT_EQ(float_repr_std(HUGE_VAL), "inf");
  EXPECT_EQ(float_repr_std(-HUGE_VAL), "-inf");
  EXPECT_EQ(float_repr_std(std::nan("")), "nan");
  EXPECT_EQ(float_repr_std(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(float_repr_std(5e-324), "5e-324");
  EXPECT_EQ(float_repr_std(12345678901234567.0), "1.2345678901234568e+16");
}

TEST(NumbersFloat, Hash) {
  ensure_runtime();
  EXPECT_EQ(hash_double(1.0), 1);
  EXPECT_EQ(hash_double(0.5), 1152921504606846976);
  EXPECT_EQ(hash_double(-1.0), -2);
  EXPECT_EQ(hash_double(0.1), 230584300921369408);
  EXPECT_EQ(hash_double(-2.5), -1152921504606846978);
  EXPECT_EQ(hash_double(1e100), 1822893315824342674);
  EXPECT_EQ(hash_double(HUGE_VAL), 314159);
}

TEST(NumbersFloat, FreeListReusesMemory) {
  ensure_runtime();
  Object* v = float_from_double(3.14);
  Object* addr = v;
  decref(v);
  Object* w = float_from_double(999.99);
  EXPECT_EQ(w, addr);
  decref(w);
}

TEST(NumbersFloat, Rounding) {
  ensure_runtime();
  double r;
  ASSERT_TRUE(float_round_ndigits(2.675, 2, &r));
  EXPECT_EQ(r, 2.67);
  ASSERT_TRUE(float_round_ndigits(1234.5678, -2, &r));
  EXPECT_EQ(r, 1200.0);
  ASSERT_TRUE(float_round_ndigits(-1.5, -1, &r));
  EXPECT_TRUE(r == 0 && std::signbit(r));
}

TEST(NumbersFormat, Ints) {
  ensure_runtime();
  EXPECT_EQ(fmt_int(1234567, ","), "1,234,567");
  EXPECT_EQ(fmt_int(255, "b"), "11111111");
  EXPECT_EQ(fmt_int(255, "#x"), "0xff");
  EXPECT_EQ(fmt_int(1234, "010,"), "00,001,234");
  EXPECT_EQ(fmt_int(1234, "08,"), "0,001,234");
  EXPECT_EQ(fmt_int(255, "#012_x"), "0x0_0000_00ff");
  EXPECT_EQ(fmt_int(5, "*^9"), "****5****");
  EXPECT_EQ(fmt_int(-5, "=+8"), "-      5");
  EXPECT_EQ(fmt_int(42, ">8"), "      42");
  EXPECT_EQ(fmt_int(1, "e"), "1.000000e+00");
  Object* o = int_from_i64(3);
  EXPECT_EQ(format_int(o, ".2"), nullptr);
  EXPECT_TRUE(err_matches(Exc_ValueError));
  err_clear();
  decref(o);
}

TEST(NumbersFormat, Floats) {
  ensure_runtime();
  EXPECT_EQ(as_std(format_float(3.14159, ".1f")), "3.1");
  EXPECT_EQ(as_std(format_float(3.14159, "08.3f")), "0003.142");
  EXPECT_EQ(as_std(format_float(12345.6789, ",.1f")), "12,345.7");
  EXPECT_EQ(as_std(format_float(1.0 / 3, ".3")), "0.333");
  EXPECT_EQ(as_std(format_float(12345.678, "e")), "1.234568e+04");
  EXPECT_EQ(as_std(format_float(12345.6789, ".5")), "1.2346e+04");
  EXPECT_EQ(as_std(format_float(999999.5, "#g")), "1.00000e+06");
  EXPECT_EQ(as_std(format_float(0.25, ".1%")), "25.0%");
  EXPECT_EQ(as_std(format_float(-0.0, "z.1f")), "0.0");
  EXPECT_EQ(as_std(format_float(HUGE_VAL, "010")), "0000000inf");
  EXPECT_EQ(format_float(3.0, "d"), nullptr);
  EXPECT_TRUE(err_matches(Exc_ValueError));
  err_clear();
}

TEST(NumbersFormat, Strings) {
  ensure_runtime();
  Object* s = str_from_cstr("主进程结束");
  EXPECT_EQ(as_std(format_str(s, "^9")), "  主进程结束  ");
  EXPECT_EQ(as_std(format_str(s, ".2")), "主进");
  EXPECT_EQ(format_str(s, ","), nullptr);
  EXPECT_TRUE(err_matches(Exc_ValueError));
  err_clear();
  decref(s);
  Object* t = str_from_cstr("ab");
  EXPECT_EQ(as_std(format_str(t, "*<5")), "ab***");
  EXPECT_EQ(as_std(format_str(t, "05")), "ab000");
  decref(t);
}

TEST(NumbersInt, TrueDivisionIsCorrectlyRounded) {
  ensure_runtime();
  Object* a = int_from_i64(5);  // 5 / (7 << 1074) == 5e-324, 3 / (7 << 1074) == 0.0
  Object* seven = int_from_i64(7);
  Object* sh = int_from_i64(1074);
  Object* b = number_binop(seven, sh, BINOP_LSHIFT);  // 7 << 1074: a subnormal quotient
  ASSERT_NE(b, nullptr);
  double d;
  ASSERT_TRUE(int_true_divide_double(a, b, &d));
  EXPECT_EQ(float_repr_std(d), "5e-324");
  decref(a);
  decref(seven);
  decref(sh);
  decref(b);
}

TEST(NumbersInt, MaxStrDigits) {
  ensure_runtime();
  EXPECT_EQ(int_get_max_str_digits(), 4300);
  Object* s = int_from_string(std::string(5000, '7'), 10);
  EXPECT_EQ(s, nullptr);
  EXPECT_TRUE(err_matches(Exc_ValueError));
  err_clear();
}

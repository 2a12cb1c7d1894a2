// Arbitrary-precision signed integers: the storage behind ints that do not
// fit in int64_t (runtime/int.cpp keeps everything else in IntObject::ival).
//
// A BigInt is sign + magnitude; the magnitude is little-endian 32-bit limbs
// with no leading zero limbs (zero is the empty magnitude with sign 0).
// Operations are value-returning and never touch the Python error state,
// except where a function says it reports errors through *err (a code the
// caller turns into a Python exception).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace rt {

struct BigInt {
  int sign = 0;                 // -1, 0, 1
  std::vector<uint32_t> mag;    // little-endian limbs, no leading zeros

  BigInt() = default;
  static BigInt from_i64(int64_t v);
  static BigInt from_u64(uint64_t v);
  // Truncates toward zero; d must be finite.
  static BigInt from_double(double d);

  bool is_zero() const { return sign == 0; }
  bool is_neg() const { return sign < 0; }
  bool fits_i64() const;
  int64_t to_i64() const;  // only when fits_i64()
  // Correctly rounded (half-even); returns false when out of double range.
  bool to_double(double* out) const;
  // Returns x and an exponent e with |value| ~= x * 2**e, 0.5 <= x < 1 (for math.log of huge ints).
  double frexp(int64_t* e) const;

  void normalize();  // strip leading zero limbs, fix the sign of zero
  BigInt negated() const { BigInt r = *this; r.sign = -r.sign; return r; }
  BigInt abs() const { BigInt r = *this; if (r.sign < 0) r.sign = 1; return r; }

  uint64_t bit_length() const;
  uint64_t bit_count() const;
  bool is_odd() const { return !mag.empty() && (mag[0] & 1); }
};

int bigint_cmp(const BigInt& a, const BigInt& b);  // -1, 0, 1
BigInt bigint_add(const BigInt& a, const BigInt& b);
BigInt bigint_sub(const BigInt& a, const BigInt& b);
BigInt bigint_mul(const BigInt& a, const BigInt& b);
// Floor division and modulo (Python semantics); b must be non-zero.
void bigint_divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
// Truncating division of magnitudes (|a| / |b|), b non-zero.
void bigint_divmod_trunc(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
BigInt bigint_pow(const BigInt& base, uint64_t exp);
// (base ** exp) % mod with Python's sign rules; exp may be negative (modular
// inverse).  Returns false when base is not invertible (exp < 0); mod non-zero.
bool bigint_powmod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt* out);
BigInt bigint_lshift(const BigInt& a, uint64_t n);
BigInt bigint_rshift(const BigInt& a, uint64_t n);  // floor (arithmetic) shift
BigInt bigint_and(const BigInt& a, const BigInt& b);
BigInt bigint_or(const BigInt& a, const BigInt& b);
BigInt bigint_xor(const BigInt& a, const BigInt& b);
BigInt bigint_invert(const BigInt& a);  // -(a+1)
BigInt bigint_gcd(const BigInt& a, const BigInt& b);  // non-negative
BigInt bigint_isqrt(const BigInt& a);   // a >= 0

// Text.  to_string: base 2, 8, 10 or 16, with an optional "0b"/"0o"/"0x" prefix.
std::string bigint_to_string(const BigInt& a, int base, bool prefix = false);
// Parse digits (no sign, no prefix, no underscores, no spaces) in base 2..36.
// Returns false if a character is not a digit of the base.
bool bigint_from_digits(std::string_view digits, int base, BigInt* out);

// CPython's numeric hash (modulus 2**61 - 1, sign applied, -1 becomes -2).
hash_t bigint_hash(const BigInt& a);

// Bytes: little-endian two's complement (signed) or magnitude (unsigned).
// to_bytes returns false if the value does not fit in n bytes.
bool bigint_to_bytes(const BigInt& a, uint8_t* out, size_t n, bool little, bool is_signed);
BigInt bigint_from_bytes(const uint8_t* data, size_t n, bool little, bool is_signed);

}  // namespace rt

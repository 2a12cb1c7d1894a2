// Arbitrary-precision integer arithmetic (see runtime/bigint.h).
//
// Magnitudes are std::vector<uint32_t>, least significant limb first, with no
// leading zero limbs.  Products use 64-bit intermediates; multiplication
// switches to Karatsuba when both operands are at least KARATSUBA_CUTOFF
// limbs; division is Knuth's algorithm D on normalized operands.
#include "runtime/numbers/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rt {

namespace {

using Mag = std::vector<uint32_t>;
constexpr size_t KARATSUBA_CUTOFF = 48;

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

int mag_cmp(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Mag mag_add(const Mag& a, const Mag& b) {
  const Mag& x = a.size() >= b.size() ? a : b;
  const Mag& y = a.size() >= b.size() ? b : a;
  Mag r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); i++) {
    uint64_t t = uint64_t(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r[i] = uint32_t(t);
    carry = t >> 32;
  }
  r[x.size()] = uint32_t(carry);
  trim(r);
  return r;
}

// a - b, requires |a| >= |b|.
Mag mag_sub(const Mag& a, const Mag& b) {
  Mag r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); i++) {
    int64_t t = int64_t(a[i]) - (i < b.size() ? int64_t(b[i]) : 0) - borrow;
    borrow = t < 0;
    r[i] = uint32_t(t + (borrow << 32));
  }
  trim(r);
  return r;
}

// r[off..] += x (r is large enough, carries propagate).
void add_at(Mag& r, const Mag& x, size_t off) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < x.size(); i++) {
    uint64_t t = uint64_t(r[off + i]) + x[i] + carry;
    r[off + i] = uint32_t(t);
    carry = t >> 32;
  }
  for (size_t k = off + i; carry && k < r.size(); k++) {
    uint64_t t = uint64_t(r[k]) + carry;
    r[k] = uint32_t(t);
    carry = t >> 32;
  }
}

Mag mul_school(const uint32_t* a, size_t na, const uint32_t* b, size_t nb) {
  Mag r(na + nb, 0);
  for (size_t i = 0; i < na; i++) {
    uint64_t ai = a[i];
    if (ai == 0) continue;
    uint64_t carry = 0;
    for (size_t j = 0; j < nb; j++) {
      uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = uint32_t(t);
      carry = t >> 32;
    }
    r[i + nb] = uint32_t(carry);
  }
  trim(r);
  return r;
}

Mag mag_mul(const Mag& a, const Mag& b);

Mag slice(const Mag& a, size_t from, size_t to) {
  to = std::min(to, a.size());
  if (from >= to) return {};
  Mag r(a.begin() + ptrdiff_t(from), a.begin() + ptrdiff_t(to));
  trim(r);
  return r;
}

Mag karatsuba(const Mag& a, const Mag& b) {
  size_t m = std::max(a.size(), b.size()) / 2;
  Mag a0 = slice(a, 0, m), a1 = slice(a, m, a.size());
  Mag b0 = slice(b, 0, m), b1 = slice(b, m, b.size());
  Mag z0 = mag_mul(a0, b0);
  Mag z2 = mag_mul(a1, b1);
  Mag z1 = mag_mul(mag_add(a0, a1), mag_add(b0, b1));
  z1 = mag_sub(mag_sub(z1, z0), z2);
  Mag r(a.size() + b.size() + 1, 0);
  add_at(r, z0, 0);
  add_at(r, z1, m);
  add_at(r, z2, 2 * m);
  trim(r);
  return r;
}

Mag mag_mul(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  const Mag& small = a.size() <= b.size() ? a : b;
  const Mag& large = a.size() <= b.size() ? b : a;
  if (small.size() < KARATSUBA_CUTOFF) return mul_school(small.data(), small.size(), large.data(), large.size());
  if (2 * small.size() <= large.size()) {
    // Unbalanced: multiply the small operand by slices of the large one.
    Mag r(a.size() + b.size() + 1, 0);
    for (size_t off = 0; off < large.size(); off += small.size()) {
      Mag part = mag_mul(small, slice(large, off, off + small.size()));
      add_at(r, part, off);
    }
    trim(r);
    return r;
  }
  return karatsuba(a, b);
}

// q = a / d, returns a % d.
uint32_t mag_divmod_small(const Mag& a, uint32_t d, Mag* q) {
  Mag out(a.size());
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    out[i] = uint32_t(cur / d);
    rem = cur % d;
  }
  trim(out);
  if (q) *q = std::move(out);
  return uint32_t(rem);
}

// In-place a = a * m + add.
void mag_muladd_small(Mag& a, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (auto& limb : a) {
    uint64_t t = uint64_t(limb) * m + carry;
    limb = uint32_t(t);
    carry = t >> 32;
  }
  if (carry) a.push_back(uint32_t(carry));
}

// Knuth algorithm D: q = u / v, r = u % v (magnitudes), v non-empty.
void mag_divmod(const Mag& u, const Mag& v, Mag* q, Mag* r) {
  if (mag_cmp(u, v) < 0) {
    if (q) q->clear();
    if (r) *r = u;
    return;
  }
  if (v.size() == 1) {
    Mag qq;
    uint32_t rem = mag_divmod_small(u, v[0], &qq);
    if (q) *q = std::move(qq);
    if (r) {
      r->clear();
      if (rem) r->push_back(rem);
    }
    return;
  }
  size_t n = v.size(), m = u.size() - n;
  int s = __builtin_clz(v.back());
  Mag vn(n), un(u.size() + 1);
  for (size_t i = n - 1; i > 0; i--) vn[i] = (v[i] << s) | (s ? uint32_t(uint64_t(v[i - 1]) >> (32 - s)) : 0);
  vn[0] = v[0] << s;
  un[u.size()] = s ? uint32_t(uint64_t(u.back()) >> (32 - s)) : 0;
  for (size_t i = u.size() - 1; i > 0; i--) un[i] = (u[i] << s) | (s ? uint32_t(uint64_t(u[i - 1]) >> (32 - s)) : 0);
  un[0] = u[0] << s;
  Mag qq(m + 1, 0);
  const uint64_t B = uint64_t(1) << 32;
  for (size_t jj = m + 1; jj-- > 0;) {
    size_t j = jj;
    uint64_t num = (uint64_t(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1];
    uint64_t rhat = num % vn[n - 1];
    while (qhat >= B || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      qhat--;
      rhat += vn[n - 1];
      if (rhat >= B) break;
    }
    int64_t k = 0, t;
    for (size_t i = 0; i < n; i++) {
      uint64_t p = qhat * vn[i];
      t = int64_t(un[i + j]) - k - int64_t(p & 0xFFFFFFFFu);
      un[i + j] = uint32_t(t);
      k = int64_t(p >> 32) - (t >> 32);
    }
    t = int64_t(un[j + n]) - k;
    un[j + n] = uint32_t(t);
    if (t < 0) {
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        uint64_t t2 = uint64_t(un[i + j]) + vn[i] + c;
        un[i + j] = uint32_t(t2);
        c = t2 >> 32;
      }
      un[j + n] = uint32_t(uint64_t(un[j + n]) + c);
    }
    qq[j] = uint32_t(qhat);
  }
  trim(qq);
  if (q) *q = std::move(qq);
  if (r) {
    Mag rr(n);
    for (size_t i = 0; i < n; i++) {
      rr[i] = (un[i] >> s) | (s ? uint32_t(uint64_t(un[i + 1]) << (32 - s)) : 0);
    }
    trim(rr);
    *r = std::move(rr);
  }
}

BigInt make(int sign, Mag m) {
  BigInt r;
  r.mag = std::move(m);
  r.sign = sign;
  r.normalize();
  return r;
}

// Two's complement image of a in `len` limbs (len > a.mag.size()).
Mag to_twos(const BigInt& a, size_t len) {
  Mag r(len, 0);
  std::copy(a.mag.begin(), a.mag.end(), r.begin());
  if (a.sign < 0) {
    uint64_t carry = 1;
    for (auto& limb : r) {
      uint64_t t = uint64_t(uint32_t(~limb)) + carry;
      limb = uint32_t(t);
      carry = t >> 32;
    }
  }
  return r;
}

BigInt from_twos(Mag r) {
  bool neg = !r.empty() && (r.back() & 0x80000000u);
  if (neg) {
    uint64_t carry = 1;
    for (auto& limb : r) {
      uint64_t t = uint64_t(uint32_t(~limb)) + carry;
      limb = uint32_t(t);
      carry = t >> 32;
    }
  }
  return make(neg ? -1 : 1, std::move(r));
}

template <class F>
BigInt bitwise(const BigInt& a, const BigInt& b, F f) {
  size_t len = std::max(a.mag.size(), b.mag.size()) + 1;
  Mag x = to_twos(a, len), y = to_twos(b, len);
  for (size_t i = 0; i < len; i++) x[i] = f(x[i], y[i]);
  return from_twos(std::move(x));
}

}  // namespace

// ---- BigInt members ---------------------------------------------------------

void BigInt::normalize() {
  trim(mag);
  if (mag.empty()) sign = 0;
  else if (sign == 0) sign = 1;
}

BigInt BigInt::from_u64(uint64_t v) {
  BigInt r;
  if (v) {
    r.sign = 1;
    r.mag.push_back(uint32_t(v));
    if (v >> 32) r.mag.push_back(uint32_t(v >> 32));
  }
  return r;
}

BigInt BigInt::from_i64(int64_t v) {
  uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  BigInt r = from_u64(m);
  if (v < 0) r.sign = -1;
  return r;
}

BigInt BigInt::from_double(double d) {
  d = std::trunc(d);
  if (d == 0) return BigInt();
  bool neg = d < 0;
  int e;
  double m = std::frexp(std::fabs(d), &e);  // |d| = m * 2**e, 0.5 <= m < 1
  uint64_t mi = uint64_t(std::ldexp(m, 53));
  BigInt r = from_u64(mi);
  if (e >= 53) r = bigint_lshift(r, uint64_t(e - 53));
  else r = bigint_rshift(r, uint64_t(53 - e));
  if (neg) r.sign = -r.sign;
  return r;
}

bool BigInt::fits_i64() const {
  if (mag.size() <= 1) return true;
  if (mag.size() > 2) return false;
  uint64_t m = (uint64_t(mag[1]) << 32) | mag[0];
  if (sign > 0) return m <= uint64_t(INT64_MAX);
  return m <= uint64_t(INT64_MAX) + 1;
}

int64_t BigInt::to_i64() const {
  uint64_t m = 0;
  if (mag.size() > 0) m = mag[0];
  if (mag.size() > 1) m |= uint64_t(mag[1]) << 32;
  return sign < 0 ? int64_t(uint64_t(0) - m) : int64_t(m);
}

uint64_t BigInt::bit_length() const {
  if (mag.empty()) return 0;
  return uint64_t(mag.size() - 1) * 32 + (32 - uint64_t(__builtin_clz(mag.back())));
}

uint64_t BigInt::bit_count() const {
  uint64_t n = 0;
  for (uint32_t limb : mag) n += uint64_t(__builtin_popcount(limb));
  return n;
}

// The top 64 bits of |value| (shifted right by *shift), with the lowest bit
// set when any discarded bit is non-zero (a sticky bit for correct rounding).
static uint64_t top64(const BigInt& a, uint64_t* shift) {
  uint64_t bl = a.bit_length();
  if (bl <= 64) {
    *shift = 0;
    uint64_t m = 0;
    for (size_t i = 0; i < a.mag.size(); i++) m |= uint64_t(a.mag[i]) << (32 * i);
    return m;
  }
  uint64_t sh = bl - 64;
  *shift = sh;
  uint64_t limb = sh / 32, bit = sh % 32;
  uint64_t m = 0;
  // gather 96 bits starting at limb
  unsigned __int128 acc = 0;
  for (int k = 2; k >= 0; k--) {
    size_t idx = size_t(limb) + size_t(k);
    acc = (acc << 32) | (idx < a.mag.size() ? a.mag[idx] : 0);
  }
  m = uint64_t(acc >> bit);
  bool sticky = (a.mag[limb] & ((uint32_t(1) << bit) - 1)) != 0;
  for (size_t i = 0; !sticky && i < limb; i++) sticky = a.mag[i] != 0;
  if (sticky) m |= 1;
  return m;
}

bool BigInt::to_double(double* out) const {
  if (sign == 0) {
    *out = 0.0;
    return true;
  }
  uint64_t shift;
  uint64_t top = top64(*this, &shift);
  if (shift > 2000) return false;
  double d = std::ldexp(double(top), int(shift));  // (double)top rounds half-even; sticky bit keeps it exact
  if (std::isinf(d)) return false;
  *out = sign < 0 ? -d : d;
  return true;
}

double BigInt::frexp(int64_t* e) const {
  if (sign == 0) {
    *e = 0;
    return 0.0;
  }
  uint64_t shift;
  uint64_t top = top64(*this, &shift);
  int ee;
  double x = std::frexp(double(top), &ee);
  *e = int64_t(shift) + ee;
  return sign < 0 ? -x : x;
}

// ---- arithmetic ------------------------------------------------------------

int bigint_cmp(const BigInt& a, const BigInt& b) {
  if (a.sign != b.sign) return a.sign < b.sign ? -1 : 1;
  int c = mag_cmp(a.mag, b.mag);
  return a.sign < 0 ? -c : c;
}

BigInt bigint_add(const BigInt& a, const BigInt& b) {
  if (a.sign == 0) return b;
  if (b.sign == 0) return a;
  if (a.sign == b.sign) return make(a.sign, mag_add(a.mag, b.mag));
  int c = mag_cmp(a.mag, b.mag);
  if (c == 0) return BigInt();
  if (c > 0) return make(a.sign, mag_sub(a.mag, b.mag));
  return make(b.sign, mag_sub(b.mag, a.mag));
}

BigInt bigint_sub(const BigInt& a, const BigInt& b) { return bigint_add(a, b.negated()); }

BigInt bigint_mul(const BigInt& a, const BigInt& b) {
  if (a.sign == 0 || b.sign == 0) return BigInt();
  return make(a.sign * b.sign, mag_mul(a.mag, b.mag));
}

void bigint_divmod_trunc(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  Mag qm, rm;
  mag_divmod(a.mag, b.mag, &qm, &rm);
  if (q) *q = make(a.sign * b.sign, std::move(qm));
  if (r) *r = make(a.sign, std::move(rm));
}

void bigint_divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  BigInt qq, rr;
  bigint_divmod_trunc(a, b, &qq, &rr);
  // Floor semantics: when the remainder is non-zero and has the other sign
  // than the divisor, step the quotient down and move the remainder.
  if (rr.sign != 0 && rr.sign != b.sign) {
    qq = bigint_sub(qq, BigInt::from_i64(1));
    rr = bigint_add(rr, b);
  }
  if (q) *q = std::move(qq);
  if (r) *r = std::move(rr);
}

BigInt bigint_pow(const BigInt& base, uint64_t exp) {
  BigInt result = BigInt::from_i64(1);
  BigInt b = base;
  while (exp) {
    if (exp & 1) result = bigint_mul(result, b);
    exp >>= 1;
    if (exp) b = bigint_mul(b, b);
  }
  return result;
}

static BigInt mod_floor(const BigInt& a, const BigInt& m) {
  BigInt r;
  bigint_divmod(a, m, nullptr, &r);
  return r;
}

bool bigint_powmod(const BigInt& base, const BigInt& exp, const BigInt& mod, BigInt* out) {
  BigInt m = mod.abs();
  BigInt b = mod_floor(base, m);
  BigInt e = exp;
  if (e.sign < 0) {
    // Modular inverse of b by the extended Euclidean algorithm.
    BigInt r0 = m, r1 = b, t0, t1 = BigInt::from_i64(1);
    while (r1.sign != 0) {
      BigInt q, r2;
      bigint_divmod(r0, r1, &q, &r2);
      BigInt t2 = bigint_sub(t0, bigint_mul(q, t1));
      r0 = std::move(r1);
      r1 = std::move(r2);
      t0 = std::move(t1);
      t1 = std::move(t2);
    }
    if (!(r0.mag.size() == 1 && r0.mag[0] == 1)) return false;
    b = mod_floor(t0, m);
    e = e.negated();
  }
  BigInt result = BigInt::from_i64(1);
  result = mod_floor(result, m);  // 1 % 1 == 0
  uint64_t bits = e.bit_length();
  for (uint64_t i = bits; i-- > 0;) {
    result = mod_floor(bigint_mul(result, result), m);
    if ((e.mag[i / 32] >> (i % 32)) & 1) result = mod_floor(bigint_mul(result, b), m);
  }
  if (mod.sign < 0 && result.sign != 0) result = bigint_add(result, mod);
  *out = std::move(result);
  return true;
}

BigInt bigint_lshift(const BigInt& a, uint64_t n) {
  if (a.sign == 0) return BigInt();
  size_t limbs = size_t(n / 32);
  unsigned bits = unsigned(n % 32);
  Mag r(a.mag.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.mag.size(); i++) {
    uint64_t v = uint64_t(a.mag[i]) << bits;
    r[i + limbs] |= uint32_t(v);
    r[i + limbs + 1] |= uint32_t(v >> 32);
  }
  return make(a.sign, std::move(r));
}

BigInt bigint_rshift(const BigInt& a, uint64_t n) {
  if (a.sign == 0) return BigInt();
  if (a.sign < 0) {
    // floor(a / 2**n) == ~(~a >> n) for negative a
    return bigint_invert(bigint_rshift(bigint_invert(a), n));
  }
  size_t limbs = size_t(std::min<uint64_t>(n / 32, a.mag.size()));
  unsigned bits = unsigned(n % 32);
  if (limbs >= a.mag.size()) return BigInt();
  Mag r(a.mag.size() - limbs);
  for (size_t i = 0; i < r.size(); i++) {
    uint64_t lo = a.mag[i + limbs];
    uint64_t hi = i + limbs + 1 < a.mag.size() ? a.mag[i + limbs + 1] : 0;
    r[i] = uint32_t(((hi << 32) | lo) >> bits);
  }
  return make(1, std::move(r));
}

BigInt bigint_and(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; });
}
BigInt bigint_or(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; });
}
BigInt bigint_xor(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; });
}
BigInt bigint_invert(const BigInt& a) { return bigint_sub(a.negated(), BigInt::from_i64(1)); }

BigInt bigint_gcd(const BigInt& a, const BigInt& b) {
  BigInt x = a.abs(), y = b.abs();
  while (y.sign != 0) {
    if (x.fits_i64() && y.fits_i64()) {
      uint64_t u = uint64_t(x.to_i64()), v = uint64_t(y.to_i64());
      while (v) {
        uint64_t t = u % v;
        u = v;
        v = t;
      }
      return BigInt::from_u64(u);
    }
    BigInt r;
    bigint_divmod(x, y, nullptr, &r);
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

BigInt bigint_isqrt(const BigInt& n) {
  if (n.sign <= 0) return BigInt();
  // Newton's iteration from above: x0 = 2**ceil(bits/2) >= sqrt(n).
  BigInt x = bigint_lshift(BigInt::from_i64(1), (n.bit_length() + 1) / 2);
  for (;;) {
    BigInt q;
    bigint_divmod(n, x, &q, nullptr);
    BigInt y = bigint_rshift(bigint_add(x, q), 1);
    if (bigint_cmp(y, x) >= 0) return x;
    x = std::move(y);
  }
}

// ---- text ------------------------------------------------------------------

std::string bigint_to_string(const BigInt& a, int base, bool prefix) {
  std::string out;
  if (a.sign == 0) {
    out = "0";
  } else if (base == 10) {
    // Peel off nine decimal digits per division.
    std::vector<uint32_t> chunks;
    Mag cur = a.mag;
    while (!cur.empty()) chunks.push_back(mag_divmod_small(cur, 1000000000u, &cur));
    out = std::to_string(chunks.back());
    char buf[16];
    for (size_t i = chunks.size() - 1; i-- > 0;) {
      snprintf(buf, sizeof buf, "%09u", chunks[i]);
      out += buf;
    }
  } else {
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    uint64_t bl = a.bit_length();
    uint64_t ndig = (bl + uint64_t(bits) - 1) / uint64_t(bits);
    out.resize(size_t(ndig));
    for (uint64_t d = 0; d < ndig; d++) {
      uint64_t pos = d * uint64_t(bits);
      unsigned v = 0;
      for (int k = 0; k < bits; k++) {
        uint64_t p = pos + uint64_t(k);
        if (p / 32 < a.mag.size() && ((a.mag[p / 32] >> (p % 32)) & 1)) v |= 1u << k;
      }
      out[size_t(ndig - 1 - d)] = "0123456789abcdef"[v];
    }
  }
  if (prefix) {
    if (base == 2) out.insert(0, "0b");
    else if (base == 8) out.insert(0, "0o");
    else if (base == 16) out.insert(0, "0x");
  }
  if (a.sign < 0) out.insert(0, "-");
  return out;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool bigint_from_digits(std::string_view digits, int base, BigInt* out) {
  // Largest power of base that fits in a limb, to consume several digits per pass.
  uint32_t chunk_mul = uint32_t(base);
  int per = 1;
  while (uint64_t(chunk_mul) * uint64_t(base) <= 0xFFFFFFFFull) {
    chunk_mul *= uint32_t(base);
    per++;
  }
  Mag m;
  size_t i = 0;
  while (i < digits.size()) {
    uint32_t acc = 0, mul = 1;
    int k = 0;
    for (; k < per && i < digits.size(); k++, i++) {
      int d = digit_value(digits[i]);
      if (d >= base) return false;
      acc = acc * uint32_t(base) + uint32_t(d);
      mul *= uint32_t(base);
    }
    mag_muladd_small(m, mul, acc);
  }
  *out = make(1, std::move(m));
  return true;
}

hash_t bigint_hash(const BigInt& a) {
  const uint64_t P = (uint64_t(1) << 61) - 1;
  uint64_t x = 0;
  for (size_t i = a.mag.size(); i-- > 0;) {
    unsigned __int128 t = ((unsigned __int128)x << 32) | a.mag[i];
    x = uint64_t(t % P);
  }
  int64_t h = int64_t(x);
  if (a.sign < 0) h = -h;
  if (h == -1) h = -2;
  return h;
}

bool bigint_to_bytes(const BigInt& a, uint8_t* out, size_t n, bool little, bool is_signed) {
  if (a.sign < 0 && !is_signed) return false;
  uint64_t bl = a.bit_length();
  if (is_signed) {
    // Needs bl+1 bits, except for -2**k which needs exactly bl bits.
    uint64_t need = bl + 1;
    if (a.sign < 0) {
      BigInt m1 = bigint_sub(a.abs(), BigInt::from_i64(1));
      need = m1.bit_length() + 1;
    }
    if (a.sign == 0) need = 0;
    if (need > uint64_t(n) * 8) return false;
  } else if (bl > uint64_t(n) * 8) {
    return false;
  }
  size_t limbs = n / 4 + 2;
  Mag tw = to_twos(a, std::max(limbs, a.mag.size() + 1));
  for (size_t i = 0; i < n; i++) {
    uint8_t byte = uint8_t(tw[i / 4] >> (8 * (i % 4)));
    out[little ? i : n - 1 - i] = byte;
  }
  return true;
}

BigInt bigint_from_bytes(const uint8_t* data, size_t n, bool little, bool is_signed) {
  Mag m((n + 3) / 4 + 1, 0);
  for (size_t i = 0; i < n; i++) {
    uint8_t byte = data[little ? i : n - 1 - i];
    m[i / 4] |= uint32_t(byte) << (8 * (i % 4));
  }
  bool neg = is_signed && n > 0 && (data[little ? n - 1 : 0] & 0x80);
  if (neg) {
    // Sign-extend to the full limb vector, then take the two's complement.
    for (size_t i = n; i < m.size() * 4; i++) m[i / 4] |= uint32_t(0xFF) << (8 * (i % 4));
    return from_twos(std::move(m));
  }
  return make(1, std::move(m));
}

}  // namespace rt

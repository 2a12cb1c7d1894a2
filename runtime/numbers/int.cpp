// int and bool: construction, conversions and the helpers of runtime/int.h.
// The number slots, methods and type set-up are in runtime/int_ops.cpp.
//
// Invariants: an IntObject whose value fits in int64_t always has big ==
// nullptr (every big result is normalized), and values -5..256 of exact int
// always come from small_ints[] (immortal).
#include "runtime/numbers/int.h"

#include <cmath>
#include <cstring>
#include "runtime/instruments/instruments_impl.h"

namespace rt {

IntObject small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
IntObject TrueStruct, FalseStruct;

namespace {
int g_max_str_digits = 4300;  // sys.set_int_max_str_digits(); protected by the GIL
}

int int_get_max_str_digits() { return g_max_str_digits; }
void int_set_max_str_digits(int n) { g_max_str_digits = n; }

// ---- construction -----------------------------------------------------------

Object* int_from_i64(int64_t v) {
  if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
    Object* o = small_int(v);
    incref(o);
    PG_INS(ins::alloc.smallint_hits++);
    return o;
  }
  Object* o = alloc_object(&IntType, sizeof(IntObject));
  if (!o) return nullptr;
  auto* io = static_cast<IntObject*>(o);
  io->ival = v;
  io->big = nullptr;
  return o;
}

Object* int_from_u64(uint64_t v) {
  if (v <= uint64_t(INT64_MAX)) return int_from_i64(int64_t(v));
  return int_from_bigint(BigInt::from_u64(v));
}

Object* int_from_bigint(BigInt&& b) {
  if (b.fits_i64()) return int_from_i64(b.to_i64());
  Object* o = alloc_object(&IntType, sizeof(IntObject));
  if (!o) return nullptr;
  auto* io = static_cast<IntObject*>(o);
  io->ival = 0;
  io->big = new BigInt(std::move(b));
  return o;
}

Object* int_from_bigint_copy(const BigInt& b) {
  BigInt c = b;
  return int_from_bigint(std::move(c));
}

const BigInt& int_as_bigint(Object* o, BigInt& tmp) {
  auto* io = static_cast<IntObject*>(o);
  if (io->big) return *io->big;
  tmp = BigInt::from_i64(io->ival);
  return tmp;
}

Object* int_from_double(double d) {
  if (std::isinf(d)) return err_format_null(Exc_OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return err_format_null(Exc_ValueError, "cannot convert float NaN to integer");
  if (d > -9223372036854775808.0 && d < 9223372036854775808.0) return int_from_i64(int64_t(d));
  return int_from_bigint(BigInt::from_double(d));
}

// ---- conversions --------------------------------------------------------------

bool int_fits_i64(Object* o) { return static_cast<IntObject*>(o)->big == nullptr; }

int64_t int_as_i64(Object* o) {
  auto* io = static_cast<IntObject*>(o);
  if (!io->big) return io->ival;
  err_set_string(Exc_OverflowError, "Python int too large to convert to C long");
  return -1;
}

ssize int_as_ssize(Object* o) {
  auto* io = static_cast<IntObject*>(o);
  if (!io->big) return ssize(io->ival);
  err_set_string(Exc_OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

double int_as_double(Object* o) {
  auto* io = static_cast<IntObject*>(o);
  if (!io->big) return double(io->ival);
  double d;
  if (!io->big->to_double(&d)) {
    err_set_string(Exc_OverflowError, "int too large to convert to float");
    return -1.0;
  }
  return d;
}

int int_sign(Object* o) {
  auto* io = static_cast<IntObject*>(o);
  if (io->big) return io->big->sign;
  return io->ival < 0 ? -1 : io->ival > 0 ? 1 : 0;
}

Object* bool_from(bool b) { return bool_ref(b); }

Object* int_to_decimal_string(Object* o) {
  auto* io = static_cast<IntObject*>(o);
  if (!io->big) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%lld", static_cast<long long>(io->ival));
    return str_from_utf8(buf, n);
  }
  int limit = g_max_str_digits;
  // Cheap pre-check before the quadratic conversion: a value of b bits is at
  // least 2**(b-1), so it has at least floor((b-1) * log10(2)) + 1 digits
  // (the constant is rounded down, keeping this a lower bound).
  uint64_t bits = io->big->bit_length();
  if (limit > 0 && bits > 1 && uint64_t(double(bits - 1) * 0.30102999) + 1 > uint64_t(limit)) {
    return err_format_null(Exc_ValueError,
                           "Exceeds the limit (%d digits) for integer string conversion; "
                           "use sys.set_int_max_str_digits() to increase the limit",
                           limit);
  }
  std::string s = bigint_to_string(*io->big, 10);
  size_t ndigits = s.size() - (io->big->sign < 0 ? 1 : 0);
  if (limit > 0 && ndigits > size_t(limit)) {
    return err_format_null(Exc_ValueError,
                           "Exceeds the limit (%d digits) for integer string conversion; "
                           "use sys.set_int_max_str_digits() to increase the limit",
                           limit);
  }
  return str_from(s);
}

Object* int_to_base_string(Object* o, int base, bool prefix) {
  if (base == 10) return int_to_decimal_string(o);
  BigInt tmp;
  const BigInt& b = int_as_bigint(o, tmp);
  return str_from(bigint_to_string(b, base, prefix));
}

// ---- parsing --------------------------------------------------------------------

namespace {

// First code point of every run of ten Unicode decimal digits (U+0660 ...), as
// python3 3.11 classifies them (str.isdecimal); each run is 0..9 in order.
const uint32_t kDigitZeros[] = {
    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,   0xBE6,   0xC66,   0xCE6,   0xD66,
    0xDE6,   0xE50,   0xED0,   0xF20,   0x1040,  0x1090,  0x17E0,  0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,
    0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,  0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730,
    0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

bool is_unicode_space(uint32_t cp) {
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

int unicode_digit(uint32_t cp) {
  for (uint32_t z : kDigitZeros) {
    if (cp >= z && cp < z + 10) return int(cp - z);
  }
  return -1;
}

}  // namespace

bool numeric_text_to_ascii(std::string_view text, std::string* out) {
  bool ascii = true;
  for (unsigned char c : text) ascii &= c < 0x80;
  if (ascii) return false;
  out->clear();
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out->push_back(char(c));
      i++;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    uint32_t cp = c & (0x3F >> (len - 1));
    for (int k = 1; k < len && i + size_t(k) < text.size(); k++) cp = (cp << 6) | (text[i + size_t(k)] & 0x3F);
    i += size_t(len);
    int d = unicode_digit(cp);
    if (d >= 0) out->push_back(char('0' + d));
    else if (is_unicode_space(cp)) out->push_back(' ');
    else out->push_back('?');
  }
  return true;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

static int digit_of(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

Object* int_parse(std::string_view text, int base, bool* bad) {
  *bad = false;
  if (base != 0 && (base < 2 || base > 36)) {
    err_set_string(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return nullptr;
  }
  size_t i = 0, n = text.size();
  while (i < n && is_space(text[i])) i++;
  while (n > i && is_space(text[n - 1])) n--;
  bool neg = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) {
    neg = text[i] == '-';
    i++;
  }
  bool had_prefix = false;
  if (i + 1 < n && text[i] == '0') {
    char p = char(text[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      had_prefix = true;
    }
  }
  bool base0_decimal = false;
  if (base == 0) {
    base = 10;
    base0_decimal = true;
  }
  // Collect digits: single underscores allowed between digits (and right after a prefix).
  std::string digits;
  digits.reserve(n - i);
  bool prev_underscore = false, prev_digit = false;
  for (size_t k = i; k < n; k++) {
    char c = text[k];
    if (c == '_') {
      if (prev_underscore || (!prev_digit && !had_prefix)) {
        *bad = true;
        return nullptr;
      }
      prev_underscore = true;
      continue;
    }
    int d = digit_of(c);
    if (d >= base) {
      *bad = true;
      return nullptr;
    }
    digits.push_back(c);
    prev_underscore = false;
    prev_digit = true;
  }
  if (digits.empty() || prev_underscore) {
    *bad = true;
    return nullptr;
  }
  if (base0_decimal && digits[0] == '0') {
    for (char c : digits) {
      if (c != '0') {
        *bad = true;
        return nullptr;
      }
    }
  }
  bool pow2 = (base & (base - 1)) == 0;
  if (!pow2 && g_max_str_digits > 0 && digits.size() > size_t(g_max_str_digits)) {
    err_format(Exc_ValueError,
               "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
               "use sys.set_int_max_str_digits() to increase the limit",
               g_max_str_digits, digits.size());
    return nullptr;
  }
  if (digits.size() <= 12) {  // 36**12 < 2**63
    int64_t v = 0;
    for (char c : digits) v = v * base + digit_of(c);
    return int_from_i64(neg ? -v : v);
  }
  BigInt b;
  bigint_from_digits(digits, base, &b);
  if (neg) b = b.negated();
  return int_from_bigint(std::move(b));
}

Object* int_from_string(std::string_view text, int base) {
  bool bad;
  std::string converted;  // str input: Unicode digits and spaces count (bytes input does not come here)
  Object* r = int_parse(numeric_text_to_ascii(text, &converted) ? std::string_view(converted) : text, base, &bad);
  if (r || !bad) return r;
  Object* s = str_from(text);
  if (!s) return nullptr;
  Object* rep = object_repr(s);
  decref(s);
  if (!rep) return nullptr;
  err_format(Exc_ValueError, "invalid literal for int() with base %d: %.200s", base, str_utf8(rep));
  decref(rep);
  return nullptr;
}

// ---- comparisons with floats and true division ----------------------------------

int int_compare_double(Object* i, double d) {
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  auto* io = static_cast<IntObject*>(i);
  if (!io->big) {
    int64_t v = io->ival;
    if (v > -(int64_t(1) << 53) && v < (int64_t(1) << 53)) {
      double x = double(v);
      return x < d ? -1 : x > d ? 1 : 0;
    }
  }
  // Compare against the integer part of d exactly, then the fraction decides ties.
  BigInt tmp;
  const BigInt& iv = int_as_bigint(i, tmp);
  double ip;
  double frac = std::modf(d, &ip);
  BigInt dv = BigInt::from_double(ip);
  int c = bigint_cmp(iv, dv);
  if (c != 0) return c;
  if (frac > 0) return -1;
  if (frac < 0) return 1;
  return 0;
}

bool int_true_divide_double(Object* a, Object* b, double* out) {
  auto* ia = static_cast<IntObject*>(a);
  auto* ib = static_cast<IntObject*>(b);
  const int64_t LIM = int64_t(1) << 53;
  if (!ia->big && !ib->big && ia->ival > -LIM && ia->ival < LIM && ib->ival > -LIM && ib->ival < LIM) {
    *out = double(ia->ival) / double(ib->ival);  // both exact: one correctly rounded division
    return true;
  }
  BigInt ta, tb;
  BigInt x = int_as_bigint(a, ta).abs(), y = int_as_bigint(b, tb).abs();
  bool neg = (int_sign(a) < 0) != (int_sign(b) < 0);
  if (x.is_zero()) {
    *out = neg ? -0.0 : 0.0;
    return true;
  }
  // Scale so the quotient has 55..56 bits, keep a sticky bit for the remainder,
  // and let the hardware round the 64-bit quotient to 53 bits.
  int64_t shift = int64_t(y.bit_length()) - int64_t(x.bit_length()) + 55;
  if (shift > 0) x = bigint_lshift(x, uint64_t(shift));
  else if (shift < 0) y = bigint_lshift(y, uint64_t(-shift));
  BigInt q, r;
  bigint_divmod_trunc(x, y, &q, &r);
  uint64_t qi = uint64_t(q.to_i64());
  if (!r.is_zero()) qi |= 1;
  int64_t exp = -shift;
  if (exp > 2000) {
    err_set_string(Exc_OverflowError, "integer division result too large for a float");
    return false;
  }
  // A subnormal result keeps fewer than 53 bits: round qi there (half-even,
  // the sticky bit included) so the final scaling is exact.
  int qbits = 64 - __builtin_clzll(qi);
  int64_t top = qbits + exp;
  if (top - 1 < -1022) {
    int64_t prec = 53 - (-1022 - (top - 1));
    int64_t sh = qbits - (prec < 0 ? 0 : prec);
    if (sh >= 64) {
      qi = 0;
    } else if (sh > 0) {
      uint64_t q2 = qi >> sh, rem = qi & ((uint64_t(1) << sh) - 1), half = uint64_t(1) << (sh - 1);
      if (rem > half || (rem == half && (q2 & 1))) q2++;
      qi = q2;
      exp += sh;
    }
  }
  double d = exp < -2200 || qi == 0 ? 0.0 : std::ldexp(double(qi), int(exp));
  if (std::isinf(d)) {
    err_set_string(Exc_OverflowError, "integer division result too large for a float");
    return false;
  }
  *out = neg ? -d : d;
  return true;
}

}  // namespace rt

// _struct: conversions between Python values and C structs, the native
// module under CPython's struct.py (pack, unpack, calcsize, Struct, pack_into,
// unpack_from, iter_unpack, struct.error).  Buffers are read and written
// through the buffer protocol (runtime/buffer.h), so any bytes-like object
// works where CPython accepts one.
//
// A format compiles to a list of codes: (format entry, offset, item size,
// repeat).  'x' pads produce no code; 's' and 'p' are one code of `size`
// bytes; every other item letter with a count n is one code repeated n times.
// Offsets include native alignment ('@': each item aligned to its own size,
// as the C compiler on x86-64 lays out a struct; the total is not padded at
// the end); the other byte orders use the standard sizes and no alignment.
//
// The three tables follow CPython 3.11 on a little-endian machine, including
// where its messages differ by table: '@' uses the native packers; '<' and
// '=' use them too for every letter whose standard size equals the native
// one (so '<h' out of range says "short format requires ..."), and standard
// ones for 'l', 'L', '?', 'f', 'd'; '>' and '!' use the standard big-endian
// ones ("'h' format requires ...").  As in CPython, a packer that fails with
// OverflowError on an int argument reports struct.error "int too large to
// convert".
//
// Decision: no cache of compiled formats (CPython keeps the last 100): a
// format compiles in well under a microsecond; _clearcache() exists and does
// nothing.
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>
#include <new>
#include <string>
#include <type_traits>

#include "runtime/bytes/buffer.h"
#include "runtime/exceptions/exceptions.h"
#include "runtime/numbers/int.h"
#include "modules.h"
#include "native.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace stdlib {
using namespace rt;

namespace struct_ {
namespace {

TypeObject StructErrorType, StructType, UnpackIterType;
TypeObject* const StructError = &StructErrorType;

Object* struct_error(const char* msg) { return err_format_null(StructError, "%s", msg); }

// ---- integers ---------------------------------------------------------------------------
// An int, or the __index__ of one; struct.error otherwise.
Object* get_pylong(Object* v) {
  if (is_int(v)) return newref(v);
  if (type_of(v)->nb_index) return number_index(v);
  return struct_error("required argument is not an integer");
}

// The low n bytes (little-endian) of int n_obj as two's complement or
// magnitude; false (no error set) when the value does not fit.
bool int_bytes(Object* n_obj, uint8_t* out, size_t n, bool is_signed) {
  BigInt tmp;
  return bigint_to_bytes(int_as_bigint(n_obj, tmp), out, n, true, is_signed);
}

// PyLong_AsLong / PyLong_AsUnsignedLong through get_pylong: struct.error
// "argument out of range" when the value does not fit 64 bits.
bool get_i64(Object* v, int64_t* out) {
  Object* n = get_pylong(v);
  if (!n) return false;
  bool ok = int_fits_i64(n);
  if (ok) *out = int_as_i64(n);
  decref(n);
  if (!ok) struct_error("argument out of range");
  return ok;
}
bool get_u64(Object* v, uint64_t* out) {
  Object* n = get_pylong(v);
  if (!n) return false;
  uint8_t b[8];
  bool ok = int_bytes(n, b, 8, false);
  decref(n);
  if (!ok) return struct_error("argument out of range"), false;
  uint64_t x = 0;
  for (int i = 7; i >= 0; i--) x = (x << 8) | b[i];
  *out = x;
  return true;
}

// "'h' format requires -32768 <= number <= 32767" / "'H' format requires 0 <= number <= 65535".
bool range_error(char code, ssize size, bool is_unsigned) {
  uint64_t ulargest = size >= 8 ? UINT64_MAX : (uint64_t(1) << (8 * size)) - 1;
  if (is_unsigned)
    err_format(StructError, "'%c' format requires 0 <= number <= %llu", code, (unsigned long long)ulargest);
  else
    err_format(StructError, "'%c' format requires %lld <= number <= %lld", code, ~(long long)(ulargest >> 1),
               (long long)(ulargest >> 1));
  return false;
}

void put_uint(char* p, uint64_t x, ssize size, bool little) {
  for (ssize i = 0; i < size; i++) {
    ssize at = little ? i : size - 1 - i;
    p[at] = char(x & 0xff);
    x >>= 8;
  }
}
uint64_t get_uint(const char* p, ssize size, bool little) {
  uint64_t x = 0;
  for (ssize i = 0; i < size; i++) {
    ssize at = little ? size - 1 - i : i;
    x = (x << 8) | static_cast<unsigned char>(p[at]);
  }
  return x;
}
int64_t sign_extend(uint64_t x, ssize size) {
  if (size >= 8) return int64_t(x);
  uint64_t sign = uint64_t(1) << (8 * size - 1);
  return int64_t((x ^ sign) - sign);
}

// ---- floats -------------------------------------------------------------------------------
// PyFloat_AsDouble, with struct.error "required argument is not a float" for any failure.
bool get_double(Object* v, double* out) {
  bool ok = true;
  double d = number_as_double(v, &ok);
  if (!ok) {
    err_clear();
    struct_error("required argument is not a float");
    return false;
  }
  *out = d;
  return true;
}

// IEEE half precision, rounding to nearest even; false with OverflowError
// when x is finite but too large.
bool half_bits(double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (x == 0.0) {
    *out = sign;
    return true;
  }
  if (std::isinf(x)) {
    *out = sign | 0x7c00;
    return true;
  }
  if (std::isnan(x)) {
    *out = sign | 0x7e00;
    return true;
  }
  int e;
  double f = std::frexp(std::fabs(x), &e) * 2.0;  // |x| = f * 2**(e-1), 1 <= f < 2
  e--;
  if (e >= 16) {
    err_set_string(Exc_OverflowError, "float too large to pack with e format");
    return false;
  }
  int exp;
  if (e < -25) {  // below half the smallest subnormal: zero
    f = 0.0;
    exp = 0;
  } else if (e < -14) {  // subnormal: f * 2**(e+14) of 2**-14
    f = std::ldexp(f, 14 + e);
    exp = 0;
  } else {
    exp = e + 15;
    f -= 1.0;  // the implicit leading bit
  }
  f *= 1024.0;
  auto frac = uint32_t(f);
  double rest = f - frac;
  if (rest > 0.5 || (rest == 0.5 && (frac & 1))) {
    if (++frac == 1024) {  // the carry went into the exponent
      frac = 0;
      if (++exp == 31) {
        err_set_string(Exc_OverflowError, "float too large to pack with e format");
        return false;
      }
    }
  }
  *out = uint16_t(sign | (exp << 10) | frac);
  return true;
}

double half_value(uint16_t h) {
  bool neg = h & 0x8000;
  int exp = (h >> 10) & 0x1f;
  int frac = h & 0x3ff;
  double x;
  if (exp == 0x1f) x = frac ? std::nan("") : HUGE_VAL;
  else if (exp == 0) x = std::ldexp(frac, -24);
  else x = std::ldexp(frac + 1024, exp - 25);
  return neg ? -x : x;
}

// ---- the format tables ------------------------------------------------------------------------
struct FormatDef;
using packfn = bool (*)(char* p, Object* v, const FormatDef* f);
using unpackfn = Object* (*)(const char* p, const FormatDef* f);
struct FormatDef {
  char code;
  ssize size;
  ssize alignment;  // native table only; 0: none
  packfn pack;      // null for x, s, p (handled by the packer loop)
  unpackfn unpack;
  bool little;      // byte order of the standard packers
};

// Native (and their little-endian twins).
bool np_byte(char* p, Object* v, const FormatDef*) {
  int64_t x;
  if (!get_i64(v, &x)) return false;
  if (x < -128 || x > 127) return struct_error("byte format requires -128 <= number <= 127"), false;
  *p = char(x);
  return true;
}
bool np_ubyte(char* p, Object* v, const FormatDef*) {
  int64_t x;
  if (!get_i64(v, &x)) return false;
  if (x < 0 || x > 255) return struct_error("ubyte format requires 0 <= number <= 255"), false;
  *p = char(x);
  return true;
}
bool np_char(char* p, Object* v, const FormatDef*) {
  if (!is_bytes(v) || size_of(v) != 1) return struct_error("char format requires a bytes object of length 1"), false;
  *p = bytes_data(v)[0];
  return true;
}
bool np_short(char* p, Object* v, const FormatDef*) {
  int64_t x;
  if (!get_i64(v, &x)) return false;
  if (x < SHRT_MIN || x > SHRT_MAX)
    return err_format(StructError, "short format requires %d <= number <= %d", SHRT_MIN, SHRT_MAX), false;
  auto s = short(x);
  std::memcpy(p, &s, sizeof s);
  return true;
}
bool np_ushort(char* p, Object* v, const FormatDef*) {
  int64_t x;
  if (!get_i64(v, &x)) return false;
  if (x < 0 || x > USHRT_MAX) return err_format(StructError, "ushort format requires 0 <= number <= %u", USHRT_MAX), false;
  auto s = static_cast<unsigned short>(x);
  std::memcpy(p, &s, sizeof s);
  return true;
}
bool np_int(char* p, Object* v, const FormatDef* f) {
  int64_t x;
  if (!get_i64(v, &x)) return false;
  if (x < INT_MIN || x > INT_MAX) return range_error(f->code, 4, false);
  auto i = int(x);
  std::memcpy(p, &i, sizeof i);
  return true;
}
bool np_uint(char* p, Object* v, const FormatDef* f) {
  uint64_t x;
  if (!get_u64(v, &x)) return false;
  if (x > UINT_MAX) return range_error(f->code, 4, true);
  auto i = static_cast<unsigned>(x);
  std::memcpy(p, &i, sizeof i);
  return true;
}
bool np_i64(char* p, Object* v, const FormatDef*) {  // l, q, n
  int64_t x;
  if (!get_i64(v, &x)) return false;
  std::memcpy(p, &x, sizeof x);
  return true;
}
bool np_u64(char* p, Object* v, const FormatDef*) {  // L, Q, N
  uint64_t x;
  if (!get_u64(v, &x)) return false;
  std::memcpy(p, &x, sizeof x);
  return true;
}
bool np_bool(char* p, Object* v, const FormatDef*) {
  int t = object_is_true(v);
  if (t < 0) return false;
  *p = char(t);
  return true;
}
bool np_float(char* p, Object* v, const FormatDef*) {
  double d;
  if (!get_double(v, &d)) return false;
  auto x = float(d);  // as a C cast: no overflow check in native mode
  std::memcpy(p, &x, sizeof x);
  return true;
}
bool np_double(char* p, Object* v, const FormatDef*) {
  double d;
  if (!get_double(v, &d)) return false;
  std::memcpy(p, &d, sizeof d);
  return true;
}
bool np_void_p(char* p, Object* v, const FormatDef*) {
  Object* n = get_pylong(v);
  if (!n) return false;
  uint8_t b[8];
  bool ok = int_bytes(n, b, 8, int_sign(n) < 0);
  decref(n);
  if (!ok) return err_set_string(Exc_OverflowError, "int too large to convert"), false;
  std::memcpy(p, b, 8);
  return true;
}
// Half floats: native and standard are the same up to byte order.
bool p_half(char* p, Object* v, const FormatDef* f) {
  double d;
  uint16_t h;
  if (!get_double(v, &d) || !half_bits(d, &h)) return false;
  put_uint(p, h, 2, f->little);
  return true;
}

Object* nu_byte(const char* p, const FormatDef*) { return int_from_i64(static_cast<signed char>(*p)); }
Object* nu_ubyte(const char* p, const FormatDef*) { return int_from_i64(static_cast<unsigned char>(*p)); }
Object* nu_char(const char* p, const FormatDef*) { return bytes_from(p, 1); }
// A native integer of type T read from p.
template <class T>
Object* nu_int_as(const char* p, const FormatDef*) {
  T x;
  std::memcpy(&x, p, sizeof x);
  if constexpr (std::is_same_v<T, uint64_t>) return int_from_u64(x);
  else return int_from_i64(int64_t(x));
}
constexpr unpackfn nu_short = nu_int_as<short>, nu_ushort = nu_int_as<unsigned short>, nu_int = nu_int_as<int>,
                   nu_uint = nu_int_as<unsigned>, nu_i64 = nu_int_as<int64_t>, nu_u64 = nu_int_as<uint64_t>;
Object* nu_bool(const char* p, const FormatDef*) { return bool_ref(*p != 0); }
Object* nu_float(const char* p, const FormatDef*) {
  float x;
  std::memcpy(&x, p, sizeof x);
  return float_from_double(x);
}
Object* nu_double(const char* p, const FormatDef*) {
  double x;
  std::memcpy(&x, p, sizeof x);
  return float_from_double(x);
}
Object* u_half(const char* p, const FormatDef* f) { return float_from_double(half_value(uint16_t(get_uint(p, 2, f->little)))); }

// Standard sizes, either byte order.
bool sp_int(char* p, Object* v, const FormatDef* f) {  // h, i, l of size 2 or 4
  int64_t x;
  if (!get_i64(v, &x)) return false;
  int64_t hi = (int64_t(1) << (8 * f->size - 1)) - 1;
  if (x < -hi - 1 || x > hi) return range_error(f->code, f->size, false);
  put_uint(p, uint64_t(x), f->size, f->little);
  return true;
}
bool sp_uint(char* p, Object* v, const FormatDef* f) {  // H, I, L of size 2 or 4
  uint64_t x;
  if (!get_u64(v, &x)) return false;
  if (x >> (8 * f->size)) return range_error(f->code, f->size, true);
  put_uint(p, x, f->size, f->little);
  return true;
}
bool sp_i64(char* p, Object* v, const FormatDef* f, bool is_signed) {  // q, Q: to 8 bytes or OverflowError
  Object* n = get_pylong(v);
  if (!n) return false;
  uint8_t b[8];
  bool ok = int_bytes(n, b, 8, is_signed);
  decref(n);
  if (!ok) return err_set_string(Exc_OverflowError, "int too large to convert"), false;
  for (int i = 0; i < 8; i++) p[f->little ? i : 7 - i] = char(b[i]);
  return true;
}
bool sp_longlong(char* p, Object* v, const FormatDef* f) { return sp_i64(p, v, f, true); }
bool sp_ulonglong(char* p, Object* v, const FormatDef* f) { return sp_i64(p, v, f, false); }
bool sp_bool(char* p, Object* v, const FormatDef* f) { return np_bool(p, v, f); }
bool sp_float(char* p, Object* v, const FormatDef* f) {
  double d;
  if (!get_double(v, &d)) return false;
  auto x = float(d);
  if (std::isinf(x) && !std::isinf(d))
    return err_set_string(Exc_OverflowError, "float too large to pack with f format"), false;
  uint32_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  put_uint(p, bits, 4, f->little);
  return true;
}
bool sp_double(char* p, Object* v, const FormatDef* f) {
  double d;
  if (!get_double(v, &d)) return false;
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  put_uint(p, bits, 8, f->little);
  return true;
}

Object* su_int(const char* p, const FormatDef* f) { return int_from_i64(sign_extend(get_uint(p, f->size, f->little), f->size)); }
Object* su_uint(const char* p, const FormatDef* f) { return int_from_u64(get_uint(p, f->size, f->little)); }
Object* su_float(const char* p, const FormatDef* f) {
  auto bits = uint32_t(get_uint(p, 4, f->little));
  float x;
  std::memcpy(&x, &bits, sizeof x);
  return float_from_double(x);
}
Object* su_double(const char* p, const FormatDef* f) {
  uint64_t bits = get_uint(p, 8, f->little);
  double x;
  std::memcpy(&x, &bits, sizeof x);
  return float_from_double(x);
}

const FormatDef native_table[] = {
    {'x', 1, 0, nullptr, nullptr, true},      {'b', 1, 0, np_byte, nu_byte, true},
    {'B', 1, 0, np_ubyte, nu_ubyte, true},    {'c', 1, 0, np_char, nu_char, true},
    {'s', 1, 0, nullptr, nullptr, true},      {'p', 1, 0, nullptr, nullptr, true},
    {'h', 2, 2, np_short, nu_short, true},    {'H', 2, 2, np_ushort, nu_ushort, true},
    {'i', 4, 4, np_int, nu_int, true},        {'I', 4, 4, np_uint, nu_uint, true},
    {'l', 8, 8, np_i64, nu_i64, true},        {'L', 8, 8, np_u64, nu_u64, true},
    {'n', 8, 8, np_i64, nu_i64, true},        {'N', 8, 8, np_u64, nu_u64, true},
    {'q', 8, 8, np_i64, nu_i64, true},        {'Q', 8, 8, np_u64, nu_u64, true},
    {'?', 1, 1, np_bool, nu_bool, true},      {'e', 2, 2, p_half, u_half, true},
    {'f', 4, 4, np_float, nu_float, true},    {'d', 8, 8, np_double, nu_double, true},
    {'P', 8, 8, np_void_p, nu_u64, true},     {0, 0, 0, nullptr, nullptr, true},
};

// '<' and '=' on a little-endian machine: the native packers wherever the sizes agree.
const FormatDef little_table[] = {
    {'x', 1, 0, nullptr, nullptr, true},     {'b', 1, 0, np_byte, nu_byte, true},
    {'B', 1, 0, np_ubyte, nu_ubyte, true},   {'c', 1, 0, np_char, nu_char, true},
    {'s', 1, 0, nullptr, nullptr, true},     {'p', 1, 0, nullptr, nullptr, true},
    {'h', 2, 0, np_short, nu_short, true},   {'H', 2, 0, np_ushort, nu_ushort, true},
    {'i', 4, 0, np_int, nu_int, true},       {'I', 4, 0, np_uint, nu_uint, true},
    {'l', 4, 0, sp_int, su_int, true},       {'L', 4, 0, sp_uint, su_uint, true},
    {'q', 8, 0, np_i64, nu_i64, true},       {'Q', 8, 0, np_u64, nu_u64, true},
    {'?', 1, 0, sp_bool, nu_bool, true},     {'e', 2, 0, p_half, u_half, true},
    {'f', 4, 0, sp_float, su_float, true},   {'d', 8, 0, sp_double, su_double, true},
    {0, 0, 0, nullptr, nullptr, true},
};

const FormatDef big_table[] = {
    {'x', 1, 0, nullptr, nullptr, false},      {'b', 1, 0, np_byte, nu_byte, false},
    {'B', 1, 0, np_ubyte, nu_ubyte, false},    {'c', 1, 0, np_char, nu_char, false},
    {'s', 1, 0, nullptr, nullptr, false},      {'p', 1, 0, nullptr, nullptr, false},
    {'h', 2, 0, sp_int, su_int, false},        {'H', 2, 0, sp_uint, su_uint, false},
    {'i', 4, 0, sp_int, su_int, false},        {'I', 4, 0, sp_uint, su_uint, false},
    {'l', 4, 0, sp_int, su_int, false},        {'L', 4, 0, sp_uint, su_uint, false},
    {'q', 8, 0, sp_longlong, su_int, false},   {'Q', 8, 0, sp_ulonglong, su_uint, false},
    {'?', 1, 0, sp_bool, nu_bool, false},      {'e', 2, 0, p_half, u_half, false},
    {'f', 4, 0, sp_float, su_float, false},    {'d', 8, 0, sp_double, su_double, false},
    {0, 0, 0, nullptr, nullptr, false},
};

// ---- compiled formats ---------------------------------------------------------------------------
struct Code {
  const FormatDef* def;  // null terminates
  ssize offset;
  ssize size;    // item size; for s and p the whole field
  ssize repeat;  // items; 1 for s and p
};

struct StructObject : Object {
  Object* format;  // bytes, the format as given (encoded)
  ssize size;      // bytes
  ssize len;       // values
  Code* codes;     // malloc'ed; null before __init__
  Object* weakreflist;
};
StructObject* S(Object* o) { return static_cast<StructObject*>(o); }

// Compile fmt into codes; sets size and len.  -1 with struct.error on a bad format.
int compile(StructObject* s, const char* fmt, ssize fmtlen) {
  if (ssize(std::strlen(fmt)) != fmtlen) return struct_error("embedded null character"), -1;
  const FormatDef* table = native_table;
  switch (*fmt) {
    case '<':
    case '=':
      table = little_table;
      fmt++;
      break;
    case '>':
    case '!':
      table = big_table;
      fmt++;
      break;
    case '@':
      fmt++;
      break;
  }
  // Two passes: validate and measure, then fill the codes.
  ssize ncodes = 0, len = 0, size = 0;
  for (int pass = 0; pass < 2; pass++) {
    Code* out = nullptr;
    if (pass == 1) {
      out = static_cast<Code*>(std::malloc(size_t(ncodes + 1) * sizeof(Code)));
      if (!out) return err_no_memory(), -1;
      std::free(s->codes);
      s->codes = out;
    }
    ssize offset = 0;
    for (const char* p = fmt; *p;) {
      char c = *p++;
      if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
      ssize num = 1;
      if (c >= '0' && c <= '9') {
        num = c - '0';
        while ((c = *p++) >= '0' && c <= '9') {
          if (num >= PTRDIFF_MAX / 10 && (num > PTRDIFF_MAX / 10 || (c - '0') > PTRDIFF_MAX % 10))
            return struct_error("total struct size too long"), -1;
          num = num * 10 + (c - '0');
        }
        if (c == '\0') return struct_error("repeat count given without format specifier"), -1;
      }
      const FormatDef* e = table;
      while (e->code && e->code != c) e++;
      if (!e->code) return struct_error("bad char in struct format"), -1;
      if (e->alignment && offset > 0) {
        ssize extra = (e->alignment - 1) - (offset - 1) % e->alignment;
        if (extra > PTRDIFF_MAX - offset) return struct_error("total struct size too long"), -1;
        offset += extra;
      }
      if (num > (PTRDIFF_MAX - offset) / e->size) return struct_error("total struct size too long"), -1;
      if (c == 's' || c == 'p') {
        if (out) *out++ = {e, offset, num, 1};
        if (!pass) {
          ncodes++;
          len++;
        }
      } else if (c != 'x' && num) {
        if (out) *out++ = {e, offset, e->size, num};
        if (!pass) {
          ncodes++;
          len += num;
        }
      }
      offset += num * e->size;
    }
    size = offset;
    if (out) *out = {nullptr, 0, 0, 0};
  }
  s->size = size;
  s->len = len;
  return 0;
}

// Pack args[0..len) into buf (s->size bytes, zero-filled first).
bool pack_values(StructObject* s, Object* const* args, char* buf) {
  std::memset(buf, 0, size_t(s->size));
  ssize i = 0;
  for (const Code* code = s->codes; code->def; code++) {
    char* res = buf + code->offset;
    char c = code->def->code;
    for (ssize j = 0; j < code->repeat; j++, res += code->size) {
      Object* v = args[i++];
      if (c == 's' || c == 'p') {
        const char* data;
        ssize n;
        if (is_bytes(v)) {
          data = bytes_data(v);
          n = size_of(v);
        } else if (is_bytearray(v)) {
          data = bytearray_data(v);
          n = size_of(v);
        } else {
          err_format(StructError, "argument for '%c' must be a bytes object", c);
          return false;
        }
        if (c == 's') {
          if (n > code->size) n = code->size;
          if (n > 0) std::memcpy(res, data, size_t(n));
        } else if (code->size > 0) {
          if (n > code->size - 1) n = code->size - 1;
          if (n > 0) std::memcpy(res + 1, data, size_t(n));
          *res = char(n > 255 ? 255 : n);
        }
        continue;
      }
      if (!code->def->pack(res, v, code->def)) {
        if (is_int(v) && err_matches(Exc_OverflowError)) {
          err_clear();
          struct_error("int too large to convert");
        }
        return false;
      }
    }
  }
  return true;
}

Object* unpack_values(StructObject* s, const char* buf) {
  Object* t = tuple_new(s->len);
  if (!t) return nullptr;
  for (ssize k = 0; k < s->len; k++) tuple_set_steal(t, k, nullptr);
  ssize i = 0;
  for (const Code* code = s->codes; code->def; code++) {
    const char* res = buf + code->offset;
    char c = code->def->code;
    for (ssize j = 0; j < code->repeat; j++, res += code->size) {
      Object* v;
      if (c == 's') {
        v = bytes_from(res, code->size);
      } else if (c == 'p') {
        ssize n = code->size ? static_cast<unsigned char>(*res) : 0;
        if (n >= code->size) n = code->size ? code->size - 1 : 0;
        v = bytes_from(res + 1, n);
      } else {
        v = code->def->unpack(res, code->def);
      }
      if (!v) {
        for (ssize k = i; k < s->len; k++) tuple_set_steal(t, k, none_ref());
        decref(t);
        return nullptr;
      }
      tuple_set_steal(t, i++, v);
    }
  }
  return t;
}

// ---- Struct --------------------------------------------------------------------------------
Object* struct_new(TypeObject* type, Object* const*, ssize, Object*) {
  auto* s = native::alloc<StructObject>(type);
  if (!s) return nullptr;
  s->format = bytes_from("", 0);
  s->codes = static_cast<Code*>(std::calloc(1, sizeof(Code)));
  if (!s->format || !s->codes) {
    decref(s);
    return err_no_memory();
  }
  return s;
}

void struct_dealloc(Object* o) {
  clear_weakrefs(o);
  xdecref(S(o)->format);
  std::free(S(o)->codes);
  free_object(o);
}

// The format as bytes: a str is encoded as ASCII (UnicodeEncodeError otherwise).
Object* format_bytes(Object* fmt) {
  if (is_str(fmt)) {
    Object* ascii = str_from_cstr("ascii");
    Object* b = ascii ? call_method1(fmt, names::encode, ascii) : nullptr;
    xdecref(ascii);
    return b;
  }
  if (is_bytes(fmt)) return newref(fmt);
  return err_format_null(Exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s", type_name(fmt));
}

int struct_set_format(Object* self, Object* fmt) {
  Object* b = format_bytes(fmt);
  if (!b) return -1;
  setref(S(self)->format, b);
  return compile(S(self), bytes_data(b), size_of(b));
}

int struct_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!native::parse("Struct", args, nargs, kwnames, "format", a)) return -1;
  return struct_set_format(self, a[0]);
}

// A compiled Struct for a module-level function's format argument.
Object* struct_for(Object* fmt) {
  Object* s = struct_new(&StructType, nullptr, 0, nullptr);
  if (s && struct_set_format(s, fmt) < 0) clearref(s);
  return s;
}

Object* do_pack(StructObject* s, Object* const* args, ssize nargs) {
  if (nargs != s->len) return err_format_null(StructError, "pack expected %zd items for packing (got %zd)", s->len, nargs);
  std::string buf(size_t(s->size), '\0');
  if (!pack_values(s, args, buf.data())) return nullptr;
  return bytes_from(buf.data(), s->size);
}

Object* do_pack_into(StructObject* s, Object* const* args, ssize nargs) {
  if (nargs != s->len + 2) {
    if (nargs == 0) return struct_error("pack_into expected buffer argument");
    if (nargs == 1) return struct_error("pack_into expected offset argument");
    return err_format_null(StructError, "pack_into expected %zd items for packing (got %zd)", s->len, nargs - 2);
  }
  BytesLike buf;
  if (!buf.get(args[0], BUF_WRITABLE)) {
    err_clear();
    return err_format_null(Exc_TypeError, "argument must be read-write bytes-like object, not %s",
                           arg_type_name(args[0]));
  }
  ssize offset = number_as_ssize(args[1], Exc_IndexError);
  if (offset == -1 && err_occurred()) return nullptr;
  ssize len = buf.size();
  if (offset < 0) {
    if (offset + s->size > 0)
      return err_format_null(StructError, "no space to pack %zd bytes at offset %zd", s->size, offset);
    if (offset + len < 0) return err_format_null(StructError, "offset %zd out of range for %zd-byte buffer", offset, len);
    offset += len;
  }
  if (len - offset < s->size)
    return err_format_null(StructError,
                           "pack_into requires a buffer of at least %zu bytes for packing %zd bytes at offset %zd "
                           "(actual buffer size is %zd)",
                           size_t(s->size) + size_t(offset), s->size, offset, len);
  if (!pack_values(s, args + 2, buf.wdata() + offset)) return nullptr;
  return none_ref();
}

Object* do_unpack(StructObject* s, Object* buffer) {
  BytesLike buf;
  if (!buf.get(buffer)) return nullptr;
  if (buf.size() != s->size) return err_format_null(StructError, "unpack requires a buffer of %zd bytes", s->size);
  return unpack_values(s, buf.data());
}

Object* do_unpack_from(StructObject* s, Object* buffer, Object* offset_obj) {
  ssize offset = 0;
  if (offset_obj && !native::ssize_arg(offset_obj, &offset)) return nullptr;
  BytesLike buf;
  if (!buf.get(buffer)) return nullptr;
  ssize len = buf.size();
  if (offset < 0) {
    if (offset + s->size > 0)
      return err_format_null(StructError, "not enough data to unpack %zd bytes at offset %zd", s->size, offset);
    if (offset + len < 0) return err_format_null(StructError, "offset %zd out of range for %zd-byte buffer", offset, len);
    offset += len;
  }
  if (len - offset < s->size)
    return err_format_null(StructError,
                           "unpack_from requires a buffer of at least %zu bytes for unpacking %zd bytes at offset %zd "
                           "(actual buffer size is %zd)",
                           size_t(s->size) + size_t(offset), s->size, offset, len);
  return unpack_values(s, buf.data() + offset);
}

// ---- unpack_iterator --------------------------------------------------------------------------
struct UnpackIterObject : Object {
  Object* so;  // the Struct; null once exhausted
  Buffer buf;  // held until exhausted or freed
  ssize index;
};
UnpackIterObject* UI(Object* o) { return static_cast<UnpackIterObject*>(o); }

int unpackiter_clear(Object* o) {
  clearref(UI(o)->so);
  buffer_release(&UI(o)->buf);
  return 0;
}
void unpackiter_dealloc(Object* o) {
  gc_untrack(o);
  unpackiter_clear(o);
  free_object(o);
}
int unpackiter_traverse(Object* o, visitproc visit, void* arg) {
  if (UI(o)->so) {
    if (int r = visit(UI(o)->so, arg)) return r;
  }
  return UI(o)->buf.obj ? visit(UI(o)->buf.obj, arg) : 0;
}

Object* unpackiter_next(Object* o) {
  UnpackIterObject* it = UI(o);
  if (!it->so) return nullptr;
  if (it->index >= it->buf.len) {
    unpackiter_clear(o);
    return nullptr;
  }
  Object* r = unpack_values(S(it->so), static_cast<const char*>(it->buf.buf) + it->index);
  it->index += S(it->so)->size;
  return r;
}

Object* unpackiter_length_hint(Object* o, Object* const*, ssize, Object*) {
  UnpackIterObject* it = UI(o);
  ssize n = it->so ? (it->buf.len - it->index) / S(it->so)->size : 0;
  return int_from_i64(n);
}

Object* unpackiter_new(TypeObject* type, Object* const*, ssize, Object*) {
  return err_format_null(Exc_TypeError, "Cannot create '%s objects", native::short_name(type));
}

Object* do_iter_unpack(StructObject* s, Object* buffer) {
  if (s->size == 0) return struct_error("cannot iteratively unpack with a struct of length 0");
  auto* it = native::alloc<UnpackIterObject>(&UnpackIterType);
  if (!it) return nullptr;
  new (&it->buf) Buffer();
  if (object_get_buffer(buffer, &it->buf, BUF_SIMPLE) < 0) {
    decref(it);
    return nullptr;
  }
  if (it->buf.len % s->size != 0) {
    decref(it);
    return err_format_null(StructError, "iterative unpacking requires a buffer of a multiple of %zd bytes", s->size);
  }
  it->so = newref(static_cast<Object*>(s));
  gc_track(it);
  return it;
}

// ---- Struct methods ------------------------------------------------------------------------------
Object* m_pack(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("Struct.pack", kwnames)) return nullptr;
  return do_pack(S(self), args, nargs);
}
Object* m_pack_into(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("Struct.pack_into", kwnames)) return nullptr;
  return do_pack_into(S(self), args, nargs);
}
Object* m_unpack(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("Struct.unpack", kwnames) || !cont::check_one_arg("Struct.unpack", nargs)) return nullptr;
  return do_unpack(S(self), args[0]);
}
Object* m_unpack_from(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!native::parse("unpack_from", args, nargs, kwnames, "buffer|offset", a)) return nullptr;
  return do_unpack_from(S(self), a[0], a[1]);
}
Object* m_iter_unpack(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("Struct.iter_unpack", kwnames) || !cont::check_one_arg("Struct.iter_unpack", nargs))
    return nullptr;
  return do_iter_unpack(S(self), args[0]);
}
Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("Struct.__sizeof__", nargs, kwnames)) return nullptr;
  ssize n = 0;
  for (const Code* c = S(self)->codes; c->def; c++) n++;
  return int_from_i64(ssize(sizeof(StructObject)) + (n + 1) * ssize(sizeof(Code)));
}

Object* get_format(Object* self, void*) {
  Object* b = S(self)->format;
  return str_from(std::string_view(bytes_data(b), size_t(size_of(b))));
}
Object* get_size(Object* self, void*) { return int_from_i64(S(self)->size); }

// ---- module functions ---------------------------------------------------------------------------
// Run fn with the Struct compiled from args[0].
template <class F>
Object* with_struct(Object* fmt, F fn) {
  Object* s = struct_for(fmt);
  if (!s) return nullptr;
  Object* r = fn(S(s));
  decref(s);
  return r;
}

Object* f_pack(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("_struct.pack", kwnames)) return nullptr;
  if (nargs < 1) return err_format_null(Exc_TypeError, "missing format argument");
  return with_struct(args[0], [&](StructObject* s) { return do_pack(s, args + 1, nargs - 1); });
}
Object* f_pack_into(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("_struct.pack_into", kwnames)) return nullptr;
  if (nargs < 1) return err_format_null(Exc_TypeError, "missing format argument");
  return with_struct(args[0], [&](StructObject* s) { return do_pack_into(s, args + 1, nargs - 1); });
}
Object* f_unpack(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("_struct.unpack", kwnames) || !cont::check_nargs("unpack", nargs, 2, 2)) return nullptr;
  return with_struct(args[0], [&](StructObject* s) { return do_unpack(s, args[1]); });
}
Object* f_unpack_from(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (!native::parse("unpack_from", args, nargs, kwnames, "format,/,buffer|offset", a)) return nullptr;
  return with_struct(a[0], [&](StructObject* s) { return do_unpack_from(s, a[1], a[2]); });
}
Object* f_iter_unpack(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("_struct.iter_unpack", kwnames) || !cont::check_nargs("iter_unpack", nargs, 2, 2))
    return nullptr;
  return with_struct(args[0], [&](StructObject* s) { return do_iter_unpack(s, args[1]); });
}
Object* f_calcsize(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("_struct.calcsize", kwnames) || !cont::check_one_arg("_struct.calcsize", nargs))
    return nullptr;
  return with_struct(args[0], [](StructObject* s) { return int_from_i64(s->size); });
}
Object* f_clearcache(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!native::check_no_args("_struct._clearcache", nargs, kwnames)) return nullptr;
  return none_ref();
}

MethodDef struct_methods[] = {
    {"iter_unpack", m_iter_unpack, METH_DEFAULT,
     "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\n"
     "invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size."},
    {"pack", m_pack, METH_DEFAULT,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\n"
     "to the format string S.format.  See help(struct) for more on format\nstrings."},
    {"pack_into", m_pack_into, METH_DEFAULT,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\n"
     "and write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required "
     "argument.  See\nhelp(struct) for more on format strings."},
    {"unpack", m_unpack, METH_DEFAULT,
     "Return a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's "
     "size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings."},
    {"unpack_from", m_unpack_from, METH_DEFAULT,
     "Return a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\n"
     "The buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\n"
     "See help(struct) for more on format strings."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "S.__sizeof__() -> size of S in memory, in bytes"},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef struct_getset[] = {
    {"format", get_format, nullptr, "struct format string", nullptr},
    {"size", get_size, nullptr, "struct size in bytes", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
MethodDef unpackiter_methods[] = {
    {"__length_hint__", native::noargs<unpackiter_length_hint, native::kLengthHint>, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef module_functions[] = {
    {"_clearcache", f_clearcache, METH_DEFAULT, "Clear the internal cache."},
    {"calcsize", f_calcsize, METH_DEFAULT, "Return size in bytes of the struct described by the format string."},
    {"iter_unpack", f_iter_unpack, METH_DEFAULT,
     "Return an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\n"
     "invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size."},
    {"pack", f_pack, METH_DEFAULT,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\n"
     "to the format string.  See help(struct) for more on format strings."},
    {"pack_into", f_pack_into, METH_DEFAULT,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string "
     "and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a "
     "required argument.  See help(struct) for more\non format strings."},
    {"unpack", f_unpack, METH_DEFAULT,
     "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must "
     "be calcsize(format).\n\nSee help(struct) for more on format strings."},
    {"unpack_from", f_unpack_from, METH_DEFAULT,
     "Return a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, "
     "must be at least calcsize(format).\n\nSee help(struct) for more on format strings."},
    {nullptr, nullptr, 0, nullptr},
};

const char* const MODULE_DOC =
    "Functions to convert between Python values and C structs.\n"
    "Python bytes objects are used to hold the data representing the C struct\n"
    "and also as format strings (explained below) to describe the layout of data\n"
    "in the C struct.\n\n"
    "The optional first format char indicates byte order, size and alignment:\n"
    "  @: native order, size & alignment (default)\n"
    "  =: native order, std. size & alignment\n"
    "  <: little-endian, std. size & alignment\n"
    "  >: big-endian, std. size & alignment\n"
    "  !: same as >\n\n"
    "The remaining chars indicate types of args and must match exactly;\n"
    "these can be preceded by a decimal repeat count:\n"
    "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
    "  ?: _Bool (requires C99; if not available, char is used instead)\n"
    "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
    "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
    "Special cases (preceding decimal count indicates length):\n"
    "  s:string (array of char); p: pascal string (with count byte).\n"
    "Special cases (only available in native format):\n"
    "  n:ssize_t; N:size_t;\n"
    "  P:an integer type that is wide enough to hold a pointer.\n"
    "Special case (not in native mode unless 'long long' in platform C):\n"
    "  q:long long; Q:unsigned long long\n"
    "Whitespace between formats is ignored.\n\n"
    "The variable struct.error is an exception raised on errors.\n";

void fill_types() {
  TypeObject& e = StructErrorType;
  e.tp_name = "struct.error";
  e.tp_basicsize = sizeof(ExcObject);
  e.tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_BASE_EXC_SUBCLASS;
  e.tp_base = Exc_Exception;
  e.tp_dictoffset = offsetof(ExcObject, dict);

  TypeObject& s = StructType;
  s.tp_name = "_struct.Struct";
  s.tp_basicsize = sizeof(StructObject);
  s.tp_flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLE;
  s.tp_doc = "Struct(fmt) --> compiled struct object\n\n";
  s.tp_new = struct_new;
  s.tp_init = struct_init;
  s.tp_dealloc = struct_dealloc;
  s.tp_methods = struct_methods;
  s.tp_getset = struct_getset;
  s.tp_weaklistoffset = offsetof(StructObject, weakreflist);

  TypeObject& u = UnpackIterType;
  u.tp_name = "_struct.unpack_iterator";
  u.tp_basicsize = sizeof(UnpackIterObject);
  u.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  u.tp_new = unpackiter_new;
  u.tp_dealloc = unpackiter_dealloc;
  u.tp_traverse = unpackiter_traverse;
  u.tp_clear = unpackiter_clear;
  u.tp_iter = object_self_iter;
  u.tp_iternext = unpackiter_next;
  u.tp_methods = unpackiter_methods;
}

}  // namespace
}  // namespace struct_

Object* init_struct_module() {
  using namespace struct_;
  if (!has_flag(&StructType, TPFLAG_READY)) {
    fill_types();
    if (native::ready_types({&UnpackIterType}) < 0) return nullptr;
  }
  Object* m = native::make_module("_struct", MODULE_DOC, module_functions, {&StructType});
  if (!m) return nullptr;
  if (native::ready_types({&StructErrorType}) < 0 ||
      module_add_object(m, "error", newref(static_cast<Object*>(&StructErrorType))) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

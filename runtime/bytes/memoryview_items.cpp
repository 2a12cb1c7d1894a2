// memoryview's items: the native struct formats it reads and writes one
// item at a time ('c' 'b' 'B' 'h' 'H' 'i' 'I' 'l' 'L' 'q' 'Q' 'n' 'N' 'f'
// 'd' '?' 'P', each optionally prefixed with '@'; plus 'e' for exporters that
// use it), tolist() over any shape and strides, and == by value.
//
// Items are copied through memcpy into a local of the C type, so unaligned
// items (a strided or sliced view of bytes) are fine.  Sizes are the native
// ones of this platform (x86-64 / aarch64 Linux: long and size_t are 8 bytes).
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/numbers/int.h"
#include "runtime/bytes/memoryview.h"

namespace rt {

namespace {

// The format character of a native single-character format, or 0.
char native_char(const char* fmt) {
  if (!fmt) return 'B';
  if (fmt[0] == '@') fmt++;
  if (!fmt[0] || fmt[1]) return 0;
  switch (fmt[0]) {
    case 'c': case 'b': case 'B': case 'h': case 'H': case 'i': case 'I': case 'l': case 'L':
    case 'q': case 'Q': case 'n': case 'N': case 'f': case 'd': case '?': case 'P':
      return fmt[0];
    default:
      return 0;
  }
}

ssize char_size(char c) {
  switch (c) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return ssize(sizeof(long));
    case 'q': case 'Q': return 8;
    case 'n': case 'N': return ssize(sizeof(size_t));
    case 'P': return ssize(sizeof(void*));
    case 'd': return 8;
    default: return 0;
  }
}

// The single format character of fmt (after an optional '@'), or 0 when fmt is longer.
char item_char(const char* fmt) {
  if (!fmt) return 'B';
  if (fmt[0] == '@') fmt++;
  return fmt[0] && !fmt[1] ? fmt[0] : 0;
}

template <class T>
T load(const char* p) {
  T v;
  memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
void store(char* p, T v) {
  memcpy(p, &v, sizeof v);
}

// IEEE 754 binary16 <-> double (round half to even).
double half_to_double(uint16_t h) {
  int sign = h >> 15, exp = (h >> 10) & 0x1f, frac = h & 0x3ff;
  double v;
  if (exp == 0) v = std::ldexp(frac, -24);
  else if (exp == 31) v = frac ? NAN : INFINITY;
  else v = std::ldexp(frac + 1024, exp - 25);
  return sign ? -v : v;
}

bool double_to_half(double d, uint16_t* out) {
  uint16_t sign = std::signbit(d) ? 0x8000 : 0;
  double a = std::fabs(d);
  if (std::isnan(d)) {
    *out = sign | 0x7e00;
    return true;
  }
  if (std::isinf(d)) {
    *out = sign | 0x7c00;
    return true;
  }
  if (a == 0) {
    *out = sign;
    return true;
  }
  int e;
  std::frexp(a, &e);  // a = m * 2**e, 0.5 <= m < 1
  int exp = e - 1 + 15;
  double scaled;
  uint32_t bits;
  if (exp <= 0) {  // subnormal: units of 2**-24
    scaled = std::nearbyint(std::ldexp(a, 24));
    bits = uint32_t(scaled);  // may round up into the smallest normal, which is the right encoding
  } else {
    scaled = std::nearbyint(std::ldexp(a, 10 - (e - 1)));  // 1024..2048
    uint32_t m = uint32_t(scaled);
    if (m == 2048) {
      m = 1024;
      exp++;
    }
    if (exp >= 31) {
      err_set_string(Exc_OverflowError, "float too large to pack with e format");
      return false;
    }
    bits = uint32_t(exp) << 10 | (m - 1024);
  }
  *out = uint16_t(sign | bits);
  return true;
}

Object* invalid(const char* what, const char* fmt) {
  err_format(what[0] == 't' ? Exc_TypeError : Exc_ValueError, "memoryview: invalid %s for format '%s'", what, fmt);
  return nullptr;
}

// The integer value to pack: an __index__ value in [lo, hi] (as 128-bit range checks on int64/uint64).
bool int_in_range(Object* value, const char* fmt, bool is_unsigned, int64_t lo, uint64_t hi, uint64_t* bits) {
  if (!type_of(value)->nb_index) {
    invalid("type", fmt);
    return false;
  }
  Object* i = number_index(value);
  if (!i) return false;
  bool ok;
  if (int_fits_i64(i)) {
    int64_t x = int_as_i64(i);
    ok = x >= lo && (x < 0 || uint64_t(x) <= hi);
    *bits = uint64_t(x);
  } else {
    BigInt tmp;
    const BigInt& b = int_as_bigint(i, tmp);
    ok = is_unsigned && b.sign > 0 && b.bit_length() <= 64;
    if (ok) *bits = uint64_t(b.mag[0]) | (b.mag.size() > 1 ? uint64_t(b.mag[1]) << 32 : 0);
    ok = ok && *bits <= hi;
  }
  decref(i);
  if (!ok) invalid("value", fmt);
  return ok;
}

}  // namespace

ssize native_format_size(const char* fmt) {
  char c = native_char(fmt);
  return c ? char_size(c) : 0;
}

const char* native_format_static(const char* fmt) {
  // "@c" .. "@P": the bare form is the same string past the '@'.
  static const char* const table[] = {"@c", "@b", "@B", "@h", "@H", "@i", "@I", "@l", "@L",
                                      "@q", "@Q", "@n", "@N", "@f", "@d", "@?", "@P"};
  char c = native_char(fmt);
  if (!c) return nullptr;
  for (const char* t : table)
    if (t[1] == c) return fmt[0] == '@' ? t : t + 1;
  return nullptr;
}

bool is_byte_format(const char* fmt) {
  char c = native_char(fmt);
  return c == 'B' || c == 'b' || c == 'c';
}

bool check_item_format(const char* fmt) {
  char c = item_char(fmt);
  if (!c) {
    err_format(Exc_NotImplementedError, "memoryview: unsupported format %s", fmt);
    return false;
  }
  if (!char_size(c)) {
    err_format(Exc_NotImplementedError, "memoryview: format %s not supported", fmt);
    return false;
  }
  return true;
}

Object* unpack_item(const char* fmt, const char* p) {
  switch (item_char(fmt)) {
    case 'B': return int_from_i64(static_cast<unsigned char>(*p));
    case 'b': return int_from_i64(static_cast<signed char>(*p));
    case 'c': return bytes_from(p, 1);
    case '?': return bool_ref(*p != 0);
    case 'h': return int_from_i64(load<int16_t>(p));
    case 'H': return int_from_i64(load<uint16_t>(p));
    case 'i': return int_from_i64(load<int32_t>(p));
    case 'I': return int_from_i64(load<uint32_t>(p));
    case 'l': return int_from_i64(load<long>(p));
    case 'L': return int_from_u64(load<unsigned long>(p));
    case 'q': return int_from_i64(load<int64_t>(p));
    case 'Q': return int_from_u64(load<uint64_t>(p));
    case 'n': return int_from_i64(load<ssize>(p));
    case 'N': return int_from_u64(load<size_t>(p));
    case 'P': return int_from_u64(uint64_t(load<uintptr_t>(p)));
    case 'f': return float_from_double(load<float>(p));
    case 'd': return float_from_double(load<double>(p));
    case 'e': return float_from_double(half_to_double(load<uint16_t>(p)));
    default: check_item_format(fmt); return nullptr;
  }
}

int pack_item(const char* fmt, char* p, Object* value) {
  char c = item_char(fmt);
  uint64_t bits;
  switch (c) {
    case 'c':
      if (!is_bytes(value)) return invalid("type", fmt), -1;
      if (size_of(value) != 1) return invalid("value", fmt), -1;
      *p = bytes_data(value)[0];
      return 0;
    case '?': {
      int t = object_is_true(value);
      if (t < 0) return -1;
      *p = char(t);
      return 0;
    }
    case 'f': case 'd': case 'e': {
      if (!type_of(value)->nb_float && !type_of(value)->nb_index) return invalid("type", fmt), -1;
      bool ok = true;
      double d = number_as_double(value, &ok);
      if (!ok) {
        if (err_matches(Exc_OverflowError)) {
          err_clear();
          invalid("value", fmt);
        }
        return -1;
      }
      if (c == 'f') store<float>(p, float(d));
      else if (c == 'd') store<double>(p, d);
      else {
        uint16_t h;
        if (!double_to_half(d, &h)) return -1;
        store<uint16_t>(p, h);
      }
      return 0;
    }
    case 'b': if (!int_in_range(value, fmt, false, INT8_MIN, INT8_MAX, &bits)) return -1; *p = char(bits); return 0;
    case 'B': if (!int_in_range(value, fmt, true, 0, UINT8_MAX, &bits)) return -1; *p = char(bits); return 0;
    case 'h': if (!int_in_range(value, fmt, false, INT16_MIN, INT16_MAX, &bits)) return -1; store(p, int16_t(bits)); return 0;
    case 'H': if (!int_in_range(value, fmt, true, 0, UINT16_MAX, &bits)) return -1; store(p, uint16_t(bits)); return 0;
    case 'i': if (!int_in_range(value, fmt, false, INT32_MIN, INT32_MAX, &bits)) return -1; store(p, int32_t(bits)); return 0;
    case 'I': if (!int_in_range(value, fmt, true, 0, UINT32_MAX, &bits)) return -1; store(p, uint32_t(bits)); return 0;
    case 'l': case 'q': case 'n':
      if (!int_in_range(value, fmt, false, INT64_MIN, INT64_MAX, &bits)) return -1;
      store(p, int64_t(bits));
      return 0;
    case 'L': case 'Q': case 'N':
      if (!int_in_range(value, fmt, true, 0, UINT64_MAX, &bits)) return -1;
      store(p, bits);
      return 0;
    case 'P':  // a pointer: any value that fits in 64 bits, signed or not
      if (!int_in_range(value, fmt, true, INT64_MIN, UINT64_MAX, &bits)) return -1;
      store(p, bits);
      return 0;
    default:
      check_item_format(fmt);
      return -1;
  }
}

namespace {

Object* tolist_dim(const Buffer* v, const char* fmt, const char* p, int dim) {
  ssize n = buffer_shape(v, dim), stride = buffer_stride(v, dim);
  Object* list = list_new(n);
  if (!list) return nullptr;
  for (ssize i = 0; i < n; i++, p += stride) {
    Object* item = dim + 1 == v->ndim ? unpack_item(fmt, p) : tolist_dim(v, fmt, p, dim + 1);
    if (!item) {
      // Fill the rest so the list can be freed.
      for (ssize k = i; k < n; k++) list_set_steal(list, k, none_ref());
      decref(list);
      return nullptr;
    }
    list_set_steal(list, i, item);
  }
  return list;
}

// Visit the addresses of every item of v in C order (v's own strides).
template <class F>
bool each_item(const Buffer* v, const char* p, int dim, F& fn) {
  if (dim == v->ndim) return fn(p);
  ssize n = buffer_shape(v, dim), stride = buffer_stride(v, dim);
  for (ssize i = 0; i < n; i++, p += stride)
    if (!each_item(v, p, dim + 1, fn)) return false;
  return true;
}

}  // namespace

Object* buffer_tolist(const Buffer* v) {
  const char* fmt = buffer_format(v);
  if (!check_item_format(fmt)) return nullptr;
  if (v->ndim == 0) return unpack_item(fmt, static_cast<const char*>(v->buf));
  return tolist_dim(v, fmt, static_cast<const char*>(v->buf), 0);
}

int buffer_equal(const Buffer* a, const Buffer* b) {
  if (a->ndim != b->ndim) return 0;
  for (int d = 0; d < a->ndim; d++)
    if (buffer_shape(a, d) != buffer_shape(b, d)) return 0;
  const char* fa = buffer_format(a);
  const char* fb = buffer_format(b);
  if (!check_item_format(fa) || !check_item_format(fb)) return -1;
  // Gather b's item addresses, then walk a in the same order.
  std::vector<const char*> items;
  auto collect = [&](const char* p) {
    items.push_back(p);
    return true;
  };
  each_item(b, static_cast<const char*>(b->buf), 0, collect);
  char ca = item_char(fa), cb = item_char(fb);
  // Same integer, bool or byte format: the bytes decide, as in CPython (floats compare as numbers).
  bool raw = ca == cb && ca != 'f' && ca != 'd' && ca != 'e';
  size_t k = 0;
  int result = 1;
  auto compare = [&](const char* p) {
    const char* q = items[k++];
    if (raw) {
      if (memcmp(p, q, size_t(a->itemsize)) != 0) result = 0;
      return result == 1;
    }
    Object* x = unpack_item(fa, p);
    Object* y = x ? unpack_item(fb, q) : nullptr;
    int eq = y ? object_richcompare_bool(x, y, CMP_EQ) : -1;
    xdecref(x);
    xdecref(y);
    if (eq <= 0) result = eq;
    return eq > 0;
  };
  each_item(a, static_cast<const char*>(a->buf), 0, compare);
  return result;
}

}  // namespace rt

// Argument converters with Argument Clinic's messages (stdlib/clinic.h).
#include "clinic.h"

#include <climits>
#include <string>
#include <string_view>

#include "runtime/numbers/int.h"

namespace stdlib::clinic {
using namespace rt;

namespace {

// o.__index__() as an int object (new reference); floats are refused as CPython's converters refuse them.
Object* index_of(Object* o) {
  if (is_int(o)) return newref(o);
  if (is_float(o)) return err_format_null(Exc_TypeError, "'float' object cannot be interpreted as an integer");
  return number_index(o);
}

// The value of an int as int64 when it fits; false (no error) otherwise.
bool small_value(Object* i, int64_t* v) {
  if (!int_fits_i64(i)) return false;
  *v = int_as_i64(i);
  return true;
}

bool signed_range(Object* o, int64_t lo, int64_t hi, const char* ctype, int64_t* out) {
  Object* i = index_of(o);
  if (!i) return false;
  int64_t v = 0;
  bool ok = small_value(i, &v) && v >= lo && v <= hi;
  decref(i);
  if (!ok) {
    err_format(Exc_OverflowError, "Python int too large to convert to C %s", ctype);
    return false;
  }
  *out = v;
  return true;
}

}  // namespace

bool parse(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* spec, Object** out) {
  std::string_view names[16];
  int total = 0, maxpos = 0, minpos = 0, posonly = 0;
  bool optional = false, kwonly = false;
  const char* start = nullptr;
  for (const char* p = spec;; ++p) {
    char c = *p;
    bool sep = c == ',' || c == '|' || c == '$' || c == '/' || c == 0;
    if (sep && start) {
      if (total < 16) names[total] = std::string_view(start, size_t(p - start));
      total++;
      if (!kwonly) maxpos = total;
      if (!optional) minpos = total;
      start = nullptr;
    } else if (!sep && !start) {
      start = p;
    }
    if (c == '|') optional = true;
    if (c == '$') kwonly = optional = true;
    if (c == '/') posonly = total;
    if (!c) break;
  }
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (total == 0 && nargs + nkw > 0) {
    err_format(Exc_TypeError, "%s() takes no arguments", fname);
    return false;
  }
  if (nargs + nkw > total) {
    err_format(Exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname, total,
               nargs == 0 ? "keyword " : "", total == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  if (nargs > maxpos) {
    if (maxpos == 0) err_format(Exc_TypeError, "%s() takes no positional arguments", fname);
    else
      err_format(Exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
                 minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
    return false;
  }
  int minposonly = posonly < minpos ? posonly : minpos;
  if (nargs < minposonly) {
    err_format(Exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
               minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
    return false;
  }
  for (ssize k = 0; k < nkw; k++) {
    std::string_view key = str_view(tuple_get(kwnames, k));
    bool known = false;
    for (int i = posonly; i < total && i < 16; i++) known = known || names[i] == key;
    if (!known) {
      err_format(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", std::string(key).c_str(), fname);
      return false;
    }
  }
  // A required positional-or-keyword parameter given neither way.
  for (int i = int(nargs) > posonly ? int(nargs) : posonly; i < minpos && i < 16; i++) {
    bool given = false;
    for (ssize k = 0; k < nkw && !given; k++) given = names[i] == str_view(tuple_get(kwnames, k));
    if (!given) {
      err_format(Exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                 std::string(names[i]).c_str(), i + 1);
      return false;
    }
  }
  return parse_args(fname, args, nargs, kwnames, spec, out);
}

bool to_int(Object* o, int* out) {
  int64_t v;
  if (!signed_range(o, INT_MIN, INT_MAX, "int", &v)) return false;
  *out = int(v);
  return true;
}

bool to_int_getargs(Object* o, int* out) {
  Object* i = index_of(o);
  if (!i) return false;
  int64_t v = 0;
  if (!small_value(i, &v)) v = int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
  decref(i);
  if (v > INT_MAX || v < INT_MIN) {
    err_set_string(Exc_OverflowError,
                   v > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
    return false;
  }
  *out = int(v);
  return true;
}

bool to_ssize(Object* o, ssize* out) {
  int64_t v;
  if (!signed_range(o, PTRDIFF_MIN, PTRDIFF_MAX, "ssize_t", &v)) return false;
  *out = ssize(v);
  return true;
}

bool to_long(Object* o, long* out) {
  int64_t v;
  if (!signed_range(o, LONG_MIN, LONG_MAX, "long", &v)) return false;
  *out = long(v);
  return true;
}

namespace {
bool unsigned_value(Object* o, const char* overflow_msg, uint64_t* out) {
  // PyLong_AsUnsignedLong takes ints only (no __index__).
  if (!is_int(o)) {
    err_set_string(Exc_TypeError, "an integer is required");
    return false;
  }
  Object* i = newref(o);
  if (int_sign(i) < 0) {
    decref(i);
    err_set_string(Exc_ValueError, "value must be positive");
    return false;
  }
  BigInt tmp;
  const BigInt& b = int_as_bigint(i, tmp);
  bool fits = b.mag.size() <= 2;
  uint64_t v = 0;
  for (size_t k = b.mag.size(); fits && k-- > 0;) v = (v << 32) | b.mag[k];
  decref(i);
  if (!fits) {
    err_set_string(Exc_OverflowError, overflow_msg);
    return false;
  }
  *out = v;
  return true;
}
}  // namespace

bool to_ulong(Object* o, unsigned long* out) {
  uint64_t v;
  if (!unsigned_value(o, "Python int too large to convert to C unsigned long", &v)) return false;
  *out = v;
  return true;
}

bool to_ulonglong(Object* o, unsigned long long* out) {
  uint64_t v;
  if (!unsigned_value(o, "int too big to convert", &v)) return false;
  *out = v;
  return true;
}

bool no_args(const char* qualname, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs) {
    err_format(Exc_TypeError, "%s() takes no arguments (%zd given)", qualname, nargs);
    return false;
  }
  return true;
}

bool one_arg(const char* qualname, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs != 1) {
    err_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", qualname, nargs);
    return false;
  }
  return true;
}

bool to_uint32_bitwise(Object* o, uint32_t* out) {
  Object* i = index_of(o);
  if (!i) return false;
  BigInt tmp;
  const BigInt& b = int_as_bigint(i, tmp);
  uint32_t low = b.mag.empty() ? 0 : b.mag[0];
  *out = b.is_neg() ? 0u - low : low;  // two's complement of the magnitude, modulo 2**32
  decref(i);
  return true;
}

bool to_double(Object* o, double* out) {
  bool ok;
  double d = number_as_double(o, &ok);
  if (ok) *out = d;
  return ok;
}

bool to_bool(Object* o, bool* out) {
  int r = object_is_true(o);
  if (r < 0) return false;
  *out = r != 0;
  return true;
}

}  // namespace stdlib::clinic

// float: the free list, repr, hashing, arithmetic, rounding and the type.
//
// Free list: up to FREE_MAX deallocated exact floats are kept (LIFO) and
// reused by float_from_double, so the memory of the most recently freed float
// is the next one handed out, as in CPython.
#include "runtime/numbers/float.h"

#include <bit>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "runtime/bytes/buffer.h"
#include "runtime/numbers/int.h"
#include "runtime/instruments/instruments_impl.h"

namespace rt {

TypeObject FloatType;

namespace {

constexpr int FREE_MAX = 100;
Object* g_free[FREE_MAX];  // protected by the GIL
int g_nfree = 0;

inline double F(Object* o) { return static_cast<FloatObject*>(o)->fval; }

void float_dealloc(Object* o) {
  if (type_of(o) == &FloatType && g_nfree < FREE_MAX) {
    g_free[g_nfree++] = o;
    return;
  }
  free_object(o);
}

}  // namespace

Object* float_from_double(double v) {
  Object* o;
  if (g_nfree > 0) {
    o = g_free[--g_nfree];
    reinit_object(o, &FloatType);
    PG_INS(ins::alloc.float_hits++);
  } else {
    PG_INS(ins::alloc.float_misses++);
    o = alloc_object(&FloatType, sizeof(FloatObject));
    if (!o) return nullptr;
  }
  static_cast<FloatObject*>(o)->fval = v;
  return o;
}

void float_fini() {
  while (g_nfree > 0) free_object(g_free[--g_nfree]);
}

double float_as_double(Object* o) { return F(o); }

double number_as_double(Object* o, bool* ok) {
  *ok = true;
  if (is_float(o)) return F(o);
  if (is_int(o)) {
    double d = int_as_double(o);
    if (d == -1.0 && err_occurred()) *ok = false;
    return d;
  }
  TypeObject* t = type_of(o);
  if (t->nb_float) {
    Object* r = t->nb_float(o);
    if (!r) {
      *ok = false;
      return -1.0;
    }
    if (!is_float(r)) {
      err_format(Exc_TypeError, "%.50s.__float__ returned non-float (type %.50s)", t->tp_name, type_name(r));
      decref(r);
      *ok = false;
      return -1.0;
    }
    double d = F(r);
    decref(r);
    return d;
  }
  if (t->nb_index) {
    Object* i = number_index(o);
    if (!i) {
      *ok = false;
      return -1.0;
    }
    double d = int_as_double(i);
    decref(i);
    if (d == -1.0 && err_occurred()) *ok = false;
    return d;
  }
  err_format(Exc_TypeError, "must be real number, not %.50s", t->tp_name);
  *ok = false;
  return -1.0;
}

// ---- repr ---------------------------------------------------------------------

void float_shortest_digits(double v, std::string* digits, int* decpt) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
  *res.ptr = '\0';
  digits->clear();
  char* p = buf;
  for (; *p && *p != 'e'; p++) {
    if (*p >= '0' && *p <= '9') digits->push_back(*p);
  }
  int e = *p == 'e' ? atoi(p + 1) : 0;
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
  *decpt = e + 1;
}

std::string float_repr_std(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
  std::string digits;
  int decpt;
  float_shortest_digits(v, &digits, &decpt);
  std::string out;
  if (std::signbit(v)) out.push_back('-');
  int e = decpt - 1;
  int nd = int(digits.size());
  if (e < -4 || e >= 16) {
    out.push_back(digits[0]);
    if (nd > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    char eb[16];
    snprintf(eb, sizeof eb, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    out += eb;
  } else if (decpt <= 0) {
    out += "0.";
    out.append(size_t(-decpt), '0');
    out += digits;
  } else if (decpt >= nd) {
    out += digits;
    out.append(size_t(decpt - nd), '0');
    out += ".0";
  } else {
    out.append(digits, 0, size_t(decpt));
    out.push_back('.');
    out.append(digits, size_t(decpt), std::string::npos);
  }
  return out;
}

Object* float_repr_string(double v) {
  std::string s = float_repr_std(v);
  return str_from_utf8(s.data(), ssize(s.size()));
}

// ---- hash -----------------------------------------------------------------------

hash_t hash_double(double v) {
  const uint64_t P = (uint64_t(1) << 61) - 1;
  const int BITS = 61;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // Fold 28 bits of the mantissa at a time into x, reducing modulo P.
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & P) | (x >> (BITS - 28));
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
  x = ((x << e) & P) | (x >> (BITS - e));
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

hash_t hash_pointer(const void* p) {
  uint64_t y = uint64_t(reinterpret_cast<uintptr_t>(p));
  y = (y >> 4) | (y << 60);  // the low bits of an address are always zero
  hash_t h = hash_t(y);
  return h == -1 ? -2 : h;
}

// ---- arithmetic helpers -------------------------------------------------------------

double float_py_mod(double a, double b) {
  double mod = std::fmod(a, b);
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  return mod;
}

void float_py_divmod(double a, double b, double* floordiv, double* modp) {
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double fd;
  if (div != 0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, a / b);
  }
  *floordiv = fd;
  *modp = mod;
}

bool float_round_ndigits(double x, long nd, double* out) {
  if (!std::isfinite(x) || x == 0) {
    *out = x;
    return true;
  }
  if (nd > 323) {
    *out = x;
    return true;
  }
  if (nd < -308) {
    *out = 0.0 * x;
    return true;
  }
  if (nd >= 0) {
    // glibc's printf rounds the exact binary value half-to-even: correct rounding.
    char buf[800];
    snprintf(buf, sizeof buf, "%.*f", int(nd), x);
    double r = strtod(buf, nullptr);
    if (std::isinf(r)) {
      err_set_string(Exc_OverflowError, "rounded value too large to represent");
      return false;
    }
    *out = r;
    return true;
  }
  // Negative ndigits: exact rational arithmetic.  x = m * 2**e with integer m.
  int e;
  double fm = std::frexp(std::fabs(x), &e);
  BigInt m = BigInt::from_double(std::ldexp(fm, 53));
  e -= 53;
  BigInt p10 = bigint_pow(BigInt::from_i64(10), uint64_t(-nd));
  BigInt num = m, den = p10;
  if (e >= 0) num = bigint_lshift(num, uint64_t(e));
  else den = bigint_lshift(den, uint64_t(-e));
  BigInt q, r;
  bigint_divmod(num, den, &q, &r);
  int c = bigint_cmp(bigint_add(r, r), den);
  if (c > 0 || (c == 0 && q.is_odd())) q = bigint_add(q, BigInt::from_i64(1));
  BigInt res = bigint_mul(q, p10);
  double d;
  if (!res.to_double(&d) || std::isinf(d)) {
    err_set_string(Exc_OverflowError, "rounded value too large to represent");
    return false;
  }
  *out = std::copysign(d, x);
  return true;
}

namespace {

// Convert an operand of a float slot: 1 ok, 0 NotImplemented, -1 error.
int operand(Object* o, double* out) {
  if (is_float(o)) {
    *out = F(o);
    return 1;
  }
  if (is_int(o)) {
    double d = int_as_double(o);
    if (d == -1.0 && err_occurred()) return -1;
    *out = d;
    return 1;
  }
  return 0;
}

#define FLOAT_OPERANDS(a, b, x, y)       \
  double x, y;                           \
  {                                      \
    int ra = operand(a, &x);             \
    if (ra <= 0) return ra < 0 ? nullptr : notimpl_ref(); \
    int rb = operand(b, &y);             \
    if (rb <= 0) return rb < 0 ? nullptr : notimpl_ref(); \
  }

Object* float_add(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  return float_from_double(x + y);
}
Object* float_sub(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  return float_from_double(x - y);
}
Object* float_mul(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  return float_from_double(x * y);
}
Object* float_div(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return err_format_null(Exc_ZeroDivisionError, "float division by zero");
  return float_from_double(x / y);
}
Object* float_floordiv(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return err_format_null(Exc_ZeroDivisionError, "float floor division by zero");
  double q, r;
  float_py_divmod(x, y, &q, &r);
  return float_from_double(q);
}
Object* float_mod(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return err_format_null(Exc_ZeroDivisionError, "float modulo");
  return float_from_double(float_py_mod(x, y));
}
Object* float_divmod(Object* a, Object* b) {
  FLOAT_OPERANDS(a, b, x, y);
  if (y == 0) return err_format_null(Exc_ZeroDivisionError, "float divmod()");
  double q, r;
  float_py_divmod(x, y, &q, &r);
  Object* qo = float_from_double(q);
  Object* ro = float_from_double(r);
  if (!qo || !ro) {
    xdecref(qo);
    xdecref(ro);
    return nullptr;
  }
  Object* t = tuple_pack(2, qo, ro);
  decref(qo);
  decref(ro);
  return t;
}

bool is_odd_integer(double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; }

Object* float_pow(Object* a, Object* b, Object* m) {
  if (m && m != None) {
    if ((is_float(a) || is_int(a)) && (is_float(b) || is_int(b))) {
      return err_format_null(Exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    return notimpl_ref();
  }
  FLOAT_OPERANDS(a, b, iv, iw);
  if (iw == 0) return float_from_double(1.0);
  if (std::isnan(iv)) return float_from_double(iv);
  if (std::isnan(iw)) return float_from_double(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    double av = std::fabs(iv);
    if (av == 1.0) return float_from_double(1.0);
    if ((iw > 0) == (av > 1.0)) return float_from_double(std::fabs(iw));
    return float_from_double(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0) return float_from_double(odd ? iv : std::fabs(iv));
    return float_from_double(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0) return err_format_null(Exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return float_from_double(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0) {
    // A negative number to a fractional power is complex: complex.__pow__
    // takes the same operands (math.pow still raises ValueError).
    if (iw != std::floor(iw)) return ComplexType.nb_power(a, b, m);
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return float_from_double(negate ? -1.0 : 1.0);
  errno = 0;
  double r = std::pow(iv, iw);
  if (negate) r = -r;
  if (std::isinf(r)) {
    Object* msg = str_from_cstr("Numerical result out of range");
    if (!msg) return nullptr;
    Object* code = int_from_i64(34);
    Object* args = tuple_pack(2, code, msg);
    decref(code);
    decref(msg);
    if (!args) return nullptr;
    Object* exc = exc_new(Exc_OverflowError, tuple_items(args), 2);
    decref(args);
    if (!exc) return nullptr;
    err_set_exception(exc);
    decref(exc);
    return nullptr;
  }
  return float_from_double(r);
}

Object* float_neg(Object* a) { return float_from_double(-F(a)); }
Object* float_pos(Object* a) { return is_float_exact(a) ? newref(a) : float_from_double(F(a)); }
Object* float_abs(Object* a) { return float_from_double(std::fabs(F(a))); }
int float_bool(Object* a) { return F(a) != 0.0; }
Object* float_int(Object* a) { return int_from_double(F(a)); }
Object* float_float(Object* a) { return float_pos(a); }

Object* float_richcompare(Object* a, Object* b, int op) {
  if (!is_float(a)) return notimpl_ref();
  double x = F(a);
  int c;
  bool unordered = false;
  if (is_float(b)) {
    double y = F(b);
    if (std::isnan(x) || std::isnan(y)) unordered = true;
    else c = x < y ? -1 : x > y ? 1 : 0;
  } else if (is_int(b)) {
    if (std::isnan(x)) unordered = true;
    else c = -int_compare_double(b, x);
  } else {
    return notimpl_ref();
  }
  if (unordered) return bool_ref(op == CMP_NE);
  bool r;
  switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return bool_ref(r);
}

hash_t float_hash(Object* a) {
  double v = F(a);
  if (std::isnan(v)) return hash_pointer(a);  // NaNs hash by identity (CPython 3.10+)
  return hash_double(v);
}

Object* float_repr(Object* a) { return float_repr_string(F(a)); }

}  // namespace

// ---- parsing ------------------------------------------------------------------------

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool ieq(std::string_view s, const char* word) {
  size_t n = strlen(word);
  if (s.size() != n) return false;
  for (size_t i = 0; i < n; i++) {
    if ((s[i] | 0x20) != word[i]) return false;
  }
  return true;
}

// Parse Python float syntax; false when invalid.
bool parse_float_text(std::string_view text, double* out) {
  size_t i = 0, n = text.size();
  while (i < n && is_space(text[i])) i++;
  while (n > i && is_space(text[n - 1])) n--;
  std::string_view s = text.substr(i, n - i);
  if (s.empty()) return false;
  bool neg = false;
  std::string_view body = s;
  if (body[0] == '+' || body[0] == '-') {
    neg = body[0] == '-';
    body.remove_prefix(1);
  }
  if (ieq(body, "inf") || ieq(body, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (ieq(body, "nan")) {
    *out = neg ? -std::nan("") : std::nan("");
    return true;
  }
  // digits [. digits] [e [sign] digits], single underscores between digits.
  std::string clean;
  clean.reserve(body.size() + 2);
  if (neg) clean.push_back('-');
  size_t k = 0;
  auto digits = [&](bool* any) {
    *any = false;
    bool prev_digit = false;
    while (k < body.size()) {
      char c = body[k];
      if (c >= '0' && c <= '9') {
        clean.push_back(c);
        prev_digit = true;
        *any = true;
        k++;
      } else if (c == '_' && prev_digit && k + 1 < body.size() && body[k + 1] >= '0' && body[k + 1] <= '9') {
        prev_digit = false;
        k++;
      } else {
        break;
      }
    }
  };
  bool int_digits, frac_digits = false;
  digits(&int_digits);
  if (k < body.size() && body[k] == '.') {
    clean.push_back('.');
    k++;
    digits(&frac_digits);
  }
  if (!int_digits && !frac_digits) return false;
  if (k < body.size() && (body[k] == 'e' || body[k] == 'E')) {
    clean.push_back('e');
    k++;
    if (k < body.size() && (body[k] == '+' || body[k] == '-')) clean.push_back(body[k++]);
    bool exp_digits;
    digits(&exp_digits);
    if (!exp_digits) return false;
  }
  if (k != body.size()) return false;
  *out = strtod(clean.c_str(), nullptr);  // overflow gives +-inf, as Python
  return true;
}

}  // namespace

Object* float_from_string(Object* s) {
  BytesLike data;  // bytes, bytearray, memoryview, ...
  if (!is_str(s) && !data.get(s)) return nullptr;
  std::string_view text = is_str(s) ? str_view(s) : data.sv();
  std::string converted;  // str input: Unicode digits and spaces count
  if (is_str(s) && numeric_text_to_ascii(text, &converted)) text = converted;
  double d;
  if (parse_float_text(text, &d)) return float_from_double(d);
  Object* rep = object_repr(s);
  if (!rep) return nullptr;
  err_format(Exc_ValueError, "could not convert string to float: %s", str_utf8(rep));
  decref(rep);
  return nullptr;
}

namespace {

Object* float_value_from_args(Object* const* args, ssize nargs) {
  if (nargs > 1) return err_format_null(Exc_TypeError, "float expected at most 1 argument, got %zd", nargs);
  if (nargs == 0) return float_from_double(0.0);
  Object* x = args[0];
  if (is_str_exact(x)) return float_from_string(x);
  return number_float(x);  // __float__ first (also on str subclasses and float subclasses), then __index__
}

Object* float_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  // Keywords are refused unless a subclass's own __init__ may want them (as CPython).
  if ((type == &FloatType || type->tp_init == FloatType.tp_init) && kwnames && size_of(kwnames) > 0)
    return err_format_null(Exc_TypeError, "float() takes no keyword arguments");
  Object* v = float_value_from_args(args, nargs);
  if (!v || type == &FloatType) return v;
  Object* o = object_new_instance(type);
  if (o) static_cast<FloatObject*>(o)->fval = F(v);
  decref(v);
  return o;
}

// ---- methods ------------------------------------------------------------------------

Object* m_is_integer(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("float.is_integer", nargs, kwnames)) return nullptr;
  double v = F(self);
  return bool_ref(std::isfinite(v) && std::floor(v) == v);
}

Object* m_as_integer_ratio(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("float.as_integer_ratio", nargs, kwnames)) return nullptr;
  double v = F(self);
  if (std::isinf(v)) return err_format_null(Exc_OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(v)) return err_format_null(Exc_ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(v, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  BigInt num = BigInt::from_double(m), den = BigInt::from_i64(1);
  if (e > 0) num = bigint_lshift(num, uint64_t(e));
  else den = bigint_lshift(den, uint64_t(-e));
  Object* n = int_from_bigint(std::move(num));
  Object* d = int_from_bigint(std::move(den));
  if (!n || !d) {
    xdecref(n);
    xdecref(d);
    return nullptr;
  }
  Object* t = tuple_pack(2, n, d);
  decref(n);
  decref(d);
  return t;
}

Object* m_conjugate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("float.conjugate", nargs, kwnames)) return nullptr;
  return float_pos(self);
}
Object* m_trunc(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("float.__trunc__", nargs, kwnames)) return nullptr;
  return int_from_double(F(self));
}
Object* m_floor(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("float.__floor__", nargs, kwnames)) return nullptr;
  return int_from_double(std::floor(F(self)));
}
Object* m_ceil(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("float.__ceil__", nargs, kwnames)) return nullptr;
  return int_from_double(std::ceil(F(self)));
}

Object* m_round(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("float.__round__", args, nargs, kwnames, "|ndigits/", a)) return nullptr;
  double x = F(self);
  if (!a[0] || a[0] == None) {
    double r = std::round(x);
    if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);  // half to even
    return int_from_double(r);
  }
  Object* nd = number_index(a[0]);
  if (!nd) return nullptr;
  long n;
  if (!int_fits_i64(nd)) n = int_sign(nd) < 0 ? -100000 : 100000;
  else {
    int64_t v = int_small_value(nd);
    n = long(v < -100000 ? -100000 : v > 100000 ? 100000 : v);
  }
  decref(nd);
  double r;
  if (!float_round_ndigits(x, n, &r)) return nullptr;
  return float_from_double(r);
}

Object* m_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("__format__", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "__format__() takes exactly one argument (%zd given)", nargs);
  if (!is_str(args[0])) return err_format_null(Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  // An empty spec is str(self) (a subclass's __str__ or __repr__), as in CPython.
  if (str_len(args[0]) == 0 && type_of(self) != &FloatType) return object_str(self);
  return format_float(F(self), str_view(args[0]));
}

Object* m_hex(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("float.hex", nargs, kwnames)) return nullptr;
  double v = F(self);
  if (!std::isfinite(v)) return float_repr_string(v);
  if (v == 0) return str_from_cstr(std::signbit(v) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(v), &e);  // 0.5 <= m < 1
  // CPython normalizes to 1.xxx * 2**(e-1); subnormals keep the minimum exponent.
  int shift = 1;
  if (e - 1 < -1022) shift = e + 1022;
  m = std::ldexp(m, shift);
  e -= shift;
  std::string out = std::signbit(v) ? "-0x" : "0x";
  int lead = int(m);
  out.push_back(char('0' + lead));
  m -= lead;
  out.push_back('.');
  for (int i = 0; i < 13; i++) {
    m *= 16;
    int d = int(m);
    out.push_back("0123456789abcdef"[d]);
    m -= d;
  }
  char eb[16];
  snprintf(eb, sizeof eb, "p%+d", e);
  out += eb;
  return str_from(out);
}

// float.fromhex: [sign] (inf | nan | [0x] hexdigits [. hexdigits] [p [sign] digits]),
// rounded half-even to the nearest double (subnormals included).
bool parse_hex_float(std::string_view s, double* out, bool* overflow) {
  *overflow = false;
  size_t i = 0, n = s.size();
  while (i < n && is_space(s[i])) i++;
  while (n > i && is_space(s[n - 1])) n--;
  s = s.substr(i, n - i);
  bool neg = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (ieq(s, "inf") || ieq(s, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (ieq(s, "nan")) {
    *out = std::nan("");
    return true;
  }
  size_t k = 0;
  if (s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') k = 2;
  std::string digits;
  int64_t frac_digits = 0;
  bool seen_dot = false, any = false;
  for (; k < s.size(); k++) {
    char c = s[k];
    if (c == '.' && !seen_dot) {
      seen_dot = true;
      continue;
    }
    if (!isxdigit(static_cast<unsigned char>(c))) break;
    digits.push_back(c);
    any = true;
    if (seen_dot) frac_digits++;
  }
  if (!any) return false;
  int64_t exp = 0;
  if (k < s.size() && (s[k] | 0x20) == 'p') {
    k++;
    bool eneg = false;
    if (k < s.size() && (s[k] == '+' || s[k] == '-')) eneg = s[k++] == '-';
    size_t start = k;
    for (; k < s.size() && isdigit(static_cast<unsigned char>(s[k])); k++) {
      if (exp < (int64_t(1) << 40)) exp = exp * 10 + (s[k] - '0');
    }
    if (k == start) return false;
    if (eneg) exp = -exp;
  }
  if (k != s.size()) return false;
  BigInt m;
  bigint_from_digits(digits, 16, &m);
  if (m.is_zero()) {
    *out = neg ? -0.0 : 0.0;
    return true;
  }
  int64_t e2 = exp - 4 * frac_digits;  // value = m * 2**e2
  int64_t len = int64_t(m.bit_length());
  int64_t top = len + e2;  // value in [2**(top-1), 2**top)
  if (top > 1024) {
    *overflow = true;
    return false;
  }
  int64_t prec = 53;
  if (top - 1 < -1022) prec = 53 - (-1022 - (top - 1));
  if (prec < 0) prec = 0;
  int64_t shift = len - prec;
  if (shift > 0) {
    BigInt q = bigint_rshift(m, uint64_t(shift));
    BigInt rem = bigint_sub(m, bigint_lshift(q, uint64_t(shift)));
    BigInt half = bigint_lshift(BigInt::from_i64(1), uint64_t(shift - 1));
    int c = bigint_cmp(rem, half);
    if (c > 0 || (c == 0 && q.is_odd())) q = bigint_add(q, BigInt::from_i64(1));
    m = std::move(q);
    e2 += shift;
  }
  double mant;
  m.to_double(&mant);  // at most 54 bits: exact
  double r = std::ldexp(mant, int(std::max<int64_t>(std::min<int64_t>(e2, 4000), -4000)));
  if (std::isinf(r)) {
    *overflow = true;
    return false;
  }
  *out = neg ? -r : r;
  return true;
}

Object* m_fromhex(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("float.fromhex", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "float.fromhex() takes exactly one argument (%zd given)", nargs);
  if (!is_str(args[0])) {
    return err_format_null(Exc_TypeError, "fromhex() argument must be str, not %s", type_name(args[0]));
  }
  double d;
  bool overflow;
  if (!parse_hex_float(str_view(args[0]), &d, &overflow)) {
    if (overflow) return err_format_null(Exc_OverflowError, "hexadecimal value too large to represent as a float");
    return err_format_null(Exc_ValueError, "invalid hexadecimal floating-point string");
  }
  Object* v = float_from_double(d);
  if (!v || cls == &FloatType) return v;
  Object* r = call1(cls, v);
  decref(v);
  return r;
}

Object* m_getnewargs(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("float.__getnewargs__", nargs, kwnames)) return nullptr;
  Object* v = float_from_double(F(self));
  if (!v) return nullptr;
  Object* t = tuple_pack(1, v);
  decref(v);
  return t;
}

// float.__getformat__(typestr): how C's double and float are stored (CPython's test suite asks).
Object* m_getformat(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("float.__getformat__", kwnames)) return nullptr;
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "float.__getformat__() takes exactly one argument (%zd given)", nargs);
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "__getformat__() argument must be str, not %s", type_name(args[0]));
  std::string_view t = str_view(args[0]);
  if (t != "double" && t != "float")
    return err_format_null(Exc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  static_assert(std::numeric_limits<double>::is_iec559 && std::numeric_limits<float>::is_iec559);
  return str_from_cstr(std::endian::native == std::endian::little ? "IEEE, little-endian" : "IEEE, big-endian");
}

Object* g_real(Object* self, void*) { return float_pos(self); }
Object* g_imag(Object*, void*) { return float_from_double(0.0); }

MethodDef float_methods[] = {
    {"is_integer", m_is_integer, METH_DEFAULT, "Return True if the float is an integer."},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT, "Return integer ratio."},
    {"conjugate", m_conjugate, METH_DEFAULT, "Return self, the complex conjugate of any float."},
    {"__trunc__", m_trunc, METH_DEFAULT, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, METH_DEFAULT, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, METH_DEFAULT, "Return the ceiling as an Integral."},
    {"__round__", m_round, METH_DEFAULT, "Return the Integral closest to x, rounding half toward even."},
    {"__format__", m_format, METH_DEFAULT, "Formats the float according to format_spec."},
    {"hex", m_hex, METH_DEFAULT, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {"__getformat__", m_getformat, METH_CLASS,
     "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly "
     "to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or "
     "'IEEE,\nlittle-endian' best describes the format of floating point numbers used by the\nC type named by typestr."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef float_getset[] = {
    {"real", g_real, nullptr, "the real part of a complex number", nullptr},
    {"imag", g_imag, nullptr, "the imaginary part of a complex number", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_float_type() {
  TypeObject& t = FloatType;
  t.tp_name = "float";
  t.tp_basicsize = sizeof(FloatObject);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLE;
  t.tp_doc = "float(x=0, /)\n--\n\nConvert a string or number to a floating point number, if possible.";
  t.tp_dealloc = float_dealloc;
  t.tp_repr = float_repr;
  // no tp_str: object's calls tp_repr, so str() of a subclass follows its __repr__ as in CPython
  t.tp_hash = float_hash;
  t.tp_richcompare = float_richcompare;
  t.tp_new = float_new;
  t.nb_add = float_add;
  t.nb_subtract = float_sub;
  t.nb_multiply = float_mul;
  t.nb_remainder = float_mod;
  t.nb_divmod = float_divmod;
  t.nb_floor_divide = float_floordiv;
  t.nb_true_divide = float_div;
  t.nb_power = float_pow;
  t.nb_negative = float_neg;
  t.nb_positive = float_pos;
  t.nb_absolute = float_abs;
  t.nb_bool = float_bool;
  t.nb_int = float_int;
  t.nb_float = float_float;
  t.tp_methods = float_methods;
  t.tp_getset = float_getset;
  type_ready(&FloatType);
}

}  // namespace rt

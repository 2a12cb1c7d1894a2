// The math module: constants, real functions with CPython's error rules
// (ValueError "math domain error" when a finite input gives NaN or an
// infinity that is not an overflow, OverflowError "math range error" on
// overflow), and the integer functions (factorial, gcd, isqrt, comb ...).
#include <cerrno>
#include <cmath>
#include <vector>

#include "runtime/numbers/bigint.h"
#include "runtime/numbers/int.h"
#include "modules.h"

namespace stdlib {

using namespace rt;

namespace {

Object* domain_error() { return err_format_null(Exc_ValueError, "math domain error"); }
Object* range_error() { return err_format_null(Exc_OverflowError, "math range error"); }

bool check_one(const char* name, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) > 0) {
    err_format(Exc_TypeError, "math.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    err_format(Exc_TypeError, "math.%s() takes exactly one argument (%zd given)", name, nargs);
    return false;
  }
  return true;
}

bool check_n(const char* name, ssize nargs, Object* kwnames, ssize n) {
  if (kwnames && size_of(kwnames) > 0) {
    err_format(Exc_TypeError, "math.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != n) {
    err_format(Exc_TypeError, "%s expected %zd arguments, got %zd", name, n, nargs);
    return false;
  }
  return true;
}

// Apply a real function with CPython's math_1 error rules.
Object* math_1(const char* name, Object* const* args, ssize nargs, Object* kwnames, double (*f)(double),
               bool can_overflow) {
  if (!check_one(name, nargs, kwnames)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
  return float_from_double(r);
}

#define MATH_FUNC1(pyname, cfunc, overflow)                                              \
  Object* m_##pyname(Object*, Object* const* args, ssize nargs, Object* kwnames) {       \
    return math_1(#pyname, args, nargs, kwnames, [](double v) { return cfunc(v); }, overflow); \
  }

MATH_FUNC1(sqrt, std::sqrt, false)
MATH_FUNC1(exp, std::exp, true)
MATH_FUNC1(exp2, std::exp2, true)
MATH_FUNC1(expm1, std::expm1, true)
MATH_FUNC1(cbrt, std::cbrt, false)
MATH_FUNC1(fabs, std::fabs, false)
MATH_FUNC1(sin, std::sin, false)
MATH_FUNC1(cos, std::cos, false)
MATH_FUNC1(tan, std::tan, false)
MATH_FUNC1(asin, std::asin, false)
MATH_FUNC1(acos, std::acos, false)
MATH_FUNC1(atan, std::atan, false)
MATH_FUNC1(sinh, std::sinh, true)
MATH_FUNC1(cosh, std::cosh, true)
MATH_FUNC1(tanh, std::tanh, false)
MATH_FUNC1(asinh, std::asinh, false)
MATH_FUNC1(acosh, std::acosh, false)
MATH_FUNC1(atanh, std::atanh, false)
MATH_FUNC1(erf, std::erf, false)
MATH_FUNC1(erfc, std::erfc, false)
// gamma and lgamma come from libm (CPython has its own Lanczos code, so the
// last digit can differ); the poles are domain errors as in CPython.
bool is_nonpositive_integer(double x) { return x <= 0 && std::floor(x) == x && std::isfinite(x); }

Object* m_gamma(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("gamma", nargs, kwnames)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  if (is_nonpositive_integer(x) || x == -HUGE_VAL) return domain_error();
  if (x >= 1 && x <= 23 && std::floor(x) == x) {
    // Exact factorials for small integers (every (n-1)! up to 22! is a double).
    double f = 1.0;
    for (int k = 2; k < int(x); k++) f *= k;
    return float_from_double(f);
  }
  double r = std::tgamma(x);
  if (std::isinf(r) && std::isfinite(x)) return range_error();
  return float_from_double(r);
}

Object* m_lgamma(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("lgamma", nargs, kwnames)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  if (std::isinf(x)) return float_from_double(HUGE_VAL);
  if (is_nonpositive_integer(x)) return domain_error();
  double r = std::lgamma(x);
  if (std::isinf(r) && std::isfinite(x)) return range_error();
  return float_from_double(r);
}

// degrees/radians: plain products, no range check (as CPython).
Object* scale_by(const char* name, Object* const* args, ssize nargs, Object* kwnames, double factor) {
  if (!check_one(name, nargs, kwnames)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  return float_from_double(x * factor);
}
Object* m_degrees(Object*, Object* const* a, ssize n, Object* k) { return scale_by("degrees", a, n, k, 180.0 / M_PI); }
Object* m_radians(Object*, Object* const* a, ssize n, Object* k) { return scale_by("radians", a, n, k, M_PI / 180.0); }

// log of a positive number, ints of any size included. kind: 0 ln, 2 log2, 10 log10.
bool log_of(Object* x, int kind, double* out) {
  double (*f)(double) = kind == 2 ? static_cast<double (*)(double)>(std::log2)
                        : kind == 10 ? static_cast<double (*)(double)>(std::log10)
                                     : static_cast<double (*)(double)>(std::log);
  if (is_int(x)) {
    if (int_sign(x) <= 0) {
      domain_error();
      return false;
    }
    // As CPython: convert to float when possible, else log of mantissa + exponent.
    double d = int_as_double(x);
    if (d == -1.0 && err_occurred()) {
      err_clear();
      BigInt tmp;
      const BigInt& b = int_as_bigint(x, tmp);
      int64_t e;
      double m = b.frexp(&e);  // x = m * 2**e
      double l2 = kind == 2 ? 1.0 : kind == 10 ? std::log10(2.0) : std::log(2.0);
      *out = f(m) + double(e) * l2;
      return true;
    }
  }
  bool ok;
  double v = number_as_double(x, &ok);
  if (!ok) return false;
  if (std::isnan(v)) {
    *out = v;
    return true;
  }
  if (v <= 0) {
    domain_error();
    return false;
  }
  *out = f(v);
  return true;
}

Object* m_log(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) > 0) return err_format_null(Exc_TypeError, "math.log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) {
    return err_format_null(Exc_TypeError, "log expected at least 1 argument, got %zd", nargs);
  }
  double num, den;
  if (!log_of(args[0], 0, &num)) return nullptr;
  if (nargs == 1) return float_from_double(num);
  if (!log_of(args[1], 0, &den)) return nullptr;
  if (den == 0) return err_format_null(Exc_ZeroDivisionError, "float division by zero");
  return float_from_double(num / den);
}

Object* m_log2(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("log2", nargs, kwnames)) return nullptr;
  double r;
  if (!log_of(args[0], 2, &r)) return nullptr;
  return float_from_double(r);
}

Object* m_log10(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("log10", nargs, kwnames)) return nullptr;
  double r;
  if (!log_of(args[0], 10, &r)) return nullptr;
  return float_from_double(r);
}

Object* m_log1p(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("log1p", nargs, kwnames)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  if (x <= -1.0) return domain_error();
  return float_from_double(std::log1p(x));
}

// Two-double functions.
bool two_doubles(const char* name, Object* const* args, ssize nargs, Object* kwnames, double* x, double* y) {
  if (!check_n(name, nargs, kwnames, 2)) return false;
  bool ok;
  *x = number_as_double(args[0], &ok);
  if (!ok) return false;
  *y = number_as_double(args[1], &ok);
  return ok;
}

Object* m_pow(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("pow", args, nargs, kwnames, &x, &y)) return nullptr;
  double r;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) r = y == 0 ? 1.0 : x;
    else if (std::isnan(y)) r = x == 1.0 ? 1.0 : y;
    else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0) r = odd_y ? x : std::fabs(x);
      else if (y == 0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {  // y infinite
      if (std::fabs(x) == 1.0) r = 1.0;
      else if (y > 0 && std::fabs(x) > 1.0) r = y;
      else if (y < 0 && std::fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return float_from_double(r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) return domain_error();
  if (std::isinf(r)) return x == 0 ? domain_error() : range_error();
  return float_from_double(r);
}

Object* m_atan2(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("atan2", args, nargs, kwnames, &y, &x)) return nullptr;
  return float_from_double(std::atan2(y, x));
}

Object* m_copysign(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("copysign", args, nargs, kwnames, &x, &y)) return nullptr;
  return float_from_double(std::copysign(x, y));
}

Object* m_nextafter(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("nextafter", args, nargs, kwnames, &x, &y)) return nullptr;
  return float_from_double(std::nextafter(x, y));
}

// The gap from |x| to the next float away from zero (toward zero for the largest float).
Object* m_ulp(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("ulp", nargs, kwnames)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  if (std::isnan(x)) return float_from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_from_double(x);
  double up = std::nextafter(x, HUGE_VAL);
  if (std::isinf(up)) return float_from_double(x - std::nextafter(x, -HUGE_VAL));
  return float_from_double(up - x);
}

Object* m_fmod(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("fmod", args, nargs, kwnames, &x, &y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return float_from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return float_from_double(r);
}

Object* m_remainder(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("remainder", args, nargs, kwnames, &x, &y)) return nullptr;
  double r = std::remainder(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return float_from_double(r);
}

Object* pair(Object* a, Object* b) {
  if (!a || !b) {
    xdecref(a);
    xdecref(b);
    return nullptr;
  }
  Object* t = tuple_pack(2, a, b);
  decref(a);
  decref(b);
  return t;
}

Object* m_modf(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("modf", nargs, kwnames)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  if (std::isinf(x)) return pair(float_from_double(std::copysign(0.0, x)), float_from_double(x));
  double ip;
  double fp = std::modf(x, &ip);
  return pair(float_from_double(fp), float_from_double(ip));
}

Object* m_frexp(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("frexp", nargs, kwnames)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  int e = 0;
  double m = std::isfinite(x) ? std::frexp(x, &e) : x;
  return pair(float_from_double(m), int_from_i64(e));
}

Object* m_ldexp(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_n("ldexp", nargs, kwnames, 2)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  if (!is_int(args[1])) return err_format_null(Exc_TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (int_fits_i64(args[1])) e = int_small_value(args[1]);
  else e = int_sign(args[1]) < 0 ? -100000 : 100000;
  if (e > 100000) e = 100000;
  if (e < -100000) e = -100000;
  if (x == 0 || !std::isfinite(x)) return float_from_double(x);
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return range_error();
  return float_from_double(r);
}

Object* bool_of(const char* name, Object* const* args, ssize nargs, Object* kwnames, int which) {
  if (!check_one(name, nargs, kwnames)) return nullptr;
  bool ok;
  double x = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  bool r = which == 0 ? std::isnan(x) : which == 1 ? std::isinf(x) : std::isfinite(x);
  return bool_ref(r);
}
Object* m_isnan(Object*, Object* const* a, ssize n, Object* k) { return bool_of("isnan", a, n, k, 0); }
Object* m_isinf(Object*, Object* const* a, ssize n, Object* k) { return bool_of("isinf", a, n, k, 1); }
Object* m_isfinite(Object*, Object* const* a, ssize n, Object* k) { return bool_of("isfinite", a, n, k, 2); }

Object* m_isclose(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4];
  if (!parse_args("isclose", args, nargs, kwnames, "a,b$rel_tol,abs_tol", a)) return nullptr;
  bool ok;
  double x = number_as_double(a[0], &ok);
  if (!ok) return nullptr;
  double y = number_as_double(a[1], &ok);
  if (!ok) return nullptr;
  double rel = 1e-09, abs_tol = 0.0;
  if (a[2]) {
    rel = number_as_double(a[2], &ok);
    if (!ok) return nullptr;
  }
  if (a[3]) {
    abs_tol = number_as_double(a[3], &ok);
    if (!ok) return nullptr;
  }
  if (rel < 0 || abs_tol < 0) return err_format_null(Exc_ValueError, "tolerances must be non-negative");
  if (x == y) return bool_ref(true);
  if (std::isinf(x) || std::isinf(y)) return bool_ref(false);
  double diff = std::fabs(y - x);
  bool r = (diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs_tol);
  return bool_ref(r);
}

// floor/ceil/trunc: honour __floor__/__ceil__/__trunc__, else go through float.
Object* rounding(const char* name, Object* x, Object* dunder, double (*f)(double)) {
  if (is_float_exact(x)) return int_from_double(f(float_value(x)));
  if (is_int_exact(x)) return newref(x);
  if (type_lookup(type_of(x), dunder)) return call_method0(x, dunder);
  bool ok;
  double d = number_as_double(x, &ok);
  if (!ok) return nullptr;
  return int_from_double(f(d));
}

Object* m_floor(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("floor", nargs, kwnames)) return nullptr;
  return rounding("floor", args[0], names::__floor__, [](double d) { return std::floor(d); });
}
Object* m_ceil(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("ceil", nargs, kwnames)) return nullptr;
  return rounding("ceil", args[0], names::__ceil__, [](double d) { return std::ceil(d); });
}
Object* m_trunc(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("trunc", nargs, kwnames)) return nullptr;
  Object* x = args[0];
  if (is_float_exact(x)) return int_from_double(std::trunc(float_value(x)));
  if (!type_lookup(type_of(x), names::__trunc__)) {
    return err_format_null(Exc_TypeError, "type %s doesn't define __trunc__ method", type_name(x));
  }
  return call_method0(x, names::__trunc__);
}

// ---- integer functions ----------------------------------------------------------

// Product of the integers lo..hi (inclusive) by binary splitting.
BigInt range_product(uint64_t lo, uint64_t hi) {
  if (lo > hi) return BigInt::from_i64(1);
  if (hi - lo < 8) {
    BigInt r = BigInt::from_u64(lo);
    for (uint64_t k = lo + 1; k <= hi; k++) r = bigint_mul(r, BigInt::from_u64(k));
    return r;
  }
  uint64_t mid = lo + (hi - lo) / 2;
  return bigint_mul(range_product(lo, mid), range_product(mid + 1, hi));
}

Object* m_factorial(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("factorial", nargs, kwnames)) return nullptr;
  Object* n = number_index(args[0]);
  if (!n) return nullptr;
  if (!int_fits_i64(n)) {
    bool neg = int_sign(n) < 0;
    decref(n);
    if (neg) return err_format_null(Exc_ValueError, "factorial() not defined for negative values");
    return err_format_null(Exc_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
  }
  int64_t v = int_small_value(n);
  decref(n);
  if (v < 0) return err_format_null(Exc_ValueError, "factorial() not defined for negative values");
  if (v < 2) return int_from_i64(1);
  return int_from_bigint(range_product(2, uint64_t(v)));
}

Object* index_arg(Object* o) { return number_index(o); }

Object* m_gcd(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("gcd", kwnames)) return nullptr;
  BigInt g;
  for (ssize i = 0; i < nargs; i++) {
    Object* v = index_arg(args[i]);
    if (!v) return nullptr;
    BigInt tmp;
    g = bigint_gcd(g, int_as_bigint(v, tmp));
    decref(v);
  }
  return int_from_bigint(std::move(g));
}

Object* m_lcm(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("lcm", kwnames)) return nullptr;
  BigInt l = BigInt::from_i64(1);
  for (ssize i = 0; i < nargs; i++) {
    Object* v = index_arg(args[i]);
    if (!v) return nullptr;
    BigInt tmp;
    BigInt b = int_as_bigint(v, tmp).abs();
    decref(v);
    if (b.is_zero() || l.is_zero()) {
      l = BigInt();
      continue;
    }
    BigInt g = bigint_gcd(l, b), q;
    bigint_divmod(l, g, &q, nullptr);
    l = bigint_mul(q, b);
  }
  return int_from_bigint(std::move(l));
}

Object* m_isqrt(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("isqrt", nargs, kwnames)) return nullptr;
  Object* v = index_arg(args[0]);
  if (!v) return nullptr;
  if (int_sign(v) < 0) {
    decref(v);
    return err_format_null(Exc_ValueError, "isqrt() argument must be nonnegative");
  }
  BigInt tmp;
  BigInt r = bigint_isqrt(int_as_bigint(v, tmp));
  decref(v);
  return int_from_bigint(std::move(r));
}

// n and k as non-negative BigInts for comb/perm; false with an error.
bool comb_args(Object* no, Object* ko, BigInt* n, BigInt* k) {
  Object* nv = index_arg(no);
  if (!nv) return false;
  Object* kv = index_arg(ko);
  if (!kv) {
    decref(nv);
    return false;
  }
  BigInt t1, t2;
  *n = int_as_bigint(nv, t1);
  *k = int_as_bigint(kv, t2);
  decref(nv);
  decref(kv);
  if (n->is_neg()) {
    err_set_string(Exc_ValueError, "n must be a non-negative integer");
    return false;
  }
  if (k->is_neg()) {
    err_set_string(Exc_ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Object* m_comb(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_n("comb", nargs, kwnames, 2)) return nullptr;
  BigInt n, k;
  if (!comb_args(args[0], args[1], &n, &k)) return nullptr;
  if (bigint_cmp(k, n) > 0) return int_from_i64(0);
  BigInt nk = bigint_sub(n, k);
  if (bigint_cmp(nk, k) < 0) k = nk;
  if (!k.fits_i64()) return err_format_null(Exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
  int64_t kk = k.to_i64();
  BigInt r = BigInt::from_i64(1);
  for (int64_t i = 1; i <= kk; i++) {
    // r = r * (n - k + i) / i stays exact at every step.
    BigInt f = bigint_add(bigint_sub(n, k), BigInt::from_i64(i));
    BigInt q;
    bigint_divmod(bigint_mul(r, f), BigInt::from_i64(i), &q, nullptr);
    r = std::move(q);
  }
  return int_from_bigint(std::move(r));
}

Object* m_perm(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) > 0) return err_format_null(Exc_TypeError, "perm() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) {
    return err_format_null(Exc_TypeError, "perm expected at most 2 arguments, got %zd", nargs);
  }
  if (nargs == 1 || args[1] == None) return m_factorial(nullptr, args, 1, nullptr);
  BigInt n, k;
  if (!comb_args(args[0], args[1], &n, &k)) return nullptr;
  if (bigint_cmp(k, n) > 0) return int_from_i64(0);
  if (!k.fits_i64()) return err_format_null(Exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
  int64_t kk = k.to_i64();
  BigInt r = BigInt::from_i64(1);
  for (int64_t i = 0; i < kk; i++) r = bigint_mul(r, bigint_sub(n, BigInt::from_i64(i)));
  return int_from_bigint(std::move(r));
}

struct ProdState {
  Object* acc;
};

int prod_step(Object* item, void* ctx) {
  auto* st = static_cast<ProdState*>(ctx);
  Object* r = number_binop(st->acc, item, BINOP_MUL);
  if (!r) return -1;
  setref(st->acc, r);
  return 0;
}

Object* m_prod(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!parse_args("prod", args, nargs, kwnames, "iterable$start", a)) return nullptr;
  ProdState st{a[1] ? newref(a[1]) : int_from_i64(1)};
  if (iterate(a[0], prod_step, &st) < 0) {
    decref(st.acc);
    return nullptr;
  }
  return st.acc;
}

// fsum: Shewchuk's exact summation with a list of non-overlapping partials.
struct FsumState {
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  bool error = false;
};

int fsum_step(Object* item, void* ctx) {
  auto* st = static_cast<FsumState*>(ctx);
  bool ok;
  double x = number_as_double(item, &ok);
  if (!ok) return -1;
  double xsave = x;
  size_t i = 0;
  for (double y : st->partials) {
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    double hi = x + y;
    double lo = y - (hi - x);
    if (lo != 0.0) st->partials[i++] = lo;
    x = hi;
  }
  st->partials.resize(i);
  if (x != 0.0) {
    if (!std::isfinite(x)) {
      if (std::isfinite(xsave)) {
        err_set_string(Exc_OverflowError, "intermediate overflow in fsum");
        return -1;
      }
      if (std::isinf(xsave)) st->inf_sum += xsave;
      st->special_sum += xsave;
      st->partials.clear();
    } else {
      st->partials.push_back(x);
    }
  }
  return 0;
}

Object* m_fsum(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one("fsum", nargs, kwnames)) return nullptr;
  FsumState st;
  if (iterate(args[0], fsum_step, &st) < 0) return nullptr;
  if (st.special_sum != 0.0) {
    if (std::isnan(st.inf_sum)) return err_format_null(Exc_ValueError, "-inf + inf in fsum");
    return float_from_double(st.special_sum);
  }
  auto& p = st.partials;
  size_t n = p.size();
  double hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half-even correctly when the remaining partials push past a tie.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_from_double(hi);
}

// Add x to a Shewchuk expansion (non-overlapping partials), exactly.
void expansion_add(std::vector<double>& p, double x) {
  size_t i = 0;
  for (double y : p) {
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    double hi = x + y;
    double lo = y - (hi - x);
    if (lo != 0.0) p[i++] = lo;
    x = hi;
  }
  p.resize(i);
  if (x != 0.0) p.push_back(x);
}

// The correctly rounded value of an expansion (the tail of fsum).
double expansion_value(const std::vector<double>& p) {
  size_t n = p.size();
  if (n == 0) return 0.0;
  double hi = p[--n], lo = 0.0;
  while (n > 0) {
    double x = hi, y = p[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo != 0.0) break;
  }
  if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
    double y = lo * 2.0;
    double x = hi + y;
    if (y == x - hi) hi = x;
  }
  return hi;
}

// sqrt(sum of squares): components scaled by a power of two (exact), the sum
// of squares kept exactly as an expansion (fma gives each square's low part),
// then one Newton correction from the exact residual.
double vector_norm(const std::vector<double>& v) {
  double mx = 0.0;
  bool found_nan = false;
  for (double x : v) {
    double a = std::fabs(x);
    if (std::isnan(a)) found_nan = true;
    if (a > mx) mx = a;
  }
  if (std::isinf(mx)) return mx;
  if (found_nan) return NAN;
  if (mx == 0 || v.size() <= 1) return mx;
  int e;
  std::frexp(mx, &e);
  std::vector<double> parts;
  for (double x : v) {
    double s = std::ldexp(x, -e);
    double hi = s * s;
    double lo = std::fma(s, s, -hi);
    expansion_add(parts, hi);
    expansion_add(parts, lo);
  }
  double h = std::sqrt(expansion_value(parts));
  double h2 = h * h;
  double h2lo = std::fma(h, h, -h2);
  expansion_add(parts, -h2);
  expansion_add(parts, -h2lo);
  h += expansion_value(parts) / (2.0 * h);
  return std::ldexp(h, e);
}

Object* m_hypot(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("hypot", kwnames)) return nullptr;
  std::vector<double> v;
  v.reserve(size_t(nargs));
  for (ssize i = 0; i < nargs; i++) {
    bool ok;
    double x = number_as_double(args[i], &ok);
    if (!ok) return nullptr;
    v.push_back(x);
  }
  return float_from_double(vector_norm(v));
}

Object* m_dist(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_n("dist", nargs, kwnames, 2)) return nullptr;
  Object* p = sequence_tuple(args[0]);
  if (!p) return nullptr;
  Object* q = sequence_tuple(args[1]);
  if (!q) {
    decref(p);
    return nullptr;
  }
  Object* result = nullptr;
  if (size_of(p) != size_of(q)) {
    err_set_string(Exc_ValueError, "both points must have the same number of dimensions");
  } else {
    std::vector<double> v;
    bool ok = true;
    for (ssize i = 0; i < size_of(p) && ok; i++) {
      double a = number_as_double(tuple_get(p, i), &ok);
      if (!ok) break;
      double b = number_as_double(tuple_get(q, i), &ok);
      if (!ok) break;
      v.push_back(a - b);
    }
    if (ok) result = float_from_double(vector_norm(v));
  }
  decref(p);
  decref(q);
  return result;
}

MethodDef math_methods[] = {
    {"sqrt", m_sqrt, METH_DEFAULT, "Return the square root of x."},
    {"exp", m_exp, METH_DEFAULT, "Return e raised to the power of x."},
    {"exp2", m_exp2, METH_DEFAULT, "Return 2 raised to the power of x."},
    {"expm1", m_expm1, METH_DEFAULT, "Return exp(x)-1."},
    {"cbrt", m_cbrt, METH_DEFAULT, "Return the cube root of x."},
    {"log", m_log, METH_DEFAULT, "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log2", m_log2, METH_DEFAULT, "Return the base 2 logarithm of x."},
    {"log10", m_log10, METH_DEFAULT, "Return the base 10 logarithm of x."},
    {"log1p", m_log1p, METH_DEFAULT, "Return the natural logarithm of 1+x (base e)."},
    {"pow", m_pow, METH_DEFAULT, "Return x**y (x to the power of y)."},
    {"fabs", m_fabs, METH_DEFAULT, "Return the absolute value of the float x."},
    {"floor", m_floor, METH_DEFAULT, "Return the floor of x as an Integral."},
    {"ceil", m_ceil, METH_DEFAULT, "Return the ceiling of x as an Integral."},
    {"trunc", m_trunc, METH_DEFAULT, "Truncates the Real x to the nearest Integral toward 0."},
    {"factorial", m_factorial, METH_DEFAULT, "Find n!."},
    {"gcd", m_gcd, METH_DEFAULT, "Greatest Common Divisor."},
    {"lcm", m_lcm, METH_DEFAULT, "Least Common Multiple."},
    {"isqrt", m_isqrt, METH_DEFAULT, "Return the integer part of the square root of the input."},
    {"comb", m_comb, METH_DEFAULT, "Number of ways to choose k items from n items without repetition and without order."},
    {"perm", m_perm, METH_DEFAULT, "Number of ways to choose k items from n items without repetition and with order."},
    {"prod", m_prod, METH_DEFAULT, "Calculate the product of all the elements in the input iterable."},
    {"fsum", m_fsum, METH_DEFAULT, "Return an accurate floating point sum of values in the iterable seq."},
    {"sin", m_sin, METH_DEFAULT, "Return the sine of x (measured in radians)."},
    {"cos", m_cos, METH_DEFAULT, "Return the cosine of x (measured in radians)."},
    {"tan", m_tan, METH_DEFAULT, "Return the tangent of x (measured in radians)."},
    {"asin", m_asin, METH_DEFAULT, "Return the arc sine (measured in radians) of x."},
    {"acos", m_acos, METH_DEFAULT, "Return the arc cosine (measured in radians) of x."},
    {"atan", m_atan, METH_DEFAULT, "Return the arc tangent (measured in radians) of x."},
    {"atan2", m_atan2, METH_DEFAULT, "Return the arc tangent (measured in radians) of y/x."},
    {"sinh", m_sinh, METH_DEFAULT, "Return the hyperbolic sine of x."},
    {"cosh", m_cosh, METH_DEFAULT, "Return the hyperbolic cosine of x."},
    {"tanh", m_tanh, METH_DEFAULT, "Return the hyperbolic tangent of x."},
    {"asinh", m_asinh, METH_DEFAULT, "Return the inverse hyperbolic sine of x."},
    {"acosh", m_acosh, METH_DEFAULT, "Return the inverse hyperbolic cosine of x."},
    {"atanh", m_atanh, METH_DEFAULT, "Return the inverse hyperbolic tangent of x."},
    {"erf", m_erf, METH_DEFAULT, "Error function at x."},
    {"erfc", m_erfc, METH_DEFAULT, "Complementary error function at x."},
    {"gamma", m_gamma, METH_DEFAULT, "Gamma function at x."},
    {"lgamma", m_lgamma, METH_DEFAULT, "Natural logarithm of absolute value of Gamma function at x."},
    {"hypot", m_hypot, METH_DEFAULT, "Multidimensional Euclidean distance from the origin to a point."},
    {"dist", m_dist, METH_DEFAULT, "Return the Euclidean distance between two points p and q."},
    {"degrees", m_degrees, METH_DEFAULT, "Convert angle x from radians to degrees."},
    {"radians", m_radians, METH_DEFAULT, "Convert angle x from degrees to radians."},
    {"copysign", m_copysign, METH_DEFAULT, "Return a float with the magnitude of x but the sign of y."},
    {"nextafter", m_nextafter, METH_DEFAULT, "Return the next floating-point value after x towards y."},
    {"ulp", m_ulp, METH_DEFAULT, "Return the value of the least significant bit of the float x."},
    {"fmod", m_fmod, METH_DEFAULT, "Return fmod(x, y), according to platform C."},
    {"remainder", m_remainder, METH_DEFAULT, "Difference between x and the closest integer multiple of y."},
    {"modf", m_modf, METH_DEFAULT, "Return the fractional and integer parts of x."},
    {"frexp", m_frexp, METH_DEFAULT, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"ldexp", m_ldexp, METH_DEFAULT, "Return x * (2**i)."},
    {"isclose", m_isclose, METH_DEFAULT, "Determine whether two floating point numbers are close in value."},
    {"isnan", m_isnan, METH_DEFAULT, "Return True if x is a NaN (not a number), and False otherwise."},
    {"isinf", m_isinf, METH_DEFAULT, "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isfinite", m_isfinite, METH_DEFAULT, "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_math_module() {
  Object* m = module_new("math");
  if (!m) return nullptr;
  if (module_add_functions(m, math_methods) < 0 ||
      module_add_object(m, "pi", float_from_double(M_PI)) < 0 ||
      module_add_object(m, "e", float_from_double(M_E)) < 0 ||
      module_add_object(m, "tau", float_from_double(2 * M_PI)) < 0 ||
      module_add_object(m, "inf", float_from_double(HUGE_VAL)) < 0 ||
      module_add_object(m, "nan", float_from_double(std::nan(""))) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

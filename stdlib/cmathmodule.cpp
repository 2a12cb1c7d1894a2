// The cmath module: complex elementary functions with CPython's results, to
// the last bit on ordinary inputs and exactly on the special values.
//
// How it works.
//  * Each function first classifies the real and imaginary parts of its
//    argument into seven kinds (-inf, negative, -0, +0, positive, +inf, nan).
//    When either part is not finite, the answer comes from a 7x7 table of
//    special values (C99 Annex G, as CPython's documentation describes it):
//    branch cuts keep the sign of zero, e.g. sqrt(-4-0j) == -2j.  exp, cosh,
//    sinh, tanh and rect compute the case "infinite real part, finite nonzero
//    imaginary part" instead, because the signs of the infinite result
//    depend on cos(y) and sin(y).
//  * Finite arguments use the formulas CPython uses (Kahan's "Branch Cuts for
//    Complex Elementary Functions"): acos/acosh/asinh through two complex
//    square roots, atanh through log1p, log through log1p near |z| = 1,
//    sqrt with scaling that avoids overflow and subnormal loss, and separate
//    asymptotic formulas above DBL_MAX/4 so that huge arguments do not
//    overflow on the way.  The operations and their order are CPython's, so
//    glibc's libm gives the same bits.
//  * Errors are computed, not read from errno (but for phase, whose atan2
//    underflow CPython reports as OverflowError): every function sets *err to
//    EDOM (ValueError "math domain error": log(0), atanh(+-1), exp/cosh/sinh
//    of a finite real with an infinite imaginary part, ...) or ERANGE
//    (OverflowError "math range error": exp(1000)).  cmath.log(z, base)
//    keeps the error of log(base), then the one of the division, as CPython
//    does: log(0, 2) is (-inf+nanj), log(1, 1) a ValueError.
//  * Arguments are read as CPython's "D" format: a complex, __complex__(),
//    else float(x) (TypeError "must be real number, not str").
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <limits>

#include "runtime/numbers/complex.h"
#include "modules.h"

namespace stdlib {

using namespace rt;

namespace {

constexpr double INF = HUGE_VAL;
constexpr double N = std::numeric_limits<double>::quiet_NaN();
constexpr double P = 3.14159265358979323846;
constexpr double P12 = P / 2, P14 = P / 4, P34 = 3 * P / 4;
constexpr double U = N;  // an entry that is never used (a finite case)
constexpr double LN2 = 0.6931471805599453094;
constexpr double LN10 = 2.302585092994045684;
const double LARGE_DOUBLE = DBL_MAX / 4.;
const double SQRT_LARGE_DOUBLE = std::sqrt(LARGE_DOUBLE);
const double LOG_LARGE_DOUBLE = std::log(LARGE_DOUBLE);
const double SQRT_DBL_MIN = std::sqrt(DBL_MIN);
constexpr int SCALE_UP = 2 * (DBL_MANT_DIG / 2) + 1;  // sqrt's rescaling of subnormal arguments
constexpr int SCALE_DOWN = -(SCALE_UP + 1) / 2;

// ---- special values ---------------------------------------------------------------------------
enum Kind { NINF, NEG, NZERO, PZERO, POS, PINF, NAN_ };

Kind kind(double d) {
  if (std::isfinite(d)) {
    if (d != 0) return std::signbit(d) ? NEG : POS;
    return std::signbit(d) ? NZERO : PZERO;
  }
  if (std::isnan(d)) return NAN_;
  return std::signbit(d) ? NINF : PINF;
}

// Rows: the kind of the real part; columns: the kind of the imaginary part.
const Complex acos_special[7][7] = {
    {{P34, INF}, {P, INF}, {P, INF}, {P, -INF}, {P, -INF}, {P34, -INF}, {N, INF}},
    {{P12, INF}, {U, U}, {U, U}, {U, U}, {U, U}, {P12, -INF}, {N, N}},
    {{P12, INF}, {U, U}, {U, U}, {U, U}, {U, U}, {P12, -INF}, {P12, N}},
    {{P12, INF}, {U, U}, {U, U}, {U, U}, {U, U}, {P12, -INF}, {P12, N}},
    {{P12, INF}, {U, U}, {U, U}, {U, U}, {U, U}, {P12, -INF}, {N, N}},
    {{P14, INF}, {0., INF}, {0., INF}, {0., -INF}, {0., -INF}, {P14, -INF}, {N, INF}},
    {{N, INF}, {N, N}, {N, N}, {N, N}, {N, N}, {N, -INF}, {N, N}},
};
const Complex acosh_special[7][7] = {
    {{INF, -P34}, {INF, -P}, {INF, -P}, {INF, P}, {INF, P}, {INF, P34}, {INF, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P14}, {INF, -0.}, {INF, -0.}, {INF, 0.}, {INF, 0.}, {INF, P14}, {INF, N}},
    {{INF, N}, {N, N}, {N, N}, {N, N}, {N, N}, {INF, N}, {N, N}},
};
const Complex asinh_special[7][7] = {
    {{-INF, -P14}, {-INF, -0.}, {-INF, -0.}, {-INF, 0.}, {-INF, 0.}, {-INF, P14}, {-INF, N}},
    {{-INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {-INF, P12}, {N, N}},
    {{-INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {-INF, P12}, {N, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P14}, {INF, -0.}, {INF, -0.}, {INF, 0.}, {INF, 0.}, {INF, P14}, {INF, N}},
    {{INF, N}, {N, N}, {N, -0.}, {N, 0.}, {N, N}, {INF, N}, {N, N}},
};
const Complex atanh_special[7][7] = {
    {{-0., -P12}, {-0., -P12}, {-0., -P12}, {-0., P12}, {-0., P12}, {-0., P12}, {-0., N}},
    {{-0., -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {-0., P12}, {N, N}},
    {{-0., -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {-0., P12}, {-0., N}},
    {{0., -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {0., P12}, {0., N}},
    {{0., -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {0., P12}, {N, N}},
    {{0., -P12}, {0., -P12}, {0., -P12}, {0., P12}, {0., P12}, {0., P12}, {0., N}},
    {{0., -P12}, {N, N}, {N, N}, {N, N}, {N, N}, {0., P12}, {N, N}},
};
// cosh, exp, sinh, tanh, rect: the entries for an infinite real part and a
// finite nonzero imaginary part (U) are computed by the functions; the other
// U entries of rows NEG..POS come with a domain error.
const Complex cosh_special[7][7] = {
    {{U, U}, {U, U}, {INF, 0.}, {INF, -0.}, {U, U}, {U, U}, {INF, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, 0.}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, 0.}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {INF, -0.}, {INF, 0.}, {U, U}, {U, U}, {INF, N}},
    {{N, N}, {N, N}, {N, 0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};
const Complex exp_special[7][7] = {
    {{0., 0.}, {U, U}, {0., -0.}, {0., 0.}, {U, U}, {0., 0.}, {0., 0.}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {INF, -0.}, {INF, 0.}, {U, U}, {U, U}, {INF, N}},
    {{N, N}, {N, N}, {N, -0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};
const Complex log_special[7][7] = {
    {{INF, -P34}, {INF, -P}, {INF, -P}, {INF, P}, {INF, P}, {INF, P34}, {INF, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P12}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, P12}, {N, N}},
    {{INF, -P14}, {INF, -0.}, {INF, -0.}, {INF, 0.}, {INF, 0.}, {INF, P14}, {INF, N}},
    {{INF, N}, {N, N}, {N, N}, {N, N}, {N, N}, {INF, N}, {N, N}},
};
const Complex sinh_special[7][7] = {
    {{U, U}, {U, U}, {-INF, -0.}, {-INF, 0.}, {U, U}, {U, U}, {INF, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {0., N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {0., N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {INF, -0.}, {INF, 0.}, {U, U}, {U, U}, {INF, N}},
    {{N, N}, {N, N}, {N, -0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};
const Complex sqrt_special[7][7] = {
    {{INF, -INF}, {0., -INF}, {0., -INF}, {0., INF}, {0., INF}, {INF, INF}, {N, INF}},
    {{INF, -INF}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, INF}, {N, N}},
    {{INF, -INF}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, INF}, {N, N}},
    {{INF, -INF}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, INF}, {N, N}},
    {{INF, -INF}, {U, U}, {U, U}, {U, U}, {U, U}, {INF, INF}, {N, N}},
    {{INF, -INF}, {INF, -0.}, {INF, -0.}, {INF, 0.}, {INF, 0.}, {INF, INF}, {INF, N}},
    {{INF, -INF}, {N, N}, {N, N}, {N, N}, {N, N}, {INF, INF}, {N, N}},
};
const Complex tanh_special[7][7] = {
    {{-1., 0.}, {U, U}, {-1., -0.}, {-1., 0.}, {U, U}, {-1., 0.}, {-1., 0.}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{1., 0.}, {U, U}, {1., -0.}, {1., 0.}, {U, U}, {1., 0.}, {1., 0.}},
    {{N, N}, {N, N}, {N, -0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};
// rect(r, phi): rows by r, columns by phi.
const Complex rect_special[7][7] = {
    {{U, U}, {U, U}, {-INF, 0.}, {-INF, -0.}, {U, U}, {U, U}, {INF, N}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{0., 0.}, {U, U}, {U, U}, {U, U}, {U, U}, {0., 0.}, {0., 0.}},
    {{0., 0.}, {U, U}, {U, U}, {U, U}, {U, U}, {0., 0.}, {0., 0.}},
    {{U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {U, U}, {N, N}},
    {{U, U}, {U, U}, {INF, -0.}, {INF, 0.}, {U, U}, {U, U}, {INF, N}},
    {{N, N}, {N, N}, {N, 0.}, {N, 0.}, {N, N}, {N, N}, {N, N}},
};

bool special(Complex z) { return !std::isfinite(z.real) || !std::isfinite(z.imag); }
Complex lookup(const Complex (&table)[7][7], Complex z) { return table[kind(z.real)][kind(z.imag)]; }

// atan2 with a NaN for any NaN argument (C99 leaves its sign open).
double m_atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return N;
  return std::atan2(y, x);
}

// log(hypot(x, y)) for |x| or |y| above LARGE_DOUBLE, without overflow.
double log_hypot_large(double x, double y) { return std::log(std::hypot(x / 2., y / 2.)) + LN2 * 2.; }

// ---- the functions (err: 0, EDOM or ERANGE) ---------------------------------------------------
Complex c_sqrt(Complex z, int*) {
  if (special(z)) return lookup(sqrt_special, z);
  if (z.real == 0. && z.imag == 0.) return {0., z.imag};
  double ax = std::fabs(z.real), ay = std::fabs(z.imag), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) would be subnormal: scale up, then back down.
    ax = std::ldexp(ax, SCALE_UP);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8.;
    s = 2. * std::sqrt(ax + std::hypot(ax, ay / 8.));
  }
  double d = ay / (2. * s);
  if (z.real >= 0.) return {s, std::copysign(d, z.imag)};
  return {d, std::copysign(s, z.imag)};
}

Complex c_acos(Complex z, int* err) {
  if (special(z)) return lookup(acos_special, z);
  Complex r;
  if (std::fabs(z.real) > LARGE_DOUBLE || std::fabs(z.imag) > LARGE_DOUBLE) {
    r.real = std::atan2(std::fabs(z.imag), z.real);
    // acos(z) ~ -i log(2z) for huge |z|.
    if (z.real < 0) r.imag = -std::copysign(log_hypot_large(z.real, z.imag), z.imag);
    else r.imag = std::copysign(log_hypot_large(z.real, z.imag), -z.imag);
  } else {
    Complex s1 = c_sqrt({1. - z.real, -z.imag}, err);
    Complex s2 = c_sqrt({1. + z.real, z.imag}, err);
    r.real = 2. * std::atan2(s1.real, s2.real);
    r.imag = std::asinh(s2.real * s1.imag - s2.imag * s1.real);
  }
  return r;
}

Complex c_acosh(Complex z, int* err) {
  if (special(z)) return lookup(acosh_special, z);
  Complex r;
  if (std::fabs(z.real) > LARGE_DOUBLE || std::fabs(z.imag) > LARGE_DOUBLE) {
    r.real = log_hypot_large(z.real, z.imag);
    r.imag = std::atan2(z.imag, z.real);
  } else {
    Complex s1 = c_sqrt({z.real - 1., z.imag}, err);
    Complex s2 = c_sqrt({z.real + 1., z.imag}, err);
    r.real = std::asinh(s1.real * s2.real + s1.imag * s2.imag);
    r.imag = 2. * std::atan2(s1.imag, s2.real);
  }
  return r;
}

Complex c_asinh(Complex z, int* err) {
  if (special(z)) return lookup(asinh_special, z);
  Complex r;
  if (std::fabs(z.real) > LARGE_DOUBLE || std::fabs(z.imag) > LARGE_DOUBLE) {
    if (z.imag >= 0.) r.real = std::copysign(log_hypot_large(z.real, z.imag), z.real);
    else r.real = -std::copysign(log_hypot_large(z.real, z.imag), -z.real);
    r.imag = std::atan2(z.imag, std::fabs(z.real));
  } else {
    Complex s1 = c_sqrt({1. + z.imag, -z.real}, err);
    Complex s2 = c_sqrt({1. - z.imag, z.real}, err);
    r.real = std::asinh(s1.real * s2.imag - s2.real * s1.imag);
    r.imag = std::atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
  }
  return r;
}

// asin(z) = -i asinh(iz)
Complex c_asin(Complex z, int* err) {
  Complex s = c_asinh({-z.imag, z.real}, err);
  return {s.imag, -s.real};
}

Complex c_atanh(Complex z, int* err) {
  if (special(z)) return lookup(atanh_special, z);
  if (z.real < 0.) return c_neg(c_atanh(c_neg(z), err));  // atanh(z) = -atanh(-z)
  Complex r;
  double ay = std::fabs(z.imag);
  if (z.real > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    // atanh(z) ~ 1/z +- i pi/2 for huge |z|.
    double h = std::hypot(z.real / 2., z.imag / 2.);
    r.real = z.real / 4. / h / h;
    r.imag = -std::copysign(P12, -z.imag);
  } else if (z.real == 1. && ay < SQRT_DBL_MIN) {
    if (ay == 0.) {
      *err = EDOM;
      return {INF, z.imag};
    }
    r.real = -std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.)));
    r.imag = std::copysign(std::atan2(2., -ay) / 2, z.imag);
  } else {
    r.real = std::log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.;
    r.imag = -std::atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.;
  }
  return r;
}

// atan(z) = -i atanh(iz)
Complex c_atan(Complex z, int* err) {
  Complex s = c_atanh({-z.imag, z.real}, err);
  return {s.imag, -s.real};
}

// exp, cosh, sinh of x + iy with x infinite and y finite nonzero: infinities
// (or zeros) whose signs are those of cos(y) and sin(y).
Complex inf_times_cis(double mag_re, double mag_im, double y) {
  return {std::copysign(mag_re, std::cos(y)), std::copysign(mag_im, std::sin(y))};
}

bool inf_real_finite_imag(Complex z) { return std::isinf(z.real) && std::isfinite(z.imag) && z.imag != 0.; }

void check_overflow(Complex r, int* err) {
  if (std::isinf(r.real) || std::isinf(r.imag)) *err = ERANGE;
}

// cosh(x+iy) = cosh x cos y + i sinh x sin y and sinh(x+iy) = sinh x cos y +
// i cosh x sin y share their structure; odd selects sinh.
Complex c_hyperbolic(Complex z, int* err, bool odd) {
  if (special(z)) {
    Complex r;
    if (inf_real_finite_imag(z)) {
      r = inf_times_cis(INF, INF, z.imag);
      if (z.real < 0) (odd ? r.real : r.imag) *= -1;
    } else {
      r = lookup(odd ? sinh_special : cosh_special, z);
    }
    if (std::isinf(z.imag) && !std::isnan(z.real)) *err = EDOM;
    return r;
  }
  double (*f_re)(double) = odd ? static_cast<double (*)(double)>(std::sinh) : static_cast<double (*)(double)>(std::cosh);
  double (*f_im)(double) = odd ? static_cast<double (*)(double)>(std::cosh) : static_cast<double (*)(double)>(std::sinh);
  Complex r;
  if (std::fabs(z.real) > LOG_LARGE_DOUBLE) {
    // cosh(x) alone would overflow where cosh(x) * cos(y) may not.
    double x_minus_one = z.real - std::copysign(1., z.real);
    r = {std::cos(z.imag) * f_re(x_minus_one) * M_E, std::sin(z.imag) * f_im(x_minus_one) * M_E};
  } else {
    r = {std::cos(z.imag) * f_re(z.real), std::sin(z.imag) * f_im(z.real)};
  }
  check_overflow(r, err);
  return r;
}

Complex c_cosh(Complex z, int* err) { return c_hyperbolic(z, err, false); }
Complex c_sinh(Complex z, int* err) { return c_hyperbolic(z, err, true); }

// cos(z) = cosh(iz); sin(z) = -i sinh(iz)
Complex c_cos(Complex z, int* err) { return c_cosh({-z.imag, z.real}, err); }
Complex c_sin(Complex z, int* err) {
  Complex s = c_sinh({-z.imag, z.real}, err);
  return {s.imag, -s.real};
}

Complex c_tanh(Complex z, int* err) {
  if (special(z)) {
    Complex r;
    if (inf_real_finite_imag(z)) {
      r = {z.real > 0 ? 1.0 : -1.0, std::copysign(0., 2. * std::sin(z.imag) * std::cos(z.imag))};
    } else {
      r = lookup(tanh_special, z);
    }
    if (std::isinf(z.imag) && std::isfinite(z.real)) *err = EDOM;
    return r;
  }
  if (std::fabs(z.real) > LOG_LARGE_DOUBLE) {
    // 2 * z.real would overflow; tanh is +-1 to double precision there.
    return {std::copysign(1., z.real), 4. * std::sin(z.imag) * std::cos(z.imag) * std::exp(-2. * std::fabs(z.real))};
  }
  double tx = std::tanh(z.real), ty = std::tan(z.imag), cx = 1. / std::cosh(z.real);
  double txty = tx * ty;
  double denom = 1. + txty * txty;
  return {tx * (1. + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

// tan(z) = -i tanh(iz)
Complex c_tan(Complex z, int* err) {
  Complex s = c_tanh({-z.imag, z.real}, err);
  return {s.imag, -s.real};
}

Complex c_exp(Complex z, int* err) {
  if (special(z)) {
    Complex r;
    if (inf_real_finite_imag(z)) {
      r = z.real > 0 ? inf_times_cis(INF, INF, z.imag) : inf_times_cis(0., 0., z.imag);
    } else {
      r = lookup(exp_special, z);
    }
    if (std::isinf(z.imag) && (std::isfinite(z.real) || (std::isinf(z.real) && z.real > 0))) *err = EDOM;
    return r;
  }
  Complex r;
  if (z.real > LOG_LARGE_DOUBLE) {
    double l = std::exp(z.real - 1.);
    r = {l * std::cos(z.imag) * M_E, l * std::sin(z.imag) * M_E};
  } else {
    double l = std::exp(z.real);
    r = {l * std::cos(z.imag), l * std::sin(z.imag)};
  }
  check_overflow(r, err);
  return r;
}

Complex c_log(Complex z, int* err) {
  if (special(z)) return lookup(log_special, z);
  double ax = std::fabs(z.real), ay = std::fabs(z.imag);
  Complex r;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    r.real = std::log(std::hypot(ax / 2., ay / 2.)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0. || ay > 0.) {
      // hypot(ax, ay) is subnormal: scale by 2**53 first.
      r.real = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * LN2;
    } else {
      *err = EDOM;  // log(+-0 +- 0j)
      return {-INF, std::atan2(z.imag, z.real)};
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      // Near the unit circle log(h) loses digits: log1p((am-1)(am+1) + an**2) / 2.
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      r.real = std::log1p((am - 1) * (am + 1) + an * an) / 2.;
    } else {
      r.real = std::log(h);
    }
  }
  r.imag = std::atan2(z.imag, z.real);
  return r;
}

Complex c_log10(Complex z, int* err) {
  Complex r = c_log(z, err);
  return {r.real / LN10, r.imag / LN10};
}

// ---- argument handling ------------------------------------------------------------------------
Object* math_error(int err) {
  if (err == EDOM) return err_format_null(Exc_ValueError, "math domain error");
  return err_format_null(Exc_OverflowError, "math range error");
}

bool one_arg(const char* name, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) > 0) {
    err_format(Exc_TypeError, "cmath.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    err_format(Exc_TypeError, "cmath.%s() takes exactly one argument (%zd given)", name, nargs);
    return false;
  }
  return true;
}

bool arg_complex(Object* o, Complex* out) { return number_as_complex(o, &out->real, &out->imag); }

// Read the one complex argument of cmath.NAME.
bool unary_arg(const char* name, Object* const* args, ssize nargs, Object* kwnames, Complex* z) {
  return one_arg(name, nargs, kwnames) && arg_complex(args[0], z);
}

Object* complex_result(Complex r, int err) { return err ? math_error(err) : complex_from_doubles(r.real, r.imag); }

Object* apply1(const char* name, Object* const* args, ssize nargs, Object* kwnames, Complex (*f)(Complex, int*)) {
  Complex z;
  if (!unary_arg(name, args, nargs, kwnames, &z)) return nullptr;
  int err = 0;
  Complex r = f(z, &err);
  return complex_result(r, err);
}

#define CMATH_FUNC1(name)                                                           \
  Object* m_##name(Object*, Object* const* args, ssize nargs, Object* kwnames) {    \
    return apply1(#name, args, nargs, kwnames, c_##name);                           \
  }
CMATH_FUNC1(acos)
CMATH_FUNC1(acosh)
CMATH_FUNC1(asin)
CMATH_FUNC1(asinh)
CMATH_FUNC1(atan)
CMATH_FUNC1(atanh)
CMATH_FUNC1(cos)
CMATH_FUNC1(cosh)
CMATH_FUNC1(exp)
CMATH_FUNC1(log10)
CMATH_FUNC1(sin)
CMATH_FUNC1(sinh)
CMATH_FUNC1(sqrt)
CMATH_FUNC1(tan)
CMATH_FUNC1(tanh)
#undef CMATH_FUNC1

Object* m_log(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) > 0) return err_format_null(Exc_TypeError, "cmath.log() takes no keyword arguments");
  if (nargs < 1) return err_format_null(Exc_TypeError, "log expected at least 1 argument, got %zd", nargs);
  if (nargs > 2) return err_format_null(Exc_TypeError, "log expected at most 2 arguments, got %zd", nargs);
  Complex x;
  if (!arg_complex(args[0], &x)) return nullptr;
  int err = 0;
  x = c_log(x, &err);
  if (nargs == 2) {
    Complex base;
    if (!arg_complex(args[1], &base)) return nullptr;
    err = 0;  // only the errors of log(base) and of the division count from here, as in CPython
    base = c_log(base, &err);
    x = c_quot(x, base, &err);
  }
  return complex_result(x, err);
}

Object* m_phase(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Complex z;
  if (!unary_arg("phase", args, nargs, kwnames, &z)) return nullptr;
  // The one place where libm's errno is the result, as in CPython: atan2
  // reports an underflow (phase(10+5e-324j)) as ERANGE, an OverflowError.
  errno = 0;
  double phi = m_atan2(z.imag, z.real);
  if (errno == EDOM || errno == ERANGE) return math_error(errno);
  return float_from_double(phi);
}

Object* m_polar(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Complex z;
  if (!unary_arg("polar", args, nargs, kwnames, &z)) return nullptr;
  double phi = m_atan2(z.imag, z.real);
  int err = 0;
  double r = c_abs(z, &err);
  if (err) return math_error(err);
  Object* ro = float_from_double(r);
  Object* po = ro ? float_from_double(phi) : nullptr;
  Object* t = po ? tuple_pack(2, ro, po) : nullptr;
  xdecref(ro);
  xdecref(po);
  return t;
}

Object* m_rect(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) > 0) return err_format_null(Exc_TypeError, "cmath.rect() takes no keyword arguments");
  if (nargs != 2) return err_format_null(Exc_TypeError, "rect expected 2 arguments, got %zd", nargs);
  bool ok;
  double r = number_as_double(args[0], &ok);
  if (!ok) return nullptr;
  double phi = number_as_double(args[1], &ok);
  if (!ok) return nullptr;
  Complex z;
  int err = 0;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.) {
      z = inf_times_cis(INF, INF, phi);
      if (r < 0) z = c_neg(z);
    } else {
      z = rect_special[kind(r)][kind(phi)];
    }
    if (r != 0. && !std::isnan(r) && std::isinf(phi)) err = EDOM;
  } else if (phi == 0.0) {
    z = {r, r * phi};  // keeps the sign of a zero phi without calling sin
  } else {
    z = {r * std::cos(phi), r * std::sin(phi)};
  }
  return complex_result(z, err);
}

Object* predicate(const char* name, Object* const* args, ssize nargs, Object* kwnames, bool (*test)(Complex)) {
  Complex z;
  if (!unary_arg(name, args, nargs, kwnames, &z)) return nullptr;
  return bool_ref(test(z));
}

Object* m_isfinite(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return predicate("isfinite", args, nargs, kwnames,
                   [](Complex z) { return std::isfinite(z.real) && std::isfinite(z.imag); });
}
Object* m_isinf(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return predicate("isinf", args, nargs, kwnames, [](Complex z) { return std::isinf(z.real) || std::isinf(z.imag); });
}
Object* m_isnan(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return predicate("isnan", args, nargs, kwnames, [](Complex z) { return std::isnan(z.real) || std::isnan(z.imag); });
}

Object* m_isclose(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  // isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), with Argument Clinic's wording for bad calls.
  Object* a[4] = {nullptr, nullptr, nullptr, nullptr};
  static const char* const kw[4] = {"a", "b", "rel_tol", "abs_tol"};
  if (nargs > 2) {
    return err_format_null(Exc_TypeError, "isclose() takes exactly 2 positional arguments (%zd given)", nargs);
  }
  for (ssize i = 0; i < nargs; i++) a[i] = args[i];
  Object* bad_key = nullptr;  // reported after missing arguments, as Argument Clinic does
  int bad_slot = -1;
  for (ssize k = 0; kwnames && k < size_of(kwnames); k++) {
    Object* key = tuple_get(kwnames, k);
    int slot = -1;
    for (int j = 0; j < 4; j++)
      if (str_eq_cstr(key, kw[j])) slot = j;
    if (slot < 0 || a[slot]) {
      if (!bad_key) bad_key = key, bad_slot = slot;
      continue;
    }
    a[slot] = args[nargs + k];
  }
  for (int j = 0; j < 2; j++)
    if (!a[j]) return err_format_null(Exc_TypeError, "isclose() missing required argument '%s' (pos %d)", kw[j], j + 1);
  if (bad_key && bad_slot < 0) {
    return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for isclose()", str_utf8(bad_key));
  }
  if (bad_key) {
    return err_format_null(Exc_TypeError, "argument for isclose() given by name ('%s') and position (%d)",
                           kw[bad_slot], bad_slot + 1);
  }
  Complex x, y;
  if (!arg_complex(a[0], &x) || !arg_complex(a[1], &y)) return nullptr;
  double rel_tol = 1e-09, abs_tol = 0.0;
  bool ok = true;
  if (a[2]) rel_tol = number_as_double(a[2], &ok);
  if (ok && a[3]) abs_tol = number_as_double(a[3], &ok);
  if (!ok) return nullptr;
  if (rel_tol < 0.0 || abs_tol < 0.0) return err_format_null(Exc_ValueError, "tolerances must be non-negative");
  if (x.real == y.real && x.imag == y.imag) return bool_ref(true);  // also equal infinities
  if (std::isinf(x.real) || std::isinf(x.imag) || std::isinf(y.real) || std::isinf(y.imag)) return bool_ref(false);
  int err = 0;
  double diff = c_abs(c_diff(x, y), &err);
  bool close = diff <= rel_tol * c_abs(y, &err) || diff <= rel_tol * c_abs(x, &err) || diff <= abs_tol;
  return bool_ref(close);
}

MethodDef cmath_functions[] = {
    {"acos", m_acos, METH_DEFAULT, "Return the arc cosine of z."},
    {"acosh", m_acosh, METH_DEFAULT, "Return the inverse hyperbolic cosine of z."},
    {"asin", m_asin, METH_DEFAULT, "Return the arc sine of z."},
    {"asinh", m_asinh, METH_DEFAULT, "Return the inverse hyperbolic sine of z."},
    {"atan", m_atan, METH_DEFAULT, "Return the arc tangent of z."},
    {"atanh", m_atanh, METH_DEFAULT, "Return the inverse hyperbolic tangent of z."},
    {"cos", m_cos, METH_DEFAULT, "Return the cosine of z."},
    {"cosh", m_cosh, METH_DEFAULT, "Return the hyperbolic cosine of z."},
    {"exp", m_exp, METH_DEFAULT, "Return the exponential value e**z."},
    {"isclose", m_isclose, METH_DEFAULT, "Determine whether two complex numbers are close in value."},
    {"isfinite", m_isfinite, METH_DEFAULT, "Return True if both the real and imaginary parts of z are finite."},
    {"isinf", m_isinf, METH_DEFAULT, "Checks if the real or imaginary part of z is infinite."},
    {"isnan", m_isnan, METH_DEFAULT, "Checks if the real or imaginary part of z not a number (NaN)."},
    {"log", m_log, METH_DEFAULT, "log(z[, base]) -> the logarithm of z to the given base."},
    {"log10", m_log10, METH_DEFAULT, "Return the base-10 logarithm of z."},
    {"phase", m_phase, METH_DEFAULT, "Return argument, also known as the phase angle, of a complex."},
    {"polar", m_polar, METH_DEFAULT, "Convert a complex from rectangular coordinates to polar coordinates."},
    {"rect", m_rect, METH_DEFAULT, "Convert from polar coordinates to rectangular coordinates."},
    {"sin", m_sin, METH_DEFAULT, "Return the sine of z."},
    {"sinh", m_sinh, METH_DEFAULT, "Return the hyperbolic sine of z."},
    {"sqrt", m_sqrt, METH_DEFAULT, "Return the square root of z."},
    {"tan", m_tan, METH_DEFAULT, "Return the tangent of z."},
    {"tanh", m_tanh, METH_DEFAULT, "Return the hyperbolic tangent of z."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_cmath_module() {
  Object* m = module_new("cmath");
  if (!m) return nullptr;
  if (module_add_functions(m, cmath_functions) < 0) {
    decref(m);
    return nullptr;
  }
  Object* doc = str_from_cstr(
      "This module provides access to mathematical functions for complex\n"
      "numbers.");
  if (!doc || module_add_object(m, "__doc__", doc) < 0) {
    decref(m);
    return nullptr;
  }
  struct {
    const char* name;
    Object* value;
  } constants[] = {
      {"pi", float_from_double(P)},
      {"e", float_from_double(M_E)},
      {"tau", float_from_double(2 * P)},
      {"inf", float_from_double(INF)},
      {"infj", complex_from_doubles(0.0, INF)},
      {"nan", float_from_double(N)},
      {"nanj", complex_from_doubles(0.0, N)},
  };
  bool failed = false;
  for (auto& c : constants) {
    if (failed || !c.value) {
      xdecref(c.value);
      failed = true;
    } else if (module_add_object(m, c.name, c.value) < 0) {
      failed = true;
    }
  }
  if (failed) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

// complex: arithmetic, repr, hashing, comparison, the constructor and the type.
//
// How it works.  A complex is two doubles (ComplexObject, runtime/complex.h).
// Every operation converts its operands to that pair first: a complex gives
// its parts, a float (real, 0.0), an int (float(int), 0.0) with OverflowError
// "int too large to convert to float"; anything else makes the slot return
// NotImplemented, so `1 + 2j` reaches complex.__radd__ and `2j + 'a'` the
// generic TypeError.  There is no //, %, divmod, int() or float(): the slots
// are absent, as in CPython 3.11, so the generic errors name 'complex'.
//
// Invariants and decisions.
//  * The arithmetic is CPython's operation for operation (same formulas, same
//    order, no fused multiply-add), so results agree to the last bit: a * b
//    is the schoolbook product, a / b Smith's method, and a ** n for an
//    integral exponent |n| <= 100 repeated squaring (so (1+1j)**8 is exactly
//    16+0j), other exponents the polar form.  libm's errno after a power is
//    part of the result as in CPython: an infinite part is OverflowError
//    "complex exponentiation", EDOM (0 to a negative or complex power, or a
//    cos(inf) on the way) ZeroDivisionError.
//  * hash(z) = hash(z.real) + 1000003 * hash(z.imag) in unsigned 64-bit
//    arithmetic (-1 becomes -2), so hash(complex(x, 0)) == hash(x) and equal
//    numbers of any type hash alike.  A NaN part hashes by the object's
//    identity, as float NaNs do.
//  * == with an int compares exactly (through float == int), never by
//    converting the int to a double; ordering is not defined (TypeError).
//  * repr uses the shortest round-trip digits of each part without ".0":
//    (1+2j), 1j, (-0-0j), (nan+infj); a real part of +0.0 is omitted.
#include "runtime/numbers/complex.h"

#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/types/descr.h"
#include "runtime/numbers/int.h"
#include "runtime/types/typeslots.h"

namespace rt {

TypeObject ComplexType;

// ---- arithmetic on pairs ----------------------------------------------------------------------

Complex c_sum(Complex a, Complex b) { return {a.real + b.real, a.imag + b.imag}; }
Complex c_diff(Complex a, Complex b) { return {a.real - b.real, a.imag - b.imag}; }
Complex c_neg(Complex a) { return {-a.real, -a.imag}; }
Complex c_prod(Complex a, Complex b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

Complex c_quot(Complex a, Complex b, int* err) {
  // Divide numerator and denominator by the larger component of b, so that
  // |b|**2 is never formed (it would overflow or underflow far too early).
  double abs_br = std::fabs(b.real), abs_bi = std::fabs(b.imag);
  if (abs_br >= abs_bi) {
    if (abs_br == 0.0) {
      *err = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_bi >= abs_br) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  return {NAN, NAN};  // a NaN component in b
}

namespace {

constexpr Complex C_ONE = {1.0, 0.0};

// x ** n for n >= 0 by binary exponentiation (the low bit first).
Complex c_powu(Complex x, long n) {
  Complex r = C_ONE, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = c_prod(r, p);
    p = c_prod(p, p);
  }
  return r;
}

Complex c_powi(Complex x, long n, int* err) {
  if (n > 0) return c_powu(x, n);
  return c_quot(C_ONE, c_powu(x, -n), err);
}

// a ** b through the polar form; libm reports through errno.
Complex c_pow_polar(Complex a, Complex b, int* err) {
  if (b.real == 0.0 && b.imag == 0.0) return C_ONE;
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) *err = EDOM;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  double at = std::atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

}  // namespace

Complex c_pow(Complex a, Complex b, int* err) {
  errno = 0;
  int own = 0;
  Complex r;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0)
    r = c_powi(a, long(b.real), &own);
  else
    r = c_pow_polar(a, b, &own);
  int e = own ? own : errno;
  if (std::isinf(r.real) || std::isinf(r.imag)) {
    if (e == 0) e = ERANGE;
  } else if (e == ERANGE) {
    e = 0;  // an underflow on the way is not an error
  }
  *err = e;
  return r;
}

double c_abs(Complex z, int* err) {
  if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
    // An infinite part makes |z| infinite even when the other part is a NaN.
    if (std::isinf(z.real)) return std::fabs(z.real);
    if (std::isinf(z.imag)) return std::fabs(z.imag);
    return NAN;
  }
  double r = std::hypot(z.real, z.imag);
  if (!std::isfinite(r)) *err = ERANGE;
  return r;
}

// ---- objects ----------------------------------------------------------------------------------

Object* complex_from_doubles(double real, double imag) {
  Object* o = alloc_object(&ComplexType, sizeof(ComplexObject));
  if (!o) return nullptr;
  static_cast<ComplexObject*>(o)->cval = {real, imag};
  return o;
}

namespace {

Object* complex_subtype_from(TypeObject* type, Complex c) {
  if (type == &ComplexType) return complex_from_doubles(c.real, c.imag);
  Object* o = object_new_instance(type);
  if (o) static_cast<ComplexObject*>(o)->cval = c;
  return o;
}

inline Object* from(Complex c) { return complex_from_doubles(c.real, c.imag); }

// An operand of a complex slot: 1 ok, 0 NotImplemented, -1 error.
int operand(Object* o, Complex* out) {
  if (is_complex(o)) {
    *out = complex_value(o);
    return 1;
  }
  if (is_float(o)) {
    *out = {float_value(o), 0.0};
    return 1;
  }
  if (is_int(o)) {
    double d = int_as_double(o);
    if (d == -1.0 && err_occurred()) return -1;
    *out = {d, 0.0};
    return 1;
  }
  return 0;
}

#define COMPLEX_OPERANDS(a, b, x, y)                        \
  Complex x, y;                                             \
  {                                                         \
    int ra = operand(a, &x);                                \
    if (ra <= 0) return ra < 0 ? nullptr : notimpl_ref();   \
    int rb = operand(b, &y);                                \
    if (rb <= 0) return rb < 0 ? nullptr : notimpl_ref();   \
  }

Object* complex_add(Object* a, Object* b) {
  COMPLEX_OPERANDS(a, b, x, y);
  return from(c_sum(x, y));
}
Object* complex_sub(Object* a, Object* b) {
  COMPLEX_OPERANDS(a, b, x, y);
  return from(c_diff(x, y));
}
Object* complex_mul(Object* a, Object* b) {
  COMPLEX_OPERANDS(a, b, x, y);
  return from(c_prod(x, y));
}
Object* complex_div(Object* a, Object* b) {
  COMPLEX_OPERANDS(a, b, x, y);
  int err = 0;
  Complex q = c_quot(x, y, &err);
  if (err) return err_format_null(Exc_ZeroDivisionError, "complex division by zero");
  return from(q);
}

Object* complex_pow(Object* a, Object* b, Object* m) {
  COMPLEX_OPERANDS(a, b, x, y);
  if (m && m != None) return err_format_null(Exc_ValueError, "complex modulo");
  int err = 0;
  Complex p = c_pow(x, y, &err);
  if (err == EDOM) return err_format_null(Exc_ZeroDivisionError, "0.0 to a negative or complex power");
  if (err == ERANGE) return err_format_null(Exc_OverflowError, "complex exponentiation");
  return from(p);
}

Object* complex_neg(Object* a) { return from(c_neg(complex_value(a))); }
Object* complex_pos(Object* a) { return type_of(a) == &ComplexType ? newref(a) : from(complex_value(a)); }

Object* complex_abs(Object* a) {
  int err = 0;
  double r = c_abs(complex_value(a), &err);
  if (err) return err_format_null(Exc_OverflowError, "absolute value too large");
  return float_from_double(r);
}

int complex_bool(Object* a) {
  Complex c = complex_value(a);
  return c.real != 0.0 || c.imag != 0.0;
}

Object* complex_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !is_complex(a)) return notimpl_ref();
  Complex c = complex_value(a);
  bool equal;
  if (is_int(b)) {
    // Exact: compare the real part with the int as float == int does.
    if (c.imag != 0.0) {
      equal = false;
    } else {
      Object* re = float_from_double(c.real);
      if (!re) return nullptr;
      Object* r = object_richcompare(re, b, op);
      decref(re);
      return r;
    }
  } else if (is_float(b)) {
    equal = c.real == float_value(b) && c.imag == 0.0;
  } else if (is_complex(b)) {
    Complex d = complex_value(b);
    equal = c.real == d.real && c.imag == d.imag;
  } else {
    return notimpl_ref();
  }
  return bool_ref(equal == (op == CMP_EQ));
}

hash_t hash_part(Object* o, double v) { return std::isnan(v) ? hash_pointer(o) : hash_double(v); }

hash_t complex_hash(Object* a) {
  Complex c = complex_value(a);
  uint64_t hr = uint64_t(hash_part(a, c.real));
  uint64_t hi = uint64_t(hash_part(a, c.imag));
  uint64_t combined = hr + 1000003u * hi;
  if (combined == uint64_t(-1)) combined = uint64_t(-2);
  return hash_t(combined);
}

}  // namespace

// ---- repr -------------------------------------------------------------------------------------

std::string complex_part_repr(double v, bool with_sign) {
  std::string s = float_repr_std(v);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  if (with_sign && s[0] != '-') s.insert(s.begin(), '+');
  return s;
}

namespace {

Object* complex_repr(Object* a) {
  Complex c = complex_value(a);
  std::string out;
  if (c.real == 0.0 && !std::signbit(c.real)) {
    out = complex_part_repr(c.imag, false) + "j";
  } else {
    out = "(" + complex_part_repr(c.real, false) + complex_part_repr(c.imag, true) + "j)";
  }
  return str_from(out);
}

// ---- complex("...") -----------------------------------------------------------------------------

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool match_word(std::string_view s, size_t at, const char* word) {
  size_t n = std::strlen(word);
  if (s.size() - at < n) return false;
  for (size_t i = 0; i < n; i++)
    if ((s[at + i] | 0x20) != word[i]) return false;
  return true;
}

// The longest float literal at s[at..] (an optional sign, then digits with an
// optional fraction and exponent, or inf / infinity / nan): its length, or 0.
size_t float_prefix(std::string_view s, size_t at, double* out) {
  size_t i = at;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (match_word(s, i, "infinity") || match_word(s, i, "inf")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return i + (match_word(s, i, "infinity") ? 8 : 3) - at;
  }
  if (match_word(s, i, "nan")) {
    *out = neg ? -std::nan("") : std::nan("");
    return i + 3 - at;
  }
  auto digits = [&] {
    size_t k = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') i++;
    return i > k;
  };
  bool any = digits();
  if (i < s.size() && s[i] == '.') {
    i++;
    any = digits() || any;
  }
  if (!any) return 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t mark = i++;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
    if (!digits()) i = mark;  // "1e" is the float 1 followed by 'e'
  }
  std::string text(s.substr(at, i - at));
  *out = std::strtod(text.c_str(), nullptr);  // overflow gives +-inf, as Python
  return i - at;
}

// Parse the forms <float>, <float>j, <float><signed-float>j, <float><sign>j,
// <sign>j and j, with surrounding spaces and one optional pair of parentheses.
bool parse_complex_text(std::string_view s, Complex* out) {
  size_t i = 0;
  while (i < s.size() && is_space(s[i])) i++;
  bool bracket = false;
  if (i < s.size() && s[i] == '(') {
    bracket = true;
    i++;
    while (i < s.size() && is_space(s[i])) i++;
  }
  auto is_j = [&](size_t k) { return k < s.size() && (s[k] == 'j' || s[k] == 'J'); };
  double x = 0.0, y = 0.0, z;
  if (size_t n = float_prefix(s, i, &z)) {
    i += n;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      x = z;
      if (size_t m = float_prefix(s, i, &y)) {
        i += m;
      } else {
        y = s[i] == '+' ? 1.0 : -1.0;
        i++;
      }
      if (!is_j(i)) return false;
      i++;
    } else if (is_j(i)) {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    y = 1.0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) y = s[i++] == '+' ? 1.0 : -1.0;
    if (!is_j(i)) return false;
    i++;
  }
  while (i < s.size() && is_space(s[i])) i++;
  if (bracket) {
    if (i >= s.size() || s[i] != ')') return false;
    i++;
    while (i < s.size() && is_space(s[i])) i++;
  }
  if (i != s.size()) return false;
  *out = {x, y};
  return true;
}

Object* complex_from_string(TypeObject* type, Object* v) {
  std::string_view text = str_view(v);
  std::string converted;
  if (numeric_text_to_ascii(text, &converted)) text = converted;
  std::string stripped;
  if (text.find('_') != std::string_view::npos) {
    // Single underscores between digits only, as in literals.
    char prev = 0;
    size_t k = 0;
    bool ok = true;
    for (; k < text.size() && text[k] != '\0' && ok; k++) {
      char c = text[k];
      bool prev_digit = prev >= '0' && prev <= '9';
      if (c == '_') {
        ok = prev_digit;
      } else {
        ok = !(prev == '_' && !(c >= '0' && c <= '9'));
        stripped.push_back(c);
      }
      prev = c;
    }
    if (!ok || prev == '_' || k != text.size()) {
      Object* rep = object_repr(v);
      if (!rep) return nullptr;
      err_format(Exc_ValueError, "could not convert string to complex: %s", str_utf8(rep));
      decref(rep);
      return nullptr;
    }
    text = stripped;
  }
  Complex c;
  if (!parse_complex_text(text, &c)) return err_format_null(Exc_ValueError, "complex() arg is a malformed string");
  return complex_subtype_from(type, c);
}

// ---- complex(real, imag) ----------------------------------------------------------------------

// o.__complex__() when the type defines it: a new reference, or nullptr with
// *found false (no error), or nullptr with an error.
Object* try_complex_special(Object* o, bool* found) {
  Object* r = call_special(o, names::__complex___, nullptr, 0, found);
  if (!r || type_of(r) == &ComplexType) return r;
  if (!is_complex(r)) {
    err_format(Exc_TypeError, "__complex__ returned non-complex (type %.200s)", type_name(r));
    decref(r);
    return nullptr;
  }
  std::string msg = std::string("__complex__ returned non-complex (type ") + type_name(r) +
                    ").  The ability to return an instance of a strict subclass of complex is deprecated, "
                    "and may be removed in a future version of Python.";
  if (err_warn(Exc_DeprecationWarning, msg.c_str(), 1) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

bool is_number_arg(Object* o) {
  TypeObject* t = type_of(o);
  return t->nb_float || t->nb_index || is_complex(o);
}

Object* complex_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  // Argument Clinic's wording: the count first, then unknown keywords.
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (nargs + nkw > 2) return err_format_null(Exc_TypeError, "complex() takes at most 2 arguments (%zd given)", nargs + nkw);
  for (ssize k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, k);
    if (!str_equal(key, names::real) && !str_equal(key, names::imag)) {
      return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for complex()", str_utf8(key));
    }
  }
  Object* a[2];
  if (!parse_args("complex", args, nargs, kwnames, "|real,imag", a)) return nullptr;
  Object* r = a[0] ? a[0] : small_int(0);
  Object* i = a[1];
  if (type_of(r) == &ComplexType && !i && type == &ComplexType) return newref(r);
  if (is_str(r)) {
    if (i) return err_format_null(Exc_TypeError, "complex() can't take second arg if first is a string");
    return complex_from_string(type, r);
  }
  if (i && is_str(i)) return err_format_null(Exc_TypeError, "complex() second arg can't be a string");
  bool found;
  Object* special = try_complex_special(r, &found);
  if (!special && err_occurred()) return nullptr;
  Object* owned_r = special;  // r stays borrowed otherwise
  if (special) r = special;
  auto fail = [&]() -> Object* {
    xdecref(owned_r);
    return nullptr;
  };
  if (!is_number_arg(r)) {
    err_format(Exc_TypeError, "complex() first argument must be a string or a number, not '%.200s'", type_name(r));
    return fail();
  }
  if (i && !is_number_arg(i)) {
    err_format(Exc_TypeError, "complex() second argument must be a number, not '%.200s'", type_name(i));
    return fail();
  }
  // real + imag * 1j, where either may itself be complex.
  Complex cr, ci = {0.0, 0.0};
  bool cr_complex = false, ci_complex = false;
  if (is_complex(r)) {
    cr = complex_value(r);
    cr_complex = true;
  } else {
    Object* f = number_float(r);
    if (!f) return fail();
    cr = {float_value(f), 0.0};
    decref(f);
  }
  xdecref(owned_r);
  if (!i) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = complex_value(i);
    ci_complex = true;
  } else {
    Object* f = number_float(i);
    if (!f) return nullptr;
    ci.real = float_value(f);
    decref(f);
  }
  if (ci_complex) cr.real -= ci.imag;
  if (cr_complex && i) ci.real += cr.imag;
  return complex_subtype_from(type, {cr.real, ci.real});
}

// ---- methods ------------------------------------------------------------------------------------

Object* m_conjugate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("complex.conjugate", nargs, kwnames)) return nullptr;
  Complex c = complex_value(self);
  return complex_from_doubles(c.real, -c.imag);
}

Object* m_complex(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("complex.__complex__", nargs, kwnames)) return nullptr;
  return complex_pos(self);
}

Object* m_getnewargs(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("complex.__getnewargs__", nargs, kwnames)) return nullptr;
  Complex c = complex_value(self);
  Object* re = float_from_double(c.real);
  Object* im = re ? float_from_double(c.imag) : nullptr;
  Object* t = im ? tuple_pack(2, re, im) : nullptr;
  xdecref(re);
  xdecref(im);
  return t;
}

Object* m_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("__format__", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "__format__() takes exactly one argument (%zd given)", nargs);
  if (!is_str(args[0])) {
    return err_format_null(Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  }
  return format_complex(self, str_view(args[0]));
}

MethodDef complex_methods[] = {
    {"conjugate", m_conjugate, METH_DEFAULT, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", m_complex, METH_DEFAULT, "Convert this value to exact type complex."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {"__format__", m_format, METH_DEFAULT, "Convert to a string according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

bool number_as_complex(Object* o, double* real, double* imag) {
  if (is_complex(o)) {
    Complex c = complex_value(o);
    *real = c.real;
    *imag = c.imag;
    return true;
  }
  bool found;
  Object* special = try_complex_special(o, &found);
  if (special) {
    Complex c = complex_value(special);
    decref(special);
    *real = c.real;
    *imag = c.imag;
    return true;
  }
  if (err_occurred()) return false;
  bool ok;
  *real = number_as_double(o, &ok);
  *imag = 0.0;
  return ok;
}

void init_complex_type() {
  TypeObject& t = ComplexType;
  t.tp_name = "complex";
  t.tp_basicsize = sizeof(ComplexObject);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLE;
  t.tp_doc =
      "Create a complex number from a real part and an optional imaginary part.\n\n"
      "This is equivalent to (real + imag*1j) where imag defaults to 0.";
  t.tp_repr = complex_repr;
  t.tp_hash = complex_hash;
  t.tp_richcompare = complex_richcompare;
  t.tp_new = complex_new;
  t.nb_add = complex_add;
  t.nb_subtract = complex_sub;
  t.nb_multiply = complex_mul;
  t.nb_true_divide = complex_div;
  t.nb_power = complex_pow;
  t.nb_negative = complex_neg;
  t.nb_positive = complex_pos;
  t.nb_absolute = complex_abs;
  t.nb_bool = complex_bool;
  t.tp_methods = complex_methods;
  type_ready(&ComplexType);
  // real and imag are read-only double members, as in CPython (<member 'real' of 'complex' objects>).
  struct {
    Object* name;
    ssize offset;
    const char* doc;
  } members[] = {
      {names::real, ssize(offsetof(ComplexObject, cval.real)), "the real part of a complex number"},
      {names::imag, ssize(offsetof(ComplexObject, cval.imag)), "the imaginary part of a complex number"},
  };
  for (auto& m : members) {
    Object* d = member_descr_new(&ComplexType, m.name, m.offset, MEMBER_READONLY | MEMBER_DOUBLE, m.doc);
    if (!d || dict_setitem(ComplexType.tp_dict, m.name, d) < 0) {
      std::fprintf(stderr, "pyglass: cannot initialise complex\n");
      std::abort();
    }
    decref(d);
  }
  type_modified(&ComplexType);
}

}  // namespace rt

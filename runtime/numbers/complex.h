// complex internals: the layout and the complex arithmetic that the complex
// type (runtime/complex.cpp), cmath (stdlib/cmathmodule.cpp), float ** and
// marshal share.  The public API (complex_from_doubles, number_as_complex ...)
// is in runtime/api.h.
#pragma once
#include "runtime/api.h"

namespace rt {

void init_complex_type();  // runtime/lifecycle.cpp calls it after init_float_type

struct Complex {
  double real;
  double imag;
};

// complex (and its subclasses): two doubles, fixed size.
struct ComplexObject : Object {
  Complex cval;
};
inline Complex complex_value(const Object* o) { return static_cast<const ComplexObject*>(o)->cval; }

// The arithmetic of CPython's complex type, operation for operation, so that
// results agree to the last bit.  Errors are reported through *err (never
// through errno, which libm calls may touch): 0 none, EDOM, ERANGE.
Complex c_sum(Complex a, Complex b);
Complex c_diff(Complex a, Complex b);
Complex c_neg(Complex a);
Complex c_prod(Complex a, Complex b);
// a / b by Smith's method (scale by the larger component of b); b == 0: EDOM.
Complex c_quot(Complex a, Complex b, int* err);
// a ** b: integral exponents |b| <= 100 by repeated squaring, others through
// polar form; 0 ** (negative or complex) is EDOM, an infinite result ERANGE.
Complex c_pow(Complex a, Complex b, int* err);
// |a| (hypot); infinite parts give inf even with a NaN; an overflow is ERANGE.
double c_abs(Complex a, int* err);

// repr of one part in CPython's 'r' mode without a trailing ".0" ("1", "1.5",
// "1e+16", "inf", "nan"); with_sign: always a sign ("+nan" for a NaN).
std::string complex_part_repr(double v, bool with_sign);

}  // namespace rt

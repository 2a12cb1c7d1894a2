// float internals.  The public API (float_from_double, hash_double ...) is in
// runtime/api.h; init_float_type() and float_fini() are in runtime/init.h.
#pragma once
#include <string>

#include "runtime/api.h"

namespace rt {

// Shortest round-trip digits of a finite, non-zero |v| and its decimal
// exponent: v = 0.d1d2d3... * 10**decpt (digits has no leading/trailing zeros).
void float_shortest_digits(double v, std::string* digits, int* decpt);
// Round v to ndigits decimal places, half-even on the exact binary value (round(x, n)).
// Returns false with OverflowError set when the result is too large.
bool float_round_ndigits(double v, long ndigits, double* out);
// Python's float modulo and floor division (b != 0).
double float_py_mod(double a, double b);
void float_py_divmod(double a, double b, double* floordiv, double* mod);

}  // namespace rt

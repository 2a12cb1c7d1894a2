// int and bool internals shared with float.cpp, numformat.cpp and the math
// module.  The public API (int_from_i64 ...) is in runtime/api.h; the start-up
// hook init_int_types() is in runtime/init.h.
#pragma once
#include "api.h"
#include "bigint.h"

namespace rt {

// The value of an int object as a BigInt: a reference to its own storage when
// it is big, otherwise tmp filled in from ival.
const BigInt& int_as_bigint(Object* o, BigInt& tmp);
// Make an int from a BigInt (normalized: int64-sized values are stored small,
// -5..256 come from the cache).
Object* int_from_bigint(BigInt&& b);
Object* int_from_bigint_copy(const BigInt& b);
// Exact comparison of int i with the double d (d not NaN): -1, 0, 1.
int int_compare_double(Object* i, double d);
// Exact i / j correctly rounded to a double (ints, j != 0); false with OverflowError set.
bool int_true_divide_double(Object* i, Object* j, double* out);
// The limit of sys.set_int_max_str_digits (0: no limit) for decimal conversions.
int int_get_max_str_digits();
void int_set_max_str_digits(int n);
// Parse int(text, base): returns nullptr with *bad set (and no exception) when
// the text is not a valid literal, nullptr with an exception on other errors.
Object* int_parse(std::string_view text, int base, bool* bad);

}  // namespace rt

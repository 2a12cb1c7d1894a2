// int and bool internals shared with float.cpp, numformat.cpp and the math
// module.  The public API (int_from_i64 ...) is in runtime/api.h; the start-up
// hook init_int_types() is in runtime/init.h.
#pragma once
#include "runtime/api.h"
#include "runtime/numbers/bigint.h"

namespace rt {

// The value of an int object as a BigInt: a reference to its own storage when
// it is big, otherwise tmp filled in from ival.
const BigInt& int_as_bigint(Object* o, BigInt& tmp);
// Make an int from a BigInt (normalized: int64-sized values are stored small,
// -5..256 come from the cache).
Object* int_from_bigint(BigInt&& b);
Object* int_from_bigint_copy(const BigInt& b);
// An exact int with the value of o (an int or subclass instance); new reference.
Object* int_exact(Object* o);
// Exact comparison of int i with the double d (d not NaN): -1, 0, 1.
int int_compare_double(Object* i, double d);
// Exact i / j correctly rounded to a double (ints, j != 0); false with OverflowError set.
bool int_true_divide_double(Object* i, Object* j, double* out);
// For int()/float() parsing: a copy of UTF-8 text with Unicode whitespace
// turned into ' ' and Unicode decimal digits into ASCII digits (other
// non-ASCII code points become '?', which no parser accepts).  Returns false
// (and leaves *out alone) when text is pure ASCII and needs no copy.
bool numeric_text_to_ascii(std::string_view text, std::string* out);
// Parse int(text, base): returns nullptr with *bad set (and no exception) when
// the text is not a valid literal, nullptr with an exception on other errors.
Object* int_parse(std::string_view text, int base, bool* bad);

}  // namespace rt

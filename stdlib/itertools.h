// itertools, split by concern: stdlib/itertoolsmodule.cpp (the module and the
// simple iterators), stdlib/itertools_combinatorics.cpp (product,
// permutations, combinations, combinations_with_replacement) and
// stdlib/itertools_tee.cpp (tee and groupby, the iterators that share state
// between several objects).
#pragma once
#include "native.h"

namespace stdlib::itertools {

extern rt::TypeObject ProductType, PermutationsType, CombinationsType, CwrType;
extern rt::TypeObject TeeType, TeeDataType, GroupByType, GrouperType;

void fill_combinatoric_types();  // itertools_combinatorics.cpp
void fill_tee_types();           // itertools_tee.cpp
// itertools.tee(iterable, n=2)
rt::Object* tee_function(rt::Object* self, rt::Object* const* args, rt::ssize nargs, rt::Object* kwnames);

// A tuple of n ints (the state __reduce__ hands out for the combinatoric iterators).
rt::Object* ssize_tuple(const rt::ssize* v, rt::ssize n);

}  // namespace stdlib::itertools

// _collections, split by concern: stdlib/_collectionsmodule.cpp (the module,
// defaultdict, _count_elements, _tuplegetter) and stdlib/_collections_deque.cpp
// (deque and its two iterators).
#pragma once
#include "native.h"

namespace stdlib::collections {

extern rt::TypeObject DequeType, DequeIterType, DequeRevIterType;
void fill_deque_types();  // _collections_deque.cpp

}  // namespace stdlib::collections

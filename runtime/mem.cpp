#include "mem.h"

#include <cstdlib>

namespace rt {
void* mem_alloc(size_t n) { return std::malloc(n ? n : 1); }
void mem_free(void* p) { std::free(p); }
}  // namespace rt

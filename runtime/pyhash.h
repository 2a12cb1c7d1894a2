// Keyed hashing (runtime/pyhash.cpp): SipHash-1-3, the function CPython 3.11
// uses for str and bytes hashes and for _imp.source_hash.
#pragma once
#include <cstddef>
#include <cstdint>

namespace rt {

// SipHash-1-3 of n bytes with the 128-bit key (k0, k1).
uint64_t siphash13(uint64_t k0, uint64_t k1, const void* data, size_t n);

}  // namespace rt

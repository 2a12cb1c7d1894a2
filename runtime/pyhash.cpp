// SipHash-1-3 (Aumasson and Bernstein's SipHash with one compression round per
// message word and three finalization rounds), written from the algorithm's
// published description.  The message is read as little-endian 64-bit words;
// the last word holds the remaining bytes and the length's low byte on top.
#include "pyhash.h"

#include <cstring>

namespace rt {

namespace {

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

struct SipState {
  uint64_t v0, v1, v2, v3;
  void round() {
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
  }
  void absorb(uint64_t m) {
    v3 ^= m;
    round();
    v0 ^= m;
  }
};

inline uint64_t load_le64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
  return v;
}

}  // namespace

uint64_t siphash13(uint64_t k0, uint64_t k1, const void* data, size_t n) {
  SipState s{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL,
             k1 ^ 0x7465646279746573ULL};
  const unsigned char* p = static_cast<const unsigned char*>(data);
  size_t words = n / 8;
  for (size_t i = 0; i < words; i++) s.absorb(load_le64(p + 8 * i));
  unsigned char last[8] = {};
  std::memcpy(last, p + 8 * words, n % 8);
  last[7] = static_cast<unsigned char>(n & 0xff);
  s.absorb(load_le64(last));
  s.v2 ^= 0xff;
  s.round();
  s.round();
  s.round();
  return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

}  // namespace rt

// _random: the Mersenne Twister (MT19937) core that random.py builds on.
// Seeding and output follow CPython bit for bit, so the same seed gives the
// same sequence.
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>
#include <sys/random.h>
#include <unistd.h>
#include <vector>

#include "runtime/numbers/int.h"
#include "clinic.h"
#include "modules.h"

namespace stdlib {
using namespace rt;

namespace {

constexpr int N = 624, M = 397;
constexpr uint32_t MATRIX_A = 0x9908b0dfU, UPPER_MASK = 0x80000000U, LOWER_MASK = 0x7fffffffU;

struct RandomObject : Object {
  int index;
  uint32_t state[N];
};
RandomObject* R(Object* o) { return static_cast<RandomObject*>(o); }

void init_genrand(RandomObject* r, uint32_t s) {
  uint32_t* mt = r->state;
  mt[0] = s;
  for (int i = 1; i < N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
  r->index = N;
}

void init_by_array(RandomObject* r, const uint32_t* key, size_t len) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218U);
  size_t i = 1, j = 0;
  for (size_t k = len > size_t(N) ? len : size_t(N); k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= size_t(N)) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = N - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
    i++;
    if (i >= size_t(N)) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

uint32_t genrand_uint32(RandomObject* r) {
  uint32_t* mt = r->state;
  uint32_t y;
  if (r->index >= N) {
    int kk;
    for (kk = 0; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1U) ? MATRIX_A : 0U);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1U) ? MATRIX_A : 0U);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1U) ? MATRIX_A : 0U);
    r->index = 0;
  }
  y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

// |n| as 32-bit words, least significant first (at least one word).
std::vector<uint32_t> int_to_words(Object* n) {
  BigInt tmp;
  std::vector<uint32_t> words = int_as_bigint(n, tmp).mag;
  if (words.empty()) words.push_back(0);
  return words;
}

void seed_from_urandom(RandomObject* r) {
  uint32_t key[N];
  size_t got = 0;
  char* p = reinterpret_cast<char*>(key);
  while (got < sizeof key) {
    ssize_t n = ::getrandom(p + got, sizeof key - got, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    got += size_t(n);
  }
  if (got < sizeof key) {  // no entropy source: time and pid
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t k[4] = {uint32_t(ts.tv_sec), uint32_t(ts.tv_nsec), uint32_t(::getpid()), uint32_t(uint64_t(ts.tv_sec) >> 32)};
    init_by_array(r, k, 4);
    return;
  }
  init_by_array(r, key, N);
}

// CPython's seeding: None -> the OS's entropy; an int -> its absolute value's
// 32-bit words; anything else -> its hash, read as an unsigned 64-bit number.
int random_seed(RandomObject* r, Object* arg) {
  if (!arg || arg == None) {
    seed_from_urandom(r);
    return 0;
  }
  std::vector<uint32_t> words;
  if (is_int(arg)) {
    words = int_to_words(arg);
  } else {
    hash_t h = object_hash(arg);
    if (h == -1 && err_occurred()) return -1;
    uint64_t u = uint64_t(h);
    words.push_back(uint32_t(u));
    if (u >> 32) words.push_back(uint32_t(u >> 32));
  }
  init_by_array(r, words.data(), words.size());
  return 0;
}

// tp_new allocates an unseeded generator (all-zero state, as CPython's generic
// new leaves it); tp_init seeds it, so subclasses whose __init__ takes other
// arguments work as in CPython.
Object* random_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) return nullptr;
  RandomObject* r = R(o);
  std::memset(r->state, 0, sizeof r->state);
  r->index = 0;
  return o;
}

int random_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  // Keywords are refused unless a subclass brings its own __init__ (which then replaces this one).
  if (kwnames && size_of(kwnames) && type_of(self)->tp_init == random_init) {
    err_set_string(Exc_TypeError, "Random() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    err_set_string(Exc_TypeError, "Random() requires 0 or 1 argument");
    return -1;
  }
  return random_seed(R(self), nargs ? args[0] : nullptr);
}

void random_dealloc(Object* o) { free_object(o); }

Object* m_seed(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) return err_format_null(Exc_TypeError, "Random.seed() takes no keyword arguments");
  if (nargs > 1) return err_format_null(Exc_TypeError, "seed expected at most 1 argument, got %zd", nargs);
  if (random_seed(R(self), nargs ? args[0] : nullptr) < 0) return nullptr;
  return none_ref();
}

// 53 random bits: 27 from one output and 26 from the next.
Object* m_random(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!clinic::no_args("Random.random", nargs, kwnames)) return nullptr;
  RandomObject* r = R(self);
  uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
  return float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

// k bits: 32-bit outputs fill the words least significant first; the last
// (most significant) word keeps the top bits of its output.
Object* m_getrandbits(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("Random.getrandbits", nargs, kwnames)) return nullptr;
  int k;
  if (!clinic::to_int(args[0], &k)) return nullptr;
  if (k < 0) return err_format_null(Exc_ValueError, "number of bits must be non-negative");
  RandomObject* r = R(self);
  if (k == 0) return int_from_i64(0);
  if (k <= 32) return int_from_i64(genrand_uint32(r) >> (32 - k));
  BigInt b;
  b.sign = 1;
  size_t nwords = size_t((k - 1) / 32 + 1);
  b.mag.resize(nwords);
  int left = k;
  for (size_t i = 0; i < nwords; i++, left -= 32) {
    uint32_t w = genrand_uint32(r);
    if (left < 32) w >>= (32 - left);
    b.mag[i] = w;
  }
  while (!b.mag.empty() && b.mag.back() == 0) b.mag.pop_back();
  if (b.mag.empty()) b.sign = 0;
  return int_from_bigint(std::move(b));
}

Object* m_getstate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!clinic::no_args("Random.getstate", nargs, kwnames)) return nullptr;
  RandomObject* r = R(self);
  Object* t = tuple_new(N + 1);
  if (!t) return nullptr;
  for (int i = 0; i <= N; i++) {
    Object* v = i < N ? int_from_u64(r->state[i]) : int_from_i64(r->index);
    if (!v) {
      for (int j = i; j <= N; j++) tuple_set_steal(t, j, none_ref());
      decref(t);
      return nullptr;
    }
    tuple_set_steal(t, i, v);
  }
  return t;
}

// setstate(state): 624 words read as C unsigned longs (and kept modulo 2**32,
// as CPython keeps them), then the index 0..624.
Object* m_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("Random.setstate", nargs, kwnames)) return nullptr;
  Object* st = args[0];
  if (!is_tuple(st)) return err_format_null(Exc_TypeError, "state vector must be a tuple");
  if (size_of(st) != N + 1) return err_format_null(Exc_ValueError, "state vector is the wrong size");
  uint32_t vals[N];
  for (int i = 0; i < N; i++) {
    Object* v = tuple_get(st, i);
    if (is_int(v) && int_sign(v) < 0)
      return err_format_null(Exc_OverflowError, "can't convert negative value to unsigned int");
    unsigned long x;
    if (!clinic::to_ulong(v, &x)) return nullptr;
    vals[i] = uint32_t(x);
  }
  long index;
  if (!clinic::to_long(tuple_get(st, N), &index)) return nullptr;
  if (index < 0 || index > N) return err_format_null(Exc_ValueError, "invalid state");
  RandomObject* r = R(self);
  std::memcpy(r->state, vals, sizeof vals);
  r->index = int(index);
  return none_ref();
}

MethodDef random_methods[] = {
    {"seed", m_seed, METH_DEFAULT, "seed([n]) -> None."},
    {"random", m_random, METH_DEFAULT, "random() -> x in the interval [0, 1)."},
    {"getrandbits", m_getrandbits, METH_DEFAULT, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"getstate", m_getstate, METH_DEFAULT, "getstate() -> tuple containing the current state."},
    {"setstate", m_setstate, METH_DEFAULT, "setstate(state) -> None.  Restores generator state."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

rt::TypeObject RandomType;

// For unit tests: the first outputs of a generator seeded with init_genrand(seed) or init_by_array.
uint32_t mt_test_output(uint32_t seed, bool by_array, int n) {
  RandomObject r;
  if (by_array) init_by_array(&r, &seed, 1);
  else init_genrand(&r, seed);
  uint32_t v = 0;
  for (int i = 0; i <= n; i++) v = genrand_uint32(&r);
  return v;
}

int ready_random_types() {
  if (!has_flag(&RandomType, TPFLAG_READY)) {
    RandomType.tp_name = "_random.Random";
    RandomType.tp_basicsize = sizeof(RandomObject);
    RandomType.tp_flags = TPFLAG_BASETYPE;
    RandomType.tp_new = random_new;
    RandomType.tp_init = random_init;
    RandomType.tp_dealloc = random_dealloc;
    RandomType.tp_methods = random_methods;
    RandomType.tp_doc = "Random() -> create a random number generator with its own internal state.";
    RandomType.ob_type = &TypeType;
    RandomType.ob_refcnt = IMMORTAL_REFCNT;
    if (type_ready(&RandomType) < 0) return -1;
    if (!RandomType.ob_next) refchain_link(&RandomType);
  }
  return 0;
}

Object* init_random_module() {
  if (ready_random_types() < 0) return nullptr;
  Object* m = module_new("_random");
  if (!m) return nullptr;
  if (module_add_object(m, "Random", newref(static_cast<Object*>(&RandomType))) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

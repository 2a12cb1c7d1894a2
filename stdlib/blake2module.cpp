// _blake2: BLAKE2b and BLAKE2s (RFC 7693) with the whole parameter block
// (digest size, key, salt, personalisation, tree parameters), which hashlib.py
// prefers to OpenSSL's fixed-size BLAKE2 (OpenSSL 3.0's EVP digests take
// none of these parameters).  Written from the RFC.
// docs/native-modules.md ("hash modules").
//
// How it works: one template over the word type (uint64_t for BLAKE2b,
// uint32_t for BLAKE2s).  The state is the chaining value h[8], a 2-word byte
// counter t, and a one-block buffer.  Invariant: the buffer holds between 0
// and BLOCK bytes, and a full buffer is compressed only when more input
// arrives, because the last block must be compressed with the final flag set.
// digest() finalises a copy, so the object can go on being updated.  A keyed
// hash starts with the key, zero-padded to a full block, in the buffer.
// update() runs under the object's ObjectLock, with the GIL released for
// large inputs (objlock.h).
#include <cstring>
#include <string>

#include "runtime/bytes/buffer.h"
#include "clinic.h"
#include "datamodules.h"
#include "hashcore.h"
#include "modules.h"
#include "objlock.h"

namespace stdlib {
using namespace rt;

namespace {

const uint8_t kSigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

// The constants of each variant: initial values (those of SHA-512 and
// SHA-256), rounds, rotation distances, and the sizes Python sees.
struct Blake2bTraits {
  using Word = uint64_t;
  static constexpr Word kIV[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                                  0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                                  0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
  static constexpr int kRounds = 12, kR1 = 32, kR2 = 24, kR3 = 16, kR4 = 63;
  static constexpr int kBlock = 128, kMaxDigest = 64, kMaxKey = 64, kSalt = 16, kPerson = 16;
  static constexpr int kNodeOffsetBytes = 8;
  static constexpr const char* kName = "blake2b";
};
struct Blake2sTraits {
  using Word = uint32_t;
  static constexpr Word kIV[8] = {0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU,
                                  0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U};
  static constexpr int kRounds = 10, kR1 = 16, kR2 = 12, kR3 = 8, kR4 = 7;
  static constexpr int kBlock = 64, kMaxDigest = 32, kMaxKey = 32, kSalt = 8, kPerson = 8;
  static constexpr int kNodeOffsetBytes = 6;
  static constexpr const char* kName = "blake2s";
};

template <class W>
W rotr(W x, int n) {
  return W(x >> n) | W(x << (int(sizeof(W) * 8) - n));
}

template <class W>
W load_le(const unsigned char* p) {
  W w = 0;
  for (size_t i = 0; i < sizeof(W); i++) w |= W(p[i]) << (8 * i);
  return w;
}

template <class T>
struct State {
  using W = typename T::Word;
  W h[8];
  W t[2];
  unsigned char buf[T::kBlock];
  int buflen;
  int digest_size;
  bool last_node;

  void compress(const unsigned char* block, bool final) {
    W m[16], v[16];
    for (int i = 0; i < 16; i++) m[i] = load_le<W>(block + i * sizeof(W));
    for (int i = 0; i < 8; i++) {
      v[i] = h[i];
      v[i + 8] = T::kIV[i];
    }
    v[12] ^= t[0];
    v[13] ^= t[1];
    if (final) {
      v[14] = ~v[14];
      if (last_node) v[15] = ~v[15];
    }
    auto g = [&](int a, int b, int c, int d, W x, W y) {
      v[a] = v[a] + v[b] + x;
      v[d] = rotr<W>(v[d] ^ v[a], T::kR1);
      v[c] = v[c] + v[d];
      v[b] = rotr<W>(v[b] ^ v[c], T::kR2);
      v[a] = v[a] + v[b] + y;
      v[d] = rotr<W>(v[d] ^ v[a], T::kR3);
      v[c] = v[c] + v[d];
      v[b] = rotr<W>(v[b] ^ v[c], T::kR4);
    };
    for (int r = 0; r < T::kRounds; r++) {
      const uint8_t* s = kSigma[r % 10];
      g(0, 4, 8, 12, m[s[0]], m[s[1]]);
      g(1, 5, 9, 13, m[s[2]], m[s[3]]);
      g(2, 6, 10, 14, m[s[4]], m[s[5]]);
      g(3, 7, 11, 15, m[s[6]], m[s[7]]);
      g(0, 5, 10, 15, m[s[8]], m[s[9]]);
      g(1, 6, 11, 12, m[s[10]], m[s[11]]);
      g(2, 7, 8, 13, m[s[12]], m[s[13]]);
      g(3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  }

  void count(int n) {
    t[0] += W(n);
    if (t[0] < W(n)) t[1]++;
  }

  void update(const unsigned char* p, size_t n) {
    while (n > 0) {
      if (buflen == T::kBlock) {  // full, and more input follows: not the last block
        count(T::kBlock);
        compress(buf, false);
        buflen = 0;
      }
      size_t take = size_t(T::kBlock - buflen) < n ? size_t(T::kBlock - buflen) : n;
      std::memcpy(buf + buflen, p, take);
      buflen += int(take);
      p += take;
      n -= take;
    }
  }

  // The digest of a copy of this state.
  void final(unsigned char* out) const {
    State c = *this;
    c.count(c.buflen);
    std::memset(c.buf + c.buflen, 0, size_t(T::kBlock - c.buflen));
    c.compress(c.buf, true);
    for (int i = 0; i < digest_size; i++) out[i] = (unsigned char)(c.h[size_t(i) / sizeof(W)] >> (8 * (size_t(i) % sizeof(W))));
  }
};

struct Params {
  int digest_size, fanout, depth, node_depth, inner_size;
  uint32_t leaf_size;
  uint64_t node_offset;
  bool last_node;
  BytesLike key, salt, person;
};

// h = IV xor the parameter block, then the key block.
template <class T>
void init_state(State<T>& s, const Params& p) {
  unsigned char block[8 * sizeof(typename T::Word)] = {};
  block[0] = (unsigned char)p.digest_size;
  block[1] = (unsigned char)p.key.size();
  block[2] = (unsigned char)p.fanout;
  block[3] = (unsigned char)p.depth;
  for (int i = 0; i < 4; i++) block[4 + i] = (unsigned char)(p.leaf_size >> (8 * i));
  for (int i = 0; i < T::kNodeOffsetBytes; i++) block[8 + i] = (unsigned char)(p.node_offset >> (8 * i));
  block[8 + T::kNodeOffsetBytes] = (unsigned char)p.node_depth;
  block[9 + T::kNodeOffsetBytes] = (unsigned char)p.inner_size;
  const int salt_at = int(sizeof block) - T::kSalt - T::kPerson;
  if (p.salt.size()) std::memcpy(block + salt_at, p.salt.data(), size_t(p.salt.size()));
  if (p.person.size()) std::memcpy(block + salt_at + T::kSalt, p.person.data(), size_t(p.person.size()));
  for (int i = 0; i < 8; i++) s.h[i] = T::kIV[i] ^ load_le<typename T::Word>(block + i * sizeof(typename T::Word));
  s.t[0] = s.t[1] = 0;
  s.buflen = 0;
  s.digest_size = p.digest_size;
  s.last_node = p.last_node;
  if (p.key.size()) {
    std::memset(s.buf, 0, T::kBlock);
    std::memcpy(s.buf, p.key.data(), size_t(p.key.size()));
    s.buflen = T::kBlock;
  }
}

template <class T>
struct Blake2Object : Object {
  State<T> st;
  ObjectLock lock;
};

TypeObject Blake2bType, Blake2sType;
template <class T>
TypeObject& type_for();
template <>
TypeObject& type_for<Blake2bTraits>() { return Blake2bType; }
template <>
TypeObject& type_for<Blake2sTraits>() { return Blake2sType; }

template <class T>
Blake2Object<T>* B(Object* o) {
  return static_cast<Blake2Object<T>*>(o);
}

template <class T>
void feed(Blake2Object<T>* b, const BytesLike& data) {
  ObjectLockGuard g(b->lock);
  GilReleased nogil(data.size());
  b->st.update(reinterpret_cast<const unsigned char*>(data.data()), size_t(data.size()));
}

// An optional bytes-like parameter no longer than max: "maximum salt length is 16 bytes".
bool bytes_param(Object* o, BytesLike* view, int max, const char* what) {
  if (!o) return true;
  if (!view->get(o)) return false;
  if (view->size() > max) {
    err_format(Exc_ValueError, "maximum %s length is %d bytes", what, max);
    return false;
  }
  return true;
}

// An optional int parameter in [lo, hi]: "fanout must be between 0 and 255".
bool int_param(Object* o, int dflt, int lo, int hi, const char* msg, int* out) {
  *out = dflt;
  if (!o) return true;
  if (!clinic::to_int(o, out)) return false;
  if (*out < lo || *out > hi) {
    err_set_string(Exc_ValueError, msg);
    return false;
  }
  return true;
}

// blake2b(data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1,
//         depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0,
//         last_node=False, usedforsecurity=True)
template <class T>
Object* blake2_new(TypeObject* type, Object* const* args, ssize nargs, Object* kw) {
  Object* a[13];
  if (!clinic::parse(T::kName, args, nargs, kw,
                     "|data/$digest_size,key,salt,person,fanout,depth,leaf_size,node_offset,node_depth,inner_size,"
                     "last_node,usedforsecurity",
                     a))
    return nullptr;
  Params p;
  BytesLike data;
  if (a[0] && !hashing::get_data(a[0], &data)) return nullptr;
  std::string size_msg = "digest_size must be between 1 and " + std::to_string(T::kMaxDigest) + " bytes";
  if (!int_param(a[1], T::kMaxDigest, 1, T::kMaxDigest, size_msg.c_str(), &p.digest_size)) return nullptr;
  if (!bytes_param(a[2], &p.key, T::kMaxKey, "key") || !bytes_param(a[3], &p.salt, T::kSalt, "salt") ||
      !bytes_param(a[4], &p.person, T::kPerson, "person"))
    return nullptr;
  if (!int_param(a[5], 1, 0, 255, "fanout must be between 0 and 255", &p.fanout) ||
      !int_param(a[6], 1, 1, 255, "depth must be between 1 and 255", &p.depth))
    return nullptr;
  p.leaf_size = 0;
  if (a[7]) {
    unsigned long v;
    if (!clinic::to_ulong(a[7], &v)) return nullptr;
    if (v > 0xffffffffUL) return err_format_null(Exc_OverflowError, "leaf_size is too large");
    p.leaf_size = uint32_t(v);
  }
  p.node_offset = 0;
  if (a[8]) {
    unsigned long long v;
    if (!clinic::to_ulonglong(a[8], &v)) return nullptr;
    if constexpr (T::kNodeOffsetBytes < 8) {
      if (v >> (8 * T::kNodeOffsetBytes)) return err_format_null(Exc_OverflowError, "node_offset is too large");
    }
    p.node_offset = v;
  }
  std::string inner_msg = "inner_size must be between 0 and is " + std::to_string(T::kMaxDigest);
  if (!int_param(a[9], 0, 0, 255, "node_depth must be between 0 and 255", &p.node_depth) ||
      !int_param(a[10], 0, 0, T::kMaxDigest, inner_msg.c_str(), &p.inner_size))
    return nullptr;
  p.last_node = false;
  if (a[11]) {
    int t = object_is_true(a[11]);
    if (t < 0) return nullptr;
    p.last_node = t != 0;
  }
  auto* b = B<T>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!b) return nullptr;
  b->lock.init();
  init_state<T>(b->st, p);
  if (a[0]) feed(b, data);
  return b;
}

template <class T>
Object* m_update(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!clinic::one_arg((std::string(T::kName) + ".update").c_str(), nargs, kw)) return nullptr;
  BytesLike data;
  if (!hashing::get_data(args[0], &data)) return nullptr;
  feed(B<T>(self), data);
  return none_ref();
}

// The digest of the bytes so far into out (kMaxDigest bytes); its length.
template <class T>
int current_digest(Object* self, unsigned char* out) {
  State<T> copy;
  {
    ObjectLockGuard g(B<T>(self)->lock);
    copy = B<T>(self)->st;
  }
  copy.final(out);
  return copy.digest_size;
}

template <class T>
Object* m_digest(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args((std::string(T::kName) + ".digest").c_str(), nargs, kw)) return nullptr;
  unsigned char out[T::kMaxDigest];
  int n = current_digest<T>(self, out);
  return bytes_from(reinterpret_cast<char*>(out), n);
}

template <class T>
Object* m_hexdigest(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args((std::string(T::kName) + ".hexdigest").c_str(), nargs, kw)) return nullptr;
  unsigned char out[T::kMaxDigest];
  int n = current_digest<T>(self, out);
  return hashing::hex_str(out, size_t(n));
}

template <class T>
Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args((std::string(T::kName) + ".copy").c_str(), nargs, kw)) return nullptr;
  auto* r = B<T>(alloc_object(type_of(self), size_t(type_of(self)->tp_basicsize)));
  if (!r) return nullptr;
  r->lock.init();
  ObjectLockGuard g(B<T>(self)->lock);
  r->st = B<T>(self)->st;
  return r;
}

template <class T>
void blake2_dealloc(Object* o) {
  B<T>(o)->lock.destroy();
  free_object(o);
}

template <class T>
Object* get_name(Object*, void*) {
  return str_from_cstr(T::kName);
}
template <class T>
Object* get_digest_size(Object* self, void*) {
  return int_from_i64(B<T>(self)->st.digest_size);
}
template <class T>
Object* get_block_size(Object*, void*) {
  return int_from_i64(T::kBlock);
}

template <class T>
MethodDef methods[] = {
    {"copy", m_copy<T>, METH_DEFAULT, "Return a copy of the hash object."},
    {"digest", m_digest<T>, METH_DEFAULT, "Return the digest value as a bytes object."},
    {"hexdigest", m_hexdigest<T>, METH_DEFAULT, "Return the digest value as a string of hexadecimal digits."},
    {"update", m_update<T>, METH_DEFAULT, "Update this hash object's state with the provided bytes-like object."},
    {nullptr, nullptr, 0, nullptr},
};

template <class T>
GetSetDef getset[] = {
    {"name", get_name<T>, nullptr, nullptr, nullptr},
    {"digest_size", get_digest_size<T>, nullptr, nullptr, nullptr},
    {"block_size", get_block_size<T>, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

template <class T>
int ready_type(const char* name, const char* doc) {
  TypeObject& t = type_for<T>();
  t.tp_name = name;
  t.tp_basicsize = sizeof(Blake2Object<T>);
  t.tp_flags = TPFLAG_IMMUTABLE;
  t.tp_new = blake2_new<T>;
  t.tp_dealloc = blake2_dealloc<T>;
  t.tp_methods = methods<T>;
  t.tp_getset = getset<T>;
  t.tp_doc = doc;
  if (ready_static_type(&t) < 0) return -1;
  // The sizes as class attributes (SALT_SIZE, ...): ints in the immortal type dict.
  const std::pair<const char*, int> sizes[] = {{"SALT_SIZE", T::kSalt},
                                               {"PERSON_SIZE", T::kPerson},
                                               {"MAX_KEY_SIZE", T::kMaxKey},
                                               {"MAX_DIGEST_SIZE", T::kMaxDigest}};
  for (auto& [attr, v] : sizes) {
    Object* n = int_from_i64(v);
    int rc = n ? dict_setitem_str(t.tp_dict, attr, n) : -1;
    xdecref(n);
    if (rc < 0) return -1;
  }
  return 0;
}

}  // namespace

int ready_blake2_types() {
  if (has_flag(&Blake2bType, TPFLAG_READY)) return 0;
  if (ready_type<Blake2bTraits>("_blake2.blake2b", "Return a new BLAKE2b hash object.") < 0 ||
      ready_type<Blake2sTraits>("_blake2.blake2s", "Return a new BLAKE2s hash object.") < 0)
    return -1;
  return 0;
}

Object* init_blake2_module() {
  if (ready_blake2_types() < 0) return nullptr;
  Object* m = module_new("_blake2");
  if (!m) return nullptr;
  bool ok = module_add_object(m, "blake2b", newref(static_cast<Object*>(&Blake2bType))) == 0 &&
            module_add_object(m, "blake2s", newref(static_cast<Object*>(&Blake2sType))) == 0;
  const std::pair<const char*, int> consts[] = {
      {"BLAKE2B_SALT_SIZE", Blake2bTraits::kSalt},          {"BLAKE2B_PERSON_SIZE", Blake2bTraits::kPerson},
      {"BLAKE2B_MAX_KEY_SIZE", Blake2bTraits::kMaxKey},     {"BLAKE2B_MAX_DIGEST_SIZE", Blake2bTraits::kMaxDigest},
      {"BLAKE2S_SALT_SIZE", Blake2sTraits::kSalt},          {"BLAKE2S_PERSON_SIZE", Blake2sTraits::kPerson},
      {"BLAKE2S_MAX_KEY_SIZE", Blake2sTraits::kMaxKey},     {"BLAKE2S_MAX_DIGEST_SIZE", Blake2sTraits::kMaxDigest},
  };
  for (auto& [name, v] : consts)
    if (ok) ok = module_add_object(m, name, int_from_i64(v)) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

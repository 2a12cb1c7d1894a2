// Hash objects over OpenSSL's EVP digests (stdlib/hashcore.h).
#include "hashcore.h"

#include <openssl/err.h>
#include <openssl/objects.h>

#include <cstring>
#include <memory>

#include "clinic.h"

namespace stdlib::hashing {
using namespace rt;

namespace {

// Python names OpenSSL spells differently (CPython's py_hashentry table).
struct NameEntry {
  const char* py;
  const char* ossl;
  int nid;
};
const NameEntry kNames[] = {
    {"md5", "MD5", NID_md5},
    {"sha1", "SHA1", NID_sha1},
    {"sha224", "SHA224", NID_sha224},
    {"sha256", "SHA256", NID_sha256},
    {"sha384", "SHA384", NID_sha384},
    {"sha512", "SHA512", NID_sha512},
    {"sha512_224", "SHA512-224", NID_sha512_224},
    {"sha512_256", "SHA512-256", NID_sha512_256},
    {"sha3_224", "SHA3-224", NID_sha3_224},
    {"sha3_256", "SHA3-256", NID_sha3_256},
    {"sha3_384", "SHA3-384", NID_sha3_384},
    {"sha3_512", "SHA3-512", NID_sha3_512},
    {"shake_128", "SHAKE128", NID_shake128},
    {"shake_256", "SHAKE256", NID_shake256},
    {"blake2s", "BLAKE2S-256", NID_blake2s256},
    {"blake2b", "BLAKE2B-512", NID_blake2b512},
};

// Fetched digests, by the name they were asked for.  Process-lifetime C data
// guarded by the GIL; a handful of names are ever used.
struct CacheEntry {
  char name[40];
  EVP_MD* md;
};
CacheEntry g_cache[64];
int g_cached = 0;

}  // namespace

const EVP_MD* digest_by_name(std::string_view name) {
  for (int i = 0; i < g_cached; i++)
    if (name == g_cache[i].name) return g_cache[i].md;
  std::string ossl(name);
  for (const NameEntry& e : kNames)
    if (name == e.py) ossl = e.ossl;
  EVP_MD* md = EVP_MD_fetch(nullptr, ossl.c_str(), nullptr);
  if (!md) return nullptr;
  ERR_clear_error();
  if (g_cached < int(std::size(g_cache)) && name.size() < sizeof g_cache[0].name) {
    CacheEntry& c = g_cache[g_cached++];
    std::memcpy(c.name, name.data(), name.size());
    c.name[name.size()] = 0;
    c.md = md;
    return md;
  }
  // The cache is full (unusual names): keep the digest alive anyway; OpenSSL
  // caches fetched algorithms itself, so this does not grow per call.
  EVP_MD* again = EVP_MD_fetch(nullptr, ossl.c_str(), nullptr);
  EVP_MD_free(md);
  return again;
}

const EVP_MD* digest_by_name_or_raise(std::string_view name, TypeObject* exc) {
  ERR_clear_error();
  const EVP_MD* md = digest_by_name(name);
  if (!md) raise_openssl_error(exc);
  return md;
}

std::string py_name(const EVP_MD* md) {
  int nid = EVP_MD_get_type(md);
  for (const NameEntry& e : kNames)
    if (nid == e.nid) return e.py;
  const char* n = OBJ_nid2ln(nid);
  if (!n) n = OBJ_nid2sn(nid);
  if (!n) n = EVP_MD_get0_name(md);
  return n ? n : "unknown";
}

Object* raise_openssl_error(TypeObject* exc) {
  unsigned long code = ERR_peek_last_error();
  ERR_clear_error();
  if (!code) return err_format_null(exc, "unknown reasons");
  const char* lib = ERR_lib_error_string(code);
  const char* reason = ERR_reason_error_string(code);
  if (!reason) reason = "unknown reasons";
  if (lib) return err_format_null(exc, "[%s] %s", lib, reason);
  return err_format_null(exc, "%s", reason);
}

bool get_data(Object* o, BytesLike* view) {
  if (is_str(o)) {
    err_set_string(Exc_TypeError, "Strings must be encoded before hashing");
    return false;
  }
  if (!object_has_buffer(o)) {
    err_set_string(Exc_TypeError, "object supporting the buffer API required");
    return false;
  }
  if (!view->get(o)) return false;
  if (view->view()->ndim > 1) {
    err_set_string(Exc_BufferError, "Buffer must be single dimension");
    return false;
  }
  return true;
}

Object* hex_str(const unsigned char* p, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string s(n * 2, '0');
  for (size_t i = 0; i < n; i++) {
    s[2 * i] = digits[p[i] >> 4];
    s[2 * i + 1] = digits[p[i] & 15];
  }
  return str_from(s);
}

std::string method_qualname(Object* self, const char* method) {
  TypeObject* t = type_of(self);
  while (t->tp_base && has_flag(t, TPFLAG_HEAPTYPE)) t = t->tp_base;
  const char* dot = std::strrchr(t->tp_name, '.');
  return std::string(dot ? dot + 1 : t->tp_name) + "." + method;
}

// ---- the objects ------------------------------------------------------------------------
namespace {

HashObject* H(Object* o) { return static_cast<HashObject*>(o); }

// Feed a view to the context (the caller holds the object's lock).
bool feed(EVP_MD_CTX* ctx, const BytesLike& data) {
  GilReleased nogil(data.size());
  return EVP_DigestUpdate(ctx, data.data(), size_t(data.size())) == 1;
}

// A finalised copy of self's context: n bytes of digest (the digest size, or
// n for XOFs) into out.  false with an error.
bool final_digest(Object* self, unsigned char* out, size_t n) {
  HashObject* h = H(self);
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> tmp(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!tmp) {
    err_no_memory();
    return false;
  }
  bool ok;
  {
    ObjectLockGuard g(h->lock);
    ok = EVP_MD_CTX_copy_ex(tmp.get(), h->ctx) == 1;
  }
  if (ok) {
    if (is_xof(EVP_MD_CTX_get0_md(tmp.get()))) {
      ok = n == 0 || EVP_DigestFinalXOF(tmp.get(), out, n) == 1;
    } else {
      unsigned int len = 0;
      ok = EVP_DigestFinal_ex(tmp.get(), out, &len) == 1;
    }
  }
  if (!ok) raise_openssl_error(Exc_ValueError);
  return ok;
}

// digest()/hexdigest() of fixed-size digests.
Object* fixed_digest(Object* self, bool hex) {
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t n = size_t(EVP_MD_get_size(hash_md(self)));
  if (!final_digest(self, out, n)) return nullptr;
  return hex ? hex_str(out, n) : bytes_from(reinterpret_cast<char*>(out), ssize(n));
}

// digest(length)/hexdigest(length) of XOFs.
Object* xof_digest(Object* self, size_t n, bool hex) {
  std::unique_ptr<unsigned char[]> out(new (std::nothrow) unsigned char[n ? n : 1]);
  if (!out) return err_no_memory();
  if (!final_digest(self, out.get(), n)) return nullptr;
  return hex ? hex_str(out.get(), n) : bytes_from(reinterpret_cast<char*>(out.get()), ssize(n));
}

Object* m_update(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!clinic::one_arg(method_qualname(self, "update").c_str(), nargs, kw)) return nullptr;
  BytesLike data;
  if (!get_data(args[0], &data)) return nullptr;
  bool ok;
  {
    ObjectLockGuard g(H(self)->lock);
    ok = feed(H(self)->ctx, data);
  }
  if (!ok) return raise_openssl_error(Exc_ValueError);
  return none_ref();
}

Object* m_digest(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args(method_qualname(self, "digest").c_str(), nargs, kw)) return nullptr;
  return fixed_digest(self, false);
}

Object* m_hexdigest(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args(method_qualname(self, "hexdigest").c_str(), nargs, kw)) return nullptr;
  return fixed_digest(self, true);
}

Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args(method_qualname(self, "copy").c_str(), nargs, kw)) return nullptr;
  HashObject* r = H(alloc_object(type_of(self), size_t(type_of(self)->tp_basicsize)));
  if (!r) return nullptr;
  r->lock.init();
  r->ctx = EVP_MD_CTX_new();
  bool ok = r->ctx != nullptr;
  if (ok) {
    ObjectLockGuard g(H(self)->lock);
    ok = EVP_MD_CTX_copy_ex(r->ctx, H(self)->ctx) == 1;
  }
  if (!ok) {
    decref(r);
    return raise_openssl_error(Exc_ValueError);
  }
  return r;
}

// HASHXOF.digest(length) / hexdigest(length): a Py_ssize_t, by position or keyword.
Object* xof_method(Object* self, Object* const* args, ssize nargs, Object* kw, const char* name, bool hex) {
  Object* a[1];
  if (!clinic::parse(name, args, nargs, kw, "length", a)) return nullptr;
  ssize n;
  if (!clinic::to_ssize(a[0], &n)) return nullptr;
  if (n < 0) return err_format_null(Exc_ValueError, "value must be positive");
  return xof_digest(self, size_t(n), hex);
}
Object* m_xof_digest(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return xof_method(self, args, nargs, kw, "digest", false);
}
Object* m_xof_hexdigest(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return xof_method(self, args, nargs, kw, "hexdigest", true);
}

// _sha3's shake digest(length) / hexdigest(length): one positional unsigned long below 2**29.
Object* sha3_xof_method(Object* self, Object* const* args, ssize nargs, Object* kw, const char* name, bool hex) {
  if (!clinic::one_arg(method_qualname(self, name).c_str(), nargs, kw)) return nullptr;
  unsigned long n;
  if (!clinic::to_ulong(args[0], &n)) return nullptr;
  if (n >= (1ul << 29)) return err_format_null(Exc_ValueError, "length is too large");
  return xof_digest(self, n, hex);
}
Object* m_sha3_xof_digest(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return sha3_xof_method(self, args, nargs, kw, "digest", false);
}
Object* m_sha3_xof_hexdigest(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return sha3_xof_method(self, args, nargs, kw, "hexdigest", true);
}

Object* get_name(Object* self, void*) { return str_from(py_name(hash_md(self))); }
Object* get_digest_size(Object* self, void*) {
  const EVP_MD* md = hash_md(self);
  return int_from_i64(is_xof(md) ? 0 : EVP_MD_get_size(md));
}
Object* get_block_size(Object* self, void*) { return int_from_i64(EVP_MD_get_block_size(hash_md(self))); }
// Keccak's sponge: the rate is the block size; the state is 1600 bits.
Object* get_rate_bits(Object* self, void*) { return int_from_i64(EVP_MD_get_block_size(hash_md(self)) * 8); }
Object* get_capacity_bits(Object* self, void*) {
  return int_from_i64(1600 - EVP_MD_get_block_size(hash_md(self)) * 8);
}
Object* get_suffix(Object* self, void*) { return bytes_from(is_xof(hash_md(self)) ? "\x1f" : "\x06", 1); }

constexpr const char* kUpdateDoc = "Update this hash object's state with the provided string.";
constexpr const char* kCopyDoc = "Return a copy of the hash object.";
constexpr const char* kDigestDoc = "Return the digest value as a bytes object.";
constexpr const char* kHexdigestDoc = "Return the digest value as a string of hexadecimal digits.";

}  // namespace

MethodDef hash_methods[] = {
    {"update", m_update, METH_DEFAULT, kUpdateDoc},
    {"digest", m_digest, METH_DEFAULT, kDigestDoc},
    {"hexdigest", m_hexdigest, METH_DEFAULT, kHexdigestDoc},
    {"copy", m_copy, METH_DEFAULT, kCopyDoc},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef xof_methods[] = {
    {"update", m_update, METH_DEFAULT, kUpdateDoc},
    {"digest", m_xof_digest, METH_DEFAULT, "Return the digest value as a bytes object."},
    {"hexdigest", m_xof_hexdigest, METH_DEFAULT, "Return the digest value as a string of hexadecimal digits."},
    {"copy", m_copy, METH_DEFAULT, kCopyDoc},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef sha3_xof_methods[] = {
    {"update", m_update, METH_DEFAULT, kUpdateDoc},
    {"digest", m_sha3_xof_digest, METH_DEFAULT, "Return the digest value as a bytes object."},
    {"hexdigest", m_sha3_xof_hexdigest, METH_DEFAULT, "Return the digest value as a string of hexadecimal digits."},
    {"copy", m_copy, METH_DEFAULT, kCopyDoc},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef hash_getset[] = {
    {"name", get_name, nullptr, nullptr, nullptr},
    {"digest_size", get_digest_size, nullptr, nullptr, nullptr},
    {"block_size", get_block_size, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

GetSetDef sha3_getset[] = {
    {"name", get_name, nullptr, nullptr, nullptr},
    {"digest_size", get_digest_size, nullptr, nullptr, nullptr},
    {"block_size", get_block_size, nullptr, nullptr, nullptr},
    {"_capacity_bits", get_capacity_bits, nullptr, nullptr, nullptr},
    {"_rate_bits", get_rate_bits, nullptr, nullptr, nullptr},
    {"_suffix", get_suffix, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const EVP_MD* hash_md(Object* self) { return EVP_MD_CTX_get0_md(H(self)->ctx); }

Object* hash_new(TypeObject* type, const EVP_MD* md, Object* data) {
  BytesLike view;
  if (data && !get_data(data, &view)) return nullptr;
  HashObject* h = H(alloc_object(type, size_t(type->tp_basicsize)));
  if (!h) return nullptr;
  h->lock.init();
  h->ctx = EVP_MD_CTX_new();
  if (!h->ctx || EVP_DigestInit_ex(h->ctx, md, nullptr) != 1 || (data && !feed(h->ctx, view))) {
    decref(h);
    return raise_openssl_error(Exc_ValueError);
  }
  return h;
}

void hash_dealloc(Object* o) {
  HashObject* h = H(o);
  if (h->ctx) EVP_MD_CTX_free(h->ctx);
  h->lock.destroy();
  free_object(o);
}

}  // namespace stdlib::hashing

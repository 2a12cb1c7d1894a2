// _hashlib: CPython's OpenSSL hash module, over Debian's libcrypto, under
// CPython's hashlib.py and hmac.py.  HASH/HASHXOF objects are the shared
// EVP hash objects of stdlib/hashcore.cpp; HMAC objects hold an EVP_MAC
// context ("HMAC" with the digest as a parameter).  pbkdf2_hmac, scrypt and
// the one-shot hmac_digest release the GIL while OpenSSL works, as CPython's do.
// docs/native-modules.md ("hash modules").
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <openssl/objects.h>
#include <openssl/params.h>

#include <climits>
#include <cstdio>
#include <memory>
#include <string>

#include "runtime/containers/list.h"
#include "clinic.h"
#include "datamodules.h"
#include "hashcore.h"
#include "modules.h"

namespace stdlib {
using namespace rt;
using namespace hashing;

namespace {

TypeObject UnsupportedDigestmodType, HashType, HashXofType, HmacType;

// ---- constructors -----------------------------------------------------------------------------
// The HASH or HASHXOF object for md with optional initial data.
Object* new_evp_object(const EVP_MD* md, Object* data) {
  return hash_new(is_xof(md) ? &HashXofType : &HashType, md, data);
}

Object* h_new(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  if (!clinic::parse("new", args, nargs, kw, "name|string$usedforsecurity", a)) return nullptr;
  if (!is_str(a[0])) return err_format_null(Exc_TypeError, "name must be a string");
  const EVP_MD* md = digest_by_name_or_raise(str_view(a[0]), &UnsupportedDigestmodType);
  return md ? new_evp_object(md, a[1]) : nullptr;
}

// "0x7f..." as CPython's %p prints an address.
std::string pointer_text(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// openssl_md5(string=b'', *, usedforsecurity=True) and the others: the algorithm is the function's name.
template <const char* Name>
Object* h_named(Object*, Object* const* args, ssize nargs, Object* kw) {
  static const std::string fname = std::string("openssl_") + Name;
  Object* a[2];
  if (!clinic::parse(fname.c_str(), args, nargs, kw, "|string$usedforsecurity", a)) return nullptr;
  const EVP_MD* md = digest_by_name_or_raise(Name, &UnsupportedDigestmodType);
  return md ? new_evp_object(md, a[0]) : nullptr;
}

constexpr char kMd5[] = "md5", kSha1[] = "sha1", kSha224[] = "sha224", kSha256[] = "sha256", kSha384[] = "sha384",
               kSha512[] = "sha512", kSha3_224[] = "sha3_224", kSha3_256[] = "sha3_256", kSha3_384[] = "sha3_384",
               kSha3_512[] = "sha3_512", kShake128[] = "shake_128", kShake256[] = "shake_256";

// ---- digestmod arguments of the HMAC functions ----------------------------------------------------
// A name, or one of the module's openssl_* constructors (looked up in _constructors).
const EVP_MD* digest_by_digestmod(Object* module, Object* digestmod) {
  if (is_str(digestmod)) return digest_by_name_or_raise(str_view(digestmod), &UnsupportedDigestmodType);
  Object* table = module_getattr_str(module, "_constructors");
  Object* name = table && is_dict(table) ? dict_getitem(table, digestmod) : nullptr;
  if (!name) {
    if (err_occurred()) return nullptr;
    Object* r = object_repr(digestmod);
    if (r) {
      err_format(&UnsupportedDigestmodType, "Unsupported digestmod %s", str_utf8(r));
      decref(r);
    }
    return nullptr;
  }
  return digest_by_name_or_raise(str_view(name), &UnsupportedDigestmodType);
}

// The HMAC algorithm, fetched once.
EVP_MAC* hmac_algorithm() {
  static EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  return mac;
}

// A new HMAC context keyed with key for md; null with an error.
EVP_MAC_CTX* hmac_context(const EVP_MD* md, const BytesLike& key) {
  EVP_MAC* mac = hmac_algorithm();
  EVP_MAC_CTX* ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
  if (!ctx) {
    raise_openssl_error(Exc_ValueError);
    return nullptr;
  }
  OSSL_PARAM params[2] = {
      OSSL_PARAM_construct_utf8_string("digest", const_cast<char*>(EVP_MD_get0_name(md)), 0),
      OSSL_PARAM_construct_end(),
  };
  static const unsigned char no_key = 0;  // a null key would mean "keep the previous key"
  const unsigned char* k = key.size() ? reinterpret_cast<const unsigned char*>(key.data()) : &no_key;
  if (EVP_MAC_init(ctx, k, size_t(key.size()), params) != 1) {
    EVP_MAC_CTX_free(ctx);
    raise_openssl_error(Exc_ValueError);
    return nullptr;
  }
  return ctx;
}

// ---- HMAC objects ----------------------------------------------------------------------------------
struct HmacObject : Object {
  EVP_MAC_CTX* ctx;
  const EVP_MD* md;
  ObjectLock lock;
};
HmacObject* M(Object* o) { return static_cast<HmacObject*>(o); }

HmacObject* hmac_alloc(const EVP_MD* md) {
  HmacObject* h = M(alloc_object(&HmacType, sizeof(HmacObject)));
  if (!h) return nullptr;
  h->lock.init();
  h->md = md;
  return h;
}

void hmac_dealloc(Object* o) {
  if (M(o)->ctx) EVP_MAC_CTX_free(M(o)->ctx);
  M(o)->lock.destroy();
  free_object(o);
}

bool hmac_feed(HmacObject* h, const BytesLike& data) {
  ObjectLockGuard g(h->lock);
  GilReleased nogil(data.size());
  return EVP_MAC_update(h->ctx, reinterpret_cast<const unsigned char*>(data.data()), size_t(data.size())) == 1;
}

Object* hmac_update(Object* self, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!clinic::parse("update", args, nargs, kw, "msg", a)) return nullptr;
  BytesLike data;
  if (!get_data(a[0], &data)) return nullptr;
  if (!hmac_feed(M(self), data)) return raise_openssl_error(Exc_ValueError);
  return none_ref();
}

// The MAC of a copy of the context so far; false with an error.
bool hmac_final(Object* self, unsigned char* out, size_t* n) {
  EVP_MAC_CTX* tmp;
  {
    ObjectLockGuard g(M(self)->lock);
    tmp = EVP_MAC_CTX_dup(M(self)->ctx);
  }
  bool ok = tmp && EVP_MAC_final(tmp, out, n, EVP_MAX_MD_SIZE) == 1;
  if (tmp) EVP_MAC_CTX_free(tmp);
  if (!ok) raise_openssl_error(Exc_ValueError);
  return ok;
}

Object* hmac_digest_method(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args("HMAC.digest", nargs, kw)) return nullptr;
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t n = 0;
  if (!hmac_final(self, out, &n)) return nullptr;
  return bytes_from(reinterpret_cast<char*>(out), ssize(n));
}

Object* hmac_hexdigest(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args("HMAC.hexdigest", nargs, kw)) return nullptr;
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t n = 0;
  if (!hmac_final(self, out, &n)) return nullptr;
  return hex_str(out, n);
}

Object* hmac_copy(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args("HMAC.copy", nargs, kw)) return nullptr;
  HmacObject* r = hmac_alloc(M(self)->md);
  if (!r) return nullptr;
  {
    ObjectLockGuard g(M(self)->lock);
    r->ctx = EVP_MAC_CTX_dup(M(self)->ctx);
  }
  if (!r->ctx) {
    decref(r);
    return raise_openssl_error(Exc_ValueError);
  }
  return r;
}

Object* hmac_repr(Object* self) {
  return str_from("<" + py_name(M(self)->md) + " HMAC object @ " + pointer_text(self) + ">");
}

Object* hmac_get_name(Object* self, void*) { return str_from("hmac-" + py_name(M(self)->md)); }
Object* hmac_get_digest_size(Object* self, void*) { return int_from_i64(EVP_MD_get_size(M(self)->md)); }
Object* hmac_get_block_size(Object* self, void*) { return int_from_i64(EVP_MD_get_block_size(M(self)->md)); }

MethodDef hmac_methods[] = {
    {"update", hmac_update, METH_DEFAULT, "Update the HMAC object with msg."},
    {"digest", hmac_digest_method, METH_DEFAULT, "Return the digest of the bytes passed to the update() method so far."},
    {"hexdigest", hmac_hexdigest, METH_DEFAULT,
     "Return hexadecimal digest of the bytes passed to the update() method so far.\n\nThis may be used to exchange "
     "the value safely in email or other non-binary\nenvironments."},
    {"copy", hmac_copy, METH_DEFAULT, "Return a copy (\"clone\") of the HMAC object."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef hmac_getset[] = {
    {"name", hmac_get_name, nullptr, nullptr, nullptr},
    {"digest_size", hmac_get_digest_size, nullptr, nullptr, nullptr},
    {"block_size", hmac_get_block_size, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// A buffer argument no longer than INT_MAX bytes: OverflowError "<what> is too long."
bool short_buffer(Object* o, BytesLike* view, const char* what) {
  if (!view->get(o)) return false;
  if (view->size() > INT_MAX) {
    err_format(Exc_OverflowError, "%s is too long.", what);
    return false;
  }
  return true;
}

Object* h_hmac_new(Object* module, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  if (!clinic::parse("hmac_new", args, nargs, kw, "key|msg,digestmod", a)) return nullptr;
  BytesLike key;
  if (!short_buffer(a[0], &key, "key")) return nullptr;
  if (!a[2] || a[2] == None) return err_format_null(Exc_TypeError, "Missing required parameter 'digestmod'.");
  const EVP_MD* md = digest_by_digestmod(module, a[2]);
  if (!md) return nullptr;
  BytesLike msg;
  if (a[1] == None) a[1] = nullptr;
  if (a[1] && !get_data(a[1], &msg)) return nullptr;
  HmacObject* h = hmac_alloc(md);
  if (!h) return nullptr;
  h->ctx = hmac_context(md, key);
  if (!h->ctx) {
    decref(h);
    return nullptr;
  }
  if (a[1] && !hmac_feed(h, msg)) {
    decref(h);
    return raise_openssl_error(Exc_ValueError);
  }
  return h;
}

Object* h_hmac_digest(Object* module, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  if (!clinic::parse("hmac_digest", args, nargs, kw, "key,msg,digest", a)) return nullptr;
  BytesLike key, msg;
  if (!short_buffer(a[0], &key, "key") || !short_buffer(a[1], &msg, "msg")) return nullptr;
  const EVP_MD* md = digest_by_digestmod(module, a[2]);
  if (!md) return nullptr;
  EVP_MAC_CTX* ctx = hmac_context(md, key);
  if (!ctx) return nullptr;
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t n = 0;
  bool ok;
  {
    GilReleased nogil(msg.size());
    ok = EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(msg.data()), size_t(msg.size())) == 1 &&
         EVP_MAC_final(ctx, out, &n, sizeof out) == 1;
  }
  EVP_MAC_CTX_free(ctx);
  if (!ok) return raise_openssl_error(Exc_ValueError);
  return bytes_from(reinterpret_cast<char*>(out), ssize(n));
}

// ---- key derivation --------------------------------------------------------------------------------
Object* h_pbkdf2_hmac(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[5];
  if (!clinic::parse("pbkdf2_hmac", args, nargs, kw, "hash_name,password,salt,iterations|dklen", a)) return nullptr;
  if (!is_str(a[0]))
    return err_format_null(Exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s",
                           arg_type_name(a[0]));
  BytesLike password, salt;
  if (!password.get(a[1]) || !salt.get(a[2])) return nullptr;
  long iterations;
  if (!clinic::to_long(a[3], &iterations)) return nullptr;
  const EVP_MD* md = digest_by_name_or_raise(str_view(a[0]), &UnsupportedDigestmodType);
  if (!md) return nullptr;
  if (password.size() > INT_MAX) return err_format_null(Exc_OverflowError, "password is too long.");
  if (salt.size() > INT_MAX) return err_format_null(Exc_OverflowError, "salt is too long.");
  if (iterations < 1) return err_format_null(Exc_ValueError, "iteration value must be greater than 0.");
  if (iterations > INT_MAX) return err_format_null(Exc_OverflowError, "iteration value is too great.");
  long dklen = EVP_MD_get_size(md);
  if (a[4] && a[4] != None && !clinic::to_long(a[4], &dklen)) return nullptr;
  if (dklen < 1) return err_format_null(Exc_ValueError, "key length must be greater than 0.");
  if (dklen > INT_MAX) return err_format_null(Exc_OverflowError, "key length is too great.");
  std::unique_ptr<unsigned char[]> key(new (std::nothrow) unsigned char[size_t(dklen)]);
  if (!key) return err_no_memory();
  int ok;
  {
    sched::BlockingSection nogil;
    ok = PKCS5_PBKDF2_HMAC(password.data(), int(password.size()),
                           reinterpret_cast<const unsigned char*>(salt.data()), int(salt.size()), int(iterations), md,
                           int(dklen), key.get());
  }
  if (!ok) return raise_openssl_error(Exc_ValueError);
  return bytes_from(reinterpret_cast<char*>(key.get()), ssize(dklen));
}

// scrypt's n, r and p: required unsigned ints ("n is required and must be an unsigned int").
bool scrypt_param(Object* o, const char* name, uint64_t* out) {
  unsigned long v;
  if (o && o != None && is_int(o) && int_sign(o) >= 0 && clinic::to_ulong(o, &v)) {
    *out = v;
    return true;
  }
  err_clear();
  err_format(Exc_TypeError, "%s is required and must be an unsigned int", name);
  return false;
}

Object* h_scrypt(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[7];
  if (!clinic::parse("scrypt", args, nargs, kw, "password|$salt,n,r,p,maxmem,dklen", a)) return nullptr;
  BytesLike password, salt;
  if (!password.get(a[0])) return nullptr;
  if (a[1] && a[1] != None && !salt.get(a[1])) return nullptr;
  long maxmem = 0, dklen = 64;
  if ((a[5] && !clinic::to_long(a[5], &maxmem)) || (a[6] && !clinic::to_long(a[6], &dklen))) return nullptr;
  if (password.size() > INT_MAX) return err_format_null(Exc_OverflowError, "password is too long.");
  if (!a[1] || a[1] == None) return err_format_null(Exc_TypeError, "salt is required");
  if (salt.size() > INT_MAX) return err_format_null(Exc_OverflowError, "salt is too long.");
  uint64_t n, r, p;
  if (!scrypt_param(a[2], "n", &n)) return nullptr;
  if (n < 2 || (n & (n - 1))) return err_format_null(Exc_ValueError, "n must be a power of 2.");
  if (!scrypt_param(a[3], "r", &r) || !scrypt_param(a[4], "p", &p)) return nullptr;
  if (maxmem < 0 || maxmem > INT_MAX)
    return err_format_null(Exc_ValueError, "maxmem must be positive and smaller than %d", INT_MAX);
  if (dklen < 1 || dklen > INT_MAX)
    return err_format_null(Exc_ValueError, "dklen must be greater than 0 and smaller than %d", INT_MAX);
  // Let OpenSSL check the combination first (no key asked for).
  if (!EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, uint64_t(maxmem), nullptr, 0)) {
    if (ERR_peek_last_error()) return raise_openssl_error(Exc_ValueError);
    return err_format_null(Exc_ValueError, "Invalid parameter combination for n, r, p, maxmem.");
  }
  std::unique_ptr<unsigned char[]> key(new (std::nothrow) unsigned char[size_t(dklen)]);
  if (!key) return err_no_memory();
  int ok;
  {
    sched::BlockingSection nogil;
    ok = EVP_PBE_scrypt(password.data(), size_t(password.size()), reinterpret_cast<const unsigned char*>(salt.data()),
                        size_t(salt.size()), n, r, p, uint64_t(maxmem), key.get(), size_t(dklen));
  }
  if (!ok) return raise_openssl_error(Exc_ValueError);
  return bytes_from(reinterpret_cast<char*>(key.get()), ssize(dklen));
}

// ---- the rest of the module ------------------------------------------------------------------------
// Constant-time comparison: the time taken depends on the length of b only.
bool timing_safe_equal(const unsigned char* a, size_t na, const unsigned char* b, size_t nb) {
  const unsigned char* left = na == nb ? a : b;
  unsigned char result = na == nb ? 0 : 1;
  for (size_t i = 0; i < nb; i++) result |= left[i] ^ b[i];
  return result == 0;
}

Object* h_compare_digest(Object*, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("_hashlib.compare_digest", kw) || !cont::check_nargs("compare_digest", nargs, 2, 2)) return nullptr;
  Object* x = args[0];
  Object* y = args[1];
  if (is_str(x) && is_str(y)) {
    if (!as_str(x)->ascii || !as_str(y)->ascii)
      return err_format_null(Exc_TypeError, "comparing strings with non-ASCII characters is not supported");
    return bool_ref(timing_safe_equal(reinterpret_cast<const unsigned char*>(str_utf8(x)), size_t(str_utf8_len(x)),
                                      reinterpret_cast<const unsigned char*>(str_utf8(y)), size_t(str_utf8_len(y))));
  }
  // Neither a buffer: one message for both; otherwise the buffer protocol's own.
  if (!object_has_buffer(x) && !object_has_buffer(y))
    return err_format_null(Exc_TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                           type_name(x), type_name(y));
  BytesLike bx, by;
  if (!bx.get(x) || !by.get(y)) return nullptr;
  return bool_ref(timing_safe_equal(reinterpret_cast<const unsigned char*>(bx.data()), size_t(bx.size()),
                                    reinterpret_cast<const unsigned char*>(by.data()), size_t(by.size())));
}

Object* h_get_fips_mode(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args("_hashlib.get_fips_mode", nargs, kw)) return nullptr;
  return int_from_i64(EVP_default_properties_is_fips_enabled(nullptr));
}

// openssl_md_meth_names: CPython's names of every digest the default providers offer.
void add_md_name(EVP_MD* md, void* arg) {
  Object* set = static_cast<Object*>(arg);
  // OpenSSL's "NULL" digest has no NID; CPython's list never shows it.
  if (!md || !set || err_occurred() || EVP_MD_get_type(md) == NID_undef) return;
  Object* name = str_from(py_name(md));
  if (!name || set_add(set, name) < 0) {
    xdecref(name);
    return;
  }
  decref(name);
}

Object* md_meth_names() {
  Object* set = set_new(nullptr);
  if (!set) return nullptr;
  EVP_MD_do_all_provided(nullptr, add_md_name, set);
  ERR_clear_error();
  if (err_occurred()) {
    decref(set);
    return nullptr;
  }
  Object* frozen = frozenset_new(set);
  decref(set);
  return frozen;
}

constexpr const char* kNewDoc =
    "Return a new hash object using the named algorithm.\n\nAn optional string argument may be provided and will "
    "be\nautomatically hashed.\n\nThe MD5 and SHA1 algorithms are always supported.";

MethodDef hashlib_functions[] = {
    {"new", h_new, METH_DEFAULT, kNewDoc},
    {"openssl_md5", h_named<kMd5>, METH_DEFAULT, "Returns a md5 hash object; optionally initialized with a string"},
    {"openssl_sha1", h_named<kSha1>, METH_DEFAULT, "Returns a sha1 hash object; optionally initialized with a string"},
    {"openssl_sha224", h_named<kSha224>, METH_DEFAULT,
     "Returns a sha224 hash object; optionally initialized with a string"},
    {"openssl_sha256", h_named<kSha256>, METH_DEFAULT,
     "Returns a sha256 hash object; optionally initialized with a string"},
    {"openssl_sha384", h_named<kSha384>, METH_DEFAULT,
     "Returns a sha384 hash object; optionally initialized with a string"},
    {"openssl_sha512", h_named<kSha512>, METH_DEFAULT,
     "Returns a sha512 hash object; optionally initialized with a string"},
    {"openssl_sha3_224", h_named<kSha3_224>, METH_DEFAULT,
     "Returns a sha3-224 hash object; optionally initialized with a string"},
    {"openssl_sha3_256", h_named<kSha3_256>, METH_DEFAULT,
     "Returns a sha3-256 hash object; optionally initialized with a string"},
    {"openssl_sha3_384", h_named<kSha3_384>, METH_DEFAULT,
     "Returns a sha3-384 hash object; optionally initialized with a string"},
    {"openssl_sha3_512", h_named<kSha3_512>, METH_DEFAULT,
     "Returns a sha3-512 hash object; optionally initialized with a string"},
    {"openssl_shake_128", h_named<kShake128>, METH_DEFAULT,
     "Returns a shake-128 variable hash object; optionally initialized with a string"},
    {"openssl_shake_256", h_named<kShake256>, METH_DEFAULT,
     "Returns a shake-256 variable hash object; optionally initialized with a string"},
    {"pbkdf2_hmac", h_pbkdf2_hmac, METH_DEFAULT,
     "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
    {"scrypt", h_scrypt, METH_DEFAULT, "scrypt password-based key derivation function."},
    {"hmac_digest", h_hmac_digest, METH_DEFAULT, "Single-shot HMAC."},
    {"hmac_new", h_hmac_new, METH_DEFAULT, "Return a new hmac object."},
    {"compare_digest", h_compare_digest, METH_DEFAULT,
     "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it "
     "appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any "
     "bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack "
     "could theoretically reveal information about the\ntypes and lengths of a and b--but not their values."},
    {"get_fips_mode", h_get_fips_mode, METH_DEFAULT,
     "Determine the OpenSSL FIPS mode of operation.\n\nFor OpenSSL 3.0.0 and newer it returns the state of the "
     "default provider\nin the default OSSL context. It's not quite the same as FIPS_mode() but good\nenough for "
     "unittests.\n\nEffectively any non-zero return value indicates FIPS mode;\nvalues other than 1 may have "
     "additional significance."},
    {nullptr, nullptr, 0, nullptr},
};

// _constructors: {openssl_md5: 'md5', ...}, what hmac's digestmod lookups use.
int add_constructors(Object* m) {
  Object* d = dict_new();
  if (!d) return -1;
  Object* md = module_get_dict(m);
  for (MethodDef* def = hashlib_functions; def->name; ++def) {
    std::string_view n = def->name;
    if (n.substr(0, 8) != "openssl_") continue;
    Object* f = dict_getitem_str(md, def->name);
    Object* name = str_from(n.substr(8));
    if (!f || !name || dict_setitem(d, f, name) < 0) {
      xdecref(name);
      decref(d);
      return -1;
    }
    decref(name);
  }
  return module_add_object(m, "_constructors", d);
}

constexpr const char* kHashDoc =
    "A hash is an object used to calculate a checksum of a string of information.\n\nMethods:\n\nupdate() -- updates "
    "the current digest with an additional string\ndigest() -- return the current digest value\nhexdigest() -- "
    "return the current digest as a string of hexadecimal digits\ncopy() -- return a copy of the current hash "
    "object\n\nAttributes:\n\nname -- the hash algorithm being used by this object\ndigest_size -- number of bytes "
    "in this hashes output";
constexpr const char* kHashXofDoc =
    "A hash is an object used to calculate a checksum of a string of information.\n\nMethods:\n\nupdate() -- updates "
    "the current digest with an additional string\ndigest(length) -- return the current digest value\n"
    "hexdigest(length) -- return the current digest as a string of hexadecimal digits\ncopy() -- return a copy of "
    "the current hash object\n\nAttributes:\n\nname -- the hash algorithm being used by this object\ndigest_size -- "
    "number of bytes in this hashes output";
constexpr const char* kHmacDoc =
    "The object used to calculate HMAC of a message.\n\nMethods:\n\nupdate() -- updates the current digest with an "
    "additional string\ndigest() -- return the current digest value\nhexdigest() -- return the current digest as a "
    "string of hexadecimal digits\ncopy() -- return a copy of the current hash object\n\nAttributes:\n\nname -- the "
    "name, including the hash algorithm used by this object\ndigest_size -- number of bytes in digest() output\n";

Object* hash_repr(Object* self) {
  return str_from("<" + py_name(hash_md(self)) + " " + type_of(self)->tp_name + " object @ " + pointer_text(self) +
                  ">");
}

}  // namespace

int ready_hashlib_types() {
  if (has_flag(&HashType, TPFLAG_READY)) return 0;
  exception_type(&UnsupportedDigestmodType, "_hashlib.UnsupportedDigestmodError", Exc_ValueError);
  HashType.tp_name = "_hashlib.HASH";
  HashType.tp_basicsize = sizeof(HashObject);
  HashType.tp_flags = TPFLAG_BASETYPE;
  HashType.tp_dealloc = hash_dealloc;
  HashType.tp_repr = hash_repr;
  HashType.tp_methods = hash_methods;
  HashType.tp_getset = hash_getset;
  HashType.tp_doc = kHashDoc;
  HashXofType.tp_name = "_hashlib.HASHXOF";
  HashXofType.tp_basicsize = sizeof(HashObject);
  HashXofType.tp_flags = TPFLAG_BASETYPE;
  HashXofType.tp_base = &HashType;
  HashXofType.tp_methods = xof_methods;
  HashXofType.tp_doc = kHashXofDoc;
  HmacType.tp_name = "_hashlib.HMAC";
  HmacType.tp_basicsize = sizeof(HmacObject);
  HmacType.tp_flags = TPFLAG_IMMUTABLE;
  HmacType.tp_dealloc = hmac_dealloc;
  HmacType.tp_repr = hmac_repr;
  HmacType.tp_methods = hmac_methods;
  HmacType.tp_getset = hmac_getset;
  HmacType.tp_doc = kHmacDoc;
  for (TypeObject* t : {&UnsupportedDigestmodType, &HashType, &HashXofType, &HmacType})
    if (ready_static_type(t) < 0) return -1;
  return 0;
}

Object* init_hashlib_module() {
  if (ready_hashlib_types() < 0) return nullptr;
  Object* m = module_new("_hashlib");
  if (!m) return nullptr;
  bool ok = module_add_functions(m, hashlib_functions) == 0 &&
            module_add_object(m, "__doc__", str_from_cstr("OpenSSL interface for hashlib module")) == 0 &&
            module_add_object(m, "HASH", newref(static_cast<Object*>(&HashType))) == 0 &&
            module_add_object(m, "HASHXOF", newref(static_cast<Object*>(&HashXofType))) == 0 &&
            module_add_object(m, "HMAC", newref(static_cast<Object*>(&HmacType))) == 0 &&
            module_add_object(m, "UnsupportedDigestmodError",
                              newref(static_cast<Object*>(&UnsupportedDigestmodType))) == 0 &&
            module_add_object(m, "openssl_md_meth_names", md_meth_names()) == 0 && add_constructors(m) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

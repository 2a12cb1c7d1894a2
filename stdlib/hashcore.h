// The hash objects over OpenSSL's libcrypto shared by _hashlib (HASH,
// HASHXOF) and the fallback modules hashlib.py imports when _hashlib lacks an
// algorithm (_md5, _sha1, _sha256, _sha512, _sha3): one layout, one set of
// methods (stdlib/hashcore.cpp).  docs/native-modules.md ("hash modules").
//
// A HashObject holds an EVP_MD_CTX.  update() feeds it under the object's
// ObjectLock with the GIL released for inputs of kGilMinSize bytes or more
// (CPython's HASHLIB_GIL_MINSIZE); digest() finalises a copy of the context,
// so the object can go on being updated.  Digests come from OpenSSL's
// default provider, fetched once per name and kept for the life of the
// process.
#pragma once
#include <openssl/evp.h>

#include <string>
#include <string_view>

#include "runtime/bytes/buffer.h"
#include "objlock.h"

namespace stdlib::hashing {

// The digest for a Python name ("sha256", "sha3_256", "shake_128", "blake2b")
// or an OpenSSL one ("SHA256", "ripemd160", "md5-sha1"); null (no error) when
// OpenSSL has none.  Borrowed: fetched digests stay cached.
const EVP_MD* digest_by_name(std::string_view name);
// The same, raising exc (UnsupportedDigestmodError from _hashlib) with OpenSSL's
// text ("[digital envelope routines] unsupported") when there is none.
const EVP_MD* digest_by_name_or_raise(std::string_view name, rt::TypeObject* exc);
// CPython's name for a digest: "sha3_256" for SHA3-256, "blake2b" for
// BLAKE2B-512, otherwise OpenSSL's long name ("ripemd160", "md5-sha1").
std::string py_name(const EVP_MD* md);
inline bool is_xof(const EVP_MD* md) { return (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0; }
// Raise exc with the text of OpenSSL's last error ("[lib] reason"), clearing
// OpenSSL's error queue.  Always returns nullptr.
rt::Object* raise_openssl_error(rt::TypeObject* exc);

// The data argument of update() and the constructors: TypeError "Strings must
// be encoded before hashing" for str, "object supporting the buffer API
// required" for other objects without a buffer.
bool get_data(rt::Object* o, rt::BytesLike* view);
// Lower-case hex of n bytes, as a str.
rt::Object* hex_str(const unsigned char* p, size_t n);
// "HASH.update", "md5.update": the short name of self's first built-in type
// and the method, as CPython names METH_O/METH_NOARGS methods in errors.
std::string method_qualname(rt::Object* self, const char* method);

struct HashObject : rt::Object {
  EVP_MD_CTX* ctx;
  ObjectLock lock;
};

// A new hash object of the given type for md, fed with data when not null.
// null with an exception on failure.
rt::Object* hash_new(rt::TypeObject* type, const EVP_MD* md, rt::Object* data);
void hash_dealloc(rt::Object* o);
const EVP_MD* hash_md(rt::Object* self);

// Method and attribute tables:
//   hash_methods: update, digest(), hexdigest(), copy
//   xof_methods: update, digest(length), hexdigest(length), copy, with the
//     arguments of _hashlib.HASHXOF (Py_ssize_t, may be given by keyword);
//   sha3_xof_methods: the same with the arguments of _sha3's shake objects
//     (one positional unsigned long, below 2**29);
//   hash_getset: name, digest_size (0 for XOFs), block_size;
//   sha3_getset: those plus _capacity_bits, _rate_bits, _suffix.
extern rt::MethodDef hash_methods[], xof_methods[], sha3_xof_methods[];
extern rt::GetSetDef hash_getset[], sha3_getset[];

}  // namespace stdlib::hashing

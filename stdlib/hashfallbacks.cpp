// _md5, _sha1, _sha256, _sha512 and _sha3: the modules CPython's hashlib.py
// falls back on when _hashlib lacks an algorithm (and which test_hashlib
// tests on their own).  CPython builds them from its own copies of the
// algorithms; pyglass's are thin types over the same OpenSSL digests as
// _hashlib (stdlib/hashcore.cpp), with CPython's type names, constructors and
// attributes.  docs/native-modules.md ("hash modules").
#include <string>

#include "clinic.h"
#include "datamodules.h"
#include "hashcore.h"
#include "modules.h"

namespace stdlib {
using namespace rt;
using namespace hashing;

namespace {

TypeObject Md5Type, Sha1Type, Sha224Type, Sha256Type, Sha384Type, Sha512Type;
TypeObject Sha3_224Type, Sha3_256Type, Sha3_384Type, Sha3_512Type, Shake128Type, Shake256Type;

// A new object of type for the named digest, fed with data (may be null).
Object* make(TypeObject* type, const char* algo, Object* data) {
  const EVP_MD* md = digest_by_name_or_raise(algo, Exc_ValueError);
  return md ? hash_new(type, md, data) : nullptr;
}

// md5(string=b'', *, usedforsecurity=True), sha1(...), sha224(...) ...: module functions.
template <const char* Algo, TypeObject* Type>
Object* constructor(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  if (!clinic::parse(Algo, args, nargs, kw, "|string$usedforsecurity", a)) return nullptr;
  return make(Type, Algo, a[0]);
}

// sha3_224(data=b'', /, *, usedforsecurity=True) ...: the _sha3 types are their
// own constructors; all six name themselves "sha3_224" in argument errors, as CPython's do.
template <const char* Algo>
Object* sha3_new(TypeObject* type, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  if (!clinic::parse("sha3_224", args, nargs, kw, "|data/$usedforsecurity", a)) return nullptr;
  return make(type, Algo, a[0]);
}

constexpr char kMd5[] = "md5", kSha1[] = "sha1", kSha224[] = "sha224", kSha256[] = "sha256", kSha384[] = "sha384",
               kSha512[] = "sha512", kSha3_224[] = "sha3_224", kSha3_256[] = "sha3_256", kSha3_384[] = "sha3_384",
               kSha3_512[] = "sha3_512", kShake128[] = "shake_128", kShake256[] = "shake_256";

MethodDef md5_functions[] = {
    {"md5", constructor<kMd5, &Md5Type>, METH_DEFAULT,
     "Return a new MD5 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef sha1_functions[] = {
    {"sha1", constructor<kSha1, &Sha1Type>, METH_DEFAULT,
     "Return a new SHA1 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef sha256_functions[] = {
    {"sha224", constructor<kSha224, &Sha224Type>, METH_DEFAULT,
     "Return a new SHA-224 hash object; optionally initialized with a string."},
    {"sha256", constructor<kSha256, &Sha256Type>, METH_DEFAULT,
     "Return a new SHA-256 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef sha512_functions[] = {
    {"sha384", constructor<kSha384, &Sha384Type>, METH_DEFAULT,
     "Return a new SHA-384 hash object; optionally initialized with a string."},
    {"sha512", constructor<kSha512, &Sha512Type>, METH_DEFAULT,
     "Return a new SHA-512 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};

void fixed_type(TypeObject& t, const char* name) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(HashObject);
  t.tp_flags = TPFLAG_IMMUTABLE;
  t.tp_dealloc = hash_dealloc;
  t.tp_methods = hash_methods;
  t.tp_getset = hash_getset;
}

void sha3_type(TypeObject& t, const char* name, newfunc new_fn, const char* doc, bool xof) {
  fixed_type(t, name);
  t.tp_new = new_fn;
  t.tp_doc = doc;
  t.tp_methods = xof ? sha3_xof_methods : hash_methods;
  t.tp_getset = sha3_getset;
}

// A module with its functions and its types under the given attribute names.
Object* make_module(const char* name, MethodDef* functions,
                    std::initializer_list<std::pair<const char*, TypeObject*>> types) {
  if (ready_hash_fallback_types() < 0) return nullptr;
  Object* m = module_new(name);
  if (!m) return nullptr;
  bool ok = !functions || module_add_functions(m, functions) == 0;
  for (auto& [attr, type] : types)
    if (ok) ok = module_add_object(m, attr, newref(static_cast<Object*>(type))) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace

int ready_hash_fallback_types() {
  if (has_flag(&Md5Type, TPFLAG_READY)) return 0;
  fixed_type(Md5Type, "_md5.md5");
  fixed_type(Sha1Type, "_sha1.sha1");
  fixed_type(Sha224Type, "_sha256.sha224");
  fixed_type(Sha256Type, "_sha256.sha256");
  fixed_type(Sha384Type, "_sha512.sha384");
  fixed_type(Sha512Type, "_sha512.sha512");
  sha3_type(Sha3_224Type, "_sha3.sha3_224", sha3_new<kSha3_224>,
            "sha3_224([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a "
            "hashbit length of 28 bytes.",
            false);
  sha3_type(Sha3_256Type, "_sha3.sha3_256", sha3_new<kSha3_256>,
            "sha3_256([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a "
            "hashbit length of 32 bytes.",
            false);
  sha3_type(Sha3_384Type, "_sha3.sha3_384", sha3_new<kSha3_384>,
            "sha3_384([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a "
            "hashbit length of 48 bytes.",
            false);
  sha3_type(Sha3_512Type, "_sha3.sha3_512", sha3_new<kSha3_512>,
            "sha3_512([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a "
            "hashbit length of 64 bytes.",
            false);
  sha3_type(Shake128Type, "_sha3.shake_128", sha3_new<kShake128>,
            "shake_128([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.", true);
  sha3_type(Shake256Type, "_sha3.shake_256", sha3_new<kShake256>,
            "shake_256([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.", true);
  for (TypeObject* t : {&Md5Type, &Sha1Type, &Sha224Type, &Sha256Type, &Sha384Type, &Sha512Type, &Sha3_224Type,
                        &Sha3_256Type, &Sha3_384Type, &Sha3_512Type, &Shake128Type, &Shake256Type})
    if (ready_static_type(t) < 0) return -1;
  return 0;
}

Object* init_md5_module() { return make_module("_md5", md5_functions, {{"MD5Type", &Md5Type}}); }
Object* init_sha1_module() { return make_module("_sha1", sha1_functions, {{"SHA1Type", &Sha1Type}}); }
Object* init_sha256_module() {
  return make_module("_sha256", sha256_functions, {{"SHA224Type", &Sha224Type}, {"SHA256Type", &Sha256Type}});
}
// CPython 3.11's _sha512 has one type attribute, SHA384Type, and it holds the
// sha512 type (the sha384 type is not reachable from the module): kept as is.
Object* init_sha512_module() { return make_module("_sha512", sha512_functions, {{"SHA384Type", &Sha512Type}}); }

Object* init_sha3_module() {
  Object* m = make_module("_sha3", nullptr,
                          {{"sha3_224", &Sha3_224Type},
                           {"sha3_256", &Sha3_256Type},
                           {"sha3_384", &Sha3_384Type},
                           {"sha3_512", &Sha3_512Type},
                           {"shake_128", &Shake128Type},
                           {"shake_256", &Shake256Type}});
  if (!m) return nullptr;
  // Which Keccak code computes the digests: OpenSSL's, here.
  if (module_add_object(m, "implementation", str_from_cstr("openssl")) < 0 ||
      module_add_object(m, "keccakopt", int_from_i64(0)) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

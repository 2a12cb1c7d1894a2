// The codec registry and the error-handler registry (docs/codecs.md), and
// str.encode / bytes.decode on top of them.
//
// Codec registry.  Search functions (codecs.register) are kept in a list;
// lookup(name) normalises the name as CPython does (lower case; every run of
// characters other than ASCII letters, digits and '.' becomes one '_', none
// at the ends), returns the cached CodecInfo for it or asks each search
// function in turn, caches the first 4-tuple one returns, and otherwise
// raises LookupError "unknown encoding: <name as given>".  CPython imports
// the `encodings` package (which registers the search function that finds
// every codec in CPython's library) while it starts; pyglass imports it the
// first time the registry is used (a lookup, register or unregister), so that
// `pyglass -c pass` does not pay for it and encodings' search function is
// still the first one.
//
// Fast paths.  str.encode and bytes.decode call the C++ codecs directly for
// CPython's fast-path names (utf-8, utf-16, utf-32, ascii, latin-1 and their
// spellings, normalised the same way), with any error handler; every other
// encoding goes through the registry, must be a text encoding (CodecInfo's
// _is_text_encoding) and must return bytes / str, with CPython's messages.
//
// Wrapping.  When a codec called through the registry raises an exception
// that carries nothing but its message (the class keeps BaseException's
// __new__/__init__ and layout, the args are empty or one str, no instance
// attributes), it is replaced by an exception of the same class saying
// "encoding with 'x' codec failed (Error: message)" whose __cause__ is the
// original, as in CPython.
//
// Error registry: a dict name -> callable, holding the built-in handlers
// from start-up (runtime/codec_errors.cpp) and whatever codecs.register_error
// adds.
#include <cstring>

#include "runtime/text/codecs.h"
#include "runtime/threads/state.h"
#include "runtime/text/str.h"

namespace rt {

namespace codecs {
extern MethodDef builtin_error_handlers[];  // runtime/codec_errors.cpp
}

int codecs_init() {
  Interp* in = interp_state();
  in->codec_search_path = list_new(0);
  in->codec_search_cache = dict_new();
  in->codec_error_registry = dict_new();
  if (!in->codec_search_path || !in->codec_search_cache || !in->codec_error_registry) return -1;
  static const char* const names[] = {"strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
                                      "namereplace", "surrogateescape", "surrogatepass"};
  for (int i = 0; i < 8; i++) {
    Object* f = builtin_function_new(&codecs::builtin_error_handlers[i], nullptr, nullptr);
    if (!f) return -1;
    int r = dict_setitem_str(in->codec_error_registry, names[i], f);
    decref(f);
    if (r < 0) return -1;
  }
  return 0;
}

void codecs_fini() {
  Interp* in = interp_state();
  if (in->codec_search_path) {
    Object* empty = list_new(0);
    Object* all = slice_new(nullptr, nullptr, nullptr);
    if (!empty || !all || object_setitem(in->codec_search_path, all, empty) < 0) err_clear();
    xdecref(empty);
    xdecref(all);
  }
  if (in->codec_search_cache) dict_clear(in->codec_search_cache);
  if (in->codec_error_registry) dict_clear(in->codec_error_registry);
  in->codecs_ready = false;
}

namespace codecs {

// ---- error registry ---------------------------------------------------------------------------------
Object* lookup_error(const char* name) {
  Object* h = dict_getitem_str(interp_state()->codec_error_registry, name ? name : "strict");
  if (!h) return err_format_null(Exc_LookupError, "unknown error handler name '%.400s'", name);
  return newref(h);
}

int register_error(Object* name, Object* handler) {
  if (!is_callable(handler)) {
    err_set_string(Exc_TypeError, "handler must be callable");
    return -1;
  }
  return dict_setitem(interp_state()->codec_error_registry, name, handler);
}

// ---- codec registry --------------------------------------------------------------------------------
std::string normalize_encoding(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool punct = false;
  for (char c : name) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum || c == '.') {
      if (punct && !out.empty()) out.push_back('_');
      punct = false;
      out.push_back(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
    } else {
      punct = true;
    }
  }
  return out;
}

namespace {

// Import `encodings` (which registers its search function) the first time
// the registry is used.
bool ensure_ready() {
  Interp* in = interp_state();
  if (in->codecs_ready) return true;
  in->codecs_ready = true;
  Object* m = import_module("encodings");
  if (!m) {
    in->codecs_ready = false;
    return false;
  }
  decref(m);
  return true;
}

bool no_nul(std::string_view s) {
  if (s.find('\0') == std::string_view::npos) return true;
  err_set_string(Exc_ValueError, "embedded null character");
  return false;
}

// The codec must carry no state beyond its message for wrapping to be safe.
bool wrappable(Object* exc) {
  TypeObject* t = type_of(exc);
  TypeObject* base = Exc_BaseException;
  bool same_size = t->tp_basicsize == base->tp_basicsize ||
                   (t->tp_weaklistoffset && t->tp_basicsize == base->tp_basicsize + ssize(sizeof(Object*)));
  if (t->tp_init != base->tp_init || t->tp_new != base->tp_new || !same_size || t->tp_itemsize != 0) return false;
  Object* args = exc_get_args(exc);
  ssize n = args ? size_of(args) : 0;
  if (n > 1 || (n == 1 && !is_str_exact(tuple_get(args, 0)))) return false;
  Object** d = object_dict_ptr(exc);
  return !(d && *d && dict_size(*d) > 0);
}

void wrap_codec_error(const char* operation, const char* encoding) {
  Object* exc = err_fetch();
  if (!exc) return;
  if (!is_exception(exc) || !wrappable(exc)) {
    err_restore(exc);
    return;
  }
  Object* text = object_str(exc);
  if (!text) {
    err_clear();
    err_restore(exc);
    return;
  }
  std::string msg = std::string(operation) + " with '" + encoding + "' codec failed (" + type_of(exc)->tp_name +
                    ": " + std::string(str_view(text)) + ")";
  decref(text);
  Object* m = str_from_valid(msg);
  Object* fresh = m ? call1(type_of(exc), m) : nullptr;
  xdecref(m);
  if (!fresh) {
    err_clear();
    err_restore(exc);
    return;
  }
  exc_set_cause(fresh, exc);  // steals exc
  err_set_exception(fresh);
  decref(fresh);
}

// Call codec[index](obj[, errors]) and return the first item of the pair it returns.
Object* call_codec(Object* fn, Object* obj, const char* encoding, const char* errors, bool encoding_side) {
  Object* args[2] = {obj, nullptr};
  ssize nargs = 1;
  if (errors) {
    args[1] = str_from_cstr(errors);
    if (!args[1]) return nullptr;
    nargs = 2;
  }
  Object* res = call(fn, args, nargs);
  xdecref(args[1]);
  if (!res) {
    wrap_codec_error(encoding_side ? "encoding" : "decoding", encoding);
    return nullptr;
  }
  if (!is_tuple(res) || size_of(res) != 2) {
    decref(res);
    return err_format_null(Exc_TypeError, encoding_side ? "encoder must return a tuple (object, integer)"
                                                        : "decoder must return a tuple (object,integer)");
  }
  Object* v = newref(tuple_get(res, 0));
  decref(res);
  return v;
}

Object* lookup_cstr(const char* encoding) {
  Object* name = str_from_cstr(encoding);
  if (!name) return nullptr;
  Object* codec = lookup(name);
  decref(name);
  return codec;
}

// The codec for a text encoding (str.encode / bytes.decode).
Object* lookup_text(const char* encoding, const char* alternate) {
  Object* codec = lookup_cstr(encoding);
  if (!codec) return nullptr;
  if (!is_tuple_exact(codec)) {
    bool error = false;
    Object* attr = object_lookup_attr(codec, names::_is_text_encoding, &error);
    if (error) {
      decref(codec);
      return nullptr;
    }
    if (attr) {
      int truth = object_is_true(attr);
      decref(attr);
      if (truth <= 0) {
        decref(codec);
        if (truth == 0)
          err_format(Exc_LookupError, "'%.400s' is not a text encoding; use %s to handle arbitrary codecs", encoding,
                     alternate);
        return nullptr;
      }
    }
  }
  return codec;
}

}  // namespace

int register_search(Object* fn) {
  if (!is_callable(fn)) {
    err_set_string(Exc_TypeError, "argument must be callable");
    return -1;
  }
  if (!ensure_ready()) return -1;
  return list_append(interp_state()->codec_search_path, fn);
}

int unregister_search(Object* fn) {
  if (!ensure_ready()) return -1;
  Interp* in = interp_state();
  Object* path = in->codec_search_path;
  for (ssize i = 0; i < size_of(path); i++) {
    if (list_get(path, i) == fn) {
      dict_clear(in->codec_search_cache);
      Object* idx = int_from_i64(i);
      int r = idx ? object_delitem(path, idx) : -1;
      xdecref(idx);
      return r;
    }
  }
  return 0;
}

Object* lookup(Object* encoding) {
  std::string_view given = str_view(encoding);
  if (!no_nul(given)) return nullptr;
  if (!ensure_ready()) return nullptr;
  Interp* in = interp_state();
  Object* key = str_from_valid(normalize_encoding(given));
  if (!key) return nullptr;
  Object* cached = dict_getitem(in->codec_search_cache, key);
  if (cached) {
    decref(key);
    return newref(cached);
  }
  // Search functions may register or unregister others: walk a copy.
  Object* path = list_as_tuple(in->codec_search_path);
  if (!path) {
    decref(key);
    return nullptr;
  }
  Object* found = nullptr;
  for (ssize i = 0; i < size_of(path); i++) {
    Object* r = call1(tuple_get(path, i), key);
    if (!r) break;
    if (r == None) {
      decref(r);
      continue;
    }
    if (!is_tuple(r) || size_of(r) != 4) {
      decref(r);
      err_set_string(Exc_TypeError, "codec search functions must return 4-tuples");
      break;
    }
    found = r;
    break;
  }
  decref(path);
  if (!found) {
    decref(key);
    if (!err_occurred()) err_format(Exc_LookupError, "unknown encoding: %s", std::string(given).c_str());
    return nullptr;
  }
  int r = dict_setitem(in->codec_search_cache, key, found);
  decref(key);
  if (r < 0) {
    decref(found);
    return nullptr;
  }
  return found;
}

int forget_codec(const char* encoding) {
  Object* key = str_from_valid(normalize_encoding(encoding));
  if (!key) return -1;
  Object* cache = interp_state()->codec_search_cache;
  int r = dict_contains(cache, key);
  if (r > 0) r = dict_delitem(cache, key);
  decref(key);
  return r < 0 ? -1 : 0;
}

Object* encode(Object* obj, const char* encoding, const char* errors) {
  Object* codec = lookup_cstr(encoding);
  if (!codec) return nullptr;
  Object* r = call_codec(tuple_get(codec, 0), obj, encoding, errors, true);
  decref(codec);
  return r;
}

Object* decode(Object* obj, const char* encoding, const char* errors) {
  Object* codec = lookup_cstr(encoding);
  if (!codec) return nullptr;
  Object* r = call_codec(tuple_get(codec, 1), obj, encoding, errors, false);
  decref(codec);
  return r;
}

Object* encode_text(Object* str, const char* encoding, const char* errors) {
  Object* codec = lookup_text(encoding, "codecs.encode()");
  if (!codec) return nullptr;
  Object* v = call_codec(tuple_get(codec, 0), str, encoding, errors, true);
  decref(codec);
  if (!v || is_bytes(v)) return v;
  err_format(Exc_TypeError,
             "'%.400s' encoder returned '%.400s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
             encoding, type_name(v));
  decref(v);
  return nullptr;
}

Object* decode_text(Object* data, const char* encoding, const char* errors) {
  Object* codec = lookup_text(encoding, "codecs.decode()");
  if (!codec) return nullptr;
  Object* v = call_codec(tuple_get(codec, 1), data, encoding, errors, false);
  decref(codec);
  if (!v || is_str(v)) return v;
  err_format(Exc_TypeError,
             "'%.400s' decoder returned '%.400s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
             encoding, type_name(v));
  decref(v);
  return nullptr;
}

namespace {

// CPython's fast-path names, matched after normalisation.
enum class Fast { None, Utf8, Utf16, Utf32, Ascii, Latin1 };

Fast fast_codec(const char* encoding) {
  if (!encoding) return Fast::Utf8;
  size_t n = strlen(encoding);
  if (n > 16) return Fast::None;
  std::string low = normalize_encoding(std::string_view(encoding, n));
  const char* l = low.c_str();
  if (l[0] == 'u' && l[1] == 't' && l[2] == 'f') {
    l += 3;
    if (*l == '_') l++;
    if (strcmp(l, "8") == 0) return Fast::Utf8;
    if (strcmp(l, "16") == 0) return Fast::Utf16;
    if (strcmp(l, "32") == 0) return Fast::Utf32;
    return Fast::None;
  }
  if (low == "ascii" || low == "us_ascii") return Fast::Ascii;
  if (low == "latin1" || low == "latin_1" || low == "iso_8859_1" || low == "iso8859_1") return Fast::Latin1;
  return Fast::None;
}

}  // namespace

bool c_string(Object* s, const char** out) {
  *out = str_utf8(s);
  return no_nul(str_view(s));
}

}  // namespace codecs

bool codec_arg_strings(Object* encoding, Object* errors, const char** enc, const char** err) {
  *enc = "utf-8";
  *err = nullptr;
  return (!encoding || codecs::c_string(encoding, enc)) && (!errors || codecs::c_string(errors, err));
}

namespace {
// Development mode (-X dev): an unknown encoding or error handler is a
// LookupError even when the fast paths below would never look it up (an
// empty string, no error to handle), as in CPython.
bool g_dev_mode = false;

bool dev_mode_check(const char* encoding, const char* errors) {
  // The built-in fast codecs exist without a registry lookup (which needs the
  // encodings package, not importable yet while the import system starts).
  if (encoding && codecs::fast_codec(encoding) == codecs::Fast::None) {
    Object* name = str_from_cstr(encoding);
    Object* info = name ? codecs::lookup(name) : nullptr;
    xdecref(name);
    if (!info) return false;
    decref(info);
  }
  if (errors) {
    Object* h = codecs::lookup_error(errors);
    if (!h) return false;
    decref(h);
  }
  return true;
}
}  // namespace

void codecs_set_dev_mode(bool on) { g_dev_mode = on; }

// str.encode(encoding, errors): encoding null means utf-8, errors null means
// not given (strict, and not passed to a codec from the registry).
Object* str_encode(Object* s, const char* encoding, const char* errors) {
  using namespace codecs;
  if (g_dev_mode && !dev_mode_check(encoding, errors)) return nullptr;
  switch (fast_codec(encoding)) {
    case Fast::Utf8: return utf8_encode(s, errors);
    case Fast::Ascii: return ascii_encode(s, errors);
    case Fast::Latin1: return latin1_encode(s, errors);
    case Fast::Utf16: return utf16_encode(s, errors, 0);
    case Fast::Utf32: return utf32_encode(s, errors, 0);
    case Fast::None: break;
  }
  return encode_text(s, encoding, errors);
}

Object* str_encode_utf8(Object* s) { return codecs::utf8_encode(s, nullptr); }

Object* bytes_decode(const char* data, ssize n, const char* encoding, const char* errors) {
  using namespace codecs;
  if (g_dev_mode && !dev_mode_check(encoding, errors)) return nullptr;
  if (n == 0) return str_from_valid("");  // as CPython: no codec is looked up for no data
  int bo = 0;
  switch (fast_codec(encoding)) {
    case Fast::Utf8: return utf8_decode(data, n, errors, nullptr);
    case Fast::Ascii: return ascii_decode(data, n, errors);
    case Fast::Latin1: return latin1_decode(data, n, errors);
    case Fast::Utf16: return utf16_decode(data, n, errors, &bo, true, nullptr);
    case Fast::Utf32: return utf32_decode(data, n, errors, &bo, true, nullptr);
    case Fast::None: break;
  }
  Object* b = bytes_from(data, n);
  if (!b) return nullptr;
  Object* r = decode_text(b, encoding, errors);
  decref(b);
  return r;
}

}  // namespace rt

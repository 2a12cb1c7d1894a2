// _codecs: the native module under CPython's codecs.py and `encodings`
// package (docs/codecs.md).  It is a thin layer: argument checking with
// CPython's messages, and the (output, consumed) tuples the codec classes of
// `encodings` expect, over the registry and the codecs in
// runtime/codec_registry.cpp, codec_errors.cpp and codecs_*.cpp.
//
// Conventions of CPython's functions, kept here: `errors` may be None (the
// codec's default, strict); decoders take any bytes-like object (the escape
// decoders and readbuffer_encode also a str, as UTF-8); `final` is an int
// (default False for the UTF decoders, True for the escape decoders); the
// "consumed" count of an encoder is the length of its input, of a final
// decode the length of the data.
#include <cstring>

#include "runtime/text/codecs.h"
#include "runtime/text/str.h"
#include "modules.h"

namespace stdlib {

using namespace rt;
namespace cx = rt::codecs;

namespace {

// ---- arguments ------------------------------------------------------------------------------------
// Positional-only arguments, checked as CPython's argument clinic does.
bool positional(const char* name, Object* const* args, ssize nargs, Object* kwnames, int min, int max) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "_codecs.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  if (min == max && min == 1)
    err_format(Exc_TypeError, "_codecs.%s() takes exactly one argument (%zd given)", name, nargs);
  else if (min == max)
    err_format(Exc_TypeError, "%s expected %d argument%s, got %zd", name, min, min == 1 ? "" : "s", nargs);
  else if (nargs < min)
    err_format(Exc_TypeError, "%s expected at least %d argument%s, got %zd", name, min, min == 1 ? "" : "s", nargs);
  else
    err_format(Exc_TypeError, "%s expected at most %d argument%s, got %zd", name, max, max == 1 ? "" : "s", nargs);
  return false;
}

bool str_arg(const char* fname, int argno, Object* o) {
  if (is_str(o)) return true;
  err_format(Exc_TypeError, "%s() argument %d must be str, not %.200s", fname, argno, arg_type_name(o));
  return false;
}

// errors: absent or None -> null; else a str.
bool errors_arg(const char* fname, int argno, Object* const* args, ssize nargs, const char** out) {
  *out = nullptr;
  if (nargs <= argno - 1 || args[argno - 1] == None) return true;
  Object* e = args[argno - 1];
  if (!is_str(e)) {
    err_format(Exc_TypeError, "%s() argument %d must be str or None, not %.200s", fname, argno, arg_type_name(e));
    return false;
  }
  return cx::c_string(e, out);
}

// An int argument (final, byteorder): via __index__, into a C int.
bool int_arg(Object* const* args, ssize nargs, int argno, int dflt, int* out) {
  *out = dflt;
  if (nargs <= argno - 1) return true;
  ssize v;
  if (!cx::index_arg(args[argno - 1], "int", &v)) return false;
  *out = int(v);
  return true;
}

// A bytes-like argument, or (str_ok) a str taken as its UTF-8 bytes.
bool data_arg(Object* o, bool str_ok, cx::ByteArg& buf, Object** str_bytes) {
  *str_bytes = nullptr;
  if (str_ok && is_str(o)) {
    *str_bytes = cx::utf8_encode(o, nullptr);
    if (!*str_bytes) return false;
    return buf.get(*str_bytes);
  }
  return buf.get(o);
}

Object* pair(Object* first_steal, ssize n) {
  if (!first_steal) return nullptr;
  Object* c = int_from_i64(n);
  if (!c) {
    decref(first_steal);
    return nullptr;
  }
  Object* t = tuple_pack(2, first_steal, c);
  decref(first_steal);
  decref(c);
  return t;
}

// ---- the registries ---------------------------------------------------------------------------------
Object* c_register(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("register", args, nargs, kwnames, 1, 1)) return nullptr;
  if (cx::register_search(args[0]) < 0) return nullptr;
  return none_ref();
}

Object* c_unregister(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("unregister", args, nargs, kwnames, 1, 1)) return nullptr;
  if (cx::unregister_search(args[0]) < 0) return nullptr;
  return none_ref();
}

Object* c_lookup(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("lookup", args, nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "lookup() argument must be str, not %.200s", arg_type_name(args[0]));
  return cx::lookup(args[0]);
}

Object* c_register_error(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("register_error", args, nargs, kwnames, 2, 2)) return nullptr;
  const char* name;
  if (!str_arg("register_error", 1, args[0]) || !cx::c_string(args[0], &name)) return nullptr;
  if (cx::register_error(args[0], args[1]) < 0) return nullptr;
  return none_ref();
}

Object* c_lookup_error(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("lookup_error", args, nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "lookup_error() argument must be str, not %.200s", arg_type_name(args[0]));
  const char* name;
  if (!cx::c_string(args[0], &name)) return nullptr;
  return cx::lookup_error(name);
}

// encode(obj, encoding='utf-8', errors='strict') and decode: keywords allowed.
Object* encode_or_decode(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool enc) {
  static const char* const kw[] = {"obj", "encoding", "errors"};
  Object* a[3];
  if (!str_parse_args(fname, args, nargs, kwnames, kw, 3, 0, a)) return nullptr;
  if (!a[0]) return err_format_null(Exc_TypeError, "%s() missing required argument 'obj' (pos 1)", fname);
  for (int i = 1; i < 3; i++)
    if (a[i] && !is_str(a[i]))
      return err_format_null(Exc_TypeError, "%s() argument '%s' must be str, not %.200s", fname, kw[i],
                             arg_type_name(a[i]));
  const char *encoding, *errors;
  if (!codec_arg_strings(a[1], a[2], &encoding, &errors)) return nullptr;
  return enc ? cx::encode(a[0], encoding, errors) : cx::decode(a[0], encoding, errors);
}

Object* c_encode(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return encode_or_decode("encode", args, nargs, kwnames, true);
}
Object* c_decode(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return encode_or_decode("decode", args, nargs, kwnames, false);
}

// ---- encoders: (str, errors=None[, extra]) -> (bytes, len(str)) -----------------------------------------
enum EncKind { E_UTF7, E_UTF8, E_UTF16, E_UTF16LE, E_UTF16BE, E_UTF32, E_UTF32LE, E_UTF32BE, E_UNICODE_ESCAPE,
               E_RAW_UNICODE_ESCAPE, E_LATIN1, E_ASCII, E_CHARMAP };

Object* run_encoder(const char* fname, EncKind kind, Object* const* args, ssize nargs, Object* kwnames) {
  int max = kind == E_UTF16 || kind == E_UTF32 || kind == E_CHARMAP ? 3 : 2;
  if (!positional(fname, args, nargs, kwnames, 1, max)) return nullptr;
  if (!str_arg(fname, 1, args[0])) return nullptr;
  const char* errors;
  if (!errors_arg(fname, 2, args, nargs, &errors)) return nullptr;
  Object* s = args[0];
  Object* r = nullptr;
  int bo = 0;
  switch (kind) {
    case E_UTF7: r = cx::utf7_encode(s, errors); break;
    case E_UTF8: r = cx::utf8_encode(s, errors); break;
    case E_UTF16:
      if (!int_arg(args, nargs, 3, 0, &bo)) return nullptr;
      r = cx::utf16_encode(s, errors, bo < 0 ? -1 : bo > 0 ? 1 : 0);
      break;
    case E_UTF16LE: r = cx::utf16_encode(s, errors, -1); break;
    case E_UTF16BE: r = cx::utf16_encode(s, errors, 1); break;
    case E_UTF32:
      if (!int_arg(args, nargs, 3, 0, &bo)) return nullptr;
      r = cx::utf32_encode(s, errors, bo < 0 ? -1 : bo > 0 ? 1 : 0);
      break;
    case E_UTF32LE: r = cx::utf32_encode(s, errors, -1); break;
    case E_UTF32BE: r = cx::utf32_encode(s, errors, 1); break;
    case E_UNICODE_ESCAPE: r = cx::unicode_escape_encode(s); break;
    case E_RAW_UNICODE_ESCAPE: r = cx::raw_unicode_escape_encode(s); break;
    case E_LATIN1: r = cx::latin1_encode(s, errors); break;
    case E_ASCII: r = cx::ascii_encode(s, errors); break;
    case E_CHARMAP: r = cx::charmap_encode(s, errors, nargs > 2 ? args[2] : nullptr); break;
  }
  return pair(r, str_len(s));
}

#define ENCODER(fn, kind) \
  Object* c_##fn(Object*, Object* const* a, ssize n, Object* k) { return run_encoder(#fn, kind, a, n, k); }
ENCODER(utf_7_encode, E_UTF7)
ENCODER(utf_8_encode, E_UTF8)
ENCODER(utf_16_encode, E_UTF16)
ENCODER(utf_16_le_encode, E_UTF16LE)
ENCODER(utf_16_be_encode, E_UTF16BE)
ENCODER(utf_32_encode, E_UTF32)
ENCODER(utf_32_le_encode, E_UTF32LE)
ENCODER(utf_32_be_encode, E_UTF32BE)
ENCODER(unicode_escape_encode, E_UNICODE_ESCAPE)
ENCODER(raw_unicode_escape_encode, E_RAW_UNICODE_ESCAPE)
ENCODER(latin_1_encode, E_LATIN1)
ENCODER(ascii_encode, E_ASCII)
ENCODER(charmap_encode, E_CHARMAP)
#undef ENCODER

// ---- decoders: (data, errors=None, ...) -> (str, consumed) ----------------------------------------------
enum DecKind { D_UTF7, D_UTF8, D_UTF16, D_UTF16LE, D_UTF16BE, D_UTF16EX, D_UTF32, D_UTF32LE, D_UTF32BE, D_UTF32EX,
               D_UNICODE_ESCAPE, D_RAW_UNICODE_ESCAPE, D_LATIN1, D_ASCII, D_CHARMAP };

Object* run_decoder(const char* fname, DecKind kind, Object* const* args, ssize nargs, Object* kwnames) {
  bool ex = kind == D_UTF16EX || kind == D_UTF32EX;
  bool escape = kind == D_UNICODE_ESCAPE || kind == D_RAW_UNICODE_ESCAPE;
  bool has_final = !(kind == D_LATIN1 || kind == D_ASCII || kind == D_CHARMAP);
  int max = ex ? 4 : kind == D_CHARMAP || has_final ? 3 : 2;
  if (!positional(fname, args, nargs, kwnames, 1, max)) return nullptr;
  cx::ByteArg buf;
  Object* owned;
  if (!data_arg(args[0], escape, buf, &owned)) return nullptr;
  const char* errors;
  int bo = 0, final = escape ? 1 : 0;
  bool ok = errors_arg(fname, 2, args, nargs, &errors);
  if (ok && ex) ok = int_arg(args, nargs, 3, 0, &bo) && int_arg(args, nargs, 4, 0, &final);
  else if (ok && has_final) ok = int_arg(args, nargs, 3, final, &final);
  if (!ok) {
    xdecref(owned);
    return nullptr;
  }
  const char* d = buf.data();
  ssize n = buf.size();
  ssize consumed = n;
  ssize* cons = final ? nullptr : &consumed;
  Object* r = nullptr;
  switch (kind) {
    case D_UTF7: r = cx::utf7_decode(d, n, errors, final != 0, cons); break;
    case D_UTF8: r = cx::utf8_decode(d, n, errors, cons); break;
    case D_UTF16: case D_UTF16EX: case D_UTF16LE: case D_UTF16BE:
      if (kind == D_UTF16LE) bo = -1;
      else if (kind == D_UTF16BE) bo = 1;
      else if (kind == D_UTF16) bo = 0;
      r = cx::utf16_decode(d, n, errors, &bo, final != 0, &consumed);
      break;
    case D_UTF32: case D_UTF32EX: case D_UTF32LE: case D_UTF32BE:
      if (kind == D_UTF32LE) bo = -1;
      else if (kind == D_UTF32BE) bo = 1;
      else if (kind == D_UTF32) bo = 0;
      r = cx::utf32_decode(d, n, errors, &bo, final != 0, &consumed);
      break;
    case D_UNICODE_ESCAPE: r = cx::unicode_escape_decode(d, n, errors, final != 0, &consumed); break;
    case D_RAW_UNICODE_ESCAPE: r = cx::raw_unicode_escape_decode(d, n, errors, final != 0, &consumed); break;
    case D_LATIN1: r = cx::latin1_decode(d, n, errors); break;
    case D_ASCII: r = cx::ascii_decode(d, n, errors); break;
    case D_CHARMAP: r = cx::charmap_decode(d, n, errors, nargs > 2 ? args[2] : nullptr); break;
  }
  xdecref(owned);
  if (!r) return nullptr;
  if (!ex) return pair(r, consumed);
  Object* c = int_from_i64(consumed);
  Object* b = int_from_i64(bo);
  Object* t = c && b ? tuple_pack(3, r, c, b) : nullptr;
  decref(r);
  xdecref(c);
  xdecref(b);
  return t;
}

#define DECODER(fn, kind) \
  Object* c_##fn(Object*, Object* const* a, ssize n, Object* k) { return run_decoder(#fn, kind, a, n, k); }
DECODER(utf_7_decode, D_UTF7)
DECODER(utf_8_decode, D_UTF8)
DECODER(utf_16_decode, D_UTF16)
DECODER(utf_16_le_decode, D_UTF16LE)
DECODER(utf_16_be_decode, D_UTF16BE)
DECODER(utf_16_ex_decode, D_UTF16EX)
DECODER(utf_32_decode, D_UTF32)
DECODER(utf_32_le_decode, D_UTF32LE)
DECODER(utf_32_be_decode, D_UTF32BE)
DECODER(utf_32_ex_decode, D_UTF32EX)
DECODER(unicode_escape_decode, D_UNICODE_ESCAPE)
DECODER(raw_unicode_escape_decode, D_RAW_UNICODE_ESCAPE)
DECODER(latin_1_decode, D_LATIN1)
DECODER(ascii_decode, D_ASCII)
DECODER(charmap_decode, D_CHARMAP)
#undef DECODER

// ---- bytes to bytes ----------------------------------------------------------------------------------------
Object* c_escape_encode(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("escape_encode", args, nargs, kwnames, 1, 2)) return nullptr;
  if (!is_bytes(args[0]))
    return err_format_null(Exc_TypeError, "escape_encode() argument 1 must be bytes, not %.200s",
                           arg_type_name(args[0]));
  const char* errors;
  if (!errors_arg("escape_encode", 2, args, nargs, &errors)) return nullptr;
  return pair(cx::escape_encode(args[0]), size_of(args[0]));
}

// escape_decode and readbuffer_encode: (str or bytes-like, errors=None) -> (bytes, len(data)).
Object* bytes_to_bytes(const char* fname, bool decode, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional(fname, args, nargs, kwnames, 1, 2)) return nullptr;
  cx::ByteArg buf;
  Object* owned;
  if (!data_arg(args[0], true, buf, &owned)) return nullptr;
  const char* errors;
  Object* r = nullptr;
  if (errors_arg(fname, 2, args, nargs, &errors))
    r = decode ? cx::escape_decode(buf.data(), buf.size(), errors) : bytes_from(buf.data(), buf.size());
  r = pair(r, buf.size());
  xdecref(owned);
  return r;
}

Object* c_escape_decode(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return bytes_to_bytes("escape_decode", true, args, nargs, kwnames);
}
Object* c_readbuffer_encode(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return bytes_to_bytes("readbuffer_encode", false, args, nargs, kwnames);
}

Object* c_charmap_build(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("charmap_build", args, nargs, kwnames, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "charmap_build() argument must be str, not %.200s", arg_type_name(args[0]));
  return cx::charmap_build(args[0]);
}

#define FN(name, doc) {#name, c_##name, METH_DEFAULT, doc}
MethodDef codecs_functions[] = {
    FN(register,
       "Register a codec search function.\n\nSearch functions are expected to take one argument, the encoding name "
       "in\nall lower case letters, and either return None, or a tuple of functions\n(encoder, decoder, "
       "stream_reader, stream_writer) (or a CodecInfo object)."),
    FN(unregister,
       "Unregister a codec search function and clear the registry's cache.\n\nIf the search function is not "
       "registered, do nothing."),
    FN(lookup, "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."),
    FN(encode,
       "Encodes obj using the codec registered for encoding.\n\nThe default encoding is 'utf-8'.  errors may be "
       "given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a "
       "ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name "
       "registered with\ncodecs.register_error that can handle ValueErrors."),
    FN(decode,
       "Decodes obj using the codec registered for encoding.\n\nDefault encoding is 'utf-8'.  errors may be given "
       "to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a "
       "ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name "
       "registered with\ncodecs.register_error that can handle ValueErrors."),
    FN(escape_encode, nullptr),
    FN(escape_decode, nullptr),
    FN(utf_8_encode, nullptr),
    FN(utf_8_decode, nullptr),
    FN(utf_7_encode, nullptr),
    FN(utf_7_decode, nullptr),
    FN(utf_16_encode, nullptr),
    FN(utf_16_le_encode, nullptr),
    FN(utf_16_be_encode, nullptr),
    FN(utf_16_decode, nullptr),
    FN(utf_16_le_decode, nullptr),
    FN(utf_16_be_decode, nullptr),
    FN(utf_16_ex_decode, nullptr),
    FN(utf_32_encode, nullptr),
    FN(utf_32_le_encode, nullptr),
    FN(utf_32_be_encode, nullptr),
    FN(utf_32_decode, nullptr),
    FN(utf_32_le_decode, nullptr),
    FN(utf_32_be_decode, nullptr),
    FN(utf_32_ex_decode, nullptr),
    FN(unicode_escape_encode, nullptr),
    FN(unicode_escape_decode, nullptr),
    FN(raw_unicode_escape_encode, nullptr),
    FN(raw_unicode_escape_decode, nullptr),
    FN(latin_1_encode, nullptr),
    FN(latin_1_decode, nullptr),
    FN(ascii_encode, nullptr),
    FN(ascii_decode, nullptr),
    FN(charmap_encode, nullptr),
    FN(charmap_decode, nullptr),
    FN(charmap_build, nullptr),
    FN(readbuffer_encode, nullptr),
    FN(register_error,
       "Register the specified error handler under the name errors.\n\nhandler must be a callable object, that "
       "will be called with an exception\ninstance containing information about the location of the "
       "encoding/decoding\nerror and must return a (replacement, new position) tuple."),
    FN(lookup_error,
       "lookup_error(errors) -> handler\n\nReturn the error handler for the specified error handling name or raise "
       "a\nLookupError, if no handler exists under this name."),
    {nullptr, nullptr, 0, nullptr},
};
#undef FN

}  // namespace

Object* init_codecs_module() {
  Object* m = module_new("_codecs");
  if (!m) return nullptr;
  if (module_add_functions(m, codecs_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

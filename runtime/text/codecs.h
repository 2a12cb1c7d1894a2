// The codec machinery (docs/codecs.md): the codec and error-handler
// registries (runtime/codec_registry.cpp), the error-handler protocol
// (runtime/codec_errors.cpp), the Unicode exceptions (runtime/exc_unicode.cpp)
// and the codecs written in C++ (runtime/codecs_utf.cpp, codecs_charmap.cpp,
// codecs_escape.cpp).  str.encode/bytes.decode (runtime/str.cpp) and the
// _codecs module (stdlib/_codecsmodule.cpp) sit on top.
//
// Text is pyglass's str representation: UTF-8 where a lone surrogate
// (U+D800..U+DFFF) is three bytes of its own.  Encoders read a str as an
// array of code points (Encoder::text); decoders write UTF-8 into
// Decoder::out, one sequence per code point, so two surrogates decoded one
// after the other stay two code points, as in CPython.
#pragma once
#include <string>
#include <string_view>

#include "runtime/bytes/buffer.h"
#include "runtime/api.h"
#include "runtime/exceptions/exceptions.h"

namespace rt {

// The instance layout of UnicodeEncodeError/DecodeError/TranslateError.
struct UnicodeErrorObject : ExcObject {
  Object* encoding;  // null reads as None
  Object* object;
  ssize start;
  ssize end;
  Object* reason;
};
void init_unicode_error_types();  // runtime/exc_unicode.cpp, called by init_exceptions()

// Start-up and shut-down of the registries (runtime/codec_registry.cpp,
// called by runtime/lifecycle.cpp): the built-in error handlers are made at
// start-up (immortal); search functions, the cache and handlers registered by
// scripts are dropped at exit.
int codecs_init();
void codecs_fini();

namespace codecs {

// ---- a bytes-like argument ------------------------------------------------------------------
// Any exporter of the buffer protocol (bytes, bytearray, memoryview, ...),
// held for the length of a call: its export keeps a bytearray from resizing
// while an error handler written in Python runs.  TypeError "a bytes-like
// object is required, not 'str'" for anything else.
using ByteArg = BytesLike;

// ---- code points ----------------------------------------------------------------------------
std::u32string str_codepoints(Object* s);
Object* str_from_codepoints(const char32_t* cps, ssize n);
inline Object* str_from_codepoints(const std::u32string& s) { return str_from_codepoints(s.data(), ssize(s.size())); }

// ---- Unicode exceptions (runtime/exc_unicode.cpp) ---------------------------------------------------
Object* make_encode_error(const char* encoding, Object* str, ssize start, ssize end, const char* reason);
Object* make_decode_error(const char* encoding, const char* data, ssize n, ssize start, ssize end,
                          const char* reason);
Object* make_translate_error(Object* str, ssize start, ssize end, const char* reason);
bool is_unicode_error_instance(Object* o);
// exc.object (borrowed), checked to be bytes (decode) or str: TypeError
// "object attribute must be bytes" / "... must be unicode".
Object* error_object(Object* exc, bool want_bytes);
// start and end as a handler sees them: clamped into the object.
bool error_range(Object* exc, bool is_bytes_object, ssize* start, ssize* end);
void set_error_range(Object* exc, ssize start, ssize end, const char* reason);

// ---- error handlers ---------------------------------------------------------------------------
// The handlers the codecs apply inline; every other name goes through the
// registry (codecs.register_error), namereplace included.
enum class Errors : uint8_t {
  Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape, SurrogatePass, Other
};
Errors errors_kind(const char* errors);  // null means strict
// The registered handler for name (new reference); LookupError "unknown
// error handler name 'x'".
Object* lookup_error(const char* name);
int register_error(Object* name, Object* handler);  // name: str
// A str argument as a C string: ValueError "embedded null character" (and
// false) when it holds a NUL, which the C string would silently cut.
bool c_string(Object* s, const char** out);
// The standard encodings a surrogatepass handler knows ("utf-8", "utf-16-le" ...).
enum class Std { Unknown, Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };
Std standard_encoding(const char* name);
// How many bytes a surrogate takes in a standard encoding, and its bytes.
int surrogate_bytes(Std e, uint32_t cp, char out[4]);
int surrogate_length(Std e);  // bytes per surrogate in a known standard encoding
// The surrogate encoded at p (n bytes available) in encoding e, or 0.
uint32_t surrogate_at(Std e, const unsigned char* p, ssize n);
// Append CPython's \x.., \u...., \U........ escape of cp to out.
void append_backslash_escape(std::string& out, uint32_t cp);

// A replacement an error handler gave for unencodable text: text (to be
// encoded by the codec) or bytes (written as they are).
struct Replacement {
  bool is_bytes = false;
  std::u32string text;
  std::string bytes;
  void clear() {
    is_bytes = false;
    text.clear();
    bytes.clear();
  }
};

// One encode call: the text, the output and the error handling.
class Encoder {
 public:
  Encoder(const char* encoding, Object* str, const char* errors, bool need_text = true);
  ~Encoder();
  Encoder(const Encoder&) = delete;
  Encoder& operator=(const Encoder&) = delete;

  const char* encoding;
  Object* str;
  const char* errors;
  Errors kind;
  std::u32string text;  // the code points of str
  std::string out;      // the encoded bytes so far
  // surrogateescape converts the escapable prefix of a range and raises for
  // the rest (CPython's fast codecs: ASCII, Latin-1, UTF-8), instead of
  // raising for the whole range.
  bool escape_prefix = false;

  // text[start:end) cannot be encoded (reason).  Ask the error handler
  // (built-in ones inline) for a replacement; *newpos is where encoding goes
  // on.  False with an exception set on strict, or on a handler's error.
  bool handle(ssize start, ssize end, const char* reason, Replacement& rep, ssize* newpos);
  // Raise the UnicodeEncodeError for text[start:end) (the same object the handler saw, updated).
  void raise(ssize start, ssize end, const char* reason);
  Object* result() { return bytes_from(out.data(), ssize(out.size())); }

 private:
  Object* exc_ = nullptr;
  Object* handler_ = nullptr;
  Object* exception(ssize start, ssize end, const char* reason);  // borrowed, updated
};

// One decode call: the input (which a handler may replace through
// exc.object), the UTF-8 output and the error handling.
class Decoder {
 public:
  Decoder(const char* encoding, const char* data, ssize n, const char* errors);
  ~Decoder();
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  const char* encoding;
  const char* errors;
  Errors kind;
  const unsigned char* in;  // re-read after handle(): a handler may replace the input
  ssize len;
  std::string out;
  Std std = Std::Unknown;  // for surrogatepass

  void put(uint32_t cp) {
    if (cp < 0x80) out.push_back(char(cp));
    else put_slow(cp);
  }
  // in[start:end) cannot be decoded (reason): append the handler's
  // replacement to out and set *pos to where decoding goes on.  False with
  // an exception set.
  bool handle(ssize start, ssize end, const char* reason, ssize* pos);
  void raise(ssize start, ssize end, const char* reason);
  Object* result();

 private:
  void put_slow(uint32_t cp);
  Object* exc_ = nullptr;
  Object* handler_ = nullptr;
  Object* input_ = nullptr;  // the input a handler substituted (owned)
  Object* exception(ssize start, ssize end, const char* reason);
};

// An integer argument through __index__ (TypeError "'float' object cannot be
// interpreted as an integer"); OverflowError "Python int too large to convert
// to C <ctype>" beyond ssize_t, or beyond int when ctype is "int".
bool index_arg(Object* o, const char* ctype, ssize* out);

// Check what a Python error handler returned and return the replacement
// (borrowed from res) and the absolute new position.  what: "encoding",
// "decoding" or "translating".
bool parse_handler_result(Object* res, const char* what, ssize len, Object** rep, ssize* newpos);

// ---- the codecs -----------------------------------------------------------------------------
// Encoders return bytes; decoders return str and, when consumed is not null,
// decode incrementally (final=false keeps an incomplete sequence at the end
// for the next call) and store how many bytes they used.
Object* utf8_encode(Object* str, const char* errors);
Object* utf8_decode(const char* s, ssize n, const char* errors, ssize* consumed);
Object* ascii_encode(Object* str, const char* errors);
Object* ascii_decode(const char* s, ssize n, const char* errors);
Object* latin1_encode(Object* str, const char* errors);
Object* latin1_decode(const char* s, ssize n, const char* errors);
// byteorder: -1 little, 1 big, 0 native with a BOM.
Object* utf16_encode(Object* str, const char* errors, int byteorder);
// *byteorder in/out as CPython's utf_16_ex_decode: 0 reads a BOM and stores what it found.
Object* utf16_decode(const char* s, ssize n, const char* errors, int* byteorder, bool final, ssize* consumed);
Object* utf32_encode(Object* str, const char* errors, int byteorder);
Object* utf32_decode(const char* s, ssize n, const char* errors, int* byteorder, bool final, ssize* consumed);
Object* utf7_encode(Object* str, const char* errors);
Object* utf7_decode(const char* s, ssize n, const char* errors, bool final, ssize* consumed);
Object* unicode_escape_encode(Object* str);
Object* unicode_escape_decode(const char* s, ssize n, const char* errors, bool final, ssize* consumed);
Object* raw_unicode_escape_encode(Object* str);
Object* raw_unicode_escape_decode(const char* s, ssize n, const char* errors, bool final, ssize* consumed);
Object* escape_encode(Object* bytes);  // bytes -> bytes, repr-style escapes
Object* escape_decode(const char* s, ssize n, const char* errors);
// charmap: mapping None means Latin-1.
Object* charmap_encode(Object* str, const char* errors, Object* mapping);
Object* charmap_decode(const char* s, ssize n, const char* errors, Object* mapping);
Object* charmap_build(Object* decoding_table);  // EncodingMap
extern TypeObject EncodingMapType;
int ready_codec_types();

// Decode UTF-8 with the fast paths and any error handler (CPython's final=True behaviour).
inline Object* utf8_decode_all(const char* s, ssize n, const char* errors) {
  return utf8_decode(s, n, errors, nullptr);
}

// ---- the registry -----------------------------------------------------------------------------
// CPython's normalisation of an encoding name for the registry: lower case,
// runs of characters other than ASCII letters, digits and '.' become one '_'
// (none at the start or end).
std::string normalize_encoding(std::string_view name);
int register_search(Object* fn);
int unregister_search(Object* fn);
Object* lookup(Object* encoding);  // the CodecInfo (new reference); LookupError "unknown encoding: x"
// codecs.encode/decode: errors may be null (not passed to the codec).
Object* encode(Object* obj, const char* encoding, const char* errors);
Object* decode(Object* obj, const char* encoding, const char* errors);
// str.encode / bytes.decode through the registry: only text encodings, the
// result must be bytes / str.
Object* encode_text(Object* str, const char* encoding, const char* errors);
Object* decode_text(Object* bytes_like, const char* encoding, const char* errors);
int forget_codec(const char* encoding);  // drop the cached lookup (CPython's _PyCodec_Forget)

}  // namespace codecs
}  // namespace rt

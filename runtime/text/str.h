// str internals shared by runtime/str.cpp, str_methods.cpp, strformat.cpp and
// bytes.cpp.  The public str API is in runtime/api.h.
//
// Representation (runtime/objects.h StrObject): UTF-8 bytes inline and
// NUL-terminated, ob_size = code points, `ascii` set when every code point is
// below 128 (then byte offsets are code point indexes).  Surrogate code points
// (U+D800..U+DFFF) may appear, encoded in three bytes, because source
// literals such as "\ud800" produce them.  The empty string and the 256
// one-character Latin-1 strings are immortal singletons.
#pragma once
#include <string>
#include <string_view>

#include "runtime/api.h"

namespace rt {

void init_str_types();
void init_bytes_type();
void str_intern_fini();

extern TypeObject StrIterType, StrAsciiIterType, BytesIterType;

// ---- UTF-8 helpers (input known to be well formed) --------------------------
inline int utf8_seq_len(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
// Decode the code point at p and advance p past it.
inline uint32_t utf8_next(const char*& p) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
  unsigned char c = u[0];
  if (c < 0x80) { p += 1; return c; }
  if (c < 0xE0) { p += 2; return (uint32_t(c & 0x1F) << 6) | (u[1] & 0x3F); }
  if (c < 0xF0) { p += 3; return (uint32_t(c & 0x0F) << 12) | (uint32_t(u[1] & 0x3F) << 6) | (u[2] & 0x3F); }
  p += 4;
  return (uint32_t(c & 0x07) << 18) | (uint32_t(u[1] & 0x3F) << 12) | (uint32_t(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
}
// Decode the code point that ends just before p and move p back to its start.
inline uint32_t utf8_prev(const char*& p) {
  const char* q = p - 1;
  while ((static_cast<unsigned char>(*q) & 0xC0) == 0x80) q--;
  p = q;
  const char* r = q;
  return utf8_next(r);
}
// Encode cp (<= 0x10FFFF) into out (4 bytes room); returns the byte count.
inline int utf8_encode(uint32_t cp, char* out) {
  if (cp < 0x80) { out[0] = char(cp); return 1; }
  if (cp < 0x800) { out[0] = char(0xC0 | (cp >> 6)); out[1] = char(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    out[0] = char(0xE0 | (cp >> 12)); out[1] = char(0x80 | ((cp >> 6) & 0x3F)); out[2] = char(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (cp >> 18)); out[1] = char(0x80 | ((cp >> 12) & 0x3F));
  out[2] = char(0x80 | ((cp >> 6) & 0x3F)); out[3] = char(0x80 | (cp & 0x3F));
  return 4;
}
inline void utf8_append(std::string& out, uint32_t cp) {
  char buf[4];
  out.append(buf, utf8_encode(cp, buf));
}
// The str/bytes hash of a byte string (deterministic; never -1).
hash_t hash_bytes(const char* p, ssize n);
// Number of code points in well-formed UTF-8.
ssize utf8_count(const char* s, ssize nbytes);
// Check UTF-8.  Returns -1 when valid, else the offset of the first bad byte;
// *bad_len gets the length of the bad sequence and *reason CPython's wording
// ("invalid start byte", "invalid continuation byte", "unexpected end of data").
ssize utf8_check(const char* s, ssize nbytes, bool allow_surrogates, ssize* bad_len, const char** reason);

// ---- construction ----------------------------------------------------------
// A fresh str with room for nbytes (+NUL) whose data the caller fills in.
// Only for results not yet shared: ob_size/ascii must describe the bytes.
StrObject* str_alloc(ssize nbytes, ssize ncodepoints, bool ascii);
// From UTF-8 known to be valid (counts code points, never fails but on memory).
Object* str_from_valid(const char* s, ssize nbytes);
inline Object* str_from_valid(std::string_view v) { return str_from_valid(v.data(), ssize(v.size())); }
Object* str_empty();  // new reference to the "" singleton
// s itself when it is an exact str, else an exact copy: what str methods
// return for an instance of a subclass whose text they leave unchanged.
Object* str_as_exact(Object* s);
// Borrowed singleton for a code point < 256.
Object* str_latin1_char(uint32_t cp);

// ---- access -----------------------------------------------------------------
inline bool str_is_ascii(Object* s) { return as_str(s)->ascii != 0; }
// Byte offset of code point index i (0 <= i <= len).
ssize str_offset_of(Object* s, ssize i);
// The i-th code point (0 <= i < len).
uint32_t str_char_at(Object* s, ssize i);

// ---- errors -------------------------------------------------------------------
// Raise UnicodeDecodeError / UnicodeEncodeError with CPython's arguments and message.
void raise_decode_error(const char* encoding, const char* data, ssize n, ssize start, ssize end, const char* reason);
void raise_encode_error(const char* encoding, Object* str, ssize start, ssize end, const char* reason);

// ---- helpers for methods ---------------------------------------------------------
// First / last occurrence of the nn bytes at n in the hn bytes at h, or null
// (str and the bytes family search with these; runtime/str_methods.cpp).
const char* find_bytes(const char* h, ssize hn, const char* n, ssize nn);
const char* rfind_bytes(const char* h, ssize hn, const char* n, ssize nn);
// Keyword-aware argument matching for methods (CPython's wording for errors).
// names: the parameter names; npos_only: leading positional-only ones; nreq:
// required ones.  Fills out[] (borrowed, null when absent).
bool str_parse_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* const* names,
                    int nnames, int nreq, Object** out);
// start/end arguments of find/count/startswith...: None or an index (clamped).
bool parse_slice_index(Object* o, ssize* out);
// An integer argument (width, count ...): TypeError "'str' object cannot be interpreted as an integer".
bool parse_ssize_arg(Object* o, ssize* out);
// Normalise [start, end) against len as str.find does.
inline void adjust_indices(ssize& start, ssize& end, ssize len) {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
}

// str.encode / bytes.decode (runtime/codec_registry.cpp): CPython's fast paths
// for utf-8, utf-16, utf-32, ascii and latin-1, the codec registry for the
// rest.  encoding null means utf-8; errors null means "not given" (strict,
// and not passed on to a codec found in the registry).
Object* str_encode(Object* s, const char* encoding, const char* errors);
Object* bytes_decode(const char* data, ssize n, const char* encoding, const char* errors);
// The encoding and errors arguments of those (str objects, either null when
// not given) as C strings: encoding defaults to "utf-8", errors stays null.
// ValueError "embedded null character" as CPython when one holds a NUL.
bool codec_arg_strings(Object* encoding, Object* errors, const char** enc, const char** err);
Object* str_iter_new(Object* s);

extern MethodDef str_method_table[];  // runtime/str_methods.cpp
Object* str_mod(Object* a, Object* b);  // nb_remainder (runtime/strformat.cpp)

// A bytes object of n uninitialised bytes (runtime/bytes.cpp).
BytesObject* bytes_alloc(ssize n);

// Argument count check of the find/count/startswith family shared by str and
// bytes: "TYPE.NAME() takes no keyword arguments", "NAME() takes at least 1
// argument (0 given)", "... at most 3 arguments ...".  type_prefix: "str"/"bytes".
bool method_arg_range(const char* type_prefix, const char* name, ssize nargs, Object* kwnames, int lo, int hi);

}  // namespace rt

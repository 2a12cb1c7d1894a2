// Code point classification and case mapping for str (runtime/unicode_db.cpp).
//
// The answers come from the Unicode database CPython 3.11 uses (Unicode
// 14.0.0), generated at build time from the Unicode Character Database
// (tools/gen_unicode.cpp, runtime/unicode_db.h, docs/codecs.md), so str
// methods agree with CPython for every code point, not only ASCII.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace rt::uni {

enum Prop : uint16_t {
  P_ALPHA = 1,
  P_DECIMAL = 2,
  P_DIGIT = 4,
  P_NUMERIC = 8,
  P_SPACE = 16,
  P_PRINTABLE = 32,
  P_UPPER = 64,
  P_LOWER = 128,
  P_TITLE = 256,         // general category Lt
  P_XID_START = 512,     // may start an identifier
  P_XID_CONTINUE = 1024, // may continue an identifier
  P_CASED = 2048,
};

// All property bits of a code point (any value; beyond 0x10FFFF: none).
uint16_t props(uint32_t cp);
inline bool has(uint32_t cp, uint16_t p) { return (props(cp) & p) != 0; }

inline bool is_alpha(uint32_t cp) {
  if (cp < 128) return (cp | 32) - 'a' < 26;
  return has(cp, P_ALPHA);
}
inline bool is_decimal(uint32_t cp) { return cp < 128 ? cp - '0' < 10 : has(cp, P_DECIMAL); }
inline bool is_digit(uint32_t cp) { return cp < 128 ? cp - '0' < 10 : has(cp, P_DIGIT); }
inline bool is_numeric(uint32_t cp) { return cp < 128 ? cp - '0' < 10 : has(cp, P_NUMERIC); }
inline bool is_alnum(uint32_t cp) {
  if (cp < 128) return (cp | 32) - 'a' < 26 || cp - '0' < 10;
  return has(cp, P_ALPHA | P_NUMERIC);
}
// str.isspace(): ASCII \t\n\v\f\r, space, \x1c-\x1f and the Unicode spaces.
inline bool is_space(uint32_t cp) {
  if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
  return has(cp, P_SPACE);
}
inline bool is_printable(uint32_t cp) { return cp < 128 ? (cp >= 32 && cp < 127) : has(cp, P_PRINTABLE); }
inline bool is_upper(uint32_t cp) { return cp < 128 ? cp - 'A' < 26 : has(cp, P_UPPER); }
inline bool is_lower(uint32_t cp) { return cp < 128 ? cp - 'a' < 26 : has(cp, P_LOWER); }
inline bool is_title(uint32_t cp) { return cp >= 128 && has(cp, P_TITLE); }
inline bool is_cased(uint32_t cp) { return cp < 128 ? (cp | 32) - 'a' < 26 : has(cp, P_CASED); }
inline bool is_id_start(uint32_t cp) {
  if (cp < 128) return (cp | 32) - 'a' < 26 || cp == '_';
  return has(cp, P_XID_START);
}
inline bool is_id_continue(uint32_t cp) {
  if (cp < 128) return (cp | 32) - 'a' < 26 || cp == '_' || cp - '0' < 10;
  return has(cp, P_XID_CONTINUE);
}
// Value 0..9 of a decimal digit (any script), or -1.
int decimal_value(uint32_t cp);

// Full case mappings: write 1..3 code points to out, return how many.
int to_upper(uint32_t cp, uint32_t out[3]);
int to_lower(uint32_t cp, uint32_t out[3]);
int to_title(uint32_t cp, uint32_t out[3]);
int to_fold(uint32_t cp, uint32_t out[3]);  // casefold

// Character names (the generated Unicode database, runtime/unicode_db.cpp).
// char_name: the name of cp ("LATIN SMALL LETTER A", "CJK UNIFIED IDEOGRAPH-4E00",
// "HANGUL SYLLABLE GA"), false when it has none.
bool char_name(uint32_t cp, std::string& out);
// lookup_name: the code point of a name or name alias (ASCII letters in any case).
bool lookup_name(std::string_view name, uint32_t* cp);
// Case_Ignorable (the Final_Sigma rule of str.lower).
bool is_case_ignorable(uint32_t cp);

}  // namespace rt::uni

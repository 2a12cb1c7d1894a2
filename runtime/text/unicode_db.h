// The Unicode database (Unicode 14.0.0, as CPython 3.11's) behind
// unicodedata, str's character predicates and case mappings (runtime/unicode.h),
// \N{...} escapes and the namereplace error handler.  The tables are generated
// at build time from Debian's Unicode Character Database by
// tools/gen_unicode.cpp; runtime/unicode_db.cpp reads them and
// runtime/unicode_norm.cpp normalizes with them (docs/codecs.md).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/text/unicode.h"
#include "runtime/text/unicode_props.h"

namespace rt::uni {

// What the database knows of one code point.  Unassigned code points (and
// everything above U+10FFFF) get the all-zero record: category "Cn", bidi
// "", width "F", no flags.
struct Record {
  uint8_t category, combining, bidi, eaw;
  uint16_t flags, props;
  int8_t decimal, digit;
  uint16_t numeric;
  int32_t upper, lower, title;  // simple mappings as deltas
  uint16_t ext;                 // kExtCase row when flags & F_EXT_CASE
};
const Record& record(uint32_t cp);
bool is_assigned(uint32_t cp);

// unicodedata.numeric: false when cp has no numeric value.
bool numeric_value(uint32_t cp, double* out);

// The decomposition mapping of cp: its tag (an index into kDecompTags, 0 for
// canonical) and up to 18 code points; false when it has none.
bool decomposition(uint32_t cp, int* tag, uint32_t out[18], int* n);
// The canonical composition of the pair, or 0 (Full_Composition_Exclusion
// respected; Hangul syllables are composed by the normalizer).
uint32_t compose(uint32_t first, uint32_t second);

// A named sequence (unicodedata.lookup only): false when name is not one.
bool lookup_sequence(std::string_view name, std::u32string& out);

// ---- Unicode 3.2.0 (unicodedata.ucd_3_2_0, used by IDNA's nameprep) ----
bool assigned_3_2(uint32_t cp);
// The 3.2.0 value of a property where it differs, else the 14.0.0 one.
int old_category(uint32_t cp);
int old_bidi(uint32_t cp);
int old_eaw(uint32_t cp);
int old_mirrored(uint32_t cp);
int old_decimal(uint32_t cp);  // -1: none
// A decomposition corrected after 3.2.0: the code point 3.2.0 decomposed cp to, or 0.
uint32_t old_normalization(uint32_t cp);

// ---- normalization (runtime/unicode_norm.cpp) ----
enum class NormForm { NFC, NFD, NFKC, NFKD };
// Normalize text; old: with the 3.2.0 database (unassigned characters kept).
std::u32string normalize(NormForm form, const std::u32string& text, bool old);
// The quick check: 1 yes, 0 no, -1 maybe (only a full normalization can tell).
int quick_check(NormForm form, const std::u32string& text, bool old);

}  // namespace rt::uni

// The value names of the Unicode properties unicodedata reports, shared by
// the build-time generator (tools/gen_unicode.cpp) and the database accessors
// (runtime/unicode_db.cpp): the generated tables store indexes into these
// lists.  Index 0 of each is what an unassigned code point reports.
#pragma once
#include <cstdint>

namespace rt::uni {

// General categories ("Cn" first: unassigned).
inline constexpr const char* kCategoryNames[] = {
    "Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs",
    "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So",
};
inline constexpr int kCategoryCount = sizeof(kCategoryNames) / sizeof(kCategoryNames[0]);

// Bidirectional classes ("" first: unassigned).
inline constexpr const char* kBidiNames[] = {
    "", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN",
    "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI",
};
inline constexpr int kBidiCount = sizeof(kBidiNames) / sizeof(kBidiNames[0]);

// East Asian widths (an unassigned code point reports "F", as in CPython).
inline constexpr const char* kEawNames[] = {"F", "H", "W", "Na", "A", "N"};
inline constexpr int kEawCount = sizeof(kEawNames) / sizeof(kEawNames[0]);

// Decomposition tags ("" is a canonical decomposition).
inline constexpr const char* kDecompTags[] = {
    "", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>", "<circle>", "<super>",
    "<sub>", "<vertical>", "<wide>", "<narrow>", "<small>", "<square>", "<fraction>", "<compat>",
};
inline constexpr int kDecompTagCount = sizeof(kDecompTags) / sizeof(kDecompTags[0]);

// Record flag bits (Record::flags in the generated tables).
enum RecordFlags : uint16_t {
  F_MIRRORED = 1,
  F_NFD_NO = 2,     // NFD_QC=No
  F_NFKD_NO = 4,    // NFKD_QC=No
  F_NFC_NO = 8,     // NFC_QC=No
  F_NFC_MAYBE = 16,
  F_NFKC_NO = 32,
  F_NFKC_MAYBE = 64,
  F_CASE_IGNORABLE = 128,  // Case_Ignorable (Final_Sigma)
  F_EXT_CASE = 256,        // the full case mappings are in the extended table
  F_COMP_EXCLUSION = 512,  // Full_Composition_Exclusion
};

}  // namespace rt::uni

// The Unicode database: lookups into the tables tools/gen_unicode.cpp
// generates at build time from Debian's Unicode Character Database
// (docs/codecs.md, "Where the Unicode data comes from").  One source of
// truth: str's predicates and case mappings (runtime/unicode.h), unicodedata,
// \N{...} escapes and the namereplace error handler all read these tables.
//
// A code point's record is kRecords[kIndex2[(kIndex1[cp >> 7] << 7) + (cp & 127)]];
// record 0 is the unassigned record.  Names are stored as word ids
// (one byte below 128, else two); algorithmic names (Hangul syllables, CJK
// unified ideographs) are computed.  Lookup by name binary-searches the
// names in sorted order (kNameSorted), decoding the names it compares with.
#include "runtime/text/unicode_db.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace rt::uni {

namespace {

struct ExtCase {
  uint32_t v[16];  // lower, upper, title, fold: each a count then 3 code points
};
struct Fraction {
  int64_t num, den;
};
struct Composition {
  uint32_t first, second, composite;
};
struct Alias {
  const char* name;
  uint32_t cp;
};
struct NamedSeq {
  const char* name;
  int n;
  uint32_t cps[4];
};
struct OldChange {
  uint32_t cp;
  int8_t category, bidi, eaw, mirrored, decimal;  // -1 (decimal: -2): unchanged
};

#include "unicode_db.inc"

constexpr size_t count_of(const auto& a) { return sizeof(a) / sizeof(a[0]); }

int map_case(uint32_t cp, uint32_t out[3], int which) {
  const Record& r = record(cp);
  if (r.flags & F_EXT_CASE) {
    const uint32_t* row = kExtCase[r.ext].v + 4 * which;
    int n = int(row[0]);
    for (int k = 0; k < n; k++) out[k] = row[1 + k];
    return n;
  }
  int32_t delta = which == 0 ? r.lower : which == 1 ? r.upper : which == 2 ? r.title : r.lower;
  out[0] = uint32_t(int32_t(cp) + delta);
  return 1;
}

// ---- names ----
constexpr uint32_t kSBase = 0xAC00, kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount,
                   kSCount = kLCount * kNCount;

bool is_cjk_unified(uint32_t cp) {
  for (auto& r : kCJKRanges)
    if (cp >= r[0] && cp <= r[1]) return true;
  return false;
}

void decode_name(size_t i, std::string& out) {
  out.clear();
  for (uint32_t p = kNameOffset[i]; p < kNameOffset[i + 1];) {
    uint32_t id = kNameData[p++];
    if (id & 0x80) id = ((id & 0x7F) << 8) | kNameData[p++];
    if (!out.empty()) out.push_back(' ');
    out += kWords + kWordOffset[id];
  }
}

// The longest jamo short name of table (n entries) at the start of s.
int match_jamo(std::string_view& s, const char* const* table, int n) {
  int best = -1;
  size_t best_len = 0;
  for (int i = 0; i < n; i++) {
    size_t len = strlen(table[i]);
    if (len >= best_len && s.compare(0, len, table[i]) == 0 && (best < 0 || len > best_len)) {
      best = i;
      best_len = len;
    }
  }
  if (best >= 0) s.remove_prefix(best_len);
  return best;
}

std::string upper_ascii(std::string_view s) {
  std::string u(s);
  for (char& c : u)
    if (c >= 'a' && c <= 'z') c = char(c - 32);
  return u;
}

}  // namespace

// ---- records ---------------------------------------------------------------------------------
const Record& record(uint32_t cp) {
  if (cp > 0x10FFFF) return kRecords[0];
  return kRecords[kIndex2[(uint32_t(kIndex1[cp >> kShift]) << kShift) + (cp & ((1u << kShift) - 1))]];
}

bool is_assigned(uint32_t cp) { return &record(cp) != &kRecords[0]; }

uint16_t props(uint32_t cp) { return record(cp).props; }

int decimal_value(uint32_t cp) { return record(cp).decimal; }

bool is_case_ignorable(uint32_t cp) { return (record(cp).flags & F_CASE_IGNORABLE) != 0; }

int to_lower(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = cp - 'A' < 26 ? cp + 32 : cp;
    return 1;
  }
  return map_case(cp, out, 0);
}
int to_upper(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = cp - 'a' < 26 ? cp - 32 : cp;
    return 1;
  }
  return map_case(cp, out, 1);
}
int to_title(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = cp - 'a' < 26 ? cp - 32 : cp;
    return 1;
  }
  return map_case(cp, out, 2);
}
int to_fold(uint32_t cp, uint32_t out[3]) {
  if (cp < 128) {
    out[0] = cp - 'A' < 26 ? cp + 32 : cp;
    return 1;
  }
  return map_case(cp, out, 3);
}

bool numeric_value(uint32_t cp, double* out) {
  const Record& r = record(cp);
  if (!r.numeric) return false;
  *out = double(kNumeric[r.numeric].num) / double(kNumeric[r.numeric].den);
  return true;
}

// ---- decomposition and composition --------------------------------------------------------------
bool decomposition(uint32_t cp, int* tag, uint32_t out[18], int* n) {
  const uint32_t* end = kDecompCp + count_of(kDecompCp);
  const uint32_t* p = std::lower_bound(kDecompCp, end, cp);
  if (p == end || *p != cp) return false;
  const uint32_t* d = kDecompData + kDecompOffset[p - kDecompCp];
  *tag = int(d[0] >> 8);
  *n = int(d[0] & 0xFF);
  for (int k = 0; k < *n; k++) out[k] = d[1 + k];
  return true;
}

uint32_t compose(uint32_t first, uint32_t second) {
  const Composition* end = kComp + count_of(kComp);
  const Composition* p = std::lower_bound(kComp, end, std::make_pair(first, second),
                                          [](const Composition& c, const std::pair<uint32_t, uint32_t>& k) {
                                            return c.first < k.first || (c.first == k.first && c.second < k.second);
                                          });
  if (p != end && p->first == first && p->second == second) return p->composite;
  return 0;
}

// ---- names ------------------------------------------------------------------------------------------
bool char_name(uint32_t cp, std::string& out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    uint32_t s = cp - kSBase;
    out = "HANGUL SYLLABLE ";
    out += kJamoL[s / kNCount];
    out += kJamoV[(s % kNCount) / kTCount];
    out += kJamoT[s % kTCount];
    return true;
  }
  if (is_cjk_unified(cp)) {
    char buf[40];
    snprintf(buf, sizeof buf, "CJK UNIFIED IDEOGRAPH-%X", cp);
    out = buf;
    return true;
  }
  const uint32_t* end = kNameCp + count_of(kNameCp);
  const uint32_t* p = std::lower_bound(kNameCp, end, cp);
  if (p == end || *p != cp) return false;
  decode_name(size_t(p - kNameCp), out);
  return true;
}

bool lookup_name(std::string_view given, uint32_t* cp) {
  std::string name = upper_ascii(given);
  std::string_view v(name);
  if (v.compare(0, 16, "HANGUL SYLLABLE ") == 0) {
    v.remove_prefix(16);
    int l = match_jamo(v, kJamoL, kLCount);
    int m = match_jamo(v, kJamoV, kVCount);
    int t = match_jamo(v, kJamoT, kTCount);
    if (l >= 0 && m >= 0 && t >= 0 && v.empty()) {
      *cp = kSBase + (uint32_t(l) * kVCount + uint32_t(m)) * kTCount + uint32_t(t);
      return true;
    }
    return false;
  }
  if (v.compare(0, 22, "CJK UNIFIED IDEOGRAPH-") == 0) {
    std::string_view hex = v.substr(22);
    if (hex.size() != 4 && hex.size() != 5) return false;
    uint32_t value = 0;
    for (char c : hex) {
      if (c >= '0' && c <= '9') value = value * 16 + uint32_t(c - '0');
      else if (c >= 'A' && c <= 'F') value = value * 16 + uint32_t(c - 'A' + 10);
      else return false;
    }
    if (!is_cjk_unified(value)) return false;
    *cp = value;
    return true;
  }
  std::string tmp;
  const uint32_t* end = kNameSorted + count_of(kNameSorted);
  const uint32_t* p = std::lower_bound(kNameSorted, end, name, [&](uint32_t idx, const std::string& key) {
    decode_name(idx, tmp);
    return tmp < key;
  });
  if (p != end) {
    decode_name(*p, tmp);
    if (tmp == name) {
      *cp = kNameCp[*p];
      return true;
    }
  }
  const Alias* aend = kAliases + count_of(kAliases);
  const Alias* a = std::lower_bound(kAliases, aend, name,
                                    [](const Alias& e, const std::string& key) { return e.name < key; });
  if (a != aend && name == a->name) {
    *cp = a->cp;
    return true;
  }
  return false;
}

bool lookup_sequence(std::string_view given, std::u32string& out) {
  std::string name = upper_ascii(given);
  const NamedSeq* end = kNamedSeqs + count_of(kNamedSeqs);
  const NamedSeq* s = std::lower_bound(kNamedSeqs, end, name,
                                       [](const NamedSeq& e, const std::string& key) { return e.name < key; });
  if (s == end || name != s->name) return false;
  out.assign(s->cps, s->cps + s->n);
  return true;
}

// ---- Unicode 3.2.0 ----------------------------------------------------------------------------------
bool assigned_3_2(uint32_t cp) {
  // kAssigned32 holds [lo, hi] pairs in order.
  size_t n = count_of(kAssigned32) / 2;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kAssigned32[2 * mid + 1] < cp) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && kAssigned32[2 * lo] <= cp;
}

namespace {
const OldChange* old_change(uint32_t cp) {
  const OldChange* end = kOld + count_of(kOld);
  const OldChange* p = std::lower_bound(kOld, end, cp, [](const OldChange& c, uint32_t k) { return c.cp < k; });
  return p != end && p->cp == cp ? p : nullptr;
}
}  // namespace

int old_category(uint32_t cp) {
  if (!assigned_3_2(cp)) return 0;
  const OldChange* c = old_change(cp);
  return c && c->category >= 0 ? c->category : record(cp).category;
}
int old_bidi(uint32_t cp) {
  if (!assigned_3_2(cp)) return 0;
  const OldChange* c = old_change(cp);
  return c && c->bidi >= 0 ? c->bidi : record(cp).bidi;
}
int old_eaw(uint32_t cp) {
  if (!assigned_3_2(cp)) return 0;
  const OldChange* c = old_change(cp);
  return c && c->eaw >= 0 ? c->eaw : record(cp).eaw;
}
int old_mirrored(uint32_t cp) {
  if (!assigned_3_2(cp)) return 0;
  const OldChange* c = old_change(cp);
  return c && c->mirrored >= 0 ? c->mirrored : (record(cp).flags & F_MIRRORED ? 1 : 0);
}
int old_decimal(uint32_t cp) {
  if (!assigned_3_2(cp)) return -1;
  const OldChange* c = old_change(cp);
  return c && c->decimal != -2 ? c->decimal : record(cp).decimal;
}
uint32_t old_normalization(uint32_t cp) {
  for (auto& e : kOldNormalization)
    if (e[0] == cp) return e[1];
  return 0;
}

}  // namespace rt::uni

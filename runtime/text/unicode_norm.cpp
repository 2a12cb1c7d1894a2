// Unicode normalization (NFC, NFD, NFKC, NFKD; UAX #15) over the generated
// database, for unicodedata.normalize / is_normalized (docs/codecs.md).
//
// Decomposition replaces every character by its full decomposition
// (canonical only for NFD/NFC, compatibility too for NFKD/NFKC; Hangul
// syllables algorithmically), then sorts each run of non-starters stably by
// combining class.  Composition walks the decomposed text: each starter
// absorbs every later character that is not blocked (no character of the
// same or a higher non-zero class, and no starter, in between) and forms a
// primary composite with it; Hangul L+V(+T) become syllables.
//
// With the 3.2.0 database (ucd_3_2_0, used by IDNA), characters unassigned
// in 3.2.0 are left alone and the decompositions corrected after 3.2.0 are
// undone; quick checks are disabled as in CPython.
#include <algorithm>
#include <cstddef>
#include <vector>

#include "runtime/text/unicode_db.h"

namespace rt::uni {

namespace {

constexpr uint32_t SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
constexpr uint32_t LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

bool compat(NormForm f) { return f == NormForm::NFKC || f == NormForm::NFKD; }
bool composes(NormForm f) { return f == NormForm::NFC || f == NormForm::NFKC; }

std::u32string decompose(const std::u32string& in, bool k, bool old) {
  std::u32string out;
  out.reserve(in.size());
  std::vector<uint32_t> stack;
  uint32_t buf[18];
  for (char32_t c0 : in) {
    stack.push_back(uint32_t(c0));
    while (!stack.empty()) {
      uint32_t c = stack.back();
      stack.pop_back();
      if (c >= SBase && c < SBase + SCount) {
        uint32_t s = c - SBase;
        out.push_back(char32_t(LBase + s / NCount));
        out.push_back(char32_t(VBase + (s % NCount) / TCount));
        if (s % TCount) out.push_back(char32_t(TBase + s % TCount));
        continue;
      }
      if (old) {
        if (uint32_t v = old_normalization(c)) {
          stack.push_back(v);
          continue;
        }
        if (!assigned_3_2(c)) {
          out.push_back(char32_t(c));
          continue;
        }
      }
      int tag, n;
      if (!decomposition(c, &tag, buf, &n) || (tag != 0 && !k)) {
        out.push_back(char32_t(c));
        continue;
      }
      for (int j = n - 1; j >= 0; j--) stack.push_back(buf[j]);
    }
  }
  // Canonical ordering: each run of non-starters, stably by combining class.
  for (size_t i = 0; i < out.size();) {
    if (record(uint32_t(out[i])).combining == 0) {
      i++;
      continue;
    }
    size_t j = i;
    while (j < out.size() && record(uint32_t(out[j])).combining != 0) j++;
    std::stable_sort(out.begin() + std::ptrdiff_t(i), out.begin() + std::ptrdiff_t(j), [](char32_t a, char32_t b) {
      return record(uint32_t(a)).combining < record(uint32_t(b)).combining;
    });
    i = j;
  }
  return out;
}

std::u32string compose_all(const std::u32string& in) {
  std::u32string out;
  out.reserve(in.size());
  std::vector<bool> used(in.size(), false);
  size_t n = in.size();
  for (size_t i = 0; i < n; i++) {
    if (used[i]) continue;
    uint32_t c = uint32_t(in[i]);
    if (c >= LBase && c < LBase + LCount && i + 1 < n && uint32_t(in[i + 1]) >= VBase &&
        uint32_t(in[i + 1]) < VBase + VCount) {
      uint32_t s = SBase + ((c - LBase) * VCount + (uint32_t(in[i + 1]) - VBase)) * TCount;
      i++;
      if (i + 1 < n && uint32_t(in[i + 1]) > TBase && uint32_t(in[i + 1]) < TBase + TCount) {
        s += uint32_t(in[i + 1]) - TBase;
        i++;
      }
      out.push_back(char32_t(s));
      continue;
    }
    uint32_t starter = c;
    int last_class = 0;  // the highest class seen since the starter among characters left in place
    for (size_t j = i + 1; j < n; j++) {
      if (used[j]) continue;
      uint32_t c1 = uint32_t(in[j]);
      int cc = record(c1).combining;
      if (last_class) {
        if (cc == 0) break;
        if (last_class >= cc) continue;  // blocked
      }
      uint32_t comp = compose(starter, c1);
      if (!comp) {
        if (cc == 0) break;
        last_class = cc;
        continue;
      }
      starter = comp;
      used[j] = true;
    }
    out.push_back(char32_t(starter));
  }
  return out;
}

}  // namespace

std::u32string normalize(NormForm form, const std::u32string& text, bool old) {
  std::u32string d = decompose(text, compat(form), old);
  return composes(form) ? compose_all(d) : d;
}

int quick_check(NormForm form, const std::u32string& text, bool old) {
  if (old) return -1;
  uint16_t no = 0, maybe = 0;
  switch (form) {
    case NormForm::NFD: no = F_NFD_NO; break;
    case NormForm::NFKD: no = F_NFKD_NO; break;
    case NormForm::NFC: no = F_NFC_NO; maybe = F_NFC_MAYBE; break;
    case NormForm::NFKC: no = F_NFKC_NO; maybe = F_NFKC_MAYBE; break;
  }
  int result = 1;
  int prev = 0;
  for (char32_t c : text) {
    if (c < 0x80) {
      prev = 0;
      continue;
    }
    const Record& r = record(uint32_t(c));
    if (r.combining && prev > r.combining) return 0;
    prev = r.combining;
    if (r.flags & no) return 0;
    if (r.flags & maybe) result = -1;
  }
  return result;
}

}  // namespace rt::uni

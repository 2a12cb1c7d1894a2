// pyglass_gen_unicode: generates pyglass's Unicode database at build time
// (docs/codecs.md, "Where the Unicode data comes from").
//
//   pyglass_gen_unicode UCD_DIR UNIHAN_NUMERIC DELTA OUT
//
// reads the Unicode Character Database files Debian's unicode-data package
// installs (UCD_DIR, normally /usr/share/unicode), the decompressed
// Unihan_NumericValues.txt, and tools/unicode/ucd_delta.txt, and writes OUT:
// C++ tables that runtime/text/unicode_db.cpp includes.  The database is the one
// CPython 3.11 uses, Unicode 14.0.0: characters whose Age is newer are left
// out, and the delta file (tools/unicode/gen_ucd_delta.py) drops the few name
// aliases 14.0.0 did not have, restores the 14.0.0 value of the few derived
// properties 15.0.0 changed, and gives unicodedata.ucd_3_2_0's differences.
//
// Tables written (all indexes are 0-based):
//   kIndex1/kIndex2   two-level map code point -> record (blocks of 128)
//   kRecords          category, combining class, bidi, east asian width, the
//                     flags of unicode_props.h, str's property bits (unicode.h
//                     Prop), decimal/digit, a numeric-value index, and the
//                     simple case mappings as deltas
//   kExtCase          full case mappings (SpecialCasing, CaseFolding C+F)
//   kNumeric          numeric values as numerator/denominator
//   kDecomp*          decompositions (tag, code points)
//   kComp*            canonical compositions (pairs -> composite)
//   kWord*, kName*    character names: a word list and each name as word ids,
//                     with an index sorted by name for lookup
//   kAliases, kNamedSeqs, kCJKRanges, kAssigned32 (characters assigned in
//   3.2.0), kOld (3.2.0 property changes), kOldNormalization
#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/text/unicode.h"
#include "runtime/text/unicode_props.h"

namespace {

using namespace rt::uni;

constexpr uint32_t kMax = 0x110000;

[[noreturn]] void die(const std::string& msg) {
  std::fprintf(stderr, "pyglass_gen_unicode: %s\n", msg.c_str());
  std::exit(1);
}

std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

std::vector<uint32_t> hex_list(const std::string& s) {
  std::vector<uint32_t> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(uint32_t(std::stoul(w, nullptr, 16)));
  return out;
}

// Each data line of a UCD file, without its comment: (first, last, fields after the range).
template <class F>
void for_each_line(const std::string& path, F fn) {
  std::ifstream in(path);
  if (!in) die("cannot read " + path + " (install Debian's unicode-data package)");
  std::string line;
  while (std::getline(in, line)) {
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    line = trim(line);
    if (line.empty() || line[0] == '@') continue;
    std::vector<std::string> f = split(line, ';');
    for (auto& x : f) x = trim(x);
    std::string range = f[0];
    size_t dots = range.find("..");
    uint32_t lo = uint32_t(std::stoul(range.substr(0, dots), nullptr, 16));
    uint32_t hi = dots == std::string::npos ? lo : uint32_t(std::stoul(range.substr(dots + 2), nullptr, 16));
    f.erase(f.begin());
    fn(lo, hi, f);
  }
}

int index_of(const char* const* names, int n, const std::string& v) {
  for (int i = 0; i < n; i++)
    if (v == names[i]) return i;
  die("unknown property value '" + v + "'");
}

// One code point (1.1 million of them: kept small; strings and multi-code-point
// mappings live in side tables, -1 meaning none).
struct Char {
  bool assigned = false, mirrored = false;
  bool lowercase = false, uppercase = false, cased = false, case_ignorable = false, xid_start = false,
       xid_continue = false;
  uint8_t category = 0, combining = 0, bidi = 0, eaw = 0;
  int8_t decimal = -1, digit = -1;
  uint16_t flags = 0;
  int32_t name = -1, decomp = -1, numeric = -1, special = -1, fold = -1;
  uint32_t upper = 0, lower = 0, title = 0;  // simple mappings (the char itself when none)
};
std::vector<std::string> g_names, g_decomps, g_numerics;
// SpecialCasing: lower, title, upper.
std::vector<std::vector<std::vector<uint32_t>>> g_special;
std::vector<std::vector<uint32_t>> g_folds;
int32_t intern_string(std::vector<std::string>& v, const std::string& s) {
  v.push_back(s);
  return int32_t(v.size() - 1);
}

struct Record {
  int category, combining, bidi, eaw;
  uint16_t flags, props;
  int decimal, digit, numeric;
  int32_t du, dl, dt;
  int ext;
  auto key() const {
    return std::make_tuple(category, combining, bidi, eaw, flags, props, decimal, digit, numeric, du, dl, dt, ext);
  }
  bool operator<(const Record& o) const { return key() < o.key(); }
};

std::pair<int64_t, int64_t> parse_fraction(const std::string& s) {
  size_t slash = s.find('/');
  if (slash == std::string::npos) return {std::stoll(s), 1};
  return {std::stoll(s.substr(0, slash)), std::stoll(s.substr(slash + 1))};
}

// Write an array of integers, 16 per line.
template <class T>
void emit_array(FILE* out, const char* type, const char* name, const std::vector<T>& v) {
  std::fprintf(out, "const %s %s[] = {", type, name);
  for (size_t i = 0; i < v.size(); i++) {
    if (i % 16 == 0) std::fprintf(out, "\n   ");
    std::fprintf(out, " %lld,", static_cast<long long>(v[i]));
  }
  if (v.empty()) std::fprintf(out, "0");
  std::fprintf(out, "\n};\n");
}

std::string c_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) die("usage: pyglass_gen_unicode UCD_DIR UNIHAN_NUMERIC DELTA OUT");
  std::string ucd = argv[1];
  std::vector<Char> ch(kMax);

  // ---- ages: 14.0 for the database, 3.2 for ucd_3_2_0 ----
  std::vector<uint16_t> age(kMax, 0xFFFF);  // major*100 + minor; 0xFFFF unassigned
  for_each_line(ucd + "/DerivedAge.txt", [&](uint32_t lo, uint32_t hi, auto& f) {
    std::vector<std::string> v = split(f[0], '.');
    uint16_t a = uint16_t(std::stoi(v[0]) * 100 + std::stoi(v[1]));
    for (uint32_t c = lo; c <= hi; c++) age[c] = a;
  });
  auto in14 = [&](uint32_t c) { return age[c] <= 1400; };

  // ---- UnicodeData.txt ----
  std::vector<std::pair<uint32_t, uint32_t>> cjk_ranges;
  {
    std::ifstream in(ucd + "/UnicodeData.txt");
    if (!in) die("cannot read " + ucd + "/UnicodeData.txt (install Debian's unicode-data package)");
    std::string line;
    uint32_t first = 0;
    while (std::getline(in, line)) {
      std::vector<std::string> f = split(line, ';');
      if (f.size() < 15) continue;
      uint32_t code = uint32_t(std::stoul(f[0], nullptr, 16));
      uint32_t lo = code, hi = code;
      std::string name = f[1];
      bool range = false;
      if (name.size() > 6 && name.substr(name.size() - 6) == "First>") {
        first = code;
        continue;
      }
      if (name.size() > 6 && name.substr(name.size() - 5) == "Last>") {
        lo = first;
        range = true;
        if (name.find("CJK Ideograph") != std::string::npos) {
          uint32_t end = lo;
          while (end + 1 <= hi && in14(end + 1)) end++;
          if (in14(lo)) cjk_ranges.push_back({lo, end});
        }
      }
      for (uint32_t c = lo; c <= hi; c++) {
        if (!in14(c)) continue;
        Char& x = ch[c];
        x.assigned = true;
        if (!range && name[0] != '<') x.name = intern_string(g_names, name);
        x.category = uint8_t(index_of(kCategoryNames, kCategoryCount, f[2]));
        x.combining = uint8_t(std::stoi(f[3]));
        x.bidi = uint8_t(index_of(kBidiNames, kBidiCount, f[4]));
        if (!f[5].empty()) x.decomp = intern_string(g_decomps, f[5]);
        if (!f[6].empty()) x.decimal = int8_t(std::stoi(f[6]));
        if (!f[7].empty()) x.digit = int8_t(std::stoi(f[7]));
        if (!f[8].empty()) x.numeric = intern_string(g_numerics, f[8]);
        x.mirrored = f[9] == "Y";
        x.upper = f[12].empty() ? c : uint32_t(std::stoul(f[12], nullptr, 16));
        x.lower = f[13].empty() ? c : uint32_t(std::stoul(f[13], nullptr, 16));
        x.title = f[14].empty() ? x.upper : uint32_t(std::stoul(f[14], nullptr, 16));
        x.eaw = uint8_t(index_of(kEawNames, kEawCount, "N"));
      }
    }
  }
  // ---- East Asian width (assigned characters only: others report "F") ----
  for_each_line(ucd + "/EastAsianWidth.txt", [&](uint32_t lo, uint32_t hi, auto& f) {
    int w = index_of(kEawNames, kEawCount, f[0]);
    for (uint32_t c = lo; c <= hi; c++)
      if (ch[c].assigned) ch[c].eaw = uint8_t(w);
  });
  // ---- derived core properties ----
  for_each_line(ucd + "/DerivedCoreProperties.txt", [&](uint32_t lo, uint32_t hi, auto& f) {
    const std::string& p = f[0];
    for (uint32_t c = lo; c <= hi; c++) {
      if (!ch[c].assigned) continue;
      if (p == "Lowercase") ch[c].lowercase = true;
      else if (p == "Uppercase") ch[c].uppercase = true;
      else if (p == "Cased") ch[c].cased = true;
      else if (p == "Case_Ignorable") ch[c].case_ignorable = true;
      else if (p == "XID_Start") ch[c].xid_start = true;
      else if (p == "XID_Continue") ch[c].xid_continue = true;
    }
  });
  // ---- normalization properties ----
  for_each_line(ucd + "/DerivedNormalizationProps.txt", [&](uint32_t lo, uint32_t hi, auto& f) {
    const std::string& p = f[0];
    std::string v = f.size() > 1 ? f[1] : "";
    uint16_t bit = 0;
    if (p == "Full_Composition_Exclusion") bit = F_COMP_EXCLUSION;
    else if (p == "NFD_QC" && v == "N") bit = F_NFD_NO;
    else if (p == "NFKD_QC" && v == "N") bit = F_NFKD_NO;
    else if (p == "NFC_QC") bit = v == "N" ? F_NFC_NO : F_NFC_MAYBE;
    else if (p == "NFKC_QC") bit = v == "N" ? F_NFKC_NO : F_NFKC_MAYBE;
    if (!bit) return;
    for (uint32_t c = lo; c <= hi; c++)
      if (ch[c].assigned) ch[c].flags |= bit;
  });
  // ---- full case mappings (unconditional SpecialCasing; CaseFolding C and F) ----
  for_each_line(ucd + "/SpecialCasing.txt", [&](uint32_t lo, uint32_t, auto& f) {
    if (f.size() >= 4 && !f[3].empty()) return;  // conditional mappings are not CPython's
    if (!ch[lo].assigned) return;
    g_special.push_back({hex_list(f[0]), hex_list(f[1]), hex_list(f[2])});
    ch[lo].special = int32_t(g_special.size() - 1);
  });
  for_each_line(ucd + "/CaseFolding.txt", [&](uint32_t lo, uint32_t, auto& f) {
    if ((f[0] == "C" || f[0] == "F") && ch[lo].assigned) {
      g_folds.push_back(hex_list(f[1]));
      ch[lo].fold = int32_t(g_folds.size() - 1);
    }
  });
  // ---- Unihan numeric values ----
  {
    std::ifstream in(argv[2]);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f = split(line, '\t');
      if (f.size() < 3 || f[0].compare(0, 2, "U+") != 0) continue;
      if (f[1] != "kAccountingNumeric" && f[1] != "kOtherNumeric" && f[1] != "kPrimaryNumeric") continue;
      uint32_t c = uint32_t(std::stoul(f[0].substr(2), nullptr, 16));
      std::string v = trim(f[2]);
      v.erase(std::remove(v.begin(), v.end(), ','), v.end());
      if (ch[c].assigned) ch[c].numeric = intern_string(g_numerics, v);
    }
  }

  // ---- the delta file ----
  std::set<std::pair<uint32_t, std::string>> drop_aliases;
  std::set<std::string> drop_sequences;
  struct Old {
    int category = -1, bidi = -1, eaw = -1, mirrored = -1, decimal = -2;
  };
  std::map<uint32_t, Old> old;
  {
    std::ifstream in(argv[3]);
    if (!in) die(std::string("cannot read ") + argv[3]);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f = split(line, ';');
      if (f[0] == "drop-alias") {
        drop_aliases.insert({uint32_t(std::stoul(f[1], nullptr, 16)), f[2]});
      } else if (f[0] == "drop-sequence") {
        drop_sequences.insert(f[1]);
      } else if (f[0] == "prop") {
        Char& x = ch[uint32_t(std::stoul(f[1], nullptr, 16))];
        bool v = f[3] == "1";
        if (f[2] == "Lowercase") x.lowercase = v;
        else if (f[2] == "Uppercase") x.uppercase = v;
        else if (f[2] == "Cased") x.cased = v;
        else if (f[2] == "Case_Ignorable") x.case_ignorable = v;
        else if (f[2] == "XID_Start") x.xid_start = v;
        else if (f[2] == "XID_Continue") x.xid_continue = v;
        else die("bad delta line: " + line);
      } else if (f[0] == "old") {
        Old& o = old[uint32_t(std::stoul(f[1], nullptr, 16))];
        if (f[2] == "category") o.category = index_of(kCategoryNames, kCategoryCount, f[3]);
        else if (f[2] == "bidi") o.bidi = index_of(kBidiNames, kBidiCount, f[3]);
        else if (f[2] == "eaw") o.eaw = index_of(kEawNames, kEawCount, f[3]);
        else if (f[2] == "mirrored") o.mirrored = std::stoi(f[3]);
        else if (f[2] == "decimal") o.decimal = f[3] == "-" ? -1 : std::stoi(f[3]);
        else die("bad delta line: " + line);
      } else {
        die("bad delta line: " + line);
      }
    }
  }

  // ---- numeric values ----
  std::vector<std::pair<int64_t, int64_t>> numerics = {{0, 1}};  // index 0: none
  std::map<std::string, int> numeric_index;
  // ---- extended case mappings ----
  std::vector<std::vector<uint32_t>> ext_rows;  // each: lower, upper, title, fold with counts
  std::map<std::vector<uint32_t>, int> ext_index;
  // ---- records ----
  std::vector<Record> recs;
  std::map<Record, int> rec_index;
  Record none{};
  none.decimal = none.digit = -1;
  recs.push_back(none);
  rec_index[none] = 0;
  std::vector<uint16_t> cp_record(kMax, 0);
  for (uint32_t c = 0; c < kMax; c++) {
    const Char& x = ch[c];
    if (!x.assigned) continue;
    Record r{};
    r.category = x.category;
    r.combining = x.combining;
    r.bidi = x.bidi;
    r.eaw = x.eaw;
    r.flags = x.flags;
    if (x.mirrored) r.flags |= F_MIRRORED;
    if (x.case_ignorable) r.flags |= F_CASE_IGNORABLE;
    const std::string cat = kCategoryNames[x.category];
    uint16_t p = 0;
    if (cat == "Lm" || cat == "Lt" || cat == "Lu" || cat == "Ll" || cat == "Lo") p |= P_ALPHA;
    if (x.decimal >= 0) p |= P_DECIMAL;
    if (x.digit >= 0) p |= P_DIGIT;
    if (x.numeric >= 0) p |= P_NUMERIC;
    if (cat == "Zs" || x.bidi == index_of(kBidiNames, kBidiCount, "WS") ||
        x.bidi == index_of(kBidiNames, kBidiCount, "B") || x.bidi == index_of(kBidiNames, kBidiCount, "S"))
      p |= P_SPACE;
    if (c == ' ' || (cat[0] != 'C' && cat[0] != 'Z')) p |= P_PRINTABLE;
    if (x.uppercase) p |= P_UPPER;
    if (x.lowercase) p |= P_LOWER;
    if (cat == "Lt") p |= P_TITLE;
    if (x.xid_start) p |= P_XID_START;
    if (x.xid_continue) p |= P_XID_CONTINUE;
    if (x.cased) p |= P_CASED;
    r.props = p;
    r.decimal = x.decimal;
    r.digit = x.digit;
    r.numeric = 0;
    if (x.numeric >= 0) {
      const std::string& num = g_numerics[size_t(x.numeric)];
      auto it = numeric_index.find(num);
      if (it == numeric_index.end()) {
        it = numeric_index.emplace(num, int(numerics.size())).first;
        numerics.push_back(parse_fraction(num));
      }
      r.numeric = it->second;
    }
    r.du = int32_t(x.upper) - int32_t(c);
    r.dl = int32_t(x.lower) - int32_t(c);
    r.dt = int32_t(x.title) - int32_t(c);
    r.ext = 0;
    std::vector<uint32_t> full_lower{x.lower}, full_upper{x.upper}, full_title{x.title};
    if (x.special >= 0) {
      full_lower = g_special[size_t(x.special)][0];
      full_title = g_special[size_t(x.special)][1];
      full_upper = g_special[size_t(x.special)][2];
    }
    // Code points CaseFolding.txt does not list fold to themselves.
    std::vector<uint32_t> fold = x.fold >= 0 ? g_folds[size_t(x.fold)] : std::vector<uint32_t>{c};
    bool ext = full_lower != std::vector<uint32_t>{x.lower} || full_upper != std::vector<uint32_t>{x.upper} ||
               full_title != std::vector<uint32_t>{x.title} || fold != full_lower;
    if (ext) {
      std::vector<uint32_t> row;
      for (auto* m : {&full_lower, &full_upper, &full_title, &fold}) {
        if (m->size() > 3) die("case mapping longer than 3");
        row.push_back(uint32_t(m->size()));
        for (int k = 0; k < 3; k++) row.push_back(k < int(m->size()) ? (*m)[size_t(k)] : 0);
      }
      auto it = ext_index.find(row);
      if (it == ext_index.end()) {
        it = ext_index.emplace(row, int(ext_rows.size())).first;
        ext_rows.push_back(row);
      }
      r.ext = it->second;
      r.flags |= F_EXT_CASE;
    }
    auto it = rec_index.find(r);
    if (it == rec_index.end()) {
      it = rec_index.emplace(r, int(recs.size())).first;
      recs.push_back(r);
    }
    if (it->second > 0xFFFF) die("too many records");
    cp_record[c] = uint16_t(it->second);
  }
  // Two-level index: blocks of 128 code points, identical blocks shared.
  constexpr int kShift = 7;
  std::vector<uint16_t> index1, index2;
  std::map<std::vector<uint16_t>, int> blocks;
  for (uint32_t b = 0; b < (kMax >> kShift); b++) {
    std::vector<uint16_t> blk(cp_record.begin() + (b << kShift), cp_record.begin() + ((b + 1) << kShift));
    auto it = blocks.find(blk);
    if (it == blocks.end()) {
      it = blocks.emplace(blk, int(index2.size() >> kShift)).first;
      index2.insert(index2.end(), blk.begin(), blk.end());
    }
    index1.push_back(uint16_t(it->second));
  }

  // ---- decompositions ----
  std::vector<uint32_t> decomp_cp, decomp_offset, decomp_data;
  std::vector<std::tuple<uint32_t, uint32_t, uint32_t>> comps;  // first, second, composite
  for (uint32_t c = 0; c < kMax; c++) {
    const Char& x = ch[c];
    if (!x.assigned || x.decomp < 0) continue;
    std::string d = g_decomps[size_t(x.decomp)];
    int tag = 0;
    if (d[0] == '<') {
      size_t close = d.find('>');
      tag = index_of(kDecompTags, kDecompTagCount, d.substr(0, close + 1));
      d = d.substr(close + 1);
    }
    std::vector<uint32_t> cps = hex_list(d);
    decomp_cp.push_back(c);
    decomp_offset.push_back(uint32_t(decomp_data.size()));
    decomp_data.push_back(uint32_t(tag) << 8 | uint32_t(cps.size()));
    decomp_data.insert(decomp_data.end(), cps.begin(), cps.end());
    if (tag == 0 && cps.size() == 2 && !(x.flags & F_COMP_EXCLUSION)) comps.push_back({cps[0], cps[1], c});
  }
  std::sort(comps.begin(), comps.end());

  // ---- names ----
  std::map<std::string, int> word_count;
  std::vector<uint32_t> named;
  auto name_of = [&](uint32_t c) -> const std::string& { return g_names[size_t(ch[c].name)]; };
  for (uint32_t c = 0; c < kMax; c++) {
    if (ch[c].name < 0) continue;
    named.push_back(c);
    for (const std::string& w : split(name_of(c), ' ')) word_count[w]++;
  }
  std::vector<std::pair<int, std::string>> by_freq;
  for (auto& [w, n] : word_count) by_freq.push_back({-n, w});
  std::sort(by_freq.begin(), by_freq.end());
  if (by_freq.size() >= 32768) die("too many words");
  std::map<std::string, int> word_id;
  std::string words_blob;
  std::vector<uint32_t> word_offset;
  for (size_t i = 0; i < by_freq.size(); i++) {
    word_id[by_freq[i].second] = int(i);
    word_offset.push_back(uint32_t(words_blob.size()));
    words_blob += by_freq[i].second;
    words_blob.push_back('\0');
  }
  std::vector<uint8_t> name_data;
  std::vector<uint32_t> name_offset;
  for (uint32_t c : named) {
    name_offset.push_back(uint32_t(name_data.size()));
    for (const std::string& w : split(name_of(c), ' ')) {
      int id = word_id[w];
      if (id < 128) {
        name_data.push_back(uint8_t(id));
      } else {
        name_data.push_back(uint8_t(0x80 | (id >> 8)));
        name_data.push_back(uint8_t(id & 0xFF));
      }
    }
  }
  name_offset.push_back(uint32_t(name_data.size()));
  std::vector<uint32_t> name_sorted(named.size());
  for (size_t i = 0; i < named.size(); i++) name_sorted[i] = uint32_t(i);
  std::sort(name_sorted.begin(), name_sorted.end(),
            [&](uint32_t a, uint32_t b) { return name_of(named[a]) < name_of(named[b]); });

  // ---- aliases and named sequences ----
  std::vector<std::pair<std::string, uint32_t>> aliases;
  for_each_line(ucd + "/NameAliases.txt", [&](uint32_t lo, uint32_t, auto& f) {
    if (!in14(lo) || drop_aliases.count({lo, f[0]})) return;
    aliases.push_back({f[0], lo});
  });
  std::sort(aliases.begin(), aliases.end());
  std::vector<std::pair<std::string, std::vector<uint32_t>>> seqs;
  {
    std::ifstream in(ucd + "/NamedSequences.txt");
    if (!in) die("cannot read NamedSequences.txt");
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f = split(line, ';');
      if (f.size() < 2) continue;
      std::string name = trim(f[0]);
      std::vector<uint32_t> cps = hex_list(f[1]);
      if (drop_sequences.count(name)) continue;
      bool ok = true;
      for (uint32_t c : cps) ok = ok && in14(c);
      if (ok) seqs.push_back({name, cps});
    }
  }
  std::sort(seqs.begin(), seqs.end());

  // ---- Unicode 3.2.0 ----
  std::vector<uint32_t> assigned32;  // ranges [lo, hi] of characters assigned in 3.2.0
  for (uint32_t c = 0; c < kMax; c++) {
    bool a = ch[c].assigned && age[c] <= 302;
    if (!a) continue;
    if (!assigned32.empty() && assigned32.back() == c - 1) assigned32.back() = c;
    else {
      assigned32.push_back(c);
      assigned32.push_back(c);
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> old_norm;
  for_each_line(ucd + "/NormalizationCorrections.txt", [&](uint32_t lo, uint32_t, auto& f) {
    // Corrections made after 3.2.0 are undone for ucd_3_2_0.
    std::vector<std::string> v = split(f[2], '.');
    if (std::stoi(v[0]) * 100 + std::stoi(v[1]) > 302 || (v[0] == "3" && v[1] == "2" && std::stoi(v[2]) > 0))
      old_norm.push_back({lo, uint32_t(std::stoul(f[0], nullptr, 16))});
  });

  // ---- Hangul syllable names: the short names of the jamo ----
  std::vector<std::string> jamo_l, jamo_v, jamo_t = {""};
  for_each_line(ucd + "/Jamo.txt", [&](uint32_t lo, uint32_t, auto& f) {
    std::string n = f.empty() ? "" : f[0];
    if (lo >= 0x1100 && lo <= 0x1112) jamo_l.push_back(n);
    else if (lo >= 0x1161 && lo <= 0x1175) jamo_v.push_back(n);
    else if (lo >= 0x11A8 && lo <= 0x11C2) jamo_t.push_back(n);
  });
  if (jamo_l.size() != 19 || jamo_v.size() != 21 || jamo_t.size() != 28) die("unexpected Jamo.txt");

  // ---- output ----
  FILE* out = std::fopen(argv[4], "w");
  if (!out) die(std::string("cannot write ") + argv[4]);
  std::fprintf(out, "// Generated by tools/gen_unicode.cpp from %s (Unicode 14.0.0); do not edit.\n", ucd.c_str());
  std::fprintf(out, "constexpr int kShift = %d;\n", kShift);
  emit_array(out, "uint16_t", "kIndex1", index1);
  emit_array(out, "uint16_t", "kIndex2", index2);
  std::fprintf(out, "const Record kRecords[] = {\n");
  for (const Record& r : recs)
    std::fprintf(out, "    {%d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d},\n", r.category, r.combining, r.bidi,
                 r.eaw, r.flags, r.props, r.decimal, r.digit, r.numeric, r.du, r.dl, r.dt, r.ext);
  std::fprintf(out, "};\n");
  std::fprintf(out, "const ExtCase kExtCase[] = {\n");
  for (auto& row : ext_rows) {
    std::fprintf(out, "    {");
    for (uint32_t v : row) std::fprintf(out, "%u, ", v);
    std::fprintf(out, "},\n");
  }
  if (ext_rows.empty()) std::fprintf(out, "    {},\n");
  std::fprintf(out, "};\n");
  std::fprintf(out, "const Fraction kNumeric[] = {\n");
  for (auto& [n, d] : numerics) std::fprintf(out, "    {%" PRId64 ", %" PRId64 "},\n", n, d);
  std::fprintf(out, "};\n");
  emit_array(out, "uint32_t", "kDecompCp", decomp_cp);
  emit_array(out, "uint32_t", "kDecompOffset", decomp_offset);
  emit_array(out, "uint32_t", "kDecompData", decomp_data);
  std::fprintf(out, "const Composition kComp[] = {\n");
  for (auto& [a, b, c] : comps) std::fprintf(out, "    {0x%X, 0x%X, 0x%X},\n", a, b, c);
  std::fprintf(out, "};\n");
  std::fprintf(out, "const char kWords[] =\n");
  for (size_t i = 0; i < words_blob.size(); i += 100) {
    std::string piece = words_blob.substr(i, 100);
    std::string esc;
    for (char c : piece) {
      if (c == '\0') esc += "\\0";
      else esc.push_back(c);
    }
    // "\0" followed by a digit would read as an octal escape: split the literal there.
    std::string safe;
    for (size_t k = 0; k < esc.size(); k++) {
      safe.push_back(esc[k]);
      if (esc[k] == '0' && k > 0 && esc[k - 1] == '\\' && k + 1 < esc.size() && esc[k + 1] >= '0' && esc[k + 1] <= '9')
        safe += "\" \"";
    }
    std::fprintf(out, "    \"%s\"\n", safe.c_str());
  }
  std::fprintf(out, ";\n");
  emit_array(out, "uint32_t", "kWordOffset", word_offset);
  emit_array(out, "uint8_t", "kNameData", name_data);
  emit_array(out, "uint32_t", "kNameCp", named);
  emit_array(out, "uint32_t", "kNameOffset", name_offset);
  emit_array(out, "uint32_t", "kNameSorted", name_sorted);
  std::fprintf(out, "const Alias kAliases[] = {\n");
  for (auto& [n, c] : aliases) std::fprintf(out, "    {%s, 0x%X},\n", c_string(n).c_str(), c);
  std::fprintf(out, "};\n");
  std::fprintf(out, "const NamedSeq kNamedSeqs[] = {\n");
  for (auto& [n, cps] : seqs) {
    std::fprintf(out, "    {%s, %zu, {", c_string(n).c_str(), cps.size());
    for (uint32_t c : cps) std::fprintf(out, "0x%X, ", c);
    std::fprintf(out, "}},\n");
  }
  std::fprintf(out, "};\n");
  std::fprintf(out, "const uint32_t kCJKRanges[][2] = {\n");
  for (auto& [a, b] : cjk_ranges) std::fprintf(out, "    {0x%X, 0x%X},\n", a, b);
  std::fprintf(out, "};\n");
  emit_array(out, "uint32_t", "kAssigned32", assigned32);
  std::fprintf(out, "const OldChange kOld[] = {\n");
  for (auto& [c, o] : old)
    std::fprintf(out, "    {0x%X, %d, %d, %d, %d, %d},\n", c, o.category, o.bidi, o.eaw, o.mirrored, o.decimal);
  std::fprintf(out, "};\n");
  std::fprintf(out, "const uint32_t kOldNormalization[][2] = {\n");
  for (auto& [c, v] : old_norm) std::fprintf(out, "    {0x%X, 0x%X},\n", c, v);
  if (old_norm.empty()) std::fprintf(out, "    {0, 0},\n");
  std::fprintf(out, "};\n");
  for (auto* j : {&jamo_l, &jamo_v, &jamo_t}) {
    std::fprintf(out, "const char* const kJamo%c[] = {", j == &jamo_l ? 'L' : j == &jamo_v ? 'V' : 'T');
    for (auto& n : *j) std::fprintf(out, "%s, ", c_string(n).c_str());
    std::fprintf(out, "};\n");
  }
  std::fclose(out);
  std::fprintf(stderr, "pyglass_gen_unicode: %zu records, %zu index2 entries, %zu names, %zu words, %zu name bytes\n",
               recs.size(), index2.size(), named.size(), by_freq.size(), name_data.size());
  return 0;
}

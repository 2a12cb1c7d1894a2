// Unit tests for the codec machinery (runtime/codec_*.cpp, runtime/codecs_*.cpp)
// and the generated Unicode database (runtime/unicode_db.cpp, unicode_norm.cpp):
// name normalisation, incremental decoding's consumed counts, the error-handler
// fast paths, EncodingMap, and the database's lookups and normalization.
#include <gtest/gtest.h>

#include <string>

#include "runtime/text/codecs.h"
#include "runtime/text/str.h"
#include "runtime/text/unicode.h"
#include "runtime/text/unicode_db.h"
#include "runtime_env.h"

using namespace rt;

namespace {

// The str's UTF-8 and a release of the reference.
std::string take_utf8(Object* s) {
  EXPECT_NE(s, nullptr);
  if (!s) return "<null>";
  EXPECT_TRUE(is_str(s));
  EXPECT_TRUE(s->ob_refcnt == 1 || is_immortal(s));  // the caller owns it (one-character strs are shared)
  std::string r(str_utf8(s));
  decref(s);
  return r;
}

std::string take_bytes(Object* b) {
  EXPECT_NE(b, nullptr);
  if (!b) return "<null>";
  EXPECT_TRUE(is_bytes(b));
  std::string r(bytes_data(b), size_t(size_of(b)));
  decref(b);
  return r;
}

}  // namespace

TEST(CodecsTest, NormalizeEncodingAsCPython) {
  EXPECT_EQ(codecs::normalize_encoding("UTF-8"), "utf_8");
  EXPECT_EQ(codecs::normalize_encoding("  Latin 1 "), "latin_1");
  EXPECT_EQ(codecs::normalize_encoding("ISO--8859//15"), "iso_8859_15");
  EXPECT_EQ(codecs::normalize_encoding("x.y-Z"), "x.y_z");
  EXPECT_EQ(codecs::normalize_encoding("---"), "");
  EXPECT_EQ(codecs::normalize_encoding("caf\xc3\xa9"), "caf");  // non-ASCII bytes are punctuation
}

TEST(CodecsTest, Utf8IncrementalConsumed) {
  ensure_runtime();
  ssize used = -1;
  // "a€" cut inside the euro sign: the decoder stops before the partial sequence.
  EXPECT_EQ(take_utf8(codecs::utf8_decode("a\xe2\x82", 3, nullptr, &used)), "a");
  EXPECT_EQ(used, 1);
  EXPECT_EQ(take_utf8(codecs::utf8_decode("a\xe2\x82\xac", 4, nullptr, &used)), "a\xe2\x82\xac");
  EXPECT_EQ(used, 4);
  // An invalid byte is not "incomplete": strict raises even when not final.
  EXPECT_EQ(codecs::utf8_decode("a\xff", 2, nullptr, &used), nullptr);
  EXPECT_TRUE(err_matches(Exc_UnicodeDecodeError));
  err_clear();
}

TEST(CodecsTest, Utf16ByteOrderMark) {
  ensure_runtime();
  int bo = 0;
  ssize used = 0;
  EXPECT_EQ(take_utf8(codecs::utf16_decode("\xfe\xff\x00" "a", 4, nullptr, &bo, true, &used)), "a");
  EXPECT_EQ(bo, 1);  // big endian found
  EXPECT_EQ(used, 4);
  bo = 0;
  // Half a surrogate pair is kept for the next call.
  EXPECT_EQ(take_utf8(codecs::utf16_decode("\xff\xfe" "a\x00" "=\xd8", 6, nullptr, &bo, false, &used)), "a");
  EXPECT_EQ(bo, -1);
  EXPECT_EQ(used, 4);
}

TEST(CodecsTest, BuiltinHandlersInline) {
  ensure_runtime();
  Object* s = str_from_cstr("a\xc3\xa9\xe2\x82\xac");  // "aé€"
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(take_bytes(codecs::ascii_encode(s, "replace")), "a??");
  EXPECT_EQ(take_bytes(codecs::ascii_encode(s, "ignore")), "a");
  EXPECT_EQ(take_bytes(codecs::ascii_encode(s, "xmlcharrefreplace")), "a&#233;&#8364;");
  EXPECT_EQ(take_bytes(codecs::latin1_encode(s, "backslashreplace")), "a\xe9\\u20ac");
  EXPECT_EQ(codecs::ascii_encode(s, nullptr), nullptr);
  EXPECT_TRUE(err_matches(Exc_UnicodeEncodeError));
  err_clear();
  EXPECT_EQ(codecs::ascii_encode(s, "no-such-handler"), nullptr);
  EXPECT_TRUE(err_matches(Exc_LookupError));
  err_clear();
  decref(s);
  // surrogateescape takes undecodable bytes to U+DC80..U+DCFF and back.
  Object* t = codecs::utf8_decode("a\xff", 2, "surrogateescape", nullptr);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(str_len(t), 2);
  EXPECT_EQ(str_char_at(t, 1), 0xDCFFu);
  EXPECT_EQ(take_bytes(codecs::utf8_encode(t, "surrogateescape")), "a\xff");
  decref(t);
}

TEST(CodecsTest, CharmapBuildMakesEncodingMap) {
  ensure_runtime();
  std::u32string table;
  for (char32_t c = 0; c < 256; c++) table.push_back(c < 128 ? c : char32_t(0x400 + c - 128));
  Object* t = codecs::str_from_codepoints(table);
  ASSERT_NE(t, nullptr);
  Object* map = codecs::charmap_build(t);
  ASSERT_NE(map, nullptr);
  EXPECT_EQ(type_of(map), &codecs::EncodingMapType);
  Object* s = codecs::str_from_codepoints(std::u32string(U"A\u0400\u047f"));
  EXPECT_EQ(take_bytes(codecs::charmap_encode(s, nullptr, map)), "A\x80\xff");
  EXPECT_EQ(take_utf8(codecs::charmap_decode("A\x80", 2, nullptr, t)), "A\xd0\x80");
  decref(s);
  decref(map);
  decref(t);
}

TEST(UnicodeDbTest, PropertiesAndNames) {
  EXPECT_TRUE(uni::is_assigned(0x20AC));
  EXPECT_FALSE(uni::is_assigned(0x0378));
  EXPECT_TRUE(uni::is_assigned(0x1FAE0));   // MELTING FACE, Unicode 14.0
  EXPECT_FALSE(uni::is_assigned(0x1FA75));  // Unicode 15.0: not in 14.0.0
  EXPECT_EQ(uni::record(0x0301).combining, 230);
  std::string name;
  ASSERT_TRUE(uni::char_name(0xAC01, name));
  EXPECT_EQ(name, "HANGUL SYLLABLE GAG");
  ASSERT_TRUE(uni::char_name(0x2A6DF, name));
  EXPECT_EQ(name, "CJK UNIFIED IDEOGRAPH-2A6DF");
  EXPECT_FALSE(uni::char_name(0x0378, name));
  uint32_t cp = 0;
  ASSERT_TRUE(uni::lookup_name("euro sign", &cp));
  EXPECT_EQ(cp, 0x20ACu);
  ASSERT_TRUE(uni::lookup_name("LATIN CAPITAL LETTER GHA", &cp));  // an alias
  EXPECT_EQ(cp, 0x01A2u);
  EXPECT_FALSE(uni::lookup_name("EM", &cp));  // alias added in 15.0, dropped by the delta
  double v = 0;
  ASSERT_TRUE(uni::numeric_value(0x00BD, &v));
  EXPECT_DOUBLE_EQ(v, 0.5);
  ASSERT_TRUE(uni::numeric_value(0x4E07, &v));  // from Unihan
  EXPECT_DOUBLE_EQ(v, 10000.0);
}

TEST(UnicodeDbTest, Normalization) {
  using uni::NormForm;
  // Hangul: algorithmic decomposition and composition.
  EXPECT_EQ(uni::normalize(NormForm::NFD, U"\uAC01", false), U"\u1100\u1161\u11A8");
  EXPECT_EQ(uni::normalize(NormForm::NFC, U"\u1100\u1161\u11A8", false), U"\uAC01");
  // Non-starters sorted by combining class, then composed where unblocked.
  EXPECT_EQ(uni::normalize(NormForm::NFD, U"a\u0301\u0328", false), U"a\u0328\u0301");
  EXPECT_EQ(uni::normalize(NormForm::NFC, U"a\u0328\u0301", false), U"\u0105\u0301");
  // Composition exclusions stay decomposed; compatibility only for NFK*.
  EXPECT_EQ(uni::normalize(NormForm::NFC, U"\u0958", false), U"\u0915\u093C");
  EXPECT_EQ(uni::normalize(NormForm::NFC, U"\uFB01", false), U"\uFB01");
  EXPECT_EQ(uni::normalize(NormForm::NFKC, U"\uFB01", false), U"fi");
  EXPECT_EQ(uni::compose(0x0041, 0x030A), 0x00C5u);
  EXPECT_EQ(uni::compose(0x0915, 0x093C), 0u);  // excluded
  EXPECT_EQ(uni::quick_check(NormForm::NFC, U"abc", false), 1);
  EXPECT_EQ(uni::quick_check(NormForm::NFD, U"\u00e9", false), 0);
  EXPECT_EQ(uni::quick_check(NormForm::NFC, U"e\u0301", false), -1);
  // 3.2.0 leaves characters it did not assign alone.
  EXPECT_EQ(uni::normalize(NormForm::NFKC, U"\U0001D7CE", true), U"0");
  EXPECT_FALSE(uni::assigned_3_2(0x0221));
}

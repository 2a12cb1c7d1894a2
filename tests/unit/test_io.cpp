// Unit tests for the _io module's C++ helpers (stdlib/io_internal.h): the
// line-ending search shared by TextIOWrapper and StringIO, the encoding-name
// table of the native codecs, and the incremental native UTF-8 decoder.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "stdlib/io_internal.h"
#include "tests/unit/runtime_env.h"

using namespace rt;
using stdlib::io::find_line_ending;

namespace {

// find_line_ending over a char string: the offset past the line end, or -1
// with `consumed`.
ssize find(const char* s, bool translated, bool universal, const char* readnl, ssize* consumed) {
  *consumed = -7;
  return find_line_ending(translated, universal, readnl, s, s + std::strlen(s), consumed);
}

TEST(IoLineEnding, UniversalAndTranslated) {
  ssize consumed;
  // translated: only "\n" ends a line (the decoder already turned \r and \r\n into \n)
  EXPECT_EQ(find("ab\ncd", true, false, nullptr, &consumed), 3);
  EXPECT_EQ(find("ab\rcd", true, false, nullptr, &consumed), -1);
  EXPECT_EQ(consumed, 5);
  // universal, untranslated: \r, \r\n and \n all end a line
  EXPECT_EQ(find("ab\rcd", false, true, nullptr, &consumed), 3);
  EXPECT_EQ(find("ab\r\ncd", false, true, nullptr, &consumed), 4);
  EXPECT_EQ(find("ab\ncd", false, true, nullptr, &consumed), 3);
  EXPECT_EQ(find("abcd", false, true, nullptr, &consumed), -1);
  EXPECT_EQ(consumed, 4);
}

TEST(IoLineEnding, ExplicitNewline) {
  ssize consumed;
  EXPECT_EQ(find("a\nb\r\nc", false, false, "\r\n", &consumed), 5);
  EXPECT_EQ(find("a\rb\r\nc", false, false, "\r", &consumed), 2);
  EXPECT_EQ(find("a\nb", false, false, "\r", &consumed), -1);
  EXPECT_EQ(consumed, 3);
  // a newline that may be cut at the end of the data: nothing before it is a line yet
  EXPECT_EQ(find("abc\r", false, false, "\r\n", &consumed), -1);
  EXPECT_EQ(consumed, 3);
  // code points (StringIO's buffer)
  const uint32_t text[] = {0x20ac, '\r', '\n', 'x'};
  EXPECT_EQ(find_line_ending(false, false, "\r\n", text, text + 4, &consumed), 3);
}

TEST(IoCodecs, FastCodecNames) {
  using stdlib::io::FastCodec;
  using stdlib::io::fast_codec_for;
  for (const char* n : {"utf-8", "UTF-8", "utf8", "UTF8", "utf_8", "U8"})
    EXPECT_EQ(fast_codec_for(n), FastCodec::Utf8) << n;
  for (const char* n : {"latin-1", "latin1", "Latin1", "iso-8859-1", "ISO8859-1", "l1"})
    EXPECT_EQ(fast_codec_for(n), FastCodec::Latin1) << n;
  for (const char* n : {"ascii", "US-ASCII", "us_ascii", "646"}) EXPECT_EQ(fast_codec_for(n), FastCodec::Ascii) << n;
  for (const char* n : {"utf-16", "cp1252", "utf-8-sig", "koi8-r", ""})
    EXPECT_EQ(fast_codec_for(n), FastCodec::None) << n;
}

TEST(IoCodecs, Utf8DecoderKeepsCutSequences) {
  ensure_runtime();
  using stdlib::io::FastCodec;
  std::string pending;
  const char* euro = "a\xe2\x82\xac";  // "a€"
  Object* s1 = stdlib::io::fast_decode(FastCodec::Utf8, "strict", pending, euro, 2, false);
  ASSERT_NE(s1, nullptr);
  EXPECT_EQ(str_view(s1), "a");
  EXPECT_EQ(pending, "\xe2");  // held until the rest arrives
  Object* s2 = stdlib::io::fast_decode(FastCodec::Utf8, "strict", pending, euro + 2, 2, false);
  ASSERT_NE(s2, nullptr);
  EXPECT_EQ(str_view(s2), "\xe2\x82\xac");
  EXPECT_TRUE(pending.empty());
  decref(s1);
  decref(s2);
  // a cut sequence at the end of the input is an error when final
  pending.clear();
  Object* s3 = stdlib::io::fast_decode(FastCodec::Utf8, "strict", pending, euro, 3, true);
  EXPECT_EQ(s3, nullptr);
  EXPECT_TRUE(err_occurred());
  err_clear();
  pending.clear();
  Object* s4 = stdlib::io::fast_decode(FastCodec::Utf8, "replace", pending, euro, 3, true);
  ASSERT_NE(s4, nullptr);
  EXPECT_EQ(str_view(s4), "a\xef\xbf\xbd");  // one U+FFFD for the truncated sequence
  decref(s4);
}

}  // namespace

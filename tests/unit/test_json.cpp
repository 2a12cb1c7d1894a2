// Unit tests for _json's string layer (stdlib/_json.h): byte offsets and
// code-point indexes of a document, scan_string's results and byte ends,
// append_escaped in both modes, and a JSONDecodeError's position.
#include <gtest/gtest.h>

#include <string>

#include "runtime/api.h"
#include "runtime/text/str.h"
#include "stdlib/_json.h"
#include "tests/unit/runtime_env.h"

using namespace rt;
namespace json = stdlib::json;

namespace {

json::Text text_of(Object* s) { return json::Text{s, str_utf8(s), str_utf8_len(s), str_is_ascii(s) != 0}; }

std::string escaped(const char* utf8, bool ascii) {
  Object* s = str_from_cstr(utf8);
  std::string out;
  json::append_escaped(out, s, ascii);
  decref(s);
  return out;
}

// scan_string from the byte after the opening quote at byte 0: the value
// (UTF-8) and the byte end, or "<error>".
std::string scan(const char* doc, bool strict, ssize* end) {
  Object* s = str_from_cstr(doc);
  json::Text t = text_of(s);
  Object* r = json::scan_string(t, 1, strict, end);
  std::string v = r ? std::string(str_view(r)) : "<error>";
  xdecref(r);
  decref(s);
  return v;
}

}  // namespace

TEST(Json, PositionsAreCodePointsOutsideAndBytesInside) {
  ensure_runtime();
  Object* s = str_from_cstr("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z");  // a é € 😀 z
  json::Text t = text_of(s);
  EXPECT_FALSE(t.ascii);
  EXPECT_EQ(t.cp_index(0), 0);
  EXPECT_EQ(t.cp_index(1), 1);
  EXPECT_EQ(t.cp_index(3), 2);
  EXPECT_EQ(t.cp_index(6), 3);
  EXPECT_EQ(t.cp_index(10), 4);
  EXPECT_EQ(t.cp_index(11), 5);
  for (ssize cp = 0; cp <= 5; cp++) EXPECT_EQ(t.cp_index(t.byte_offset(cp)), cp);
  decref(s);
}

TEST(Json, ScanStringCopiesPlainRunsAndDecodesEscapes) {
  ensure_runtime();
  ssize end = -1;
  EXPECT_EQ(scan("\"abc\" tail", true, &end), "abc");
  EXPECT_EQ(end, 5);
  EXPECT_EQ(scan("\"\xC3\xA9x\"", true, &end), "\xC3\xA9x");  // é: the end is a byte offset here
  EXPECT_EQ(end, 5);
  EXPECT_EQ(scan("\"a\\n\\u00e9\\ud83d\\ude00\"", true, &end), "a\n\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(end, 23);
  // A lone high surrogate stays, in pyglass's three-byte form.
  EXPECT_EQ(scan("\"\\ud83dx\"", true, &end), "\xED\xA0\xBDx");
  EXPECT_EQ(scan("\"a\x01\"", false, &end), "a\x01");
  EXPECT_EQ(scan("\"a\x01\"", true, &end), "<error>");
  err_clear();
}

TEST(Json, ScanStringErrorIsJSONDecodeErrorAtTheBackslash) {
  ensure_runtime();
  // The library is not on the unit tests' path: a stand-in json.decoder
  // whose JSONDecodeError is a ValueError subclass keeping its arguments.
  Object* modules = sys_get_object("modules");
  ASSERT_NE(modules, nullptr);
  Object* pkg = module_new("json");
  Object* dec = module_new("json.decoder");
  Object* cls = type_new_simple("JSONDecodeError", Exc_ValueError, nullptr);
  ASSERT_TRUE(pkg && dec && cls);
  ASSERT_EQ(module_add_object(dec, "JSONDecodeError", cls), 0);
  ASSERT_EQ(dict_setitem_str(modules, "json", pkg), 0);
  ASSERT_EQ(dict_setitem_str(modules, "json.decoder", dec), 0);
  ssize end;
  EXPECT_EQ(scan("\"\xC3\xA9\\q\"", true, &end), "<error>");
  Object* e = err_fetch();
  ASSERT_NE(e, nullptr);
  EXPECT_STREQ(type_name(e), "JSONDecodeError");
  Object* args = exc_get_args(e);
  ASSERT_EQ(size_of(args), 3);
  EXPECT_EQ(std::string(str_view(tuple_get(args, 0))), "Invalid \\escape");
  EXPECT_EQ(int_as_i64(tuple_get(args, 2)), 2);  // char 2, byte 3
  decref(e);
  for (const char* name : {"json.decoder", "json"}) {
    Object* k = str_from_cstr(name);
    dict_delitem(modules, k);
    decref(k);
  }
  decref(pkg);
  decref(dec);
}

TEST(Json, AppendEscapedBothModes) {
  ensure_runtime();
  EXPECT_EQ(escaped("plain", true), "\"plain\"");
  EXPECT_EQ(escaped("q\"b\\n\n\r\t\b\f\x01\x7f", true), "\"q\\\"b\\\\n\\n\\r\\t\\b\\f\\u0001\\u007f\"");
  EXPECT_EQ(escaped("q\"\x01\x7f", false), "\"q\\\"\\u0001\x7f\"");
  EXPECT_EQ(escaped("\xC3\xA9\xF0\x9F\x98\x80", true), "\"\\u00e9\\ud83d\\ude00\"");
  EXPECT_EQ(escaped("\xC3\xA9\xF0\x9F\x98\x80", false), "\"\xC3\xA9\xF0\x9F\x98\x80\"");
  EXPECT_EQ(escaped("\xED\xA0\x80", true), "\"\\ud800\"");  // a lone surrogate
}

// Unit tests for str and bytes (runtime/str*.cpp, runtime/bytes.cpp, runtime/unicode.cpp).
#include <gtest/gtest.h>

#include <string>

#include "runtime/bytes/bytes.h"
#include "runtime/text/str.h"
#include "runtime/text/unicode.h"
#include "runtime_env.h"

using namespace rt;

namespace {

// The UTF-8 text of a str result (consumes the reference); "<error>" when null.
std::string take(Object* o) {
  if (!o) {
    err_clear();
    return "<error>";
  }
  std::string s(str_view(o));
  decref(o);
  return s;
}

Object* S(const char* s) { return str_from_cstr(s); }

// Call a str method by name with str arguments.
std::string meth(const char* self, const char* name, std::initializer_list<Object*> args) {
  Object* s = S(self);
  Object* n = str_intern_cstr(name);
  Object* r = call_method(s, n, args.begin(), ssize(args.size()));
  for (Object* a : args) decref(a);
  decref(n);
  decref(s);
  if (!r) {
    err_clear();
    return "<error>";
  }
  Object* rep = is_str(r) ? newref(r) : object_repr(r);
  decref(r);
  return take(rep);
}

// The message of the pending exception (cleared).
std::string pending_message() {
  Object* e = err_fetch();
  if (!e) return "<none>";
  std::string m = std::string(type_name(e)) + ": " + take(object_str(e));
  decref(e);
  return m;
}

}  // namespace

TEST(StringsTest, Utf8Validation) {
  ensure_runtime();
  Object* ok = str_from_utf8("h\xc3\xa9llo", 6);
  ASSERT_NE(ok, nullptr);
  EXPECT_EQ(str_len(ok), 5);
  EXPECT_FALSE(str_is_ascii(ok));
  decref(ok);

  EXPECT_EQ(str_from_utf8("\xff", 1), nullptr);
  EXPECT_EQ(pending_message(), "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  EXPECT_EQ(str_from_utf8("ab\xe4\xb8", 4), nullptr);
  EXPECT_EQ(pending_message(),
            "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-3: unexpected end of data");
  EXPECT_EQ(str_from_utf8("\xe4x", 2), nullptr);
  EXPECT_EQ(pending_message(),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 0: invalid continuation byte");
  // Surrogates are allowed in str (source literals such as "\ud800").
  Object* sur = str_from_utf8("\xed\xa0\x80", 3);
  ASSERT_NE(sur, nullptr);
  EXPECT_EQ(str_len(sur), 1);
  EXPECT_EQ(take(str_repr(sur)), "'\\ud800'");
  decref(sur);
  // ...but not when decoding bytes.
  EXPECT_EQ(bytes_decode("\xed\xa0\x80", 3, "utf-8", "strict"), nullptr);
  err_clear();
}

TEST(StringsTest, CjkLengths) {
  ensure_runtime();
  Object* s = S("武沛齐 alex");
  EXPECT_EQ(str_len(s), 8);
  EXPECT_EQ(str_utf8_len(s), 14);
  EXPECT_EQ(str_char_at(s, 1), 0x6C9Bu);
  EXPECT_EQ(str_offset_of(s, 3), 9);
  decref(s);
  Object* e = S("");
  EXPECT_EQ(str_len(e), 0);
  Object* e2 = str_from("");
  EXPECT_EQ(e, e2);  // the singleton
  decref(e);
  decref(e2);
  Object* a = str_from_codepoint('a');
  Object* b = S("a");
  EXPECT_EQ(a, b);  // the Latin-1 cache
  decref(a);
  decref(b);
}

TEST(StringsTest, Interning) {
  ensure_runtime();
  Object* a = str_intern(S("some_identifier_xyz"));
  Object* b = str_intern_cstr("some_identifier_xyz");
  EXPECT_EQ(a, b);
  EXPECT_TRUE(str_is_interned(a));
  decref(a);
  decref(b);
  Object* c = S("not interned here");
  EXPECT_FALSE(str_is_interned(c));
  decref(c);
}

TEST(StringsTest, HashAndEquality) {
  ensure_runtime();
  Object* a = S("hello world");
  Object* x = S("hello ");
  Object* y = S("world");
  Object* b = str_concat(x, y);
  decref(x);
  decref(y);
  EXPECT_TRUE(str_equal(a, b));
  EXPECT_EQ(str_hash(a), str_hash(b));
  EXPECT_NE(str_hash(a), -1);
  EXPECT_TRUE(str_eq_cstr(a, "hello world"));
  decref(a);
  decref(b);
}

TEST(StringsTest, ReprEscaping) {
  ensure_runtime();
  EXPECT_EQ(take(str_repr(S("it's"))), "\"it's\"");
  EXPECT_EQ(take(str_repr(S("say \"hi\""))), "'say \"hi\"'");
  EXPECT_EQ(take(str_repr(S("both ' and \""))), "'both \\' and \"'");
  EXPECT_EQ(take(str_repr(S("t\tn\nr\r\\"))), "'t\\tn\\nr\\r\\\\'");
  EXPECT_EQ(take(str_repr(S("\x01\x7f"))), "'\\x01\\x7f'");
  EXPECT_EQ(take(str_repr(S("é武"))), "'é武'");
  EXPECT_EQ(take(str_repr(S("\xc2\x85\xe2\x80\x8b"))), "'\\x85\\u200b'");
  Object* b = bytes_from("it's\x00\xff", 6);
  EXPECT_EQ(take(bytes_repr(b)), "b\"it's\\x00\\xff\"");
  decref(b);
}

TEST(StringsTest, SplitStripCorners) {
  ensure_runtime();
  EXPECT_EQ(meth("  a  b  ", "split", {}), "['a', 'b']");
  EXPECT_EQ(meth("a,,b", "split", {S(",")}), "['a', '', 'b']");
  EXPECT_EQ(meth("", "split", {}), "[]");
  EXPECT_EQ(meth("", "split", {S(",")}), "['']");
  EXPECT_EQ(meth("a b c", "rsplit", {None, int_from_i64(1)}), "['a b', 'c']");
  EXPECT_EQ(meth(" a b ", "split", {None, int_from_i64(0)}), "['a b ']");
  EXPECT_EQ(meth("x\r\ny\n", "splitlines", {}), "['x', 'y']");
  EXPECT_EQ(meth("xxhixx", "strip", {S("x")}), "hi");
  EXPECT_EQ(meth("\xe3\x80\x80hi ", "strip", {}), "hi");
  EXPECT_EQ(meth("abc", "split", {S("")}), "<error>");
}

TEST(StringsTest, CaseAndClassification) {
  ensure_runtime();
  EXPECT_EQ(meth("straße", "upper", {}), "STRASSE");
  EXPECT_EQ(meth("ΣΑΣ", "lower", {}), "σας");
  EXPECT_EQ(meth("hello wORLD", "title", {}), "Hello World");
  EXPECT_TRUE(uni::is_alpha(0x6B66));  // 武
  EXPECT_TRUE(uni::is_digit(0xB2));    // ²
  EXPECT_FALSE(uni::is_decimal(0xB2));
  EXPECT_EQ(uni::decimal_value(0x663), 3);  // ٣
  EXPECT_TRUE(uni::is_space(0x3000));
  EXPECT_FALSE(uni::is_printable(0x200B));
}

TEST(StringsTest, FormatMethod) {
  ensure_runtime();
  Object* fmt = S("{:>5}|{0!r}");
  Object* arg = S("ab");
  Object* r = str_format_method(fmt, &arg, 1, nullptr);
  EXPECT_EQ(take(r), "<error>");  // auto then manual numbering
  decref(fmt);
  fmt = S("{0:>5}|{0!r}|{{}}");
  EXPECT_EQ(take(str_format_method(fmt, &arg, 1, nullptr)), "   ab|'ab'|{}");
  decref(fmt);
  fmt = S("{1}");
  EXPECT_EQ(str_format_method(fmt, &arg, 1, nullptr), nullptr);
  EXPECT_EQ(pending_message(), "IndexError: Replacement index 1 out of range for positional args tuple");
  decref(fmt);
  decref(arg);
}

TEST(StringsTest, PercentFormat) {
  ensure_runtime();
  Object* fmt = S("%5d|%-5d|%x|%s");
  Object* a = int_from_i64(42);
  Object* b = S("s");
  Object* t = tuple_pack(4, a, a, a, b);
  EXPECT_EQ(take(str_percent_format(fmt, t)), "   42|42   |2a|s");
  decref(t);
  decref(fmt);
  fmt = S("%.2f %e");
  Object* f = float_from_double(3.14159);
  t = tuple_pack(2, f, f);
  EXPECT_EQ(take(str_percent_format(fmt, t)), "3.14 3.141590e+00");
  decref(t);
  decref(f);
  decref(fmt);
  fmt = S("%s %s");
  EXPECT_EQ(str_percent_format(fmt, b), nullptr);
  EXPECT_EQ(pending_message(), "TypeError: not enough arguments for format string");
  decref(fmt);
  fmt = S("%y");
  EXPECT_EQ(str_percent_format(fmt, a), nullptr);
  EXPECT_EQ(pending_message(), "ValueError: unsupported format character 'y' (0x79) at index 1");
  decref(fmt);
  decref(a);
  decref(b);
}

TEST(StringsTest, EncodeDecode) {
  ensure_runtime();
  Object* s = S("é");
  EXPECT_EQ(str_encode(s, "ascii", "strict"), nullptr);
  EXPECT_EQ(pending_message(),
            "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
  Object* b = str_encode_utf8(s);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(size_of(b), 2);
  EXPECT_EQ(take(bytes_decode(bytes_data(b), 2, "utf-8", "strict")), "é");
  decref(b);
  decref(s);
  EXPECT_EQ(take(bytes_decode("a\xff", 2, "utf-8", "replace")), "a\xef\xbf\xbd");
}

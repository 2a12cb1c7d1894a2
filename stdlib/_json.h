// The _json module (CPython's json speedups) shared between its files:
// stdlib/_json.cpp (the module, scanstring, encode_basestring[_ascii]),
// stdlib/_json_scanner.cpp (make_scanner: the c_make_scanner type) and
// stdlib/_json_encoder.cpp (make_encoder: the c_make_encoder type).
// docs/native-modules.md ("_json") describes the design.
//
// Text positions.  pyglass's str stores UTF-8 (runtime/str.h); JSON's syntax
// is all ASCII, so the scanner walks bytes and converts a byte offset to a
// code-point index only where a position leaves the module (the `end` it
// returns, the `pos` of a JSONDecodeError, StopIteration's value).  For an
// ASCII string both are the same number.
#pragma once
#include <string>

#include "../runtime/api.h"

namespace stdlib::json {

// A string being decoded: its UTF-8 bytes and whether it is all ASCII.
struct Text {
  rt::Object* str;    // borrowed: the document (for JSONDecodeError.doc)
  const char* p;      // UTF-8 bytes
  rt::ssize n;        // byte length
  bool ascii;
  rt::ssize cp_index(rt::ssize byte_off) const;     // code-point index of a byte offset
  rt::ssize byte_offset(rt::ssize cp_index) const;  // byte offset of a code-point index (0..len)
};

// Raise json.decoder.JSONDecodeError(msg, doc, pos) with pos the code-point
// index of the byte offset; returns nullptr.
rt::Object* raise_errmsg(const char* msg, const Text& t, rt::ssize byte_off);

// A str of the bytes [from, to) of t (whole characters, no escapes).
rt::Object* substring_of(const Text& t, rt::ssize from, rt::ssize to);

// Scan a JSON string whose opening quote ends just before byte offset `begin`
// (that is, begin is the offset after the quote).  Returns the decoded str and
// sets *end to the offset after the closing quote; nullptr with
// JSONDecodeError (or ValueError) set on bad input.
rt::Object* scan_string(const Text& t, rt::ssize begin, bool strict, rt::ssize* end);

// Append the JSON form of the str s (with its quotes) to out: escapes as
// json.encoder.encode_basestring_ascii (ascii) or encode_basestring.
void append_escaped(std::string& out, rt::Object* s, bool ascii);

// The module's built-in functions encode_basestring_ascii and
// encode_basestring: the encoder recognises them to write strings directly.
rt::Object* encode_basestring_ascii(rt::Object* self, rt::Object* const* args, rt::ssize nargs, rt::Object* kwnames);
rt::Object* encode_basestring(rt::Object* self, rt::Object* const* args, rt::ssize nargs, rt::Object* kwnames);

extern rt::TypeObject ScannerType;  // _json.Scanner (make_scanner), stdlib/_json_scanner.cpp
extern rt::TypeObject EncoderType;  // _json.Encoder (make_encoder), stdlib/_json_encoder.cpp
void fill_scanner_type();
void fill_encoder_type();

}  // namespace stdlib::json

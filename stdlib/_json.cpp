// _json: the C accelerator under CPython's json package (json.decoder,
// json.scanner and json.encoder import scanstring, make_scanner,
// make_encoder, encode_basestring_ascii and encode_basestring from it).
//
// This file holds the module and the string-level pieces shared by the
// scanner (stdlib/_json_scanner.cpp) and the encoder
// (stdlib/_json_encoder.cpp):
//  - scan_string: a JSON string literal to a str.  It copies runs of plain
//    bytes as they are (the document is UTF-8 already) and only builds a new
//    buffer once an escape shows up; a literal without escapes is one
//    substring.  \uXXXX escapes of a high surrogate followed by a \uXXXX of a
//    low one are joined into one code point, as CPython does; a lone
//    surrogate stays a lone surrogate (pyglass stores it in three bytes).
//  - append_escaped: a str to its JSON form, straight into the encoder's
//    output buffer, with a table of the bytes that need no escaping.
// Positions reported to Python are code-point indexes (_json.h, Text).
#include "_json.h"

#include <cstring>

#include "runtime/types/descr.h"
#include "runtime/text/str.h"
#include "modules.h"
#include "native.h"

namespace stdlib::json {
using namespace rt;

ssize Text::cp_index(ssize byte_off) const { return ascii ? byte_off : utf8_count(p, byte_off); }
ssize Text::byte_offset(ssize cp) const { return ascii ? cp : str_offset_of(str, cp); }

Object* raise_errmsg(const char* msg, const Text& t, ssize byte_off) {
  // json.decoder.JSONDecodeError, looked up at each error (errors are rare,
  // and the module keeps no Python object in a static).
  Object* mod = import_module("json.decoder");
  if (!mod) return nullptr;
  Object* cls = object_getattr_str(mod, "JSONDecodeError");
  decref(mod);
  if (!cls) return nullptr;
  Object* m = str_from_cstr(msg);
  Object* pos = m ? int_from_i64(t.cp_index(byte_off)) : nullptr;
  Object* exc = pos ? call3(cls, m, t.str, pos) : nullptr;
  xdecref(m);
  xdecref(pos);
  decref(cls);
  if (exc) {
    err_set_exception(exc);
    decref(exc);
  }
  return nullptr;
}

namespace {

inline int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The four hex digits at p (n bytes from p to the end of the document are
// known to be at least 4), or -1.
inline int32_t hex4(const char* p) {
  int32_t v = 0;
  for (int i = 0; i < 4; i++) {
    int d = hex_value(static_cast<unsigned char>(p[i]));
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

// A str of n ASCII bytes.
Object* ascii_substring(const char* p, ssize n) {
  if (n <= 1) return str_from_valid(p, n);  // the shared empty and one-character strings
  StrObject* r = str_alloc(n, n, true);
  if (r) memcpy(r->data, p, size_t(n));
  return r;
}

}  // namespace

Object* substring_of(const Text& t, ssize from, ssize to) {
  if (t.ascii) return ascii_substring(t.p + from, to - from);
  return str_from_valid(t.p + from, to - from);
}


Object* scan_string(const Text& t, ssize begin, bool strict, ssize* end) {
  const char* p = t.p;
  const ssize n = t.n;
  std::string buf;  // used once the first escape is seen
  bool escaped = false;
  ssize chunk = begin;  // start of the plain run not yet copied to buf
  ssize i = begin;
  unsigned char high = 0;  // bit 7 set once a non-ASCII byte was seen
  for (;;) {
    unsigned char c = 0;
    while (i < n) {
      c = static_cast<unsigned char>(p[i]);
      if (c == '"' || c == '\\' || (c < 0x20 && strict)) break;
      high |= c;
      i++;
    }
    if (i >= n) return raise_errmsg("Unterminated string starting at", t, begin - 1);
    if (c == '"') {
      *end = i + 1;
      if (!escaped) return (high & 0x80) ? substring_of(t, begin, i) : ascii_substring(t.p + begin, i - begin);
      buf.append(p + chunk, size_t(i - chunk));
      return str_from_valid(buf.data(), ssize(buf.size()));
    }
    if (c != '\\') return raise_errmsg("Invalid control character at", t, i);
    // A backslash escape.
    escaped = true;
    buf.append(p + chunk, size_t(i - chunk));
    ssize bs = i++;
    if (i >= n) return raise_errmsg("Unterminated string starting at", t, begin - 1);
    c = static_cast<unsigned char>(p[i]);
    if (c != 'u') {
      char out;
      switch (c) {
        case '"': out = '"'; break;
        case '\\': out = '\\'; break;
        case '/': out = '/'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        default: return raise_errmsg("Invalid \\escape", t, bs);
      }
      buf.push_back(out);
      chunk = ++i;
      continue;
    }
    // \uXXXX: at least one character must follow the four digits (CPython's
    // rule: the closing quote cannot be missing anyway).
    ssize u = i;
    if (u + 5 >= n) return raise_errmsg("Invalid \\uXXXX escape", t, u);
    int32_t cp = hex4(p + u + 1);
    if (cp < 0) return raise_errmsg("Invalid \\uXXXX escape", t, u);
    i = u + 5;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < n && p[i] == '\\' && p[i + 1] == 'u') {
      int32_t low = hex4(p + i + 2);
      if (low < 0) return raise_errmsg("Invalid \\uXXXX escape", t, i + 1);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 6;
      }
    }
    utf8_append(buf, uint32_t(cp));
    chunk = i;
  }
}

namespace {

// Bytes that are written as they are: printable ASCII but '"' and '\\'
// (ensure_ascii), plus every byte of a non-ASCII character (not ensure_ascii).
struct EscapeTables {
  bool plain_ascii[256];
  bool plain_utf8[256];
  constexpr EscapeTables() : plain_ascii(), plain_utf8() {
    for (int c = 0; c < 256; c++) {
      bool special = c < 0x20 || c == '"' || c == '\\';
      plain_ascii[c] = !special && c < 0x7F;
      plain_utf8[c] = !special;
    }
  }
};
constexpr EscapeTables kTables;

constexpr char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t cp) {
  char b[6] = {'\\', 'u', kHex[(cp >> 12) & 0xF], kHex[(cp >> 8) & 0xF], kHex[(cp >> 4) & 0xF], kHex[cp & 0xF]};
  out.append(b, 6);
}

}  // namespace

void append_escaped(std::string& out, Object* s, bool ascii) {
  const char* p = str_utf8(s);
  const ssize n = str_utf8_len(s);
  const bool* plain = ascii ? kTables.plain_ascii : kTables.plain_utf8;
  out.push_back('"');
  ssize i = 0;
  while (i < n) {
    ssize run = i;
    while (i < n && plain[static_cast<unsigned char>(p[i])]) i++;
    out.append(p + run, size_t(i - run));
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(p[i]);
    switch (c) {
      case '"': out.append("\\\"", 2); i++; continue;
      case '\\': out.append("\\\\", 2); i++; continue;
      case '\n': out.append("\\n", 2); i++; continue;
      case '\r': out.append("\\r", 2); i++; continue;
      case '\t': out.append("\\t", 2); i++; continue;
      case '\b': out.append("\\b", 2); i++; continue;
      case '\f': out.append("\\f", 2); i++; continue;
      default: break;
    }
    if (c < 0x80) {  // other control characters, and DEL under ensure_ascii
      append_u_escape(out, c);
      i++;
      continue;
    }
    const char* q = p + i;
    uint32_t cp = utf8_next(q);
    i = q - p;
    if (cp >= 0x10000) {  // a surrogate pair
      cp -= 0x10000;
      append_u_escape(out, 0xD800 | (cp >> 10));
      append_u_escape(out, 0xDC00 | (cp & 0x3FF));
    } else {
      append_u_escape(out, cp);
    }
  }
  out.push_back('"');
}

namespace {

Object* escape_function(const char* qualname, Object* const* args, ssize nargs, Object* kwnames, bool ascii) {
  if (!cont::check_no_kw(qualname, kwnames) || !cont::check_one_arg(qualname, nargs)) return nullptr;
  Object* s = args[0];
  if (!is_str(s)) return err_format_null(Exc_TypeError, "first argument must be a string, not %.80s", type_name(s));
  std::string out;
  out.reserve(size_t(str_utf8_len(s)) + 2);
  append_escaped(out, s, ascii);
  if (ascii) {
    StrObject* r = str_alloc(ssize(out.size()), ssize(out.size()), true);
    if (r) memcpy(r->data, out.data(), out.size());
    return r;
  }
  return str_from_valid(out.data(), ssize(out.size()));
}

// scanstring(string, end, strict=True) -> (string, end): parsed as
// PyArg_ParseTuple("On|i") does, positional only.
Object* scanstring(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames))
    return err_format_null(Exc_TypeError, "scanstring() takes no keyword arguments");
  if (!native::check_getargs_count("scanstring", nargs, 2, 3)) return nullptr;
  ssize end;
  if (!native::ssize_arg(args[1], &end)) return nullptr;
  bool strict = true;
  if (nargs == 3) {
    Object* v = args[2];
    if (is_float(v)) return err_format_null(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    Object* iv = number_index(v);
    if (!iv) return nullptr;
    bool fits = int_fits_i64(iv);
    int64_t x = fits ? int_as_i64(iv) : int64_t(int_sign(iv));
    decref(iv);
    if (!fits || x > INT32_MAX || x < INT32_MIN)
      return err_format_null(Exc_OverflowError, x > 0 ? "signed integer is greater than maximum"
                                                      : "signed integer is less than minimum");
    strict = x != 0;
  }
  Object* s = args[0];
  if (!is_str(s)) return err_format_null(Exc_TypeError, "first argument must be a string, not %.80s", type_name(s));
  if (end < 0 || end > str_len(s)) return err_format_null(Exc_ValueError, "end is out of bounds");
  Text t{s, str_utf8(s), str_utf8_len(s), str_is_ascii(s)};
  ssize next;
  Object* r = scan_string(t, t.byte_offset(end), strict, &next);
  if (!r) return nullptr;
  Object* e = int_from_i64(t.cp_index(next));
  if (!e) {
    decref(r);
    return nullptr;
  }
  Object* tup = tuple_pack(2, r, e);
  decref(r);
  decref(e);
  return tup;
}

}  // namespace

Object* encode_basestring_ascii(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return escape_function("_json.encode_basestring_ascii", args, nargs, kwnames, true);
}
Object* encode_basestring(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return escape_function("_json.encode_basestring", args, nargs, kwnames, false);
}

namespace {

MethodDef module_functions[] = {
    {"encode_basestring_ascii", encode_basestring_ascii, METH_DEFAULT,
     "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"},
    {"encode_basestring", encode_basestring, METH_DEFAULT,
     "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
    {"scanstring", scanstring, METH_DEFAULT,
     "scanstring(string, end, strict=True) -> (string, end)\n\n"
     "Scan the string s for a JSON string. End is the index of the\n"
     "character in s after the quote that started the JSON string.\n"
     "Unescapes all valid JSON string escape sequences and raises ValueError\n"
     "on attempt to decode an invalid string. If strict is False then literal\n"
     "control characters are allowed in the string.\n\n"
     "Returns a tuple of the decoded string and the index of the character in s\n"
     "after the end quote."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace
}  // namespace stdlib::json

namespace stdlib {

rt::Object* init_json_module() {
  using namespace json;
  if (!rt::has_flag(&ScannerType, rt::TPFLAG_READY)) {
    fill_scanner_type();
    fill_encoder_type();
  }
  // The types are readied here and added under CPython's names for them
  // (make_module would name them Scanner and Encoder).
  if (native::ready_types({&ScannerType, &EncoderType}) < 0) return nullptr;
  rt::Object* m = native::make_module("_json", "json speedups", module_functions, {});
  if (!m) return nullptr;
  if (rt::module_add_object(m, "make_scanner", rt::newref(static_cast<rt::Object*>(&ScannerType))) < 0 ||
      rt::module_add_object(m, "make_encoder", rt::newref(static_cast<rt::Object*>(&EncoderType))) < 0) {
    rt::decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

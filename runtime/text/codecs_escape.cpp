// The escape codecs: unicode_escape and raw_unicode_escape (str <-> the
// Latin-1 bytes of Python-literal-like escapes) and escape_encode /
// escape_decode (bytes <-> bytes-literal escapes, what pickle protocol 0
// and the "string_escape" idiom use).
//
// unicode_escape decoding understands every escape of a Python string
// literal (\n \x41 \u20ac \U0001f600 \N{BULLET} octal, line continuation);
// an unknown escape is kept as it is and, like an octal escape above \377,
// earns one DeprecationWarning per call for the first such escape, as
// CPython 3.11.7 warns.  Incomplete escapes at the end of the input are left
// for the next call when decoding incrementally (final=False).
// raw_unicode_escape only knows \uXXXX and \UXXXXXXXX.
#include <cstdio>

#include "runtime/text/codecs.h"
#include "runtime/text/str.h"
#include "runtime/text/unicode.h"

namespace rt::codecs {

namespace {

const char kHex[] = "0123456789abcdef";

void hex_escape(std::string& out, char kind, uint32_t c, int digits) {
  out.push_back('\\');
  out.push_back(kind);
  for (int k = digits - 1; k >= 0; k--) out.push_back(kHex[(c >> (4 * k)) & 15]);
}

int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The count hex digits of an escape at d.in[s], s moved past those read.
enum { HEX_OK, HEX_INCOMPLETE, HEX_BAD };
int read_hex(const Decoder& d, ssize& s, int count, uint32_t* v) {
  *v = 0;
  for (; count; count--, s++) {
    if (s >= d.len) return HEX_INCOMPLETE;
    int h = hex_digit(d.in[s]);
    if (h < 0) return HEX_BAD;
    *v = *v * 16 + uint32_t(h);
  }
  return HEX_OK;
}

// The warning for the first invalid escape of a call (c > 0xff: an octal value).
bool warn_invalid_escape(int c, bool octal) {
  char msg[64];
  if (octal) snprintf(msg, sizeof msg, "invalid octal escape sequence '\\%o'", unsigned(c));
  else snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", c);
  return err_warn(Exc_DeprecationWarning, msg, 1) == 0;
}

}  // namespace

// ---- unicode_escape ----------------------------------------------------------------------------------
Object* unicode_escape_encode(Object* str) {
  std::u32string t = str_codepoints(str);
  std::string out;
  out.reserve(t.size());
  for (char32_t cc : t) {
    uint32_t c = uint32_t(cc);
    if (c >= 0x10000) hex_escape(out, 'U', c, 8);
    else if (c >= 0x100) hex_escape(out, 'u', c, 4);
    else if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < ' ' || c >= 0x7f) hex_escape(out, 'x', c, 2);
    else out.push_back(char(c));
  }
  return bytes_from(out.data(), ssize(out.size()));
}

Object* unicode_escape_decode(const char* data, ssize n, const char* errors, bool final, ssize* consumed) {
  Decoder d("unicodeescape", data, n, errors);
  int first_invalid = -1;  // the character of the first invalid escape (> 0xff: an octal value)
  ssize s = 0;
  bool stopped = false;
  while (s < d.len) {
    unsigned char c = d.in[s++];
    if (c != '\\') {
      d.put(c);
      continue;
    }
    ssize start = s - 1;
    const char* message = "\\ at end of string";
    bool incomplete = false;
    if (s >= d.len) {
      incomplete = true;
    } else {
      c = d.in[s++];
      int count = 0;
      switch (c) {
        case '\n': continue;
        case '\\': d.put('\\'); continue;
        case '\'': d.put('\''); continue;
        case '"': d.put('"'); continue;
        case 'b': d.put('\b'); continue;
        case 'f': d.put('\f'); continue;
        case 't': d.put('\t'); continue;
        case 'n': d.put('\n'); continue;
        case 'r': d.put('\r'); continue;
        case 'v': d.put('\v'); continue;
        case 'a': d.put('\a'); continue;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          uint32_t v = uint32_t(c - '0');
          for (int k = 0; k < 2 && s < d.len && d.in[s] >= '0' && d.in[s] <= '7'; k++) v = v * 8 + (d.in[s++] - '0');
          if (v > 0377 && first_invalid < 0) first_invalid = int(v);
          d.put(v);
          continue;
        }
        case 'x': count = 2; message = "truncated \\xXX escape"; break;
        case 'u': count = 4; message = "truncated \\uXXXX escape"; break;
        case 'U': count = 8; message = "truncated \\UXXXXXXXX escape"; break;
        case 'N': {
          message = "malformed \\N character escape";
          if (s >= d.len) {
            incomplete = true;
            break;
          }
          if (d.in[s] == '{') {
            ssize name_start = ++s;
            while (s < d.len && d.in[s] != '}') s++;
            if (s >= d.len) {
              incomplete = true;
              break;
            }
            ssize name_len = s - name_start;
            if (name_len) {
              s++;
              uint32_t cp;
              if (uni::lookup_name(std::string_view(reinterpret_cast<const char*>(d.in + name_start), size_t(name_len)),
                                   &cp)) {
                d.put(cp);
                continue;
              }
              message = "unknown Unicode character name";
            }
          }
          break;
        }
        default:
          if (first_invalid < 0) first_invalid = c;
          d.put('\\');
          d.put(c);
          continue;
      }
      if (count) {
        uint32_t v;
        int r = read_hex(d, s, count, &v);
        if (r == HEX_OK) {
          if (v <= 0x10FFFF) {
            d.put(v);
            continue;
          }
          message = "illegal Unicode character";
        }
        incomplete = r == HEX_INCOMPLETE;
      }
    }
    if (incomplete && !final) {
      s = start;
      stopped = true;
      break;
    }
    if (!d.handle(start, s, message, &s)) return nullptr;
  }
  if (first_invalid >= 0 && !warn_invalid_escape(first_invalid, first_invalid > 0xff)) return nullptr;
  if (consumed) *consumed = final ? n : (stopped ? s : d.len);
  return d.result();
}

// ---- raw_unicode_escape --------------------------------------------------------------------------------
Object* raw_unicode_escape_encode(Object* str) {
  std::u32string t = str_codepoints(str);
  std::string out;
  out.reserve(t.size());
  for (char32_t cc : t) {
    uint32_t c = uint32_t(cc);
    if (c >= 0x10000) hex_escape(out, 'U', c, 8);
    else if (c >= 0x100) hex_escape(out, 'u', c, 4);
    else out.push_back(char(c));
  }
  return bytes_from(out.data(), ssize(out.size()));
}

Object* raw_unicode_escape_decode(const char* data, ssize n, const char* errors, bool final, ssize* consumed) {
  Decoder d("rawunicodeescape", data, n, errors);
  ssize s = 0;
  bool stopped = false;
  while (s < d.len) {
    unsigned char c = d.in[s++];
    if (c != '\\') {
      d.put(c);
      continue;
    }
    ssize start = s - 1;
    if (s >= d.len) {
      // A backslash at the very end: kept, unless more input may follow.
      if (!final) {
        s = start;
        stopped = true;
        break;
      }
      d.put('\\');
      continue;
    }
    c = d.in[s++];
    int count;
    const char* message;
    if (c == 'u') {
      count = 4;
      message = "truncated \\uXXXX escape";
    } else if (c == 'U') {
      count = 8;
      message = "truncated \\UXXXXXXXX escape";
    } else {
      d.put('\\');
      d.put(c);
      continue;
    }
    uint32_t v;
    int r = read_hex(d, s, count, &v);
    bool incomplete = r == HEX_INCOMPLETE;
    if (r == HEX_OK) {
      if (v <= 0x10FFFF) {
        d.put(v);
        continue;
      }
      message = "\\Uxxxxxxxx out of range";
    }
    if (incomplete && !final) {
      s = start;
      stopped = true;
      break;
    }
    if (!d.handle(start, s, message, &s)) return nullptr;
  }
  if (consumed) *consumed = final ? n : (stopped ? s : d.len);
  return d.result();
}

// ---- escape_encode / escape_decode (bytes to bytes) ------------------------------------------------------
Object* escape_encode(Object* bytes) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes_data(bytes));
  ssize n = size_of(bytes);
  std::string out;
  out.reserve(size_t(n));
  for (ssize i = 0; i < n; i++) {
    unsigned char c = p[i];
    if (c == '\'' || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7f) {
      hex_escape(out, 'x', c, 2);
    } else {
      out.push_back(char(c));
    }
  }
  return bytes_from(out.data(), ssize(out.size()));
}

Object* escape_decode(const char* data, ssize n, const char* errors) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data);
  std::string out;
  out.reserve(size_t(n));
  int first_invalid = -1;
  for (ssize s = 0; s < n;) {
    unsigned char c = p[s++];
    if (c != '\\') {
      out.push_back(char(c));
      continue;
    }
    if (s == n) return err_format_null(Exc_ValueError, "Trailing \\ in string");
    c = p[s++];
    switch (c) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 't': out.push_back('\t'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 'v': out.push_back('\v'); break;
      case 'a': out.push_back('\a'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = uint32_t(c - '0');
        for (int k = 0; k < 2 && s < n && p[s] >= '0' && p[s] <= '7'; k++) v = v * 8 + (p[s++] - '0');
        if (v > 0377 && first_invalid < 0) first_invalid = int(v);
        out.push_back(char(v & 0xff));
        break;
      }
      case 'x': {
        if (s + 1 < n) {
          int h1 = hex_digit(p[s]), h2 = hex_digit(p[s + 1]);
          if (h1 >= 0 && h2 >= 0) {
            out.push_back(char(h1 * 16 + h2));
            s += 2;
            break;
          }
        }
        Errors k = errors_kind(errors);
        if (k == Errors::Strict) return err_format_null(Exc_ValueError, "invalid \\x escape at position %zd", s - 2);
        if (k == Errors::Replace) {
          out.push_back('?');
        } else if (k != Errors::Ignore) {
          return err_format_null(Exc_ValueError, "decoding error; unknown error handling code: %.400s", errors);
        }
        if (s < n && hex_digit(p[s]) >= 0) s++;
        break;
      }
      default:
        if (first_invalid < 0) first_invalid = c;
        out.push_back('\\');
        s--;
        break;
    }
  }
  if (first_invalid >= 0 && !warn_invalid_escape(first_invalid, first_invalid > 0xff)) return nullptr;
  return bytes_from(out.data(), ssize(out.size()));
}

}  // namespace rt::codecs

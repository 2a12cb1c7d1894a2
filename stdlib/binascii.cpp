// binascii: conversions between binary data and ASCII encodings (base64,
// uuencode, quoted-printable, hex) and the CRC-32 / CRC-CCITT checksums, the
// native module under base64.py, uu, quopri and email.
//
// The decoders (a2b_*) take any bytes-like object or an ASCII str; the
// encoders take bytes-like objects, read through the buffer protocol.  Each
// follows CPython 3.11 byte for byte, including what the lenient decoders
// skip (base64 ignores characters outside its alphabet unless strict_mode,
// and stops at the padding that completes a quad) and the line-length rule
// of b2a_qp (lines of at most 76 characters, soft breaks "=\n" or "=\r\n"
// when the input uses CRLF line ends).
#include <cstring>
#include <string>

#include "runtime/bytes/buffer.h"
#include "runtime/exceptions/exceptions.h"
#include "modules.h"
#include "native.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace stdlib {
using namespace rt;

namespace binascii {
namespace {

TypeObject ErrorType, IncompleteType;

Object* error(const char* msg) { return err_format_null(&ErrorType, "%s", msg); }

// The data of an a2b_* argument: a bytes-like object, or a str of ASCII characters.
class AsciiData {
 public:
  bool get(Object* o) {
    if (is_str(o)) {
      if (!as_str(o)->ascii) {
        err_set_string(Exc_ValueError, "string argument should contain only ASCII characters");
        return false;
      }
      data_ = str_utf8(o);
      size_ = str_utf8_len(o);
      return true;
    }
    if (!object_has_buffer(o)) {
      err_format(Exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", type_name(o));
      return false;
    }
    if (!view_.get(o)) return false;
    data_ = view_.data();
    size_ = view_.size();
    return true;
  }
  const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(data_); }
  ssize size() const { return size_; }

 private:
  BytesLike view_;
  const char* data_ = nullptr;
  ssize size_ = 0;
};

const unsigned char* udata(const BytesLike& b) { return reinterpret_cast<const unsigned char*>(b.data()); }
Object* bytes_of(const std::string& s) { return bytes_from(s.data(), ssize(s.size())); }

bool flag(Object* o, bool dflt, bool* out) {
  if (!o) {
    *out = dflt;
    return true;
  }
  int t = object_is_true(o);
  if (t < 0) return false;
  *out = t;
  return true;
}

// ---- base64 ----------------------------------------------------------------------------------
const char B64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

Object* a2b_base64(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  bool strict;
  if (!native::parse("a2b_base64", args, nargs, kwnames, "data,/$strict_mode", a) || !flag(a[1], false, &strict))
    return nullptr;
  AsciiData in;
  if (!in.get(a[0])) return nullptr;
  const unsigned char* s = in.data();
  ssize n = in.size();
  if (strict && n > 0 && s[0] == '=') return error("Leading padding not allowed");
  std::string out;
  out.reserve(size_t((n + 3) / 4 * 3));
  int quad = 0, pads = 0;
  unsigned left = 0;
  bool padding = false;
  for (ssize i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == '=') {
      padding = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        // The padding completes the quad: the rest of the input is ignored.
        if (strict && i + 1 < n) return error("Excess data after padding");
        return bytes_of(out);
      }
      continue;
    }
    int v = b64_value(c);
    if (v < 0) {
      if (strict) return error("Only base64 data is allowed");
      continue;
    }
    if (strict && padding) return error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0:
        left = unsigned(v);
        break;
      case 1:
        out += char((left << 2) | (unsigned(v) >> 4));
        left = unsigned(v) & 0x0f;
        break;
      case 2:
        out += char((left << 4) | (unsigned(v) >> 2));
        left = unsigned(v) & 0x03;
        break;
      case 3:
        out += char((left << 6) | unsigned(v));
        left = 0;
        break;
    }
    quad = (quad + 1) & 3;
  }
  if (quad == 1)
    return err_format_null(&ErrorType,
                           "Invalid base64-encoded string: number of data characters (%zd) cannot be 1 more than a "
                           "multiple of 4",
                           ssize(out.size()) / 3 * 4 + 1);
  if (quad != 0) return error("Incorrect padding");
  return bytes_of(out);
}

Object* b2a_base64(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  bool newline;
  if (!native::parse("b2a_base64", args, nargs, kwnames, "data,/$newline", a) || !flag(a[1], true, &newline))
    return nullptr;
  BytesLike in;
  if (!in.get(a[0])) return nullptr;
  const unsigned char* s = udata(in);
  ssize n = in.size();
  std::string out;
  out.reserve(size_t((n + 2) / 3 * 4 + 1));
  ssize i = 0;
  for (; i + 3 <= n; i += 3) {
    unsigned v = (unsigned(s[i]) << 16) | (unsigned(s[i + 1]) << 8) | s[i + 2];
    out += B64[v >> 18];
    out += B64[(v >> 12) & 63];
    out += B64[(v >> 6) & 63];
    out += B64[v & 63];
  }
  if (n - i == 1) {
    out += B64[s[i] >> 2];
    out += B64[(s[i] & 3) << 4];
    out += "==";
  } else if (n - i == 2) {
    unsigned v = (unsigned(s[i]) << 8) | s[i + 1];
    out += B64[v >> 10];
    out += B64[(v >> 4) & 63];
    out += B64[(v & 15) << 2];
    out += '=';
  }
  if (newline) out += '\n';
  return bytes_of(out);
}

// ---- uuencode -----------------------------------------------------------------------------------
Object* a2b_uu(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("binascii.a2b_uu", kwnames) || !cont::check_one_arg("binascii.a2b_uu", nargs)) return nullptr;
  AsciiData in;
  if (!in.get(args[0])) return nullptr;
  const unsigned char* s = in.data();
  ssize n = in.size();
  // The first character is the length; an empty line reads as a NUL there, as in CPython.
  ssize bin_len = ((n > 0 ? s[0] : 0) - ' ') & 077;
  ssize i = 1;
  std::string out;
  unsigned left = 0;
  int bits = 0;
  while (ssize(out.size()) < bin_len) {
    unsigned c = i < n ? s[i] : 0;
    if (c == '\n' || c == '\r' || i >= n) {
      c = 0;  // spaces eaten at the end of the line
    } else {
      if (c < ' ' || c > ' ' + 64) return error("Illegal char");
      c = (c - ' ') & 077;
    }
    i++;
    left = (left << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += char((left >> bits) & 0xff);
      left &= (1u << bits) - 1;
    }
  }
  for (; i < n; i++) {
    unsigned char c = s[i];
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') return error("Trailing garbage");
  }
  return bytes_of(out);
}

Object* b2a_uu(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  bool backtick;
  if (!native::parse("b2a_uu", args, nargs, kwnames, "data,/$backtick", a) || !flag(a[1], false, &backtick))
    return nullptr;
  BytesLike in;
  if (!in.get(a[0])) return nullptr;
  const unsigned char* s = udata(in);
  ssize n = in.size();
  if (n > 45) return error("At most 45 bytes at once");
  auto enc = [&](unsigned v) { return char(backtick && v == 0 ? '`' : ' ' + v); };
  std::string out;
  out += backtick && n == 0 ? '`' : char(' ' + n);
  for (ssize i = 0; i < n; i += 3) {
    unsigned v = unsigned(s[i]) << 16;
    if (i + 1 < n) v |= unsigned(s[i + 1]) << 8;
    if (i + 2 < n) v |= s[i + 2];
    for (int shift = 18; shift >= 0; shift -= 6) out += enc((v >> shift) & 63);
  }
  out += '\n';
  return bytes_of(out);
}

// ---- hex ------------------------------------------------------------------------------------------
int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Object* unhex(const char* fname, Object* const* args, ssize nargs, Object* kwnames) {
  std::string q = std::string("binascii.") + fname;
  if (!cont::check_no_kw(q.c_str(), kwnames) || !cont::check_one_arg(q.c_str(), nargs)) return nullptr;
  AsciiData in;
  if (!in.get(args[0])) return nullptr;
  const unsigned char* s = in.data();
  ssize n = in.size();
  if (n % 2) return error("Odd-length string");
  std::string out;
  out.reserve(size_t(n / 2));
  for (ssize i = 0; i < n; i += 2) {
    int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
    if (hi < 0 || lo < 0) return error("Non-hexadecimal digit found");
    out += char((hi << 4) | lo);
  }
  return bytes_of(out);
}
Object* a2b_hex(Object*, Object* const* a, ssize n, Object* kw) { return unhex("a2b_hex", a, n, kw); }
Object* unhexlify(Object*, Object* const* a, ssize n, Object* kw) { return unhex("unhexlify", a, n, kw); }

Object* hex(const char* fname, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (!native::parse(fname, args, nargs, kwnames, "data|sep,bytes_per_sep", a)) return nullptr;
  BytesLike in;
  if (!in.get(a[0])) return nullptr;
  Object* sep = a[1] ? newref(a[1]) : nullptr;
  if (sep && is_str(sep) && str_len(sep) == 1 && str_utf8_len(sep) == 2) {
    // A Latin-1 separator goes into the bytes result as its one byte (CPython
    // checks for ASCII only beyond Latin-1).
    std::string_view cp = str_view(sep);
    char byte = char(((static_cast<unsigned char>(cp[0]) & 0x1f) << 6) | (static_cast<unsigned char>(cp[1]) & 0x3f));
    if (static_cast<unsigned char>(cp[0]) < 0xc4) {  // U+0080..U+00FF
      setref(sep, bytes_from(&byte, 1));
      if (!sep) return nullptr;
    }
  }
  Object* sep_args[2] = {sep, a[2]};
  ssize nsep = sep ? (a[2] ? 2 : 1) : 0;  // without sep, bytes_per_sep changes nothing
  Object* s = hex_with_sep(fname, in.data(), in.size(), sep_args, nsep, nullptr, true);
  xdecref(sep);
  if (!s) return nullptr;
  Object* r = bytes_from(str_utf8(s), str_utf8_len(s));
  decref(s);
  return r;
}
Object* b2a_hex(Object*, Object* const* a, ssize n, Object* kw) { return hex("b2a_hex", a, n, kw); }
Object* hexlify(Object*, Object* const* a, ssize n, Object* kw) { return hex("hexlify", a, n, kw); }

// ---- quoted-printable --------------------------------------------------------------------------------
Object* a2b_qp(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  bool header;
  if (!native::parse("a2b_qp", args, nargs, kwnames, "data|header", a, native::ArgStyle::Getargs) ||
      !flag(a[1], false, &header))
    return nullptr;
  AsciiData in;
  if (!in.get(a[0])) return nullptr;
  const unsigned char* s = in.data();
  ssize n = in.size();
  std::string out;
  ssize i = 0;
  while (i < n) {
    if (s[i] == '=') {
      if (++i >= n) break;  // a final '=' is dropped
      if (s[i] == '\n' || s[i] == '\r') {  // soft line break
        while (i < n && s[i] != '\n') i++;
        if (i < n) i++;
      } else if (s[i] == '=') {  // "==" written by broken encoders
        out += '=';
        i++;
      } else if (i + 1 < n && hex_value(s[i]) >= 0 && hex_value(s[i + 1]) >= 0) {
        out += char((hex_value(s[i]) << 4) | hex_value(s[i + 1]));
        i += 2;
      } else {
        out += '=';
      }
    } else if (header && s[i] == '_') {
      out += ' ';
      i++;
    } else {
      out += char(s[i++]);
    }
  }
  return bytes_of(out);
}

constexpr ssize MAXLINESIZE = 76;

Object* b2a_qp(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4];
  bool quotetabs, istext, header;
  if (!native::parse("b2a_qp", args, nargs, kwnames, "data|quotetabs,istext,header", a, native::ArgStyle::Getargs) ||
      !flag(a[1], false, &quotetabs) || !flag(a[2], true, &istext) || !flag(a[3], false, &header))
    return nullptr;
  BytesLike in;
  if (!in.get(a[0])) return nullptr;
  const unsigned char* s = udata(in);
  ssize n = in.size();
  // CRLF output when the first line end is "\r\n".
  const void* nl = std::memchr(s, '\n', size_t(n));
  bool crlf = nl && nl > static_cast<const void*>(s) && static_cast<const unsigned char*>(nl)[-1] == '\r';
  static const char HEX[] = "0123456789ABCDEF";
  std::string out;
  auto soft_break = [&] {
    out += '=';
    if (crlf) out += '\r';
    out += '\n';
  };
  ssize linelen = 0;
  ssize i = 0;
  while (i < n) {
    unsigned char c = s[i];
    bool quote = c > 126 || c == '=' || (header && c == '_') ||
                 (c == '.' && linelen == 0 && (i + 1 == n || s[i + 1] == '\n' || s[i + 1] == '\r' || s[i + 1] == 0)) ||
                 (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && i + 1 == n) ||
                 (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    if (quote) {
      if (linelen + 3 >= MAXLINESIZE) {
        soft_break();
        linelen = 0;
      }
      out += '=';
      out += HEX[c >> 4];
      out += HEX[c & 15];
      i++;
      linelen += 3;
    } else if (istext && (c == '\n' || (i + 1 < n && c == '\r' && s[i + 1] == '\n'))) {
      linelen = 0;
      // Whitespace at the end of a line is quoted.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        unsigned char w = static_cast<unsigned char>(out.back());
        out.back() = '=';
        out += HEX[w >> 4];
        out += HEX[w & 15];
      }
      if (crlf) out += '\r';
      out += '\n';
      i += c == '\r' ? 2 : 1;
    } else {
      if (i + 1 != n && s[i + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
        soft_break();
        linelen = 0;
      }
      linelen++;
      out += header && c == ' ' ? '_' : char(c);
      i++;
    }
  }
  return bytes_of(out);
}

// ---- checksums ---------------------------------------------------------------------------------------
// An unsigned int argument taken modulo 2**32 (CPython's bitwise "I" converter).
bool crc_arg(Object* o, uint32_t* out) {
  Object* i = number_index(o);
  if (!i) return false;
  // The low 32 bits of any int, negative ones in two's complement.
  Object* mask = int_from_u64(0xffffffffu);
  Object* low = mask ? number_binop(i, mask, BINOP_AND) : nullptr;
  xdecref(mask);
  decref(i);
  if (!low) return false;
  *out = uint32_t(int_as_i64(low));
  decref(low);
  return true;
}

uint32_t crc32_table[256];
uint16_t crc_hqx_table[256];

void make_tables() {
  for (uint32_t n = 0; n < 256; n++) {
    uint32_t c = n;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    crc32_table[n] = c;
    uint32_t h = n << 8;
    for (int k = 0; k < 8; k++) h = h & 0x8000 ? ((h << 1) ^ 0x1021) : h << 1;
    crc_hqx_table[n] = uint16_t(h);
  }
}

Object* crc32(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("binascii.crc32", kwnames) || !cont::check_nargs("crc32", nargs, 1, 2)) return nullptr;
  BytesLike in;
  if (!in.get(args[0])) return nullptr;
  uint32_t crc = 0;
  if (nargs > 1 && !crc_arg(args[1], &crc)) return nullptr;
  crc = ~crc;
  const unsigned char* s = udata(in);
  for (ssize i = 0; i < in.size(); i++) crc = crc32_table[(crc ^ s[i]) & 0xff] ^ (crc >> 8);
  return int_from_u64(~crc);
}

Object* crc_hqx(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("binascii.crc_hqx", kwnames) || !cont::check_nargs("crc_hqx", nargs, 2, 2)) return nullptr;
  BytesLike in;
  if (!in.get(args[0])) return nullptr;
  uint32_t crc;
  if (!crc_arg(args[1], &crc)) return nullptr;
  crc &= 0xffff;
  const unsigned char* s = udata(in);
  for (ssize i = 0; i < in.size(); i++) crc = ((crc << 8) & 0xff00) ^ crc_hqx_table[((crc >> 8) ^ s[i]) & 0xff];
  return int_from_i64(crc);
}

MethodDef module_functions[] = {
    {"a2b_uu", a2b_uu, METH_DEFAULT, "Decode a line of uuencoded data."},
    {"b2a_uu", b2a_uu, METH_DEFAULT, "Uuencode line of data."},
    {"a2b_base64", a2b_base64, METH_DEFAULT,
     "Decode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 "
     "standard are not allowed.\n    The same applies to excess data after padding (= / ==)."},
    {"b2a_base64", b2a_base64, METH_DEFAULT, "Base64-code line of data."},
    {"a2b_hex", a2b_hex, METH_DEFAULT,
     "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits "
     "(upper or lower case).\nThis function is also available as \"unhexlify()\"."},
    {"b2a_hex", b2a_hex, METH_DEFAULT, "Hexadecimal representation of binary data."},
    {"hexlify", hexlify, METH_DEFAULT, "Hexadecimal representation of binary data."},
    {"unhexlify", unhexlify, METH_DEFAULT,
     "Binary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits "
     "(upper or lower case)."},
    {"crc_hqx", crc_hqx, METH_DEFAULT, "Compute CRC-CCITT incrementally."},
    {"crc32", crc32, METH_DEFAULT, "Compute CRC-32 incrementally."},
    {"a2b_qp", a2b_qp, METH_DEFAULT, "Decode a string of qp-encoded data."},
    {"b2a_qp", b2a_qp, METH_DEFAULT,
     "Encode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, newlines are not "
     "encoded, and white\nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\nare both encoded.  "
     "When quotetabs is set, space and tabs are encoded."},
    {nullptr, nullptr, 0, nullptr},
};

void exception_type(TypeObject& t, const char* name, TypeObject* base) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(ExcObject);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_BASE_EXC_SUBCLASS;
  t.tp_base = base;
  t.tp_dictoffset = offsetof(ExcObject, dict);
}

}  // namespace
}  // namespace binascii

Object* init_binascii_module() {
  using namespace binascii;
  if (!has_flag(&ErrorType, TPFLAG_READY)) {
    make_tables();
    exception_type(ErrorType, "binascii.Error", Exc_ValueError);
    exception_type(IncompleteType, "binascii.Incomplete", Exc_Exception);
  }
  return native::make_module("binascii", "Conversion between binary data and ASCII", module_functions,
                             {&ErrorType, &IncompleteType});
}

}  // namespace stdlib

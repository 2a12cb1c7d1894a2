// The Unicode transformation formats: UTF-8, UTF-16, UTF-32 and UTF-7
// (docs/codecs.md).  Each follows CPython's codec exactly where a program
// can tell: the error ranges and reasons a handler sees, what an incremental
// (final=False) decode leaves for the next call, BOM handling, and the
// encoding name in the exceptions ("utf-8", "utf-16-le", "utf7" ...).
//
// UTF-8 decoding, the hot one, first checks the whole input; valid input
// (pyglass stores str as UTF-8) is copied as it is.  The error ranges:
// an invalid start byte is one byte; a bad continuation byte ends the range
// before it ([lead, bad)); a valid prefix cut off by the end of the input is
// "unexpected end of data" up to the end (or, when not final, is left
// unconsumed).  A surrogate encoded in UTF-8 (ED A0..BF xx) is an invalid
// continuation at its second byte, which surrogatepass turns back into the
// surrogate.
#include <cstring>

#include "runtime/text/codecs.h"
#include "runtime/text/str.h"

namespace rt::codecs {

namespace {

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }
constexpr bool kLittle = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

// Offset of the first surrogate's lead byte in pyglass's UTF-8, or -1.
ssize find_surrogate(const char* p, ssize n) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
  for (ssize i = 0; i + 2 < n; i++) {
    const void* hit = memchr(u + i, 0xED, size_t(n - i - 2));
    if (!hit) return -1;
    i = static_cast<const unsigned char*>(hit) - u;
    if (u[i + 1] >= 0xA0) return i;
  }
  return -1;
}

// Encode a handler's text replacement for the UTF codecs: ASCII only.
bool ascii_only(const std::u32string& t) {
  for (char32_t c : t)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

// ---- UTF-8 ------------------------------------------------------------------------------------
Object* utf8_encode(Object* str, const char* errors) {
  StrObject* s = as_str(str);
  if (s->ascii || find_surrogate(s->data, s->utf8_len) < 0) return bytes_from(s->data, s->utf8_len);
  Encoder enc("utf-8", str, errors);
  enc.escape_prefix = true;
  enc.out.reserve(size_t(s->utf8_len));
  const char32_t* t = enc.text.data();
  ssize n = ssize(enc.text.size());
  Replacement rep;
  for (ssize i = 0; i < n;) {
    uint32_t c = uint32_t(t[i]);
    if (!is_surrogate(c)) {
      utf8_append(enc.out, c);
      i++;
      continue;
    }
    ssize end = i + 1;
    while (end < n && is_surrogate(uint32_t(t[end]))) end++;
    ssize newpos;
    if (!enc.handle(i, end, "surrogates not allowed", rep, &newpos)) return nullptr;
    if (rep.is_bytes) {
      enc.out += rep.bytes;
    } else {
      if (!ascii_only(rep.text)) {
        enc.raise(i, end, "surrogates not allowed");
        return nullptr;
      }
      for (char32_t r : rep.text) enc.out.push_back(char(r));
    }
    i = newpos;
  }
  return enc.result();
}

Object* utf8_decode(const char* data, ssize n, const char* errors, ssize* consumed) {
  ssize bad_len;
  const char* reason;
  ssize first_bad = utf8_check(data, n, false, &bad_len, &reason);
  if (first_bad < 0) {
    if (consumed) *consumed = n;
    return str_from_valid(data, n);
  }
  Decoder d("utf-8", data, n, errors);
  d.out.append(data, size_t(first_bad));
  ssize i = first_bad;
  while (i < d.len) {
    const unsigned char* s = d.in;
    unsigned char c = s[i];
    if (c < 0x80) {
      d.out.push_back(char(c));
      i++;
      continue;
    }
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      else if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      else if (c == 0xF4) hi = 0x8F;
    } else {
      if (!d.handle(i, i + 1, "invalid start byte", &i)) return nullptr;
      continue;
    }
    int k = 1;
    for (; k <= need && i + k < d.len; k++) {
      unsigned char b = s[i + k];
      if (!(k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF))) break;
    }
    if (k > need) {
      d.out.append(reinterpret_cast<const char*>(s + i), size_t(need + 1));
      i += need + 1;
      continue;
    }
    if (i + k >= d.len) {
      // A valid prefix cut off by the end of the input.
      if (consumed) break;
      if (!d.handle(i, d.len, "unexpected end of data", &i)) return nullptr;
      continue;
    }
    // A truncated surrogate (ED A0..BF) at the very end waits for more input.
    if (consumed && c == 0xED && k == 1 && d.len - i == 2 && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF) break;
    if (!d.handle(i, i + k, "invalid continuation byte", &i)) return nullptr;
  }
  if (consumed) *consumed = i < d.len ? i : d.len;
  return d.result();
}

// ---- UTF-16 ---------------------------------------------------------------------------------------
namespace {

void put16(std::string& out, uint32_t u, bool big) {
  if (big) {
    out.push_back(char(u >> 8));
    out.push_back(char(u));
  } else {
    out.push_back(char(u));
    out.push_back(char(u >> 8));
  }
}

void put32(std::string& out, uint32_t u, bool big) {
  if (big) {
    for (int k = 3; k >= 0; k--) out.push_back(char(u >> (8 * k)));
  } else {
    for (int k = 0; k < 4; k++) out.push_back(char(u >> (8 * k)));
  }
}

// The common loop of the UTF-16 and UTF-32 encoders: lone surrogates go to
// the error handler, whose bytes must be whole units and whose text ASCII.
Object* utf_wide_encode(Object* str, const char* errors, int byteorder, int width) {
  const char* name = width == 2 ? (byteorder < 0 ? "utf-16-le" : byteorder > 0 ? "utf-16-be" : "utf-16")
                                : (byteorder < 0 ? "utf-32-le" : byteorder > 0 ? "utf-32-be" : "utf-32");
  bool big = byteorder > 0 || (byteorder == 0 && !kLittle);
  Encoder enc(name, str, errors);
  ssize n = ssize(enc.text.size());
  enc.out.reserve(size_t((n + 1) * width));
  auto unit = [&](uint32_t u) {
    if (width == 2) put16(enc.out, u, big);
    else put32(enc.out, u, big);
  };
  if (byteorder == 0) unit(0xFEFF);
  Replacement rep;
  for (ssize i = 0; i < n;) {
    uint32_t c = uint32_t(enc.text[size_t(i)]);
    if (!is_surrogate(c)) {
      if (width == 2 && c >= 0x10000) {
        unit(0xD800 | ((c - 0x10000) >> 10));
        unit(0xDC00 | ((c - 0x10000) & 0x3FF));
      } else {
        unit(c);
      }
      i++;
      continue;
    }
    ssize newpos;
    if (!enc.handle(i, i + 1, "surrogates not allowed", rep, &newpos)) return nullptr;
    if (rep.is_bytes) {
      if (rep.bytes.size() % size_t(width)) {
        enc.raise(newpos - 1, newpos, "surrogates not allowed");
        return nullptr;
      }
      enc.out += rep.bytes;
    } else {
      if (!ascii_only(rep.text)) {
        enc.raise(newpos - 1, newpos, "surrogates not allowed");
        return nullptr;
      }
      for (char32_t r : rep.text) unit(uint32_t(r));
    }
    i = newpos;
  }
  return enc.result();
}

}  // namespace

Object* utf16_encode(Object* str, const char* errors, int byteorder) {
  return utf_wide_encode(str, errors, byteorder, 2);
}

Object* utf32_encode(Object* str, const char* errors, int byteorder) {
  return utf_wide_encode(str, errors, byteorder, 4);
}

Object* utf16_decode(const char* data, ssize n, const char* errors, int* byteorder, bool final, ssize* consumed) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(data);
  int bo = *byteorder;
  ssize q = 0;
  if (bo == 0 && n >= 2) {
    uint32_t bom = uint32_t(u[1]) << 8 | u[0];
    if (bom == 0xFEFF) {
      q = 2;
      bo = -1;
    } else if (bom == 0xFFFE) {
      q = 2;
      bo = 1;
    }
    *byteorder = bo;
  }
  bool big = bo > 0 || (bo == 0 && !kLittle);
  Decoder d(big ? "utf-16-be" : "utf-16-le", data, n, errors);
  auto unit = [&](ssize at) {
    return big ? uint32_t(d.in[at]) << 8 | d.in[at + 1] : uint32_t(d.in[at + 1]) << 8 | d.in[at];
  };
  while (q < d.len) {
    if (d.len - q < 2) {
      if (!final) break;
      if (!d.handle(q, d.len, "truncated data", &q)) return nullptr;
      continue;
    }
    uint32_t c = unit(q);
    if (!is_surrogate(c)) {
      d.put(c);
      q += 2;
      continue;
    }
    if (c >= 0xDC00) {
      if (!d.handle(q, q + 2, "illegal encoding", &q)) return nullptr;
      continue;
    }
    if (d.len - q < 4) {
      if (!final) break;
      if (!d.handle(q, d.len, "unexpected end of data", &q)) return nullptr;
      continue;
    }
    uint32_t c2 = unit(q + 2);
    if (c2 >= 0xDC00 && c2 <= 0xDFFF) {
      d.put(0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00));
      q += 4;
      continue;
    }
    if (!d.handle(q, q + 2, "illegal UTF-16 surrogate", &q)) return nullptr;
  }
  if (consumed) *consumed = final ? n : q;
  return d.result();
}

Object* utf32_decode(const char* data, ssize n, const char* errors, int* byteorder, bool final, ssize* consumed) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(data);
  int bo = *byteorder;
  ssize q = 0;
  if (bo == 0 && n >= 4) {
    if (u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) {
      q = 4;
      bo = -1;
    } else if (u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF) {
      q = 4;
      bo = 1;
    }
    *byteorder = bo;
  }
  bool big = bo > 0 || (bo == 0 && !kLittle);
  Decoder d(big ? "utf-32-be" : "utf-32-le", data, n, errors);
  while (q < d.len) {
    if (d.len - q < 4) {
      if (!final) break;
      if (!d.handle(q, d.len, "truncated data", &q)) return nullptr;
      continue;
    }
    const unsigned char* p = d.in + q;
    uint32_t c = big ? uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]
                     : uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0];
    if (c > 0x10FFFF) {
      if (!d.handle(q, q + 4, "code point not in range(0x110000)", &q)) return nullptr;
      continue;
    }
    if (is_surrogate(c)) {
      if (!d.handle(q, q + 4, "code point in surrogate code point range(0xd800, 0xe000)", &q)) return nullptr;
      continue;
    }
    d.put(c);
    q += 4;
  }
  if (consumed) *consumed = final ? n : q;
  return d.result();
}

// ---- UTF-7 (RFC 2152) -----------------------------------------------------------------------------------
// Direct characters are written as themselves; everything else goes into a
// "+...-" section of modified base64 holding UTF-16 units.  The encoder
// writes Set D, Set O and white space directly, as CPython does; the decoder
// accepts every ASCII character but '+' directly.
namespace {

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_b64(unsigned c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
uint32_t from_b64(unsigned c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  return c == '+' ? 62 : 63;
}
// Written as itself by the encoder: ASCII but NUL, '+', '\\', '~' and DEL
// (RFC 2152's Set D, Set O and the white space CPython writes directly).
bool encode_direct(uint32_t c) {
  if (c == 0 || c >= 127) return false;
  if (c < 32) return c == '\t' || c == '\n' || c == '\r';
  return c != '+' && c != '\\' && c != '~';
}

}  // namespace

Object* utf7_encode(Object* str, const char* errors) {
  std::u32string t = str_codepoints(str);
  std::string out;
  out.reserve(t.size() * 2);
  bool in_shift = false;
  int bits = 0;
  uint64_t buf = 0;
  auto emit = [&](uint32_t unit) {
    bits += 16;
    buf = (buf << 16) | unit;
    while (bits >= 6) {
      out.push_back(kB64[(buf >> (bits - 6)) & 0x3F]);
      bits -= 6;
    }
    buf &= (uint64_t(1) << bits) - 1;
  };
  for (char32_t cc : t) {
    uint32_t c = uint32_t(cc);
    if (in_shift) {
      if (encode_direct(c)) {
        if (bits) {
          out.push_back(kB64[(buf << (6 - bits)) & 0x3F]);
          buf = 0;
          bits = 0;
        }
        in_shift = false;
        if (is_b64(c) || c == '-') out.push_back('-');
        out.push_back(char(c));
        continue;
      }
    } else if (c == '+') {
      out += "+-";
      continue;
    } else if (encode_direct(c)) {
      out.push_back(char(c));
      continue;
    } else {
      out.push_back('+');
      in_shift = true;
    }
    if (c >= 0x10000) {
      emit(0xD800 | ((c - 0x10000) >> 10));
      c = 0xDC00 | ((c - 0x10000) & 0x3FF);
    }
    emit(c);
  }
  if (bits) out.push_back(kB64[(buf << (6 - bits)) & 0x3F]);
  if (in_shift) out.push_back('-');
  return bytes_from(out.data(), ssize(out.size()));
}

Object* utf7_decode(const char* data, ssize n, const char* errors, bool final, ssize* consumed) {
  Decoder d("utf7", data, n, errors);
  bool in_shift = false;
  int bits = 0;
  uint64_t buf = 0;
  uint32_t surrogate = 0;
  ssize start = 0;        // where the current shift sequence (or error) began
  size_t shift_out = 0;   // output length when the shift sequence began
  ssize s = 0;
  for (;;) {
    while (s < d.len) {
      unsigned c = d.in[s];
      const char* msg = nullptr;
      if (in_shift) {
        if (is_b64(c)) {
          buf = (buf << 6) | from_b64(c);
          bits += 6;
          s++;
          if (bits >= 16) {
            uint32_t unit = uint32_t(buf >> (bits - 16)) & 0xFFFF;
            bits -= 16;
            buf &= (uint64_t(1) << bits) - 1;
            if (surrogate) {
              if (unit >= 0xDC00 && unit <= 0xDFFF) {
                d.put(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
                surrogate = 0;
                continue;
              }
              d.put(surrogate);
              surrogate = 0;
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) surrogate = unit;
            else d.put(unit);
          }
          continue;
        }
        // Leaving the base64 section.
        in_shift = false;
        if (bits > 0) {
          if (bits >= 6) {
            s++;
            msg = "partial character in shift sequence";
          } else if (buf != 0) {
            s++;
            msg = "non-zero padding bits in shift sequence";
          }
        }
        if (!msg) {
          if (surrogate && c <= 127 && c != '+') d.put(surrogate);
          surrogate = 0;
          if (c == '-') s++;
          continue;
        }
      } else if (c == '+') {
        start = s;
        s++;
        if (s < d.len && d.in[s] == '-') {
          s++;
          d.put('+');
          continue;
        }
        if (s < d.len && !is_b64(d.in[s])) {
          s++;
          msg = "ill-formed sequence";
        } else {
          in_shift = true;
          surrogate = 0;
          shift_out = d.out.size();
          bits = 0;
          buf = 0;
          continue;
        }
      } else if (c <= 127) {
        s++;
        d.put(c);
        continue;
      } else {
        start = s;
        s++;
        msg = "unexpected special character";
      }
      if (!d.handle(start, s, msg, &s)) return nullptr;
    }
    // The end of the input inside a shift sequence.
    if (in_shift && final) {
      in_shift = false;
      if (surrogate || bits >= 6 || (bits > 0 && buf != 0)) {
        if (!d.handle(start, d.len, "unterminated shift sequence", &s)) return nullptr;
        surrogate = 0;
        if (s < d.len) continue;
      }
    }
    break;
  }
  if (consumed) {
    if (final) {
      *consumed = n;
    } else if (in_shift) {
      *consumed = start;
      d.out.resize(shift_out);
    } else {
      *consumed = s;
    }
  }
  return d.result();
}

}  // namespace rt::codecs

// The error-handler protocol of the codecs (docs/codecs.md, "Error handlers").
//
// A codec that meets text it cannot encode, or bytes it cannot decode, calls
// Encoder::handle / Decoder::handle with the range and a reason.  The
// handlers CPython's codecs treat specially (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass) are
// applied inline, without making an exception object; any other name is
// looked up once per call in the registry and called as CPython calls it:
// with a UnicodeEncodeError/DecodeError whose start, end and reason describe
// the range (one exception object per codec call, updated before each call),
// returning (replacement, new position).  The position may be negative
// (counted from the end) and must land inside the input (IndexError
// otherwise).  A decode handler may also replace exc.object: decoding then
// goes on in the new input, which is why decoders re-read Decoder::in/len
// after every handle().
//
// The same file holds the built-in handlers as Python callables
// (codecs.lookup_error('replace') ...), which compute the same replacements
// from an exception object, and the small helpers both use.
#include <cstdio>
#include <cstring>

#include "runtime/text/codecs.h"
#include "runtime/text/str.h"
#include "runtime/text/unicode.h"

namespace rt::codecs {

// ---- code points ------------------------------------------------------
std::u32string str_codepoints(Object* s) {
  std::u32string out;
  StrObject* so = as_str(s);
  out.reserve(size_t(so->ob_size));
  const char* p = so->data;
  const char* e = p + so->utf8_len;
  if (so->ascii) {
    for (; p < e; p++) out.push_back(char32_t(static_cast<unsigned char>(*p)));
    return out;
  }
  while (p < e) out.push_back(char32_t(utf8_next(p)));
  return out;
}

Object* str_from_codepoints(const char32_t* cps, ssize n) {
  std::string s;
  s.reserve(size_t(n));
  for (ssize i = 0; i < n; i++) utf8_append(s, uint32_t(cps[i]));
  return str_from_valid(s);
}

void append_backslash_escape(std::string& out, uint32_t cp) {
  static const char hex[] = "0123456789abcdef";
  int digits;
  if (cp <= 0xff) {
    out += "\\x";
    digits = 2;
  } else if (cp <= 0xffff) {
    out += "\\u";
    digits = 4;
  } else {
    out += "\\U";
    digits = 8;
  }
  for (int k = digits - 1; k >= 0; k--) out.push_back(hex[(cp >> (4 * k)) & 15]);
}

namespace {

void append_xmlcharref(std::string& out, uint32_t cp) {
  char buf[16];
  snprintf(buf, sizeof buf, "&#%u;", cp);
  out += buf;
}

void append_ascii_as_text(std::u32string& out, const std::string& s) {
  for (unsigned char c : s) out.push_back(char32_t(c));
}

bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

}  // namespace

// ---- error-handler names and standard encodings -----------------------------------------------
Errors errors_kind(const char* e) {
  if (!e || strcmp(e, "strict") == 0) return Errors::Strict;
  switch (e[0]) {
    case 'i': if (strcmp(e, "ignore") == 0) return Errors::Ignore; break;
    case 'r': if (strcmp(e, "replace") == 0) return Errors::Replace; break;
    case 'b': if (strcmp(e, "backslashreplace") == 0) return Errors::BackslashReplace; break;
    case 'x': if (strcmp(e, "xmlcharrefreplace") == 0) return Errors::XmlCharRefReplace; break;
    case 's':
      if (strcmp(e, "surrogateescape") == 0) return Errors::SurrogateEscape;
      if (strcmp(e, "surrogatepass") == 0) return Errors::SurrogatePass;
      break;
  }
  return Errors::Other;
}

Std standard_encoding(const char* e) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
  if (!(lower(e[0]) == 'u' && lower(e[1]) == 't' && lower(e[2]) == 'f')) return Std::Unknown;
  e += 3;
  if (*e == '-' || *e == '_') e++;
  if (e[0] == '8' && e[1] == 0) return Std::Utf8;
  bool b16 = e[0] == '1' && e[1] == '6', b32 = e[0] == '3' && e[1] == '2';
  if (!b16 && !b32) return Std::Unknown;
  e += 2;
  bool little = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
  if (*e == 0) return b16 ? (little ? Std::Utf16LE : Std::Utf16BE) : (little ? Std::Utf32LE : Std::Utf32BE);
  if (*e != '-' && *e != '_') return Std::Unknown;
  e++;
  if (lower(e[1]) != 'e' || e[2] != 0) return Std::Unknown;
  if (lower(e[0]) == 'l') return b16 ? Std::Utf16LE : Std::Utf32LE;
  if (lower(e[0]) == 'b') return b16 ? Std::Utf16BE : Std::Utf32BE;
  return Std::Unknown;
}

int surrogate_bytes(Std e, uint32_t cp, char out[4]) {
  switch (e) {
    case Std::Utf8:
      out[0] = char(0xE0 | (cp >> 12));
      out[1] = char(0x80 | ((cp >> 6) & 0x3F));
      out[2] = char(0x80 | (cp & 0x3F));
      return 3;
    case Std::Utf16LE: out[0] = char(cp); out[1] = char(cp >> 8); return 2;
    case Std::Utf16BE: out[0] = char(cp >> 8); out[1] = char(cp); return 2;
    case Std::Utf32LE: out[0] = char(cp); out[1] = char(cp >> 8); out[2] = 0; out[3] = 0; return 4;
    case Std::Utf32BE: out[0] = 0; out[1] = 0; out[2] = char(cp >> 8); out[3] = char(cp); return 4;
    default: return 0;
  }
}

int surrogate_length(Std e) { return e == Std::Utf8 ? 3 : e == Std::Utf16LE || e == Std::Utf16BE ? 2 : 4; }

uint32_t surrogate_at(Std e, const unsigned char* p, ssize n) {
  uint32_t ch = 0;
  switch (e) {
    case Std::Utf8:
      if (n >= 3 && (p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        ch = (uint32_t(p[0] & 0x0F) << 12) | (uint32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      break;
    case Std::Utf16LE: if (n >= 2) ch = uint32_t(p[1]) << 8 | p[0]; break;
    case Std::Utf16BE: if (n >= 2) ch = uint32_t(p[0]) << 8 | p[1]; break;
    case Std::Utf32LE:
      if (n >= 4) ch = uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0];
      break;
    case Std::Utf32BE:
      if (n >= 4) ch = uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
      break;
    default: break;
  }
  return is_surrogate(ch) ? ch : 0;
}

// ---- integer arguments ----------------------------------------------------------------------
bool index_arg(Object* o, const char* ctype, ssize* out) {
  if (!type_of(o)->nb_index) {
    err_format(Exc_TypeError, "'%.200s' object cannot be interpreted as an integer", type_name(o));
    return false;
  }
  ssize v = number_as_ssize(o, Exc_OverflowError);
  bool is_int_type = strcmp(ctype, "int") == 0;
  if ((v == -1 && err_occurred()) || (is_int_type && (v > INT32_MAX || v < INT32_MIN))) {
    if (err_occurred() && !err_matches(Exc_OverflowError)) return false;
    err_clear();
    err_format(Exc_OverflowError, "Python int too large to convert to C %s", ctype);
    return false;
  }
  *out = v;
  return true;
}

// ---- what a Python handler returned -----------------------------------------------------------
bool parse_handler_result(Object* res, const char* what, ssize len, Object** rep, ssize* newpos) {
  bool encoding = strcmp(what, "encoding") == 0;
  char msg[80];
  snprintf(msg, sizeof msg, "%s error handler must return (%s, int) tuple", what, encoding ? "str/bytes" : "str");
  if (!is_tuple(res) || size_of(res) != 2) {
    err_set_string(Exc_TypeError, msg);
    return false;
  }
  Object* r = tuple_get(res, 0);
  Object* p = tuple_get(res, 1);
  if (!(is_str(r) || (encoding && is_bytes(r)))) {
    err_set_string(Exc_TypeError, msg);
    return false;
  }
  ssize pos;
  if (!index_arg(p, "ssize_t", &pos)) return false;
  if (pos < 0) pos += len;
  if (pos < 0 || pos > len) {
    err_format(Exc_IndexError, "position %zd from error handler out of bounds", pos);
    return false;
  }
  *rep = r;
  *newpos = pos;
  return true;
}

// ---- Encoder ---------------------------------------------------------------------------------------
Encoder::Encoder(const char* enc, Object* s, const char* errs, bool need_text)
    : encoding(enc), str(s), errors(errs ? errs : "strict"), kind(errors_kind(errs)) {
  if (need_text) text = str_codepoints(s);
}

Encoder::~Encoder() {
  xdecref(exc_);
  xdecref(handler_);
}

Object* Encoder::exception(ssize start, ssize end, const char* reason) {
  if (!exc_) {
    exc_ = make_encode_error(encoding, str, start, end, reason);
  } else {
    set_error_range(exc_, start, end, reason);
  }
  return exc_;
}

void Encoder::raise(ssize start, ssize end, const char* reason) {
  if (Object* e = exception(start, end, reason)) err_set_exception(e);
}

bool Encoder::handle(ssize start, ssize end, const char* reason, Replacement& rep, ssize* newpos) {
  rep.clear();
  *newpos = end;
  switch (kind) {
    case Errors::Strict:
      raise(start, end, reason);
      return false;
    case Errors::Ignore:
      return true;
    case Errors::Replace:
      rep.text.assign(size_t(end - start), U'?');
      return true;
    case Errors::BackslashReplace: {
      std::string s;
      for (ssize k = start; k < end; k++) append_backslash_escape(s, uint32_t(text[size_t(k)]));
      append_ascii_as_text(rep.text, s);
      return true;
    }
    case Errors::XmlCharRefReplace: {
      std::string s;
      for (ssize k = start; k < end; k++) append_xmlcharref(s, uint32_t(text[size_t(k)]));
      append_ascii_as_text(rep.text, s);
      return true;
    }
    case Errors::SurrogateEscape: {
      rep.is_bytes = true;
      for (ssize k = start; k < end; k++) {
        uint32_t c = uint32_t(text[size_t(k)]);
        if (c < 0xDC80 || c > 0xDCFF) {
          if (escape_prefix && k > start) {
            // The escaped prefix is output; the rest raises.
            out += rep.bytes;
            raise(k, end, reason);
          } else {
            raise(start, end, reason);
          }
          return false;
        }
        rep.bytes.push_back(char(c - 0xDC00));
      }
      return true;
    }
    case Errors::SurrogatePass: {
      Std e = standard_encoding(encoding);
      rep.is_bytes = true;
      char buf[4];
      for (ssize k = start; k < end; k++) {
        uint32_t c = uint32_t(text[size_t(k)]);
        if (e == Std::Unknown || !is_surrogate(c)) {
          raise(start, end, reason);
          return false;
        }
        rep.bytes.append(buf, size_t(surrogate_bytes(e, c, buf)));
      }
      return true;
    }
    case Errors::Other:
      break;
  }
  if (!handler_ && !(handler_ = lookup_error(errors))) return false;
  Object* exc = exception(start, end, reason);
  if (!exc) return false;
  Object* res = call1(handler_, exc);
  if (!res) return false;
  Object* r;
  bool ok = parse_handler_result(res, "encoding", ssize(text.size()), &r, newpos);
  if (ok) {
    if (is_bytes(r)) {
      rep.is_bytes = true;
      rep.bytes.assign(bytes_data(r), size_t(size_of(r)));
    } else {
      rep.text = str_codepoints(r);
    }
  }
  decref(res);
  return ok;
}

// ---- Decoder ---------------------------------------------------------------------------------------
Decoder::Decoder(const char* enc, const char* data, ssize n, const char* errs)
    : encoding(enc), errors(errs ? errs : "strict"), kind(errors_kind(errs)),
      in(reinterpret_cast<const unsigned char*>(data)), len(n) {
  out.reserve(size_t(n));
}

Decoder::~Decoder() {
  xdecref(exc_);
  xdecref(handler_);
  xdecref(input_);
}

void Decoder::put_slow(uint32_t cp) { utf8_append(out, cp); }

Object* Decoder::result() { return str_from_valid(out); }

Object* Decoder::exception(ssize start, ssize end, const char* reason) {
  if (!exc_) {
    exc_ = make_decode_error(encoding, reinterpret_cast<const char*>(in), len, start, end, reason);
  } else {
    set_error_range(exc_, start, end, reason);
  }
  return exc_;
}

void Decoder::raise(ssize start, ssize end, const char* reason) {
  if (Object* e = exception(start, end, reason)) err_set_exception(e);
}

bool Decoder::handle(ssize start, ssize end, const char* reason, ssize* pos) {
  *pos = end;
  switch (kind) {
    case Errors::Strict:
      raise(start, end, reason);
      return false;
    case Errors::Ignore:
      return true;
    case Errors::Replace:
      put(0xFFFD);
      return true;
    case Errors::BackslashReplace:
      for (ssize k = start; k < end; k++) append_backslash_escape(out, in[k]);
      return true;
    case Errors::SurrogateEscape: {
      // At most four bytes, all of them non-ASCII; the codec calls again for the rest.
      ssize k = start;
      while (k < end && k - start < 4 && in[k] >= 128) put(0xDC00 + in[k++]);
      if (k == start) {
        raise(start, end, reason);
        return false;
      }
      *pos = k;
      return true;
    }
    case Errors::SurrogatePass: {
      Std e = std != Std::Unknown ? std : standard_encoding(encoding);
      uint32_t ch = e == Std::Unknown ? 0 : surrogate_at(e, in + start, len - start);
      if (!ch) {
        raise(start, end, reason);
        return false;
      }
      put(ch);
      *pos = start + surrogate_length(e);
      return true;
    }
    default:
      break;
  }
  if (!handler_ && !(handler_ = lookup_error(errors))) return false;
  Object* exc = exception(start, end, reason);
  if (!exc) return false;
  Object* seen = static_cast<UnicodeErrorObject*>(exc)->object;
  Object* res = call1(handler_, exc);
  if (!res) return false;
  // The handler may have given the exception a new input.
  Object* now = static_cast<UnicodeErrorObject*>(exc)->object;
  if (now != seen) {
    if (!now || !is_bytes(now)) {
      decref(res);
      err_set_string(Exc_TypeError, "object attribute must be bytes");
      return false;
    }
    setref(input_, newref(now));
    in = reinterpret_cast<const unsigned char*>(bytes_data(now));
    len = size_of(now);
  }
  Object* r;
  bool ok = parse_handler_result(res, "decoding", len, &r, pos);
  if (ok) out.append(str_view(r));
  decref(res);
  return ok;
}

// ---- the built-in handlers as Python callables ---------------------------------------------------
namespace {

enum ExcKind { K_NONE, K_ENCODE, K_DECODE, K_TRANSLATE };

ExcKind exc_kind(Object* exc) {
  if (is_instance_of(exc, Exc_UnicodeEncodeError)) return K_ENCODE;
  if (is_instance_of(exc, Exc_UnicodeDecodeError)) return K_DECODE;
  if (is_instance_of(exc, Exc_UnicodeTranslateError)) return K_TRANSLATE;
  return K_NONE;
}

Object* wrong_exception(Object* exc) {
  return err_format_null(Exc_TypeError, "don't know how to handle %.200s in error callback", type_name(exc));
}

bool one_arg(const char* name, Object* const* args, ssize nargs, Object* kwnames, Object** exc) {
  return parse_args(name, args, nargs, kwnames, "exc,/", exc);
}

Object* result_pair(Object* rep_steal, ssize pos) {
  if (!rep_steal) return nullptr;
  Object* p = int_from_i64(pos);
  if (!p) {
    decref(rep_steal);
    return nullptr;
  }
  Object* t = tuple_new(2);
  if (!t) {
    decref(rep_steal);
    decref(p);
    return nullptr;
  }
  tuple_set_steal(t, 0, rep_steal);
  tuple_set_steal(t, 1, p);
  return t;
}

Object* text_pair(const std::string& utf8, ssize pos) { return result_pair(str_from_valid(utf8), pos); }

Object* raise_exc(Object* exc) {
  err_set_exception(exc);
  return nullptr;
}

Object* strict_errors(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* exc;
  if (!one_arg("strict_errors", args, nargs, kwnames, &exc)) return nullptr;
  if (!is_exception(exc)) return err_format_null(Exc_TypeError, "codec must pass exception instance");
  return raise_exc(exc);
}

// What every other built-in handler does first: take its argument, check it
// is an exception of a kind the handler knows (accept: a mask of 1 << kind)
// and read the range a handler sees.
struct Handled {
  Object* exc;
  ExcKind kind;
  ssize start, end;
  UnicodeErrorObject* u() const { return static_cast<UnicodeErrorObject*>(exc); }
  const unsigned char* bytes() const { return reinterpret_cast<const unsigned char*>(bytes_data(u()->object)); }
  // The code points of exc.object[start:end] (a str).
  std::u32string text() const {
    std::u32string all = str_codepoints(u()->object);
    return start >= end ? std::u32string() : all.substr(size_t(start), size_t(end - start));
  }
};

bool handler_start(const char* name, Object* const* args, ssize nargs, Object* kwnames, unsigned accept, Handled* h) {
  if (!one_arg(name, args, nargs, kwnames, &h->exc)) return false;
  h->kind = exc_kind(h->exc);
  if (!(accept & (1u << h->kind))) {
    wrong_exception(h->exc);
    return false;
  }
  return error_range(h->exc, h->kind == K_DECODE, &h->start, &h->end);
}

constexpr unsigned kEncode = 1u << K_ENCODE, kDecode = 1u << K_DECODE, kTranslate = 1u << K_TRANSLATE;
constexpr unsigned kAll = kEncode | kDecode | kTranslate;

Object* ignore_errors(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Handled h;
  if (!handler_start("ignore_errors", args, nargs, kwnames, kAll, &h)) return nullptr;
  return text_pair("", h.end);
}

Object* replace_errors(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Handled h;
  if (!handler_start("replace_errors", args, nargs, kwnames, kAll, &h)) return nullptr;
  std::string out;
  if (h.kind == K_DECODE) {
    utf8_append(out, 0xFFFD);
  } else {
    for (ssize i = h.start; i < h.end; i++) {
      if (h.kind == K_ENCODE) out.push_back('?');
      else utf8_append(out, 0xFFFD);
    }
  }
  return text_pair(out, h.end);
}

Object* xmlcharrefreplace_errors(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Handled h;
  if (!handler_start("xmlcharrefreplace_errors", args, nargs, kwnames, kEncode, &h)) return nullptr;
  std::string out;
  for (char32_t c : h.text()) append_xmlcharref(out, uint32_t(c));
  return text_pair(out, h.end);
}

Object* backslashreplace_errors(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Handled h;
  if (!handler_start("backslashreplace_errors", args, nargs, kwnames, kAll, &h)) return nullptr;
  std::string out;
  if (h.kind == K_DECODE) {
    for (ssize i = h.start; i < h.end; i++) append_backslash_escape(out, h.bytes()[i]);
  } else {
    for (char32_t c : h.text()) append_backslash_escape(out, uint32_t(c));
  }
  return text_pair(out, h.end);
}

Object* namereplace_errors(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Handled h;
  if (!handler_start("namereplace_errors", args, nargs, kwnames, kEncode, &h)) return nullptr;
  std::string out, name;
  for (char32_t c : h.text()) {
    if (uni::char_name(uint32_t(c), name)) {
      out += "\\N{";
      out += name;
      out += "}";
    } else {
      append_backslash_escape(out, uint32_t(c));
    }
  }
  return text_pair(out, h.end);
}

Object* surrogateescape_errors(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Handled h;
  if (!handler_start("surrogateescape", args, nargs, kwnames, kEncode | kDecode, &h)) return nullptr;
  std::string out;
  if (h.kind == K_ENCODE) {
    for (char32_t c : h.text()) {
      if (c < 0xDC80 || c > 0xDCFF) return raise_exc(h.exc);
      out.push_back(char(c - 0xDC00));
    }
    return result_pair(bytes_from(out.data(), ssize(out.size())), h.end);
  }
  ssize k = h.start;
  while (k < h.end && k - h.start < 4 && h.bytes()[k] >= 128) utf8_append(out, 0xDC00 + h.bytes()[k++]);
  if (k == h.start) return raise_exc(h.exc);
  return text_pair(out, k);
}

Object* surrogatepass_errors(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Handled h;
  if (!handler_start("surrogatepass", args, nargs, kwnames, kEncode | kDecode, &h)) return nullptr;
  Object* enc = h.u()->encoding;
  if (!enc || !is_str(enc)) return err_format_null(Exc_TypeError, "encoding attribute must be unicode");
  Std std = standard_encoding(str_utf8(enc));
  if (std == Std::Unknown) return raise_exc(h.exc);
  std::string out;
  if (h.kind == K_ENCODE) {
    char buf[4];
    for (char32_t c : h.text()) {
      if (!is_surrogate(uint32_t(c))) return raise_exc(h.exc);
      out.append(buf, size_t(surrogate_bytes(std, uint32_t(c), buf)));
    }
    return result_pair(bytes_from(out.data(), ssize(out.size())), h.end);
  }
  uint32_t ch = surrogate_at(std, h.bytes() + h.start, size_of(h.u()->object) - h.start);
  if (!ch) return raise_exc(h.exc);
  utf8_append(out, ch);
  return text_pair(out, h.start + surrogate_length(std));
}

}  // namespace

// The table codec_registry.cpp registers at start-up: (registry name, function).
MethodDef builtin_error_handlers[] = {
    {"strict_errors", strict_errors, METH_DEFAULT,
     "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."},
    {"ignore_errors", ignore_errors, METH_DEFAULT,
     "Implements the 'ignore' error handling, which ignores malformed data and continues."},
    {"replace_errors", replace_errors, METH_DEFAULT,
     "Implements the 'replace' error handling, which replaces malformed data with a replacement marker."},
    {"xmlcharrefreplace_errors", xmlcharrefreplace_errors, METH_DEFAULT,
     "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the "
     "appropriate XML character reference."},
    {"backslashreplace_errors", backslashreplace_errors, METH_DEFAULT,
     "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape "
     "sequence."},
    {"namereplace_errors", namereplace_errors, METH_DEFAULT,
     "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} "
     "escape sequence."},
    {"surrogateescape", surrogateescape_errors, METH_DEFAULT, nullptr},
    {"surrogatepass", surrogatepass_errors, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace rt::codecs

// The format-spec mini-language for int, float and str (format(), f-strings,
// str.format).  The formatting itself works on std::string; only the entry
// points touch objects and the error state.
#include "runtime/numbers/numformat.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/numbers/bigint.h"
#include "runtime/numbers/complex.h"
#include "runtime/numbers/int.h"

namespace rt {

namespace {

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

size_t utf8_char_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

ssize utf8_count(std::string_view s) {
  ssize n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Pad body (width in code points body_cp) to spec.width with the fill, per align.
std::string pad(const std::string& body, ssize body_cp, const FormatSpec& s, char dflt_align) {
  if (s.width <= body_cp) return body;
  ssize n = s.width - body_cp;
  char align = s.align ? s.align : dflt_align;
  ssize left = 0, right = 0;
  if (align == '<') right = n;
  else if (align == '^') {
    left = n / 2;
    right = n - left;
  } else left = n;
  std::string out;
  out.reserve(body.size() + size_t(n) * s.fill.size());
  for (ssize i = 0; i < left; i++) out += s.fill;
  out += body;
  for (ssize i = 0; i < right; i++) out += s.fill;
  return out;
}

// Insert sep every `group` digits from the right.  With min_width > 0, pad
// with leading zeros (grouped too) until the result is at least that long,
// never starting with a separator.
std::string group_digits(const std::string& digits, char sep, int group, ssize min_width) {
  if (!sep && min_width <= 0) return digits;
  std::string rev;
  ssize count = 0;
  size_t i = digits.size();
  auto emit = [&](char c) {
    if (sep && count > 0 && count % group == 0) rev.push_back(sep);
    rev.push_back(c);
    count++;
  };
  while (i > 0) emit(digits[--i]);
  while (ssize(rev.size()) < min_width) {
    emit('0');
  }
  std::string out(rev.rbegin(), rev.rend());
  return out;
}

enum ErrKind { ERR_VALUE, ERR_OVERFLOW };
struct FmtError {
  ErrKind kind = ERR_VALUE;
  std::string msg;
};

// sign/prefix + digits (grouped, maybe zero-padded) + rest, then aligned.
std::string assemble_number(bool negative, const std::string& prefix, const std::string& intdigits,
                            const std::string& rest, const FormatSpec& s, int group) {
  std::string sign;
  if (negative) sign = "-";
  else if (s.sign == '+') sign = "+";
  else if (s.sign == ' ') sign = " ";
  std::string digits;
  bool zero_fill = s.align == '=' && s.fill == "0" && s.width > 0;
  if (zero_fill && s.grouping) {
    ssize min_width = s.width - ssize(sign.size() + prefix.size() + rest.size());
    digits = group_digits(intdigits, s.grouping, group, min_width);
  } else {
    digits = group_digits(intdigits, s.grouping, group, 0);
  }
  std::string core = prefix + digits + rest;
  ssize len = ssize(sign.size()) + utf8_count(core);
  char align = s.align ? s.align : '>';
  if (align == '=' && s.width > len) {
    // '=': the padding goes after the sign and the 0x-style prefix.
    std::string out = sign + prefix;
    for (ssize i = 0; i < s.width - len; i++) out += s.fill;
    return out + digits + rest;
  }
  return pad(sign + core, len, s, '>');
}

bool fmt_int_core(const BigInt& v, const FormatSpec& sp, std::string* out, FmtError* err) {
  char type = sp.type ? sp.type : 'd';
  if (sp.precision >= 0) {
    err->msg = "Precision not allowed in integer format specifier";
    return false;
  }
  if (type == 'c') {
    if (sp.sign) {
      err->msg = "Sign not allowed with integer format specifier 'c'";
      return false;
    }
    if (sp.alternate) {
      err->msg = "Alternate form (#) not allowed with integer format specifier 'c'";
      return false;
    }
    if (v.is_neg() || !v.fits_i64() || v.to_i64() > 0x10FFFF) {
      err->kind = ERR_OVERFLOW;
      err->msg = "%c arg not in range(0x110000)";
      return false;
    }
    uint32_t cp = uint32_t(v.to_i64());
    std::string ch;
    if (cp < 0x80) ch.push_back(char(cp));
    else if (cp < 0x800) {
      ch.push_back(char(0xC0 | (cp >> 6)));
      ch.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      ch.push_back(char(0xE0 | (cp >> 12)));
      ch.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
      ch.push_back(char(0x80 | (cp & 0x3F)));
    } else {
      ch.push_back(char(0xF0 | (cp >> 18)));
      ch.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
      ch.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
      ch.push_back(char(0x80 | (cp & 0x3F)));
    }
    *out = pad(ch, 1, sp, '>');  // a number: right-aligned by default
    return true;
  }
  int base = 10;
  std::string prefix;
  switch (type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  if (!sp.alternate) prefix.clear();
  std::string digits = bigint_to_string(v.abs(), base);
  if (type == 'X') {
    for (auto& c : digits) c = char(toupper(static_cast<unsigned char>(c)));
  }
  *out = assemble_number(v.is_neg(), prefix, digits, "", sp, base == 10 ? 3 : 4);
  return true;
}

// %g done by hand: glibc's "%#g" mishandles values that round up to the next
// power of ten.  add_dot_0 is the rule of the format type "none" with a
// precision (fixed notation keeps ".0", exponent once decpt reaches p).
std::string g_format(double ax, int p, bool alt, bool add_dot_0) {
  std::vector<char> buf(420 + size_t(p));
  snprintf(buf.data(), buf.size(), "%.*e", p - 1, ax);
  std::string e = buf.data();
  size_t epos = e.find('e');
  int x = atoi(e.c_str() + epos + 1);
  std::string out;
  if (x < -4 || x >= (add_dot_0 ? p - 1 : p)) {
    std::string mant = e.substr(0, epos);
    if (!alt && mant.find('.') != std::string::npos) {
      while (mant.back() == '0') mant.pop_back();
      if (mant.back() == '.') mant.pop_back();
    }
    if (alt && mant.find('.') == std::string::npos) mant += '.';
    out = mant + e.substr(epos);
  } else {
    snprintf(buf.data(), buf.size(), "%.*f", p - 1 - x, ax);
    out = buf.data();
    if (!alt && out.find('.') != std::string::npos) {
      while (out.back() == '0') out.pop_back();
      if (out.back() == '.') out.pop_back();
    }
    if (alt && out.find('.') == std::string::npos) out += '.';
    if (add_dot_0 && out.find('.') == std::string::npos) out += ".0";
  }
  return out;
}

// ValueError "Unknown format code 'd' for object of type 'complex'".
void unknown_code(char type, const char* tname, FmtError* err) {
  char buf[120];
  if (static_cast<unsigned char>(type) < 0x80 && type > ' ') {
    snprintf(buf, sizeof buf, "Unknown format code '%c' for object of type '%s'", type, tname);
  } else {
    snprintf(buf, sizeof buf, "Unknown format code '\\x%x' for object of type '%s'",
             unsigned(static_cast<unsigned char>(type)), tname);
  }
  err->msg = buf;
}

// One float formatted by sp.  no_dot0: the part of a complex in the default
// format, written as repr() but without a trailing ".0" ("2", "1.5").
bool fmt_float_core(double x, const FormatSpec& sp, const char* tname, std::string* out, FmtError* err,
                    bool no_dot0 = false) {
  char type = sp.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: unknown_code(type, tname, err); return false;
  }
  bool negative = std::signbit(x) && !std::isnan(x);
  double ax = std::fabs(x);
  int prec = int(sp.precision);
  std::string body, suffix;
  bool upper = type == 'E' || type == 'F' || type == 'G';
  char flag_alt[3] = {'%', 0, 0};
  if (sp.alternate) flag_alt[1] = '#';
  std::vector<char> buf(420 + size_t(prec > 0 ? prec : 0));
  auto printf_fmt = [&](char conv, int p) {
    char fmt[16];
    snprintf(fmt, sizeof fmt, "%s.*%c", flag_alt, conv);
    snprintf(buf.data(), buf.size(), fmt, p, ax);
    body = buf.data();
  };
  if (!std::isfinite(ax)) {
    body = std::isnan(ax) ? "nan" : "inf";
    if (type == '%') suffix = "%";
  } else if (type == 0 && prec < 0) {
    body = no_dot0 ? complex_part_repr(ax, false) : float_repr_std(ax);
    if (sp.alternate && body.find('.') == std::string::npos) {
      size_t e = body.find('e');
      body.insert(e == std::string::npos ? body.size() : e, ".");
    }
  } else {
    if (prec < 0) prec = 6;
    switch (type) {
      case 'f': case 'F': printf_fmt('f', prec); break;
      case 'e': case 'E': printf_fmt('e', prec); break;
      case '%':
        ax *= 100;
        printf_fmt('f', prec);
        suffix = "%";
        break;
      case 'g': case 'G': case 'n': body = g_format(ax, prec == 0 ? 1 : prec, sp.alternate, false); break;
      default:  // none with a precision: 'g', but fixed notation keeps one decimal
        body = g_format(ax, prec == 0 ? 1 : prec, sp.alternate, true);
        break;
    }
  }
  if (upper) {
    for (auto& c : body) c = char(toupper(static_cast<unsigned char>(c)));
  }
  if (negative && sp.no_neg_zero && std::isfinite(ax) && strtod(body.c_str(), nullptr) == 0) negative = false;
  size_t split = 0;
  while (split < body.size() && body[split] >= '0' && body[split] <= '9') split++;
  std::string intpart = body.substr(0, split);
  std::string rest = body.substr(split) + suffix;
  if (intpart.empty()) {  // inf / nan: no grouping
    FormatSpec s2 = sp;
    s2.grouping = 0;
    *out = assemble_number(negative, "", "", rest, s2, 3);
    return true;
  }
  *out = assemble_number(negative, "", intpart, rest, sp, 3);
  return true;
}

bool set_fmt_error(const FmtError& e) {
  err_set_string(e.kind == ERR_OVERFLOW ? Exc_OverflowError : Exc_ValueError, e.msg.c_str());
  return false;
}

}  // namespace

bool parse_format_spec(std::string_view spec, const char* tname, FormatSpec* out) {
  FormatSpec s;
  size_t pos = 0, n = spec.size();
  bool align_given = false;
  if (n > 0) {
    size_t l = utf8_char_len(static_cast<unsigned char>(spec[0]));
    if (l < n && is_align(spec[l])) {
      s.fill = std::string(spec.substr(0, l));
      s.fill_given = true;
      s.align = spec[l];
      align_given = true;
      pos = l + 1;
    } else if (is_align(spec[0])) {
      s.align = spec[0];
      align_given = true;
      pos = 1;
    }
  }
  if (pos < n && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) s.sign = spec[pos++];
  if (pos < n && spec[pos] == 'z') {
    s.no_neg_zero = true;
    pos++;
  }
  if (pos < n && spec[pos] == '#') {
    s.alternate = true;
    pos++;
  }
  if (!s.fill_given && pos < n && spec[pos] == '0') {
    s.fill = "0";
    s.fill_given = true;
    if (!align_given && strcmp(tname, "str") != 0) s.align = '=';
    pos++;
  }
  auto read_num = [&](ssize* v) -> int {  // digits consumed, -1 on overflow
    size_t start = pos;
    ssize acc = 0;
    while (pos < n && spec[pos] >= '0' && spec[pos] <= '9') {
      if (acc > (ssize(1) << 58)) {
        err_set_string(Exc_ValueError, "Too many decimal digits in format string");
        return -1;
      }
      acc = acc * 10 + (spec[pos] - '0');
      pos++;
    }
    if (pos > start) *v = acc;
    return int(pos - start);
  };
  if (read_num(&s.width) < 0) return false;
  if (pos < n && (spec[pos] == ',' || spec[pos] == '_')) {
    s.grouping = spec[pos++];
    if (pos < n && (spec[pos] == ',' || spec[pos] == '_')) {
      if (spec[pos] == s.grouping) err_format(Exc_ValueError, "Cannot specify '%c' with '%c'.", s.grouping, s.grouping);
      else err_set_string(Exc_ValueError, "Cannot specify both ',' and '_'.");
      return false;
    }
  }
  if (pos < n && spec[pos] == '.') {
    pos++;
    int k = read_num(&s.precision);
    if (k < 0) return false;
    if (k == 0) {
      err_set_string(Exc_ValueError, "Format specifier missing precision");
      return false;
    }
  }
  if (n - pos > 1) {
    std::string rest(spec);
    err_format(Exc_ValueError, "Invalid format specifier '%s' for object of type '%s'", rest.c_str(), tname);
    return false;
  }
  if (pos < n) s.type = spec[pos];
  if (s.grouping) {
    char t = s.type;
    if (t == 0 && strcmp(tname, "str") == 0) t = 's';
    bool ok;
    switch (t) {
      case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%': ok = true; break;
      case 'b': case 'o': case 'x': case 'X': ok = s.grouping == '_'; break;
      default: ok = false; break;
    }
    if (!ok) {
      err_format(Exc_ValueError, "Cannot specify '%c' with '%c'.", s.grouping, t);
      return false;
    }
  }
  *out = s;
  return true;
}

Object* format_int(Object* v, std::string_view spec) {
  if (spec.empty()) return object_str(v);
  FormatSpec sp;
  if (!parse_format_spec(spec, "int", &sp)) return nullptr;
  switch (sp.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d = int_as_double(v);
      if (d == -1.0 && err_occurred()) return nullptr;
      std::string out;
      FmtError e;
      if (!fmt_float_core(d, sp, "int", &out, &e)) return set_fmt_error(e), nullptr;
      return str_from(out);
    }
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c': break;
    default: {
      FmtError e;
      unknown_code(sp.type, "int", &e);
      return set_fmt_error(e), nullptr;
    }
  }
  BigInt tmp;
  const BigInt& b = int_as_bigint(v, tmp);
  std::string out;
  FmtError e;
  if (!fmt_int_core(b, sp, &out, &e)) return set_fmt_error(e), nullptr;
  return str_from(out);
}

Object* format_float(double v, std::string_view spec) {
  if (spec.empty()) return float_repr_string(v);
  FormatSpec sp;
  if (!parse_format_spec(spec, "float", &sp)) return nullptr;
  std::string out;
  FmtError e;
  if (!fmt_float_core(v, sp, "float", &out, &e)) return set_fmt_error(e), nullptr;
  return str_from(out);
}

// format(z, spec): each part is formatted as a float without padding (the
// imaginary part always signed unless the real part is omitted), then the
// whole "re+imj" is aligned (right by default).  The type "none" is repr-like
// ("(1+2j)", a +0.0 real part omitted, parentheses kept) and becomes 'g' with
// a precision; 'n' is 'g'; '%' and the integer types are refused, as are
// zero padding and '=' alignment.
Object* format_complex(Object* z, std::string_view spec) {
  if (spec.empty()) return object_str(z);
  FormatSpec sp;
  if (!parse_format_spec(spec, "complex", &sp)) return nullptr;
  FmtError e;
  switch (sp.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: unknown_code(sp.type, "complex", &e); return set_fmt_error(e), nullptr;
  }
  if (sp.fill_given && sp.fill == "0") {
    return err_format_null(Exc_ValueError, "Zero padding is not allowed in complex format specifier");
  }
  if (sp.align == '=') {
    return err_format_null(Exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
  }
  Complex c = complex_value(z);
  bool skip_re = false, parens = false;
  FormatSpec part = sp;
  part.width = -1;
  part.align = 0;
  part.fill = " ";
  if (sp.type == 0) {
    if (c.real == 0.0 && !std::signbit(c.real)) skip_re = true;
    else parens = true;
    if (sp.precision >= 0) part.type = 'g';
  } else if (sp.type == 'n') {
    part.type = 'g';
  }
  std::string re, im;
  if (!skip_re && !fmt_float_core(c.real, part, "complex", &re, &e, true)) return set_fmt_error(e), nullptr;
  if (!skip_re) part.sign = '+';
  if (!fmt_float_core(c.imag, part, "complex", &im, &e, true)) return set_fmt_error(e), nullptr;
  std::string body = (parens ? "(" : "") + re + im + "j" + (parens ? ")" : "");
  return str_from(pad(body, utf8_count(body), sp, '>'));
}

Object* format_str(Object* s, std::string_view spec) {
  if (spec.empty()) return object_str(s);
  FormatSpec sp;
  if (!parse_format_spec(spec, "str", &sp)) return nullptr;
  if (sp.type != 0 && sp.type != 's') {
    FmtError e;
    unknown_code(sp.type, "str", &e);
    return set_fmt_error(e), nullptr;
  }
  if (sp.sign == ' ') return err_format_null(Exc_ValueError, "Space not allowed in string format specifier");
  if (sp.sign) return err_format_null(Exc_ValueError, "Sign not allowed in string format specifier");
  if (sp.alternate) return err_format_null(Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
  if (sp.align == '=') return err_format_null(Exc_ValueError, "'=' alignment not allowed in string format specifier");
  if (sp.no_neg_zero) {
    return err_format_null(Exc_ValueError, "Negative zero coercion (z) not allowed in format specifier");
  }
  std::string_view text = str_view(s);
  ssize cp = str_len(s);
  if (sp.precision >= 0 && sp.precision < cp) {
    // Truncate to `precision` code points.
    size_t bytes = 0;
    for (ssize k = 0; k < sp.precision; k++) bytes += utf8_char_len(static_cast<unsigned char>(text[bytes]));
    text = text.substr(0, bytes);
    cp = sp.precision;
  }
  if (sp.width <= cp && text.size() == size_t(str_utf8_len(s)) && is_str_exact(s)) return newref(s);
  return str_from(pad(std::string(text), cp, sp, '<'));
}

}  // namespace rt

// str.format / str.format_map (the "{}" mini-language's template part; the
// per-value format specs are handled by each type's __format__ through
// rt::object_format) and printf-style `fmt % args` formatting, for str and
// (PEP 461) for bytes and bytearray.
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>

#include "runtime/bytes/buffer.h"
#include "runtime/text/str.h"
#include "runtime/types/typeslots.h"

namespace rt {
Object* str_format_map(Object* fmt, Object* mapping);

namespace {

// ============================================================================
// str.format
// ============================================================================
struct FormatCtx {
  Object* const* args;  // positional arguments (format) or null (format_map)
  ssize nargs;
  Object* const* kwvalues;
  Object* kwnames;      // tuple or null
  Object* mapping;      // format_map's mapping or null
  ssize auto_index = 0; // next automatic field number
  int numbering = 0;    // 0 undecided, 1 automatic, 2 manual
};

bool is_digits(const char* p, const char* e) {
  if (p == e) return false;
  for (; p < e; p++)
    if (*p < '0' || *p > '9') return false;
  return true;
}

// Parse a decimal index; -1 with ValueError when it is too large.
ssize parse_index(const char* p, const char* e) {
  ssize v = 0;
  for (; p < e; p++) {
    if (v > (PTRDIFF_MAX - 9) / 10) {
      err_set_string(Exc_ValueError, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + (*p - '0');
  }
  return v;
}

// The object named by the first part of a field ("", "0", "name"): new reference.
Object* lookup_first(FormatCtx& c, const char* p, const char* e) {
  if (p == e || is_digits(p, e)) {
    ssize idx;
    if (p == e) {
      if (c.numbering == 2) {
        err_set_string(Exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
        return nullptr;
      }
      c.numbering = 1;
      idx = c.auto_index++;
    } else {
      if (c.numbering == 1) {
        err_set_string(Exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
        return nullptr;
      }
      c.numbering = 2;
      idx = parse_index(p, e);
      if (idx < 0) return nullptr;
    }
    if (c.mapping) {
      err_set_string(Exc_ValueError, "Format string contains positional fields");
      return nullptr;
    }
    if (idx >= c.nargs) {
      err_format(Exc_IndexError, "Replacement index %zd out of range for positional args tuple", idx);
      return nullptr;
    }
    return newref(c.args[idx]);
  }
  Object* key = str_from_valid(p, e - p);
  if (!key) return nullptr;
  if (c.mapping) {
    Object* v = object_getitem(c.mapping, key);
    decref(key);
    return v;
  }
  if (c.kwnames) {
    ssize nk = size_of(c.kwnames);
    for (ssize k = 0; k < nk; k++) {
      if (str_equal(tuple_get(c.kwnames, k), key)) {
        decref(key);
        return newref(c.kwvalues[k]);
      }
    }
  }
  err_key_error(key);
  decref(key);
  return nullptr;
}

// Resolve a whole field name ("0.attr[key]"): new reference.
Object* resolve_field(FormatCtx& c, const char* p, const char* e) {
  const char* q = p;
  while (q < e && *q != '.' && *q != '[') q++;
  Object* obj = lookup_first(c, p, q);
  if (!obj) return nullptr;
  p = q;
  while (p < e) {
    Object* next;
    if (*p == '.') {
      p++;
      q = p;
      while (q < e && *q != '.' && *q != '[') q++;
      if (q == p) {
        decref(obj);
        err_set_string(Exc_ValueError, "Empty attribute in format string");
        return nullptr;
      }
      Object* name = str_from_valid(p, q - p);
      if (!name) { decref(obj); return nullptr; }
      name = str_intern(name);
      next = object_getattr(obj, name);
      decref(name);
      p = q;
    } else {  // '['
      p++;
      q = p;
      while (q < e && *q != ']') q++;
      if (q == e) {
        decref(obj);
        err_set_string(Exc_ValueError, "Missing ']' in format string");
        return nullptr;
      }
      if (q == p) {
        decref(obj);
        err_set_string(Exc_ValueError, "Empty attribute in format string");
        return nullptr;
      }
      Object* key;
      if (is_digits(p, q)) {
        ssize idx = parse_index(p, q);
        key = idx < 0 ? nullptr : int_from_i64(idx);
      } else {
        key = str_from_valid(p, q - p);
      }
      if (!key) { decref(obj); return nullptr; }
      next = object_getitem(obj, key);
      decref(key);
      p = q + 1;
      if (p < e && *p != '.' && *p != '[') {
        xdecref(next);
        decref(obj);
        err_set_string(Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        return nullptr;
      }
    }
    decref(obj);
    if (!next) return nullptr;
    obj = next;
  }
  return obj;
}

bool render(FormatCtx& c, const char* p, const char* e, std::string& out, int depth);

// Format one field and append it to out.
bool render_field(FormatCtx& c, const char* name, const char* name_end, char conv, const char* spec,
                  const char* spec_end, std::string& out, int depth) {
  Object* obj = resolve_field(c, name, name_end);
  if (!obj) return false;
  if (conv) {
    Object* conv_obj;
    switch (conv) {
      case 'r': conv_obj = object_repr(obj); break;
      case 's': conv_obj = object_str(obj); break;
      case 'a': conv_obj = object_ascii(obj); break;
      default:
        decref(obj);
        if (static_cast<unsigned char>(conv) < 128)
          err_format(Exc_ValueError, "Unknown conversion specifier %c", conv);
        else
          err_set_string(Exc_ValueError, "Unknown conversion specifier \\x??");
        return false;
    }
    decref(obj);
    if (!conv_obj) return false;
    obj = conv_obj;
  }
  // The spec may itself hold fields ("{:{w}.{p}f}"): expand it first.
  std::string spec_text;
  bool nested = memchr(spec, '{', size_t(spec_end - spec)) || memchr(spec, '}', size_t(spec_end - spec));
  if (nested) {
    if (depth >= 1) {  // a spec field may not hold fields of its own (CPython: two levels)
      decref(obj);
      err_set_string(Exc_ValueError, "Max string recursion exceeded");
      return false;
    }
    if (!render(c, spec, spec_end, spec_text, depth + 1)) {
      decref(obj);
      return false;
    }
  } else {
    spec_text.assign(spec, size_t(spec_end - spec));
  }
  if (spec_text.empty() && is_str_exact(obj)) {
    out.append(str_view(obj));
    decref(obj);
    return true;
  }
  Object* spec_obj = str_from_valid(spec_text);
  if (!spec_obj) {
    decref(obj);
    return false;
  }
  Object* r = object_format(obj, spec_obj);
  decref(spec_obj);
  decref(obj);
  if (!r) return false;
  out.append(str_view(r));
  decref(r);
  return true;
}

bool render(FormatCtx& c, const char* p, const char* e, std::string& out, int depth) {
  while (p < e) {
    const char* lit = p;
    while (p < e && *p != '{' && *p != '}') p++;
    out.append(lit, size_t(p - lit));
    if (p == e) break;
    if (*p == '}') {
      if (p + 1 < e && p[1] == '}') {
        out.push_back('}');
        p += 2;
        continue;
      }
      err_set_string(Exc_ValueError, "Single '}' encountered in format string");
      return false;
    }
    // '{'
    if (p + 1 < e && p[1] == '{') {
      out.push_back('{');
      p += 2;
      continue;
    }
    p++;
    if (p == e) {
      err_set_string(Exc_ValueError, "Single '{' encountered in format string");
      return false;
    }
    const char* name = p;
    while (p < e && *p != ':' && *p != '!' && *p != '}') {
      if (*p == '{') {
        err_set_string(Exc_ValueError, "unexpected '{' in field name");
        return false;
      }
      if (*p == '[') {
        while (p < e && *p != ']') p++;
        if (p == e) break;
      }
      p++;
    }
    if (p >= e) {
      err_set_string(Exc_ValueError, "expected '}' before end of string");
      return false;
    }
    const char* name_end = p;
    char conv = 0;
    const char* spec = p;
    const char* spec_end = p;
    if (*p == '!') {
      p++;
      if (p == e) {
        err_set_string(Exc_ValueError, "end of string while looking for conversion specifier");
        return false;
      }
      conv = *p++;
      if (p == e) {
        err_set_string(Exc_ValueError, "unmatched '{' in format spec");
        return false;
      }
      if (*p != ':' && *p != '}') {
        err_set_string(Exc_ValueError, "expected ':' after conversion specifier");
        return false;
      }
    }
    if (*p == ':') {
      p++;
      spec = p;
      int level = 1;
      while (p < e) {
        if (*p == '{') level++;
        else if (*p == '}' && --level == 0) break;
        p++;
      }
      if (p == e) {
        err_set_string(Exc_ValueError, "unmatched '{' in format spec");
        return false;
      }
      spec_end = p;
    }
    p++;  // the closing '}'
    if (!render_field(c, name, name_end, conv, spec, spec_end, out, depth)) return false;
  }
  return true;
}

// A template that is one literal (no '{' or '}') is the result itself, as in
// CPython, whose writer hands back the template object: str.format of a str
// subclass instance then returns that instance.
bool is_single_literal(Object* fmt, const char* specials) {
  std::string_view t = str_view(fmt);
  return !t.empty() && t.find_first_of(specials) == std::string_view::npos;
}

Object* do_format(FormatCtx& c, Object* fmt) {
  if (is_single_literal(fmt, "{}")) return newref(fmt);
  std::string out;
  out.reserve(size_t(str_utf8_len(fmt)) + 16);
  const char* p = str_utf8(fmt);
  if (!render(c, p, p + str_utf8_len(fmt), out, 0)) return nullptr;
  return str_from_valid(out);
}

}  // namespace

Object* str_format_method(Object* fmt, Object* const* args, ssize nargs, Object* kwnames) {
  FormatCtx c{args, nargs, args + nargs, kwnames && size_of(kwnames) ? kwnames : nullptr, nullptr};
  return do_format(c, fmt);
}

Object* str_format_map(Object* fmt, Object* mapping) {
  FormatCtx c{nullptr, 0, nullptr, nullptr, mapping};
  return do_format(c, fmt);
}

// ============================================================================
// printf-style formatting: fmt % args
// ============================================================================
namespace {

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

// The emit_* helpers append padded text to out.  A width the memory cannot
// hold (say sys.maxsize) makes std::string throw; that becomes a MemoryError
// (false) here, so no C++ exception crosses the interpreter.
template <class F>
bool appending(F f) {
  try {
    f();
    return true;
  } catch (const std::bad_alloc&) {
  } catch (const std::length_error&) {
  }
  err_no_memory();
  return false;
}

// Append sign + prefix + body padded to width as the flags say.
bool emit_padded(std::string& out, int flags, ssize width, const char* sign, const char* prefix, const std::string& body,
                 bool zero_ok) {
  ssize len = ssize(strlen(sign) + strlen(prefix) + body.size());
  ssize padn = width > len ? width - len : 0;
  return appending([&] {
    if (flags & F_LJUST) {
      out += sign; out += prefix; out += body;
      out.append(size_t(padn), ' ');
    } else if ((flags & F_ZERO) && zero_ok) {
      out += sign; out += prefix;
      out.append(size_t(padn), '0');
      out += body;
    } else {
      out.append(size_t(padn), ' ');
      out += sign; out += prefix; out += body;
    }
  });
}

// Pad raw text (bytes % args, or the ASCII of %r/%a there) for %s/%b/%r/%a/%c.
bool emit_raw(std::string& out, int flags, ssize width, ssize prec, std::string_view v) {
  if (prec >= 0 && prec < ssize(v.size())) v = v.substr(0, size_t(prec));
  ssize padn = width > ssize(v.size()) ? width - ssize(v.size()) : 0;
  return appending([&] {
    if (!(flags & F_LJUST)) out.append(size_t(padn), ' ');
    out.append(v);
    if (flags & F_LJUST) out.append(size_t(padn), ' ');
  });
}

// Pad a str (already converted) for %s/%r/%a/%c.
bool emit_text(std::string& out, int flags, ssize width, ssize prec, Object* s) {
  std::string_view v = str_view(s);
  ssize n = size_of(s);
  if (prec >= 0 && prec < n) {
    v = v.substr(0, size_t(str_offset_of(s, prec)));
    n = prec;
  }
  ssize padn = width > n ? width - n : 0;
  return appending([&] {
    if (!(flags & F_LJUST)) out.append(size_t(padn), ' ');
    out.append(v);
    if (flags & F_LJUST) out.append(size_t(padn), ' ');
  });
}

bool has_number_slots(Object* o) {
  TypeObject* t = type_of(o);
  return t->nb_index || t->nb_int || t->nb_float;
}

// %d %i %u %x %X %o
bool format_integer(std::string& out, Object* v, char conv, int flags, ssize width, ssize prec) {
  Object* iv;
  if (is_int(v)) {
    iv = newref(v);
  } else if (conv == 'd' || conv == 'i' || conv == 'u') {
    if (!has_number_slots(v)) {
      err_format(Exc_TypeError, "%%%c format: a real number is required, not %.200s", conv, type_name(v));
      return false;
    }
    iv = number_long(v);
  } else {
    if (!type_of(v)->nb_index) {
      err_format(Exc_TypeError, "%%%c format: an integer is required, not %.200s", conv, type_name(v));
      return false;
    }
    iv = number_index(v);
  }
  if (!iv) return false;
  std::string digits;
  bool neg = false;
  if (int_fits_i64(iv)) {
    int64_t x = int_as_i64(iv);
    neg = x < 0;
    uint64_t u = neg ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    char buf[32];
    snprintf(buf, sizeof buf, conv == 'x' ? "%llx" : conv == 'X' ? "%llX" : conv == 'o' ? "%llo" : "%llu",
             static_cast<unsigned long long>(u));
    digits = buf;
  } else {
    Object* s = (conv == 'x' || conv == 'X') ? int_to_base_string(iv, 16, false)
                : conv == 'o'                ? int_to_base_string(iv, 8, false)
                                             : int_to_decimal_string(iv);
    if (!s) {
      decref(iv);
      return false;
    }
    digits.assign(str_view(s));
    decref(s);
    if (!digits.empty() && digits[0] == '-') {
      neg = true;
      digits.erase(0, 1);
    }
    if (conv == 'X')
      for (char& ch : digits) ch = char(toupper(static_cast<unsigned char>(ch)));
  }
  decref(iv);
  if (prec > ssize(digits.size()) && !appending([&] { digits.insert(0, size_t(prec - ssize(digits.size())), '0'); }))
    return false;
  const char* sign = neg ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
  const char* prefix = "";
  if (flags & F_ALT) prefix = conv == 'x' ? "0x" : conv == 'X' ? "0X" : conv == 'o' ? "0o" : "";
  return emit_padded(out, flags, width, sign, prefix, digits, true);
}

// %e %E %f %F %g %G
bool format_floating(std::string& out, Object* v, char conv, int flags, ssize width, ssize prec) {
  bool ok = true;
  double d = number_as_double(v, &ok);
  if (!ok) return false;
  if (prec < 0) prec = 6;
  std::string body;
  bool neg = std::signbit(d) && !std::isnan(d);
  bool upper = conv == 'E' || conv == 'F' || conv == 'G';
  if (std::isinf(d)) {
    body = upper ? "INF" : "inf";
  } else if (std::isnan(d)) {
    body = upper ? "NAN" : "nan";
  } else {
    char fmt[8];
    snprintf(fmt, sizeof fmt, (flags & F_ALT) ? "%%#.*%c" : "%%.*%c", conv);
    char buf[512];
    int n = snprintf(buf, sizeof buf, fmt, int(prec), std::fabs(d));
    if (n < 0) return err_no_memory(), false;  // the C library could not produce that many digits
    if (n >= int(sizeof buf)) {
      if (!appending([&] { body.assign(size_t(n) + 1, '\0'); })) return false;
      snprintf(body.data(), body.size(), fmt, int(prec), std::fabs(d));
      body.resize(size_t(n));
    } else {
      body.assign(buf, size_t(n));
    }
  }
  const char* sign = neg ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
  return emit_padded(out, flags, width, sign, "", body, true);
}

bool format_char(std::string& out, Object* v, int flags, ssize width) {
  Object* s;
  if (is_str(v)) {
    if (size_of(v) != 1) {
      err_set_string(Exc_TypeError, "%c requires int or char");
      return false;
    }
    s = newref(v);
  } else if (is_int(v) || type_of(v)->nb_index) {  // any integer: __index__ (CPython's PyNumber_Index)
    Object* iv = number_index(v);
    if (!iv) return false;
    int64_t cp = int_as_i64(iv);
    decref(iv);
    if (cp == -1 && err_occurred()) {
      err_clear();
      cp = -1;
    }
    if (cp < 0 || cp > 0x10FFFF) {
      err_set_string(Exc_OverflowError, "%c arg not in range(0x110000)");
      return false;
    }
    s = str_from_codepoint(uint32_t(cp));
  } else {
    err_set_string(Exc_TypeError, "%c requires int or char");
    return false;
  }
  if (!s) return false;
  bool ok = emit_text(out, flags, width, -1, s);
  decref(s);
  return ok;
}

// The bytes flavour of %s/%b, %r/%a and %c (bytes % args, PEP 461).
bool format_bytes_conv(std::string& out, Object* v, char conv, int flags, ssize width, ssize prec) {
  if (conv == 'r' || conv == 'a') {
    Object* s = object_ascii(v);
    if (!s) return false;
    bool ok = emit_raw(out, flags, width, prec, str_view(s));
    decref(s);
    return ok;
  }
  if (conv == 'c') {
    char c;
    if ((is_bytes(v) || is_bytearray(v)) && size_of(v) == 1) {
      c = bytes_like_data(v)[0];
    } else if (is_int(v)) {
      int64_t x = int_as_i64(v);
      if ((x == -1 && err_occurred()) || x < 0 || x > 255) {
        err_clear();
        err_set_string(Exc_OverflowError, "%c arg not in range(256)");
        return false;
      }
      c = char(x);
    } else {
      err_set_string(Exc_TypeError, "%c requires an integer in range(256) or a single byte");
      return false;
    }
    return emit_raw(out, flags, width, -1, std::string_view(&c, 1));
  }
  // %s and %b: any buffer, else __bytes__.
  if (object_has_buffer(v)) {
    BytesLike b;
    if (!b.get(v)) return false;
    return emit_raw(out, flags, width, prec, b.sv());
  }
  if (!is_str(v)) {
    if (Object* meth = type_lookup(type_of(v), names::__bytes__)) {
      incref(meth);
      Object* r = call_found_special(meth, v, nullptr, 0);
      decref(meth);
      if (!r) return false;
      if (!is_bytes(r)) {
        err_format(Exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", type_name(r));
        decref(r);
        return false;
      }
      bool ok = emit_raw(out, flags, width, prec, std::string_view(bytes_data(r), size_t(size_of(r))));
      decref(r);
      return ok;
    }
  }
  err_format(Exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
             type_name(v));
  return false;
}

// printf-style formatting of the template [b, e) into out: UTF-8 text for
// str % args, raw bytes for bytes % args (then %s/%r/%c follow PEP 461 and
// keys of a mapping are bytes).
bool percent_format(const char* b, const char* e, Object* args, bool bytes, std::string& out) {
  Object* const* argv;
  ssize argc, argi = 0;
  bool single = false;  // args is one value, not a tuple
  Object* dict = nullptr;
  if (is_tuple(args)) {
    argv = tuple_items(args);
    argc = size_of(args);
  } else {
    argv = &args;
    argc = 1;
    single = true;
  }
  if (!is_tuple(args) && !is_str(args) && !(bytes && is_bytes(args)) && type_of(args)->mp_subscript) dict = args;
  bool used_key = false;
  auto next_arg = [&]() -> Object* {
    if (used_key || argi >= argc) {
      err_set_string(Exc_TypeError, "not enough arguments for format string");
      return nullptr;
    }
    return argv[argi++];
  };

  const char* p = b;
  out.reserve(size_t(e - b) + 16);
  while (p < e) {
    const char* lit = p;
    while (p < e && *p != '%') p++;
    out.append(lit, size_t(p - lit));
    if (p == e) break;
    p++;  // '%'
    Object* value = nullptr;  // owned when from a mapping
    Object* keyed = nullptr;
    if (p < e && *p == '(') {
      if (!dict) {
        err_set_string(Exc_TypeError, "format requires a mapping");
        return false;
      }
      int level = 1;
      const char* k = ++p;
      while (p < e && level) {
        if (*p == '(') level++;
        else if (*p == ')') level--;
        if (level) p++;
      }
      if (p >= e) {
        err_set_string(Exc_ValueError, "incomplete format key");
        return false;
      }
      Object* key = bytes ? bytes_from(k, p - k) : str_from_valid(k, p - k);
      if (!key) return false;
      p++;
      keyed = object_getitem(dict, key);
      decref(key);
      if (!keyed) return false;
      used_key = true;
    }
    int flags = 0;
    for (; p < e; p++) {
      if (*p == '-') flags |= F_LJUST;
      else if (*p == '+') flags |= F_SIGN;
      else if (*p == ' ') flags |= F_BLANK;
      else if (*p == '#') flags |= F_ALT;
      else if (*p == '0') flags |= F_ZERO;
      else break;
    }
    ssize width = -1, prec = -1;
    bool fail = false;
    auto star = [&](ssize* dst, bool is_width) {
      Object* a = next_arg();
      if (!a) { fail = true; return; }
      if (!is_int(a)) {
        err_set_string(Exc_TypeError, "* wants int");
        fail = true;
        return;
      }
      ssize v = int_as_ssize(a);
      if (v == -1 && err_occurred()) {
        if (!is_width && err_matches(Exc_OverflowError)) {
          err_clear();
          err_set_string(Exc_OverflowError, "Python int too large to convert to C int");
        }
        fail = true;
        return;
      }
      if (!is_width && (v > INT_MAX || v < INT_MIN)) {
        err_set_string(Exc_OverflowError, "Python int too large to convert to C int");
        fail = true;
        return;
      }
      if (is_width && v < 0) {
        flags |= F_LJUST;
        v = -v;
      }
      if (!is_width && v < 0) v = 0;  // as CPython: a negative precision from '*' is 0
      *dst = v;
    };
    if (p < e && *p == '*') {
      p++;
      star(&width, true);
    } else {
      while (p < e && *p >= '0' && *p <= '9') {
        if (width < 0) width = 0;
        int digit = *p++ - '0';
        if (width > (PTRDIFF_MAX - digit) / 10) {
          xdecref(keyed);
          err_set_string(Exc_ValueError, "width too big");
          return false;
        }
        width = width * 10 + digit;
      }
    }
    if (!fail && p < e && *p == '.') {
      p++;
      prec = 0;
      if (p < e && *p == '*') {
        p++;
        star(&prec, false);
      } else {
        while (p < e && *p >= '0' && *p <= '9') {
          int digit = *p++ - '0';
          if (prec > (INT_MAX - digit) / 10) {  // a precision is a C int, as in CPython
            xdecref(keyed);
            err_set_string(Exc_ValueError, "precision too big");
            return false;
          }
          prec = prec * 10 + digit;
        }
      }
    }
    if (fail) {
      xdecref(keyed);
      return false;
    }
    while (p < e && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
    if (p == e) {
      xdecref(keyed);
      err_set_string(Exc_ValueError, "incomplete format");
      return false;
    }
    char conv = *p;
    if (conv == '%') {
      p++;
      out.push_back('%');
      xdecref(keyed);
      continue;
    }
    if (keyed) {
      value = keyed;
    } else {
      value = next_arg();
      if (!value) return false;
      incref(value);
    }
    bool ok = true;
    switch (bytes && (conv == 'c' || conv == 'r' || conv == 'a' || conv == 's') ? 'b' : conv) {
      case 'b':
        if (!bytes) goto unsupported;
        ok = format_bytes_conv(out, value, conv, flags, width, prec);
        break;
      case 's': case 'r': case 'a': {
        Object* s = conv == 's' ? object_str(value) : conv == 'r' ? object_repr(value) : object_ascii(value);
        if (!s) { ok = false; break; }
        ok = emit_text(out, flags, width, prec, s);
        decref(s);
        break;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        ok = format_integer(out, value, conv, flags, width, prec);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        ok = format_floating(out, value, conv, flags, width, prec);
        break;
      case 'c':
        ok = format_char(out, value, flags, width);
        break;
      default:
      unsupported: {
        unsigned char uc = static_cast<unsigned char>(conv);
        if (bytes) {
          // CPython formats the byte as a signed char: past 0x7f that is an invalid character.
          if (uc >= 0x80) err_set_string(Exc_OverflowError, "character argument not in range(0x110000)");
          else err_format(Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd", conv, uc, p - b);
          ok = false;
          break;
        }
        ssize index = utf8_count(b, p - b);
        uint32_t cp = uc;
        if (uc >= 0x80) {
          const char* q = p;
          cp = utf8_next(q);
        }
        err_format(Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd", uc < 0x80 ? conv : '?',
                   cp, index);
        ok = false;
      }
    }
    decref(value);
    if (!ok) return false;
    p++;
  }
  if (!dict && argi < argc && !(single && used_key)) {
    err_format(Exc_TypeError, "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
    return false;
  }
  return true;
}

}  // namespace

Object* str_percent_format(Object* fmt, Object* args) {
  std::string out;
  const char* b = str_utf8(fmt);
  if (!percent_format(b, b + str_utf8_len(fmt), args, false, out)) return nullptr;
  if (is_single_literal(fmt, "%")) return newref(fmt);
  return str_from_valid(out);
}

Object* bytes_percent_format(const char* fmt, ssize n, Object* args, bool bytearray_result) {
  std::string out;
  if (!percent_format(fmt, fmt + n, args, true, out)) return nullptr;
  return bytearray_result ? bytearray_from(out.data(), ssize(out.size())) : bytes_from(out.data(), ssize(out.size()));
}

Object* str_mod(Object* a, Object* b) {
  if (!is_str(a)) return notimpl_ref();
  return str_percent_format(a, b);
}

}  // namespace rt

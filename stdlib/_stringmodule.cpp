// _string: the parser behind string.Formatter.
//
// formatter_parser(s) iterates over s as str.format reads it: tuples
// (literal_text, field_name, format_spec, conversion), with None for the
// parts a chunk does not have.  formatter_field_name_split(name) splits a
// field name into its first part (an int when it is all digits) and an
// iterator of (is_attribute, key) for the ".attr" and "[key]" that follow.
// Both follow CPython 3.11's MarkupIterator / FieldNameIterator, errors
// included, and report them lazily (when next() reaches the bad part).
// They work on the UTF-8 bytes of the string: every delimiter is ASCII, so
// the pieces cut out are whole characters.
#include <string_view>

#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace string_ {
namespace {

TypeObject FormatterIterType, FieldNameIterType;

// Iterator state: the string and a byte range [pos, end) still to read.
struct ParseIterObject : Object {
  Object* str;
  ssize pos;
  ssize end;
};
using ParseIterRefs = RefFields<ParseIterObject, &ParseIterObject::str>;

Object* make_iter(TypeObject* type, Object* str, ssize pos, ssize end) {
  auto* it = native::alloc<ParseIterObject>(type);
  if (!it) return nullptr;
  it->str = newref(str);
  it->pos = pos;
  it->end = end;
  gc_track(it);
  return it;
}

Object* piece(const char* s, ssize a, ssize b) { return str_from(std::string_view(s + a, size_t(b - a))); }

// The length in bytes of the UTF-8 sequence starting with byte c.
ssize utf8_width(unsigned char c) { return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1; }

// A decimal index, or -1 if [a, b) is empty or not all digits; -2 with
// ValueError when it does not fit an ssize.
ssize get_integer(const char* s, ssize a, ssize b) {
  if (a >= b) return -1;
  ssize v = 0;
  for (ssize i = a; i < b; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    if (v > (PTRDIFF_MAX - (s[i] - '0')) / 10) {
      err_set_string(Exc_ValueError, "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

Object* int_or_piece(const char* s, ssize a, ssize b) {
  ssize v = get_integer(s, a, b);
  if (v == -2) return nullptr;
  return v >= 0 ? int_from_i64(v) : piece(s, a, b);
}

// ---- formatter_parser ------------------------------------------------------------------
// One replacement field starting after its '{': sets the name, spec and
// conversion ranges (conv_a == conv_b: none) and moves *p past the field.
bool parse_field(const char* s, ssize* p, ssize e, ssize* name_b, ssize* spec_a, ssize* spec_b, ssize* conv_a,
                 ssize* conv_b) {
  char c = 0;
  while (*p < e) {
    c = s[(*p)++];
    if (c == '{') {
      err_set_string(Exc_ValueError, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (*p < e && s[*p] != ']') (*p)++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  *name_b = *p - 1;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (*p >= e) {
        err_set_string(Exc_ValueError, "end of string while looking for conversion specifier");
        return false;
      }
      *conv_a = *p;
      *p += utf8_width(static_cast<unsigned char>(s[*p]));
      if (*p > e) *p = e;
      *conv_b = *p;
      if (*p < e) {
        c = s[(*p)++];
        if (c == '}') return true;
        if (c != ':') {
          err_set_string(Exc_ValueError, "expected ':' after conversion specifier");
          return false;
        }
      }
    }
    *spec_a = *p;
    int count = 1;
    while (*p < e) {
      c = s[(*p)++];
      if (c == '{') {
        count++;
      } else if (c == '}' && --count == 0) {
        *spec_b = *p - 1;
        return true;
      }
    }
    err_set_string(Exc_ValueError, "unmatched '{' in format spec");
    return false;
  }
  if (c != '}') {
    err_set_string(Exc_ValueError, "expected '}' before end of string");
    return false;
  }
  return true;
}

Object* formatteriter_next(Object* o) {
  auto* it = static_cast<ParseIterObject*>(o);
  const char* s = str_utf8(it->str);
  ssize e = it->end;
  if (it->pos >= e) return nullptr;
  ssize start = it->pos;
  char c = 0;
  bool markup = false;
  while (it->pos < e) {
    c = s[it->pos++];
    if (c == '{' || c == '}') {
      markup = true;
      break;
    }
  }
  bool at_end = it->pos >= e;
  ssize len = it->pos - start;
  if (c == '}' && (at_end || s[it->pos] != c))
    return err_format_null(Exc_ValueError, "Single '}' encountered in format string");
  if (at_end && c == '{') return err_format_null(Exc_ValueError, "Single '{' encountered in format string");
  if (!at_end) {
    if (s[it->pos] == c) {  // "{{" or "}}": one brace of literal text
      it->pos++;
      markup = false;
    } else {
      len--;
    }
  }
  Object* literal = piece(s, start, start + len);
  if (!literal) return nullptr;
  if (!markup) {
    Object* r = tuple_pack(4, literal, None, None, None);
    decref(literal);
    return r;
  }
  ssize name_a = it->pos, name_b, spec_a = 0, spec_b = 0, conv_a = 0, conv_b = 0;
  if (!parse_field(s, &it->pos, e, &name_b, &spec_a, &spec_b, &conv_a, &conv_b)) {
    decref(literal);
    return nullptr;
  }
  Object* name = piece(s, name_a, name_b);
  Object* spec = piece(s, spec_a, spec_b);
  Object* conv = conv_a == conv_b ? none_ref() : piece(s, conv_a, conv_b);
  Object* r = name && spec && conv ? tuple_pack(4, literal, name, spec, conv) : nullptr;
  decref(literal);
  xdecref(name);
  xdecref(spec);
  xdecref(conv);
  return r;
}

// ---- formatter_field_name_split ------------------------------------------------------------
Object* fieldnameiter_next(Object* o) {
  auto* it = static_cast<ParseIterObject*>(o);
  const char* s = str_utf8(it->str);
  ssize e = it->end;
  if (it->pos >= e) return nullptr;
  char c = s[it->pos++];
  ssize a = it->pos, b;
  bool is_attr;
  if (c == '.') {
    is_attr = true;
    while (it->pos < e && s[it->pos] != '.' && s[it->pos] != '[') it->pos++;
    b = it->pos;
  } else if (c == '[') {
    is_attr = false;
    while (it->pos < e && s[it->pos] != ']') it->pos++;
    if (it->pos >= e) return err_format_null(Exc_ValueError, "Missing ']' in format string");
    b = it->pos++;
  } else {
    return err_format_null(Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
  }
  ssize idx = is_attr ? -1 : get_integer(s, a, b);
  if (idx == -2) return nullptr;
  if (a == b) return err_format_null(Exc_ValueError, "Empty attribute in format string");
  Object* key = idx >= 0 ? int_from_i64(idx) : piece(s, a, b);
  if (!key) return nullptr;
  Object* r = tuple_pack(2, is_attr ? True : False, key);
  decref(key);
  return r;
}

Object* formatter_parser(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("_string.formatter_parser", kwnames) ||
      !cont::check_one_arg("_string.formatter_parser", nargs))
    return nullptr;
  if (!is_str(args[0])) return err_format_null(Exc_TypeError, "expected str, got %s", type_name(args[0]));
  return make_iter(&FormatterIterType, args[0], 0, str_utf8_len(args[0]));
}

Object* formatter_field_name_split(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::check_no_kw("_string.formatter_field_name_split", kwnames) ||
      !cont::check_one_arg("_string.formatter_field_name_split", nargs))
    return nullptr;
  Object* name = args[0];
  if (!is_str(name)) return err_format_null(Exc_TypeError, "expected str, got %s", type_name(name));
  const char* s = str_utf8(name);
  ssize e = str_utf8_len(name), i = 0;
  while (i < e && s[i] != '.' && s[i] != '[') i++;
  Object* first = int_or_piece(s, 0, i);
  if (!first) return nullptr;
  Object* rest = make_iter(&FieldNameIterType, name, i, e);
  Object* r = rest ? tuple_pack(2, first, rest) : nullptr;
  decref(first);
  xdecref(rest);
  return r;
}

MethodDef module_functions[] = {
    {"formatter_parser", formatter_parser, METH_DEFAULT, "parse the argument as a format string"},
    {"formatter_field_name_split", formatter_field_name_split, METH_DEFAULT, "split the argument as a field name"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace
}  // namespace string_

Object* init_string_module() {
  using namespace string_;
  if (!has_flag(&FormatterIterType, TPFLAG_READY)) {
    native::iterator_type<ParseIterRefs>(FormatterIterType, "formatteriterator", sizeof(ParseIterObject),
                                         formatteriter_next, 0);
    native::iterator_type<ParseIterRefs>(FieldNameIterType, "fieldnameiterator", sizeof(ParseIterObject),
                                         fieldnameiter_next, 0);
    if (native::ready_types({&FormatterIterType, &FieldNameIterType}) < 0) return nullptr;
  }
  return native::make_module("_string", "string helper module", module_functions, {});
}

}  // namespace stdlib

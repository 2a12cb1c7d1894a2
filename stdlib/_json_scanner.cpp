// _json.make_scanner (type _json.Scanner): CPython's c_make_scanner, the
// recursive-descent JSON parser json.decoder.JSONDecoder uses as scan_once.
//
// How it works.  make_scanner(context) reads the decoder's settings once
// (strict as a truth value, object_hook, object_pairs_hook, parse_float,
// parse_int, parse_constant, in that order, as CPython does).  A call
// scanner(string, idx) parses one JSON value starting at code-point index idx
// and returns (value, end).  The parser walks the UTF-8 bytes of the str
// (every JSON delimiter is ASCII) and converts positions to code-point
// indexes only where they leave the module (Text, _json.h).
//
// Invariants and CPython's rules kept here:
//  - "No value here" is StopIteration(idx) (json.decoder turns it into
//    "Expecting value"); every other syntax error is a JSONDecodeError with
//    CPython's message and position.  Errors from nested values propagate
//    unchanged (a StopIteration from inside an array stays a StopIteration).
//  - Object keys are memoized per call: equal keys in one document are one
//    str object (the memo dict lives for one call only).
//  - Each '{' and '[' enters the runtime's recursion guard, so a deeply
//    nested document raises RecursionError instead of exhausting the C stack.
//  - parse_float / parse_int are called with the number's text unless they
//    are float / int themselves, in which case the number is converted here
//    (float: correctly rounded, int: int's own parser with its digit limit).
#include <charconv>
#include <cmath>
#include <cstring>

#include "runtime/text/str.h"
#include "_json.h"
#include "native.h"

namespace stdlib::json {
using namespace rt;

TypeObject ScannerType;

namespace {

struct ScannerObject : Object {
  Object* object_hook;
  Object* object_pairs_hook;
  Object* parse_float;
  Object* parse_int;
  Object* parse_constant;
  bool strict;
};
using ScannerRefs = RefFields<ScannerObject, &ScannerObject::object_hook, &ScannerObject::object_pairs_hook,
                              &ScannerObject::parse_float, &ScannerObject::parse_int, &ScannerObject::parse_constant>;

inline ScannerObject* S(Object* o) { return static_cast<ScannerObject*>(o); }

// One call of the scanner: its settings, the document and the key memo.
struct Scan {
  ScannerObject* s;
  Text t;
  Object* memo;  // dict: key -> the same key
};

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline ssize skip_ws(const Text& t, ssize i) {
  while (i < t.n && is_ws(t.p[i])) i++;
  return i;
}
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

Object* stop_at(const Text& t, ssize byte_off) {
  Object* v = int_from_i64(t.cp_index(byte_off));
  if (!v) return nullptr;
  err_stop_iteration(v);
  decref(v);
  return nullptr;
}

Object* scan_value(Scan& sc, ssize i, ssize* end);

Object* parse_object(Scan& sc, ssize i, ssize* end) {
  const Text& t = sc.t;
  bool pairs = sc.s->object_pairs_hook != None;
  Object* r = pairs ? list_new(0) : dict_new();
  if (!r) return nullptr;
  i = skip_ws(t, i);
  if (i >= t.n || t.p[i] != '}') {
    for (;;) {
      if (i >= t.n || t.p[i] != '"') {
        raise_errmsg("Expecting property name enclosed in double quotes", t, i);
        goto fail;
      }
      ssize next;
      Object* key = scan_string(t, i + 1, sc.s->strict, &next);
      if (!key) goto fail;
      if (Object* known = dict_getitem(sc.memo, key)) {
        setref(key, newref(known));
      } else if (dict_setitem(sc.memo, key, key) < 0) {
        decref(key);
        goto fail;
      }
      i = skip_ws(t, next);
      if (i >= t.n || t.p[i] != ':') {
        decref(key);
        raise_errmsg("Expecting ':' delimiter", t, i);
        goto fail;
      }
      i = skip_ws(t, i + 1);
      Object* val = scan_value(sc, i, &next);
      if (!val) {
        decref(key);
        goto fail;
      }
      int rc;
      if (pairs) {
        Object* item = tuple_new(2);
        if (!item) {
          decref(key);
          decref(val);
          goto fail;
        }
        tuple_set_steal(item, 0, key);
        tuple_set_steal(item, 1, val);
        rc = list_append(r, item);
        decref(item);
      } else {
        rc = dict_setitem(r, key, val);
        decref(key);
        decref(val);
      }
      if (rc < 0) goto fail;
      i = skip_ws(t, next);
      if (i < t.n && t.p[i] == '}') break;
      if (i >= t.n || t.p[i] != ',') {
        raise_errmsg("Expecting ',' delimiter", t, i);
        goto fail;
      }
      i = skip_ws(t, i + 1);
    }
  }
  *end = i + 1;
  if (pairs) {
    Object* v = call1(sc.s->object_pairs_hook, r);
    decref(r);
    return v;
  }
  if (sc.s->object_hook != None) {
    Object* v = call1(sc.s->object_hook, r);
    decref(r);
    return v;
  }
  return r;
fail:
  decref(r);
  return nullptr;
}

Object* parse_array(Scan& sc, ssize i, ssize* end) {
  const Text& t = sc.t;
  Object* r = list_new(0);
  if (!r) return nullptr;
  i = skip_ws(t, i);
  if (i >= t.n || t.p[i] != ']') {
    for (;;) {
      ssize next;
      Object* val = scan_value(sc, i, &next);
      if (!val) goto fail;
      int rc = list_append(r, val);
      decref(val);
      if (rc < 0) goto fail;
      i = skip_ws(t, next);
      if (i < t.n && t.p[i] == ']') break;
      if (i >= t.n || t.p[i] != ',') {
        raise_errmsg("Expecting ',' delimiter", t, i);
        goto fail;
      }
      i = skip_ws(t, i + 1);
    }
  }
  *end = i + 1;
  return r;
fail:
  decref(r);
  return nullptr;
}

// NaN, Infinity, -Infinity: parse_constant(name).
Object* constant(Scan& sc, const char* name, ssize i, ssize* end) {
  Object* n = str_from_cstr(name);
  if (!n) return nullptr;
  Object* v = call1(sc.s->parse_constant, n);
  decref(n);
  if (v) *end = i + ssize(strlen(name));
  return v;
}

// The number's text [from, to) as a float, as float(text) would give it.
Object* float_of(const Text& t, ssize from, ssize to) {
  double d;
  auto res = std::from_chars(t.p + from, t.p + to, d);
  if (res.ec == std::errc() && res.ptr == t.p + to) return float_from_double(d);
  // Out of range (1e400, 1e-400): float()'s own rules give inf or 0.0.
  Object* s = substring_of(t, from, to);
  if (!s) return nullptr;
  Object* v = float_from_string(s);
  decref(s);
  return v;
}

Object* int_of(const Text& t, ssize from, ssize to) {
  const char* p = t.p + from;
  ssize n = to - from;
  bool neg = *p == '-';
  if (n - neg <= 18) {
    int64_t v = 0;
    for (ssize k = neg; k < n; k++) v = v * 10 + (p[k] - '0');
    return int_from_i64(neg ? -v : v);
  }
  return int_from_string(std::string_view(p, size_t(n)), 10);
}

Object* match_number(Scan& sc, ssize start, ssize* end) {
  const Text& t = sc.t;
  const char* p = t.p;
  const ssize n = t.n;
  ssize i = start;
  if (p[i] == '-') {
    if (++i >= n) return stop_at(t, start);
  }
  if (p[i] >= '1' && p[i] <= '9') {
    i++;
    while (i < n && is_digit(p[i])) i++;
  } else if (p[i] == '0') {
    i++;
  } else {
    return stop_at(t, start);
  }
  bool is_float = false;
  if (i + 1 < n && p[i] == '.' && is_digit(p[i + 1])) {
    is_float = true;
    i += 2;
    while (i < n && is_digit(p[i])) i++;
  }
  if (i + 1 < n && (p[i] == 'e' || p[i] == 'E')) {
    ssize e_start = i++;
    if (i + 1 < n && (p[i] == '-' || p[i] == '+')) i++;
    while (i < n && is_digit(p[i])) i++;
    if (is_digit(p[i - 1])) is_float = true;
    else i = e_start;
  }
  Object* hook = is_float ? sc.s->parse_float : sc.s->parse_int;
  Object* v;
  if (hook != (is_float ? static_cast<Object*>(&FloatType) : static_cast<Object*>(&IntType))) {
    Object* text = substring_of(t, start, i);
    if (!text) return nullptr;
    v = call1(hook, text);
    decref(text);
  } else {
    v = is_float ? float_of(t, start, i) : int_of(t, start, i);
  }
  if (v) *end = i;
  return v;
}

inline bool matches(const Text& t, ssize i, const char* word, ssize len) {
  return i + len <= t.n && memcmp(t.p + i, word, size_t(len)) == 0;
}

Object* scan_value(Scan& sc, ssize i, ssize* end) {
  const Text& t = sc.t;
  if (i >= t.n) return stop_at(t, i);
  switch (t.p[i]) {
    case '"':
      return scan_string(t, i + 1, sc.s->strict, end);
    case '{': {
      if (!enter_recursive_call(" while decoding a JSON object from a unicode string")) return nullptr;
      Object* r = parse_object(sc, i + 1, end);
      leave_recursive_call();
      return r;
    }
    case '[': {
      if (!enter_recursive_call(" while decoding a JSON array from a unicode string")) return nullptr;
      Object* r = parse_array(sc, i + 1, end);
      leave_recursive_call();
      return r;
    }
    case 'n':
      if (matches(t, i, "null", 4)) {
        *end = i + 4;
        return none_ref();
      }
      break;
    case 't':
      if (matches(t, i, "true", 4)) {
        *end = i + 4;
        return bool_ref(true);
      }
      break;
    case 'f':
      if (matches(t, i, "false", 5)) {
        *end = i + 5;
        return bool_ref(false);
      }
      break;
    case 'N':
      if (matches(t, i, "NaN", 3)) return constant(sc, "NaN", i, end);
      break;
    case 'I':
      if (matches(t, i, "Infinity", 8)) return constant(sc, "Infinity", i, end);
      break;
    case '-':
      if (matches(t, i, "-Infinity", 9)) return constant(sc, "-Infinity", i, end);
      break;
    default:
      break;
  }
  return match_number(sc, i, end);
}

// ---- the type ----------------------------------------------------------------------------

Object* scanner_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* ctx;
  if (!native::parse("make_scanner", args, nargs, kwnames, "context", &ctx, native::ArgStyle::Getargs)) return nullptr;
  Object* strict_obj = object_getattr_str(ctx, "strict");
  if (!strict_obj) return nullptr;
  int strict = object_is_true(strict_obj);
  decref(strict_obj);
  if (strict < 0) return nullptr;
  Object* fields[5];
  const char* names[5] = {"object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"};
  for (int k = 0; k < 5; k++) {
    fields[k] = object_getattr_str(ctx, names[k]);
    if (!fields[k]) {
      for (int j = 0; j < k; j++) decref(fields[j]);
      return nullptr;
    }
  }
  ScannerObject* s = native::alloc<ScannerObject>(type);
  if (!s) {
    for (Object* f : fields) decref(f);
    return nullptr;
  }
  s->strict = strict != 0;
  s->object_hook = fields[0];
  s->object_pairs_hook = fields[1];
  s->parse_float = fields[2];
  s->parse_int = fields[3];
  s->parse_constant = fields[4];
  gc_track(s);
  return s;
}

Object* scanner_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!native::parse("scan_once", args, nargs, kwnames, "string,idx", a, native::ArgStyle::Getargs)) return nullptr;
  ssize idx;
  if (!native::ssize_arg(a[1], &idx)) return nullptr;
  Object* str = a[0];
  if (!is_str(str)) return err_format_null(Exc_TypeError, "first argument must be a string, not %.80s", type_name(str));
  if (idx < 0) return err_format_null(Exc_ValueError, "idx cannot be negative");
  if (idx >= str_len(str)) {
    Object* v = int_from_i64(idx);
    if (!v) return nullptr;
    err_stop_iteration(v);
    decref(v);
    return nullptr;
  }
  Scan sc{S(self), Text{str, str_utf8(str), str_utf8_len(str), str_is_ascii(str)}, dict_new()};
  if (!sc.memo) return nullptr;
  incref(self);  // a hook may drop the last other reference to the scanner
  ssize end;
  Object* v = scan_value(sc, sc.t.byte_offset(idx), &end);
  decref(sc.memo);
  decref(self);
  if (!v) return nullptr;
  Object* e = int_from_i64(sc.t.cp_index(end));
  if (!e) {
    decref(v);
    return nullptr;
  }
  Object* r = tuple_pack(2, v, e);
  decref(v);
  decref(e);
  return r;
}

Object* get_strict(Object* self, void*) { return bool_ref(S(self)->strict); }
template <Object* ScannerObject::*F>
Object* get_field(Object* self, void*) {
  return newref(S(self)->*F);
}

GetSetDef scanner_getset[] = {
    {"strict", get_strict, native::readonly_member, "strict", nullptr},
    {"object_hook", get_field<&ScannerObject::object_hook>, native::readonly_member, "object_hook", nullptr},
    {"object_pairs_hook", get_field<&ScannerObject::object_pairs_hook>, native::readonly_member, nullptr, nullptr},
    {"parse_float", get_field<&ScannerObject::parse_float>, native::readonly_member, "parse_float", nullptr},
    {"parse_int", get_field<&ScannerObject::parse_int>, native::readonly_member, "parse_int", nullptr},
    {"parse_constant", get_field<&ScannerObject::parse_constant>, native::readonly_member, "parse_constant", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void fill_scanner_type() {
  TypeObject& t = ScannerType;
  t.tp_name = "_json.Scanner";
  t.tp_basicsize = sizeof(ScannerObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  t.tp_doc = "JSON scanner object";
  t.tp_new = scanner_new;
  t.tp_call = scanner_call;
  t.tp_dealloc = ScannerRefs::dealloc;
  t.tp_traverse = ScannerRefs::traverse;
  t.tp_clear = ScannerRefs::clear;
  t.tp_getset = scanner_getset;
}

}  // namespace stdlib::json

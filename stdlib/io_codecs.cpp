// Text plumbing shared by TextIOWrapper and StringIO: IncrementalNewlineDecoder,
// the line-ending search, the native codecs and the bridge to the codec registry.
//
// Native codecs.  pyglass's str is UTF-8 (with surrogates stored as three-byte
// sequences), so utf-8 text encodes by copying and decodes by validating; ascii
// and latin-1 are simple transcodings.  TextIOWrapper uses these three without
// any Python codec object when the error handler is one the runtime implements
// (strict, ignore, replace, backslashreplace, surrogateescape, and
// xmlcharrefreplace / surrogatepass for encoding).  Their incremental state is
// what CPython's incremental decoders report: (undecoded trailing bytes, 0) for
// utf-8 (BufferedIncrementalDecoder) and (b'', 0) for ascii and latin-1, so the
// cookies of tell() are CPython's numbers.  Any other encoding (or error
// handler) goes through codecs.lookup() and the codec's incremental encoder and
// decoder objects, as CPython does for every encoding.
//
// The locale encoding (open() without an encoding): "utf-8" in UTF-8 mode
// (-X utf8, PYTHONUTF8=1, or the C/POSIX locale, which CPython coerces to
// UTF-8), else the locale's codeset (nl_langinfo(CODESET) of the environment's
// LC_CTYPE, e.g. "UTF-8"), without changing the process's locale.
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <langinfo.h>

#include "config.h"
#include "io_internal.h"
#include "runtime/numbers/int.h"
#include "runtime/text/str.h"

namespace stdlib::io {
using namespace rt;

TypeObject IncrementalNewlineDecoderType;

// ---- newline translation ---------------------------------------------------------------------
Object* newline_decode_steal(NewlineState* st, Object* output, bool final) {
  ssize len = str_utf8_len(output);
  const char* p = str_utf8(output);
  // Join the '\r' held back by the previous call; hold back a final '\r'
  // (so that a "\r\n" split between calls is seen whole) unless final.
  bool prefix_cr = st->pendingcr && (final || len > 0);
  if (prefix_cr) st->pendingcr = false;
  bool hold_cr = !final && len > 0 && p[len - 1] == '\r';
  ssize body_len = hold_cr ? len - 1 : len;
  bool has_cr = prefix_cr || (body_len > 0 && memchr(p, '\r', size_t(body_len)) != nullptr);
  int seen = st->seennl;
  Object* result;
  if (!has_cr) {
    if (body_len > 0 && !(seen & SEEN_LF) && memchr(p, '\n', size_t(body_len))) seen |= SEEN_LF;
    if (body_len == len) {
      result = output;  // unchanged
    } else {
      result = str_from_valid(p, body_len);
      decref(output);
      if (!result) return nullptr;
    }
  } else {
    std::string text;
    text.reserve(size_t(body_len + 1));
    if (prefix_cr) text += '\r';
    text.append(p, size_t(body_len));
    decref(output);
    std::string out;
    size_t n = text.size();
    if (st->translate) out.reserve(n);
    for (size_t i = 0; i < n; i++) {
      char c = text[i];
      if (c == '\n') {
        seen |= SEEN_LF;
      } else if (c == '\r') {
        bool crlf = i + 1 < n && text[i + 1] == '\n';
        seen |= crlf ? SEEN_CRLF : SEEN_CR;
        if (st->translate) {
          out += '\n';
          if (crlf) i++;
          continue;
        }
        if (crlf) i++;
        continue;
      }
      if (st->translate) out += c;
    }
    result = str_from_valid(st->translate ? out : text);
    if (!result) return nullptr;
  }
  if (hold_cr) st->pendingcr = true;
  st->seennl |= seen;
  return result;
}

Object* newlines_value(int seennl) {
  switch (seennl) {
    case SEEN_CR: return str_from_cstr("\r");
    case SEEN_LF: return str_from_cstr("\n");
    case SEEN_CRLF: return str_from_cstr("\r\n");
    default: break;
  }
  if (seennl == 0) return none_ref();
  Object* items[3];
  int n = 0;
  if (seennl & SEEN_CR) items[n++] = str_from_cstr("\r");
  if (seennl & SEEN_LF) items[n++] = str_from_cstr("\n");
  if (seennl & SEEN_CRLF) items[n++] = str_from_cstr("\r\n");
  Object* t = tuple_new(n);
  for (int i = 0; i < n; i++) {
    if (t) tuple_set_steal(t, i, items[i]);
    else xdecref(items[i]);
  }
  return t;
}

// ---- encodings ------------------------------------------------------------------------------------
namespace {

// CPython's lookup normalisation: lower case, runs of other characters than
// letters, digits and '.' become one '_'.
std::string normalize_encoding(const char* name) {
  std::string out;
  bool punct = false;
  for (const char* p = name; *p; p++) {
    unsigned char c = static_cast<unsigned char>(*p);
    if ((c < 128 && isalnum(c)) || c == '.') {
      if (punct && !out.empty()) out += '_';
      out += char(tolower(c));
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

bool in_list(const std::string& s, const char* const* list) {
  for (; *list; list++)
    if (s == *list) return true;
  return false;
}

}  // namespace

FastCodec fast_codec_for(const char* encoding) {
  std::string n = normalize_encoding(encoding);
  std::string n2 = n;
  for (char& c : n2)
    if (c == '.') c = '_';
  static const char* const utf8[] = {"utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001", nullptr};
  static const char* const ascii[] = {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                                      "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us",
                                      "us_ascii", nullptr};
  static const char* const latin1[] = {"latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1",
                                       "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1",
                                       nullptr};
  for (const std::string* s : {&n, &n2}) {
    if (in_list(*s, utf8)) return FastCodec::Utf8;
    if (in_list(*s, ascii)) return FastCodec::Ascii;
    if (in_list(*s, latin1)) return FastCodec::Latin1;
  }
  return FastCodec::None;
}

const char* fast_codec_name(FastCodec c) {
  return c == FastCodec::Utf8 ? "utf-8" : c == FastCodec::Ascii ? "ascii" : "latin-1";
}

bool fast_decode_errors_ok(const char* e) {
  return !strcmp(e, "strict") || !strcmp(e, "ignore") || !strcmp(e, "replace") || !strcmp(e, "surrogateescape") ||
         !strcmp(e, "backslashreplace");
}

bool fast_encode_errors_ok(const char* e) {
  return fast_decode_errors_ok(e) || !strcmp(e, "xmlcharrefreplace") || !strcmp(e, "surrogatepass");
}

Object* lookup_text_encoding(const char* encoding) {
  Object* codecs = import_module("codecs");
  if (!codecs) {
    // No codec registry yet (the _codecs module): only the native codecs exist.
    err_clear();
    return err_format_null(Exc_LookupError, "unknown encoding: %s", encoding);
  }
  Object* enc = str_from_cstr(encoding);
  Object* info = enc ? call_method1(codecs, names::lookup, enc) : nullptr;
  xdecref(enc);
  decref(codecs);
  if (!info) return nullptr;
  bool error;
  Object* is_text = object_lookup_attr(info, names::_is_text_encoding, &error);
  if (error) {
    decref(info);
    return nullptr;
  }
  if (is_text) {
    int t = object_is_true(is_text);
    decref(is_text);
    if (t < 0) {
      decref(info);
      return nullptr;
    }
    if (!t) {
      decref(info);
      return err_format_null(Exc_LookupError, "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs",
                             encoding);
    }
  }
  return info;
}

namespace {

// Bytes at the end of data that begin a valid but unfinished UTF-8 sequence.
ssize utf8_incomplete_tail(const unsigned char* p, ssize n) {
  for (ssize k = 1; k <= 3 && k <= n; k++) {
    unsigned char c = p[n - k];
    if (c < 0x80) return 0;
    if (c < 0xC0) continue;  // a continuation byte: look further back
    if (c < 0xC2 || c > 0xF4) return 0;
    ssize need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (k >= need) return 0;
    if (k >= 2) {
      unsigned char d = p[n - k + 1];
      unsigned char lo = 0x80, hi = 0xBF;
      if (c == 0xE0) lo = 0xA0;
      else if (c == 0xED) hi = 0x9F;
      else if (c == 0xF0) lo = 0x90;
      else if (c == 0xF4) hi = 0x8F;
      if (d < lo || d > hi) return 0;
    }
    if (k == 3 && (p[n - 1] < 0x80 || p[n - 1] > 0xBF)) return 0;
    return k;
  }
  return 0;
}

}  // namespace

Object* fast_decode(FastCodec c, const char* errors, std::string& pending, const char* data, ssize n, bool final) {
  std::string joined;
  if (!pending.empty()) {
    joined = pending;
    joined.append(data, size_t(n));
    data = joined.data();
    n = ssize(joined.size());
  }
  const unsigned char* u = reinterpret_cast<const unsigned char*>(data);
  ssize take = n;
  if (c == FastCodec::Utf8 && !final) take = n - utf8_incomplete_tail(u, n);
  std::string rest(data + take, size_t(n - take));
  Object* r;
  if (c == FastCodec::Latin1) {
    r = bytes_decode(data, take, "latin-1", errors);
  } else {
    ssize bad_len;
    const char* reason;
    bool valid;
    if (c == FastCodec::Utf8) {
      valid = utf8_check(data, take, false, &bad_len, &reason) < 0;
    } else {
      valid = true;
      for (ssize i = 0; i < take; i++)
        if (u[i] >= 0x80) {
          valid = false;
          break;
        }
    }
    r = valid ? str_from_valid(data, take) : bytes_decode(data, take, fast_codec_name(c), errors);
  }
  if (!r) return nullptr;  // pending is kept as it was (the decoder did not advance)
  pending.swap(rest);
  return r;
}

int fast_encode(FastCodec c, const char* errors, const char* data, ssize n, Object* str_obj, std::string& out) {
  const unsigned char* u = reinterpret_cast<const unsigned char*>(data);
  bool clean = true;
  if (c == FastCodec::Utf8) {
    if (strcmp(errors, "surrogatepass") != 0) {
      const void* p = memchr(data, 0xED, size_t(n));
      while (p) {
        ssize i = static_cast<const char*>(p) - data;
        if (i + 1 < n && u[i + 1] >= 0xA0) {
          clean = false;
          break;
        }
        p = memchr(data + i + 1, 0xED, size_t(n - i - 1));
      }
    }
  } else {
    for (ssize i = 0; i < n; i++)
      if (u[i] >= 0x80) {
        clean = false;
        break;
      }
  }
  if (clean) {
    out.append(data, size_t(n));
    return 0;
  }
  Object* s = str_obj ? newref(str_obj) : str_from_valid(data, n);
  if (!s) return -1;
  Object* b = str_encode(s, fast_codec_name(c), errors);
  decref(s);
  if (!b) return -1;
  out.append(bytes_data(b), size_t(size_of(b)));
  decref(b);
  return 0;
}

// ---- the locale ------------------------------------------------------------------------------------
namespace {

const char* ctype_locale_name() {
  for (const char* v : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* s = std::getenv(v);
    if (s && *s) return s;
  }
  return "C";
}

}  // namespace

bool utf8_mode() {
  for (const std::string& x : startup_config().xoptions) {
    if (x == "utf8" || x == "utf8=1") return true;
    if (x == "utf8=0") return false;
  }
  if (!startup_config().ignore_environment) {
    const char* e = std::getenv("PYTHONUTF8");
    if (e && !strcmp(e, "1")) return true;
    if (e && !strcmp(e, "0")) return false;
  }
  const char* loc = ctype_locale_name();
  return !strcmp(loc, "C") || !strcmp(loc, "POSIX");
}

Object* locale_encoding() {
  // A start-up constant once computed (immortal, like the interned names).
  static Object* cached = nullptr;
  if (cached) return cached;
  std::string enc = "utf-8";
  if (!utf8_mode()) {
    locale_t loc = newlocale(LC_CTYPE_MASK, "", static_cast<locale_t>(0));
    if (loc) {
      const char* cs = nl_langinfo_l(CODESET, loc);
      if (cs && *cs && strcmp(cs, "ANSI_X3.4-1968") != 0) enc = cs;
      freelocale(loc);
    }
  }
  Object* s = str_from(enc);
  if (!s) return nullptr;
  make_immortal(s);
  cached = s;
  return s;
}

// ---- IncrementalNewlineDecoder ---------------------------------------------------------------------
namespace {

struct NLDecoderObject : Object {
  Object* decoder;  // the wrapped incremental decoder, or None
  Object* errors;   // null: __init__ not called
  NewlineState st;
};
NLDecoderObject* ND(Object* o) { return static_cast<NLDecoderObject*>(o); }

bool nd_check(NLDecoderObject* d) {
  if (d->errors) return true;
  err_set_string(Exc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
  return false;
}

Object* nd_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) return nullptr;
  gc_track(o);
  return o;
}

int nd_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"decoder", "translate", "errors"};
  Object* a[3];
  if (!parse_kw("IncrementalNewlineDecoder", args, nargs, kwnames, kw, 3, 2, 3, a)) return -1;
  bool translate;
  if (!bool_int_arg(a[1], &translate)) return -1;
  NLDecoderObject* d = ND(self);
  setref(d->decoder, newref(a[0]));
  setref(d->errors, a[2] ? newref(a[2]) : str_from_cstr("strict"));
  if (!d->errors) return -1;
  d->st = NewlineState();
  d->st.translate = translate;
  return 0;
}

void nd_dealloc(Object* self) {
  gc_untrack(self);
  clearref(ND(self)->decoder);
  clearref(ND(self)->errors);
  free_object(self);
}

int nd_traverse(Object* self, visitproc visit, void* arg) {
  if (ND(self)->decoder)
    if (int r = visit(ND(self)->decoder, arg)) return r;
  if (ND(self)->errors)
    if (int r = visit(ND(self)->errors, arg)) return r;
  return 0;
}

int nd_clear(Object* self) {
  clearref(ND(self)->decoder);
  clearref(ND(self)->errors);
  return 0;
}

Object* nd_decode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"input", "final"};
  Object* a[2];
  if (!parse_kw("decode", args, nargs, kwnames, kw, 2, 1, 2, a)) return nullptr;
  bool final = false;
  if (a[1] && !bool_int_arg(a[1], &final)) return nullptr;
  NLDecoderObject* d = ND(self);
  if (!nd_check(d)) return nullptr;
  Object* output;
  if (d->decoder != None) {
    Object* v[2] = {a[0], final ? True : False};
    output = call_method(d->decoder, names::decode, v, 2);
  } else {
    output = newref(a[0]);
  }
  if (!output) return nullptr;
  if (!is_str(output)) {
    err_format(Exc_TypeError, "decoder should return a string result, not '%s'", type_name(output));
    decref(output);
    return nullptr;
  }
  return newline_decode_steal(&d->st, output, final);
}

// The low 64 bits of an int (CPython's "K" format).
bool u64_mask(Object* o, uint64_t* out) {
  if (!is_int(o)) return false;
  BigInt tmp;
  const BigInt& v = int_as_bigint(o, tmp);
  BigInt m = bigint_and(v, BigInt::from_u64(UINT64_MAX));
  uint8_t bytes[8];
  bigint_to_bytes(m, bytes, 8, true, false);
  uint64_t r = 0;
  for (int i = 7; i >= 0; i--) r = (r << 8) | bytes[i];
  *out = r;
  return true;
}

Object* nd_getstate(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("IncrementalNewlineDecoder.getstate", nargs, kw)) return nullptr;
  NLDecoderObject* d = ND(self);
  if (!nd_check(d)) return nullptr;
  Object* buffer;
  uint64_t flag = 0;
  if (d->decoder != None) {
    Object* state = call_method0(d->decoder, names::getstate);
    if (!state) return nullptr;
    if (!is_tuple(state) || size_of(state) != 2 || !u64_mask(tuple_get(state, 1), &flag)) {
      decref(state);
      return err_format_null(Exc_TypeError, "illegal decoder state");
    }
    buffer = newref(tuple_get(state, 0));
    decref(state);
  } else {
    buffer = bytes_from(nullptr, 0);
  }
  flag <<= 1;
  if (d->st.pendingcr) flag |= 1;
  Object* f = int_from_u64(flag);
  Object* r = f ? tuple_pack(2, buffer, f) : nullptr;
  xdecref(f);
  decref(buffer);
  return r;
}

Object* nd_setstate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("IncrementalNewlineDecoder.setstate", nargs, kw)) return nullptr;
  NLDecoderObject* d = ND(self);
  if (!nd_check(d)) return nullptr;
  Object* state = args[0];
  if (!is_tuple(state)) return err_format_null(Exc_TypeError, "state argument must be a tuple");
  uint64_t flag;
  if (size_of(state) != 2 || !u64_mask(tuple_get(state, 1), &flag))
    return err_format_null(Exc_TypeError, "setstate(): illegal state argument");
  d->st.pendingcr = flag & 1;
  flag >>= 1;
  if (d->decoder == None) return none_ref();
  Object* f = int_from_u64(flag);
  Object* inner = f ? tuple_pack(2, tuple_get(state, 0), f) : nullptr;
  xdecref(f);
  if (!inner) return nullptr;
  Object* r = call_method1(d->decoder, names::setstate, inner);
  decref(inner);
  return r;
}

Object* nd_reset(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("IncrementalNewlineDecoder.reset", nargs, kw)) return nullptr;
  NLDecoderObject* d = ND(self);
  if (!nd_check(d)) return nullptr;
  d->st.seennl = 0;
  d->st.pendingcr = false;
  if (d->decoder != None) return call_method0(d->decoder, names::reset);
  return none_ref();
}

Object* nd_newlines(Object* self, void*) {
  if (!nd_check(ND(self))) return nullptr;
  return newlines_value(ND(self)->st.seennl);
}

MethodDef nd_methods[] = {
    {"decode", nd_decode, METH_DEFAULT, nullptr},
    {"getstate", nd_getstate, METH_DEFAULT, nullptr},
    {"setstate", nd_setstate, METH_DEFAULT, nullptr},
    {"reset", nd_reset, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef nd_getset[] = {
    {"newlines", nd_newlines, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_codec_types() {
  TypeObject& t = IncrementalNewlineDecoderType;
  t.tp_name = "_io.IncrementalNewlineDecoder";
  t.tp_basicsize = sizeof(NLDecoderObject);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC;
  t.tp_new = nd_new;
  t.tp_init = nd_init;
  t.tp_dealloc = nd_dealloc;
  t.tp_traverse = nd_traverse;
  t.tp_clear = nd_clear;
  t.tp_methods = nd_methods;
  t.tp_getset = nd_getset;
  t.tp_doc =
      "IncrementalNewlineDecoder(decoder, translate, errors='strict')\n--\n\nCodec used when reading a file in "
      "universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\n"
      "It also records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the "
      "newline sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\n"
      "decode input and translates newlines without first invoking an external\ndecoder.";
}

}  // namespace stdlib::io

// The str type: allocation, UTF-8 validation, interning, hashing,
// comparison, repr, indexing, iteration, the constructor and the codecs.
// Methods are in runtime/str_methods.cpp, formatting in runtime/strformat.cpp.
#include "runtime/text/str.h"
#include "runtime/text/codecs.h"

#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/bytes/buffer.h"
#include "runtime/containers/list.h"
#include "runtime/text/unicode.h"
#include "runtime/instruments/instruments_impl.h"

namespace rt {

TypeObject StrType, StrIterType, StrAsciiIterType;

namespace {

// Immortal singletons: "" and the 256 one-character Latin-1 strings.
Object* g_empty = nullptr;
Object* g_latin1[256];

// ---- the intern table ----------------------------------------------------
// An open-addressing hash set of str keyed by contents.  It holds BORROWED
// pointers: an interned str that dies removes itself (str_dealloc), so
// interning never keeps a string alive.  Names made at start-up are immortal.
Object* const kTomb = reinterpret_cast<Object*>(uintptr_t(1));
Object** g_itab = nullptr;
size_t g_icap = 0, g_iused = 0, g_ifill = 0;  // capacity (power of 2), live entries, live + tombstones

void intern_resize(size_t newcap) {
  Object** old = g_itab;
  size_t oldcap = g_icap;
  g_itab = new Object*[newcap]();
  g_icap = newcap;
  g_ifill = g_iused;
  for (size_t i = 0; i < oldcap; i++) {
    Object* o = old[i];
    if (!o || o == kTomb) continue;
    size_t j = size_t(str_hash(o)) & (newcap - 1);
    while (g_itab[j]) j = (j + 1) & (newcap - 1);
    g_itab[j] = o;
  }
  delete[] old;
}

// Slot holding a str equal to s, or null.
Object** intern_find(Object* s) {
  if (!g_itab) return nullptr;
  hash_t h = str_hash(s);
  size_t j = size_t(h) & (g_icap - 1);
  StrObject* a = as_str(s);
  while (Object* o = g_itab[j]) {
    if (o != kTomb) {
      StrObject* b = as_str(o);
      if (o == s || (b->hash == h && b->utf8_len == a->utf8_len && memcmp(a->data, b->data, a->utf8_len) == 0))
        return &g_itab[j];
    }
    j = (j + 1) & (g_icap - 1);
  }
  return nullptr;
}

void intern_insert(Object* s) {
  if (!g_itab || (g_ifill + 1) * 3 >= g_icap * 2) intern_resize(g_icap ? (g_iused * 4 > g_icap ? g_icap * 2 : g_icap) : 1024);
  size_t j = size_t(str_hash(s)) & (g_icap - 1);
  while (g_itab[j] && g_itab[j] != kTomb) j = (j + 1) & (g_icap - 1);
  if (!g_itab[j]) g_ifill++;
  g_itab[j] = s;
  g_iused++;
  as_str(s)->interned = 1;
  PG_INS(ins::alloc.interned_added++);
}

void intern_remove(Object* s) {
  Object** slot = intern_find(s);
  if (slot && *slot == s) {
    *slot = kTomb;
    g_iused--;
    PG_INS(ins::alloc.interned_removed++);
  }
}

// ---- hashing -----------------------------------------------------------------
inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

}  // namespace

// A fast deterministic 64-bit hash of a byte string (8 bytes per step,
// multiply-rotate mixing, a final avalanche).  Unlike CPython's SipHash it is
// not randomized per process, which keeps seeded runs reproducible (set and
// dict orders are the same from one run to the next).  Never returns -1.
// The empty string hashes to 0, as in CPython (hash('') == hash(b'') == 0).
hash_t hash_bytes(const char* p, ssize n) {
  if (n == 0) return 0;
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t(n) * 0xC2B2AE3D27D4EB4Full);
  while (n >= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    h = rotl64((h ^ w) * 0xFF51AFD7ED558CCDull, 29);
    p += 8;
    n -= 8;
  }
  uint64_t w = 0;
  memcpy(&w, p, size_t(n));
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 29;
  hash_t r = hash_t(h);
  return r == -1 ? -2 : r;
}

// ---- UTF-8 -----------------------------------------------------------------------
ssize utf8_count(const char* s, ssize nbytes) {
  ssize n = 0;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
  for (ssize i = 0; i < nbytes; i++) n += (p[i] & 0xC0) != 0x80;
  return n;
}

ssize utf8_check(const char* s, ssize nbytes, bool allow_surrogates, ssize* bad_len, const char** reason) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
  ssize i = 0;
  while (i < nbytes) {
    // Fast path: 8 ASCII bytes at a time.
    while (i + 8 <= nbytes) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= nbytes) break;
    unsigned char c = p[i];
    if (c < 0x80) { i++; continue; }
    int need;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      else if (c == 0xED && !allow_surrogates) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      else if (c == 0xF4) hi = 0x8F;
    } else {
      *bad_len = 1;
      *reason = "invalid start byte";
      return i;
    }
    for (int k = 1; k <= need; k++) {
      if (i + k >= nbytes) {
        *bad_len = k;
        *reason = "unexpected end of data";
        return i;
      }
      unsigned char b = p[i + k];
      bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
      if (!ok) {
        *bad_len = k;
        *reason = "invalid continuation byte";
        return i;
      }
    }
    i += need + 1;
  }
  return -1;
}

// ---- construction ---------------------------------------------------------------
StrObject* str_alloc(ssize nbytes, ssize ncodepoints, bool ascii) {
  Object* o = alloc_object(&StrType, sizeof(StrObject) + size_t(nbytes));
  if (!o) return nullptr;
  StrObject* s = as_str(o);
  s->ob_size = ncodepoints;
  s->hash = -1;
  s->utf8_len = nbytes;
  s->interned = 0;
  s->ascii = ascii;
  s->data[nbytes] = 0;
  return s;
}

Object* str_empty() { return newref(g_empty); }

Object* str_as_exact(Object* s) { return is_str_exact(s) ? newref(s) : str_from_valid(str_view(s)); }

Object* str_latin1_char(uint32_t cp) { return g_latin1[cp]; }

Object* str_from_valid(const char* s, ssize nbytes) {
  if (nbytes == 0) return str_empty();
  ssize n = utf8_count(s, nbytes);
  if (n == 1) {
    const char* p = s;
    uint32_t cp = utf8_next(p);
    if (cp < 256) return newref(g_latin1[cp]);
  }
  StrObject* r = str_alloc(nbytes, n, n == nbytes);
  if (!r) return nullptr;
  memcpy(r->data, s, size_t(nbytes));
  return r;
}

Object* str_from_utf8(const char* s, ssize nbytes) {
  // ASCII text (most names, literals and file contents): one pass, no decoding.
  if (nbytes > 1) {
    uint8_t any = 0;
    for (ssize i = 0; i < nbytes; i++) any |= uint8_t(s[i]);
    if (any < 0x80) {
      StrObject* r = str_alloc(nbytes, nbytes, true);
      if (r) memcpy(r->data, s, size_t(nbytes));
      return r;
    }
  }
  ssize bad_len;
  const char* reason;
  ssize bad = utf8_check(s, nbytes, true, &bad_len, &reason);
  if (bad >= 0) {
    raise_decode_error("utf-8", s, nbytes, bad, bad + bad_len, reason);
    return nullptr;
  }
  return str_from_valid(s, nbytes);
}

Object* str_from(std::string_view s) { return str_from_utf8(s.data(), ssize(s.size())); }
Object* str_from_cstr(const char* s) { return str_from_utf8(s, ssize(strlen(s))); }

Object* str_from_codepoint(uint32_t cp) {
  if (cp < 256) return newref(g_latin1[cp]);
  if (cp > 0x10FFFF) return err_format_null(Exc_ValueError, "chr() arg not in range(0x110000)");
  char buf[4];
  int n = utf8_encode(cp, buf);
  StrObject* r = str_alloc(n, 1, false);
  if (!r) return nullptr;
  memcpy(r->data, buf, size_t(n));
  return r;
}

// ---- interning -----------------------------------------------------------------
Object* str_intern(Object* s) {
  if (!is_str_exact(s)) return s;
  if (as_str(s)->interned) return s;
  if (Object** slot = intern_find(s)) {
    Object* r = newref(*slot);
    decref(s);
    return r;
  }
  intern_insert(s);
  return s;
}

Object* str_intern_cstr(const char* s) {
  Object* o = str_from_cstr(s);
  if (!o) return nullptr;
  return str_intern(o);
}

bool str_is_interned(Object* s) { return as_str(s)->interned != 0; }
size_t str_interned_count() { return g_iused; }  // for the instruments

void str_intern_fini() {
  // Entries are borrowed, so releasing the table is all there is to do; strs
  // that die later see a null table and skip their removal.  Interned strs
  // still alive now are the start-up names (rt::names, method names in the
  // static types' dicts): they are immortal by contract (object.h), so they
  // are marked so here for the leak check.
  for (size_t i = 0; i < g_icap; i++) {
    Object* o = g_itab[i];
    if (o && o != kTomb) {
      as_str(o)->interned = 0;
      make_immortal(o);
    }
  }
  delete[] g_itab;
  g_itab = nullptr;
  g_icap = g_iused = g_ifill = 0;
}

// ---- access -----------------------------------------------------------------------
const char* str_utf8(Object* s) { return as_str(s)->data; }
ssize str_utf8_len(Object* s) { return as_str(s)->utf8_len; }
std::string_view str_view(Object* s) { return std::string_view(as_str(s)->data, size_t(as_str(s)->utf8_len)); }

hash_t str_hash(Object* s) {
  StrObject* o = as_str(s);
  if (o->hash != -1) return o->hash;
  return o->hash = hash_bytes(o->data, o->utf8_len);
}

bool str_equal(Object* a, Object* b) {
  if (a == b) return true;
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (x->utf8_len != y->utf8_len) return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
  if (x->interned && y->interned) return false;  // distinct interned strs differ
  return memcmp(x->data, y->data, size_t(x->utf8_len)) == 0;
}

bool str_eq_cstr(Object* s, const char* c) {
  size_t n = strlen(c);
  return size_t(as_str(s)->utf8_len) == n && memcmp(as_str(s)->data, c, n) == 0;
}

ssize str_offset_of(Object* s, ssize i) {
  StrObject* o = as_str(s);
  if (o->ascii) return i;
  ssize len = o->ob_size;
  if (i >= len) return o->utf8_len;
  if (i <= len / 2) {
    const char* p = o->data;
    for (ssize k = 0; k < i; k++) p += utf8_seq_len(static_cast<unsigned char>(*p));
    return p - o->data;
  }
  const char* p = o->data + o->utf8_len;
  for (ssize k = len; k > i; k--) {
    p--;
    while ((static_cast<unsigned char>(*p) & 0xC0) == 0x80) p--;
  }
  return p - o->data;
}

uint32_t str_char_at(Object* s, ssize i) {
  StrObject* o = as_str(s);
  if (o->ascii) return static_cast<unsigned char>(o->data[i]);
  const char* p = o->data + str_offset_of(s, i);
  return utf8_next(p);
}

// ---- concatenation and join ---------------------------------------------------------
Object* str_concat(Object* a, Object* b) {
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (y->utf8_len == 0 && is_str_exact(a)) return newref(a);
  if (x->utf8_len == 0 && is_str_exact(b)) return newref(b);
  StrObject* r = str_alloc(x->utf8_len + y->utf8_len, x->ob_size + y->ob_size, x->ascii && y->ascii);
  if (!r) return nullptr;
  memcpy(r->data, x->data, size_t(x->utf8_len));
  memcpy(r->data + x->utf8_len, y->data, size_t(y->utf8_len));
  return r;
}

Object* str_join(Object* sep, Object* iterable) {
  Object* seq;
  if (is_list_exact(iterable) || is_tuple_exact(iterable)) {
    seq = newref(iterable);
  } else {
    seq = sequence_list(iterable);
    if (!seq) {
      if (err_matches(Exc_TypeError) && !type_of(iterable)->tp_iter) {
        err_clear();
        err_set_string(Exc_TypeError, "can only join an iterable");
      }
      return nullptr;
    }
  }
  ssize n = size_of(seq);
  Object** items = is_tuple(seq) ? tuple_items(seq) : list_items(seq);
  if (n == 1 && is_str_exact(items[0])) {
    Object* r = newref(items[0]);
    decref(seq);
    return r;
  }
  StrObject* s = as_str(sep);
  ssize nbytes = 0, ncp = 0;
  bool ascii = s->ascii;
  for (ssize i = 0; i < n; i++) {
    Object* it = items[i];
    if (!is_str(it)) {
      err_format(Exc_TypeError, "sequence item %zd: expected str instance, %.80s found", i, type_name(it));
      decref(seq);
      return nullptr;
    }
    nbytes += as_str(it)->utf8_len;
    ncp += as_str(it)->ob_size;
    ascii = ascii && as_str(it)->ascii;
  }
  if (n > 1) {
    nbytes += s->utf8_len * (n - 1);
    ncp += s->ob_size * (n - 1);
  }
  StrObject* r = str_alloc(nbytes, ncp, ascii);
  if (!r) {
    decref(seq);
    return nullptr;
  }
  char* p = r->data;
  for (ssize i = 0; i < n; i++) {
    if (i && s->utf8_len) {
      memcpy(p, s->data, size_t(s->utf8_len));
      p += s->utf8_len;
    }
    StrObject* it = as_str(items[i]);
    memcpy(p, it->data, size_t(it->utf8_len));
    p += it->utf8_len;
  }
  decref(seq);
  if (nbytes == 0) {
    decref(r);
    return str_empty();
  }
  return r;
}

// ---- repr ------------------------------------------------------------------------------
Object* str_repr(Object* so) {
  StrObject* s = as_str(so);
  const char* p = s->data;
  const char* e = p + s->utf8_len;
  bool has_sq = memchr(p, '\'', size_t(s->utf8_len)) != nullptr;
  bool has_dq = memchr(p, '"', size_t(s->utf8_len)) != nullptr;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  std::string out;
  out.reserve(size_t(s->utf8_len) + 2);
  out.push_back(quote);
  static const char hex[] = "0123456789abcdef";
  while (p < e) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      p++;
      if (c == uint8_t(quote) || c == '\\') { out.push_back('\\'); out.push_back(char(c)); }
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c == '\t') out += "\\t";
      else if (c < 0x20 || c == 0x7f) { out += "\\x"; out.push_back(hex[c >> 4]); out.push_back(hex[c & 15]); }
      else out.push_back(char(c));
      continue;
    }
    const char* start = p;
    uint32_t cp = utf8_next(p);
    if (uni::is_printable(cp)) {
      out.append(start, size_t(p - start));
    } else if (cp <= 0xff) {
      out += "\\x"; out.push_back(hex[cp >> 4]); out.push_back(hex[cp & 15]);
    } else if (cp <= 0xffff) {
      out += "\\u";
      for (int k = 12; k >= 0; k -= 4) out.push_back(hex[(cp >> k) & 15]);
    } else {
      out += "\\U";
      for (int k = 28; k >= 0; k -= 4) out.push_back(hex[(cp >> k) & 15]);
    }
  }
  out.push_back(quote);
  return str_from_valid(out);
}

// ---- errors ------------------------------------------------------------------------------
// The exceptions themselves and the codecs live in runtime/exc_unicode.cpp,
// runtime/codec_*.cpp (docs/codecs.md); str.encode and bytes.decode are
// str_encode / bytes_decode in runtime/codec_registry.cpp.
void raise_decode_error(const char* encoding, const char* data, ssize n, ssize start, ssize end, const char* reason) {
  Object* exc = codecs::make_decode_error(encoding, data, n, start, end, reason);
  if (!exc) return;
  err_set_exception(exc);
  decref(exc);
}

void raise_encode_error(const char* encoding, Object* str, ssize start, ssize end, const char* reason) {
  Object* exc = codecs::make_encode_error(encoding, str, start, end, reason);
  if (!exc) return;
  err_set_exception(exc);
  decref(exc);
}

// ---- argument helpers ---------------------------------------------------------------------
bool str_parse_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* const* names,
                    int nnames, int nreq, Object** out) {
  for (int i = 0; i < nnames; i++) out[i] = nullptr;
  if (nargs > nnames) {
    err_format(Exc_TypeError, "%s() takes at most %d argument%s (%zd given)", fname, nnames, nnames == 1 ? "" : "s",
               nargs + (kwnames ? size_of(kwnames) : 0));
    return false;
  }
  for (ssize i = 0; i < nargs; i++) out[i] = args[i];
  if (kwnames) {
    ssize nk = size_of(kwnames);
    for (ssize k = 0; k < nk; k++) {
      Object* kw = tuple_get(kwnames, k);
      int idx = -1;
      for (int i = 0; i < nnames; i++)
        if (str_eq_cstr(kw, names[i])) { idx = i; break; }
      if (idx < 0) {
        err_format(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_utf8(kw), fname);
        return false;
      }
      if (out[idx]) {
        err_format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, names[idx],
                   idx + 1);
        return false;
      }
      out[idx] = args[nargs + k];
    }
  }
  for (int i = 0; i < nreq; i++) {
    if (!out[i]) {
      err_format(Exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
      return false;
    }
  }
  return true;
}

bool parse_slice_index(Object* o, ssize* out) {
  if (!o || o == None) return true;
  if (!type_of(o)->nb_index) {
    err_set_string(Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  ssize v = number_as_ssize(o, nullptr);
  if (v == -1 && err_occurred()) return false;
  *out = v;
  return true;
}

bool parse_ssize_arg(Object* o, ssize* out) {
  if (!type_of(o)->nb_index) {
    err_format(Exc_TypeError, "'%.200s' object cannot be interpreted as an integer", type_name(o));
    return false;
  }
  ssize v = number_as_ssize(o, Exc_OverflowError);
  if (v == -1 && err_occurred()) return false;
  *out = v;
  return true;
}

// ---- slots ----------------------------------------------------------------------------------
namespace {

void str_dealloc(Object* o) {
  if (as_str(o)->interned && g_itab) intern_remove(o);
  free_object(o);
}

Object* str_tp_repr(Object* o) { return str_repr(o); }

Object* str_tp_str(Object* o) { return str_as_exact(o); }

hash_t str_tp_hash(Object* o) { return str_hash(o); }

Object* str_richcompare(Object* a, Object* b, int op) {
  if (!is_str(a) || !is_str(b)) return notimpl_ref();
  bool r;
  if (op == CMP_EQ || op == CMP_NE) {
    r = str_equal(a, b) == (op == CMP_EQ);
  } else {
    // UTF-8 byte order is code point order (surrogates included).
    StrObject* x = as_str(a);
    StrObject* y = as_str(b);
    ssize n = x->utf8_len < y->utf8_len ? x->utf8_len : y->utf8_len;
    int c = memcmp(x->data, y->data, size_t(n));
    if (c == 0) c = x->utf8_len < y->utf8_len ? -1 : x->utf8_len > y->utf8_len ? 1 : 0;
    switch (op) {
      case CMP_LT: r = c < 0; break;
      case CMP_LE: r = c <= 0; break;
      case CMP_GT: r = c > 0; break;
      default: r = c >= 0; break;
    }
  }
  return bool_ref(r);
}

ssize str_length(Object* o) { return size_of(o); }

Object* str_substr(Object* s, ssize start, ssize stop) {  // code point indexes, 0 <= start <= stop <= len
  if (start == 0 && stop == size_of(s) && is_str_exact(s)) return newref(s);
  if (start >= stop) return str_empty();
  StrObject* o = as_str(s);
  if (o->ascii) {
    if (stop - start == 1) return newref(g_latin1[static_cast<unsigned char>(o->data[start])]);
    StrObject* r = str_alloc(stop - start, stop - start, true);
    if (!r) return nullptr;
    memcpy(r->data, o->data + start, size_t(stop - start));
    return r;
  }
  ssize b0 = str_offset_of(s, start);
  ssize b1 = b0;
  for (ssize k = start; k < stop; k++) b1 += utf8_seq_len(static_cast<unsigned char>(o->data[b1]));
  return str_from_valid(o->data + b0, b1 - b0);
}

Object* str_subscript(Object* s, Object* key) {
  if (type_of(key)->nb_index) {
    ssize i = number_as_ssize(key, Exc_IndexError);
    if (i == -1 && err_occurred()) return nullptr;
    ssize len = size_of(s);
    if (i < 0) i += len;
    if (i < 0 || i >= len) return err_format_null(Exc_IndexError, "string index out of range");
    uint32_t cp = str_char_at(s, i);
    return str_from_codepoint(cp);
  }
  if (is_instance_of(key, &SliceType)) {
    ssize start, stop, step;
    ssize n = slice_indices(key, size_of(s), &start, &stop, &step);
    if (n < 0) return nullptr;
    if (step == 1) return str_substr(s, start, start + n);
    if (n == 0) return str_empty();
    StrObject* o = as_str(s);
    if (o->ascii) {
      StrObject* r = str_alloc(n, n, true);
      if (!r) return nullptr;
      for (ssize k = 0; k < n; k++) r->data[k] = o->data[start + k * step];
      if (n == 1) {
        Object* c = newref(g_latin1[static_cast<unsigned char>(r->data[0])]);
        decref(r);
        return c;
      }
      return r;
    }
    // Non-ASCII: index the code point offsets once.
    std::vector<ssize> offs;
    offs.reserve(size_t(o->ob_size) + 1);
    for (const char* p = o->data; p < o->data + o->utf8_len; p += utf8_seq_len(static_cast<unsigned char>(*p)))
      offs.push_back(p - o->data);
    offs.push_back(o->utf8_len);
    std::string out;
    for (ssize k = 0; k < n; k++) {
      size_t i = size_t(start + k * step);
      out.append(o->data + offs[i], size_t(offs[i + 1] - offs[i]));
    }
    return str_from_valid(out);
  }
  return err_format_null(Exc_TypeError, "string indices must be integers, not '%.200s'", type_name(key));
}

int str_contains(Object* s, Object* sub) {
  if (!is_str(sub)) {
    err_format(Exc_TypeError, "'in <string>' requires string as left operand, not %.200s", type_name(sub));
    return -1;
  }
  StrObject* h = as_str(s);
  StrObject* n = as_str(sub);
  if (n->utf8_len == 0) return 1;
  if (n->utf8_len == 1) return memchr(h->data, n->data[0], size_t(h->utf8_len)) != nullptr;
  return memmem(h->data, size_t(h->utf8_len), n->data, size_t(n->utf8_len)) != nullptr;
}

// True when a binary operation with `other` should be left to other's
// reflected method (a class defining it) instead of failing here.
bool defer_to(Object* other, Object* rname) {
  TypeObject* t = type_of(other);
  return has_flag(t, TPFLAG_HEAPTYPE) && type_lookup(t, rname) != nullptr;
}

Object* str_nb_add(Object* a, Object* b) {
  if (!is_str(a)) return notimpl_ref();
  if (!is_str(b)) {
    if (defer_to(b, names::__radd__)) return notimpl_ref();
    return err_format_null(Exc_TypeError, "can only concatenate str (not \"%.200s\") to str", type_name(b));
  }
  return str_concat(a, b);
}

Object* str_repeat(Object* s, ssize n) {
  StrObject* o = as_str(s);
  if (n <= 0 || o->utf8_len == 0) return str_empty();
  if (n == 1 && is_str_exact(s)) return newref(s);
  if (o->utf8_len > PTRDIFF_MAX / n) return err_no_memory();
  ssize total = o->utf8_len * n;
  StrObject* r = str_alloc(total, o->ob_size * n, o->ascii);
  if (!r) return nullptr;
  if (o->utf8_len == 1) {
    memset(r->data, o->data[0], size_t(total));
  } else {
    memcpy(r->data, o->data, size_t(o->utf8_len));
    ssize done = o->utf8_len;
    while (done < total) {  // doubling copies
      ssize chunk = done <= total - done ? done : total - done;
      memcpy(r->data + done, r->data, size_t(chunk));
      done += chunk;
    }
  }
  return r;
}

Object* str_nb_multiply(Object* a, Object* b) {
  Object* s = is_str(a) ? a : b;
  Object* n = s == a ? b : a;
  if (!is_str(s)) return notimpl_ref();
  if (!type_of(n)->nb_index) {
    if (is_str(n) && s == b) return notimpl_ref();  // handled in the first call
    if (defer_to(n, s == a ? names::__rmul__ : names::__mul__)) return notimpl_ref();
    return err_format_null(Exc_TypeError, "can't multiply sequence by non-int of type '%.200s'", type_name(n));
  }
  ssize count = number_as_ssize(n, Exc_OverflowError);
  if (count == -1 && err_occurred()) return nullptr;
  return str_repeat(s, count);
}

// An instance of a str subclass with the text of the exact str v.  The
// layout is str's, then the words the subclass adds: its __dict__ slot sits at
// the end of the allocation (a negative tp_dictoffset, found from utf8_len by
// object_dict_ptr), so the allocation is rounded up to a whole word.
Object* str_subtype_new(TypeObject* type, Object* v) {
  StrObject* src = as_str(v);
  size_t size = size_t(type->tp_basicsize + src->utf8_len);
  size = (size + sizeof(void*) - 1) & ~(sizeof(void*) - 1);
  Object* o = alloc_object(type, size);
  if (!o) return nullptr;
  StrObject* r = as_str(o);
  r->ob_size = src->ob_size;
  r->hash = src->hash;
  r->utf8_len = src->utf8_len;
  r->interned = 0;  // never: the intern table holds exact strs only
  r->ascii = src->ascii;
  memcpy(r->data, src->data, size_t(src->utf8_len) + 1);
  if (has_flag(type, TPFLAG_HAVE_GC)) gc_track(o);
  return o;
}

Object* str_value_new(Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"object", "encoding", "errors"};
  Object* a[3];
  if (!str_parse_args("str", args, nargs, kwnames, kw, 3, 0, a)) return nullptr;
  for (int i = 1; i < 3; i++) {
    if (a[i] && !is_str(a[i]))
      return err_format_null(Exc_TypeError, "str() argument '%s' must be str, not %.200s", kw[i], arg_type_name(a[i]));
  }
  if (!a[0]) return str_empty();
  if (!a[1] && !a[2]) return object_str(a[0]);
  if (is_str(a[0])) return err_format_null(Exc_TypeError, "decoding str is not supported");
  if (!object_has_buffer(a[0]))
    return err_format_null(Exc_TypeError, "decoding to str: need a bytes-like object, %.200s found",
                           type_name(a[0]));
  BytesLike data;  // bytes, bytearray, memoryview, ...
  if (!data.get(a[0])) return nullptr;
  const char *enc, *err;
  if (!codec_arg_strings(a[1], a[2], &enc, &err)) return nullptr;
  return bytes_decode(data.data(), data.size(), enc, err);
}

Object* str_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* v = str_value_new(args, nargs, kwnames);
  if (!v || type == &StrType) return v;
  Object* r = str_subtype_new(type, v);
  decref(v);
  return r;
}

// ---- iterators ---------------------------------------------------------------------------------
struct StrIterObject : Object {
  Object* str;  // null once exhausted
  ssize pos;    // byte offset
  ssize index;  // code point index
};

Object* str_iter_next(Object* o) {
  StrIterObject* it = static_cast<StrIterObject*>(o);
  Object* s = it->str;
  if (!s) return nullptr;
  StrObject* so = as_str(s);
  if (it->pos >= so->utf8_len) {
    it->str = nullptr;
    decref(s);
    return nullptr;
  }
  it->index++;
  if (so->ascii) return newref(g_latin1[static_cast<unsigned char>(so->data[it->pos++])]);
  const char* p = so->data + it->pos;
  uint32_t cp = utf8_next(p);
  it->pos = p - so->data;
  return str_from_codepoint(cp);
}

void str_iter_dealloc(Object* o) {
  StrIterObject* it = static_cast<StrIterObject*>(o);
  clearref(it->str);
  free_object(o);
}

Object* str_iter_length_hint(Object* self, Object* const*, ssize, Object*) {
  StrIterObject* it = static_cast<StrIterObject*>(self);
  return int_from_i64(it->str ? size_of(it->str) - it->index : 0);
}

// Pickling, as CPython: iter(str) moved to the index; iter('') once exhausted.
Object* str_iter_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  StrIterObject* it = static_cast<StrIterObject*>(self);
  if (!it->str) return cont::iter_reduce_exhausted(str_from_cstr(""));
  return cont::iter_reduce_indexed("iter", it->str, it->index);
}
Object* str_iter_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "__setstate__", nargs, kwnames)) return nullptr;
  StrIterObject* it = static_cast<StrIterObject*>(self);
  ssize index;
  if (!cont::iter_state_index(args[0], 0, it->str ? size_of(it->str) : 0, &index)) return nullptr;
  if (!it->str) return none_ref();
  StrObject* so = as_str(it->str);
  ssize pos = index;  // ASCII: bytes are code points
  if (!so->ascii) {
    const char* p = so->data;
    for (ssize i = 0; i < index; i++) utf8_next(p);
    pos = p - so->data;
  }
  it->index = index;
  it->pos = pos;
  return none_ref();
}

MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, METH_DEFAULT, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", str_iter_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"__setstate__", str_iter_setstate, METH_DEFAULT, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

void init_iter_type(TypeObject& t, const char* name) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(StrIterObject);
  t.tp_flags = TPFLAG_IMMUTABLE;
  t.tp_dealloc = str_iter_dealloc;
  t.tp_iter = object_self_iter;
  t.tp_iternext = str_iter_next;
  t.tp_methods = str_iter_methods;
  type_ready(&t);
}

Object* str_tp_iter(Object* s) { return str_iter_new(s); }

}  // namespace

Object* str_iter_new(Object* s) {
  StrIterObject* it = static_cast<StrIterObject*>(
      alloc_object(str_is_ascii(s) ? &StrAsciiIterType : &StrIterType, sizeof(StrIterObject)));
  if (!it) return nullptr;
  it->str = newref(s);
  it->pos = 0;
  it->index = 0;
  return it;
}

// ---- start-up ------------------------------------------------------------------------------------
void init_str_types() {
  StrType.tp_name = "str";
  StrType.tp_basicsize = sizeof(StrObject);
  StrType.tp_itemsize = 1;
  StrType.tp_flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLE | TPFLAG_UNICODE_SUBCLASS;
  StrType.tp_doc =
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
      "Create a new string object from the given object.";
  StrType.tp_dealloc = str_dealloc;
  StrType.tp_repr = str_tp_repr;
  StrType.tp_str = str_tp_str;
  StrType.tp_hash = str_tp_hash;
  StrType.tp_richcompare = str_richcompare;
  StrType.tp_iter = str_tp_iter;
  StrType.tp_new = str_new;
  StrType.nb_add = str_nb_add;
  StrType.nb_multiply = str_nb_multiply;
  StrType.nb_remainder = str_mod;
  StrType.mp_length = str_length;
  StrType.mp_subscript = str_subscript;
  StrType.sq_contains = str_contains;
  StrType.tp_methods = str_method_table;

  // The singletons exist before anything (type_ready included) makes strings.
  if (!g_empty) {
    StrObject* e = str_alloc(0, 0, true);
    make_immortal(e);
    g_empty = e;
    intern_insert(e);
    for (uint32_t c = 0; c < 256; c++) {
      char buf[2];
      int n = utf8_encode(c, buf);
      StrObject* s = str_alloc(n, 1, c < 128);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Warray-bounds"  // data[1] is really a flexible array
#pragma GCC diagnostic ignored "-Wstringop-overflow"
      memcpy(s->data, buf, size_t(n));
#pragma GCC diagnostic pop
      make_immortal(s);
      g_latin1[c] = s;
      intern_insert(s);
    }
  }
  type_ready(&StrType);
  init_iter_type(StrIterType, "str_iterator");
  init_iter_type(StrAsciiIterType, "str_ascii_iterator");
}

}  // namespace rt

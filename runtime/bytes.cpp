// The bytes type: construction, repr, comparison, hashing, indexing,
// iteration and the common methods, with CPython 3.11's messages.
#include "bytes.h"
#include "str.h"

#include <cstring>
#include <string>

namespace rt {

TypeObject BytesType, BytesIterType;

namespace {

Object* g_empty_bytes = nullptr;  // immortal b''

inline BytesObject* B(Object* o) { return static_cast<BytesObject*>(o); }

}  // namespace

BytesObject* bytes_alloc(ssize n) {
  Object* o = alloc_object(&BytesType, sizeof(BytesObject) + size_t(n));
  if (!o) return nullptr;
  BytesObject* b = B(o);
  b->ob_size = n;
  b->hash = -1;
  b->data[n] = 0;
  return b;
}

Object* bytes_from(const char* data, ssize n) {
  if (n == 0 && g_empty_bytes) return newref(g_empty_bytes);
  BytesObject* b = bytes_alloc(n);
  if (!b) return nullptr;
  if (n) memcpy(b->data, data, size_t(n));
  return b;
}

const char* bytes_data(Object* b) { return B(b)->data; }

Object* bytes_repr(Object* o) {
  const char* p = B(o)->data;
  ssize n = size_of(o);
  bool sq = memchr(p, '\'', size_t(n)) != nullptr;
  bool dq = memchr(p, '"', size_t(n)) != nullptr;
  char quote = (sq && !dq) ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(size_t(n) + 3);
  out += 'b';
  out += quote;
  for (ssize i = 0; i < n; i++) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (c == uint8_t(quote) || c == '\\') { out += '\\'; out += char(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 32 || c >= 127) { out += "\\x"; out += hex[c >> 4]; out += hex[c & 15]; }
    else out += char(c);
  }
  out += quote;
  return str_from_valid(out);
}

namespace {

// A byte-string argument: bytes (a buffer would go here too).
bool need_bytes(Object* o) {
  if (is_bytes(o)) return true;
  err_format(Exc_TypeError, "a bytes-like object is required, not '%.200s'", type_name(o));
  return false;
}

// A "sub" argument of find/count/index: bytes or an int in range(256).
bool sub_arg(Object* o, const char** data, ssize* len, char* one) {
  if (is_bytes(o)) {
    *data = B(o)->data;
    *len = size_of(o);
    return true;
  }
  if (type_of(o)->nb_index) {
    ssize v = number_as_ssize(o, Exc_OverflowError);
    if (v == -1 && err_occurred()) return false;
    if (v < 0 || v > 255) {
      err_set_string(Exc_ValueError, "byte must be in range(0, 256)");
      return false;
    }
    *one = char(v);
    *data = one;
    *len = 1;
    return true;
  }
  err_format(Exc_TypeError, "argument should be integer or bytes-like object, not '%.200s'", type_name(o));
  return false;
}

const char* find_mem(const char* h, ssize hn, const char* n, ssize nn) {
  if (nn == 0) return h;
  if (nn > hn) return nullptr;
  return static_cast<const char*>(memmem(h, size_t(hn), n, size_t(nn)));
}
const char* rfind_mem(const char* h, ssize hn, const char* n, ssize nn) {
  if (nn > hn) return nullptr;
  for (const char* p = h + hn - nn; p >= h; p--)
    if (memcmp(p, n, size_t(nn)) == 0) return p;
  return nullptr;
}

bool arg_count(const char* name, ssize nargs, Object* kw, int lo, int hi) {
  return method_arg_range("bytes", name, nargs, kw, lo, hi);
}

// find/rfind/index/rindex/count: the result index, -1 not found, -2 error; count in *count.
ssize do_find(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool rev,
              ssize* count) {
  if (!arg_count(name, nargs, kw, 1, 3)) return -2;
  const char* sub;
  ssize sn;
  char one;
  if (!sub_arg(args[0], &sub, &sn, &one)) return -2;
  ssize len = size_of(self), start = 0, end = PTRDIFF_MAX;
  if (nargs > 1 && !parse_slice_index(args[1], &start)) return -2;
  if (nargs > 2 && !parse_slice_index(args[2], &end)) return -2;
  adjust_indices(start, end, len);
  const char* h = B(self)->data;
  if (count) {
    *count = 0;
    if (end - start < sn) return 0;
    if (sn == 0) { *count = end - start + 1; return 0; }
    const char* p = h + start;
    while (const char* q = find_mem(p, h + end - p, sub, sn)) { (*count)++; p = q + sn; }
    return 0;
  }
  if (end - start < sn) return -1;
  const char* q = rev ? rfind_mem(h + start, end - start, sub, sn) : find_mem(h + start, end - start, sub, sn);
  return q ? q - h : -1;
}

Object* b_find(Object* s, Object* const* a, ssize n, Object* kw) {
  ssize r = do_find("find", s, a, n, kw, false, nullptr);
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* b_rfind(Object* s, Object* const* a, ssize n, Object* kw) {
  ssize r = do_find("rfind", s, a, n, kw, true, nullptr);
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* b_index(Object* s, Object* const* a, ssize n, Object* kw) {
  ssize r = do_find("index", s, a, n, kw, false, nullptr);
  if (r == -1) return err_format_null(Exc_ValueError, "subsection not found");
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* b_rindex(Object* s, Object* const* a, ssize n, Object* kw) {
  ssize r = do_find("rindex", s, a, n, kw, true, nullptr);
  if (r == -1) return err_format_null(Exc_ValueError, "subsection not found");
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* b_count(Object* s, Object* const* a, ssize n, Object* kw) {
  ssize c;
  if (do_find("count", s, a, n, kw, false, &c) == -2) return nullptr;
  return int_from_i64(c);
}

Object* starts_ends(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool ends) {
  if (!arg_count(name, nargs, kw, 1, 3)) return nullptr;
  ssize len = size_of(self), start = 0, end = PTRDIFF_MAX;
  if (nargs > 1 && !parse_slice_index(args[1], &start)) return nullptr;
  if (nargs > 2 && !parse_slice_index(args[2], &end)) return nullptr;
  adjust_indices(start, end, len);
  Object* arg = args[0];
  Object* const* subs = &arg;
  ssize nsubs = 1;
  if (is_tuple(arg)) { subs = tuple_items(arg); nsubs = size_of(arg); }
  for (ssize i = 0; i < nsubs; i++) {
    Object* sub = subs[i];
    if (!is_bytes(sub)) {
      if (is_tuple(arg))
        return err_format_null(Exc_TypeError, "a bytes-like object is required, not '%.200s'", type_name(sub));
      return err_format_null(Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %.200s", name,
                             type_name(sub));
    }
    ssize sl = size_of(sub);
    if (end - start < sl) continue;
    const char* at = B(self)->data + (ends ? end - sl : start);
    if (memcmp(at, B(sub)->data, size_t(sl)) == 0) return bool_ref(true);
  }
  return bool_ref(false);
}
Object* b_startswith(Object* s, Object* const* a, ssize n, Object* kw) { return starts_ends("startswith", s, a, n, kw, false); }
Object* b_endswith(Object* s, Object* const* a, ssize n, Object* kw) { return starts_ends("endswith", s, a, n, kw, true); }

inline bool bspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

int append_bytes(Object* list, const char* p, ssize n) {
  Object* b = bytes_from(p, n);
  if (!b) return -1;
  int r = list_append(list, b);
  decref(b);
  return r;
}

Object* do_split(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool rev) {
  static const char* const names[] = {"sep", "maxsplit"};
  Object* a[2];
  if (!str_parse_args(name, args, nargs, kw, names, 2, 0, a)) return nullptr;
  Object* sep = a[0] == None ? nullptr : a[0];
  if (sep && !need_bytes(sep)) return nullptr;
  ssize maxsplit = -1;
  if (a[1] && !parse_ssize_arg(a[1], &maxsplit)) return nullptr;
  if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
  if (sep && size_of(sep) == 0) return err_format_null(Exc_ValueError, "empty separator");
  Object* list = list_new(0);
  if (!list) return nullptr;
  const char* b = B(self)->data;
  const char* e = b + size_of(self);
  bool ok = true;
  if (!sep) {
    if (!rev) {
      const char* p = b;
      while (ok && p < e) {
        while (p < e && bspace(static_cast<unsigned char>(*p))) p++;
        if (p == e) break;
        if (maxsplit-- == 0) { ok = append_bytes(list, p, e - p) == 0; break; }
        const char* w = p;
        while (p < e && !bspace(static_cast<unsigned char>(*p))) p++;
        ok = append_bytes(list, w, p - w) == 0;
      }
    } else {
      const char* p = e;
      while (ok && p > b) {
        while (p > b && bspace(static_cast<unsigned char>(p[-1]))) p--;
        if (p == b) break;
        if (maxsplit-- == 0) { ok = append_bytes(list, b, p - b) == 0; break; }
        const char* w = p;
        while (p > b && !bspace(static_cast<unsigned char>(p[-1]))) p--;
        ok = append_bytes(list, p, w - p) == 0;
      }
    }
  } else {
    const char* s = B(sep)->data;
    ssize sn = size_of(sep);
    if (!rev) {
      const char* p = b;
      while (ok && maxsplit-- > 0) {
        const char* q = find_mem(p, e - p, s, sn);
        if (!q) break;
        ok = append_bytes(list, p, q - p) == 0;
        p = q + sn;
      }
      if (ok) ok = append_bytes(list, p, e - p) == 0;
    } else {
      const char* p = e;
      while (ok && maxsplit-- > 0) {
        const char* q = rfind_mem(b, p - b, s, sn);
        if (!q) break;
        ok = append_bytes(list, q + sn, p - (q + sn)) == 0;
        p = q;
      }
      if (ok) ok = append_bytes(list, b, p - b) == 0;
    }
  }
  if (!ok) { decref(list); return nullptr; }
  if (rev) {
    Object** it = list_items(list);
    for (ssize i = 0, j = size_of(list) - 1; i < j; i++, j--) std::swap(it[i], it[j]);
  }
  return list;
}
Object* b_split(Object* s, Object* const* a, ssize n, Object* kw) { return do_split("split", s, a, n, kw, false); }
Object* b_rsplit(Object* s, Object* const* a, ssize n, Object* kw) { return do_split("rsplit", s, a, n, kw, true); }

Object* do_strip(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool l, bool r) {
  if (kw && size_of(kw)) return err_format_null(Exc_TypeError, "bytes.%s() takes no keyword arguments", name);
  if (nargs > 1) return err_format_null(Exc_TypeError, "%s expected at most 1 argument, got %zd", name, nargs);
  Object* chars = nargs ? args[0] : nullptr;
  if (chars == None) chars = nullptr;
  if (chars && !need_bytes(chars)) return nullptr;
  const char* b = B(self)->data;
  const char* e = b + size_of(self);
  auto strip_it = [&](char c) {
    if (!chars) return bspace(static_cast<unsigned char>(c));
    return memchr(B(chars)->data, c, size_t(size_of(chars))) != nullptr;
  };
  const char* p = b;
  if (l) while (p < e && strip_it(*p)) p++;
  const char* q = e;
  if (r) while (q > p && strip_it(q[-1])) q--;
  if (p == b && q == e && type_of(self) == &BytesType) return newref(self);
  return bytes_from(p, q - p);
}
Object* b_strip(Object* s, Object* const* a, ssize n, Object* kw) { return do_strip("strip", s, a, n, kw, true, true); }
Object* b_lstrip(Object* s, Object* const* a, ssize n, Object* kw) { return do_strip("lstrip", s, a, n, kw, true, false); }
Object* b_rstrip(Object* s, Object* const* a, ssize n, Object* kw) { return do_strip("rstrip", s, a, n, kw, false, true); }

Object* b_join(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (kw && size_of(kw)) return err_format_null(Exc_TypeError, "bytes.join() takes no keyword arguments");
  if (nargs != 1) return err_format_null(Exc_TypeError, "bytes.join() takes exactly one argument (%zd given)", nargs);
  Object* seq = sequence_list(args[0]);
  if (!seq) return nullptr;
  std::string out;
  ssize n = size_of(seq);
  for (ssize i = 0; i < n; i++) {
    Object* it = list_get(seq, i);
    if (!is_bytes(it)) {
      decref(seq);
      return err_format_null(Exc_TypeError, "sequence item %zd: expected a bytes-like object, %.80s found", i,
                             type_name(it));
    }
    if (i) out.append(B(self)->data, size_t(size_of(self)));
    out.append(B(it)->data, size_t(size_of(it)));
  }
  decref(seq);
  return bytes_from(out.data(), ssize(out.size()));
}

Object* b_replace(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (kw && size_of(kw)) return err_format_null(Exc_TypeError, "bytes.replace() takes no keyword arguments");
  if (nargs < 2) return err_format_null(Exc_TypeError, "replace expected at least 2 arguments, got %zd", nargs);
  if (nargs > 3) return err_format_null(Exc_TypeError, "replace expected at most 3 arguments, got %zd", nargs);
  if (!need_bytes(args[0]) || !need_bytes(args[1])) return nullptr;
  ssize count = -1;
  if (nargs > 2 && !parse_ssize_arg(args[2], &count)) return nullptr;
  if (count < 0) count = PTRDIFF_MAX;
  const char* b = B(self)->data;
  const char* e = b + size_of(self);
  const char* o = B(args[0])->data;
  ssize on = size_of(args[0]);
  std::string_view rep(B(args[1])->data, size_t(size_of(args[1])));
  std::string out;
  const char* p = b;
  if (on == 0) {
    while (count-- > 0) {
      out.append(rep);
      if (p == e) break;
      out.push_back(*p++);
    }
  } else {
    while (count-- > 0) {
      const char* q = find_mem(p, e - p, o, on);
      if (!q) break;
      out.append(p, size_t(q - p));
      out.append(rep);
      p = q + on;
    }
  }
  out.append(p, size_t(e - p));
  return bytes_from(out.data(), ssize(out.size()));
}

Object* map_bytes(Object* self, ssize nargs, Object* kw, const char* name, int (*fn)(int)) {
  if ((kw && size_of(kw)) || nargs)
    return err_format_null(Exc_TypeError, "bytes.%s() takes no arguments (%zd given)", name, nargs);
  ssize n = size_of(self);
  BytesObject* r = bytes_alloc(n);
  if (!r) return nullptr;
  for (ssize i = 0; i < n; i++) r->data[i] = char(fn(static_cast<unsigned char>(B(self)->data[i])));
  return r;
}
int up(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
int low(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
Object* b_upper(Object* s, Object* const*, ssize n, Object* kw) { return map_bytes(s, n, kw, "upper", up); }
Object* b_lower(Object* s, Object* const*, ssize n, Object* kw) { return map_bytes(s, n, kw, "lower", low); }

Object* test_all(Object* self, ssize nargs, Object* kw, const char* name, bool (*fn)(unsigned char)) {
  if ((kw && size_of(kw)) || nargs)
    return err_format_null(Exc_TypeError, "bytes.%s() takes no arguments (%zd given)", name, nargs);
  ssize n = size_of(self);
  if (n == 0) return bool_ref(false);
  for (ssize i = 0; i < n; i++)
    if (!fn(static_cast<unsigned char>(B(self)->data[i]))) return bool_ref(false);
  return bool_ref(true);
}
bool c_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool c_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
bool c_alnum(unsigned char c) { return c_digit(c) || c_alpha(c); }
bool c_space(unsigned char c) { return bspace(c); }
Object* b_isdigit(Object* s, Object* const*, ssize n, Object* kw) { return test_all(s, n, kw, "isdigit", c_digit); }
Object* b_isalpha(Object* s, Object* const*, ssize n, Object* kw) { return test_all(s, n, kw, "isalpha", c_alpha); }
Object* b_isalnum(Object* s, Object* const*, ssize n, Object* kw) { return test_all(s, n, kw, "isalnum", c_alnum); }
Object* b_isspace(Object* s, Object* const*, ssize n, Object* kw) { return test_all(s, n, kw, "isspace", c_space); }

Object* b_decode(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"encoding", "errors"};
  Object* a[2];
  if (!str_parse_args("decode", args, nargs, kw, names, 2, 0, a)) return nullptr;
  for (int i = 0; i < 2; i++)
    if (a[i] && !is_str(a[i]))
      return err_format_null(Exc_TypeError, "decode() argument '%s' must be str, not %.200s", names[i],
                             type_name(a[i]));
  return bytes_decode(B(self)->data, size_of(self), a[0] ? str_utf8(a[0]) : "utf-8",
                      a[1] ? str_utf8(a[1]) : "strict");
}

Object* b_hex(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"sep", "bytes_per_sep"};
  Object* a[2];
  if (!str_parse_args("hex", args, nargs, kw, names, 2, 0, a)) return nullptr;
  std::string sep;
  if (a[0]) {
    if (is_str(a[0])) sep.assign(str_view(a[0]));
    else if (is_bytes(a[0])) sep.assign(B(a[0])->data, size_t(size_of(a[0])));
    else return err_format_null(Exc_TypeError, "sep must be str or bytes.");
    if (sep.size() != 1) return err_format_null(Exc_ValueError, "sep must be length 1.");
  }
  ssize per = 1;
  if (a[1] && !parse_ssize_arg(a[1], &per)) return nullptr;
  static const char hex[] = "0123456789abcdef";
  ssize n = size_of(self);
  std::string out;
  ssize group = per < 0 ? -per : per;
  for (ssize i = 0; i < n; i++) {
    if (!sep.empty() && i && group) {
      // Groups are counted from the right for positive bytes_per_sep, from the left for negative.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(B(self)->data[i]);
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return str_from_valid(out);
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Object* b_fromhex(Object* cls, Object* const* args, ssize nargs, Object* kw) {
  if (kw && size_of(kw)) return err_format_null(Exc_TypeError, "bytes.fromhex() takes no keyword arguments");
  if (nargs != 1) return err_format_null(Exc_TypeError, "fromhex() takes exactly one argument (%zd given)", nargs);
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "fromhex() argument must be str, not %.200s", type_name(args[0]));
  std::string_view v = str_view(args[0]);
  std::string out;
  size_t i = 0;
  while (i < v.size()) {
    if (v[i] == ' ' || (v[i] >= 9 && v[i] <= 13)) { i++; continue; }
    int hi = hexval(v[i]);
    if (hi < 0) goto bad;
    if (i + 1 >= v.size()) { i++; goto bad; }
    {
      int lo = hexval(v[i + 1]);
      if (lo < 0) { i++; goto bad; }
      out += char(hi * 16 + lo);
      i += 2;
    }
  }
  return bytes_from(out.data(), ssize(out.size()));
bad:
  return err_format_null(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                         utf8_count(v.data(), ssize(i)));
}

Object* b_getnewargs(Object* self, Object* const*, ssize, Object*) {
  Object* c = bytes_from(B(self)->data, size_of(self));
  if (!c) return nullptr;
  Object* t = tuple_pack(1, c);
  decref(c);
  return t;
}

MethodDef bytes_methods[] = {
    {"__getnewargs__", b_getnewargs, METH_DEFAULT, nullptr},
    {"count", b_count, METH_DEFAULT, "Return the number of non-overlapping occurrences of subsection sub."},
    {"decode", b_decode, METH_DEFAULT, "Decode the bytes using the codec registered for encoding."},
    {"endswith", b_endswith, METH_DEFAULT, "Return True if B ends with the specified suffix, False otherwise."},
    {"find", b_find, METH_DEFAULT, "Return the lowest index in B where subsection sub is found."},
    {"fromhex", b_fromhex, METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."},
    {"hex", b_hex, METH_DEFAULT, "Create a string of hexadecimal numbers from a bytes object."},
    {"index", b_index, METH_DEFAULT, "Return the lowest index in B where subsection sub is found."},
    {"isalnum", b_isalnum, METH_DEFAULT, "Return True if all characters in B are alphanumeric."},
    {"isalpha", b_isalpha, METH_DEFAULT, "Return True if all characters in B are alphabetic."},
    {"isdigit", b_isdigit, METH_DEFAULT, "Return True if all characters in B are digits."},
    {"isspace", b_isspace, METH_DEFAULT, "Return True if all characters in B are whitespace."},
    {"join", b_join, METH_DEFAULT, "Concatenate any number of bytes objects."},
    {"lower", b_lower, METH_DEFAULT, "Return a copy of B with all ASCII characters converted to lowercase."},
    {"lstrip", b_lstrip, METH_DEFAULT, "Strip leading bytes contained in the argument."},
    {"replace", b_replace, METH_DEFAULT, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", b_rfind, METH_DEFAULT, "Return the highest index in B where subsection sub is found."},
    {"rindex", b_rindex, METH_DEFAULT, "Return the highest index in B where subsection sub is found."},
    {"rsplit", b_rsplit, METH_DEFAULT, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"rstrip", b_rstrip, METH_DEFAULT, "Strip trailing bytes contained in the argument."},
    {"split", b_split, METH_DEFAULT, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"startswith", b_startswith, METH_DEFAULT, "Return True if B starts with the specified prefix, False otherwise."},
    {"strip", b_strip, METH_DEFAULT, "Strip leading and trailing bytes contained in the argument."},
    {"upper", b_upper, METH_DEFAULT, "Return a copy of B with all ASCII characters converted to uppercase."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- slots -----------------------------------------------------------------------
void bytes_dealloc(Object* o) { free_object(o); }

hash_t bytes_hash(Object* o) {
  BytesObject* b = B(o);
  if (b->hash == -1) b->hash = hash_bytes(b->data, b->ob_size);
  return b->hash;
}

Object* bytes_richcompare(Object* a, Object* b, int op) {
  if (!is_bytes(a) || !is_bytes(b)) return notimpl_ref();
  ssize na = size_of(a), nb = size_of(b);
  if ((op == CMP_EQ || op == CMP_NE) && na != nb) return bool_ref(op == CMP_NE);
  int c = memcmp(B(a)->data, B(b)->data, size_t(na < nb ? na : nb));
  if (c == 0) c = na < nb ? -1 : na > nb ? 1 : 0;
  bool r;
  switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return bool_ref(r);
}

ssize bytes_length(Object* o) { return size_of(o); }

Object* bytes_subscript(Object* self, Object* key) {
  if (type_of(key)->nb_index) {
    ssize i = number_as_ssize(key, Exc_IndexError);
    if (i == -1 && err_occurred()) return nullptr;
    ssize n = size_of(self);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_format_null(Exc_IndexError, "index out of range");
    return int_from_i64(static_cast<unsigned char>(B(self)->data[i]));
  }
  if (is_instance_of(key, &SliceType)) {
    ssize start, stop, step;
    ssize n = slice_indices(key, size_of(self), &start, &stop, &step);
    if (n < 0) return nullptr;
    if (step == 1) {
      if (n == size_of(self) && type_of(self) == &BytesType) return newref(self);
      return bytes_from(B(self)->data + start, n);
    }
    BytesObject* r = bytes_alloc(n);
    if (!r) return nullptr;
    for (ssize k = 0, i = start; k < n; k++, i += step) r->data[k] = B(self)->data[i];
    return r;
  }
  return err_format_null(Exc_TypeError, "byte indices must be integers or slices, not %.200s", type_name(key));
}

int bytes_contains(Object* self, Object* v) {
  if (is_bytes(v))
    return find_mem(B(self)->data, size_of(self), B(v)->data, size_of(v)) != nullptr;
  if (type_of(v)->nb_index) {
    ssize c = number_as_ssize(v, Exc_OverflowError);
    if (c == -1 && err_occurred()) return -1;
    if (c < 0 || c > 255) {
      err_set_string(Exc_ValueError, "byte must be in range(0, 256)");
      return -1;
    }
    return memchr(B(self)->data, int(c), size_t(size_of(self))) != nullptr;
  }
  err_format(Exc_TypeError, "a bytes-like object is required, not '%.200s'", type_name(v));
  return -1;
}

bool defer_to(Object* other, Object* rname) {
  TypeObject* t = type_of(other);
  return has_flag(t, TPFLAG_HEAPTYPE) && type_lookup(t, rname) != nullptr;
}

Object* bytes_add(Object* a, Object* b) {
  if (!is_bytes(a)) return notimpl_ref();
  if (!is_bytes(b)) {
    if (defer_to(b, names::__radd__)) return notimpl_ref();
    return err_format_null(Exc_TypeError, "can't concat %.100s to %.100s", type_name(b), type_name(a));
  }
  ssize na = size_of(a), nb = size_of(b);
  if (nb == 0 && type_of(a) == &BytesType) return newref(a);
  if (na == 0 && type_of(b) == &BytesType) return newref(b);
  BytesObject* r = bytes_alloc(na + nb);
  if (!r) return nullptr;
  memcpy(r->data, B(a)->data, size_t(na));
  memcpy(r->data + na, B(b)->data, size_t(nb));
  return r;
}

Object* bytes_mul(Object* a, Object* b) {
  Object* s = is_bytes(a) ? a : b;
  Object* n = s == a ? b : a;
  if (!is_bytes(s)) return notimpl_ref();
  if (!type_of(n)->nb_index) {
    if (is_bytes(n) && s == b) return notimpl_ref();
    if (defer_to(n, s == a ? names::__rmul__ : names::__mul__)) return notimpl_ref();
    return err_format_null(Exc_TypeError, "can't multiply sequence by non-int of type '%.200s'", type_name(n));
  }
  ssize count = number_as_ssize(n, Exc_OverflowError);
  if (count == -1 && err_occurred()) return nullptr;
  ssize len = size_of(s);
  if (count <= 0 || len == 0) return bytes_from("", 0);
  if (count == 1 && type_of(s) == &BytesType) return newref(s);
  if (len > PTRDIFF_MAX / count) return err_no_memory();
  BytesObject* r = bytes_alloc(len * count);
  if (!r) return nullptr;
  for (ssize i = 0; i < count; i++) memcpy(r->data + i * len, B(s)->data, size_t(len));
  return r;
}

struct IterCtx {
  std::string* out;
};
int collect_byte(Object* item, void* ctx) {
  std::string* out = static_cast<IterCtx*>(ctx)->out;
  if (!type_of(item)->nb_index) {
    err_format(Exc_TypeError, "'%.200s' object cannot be interpreted as an integer", type_name(item));
    return -1;
  }
  ssize v = number_as_ssize(item, nullptr);
  if (v == -1 && err_occurred()) return -1;
  if (v < 0 || v > 255) {
    err_set_string(Exc_ValueError, "bytes must be in range(0, 256)");
    return -1;
  }
  out->push_back(char(v));
  return 0;
}

Object* bytes_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"source", "encoding", "errors"};
  Object* a[3];
  if (!str_parse_args("bytes", args, nargs, kwnames, kw, 3, 0, a)) return nullptr;
  for (int i = 1; i < 3; i++)
    if (a[i] && !is_str(a[i]))
      return err_format_null(Exc_TypeError, "bytes() argument '%s' must be str, not %.200s", kw[i], type_name(a[i]));
  Object* src = a[0];
  if (!src) {
    if (a[1] || a[2])
      return err_format_null(Exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
    return bytes_from("", 0);
  }
  if (is_str(src)) {
    if (!a[1]) return err_format_null(Exc_TypeError, "string argument without an encoding");
    return str_encode(src, str_utf8(a[1]), a[2] ? str_utf8(a[2]) : "strict");
  }
  if (a[1]) return err_format_null(Exc_TypeError, "encoding without a string argument");
  if (a[2]) return err_format_null(Exc_TypeError, "errors without a string argument");
  if (!is_type(src)) {
    Object* meth = type_lookup(type_of(src), names::__bytes__);
    if (meth) {
      Object* r = call_method0(src, names::__bytes__);
      if (!r) return nullptr;
      if (!is_bytes(r)) {
        Object* e = err_format_null(Exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", type_name(r));
        decref(r);
        return e;
      }
      return r;
    }
  }
  if (is_bytes(src)) return bytes_from(B(src)->data, size_of(src));
  if (type_of(src)->nb_index) {
    ssize n = number_as_ssize(src, Exc_OverflowError);
    if (n == -1 && err_occurred()) return nullptr;
    if (n < 0) return err_format_null(Exc_ValueError, "negative count");
    BytesObject* r = bytes_alloc(n);
    if (r) memset(r->data, 0, size_t(n));
    return r;
  }
  if (!type_of(src)->tp_iter && !type_lookup(type_of(src), names::__getitem__))
    return err_format_null(Exc_TypeError, "cannot convert '%.200s' object to bytes", type_name(src));
  std::string out;
  IterCtx ctx{&out};
  if (iterate(src, collect_byte, &ctx) < 0) return nullptr;
  return bytes_from(out.data(), ssize(out.size()));
}

// ---- iterator -------------------------------------------------------------------------
struct BytesIterObject : Object {
  Object* seq;  // null once exhausted
  ssize index;
};

Object* bytes_iter_next(Object* o) {
  BytesIterObject* it = static_cast<BytesIterObject*>(o);
  if (!it->seq) return nullptr;
  if (it->index >= size_of(it->seq)) {
    clearref(it->seq);
    return nullptr;
  }
  return int_from_i64(static_cast<unsigned char>(B(it->seq)->data[it->index++]));
}

void bytes_iter_dealloc(Object* o) {
  clearref(static_cast<BytesIterObject*>(o)->seq);
  free_object(o);
}

Object* bytes_iter_length_hint(Object* self, Object* const*, ssize, Object*) {
  BytesIterObject* it = static_cast<BytesIterObject*>(self);
  return int_from_i64(it->seq ? size_of(it->seq) - it->index : 0);
}

MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, METH_DEFAULT, "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

Object* bytes_iter(Object* self) {
  BytesIterObject* it = static_cast<BytesIterObject*>(alloc_object(&BytesIterType, sizeof(BytesIterObject)));
  if (!it) return nullptr;
  it->seq = newref(self);
  it->index = 0;
  return it;
}

}  // namespace

void init_bytes_type() {
  BytesType.tp_name = "bytes";
  BytesType.tp_basicsize = sizeof(BytesObject);
  BytesType.tp_itemsize = 1;
  BytesType.tp_flags = TPFLAG_IMMUTABLE | TPFLAG_BYTES_SUBCLASS;
  BytesType.tp_doc =
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
      "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the "
      "parameter initialized with null bytes\nbytes() -> empty bytes object";
  BytesType.tp_dealloc = bytes_dealloc;
  BytesType.tp_repr = bytes_repr;
  BytesType.tp_str = bytes_repr;
  BytesType.tp_hash = bytes_hash;
  BytesType.tp_richcompare = bytes_richcompare;
  BytesType.tp_iter = bytes_iter;
  BytesType.tp_new = bytes_new;
  BytesType.nb_add = bytes_add;
  BytesType.nb_multiply = bytes_mul;
  BytesType.mp_length = bytes_length;
  BytesType.mp_subscript = bytes_subscript;
  BytesType.sq_contains = bytes_contains;
  BytesType.tp_methods = bytes_methods;
  if (!g_empty_bytes) {
    BytesObject* e = bytes_alloc(0);
    make_immortal(e);
    g_empty_bytes = e;
  }
  type_ready(&BytesType);

  BytesIterType.tp_name = "bytes_iterator";
  BytesIterType.tp_basicsize = sizeof(BytesIterObject);
  BytesIterType.tp_flags = TPFLAG_IMMUTABLE;
  BytesIterType.tp_dealloc = bytes_iter_dealloc;
  BytesIterType.tp_iter = object_self_iter;
  BytesIterType.tp_iternext = bytes_iter_next;
  BytesIterType.tp_methods = bytes_iter_methods;
  type_ready(&BytesIterType);
}

}  // namespace rt

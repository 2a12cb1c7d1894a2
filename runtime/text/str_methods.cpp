// The methods of str (the table str_method_table used by runtime/str.cpp).
// Semantics and error messages are CPython 3.11's.  Indexes given to and
// returned by methods count code points; searching works on the UTF-8 bytes
// (UTF-8 is self-synchronising, so a byte match is a code point match).
#include <cstring>
#include <string>
#include <vector>

#include "runtime/text/str.h"
#include "runtime/bytes/buffer.h"
#include "runtime/text/unicode.h"

namespace rt {
Object* str_format_map(Object* fmt, Object* mapping);  // runtime/strformat.cpp

const char* find_bytes(const char* h, ssize hn, const char* n, ssize nn) {
  if (nn == 0) return h;
  if (nn > hn) return nullptr;
  if (nn == 1) return static_cast<const char*>(memchr(h, n[0], size_t(hn)));
  return static_cast<const char*>(memmem(h, size_t(hn), n, size_t(nn)));
}

const char* rfind_bytes(const char* h, ssize hn, const char* n, ssize nn) {
  if (nn > hn) return nullptr;
  for (const char* p = h + hn - nn; p >= h; p--)
    if (*p == n[0] && memcmp(p, n, size_t(nn)) == 0) return p;
  return nullptr;
}

namespace {

// ---- argument checks with the wording CPython uses for each method family ----
bool no_args(const char* name, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "str.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 0) {
    err_format(Exc_TypeError, "str.%s() takes no arguments (%zd given)", name, nargs);
    return false;
  }
  return true;
}

bool one_arg(const char* name, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "str.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    err_format(Exc_TypeError, "str.%s() takes exactly one argument (%zd given)", name, nargs);
    return false;
  }
  return true;
}

// find/count/startswith family: "find() takes at least 1 argument (0 given)".
bool range_args_a(const char* name, ssize nargs, Object* kwnames, int lo, int hi) {
  return method_arg_range("str", name, nargs, kwnames, lo, hi);
}

// center/strip/replace family: "center expected at least 1 argument, got 0".
bool range_args_b(const char* name, ssize nargs, Object* kwnames, int lo, int hi) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "str.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs < lo) {
    err_format(Exc_TypeError, "%s expected at least %d argument%s, got %zd", name, lo, lo == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > hi) {
    err_format(Exc_TypeError, "%s expected at most %d argument%s, got %zd", name, hi, hi == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

bool need_str(Object* o) {
  if (is_str(o)) return true;
  err_format(Exc_TypeError, "must be str, not %.200s", type_name(o));
  return false;
}

inline StrObject* S(Object* o) { return as_str(o); }

// Byte offset of code point index i (already within [0, len]).
inline ssize boff(Object* s, ssize i) { return str_offset_of(s, i); }
// Code point index of byte offset b.
inline ssize cidx(Object* s, ssize b) { return S(s)->ascii ? b : utf8_count(S(s)->data, b); }

// ---- searching ------------------------------------------------------------------

// Parse (sub[, start[, end]]) and find; returns the index, -1 not found, -2 error.
ssize do_find(const char* name, Object* self, Object* const* args, ssize nargs, Object* kwnames, bool reverse) {
  if (!range_args_a(name, nargs, kwnames, 1, 3)) return -2;
  if (!need_str(args[0])) return -2;
  ssize len = size_of(self), start = 0, end = PTRDIFF_MAX;
  if (nargs > 1 && !parse_slice_index(args[1], &start)) return -2;
  if (nargs > 2 && !parse_slice_index(args[2], &end)) return -2;
  adjust_indices(start, end, len);
  Object* sub = args[0];
  if (end - start < size_of(sub)) return -1;
  ssize b0 = boff(self, start), b1 = boff(self, end);
  const char* h = S(self)->data + b0;
  const char* p = reverse ? rfind_bytes(h, b1 - b0, S(sub)->data, S(sub)->utf8_len)
                          : find_bytes(h, b1 - b0, S(sub)->data, S(sub)->utf8_len);
  if (!p) return -1;
  return cidx(self, p - S(self)->data);
}

Object* m_find(Object* self, Object* const* args, ssize nargs, Object* kw) {
  ssize r = do_find("find", self, args, nargs, kw, false);
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* m_rfind(Object* self, Object* const* args, ssize nargs, Object* kw) {
  ssize r = do_find("rfind", self, args, nargs, kw, true);
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kw) {
  ssize r = do_find("index", self, args, nargs, kw, false);
  if (r == -1) return err_format_null(Exc_ValueError, "substring not found");
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* m_rindex(Object* self, Object* const* args, ssize nargs, Object* kw) {
  ssize r = do_find("rindex", self, args, nargs, kw, true);
  if (r == -1) return err_format_null(Exc_ValueError, "substring not found");
  return r == -2 ? nullptr : int_from_i64(r);
}

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!range_args_a("count", nargs, kw, 1, 3)) return nullptr;
  if (!need_str(args[0])) return nullptr;
  ssize len = size_of(self), start = 0, end = PTRDIFF_MAX;
  if (nargs > 1 && !parse_slice_index(args[1], &start)) return nullptr;
  if (nargs > 2 && !parse_slice_index(args[2], &end)) return nullptr;
  adjust_indices(start, end, len);
  Object* sub = args[0];
  if (end - start < size_of(sub)) return int_from_i64(0);
  if (size_of(sub) == 0) return int_from_i64(end - start + 1);
  ssize b0 = boff(self, start), b1 = boff(self, end);
  const char* p = S(self)->data + b0;
  const char* e = S(self)->data + b1;
  ssize n = 0, nn = S(sub)->utf8_len;
  while (const char* q = find_bytes(p, e - p, S(sub)->data, nn)) {
    n++;
    p = q + nn;
  }
  return int_from_i64(n);
}

// startswith / endswith
Object* starts_ends(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool ends) {
  if (!range_args_a(name, nargs, kw, 1, 3)) return nullptr;
  ssize len = size_of(self), start = 0, end = PTRDIFF_MAX;
  if (nargs > 1 && !parse_slice_index(args[1], &start)) return nullptr;
  if (nargs > 2 && !parse_slice_index(args[2], &end)) return nullptr;
  adjust_indices(start, end, len);
  Object* arg = args[0];
  Object* const* subs = &arg;
  ssize nsubs = 1;
  if (is_tuple(arg)) {
    subs = tuple_items(arg);
    nsubs = size_of(arg);
  }
  for (ssize i = 0; i < nsubs; i++) {
    Object* sub = subs[i];
    if (!is_str(sub)) {
      if (is_tuple(arg))
        return err_format_null(Exc_TypeError, "tuple for %s must only contain str, not %.200s", name, type_name(sub));
      return err_format_null(Exc_TypeError, "%s first arg must be str or a tuple of str, not %.200s", name,
                             type_name(sub));
    }
    ssize sl = size_of(sub);
    if (end - start < sl) continue;
    ssize b0, b1;
    if (ends) {
      b1 = boff(self, end);
      b0 = boff(self, end - sl);
    } else {
      b0 = boff(self, start);
      b1 = boff(self, start + sl);
    }
    if (b1 - b0 == S(sub)->utf8_len && memcmp(S(self)->data + b0, S(sub)->data, size_t(b1 - b0)) == 0)
      return bool_ref(true);
  }
  return bool_ref(false);
}
Object* m_startswith(Object* self, Object* const* a, ssize n, Object* kw) {
  return starts_ends("startswith", self, a, n, kw, false);
}
Object* m_endswith(Object* self, Object* const* a, ssize n, Object* kw) {
  return starts_ends("endswith", self, a, n, kw, true);
}

// ---- split family ----------------------------------------------------------------
// True if the code point at p is whitespace; *len gets its byte length.
inline bool space_at(const char* p, int* len) {
  unsigned char c = static_cast<unsigned char>(*p);
  if (c < 0x80) {
    *len = 1;
    return uni::is_space(c);
  }
  const char* q = p;
  uint32_t cp = utf8_next(q);
  *len = int(q - p);
  return uni::is_space(cp);
}

bool split_args(const char* name, Object* const* args, ssize nargs, Object* kw, Object** sep, ssize* maxsplit) {
  static const char* const names[] = {"sep", "maxsplit"};
  Object* a[2];
  if (!str_parse_args(name, args, nargs, kw, names, 2, 0, a)) return false;
  *sep = a[0] == None ? nullptr : a[0];
  if (*sep && !need_str(*sep)) return false;
  *maxsplit = -1;
  if (a[1] && !parse_ssize_arg(a[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = PTRDIFF_MAX;
  if (*sep && S(*sep)->utf8_len == 0) {
    err_set_string(Exc_ValueError, "empty separator");
    return false;
  }
  return true;
}

int append_piece(Object* list, const char* p, ssize n) {
  Object* s = str_from_valid(p, n);
  if (!s) return -1;
  int r = list_append(list, s);
  decref(s);
  return r;
}

Object* m_split(Object* self, Object* const* args, ssize nargs, Object* kw) {
  Object* sep;
  ssize maxsplit;
  if (!split_args("split", args, nargs, kw, &sep, &maxsplit)) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  const char* p = S(self)->data;
  const char* e = p + S(self)->utf8_len;
  if (!sep) {
    int l;
    while (p < e) {
      while (p < e && space_at(p, &l)) p += l;
      if (p == e) break;
      if (maxsplit == 0) {
        // The rest, with trailing whitespace kept (as CPython).
        if (append_piece(list, p, e - p) < 0) goto fail;
        break;
      }
      const char* w = p;
      while (p < e && !space_at(p, &l)) p += l;
      if (append_piece(list, w, p - w) < 0) goto fail;
      maxsplit--;
    }
    return list;
  }
  {
    ssize sn = S(sep)->utf8_len;
    while (maxsplit > 0) {
      const char* q = find_bytes(p, e - p, S(sep)->data, sn);
      if (!q) break;
      if (append_piece(list, p, q - p) < 0) goto fail;
      p = q + sn;
      maxsplit--;
    }
    if (p == S(self)->data && is_str_exact(self)) {
      if (list_append(list, self) < 0) goto fail;
    } else if (append_piece(list, p, e - p) < 0) {
      goto fail;
    }
    return list;
  }
fail:
  decref(list);
  return nullptr;
}

Object* m_rsplit(Object* self, Object* const* args, ssize nargs, Object* kw) {
  Object* sep;
  ssize maxsplit;
  if (!split_args("rsplit", args, nargs, kw, &sep, &maxsplit)) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  const char* b = S(self)->data;
  const char* p = b + S(self)->utf8_len;  // end of the unprocessed part
  if (!sep) {
    while (p > b) {
      // skip trailing whitespace
      while (p > b) {
        const char* q = p;
        uint32_t cp = utf8_prev(q);
        if (!uni::is_space(cp)) break;
        p = q;
      }
      if (p == b) break;
      if (maxsplit == 0) {
        if (append_piece(list, b, p - b) < 0) goto fail;
        break;
      }
      const char* w = p;
      while (p > b) {
        const char* q = p;
        uint32_t cp = utf8_prev(q);
        if (uni::is_space(cp)) break;
        p = q;
      }
      if (append_piece(list, p, w - p) < 0) goto fail;
      maxsplit--;
    }
  } else {
    ssize sn = S(sep)->utf8_len;
    while (maxsplit > 0) {
      const char* q = rfind_bytes(b, p - b, S(sep)->data, sn);
      if (!q) break;
      if (append_piece(list, q + sn, p - (q + sn)) < 0) goto fail;
      p = q;
      maxsplit--;
    }
    if (append_piece(list, b, p - b) < 0) goto fail;
  }
  {
    // Pieces were collected right to left.
    ssize n = size_of(list);
    Object** it = list_items(list);
    for (ssize i = 0, j = n - 1; i < j; i++, j--) std::swap(it[i], it[j]);
  }
  return list;
fail:
  decref(list);
  return nullptr;
}

Object* m_splitlines(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"keepends"};
  Object* a[1];
  if (!str_parse_args("splitlines", args, nargs, kw, names, 1, 0, a)) return nullptr;
  int keep = 0;
  if (a[0]) {
    if (is_float(a[0])) return err_format_null(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    keep = object_is_true(a[0]);
    if (keep < 0) return nullptr;
  }
  Object* list = list_new(0);
  if (!list) return nullptr;
  const char* b = S(self)->data;
  const char* e = b + S(self)->utf8_len;
  const char* p = b;
  while (p < e) {
    const char* line = p;
    const char* eol = nullptr;
    while (p < e) {
      const char* q = p;
      uint32_t cp = utf8_next(q);
      if (cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || (cp >= 0x1c && cp <= 0x1e) || cp == 0x85 ||
          cp == 0x2028 || cp == 0x2029) {
        eol = p;
        p = q;
        if (cp == '\r' && p < e && *p == '\n') p++;
        break;
      }
      p = q;
    }
    const char* stop = (eol && !keep) ? eol : p;
    if (append_piece(list, line, stop - line) < 0) {
      decref(list);
      return nullptr;
    }
  }
  return list;
}

Object* partition(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool rev) {
  if (!one_arg(name, nargs, kw)) return nullptr;
  Object* sep = args[0];
  if (!need_str(sep)) return nullptr;
  if (S(sep)->utf8_len == 0) return err_format_null(Exc_ValueError, "empty separator");
  const char* b = S(self)->data;
  ssize n = S(self)->utf8_len;
  const char* q = rev ? rfind_bytes(b, n, S(sep)->data, S(sep)->utf8_len)
                      : find_bytes(b, n, S(sep)->data, S(sep)->utf8_len);
  Object *x, *y, *z;
  if (!q) {
    x = rev ? str_empty() : newref(self);
    y = str_empty();
    z = rev ? newref(self) : str_empty();
  } else {
    x = str_from_valid(b, q - b);
    y = newref(sep);
    z = str_from_valid(q + S(sep)->utf8_len, b + n - (q + S(sep)->utf8_len));
  }
  Object* t = nullptr;
  if (x && y && z) t = tuple_pack(3, x, y, z);
  xdecref(x);
  xdecref(y);
  xdecref(z);
  return t;
}
Object* m_partition(Object* s, Object* const* a, ssize n, Object* kw) { return partition("partition", s, a, n, kw, false); }
Object* m_rpartition(Object* s, Object* const* a, ssize n, Object* kw) { return partition("rpartition", s, a, n, kw, true); }

// ---- strip -------------------------------------------------------------------------
Object* do_strip(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool left, bool right) {
  if (!range_args_b(name, nargs, kw, 0, 1)) return nullptr;
  Object* chars = nargs ? args[0] : nullptr;
  if (chars == None) chars = nullptr;
  if (chars && !is_str(chars)) return err_format_null(Exc_TypeError, "%s arg must be None or str", name);
  const char* b = S(self)->data;
  const char* e = b + S(self)->utf8_len;
  std::vector<uint32_t> set;
  if (chars) {
    const char* p = S(chars)->data;
    const char* pe = p + S(chars)->utf8_len;
    while (p < pe) set.push_back(utf8_next(p));
  }
  auto strip_it = [&](uint32_t cp) {
    if (!chars) return uni::is_space(cp);
    for (uint32_t c : set)
      if (c == cp) return true;
    return false;
  };
  const char* p = b;
  if (left) {
    while (p < e) {
      const char* q = p;
      if (!strip_it(utf8_next(q))) break;
      p = q;
    }
  }
  const char* r = e;
  if (right) {
    while (r > p) {
      const char* q = r;
      if (!strip_it(utf8_prev(q))) break;
      r = q;
    }
  }
  if (p == b && r == e && is_str_exact(self)) return newref(self);
  return str_from_valid(p, r - p);
}
Object* m_strip(Object* s, Object* const* a, ssize n, Object* kw) { return do_strip("strip", s, a, n, kw, true, true); }
Object* m_lstrip(Object* s, Object* const* a, ssize n, Object* kw) { return do_strip("lstrip", s, a, n, kw, true, false); }
Object* m_rstrip(Object* s, Object* const* a, ssize n, Object* kw) { return do_strip("rstrip", s, a, n, kw, false, true); }

// ---- replace ------------------------------------------------------------------------
Object* m_replace(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!range_args_b("replace", nargs, kw, 2, 3)) return nullptr;
  for (int i = 0; i < 2; i++)
    if (!is_str(args[i]))
      return err_format_null(Exc_TypeError, "replace() argument %d must be str, not %.200s", i + 1, type_name(args[i]));
  ssize count = -1;
  if (nargs > 2 && !parse_ssize_arg(args[2], &count)) return nullptr;
  if (count < 0) count = PTRDIFF_MAX;
  Object* old = args[0];
  Object* rep = args[1];
  const char* b = S(self)->data;
  const char* e = b + S(self)->utf8_len;
  ssize on = S(old)->utf8_len;
  std::string out;
  if (on == 0) {
    // Insert rep before every code point and at the end, count times at most.
    const char* p = b;
    ssize done = 0;
    while (done < count) {
      out.append(S(rep)->data, size_t(S(rep)->utf8_len));
      done++;
      if (p == e) break;
      const char* q = p + utf8_seq_len(static_cast<unsigned char>(*p));
      out.append(p, size_t(q - p));
      p = q;
    }
    out.append(p, size_t(e - p));
    return str_from_valid(out);
  }
  const char* p = b;
  const char* q = count > 0 ? find_bytes(p, e - p, S(old)->data, on) : nullptr;
  if (!q) {
    if (is_str_exact(self)) return newref(self);
    return str_from_valid(b, e - b);
  }
  out.reserve(size_t(e - b));
  while (q && count > 0) {
    out.append(p, size_t(q - p));
    out.append(S(rep)->data, size_t(S(rep)->utf8_len));
    p = q + on;
    count--;
    if (count > 0) q = find_bytes(p, e - p, S(old)->data, on);
  }
  out.append(p, size_t(e - p));
  return str_from_valid(out);
}

// ---- case --------------------------------------------------------------------------------
std::vector<uint32_t> decode_all(Object* s) {
  std::vector<uint32_t> v;
  v.reserve(size_t(size_of(s)));
  const char* p = S(s)->data;
  const char* e = p + S(s)->utf8_len;
  while (p < e) v.push_back(utf8_next(p));
  return v;
}

void put(std::string& out, const uint32_t* cps, int n) {
  for (int i = 0; i < n; i++) utf8_append(out, cps[i]);
}

// Lower-case v[i], giving capital sigma its final form at the end of a word
// (Unicode's Final_Sigma: a cased letter before it and none after it, looking
// through case-ignorable characters on both sides).
void lower_at(std::string& out, const std::vector<uint32_t>& v, size_t i) {
  uint32_t c = v[i];
  if (c == 0x3A3) {
    size_t k = i;
    while (k > 0 && uni::is_case_ignorable(v[k - 1])) k--;
    bool final_sigma = k > 0 && uni::is_cased(v[k - 1]);
    if (final_sigma) {
      size_t j = i + 1;
      while (j < v.size() && uni::is_case_ignorable(v[j])) j++;
      final_sigma = j == v.size() || !uni::is_cased(v[j]);
    }
    utf8_append(out, final_sigma ? 0x3C2 : 0x3C3);
    return;
  }
  uint32_t m[3];
  put(out, m, uni::to_lower(c, m));
}

enum CaseOp { UPPER, LOWER, FOLD, SWAP, TITLE, CAPITALIZE };

Object* case_op(Object* self, CaseOp op) {
  StrObject* s = S(self);
  if (s->ascii) {
    StrObject* r = str_alloc(s->utf8_len, s->ob_size, true);
    if (!r) return nullptr;
    bool prev_cased = false;
    for (ssize i = 0; i < s->utf8_len; i++) {
      unsigned char c = static_cast<unsigned char>(s->data[i]);
      bool up = unsigned(c - 'A') < 26u, lo = unsigned(c - 'a') < 26u;
      switch (op) {
        case UPPER: if (lo) c -= 32; break;
        case LOWER: case FOLD: if (up) c += 32; break;
        case SWAP: if (lo) c -= 32; else if (up) c += 32; break;
        case TITLE:
          if (prev_cased) { if (up) c += 32; }
          else if (lo) c -= 32;
          prev_cased = up || lo;
          break;
        case CAPITALIZE:
          if (i == 0) { if (lo) c -= 32; }
          else if (up) c += 32;
          break;
      }
      r->data[i] = char(c);
    }
    if (s->ob_size == 1) {
      Object* one = newref(str_latin1_char(static_cast<unsigned char>(r->data[0])));
      decref(r);
      return one;
    }
    if (s->ob_size == 0) {
      decref(r);
      return str_empty();
    }
    return r;
  }
  std::vector<uint32_t> v = decode_all(self);
  std::string out;
  out.reserve(size_t(s->utf8_len) + 8);
  uint32_t m[3];
  bool prev_cased = false;
  for (size_t i = 0; i < v.size(); i++) {
    uint32_t c = v[i];
    switch (op) {
      case UPPER: put(out, m, uni::to_upper(c, m)); break;
      case LOWER: lower_at(out, v, i); break;
      case FOLD: put(out, m, uni::to_fold(c, m)); break;
      case SWAP:
        if (uni::is_upper(c)) lower_at(out, v, i);
        else if (uni::is_lower(c)) put(out, m, uni::to_upper(c, m));
        else utf8_append(out, c);
        break;
      case TITLE:
        if (prev_cased) lower_at(out, v, i);
        else put(out, m, uni::to_title(c, m));
        prev_cased = uni::is_cased(c);
        break;
      case CAPITALIZE:
        if (i == 0) put(out, m, uni::to_title(c, m));
        else lower_at(out, v, i);
        break;
    }
  }
  return str_from_valid(out);
}

Object* m_upper(Object* s, Object* const*, ssize n, Object* kw) { return no_args("upper", n, kw) ? case_op(s, UPPER) : nullptr; }
Object* m_lower(Object* s, Object* const*, ssize n, Object* kw) { return no_args("lower", n, kw) ? case_op(s, LOWER) : nullptr; }
Object* m_casefold(Object* s, Object* const*, ssize n, Object* kw) {
  return no_args("casefold", n, kw) ? case_op(s, FOLD) : nullptr;
}
Object* m_swapcase(Object* s, Object* const*, ssize n, Object* kw) {
  return no_args("swapcase", n, kw) ? case_op(s, SWAP) : nullptr;
}
Object* m_title(Object* s, Object* const*, ssize n, Object* kw) { return no_args("title", n, kw) ? case_op(s, TITLE) : nullptr; }
Object* m_capitalize(Object* s, Object* const*, ssize n, Object* kw) {
  return no_args("capitalize", n, kw) ? case_op(s, CAPITALIZE) : nullptr;
}

// ---- predicates -------------------------------------------------------------------------
template <bool (*pred)(uint32_t)>
Object* all_of(const char* name, Object* self, ssize nargs, Object* kw) {
  if (!no_args(name, nargs, kw)) return nullptr;
  const char* p = S(self)->data;
  const char* e = p + S(self)->utf8_len;
  if (p == e) return bool_ref(false);
  while (p < e)
    if (!pred(utf8_next(p))) return bool_ref(false);
  return bool_ref(true);
}
#define PRED(mname, fn) \
  Object* m_##mname(Object* s, Object* const*, ssize n, Object* kw) { return all_of<uni::fn>(#mname, s, n, kw); }
PRED(isalpha, is_alpha)
PRED(isalnum, is_alnum)
PRED(isdecimal, is_decimal)
PRED(isdigit, is_digit)
PRED(isnumeric, is_numeric)
PRED(isspace, is_space)
#undef PRED

Object* m_isprintable(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("isprintable", nargs, kw)) return nullptr;
  const char* p = S(self)->data;
  const char* e = p + S(self)->utf8_len;
  while (p < e)
    if (!uni::is_printable(utf8_next(p))) return bool_ref(false);
  return bool_ref(true);
}

Object* m_isascii(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("isascii", nargs, kw)) return nullptr;
  return bool_ref(S(self)->ascii);
}

Object* m_isidentifier(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("isidentifier", nargs, kw)) return nullptr;
  const char* p = S(self)->data;
  const char* e = p + S(self)->utf8_len;
  if (p == e || !uni::is_id_start(utf8_next(p))) return bool_ref(false);
  while (p < e)
    if (!uni::is_id_continue(utf8_next(p))) return bool_ref(false);
  return bool_ref(true);
}

Object* m_isupper(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("isupper", nargs, kw)) return nullptr;
  const char* p = S(self)->data;
  const char* e = p + S(self)->utf8_len;
  bool cased = false;
  while (p < e) {
    uint32_t c = utf8_next(p);
    if (uni::is_lower(c) || uni::is_title(c)) return bool_ref(false);
    if (uni::is_upper(c)) cased = true;
  }
  return bool_ref(cased);
}

Object* m_islower(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("islower", nargs, kw)) return nullptr;
  const char* p = S(self)->data;
  const char* e = p + S(self)->utf8_len;
  bool cased = false;
  while (p < e) {
    uint32_t c = utf8_next(p);
    if (uni::is_upper(c) || uni::is_title(c)) return bool_ref(false);
    if (uni::is_lower(c)) cased = true;
  }
  return bool_ref(cased);
}

Object* m_istitle(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("istitle", nargs, kw)) return nullptr;
  const char* p = S(self)->data;
  const char* e = p + S(self)->utf8_len;
  bool cased = false, prev = false;
  while (p < e) {
    uint32_t c = utf8_next(p);
    if (uni::is_upper(c) || uni::is_title(c)) {
      if (prev) return bool_ref(false);
      prev = cased = true;
    } else if (uni::is_lower(c)) {
      if (!prev) return bool_ref(false);
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return bool_ref(cased);
}

// ---- padding ------------------------------------------------------------------------------
bool fill_arg(Object* o, uint32_t* fill) {
  if (!is_str(o)) {
    err_format(Exc_TypeError, "The fill character must be a unicode character, not %.200s", type_name(o));
    return false;
  }
  if (size_of(o) != 1) {
    err_set_string(Exc_TypeError, "The fill character must be exactly one character long");
    return false;
  }
  const char* p = S(o)->data;
  *fill = utf8_next(p);
  return true;
}

Object* pad(Object* self, ssize left, ssize right, uint32_t fill) {
  if (left <= 0 && right <= 0 && is_str_exact(self)) return newref(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  char fb[4];
  int fl = utf8_encode(fill, fb);
  StrObject* s = S(self);
  StrObject* r = str_alloc(s->utf8_len + (left + right) * fl, s->ob_size + left + right, s->ascii && fill < 128);
  if (!r) return nullptr;
  char* p = r->data;
  for (ssize i = 0; i < left; i++) { memcpy(p, fb, size_t(fl)); p += fl; }
  memcpy(p, s->data, size_t(s->utf8_len));
  p += s->utf8_len;
  for (ssize i = 0; i < right; i++) { memcpy(p, fb, size_t(fl)); p += fl; }
  return r;
}

enum Just { CENTER, LJUST, RJUST };
Object* justify(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, Just how) {
  if (!range_args_b(name, nargs, kw, 1, 2)) return nullptr;
  ssize width;
  if (!parse_ssize_arg(args[0], &width)) return nullptr;
  uint32_t fill = ' ';
  if (nargs > 1 && !fill_arg(args[1], &fill)) return nullptr;
  ssize len = size_of(self);
  if (width <= len) return str_as_exact(self);
  ssize marg = width - len;
  switch (how) {
    case LJUST: return pad(self, 0, marg, fill);
    case RJUST: return pad(self, marg, 0, fill);
    default: {
      ssize left = marg / 2 + (marg & width & 1);
      return pad(self, left, marg - left, fill);
    }
  }
}
Object* m_center(Object* s, Object* const* a, ssize n, Object* kw) { return justify("center", s, a, n, kw, CENTER); }
Object* m_ljust(Object* s, Object* const* a, ssize n, Object* kw) { return justify("ljust", s, a, n, kw, LJUST); }
Object* m_rjust(Object* s, Object* const* a, ssize n, Object* kw) { return justify("rjust", s, a, n, kw, RJUST); }

Object* m_zfill(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("zfill", nargs, kw)) return nullptr;
  ssize width;
  if (!parse_ssize_arg(args[0], &width)) return nullptr;
  ssize len = size_of(self);
  if (width <= len) return str_as_exact(self);
  Object* r = pad(self, width - len, 0, '0');
  if (!r) return nullptr;
  char* d = S(r)->data;
  ssize fill = width - len;
  if (d[fill] == '+' || d[fill] == '-') {
    d[0] = d[fill];
    d[fill] = '0';
  }
  return r;
}

Object* m_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"tabsize"};
  Object* a[1];
  if (!str_parse_args("expandtabs", args, nargs, kw, names, 1, 0, a)) return nullptr;
  ssize tab = 8;
  if (a[0] && !parse_ssize_arg(a[0], &tab)) return nullptr;
  const char* p = S(self)->data;
  const char* e = p + S(self)->utf8_len;
  if (!memchr(p, '\t', size_t(e - p))) return str_as_exact(self);
  std::string out;
  ssize col = 0;
  while (p < e) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c == '\t') {
      if (tab > 0) {
        ssize n = tab - col % tab;
        out.append(size_t(n), ' ');
        col += n;
      }
      p++;
    } else {
      int l = utf8_seq_len(c);
      out.append(p, size_t(l));
      p += l;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return str_from_valid(out);
}

// ---- misc -----------------------------------------------------------------------------------
Object* m_join(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("join", nargs, kw)) return nullptr;
  return str_join(self, args[0]);
}

Object* affix(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool suffix) {
  if (!one_arg(name, nargs, kw)) return nullptr;
  Object* a = args[0];
  if (!is_str(a)) return err_format_null(Exc_TypeError, "%s() argument must be str, not %.200s", name, type_name(a));
  StrObject* s = S(self);
  StrObject* x = S(a);
  if (x->utf8_len && x->utf8_len <= s->utf8_len) {
    const char* at = suffix ? s->data + s->utf8_len - x->utf8_len : s->data;
    if (memcmp(at, x->data, size_t(x->utf8_len)) == 0)
      return str_from_valid(suffix ? s->data : s->data + x->utf8_len, s->utf8_len - x->utf8_len);
  }
  return str_as_exact(self);
}
Object* m_removeprefix(Object* s, Object* const* a, ssize n, Object* kw) {
  return affix("removeprefix", s, a, n, kw, false);
}
Object* m_removesuffix(Object* s, Object* const* a, ssize n, Object* kw) {
  return affix("removesuffix", s, a, n, kw, true);
}

Object* m_encode(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"encoding", "errors"};
  Object* a[2];
  if (!str_parse_args("encode", args, nargs, kw, names, 2, 0, a)) return nullptr;
  for (int i = 0; i < 2; i++)
    if (a[i] && !is_str(a[i]))
      return err_format_null(Exc_TypeError, "encode() argument '%s' must be str, not %.200s", names[i],
                             arg_type_name(a[i]));
  const char *enc, *err;
  if (!codec_arg_strings(a[0], a[1], &enc, &err)) return nullptr;
  return str_encode(self, enc, err);
}

Object* m_format(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return str_format_method(self, args, nargs, kw);
}

Object* m_format_map(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("format_map", nargs, kw)) return nullptr;
  return str_format_map(self, args[0]);
}

Object* m_dunder_format(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!no_kwargs("__format__", kw)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "__format__() takes exactly one argument (%zd given)", nargs);
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "__format__() argument must be str, not %.200s", type_name(args[0]));
  return format_str(self, str_view(args[0]));
}

Object* m_getnewargs(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("__getnewargs__", nargs, kw)) return nullptr;
  Object* copy = str_from_valid(str_view(self));
  if (!copy) return nullptr;
  Object* t = tuple_pack(1, copy);
  decref(copy);
  return t;
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("__sizeof__", nargs, kw)) return nullptr;
  return int_from_i64(ssize(sizeof(StrObject)) + S(self)->utf8_len);
}

// str.maketrans(x[, y[, z]]) (a static method)
Object* m_maketrans(Object*, Object* const* args, ssize nargs, Object* kw) {
  if (!range_args_b("maketrans", nargs, kw, 1, 3)) return nullptr;
  Object* d = dict_new();
  if (!d) return nullptr;
  if (nargs == 1) {
    Object* x = args[0];
    if (!is_dict(x)) {
      decref(d);
      return err_format_null(Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(x, &pos, &k, &v)) {
      Object* key;
      if (is_str(k)) {
        if (size_of(k) != 1) {
          decref(d);
          return err_format_null(Exc_ValueError, "string keys in translate table must be of length 1");
        }
        key = int_from_i64(str_char_at(k, 0));
      } else if (is_int(k)) {
        key = newref(k);
      } else {
        decref(d);
        return err_format_null(Exc_TypeError, "keys in translate table must be strings or integers");
      }
      int rc = dict_setitem(d, key, v);
      decref(key);
      if (rc < 0) { decref(d); return nullptr; }
    }
    return d;
  }
  Object* x = args[0];
  Object* y = args[1];
  if (!is_str(x)) {
    decref(d);
    return err_format_null(Exc_TypeError, "maketrans() argument 1 must be str, not %.200s", type_name(x));
  }
  if (!is_str(y)) {
    decref(d);
    return err_format_null(Exc_TypeError, "maketrans() argument 2 must be str, not %.200s", type_name(y));
  }
  if (size_of(x) != size_of(y)) {
    decref(d);
    return err_format_null(Exc_ValueError, "the first two maketrans arguments must have equal length");
  }
  const char* p = S(x)->data;
  const char* q = S(y)->data;
  for (ssize i = 0; i < size_of(x); i++) {
    Object* k = int_from_i64(utf8_next(p));
    Object* v = int_from_i64(utf8_next(q));
    int rc = (k && v) ? dict_setitem(d, k, v) : -1;
    xdecref(k);
    xdecref(v);
    if (rc < 0) { decref(d); return nullptr; }
  }
  if (nargs == 3) {
    Object* z = args[2];
    if (!is_str(z)) {
      decref(d);
      return err_format_null(Exc_TypeError, "maketrans() argument 3 must be str, not %.200s", type_name(z));
    }
    const char* r = S(z)->data;
    for (ssize i = 0; i < size_of(z); i++) {
      Object* k = int_from_i64(utf8_next(r));
      int rc = k ? dict_setitem(d, k, None) : -1;
      xdecref(k);
      if (rc < 0) { decref(d); return nullptr; }
    }
  }
  return d;
}

Object* m_translate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("translate", nargs, kw)) return nullptr;
  Object* table = args[0];
  std::string out;
  const char* p = S(self)->data;
  const char* e = p + S(self)->utf8_len;
  while (p < e) {
    const char* start = p;
    uint32_t cp = utf8_next(p);
    Object* key = int_from_i64(cp);
    if (!key) return nullptr;
    Object* v = object_getitem(table, key);
    decref(key);
    if (!v) {
      if (!err_matches(Exc_LookupError)) return nullptr;
      err_clear();
      out.append(start, size_t(p - start));
      continue;
    }
    if (v == None) {
    } else if (is_int(v)) {
      int64_t c = int_as_i64(v);
      if (c == -1 && err_occurred()) { decref(v); return nullptr; }
      if (c < 0 || c > 0x10FFFF) {
        decref(v);
        return err_format_null(Exc_ValueError, "character mapping must be in range(0x110000)");
      }
      utf8_append(out, uint32_t(c));
    } else if (is_str(v)) {
      out.append(str_view(v));
    } else {
      decref(v);
      return err_format_null(Exc_TypeError, "character mapping must return integer, None or str");
    }
    decref(v);
  }
  return str_from_valid(out);
}

}  // namespace

MethodDef str_method_table[] = {
    {"encode", m_encode, METH_DEFAULT, "Encode the string using the codec registered for encoding."},
    {"replace", m_replace, METH_DEFAULT, "Return a copy with all occurrences of substring old replaced by new."},
    {"split", m_split, METH_DEFAULT, "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", m_rsplit, METH_DEFAULT, "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", m_join, METH_DEFAULT, "Concatenate any number of strings."},
    {"capitalize", m_capitalize, METH_DEFAULT, "Return a capitalized version of the string."},
    {"casefold", m_casefold, METH_DEFAULT, "Return a version of the string suitable for caseless comparisons."},
    {"title", m_title, METH_DEFAULT, "Return a version of the string where each word is titlecased."},
    {"center", m_center, METH_DEFAULT, "Return a centered string of length width."},
    {"count", m_count, METH_DEFAULT, "Return the number of non-overlapping occurrences of substring sub."},
    {"expandtabs", m_expandtabs, METH_DEFAULT, "Return a copy where all tab characters are expanded using spaces."},
    {"find", m_find, METH_DEFAULT, "Return the lowest index in S where substring sub is found."},
    {"partition", m_partition, METH_DEFAULT, "Partition the string into three parts using the given separator."},
    {"index", m_index, METH_DEFAULT, "Return the lowest index in S where substring sub is found."},
    {"ljust", m_ljust, METH_DEFAULT, "Return a left-justified string of length width."},
    {"lower", m_lower, METH_DEFAULT, "Return a copy of the string converted to lowercase."},
    {"lstrip", m_lstrip, METH_DEFAULT, "Return a copy of the string with leading whitespace removed."},
    {"rfind", m_rfind, METH_DEFAULT, "Return the highest index in S where substring sub is found."},
    {"rindex", m_rindex, METH_DEFAULT, "Return the highest index in S where substring sub is found."},
    {"rjust", m_rjust, METH_DEFAULT, "Return a right-justified string of length width."},
    {"rstrip", m_rstrip, METH_DEFAULT, "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", m_rpartition, METH_DEFAULT, "Partition the string into three parts using the given separator."},
    {"splitlines", m_splitlines, METH_DEFAULT, "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", m_strip, METH_DEFAULT, "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", m_swapcase, METH_DEFAULT, "Convert uppercase characters to lowercase and lowercase to uppercase."},
    {"translate", m_translate, METH_DEFAULT, "Replace each character in the string using the given translation table."},
    {"upper", m_upper, METH_DEFAULT, "Return a copy of the string converted to uppercase."},
    {"startswith", m_startswith, METH_DEFAULT, "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", m_endswith, METH_DEFAULT, "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", m_removeprefix, METH_DEFAULT, "Return a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, METH_DEFAULT, "Return a str with the given suffix string removed if present."},
    {"isascii", m_isascii, METH_DEFAULT, "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", m_islower, METH_DEFAULT, "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", m_isupper, METH_DEFAULT, "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", m_istitle, METH_DEFAULT, "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", m_isspace, METH_DEFAULT, "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", m_isdecimal, METH_DEFAULT, "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", m_isdigit, METH_DEFAULT, "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", m_isnumeric, METH_DEFAULT, "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", m_isalpha, METH_DEFAULT, "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", m_isalnum, METH_DEFAULT, "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", m_isidentifier, METH_DEFAULT, "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", m_isprintable, METH_DEFAULT, "Return True if the string is printable, False otherwise."},
    {"zfill", m_zfill, METH_DEFAULT, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", m_format, METH_DEFAULT, "Return a formatted version of S, using substitutions from args and kwargs."},
    {"format_map", m_format_map, METH_DEFAULT, "Return a formatted version of S, using substitutions from mapping."},
    {"__format__", m_dunder_format, METH_DEFAULT, "Return a formatted version of the string as described by format_spec."},
    {"maketrans", m_maketrans, METH_STATIC, "Return a translation table usable for str.translate()."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

bool method_arg_range(const char* type_prefix, const char* name, ssize nargs, Object* kwnames, int lo, int hi) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "%s.%s() takes no keyword arguments", type_prefix, name);
    return false;
  }
  if (nargs < lo) {
    err_format(Exc_TypeError, "%s() takes at least %d argument%s (%zd given)", name, lo, lo == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > hi) {
    err_format(Exc_TypeError, "%s() takes at most %d argument%s (%zd given)", name, hi, hi == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

}  // namespace rt

// The methods bytes and bytearray share (CPython's "bytes_methods"): search,
// split/join, strip, padding, case mapping, classification, translate,
// hex/fromhex, decode.  Every argument that CPython lets be "bytes-like"
// accepts any buffer exporter (bytes, bytearray, memoryview, ...).
//
// How self is read: each method parses its arguments first (that can run
// Python code: __index__, iterators) and only then takes a buffer export of
// self (BytesLike).  For a bytearray the export pins the memory, so a
// finalizer or a callback that runs while the method allocates cannot resize
// it under our feet (it gets BufferError instead of a dangling pointer).
//
// Results have self's base type: bytes methods return exact bytes (self
// itself when nothing changed and self is an exact bytes, as CPython does),
// bytearray methods return a new exact bytearray.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/bytes/buffer.h"
#include "runtime/bytes/bytes.h"
#include "runtime/containers/list.h"
#include "runtime/text/str.h"

namespace rt {

Object* bytes_like_result(Object* self, const char* p, ssize n) {
  return is_bytes(self) ? bytes_from(p, n) : bytearray_from(p, n);
}

namespace {

std::string qual(Object* self, const char* name) { return std::string(bytes_kind(self)) + "." + name; }

inline bool bspace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
inline bool blower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool bupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool bdigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool balpha(unsigned char c) { return blower(c) || bupper(c); }
inline unsigned char to_upper(unsigned char c) { return blower(c) ? c - 32 : c; }
inline unsigned char to_lower(unsigned char c) { return bupper(c) ? c + 32 : c; }

// self unchanged: an exact bytes returns itself, anything else a copy of its base type.
Object* same_or_copy(Object* self, const BytesLike& me) {
  if (type_of(self) == &BytesType) return newref(self);
  return bytes_like_result(self, me.data(), me.size());
}

bool no_args(Object* self, const char* name, ssize nargs, Object* kw) {
  if (!cont::check_no_kw(qual(self, name).c_str(), kw)) return false;
  if (nargs) {
    err_format(Exc_TypeError, "%s.%s() takes no arguments (%zd given)", bytes_kind(self), name, nargs);
    return false;
  }
  return true;
}

bool one_arg(Object* self, const char* name, ssize nargs, Object* kw) {
  std::string q = qual(self, name);
  return cont::check_no_kw(q.c_str(), kw) && cont::check_one_arg(q.c_str(), nargs);
}

// ---- search ---------------------------------------------------------------------------
// The "sub" argument of find/count/index: a bytes-like or an int in range(256).
struct SubArg {
  BytesLike buf;
  char one = 0;
  const char* data = nullptr;
  ssize len = 0;
  bool get(Object* o) {
    if (object_has_buffer(o)) {
      if (!buf.get(o)) return false;
      data = buf.data();
      len = buf.size();
      return true;
    }
    if (type_of(o)->nb_index) {
      int v = byte_from_index(o);
      if (v < 0) return false;
      one = char(v);
      data = &one;
      len = 1;
      return true;
    }
    err_format(Exc_TypeError, "argument should be integer or bytes-like object, not '%.200s'", type_name(o));
    return false;
  }
};

// The start/end arguments (unadjusted: their __index__ may change self, so
// self's length is read after them).
bool start_end(Object* const* args, ssize nargs, ssize* start, ssize* end) {
  *start = 0;
  *end = PTRDIFF_MAX;
  if (nargs > 1 && !parse_slice_index(args[1], start)) return false;
  if (nargs > 2 && !parse_slice_index(args[2], end)) return false;
  return true;
}

// find/rfind/index/rindex/count: the index, -1 not found, -2 error; with count set, the count in *count.
ssize do_find(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool rev,
              ssize* count) {
  if (!method_arg_range(bytes_kind(self), name, nargs, kw, 1, 3)) return -2;
  SubArg sub;
  if (!sub.get(args[0])) return -2;
  ssize start, end;
  if (!start_end(args, nargs, &start, &end)) return -2;
  BytesLike me;
  if (!me.get(self)) return -2;
  adjust_indices(start, end, me.size());
  const char* h = me.data();
  ssize sn = sub.len;
  if (count) {
    *count = 0;
    if (end - start < sn) return 0;
    if (sn == 0) {
      *count = end - start + 1;
      return 0;
    }
    const char* p = h + start;
    while (const char* q = find_bytes(p, h + end - p, sub.data, sn)) {
      (*count)++;
      p = q + sn;
    }
    return 0;
  }
  if (end - start < sn) return -1;
  if (sn == 0) return rev ? end : start;
  const char* q = rev ? rfind_bytes(h + start, end - start, sub.data, sn) : find_bytes(h + start, end - start, sub.data, sn);
  return q ? q - h : -1;
}

Object* m_find(Object* s, Object* const* a, ssize n, Object* kw) {
  ssize r = do_find("find", s, a, n, kw, false, nullptr);
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* m_rfind(Object* s, Object* const* a, ssize n, Object* kw) {
  ssize r = do_find("rfind", s, a, n, kw, true, nullptr);
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* found_or_raise(ssize r) {
  if (r == -1) return err_format_null(Exc_ValueError, "subsection not found");
  return r == -2 ? nullptr : int_from_i64(r);
}
Object* m_index(Object* s, Object* const* a, ssize n, Object* kw) {
  return found_or_raise(do_find("index", s, a, n, kw, false, nullptr));
}
Object* m_rindex(Object* s, Object* const* a, ssize n, Object* kw) {
  return found_or_raise(do_find("rindex", s, a, n, kw, true, nullptr));
}
Object* m_count(Object* s, Object* const* a, ssize n, Object* kw) {
  ssize c;
  if (do_find("count", s, a, n, kw, false, &c) == -2) return nullptr;
  return int_from_i64(c);
}

Object* starts_ends(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool ends) {
  if (!method_arg_range(bytes_kind(self), name, nargs, kw, 1, 3)) return nullptr;
  Object* arg = args[0];
  bool tuple = is_tuple(arg);
  if (!tuple && !object_has_buffer(arg))
    return err_format_null(Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %.200s", name,
                           type_name(arg));
  ssize start, end;
  // The tuple is held: its items stay alive while __index__ of start/end runs.
  incref(arg);
  BytesLike me;
  bool ok = start_end(args, nargs, &start, &end) && me.get(self);
  if (ok) adjust_indices(start, end, me.size());
  Object* const* subs = tuple ? tuple_items(arg) : &arg;
  ssize nsubs = tuple ? size_of(arg) : 1;
  Object* result = nullptr;
  for (ssize i = 0; ok && i < nsubs; i++) {
    BytesLike sub;
    if (!sub.get(subs[i])) {
      ok = false;
      break;
    }
    ssize sl = sub.size();
    if (end - start < sl) continue;
    const char* at = me.data() + (ends ? end - sl : start);
    if (memcmp(at, sub.data(), size_t(sl)) == 0) {
      result = bool_ref(true);
      break;
    }
  }
  decref(arg);
  if (!ok) return nullptr;
  return result ? result : bool_ref(false);
}
Object* m_startswith(Object* s, Object* const* a, ssize n, Object* kw) { return starts_ends("startswith", s, a, n, kw, false); }
Object* m_endswith(Object* s, Object* const* a, ssize n, Object* kw) { return starts_ends("endswith", s, a, n, kw, true); }

// ---- split / partition / join ------------------------------------------------------------------
int append_piece(Object* self, Object* list, const char* p, ssize n) {
  Object* b = bytes_like_result(self, p, n);
  if (!b) return -1;
  int r = list_append(list, b);
  decref(b);
  return r;
}

// The optional separator argument of split/strip: None/absent or any bytes-like.
bool opt_buffer(Object* o, BytesLike& buf, bool* given) {
  *given = o && o != None;
  return !*given || buf.get(o);
}

Object* do_split(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool rev) {
  static const char* const names[] = {"sep", "maxsplit"};
  Object* a[2];
  if (!str_parse_args(name, args, nargs, kw, names, 2, 0, a)) return nullptr;
  ssize maxsplit = -1;
  if (a[1] && !parse_ssize_arg(a[1], &maxsplit)) return nullptr;
  BytesLike sepbuf;
  bool has_sep;
  if (!opt_buffer(a[0], sepbuf, &has_sep)) return nullptr;
  if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
  if (has_sep && sepbuf.size() == 0) return err_format_null(Exc_ValueError, "empty separator");
  BytesLike me;
  if (!me.get(self)) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  const char* b = me.data();
  const char* e = b + me.size();
  bool ok = true;
  if (!has_sep) {
    if (!rev) {
      const char* p = b;
      while (ok && p < e) {
        while (p < e && bspace(static_cast<unsigned char>(*p))) p++;
        if (p == e) break;
        if (maxsplit-- == 0) {
          ok = append_piece(self, list, p, e - p) == 0;
          break;
        }
        const char* w = p;
        while (p < e && !bspace(static_cast<unsigned char>(*p))) p++;
        ok = append_piece(self, list, w, p - w) == 0;
      }
    } else {
      const char* p = e;
      while (ok && p > b) {
        while (p > b && bspace(static_cast<unsigned char>(p[-1]))) p--;
        if (p == b) break;
        if (maxsplit-- == 0) {
          ok = append_piece(self, list, b, p - b) == 0;
          break;
        }
        const char* w = p;
        while (p > b && !bspace(static_cast<unsigned char>(p[-1]))) p--;
        ok = append_piece(self, list, p, w - p) == 0;
      }
    }
  } else {
    const char* s = sepbuf.data();
    ssize sn = sepbuf.size();
    if (!rev) {
      const char* p = b;
      while (ok && maxsplit-- > 0) {
        const char* q = find_bytes(p, e - p, s, sn);
        if (!q) break;
        ok = append_piece(self, list, p, q - p) == 0;
        p = q + sn;
      }
      if (ok) ok = append_piece(self, list, p, e - p) == 0;
    } else {
      const char* p = e;
      while (ok && maxsplit-- > 0) {
        const char* q = rfind_bytes(b, p - b, s, sn);
        if (!q) break;
        ok = append_piece(self, list, q + sn, p - (q + sn)) == 0;
        p = q;
      }
      if (ok) ok = append_piece(self, list, b, p - b) == 0;
    }
  }
  if (!ok) {
    decref(list);
    return nullptr;
  }
  if (rev) {
    Object** it = list_items(list);
    for (ssize i = 0, j = size_of(list) - 1; i < j; i++, j--) std::swap(it[i], it[j]);
  }
  return list;
}
Object* m_split(Object* s, Object* const* a, ssize n, Object* kw) { return do_split("split", s, a, n, kw, false); }
Object* m_rsplit(Object* s, Object* const* a, ssize n, Object* kw) { return do_split("rsplit", s, a, n, kw, true); }

Object* do_partition(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool rev) {
  if (!one_arg(self, name, nargs, kw)) return nullptr;
  BytesLike sep;
  if (!sep.get(args[0])) return nullptr;
  if (sep.size() == 0) return err_format_null(Exc_ValueError, "empty separator");
  BytesLike me;
  if (!me.get(self)) return nullptr;
  const char* b = me.data();
  ssize n = me.size();
  const char* q = rev ? rfind_bytes(b, n, sep.data(), sep.size()) : find_bytes(b, n, sep.data(), sep.size());
  bool bytes = is_bytes(self);
  Object* parts[3] = {nullptr, nullptr, nullptr};
  if (!q) {
    Object* whole = same_or_copy(self, me);
    Object* e1 = bytes_like_result(self, "", 0);
    Object* e2 = bytes_like_result(self, "", 0);
    parts[rev ? 2 : 0] = whole;
    parts[1] = e1;
    parts[rev ? 0 : 2] = e2;
  } else {
    parts[0] = bytes_like_result(self, b, q - b);
    // bytes hands back the separator object itself, bytearray a new bytearray.
    parts[1] = bytes ? newref(args[0]) : bytes_like_result(self, sep.data(), sep.size());
    const char* after = q + sep.size();
    parts[2] = bytes_like_result(self, after, b + n - after);
  }
  Object* r = nullptr;
  if (parts[0] && parts[1] && parts[2]) r = tuple_pack(3, parts[0], parts[1], parts[2]);
  for (Object* p : parts) xdecref(p);
  return r;
}
Object* m_partition(Object* s, Object* const* a, ssize n, Object* kw) { return do_partition("partition", s, a, n, kw, false); }
Object* m_rpartition(Object* s, Object* const* a, ssize n, Object* kw) { return do_partition("rpartition", s, a, n, kw, true); }

Object* m_join(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg(self, "join", nargs, kw)) return nullptr;
  Object* seq = sequence_list(args[0]);
  if (!seq) {
    if (err_matches(Exc_TypeError)) {
      err_clear();
      err_set_string(Exc_TypeError, "can only join an iterable");
    }
    return nullptr;
  }
  ssize n = size_of(seq);
  if (n == 1 && type_of(self) == &BytesType && type_of(list_get(seq, 0)) == &BytesType) {
    Object* only = newref(list_get(seq, 0));
    decref(seq);
    return only;
  }
  // Take every item's buffer first: the list keeps the items alive meanwhile.
  BytesLike* bufs = new BytesLike[size_t(n ? n : 1)];
  Object* result = nullptr;
  bool ok = true;
  ssize total = 0;
  for (ssize i = 0; i < n; i++) {
    Object* it = list_get(seq, i);
    if (!object_has_buffer(it) || !bufs[i].get(it)) {
      // Also for a buffer that is not contiguous: the original error is replaced, as in CPython.
      err_clear();
      err_format(Exc_TypeError, "sequence item %zd: expected a bytes-like object, %.80s found", i, type_name(it));
      ok = false;
      break;
    }
    total += bufs[i].size();
  }
  BytesLike me;
  if (ok && me.get(self)) {
    std::string out;
    out.reserve(size_t(total + (n ? n - 1 : 0) * me.size()));
    for (ssize i = 0; i < n; i++) {
      if (i) out.append(me.sv());
      out.append(bufs[i].sv());
    }
    result = bytes_like_result(self, out.data(), ssize(out.size()));
  }
  me.release();
  delete[] bufs;
  decref(seq);
  return result;
}

// ---- strip / prefixes --------------------------------------------------------------------------
Object* do_strip(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool l, bool r) {
  if (!cont::check_no_kw(qual(self, name).c_str(), kw) || !cont::check_nargs(name, nargs, 0, 1)) return nullptr;
  BytesLike chars;
  bool has_chars;
  if (!opt_buffer(nargs ? args[0] : nullptr, chars, &has_chars)) return nullptr;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  const char* b = me.data();
  const char* e = b + me.size();
  auto strip_it = [&](char c) {
    if (!has_chars) return bspace(static_cast<unsigned char>(c));
    return chars.size() && memchr(chars.data(), c, size_t(chars.size())) != nullptr;
  };
  const char* p = b;
  if (l)
    while (p < e && strip_it(*p)) p++;
  const char* q = e;
  if (r)
    while (q > p && strip_it(q[-1])) q--;
  if (p == b && q == e) return same_or_copy(self, me);
  return bytes_like_result(self, p, q - p);
}
Object* m_strip(Object* s, Object* const* a, ssize n, Object* kw) { return do_strip("strip", s, a, n, kw, true, true); }
Object* m_lstrip(Object* s, Object* const* a, ssize n, Object* kw) { return do_strip("lstrip", s, a, n, kw, true, false); }
Object* m_rstrip(Object* s, Object* const* a, ssize n, Object* kw) { return do_strip("rstrip", s, a, n, kw, false, true); }

Object* do_remove_affix(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, bool suffix) {
  if (!one_arg(self, name, nargs, kw)) return nullptr;
  BytesLike affix;
  if (!affix.get(args[0])) return nullptr;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  ssize n = me.size(), k = affix.size();
  if (k > 0 && k <= n && memcmp(me.data() + (suffix ? n - k : 0), affix.data(), size_t(k)) == 0)
    return bytes_like_result(self, me.data() + (suffix ? 0 : k), n - k);
  return same_or_copy(self, me);
}
Object* m_removeprefix(Object* s, Object* const* a, ssize n, Object* kw) { return do_remove_affix("removeprefix", s, a, n, kw, false); }
Object* m_removesuffix(Object* s, Object* const* a, ssize n, Object* kw) { return do_remove_affix("removesuffix", s, a, n, kw, true); }

// ---- replace / translate -----------------------------------------------------------------------
Object* m_replace(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw(qual(self, "replace").c_str(), kw) || !cont::check_nargs("replace", nargs, 2, 3))
    return nullptr;
  BytesLike from, to;
  if (!from.get(args[0]) || !to.get(args[1])) return nullptr;
  ssize count = -1;
  if (nargs > 2 && !parse_ssize_arg(args[2], &count)) return nullptr;
  if (count < 0) count = PTRDIFF_MAX;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  const char* b = me.data();
  const char* e = b + me.size();
  const char* o = from.data();
  ssize on = from.size();
  std::string_view rep = to.sv();
  std::string out;
  const char* p = b;
  bool changed = false;
  if (on == 0) {
    while (count-- > 0) {
      out.append(rep);
      changed = true;
      if (p == e) break;
      out.push_back(*p++);
    }
  } else {
    while (count-- > 0) {
      const char* q = find_bytes(p, e - p, o, on);
      if (!q) break;
      out.append(p, size_t(q - p));
      out.append(rep);
      changed = true;
      p = q + on;
    }
  }
  if (!changed) return same_or_copy(self, me);
  out.append(p, size_t(e - p));
  return bytes_like_result(self, out.data(), ssize(out.size()));
}

Object* m_translate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"table", "delete"};
  ssize nkw = kw ? size_of(kw) : 0;
  // table is positional-only: a keyword table counts as missing.
  for (ssize i = 0; i < nkw; i++)
    if (str_eq_cstr(tuple_get(kw, i), "table") && nargs == 0) nkw = -1;
  if (nargs == 0 || nkw < 0)
    return err_format_null(Exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
  Object* a[2];
  if (!str_parse_args("translate", args, nargs, kw, names, 2, 1, a)) return nullptr;
  BytesLike table, del;
  bool has_table = a[0] != None;
  if (has_table) {
    if (!table.get(a[0])) return nullptr;
    if (table.size() != 256)
      return err_format_null(Exc_ValueError, "translation table must be 256 characters long");
  }
  bool has_del = a[1] != nullptr;
  if (has_del && !del.get(a[1])) return nullptr;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  bool drop[256] = {};
  if (has_del)
    for (ssize i = 0; i < del.size(); i++) drop[static_cast<unsigned char>(del.data()[i])] = true;
  std::string out;
  out.reserve(size_t(me.size()));
  bool changed = false;
  for (ssize i = 0; i < me.size(); i++) {
    unsigned char c = static_cast<unsigned char>(me.data()[i]);
    if (drop[c]) {
      changed = true;
      continue;
    }
    char t = has_table ? table.data()[c] : char(c);
    changed |= t != char(c);
    out.push_back(t);
  }
  if (!changed) return same_or_copy(self, me);
  return bytes_like_result(self, out.data(), ssize(out.size()));
}

Object* m_maketrans(Object*, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("bytes.maketrans", kw) || !cont::check_nargs("maketrans", nargs, 2, 2)) return nullptr;
  BytesLike from, to;
  if (!from.get(args[0]) || !to.get(args[1])) return nullptr;
  if (from.size() != to.size()) return err_format_null(Exc_ValueError, "maketrans arguments must have same length");
  BytesObject* r = bytes_alloc(256);
  if (!r) return nullptr;
  for (int i = 0; i < 256; i++) r->data[i] = char(i);
  for (ssize i = 0; i < from.size(); i++) r->data[static_cast<unsigned char>(from.data()[i])] = to.data()[i];
  return r;
}

// ---- padding ------------------------------------------------------------------------------------
// The fill byte of center/ljust/rjust: a bytes or bytearray of length 1.
bool fill_arg(const char* name, Object* o, char* out) {
  if (!o) {
    *out = ' ';
    return true;
  }
  if ((is_bytes(o) || is_bytearray(o)) && size_of(o) == 1) {
    *out = bytes_like_data(o)[0];
    return true;
  }
  err_format(Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %.50s", name, type_name(o));
  return false;
}

Object* do_pad(const char* name, Object* self, Object* const* args, ssize nargs, Object* kw, int where) {
  if (!cont::check_no_kw(qual(self, name).c_str(), kw) || !cont::check_nargs(name, nargs, 1, 2)) return nullptr;
  ssize width;
  if (!parse_ssize_arg(args[0], &width)) return nullptr;
  char fill;
  if (!fill_arg(name, nargs > 1 ? args[1] : nullptr, &fill)) return nullptr;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  ssize n = me.size();
  if (width <= n) return same_or_copy(self, me);
  ssize pad = width - n, left;
  if (where < 0) left = 0;
  else if (where > 0) left = pad;
  else left = pad / 2 + (pad & width & 1);  // CPython's rounding: odd extra goes left when width is odd
  std::string out(size_t(left), fill);
  out.append(me.sv());
  out.append(size_t(pad - left), fill);
  return bytes_like_result(self, out.data(), ssize(out.size()));
}
Object* m_center(Object* s, Object* const* a, ssize n, Object* kw) { return do_pad("center", s, a, n, kw, 0); }
Object* m_ljust(Object* s, Object* const* a, ssize n, Object* kw) { return do_pad("ljust", s, a, n, kw, -1); }
Object* m_rjust(Object* s, Object* const* a, ssize n, Object* kw) { return do_pad("rjust", s, a, n, kw, 1); }

Object* m_zfill(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg(self, "zfill", nargs, kw)) return nullptr;
  ssize width;
  if (!parse_ssize_arg(args[0], &width)) return nullptr;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  ssize n = me.size();
  if (width <= n) return same_or_copy(self, me);
  std::string out(size_t(width - n), '0');
  out.append(me.sv());
  char& first = out[size_t(width - n)];
  if (n && (first == '+' || first == '-')) {
    out[0] = first;
    first = '0';
  }
  return bytes_like_result(self, out.data(), ssize(out.size()));
}

Object* m_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"tabsize"};
  Object* a[1];
  if (!str_parse_args("expandtabs", args, nargs, kw, names, 1, 0, a)) return nullptr;
  ssize tab = 8;
  if (a[0] && !parse_ssize_arg(a[0], &tab)) return nullptr;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  std::string out;
  ssize col = 0;
  for (ssize i = 0; i < me.size(); i++) {
    char c = me.data()[i];
    if (c == '\t') {
      if (tab > 0) {
        ssize k = tab - col % tab;
        out.append(size_t(k), ' ');
        col += k;
      }
    } else {
      out.push_back(c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return bytes_like_result(self, out.data(), ssize(out.size()));
}

Object* m_splitlines(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"keepends"};
  Object* a[1];
  if (!str_parse_args("splitlines", args, nargs, kw, names, 1, 0, a)) return nullptr;
  ssize keep = 0;
  if (a[0] && !parse_ssize_arg(a[0], &keep)) return nullptr;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  const char* p = me.data();
  const char* e = p + me.size();
  while (p < e) {
    const char* line = p;
    while (p < e && *p != '\n' && *p != '\r') p++;
    const char* eol = p;
    if (p < e) p += (*p == '\r' && p + 1 < e && p[1] == '\n') ? 2 : 1;
    if (append_piece(self, list, line, (keep ? p : eol) - line) < 0) {
      decref(list);
      return nullptr;
    }
  }
  return list;
}

// ---- case mapping and classification ----------------------------------------------------------
template <class F>
Object* map_bytes(Object* self, ssize nargs, Object* kw, const char* name, F fn) {
  if (!no_args(self, name, nargs, kw)) return nullptr;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  std::string out(me.sv());
  fn(out);
  return bytes_like_result(self, out.data(), ssize(out.size()));
}
Object* m_upper(Object* s, Object* const*, ssize n, Object* kw) {
  return map_bytes(s, n, kw, "upper", [](std::string& o) { for (char& c : o) c = char(to_upper(c)); });
}
Object* m_lower(Object* s, Object* const*, ssize n, Object* kw) {
  return map_bytes(s, n, kw, "lower", [](std::string& o) { for (char& c : o) c = char(to_lower(c)); });
}
Object* m_swapcase(Object* s, Object* const*, ssize n, Object* kw) {
  return map_bytes(s, n, kw, "swapcase", [](std::string& o) {
    for (char& c : o) c = char(blower(c) ? to_upper(c) : to_lower(c));
  });
}
Object* m_capitalize(Object* s, Object* const*, ssize n, Object* kw) {
  return map_bytes(s, n, kw, "capitalize", [](std::string& o) {
    for (size_t i = 0; i < o.size(); i++) o[i] = char(i == 0 ? to_upper(o[i]) : to_lower(o[i]));
  });
}
Object* m_title(Object* s, Object* const*, ssize n, Object* kw) {
  return map_bytes(s, n, kw, "title", [](std::string& o) {
    bool prev_cased = false;
    for (char& c : o) {
      unsigned char u = static_cast<unsigned char>(c);
      c = char(prev_cased ? to_lower(u) : to_upper(u));
      prev_cased = balpha(u);
    }
  });
}

template <class F>
Object* test_bytes(Object* self, ssize nargs, Object* kw, const char* name, F fn) {
  if (!no_args(self, name, nargs, kw)) return nullptr;
  BytesLike me;
  if (!me.get(self)) return nullptr;
  return bool_ref(fn(reinterpret_cast<const unsigned char*>(me.data()), me.size()));
}
template <bool (*pred)(unsigned char)>
bool all_of(const unsigned char* p, ssize n) {
  if (n == 0) return false;
  for (ssize i = 0; i < n; i++)
    if (!pred(p[i])) return false;
  return true;
}
bool balnum(unsigned char c) { return balpha(c) || bdigit(c); }
bool bspace_p(unsigned char c) { return bspace(c); }
bool balpha_p(unsigned char c) { return balpha(c); }
bool bdigit_p(unsigned char c) { return bdigit(c); }
// islower/isupper: at least one cased byte and none of the other case.
template <bool upper>
bool cased(const unsigned char* p, ssize n) {
  bool any = false;
  for (ssize i = 0; i < n; i++) {
    if (upper ? blower(p[i]) : bupper(p[i])) return false;
    any |= upper ? bupper(p[i]) : blower(p[i]);
  }
  return any;
}
bool titled(const unsigned char* p, ssize n) {
  bool prev_cased = false, any = false;
  for (ssize i = 0; i < n; i++) {
    if (bupper(p[i])) {
      if (prev_cased) return false;
      prev_cased = any = true;
    } else if (blower(p[i])) {
      if (!prev_cased) return false;
      prev_cased = any = true;
    } else {
      prev_cased = false;
    }
  }
  return any;
}
bool ascii_only(const unsigned char* p, ssize n) {
  for (ssize i = 0; i < n; i++)
    if (p[i] >= 0x80) return false;
  return true;
}
Object* m_isalnum(Object* s, Object* const*, ssize n, Object* kw) { return test_bytes(s, n, kw, "isalnum", all_of<balnum>); }
Object* m_isalpha(Object* s, Object* const*, ssize n, Object* kw) { return test_bytes(s, n, kw, "isalpha", all_of<balpha_p>); }
Object* m_isdigit(Object* s, Object* const*, ssize n, Object* kw) { return test_bytes(s, n, kw, "isdigit", all_of<bdigit_p>); }
Object* m_isspace(Object* s, Object* const*, ssize n, Object* kw) { return test_bytes(s, n, kw, "isspace", all_of<bspace_p>); }
Object* m_islower(Object* s, Object* const*, ssize n, Object* kw) { return test_bytes(s, n, kw, "islower", cased<false>); }
Object* m_isupper(Object* s, Object* const*, ssize n, Object* kw) { return test_bytes(s, n, kw, "isupper", cased<true>); }
Object* m_istitle(Object* s, Object* const*, ssize n, Object* kw) { return test_bytes(s, n, kw, "istitle", titled); }
Object* m_isascii(Object* s, Object* const*, ssize n, Object* kw) { return test_bytes(s, n, kw, "isascii", ascii_only); }

// ---- decode / hex ------------------------------------------------------------------------------
Object* m_decode(Object* self, Object* const* args, ssize nargs, Object* kw) {
  static const char* const names[] = {"encoding", "errors"};
  Object* a[2];
  if (!str_parse_args("decode", args, nargs, kw, names, 2, 0, a)) return nullptr;
  for (int i = 0; i < 2; i++)
    if (a[i] && !is_str(a[i]))
      return err_format_null(Exc_TypeError, "decode() argument '%s' must be str, not %.200s", names[i],
                             arg_type_name(a[i]));
  BytesLike me;
  if (!me.get(self)) return nullptr;
  const char *enc, *err;
  if (!codec_arg_strings(a[0], a[1], &enc, &err)) return nullptr;
  return bytes_decode(me.data(), me.size(), enc, err);
}

Object* m_hex(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BytesLike me;
  if (!me.get(self)) return nullptr;
  return hex_with_sep("hex", me.data(), me.size(), args, nargs, kw);
}

int hexval(uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

}  // namespace

Object* hex_with_sep(const char* fname, const char* data, ssize n, Object* const* args, ssize nargs, Object* kw,
                     bool bytes_result) {
  static const char* const names[] = {"sep", "bytes_per_sep"};
  Object* a[2];
  if (!str_parse_args(fname, args, nargs, kw, names, 2, 0, a)) return nullptr;
  char sep = 0;
  bool has_sep = a[0] != nullptr;  // sep may be '\0'
  if (a[0]) {
    ssize seplen = object_length(a[0]);
    if (seplen < 0) return nullptr;
    if (seplen != 1) return err_format_null(Exc_ValueError, "sep must be length 1.");
    if (is_str(a[0])) {
      if (!str_is_ascii(a[0])) return err_format_null(Exc_ValueError, "sep must be ASCII.");
      sep = str_utf8(a[0])[0];
    } else if (is_bytes(a[0])) {
      sep = bytes_data(a[0])[0];
      if (static_cast<unsigned char>(sep) > 127 && !bytes_result)
        return err_format_null(Exc_ValueError, "sep must be ASCII.");
    } else {
      return err_format_null(Exc_TypeError, "sep must be str or bytes.");
    }
  }
  ssize per = 1;
  if (a[1]) {
    if (!parse_ssize_arg(a[1], &per)) return nullptr;
    if (per > INT32_MAX || per < INT32_MIN)
      return err_format_null(Exc_OverflowError, "Python int too large to convert to C int");
  }
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(size_t(n) * 3);
  ssize group = per < 0 ? -per : per;
  for (ssize i = 0; i < n; i++) {
    if (has_sep && i && group) {
      // Groups are counted from the right for positive bytes_per_sep, from the left for negative.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return str_from_valid(out);
}

Object* fromhex_for(Object* cls, Object* const* args, ssize nargs, Object* kw) {
  auto* type = static_cast<TypeObject*>(cls);
  bool is_ba = type == &ByteArrayType || is_subtype(type, &ByteArrayType);
  std::string q = std::string(is_ba ? "bytearray" : "bytes") + ".fromhex";
  if (!cont::check_no_kw(q.c_str(), kw) || !cont::check_one_arg(q.c_str(), nargs)) return nullptr;
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "fromhex() argument must be str, not %.200s", type_name(args[0]));
  std::string out;
  const char* p = str_utf8(args[0]);
  const char* e = p + str_utf8_len(args[0]);
  ssize pos = 0;  // code point index of p
  while (p < e) {
    uint32_t c = utf8_next(p);
    if (c == ' ' || (c >= 9 && c <= 13)) {
      pos++;
      continue;
    }
    int hi = hexval(c);
    if (hi < 0)
      return err_format_null(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", pos);
    int lo = p < e ? hexval(static_cast<unsigned char>(*p)) : -1;
    if (lo < 0)
      return err_format_null(Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                             pos + 1);
    p++;
    pos += 2;
    out.push_back(char(hi * 16 + lo));
  }
  Object* r = is_ba ? bytearray_from(out.data(), ssize(out.size())) : bytes_from(out.data(), ssize(out.size()));
  if (!r || type == &BytesType || type == &ByteArrayType) return r;
  Object* sub = call1(cls, r);
  decref(r);
  return sub;
}

namespace {
Object* m_fromhex(Object* cls, Object* const* a, ssize n, Object* kw) { return fromhex_for(cls, a, n, kw); }
}  // namespace

int byte_from_index(Object* v) {
  ssize c = number_as_ssize(v, nullptr);  // a huge int clamps, and is out of range like any other
  if (c == -1 && err_occurred()) return -1;
  if (c < 0 || c > 255) {
    err_set_string(Exc_ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  return int(c);
}

int bytes_like_contains(const char* data, ssize n, Object* v) {
  if (object_has_buffer(v)) {
    BytesLike sub;
    if (!sub.get(v)) return -1;
    return find_bytes(data, n, sub.data(), sub.size()) != nullptr;
  }
  if (type_of(v)->nb_index) {
    int c = byte_from_index(v);
    if (c < 0) return -1;
    return n && memchr(data, int(c), size_t(n)) != nullptr;
  }
  err_format(Exc_TypeError, "a bytes-like object is required, not '%.200s'", type_name(v));
  return -1;
}

Object* compare_bytes(const char* a, ssize na, const char* b, ssize nb, int op) {
  if ((op == CMP_EQ || op == CMP_NE) && na != nb) return bool_ref(op == CMP_NE);
  ssize m = na < nb ? na : nb;
  int c = m ? memcmp(a, b, size_t(m)) : 0;
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

namespace {
struct CollectCtx {
  std::string* out;
  const char* range_msg;
};
int collect_one(Object* item, void* ctx) {
  auto* c = static_cast<CollectCtx*>(ctx);
  if (!type_of(item)->nb_index) {
    err_format(Exc_TypeError, "'%.200s' object cannot be interpreted as an integer", type_name(item));
    return -1;
  }
  ssize v = number_as_ssize(item, nullptr);
  if (v == -1 && err_occurred()) return -1;
  if (v < 0 || v > 255) {
    err_set_string(Exc_ValueError, c->range_msg);
    return -1;
  }
  c->out->push_back(char(v));
  return 0;
}
}  // namespace

int collect_bytes_from_iterable(Object* src, std::string& out, const char* range_msg) {
  CollectCtx ctx{&out, range_msg};
  return iterate(src, collect_one, &ctx);
}

void merge_method_tables(MethodDef* out, ssize room, const MethodDef* own, const MethodDef* common) {
  ssize k = 0;
  for (const MethodDef* m = own; m->name; m++) out[k++] = *m;
  for (const MethodDef* m = common; m->name; m++) {
    bool dup = false;
    for (const MethodDef* o = own; o->name && !dup; o++) dup = strcmp(o->name, m->name) == 0;
    if (!dup) out[k++] = *m;
  }
  if (k >= room) {
    std::fprintf(stderr, "pyglass: method table overflow\n");
    std::abort();
  }
  out[k] = MethodDef{nullptr, nullptr, 0, nullptr};
}

MethodDef bytes_common_methods[] = {
    {"capitalize", m_capitalize, METH_DEFAULT, "B.capitalize() -> copy of B with only its first character capitalized."},
    {"center", m_center, METH_DEFAULT, "Return a centered string of length width."},
    {"count", m_count, METH_DEFAULT, "Return the number of non-overlapping occurrences of subsection sub."},
    {"decode", m_decode, METH_DEFAULT, "Decode the bytes using the codec registered for encoding."},
    {"endswith", m_endswith, METH_DEFAULT, "Return True if the data ends with the specified suffix, False otherwise."},
    {"expandtabs", m_expandtabs, METH_DEFAULT, "Return a copy where all tab characters are expanded using spaces."},
    {"find", m_find, METH_DEFAULT, "Return the lowest index where subsection sub is found."},
    {"fromhex", m_fromhex, METH_CLASS, "Create an object from a string of hexadecimal numbers."},
    {"hex", m_hex, METH_DEFAULT, "Create a string of hexadecimal numbers from the data."},
    {"index", m_index, METH_DEFAULT, "Return the lowest index where subsection sub is found."},
    {"isalnum", m_isalnum, METH_DEFAULT, "Return True if all characters are alphanumeric and there is at least one."},
    {"isalpha", m_isalpha, METH_DEFAULT, "Return True if all characters are alphabetic and there is at least one."},
    {"isascii", m_isascii, METH_DEFAULT, "Return True if the data is empty or all characters are ASCII."},
    {"isdigit", m_isdigit, METH_DEFAULT, "Return True if all characters are digits and there is at least one."},
    {"islower", m_islower, METH_DEFAULT, "Return True if all cased characters are lowercase and there is one."},
    {"isspace", m_isspace, METH_DEFAULT, "Return True if all characters are whitespace and there is at least one."},
    {"istitle", m_istitle, METH_DEFAULT, "Return True if the data is a titlecased string and there is one character."},
    {"isupper", m_isupper, METH_DEFAULT, "Return True if all cased characters are uppercase and there is one."},
    {"join", m_join, METH_DEFAULT, "Concatenate any number of bytes-like objects, with self between them."},
    {"ljust", m_ljust, METH_DEFAULT, "Return a left-justified string of length width."},
    {"lower", m_lower, METH_DEFAULT, "Return a copy with all ASCII characters converted to lowercase."},
    {"lstrip", m_lstrip, METH_DEFAULT, "Strip leading bytes contained in the argument."},
    {"maketrans", m_maketrans, METH_STATIC, "Return a translation table usable for the bytes or bytearray translate method."},
    {"partition", m_partition, METH_DEFAULT, "Partition the data into three parts using the given separator."},
    {"removeprefix", m_removeprefix, METH_DEFAULT, "Return a copy with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, METH_DEFAULT, "Return a copy with the given suffix string removed if present."},
    {"replace", m_replace, METH_DEFAULT, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", m_rfind, METH_DEFAULT, "Return the highest index where subsection sub is found."},
    {"rindex", m_rindex, METH_DEFAULT, "Return the highest index where subsection sub is found."},
    {"rjust", m_rjust, METH_DEFAULT, "Return a right-justified string of length width."},
    {"rpartition", m_rpartition, METH_DEFAULT, "Partition the data into three parts using the given separator."},
    {"rsplit", m_rsplit, METH_DEFAULT, "Return a list of the sections, using sep as the delimiter, from the end."},
    {"rstrip", m_rstrip, METH_DEFAULT, "Strip trailing bytes contained in the argument."},
    {"split", m_split, METH_DEFAULT, "Return a list of the sections, using sep as the delimiter."},
    {"splitlines", m_splitlines, METH_DEFAULT, "Return a list of the lines, breaking at line boundaries."},
    {"startswith", m_startswith, METH_DEFAULT, "Return True if the data starts with the specified prefix, False otherwise."},
    {"strip", m_strip, METH_DEFAULT, "Strip leading and trailing bytes contained in the argument."},
    {"swapcase", m_swapcase, METH_DEFAULT, "Return a copy with uppercase ASCII characters converted to lowercase and vice versa."},
    {"title", m_title, METH_DEFAULT, "Return a titlecased version: words start with uppercase, the rest is lowercase."},
    {"translate", m_translate, METH_DEFAULT, "Return a copy with each character mapped by the given translation table."},
    {"upper", m_upper, METH_DEFAULT, "Return a copy with all ASCII characters converted to uppercase."},
    {"zfill", m_zfill, METH_DEFAULT, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace rt

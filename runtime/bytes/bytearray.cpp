// bytearray: a mutable sequence of bytes that exports its memory.
//
// Memory (ByteArrayObject in runtime/buffer.h): one malloc'ed block
// [alloc_base, alloc_base + alloc) holding the bytes at `start` followed by a
// NUL.  Deleting bytes at the front (del b[:n], b[0:n] = shorter) only moves
// `start` forward, so queue-like use does not copy the rest each time.
//
// Growth and shrinking follow CPython 3.11 exactly, because __alloc__ and
// __sizeof__ show them:
//   * new size fits behind start: keep the block, unless the size drops
//     below half of it (then reallocate to size + 1);
//   * growing by at most 1/8: over-allocate size + size/8 + (3 or 6);
//     growing more: exactly size + 1.
//
// Exports: every buffer handed out (memoryview, a method holding self,
// arguments of other calls) increments `exports`; while it is non-zero any
// change of size raises BufferError, so pointers into the block stay valid.
// Assignments that keep the size (b[i] = x, b[0:2] = b'xy') are allowed.
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/bytes/buffer.h"
#include "runtime/bytes/bytes.h"
#include "runtime/containers/list.h"
#include "runtime/text/str.h"
#include "runtime/types/type.h"
#include "runtime/types/typeslots.h"

namespace rt {

TypeObject ByteArrayType;
TypeObject ByteArrayIterType;

namespace {

char g_empty_data[1] = {0};  // start of a bytearray that never allocated (only ever holds its NUL)

inline ByteArrayObject* BA(Object* o) { return static_cast<ByteArrayObject*>(o); }
inline ssize len_of(Object* o) { return size_of(o); }

bool can_resize(ByteArrayObject* b) {
  if (b->exports > 0) {
    err_set_string(Exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

}  // namespace

int bytearray_resize(Object* o, ssize size) {
  ByteArrayObject* b = BA(o);
  if (size < 0) {
    err_bad_internal_call("bytearray_resize");
    return -1;
  }
  if (size == b->ob_size) return 0;
  if (!can_resize(b)) return -1;
  ssize offset = b->alloc_base ? b->start - b->alloc_base : 0;
  ssize alloc = b->alloc;
  if (size + offset + 1 <= alloc) {
    if (size >= alloc / 2) {  // a small shrink: keep the block
      b->ob_size = size;
      b->start[size] = 0;
      return 0;
    }
    alloc = size + 1;
  } else if (size <= alloc + alloc / 8) {
    if (size > PTRDIFF_MAX - (size >> 3) - 6) return err_no_memory(), -1;
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    if (size == PTRDIFF_MAX) return err_no_memory(), -1;
    alloc = size + 1;
  }
  char* block;
  if (offset > 0) {
    block = static_cast<char*>(std::malloc(size_t(alloc)));
    if (!block) return err_no_memory(), -1;
    memcpy(block, b->start, size_t(size < b->ob_size ? size : b->ob_size));
    std::free(b->alloc_base);
  } else {
    block = static_cast<char*>(std::realloc(b->alloc_base, size_t(alloc)));
    if (!block) return err_no_memory(), -1;
  }
  b->alloc_base = b->start = block;
  b->alloc = alloc;
  b->ob_size = size;
  block[size] = 0;
  return 0;
}

namespace {

ByteArrayObject* ba_alloc(TypeObject* type) {
  auto* b = static_cast<ByteArrayObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!b) return nullptr;
  b->ob_size = 0;
  b->alloc_base = nullptr;
  b->start = g_empty_data;
  b->alloc = 0;
  b->exports = 0;
  return b;
}

// Replace the contents with n bytes from p (p must not point into self).
int ba_assign(Object* self, const char* p, ssize n) {
  if (bytearray_resize(self, n) < 0) return -1;
  if (n) memcpy(BA(self)->start, p, size_t(n));
  return 0;
}

}  // namespace

Object* bytearray_from(const char* data, ssize n) {
  ByteArrayObject* b = ba_alloc(&ByteArrayType);
  if (!b) return nullptr;
  if (n && ba_assign(b, data, n) < 0) {
    decref(b);
    return nullptr;
  }
  return b;
}

namespace {

// ---- slice assignment ----------------------------------------------------------------------
// Replace [lo, hi) by n bytes at p (p not inside self).  Mirrors CPython's
// strategy, including the cheap deletion at the front by moving start.
int setslice_linear(Object* self, ssize lo, ssize hi, const char* p, ssize n) {
  ByteArrayObject* b = BA(self);
  ssize size = b->ob_size;
  ssize growth = n - (hi - lo);
  if (growth < 0) {
    if (!can_resize(b)) return -1;
    if (lo == 0) {
      b->start -= growth;  // drop the front by advancing start; [hi, size) stays in place
    } else {
      memmove(b->start + lo + n, b->start + hi, size_t(size - hi));
    }
    // The size field still says `size`: resize copies min(new, old) bytes from start.
    if (bytearray_resize(self, size + growth) < 0) {
      if (lo == 0) b->start += growth;
      return -1;
    }
  } else if (growth > 0) {
    if (size > PTRDIFF_MAX - growth) return err_no_memory(), -1;
    if (bytearray_resize(self, size + growth) < 0) return -1;
    memmove(b->start + lo + n, b->start + hi, size_t(size - hi));
  }
  if (n) memcpy(b->start + lo, p, size_t(n));
  return 0;
}

// Delete the items of an extended slice (step != 1, normalised to step > 0 over [start, ...)).
int delete_extended(Object* self, ssize start, ssize step, ssize count) {
  ByteArrayObject* b = BA(self);
  if (count <= 0) return 0;
  if (!can_resize(b)) return -1;
  if (step < 0) {
    start += step * (count - 1);
    step = -step;
  }
  char* d = b->start;
  ssize size = b->ob_size;
  ssize w = start;
  for (ssize k = 0; k < count; k++) {
    ssize from = start + k * step + 1;
    ssize to = k + 1 < count ? start + (k + 1) * step : size;
    memmove(d + w, d + from, size_t(to - from));
    w += to - from;
  }
  return bytearray_resize(self, size - count);
}

// The byte value of an item being stored: an int in range(256).
bool byte_value(Object* v, int* out) {
  if (!type_of(v)->nb_index) {
    err_format(Exc_TypeError, "'%.200s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  Object* i = number_index(v);
  if (!i) return false;
  int64_t x = int_fits_i64(i) ? int_as_i64(i) : -1;
  decref(i);
  if (x < 0 || x > 255) {
    err_set_string(Exc_ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = int(x);
  return true;
}

bool index_of(Object* self, Object* key, ssize* out) {
  ssize i;
  if (!cont::index_value(key, &i)) return false;
  if (i < 0) i += len_of(self);
  if (i < 0 || i >= len_of(self)) {
    err_set_string(Exc_IndexError, "bytearray index out of range");
    return false;
  }
  *out = i;
  return true;
}

int ba_ass_subscript(Object* self, Object* key, Object* value) {
  if (type_of(key)->nb_index) {
    ssize i;
    if (!index_of(self, key, &i)) return -1;
    if (!value) return setslice_linear(self, i, i + 1, nullptr, 0);
    int c;
    if (!byte_value(value, &c)) return -1;
    if (i >= len_of(self)) {  // __index__ of the value shrank the bytearray meanwhile
      err_set_string(Exc_IndexError, "bytearray index out of range");
      return -1;
    }
    BA(self)->start[i] = char(c);
    return 0;
  }
  if (!is_instance_of(key, &SliceType)) {
    err_format(Exc_TypeError, "bytearray indices must be integers or slices, not %.200s", type_name(key));
    return -1;
  }
  // The new bytes, as a private copy (the value may be self, or change while converted).
  Object* copy = nullptr;
  if (value) {
    TypeObject* vt = type_of(value);
    if ((!object_has_buffer(value) && (vt->nb_index || vt->nb_int || vt->nb_float)) || is_str(value)) {
      err_set_string(Exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      return -1;
    }
    copy = call1(&ByteArrayType, value);
    if (!copy) return -1;
  }
  ssize start, stop, step;
  ssize count = slice_indices(key, len_of(self), &start, &stop, &step);
  int r;
  if (count < 0) {
    r = -1;
  } else if (step == 1) {
    r = setslice_linear(self, start, start + count, copy ? BA(copy)->start : nullptr, copy ? len_of(copy) : 0);
  } else if (!copy || len_of(copy) == 0) {  // b[::2] = b"" deletes, as in CPython
    r = delete_extended(self, start, step, count);
  } else if (len_of(copy) != count) {
    err_format(Exc_ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd", len_of(copy),
               count);
    r = -1;
  } else {
    for (ssize k = 0; k < count; k++) BA(self)->start[start + k * step] = BA(copy)->start[k];
    r = 0;
  }
  xdecref(copy);
  return r;
}

Object* ba_subscript(Object* self, Object* key) {
  if (type_of(key)->nb_index) {
    ssize i;
    if (!index_of(self, key, &i)) return nullptr;
    return int_from_i64(static_cast<unsigned char>(BA(self)->start[i]));
  }
  if (is_instance_of(key, &SliceType)) {
    ssize start, stop, step;
    ssize n = slice_indices(key, len_of(self), &start, &stop, &step);
    if (n < 0) return nullptr;
    if (step == 1) return bytearray_from(BA(self)->start + start, n);
    std::string out(size_t(n), '\0');
    for (ssize k = 0; k < n; k++) out[size_t(k)] = BA(self)->start[start + k * step];
    return bytearray_from(out.data(), n);
  }
  return err_format_null(Exc_TypeError, "bytearray indices must be integers or slices, not %.200s", type_name(key));
}

// ---- construction ------------------------------------------------------------------------------
Object* ba_new(TypeObject* type, Object* const*, ssize, Object*) {
  ByteArrayObject* b = ba_alloc(type);
  if (b && has_flag(type, TPFLAG_HAVE_GC)) gc_track(b);
  return b;
}

// Append the ints of a general iterable one by one (growing as appends do).
struct AppendCtx {
  Object* self;
};
int append_one(Object* item, void* ctx) {
  Object* self = static_cast<AppendCtx*>(ctx)->self;
  int c;
  if (!byte_value(item, &c)) return -1;
  ssize n = len_of(self);
  if (bytearray_resize(self, n + 1) < 0) return -1;
  BA(self)->start[n] = char(c);
  return 0;
}

// Append the bytes of src (a buffer or an iterable of ints) to self.
// bytearray(iterable) grows one item at a time (as CPython, so __alloc__
// matches); extend() collects the items first and then appends them.
int extend_from(Object* self, Object* src, bool one_by_one) {
  if (object_has_buffer(src)) {
    if (src == self) {  // b.extend(b): copy first, the export would forbid the resize
      std::string tmp(BA(self)->start, size_t(len_of(self)));
      return setslice_linear(self, len_of(self), len_of(self), tmp.data(), ssize(tmp.size()));
    }
    Buffer v;
    if (object_get_buffer(src, &v, BUF_FULL_RO) < 0) return -1;
    std::string tmp(size_t(v.len), '\0');
    buffer_to_contiguous(tmp.data(), &v, 'C');
    buffer_release(&v);
    return setslice_linear(self, len_of(self), len_of(self), tmp.data(), ssize(tmp.size()));
  }
  if (is_list_exact(src) || is_tuple_exact(src) || !one_by_one) {
    std::string tmp;
    if (collect_bytes_from_iterable(src, tmp, "byte must be in range(0, 256)") < 0) return -1;
    return setslice_linear(self, len_of(self), len_of(self), tmp.data(), ssize(tmp.size()));
  }
  AppendCtx ctx{self};
  return iterate(src, append_one, &ctx);
}

int ba_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"source", "encoding", "errors"};
  Object* a[3];
  if (!str_parse_args("bytearray", args, nargs, kwnames, kw, 3, 0, a)) return -1;
  for (int i = 1; i < 3; i++)
    if (a[i] && !is_str(a[i])) {
      err_format(Exc_TypeError, "bytearray() argument '%s' must be str, not %.200s", kw[i], arg_type_name(a[i]));
      return -1;
    }
  Object* src = a[0];
  if (len_of(self) && bytearray_resize(self, 0) < 0) return -1;
  if (!src) {
    if (a[1] || a[2]) {
      err_set_string(Exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
      return -1;
    }
    return 0;
  }
  if (a[1] || a[2]) {
    if (!is_str(src)) {
      err_set_string(Exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
      return -1;
    }
    if (!a[1]) {
      err_set_string(Exc_TypeError, "string argument without an encoding");
      return -1;
    }
    const char *encoding, *errors;
    if (!codec_arg_strings(a[1], a[2], &encoding, &errors)) return -1;
    Object* enc = str_encode(src, encoding, errors);
    if (!enc) return -1;
    int r = ba_assign(self, bytes_data(enc), size_of(enc));
    decref(enc);
    return r;
  }
  if (is_str(src)) {
    err_set_string(Exc_TypeError, "string argument without an encoding");
    return -1;
  }
  if (type_of(src)->nb_index) {
    ssize n = number_as_ssize(src, Exc_OverflowError);
    if (n == -1 && err_occurred()) {
      if (!err_matches(Exc_TypeError)) return -1;
      err_clear();
    } else {
      if (n < 0) {
        err_set_string(Exc_ValueError, "negative count");
        return -1;
      }
      if (bytearray_resize(self, n) < 0) return -1;
      if (n) memset(BA(self)->start, 0, size_t(n));
      return 0;
    }
  }
  if (!object_has_buffer(src) && !type_of(src)->tp_iter && !type_lookup(type_of(src), names::__getitem__)) {
    err_format(Exc_TypeError, "cannot convert '%.200s' object to bytearray", type_name(src));
    return -1;
  }
  return extend_from(self, src, true);
}

// ---- slots -------------------------------------------------------------------------------------
void ba_dealloc(Object* o) {
  ByteArrayObject* b = BA(o);
  std::free(b->alloc_base);
  b->alloc_base = nullptr;
  free_object(o);
}

Object* ba_repr(Object* self) {
  // Subclasses show their own name: Buf(b'xyz').
  const char* name = type_of(self)->tp_name;
  if (const char* dot = strrchr(name, '.')) name = dot + 1;
  std::string out = name;
  out += '(';
  out += bytes_repr_text(BA(self)->start, len_of(self), true);
  out += ')';
  return str_from_valid(out);
}

ssize ba_length(Object* o) { return len_of(o); }

Object* ba_richcompare(Object* a, Object* b, int op) {
  if (!object_has_buffer(a) || !object_has_buffer(b)) return notimpl_ref();
  BytesLike x, y;
  if (!x.get(a) || !y.get(b)) {
    // A non-contiguous view: let memoryview compare by items.
    err_clear();
    return notimpl_ref();
  }
  return compare_bytes(x.data(), x.size(), y.data(), y.size(), op);
}

int ba_contains(Object* self, Object* v) {
  BytesLike me;
  if (!me.get(self)) return -1;
  return bytes_like_contains(me.data(), me.size(), v);
}

int ba_getbuffer(Object* self, Buffer* view, int flags) {
  if (buffer_fill_info(view, self, BA(self)->start, len_of(self), false, flags) < 0) return -1;
  BA(self)->exports++;
  return 0;
}

void ba_releasebuffer(Object* self, Buffer*) { BA(self)->exports--; }

Object* ba_concat(Object* a, Object* b) {
  if (!is_bytearray(a)) return notimpl_ref();
  if (!object_has_buffer(b)) {
    binaryfunc other = type_of(b)->nb_add;
    if (other && other != ba_concat && has_flag(type_of(b), TPFLAG_HEAPTYPE)) {
      Object* r = other(a, b);
      if (r != NotImplemented) return r;
      decref(r);
    }
    return err_format_null(Exc_TypeError, "can't concat %.100s to %.100s", type_name(b), type_name(a));
  }
  BytesLike x, y;
  if (!x.get(a) || !y.get(b)) return nullptr;
  if (x.size() > PTRDIFF_MAX - y.size()) return err_no_memory();
  std::string out;
  out.reserve(size_t(x.size() + y.size()));
  out.append(x.sv());
  out.append(y.sv());
  return bytearray_from(out.data(), ssize(out.size()));
}

Object* ba_iconcat(Object* self, Object* b) {
  if (!object_has_buffer(b))
    return err_format_null(Exc_TypeError, "can't concat %.100s to %.100s", type_name(b), type_name(self));
  BytesLike y;
  if (!y.get(b)) return nullptr;
  ssize n = len_of(self);
  if (n > PTRDIFF_MAX - y.size()) return err_no_memory();
  if (bytearray_resize(self, n + y.size()) < 0) return nullptr;
  memcpy(BA(self)->start + n, y.data(), size_t(y.size()));
  return newref(self);
}

bool is_ba_obj(const Object* o) { return is_bytearray(o); }

Object* ba_repeat(Object* self, ssize count) {
  ssize n = len_of(self);
  if (count < 0) count = 0;
  if (n && count > PTRDIFF_MAX / n) return err_no_memory();
  ByteArrayObject* r = ba_alloc(&ByteArrayType);
  if (!r) return nullptr;
  if (bytearray_resize(r, n * count) < 0) {
    decref(r);
    return nullptr;
  }
  for (ssize i = 0; i < count; i++) memcpy(r->start + i * n, BA(self)->start, size_t(n));
  return r;
}

Object* ba_mul(Object* a, Object* b) { return cont::seq_multiply(a, b, is_ba_obj, ba_repeat, ba_mul); }

Object* ba_imul(Object* self, Object* count) {
  ssize k;
  if (!parse_ssize_arg(count, &k)) return nullptr;
  ssize n = len_of(self);
  if (k <= 0) {
    if (bytearray_resize(self, 0) < 0) return nullptr;
    return newref(self);
  }
  if (n && k > PTRDIFF_MAX / n) return err_no_memory();
  if (bytearray_resize(self, n * k) < 0) return nullptr;
  for (ssize i = 1; i < k; i++) memcpy(BA(self)->start + i * n, BA(self)->start, size_t(n));
  return newref(self);
}

Object* ba_mod(Object* a, Object* b) {
  if (!is_bytearray(a)) return notimpl_ref();
  BytesLike fmt;
  if (!fmt.get(a)) return nullptr;
  return bytes_percent_format(fmt.data(), fmt.size(), b, true);
}

// ---- methods of bytearray only ---------------------------------------------------------------------
// An index argument converted as CPython's "n" format: OverflowError "Python int too large to convert to C ssize_t".
bool ssize_arg(Object* o, ssize* out) {
  if (!parse_ssize_arg(o, out)) {
    if (err_matches(Exc_OverflowError)) {
      err_clear();
      err_set_string(Exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return false;
  }
  return true;
}

bool no_args(const char* qual, ssize nargs, Object* kw) {
  if (!cont::check_no_kw(qual, kw)) return false;
  if (nargs) {
    err_format(Exc_TypeError, "%s() takes no arguments (%zd given)", qual, nargs);
    return false;
  }
  return true;
}

Object* m_append(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("bytearray.append", kw) || !cont::check_one_arg("bytearray.append", nargs)) return nullptr;
  int c;
  if (!byte_value(args[0], &c)) return nullptr;
  ssize n = len_of(self);
  if (bytearray_resize(self, n + 1) < 0) return nullptr;
  BA(self)->start[n] = char(c);
  return none_ref();
}

Object* m_extend(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("bytearray.extend", kw) || !cont::check_one_arg("bytearray.extend", nargs)) return nullptr;
  Object* src = args[0];
  if (!object_has_buffer(src) && !type_of(src)->tp_iter && !type_lookup(type_of(src), names::__getitem__))
    return err_format_null(Exc_TypeError, "can't extend bytearray with %.100s", type_name(src));
  if (extend_from(self, src, false) < 0) return nullptr;
  return none_ref();
}

Object* m_insert(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("bytearray.insert", kw) || !cont::check_nargs("insert", nargs, 2, 2)) return nullptr;
  ssize where;
  if (!ssize_arg(args[0], &where)) return nullptr;
  int c;
  if (!byte_value(args[1], &c)) return nullptr;
  ssize n = len_of(self);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  char ch = char(c);
  if (setslice_linear(self, where, where, &ch, 1) < 0) return nullptr;
  return none_ref();
}

Object* m_pop(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("bytearray.pop", kw) || !cont::check_nargs("pop", nargs, 0, 1)) return nullptr;
  ssize i = -1;
  if (nargs && !ssize_arg(args[0], &i)) return nullptr;
  ssize n = len_of(self);
  if (n == 0) return err_format_null(Exc_IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return err_format_null(Exc_IndexError, "pop index out of range");
  if (!can_resize(BA(self))) return nullptr;
  unsigned char c = static_cast<unsigned char>(BA(self)->start[i]);
  memmove(BA(self)->start + i, BA(self)->start + i + 1, size_t(n - i - 1));
  if (bytearray_resize(self, n - 1) < 0) return nullptr;
  return int_from_i64(c);
}

Object* m_remove(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("bytearray.remove", kw) || !cont::check_one_arg("bytearray.remove", nargs)) return nullptr;
  int c;
  if (!byte_value(args[0], &c)) return nullptr;
  ssize n = len_of(self);
  const void* at = n ? memchr(BA(self)->start, c, size_t(n)) : nullptr;
  if (!at) return err_format_null(Exc_ValueError, "value not found in bytearray");
  ssize i = static_cast<const char*>(at) - BA(self)->start;
  if (setslice_linear(self, i, i + 1, nullptr, 0) < 0) return nullptr;
  return none_ref();
}

Object* m_reverse(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("bytearray.reverse", nargs, kw)) return nullptr;
  char* p = BA(self)->start;
  for (ssize i = 0, j = len_of(self) - 1; i < j; i++, j--) std::swap(p[i], p[j]);
  return none_ref();
}

Object* m_clear(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("bytearray.clear", nargs, kw)) return nullptr;
  if (bytearray_resize(self, 0) < 0) return nullptr;
  return none_ref();
}

Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("bytearray.copy", nargs, kw)) return nullptr;
  return bytearray_from(BA(self)->start, len_of(self));
}

Object* m_alloc(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("bytearray.__alloc__", nargs, kw)) return nullptr;
  return int_from_i64(BA(self)->alloc);
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("bytearray.__sizeof__", nargs, kw)) return nullptr;
  return int_from_i64(type_of(self)->tp_basicsize + BA(self)->alloc);
}

// __reduce__/__reduce_ex__: (type(self), args, state).  Protocols below 3 get
// the bytes as a latin-1 str (picklable by protocol 0), 3 and up the bytes.
Object* reduce_common(Object* self, ssize proto) {
  Object* state;
  if (Object* gs = type_lookup(type_of(self), names::__getstate__)) {
    incref(gs);
    state = call_found_special(gs, self, nullptr, 0);
    decref(gs);
    if (!state) return nullptr;
  } else {
    Object** dp = object_dict_ptr(self);
    state = dp && *dp && dict_size(*dp) ? newref(*dp) : none_ref();
  }
  Object* args;
  if (proto < 3) {
    Object* text = bytes_decode(BA(self)->start, len_of(self), "latin-1", "strict");
    Object* enc = text ? str_from_cstr("latin-1") : nullptr;
    args = enc ? tuple_pack(2, text, enc) : nullptr;
    xdecref(text);
    xdecref(enc);
  } else {
    Object* b = bytes_from(BA(self)->start, len_of(self));
    args = b ? tuple_pack(1, b) : nullptr;
    xdecref(b);
  }
  Object* r = args ? tuple_pack(3, static_cast<Object*>(type_of(self)), args, state) : nullptr;
  xdecref(args);
  decref(state);
  return r;
}

Object* m_reduce(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("bytearray.__reduce__", nargs, kw)) return nullptr;
  return reduce_common(self, 2);
}

Object* m_reduce_ex(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("bytearray.__reduce_ex__", kw) || !cont::check_nargs("__reduce_ex__", nargs, 0, 1))
    return nullptr;
  ssize proto = 0;
  if (nargs && !parse_ssize_arg(args[0], &proto)) return nullptr;
  return reduce_common(self, proto);
}

MethodDef ba_own_methods[] = {
    {"__alloc__", m_alloc, METH_DEFAULT, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"__reduce__", m_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"__reduce_ex__", m_reduce_ex, METH_DEFAULT, "Return state information for pickling."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Returns the size of the bytearray object in memory, in bytes."},
    {"append", m_append, METH_DEFAULT, "Append a single item to the end of the bytearray."},
    {"clear", m_clear, METH_DEFAULT, "Remove all items from the bytearray."},
    {"copy", m_copy, METH_DEFAULT, "Return a copy of B."},
    {"extend", m_extend, METH_DEFAULT, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", m_insert, METH_DEFAULT, "Insert a single item into the bytearray before the given index."},
    {"pop", m_pop, METH_DEFAULT, "Remove and return a single item from B."},
    {"remove", m_remove, METH_DEFAULT, "Remove the first occurrence of a value in the bytearray."},
    {"reverse", m_reverse, METH_DEFAULT, "Reverse the order of the values in B in place."},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef ba_methods[72];

// ---- iterator ----------------------------------------------------------------------------------------
struct ByteArrayIterObject : Object {
  Object* seq;  // null once exhausted
  ssize index;
};

Object* ba_iter(Object* self) {
  auto* it = static_cast<ByteArrayIterObject*>(alloc_object(&ByteArrayIterType, sizeof(ByteArrayIterObject)));
  if (!it) return nullptr;
  it->seq = newref(self);
  it->index = 0;
  gc_track(it);
  return it;
}

Object* ba_iter_next(Object* o) {
  auto* it = static_cast<ByteArrayIterObject*>(o);
  if (!it->seq) return nullptr;
  if (it->index >= len_of(it->seq)) {
    clearref(it->seq);
    return nullptr;
  }
  return int_from_i64(static_cast<unsigned char>(BA(it->seq)->start[it->index++]));
}

void ba_iter_dealloc(Object* o) {
  gc_untrack(o);
  clearref(static_cast<ByteArrayIterObject*>(o)->seq);
  free_object(o);
}

int ba_iter_traverse(Object* o, visitproc visit, void* arg) {
  Object* s = static_cast<ByteArrayIterObject*>(o)->seq;
  return s ? visit(s, arg) : 0;
}

int ba_iter_clear(Object* o) {
  clearref(static_cast<ByteArrayIterObject*>(o)->seq);
  return 0;
}

Object* ba_iter_length_hint(Object* self, Object* const*, ssize, Object*) {
  auto* it = static_cast<ByteArrayIterObject*>(self);
  ssize n = it->seq ? len_of(it->seq) - it->index : 0;
  return int_from_i64(n < 0 ? 0 : n);
}

// Pickling, as CPython: iter(bytearray) moved to the index; iter(()) once exhausted.
MethodDef ba_iter_methods[] = {
    {"__length_hint__", ba_iter_length_hint, METH_DEFAULT, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", cont::indexed_iter_reduce<ByteArrayIterObject, empty_tuple>, METH_DEFAULT, "Return state information for pickling."},
    {"__setstate__", cont::indexed_iter_setstate<ByteArrayIterObject, len_of>, METH_DEFAULT, "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_bytearray_type() {
  TypeObject& t = ByteArrayType;
  t.tp_name = "bytearray";
  t.tp_basicsize = sizeof(ByteArrayObject);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLE;
  t.tp_doc =
      "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by "
      "the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray "
      "object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified "
      "encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer";
  t.tp_dealloc = ba_dealloc;
  t.tp_repr = ba_repr;
  t.tp_str = ba_repr;
  t.tp_richcompare = ba_richcompare;
  t.tp_iter = ba_iter;
  t.tp_new = ba_new;
  t.tp_init = ba_init;
  t.nb_add = ba_concat;
  t.nb_multiply = ba_mul;
  t.nb_remainder = ba_mod;
  t.nb_inplace_add = ba_iconcat;
  t.nb_inplace_multiply = ba_imul;
  t.mp_length = ba_length;
  t.mp_subscript = ba_subscript;
  t.mp_ass_subscript = ba_ass_subscript;
  t.sq_contains = ba_contains;
  t.bf_getbuffer = ba_getbuffer;
  t.bf_releasebuffer = ba_releasebuffer;
  merge_method_tables(ba_methods, 72, ba_own_methods, bytes_common_methods);
  t.tp_methods = ba_methods;
  type_ready(&t);

  TypeObject& it = ByteArrayIterType;
  it.tp_name = "bytearray_iterator";
  it.tp_basicsize = sizeof(ByteArrayIterObject);
  it.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  it.tp_dealloc = ba_iter_dealloc;
  it.tp_traverse = ba_iter_traverse;
  it.tp_clear = ba_iter_clear;
  it.tp_iter = object_self_iter;
  it.tp_iternext = ba_iter_next;
  it.tp_methods = ba_iter_methods;
  type_ready(&it);
}

}  // namespace rt

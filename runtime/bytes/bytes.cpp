// The bytes type: construction (from ints, iterables, buffers, str with an
// encoding, __bytes__), repr, comparison, hashing, indexing, iteration,
// concatenation with any buffer, the buffer export and subclassing.  The
// methods shared with bytearray are in runtime/bytes_methods.cpp, bytes % args
// in runtime/strformat.cpp.
#include "runtime/bytes/bytes.h"
#include "runtime/bytes/buffer.h"
#include "runtime/containers/list.h"
#include "runtime/text/str.h"
#include "runtime/types/typeslots.h"

#include <cstring>
#include <string>

namespace rt {

TypeObject BytesType, BytesIterType;

namespace {

Object* g_empty_bytes = nullptr;  // immortal b''

inline BytesObject* B(Object* o) { return static_cast<BytesObject*>(o); }

}  // namespace

// An instance of bytes or of a subclass of n uninitialised bytes.  A
// subclass instance also has room for its __dict__ word at the end (see
// "subclasses" below).
BytesObject* bytes_alloc_type(TypeObject* type, ssize n) {
  size_t size;
  if (type == &BytesType) {
    size = sizeof(BytesObject) + size_t(n);
  } else {
    if (n < 0 || n > PTRDIFF_MAX - type->tp_basicsize - 16) {
      err_no_memory();
      return nullptr;
    }
    size = size_t(type->tp_basicsize + n);
    size = (size + sizeof(void*) - 1) & ~(sizeof(void*) - 1);
  }
  Object* o = alloc_object(type, size);
  if (!o) return nullptr;
  BytesObject* b = B(o);
  b->ob_size = n;
  b->hash = -1;
  b->data[n] = 0;
  return b;
}

BytesObject* bytes_alloc(ssize n) { return bytes_alloc_type(&BytesType, n); }

Object* bytes_from(const char* data, ssize n) {
  if (n == 0 && g_empty_bytes) return newref(g_empty_bytes);
  BytesObject* b = bytes_alloc(n);
  if (!b) return nullptr;
  if (n) memcpy(b->data, data, size_t(n));
  return b;
}

const char* bytes_data(Object* b) { return B(b)->data; }

std::string bytes_repr_text(const char* p, ssize n, bool always_escape_single) {
  bool sq = n && memchr(p, '\'', size_t(n)) != nullptr;
  bool dq = n && memchr(p, '"', size_t(n)) != nullptr;
  char quote = (sq && !dq) ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(size_t(n) + 3);
  out += 'b';
  out += quote;
  for (ssize i = 0; i < n; i++) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (c == uint8_t(quote) || c == '\\' || (always_escape_single && c == '\'')) { out += '\\'; out += char(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 32 || c >= 127) { out += "\\x"; out += hex[c >> 4]; out += hex[c & 15]; }
    else out += char(c);
  }
  out += quote;
  return out;
}

Object* bytes_repr(Object* o) { return str_from_valid(bytes_repr_text(B(o)->data, size_of(o), false)); }

// ---- subclasses --------------------------------------------------------------------
// A class derived from bytes keeps bytes' layout (ob_size bytes inline) and,
// unless it says __slots__ = (), its instance __dict__ in the last word of the
// allocation (type_new gives such var-sized subclasses a negative
// tp_dictoffset; object_dict_ptr finds the word from ob_size).  So an
// instance of n bytes takes basicsize + n bytes rounded up to a word.
namespace {

// An instance of type (bytes or a subclass) holding the bytes of exact.
Object* bytes_as_type(TypeObject* type, Object* exact) {
  if (!exact || type == &BytesType) return exact;
  BytesObject* r = bytes_alloc_type(type, size_of(exact));
  if (r) {
    memcpy(r->data, B(exact)->data, size_t(size_of(exact)));
    if (has_flag(type, TPFLAG_HAVE_GC)) gc_track(r);
  }
  decref(exact);
  return r;
}

// ---- methods of bytes only ---------------------------------------------------------
Object* b_getnewargs(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("bytes.__getnewargs__", kw)) return nullptr;
  if (nargs) return err_format_null(Exc_TypeError, "bytes.__getnewargs__() takes no arguments (%zd given)", nargs);
  Object* c = bytes_from(B(self)->data, size_of(self));
  if (!c) return nullptr;
  Object* t = tuple_pack(1, c);
  decref(c);
  return t;
}

Object* b_bytes(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!cont::check_no_kw("bytes.__bytes__", kw)) return nullptr;
  if (nargs) return err_format_null(Exc_TypeError, "bytes.__bytes__() takes no arguments (%zd given)", nargs);
  if (type_of(self) == &BytesType) return newref(self);
  return bytes_from(B(self)->data, size_of(self));
}

MethodDef bytes_own_methods[] = {
    {"__getnewargs__", b_getnewargs, METH_DEFAULT, nullptr},
    {"__bytes__", b_bytes, METH_DEFAULT, "Convert this value to exact type bytes."},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef bytes_methods[64];

// ---- slots -----------------------------------------------------------------------
void bytes_dealloc(Object* o) { free_object(o); }

hash_t bytes_hash(Object* o) {
  BytesObject* b = B(o);
  if (b->hash == -1) b->hash = hash_bytes(b->data, b->ob_size);
  return b->hash;
}

// bytes compare only with bytes (bytearray and memoryview compare with
// bytes from their own side, through the reflected operation).
Object* bytes_richcompare(Object* a, Object* b, int op) {
  if (!is_bytes(a) || !is_bytes(b)) return notimpl_ref();
  return compare_bytes(B(a)->data, size_of(a), B(b)->data, size_of(b), op);
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
    for (ssize k = 0; k < n; k++) r->data[k] = B(self)->data[start + k * step];
    return r;
  }
  return err_format_null(Exc_TypeError, "byte indices must be integers or slices, not %.200s", type_name(key));
}

int bytes_contains(Object* self, Object* v) { return bytes_like_contains(B(self)->data, size_of(self), v); }

// a + b for bytes a and any bytes-like b.  Like CPython's sq_concat this
// runs after the other operand's own methods had their chance.
Object* bytes_add(Object* a, Object* b) {
  if (!is_bytes(a)) return notimpl_ref();
  if (!object_has_buffer(b)) {
    binaryfunc other = type_of(b)->nb_add;
    if (other && other != bytes_add && has_flag(type_of(b), TPFLAG_HEAPTYPE)) {
      Object* r = other(a, b);
      if (r != NotImplemented) return r;
      decref(r);
    }
    return err_format_null(Exc_TypeError, "can't concat %.100s to %.100s", type_name(b), type_name(a));
  }
  BytesLike rhs;  // bytes need no export
  if (!is_bytes(b) && !rhs.get(b)) return nullptr;
  const char* bd = is_bytes(b) ? B(b)->data : rhs.data();
  ssize na = size_of(a), nb = is_bytes(b) ? size_of(b) : rhs.size();
  if (nb == 0 && type_of(a) == &BytesType) return newref(a);
  if (na == 0 && type_of(b) == &BytesType) return newref(b);
  if (na > PTRDIFF_MAX - nb) return err_no_memory();
  BytesObject* r = bytes_alloc(na + nb);
  if (!r) return nullptr;
  memcpy(r->data, B(a)->data, size_t(na));
  memcpy(r->data + na, bd, size_t(nb));
  return r;
}

bool is_bytes_obj(const Object* o) { return is_bytes(o); }

Object* bytes_repeat(Object* s, ssize count) {
  ssize len = size_of(s);
  if (count <= 0 || len == 0) return bytes_from("", 0);
  if (count == 1 && type_of(s) == &BytesType) return newref(s);
  if (len > PTRDIFF_MAX / count) return err_no_memory();
  BytesObject* r = bytes_alloc(len * count);
  if (!r) return nullptr;
  for (ssize i = 0; i < count; i++) memcpy(r->data + i * len, B(s)->data, size_t(len));
  return r;
}

Object* bytes_mul(Object* a, Object* b) { return cont::seq_multiply(a, b, is_bytes_obj, bytes_repeat, bytes_mul); }

Object* bytes_mod(Object* a, Object* b) {
  if (!is_bytes(a)) return notimpl_ref();
  return bytes_percent_format(B(a)->data, size_of(a), b, false);
}

int bytes_getbuffer(Object* self, Buffer* view, int flags) {
  return buffer_fill_info(view, self, B(self)->data, size_of(self), true, flags);
}

// The exact bytes for bytes(src), following CPython's order: __bytes__,
// str (an error without encoding), an int (a count of zero bytes), a buffer,
// an iterable of ints.
Object* bytes_from_source(Object* src) {
  if (!is_type(src)) {
    if (Object* meth = type_lookup(type_of(src), names::__bytes__)) {
      incref(meth);
      Object* r = call_found_special(meth, src, nullptr, 0);
      decref(meth);
      if (r && !is_bytes(r)) {
        err_format(Exc_TypeError, "__bytes__ returned non-bytes (type %.200s)", type_name(r));
        decref(r);
        return nullptr;
      }
      return r;
    }
  }
  if (is_str(src)) return err_format_null(Exc_TypeError, "string argument without an encoding");
  if (type_of(src)->nb_index) {
    ssize n = number_as_ssize(src, Exc_OverflowError);
    if (n == -1 && err_occurred()) {
      if (!err_matches(Exc_TypeError)) return nullptr;
      err_clear();
    } else {
      if (n < 0) return err_format_null(Exc_ValueError, "negative count");
      BytesObject* r = bytes_alloc(n);
      if (r) memset(r->data, 0, size_t(n));
      return r;
    }
  }
  if (type_of(src) == &BytesType) return newref(src);
  if (object_has_buffer(src)) {
    Buffer v;
    if (object_get_buffer(src, &v, BUF_FULL_RO) < 0) return nullptr;
    BytesObject* r = bytes_alloc(v.len);
    if (r) buffer_to_contiguous(r->data, &v, 'C');
    buffer_release(&v);
    return r;
  }
  if (!type_of(src)->tp_iter && !type_lookup(type_of(src), names::__getitem__))
    return err_format_null(Exc_TypeError, "cannot convert '%.200s' object to bytes", type_name(src));
  std::string out;
  if (collect_bytes_from_iterable(src, out, "bytes must be in range(0, 256)") < 0) return nullptr;
  return bytes_from(out.data(), ssize(out.size()));
}

Object* bytes_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"source", "encoding", "errors"};
  Object* a[3];
  if (!str_parse_args("bytes", args, nargs, kwnames, kw, 3, 0, a)) return nullptr;
  for (int i = 1; i < 3; i++)
    if (a[i] && !is_str(a[i]))
      return err_format_null(Exc_TypeError, "bytes() argument '%s' must be str, not %.200s", kw[i], arg_type_name(a[i]));
  Object* src = a[0];
  if (!src) {
    if (a[1] || a[2])
      return err_format_null(Exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
    return bytes_as_type(type, bytes_from("", 0));
  }
  if (a[1] || a[2]) {
    if (!is_str(src))
      return err_format_null(Exc_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
    if (!a[1]) return err_format_null(Exc_TypeError, "string argument without an encoding");
    const char *enc, *err;
    if (!codec_arg_strings(a[1], a[2], &enc, &err)) return nullptr;
    return bytes_as_type(type, str_encode(src, enc, err));
  }
  Object* r = bytes_from_source(src);
  // bytes(x) returns what __bytes__ gave, even a subclass instance; a subclass gets its own type.
  if (r && type != &BytesType && type_of(r) != &BytesType) {
    Object* exact = bytes_from(B(r)->data, size_of(r));
    decref(r);
    r = exact;
  }
  return bytes_as_type(type, r);
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

// Pickling, as CPython: iter(bytes) moved to the index; iter(()) once exhausted.
MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, METH_DEFAULT, "Private method returning an estimate of len(list(it))."},
    {"__reduce__", cont::indexed_iter_reduce<BytesIterObject, empty_tuple>, METH_DEFAULT, "Return state information for pickling."},
    {"__setstate__", cont::indexed_iter_setstate<BytesIterObject, size_of>, METH_DEFAULT, "Set state information for unpickling."},
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
  BytesType.tp_flags = TPFLAG_IMMUTABLE | TPFLAG_BYTES_SUBCLASS | TPFLAG_BASETYPE;
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
  BytesType.nb_remainder = bytes_mod;
  BytesType.mp_length = bytes_length;
  BytesType.mp_subscript = bytes_subscript;
  BytesType.sq_contains = bytes_contains;
  BytesType.bf_getbuffer = bytes_getbuffer;
  merge_method_tables(bytes_methods, 64, bytes_own_methods, bytes_common_methods);
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

  // The rest of the bytes family.
  init_bytearray_type();
  init_memoryview_type();
}

}  // namespace rt

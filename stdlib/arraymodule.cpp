// array: compact arrays of C numbers (and 'u' wide characters), CPython 3.11's
// C module under the same name, used directly by scripts and by CPython's
// library (pickle's tests, multiprocessing, ...).
//
// How it works
//   * An array is a variable-size object whose ob_size is its number of items;
//     the items live in a separate malloc'ed block (`data`, room for
//     `allocated` items) described by a TypeCode: the C type's size, how to
//     read an item into a Python object (get) and how to check and store one
//     (set, which only validates when its destination is null).  Storing
//     validates first, so a bad value never leaves a half-grown array.
//   * The block grows as CPython's does (newsize + newsize/16 + 3 or 7), so
//     __sizeof__ and buffer_info() follow the same steps.
//   * The buffer protocol exports the block itself, with the typecode's
//     struct format ('w' for 'u', as CPython), shape pointing at ob_size and
//     strides at the view's itemsize.  Invariant: while `exports` > 0 the
//     number of items never changes (every resize goes through array_resize,
//     which refuses with BufferError), so the exported memory and the shape
//     stay valid; item values may change, as in CPython.
//   * Results of slicing, +, * and copy are exact arrays (not the subclass),
//     as in CPython.
//   * Pickling: __reduce_ex__ gives (type, (typecode, list), dict) below
//     protocol 3, else array._array_reconstructor(type, typecode,
//     machine-format code, bytes), which also rebuilds arrays pickled on a
//     machine of another byte order or word size (the codes are CPython's).
// No references are held by an array (the weak-reference list head holds
// none), so it is not a GC type; subclasses with a __dict__ are.
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/numbers/bigint.h"
#include "runtime/bytes/buffer.h"
#include "runtime/numbers/int.h"
#include "runtime/containers/list.h"
#include "runtime/text/str.h"
#include "modules.h"
#include "native.h"

namespace stdlib {
using namespace rt;

namespace {

TypeObject ArrayType;
TypeObject ArrayIterType;

struct TypeCode;

struct ArrayObject : VarObject {  // ob_size: the number of items
  char* data;                     // malloc'ed, null when allocated == 0
  ssize allocated;                // items of room at data
  const TypeCode* tc;
  ssize exports;                  // buffers exported: the size must not change
  Object* weakreflist;
};

struct TypeCode {
  char code;
  int itemsize;
  const char* format;  // struct format of the buffer protocol
  bool is_int, is_signed;
  Object* (*get)(const char* p);
  int (*set)(Object* v, char* dst);  // dst null: only check v
};

inline ArrayObject* A(Object* o) { return static_cast<ArrayObject*>(o); }
inline bool is_array(const Object* o) { return is_instance_of(const_cast<Object*>(o), &ArrayType); }

// ---- item conversions ----------------------------------------------------------------------------
// The int value of v for an integer typecode (v's __index__ for other types).
// *out is the value when it fits an int64; *big is set when it does not.
bool int_value(Object* v, int64_t* out, bool* big, int* sign) {
  Object* i = number_index(v);
  if (!i) return false;
  *sign = int_sign(i);
  *big = !int_fits_i64(i);
  *out = *big ? 0 : int_as_i64(i);
  decref(i);
  return true;
}

template <class T>
int store(T value, char* dst) {
  if (dst) memcpy(dst, &value, sizeof(T));
  return 0;
}

int overflow(const char* msg) {
  err_set_string(Exc_OverflowError, msg);
  return -1;
}

constexpr const char* kLongTooLarge = "Python int too large to convert to C long";

// The signed C types, checked through the getargs converter CPython uses for
// each ('h' for 'b' and 'h', 'i' for 'i' and 'H', 'l' for 'l', 'L' for 'q').
int convert_signed(Object* v, int64_t* x, const char* too_big) {
  bool big;
  int sign;
  if (!int_value(v, x, &big, &sign)) return -1;
  if (big) return overflow(too_big);
  return 0;
}
int check_short(int64_t x) {
  if (x < SHRT_MIN) return overflow("signed short integer is less than minimum");
  if (x > SHRT_MAX) return overflow("signed short integer is greater than maximum");
  return 0;
}
int check_int(int64_t x) {
  if (x < INT_MIN) return overflow("signed integer is less than minimum");
  if (x > INT_MAX) return overflow("signed integer is greater than maximum");
  return 0;
}

int set_b(Object* v, char* dst) {
  int64_t x;
  if (convert_signed(v, &x, kLongTooLarge) < 0 || check_short(x) < 0) return -1;
  if (x < -128) return overflow("signed char is less than minimum");
  if (x > 127) return overflow("signed char is greater than maximum");
  return store(int8_t(x), dst);
}
int set_B(Object* v, char* dst) {
  int64_t x;
  if (convert_signed(v, &x, kLongTooLarge) < 0) return -1;
  if (x < 0) return overflow("unsigned byte integer is less than minimum");
  if (x > 255) return overflow("unsigned byte integer is greater than maximum");
  return store(uint8_t(x), dst);
}
int set_h(Object* v, char* dst) {
  int64_t x;
  if (convert_signed(v, &x, kLongTooLarge) < 0 || check_short(x) < 0) return -1;
  return store(int16_t(x), dst);
}
int set_H(Object* v, char* dst) {
  int64_t x;
  if (convert_signed(v, &x, kLongTooLarge) < 0 || check_int(x) < 0) return -1;
  if (x < 0) return overflow("unsigned short is less than minimum");
  if (x > 65535) return overflow("unsigned short is greater than maximum");
  return store(uint16_t(x), dst);
}
int set_i(Object* v, char* dst) {
  int64_t x;
  if (convert_signed(v, &x, kLongTooLarge) < 0 || check_int(x) < 0) return -1;
  return store(int32_t(x), dst);
}
int set_l(Object* v, char* dst) {
  int64_t x;
  if (convert_signed(v, &x, kLongTooLarge) < 0) return -1;
  return store(long(x), dst);
}
int set_q(Object* v, char* dst) {
  int64_t x;
  if (convert_signed(v, &x, "int too big to convert") < 0) return -1;
  return store((long long)x, dst);
}
// An unsigned 64-bit value (PyLong_AsUnsignedLong / AsUnsignedLongLong).
int convert_unsigned(Object* v, uint64_t* x, const char* negative, const char* too_big) {
  Object* i = number_index(v);
  if (!i) return -1;
  int r = 0;
  if (int_sign(i) < 0) {
    r = overflow(negative);
  } else if (int_fits_i64(i)) {
    *x = uint64_t(int_as_i64(i));
  } else {
    BigInt tmp;
    uint8_t bytes[8];
    if (bigint_to_bytes(int_as_bigint(i, tmp), bytes, 8, true, false)) memcpy(x, bytes, 8);
    else r = overflow(too_big);
  }
  decref(i);
  return r;
}
int set_I(Object* v, char* dst) {
  uint64_t x;
  if (convert_unsigned(v, &x, "can't convert negative value to unsigned int",
                       "Python int too large to convert to C unsigned long") < 0)
    return -1;
  if (x > UINT_MAX) return overflow("unsigned int is greater than maximum");
  return store(uint32_t(x), dst);
}
int set_L(Object* v, char* dst) {
  uint64_t x;
  if (convert_unsigned(v, &x, "can't convert negative value to unsigned int",
                       "Python int too large to convert to C unsigned long") < 0)
    return -1;
  return store((unsigned long)x, dst);
}
int set_Q(Object* v, char* dst) {
  uint64_t x;
  if (convert_unsigned(v, &x, "can't convert negative int to unsigned", "int too big to convert") < 0) return -1;
  return store((unsigned long long)x, dst);
}
int set_f(Object* v, char* dst) {
  bool ok;
  double d = number_as_double(v, &ok);
  if (!ok) return -1;
  return store(float(d), dst);
}
int set_d(Object* v, char* dst) {
  bool ok;
  double d = number_as_double(v, &ok);
  if (!ok) return -1;
  return store(d, dst);
}
int set_u(Object* v, char* dst) {
  if (!is_str(v) || str_len(v) != 1) {
    err_set_string(Exc_TypeError, "array item must be unicode character");
    return -1;
  }
  return store(uint32_t(str_char_at(v, 0)), dst);
}

template <class T>
T load(const char* p) {
  T v;
  memcpy(&v, p, sizeof(T));
  return v;
}
template <class T>
Object* get_signed(const char* p) { return int_from_i64(int64_t(load<T>(p))); }
template <class T>
Object* get_unsigned(const char* p) { return int_from_u64(uint64_t(load<T>(p))); }
Object* get_f(const char* p) { return float_from_double(double(load<float>(p))); }
Object* get_d(const char* p) { return float_from_double(load<double>(p)); }
Object* get_u(const char* p) {
  uint32_t c = load<uint32_t>(p);
  if (c > 0x10FFFF) return err_format_null(Exc_ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(c);
}

static_assert(sizeof(long) == 8 && sizeof(wchar_t) == 4, "array assumes LP64 and a 4-byte wchar_t");

const TypeCode typecodes[] = {
    {'b', 1, "b", true, true, get_signed<int8_t>, set_b},
    {'B', 1, "B", true, false, get_unsigned<uint8_t>, set_B},
    {'u', 4, "w", false, false, get_u, set_u},
    {'h', 2, "h", true, true, get_signed<int16_t>, set_h},
    {'H', 2, "H", true, false, get_unsigned<uint16_t>, set_H},
    {'i', 4, "i", true, true, get_signed<int32_t>, set_i},
    {'I', 4, "I", true, false, get_unsigned<uint32_t>, set_I},
    {'l', 8, "l", true, true, get_signed<long>, set_l},
    {'L', 8, "L", true, false, get_unsigned<unsigned long>, set_L},
    {'q', 8, "q", true, true, get_signed<long long>, set_q},
    {'Q', 8, "Q", true, false, get_unsigned<unsigned long long>, set_Q},
    {'f', 4, "f", false, true, get_f, set_f},
    {'d', 8, "d", false, true, get_d, set_d},
};

const TypeCode* find_typecode(uint32_t c) {
  for (const TypeCode& t : typecodes)
    if (uint32_t(t.code) == c) return &t;
  return nullptr;
}

// ---- storage ---------------------------------------------------------------------------------------
inline ssize isz(Object* a) { return A(a)->tc->itemsize; }
inline char* item_ptr(Object* a, ssize i) { return A(a)->data + i * isz(a); }
inline ssize len_of(Object* a) { return size_of(a); }

int refuse_resize() {
  err_set_string(Exc_BufferError, "cannot resize an array that is exporting buffers");
  return -1;
}

// Change the number of items (new ones uninitialised).  BufferError while exported.
int array_resize(Object* self, ssize newsize) {
  ArrayObject* a = A(self);
  if (a->exports > 0 && newsize != a->ob_size) return refuse_resize();
  // Shrinking by a little keeps the block (CPython's rule).
  if (a->allocated >= newsize && a->ob_size < newsize + 16 && a->data) {
    a->ob_size = newsize;
    return 0;
  }
  if (newsize == 0) {
    std::free(a->data);
    a->data = nullptr;
    a->allocated = 0;
    a->ob_size = 0;
    return 0;
  }
  ssize room = (newsize >> 4) + (a->ob_size < 8 ? 3 : 7) + newsize;
  if (room > PTRDIFF_MAX / a->tc->itemsize) {
    err_no_memory();
    return -1;
  }
  char* p = static_cast<char*>(std::realloc(a->data, size_t(room * a->tc->itemsize)));
  if (!p) {
    err_no_memory();
    return -1;
  }
  a->data = p;
  a->allocated = room;
  a->ob_size = newsize;
  return 0;
}

// A new empty array of the given type, with room for exactly n items (ob_size n, uninitialised).
Object* array_alloc(TypeObject* type, const TypeCode* tc, ssize n) {
  if (n < 0) {
    err_bad_internal_call("array_alloc");
    return nullptr;
  }
  if (n > PTRDIFF_MAX / tc->itemsize) return err_no_memory();
  auto* a = static_cast<ArrayObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!a) return nullptr;
  a->ob_size = 0;
  a->data = nullptr;
  a->allocated = 0;
  a->tc = tc;
  a->exports = 0;
  a->weakreflist = nullptr;
  if (n) {
    a->data = static_cast<char*>(std::malloc(size_t(n * tc->itemsize)));
    if (!a->data) {
      decref(a);
      return err_no_memory();
    }
    a->allocated = n;
    a->ob_size = n;
  }
  if (has_flag(type, TPFLAG_HAVE_GC)) gc_track(a);
  return a;
}

// An exact array of typecode tc holding a copy of n items at p.
Object* array_from_items(const TypeCode* tc, const char* p, ssize n) {
  Object* r = array_alloc(&ArrayType, tc, n);
  if (r && n) memcpy(A(r)->data, p, size_t(n * tc->itemsize));
  return r;
}

Object* get_item(Object* a, ssize i) { return A(a)->tc->get(item_ptr(a, i)); }

// Insert v at where (clamped as list.insert does).
int insert_item(Object* self, ssize where, Object* v) {
  ssize n = len_of(self);
  if (A(self)->tc->set(v, nullptr) < 0) return -1;
  if (array_resize(self, n + 1) < 0) return -1;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  ssize sz = isz(self);
  if (where != n) memmove(item_ptr(self, where + 1), item_ptr(self, where), size_t((n - where) * sz));
  return A(self)->tc->set(v, item_ptr(self, where));
}

// Delete items [lo, hi).
int delete_range(Object* self, ssize lo, ssize hi) {
  ssize n = len_of(self);
  if (lo >= hi) return 0;
  if (A(self)->exports > 0) return refuse_resize();
  memmove(item_ptr(self, lo), item_ptr(self, hi), size_t((n - hi) * isz(self)));
  return array_resize(self, n - (hi - lo));
}

// Append n raw items at p (p may point into self's own block).
int append_raw(Object* self, const char* p, ssize nbytes) {
  ssize sz = isz(self);
  if (nbytes % sz) {
    err_set_string(Exc_ValueError, "bytes length not a multiple of item size");
    return -1;
  }
  ssize n = len_of(self), add = nbytes / sz;
  if (add == 0) return 0;
  if (n > PTRDIFF_MAX - add) {
    err_no_memory();
    return -1;
  }
  // p may point into self: copy it out first when the block can move.
  std::string tmp;
  if (p >= A(self)->data && p < A(self)->data + A(self)->allocated * sz) {
    tmp.assign(p, size_t(nbytes));
    p = tmp.data();
  }
  if (array_resize(self, n + add) < 0) return -1;
  memcpy(item_ptr(self, n), p, size_t(nbytes));
  return 0;
}

int extend_iterable_one(Object* item, void* ctx) {
  Object* self = static_cast<Object*>(ctx);
  return insert_item(self, len_of(self), item);
}

// extend(bb) / +=: an array of the same kind, or any iterable (not for +=).
int do_extend(Object* self, Object* bb) {
  if (!is_array(bb)) return iterate(bb, extend_iterable_one, self);
  if (A(bb)->tc != A(self)->tc) {
    err_set_string(Exc_TypeError, "can only extend with array of same kind");
    return -1;
  }
  return append_raw(self, A(bb)->data, len_of(bb) * isz(bb));
}

// The items of a str appended to a 'u' array.
int append_unicode(Object* self, Object* s) {
  ssize n = str_len(s), old = len_of(self);
  if (n == 0) return 0;
  if (array_resize(self, old + n) < 0) return -1;
  const char* p = str_utf8(s);
  uint32_t* out = reinterpret_cast<uint32_t*>(item_ptr(self, old));
  for (ssize i = 0; i < n; i++) {
    uint32_t c = utf8_next(p);
    memcpy(out + i, &c, 4);
  }
  return 0;
}

// The str of a 'u' array's items.
Object* items_to_unicode(Object* self) {
  std::string out;
  ssize n = len_of(self);
  out.reserve(size_t(n));
  for (ssize i = 0; i < n; i++) {
    uint32_t c = load<uint32_t>(item_ptr(self, i));
    if (c > 0x10FFFF)
      return err_format_null(Exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", unsigned(c));
    utf8_append(out, c);
  }
  return str_from_valid(out);
}

Object* items_to_list(Object* self) {
  ssize n = len_of(self);
  Object* l = list_new(n);
  if (!l) return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* v = get_item(self, i);
    if (!v) {
      decref(l);
      return nullptr;
    }
    list_set_steal(l, i, v);
  }
  return l;
}

// ---- construction ---------------------------------------------------------------------------------------
Object* array_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) &&
      (type == &ArrayType || type->tp_init == ArrayType.tp_init)) {
    return err_format_null(Exc_TypeError, "array.array() takes no keyword arguments");
  }
  if (nargs < 1) return err_format_null(Exc_TypeError, "array() takes at least 1 argument (0 given)");
  if (nargs > 2) return err_format_null(Exc_TypeError, "array() takes at most 2 arguments (%zd given)", nargs);
  Object* c = args[0];
  if (!is_str(c) || str_len(c) != 1) {
    return err_format_null(Exc_TypeError, "array() argument 1 must be a unicode character, not %.50s",
                           arg_type_name(c));
  }
  uint32_t code = str_char_at(c, 0);
  Object* init = nargs > 1 ? args[1] : nullptr;
  if (init && code != 'u') {
    if (is_str(init))
      return err_format_null(Exc_TypeError, "cannot use a str to initialize an array with typecode '%c'", char(code));
    if (is_array(init) && A(init)->tc->code == 'u')
      return err_format_null(Exc_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'",
                             char(code));
  }
  const TypeCode* tc = find_typecode(code);
  if (!tc)
    return err_format_null(Exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  Object* it = nullptr;
  if (init && !(is_list(init) || is_bytes(init) || is_bytearray(init) || is_str(init) || is_array(init))) {
    it = object_get_iter(init);
    if (!it) return nullptr;
    init = nullptr;
  }
  ssize n = init && (is_list(init) || is_array(init)) ? size_of(init) : 0;
  Object* self = array_alloc(type, tc, n);
  if (!self) {
    xdecref(it);
    return nullptr;
  }
  int r = 0;
  if (init && is_list(init)) {
    for (ssize i = 0; i < n && r == 0; i++) {
      Object* v = list_get(init, i);
      incref(v);
      r = tc->set(v, item_ptr(self, i));
      decref(v);
    }
  } else if (init && (is_bytes(init) || is_bytearray(init))) {
    r = append_raw(self, bytes_like_data(init), size_of(init));
  } else if (init && is_str(init)) {
    r = append_unicode(self, init);
  } else if (init && is_array(init)) {
    if (A(init)->tc == tc) {
      if (n) memcpy(A(self)->data, A(init)->data, size_t(n * tc->itemsize));
    } else {
      for (ssize i = 0; i < n && r == 0; i++) {
        Object* v = get_item(init, i);
        if (!v) r = -1;
        else {
          r = tc->set(v, item_ptr(self, i));
          decref(v);
        }
      }
    }
  }
  if (r == 0 && it) r = do_extend(self, it);
  xdecref(it);
  if (r < 0) {
    decref(self);
    return nullptr;
  }
  return self;
}

void array_dealloc(Object* o) {
  clear_weakrefs(o);
  std::free(A(o)->data);
  A(o)->data = nullptr;
  free_object(o);
}

// ---- sequence protocol -------------------------------------------------------------------------------
ssize array_length(Object* self) { return len_of(self); }

Object* array_subscript(Object* self, Object* key) {
  if (cont::has_index(key)) {
    ssize i;
    if (!cont::index_value(key, &i)) return nullptr;
    if (i < 0) i += len_of(self);
    if (i < 0 || i >= len_of(self)) return err_format_null(Exc_IndexError, "array index out of range");
    return get_item(self, i);
  }
  if (is_instance_of(key, &SliceType)) {
    ssize start, stop, step;
    ssize n = slice_indices(key, len_of(self), &start, &stop, &step);
    if (n < 0) return nullptr;
    if (step == 1) return array_from_items(A(self)->tc, item_ptr(self, start), n);
    Object* r = array_alloc(&ArrayType, A(self)->tc, n);
    if (!r) return nullptr;
    ssize sz = isz(self);
    for (ssize k = 0; k < n; k++) memcpy(item_ptr(r, k), item_ptr(self, start + k * step), size_t(sz));
    return r;
  }
  return err_format_null(Exc_TypeError, "array indices must be integers");
}

int array_ass_subscript(Object* self, Object* key, Object* value) {
  ssize start, stop, step, slicelen;
  ssize n = len_of(self);
  if (cont::has_index(key)) {
    ssize i;
    if (!cont::index_value(key, &i)) return -1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      err_set_string(Exc_IndexError, "array assignment index out of range");
      return -1;
    }
    if (value) return A(self)->tc->set(value, item_ptr(self, i));
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (is_instance_of(key, &SliceType)) {
    slicelen = slice_indices(key, n, &start, &stop, &step);
    if (slicelen < 0) return -1;
  } else {
    err_set_string(Exc_TypeError, "array indices must be integers");
    return -1;
  }
  Object* other = nullptr;  // owned
  ssize needed = 0;
  if (value) {
    if (!is_array(value)) {
      err_format(Exc_TypeError, "can only assign array (not \"%.200s\") to array slice", type_name(value));
      return -1;
    }
    if (A(value)->tc != A(self)->tc) {
      err_set_string(Exc_TypeError, "bad argument type for built-in operation");
      return -1;
    }
    needed = len_of(value);
    // a[i:j] = a: assign from a copy.
    other = value == self ? array_from_items(A(self)->tc, A(self)->data, needed) : newref(value);
    if (!other) return -1;
  }
  ssize sz = isz(self);
  int r = 0;
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if ((needed == 0 || slicelen != needed) && A(self)->exports > 0) {
    r = refuse_resize();
  } else if (step == 1) {
    if (slicelen > needed) {
      memmove(item_ptr(self, start + needed), item_ptr(self, stop), size_t((n - stop) * sz));
      r = array_resize(self, n - slicelen + needed);
    } else if (slicelen < needed) {
      r = array_resize(self, n + needed - slicelen);
      if (r == 0)
        memmove(item_ptr(self, start + needed), item_ptr(self, stop), size_t((n - stop) * sz));
    }
    if (r == 0 && needed > 0) memcpy(item_ptr(self, start), A(other)->data, size_t(needed * sz));
  } else if (needed == 0) {
    // Delete an extended slice: walk it upwards, keeping the items outside it.
    // Indexes are computed from offsets, never stepped past the end (a step
    // may be as large as PTRDIFF_MAX).
    if (step < 0) {
      start = start + step * (slicelen - 1);
      step = -step;
    }
    ssize w = start;
    for (ssize j = start; j < n; j++) {
      ssize off = j - start;
      if (off % step == 0 && off / step < slicelen) continue;
      if (w != j) memcpy(item_ptr(self, w), item_ptr(self, j), size_t(sz));
      w++;
    }
    r = array_resize(self, n - slicelen);
  } else {
    if (needed != slicelen) {
      err_format(Exc_ValueError, "attempt to assign array of size %zd to extended slice of size %zd", needed,
                 slicelen);
      r = -1;
    } else {
      for (ssize i = 0; i < slicelen; i++) memcpy(item_ptr(self, start + i * step), item_ptr(other, i), size_t(sz));
    }
  }
  xdecref(other);
  return r;
}

// Compare item i of self with v for equality.
int item_equals(Object* self, ssize i, Object* v) {
  Object* x = get_item(self, i);
  if (!x) return -1;
  int k = object_richcompare_bool(x, v, CMP_EQ);
  decref(x);
  return k;
}

int array_contains(Object* self, Object* v) {
  for (ssize i = 0; i < len_of(self); i++) {
    int k = item_equals(self, i, v);
    if (k) return k;
  }
  return 0;
}

Object* array_richcompare(Object* v, Object* w, int op) {
  if (!is_array(v) || !is_array(w)) return notimpl_ref();
  if (len_of(v) != len_of(w) && (op == CMP_EQ || op == CMP_NE)) return bool_ref(op == CMP_NE);
  Object* vi = nullptr;
  Object* wi = nullptr;
  int k = 1;
  for (ssize i = 0; i < len_of(v) && i < len_of(w); i++) {
    vi = get_item(v, i);
    if (!vi) return nullptr;
    wi = get_item(w, i);
    if (!wi) {
      decref(vi);
      return nullptr;
    }
    k = object_richcompare_bool(vi, wi, CMP_EQ);
    if (k == 0) break;
    decref(vi);
    decref(wi);
    vi = wi = nullptr;
    if (k < 0) return nullptr;
  }
  if (k) {
    ssize vs = len_of(v), ws = len_of(w);
    bool r = false;
    switch (op) {
      case CMP_LT: r = vs < ws; break;
      case CMP_LE: r = vs <= ws; break;
      case CMP_EQ: r = vs == ws; break;
      case CMP_NE: r = vs != ws; break;
      case CMP_GT: r = vs > ws; break;
      case CMP_GE: r = vs >= ws; break;
    }
    return bool_ref(r);
  }
  Object* res;
  if (op == CMP_EQ) res = bool_ref(false);
  else if (op == CMP_NE) res = bool_ref(true);
  else res = object_richcompare(vi, wi, op);
  decref(vi);
  decref(wi);
  return res;
}

// ---- numbers: +, *, +=, *= ----------------------------------------------------------------------------
Object* array_concat(Object* a, Object* b) {
  if (!is_array(a)) return notimpl_ref();
  if (!is_array(b)) {
    // A class defined in Python gets its __radd__ first, as CPython tries
    // nb_add before the sequence concatenation.
    binaryfunc other = type_of(b)->nb_add;
    if (other && other != array_concat && has_flag(type_of(b), TPFLAG_HEAPTYPE)) {
      Object* r = other(a, b);
      if (r != NotImplemented) return r;
      decref(r);
    }
    return err_format_null(Exc_TypeError, "can only append array (not \"%.200s\") to array", type_name(b));
  }
  if (A(a)->tc != A(b)->tc) return err_format_null(Exc_TypeError, "bad argument type for built-in operation");
  ssize na = len_of(a), nb = len_of(b);
  if (na > PTRDIFF_MAX - nb) return err_no_memory();
  Object* r = array_alloc(&ArrayType, A(a)->tc, na + nb);
  if (!r) return nullptr;
  if (na) memcpy(A(r)->data, A(a)->data, size_t(na * isz(a)));
  if (nb) memcpy(item_ptr(r, na), A(b)->data, size_t(nb * isz(b)));
  return r;
}

bool is_array_obj(const Object* o) { return is_array(o); }

Object* array_repeat(Object* self, ssize count) {
  ssize n = len_of(self);
  if (count < 0) count = 0;
  if (n && count > PTRDIFF_MAX / n) return err_no_memory();
  Object* r = array_alloc(&ArrayType, A(self)->tc, n * count);
  if (!r) return nullptr;
  ssize nbytes = n * isz(self);
  for (ssize i = 0; i < count; i++) memcpy(A(r)->data + i * nbytes, A(self)->data, size_t(nbytes));
  return r;
}

Object* array_mul(Object* a, Object* b);
Object* array_mul(Object* a, Object* b) { return cont::seq_multiply(a, b, is_array_obj, array_repeat, array_mul); }

Object* array_iconcat(Object* self, Object* b) {
  if (!is_array(self)) return notimpl_ref();
  if (!is_array(b))
    return err_format_null(Exc_TypeError, "can only extend array with array (not \"%.200s\")", type_name(b));
  if (do_extend(self, b) < 0) return nullptr;
  return newref(self);
}

Object* array_imul(Object* self, Object* count) {
  if (!is_array(self)) return notimpl_ref();
  if (!cont::has_index(count))
    return err_format_null(Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(count));
  ssize k = number_as_ssize(count, Exc_OverflowError);
  if (k == -1 && err_occurred()) return nullptr;
  ssize n = len_of(self);
  if (n > 0) {
    if (k < 0) k = 0;
    ssize nbytes = n * isz(self);
    if (k > 0 && nbytes > PTRDIFF_MAX / k) return err_no_memory();
    if (array_resize(self, n * k) < 0) return nullptr;
    for (ssize i = 1; i < k; i++) memcpy(A(self)->data + i * nbytes, A(self)->data, size_t(nbytes));
  }
  return newref(self);
}

// ---- repr --------------------------------------------------------------------------------------------
Object* array_repr(Object* self) {
  std::string out = native::short_name(type_of(self));
  char code = A(self)->tc->code;
  out += "('";
  out += code;
  out += '\'';
  if (len_of(self) == 0) {
    out += ')';
    return str_from(out);
  }
  Object* v = code == 'u' ? items_to_unicode(self) : items_to_list(self);
  if (!v) return nullptr;
  Object* r = object_repr(v);
  decref(v);
  if (!r) return nullptr;
  out += ", ";
  out += str_view(r);
  out += ')';
  decref(r);
  return str_from(out);
}

// ---- buffer protocol --------------------------------------------------------------------------------------
char empty_block[8];

int array_getbuffer(Object* self, Buffer* view, int flags) {
  ArrayObject* a = A(self);
  view->obj = newref(self);
  view->buf = a->data ? a->data : empty_block;
  view->len = a->ob_size * a->tc->itemsize;
  view->readonly = false;
  view->ndim = 1;
  view->itemsize = a->tc->itemsize;
  view->shape = (flags & BUF_ND) == BUF_ND ? &a->ob_size : nullptr;
  view->strides = (flags & BUF_STRIDES) == BUF_STRIDES ? &view->itemsize : nullptr;
  view->format = (flags & BUF_FORMAT) ? a->tc->format : nullptr;
  view->internal = nullptr;
  a->exports++;
  return 0;
}

void array_releasebuffer(Object* self, Buffer*) { A(self)->exports--; }

// ---- methods -----------------------------------------------------------------------------------------------
// Positional-only arguments of an Argument Clinic method ("array.pop() takes
// no keyword arguments", "pop expected at most 1 argument, got 2").
bool pos_only(const char* name, ssize nargs, Object* kwnames, ssize min, ssize max) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "array.%s() takes no keyword arguments", name);
    return false;
  }
  return cont::check_nargs(name, nargs, min, max);
}

Object* m_append(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "append", nargs, kwnames)) return nullptr;
  if (insert_item(self, len_of(self), args[0]) < 0) return nullptr;
  return none_ref();
}

Object* m_extend(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "extend", nargs, kwnames)) return nullptr;
  if (do_extend(self, args[0]) < 0) return nullptr;
  return none_ref();
}

Object* m_insert(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!pos_only("insert", nargs, kwnames, 2, 2)) return nullptr;
  ssize i;
  if (!native::ssize_arg(args[0], &i)) return nullptr;
  if (insert_item(self, i, args[1]) < 0) return nullptr;
  return none_ref();
}

Object* m_pop(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!pos_only("pop", nargs, kwnames, 0, 1)) return nullptr;
  ssize i = -1;
  if (nargs && !native::ssize_arg(args[0], &i)) return nullptr;
  ssize n = len_of(self);
  if (n == 0) return err_format_null(Exc_IndexError, "pop from empty array");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return err_format_null(Exc_IndexError, "pop index out of range");
  Object* v = get_item(self, i);
  if (!v) return nullptr;
  if (delete_range(self, i, i + 1) < 0) {
    decref(v);
    return nullptr;
  }
  return v;
}

// The index of the first item equal to v in [start, stop), -1 when none, -2 on error.
ssize find_item(Object* self, Object* v, ssize start, ssize stop) {
  for (ssize i = start; i < stop && i < len_of(self); i++) {
    int k = item_equals(self, i, v);
    if (k < 0) return -2;
    if (k) return i;
  }
  return -1;
}

Object* m_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "remove", nargs, kwnames)) return nullptr;
  ssize i = find_item(self, args[0], 0, PTRDIFF_MAX);
  if (i == -2) return nullptr;
  if (i < 0) return err_format_null(Exc_ValueError, "array.remove(x): x not in array");
  if (delete_range(self, i, i + 1) < 0) return nullptr;
  return none_ref();
}

Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!pos_only("index", nargs, kwnames, 1, 3)) return nullptr;
  ssize start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !cont::index_arg(args[1], &start)) return nullptr;
  if (nargs > 2 && !cont::index_arg(args[2], &stop)) return nullptr;
  adjust_indices(start, stop, len_of(self));
  ssize i = find_item(self, args[0], start, stop);
  if (i == -2) return nullptr;
  if (i < 0) return err_format_null(Exc_ValueError, "array.index(x): x not in array");
  return int_from_i64(i);
}

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "count", nargs, kwnames)) return nullptr;
  ssize c = 0;
  for (ssize i = 0; i < len_of(self); i++) {
    int k = item_equals(self, i, args[0]);
    if (k < 0) return nullptr;
    c += k;
  }
  return int_from_i64(c);
}

Object* m_reverse(Object* self, Object* const*, ssize, Object*) {
  ssize n = len_of(self), sz = isz(self);
  char tmp[8];
  for (ssize i = 0, j = n - 1; i < j; i++, j--) {
    memcpy(tmp, item_ptr(self, i), size_t(sz));
    memcpy(item_ptr(self, i), item_ptr(self, j), size_t(sz));
    memcpy(item_ptr(self, j), tmp, size_t(sz));
  }
  return none_ref();
}

Object* m_byteswap(Object* self, Object* const*, ssize, Object*) {
  ssize n = len_of(self), sz = isz(self);
  for (ssize i = 0; i < n; i++) std::reverse(item_ptr(self, i), item_ptr(self, i) + sz);
  return none_ref();
}

Object* m_buffer_info(Object* self, Object* const*, ssize, Object*) {
  Object* addr = int_from_u64(uint64_t(reinterpret_cast<uintptr_t>(A(self)->data)));
  if (!addr) return nullptr;
  Object* n = int_from_i64(len_of(self));
  if (!n) {
    decref(addr);
    return nullptr;
  }
  Object* r = tuple_pack(2, addr, n);
  decref(addr);
  decref(n);
  return r;
}

Object* m_tobytes(Object* self, Object* const*, ssize, Object*) {
  return bytes_from(A(self)->data, len_of(self) * isz(self));
}

Object* m_tolist(Object* self, Object* const*, ssize, Object*) { return items_to_list(self); }

Object* m_frombytes(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "frombytes", nargs, kwnames)) return nullptr;
  BytesLike b;
  if (!b.get(args[0])) return nullptr;
  if (b.view()->itemsize != 1) return err_format_null(Exc_TypeError, "a bytes-like object is required");
  if (append_raw(self, b.data(), b.size()) < 0) return nullptr;
  return none_ref();
}

Object* m_fromlist(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "fromlist", nargs, kwnames)) return nullptr;
  Object* list = args[0];
  if (!is_list(list)) return err_format_null(Exc_TypeError, "arg must be list");
  ssize n = size_of(list), old = len_of(self);
  if (n == 0) return none_ref();
  if (array_resize(self, old + n) < 0) return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* v = list_get(list, i);
    incref(v);
    int r = A(self)->tc->set(v, item_ptr(self, len_of(self) - n + i));
    decref(v);
    if (r == 0 && n != size_of(list)) {
      err_set_string(Exc_RuntimeError, "list changed size during iteration");
      r = -1;
    }
    if (r < 0) {
      array_resize(self, old);
      return nullptr;
    }
  }
  return none_ref();
}

Object* m_fromunicode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "fromunicode", nargs, kwnames)) return nullptr;
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "fromunicode() argument must be str, not %.50s", arg_type_name(args[0]));
  if (A(self)->tc->code != 'u')
    return err_format_null(Exc_ValueError, "fromunicode() may only be called on unicode type arrays");
  if (append_unicode(self, args[0]) < 0) return nullptr;
  return none_ref();
}

Object* m_tounicode(Object* self, Object* const*, ssize, Object*) {
  if (A(self)->tc->code != 'u')
    return err_format_null(Exc_ValueError, "tounicode() may only be called on unicode type arrays");
  return items_to_unicode(self);
}

Object* m_fromfile(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!pos_only("fromfile", nargs, kwnames, 2, 2)) return nullptr;
  ssize n;
  if (!native::ssize_arg(args[1], &n)) return nullptr;
  if (n < 0) return err_format_null(Exc_ValueError, "negative count");
  if (n > PTRDIFF_MAX / isz(self)) return err_no_memory();
  ssize nbytes = n * isz(self);
  Object* count = int_from_i64(nbytes);
  if (!count) return nullptr;
  Object* b = call_method1(args[0], names::read, count);
  decref(count);
  if (!b) return nullptr;
  if (!is_bytes(b)) {
    decref(b);
    return err_format_null(Exc_TypeError, "read() didn't return bytes");
  }
  bool short_read = size_of(b) != nbytes;
  int r = append_raw(self, bytes_data(b), size_of(b));
  decref(b);
  if (r < 0) return nullptr;
  if (short_read) return err_format_null(Exc_EOFError, "read() didn't return enough bytes");
  return none_ref();
}

Object* m_tofile(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "tofile", nargs, kwnames)) return nullptr;
  constexpr ssize kBlock = 64 * 1024;
  ssize nbytes = len_of(self) * isz(self);
  // Write in blocks, each copied into a bytes object (a write may change the array).
  for (ssize off = 0; off < nbytes; off += kBlock) {
    ssize total = len_of(self) * isz(self);
    if (off >= total) break;
    Object* b = bytes_from(A(self)->data + off, std::min(kBlock, total - off));
    if (!b) return nullptr;
    Object* r = call_method1(args[0], names::write, b);
    decref(b);
    if (!r) return nullptr;
    decref(r);
  }
  return none_ref();
}

Object* m_copy(Object* self, Object* const*, ssize, Object*) {
  return array_from_items(A(self)->tc, A(self)->data, len_of(self));
}

Object* m_deepcopy(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "__deepcopy__", nargs, kwnames)) return nullptr;
  return m_copy(self, args, 0, nullptr);
}

Object* m_sizeof(Object* self, Object* const*, ssize, Object*) {
  return int_from_i64(type_of(self)->tp_basicsize + A(self)->allocated * isz(self));
}

// CPython's machine format codes (arraymodule.c's enum machine_format_code).
enum MachineFormat {
  UNSIGNED_INT8 = 0, SIGNED_INT8 = 1,
  UNSIGNED_INT16_LE = 2, UNSIGNED_INT16_BE = 3, SIGNED_INT16_LE = 4, SIGNED_INT16_BE = 5,
  UNSIGNED_INT32_LE = 6, UNSIGNED_INT32_BE = 7, SIGNED_INT32_LE = 8, SIGNED_INT32_BE = 9,
  UNSIGNED_INT64_LE = 10, UNSIGNED_INT64_BE = 11, SIGNED_INT64_LE = 12, SIGNED_INT64_BE = 13,
  IEEE_754_FLOAT_LE = 14, IEEE_754_FLOAT_BE = 15, IEEE_754_DOUBLE_LE = 16, IEEE_754_DOUBLE_BE = 17,
  UTF16_LE = 18, UTF16_BE = 19, UTF32_LE = 20, UTF32_BE = 21,
  MACHINE_FORMAT_MAX = 21,
};
struct MachineFormatInfo {
  int size;
  bool is_signed, big_endian;
};
const MachineFormatInfo machine_formats[] = {
    {1, false, false}, {1, true, false}, {2, false, false}, {2, false, true}, {2, true, false}, {2, true, true},
    {4, false, false}, {4, false, true}, {4, true, false}, {4, true, true}, {8, false, false}, {8, false, true},
    {8, true, false},  {8, true, true},  {4, false, false}, {4, false, true}, {8, false, false}, {8, false, true},
    {4, false, false}, {4, false, true}, {8, false, false}, {8, false, true},  // CPython's sizes for UTF-16/32
};
static_assert(std::size(machine_formats) == MACHINE_FORMAT_MAX + 1);

// The code of this machine's layout for a typecode (little-endian x86-64 / aarch64).
int machine_format_of(const TypeCode* tc) {
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "array's machine formats assume little-endian");
  switch (tc->code) {
    case 'u': return UTF32_LE;
    case 'f': return IEEE_754_FLOAT_LE;
    case 'd': return IEEE_754_DOUBLE_LE;
    default: break;
  }
  switch (tc->itemsize) {
    case 1: return tc->is_signed ? SIGNED_INT8 : UNSIGNED_INT8;
    case 2: return tc->is_signed ? SIGNED_INT16_LE : UNSIGNED_INT16_LE;
    case 4: return tc->is_signed ? SIGNED_INT32_LE : UNSIGNED_INT32_LE;
    default: return tc->is_signed ? SIGNED_INT64_LE : UNSIGNED_INT64_LE;
  }
}

Object* module_attr(const char* name) {
  Object* m = import_module("array");
  if (!m) return nullptr;
  Object* f = object_getattr_str(m, name);
  decref(m);
  return f;
}

Object* m_reduce_ex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "__reduce_ex__", nargs, kwnames)) return nullptr;
  if (!is_int(args[0])) return err_format_null(Exc_TypeError, "__reduce_ex__ argument should be an integer");
  int64_t protocol = int_fits_i64(args[0]) ? int_as_i64(args[0]) : (int_sign(args[0]) < 0 ? INT64_MIN : INT64_MAX);
  bool error = false;
  Object* dict = object_lookup_attr(self, names::__dict__, &error);
  if (error) return nullptr;
  if (!dict) dict = none_ref();
  const TypeCode* tc = A(self)->tc;
  char code[2] = {tc->code, 0};
  Object* codestr = str_from_cstr(code);
  Object* result = nullptr;
  if (codestr && protocol < 3) {
    Object* list = items_to_list(self);
    if (list) {
      Object* targs = tuple_pack(2, codestr, list);
      if (targs) result = tuple_pack(3, type_of(self), targs, dict);
      xdecref(targs);
      decref(list);
    }
  } else if (codestr) {
    Object* recon = module_attr("_array_reconstructor");
    Object* bytes = recon ? bytes_from(A(self)->data, len_of(self) * isz(self)) : nullptr;
    Object* mf = bytes ? int_from_i64(machine_format_of(tc)) : nullptr;
    Object* targs = mf ? tuple_pack(4, type_of(self), codestr, mf, bytes) : nullptr;
    if (targs) result = tuple_pack(3, recon, targs, dict);
    xdecref(targs);
    xdecref(mf);
    xdecref(bytes);
    xdecref(recon);
  }
  xdecref(codestr);
  decref(dict);
  return result;
}

// The items of a machine format as Python objects (a list), or a str for the UTF formats.
Object* decode_machine_items(int mf, const TypeCode* tc, const char* p, ssize nbytes, const TypeCode** out_tc) {
  const MachineFormatInfo& info = machine_formats[mf];
  if (nbytes % info.size)
    return err_format_null(Exc_ValueError, "string length not a multiple of item size");
  ssize n = nbytes / info.size;
  if (mf >= UTF16_LE) {
    Object* enc = str_from_cstr(mf <= UTF16_BE ? (info.big_endian ? "utf-16-be" : "utf-16-le")
                                              : (info.big_endian ? "utf-32-be" : "utf-32-le"));
    if (!enc) return nullptr;
    Object* b = bytes_from(p, nbytes);
    Object* s = b ? call_method1(b, names::decode, enc) : nullptr;
    xdecref(b);
    decref(enc);
    *out_tc = find_typecode('u');
    return s;
  }
  Object* list = list_new(n);
  if (!list) return nullptr;
  *out_tc = tc;
  if (!(mf == IEEE_754_FLOAT_LE || mf == IEEE_754_FLOAT_BE || mf == IEEE_754_DOUBLE_LE ||
        mf == IEEE_754_DOUBLE_BE)) {
    // An integer format: the native typecode of the same size and
    // signedness, the last in the table ('q' rather than 'l'), as CPython.
    for (const TypeCode& t : typecodes)
      if (t.is_int && t.itemsize == info.size && t.is_signed == info.is_signed) *out_tc = &t;
  }
  for (ssize i = 0; i < n; i++) {
    uint8_t item[8];
    memcpy(item, p + i * info.size, size_t(info.size));
    if (info.big_endian) std::reverse(item, item + info.size);
    Object* v;
    if (mf == IEEE_754_FLOAT_LE || mf == IEEE_754_FLOAT_BE) v = float_from_double(double(load<float>((char*)item)));
    else if (mf == IEEE_754_DOUBLE_LE || mf == IEEE_754_DOUBLE_BE) v = float_from_double(load<double>((char*)item));
    else v = int_from_bigint(bigint_from_bytes(item, size_t(info.size), true, info.is_signed));
    if (!v) {
      decref(list);
      return nullptr;
    }
    list_set_steal(list, i, v);
  }
  return list;
}

Object* make_array(TypeObject* type, const TypeCode* tc, Object* items) {
  char code[2] = {tc->code, 0};
  Object* c = str_from_cstr(code);
  if (!c) return nullptr;
  Object* argv[2] = {c, items};
  Object* r = array_new(type, argv, 2, nullptr);
  decref(c);
  return r;
}

Object* array_reconstructor(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!pos_only("_array_reconstructor", nargs, kwnames, 4, 4)) return nullptr;
  Object* t = args[0];
  if (!is_type(t))
    return err_format_null(Exc_TypeError, "first argument must be a type object, not %.200s", type_name(t));
  TypeObject* type = static_cast<TypeObject*>(t);
  if (!is_subtype(type, &ArrayType))
    return err_format_null(Exc_TypeError, "%.200s is not a subtype of array.array", type->tp_name);
  if (!is_str(args[1]) || str_len(args[1]) != 1)
    return err_format_null(Exc_TypeError, "_array_reconstructor() argument 2 must be a unicode character, not %.50s",
                           arg_type_name(args[1]));
  const TypeCode* tc = find_typecode(str_char_at(args[1], 0));
  if (!tc) return err_format_null(Exc_ValueError, "second argument must be a valid type code");
  Object* mfobj = number_index(args[2]);
  if (!mfobj) return nullptr;
  int64_t mf = int_fits_i64(mfobj) ? int_as_i64(mfobj) : INT64_MAX;
  decref(mfobj);
  if (mf < INT_MIN || mf > INT_MAX) return err_format_null(Exc_OverflowError, "Python int too large to convert to C int");
  if (mf < 0 || mf > MACHINE_FORMAT_MAX)
    return err_format_null(Exc_ValueError, "third argument must be a valid machine format code.");
  Object* items = args[3];
  if (!is_bytes(items))
    return err_format_null(Exc_TypeError, "fourth argument should be bytes, not %.200s", type_name(items));
  if (machine_format_of(tc) == mf) return make_array(type, tc, items);
  const TypeCode* out_tc = tc;
  Object* converted = decode_machine_items(int(mf), tc, bytes_data(items), size_of(items), &out_tc);
  if (!converted) return nullptr;
  Object* r = make_array(type, out_tc, converted);
  decref(converted);
  return r;
}

// ---- getters ----------------------------------------------------------------------------------------------
Object* get_typecode(Object* self, void*) { return str_from_codepoint(uint32_t(A(self)->tc->code)); }
Object* get_itemsize(Object* self, void*) { return int_from_i64(isz(self)); }

GetSetDef array_getset[] = {
    {"typecode", get_typecode, nullptr, "the typecode character used to create the array", nullptr},
    {"itemsize", get_itemsize, nullptr, "the size, in bytes, of one array item", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

constexpr char kTolist[] = "tolist", kTobytes[] = "tobytes", kTounicode[] = "tounicode", kReverse[] = "reverse",
               kByteswap[] = "byteswap", kBufferInfo[] = "buffer_info", kSizeof[] = "__sizeof__";

MethodDef array_methods[] = {
    {"append", m_append, METH_DEFAULT, "Append new value v to the end of the array."},
    {"buffer_info", native::noargs<m_buffer_info, kBufferInfo>, METH_DEFAULT,
     "Return a tuple (address, length) giving the current memory address and the length in items of the buffer "
     "used to hold array's contents.\n\nThe length should be multiplied by the itemsize attribute to calculate\nthe "
     "buffer length in bytes."},
    {"byteswap", native::noargs<m_byteswap, kByteswap>, METH_DEFAULT,
     "Byteswap all items of the array.\n\nIf the items in the array are not 1, 2, 4, or 8 bytes in size, "
     "RuntimeError is\nraised."},
    {"__copy__", native::noargs<m_copy, native::kCopy>, METH_DEFAULT, "Return a copy of the array."},
    {"count", m_count, METH_DEFAULT, "Return number of occurrences of v in the array."},
    {"__deepcopy__", m_deepcopy, METH_DEFAULT, "Return a copy of the array."},
    {"extend", m_extend, METH_DEFAULT, "Append items to the end of the array."},
    {"frombytes", m_frombytes, METH_DEFAULT,
     "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a "
     "file using the fromfile() method."},
    {"fromfile", m_fromfile, METH_DEFAULT, "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", m_fromlist, METH_DEFAULT, "Append items to array from list."},
    {"fromunicode", m_fromunicode, METH_DEFAULT,
     "Extends this array with data from the unicode string ustr.\n\nThe array must be a unicode type array; "
     "otherwise a ValueError is raised.\nUse array.frombytes(ustr.encode(...)) to append Unicode data to an array of\n"
     "some other type."},
    {"index", m_index, METH_DEFAULT,
     "Return index of first occurrence of v in the array.\n\nRaise ValueError if the value is not present."},
    {"insert", m_insert, METH_DEFAULT, "Insert a new item v into the array before position i."},
    {"pop", m_pop, METH_DEFAULT,
     "Return the i-th element and delete it from the array.\n\ni defaults to -1."},
    {"__reduce_ex__", m_reduce_ex, METH_DEFAULT, "Return state information for pickling."},
    {"remove", m_remove, METH_DEFAULT, "Remove the first occurrence of v in the array."},
    {"reverse", native::noargs<m_reverse, kReverse>, METH_DEFAULT, "Reverse the order of the items in the array."},
    {"tofile", m_tofile, METH_DEFAULT, "Write all items (as machine values) to the file object f."},
    {"tolist", native::noargs<m_tolist, kTolist>, METH_DEFAULT,
     "Convert array to an ordinary list with the same items."},
    {"tobytes", native::noargs<m_tobytes, kTobytes>, METH_DEFAULT,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tounicode", native::noargs<m_tounicode, kTounicode>, METH_DEFAULT,
     "Convert the array to a unicode string.  The "
     "array must be a unicode type array;\notherwise a ValueError is raised.  Use array.tobytes().decode() to\n"
     "obtain a unicode string from an array of some other type."},
    {"__sizeof__", native::noargs<m_sizeof, kSizeof>, METH_DEFAULT, "Size of the array in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- the iterator ----------------------------------------------------------------------------------------------
struct ArrayIterObject : Object {
  Object* seq;  // null once exhausted
  ssize index;
};
using IterRefs = RefFields<ArrayIterObject, &ArrayIterObject::seq>;

Object* array_iter(Object* self) {
  auto* it = native::alloc<ArrayIterObject>(&ArrayIterType);
  if (!it) return nullptr;
  it->seq = newref(self);
  it->index = 0;
  gc_track(it);
  return it;
}

Object* array_iter_next(Object* self) {
  auto* it = static_cast<ArrayIterObject*>(self);
  if (!it->seq) return nullptr;
  if (it->index < len_of(it->seq)) return get_item(it->seq, it->index++);
  clearref(it->seq);
  return nullptr;
}

ssize iter_seq_len(Object* seq) { return len_of(seq); }
Object* empty_exhausted() { return empty_tuple(); }

MethodDef array_iter_methods[] = {
    {"__reduce__", cont::indexed_iter_reduce<ArrayIterObject, empty_exhausted>, METH_DEFAULT,
     "Return state information for pickling."},
    {"__setstate__", cont::indexed_iter_setstate<ArrayIterObject, iter_seq_len>, METH_DEFAULT,
     "Set state information for unpickling."},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef module_functions[] = {
    {"_array_reconstructor", array_reconstructor, METH_DEFAULT, "Internal. Used for pickling support."},
    {nullptr, nullptr, 0, nullptr},
};

void init_array_types() {
  if (has_flag(&ArrayType, TPFLAG_READY)) return;
  TypeObject& t = ArrayType;
  t.tp_name = "array.array";
  t.tp_basicsize = sizeof(ArrayObject);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_IMMUTABLE | TPFLAG_SEQUENCE;
  t.tp_doc =
      "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\n"
      "initialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over "
      "elements of the\nappropriate type.\n\nArrays represent basic values and behave very much like lists, except\n"
      "the type of objects stored in them is constrained. The type is specified\nat object creation time by using a "
      "type code, which is a single character.\nThe following type codes are defined:\n\n"
      "    Type code   C Type             Minimum size in bytes\n"
      "    'b'         signed integer     1\n"
      "    'B'         unsigned integer   1\n"
      "    'u'         Unicode character  2 (see note)\n"
      "    'h'         signed integer     2\n"
      "    'H'         unsigned integer   2\n"
      "    'i'         signed integer     2\n"
      "    'I'         unsigned integer   2\n"
      "    'l'         signed integer     4\n"
      "    'L'         unsigned integer   4\n"
      "    'q'         signed integer     8 (see note)\n"
      "    'Q'         unsigned integer   8 (see note)\n"
      "    'f'         floating point     4\n"
      "    'd'         floating point     8\n\n"
      "NOTE: The 'u' typecode corresponds to Python's unicode character. On\n"
      "narrow builds this is 2-bytes on wide builds this is 4-bytes.\n\n"
      "NOTE: The 'q' and 'Q' type codes are only available if the platform\n"
      "C compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\n"
      "Methods:\n\nappend() -- append a new item to the end of the array\n"
      "buffer_info() -- return information giving the current memory info\n"
      "byteswap() -- byteswap all the items of the array\n"
      "count() -- return number of occurrences of an object\n"
      "extend() -- extend array by appending multiple elements from an iterable\n"
      "fromfile() -- read items from a file object\n"
      "fromlist() -- append items from the list\n"
      "frombytes() -- append items from the string\n"
      "index() -- return index of first occurrence of an object\n"
      "insert() -- insert a new item into the array at a provided position\n"
      "pop() -- remove and return item (default last)\n"
      "remove() -- remove first occurrence of an object\n"
      "reverse() -- reverse the order of the items in the array\n"
      "tofile() -- write all items to a file object\n"
      "tolist() -- return the array converted to an ordinary list\n"
      "tobytes() -- return the array converted to a string\n\n"
      "Attributes:\n\ntypecode -- the typecode character used to create the array\n"
      "itemsize -- the length in bytes of one array item\n";
  t.tp_dealloc = array_dealloc;
  t.tp_repr = array_repr;
  t.tp_richcompare = array_richcompare;
  t.tp_iter = array_iter;
  t.tp_new = array_new;
  t.tp_weaklistoffset = offsetof(ArrayObject, weakreflist);
  t.nb_add = array_concat;
  t.nb_multiply = array_mul;
  t.nb_inplace_add = array_iconcat;
  t.nb_inplace_multiply = array_imul;
  t.mp_length = array_length;
  t.mp_subscript = array_subscript;
  t.mp_ass_subscript = array_ass_subscript;
  t.sq_contains = array_contains;
  t.bf_getbuffer = array_getbuffer;
  t.bf_releasebuffer = array_releasebuffer;
  t.tp_methods = array_methods;
  t.tp_getset = array_getset;
  native::iterator_type<IterRefs>(ArrayIterType, "array.arrayiterator", sizeof(ArrayIterObject), array_iter_next, 0,
                                  array_iter_methods);
}

}  // namespace

Object* init_array_module() {
  init_array_types();
  Object* m = native::make_module(
      "array",
      "This module defines an object type which can efficiently represent\nan array of basic values: characters, "
      "integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that "
      "the type of objects stored in them is constrained.\n",
      module_functions, {&ArrayType, &ArrayIterType});
  if (!m) return nullptr;
  if (module_add_object(m, "ArrayType", newref(&ArrayType)) < 0 ||
      module_add_object(m, "typecodes", str_from_cstr("bBuhHiIlLqQfd")) < 0) {
    decref(m);
    return nullptr;
  }
  // ArrayIterType is readied but not a module attribute (as in CPython).
  if (object_setattr_str(m, "arrayiterator", nullptr) < 0) err_clear();
  static bool dict_fixed = false;
  if (!dict_fixed) {
    // CPython's array has __module__ in its dict and concatenates through
    // sq_concat (no __radd__); nb_add gave it one.
    dict_fixed = true;
    Object* mod = str_intern_cstr("array");
    make_immortal(mod);
    if (dict_setitem(ArrayType.tp_dict, names::__module__, mod) < 0 ||
        (dict_getitem_str(ArrayType.tp_dict, "__radd__") && dict_delitem(ArrayType.tp_dict, names::__radd__) < 0)) {
      decref(m);
      return nullptr;
    }
    type_modified(&ArrayType);
  }
  return m;
}

}  // namespace stdlib

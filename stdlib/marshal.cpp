// marshal: the serialization behind cached and frozen bytecode.
//
// Values are written in CPython's marshal format (version 4), so data that
// CPython wrote loads here and the other way round: a type byte, then the
// payload, little-endian.  Bit 0x80 of the type byte (FLAG_REF) says "remember
// this object": a later occurrence of the same object is written as
// 'r' + its index in that list, which keeps shared strings small and lets
// lists, dicts and sets contain themselves.  Like CPython, an object whose
// reference count is 1 cannot be shared and is written without the flag.
//
// Code objects are pyglass's own (its bytecode is not CPython's), under a type
// byte CPython never uses ('G'), followed by a format number that changes
// whenever the layout of a code object or the instruction set changes
// (PYGLASS_CODE_FORMAT below): a cache written by another pyglass, or
// CPython's own code objects ('c'), fail to load with a ValueError instead of
// running the wrong bytecode.  Caches are also kept apart by file name, through
// sys.implementation.cache_tag (docs/import.md).
//
// Invariants: the reader never reads past its buffer (every read is checked:
// EOFError), every object it makes is either returned or released, and
// nesting is limited (ValueError) so hostile data cannot exhaust the C stack.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "../interp/code.h"
#include "runtime/numbers/bigint.h"
#include "runtime/numbers/complex.h"
#include "runtime/numbers/int.h"
#include "runtime/containers/set.h"
#include "modules.h"

namespace stdlib {

using namespace rt;
using interp::CodeObject;

namespace {

constexpr int MARSHAL_VERSION = 4;
constexpr int MAX_DEPTH = 2000;
// Bump whenever CodeObject's serialized fields or interp/opcodes.def change.
constexpr int PYGLASS_CODE_FORMAT = 2;  // 2: the positions table replaces the lines

enum : uint8_t {
  T_NULL = '0', T_NONE = 'N', T_FALSE = 'F', T_TRUE = 'T', T_STOPITER = 'S', T_ELLIPSIS = '.',
  T_INT = 'i', T_INT64 = 'I', T_FLOAT = 'f', T_BINARY_FLOAT = 'g', T_COMPLEX = 'x', T_BINARY_COMPLEX = 'y',
  T_LONG = 'l', T_STRING = 's', T_INTERNED = 't', T_REF = 'r', T_TUPLE = '(', T_LIST = '[', T_DICT = '{',
  T_CODE = 'c', T_UNICODE = 'u', T_UNKNOWN = '?', T_SET = '<', T_FROZENSET = '>', T_ASCII = 'a',
  T_ASCII_INTERNED = 'A', T_SMALL_TUPLE = ')', T_SHORT_ASCII = 'z', T_SHORT_ASCII_INTERNED = 'Z',
  T_PYGLASS_CODE = 'G', FLAG_REF = 0x80,
};

// ---- writing -------------------------------------------------------------------------------------
struct Writer {
  std::string out;
  int version;
  int depth = 0;
  Object* refs = nullptr;  // dict: id(object) -> index (objects kept alive by the caller's value)
  bool error = false;

  void byte(uint8_t b) { out.push_back(char(b)); }
  void i32(int32_t v) {
    uint32_t u = uint32_t(v);
    for (int k = 0; k < 4; k++) out.push_back(char((u >> (8 * k)) & 0xff));
  }
  void raw(const char* p, size_t n) { out.append(p, n); }
  void f64(double d) {
    uint64_t u;
    std::memcpy(&u, &d, 8);
    for (int k = 0; k < 8; k++) out.push_back(char((u >> (8 * k)) & 0xff));
  }
  void sized(const char* p, size_t n) {
    i32(int32_t(n));
    raw(p, n);
  }
};

bool write_object(Writer& w, Object* v);

// Write a back-reference if v was written before; otherwise remember it
// (when it can be shared) and set FLAG_REF on its type byte.  Returns the
// flag to OR into the type byte, or -1 when a reference was written.
int remember(Writer& w, Object* v) {
  if (w.version < 3 || v->ob_refcnt == 1) return 0;
  Object* key = int_from_i64(int64_t(reinterpret_cast<intptr_t>(v)));
  if (!key) {
    w.error = true;
    return 0;
  }
  Object* idx = dict_getitem(w.refs, key);
  if (idx) {
    decref(key);
    w.byte(T_REF);
    w.i32(int32_t(int_as_i64(idx)));
    return -1;
  }
  Object* n = int_from_i64(dict_size(w.refs));
  if (!n || dict_setitem(w.refs, key, n) < 0) w.error = true;
  xdecref(n);
  decref(key);
  return FLAG_REF;
}

// A float as text (marshal version 0 and 1): one length byte, then "%.17g"
// ("1", "-0", "1.0000000000000001e+300", "inf", "nan" without a sign).
void write_text_float(Writer& w, double d) {
  char buf[32];
  if (std::isnan(d)) std::snprintf(buf, sizeof buf, "nan");
  else std::snprintf(buf, sizeof buf, "%.17g", d);
  size_t n = std::strlen(buf);
  w.byte(uint8_t(n));
  w.raw(buf, n);
}

void write_long(Writer& w, Object* v, uint8_t flag) {
  if (int_fits_i64(v)) {
    int64_t x = int_as_i64(v);
    if (x >= INT32_MIN && x <= INT32_MAX) {
      w.byte(T_INT | flag);
      w.i32(int32_t(x));
      return;
    }
  }
  // CPython's long layout: the number of 15-bit digits (negative for a
  // negative number), then the digits, least significant first.
  BigInt tmp;
  const BigInt& b = int_as_bigint(v, tmp);
  std::vector<uint16_t> digits;
  uint64_t acc = 0;
  int bits = 0;
  for (uint32_t limb : b.mag) {
    acc |= uint64_t(limb) << bits;
    bits += 32;
    while (bits >= 15) {
      digits.push_back(uint16_t(acc & 0x7fff));
      acc >>= 15;
      bits -= 15;
    }
  }
  if (bits > 0) digits.push_back(uint16_t(acc & 0x7fff));
  while (!digits.empty() && digits.back() == 0) digits.pop_back();
  w.byte(T_LONG | flag);
  w.i32(b.is_neg() ? -int32_t(digits.size()) : int32_t(digits.size()));
  for (uint16_t d : digits) {
    w.byte(uint8_t(d & 0xff));
    w.byte(uint8_t(d >> 8));
  }
}

void write_str(Writer& w, Object* v, uint8_t flag) {
  bool interned = str_is_interned(v) && w.version >= 1;
  const char* p = str_utf8(v);
  size_t n = size_t(str_utf8_len(v));
  if (as_str(v)->ascii && w.version >= 4) {
    if (n < 256) {
      w.byte((interned ? T_SHORT_ASCII_INTERNED : T_SHORT_ASCII) | flag);
      w.byte(uint8_t(n));
      w.raw(p, n);
    } else {
      w.byte((interned ? T_ASCII_INTERNED : T_ASCII) | flag);
      w.sized(p, n);
    }
    return;
  }
  w.byte((interned ? T_INTERNED : T_UNICODE) | flag);
  w.sized(p, n);
}

bool write_items(Writer& w, Object* const* items, ssize n) {
  for (ssize i = 0; i < n; i++)
    if (!write_object(w, items[i])) return false;
  return true;
}

bool write_code(Writer& w, CodeObject* c, uint8_t flag) {
  w.byte(T_PYGLASS_CODE | flag);
  w.i32(PYGLASS_CODE_FORMAT);
  for (int v : {c->argcount, c->posonlyargcount, c->kwonlyargcount, c->nlocals, c->stacksize, int(c->flags),
                c->firstlineno, c->ninstrs})
    w.i32(v);
  for (int i = 0; i < c->ninstrs; i++) w.i32(int32_t(c->instrs[i]));
  w.sized(reinterpret_cast<const char*>(c->linetable), size_t(c->linetable ? c->linetable_len : 0));
  for (Object* o : {c->consts, c->names, c->varnames, c->cellvars, c->freevars, c->filename, c->name, c->qualname,
                    c->docstring ? c->docstring : None})
    if (!write_object(w, o)) return false;
  return true;
}

bool write_object(Writer& w, Object* v) {
  if (w.error) return false;
  if (++w.depth > MAX_DEPTH) {
    err_set_string(Exc_ValueError, "object too deeply nested to marshal");
    return false;
  }
  struct Leave {
    Writer& w;
    ~Leave() { w.depth--; }
  } leave{w};
  if (v == None) return w.byte(T_NONE), true;
  if (v == True) return w.byte(T_TRUE), true;
  if (v == False) return w.byte(T_FALSE), true;
  if (v == Ellipsis) return w.byte(T_ELLIPSIS), true;
  if (v == reinterpret_cast<Object*>(Exc_StopIteration)) return w.byte(T_STOPITER), true;
  TypeObject* t = type_of(v);
  bool exact = t == &IntType || t == &FloatType || t == &StrType || t == &BytesType || t == &TupleType ||
               t == &ListType || t == &DictType || t == &SetType || t == &FrozenSetType || t == &CodeType ||
               t == &ComplexType;
  int flag = exact ? remember(w, v) : 0;
  if (flag < 0) return !w.error;
  uint8_t f = uint8_t(flag);
  if (t == &IntType) {
    write_long(w, v, f);
  } else if (t == &FloatType) {
    if (w.version > 1) {
      w.byte(T_BINARY_FLOAT | f);
      w.f64(float_value(v));
    } else {
      w.byte(T_FLOAT | f);
      write_text_float(w, float_value(v));
    }
  } else if (t == &ComplexType) {
    Complex c = complex_value(v);
    if (w.version > 1) {
      w.byte(T_BINARY_COMPLEX | f);
      w.f64(c.real);
      w.f64(c.imag);
    } else {
      w.byte(T_COMPLEX | f);
      write_text_float(w, c.real);
      write_text_float(w, c.imag);
    }
  } else if (t == &StrType) {
    write_str(w, v, f);
  } else if (t == &BytesType) {
    w.byte(T_STRING | f);
    w.sized(bytes_data(v), size_t(size_of(v)));
  } else if (t == &TupleType) {
    ssize n = size_of(v);
    if (n < 256 && w.version >= 4) {
      w.byte(T_SMALL_TUPLE | f);
      w.byte(uint8_t(n));
    } else {
      w.byte(T_TUPLE | f);
      w.i32(int32_t(n));
    }
    return write_items(w, tuple_items(v), n) && !w.error;
  } else if (t == &ListType) {
    w.byte(T_LIST | f);
    w.i32(int32_t(size_of(v)));
    return write_items(w, list_items(v), size_of(v)) && !w.error;
  } else if (t == &DictType) {
    w.byte(T_DICT | f);
    ssize pos = 0;
    Object *k, *val;
    while (dict_next(v, &pos, &k, &val))
      if (!write_object(w, k) || !write_object(w, val)) return false;
    w.byte(T_NULL);
  } else if (t == &SetType || t == &FrozenSetType) {
    w.byte((t == &SetType ? T_SET : T_FROZENSET) | f);
    w.i32(int32_t(set_size(v)));
    ssize pos = 0;
    Object* k;
    while (set_next(v, &pos, &k))
      if (!write_object(w, k)) return false;
  } else if (t == &CodeType) {
    return write_code(w, interp::as_code(v), f) && !w.error;
  } else {
    err_set_string(Exc_ValueError, "unmarshallable object");
    return false;
  }
  return !w.error;
}

// ---- reading -------------------------------------------------------------------------------------
struct Reader {
  const uint8_t* p;
  const uint8_t* end;
  int depth = 0;
  Object* refs = nullptr;  // list of remembered objects (None while a tuple is being read)

  bool need(size_t n) {
    if (size_t(end - p) < n) {
      err_set_string(Exc_EOFError, "marshal data too short");
      return false;
    }
    return true;
  }
  bool u8(uint8_t* out) {
    if (!need(1)) return false;
    *out = *p++;
    return true;
  }
  bool i32(int32_t* out) {
    if (!need(4)) return false;
    uint32_t u = uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
    p += 4;
    *out = int32_t(u);
    return true;
  }
  bool f64(double* out) {
    if (!need(8)) return false;
    uint64_t u = 0;
    for (int k = 0; k < 8; k++) u |= uint64_t(p[k]) << (8 * k);
    p += 8;
    std::memcpy(out, &u, 8);
    return true;
  }
  bool size(int32_t* n) {
    if (!i32(n)) return false;
    if (*n < 0) {
      err_set_string(Exc_ValueError, "bad marshal data (size out of range)");
      return false;
    }
    return true;
  }
};

Object* read_object(Reader& r);

Object* bad_data(const char* what) {
  err_format(Exc_ValueError, "bad marshal data (%s)", what);
  return nullptr;
}

// Reserve a slot in the reference list (for objects made after their items).
ssize reserve_ref(Reader& r, bool flag) {
  if (!flag) return -1;
  ssize idx = size_of(r.refs);
  return list_append(r.refs, None) < 0 ? -2 : idx;
}

// Fill a reserved slot (or append, for objects made before their items).
Object* set_ref(Reader& r, ssize idx, Object* v) {
  if (idx == -2) {
    xdecref(v);
    return nullptr;
  }
  if (idx >= 0 && v) {
    Object* old = list_get(r.refs, idx);
    list_set_steal(r.refs, idx, newref(v));
    decref(old);
  }
  return v;
}

Object* add_ref(Reader& r, bool flag, Object* v) {
  if (v && flag && list_append(r.refs, v) < 0) {
    decref(v);
    return nullptr;
  }
  return v;
}

// A float written as its repr (marshal version 0 and 1): one length byte, then the text.
Object* read_text_float(Reader& r) {
  uint8_t n;
  if (!r.u8(&n) || !r.need(n)) return nullptr;
  std::string text(reinterpret_cast<const char*>(r.p), n);
  r.p += n;
  Object* s = str_from(text);
  Object* v = s ? float_from_string(s) : nullptr;
  xdecref(s);
  return v;
}

Object* read_long(Reader& r) {
  int32_t n;
  if (!r.i32(&n)) return nullptr;
  if (n < -(1 << 24) || n > (1 << 24)) return bad_data("long size out of range");
  size_t nd = size_t(n < 0 ? -int64_t(n) : n);
  if (!r.need(2 * nd)) return nullptr;
  BigInt b;
  uint64_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < nd; i++) {
    uint16_t d = uint16_t(r.p[2 * i] | r.p[2 * i + 1] << 8);
    if (d > 0x7fff) return bad_data("digit out of range in long");
    if (d == 0 && i == nd - 1) return bad_data("unnormalized long data");
    acc |= uint64_t(d) << bits;
    bits += 15;
    if (bits >= 32) {
      b.mag.push_back(uint32_t(acc));
      acc >>= 32;
      bits -= 32;
    }
  }
  r.p += 2 * nd;
  if (bits > 0) b.mag.push_back(uint32_t(acc));
  b.sign = n < 0 ? -1 : 1;
  b.normalize();
  return int_from_bigint(std::move(b));
}

Object* read_str(Reader& r, uint8_t type) {
  int32_t n;
  if (type == T_SHORT_ASCII || type == T_SHORT_ASCII_INTERNED) {
    uint8_t b;
    if (!r.u8(&b)) return nullptr;
    n = b;
  } else if (!r.size(&n)) {
    return nullptr;
  }
  if (!r.need(size_t(n))) return nullptr;
  Object* s = str_from_utf8(reinterpret_cast<const char*>(r.p), n);
  r.p += n;
  if (s && (type == T_INTERNED || type == T_ASCII_INTERNED || type == T_SHORT_ASCII_INTERNED)) s = str_intern(s);
  return s;
}

// Read n objects into a new tuple.
// Each item takes at least one byte: a count beyond the data left ends in the
// EOFError reading item by item would give, without a huge allocation first.
bool enough_items(Reader& r, int32_t n) {
  if (size_t(r.end - r.p) >= size_t(n)) return true;
  err_set_string(Exc_EOFError, "EOF read where object expected");
  return false;
}

Object* read_tuple_items(Reader& r, int32_t n) {
  if (!enough_items(r, n)) return nullptr;
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (int32_t i = 0; i < n; i++) tuple_set_steal(t, i, none_ref());
  for (int32_t i = 0; i < n; i++) {
    Object* v = read_object(r);
    if (!v) {
      decref(t);
      return nullptr;
    }
    Object* old = tuple_get(t, i);
    tuple_set_steal(t, i, v);
    decref(old);
  }
  return t;
}

bool read_i32_array(Reader& r, int32_t n, std::vector<int32_t>& out) {
  if (!r.need(size_t(n) * 4)) return false;
  out.resize(size_t(n));
  for (int32_t i = 0; i < n; i++) r.i32(&out[size_t(i)]);
  return true;
}

Object* read_code(Reader& r, bool flag) {
  int32_t format;
  if (!r.i32(&format)) return nullptr;
  if (format != PYGLASS_CODE_FORMAT) return bad_data("a code object of another pyglass version");
  int32_t f[8];
  for (int32_t& x : f)
    if (!r.i32(&x)) return nullptr;
  if (f[7] < 0 || f[7] > (1 << 26)) return bad_data("code size out of range");
  ssize idx = reserve_ref(r, flag);
  if (idx == -2) return nullptr;
  std::vector<int32_t> instrs;
  int32_t table_len;
  if (!read_i32_array(r, f[7], instrs) || !r.i32(&table_len)) return nullptr;
  if (table_len < 0) return bad_data("positions table size out of range");
  if (!r.need(size_t(table_len))) return nullptr;
  std::string table(reinterpret_cast<const char*>(r.p), size_t(table_len));
  r.p += table_len;
  Object* objs[9] = {};
  for (Object*& o : objs) {
    o = read_object(r);
    if (!o) break;
  }
  Object* code = nullptr;
  if (objs[8]) {
    bool ok = is_tuple(objs[0]) && is_tuple(objs[1]) && is_tuple(objs[2]) && is_tuple(objs[3]) && is_tuple(objs[4]) &&
              is_str(objs[5]) && is_str(objs[6]) && is_str(objs[7]);
    if (!ok) {
      bad_data("code object fields");
    } else {
      code = interp::code_new(f[0], f[1], f[2], f[3], f[4], uint32_t(f[5]), f[6],
                              reinterpret_cast<const uint32_t*>(instrs.data()), nullptr, f[7], objs[0], objs[1],
                              objs[2], objs[3], objs[4], objs[5], objs[6], objs[7], objs[8],
                              reinterpret_cast<const uint8_t*>(table.data()), ssize(table.size()));
    }
  }
  for (Object* o : objs) xdecref(o);
  return set_ref(r, idx, code);
}

Object* read_object(Reader& r) {
  if (++r.depth > MAX_DEPTH) {
    r.depth--;
    err_set_string(Exc_ValueError, "recursion limit exceeded");
    return nullptr;
  }
  struct Leave {
    Reader& r;
    ~Leave() { r.depth--; }
  } leave{r};
  if (r.p == r.end) {
    err_set_string(Exc_EOFError, "EOF read where object expected");
    return nullptr;
  }
  uint8_t code = *r.p++;
  bool flag = code & FLAG_REF;
  uint8_t type = code & ~FLAG_REF;
  switch (type) {
    case T_NULL: return bad_data("NULL object in marshal data for object");
    case T_NONE: return none_ref();
    case T_TRUE: return bool_ref(true);
    case T_FALSE: return bool_ref(false);
    case T_ELLIPSIS: return newref(Ellipsis);
    case T_STOPITER: return newref(reinterpret_cast<Object*>(Exc_StopIteration));
    case T_INT: {
      int32_t v;
      if (!r.i32(&v)) return nullptr;
      return add_ref(r, flag, int_from_i64(v));
    }
    case T_INT64: {
      int32_t lo, hi;
      if (!r.i32(&lo) || !r.i32(&hi)) return nullptr;
      return add_ref(r, flag, int_from_i64(int64_t(uint64_t(uint32_t(lo)) | uint64_t(uint32_t(hi)) << 32)));
    }
    case T_LONG: return add_ref(r, flag, read_long(r));
    case T_BINARY_FLOAT: {
      double d;
      if (!r.f64(&d)) return nullptr;
      return add_ref(r, flag, float_from_double(d));
    }
    case T_FLOAT: return add_ref(r, flag, read_text_float(r));
    case T_STRING: {
      int32_t n;
      if (!r.size(&n) || !r.need(size_t(n))) return nullptr;
      Object* b = bytes_from(reinterpret_cast<const char*>(r.p), n);
      r.p += n;
      return add_ref(r, flag, b);
    }
    case T_UNICODE: case T_INTERNED: case T_ASCII: case T_ASCII_INTERNED: case T_SHORT_ASCII:
    case T_SHORT_ASCII_INTERNED:
      return add_ref(r, flag, read_str(r, type));
    case T_SMALL_TUPLE: case T_TUPLE: {
      int32_t n;
      if (type == T_SMALL_TUPLE) {
        uint8_t b;
        if (!r.u8(&b)) return nullptr;
        n = b;
      } else if (!r.size(&n)) {
        return nullptr;
      }
      ssize idx = reserve_ref(r, flag);
      if (idx == -2) return nullptr;
      return set_ref(r, idx, read_tuple_items(r, n));
    }
    case T_LIST: {
      int32_t n;
      if (!r.size(&n) || !enough_items(r, n)) return nullptr;
      Object* l = add_ref(r, flag, list_new(0));
      if (!l) return nullptr;
      for (int32_t i = 0; i < n; i++) {
        Object* v = read_object(r);
        if (!v || list_append(l, v) < 0) {
          xdecref(v);
          decref(l);
          return nullptr;
        }
        decref(v);
      }
      return l;
    }
    case T_DICT: {
      Object* d = add_ref(r, flag, dict_new());
      if (!d) return nullptr;
      for (;;) {
        if (!r.need(1)) break;
        if (*r.p == T_NULL) {
          r.p++;
          return d;
        }
        Object* k = read_object(r);
        Object* v = k ? read_object(r) : nullptr;
        int rc = v ? dict_setitem(d, k, v) : -1;
        xdecref(k);
        xdecref(v);
        if (rc < 0) break;
      }
      decref(d);
      return nullptr;
    }
    case T_SET: case T_FROZENSET: {
      int32_t n;
      if (!r.size(&n) || !enough_items(r, n)) return nullptr;
      // A frozenset is made after its items (it is immutable): reserve its slot.
      ssize idx = type == T_FROZENSET ? reserve_ref(r, flag) : -1;
      if (idx == -2) return nullptr;
      Object* s = set_new(nullptr);
      if (s && type == T_SET) s = add_ref(r, flag, s);
      if (!s) return nullptr;
      for (int32_t i = 0; i < n; i++) {
        Object* v = read_object(r);
        if (!v || set_add(s, v) < 0) {
          xdecref(v);
          decref(s);
          return nullptr;
        }
        decref(v);
      }
      if (type == T_SET) return s;
      Object* fs = frozenset_new(s);
      decref(s);
      return set_ref(r, idx, fs);
    }
    case T_REF: {
      int32_t i;
      if (!r.i32(&i)) return nullptr;
      if (i < 0 || i >= size_of(r.refs)) return bad_data("invalid reference");
      Object* v = list_get(r.refs, i);
      if (v == None) return bad_data("invalid reference");
      return newref(v);
    }
    case T_PYGLASS_CODE: return read_code(r, flag);
    case T_CODE: return bad_data("a CPython code object, which pyglass cannot run");
    case T_BINARY_COMPLEX: {
      double re, im;
      if (!r.f64(&re) || !r.f64(&im)) return nullptr;
      return add_ref(r, flag, complex_from_doubles(re, im));
    }
    case T_COMPLEX: {
      Object* re = read_text_float(r);
      Object* im = re ? read_text_float(r) : nullptr;
      Object* z = im ? complex_from_doubles(float_value(re), float_value(im)) : nullptr;
      xdecref(re);
      xdecref(im);
      return add_ref(r, flag, z);
    }
    default: return bad_data("unknown type code");
  }
}

// ---- the module functions ------------------------------------------------------------------------
bool version_arg(Object* v, int* out) {
  *out = MARSHAL_VERSION;
  if (!v) return true;
  int64_t x = int_as_i64(v);
  if (x == -1 && err_occurred()) return false;
  *out = int(x);
  return true;
}

Object* dumps_impl(Object* value, int version) {
  Writer w;
  w.version = version;
  w.refs = dict_new();
  if (!w.refs) return nullptr;
  bool ok = write_object(w, value);
  decref(w.refs);
  if (!ok) {
    if (!err_occurred()) err_no_memory();
    return nullptr;
  }
  return bytes_from(w.out.data(), ssize(w.out.size()));
}

Object* loads_impl(const uint8_t* data, size_t n, size_t* used) {
  Reader r{data, data + n};
  r.refs = list_new(0);
  if (!r.refs) return nullptr;
  Object* v = read_object(r);
  decref(r.refs);
  if (used) *used = size_t(r.p - data);
  return v;
}

Object* m_dumps(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {};
  if (!parse_args("dumps", args, nargs, kwnames, "value|version", a)) return nullptr;
  int version;
  if (!version_arg(a[1], &version)) return nullptr;
  return dumps_impl(a[0], version);
}

Object* m_loads(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {};
  if (!parse_args("loads", args, nargs, kwnames, "bytes", a)) return nullptr;
  Object* b = a[0];
  if (!is_bytes(b)) {
    // Any bytes-like object: bytes(b) copies it through the buffer protocol.
    Object* conv = call1(reinterpret_cast<Object*>(&BytesType), b);
    if (!conv) {
      err_clear();
      err_format(Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(b));
      return nullptr;
    }
    Object* v = loads_impl(reinterpret_cast<const uint8_t*>(bytes_data(conv)), size_t(size_of(conv)), nullptr);
    decref(conv);
    return v;
  }
  return loads_impl(reinterpret_cast<const uint8_t*>(bytes_data(b)), size_t(size_of(b)), nullptr);
}

Object* m_dump(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3] = {};
  if (!parse_args("dump", args, nargs, kwnames, "value,file|version", a)) return nullptr;
  int version;
  if (!version_arg(a[2], &version)) return nullptr;
  Object* data = dumps_impl(a[0], version);
  if (!data) return nullptr;
  Object* r = call_method1(a[1], names::write, data);
  decref(data);
  if (!r) return nullptr;
  decref(r);
  return none_ref();
}

// load(file): CPython reads what it needs and leaves the file positioned after
// the object; a file we cannot seek is read whole.
Object* m_load(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {};
  if (!parse_args("load", args, nargs, kwnames, "file", a)) return nullptr;
  Object* data = call_method0(a[0], names::read);
  if (!data) return nullptr;
  if (!is_bytes(data)) {
    err_format(Exc_TypeError, "file.read() returned not bytes but %s", type_name(data));
    decref(data);
    return nullptr;
  }
  size_t used = 0;
  Object* v = loads_impl(reinterpret_cast<const uint8_t*>(bytes_data(data)), size_t(size_of(data)), &used);
  ssize extra = size_of(data) - ssize(used);
  decref(data);
  if (v && extra > 0) {
    // Put the file back right after the object, as CPython leaves it.
    Object* off = int_from_i64(-extra);
    Object* whence = int_from_i64(1);
    Object* sargs[2] = {off, whence};
    Object* r = off && whence ? call_method(a[0], names::seek, sargs, 2) : nullptr;
    xdecref(off);
    xdecref(whence);
    if (!r) err_clear();
    xdecref(r);
  }
  return v;
}

MethodDef marshal_functions[] = {
    {"dumps", m_dumps, METH_DEFAULT, "dumps(value, version=4) -> the bytes of value in the marshal format"},
    {"loads", m_loads, METH_DEFAULT, "loads(bytes) -> the value the bytes hold"},
    {"dump", m_dump, METH_DEFAULT, "dump(value, file, version=4): write value to an open binary file"},
    {"load", m_load, METH_DEFAULT, "load(file) -> read one value from an open binary file"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* marshal_dumps(Object* value) { return dumps_impl(value, MARSHAL_VERSION); }
Object* marshal_loads(const char* data, ssize n) {
  return loads_impl(reinterpret_cast<const uint8_t*>(data), size_t(n), nullptr);
}

Object* init_marshal_module() {
  Object* m = module_new("marshal");
  if (!m) return nullptr;
  if (module_add_functions(m, marshal_functions) < 0 || module_add_object(m, "version", int_from_i64(MARSHAL_VERSION)) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

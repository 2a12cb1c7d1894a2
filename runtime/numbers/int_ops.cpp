// int and bool: number slots, comparison, hash, methods and type set-up.
//
// Every binary slot accepts any pair of ints (exact, bool or subclass) and
// returns NotImplemented otherwise (floats are handled by float's reflected
// slots).  Both-small operands take an overflow-checked int64 fast path; the
// rest goes through BigInt and is normalized back by int_from_bigint.
#include <cmath>
#include <cstring>

#include "runtime/bytes/buffer.h"
#include "runtime/numbers/int.h"

namespace rt {

TypeObject IntType, BoolType;

namespace {
inline IntObject* I(Object* o) { return static_cast<IntObject*>(o); }
}  // namespace

Object* int_exact(Object* o) {
  if (is_int_exact(o)) return newref(o);
  if (!I(o)->big) return int_from_i64(I(o)->ival);
  return int_from_bigint_copy(*I(o)->big);
}

namespace {

inline bool both_small(Object* a, Object* b) { return !I(a)->big && !I(b)->big; }

#define INT_BINOP_CHECK(a, b) \
  if (!is_int(a) || !is_int(b)) return notimpl_ref()

Object* int_add(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  int64_t r;
  if (both_small(a, b) && !__builtin_add_overflow(I(a)->ival, I(b)->ival, &r)) return int_from_i64(r);
  BigInt ta, tb;
  return int_from_bigint(bigint_add(int_as_bigint(a, ta), int_as_bigint(b, tb)));
}

Object* int_sub(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  int64_t r;
  if (both_small(a, b) && !__builtin_sub_overflow(I(a)->ival, I(b)->ival, &r)) return int_from_i64(r);
  BigInt ta, tb;
  return int_from_bigint(bigint_sub(int_as_bigint(a, ta), int_as_bigint(b, tb)));
}

Object* int_mul(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  int64_t r;
  if (both_small(a, b) && !__builtin_mul_overflow(I(a)->ival, I(b)->ival, &r)) return int_from_i64(r);
  BigInt ta, tb;
  return int_from_bigint(bigint_mul(int_as_bigint(a, ta), int_as_bigint(b, tb)));
}

// Floor division and modulo; which: 0 quotient, 1 remainder, 2 both (tuple).
Object* int_divmod_impl(Object* a, Object* b, int which) {
  if (int_sign(b) == 0) {
    err_set_string(Exc_ZeroDivisionError,
                   which == 1 ? "integer modulo by zero" : "integer division or modulo by zero");
    return nullptr;
  }
  Object *q = nullptr, *r = nullptr;
  if (both_small(a, b) && !(I(a)->ival == INT64_MIN && I(b)->ival == -1)) {
    int64_t x = I(a)->ival, y = I(b)->ival;
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
      qq -= 1;
      rr += y;
    }
    if (which == 0) return int_from_i64(qq);
    if (which == 1) return int_from_i64(rr);
    q = int_from_i64(qq);
    r = int_from_i64(rr);
  } else {
    BigInt ta, tb, bq, br;
    bigint_divmod(int_as_bigint(a, ta), int_as_bigint(b, tb), which == 1 ? nullptr : &bq,
                  which == 0 ? nullptr : &br);
    if (which == 0) return int_from_bigint(std::move(bq));
    if (which == 1) return int_from_bigint(std::move(br));
    q = int_from_bigint(std::move(bq));
    r = int_from_bigint(std::move(br));
  }
  if (!q || !r) {
    xdecref(q);
    xdecref(r);
    return nullptr;
  }
  Object* t = tuple_new(2);
  if (!t) {
    decref(q);
    decref(r);
    return nullptr;
  }
  tuple_set_steal(t, 0, q);
  tuple_set_steal(t, 1, r);
  return t;
}

Object* int_floordiv(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  return int_divmod_impl(a, b, 0);
}
Object* int_mod(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  return int_divmod_impl(a, b, 1);
}
Object* int_divmod(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  return int_divmod_impl(a, b, 2);
}

Object* int_truediv(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  if (int_sign(b) == 0) {
    err_set_string(Exc_ZeroDivisionError, "division by zero");
    return nullptr;
  }
  double d;
  if (!int_true_divide_double(a, b, &d)) return nullptr;
  return float_from_double(d);
}

Object* int_pow(Object* a, Object* b, Object* m) {
  INT_BINOP_CHECK(a, b);
  bool has_mod = m && m != None;
  if (has_mod && !is_int(m)) return notimpl_ref();
  if (has_mod) {
    if (int_sign(m) == 0) {
      err_set_string(Exc_ValueError, "pow() 3rd argument cannot be 0");
      return nullptr;
    }
    BigInt ta, tb, tm, out;
    if (!bigint_powmod(int_as_bigint(a, ta), int_as_bigint(b, tb), int_as_bigint(m, tm), &out)) {
      err_set_string(Exc_ValueError, "base is not invertible for the given modulus");
      return nullptr;
    }
    return int_from_bigint(std::move(out));
  }
  if (int_sign(b) < 0) return FloatType.nb_power(a, b, None);  // a float result, as CPython
  if (!I(b)->big && !I(a)->big) {
    int64_t base = I(a)->ival, e = I(b)->ival, result = 1;
    bool overflow = false;
    int64_t sq = base;
    for (int64_t k = e; k > 0; k >>= 1) {
      if (k & 1) {
        if (__builtin_mul_overflow(result, sq, &result)) { overflow = true; break; }
      }
      if (k > 1 && __builtin_mul_overflow(sq, sq, &sq)) { overflow = true; break; }
    }
    if (!overflow) return int_from_i64(result);
  }
  BigInt ta;
  const BigInt& base = int_as_bigint(a, ta);
  if (I(b)->big) {
    // Only 0, 1 and -1 can be raised to an exponent beyond int64 range.
    if (base.is_zero()) return int_from_i64(0);
    if (base.mag.size() == 1 && base.mag[0] == 1) {
      if (base.sign > 0) return int_from_i64(1);
      return int_from_i64(I(b)->big->is_odd() ? -1 : 1);
    }
    return err_no_memory();
  }
  uint64_t bits = base.bit_length();
  if (bits > 1 && double(bits) * double(I(b)->ival) > 8.0 * 1024 * 1024 * 1024 * 4) return err_no_memory();
  return int_from_bigint(bigint_pow(base, uint64_t(I(b)->ival)));
}

Object* int_neg(Object* a) {
  if (!I(a)->big && I(a)->ival != INT64_MIN) return int_from_i64(-I(a)->ival);
  BigInt t;
  return int_from_bigint(int_as_bigint(a, t).negated());
}
Object* int_pos(Object* a) { return int_exact(a); }
Object* int_abs(Object* a) { return int_sign(a) < 0 ? int_neg(a) : int_exact(a); }
Object* int_invert(Object* a) {
  if (!I(a)->big) return int_from_i64(~I(a)->ival);
  return int_from_bigint(bigint_invert(*I(a)->big));
}
int int_bool(Object* a) { return int_sign(a) != 0; }
Object* int_int(Object* a) { return int_exact(a); }
Object* int_float(Object* a) {
  double d = int_as_double(a);
  if (d == -1.0 && err_occurred()) return nullptr;
  return float_from_double(d);
}

// Shift count of b (non-negative); -1 with ValueError when negative; sets *huge when beyond int64.
int64_t shift_count(Object* b, bool* huge) {
  *huge = false;
  if (int_sign(b) < 0) {
    err_set_string(Exc_ValueError, "negative shift count");
    return -1;
  }
  if (I(b)->big) {
    *huge = true;
    return 0;
  }
  return I(b)->ival;
}

Object* int_lshift(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  bool huge;
  int64_t n = shift_count(b, &huge);
  if (n < 0) return nullptr;
  if (int_sign(a) == 0) return int_from_i64(0);
  if (huge) return err_format_null(Exc_OverflowError, "too many digits in integer");
  if (!I(a)->big && n < 63) {
    int64_t v = I(a)->ival;
    int64_t r = int64_t(uint64_t(v) << n);
    if ((r >> n) == v) return int_from_i64(r);
  }
  if (n > (int64_t(1) << 40)) return err_no_memory();
  BigInt t;
  return int_from_bigint(bigint_lshift(int_as_bigint(a, t), uint64_t(n)));
}

Object* int_rshift(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  bool huge;
  int64_t n = shift_count(b, &huge);
  if (n < 0) return nullptr;
  if (huge) return int_from_i64(int_sign(a) < 0 ? -1 : 0);
  if (!I(a)->big) return int_from_i64(n >= 63 ? (I(a)->ival < 0 ? -1 : 0) : (I(a)->ival >> n));
  return int_from_bigint(bigint_rshift(*I(a)->big, uint64_t(n)));
}

Object* int_and(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  if (both_small(a, b)) return int_from_i64(I(a)->ival & I(b)->ival);
  BigInt ta, tb;
  return int_from_bigint(bigint_and(int_as_bigint(a, ta), int_as_bigint(b, tb)));
}
Object* int_or(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  if (both_small(a, b)) return int_from_i64(I(a)->ival | I(b)->ival);
  BigInt ta, tb;
  return int_from_bigint(bigint_or(int_as_bigint(a, ta), int_as_bigint(b, tb)));
}
Object* int_xor(Object* a, Object* b) {
  INT_BINOP_CHECK(a, b);
  if (both_small(a, b)) return int_from_i64(I(a)->ival ^ I(b)->ival);
  BigInt ta, tb;
  return int_from_bigint(bigint_xor(int_as_bigint(a, ta), int_as_bigint(b, tb)));
}

// bool & | ^ bool stays bool; anything else is int arithmetic.
Object* bool_and(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return bool_ref((a == True) & (b == True));
  return int_and(a, b);
}
Object* bool_or(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return bool_ref((a == True) | (b == True));
  return int_or(a, b);
}
Object* bool_xor(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) return bool_ref((a == True) ^ (b == True));
  return int_xor(a, b);
}

int int_cmp(Object* a, Object* b) {
  if (both_small(a, b)) {
    int64_t x = I(a)->ival, y = I(b)->ival;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  BigInt ta, tb;
  return bigint_cmp(int_as_bigint(a, ta), int_as_bigint(b, tb));
}

bool cmp_result(int c, int op) {
  switch (op) {
    case CMP_LT: return c < 0;
    case CMP_LE: return c <= 0;
    case CMP_EQ: return c == 0;
    case CMP_NE: return c != 0;
    case CMP_GT: return c > 0;
    default: return c >= 0;
  }
}

Object* int_richcompare(Object* a, Object* b, int op) {
  if (!is_int(a) || !is_int(b)) return notimpl_ref();
  return bool_ref(cmp_result(int_cmp(a, b), op));
}

hash_t int_hash(Object* a) {
  if (!I(a)->big) {
    const uint64_t P = (uint64_t(1) << 61) - 1;
    int64_t v = I(a)->ival;
    uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    int64_t h = int64_t(m % P);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
  }
  return bigint_hash(*I(a)->big);
}

Object* int_repr(Object* a) { return int_to_decimal_string(a); }
Object* bool_repr(Object* a) { return str_from_cstr(a == True ? "True" : "False"); }

void int_dealloc(Object* o) {
  delete I(o)->big;
  I(o)->big = nullptr;
  free_object(o);
}

// int(x) for one argument that is not a str/bytes: the abstract layer handles
// __int__, __index__, __trunc__ and the TypeError.
Object* int_value_from_args(Object* const* args, ssize nargs, Object* kwnames) {
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  Object* x = nargs > 0 ? args[0] : nullptr;
  Object* base = nargs > 1 ? args[1] : nullptr;
  if (nargs + nkw > 2) {
    return err_format_null(Exc_TypeError, "int() takes at most 2 arguments (%zd given)", nargs + nkw);
  }
  for (ssize k = 0; k < nkw; k++) {
    Object* kw = tuple_get(kwnames, k);
    if (str_eq_cstr(kw, "base") && !base) {
      base = args[nargs + k];
    } else if (str_eq_cstr(kw, "base")) {
      return err_format_null(Exc_TypeError, "argument for int() given by name ('base') and position (2)");
    } else {
      return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for int()", str_utf8(kw));
    }
  }
  if (!x) {
    if (base) return err_format_null(Exc_TypeError, "int() missing string argument");
    return int_from_i64(0);
  }
  if (!base) {
    if (is_int_exact(x)) return newref(x);
    if (is_str_exact(x)) return int_from_string(str_view(x), 10);  // a subclass may define __int__
    if (is_float_exact(x)) return int_from_double(float_value(x));
    if (is_bytes(x)) {
      Object* b10 = small_int(10);
      Object* pair[2] = {x, b10};
      return int_value_from_args(pair, 2, nullptr);
    }
    return number_long(x);
  }
  Object* base_int = number_index(base);  // any object with __index__
  if (!base_int) return nullptr;
  int64_t b = I(base_int)->big ? 1000 : I(base_int)->ival;  // a huge base is simply out of range
  decref(base_int);
  if (b != 0 && (b < 2 || b > 36)) return err_format_null(Exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
  if (is_str(x)) return int_from_string(str_view(x), int(b));
  if (is_bytearray(x)) {  // parsed as bytes
    Object* bx = bytes_from(bytearray_data(x), size_of(x));
    if (!bx) return nullptr;
    Object* pair[2] = {bx, base};
    Object* r = int_value_from_args(pair, 2, nullptr);
    decref(bx);
    return r;
  }
  if (is_bytes(x)) {
    std::string_view text(bytes_data(x), size_t(size_of(x)));
    bool bad;
    Object* r = int_parse(text, int(b), &bad);
    if (r || !bad) return r;
    Object* rep = bytes_repr(x);
    if (!rep) return nullptr;
    err_format(Exc_ValueError, "invalid literal for int() with base %d: %.200s", int(b), str_utf8(rep));
    decref(rep);
    return nullptr;
  }
  return err_format_null(Exc_TypeError, "int() can't convert non-string with explicit base");
}

Object* int_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* v = int_value_from_args(args, nargs, kwnames);
  if (!v || type == &IntType) return v;
  // A subclass instance: let the type system lay the object out, then copy the value in.
  Object* o = object_new_instance(type);
  if (!o) {
    decref(v);
    return nullptr;
  }
  I(o)->ival = I(v)->ival;
  I(o)->big = I(v)->big ? new BigInt(*I(v)->big) : nullptr;
  decref(v);
  return o;
}

Object* bool_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) > 0) return err_format_null(Exc_TypeError, "bool() takes no keyword arguments");
  if (nargs > 1) return err_format_null(Exc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
  if (nargs == 0) return bool_ref(false);
  int t = object_is_true(args[0]);
  if (t < 0) return nullptr;
  return bool_ref(t != 0);
}

// ---- methods --------------------------------------------------------------------

Object* m_conjugate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("int.conjugate", nargs, kwnames)) return nullptr;
  return int_exact(self);
}

Object* m_bit_length(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("int.bit_length", nargs, kwnames)) return nullptr;
  if (!I(self)->big) {
    int64_t v = I(self)->ival;
    uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    return int_from_i64(m ? 64 - __builtin_clzll(m) : 0);
  }
  return int_from_u64(I(self)->big->bit_length());
}

Object* m_bit_count(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("int.bit_count", nargs, kwnames)) return nullptr;
  if (!I(self)->big) {
    int64_t v = I(self)->ival;
    uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    return int_from_i64(__builtin_popcountll(m));
  }
  return int_from_u64(I(self)->big->bit_count());
}

// byteorder argument: 1 little, 0 big, -1 error.
int parse_byteorder(Object* o) {
  if (!o) return 0;
  if (!is_str(o)) {
    err_format(Exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", type_name(o));
    return -1;
  }
  if (str_eq_cstr(o, "little")) return 1;
  if (str_eq_cstr(o, "big")) return 0;
  err_set_string(Exc_ValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

Object* m_to_bytes(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (!parse_args("to_bytes", args, nargs, kwnames, "|length,byteorder$signed", a)) return nullptr;
  ssize length = 1;
  if (a[0]) {
    length = number_as_ssize(a[0], Exc_OverflowError);
    if (length == -1 && err_occurred()) return nullptr;
    if (length < 0) return err_format_null(Exc_ValueError, "length argument must be non-negative");
  }
  int little = parse_byteorder(a[1]);
  if (little < 0) return nullptr;
  int is_signed = a[2] ? object_is_true(a[2]) : 0;
  if (is_signed < 0) return nullptr;
  std::string buf(size_t(length), '\0');
  BigInt t;
  if (!bigint_to_bytes(int_as_bigint(self, t), reinterpret_cast<uint8_t*>(buf.data()), size_t(length), little,
                       is_signed)) {
    if (!is_signed && int_sign(self) < 0) return err_format_null(Exc_OverflowError, "can't convert negative int to unsigned");
    return err_format_null(Exc_OverflowError, "int too big to convert");
  }
  return bytes_from(buf.data(), length);
}

Object* m_from_bytes(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  if (!parse_args("from_bytes", args, nargs, kwnames, "bytes|byteorder$signed", a)) return nullptr;
  int little = parse_byteorder(a[1]);
  if (little < 0) return nullptr;
  int is_signed = a[2] ? object_is_true(a[2]) : 0;
  if (is_signed < 0) return nullptr;
  Object* data = is_bytes(a[0]) ? newref(a[0]) : call1(&BytesType, a[0]);
  if (!data) return nullptr;
  BigInt b = bigint_from_bytes(reinterpret_cast<const uint8_t*>(bytes_data(data)), size_t(size_of(data)), little,
                               is_signed);
  decref(data);
  Object* v = int_from_bigint(std::move(b));
  if (!v || cls == reinterpret_cast<Object*>(&IntType)) return v;
  Object* r = call1(cls, v);
  decref(v);
  return r;
}

Object* m_as_integer_ratio(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("int.as_integer_ratio", nargs, kwnames)) return nullptr;
  Object* v = int_exact(self);
  if (!v) return nullptr;
  Object* r = tuple_pack(2, v, small_int(1));
  decref(v);
  return r;
}

Object* m_int_self(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("int.__trunc__", nargs, kwnames)) return nullptr;
  return int_exact(self);
}

Object* m_round(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("int.__round__", args, nargs, kwnames, "|ndigits/", a)) return nullptr;
  if (!a[0] || a[0] == None) return int_exact(self);
  Object* nd = number_index(a[0]);
  if (!nd) return nullptr;
  int s = int_sign(nd);
  if (s >= 0) {
    decref(nd);
    return int_exact(self);
  }
  BigInt tn, tv;
  BigInt neg_nd = int_as_bigint(nd, tn).negated();
  decref(nd);
  const BigInt& v = int_as_bigint(self, tv);
  // Beyond the number of digits of v the result is always 0.
  if (!neg_nd.fits_i64() || uint64_t(neg_nd.to_i64()) > v.bit_length() / 3 + 2) return int_from_i64(0);
  BigInt p = bigint_pow(BigInt::from_i64(10), uint64_t(neg_nd.to_i64()));
  BigInt q, r;
  bigint_divmod(v, p, &q, &r);
  // Round half to even: compare 2r with p.
  int c = bigint_cmp(bigint_add(r, r), p);
  if (c > 0 || (c == 0 && q.is_odd())) q = bigint_add(q, BigInt::from_i64(1));
  return int_from_bigint(bigint_mul(q, p));
}

Object* m_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("__format__", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "__format__() takes exactly one argument (%zd given)", nargs);
  if (!is_str(args[0])) return err_format_null(Exc_TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  // An empty spec is str(self) (a subclass's __str__ or __repr__), as in CPython.
  if (str_len(args[0]) == 0 && !is_int_exact(self)) return object_str(self);
  return format_int(self, str_view(args[0]));
}

Object* m_getnewargs(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("int.__getnewargs__", nargs, kwnames)) return nullptr;
  Object* v = int_exact(self);
  if (!v) return nullptr;
  Object* r = tuple_pack(1, v);
  decref(v);
  return r;
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("int.__sizeof__", nargs, kwnames)) return nullptr;
  // What CPython reports: a 24-byte header plus 4 bytes per 30-bit digit, at least one digit.
  uint64_t bits;
  if (I(self)->big) {
    bits = I(self)->big->bit_length();
  } else {
    int64_t v = I(self)->ival;
    uint64_t m = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    bits = m ? uint64_t(64 - __builtin_clzll(m)) : 0;
  }
  uint64_t digits = (bits + 29) / 30;
  return int_from_u64(24 + 4 * (digits ? digits : 1));
}

Object* g_real(Object* self, void*) { return int_exact(self); }
Object* g_imag(Object*, void*) { return int_from_i64(0); }
Object* g_denominator(Object*, void*) { return int_from_i64(1); }

MethodDef int_methods[] = {
    {"conjugate", m_conjugate, METH_DEFAULT, "Returns self, the complex conjugate of any int."},
    {"bit_length", m_bit_length, METH_DEFAULT, "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, METH_DEFAULT, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", m_to_bytes, METH_DEFAULT, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT, "Return integer ratio."},
    {"__trunc__", m_int_self, METH_DEFAULT, "Truncating an Integral returns itself."},
    {"__floor__", m_int_self, METH_DEFAULT, "Flooring an Integral returns itself."},
    {"__ceil__", m_int_self, METH_DEFAULT, "Ceiling of an Integral returns itself."},
    {"__round__", m_round, METH_DEFAULT, "Rounding an Integral returns itself."},
    {"__format__", m_format, METH_DEFAULT, "Convert to a string according to format_spec."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Returns size in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef int_getset[] = {
    {"real", g_real, nullptr, "the real part of a complex number", nullptr},
    {"imag", g_imag, nullptr, "the imaginary part of a complex number", nullptr},
    {"numerator", g_real, nullptr, "the numerator of a rational number in lowest terms", nullptr},
    {"denominator", g_denominator, nullptr, "the denominator of a rational number in lowest terms", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void set_int(IntObject* o, TypeObject* t, int64_t v) {
  init_static_object(o, t);
  o->ival = v;
  o->big = nullptr;
}

}  // namespace

void init_int_types() {
  // The cache first: type_ready may already need small ints.
  for (int64_t v = SMALL_INT_MIN; v <= SMALL_INT_MAX; v++) set_int(&small_ints[v - SMALL_INT_MIN], &IntType, v);
  set_int(&TrueStruct, &BoolType, 1);
  set_int(&FalseStruct, &BoolType, 0);

  TypeObject& t = IntType;
  t.tp_name = "int";
  t.tp_basicsize = sizeof(IntObject);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_LONG_SUBCLASS | TPFLAG_IMMUTABLE;
  t.tp_doc =
      "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 "
      "if no arguments\nare given.";
  t.tp_dealloc = int_dealloc;
  t.tp_repr = int_repr;
  // no tp_str: object's calls tp_repr, so str() of a subclass follows its __repr__ as in CPython
  t.tp_hash = int_hash;
  t.tp_richcompare = int_richcompare;
  t.tp_new = int_new;
  t.nb_add = int_add;
  t.nb_subtract = int_sub;
  t.nb_multiply = int_mul;
  t.nb_remainder = int_mod;
  t.nb_divmod = int_divmod;
  t.nb_floor_divide = int_floordiv;
  t.nb_true_divide = int_truediv;
  t.nb_power = int_pow;
  t.nb_lshift = int_lshift;
  t.nb_rshift = int_rshift;
  t.nb_and = int_and;
  t.nb_or = int_or;
  t.nb_xor = int_xor;
  t.nb_negative = int_neg;
  t.nb_positive = int_pos;
  t.nb_absolute = int_abs;
  t.nb_invert = int_invert;
  t.nb_bool = int_bool;
  t.nb_int = int_int;
  t.nb_float = int_float;
  t.nb_index = int_int;
  t.tp_methods = int_methods;
  t.tp_getset = int_getset;
  type_ready(&IntType);

  TypeObject& b = BoolType;
  b.tp_name = "bool";
  b.tp_basicsize = sizeof(IntObject);
  b.tp_flags = TPFLAG_LONG_SUBCLASS | TPFLAG_IMMUTABLE;  // not BASETYPE: bool cannot be subclassed
  b.tp_doc =
      "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False "
      "are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be "
      "subclassed.";
  b.tp_base = &IntType;
  b.tp_dealloc = int_dealloc;
  b.tp_repr = bool_repr;
  b.tp_new = bool_new;
  b.nb_and = bool_and;
  b.nb_or = bool_or;
  b.nb_xor = bool_xor;
  type_ready(&BoolType);
}

}  // namespace rt

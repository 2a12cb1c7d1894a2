// Number operations: the binary-operator dispatch (CPython's binary_op1:
// the right operand's slot first when its type is a subclass of the left's),
// in-place operators, pow, unary operators, index/int/float conversion.
#include <cstddef>
#include <cstdint>

#include "runtime/bytes/buffer.h"
#include "runtime/numbers/int.h"
#include "runtime/types/type.h"
#include "runtime/types/typeslots.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace rt {

namespace {

struct BinInfo {
  size_t off;
  size_t ioff;
  const char* sym;
  const char* isym;
};
const BinInfo binfo[] = {
#define BINOP(name, sym, slot, islot, dunder, rdunder, idunder) \
  {offsetof(TypeObject, slot), offsetof(TypeObject, islot), sym, sym "="},
#include "../interp/binops.def"
#undef BINOP
};

inline binaryfunc bslot(TypeObject* t, size_t off) {
  return *reinterpret_cast<binaryfunc*>(reinterpret_cast<char*>(t) + off);
}

Object* binary_op1(Object* v, Object* w, size_t off) {
  TypeObject* vt = type_of(v);
  TypeObject* wt = type_of(w);
  binaryfunc slotv = bslot(vt, off);
  binaryfunc slotw = nullptr;
  if (wt != vt) {
    slotw = bslot(wt, off);
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && is_subtype(wt, vt)) {
      Object* x = slotw(v, w);
      if (x != NotImplemented) return x;
      decref(x);
      slotw = nullptr;
    }
    Object* x = slotv(v, w);
    if (x != NotImplemented) return x;
    decref(x);
  }
  if (slotw) return slotw(v, w);
  return notimpl_ref();
}

Object* binop_type_error(Object* v, Object* w, const char* sym) {
  err_format(Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, type_name(v), type_name(w));
  return nullptr;
}

Object* ternary_op(Object* v, Object* w, Object* z, bool inplace) {
  TypeObject* vt = type_of(v);
  TypeObject* wt = type_of(w);
  if (inplace && vt->nb_inplace_power) {
    Object* x = vt->nb_inplace_power(v, w, z);
    if (x != NotImplemented) return x;
    decref(x);
  }
  ternaryfunc slotv = vt->nb_power;
  ternaryfunc slotw = nullptr;
  if (wt != vt) {
    slotw = wt->nb_power;
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && is_subtype(wt, vt)) {
      Object* x = slotw(v, w, z);
      if (x != NotImplemented) return x;
      decref(x);
      slotw = nullptr;
    }
    Object* x = slotv(v, w, z);
    if (x != NotImplemented) return x;
    decref(x);
  }
  if (slotw) {
    Object* x = slotw(v, w, z);
    if (x != NotImplemented) return x;
    decref(x);
  }
  if (z != None) {
    ternaryfunc slotz = type_of(z)->nb_power;
    if (slotz && slotz != slotv && slotz != slotw) {
      Object* x = slotz(v, w, z);
      if (x != NotImplemented) return x;
      decref(x);
    }
    err_format(Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name(v),
               type_name(w), type_name(z));
    return nullptr;
  }
  return binop_type_error(v, w, inplace ? "**=" : "** or pow()");
}

}  // namespace

Object* number_binop(Object* a, Object* b, int which) {
  if (which >= BINOP_COUNT) return number_inplace_binop(a, b, which - BINOP_COUNT);
  if (which == BINOP_POW) return ternary_op(a, b, None, false);
  const BinInfo& bi = binfo[which];
  Object* r = binary_op1(a, b, bi.off);
  if (r != NotImplemented) return r;
  decref(r);
  return binop_type_error(a, b, bi.sym);
}

Object* number_inplace_binop(Object* a, Object* b, int which) {
  if (which == BINOP_POW) return ternary_op(a, b, None, true);
  const BinInfo& bi = binfo[which];
  binaryfunc islot = bslot(type_of(a), bi.ioff);
  if (islot) {
    Object* r = islot(a, b);
    if (r != NotImplemented) return r;
    decref(r);
  }
  Object* r = binary_op1(a, b, bi.off);
  if (r != NotImplemented) return r;
  decref(r);
  return binop_type_error(a, b, bi.isym);
}

Object* number_power(Object* a, Object* b, Object* mod) { return ternary_op(a, b, mod ? mod : None, false); }

Object* number_divmod(Object* a, Object* b) {
  Object* r = binary_op1(a, b, offsetof(TypeObject, nb_divmod));
  if (r != NotImplemented) return r;
  decref(r);
  return binop_type_error(a, b, "divmod()");
}

const char* binop_symbol(int which) {
  if (which >= 0 && which < BINOP_COUNT) return binfo[which].sym;
  if (which >= BINOP_COUNT && which < 2 * BINOP_COUNT) return binfo[which - BINOP_COUNT].isym;
  return "?";
}

// ---- unary ---------------------------------------------------------------------------------------
Object* number_negative(Object* o) {
  if (unaryfunc f = type_of(o)->nb_negative) return f(o);
  return err_format_null(Exc_TypeError, "bad operand type for unary -: '%s'", type_name(o));
}

Object* number_positive(Object* o) {
  if (unaryfunc f = type_of(o)->nb_positive) return f(o);
  return err_format_null(Exc_TypeError, "bad operand type for unary +: '%s'", type_name(o));
}

Object* number_invert(Object* o) {
  if (unaryfunc f = type_of(o)->nb_invert) return f(o);
  return err_format_null(Exc_TypeError, "bad operand type for unary ~: '%s'", type_name(o));
}

Object* number_absolute(Object* o) {
  if (unaryfunc f = type_of(o)->nb_absolute) return f(o);
  return err_format_null(Exc_TypeError, "bad operand type for abs(): '%s'", type_name(o));
}

// ---- conversions ---------------------------------------------------------------------------------
namespace {
// r (new reference), which a conversion method returned, as an exact int:
// anything but an int is a TypeError; a strict int subclass warns and is
// copied, as in CPython 3.11.  Consumes r.
Object* exact_int_result(Object* r, const char* method) {
  if (!r || is_int_exact(r)) return r;
  if (!is_int(r)) {
    err_format(Exc_TypeError, "%s returned non-int (type %s)", method, type_name(r));
    decref(r);
    return nullptr;
  }
  std::string msg = std::string(method) + " returned non-int (type " + type_name(r) +
                    ").  The ability to return an instance of a strict subclass of int is deprecated, and may be "
                    "removed in a future version of Python.";
  Object* i = err_warn(Exc_DeprecationWarning, msg.c_str()) < 0 ? nullptr : int_exact(r);
  decref(r);
  return i;
}
}  // namespace

Object* number_index(Object* o) {
  if (is_int_exact(o)) return newref(o);
  if (is_int(o)) return int_exact(o);
  unaryfunc f = type_of(o)->nb_index;
  if (!f) return err_format_null(Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(o));
  return exact_int_result(f(o), "__index__");
}

Object* number_long(Object* o) {
  if (is_int_exact(o)) return newref(o);
  TypeObject* t = type_of(o);
  if (t->nb_int) return exact_int_result(t->nb_int(o), "__int__");
  if (t->nb_index) return number_index(o);
  Object* trunc = type_lookup(t, names::__trunc__);
  if (trunc) {
    if (err_warn(Exc_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.") < 0) return nullptr;
    Object* r = call_found_special(trunc, o, nullptr, 0);
    if (!r || is_int_exact(r)) return r;
    if (is_int(r)) {
      Object* i = int_exact(r);
      decref(r);
      return i;
    }
    Object* i = type_of(r)->nb_index ? number_index(r) : nullptr;
    if (!i && !err_occurred())
      err_format(Exc_TypeError, "__trunc__ returned non-Integral (type %s)", type_name(r));
    decref(r);
    return i;
  }
  if (is_str(o)) return int_from_string(str_view(o), 10);
  if (is_bytes(o)) {
    // Bytes are ASCII text: anything else (b'\xa0') is invalid, reported with the bytes repr.
    std::string_view text(bytes_data(o), size_t(size_of(o)));
    bool ascii = true;
    for (unsigned char c : text) ascii &= c < 0x80;
    Object* r = ascii ? int_from_string(text, 10) : nullptr;
    if (!r && (!ascii || err_matches(Exc_ValueError))) {
      err_clear();
      Object* rep = bytes_repr(o);
      if (!rep) return nullptr;
      err_format(Exc_ValueError, "invalid literal for int() with base 10: %s", str_utf8(rep));
      decref(rep);
    }
    return r;
  }
  if (object_has_buffer(o)) {  // bytearray, memoryview, ...: parsed as bytes
    Object* b = call1(&BytesType, o);
    Object* r = b ? number_long(b) : nullptr;
    xdecref(b);
    return r;
  }
  return err_format_null(Exc_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         type_name(o));
}

Object* number_float(Object* o) {
  if (is_float_exact(o)) return newref(o);
  TypeObject* t = type_of(o);
  if (t->nb_float) {
    Object* r = t->nb_float(o);
    if (!r) return nullptr;
    if (is_float_exact(r)) return r;
    if (!is_float(r)) {
      err_format(Exc_TypeError, "%s.__float__ returned non-float (type %s)", type_name(o), type_name(r));
      decref(r);
      return nullptr;
    }
    std::string msg = std::string(type_name(o)) + ".__float__ returned non-float (type " + type_name(r) +
                      ").  The ability to return an instance of a strict subclass of float is deprecated, and "
                      "may be removed in a future version of Python.";
    if (err_warn(Exc_DeprecationWarning, msg.c_str()) < 0) {
      decref(r);
      return nullptr;
    }
    double v = float_value(r);
    decref(r);
    return float_from_double(v);
  }
  if (t->nb_index) {
    Object* i = number_index(o);
    if (!i) return nullptr;
    double v = int_as_double(i);
    decref(i);
    if (v == -1.0 && err_occurred()) return nullptr;
    return float_from_double(v);
  }
  if (is_float(o)) return float_from_double(float_value(o));
  if (is_str(o)) return float_from_string(o);
  if (object_has_buffer(o)) return float_from_string(o);  // bytes too; errors show the object's repr
  return err_format_null(Exc_TypeError, "float() argument must be a string or a real number, not '%s'",
                         type_name(o));
}

ssize number_as_ssize(Object* o, TypeObject* overflow_exc) {
  if (is_int(o) && int_is_small(o)) return ssize(int_small_value(o));
  Object* i = number_index(o);
  if (!i) return -1;
  if (int_fits_i64(i)) {
    ssize v = ssize(int_as_i64(i));
    decref(i);
    return v;
  }
  if (!overflow_exc) {
    int s = int_sign(i);
    decref(i);
    return s < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  }
  err_format(overflow_exc, "cannot fit '%s' into an index-sized integer", type_name(o));
  decref(i);
  return -1;
}

}  // namespace rt

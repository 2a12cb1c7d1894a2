// Slots <-> dunders: the table, the wrapper functions that let Python call a
// built-in type's C slots (int.__add__), and the generic slot functions that
// let the runtime call a class's dunders (slot_nb_add calls __add__/__radd__).
#include <cstddef>
#include <vector>

#include "runtime/types/descr.h"
#include "runtime/types/type.h"
#include "runtime/types/typeslots.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace rt {

namespace {

inline void*& slot_ref(TypeObject* t, size_t off) {
  return *reinterpret_cast<void**>(reinterpret_cast<char*>(t) + off);
}
template <class F>
void* fp(F f) {
  return reinterpret_cast<void*>(f);
}

// ---- argument checks for wrappers ---------------------------------------------------
bool check_args(const SlotDef* sd, ssize nargs, Object* kwnames, ssize want) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "wrapper %s() takes no keyword arguments", sd->name);
    return false;
  }
  if (nargs != want) {
    err_format(Exc_TypeError, "expected %zd argument%s, got %zd", want, want == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

bool check_args_range(const SlotDef* sd, ssize nargs, Object* kwnames, ssize lo, ssize hi) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "wrapper %s() takes no keyword arguments", sd->name);
    return false;
  }
  if (nargs < lo || nargs > hi) {
    err_format(Exc_TypeError, "expected %zd or %zd arguments, got %zd", lo, hi, nargs);
    return false;
  }
  return true;
}

// ---- wrappers: Python call -> C slot -----------------------------------------------------
Object* wrap_unaryfunc(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 0)) return nullptr;
  return reinterpret_cast<unaryfunc>(w)(self);
}
Object* wrap_binaryfunc(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 1)) return nullptr;
  return reinterpret_cast<binaryfunc>(w)(self, a[0]);
}
Object* wrap_binaryfunc_r(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 1)) return nullptr;
  return reinterpret_cast<binaryfunc>(w)(a[0], self);
}
Object* wrap_ternaryfunc(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args_range(sd, n, kw, 1, 2)) return nullptr;
  return reinterpret_cast<ternaryfunc>(w)(self, a[0], n > 1 ? a[1] : None);
}
Object* wrap_ternaryfunc_r(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args_range(sd, n, kw, 1, 2)) return nullptr;
  return reinterpret_cast<ternaryfunc>(w)(a[0], self, n > 1 ? a[1] : None);
}
Object* wrap_richcmp(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 1)) return nullptr;
  return reinterpret_cast<richcmpfunc>(w)(self, a[0], sd->op);
}
Object* wrap_hashfunc(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 0)) return nullptr;
  hash_t h = reinterpret_cast<hashfunc>(w)(self);
  if (h == -1 && err_occurred()) return nullptr;
  return int_from_i64(h);
}
Object* wrap_lenfunc(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 0)) return nullptr;
  ssize r = reinterpret_cast<lenfunc>(w)(self);
  if (r == -1 && err_occurred()) return nullptr;
  return int_from_i64(r);
}
Object* wrap_inquirypred(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 0)) return nullptr;
  int r = reinterpret_cast<inquiry>(w)(self);
  if (r < 0) return nullptr;
  return bool_ref(r);
}
Object* wrap_objobjproc(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 1)) return nullptr;
  int r = reinterpret_cast<objobjproc>(w)(self, a[0]);
  if (r < 0) return nullptr;
  return bool_ref(r);
}
Object* wrap_objobjargproc(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 2)) return nullptr;
  if (reinterpret_cast<objobjargproc>(w)(self, a[0], a[1]) < 0) return nullptr;
  return none_ref();
}
Object* wrap_delitem(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 1)) return nullptr;
  if (reinterpret_cast<objobjargproc>(w)(self, a[0], nullptr) < 0) return nullptr;
  return none_ref();
}
// object.__setattr__(cls, ...) must not bypass type's own __setattr__ (CPython's "hackcheck").
bool setattr_hackcheck(Object* self, void* w, const char* what) {
  TypeObject* t = type_of(self);
  while (t && has_flag(t, TPFLAG_HEAPTYPE)) t = t->tp_base;
  if (t && reinterpret_cast<void*>(t->tp_setattro) != w) {
    err_format(Exc_TypeError, "can't apply this %s to %s object", what, t->tp_name);
    return false;
  }
  return true;
}

Object* wrap_setattr(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 2)) return nullptr;
  if (!setattr_hackcheck(self, w, "__setattr__")) return nullptr;
  if (reinterpret_cast<setattrofunc>(w)(self, a[0], a[1]) < 0) return nullptr;
  return none_ref();
}
Object* wrap_delattr(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 1)) return nullptr;
  if (!setattr_hackcheck(self, w, "__delattr__")) return nullptr;
  if (reinterpret_cast<setattrofunc>(w)(self, a[0], nullptr) < 0) return nullptr;
  return none_ref();
}
Object* wrap_call(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  return reinterpret_cast<vectorcallfunc>(w)(self, a, n, kw);
}
Object* wrap_init(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (reinterpret_cast<initfunc>(w)(self, a, n, kw) < 0) return nullptr;
  return none_ref();
}
Object* wrap_next(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 0)) return nullptr;
  Object* r = reinterpret_cast<unaryfunc>(w)(self);
  if (!r && !err_occurred()) err_set_none(Exc_StopIteration);
  return r;
}
Object* wrap_descr_get(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args_range(sd, n, kw, 1, 2)) return nullptr;
  Object* obj = a[0] == None ? nullptr : a[0];
  Object* type = n > 1 && a[1] != None ? a[1] : nullptr;
  if (!obj && !type) {
    err_set_string(Exc_TypeError, "__get__(None, None) is invalid");
    return nullptr;
  }
  return reinterpret_cast<descrgetfunc>(w)(self, obj, type);
}
Object* wrap_descr_set(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 2)) return nullptr;
  if (reinterpret_cast<descrsetfunc>(w)(self, a[0], a[1]) < 0) return nullptr;
  return none_ref();
}
Object* wrap_descr_delete(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 1)) return nullptr;
  if (reinterpret_cast<descrsetfunc>(w)(self, a[0], nullptr) < 0) return nullptr;
  return none_ref();
}
Object* wrap_del(Object* self, Object* const* a, ssize n, Object* kw, void* w, const SlotDef* sd) {
  if (!check_args(sd, n, kw, 0)) return nullptr;
  reinterpret_cast<destructor>(w)(self);
  if (err_occurred()) return nullptr;
  return none_ref();
}

// ---- generic slot functions: C slot call -> the class's dunder ----------------------------
Object* call0_special(Object* self, Object* name, bool* found) { return call_special(self, name, nullptr, 0, found); }
Object* call1_special(Object* self, Object* name, Object* a, bool* found) {
  return call_special(self, name, &a, 1, found);
}

Object* slot_tp_repr(Object* self) {
  bool found;
  Object* r = call0_special(self, names::__repr__, &found);
  if (!found) return object_repr_slot(self);
  return r;
}

Object* slot_tp_str(Object* self) {
  bool found;
  Object* r = call0_special(self, names::__str__, &found);
  if (!found) return object_repr(self);
  return r;
}

hash_t slot_tp_hash(Object* self) {
  Object* d = type_lookup(type_of(self), names::__hash__);
  if (!d || d == None) return hash_not_implemented(self);
  Object* r = call_found_special(d, self, nullptr, 0);
  if (!r) return -1;
  if (!is_int(r)) {
    decref(r);
    err_set_string(Exc_TypeError, "__hash__ method should return an integer");
    return -1;
  }
  hash_t h;
  if (int_fits_i64(r)) {
    h = int_as_i64(r);
  } else {
    h = IntType.tp_hash(r);
  }
  decref(r);
  if (h == -1 && !err_occurred()) h = -2;
  return h;
}

Object* slot_tp_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* d = type_lookup(type_of(self), names::__call__);
  if (!d) {
    err_format(Exc_TypeError, "'%s' object is not callable", type_name(self));
    return nullptr;
  }
  return call_found_special(d, self, args, nargs, kwnames);
}

Object* slot_tp_richcompare(Object* self, Object* other, int op) {
  static Object** const op_names[] = {&names::__lt__, &names::__le__, &names::__eq__,
                                      &names::__ne__, &names::__gt__, &names::__ge__};
  Object* d = type_lookup(type_of(self), *op_names[op]);
  if (!d || d == None) return notimpl_ref();
  descrgetfunc get = type_of(d)->tp_descr_get;
  if (get && type_of(d) != &FunctionType) {
    // As CPython: when binding the method fails (a property that raises), the
    // comparison is NotImplemented and the other operand or identity decides.
    Object* bound = get(d, self, type_of(self));
    if (!bound) {
      err_clear();
      return notimpl_ref();
    }
    Object* r = call1(bound, other);
    decref(bound);
    return r;
  }
  return call_found_special(d, self, &other, 1);
}

Object* slot_tp_iter(Object* self) {
  Object* d = type_lookup(type_of(self), names::__iter__);
  if (d == None) {
    err_format(Exc_TypeError, "'%s' object is not iterable", type_name(self));
    return nullptr;
  }
  if (!d) {
    if (type_lookup(type_of(self), names::__getitem__)) return seq_iter_new(self);
    err_format(Exc_TypeError, "'%s' object is not iterable", type_name(self));
    return nullptr;
  }
  return call_found_special(d, self, nullptr, 0);
}

Object* slot_tp_iternext(Object* self) {
  Object* d = type_lookup(type_of(self), names::__next__);
  if (!d) {
    err_format(Exc_TypeError, "'%s' object is not an iterator", type_name(self));
    return nullptr;
  }
  // A StopIteration raised by __next__ stays pending: callers treat null with
  // or without StopIteration as exhaustion, and next()/yield from keep its value.
  return call_found_special(d, self, nullptr, 0);
}

Object* slot_tp_descr_get(Object* self, Object* obj, Object* type) {
  Object* d = type_lookup(type_of(self), names::__get__);
  if (!d) return newref(self);
  Object* a[2] = {obj ? obj : None, type ? type : None};
  return call_found_special(d, self, a, 2);
}

int slot_tp_descr_set(Object* self, Object* obj, Object* value) {
  bool found;
  Object* r;
  if (value) {
    Object* a[2] = {obj, value};
    r = call_special(self, names::__set__, a, 2, &found);
    if (!found) err_set_object(Exc_AttributeError, names::__set__);
  } else {
    r = call_special(self, names::__delete__, &obj, 1, &found);
    if (!found) err_set_object(Exc_AttributeError, names::__delete__);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

int slot_tp_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* d = type_lookup(type_of(self), names::__init__);
  if (!d) return 0;
  Object* r = call_found_special(d, self, args, nargs, kwnames);
  if (!r) return -1;
  if (r != None) {
    err_format(Exc_TypeError, "__init__() should return None, not '%s'", type_name(r));
    decref(r);
    return -1;
  }
  decref(r);
  return 0;
}

Object* slot_tp_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* func = object_getattr(type, names::__new__);
  if (!func) return nullptr;
  Object* r = call_with_self(func, type, args, nargs, kwnames);
  decref(func);
  return r;
}

void slot_tp_finalize(Object* self) {
  mark_finalized(self);
  Object* d = type_lookup(type_of(self), names::__del__);
  if (!d) return;
  incref(d);
  Object* saved = err_fetch();
  Object* r = call_found_special(d, self, nullptr, 0);
  if (!r)
    err_write_unraisable(d, "Exception ignored in");
  else
    decref(r);
  decref(d);
  err_restore(saved);
}

int slot_tp_setattro(Object* self, Object* name, Object* value) {
  bool found;
  Object* r;
  if (value) {
    Object* a[2] = {name, value};
    r = call_special(self, names::__setattr__, a, 2, &found);
    if (!found) return object_generic_setattr(self, name, value);
  } else {
    r = call_special(self, names::__delattr__, &name, 1, &found);
    if (!found) return object_generic_setattr(self, name, nullptr);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

ssize slot_mp_length(Object* self) {
  bool found;
  Object* r = call0_special(self, names::__len__, &found);
  if (!found) {
    err_format(Exc_TypeError, "object of type '%s' has no len()", type_name(self));
    return -1;
  }
  if (!r) return -1;
  Object* idx = number_index(r);
  decref(r);
  if (!idx) return -1;
  if (int_sign(idx) < 0) {
    decref(idx);
    err_set_string(Exc_ValueError, "__len__() should return >= 0");
    return -1;
  }
  ssize n = number_as_ssize(idx, Exc_OverflowError);
  decref(idx);
  return n;
}

Object* slot_mp_subscript(Object* self, Object* key) {
  bool found;
  Object* r = call1_special(self, names::__getitem__, key, &found);
  if (!found) err_format(Exc_TypeError, "'%s' object is not subscriptable", type_name(self));
  return r;
}

int slot_mp_ass_subscript(Object* self, Object* key, Object* value) {
  bool found;
  Object* r;
  if (value) {
    Object* a[2] = {key, value};
    r = call_special(self, names::__setitem__, a, 2, &found);
    if (!found) err_set_object(Exc_AttributeError, names::__setitem__);
  } else {
    r = call1_special(self, names::__delitem__, key, &found);
    if (!found) err_set_object(Exc_AttributeError, names::__delitem__);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

int slot_sq_contains(Object* self, Object* item) {
  Object* d = type_lookup(type_of(self), names::__contains__);
  if (d == None) {
    err_format(Exc_TypeError, "'%s' object is not a container", type_name(self));
    return -1;
  }
  if (!d) {
    err_format(Exc_TypeError, "argument of type '%s' is not iterable", type_name(self));
    return -1;
  }
  Object* r = call_found_special(d, self, &item, 1);
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

int slot_nb_bool(Object* self) {
  bool found;
  Object* r = call0_special(self, names::__bool__, &found);
  if (!found) return 1;
  if (!r) return -1;
  if (!is_bool(r)) {
    err_format(Exc_TypeError, "__bool__ should return bool, returned %s", type_name(r));
    decref(r);
    return -1;
  }
  int t = r == True;
  decref(r);
  return t;
}

template <Object** Name>
Object* slot_unary(Object* self) {
  bool found;
  Object* r = call0_special(self, *Name, &found);
  if (!found) {
    err_set_object(Exc_AttributeError, *Name);
    return nullptr;
  }
  return r;
}

// Binary operators: CPython's SLOT1BINFULL.
struct BinSlotInfo {
  size_t offset;
  Object** name;
  Object** rname;
  Object** iname;
  size_t ioffset;
};
const BinSlotInfo bin_slots[] = {
#define BINOP(n, sym, slot, islot, dunder, rdunder, idunder) \
  {offsetof(TypeObject, slot), &names::dunder, &names::rdunder, &names::idunder, offsetof(TypeObject, islot)},
#include "interp/binops.def"
#undef BINOP
    {offsetof(TypeObject, nb_divmod), &names::__divmod__, &names::__rdivmod__, nullptr, 0},
};
constexpr int BIN_DIVMOD = BINOP_COUNT;

bool method_is_overloaded(TypeObject* left, TypeObject* right, Object* name) {
  Object* a = type_lookup(right, name);
  if (!a) return false;
  Object* b = type_lookup(left, name);
  if (!b) return true;
  return a != b;
}

Object* call_maybe(Object* self, Object* name, Object* const* args, ssize nargs) {
  Object* d = type_lookup(type_of(self), name);
  if (!d || d == None) return notimpl_ref();
  return call_found_special(d, self, args, nargs);
}

template <int I>
Object* slot_nb_binary(Object* self, Object* other) {
  const BinSlotInfo& info = bin_slots[I];
  void* me = fp(&slot_nb_binary<I>);
  TypeObject* lt = type_of(self);
  TypeObject* rt_ = type_of(other);
  bool do_other = lt != rt_ && slot_ref(rt_, info.offset) == me;
  if (slot_ref(lt, info.offset) == me) {
    if (do_other && is_subtype(rt_, lt) && method_is_overloaded(lt, rt_, *info.rname)) {
      Object* r = call_maybe(other, *info.rname, &self, 1);
      if (r != NotImplemented) return r;
      decref(r);
      do_other = false;
    }
    Object* r = call_maybe(self, *info.name, &other, 1);
    if (r != NotImplemented || lt == rt_) return r;
    decref(r);
  }
  if (do_other) return call_maybe(other, *info.rname, &self, 1);
  return notimpl_ref();
}

Object* slot_nb_power(Object* self, Object* other, Object* mod);

Object* slot_nb_power_binary(Object* self, Object* other) {
  const BinSlotInfo& info = bin_slots[BINOP_POW];
  TypeObject* lt = type_of(self);
  TypeObject* rt_ = type_of(other);
  ternaryfunc me = slot_nb_power;
  bool do_other = lt != rt_ && rt_->nb_power == me;
  if (lt->nb_power == me) {
    if (do_other && is_subtype(rt_, lt) && method_is_overloaded(lt, rt_, *info.rname)) {
      Object* r = call_maybe(other, *info.rname, &self, 1);
      if (r != NotImplemented) return r;
      decref(r);
      do_other = false;
    }
    Object* r = call_maybe(self, *info.name, &other, 1);
    if (r != NotImplemented || lt == rt_) return r;
    decref(r);
  }
  if (do_other) return call_maybe(other, *info.rname, &self, 1);
  return notimpl_ref();
}

Object* slot_nb_power(Object* self, Object* other, Object* mod) {
  if (mod == None) return slot_nb_power_binary(self, other);
  // Three-argument pow() only tries the left operand's __pow__.
  if (type_of(self)->nb_power == slot_nb_power) {
    Object* a[2] = {other, mod};
    return call_maybe(self, names::__pow__, a, 2);
  }
  return notimpl_ref();
}

template <int I>
Object* slot_nb_inplace(Object* self, Object* other) {
  return call_maybe(self, *bin_slots[I].iname, &other, 1);
}

Object* slot_nb_inplace_power(Object* self, Object* other, Object* mod) {
  return call_maybe(self, names::__ipow__, &other, 1);
}

// ---- the table ---------------------------------------------------------------------------------
#define OFF(f) offsetof(TypeObject, f)
#define SD(NAME, FIELD, GEN, WRAP, FLAGS, OP, DOC) {#NAME, &names::NAME, OFF(FIELD), fp(GEN), WRAP, FLAGS, OP, DOC}

std::vector<SlotDef> build_table() {
  std::vector<SlotDef> v = {
      SD(__repr__, tp_repr, slot_tp_repr, wrap_unaryfunc, 0, 0, "Return repr(self)."),
      SD(__str__, tp_str, slot_tp_str, wrap_unaryfunc, 0, 0, "Return str(self)."),
      SD(__hash__, tp_hash, slot_tp_hash, wrap_hashfunc, 0, 0, "Return hash(self)."),
      SD(__call__, tp_call, slot_tp_call, wrap_call, SLOTF_KW, 0, "Call self as a function."),
      SD(__getattribute__, tp_getattro, slot_tp_getattr_hook, wrap_binaryfunc, 0, 0, "Return getattr(self, name)."),
      SD(__getattr__, tp_getattro, slot_tp_getattr_hook, nullptr, 0, 0, nullptr),
      SD(__setattr__, tp_setattro, slot_tp_setattro, wrap_setattr, 0, 0, "Implement setattr(self, name, value)."),
      SD(__delattr__, tp_setattro, slot_tp_setattro, wrap_delattr, 0, 0, "Implement delattr(self, name)."),
      SD(__lt__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, 0, CMP_LT, "Return self<value."),
      SD(__le__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, 0, CMP_LE, "Return self<=value."),
      SD(__eq__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, 0, CMP_EQ, "Return self==value."),
      SD(__ne__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, 0, CMP_NE, "Return self!=value."),
      SD(__gt__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, 0, CMP_GT, "Return self>value."),
      SD(__ge__, tp_richcompare, slot_tp_richcompare, wrap_richcmp, 0, CMP_GE, "Return self>=value."),
      SD(__iter__, tp_iter, slot_tp_iter, wrap_unaryfunc, 0, 0, "Implement iter(self)."),
      SD(__next__, tp_iternext, slot_tp_iternext, wrap_next, 0, 0, "Implement next(self)."),
      SD(__get__, tp_descr_get, slot_tp_descr_get, wrap_descr_get, 0, 0, "Return an attribute of instance."),
      SD(__set__, tp_descr_set, slot_tp_descr_set, wrap_descr_set, 0, 0, "Set an attribute of instance to value."),
      SD(__delete__, tp_descr_set, slot_tp_descr_set, wrap_descr_delete, 0, 0, "Delete an attribute of instance."),
      SD(__init__, tp_init, slot_tp_init, wrap_init, SLOTF_KW, 0,
         "Initialize self.  See help(type(self)) for accurate signature."),
      SD(__new__, tp_new, slot_tp_new, nullptr, 0, 0, nullptr),
      SD(__del__, tp_finalize, slot_tp_finalize, wrap_del, 0, 0, "Called when the instance is about to be destroyed."),
      SD(__len__, mp_length, slot_mp_length, wrap_lenfunc, 0, 0, "Return len(self)."),
      SD(__getitem__, mp_subscript, slot_mp_subscript, wrap_binaryfunc, 0, 0, "Return self[key]."),
      SD(__setitem__, mp_ass_subscript, slot_mp_ass_subscript, wrap_objobjargproc, 0, 0, "Set self[key] to value."),
      SD(__delitem__, mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem, 0, 0, "Delete self[key]."),
      SD(__contains__, sq_contains, slot_sq_contains, wrap_objobjproc, 0, 0, "Return key in self."),
      SD(__bool__, nb_bool, slot_nb_bool, wrap_inquirypred, 0, 0, "True if self else False"),
      SD(__neg__, nb_negative, slot_unary<&names::__neg__>, wrap_unaryfunc, 0, 0, "-self"),
      SD(__pos__, nb_positive, slot_unary<&names::__pos__>, wrap_unaryfunc, 0, 0, "+self"),
      SD(__abs__, nb_absolute, slot_unary<&names::__abs__>, wrap_unaryfunc, 0, 0, "abs(self)"),
      SD(__invert__, nb_invert, slot_unary<&names::__invert__>, wrap_unaryfunc, 0, 0, "~self"),
      SD(__int__, nb_int, slot_unary<&names::__int__>, wrap_unaryfunc, 0, 0, "int(self)"),
      SD(__float__, nb_float, slot_unary<&names::__float__>, wrap_unaryfunc, 0, 0, "float(self)"),
      SD(__index__, nb_index, slot_unary<&names::__index__>, wrap_unaryfunc, 0, 0,
         "Return self converted to an integer, if self is suitable for use as an index into a list."),
  };
#define BINOP(n, sym, slot, islot, dunder, rdunder, idunder)                                                  \
  if (BINOP_##n == BINOP_POW) {                                                                             \
    v.push_back(SD(dunder, slot, slot_nb_power, wrap_ternaryfunc, 0, 0, "Return pow(self, value, mod)."));    \
    v.push_back(SD(rdunder, slot, slot_nb_power, wrap_ternaryfunc_r, 0, 0, "Return pow(value, self, mod).")); \
  } else {                                                                                                  \
    v.push_back(SD(dunder, slot, slot_nb_binary<BINOP_##n>, wrap_binaryfunc, 0, 0, "Return self" sym "value.")); \
    v.push_back(SD(rdunder, slot, slot_nb_binary<BINOP_##n>, wrap_binaryfunc_r, 0, 0, "Return value" sym "self.")); \
  }
#include "interp/binops.def"
#undef BINOP
  v.push_back(SD(__divmod__, nb_divmod, slot_nb_binary<BIN_DIVMOD>, wrap_binaryfunc, 0, 0,
                 "Return divmod(self, value)."));
  v.push_back(SD(__rdivmod__, nb_divmod, slot_nb_binary<BIN_DIVMOD>, wrap_binaryfunc_r, 0, 0,
                 "Return divmod(value, self)."));
#define BINOP(n, sym, slot, islot, dunder, rdunder, idunder)                                              \
  if (BINOP_##n == BINOP_POW)                                                                           \
    v.push_back(SD(idunder, islot, slot_nb_inplace_power, wrap_ternaryfunc, 0, 0, "Return self" sym "=value.")); \
  else                                                                                                  \
    v.push_back(SD(idunder, islot, slot_nb_inplace<BINOP_##n>, wrap_binaryfunc, 0, 0, "Return self" sym "=value."));
#include "interp/binops.def"
#undef BINOP
  // async/await: the async protocol slots (PEP 492)
  v.push_back(SD(__await__, am_await, slot_unary<&names::__await__>, wrap_unaryfunc, 0, 0,
                 "Return an iterator to be used in await expression."));
  v.push_back(SD(__aiter__, am_aiter, slot_unary<&names::__aiter__>, wrap_unaryfunc, 0, 0,
                 "Return an awaitable, that resolves in asynchronous iterator."));
  v.push_back(SD(__anext__, am_anext, slot_unary<&names::__anext__>, wrap_unaryfunc, 0, 0,
                 "Return a value or raise StopAsyncIteration."));
  v.push_back(SlotDef{nullptr, nullptr, 0, nullptr, nullptr, 0, 0, nullptr});
  return v;
}
#undef SD
#undef OFF

std::vector<SlotDef>& slotdefs() {
  static std::vector<SlotDef>* table = new std::vector<SlotDef>(build_table());
  return *table;
}

bool is_generic_getattr_wrapper(Object* d) {
  if (type_of(d) != &WrapperDescrType) return false;
  auto* w = static_cast<WrapperDescrObject*>(d);
  return w->wrapped == fp(object_generic_getattr);
}

// The value of the slot group starting at slotdefs()[i] for heap type t.
void* compute_slot(TypeObject* t, size_t first, size_t* next) {
  auto& tab = slotdefs();
  size_t off = tab[first].offset;
  void* generic = tab[first].generic;
  void* specific = nullptr;
  bool use_generic = false;
  size_t i = first;
  for (; tab[i].name && tab[i].offset == off; i++) {
    const SlotDef& sd = tab[i];
    Object* name = slotdef_name(&sd);
    Object* d = type_lookup(t, name);
    if (!d) continue;
    if (type_of(d) == &WrapperDescrType) {
      auto* w = static_cast<WrapperDescrObject*>(d);
      if (w->slot->offset == off && w->slot->name_obj == sd.name_obj && is_subtype(t, w->owner)) {
        if (!specific || specific == w->wrapped) {
          specific = w->wrapped;
          continue;
        }
      }
      use_generic = true;
    } else if (d == None && off == offsetof(TypeObject, tp_hash)) {
      if (!specific || specific == fp(hash_not_implemented))
        specific = fp(hash_not_implemented);
      else
        use_generic = true;
    } else if (off == offsetof(TypeObject, tp_new) && is_tp_new_wrapper(d)) {
      auto* owner = static_cast<TypeObject*>(static_cast<BuiltinFunctionObject*>(d)->self);
      if (is_subtype(t, owner) && owner->tp_new) {
        specific = fp(owner->tp_new);
      } else {
        use_generic = true;
      }
    } else {
      use_generic = true;
    }
  }
  *next = i;
  if (use_generic) return generic;
  return specific;
}

void fixup_group(TypeObject* t, size_t first) {
  size_t next;
  void* v = compute_slot(t, first, &next);
  slot_ref(t, slotdefs()[first].offset) = v;
}

size_t group_start(size_t i) {
  auto& tab = slotdefs();
  while (i > 0 && tab[i - 1].offset == tab[i].offset) i--;
  return i;
}

void update_group_recursive(TypeObject* t, size_t first) {
  if (!has_flag(t, TPFLAG_HEAPTYPE)) return;
  fixup_group(t, first);
  Object* subs = t->tp_subclasses;
  if (!subs) return;
  for (ssize i = 0; i < size_of(subs); i++) update_group_recursive(static_cast<TypeObject*>(list_get(subs, i)), first);
}

}  // namespace

Object* slotdef_name(const SlotDef* sd) {
  Object* n = *sd->name_obj;
  if (!n) n = str_intern_cstr(sd->name);  // only before names_init: start-up objects are immortal
  return n;
}

hash_t hash_not_implemented(Object* o) {
  err_format(Exc_TypeError, "unhashable type: '%s'", type_name(o));
  return -1;
}

Object* slot_tp_getattr_hook(Object* self, Object* name) {
  TypeObject* tp = type_of(self);
  Object* getattr = type_lookup(tp, names::__getattr__);
  Object* getattribute = type_lookup(tp, names::__getattribute__);
  Object* res;
  if (!getattr) {
    if (!getattribute || is_generic_getattr_wrapper(getattribute)) return object_generic_getattr(self, name);
    return call_found_special(getattribute, self, &name, 1);
  }
  incref(getattr);
  if (!getattribute || is_generic_getattr_wrapper(getattribute)) {
    res = generic_getattr_impl(self, name, true);
  } else {
    res = call_found_special(getattribute, self, &name, 1);
    if (!res && err_matches(Exc_AttributeError)) err_clear();
  }
  if (!res && !err_occurred()) res = call_found_special(getattr, self, &name, 1);
  decref(getattr);
  return res;
}

Object* call_found_special(Object* descr, Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  incref(descr);
  Object* r;
  if (type_of(descr) == &FunctionType) {
    r = call_with_self(descr, self, args, nargs, kwnames);
  } else if (descrgetfunc f = type_of(descr)->tp_descr_get) {
    Object* bound = f(descr, self, type_of(self));
    if (!bound) {
      decref(descr);
      return nullptr;
    }
    r = call(bound, args, nargs, kwnames);
    decref(bound);
  } else {
    r = call(descr, args, nargs, kwnames);
  }
  decref(descr);
  return r;
}

Object* call_special(Object* self, Object* name, Object* const* args, ssize nargs, bool* found) {
  Object* d = type_lookup(type_of(self), name);
  if (!d) {
    *found = false;
    return nullptr;
  }
  *found = true;
  return call_found_special(d, self, args, nargs);
}

int add_slot_wrappers(TypeObject* t) {
  auto& tab = slotdefs();
  for (size_t i = 0; tab[i].name; i++) {
    const SlotDef& sd = tab[i];
    void* fn = slot_ref(t, sd.offset);
    if (!fn) continue;
    Object* name = slotdef_name(&sd);
    if (dict_getitem(t->tp_dict, name)) continue;
    Object* w;
    if (sd.offset == offsetof(TypeObject, tp_new)) {
      w = tp_new_wrapper_new(t);
    } else if (!sd.wrapper) {
      continue;
    } else if (sd.offset == offsetof(TypeObject, tp_hash) && fn == fp(hash_not_implemented)) {
      w = none_ref();
    } else {
      w = wrapper_descr_new(t, &sd, fn);
    }
    if (!w) return -1;
    int r = dict_setitem(t->tp_dict, name, w);
    decref(w);
    if (r < 0) return -1;
  }
  return 0;
}

void fixup_slots(TypeObject* t) {
  auto& tab = slotdefs();
  size_t i = 0;
  while (tab[i].name) {
    size_t next;
    void* v = compute_slot(t, i, &next);
    slot_ref(t, tab[i].offset) = v;
    i = next;
  }
  // Heap types always resolve attributes through a slot (object's at worst).
  if (!t->tp_getattro) t->tp_getattro = object_generic_getattr;
  if (!t->tp_setattro) t->tp_setattro = object_generic_setattr;
}

void update_slot(TypeObject* t, Object* name) {
  auto& tab = slotdefs();
  size_t last_group = size_t(-1);
  for (size_t i = 0; tab[i].name; i++) {
    if (slotdef_name(&tab[i]) != name) continue;
    size_t g = group_start(i);
    if (g == last_group) continue;
    last_group = g;
    update_group_recursive(t, g);
  }
}

}  // namespace rt

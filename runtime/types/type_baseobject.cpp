// `object`: the root of every class.  Construction, repr/str/hash/compare,
// the generic attribute protocol (object.__getattribute__/__setattr__),
// __class__, __dict__, __dir__, __format__, __init_subclass__ ...
#include <string>

#include "runtime/types/descr.h"
#include "runtime/types/type.h"
#include "runtime/types/typeslots.h"

namespace rt {

TypeObject BaseObjectType;

TypeObject* static_base(TypeObject* t) {
  while (t->tp_base && has_flag(t, TPFLAG_HEAPTYPE)) t = t->tp_base;
  return t;
}

char* object_var_end(Object* o) {
  TypeObject* sb = static_base(type_of(o));
  ssize n;
  if (has_flag(sb, TPFLAG_UNICODE_SUBCLASS))
    n = as_str(o)->utf8_len;  // str: ob_size counts code points, the items are the UTF-8 bytes
  else
    n = size_of(o) < 0 ? -size_of(o) : size_of(o);
  ssize size = sb->tp_basicsize + n * sb->tp_itemsize;
  size = (size + ssize(sizeof(void*)) - 1) & ~(ssize(sizeof(void*)) - 1);
  return reinterpret_cast<char*>(o) + size;
}

// Negative offsets (tp_dictoffset, tp_weaklistoffset) of variable-size
// instances: -off - 8 is the word's place among those that classes add
// after the variable-size data (runtime/type.h).
Object** object_tail_slot(Object* o, ssize off) {
  return reinterpret_cast<Object**>(object_var_end(o) + (-off - ssize(sizeof(Object*))));
}

Object** object_dict_ptr(Object* o) {
  ssize off = type_of(o)->tp_dictoffset;
  if (off == 0) return nullptr;
  if (off < 0) return object_tail_slot(o, off);
  return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
}

Object* object_new_instance(TypeObject* t) {
  Object* o = alloc_object(t, size_t(t->tp_basicsize));
  if (!o) return nullptr;
  if (has_flag(t, TPFLAG_HAVE_GC)) gc_track(o);
  return o;
}

namespace {

bool excess_args(ssize nargs, Object* kwnames) { return nargs > 0 || (kwnames && size_of(kwnames) > 0); }

std::string abstract_message(TypeObject* t) {
  Object* am = type_lookup(t, names::__abstractmethods__);
  std::string msg = "Can't instantiate abstract class ";
  msg += t->tp_name;
  if (!am) return msg;
  Object* l = sequence_list(am);
  if (!l) {
    err_clear();
    return msg;
  }
  if (list_sort(l, nullptr, false) < 0) err_clear();
  msg += size_of(l) > 1 ? " with abstract methods " : " with abstract method ";
  for (ssize i = 0; i < size_of(l); i++) {
    if (i) msg += ", ";
    Object* s = object_str(list_get(l, i));
    if (!s) {
      err_clear();
      continue;
    }
    msg += str_view(s);
    decref(s);
  }
  decref(l);
  return msg;
}

}  // namespace

Object* object_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (excess_args(nargs, kwnames)) {
    if (type->tp_new != object_new) {
      err_set_string(Exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
      return nullptr;
    }
    if (type->tp_init == object_init) {
      err_format(Exc_TypeError, "%s() takes no arguments", type->tp_name);
      return nullptr;
    }
  }
  if (has_flag(type, TPFLAG_ABSTRACT)) {
    err_set_string(Exc_TypeError, abstract_message(type).c_str());
    return nullptr;
  }
  return object_new_instance(type);
}

int object_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (excess_args(nargs, kwnames)) {
    TypeObject* type = type_of(self);
    if (type->tp_init != object_init) {
      err_set_string(Exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->tp_new == object_new) {
      err_format(Exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                 type->tp_name);
      return -1;
    }
  }
  return 0;
}

Object* object_repr_slot(Object* o) {
  std::string s = "<" + type_full_name(type_of(o)) + " object at " + format_pointer(o) + ">";
  return str_from(s);
}

Object* object_str_slot(Object* o) {
  unaryfunc f = type_of(o)->tp_repr;
  if (!f) return object_repr_slot(o);
  return object_repr(o);
}

hash_t object_hash_slot(Object* o) {
  uint64_t y = reinterpret_cast<uintptr_t>(o);
  y = (y >> 4) | (y << 60);
  hash_t h = hash_t(y);
  return h == -1 ? -2 : h;
}

Object* object_richcompare_slot(Object* a, Object* b, int op) {
  switch (op) {
    case CMP_EQ:
      return a == b ? bool_ref(true) : notimpl_ref();
    case CMP_NE: {
      richcmpfunc f = type_of(a)->tp_richcompare;
      if (!f) return notimpl_ref();
      Object* r = f(a, b, CMP_EQ);
      if (r && r != NotImplemented) {
        int t = object_is_true(r);
        decref(r);
        if (t < 0) return nullptr;
        return bool_ref(!t);
      }
      return r;
    }
    default:
      return notimpl_ref();
  }
}

// ---- generic attribute access ----------------------------------------------------------
Object* generic_getattr_impl(Object* o, Object* name, bool suppress) {
  TypeObject* tp = type_of(o);
  if (!is_str(name)) {
    err_format(Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
    return nullptr;
  }
  Object* descr = type_lookup(tp, name);
  descrgetfunc f = nullptr;
  if (descr) {
    incref(descr);
    f = type_of(descr)->tp_descr_get;
    if (f && type_of(descr)->tp_descr_set) {
      Object* r = f(descr, o, tp);
      decref(descr);
      if (!r && suppress && err_matches(Exc_AttributeError)) err_clear();
      return r;
    }
  }
  if (tp->tp_dictoffset) {
    Object** dp = object_dict_ptr(o);
    if (dp && *dp) {
      Object* d = *dp;
      incref(d);
      Object* r = dict_getitem(d, name);
      if (r) {
        incref(r);
        decref(d);
        xdecref(descr);
        return r;
      }
      decref(d);
      if (err_occurred()) {
        xdecref(descr);
        return nullptr;
      }
    }
  }
  if (f) {
    Object* r = f(descr, o, tp);
    decref(descr);
    if (!r && suppress && err_matches(Exc_AttributeError)) err_clear();
    return r;
  }
  if (descr) return descr;
  if (!suppress) {
    err_format(Exc_AttributeError, "'%s' object has no attribute '%s'", tp->tp_name, str_utf8(name));
    exc_attribute_error_context(o, name);  // as CPython 3.11: object.__getattribute__ too
  }
  return nullptr;
}

Object* object_generic_getattr(Object* o, Object* name) { return generic_getattr_impl(o, name, false); }

int object_generic_setattr(Object* o, Object* name, Object* value) {
  TypeObject* tp = type_of(o);
  if (!is_str(name)) {
    err_format(Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
    return -1;
  }
  Object* descr = type_lookup(tp, name);
  if (descr) {
    descrsetfunc f = type_of(descr)->tp_descr_set;
    if (f) {
      incref(descr);
      int r = f(descr, o, value);
      decref(descr);
      return r;
    }
  }
  Object** dp = object_dict_ptr(o);
  if (!dp) {
    if (descr)
      err_format(Exc_AttributeError, "'%s' object attribute '%s' is read-only", tp->tp_name, str_utf8(name));
    else
      err_format(Exc_AttributeError, "'%s' object has no attribute '%s'", tp->tp_name, str_utf8(name));
    return -1;
  }
  if (value) {
    if (!*dp) {
      *dp = dict_new();
      if (!*dp) return -1;
    }
    Object* d = *dp;
    incref(d);
    int r = dict_setitem(d, name, value);
    decref(d);
    return r;
  }
  if (*dp) {
    Object* d = *dp;
    incref(d);
    int r = dict_delitem(d, name);
    decref(d);
    if (r == 0) return 0;
    if (!err_matches(Exc_KeyError)) return -1;
    err_clear();
  }
  err_format(Exc_AttributeError, "'%s' object has no attribute '%s'", tp->tp_name, str_utf8(name));
  return -1;
}

namespace {

void object_dealloc(Object* o) { free_object(o); }

// ---- __class__ -----------------------------------------------------------------------------
Object* object_get_class(Object* o, void*) { return newref(static_cast<Object*>(type_of(o))); }

// The deallocator that finally frees instances of t (classes chain to their base's).
destructor final_dealloc(TypeObject* t) {
  while (t->tp_dealloc == subtype_dealloc && t->tp_base) t = t->tp_base;
  return t->tp_dealloc;
}

bool same_slots_added(TypeObject* a, TypeObject* b) {
  return a->tp_basicsize == b->tp_basicsize && a->tp_itemsize == b->tp_itemsize &&
         a->tp_dictoffset == b->tp_dictoffset && a->tp_weaklistoffset == b->tp_weaklistoffset;
}

}  // namespace

// May memory laid out for `oldto` be used as `newto` (`obj.__class__ = newto`,
// `cls.__bases__ = ...` swapping the base oldto for newto)?  Both must be
// freed the same way (CPython compares tp_free, which tells GC objects from
// plain ones: here the GC flag and the deallocator at the end of the chain)
// and add the same words to the same solid base.
bool compatible_for_assignment(TypeObject* oldto, TypeObject* newto, const char* attr) {
  if (has_flag(newto, TPFLAG_HAVE_GC) != has_flag(oldto, TPFLAG_HAVE_GC) ||
      final_dealloc(newto) != final_dealloc(oldto)) {
    err_format(Exc_TypeError, "%s assignment: '%s' deallocator differs from '%s'", attr, newto->tp_name,
               oldto->tp_name);
    return false;
  }
  if (solid_base(newto) != solid_base(oldto) || !same_slots_added(newto, oldto)) {
    err_format(Exc_TypeError, "%s assignment: '%s' object layout differs from '%s'", attr, newto->tp_name,
               oldto->tp_name);
    return false;
  }
  return true;
}

namespace {

int object_set_class(Object* o, Object* value, void*) {
  if (!value) {
    err_set_string(Exc_TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_type(value)) {
    err_format(Exc_TypeError, "__class__ must be set to a class, not '%s' object", type_name(value));
    return -1;
  }
  auto* newto = static_cast<TypeObject*>(value);
  TypeObject* oldto = type_of(o);
  bool modules = is_subtype(newto, &ModuleType) && is_subtype(oldto, &ModuleType);
  if (!modules && (!has_flag(newto, TPFLAG_HEAPTYPE) || !has_flag(oldto, TPFLAG_HEAPTYPE) ||
                   has_flag(newto, TPFLAG_IMMUTABLE) || has_flag(oldto, TPFLAG_IMMUTABLE))) {
    err_set_string(Exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!compatible_for_assignment(oldto, newto, "__class__")) return -1;
  if (has_flag(newto, TPFLAG_HEAPTYPE)) incref(newto);
  o->ob_type = newto;
  if (has_flag(oldto, TPFLAG_HEAPTYPE)) decref(oldto);
  return 0;
}

GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- methods -----------------------------------------------------------------------------
Object* object_dir_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__dir__", args, nargs, kwnames, "", nullptr)) return nullptr;
  Object* d = nullptr;
  bool error = false;
  Object* od = object_lookup_attr(self, names::__dict__, &error);
  if (error) return nullptr;
  if (od && is_dict(od)) {
    d = dict_copy(od);
  } else {
    d = dict_new();
  }
  xdecref(od);
  if (!d) return nullptr;
  Object* cls = object_lookup_attr(self, names::__class__, &error);
  if (error) {
    decref(d);
    return nullptr;
  }
  if (cls && is_type(cls) && merge_class_dict_for_dir(d, static_cast<TypeObject*>(cls)) < 0) {
    decref(cls);
    decref(d);
    return nullptr;
  }
  xdecref(cls);
  Object* r = dict_keys_list(d);
  decref(d);
  return r;
}

Object* object_format_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("__format__", args, nargs, kwnames, "format_spec/", a)) return nullptr;
  if (!is_str(a[0])) {
    err_format(Exc_TypeError, "__format__() argument must be str, not %s", type_name(a[0]));
    return nullptr;
  }
  if (str_len(a[0]) > 0) {
    err_format(Exc_TypeError, "unsupported format string passed to %s.__format__", type_name(self));
    return nullptr;
  }
  return object_str(self);
}

Object* object_sizeof_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("__sizeof__", args, nargs, kwnames, "", nullptr)) return nullptr;
  TypeObject* t = type_of(self);
  ssize n = t->tp_basicsize;
  if (t->tp_itemsize) {
    ssize k = size_of(self);
    n += (k < 0 ? -k : k) * t->tp_itemsize;
  }
  return int_from_i64(int64_t(n));
}

Object* object_init_subclass_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  auto* t = static_cast<TypeObject*>(self);
  if (kwnames && size_of(kwnames) > 0) {
    err_format(Exc_TypeError, "%s.__init_subclass__() takes no keyword arguments", t->tp_name);
    return nullptr;
  }
  if (nargs > 0) {
    err_format(Exc_TypeError, "%s.__init_subclass__() takes no arguments (%zd given)", t->tp_name, nargs);
    return nullptr;
  }
  return none_ref();
}

Object* object_subclasshook_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return notimpl_ref();
}

MethodDef object_methods[] = {
    {"__dir__", object_dir_meth, METH_DEFAULT, "Default dir() implementation."},
    {"__format__", object_format_meth, METH_DEFAULT, "Default object formatter."},
    {"__sizeof__", object_sizeof_meth, METH_DEFAULT, "Size of object in memory, in bytes."},
    {"__init_subclass__", object_init_subclass_meth, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook_meth, METH_CLASS, "Abstract classes can override this to customize "
                                                               "issubclass()."},
    {"__reduce_ex__", object_reduce_ex_meth, METH_DEFAULT, "Helper for pickle."},
    {"__reduce__", object_reduce_meth, METH_DEFAULT, "Helper for pickle."},
    {"__getstate__", object_getstate_meth, METH_DEFAULT, "Helper for pickle."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_object_types_base() {
  TypeObject& t = BaseObjectType;
  t.tp_name = "object";
  t.tp_basicsize = sizeof(Object);
  t.tp_flags = TPFLAG_BASETYPE;
  t.tp_doc = "object()\n--\n\nThe base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
             "featureless\ninstance that has no instance attributes and cannot be given any.\n";
  t.tp_dealloc = object_dealloc;
  t.tp_repr = object_repr_slot;
  t.tp_str = object_str_slot;
  t.tp_hash = object_hash_slot;
  t.tp_richcompare = object_richcompare_slot;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  t.tp_init = object_init;
  t.tp_new = object_new;
  t.tp_methods = object_methods;
  t.tp_getset = object_getsets;
  init_static_object(&BaseObjectType, &TypeType);
}

}  // namespace rt

// The copy and pickle protocols on `object`: __reduce_ex__, __reduce__ and
// __getstate__ (3.11), which copy.copy, copy.deepcopy and pickle call.
//
// How it works
// ------------
// obj.__reduce_ex__(protocol) calls the class's own __reduce__ when the class
// overrides object.__reduce__; otherwise:
//   * protocol >= 2: (copyreg.__newobj__, (cls, *args), state, listitems,
//     dictitems), or (copyreg.__newobj_ex__, (cls, args, kwargs), ...) when
//     __getnewargs_ex__ gives keyword arguments.  args come from
//     __getnewargs_ex__ / __getnewargs__ (none: no arguments); state from
//     __getstate__; listitems/dictitems are iterators over a list's items and
//     a dict's (key, value) pairs, else None.
//   * protocol 0 and 1 (and object.__reduce__): copyreg._reduce_ex, which
//     rebuilds through copyreg._reconstructor.
// object.__getstate__() is the instance __dict__ (None when empty) and, when
// the class has __slots__, a pair (dict or None, {slot: value}) of the slots
// that are set; slot names come from copyreg._slotnames (cached on the class
// as __slotnames__).  When nothing else describes the object (no
// __getnewargs__, not a list or dict), the state is "required": objects whose
// C++ layout holds more than the dict and the slots cannot be pickled
// ("cannot pickle 'X' object").
//
// copyreg is CPython's Lib/copyreg.py from the library directory, imported at
// call time (never a copy of it here).
#include "runtime/types/descr.h"
#include "runtime/types/type.h"
#include "runtime/types/typeslots.h"

namespace rt {

Object* object_getstate_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames);

namespace {

// Attribute `name` of CPython's copyreg module (new reference).
Object* copyreg_attr(Object* name) {
  Object* m = import_module("copyreg");
  if (!m) return nullptr;
  Object* r = object_getattr(m, name);
  decref(m);
  return r;
}

// type(obj).name bound to obj and called, or *found = false.
Object* call_special0(Object* obj, Object* name, bool* found) {
  Object* d = type_lookup(type_of(obj), name);
  *found = d != nullptr;
  if (!d) return nullptr;
  incref(d);
  Object* r = call_found_special(d, obj, nullptr, 0);
  decref(d);
  return r;
}

// The arguments __new__ needs to rebuild obj: *args (tuple or null when the
// class says nothing) and *kwargs (dict or null).
int get_new_arguments(Object* obj, Object** args, Object** kwargs) {
  *args = *kwargs = nullptr;
  bool found;
  Object* r = call_special0(obj, names::__getnewargs_ex__, &found);
  if (found) {
    if (!r) return -1;
    if (!is_tuple(r)) {
      err_format(Exc_TypeError, "__getnewargs_ex__ should return a tuple, not '%s'", type_name(r));
    } else if (size_of(r) != 2) {
      err_format(Exc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zd", size_of(r));
    } else if (!is_tuple(tuple_get(r, 0))) {
      err_format(Exc_TypeError,
                 "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                 type_name(tuple_get(r, 0)));
    } else if (!is_dict(tuple_get(r, 1))) {
      err_format(Exc_TypeError,
                 "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                 type_name(tuple_get(r, 1)));
    } else {
      *args = newref(tuple_get(r, 0));
      *kwargs = newref(tuple_get(r, 1));
    }
    decref(r);
    return *args ? 0 : -1;
  }
  r = call_special0(obj, names::__getnewargs__, &found);
  if (!found) return 0;
  if (!r) return -1;
  if (!is_tuple(r)) {
    err_format(Exc_TypeError, "__getnewargs__ should return a tuple, not '%s'", type_name(r));
    decref(r);
    return -1;
  }
  *args = r;
  return 0;
}

// The class's slot names (a list, or None): its __slotnames__ cache or copyreg._slotnames(cls).
Object* slot_names(TypeObject* cls) {
  Object* cached = dict_getitem(cls->tp_dict, names::__slotnames__);
  if (!cached && err_occurred()) return nullptr;
  if (cached) {
    if (cached != None && !is_list(cached)) {
      err_format(Exc_TypeError, "%s.__slotnames__ should be a list or None, not %s", cls->tp_name,
                 type_name(cached));
      return nullptr;
    }
    return newref(cached);
  }
  Object* f = copyreg_attr(names::_slotnames);
  if (!f) return nullptr;
  Object* r = call1(f, cls);
  decref(f);
  if (r && r != None && !is_list(r)) {
    err_set_string(Exc_TypeError, "copyreg._slotnames didn't return a list or None");
    clearref(r);
  }
  return r;
}

bool instance_dict_empty(Object* obj) {
  Object** dp = object_dict_ptr(obj);
  return !dp || !*dp || dict_size(*dp) == 0;
}

// object.__getstate__ proper; `required`: the state is all there is to rebuild obj from.
Object* getstate_default(Object* obj, bool required) {
  TypeObject* t = type_of(obj);
  if (required && t->tp_itemsize)
    return err_format_null(Exc_TypeError, "cannot pickle %s objects", t->tp_name);
  Object* state;
  if (instance_dict_empty(obj)) {
    state = none_ref();
  } else {
    state = object_getattr(obj, names::__dict__);
    if (!state) return nullptr;
  }
  Object* slots = slot_names(t);
  if (!slots) {
    decref(state);
    return nullptr;
  }
  if (required) {
    ssize size = BaseObjectType.tp_basicsize;
    if (t->tp_dictoffset) size += ssize(sizeof(Object*));
    if (t->tp_weaklistoffset) size += ssize(sizeof(Object*));
    if (slots != None) size += ssize(sizeof(Object*)) * size_of(slots);
    if (t->tp_basicsize > size) {
      decref(slots);
      decref(state);
      return err_format_null(Exc_TypeError, "cannot pickle '%s' object", t->tp_name);
    }
  }
  if (slots != None && size_of(slots) > 0) {
    Object* values = dict_new();
    ssize n = size_of(slots);
    bool failed = !values;
    for (ssize i = 0; !failed && i < size_of(slots); i++) {
      Object* name = newref(list_get(slots, i));
      bool error = false;
      Object* v = object_lookup_attr(obj, name, &error);
      failed = error || (v && dict_setitem(values, name, v) < 0);
      xdecref(v);
      decref(name);
      if (!failed && size_of(slots) != n) {  // the list lives on the class: a __getattr__ could change it
        err_set_string(Exc_RuntimeError, "__slotsname__ changed size during iterating");
        failed = true;
      }
    }
    if (!failed && dict_size(values) > 0) {
      Object* pair = tuple_pack(2, state, values);
      failed = !pair;
      if (pair) setref(state, pair);
    }
    xdecref(values);
    if (failed) {
      decref(slots);
      decref(state);
      return nullptr;
    }
  }
  decref(slots);
  return state;
}

// obj.__getstate__(), passing `required` on when the method is object's own.
Object* object_getstate(Object* obj, bool required) {
  Object* getstate = object_getattr(obj, names::__getstate__);
  if (!getstate) return nullptr;
  Object* r;
  if (type_of(getstate) == &BuiltinFunctionType &&
      static_cast<BuiltinFunctionObject*>(getstate)->def->fn == object_getstate_meth &&
      static_cast<BuiltinFunctionObject*>(getstate)->self == obj) {
    r = getstate_default(obj, required);
  } else {
    r = call0(getstate);
  }
  decref(getstate);
  return r;
}

Object* reduce_newobj(Object* obj) {
  TypeObject* t = type_of(obj);
  if (!t->tp_new) return err_format_null(Exc_TypeError, "cannot pickle '%s' object", t->tp_name);
  Object *args, *kwargs;
  if (get_new_arguments(obj, &args, &kwargs) < 0) return nullptr;
  bool hasargs = args != nullptr;
  Object* newobj;
  Object* newargs;
  if (!kwargs || dict_size(kwargs) == 0) {
    newobj = copyreg_attr(names::__newobj__);
    ssize n = args ? size_of(args) : 0;
    newargs = newobj ? tuple_new(n + 1) : nullptr;
    if (newargs) {
      tuple_set_steal(newargs, 0, newref(static_cast<Object*>(t)));
      for (ssize i = 0; i < n; i++) tuple_set_steal(newargs, i + 1, newref(tuple_get(args, i)));
    }
  } else {
    newobj = copyreg_attr(names::__newobj_ex__);
    newargs = newobj ? tuple_pack(3, static_cast<Object*>(t), args, kwargs) : nullptr;
  }
  xdecref(args);
  xdecref(kwargs);
  if (!newargs) {
    xdecref(newobj);
    return nullptr;
  }
  Object* state = object_getstate(obj, !(hasargs || is_list(obj) || is_dict(obj)));
  Object* listitems = nullptr;
  Object* dictitems = nullptr;
  if (state) listitems = is_list(obj) ? object_get_iter(obj) : none_ref();
  if (listitems) {
    if (is_dict(obj)) {
      Object* items = call_method0(obj, names::items);
      dictitems = items ? object_get_iter(items) : nullptr;
      xdecref(items);
    } else {
      dictitems = none_ref();
    }
  }
  Object* r = dictitems ? tuple_pack(5, newobj, newargs, state, listitems, dictitems) : nullptr;
  decref(newobj);
  decref(newargs);
  xdecref(state);
  xdecref(listitems);
  xdecref(dictitems);
  return r;
}

Object* common_reduce(Object* obj, ssize proto) {
  if (proto >= 2) return reduce_newobj(obj);
  Object* f = copyreg_attr(names::_reduce_ex);
  if (!f) return nullptr;
  Object* p = int_from_i64(proto);
  Object* r = p ? call2(f, obj, p) : nullptr;
  xdecref(p);
  decref(f);
  return r;
}

}  // namespace

Object* object_reduce_ex_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!no_kwargs("object.__reduce_ex__", kwnames)) return nullptr;
  if (!parse_args("object.__reduce_ex__", args, nargs, kwnames, "protocol/", a)) return nullptr;
  ssize proto = number_as_ssize(a[0], Exc_OverflowError);
  if (proto == -1 && err_occurred()) return nullptr;
  bool error = false;
  Object* reduce = object_lookup_attr(self, names::__reduce__, &error);
  if (error) return nullptr;
  if (reduce) {
    // The class's __reduce__ wins over the default protocol when it is not object's.
    Object* cls_reduce = object_getattr(type_of(self), names::__reduce__);
    if (!cls_reduce) {
      decref(reduce);
      return nullptr;
    }
    bool override = cls_reduce != dict_getitem(BaseObjectType.tp_dict, names::__reduce__);
    decref(cls_reduce);
    if (override) {
      Object* r = call0(reduce);
      decref(reduce);
      return r;
    }
    decref(reduce);
  }
  return common_reduce(self, proto);
}

Object* object_reduce_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("object.__reduce__", args, nargs, kwnames, "", nullptr)) return nullptr;
  return common_reduce(self, 0);
}

Object* object_reduce_state(Object* obj) { return object_getstate(obj, false); }

Object* object_getstate_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!parse_args("object.__getstate__", args, nargs, kwnames, "", nullptr)) return nullptr;
  return getstate_default(self, false);
}

}  // namespace rt

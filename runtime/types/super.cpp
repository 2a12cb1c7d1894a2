// super(): attribute lookup that starts after a class in an instance's MRO.
#include <string>

#include "interp/code.h"
#include "runtime/types/descr.h"
#include "runtime/types/type.h"

namespace rt {

TypeObject SuperType;

namespace {

SuperObject* S(Object* o) { return static_cast<SuperObject*>(o); }

// The type whose MRO super searches: obj's type, or obj itself when it is a subclass of type.
TypeObject* supercheck(TypeObject* type, Object* obj) {
  if (is_type(obj) && is_subtype(static_cast<TypeObject*>(obj), type)) return static_cast<TypeObject*>(obj);
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  // obj.__class__ may differ from type(obj) (proxies).
  bool error = false;
  Object* cls = object_lookup_attr(obj, names::__class__, &error);
  if (error) return nullptr;
  if (cls && is_type(cls) && cls != static_cast<Object*>(type_of(obj)) &&
      is_subtype(static_cast<TypeObject*>(cls), type)) {
    decref(cls);  // kept alive by obj
    return static_cast<TypeObject*>(cls);
  }
  xdecref(cls);
  err_set_string(Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

Object* super_new(TypeObject* t, Object* const*, ssize, Object*) {
  Object* o = alloc_object(t, size_t(t->tp_basicsize));
  if (!o) return nullptr;
  gc_track(o);
  return o;
}

int super_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("super", kwnames)) return -1;
  if (nargs > 2) {
    err_format(Exc_TypeError, "super() takes at most 2 arguments (%zd given)", nargs);
    return -1;
  }
  TypeObject* type;
  Object* obj = nullptr;
  if (nargs == 0) {
    if (!interp::frame_super_args(&type, &obj)) return -1;
  } else {
    if (!is_type(args[0])) {
      err_format(Exc_TypeError, "super() argument 1 must be a type, not %s", type_name(args[0]));
      return -1;
    }
    type = static_cast<TypeObject*>(args[0]);
    if (nargs == 2 && args[1] != None) obj = args[1];
  }
  TypeObject* obj_type = nullptr;
  if (obj) {
    obj_type = supercheck(type, obj);
    if (!obj_type) return -1;
  }
  SuperObject* s = S(self);
  setref(s->type, newref(type));
  setref(s->obj, xnewref(obj));
  setref(s->obj_type, obj_type ? newref(obj_type) : nullptr);
  return 0;
}

void super_dealloc(Object* o) {
  gc_untrack(o);
  clearref(S(o)->type);
  clearref(S(o)->obj);
  clearref(S(o)->obj_type);
  free_object(o);
}

int super_traverse(Object* o, visitproc visit, void* arg) {
  SuperObject* s = S(o);
  if (s->obj) {
    int r = visit(s->obj, arg);
    if (r) return r;
  }
  if (s->type && has_flag(s->type, TPFLAG_HEAPTYPE)) {
    int r = visit(s->type, arg);
    if (r) return r;
  }
  if (s->obj_type && has_flag(s->obj_type, TPFLAG_HEAPTYPE)) {
    int r = visit(s->obj_type, arg);
    if (r) return r;
  }
  return 0;
}

int super_clear(Object* o) {
  clearref(S(o)->obj);
  return 0;
}

Object* super_repr(Object* o) {
  SuperObject* s = S(o);
  std::string t = s->type ? s->type->tp_name : "NULL";
  std::string r = "<super: <class '" + t + "'>, ";
  if (s->obj_type)
    r += std::string("<") + s->obj_type->tp_name + " object>>";
  else
    r += "NULL>";
  return str_from(r);
}

Object* super_getattro(Object* self, Object* name) {
  SuperObject* s = S(self);
  TypeObject* start = s->obj_type;
  // __class__ is the super object's own; without an object there is nothing to search.
  if (start && !(is_str(name) && str_equal(name, names::__class__))) {
    Object* mro = start->tp_mro;
    if (mro) {
      ssize n = size_of(mro);
      ssize i = 0;
      for (; i + 1 < n; i++)
        if (tuple_get(mro, i) == static_cast<Object*>(s->type)) break;
      i++;
      incref(mro);
      for (; i < n; i++) {
        auto* b = static_cast<TypeObject*>(tuple_get(mro, i));
        Object* d = b->tp_dict;
        if (!d) continue;
        Object* res = dict_getitem(d, name);
        if (res) {
          incref(res);
          decref(mro);
          descrgetfunc f = type_of(res)->tp_descr_get;
          if (f) {
            Object* r = f(res, s->obj == static_cast<Object*>(start) ? nullptr : s->obj, start);
            decref(res);
            return r;
          }
          return res;
        }
        if (err_occurred()) {
          decref(mro);
          return nullptr;
        }
      }
      decref(mro);
    }
  }
  return object_generic_getattr(self, name);
}

Object* super_descr_get(Object* self, Object* obj, Object* type) {
  SuperObject* s = S(self);
  if (!obj || obj == None || s->obj) return newref(self);
  Object* a[2] = {s->type, obj};
  return call(type_of(self), a, 2);
}

Object* super_get_thisclass(Object* o, void*) {
  return S(o)->type ? newref(static_cast<Object*>(S(o)->type)) : none_ref();
}
Object* super_get_self(Object* o, void*) { return S(o)->obj ? newref(S(o)->obj) : none_ref(); }
Object* super_get_self_class(Object* o, void*) {
  return S(o)->obj_type ? newref(static_cast<Object*>(S(o)->obj_type)) : none_ref();
}

GetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, nullptr, "the class invoking super()", nullptr},
    {"__self__", super_get_self, nullptr, "the instance invoking super(); may be None", nullptr},
    {"__self_class__", super_get_self_class, nullptr, "the type of the instance invoking super(); may be None",
     nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_super_type() {
  TypeObject& t = SuperType;
  t.tp_name = "super";
  t.tp_basicsize = sizeof(SuperObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.tp_doc = "super() -> same as super(__class__, <first argument>)\n"
             "super(type) -> unbound super object\n"
             "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
             "super(type, type2) -> bound super object; requires issubclass(type2, type)";
  t.tp_dealloc = super_dealloc;
  t.tp_traverse = super_traverse;
  t.tp_clear = super_clear;
  t.tp_repr = super_repr;
  t.tp_getattro = super_getattro;
  t.tp_setattro = object_generic_setattr;
  t.tp_descr_get = super_descr_get;
  t.tp_init = super_init;
  t.tp_new = super_new;
  t.tp_getset = super_getsets;
  type_ready(&t);
}

}  // namespace rt

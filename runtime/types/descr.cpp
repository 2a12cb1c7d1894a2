// Callables and descriptors made from C++ tables and the slot table:
// built-in functions/methods, method/classmethod/getset/slot-wrapper
// descriptors, method-wrappers, bound methods, property, staticmethod,
// classmethod.  super is in runtime/super.cpp.
#include "runtime/types/descr.h"

#include <cstring>
#include <string>
#include <vector>

#include "runtime/init.h"
#include "runtime/threads/state.h"
#include "runtime/types/type.h"
#include "runtime/types/typeslots.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace rt {

TypeObject MemberDescrType;
TypeObject BuiltinFunctionType, MethodDescrType, ClassMethodDescrType, GetSetDescrType, WrapperDescrType,
    MethodWrapperType, MethodType, PropertyType, StaticMethodType, ClassMethodType;

Object* call_with_self(Object* func, Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  ssize total = nargs + (kwnames ? size_of(kwnames) : 0) + 1;
  if (total <= 9) {
    Object* small[9];
    small[0] = self;
    for (ssize i = 1; i < total; i++) small[i] = args[i - 1];
    return call(func, small, nargs + 1, kwnames);
  }
  std::vector<Object*> big(static_cast<size_t>(total));
  big[0] = self;
  for (ssize i = 1; i < total; i++) big[size_t(i)] = args[i - 1];
  return call(func, big.data(), nargs + 1, kwnames);
}

namespace {

#define VISIT(x)                \
  do {                          \
    if (x) {                    \
      int r_ = visit((x), arg); \
      if (r_) return r_;        \
    }                           \
  } while (0)

inline bool is_module(Object* o) { return type_of(o) == &ModuleType || is_subtype(type_of(o), &ModuleType); }

Object* owner_visit_ref(TypeObject* t) { return has_flag(t, TPFLAG_HEAPTYPE) ? static_cast<Object*>(t) : nullptr; }

Object* doc_or_none(const char* doc) { return doc ? str_from_cstr(doc) : none_ref(); }

// A built-in's __doc__ and __text_signature__ from its doc (split_internal_doc, runtime/type.h).
Object* builtin_doc(const char* name, const char* doc) {
  InternalDoc d = split_internal_doc(name, doc);
  if (!d.signature.empty() && !*d.body) return none_ref();
  return doc_or_none(d.body);
}
Object* builtin_text_signature(const char* name, const char* doc) {
  InternalDoc d = split_internal_doc(name, doc);
  return d.signature.empty() ? none_ref() : str_from(std::string(d.signature));
}

// ---- pickling: descriptors and bound built-ins reduce to getattr(owner, name), as in CPython ----
Object* reduce_getattr(Object* owner, Object* name) {
  Object* ga = dict_getitem_str(interp_state()->builtins, "getattr");
  if (!ga) return err_format_null(Exc_RuntimeError, "lost builtins.getattr");
  Object* args = tuple_pack(2, owner, name);
  if (!args) return nullptr;
  Object* r = tuple_pack(2, ga, args);
  decref(args);
  return r;
}

Object* reduce_getattr_cstr(Object* owner, const char* name) {
  Object* n = str_from_cstr(name);
  if (!n) return nullptr;
  Object* r = reduce_getattr(owner, n);
  decref(n);
  return r;
}

// ============================================================================
// builtin_function_or_method
// ============================================================================
BuiltinFunctionObject* BF(Object* o) { return static_cast<BuiltinFunctionObject*>(o); }

Object* bf_call(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  BuiltinFunctionObject* f = BF(o);
  return f->def->fn(f->self, args, nargs, kwnames);
}

void bf_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs(o);
  clearref(BF(o)->self);
  clearref(BF(o)->module);
  free_object(o);
}

int bf_traverse(Object* o, visitproc visit, void* arg) {
  VISIT(BF(o)->self);
  return 0;
}

bool bf_is_function(BuiltinFunctionObject* f) { return !f->self || is_module(f->self); }

Object* bf_repr(Object* o) {
  BuiltinFunctionObject* f = BF(o);
  if (bf_is_function(f)) return str_from(std::string("<built-in function ") + f->def->name + ">");
  std::string s = std::string("<built-in method ") + f->def->name + " of " + type_name(f->self) + " object at " +
                  format_pointer(f->self) + ">";
  return str_from(s);
}

Object* bf_get_name(Object* o, void*) { return str_from_cstr(BF(o)->def->name); }
Object* bf_get_qualname(Object* o, void*) {
  BuiltinFunctionObject* f = BF(o);
  if (bf_is_function(f)) return str_from_cstr(f->def->name);
  TypeObject* t = is_type(f->self) ? static_cast<TypeObject*>(f->self) : type_of(f->self);
  Object* q = type_qualname(t);
  if (!q) return nullptr;
  std::string s = std::string(str_view(q)) + "." + f->def->name;
  decref(q);
  return str_from(s);
}
Object* bf_get_self(Object* o, void*) {
  Object* s = BF(o)->self;
  return s ? newref(s) : none_ref();
}
Object* bf_get_module(Object* o, void*) {
  Object* m = BF(o)->module;
  return m ? newref(m) : none_ref();
}
Object* bf_get_doc(Object* o, void*) { return builtin_doc(BF(o)->def->name, BF(o)->def->doc); }
Object* bf_get_text_signature(Object* o, void*) { return builtin_text_signature(BF(o)->def->name, BF(o)->def->doc); }

Object* bf_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(b) != &BuiltinFunctionType) return notimpl_ref();
  bool eq = BF(a)->def == BF(b)->def && BF(a)->self == BF(b)->self;
  return bool_ref(op == CMP_EQ ? eq : !eq);
}

hash_t bf_hash(Object* o) {
  hash_t x = hash_t(reinterpret_cast<uintptr_t>(BF(o)->self) >> 4);
  hash_t y = hash_t(reinterpret_cast<uintptr_t>(BF(o)->def->fn) >> 4);
  hash_t h = x ^ y;
  return h == -1 ? -2 : h;
}

// A module-level built-in pickles as its name (found in its __module__); a bound one as getattr(self, name).
Object* bf_reduce(Object* o, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  BuiltinFunctionObject* f = BF(o);
  if (bf_is_function(f)) return str_from_cstr(f->def->name);
  return reduce_getattr_cstr(f->self, f->def->name);
}

MethodDef bf_methods[] = {
    {"__reduce__", bf_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef bf_getsets[] = {
    {"__name__", bf_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", bf_get_qualname, nullptr, nullptr, nullptr},
    {"__self__", bf_get_self, nullptr, nullptr, nullptr},
    {"__module__", bf_get_module, nullptr, nullptr, nullptr},
    {"__doc__", bf_get_doc, nullptr, nullptr, nullptr},
    {"__text_signature__", bf_get_text_signature, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- __new__ of a type: a built-in bound to the owner type ---------------------------------
Object* tp_new_wrapper_fn(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  auto* type = static_cast<TypeObject*>(self);
  if (nargs < 1) {
    err_format(Exc_TypeError, "%s.__new__(): not enough arguments", type->tp_name);
    return nullptr;
  }
  Object* arg0 = args[0];
  if (!is_type(arg0)) {
    err_format(Exc_TypeError, "%s.__new__(X): X is not a type object (%s)", type->tp_name, type_name(arg0));
    return nullptr;
  }
  auto* sub = static_cast<TypeObject*>(arg0);
  if (!is_subtype(sub, type)) {
    err_format(Exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", type->tp_name, sub->tp_name,
               sub->tp_name, type->tp_name);
    return nullptr;
  }
  TypeObject* staticbase = sub;
  while (staticbase && has_flag(staticbase, TPFLAG_HEAPTYPE)) staticbase = staticbase->tp_base;
  if (staticbase && staticbase->tp_new != type->tp_new) {
    err_format(Exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", type->tp_name, sub->tp_name,
               staticbase->tp_name);
    return nullptr;
  }
  return type->tp_new(sub, args + 1, nargs - 1, kwnames);
}

MethodDef tp_new_def = {"__new__", tp_new_wrapper_fn, METH_DEFAULT,
                        "Create and return a new object.  See help(type) for accurate signature."};

// ============================================================================
// method_descriptor / classmethod_descriptor
// ============================================================================
MethodDescrObject* MD(Object* o) { return static_cast<MethodDescrObject*>(o); }

void md_dealloc(Object* o) {
  gc_untrack(o);
  TypeObject* owner = MD(o)->owner;
  MD(o)->owner = nullptr;
  if (owner) decref(owner);
  clearref(MD(o)->name);
  free_object(o);
}

int md_traverse(Object* o, visitproc visit, void* arg) {
  VISIT(owner_visit_ref(MD(o)->owner));
  return 0;
}

Object* md_repr(Object* o) {
  std::string s = std::string("<method '") + MD(o)->def->name + "' of '" + MD(o)->owner->tp_name + "' objects>";
  return str_from(s);
}

Object* md_get(Object* o, Object* obj, Object* type) {
  if (!obj) return newref(o);
  MethodDescrObject* d = MD(o);
  if (!type_check(obj, d->owner)) {
    err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
               d->owner->tp_name, type_name(obj));
    return nullptr;
  }
  return builtin_function_new(d->def, obj, nullptr);
}

Object* md_call(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  MethodDescrObject* d = MD(o);
  if (nargs < 1) {
    err_format(Exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->tp_name, d->def->name);
    return nullptr;
  }
  if (!type_check(args[0], d->owner)) {
    err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
               d->owner->tp_name, type_name(args[0]));
    return nullptr;
  }
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Object* cmd_get(Object* o, Object* obj, Object* type) {
  MethodDescrObject* d = MD(o);
  if (!type) type = type_of(obj);
  if (!is_type(type)) {
    err_format(Exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d->def->name,
               d->owner->tp_name, type_name(type));
    return nullptr;
  }
  if (!is_subtype(static_cast<TypeObject*>(type), d->owner)) {
    err_format(Exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'", d->def->name,
               d->owner->tp_name, static_cast<TypeObject*>(type)->tp_name);
    return nullptr;
  }
  return builtin_function_new(d->def, type, nullptr);
}

Object* cmd_call(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  MethodDescrObject* d = MD(o);
  if (nargs < 1) {
    err_format(Exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name, d->owner->tp_name);
    return nullptr;
  }
  if (!is_type(args[0])) {
    err_format(Exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d->def->name,
               d->owner->tp_name, type_name(args[0]));
    return nullptr;
  }
  if (!is_subtype(static_cast<TypeObject*>(args[0]), d->owner)) {
    err_format(Exc_TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s'", d->def->name,
               d->owner->tp_name, static_cast<TypeObject*>(args[0])->tp_name);
    return nullptr;
  }
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Object* md_get_name(Object* o, void*) { return newref(MD(o)->name); }
Object* md_get_qualname(Object* o, void*) {
  Object* q = type_qualname(MD(o)->owner);
  if (!q) return nullptr;
  std::string s = std::string(str_view(q)) + "." + MD(o)->def->name;
  decref(q);
  return str_from(s);
}
Object* md_get_objclass(Object* o, void*) { return newref(static_cast<Object*>(MD(o)->owner)); }
Object* md_get_doc(Object* o, void*) { return builtin_doc(MD(o)->def->name, MD(o)->def->doc); }
Object* md_get_text_signature(Object* o, void*) { return builtin_text_signature(MD(o)->def->name, MD(o)->def->doc); }

Object* md_reduce(Object* o, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  return reduce_getattr(MD(o)->owner, MD(o)->name);
}
MethodDef md_methods[] = {
    {"__reduce__", md_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef md_getsets[] = {
    {"__name__", md_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", md_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", md_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", md_get_doc, nullptr, nullptr, nullptr},
    {"__text_signature__", md_get_text_signature, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ============================================================================
// getset_descriptor
// ============================================================================
GetSetDescrObject* GS(Object* o) { return static_cast<GetSetDescrObject*>(o); }

void gs_dealloc(Object* o) {
  gc_untrack(o);
  TypeObject* owner = GS(o)->owner;
  GS(o)->owner = nullptr;
  if (owner) decref(owner);
  clearref(GS(o)->name);
  free_object(o);
}
int gs_traverse(Object* o, visitproc visit, void* arg) {
  VISIT(owner_visit_ref(GS(o)->owner));
  return 0;
}

Object* gs_repr(Object* o) {
  std::string s = std::string("<attribute '") + GS(o)->def->name + "' of '" + GS(o)->owner->tp_name + "' objects>";
  return str_from(s);
}

bool gs_check(GetSetDescrObject* d, Object* obj) {
  if (type_check(obj, d->owner)) return true;
  err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
             d->owner->tp_name, type_name(obj));
  return false;
}

Object* gs_get(Object* o, Object* obj, Object* type) {
  if (!obj) return newref(o);
  GetSetDescrObject* d = GS(o);
  if (!gs_check(d, obj)) return nullptr;
  if (!d->def->get) {
    err_format(Exc_AttributeError, "attribute '%s' of '%s' objects is not readable", d->def->name,
               d->owner->tp_name);
    return nullptr;
  }
  return d->def->get(obj, d->def->closure);
}

int gs_set(Object* o, Object* obj, Object* value) {
  GetSetDescrObject* d = GS(o);
  if (!gs_check(d, obj)) return -1;
  if (!d->def->set) {
    err_format(Exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
               d->owner->tp_name);
    return -1;
  }
  return d->def->set(obj, value, d->def->closure);
}

Object* gs_get_name(Object* o, void*) { return newref(GS(o)->name); }
Object* gs_get_qualname(Object* o, void*) {
  Object* q = type_qualname(GS(o)->owner);
  if (!q) return nullptr;
  std::string s = std::string(str_view(q)) + "." + GS(o)->def->name;
  decref(q);
  return str_from(s);
}
Object* gs_get_objclass(Object* o, void*) { return newref(static_cast<Object*>(GS(o)->owner)); }
Object* gs_get_doc(Object* o, void*) { return doc_or_none(GS(o)->def->doc); }

GetSetDef gs_getsets[] = {
    {"__name__", gs_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", gs_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", gs_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", gs_get_doc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ============================================================================
// member_descriptor (__slots__)
// ============================================================================
MemberDescrObject* MB(Object* o) { return static_cast<MemberDescrObject*>(o); }

void mb_dealloc(Object* o) {
  gc_untrack(o);
  TypeObject* owner = MB(o)->owner;
  MB(o)->owner = nullptr;
  if (owner) decref(owner);
  clearref(MB(o)->name);
  free_object(o);
}
int mb_traverse(Object* o, visitproc visit, void* arg) {
  VISIT(owner_visit_ref(MB(o)->owner));
  return 0;
}
Object* mb_repr(Object* o) {
  std::string s = "<member '" + std::string(str_view(MB(o)->name)) + "' of '" + MB(o)->owner->tp_name + "' objects>";
  return str_from(s);
}
Object** mb_slot(Object* obj, MemberDescrObject* d) {
  char* base = (d->flags & MEMBER_VAREND) ? object_var_end(obj) : reinterpret_cast<char*>(obj);
  return reinterpret_cast<Object**>(base + d->offset);
}
bool mb_check(MemberDescrObject* d, Object* obj) {
  if (type_check(obj, d->owner)) return true;
  err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", str_utf8(d->name),
             d->owner->tp_name, type_name(obj));
  return false;
}
Object* mb_get(Object* o, Object* obj, Object* type) {
  if (!obj) return newref(o);
  MemberDescrObject* d = MB(o);
  if (!mb_check(d, obj)) return nullptr;
  if (d->flags & MEMBER_DOUBLE) {
    double x;
    std::memcpy(&x, reinterpret_cast<char*>(obj) + d->offset, sizeof x);
    return float_from_double(x);
  }
  Object* v = *mb_slot(obj, d);
  if (!v && (d->flags & MEMBER_NONE_IF_NULL)) return none_ref();
  if (!v) {
    err_format(Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(obj), str_utf8(d->name));
    return nullptr;
  }
  return newref(v);
}
int mb_set(Object* o, Object* obj, Object* value) {
  MemberDescrObject* d = MB(o);
  if (!mb_check(d, obj)) return -1;
  if (d->flags & MEMBER_READONLY) {
    err_set_string(Exc_AttributeError, "readonly attribute");
    return -1;
  }
  Object** slot = mb_slot(obj, d);
  if (!value && !*slot) {
    err_set_object(Exc_AttributeError, d->name);
    return -1;
  }
  setref(*slot, xnewref(value));
  return 0;
}
Object* mb_get_name(Object* o, void*) { return newref(MB(o)->name); }
Object* mb_get_qualname(Object* o, void*) {
  Object* q = type_qualname(MB(o)->owner);
  if (!q) return nullptr;
  std::string s = std::string(str_view(q)) + "." + std::string(str_view(MB(o)->name));
  decref(q);
  return str_from(s);
}
Object* mb_get_objclass(Object* o, void*) { return newref(static_cast<Object*>(MB(o)->owner)); }
Object* mb_get_doc(Object* o, void*) { return MB(o)->doc ? str_from_cstr(MB(o)->doc) : none_ref(); }

Object* mb_reduce(Object* o, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  return reduce_getattr(MB(o)->owner, MB(o)->name);
}
MethodDef mb_methods[] = {
    {"__reduce__", mb_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef mb_getsets[] = {
    {"__name__", mb_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", mb_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", mb_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", mb_get_doc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ============================================================================
// wrapper_descriptor / method-wrapper
// ============================================================================
WrapperDescrObject* WD(Object* o) { return static_cast<WrapperDescrObject*>(o); }
MethodWrapperObject* MW(Object* o) { return static_cast<MethodWrapperObject*>(o); }

void wd_dealloc(Object* o) {
  gc_untrack(o);
  TypeObject* owner = WD(o)->owner;
  WD(o)->owner = nullptr;
  if (owner) decref(owner);
  clearref(WD(o)->name);
  free_object(o);
}
int wd_traverse(Object* o, visitproc visit, void* arg) {
  VISIT(owner_visit_ref(WD(o)->owner));
  return 0;
}

Object* wd_repr(Object* o) {
  std::string s = std::string("<slot wrapper '") + WD(o)->slot->name + "' of '" + WD(o)->owner->tp_name + "' objects>";
  return str_from(s);
}

Object* method_wrapper_new(WrapperDescrObject* d, Object* self) {
  auto* mw = static_cast<MethodWrapperObject*>(alloc_object(&MethodWrapperType, sizeof(MethodWrapperObject)));
  if (!mw) return nullptr;
  mw->descr = newref(d);
  mw->self = newref(self);
  gc_track(mw);
  return mw;
}

Object* wd_get(Object* o, Object* obj, Object* type) {
  if (!obj) return newref(o);
  WrapperDescrObject* d = WD(o);
  if (!type_check(obj, d->owner)) {
    err_format(Exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->slot->name,
               d->owner->tp_name, type_name(obj));
    return nullptr;
  }
  return method_wrapper_new(d, obj);
}

Object* wd_call(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  WrapperDescrObject* d = WD(o);
  if (nargs < 1) {
    err_format(Exc_TypeError, "descriptor '%s' of '%s' object needs an argument", d->slot->name, d->owner->tp_name);
    return nullptr;
  }
  if (!type_check(args[0], d->owner)) {
    err_format(Exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", d->slot->name,
               d->owner->tp_name, type_name(args[0]));
    return nullptr;
  }
  return d->slot->wrapper(args[0], args + 1, nargs - 1, kwnames, d->wrapped, d->slot);
}

Object* wd_get_name(Object* o, void*) { return newref(WD(o)->name); }
Object* wd_get_qualname(Object* o, void*) {
  Object* q = type_qualname(WD(o)->owner);
  if (!q) return nullptr;
  std::string s = std::string(str_view(q)) + "." + WD(o)->slot->name;
  decref(q);
  return str_from(s);
}
Object* wd_get_objclass(Object* o, void*) { return newref(static_cast<Object*>(WD(o)->owner)); }
Object* wd_get_doc(Object* o, void*) { return doc_or_none(WD(o)->slot->doc); }

Object* wd_reduce(Object* o, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  return reduce_getattr(WD(o)->owner, WD(o)->name);
}
MethodDef wd_methods[] = {
    {"__reduce__", wd_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef wd_getsets[] = {
    {"__name__", wd_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", wd_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", wd_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", wd_get_doc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void mw_dealloc(Object* o) {
  gc_untrack(o);
  clearref(MW(o)->descr);
  clearref(MW(o)->self);
  free_object(o);
}
int mw_traverse(Object* o, visitproc visit, void* arg) {
  VISIT(MW(o)->descr);
  VISIT(MW(o)->self);
  return 0;
}
Object* mw_repr(Object* o) {
  std::string s = std::string("<method-wrapper '") + MW(o)->descr->slot->name + "' of " + type_name(MW(o)->self) +
                  " object at " + format_pointer(MW(o)->self) + ">";
  return str_from(s);
}
Object* mw_call(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  WrapperDescrObject* d = MW(o)->descr;
  return d->slot->wrapper(MW(o)->self, args, nargs, kwnames, d->wrapped, d->slot);
}
Object* mw_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(b) != &MethodWrapperType) return notimpl_ref();
  bool eq = MW(a)->descr == MW(b)->descr && MW(a)->self == MW(b)->self;
  return bool_ref(op == CMP_EQ ? eq : !eq);
}
hash_t mw_hash(Object* o) {
  hash_t h = hash_t(reinterpret_cast<uintptr_t>(MW(o)->self) >> 4) ^ hash_t(reinterpret_cast<uintptr_t>(MW(o)->descr) >> 4);
  return h == -1 ? -2 : h;
}
Object* mw_get_self(Object* o, void*) { return newref(MW(o)->self); }
Object* mw_get_name(Object* o, void*) { return newref(MW(o)->descr->name); }
Object* mw_get_qualname(Object* o, void*) { return wd_get_qualname(MW(o)->descr, nullptr); }
Object* mw_get_objclass(Object* o, void*) { return newref(static_cast<Object*>(MW(o)->descr->owner)); }
Object* mw_get_doc(Object* o, void*) { return doc_or_none(MW(o)->descr->slot->doc); }

Object* mw_reduce(Object* o, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  return reduce_getattr(MW(o)->self, MW(o)->descr->name);
}
MethodDef mw_methods[] = {
    {"__reduce__", mw_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef mw_getsets[] = {
    {"__self__", mw_get_self, nullptr, nullptr, nullptr},
    {"__name__", mw_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", mw_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", mw_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", mw_get_doc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ============================================================================
// method (bound methods)
// ============================================================================
MethodObject* M(Object* o) { return static_cast<MethodObject*>(o); }

Object* meth_call(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  return call_with_self(M(o)->func, M(o)->self, args, nargs, kwnames);
}
void meth_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs(o);
  clearref(M(o)->func);
  clearref(M(o)->self);
  free_object(o);
}
int meth_traverse(Object* o, visitproc visit, void* arg) {
  VISIT(M(o)->func);
  VISIT(M(o)->self);
  return 0;
}
int meth_clear(Object* o) {
  clearref(M(o)->func);
  clearref(M(o)->self);
  return 0;
}

Object* meth_repr(Object* o) {
  Object* func = M(o)->func;
  bool error = false;
  Object* name = object_lookup_attr(func, names::__qualname__, &error);
  if (!name && !error) name = object_lookup_attr(func, names::__name__, &error);
  if (error) return nullptr;
  Object* r = object_repr(M(o)->self);
  if (!r) {
    xdecref(name);
    return nullptr;
  }
  std::string s = "<bound method ";
  s += name && is_str(name) ? std::string(str_view(name)) : std::string("?");
  s += " of ";
  s += str_view(r);
  s += ">";
  xdecref(name);
  decref(r);
  return str_from(s);
}

Object* meth_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || type_of(b) != &MethodType || type_of(a) != &MethodType)
    return notimpl_ref();
  bool eq = M(a)->self == M(b)->self;
  if (eq) {
    int r = object_richcompare_bool(M(a)->func, M(b)->func, CMP_EQ);
    if (r < 0) return nullptr;
    eq = r;
  }
  return bool_ref(op == CMP_EQ ? eq : !eq);
}

hash_t meth_hash(Object* o) {
  hash_t x = object_hash_slot(M(o)->self);
  hash_t y = object_hash(M(o)->func);
  if (y == -1) return -1;
  hash_t h = x ^ y;
  return h == -1 ? -2 : h;
}

Object* meth_getattro(Object* o, Object* name) {
  // Attributes of the method type first (__func__, __self__ ...), then the function's.
  Object* descr = type_lookup(&MethodType, name);
  if (descr) {
    descrgetfunc f = type_of(descr)->tp_descr_get;
    if (f) return f(descr, o, type_of(o));
    return newref(descr);
  }
  return object_getattr(M(o)->func, name);
}

Object* meth_get_func(Object* o, void*) { return newref(M(o)->func); }
Object* meth_get_self(Object* o, void*) { return newref(M(o)->self); }
Object* meth_get_doc(Object* o, void*) { return object_getattr(M(o)->func, names::__doc__); }

GetSetDef meth_getsets[] = {
    {"__func__", meth_get_func, nullptr, "the function (or other callable) implementing a method", nullptr},
    {"__self__", meth_get_self, nullptr, "the instance to which a method is bound", nullptr},
    {"__doc__", meth_get_doc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* meth_new(TypeObject* t, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("method", kwnames)) return nullptr;
  if (nargs != 2) {
    err_format(Exc_TypeError, "method expected 2 arguments, got %zd", nargs);
    return nullptr;
  }
  if (!is_callable(args[0])) {
    err_set_string(Exc_TypeError, "first argument must be callable");
    return nullptr;
  }
  if (args[1] == None) {
    err_set_string(Exc_TypeError, "instance must not be None");
    return nullptr;
  }
  return method_new(args[0], args[1]);
}

// ============================================================================
// property
// ============================================================================
PropertyObject* P(Object* o) { return static_cast<PropertyObject*>(o); }

Object* prop_new(TypeObject* t, Object* const*, ssize, Object*) {
  Object* o = alloc_object(t, size_t(t->tp_basicsize));
  if (!o) return nullptr;
  gc_track(o);
  return o;
}

int prop_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs > 4) {
    err_format(Exc_TypeError, "property() takes at most 4 arguments (%zd given)", nargs);
    return -1;
  }
  Object* a[4] = {nullptr, nullptr, nullptr, nullptr};
  if (!parse_args("property", args, nargs, kwnames, "|fget,fset,fdel,doc", a)) return -1;
  PropertyObject* p = P(self);
  for (int i = 0; i < 4; i++)
    if (a[i] == None) a[i] = nullptr;
  setref(p->fget, xnewref(a[0]));
  setref(p->fset, xnewref(a[1]));
  setref(p->fdel, xnewref(a[2]));
  setref(p->doc, xnewref(a[3]));
  p->getter_doc = false;
  if (!p->doc && p->fget) {
    bool error = false;
    Object* d = object_lookup_attr(p->fget, names::__doc__, &error);
    if (error) return -1;
    if (d && d != None) {
      setref(p->doc, d);
      p->getter_doc = true;
    } else {
      xdecref(d);
    }
  }
  return 0;
}

void prop_dealloc(Object* o) {
  gc_untrack(o);
  PropertyObject* p = P(o);
  clearref(p->fget);
  clearref(p->fset);
  clearref(p->fdel);
  clearref(p->doc);
  clearref(p->name);
  free_object(o);
}
int prop_traverse(Object* o, visitproc visit, void* arg) {
  PropertyObject* p = P(o);
  VISIT(p->fget);
  VISIT(p->fset);
  VISIT(p->fdel);
  VISIT(p->doc);
  return 0;
}
int prop_clear(Object* o) {
  PropertyObject* p = P(o);
  clearref(p->fget);
  clearref(p->fset);
  clearref(p->fdel);
  clearref(p->doc);
  return 0;
}

void prop_error(PropertyObject* p, Object* obj, const char* what) {
  if (p->name)
    err_format(Exc_AttributeError, "property '%s' of '%s' object has no %s", str_utf8(p->name), type_name(obj), what);
  else
    err_format(Exc_AttributeError, "property of '%s' object has no %s", type_name(obj), what);
}

Object* prop_get(Object* self, Object* obj, Object* type) {
  if (!obj || obj == None) return newref(self);
  PropertyObject* p = P(self);
  if (!p->fget) {
    prop_error(p, obj, "getter");
    return nullptr;
  }
  return call1(p->fget, obj);
}

int prop_set(Object* self, Object* obj, Object* value) {
  PropertyObject* p = P(self);
  Object* f = value ? p->fset : p->fdel;
  if (!f) {
    prop_error(p, obj, value ? "setter" : "deleter");
    return -1;
  }
  Object* r = value ? call2(f, obj, value) : call1(f, obj);
  if (!r) return -1;
  decref(r);
  return 0;
}

Object* prop_copy(Object* self, Object* fget, Object* fset, Object* fdel) {
  PropertyObject* p = P(self);
  Object* doc = (p->getter_doc && fget != None) || !p->doc ? None : p->doc;
  Object* a[4] = {fget ? fget : None, fset ? fset : None, fdel ? fdel : None, doc};
  Object* n = call(type_of(self), a, 4);
  if (n && type_check(n, &PropertyType)) setref(P(n)->name, xnewref(p->name));
  return n;
}

Object* prop_getter(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("getter", args, nargs, kwnames, "fget/", a)) return nullptr;
  return prop_copy(self, a[0], P(self)->fset, P(self)->fdel);
}
Object* prop_setter(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("setter", args, nargs, kwnames, "fset/", a)) return nullptr;
  return prop_copy(self, P(self)->fget, a[0], P(self)->fdel);
}
Object* prop_deleter(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("deleter", args, nargs, kwnames, "fdel/", a)) return nullptr;
  return prop_copy(self, P(self)->fget, P(self)->fset, a[0]);
}
Object* prop_set_name(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs != 2) {
    err_format(Exc_TypeError, "__set_name__() takes 2 positional arguments but %zd were given", nargs);
    return nullptr;
  }
  setref(P(self)->name, newref(args[1]));
  return none_ref();
}

MethodDef prop_methods[] = {
    {"getter", prop_getter, METH_DEFAULT, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", prop_setter, METH_DEFAULT, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", prop_deleter, METH_DEFAULT, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", prop_set_name, METH_DEFAULT, "Method to set name of a property."},
    {nullptr, nullptr, 0, nullptr},
};

Object* or_none(Object* o) { return o ? newref(o) : none_ref(); }
Object* prop_get_fget(Object* o, void*) { return or_none(P(o)->fget); }
Object* prop_get_fset(Object* o, void*) { return or_none(P(o)->fset); }
Object* prop_get_fdel(Object* o, void*) { return or_none(P(o)->fdel); }
Object* prop_get_doc(Object* o, void*) { return or_none(P(o)->doc); }
int prop_set_doc(Object* o, Object* v, void*) {
  setref(P(o)->doc, v && v != None ? newref(v) : nullptr);
  P(o)->getter_doc = false;
  return 0;
}
Object* abstract_of(Object* f, bool* error) {
  if (!f) return nullptr;
  return object_lookup_attr(f, names::__isabstractmethod__, error);
}
Object* prop_get_isabstract(Object* o, void*) {
  PropertyObject* p = P(o);
  Object* fs[3] = {p->fget, p->fset, p->fdel};
  for (Object* f : fs) {
    bool error = false;
    Object* v = abstract_of(f, &error);
    if (error) return nullptr;
    if (!v) continue;
    int t = object_is_true(v);
    decref(v);
    if (t < 0) return nullptr;
    if (t) return bool_ref(true);
  }
  return bool_ref(false);
}

GetSetDef prop_getsets[] = {
    {"fget", prop_get_fget, nullptr, nullptr, nullptr},
    {"fset", prop_get_fset, nullptr, nullptr, nullptr},
    {"fdel", prop_get_fdel, nullptr, nullptr, nullptr},
    {"__doc__", prop_get_doc, prop_set_doc, nullptr, nullptr},
    {"__isabstractmethod__", prop_get_isabstract, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ============================================================================
// staticmethod / classmethod
// ============================================================================
FuncWrapObject* FW(Object* o) { return static_cast<FuncWrapObject*>(o); }

Object* fw_alloc(TypeObject* t, Object* callable) {
  auto* o = static_cast<FuncWrapObject*>(alloc_object(t, size_t(t->tp_basicsize)));
  if (!o) return nullptr;
  o->callable = xnewref(callable);
  gc_track(o);
  return o;
}
Object* fw_new(TypeObject* t, Object* const*, ssize, Object*) { return fw_alloc(t, nullptr); }

int fw_init_common(const char* name, Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs(name, kwnames)) return -1;
  if (nargs != 1) {
    err_format(Exc_TypeError, "%s expected 1 argument, got %zd", name, nargs);
    return -1;
  }
  setref(FW(self)->callable, newref(args[0]));
  // Since 3.10 the wrapper carries the function's metadata in its own
  // __dict__ (what functools.wraps would copy), so that
  // classmethod(f).__name__ / __doc__ / __annotations__ read like f's.
  for (Object* name : {names::__module__, names::__name__, names::__qualname__, names::__doc__,
                       names::__annotations__}) {
    bool error = false;
    Object* v = object_lookup_attr(args[0], name, &error);
    if (error) return -1;
    if (!v) continue;
    int r = object_setattr(self, name, v);
    decref(v);
    if (r < 0) return -1;
  }
  return 0;
}
int sm_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return fw_init_common("staticmethod", self, args, nargs, kwnames);
}
int cm_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return fw_init_common("classmethod", self, args, nargs, kwnames);
}
void fw_dealloc(Object* o) {
  gc_untrack(o);
  clearref(FW(o)->callable);
  clearref(FW(o)->dict);
  free_object(o);
}
int fw_traverse(Object* o, visitproc visit, void* arg) {
  VISIT(FW(o)->callable);
  VISIT(FW(o)->dict);
  return 0;
}
int fw_clear(Object* o) {
  clearref(FW(o)->callable);
  clearref(FW(o)->dict);
  return 0;
}

bool fw_check(Object* o) {
  if (FW(o)->callable) return true;
  err_format(Exc_RuntimeError, "uninitialized %s object", type_name(o));
  return false;
}

Object* sm_get(Object* self, Object* obj, Object* type) {
  if (!fw_check(self)) return nullptr;
  return newref(FW(self)->callable);
}
Object* sm_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!fw_check(self)) return nullptr;
  return call(FW(self)->callable, args, nargs, kwnames);
}
Object* cm_get(Object* self, Object* obj, Object* type) {
  if (!fw_check(self)) return nullptr;
  if (!type) type = type_of(obj);
  Object* c = FW(self)->callable;
  if (type_of(c) != &FunctionType) {
    descrgetfunc f = type_of(c)->tp_descr_get;
    if (f) return f(c, type, type);
  }
  return method_new(c, type);
}

Object* fw_repr_common(Object* o, const char* kind) {
  if (!FW(o)->callable) return str_from(std::string("<") + kind + "(NULL)>");
  Object* r = object_repr(FW(o)->callable);
  if (!r) return nullptr;
  std::string s = std::string("<") + kind + "(" + std::string(str_view(r)) + ")>";
  decref(r);
  return str_from(s);
}
Object* sm_repr(Object* o) { return fw_repr_common(o, "staticmethod"); }
Object* cm_repr(Object* o) { return fw_repr_common(o, "classmethod"); }

Object* fw_get_func(Object* o, void*) { return or_none(FW(o)->callable); }
Object* fw_get_isabstract(Object* o, void*) {
  bool error = false;
  Object* v = abstract_of(FW(o)->callable, &error);
  if (error) return nullptr;
  if (!v) return bool_ref(false);
  int t = object_is_true(v);
  decref(v);
  if (t < 0) return nullptr;
  return bool_ref(t);
}
Object* fw_get_dict(Object* o, void*) {
  if (!FW(o)->dict) {
    FW(o)->dict = dict_new();
    if (!FW(o)->dict) return nullptr;
  }
  return newref(FW(o)->dict);
}

GetSetDef fw_getsets[] = {
    {"__func__", fw_get_func, nullptr, nullptr, nullptr},
    {"__wrapped__", fw_get_func, nullptr, nullptr, nullptr},
    {"__isabstractmethod__", fw_get_isabstract, nullptr, nullptr, nullptr},
    {"__dict__", fw_get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void fill_basic(TypeObject& t, const char* name, ssize size, destructor dealloc, traverseproc trav) {
  t.tp_name = name;
  t.tp_basicsize = size;
  t.tp_flags = TPFLAG_HAVE_GC;
  t.tp_dealloc = dealloc;
  t.tp_traverse = trav;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
}

}  // namespace

// ---- constructors (api.h) -------------------------------------------------------------------
Object* builtin_function_new(MethodDef* def, Object* self, Object* module_name) {
  auto* f = static_cast<BuiltinFunctionObject*>(alloc_object(&BuiltinFunctionType, sizeof(BuiltinFunctionObject)));
  if (!f) return nullptr;
  f->def = def;
  f->self = xnewref(self);
  f->module = xnewref(module_name);
  gc_track(f);
  return f;
}

Object* method_new(Object* func, Object* self) {
  auto* m = static_cast<MethodObject*>(alloc_object(&MethodType, sizeof(MethodObject)));
  if (!m) return nullptr;
  m->func = newref(func);
  m->self = newref(self);
  gc_track(m);
  return m;
}

Object* method_descr_new(TypeObject* owner, MethodDef* def) {
  if (def->flags & METH_STATIC) return builtin_function_new(def, nullptr, nullptr);
  TypeObject* t = (def->flags & METH_CLASS) ? &ClassMethodDescrType : &MethodDescrType;
  auto* d = static_cast<MethodDescrObject*>(alloc_object(t, sizeof(MethodDescrObject)));
  if (!d) return nullptr;
  d->owner = newref(owner);
  d->def = def;
  d->name = str_intern_cstr(def->name);
  if (!d->name) {
    decref(d);
    return nullptr;
  }
  gc_track(d);
  return d;
}

Object* getset_descr_new(TypeObject* owner, GetSetDef* def) {
  auto* d = static_cast<GetSetDescrObject*>(alloc_object(&GetSetDescrType, sizeof(GetSetDescrObject)));
  if (!d) return nullptr;
  d->owner = newref(owner);
  d->def = def;
  d->name = str_intern_cstr(def->name);
  if (!d->name) {
    decref(d);
    return nullptr;
  }
  gc_track(d);
  return d;
}

Object* member_descr_new(TypeObject* owner, Object* name, ssize offset, int flags, const char* doc) {
  auto* d = static_cast<MemberDescrObject*>(alloc_object(&MemberDescrType, sizeof(MemberDescrObject)));
  if (!d) return nullptr;
  d->owner = newref(owner);
  d->name = newref(name);
  d->offset = offset;
  d->flags = flags;
  d->doc = doc;
  gc_track(d);
  return d;
}

Object* wrapper_descr_new(TypeObject* owner, const SlotDef* slot, void* wrapped) {
  auto* d = static_cast<WrapperDescrObject*>(alloc_object(&WrapperDescrType, sizeof(WrapperDescrObject)));
  if (!d) return nullptr;
  d->owner = newref(owner);
  d->slot = slot;
  d->wrapped = wrapped;
  d->name = newref(slotdef_name(slot));
  gc_track(d);
  return d;
}

Object* tp_new_wrapper_new(TypeObject* owner) { return builtin_function_new(&tp_new_def, owner, nullptr); }

bool is_tp_new_wrapper(Object* o) {
  return type_of(o) == &BuiltinFunctionType && BF(o)->def == &tp_new_def && BF(o)->self && is_type(BF(o)->self);
}

Object* property_new(Object* fget, Object* fset, Object* fdel, Object* doc) {
  Object* a[4] = {fget ? fget : None, fset ? fset : None, fdel ? fdel : None, doc ? doc : None};
  return call(&PropertyType, a, 4);
}

Object* staticmethod_new(Object* callable) { return fw_alloc(&StaticMethodType, callable); }
Object* classmethod_new(Object* callable) { return fw_alloc(&ClassMethodType, callable); }

void init_descr_types() {
  {
    TypeObject& t = BuiltinFunctionType;
    fill_basic(t, "builtin_function_or_method", sizeof(BuiltinFunctionObject), bf_dealloc, bf_traverse);
    t.tp_call = bf_call;
    t.tp_repr = bf_repr;
    t.tp_richcompare = bf_richcompare;
    t.tp_hash = bf_hash;
    t.tp_getset = bf_getsets;
    t.tp_methods = bf_methods;
    t.tp_weaklistoffset = offsetof(BuiltinFunctionObject, weaklist);
    type_ready(&t);
  }
  {
    TypeObject& t = MethodDescrType;
    fill_basic(t, "method_descriptor", sizeof(MethodDescrObject), md_dealloc, md_traverse);
    t.tp_call = md_call;
    t.tp_repr = md_repr;
    t.tp_descr_get = md_get;
    t.tp_getset = md_getsets;
    t.tp_methods = md_methods;
    type_ready(&t);
  }
  {
    TypeObject& t = ClassMethodDescrType;
    fill_basic(t, "classmethod_descriptor", sizeof(MethodDescrObject), md_dealloc, md_traverse);
    t.tp_call = cmd_call;
    t.tp_repr = md_repr;
    t.tp_descr_get = cmd_get;
    t.tp_getset = md_getsets;
    t.tp_methods = md_methods;
    type_ready(&t);
  }
  {
    TypeObject& t = GetSetDescrType;
    fill_basic(t, "getset_descriptor", sizeof(GetSetDescrObject), gs_dealloc, gs_traverse);
    t.tp_repr = gs_repr;
    t.tp_descr_get = gs_get;
    t.tp_descr_set = gs_set;
    t.tp_getset = gs_getsets;
    type_ready(&t);
  }
  {
    TypeObject& t = MemberDescrType;
    fill_basic(t, "member_descriptor", sizeof(MemberDescrObject), mb_dealloc, mb_traverse);
    t.tp_repr = mb_repr;
    t.tp_descr_get = mb_get;
    t.tp_descr_set = mb_set;
    t.tp_getset = mb_getsets;
    t.tp_methods = mb_methods;
    type_ready(&t);
  }
  {
    TypeObject& t = WrapperDescrType;
    fill_basic(t, "wrapper_descriptor", sizeof(WrapperDescrObject), wd_dealloc, wd_traverse);
    t.tp_call = wd_call;
    t.tp_repr = wd_repr;
    t.tp_descr_get = wd_get;
    t.tp_getset = wd_getsets;
    t.tp_methods = wd_methods;
    type_ready(&t);
  }
  {
    TypeObject& t = MethodWrapperType;
    fill_basic(t, "method-wrapper", sizeof(MethodWrapperObject), mw_dealloc, mw_traverse);
    t.tp_call = mw_call;
    t.tp_repr = mw_repr;
    t.tp_richcompare = mw_richcompare;
    t.tp_hash = mw_hash;
    t.tp_getset = mw_getsets;
    t.tp_methods = mw_methods;
    type_ready(&t);
  }
  {
    TypeObject& t = MethodType;
    fill_basic(t, "method", sizeof(MethodObject), meth_dealloc, meth_traverse);
    t.tp_clear = meth_clear;
    t.tp_call = meth_call;
    t.tp_repr = meth_repr;
    t.tp_richcompare = meth_richcompare;
    t.tp_hash = meth_hash;
    t.tp_getattro = meth_getattro;
    t.tp_getset = meth_getsets;
    t.tp_new = meth_new;
    t.tp_doc = "Create a bound instance method object.";
    t.tp_weaklistoffset = offsetof(MethodObject, weaklist);
    type_ready(&t);
  }
  {
    TypeObject& t = PropertyType;
    fill_basic(t, "property", sizeof(PropertyObject), prop_dealloc, prop_traverse);
    t.tp_flags |= TPFLAG_BASETYPE;
    t.tp_clear = prop_clear;
    t.tp_new = prop_new;
    t.tp_init = prop_init;
    t.tp_descr_get = prop_get;
    t.tp_descr_set = prop_set;
    t.tp_methods = prop_methods;
    t.tp_getset = prop_getsets;
    t.tp_doc = "Property attribute.";
    type_ready(&t);
  }
  {
    TypeObject& t = StaticMethodType;
    fill_basic(t, "staticmethod", sizeof(FuncWrapObject), fw_dealloc, fw_traverse);
    t.tp_flags |= TPFLAG_BASETYPE;
    t.tp_clear = fw_clear;
    t.tp_new = fw_new;
    t.tp_init = sm_init;
    t.tp_descr_get = sm_get;
    t.tp_call = sm_call;
    t.tp_repr = sm_repr;
    t.tp_getset = fw_getsets;
    t.tp_dictoffset = offsetof(FuncWrapObject, dict);
    type_ready(&t);
  }
  {
    TypeObject& t = ClassMethodType;
    fill_basic(t, "classmethod", sizeof(FuncWrapObject), fw_dealloc, fw_traverse);
    t.tp_flags |= TPFLAG_BASETYPE;
    t.tp_clear = fw_clear;
    t.tp_new = fw_new;
    t.tp_init = cm_init;
    t.tp_descr_get = cm_get;
    t.tp_repr = cm_repr;
    t.tp_getset = fw_getsets;
    t.tp_dictoffset = offsetof(FuncWrapObject, dict);
    type_ready(&t);
  }
  init_super_type();
}

}  // namespace rt

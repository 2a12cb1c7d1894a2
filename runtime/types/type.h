// `type` and `object`: helpers shared inside the Types area (runtime/type.cpp,
// typeslots.cpp, descr.cpp, super.cpp, abstract*.cpp).  The cross-module API
// (type_ready, type_lookup, ...) is in runtime/api.h.
#pragma once
#include <string_view>

#include "runtime/api.h"

namespace rt {

// object's own slots (compared against to detect overrides, as CPython does).
Object* object_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames);
int object_init(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* object_repr_slot(Object* o);   // "<__main__.Dyn object at 0x...>"
Object* object_str_slot(Object* o);    // str(o) = repr(o)
hash_t object_hash_slot(Object* o);    // from the address
Object* object_richcompare_slot(Object* a, Object* b, int op);

// type's own slots.
Object* type_getattro(Object* type, Object* name);
// type_getattro that returns nullptr without an exception for a missing attribute when suppress is set.
Object* type_getattro_impl(Object* type, Object* name, bool suppress);
int type_setattro(Object* type, Object* name, Object* value);
Object* type_new(TypeObject* metatype, Object* const* args, ssize nargs, Object* kwnames);

// object.__getattribute__ that returns nullptr WITHOUT an exception when the
// attribute is missing and `suppress` is set (hasattr/getattr-with-default fast path).
Object* generic_getattr_impl(Object* o, Object* name, bool suppress);

// Instances of classes: deallocation, GC traversal and clearing.
void subtype_dealloc(Object* o);

// "'list' object" style names: module-qualified qualname for heap types ("__main__.Dyn").
std::string type_full_name(TypeObject* t);

// CPython's convention for the docs of built-ins: a doc that opens with
// "<name>(<signature>)\n--\n\n" carries the signature inspect.signature()
// reads (__text_signature__, "(...)"; empty: none) and __doc__ is what
// follows the marker (body: the whole doc without one).
struct InternalDoc {
  std::string_view signature;
  const char* body;
};
InternalDoc split_internal_doc(const char* name, const char* doc);

// Version tag helpers for the method cache.
void type_cache_clear();

// isinstance/issubclass without the __instancecheck__/__subclasscheck__ hooks (runtime/abstract.cpp).
int recursive_isinstance(Object* inst, Object* cls);
int recursive_issubclass(Object* derived, Object* cls);
// Add the attribute names of t and its bases to dict d (dir()).
int merge_class_dict_for_dir(Object* d, TypeObject* t);
// Drop t from base's list of subclasses.
void remove_subclass(TypeObject* base, TypeObject* t);
// The most derived "solid" base: the type whose instance layout t extends (runtime/type_new.cpp).
TypeObject* solid_base(TypeObject* t);
// The base of bases (a tuple) whose layout a class of them extends; null with
// TypeError when one is no class, not subclassable, or layouts conflict.
TypeObject* best_base(Object* bases);
// May instances laid out for oldto be used as newto?  Sets "<attr> assignment:
// ... differs from ..." and returns false when not (runtime/type_baseobject.cpp).
bool compatible_for_assignment(TypeObject* oldto, TypeObject* newto, const char* attr);
// The first built-in type along t's tp_base chain (t itself when built in) (runtime/type_baseobject.cpp).
TypeObject* static_base(TypeObject* t);
// Instances of classes derived from a variable-size built-in (str, tuple, int
// in CPython): the words the classes add (__slots__ members, __dict__) follow
// the variable-size data, starting at this word-aligned address
// (runtime/type_baseobject.cpp).  Their offsets are relative to it: a member
// descriptor with MEMBER_VAREND, a negative tp_dictoffset or tp_weaklistoffset
// d at -d - 8 (object_tail_slot).
char* object_var_end(Object* o);

// Is `o` an instance of type (exact or subclass) via its real type only.
inline bool type_check(Object* o, TypeObject* t) { return type_of(o) == t || is_subtype(type_of(o), t); }

// Format helpers (CPython's "%p"): "0x7f12...".
std::string format_pointer(const void* p);
// object.__reduce_ex__, __reduce__ and __getstate__: the copy/pickle protocol (runtime/object_reduce.cpp).
Object* object_reduce_ex_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* object_reduce_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* object_getstate_meth(Object* self, Object* const* args, ssize nargs, Object* kwnames);
// obj.__getstate__() for a container's __reduce__ (CPython's _PyObject_GetState):
// None, the instance dict, or (dict, slot values).
Object* object_reduce_state(Object* obj);

}  // namespace rt

namespace rt {
// __del__ runs once per object (PEP 442): slot_tp_finalize marks, subtype_dealloc checks.
void mark_finalized(Object* o);
bool was_finalized(Object* o);
}  // namespace rt

// ---- added by io ----
namespace rt {
// The `__dict__` attribute (getter and setter of a GetSetDef) for static types
// whose instances have a tp_dictoffset (runtime/type_new.cpp).
Object* instance_dict_get(Object* o, void* closure);
int instance_dict_set(Object* o, Object* value, void* closure);
}  // namespace rt

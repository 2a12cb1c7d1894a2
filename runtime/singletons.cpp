// None, NotImplemented and Ellipsis: one immortal instance each.
#include "api.h"
#include "init.h"

namespace rt {

Object NoneStruct, NotImplementedStruct, EllipsisStruct;
TypeObject NoneType, NotImplementedType, EllipsisType;

namespace {

Object* none_repr(Object*) { return str_from_cstr("None"); }
Object* notimpl_repr(Object*) { return str_from_cstr("NotImplemented"); }
Object* ellipsis_repr(Object*) { return str_from_cstr("Ellipsis"); }
int none_bool(Object*) { return 0; }
int true_bool(Object*) { return 1; }
hash_t singleton_hash(Object* o) { return hash_t(reinterpret_cast<uintptr_t>(o) >> 4); }
void never_dealloc(Object* o) {
  // Immortal: reaching here means a refcount bug somewhere else.
  make_immortal(o);
  refchain_link(o);
}

template <Object* Instance>
Object* singleton_new(TypeObject* type, Object* const*, ssize nargs, Object* kwnames) {
  if (nargs || (kwnames && size_of(kwnames))) {
    err_format(Exc_TypeError, "%s takes no arguments", type->tp_name);
    return nullptr;
  }
  return newref(Instance);
}

void setup(TypeObject& t, Object& inst, const char* name, unaryfunc repr, inquiry boolf, newfunc nw) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(Object);
  t.tp_flags = TPFLAG_IMMUTABLE;
  t.tp_dealloc = never_dealloc;
  t.tp_repr = repr;
  t.tp_hash = singleton_hash;
  t.nb_bool = boolf;
  t.tp_new = nw;
  init_static_object(&t, &TypeType);
  init_static_object(&inst, &t);
}

// __reduce__ of Ellipsis and NotImplemented: their name, so pickle and copy
// find the same singleton again (CPython's rule for a str __reduce__ result).
Object* ellipsis_reduce(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  return str_from_cstr("Ellipsis");
}
Object* notimpl_reduce(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  return str_from_cstr("NotImplemented");
}
MethodDef ellipsis_methods[] = {{"__reduce__", ellipsis_reduce, METH_DEFAULT, nullptr}, {nullptr, nullptr, 0, nullptr}};
MethodDef notimpl_methods[] = {{"__reduce__", notimpl_reduce, METH_DEFAULT, nullptr}, {nullptr, nullptr, 0, nullptr}};

}  // namespace

void init_singleton_types() {
  setup(NoneType, NoneStruct, "NoneType", none_repr, none_bool, singleton_new<&NoneStruct>);
  setup(NotImplementedType, NotImplementedStruct, "NotImplementedType", notimpl_repr, true_bool,
        singleton_new<&NotImplementedStruct>);
  setup(EllipsisType, EllipsisStruct, "ellipsis", ellipsis_repr, true_bool, singleton_new<&EllipsisStruct>);
  NotImplementedType.tp_methods = notimpl_methods;
  EllipsisType.tp_methods = ellipsis_methods;
  type_ready(&NoneType);
  type_ready(&NotImplementedType);
  type_ready(&EllipsisType);
}

}  // namespace rt

// Typing at run time: the pieces types.GenericAlias (runtime/genericalias.cpp)
// and types.UnionType (runtime/unionobject.cpp) share.  The cross-module API
// (generic_alias_new, union_type_or, ...) is in runtime/api.h.
#pragma once
#include <string>

#include "runtime/api.h"

namespace rt {

// list[int]: the origin class, the arguments, and the type variables found in
// them (computed on first use).  `starred` marks the unpacked form *tuple[int].
struct GenericAliasObject : Object {
  Object* origin;      // owned
  Object* args;        // owned tuple
  Object* parameters;  // owned tuple or null until first asked for
  bool starred;
  Object* weaklist;    // first weak reference to the alias (runtime/weakref.cpp), not owned
};

// Append the repr of one argument the way CPython 3.11 prints aliases: a class
// as its (module-qualified unless builtins) qualname, an alias-like object
// (one with __origin__ and __args__) by its repr, Ellipsis as "..." when
// `dots` is set, NoneType as "None" when `none_name` is set, anything else by
// repr().  Returns -1 with an exception set.
int typing_repr_item(std::string& out, Object* p, bool dots, bool none_name);

// The __parameters__ of an alias with these args: every argument that has
// __typing_subst__ (a TypeVar-like), and the __parameters__ of every argument
// that has them (nested aliases), each once, in order; classes are skipped.
Object* typing_make_parameters(Object* args);

// The new argument tuple of alias[item]: each parameter in `args` replaced by
// its value from item (TypeVars through __typing_subst__, nested aliases by
// subscripting them), TypeErrors "... is not a generic class" and "Too many
// arguments for ...".  `self` is the alias being subscripted (for messages and
// __typing_prepare_subst__).
Object* typing_subs_parameters(Object* self, Object* args, Object* parameters, Object* item);

// The setter of read-only data attributes (__origin__, __args__): AttributeError "readonly attribute".
int typing_readonly_attribute(Object* self, Object* value, void* closure);

}  // namespace rt

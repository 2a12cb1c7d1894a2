// Layouts of the descriptor and callable objects made by runtime/descr.cpp
// and runtime/super.cpp: built-in functions, method/getset/slot-wrapper
// descriptors, bound methods, property, staticmethod, classmethod, super.
// Private to the Types area except where other parts want a fast path (the
// eval loop may test type_of(o) == &MethodType and read func/self directly).
#pragma once
#include "runtime/api.h"

namespace rt {

struct SlotDef;  // runtime/typeslots.h

// A built-in function or a built-in method bound to self (self null for plain
// module functions made with a null self, or static methods).
struct BuiltinFunctionObject : Object {
  MethodDef* def;
  Object* self;    // owned, may be null
  Object* module;  // owned str, may be null
  Object* weaklist;  // first weak reference (runtime/weakref.cpp), not owned
};

// list.append: an unbound method of a built-in type (also METH_CLASS as ClassMethodDescrType).
struct MethodDescrObject : Object {
  TypeObject* owner;  // owned (immortal for static types)
  MethodDef* def;
  Object* name;  // interned str
};

// int.real: an attribute computed by C++ getter/setter functions.
struct GetSetDescrObject : Object {
  TypeObject* owner;
  GetSetDef* def;
  Object* name;
};

// int.__add__: a slot wrapper, calling the type's C slot with Python arguments.
struct WrapperDescrObject : Object {
  TypeObject* owner;
  const SlotDef* slot;
  void* wrapped;  // the C slot function of owner
  Object* name;
};

// (1).__add__: a slot wrapper bound to an instance.
struct MethodWrapperObject : Object {
  WrapperDescrObject* descr;  // owned
  Object* self;               // owned
};

// A bound method: calling it calls func(self, *args).
struct MethodObject : Object {
  Object* func;  // owned
  Object* self;  // owned
  Object* weaklist;  // first weak reference (runtime/weakref.cpp), not owned
};

struct PropertyObject : Object {
  Object* fget;
  Object* fset;
  Object* fdel;
  Object* doc;
  Object* name;     // set by __set_name__, may be null
  bool getter_doc;  // doc was taken from fget.__doc__
};

// staticmethod and classmethod.
struct FuncWrapObject : Object {
  Object* callable;
  Object* dict;  // instance __dict__ (functools.wraps copies attributes), may be null
};

struct SuperObject : Object {
  TypeObject* type;      // owned, may be null before __init__
  Object* obj;           // owned, may be null (unbound super)
  TypeObject* obj_type;  // owned, may be null
};

// Slot wrapper / bound slot wrapper constructors (runtime/descr.cpp).
Object* wrapper_descr_new(TypeObject* owner, const SlotDef* slot, void* wrapped);
// The __new__ entry of a type's dict: a built-in method bound to the type (static-method-like).
Object* tp_new_wrapper_new(TypeObject* owner);
bool is_tp_new_wrapper(Object* o);  // o is such a built-in (its self is the owner type)

// Call func(self, *args) without building a bound method (copies into a small stack buffer).
Object* call_with_self(Object* func, Object* self, Object* const* args, ssize nargs, Object* kwnames);

// A __slots__ member: an Object* stored at a fixed offset in instances.
// Built-in types use flags for members like weakref's __callback__ and
// complex.real (a read-only double).
enum MemberFlags {
  MEMBER_READONLY = 1,      // AttributeError "readonly attribute" on set and delete
  MEMBER_NONE_IF_NULL = 2,  // an empty slot reads as None (else AttributeError)
  MEMBER_DOUBLE = 4,        // the member is a C double, read as a float
  MEMBER_VAREND = 8,        // the offset counts from object_var_end() (a __slots__ member of a str subclass, runtime/type.h)
};
struct MemberDescrObject : Object {
  TypeObject* owner;
  Object* name;  // interned str
  ssize offset;
  int flags;     // MemberFlags
  const char* doc;  // null: None
};
extern TypeObject MemberDescrType;  // "member_descriptor"
Object* member_descr_new(TypeObject* owner, Object* name, ssize offset, int flags = 0, const char* doc = nullptr);

// super.cpp
void init_super_type();

}  // namespace rt

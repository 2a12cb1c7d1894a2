// Python functions and cells (interp/function.cpp).
#pragma once
#include "frame.h"

namespace interp {

struct FunctionObject : Object {
  CodeObject* code;     // owned
  Object* globals;      // owned dict
  Object* builtins;     // owned dict (from globals' __builtins__ at creation)
  Object* name;         // owned str
  Object* qualname;     // owned str
  Object* module;       // owned (globals['__name__'] at creation) or null
  Object* doc;          // owned or null (None)
  Object* defaults;     // owned tuple or null
  Object* kwdefaults;   // owned dict or null
  Object* closure;      // owned tuple of cells or null
  Object* dict;         // owned __dict__ or null
  Object* annotations;  // owned dict or null
  Object* weaklist;     // first weak reference to the function (runtime/weakref.cpp), not owned
  bool simple_args;     // no kwonly, *args, **kwargs: positional fast path possible
};

struct CellObject : Object {
  Object* ref;  // owned or null
};

inline FunctionObject* as_func(Object* o) { return static_cast<FunctionObject*>(o); }
inline bool is_function(const Object* o) { return rt::type_of(o) == &rt::FunctionType; }
inline bool is_cell(const Object* o) { return rt::type_of(o) == &rt::CellType; }

// A new function for code with the given globals (borrowed); qualname from the code.
FunctionObject* function_new(CodeObject* code, Object* globals);
// FunctionType's tp_call: bind the arguments into a new frame and run it (or
// make a generator for generator code).
Object* function_vectorcall(Object* func, Object* const* args, ssize nargs, Object* kwnames);
// The eval loop's CALL for a Python function: like function_vectorcall, but
// the callee takes over the caller's references to args[0 .. nargs + len(kwnames))
// (moved into the new frame's slots, or released once bound), as CPython 3.11
// moves arguments from the caller's stack; on every return path they are consumed.
Object* function_call_steal(Object* func, Object* const* args, ssize nargs, Object* kwnames);
// Bind arguments into f's slots (full CPython rules and errors).  -1 on error.
int bind_arguments(FunctionObject* func, Frame* f, Object* const* args, ssize nargs, Object* kwnames);
// "f()" / "mod.Cls.f()" as used by call-related error messages.
std::string function_str(Object* callable);

}  // namespace interp

// Plumbing shared by the native modules that CPython's pure-Python library
// stands on (itertools, _collections, _functools, _operator, _heapq, ...):
// readying their static types on first import, Argument Clinic's argument
// rules and messages, and GC plumbing for objects whose references are a few
// Object* fields.  docs/native-modules.md describes the layer.
#pragma once
#include <initializer_list>
#include <string>

#include "../runtime/api.h"
#include "runtime/containers/list.h"
#include "../runtime/reffields.h"

namespace stdlib::native {

// Ready the static types of a native module the first time the module is
// imported.  Readying makes the type's dict, its descriptors, its MRO and
// maybe a few interned names: they belong to the type for the life of the
// process, like those of the built-in types readied at start-up, so they are
// made immortal (the exit leak check must not count them).  How: the type is
// (re)linked at the head of the running thread's refchain segment before
// type_ready, so every object that readying leaves alive sits between the
// segment's head and the type; nothing else runs meanwhile (the GIL is held
// and readying a static type runs no Python code).  0, or -1 with an error.
int ready_types(std::initializer_list<rt::TypeObject*> types);
// The same for a type readied by its own function (ready(t, ctx): a struct
// sequence's structseq_init_type, ...): every object it leaves alive is made immortal.
int ready_immortal(rt::TypeObject* t, int (*ready)(rt::TypeObject*, const void*), const void* ctx);

// m.<name> = t, where name is the part of tp_name after the last dot.
int add_type(rt::Object* m, rt::TypeObject* t);
// A new module with its __doc__, its functions (may be null) and the given
// types (readied first with ready_types); null with an error.
rt::Object* make_module(const char* name, const char* doc, rt::MethodDef* functions,
                        std::initializer_list<rt::TypeObject*> types);
// m.<name> = int(value).
int add_int(rt::Object* m, const char* name, long long value);

// CPython's _PyType_Name: tp_name after the last dot ("deque" for collections.deque).
const char* short_name(const rt::TypeObject* t);

// Argument parsing with CPython 3.11's messages.  spec lists the parameter
// names separated by ',', with '/' after the positional-only ones, '|' before
// the optional ones and '$' before the keyword-only ones (as rt::parse_args).
// out[] receives borrowed references (null for absent optional ones).
enum class ArgStyle {
  Clinic,   // Argument Clinic (_PyArg_UnpackKeywords): "f() takes at most 2 positional arguments (3 given)"
  Getargs,  // PyArg_ParseTupleAndKeywords: "f() takes at most 2 arguments (3 given)"
};
bool parse(const char* fname, rt::Object* const* args, rt::ssize nargs, rt::Object* kwnames, const char* spec,
           rt::Object** out, ArgStyle style = ArgStyle::Clinic);
// (Positional-only functions check their count with rt::cont::check_nargs, runtime/list.h:
// "cycle expected 1 argument, got 0".)
// METH_NOARGS methods: "deque.pop() takes no arguments (1 given)".
bool check_no_args(const char* qualname, rt::ssize nargs, rt::Object* kwnames);
// Old-style PyArg_ParseTuple counts: "insert() takes exactly 2 arguments (1 given)",
// "index() takes at least 1 argument (0 given)".
bool check_getargs_count(const char* fname, rt::ssize nargs, rt::ssize min, rt::ssize max);
// The "n" converter: o.__index__() as an ssize; TypeError "'str' object cannot be
// interpreted as an integer", OverflowError "Python int too large to convert to C ssize_t".
bool ssize_arg(rt::Object* o, rt::ssize* out);
// An optional Py_ssize_t (_Py_convert_optional_to_ssize_t): absent (null) or None
// leaves *out unchanged; else __index__ is required ("argument should be integer
// or None, not 'str'") and too large a value is "cannot fit 'int' into an
// index-sized integer".
bool opt_ssize_arg(rt::Object* o, rt::ssize* out);
// The "i" converter: o.__index__() as a C int; OverflowError "Python int too
// large to convert to C int" outside the int range.
bool int_arg(rt::Object* o, int* out);
// PyLong_AsSsize_t: an int (no __index__), TypeError "an integer is required".
bool ssize_from_int(rt::Object* o, rt::ssize* out);
// Does a new instance of `type` (a subclass of `base`, maybe) have to refuse
// keyword arguments in its __new__?  CPython's tp_new functions accept them for
// subclasses that define their own __init__.
bool new_rejects_kwargs(rt::TypeObject* type, rt::TypeObject* base);

// Arity checks for methods declared in MethodDef tables, as CPython's
// METH_NOARGS / METH_O flags give them, with the method's qualified name
// ("count.__reduce__() takes no arguments (1 given)"; rt::cont::method_noargs):
//   {"__reduce__", native::noargs<count_reduce, native::kReduce>, METH_DEFAULT, doc}
inline constexpr char kReduce[] = "__reduce__";
inline constexpr char kSetstate[] = "__setstate__";
inline constexpr char kLengthHint[] = "__length_hint__";
inline constexpr char kCopy[] = "__copy__";
template <rt::builtinfunc F, const char* Name>
rt::Object* noargs(rt::Object* self, rt::Object* const* args, rt::ssize nargs, rt::Object* kwnames) {
  return rt::cont::method_noargs(self, Name, nargs, kwnames) ? F(self, args, nargs, kwnames) : nullptr;
}
template <rt::builtinfunc F, const char* Name>
rt::Object* onearg(rt::Object* self, rt::Object* const* args, rt::ssize nargs, rt::Object* kwnames) {
  return rt::cont::method_onearg(self, Name, nargs, kwnames) ? F(self, args, nargs, kwnames) : nullptr;
}

// The setter of a read-only attribute that CPython declares as a member
// (PyMemberDef READONLY): AttributeError "readonly attribute".
int readonly_member(rt::Object* self, rt::Object* value, void* closure);

// GC plumbing for objects whose references are a few Object* fields:
// rt::RefFields (runtime/reffields.h), e.g.
//   using Refs = RefFields<ChainObject, &ChainObject::source, &ChainObject::active>;

// Fill in an iterator type: GC object, iter returns self, next as given.
// flags adds TPFLAG_BASETYPE for types Python code may subclass.
template <class Refs>
void iterator_type(rt::TypeObject& t, const char* name, rt::ssize size, rt::unaryfunc next, uint64_t flags,
                   rt::MethodDef* methods = nullptr, const char* doc = nullptr) {
  t.tp_name = name;
  t.tp_basicsize = size;
  t.tp_flags = rt::TPFLAG_HAVE_GC | rt::TPFLAG_IMMUTABLE | flags;
  t.tp_dealloc = Refs::dealloc;
  t.tp_traverse = Refs::traverse;
  t.tp_clear = Refs::clear;
  t.tp_iter = rt::object_self_iter;
  t.tp_iternext = next;
  t.tp_methods = methods;
  t.tp_doc = doc;
}

// A new instance of a GC type with every field zeroed, not tracked yet.
template <class T>
T* alloc(rt::TypeObject* type) {
  return static_cast<T*>(rt::alloc_object(type, size_t(type->tp_basicsize)));
}

// Call next() of an iterator through its slot: null and no error when exhausted.
inline rt::Object* next_of(rt::Object* it) { return rt::type_of(it)->tp_iternext(it); }

// Reuse a result tuple nobody else holds (CPython's product/combinations
// trick): refill it in place when its count is 1, else copy it.  The collector
// may have untracked a tuple of atoms: a reused one is tracked again.
// Returns the tuple to fill (owned by *slot), or null with an error.
rt::Object* reusable_result(rt::Object** slot);
// Store item (stolen) at t[i], dropping what was there.
void tuple_replace(rt::Object* t, rt::ssize i, rt::Object* item_steal);

}  // namespace stdlib::native

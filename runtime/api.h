// The runtime's cross-module API: everything one part of pyglass may call in
// another.  Conventions are those of runtime/object.h (new references,
// nullptr / -1 with an exception set on error, borrowed arguments).
//
// Each section names the file that implements it.  A part's private helpers
// live in its own header (runtime/<type>.h), not here.
#pragma once
#include <string>
#include <string_view>

#include "object.h"
#include "objects.h"

namespace rt {

// ============================================================================
// Built-in type objects (each defined in runtime/<type>.cpp)
// ============================================================================
extern TypeObject TypeType, BaseObjectType, NoneType, NotImplementedType, EllipsisType;
extern TypeObject IntType, BoolType, FloatType, StrType, BytesType;
extern TypeObject ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType;
extern TypeObject FunctionType, CodeType, FrameType, CellType, MethodType, GeneratorType, ModuleType, TracebackType;
extern TypeObject BuiltinFunctionType, MethodDescrType, ClassMethodDescrType, GetSetDescrType, WrapperDescrType,
    MethodWrapperType;
extern TypeObject PropertyType, StaticMethodType, ClassMethodType, SuperType;
extern TypeObject EnumerateType, ZipType, MapType, FilterType, ReversedType;  // runtime/iterobject.cpp

// Exception classes: rt::Exc_ValueError etc. (runtime/exceptions.cpp).
#define EXC_ROOT(n) extern TypeObject* Exc_##n;
#define EXC(n, b) extern TypeObject* Exc_##n;
#include "runtime/exceptions/exceptions.def"
#undef EXC
#undef EXC_ROOT

// Interned names: rt::names::__init__ ... (runtime/names.cpp).
namespace names {
#define NAME(id) extern Object* id;
#include "names.def"
#undef NAME
}  // namespace names

// Start-up and shut-down of the runtime, in order (runtime/lifecycle.cpp).
void runtime_init();      // types, singletons, names, exceptions, builtins, sys
void runtime_finalize();  // clear modules, collect, check the refchain (debug)

// ---- type checks ---------------------------------------------------------
inline bool has_flag(const TypeObject* t, uint64_t f) { return (t->tp_flags & f) != 0; }
inline bool is_type(const Object* o) { return has_flag(type_of(o), TPFLAG_TYPE_SUBCLASS); }
inline bool is_int(const Object* o) { return has_flag(type_of(o), TPFLAG_LONG_SUBCLASS); }  // bool too
inline bool is_int_exact(const Object* o) { return type_of(o) == &IntType; }
inline bool is_bool(const Object* o) { return type_of(o) == &BoolType; }
inline bool is_float(const Object* o);
inline bool is_float_exact(const Object* o) { return type_of(o) == &FloatType; }
inline bool is_str(const Object* o) { return has_flag(type_of(o), TPFLAG_UNICODE_SUBCLASS); }
inline bool is_str_exact(const Object* o) { return type_of(o) == &StrType; }
inline bool is_bytes(const Object* o) { return has_flag(type_of(o), TPFLAG_BYTES_SUBCLASS); }
inline bool is_list(const Object* o) { return has_flag(type_of(o), TPFLAG_LIST_SUBCLASS); }
inline bool is_list_exact(const Object* o) { return type_of(o) == &ListType; }
inline bool is_tuple(const Object* o) { return has_flag(type_of(o), TPFLAG_TUPLE_SUBCLASS); }
inline bool is_tuple_exact(const Object* o) { return type_of(o) == &TupleType; }
inline bool is_dict(const Object* o) { return has_flag(type_of(o), TPFLAG_DICT_SUBCLASS); }
inline bool is_dict_exact(const Object* o) { return type_of(o) == &DictType; }
inline bool is_exception(const Object* o) { return has_flag(type_of(o), TPFLAG_BASE_EXC_SUBCLASS); }
inline bool is_exception_class(const Object* o) {
  return is_type(o) && has_flag(static_cast<const TypeObject*>(o), TPFLAG_BASE_EXC_SUBCLASS);
}
bool is_subtype(TypeObject* a, TypeObject* b);  // b in a.__mro__ (runtime/type.cpp)
inline bool is_instance_of(Object* o, TypeObject* t) { return type_of(o) == t || is_subtype(type_of(o), t); }
inline bool is_float(const Object* o) { return is_instance_of(const_cast<Object*>(o), &FloatType); }
inline bool is_set_or_frozenset(Object* o) {
  return is_instance_of(o, &SetType) || is_instance_of(o, &FrozenSetType);
}
inline const char* type_name(const Object* o) { return type_of(o)->tp_name; }

// ============================================================================
// Errors (runtime/errors.cpp).  The pending exception lives in the current
// ThreadState as one normalized exception instance.
// ============================================================================
void err_set_none(TypeObject* type);                     // raise type()
void err_set_string(TypeObject* type, const char* msg);  // raise type(msg)
void err_set_object(TypeObject* type, Object* value);    // raise type(value); value may be an instance of type
void err_format(TypeObject* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
Object* err_format_null(TypeObject* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));  // returns nullptr
void err_set_exception(Object* exc);  // raise this instance (borrowed), chaining __context__
TypeObject* err_occurred();           // type of the pending exception, or null (borrowed)
bool err_matches(TypeObject* type);   // pending exception is an instance of type
bool exc_matches(Object* exc_or_type, Object* type_or_tuple);  // isinstance/issubclass against a class or tuple
Object* err_fetch();                  // take the pending exception (new ref) and clear it; null if none
void err_restore(Object* exc);        // steal exc and make it pending again (null: clear)
void err_clear();
Object* err_no_memory();               // MemoryError, returns nullptr
void err_bad_internal_call(const char* where);  // SystemError
void err_set_from_errno(TypeObject* type, int errnum, Object* filename = nullptr);  // OSError subclass by errno
void err_key_error(Object* key);       // KeyError(key), with the key as the only arg
// Report an exception that cannot propagate ("Exception ignored in: <obj>" + traceback) and clear it.
void err_write_unraisable(Object* obj, const char* where = nullptr);
Object* err_stop_iteration(Object* value);  // raise StopIteration(value), returns nullptr
// Issue a warning (warnings.warn(msg, category, stacklevel)) attributed to the
// Python frame stacklevel levels up (1: the innermost).  0, or -1 when the
// warning was turned into an exception (stdlib/warnings.cpp).
int err_warn(TypeObject* category, const char* msg, ssize stacklevel = 1);
// A warning about source text (the compiler's SyntaxWarnings): reported at filename:lineno, the
// module named after the file, no once-per-location registry (as CPython's PyErr_WarnExplicit).
int err_warn_explicit(TypeObject* category, const char* msg, const char* filename, int lineno);

// Exception objects (runtime/exceptions.cpp)
Object* exc_new(TypeObject* type, Object* const* args, ssize nargs);  // call the class
Object* exc_get_args(Object* exc);       // borrowed tuple
Object* exc_get_traceback(Object* exc);  // borrowed, may be null
void exc_set_traceback(Object* exc, Object* tb);  // borrowed tb (null: clear)
Object* exc_get_cause(Object* exc);       // borrowed, may be null
void exc_set_cause(Object* exc, Object* cause);      // steals cause; sets __suppress_context__
Object* exc_get_context(Object* exc);     // borrowed, may be null
void exc_set_context(Object* exc, Object* ctx);      // steals ctx
bool exc_suppress_context(Object* exc);
Object* stop_iteration_value(Object* exc);  // borrowed .value of a StopIteration
// After a failed getattr of `name` on o: a pending AttributeError whose name
// and obj are both unset gets them (for the "Did you mean" suggestion).
void exc_attribute_error_context(Object* o, Object* name);

// ============================================================================
// Generic object operations (runtime/abstract.cpp), as in Python:
// ============================================================================
Object* object_repr(Object* o);    // repr(o)   (recursion guarded)
Object* object_str(Object* o);     // str(o)
Object* object_ascii(Object* o);   // ascii(o)
Object* object_format(Object* o, Object* spec);  // format(o, spec), spec str or null
hash_t object_hash(Object* o);     // hash(o), -1 on error (TypeError: unhashable type: 'list')
int object_is_true(Object* o);     // bool(o): -1 error, 0, 1
int object_not(Object* o);
Object* object_richcompare(Object* a, Object* b, int op);  // reflected fallback, identity for ==/!=
int object_richcompare_bool(Object* a, Object* b, int op);  // identity shortcut for EQ/NE
inline int object_eq(Object* a, Object* b) { return object_richcompare_bool(a, b, CMP_EQ); }
Object* object_getattr(Object* o, Object* name);            // name: str (interned preferred)
Object* object_getattr_str(Object* o, const char* name);
// Like getattr but returns nullptr WITHOUT an exception when the attribute is missing.
Object* object_lookup_attr(Object* o, Object* name, bool* error);
int object_setattr(Object* o, Object* name, Object* value);  // value null: delattr
int object_setattr_str(Object* o, const char* name, Object* value);
int object_hasattr(Object* o, Object* name);                 // -1 only for non-AttributeError errors
Object* object_generic_getattr(Object* o, Object* name);     // object.__getattribute__ (runtime/type.cpp)
int object_generic_setattr(Object* o, Object* name, Object* value);
Object* object_dir(Object* o);  // sorted list
Object* object_type(Object* o);  // type(o) new ref
int object_isinstance(Object* o, Object* cls);     // cls may be a tuple; honours __instancecheck__ on metaclasses
int object_issubclass(Object* d, Object* cls);
Object* object_get_iter(Object* o);  // iter(o)
Object* iter_next(Object* it);        // next(it): null and NO exception when exhausted (StopIteration is cleared)
Object* object_getitem(Object* o, Object* key);
int object_setitem(Object* o, Object* key, Object* value);
int object_delitem(Object* o, Object* key);
ssize object_length(Object* o);       // len(o), -1 error
ssize object_length_hint(Object* o, ssize dflt);
int sequence_contains(Object* container, Object* item);  // `item in container`, -1 error
Object* sequence_tuple(Object* iterable);  // tuple(iterable)
Object* sequence_list(Object* iterable);   // list(iterable)
Object* object_self_iter(Object* o);       // tp_iter for iterators: return self (new ref)
// Iterate any iterable: calls fn(item, ctx) for each (item borrowed); fn returns 0 to continue,
// 1 to stop early, -1 on error.  Returns -1 on error, 0 otherwise.
int iterate(Object* iterable, int (*fn)(Object* item, void* ctx), void* ctx);

// Numbers.  binop(a, b, which) dispatches as CPython's binary_op1 (subclass
// reflected first, NotImplemented handling, TypeError "unsupported operand
// type(s) for +: 'int' and 'str'").
enum BinOp {
#define BINOP(name, sym, slot, islot, dunder, rdunder, idunder) BINOP_##name,
#include "../interp/binops.def"
#undef BINOP
  BINOP_COUNT
};
Object* number_binop(Object* a, Object* b, int which);          // a OP b
Object* number_inplace_binop(Object* a, Object* b, int which);  // a OP= b
Object* number_power(Object* a, Object* b, Object* mod);        // pow(a, b, mod); mod may be None
Object* number_negative(Object* o);
Object* number_positive(Object* o);
Object* number_invert(Object* o);
Object* number_absolute(Object* o);
Object* number_index(Object* o);  // operator.index: int (exact or subclass) or TypeError
Object* number_long(Object* o);   // int(o) for one argument
Object* number_float(Object* o);  // float(o)
ssize number_as_ssize(Object* o, TypeObject* overflow_exc);  // via __index__; -1 + error possible
const char* binop_symbol(int which);  // "+", "+=" ...

// Calls (runtime/call.cpp).
Object* call(Object* callable, Object* const* args, ssize nargs, Object* kwnames = nullptr);
Object* call_tuple_dict(Object* callable, Object* args_tuple, Object* kwargs_dict);  // kwargs may be null
inline Object* call0(Object* c) { return call(c, nullptr, 0); }
inline Object* call1(Object* c, Object* a) { return call(c, &a, 1); }
inline Object* call2(Object* c, Object* a, Object* b) { Object* v[2] = {a, b}; return call(c, v, 2); }
inline Object* call3(Object* c, Object* a, Object* b, Object* d) { Object* v[3] = {a, b, d}; return call(c, v, 3); }
// obj.name(*args) without building a bound method where possible.
Object* call_method(Object* obj, Object* name, Object* const* args, ssize nargs, Object* kwnames = nullptr);
inline Object* call_method0(Object* o, Object* name) { return call_method(o, name, nullptr, 0); }
inline Object* call_method1(Object* o, Object* name, Object* a) { return call_method(o, name, &a, 1); }
bool is_callable(Object* o);
// Argument parsing for built-ins.  `spec` lists parameter names, "|" before the
// optional ones, "$" before keyword-only ones, e.g. "key|default$reverse".
// Fills out[] with BORROWED references (null for absent optional ones).
// Raises CPython-style TypeErrors ("len() takes exactly one argument (2 given)").
bool parse_args(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* spec,
                Object** out);
bool no_kwargs(const char* fname, Object* kwnames);  // TypeError "f() takes no keyword arguments"

// Recursion guard for C++ code that calls back into Python (runtime/call.cpp).
// Returns false with RecursionError set ("maximum recursion depth exceeded while calling a Python object").
bool enter_recursive_call(const char* where);
void leave_recursive_call();
// repr() of self-containing containers: returns 1 when o is already being
// printed in this thread (print "[...]"), 0 otherwise, -1 error.
int repr_enter(Object* o);
void repr_leave(Object* o);

// ============================================================================
// Types and classes (runtime/type.cpp, runtime/typeslots.cpp)
// ============================================================================
int type_ready(TypeObject* t);  // fill tp_dict from slots/methods/getsets, inherit slots, compute MRO
// Look a name up along type's MRO (borrowed, null when absent; no exception).  Cached by version tag.
Object* type_lookup(TypeObject* t, Object* name);
void type_modified(TypeObject* t);  // invalidate method caches of t and its subclasses
Object* type_new_simple(const char* name, TypeObject* base, Object* dict);  // class name(base): dict
Object* type_call(Object* type, Object* const* args, ssize nargs, Object* kwnames);  // instantiate
Object* type_qualname(TypeObject* t);  // borrowed-style new ref to __qualname__
Object* type_module_name(TypeObject* t);  // new ref: "builtins" for built-ins
Object* object_new_instance(TypeObject* t);  // object.__new__(t) with no args check
Object** object_dict_ptr(Object* o);  // address of the instance __dict__ slot or null

// Descriptors and callables made from C++ tables (runtime/descr.cpp).
Object* builtin_function_new(MethodDef* def, Object* self, Object* module_name);  // module functions
Object* method_new(Object* func, Object* self);  // bound method
Object* method_descr_new(TypeObject* owner, MethodDef* def);
Object* getset_descr_new(TypeObject* owner, GetSetDef* def);
Object* property_new(Object* fget, Object* fset, Object* fdel, Object* doc);
Object* staticmethod_new(Object* callable);
Object* classmethod_new(Object* callable);

// ============================================================================
// Modules (runtime/module.cpp) and the module registry (stdlib/registry.cpp)
// ============================================================================
Object* module_new(const char* name);   // empty module with __name__, __doc__=None
Object* module_get_dict(Object* m);      // borrowed
const char* module_name(Object* m);
int module_add_object(Object* m, const char* name, Object* value);  // steals value
int module_add_functions(Object* m, MethodDef* defs);
Object* module_getattr_str(Object* m, const char* name);  // borrowed or null (no exception)
// Built-in modules implemented in C++: the init function builds the module.
struct BuiltinModule {
  const char* name;
  Object* (*init)();
};
const BuiltinModule* find_builtin_module(std::string_view name);  // null when unknown
// Frozen modules: Python modules compiled at build time into the binary
// (tools/freeze.cpp): pyglass's own (stdlib/lib) and CPython's start-up set.
struct FrozenModule {
  const char* name;           // "threading", "importlib._bootstrap"
  const unsigned char* code;  // marshal data of the module's code object
  ssize size;
  bool is_package;
  const char* origin;         // CPython library file it came from, relative to the library dir; null: pyglass's own
};
const FrozenModule* find_frozen_module(std::string_view name);  // null when unknown (stdlib/frozen.cpp)
// The table itself, in a generated file linked into pyglass (empty in the freeze tool).
extern const FrozenModule frozen_module_table[];
Object* import_module(const char* name);  // import by absolute dotted name (interp/import.cpp)

// ============================================================================
// int and bool (runtime/int.cpp, runtime/bigint.cpp)
// ============================================================================
Object* int_from_i64(int64_t v);   // small ints -5..256 come from the cache
Object* int_from_u64(uint64_t v);
Object* int_from_double(double d);  // truncates; OverflowError for inf, ValueError for nan
Object* int_from_string(std::string_view text, int base);  // int(text, base): strips spaces, '_' rules, base 0
bool int_fits_i64(Object* o);  // o is an int
int64_t int_as_i64(Object* o);  // OverflowError "Python int too large to convert to C long" -> -1 + error
ssize int_as_ssize(Object* o);
double int_as_double(Object* o);  // OverflowError "int too large to convert to float"
Object* int_to_decimal_string(Object* o);  // str
Object* int_to_base_string(Object* o, int base, bool prefix);  // hex/oct/bin: "0x1f", "-0b101"
int int_sign(Object* o);  // -1, 0, 1
Object* bool_from(bool b);  // new ref to True/False
extern IntObject TrueStruct, FalseStruct;
inline Object* const True = &TrueStruct;
inline Object* const False = &FalseStruct;
inline Object* bool_ref(bool b) { Object* r = b ? True : False; incref(r); return r; }

// ============================================================================
// float (runtime/float.cpp)
// ============================================================================
Object* float_from_double(double v);  // uses the free list (100 entries)
double float_as_double(Object* o);     // exact or subclass float
double number_as_double(Object* o, bool* ok);  // int/float/__float__/__index__; TypeError "must be real number"
Object* float_repr_string(double v);   // repr(float): shortest round-trip, as CPython
std::string float_repr_std(double v);
hash_t hash_double(double v);          // CPython's numeric hash (mod 2**61-1)
Object* float_from_string(Object* s);  // float("1.5"), ValueError "could not convert string to float: 'x'"

// ============================================================================
// str and bytes (runtime/str.cpp, runtime/bytes.cpp, runtime/strformat.cpp)
// ============================================================================
// str objects store UTF-8; ob_size is the length in code points.
Object* str_from_utf8(const char* s, ssize nbytes);  // validates; UnicodeDecodeError on bad input
Object* str_from(std::string_view s);                 // same, from a view
Object* str_from_cstr(const char* s);
Object* str_from_codepoint(uint32_t cp);
Object* str_intern(Object* s);                 // steals s, returns the interned str (new ref)
Object* str_intern_cstr(const char* s);        // new ref to the interned str
bool str_is_interned(Object* s);
const char* str_utf8(Object* s);               // borrowed NUL-terminated UTF-8 (valid while s lives)
ssize str_utf8_len(Object* s);                 // byte length
inline ssize str_len(Object* s) { return size_of(s); }  // code points
std::string_view str_view(Object* s);
bool str_equal(Object* a, Object* b);          // both str; pointer check first
bool str_eq_cstr(Object* s, const char* c);
hash_t str_hash(Object* s);                    // cached
Object* str_concat(Object* a, Object* b);
Object* str_join(Object* sep, Object* iterable);
Object* str_format_method(Object* fmt, Object* const* args, ssize nargs, Object* kwnames);  // str.format
Object* str_percent_format(Object* fmt, Object* args);  // fmt % args
// format(value, spec) for the built-in types (format-spec mini-language):
Object* format_int(Object* v, std::string_view spec);
Object* format_float(double v, std::string_view spec);
Object* format_str(Object* s, std::string_view spec);
Object* str_repr(Object* s);                   // with quotes and escapes, as CPython
Object* bytes_from(const char* data, ssize n);
const char* bytes_data(Object* b);
Object* bytes_repr(Object* b);
Object* str_encode_utf8(Object* s);            // bytes

// ============================================================================
// tuple, list, dict, set, range, slice (runtime/tuple.cpp list.cpp dict.cpp set.cpp range.cpp slice.cpp)
// ============================================================================
// Layouts and inline accessors: runtime/objects.h.
Object* tuple_new(ssize n);  // items must be filled with tuple_set_steal before the tuple is used
Object* tuple_pack(ssize n, ...);  // new tuple of n borrowed objects
Object* tuple_from_array(Object* const* items, ssize n);  // increfs items
Object* empty_tuple();  // new ref to the () singleton

Object* list_new(ssize n);  // n null slots to fill with list_set_steal; free list of 80
int list_append(Object* l, Object* v);   // increfs v
int list_extend(Object* l, Object* iterable);
int list_sort(Object* l, Object* key, bool reverse);  // stable; key may be null or None
Object* list_as_tuple(Object* l);
Object* list_from_array(Object* const* items, ssize n);

Object* dict_new();
Object* dict_getitem(Object* d, Object* key);  // borrowed, null if absent; null + error if key unhashable
Object* dict_getitem_known_hash(Object* d, Object* key, hash_t h);  // borrowed
Object* dict_getitem_str(Object* d, const char* key);  // borrowed, no error
int dict_setitem(Object* d, Object* key, Object* value);  // increfs both
int dict_setitem_str(Object* d, const char* key, Object* value);
int dict_delitem(Object* d, Object* key);  // KeyError if absent
int dict_contains(Object* d, Object* key);
ssize dict_size(Object* d);
// Iterate: ssize pos = 0; Object *k, *v; while (dict_next(d, &pos, &k, &v)) {...}  (borrowed)
bool dict_next(Object* d, ssize* pos, Object** key, Object** value);
Object* dict_keys_list(Object* d);
Object* dict_values_list(Object* d);
Object* dict_items_list(Object* d);
Object* dict_copy(Object* d);
int dict_update(Object* d, Object* other);  // mapping or iterable of pairs
int dict_merge(Object* d, Object* other, bool override);
void dict_clear(Object* d);
Object* dict_pop(Object* d, Object* key, Object* dflt);  // dflt null: KeyError when absent

Object* set_new(Object* iterable);        // iterable may be null
Object* frozenset_new(Object* iterable);
int set_add(Object* s, Object* key);
int set_discard(Object* s, Object* key);  // 1 found, 0 not, -1 error
int set_contains(Object* s, Object* key);
ssize set_size(Object* s);
bool set_next(Object* s, ssize* pos, Object** key);  // borrowed; insertion into table order as CPython

Object* range_new(Object* start, Object* stop, Object* step);
Object* slice_new(Object* start, Object* stop, Object* step);  // borrowed args, may be null (None)
// Normalize a slice for a sequence of length len: CPython's PySlice_Unpack + AdjustIndices.
// Returns the slice length, or -1 with an error.
ssize slice_indices(Object* slice, ssize len, ssize* start, ssize* stop, ssize* step);

// Built-in iterators (runtime/iterobject.cpp)
Object* seq_iter_new(Object* seq);  // iterates seq[0], seq[1], ... until IndexError

// ============================================================================
// Functions, cells, code, generators (interp/, see interp/code.h, interp/frame.h)
// ============================================================================
Object* cell_new(Object* value);  // value may be null
Object* cell_get(Object* cell);   // borrowed, may be null
void cell_set(Object* cell, Object* value);  // increfs value

// ============================================================================
// Files (the _io module: stdlib/_iomodule.cpp) and the standard streams
// ============================================================================
// open(file, mode, buffering, encoding, errors, newline, closefd)
Object* file_open(Object* const* args, ssize nargs, Object* kwnames);
int file_write_str(Object* file, Object* s);  // file.write(s) for any file-like object
int file_write_cstr(Object* file, const char* s);
Object* sys_get_object(const char* name);     // borrowed sys.<name> or null (stdlib/sysmodule.cpp)
int sys_set_object(const char* name, Object* v);
void flush_std_streams();                     // sys.stdout/sys.stderr.flush(), errors ignored

}  // namespace rt

// ---- added by containers ----
namespace rt {
Object* callable_iter_new(Object* f, Object* sentinel);  // iter(f, sentinel) (runtime/iterobject.cpp)
}  // namespace rt

// ---- added by Types ----
namespace rt {
Object* number_divmod(Object* a, Object* b);  // divmod(a, b) via nb_divmod (runtime/abstract_number.cpp)
// Does o carry a gc::GCHead?  Static types are instances of the GC type `type`
// but live in static storage without one (CPython's tp_is_gc): the collector
// must not touch head_of() of a non-heap type.
inline bool object_is_gc(const Object* o) {
  const TypeObject* t = type_of(o);
  if (!has_flag(t, TPFLAG_HAVE_GC)) return false;
  return !has_flag(t, TPFLAG_TYPE_SUBCLASS) || has_flag(static_cast<const TypeObject*>(o), TPFLAG_HEAPTYPE);
}
}  // namespace rt

// ---- added by numbers ----
namespace rt {
// The limit behind sys.get_int_max_str_digits()/sys.set_int_max_str_digits() (runtime/int.cpp):
// decimal int<->str conversions of more digits raise ValueError.  Default 4300; 0 disables it.
int int_get_max_str_digits();
void int_set_max_str_digits(int n);
// coretests: -X dev makes str.encode / bytes.decode / str(bytes, ...) check
// their encoding and errors arguments even where no codec needs them.
void codecs_set_dev_mode(bool on);
}  // namespace rt

// ---- added by match (match statements, exception groups: docs/match.md, docs/excgroups.md) ----
namespace rt {
extern TypeObject* Exc_BaseExceptionGroup;  // runtime/excgroup.cpp
extern TypeObject* Exc_ExceptionGroup;
bool is_exception_group(Object* o);
Object* exception_group_excs(Object* g);  // borrowed: the member tuple of a group (null while unset)
Object* exception_group_new(Object* message, Object* excs);  // BaseExceptionGroup(message, excs)
// CHECK_EG_MATCH: split exc (or None) by an except* clause's type into *match
// and *rest (new references, None when empty).  -1 on error.
int exception_group_match(Object* exc, Object* type, Object** match, Object** rest);
// PREP_RERAISE_STAR: what to raise after the clauses of a try/except* ran, given
// the original exception and the list of exceptions the clauses raised plus the
// unhandled rest (None entries are skipped).  None when everything was handled.
Object* prep_reraise_star(Object* orig, Object* excs);
// Pattern matching flags (runtime/matchflags.cpp): consume a class's
// __abc_tpflags__ entry (TPFLAG_SEQUENCE / TPFLAG_MAPPING).  -1 on error.
int type_apply_abc_tpflags(TypeObject* t);
// Gives a type without sequence/mapping flags those of the first class of its
// MRO that has one (type_ready).
void inherit_match_flags(TypeObject* t);
}  // namespace rt

// ---- added by weakref ----
namespace rt {
// _weakref.ref / ProxyType / CallableProxyType (runtime/weakref.cpp, runtime/weakproxy.cpp).
extern TypeObject WeakRefType, WeakProxyType, WeakCallableProxyType;
// The word a negative offset `off` designates in an instance of a class
// derived from a variable-size built-in (str, tuple, bytes): the words classes
// add follow the variable-size data, and -off - 8 is this one's place among
// them (runtime/type_baseobject.cpp, runtime/type.h).
Object** object_tail_slot(Object* o, ssize off);
// Address of the head of o's list of weak references, or null when o's type
// accepts none (tp_weaklistoffset 0).
inline Object** weaklist_ptr(Object* o) {
  ssize off = type_of(o)->tp_weaklistoffset;
  if (off > 0) return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
  return off ? object_tail_slot(o, off) : nullptr;
}
void clear_weakrefs_slow(Object* o);
// o is being deallocated: clear every weak reference to it, then call the
// callbacks of those that are alive, newest first (CPython's
// PyObject_ClearWeakRefs).  Every tp_dealloc of a type that accepts weak
// references calls it first, with o untracked (the callbacks run Python code
// and may start a collection); the PYGLASS_HEAP_VERIFY build aborts in
// free_object() if a type forgot.
inline void clear_weakrefs(Object* o) {
  Object** list = weaklist_ptr(o);
  if (list && *list) clear_weakrefs_slow(o);
}
}  // namespace rt

// ---- added by typing ----
namespace rt {
// types.GenericAlias (runtime/genericalias.cpp): list[int] is generic_alias_new(list, int);
// args may be a tuple or a single argument.
extern TypeObject GenericAliasType;
Object* generic_alias_new(Object* origin, Object* args);
bool is_generic_alias_object(Object* o);  // a GenericAlias (or subclass) instance
// The __class_getitem__ of built-in generic classes (CPython's Py_GenericAlias): put
//   {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"}
// in a type's tp_methods to make Type[int] a GenericAlias.
Object* generic_alias_class_getitem(Object* cls, Object* const* args, ssize nargs, Object* kwnames);
// types.UnionType (runtime/unionobject.cpp): the nb_or of type, GenericAlias and
// UnionType (NotImplemented unless both operands are classes, None, aliases or unions).
extern TypeObject UnionType;
Object* union_type_or(Object* a, Object* b);
Object* union_members(Object* o);  // borrowed __args__ tuple of a UnionType, null for anything else
// types.MappingProxyType (runtime/mappingproxy.cpp): a read-only view of mapping (cls.__dict__).
extern TypeObject MappingProxyType;
Object* mappingproxy_new(Object* mapping);
// types.SimpleNamespace (runtime/namespaceobject.cpp): namespace(**kwds); kwds a dict or null.
extern TypeObject SimpleNamespaceType;
Object* namespace_new(Object* kwds);
}  // namespace rt

// ---- added by introspection ----
namespace rt {
// Arguments of a constructor written with CPython's Argument Clinic, and its
// messages: "f() missing required argument 'x' (pos 2)", "f() takes at most 5
// arguments (6 given)", "'y' is an invalid keyword argument for f()",
// "argument for f() given by name ('x') and position (1)".  The first
// `required` of the n names are required; out[] gets borrowed references
// (null when absent).  runtime/call.cpp.
bool parse_clinic_args(const char* fname, const char* const* names, int n, int required, Object* const* args,
                       ssize nargs, Object* kwnames, Object** out);
}  // namespace rt

// ---- added by numbers: complex (runtime/complex.cpp; the layout and the arithmetic are in runtime/complex.h) ----
namespace rt {
extern TypeObject ComplexType;
inline bool is_complex(const Object* o) { return is_instance_of(const_cast<Object*>(o), &ComplexType); }
Object* complex_from_doubles(double real, double imag);
// The value of a number as a complex, as cmath's arguments are read: a
// complex, o.__complex__(), else float(o) (TypeError "must be real number, not str").
bool number_as_complex(Object* o, double* real, double* imag);
// format(z, spec) for a complex z (runtime/numformat.cpp): no '=' alignment, no zero padding.
Object* format_complex(Object* z, std::string_view spec);
// Methods without arguments: TypeError "int.bit_length() takes no arguments (1 given)" (runtime/call.cpp).
bool check_no_args(const char* fname, ssize nargs, Object* kwnames);
// The hash of an object by identity (object.__hash__, NaNs) (runtime/float.cpp).
hash_t hash_pointer(const void* p);
}  // namespace rt

// ---- added by natives4: audit hooks (PEP 578; stdlib/sys_audit.cpp) ----
namespace rt {
extern Object* audit_hooks;  // the hooks list (null while none was ever added)
inline bool sys_audit_active() { return audit_hooks && size_of(audit_hooks) > 0; }
// Raise an audit event: call every hook with (event, args); args is a tuple
// (borrowed).  0, or -1 with the exception of the hook that refused.  Call it
// only when sys_audit_active() (building args costs nothing then).
int sys_audit_args(const char* event, Object* args);
// The default report of an unraisable exception (the pending one, cleared):
// what err_write_unraisable writes when sys.unraisablehook is the default.
void write_unraisable_default(Object* obj, const char* where);
}  // namespace rt

// The object header, the type object and reference counting.
//
// Every object starts with the same four words, as in CPython's debug build:
//
//   ob_next, ob_prev   links in the refchain, the doubly linked list of every
//                      live object (one segment per thread: runtime/object.cpp).
//   ob_refcnt          the exact number of references; 0 means "dealloc now".
//   ob_type            the type object, which holds every behaviour slot.
//
// Variable-size objects (int digits aside: str, bytes, tuple, list) add
// ob_size.  Objects of types with TPFLAG_HAVE_GC are preceded in memory by a
// gc::GCHead (the collector's links); alloc_object()/free_object() hide that.
//
// Ownership conventions (the CPython C-API's, which everyone here follows):
//  * A function returning Object* returns a NEW reference unless its comment
//    says "borrowed".  nullptr means an exception is set (rt::err_*).
//  * Arguments are borrowed unless the name says "steal".
//  * Functions returning int return -1 on error (exception set), otherwise
//    0/1 as documented.
//  * Immortal objects (None, True, False, small ints, static types, interned
//    names made at start-up) start with IMMORTAL_REFCNT and are never freed.
//    The eval loop's hottest paths (LOAD_CONST, the int/float fast paths of
//    BINARY_OP and COMPARE_OP) leave their counts alone: see incref_hot().
//
// All object state is protected by the GIL: no atomics on refcounts.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace rt {

using ssize = std::ptrdiff_t;
using hash_t = int64_t;

struct TypeObject;

struct Object {
  Object* ob_next;
  Object* ob_prev;
  ssize ob_refcnt;
  TypeObject* ob_type;
};

struct VarObject : Object {
  ssize ob_size;
};

constexpr ssize IMMORTAL_REFCNT = ssize(1) << 60;

// ---- slot signatures -------------------------------------------------------
using destructor = void (*)(Object*);
using unaryfunc = Object* (*)(Object*);
using binaryfunc = Object* (*)(Object*, Object*);
using ternaryfunc = Object* (*)(Object*, Object*, Object*);
using inquiry = int (*)(Object*);             // -1 error, else 0/1
using lenfunc = ssize (*)(Object*);           // -1 error
using hashfunc = hash_t (*)(Object*);         // -1 error
using richcmpfunc = Object* (*)(Object*, Object*, int op);
using getattrofunc = Object* (*)(Object*, Object* name);
using setattrofunc = int (*)(Object*, Object* name, Object* value);  // value null: delete
using objobjargproc = int (*)(Object*, Object* key, Object* value);  // value null: delete
using objobjproc = int (*)(Object*, Object*);
using descrgetfunc = Object* (*)(Object* descr, Object* obj, Object* type);  // obj may be null
using descrsetfunc = int (*)(Object* descr, Object* obj, Object* value);    // value null: delete
// One calling convention for everything callable ("vectorcall"): positional
// arguments args[0..nargs), then, if kwnames (a tuple of str) is non-null,
// len(kwnames) keyword values follow in args[nargs..].
using vectorcallfunc = Object* (*)(Object* callable, Object* const* args, ssize nargs, Object* kwnames);
using newfunc = Object* (*)(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames);
using initfunc = int (*)(Object* self, Object* const* args, ssize nargs, Object* kwnames);
using visitproc = int (*)(Object*, void* arg);
using traverseproc = int (*)(Object*, visitproc, void* arg);
// The buffer protocol (PEP 3118): fill a Buffer view of the object's memory /
// release it.  struct Buffer and the flags are in runtime/buffer.h.
struct Buffer;
using getbufferproc = int (*)(Object* exporter, Buffer* view, int flags);  // -1 error (BufferError/TypeError)
using releasebufferproc = void (*)(Object* exporter, Buffer* view);

// Rich comparison operators (same numbering as CPython).
enum CompareOp { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };

// A built-in function or method. fn receives self (the module for module
// functions, the instance for methods, the type for METH_CLASS) and the
// arguments in vectorcall form.
using builtinfunc = Object* (*)(Object* self, Object* const* args, ssize nargs, Object* kwnames);
enum MethodFlags { METH_DEFAULT = 0, METH_CLASS = 1, METH_STATIC = 2 };
struct MethodDef {
  const char* name;  // nullptr terminates a table
  builtinfunc fn;
  int flags;
  const char* doc;
};

using getter = Object* (*)(Object* self, void* closure);
using setter = int (*)(Object* self, Object* value, void* closure);  // value null: delete
struct GetSetDef {
  const char* name;  // nullptr terminates a table
  getter get;
  setter set;  // nullptr: read-only attribute
  const char* doc;
  void* closure;
};

enum TypeFlags : uint64_t {
  TPFLAG_HEAPTYPE = 1u << 0,   // created by a class statement or type(name, bases, dict)
  TPFLAG_BASETYPE = 1u << 1,   // may be subclassed
  TPFLAG_HAVE_GC = 1u << 2,    // instances carry a GCHead and can be tracked
  TPFLAG_READY = 1u << 3,      // type_ready() has run
  TPFLAG_IMMUTABLE = 1u << 4,  // attributes cannot be set on the type (built-ins)
  TPFLAG_ABSTRACT = 1u << 5,
  // Fast subclass checks (set by type_ready from the base chain).
  TPFLAG_LONG_SUBCLASS = 1u << 10,
  TPFLAG_LIST_SUBCLASS = 1u << 11,
  TPFLAG_TUPLE_SUBCLASS = 1u << 12,
  TPFLAG_BYTES_SUBCLASS = 1u << 13,
  TPFLAG_UNICODE_SUBCLASS = 1u << 14,
  TPFLAG_DICT_SUBCLASS = 1u << 15,
  TPFLAG_BASE_EXC_SUBCLASS = 1u << 16,
  TPFLAG_TYPE_SUBCLASS = 1u << 17,
  // Pattern matching (docs/match.md), inherited by subclasses: instances match
  // sequence patterns (CPython's Py_TPFLAGS_SEQUENCE), mapping patterns
  // (Py_TPFLAGS_MAPPING), or are the subject itself for one positional
  // sub-pattern of a class pattern (_Py_TPFLAGS_MATCH_SELF).  Classes get the
  // first two from an `__abc_tpflags__` entry (1 << 5 / 1 << 6, CPython's values).
  TPFLAG_SEQUENCE = 1u << 18,
  TPFLAG_MAPPING = 1u << 19,
  TPFLAG_MATCH_SELF = 1u << 20,
  // weak references: ref, its subclasses and the proxies (runtime/weakref.h)
  TPFLAG_WEAKREF = 1u << 30,
};

// The type object.  Built-in types are global TypeObject variables filled in
// by an init function (assignments, any order) and then passed to
// type_ready(); classes are heap types made by type_new().
//
// Binary number slots follow CPython: nb_add(v, w) is called for type(v) and,
// failing that, for type(w), with the operands in their ORIGINAL order, so a
// slot must check both and return NotImplemented (new reference) when it
// cannot handle the pair.
struct TypeObject : VarObject {
  const char* tp_name = nullptr;  // "list", "collections.OrderedDict"; heap types point into ht_name
  ssize tp_basicsize = 0;
  ssize tp_itemsize = 0;
  uint64_t tp_flags = 0;
  const char* tp_doc = nullptr;

  destructor tp_dealloc = nullptr;
  unaryfunc tp_repr = nullptr;
  unaryfunc tp_str = nullptr;
  hashfunc tp_hash = nullptr;
  richcmpfunc tp_richcompare = nullptr;
  getattrofunc tp_getattro = nullptr;
  setattrofunc tp_setattro = nullptr;
  vectorcallfunc tp_call = nullptr;
  unaryfunc tp_iter = nullptr;
  unaryfunc tp_iternext = nullptr;  // null without exception set: exhausted
  descrgetfunc tp_descr_get = nullptr;
  descrsetfunc tp_descr_set = nullptr;
  initfunc tp_init = nullptr;
  newfunc tp_new = nullptr;
  traverseproc tp_traverse = nullptr;  // visit every owned reference (collector)
  inquiry tp_clear = nullptr;          // drop owned references (collector breaks cycles)
  destructor tp_finalize = nullptr;    // __del__ (PEP 442)

  // number protocol
  binaryfunc nb_add = nullptr, nb_subtract = nullptr, nb_multiply = nullptr, nb_remainder = nullptr,
             nb_divmod = nullptr, nb_lshift = nullptr, nb_rshift = nullptr, nb_and = nullptr, nb_xor = nullptr,
             nb_or = nullptr, nb_floor_divide = nullptr, nb_true_divide = nullptr, nb_matmul = nullptr;
  ternaryfunc nb_power = nullptr;
  unaryfunc nb_negative = nullptr, nb_positive = nullptr, nb_absolute = nullptr, nb_invert = nullptr,
            nb_int = nullptr, nb_float = nullptr, nb_index = nullptr;
  inquiry nb_bool = nullptr;
  binaryfunc nb_inplace_add = nullptr, nb_inplace_subtract = nullptr, nb_inplace_multiply = nullptr,
             nb_inplace_remainder = nullptr, nb_inplace_lshift = nullptr, nb_inplace_rshift = nullptr,
             nb_inplace_and = nullptr, nb_inplace_xor = nullptr, nb_inplace_or = nullptr,
             nb_inplace_floor_divide = nullptr, nb_inplace_true_divide = nullptr, nb_inplace_matmul = nullptr;
  ternaryfunc nb_inplace_power = nullptr;

  // container protocol
  lenfunc mp_length = nullptr;
  binaryfunc mp_subscript = nullptr;
  objobjargproc mp_ass_subscript = nullptr;
  objobjproc sq_contains = nullptr;  // -1 error, 0/1

  // async protocol (PEP 492): __await__, __aiter__, __anext__
  unaryfunc am_await = nullptr, am_aiter = nullptr, am_anext = nullptr;

  // buffer protocol (runtime/buffer.h)
  getbufferproc bf_getbuffer = nullptr;
  releasebufferproc bf_releasebuffer = nullptr;

  MethodDef* tp_methods = nullptr;  // turned into descriptors in tp_dict by type_ready
  GetSetDef* tp_getset = nullptr;

  TypeObject* tp_base = nullptr;  // null: object
  Object* tp_bases = nullptr;     // tuple
  Object* tp_mro = nullptr;       // tuple
  Object* tp_dict = nullptr;      // dict
  Object* tp_subclasses = nullptr;  // list of subclasses (borrowed entries) or null
  ssize tp_dictoffset = 0;        // offset of the instance's Object* __dict__, 0: none
  ssize tp_weaklistoffset = 0;    // offset of the instance's weak-reference list head, 0: no weak references
                                  // (< 0: counted from the end of a variable-size instance, like tp_dictoffset)
  uint32_t tp_version_tag = 0;    // bumped when the type (or a base) changes: method cache key
  // Instruments (--stats): instances created and freed, counted here so the
  // allocation hook is one increment; ins_slot is 1 + the type's row in the report table.
  uint32_t ins_slot = 0;
  uint64_t ins_created = 0;
  uint64_t ins_freed = 0;

  // heap types only
  Object* ht_name = nullptr;      // str
  Object* ht_qualname = nullptr;  // str
  Object* ht_module = nullptr;    // str or null

  // The type's own weak-reference list (types accept weak references: TypeType's tp_weaklistoffset points here).
  Object* tp_weaklist = nullptr;
};

// ---- refcounting ----------------------------------------------------------
void dealloc(Object* o);  // refcount reached 0: unlink from the refchain, call tp_dealloc

inline void incref(Object* o) { o->ob_refcnt++; }
inline void xincref(Object* o) { if (o) o->ob_refcnt++; }
inline void decref(Object* o) {
  if (--o->ob_refcnt == 0) dealloc(o);
}
inline void xdecref(Object* o) {
  if (o && --o->ob_refcnt == 0) dealloc(o);
}
template <class T>
inline T* newref(T* o) { incref(o); return o; }
template <class T>
inline T* xnewref(T* o) { xincref(o); return o; }
// Replace *slot with v (new reference already owned by the caller), dropping the old value.
template <class T, class U>
inline void setref(T*& slot, U* v) { T* old = slot; slot = v; xdecref(old); }
template <class T>
inline void clearref(T*& slot) { T* old = slot; slot = nullptr; xdecref(old); }

inline TypeObject* type_of(const Object* o) { return o->ob_type; }
inline ssize size_of(const Object* o) { return static_cast<const VarObject*>(o)->ob_size; }

// ---- allocation and the refchain -------------------------------------------
// Allocate nbytes (>= type->tp_basicsize) for an instance of type: zeroed,
// ob_refcnt 1, ob_type = type (type gets a reference if it is a heap type),
// linked into the refchain.  Types with TPFLAG_HAVE_GC get a GCHead in front;
// the object is NOT tracked yet (call gc_track when its fields are valid).
// Returns nullptr with MemoryError set on failure.
Object* alloc_object(TypeObject* type, size_t nbytes);
// Allocate a variable-size object: basicsize + n * itemsize bytes, ob_size = n.
VarObject* alloc_var_object(TypeObject* type, ssize n);
// Free an object's memory (call at the end of tp_dealloc).  The object must be
// unlinked already (dealloc() does that) and untracked.  Drops the heap-type
// reference that alloc_object took.
void free_object(Object* o);
// Put a recycled object (from a free list) back on the refchain with refcnt 1.
void reinit_object(Object* o, TypeObject* type);
// Make an object immortal (static singletons, start-up names).
inline void make_immortal(Object* o) { o->ob_refcnt = IMMORTAL_REFCNT; }
inline bool is_immortal(const Object* o) { return o->ob_refcnt >= IMMORTAL_REFCNT / 2; }
// The eval loop's hot paths take and drop references with these: an immortal
// object's count is not written (it stays near IMMORTAL_REFCNT, which no
// script can tell apart from an exact count that large).  As in CPython 3.12
// (PEP 683), the point is the cache: a constant like 0, 1 or None is used by
// every thread, and a count written at every use would move its cache line
// from core to core at every thread switch (docs/gil.md, "The cost of forced
// switching").  Mixing them with incref/decref only lets such a count drift,
// by at most one per use, far from zero.
inline void incref_hot(Object* o) {
  if (!is_immortal(o)) incref(o);
}
inline void decref_hot(Object* o) {
  if (!is_immortal(o)) decref(o);
}
// Link a statically allocated object (a built-in type, None, ...) into the refchain as immortal.
void init_static_object(Object* o, TypeObject* type);

// The cycle collector's tracking (gc/collector.cpp).  Only objects of
// TPFLAG_HAVE_GC types may be tracked; track once every field is valid,
// untrack at the start of tp_dealloc.
void gc_track(Object* o);
void gc_untrack(Object* o);
bool gc_is_tracked(Object* o);

ssize refchain_length();  // live objects, sentinels excluded
// Walk every live object (all segments):
//   for (Object* o = refchain_first(); o; o = refchain_next(o)) ...
Object* refchain_first();
Object* refchain_next(Object* o);
// A Python thread's own segment of the refchain: begin once it holds the GIL
// for the first time, end while it holds it for the last time (its objects
// move to the main segment).
void refchain_thread_begin();
void refchain_thread_end();
// In a forked child (runtime/fork.cpp), with the GIL: the segments of the
// threads that were not copied join the main one (their objects stay alive).
void refchain_after_fork_child();
void refchain_link(Object* o);
void refchain_unlink(Object* o);

// ---- singletons ------------------------------------------------------------
extern Object NoneStruct, NotImplementedStruct, EllipsisStruct;
inline Object* const None = &NoneStruct;
inline Object* const NotImplemented = &NotImplementedStruct;
inline Object* const Ellipsis = &EllipsisStruct;
inline Object* none_ref() { incref(None); return None; }
inline Object* notimpl_ref() { incref(NotImplemented); return NotImplemented; }

}  // namespace rt

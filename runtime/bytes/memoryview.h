// memoryview internals shared by runtime/memoryview.cpp (the type: creation,
// indexing, slicing, cast, release) and runtime/memoryview_items.cpp (struct
// formats: reading and writing single items, tolist, comparison by value).
// See docs/buffers.md.
//
// Ownership: an exporter's buffer is acquired once, into a ManagedBuffer; every
// memoryview made from it (memoryview(m), slices, casts, toreadonly) holds a
// reference to that ManagedBuffer and its own Buffer `view` describing which
// items it sees.  The export is given back when the last memoryview drops the
// ManagedBuffer: by release() or by being freed.
//
// A view's shape and strides live in the memoryview object itself (`dims`:
// ndim shapes, then ndim strides); view.obj stays null (the reference to the
// exporter is the ManagedBuffer's).
#pragma once
#include "runtime/bytes/buffer.h"

namespace rt {

struct ManagedBufferObject : Object {
  Buffer master;  // master.obj: the exporter (owned)
};

struct MemoryViewObject : VarObject {  // ob_size: 2 * ndim (the entries of dims)
  ManagedBufferObject* mbuf;  // null once released
  Buffer view;
  hash_t hash;     // -1: not computed
  ssize exports;   // buffers taken from this memoryview and not yet released
  int contig;      // MV_C | MV_F, computed when the view is made
  Object* weaklist;  // first weak reference (runtime/weakref.cpp), not owned
  ssize dims[1];   // shape[ndim] then strides[ndim]
};
enum { MV_C = 1, MV_F = 2 };

inline MemoryViewObject* MV(Object* o) { return static_cast<MemoryViewObject*>(o); }

// ---- struct formats (memoryview_items.cpp) --------------------------------------------------
// The item size of a native single-character format ("B", "@i", ...), or 0
// when the format is not one memoryview knows.
ssize native_format_size(const char* fmt);
// A static copy of a native format string (so a cast view does not depend on
// the caller's string); null when fmt is not native.
const char* native_format_static(const char* fmt);
// Is fmt one of the byte formats 'B', 'b', 'c' (optionally with '@')?
bool is_byte_format(const char* fmt);
// Formats pyglass's memoryview can read and write item by item: the native
// ones plus 'e'.  NotImplementedError ("memoryview: unsupported format %s" /
// "memoryview: format %s not supported") otherwise.
bool check_item_format(const char* fmt);
// The item at p as a Python object / store value at p.  fmt must have passed
// check_item_format; pack raises memoryview's TypeError/ValueError.
Object* unpack_item(const char* fmt, const char* p);
int pack_item(const char* fmt, char* p, Object* value);
// view.tolist(): nested lists following shape and strides.
Object* buffer_tolist(const Buffer* v);
// Compare two views item by item (equal shapes, values equal as Python
// objects).  1 equal, 0 not, -1 error.
int buffer_equal(const Buffer* a, const Buffer* b);

}  // namespace rt

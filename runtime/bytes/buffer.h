// The buffer protocol (PEP 3118) and the bytes family's shared internals
// (runtime/buffer.cpp; docs/buffers.md).
//
// An exporter is an object whose type fills bf_getbuffer: it describes a
// piece of its memory in a Buffer and keeps that memory where it is until the
// consumer calls buffer_release().  A Buffer owns a reference to its exporter
// (view.obj), so the exporter cannot die while the view is held.
//
// Invariants of a filled Buffer:
//   * len == product(shape) * itemsize (in bytes), even for strided views;
//   * buf points at the first item (index (0, 0, ...)), not at the lowest
//     address: a negative stride walks backwards from buf;
//   * shape/strides are null, or point at ndim entries that stay valid while
//     the view is held (the exporter's memory, or the view's own `dims`);
//     null shape means one dimension of len / itemsize items, null strides
//     means C-contiguous;
//   * format is null (meaning "B") or a struct-module string owned by the
//     exporter;
//   * there are no suboffsets (no PIL-style indirect arrays in pyglass).
//
// Exporters whose memory can move (bytearray) count their exports and refuse
// to resize while the count is above zero ("BufferError: Existing exports of
// data: object cannot be re-sized").  bytes never moves; memoryview counts
// the buffers taken from it and refuses release() while any is held.
#pragma once
#include <string>
#include <string_view>

#include "runtime/api.h"

namespace rt {

extern TypeObject ByteArrayType, MemoryViewType;

constexpr int BUF_MAX_NDIM = 64;

// Request flags, with CPython's numbering.  A consumer asks for what it can
// handle; an exporter that cannot satisfy a request raises BufferError.
enum BufferFlags {
  BUF_SIMPLE = 0,                          // C-contiguous bytes: no format, shape or strides
  BUF_WRITABLE = 0x0001,                   // the consumer will write
  BUF_FORMAT = 0x0004,                     // fill format
  BUF_ND = 0x0008,                         // fill shape (C-contiguous)
  BUF_STRIDES = 0x0010 | BUF_ND,           // fill strides (may be non-contiguous)
  BUF_C_CONTIGUOUS = 0x0020 | BUF_STRIDES,
  BUF_F_CONTIGUOUS = 0x0040 | BUF_STRIDES,
  BUF_ANY_CONTIGUOUS = 0x0080 | BUF_STRIDES,
  BUF_INDIRECT = 0x0100 | BUF_STRIDES,     // suboffsets allowed (pyglass never has any)
  BUF_CONTIG_RO = BUF_ND,
  BUF_STRIDED_RO = BUF_STRIDES,
  BUF_RECORDS_RO = BUF_STRIDES | BUF_FORMAT,
  BUF_FULL_RO = BUF_INDIRECT | BUF_FORMAT,
  BUF_FULL = BUF_FULL_RO | BUF_WRITABLE,
};

struct Buffer {
  void* buf = nullptr;
  Object* obj = nullptr;  // the exporter (owned); null when not acquired or released
  ssize len = 0;          // bytes
  ssize itemsize = 1;
  bool readonly = true;
  int ndim = 1;
  const char* format = nullptr;  // null: "B"
  ssize* shape = nullptr;
  ssize* strides = nullptr;
  void* internal = nullptr;  // the exporter's own use
};

// The type name argument-clinic style messages use: "None" for None.
inline const char* arg_type_name(const Object* o) { return o == None ? "None" : type_name(o); }

// ---- the protocol ---------------------------------------------------------------------
inline bool object_has_buffer(const Object* o) { return type_of(o)->bf_getbuffer != nullptr; }
// Fill *view from o's exporter.  TypeError "a bytes-like object is required,
// not 'str'" when o exports nothing; BufferError when the request cannot be met.
int object_get_buffer(Object* o, Buffer* view, int flags);
// Give the view back to its exporter and drop the reference (no-op when released).
void buffer_release(Buffer* view);
// For exporters of one flat run of bytes (bytes, bytearray): fill *view per
// flags.  BufferError "Object is not writable." for a writable request on
// read-only memory.  Takes a new reference to exporter.
int buffer_fill_info(Buffer* view, Object* exporter, void* buf, ssize len, bool readonly, int flags);

// ---- geometry -----------------------------------------------------------------------------
// The shape/stride of dimension d, whether or not the view carries the arrays.
inline ssize buffer_shape(const Buffer* v, int d) { return v->shape ? v->shape[d] : v->len / v->itemsize; }
inline ssize buffer_stride(const Buffer* v, int d) { return v->strides ? v->strides[d] : v->itemsize; }
inline const char* buffer_format(const Buffer* v) { return v->format ? v->format : "B"; }
// Is the memory laid out contiguously in order 'C', 'F' or 'A' (either)?
bool buffer_is_contiguous(const Buffer* v, char order);
// Copy the items of v into dst (v->len bytes) in C or F order.
void buffer_to_contiguous(char* dst, const Buffer* v, char order);
// Copy len(src) bytes from src into the items of v in C order (v->len bytes).
void buffer_from_contiguous(Buffer* v, const char* src);
// C-contiguous strides for shape (ndim entries) and itemsize into strides.
void buffer_c_strides(int ndim, const ssize* shape, ssize itemsize, ssize* strides);

// ---- a bytes-like argument ----------------------------------------------------------------
// Holds a C-contiguous byte view of an argument for the duration of a call
// (the export is released by the destructor):
//   BytesLike a;
//   if (!a.get(arg)) return nullptr;   // TypeError / BufferError set
//   use a.data(), a.size()
class BytesLike {
 public:
  BytesLike() = default;
  BytesLike(const BytesLike&) = delete;
  BytesLike& operator=(const BytesLike&) = delete;
  ~BytesLike() { release(); }
  bool get(Object* o, int flags = BUF_SIMPLE) { return object_get_buffer(o, &view_, flags) == 0; }
  void release() { buffer_release(&view_); }
  const char* data() const { return static_cast<const char*>(view_.buf); }
  char* wdata() const { return static_cast<char*>(view_.buf); }
  ssize size() const { return view_.len; }
  std::string_view sv() const { return std::string_view(data(), size_t(size())); }
  Buffer* view() { return &view_; }

 private:
  Buffer view_;
};

// ---- bytearray (runtime/bytearray.cpp) ----------------------------------------------------
// Layout: the bytes live in a separate allocation that can grow and move;
// `start` may sit past `alloc_base` after deletions at the front (so
// del b[:n] and pop(0) do not move the rest).  A NUL follows the last byte.
struct ByteArrayObject : VarObject {  // ob_size: length in bytes
  char* alloc_base;  // malloc'ed, null when nothing was ever allocated
  char* start;       // first byte (points at a static "" when alloc_base is null)
  ssize alloc;       // bytes allocated at alloc_base
  ssize exports;     // buffers currently exported: the memory must not move
};
inline bool is_bytearray(const Object* o) {
  return type_of(o) == &ByteArrayType || is_subtype(type_of(o), &ByteArrayType);
}
inline char* bytearray_data(Object* o) { return static_cast<ByteArrayObject*>(o)->start; }
Object* bytearray_from(const char* data, ssize n);  // new exact bytearray
// Resize (keeping the bytes; new ones uninitialised).  BufferError while exported.
int bytearray_resize(Object* ba, ssize n);
void init_bytearray_type();

// ---- the bytes family's shared methods (runtime/bytes_methods.cpp) ------------------------
// bytes and bytearray share these implementations; self is a bytes or a
// bytearray (or a subclass), and results have self's base type.
extern MethodDef bytes_common_methods[];
// Fill a bytes or bytearray method table: its own entries, then every common
// one it does not define itself.  tables are static arrays of room n.
void merge_method_tables(MethodDef* out, ssize room, const MethodDef* own, const MethodDef* common);
// "bytes" or "bytearray" for messages.
inline const char* bytes_kind(const Object* self) { return is_bytes(self) ? "bytes" : "bytearray"; }
// A new bytes (self a bytes) or bytearray (self a bytearray) of n bytes copied from p.
Object* bytes_like_result(Object* self, const char* p, ssize n);
// The data and length of a bytes or bytearray (no export taken).
inline const char* bytes_like_data(Object* self) { return is_bytes(self) ? bytes_data(self) : bytearray_data(self); }
// bytes/bytearray.__contains__: an int in range(256) or any bytes-like.
int bytes_like_contains(const char* data, ssize n, Object* v);
// The value of an int-like (via __index__) searched for in bytes: 0..255, or
// -1 with ValueError "byte must be in range(0, 256)" (also for huge ints).
int byte_from_index(Object* v);
// The hex string of n bytes with an optional separator every bytes_per_sep
// (args as bytes.hex: sep, bytes_per_sep).  Used by bytes, bytearray and memoryview.
// bytes_result: the caller turns the text into bytes (binascii.hexlify), so a
// non-ASCII bytes separator is allowed, as in CPython.
Object* hex_with_sep(const char* fname, const char* data, ssize n, Object* const* args, ssize nargs, Object* kwnames,
                     bool bytes_result = false);
// bytes.fromhex / bytearray.fromhex on cls.
Object* fromhex_for(Object* cls, Object* const* args, ssize nargs, Object* kwnames);
// Compare two byte strings as bytes do (rich comparison result).
Object* compare_bytes(const char* a, ssize na, const char* b, ssize nb, int op);
// The ints of an iterable appended to out; range_msg is the ValueError for an
// int outside range(256) ("bytes must be in range(0, 256)" for bytes()).
int collect_bytes_from_iterable(Object* src, std::string& out, const char* range_msg);

// ---- bytes % args (runtime/strformat.cpp) ----------------------------------------------------
Object* bytes_percent_format(const char* fmt, ssize n, Object* args, bool bytearray_result);

// ---- memoryview (runtime/memoryview.cpp) ----------------------------------------------------
void init_memoryview_type();
Object* memoryview_from_object(Object* o);  // memoryview(o)

}  // namespace rt

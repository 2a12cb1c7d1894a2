// The _io module's shared internals (docs/io.md).
//
// Files, one per layer as in CPython's Modules/_io:
//   _iomodule.cpp      the module, open(), open_code(), text_encoding(), the
//                      standard streams, the helpers below, rt:: glue
//   io_iobase.cpp      _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase
//   io_fileio.cpp      FileIO (the raw layer over a file descriptor)
//   io_bufferedio.cpp  BufferedReader/Writer/Random, BufferedRWPair
//   io_bytesio.cpp     BytesIO and its getbuffer() exporter
//   io_stringio.cpp    StringIO
//   io_textio.cpp      TextIOWrapper (reading, writing, reconfigure)
//   io_textseek.cpp    TextIOWrapper.tell/seek (opaque cookies)
//   io_codecs.cpp      IncrementalNewlineDecoder, line endings, the fast
//                      utf-8/ascii/latin-1 codecs and the registry bridge
//
// Every object of the hierarchy starts with IOHead: the instance __dict__,
// the weak-reference list, and the finalizer flags.  All types are static
// (readied at start-up, immortal), subclassable, and GC-tracked.
#pragma once
#include <sys/types.h>

#include <string>

#include "../runtime/api.h"
#include "runtime/bytes/buffer.h"
#include "runtime/threads/sched.h"
#include "clinic.h"
#include "native.h"

namespace stdlib::io {

using rt::Object;
using rt::ssize;
using rt::TypeObject;

extern TypeObject IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;
extern TypeObject FileIOType, BytesIOType, StringIOType;
extern TypeObject BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType;
extern TypeObject TextIOWrapperType, IncrementalNewlineDecoderType;
extern TypeObject BytesIOBufferType, BufferViewType;  // internal exporters
extern TypeObject* Exc_UnsupportedOperation;          // io.UnsupportedOperation (made at start-up)

constexpr ssize DEFAULT_BUFFER_SIZE = 8192;

// The words every object of the hierarchy starts with.
struct IOHead : Object {
  Object* dict;      // instance __dict__ (tp_dictoffset), may be null
  Object* weaklist;  // head of the weak-reference list (tp_weaklistoffset)
  bool finalized;    // the IOBase finalizer ran (PEP 442: at most once)
  bool finalizing;   // `_finalizing`: close() was called by the finalizer
};

// ---- the layouts shared between files -------------------------------------------------
struct FileIOObject : IOHead {
  int fd;  // -1: closed
  bool created, readable, writable, appending, closefd;
  signed char seekable;  // -1: not known yet
  ssize blksize;
};

struct BufferedObject : IOHead {
  Object* raw;
  bool ok, detached, readable, writable, fast_closed_checks;
  bool lock_ready;
  char* buffer;  // null after close
  ssize buffer_size, buffer_mask;
  // Positions (CPython's scheme): abs_pos is the raw stream's absolute
  // position (-1 unknown); pos, raw_pos, read_end, write_pos, write_end are
  // offsets in `buffer`.  read_end == -1: no valid read data; write_end == -1:
  // nothing to write.
  off_t abs_pos, pos, raw_pos, read_end, write_pos, write_end;
  rt::sched::SchedLock lock;  // held while a method runs (the GIL may be released inside)
  uint64_t owner;             // serial of the thread holding `lock` (0: none)
};

// ---- helpers (_iomodule.cpp) ------------------------------------------------------------
// raise io.UnsupportedOperation(msg); returns nullptr.
Object* unsupported(const char* msg);
// BlockingIOError(EAGAIN, msg, written).
void set_blocking_error(const char* msg, ssize written);
// If the pending exception is an OSError with errno EINTR, clear it and
// return true (the caller retries); CPython's _PyIO_trap_eintr.
bool trap_eintr();
// ValueError("I/O operation on closed file.") when self.closed is true.
// Returns false with an exception set.
bool check_closed(Object* self);
// self.<name>() and its truth (-1 error).
int call_bool_method(Object* self, Object* name);
// _checkReadable() and friends: UnsupportedOperation("File or stream is not readable.").
bool check_readable(Object* o);
bool check_writable(Object* o);
bool check_seekable(Object* o);

// Argument checks with Argument Clinic's messages.
//   positional-only methods:   "read expected at most 1 argument, got 2"
//   keywords given:            "BytesIO.read() takes no keyword arguments"
//   METH_NOARGS / METH_O:      "BytesIO.getvalue() takes no arguments (1 given)",
//                              "BytesIO.write() takes exactly one argument (0 given)"
bool pos_args(const char* qualname, ssize nargs, Object* kwnames, ssize min, ssize max);
bool no_args(const char* qualname, ssize nargs, Object* kwnames);
using clinic::one_arg;  // stdlib/clinic.h: "f() takes exactly one argument (2 given)"
// Keyword-capable signatures: names[0..n), the first nreq required, those from
// kwonly on keyword-only.  fname is used as "fname() missing required argument
// 'x' (pos 1)", "'y' is an invalid keyword argument for fname()".  out[] gets
// borrowed values (null when absent).
bool parse_kw(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* const* names,
              int n, int nreq, int kwonly, Object** out);
// Converters: Py_ssize_t (via __index__), int, an optional ssize (None or
// an int: "argument should be integer or None, not 'str'"), off_t.
using native::ssize_arg;  // stdlib/native.h
using native::int_arg;
using native::opt_ssize_arg;  // o may be null (absent): out unchanged
bool bool_int_arg(Object* o, bool* out);    // bool(accept={int}): an int's truth
// A str argument as Argument Clinic's `str` converter: "FN() argument 'NAME'
// must be str[ or None], not int", "embedded null character".
bool str_arg(const char* fname, const char* argname, Object* o, bool allow_none, std::string* out, bool* is_none);

// CPython's _PyErr_ChainExceptions: make `earlier` (stolen, may be null) the
// context of the pending exception, or pending itself when there is none.
void chain_exceptions(Object* earlier);
// A `w*` argument: a writable C-contiguous buffer ("readinto() argument must be
// read-write bytes-like object, not bytes").  0, or -1 with TypeError.
int get_writable_buffer(const char* fname, Object* o, rt::Buffer* view);

// The finalizer of every type of the hierarchy (IOBase's tp_finalize): close() if not closed.
void iobase_finalize(Object* self);
// Run the finalizer from a static type's tp_dealloc (heap subclasses had it run
// by subtype_dealloc).  Returns false when the object was resurrected: the
// caller must return without freeing it.
bool dealloc_finalize(Object* self);
// Allocate an instance of a (sub)type of the hierarchy; the caller fills its
// fields and calls rt::gc_track.
Object* alloc_io(TypeObject* type);
int io_traverse_head(Object* self, rt::visitproc visit, void* arg);
// self.readline() for __next__ of a subclass: must return str (text) or bytes,
// else OSError "readline() should have returned a str object, not 'int'".
Object* call_readline_checked(Object* self, bool text);
// repr(value) while self is being repr'ed (RuntimeError "reentrant call inside
// X.__repr__" when it already is).  false with an exception set.
bool guarded_repr(Object* self, Object* value, std::string* out);
// ResourceWarning "unclosed file <repr>", when a _warnings module exists.
void resource_warning(Object* source);
// Whether interning-heavy checks may use fast paths: o's type is exactly t.
inline bool exact(Object* o, TypeObject* t) { return rt::type_of(o) == t; }

// ---- FileIO's C++ entry points (io_fileio.cpp) -----------------------------------------
// read(2)/write(2) on an open FileIO with the GIL released and EINTR retried:
// count, 0 at end of file, -1 with an exception set, -2 would block (EAGAIN, no exception).
ssize fileio_read_raw(FileIOObject* f, char* buf, ssize n);
ssize fileio_write_raw(FileIOObject* f, const char* buf, ssize n);
// The same after FileIO.readinto()/write()'s checks (closed, mode).
ssize fileio_read_checked(FileIOObject* f, char* buf, ssize n);
ssize fileio_write_checked(FileIOObject* f, const char* buf, ssize n);
Object* fileio_new_fd(int fd, const char* mode, bool closefd);  // FileIO(fd, mode, closefd)
inline bool fileio_closed(Object* raw) { return static_cast<FileIOObject*>(raw)->fd < 0; }

// ---- the buffered layer's C++ entry points (io_bufferedio.cpp) -----------------------------
// BufferedWriter/BufferedRandom.write(data) for the text layer: bytes written or -1.
ssize buffered_write_data(BufferedObject* b, const char* data, ssize n);
// flush(): 0 or -1.
int buffered_flush(BufferedObject* b);
// read1(n) of an exact BufferedReader/BufferedRandom for the text layer.
Object* buffered_read1(BufferedObject* b, ssize n);
inline bool is_exact_buffered(Object* o) {
  TypeObject* t = rt::type_of(o);
  return t == &BufferedReaderType || t == &BufferedWriterType || t == &BufferedRandomType;
}

// ---- text helpers (io_codecs.cpp) ---------------------------------------------------------
// Newline bookkeeping of IncrementalNewlineDecoder (CPython's seennl bits).
enum SeenNewline { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4, SEEN_ALL = 7 };
struct NewlineState {
  bool translate = false;
  bool pendingcr = false;
  int seennl = 0;
};
// The newline step of IncrementalNewlineDecoder.decode() applied to already
// decoded text `output` (steals it): joins a pending '\r', holds back a final
// '\r' unless `final`, records the newline kinds, translates when asked.
Object* newline_decode_steal(NewlineState* st, Object* output, bool final);
// The `newlines` value for the seen kinds: None, a str or a tuple.
Object* newlines_value(int seennl);
// Find the end of a line in [start, end) (CPython's _PyIO_find_line_ending),
// over UTF-8 bytes (TextIOWrapper: the newline characters are ASCII, so byte
// offsets work) or code points (StringIO).  Returns the offset just past the
// line ending, or -1 with *consumed set to the offset up to which no line
// ending can start.  readnl: the newline when neither translated nor universal.
template <class Ch>
ssize find_line_ending(bool translated, bool universal, const char* readnl, const Ch* start, const Ch* end,
                       ssize* consumed) {
  ssize len = end - start;
  if (translated || universal) {
    for (const Ch* s = start; s < end; s++) {
      if (*s > '\r') continue;
      if (*s == '\n') return s - start + 1;
      if (*s == '\r' && !translated) return s + 1 < end && s[1] == '\n' ? s - start + 2 : s - start + 1;
    }
    *consumed = len;
    return -1;
  }
  ssize nl_len = ssize(std::char_traits<char>::length(readnl));
  const Ch* e = end - (nl_len - 1);
  if (e < start) e = start;
  for (const Ch* s = start; s < e; s++) {
    if (*s != Ch(readnl[0])) continue;
    ssize i = 1;
    while (i < nl_len && s[i] == Ch(readnl[i])) i++;
    if (i == nl_len) return s - start + nl_len;
  }
  // A partial newline may begin in the last nl_len - 1 characters.
  for (const Ch* s = e; s < end; s++)
    if (*s == Ch(readnl[0])) {
      *consumed = s - start;
      return -1;
    }
  *consumed = len;
  return -1;
}

// A text codec as TextIOWrapper uses it: the three codecs pyglass decodes and
// encodes natively (with the error handlers the runtime implements), or a
// codec from the registry (codecs.lookup) driven through its incremental
// encoder and decoder objects.
enum class FastCodec : uint8_t { None, Utf8, Ascii, Latin1 };
// The fast codec for an encoding name (CPython's normalisation and aliases), or None.
FastCodec fast_codec_for(const char* encoding);
const char* fast_codec_name(FastCodec c);  // "utf-8", "ascii", "latin-1"
// Error handlers the native decoders / encoders support.
bool fast_decode_errors_ok(const char* errors);
bool fast_encode_errors_ok(const char* errors);
// Look the encoding up in the codec registry and check it is a text encoding
// (LookupError "'rot13' is not a text encoding; use codecs.open() to handle
// arbitrary codecs").  Returns the CodecInfo.
Object* lookup_text_encoding(const char* encoding);
// Decode with a fast codec: pending holds undecodable trailing bytes between
// calls (the incremental decoder's buffer).  Returns a str.
Object* fast_decode(FastCodec c, const char* errors, std::string& pending, const char* data, ssize n, bool final);
// Encode UTF-8 text (a str's contents, surrogates possible) with a fast codec,
// appending to out.  str_obj is the str (for error reports; may be null: made on demand).
int fast_encode(FastCodec c, const char* errors, const char* data, ssize n, Object* str_obj, std::string& out);
// The locale's encoding as open() uses it when none is given ("UTF-8" under a
// UTF-8 locale, "utf-8" in UTF-8 mode).  Borrowed immortal str.
Object* locale_encoding();
bool utf8_mode();

// ---- TextIOWrapper (io_textio.cpp, io_textseek.cpp) -----------------------------------------
struct TextIOObject : IOHead {
  bool ok, detached;
  Object* buffer;
  Object* encoding;  // str
  Object* errors;    // str
  // The codec: a native one (fast_dec / fast_enc) or the registry's
  // incremental decoder / encoder objects.  has_decoder / has_encoder: the
  // stream is readable / writable (CPython's decoder / encoder != NULL).
  bool has_decoder, has_encoder;
  FastCodec fast_dec, fast_enc;
  Object* decoder;               // registry decoder (without the newline step), or null
  Object* encoder;               // registry encoder, or null
  std::string* dec_pending;      // the fast decoder's undecoded bytes (allocated on first use)
  // Newlines.
  Object* readnl;  // the newline argument (str), null for None
  const char* writenl;  // what "\n" is written as, null: no translation (points into readnl)
  bool readuniversal, readtranslate, writetranslate;
  NewlineState nl;  // the newline step of decoding (when readuniversal)
  bool line_buffering, write_through;
  bool seekable, telling, has_read1, encoding_start_of_stream;
  // Decoded text not read yet: decoded_chars[used:] (used counted in code points and bytes).
  Object* decoded_chars;
  ssize decoded_used, decoded_used_bytes;
  // tell()'s snapshot: the decoder flags and the input fed since the last point
  // where the decoder held no bytes (snap_input null: no snapshot).
  uint64_t snap_flags;
  Object* snap_input;
  double b2cratio;
  ssize chunk_size;
  std::string* pending;  // encoded bytes not yet given to the buffer
  Object* raw;           // the FileIO under an exact Buffered* buffer (fast closed checks), or null
};

// Shared by io_textio.cpp and io_textseek.cpp.
bool textio_check_attached(TextIOObject* t);
bool textio_check_closed(TextIOObject* t);
void textio_set_decoded(TextIOObject* t, Object* steal);
int textio_writeflush(TextIOObject* t);
// The decoder chain (codec, then the newline step).
Object* textio_decode(TextIOObject* t, const char* data, ssize n, Object* obj, bool final);
int textio_dec_getstate(TextIOObject* t, Object** buf, uint64_t* flags);
int textio_dec_setstate(TextIOObject* t, Object* buf, uint64_t flags);
int textio_dec_reset(TextIOObject* t);
int textio_encoder_reset(TextIOObject* t, bool start_of_stream);
Object* textio_tell(Object* self, Object* const* args, ssize nargs, Object* kw);
Object* textio_seek(Object* self, Object* const* args, ssize nargs, Object* kw);

// ---- TextIOWrapper's C++ entry points (io_textio.cpp) ------------------------------------
// write(text) from UTF-8 bytes (print's fast path): 0 or -1.
int textio_write_utf8(Object* self, const char* data, ssize n, Object* str_obj);
int textio_flush(Object* self);
Object* textio_readline(Object* self, ssize limit);
// TextIOWrapper(buffer, encoding, errors, newline, line_buffering, write_through) from C++.
Object* textio_new(Object* buffer, const char* encoding, const char* errors, const char* newline,
                   bool line_buffering, bool write_through);

// The module (_iomodule.cpp).
int ready_io_types();
Object* io_open(Object* const* args, ssize nargs, Object* kwnames);  // _io.open(...)
Object* make_io_module(const char* name);
int create_std_streams(Object* sys_module);
void io_fini();

// Fill a static type of the hierarchy: subclassable, GC, instance __dict__ in IOHead.
void io_type(TypeObject& t, const char* name, size_t basicsize, TypeObject* base, rt::newfunc tp_new,
             rt::initfunc tp_init, rt::destructor dealloc, rt::traverseproc traverse, rt::inquiry clear,
             rt::MethodDef* methods, rt::GetSetDef* getset, const char* doc);

// Type setup, called in order by ready_io_types (_iomodule.cpp).
void init_iobase_types();
void init_fileio_type();
void init_buffered_types();
void init_bytesio_types();
void init_stringio_type();
void init_textio_type();
void init_codec_types();

// The `_finalizing` attribute of FileIO, the buffered objects and TextIOWrapper.
Object* finalizing_get(Object* self, void*);
int finalizing_set(Object* self, Object* v, void*);


}  // namespace stdlib::io

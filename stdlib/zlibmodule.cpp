// zlib: the native module over Debian's zlib (libz), under CPython's gzip,
// zipfile and tarfile.  docs/native-modules.md ("zlib") describes it.
//
// How a call works.  Every compression or decompression runs the same loop
// as CPython's: the input is fed to deflate()/inflate() in pieces of at most
// UINT_MAX bytes (z_stream counts in unsigned int), and the output grows in a
// malloc'ed Output buffer that doubles when full (up to a limit for
// Decompress.decompress(max_length)).  Results are turned into Python objects
// only after the work is done.
//
// Invariants:
//   * A Compress/Decompress object's z_stream is only touched with the
//     object's ObjectLock held (stdlib/objlock.h), and no Python object is
//     created or freed while it is held, except the cached bytes of
//     unused_data/unconsumed_tail, whose deallocation runs no Python code.
//     Errors are recorded in a Failure while locked and raised afterwards.
//   * The GIL is released around deflate()/inflate() when the input is at
//     least kGilMinSize bytes; the input's buffer export is held throughout,
//     so a bytearray cannot move under zlib.
//   * unused_data and unconsumed_tail are kept as C++ strings (the locked
//     part may change them); their bytes objects are made on first read and
//     cached until the next change.
//   * `initialised` is false once deflateEnd()/inflateEnd() ran (after
//     flush(Z_FINISH) reached the end, or Decompress.flush() saw the end);
//     zlib then answers Z_STREAM_ERROR, which becomes CPython's messages.
#include <zlib.h>

#include <climits>
#include <cstdlib>
#include <new>
#include <string>

#include "runtime/bytes/buffer.h"
#include "runtime/containers/list.h"
#include "clinic.h"
#include "datamodules.h"
#include "modules.h"
#include "objlock.h"

namespace stdlib {
using namespace rt;

namespace {

constexpr ssize kDefBufSize = 16384;
constexpr int kDefMemLevel = 8;

TypeObject ZlibErrorType, CompressType, DecompressType;

// ---- errors recorded while locked, raised after ------------------------------------------
struct Failure {
  TypeObject* type = nullptr;  // null: no failure
  std::string msg;
  void set(TypeObject* t, std::string m) {
    type = t;
    msg = std::move(m);
  }
  // zlib.error with CPython's text: "Error -3 while decompressing data: incorrect header check".
  void zlib(const z_stream& zst, int err, const char* what) {
    const char* zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : zst.msg;
    if (!zmsg) {
      if (err == Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
      else if (err == Z_STREAM_ERROR) zmsg = "inconsistent stream state";
      else if (err == Z_DATA_ERROR) zmsg = "invalid input data";
    }
    std::string m = "Error " + std::to_string(err) + " " + what;
    if (zmsg) m += ": " + std::string(zmsg).substr(0, 200);
    set(&ZlibErrorType, std::move(m));
  }
  bool failed() const { return type != nullptr; }
  Object* raise() const {
    if (type == Exc_MemoryError && msg.empty()) return err_no_memory();
    err_set_string(type, msg.c_str());
    return nullptr;
  }
};

// ---- the output buffer ---------------------------------------------------------------------
class Output {
 public:
  explicit Output(size_t initial, size_t limit = SIZE_MAX) : initial_(initial ? initial : 1), limit_(limit) {}
  ~Output() { std::free(buf_); }
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  // Point the stream at free space, growing the buffer when it is full.
  // false: the limit is reached (or memory ran out: out_of_memory()).
  bool arrange(z_stream* z) {
    if (used_ == cap_) {
      if (cap_ >= limit_) return false;
      size_t n = cap_ ? cap_ * 2 : initial_;
      if (n < cap_ || n > limit_) n = limit_;
      char* p = static_cast<char*>(std::realloc(buf_, n));
      if (!p) {
        oom_ = true;
        return false;
      }
      buf_ = p;
      cap_ = n;
    }
    z->next_out = reinterpret_cast<Bytef*>(buf_ + used_);
    z->avail_out = unsigned(std::min<size_t>(cap_ - used_, UINT_MAX));
    return true;
  }
  // After deflate()/inflate(): count what they wrote.
  void collect(const z_stream* z) { used_ = size_t(reinterpret_cast<char*>(z->next_out) - buf_); }
  bool out_of_memory() const { return oom_; }
  Object* to_bytes() const { return bytes_from(buf_ ? buf_ : "", ssize(used_)); }

 private:
  char* buf_ = nullptr;
  size_t cap_ = 0, used_ = 0;
  size_t initial_, limit_;
  bool oom_ = false;
};

// Feed the next piece of input (at most UINT_MAX bytes) to the stream; *left
// counts what has not been handed over yet.
void arrange_input(z_stream* z, size_t* left) {
  z->avail_in = unsigned(std::min<size_t>(*left, UINT_MAX));
  *left -= z->avail_in;
}

void init_stream(z_stream* z) {
  z->zalloc = Z_NULL;
  z->zfree = Z_NULL;
  z->opaque = Z_NULL;
  z->next_in = Z_NULL;
  z->avail_in = 0;
  z->msg = Z_NULL;
}

// A one-shot input: *data is the caller's view.
void set_input(z_stream* z, const BytesLike& data, size_t* left) {
  z->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  *left = size_t(data.size());
}

// ---- Compress / Decompress objects --------------------------------------------------------------
struct CompObject : Object {
  z_stream zst;
  ObjectLock lock;
  bool initialised;
  bool eof;
  Object* zdict;  // Decompress: the zdict argument (owned) or null
  std::string unused_data;
  std::string unconsumed_tail;
  Object* unused_obj;  // cached bytes of the strings above, or null
  Object* tail_obj;
};
CompObject* C(Object* o) { return static_cast<CompObject*>(o); }

CompObject* comp_alloc(TypeObject* type) {
  Object* o = alloc_object(type, sizeof(CompObject));
  if (!o) return nullptr;
  CompObject* c = C(o);
  new (&c->unused_data) std::string();
  new (&c->unconsumed_tail) std::string();
  c->lock.init();
  init_stream(&c->zst);
  return c;
}

void comp_dealloc(Object* o) {
  CompObject* c = C(o);
  if (c->initialised) {
    if (type_of(o) == &CompressType) deflateEnd(&c->zst);
    else inflateEnd(&c->zst);
  }
  c->lock.destroy();
  xdecref(c->zdict);
  xdecref(c->unused_obj);
  xdecref(c->tail_obj);
  c->unused_data.~basic_string();
  c->unconsumed_tail.~basic_string();
  free_object(o);
}

// Set one of the two strings (under the lock): drop the cached bytes.
void set_tail(CompObject* c, const char* p, size_t n) {
  c->unconsumed_tail.assign(p, n);
  clearref(c->tail_obj);
}

// CPython's save_unconsumed_input: input left after the end of the stream
// goes to unused_data; input left because the output limit was reached goes
// to unconsumed_tail (which is emptied once everything is consumed).
void save_unconsumed(CompObject* c, const char* end, int err) {
  const char* next = reinterpret_cast<const char*>(c->zst.next_in);
  if (err == Z_STREAM_END) {
    if (next < end) {
      c->unused_data.append(next, size_t(end - next));
      clearref(c->unused_obj);
    }
    c->zst.avail_in = 0;
  }
  // As in CPython, a tail that was not empty gets the input left after the
  // end of the stream too (it then equals what went to unused_data).
  if ((err != Z_STREAM_END && next < end) || !c->unconsumed_tail.empty()) set_tail(c, next, size_t(end - next));
}

// inflateSetDictionary with the object's zdict (under the lock; the view was taken before).
bool set_inflate_zdict(CompObject* c, const BytesLike& zdict, Failure* f) {
  if (size_t(zdict.size()) > UINT_MAX) {
    f->set(Exc_OverflowError, "zdict length does not fit in an unsigned int");
    return false;
  }
  int err = inflateSetDictionary(&c->zst, reinterpret_cast<const Bytef*>(zdict.data()), unsigned(zdict.size()));
  if (err != Z_OK) {
    f->zlib(c->zst, err, "while setting zdict");
    return false;
  }
  return true;
}

bool get_zdict_view(CompObject* c, BytesLike* view) { return !c->zdict || view->get(c->zdict); }

// The inflate loop shared by Decompress.decompress and Decompress.flush
// (under the lock).  flush_mode is Z_SYNC_FLUSH for decompress(); flush()
// passes Z_FINISH for the last piece of input.  Returns zlib's last answer.
int inflate_loop(CompObject* c, const BytesLike& zdict, size_t left, bool finishing, Output* out, Failure* f) {
  int err = Z_OK;
  do {
    arrange_input(&c->zst, &left);
    int mode = finishing ? (left == 0 ? Z_FINISH : Z_NO_FLUSH) : Z_SYNC_FLUSH;
    do {
      if (!out->arrange(&c->zst)) {
        if (out->out_of_memory()) f->set(Exc_MemoryError, "");
        return err;  // the output limit: what is left becomes the unconsumed tail
      }
      {
        GilReleased nogil(ssize(c->zst.avail_in));
        err = inflate(&c->zst, mode);
      }
      out->collect(&c->zst);
      if (err == Z_NEED_DICT && c->zdict) {
        if (!set_inflate_zdict(c, zdict, f)) return err;
      } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
        return err;
      }
    } while (c->zst.avail_out == 0 || err == Z_NEED_DICT);
  } while (err != Z_STREAM_END && left != 0);
  return err;
}

// ---- Compress methods ---------------------------------------------------------------------------
Object* compress_compress(Object* self, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!clinic::parse("compress", args, nargs, kw, "data/", a)) return nullptr;
  BytesLike data;
  if (!data.get(a[0])) return nullptr;
  CompObject* c = C(self);
  Output out(kDefBufSize);
  Failure f;
  {
    ObjectLockGuard g(c->lock);
    size_t left;
    set_input(&c->zst, data, &left);
    do {
      arrange_input(&c->zst, &left);
      do {
        if (!out.arrange(&c->zst)) {
          f.set(Exc_MemoryError, "");
          break;
        }
        int err;
        {
          GilReleased nogil(ssize(c->zst.avail_in));
          err = deflate(&c->zst, Z_NO_FLUSH);
        }
        out.collect(&c->zst);
        if (err == Z_STREAM_ERROR) f.zlib(c->zst, err, "while compressing data");
      } while (!f.failed() && c->zst.avail_out == 0);
    } while (!f.failed() && left != 0);
  }
  return f.failed() ? f.raise() : out.to_bytes();
}

Object* compress_flush(Object* self, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!clinic::parse("flush", args, nargs, kw, "|mode/", a)) return nullptr;
  int mode = Z_FINISH;
  if (a[0] && !clinic::to_int(a[0], &mode)) return nullptr;
  if (mode == Z_NO_FLUSH) return bytes_from("", 0);  // flushing with Z_NO_FLUSH does nothing
  CompObject* c = C(self);
  Output out(kDefBufSize);
  Failure f;
  {
    ObjectLockGuard g(c->lock);
    c->zst.avail_in = 0;
    int err = Z_OK;
    do {
      if (!out.arrange(&c->zst)) {
        f.set(Exc_MemoryError, "");
        break;
      }
      err = deflate(&c->zst, mode);
      out.collect(&c->zst);
      if (err == Z_STREAM_ERROR) f.zlib(c->zst, err, "while flushing");
    } while (!f.failed() && c->zst.avail_out == 0);
    if (!f.failed()) {
      if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&c->zst);
        if (err != Z_OK) f.zlib(c->zst, err, "while finishing compression");
        else c->initialised = false;
      } else if (err != Z_OK && err != Z_BUF_ERROR) {
        // Z_BUF_ERROR only means the buffer filled exactly and there was no more output.
        f.zlib(c->zst, err, "while flushing");
      }
    }
  }
  return f.failed() ? f.raise() : out.to_bytes();
}

// copy(), __copy__() and __deepcopy__(memo) of both types.
Object* comp_copy_impl(Object* self) {
  CompObject* c = C(self);
  bool compress = type_of(self) == &CompressType;
  CompObject* r = comp_alloc(type_of(self));
  if (!r) return nullptr;
  Failure f;
  {
    ObjectLockGuard g(c->lock);
    if (!c->initialised) {
      f.set(Exc_ValueError, "Inconsistent stream state");
    } else {
      int err = compress ? deflateCopy(&r->zst, &c->zst) : inflateCopy(&r->zst, &c->zst);
      if (err == Z_OK) {
        r->initialised = true;
        r->eof = c->eof;
        r->unused_data = c->unused_data;
        r->unconsumed_tail = c->unconsumed_tail;
      } else if (err == Z_STREAM_ERROR) {
        f.set(Exc_ValueError, "Inconsistent stream state");
      } else if (err == Z_MEM_ERROR) {
        f.set(Exc_MemoryError, compress ? "Can't allocate memory for compression object"
                                        : "Can't allocate memory for decompression object");
      } else {
        f.zlib(c->zst, err, compress ? "while copying compression object" : "while copying decompression object");
      }
    }
  }
  if (f.failed()) {
    decref(r);
    return f.raise();
  }
  r->zdict = xnewref(c->zdict);
  return r;
}

Object* comp_copy(Object* self, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!clinic::parse("copy", args, nargs, kw, "", a)) return nullptr;
  return comp_copy_impl(self);
}

Object* comp_deepcopy(Object* self, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!clinic::parse("__deepcopy__", args, nargs, kw, "memo/", a)) return nullptr;
  return comp_copy_impl(self);
}

// ---- Decompress methods --------------------------------------------------------------------------
Object* decompress_decompress(Object* self, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  if (!clinic::parse("decompress", args, nargs, kw, "data/|max_length", a)) return nullptr;
  ssize max_length = 0;
  if (a[1] && !clinic::to_ssize(a[1], &max_length)) return nullptr;
  if (max_length < 0) return err_format_null(Exc_ValueError, "max_length must be non-negative");
  BytesLike data;
  if (!data.get(a[0])) return nullptr;
  CompObject* c = C(self);
  BytesLike zdict;
  if (!get_zdict_view(c, &zdict)) return nullptr;
  size_t limit = max_length ? size_t(max_length) : SIZE_MAX;
  Output out(max_length && max_length < kDefBufSize ? size_t(max_length) : size_t(kDefBufSize), limit);
  Failure f;
  {
    ObjectLockGuard g(c->lock);
    size_t left;
    set_input(&c->zst, data, &left);
    int err = inflate_loop(c, zdict, left, false, &out, &f);
    if (!f.failed()) {
      save_unconsumed(c, data.data() + data.size(), err);
      if (err == Z_STREAM_END) c->eof = true;  // inflateEnd waits for flush(), as in CPython
      else if (err != Z_OK && err != Z_BUF_ERROR) f.zlib(c->zst, err, "while decompressing data");
    }
  }
  return f.failed() ? f.raise() : out.to_bytes();
}

Object* decompress_flush(Object* self, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!clinic::parse("flush", args, nargs, kw, "|length/", a)) return nullptr;
  ssize length = kDefBufSize;
  if (a[0] && !clinic::to_ssize(a[0], &length)) return nullptr;
  if (length <= 0) return err_format_null(Exc_ValueError, "length must be greater than zero");
  CompObject* c = C(self);
  BytesLike zdict;
  if (!get_zdict_view(c, &zdict)) return nullptr;
  Output out{size_t(length)};
  Failure f;
  {
    ObjectLockGuard g(c->lock);
    // The input is the unconsumed tail; it is copied because save_unconsumed rewrites it.
    std::string input = c->unconsumed_tail;
    c->zst.next_in = reinterpret_cast<Bytef*>(input.data());
    int err = inflate_loop(c, zdict, input.size(), true, &out, &f);
    if (!f.failed()) {
      save_unconsumed(c, input.data() + input.size(), err);
      if (err == Z_STREAM_END) {  // the end of the stream: free zlib's memory
        c->eof = true;
        c->initialised = false;
        err = inflateEnd(&c->zst);
        if (err != Z_OK) f.zlib(c->zst, err, "while finishing decompression");
      }
    }
  }
  return f.failed() ? f.raise() : out.to_bytes();
}

Object* cached_bytes(Object** slot, const std::string& s) {
  if (!*slot) *slot = bytes_from(s.data(), ssize(s.size()));
  return xnewref(*slot);
}

Object* get_unused_data(Object* self, void*) { return cached_bytes(&C(self)->unused_obj, C(self)->unused_data); }
Object* get_unconsumed_tail(Object* self, void*) { return cached_bytes(&C(self)->tail_obj, C(self)->unconsumed_tail); }
Object* get_eof(Object* self, void*) { return bool_ref(C(self)->eof); }

MethodDef compress_methods[] = {
    {"compress", compress_compress, METH_DEFAULT,
     "Returns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n\nAfter "
     "calling this function, some of the input data may still\nbe stored in internal buffers for later processing."
     "\nCall the flush() method to clear these buffers."},
    {"flush", compress_flush, METH_DEFAULT,
     "Return a bytes object containing any remaining compressed data.\n\n  mode\n    One of the constants "
     "Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.\n    If mode == Z_FINISH, the compressor object can no longer be\n"
     "    used after calling the flush() method.  Otherwise, more data\n    can still be compressed."},
    {"copy", comp_copy, METH_DEFAULT, "Return a copy of the compression object."},
    {"__copy__", comp_copy, METH_DEFAULT, nullptr},
    {"__deepcopy__", comp_deepcopy, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef decompress_methods[] = {
    {"decompress", decompress_decompress, METH_DEFAULT,
     "Return a bytes object containing the decompressed version of the data.\n\n  data\n    The binary data to "
     "decompress.\n  max_length\n    The maximum allowable length of the decompressed data.\n    Unconsumed input "
     "data will be stored in\n    the unconsumed_tail attribute.\n\nAfter calling this function, some of the input "
     "data may still be stored in\ninternal buffers for later processing.\nCall the flush() method to clear these "
     "buffers."},
    {"flush", decompress_flush, METH_DEFAULT,
     "Return a bytes object containing any remaining decompressed data.\n\n  length\n    the initial size of the "
     "output buffer."},
    {"copy", comp_copy, METH_DEFAULT, "Return a copy of the decompression object."},
    {"__copy__", comp_copy, METH_DEFAULT, nullptr},
    {"__deepcopy__", comp_deepcopy, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef decompress_getset[] = {
    {"unused_data", get_unused_data, nullptr, nullptr, nullptr},
    {"unconsumed_tail", get_unconsumed_tail, nullptr, nullptr, nullptr},
    {"eof", get_eof, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- module functions -----------------------------------------------------------------------------
Object* z_compress(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  if (!clinic::parse("compress", args, nargs, kw, "data/|level,wbits", a)) return nullptr;
  int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
  if ((a[1] && !clinic::to_int(a[1], &level)) || (a[2] && !clinic::to_int(a[2], &wbits))) return nullptr;
  BytesLike data;
  if (!data.get(a[0])) return nullptr;
  z_stream zst;
  init_stream(&zst);
  Output out(kDefBufSize);
  Failure f;
  int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, kDefMemLevel, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) return err_format_null(Exc_MemoryError, "Out of memory while compressing data");
  if (err == Z_STREAM_ERROR) return err_format_null(&ZlibErrorType, "Bad compression level");
  if (err != Z_OK) {
    deflateEnd(&zst);
    f.zlib(zst, err, "while compressing data");
    return f.raise();
  }
  size_t left;
  set_input(&zst, data, &left);
  {
    GilReleased nogil(data.size());
    int mode;
    do {
      arrange_input(&zst, &left);
      mode = left == 0 ? Z_FINISH : Z_NO_FLUSH;
      do {
        if (!out.arrange(&zst)) {
          f.set(Exc_MemoryError, "");
          break;
        }
        err = deflate(&zst, mode);
        out.collect(&zst);
        if (err == Z_STREAM_ERROR) f.zlib(zst, err, "while compressing data");
      } while (!f.failed() && zst.avail_out == 0);
    } while (!f.failed() && mode != Z_FINISH);
    err = deflateEnd(&zst);
    if (!f.failed() && err != Z_OK) f.zlib(zst, err, "while finishing compression");
  }
  return f.failed() ? f.raise() : out.to_bytes();
}

Object* z_decompress(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  if (!clinic::parse("decompress", args, nargs, kw, "data/|wbits,bufsize", a)) return nullptr;
  int wbits = MAX_WBITS;
  ssize bufsize = kDefBufSize;
  if ((a[1] && !clinic::to_int(a[1], &wbits)) || (a[2] && !clinic::to_ssize(a[2], &bufsize))) return nullptr;
  if (bufsize < 0) return err_format_null(Exc_ValueError, "bufsize must be non-negative");
  BytesLike data;
  if (!data.get(a[0])) return nullptr;
  z_stream zst;
  init_stream(&zst);
  Output out(size_t(bufsize ? bufsize : 1));
  Failure f;
  int err = inflateInit2(&zst, wbits);
  if (err == Z_MEM_ERROR) return err_format_null(Exc_MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK) {
    inflateEnd(&zst);
    f.zlib(zst, err, "while preparing to decompress data");
    return f.raise();
  }
  size_t left;
  set_input(&zst, data, &left);
  {
    GilReleased nogil(data.size());
    do {
      arrange_input(&zst, &left);
      int mode = left == 0 ? Z_FINISH : Z_NO_FLUSH;
      do {
        if (!out.arrange(&zst)) {
          f.set(Exc_MemoryError, "");
          break;
        }
        err = inflate(&zst, mode);
        out.collect(&zst);
        if (err == Z_MEM_ERROR) f.set(Exc_MemoryError, "");
        else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) f.zlib(zst, err, "while decompressing data");
      } while (!f.failed() && zst.avail_out == 0);
    } while (!f.failed() && err != Z_STREAM_END && left != 0);
    if (!f.failed() && err != Z_STREAM_END) f.zlib(zst, err, "while decompressing data");
    int end = inflateEnd(&zst);
    if (!f.failed() && end != Z_OK) f.zlib(zst, end, "while finishing decompression");
  }
  return f.failed() ? f.raise() : out.to_bytes();
}

Object* z_compressobj(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[6];
  if (!clinic::parse("compressobj", args, nargs, kw, "|level,method,wbits,memLevel,strategy,zdict", a)) return nullptr;
  int level = Z_DEFAULT_COMPRESSION, method = Z_DEFLATED, wbits = MAX_WBITS, mem_level = kDefMemLevel,
      strategy = Z_DEFAULT_STRATEGY;
  if ((a[0] && !clinic::to_int(a[0], &level)) || (a[1] && !clinic::to_int(a[1], &method)) ||
      (a[2] && !clinic::to_int(a[2], &wbits)) || (a[3] && !clinic::to_int(a[3], &mem_level)) ||
      (a[4] && !clinic::to_int(a[4], &strategy)))
    return nullptr;
  BytesLike zdict;
  bool has_zdict = a[5] != nullptr;
  if (has_zdict) {
    if (!zdict.get(a[5])) return nullptr;
    if (size_t(zdict.size()) > UINT_MAX)
      return err_format_null(Exc_OverflowError, "zdict length does not fit in an unsigned int");
  }
  CompObject* c = comp_alloc(&CompressType);
  if (!c) return nullptr;
  int err = deflateInit2(&c->zst, level, method, wbits, mem_level, strategy);
  Failure f;
  if (err == Z_OK) {
    c->initialised = true;
    if (has_zdict) {
      err = deflateSetDictionary(&c->zst, reinterpret_cast<const Bytef*>(zdict.data()), unsigned(zdict.size()));
      if (err == Z_STREAM_ERROR) f.set(Exc_ValueError, "Invalid dictionary");
      else if (err != Z_OK) f.set(Exc_ValueError, "deflateSetDictionary()");
    }
  } else if (err == Z_MEM_ERROR) {
    f.set(Exc_MemoryError, "Can't allocate memory for compression object");
  } else if (err == Z_STREAM_ERROR) {
    f.set(Exc_ValueError, "Invalid initialization option");
  } else {
    f.zlib(c->zst, err, "while creating compression object");
  }
  if (f.failed()) {
    decref(c);
    return f.raise();
  }
  return c;
}

Object* z_decompressobj(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  if (!clinic::parse("decompressobj", args, nargs, kw, "|wbits,zdict", a)) return nullptr;
  int wbits = MAX_WBITS;
  if (a[0] && !clinic::to_int(a[0], &wbits)) return nullptr;
  if (a[1] && !object_has_buffer(a[1]))
    return err_format_null(Exc_TypeError, "zdict argument must support the buffer protocol");
  CompObject* c = comp_alloc(&DecompressType);
  if (!c) return nullptr;
  c->zdict = xnewref(a[1]);
  int err = inflateInit2(&c->zst, wbits);
  Failure f;
  if (err == Z_OK) {
    c->initialised = true;
    if (c->zdict && wbits < 0) {  // a raw stream has no header asking for it: set it now
      BytesLike zdict;
      if (!zdict.get(c->zdict)) {
        decref(c);
        return nullptr;
      }
      set_inflate_zdict(c, zdict, &f);
    }
  } else if (err == Z_STREAM_ERROR) {
    f.set(Exc_ValueError, "Invalid initialization option");
  } else if (err == Z_MEM_ERROR) {
    f.set(Exc_MemoryError, "Can't allocate memory for decompression object");
  } else {
    f.zlib(c->zst, err, "while creating decompression object");
  }
  if (f.failed()) {
    decref(c);
    return f.raise();
  }
  return c;
}

// adler32(data, value=1, /) and crc32(data, value=0, /): unsigned results.
template <uLong (*Fn)(uLong, const Bytef*, uInt)>
Object* checksum(const char* name, uint32_t start, Object* const* args, ssize nargs, Object* kw) {
  if (!cont::check_no_kw((std::string("zlib.") + name).c_str(), kw) || !cont::check_nargs(name, nargs, 1, 2)) return nullptr;
  BytesLike data;
  if (!data.get(args[0])) return nullptr;
  uint32_t value = start;
  if (nargs > 1 && !clinic::to_uint32_bitwise(args[1], &value)) return nullptr;
  uLong v = value;
  {
    GilReleased nogil(data.size());
    const Bytef* p = reinterpret_cast<const Bytef*>(data.data());
    size_t left = size_t(data.size());
    do {  // zlib counts in unsigned int: feed at most 1 GiB at a time
      uInt n = uInt(std::min<size_t>(left, size_t(1) << 30));
      v = Fn(v, p, n);
      p += n;
      left -= n;
    } while (left);
  }
  return int_from_u64(v & 0xFFFFFFFFu);
}

Object* z_adler32(Object*, Object* const* args, ssize nargs, Object* kw) {
  return checksum<adler32>("adler32", 1, args, nargs, kw);
}
Object* z_crc32(Object*, Object* const* args, ssize nargs, Object* kw) {
  return checksum<crc32>("crc32", 0, args, nargs, kw);
}

MethodDef zlib_functions[] = {
    {"adler32", z_adler32, METH_DEFAULT,
     "Compute an Adler-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned "
     "checksum is an integer."},
    {"compress", z_compress, METH_DEFAULT,
     "Returns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n  level\n"
     "    Compression level, in 0-9 or -1.\n  wbits\n    The window buffer size and container format."},
    {"compressobj", z_compressobj, METH_DEFAULT, "Return a compressor object."},
    {"crc32", z_crc32, METH_DEFAULT,
     "Compute a CRC-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned "
     "checksum is an integer."},
    {"decompress", z_decompress, METH_DEFAULT,
     "Returns a bytes object containing the uncompressed data.\n\n  data\n    Compressed data.\n  wbits\n    The "
     "window buffer size and container format.\n  bufsize\n    The initial output buffer size."},
    {"decompressobj", z_decompressobj, METH_DEFAULT, "Return a decompressor object."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int ready_zlib_types() {
  if (has_flag(&ZlibErrorType, TPFLAG_READY)) return 0;
  exception_type(&ZlibErrorType, "zlib.error", Exc_Exception);
  for (TypeObject* t : {&CompressType, &DecompressType}) {
    t->tp_basicsize = sizeof(CompObject);
    t->tp_flags = TPFLAG_IMMUTABLE;
    t->tp_dealloc = comp_dealloc;
  }
  CompressType.tp_name = "zlib.Compress";
  CompressType.tp_methods = compress_methods;
  DecompressType.tp_name = "zlib.Decompress";
  DecompressType.tp_methods = decompress_methods;
  DecompressType.tp_getset = decompress_getset;
  return ready_static_type(&ZlibErrorType) < 0 || ready_static_type(&CompressType) < 0 ||
                 ready_static_type(&DecompressType) < 0
             ? -1
             : 0;
}

Object* init_zlib_module() {
  if (ready_zlib_types() < 0) return nullptr;
  Object* m = module_new("zlib");
  if (!m) return nullptr;
  struct {
    const char* name;
    long value;
  } ints[] = {
      {"MAX_WBITS", MAX_WBITS},         {"DEFLATED", Z_DEFLATED},
      {"DEF_MEM_LEVEL", kDefMemLevel},  {"DEF_BUF_SIZE", kDefBufSize},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED},       {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
      {"Z_RLE", Z_RLE},                 {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
      {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
      {"Z_FULL_FLUSH", Z_FULL_FLUSH},   {"Z_FINISH", Z_FINISH},
      {"Z_BLOCK", Z_BLOCK},             {"Z_TREES", Z_TREES},
  };
  bool ok = module_add_functions(m, zlib_functions) == 0 &&
            module_add_object(m, "__doc__",
                              str_from_cstr("The functions in this module allow compression and decompression "
                                            "using the\nzlib library, which is based on GNU zip.")) == 0 &&
            module_add_object(m, "error", newref(static_cast<Object*>(&ZlibErrorType))) == 0 &&
            module_add_object(m, "ZLIB_VERSION", str_from_cstr(ZLIB_VERSION)) == 0 &&
            module_add_object(m, "ZLIB_RUNTIME_VERSION", str_from_cstr(zlibVersion())) == 0 &&
            module_add_object(m, "__version__", str_from_cstr("1.0")) == 0;
  for (auto& e : ints)
    if (ok) ok = module_add_object(m, e.name, int_from_i64(e.value)) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

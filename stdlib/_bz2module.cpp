// _bz2: BZ2Compressor and BZ2Decompressor over Debian's libbzip2, under
// CPython's bz2.py (BZ2File, compress, decompress, open).
//
// As in CPython 3.11: input is fed to the library in pieces of at most
// UINT_MAX bytes (bz_stream counts in unsigned int); output goes to a
// CompressOutput (stdlib/compress_outbuf.h) that grows up to the
// decompress(max_length) limit; input the decompressor could not consume
// before reaching that limit is kept (PendingInput) and put before the next
// call's data; after the end of the stream the rest is unused_data.
//
// Invariants: a (de)compressor's bz_stream is only touched with its
// ObjectLock held (stdlib/objlock.h), and while it is held no Python object
// is made or freed; errors are noted as a libbzip2 code and raised after.
// The GIL is released around BZ2_bzCompress/BZ2_bzDecompress for inputs of
// at least kGilMinSize bytes; the input's buffer export is held throughout.
#include <bzlib.h>

#include <climits>
#include <new>

#include "runtime/bytes/buffer.h"
#include "clinic.h"
#include "compress_outbuf.h"
#include "datamodules.h"
#include "modules.h"
#include "native.h"
#include "objlock.h"

namespace stdlib {
using namespace rt;

namespace {

TypeObject BZ2CompressorType, BZ2DecompressorType;

constexpr int kNoError = 1000;  // no libbzip2 error pending (its codes are small)
constexpr int kNoMemory = 1001;

// CPython's catch_bz2_error: the exception for a libbzip2 code; false when it is not an error.
bool is_error(int bzerror) {
  return !(bzerror == BZ_OK || bzerror == BZ_RUN_OK || bzerror == BZ_FLUSH_OK || bzerror == BZ_FINISH_OK ||
           bzerror == BZ_STREAM_END || bzerror == kNoError);
}

Object* raise_bz2(int bzerror) {
  switch (bzerror) {
    case BZ_CONFIG_ERROR:
      return err_format_null(Exc_SystemError, "libbzip2 was not compiled correctly");
    case BZ_PARAM_ERROR:
      return err_format_null(Exc_ValueError, "Internal error - invalid parameters passed to libbzip2");
    case BZ_MEM_ERROR:
    case kNoMemory:
      return err_no_memory();
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC:
      return err_format_null(Exc_OSError, "Invalid data stream");
    case BZ_IO_ERROR:
      return err_format_null(Exc_OSError, "Unknown I/O error");
    case BZ_UNEXPECTED_EOF:
      return err_format_null(Exc_EOFError, "Compressed file ended before the logical end-of-stream was detected");
    case BZ_SEQUENCE_ERROR:
      return err_format_null(Exc_RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
    default:
      return err_format_null(Exc_OSError, "Unrecognized error from libbzip2: %d", bzerror);
  }
}

// ---- BZ2Compressor --------------------------------------------------------------------------

struct CompressorObject : Object {
  bz_stream bzs;
  ObjectLock lock;
  bool flushed;
  bool initialised;
};
CompressorObject* BC(Object* o) { return static_cast<CompressorObject*>(o); }

Object* compressor_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (type == &BZ2CompressorType && kwnames && size_of(kwnames))
    return err_format_null(Exc_TypeError, "BZ2Compressor() takes no keyword arguments");
  if (!cont::check_nargs("BZ2Compressor", nargs, 0, 1)) return nullptr;
  int level = 9;
  if (nargs > 0 && !clinic::to_int(args[0], &level)) return nullptr;
  if (level < 1 || level > 9) return err_format_null(Exc_ValueError, "compresslevel must be between 1 and 9");
  auto* c = static_cast<CompressorObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!c) return nullptr;
  c->lock.init();
  int bzerror = BZ2_bzCompressInit(&c->bzs, level, 0, 0);
  if (is_error(bzerror)) {
    decref(c);
    return raise_bz2(bzerror);
  }
  c->initialised = true;
  return c;
}

void compressor_dealloc(Object* o) {
  CompressorObject* c = BC(o);
  if (c->initialised) BZ2_bzCompressEnd(&c->bzs);
  c->lock.destroy();
  free_object(o);
}

// Run the compressor over data (BZ_RUN) or to the end (BZ_FINISH), under the lock.  A libbzip2 code, or kNoError.
int compress_locked(CompressorObject* c, const char* data, size_t len, int action, CompressOutput* out) {
  bz_stream* s = &c->bzs;
  s->next_in = const_cast<char*>(data);
  s->avail_in = 0;
  if (!out->arrange(s)) return kNoMemory;
  for (;;) {
    if (s->avail_in == 0 && len > 0) {
      s->avail_in = unsigned(std::min<size_t>(len, UINT_MAX));
      len -= s->avail_in;
    }
    if (action == BZ_RUN && s->avail_in == 0) break;
    if (s->avail_out == 0 && !out->arrange(s)) return kNoMemory;
    int bzerror;
    {
      GilReleased nogil(ssize(s->avail_in) + ssize(len));
      bzerror = BZ2_bzCompress(s, action);
    }
    out->collect(s);
    if (is_error(bzerror)) return bzerror;
    if (action == BZ_FINISH && bzerror == BZ_STREAM_END) break;
  }
  return kNoError;
}

Object* compressor_compress(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("BZ2Compressor.compress", nargs, kwnames)) return nullptr;
  BytesLike data;
  if (!data.get(args[0])) return nullptr;
  CompressorObject* c = BC(self);
  CompressOutput out;
  int rc;
  {
    ObjectLockGuard g(c->lock);
    rc = c->flushed ? -1 : compress_locked(c, data.data(), size_t(data.size()), BZ_RUN, &out);
  }
  if (rc == -1) return err_format_null(Exc_ValueError, "Compressor has been flushed");
  if (rc != kNoError) return raise_bz2(rc);
  return out.to_bytes();
}

Object* compressor_flush(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!clinic::no_args("BZ2Compressor.flush", nargs, kwnames)) return nullptr;
  CompressorObject* c = BC(self);
  CompressOutput out;
  int rc;
  {
    ObjectLockGuard g(c->lock);
    if (c->flushed) {
      rc = -1;
    } else {
      c->flushed = true;
      rc = compress_locked(c, nullptr, 0, BZ_FINISH, &out);
    }
  }
  if (rc == -1) return err_format_null(Exc_ValueError, "Repeated call to flush()");
  if (rc != kNoError) return raise_bz2(rc);
  return out.to_bytes();
}

MethodDef compressor_methods[] = {
    {"compress", compressor_compress, METH_DEFAULT,
     "Provide data to the compressor object.\n\nReturns a chunk of compressed data if possible, or b'' otherwise.\n\n"
     "When you have finished providing data to the compressor, call the\nflush() method to finish the compression "
     "process."},
    {"flush", compressor_flush, METH_DEFAULT,
     "Finish the compression process.\n\nReturns the compressed data left in internal buffers.\n\nThe compressor "
     "object may not be used after this method is called."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- BZ2Decompressor ------------------------------------------------------------------------

struct DecompressorObject : Object {
  bz_stream bzs;
  ObjectLock lock;
  bool eof;
  bool needs_input;
  bool initialised;
  bool failed;          // libbzip2 reported an error: its stream must not be fed again
  Object* unused_data;  // owned bytes
  PendingInput* input;  // owned (new)
};
DecompressorObject* BD(Object* o) { return static_cast<DecompressorObject*>(o); }

Object* decompressor_new(TypeObject* type, Object* const*, ssize nargs, Object* kwnames) {
  if (type == &BZ2DecompressorType) {
    if (nargs > 0) return err_format_null(Exc_TypeError, "BZ2Decompressor() takes no positional arguments");
    if (kwnames && size_of(kwnames)) return err_format_null(Exc_TypeError, "BZ2Decompressor() takes no keyword arguments");
  }
  auto* d = static_cast<DecompressorObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!d) return nullptr;
  d->lock.init();
  d->input = new (std::nothrow) PendingInput();
  d->unused_data = bytes_from("", 0);
  d->needs_input = true;
  if (!d->input || !d->unused_data) {
    bool oom = !d->input;
    decref(d);
    return oom ? err_no_memory() : nullptr;
  }
  int bzerror = BZ2_bzDecompressInit(&d->bzs, 0, 0);
  if (is_error(bzerror)) {
    decref(d);
    return raise_bz2(bzerror);
  }
  d->initialised = true;
  return d;
}

void decompressor_dealloc(Object* o) {
  DecompressorObject* d = BD(o);
  if (d->initialised) BZ2_bzDecompressEnd(&d->bzs);
  d->lock.destroy();
  delete d->input;
  xdecref(d->unused_data);
  free_object(o);
}

// CPython's decompress_buf (under the lock): decompress the pending input
// until the end of the stream, the input runs out, or max_length bytes came out.
int decompress_locked(DecompressorObject* d, PendingInput& in, CompressOutput* out) {
  bz_stream* s = &d->bzs;
  if (!out->arrange(s)) return out->out_of_memory() ? kNoMemory : kNoError;
  for (;;) {
    s->next_in = const_cast<char*>(in.next);
    s->avail_in = unsigned(std::min<size_t>(in.avail, UINT_MAX));
    size_t fed = s->avail_in;
    int bzret;
    {
      GilReleased nogil(ssize(fed));
      bzret = BZ2_bzDecompress(s);
    }
    out->collect(s);
    in.next = s->next_in;
    in.avail -= fed - s->avail_in;
    if (is_error(bzret)) return bzret;
    if (bzret == BZ_STREAM_END) {
      d->eof = true;
      break;
    }
    if (in.avail == 0) break;
    if (s->avail_out == 0) {
      if (!out->arrange(s)) {
        if (out->out_of_memory()) return kNoMemory;
        break;  // max_length reached
      }
    }
  }
  return kNoError;
}

Object* decompressor_decompress(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!clinic::parse("decompress", args, nargs, kwnames, "data|max_length", a)) return nullptr;
  BytesLike data;
  if (!data.get(a[0])) return nullptr;
  ssize max_length = -1;
  if (a[1] && !clinic::to_ssize(a[1], &max_length)) return nullptr;
  DecompressorObject* d = BD(self);
  CompressOutput out(max_length < 0 ? SIZE_MAX : size_t(max_length));
  int rc = kNoError;
  std::string unused;
  bool eof_before;
  {
    ObjectLockGuard g(d->lock);
    eof_before = d->eof;
    if (d->failed) {
      rc = -1;
    } else if (!eof_before) {
      PendingInput& in = *d->input;
      if (!in.begin(data.data(), size_t(data.size()))) {
        rc = kNoMemory;
      } else {
        rc = decompress_locked(d, in, &out);
        if (rc != kNoError) {
          in.forget();
          d->failed = true;
          d->needs_input = false;
        } else if (d->eof) {
          d->needs_input = false;
          unused.assign(in.next ? in.next : "", in.avail);
        } else if (in.avail == 0) {
          in.forget();
          d->needs_input = true;
        } else {
          d->needs_input = false;
          if (!in.keep_rest()) rc = kNoMemory;
        }
      }
    }
  }
  if (eof_before) return err_format_null(Exc_EOFError, "End of stream already reached");
  if (rc == -1) return err_format_null(Exc_ValueError, "Decompressor has been called after a previous error");
  if (rc != kNoError) return raise_bz2(rc);
  if (!unused.empty()) {
    Object* u = bytes_from(unused.data(), ssize(unused.size()));
    if (!u) return nullptr;
    Object* old = d->unused_data;
    d->unused_data = u;
    decref(old);
  }
  return out.to_bytes();
}

MethodDef decompressor_methods[] = {
    {"decompress", decompressor_decompress, METH_DEFAULT,
     "Decompress *data*, returning uncompressed data as bytes.\n\nIf *max_length* is nonnegative, returns at most "
     "*max_length* bytes of\ndecompressed data. If this limit is reached and further output can be\nproduced, "
     "*self.needs_input* will be set to ``False``. In this case, the next\ncall to *decompress()* may provide *data* "
     "as b'' to obtain more of the output.\n\nIf all of the input data was decompressed and returned (either "
     "because this\nwas less than *max_length* bytes, or because *max_length* was negative),\n*self.needs_input* "
     "will be set to True.\n\nAttempting to decompress data after the end of stream is reached raises an\nEOFError.  "
     "Any data found after the end of the stream is ignored and saved in\nthe unused_data attribute."},
    {nullptr, nullptr, 0, nullptr},
};

Object* get_eof(Object* self, void*) { return bool_from(BD(self)->eof); }
Object* get_unused_data(Object* self, void*) { return newref(BD(self)->unused_data); }
Object* get_needs_input(Object* self, void*) { return bool_from(BD(self)->needs_input); }

GetSetDef decompressor_getset[] = {
    {"eof", get_eof, native::readonly_member, "True if the end-of-stream marker has been reached.", nullptr},
    {"unused_data", get_unused_data, native::readonly_member, "Data found after the end of the compressed stream.",
     nullptr},
    {"needs_input", get_needs_input, native::readonly_member,
     "True if more input is needed before more decompressed data can be produced.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

int ready_bz2_types() {
  if (has_flag(&BZ2CompressorType, TPFLAG_READY)) return 0;
  BZ2CompressorType.tp_name = "_bz2.BZ2Compressor";
  BZ2CompressorType.tp_basicsize = sizeof(CompressorObject);
  BZ2CompressorType.tp_flags = TPFLAG_IMMUTABLE;
  BZ2CompressorType.tp_new = compressor_new;
  BZ2CompressorType.tp_dealloc = compressor_dealloc;
  BZ2CompressorType.tp_methods = compressor_methods;
  BZ2CompressorType.tp_doc =
      "Create a compressor object for compressing data incrementally.\n\n  compresslevel\n    Compression level, as "
      "a number between 1 and 9.\n\nFor one-shot compression, use the compress() function instead.";
  BZ2DecompressorType.tp_name = "_bz2.BZ2Decompressor";
  BZ2DecompressorType.tp_basicsize = sizeof(DecompressorObject);
  BZ2DecompressorType.tp_flags = TPFLAG_IMMUTABLE;
  BZ2DecompressorType.tp_new = decompressor_new;
  BZ2DecompressorType.tp_dealloc = decompressor_dealloc;
  BZ2DecompressorType.tp_methods = decompressor_methods;
  BZ2DecompressorType.tp_getset = decompressor_getset;
  BZ2DecompressorType.tp_doc =
      "Create a decompressor object for decompressing data incrementally.\n\nFor one-shot decompression, use the "
      "decompress() function instead.";
  return ready_static_type(&BZ2CompressorType) < 0 || ready_static_type(&BZ2DecompressorType) < 0 ? -1 : 0;
}

Object* init_bz2_module() {
  if (ready_bz2_types() < 0) return nullptr;
  return native::make_module("_bz2", nullptr, nullptr, {&BZ2CompressorType, &BZ2DecompressorType});
}

}  // namespace stdlib

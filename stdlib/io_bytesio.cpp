// _io.BytesIO: an in-memory binary stream (CPython's bytesio.c).
//
// The value is either `shared`, an exact bytes object (the initial value, or
// the result of the last getvalue()), or `buf`, an owned growable block.
// Writing to a shared value first copies it (copy on write), so
// BytesIO(b).getvalue() is b and getvalue() twice returns the same object,
// as in CPython.
//
// getbuffer() returns a memoryview of a _BytesIOBuffer exporter that keeps the
// BytesIO alive; while any such view is held (`exports` > 0) the memory must
// not move, so write(), truncate(), close(), __init__ and __setstate__ raise
// BufferError "Existing exports of data: object cannot be re-sized".
#include <cstdlib>
#include <cstring>

#include "io_internal.h"
#include "runtime/text/str.h"

namespace stdlib::io {
using namespace rt;

TypeObject BytesIOType, BytesIOBufferType;

namespace {

struct BytesIOObject : IOHead {
  char* buf;       // owned block (null when shared or empty)
  ssize cap;       // bytes allocated at buf
  Object* shared;  // exact bytes holding the value, or null
  ssize string_size;
  ssize pos;
  ssize exports;
  bool closed;
};
BytesIOObject* BI(Object* o) { return static_cast<BytesIOObject*>(o); }

// The exporter behind getbuffer()'s memoryview: it keeps the BytesIO alive.
struct BytesIOBufObject : Object {
  Object* source;
};

char empty_data[1];

char* data_of(BytesIOObject* b) {
  if (b->shared) return const_cast<char*>(bytes_data(b->shared));
  return b->buf ? b->buf : empty_data;
}

bool check_closed_bio(BytesIOObject* b) {
  if (b->closed) {
    err_set_string(Exc_ValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}

bool check_exports(BytesIOObject* b) {
  if (b->exports > 0) {
    err_set_string(Exc_BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

// Make the value an owned block of at least `size` bytes (keeping string_size bytes).
bool ensure_owned(BytesIOObject* b, ssize size) {
  if (size < b->string_size) size = b->string_size;
  if (b->shared) {
    ssize cap = size > 0 ? size : 1;
    char* nb = static_cast<char*>(malloc(size_t(cap)));
    if (!nb) {
      err_no_memory();
      return false;
    }
    ssize keep = size_of(b->shared) < b->string_size ? size_of(b->shared) : b->string_size;
    memcpy(nb, bytes_data(b->shared), size_t(keep));
    free(b->buf);
    b->buf = nb;
    b->cap = cap;
    clearref(b->shared);
    return true;
  }
  if (size <= b->cap) return true;
  ssize cap = b->cap ? b->cap : 16;
  while (cap < size) cap = cap + (cap >> 1) + 8;
  char* nb = static_cast<char*>(realloc(b->buf, size_t(cap)));
  if (!nb) {
    err_no_memory();
    return false;
  }
  b->buf = nb;
  b->cap = cap;
  return true;
}

ssize write_bytes(BytesIOObject* b, const char* data, ssize len) {
  if (b->pos > PTRDIFF_MAX - len) {
    err_set_string(Exc_OverflowError, "new position too large");
    return -1;
  }
  ssize endpos = b->pos + len;
  if (!ensure_owned(b, endpos)) return -1;
  if (b->pos > b->string_size) memset(b->buf + b->string_size, 0, size_t(b->pos - b->string_size));
  memcpy(b->buf + b->pos, data, size_t(len));
  b->pos = endpos;
  if (endpos > b->string_size) b->string_size = endpos;
  return len;
}

Object* getvalue_impl(BytesIOObject* b) {
  if (!check_closed_bio(b)) return nullptr;
  if (b->string_size <= 1 || b->exports > 0) return bytes_from(data_of(b), b->string_size);
  if (b->shared && size_of(b->shared) == b->string_size) return newref(b->shared);
  Object* v = bytes_from(data_of(b), b->string_size);
  if (!v) return nullptr;
  // The result becomes the shared value: a second getvalue() returns it again.
  free(b->buf);
  b->buf = nullptr;
  b->cap = 0;
  setref(b->shared, newref(v));
  return v;
}

Object* read_bytes(BytesIOObject* b, ssize size) {
  if (size > 1 && b->pos == 0 && size == b->string_size && b->exports == 0) {
    Object* v = getvalue_impl(b);
    if (v) b->pos += size;
    return v;
  }
  Object* r = bytes_from(data_of(b) + b->pos, size);
  if (r) b->pos += size;
  return r;
}

// Length of the line starting at pos (through '\n'), at most limit (< 0: no limit).
ssize scan_eol(BytesIOObject* b, ssize limit) {
  if (b->pos >= b->string_size) return 0;
  ssize maxlen = b->string_size - b->pos;
  if (limit < 0 || limit > maxlen) limit = maxlen;
  const char* start = data_of(b) + b->pos;
  const void* nl = limit ? memchr(start, '\n', size_t(limit)) : nullptr;
  return nl ? static_cast<const char*>(nl) - start + 1 : limit;
}

// ---- life cycle -----------------------------------------------------------------------------
Object* bytesio_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_io(type);
  if (!o) return nullptr;
  gc_track(o);
  return o;
}

ssize do_write(BytesIOObject* b, Object* data) {
  if (!check_closed_bio(b) || !check_exports(b)) return -1;
  BytesLike view;
  if (!view.get(data, BUF_CONTIG_RO)) return -1;
  if (view.size() == 0) return 0;
  return write_bytes(b, view.data(), view.size());
}

int bytesio_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"initial_bytes"};
  Object* a[1];
  if (!parse_kw("BytesIO", args, nargs, kwnames, kw, 1, 0, 1, a)) return -1;
  BytesIOObject* b = BI(self);
  b->string_size = 0;
  b->pos = 0;
  if (!check_exports(b)) return -1;
  if (a[0] && a[0] != None) {
    if (is_bytes(a[0]) && type_of(a[0]) == &BytesType) {
      setref(b->shared, newref(a[0]));
      free(b->buf);
      b->buf = nullptr;
      b->cap = 0;
      b->string_size = size_of(a[0]);
      b->closed = false;
    } else {
      if (do_write(b, a[0]) < 0) return -1;
      b->pos = 0;
    }
  }
  return 0;
}

void bytesio_dealloc(Object* self) {
  BytesIOObject* b = BI(self);
  gc_untrack(self);
  clear_weakrefs(self);
  free(b->buf);
  clearref(b->shared);
  clearref(b->dict);
  free_object(self);
}

int bytesio_clear(Object* self) {
  clearref(BI(self)->dict);
  return 0;
}

// ---- methods ------------------------------------------------------------------------------------
Object* m_readable(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.readable", nargs, kw) || !check_closed_bio(BI(self))) return nullptr;
  return bool_ref(true);
}
Object* m_writable(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.writable", nargs, kw) || !check_closed_bio(BI(self))) return nullptr;
  return bool_ref(true);
}
Object* m_seekable(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.seekable", nargs, kw) || !check_closed_bio(BI(self))) return nullptr;
  return bool_ref(true);
}
Object* m_isatty(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.isatty", nargs, kw) || !check_closed_bio(BI(self))) return nullptr;
  return bool_ref(false);
}
Object* m_flush(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.flush", nargs, kw) || !check_closed_bio(BI(self))) return nullptr;
  return none_ref();
}
Object* m_tell(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.tell", nargs, kw) || !check_closed_bio(BI(self))) return nullptr;
  return int_from_i64(BI(self)->pos);
}

Object* m_getvalue(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.getvalue", nargs, kw)) return nullptr;
  return getvalue_impl(BI(self));
}

Object* m_getbuffer(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.getbuffer", nargs, kw) || !check_closed_bio(BI(self))) return nullptr;
  Object* e = alloc_object(&BytesIOBufferType, sizeof(BytesIOBufObject));
  if (!e) return nullptr;
  static_cast<BytesIOBufObject*>(e)->source = newref(self);
  gc_track(e);
  Object* mv = memoryview_from_object(e);
  decref(e);
  return mv;
}

Object* m_read(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BytesIOObject* b = BI(self);
  if (!pos_args("BytesIO.read", nargs, kw, 0, 1)) return nullptr;
  ssize size = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &size)) return nullptr;
  if (!check_closed_bio(b)) return nullptr;
  ssize n = b->string_size - b->pos;
  if (size < 0 || size > n) {
    size = n;
    if (size < 0) size = 0;
  }
  return read_bytes(b, size);
}

Object* m_readline(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BytesIOObject* b = BI(self);
  if (!pos_args("BytesIO.readline", nargs, kw, 0, 1)) return nullptr;
  ssize size = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &size)) return nullptr;
  if (!check_closed_bio(b)) return nullptr;
  return read_bytes(b, scan_eol(b, size));
}

Object* m_readlines(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BytesIOObject* b = BI(self);
  if (!pos_args("BytesIO.readlines", nargs, kw, 0, 1)) return nullptr;
  ssize maxsize = 0;
  if (nargs > 0 && args[0] != None) {
    if (!is_int(args[0]))
      return err_format_null(Exc_TypeError, "integer argument expected, got '%s'", type_name(args[0]));
    maxsize = number_as_ssize(args[0], Exc_OverflowError);
    if (maxsize == -1 && err_occurred()) return nullptr;
  }
  if (!check_closed_bio(b)) return nullptr;
  Object* result = list_new(0);
  if (!result) return nullptr;
  ssize size = 0, n;
  while ((n = scan_eol(b, -1)) != 0) {
    Object* line = bytes_from(data_of(b) + b->pos, n);
    if (!line || list_append(result, line) < 0) {
      xdecref(line);
      decref(result);
      return nullptr;
    }
    decref(line);
    b->pos += n;
    size += n;
    if (maxsize > 0 && size >= maxsize) break;
  }
  return result;
}

Object* m_readinto(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BytesIOObject* b = BI(self);
  if (!one_arg("BytesIO.readinto", nargs, kw)) return nullptr;
  Buffer view;
  if (get_writable_buffer("readinto", args[0], &view) < 0) return nullptr;
  if (!check_closed_bio(b)) {
    buffer_release(&view);
    return nullptr;
  }
  ssize len = view.len;
  ssize n = b->string_size - b->pos;
  if (len > n) len = n < 0 ? 0 : n;
  memcpy(view.buf, data_of(b) + b->pos, size_t(len));
  b->pos += len;
  buffer_release(&view);
  return int_from_i64(len);
}

Object* m_truncate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BytesIOObject* b = BI(self);
  if (!pos_args("BytesIO.truncate", nargs, kw, 0, 1)) return nullptr;
  ssize size = b->pos;
  if (nargs > 0 && !opt_ssize_arg(args[0], &size)) return nullptr;
  if (!check_closed_bio(b) || !check_exports(b)) return nullptr;
  if (size < 0) return err_format_null(Exc_ValueError, "negative size value %zd", size);
  if (size < b->string_size) b->string_size = size;
  return int_from_i64(size);
}

Object* m_seek(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BytesIOObject* b = BI(self);
  if (!pos_args("BytesIO.seek", nargs, kw, 1, 2)) return nullptr;
  ssize pos;
  int whence = 0;
  if (!ssize_arg(args[0], &pos)) return nullptr;
  if (nargs > 1 && !int_arg(args[1], &whence)) return nullptr;
  if (!check_closed_bio(b)) return nullptr;
  if (pos < 0 && whence == 0) return err_format_null(Exc_ValueError, "negative seek value %zd", pos);
  if (whence == 1) {
    if (pos > PTRDIFF_MAX - b->pos) return err_format_null(Exc_OverflowError, "new position too large");
    pos += b->pos;
  } else if (whence == 2) {
    if (pos > PTRDIFF_MAX - b->string_size) return err_format_null(Exc_OverflowError, "new position too large");
    pos += b->string_size;
  } else if (whence != 0) {
    return err_format_null(Exc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
  }
  if (pos < 0) pos = 0;
  b->pos = pos;
  return int_from_i64(pos);
}

Object* m_write(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("BytesIO.write", nargs, kw)) return nullptr;
  ssize n = do_write(BI(self), args[0]);
  return n < 0 ? nullptr : int_from_i64(n);
}

Object* m_writelines(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("BytesIO.writelines", nargs, kw)) return nullptr;
  if (!check_closed_bio(BI(self))) return nullptr;
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    ssize n = do_write(BI(self), item);
    decref(item);
    if (n < 0) {
      decref(it);
      return nullptr;
    }
  }
  decref(it);
  if (err_occurred()) return nullptr;
  return none_ref();
}

Object* m_close(Object* self, Object* const*, ssize nargs, Object* kw) {
  BytesIOObject* b = BI(self);
  if (!no_args("BytesIO.close", nargs, kw) || !check_exports(b)) return nullptr;
  free(b->buf);
  b->buf = nullptr;
  b->cap = 0;
  clearref(b->shared);
  b->closed = true;
  return none_ref();
}

Object* m_getstate(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.__getstate__", nargs, kw)) return nullptr;
  BytesIOObject* b = BI(self);
  Object* value = getvalue_impl(b);
  if (!value) return nullptr;
  Object* dict = b->dict ? dict_copy(b->dict) : none_ref();
  Object* pos = int_from_i64(b->pos);
  Object* r = dict && pos ? tuple_pack(3, value, pos, dict) : nullptr;
  decref(value);
  xdecref(dict);
  xdecref(pos);
  return r;
}

Object* m_setstate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("BytesIO.__setstate__", nargs, kw)) return nullptr;
  BytesIOObject* b = BI(self);
  Object* state = args[0];
  if (!is_tuple(state) || size_of(state) < 3)
    return err_format_null(Exc_TypeError, "%s.__setstate__ argument should be 3-tuple, got %s", type_name(self),
                           type_name(state));
  if (!check_exports(b)) return nullptr;
  b->string_size = 0;
  b->pos = 0;
  if (do_write(b, tuple_get(state, 0)) < 0) return nullptr;
  Object* position = tuple_get(state, 1);
  if (!is_int(position))
    return err_format_null(Exc_TypeError, "second item of state must be an integer, not %s", type_name(position));
  ssize pos = int_as_ssize(position);
  if (pos == -1 && err_occurred()) return nullptr;
  if (pos < 0) return err_format_null(Exc_ValueError, "position value cannot be negative");
  b->pos = pos;
  Object* dict = tuple_get(state, 2);
  if (dict != None) {
    if (!is_dict(dict))
      return err_format_null(Exc_TypeError, "third item of state should be a dict, got a %s", type_name(dict));
    if (b->dict) {
      if (dict_update(b->dict, dict) < 0) return nullptr;
    } else {
      b->dict = newref(dict);
    }
  }
  return none_ref();
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BytesIO.__sizeof__", nargs, kw)) return nullptr;
  BytesIOObject* b = BI(self);
  ssize n = type_of(self)->tp_basicsize;
  if (b->buf) n += b->cap + 1;
  return int_from_i64(n);
}

Object* bytesio_iternext(Object* self) {
  BytesIOObject* b = BI(self);
  if (!check_closed_bio(b)) return nullptr;
  ssize n = scan_eol(b, -1);
  if (n == 0) return nullptr;
  return read_bytes(b, n);
}

Object* g_closed(Object* self, void*) { return bool_ref(BI(self)->closed); }

MethodDef bytesio_methods[] = {
    {"readable", m_readable, METH_DEFAULT, "Returns True if the IO object can be read."},
    {"seekable", m_seekable, METH_DEFAULT, "Returns True if the IO object can be seeked."},
    {"writable", m_writable, METH_DEFAULT, "Returns True if the IO object can be written."},
    {"close", m_close, METH_DEFAULT, "Disable all I/O operations."},
    {"flush", m_flush, METH_DEFAULT, "Does nothing."},
    {"isatty", m_isatty, METH_DEFAULT, "Always False.\n\nBytesIO objects are not connected to a TTY-like device."},
    {"tell", m_tell, METH_DEFAULT, "Current file position, an integer."},
    {"write", m_write, METH_DEFAULT, "Write bytes to file.\n\nReturn the number of bytes written."},
    {"writelines", m_writelines, METH_DEFAULT,
     "Write lines to the file.\n\nNote that newlines are not added.  lines can be any iterable object\nproducing "
     "bytes-like objects. This is equivalent to calling write() for\neach element."},
    {"read1", m_read, METH_DEFAULT,
     "Read at most size bytes, returned as a bytes object.\n\nIf the size argument is negative or omitted, read "
     "until EOF is reached.\nReturn an empty bytes object at EOF."},
    {"readinto", m_readinto, METH_DEFAULT,
     "Read bytes into buffer.\n\nReturns number of bytes read (0 for EOF), or None if the object\nis set not to "
     "block and has no data to read."},
    {"readline", m_readline, METH_DEFAULT,
     "Next line from the file, as a bytes object.\n\nRetain newline.  A non-negative size argument limits the "
     "maximum\nnumber of bytes to return (an incomplete line may be returned then).\nReturn an empty bytes object "
     "at EOF."},
    {"readlines", m_readlines, METH_DEFAULT,
     "List of bytes objects, each a line from the file.\n\nCall readline() repeatedly and return a list of the "
     "lines so read.\nThe optional size argument, if given, is an approximate bound on the\ntotal number of bytes "
     "in the lines returned."},
    {"read", m_read, METH_DEFAULT,
     "Read at most size bytes, returned as a bytes object.\n\nIf the size argument is negative, read until EOF is "
     "reached.\nReturn an empty bytes object at EOF."},
    {"getbuffer", m_getbuffer, METH_DEFAULT, "Get a read-write view over the contents of the BytesIO object."},
    {"getvalue", m_getvalue, METH_DEFAULT, "Retrieve the entire contents of the BytesIO object."},
    {"seek", m_seek, METH_DEFAULT,
     "Change stream position.\n\nSeek to byte offset pos relative to position indicated by whence:\n     0  Start "
     "of stream (the default).  pos should be >= 0;\n     1  Current position - pos may be negative;\n     2  End "
     "of stream - pos usually negative.\nReturns the new absolute position."},
    {"truncate", m_truncate, METH_DEFAULT,
     "Truncate the file to at most size bytes.\n\nSize defaults to the current file position, as returned by "
     "tell().\nThe current file position is unchanged.  Returns the new size."},
    {"__getstate__", m_getstate, METH_DEFAULT, nullptr},
    {"__setstate__", m_setstate, METH_DEFAULT, nullptr},
    {"__sizeof__", m_sizeof, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef bytesio_getset[] = {
    {"closed", g_closed, nullptr, "True if the file is closed.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- the getbuffer() exporter -----------------------------------------------------------------------

int bufobj_getbuffer(Object* o, Buffer* view, int flags) {
  BytesIOObject* b = BI(static_cast<BytesIOBufObject*>(o)->source);
  if (b->exports == 0 && b->shared && !ensure_owned(b, b->string_size)) return -1;
  if (buffer_fill_info(view, o, data_of(b), b->string_size, false, flags) < 0) return -1;
  b->exports++;
  return 0;
}

void bufobj_releasebuffer(Object* o, Buffer*) { BI(static_cast<BytesIOBufObject*>(o)->source)->exports--; }

void bufobj_dealloc(Object* o) {
  gc_untrack(o);
  clearref(static_cast<BytesIOBufObject*>(o)->source);
  free_object(o);
}

int bufobj_traverse(Object* o, visitproc visit, void* arg) {
  Object* s = static_cast<BytesIOBufObject*>(o)->source;
  return s ? visit(s, arg) : 0;
}

}  // namespace

void init_bytesio_types() {
  io_type(BytesIOType, "_io.BytesIO", sizeof(BytesIOObject), &BufferedIOBaseType, bytesio_new, bytesio_init,
          bytesio_dealloc, io_traverse_head, bytesio_clear, bytesio_methods, bytesio_getset, nullptr);
  BytesIOType.tp_iter = object_self_iter;
  BytesIOType.tp_iternext = bytesio_iternext;
  BytesIOType.tp_doc =
      "BytesIO(initial_bytes=b'')\n--\n\nBuffered I/O implementation using an in-memory bytes buffer.";

  BytesIOBufferType.tp_name = "_io._BytesIOBuffer";
  BytesIOBufferType.tp_basicsize = sizeof(BytesIOBufObject);
  BytesIOBufferType.tp_flags = TPFLAG_HAVE_GC;
  BytesIOBufferType.tp_dealloc = bufobj_dealloc;
  BytesIOBufferType.tp_traverse = bufobj_traverse;
  BytesIOBufferType.bf_getbuffer = bufobj_getbuffer;
  BytesIOBufferType.bf_releasebuffer = bufobj_releasebuffer;
}

}  // namespace stdlib::io

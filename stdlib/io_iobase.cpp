// The abstract bases of the io hierarchy: _IOBase, _RawIOBase,
// _BufferedIOBase, _TextIOBase (CPython's iobase.c, and the abstract parts of
// bufferedio.c and textio.c).
//
// These are written in terms of other methods of the same object, found by
// normal attribute lookup, so that Python subclasses which provide read() or
// readinto() get the rest: readline() is built on peek() and read(),
// __next__ on readline(), writelines() on write(), RawIOBase.read() on
// readinto(), BufferedIOBase.readinto() on read().
//
// `closed` of a plain IOBase is the existence of the instance attribute
// `__IOBase_closed`, which close() sets after calling flush().
//
// Finalization (PEP 442): tp_finalize calls close() unless `closed` is true,
// after setting `_finalizing` (so that FileIO.close() can issue its
// ResourceWarning); errors from that close() are swallowed, as CPython does
// outside development mode.  A static type's dealloc runs the finalizer with
// the object temporarily alive (dealloc_finalize); a Python subclass's
// dealloc (subtype_dealloc) has already run it, or the class's own __del__.
#include <cerrno>
#include <cstring>

#include "io_internal.h"
#include "runtime/types/type.h"
#include "runtime/text/str.h"

namespace stdlib::io {
using namespace rt;

TypeObject IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType;

namespace {

IOHead* H(Object* o) { return static_cast<IOHead*>(o); }

// Whether self has the attribute __IOBase_closed (1), not (0), or -1.
int iobase_is_closed(Object* self) {
  bool error;
  Object* r = object_lookup_attr(self, names::__IOBase_closed, &error);
  if (error) return -1;
  xdecref(r);
  return r ? 1 : 0;
}

}  // namespace

// ---- life cycle ---------------------------------------------------------------------------
void iobase_finalize(Object* self) {
  H(self)->finalized = true;
  Object* saved = err_fetch();
  bool error;
  Object* res = object_lookup_attr(self, names::closed, &error);
  int closed;
  if (!res) {
    err_clear();
    closed = -1;
  } else {
    closed = object_is_true(res);
    decref(res);
    if (closed < 0) err_clear();
  }
  if (closed == 0) {
    if (object_setattr(self, names::_finalizing, True) < 0) err_clear();
    Object* r = call_method0(self, names::close);
    if (r) decref(r);
    else err_clear();  // outside development mode CPython silences these
  }
  err_restore(saved);
}

bool dealloc_finalize(Object* self) {
  TypeObject* t = type_of(self);
  if (has_flag(t, TPFLAG_HEAPTYPE) || H(self)->finalized || !t->tp_finalize) return true;
  // Run the finalizer with the object temporarily alive again.
  refchain_link(self);
  self->ob_refcnt = 1;
  t->tp_finalize(self);
  if (--self->ob_refcnt != 0) return false;  // resurrected
  refchain_unlink(self);
  return true;
}

void chain_exceptions(Object* earlier) {
  if (!earlier) return;
  if (!err_occurred()) {
    err_restore(earlier);
    return;
  }
  Object* cur = err_fetch();
  if (cur != earlier) exc_set_context(cur, earlier);
  else decref(earlier);
  err_restore(cur);
}

namespace {

Object* iobase_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_io(type);
  if (!o) return nullptr;
  gc_track(o);
  return o;
}

void iobase_dealloc(Object* self) {
  if (!dealloc_finalize(self)) return;
  gc_untrack(self);
  clear_weakrefs(self);
  clearref(H(self)->dict);
  free_object(self);
}

int iobase_clear(Object* self) {
  clearref(H(self)->dict);
  return 0;
}

// ---- _IOBase methods ------------------------------------------------------------------------
Object* iobase_unsupported_seek(Object*, Object* const*, ssize, Object*) { return unsupported("seek"); }
Object* iobase_unsupported_truncate(Object*, Object* const*, ssize, Object*) { return unsupported("truncate"); }

Object* iobase_fileno(Object*, Object* const* args, ssize nargs, Object* kw) {
  if (!no_args("_IOBase.fileno", nargs, kw)) return nullptr;
  return unsupported("fileno");
}

Object* iobase_tell(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("_IOBase.tell", nargs, kw)) return nullptr;
  Object* a[2] = {small_int(0), small_int(1)};
  return call_method(self, names::seek, a, 2);
}

Object* iobase_flush(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("_IOBase.flush", nargs, kw)) return nullptr;
  int closed = iobase_is_closed(self);
  if (closed < 0) return nullptr;
  if (closed) return err_format_null(Exc_ValueError, "I/O operation on closed file.");
  return none_ref();
}

Object* iobase_close(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("_IOBase.close", nargs, kw)) return nullptr;
  int closed = iobase_is_closed(self);
  if (closed < 0) return nullptr;
  if (closed) return none_ref();
  Object* res = call_method0(self, names::flush);
  Object* exc = err_fetch();
  int rc = object_setattr(self, names::__IOBase_closed, True);
  chain_exceptions(exc);
  if (rc < 0 || err_occurred()) {
    xdecref(res);
    return nullptr;
  }
  decref(res);
  return none_ref();
}

Object* iobase_closed_get(Object* self, void*) {
  int closed = iobase_is_closed(self);
  if (closed < 0) return nullptr;
  return bool_ref(closed);
}

Object* iobase_false(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("_IOBase.seekable", nargs, kw)) return nullptr;
  return bool_ref(false);
}

Object* iobase_isatty(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("_IOBase.isatty", nargs, kw)) return nullptr;
  if (!check_closed(self)) return nullptr;
  return bool_ref(false);
}

Object* iobase_check_closed(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("_IOBase._checkClosed", nargs, kw)) return nullptr;
  if (!check_closed(self)) return nullptr;
  return none_ref();
}

Object* check_method(Object* self, ssize nargs, Object* kw, const char* qual, Object* name, const char* msg) {
  if (!no_args(qual, nargs, kw)) return nullptr;
  Object* r = call_method0(self, name);
  if (!r) return nullptr;
  if (r != True) {
    decref(r);
    return unsupported(msg);
  }
  return r;
}

Object* iobase_check_seekable(Object* self, Object* const*, ssize nargs, Object* kw) {
  return check_method(self, nargs, kw, "_IOBase._checkSeekable", names::seekable, "File or stream is not seekable.");
}
Object* iobase_check_readable(Object* self, Object* const*, ssize nargs, Object* kw) {
  return check_method(self, nargs, kw, "_IOBase._checkReadable", names::readable, "File or stream is not readable.");
}
Object* iobase_check_writable(Object* self, Object* const*, ssize nargs, Object* kw) {
  return check_method(self, nargs, kw, "_IOBase._checkWritable", names::writable, "File or stream is not writable.");
}

Object* iobase_enter(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("_IOBase.__enter__", nargs, kw)) return nullptr;
  if (!check_closed(self)) return nullptr;
  return newref(self);
}

Object* iobase_exit(Object* self, Object* const*, ssize, Object*) { return call_method0(self, names::close); }

Object* iobase_iter(Object* self) {
  if (!check_closed(self)) return nullptr;
  return newref(self);
}

Object* iobase_iternext(Object* self) {
  Object* line = call_method0(self, names::readline);
  if (!line) return nullptr;
  ssize n = object_length(line);
  if (n <= 0) {
    decref(line);
    return nullptr;  // end of file (or the error object_length raised)
  }
  return line;
}

// readline(size=-1): bytes up to and including b'\n', using peek() when the
// object has it to read as much as possible at once.
Object* iobase_readline(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!pos_args("_IOBase.readline", nargs, kw, 0, 1)) return nullptr;
  ssize limit = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &limit)) return nullptr;
  bool error;
  Object* peek = object_lookup_attr(self, names::peek, &error);
  if (error) return nullptr;
  std::string buf;
  while (limit < 0 || ssize(buf.size()) < limit) {
    ssize nreadahead = 1;
    if (peek) {
      Object* readahead = call1(peek, small_int(1));
      if (!readahead) {
        if (trap_eintr()) continue;
        decref(peek);
        return nullptr;
      }
      if (!is_bytes(readahead)) {
        err_format(Exc_OSError, "peek() should have returned a bytes object, not '%s'", type_name(readahead));
        decref(readahead);
        decref(peek);
        return nullptr;
      }
      ssize len = size_of(readahead);
      if (len > 0) {
        const char* p = bytes_data(readahead);
        ssize n = 0;
        for (;;) {
          if (n >= len || (limit >= 0 && n >= limit)) break;
          if (p[n++] == '\n') break;
        }
        nreadahead = n;
      }
      decref(readahead);
    }
    Object* na = int_from_i64(nreadahead);
    Object* b = na ? call_method1(self, names::read, na) : nullptr;
    xdecref(na);
    if (!b) {
      if (trap_eintr()) continue;
      xdecref(peek);
      return nullptr;
    }
    if (!is_bytes(b)) {
      err_format(Exc_OSError, "read() should have returned a bytes object, not '%s'", type_name(b));
      decref(b);
      xdecref(peek);
      return nullptr;
    }
    if (size_of(b) == 0) {
      decref(b);
      break;
    }
    buf.append(bytes_data(b), size_t(size_of(b)));
    decref(b);
    if (buf.back() == '\n') break;
  }
  xdecref(peek);
  return bytes_from(buf.data(), ssize(buf.size()));
}

Object* iobase_readlines(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!pos_args("_IOBase.readlines", nargs, kw, 0, 1)) return nullptr;
  ssize hint = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &hint)) return nullptr;
  Object* result = list_new(0);
  if (!result) return nullptr;
  if (hint <= 0) {
    if (list_extend(result, self) < 0) {
      decref(result);
      return nullptr;
    }
    return result;
  }
  Object* it = object_get_iter(self);
  if (!it) {
    decref(result);
    return nullptr;
  }
  ssize length = 0;
  for (;;) {
    Object* line = iter_next(it);
    if (!line) {
      if (err_occurred()) {
        decref(it);
        decref(result);
        return nullptr;
      }
      break;
    }
    if (list_append(result, line) < 0) {
      decref(line);
      decref(it);
      decref(result);
      return nullptr;
    }
    ssize n = object_length(line);
    decref(line);
    if (n < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
    if (n > hint - length) break;
    length += n;
  }
  decref(it);
  return result;
}

Object* iobase_writelines(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("_IOBase.writelines", nargs, kw)) return nullptr;
  if (!check_closed(self)) return nullptr;
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Object* line = iter_next(it);
    if (!line) {
      decref(it);
      if (err_occurred()) return nullptr;
      return none_ref();
    }
    Object* r;
    do {
      r = call_method1(self, names::write, line);
    } while (!r && trap_eintr());
    decref(line);
    if (!r) {
      decref(it);
      return nullptr;
    }
    decref(r);
  }
}

MethodDef iobase_methods[] = {
    {"seek", iobase_unsupported_seek, METH_DEFAULT,
     "Change the stream position to the given byte offset.\n\n"
     "The offset is interpreted relative to the position indicated by whence."},
    {"tell", iobase_tell, METH_DEFAULT, "Return current stream position."},
    {"truncate", iobase_unsupported_truncate, METH_DEFAULT,
     "Truncate file to size bytes.\n\nFile pointer is left unchanged.  Size defaults to the current IO position "
     "as reported by tell().  Return the new size."},
    {"flush", iobase_flush, METH_DEFAULT,
     "Flush write buffers, if applicable.\n\nThis is not implemented for read-only and non-blocking streams."},
    {"close", iobase_close, METH_DEFAULT,
     "Flush and close the IO object.\n\nThis method has no effect if the file is already closed."},
    {"seekable", iobase_false, METH_DEFAULT,
     "Return whether object supports random access.\n\nIf False, seek(), tell() and truncate() will raise "
     "OSError.\nThis method may need to do a test seek()."},
    {"readable", iobase_false, METH_DEFAULT,
     "Return whether object was opened for reading.\n\nIf False, read() will raise OSError."},
    {"writable", iobase_false, METH_DEFAULT,
     "Return whether object was opened for writing.\n\nIf False, write() will raise OSError."},
    {"_checkClosed", iobase_check_closed, METH_DEFAULT, nullptr},
    {"_checkSeekable", iobase_check_seekable, METH_DEFAULT, nullptr},
    {"_checkReadable", iobase_check_readable, METH_DEFAULT, nullptr},
    {"_checkWritable", iobase_check_writable, METH_DEFAULT, nullptr},
    {"fileno", iobase_fileno, METH_DEFAULT,
     "Returns underlying file descriptor if one exists.\n\nOSError is raised if the IO object does not use a "
     "file descriptor."},
    {"isatty", iobase_isatty, METH_DEFAULT,
     "Return whether this is an 'interactive' stream.\n\nReturn False if it can't be determined."},
    {"__enter__", iobase_enter, METH_DEFAULT, nullptr},
    {"__exit__", iobase_exit, METH_DEFAULT, nullptr},
    {"readline", iobase_readline, METH_DEFAULT,
     "Read and return a line from the stream.\n\nIf size is specified, at most size bytes will be read.\n\n"
     "The line terminator is always b'\\n' for binary files; for text\nfiles, the newlines argument to open can "
     "be used to select the line\nterminator(s) recognized."},
    {"readlines", iobase_readlines, METH_DEFAULT,
     "Return a list of lines from the stream.\n\nhint can be specified to control the number of lines read: no "
     "more\nlines will be read if the total size (in bytes/characters) of all\nlines so far exceeds hint."},
    {"writelines", iobase_writelines, METH_DEFAULT,
     "Write a list of lines to stream.\n\nLine separators are not added, so it is usual for each of the\nlines "
     "provided to have a line separator at the end."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef iobase_getset[] = {
    {"__dict__", instance_dict_get, instance_dict_set, nullptr, nullptr},
    {"closed", iobase_closed_get, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- _RawIOBase ------------------------------------------------------------------------------
// read(size=-1): readall() for a negative size, else readinto() a bytearray.
Object* rawiobase_read(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!pos_args("_RawIOBase.read", nargs, kw, 0, 1)) return nullptr;
  ssize n = -1;
  if (nargs > 0 && !ssize_arg(args[0], &n)) return nullptr;
  if (n < 0) return call_method0(self, names::readall);
  Object* b = bytearray_from(nullptr, 0);
  if (!b) return nullptr;
  if (bytearray_resize(b, n) < 0) {
    decref(b);
    return nullptr;
  }
  if (n) memset(bytearray_data(b), 0, size_t(n));
  Object* res = call_method1(self, names::readinto, b);
  if (!res || res == None) {
    decref(b);
    return res;
  }
  ssize got = number_as_ssize(res, Exc_OverflowError);
  decref(res);
  if (got == -1 && err_occurred()) {
    decref(b);
    return nullptr;
  }
  if (got < 0 || got > n) {
    decref(b);
    return err_format_null(Exc_ValueError, "readinto returned %zd outside buffer size %zd", got, n);
  }
  // The bytearray may have been resized by readinto: read what it holds.
  ssize have = size_of(b);
  Object* r = bytes_from(bytearray_data(b), got < have ? got : have);
  decref(b);
  return r;
}

Object* rawiobase_readall(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("_RawIOBase.readall", nargs, kw)) return nullptr;
  std::string out;
  bool got_any = false;
  Object* size = int_from_i64(DEFAULT_BUFFER_SIZE);
  if (!size) return nullptr;
  for (;;) {
    Object* data = call_method1(self, names::read, size);
    if (!data) {
      if (trap_eintr()) continue;
      decref(size);
      return nullptr;
    }
    if (data == None) {
      decref(data);
      if (!got_any) {
        decref(size);
        return none_ref();
      }
      break;
    }
    if (!is_bytes(data)) {
      decref(data);
      decref(size);
      return err_format_null(Exc_TypeError, "read() should return bytes");
    }
    if (size_of(data) == 0) {
      decref(data);
      break;
    }
    got_any = true;
    out.append(bytes_data(data), size_t(size_of(data)));
    decref(data);
  }
  decref(size);
  return bytes_from(out.data(), ssize(out.size()));
}

Object* not_implemented(Object*, Object* const*, ssize, Object*) {
  err_set_none(Exc_NotImplementedError);
  return nullptr;
}

MethodDef rawiobase_methods[] = {
    {"read", rawiobase_read, METH_DEFAULT, nullptr},
    {"readall", rawiobase_readall, METH_DEFAULT, "Read until EOF, using multiple read() call."},
    {"readinto", not_implemented, METH_DEFAULT, nullptr},
    {"write", not_implemented, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- _BufferedIOBase -------------------------------------------------------------------------
Object* bufferediobase_unsupported_read(Object*, Object* const*, ssize, Object*) { return unsupported("read"); }
Object* bufferediobase_unsupported_read1(Object*, Object* const*, ssize, Object*) { return unsupported("read1"); }
Object* bufferediobase_unsupported_write(Object*, Object* const*, ssize, Object*) { return unsupported("write"); }
Object* bufferediobase_detach(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("_BufferedIOBase.detach", nargs, kw)) return nullptr;
  return unsupported("detach");
}

Object* readinto_generic(Object* self, Object* const* args, ssize nargs, Object* kw, bool one) {
  const char* qual = one ? "_BufferedIOBase.readinto1" : "_BufferedIOBase.readinto";
  if (!one_arg(qual, nargs, kw)) return nullptr;
  Buffer view;
  if (get_writable_buffer(one ? "readinto1" : "readinto", args[0], &view) < 0) return nullptr;
  Object* len = int_from_i64(view.len);
  Object* data = len ? call_method1(self, one ? names::read1 : names::read, len) : nullptr;
  xdecref(len);
  if (!data) {
    buffer_release(&view);
    return nullptr;
  }
  if (!is_bytes(data)) {
    decref(data);
    buffer_release(&view);
    return err_format_null(Exc_TypeError, "read() should return bytes");
  }
  ssize n = size_of(data);
  if (n > view.len) {
    err_format(Exc_ValueError, "read() returned too much data: %zd bytes requested, %zd returned", view.len, n);
    decref(data);
    buffer_release(&view);
    return nullptr;
  }
  memcpy(view.buf, bytes_data(data), size_t(n));
  decref(data);
  buffer_release(&view);
  return int_from_i64(n);
}

Object* bufferediobase_readinto(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return readinto_generic(self, args, nargs, kw, false);
}
Object* bufferediobase_readinto1(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return readinto_generic(self, args, nargs, kw, true);
}

MethodDef bufferediobase_methods[] = {
    {"detach", bufferediobase_detach, METH_DEFAULT,
     "Disconnect this buffer from its underlying raw stream and return it.\n\nAfter the raw stream has been "
     "detached, the buffer is in an unusable\nstate."},
    {"read", bufferediobase_unsupported_read, METH_DEFAULT, nullptr},
    {"read1", bufferediobase_unsupported_read1, METH_DEFAULT, nullptr},
    {"readinto", bufferediobase_readinto, METH_DEFAULT, nullptr},
    {"readinto1", bufferediobase_readinto1, METH_DEFAULT, nullptr},
    {"write", bufferediobase_unsupported_write, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- _TextIOBase ---------------------------------------------------------------------------------
Object* textiobase_detach(Object*, Object* const*, ssize, Object*) { return unsupported("detach"); }
Object* textiobase_read(Object*, Object* const*, ssize, Object*) { return unsupported("read"); }
Object* textiobase_readline(Object*, Object* const*, ssize, Object*) { return unsupported("readline"); }
Object* textiobase_write(Object*, Object* const*, ssize, Object*) { return unsupported("write"); }
Object* none_getter(Object*, void*) { return none_ref(); }

MethodDef textiobase_methods[] = {
    {"detach", textiobase_detach, METH_DEFAULT, nullptr},
    {"read", textiobase_read, METH_DEFAULT, nullptr},
    {"readline", textiobase_readline, METH_DEFAULT, nullptr},
    {"write", textiobase_write, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef textiobase_getset[] = {
    {"encoding", none_getter, nullptr, "Encoding of the text stream.\n\nSubclasses should override.", nullptr},
    {"newlines", none_getter, nullptr, nullptr, nullptr},
    {"errors", none_getter, nullptr, "The error setting of the decoder or encoder.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void base_type(TypeObject& t, const char* name, TypeObject* base, MethodDef* methods, const char* doc) {
  io_type(t, name, sizeof(IOHead), base, iobase_new, nullptr, iobase_dealloc, io_traverse_head, iobase_clear, methods,
          nullptr, doc);
  t.tp_finalize = iobase_finalize;
}

}  // namespace

int get_writable_buffer(const char* fname, Object* o, Buffer* view) {
  if (!object_has_buffer(o) || object_get_buffer(o, view, BUF_WRITABLE) < 0) {
    err_clear();
    err_format(Exc_TypeError, "%s() argument must be read-write bytes-like object, not %s", fname, arg_type_name(o));
    return -1;
  }
  if (!buffer_is_contiguous(view, 'C')) {
    buffer_release(view);
    err_format(Exc_TypeError, "%s() argument must be contiguous buffer, not %s", fname, arg_type_name(o));
    return -1;
  }
  return 0;
}

void init_iobase_types() {
  base_type(IOBaseType, "_io._IOBase", nullptr, iobase_methods,
            "The abstract base class for all I/O classes.\n\nThis class provides dummy implementations for many "
            "methods that\nderived classes can override selectively; the default implementations\nrepresent a file "
            "that cannot be read, written or seeked.\n\nEven though IOBase does not declare read, readinto, or "
            "write because\ntheir signatures will vary, implementations and clients should\nconsider those methods "
            "part of the interface. Also, implementations\nmay raise UnsupportedOperation when operations they do "
            "not support are\ncalled.\n\nThe basic type used for binary data read from or written to a file is\n"
            "bytes. Other bytes-like objects are accepted as method arguments too.\nIn some cases (such as "
            "readinto), a writable object is required. Text\nI/O classes work with str data.\n\nNote that calling "
            "any method (except additional calls to close(),\nwhich are ignored) on a closed stream should raise a "
            "ValueError.\n\nIOBase (and its subclasses) support the iterator protocol, meaning\nthat an IOBase "
            "object can be iterated over yielding the lines in a\nstream.\n\nIOBase also supports the :keyword:`with` "
            "statement. In this example,\nfp is closed after the suite of the with statement is complete:\n\nwith "
            "open('spam.txt', 'r') as fp:\n    fp.write('Spam and eggs!')\n");
  IOBaseType.tp_getset = iobase_getset;
  IOBaseType.tp_iter = iobase_iter;
  IOBaseType.tp_iternext = iobase_iternext;
  base_type(RawIOBaseType, "_io._RawIOBase", &IOBaseType, rawiobase_methods, "Base class for raw binary I/O.");
  base_type(BufferedIOBaseType, "_io._BufferedIOBase", &IOBaseType, bufferediobase_methods,
            "Base class for buffered IO objects.\n\nThe main difference with RawIOBase is that the read() method\n"
            "supports omitting the size argument, and does not have a default\nimplementation that defers to "
            "readinto().\n\nIn addition, read(), readinto() and write() may raise\nBlockingIOError if the "
            "underlying raw stream is in non-blocking\nmode and not ready; unlike their raw counterparts, they will "
            "never\nreturn None.\n\nA typical implementation should not inherit from a RawIOBase\nimplementation, "
            "but wrap one.\n");
  base_type(TextIOBaseType, "_io._TextIOBase", &IOBaseType, textiobase_methods,
            "Base class for text I/O.\n\nThis class provides a character and line based interface to stream\nI/O. "
            "There is no readinto method because Python's character strings\nare immutable.\n");
  TextIOBaseType.tp_getset = textiobase_getset;
}

}  // namespace stdlib::io

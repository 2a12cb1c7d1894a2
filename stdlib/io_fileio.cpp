// _io.FileIO: the raw binary layer over an OS file descriptor (CPython's fileio.c).
//
// Every read(2), write(2), open(2), close(2) and ftruncate(2) runs inside a
// sched::BlockingSection: the GIL is released, the thread is recorded as
// waiting on I/O, and EINTR is retried unless Ctrl-C is pending (then the
// call fails with KeyboardInterrupt).  lseek(2), fstat(2) and isatty(3) never
// block and keep the GIL.  A non-blocking descriptor that has nothing to give
// (EAGAIN) makes read()/readinto()/write() return None, as in CPython.
//
// The `name` attribute lives in the instance __dict__ (CPython sets it with
// setattr), so assigning it is allowed and repr() follows it.
#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io_internal.h"
#include "runtime/text/str.h"
#include "modules.h"
#include "posixmodule.h"

namespace stdlib::io {
using namespace rt;

TypeObject FileIOType;

namespace {

FileIOObject* F(Object* o) { return static_cast<FileIOObject*>(o); }

const char* mode_string(FileIOObject* f) {
  if (f->created) return f->readable ? "xb+" : "xb";
  if (f->appending) return f->readable ? "ab+" : "ab";
  if (f->readable) return f->writable ? "rb+" : "rb";
  return "wb";
}

Object* err_closed() { return err_format_null(Exc_ValueError, "I/O operation on closed file"); }
Object* err_mode(const char* action) {
  std::string m = std::string("File not open for ") + action;
  return unsupported(m.c_str());
}

// After a failed system call: the pending KeyboardInterrupt, or OSError(errno).
void set_errno_error(int e) {
  if (e == EINTR && err_occurred()) return;
  err_set_from_errno(Exc_OSError, e);
}

int internal_close(FileIOObject* f) {
  int fd = f->fd;
  f->fd = -1;
  int r, e = 0;
  {
    sched::BlockingSection bs;
    r = ::close(fd);
    if (r < 0) e = errno;
  }
  if (r < 0 && e != EINTR) {  // after close(2) failed with EINTR the descriptor is gone (Linux)
    err_set_from_errno(Exc_OSError, e);
    return -1;
  }
  return 0;
}

// lseek; pos null means 0.  suppress_pipe: ESPIPE makes seekable false without error.
Object* portable_lseek(FileIOObject* f, Object* posobj, int whence, bool suppress_pipe) {
  off_t pos = 0;
  if (posobj) {
    if (is_float(posobj)) return err_format_null(Exc_TypeError, "'float' object cannot be interpreted as an integer");
    Object* i = number_index(posobj);
    if (!i) return nullptr;
    bool fits = int_fits_i64(i);
    int64_t v = fits ? int_as_i64(i) : 0;
    decref(i);
    if (!fits) return err_format_null(Exc_OverflowError, "Python int too large to convert to C long");
    pos = off_t(v);
  }
  off_t res = ::lseek(f->fd, pos, whence);
  if (f->seekable < 0) f->seekable = res >= 0;
  if (res < 0) {
    if (suppress_pipe && errno == ESPIPE) {
      errno = 0;
      return none_ref();
    }
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return int_from_i64(res);
}

}  // namespace

namespace {
// read(2) or write(2) with the GIL released, EINTR retried.
template <class Call>
ssize blocking_io(Call call) {
  ssize_t r;
  do {
    sched::BlockingSection bs;
    r = call();
  } while (r < 0 && sched::retry_after_eintr());
  if (r >= 0) return r;
  int e = errno;
  if (e == EAGAIN || e == EWOULDBLOCK) return -2;
  set_errno_error(e);
  return -1;
}
}  // namespace

ssize fileio_read_raw(FileIOObject* f, char* buf, ssize n) {
  int fd = f->fd;
  return blocking_io([&] { return ::read(fd, buf, size_t(n)); });
}

ssize fileio_write_raw(FileIOObject* f, const char* buf, ssize n) {
  int fd = f->fd;
  return blocking_io([&] { return ::write(fd, buf, size_t(n)); });
}

ssize fileio_read_checked(FileIOObject* f, char* buf, ssize n) {
  if (f->fd < 0) return err_closed(), -1;
  if (!f->readable) return err_mode("reading"), -1;
  return fileio_read_raw(f, buf, n);
}

ssize fileio_write_checked(FileIOObject* f, const char* buf, ssize n) {
  if (f->fd < 0) return err_closed(), -1;
  if (!f->writable) return err_mode("writing"), -1;
  return fileio_write_raw(f, buf, n);
}

namespace {

Object* fileio_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_io(type);
  if (!o) return nullptr;
  FileIOObject* f = F(o);
  f->fd = -1;
  f->seekable = -1;
  f->closefd = true;
  gc_track(o);
  return o;
}

const char* const init_names[] = {"file", "mode", "closefd", "opener"};

int fileio_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  FileIOObject* f = F(self);
  Object* a[4];
  if (!parse_kw("FileIO", args, nargs, kwnames, init_names, 4, 1, 4, a)) return -1;
  std::string mode = "r";
  if (a[1] && !str_arg("FileIO", "mode", a[1], false, &mode, nullptr)) return -1;
  bool closefd = true;
  if (a[2] && !bool_int_arg(a[2], &closefd)) return -1;
  Object* opener = a[3] && a[3] != None ? a[3] : nullptr;
  Object* nameobj = a[0];
  if (f->fd >= 0) {
    if (f->closefd) {
      if (internal_close(f) < 0) return -1;
    } else {
      f->fd = -1;
    }
  }
  int fd = -1;
  bool have_fd = false;
  if (!is_float(nameobj) && type_of(nameobj)->nb_index) {
    if (!int_arg(nameobj, &fd)) {
      if (!err_matches(Exc_OverflowError)) return -1;
      err_clear();
      fd = -1;
    } else if (fd < 0) {
      err_set_string(Exc_ValueError, "negative file descriptor");
      return -1;
    } else {
      have_fd = true;
    }
  }
  std::string pathbytes;
  if (!have_fd) {
    Object* p = posix::fspath(nameobj);
    if (!p) return -1;
    if (is_bytes(p)) {
      pathbytes.assign(bytes_data(p), size_t(size_of(p)));
    } else {
      Object* enc = str_encode(p, "utf-8", "surrogateescape");
      if (!enc) {
        decref(p);
        return -1;
      }
      pathbytes.assign(bytes_data(enc), size_t(size_of(enc)));
      decref(enc);
    }
    decref(p);
    if (pathbytes.find('\0') != std::string::npos) {
      err_set_string(Exc_ValueError, "embedded null byte");
      return -1;
    }
  }
  bool rwa = false, plus = false;
  int flags = 0;
  f->created = f->readable = f->writable = f->appending = false;
  for (char c : mode) {
    switch (c) {
      case 'x':
      case 'r':
      case 'w':
      case 'a':
        if (rwa) goto bad_mode;
        rwa = true;
        if (c == 'x') {
          f->created = f->writable = true;
          flags |= O_EXCL | O_CREAT;
        } else if (c == 'r') {
          f->readable = true;
        } else if (c == 'w') {
          f->writable = true;
          flags |= O_CREAT | O_TRUNC;
        } else {
          f->writable = f->appending = true;
          flags |= O_APPEND | O_CREAT;
        }
        break;
      case 'b':
        break;
      case '+':
        if (plus) goto bad_mode;
        f->readable = f->writable = plus = true;
        break;
      default:
        err_format(Exc_ValueError, "invalid mode: %s", mode.c_str());
        return -1;
    }
  }
  if (!rwa) goto bad_mode;
  if (f->readable && f->writable) flags |= O_RDWR;
  else if (f->readable) flags |= O_RDONLY;
  else flags |= O_WRONLY;
  flags |= O_CLOEXEC;
  // natives4: the "open" audit event (name, mode, flags), as CPython's FileIO
  if (sys_audit_active() && stdlib::audit_event("open", {newref(nameobj), str_from(mode), int_from_i64(flags)}) < 0) return -1;
  {
    bool fd_is_own = false;
    if (have_fd) {
      f->fd = fd;
      f->closefd = closefd;
    } else {
      f->closefd = true;
      if (!closefd) {
        err_set_string(Exc_ValueError, "Cannot use closefd=False with file name");
        return -1;
      }
      if (!opener) {
        int r;
        do {
          sched::BlockingSection bs;
          r = ::open(pathbytes.c_str(), flags, 0666);
        } while (r < 0 && sched::retry_after_eintr());
        if (r < 0) {
          if (errno == EINTR && err_occurred()) return -1;
          err_set_from_errno(Exc_OSError, errno, nameobj);
          return -1;
        }
        f->fd = r;
      } else {
        Object* fl = int_from_i64(flags);
        Object* fdobj = fl ? call2(opener, nameobj, fl) : nullptr;
        xdecref(fl);
        if (!fdobj) return -1;
        if (!is_int(fdobj)) {
          decref(fdobj);
          err_set_string(Exc_TypeError, "expected integer from opener");
          return -1;
        }
        int v;
        bool ok = int_arg(fdobj, &v);
        decref(fdobj);
        if (!ok) return -1;
        if (v < 0) {
          err_format(Exc_ValueError, "opener returned %d", v);
          return -1;
        }
        f->fd = v;
        int fl2 = ::fcntl(v, F_GETFD);  // the descriptor is not inheritable, as CPython makes it
        if (fl2 >= 0 && !(fl2 & FD_CLOEXEC)) ::fcntl(v, F_SETFD, fl2 | FD_CLOEXEC);
      }
      fd_is_own = true;
    }
    f->blksize = DEFAULT_BUFFER_SIZE;
    struct stat st;
    bool failed = false;
    if (::fstat(f->fd, &st) < 0) {
      if (errno == EBADF) {
        err_set_from_errno(Exc_OSError, errno);
        failed = true;
      }
    } else {
      if (S_ISDIR(st.st_mode)) {
        err_set_from_errno(Exc_OSError, EISDIR, nameobj);
        failed = true;
      } else if (st.st_blksize > 1) {
        f->blksize = ssize(st.st_blksize);
      }
    }
    if (!failed && object_setattr(self, names::name, nameobj) < 0) failed = true;
    if (!failed && f->appending) {
      Object* pos = portable_lseek(f, nullptr, SEEK_END, true);
      if (!pos) failed = true;
      xdecref(pos);
    }
    if (failed) {
      if (!fd_is_own) f->fd = -1;
      if (f->fd >= 0) {
        Object* exc = err_fetch();
        internal_close(f);
        chain_exceptions(exc);
      }
      return -1;
    }
  }
  return 0;
bad_mode:
  err_set_string(Exc_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  return -1;
}

void fileio_dealloc(Object* self) {
  F(self)->finalizing = true;
  if (!dealloc_finalize(self)) return;
  gc_untrack(self);
  clear_weakrefs(self);
  clearref(F(self)->dict);
  free_object(self);
}

int fileio_clear(Object* self) {
  clearref(F(self)->dict);
  return 0;
}

// A bytes object of n bytes to read into, shrunk to what was read by finish().
struct ReadResult {
  BytesObject* b = nullptr;
  ~ReadResult() { xdecref(b); }
  bool alloc(ssize n) {
    b = bytes_alloc(n);
    return b != nullptr;
  }
  bool grow(ssize used, ssize n) {
    BytesObject* nb = bytes_alloc(n);
    if (!nb) return false;
    memcpy(nb->data, b->data, size_t(used));
    decref(b);
    b = nb;
    return true;
  }
  Object* finish(ssize n) {
    Object* r;
    if (n == 0) {
      r = bytes_from(nullptr, 0);
    } else if (n == size_of(b)) {
      r = b;
      b = nullptr;
    } else if (n < size_of(b) / 2) {
      r = bytes_from(b->data, n);
    } else {
      b->ob_size = n;  // nobody has seen it yet: shrink in place
      b->data[n] = 0;
      r = b;
      b = nullptr;
    }
    return r;
  }
};

Object* fileio_readall_impl(FileIOObject* f) {
  if (f->fd < 0) return err_closed();
  off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
  struct stat st;
  off_t end = ::fstat(f->fd, &st) == 0 ? st.st_size : off_t(-1);
  ssize bufsize = end > 0 && end >= pos && pos >= 0 ? ssize(end - pos + 1) : ssize(8192);
  ReadResult res;
  if (!res.alloc(bufsize)) return nullptr;
  ssize bytes_read = 0;
  for (;;) {
    if (bytes_read >= bufsize) {
      ssize addend = bytes_read > 65536 ? bytes_read >> 3 : 256 + bytes_read;
      if (addend < 8192) addend = 8192;
      bufsize = bytes_read + addend;
      if (!res.grow(bytes_read, bufsize)) return nullptr;
    }
    ssize n = fileio_read_raw(f, res.b->data + bytes_read, bufsize - bytes_read);
    if (n == 0) break;
    if (n == -2) {
      if (bytes_read > 0) break;
      return none_ref();
    }
    if (n < 0) return nullptr;
    bytes_read += n;
  }
  return res.finish(bytes_read);
}

Object* fileio_read(Object* self, Object* const* args, ssize nargs, Object* kw) {
  FileIOObject* f = F(self);
  if (!pos_args("FileIO.read", nargs, kw, 0, 1)) return nullptr;
  ssize size = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &size)) return nullptr;
  if (f->fd < 0) return err_closed();
  if (!f->readable) return err_mode("reading");
  if (size < 0) return fileio_readall_impl(f);
  ReadResult res;
  if (!res.alloc(size)) return nullptr;
  ssize n = fileio_read_raw(f, res.b->data, size);
  if (n == -2) return none_ref();
  if (n < 0) return nullptr;
  return res.finish(n);
}

Object* fileio_readall(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("FileIO.readall", nargs, kw)) return nullptr;
  return fileio_readall_impl(F(self));
}

Object* fileio_readinto(Object* self, Object* const* args, ssize nargs, Object* kw) {
  FileIOObject* f = F(self);
  if (!one_arg("FileIO.readinto", nargs, kw)) return nullptr;
  Buffer view;
  if (get_writable_buffer("readinto", args[0], &view) < 0) return nullptr;
  Object* r = nullptr;
  if (f->fd < 0) {
    err_closed();
  } else if (!f->readable) {
    err_mode("reading");
  } else {
    ssize n = fileio_read_raw(f, static_cast<char*>(view.buf), view.len);
    r = n == -2 ? none_ref() : n < 0 ? nullptr : int_from_i64(n);
  }
  buffer_release(&view);
  return r;
}

Object* fileio_write(Object* self, Object* const* args, ssize nargs, Object* kw) {
  FileIOObject* f = F(self);
  if (!one_arg("FileIO.write", nargs, kw)) return nullptr;
  BytesLike data;
  if (!data.get(args[0])) return nullptr;
  if (f->fd < 0) return err_closed();
  if (!f->writable) return err_mode("writing");
  ssize n = fileio_write_raw(f, data.data(), data.size());
  if (n == -2) return none_ref();
  if (n < 0) return nullptr;
  return int_from_i64(n);
}

Object* fileio_seek(Object* self, Object* const* args, ssize nargs, Object* kw) {
  FileIOObject* f = F(self);
  if (!pos_args("FileIO.seek", nargs, kw, 1, 2)) return nullptr;
  int whence = 0;
  if (nargs > 1 && !int_arg(args[1], &whence)) return nullptr;
  if (f->fd < 0) return err_closed();
  return portable_lseek(f, args[0], whence, false);
}

Object* fileio_tell(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("FileIO.tell", nargs, kw)) return nullptr;
  if (F(self)->fd < 0) return err_closed();
  return portable_lseek(F(self), nullptr, SEEK_CUR, false);
}

Object* fileio_truncate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  FileIOObject* f = F(self);
  if (!pos_args("FileIO.truncate", nargs, kw, 0, 1)) return nullptr;
  if (f->fd < 0) return err_closed();
  if (!f->writable) return err_mode("writing");
  Object* posobj = nargs > 0 && args[0] != None ? newref(args[0]) : portable_lseek(f, nullptr, SEEK_CUR, false);
  if (!posobj) return nullptr;
  Object* i = number_index(posobj);
  if (!i) {
    decref(posobj);
    return nullptr;
  }
  bool fits = int_fits_i64(i);
  int64_t pos = fits ? int_as_i64(i) : 0;
  decref(i);
  if (!fits) {
    decref(posobj);
    return err_format_null(Exc_OverflowError, "Python int too large to convert to C long");
  }
  int r, e = 0;
  {
    sched::BlockingSection bs;
    r = ::ftruncate(f->fd, off_t(pos));
    if (r < 0) e = errno;
  }
  if (r < 0) {
    decref(posobj);
    err_set_from_errno(Exc_OSError, e);
    return nullptr;
  }
  return posobj;
}

Object* fileio_close(Object* self, Object* const*, ssize nargs, Object* kw) {
  FileIOObject* f = F(self);
  if (!no_args("FileIO.close", nargs, kw)) return nullptr;
  // _RawIOBase.close(self): flush() and mark closed.
  Object* close_fn = type_lookup(&RawIOBaseType, names::close);
  Object* res = close_fn ? call1(close_fn, self) : nullptr;
  if (!close_fn) err_set_string(Exc_AttributeError, "close");
  if (!f->closefd) {
    f->fd = -1;
    return res;
  }
  Object* exc = res ? nullptr : err_fetch();
  if (f->finalizing && f->fd >= 0) resource_warning(self);
  int rc = f->fd >= 0 ? internal_close(f) : 0;
  chain_exceptions(exc);
  if (rc < 0 || !res) {
    xdecref(res);
    return nullptr;
  }
  return res;
}

Object* fileio_seekable(Object* self, Object* const*, ssize nargs, Object* kw) {
  FileIOObject* f = F(self);
  if (!no_args("FileIO.seekable", nargs, kw)) return nullptr;
  if (f->fd < 0) return err_closed();
  if (f->seekable < 0) {
    Object* pos = portable_lseek(f, nullptr, SEEK_CUR, true);
    if (!pos) return nullptr;
    decref(pos);
  }
  return bool_ref(f->seekable > 0);
}

Object* fileio_readable(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("FileIO.readable", nargs, kw)) return nullptr;
  if (F(self)->fd < 0) return err_closed();
  return bool_ref(F(self)->readable);
}

Object* fileio_writable(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("FileIO.writable", nargs, kw)) return nullptr;
  if (F(self)->fd < 0) return err_closed();
  return bool_ref(F(self)->writable);
}

Object* fileio_fileno(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("FileIO.fileno", nargs, kw)) return nullptr;
  if (F(self)->fd < 0) return err_closed();
  return int_from_i64(F(self)->fd);
}

Object* fileio_isatty(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("FileIO.isatty", nargs, kw)) return nullptr;
  if (F(self)->fd < 0) return err_closed();
  return bool_ref(::isatty(F(self)->fd) == 1);
}

Object* fileio_dealloc_warn(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("FileIO._dealloc_warn", nargs, kw)) return nullptr;
  if (F(self)->fd >= 0 && F(self)->closefd) resource_warning(args[0]);
  return none_ref();
}

Object* fileio_repr(Object* self) {
  FileIOObject* f = F(self);
  if (f->fd < 0) return str_from_cstr("<_io.FileIO [closed]>");
  bool error;
  Object* nameobj = object_lookup_attr(self, names::name, &error);
  if (error) return nullptr;
  std::string out;
  if (!nameobj) {
    out = "<_io.FileIO fd=" + std::to_string(f->fd) + " mode='" + mode_string(f) + "' closefd=" +
          (f->closefd ? "True" : "False") + ">";
    return str_from(out);
  }
  std::string nr;
  bool ok = guarded_repr(self, nameobj, &nr);
  decref(nameobj);
  if (!ok) return nullptr;
  out = "<_io.FileIO name=" + nr + " mode='" + mode_string(f) + "' closefd=" + (f->closefd ? "True" : "False") +
        ">";
  return str_from(out);
}

Object* fileio_closed_get(Object* self, void*) { return bool_ref(F(self)->fd < 0); }
Object* fileio_closefd_get(Object* self, void*) { return bool_ref(F(self)->closefd); }
Object* fileio_mode_get(Object* self, void*) { return str_from_cstr(mode_string(F(self))); }
Object* fileio_blksize_get(Object* self, void*) { return int_from_i64(F(self)->blksize); }
int fileio_blksize_set(Object* self, Object* v, void*) {
  if (!v) {
    err_set_string(Exc_TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  ssize n;
  if (!is_int(v)) {
    err_set_string(Exc_TypeError, "an integer is required");
    return -1;
  }
  if (!ssize_arg(v, &n)) return -1;
  F(self)->blksize = n;
  return 0;
}

MethodDef fileio_methods[] = {
    {"read", fileio_read, METH_DEFAULT,
     "Read at most size bytes, returned as bytes.\n\nOnly makes one system call, so less data may be returned "
     "than requested.\nIn non-blocking mode, returns None if no data is available.\nReturn an empty bytes "
     "object at EOF."},
    {"readall", fileio_readall, METH_DEFAULT,
     "Read all data from the file, returned as bytes.\n\nIn non-blocking mode, returns as much as is "
     "immediately available,\nor None if no data is available.  Return an empty bytes object at EOF."},
    {"readinto", fileio_readinto, METH_DEFAULT, "Same as RawIOBase.readinto()."},
    {"write", fileio_write, METH_DEFAULT,
     "Write buffer b to file, return number of bytes written.\n\nOnly makes one system call, so not all of "
     "the data may be written.\nThe number of bytes actually written is returned.  In non-blocking mode,\n"
     "returns None if the write would block."},
    {"seek", fileio_seek, METH_DEFAULT,
     "Move to new file position and return the file position.\n\nArgument offset is a byte count.  Optional "
     "argument whence defaults to\nSEEK_SET or 0 (offset from start of file, offset should be >= 0); other "
     "values\nare SEEK_CUR or 1 (move relative to current position, positive or negative),\nand SEEK_END or 2 "
     "(move relative to end of file, usually negative, although\nmany platforms allow seeking beyond the end "
     "of a file).\n\nNote that not all file objects are seekable."},
    {"tell", fileio_tell, METH_DEFAULT, "Current file position.\n\nCan raise OSError for non seekable files."},
    {"truncate", fileio_truncate, METH_DEFAULT,
     "Truncate the file to at most size bytes and return the truncated size.\n\nSize defaults to the current "
     "file position, as returned by tell().\nThe current file position is changed to the value of size."},
    {"close", fileio_close, METH_DEFAULT,
     "Close the file.\n\nA closed file cannot be used for further I/O operations.  close() may be\ncalled "
     "more than once without error."},
    {"seekable", fileio_seekable, METH_DEFAULT, "True if file supports random-access."},
    {"readable", fileio_readable, METH_DEFAULT, "True if file was opened in a read mode."},
    {"writable", fileio_writable, METH_DEFAULT, "True if file was opened in a write mode."},
    {"fileno", fileio_fileno, METH_DEFAULT, "Return the underlying file descriptor (an integer)."},
    {"isatty", fileio_isatty, METH_DEFAULT, "True if the file is connected to a TTY device."},
    {"_dealloc_warn", fileio_dealloc_warn, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef fileio_getset[] = {
    {"closed", fileio_closed_get, nullptr, "True if the file is closed", nullptr},
    {"closefd", fileio_closefd_get, nullptr, "True if the file descriptor will be closed by close().", nullptr},
    {"mode", fileio_mode_get, nullptr, "String giving the file mode", nullptr},
    {"_blksize", fileio_blksize_get, fileio_blksize_set, nullptr, nullptr},
    {"_finalizing", finalizing_get, finalizing_set, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* finalizing_get(Object* self, void*) { return bool_ref(static_cast<IOHead*>(self)->finalizing); }
int finalizing_set(Object* self, Object* v, void*) {
  if (!v) {
    err_set_string(Exc_TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  int t = object_is_true(v);
  if (t < 0) return -1;
  static_cast<IOHead*>(self)->finalizing = t;
  return 0;
}


Object* fileio_new_fd(int fd, const char* mode, bool closefd) {
  Object* fdo = int_from_i64(fd);
  Object* m = str_from_cstr(mode);
  Object* r = nullptr;
  if (fdo && m) {
    Object* a[3] = {fdo, m, closefd ? True : False};
    r = call(&FileIOType, a, 3);
  }
  xdecref(fdo);
  xdecref(m);
  return r;
}

void init_fileio_type() {
  io_type(FileIOType, "_io.FileIO", sizeof(FileIOObject), &RawIOBaseType, fileio_new, fileio_init, fileio_dealloc,
          io_traverse_head, fileio_clear, fileio_methods, fileio_getset, nullptr);
  FileIOType.tp_repr = fileio_repr;
  FileIOType.tp_getattro = object_generic_getattr;
  FileIOType.tp_setattro = object_generic_setattr;
  FileIOType.tp_doc =
      "FileIO(file, mode='r', closefd=True, opener=None)\n--\n\nOpen a file.\n\nThe mode can be 'r' (default), "
      "'w', 'x' or 'a' for reading,\nwriting, exclusive creation or appending.  The file will be created if it\n"
      "doesn't exist when opened for writing or appending; it will be truncated\nwhen opened for writing.  A "
      "FileExistsError will be raised if it already\nexists when opened for creating. Opening a file for "
      "creating implies\nwriting so this mode behaves in a similar way to 'w'.Add a '+' to the mode\nto allow "
      "simultaneous reading and writing. A custom opener can be used by\npassing a callable as *opener*. The "
      "underlying file descriptor for the file\nobject is then obtained by calling opener with (*name*, "
      "*flags*).\n*opener* must return an open file descriptor (passing os.open as *opener*\nresults in "
      "functionality similar to passing None).";
}

}  // namespace stdlib::io

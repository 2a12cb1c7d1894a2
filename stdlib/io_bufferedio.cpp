// BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair
// (CPython's bufferedio.c): one buffer of buffer_size bytes over a raw stream.
//
// The buffer (CPython's scheme, so that the raw calls a test can observe are
// the same: how many, in which order, of which sizes):
//
//   0        write_pos      pos          write_end   raw_pos   read_end   buffer_size
//   |            [---dirty---]                  ^           ^
//
//   * read_end: end of the valid read data (-1: none); pos: the logical
//     position; READAHEAD = read_end - pos bytes can be read without the raw.
//   * [write_pos, write_end): bytes written but not yet given to the raw
//     stream (write_end == -1: none).
//   * raw_pos: where the raw stream's position falls in the buffer; abs_pos:
//     the raw stream's absolute position (-1: unknown, ask raw.tell()).
//   * RAW_OFFSET = raw_pos - pos when the buffer holds anything: how far the
//     raw stream is ahead of the logical position (tell() subtracts it).
//
// Locking: the raw calls release the GIL (FileIO) or run Python code, so each
// method that uses the buffer holds the object's lock (a scheduler lock:
// other threads wait for it with the GIL released, the deadlock detector and
// the instruments see the wait).  A call from the thread that holds it (a
// signal handler, a raw object calling back) raises RuntimeError "reentrant
// call inside <repr>", as CPython.  Methods that only look at the buffer
// (the fast paths of read, peek, readline, seek) run without it: no thread
// switch can happen while they run.
//
// When the raw object is an exact FileIO, raw reads and writes go straight to
// its file descriptor (with FileIO's checks); any other raw object gets a
// memoryview of memory owned by the view's exporter (copied in or out), so
// that a raw object keeping the view can never reach freed memory.
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "io_internal.h"
#include "runtime/text/str.h"

namespace stdlib::io {
using namespace rt;

TypeObject BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType, BufferViewType;

namespace {

BufferedObject* B(Object* o) { return static_cast<BufferedObject*>(o); }

// ---- the view handed to a raw object's readinto()/write() ------------------------------------
// The view's memory belongs to the exporter, not to the buffered object: a raw
// object that keeps the memoryview (or a view of it) can never reach freed or
// reused memory.  It costs a copy per raw call, only for raw objects written
// in Python.
struct BufferViewObject : Object {
  char* data;
  ssize len;
  bool readonly;
};

int bufview_getbuffer(Object* o, Buffer* view, int flags) {
  auto* v = static_cast<BufferViewObject*>(o);
  return buffer_fill_info(view, o, v->data, v->len, v->readonly, flags);
}

void bufview_dealloc(Object* o) {
  free(static_cast<BufferViewObject*>(o)->data);
  free_object(o);
}

// A memoryview of len fresh bytes (copied from init when given); *data gets them.
Object* make_view(ssize len, bool readonly, const char* init, char** data) {
  Object* e = alloc_object(&BufferViewType, sizeof(BufferViewObject));
  if (!e) return nullptr;
  auto* v = static_cast<BufferViewObject*>(e);
  v->data = static_cast<char*>(malloc(size_t(len > 0 ? len : 1)));
  if (!v->data) {
    decref(e);
    return err_no_memory();
  }
  v->len = len;
  v->readonly = readonly;
  if (init && len) memcpy(v->data, init, size_t(len));
  Object* mv = memoryview_from_object(e);
  decref(e);
  *data = v->data;
  return mv;
}

// ---- positions --------------------------------------------------------------------------------
bool valid_read(BufferedObject* b) { return b->readable && b->read_end != -1; }
bool valid_write(BufferedObject* b) { return b->writable && b->write_end != -1; }
void adjust_position(BufferedObject* b, off_t new_pos) {
  b->pos = new_pos;
  if (valid_read(b) && b->read_end < b->pos) b->read_end = b->pos;
}
ssize readahead(BufferedObject* b) { return b->readable && b->read_end != -1 ? ssize(b->read_end - b->pos) : 0; }
off_t raw_offset(BufferedObject* b) {
  return (valid_read(b) || valid_write(b)) && b->raw_pos >= 0 ? b->raw_pos - b->pos : 0;
}
ssize minus_last_block(BufferedObject* b, ssize size) {
  return b->buffer_mask ? (size & ~b->buffer_mask) : b->buffer_size * (size / b->buffer_size);
}
void reset_read_buf(BufferedObject* b) { b->read_end = -1; }
void reset_write_buf(BufferedObject* b) {
  b->write_pos = 0;
  b->write_end = -1;
}

bool check_initialized(BufferedObject* b) {
  if (b->ok) return true;
  err_set_string(Exc_ValueError, b->detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
  return false;
}

// raw.closed (1/0, -1 error).
int raw_closed(BufferedObject* b) {
  if (!check_initialized(b)) return -1;
  Object* c = object_getattr(b->raw, names::closed);
  if (!c) return -1;
  int t = object_is_true(c);
  decref(c);
  return t;
}

int is_closed(BufferedObject* b) {
  if (!b->buffer) return 1;
  if (b->fast_closed_checks) return fileio_closed(b->raw) ? 1 : 0;
  return raw_closed(b);
}

// CPython's CHECK_CLOSED: closed and nothing left in the buffer.
bool check_not_closed(BufferedObject* b, const char* msg) {
  int c = is_closed(b);
  if (c < 0) return false;
  if (c && readahead(b) == 0) {
    err_set_string(Exc_ValueError, msg);
    return false;
  }
  return true;
}

// ---- the lock -------------------------------------------------------------------------------------
bool enter(BufferedObject* b) {
  uint64_t me = tstate()->serial;
  if (b->owner == me) {
    Object* r = object_repr(b);
    if (r) {
      err_format(Exc_RuntimeError, "reentrant call inside %s", str_utf8(r));
      decref(r);
    }
    return false;
  }
  if (!sched::lock_acquire(&b->lock, false, 0)) {
    if (sched::shutting_down()) {
      Object* r = object_repr(b);
      if (r) {
        err_format(Exc_RuntimeError, "could not acquire lock for %s at interpreter shutdown, possibly due to "
                   "daemon threads", str_utf8(r));
        decref(r);
      }
      return false;
    }
    sched::lock_acquire(&b->lock, true, -1);
  }
  b->owner = me;
  return true;
}

void leave(BufferedObject* b) {
  b->owner = 0;
  sched::lock_release(&b->lock);
}

struct Locked {
  BufferedObject* b;
  bool ok;
  explicit Locked(BufferedObject* bo) : b(bo), ok(enter(bo)) {}
  ~Locked() {
    if (ok) leave(b);
  }
};

// ---- raw calls ---------------------------------------------------------------------------------------
// The position a raw tell()/seek() returned (stolen): it becomes abs_pos; -1 on error.
off_t take_raw_position(BufferedObject* b, Object* r) {
  if (!r) return -1;
  Object* i = number_index(r);
  decref(r);
  if (!i) return -1;
  bool fits = int_fits_i64(i);
  int64_t n = fits ? int_as_i64(i) : 0;
  decref(i);
  if (!fits) {
    err_set_string(Exc_ValueError, "cannot fit 'int' into an offset-sized integer");
    return -1;
  }
  if (n < 0) {
    err_format(Exc_OSError, "Raw stream returned invalid position %lld", (long long)n);
    return -1;
  }
  b->abs_pos = off_t(n);
  return off_t(n);
}

off_t raw_tell(BufferedObject* b) { return take_raw_position(b, call_method0(b->raw, names::tell)); }

off_t raw_seek(BufferedObject* b, off_t target, int whence) {
  Object* t = int_from_i64(target);
  Object* w = int_from_i64(whence);
  Object* r = nullptr;
  if (t && w) {
    Object* a[2] = {t, w};
    r = call_method(b->raw, names::seek, a, 2);
  }
  xdecref(t);
  xdecref(w);
  return take_raw_position(b, r);
}

// raw.<name>(view) for a raw object other than FileIO, with CPython's checks of
// the result: count, -1 error, -2 None (would block).
ssize call_raw(BufferedObject* b, Object* name, Object* view, ssize len, const char* what) {
  Object* res;
  do {
    res = call_method1(b->raw, name, view);
  } while (!res && trap_eintr());
  if (!res) return -1;
  if (res == None) {
    decref(res);
    errno = EAGAIN;
    return -2;
  }
  ssize n = number_as_ssize(res, Exc_ValueError);
  decref(res);
  if (n == -1 && err_occurred()) return -1;
  if (n < 0 || n > len) {
    err_format(Exc_OSError, "raw %s() returned invalid length %zd (should have been between 0 and %zd)", what, n,
               len);
    return -1;
  }
  return n;
}

// raw.readinto(): count, 0 EOF, -1 error, -2 would block.
ssize raw_read(BufferedObject* b, char* buf, ssize len) {
  ssize n;
  if (exact(b->raw, &FileIOType)) {
    n = fileio_read_checked(static_cast<FileIOObject*>(b->raw), buf, len);
  } else {
    char* tmp;
    Object* mv = make_view(len, false, nullptr, &tmp);
    if (!mv) return -1;
    n = call_raw(b, names::readinto, mv, len, "readinto");
    if (n > 0) memcpy(buf, tmp, size_t(n));
    decref(mv);
  }
  if (n > 0 && b->abs_pos != -1) b->abs_pos += n;
  return n;
}

ssize raw_write(BufferedObject* b, const char* buf, ssize len) {
  ssize n;
  if (exact(b->raw, &FileIOType)) {
    n = fileio_write_checked(static_cast<FileIOObject*>(b->raw), buf, len);
    if (n == -2) errno = EAGAIN;
  } else {
    char* tmp;
    Object* mv = make_view(len, true, buf, &tmp);
    if (!mv) return -1;
    n = call_raw(b, names::write, mv, len, "write");
    decref(mv);
  }
  if (n > 0 && b->abs_pos != -1) b->abs_pos += n;
  return n;
}

ssize fill_buffer(BufferedObject* b) {
  ssize start = valid_read(b) ? ssize(b->read_end) : 0;
  ssize n = raw_read(b, b->buffer + start, b->buffer_size - start);
  if (n <= 0) return n;
  b->read_end = start + n;
  b->raw_pos = start + n;
  return n;
}

// ---- flushing (lock held) --------------------------------------------------------------------------
int flush_unlocked(BufferedObject* b) {
  if (valid_write(b) && b->write_pos != b->write_end) {
    off_t rewind = raw_offset(b) + (b->pos - b->write_pos);
    if (rewind != 0) {
      if (raw_seek(b, -rewind, 1) < 0) return -1;
      b->raw_pos -= rewind;
    }
    while (b->write_pos < b->write_end) {
      ssize n = raw_write(b, b->buffer + b->write_pos, ssize(b->write_end - b->write_pos));
      if (n == -1) return -1;
      if (n == -2) {
        set_blocking_error("write could not complete without blocking", 0);
        return -1;
      }
      b->write_pos += n;
      b->raw_pos = b->write_pos;
    }
  }
  reset_write_buf(b);
  return 0;
}

int flush_and_rewind_unlocked(BufferedObject* b) {
  if (flush_unlocked(b) < 0) return -1;
  if (b->readable) {
    off_t n = raw_seek(b, -raw_offset(b), 1);
    reset_read_buf(b);
    if (n == -1) return -1;
  }
  return 0;
}

// ---- init / life cycle ---------------------------------------------------------------------------------
Object* buffered_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_io(type);
  if (!o) return nullptr;
  BufferedObject* b = B(o);
  sched::lock_init(&b->lock, sched::WaitKind::Lock, o);
  b->lock_ready = true;
  b->abs_pos = -1;
  b->read_end = -1;
  b->write_end = -1;
  gc_track(o);
  return o;
}

int buffered_init_common(BufferedObject* b, Object* raw, ssize buffer_size, bool readable, bool writable) {
  if (buffer_size <= 0) {
    err_set_string(Exc_ValueError, "buffer size must be strictly positive");
    return -1;
  }
  char* nb = static_cast<char*>(malloc(size_t(buffer_size)));
  if (!nb) {
    err_no_memory();
    return -1;
  }
  // Another thread may be inside a method (with the GIL released): wait for it.
  Locked lk(b);
  if (!lk.ok) {
    free(nb);
    return -1;
  }
  setref(b->raw, newref(raw));
  free(b->buffer);
  b->buffer = nb;
  b->buffer_size = buffer_size;
  b->readable = readable;
  b->writable = writable;
  b->buffer_mask = (buffer_size & (buffer_size - 1)) == 0 ? buffer_size - 1 : 0;
  b->pos = 0;
  b->raw_pos = 0;
  b->abs_pos = -1;
  if (raw_tell(b) == -1) err_clear();
  reset_read_buf(b);
  reset_write_buf(b);
  return 0;
}

const char* const init_names[] = {"raw", "buffer_size"};

int init_with(Object* self, Object* const* args, ssize nargs, Object* kwnames, const char* fname, TypeObject* own,
              bool readable, bool writable) {
  BufferedObject* b = B(self);
  Object* a[2];
  if (!parse_kw(fname, args, nargs, kwnames, init_names, 2, 1, 2, a)) return -1;
  ssize size = DEFAULT_BUFFER_SIZE;
  if (a[1] && !ssize_arg(a[1], &size)) return -1;
  b->ok = false;
  b->detached = false;
  Object* raw = a[0];
  if (readable && writable) {
    if (!check_seekable(raw) || !check_readable(raw) || !check_writable(raw)) return -1;
  } else if (readable) {
    if (!check_readable(raw)) return -1;
  } else if (!check_writable(raw)) {
    return -1;
  }
  if (buffered_init_common(b, raw, size, readable, writable) < 0) return -1;
  b->fast_closed_checks = exact(self, own) && exact(raw, &FileIOType);
  b->ok = true;
  return 0;
}

int reader_init(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return init_with(self, args, nargs, kw, "BufferedReader", &BufferedReaderType, true, false);
}
int writer_init(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return init_with(self, args, nargs, kw, "BufferedWriter", &BufferedWriterType, false, true);
}
int random_init(Object* self, Object* const* args, ssize nargs, Object* kw) {
  return init_with(self, args, nargs, kw, "BufferedRandom", &BufferedRandomType, true, true);
}

void buffered_dealloc(Object* self) {
  BufferedObject* b = B(self);
  b->finalizing = true;
  if (!dealloc_finalize(self)) return;
  gc_untrack(self);
  clear_weakrefs(self);
  b->ok = false;
  clearref(b->raw);
  free(b->buffer);
  b->buffer = nullptr;
  if (b->lock_ready) sched::lock_destroy(&b->lock);
  clearref(b->dict);
  free_object(self);
}

int buffered_traverse(Object* self, visitproc visit, void* arg) {
  if (B(self)->raw)
    if (int r = visit(B(self)->raw, arg)) return r;
  return io_traverse_head(self, visit, arg);
}

int buffered_clear(Object* self) {
  B(self)->ok = false;
  clearref(B(self)->raw);
  clearref(B(self)->dict);
  return 0;
}

// ---- simple forwards to the raw stream ---------------------------------------------------------------
Object* forward(Object* self, ssize nargs, Object* kw, const char* qual, Object* name) {
  if (!no_args(qual, nargs, kw)) return nullptr;
  if (!check_initialized(B(self))) return nullptr;
  return call_method0(B(self)->raw, name);
}

Object* m_seekable(Object* self, Object* const*, ssize n, Object* kw) {
  return forward(self, n, kw, "BufferedReader.seekable", names::seekable);
}
Object* m_readable(Object* self, Object* const*, ssize n, Object* kw) {
  return forward(self, n, kw, "BufferedReader.readable", names::readable);
}
Object* m_writable(Object* self, Object* const*, ssize n, Object* kw) {
  return forward(self, n, kw, "BufferedWriter.writable", names::writable);
}
Object* m_fileno(Object* self, Object* const*, ssize n, Object* kw) {
  return forward(self, n, kw, "BufferedReader.fileno", names::fileno);
}
Object* m_isatty(Object* self, Object* const*, ssize n, Object* kw) {
  return forward(self, n, kw, "BufferedReader.isatty", names::isatty);
}
Object* m_simple_flush(Object* self, Object* const*, ssize n, Object* kw) {
  return forward(self, n, kw, "BufferedReader.flush", names::flush);
}

Object* m_dealloc_warn(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("BufferedReader._dealloc_warn", nargs, kw)) return nullptr;
  BufferedObject* b = B(self);
  if (b->ok && b->raw) {
    bool error;
    Object* fn = object_lookup_attr(b->raw, names::_dealloc_warn, &error);
    if (fn) {
      Object* r = call1(fn, args[0]);
      decref(fn);
      if (r) decref(r);
      else err_clear();
    } else if (error) {
      err_clear();
    }
  }
  return none_ref();
}

Object* m_detach(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BufferedReader.detach", nargs, kw)) return nullptr;
  BufferedObject* b = B(self);
  if (!check_initialized(b)) return nullptr;
  Object* r = call_method0(self, names::flush);
  if (!r) return nullptr;
  decref(r);
  Object* raw = b->raw;
  b->raw = nullptr;
  b->ok = false;
  b->detached = true;
  return raw;
}

Object* m_close(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BufferedReader.close", nargs, kw)) return nullptr;
  BufferedObject* b = B(self);
  if (!check_initialized(b)) return nullptr;
  if (!enter(b)) return nullptr;
  int r = raw_closed(b);
  if (r != 0) {
    leave(b);
    return r < 0 ? nullptr : none_ref();
  }
  if (b->finalizing) {
    Object* a[1] = {self};
    Object* w = m_dealloc_warn(self, a, 1, nullptr);
    if (w) decref(w);
    else err_clear();
  }
  // flush() takes the lock itself.
  leave(b);
  Object* res = call_method0(self, names::flush);
  if (!enter(b)) {
    xdecref(res);
    return nullptr;
  }
  Object* exc = nullptr;
  if (!res) exc = err_fetch();
  else decref(res);
  res = call_method0(b->raw, names::close);
  free(b->buffer);
  b->buffer = nullptr;
  if (exc) {
    chain_exceptions(exc);
    clearref(res);
  }
  b->read_end = 0;
  b->pos = 0;
  leave(b);
  return res;
}

// ---- flush / reading ----------------------------------------------------------------------------------
Object* m_flush(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BufferedWriter.flush", nargs, kw)) return nullptr;
  if (buffered_flush(B(self)) < 0) return nullptr;
  return none_ref();
}

Object* read_fast(BufferedObject* b, ssize n) {
  ssize cur = readahead(b);
  if (n <= cur) {
    Object* r = bytes_from(b->buffer + b->pos, n);
    if (r) b->pos += n;
    return r;
  }
  return none_ref();
}

Object* read_all(BufferedObject* b) {
  std::string acc;
  ssize current = readahead(b);
  if (current) {
    acc.assign(b->buffer + b->pos, size_t(current));
    b->pos += current;
  }
  if (b->writable && flush_and_rewind_unlocked(b) < 0) return nullptr;
  reset_read_buf(b);
  bool error;
  Object* readall = object_lookup_attr(b->raw, names::readall, &error);
  if (error) return nullptr;
  if (readall) {
    Object* tmp = call0(readall);
    decref(readall);
    if (!tmp) return nullptr;
    if (tmp != None && !is_bytes(tmp)) {
      decref(tmp);
      return err_format_null(Exc_TypeError, "readall() should return bytes");
    }
    if (current == 0) return tmp;
    if (tmp != None) acc.append(bytes_data(tmp), size_t(size_of(tmp)));
    decref(tmp);
    return bytes_from(acc.data(), ssize(acc.size()));
  }
  for (;;) {
    Object* data = call_method0(b->raw, names::read);
    if (!data) return nullptr;
    if (data != None && !is_bytes(data)) {
      decref(data);
      return err_format_null(Exc_TypeError, "read() should return bytes");
    }
    if (data == None || size_of(data) == 0) {
      if (current == 0) return data;
      decref(data);
      return bytes_from(acc.data(), ssize(acc.size()));
    }
    acc.append(bytes_data(data), size_t(size_of(data)));
    current += size_of(data);
    if (b->abs_pos != -1) b->abs_pos += size_of(data);
    decref(data);
  }
}

Object* read_generic(BufferedObject* b, ssize n) {
  ssize current = readahead(b);
  if (n <= current) return read_fast(b, n);
  BytesObject* res = bytes_alloc(n);
  if (!res) return nullptr;
  char* out = res->data;
  ssize remaining = n, written = 0;
  auto finish = [&](ssize got) -> Object* {
    if (got == n) return res;
    Object* r = bytes_from(out, got);
    decref(res);
    return r;
  };
  if (current > 0) {
    memcpy(out, b->buffer + b->pos, size_t(current));
    remaining -= current;
    written += current;
    b->pos += current;
  }
  if (b->writable && flush_and_rewind_unlocked(b) < 0) {
    decref(res);
    return nullptr;
  }
  reset_read_buf(b);
  while (remaining > 0) {
    ssize r = minus_last_block(b, remaining);
    if (r == 0) break;
    r = raw_read(b, out + written, r);
    if (r == -1) {
      decref(res);
      return nullptr;
    }
    if (r == 0 || r == -2) {
      if (r == 0 || written > 0) return finish(written);
      decref(res);
      return none_ref();
    }
    remaining -= r;
    written += r;
  }
  b->pos = 0;
  b->raw_pos = 0;
  b->read_end = 0;
  while (remaining > 0 && b->read_end < b->buffer_size) {
    ssize r = fill_buffer(b);
    if (r == -1) {
      decref(res);
      return nullptr;
    }
    if (r == 0 || r == -2) {
      if (r == 0 || written > 0) return finish(written);
      decref(res);
      return none_ref();
    }
    ssize take = remaining > r ? r : remaining;
    memcpy(out + written, b->buffer + b->pos, size_t(take));
    written += take;
    b->pos += take;
    remaining -= take;
  }
  return finish(written);
}

Object* m_read(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BufferedObject* b = B(self);
  if (!pos_args("BufferedReader.read", nargs, kw, 0, 1)) return nullptr;
  ssize n = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &n)) return nullptr;
  if (!check_initialized(b)) return nullptr;
  if (n < -1) return err_format_null(Exc_ValueError, "read length must be non-negative or -1");
  if (!check_not_closed(b, "read of closed file")) return nullptr;
  if (n == -1) {
    Locked lk(b);
    if (!lk.ok) return nullptr;
    return read_all(b);
  }
  Object* res = read_fast(b, n);
  if (res != None) return res;
  decref(res);
  Locked lk(b);
  if (!lk.ok) return nullptr;
  return read_generic(b, n);
}

Object* peek_unlocked(BufferedObject* b) {
  ssize have = readahead(b);
  if (have > 0) return bytes_from(b->buffer + b->pos, have);
  reset_read_buf(b);
  ssize r = fill_buffer(b);
  if (r == -1) return nullptr;
  if (r == -2) r = 0;
  b->pos = 0;
  return bytes_from(b->buffer, r);
}

Object* m_peek(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BufferedObject* b = B(self);
  if (!pos_args("BufferedReader.peek", nargs, kw, 0, 1)) return nullptr;
  ssize ignored = 0;
  if (nargs > 0 && !ssize_arg(args[0], &ignored)) return nullptr;
  if (!check_initialized(b)) return nullptr;
  if (!check_not_closed(b, "peek of closed file")) return nullptr;
  Locked lk(b);
  if (!lk.ok) return nullptr;
  if (b->writable && flush_and_rewind_unlocked(b) < 0) return nullptr;
  return peek_unlocked(b);
}

Object* m_read1(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BufferedObject* b = B(self);
  if (!pos_args("BufferedReader.read1", nargs, kw, 0, 1)) return nullptr;
  ssize n = -1;
  if (nargs > 0 && !ssize_arg(args[0], &n)) return nullptr;
  if (!check_initialized(b)) return nullptr;
  return buffered_read1(b, n);
}

Object* readinto_generic(Object* self, Object* arg, bool one) {
  BufferedObject* b = B(self);
  Buffer view;
  if (get_writable_buffer(one ? "readinto1" : "readinto", arg, &view) < 0) return nullptr;
  struct Release {
    Buffer* v;
    ~Release() { buffer_release(v); }
  } rel{&view};
  if (!check_initialized(b)) return nullptr;
  if (!check_not_closed(b, "readinto of closed file")) return nullptr;
  char* dst = static_cast<char*>(view.buf);
  ssize written = 0;
  ssize n = readahead(b);
  if (n > 0) {
    if (n >= view.len) {
      memcpy(dst, b->buffer + b->pos, size_t(view.len));
      b->pos += view.len;
      return int_from_i64(view.len);
    }
    memcpy(dst, b->buffer + b->pos, size_t(n));
    b->pos += n;
    written = n;
  }
  Locked lk(b);
  if (!lk.ok) return nullptr;
  if (b->writable && flush_and_rewind_unlocked(b) < 0) return nullptr;
  reset_read_buf(b);
  b->pos = 0;
  for (ssize remaining = view.len - written; remaining > 0; written += n, remaining -= n) {
    if (remaining > b->buffer_size) {
      n = raw_read(b, dst + written, remaining);
    } else if (!(one && written)) {
      n = fill_buffer(b);
      if (n > 0) {
        if (n > remaining) n = remaining;
        memcpy(dst + written, b->buffer + b->pos, size_t(n));
        b->pos += n;
        continue;
      }
    } else {
      n = 0;
    }
    if (n == 0 || (n == -2 && written > 0)) break;
    if (n < 0) return n == -2 ? none_ref() : nullptr;
    if (one) {
      written += n;
      break;
    }
  }
  return int_from_i64(written);
}

Object* m_readinto(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("BufferedReader.readinto", nargs, kw)) return nullptr;
  return readinto_generic(self, args[0], false);
}
Object* m_readinto1(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("BufferedReader.readinto1", nargs, kw)) return nullptr;
  return readinto_generic(self, args[0], true);
}

Object* readline_impl(BufferedObject* b, ssize limit) {
  if (!check_not_closed(b, "readline of closed file")) return nullptr;
  // First look for a line in the buffer (no thread switch can happen here).
  ssize n = readahead(b);
  if (limit >= 0 && n > limit) n = limit;
  const char* start = b->buffer + b->pos;
  const char* s = n > 0 ? static_cast<const char*>(memchr(start, '\n', size_t(n))) : nullptr;
  if (s) {
    Object* r = bytes_from(start, s - start + 1);
    if (r) b->pos += s - start + 1;
    return r;
  }
  if (n == limit) {
    Object* r = bytes_from(start, n);
    if (r) b->pos += n;
    return r;
  }
  Locked lk(b);
  if (!lk.ok) return nullptr;
  std::string acc;
  if (n > 0) {
    acc.assign(b->buffer + b->pos, size_t(n));
    b->pos += n;
    if (limit >= 0) limit -= n;
  }
  if (b->writable && flush_and_rewind_unlocked(b) < 0) return nullptr;
  for (;;) {
    reset_read_buf(b);
    n = fill_buffer(b);
    if (n == -1) return nullptr;
    if (n <= 0) break;
    if (limit >= 0 && n > limit) n = limit;
    const char* st = b->buffer;
    const void* nl = memchr(st, '\n', size_t(n));
    if (nl) {
      ssize len = static_cast<const char*>(nl) - st + 1;
      acc.append(st, size_t(len));
      b->pos = len;
      break;
    }
    acc.append(st, size_t(n));
    if (n == limit) {
      b->pos = n;
      break;
    }
    if (limit >= 0) limit -= n;
  }
  return bytes_from(acc.data(), ssize(acc.size()));
}

Object* m_readline(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!pos_args("BufferedReader.readline", nargs, kw, 0, 1)) return nullptr;
  ssize limit = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &limit)) return nullptr;
  if (!check_initialized(B(self))) return nullptr;
  return readline_impl(B(self), limit);
}

Object* buffered_iternext(Object* self) {
  if (!check_initialized(B(self))) return nullptr;
  Object* line;
  TypeObject* t = type_of(self);
  if (t == &BufferedReaderType || t == &BufferedRandomType) {
    line = readline_impl(B(self), -1);
  } else {
    line = call_readline_checked(self, false);
  }
  if (!line) return nullptr;
  if (size_of(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

// ---- positioning ---------------------------------------------------------------------------------------
Object* m_tell(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BufferedReader.tell", nargs, kw)) return nullptr;
  BufferedObject* b = B(self);
  if (!check_initialized(b)) return nullptr;
  off_t pos = raw_tell(b);
  if (pos == -1) return nullptr;
  pos -= raw_offset(b);
  return int_from_i64(pos);
}

Object* m_seek(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BufferedObject* b = B(self);
  if (!pos_args("BufferedReader.seek", nargs, kw, 1, 2)) return nullptr;
  int whence = 0;
  if (nargs > 1 && !int_arg(args[1], &whence)) return nullptr;
  if (!check_initialized(b)) return nullptr;
  if ((whence < 0 || whence > 2) && whence != 3 /* SEEK_DATA */ && whence != 4 /* SEEK_HOLE */)
    return err_format_null(Exc_ValueError, "whence value %d unsupported", whence);
  if (!check_not_closed(b, "seek of closed file")) return nullptr;
  if (!check_seekable(b->raw)) return nullptr;
  Object* i = number_index(args[0]);
  if (!i) return nullptr;
  bool fits = int_fits_i64(i);
  off_t target = fits ? off_t(int_as_i64(i)) : 0;
  decref(i);
  if (!fits) return err_format_null(Exc_ValueError, "cannot fit 'int' into an offset-sized integer");
  if ((whence == 0 || whence == 1) && b->readable) {
    off_t current = b->abs_pos != -1 ? b->abs_pos : raw_tell(b);
    if (current == -1) return nullptr;
    ssize avail = readahead(b);
    if (avail > 0) {
      off_t offset = whence == 0 ? target - (current - raw_offset(b)) : target;
      if (offset >= -b->pos && offset <= avail) {
        b->pos += offset;
        return int_from_i64(current - avail + offset);
      }
    }
  }
  Locked lk(b);
  if (!lk.ok) return nullptr;
  if (b->writable && flush_unlocked(b) < 0) return nullptr;
  if (whence == 1) target -= raw_offset(b);
  off_t n = raw_seek(b, target, whence);
  if (n == -1) return nullptr;
  b->raw_pos = -1;
  if (b->readable) reset_read_buf(b);
  return int_from_i64(n);
}

Object* m_truncate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  BufferedObject* b = B(self);
  if (!pos_args("BufferedWriter.truncate", nargs, kw, 0, 1)) return nullptr;
  if (!check_initialized(b)) return nullptr;
  if (!check_not_closed(b, "truncate of closed file")) return nullptr;
  if (!b->writable) return unsupported("truncate");
  Locked lk(b);
  if (!lk.ok) return nullptr;
  if (flush_and_rewind_unlocked(b) < 0) return nullptr;
  Object* res = call_method1(b->raw, names::truncate, nargs > 0 ? args[0] : None);
  if (!res) return nullptr;
  if (raw_tell(b) == -1) err_clear();
  return res;
}

// ---- writing ---------------------------------------------------------------------------------------------
Object* m_write(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!one_arg("BufferedWriter.write", nargs, kw)) return nullptr;
  BytesLike data;
  if (!data.get(args[0])) return nullptr;
  ssize n = buffered_write_data(B(self), data.data(), data.size());
  return n < 0 ? nullptr : int_from_i64(n);
}

// ---- attributes ------------------------------------------------------------------------------------------
Object* g_raw(Object* self, void*) { return newref(B(self)->raw ? B(self)->raw : None); }
Object* g_closed(Object* self, void*) {
  if (!check_initialized(B(self))) return nullptr;
  return object_getattr(B(self)->raw, names::closed);
}
Object* g_name(Object* self, void*) {
  if (!check_initialized(B(self))) return nullptr;
  return object_getattr(B(self)->raw, names::name);
}
Object* g_mode(Object* self, void*) {
  if (!check_initialized(B(self))) return nullptr;
  return object_getattr(B(self)->raw, names::mode);
}

Object* buffered_repr(Object* self) {
  bool error;
  Object* nameobj = object_lookup_attr(self, names::name, &error);
  if (error) {
    if (!err_matches(Exc_ValueError)) return nullptr;
    err_clear();
  }
  if (!nameobj) return str_from(std::string("<") + type_name(self) + ">");
  std::string nr;
  bool ok = guarded_repr(self, nameobj, &nr);
  decref(nameobj);
  if (!ok) return nullptr;
  std::string out = std::string("<") + type_name(self) + " name=" + nr + ">";
  return str_from(out);
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BufferedReader.__sizeof__", nargs, kw)) return nullptr;
  ssize n = type_of(self)->tp_basicsize;
  if (B(self)->buffer) n += B(self)->buffer_size;
  return int_from_i64(n);
}

GetSetDef buffered_getset[] = {
    {"raw", g_raw, nullptr, nullptr, nullptr},
    {"closed", g_closed, nullptr, nullptr, nullptr},
    {"name", g_name, nullptr, nullptr, nullptr},
    {"mode", g_mode, nullptr, nullptr, nullptr},
    {"_finalizing", finalizing_get, finalizing_set, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

#define COMMON_METHODS                                                          \
  {"detach", m_detach, METH_DEFAULT, nullptr},                                  \
      {"close", m_close, METH_DEFAULT, nullptr},                                \
      {"seekable", m_seekable, METH_DEFAULT, nullptr},                          \
      {"fileno", m_fileno, METH_DEFAULT, nullptr},                              \
      {"isatty", m_isatty, METH_DEFAULT, nullptr},                              \
      {"_dealloc_warn", m_dealloc_warn, METH_DEFAULT, nullptr},                 \
      {"seek", m_seek, METH_DEFAULT, nullptr}, {"tell", m_tell, METH_DEFAULT, nullptr}, \
      {"truncate", m_truncate, METH_DEFAULT, nullptr},                          \
      {"__sizeof__", m_sizeof, METH_DEFAULT, nullptr}

#define READ_METHODS                                                                       \
  {"readable", m_readable, METH_DEFAULT, nullptr}, {"read", m_read, METH_DEFAULT, nullptr},     \
      {"peek", m_peek, METH_DEFAULT, nullptr}, {"read1", m_read1, METH_DEFAULT, nullptr},   \
      {"readinto", m_readinto, METH_DEFAULT, nullptr},                                     \
      {"readinto1", m_readinto1, METH_DEFAULT, nullptr},                                   \
      {"readline", m_readline, METH_DEFAULT, nullptr}

#define WRITE_METHODS \
  {"writable", m_writable, METH_DEFAULT, nullptr}, {"write", m_write, METH_DEFAULT, nullptr}

MethodDef reader_methods[] = {
    COMMON_METHODS, READ_METHODS, {"flush", m_simple_flush, METH_DEFAULT, nullptr}, {nullptr, nullptr, 0, nullptr},
};
MethodDef writer_methods[] = {
    COMMON_METHODS, WRITE_METHODS, {"flush", m_flush, METH_DEFAULT, nullptr}, {nullptr, nullptr, 0, nullptr},
};
MethodDef random_methods[] = {
    COMMON_METHODS, READ_METHODS, WRITE_METHODS, {"flush", m_flush, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- BufferedRWPair --------------------------------------------------------------------------------------
struct RWPairObject : IOHead {
  Object* reader;
  Object* writer;
};
RWPairObject* P(Object* o) { return static_cast<RWPairObject*>(o); }

int rwpair_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) > 0) {
    err_set_string(Exc_TypeError, "BufferedRWPair() takes no keyword arguments");
    return -1;
  }
  if (nargs < 2 || nargs > 3) {
    err_format(Exc_TypeError, "BufferedRWPair expected %s %d argument%s, got %zd", nargs < 2 ? "at least" : "at most",
               nargs < 2 ? 2 : 3, "s", nargs);
    return -1;
  }
  ssize size = DEFAULT_BUFFER_SIZE;
  if (nargs > 2 && !ssize_arg(args[2], &size)) return -1;
  if (!check_readable(args[0]) || !check_writable(args[1])) return -1;
  Object* sz = int_from_i64(size);
  if (!sz) return -1;
  Object* reader = call2(&BufferedReaderType, args[0], sz);
  Object* writer = reader ? call2(&BufferedWriterType, args[1], sz) : nullptr;
  decref(sz);
  if (!writer) {
    xdecref(reader);
    return -1;
  }
  setref(P(self)->reader, reader);
  setref(P(self)->writer, writer);
  return 0;
}

void rwpair_dealloc(Object* self) {
  if (!dealloc_finalize(self)) return;
  gc_untrack(self);
  clear_weakrefs(self);
  clearref(P(self)->reader);
  clearref(P(self)->writer);
  clearref(P(self)->dict);
  free_object(self);
}

int rwpair_traverse(Object* self, visitproc visit, void* arg) {
  if (P(self)->reader)
    if (int r = visit(P(self)->reader, arg)) return r;
  if (P(self)->writer)
    if (int r = visit(P(self)->writer, arg)) return r;
  return io_traverse_head(self, visit, arg);
}

int rwpair_clear(Object* self) {
  clearref(P(self)->reader);
  clearref(P(self)->writer);
  clearref(P(self)->dict);
  return 0;
}

Object* forward_call(Object* target, Object* name, Object* const* args, ssize nargs) {
  if (!target) return err_format_null(Exc_ValueError, "I/O operation on uninitialized object");
  Object* fn = object_getattr(target, name);
  if (!fn) {
    err_clear();
    err_set_object(Exc_AttributeError, name);
    return nullptr;
  }
  Object* r = call(fn, args, nargs);
  decref(fn);
  return r;
}

#define RW_FORWARD(fname, side, name)                                              \
  Object* fname(Object* self, Object* const* args, ssize nargs, Object* kw) {       \
    if (kw && size_of(kw) > 0)                                                     \
      return err_format_null(Exc_TypeError, "%s() takes no keyword arguments", #name); \
    return forward_call(P(self)->side, names::name, args, nargs);                    \
  }
RW_FORWARD(rw_read, reader, read)
RW_FORWARD(rw_peek, reader, peek)
RW_FORWARD(rw_read1, reader, read1)
RW_FORWARD(rw_readinto, reader, readinto)
RW_FORWARD(rw_readinto1, reader, readinto1)
RW_FORWARD(rw_write, writer, write)
RW_FORWARD(rw_flush, writer, flush)
RW_FORWARD(rw_readable, reader, readable)
RW_FORWARD(rw_writable, writer, writable)
#undef RW_FORWARD

Object* rw_close(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BufferedRWPair.close", nargs, kw)) return nullptr;
  Object* r = forward_call(P(self)->writer, names::close, nullptr, 0);
  Object* exc = nullptr;
  if (!r) exc = err_fetch();
  else decref(r);
  Object* ret = forward_call(P(self)->reader, names::close, nullptr, 0);
  if (exc) {
    chain_exceptions(exc);
    clearref(ret);
  }
  return ret;
}

Object* rw_isatty(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("BufferedRWPair.isatty", nargs, kw)) return nullptr;
  Object* r = forward_call(P(self)->writer, names::isatty, nullptr, 0);
  if (r != False) return r;
  decref(r);
  return forward_call(P(self)->reader, names::isatty, nullptr, 0);
}

Object* rw_closed(Object* self, void*) {
  if (!P(self)->writer)
    return err_format_null(Exc_RuntimeError, "the BufferedRWPair object is being garbage-collected");
  return object_getattr(P(self)->writer, names::closed);
}

MethodDef rwpair_methods[] = {
    {"read", rw_read, METH_DEFAULT, nullptr},         {"peek", rw_peek, METH_DEFAULT, nullptr},
    {"read1", rw_read1, METH_DEFAULT, nullptr},       {"readinto", rw_readinto, METH_DEFAULT, nullptr},
    {"readinto1", rw_readinto1, METH_DEFAULT, nullptr}, {"write", rw_write, METH_DEFAULT, nullptr},
    {"flush", rw_flush, METH_DEFAULT, nullptr},       {"readable", rw_readable, METH_DEFAULT, nullptr},
    {"writable", rw_writable, METH_DEFAULT, nullptr}, {"close", rw_close, METH_DEFAULT, nullptr},
    {"isatty", rw_isatty, METH_DEFAULT, nullptr},     {nullptr, nullptr, 0, nullptr},
};

GetSetDef rwpair_getset[] = {
    {"closed", rw_closed, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* rwpair_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_io(type);
  if (!o) return nullptr;
  gc_track(o);
  return o;
}

void buffered_type(TypeObject& t, const char* name, initfunc init, MethodDef* methods, const char* doc) {
  io_type(t, name, sizeof(BufferedObject), &BufferedIOBaseType, buffered_new, init, buffered_dealloc,
          buffered_traverse, buffered_clear, methods, buffered_getset, doc);
  t.tp_repr = buffered_repr;
}

}  // namespace

// ---- entry points for the text layer ------------------------------------------------------------------
ssize buffered_write_data(BufferedObject* b, const char* data, ssize len) {
  if (!check_initialized(b)) return -1;
  Locked lk(b);
  if (!lk.ok) return -1;
  int c = is_closed(b);
  if (c != 0) {
    if (c > 0) err_set_string(Exc_ValueError, "write to closed file");
    return -1;
  }
  if (!valid_read(b) && !valid_write(b)) {
    b->pos = 0;
    b->raw_pos = 0;
  }
  ssize avail = ssize(b->buffer_size - b->pos);
  if (len <= avail) {
    memcpy(b->buffer + b->pos, data, size_t(len));
    if (!valid_write(b) || b->write_pos > b->pos) b->write_pos = b->pos;
    adjust_position(b, b->pos + len);
    if (b->pos > b->write_end) b->write_end = b->pos;
    return len;
  }
  // First write the current buffer.
  if (flush_unlocked(b) < 0) {
    if (!err_matches(Exc_BlockingIOError)) return -1;
    if (b->readable) reset_read_buf(b);
    // Make some room by shifting the buffer.
    memmove(b->buffer, b->buffer + b->write_pos, size_t(b->write_end - b->write_pos));
    b->write_end -= b->write_pos;
    b->raw_pos -= b->write_pos;
    b->pos -= b->write_pos;
    b->write_pos = 0;
    avail = ssize(b->buffer_size - b->write_end);
    if (len <= avail) {
      err_clear();  // everything can be buffered
      memcpy(b->buffer + b->write_end, data, size_t(len));
      b->write_end += len;
      b->pos += len;
      return len;
    }
    memcpy(b->buffer + b->write_end, data, size_t(avail));
    b->write_end += avail;
    b->pos += avail;
    Object* exc = err_fetch();
    Object* w = int_from_i64(avail);
    if (w) {
      object_setattr(exc, names::characters_written, w);
      decref(w);
    }
    err_clear();
    err_restore(exc);
    return -1;
  }
  // Bring the raw position back to the logical one (a read buffer that was
  // filled but not written).
  off_t offset = raw_offset(b);
  if (offset != 0) {
    if (raw_seek(b, -offset, 1) < 0) return -1;
    b->raw_pos -= offset;
  }
  ssize remaining = len, written = 0;
  while (remaining > b->buffer_size) {
    ssize n = raw_write(b, data + written, len - written);
    if (n == -1) return -1;
    if (n == -2) {
      if (remaining > b->buffer_size) {
        memcpy(b->buffer, data + written, size_t(b->buffer_size));
        b->raw_pos = 0;
        adjust_position(b, b->buffer_size);
        b->write_end = b->buffer_size;
        written += b->buffer_size;
        set_blocking_error("write could not complete without blocking", written);
        return -1;
      }
      break;
    }
    written += n;
    remaining -= n;
  }
  if (b->readable) reset_read_buf(b);
  if (remaining > 0) {
    memcpy(b->buffer, data + written, size_t(remaining));
    written += remaining;
  }
  b->write_pos = 0;
  b->write_end = remaining;
  adjust_position(b, remaining);
  b->raw_pos = 0;
  return written;
}

int buffered_flush(BufferedObject* b) {
  if (!check_initialized(b)) return -1;
  if (!b->writable) {  // BufferedReader.flush(): the raw stream's
    Object* r = call_method0(b->raw, names::flush);
    if (!r) return -1;
    decref(r);
    return 0;
  }
  if (!check_not_closed(b, "flush of closed file")) return -1;
  Locked lk(b);
  if (!lk.ok) return -1;
  return flush_and_rewind_unlocked(b);
}

Object* buffered_read1(BufferedObject* b, ssize n) {
  if (!check_initialized(b)) return nullptr;
  if (n < 0) n = b->buffer_size;
  if (!check_not_closed(b, "read of closed file")) return nullptr;
  if (n == 0) return bytes_from(nullptr, 0);
  ssize have = readahead(b);
  if (have > 0) return read_fast(b, have < n ? have : n);
  BytesObject* res = bytes_alloc(n);
  if (!res) return nullptr;
  ssize r;
  {
    Locked lk(b);
    if (!lk.ok) {
      decref(res);
      return nullptr;
    }
    if (b->writable && flush_and_rewind_unlocked(b) < 0) {
      decref(res);
      return nullptr;
    }
    reset_read_buf(b);
    r = raw_read(b, res->data, n);
  }
  if (r == -1) {
    decref(res);
    return nullptr;
  }
  if (r == -2) r = 0;
  if (r == n) return res;
  Object* out = bytes_from(res->data, r);
  decref(res);
  return out;
}

void init_buffered_types() {
  buffered_type(BufferedReaderType, "_io.BufferedReader", reader_init, reader_methods,
                "BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\nCreate a new buffered reader using "
                "the given readable raw IO object.");
  BufferedReaderType.tp_iternext = buffered_iternext;
  buffered_type(BufferedWriterType, "_io.BufferedWriter", writer_init, writer_methods,
                "BufferedWriter(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\nA buffer for a writeable sequential "
                "RawIO object.\n\nThe constructor creates a BufferedWriter for the given writeable raw\nstream. If "
                "the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE.");
  buffered_type(BufferedRandomType, "_io.BufferedRandom", random_init, random_methods,
                "BufferedRandom(raw, buffer_size=DEFAULT_BUFFER_SIZE)\n--\n\nA buffered interface to random access "
                "streams.\n\nThe constructor creates a reader and writer for a seekable stream,\nraw, given in the "
                "first argument. If the buffer_size is omitted it\ndefaults to DEFAULT_BUFFER_SIZE.");
  BufferedRandomType.tp_iternext = buffered_iternext;

  io_type(BufferedRWPairType, "_io.BufferedRWPair", sizeof(RWPairObject), &BufferedIOBaseType, rwpair_new,
          rwpair_init, rwpair_dealloc, rwpair_traverse, rwpair_clear, rwpair_methods, rwpair_getset, nullptr);
  BufferedRWPairType.tp_doc =
      "BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /)\n--\n\nA buffered reader and writer "
      "object together.\n\nA buffered reader object and buffered writer object put together to\nform a sequential "
      "IO object that can read and write. This is typically\nused with a socket or two-way pipe.\n\nreader and "
      "writer are RawIOBase objects that are readable and\nwriteable respectively. If the buffer_size is omitted "
      "it defaults to\nDEFAULT_BUFFER_SIZE.";

  BufferViewType.tp_name = "_io._BufferView";
  BufferViewType.tp_basicsize = sizeof(BufferViewObject);
  BufferViewType.tp_dealloc = bufview_dealloc;
  BufferViewType.bf_getbuffer = bufview_getbuffer;
}

}  // namespace stdlib::io

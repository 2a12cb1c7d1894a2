// File objects over OS file descriptors, the standard streams' type, io.StringIO
// and the io module.
//
// One C++ layout (FileObject) serves four Python types: _io.TextIOWrapper
// (text: str in, str out, UTF-8, universal newlines on read) and
// _io.BufferedReader / BufferedWriter / BufferedRandom (bytes).  Each file has
// a write buffer and a read buffer; at most one of them holds data at a time
// (a read flushes pending writes, a write seeks back over unread input).
#include "fileio.h"
#include "../runtime/sched.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "modules.h"
#include "../runtime/buffer.h"
#include "../runtime/state.h"

namespace rt {
TypeObject TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, StringIOType;
}

namespace stdlib {
using namespace rt;

// ---------------------------------------------------------------------------
// Blocking primitives (the GIL engineer releases the lock around these).
// ---------------------------------------------------------------------------
ssize_t read_fd(int fd, char* buf, size_t n) {
  return rt::sched::read_fd(fd, buf, n);  // releases the GIL while it blocks
}

int sleep_for(double secs) {
  return rt::sched::sleep(secs);  // the scheduler layer: GIL released, virtual clock in seeded mode
}

namespace {

constexpr size_t BUF_SIZE = 8192;

enum NewlineMode : uint8_t { NL_UNIVERSAL, NL_NONE_TRANSLATE /* '' */, NL_LF, NL_CR, NL_CRLF };

struct FileObject : Object {
  int fd;
  bool readable, writable, appending, binary, closefd, closed, line_buffered, unbuffered;
  NewlineMode newline;
  Object* name;      // str or int
  Object* mode;      // str
  Object* encoding;  // str (text files) or null
  Object* errors;    // str (text files) or null
  char* wbuf;
  size_t wlen, wcap;
  char* rbuf;
  size_t rpos, rlen, rcap;
  Object* weaklist;  // first weak reference (runtime/weakref.cpp), not owned
};

FileObject* F(Object* o) { return static_cast<FileObject*>(o); }

bool write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += w;
    n -= size_t(w);
  }
  return true;
}

int flush_wbuf(FileObject* f) {
  if (f->wlen == 0) return 0;
  size_t n = f->wlen;
  f->wlen = 0;
  if (!write_all(f->fd, f->wbuf, n)) {
    err_set_from_errno(Exc_OSError, errno);
    return -1;
  }
  return 0;
}

// Raise io.UnsupportedOperation(msg); the class lives in the io module.
void raise_unsupported(const char* msg) {
  Object* m = import_module("_io");
  Object* cls = m ? module_getattr_str(m, "UnsupportedOperation") : nullptr;
  if (!m) err_clear();
  if (cls && is_type(cls))
    err_set_string(static_cast<TypeObject*>(cls), msg);
  else
    err_set_string(Exc_OSError, msg);
  xdecref(m);
}

bool check_open(FileObject* f, const char* msg = "I/O operation on closed file.") {
  if (f->closed) {
    err_set_string(Exc_ValueError, msg);
    return false;
  }
  return true;
}

// Drop unread input before a write or seek, moving the OS position back over it.
int drop_read_buffer(FileObject* f) {
  if (f->rpos < f->rlen) {
    off_t back = off_t(f->rlen - f->rpos);
    if (::lseek(f->fd, -back, SEEK_CUR) < 0 && errno != ESPIPE) {
      err_set_from_errno(Exc_OSError, errno);
      return -1;
    }
  }
  f->rpos = f->rlen = 0;
  return 0;
}

bool prepare_read(FileObject* f, const char* closed_msg) {
  if (!check_open(f, closed_msg)) return false;
  if (!f->readable) {
    raise_unsupported(f->binary ? "read" : "not readable");
    return false;
  }
  return flush_wbuf(f) == 0;
}

bool prepare_write(FileObject* f) {
  if (!check_open(f, f->binary ? "write to closed file" : "I/O operation on closed file.")) return false;
  if (!f->writable) {
    raise_unsupported(f->binary ? "write" : "not writable");
    return false;
  }
  return drop_read_buffer(f) == 0;
}

// Read more input after the unread bytes.  1: got data, 0: end of file, -1: error.
int fill(FileObject* f) {
  if (f->rpos > 0) {
    memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
    f->rlen -= f->rpos;
    f->rpos = 0;
  }
  if (f->rcap - f->rlen < BUF_SIZE / 2) {
    size_t ncap = f->rcap ? f->rcap * 2 : BUF_SIZE;
    char* nb = static_cast<char*>(realloc(f->rbuf, ncap));
    if (!nb) {
      err_no_memory();
      return -1;
    }
    f->rbuf = nb;
    f->rcap = ncap;
  }
  ssize_t r = read_fd(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
  if (r < 0) {
    if (!err_occurred()) err_set_from_errno(Exc_OSError, errno);  // (a Ctrl-C left KeyboardInterrupt)
    return -1;
  }
  f->rlen += size_t(r);
  return r > 0 ? 1 : 0;
}

int buffer_write(FileObject* f, const char* data, size_t n) {
  if (f->wcap == 0) {
    f->wbuf = static_cast<char*>(malloc(BUF_SIZE));
    if (!f->wbuf) {
      err_no_memory();
      return -1;
    }
    f->wcap = BUF_SIZE;
  }
  if (f->wlen + n > f->wcap) {
    if (flush_wbuf(f) < 0) return -1;
    if (n >= f->wcap) {  // too big to buffer: straight through
      if (!write_all(f->fd, data, n)) {
        err_set_from_errno(Exc_OSError, errno);
        return -1;
      }
      return 0;
    }
  }
  memcpy(f->wbuf + f->wlen, data, n);
  f->wlen += n;
  if (f->unbuffered || (f->line_buffered && memchr(data, f->newline == NL_CR ? '\r' : '\n', n)))
    return flush_wbuf(f);
  return 0;
}

int text_write_utf8(FileObject* f, const char* data, size_t n) {
  if (f->newline != NL_CR && f->newline != NL_CRLF) return buffer_write(f, data, n);
  const char* rep = f->newline == NL_CR ? "\r" : "\r\n";
  size_t start = 0;
  for (size_t i = 0; i < n; i++)
    if (data[i] == '\n') {
      if (buffer_write(f, data + start, i - start) < 0 || buffer_write(f, rep, strlen(rep)) < 0) return -1;
      start = i + 1;
    }
  return buffer_write(f, data + start, n - start);
}

// Text input: up to max_chars code points (-1: all), stopping after a line end when `line`.
Object* text_read(FileObject* f, ssize max_chars, bool line) {
  std::string out;
  ssize chars = 0;
  int pending_cont = 0;  // continuation bytes still owed by the last code point taken
  bool translate = f->newline == NL_UNIVERSAL;
  bool cr_ends = f->newline == NL_UNIVERSAL || f->newline == NL_NONE_TRANSLATE || f->newline == NL_CR;
  bool lf_ends = f->newline != NL_CR;
  for (;;) {
    if (max_chars >= 0 && chars >= max_chars && pending_cont == 0) break;
    if (f->rpos >= f->rlen) {
      int r = fill(f);
      if (r < 0) return nullptr;
      if (r == 0) break;
    }
    size_t i = f->rpos;
    bool done = false;
    while (i < f->rlen) {
      unsigned char c = static_cast<unsigned char>(f->rbuf[i]);
      if ((c & 0xC0) == 0x80) {
        if (pending_cont > 0) pending_cont--;
        i++;
        continue;
      }
      if (max_chars >= 0 && chars >= max_chars) {
        done = true;
        break;
      }
      pending_cont = 0;
      if (c == '\r' && cr_ends) break;  // handled below (may need a look-ahead)
      chars++;
      i++;
      if (c >= 0xC0) pending_cont = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
      if (line && c == '\n' && lf_ends) {
        done = true;
        break;
      }
    }
    out.append(f->rbuf + f->rpos, i - f->rpos);
    f->rpos = i;
    if (done) break;
    if (i < f->rlen) {  // stopped at '\r'
      f->rpos++;
      chars++;
      bool crlf = false;
      if (f->newline != NL_CR) {
        if (f->rpos >= f->rlen && fill(f) < 0) return nullptr;
        if (f->rpos < f->rlen && f->rbuf[f->rpos] == '\n') {
          crlf = true;
          f->rpos++;
        }
      }
      if (translate) {
        out += '\n';
      } else {
        out += '\r';
        if (crlf) out += '\n';
      }
      if (line) break;
    }
  }
  return str_from_utf8(out.data(), ssize(out.size()));
}

// Binary input: up to n bytes (-1: all), stopping after '\n' when `line`.
Object* binary_read(FileObject* f, ssize n, bool line) {
  std::string out;
  for (;;) {
    if (n >= 0 && ssize(out.size()) >= n) break;
    if (f->rpos >= f->rlen) {
      if (!out.empty() && n < 0 && !line) {
        // keep reading until EOF
      }
      int r = fill(f);
      if (r < 0) return nullptr;
      if (r == 0) break;
    }
    size_t avail = f->rlen - f->rpos;
    if (n >= 0) avail = std::min(avail, size_t(n) - out.size());
    const char* p = f->rbuf + f->rpos;
    if (line) {
      const void* nl = memchr(p, '\n', avail);
      if (nl) {
        size_t k = size_t(static_cast<const char*>(nl) - p) + 1;
        out.append(p, k);
        f->rpos += k;
        break;
      }
    }
    out.append(p, avail);
    f->rpos += avail;
  }
  return bytes_from(out.data(), ssize(out.size()));
}

Object* do_readline(FileObject* f, ssize limit) {
  if (f->binary) {
    if (!prepare_read(f, "readline of closed file")) return nullptr;
    return binary_read(f, limit, true);
  }
  if (!prepare_read(f, "I/O operation on closed file.")) return nullptr;
  return text_read(f, limit, true);
}

int file_close_impl(FileObject* f) {
  if (f->closed) return 0;
  int r = flush_wbuf(f);
  f->closed = true;
  f->rpos = f->rlen = 0;
  if (f->closefd && f->fd >= 0) {
    if (::close(f->fd) < 0 && r == 0) {
      err_set_from_errno(Exc_OSError, errno);
      r = -1;
    }
  }
  return r;
}

// ---- the Python-visible methods ---------------------------------------------------

ssize size_arg(Object* o) {
  if (!o || o == None) return -1;
  ssize n = number_as_ssize(o, Exc_OverflowError);
  if (n == -1 && err_occurred()) return -2;
  return n < 0 ? -1 : n;
}

Object* m_read(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  FileObject* f = F(self);
  Object* a[1] = {nullptr};
  if (!parse_args("read", args, nargs, kwnames, "|size", a)) return nullptr;
  ssize n = size_arg(a[0]);
  if (n == -2) return nullptr;
  if (!prepare_read(f, f->binary ? "read of closed file" : "I/O operation on closed file.")) return nullptr;
  return f->binary ? binary_read(f, n, false) : text_read(f, n, false);
}

Object* m_readline(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {nullptr};
  if (!parse_args("readline", args, nargs, kwnames, "|size", a)) return nullptr;
  ssize n = size_arg(a[0]);
  if (n == -2) return nullptr;
  return do_readline(F(self), n);
}

Object* m_readlines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  FileObject* f = F(self);
  Object* a[1] = {nullptr};
  if (!parse_args("readlines", args, nargs, kwnames, "|hint", a)) return nullptr;
  ssize hint = size_arg(a[0]);
  if (hint == -2) return nullptr;
  if (!check_open(f)) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  ssize total = 0;
  for (;;) {
    Object* line = do_readline(f, -1);
    if (!line) {
      decref(list);
      return nullptr;
    }
    ssize len = size_of(line);
    if (len == 0) {
      decref(line);
      break;
    }
    int r = list_append(list, line);
    decref(line);
    if (r < 0) {
      decref(list);
      return nullptr;
    }
    total += len;
    if (hint > 0 && total >= hint) break;
  }
  return list;
}

Object* iternext(Object* self) {
  Object* line = do_readline(F(self), -1);
  if (!line) return nullptr;
  if (size_of(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* file_iter(Object* self) {
  if (!check_open(F(self))) return nullptr;
  return newref(self);
}

// Write one object; returns the count to report (chars or bytes), -1 on error.
ssize write_object(FileObject* f, Object* v) {
  if (!f->binary) {
    if (!is_str(v)) {
      err_format(Exc_TypeError, "write() argument must be str, not %s", type_name(v));
      return -1;
    }
    if (!prepare_write(f)) return -1;
    if (text_write_utf8(f, str_utf8(v), size_t(str_utf8_len(v))) < 0) return -1;
    return str_len(v);
  }
  rt::BytesLike data;  // any bytes-like object (bytes, bytearray, memoryview, ...)
  if (!data.get(v)) return -1;
  if (!prepare_write(f)) return -1;
  if (buffer_write(f, data.data(), size_t(data.size())) < 0) return -1;
  return data.size();
}

Object* m_write(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("write", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "write() takes exactly one argument (%zd given)", nargs);
  ssize n = write_object(F(self), args[0]);
  return n < 0 ? nullptr : int_from_i64(n);
}

struct WriteLinesCtx {
  FileObject* f;
};
int writelines_one(Object* item, void* ctx) {
  return write_object(static_cast<WriteLinesCtx*>(ctx)->f, item) < 0 ? -1 : 0;
}

Object* m_writelines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("writelines", args, nargs, kwnames, "lines", a)) return nullptr;
  if (!check_open(F(self))) return nullptr;
  WriteLinesCtx ctx{F(self)};
  if (iterate(a[0], writelines_one, &ctx) < 0) return nullptr;
  return none_ref();
}

Object* m_flush(Object* self, Object* const*, ssize, Object*) {
  FileObject* f = F(self);
  if (!check_open(f)) return nullptr;
  if (flush_wbuf(f) < 0) return nullptr;
  return none_ref();
}

Object* m_close(Object* self, Object* const*, ssize, Object*) {
  if (file_close_impl(F(self)) < 0) return nullptr;
  return none_ref();
}

Object* m_fileno(Object* self, Object* const*, ssize, Object*) {
  if (!check_open(F(self), "I/O operation on closed file")) return nullptr;
  return int_from_i64(F(self)->fd);
}

Object* m_isatty(Object* self, Object* const*, ssize, Object*) {
  if (!check_open(F(self), "I/O operation on closed file")) return nullptr;
  return bool_ref(::isatty(F(self)->fd) == 1);
}

Object* m_readable(Object* self, Object* const*, ssize, Object*) {
  if (!check_open(F(self), "I/O operation on closed file")) return nullptr;
  return bool_ref(F(self)->readable);
}

Object* m_writable(Object* self, Object* const*, ssize, Object*) {
  if (!check_open(F(self), "I/O operation on closed file")) return nullptr;
  return bool_ref(F(self)->writable);
}

Object* m_seekable(Object* self, Object* const*, ssize, Object*) {
  if (!check_open(F(self), "I/O operation on closed file")) return nullptr;
  return bool_ref(::lseek(F(self)->fd, 0, SEEK_CUR) >= 0);
}

Object* m_seek(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  FileObject* f = F(self);
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args("seek", args, nargs, kwnames, "cookie|whence", a)) return nullptr;
  if (!check_open(f, f->binary ? "seek of closed file" : "I/O operation on closed file.")) return nullptr;
  ssize off = number_as_ssize(a[0], Exc_OverflowError);
  if (off == -1 && err_occurred()) return nullptr;
  ssize whence = 0;
  if (a[1]) {
    whence = number_as_ssize(a[1], Exc_OverflowError);
    if (whence == -1 && err_occurred()) return nullptr;
  }
  if (whence < 0 || whence > 2) return err_format_null(Exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
  if (!f->binary) {
    if (whence == 1 && off != 0) {
      raise_unsupported("can't do nonzero cur-relative seeks");
      return nullptr;
    }
    if (whence == 2 && off != 0) {
      raise_unsupported("can't do nonzero end-relative seeks");
      return nullptr;
    }
    if (whence == 0 && off < 0) return err_format_null(Exc_ValueError, "negative seek position %zd", off);
  }
  if (flush_wbuf(f) < 0) return nullptr;
  if (whence == 1) off -= ssize(f->rlen - f->rpos);
  f->rpos = f->rlen = 0;
  off_t pos = ::lseek(f->fd, off_t(off), int(whence));
  if (pos < 0) {
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return int_from_i64(pos);
}

Object* m_tell(Object* self, Object* const*, ssize, Object*) {
  FileObject* f = F(self);
  if (!check_open(f, f->binary ? "I/O operation on closed file" : "I/O operation on closed file.")) return nullptr;
  off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
  if (pos < 0) {
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return int_from_i64(int64_t(pos) - int64_t(f->rlen - f->rpos) + int64_t(f->wlen));
}

Object* m_truncate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  FileObject* f = F(self);
  Object* a[1] = {nullptr};
  if (!parse_args("truncate", args, nargs, kwnames, "|pos", a)) return nullptr;
  if (!prepare_write(f) || flush_wbuf(f) < 0) return nullptr;
  off_t pos;
  if (a[0] && a[0] != None) {
    pos = off_t(number_as_ssize(a[0], Exc_OverflowError));
    if (pos == -1 && err_occurred()) return nullptr;
  } else {
    pos = ::lseek(f->fd, 0, SEEK_CUR);
  }
  if (::ftruncate(f->fd, pos) < 0) {
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return int_from_i64(pos);
}

Object* m_enter(Object* self, Object* const*, ssize, Object*) {
  if (!check_open(F(self))) return nullptr;
  return newref(self);
}

Object* m_exit(Object* self, Object* const*, ssize, Object*) {
  if (file_close_impl(F(self)) < 0) return nullptr;
  return none_ref();
}

MethodDef file_methods[] = {
    {"read", m_read, METH_DEFAULT, nullptr},
    {"readline", m_readline, METH_DEFAULT, nullptr},
    {"readlines", m_readlines, METH_DEFAULT, nullptr},
    {"write", m_write, METH_DEFAULT, nullptr},
    {"writelines", m_writelines, METH_DEFAULT, nullptr},
    {"flush", m_flush, METH_DEFAULT, nullptr},
    {"close", m_close, METH_DEFAULT, nullptr},
    {"fileno", m_fileno, METH_DEFAULT, nullptr},
    {"isatty", m_isatty, METH_DEFAULT, nullptr},
    {"readable", m_readable, METH_DEFAULT, nullptr},
    {"writable", m_writable, METH_DEFAULT, nullptr},
    {"seekable", m_seekable, METH_DEFAULT, nullptr},
    {"seek", m_seek, METH_DEFAULT, nullptr},
    {"tell", m_tell, METH_DEFAULT, nullptr},
    {"truncate", m_truncate, METH_DEFAULT, nullptr},
    {"__enter__", m_enter, METH_DEFAULT, nullptr},
    {"__exit__", m_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* g_closed(Object* self, void*) { return bool_ref(F(self)->closed); }
Object* g_name(Object* self, void*) { return newref(F(self)->name); }
Object* g_mode(Object* self, void*) { return newref(F(self)->mode); }
Object* g_encoding(Object* self, void*) { return newref(F(self)->encoding ? F(self)->encoding : None); }
Object* g_errors(Object* self, void*) { return newref(F(self)->errors ? F(self)->errors : None); }
Object* g_line_buffering(Object* self, void*) { return bool_ref(F(self)->line_buffered); }
Object* g_newlines(Object* self, void*) { return none_ref(); }

GetSetDef text_getset[] = {
    {"closed", g_closed, nullptr, nullptr, nullptr},
    {"name", g_name, nullptr, nullptr, nullptr},
    {"mode", g_mode, nullptr, nullptr, nullptr},
    {"encoding", g_encoding, nullptr, nullptr, nullptr},
    {"errors", g_errors, nullptr, nullptr, nullptr},
    {"line_buffering", g_line_buffering, nullptr, nullptr, nullptr},
    {"newlines", g_newlines, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
GetSetDef binary_getset[] = {
    {"closed", g_closed, nullptr, nullptr, nullptr},
    {"name", g_name, nullptr, nullptr, nullptr},
    {"mode", g_mode, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void file_dealloc(Object* o) {
  FileObject* f = F(o);
  if (!f->closed) {
    Object* saved = err_fetch();
    if (file_close_impl(f) < 0) err_write_unraisable(o, "Exception ignored in");
    err_restore(saved);
  }
  clear_weakrefs(o);
  free(f->wbuf);
  free(f->rbuf);
  xdecref(f->name);
  xdecref(f->mode);
  xdecref(f->encoding);
  xdecref(f->errors);
  free_object(o);
}

Object* file_repr(Object* o) {
  FileObject* f = F(o);
  std::string out = "<";
  out += type_name(o);
  Object* nr = object_repr(f->name);
  if (!nr) return nullptr;
  out += " name=";
  out += str_view(nr);
  decref(nr);
  if (!f->binary) {
    out += " mode='";
    out += str_view(f->mode);
    out += "' encoding='";
    out += str_view(f->encoding);
    out += "'";
  }
  out += ">";
  return str_from(out);
}

// ---- io.StringIO: an array of code points ------------------------------------------

struct StringIOObject : Object {
  uint32_t* buf;
  size_t len, cap, pos;
  bool closed;
  Object* weaklist;  // first weak reference (runtime/weakref.cpp), not owned
};
StringIOObject* S(Object* o) { return static_cast<StringIOObject*>(o); }

// Decode valid UTF-8 (str contents) into code points, appending to v at index at.
bool sio_reserve(StringIOObject* s, size_t n) {
  if (n <= s->cap) return true;
  size_t ncap = s->cap ? s->cap : 64;
  while (ncap < n) ncap *= 2;
  uint32_t* nb = static_cast<uint32_t*>(realloc(s->buf, ncap * sizeof(uint32_t)));
  if (!nb) {
    err_no_memory();
    return false;
  }
  s->buf = nb;
  s->cap = ncap;
  return true;
}

size_t utf8_decode_one(const unsigned char* p, uint32_t* cp) {
  unsigned char c = p[0];
  if (c < 0x80) { *cp = c; return 1; }
  if (c < 0xE0) { *cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu); return 2; }
  if (c < 0xF0) { *cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu); return 3; }
  *cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
  return 4;
}

void utf8_encode_one(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

int sio_write_str(StringIOObject* s, Object* str) {
  size_t n = size_t(str_len(str));
  if (s->pos > s->len) {  // seek past the end pads with NULs
    if (!sio_reserve(s, s->pos)) return -1;
    for (size_t i = s->len; i < s->pos; i++) s->buf[i] = 0;
    s->len = s->pos;
  }
  if (!sio_reserve(s, s->pos + n)) return -1;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(str_utf8(str));
  for (size_t i = 0; i < n; i++) p += utf8_decode_one(p, &s->buf[s->pos + i]);
  s->pos += n;
  if (s->pos > s->len) s->len = s->pos;
  return 0;
}

Object* sio_slice(StringIOObject* s, size_t from, size_t to) {
  std::string out;
  out.reserve(to - from);
  for (size_t i = from; i < to; i++) utf8_encode_one(s->buf[i], out);
  return str_from_utf8(out.data(), ssize(out.size()));
}

bool sio_check(StringIOObject* s) {
  if (s->closed) {
    err_set_string(Exc_ValueError, "I/O operation on closed file");
    return false;
  }
  return true;
}

Object* sio_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args("StringIO", args, nargs, kwnames, "|initial_value|newline", a)) return nullptr;
  if (a[0] && a[0] != None && !is_str(a[0]))
    return err_format_null(Exc_TypeError, "initial_value must be str or None, not %s", type_name(a[0]));
  Object* o = alloc_object(type, size_t(type->tp_basicsize));
  if (!o) return nullptr;
  StringIOObject* s = S(o);
  if (a[0] && a[0] != None) {
    if (sio_write_str(s, a[0]) < 0) {
      decref(o);
      return nullptr;
    }
    s->pos = 0;
  }
  return o;
}

void sio_dealloc(Object* o) {
  clear_weakrefs(o);
  free(S(o)->buf);
  free_object(o);
}

Object* sio_write(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("write", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "write() takes exactly one argument (%zd given)", nargs);
  if (!sio_check(S(self))) return nullptr;
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "string argument expected, got '%s'", type_name(args[0]));
  if (sio_write_str(S(self), args[0]) < 0) return nullptr;
  return int_from_i64(str_len(args[0]));
}

Object* sio_getvalue(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(S(self))) return nullptr;
  return sio_slice(S(self), 0, S(self)->len);
}

Object* sio_read(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  StringIOObject* s = S(self);
  Object* a[1] = {nullptr};
  if (!parse_args("read", args, nargs, kwnames, "|size", a)) return nullptr;
  if (!sio_check(s)) return nullptr;
  ssize n = size_arg(a[0]);
  if (n == -2) return nullptr;
  size_t start = std::min(s->pos, s->len);
  size_t end = n < 0 ? s->len : std::min(s->len, start + size_t(n));
  s->pos = end > start ? end : start;
  return sio_slice(s, start, end);
}

Object* sio_readline_impl(StringIOObject* s, ssize limit) {
  size_t start = std::min(s->pos, s->len), end = start;
  while (end < s->len && (limit < 0 || ssize(end - start) < limit)) {
    if (s->buf[end++] == '\n') break;
  }
  s->pos = end;
  return sio_slice(s, start, end);
}

Object* sio_readline(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1] = {nullptr};
  if (!parse_args("readline", args, nargs, kwnames, "|size", a)) return nullptr;
  if (!sio_check(S(self))) return nullptr;
  ssize n = size_arg(a[0]);
  if (n == -2) return nullptr;
  return sio_readline_impl(S(self), n);
}

Object* sio_readlines(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(S(self))) return nullptr;
  Object* list = list_new(0);
  while (list) {
    Object* line = sio_readline_impl(S(self), -1);
    if (!line) {
      decref(list);
      return nullptr;
    }
    if (str_len(line) == 0) {
      decref(line);
      break;
    }
    int r = list_append(list, line);
    decref(line);
    if (r < 0) {
      decref(list);
      return nullptr;
    }
  }
  return list;
}

Object* sio_iternext(Object* self) {
  if (!sio_check(S(self))) return nullptr;
  Object* line = sio_readline_impl(S(self), -1);
  if (line && str_len(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* sio_seek(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  StringIOObject* s = S(self);
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args("seek", args, nargs, kwnames, "pos|whence", a)) return nullptr;
  if (!sio_check(s)) return nullptr;
  ssize pos = number_as_ssize(a[0], Exc_OverflowError);
  if (pos == -1 && err_occurred()) return nullptr;
  ssize whence = a[1] ? number_as_ssize(a[1], Exc_OverflowError) : 0;
  if (whence == -1 && err_occurred()) return nullptr;
  if (whence < 0 || whence > 2)
    return err_format_null(Exc_ValueError, "Invalid whence (%zd, should be 0, 1 or 2)", whence);
  if (whence == 0 && pos < 0) return err_format_null(Exc_ValueError, "Negative seek position %zd", pos);
  if (whence != 0 && pos != 0) {
    raise_unsupported(whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
    return nullptr;
  }
  if (whence == 2) pos = ssize(s->len);
  if (whence == 1) pos = ssize(s->pos);
  s->pos = size_t(pos);
  return int_from_i64(pos);
}

Object* sio_tell(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(S(self))) return nullptr;
  return int_from_i64(int64_t(S(self)->pos));
}

Object* sio_truncate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  StringIOObject* s = S(self);
  Object* a[1] = {nullptr};
  if (!parse_args("truncate", args, nargs, kwnames, "|pos", a)) return nullptr;
  if (!sio_check(s)) return nullptr;
  ssize size = ssize(s->pos);
  if (a[0] && a[0] != None) {
    size = number_as_ssize(a[0], Exc_OverflowError);
    if (size == -1 && err_occurred()) return nullptr;
    if (size < 0) return err_format_null(Exc_ValueError, "Negative size value %zd", size);
  }
  if (size_t(size) < s->len) s->len = size_t(size);
  return int_from_i64(size);
}

Object* sio_close(Object* self, Object* const*, ssize, Object*) {
  S(self)->closed = true;
  return none_ref();
}

Object* sio_true(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(S(self))) return nullptr;
  return bool_ref(true);
}

Object* sio_noop(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(S(self))) return nullptr;
  return none_ref();
}

Object* sio_enter(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(S(self))) return nullptr;
  return newref(self);
}

Object* sio_exit(Object* self, Object* const*, ssize, Object*) {
  S(self)->closed = true;
  return none_ref();
}

Object* sio_iter(Object* self) {
  if (!sio_check(S(self))) return nullptr;
  return newref(self);
}

Object* sio_closed(Object* self, void*) { return bool_ref(S(self)->closed); }

MethodDef sio_methods[] = {
    {"write", sio_write, METH_DEFAULT, nullptr},
    {"getvalue", sio_getvalue, METH_DEFAULT, nullptr},
    {"read", sio_read, METH_DEFAULT, nullptr},
    {"readline", sio_readline, METH_DEFAULT, nullptr},
    {"readlines", sio_readlines, METH_DEFAULT, nullptr},
    {"seek", sio_seek, METH_DEFAULT, nullptr},
    {"tell", sio_tell, METH_DEFAULT, nullptr},
    {"truncate", sio_truncate, METH_DEFAULT, nullptr},
    {"close", sio_close, METH_DEFAULT, nullptr},
    {"flush", sio_noop, METH_DEFAULT, nullptr},
    {"readable", sio_true, METH_DEFAULT, nullptr},
    {"writable", sio_true, METH_DEFAULT, nullptr},
    {"seekable", sio_true, METH_DEFAULT, nullptr},
    {"__enter__", sio_enter, METH_DEFAULT, nullptr},
    {"__exit__", sio_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef sio_getset[] = {
    {"closed", sio_closed, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- construction -----------------------------------------------------------------

int ready_static(TypeObject* t) {
  t->ob_type = &TypeType;
  t->ob_refcnt = IMMORTAL_REFCNT;
  if (type_ready(t) < 0) return -1;
  if (!t->ob_next) refchain_link(t);
  return 0;
}

void fill_file_type(TypeObject* t, const char* name, bool text) {
  t->tp_name = name;
  t->tp_basicsize = sizeof(FileObject);
  t->tp_flags = TPFLAG_IMMUTABLE;
  t->tp_dealloc = file_dealloc;
  t->tp_repr = file_repr;
  t->tp_iter = file_iter;
  t->tp_iternext = iternext;
  t->tp_methods = file_methods;
  t->tp_getset = text ? text_getset : binary_getset;
  t->tp_weaklistoffset = ssize(offsetof(FileObject, weaklist));
}

FileObject* file_alloc(TypeObject* type, int fd) {
  Object* o = alloc_object(type, sizeof(FileObject));
  if (!o) return nullptr;
  FileObject* f = F(o);
  f->fd = fd;
  f->binary = type != &TextIOWrapperType;
  f->newline = NL_UNIVERSAL;
  return f;
}

}  // namespace

int init_file_types() {
  if (has_flag(&TextIOWrapperType, TPFLAG_READY)) return 0;
  fill_file_type(&TextIOWrapperType, "_io.TextIOWrapper", true);
  fill_file_type(&BufferedReaderType, "_io.BufferedReader", false);
  fill_file_type(&BufferedWriterType, "_io.BufferedWriter", false);
  fill_file_type(&BufferedRandomType, "_io.BufferedRandom", false);
  StringIOType.tp_name = "_io.StringIO";
  StringIOType.tp_basicsize = sizeof(StringIOObject);
  StringIOType.tp_flags = TPFLAG_BASETYPE;
  StringIOType.tp_new = sio_new;
  StringIOType.tp_dealloc = sio_dealloc;
  StringIOType.tp_weaklistoffset = ssize(offsetof(StringIOObject, weaklist));
  StringIOType.tp_iter = sio_iter;
  StringIOType.tp_iternext = sio_iternext;
  StringIOType.tp_methods = sio_methods;
  StringIOType.tp_getset = sio_getset;
  for (TypeObject* t : {&TextIOWrapperType, &BufferedReaderType, &BufferedWriterType, &BufferedRandomType,
                        &StringIOType})
    if (ready_static(t) < 0) return -1;
  return 0;
}

bool is_file_object(Object* o) {
  TypeObject* t = type_of(o);
  return t == &TextIOWrapperType || t == &BufferedReaderType || t == &BufferedWriterType ||
         t == &BufferedRandomType;
}

int file_write_utf8(Object* file, const char* data, size_t n) {
  FileObject* f = F(file);
  if (!prepare_write(f)) return -1;
  return f->binary ? buffer_write(f, data, n) : text_write_utf8(f, data, n);
}

Object* file_readline(Object* file, ssize limit) { return do_readline(F(file), limit); }

int file_flush(Object* file) {
  FileObject* f = F(file);
  if (f->closed) return 0;
  return flush_wbuf(f);
}

}  // namespace stdlib

namespace rt {
using namespace stdlib;

Object* file_open(Object* const* args, ssize nargs, Object* kwnames) {
  if (init_file_types() < 0) return nullptr;
  Object* a[7] = {};
  if (!parse_args("open", args, nargs, kwnames, "file|mode|buffering|encoding|errors|newline|closefd", a))
    return nullptr;
  Object* file = a[0];
  std::string mode = "r";
  if (a[1]) {
    if (!is_str(a[1]))
      return err_format_null(Exc_TypeError, "open() argument 'mode' must be str, not %s", type_name(a[1]));
    mode = std::string(str_view(a[1]));
  }
  ssize buffering = -1;
  if (a[2]) {
    buffering = number_as_ssize(a[2], Exc_OverflowError);
    if (buffering == -1 && err_occurred()) return nullptr;
  }
  Object* encoding = a[3] && a[3] != None ? a[3] : nullptr;
  Object* errors = a[4] && a[4] != None ? a[4] : nullptr;
  Object* newline = a[5] && a[5] != None ? a[5] : nullptr;
  bool closefd = true;
  if (a[6]) {
    int t = object_is_true(a[6]);
    if (t < 0) return nullptr;
    closefd = t;
  }
  if (encoding && !is_str(encoding))
    return err_format_null(Exc_TypeError, "open() argument 'encoding' must be str or None, not %s",
                           type_name(encoding));
  if (errors && !is_str(errors))
    return err_format_null(Exc_TypeError, "open() argument 'errors' must be str or None, not %s",
                           type_name(errors));
  if (newline && !is_str(newline))
    return err_format_null(Exc_TypeError, "open() argument 'newline' must be str or None, not %s",
                           type_name(newline));

  // Parse the mode.
  int creating = 0, reading = 0, writing = 0, appending = 0, plus = 0, text = 0, binary = 0;
  for (char c : mode) {
    int* flag = nullptr;
    switch (c) {
      case 'x': flag = &creating; break;
      case 'r': flag = &reading; break;
      case 'w': flag = &writing; break;
      case 'a': flag = &appending; break;
      case '+': flag = &plus; break;
      case 't': flag = &text; break;
      case 'b': flag = &binary; break;
      default: break;
    }
    if (!flag || *flag) return err_format_null(Exc_ValueError, "invalid mode: '%s'", mode.c_str());
    *flag = 1;
  }
  if (text && binary) return err_format_null(Exc_ValueError, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1)
    return err_format_null(Exc_ValueError, "must have exactly one of create/read/write/append mode");
  if (creating + reading + writing + appending == 0)
    return err_format_null(Exc_ValueError,
                           "Must have exactly one of create/read/write/append mode and at most one plus");
  if (binary && encoding) return err_format_null(Exc_ValueError, "binary mode doesn't take an encoding argument");
  if (binary && errors) return err_format_null(Exc_ValueError, "binary mode doesn't take an errors argument");
  if (binary && newline) return err_format_null(Exc_ValueError, "binary mode doesn't take a newline argument");
  if (binary && buffering == 1) buffering = -1;  // CPython warns; we just ignore line buffering
  if (!binary && buffering == 0) return err_format_null(Exc_ValueError, "can't have unbuffered text I/O");
  NewlineMode nl = NL_UNIVERSAL;
  if (newline) {
    std::string_view v = str_view(newline);
    if (v.empty()) nl = NL_NONE_TRANSLATE;
    else if (v == "\n") nl = NL_LF;
    else if (v == "\r") nl = NL_CR;
    else if (v == "\r\n") nl = NL_CRLF;
    else return err_format_null(Exc_ValueError, "illegal newline value: %s", str_utf8(newline));
  }

  int flags = O_CLOEXEC;
  if (plus) flags |= O_RDWR;
  else if (reading) flags |= O_RDONLY;
  else flags |= O_WRONLY;
  if (writing) flags |= O_CREAT | O_TRUNC;
  if (appending) flags |= O_CREAT | O_APPEND;
  if (creating) flags |= O_CREAT | O_EXCL;

  int fd;
  Object* name;
  if (is_int(file)) {
    fd = int(int_as_i64(file));
    if (fd == -1 && err_occurred()) return nullptr;
    if (fd < 0) return err_format_null(Exc_ValueError, "negative file descriptor");
    name = newref(file);
  } else if (is_str(file) || is_bytes(file)) {
    if (!closefd) return err_format_null(Exc_ValueError, "Cannot use closefd=False with file name");
    const char* path = is_str(file) ? str_utf8(file) : bytes_data(file);
    for (;;) {
      fd = ::open(path, flags, 0666);
      if (fd >= 0 || errno != EINTR) break;
    }
    if (fd < 0) {
      err_set_from_errno(Exc_OSError, errno, file);
      return nullptr;
    }
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      err_set_from_errno(Exc_OSError, EISDIR, file);
      return nullptr;
    }
    name = newref(file);
  } else {
    return err_format_null(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(file));
  }

  TypeObject* type = !binary ? &TextIOWrapperType
                     : plus  ? &BufferedRandomType
                     : reading ? &BufferedReaderType
                               : &BufferedWriterType;
  FileObject* f = file_alloc(type, fd);
  if (!f) {
    if (closefd) ::close(fd);
    decref(name);
    return nullptr;
  }
  f->name = name;
  f->readable = reading || plus;
  f->writable = !reading || plus;
  f->appending = appending;
  f->closefd = closefd;
  f->newline = nl;
  if (binary) {
    std::string m = creating ? "xb" : appending ? "ab" : (reading || plus) ? "rb" : "wb";
    if (plus) m += '+';
    if (appending && plus) m = "ab+";
    f->mode = str_from(m);
    f->unbuffered = buffering == 0;
  } else {
    f->mode = str_from(mode);
    f->encoding = encoding ? newref(encoding) : str_from_cstr("UTF-8");
    f->errors = errors ? newref(errors) : str_from_cstr("strict");
    f->line_buffered = buffering == 1 || (buffering == -1 && ::isatty(fd) == 1);
  }
  if (!f->mode || (!binary && (!f->encoding || !f->errors))) {
    decref(f);
    return nullptr;
  }
  if (appending) ::lseek(fd, 0, SEEK_END);
  return f;
}

Object* file_from_fd(int fd, const char* name, const char* mode, bool line_buffered) {
  if (init_file_types() < 0) return nullptr;
  FileObject* f = file_alloc(&TextIOWrapperType, fd);
  if (!f) return nullptr;
  std::string m = mode;
  f->readable = m.find('r') != std::string::npos || m.find('+') != std::string::npos;
  f->writable = !(m.find('r') != std::string::npos) || m.find('+') != std::string::npos;
  f->closefd = false;
  f->line_buffered = line_buffered;
  f->name = str_from_cstr(name);
  f->mode = str_from_cstr(mode);
  f->encoding = str_from_cstr("utf-8");
  f->errors = str_from_cstr(fd == 2 ? "backslashreplace" : fd == 0 || fd == 1 ? "surrogateescape" : "strict");
  if (!f->name || !f->mode || !f->encoding || !f->errors) {
    decref(f);
    return nullptr;
  }
  return f;
}

int file_write_str(Object* file, Object* s) {
  if (is_file_object(file) && is_str(s)) return file_write_utf8(file, str_utf8(s), size_t(str_utf8_len(s)));
  Object* r = call_method1(file, names::write, s);
  if (!r) return -1;
  decref(r);
  return 0;
}

int file_write_cstr(Object* file, const char* s) {
  if (is_file_object(file) && !F(file)->binary) return file_write_utf8(file, s, strlen(s));
  Object* str = str_from_cstr(s);
  if (!str) return -1;
  int r = file_write_str(file, str);
  decref(str);
  return r;
}

void flush_std_streams() {
  for (const char* name : {"stdout", "stderr"}) {
    Object* f = sys_get_object(name);
    if (!f || f == None) continue;
    Object* saved = err_fetch();
    if (is_file_object(f)) {
      if (file_flush(f) < 0) err_clear();
    } else {
      Object* r = call_method0(f, names::flush);
      if (r) decref(r);
      else err_clear();
    }
    err_restore(saved);
  }
}

}  // namespace rt

// ---- the io module ---------------------------------------------------------------
namespace stdlib {
using namespace rt;

namespace {
Object* io_open(Object*, Object* const* args, ssize nargs, Object* kwnames) { return file_open(args, nargs, kwnames); }

// open_code(path): the file importlib reads a module from, opened 'rb' (CPython
// lets a hook replace this; there is none).
Object* io_open_code(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!parse_args("open_code", args, nargs, kwnames, "path", a)) return nullptr;
  if (!is_str(a[0])) {
    err_format(Exc_TypeError, "open_code() argument 'path' must be str, not %s", type_name(a[0]));
    return nullptr;
  }
  Object* mode = str_from_cstr("rb");
  if (!mode) return nullptr;
  Object* argv[2] = {a[0], mode};
  Object* f = file_open(argv, 2, nullptr);
  decref(mode);
  return f;
}

// FileIO(file, mode='r', closefd=True, opener=None): an unbuffered binary
// file, here pyglass's binary file opened with buffering=0 (what importlib's
// cache writer and get_data need).  The `_io` rewrite makes it CPython's class.
Object* io_fileio(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4] = {};
  if (!parse_args("FileIO", args, nargs, kwnames, "file|mode,closefd,opener", a)) return nullptr;
  std::string mode = a[1] ? std::string(is_str(a[1]) ? str_view(a[1]) : "") : "r";
  if (mode.find('b') == std::string::npos) mode += 'b';
  Object* m = str_from(mode);
  Object* zero = int_from_i64(0);
  Object* none = None;
  if (a[3] && a[3] != None) {
    xdecref(m);
    xdecref(zero);
    err_set_string(Exc_NotImplementedError, "FileIO: opener is not supported yet");
    return nullptr;
  }
  Object* argv[7] = {a[0], m, zero, none, none, none, a[2] ? a[2] : True};
  Object* f = m && zero ? file_open(argv, 7, nullptr) : nullptr;
  xdecref(m);
  xdecref(zero);
  return f;
}

MethodDef io_functions[] = {
    {"open", io_open, METH_DEFAULT, nullptr},
    {"FileIO", io_fileio, METH_DEFAULT, nullptr},
    {"open_code", io_open_code, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
}  // namespace

Object* init_io_module() {
  // "io" and "_io" are the same module object: one UnsupportedOperation class.
  if (Interp* in = interp_state(); in && in->modules) {
    for (const char* n : {"_io", "io"}) {
      Object* m = dict_getitem_str(in->modules, n);
      if (m) return newref(m);
    }
  }
  if (init_file_types() < 0) return nullptr;
  Object* m = module_new("io");
  if (!m) return nullptr;
  if (module_add_functions(m, io_functions) < 0) {
    decref(m);
    return nullptr;
  }
  // class UnsupportedOperation(OSError, ValueError), module "io"
  Object* dict = dict_new();
  Object* bases = tuple_pack(2, static_cast<Object*>(Exc_OSError), static_cast<Object*>(Exc_ValueError));
  Object* cname = str_from_cstr("UnsupportedOperation");
  Object* modname = str_from_cstr("io");
  Object* cls = nullptr;
  if (dict && bases && cname && modname && dict_setitem(dict, names::__module__, modname) == 0)
    cls = call3(&TypeType, cname, bases, dict);
  xdecref(dict);
  xdecref(bases);
  xdecref(cname);
  xdecref(modname);
  if (!cls || module_add_object(m, "UnsupportedOperation", cls) < 0) {
    decref(m);
    return nullptr;
  }
  struct { const char* name; TypeObject* t; } types[] = {
      {"TextIOWrapper", &TextIOWrapperType}, {"BufferedReader", &BufferedReaderType},
      {"BufferedWriter", &BufferedWriterType}, {"BufferedRandom", &BufferedRandomType},
      {"StringIO", &StringIOType},
  };
  for (auto& e : types)
    if (module_add_object(m, e.name, newref(static_cast<Object*>(e.t))) < 0) {
      decref(m);
      return nullptr;
    }
  if (module_add_object(m, "DEFAULT_BUFFER_SIZE", int_from_i64(BUF_SIZE)) < 0 ||
      module_add_object(m, "SEEK_SET", int_from_i64(0)) < 0 || module_add_object(m, "SEEK_CUR", int_from_i64(1)) < 0 ||
      module_add_object(m, "SEEK_END", int_from_i64(2)) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

void file_set_unbuffered(Object* file) {
  if (is_file_object(file)) F(file)->unbuffered = true;
}

}  // namespace stdlib

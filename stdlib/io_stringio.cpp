// _io.StringIO: an in-memory text stream (CPython's stringio.c).
//
// The text is kept as an array of code points (UCS-4), so that positions,
// seeks past the end (padded with NUL characters) and overwrites in the
// middle are O(1) to address; pyglass's str is UTF-8, so getvalue() and the
// reads encode the slice they return.
//
// Newlines: newline=None translates "\r\n" and "\r" to "\n" as text is
// written (and records the kinds seen for `newlines`); "" records without
// translating and makes readline() split on all three; "\r" and "\r\n"
// translate "\n" to that newline on write; "\n" (the default) does nothing.
#include <cstdlib>
#include <cstring>

#include "io_internal.h"
#include "runtime/text/str.h"

namespace stdlib::io {
using namespace rt;

TypeObject StringIOType;

namespace {

struct StringIOObject : IOHead {
  uint32_t* buf;
  ssize cap;
  ssize string_size;
  ssize pos;
  Object* readnl;   // the newline argument as a str, or null (None)
  Object* writenl;  // what "\n" becomes on write, or null
  bool ok, closed, readuniversal, readtranslate;
  NewlineState nl;  // when readuniversal (CPython's IncrementalNewlineDecoder(None, translate))
};
StringIOObject* S(Object* o) { return static_cast<StringIOObject*>(o); }

bool check_initialized(StringIOObject* s) {
  if (s->ok) return true;
  err_set_string(Exc_ValueError, "I/O operation on uninitialized object");
  return false;
}

bool check_closed_sio(StringIOObject* s) {
  if (!s->closed) return true;
  err_set_string(Exc_ValueError, "I/O operation on closed file");
  return false;
}

bool check_both(StringIOObject* s) { return check_initialized(s) && check_closed_sio(s); }

bool reserve(StringIOObject* s, ssize n) {
  if (n <= s->cap) return true;
  ssize cap = s->cap ? s->cap : 16;
  while (cap < n) cap = cap + (cap >> 1) + 8;
  auto* nb = static_cast<uint32_t*>(realloc(s->buf, size_t(cap) * sizeof(uint32_t)));
  if (!nb) {
    err_no_memory();
    return false;
  }
  s->buf = nb;
  s->cap = cap;
  return true;
}

// A str from n code points.
Object* make_str(const uint32_t* p, ssize n) {
  ssize nbytes = 0;
  bool ascii = true;
  for (ssize i = 0; i < n; i++) {
    uint32_t c = p[i];
    nbytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (c >= 0x80) ascii = false;
  }
  if (n == 0) return str_empty();
  StrObject* r = str_alloc(nbytes, n, ascii);
  if (!r) return nullptr;
  char* out = r->data;
  out[nbytes] = 0;
  if (ascii) {
    for (ssize i = 0; i < n; i++) out[i] = char(p[i]);
  } else {
    for (ssize i = 0; i < n; i++) out += utf8_encode(p[i], out);
  }
  return r;
}

int write_str(StringIOObject* s, Object* obj) {
  Object* decoded = newref(obj);
  if (s->readuniversal) {
    decoded = newline_decode_steal(&s->nl, decoded, true);
    if (!decoded) return -1;
  }
  if (s->writenl) {
    std::string_view v = str_view(decoded);
    if (v.find('\n') != std::string_view::npos) {
      std::string out;
      std::string_view nl = str_view(s->writenl);
      for (char c : v) {
        if (c == '\n') out += nl;
        else out += c;
      }
      Object* t = str_from_valid(out);
      decref(decoded);
      if (!t) return -1;
      decoded = t;
    }
  }
  ssize len = str_len(decoded);
  if (s->pos > PTRDIFF_MAX - len) {
    decref(decoded);
    err_set_string(Exc_OverflowError, "new position too large");
    return -1;
  }
  if (!reserve(s, s->pos + len)) {
    decref(decoded);
    return -1;
  }
  if (s->pos > s->string_size)
    memset(s->buf + s->string_size, 0, size_t(s->pos - s->string_size) * sizeof(uint32_t));
  const char* p = str_utf8(decoded);
  uint32_t* out = s->buf + s->pos;
  if (str_is_ascii(decoded)) {
    for (ssize i = 0; i < len; i++) out[i] = static_cast<unsigned char>(p[i]);
  } else {
    for (ssize i = 0; i < len; i++) out[i] = utf8_next(p);
  }
  decref(decoded);
  s->pos += len;
  if (s->string_size < s->pos) s->string_size = s->pos;
  return 0;
}

Object* readline_impl(StringIOObject* s, ssize limit) {
  if (s->pos >= s->string_size) return str_empty();
  const uint32_t* start = s->buf + s->pos;
  if (limit < 0 || limit > s->string_size - s->pos) limit = s->string_size - s->pos;
  ssize consumed;
  ssize len = find_line_ending(s->readtranslate, s->readuniversal, s->readnl ? str_utf8(s->readnl) : "\n", start,
                               start + limit, &consumed);
  if (len < 0) len = limit;
  s->pos += len;
  return make_str(start, len);
}

// ---- life cycle ------------------------------------------------------------------------------------
Object* stringio_new(TypeObject* type, Object* const*, ssize, Object*) {
  Object* o = alloc_io(type);
  if (!o) return nullptr;
  gc_track(o);
  return o;
}

int init_impl(StringIOObject* s, Object* value, Object* newline_obj, bool newline_given) {
  const char* newline = "\n";
  if (newline_given) {
    if (newline_obj == None) {
      newline = nullptr;
    } else if (!is_str(newline_obj)) {
      err_format(Exc_TypeError, "newline must be str or None, not %s", type_name(newline_obj));
      return -1;
    } else {
      newline = str_utf8(newline_obj);
    }
  }
  if (newline && newline[0] && strcmp(newline, "\n") && strcmp(newline, "\r") && strcmp(newline, "\r\n")) {
    Object* r = object_repr(newline_obj);
    if (r) {
      err_format(Exc_ValueError, "illegal newline value: %s", str_utf8(r));
      decref(r);
    }
    return -1;
  }
  if (value && value != None && !is_str(value)) {
    err_format(Exc_TypeError, "initial_value must be str or None, not %s", type_name(value));
    return -1;
  }
  s->ok = false;
  clearref(s->readnl);
  clearref(s->writenl);
  if (newline) {
    s->readnl = str_from_cstr(newline);
    if (!s->readnl) return -1;
  }
  s->readuniversal = !newline || !newline[0];
  s->readtranslate = !newline;
  if (newline && newline[0] == '\r') s->writenl = newref(s->readnl);
  s->nl = NewlineState();
  s->nl.translate = s->readtranslate;
  s->string_size = 0;
  s->pos = 0;
  if (value && value != None && str_len(value) > 0) {
    if (write_str(s, value) < 0) return -1;
  }
  s->pos = 0;
  s->closed = false;
  s->ok = true;
  return 0;
}

int stringio_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"initial_value", "newline"};
  Object* a[2];
  if (!parse_kw("StringIO", args, nargs, kwnames, kw, 2, 0, 2, a)) return -1;
  return init_impl(S(self), a[0], a[1], a[1] != nullptr);
}

void stringio_dealloc(Object* self) {
  StringIOObject* s = S(self);
  gc_untrack(self);
  clear_weakrefs(self);
  s->ok = false;
  free(s->buf);
  s->buf = nullptr;
  clearref(s->readnl);
  clearref(s->writenl);
  clearref(s->dict);
  free_object(self);
}

int stringio_clear(Object* self) {
  clearref(S(self)->dict);
  return 0;
}

// ---- methods ------------------------------------------------------------------------------------------
Object* m_getvalue(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("StringIO.getvalue", nargs, kw) || !check_both(S(self))) return nullptr;
  return make_str(S(self)->buf, S(self)->string_size);
}

Object* m_tell(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!no_args("StringIO.tell", nargs, kw) || !check_both(S(self))) return nullptr;
  return int_from_i64(S(self)->pos);
}

Object* m_read(Object* self, Object* const* args, ssize nargs, Object* kw) {
  StringIOObject* s = S(self);
  if (!pos_args("StringIO.read", nargs, kw, 0, 1)) return nullptr;
  ssize size = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &size)) return nullptr;
  if (!check_both(s)) return nullptr;
  if (size < 0 || size > s->string_size - s->pos) {
    size = s->string_size - s->pos;
    if (size < 0) size = 0;
  }
  Object* r = make_str(s->buf + s->pos, size);
  if (r) s->pos += size;
  return r;
}

Object* m_readline(Object* self, Object* const* args, ssize nargs, Object* kw) {
  if (!pos_args("StringIO.readline", nargs, kw, 0, 1)) return nullptr;
  ssize size = -1;
  if (nargs > 0 && !opt_ssize_arg(args[0], &size)) return nullptr;
  if (!check_both(S(self))) return nullptr;
  return readline_impl(S(self), size);
}

Object* m_truncate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  StringIOObject* s = S(self);
  if (!pos_args("StringIO.truncate", nargs, kw, 0, 1)) return nullptr;
  ssize size = s->pos;
  if (nargs > 0 && !opt_ssize_arg(args[0], &size)) return nullptr;
  if (!check_both(s)) return nullptr;
  if (size < 0) return err_format_null(Exc_ValueError, "Negative size value %zd", size);
  if (size < s->string_size) s->string_size = size;
  return int_from_i64(size);
}

Object* m_seek(Object* self, Object* const* args, ssize nargs, Object* kw) {
  StringIOObject* s = S(self);
  if (!pos_args("StringIO.seek", nargs, kw, 1, 2)) return nullptr;
  ssize pos;
  int whence = 0;
  if (!ssize_arg(args[0], &pos)) return nullptr;
  if (nargs > 1 && !int_arg(args[1], &whence)) return nullptr;
  if (!check_both(s)) return nullptr;
  if (whence != 0 && whence != 1 && whence != 2)
    return err_format_null(Exc_ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence);
  if (pos < 0 && whence == 0) return err_format_null(Exc_ValueError, "Negative seek position %zd", pos);
  if (whence != 0 && pos != 0) return err_format_null(Exc_OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = s->pos;
  else if (whence == 2) pos = s->string_size;
  s->pos = pos;
  return int_from_i64(pos);
}

Object* m_write(Object* self, Object* const* args, ssize nargs, Object* kw) {
  StringIOObject* s = S(self);
  if (!one_arg("StringIO.write", nargs, kw) || !check_initialized(s)) return nullptr;
  Object* obj = args[0];
  if (!is_str(obj)) return err_format_null(Exc_TypeError, "string argument expected, got '%s'", type_name(obj));
  if (!check_closed_sio(s)) return nullptr;
  ssize size = str_len(obj);
  if (size > 0 && write_str(s, obj) < 0) return nullptr;
  return int_from_i64(size);
}

Object* m_close(Object* self, Object* const*, ssize nargs, Object* kw) {
  StringIOObject* s = S(self);
  if (!no_args("StringIO.close", nargs, kw)) return nullptr;
  s->closed = true;
  free(s->buf);
  s->buf = nullptr;
  s->cap = 0;
  return none_ref();
}

Object* true_method(Object* self, ssize nargs, Object* kw, const char* qual) {
  if (!no_args(qual, nargs, kw) || !check_both(S(self))) return nullptr;
  return bool_ref(true);
}
Object* m_readable(Object* self, Object* const*, ssize n, Object* kw) {
  return true_method(self, n, kw, "StringIO.readable");
}
Object* m_writable(Object* self, Object* const*, ssize n, Object* kw) {
  return true_method(self, n, kw, "StringIO.writable");
}
Object* m_seekable(Object* self, Object* const*, ssize n, Object* kw) {
  return true_method(self, n, kw, "StringIO.seekable");
}

Object* m_getstate(Object* self, Object* const*, ssize nargs, Object* kw) {
  StringIOObject* s = S(self);
  if (!no_args("StringIO.__getstate__", nargs, kw) || !check_both(s)) return nullptr;
  Object* value = make_str(s->buf, s->string_size);
  Object* dict = s->dict ? dict_copy(s->dict) : none_ref();
  Object* pos = int_from_i64(s->pos);
  Object* r = value && dict && pos ? tuple_pack(4, value, s->readnl ? s->readnl : None, pos, dict) : nullptr;
  xdecref(value);
  xdecref(dict);
  xdecref(pos);
  return r;
}

Object* m_setstate(Object* self, Object* const* args, ssize nargs, Object* kw) {
  StringIOObject* s = S(self);
  if (!one_arg("StringIO.__setstate__", nargs, kw) || !check_closed_sio(s)) return nullptr;
  Object* state = args[0];
  if (!is_tuple(state) || size_of(state) < 4)
    return err_format_null(Exc_TypeError, "%s.__setstate__ argument should be 4-tuple, got %s", type_name(self),
                           type_name(state));
  Object* value = tuple_get(state, 0);
  if (init_impl(s, value, tuple_get(state, 1), true) < 0) return nullptr;
  // The saved value was translated already: put it back as it is.
  if (!is_str(value)) return err_format_null(Exc_TypeError, "bad argument type for built-in operation");
  ssize n = str_len(value);
  if (!reserve(s, n)) return nullptr;
  const char* p = str_utf8(value);
  for (ssize i = 0; i < n; i++) s->buf[i] = utf8_next(p);
  s->string_size = n;
  Object* position = tuple_get(state, 2);
  if (!is_int(position))
    return err_format_null(Exc_TypeError, "third item of state must be an integer, got %s", type_name(position));
  ssize pos = int_as_ssize(position);
  if (pos == -1 && err_occurred()) return nullptr;
  if (pos < 0) return err_format_null(Exc_ValueError, "position value cannot be negative");
  s->pos = pos;
  Object* dict = tuple_get(state, 3);
  if (dict != None) {
    if (!is_dict(dict))
      return err_format_null(Exc_TypeError, "fourth item of state should be a dict, got a %s", type_name(dict));
    if (s->dict) {
      if (dict_update(s->dict, dict) < 0) return nullptr;
    } else {
      s->dict = newref(dict);
    }
  }
  return none_ref();
}

Object* stringio_iternext(Object* self) {
  StringIOObject* s = S(self);
  if (!check_both(s)) return nullptr;
  Object* line;
  if (type_of(self) == &StringIOType) {
    line = readline_impl(s, -1);
  } else {
    line = call_readline_checked(self, true);
  }
  if (!line) return nullptr;
  if (str_len(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* g_closed(Object* self, void*) {
  if (!check_initialized(S(self))) return nullptr;
  return bool_ref(S(self)->closed);
}
Object* g_line_buffering(Object* self, void*) {
  if (!check_both(S(self))) return nullptr;
  return bool_ref(false);
}
Object* g_newlines(Object* self, void*) {
  StringIOObject* s = S(self);
  if (!check_both(s)) return nullptr;
  if (!s->readuniversal) return none_ref();
  return newlines_value(s->nl.seennl);
}

MethodDef stringio_methods[] = {
    {"close", m_close, METH_DEFAULT, "Close the IO object.\n\nAttempting any further operation after the object is "
                                     "closed\nwill raise a ValueError.\n\nThis method has no effect if the file is "
                                     "already closed."},
    {"getvalue", m_getvalue, METH_DEFAULT, "Retrieve the entire contents of the object."},
    {"read", m_read, METH_DEFAULT,
     "Read at most size characters, returned as a string.\n\nIf the argument is negative or omitted, read until "
     "EOF\nis reached. Return an empty string at EOF."},
    {"readline", m_readline, METH_DEFAULT,
     "Read until newline or EOF.\n\nReturns an empty string if EOF is hit immediately."},
    {"tell", m_tell, METH_DEFAULT, "Tell the current file position."},
    {"truncate", m_truncate, METH_DEFAULT,
     "Truncate size to pos.\n\nThe pos argument defaults to the current file position, as\nreturned by tell().  "
     "The current file position is unchanged.\nReturns the new absolute position."},
    {"seek", m_seek, METH_DEFAULT,
     "Change stream position.\n\nSeek to character offset pos relative to position indicated by whence:\n    0  "
     "Start of stream (the default).  pos should be >= 0;\n    1  Current position - pos must be 0;\n    2  End "
     "of stream - pos must be 0.\nReturns the new absolute position."},
    {"write", m_write, METH_DEFAULT,
     "Write string to file.\n\nReturns the number of characters written, which is always equal to\nthe length of "
     "the string."},
    {"seekable", m_seekable, METH_DEFAULT, "Returns True if the IO object can be seeked."},
    {"readable", m_readable, METH_DEFAULT, "Returns True if the IO object can be read."},
    {"writable", m_writable, METH_DEFAULT, "Returns True if the IO object can be written."},
    {"__getstate__", m_getstate, METH_DEFAULT, nullptr},
    {"__setstate__", m_setstate, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef stringio_getset[] = {
    {"closed", g_closed, nullptr, nullptr, nullptr},
    {"newlines", g_newlines, nullptr, nullptr, nullptr},
    {"line_buffering", g_line_buffering, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

int stringio_traverse(Object* self, visitproc visit, void* arg) { return io_traverse_head(self, visit, arg); }

}  // namespace

void init_stringio_type() {
  io_type(StringIOType, "_io.StringIO", sizeof(StringIOObject), &TextIOBaseType, stringio_new, stringio_init,
          stringio_dealloc, stringio_traverse, stringio_clear, stringio_methods, stringio_getset, nullptr);
  StringIOType.tp_iternext = stringio_iternext;
  StringIOType.tp_doc =
      "StringIO(initial_value='', newline='\\n')\n--\n\nText I/O implementation using an in-memory buffer.\n\nThe "
      "initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper's "
      "constructor.";
}

}  // namespace stdlib::io

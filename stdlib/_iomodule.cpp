// The _io module: open(), open_code(), text_encoding(), UnsupportedOperation,
// the helpers the layers share, the standard streams, and the rt:: functions
// the rest of pyglass writes files through (print, tracebacks, warnings).
//
// How the standard streams are built (as CPython's create_stdio does):
//
//   sys.stdin   TextIOWrapper(BufferedReader(FileIO(0, 'rb', closefd=False)))
//   sys.stdout  TextIOWrapper(BufferedWriter(FileIO(1, 'wb', closefd=False)))
//   sys.stderr  TextIOWrapper(BufferedWriter(FileIO(2, 'wb', closefd=False)))
//
// encoding utf-8 (or PYTHONIOENCODING), errors surrogateescape for stdin and
// stdout and backslashreplace for stderr, newline "\n" (no translation),
// line buffering when the descriptor is a terminal and always for stderr.
// Under -u / PYTHONUNBUFFERED stdout and stderr have no buffered layer (the
// text layer writes into the FileIO) and the text layer of all three is
// write_through.
// A descriptor that is not open gives None, as in CPython.  The streams are
// start-up objects (immortal); io_fini() drops what a script left in them
// (decoded text, a reconfigured codec, instance attributes) before the exit
// leak check.
//
// The fast print path: builtins.print builds its whole line as UTF-8 and,
// when the file is an exact TextIOWrapper, hands the bytes to
// textio_write_utf8 without making a str; TextIOWrapper collects them in its
// pending buffer and passes them to an exact BufferedWriter's write without
// making a bytes object.
#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "fileio.h"
#include "io_internal.h"
#include "modules.h"
#include "datamodules.h"
#include "posixmodule.h"

namespace stdlib::io {
using namespace rt;

TypeObject* Exc_UnsupportedOperation = nullptr;

// ---- helpers ------------------------------------------------------------------------------
Object* unsupported(const char* msg) {
  err_set_string(Exc_UnsupportedOperation ? Exc_UnsupportedOperation : Exc_OSError, msg);
  return nullptr;
}

void set_blocking_error(const char* msg, ssize written) {
  Object* a[3] = {int_from_i64(EAGAIN), str_from_cstr(msg), int_from_i64(written)};
  if (a[0] && a[1] && a[2]) {
    Object* e = exc_new(Exc_BlockingIOError, a, 3);
    if (e) {
      err_set_exception(e);
      decref(e);
    }
  }
  for (Object* o : a) xdecref(o);
}

bool trap_eintr() {
  if (!err_matches(Exc_OSError)) return false;
  Object* exc = err_fetch();
  Object* code = object_getattr(exc, names::errno_);
  bool eintr = false;
  if (code && is_int(code)) {
    int64_t v = int_as_i64(code);
    eintr = v == EINTR;
  }
  xdecref(code);
  err_clear();
  if (eintr) {
    decref(exc);
    return true;
  }
  err_restore(exc);
  return false;
}

bool check_closed(Object* self) {
  Object* c = object_getattr(self, names::closed);
  if (!c) return false;
  int t = object_is_true(c);
  decref(c);
  if (t < 0) return false;
  if (t) {
    err_set_string(Exc_ValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}

int call_bool_method(Object* self, Object* name) {
  Object* r = call_method0(self, name);
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

namespace {
bool check_true_method(Object* o, Object* name, const char* msg) {
  Object* r = call_method0(o, name);
  if (!r) return false;
  bool ok = r == True;
  decref(r);
  if (!ok) {
    unsupported(msg);
    return false;
  }
  return true;
}
}  // namespace

bool check_readable(Object* o) { return check_true_method(o, names::readable, "File or stream is not readable."); }
bool check_writable(Object* o) { return check_true_method(o, names::writable, "File or stream is not writable."); }
bool check_seekable(Object* o) { return check_true_method(o, names::seekable, "File or stream is not seekable."); }

bool pos_args(const char* qualname, ssize nargs, Object* kwnames, ssize min, ssize max) {
  if (kwnames && size_of(kwnames) > 0) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs >= min && nargs <= max) return true;
  const char* name = strchr(qualname, '.') ? strchr(qualname, '.') + 1 : qualname;
  ssize want = nargs < min ? min : max;
  err_format(Exc_TypeError, "%s expected %s%zd argument%s, got %zd", name,
             min == max ? "" : nargs < min ? "at least " : "at most ", want, want == 1 ? "" : "s", nargs);
  return false;
}

bool no_args(const char* qualname, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames) > 0) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs == 0) return true;
  err_format(Exc_TypeError, "%s() takes no arguments (%zd given)", qualname, nargs);
  return false;
}

bool parse_kw(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* const* names_,
              int n, int nreq, int kwonly, Object** out) {
  for (int i = 0; i < n; i++) out[i] = nullptr;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (nargs > kwonly) {
    if (kwonly == 0)
      err_format(Exc_TypeError, "%s() takes no positional arguments", fname);
    else
      err_format(Exc_TypeError, "%s() takes %s %d %sargument%s (%zd given)", fname,
                 nreq == kwonly ? "exactly" : "at most", kwonly, kwonly < n ? "positional " : "",
                 kwonly == 1 ? "" : "s", kwonly < n ? nargs : nargs + nkw);
    return false;
  }
  for (ssize i = 0; i < nargs; i++) out[i] = args[i];
  for (ssize k = 0; k < nkw; k++) {
    Object* key = tuple_get(kwnames, k);
    int idx = -1;
    for (int i = 0; i < n; i++)
      if (str_eq_cstr(key, names_[i])) {
        idx = i;
        break;
      }
    if (idx < 0) {
      err_format(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_utf8(key), fname);
      return false;
    }
    if (out[idx]) {
      err_format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, names_[idx],
                 idx + 1);
      return false;
    }
    out[idx] = args[nargs + k];
  }
  for (int i = 0; i < nreq; i++)
    if (!out[i]) {
      err_format(Exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names_[i], i + 1);
      return false;
    }
  return true;
}

bool bool_int_arg(Object* o, bool* out) {
  int v;
  if (!int_arg(o, &v)) return false;
  *out = v != 0;
  return true;
}

bool str_arg(const char* fname, const char* argname, Object* o, bool allow_none, std::string* out, bool* is_none) {
  if (is_none) *is_none = false;
  if (allow_none && o == None) {
    if (is_none) *is_none = true;
    return true;
  }
  if (!is_str(o)) {
    err_format(Exc_TypeError, "%s() argument '%s' must be str%s, not %s", fname, argname, allow_none ? " or None" : "",
               arg_type_name(o));
    return false;
  }
  std::string_view v = str_view(o);
  if (v.find('\0') != std::string_view::npos) {
    err_set_string(Exc_ValueError, "embedded null character");
    return false;
  }
  out->assign(v);
  return true;
}

void io_type(TypeObject& t, const char* name, size_t basicsize, TypeObject* base, newfunc tp_new, initfunc tp_init,
             destructor dealloc, traverseproc traverse, inquiry clear, MethodDef* methods, GetSetDef* getset,
             const char* doc) {
  t.tp_name = name;
  t.tp_basicsize = ssize(basicsize);
  t.tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC;
  t.tp_base = base;
  t.tp_new = tp_new;
  t.tp_init = tp_init;
  t.tp_dealloc = dealloc;
  t.tp_traverse = traverse;
  t.tp_clear = clear;
  t.tp_dictoffset = ssize(offsetof(IOHead, dict));
  t.tp_weaklistoffset = ssize(offsetof(IOHead, weaklist));
  t.tp_methods = methods;
  t.tp_getset = getset;
  t.tp_doc = doc;
}

Object* alloc_io(TypeObject* type) { return alloc_object(type, size_t(type->tp_basicsize)); }

int io_traverse_head(Object* self, visitproc visit, void* arg) {
  Object* d = static_cast<IOHead*>(self)->dict;
  return d ? visit(d, arg) : 0;
}

Object* call_readline_checked(Object* self, bool text) {
  Object* line = call_method0(self, names::readline);
  if (line && !(text ? is_str(line) : is_bytes(line))) {
    err_format(Exc_OSError, "readline() should have returned a %s object, not '%s'", text ? "str" : "bytes",
               type_name(line));
    decref(line);
    return nullptr;
  }
  return line;
}

bool guarded_repr(Object* self, Object* value, std::string* out) {
  int status = repr_enter(self);
  if (status != 0) {
    if (status > 0) err_format(Exc_RuntimeError, "reentrant call inside %s.__repr__", type_name(self));
    return false;
  }
  Object* r = object_repr(value);
  repr_leave(self);
  if (!r) return false;
  out->assign(str_view(r));
  decref(r);
  return true;
}

void resource_warning(Object* source) {
  // Without a _warnings module there are no filters, and CPython's default
  // filters ignore ResourceWarning: say nothing until the filters exist.
  if (!find_builtin_module("_warnings")) return;
  Object* saved = err_fetch();
  Object* r = object_repr(source);
  if (r) {
    std::string msg = "unclosed file " + std::string(str_view(r));
    decref(r);
    if (err_warn(Exc_ResourceWarning, msg.c_str(), 1) < 0 && err_matches(Exc_Warning))
      err_write_unraisable(source);
  }
  err_clear();
  err_restore(saved);
}

// ---- open() -----------------------------------------------------------------------------------
namespace {

Object* open_impl(Object* file, const std::string& mode, int buffering, Object* encoding, Object* errors,
                  Object* newline, bool closefd, Object* opener) {
  bool is_number = type_of(file)->nb_index || type_of(file)->nb_int || type_of(file)->nb_float;
  Object* path_or_fd = is_number ? newref(file) : posix::fspath(file);
  if (!path_or_fd) return nullptr;
  if (!is_number && !is_str(path_or_fd) && !is_bytes(path_or_fd)) {
    Object* r = object_repr(file);
    if (r) {
      err_format(Exc_TypeError, "invalid file: %s", str_utf8(r));
      decref(r);
    }
    decref(path_or_fd);
    return nullptr;
  }
  bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false,
       binary = false;
  for (size_t i = 0; i < mode.size(); i++) {
    char c = mode[i];
    bool* flag = nullptr;
    switch (c) {
      case 'x': flag = &creating; break;
      case 'r': flag = &reading; break;
      case 'w': flag = &writing; break;
      case 'a': flag = &appending; break;
      case '+': flag = &updating; break;
      case 't': flag = &text; break;
      case 'b': flag = &binary; break;
      default: break;
    }
    if (!flag || mode.find(c, i + 1) != std::string::npos) {
      err_format(Exc_ValueError, "invalid mode: '%s'", mode.c_str());
      decref(path_or_fd);
      return nullptr;
    }
    *flag = true;
  }
  std::string rawmode;
  if (creating) rawmode += 'x';
  if (reading) rawmode += 'r';
  if (writing) rawmode += 'w';
  if (appending) rawmode += 'a';
  if (updating) rawmode += '+';
  const char* bad = nullptr;
  if (text && binary) bad = "can't have text and binary mode at once";
  else if (int(creating) + int(reading) + int(writing) + int(appending) > 1)
    bad = "must have exactly one of create/read/write/append mode";
  else if (binary && encoding) bad = "binary mode doesn't take an encoding argument";
  else if (binary && errors) bad = "binary mode doesn't take an errors argument";
  else if (binary && newline) bad = "binary mode doesn't take a newline argument";
  if (bad) {
    err_set_string(Exc_ValueError, bad);
    decref(path_or_fd);
    return nullptr;
  }
  if (binary && buffering == 1 &&
      err_warn(Exc_RuntimeWarning,
               "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
               1) < 0) {
    decref(path_or_fd);
    return nullptr;
  }
  // The raw layer.
  Object* mode_str = str_from(rawmode);
  Object* result = nullptr;
  if (mode_str) {
    Object* a[4] = {path_or_fd, mode_str, closefd ? True : False, opener ? opener : None};
    result = call(&FileIOType, a, 4);
    decref(mode_str);
  }
  decref(path_or_fd);
  if (!result) return nullptr;
  Object* raw = result;
  Object* modeobj = nullptr;
  bool line_buffering = false;
  auto fail = [&]() -> Object* {
    Object* exc = err_fetch();
    Object* r = call_method0(result, names::close);
    xdecref(r);
    err_clear();
    err_restore(exc);
    decref(result);
    xdecref(modeobj);
    return nullptr;
  };
  modeobj = str_from(mode);
  if (!modeobj) return fail();
  bool isatty = false;
  if (buffering < 0) {
    Object* r = call_method0(raw, names::isatty);
    if (!r) return fail();
    int t = object_is_true(r);
    decref(r);
    if (t < 0) return fail();
    isatty = t;
  }
  if (buffering == 1 || isatty) {
    buffering = -1;
    line_buffering = true;
  }
  if (buffering < 0) {
    Object* b = object_getattr(raw, names::_blksize);
    if (!b) return fail();
    ssize v;
    bool ok = ssize_arg(b, &v);
    decref(b);
    if (!ok) return fail();
    buffering = int(v);
  }
  if (buffering < 0) {
    err_set_string(Exc_ValueError, "invalid buffering size");
    return fail();
  }
  if (buffering == 0) {
    if (!binary) {
      err_set_string(Exc_ValueError, "can't have unbuffered text I/O");
      return fail();
    }
    decref(modeobj);
    return result;
  }
  TypeObject* bt = updating                          ? &BufferedRandomType
                   : (creating || writing || appending) ? &BufferedWriterType
                   : reading                            ? &BufferedReaderType
                                                        : nullptr;
  if (!bt) {
    err_format(Exc_ValueError, "unknown mode: '%s'", mode.c_str());
    return fail();
  }
  Object* bs = int_from_i64(buffering);
  if (!bs) return fail();
  Object* buffer = call2(bt, raw, bs);
  decref(bs);
  if (!buffer) return fail();
  result = buffer;
  decref(raw);
  if (binary) {
    decref(modeobj);
    return result;
  }
  Object* args[5] = {buffer, encoding ? encoding : None, errors ? errors : None, newline ? newline : None,
                     line_buffering ? True : False};
  Object* wrapper = call(&TextIOWrapperType, args, 5);
  if (!wrapper) return fail();
  result = wrapper;
  decref(buffer);
  if (object_setattr(wrapper, names::mode, modeobj) < 0) return fail();
  decref(modeobj);
  return result;
}

const char* const open_names[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

}  // namespace

Object* io_open(Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[8];
  if (!parse_kw("open", args, nargs, kwnames, open_names, 8, 1, 8, a)) return nullptr;
  std::string mode = "r";
  if (a[1] && !str_arg("open", "mode", a[1], false, &mode, nullptr)) return nullptr;
  int buffering = -1;
  if (a[2] && !int_arg(a[2], &buffering)) return nullptr;
  std::string tmp;
  bool none;
  Object* enc = nullptr;
  Object* errs = nullptr;
  Object* nl = nullptr;
  if (a[3]) {
    if (!str_arg("open", "encoding", a[3], true, &tmp, &none)) return nullptr;
    if (!none) enc = a[3];
  }
  if (a[4]) {
    if (!str_arg("open", "errors", a[4], true, &tmp, &none)) return nullptr;
    if (!none) errs = a[4];
  }
  if (a[5]) {
    if (!str_arg("open", "newline", a[5], true, &tmp, &none)) return nullptr;
    if (!none) nl = a[5];
  }
  bool closefd = true;
  if (a[6] && !bool_int_arg(a[6], &closefd)) return nullptr;
  Object* opener = a[7] && a[7] != None ? a[7] : nullptr;
  return open_impl(a[0], mode, buffering, enc, errs, nl, closefd, opener);
}

namespace {

Object* m_open(Object*, Object* const* args, ssize nargs, Object* kwnames) { return io_open(args, nargs, kwnames); }

Object* m_open_code(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kw[] = {"path"};
  Object* a[1];
  if (!parse_kw("open_code", args, nargs, kwnames, kw, 1, 1, 1, a)) return nullptr;
  if (!is_str(a[0]))
    return err_format_null(Exc_TypeError, "open_code() argument 'path' must be str, not %s", arg_type_name(a[0]));
  Object* mode = str_from_cstr("rb");
  if (!mode) return nullptr;
  Object* v[2] = {a[0], mode};
  Object* r = io_open(v, 2, nullptr);
  decref(mode);
  return r;
}

Object* m_text_encoding(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!pos_args("text_encoding", nargs, kwnames, 1, 2)) return nullptr;
  Object* enc = args[0];
  if (enc != None) return newref(enc);
  int stacklevel = 2;
  if (nargs > 1 && !int_arg(args[1], &stacklevel)) return nullptr;
  for (const std::string& x : startup_config().xoptions)
    if (x == "warn_default_encoding" &&
        err_warn(Exc_EncodingWarning, "'encoding' argument not specified", stacklevel) < 0)
      return nullptr;
  return str_from_cstr(utf8_mode() ? "utf-8" : "locale");
}

// open() is one object shared by builtins and _io (`open is io.open`, as in
// CPython): made once, by the builtins module at start-up (io_open_function).
MethodDef open_def = {"open", m_open, METH_DEFAULT, "Open file and return a stream.  Raise OSError upon failure."};
Object* open_function = nullptr;

MethodDef io_functions[] = {
    {"open_code", m_open_code, METH_DEFAULT,
     "Opens the provided file with the intent to import the contents."},
    {"text_encoding", m_text_encoding, METH_DEFAULT,
     "A helper function to choose the text encoding."},
    {nullptr, nullptr, 0, nullptr},
};

// The standard stream objects made at start-up (immortal), in creation order
// (raw, buffer, text per stream); io_fini() empties them at exit.
Object* std_objects[9];
int n_std_objects = 0;
Object* std_text[3];  // stdin, stdout, stderr wrappers (or null)

}  // namespace

int ready_io_types() {
  if (Exc_UnsupportedOperation) return 0;
  init_iobase_types();
  init_fileio_type();
  init_buffered_types();
  init_bytesio_types();
  init_stringio_type();
  init_textio_type();
  init_codec_types();
  for (TypeObject* t : {&IOBaseType, &RawIOBaseType, &BufferedIOBaseType, &TextIOBaseType, &FileIOType,
                        &BufferedReaderType, &BufferedWriterType, &BufferedRandomType, &BufferedRWPairType,
                        &BytesIOType, &BytesIOBufferType, &BufferViewType, &StringIOType, &TextIOWrapperType,
                        &IncrementalNewlineDecoderType})
    if (ready_static_type(t) < 0) return -1;
  // class UnsupportedOperation(OSError, ValueError), __module__ "io" (as io.py sets it).
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
  if (!cls) return -1;
  Exc_UnsupportedOperation = static_cast<TypeObject*>(cls);
  return 0;
}

Object* make_io_module(const char* name) {
  if (ready_io_types() < 0) return nullptr;
  Object* m = module_new(name);
  if (!m) return nullptr;
  Object* open_fn = stdlib::io_open_function();
  if (!open_fn || module_add_functions(m, io_functions) < 0 || module_add_object(m, "open", newref(open_fn)) < 0) {
    decref(m);
    return nullptr;
  }
  struct Entry {
    const char* name;
    Object* value;
  };
  Entry entries[] = {
      {"DEFAULT_BUFFER_SIZE", int_from_i64(DEFAULT_BUFFER_SIZE)},
      {"UnsupportedOperation", newref(static_cast<Object*>(Exc_UnsupportedOperation))},
      {"BlockingIOError", newref(static_cast<Object*>(Exc_BlockingIOError))},
      {"_IOBase", newref(static_cast<Object*>(&IOBaseType))},
      {"_RawIOBase", newref(static_cast<Object*>(&RawIOBaseType))},
      {"_BufferedIOBase", newref(static_cast<Object*>(&BufferedIOBaseType))},
      {"_TextIOBase", newref(static_cast<Object*>(&TextIOBaseType))},
      {"FileIO", newref(static_cast<Object*>(&FileIOType))},
      {"BytesIO", newref(static_cast<Object*>(&BytesIOType))},
      {"StringIO", newref(static_cast<Object*>(&StringIOType))},
      {"BufferedReader", newref(static_cast<Object*>(&BufferedReaderType))},
      {"BufferedWriter", newref(static_cast<Object*>(&BufferedWriterType))},
      {"BufferedRandom", newref(static_cast<Object*>(&BufferedRandomType))},
      {"BufferedRWPair", newref(static_cast<Object*>(&BufferedRWPairType))},
      {"TextIOWrapper", newref(static_cast<Object*>(&TextIOWrapperType))},
      {"IncrementalNewlineDecoder", newref(static_cast<Object*>(&IncrementalNewlineDecoderType))},
  };
  bool ok = true;
  for (Entry& e : entries) {
    if (!ok || !e.value) {
      xdecref(e.value);
      ok = false;
      continue;
    }
    if (module_add_object(m, e.name, e.value) < 0) ok = false;
  }
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

// ---- the standard streams ------------------------------------------------------------------
namespace {

bool fd_is_valid(int fd) {
  struct stat st;
  return ::fstat(fd, &st) == 0 || errno != EBADF;
}

void remember_std(Object* o) {
  if (o && n_std_objects < 9) std_objects[n_std_objects++] = o;
}

// One standard stream; None when the descriptor is not open.
Object* create_stdio(int fd, const char* name, bool write_mode, const std::string& encoding,
                     const std::string& errors) {
  if (!fd_is_valid(fd)) return none_ref();
  bool buffered = !(write_mode && startup_config().unbuffered);
  Object* raw = fileio_new_fd(fd, write_mode ? "wb" : "rb", false);
  if (!raw) return nullptr;
  remember_std(raw);
  Object* nameobj = str_from_cstr(name);
  if (!nameobj || object_setattr(raw, names::name, nameobj) < 0) {
    xdecref(nameobj);
    decref(raw);
    return nullptr;
  }
  decref(nameobj);
  Object* buf = raw;
  if (buffered) {
    auto* f = static_cast<FileIOObject*>(raw);
    Object* size = int_from_i64(f->blksize > 1 ? f->blksize : DEFAULT_BUFFER_SIZE);
    buf = size ? call2(write_mode ? &BufferedWriterType : &BufferedReaderType, raw, size) : nullptr;
    xdecref(size);
    decref(raw);
    if (!buf) return nullptr;
    remember_std(buf);
  }
  bool tty = ::isatty(fd) == 1;
  // -u applies to the text layer of all three streams (stdin keeps its buffer).
  bool unbuffered = startup_config().unbuffered;
  bool line_buffering = !unbuffered && (tty || fd == 2);
  Object* text = textio_new(buf, encoding.c_str(), errors.c_str(), "\n", line_buffering, unbuffered);
  decref(buf);
  if (!text) return nullptr;
  remember_std(text);
  Object* mode = str_from_cstr(write_mode ? "w" : "r");
  if (!mode || object_setattr(text, names::mode, mode) < 0) {
    xdecref(mode);
    decref(text);
    return nullptr;
  }
  decref(mode);
  return text;
}

}  // namespace

int create_std_streams(Object* sys_module) {
  if (ready_io_types() < 0) return -1;
  // PYTHONIOENCODING=encoding[:errors] (ignored under -E / -I).
  std::string enc = "utf-8", in_out_errors = "surrogateescape", err_errors = "backslashreplace";
  const char* pie = startup_config().ignore_environment ? nullptr : std::getenv("PYTHONIOENCODING");
  if (pie && *pie) {
    std::string v = pie;
    size_t colon = v.find(':');
    std::string e = v.substr(0, colon);
    if (!e.empty()) {
      enc = e;
      in_out_errors = "strict";
    }
    if (colon != std::string::npos && colon + 1 < v.size()) in_out_errors = v.substr(colon + 1);
  }
  const char* names_[3] = {"<stdin>", "<stdout>", "<stderr>"};
  const char* attrs[3] = {"stdin", "stdout", "stderr"};
  const char* dunder[3] = {"__stdin__", "__stdout__", "__stderr__"};
  for (int fd = 0; fd < 3; fd++) {
    Object* s = create_stdio(fd, names_[fd], fd != 0, enc, fd == 2 ? err_errors : in_out_errors);
    if (!s) return -1;
    std_text[fd] = s == None ? nullptr : s;
    if (module_add_object(sys_module, attrs[fd], newref(s)) < 0 || module_add_object(sys_module, dunder[fd], s) < 0)
      return -1;
  }
  return 0;
}

void io_fini() {
  // The streams made at start-up are immortal; empty them of what the script
  // left (decoded text, snapshots, reconfigured codecs, attributes) so that
  // the exit leak check sees no mortal object held by them.
  for (int i = 1; i < 3; i++)
    if (std_text[i] && textio_flush(std_text[i]) < 0) err_clear();
  for (int i = n_std_objects - 1; i >= 0; i--) {
    Object* o = std_objects[i];
    Object* d = static_cast<IOHead*>(o)->dict;
    if (d) dict_clear(d);
    if (type_of(o)->tp_clear) type_of(o)->tp_clear(o);
  }
  err_clear();
}

}  // namespace stdlib::io

// ---- the module objects, stdlib/fileio.h and the rt:: file API ---------------------------------
namespace stdlib {
using namespace rt;

Object* init_io_module() { return io::make_io_module("io"); }

Object* io_open_function() {
  if (!io::open_function) {
    Object* modname = str_from_cstr("io");
    if (!modname) return nullptr;
    io::open_function = builtin_function_new(&io::open_def, nullptr, modname);
    decref(modname);
  }
  return io::open_function;
}

ssize_t read_fd(int fd, char* buf, size_t n) { return rt::sched::read_fd(fd, buf, n); }
int sleep_for(double secs) { return rt::sched::sleep(secs); }

int init_file_types() { return io::ready_io_types(); }
int create_std_streams(Object* sys_module) { return io::create_std_streams(sys_module); }
void io_fini() { io::io_fini(); }

bool is_file_object(Object* o) { return type_of(o) == &io::TextIOWrapperType; }

int file_write_utf8(Object* file, const char* data, size_t n) {
  return io::textio_write_utf8(file, data, ssize(n), nullptr);
}

Object* file_readline(Object* file, ssize limit) {
  if (type_of(file) == &io::TextIOWrapperType) return io::textio_readline(file, limit);
  Object* l = int_from_i64(limit);
  if (!l) return nullptr;
  Object* r = call_method1(file, names::readline, l);
  decref(l);
  return r;
}

int file_flush(Object* file) {
  if (type_of(file) == &io::TextIOWrapperType) return io::textio_flush(file);
  Object* r = call_method0(file, names::flush);
  if (!r) return -1;
  decref(r);
  return 0;
}

}  // namespace stdlib

namespace rt {

Object* file_open(Object* const* args, ssize nargs, Object* kwnames) {
  return stdlib::io::io_open(args, nargs, kwnames);
}

int file_write_str(Object* file, Object* s) {
  if (type_of(file) == &stdlib::io::TextIOWrapperType && is_str(s))
    return stdlib::io::textio_write_utf8(file, str_utf8(s), str_utf8_len(s), s);
  Object* r = call_method1(file, names::write, s);
  if (!r) return -1;
  decref(r);
  return 0;
}

int file_write_cstr(Object* file, const char* s) {
  if (type_of(file) == &stdlib::io::TextIOWrapperType)
    return stdlib::io::textio_write_utf8(file, s, ssize(strlen(s)), nullptr);
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
    incref(f);
    Object* saved = err_fetch();
    if (stdlib::file_flush(f) < 0) err_clear();
    err_restore(saved);
    decref(f);
  }
}

}  // namespace rt

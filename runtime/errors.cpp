// Raising, fetching and reporting exceptions from C++.
//
// The pending exception is one normalized instance in
// tstate()->curexc.  err_set_* make a new exception and chain it to the
// exception currently being handled (tstate()->exc_info) as __context__, as
// `raise` does inside an except block; err_restore puts back a fetched
// exception unchanged.
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>

#include "../interp/code.h"
#include "api.h"
#include "../stdlib/modules.h"
#include "runtime/threads/state.h"

namespace rt {

namespace {

// Link exc.__context__ to the exception being handled, cutting any cycle
// that would make exc its own context.
void chain_context(Object* exc) {
  ThreadState* ts = tstate();
  if (!ts) return;
  Object* handled = nullptr;
  for (ExcStackItem* it = ts->exc_info; it; it = it->previous) {
    if (it->exc_value && it->exc_value != None) {
      handled = it->exc_value;
      break;
    }
  }
  if (!handled || handled == exc) return;
  // Break a cycle: if exc appears in handled's context chain, cut it there.
  // The chain may already loop without exc (a script can set __context__):
  // a second pointer moving at half speed stops the walk there (as CPython).
  Object* o = handled;
  Object* slow = handled;
  bool advance_slow = false;
  while (Object* ctx = exc_get_context(o)) {
    if (ctx == exc) {
      exc_set_context(o, nullptr);
      break;
    }
    o = ctx;
    if (o == slow) break;
    if (advance_slow) slow = exc_get_context(slow);
    advance_slow = !advance_slow;
  }
  exc_set_context(exc, newref(handled));
}

Object* make_exception(TypeObject* type, Object* value) {
  if (value && is_instance_of(value, type) && is_exception(value)) return newref(value);
  if (!value || value == None) return exc_new(type, nullptr, 0);
  if (is_tuple(value)) return exc_new(type, tuple_items(value), size_of(value));
  return exc_new(type, &value, 1);
}

}  // namespace

void err_set_exception(Object* exc) {
  incref(exc);
  chain_context(exc);
  err_restore(exc);
}

void err_set_object(TypeObject* type, Object* value) {
  Object* exc = make_exception(type, value);
  if (!exc) return;  // constructing the exception raised something else: that stays pending
  chain_context(exc);
  err_restore(exc);
}

void err_set_none(TypeObject* type) { err_set_object(type, nullptr); }

void err_set_string(TypeObject* type, const char* msg) {
  Object* s = str_from_cstr(msg);
  if (!s) return;
  err_set_object(type, s);
  decref(s);
}

static void vformat(TypeObject* type, const char* fmt, va_list ap) {
  char buf[512];
  va_list ap2;
  va_copy(ap2, ap);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  if (n >= int(sizeof buf)) {
    std::string big(size_t(n) + 1, '\0');
    std::vsnprintf(big.data(), big.size(), fmt, ap2);
    err_set_string(type, big.c_str());
  } else {
    err_set_string(type, buf);
  }
  va_end(ap2);
}

void err_format(TypeObject* type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vformat(type, fmt, ap);
  va_end(ap);
}

Object* err_format_null(TypeObject* type, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vformat(type, fmt, ap);
  va_end(ap);
  return nullptr;
}

TypeObject* err_occurred() {
  ThreadState* ts = tstate();
  return ts && ts->curexc ? type_of(ts->curexc) : nullptr;
}

bool err_matches(TypeObject* type) {
  ThreadState* ts = tstate();
  return ts && ts->curexc && is_instance_of(ts->curexc, type);
}

bool exc_matches(Object* exc_or_type, Object* type_or_tuple) {
  if (is_tuple(type_or_tuple)) {
    for (ssize i = 0; i < size_of(type_or_tuple); i++)
      if (exc_matches(exc_or_type, tuple_get(type_or_tuple, i))) return true;
    return false;
  }
  if (!is_type(type_or_tuple)) return false;
  TypeObject* t = static_cast<TypeObject*>(type_or_tuple);
  TypeObject* e = is_type(exc_or_type) ? static_cast<TypeObject*>(exc_or_type) : type_of(exc_or_type);
  return e == t || is_subtype(e, t);
}

Object* err_fetch() {
  ThreadState* ts = tstate();
  if (!ts) return nullptr;
  Object* e = ts->curexc;
  ts->curexc = nullptr;
  return e;
}

void err_restore(Object* exc) {
  ThreadState* ts = tstate();
  Object* old = ts->curexc;
  ts->curexc = exc;
  xdecref(old);
}

void err_clear() { err_restore(nullptr); }

Object* err_no_memory() {
  // Raising must not allocate much: reuse a MemoryError made with no arguments.
  Object* e = exc_new(Exc_MemoryError, nullptr, 0);
  if (e) err_restore(e);
  return nullptr;
}

void err_bad_internal_call(const char* where) {
  err_format(Exc_SystemError, "bad argument to internal function%s%s", where ? ": " : "", where ? where : "");
}

static TypeObject* errno_class(int e) {
  switch (e) {
    case ENOENT: return Exc_FileNotFoundError;
    case EEXIST: return Exc_FileExistsError;
    case EACCES:
    case EPERM: return Exc_PermissionError;
    case EISDIR: return Exc_IsADirectoryError;
    case ENOTDIR: return Exc_NotADirectoryError;
    case EINTR: return Exc_InterruptedError;
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS: return Exc_BlockingIOError;
    case ECHILD: return Exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN: return Exc_BrokenPipeError;
    case ECONNABORTED: return Exc_ConnectionAbortedError;
    case ECONNREFUSED: return Exc_ConnectionRefusedError;
    case ECONNRESET: return Exc_ConnectionResetError;
    case ESRCH: return Exc_ProcessLookupError;
    case ETIMEDOUT: return Exc_TimeoutError;
    default: return Exc_OSError;
  }
}

TypeObject* oserror_subclass_for_errno(int e) { return errno_class(e); }

void err_set_from_errno(TypeObject* type, int errnum, Object* filename) {
  if (type == Exc_OSError) type = errno_class(errnum);
  Object* args[3];
  args[0] = int_from_i64(errnum);
  args[1] = str_from_cstr(std::strerror(errnum));
  args[2] = filename;
  if (!args[0] || !args[1]) {
    xdecref(args[0]);
    xdecref(args[1]);
    return;
  }
  Object* exc = exc_new(type, args, filename ? 3 : 2);
  decref(args[0]);
  decref(args[1]);
  if (!exc) return;
  chain_context(exc);
  err_restore(exc);
}

void err_key_error(Object* key) {
  Object* exc = exc_new(Exc_KeyError, &key, 1);
  if (!exc) return;
  chain_context(exc);
  err_restore(exc);
}

Object* err_stop_iteration(Object* value) {
  Object* exc = value ? exc_new(Exc_StopIteration, &value, 1) : exc_new(Exc_StopIteration, nullptr, 0);
  if (exc) err_restore(exc);
  return nullptr;
}

// Through sys.unraisablehook when a script replaced it (natives4, stdlib/sys_info.cpp).
void err_write_unraisable(Object* obj, const char* where) {
  Object* exc = err_fetch();
  if (!exc) return;
  int r = stdlib::sys_call_unraisablehook(exc, obj, where);
  if (r == 0) {
    decref(exc);
    return;
  }
  err_restore(exc);
  write_unraisable_default(obj, where);
}

void write_unraisable_default(Object* obj, const char* where) {
  Object* exc = err_fetch();
  if (!exc) return;
  std::string head = where ? where : "Exception ignored in";
  Object* stderr_file = sys_get_object("stderr");
  std::string text;
  if (obj) {
    Object* r = object_repr(obj);
    if (r) {
      text = head + ": " + std::string(str_view(r)) + "\n";
      decref(r);
    } else {
      err_clear();
      text = head + ": <object repr() failed>\n";
    }
  } else {
    text = head + ":\n";
  }
  if (stderr_file && stderr_file != None) {
    Object* s = str_from(text);
    if (s) {
      file_write_str(stderr_file, s);
      decref(s);
    }
    err_clear();
  } else {
    (void)!::fwrite(text.data(), 1, text.size(), stderr);
  }
  interp::print_exception(exc, nullptr);
  err_clear();
  decref(exc);
}

}  // namespace rt

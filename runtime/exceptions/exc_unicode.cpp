// UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: the
// exceptions the codecs raise and the error handlers receive.
//
// They carry five fields beside BaseException's (UnicodeErrorObject in
// runtime/codecs.h): encoding, object, reason (any objects; None when unset)
// and start, end (machine integers, as CPython's members: assigning a
// non-int raises "an integer is required", deleting them "can't delete
// numeric/char attribute").  The fields are instance storage, not __dict__
// entries, so vars(exc) is {} as in CPython.  UnicodeError itself has no
// fields: it is a plain BaseException-like class (which is why the codec
// machinery may wrap it, runtime/codec_registry.cpp).
//
// __init__ takes exactly five positional arguments (four for
// UnicodeTranslateError, whose encoding is None); a UnicodeDecodeError's
// object may be any bytes-like object and is stored as bytes.  __str__ is
// CPython's message: one character/byte named with its escape when the range
// covers exactly one, else the position range (printed raw, even when it is
// out of bounds or empty).
#include <cstdio>
#include <string>

#include "runtime/api.h"
#include "runtime/text/codecs.h"
#include "runtime/exceptions/exceptions.h"
#include "runtime/text/str.h"

namespace rt {

namespace {

UnicodeErrorObject* U(Object* o) { return static_cast<UnicodeErrorObject*>(o); }

enum Field { F_ENCODING, F_OBJECT, F_START, F_END, F_REASON };

Object** object_field(Object* self, intptr_t f) {
  switch (f) {
    case F_ENCODING: return &U(self)->encoding;
    case F_OBJECT: return &U(self)->object;
    default: return &U(self)->reason;
  }
}

Object* field_get(Object* self, void* closure) {
  intptr_t f = reinterpret_cast<intptr_t>(closure);
  if (f == F_START) return int_from_i64(U(self)->start);
  if (f == F_END) return int_from_i64(U(self)->end);
  Object* v = *object_field(self, f);
  return newref(v ? v : None);
}

int field_set(Object* self, Object* value, void* closure) {
  intptr_t f = reinterpret_cast<intptr_t>(closure);
  if (f == F_START || f == F_END) {
    if (!value) {
      err_set_string(Exc_TypeError, "can't delete numeric/char attribute");
      return -1;
    }
    ssize& slot = f == F_START ? U(self)->start : U(self)->end;
    if (!is_int(value)) {
      // CPython stores -1 before it notices the error; so do we.
      slot = -1;
      err_set_string(Exc_TypeError, "an integer is required");
      return -1;
    }
    slot = int_as_ssize(value);
    if (slot == -1 && err_occurred()) {
      err_clear();
      err_set_string(Exc_OverflowError, "Python int too large to convert to C ssize_t");
      return -1;
    }
    return 0;
  }
  setref(*object_field(self, f), xnewref(value));
  return 0;
}

GetSetDef unicode_error_getset[] = {
    {"encoding", field_get, field_set, "exception encoding", reinterpret_cast<void*>(F_ENCODING)},
    {"object", field_get, field_set, "exception object", reinterpret_cast<void*>(F_OBJECT)},
    {"start", field_get, field_set, "exception start", reinterpret_cast<void*>(F_START)},
    {"end", field_get, field_set, "exception end", reinterpret_cast<void*>(F_END)},
    {"reason", field_get, field_set, "exception reason", reinterpret_cast<void*>(F_REASON)},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

destructor base_dealloc_fn = nullptr;
traverseproc base_traverse_fn = nullptr;
inquiry base_clear_fn = nullptr;

void clear_fields(Object* o) {
  clearref(U(o)->encoding);
  clearref(U(o)->object);
  clearref(U(o)->reason);
}

void unicode_error_dealloc(Object* o) {
  gc_untrack(o);
  clear_fields(o);
  base_dealloc_fn(o);
}

int unicode_error_traverse(Object* o, visitproc visit, void* arg) {
  for (Object* x : {U(o)->encoding, U(o)->object, U(o)->reason})
    if (x)
      if (int r = visit(x, arg)) return r;
  return base_traverse_fn(o, visit, arg);
}

int unicode_error_clear(Object* o) {
  clear_fields(o);
  return base_clear_fn(o);
}

// ---- __init__ ---------------------------------------------------------------------------
bool str_arg(Object* o, int n) {
  if (is_str(o)) return true;
  err_format(Exc_TypeError, "argument %d must be str, not %.200s", n, o == None ? "None" : type_name(o));
  return false;
}

bool ssize_arg(Object* o, ssize* out) { return codecs::index_arg(o, "ssize_t", out); }

// The common part: BaseException.__init__ (args, no keywords), the argument
// count, then the fields.  with_encoding: the first argument is the encoding.
int init_fields(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool with_encoding,
                bool decode) {
  if (Exc_BaseException->tp_init(self, args, nargs, kwnames) < 0) return -1;
  ssize want = with_encoding ? 5 : 4;
  if (nargs != want) {
    err_format(Exc_TypeError, "function takes exactly %zd arguments (%zd given)", want, nargs);
    return -1;
  }
  ssize k = 0;
  Object* encoding = nullptr;
  if (with_encoding) {
    encoding = args[k++];
    if (!str_arg(encoding, 1)) return -1;
  }
  Object* object = args[k++];
  if (!decode && !str_arg(object, int(k))) return -1;
  ssize start, end;
  if (!ssize_arg(args[k++], &start) || !ssize_arg(args[k++], &end)) return -1;
  Object* reason = args[k];
  if (!str_arg(reason, int(k + 1))) return -1;
  Object* stored;
  if (decode) {
    if (is_bytes(object)) {
      stored = newref(object);
    } else {
      codecs::ByteArg b;
      if (!b.get(object)) return -1;
      stored = bytes_from(b.data(), b.size());
      if (!stored) return -1;
    }
  } else {
    stored = newref(object);
  }
  setref(U(self)->encoding, xnewref(encoding));
  setref(U(self)->object, stored);
  U(self)->start = start;
  U(self)->end = end;
  setref(U(self)->reason, newref(reason));
  return 0;
}

int encode_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return init_fields(self, args, nargs, kwnames, true, false);
}
int decode_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return init_fields(self, args, nargs, kwnames, true, true);
}
int translate_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return init_fields(self, args, nargs, kwnames, false, false);
}

// ---- __str__ ------------------------------------------------------------------------------
// str(x) as std::string, for the message.
bool str_of(Object* o, std::string& out) {
  Object* s = object_str(o ? o : None);
  if (!s) return false;
  out.assign(str_view(s));
  decref(s);
  return true;
}

void escape_char(char* buf, size_t n, uint32_t cp) {
  if (cp <= 0xff) snprintf(buf, n, "\\x%02x", cp);
  else if (cp <= 0xffff) snprintf(buf, n, "\\u%04x", cp);
  else snprintf(buf, n, "\\U%08x", cp);
}

Object* unicode_error_str_common(Object* self, int kind) {  // 0 encode, 1 decode, 2 translate
  UnicodeErrorObject* e = U(self);
  if (!e->object) return str_empty();
  std::string reason, encoding, out;
  if (!str_of(e->reason, reason)) return nullptr;
  if (kind != 2 && !str_of(e->encoding, encoding)) return nullptr;
  char buf[160];
  ssize start = e->start, end = e->end;
  bool one = false;
  if (kind == 1) {
    if (is_bytes(e->object) && start >= 0 && start < size_of(e->object) && end == start + 1) {
      snprintf(buf, sizeof buf, "can't decode byte 0x%02x in position %zd: ",
               static_cast<unsigned char>(bytes_data(e->object)[start]), start);
      one = true;
    }
  } else if (is_str(e->object) && start >= 0 && start < str_len(e->object) && end == start + 1) {
    char esc[16];
    escape_char(esc, sizeof esc, str_char_at(e->object, start));
    snprintf(buf, sizeof buf, "can't %s character '%s' in position %zd: ", kind == 0 ? "encode" : "translate", esc,
             start);
    one = true;
  }
  if (!one)
    snprintf(buf, sizeof buf, "can't %s in position %zd-%zd: ",
             kind == 0 ? "encode characters" : kind == 1 ? "decode bytes" : "translate characters", start, end - 1);
  if (kind != 2) out = "'" + encoding + "' codec ";
  out += buf;
  out += reason;
  return str_from_valid(out);
}

Object* encode_str(Object* self) { return unicode_error_str_common(self, 0); }
Object* decode_str(Object* self) { return unicode_error_str_common(self, 1); }
Object* translate_str(Object* self) { return unicode_error_str_common(self, 2); }

void setup(TypeObject* t, initfunc init, unaryfunc str, const char* doc) {
  t->tp_basicsize = sizeof(UnicodeErrorObject);
  t->tp_init = init;
  t->tp_str = str;
  t->tp_doc = doc;
  t->tp_getset = unicode_error_getset;
  t->tp_dealloc = unicode_error_dealloc;
  t->tp_traverse = unicode_error_traverse;
  t->tp_clear = unicode_error_clear;
}

}  // namespace

void init_unicode_error_types() {
  base_dealloc_fn = Exc_BaseException->tp_dealloc;
  base_traverse_fn = Exc_BaseException->tp_traverse;
  base_clear_fn = Exc_BaseException->tp_clear;
  setup(Exc_UnicodeEncodeError, encode_init, encode_str, "Unicode encoding error.");
  setup(Exc_UnicodeDecodeError, decode_init, decode_str, "Unicode decoding error.");
  setup(Exc_UnicodeTranslateError, translate_init, translate_str, "Unicode translation error.");
}

// ---- construction and the handlers' view of the fields ------------------------------------------
namespace codecs {

Object* make_encode_error(const char* encoding, Object* str, ssize start, ssize end, const char* reason) {
  Object* args[5] = {str_from_cstr(encoding), newref(str), int_from_i64(start), int_from_i64(end),
                     str_from_cstr(reason)};
  Object* exc = nullptr;
  if (args[0] && args[2] && args[3] && args[4]) exc = call(Exc_UnicodeEncodeError, args, 5);
  for (Object* a : args) xdecref(a);
  return exc;
}

Object* make_decode_error(const char* encoding, const char* data, ssize n, ssize start, ssize end,
                          const char* reason) {
  Object* args[5] = {str_from_cstr(encoding), bytes_from(data, n), int_from_i64(start), int_from_i64(end),
                     str_from_cstr(reason)};
  Object* exc = nullptr;
  if (args[0] && args[1] && args[2] && args[3] && args[4]) exc = call(Exc_UnicodeDecodeError, args, 5);
  for (Object* a : args) xdecref(a);
  return exc;
}

Object* make_translate_error(Object* str, ssize start, ssize end, const char* reason) {
  Object* args[4] = {newref(str), int_from_i64(start), int_from_i64(end), str_from_cstr(reason)};
  Object* exc = nullptr;
  if (args[1] && args[2] && args[3]) exc = call(Exc_UnicodeTranslateError, args, 4);
  for (Object* a : args) xdecref(a);
  return exc;
}

bool is_unicode_error_instance(Object* o) {
  return is_instance_of(o, Exc_UnicodeEncodeError) || is_instance_of(o, Exc_UnicodeDecodeError) ||
         is_instance_of(o, Exc_UnicodeTranslateError);
}

Object* error_object(Object* exc, bool want_bytes) {
  Object* o = U(exc)->object;
  if (!o || (want_bytes ? !is_bytes(o) : !is_str(o))) {
    err_format(Exc_TypeError, "object attribute must be %s", want_bytes ? "bytes" : "unicode");
    return nullptr;
  }
  return o;
}

bool error_range(Object* exc, bool is_bytes_object, ssize* start, ssize* end) {
  Object* o = error_object(exc, is_bytes_object);
  if (!o) return false;
  ssize size = is_bytes_object ? size_of(o) : str_len(o);
  ssize s = U(exc)->start, e = U(exc)->end;
  // CPython's clamping of the handler's view: start into [0, size-1], end into [1, size].
  if (s < 0) s = 0;
  if (s >= size) s = size == 0 ? 0 : size - 1;
  if (e < 1) e = 1;
  if (e > size) e = size;
  *start = s;
  *end = e;
  return true;
}

void set_error_range(Object* exc, ssize start, ssize end, const char* reason) {
  U(exc)->start = start;
  U(exc)->end = end;
  Object* r = str_from_cstr(reason);
  if (r) setref(U(exc)->reason, r);
  else err_clear();
}

}  // namespace codecs

}  // namespace rt

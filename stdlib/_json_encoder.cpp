// _json.make_encoder (type _json.Encoder): CPython's c_make_encoder, which
// json.encoder.JSONEncoder.iterencode uses for one-shot encoding (encode()
// and dumps() without indent).
//
// How it works.  make_encoder(markers, default, encoder, indent,
// key_separator, item_separator, sort_keys, skipkeys, allow_nan) keeps its
// arguments; a call encoder(obj, _current_indent_level) writes the whole
// document into one UTF-8 buffer and returns it as a one-element list (a
// list of chunks, which json.encoder joins).  When `encoder` is this
// module's encode_basestring_ascii or encode_basestring, strings are escaped
// straight into the buffer; any other callable is called and must return a
// str.
//
// CPython's rules kept here:
//  - The type tests run in CPython's order: None, True, False, str (and
//    subclasses), int (int.__repr__ of the value, so an int subclass's own
//    __repr__ is ignored), float (float.__repr__, same), list or tuple, dict,
//    and anything else goes through default().
//  - Non-finite floats are NaN/Infinity/-Infinity, or ValueError "Out of range
//    float values are not JSON compliant" when allow_nan is false.
//  - markers (a dict or None) maps id(container) to the container while it is
//    being encoded: meeting it again is ValueError "Circular reference
//    detected".  On an error the entry is left in place, as in CPython.
//  - Lists, tuples, dicts and default()'s results enter the recursion guard
//    (" while encoding a JSON object").
//  - Dict items come from dict.items() (a snapshot: default() may change the
//    dict), sorted as (key, value) tuples when sort_keys; keys are str, float,
//    True/False/None or int, else skipped (skipkeys) or TypeError.
//  - indent is kept (and shown as an attribute) but not used: CPython 3.11's
//    C encoder never indents, json.encoder only uses it without indent.
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/types/descr.h"
#include "runtime/containers/list.h"
#include "runtime/text/str.h"
#include "_json.h"
#include "native.h"

namespace stdlib::json {
using namespace rt;

TypeObject EncoderType;

namespace {

enum class FastEncode : uint8_t { None, Ascii, Unicode };

struct EncoderObject : Object {
  Object* markers;
  Object* defaultfn;
  Object* encoder;
  Object* indent;
  Object* key_separator;
  Object* item_separator;
  bool sort_keys;
  bool skipkeys;
  bool allow_nan;
  FastEncode fast;
};
using EncoderRefs = RefFields<EncoderObject, &EncoderObject::markers, &EncoderObject::defaultfn,
                              &EncoderObject::encoder, &EncoderObject::indent, &EncoderObject::key_separator,
                              &EncoderObject::item_separator>;
inline EncoderObject* E(Object* o) { return static_cast<EncoderObject*>(o); }

constexpr const char kRecursion[] = " while encoding a JSON object";

int encode_obj(EncoderObject* e, std::string& out, Object* obj);

inline void append_str(std::string& out, Object* s) { out.append(str_utf8(s), size_t(str_utf8_len(s))); }

// The JSON form of a str: escaped here, or whatever the encoder callable returns.
int encode_string(EncoderObject* e, std::string& out, Object* s) {
  if (e->fast != FastEncode::None) {
    append_escaped(out, s, e->fast == FastEncode::Ascii);
    return 0;
  }
  Object* r = call1(e->encoder, s);
  if (!r) return -1;
  if (!is_str(r)) {
    err_format(Exc_TypeError, "encoder() must return a string, not %.80s", type_name(r));
    decref(r);
    return -1;
  }
  append_str(out, r);
  decref(r);
  return 0;
}

// int.__repr__ of an int or an instance of a subclass.
int append_int(std::string& out, Object* o) {
  if (int_is_small(o)) {
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, int_small_value(o));
    out.append(buf, size_t(res.ptr - buf));
    return 0;
  }
  Object* s = int_to_decimal_string(o);
  if (!s) return -1;
  append_str(out, s);
  decref(s);
  return 0;
}

// float.__repr__ of a float, or the JSON names of the non-finite ones.
int append_float(EncoderObject* e, std::string& out, Object* o) {
  double d = float_value(o);
  if (std::isfinite(d)) {
    out += float_repr_std(d);
    return 0;
  }
  if (!e->allow_nan) {
    err_set_string(Exc_ValueError, "Out of range float values are not JSON compliant");
    return -1;
  }
  out += d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
  return 0;
}

// Mark a container as being encoded (markers[id(obj)] = obj); *ident gets
// the key (null when markers is None).
int mark(EncoderObject* e, Object* obj, Object** ident) {
  *ident = nullptr;
  if (e->markers == None) return 0;
  Object* id = int_from_u64(reinterpret_cast<uintptr_t>(obj));
  if (!id) return -1;
  int has = dict_contains(e->markers, id);
  if (has) {
    if (has > 0) err_set_string(Exc_ValueError, "Circular reference detected");
    decref(id);
    return -1;
  }
  if (dict_setitem(e->markers, id, obj) < 0) {
    decref(id);
    return -1;
  }
  *ident = id;
  return 0;
}
int unmark(EncoderObject* e, Object* ident) {
  if (!ident) return 0;
  int rc = dict_delitem(e->markers, ident);
  decref(ident);
  return rc;
}

int encode_list(EncoderObject* e, std::string& out, Object* seq) {
  if (size_of(seq) == 0) {
    out += "[]";
    return 0;
  }
  Object* ident;
  if (mark(e, seq, &ident) < 0) return -1;
  out.push_back('[');
  bool list = is_list(seq);
  // A list may change while default() runs: its length is read at each step.
  for (ssize i = 0; i < size_of(seq); i++) {
    if (i) append_str(out, e->item_separator);
    Object* item = newref(list ? list_get(seq, i) : tuple_get(seq, i));
    int rc = encode_obj(e, out, item);
    decref(item);
    if (rc < 0) {
      xdecref(ident);
      return -1;
    }
  }
  if (unmark(e, ident) < 0) return -1;
  out.push_back(']');
  return 0;
}

// dict.items() of a dict subclass (or any mapping) as a list, with CPython's
// PyMapping_Items message when the method returns something not iterable.
Object* mapping_items(Object* d) {
  if (is_dict_exact(d)) return dict_items_list(d);
  Object* r = call_method0(d, names::items);
  if (!r) return nullptr;
  Object* it = object_get_iter(r);
  if (!it) {
    if (err_matches(Exc_TypeError)) {
      err_clear();
      err_format(Exc_TypeError, "%.200s.items() returned a non-iterable (type %.200s)", type_name(d),
                 type_name(r));
    }
    decref(r);
    return nullptr;
  }
  decref(r);
  Object* l = sequence_list(it);
  decref(it);
  return l;
}

// One key: its JSON form (a quoted string) appended to out; 1 when the key
// is skipped (skipkeys), -1 on error.
int encode_key(EncoderObject* e, std::string& out, Object* key) {
  if (is_str(key)) return encode_string(e, out, key);
  std::string text;
  if (is_float(key)) {
    if (append_float(e, text, key) < 0) return -1;
  } else if (key == True || key == False || key == None) {
    text = key == True ? "true" : key == False ? "false" : "null";
  } else if (is_int(key)) {
    if (append_int(text, key) < 0) return -1;
  } else if (e->skipkeys) {
    return 1;
  } else {
    err_format(Exc_TypeError, "keys must be str, int, float, bool or None, not %.100s", type_name(key));
    return -1;
  }
  if (e->fast != FastEncode::None) {  // the text needs no escaping
    out.push_back('"');
    out += text;
    out.push_back('"');
    return 0;
  }
  Object* s = str_from_valid(text);
  if (!s) return -1;
  int rc = encode_string(e, out, s);
  decref(s);
  return rc;
}

int encode_dict(EncoderObject* e, std::string& out, Object* d) {
  if (dict_size(d) == 0) {
    out += "{}";
    return 0;
  }
  Object* ident;
  if (mark(e, d, &ident) < 0) return -1;
  out.push_back('{');
  Object* items = mapping_items(d);
  if (!items || (e->sort_keys && list_sort(items, nullptr, false) < 0)) {
    xdecref(items);
    xdecref(ident);
    return -1;
  }
  bool first = true;
  for (ssize i = 0; i < size_of(items); i++) {
    Object* item = list_get(items, i);
    if (!is_tuple(item) || size_of(item) != 2) {
      err_set_string(Exc_ValueError, "items must return 2-tuples");
      goto fail;
    }
    {
      size_t mark_len = out.size();
      if (!first) append_str(out, e->item_separator);
      int rc = encode_key(e, out, tuple_get(item, 0));
      if (rc < 0) goto fail;
      if (rc > 0) {
        out.resize(mark_len);
        continue;
      }
      first = false;
      append_str(out, e->key_separator);
      if (encode_obj(e, out, tuple_get(item, 1)) < 0) goto fail;
    }
  }
  decref(items);
  if (unmark(e, ident) < 0) return -1;
  out.push_back('}');
  return 0;
fail:
  decref(items);
  xdecref(ident);
  return -1;
}

int encode_obj(EncoderObject* e, std::string& out, Object* obj) {
  if (obj == None) {
    out += "null";
    return 0;
  }
  if (obj == True) {
    out += "true";
    return 0;
  }
  if (obj == False) {
    out += "false";
    return 0;
  }
  if (is_str(obj)) return encode_string(e, out, obj);
  if (is_int(obj)) return append_int(out, obj);
  if (is_float(obj)) return append_float(e, out, obj);
  if (is_list(obj) || is_tuple(obj) || is_dict(obj)) {
    if (!enter_recursive_call(kRecursion)) return -1;
    int rc = is_dict(obj) ? encode_dict(e, out, obj) : encode_list(e, out, obj);
    leave_recursive_call();
    return rc;
  }
  Object* ident;
  if (mark(e, obj, &ident) < 0) return -1;
  Object* value = call1(e->defaultfn, obj);
  if (!value) {
    xdecref(ident);
    return -1;
  }
  if (!enter_recursive_call(kRecursion)) {
    decref(value);
    xdecref(ident);
    return -1;
  }
  int rc = encode_obj(e, out, value);
  leave_recursive_call();
  decref(value);
  if (rc < 0) {
    xdecref(ident);
    return -1;
  }
  return unmark(e, ident);
}

// ---- the type ----------------------------------------------------------------------------

FastEncode fast_encode_of(Object* encoder) {
  if (type_of(encoder) != &BuiltinFunctionType) return FastEncode::None;
  builtinfunc fn = static_cast<BuiltinFunctionObject*>(encoder)->def->fn;
  return fn == encode_basestring_ascii ? FastEncode::Ascii
         : fn == encode_basestring    ? FastEncode::Unicode
                                      : FastEncode::None;
}

Object* encoder_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[9];
  if (!native::parse("make_encoder", args, nargs, kwnames,
                     "markers,default,encoder,indent,key_separator,item_separator,sort_keys,skipkeys,allow_nan", a,
                     native::ArgStyle::Getargs))
    return nullptr;
  for (int k = 4; k < 6; k++)
    if (!is_str(a[k]))
      return err_format_null(Exc_TypeError, "make_encoder() argument %d must be str, not %.50s", k + 1,
                             type_name(a[k]));
  int flags[3];
  for (int k = 0; k < 3; k++)
    if ((flags[k] = object_is_true(a[6 + k])) < 0) return nullptr;
  if (a[0] != None && !is_dict(a[0]))
    return err_format_null(Exc_TypeError, "make_encoder() argument 1 must be dict or None, not %.200s",
                           type_name(a[0]));
  EncoderObject* e = native::alloc<EncoderObject>(type);
  if (!e) return nullptr;
  e->markers = newref(a[0]);
  e->defaultfn = newref(a[1]);
  e->encoder = newref(a[2]);
  e->indent = newref(a[3]);
  e->key_separator = newref(a[4]);
  e->item_separator = newref(a[5]);
  e->sort_keys = flags[0] != 0;
  e->skipkeys = flags[1] != 0;
  e->allow_nan = flags[2] != 0;
  e->fast = fast_encode_of(a[2]);
  gc_track(e);
  return e;
}

Object* encoder_call(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  if (!native::parse("_iterencode", args, nargs, kwnames, "obj,_current_indent_level", a, native::ArgStyle::Getargs))
    return nullptr;
  ssize level;
  if (!native::ssize_arg(a[1], &level)) return nullptr;
  std::string out;
  incref(self);  // default() may drop the last other reference to the encoder
  int rc = encode_obj(E(self), out, a[0]);
  decref(self);
  if (rc < 0) return nullptr;
  Object* s = str_from_valid(out.data(), ssize(out.size()));
  if (!s) return nullptr;
  Object* l = list_new(1);
  if (!l) {
    decref(s);
    return nullptr;
  }
  list_set_steal(l, 0, s);
  return l;
}

template <Object* EncoderObject::*F>
Object* get_field(Object* self, void*) {
  return newref(E(self)->*F);
}
template <bool EncoderObject::*F>
Object* get_flag(Object* self, void*) {
  return bool_ref(E(self)->*F);
}

GetSetDef encoder_getset[] = {
    {"markers", get_field<&EncoderObject::markers>, native::readonly_member, "markers", nullptr},
    {"default", get_field<&EncoderObject::defaultfn>, native::readonly_member, "default", nullptr},
    {"encoder", get_field<&EncoderObject::encoder>, native::readonly_member, "encoder", nullptr},
    {"indent", get_field<&EncoderObject::indent>, native::readonly_member, "indent", nullptr},
    {"key_separator", get_field<&EncoderObject::key_separator>, native::readonly_member, "key_separator", nullptr},
    {"item_separator", get_field<&EncoderObject::item_separator>, native::readonly_member, "item_separator", nullptr},
    {"sort_keys", get_flag<&EncoderObject::sort_keys>, native::readonly_member, "sort_keys", nullptr},
    {"skipkeys", get_flag<&EncoderObject::skipkeys>, native::readonly_member, "skipkeys", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void fill_encoder_type() {
  TypeObject& t = EncoderType;
  t.tp_name = "_json.Encoder";
  t.tp_basicsize = sizeof(EncoderObject);
  t.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  t.tp_doc = "_iterencode(obj, _current_indent_level) -> iterable";
  t.tp_new = encoder_new;
  t.tp_call = encoder_call;
  t.tp_dealloc = EncoderRefs::dealloc;
  t.tp_traverse = EncoderRefs::traverse;
  t.tp_clear = EncoderRefs::clear;
  t.tp_getset = encoder_getset;
}

}  // namespace stdlib::json

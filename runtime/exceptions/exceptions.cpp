// The built-in exception classes (runtime/exceptions.def) and their instances.
//
// Every exception instance has the BaseException layout: args, the
// traceback, the explicit cause and the implicit context, plus an instance
// __dict__.  Class-specific attributes (StopIteration.value, OSError.errno,
// SyntaxError.lineno, ...) are set in that __dict__ by the class's __init__,
// so subclasses written in Python see them as ordinary attributes.
#include <cstddef>
#include <cstdio>
#include <string>

#include "runtime/api.h"
#include "runtime/text/codecs.h"
#include "runtime/exceptions/exceptions.h"
#include "runtime/init.h"
#include "runtime/containers/list.h"
#include "runtime/threads/state.h"

namespace rt {

TypeObject* oserror_subclass_for_errno(int e);  // runtime/errors.cpp

#define EXC_ROOT(n) TypeObject* Exc_##n = nullptr;
#define EXC(n, b) TypeObject* Exc_##n = nullptr;
#include "runtime/exceptions/exceptions.def"
#undef EXC
#undef EXC_ROOT

namespace {

ExcObject* as_exc(Object* o) { return static_cast<ExcObject*>(o); }

// The class objects live here: one static TypeObject per entry of exceptions.def.
enum {
#define EXC_ROOT(n) IDX_##n,
#define EXC(n, b) IDX_##n,
#include "runtime/exceptions/exceptions.def"
#undef EXC
#undef EXC_ROOT
  EXC_COUNT
};
TypeObject exc_types[EXC_COUNT];

// ---- helpers -----------------------------------------------------------------
int set_attr(Object* self, const char* name, Object* v) {  // v borrowed
  Object** d = &as_exc(self)->dict;
  if (!*d) {
    *d = dict_new();
    if (!*d) return -1;
  }
  return dict_setitem_str(*d, name, v);
}
Object* get_attr(Object* self, const char* name) {  // borrowed or null
  Object* d = as_exc(self)->dict;
  return d ? dict_getitem_str(d, name) : nullptr;
}
Object* arg_or_none(Object* args, ssize i) { return i < size_of(args) ? tuple_get(args, i) : None; }

bool reject_kwargs(Object* self, Object* kwnames) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", type_name(self));
    return true;
  }
  return false;
}

// ---- BaseException -------------------------------------------------------------
Object* base_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  auto* e = static_cast<ExcObject*>(alloc_object(type, size_t(type->tp_basicsize)));
  if (!e) return nullptr;
  e->args = tuple_from_array(args, nargs);
  if (!e->args) {
    decref(e);
    return nullptr;
  }
  gc_track(e);
  return e;
}

int base_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (reject_kwargs(self, kwnames)) return -1;
  Object* t = tuple_from_array(args, nargs);
  if (!t) return -1;
  setref(as_exc(self)->args, t);
  return 0;
}

void base_dealloc(Object* o) {
  gc_untrack(o);
  ExcObject* e = as_exc(o);
  clearref(e->dict);
  clearref(e->args);
  clearref(e->traceback);
  clearref(e->context);
  clearref(e->cause);
  free_object(o);
}

int base_traverse(Object* o, visitproc visit, void* arg) {
  ExcObject* e = as_exc(o);
  for (Object* x : {e->dict, e->args, e->traceback, e->context, e->cause})
    if (x)
      if (int r = visit(x, arg)) return r;
  return 0;
}

int base_clear(Object* o) {
  ExcObject* e = as_exc(o);
  clearref(e->dict);
  clearref(e->args);
  clearref(e->traceback);
  clearref(e->context);
  clearref(e->cause);
  return 0;
}

Object* base_str(Object* self) {
  Object* args = as_exc(self)->args;
  ssize n = args ? size_of(args) : 0;
  if (n == 0) return str_from_cstr("");
  if (n == 1) return object_str(tuple_get(args, 0));
  return object_str(args);
}

Object* base_repr(Object* self) {
  Object* args = as_exc(self)->args;
  const char* name = type_name(self);
  ssize n = args ? size_of(args) : 0;
  Object* r = (n == 1) ? object_repr(tuple_get(args, 0)) : (n == 0 ? str_from_cstr("()") : object_repr(args));
  if (!r) return nullptr;
  std::string s(name);
  if (n == 1)
    s += "(" + std::string(str_view(r)) + ")";
  else
    s += std::string(str_view(r));
  decref(r);
  return str_from(s);
}

Object* get_args(Object* self, void*) { return newref(as_exc(self)->args ? as_exc(self)->args : empty_tuple()); }
int set_args(Object* self, Object* v, void*) {
  if (!v) {
    err_set_string(Exc_TypeError, "args may not be deleted");
    return -1;
  }
  Object* t = sequence_tuple(v);
  if (!t) return -1;
  setref(as_exc(self)->args, t);
  return 0;
}
Object* get_tb(Object* self, void*) { return newref(as_exc(self)->traceback ? as_exc(self)->traceback : None); }
int set_tb(Object* self, Object* v, void*) {
  if (!v) {
    err_set_string(Exc_TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (v != None && type_of(v) != &TracebackType) {
    err_set_string(Exc_TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  exc_set_traceback(self, v == None ? nullptr : v);
  return 0;
}
Object* get_context(Object* self, void*) { return newref(as_exc(self)->context ? as_exc(self)->context : None); }
int set_context(Object* self, Object* v, void*) {
  if (!v) {
    err_set_string(Exc_TypeError, "__context__ may not be deleted");
    return -1;
  }
  if (v != None && !is_exception(v)) {
    err_set_string(Exc_TypeError, "exception context must be None or derive from BaseException");
    return -1;
  }
  exc_set_context(self, v && v != None ? newref(v) : nullptr);
  return 0;
}
Object* get_cause(Object* self, void*) { return newref(as_exc(self)->cause ? as_exc(self)->cause : None); }
int set_cause(Object* self, Object* v, void*) {
  if (!v) {
    err_set_string(Exc_TypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (v != None && !is_exception(v)) {
    err_set_string(Exc_TypeError, "exception cause must be None or derive from BaseException");
    return -1;
  }
  exc_set_cause(self, v && v != None ? newref(v) : nullptr);
  return 0;
}
Object* get_suppress(Object* self, void*) { return bool_ref(as_exc(self)->suppress_context); }
int set_suppress(Object* self, Object* v, void*) {
  if (!v) {
    err_set_string(Exc_TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  int t = object_is_true(v);
  if (t < 0) return -1;
  as_exc(self)->suppress_context = t;
  return 0;
}
Object* get_dict(Object* self, void*) {
  if (!as_exc(self)->dict) as_exc(self)->dict = dict_new();
  return xnewref(as_exc(self)->dict);
}

Object* with_traceback(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* tb = nullptr;
  if (!parse_args("with_traceback", args, nargs, kwnames, "tb", &tb)) return nullptr;
  if (set_tb(self, tb, nullptr) < 0) return nullptr;
  return newref(self);
}

// BaseException.add_note (PEP 678): __notes__ is an ordinary attribute
// holding a list; the traceback printer shows each note after the message.
Object* add_note(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* note = nullptr;
  if (!parse_args("add_note", args, nargs, kwnames, "note", &note)) return nullptr;
  if (!is_str(note)) {
    err_format(Exc_TypeError, "note must be a str, not '%s'", type_name(note));
    return nullptr;
  }
  bool error = false;
  Object* notes = object_lookup_attr(self, names::__notes__, &error);
  if (error) return nullptr;
  if (!notes) {
    notes = list_new(0);
    if (!notes || object_setattr(self, names::__notes__, notes) < 0) {
      xdecref(notes);
      return nullptr;
    }
  }
  if (!is_list(notes)) {
    decref(notes);
    err_set_string(Exc_TypeError, "Cannot add note: __notes__ is not a list");
    return nullptr;
  }
  int r = list_append(notes, note);
  decref(notes);
  if (r < 0) return nullptr;
  return none_ref();
}

// ---- pickling --------------------------------------------------------------------
// CPython keeps the fields of the built-in subclasses (ImportError.msg,
// OSError.errno, ...) in C slots; pyglass keeps them in the instance dict.
// The pickled state is the dict without them, as CPython's __dict__ would be.
bool is_field(Object* self, Object* key) {
  struct Fields {
    TypeObject* const* type;
    const char* names[9];
  };
  static const Fields table[] = {
      {&Exc_StopIteration, {"value"}},
      {&Exc_SystemExit, {"code"}},
      {&Exc_ImportError, {"msg", "name", "path"}},
      {&Exc_NameError, {"name"}},
      {&Exc_AttributeError, {"name", "obj"}},
      {&Exc_OSError, {"errno", "strerror", "filename", "filename2", "characters_written"}},
      {&Exc_SyntaxError,
       {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}},
  };
  if (!is_str(key)) return false;
  for (const Fields& f : table) {
    if (!is_instance_of(self, *f.type)) continue;
    for (const char* n : f.names)
      if (n && str_eq_cstr(key, n)) return true;
  }
  return false;
}

// A new dict of the instance's own attributes, or null (none, or an error).
Object* user_state(Object* self) {
  Object* d = as_exc(self)->dict;
  if (!d || dict_size(d) == 0) return nullptr;
  Object* state = dict_new();
  if (!state) return nullptr;
  Object *k, *v;
  ssize pos = 0;
  while (dict_next(d, &pos, &k, &v))
    if (!is_field(self, k) && dict_setitem(state, k, v) < 0) {
      decref(state);
      return nullptr;
    }
  return state;
}

Object* reduce_tuple(Object* self, Object* args, Object* state) {  // steals args and state
  Object* r = state && dict_size(state) ? tuple_pack(3, type_of(self), args, state) : tuple_pack(2, type_of(self), args);
  decref(args);
  xdecref(state);
  return r;
}

Object* base_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  Object* state = user_state(self);
  if (!state && err_occurred()) return nullptr;
  return reduce_tuple(self, newref(as_exc(self)->args), state);
}

// ImportError: name and path travel in the state when set.
Object* importerror_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  Object* state = user_state(self);
  if (!state && err_occurred()) return nullptr;
  for (const char* n : {"name", "path"}) {
    Object* v = get_attr(self, n);
    if (!v || v == None) continue;
    if (!state && !(state = dict_new())) return nullptr;
    if (dict_setitem_str(state, n, v) < 0) {
      decref(state);
      return nullptr;
    }
  }
  return reduce_tuple(self, newref(as_exc(self)->args), state);
}

// OSError: a filename (and filename2) set on a two-argument error joins the args.
Object* oserror_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!cont::method_noargs(self, "__reduce__", nargs, kwnames)) return nullptr;
  Object* args = as_exc(self)->args;
  Object* fn = get_attr(self, "filename");
  Object* fn2 = get_attr(self, "filename2");
  if (size_of(args) == 2 && fn && fn != None) {
    args = fn2 && fn2 != None ? tuple_pack(5, tuple_get(args, 0), tuple_get(args, 1), fn, None, fn2)
                              : tuple_pack(3, tuple_get(args, 0), tuple_get(args, 1), fn);
    if (!args) return nullptr;
  } else {
    incref(args);
  }
  Object* state = user_state(self);
  if (!state && err_occurred()) {
    decref(args);
    return nullptr;
  }
  return reduce_tuple(self, args, state);
}

Object* base_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!cont::method_onearg(self, "__setstate__", nargs, kwnames)) return nullptr;
  Object* state = args[0];
  if (state == None) return none_ref();
  if (!is_dict(state)) return err_format_null(Exc_TypeError, "state is not a dictionary");
  Object *k, *v;
  ssize pos = 0;
  while (dict_next(state, &pos, &k, &v))
    if (object_setattr(self, k, v) < 0) return nullptr;
  return none_ref();
}

MethodDef base_methods[] = {
    {"with_traceback", with_traceback, METH_DEFAULT, nullptr},
    {"add_note", add_note, METH_DEFAULT, nullptr},
    {"__reduce__", base_reduce, METH_DEFAULT, nullptr},
    {"__setstate__", base_setstate, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef importerror_methods[] = {
    {"__reduce__", importerror_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef oserror_methods[] = {
    {"__reduce__", oserror_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef base_getset[] = {
    {"args", get_args, set_args, nullptr, nullptr},
    {"__traceback__", get_tb, set_tb, nullptr, nullptr},
    {"__context__", get_context, set_context, nullptr, nullptr},
    {"__cause__", get_cause, set_cause, nullptr, nullptr},
    {"__suppress_context__", get_suppress, set_suppress, nullptr, nullptr},
    {"__dict__", get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- class-specific behaviour ----------------------------------------------------
int stopiteration_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  return set_attr(self, "value", nargs ? args[0] : None);
}

int systemexit_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  Object* code = nargs == 0 ? None : nargs == 1 ? args[0] : as_exc(self)->args;
  return set_attr(self, "code", code);
}

Object* keyerror_str(Object* self) {
  Object* args = as_exc(self)->args;
  if (args && size_of(args) == 1) return object_repr(tuple_get(args, 0));
  return base_str(self);
}

// Pick keyword arguments out of kwnames/values for the few classes that take them.
// Keywords of ImportError/NameError/AttributeError: the message names the
// built-in class (fname), also for subclasses, as CPython's argument parser does.
bool take_kwargs(const char* fname, Object* self, Object* const* args, ssize nargs, Object* kwnames,
                 const char* const* allowed) {
  if (!kwnames) return true;
  for (ssize i = 0; i < size_of(kwnames); i++) {
    Object* k = tuple_get(kwnames, i);
    bool ok = false;
    for (const char* const* a = allowed; *a; ++a)
      if (str_eq_cstr(k, *a)) ok = true;
    if (!ok) {
      err_format(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_utf8(k), fname);
      return false;
    }
    if (set_attr(self, str_utf8(k), args[nargs + i]) < 0) return false;
  }
  return true;
}

int importerror_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (base_init(self, args, nargs, nullptr) < 0) return -1;
  if (set_attr(self, "msg", nargs == 1 ? args[0] : None) < 0 || set_attr(self, "name", None) < 0 ||
      set_attr(self, "path", None) < 0)
    return -1;
  static const char* const allowed[] = {"name", "path", nullptr};
  return take_kwargs("ImportError", self, args, nargs, kwnames, allowed) ? 0 : -1;
}

Object* importerror_str(Object* self) {
  Object* msg = get_attr(self, "msg");
  if (msg && msg != None) return object_str(msg);
  return base_str(self);
}

int nameerror_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (base_init(self, args, nargs, nullptr) < 0) return -1;
  if (set_attr(self, "name", None) < 0) return -1;
  static const char* const allowed[] = {"name", nullptr};
  return take_kwargs("NameError", self, args, nargs, kwnames, allowed) ? 0 : -1;
}

int attributeerror_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (base_init(self, args, nargs, nullptr) < 0) return -1;
  if (set_attr(self, "name", None) < 0 || set_attr(self, "obj", None) < 0) return -1;
  static const char* const allowed[] = {"name", "obj", nullptr};
  return take_kwargs("AttributeError", self, args, nargs, kwnames, allowed) ? 0 : -1;
}

Object* oserror_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  // OSError(errno, ...) picks the subclass for the errno, as CPython does.
  if (type == Exc_OSError && nargs >= 2 && is_int(args[0])) {
    int64_t e = int_as_i64(args[0]);
    if (e == -1 && err_occurred()) err_clear();
    type = oserror_subclass_for_errno(int(e));
  }
  return base_new(type, args, nargs, kwnames);
}

int oserror_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (reject_kwargs(self, kwnames)) return -1;
  if (nargs >= 2 && nargs <= 5) {
    // _io: BlockingIOError(errno, strerror, characters_written), as CPython
    // (exactly BlockingIOError; args keeps all three).
    if (type_of(self) == Exc_BlockingIOError && nargs == 3 && args[2] != None &&
        (type_of(args[2])->nb_index || type_of(args[2])->nb_int || type_of(args[2])->nb_float)) {
      ssize written = number_as_ssize(args[2], Exc_ValueError);
      if (written == -1 && err_occurred()) return -1;
      Object* w = int_from_i64(written);
      int r = w ? set_attr(self, "characters_written", w) : -1;
      xdecref(w);
      if (r < 0 || set_attr(self, "errno", args[0]) < 0 || set_attr(self, "strerror", args[1]) < 0 ||
          set_attr(self, "filename", None) < 0 || set_attr(self, "filename2", None) < 0)
        return -1;
      return base_init(self, args, nargs, nullptr);
    }
    // With a filename, args keeps (errno, strerror) only; without one (None),
    // args stays whole and filename2 is ignored.
    bool named = nargs >= 3 && args[2] != None;
    if (set_attr(self, "errno", args[0]) < 0 || set_attr(self, "strerror", args[1]) < 0 ||
        set_attr(self, "filename", named ? args[2] : None) < 0 ||
        set_attr(self, "filename2", named && nargs >= 5 ? args[4] : None) < 0)
      return -1;
    if (!named) return base_init(self, args, nargs, nullptr);
    Object* t = tuple_from_array(args, 2);
    if (!t) return -1;
    setref(as_exc(self)->args, t);
    return 0;
  }
  if (base_init(self, args, nargs, nullptr) < 0) return -1;
  for (const char* n : {"errno", "strerror", "filename", "filename2"})
    if (set_attr(self, n, None) < 0) return -1;
  return 0;
}

Object* oserror_str(Object* self) {
  Object* err = get_attr(self, "errno");
  Object* msg = get_attr(self, "strerror");
  Object* fn = get_attr(self, "filename");
  if (err && err != None && msg && msg != None) {
    Object* es = object_str(err);
    Object* ms = object_str(msg);
    if (!es || !ms) {
      xdecref(es);
      xdecref(ms);
      return nullptr;
    }
    std::string s = "[Errno " + std::string(str_view(es)) + "] " + std::string(str_view(ms));
    decref(es);
    decref(ms);
    if (fn && fn != None) {
      Object* fr = object_repr(fn);
      if (!fr) return nullptr;
      s += ": " + std::string(str_view(fr));
      decref(fr);
      // Two file names (rename, link, symlink): "'a' -> 'b'".
      Object* fn2 = get_attr(self, "filename2");
      if (fn2 && fn2 != None) {
        Object* fr2 = object_repr(fn2);
        if (!fr2) return nullptr;
        s += " -> " + std::string(str_view(fr2));
        decref(fr2);
      }
    }
    return str_from(s);
  }
  return base_str(self);
}

int syntaxerror_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  if (set_attr(self, "msg", nargs >= 1 ? args[0] : None) < 0) return -1;
  const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
  // Only SyntaxError(msg, details) reads details: any sequence of 4 to 6 items.
  Object* info = nargs == 2 ? sequence_tuple(args[1]) : nullptr;
  if (nargs == 2 && !info) return -1;
  ssize n = info ? size_of(info) : 0;
  const char* bad = nullptr;
  char buf[80];
  if (info && n < 4) {
    std::snprintf(buf, sizeof buf, "function takes at least 4 arguments (%zd given)", n);
    bad = buf;
  } else if (n > 6) {
    std::snprintf(buf, sizeof buf, "function takes at most 6 arguments (%zd given)", n);
    bad = buf;
  } else if (n == 5) {
    bad = "end_offset must be provided when end_lineno is provided";
  }
  if (bad) {
    decref(info);
    err_set_string(Exc_TypeError, bad);
    return -1;
  }
  for (int i = 0; i < 6; i++)
    if (set_attr(self, fields[i], info ? arg_or_none(info, i) : None) < 0) {
      xdecref(info);
      return -1;
    }
  xdecref(info);
  return set_attr(self, "print_file_and_line", None);
}

Object* syntaxerror_str(Object* self) {
  Object* msg = get_attr(self, "msg");
  Object* fn = get_attr(self, "filename");
  Object* ln = get_attr(self, "lineno");
  Object* ms = object_str(msg ? msg : None);
  if (!ms) return nullptr;
  std::string s(str_view(ms));
  decref(ms);
  bool have_file = fn && is_str(fn);
  bool have_line = ln && is_int(ln);
  if (have_file || have_line) {
    std::string f;
    if (have_file) {
      std::string path(str_view(fn));
      size_t slash = path.rfind('/');
      f = slash == std::string::npos ? path : path.substr(slash + 1);
    }
    if (have_file && have_line)
      s += " (" + f + ", line " + std::to_string(int_as_i64(ln)) + ")";
    else if (have_file)
      s += " (" + f + ")";
    else
      s += " (line " + std::to_string(int_as_i64(ln)) + ")";
  }
  return str_from(s);
}

void make_class(int idx, const char* name, TypeObject* base) {
  TypeObject* t = &exc_types[idx];
  t->tp_name = name;
  t->tp_basicsize = sizeof(ExcObject);
  t->tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_IMMUTABLE;
  t->tp_base = base;
  t->tp_dictoffset = offsetof(ExcObject, dict);
  if (!base) {
    t->tp_new = base_new;
    t->tp_init = base_init;
    t->tp_dealloc = base_dealloc;
    t->tp_traverse = base_traverse;
    t->tp_clear = base_clear;
    t->tp_str = base_str;
    t->tp_repr = base_repr;
    t->tp_methods = base_methods;
    t->tp_getset = base_getset;
  }
  init_static_object(t, &TypeType);
}

}  // namespace

void init_exceptions() {
#define EXC_ROOT(n) make_class(IDX_##n, #n, nullptr); Exc_##n = &exc_types[IDX_##n];
#define EXC(n, b) make_class(IDX_##n, #n, Exc_##b); Exc_##n = &exc_types[IDX_##n];
#include "runtime/exceptions/exceptions.def"
#undef EXC
#undef EXC_ROOT
  Exc_StopIteration->tp_init = stopiteration_init;
  Exc_SystemExit->tp_init = systemexit_init;
  Exc_KeyError->tp_str = keyerror_str;
  Exc_ImportError->tp_init = importerror_init;
  Exc_ImportError->tp_str = importerror_str;
  Exc_ImportError->tp_methods = importerror_methods;
  Exc_NameError->tp_init = nameerror_init;
  Exc_AttributeError->tp_init = attributeerror_init;
  Exc_OSError->tp_new = oserror_new;
  Exc_OSError->tp_init = oserror_init;
  Exc_OSError->tp_str = oserror_str;
  Exc_OSError->tp_methods = oserror_methods;
  Exc_SyntaxError->tp_init = syntaxerror_init;
  Exc_SyntaxError->tp_str = syntaxerror_str;
  init_unicode_error_types();  // codecs: UnicodeEncodeError ... (runtime/exc_unicode.cpp)
  for (int i = 0; i < EXC_COUNT; i++) type_ready(&exc_types[i]);
}

// ---- accessors -------------------------------------------------------------------
void exc_attribute_error_context(Object* o, Object* name) {
  ThreadState* ts = tstate();
  if (!ts || !ts->curexc || !is_instance_of(ts->curexc, Exc_AttributeError)) return;
  Object* exc = err_fetch();
  // Already filled in (by an inner getattr, or by the raiser): left alone.
  bool err = false;
  Object* n = object_lookup_attr(exc, names::name, &err);
  Object* ob = err ? nullptr : object_lookup_attr(exc, names::obj, &err);
  bool unset = !err && (!n || n == None) && (!ob || ob == None);
  xdecref(n);
  xdecref(ob);
  if (unset && (object_setattr(exc, names::name, name) < 0 || object_setattr(exc, names::obj, o) < 0)) err = true;
  if (err) err_clear();  // the AttributeError stays, not a failure to annotate it
  err_restore(exc);
}
Object* exc_new(TypeObject* type, Object* const* args, ssize nargs) { return call(type, args, nargs); }
Object* exc_get_args(Object* exc) { return as_exc(exc)->args; }
Object* exc_get_traceback(Object* exc) { return as_exc(exc)->traceback; }
void exc_set_traceback(Object* exc, Object* tb) { setref(as_exc(exc)->traceback, xnewref(tb)); }
Object* exc_get_cause(Object* exc) { return as_exc(exc)->cause; }
void exc_set_cause(Object* exc, Object* cause) {
  setref(as_exc(exc)->cause, cause);
  as_exc(exc)->suppress_context = true;
}
Object* exc_get_context(Object* exc) { return as_exc(exc)->context; }
void exc_set_context(Object* exc, Object* ctx) { setref(as_exc(exc)->context, ctx); }
bool exc_suppress_context(Object* exc) { return as_exc(exc)->suppress_context; }
Object* stop_iteration_value(Object* exc) {
  Object* v = get_attr(exc, "value");
  return v ? v : None;
}

}  // namespace rt

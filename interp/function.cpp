// Python functions (FunctionType), cells (CellType) and argument binding.
#include "function.h"
#include "runtime/text/str.h"

#include <cstdio>
#include <string>

#include "runtime/types/descr.h"

namespace rt {
TypeObject FunctionType, CellType;

Object* cell_new(Object* value) {
  auto* c = static_cast<interp::CellObject*>(alloc_object(&CellType, sizeof(interp::CellObject)));
  if (!c) return nullptr;
  c->ref = xnewref(value);
  gc_track(c);
  return c;
}
Object* cell_get(Object* cell) { return static_cast<interp::CellObject*>(cell)->ref; }
void cell_set(Object* cell, Object* value) {
  setref(static_cast<interp::CellObject*>(cell)->ref, xnewref(value));
}
}  // namespace rt

namespace interp {

using namespace rt;

// ---------------------------------------------------------------------------
// Creation
// ---------------------------------------------------------------------------
FunctionObject* function_new(CodeObject* code, Object* globals) {
  auto* fn = static_cast<FunctionObject*>(alloc_object(&FunctionType, sizeof(FunctionObject)));
  if (!fn) return nullptr;
  fn->code = newref(code);
  fn->globals = newref(globals);
  fn->builtins = newref(builtins_for_globals(globals));
  fn->name = newref(code->name);
  fn->qualname = newref(code->qualname ? code->qualname : code->name);
  Object* mod = dict_getitem_known_hash(globals, names::__name__, str_hash(names::__name__));
  fn->module = xnewref(mod);
  fn->doc = code->docstring ? newref(code->docstring) : none_ref();
  fn->simple_args = code->kwonlyargcount == 0 && !(code->flags & (CO_VARARGS | CO_VARKEYWORDS));
  gc_track(fn);
  return fn;
}

// ---------------------------------------------------------------------------
// Calling
// ---------------------------------------------------------------------------
Object* function_vectorcall(Object* callable, Object* const* args, ssize nargs, Object* kwnames) {
  FunctionObject* fn = as_func(callable);
  CodeObject* co = fn->code;
  Frame* f = frame_new(co, fn, fn->globals, fn->builtins, nullptr);
  if (!f) return nullptr;
  if (!kwnames && nargs == co->argcount && fn->simple_args) {
    Object** slots = f->localsplus;
    for (ssize i = 0; i < nargs; ++i) slots[i] = newref(args[i]);
  } else if (bind_arguments(fn, f, args, nargs, kwnames) < 0) {
    decref(f);
    return nullptr;
  }
  if ((co->ncells | co->nfrees) && frame_init_cells(f, fn->closure) < 0) {
    decref(f);
    return nullptr;
  }
  if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return gen_new(f, fn);
  Object* r = eval_frame(f, false);
  frame_after_call(f);
  decref(f);
  return r;
}

Object* function_call_steal(Object* callable, Object* const* args, ssize nargs, Object* kwnames) {
  FunctionObject* fn = as_func(callable);
  CodeObject* co = fn->code;
  ssize total = nargs + (kwnames ? size_of(kwnames) : 0);
  auto release = [&] {
    for (ssize i = 0; i < total; ++i) decref(args[i]);
  };
  Frame* f = frame_new(co, fn, fn->globals, fn->builtins, nullptr);
  if (!f) {
    release();
    return nullptr;
  }
  if (!kwnames && nargs == co->argcount && fn->simple_args) {
    Object** slots = f->localsplus;
    for (ssize i = 0; i < nargs; ++i) slots[i] = args[i];  // moved: the caller's references
  } else {
    // Binding takes its own references (defaults, *args tuple, **kwargs dict);
    // the caller's are dropped before the body runs, so counts match a move.
    int rc = bind_arguments(fn, f, args, nargs, kwnames);
    release();
    if (rc < 0) {
      decref(f);
      return nullptr;
    }
  }
  if ((co->ncells | co->nfrees) && frame_init_cells(f, fn->closure) < 0) {
    decref(f);
    return nullptr;
  }
  if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return gen_new(f, fn);
  Object* r = eval_frame(f, false);
  frame_after_call(f);
  decref(f);
  return r;
}

std::string function_str(Object* callable) {
  bool err = false;
  Object* qn = object_lookup_attr(callable, names::__qualname__, &err);
  if (!qn || !is_str(qn)) {
    xdecref(qn);
    err_clear();
    Object* s = object_str(callable);
    if (!s) { err_clear(); return std::string(type_name(callable)) + " object"; }
    std::string r(str_view(s));
    decref(s);
    return r;
  }
  std::string r;
  Object* mod = object_lookup_attr(callable, names::__module__, &err);
  if (!mod) err_clear();
  if (mod && is_str(mod) && !str_eq_cstr(mod, "builtins")) {
    r += str_view(mod);
    r += '.';
  }
  xdecref(mod);
  r += str_view(qn);
  r += "()";
  decref(qn);
  return r;
}

namespace {

// 'a' / 'a' and 'b' / 'a', 'b', and 'c'
std::string name_list(Object* const* names, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    if (i > 0) s += n == 2 ? " and " : (i == n - 1 ? ", and " : ", ");
    s += '\'';
    s += str_view(names[i]);
    s += '\'';
  }
  return s;
}

void missing_arguments(FunctionObject* fn, Frame* f, int start, int end, bool kwonly) {
  CodeObject* co = fn->code;
  Object* missing[256];
  int n = 0;
  for (int i = start; i < end; ++i) {
    if (f->localsplus[i]) continue;
    if (kwonly && fn->kwdefaults && dict_getitem(fn->kwdefaults, tuple_get(co->varnames, i))) continue;
    if (n < 256) missing[n++] = tuple_get(co->varnames, i);
  }
  std::string lst = name_list(missing, n);
  err_format(Exc_TypeError, "%s() missing %d required %s argument%s: %s", str_utf8(fn->qualname), n,
             kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", lst.c_str());
}

void too_many_positional(FunctionObject* fn, Frame* f, ssize given) {
  CodeObject* co = fn->code;
  ssize defcount = fn->defaults ? size_of(fn->defaults) : 0;
  int kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i)
    if (f->localsplus[i]) kwonly_given++;
  char sig[64];
  bool plural;
  if (defcount) {
    plural = true;
    snprintf(sig, sizeof sig, "from %zd to %d", ssize(co->argcount) - defcount, co->argcount);
  } else {
    plural = co->argcount != 1;
    snprintf(sig, sizeof sig, "%d", co->argcount);
  }
  char kwsig[128] = "";
  if (kwonly_given)
    snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)", given != 1 ? "s" : "",
             kwonly_given, kwonly_given != 1 ? "s" : "");
  err_format(Exc_TypeError, "%s() takes %s positional argument%s but %zd%s %s given", str_utf8(fn->qualname), sig,
             plural ? "s" : "", given, kwsig, (given == 1 && !kwonly_given) ? "was" : "were");
}

// Position of keyword `name` among the parameters that accept keywords, or -1.
int find_keyword(CodeObject* co, Object* name) {
  int total = co->argcount + co->kwonlyargcount;
  Object** vn = tuple_items(co->varnames);
  for (int i = co->posonlyargcount; i < total; ++i)
    if (vn[i] == name) return i;
  for (int i = co->posonlyargcount; i < total; ++i)
    if (str_equal(vn[i], name)) return i;
  return -1;
}

bool posonly_passed_as_keyword(FunctionObject* fn, Object* kwnames) {
  CodeObject* co = fn->code;
  std::string names;
  int n = 0;
  ssize nk = size_of(kwnames);
  for (int i = 0; i < co->posonlyargcount; ++i) {
    Object* pn = tuple_get(co->varnames, i);
    for (ssize k = 0; k < nk; ++k) {
      Object* kn = tuple_get(kwnames, k);
      if (is_str(kn) && str_equal(pn, kn)) {
        if (n++) names += ", ";
        names += str_view(pn);
        break;
      }
    }
  }
  if (!n) return false;
  err_format(Exc_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
             str_utf8(fn->qualname), names.c_str());
  return true;
}

}  // namespace

int bind_arguments(FunctionObject* fn, Frame* f, Object* const* args, ssize nargs, Object* kwnames) {
  CodeObject* co = fn->code;
  Object** slots = f->localsplus;
  int total = co->argcount + co->kwonlyargcount;
  ssize n = nargs < co->argcount ? nargs : co->argcount;
  for (ssize i = 0; i < n; ++i) slots[i] = newref(args[i]);
  int next = total;
  if (co->flags & CO_VARARGS) {
    Object* rest = tuple_from_array(args + n, nargs - n);
    if (!rest) return -1;
    slots[next++] = rest;
  }
  Object* kwdict = nullptr;
  if (co->flags & CO_VARKEYWORDS) {
    kwdict = dict_new();
    if (!kwdict) return -1;
    slots[next] = kwdict;
  }
  if (kwnames) {
    ssize nk = size_of(kwnames);
    for (ssize k = 0; k < nk; ++k) {
      Object* name = tuple_get(kwnames, k);
      Object* value = args[nargs + k];
      if (!is_str(name)) {
        err_format(Exc_TypeError, "%s() keywords must be strings", str_utf8(fn->qualname));
        return -1;
      }
      int j = find_keyword(co, name);
      if (j < 0) {
        if (kwdict) {
          if (dict_setitem(kwdict, name, value) < 0) return -1;
          continue;
        }
        if (co->posonlyargcount && posonly_passed_as_keyword(fn, kwnames)) return -1;
        err_format(Exc_TypeError, "%s() got an unexpected keyword argument '%s'", str_utf8(fn->qualname),
                   str_utf8(name));
        return -1;
      }
      if (slots[j]) {
        err_format(Exc_TypeError, "%s() got multiple values for argument '%s'", str_utf8(fn->qualname),
                   str_utf8(name));
        return -1;
      }
      slots[j] = newref(value);
    }
  }
  if (nargs > co->argcount && !(co->flags & CO_VARARGS)) {
    too_many_positional(fn, f, nargs);
    return -1;
  }
  if (nargs < co->argcount) {
    ssize defcount = fn->defaults ? size_of(fn->defaults) : 0;
    ssize m = co->argcount - defcount;
    for (ssize i = nargs; i < m; ++i) {
      if (!slots[i]) {
        missing_arguments(fn, f, int(nargs), int(m), false);
        return -1;
      }
    }
    for (ssize i = (nargs > m ? nargs : m); i < co->argcount; ++i)
      if (!slots[i]) slots[i] = newref(tuple_get(fn->defaults, i - m));
  }
  if (co->kwonlyargcount) {
    for (int i = co->argcount; i < total; ++i) {
      if (slots[i]) continue;
      Object* d = fn->kwdefaults ? dict_getitem(fn->kwdefaults, tuple_get(co->varnames, i)) : nullptr;
      if (d) {
        slots[i] = newref(d);
        continue;
      }
      if (err_occurred()) return -1;
      missing_arguments(fn, f, co->argcount, total, true);
      return -1;
    }
  }
  return 0;
}

// ---------------------------------------------------------------------------
// FunctionType
// ---------------------------------------------------------------------------
namespace {

void func_dealloc(Object* o) {
  auto* fn = as_func(o);
  gc_untrack(o);
  clear_weakrefs(o);
  clearref(fn->code);
  clearref(fn->globals);
  clearref(fn->builtins);
  clearref(fn->name);
  clearref(fn->qualname);
  clearref(fn->module);
  clearref(fn->doc);
  clearref(fn->defaults);
  clearref(fn->kwdefaults);
  clearref(fn->closure);
  clearref(fn->dict);
  clearref(fn->annotations);
  free_object(o);
}

int func_traverse(Object* o, visitproc visit, void* arg) {
  auto* fn = as_func(o);
  Object* refs[] = {fn->code,    fn->globals,  fn->builtins, fn->name,    fn->qualname, fn->module,
                    fn->doc,     fn->defaults, fn->kwdefaults, fn->closure, fn->dict,     fn->annotations};
  for (Object* r : refs)
    if (r)
      if (int e = visit(r, arg)) return e;
  return 0;
}

int func_clear(Object* o) {
  auto* fn = as_func(o);
  clearref(fn->globals);
  clearref(fn->builtins);
  clearref(fn->module);
  clearref(fn->doc);
  clearref(fn->defaults);
  clearref(fn->kwdefaults);
  clearref(fn->closure);
  clearref(fn->dict);
  clearref(fn->annotations);
  // As CPython: a function cleared by the collector but reached again (by a
  // finalizer through a weak reference) still has str names, empty ones.
  Object* old = fn->name;
  fn->name = str_empty();
  decref(old);
  old = fn->qualname;
  fn->qualname = str_empty();
  decref(old);
  return 0;
}

Object* func_repr(Object* o) {
  char buf[64];
  snprintf(buf, sizeof buf, " at %p>", (void*)o);
  std::string s = "<function ";
  s += str_view(as_func(o)->qualname);
  s += buf;
  return str_from(s);
}

Object* func_descr_get(Object* descr, Object* obj, Object* type) {
  if (!obj || obj == None) return newref(descr);
  return method_new(descr, obj);
}

Object* fget_name(Object* o, void*) { return newref(as_func(o)->name); }
int fset_name(Object* o, Object* v, void*) {
  if (!v || !is_str(v)) {
    err_set_string(Exc_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  setref(as_func(o)->name, newref(v));
  return 0;
}
Object* fget_qualname(Object* o, void*) { return newref(as_func(o)->qualname); }
int fset_qualname(Object* o, Object* v, void*) {
  if (!v || !is_str(v)) {
    err_set_string(Exc_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  setref(as_func(o)->qualname, newref(v));
  return 0;
}
Object* fget_doc(Object* o, void*) { return as_func(o)->doc ? newref(as_func(o)->doc) : none_ref(); }
int fset_doc(Object* o, Object* v, void*) {
  setref(as_func(o)->doc, v ? newref(v) : none_ref());
  return 0;
}
Object* fget_module(Object* o, void*) { return as_func(o)->module ? newref(as_func(o)->module) : none_ref(); }
int fset_module(Object* o, Object* v, void*) {
  setref(as_func(o)->module, xnewref(v));
  return 0;
}
Object* fget_defaults(Object* o, void*) { return as_func(o)->defaults ? newref(as_func(o)->defaults) : none_ref(); }
int fset_defaults(Object* o, Object* v, void*) {
  if (v == None) v = nullptr;
  if (v && !is_tuple(v)) {
    err_set_string(Exc_TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  setref(as_func(o)->defaults, xnewref(v));
  return 0;
}
Object* fget_kwdefaults(Object* o, void*) {
  return as_func(o)->kwdefaults ? newref(as_func(o)->kwdefaults) : none_ref();
}
int fset_kwdefaults(Object* o, Object* v, void*) {
  if (v == None) v = nullptr;
  if (v && !is_dict(v)) {
    err_set_string(Exc_TypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  setref(as_func(o)->kwdefaults, xnewref(v));
  return 0;
}
Object* fget_code(Object* o, void*) { return newref(static_cast<Object*>(as_func(o)->code)); }
int fset_code(Object* o, Object* v, void*) {
  if (!v || type_of(v) != &CodeType) {
    err_set_string(Exc_TypeError, "__code__ must be set to a code object");
    return -1;
  }
  auto* fn = as_func(o);
  CodeObject* co = as_code(v);
  ssize nclosure = fn->closure ? size_of(fn->closure) : 0;
  if (co->nfrees != nclosure) {
    err_format(Exc_ValueError, "%s() requires a code object with %zd free vars, not %d", str_utf8(fn->name),
               nclosure, co->nfrees);
    return -1;
  }
  incref(v);
  setref(fn->code, co);
  fn->simple_args = co->kwonlyargcount == 0 && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS));
  return 0;
}
Object* fget_dict(Object* o, void*) {
  auto* fn = as_func(o);
  if (!fn->dict && !(fn->dict = dict_new())) return nullptr;
  return newref(fn->dict);
}
int fset_dict(Object* o, Object* v, void*) {
  if (!v || !is_dict(v)) {
    err_format(Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v ? type_name(v) : "NoneType");
    return -1;
  }
  setref(as_func(o)->dict, newref(v));
  return 0;
}
Object* fget_annotations(Object* o, void*) {
  auto* fn = as_func(o);
  if (!fn->annotations && !(fn->annotations = dict_new())) return nullptr;
  return newref(fn->annotations);
}
int fset_annotations(Object* o, Object* v, void*) {
  if (v == None) v = nullptr;
  if (v && !is_dict(v)) {
    err_set_string(Exc_TypeError, "__annotations__ must be set to a dict object");
    return -1;
  }
  setref(as_func(o)->annotations, xnewref(v));
  return 0;
}

GetSetDef func_getset[] = {
    {"__name__", fget_name, fset_name, nullptr, nullptr},
    {"__qualname__", fget_qualname, fset_qualname, nullptr, nullptr},
    {"__doc__", fget_doc, fset_doc, nullptr, nullptr},
    {"__module__", fget_module, fset_module, nullptr, nullptr},
    {"__defaults__", fget_defaults, fset_defaults, nullptr, nullptr},
    {"__kwdefaults__", fget_kwdefaults, fset_kwdefaults, nullptr, nullptr},
    {"__code__", fget_code, fset_code, nullptr, nullptr},
    {"__dict__", fget_dict, fset_dict, nullptr, nullptr},
    {"__annotations__", fget_annotations, fset_annotations, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- cells ----
void cell_dealloc(Object* o) {
  gc_untrack(o);
  clearref(static_cast<CellObject*>(o)->ref);
  free_object(o);
}
int cell_traverse(Object* o, visitproc visit, void* arg) {
  Object* r = static_cast<CellObject*>(o)->ref;
  return r ? visit(r, arg) : 0;
}
int cell_clear(Object* o) {
  clearref(static_cast<CellObject*>(o)->ref);
  return 0;
}
Object* cell_repr(Object* o) {
  char buf[160];
  Object* r = static_cast<CellObject*>(o)->ref;
  if (!r)
    snprintf(buf, sizeof buf, "<cell at %p: empty>", (void*)o);
  else
    snprintf(buf, sizeof buf, "<cell at %p: %.80s object at %p>", (void*)o, type_name(r), (void*)r);
  return str_from_cstr(buf);
}
Object* cell_richcompare(Object* a, Object* b, int op) {
  if (type_of(b) != &CellType) return notimpl_ref();
  Object* x = cell_get(a);
  Object* y = cell_get(b);
  if (x && y) return object_richcompare(x, y, op);
  int c = (x ? 1 : 0) - (y ? 1 : 0);
  bool r = false;
  switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    case CMP_GE: r = c >= 0; break;
  }
  return bool_ref(r);
}
Object* cget_contents(Object* o, void*) {
  Object* r = cell_get(o);
  if (!r) {
    err_set_string(Exc_ValueError, "Cell is empty");
    return nullptr;
  }
  return newref(r);
}
int cset_contents(Object* o, Object* v, void*) {
  cell_set(o, v);
  return 0;
}
GetSetDef cell_getset[] = {
    {"cell_contents", cget_contents, cset_contents, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
Object* cell_tp_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("cell", kwnames)) return nullptr;
  if (nargs > 1) {
    err_format(Exc_TypeError, "cell expected at most 1 argument, got %zd", nargs);
    return nullptr;
  }
  return cell_new(nargs ? args[0] : nullptr);
}

}  // namespace

// ---------------------------------------------------------------------------
// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
// ---------------------------------------------------------------------------
namespace {

Object* function_tp_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"code", "globals", "name", "argdefs", "closure"};
  Object* a[5] = {};
  if (!parse_clinic_args("function", kNames, 5, 2, args, nargs, kwnames, a)) return nullptr;
  Object *code = a[0], *globals = a[1], *name = a[2], *defaults = a[3], *closure = a[4];
  if (type_of(code) != &CodeType) {
    err_format(Exc_TypeError, "function() argument 'code' must be code, not %s", type_name(code));
    return nullptr;
  }
  if (!is_dict(globals)) {
    err_format(Exc_TypeError, "function() argument 'globals' must be dict, not %s", type_name(globals));
    return nullptr;
  }
  if (name == None) name = nullptr;
  if (defaults == None) defaults = nullptr;
  if (closure == None) closure = nullptr;
  if (name && !is_str(name)) {
    err_set_string(Exc_TypeError, "arg 3 (name) must be None or string");
    return nullptr;
  }
  if (defaults && !is_tuple(defaults)) {
    err_set_string(Exc_TypeError, "arg 4 (defaults) must be None or tuple");
    return nullptr;
  }
  CodeObject* co = as_code(code);
  if (closure && !is_tuple(closure)) {
    err_set_string(Exc_TypeError, "arg 5 (closure) must be None or tuple");
    return nullptr;
  }
  if (co->nfrees > 0 && !closure) {
    err_set_string(Exc_TypeError, "arg 5 (closure) must be tuple");
    return nullptr;
  }
  ssize given = closure ? size_of(closure) : 0;
  if (given != co->nfrees) {
    err_format(Exc_ValueError, "%s requires closure of length %d, not %zd", str_utf8(co->name), co->nfrees, given);
    return nullptr;
  }
  for (ssize i = 0; i < given; i++) {
    Object* c = tuple_get(closure, i);
    if (!is_cell(c)) {
      err_format(Exc_TypeError, "arg 5 (closure) expected cell, found %s", type_name(c));
      return nullptr;
    }
  }
  FunctionObject* fn = function_new(co, globals);
  if (!fn) return nullptr;
  if (name) setref(fn->name, newref(name));
  fn->defaults = xnewref(defaults);
  fn->closure = xnewref(closure);
  return fn;
}

}  // namespace

// __globals__, __builtins__ and __closure__ are read-only members, as in
// CPython (<member '__globals__' of 'function' objects>, "readonly
// attribute"): types.MemberDescriptorType is type(FunctionType.__globals__),
// and dataclasses tells __slots__ members from defaults by that type.  Added
// once the interned names exist (runtime/lifecycle.cpp).
void init_function_members() {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  struct {
    const char* name;
    ssize offset;
    int flags;
  } members[] = {
      {"__globals__", ssize(offsetof(FunctionObject, globals)), MEMBER_READONLY},
      {"__builtins__", ssize(offsetof(FunctionObject, builtins)), MEMBER_READONLY},
      {"__closure__", ssize(offsetof(FunctionObject, closure)), MEMBER_READONLY | MEMBER_NONE_IF_NULL},
  };
#pragma GCC diagnostic pop
  for (auto& m : members) {
    Object* name = str_intern_cstr(m.name);
    Object* d = name ? member_descr_new(&FunctionType, name, m.offset, m.flags) : nullptr;
    if (!d || dict_setitem(FunctionType.tp_dict, name, d) < 0) {
      std::fprintf(stderr, "pyglass: cannot initialise function\n");
      std::abort();
    }
    decref(d);
  }
  type_modified(&FunctionType);
}

void init_function_types() {
  TypeObject& t = FunctionType;
  t.tp_name = "function";
  t.tp_basicsize = sizeof(FunctionObject);
  t.tp_flags = TPFLAG_HAVE_GC;
  t.tp_dealloc = func_dealloc;
  t.tp_repr = func_repr;
  t.tp_call = function_vectorcall;
  t.tp_descr_get = func_descr_get;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  t.tp_traverse = func_traverse;
  t.tp_clear = func_clear;
  t.tp_getset = func_getset;
  t.tp_new = function_tp_new;
  t.tp_doc = "Create a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n  name\n"
             "    a string that overrides the name from the code object\n  argdefs\n"
             "    a tuple that specifies the default argument values\n  closure\n"
             "    a tuple that supplies the bindings for free variables";
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  t.tp_dictoffset = offsetof(FunctionObject, dict);
  t.tp_weaklistoffset = offsetof(FunctionObject, weaklist);
#pragma GCC diagnostic pop
  type_ready(&t);

  TypeObject& c = CellType;
  c.tp_name = "cell";
  c.tp_basicsize = sizeof(CellObject);
  c.tp_flags = TPFLAG_HAVE_GC;
  c.tp_dealloc = cell_dealloc;
  c.tp_repr = cell_repr;
  c.tp_richcompare = cell_richcompare;
  c.tp_getattro = object_generic_getattr;
  c.tp_traverse = cell_traverse;
  c.tp_clear = cell_clear;
  c.tp_getset = cell_getset;
  c.tp_new = cell_tp_new;
  type_ready(&c);
}

}  // namespace interp

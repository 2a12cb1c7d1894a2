// _contextvars: ContextVar, Token, Context and copy_context (PEP 567), under
// CPython's contextvars.py ("from _contextvars import *").
// docs/native-modules.md ("_contextvars").
//
// How it works.  Each thread has a current Context (ThreadState::context,
// owned; created empty the first time a thread asks for it).  A Context holds
// a dict from ContextVar to value that is never changed once made: setting a
// variable swaps in a new dict (a copy with the change), so copy_context()
// and Context.copy() share the dict they copy in O(1), and iterators and
// views taken earlier keep seeing the mapping as it was, as with CPython's
// immutable HAMT.  The price is a copy of the mapping per set(), which is
// small in practice (a handful of variables per context).
//
// Invariants:
//   * ctx->entered is true exactly while ctx is some thread's current context
//     because of Context.run (or is the thread's implicit base context: that
//     one is never marked, so it can be run() in another thread as CPython
//     allows); ctx->prev (owned) is the context run() will restore.
//   * A Token remembers the context it was made in, its variable and the old
//     value (or Token.MISSING); reset() undoes the set() once.
#include <cstdio>
#include <string>

#include "runtime/types/descr.h"
#include "runtime/threads/state.h"
#include "clinic.h"
#include "datamodules.h"
#include "modules.h"

namespace stdlib {
using namespace rt;

namespace {

TypeObject ContextType, ContextVarType, TokenType, MissingType;
Object MissingObject;  // Token.MISSING

struct ContextObject : Object {
  Object* vars;          // dict ContextVar -> value; never mutated once stored here
  ContextObject* prev;   // the context to restore when run() returns (owned), or null
  bool entered;
};
struct VarObject : Object {
  Object* name;     // str
  Object* dflt;     // owned, or null: no default
  hash_t hash;
};
struct TokenObject : Object {
  Object* ctx;
  Object* var;
  Object* old;      // the previous value, or &MissingObject
  bool used;
};

ContextObject* C(Object* o) { return static_cast<ContextObject*>(o); }
VarObject* V(Object* o) { return static_cast<VarObject*>(o); }
TokenObject* T(Object* o) { return static_cast<TokenObject*>(o); }

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// ---- Context ----------------------------------------------------------------------------------
ContextObject* context_alloc(Object* vars) {
  auto* c = C(alloc_object(&ContextType, sizeof(ContextObject)));
  if (!c) {
    decref(vars);
    return nullptr;
  }
  c->vars = vars;  // stolen
  c->prev = nullptr;
  c->entered = false;
  gc_track(c);
  return c;
}

ContextObject* context_new_empty() {
  Object* d = dict_new();
  return d ? context_alloc(d) : nullptr;
}

// The calling thread's current context (borrowed); made empty on first use.
ContextObject* current_context() {
  ThreadState* ts = tstate();
  if (!ts->context) ts->context = context_new_empty();
  return C(ts->context);
}

Object* context_copy_of(ContextObject* c) { return context_alloc(newref(c->vars)); }

void context_dealloc(Object* o) {
  gc_untrack(o);
  clearref(C(o)->vars);
  Object* prev = C(o)->prev;
  C(o)->prev = nullptr;
  xdecref(prev);
  free_object(o);
}

int context_traverse(Object* o, visitproc visit, void* arg) {
  if (C(o)->vars && visit(C(o)->vars, arg)) return 1;
  if (C(o)->prev && visit(C(o)->prev, arg)) return 1;
  return 0;
}

int context_clear(Object* o) {
  clearref(C(o)->vars);
  Object* prev = C(o)->prev;
  C(o)->prev = nullptr;
  xdecref(prev);
  return 0;
}

Object* context_tp_new(TypeObject*, Object* const*, ssize nargs, Object* kwnames) {
  if (nargs || (kwnames && size_of(kwnames)))
    return err_format_null(Exc_TypeError, "Context() does not accept any arguments");
  return context_new_empty();
}

bool check_key(Object* key) {
  if (type_of(key) == &ContextVarType) return true;
  Object* r = object_repr(key);
  if (r) {
    err_format(Exc_TypeError, "a ContextVar key was expected, got %s", str_utf8(r));
    decref(r);
  }
  return false;
}

// The vars dict of a context that may be cleared by the collector: an empty one then.
Object* vars_of(Object* self) { return C(self)->vars; }

Object* context_subscript(Object* self, Object* key) {
  if (!check_key(key)) return nullptr;
  Object* v = vars_of(self) ? dict_getitem(vars_of(self), key) : nullptr;
  if (!v) {
    if (!err_occurred()) err_set_object(Exc_KeyError, key);
    return nullptr;
  }
  return newref(v);
}

int context_contains(Object* self, Object* key) {
  if (!check_key(key)) return -1;
  return vars_of(self) && dict_getitem(vars_of(self), key) ? 1 : 0;
}

ssize context_length(Object* self) { return vars_of(self) ? size_of(vars_of(self)) : 0; }

// Iterators and views run over the dict the context holds now (never changed afterwards).
Object* context_iter(Object* self) {
  Object* d = vars_of(self) ? newref(vars_of(self)) : dict_new();
  if (!d) return nullptr;
  Object* it = object_get_iter(d);
  decref(d);
  return it;
}

Object* context_richcompare(Object* a, Object* b, int op) {
  if (type_of(b) != &ContextType || (op != CMP_EQ && op != CMP_NE)) return newref(NotImplemented);
  if (!vars_of(a) || !vars_of(b)) return bool_ref((a == b) == (op == CMP_EQ));
  return object_richcompare(vars_of(a), vars_of(b), op);
}

Object* ctx_get(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) return err_format_null(Exc_TypeError, "get() takes no keyword arguments");
  if (nargs < 1 || nargs > 2)
    return err_format_null(Exc_TypeError, "get expected %s 2 arguments, got %zd", nargs < 1 ? "at least 1 argument," : "at most", nargs);
  if (!check_key(args[0])) return nullptr;
  Object* v = vars_of(self) ? dict_getitem(vars_of(self), args[0]) : nullptr;
  if (v) return newref(v);
  return newref(nargs > 1 ? args[1] : None);
}

// keys(), values(), items(): iterators over a snapshot of the mapping.
Object* snapshot_iter(Object* self, const char* method) {
  if (!vars_of(self)) {
    Object* e = empty_tuple();
    Object* it = object_get_iter(e);
    decref(e);
    return it;
  }
  Object* name = str_from_cstr(method);
  if (!name) return nullptr;
  Object* view = call_method0(vars_of(self), name);
  decref(name);
  if (!view) return nullptr;
  Object* it = object_get_iter(view);
  decref(view);
  return it;
}
Object* ctx_keys(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args("Context.keys", nargs, kw)) return nullptr;
  return snapshot_iter(self, "keys");
}
Object* ctx_values(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args("Context.values", nargs, kw)) return nullptr;
  return snapshot_iter(self, "values");
}
Object* ctx_items(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args("Context.items", nargs, kw)) return nullptr;
  return snapshot_iter(self, "items");
}
Object* ctx_copy(Object* self, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args("Context.copy", nargs, kw)) return nullptr;
  if (!vars_of(self)) return context_new_empty();
  return context_copy_of(C(self));
}

// run(callable, *args, **kwargs): enter the context, call, leave it again.
Object* ctx_run(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 1) return err_format_null(Exc_TypeError, "run() missing 1 required positional argument");
  ContextObject* c = C(self);
  if (c->entered) {
    Object* r = object_repr(self);
    if (r) {
      err_format(Exc_RuntimeError, "cannot enter context: %s is already entered", str_utf8(r));
      decref(r);
    }
    return nullptr;
  }
  ThreadState* ts = tstate();
  current_context();  // the context to come back to exists
  c->prev = C(ts->context);  // takes over the thread's reference
  ts->context = newref(self);
  c->entered = true;
  Object* result = call(args[0], args + 1, nargs - 1, kwnames);
  // Leave: the thread's reference to self goes, prev's comes back to the thread.
  c->entered = false;
  Object* mine = ts->context;
  ts->context = c->prev;
  c->prev = nullptr;
  decref(mine);
  return result;
}

// ---- ContextVar ---------------------------------------------------------------------------------
Object* var_tp_new(TypeObject*, Object* const* args, ssize nargs, Object* kwnames) {
  // PyArg_ParseTupleAndKeywords("O|$O:ContextVar")'s messages for the positional count.
  if (nargs == 0) return err_format_null(Exc_TypeError, "ContextVar() takes exactly 1 positional argument (0 given)");
  if (nargs > 1)
    return err_format_null(Exc_TypeError, "ContextVar() takes at most 1 positional argument (%zd given)", nargs);
  Object* a[2];
  if (!clinic::parse("ContextVar", args, nargs, kwnames, "name$default", a)) return nullptr;
  if (!is_str(a[0])) return err_format_null(Exc_TypeError, "context variable name must be a str");
  hash_t nh = object_hash(a[0]);
  if (nh == -1) return nullptr;
  auto* v = V(alloc_object(&ContextVarType, sizeof(VarObject)));
  if (!v) return nullptr;
  v->name = newref(a[0]);
  v->dflt = a[1] ? newref(a[1]) : nullptr;
  hash_t h = hash_t(uint64_t(hash_pointer(v)) - uint64_t(nh));
  v->hash = h == -1 ? -2 : h;
  gc_track(v);
  return v;
}

void var_dealloc(Object* o) {
  gc_untrack(o);
  clearref(V(o)->name);
  clearref(V(o)->dflt);
  free_object(o);
}

int var_traverse(Object* o, visitproc visit, void* arg) {
  if (V(o)->dflt && visit(V(o)->dflt, arg)) return 1;
  return 0;
}

int var_clear(Object* o) {
  clearref(V(o)->dflt);
  return 0;
}

hash_t var_hash(Object* o) { return V(o)->hash; }

Object* var_repr(Object* o) {
  Object* n = object_repr(V(o)->name);
  if (!n) return nullptr;
  std::string s = "<ContextVar name=" + std::string(str_view(n));
  decref(n);
  if (V(o)->dflt) {
    Object* d = object_repr(V(o)->dflt);
    if (!d) return nullptr;
    s += " default=" + std::string(str_view(d));
    decref(d);
  }
  return str_from(s + " at " + address(o) + ">");
}

// The variable's value in the current context, else default, else the variable's default.
Object* var_get(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) return err_format_null(Exc_TypeError, "get() takes no keyword arguments");
  if (nargs > 1) return err_format_null(Exc_TypeError, "get expected at most 1 argument, got %zd", nargs);
  ContextObject* c = current_context();
  if (!c) return nullptr;
  Object* v = c->vars ? dict_getitem(c->vars, self) : nullptr;
  if (v) return newref(v);
  if (err_occurred()) return nullptr;
  if (nargs) return newref(args[0]);
  if (V(self)->dflt) return newref(V(self)->dflt);
  err_set_object(Exc_LookupError, self);
  return nullptr;
}

// Swap a new mapping into c: a copy of its dict with var set to value (or removed when value is null).
bool context_store(ContextObject* c, Object* var, Object* value) {
  Object* d = c->vars ? dict_copy(c->vars) : dict_new();
  if (!d) return false;
  int rc = value ? dict_setitem(d, var, value) : dict_delitem(d, var);
  if (rc < 0) {
    decref(d);
    return false;
  }
  Object* old = c->vars;
  c->vars = d;
  xdecref(old);
  return true;
}

Object* var_set(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("ContextVar.set", nargs, kwnames)) return nullptr;
  ContextObject* c = current_context();
  if (!c) return nullptr;
  Object* old = c->vars ? dict_getitem(c->vars, self) : nullptr;
  auto* t = T(alloc_object(&TokenType, sizeof(TokenObject)));
  if (!t) return nullptr;
  t->ctx = newref(c);
  t->var = newref(self);
  t->old = newref(old ? old : &MissingObject);
  t->used = false;
  gc_track(t);
  if (!context_store(c, self, args[0])) {
    decref(t);
    return nullptr;
  }
  return t;
}

Object* var_reset(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!clinic::one_arg("ContextVar.reset", nargs, kwnames)) return nullptr;
  Object* tok = args[0];
  auto fail = [&](TypeObject* exc, const char* what) -> Object* {
    Object* r = object_repr(tok);
    if (r) {
      err_format(exc, "%s %s", str_utf8(r), what);
      decref(r);
    }
    return nullptr;
  };
  if (type_of(tok) != &TokenType) {
    Object* r = object_repr(tok);
    if (r) {
      err_format(Exc_TypeError, "expected an instance of Token, got %s", str_utf8(r));
      decref(r);
    }
    return nullptr;
  }
  if (T(tok)->used) return fail(Exc_RuntimeError, "has already been used once");
  if (T(tok)->var != self) return fail(Exc_ValueError, "was created by a different ContextVar");
  ContextObject* c = current_context();
  if (!c) return nullptr;
  if (T(tok)->ctx != c) return fail(Exc_ValueError, "was created in a different Context");
  T(tok)->used = true;
  Object* old = T(tok)->old;
  if (!context_store(c, self, old == &MissingObject ? nullptr : old)) {
    // Removing a variable the context no longer has is not an error.
    if (old != &MissingObject || !err_matches(Exc_KeyError)) return nullptr;
    err_clear();
  }
  return none_ref();
}

// ---- Token --------------------------------------------------------------------------------------
Object* token_tp_new(TypeObject*, Object* const*, ssize, Object*) {
  return err_format_null(Exc_RuntimeError, "Tokens can only be created by ContextVars");
}

void token_dealloc(Object* o) {
  gc_untrack(o);
  clearref(T(o)->ctx);
  clearref(T(o)->var);
  clearref(T(o)->old);
  free_object(o);
}

int token_traverse(Object* o, visitproc visit, void* arg) {
  for (Object* p : {T(o)->ctx, T(o)->var, T(o)->old})
    if (p && visit(p, arg)) return 1;
  return 0;
}

int token_clear(Object* o) {
  clearref(T(o)->ctx);
  clearref(T(o)->var);
  clearref(T(o)->old);
  return 0;
}

Object* token_repr(Object* o) {
  Object* v = T(o)->var ? object_repr(T(o)->var) : str_from_cstr("None");
  if (!v) return nullptr;
  std::string s = std::string("<Token") + (T(o)->used ? " used" : "") + " var=" + std::string(str_view(v)) + " at " +
                  address(o) + ">";
  decref(v);
  return str_from(s);
}

Object* token_get_var(Object* self, void*) { return newref(T(self)->var ? T(self)->var : None); }
Object* token_get_old_value(Object* self, void*) { return newref(T(self)->old ? T(self)->old : None); }

Object* missing_repr(Object*) { return str_from_cstr("<Token.MISSING>"); }

// ---- module -------------------------------------------------------------------------------------
Object* m_copy_context(Object*, Object* const*, ssize nargs, Object* kw) {
  if (!clinic::no_args("copy_context", nargs, kw)) return nullptr;
  ContextObject* c = current_context();
  return c ? context_copy_of(c) : nullptr;
}

MethodDef context_methods[] = {
    {"run", ctx_run, METH_DEFAULT, nullptr},
    {"copy", ctx_copy, METH_DEFAULT, "Return a shallow copy of the context object."},
    {"get", ctx_get, METH_DEFAULT,
     "Return the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return "
     "`default`. If `default` is not given,\nreturn None."},
    {"items", ctx_items, METH_DEFAULT, "Return all variables and their values in the context object.\n\nThe result "
                                       "is returned as a list of 2-tuples (variable, value)."},
    {"keys", ctx_keys, METH_DEFAULT, "Return a list of all variables in the context object."},
    {"values", ctx_values, METH_DEFAULT, "Return a list of all variables' values in the context object."},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef var_methods[] = {
    {"get", var_get, METH_DEFAULT,
     "Return a value for the context variable for the current context.\n\nIf there is no value for the variable in "
     "the current context, the method will:\n * return the value of the default argument of the method, if "
     "provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * "
     "raise a LookupError."},
    {"set", var_set, METH_DEFAULT,
     "Call to set a new value for the context variable in the current context.\n\nThe required value argument is "
     "the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to "
     "its previous\nvalue via the `ContextVar.reset()` method."},
    {"reset", var_reset, METH_DEFAULT,
     "Reset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\n"
     "created the token was used."},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef token_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef token_getset[] = {
    {"var", token_get_var, nullptr, nullptr, nullptr},
    {"old_value", token_get_old_value, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef module_functions[] = {
    {"copy_context", m_copy_context, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int ready_contextvars_types() {
  if (has_flag(&ContextType, TPFLAG_READY)) return 0;
  ContextType.tp_name = "_contextvars.Context";
  ContextType.tp_basicsize = sizeof(ContextObject);
  ContextType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  ContextType.tp_new = context_tp_new;
  ContextType.tp_dealloc = context_dealloc;
  ContextType.tp_traverse = context_traverse;
  ContextType.tp_clear = context_clear;
  ContextType.tp_iter = context_iter;
  ContextType.tp_richcompare = context_richcompare;
  ContextType.mp_subscript = context_subscript;
  ContextType.mp_length = context_length;
  ContextType.sq_contains = context_contains;
  ContextType.tp_methods = context_methods;

  ContextVarType.tp_name = "_contextvars.ContextVar";
  ContextVarType.tp_basicsize = sizeof(VarObject);
  ContextVarType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  ContextVarType.tp_new = var_tp_new;
  ContextVarType.tp_dealloc = var_dealloc;
  ContextVarType.tp_traverse = var_traverse;
  ContextVarType.tp_clear = var_clear;
  ContextVarType.tp_hash = var_hash;
  ContextVarType.tp_repr = var_repr;
  ContextVarType.tp_methods = var_methods;

  TokenType.tp_name = "_contextvars.Token";
  TokenType.tp_basicsize = sizeof(TokenObject);
  TokenType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  TokenType.tp_new = token_tp_new;
  TokenType.tp_dealloc = token_dealloc;
  TokenType.tp_traverse = token_traverse;
  TokenType.tp_clear = token_clear;
  TokenType.tp_repr = token_repr;
  TokenType.tp_methods = token_methods;
  TokenType.tp_getset = token_getset;

  MissingType.tp_name = "Token.MISSING";
  MissingType.tp_basicsize = sizeof(Object);
  MissingType.tp_flags = TPFLAG_IMMUTABLE;
  MissingType.tp_repr = missing_repr;

  for (TypeObject* t : {&ContextType, &ContextVarType, &TokenType, &MissingType})
    if (ready_static_type(t) < 0) return -1;
  // ContextVar.name is a read-only member ("readonly attribute"), as in CPython.
  Object* name = str_from_cstr("name");
  Object* member = name ? member_descr_new(&ContextVarType, name, offsetof(VarObject, name), MEMBER_READONLY) : nullptr;
  int rc = member ? dict_setitem(ContextVarType.tp_dict, name, member) : -1;
  xdecref(member);
  xdecref(name);
  if (rc < 0) return -1;
  init_static_object(&MissingObject, &MissingType);
  return dict_setitem_str(TokenType.tp_dict, "MISSING", &MissingObject);
}


Object* init_contextvars_module() {
  if (ready_contextvars_types() < 0) return nullptr;
  Object* m = module_new("_contextvars");
  if (!m) return nullptr;
  bool ok = module_add_functions(m, module_functions) == 0 &&
            module_add_object(m, "Context", newref(static_cast<Object*>(&ContextType))) == 0 &&
            module_add_object(m, "ContextVar", newref(static_cast<Object*>(&ContextVarType))) == 0 &&
            module_add_object(m, "Token", newref(static_cast<Object*>(&TokenType))) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

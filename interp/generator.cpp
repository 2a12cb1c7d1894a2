// Generators: a suspended frame plus its own handled-exception stack entry.
//
// Resuming pushes the sent value onto the frame's value stack and runs
// eval_frame; a YIELD_VALUE/YIELD_FROM leaves the frame FRAME_SUSPENDED, a
// return or an escaping exception leaves it FRAME_COMPLETED and the generator
// drops its frame.
#include <cstdio>

#include "frame.h"
#include "function.h"
#include "opcodes.h"

namespace rt {
TypeObject GeneratorType;
}

namespace interp {

using namespace rt;

struct GenObject : Object {
  Frame* frame;        // owned; null once finished
  CodeObject* code;    // owned
  Object* name;        // owned str
  Object* qualname;    // owned str
  ExcStackItem exc_state;
  bool running;
};

namespace {

inline GenObject* as_gen(Object* o) { return static_cast<GenObject*>(o); }

void gen_release_frame(GenObject* g) {
  Frame* f = g->frame;
  if (!f) return;
  g->frame = nullptr;
  f->gen = nullptr;
  decref(f);
}

// Resume g.  arg: the value to send (ignored when throwing; null = None).
// 0: yielded *result; 1: returned *result; -1: error pending.
int gen_resume(GenObject* g, Object* arg, bool throwing, Object** result) {
  Frame* f = g->frame;
  if (g->running) {
    err_set_string(Exc_ValueError, "generator already executing");
    return -1;
  }
  if (!f || f->state == FRAME_COMPLETED) {
    if (throwing) return -1;
    *result = none_ref();
    return 1;
  }
  if (f->state == FRAME_CREATED && !throwing && arg && arg != None) {
    err_set_string(Exc_TypeError, "can't send non-None value to a just-started generator");
    return -1;
  }
  if (!throwing) f->stack_base()[f->stacktop++] = newref(arg ? arg : None);
  ThreadState* ts = tstate();
  g->exc_state.previous = ts->exc_info;
  ts->exc_info = &g->exc_state;
  g->running = true;
  incref(f);
  Object* r = eval_frame(f, throwing);
  g->running = false;
  ts->exc_info = g->exc_state.previous;
  g->exc_state.previous = nullptr;
  if (f->state == FRAME_SUSPENDED) {
    decref(f);
    *result = r;
    return 0;
  }
  int status;
  if (r) {
    *result = r;
    status = 1;
  } else {
    status = -1;
    if (err_matches(Exc_StopIteration)) {
      Object* stop = err_fetch();
      Object* msg = str_from_cstr("generator raised StopIteration");
      Object* rte = msg ? exc_new(Exc_RuntimeError, &msg, 1) : nullptr;
      xdecref(msg);
      if (rte) {
        exc_set_context(rte, newref(stop));
        exc_set_cause(rte, stop);
        err_restore(rte);
      } else {
        decref(stop);
      }
    }
  }
  clearref(g->exc_state.exc_value);
  gen_release_frame(g);
  decref(f);
  return status;
}

// The iterator a frame suspended in YIELD_FROM delegates to (borrowed), or null.
Object* gen_yieldfrom(GenObject* g) {
  Frame* f = g->frame;
  if (!f || f->state != FRAME_SUSPENDED || f->stacktop < 1) return nullptr;
  if (instr_op(*f->next_instr) != YIELD_FROM) return nullptr;
  return f->stack_base()[f->stacktop - 1];
}

int gen_throw_impl(GenObject* g, Object* exc, Object** result);

// Close a delegate iterator (for GeneratorExit thrown into a YIELD_FROM).
int close_delegate(Object* yf) {
  if (is_generator(yf)) {
    Object* r = nullptr;
    Object* ge = exc_new(Exc_GeneratorExit, nullptr, 0);
    if (!ge) return -1;
    int st = gen_throw_impl(as_gen(yf), ge, &r);
    decref(ge);
    if (st == 0) {
      decref(r);
      err_set_string(Exc_RuntimeError, "generator ignored GeneratorExit");
      return -1;
    }
    if (st == 1) {
      decref(r);
      return 0;
    }
    if (err_matches(Exc_GeneratorExit) || err_matches(Exc_StopIteration)) {
      err_clear();
      return 0;
    }
    return -1;
  }
  bool error = false;
  Object* meth = object_lookup_attr(yf, names::close, &error);
  if (!meth) return error ? -1 : 0;
  Object* r = call0(meth);
  decref(meth);
  if (!r) return -1;
  decref(r);
  return 0;
}

// Throw exc (borrowed instance) into g.
int gen_throw_impl(GenObject* g, Object* exc, Object** result) {
  Object* yf = gen_yieldfrom(g);
  if (yf) {
    if (g->running) {
      err_set_string(Exc_ValueError, "generator already executing");
      return -1;
    }
    incref(yf);
    if (is_instance_of(exc, Exc_GeneratorExit)) {
      g->running = true;
      int rc = close_delegate(yf);
      g->running = false;
      decref(yf);
      if (rc < 0) return gen_resume(g, nullptr, true, result);
      goto throw_here;
    }
    Object* r = nullptr;
    int st;
    if (is_generator(yf)) {
      g->running = true;
      st = gen_throw_impl(as_gen(yf), exc, &r);
      g->running = false;
    } else {
      bool error = false;
      Object* meth = object_lookup_attr(yf, names::throw_, &error);
      if (!meth) {
        decref(yf);
        if (error) return gen_resume(g, nullptr, true, result);
        goto throw_here;
      }
      g->running = true;
      r = call1(meth, exc);
      g->running = false;
      decref(meth);
      st = r ? 0 : -1;
    }
    decref(yf);
    if (st == 0) {
      *result = r;
      return 0;
    }
    Object* val = nullptr;
    if (st == 1) {
      val = r;
    } else if (err_matches(Exc_StopIteration)) {
      Object* e = err_fetch();
      Object* v = stop_iteration_value(e);
      val = v ? newref(v) : none_ref();
      decref(e);
    } else {
      return gen_resume(g, nullptr, true, result);
    }
    // The delegate finished: pop it and continue after the YIELD_FROM with its value.
    Frame* f = g->frame;
    Object* it = f->stack_base()[--f->stacktop];
    f->stack_base()[f->stacktop] = nullptr;
    decref(it);
    f->next_instr++;
    int rc = gen_resume(g, val, false, result);
    decref(val);
    return rc;
  }
throw_here:
  err_restore(newref(exc));
  return gen_resume(g, nullptr, true, result);
}

// ---- Python-level methods ----
Object* gen_iternext(Object* o) {
  Object* r = nullptr;
  int st = gen_resume(as_gen(o), nullptr, false, &r);
  if (st == 0) return r;
  if (st == 1) {
    if (r != None) err_stop_iteration(r);
    decref(r);
  }
  return nullptr;
}

Object* gen_send(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("send", kwnames)) return nullptr;
  if (nargs != 1) {
    err_format(Exc_TypeError, "generator.send() takes exactly one argument (%zd given)", nargs);
    return nullptr;
  }
  Object* r = nullptr;
  int st = gen_resume(as_gen(self), args[0], false, &r);
  if (st == 0) return r;
  if (st == 1) {
    if (r == None)
      err_set_none(Exc_StopIteration);
    else
      err_stop_iteration(r);
    decref(r);
  }
  return nullptr;
}

Object* gen_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("throw", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 3) {
    err_format(Exc_TypeError, "throw expected at least 1 argument, got %zd", nargs);
    if (nargs > 3) {
      err_clear();
      err_format(Exc_TypeError, "throw expected at most 3 arguments, got %zd", nargs);
    }
    return nullptr;
  }
  Object* typ = args[0];
  Object* val = nargs > 1 ? args[1] : None;
  Object* tb = nargs > 2 ? args[2] : None;
  if (tb != None && type_of(tb) != &TracebackType) {
    err_set_string(Exc_TypeError, "throw() third argument must be a traceback object");
    return nullptr;
  }
  Object* exc = nullptr;
  if (is_exception_class(typ)) {
    if (val != None && is_instance_of(val, static_cast<TypeObject*>(typ))) {
      exc = newref(val);
    } else if (val == None) {
      exc = call0(typ);
    } else if (is_tuple(val)) {
      exc = call_tuple_dict(typ, val, nullptr);
    } else {
      exc = call1(typ, val);
    }
    if (!exc) return nullptr;
    if (!is_exception(exc)) {
      decref(exc);
      err_set_string(Exc_TypeError, "exceptions must derive from BaseException");
      return nullptr;
    }
  } else if (is_exception(typ)) {
    if (val != None) {
      err_set_string(Exc_TypeError, "instance exception may not have a separate value");
      return nullptr;
    }
    exc = newref(typ);
  } else {
    err_format(Exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
               type_name(typ));
    return nullptr;
  }
  if (tb != None) exc_set_traceback(exc, tb);
  Object* r = nullptr;
  int st = gen_throw_impl(as_gen(self), exc, &r);
  decref(exc);
  if (st == 0) return r;
  if (st == 1) {
    if (r == None)
      err_set_none(Exc_StopIteration);
    else
      err_stop_iteration(r);
    decref(r);
  }
  return nullptr;
}

Object* gen_close_impl(GenObject* g) {
  Frame* f = g->frame;
  if (!f || f->state == FRAME_COMPLETED) return none_ref();
  if (f->state == FRAME_CREATED) {
    gen_release_frame(g);
    return none_ref();
  }
  Object* ge = exc_new(Exc_GeneratorExit, nullptr, 0);
  if (!ge) return nullptr;
  Object* r = nullptr;
  int st = gen_throw_impl(g, ge, &r);
  decref(ge);
  if (st == 0) {
    decref(r);
    err_set_string(Exc_RuntimeError, "generator ignored GeneratorExit");
    return nullptr;
  }
  if (st == 1) {
    decref(r);
    return none_ref();
  }
  if (err_matches(Exc_GeneratorExit) || err_matches(Exc_StopIteration)) {
    err_clear();
    return none_ref();
  }
  return nullptr;
}

Object* gen_close(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("close", kwnames)) return nullptr;
  return gen_close_impl(as_gen(self));
}

void gen_finalize(Object* o) {
  GenObject* g = as_gen(o);
  if (!g->frame || g->frame->state != FRAME_SUSPENDED) return;
  Object* saved = err_fetch();
  Object* r = gen_close_impl(g);
  if (r)
    decref(r);
  else
    err_write_unraisable(o);
  err_restore(saved);
}

void gen_dealloc(Object* o) {
  GenObject* g = as_gen(o);
  if (g->frame && g->frame->state == FRAME_SUSPENDED) {
    // Run the finalizer (close()) with the object temporarily alive again.
    refchain_link(o);
    o->ob_refcnt = 1;
    gen_finalize(o);
    if (--o->ob_refcnt != 0) return;  // resurrected
    refchain_unlink(o);
  }
  if (gc_is_tracked(o)) gc_untrack(o);
  gen_release_frame(g);
  clearref(g->code);
  clearref(g->name);
  clearref(g->qualname);
  clearref(g->exc_state.exc_value);
  free_object(o);
}

int gen_traverse(Object* o, visitproc visit, void* arg) {
  GenObject* g = as_gen(o);
  if (g->frame)
    if (int r = visit(g->frame, arg)) return r;
  if (g->code)
    if (int r = visit(g->code, arg)) return r;
  if (g->exc_state.exc_value)
    if (int r = visit(g->exc_state.exc_value, arg)) return r;
  return 0;
}

int gen_clear(Object* o) {
  GenObject* g = as_gen(o);
  if (g->running) return 0;
  gen_release_frame(g);
  clearref(g->exc_state.exc_value);
  return 0;
}

Object* gen_repr(Object* o) {
  char buf[64];
  snprintf(buf, sizeof buf, " at %p>", (void*)o);
  std::string s = "<generator object ";
  s += str_view(as_gen(o)->qualname);
  s += buf;
  return str_from(s);
}

Object* g_frame(Object* o, void*) {
  GenObject* g = as_gen(o);
  return g->frame ? newref(static_cast<Object*>(g->frame)) : none_ref();
}
Object* g_running(Object* o, void*) { return bool_ref(as_gen(o)->running); }
Object* g_suspended(Object* o, void*) {
  GenObject* g = as_gen(o);
  return bool_ref(g->frame && g->frame->state == FRAME_SUSPENDED);
}
Object* g_code(Object* o, void*) { return newref(static_cast<Object*>(as_gen(o)->code)); }
Object* g_yieldfrom(Object* o, void*) {
  Object* yf = gen_yieldfrom(as_gen(o));
  return yf ? newref(yf) : none_ref();
}
Object* g_name(Object* o, void*) { return newref(as_gen(o)->name); }
int g_set_name(Object* o, Object* v, void*) {
  if (!v || !is_str(v)) {
    err_set_string(Exc_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  setref(as_gen(o)->name, newref(v));
  return 0;
}
Object* g_qualname(Object* o, void*) { return newref(as_gen(o)->qualname); }
int g_set_qualname(Object* o, Object* v, void*) {
  if (!v || !is_str(v)) {
    err_set_string(Exc_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  setref(as_gen(o)->qualname, newref(v));
  return 0;
}

GetSetDef gen_getset[] = {
    {"gi_frame", g_frame, nullptr, nullptr, nullptr},
    {"gi_running", g_running, nullptr, nullptr, nullptr},
    {"gi_suspended", g_suspended, nullptr, nullptr, nullptr},
    {"gi_code", g_code, nullptr, nullptr, nullptr},
    {"gi_yieldfrom", g_yieldfrom, nullptr, nullptr, nullptr},
    {"__name__", g_name, g_set_name, nullptr, nullptr},
    {"__qualname__", g_qualname, g_set_qualname, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef gen_methods[] = {
    {"send", gen_send, METH_DEFAULT, nullptr},
    {"throw", gen_throw, METH_DEFAULT, nullptr},
    {"close", gen_close, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

bool is_generator(Object* o) { return type_of(o) == &GeneratorType; }

Object* gen_new(Frame* f, FunctionObject* func) {
  auto* g = static_cast<GenObject*>(alloc_object(&GeneratorType, sizeof(GenObject)));
  if (!g) {
    decref(f);
    return nullptr;
  }
  g->frame = f;
  f->gen = g;
  g->code = newref(f->code);
  g->name = newref(func ? func->name : f->code->name);
  g->qualname = newref(func ? func->qualname : f->code->qualname);
  if (!gc_is_tracked(f)) gc_track(f);
  gc_track(g);
  return g;
}

int gen_send_ex(Object* gen, Object* value, Object** result) {
  return gen_resume(as_gen(gen), value, false, result);
}

void init_generator_type() {
  TypeObject& t = GeneratorType;
  t.tp_name = "generator";
  t.tp_basicsize = sizeof(GenObject);
  t.tp_flags = TPFLAG_HAVE_GC;
  t.tp_dealloc = gen_dealloc;
  t.tp_repr = gen_repr;
  t.tp_getattro = object_generic_getattr;
  t.tp_iter = object_self_iter;
  t.tp_iternext = gen_iternext;
  t.tp_traverse = gen_traverse;
  t.tp_clear = gen_clear;
  t.tp_finalize = gen_finalize;
  t.tp_getset = gen_getset;
  t.tp_methods = gen_methods;
  type_ready(&t);
}

}  // namespace interp

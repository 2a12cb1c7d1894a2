// The machinery shared by generators, coroutines and async generators
// (interp/genobject.h), and the generator type itself.
//
// Resuming pushes the sent value onto the frame's value stack and runs
// eval_frame; a YIELD_VALUE/YIELD_FROM leaves the frame FRAME_SUSPENDED, a
// return or an escaping exception leaves it FRAME_COMPLETED and the object
// drops its frame.  While the frame runs, the object's exc_state is the top
// of the thread's handled-exception stack, so `except` blocks inside the
// generator see (and restore) their own handled exception across yields.
//
// Delegation: a frame suspended in YIELD_FROM (`yield from x`, and every
// await) has the delegate on top of its value stack (gen_yieldfrom).  throw()
// and close() go to the delegate first, as PEP 380 says: a GeneratorExit
// closes it (or, for aclose(), is thrown into it so that it may await its
// way out), any other exception is thrown into it (a generator or coroutine
// directly, another iterator through its `throw` method, with the arguments
// throw() was given).  When the delegate finishes, its value is sent into
// the frame after the YIELD_FROM; when it raises, the exception is raised in
// the frame at the YIELD_FROM.
//
// Invariants: `running` is true exactly while the frame (or a delegate on its
// behalf) executes; a finished object has frame == null; tp_finalize runs at
// most once (`finalized`), from the collector or from dealloc.
#include <cstdio>
#include <string>

#include "function.h"
#include "genobject.h"
#include "opcodes.h"

namespace rt {
TypeObject GeneratorType;
}

namespace interp {

using namespace rt;

const char* gen_kind_name(const GenObject* g) {
  switch (g->kind) {
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGen: return "async generator";
    case GenKind::Generator: break;
  }
  return "generator";
}

namespace {

void gen_release_frame(GenObject* g) {
  Frame* f = g->frame;
  if (!f) return;
  g->frame = nullptr;
  f->gen = nullptr;
  decref(f);
}

// A StopIteration that escaped the frame (or a StopAsyncIteration escaping an
// async generator) becomes RuntimeError("generator raised StopIteration"),
// with the original as its cause (PEP 479).
void convert_escaped_stop(GenObject* g) {
  const char* what;
  if (err_matches(Exc_StopIteration))
    what = "raised StopIteration";
  else if (g->kind == GenKind::AsyncGen && err_matches(Exc_StopAsyncIteration))
    what = "raised StopAsyncIteration";
  else
    return;
  Object* stop = err_fetch();
  Object* msg = str_from(std::string(gen_kind_name(g)) + " " + what);
  Object* rte = msg ? exc_new(Exc_RuntimeError, &msg, 1) : nullptr;
  xdecref(msg);
  if (!rte) {
    decref(stop);
    return;
  }
  exc_set_context(rte, newref(stop));
  exc_set_cause(rte, stop);
  err_restore(rte);
}

// Close a delegate: a generator or coroutine with its close(), anything else
// through its `close` method if it has one.  0 or -1 (error pending).
int close_delegate(Object* yf) {
  if (is_gen_or_coro(yf)) {
    Object* r = gen_close_impl(as_gen(yf));
    if (!r) return -1;
    decref(r);
    return 0;
  }
  bool error = false;
  Object* meth = object_lookup_attr(yf, names::close, &error);
  if (error) err_write_unraisable(yf);
  if (!meth) return 0;
  Object* r = call0(meth);
  decref(meth);
  if (!r) return -1;
  decref(r);
  return 0;
}

}  // namespace

int gen_resume(GenObject* g, Object* arg, bool throwing, Object** result, bool closing) {
  Frame* f = g->frame;
  if (g->running) {
    err_format(Exc_ValueError, "%s already executing", gen_kind_name(g));
    return -1;
  }
  if (!f || f->state == FRAME_COMPLETED) {
    if (g->kind == GenKind::Coroutine && !closing) {
      // An exhausted coroutine: awaiting or sending into it again is an error (close() stays silent).
      err_set_string(Exc_RuntimeError, "cannot reuse already awaited coroutine");
      return -1;
    }
    if (throwing) return -1;
    *result = none_ref();
    return 1;
  }
  if (f->state == FRAME_CREATED && !throwing && arg && arg != None) {
    err_format(Exc_TypeError, "can't send non-None value to a just-started %s", gen_kind_name(g));
    return -1;
  }
  if (!throwing) f->stack_base()[f->stacktop++] = newref(arg ? arg : None);
  ThreadState* ts = tstate();
  g->exc_state.previous = ts->exc_info;
  ts->exc_info = &g->exc_state;
  if (throwing && g->exc_state.exc_value && g->exc_state.exc_value != None) [[unlikely]] {
    // Thrown into an except block suspended at a yield: its exception becomes
    // the thrown one's __context__, as if raised there (CPython chains it too).
    Object* e = err_fetch();
    err_set_exception(e);
    decref(e);
  }
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
    convert_escaped_stop(g);
  }
  clearref(g->exc_state.exc_value);
  gen_release_frame(g);
  decref(f);
  return status;
}

Object* gen_yieldfrom(GenObject* g) {
  Frame* f = g->frame;
  if (!f || f->state != FRAME_SUSPENDED || f->stacktop < 1) return nullptr;
  if (instr_op(*f->next_instr) != YIELD_FROM) return nullptr;
  return f->stack_base()[f->stacktop - 1];
}

int gen_throw_ex(GenObject* g, Object* exc, Object* const* targs, ssize ntargs, bool close_on_genexit,
                 Object** result) {
  Object* yf = gen_yieldfrom(g);
  if (yf) {
    if (g->running) {
      err_format(Exc_ValueError, "%s already executing", gen_kind_name(g));
      return -1;
    }
    incref(yf);
    if (close_on_genexit && is_instance_of(exc, Exc_GeneratorExit)) {
      g->running = true;
      int rc = close_delegate(yf);
      g->running = false;
      decref(yf);
      if (rc < 0) return gen_resume(g, nullptr, true, result);  // the delegate's error, raised in g
      goto throw_here;
    }
    Object* r = nullptr;
    int st;
    if (is_gen_or_coro(yf)) {
      // g's frame is the current frame meanwhile (as CPython), so the
      // delegate's frame has it as f_back in tracebacks and stack walks.
      ThreadState* ts = tstate();
      Frame* f = g->frame;
      f->back = ts->frame;
      ts->frame = f;
      f->state = FRAME_EXECUTING;
      g->running = true;
      st = gen_throw_ex(as_gen(yf), exc, targs, ntargs, close_on_genexit, &r);
      g->running = false;
      f->state = FRAME_SUSPENDED;
      ts->frame = f->back;
      f->back = nullptr;
    } else {
      bool error = false;
      Object* meth = object_lookup_attr(yf, names::throw_, &error);
      if (!meth) {
        decref(yf);
        if (error) return -1;
        goto throw_here;  // an iterator without throw(): the exception is raised in g
      }
      g->running = true;
      r = targs ? call(meth, targs, ntargs) : call1(meth, exc);
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

Object* gen_result_to_return(int status, Object* result) {
  if (status == 0) return result;
  if (status == 1) {
    if (result == None)
      err_set_none(Exc_StopIteration);
    else
      err_stop_iteration(result);
    decref(result);
  }
  return nullptr;
}

Object* gen_throw_normalize(Object* const* args, ssize nargs, bool* construct_failed) {
  if (nargs < 1 || nargs > 3) {
    if (nargs > 3)
      err_format(Exc_TypeError, "throw expected at most 3 arguments, got %zd", nargs);
    else
      err_format(Exc_TypeError, "throw expected at least 1 argument, got %zd", nargs);
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
    if (exc && !is_exception(exc)) {
      Object* r = object_repr(typ);
      if (r)
        err_format(Exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                   str_utf8(r), type_name(exc));
      xdecref(r);
      clearref(exc);
    }
    if (!exc) {
      // As in CPython, the error of making the exception is what gets thrown in.
      if (construct_failed) *construct_failed = true;
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
  return exc;
}

Object* gen_close_impl(GenObject* g) {
  Frame* f = g->frame;
  if (!f || f->state == FRAME_COMPLETED) return none_ref();
  if (f->state == FRAME_CREATED) {
    gen_release_frame(g);
    return none_ref();
  }
  int err = 0;
  if (Object* yf = gen_yieldfrom(g)) {
    if (g->running) {
      err_format(Exc_ValueError, "%s already executing", gen_kind_name(g));
      return nullptr;
    }
    incref(yf);
    g->running = true;
    err = close_delegate(yf);
    g->running = false;
    decref(yf);
  }
  if (err == 0) err_set_none(Exc_GeneratorExit);
  Object* r = nullptr;
  int st = gen_resume(g, nullptr, true, &r, /*closing=*/true);
  if (st == 0) {
    decref(r);
    err_format(Exc_RuntimeError, "%s ignored GeneratorExit", gen_kind_name(g));
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

// ---- the Python-level methods and attributes shared by the three types ----

Object* gen_method_send(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("send", kwnames)) return nullptr;
  if (nargs != 1) {
    err_format(Exc_TypeError, "%s.send() takes exactly one argument (%zd given)", type_name(self), nargs);
    return nullptr;
  }
  Object* r = nullptr;
  int st = gen_resume(as_gen(self), args[0], false, &r);
  return gen_result_to_return(st, r);
}

Object* gen_method_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("throw", kwnames)) return nullptr;
  bool construct_failed = false;
  Object* exc = gen_throw_normalize(args, nargs, &construct_failed);
  if (!exc && !construct_failed) return nullptr;
  if (!exc) {
    exc = err_fetch();
    args = nullptr;
    nargs = 0;
  }
  Object* r = nullptr;
  int st = gen_throw_ex(as_gen(self), exc, args, nargs, true, &r);
  decref(exc);
  return gen_result_to_return(st, r);
}

Object* gen_method_close(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("close", kwnames)) return nullptr;
  return gen_close_impl(as_gen(self));
}

Object* gen_get_frame(Object* o, void*) {
  GenObject* g = as_gen(o);
  return g->frame ? newref(static_cast<Object*>(g->frame)) : none_ref();
}
Object* gen_get_running(Object* o, void*) { return bool_ref(as_gen(o)->running); }
Object* gen_get_suspended(Object* o, void*) {
  GenObject* g = as_gen(o);
  return bool_ref(g->frame && g->frame->state == FRAME_SUSPENDED);
}
Object* gen_get_code(Object* o, void*) { return newref(static_cast<Object*>(as_gen(o)->code)); }
Object* gen_get_yieldfrom(Object* o, void*) {
  Object* yf = gen_yieldfrom(as_gen(o));
  return yf ? newref(yf) : none_ref();
}
Object* gen_get_name(Object* o, void*) { return newref(as_gen(o)->name); }
int gen_set_name(Object* o, Object* v, void*) {
  if (!v || !is_str(v)) {
    err_set_string(Exc_TypeError, "__name__ must be set to a string object");
    return -1;
  }
  setref(as_gen(o)->name, newref(v));
  return 0;
}
Object* gen_get_qualname(Object* o, void*) { return newref(as_gen(o)->qualname); }
int gen_set_qualname(Object* o, Object* v, void*) {
  if (!v || !is_str(v)) {
    err_set_string(Exc_TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  setref(as_gen(o)->qualname, newref(v));
  return 0;
}

Object* gen_repr(Object* o) {
  char buf[64];
  snprintf(buf, sizeof buf, " at %p>", (void*)o);
  std::string s = "<";
  s += type_name(o);
  s += " object ";
  s += str_view(as_gen(o)->qualname);
  s += buf;
  return str_from(s);
}

// ---- life cycle ----

void gen_finalize(Object* o) {
  GenObject* g = as_gen(o);
  g->finalized = true;
  Frame* f = g->frame;
  if (!f || f->state == FRAME_COMPLETED) return;
  Object* saved = err_fetch();
  if (g->kind == GenKind::AsyncGen && async_gen_call_finalizer(g)) {
    err_restore(saved);
    return;
  }
  if (g->kind == GenKind::Coroutine && f->state == FRAME_CREATED) {
    coro_warn_unawaited(g);
  } else {
    Object* r = gen_close_impl(g);
    if (r) decref(r);
  }
  if (err_occurred()) err_write_unraisable(o);
  err_restore(saved);
}

void gen_dealloc(Object* o) {
  GenObject* g = as_gen(o);
  if (g->weaklist) {
    // Weak references die before the finalizer runs (as in CPython); their
    // callbacks run Python code, so the generator is untracked meanwhile.
    bool tracked = gc_is_tracked(o);
    if (tracked) gc_untrack(o);
    clear_weakrefs(o);
    if (tracked) gc_track(o);
  }
  Frame* f = g->frame;
  if (!g->finalized && f &&
      (f->state == FRAME_SUSPENDED || (f->state == FRAME_CREATED && g->kind != GenKind::Generator))) {
    // Run the finalizer (close(), the unawaited-coroutine warning, the async
    // generator finalizer hook) with the object temporarily alive again.
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
  if (g->kind == GenKind::AsyncGen) async_gen_clear(g);
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
  if (g->ag_finalizer)
    if (int r = visit(g->ag_finalizer, arg)) return r;
  return 0;
}

int gen_clear(Object* o) {
  GenObject* g = as_gen(o);
  if (g->running) return 0;
  gen_release_frame(g);
  clearref(g->exc_state.exc_value);
  async_gen_clear(g);
  return 0;
}

void gen_type_common(TypeObject& t, const char* name) {
  t.tp_name = name;
  t.tp_basicsize = sizeof(GenObject);
  t.tp_flags = TPFLAG_HAVE_GC;
  t.tp_dealloc = gen_dealloc;
  t.tp_weaklistoffset = offsetof(GenObject, weaklist);
  t.tp_repr = gen_repr;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  t.tp_traverse = gen_traverse;
  t.tp_clear = gen_clear;
  t.tp_finalize = gen_finalize;
}

Object* gen_iternext_of(GenObject* g) {
  Object* r = nullptr;
  int st = gen_resume(g, nullptr, false, &r);
  if (st == 0) return r;
  if (st == 1) {
    if (r != None) err_stop_iteration(r);
    decref(r);
  }
  return nullptr;
}

// ---- the generator type ----
namespace {

Object* gen_iternext(Object* o) { return gen_iternext_of(as_gen(o)); }

GetSetDef gen_getset[] = {
    {"gi_frame", gen_get_frame, nullptr, nullptr, nullptr},
    {"gi_running", gen_get_running, nullptr, nullptr, nullptr},
    {"gi_suspended", gen_get_suspended, nullptr, nullptr, nullptr},
    {"gi_code", gen_get_code, nullptr, nullptr, nullptr},
    {"gi_yieldfrom", gen_get_yieldfrom, nullptr, "object being iterated by yield from, or None", nullptr},
    {"__name__", gen_get_name, gen_set_name, "name of the generator", nullptr},
    {"__qualname__", gen_get_qualname, gen_set_qualname, "qualified name of the generator", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef gen_methods[] = {
    {"send", gen_method_send, METH_DEFAULT, kGenSendDoc},
    {"throw", gen_method_throw, METH_DEFAULT, kGenThrowDoc},
    {"close", gen_method_close, METH_DEFAULT, kGenCloseDoc},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* gen_new(Frame* f, FunctionObject* func) {
  // Plain generators are by far the most common: one test picks them.
  TypeObject* type = &GeneratorType;
  GenKind kind = GenKind::Generator;
  if (uint32_t flags = f->code->flags; flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)) [[unlikely]] {
    bool coro = flags & CO_COROUTINE;
    type = coro ? &CoroutineType : &AsyncGeneratorType;
    kind = coro ? GenKind::Coroutine : GenKind::AsyncGen;
  }
  auto* g = static_cast<GenObject*>(alloc_object(type, sizeof(GenObject)));
  if (!g) {
    decref(f);
    return nullptr;
  }
  g->kind = kind;
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
  gen_type_common(t, "generator");
  t.tp_iter = object_self_iter;
  t.tp_iternext = gen_iternext;
  t.tp_getset = gen_getset;
  t.tp_methods = gen_methods;
  type_ready(&t);
  init_coroutine_types();
  init_asyncgen_types();
}

}  // namespace interp

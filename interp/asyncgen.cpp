// Async generators (PEP 525): `async def` with yield, their awaitables, their
// finalization hooks, and the builtins aiter()/anext().
//
// An async generator's frame yields two kinds of values up the same channel:
// the values its body yields (`yield v`, compiled as ASYNC_GEN_WRAP;
// YIELD_VALUE, so they arrive wrapped in an async_generator_wrapped_value)
// and the values its awaits pass up to the event loop (unwrapped).  Nobody
// iterates the generator directly: __anext__()/asend(v) return an
// async_generator_asend awaitable, athrow()/aclose() an
// async_generator_athrow.  Driving one resumes the generator; a wrapped value
// coming out ends that awaitable with StopIteration(value) (the await in the
// consumer gets v), an unwrapped one is passed on to the driver, and the
// generator returning ends it with StopAsyncIteration.
//
// The asend/athrow state machine (docs/async.md has the table):
//   INIT   --first send-->  ITER  --result or error-->  CLOSED
// Starting an awaitable while another one of the same generator is between
// its first send and its end (ag_running_async, shown as ag_running) is a
// RuntimeError, as is driving a CLOSED one again ("cannot reuse already
// awaited __anext__()/asend()").  aclose() throws GeneratorExit without
// closing the awaited delegate first (the generator may await in its finally
// blocks); a value yielded after that is "async generator ignored
// GeneratorExit"; StopAsyncIteration or GeneratorExit coming out ends
// aclose() normally.
//
// Finalization: the first __anext__/asend/athrow/aclose calls the thread's
// firstiter hook (sys.set_asyncgen_hooks) with the generator and remembers
// the finalizer hook; when a generator that is not finished and not closed
// dies, tp_finalize calls that finalizer instead of closing it (an event
// loop schedules aclose()).  Without a finalizer it is closed like a
// generator: GeneratorExit is thrown in, and an await that suspends during
// that closing is "async generator ignored GeneratorExit" (unraisable).
#include "genobject.h"
#include "../runtime/reffields.h"

namespace rt {
TypeObject AsyncGeneratorType;
TypeObject AsyncGenASendType;
TypeObject AsyncGenAThrowType;
TypeObject AsyncGenWrappedValueType;
TypeObject AnextAwaitableType;
}

namespace interp {

using namespace rt;

namespace {

enum class AwaitState : uint8_t { Init, Iter, Closed };

// ---- async_generator_wrapped_value ----
struct WrappedValue : Object {
  Object* val;  // owned
};

using WrappedRefs = RefFields<WrappedValue, &WrappedValue::val>;

bool is_wrapped(Object* o) { return type_of(o) == &AsyncGenWrappedValueType; }

// ---- driving the generator ----

// Resume g; its return becomes StopAsyncIteration.  The yielded value, or null.
Object* agen_resume(GenObject* g, Object* arg) {
  Object* r = nullptr;
  int st = gen_resume(g, arg, false, &r);
  if (st == 0) return r;
  if (st == 1) {
    decref(r);
    err_set_none(Exc_StopAsyncIteration);
  }
  return nullptr;
}

// Throw into g; close_on_genexit as gen_throw_ex.  As agen_resume.
Object* agen_throw(GenObject* g, Object* exc, Object* const* targs, ssize ntargs, bool close_on_genexit) {
  Object* r = nullptr;
  int st = gen_throw_ex(g, exc, targs, ntargs, close_on_genexit, &r);
  if (st == 0) return r;
  if (st == 1) {
    decref(r);
    err_set_none(Exc_StopAsyncIteration);
  }
  return nullptr;
}

// throw()'s arguments into g, normalized here (a bad argument raises before anything runs).
Object* agen_throw_args(GenObject* g, Object* const* args, ssize nargs, bool close_on_genexit) {
  Object* exc = gen_throw_normalize(args, nargs);
  if (!exc) return nullptr;
  Object* r = agen_throw(g, exc, args, nargs, close_on_genexit);
  decref(exc);
  return r;
}

// The end of one step of an asend/athrow: a wrapped value finishes the
// awaitable with StopIteration(value); anything else passes through.  An
// error (StopAsyncIteration when it returned) ends the running state, and
// StopAsyncIteration or GeneratorExit mark the generator closed.
Object* agen_unwrap(GenObject* g, Object* result) {
  if (!result) {
    if (!err_occurred()) err_set_none(Exc_StopAsyncIteration);
    if (err_matches(Exc_StopAsyncIteration) || err_matches(Exc_GeneratorExit)) g->ag_closed = true;
    g->ag_running_async = false;
    return nullptr;
  }
  if (is_wrapped(result)) {
    Object* v = static_cast<WrappedValue*>(result)->val;
    if (v == None)
      err_set_none(Exc_StopIteration);
    else
      err_stop_iteration(v);
    decref(result);
    g->ag_running_async = false;
    return nullptr;
  }
  return result;
}

// First iteration: call firstiter, remember finalizer.  0 or -1.
int agen_init_hooks(GenObject* g) {
  if (g->ag_hooks_inited) return 0;
  g->ag_hooks_inited = true;
  ThreadState* ts = tstate();
  if (ts->asyncgen_finalizer) g->ag_finalizer = newref(ts->asyncgen_finalizer);
  if (Object* first = ts->asyncgen_firstiter) {
    incref(first);
    Object* r = call1(first, g);
    decref(first);
    if (!r) return -1;
    decref(r);
  }
  return 0;
}

// ---- the awaitables: async_generator_asend (__anext__(), asend(v)) and
// async_generator_athrow (athrow(...), aclose()) ----
struct AgenAwaitable : Object {
  Object* gen;  // owned: the async generator
  Object* arg;  // owned: asend: the value to send (None for __anext__);
                //        athrow: its argument tuple, null for aclose()
  AwaitState state;
  GenObject* agen() const { return as_gen(gen); }
};
using AwaitableRefs = RefFields<AgenAwaitable, &AgenAwaitable::gen, &AgenAwaitable::arg>;
inline AgenAwaitable* as_awaitable(Object* o) { return static_cast<AgenAwaitable*>(o); }

Object* awaitable_new(TypeObject* type, GenObject* g, Object* arg) {
  auto* o = static_cast<AgenAwaitable*>(alloc_object(type, sizeof(AgenAwaitable)));
  if (!o) return nullptr;
  o->gen = newref(static_cast<Object*>(g));
  o->arg = xnewref(arg);
  o->state = AwaitState::Init;
  gc_track(o);
  return o;
}

// send(value) of the awaitables: exactly one argument.
bool send_args_ok(ssize nargs, Object* kwnames) {
  if (!no_kwargs("send", kwnames)) return false;
  if (nargs == 1) return true;
  err_format(Exc_TypeError, "send() takes exactly one argument (%zd given)", nargs);
  return false;
}

// A CLOSED awaitable cannot be driven again.
bool reuse_error(AgenAwaitable* o, const char* what) {
  if (o->state != AwaitState::Closed) return false;
  err_format(Exc_RuntimeError, "cannot reuse already awaited %s", what);
  return true;
}
constexpr const char* kAsendName = "__anext__()/asend()";
constexpr const char* kAthrowName = "aclose()/athrow()";

// ---- asend ----
Object* asend_new(GenObject* g, Object* sendval) {
  return awaitable_new(&AsyncGenASendType, g, sendval ? sendval : None);
}

Object* asend_send_impl(AgenAwaitable* o, Object* arg) {
  GenObject* g = o->agen();
  if (reuse_error(o, kAsendName)) return nullptr;
  if (o->state == AwaitState::Init) {
    if (g->ag_running_async) {
      err_set_string(Exc_RuntimeError, "anext(): asynchronous generator is already running");
      return nullptr;
    }
    if (!arg || arg == None) arg = o->arg;
    o->state = AwaitState::Iter;
  }
  g->ag_running_async = true;
  Object* r = agen_unwrap(g, agen_resume(g, arg));
  if (!r) o->state = AwaitState::Closed;
  return r;
}

Object* asend_iternext(Object* o) { return asend_send_impl(as_awaitable(o), nullptr); }

Object* asend_send(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return send_args_ok(nargs, kwnames) ? asend_send_impl(as_awaitable(self), args[0]) : nullptr;
}

Object* asend_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("throw", kwnames)) return nullptr;
  AgenAwaitable* o = as_awaitable(self);
  if (reuse_error(o, kAsendName)) return nullptr;
  Object* r = agen_unwrap(o->agen(), agen_throw_args(o->agen(), args, nargs, true));
  if (!r) o->state = AwaitState::Closed;
  return r;
}

Object* asend_close(Object* self, Object* const*, ssize, Object* kwnames) {
  if (!no_kwargs("close", kwnames)) return nullptr;
  as_awaitable(self)->state = AwaitState::Closed;
  return none_ref();
}

MethodDef asend_methods[] = {
    {"send", asend_send, METH_DEFAULT, kGenSendDoc},
    {"throw", asend_throw, METH_DEFAULT, kGenThrowDoc},
    {"close", asend_close, METH_DEFAULT, kGenCloseDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ---- athrow / aclose (arg null) ----
Object* athrow_new(GenObject* g, Object* args) { return awaitable_new(&AsyncGenAThrowType, g, args); }

// The end of an athrow/aclose awaitable (CPython's check_error): aclose()
// turns StopAsyncIteration and GeneratorExit into a plain StopIteration.
Object* athrow_finish(AgenAwaitable* o) {
  o->agen()->ag_running_async = false;
  o->state = AwaitState::Closed;
  if (!o->arg && (err_matches(Exc_StopAsyncIteration) || err_matches(Exc_GeneratorExit))) {
    err_clear();
    err_set_none(Exc_StopIteration);
  }
  return nullptr;
}

// aclose() saw the generator yield a value instead of finishing.
Object* athrow_ignored_exit(AgenAwaitable* o) {
  o->agen()->ag_running_async = false;
  o->state = AwaitState::Closed;
  err_set_string(Exc_RuntimeError, "async generator ignored GeneratorExit");
  return nullptr;
}

Object* athrow_send_impl(AgenAwaitable* o, Object* arg) {
  GenObject* g = o->agen();
  if (reuse_error(o, kAthrowName)) return nullptr;
  if (!g->frame || g->frame->state == FRAME_COMPLETED) {
    o->state = AwaitState::Closed;
    err_set_none(Exc_StopIteration);
    return nullptr;
  }
  if (!arg) arg = None;
  if (o->state == AwaitState::Init) {
    if (g->ag_running_async) {
      o->state = AwaitState::Closed;
      err_set_string(Exc_RuntimeError, o->arg ? "athrow(): asynchronous generator is already running"
                                               : "aclose(): asynchronous generator is already running");
      return nullptr;
    }
    if (g->ag_closed) {
      o->state = AwaitState::Closed;
      err_set_none(Exc_StopAsyncIteration);
      return nullptr;
    }
    if (arg != None) {
      err_set_string(Exc_RuntimeError, "can't send non-None value to a just-started coroutine");
      return nullptr;
    }
    o->state = AwaitState::Iter;
    g->ag_running_async = true;
    Object* r;
    if (!o->arg) {  // aclose()
      g->ag_closed = true;
      Object* ge = exc_new(Exc_GeneratorExit, nullptr, 0);
      r = ge ? agen_throw(g, ge, nullptr, 0, false) : nullptr;
      xdecref(ge);
      if (r && is_wrapped(r)) {
        decref(r);
        return athrow_ignored_exit(o);
      }
    } else {
      ssize n = size_of(o->arg);
      if (n < 1 || n > 3) {
        // As CPython 3.11, the bad argument count is only found here, with
        // the generator already marked running.
        if (n < 1)
          err_format(Exc_TypeError, "athrow expected at least 1 argument, got %zd", n);
        else
          err_format(Exc_TypeError, "athrow expected at most 3 arguments, got %zd", n);
        return nullptr;
      }
      r = agen_unwrap(g, agen_throw_args(g, tuple_items(o->arg), n, false));
    }
    if (!r) return athrow_finish(o);
    return r;
  }
  Object* r = agen_resume(g, arg);
  if (o->arg) return agen_unwrap(g, r);
  if (!r) return athrow_finish(o);
  if (is_wrapped(r)) {
    decref(r);
    return athrow_ignored_exit(o);
  }
  return r;
}

Object* athrow_iternext(Object* o) { return athrow_send_impl(as_awaitable(o), nullptr); }

Object* athrow_send(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return send_args_ok(nargs, kwnames) ? athrow_send_impl(as_awaitable(self), args[0]) : nullptr;
}

Object* athrow_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("throw", kwnames)) return nullptr;
  AgenAwaitable* o = as_awaitable(self);
  if (reuse_error(o, kAthrowName)) return nullptr;
  Object* r = agen_throw_args(o->agen(), args, nargs, true);
  if (o->arg) return agen_unwrap(o->agen(), r);
  if (r && is_wrapped(r)) {
    decref(r);
    return athrow_ignored_exit(o);
  }
  if (!r && (err_matches(Exc_StopAsyncIteration) || err_matches(Exc_GeneratorExit))) {
    err_clear();
    err_set_none(Exc_StopIteration);
  }
  return r;
}

Object* athrow_close(Object* self, Object* const*, ssize, Object* kwnames) {
  if (!no_kwargs("close", kwnames)) return nullptr;
  as_awaitable(self)->state = AwaitState::Closed;
  return none_ref();
}

MethodDef athrow_methods[] = {
    {"send", athrow_send, METH_DEFAULT, kGenSendDoc},
    {"throw", athrow_throw, METH_DEFAULT, kGenThrowDoc},
    {"close", athrow_close, METH_DEFAULT, kGenCloseDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ---- the async_generator type ----

Object* agen_anext(Object* o) {
  GenObject* g = as_gen(o);
  if (agen_init_hooks(g) < 0) return nullptr;
  return asend_new(g, nullptr);
}

Object* agen_asend(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("asend", kwnames)) return nullptr;
  if (nargs != 1) {
    err_format(Exc_TypeError, "async_generator.asend() takes exactly one argument (%zd given)", nargs);
    return nullptr;
  }
  GenObject* g = as_gen(self);
  if (agen_init_hooks(g) < 0) return nullptr;
  return asend_new(g, args[0]);
}

Object* agen_athrow(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("athrow", kwnames)) return nullptr;
  GenObject* g = as_gen(self);
  if (agen_init_hooks(g) < 0) return nullptr;
  Object* t = tuple_from_array(args, nargs);
  if (!t) return nullptr;
  Object* r = athrow_new(g, t);
  decref(t);
  return r;
}

Object* agen_aclose(Object* self, Object* const*, ssize, Object* kwnames) {
  if (!no_kwargs("aclose", kwnames)) return nullptr;
  GenObject* g = as_gen(self);
  if (agen_init_hooks(g) < 0) return nullptr;
  return athrow_new(g, nullptr);
}

Object* agen_get_running(Object* o, void*) { return bool_ref(as_gen(o)->ag_running_async); }

GetSetDef agen_getset[] = {
    {"ag_frame", gen_get_frame, nullptr, nullptr, nullptr},
    {"ag_running", agen_get_running, nullptr, nullptr, nullptr},
    {"ag_code", gen_get_code, nullptr, nullptr, nullptr},
    {"ag_await", gen_get_yieldfrom, nullptr, "object being awaited on, or None", nullptr},
    {"__name__", gen_get_name, gen_set_name, "name of the async generator", nullptr},
    {"__qualname__", gen_get_qualname, gen_set_qualname, "qualified name of the async generator", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef agen_methods[] = {
    {"asend", agen_asend, METH_DEFAULT, "asend(v) -> send 'v' in generator."},
    {"athrow", agen_athrow, METH_DEFAULT, "athrow(typ[,val[,tb]]) -> raise exception in generator."},
    {"aclose", agen_aclose, METH_DEFAULT, "aclose() -> raise GeneratorExit inside generator."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- anext_awaitable: anext(it, default) ----
// Forwards to the iterator of the awaitable it->__anext__() returned,
// replacing StopAsyncIteration by StopIteration(default).  As in CPython,
// that iterator is fetched again (through __await__) at every step.
struct AnextAwaitable : Object {
  Object* wrapped;  // owned: what __anext__ returned
  Object* dflt;     // owned
};
inline AnextAwaitable* as_anext(Object* o) { return static_cast<AnextAwaitable*>(o); }

Object* anext_getiter(AnextAwaitable* a) {
  Object* it = coro_get_awaitable_iter(a->wrapped);
  if (!it || type_of(it)->tp_iternext) return it;
  // A coroutine: drive it through its coroutine_wrapper.
  Object* w = type_of(it)->am_await(it);
  decref(it);
  if (w && !type_of(w)->tp_iternext) {
    decref(w);
    err_set_string(Exc_TypeError, "__await__ returned a non-iterable");
    return nullptr;
  }
  return w;
}

// One step: meth null = next(), else call the iterator's method with args.
Object* anext_proxy(AnextAwaitable* a, Object* meth, Object* const* args, ssize nargs) {
  Object* it = anext_getiter(a);
  if (!it) return nullptr;
  Object* r;
  if (!meth) {
    r = type_of(it)->tp_iternext(it);
    if (!r && !err_occurred()) err_set_none(Exc_StopIteration);
  } else {
    r = call_method(it, meth, args, nargs);
  }
  decref(it);
  if (!r && err_matches(Exc_StopAsyncIteration)) {
    err_clear();
    if (a->dflt == None)
      err_set_none(Exc_StopIteration);
    else
      err_stop_iteration(a->dflt);
  }
  return r;
}

Object* anext_iternext(Object* o) { return anext_proxy(as_anext(o), nullptr, nullptr, 0); }
Object* anext_send(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return send_args_ok(nargs, kwnames) ? anext_proxy(as_anext(self), names::send, args, 1) : nullptr;
}
Object* anext_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("throw", kwnames)) return nullptr;
  return anext_proxy(as_anext(self), names::throw_, args, nargs);
}
Object* anext_close(Object* self, Object* const*, ssize, Object* kwnames) {
  if (!no_kwargs("close", kwnames)) return nullptr;
  return anext_proxy(as_anext(self), names::close, nullptr, 0);
}

using AnextRefs = RefFields<AnextAwaitable, &AnextAwaitable::wrapped, &AnextAwaitable::dflt>;

MethodDef anext_methods[] = {
    {"send", anext_send, METH_DEFAULT,
     "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration."},
    {"throw", anext_throw, METH_DEFAULT,
     "throw(typ[,val[,tb]]) -> raise exception in the wrapped iterator,\nreturn next yielded value or raise "
     "StopIteration."},
    {"close", anext_close, METH_DEFAULT, kGenCloseDoc},
    {nullptr, nullptr, 0, nullptr},
};

// The types of the awaitables: GC containers iterated by their driver, awaitable (am_await = self).
template <class Refs>
void init_awaitable_type(TypeObject& t, const char* name, ssize size, unaryfunc next, MethodDef* methods) {
  t.tp_name = name;
  t.tp_basicsize = size;
  t.tp_flags = TPFLAG_HAVE_GC;
  t.tp_dealloc = Refs::dealloc;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  t.tp_traverse = Refs::traverse;
  t.tp_clear = Refs::clear;
  t.tp_iter = object_self_iter;
  t.tp_iternext = next;
  t.am_await = object_self_iter;
  t.tp_methods = methods;
  type_ready(&t);
}

bool is_async_iterator(Object* o) { return type_of(o)->am_anext != nullptr; }

}  // namespace

Object* async_gen_wrap_value(Object* v) {
  auto* w = static_cast<WrappedValue*>(alloc_object(&AsyncGenWrappedValueType, sizeof(WrappedValue)));
  if (!w) {
    decref(v);
    return nullptr;
  }
  w->val = v;
  gc_track(w);
  return w;
}

bool async_gen_call_finalizer(GenObject* g) {
  Object* fin = g->ag_finalizer;
  if (!fin || g->ag_closed) return false;
  incref(fin);
  Object* r = call1(fin, g);
  decref(fin);
  if (r)
    decref(r);
  else
    err_write_unraisable(g);
  return true;
}

void async_gen_clear(GenObject* g) { clearref(g->ag_finalizer); }

Object* async_get_aiter(Object* o, const char* no_aiter_fmt, const char* bad_result_fmt) {
  TypeObject* t = type_of(o);
  if (!t->am_aiter) {
    err_format(Exc_TypeError, no_aiter_fmt, t->tp_name);
    return nullptr;
  }
  Object* it = t->am_aiter(o);
  if (it && !is_async_iterator(it)) {
    err_format(Exc_TypeError, bad_result_fmt, type_name(it));
    decref(it);
    return nullptr;
  }
  return it;
}

Object* builtin_aiter(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("aiter", kwnames)) return nullptr;
  if (nargs != 1) {
    err_format(Exc_TypeError, "aiter() takes exactly one argument (%zd given)", nargs);
    return nullptr;
  }
  return async_get_aiter(args[0], "'%.200s' object is not an async iterable",
                         "aiter() returned not an async iterator of type '%.100s'");
}

Object* builtin_anext(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("anext", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2) {
    if (nargs < 1)
      err_format(Exc_TypeError, "anext expected at least 1 argument, got %zd", nargs);
    else
      err_format(Exc_TypeError, "anext expected at most 2 arguments, got %zd", nargs);
    return nullptr;
  }
  Object* it = args[0];
  if (!is_async_iterator(it)) {
    err_format(Exc_TypeError, "'%.200s' object is not an async iterator", type_name(it));
    return nullptr;
  }
  Object* awaitable = type_of(it)->am_anext(it);
  if (!awaitable || nargs == 1) return awaitable;
  auto* a = static_cast<AnextAwaitable*>(alloc_object(&AnextAwaitableType, sizeof(AnextAwaitable)));
  if (!a) {
    decref(awaitable);
    return nullptr;
  }
  a->wrapped = awaitable;
  a->dflt = newref(args[1]);
  gc_track(a);
  return a;
}

void init_asyncgen_types() {
  TypeObject& t = AsyncGeneratorType;
  gen_type_common(t, "async_generator");
  t.am_aiter = object_self_iter;
  t.am_anext = agen_anext;
  t.tp_getset = agen_getset;
  t.tp_methods = agen_methods;
  type_ready(&t);

  init_awaitable_type<AwaitableRefs>(AsyncGenASendType, "async_generator_asend", sizeof(AgenAwaitable),
                                     asend_iternext, asend_methods);
  init_awaitable_type<AwaitableRefs>(AsyncGenAThrowType, "async_generator_athrow", sizeof(AgenAwaitable),
                                     athrow_iternext, athrow_methods);
  init_awaitable_type<AnextRefs>(AnextAwaitableType, "anext_awaitable", sizeof(AnextAwaitable), anext_iternext,
                                 anext_methods);

  TypeObject& w = AsyncGenWrappedValueType;
  w.tp_name = "async_generator_wrapped_value";
  w.tp_basicsize = sizeof(WrappedValue);
  w.tp_flags = TPFLAG_HAVE_GC;
  w.tp_dealloc = WrappedRefs::dealloc;
  w.tp_traverse = WrappedRefs::traverse;
  w.tp_clear = WrappedRefs::clear;
  type_ready(&w);
}

}  // namespace interp

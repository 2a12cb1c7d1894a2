// Coroutines (`async def` without yield) and what an await drives.
//
// A coroutine is a GenObject of kind Coroutine (interp/genobject.h): the
// generator machinery runs its frame.  It is not an iterator itself; it is
// driven either by an await in another coroutine (YIELD_FROM sends into it
// directly, like a `yield from` of a generator), or from outside by send()/
// throw() on it or on the coroutine_wrapper its __await__ returns (what an
// event loop or a hand-written driver uses).
//
// GET_AWAITABLE (coro_get_awaitable_iter) decides what an await drives:
//   * a coroutine, or a generator whose code has CO_ITERABLE_COROUTINE
//     (types.coroutine): the object itself;
//   * anything whose type has am_await (a class with __await__, the awaitables
//     of async generators, coroutine_wrapper ...): what __await__ returns,
//     which must be an iterator and not a coroutine.
//
// Rules CPython has and pyglass keeps: an exhausted coroutine raises
// "cannot reuse already awaited coroutine" when sent into again (close()
// stays silent); a coroutine already suspended in an await cannot be awaited
// by a second coroutine ("coroutine is being awaited already"); a coroutine
// that dies without ever having started reports "coroutine 'f' was never
// awaited" as a RuntimeWarning.
#include <string>

#include "genobject.h"
#include "../runtime/reffields.h"

namespace rt {
TypeObject CoroutineType;
TypeObject CoroWrapperType;
}

namespace interp {

using namespace rt;

namespace {

// ---- coroutine_wrapper: the iterator coroutine.__await__() returns ----
struct CoroWrapper : Object {
  Object* coro;  // owned
};
inline CoroWrapper* as_wrapper(Object* o) { return static_cast<CoroWrapper*>(o); }
using WrapperRefs = RefFields<CoroWrapper, &CoroWrapper::coro>;

Object* wrapper_iternext(Object* o) { return gen_iternext_of(as_gen(as_wrapper(o)->coro)); }

Object* wrapper_send(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return gen_method_send(as_wrapper(self)->coro, args, nargs, kwnames);
}
Object* wrapper_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return gen_method_throw(as_wrapper(self)->coro, args, nargs, kwnames);
}
Object* wrapper_close(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return gen_method_close(as_wrapper(self)->coro, args, nargs, kwnames);
}

// The docstrings of the methods coroutines and their wrapper share (CPython's).
constexpr const char* kSendDoc =
    "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.";
constexpr const char* kThrowDoc =
    "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value "
    "or raise\nStopIteration.";
constexpr const char* kCloseDoc = "close() -> raise GeneratorExit inside coroutine.";

MethodDef wrapper_methods[] = {
    {"send", wrapper_send, METH_DEFAULT, kSendDoc},
    {"throw", wrapper_throw, METH_DEFAULT, kThrowDoc},
    {"close", wrapper_close, METH_DEFAULT, kCloseDoc},
    {nullptr, nullptr, 0, nullptr},
};

// ---- the coroutine type ----

// am_await: coroutine.__await__() returns a coroutine_wrapper.
Object* coro_await(Object* o) {
  auto* w = static_cast<CoroWrapper*>(alloc_object(&CoroWrapperType, sizeof(CoroWrapper)));
  if (!w) return nullptr;
  w->coro = newref(o);
  gc_track(w);
  return w;
}

Object* coro_get_origin(Object*, void*) { return none_ref(); }  // sys.set_coroutine_origin_tracking_depth is 0

GetSetDef coro_getset[] = {
    {"cr_frame", gen_get_frame, nullptr, nullptr, nullptr},
    {"cr_running", gen_get_running, nullptr, nullptr, nullptr},
    {"cr_suspended", gen_get_suspended, nullptr, nullptr, nullptr},
    {"cr_code", gen_get_code, nullptr, nullptr, nullptr},
    {"cr_await", gen_get_yieldfrom, nullptr, "object being awaited on, or None", nullptr},
    {"cr_origin", coro_get_origin, nullptr, nullptr, nullptr},
    {"__name__", gen_get_name, gen_set_name, "name of the coroutine", nullptr},
    {"__qualname__", gen_get_qualname, gen_set_qualname, "qualified name of the coroutine", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef coro_methods[] = {
    {"send", gen_method_send, METH_DEFAULT, kSendDoc},
    {"throw", gen_method_throw, METH_DEFAULT, kThrowDoc},
    {"close", gen_method_close, METH_DEFAULT, kCloseDoc},
    {nullptr, nullptr, 0, nullptr},
};

// A coroutine, or a generator made awaitable by types.coroutine.
bool is_awaitable_coroutine(Object* o) {
  return is_coroutine(o) || (is_generator(o) && (as_gen(o)->code->flags & CO_ITERABLE_COROUTINE));
}

bool is_iterator(Object* o) { return type_of(o)->tp_iternext != nullptr; }

}  // namespace

Object* coro_get_awaitable_iter(Object* o) {
  if (is_awaitable_coroutine(o)) return newref(o);
  TypeObject* t = type_of(o);
  if (!t->am_await) {
    err_format(Exc_TypeError, "object %.100s can't be used in 'await' expression", t->tp_name);
    return nullptr;
  }
  Object* r = t->am_await(o);
  if (!r) return nullptr;
  if (is_awaitable_coroutine(r)) {
    decref(r);
    err_set_string(Exc_TypeError, "__await__() returned a coroutine");
    return nullptr;
  }
  if (!is_iterator(r)) {
    err_format(Exc_TypeError, "__await__() returned non-iterator of type '%.100s'", type_name(r));
    decref(r);
    return nullptr;
  }
  return r;
}

void coro_warn_unawaited(GenObject* g) {
  std::string msg = "coroutine '" + std::string(str_view(g->qualname)) + "' was never awaited";
  // Reported at the line running when the coroutine dies (sys:1 at exit).
  if (err_warn(Exc_RuntimeWarning, msg.c_str(), 1) < 0) return;
  // CPython passes the coroutine as the warning's source; without tracemalloc
  // running, the warnings module then adds this line.  At exit (no frame
  // runs, "sys:1") CPython falls back to a plain warning without it.
  if (!tstate()->frame) return;
  const char* hint = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  Object* err = sys_get_object("stderr");
  if (!err || err == None || file_write_cstr(err, hint) < 0) {
    err_clear();
    std::fputs(hint, stderr);
  }
}

void init_coroutine_types() {
  TypeObject& c = CoroutineType;
  gen_type_common(c, "coroutine");
  c.am_await = coro_await;
  c.tp_getset = coro_getset;
  c.tp_methods = coro_methods;
  type_ready(&c);

  TypeObject& w = CoroWrapperType;
  w.tp_name = "coroutine_wrapper";
  w.tp_doc = "A wrapper object implementing __await__ for coroutines.";
  w.tp_basicsize = sizeof(CoroWrapper);
  w.tp_flags = TPFLAG_HAVE_GC;
  w.tp_dealloc = WrapperRefs::dealloc;
  w.tp_getattro = object_generic_getattr;
  w.tp_setattro = object_generic_setattr;
  w.tp_traverse = WrapperRefs::traverse;
  w.tp_clear = WrapperRefs::clear;
  w.tp_iter = object_self_iter;
  w.tp_iternext = wrapper_iternext;
  w.tp_methods = wrapper_methods;
  type_ready(&w);
}

}  // namespace interp

// The eval loop's async/await opcodes (interp/opcodes.def), as helpers the
// thin cases in interp/eval.cpp call.  How the compiler combines them is in
// interp/compile_async.cpp and docs/async.md.
//
// Every helper takes borrowed arguments and returns a new reference, or null
// with the exception set.
#include "genobject.h"

namespace interp {

using namespace rt;

// GET_AWAITABLE: what the await drives.  where: 0 await, 1 the result of
// __aenter__, 2 the result of __aexit__ (only the messages differ).
Object* eval_get_awaitable(Object* o, uint32_t where) {
  Object* it = coro_get_awaitable_iter(o);
  if (!it) {
    if (where != 0 && !type_of(o)->am_await && err_matches(Exc_TypeError)) {
      err_clear();
      err_format(Exc_TypeError,
                 "'async with' received an object from %s that does not implement __await__: %.100s",
                 where == 1 ? "__aenter__" : "__aexit__", type_name(o));
    }
    return nullptr;
  }
  if (is_coroutine(it) && gen_yieldfrom(as_gen(it))) {
    decref(it);
    err_set_string(Exc_RuntimeError, "coroutine is being awaited already");
    return nullptr;
  }
  return it;
}

// GET_AITER: aiter for `async for`.
Object* eval_get_aiter(Object* o) {
  return async_get_aiter(
      o, "'async for' requires an object with __aiter__ method, got %.100s",
      "'async for' received an object from __aiter__ that does not implement __anext__: %.100s");
}

// GET_ANEXT: the awaitable iterator for the next item of aiter.
Object* eval_get_anext(Object* aiter) {
  TypeObject* t = type_of(aiter);
  if (is_async_gen(aiter)) return t->am_anext(aiter);  // its asend awaitable is its own iterator
  if (!t->am_anext) {
    err_format(Exc_TypeError, "'async for' requires an iterator with __anext__ method, got %.100s", t->tp_name);
    return nullptr;
  }
  Object* next = t->am_anext(aiter);
  if (!next) return nullptr;
  Object* it = coro_get_awaitable_iter(next);
  if (!it) {
    // "... from __anext__: int", caused by the awaitable's own error.
    Object* cause = err_fetch();
    err_format(Exc_TypeError, "'async for' received an invalid object from __anext__: %.100s", type_name(next));
    Object* exc = err_fetch();
    if (exc && cause) {
      exc_set_context(exc, newref(cause));
      exc_set_cause(exc, newref(cause));
    }
    xdecref(cause);
    err_restore(exc);
  }
  decref(next);
  return it;
}

// GET_YIELD_FROM_ITER: a generator stays itself; a coroutine only in a
// coroutine or an iterable coroutine (types.coroutine); anything else goes
// through iter().
Object* eval_yield_from_iter(Object* o, uint32_t code_flags) {
  if (is_coroutine(o)) {
    if (!(code_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      err_set_string(Exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
      return nullptr;
    }
    return newref(o);
  }
  return object_get_iter(o);
}

}  // namespace interp

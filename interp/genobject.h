// Generators, coroutines and async generators: one object layout, one
// resume/throw/close machinery (interp/generator.cpp), three types.
//
//   generator        (GeneratorType)       a def with yield; CO_GENERATOR
//   coroutine        (CoroutineType)       an async def without yield; CO_COROUTINE (interp/coroutine.cpp)
//   async_generator  (AsyncGeneratorType)  an async def with yield; CO_ASYNC_GENERATOR (interp/asyncgen.cpp)
//
// Each owns a suspended Frame (null once finished) and its own entry of the
// handled-exception stack.  What differs is how they are driven: a generator
// by next()/send(), a coroutine by an await (YIELD_FROM sends into it) or by
// send() on it or on its coroutine_wrapper, an async generator only through
// the awaitables its asend()/athrow()/aclose()/__anext__ return.  docs/async.md
// describes the async side.
#pragma once
#include "frame.h"

namespace rt {
extern TypeObject CoroutineType, AsyncGeneratorType;
}

namespace interp {

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGen };

struct GenObject : Object {
  Frame* frame;        // owned; null once finished
  CodeObject* code;    // owned
  Object* name;        // owned str
  Object* qualname;    // owned str
  rt::ExcStackItem exc_state;
  GenKind kind;
  bool running;        // its frame is executing (gi_running / cr_running)
  bool finalized;      // tp_finalize ran (from the collector or from dealloc): never again (PEP 442)
  // Async generators only (docs/async.md, "The asend/athrow state machine").
  bool ag_hooks_inited;   // first __anext__/asend/athrow/aclose: firstiter called, finalizer remembered
  bool ag_closed;         // aclose() started, or StopAsyncIteration/GeneratorExit came out of it
  bool ag_running_async;  // an asend/athrow awaitable is being iterated (ag_running)
  Object* ag_finalizer;   // owned or null: the finalizer hook in force when the hooks were inited
  Object* weaklist;       // first weak reference (runtime/weakref.cpp), not owned
};
inline GenObject* as_gen(Object* o) { return static_cast<GenObject*>(o); }

inline bool is_coroutine(Object* o) { return rt::type_of(o) == &rt::CoroutineType; }
inline bool is_async_gen(Object* o) { return rt::type_of(o) == &rt::AsyncGeneratorType; }
// A generator or a coroutine: what YIELD_FROM drives without a method call.
inline bool is_gen_or_coro(Object* o) { return is_generator(o) || is_coroutine(o); }

// "generator", "coroutine", "async generator" (for messages).
const char* gen_kind_name(const GenObject* g);

// Resume g (interp/generator.cpp).  arg: the value to send (null = None;
// ignored when throwing, the exception is then pending).  closing: called by
// close(), which must stay silent on a finished coroutine.  Returns 0 when it
// yielded (*result), 1 when it returned (*result, the return value), -1 on error.
int gen_resume(GenObject* g, Object* arg, bool throwing, Object** result, bool closing = false);
// Throw exc (an exception instance, borrowed) into g, delegating to the
// iterator a `yield from`/await is suspended on.  targs/ntargs are the
// arguments the caller gave throw() (typ[, val[, tb]]), passed on unchanged
// to a delegate's own throw method; null: pass exc alone.  close_on_genexit:
// a GeneratorExit closes the delegate rather than being thrown into it (false
// for aclose(), whose delegate may await its way out).  Returns as gen_resume.
int gen_throw_ex(GenObject* g, Object* exc, Object* const* targs, ssize ntargs, bool close_on_genexit,
                 Object** result);
// throw()'s arguments (typ[, val[, tb]]) as one exception instance (new ref), or null with TypeError.
// *construct_failed (if given) is set when calling the exception class failed: that error is then
// thrown into the generator instead, as CPython does; bad arguments are raised at the call.
Object* gen_throw_normalize(Object* const* args, ssize nargs, bool* construct_failed = nullptr);
// close(): None, or null with an error.
Object* gen_close_impl(GenObject* g);
// The iterator g's frame is suspended on in a YIELD_FROM (borrowed), or null
// (gi_yieldfrom, cr_await, ag_await).
Object* gen_yieldfrom(GenObject* g);
// tp_iternext of g: the next value, or null (StopIteration(value) pending
// when it returned a value other than None).
Object* gen_iternext_of(GenObject* g);
// Turn a gen_resume status into a method result: the yielded value, or null
// with StopIteration(value) (status 1) or the error (status -1) pending.
Object* gen_result_to_return(int status, Object* result);

// What the three types share (interp/generator.cpp): send/throw/close
// methods, attribute getters and setters, and the type slots (dealloc with
// PEP 442 finalization, repr "<coroutine object f at 0x...>", GC support).
Object* gen_method_send(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* gen_method_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* gen_method_close(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* gen_get_frame(Object* o, void*);
Object* gen_get_running(Object* o, void*);
Object* gen_get_suspended(Object* o, void*);
Object* gen_get_code(Object* o, void*);
Object* gen_get_yieldfrom(Object* o, void*);
Object* gen_get_name(Object* o, void*);
int gen_set_name(Object* o, Object* v, void*);
Object* gen_get_qualname(Object* o, void*);
int gen_set_qualname(Object* o, Object* v, void*);
void gen_type_common(rt::TypeObject& t, const char* name);

// CPython's docstrings of send/throw/close on generators and on the async
// generators' awaitables.
inline constexpr const char* kGenSendDoc =
    "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.";
inline constexpr const char* kGenThrowDoc =
    "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or "
    "raise\nStopIteration.";
inline constexpr const char* kGenCloseDoc = "close() -> raise GeneratorExit inside generator.";

// Coroutines (interp/coroutine.cpp).
void init_coroutine_types();
// What an await drives (GET_AWAITABLE): a coroutine or an iterable coroutine
// itself, else the iterator __await__ returns.  New ref, or null with TypeError.
Object* coro_get_awaitable_iter(Object* o);
// The unawaited-coroutine RuntimeWarning, issued when a coroutine that never
// started is finalized: "coroutine 'f' was never awaited".
void coro_warn_unawaited(GenObject* g);

// Async generators (interp/asyncgen.cpp).
void init_asyncgen_types();
// ASYNC_GEN_WRAP: mark v (stolen) as a value an async generator yields.  Null on error (v released).
Object* async_gen_wrap_value(Object* v);
// tp_finalize's part for async generators: when a finalizer hook was in force
// at the first iteration and the generator is not closed, call it with g and
// return true (the hook decides how to close it); false: close g as usual.
bool async_gen_call_finalizer(GenObject* g);
void async_gen_clear(GenObject* g);  // drop the async-generator fields (dealloc, tp_clear)
// o.__aiter__(), which must be an async iterator (aiter(), GET_AITER).  The
// TypeError messages are formats taking the type name: o has no __aiter__ /
// it returned something without __anext__.
Object* async_get_aiter(Object* o, const char* no_aiter_fmt, const char* bad_result_fmt);
// The builtins aiter() and anext() (registered by stdlib/builtins_iter.cpp).
Object* builtin_aiter(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* builtin_anext(Object* self, Object* const* args, ssize nargs, Object* kwnames);

// The async opcodes' work (interp/eval_async.cpp): new reference or null with the error set.
Object* eval_get_awaitable(Object* o, uint32_t where);     // GET_AWAITABLE
Object* eval_get_aiter(Object* o);                         // GET_AITER
Object* eval_get_anext(Object* aiter);                     // GET_ANEXT
Object* eval_yield_from_iter(Object* o, uint32_t code_flags);  // GET_YIELD_FROM_ITER for a non-generator

}  // namespace interp

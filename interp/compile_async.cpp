// Compiling async/await (PEP 492, 525, 530): `await`, `async for`, where
// these may appear, and the code flags of coroutines and async generators.
// `async for` and `async with` share compile_for and compile_with
// (compile_stmt.cpp), async comprehensions compile_comprehension
// (compile_expr.cpp); they call the helpers here.
//
// Every await is the same three instructions:
//     GET_AWAITABLE where; LOAD_CONST None; YIELD_FROM
// GET_AWAITABLE turns the operand into the iterator to drive (a coroutine
// itself, or what __await__ returns) and YIELD_FROM drives it exactly as a
// `yield from` does: each value it yields suspends the whole chain of
// coroutines up to whoever called send() on the outermost one (the event
// loop), and its return value becomes the value of the await.
//
// `async for` wraps the __anext__ await in a SETUP_FINALLY block whose handler
// is END_ASYNC_FOR: a StopAsyncIteration ends the loop (the else clause runs),
// anything else propagates.  The loop body is outside that block, so an
// exception raised by the body is never mistaken for the end of the loop.
//
// Compile-time errors are CPython 3.11's, raised where CPython's compiler
// raises them (so that the first error in source order wins the same way):
// "'await' outside function", "'await' outside async function", "'async for'
// outside async function", "'async with' outside async function", "'yield
// from' inside async function", "'return' with value in async generator",
// "asynchronous comprehension outside of an asynchronous function".
#include "compiler.h"

namespace interp {

using namespace ast;

bool Compiler::in_async_function() const { return u->kind == UnitKind::Function && u->ste->async_def; }

bool Compiler::await_allowed_here() const { return in_async_function() || u->kind == UnitKind::Comprehension; }

uint32_t Compiler::code_kind_flags(bool is_async, bool generator) {
  if (is_async) return generator ? uint32_t(CO_ASYNC_GENERATOR) : uint32_t(CO_COROUTINE);
  return generator ? uint32_t(CO_GENERATOR) : 0;
}

void Compiler::emit_await(uint32_t where) {
  emit(GET_AWAITABLE, where);
  emit(LOAD_CONST, uint32_t(const_none()));
  emit(YIELD_FROM);
}

void Compiler::emit_async_exit_call() {
  // CALL 2 on [aexit, None, None, None] calls aexit(None, None, None) (see CALL).
  int none = const_none();
  emit(LOAD_CONST, uint32_t(none));
  emit(LOAD_CONST, uint32_t(none));
  emit(LOAD_CONST, uint32_t(none));
  emit(CALL, 2);
  emit_await(2);
  emit(POP_TOP);
}

void Compiler::emit_await_anext() {
  emit(GET_ANEXT);
  emit(LOAD_CONST, uint32_t(const_none()));
  emit(YIELD_FROM);
  emit(POP_BLOCK);
}

void Compiler::compile_await(Await* a) {
  if (u->ste->type != BlockType::Function) fail("'await' outside function", a);
  if (!await_allowed_here()) fail("'await' outside async function", a);
  visit_expr(a->value);
  u->line = a->lineno;
  emit_await(0);
}

void Compiler::check_async_stmt(Stmt* s, const char* what) {
  if (!in_async_function()) fail(std::string("'") + what + "' outside async function", s);
}

// An asynchronous list/set/dict comprehension is awaited where it is built,
// so it must be inside an async def or another comprehension.
void Compiler::check_async_comprehension(Expr* e, bool enclosing_ok) {
  if (!enclosing_ok) fail("asynchronous comprehension outside of an asynchronous function", e);
}

}  // namespace interp

// Unit tests for async/await: code flags, the opcodes the compiler emits, and
// generator-based coroutines (CO_ITERABLE_COROUTINE, what types.coroutine
// sets through code.replace(), here set from C++).
#include <gtest/gtest.h>

#include <string>

#include "interp/code.h"
#include "interp/compiler.h"
#include "interp/function.h"
#include "interp/genobject.h"
#include "runtime_env.h"

using namespace rt;

namespace {

// Run src in the module dict g; false with the exception's line in *err.
bool exec_in(Object* g, const char* src, std::string* err = nullptr) {
  interp::CodeObject* code = interp::compile_source(src, "<asynctest>", interp::CompileMode::File);
  Object* r = code ? interp::eval_code(code, g, g) : nullptr;
  xdecref(code);
  if (r) {
    decref(r);
    return true;
  }
  Object* exc = err_fetch();
  std::string s = exc ? interp::format_exception_only(exc) : "<no exception>";
  xdecref(exc);
  if (!s.empty() && s.back() == '\n') s.pop_back();
  if (err) *err = s;
  return false;
}

uint32_t code_flags(Object* g, const char* func) {
  Object* f = dict_getitem_str(g, func);
  EXPECT_NE(f, nullptr) << func;
  return f ? interp::as_func(f)->code->flags : 0;
}

std::string str_of(Object* g, const char* name) {
  Object* v = dict_getitem_str(g, name);
  if (!v) return "<missing>";
  Object* r = object_repr(v);
  std::string s = r ? std::string(str_view(r)) : "<repr failed>";
  xdecref(r);
  return s;
}

// The value stack has one depth at every instruction, in every nested code object.
bool depth_consistent(interp::CodeObject* c) {
  bool ok = true;
  uint32_t resumable = interp::CO_GENERATOR | interp::CO_COROUTINE | interp::CO_ASYNC_GENERATOR;
  interp::compute_stack_depth(c->instrs, c->ninstrs, (c->flags & resumable) ? 1 : 0, &ok);
  for (ssize i = 0; i < size_of(c->consts); i++) {
    Object* k = tuple_get(c->consts, i);
    if (type_of(k) == &CodeType) ok = ok && depth_consistent(interp::as_code(k));
  }
  return ok;
}

}  // namespace

TEST(Async, StackDepthIsConsistent) {
  ensure_runtime();
  const char* src =
      "async def f(m, it):\n"
      "    async with m as a, m as (b, c):\n"
      "        async for x in it:\n"
      "            if x: break\n"
      "            if a: continue\n"
      "            try:\n"
      "                return await x\n"
      "            finally:\n"
      "                await a\n"
      "        else:\n"
      "            pass\n"
      "    return [await y async for y in it if await y], {k: v async for k, v in it}, (z async for z in it)\n"
      "async def g():\n"
      "    async for q in g():\n"
      "        yield await q\n"
      "    async with g() as w:\n"
      "        yield w\n";
  interp::CodeObject* code = interp::compile_source(src, "<asynctest>", interp::CompileMode::File);
  ASSERT_NE(code, nullptr);
  EXPECT_TRUE(depth_consistent(code)) << interp::disassemble(code);
  decref(code);
}

TEST(Async, CodeFlags) {
  ensure_runtime();
  Object* g = dict_new();
  ASSERT_TRUE(exec_in(g,
                      "async def coro(): await x\n"
                      "async def agen(): yield 1\n"
                      "def gen(): yield 1\n"
                      "async def comp(): return [y async for y in z]\n"));
  EXPECT_TRUE(code_flags(g, "coro") & interp::CO_COROUTINE);
  EXPECT_FALSE(code_flags(g, "coro") & interp::CO_GENERATOR);
  EXPECT_TRUE(code_flags(g, "agen") & interp::CO_ASYNC_GENERATOR);
  EXPECT_FALSE(code_flags(g, "agen") & (interp::CO_GENERATOR | interp::CO_COROUTINE));
  EXPECT_TRUE(code_flags(g, "gen") & interp::CO_GENERATOR);
  // The list comprehension's own code is a coroutine, awaited by comp.
  Object* comp = dict_getitem_str(g, "comp");
  ASSERT_NE(comp, nullptr);
  std::string dis = interp::disassemble(interp::as_func(comp)->code);
  EXPECT_NE(dis.find("GET_AITER"), std::string::npos) << dis;
  EXPECT_NE(dis.find("GET_ANEXT"), std::string::npos) << dis;
  EXPECT_NE(dis.find("END_ASYNC_FOR"), std::string::npos) << dis;
  EXPECT_NE(dis.find("GET_AWAITABLE"), std::string::npos) << dis;
  bool inner_is_coroutine = false;
  Object* consts = interp::as_func(comp)->code->consts;
  for (ssize i = 0; i < size_of(consts); i++) {
    Object* c = tuple_get(consts, i);
    if (type_of(c) == &rt::CodeType)
      inner_is_coroutine |= (static_cast<interp::CodeObject*>(c)->flags & interp::CO_COROUTINE) != 0;
  }
  EXPECT_TRUE(inner_is_coroutine) << dis;
  decref(g);
}

TEST(Async, AwaitCompilesToGetAwaitableAndYieldFrom) {
  ensure_runtime();
  interp::CodeObject* code = interp::compile_source(
      "async def f(m):\n    async with m as v:\n        return await v\n", "<asynctest>",
      interp::CompileMode::File);
  ASSERT_NE(code, nullptr);
  std::string dis = interp::disassemble(code);
  EXPECT_NE(dis.find("BEFORE_ASYNC_WITH"), std::string::npos) << dis;
  EXPECT_NE(dis.find("GET_AWAITABLE"), std::string::npos) << dis;
  EXPECT_NE(dis.find("YIELD_FROM"), std::string::npos) << dis;
  EXPECT_EQ(dis.find("WITH_EXIT"), std::string::npos) << dis;  // __aexit__ is called with CALL and awaited
  decref(code);
}

TEST(Async, IterableCoroutineCanBeAwaited) {
  ensure_runtime();
  Object* g = dict_new();
  ASSERT_TRUE(exec_in(g,
                      "def sleep0():\n"
                      "    got = yield 'tick'\n"
                      "    return got * 2\n"
                      "async def main():\n"
                      "    return (await sleep0()) + 1\n"));
  std::string err;
  // Without the flag a generator is not awaitable.
  EXPECT_FALSE(exec_in(g, "main().send(None)\n", &err));
  EXPECT_EQ(err, "TypeError: object generator can't be used in 'await' expression");
  interp::as_func(dict_getitem_str(g, "sleep0"))->code->flags |= interp::CO_ITERABLE_COROUTINE;
  ASSERT_TRUE(exec_in(g,
                      "c = main()\n"
                      "first = c.send(None)\n"
                      "try:\n"
                      "    c.send(20)\n"
                      "except StopIteration as e:\n"
                      "    result = e.value\n",
                      &err))
      << err;
  EXPECT_EQ(str_of(g, "first"), "'tick'");
  EXPECT_EQ(str_of(g, "result"), "41");
  decref(g);
}

TEST(Async, IterableCoroutineMayYieldFromACoroutine) {
  ensure_runtime();
  Object* g = dict_new();
  ASSERT_TRUE(exec_in(g,
                      "class Pause:\n"
                      "    def __await__(self):\n"
                      "        return (yield 'paused')\n"
                      "async def coro():\n"
                      "    return (await Pause()) + 1\n"
                      "def legacy():\n"
                      "    return (yield from coro())\n"));
  std::string err;
  EXPECT_FALSE(exec_in(g, "next(legacy())\n", &err));
  EXPECT_EQ(err, "TypeError: cannot 'yield from' a coroutine object in a non-coroutine generator");
  interp::as_func(dict_getitem_str(g, "legacy"))->code->flags |= interp::CO_ITERABLE_COROUTINE;
  ASSERT_TRUE(exec_in(g,
                      "l = legacy()\n"
                      "first = next(l)\n"
                      "try:\n"
                      "    l.send(41)\n"
                      "except StopIteration as e:\n"
                      "    result = e.value\n"
                      "async def outer():\n"
                      "    return await legacy()\n"
                      "o = outer()\n"
                      "second = o.send(None)\n"
                      "try:\n"
                      "    o.send(1)\n"
                      "except StopIteration as e:\n"
                      "    result2 = e.value\n",
                      &err))
      << err;
  EXPECT_EQ(str_of(g, "first"), "'paused'");
  EXPECT_EQ(str_of(g, "result"), "42");
  EXPECT_EQ(str_of(g, "second"), "'paused'");
  EXPECT_EQ(str_of(g, "result2"), "2");
  decref(g);
}

TEST(Async, AwaitReturningACoroutineIsAnError) {
  ensure_runtime();
  Object* g = dict_new();
  std::string err;
  EXPECT_FALSE(exec_in(g,
                       "async def inner(): pass\n"
                       "class A:\n"
                       "    def __await__(self):\n"
                       "        return inner()\n"
                       "async def f():\n"
                       "    await A()\n"
                       "c = f()\n"
                       "try:\n"
                       "    c.send(None)\n"
                       "finally:\n"
                       "    c.close()\n",
                       &err));
  EXPECT_EQ(err, "TypeError: __await__() returned a coroutine");
  decref(g);
}

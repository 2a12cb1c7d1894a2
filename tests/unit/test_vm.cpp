// Unit tests for the VM: frames, the eval loop, functions, generators, tracebacks.
#include <gtest/gtest.h>

#include <string>

#include "interp/code.h"
#include "interp/frame.h"
#include "interp/function.h"
#include "runtime/threads/state.h"
#include "runtime_env.h"

using namespace rt;

namespace {

// Run source in a fresh module dict; returns the dict (new ref) or null with an exception.
Object* run(const char* src) {
  interp::CodeObject* code = interp::compile_source(src, "<vmtest>", interp::CompileMode::File);
  if (!code) return nullptr;
  Object* g = dict_new();
  Object* r = interp::eval_code(code, g, g);
  decref(code);
  if (!r) {
    decref(g);
    return nullptr;
  }
  decref(r);
  return g;
}

int64_t get_int(Object* g, const char* name) {
  Object* v = dict_getitem_str(g, name);
  EXPECT_NE(v, nullptr) << name;
  return v ? int_as_i64(v) : -999;
}

std::string get_str(Object* g, const char* name) {
  Object* v = dict_getitem_str(g, name);
  EXPECT_NE(v, nullptr) << name;
  return v && is_str(v) ? std::string(str_view(v)) : std::string("<missing>");
}

// The error line ("TypeError: ...") of the exception raised by src.
std::string error_of(const char* src) {
  Object* g = run(src);
  if (g) {
    decref(g);
    return "<no error>";
  }
  Object* exc = err_fetch();
  std::string s = interp::format_exception_only(exc);
  decref(exc);
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

}  // namespace

TEST(VMEval, ArithmeticAndLoops) {
  ensure_runtime();
  Object* g = run(
      "n = 1000\n"
      "t = 0\n"
      "while n > 0:\n"
      "    t += n % 7\n"
      "    n -= 1\n"
      "big = 2 ** 70 // 3\n"
      "ok = big > 10 ** 20\n"
      "f = 1.5 + 2.25\n");
  ASSERT_NE(g, nullptr);
  int64_t expect = 0;
  for (int n = 1000; n > 0; --n) expect += n % 7;
  EXPECT_EQ(get_int(g, "t"), expect);
  EXPECT_EQ(dict_getitem_str(g, "ok"), True);
  EXPECT_DOUBLE_EQ(float_value(dict_getitem_str(g, "f")), 3.75);
  decref(g);
}

TEST(VMEval, FunctionsAndClosures) {
  ensure_runtime();
  Object* g = run(
      "def fib(n):\n"
      "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
      "r = fib(15)\n"
      "def mk(a):\n"
      "    def add(b, c=10, *rest, k=1, **kw):\n"
      "        return a + b + c + len(rest) + k + len(kw)\n"
      "    return add\n"
      "s = mk(1)(2, 3, 4, 5, k=100, z=0)\n");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(get_int(g, "r"), 610);
  EXPECT_EQ(get_int(g, "s"), 1 + 2 + 3 + 2 + 100 + 1);
  decref(g);
}

TEST(VMEval, ArgumentErrors) {
  ensure_runtime();
  EXPECT_EQ(error_of("def f(a, b): pass\nf()"),
            "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
  EXPECT_EQ(error_of("def f(a, b=1): pass\nf(1, 2, 3)"),
            "TypeError: f() takes from 1 to 2 positional arguments but 3 were given");
  EXPECT_EQ(error_of("def f(a): pass\nf(x=1)"), "TypeError: f() got an unexpected keyword argument 'x'");
  EXPECT_EQ(error_of("def f(a): pass\nf(1, a=1)"), "TypeError: f() got multiple values for argument 'a'");
  EXPECT_EQ(error_of("def f(*, key): pass\nf()"),
            "TypeError: f() missing 1 required keyword-only argument: 'key'");
  EXPECT_EQ(error_of("def f(a, /): pass\nf(a=1)"),
            "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
}

TEST(VMEval, NameAndUnpackErrors) {
  ensure_runtime();
  EXPECT_EQ(error_of("x = undefined_thing"), "NameError: name 'undefined_thing' is not defined");
  EXPECT_EQ(error_of("def f():\n    y\n    y = 1\nf()"),
            "UnboundLocalError: cannot access local variable 'y' where it is not associated with a value");
  EXPECT_EQ(error_of("a, b, c = [1, 2]"), "ValueError: not enough values to unpack (expected 3, got 2)");
  EXPECT_EQ(error_of("a, b = [1, 2, 3]"), "ValueError: too many values to unpack (expected 2)");
  EXPECT_EQ(error_of("a, b = 1"), "TypeError: cannot unpack non-iterable int object");
  EXPECT_EQ(error_of("raise 1"), "TypeError: exceptions must derive from BaseException");
  EXPECT_EQ(error_of("raise"), "RuntimeError: No active exception to reraise");
  EXPECT_EQ(error_of("with 1: pass"), "TypeError: 'int' object does not support the context manager protocol");
}

TEST(VMEval, ExceptionsAndFinally) {
  ensure_runtime();
  Object* g = run(
      "log = ''\n"
      "def f():\n"
      "    global log\n"
      "    try:\n"
      "        try:\n"
      "            1 / 0\n"
      "        finally:\n"
      "            log += 'F'\n"
      "    except ZeroDivisionError as e:\n"
      "        log += 'E'\n"
      "        return type(e).__name__\n"
      "name = f()\n"
      "try:\n"
      "    try:\n"
      "        raise KeyError('k')\n"
      "    except KeyError as e:\n"
      "        raise ValueError('v') from e\n"
      "except ValueError as e:\n"
      "    cause = type(e.__cause__).__name__\n");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(get_str(g, "log"), "FE");
  EXPECT_EQ(get_str(g, "name"), "ZeroDivisionError");
  EXPECT_EQ(get_str(g, "cause"), "KeyError");
  decref(g);
  EXPECT_EQ(tstate()->exc_info->exc_value, nullptr);
}

TEST(VMGenerator, SendThrowClose) {
  ensure_runtime();
  Object* g = run(
      "def gen():\n"
      "    try:\n"
      "        x = yield 1\n"
      "        yield x * 2\n"
      "    finally:\n"
      "        global closed\n"
      "        closed = 'yes'\n"
      "g = gen()\n"
      "a = next(g)\n"
      "b = g.send(21)\n"
      "g.close()\n"
      "def sub():\n"
      "    yield 1\n"
      "    return 'r'\n"
      "def deleg():\n"
      "    v = yield from sub()\n"
      "    yield v\n"
      "items = '-'.join(str(i) for i in deleg())\n");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(get_int(g, "a"), 1);
  EXPECT_EQ(get_int(g, "b"), 42);
  EXPECT_EQ(get_str(g, "closed"), "yes");
  EXPECT_EQ(get_str(g, "items"), "1-r");
  decref(g);
}

TEST(VMRecursion, LimitRaisesAndRecovers) {
  ensure_runtime();
  int before = tstate()->recursion_depth;
  EXPECT_EQ(error_of("def f(n):\n    return f(n + 1)\nf(0)"), "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(tstate()->recursion_depth, before);
  Object* g = run("def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nr = d(200)\n");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(get_int(g, "r"), 200);
  decref(g);
}

TEST(VMCell, GetSetRepr) {
  ensure_runtime();
  Object* c = cell_new(nullptr);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(cell_get(c), nullptr);
  Object* r = object_repr(c);
  EXPECT_NE(std::string(str_view(r)).find(": empty>"), std::string::npos);
  decref(r);
  Object* v = int_from_i64(12345);
  cell_set(c, v);
  EXPECT_EQ(cell_get(c), v);
  r = object_repr(c);
  EXPECT_NE(std::string(str_view(r)).find(": int object at 0x"), std::string::npos);
  decref(r);
  decref(v);
  decref(c);
}

TEST(VMTraceback, FormatExceptionOnly) {
  ensure_runtime();
  EXPECT_EQ(error_of("raise ValueError('msg')"), "ValueError: msg");
  EXPECT_EQ(error_of("raise ValueError()"), "ValueError");
  EXPECT_EQ(error_of("{}['k']"), "KeyError: 'k'");
  EXPECT_EQ(error_of("class E(Exception): pass\nraise E('x')"), "E: x");
}

TEST(VMTraceback, EntriesPerFrame) {
  ensure_runtime();
  Object* g = run(
      "def a():\n"
      "    1 / 0\n"
      "def b():\n"
      "    a()\n"
      "try:\n"
      "    b()\n"
      "except ZeroDivisionError as e:\n"
      "    tb = e.__traceback__\n"
      "    lines = []\n"
      "    while tb:\n"
      "        lines.append(tb.tb_lineno)\n"
      "        tb = tb.tb_next\n"
      "    del tb\n");
  ASSERT_NE(g, nullptr);
  Object* lines = dict_getitem_str(g, "lines");
  ASSERT_NE(lines, nullptr);
  ASSERT_EQ(size_of(lines), 3);
  EXPECT_EQ(int_as_i64(list_get(lines, 0)), 6);
  EXPECT_EQ(int_as_i64(list_get(lines, 1)), 4);
  EXPECT_EQ(int_as_i64(list_get(lines, 2)), 2);
  decref(g);
}

// The check interval counts ticks, as CPython 2.7 did: loads and stores of
// locals and constants, stack shuffles, forward jumps, a jump on a bool and a
// compare followed by its conditional jump do not tick (docs/gil.md, "What a
// tick is").  Every instruction still counts as executed.
TEST(VMTicks, FastInstructionsDoNotTick) {
  ensure_runtime();
  ThreadState* ts = tstate();
  const int64_t kBig = int64_t(1) << 40;  // the ticker never expires here
  ts->ticker = kBig;
  uint64_t executed_before = ts->bytecodes;
  Object* g = run(
      "def f(n):\n"
      "    while n > 0:\n"
      "        n -= 1\n"
      "f(1000)\n");
  ASSERT_NE(g, nullptr);
  decref(g);
  int64_t ticks = kBig - ts->ticker;
  uint64_t executed = ts->bytecodes - executed_before + uint64_t(ticks);
  ts->ticker = interp_state()->check_interval;
  // Per iteration: LOAD_FAST LOAD_CONST COMPARE_OP POP_JUMP_IF_FALSE LOAD_FAST
  // LOAD_CONST BINARY_OP STORE_FAST JUMP; only BINARY_OP and the backward
  // JUMP tick.  Outside the loop: MAKE_FUNCTION, STORE_NAME, LOAD_NAME, CALL.
  EXPECT_EQ(ticks, 2 * 1000 + 4);
  EXPECT_GE(executed, uint64_t(9 * 1000));
}

// The C-stack guard (ThreadState::c_stack_limit, set for threads started with
// _thread.stack_size): Python calls and guarded C++ re-entries below the limit
// raise RecursionError, and the thread recovers once it has unwound.
TEST(VMRecursion, CStackGuardRaisesInsteadOfOverflowing) {
  ensure_runtime();
  ThreadState* ts = tstate();
  const char* here = static_cast<const char*>(__builtin_frame_address(0));
  ts->c_stack_limit = here - (64 << 10);  // pretend only 64 KiB are left
  EXPECT_EQ(error_of("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nf(100000)\n"),
            "RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(error_of("def g(n):\n    return 0 if n == 0 else 1 + sum(map(g, [n - 1]))\ng(100000)\n").substr(0, 48),
            "RecursionError: maximum recursion depth exceeded");
  Object* g = run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nx = f(10)\n"
                  "try:\n    f(100000)\nexcept RecursionError:\n    y = f(5)\n");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(get_int(g, "x"), 10);
  EXPECT_EQ(get_int(g, "y"), 5);
  decref(g);
  ts->c_stack_limit = nullptr;
  EXPECT_EQ(ts->recursion_depth, 0);
}

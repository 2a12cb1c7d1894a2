// Unit tests for the compiler: code-object layout, flags, names, errors.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "interp/code.h"
#include "interp/compiler.h"
#include "interp/opcodes.h"
#include "runtime/numbers/complex.h"
#include "tests/unit/runtime_env.h"

using namespace interp;

namespace {

CodeObject* compile_ok(const std::string& src, CompileMode mode = CompileMode::File) {
  CodeObject* c = compile_source(src, "t.py", mode);
  if (!c) {
    Object* e = rt::err_fetch();
    std::string msg = "<no exception>";
    if (e) {
      Object* s = rt::object_str(e);
      if (s) {
        msg = std::string(rt::type_name(e)) + ": " + std::string(rt::str_view(s));
        rt::decref(s);
      }
      rt::decref(e);
    }
    ADD_FAILURE() << "compile failed: " << msg << "\n" << src;
  }
  return c;
}

// Compile expecting an error; returns "Type: message @line".
std::string compile_err(const std::string& src) {
  CodeObject* c = compile_source(src, "t.py", CompileMode::File);
  if (c) {
    rt::decref(c);
    return "<compiled>";
  }
  Object* e = rt::err_fetch();
  if (!e) return "<no exception>";
  std::string out = rt::type_name(e);
  Object* args = rt::exc_get_args(e);
  if (args && rt::size_of(args) >= 1 && rt::is_str(rt::tuple_get(args, 0))) {
    out += ": " + std::string(rt::str_view(rt::tuple_get(args, 0)));
  }
  if (args && rt::size_of(args) >= 2 && rt::is_tuple(rt::tuple_get(args, 1))) {
    Object* loc = rt::tuple_get(args, 1);
    out += " @" + std::to_string(rt::int_as_i64(rt::tuple_get(loc, 1))) + ":" +
           std::to_string(rt::int_as_i64(rt::tuple_get(loc, 2)));
  }
  rt::decref(e);
  return out;
}

// The n-th nested code object among consts (depth-first in constant order).
CodeObject* nested(CodeObject* c, int n = 0) {
  for (ssize i = 0; i < rt::size_of(c->consts); i++) {
    Object* k = rt::tuple_get(c->consts, i);
    if (rt::type_of(k) == &rt::CodeType) {
      if (n == 0) return as_code(k);
      n--;
    }
  }
  return nullptr;
}

std::vector<std::string> ops(CodeObject* c) {
  std::vector<std::string> v;
  for (int i = 0; i < c->ninstrs; i++) v.push_back(opcode_name(int(instr_op(c->instrs[i]))));
  return v;
}

std::string names_of(Object* t) {
  std::string s;
  for (ssize i = 0; i < rt::size_of(t); i++) {
    if (i) s += ",";
    s += std::string(rt::str_view(rt::tuple_get(t, i)));
  }
  return s;
}

bool has_op(CodeObject* c, int op) {
  for (int i = 0; i < c->ninstrs; i++)
    if (int(instr_op(c->instrs[i])) == op) return true;
  return false;
}

bool depth_consistent(CodeObject* c) {
  bool ok = true;
  compute_stack_depth(c->instrs, c->ninstrs, (c->flags & CO_GENERATOR) ? 1 : 0, &ok);
  for (ssize i = 0; i < rt::size_of(c->consts); i++) {
    Object* k = rt::tuple_get(c->consts, i);
    if (rt::type_of(k) == &rt::CodeType) ok = ok && depth_consistent(as_code(k));
  }
  return ok;
}

}  // namespace

TEST(Compiler, ModuleAssign) {
  ensure_runtime();
  CodeObject* c = compile_ok("x = 1\n");
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->flags & CO_MODULE);
  std::vector<std::string> want = {"LOAD_CONST", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"};
  EXPECT_EQ(ops(c), want);
  EXPECT_EQ(names_of(c->names), "x");
  EXPECT_EQ(c->stacksize, 1);
  rt::decref(c);
}

TEST(Compiler, EvalMode) {
  ensure_runtime();
  CodeObject* c = compile_ok("a + 2", CompileMode::Eval);
  ASSERT_TRUE(c);
  std::vector<std::string> want = {"LOAD_NAME", "LOAD_CONST", "BINARY_OP", "RETURN_VALUE"};
  EXPECT_EQ(ops(c), want);
  EXPECT_EQ(c->stacksize, 2);
  rt::decref(c);
}

TEST(Compiler, SingleModePrintsExpressions) {
  ensure_runtime();
  CodeObject* c = compile_ok("1 + 1\n", CompileMode::Single);
  ASSERT_TRUE(c);
  EXPECT_TRUE(has_op(c, PRINT_EXPR));
  rt::decref(c);
}

TEST(Compiler, ConstantsDeduplicatedByTypeAndValue) {
  ensure_runtime();
  CodeObject* c = compile_ok("a = 1\nb = 1.0\nc = True\nd = 1\ne = 'x'\nf = 'x'\n");
  ASSERT_TRUE(c);
  // 1, 1.0, True, 'x', None
  EXPECT_EQ(rt::size_of(c->consts), 5);
  rt::decref(c);
}

TEST(Compiler, ComplexConstantsKeepSignedZerosApart) {
  ensure_runtime();
  // 0j, -0j (folded to complex(-0.0, -0.0)), 0.0, 0 and 2.5j are five constants, plus None.
  CodeObject* c = compile_ok("a = 0j\nb = -0j\nc = 0.0\nd = 0\ne = 2.5j\nf = 0j\ng = 2.5J\n");
  ASSERT_TRUE(c);
  EXPECT_EQ(rt::size_of(c->consts), 6);
  Object* neg = rt::tuple_get(c->consts, 1);
  ASSERT_EQ(rt::type_of(neg), &rt::ComplexType);
  EXPECT_TRUE(std::signbit(rt::complex_value(neg).real));
  EXPECT_TRUE(std::signbit(rt::complex_value(neg).imag));
  EXPECT_EQ(rt::complex_value(rt::tuple_get(c->consts, 4)).imag, 2.5);
  rt::decref(c);
}

TEST(Compiler, FunctionLayout) {
  ensure_runtime();
  CodeObject* c = compile_ok("def f(a, /, b=1, *args, c, d=2, **kw):\n  'doc'\n  e = a\n  return e\n");
  ASSERT_TRUE(c);
  CodeObject* f = nested(c);
  ASSERT_TRUE(f);
  EXPECT_EQ(names_of(f->varnames), "a,b,c,d,args,kw,e");
  EXPECT_EQ(f->argcount, 2);
  EXPECT_EQ(f->posonlyargcount, 1);
  EXPECT_EQ(f->kwonlyargcount, 2);
  EXPECT_EQ(f->nlocals, 7);
  EXPECT_TRUE(f->flags & CO_VARARGS);
  EXPECT_TRUE(f->flags & CO_VARKEYWORDS);
  EXPECT_TRUE(f->flags & CO_OPTIMIZED);
  EXPECT_FALSE(f->flags & CO_GENERATOR);
  EXPECT_EQ(std::string(rt::str_view(f->docstring)), "doc");
  EXPECT_EQ(std::string(rt::str_view(f->name)), "f");
  // defaults tuple and kwdefaults dict
  EXPECT_TRUE(has_op(c, BUILD_MAP));
  EXPECT_TRUE(has_op(c, MAKE_FUNCTION));
  rt::decref(c);
}

TEST(Compiler, CellsAndFrees) {
  ensure_runtime();
  CodeObject* c = compile_ok(
      "def f(x, y):\n  b = 1\n  a = 2\n  def g():\n    return a + b + y\n  return g\n");
  ASSERT_TRUE(c);
  CodeObject* f = nested(c);
  ASSERT_TRUE(f);
  EXPECT_EQ(names_of(f->cellvars), "a,b,y");
  ASSERT_TRUE(f->cell2arg);
  EXPECT_EQ(f->cell2arg[0], -1);
  EXPECT_EQ(f->cell2arg[2], 1);
  CodeObject* g = nested(f);
  ASSERT_TRUE(g);
  EXPECT_EQ(names_of(g->freevars), "a,b,y");
  EXPECT_TRUE(has_op(g, LOAD_DEREF));
  EXPECT_TRUE(has_op(f, LOAD_CLOSURE));
  EXPECT_EQ(std::string(rt::str_view(g->qualname)), "f.<locals>.g");
  rt::decref(c);
}

TEST(Compiler, NonlocalAndGlobal) {
  ensure_runtime();
  CodeObject* c = compile_ok(
      "def f():\n  n = 0\n  def inc():\n    nonlocal n\n    n += 1\n  global G\n  G = 1\n  return inc\n");
  ASSERT_TRUE(c);
  CodeObject* f = nested(c);
  EXPECT_TRUE(has_op(f, STORE_GLOBAL));
  CodeObject* inc = nested(f);
  EXPECT_TRUE(has_op(inc, STORE_DEREF));
  rt::decref(c);
}

TEST(Compiler, GeneratorFlagsAndStart) {
  ensure_runtime();
  CodeObject* c = compile_ok("def g():\n  yield 1\n  yield from h()\n");
  ASSERT_TRUE(c);
  CodeObject* g = nested(c);
  EXPECT_TRUE(g->flags & CO_GENERATOR);
  EXPECT_EQ(ops(g)[0], "GEN_START");
  EXPECT_TRUE(has_op(g, YIELD_FROM));
  EXPECT_TRUE(has_op(g, GET_YIELD_FROM_ITER));
  rt::decref(c);
}

TEST(Compiler, Comprehensions) {
  ensure_runtime();
  CodeObject* c = compile_ok("x = [a * 2 for a in range(3) if a]\ny = (b for b in z)\n");
  ASSERT_TRUE(c);
  CodeObject* lc = nested(c, 0);
  CodeObject* ge = nested(c, 1);
  ASSERT_TRUE(lc && ge);
  EXPECT_EQ(std::string(rt::str_view(lc->name)), "<listcomp>");
  EXPECT_EQ(names_of(lc->varnames), ".0,a");
  EXPECT_EQ(lc->argcount, 1);
  EXPECT_TRUE(has_op(lc, LIST_APPEND));
  EXPECT_TRUE(ge->flags & CO_GENERATOR);
  EXPECT_EQ(std::string(rt::str_view(ge->name)), "<genexpr>");
  rt::decref(c);
}

TEST(Compiler, ClassBodyAndSuperCell) {
  ensure_runtime();
  CodeObject* c = compile_ok("class A(B):\n  'doc'\n  def m(self):\n    return super().m()\n  def __p(self): pass\n");
  ASSERT_TRUE(c);
  CodeObject* body = nested(c);
  ASSERT_TRUE(body);
  EXPECT_TRUE(body->flags & CO_CLASSBODY);
  EXPECT_EQ(names_of(body->cellvars), "__class__");
  std::vector<std::string> o = ops(body);
  ASSERT_GE(o.size(), 4u);
  EXPECT_EQ(o[0], "LOAD_NAME");
  EXPECT_EQ(o[1], "STORE_NAME");
  EXPECT_EQ(o[o.size() - 2], "LOAD_CLOSURE");
  EXPECT_EQ(o.back(), "RETURN_VALUE");
  EXPECT_NE(names_of(body->names).find("_A__p"), std::string::npos);
  CodeObject* m = nested(body, 0);
  EXPECT_EQ(names_of(m->freevars), "__class__");
  EXPECT_EQ(std::string(rt::str_view(m->qualname)), "A.m");
  EXPECT_TRUE(has_op(c, LOAD_BUILD_CLASS));
  rt::decref(c);
}

TEST(Compiler, CallShapes) {
  ensure_runtime();
  CodeObject* c = compile_ok("f(1, k=2)\no.m(1)\nf(*a, **k)\n");
  ASSERT_TRUE(c);
  EXPECT_TRUE(has_op(c, KW_NAMES));
  EXPECT_TRUE(has_op(c, LOAD_METHOD));
  EXPECT_TRUE(has_op(c, CALL_FUNCTION_EX));
  EXPECT_TRUE(has_op(c, DICT_MERGE));
  rt::decref(c);
}

TEST(Compiler, StackDepthConsistent) {
  ensure_runtime();
  const char* src =
      "def f(xs):\n"
      "  for x in xs:\n"
      "    try:\n"
      "      with open(x) as fh, g() as (a, b):\n"
      "        if a < b < 3 and not x:\n"
      "          return fh.read()\n"
      "        continue\n"
      "    except (ValueError, KeyError) as e:\n"
      "      break\n"
      "    except:\n"
      "      raise\n"
      "    finally:\n"
      "      print(x)\n"
      "  else:\n"
      "    return {k: v for k, v in xs}\n"
      "  a, *b, c = xs\n"
      "  xs[0] += 1\n"
      "  xs.attr //= 2\n"
      "  return f'{a!r:>{b}} {c}'\n";
  CodeObject* c = compile_ok(src);
  ASSERT_TRUE(c);
  EXPECT_TRUE(depth_consistent(c));
  CodeObject* f = nested(c);
  EXPECT_TRUE(has_op(f, UNPACK_EX));
  EXPECT_TRUE(has_op(f, WITH_EXCEPT_START));
  EXPECT_TRUE(has_op(f, CHECK_EXC_MATCH));
  EXPECT_GT(f->stacksize, 3);
  std::string dis = disassemble(c);
  EXPECT_NE(dis.find("FOR_ITER"), std::string::npos);
  rt::decref(c);
}

TEST(Compiler, SyntaxErrors) {
  ensure_runtime();
  EXPECT_EQ(compile_err("return 1\n"), "SyntaxError: 'return' outside function @1:1");
  EXPECT_EQ(compile_err("x = 1\nyield 2\n"), "SyntaxError: 'yield' outside function @2:1");
  EXPECT_EQ(compile_err("break\n"), "SyntaxError: 'break' outside loop @1:1");
  EXPECT_EQ(compile_err("continue\n"), "SyntaxError: 'continue' not properly in loop @1:1");
  EXPECT_EQ(compile_err("nonlocal x\n"), "SyntaxError: nonlocal declaration not allowed at module level @1:1");
  EXPECT_EQ(compile_err("def f():\n  nonlocal x\n"), "SyntaxError: no binding for nonlocal 'x' found @2:3");
  EXPECT_EQ(compile_err("def f():\n  print(x)\n  global x\n"),
            "SyntaxError: name 'x' is used prior to global declaration @3:3");
  EXPECT_EQ(compile_err("def f(x):\n  global x\n"), "SyntaxError: name 'x' is parameter and global @2:3");
  EXPECT_EQ(compile_err("a, *b, *c = d\n"), "SyntaxError: multiple starred expressions in assignment @1:1");
  EXPECT_EQ(compile_err("f(a=1, a=2)\n"), "SyntaxError: keyword argument repeated: a @1:8");
}

TEST(Compiler, DuplicateArgument) {
  ensure_runtime();
  std::string e = compile_err("def f(x, x): pass\n");
  EXPECT_EQ(e.substr(0, e.find(" @")), "SyntaxError: duplicate argument 'x' in function definition");
}

TEST(Compiler, TooManyNestedBlocks) {
  ensure_runtime();
  auto nest = [](int n) {
    std::string s;
    for (int i = 0; i < n; i++) s += std::string(size_t(i), ' ') + "for x in y:\n";
    s += std::string(size_t(n), ' ') + "pass\n";
    return s;
  };
  CodeObject* c = compile_ok(nest(20));
  rt::xdecref(c);
  EXPECT_EQ(compile_err(nest(21)), "SyntaxError: too many statically nested blocks @21:21");
}

TEST(Compiler, DeepNestingDoesNotCrash) {
  ensure_runtime();
  std::string src = "x = " + std::string(5000, '-') + "1\n";
  CodeObject* c = compile_source(src, "t.py", CompileMode::File);
  if (c) {
    rt::decref(c);  // folding may make this shallow enough for some parsers
  } else {
    rt::err_clear();
  }
  SUCCEED();
}

TEST(Compiler, CodeRepr) {
  ensure_runtime();
  CodeObject* c = compile_ok("\n\ndef f(): pass\n");
  ASSERT_TRUE(c);
  Object* r = rt::object_repr(nested(c));
  ASSERT_TRUE(r);
  std::string s(rt::str_view(r));
  EXPECT_EQ(s.rfind("<code object f at 0x", 0), 0u);
  EXPECT_NE(s.find(", file \"t.py\", line 3>"), std::string::npos);
  rt::decref(r);
  rt::decref(c);
}

// ---- match statements and except* (docs/match.md, docs/excgroups.md) ----
// Every failure ladder and every or-pattern join must leave the stack at the
// same depth whichever way it is reached.
TEST(CompilerMatch, StackDepthConsistent) {
  ensure_runtime();
  const char* srcs[] = {
      "match v:\n case [x, 1] | (1, x) if x:\n  pass\n case {'a': a, **r} | [{'a': a, **r}]:\n  pass\n"
      " case C(1, y, k=[z, *_]) as w:\n  pass\n case [p, *q, (1 | 2) as s]:\n  pass\n case _:\n  pass\n",
      "def f(v):\n for i in v:\n  match i:\n   case (a, b) | {'k': [a, b]}:\n    continue\n   case int(n) if n:\n"
      "    break\n   case str() | bytes() as s:\n    return s\n",
      "match v:\n case [*_, 1, 2]:\n  pass\n case [1, *_, 2, 3]:\n  pass\n case {**rest}:\n  pass\n",
      "try:\n pass\nexcept* ValueError as e:\n x = 1\nexcept* (TypeError, KeyError):\n raise\nelse:\n y = 2\n"
      "finally:\n z = 3\n",
      "def g():\n try:\n  yield 1\n except* OSError:\n  for i in range(3):\n   if i: break\n",
  };
  for (const char* src : srcs) {
    CodeObject* c = compile_ok(src);
    ASSERT_TRUE(c) << src;
    EXPECT_TRUE(depth_consistent(c)) << src;
    rt::decref(c);
  }
  CodeObject* c = compile_ok(srcs[0]);
  ASSERT_TRUE(c);
  for (int op : {MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS, GET_LEN, COPY_DICT_WITHOUT_KEYS})
    EXPECT_TRUE(has_op(c, op)) << opcode_name(op);
  rt::decref(c);
  c = compile_ok(srcs[3]);
  ASSERT_TRUE(c);
  EXPECT_TRUE(has_op(c, CHECK_EG_MATCH));
  EXPECT_TRUE(has_op(c, PREP_RERAISE_STAR));
  rt::decref(c);
}

TEST(CompilerMatch, Errors) {
  ensure_runtime();
  EXPECT_EQ(compile_err("match v:\n case x:\n  pass\n case 1:\n  pass\n"),
            "SyntaxError: name capture 'x' makes remaining patterns unreachable @2:7");
  EXPECT_EQ(compile_err("match v:\n case [x] | [y]:\n  pass\n"),
            "SyntaxError: alternative patterns bind different names @2:14");
  EXPECT_EQ(compile_err("match v:\n case {'k': 1, 'k': 2}:\n  pass\n"),
            "SyntaxError: mapping pattern checks duplicate key ('k') @2:7");
  EXPECT_EQ(compile_err("for i in x:\n try:\n  pass\n except* E:\n  break\n"),
            "SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block @5:3");
}

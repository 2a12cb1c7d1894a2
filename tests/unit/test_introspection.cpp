// Unit tests for introspection's C++ parts: the positions table, the bytecode
// walk (verifier, handler table, frame jumps), the caret line and the
// disassembler's layout.
#include <gtest/gtest.h>

#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "interp/code.h"
#include "interp/code_dis.h"
#include "interp/code_flow.h"
#include "interp/function.h"
#include "interp/opcodes.h"
#include "interp/traceback.h"
#include "tests/unit/runtime_env.h"

using namespace interp;

namespace {

CodeObject* compile_or_fail(const std::string& src, const char* name = "t.py") {
  CodeObject* c = compile_source(src, name, CompileMode::File);
  if (!c) {
    rt::err_clear();
    ADD_FAILURE() << "compile failed:\n" << src;
  }
  return c;
}

CodeObject* first_function(CodeObject* c) {
  for (rt::ssize i = 0; i < rt::size_of(c->consts); i++)
    if (rt::type_of(rt::tuple_get(c->consts, i)) == &rt::CodeType) return as_code(rt::tuple_get(c->consts, i));
  return nullptr;
}

bool same(const SourcePos& a, const SourcePos& b) {
  return a.lineno == b.lineno && a.end_lineno == b.end_lineno && a.col == b.col && a.end_col == b.end_col;
}

// Every code object in c, nested ones included.
void all_code(CodeObject* c, std::vector<CodeObject*>* out) {
  out->push_back(c);
  for (rt::ssize i = 0; i < rt::size_of(c->consts); i++)
    if (rt::type_of(rt::tuple_get(c->consts, i)) == &rt::CodeType) all_code(as_code(rt::tuple_get(c->consts, i)), out);
}

}  // namespace

TEST(Positions, RoundTrip) {
  std::vector<SourcePos> pos = {{3, 3, 4, 9}, {3, 3, 4, 9}, {3, 5, 0, 2}, {-1, -1, -1, -1},
                                {2, 2, -1, -1}, {100000, 100001, 70000, 3}, {7, 7, 0, 0}};
  std::string table = linetable_encode(pos.data(), int(pos.size()), 3);
  std::vector<SourcePos> back(pos.size());
  linetable_decode(reinterpret_cast<const uint8_t*>(table.data()), rt::ssize(table.size()), 3, int(pos.size()),
                   back.data());
  for (size_t i = 0; i < pos.size(); i++) EXPECT_TRUE(same(pos[i], back[i])) << "instruction " << i;
  std::vector<int32_t> lines(pos.size());
  linetable_lines(reinterpret_cast<const uint8_t*>(table.data()), rt::ssize(table.size()), 3, int(pos.size()),
                  lines.data());
  for (size_t i = 0; i < pos.size(); i++) EXPECT_EQ(lines[i], pos[i].lineno);
  // Runs: the first two instructions share one entry.
  std::string two = linetable_encode(pos.data(), 2, 3);
  std::string one = linetable_encode(pos.data(), 1, 3);
  EXPECT_EQ(two.size(), one.size());
}

TEST(Positions, GarbageIsUnknownNeverOutOfBounds) {
  ensure_runtime();
  std::srand(7);
  for (int round = 0; round < 200; round++) {
    std::string junk(size_t(std::rand() % 40), '\0');
    for (char& ch : junk) ch = char(std::rand() & 0xff);
    std::vector<SourcePos> out(16);
    linetable_decode(reinterpret_cast<const uint8_t*>(junk.data()), rt::ssize(junk.size()), 1, 16, out.data());
    for (const SourcePos& p : out) {
      EXPECT_GE(p.lineno, -1);
      if (p.lineno < 0) {
        EXPECT_EQ(p.col, -1);
      }
    }
  }
  std::vector<SourcePos> out(4);
  linetable_decode(nullptr, 0, 1, 4, out.data());
  for (const SourcePos& p : out) EXPECT_EQ(p.lineno, -1);
}

TEST(Positions, CompilerRecordsColumns) {
  ensure_runtime();
  CodeObject* c = compile_or_fail("def f(d):\n    return d['k'] + 1\n");
  ASSERT_TRUE(c);
  CodeObject* f = first_function(c);
  ASSERT_TRUE(f);
  bool found_subscr = false, found_add = false;
  for (int i = 0; i < f->ninstrs; i++) {
    SourcePos p = code_position(f, i);
    if (instr_op(f->instrs[i]) == BINARY_SUBSCR) {
      found_subscr = true;
      EXPECT_TRUE(same(p, SourcePos{2, 2, 11, 17}));
    }
    if (instr_op(f->instrs[i]) == BINARY_OP) {
      found_add = true;
      EXPECT_TRUE(same(p, SourcePos{2, 2, 11, 21}));
    }
  }
  EXPECT_TRUE(found_subscr && found_add);
  // The implicit return after `return` is unreachable and dropped; the last
  // instruction is the explicit return.
  EXPECT_EQ(instr_op(f->instrs[f->ninstrs - 1]), RETURN_VALUE);
  EXPECT_EQ(f->lines[f->ninstrs - 1], 2);
  rt::decref(c);
}

TEST(Carets, BinaryOperatorAndSubscript) {
  ensure_runtime();
  CodeObject* c = compile_or_fail("def f(d):\n    return d['k'] + 1\n");
  ASSERT_TRUE(c);
  CodeObject* f = first_function(c);
  std::string line = "    return d['k'] + 1";
  for (int i = 0; i < f->ninstrs; i++) {
    std::string carets = traceback_caret_line(f, i, 2, line);
    switch (instr_op(f->instrs[i])) {
      case BINARY_SUBSCR: EXPECT_EQ(carets, "       ~^^^^^"); break;
      case BINARY_OP: EXPECT_EQ(carets, "       ~~~~~~~^~~"); break;
      case RETURN_VALUE: EXPECT_EQ(carets, ""); break;  // the whole line
      default: break;
    }
  }
  rt::decref(c);
}

TEST(CodeFlow, VerifierAcceptsWhatTheCompilerMakes) {
  ensure_runtime();
  // Every script test is compiled code of every shape the compiler emits.
  std::vector<std::string> dirs;
  std::string root = std::string(PYGLASS_SOURCE_DIR) + "/tests/scripts";
  if (DIR* d = opendir(root.c_str())) {
    while (dirent* e = readdir(d))
      if (e->d_name[0] != '.') dirs.push_back(root + "/" + e->d_name);
    closedir(d);
  }
  int files = 0;
  for (const std::string& dir : dirs) {
    DIR* d = opendir(dir.c_str());
    if (!d) continue;
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.size() < 4 || name.substr(name.size() - 3) != ".py") continue;
      std::ifstream in(dir + "/" + name);
      std::stringstream ss;
      ss << in.rdbuf();
      CodeObject* c = compile_source(ss.str(), name.c_str(), CompileMode::File);
      if (!c) {  // syntax-error tests
        rt::err_clear();
        continue;
      }
      files++;
      std::vector<CodeObject*> codes;
      all_code(c, &codes);
      for (CodeObject* code : codes) {
        const char* why = code_verify(code);
        EXPECT_EQ(why, nullptr) << dir << "/" << name << ": " << rt::str_view(code->qualname) << ": " << why;
      }
      rt::decref(c);
    }
    closedir(d);
  }
  EXPECT_GT(files, 100);
}

TEST(CodeFlow, VerifierRefusesBadBytecode) {
  ensure_runtime();
  CodeObject* c = compile_or_fail("def f(a):\n    return [a]\n");
  ASSERT_TRUE(c);
  CodeObject* f = first_function(c);
  ASSERT_TRUE(f);
  auto with = [&](std::vector<uint32_t> code) {
    return code_new(f->argcount, f->posonlyargcount, f->kwonlyargcount, f->nlocals, f->stacksize, f->flags,
                    f->firstlineno, code.data(), nullptr, int(code.size()), f->consts, f->names, f->varnames,
                    f->cellvars, f->freevars, f->filename, f->name, f->qualname, f->docstring);
  };
  struct Case {
    std::vector<uint32_t> code;
    const char* why;
  } cases[] = {
      {{make_instr(POP_TOP, 0), make_instr(RETURN_VALUE, 0)}, "the stack underflows"},
      {{make_instr(LOAD_FAST, 9), make_instr(RETURN_VALUE, 0)}, "a local variable index is out of range"},
      {{make_instr(LOAD_FAST, 0)}, "the last instruction must return, raise or jump"},
      {{make_instr(LOAD_FAST, 0), make_instr(JUMP, 50)}, "a jump target is out of range"},
      {{make_instr(LOAD_FAST, 0), make_instr(LOAD_FAST, 0), make_instr(LIST_APPEND, 1), make_instr(RETURN_VALUE, 0)},
       "LIST_APPEND/LIST_EXTEND need a list"},
      {{make_instr(LOAD_FAST, 0), make_instr(RERAISE, 0)}, "this opcode needs the exception being handled"},
      {{make_instr(255, 0), make_instr(RETURN_VALUE, 0)}, "an opcode is unknown"},
  };
  for (const Case& k : cases) {
    CodeObject* bad = with(k.code);
    ASSERT_TRUE(bad);
    const char* why = code_verify(bad);
    EXPECT_STREQ(why, k.why);
    rt::decref(bad);
  }
  EXPECT_EQ(code_verify(f), nullptr);
  rt::decref(c);
}

TEST(CodeFlow, HandlerTableFollowsTryBlocks) {
  ensure_runtime();
  CodeObject* c = compile_or_fail("def f():\n    try:\n        g()\n    except E:\n        pass\n");
  ASSERT_TRUE(c);
  CodeObject* f = first_function(c);
  std::vector<Block> inner = code_innermost_blocks(f);
  ASSERT_EQ(int(inner.size()), f->ninstrs);
  EXPECT_EQ(inner[0].handler, -1);  // SETUP_FINALLY itself is outside its block
  bool covered_call = false;
  for (int i = 0; i < f->ninstrs; i++)
    if (instr_op(f->instrs[i]) == CALL) covered_call = inner[size_t(i)].handler >= 0;
  EXPECT_TRUE(covered_call);
  rt::decref(c);
}

TEST(Dis, ListingColumns) {
  ensure_runtime();
  CodeObject* c = compile_or_fail("n = 0\ndef inc():\n    global n\n    n += 1\n");
  ASSERT_TRUE(c);
  CodeObject* f = first_function(c);
  std::vector<DisInstr> ins;
  ASSERT_TRUE(dis_instructions(f, &ins));
  ASSERT_GE(ins.size(), 4u);
  EXPECT_EQ(dis_format(ins[0], 3, false, 4), "  4           0 LOAD_GLOBAL              0 (n)");
  EXPECT_EQ(dis_format(ins[2], 3, false, 4), "              8 BINARY_OP               13 (+=)");
  EXPECT_EQ(dis_format(ins[2], 3, true, 4), "    -->       8 BINARY_OP               13 (+=)");
  dis_release(ins);
  std::string text = disassemble(c);
  EXPECT_NE(text.find("Disassembly of <code object inc at "), std::string::npos);
  rt::decref(c);
}

// Random changes to compiled bytecode: what the verifier accepts runs to a
// result or an exception, never a crash (run under ASan too).  Loops are not
// generated (a changed jump must go forward), so every run ends.
TEST(CodeFlow, MutatedBytecodeNeverCrashes) {
  ensure_runtime();
  const char* src =
      "def f(a, b=2):\n"
      "    x = [a, b]\n"
      "    y = {a: b}\n"
      "    try:\n"
      "        z = y[a] + x[0]\n"
      "    except KeyError as e:\n"
      "        z = str(e)\n"
      "    finally:\n"
      "        w = (a, b, *x)\n"
      "    with M() as m:\n"
      "        v = f'{a!r:>{b}}' + m\n"
      "    import os\n"
      "    def g(k):\n"
      "        return k + a\n"
      "    return g(z), w, v, {**y}, len(x, *w)\n";
  CodeObject* module = compile_or_fail(src);
  ASSERT_TRUE(module);
  CodeObject* f = first_function(module);
  ASSERT_TRUE(f);
  Object* globals = rt::dict_new();
  ASSERT_TRUE(globals);
  std::srand(12345);
  int accepted = 0;
  for (int trial = 0; trial < 4000; trial++) {
    std::vector<uint32_t> code(f->instrs, f->instrs + f->ninstrs);
    for (int k = 1 + std::rand() % 3; k > 0; k--) {
      size_t i = size_t(std::rand()) % code.size();
      int byte = std::rand() % 4;
      code[i] = (code[i] & ~(0xffu << (8 * byte))) | (uint32_t(std::rand() & 0xff) << (8 * byte));
    }
    bool backward = false;
    for (size_t i = 0; i < code.size(); i++)
      if (opcode_has_jump(int(instr_op(code[i]))) && instr_op(code[i]) < OPCODE_COUNT && instr_arg(code[i]) <= i)
        backward = true;
    if (backward) continue;
    CodeObject* c = code_new(f->argcount, f->posonlyargcount, f->kwonlyargcount, f->nlocals, f->stacksize, f->flags,
                             f->firstlineno, code.data(), nullptr, int(code.size()), f->consts, f->names, f->varnames,
                             f->cellvars, f->freevars, f->filename, f->name, f->qualname, f->docstring);
    ASSERT_TRUE(c);
    if (code_verify(c) == nullptr) {
      accepted++;
      FunctionObject* fn = function_new(c, globals);
      ASSERT_TRUE(fn);
      Object* args[2] = {rt::int_from_i64(1), rt::int_from_i64(2)};
      Object* r = function_vectorcall(fn, args, 2, nullptr);
      rt::xdecref(r);
      rt::err_clear();
      rt::decref(args[0]);
      rt::decref(args[1]);
      rt::decref(fn);
    }
    rt::decref(c);
  }
  EXPECT_GT(accepted, 100);
  rt::decref(globals);
  rt::decref(module);
}

// The disassembler's records (interp/code_dis.cpp): what --dis prints and the
// dis module (stdlib/dismodule.cpp, stdlib/lib/dis.py) builds its
// Instruction tuples from.
#pragma once
#include <string>
#include <vector>

#include "code.h"

namespace interp {

// How dis interprets an opcode's argument.
enum class DisArgKind { None, Const, Name, Local, Free, Jump, Compare, BinOp, FormatValue, MakeFunction, Int };
DisArgKind dis_arg_kind(int op);

// One instruction as dis.Instruction sees it.
struct DisInstr {
  int offset = 0;         // bytes: 4 * index
  int opcode = 0;
  const char* opname = "";
  bool has_arg = false;   // false: arg and argval are None
  uint32_t arg = 0;
  Object* argval = nullptr;  // owned: the constant, name, jump target offset ... (None without an argument)
  std::string argrepr;
  int starts_line = -1;   // the line this instruction starts, or -1
  bool is_jump_target = false;
  SourcePos pos;
};

// The records of code's instructions; false with an exception set (a repr
// that raised).  Release them with dis_release.
bool dis_instructions(CodeObject* code, std::vector<DisInstr>* out);
void dis_release(std::vector<DisInstr>& ins);
// One listing line, as dis.Instruction._disassemble formats it.
std::string dis_format(const DisInstr& d, int lineno_width, bool current, int offset_width);

// co_exceptiontable as dis shows it: [start, end) offsets covered by handler `target` at stack `depth`.
struct DisHandler {
  int start, end, target, depth;
};
std::vector<DisHandler> dis_exception_table(CodeObject* code);

}  // namespace interp

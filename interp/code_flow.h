// A static walk of a code object's bytecode: the value stack and block stack
// each instruction runs with (interp/code_flow.cpp).  Used by frame jumps
// (f_lineno = n), co_exceptiontable / dis, and to refuse bytecode the eval
// loop could crash on (code.replace(co_code=...)).
#pragma once
#include <vector>

#include "frame.h"

namespace interp {

// What a stack slot holds, where the eval loop relies on it.
enum class SlotKind : uint8_t { Object, Null, Iterator, Except, Exc, List, Set, Map, Code, Str, Int, Tuple, Cell, Cells };

struct FlowSlot {
  int origin;     // index of the instruction that pushed it; -1 before the code; -3 merged
  SlotKind kind;  // Except: an except clause's saved exception; Exc: the exception being handled
};

struct FlowState {
  bool reached = false;
  std::vector<FlowSlot> stack;
  std::vector<Block> blocks;
};

// The state before each instruction.  *problem (if given) is null, or why the
// code is malformed (the states then stop where the walk found it).
std::vector<FlowState> code_flow(CodeObject* co, const char** problem);
// Null when the eval loop can run co safely, else why not.
const char* code_verify(CodeObject* co);
// For each instruction, the innermost exception-handling block it runs under
// ({-1, -1}: none, or unreachable): co_exceptiontable, dis.
std::vector<Block> code_innermost_blocks(CodeObject* co);
// Move f (executing, stopped at a 'line' event) to the first line at or after
// `lineno`.  ValueError when the line is outside the code or the jump cannot
// keep the value stack consistent (CPython 3.11's messages).
int frame_jump_to_line(Frame* f, Object* lineno);

}  // namespace interp

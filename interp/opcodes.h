// The opcode enumeration, generated from interp/opcodes.def.
//
// Opcodes are plain enumerators in namespace interp (interp::LOAD_CONST), in
// the order of opcodes.def; OPCODE_COUNT follows the last one.  An
// instruction word keeps the opcode in its low 8 bits (interp/code.h).
#pragma once
#include <cstdint>

namespace interp {

enum Opcode : uint8_t {
#define OP(name, effect, doc) name,
#include "opcodes.def"
#undef OP
  OPCODE_COUNT
};
static_assert(OPCODE_COUNT <= 256, "opcodes must fit in 8 bits");

// The opcode's name as written in opcodes.def ("LOAD_CONST"); "<bad opcode>" when out of range.
inline const char* opcode_name(int op) {
  static constexpr const char* kNames[] = {
#define OP(name, effect, doc) #name,
#include "opcodes.def"
#undef OP
  };
  if (op < 0 || op >= OPCODE_COUNT) return "<bad opcode>";
  return kNames[op];
}

// True for opcodes whose argument is an absolute instruction index.
inline bool opcode_has_jump(int op) {
  switch (op) {
    case FOR_ITER: case JUMP: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP: case SETUP_FINALLY: case SETUP_CLEANUP:
      return true;
    default:
      return false;
  }
}

}  // namespace interp

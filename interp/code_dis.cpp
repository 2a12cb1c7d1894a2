// The disassembler: a code object's instructions as the dis module describes
// them (opname, arg, argval, argrepr, offset, line start, jump target,
// position), the listing `pyglass --dis` prints, and the native half of the
// dis module (`_dis`; stdlib/lib/dis.py is the Python half).
//
// pyglass's bytecode is its own (interp/opcodes.def), so CPython's Lib/dis.py
// cannot read it; docs/dis.md.  Both the listing here and dis.dis() print the
// records dis_instructions() makes, in dis's column layout:
//
//   line  >>offset OPNAME               arg (argrepr)
//
// Offsets are bytes, 4 per instruction (co_code's layout); jump arguments are
// instruction indexes in the bytecode and offsets in argval/argrepr.
#include "code_dis.h"

#include <algorithm>
#include <cstdio>

#include "code_flow.h"
#include "opcodes.h"

namespace interp {

using namespace rt;

namespace {

const char* const kBinopSymbols[] = {
#define BINOP(name, sym, slot, islot, dunder, rdunder, idunder) sym,
#include "binops.def"
#undef BINOP
};
constexpr int kBinopCount = sizeof(kBinopSymbols) / sizeof(kBinopSymbols[0]);
const char* const kCompareOps[] = {"<", "<=", "==", "!=", ">", ">="};
const char* const kMakeFunctionFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};

bool opcode_has_arg(uint32_t op) {
  switch (op) {
    case NOP: case POP_TOP: case PUSH_NULL: case LOAD_ASSERTION_ERROR: case LOAD_BUILD_CLASS: case RETURN_VALUE:
    case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT: case BINARY_SUBSCR:
    case STORE_SUBSCR: case DELETE_SUBSCR: case LIST_TO_TUPLE: case GET_ITER: case GEN_START: case YIELD_VALUE:
    case GET_YIELD_FROM_ITER: case YIELD_FROM: case POP_BLOCK: case PUSH_EXC_INFO: case POP_EXCEPT:
    case CHECK_EXC_MATCH: case BEFORE_WITH: case WITH_EXIT: case WITH_EXCEPT_START:
    case IMPORT_STAR: case PRINT_EXPR: case SETUP_ANNOTATIONS:
      return false;
    default:
      return op < OPCODE_COUNT;
  }
}

Object* name_in(Object* tuple, uint32_t i) {
  if (ssize(i) < size_of(tuple)) return newref(tuple_get(tuple, ssize(i)));
  return int_from_i64(i);
}

std::string repr_text(Object* v) {
  Object* r = object_repr(v);
  if (!r) return std::string();
  std::string s(str_view(r));
  decref(r);
  return s;
}

// argval and argrepr for one instruction; false with an exception set.
bool describe(CodeObject* c, uint32_t op, uint32_t arg, Object** argval, std::string* argrepr) {
  DisArgKind kind = dis_arg_kind(int(op));
  Object* v = nullptr;
  switch (kind) {
    case DisArgKind::None:
      *argval = none_ref();
      return true;
    case DisArgKind::Const:
      v = ssize(arg) < size_of(c->consts) ? newref(tuple_get(c->consts, ssize(arg))) : int_from_i64(arg);
      if (!v) return false;
      *argrepr = repr_text(v);
      if (err_occurred()) {
        decref(v);
        return false;
      }
      break;
    case DisArgKind::Name:
      v = name_in(c->names, arg);
      break;
    case DisArgKind::Local:
      v = name_in(c->varnames, arg);
      break;
    case DisArgKind::Free:
      v = int(arg) < c->ncells ? name_in(c->cellvars, arg) : name_in(c->freevars, arg - uint32_t(c->ncells));
      break;
    case DisArgKind::Jump:
      v = int_from_i64(int64_t(arg) * 4);
      *argrepr = "to " + std::to_string(int64_t(arg) * 4);
      break;
    case DisArgKind::Compare:
      if (arg < 6) {
        v = str_from_cstr(kCompareOps[arg]);
        *argrepr = kCompareOps[arg];
      } else {
        v = int_from_i64(arg);
      }
      break;
    case DisArgKind::BinOp:
      v = int_from_i64(arg);
      if (int(arg) < kBinopCount) *argrepr = kBinopSymbols[arg];
      else if (int(arg) < 2 * kBinopCount) *argrepr = std::string(kBinopSymbols[arg - uint32_t(kBinopCount)]) + "=";
      break;
    case DisArgKind::FormatValue: {
      static const char* const kConv[] = {nullptr, "str", "repr", "ascii"};
      const char* conv = kConv[arg & 3];
      Object* fn = conv ? dict_getitem_str(interp_state()->builtins, conv) : nullptr;
      v = tuple_pack(2, fn ? fn : None, (arg & 4) ? True : False);
      if (conv) *argrepr = conv;
      if (arg & 4) *argrepr += argrepr->empty() ? "with format" : ", with format";
      break;
    }
    case DisArgKind::MakeFunction:
      v = int_from_i64(arg);
      for (int b = 0; b < 4; b++) {
        if (!(arg & (1u << b))) continue;
        if (!argrepr->empty()) *argrepr += ", ";
        *argrepr += kMakeFunctionFlags[b];
      }
      break;
    case DisArgKind::Int:
      v = int_from_i64(arg);
      break;
  }
  if (!v) return false;
  if (kind == DisArgKind::Name || kind == DisArgKind::Local || kind == DisArgKind::Free)
    *argrepr = is_str(v) ? std::string(str_view(v)) : std::to_string(arg);
  *argval = v;
  return true;
}

std::string pad_right(const std::string& s, size_t w) { return s.size() >= w ? s : s + std::string(w - s.size(), ' '); }
std::string pad_left(const std::string& s, size_t w) { return s.size() >= w ? s : std::string(w - s.size(), ' ') + s; }

void listing(CodeObject* c, std::string& out) {
  std::vector<DisInstr> ins;
  if (!dis_instructions(c, &ins)) {
    err_clear();
    out += "<disassembly failed>\n";
    return;
  }
  int maxline = -1;
  for (const DisInstr& d : ins) maxline = std::max(maxline, d.starts_line);
  int lineno_width = maxline < 0 ? 0 : (maxline >= 1000 ? int(std::to_string(maxline).size()) : 3);
  int maxoffset = 4 * c->ninstrs - 4;
  int offset_width = maxoffset >= 10000 ? int(std::to_string(maxoffset).size()) : 4;
  for (const DisInstr& d : ins) {
    if (lineno_width && d.starts_line >= 0 && d.offset > 0) out += "\n";
    out += dis_format(d, lineno_width, false, offset_width) + "\n";
  }
  dis_release(ins);
  std::vector<DisHandler> table = dis_exception_table(c);
  if (!table.empty()) {
    out += "ExceptionTable:\n";
    for (const DisHandler& h : table)
      out += "  " + std::to_string(h.start) + " to " + std::to_string(h.end - 4) + " -> " + std::to_string(h.target) +
             " [" + std::to_string(h.depth) + "]\n";
  }
}

void disassemble_into(CodeObject* c, std::string& out) {
  listing(c, out);
  for (ssize i = 0; i < size_of(c->consts); i++) {
    Object* k = tuple_get(c->consts, i);
    if (type_of(k) != &CodeType) continue;
    out += "\nDisassembly of " + repr_text(k) + ":\n";
    err_clear();
    disassemble_into(as_code(k), out);
  }
}

}  // namespace

DisArgKind dis_arg_kind(int op) {
  switch (op) {
    case LOAD_CONST: case KW_NAMES:
      return DisArgKind::Const;
    case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL: case LOAD_NAME: case STORE_NAME: case DELETE_NAME:
    case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD: case IMPORT_NAME: case IMPORT_FROM:
      return DisArgKind::Name;
    case LOAD_FAST: case STORE_FAST: case DELETE_FAST:
      return DisArgKind::Local;
    case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLOSURE: case LOAD_CLASSDEREF:
      return DisArgKind::Free;
    case COMPARE_OP: return DisArgKind::Compare;
    case BINARY_OP: return DisArgKind::BinOp;
    case FORMAT_VALUE: return DisArgKind::FormatValue;
    case MAKE_FUNCTION: return DisArgKind::MakeFunction;
    default:
      if (!opcode_has_arg(uint32_t(op))) return DisArgKind::None;
      if (opcode_has_jump(op)) return DisArgKind::Jump;
      return DisArgKind::Int;
  }
}

bool dis_instructions(CodeObject* c, std::vector<DisInstr>* out) {
  std::vector<SourcePos> pos(static_cast<size_t>(c->ninstrs));
  linetable_decode(c->linetable, c->linetable_len, c->firstlineno, c->ninstrs, pos.data());
  std::vector<bool> target(static_cast<size_t>(c->ninstrs), false);
  for (int i = 0; i < c->ninstrs; i++) {
    uint32_t w = c->instrs[i];
    if (opcode_has_jump(int(instr_op(w))) && int(instr_arg(w)) < c->ninstrs) target[instr_arg(w)] = true;
  }
  int lastline = -1;
  for (int i = 0; i < c->ninstrs; i++) {
    uint32_t w = c->instrs[i], op = instr_op(w), arg = instr_arg(w);
    DisInstr d;
    d.offset = 4 * i;
    d.opcode = int(op);
    d.opname = opcode_name(int(op));
    d.has_arg = opcode_has_arg(op);
    d.arg = arg;
    d.starts_line = -1;
    int line = c->lines[i];
    if (line >= 0 && line != lastline) d.starts_line = lastline = line;
    d.is_jump_target = target[size_t(i)];
    d.pos = pos[size_t(i)];
    if (!describe(c, op, arg, &d.argval, &d.argrepr)) {
      dis_release(*out);
      return false;
    }
    out->push_back(std::move(d));
  }
  return true;
}

void dis_release(std::vector<DisInstr>& ins) {
  for (DisInstr& d : ins) clearref(d.argval);
  ins.clear();
}

std::vector<DisHandler> dis_exception_table(CodeObject* c) {
  std::vector<Block> inner = code_innermost_blocks(c);
  std::vector<DisHandler> out;
  for (size_t i = 0; i < inner.size();) {
    size_t j = i + 1;
    while (j < inner.size() && inner[j].handler == inner[i].handler && inner[j].level == inner[i].level) j++;
    if (inner[i].handler >= 0)
      out.push_back(DisHandler{int(4 * i), int(4 * j), 4 * inner[i].handler, inner[i].level});
    i = j;
  }
  return out;
}

std::string dis_format(const DisInstr& d, int lineno_width, bool current, int offset_width) {
  std::string s;
  if (lineno_width) {
    s += d.starts_line >= 0 ? pad_left(std::to_string(d.starts_line), size_t(lineno_width))
                            : std::string(size_t(lineno_width), ' ');
    s += " ";
  }
  s += current ? "-->" : "   ";
  s += d.is_jump_target ? " >>" : "   ";
  s += " " + pad_left(std::to_string(d.offset), size_t(offset_width));
  s += " " + pad_right(d.opname, 20);
  if (d.has_arg) {
    s += " " + pad_left(std::to_string(d.arg), 5);
    if (!d.argrepr.empty()) s += " (" + d.argrepr + ")";
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

std::string disassemble(CodeObject* code) {
  std::string out;
  disassemble_into(code, out);
  return out;
}

}  // namespace interp

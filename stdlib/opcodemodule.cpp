// _opcode: the native half of pyglass's opcode and dis modules
// (stdlib/lib/opcode.py, stdlib/lib/dis.py; docs/dis.md).
//
// CPython's _opcode has stack_effect(); pyglass's adds what its dis needs
// from the C++ side: the opcode table (interp/opcodes.def), the decoded
// instructions of a code object (interp/code_dis.cpp, the same records the
// --dis listing prints), the handler table, and that listing itself.
#include "../interp/code_dis.h"
#include "../interp/compiler.h"
#include "../interp/opcodes.h"
#include "modules.h"

namespace stdlib {

using namespace rt;
using interp::CodeObject;

namespace {

const char* kind_name(interp::DisArgKind k) {
  switch (k) {
    case interp::DisArgKind::None: return "none";
    case interp::DisArgKind::Const: return "const";
    case interp::DisArgKind::Name: return "name";
    case interp::DisArgKind::Local: return "local";
    case interp::DisArgKind::Free: return "free";
    case interp::DisArgKind::Jump: return "jump";
    case interp::DisArgKind::Compare: return "compare";
    case interp::DisArgKind::BinOp: return "binop";
    case interp::DisArgKind::FormatValue: return "format";
    case interp::DisArgKind::MakeFunction: return "makefunction";
    case interp::DisArgKind::Int: return "int";
  }
  return "int";
}

CodeObject* code_arg(const char* fname, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs(fname, kwnames)) return nullptr;
  if (nargs != 1 || type_of(args[0]) != &CodeType) {
    err_format(Exc_TypeError, "%s() expects a code object", fname);
    return nullptr;
  }
  return interp::as_code(args[0]);
}

Object* int_or_none(int v) { return v < 0 ? none_ref() : int_from_i64(v); }

// opcodes() -> [(name, opcode, argument kind), ...] in opcode order.
Object* op_opcodes(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!parse_args("opcodes", nullptr, nargs, kwnames, "", nullptr)) return nullptr;
  Object* out = list_new(0);
  for (int op = 0; out && op < interp::OPCODE_COUNT; op++) {
    Object* name = str_from_cstr(interp::opcode_name(op));
    Object* code = int_from_i64(op);
    Object* kind = str_from_cstr(kind_name(interp::dis_arg_kind(op)));
    Object* t = name && code && kind ? tuple_pack(3, name, code, kind) : nullptr;
    xdecref(name);
    xdecref(code);
    xdecref(kind);
    if (!t || list_append(out, t) < 0) clearref(out);
    xdecref(t);
  }
  return out;
}

// instructions(code) -> [(opname, opcode, arg, argval, argrepr, offset, starts_line,
//                         is_jump_target, (lineno, end_lineno, col_offset, end_col_offset)), ...]
Object* op_instructions(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  CodeObject* c = code_arg("instructions", args, nargs, kwnames);
  if (!c) return nullptr;
  std::vector<interp::DisInstr> ins;
  if (!interp::dis_instructions(c, &ins)) return nullptr;
  Object* out = list_new(0);
  for (const interp::DisInstr& d : ins) {
    if (!out) break;
    const interp::SourcePos& p = d.pos;
    Object* pos = tuple_new(4);
    Object* t = tuple_new(9);
    if (!pos || !t) {
      xdecref(pos);
      xdecref(t);
      clearref(out);
      break;
    }
    tuple_set_steal(pos, 0, int_or_none(p.lineno));
    tuple_set_steal(pos, 1, int_or_none(p.lineno < 0 ? -1 : p.end_lineno));
    tuple_set_steal(pos, 2, int_or_none(p.col));
    tuple_set_steal(pos, 3, int_or_none(p.end_col));
    tuple_set_steal(t, 0, str_from_cstr(d.opname));
    tuple_set_steal(t, 1, int_from_i64(d.opcode));
    tuple_set_steal(t, 2, d.has_arg ? int_from_i64(d.arg) : none_ref());
    tuple_set_steal(t, 3, newref(d.argval));
    tuple_set_steal(t, 4, str_from(d.argrepr));
    tuple_set_steal(t, 5, int_from_i64(d.offset));
    tuple_set_steal(t, 6, int_or_none(d.starts_line));
    tuple_set_steal(t, 7, bool_ref(d.is_jump_target));
    tuple_set_steal(t, 8, pos);
    if (list_append(out, t) < 0) clearref(out);
    decref(t);
  }
  interp::dis_release(ins);
  return out;
}

// exception_table(code) -> [(start, end, target, depth), ...] in bytes.
Object* op_exception_table(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  CodeObject* c = code_arg("exception_table", args, nargs, kwnames);
  if (!c) return nullptr;
  Object* out = list_new(0);
  for (const interp::DisHandler& h : interp::dis_exception_table(c)) {
    if (!out) break;
    Object* t = tuple_new(4);
    if (!t) {
      clearref(out);
      break;
    }
    tuple_set_steal(t, 0, int_from_i64(h.start));
    tuple_set_steal(t, 1, int_from_i64(h.end));
    tuple_set_steal(t, 2, int_from_i64(h.target));
    tuple_set_steal(t, 3, int_from_i64(h.depth));
    if (list_append(out, t) < 0) clearref(out);
    decref(t);
  }
  return out;
}

// listing(code) -> the text `pyglass --dis` prints for it.
Object* op_listing(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  CodeObject* c = code_arg("listing", args, nargs, kwnames);
  if (!c) return nullptr;
  std::string s = interp::disassemble(c);
  if (err_occurred()) return nullptr;
  return str_from(s);
}

// stack_effect(opcode, oparg=None, /, *, jump=None), CPython's checks.
Object* op_stack_effect(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3] = {};
  if (!parse_args("stack_effect", args, nargs, kwnames, "opcode|oparg$jump", a)) return nullptr;
  Object* opi = number_index(a[0]);
  if (!opi) return nullptr;
  int64_t op = int_as_i64(opi);
  decref(opi);
  if (op == -1 && err_occurred()) return nullptr;
  // An unknown opcode counts as one taking an argument, as in CPython.
  bool known = op >= 0 && op < interp::OPCODE_COUNT;
  bool has_arg = !known || interp::dis_arg_kind(int(op)) != interp::DisArgKind::None;
  Object* oparg = a[1] == None ? nullptr : a[1];
  int64_t arg = 0;
  if (has_arg) {
    if (!oparg) {
      err_set_string(Exc_ValueError, "stack_effect: opcode requires oparg but oparg was not specified");
      return nullptr;
    }
    Object* ai = number_index(oparg);
    if (!ai) return nullptr;
    arg = int_as_i64(ai);
    decref(ai);
    if (arg == -1 && err_occurred()) return nullptr;
  } else if (oparg) {
    err_set_string(Exc_ValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
    return nullptr;
  }
  if (!known || arg < 0 || arg > int64_t(interp::MAX_OPARG)) {
    err_set_string(Exc_ValueError, "invalid opcode or oparg");
    return nullptr;
  }
  Object* jump = a[2] && a[2] != None ? a[2] : nullptr;
  int e;
  if (jump) {
    int t = object_is_true(jump);
    if (t < 0) return nullptr;
    e = interp::opcode_stack_effect(int(op), uint32_t(arg), t != 0);
  } else {
    e = std::max(interp::opcode_stack_effect(int(op), uint32_t(arg), false),
                 interp::opcode_stack_effect(int(op), uint32_t(arg), true));
  }
  if (e > (1 << 16) || e < -(1 << 16)) {
    err_set_string(Exc_ValueError, "invalid opcode or oparg");
    return nullptr;
  }
  return int_from_i64(e);
}

MethodDef opcode_functions[] = {
    {"stack_effect", op_stack_effect, METH_DEFAULT,
     "stack_effect($module, opcode, oparg=None, /, *, jump=None)\n--\n\nCompute the stack effect of the opcode."},
    {"opcodes", op_opcodes, METH_DEFAULT, "opcodes() -> [(name, opcode, argument kind), ...]"},
    {"instructions", op_instructions, METH_DEFAULT, "instructions(code) -> the decoded instructions, as tuples"},
    {"exception_table", op_exception_table, METH_DEFAULT,
     "exception_table(code) -> [(start, end, target, depth), ...]"},
    {"listing", op_listing, METH_DEFAULT, "listing(code) -> the disassembly `pyglass --dis` prints"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_opcode_module() {
  Object* m = module_new("_opcode");
  if (!m) return nullptr;
  if (module_add_functions(m, opcode_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

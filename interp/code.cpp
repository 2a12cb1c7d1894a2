// The code object type: construction, attributes (co_*), repr and the disassembler.
//
// Code objects are immutable after code_new and hold only constants, names and
// nested code objects, so they cannot be part of a reference cycle and are not
// tracked by the collector.
#include "code_internal.h"

#include <cinttypes>
#include <cstdio>
#include <string>

#include "opcodes.h"

namespace rt {
TypeObject CodeType;
}

namespace interp {

namespace {

template <class T>
T* copy_array(const T* src, int n) {
  if (!src || n <= 0) return nullptr;
  T* out = new T[n];
  std::memcpy(out, src, sizeof(T) * size_t(n));
  return out;
}

void code_dealloc(Object* o) {
  CodeObject* c = as_code(o);
  rt::clear_weakrefs(o);
  delete[] c->instrs;
  delete[] c->lines;
  delete[] c->cell2arg;
  rt::xdecref(c->consts);
  rt::xdecref(c->names);
  rt::xdecref(c->varnames);
  rt::xdecref(c->cellvars);
  rt::xdecref(c->freevars);
  rt::xdecref(c->filename);
  rt::xdecref(c->name);
  rt::xdecref(c->qualname);
  rt::xdecref(c->docstring);
  rt::free_object(o);
}

std::string code_header(CodeObject* c) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p, file \"", static_cast<void*>(c));
  std::string s = "<code object ";
  s += rt::str_view(c->name);
  s += buf;
  s += rt::str_view(c->filename);
  s += "\", line ";
  s += std::to_string(c->firstlineno);
  s += ">";
  return s;
}

Object* code_repr(Object* o) {
  std::string s = code_header(as_code(o));
  return rt::str_from(s);
}

Object* get_int(Object* o, void* closure) {
  CodeObject* c = as_code(o);
  switch (reinterpret_cast<intptr_t>(closure)) {
    case 0: return rt::int_from_i64(c->argcount);
    case 1: return rt::int_from_i64(c->posonlyargcount);
    case 2: return rt::int_from_i64(c->kwonlyargcount);
    case 3: return rt::int_from_i64(c->nlocals);
    case 4: return rt::int_from_i64(c->flags);
    case 5: return rt::int_from_i64(c->stacksize);
    case 6: return rt::int_from_i64(c->firstlineno);
  }
  return rt::none_ref();
}

Object* get_obj(Object* o, void* closure) {
  CodeObject* c = as_code(o);
  Object* v = nullptr;
  switch (reinterpret_cast<intptr_t>(closure)) {
    case 0: v = c->name; break;
    case 1: v = c->qualname; break;
    case 2: v = c->filename; break;
    case 3: v = c->varnames; break;
    case 4: v = c->cellvars; break;
    case 5: v = c->freevars; break;
    case 6: v = c->consts; break;
    case 7: v = c->names; break;
  }
  if (!v) return rt::none_ref();
  return rt::newref(v);
}

#define INT_ATTR(n, i) {n, get_int, nullptr, nullptr, reinterpret_cast<void*>(intptr_t(i))}
#define OBJ_ATTR(n, i) {n, get_obj, nullptr, nullptr, reinterpret_cast<void*>(intptr_t(i))}
rt::GetSetDef code_getset[] = {
    INT_ATTR("co_argcount", 0),
    INT_ATTR("co_posonlyargcount", 1),
    INT_ATTR("co_kwonlyargcount", 2),
    INT_ATTR("co_nlocals", 3),
    INT_ATTR("co_flags", 4),
    INT_ATTR("co_stacksize", 5),
    INT_ATTR("co_firstlineno", 6),
    OBJ_ATTR("co_name", 0),
    OBJ_ATTR("co_qualname", 1),
    OBJ_ATTR("co_filename", 2),
    OBJ_ATTR("co_varnames", 3),
    OBJ_ATTR("co_cellvars", 4),
    OBJ_ATTR("co_freevars", 5),
    OBJ_ATTR("co_consts", 6),
    OBJ_ATTR("co_names", 7),
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
#undef INT_ATTR
#undef OBJ_ATTR

// ---- disassembler ---------------------------------------------------------

const char* const kBinopSymbols[] = {
#define BINOP(name, sym, slot, islot, dunder, rdunder, idunder) sym,
#include "binops.def"
#undef BINOP
};
constexpr int kBinopCount = sizeof(kBinopSymbols) / sizeof(kBinopSymbols[0]);

std::string str_of(Object* s) { return std::string(rt::str_view(s)); }

std::string tuple_name(Object* t, uint32_t i) {
  if (!t || ssize(i) >= rt::size_of(t)) return "?";
  return str_of(rt::tuple_get(t, ssize(i)));
}

std::string const_repr(Object* v) {
  if (rt::type_of(v) == &rt::CodeType) {
    CodeObject* c = as_code(v);
    return "<code " + str_of(c->qualname) + ", line " + std::to_string(c->firstlineno) + ">";
  }
  Object* r = rt::object_repr(v);
  if (!r) {
    rt::err_clear();
    return "<repr failed>";
  }
  std::string s = str_of(r);
  rt::decref(r);
  return s;
}

std::string flags_text(uint32_t f) {
  static const struct { uint32_t bit; const char* name; } kFlags[] = {
      {CO_OPTIMIZED, "OPTIMIZED"}, {CO_NEWLOCALS, "NEWLOCALS"}, {CO_VARARGS, "VARARGS"},
      {CO_VARKEYWORDS, "VARKEYWORDS"}, {CO_NESTED, "NESTED"}, {CO_GENERATOR, "GENERATOR"},
      {CO_NOFREE, "NOFREE"}, {CO_CLASSBODY, "CLASSBODY"}, {CO_MODULE, "MODULE"},
      {CO_COROUTINE, "COROUTINE"}, {CO_ITERABLE_COROUTINE, "ITERABLE_COROUTINE"},
      {CO_ASYNC_GENERATOR, "ASYNC_GENERATOR"},
  };
  std::string s;
  for (auto& e : kFlags) {
    if (f & e.bit) {
      if (!s.empty()) s += ", ";
      s += e.name;
    }
  }
  return s;
}

std::string tuple_list(Object* t) {
  std::string s = "(";
  for (ssize i = 0; t && i < rt::size_of(t); i++) {
    if (i) s += ", ";
    s += str_of(rt::tuple_get(t, i));
  }
  return s + ")";
}

std::string cell_name(CodeObject* c, uint32_t i) {
  if (int(i) < c->ncells) return tuple_name(c->cellvars, i);
  return tuple_name(c->freevars, i - uint32_t(c->ncells));
}

std::string arg_meaning(CodeObject* c, uint32_t op, uint32_t arg) {
  switch (op) {
    case LOAD_CONST:
    case KW_NAMES:
      if (ssize(arg) < rt::size_of(c->consts)) return const_repr(rt::tuple_get(c->consts, ssize(arg)));
      return "?";
    case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL: case LOAD_NAME: case STORE_NAME: case DELETE_NAME:
    case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD: case IMPORT_NAME: case IMPORT_FROM:
      return tuple_name(c->names, arg);
    case LOAD_FAST: case STORE_FAST: case DELETE_FAST:
      return tuple_name(c->varnames, arg);
    case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLOSURE: case LOAD_CLASSDEREF:
      return cell_name(c, arg);
    case COMPARE_OP: {
      static const char* const kCmp[] = {"<", "<=", "==", "!=", ">", ">="};
      return arg < 6 ? kCmp[arg] : "?";
    }
    case BINARY_OP:
      if (int(arg) < kBinopCount) return kBinopSymbols[arg];
      if (int(arg) < 2 * kBinopCount) return std::string(kBinopSymbols[arg - kBinopCount]) + "=";
      return "?";
    case IS_OP: return arg ? "is not" : "is";
    case CONTAINS_OP: return arg ? "not in" : "in";
    default:
      if (opcode_has_jump(int(op))) return "to " + std::to_string(arg);
      return "";
  }
}

bool opcode_has_arg(uint32_t op) {
  switch (op) {
    case NOP: case POP_TOP: case PUSH_NULL: case LOAD_ASSERTION_ERROR: case LOAD_BUILD_CLASS: case RETURN_VALUE:
    case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT: case BINARY_SUBSCR:
    case STORE_SUBSCR: case DELETE_SUBSCR: case LIST_TO_TUPLE: case GET_ITER: case GEN_START: case YIELD_VALUE:
    case GET_YIELD_FROM_ITER: case YIELD_FROM: case POP_BLOCK: case PUSH_EXC_INFO: case POP_EXCEPT:
    case CHECK_EXC_MATCH: case RERAISE: case BEFORE_WITH: case WITH_EXIT: case WITH_EXCEPT_START:
    case IMPORT_STAR: case PRINT_EXPR: case SETUP_ANNOTATIONS:
      return false;
    default:
      return true;
  }
}

void disassemble_into(CodeObject* c, std::string& out) {
  out += "Disassembly of " + str_of(c->qualname) + " (file \"" + str_of(c->filename) + "\", line " +
         std::to_string(c->firstlineno) + "):\n";
  out += "  flags: " + flags_text(c->flags) + "\n";
  out += "  argcount " + std::to_string(c->argcount) + ", posonly " + std::to_string(c->posonlyargcount) +
         ", kwonly " + std::to_string(c->kwonlyargcount) + ", nlocals " + std::to_string(c->nlocals) +
         ", stacksize " + std::to_string(c->stacksize) + "\n";
  out += "  varnames " + tuple_list(c->varnames) + ", cellvars " + tuple_list(c->cellvars) + ", freevars " +
         tuple_list(c->freevars) + "\n";
  if (c->cell2arg) {
    out += "  cell2arg";
    for (int i = 0; i < c->ncells; i++) out += " " + std::to_string(c->cell2arg[i]);
    out += "\n";
  }
  int last_line = -1;
  char buf[128];
  for (int i = 0; i < c->ninstrs; i++) {
    uint32_t op = instr_op(c->instrs[i]), arg = instr_arg(c->instrs[i]);
    int line = c->lines ? c->lines[i] : 0;
    if (line != last_line) {
      std::snprintf(buf, sizeof buf, "%5d", line);
      last_line = line;
    } else {
      std::snprintf(buf, sizeof buf, "%5s", "");
    }
    out += buf;
    std::snprintf(buf, sizeof buf, " %5d %-22s", i, opcode_name(int(op)));
    out += buf;
    if (opcode_has_arg(op)) {
      std::snprintf(buf, sizeof buf, " %4u", arg);
      out += buf;
      std::string m = arg_meaning(c, op, arg);
      if (!m.empty()) out += " (" + m + ")";
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += "\n";
  }
  for (ssize i = 0; i < rt::size_of(c->consts); i++) {
    Object* k = rt::tuple_get(c->consts, i);
    if (rt::type_of(k) == &rt::CodeType) {
      out += "\n";
      disassemble_into(as_code(k), out);
    }
  }
}

}  // namespace

CodeObject* code_new(int argcount, int posonly, int kwonly, int nlocals, int stacksize, uint32_t flags,
                     int firstlineno, const uint32_t* instrs, const int32_t* lines, int ninstrs, Object* consts,
                     Object* names, Object* varnames, Object* cellvars, Object* freevars, Object* filename,
                     Object* name, Object* qualname, Object* docstring) {
  Object* o = rt::alloc_object(&rt::CodeType, sizeof(CodeObject));
  if (!o) return nullptr;
  CodeObject* c = as_code(o);
  c->argcount = argcount;
  c->posonlyargcount = posonly;
  c->kwonlyargcount = kwonly;
  c->nlocals = nlocals;
  c->ncells = cellvars ? int(rt::size_of(cellvars)) : 0;
  c->nfrees = freevars ? int(rt::size_of(freevars)) : 0;
  c->stacksize = stacksize;
  c->flags = flags;
  c->firstlineno = firstlineno;
  c->ninstrs = ninstrs;
  c->instrs = copy_array(instrs, ninstrs);
  c->lines = copy_array(lines, ninstrs);
  c->consts = consts ? rt::newref(consts) : rt::empty_tuple();
  c->names = names ? rt::newref(names) : rt::empty_tuple();
  c->varnames = varnames ? rt::newref(varnames) : rt::empty_tuple();
  c->cellvars = cellvars ? rt::newref(cellvars) : rt::empty_tuple();
  c->freevars = freevars ? rt::newref(freevars) : rt::empty_tuple();
  c->filename = rt::newref(filename);
  c->name = rt::newref(name);
  c->qualname = rt::newref(qualname ? qualname : name);
  c->docstring = docstring ? rt::newref(docstring) : rt::none_ref();
  // cell2arg: a cellvar that is also a parameter takes the argument's value on entry.
  int nargs = argcount + kwonly + ((flags & CO_VARARGS) ? 1 : 0) + ((flags & CO_VARKEYWORDS) ? 1 : 0);
  if (c->ncells > 0 && nargs > 0 && varnames) {
    int32_t* map = new int32_t[c->ncells];
    bool any = false;
    for (int i = 0; i < c->ncells; i++) {
      map[i] = -1;
      Object* cn = rt::tuple_get(cellvars, i);
      for (int a = 0; a < nargs && a < rt::size_of(varnames); a++) {
        if (rt::str_equal(cn, rt::tuple_get(varnames, a))) {
          map[i] = a;
          any = true;
          break;
        }
      }
    }
    if (any) {
      c->cell2arg = map;
    } else {
      delete[] map;
    }
  }
  return c;
}

std::string disassemble(CodeObject* code) {
  std::string out;
  disassemble_into(code, out);
  return out;
}

void init_code_type() {
  rt::TypeObject& t = rt::CodeType;
  t.tp_name = "code";
  t.tp_basicsize = sizeof(CodeObject);
  t.tp_flags = rt::TPFLAG_IMMUTABLE;
  t.tp_doc = "Create a code object.  Not for the faint of heart.";
  t.tp_dealloc = code_dealloc;
  t.tp_weaklistoffset = offsetof(CodeObject, weaklist);
  t.tp_repr = code_repr;
  t.tp_getset = code_getset;
  rt::type_ready(&t);
}

}  // namespace interp

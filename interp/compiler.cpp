// The bytecode compiler: units, constants, names, compile-time blocks,
// assembly (labels, stack depth) and the compile_source() entry point.
// Statements are in compile_stmt.cpp, expressions in compile_expr.cpp.
#include "compiler.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace interp {

using namespace ast;

namespace {

constexpr int kMaxBlocks = 20;  // "too many statically nested blocks"

// Stack effect of an instruction (jump: for the branch taken).  Opcodes marked
// VAR in opcodes.def are computed here by hand.
constexpr int kVar = 1 << 20;
int stack_effect(uint32_t op, uint32_t arg, bool jump) {
  switch (op) {
    case CALL: return -int(arg + 1);
    case CALL_FUNCTION_EX: return -2 - int(arg);
    case MAKE_FUNCTION: return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0));
    case BUILD_SLICE: case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - int(arg);
    case BUILD_MAP: return 1 - 2 * int(arg);
    case UNPACK_SEQUENCE: return int(arg) - 1;
    case UNPACK_EX: return int(arg & 0xff) + int(arg >> 8);
    case FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case FOR_ITER: return jump ? -1 : 1;
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case RAISE_VARARGS: return -int(arg);
    default: break;
  }
#define VAR kVar
  switch (op) {
#define OP(name, effect, doc) case name: return (effect);
#include "opcodes.def"
#undef OP
  }
#undef VAR
  return 0;
}

bool is_terminal(uint32_t op) {
  return op == JUMP || op == RETURN_VALUE || op == RERAISE || op == RAISE_VARARGS;
}

bool identifier_like(const std::string& s) {
  if (s.empty() || s.size() > 20) return false;
  for (unsigned char ch : s)
    if (!(std::isalnum(ch) || ch == '_')) return false;
  return true;
}

Object* intern_name(const std::string& s) {
  Object* o = rt::str_from(s);
  if (!o) return nullptr;
  return rt::str_intern(o);
}

Object* names_tuple(const std::vector<std::string>& v) {
  Object* t = rt::tuple_new(ssize(v.size()));
  if (!t) return nullptr;
  for (size_t i = 0; i < v.size(); i++) {
    Object* s = intern_name(v[i]);
    if (!s) {
      // Fill the rest so the tuple can be released safely.
      for (size_t j = i; j < v.size(); j++) rt::tuple_set_steal(t, ssize(j), rt::none_ref());
      rt::decref(t);
      return nullptr;
    }
    rt::tuple_set_steal(t, ssize(i), s);
  }
  return t;
}

}  // namespace

int compute_stack_depth(const uint32_t* instrs, int n, int initial_depth, bool* consistent) {
  std::vector<int> depth(size_t(n), -1);
  std::vector<std::pair<int, int>> work;
  int maxd = initial_depth;
  if (consistent) *consistent = true;
  if (n > 0) work.push_back({0, initial_depth});
  while (!work.empty()) {
    auto [i, d] = work.back();
    work.pop_back();
    while (i < n) {
      if (depth[size_t(i)] >= 0) {
        if (depth[size_t(i)] != d && consistent) *consistent = false;
        break;
      }
      depth[size_t(i)] = d;
      uint32_t op = instr_op(instrs[i]), arg = instr_arg(instrs[i]);
      if (opcode_has_jump(int(op))) {
        int target;
        if (op == SETUP_FINALLY)
          target = d + 1;
        else if (op == SETUP_CLEANUP)
          target = d;
        else
          target = d + stack_effect(op, arg, true);
        maxd = std::max(maxd, target);
        if (int(arg) < n) work.push_back({int(arg), target});
      }
      if (is_terminal(op)) break;
      d += stack_effect(op, arg, false);
      if (d < 0 && consistent) *consistent = false;
      maxd = std::max(maxd, d);
      i++;
    }
  }
  return maxd;
}

int opcode_stack_effect(int op, uint32_t arg, bool jump) { return stack_effect(uint32_t(op), arg, jump); }
bool opcode_is_terminal(int op) { return is_terminal(uint32_t(op)); }

Compiler::Compiler(std::string_view source, const char* filename, CompileMode mode, SymTable& st)
    : source_(source), filename_(filename ? filename : "<string>"), mode_(mode), st_(st) {}

void Compiler::fail(const std::string& msg, const Node* at) {
  has_error = true;
  error.msg = msg;
  if (at) {
    error.pos.lineno = at->lineno;
    error.pos.col = at->col_offset;
    error.pos.end_lineno = at->end_lineno;
    error.pos.end_col = at->end_col_offset;
  } else {
    error.pos.lineno = u ? u->line : 1;
  }
  throw CompileAbort{};
}

void Compiler::fail_pyerr() { throw CompileAbort{}; }

void Compiler::depth_enter(const Node* n) {
  if (++depth_ > kMaxCompileDepth + 50) {
    has_error = true;
    error.recursion = true;
    error.msg = "maximum recursion depth exceeded during compilation";
    throw CompileAbort{};
  }
}

// ---- Source positions ---------------------------------------------------------
//
// Each instruction records where it comes from.  The compiler keeps a current
// location per unit: `u->line` (what older code sets directly) and `u->loc`,
// the full range of the node being compiled.  visit_stmt, visit_expr,
// jump_if and store_target set both from their node (set_loc) and restore
// them afterwards, so an instruction emitted after visiting sub-expressions
// carries its own node's range, as in CPython 3.11: a BINARY_OP the whole
// `a + b`, a CALL the whole call, a LOAD_ATTR `a.b`.  emit() uses `u->loc`
// only while its line is `u->line`; code that sets `u->line` alone gets that
// line with unknown columns (no carets in tracebacks, never a wrong range).
//
// Artificial instructions (set_artificial: the implicit `return None`, the
// jump back at a loop's end, the cleanup after an except clause ...) get line
// -1, as CPython leaves them without a location: they produce no 'line' trace
// event, and f_lineno there is the line executed last (frame.h).
void Compiler::emit(int op, uint32_t arg) {
  if (arg > MAX_OPARG) {
    rt::err_set_string(rt::Exc_SystemError, "compiler: instruction argument too large");
    fail_pyerr();
  }
  SrcLoc loc = u->loc;
  if (u->line < 0) {
    loc = SrcLoc{};
  } else if (loc.lineno != u->line) {
    loc = SrcLoc{u->line, u->line, -1, -1};
  }
  u->code.push_back(Instr{uint8_t(op), arg, u->line, loc});
}

void Compiler::set_loc(const Node* n) {
  u->line = n->lineno;
  u->loc = SrcLoc{n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
  // Ranges the parser could not give (or gave backwards) are kept as lines only.
  if (u->loc.end_lineno < u->loc.lineno || (u->loc.end_lineno == u->loc.lineno && u->loc.end_col < u->loc.col))
    u->loc = SrcLoc{n->lineno, n->lineno, -1, -1};
}

void Compiler::line_marker(const Stmt* s) {
  if (!u->code.empty() && u->code.back().line == s->lineno) {
    // Unless a jump lands here, the line already starts with that instruction.
    bool target = false;
    for (int l : u->labels) target = target || l == int(u->code.size());
    if (!target) return;
  }
  emit(NOP);
}

void Compiler::loc_to_attr_name(const Attribute* a) {
  if (u->loc.lineno == a->end_lineno || a->end_lineno <= 0) return;
  // `(obj\n  .name)`: the position starts at the name on the last line, as in CPython 3.11.
  int len = int(a->attr.size());
  u->line = u->loc.lineno = a->end_lineno;
  u->loc.col = len <= a->end_col_offset ? a->end_col_offset - len : -1;
  if (u->loc.col < 0) u->loc.end_col = -1;
  if (u->loc.end_lineno < u->loc.lineno) u->loc.end_lineno = u->loc.lineno;
  if (u->loc.lineno == u->loc.end_lineno && u->loc.end_col < u->loc.col) u->loc.end_col = u->loc.col;
}

int Compiler::new_label() {
  u->labels.push_back(-1);
  return int(u->labels.size() - 1);
}

void Compiler::bind(int label) { u->labels[size_t(label)] = int(u->code.size()); }

int Compiler::add_const(Object* steal, const std::string& key) {
  auto it = u->const_index.find(key);
  if (it != u->const_index.end()) {
    rt::decref(steal);
    return it->second;
  }
  int i = int(u->consts.size());
  u->consts.emplace_back(steal);
  u->const_index.emplace(key, i);
  return i;
}

int Compiler::const_none() { return add_const(rt::none_ref(), "N"); }

int Compiler::const_str(const std::string& s) {
  Object* o = rt::str_from(s);
  if (!o) fail_pyerr();
  if (identifier_like(s)) {
    o = rt::str_intern(o);
    if (!o) fail_pyerr();
  }
  return add_const(o, "s" + s);
}

std::string complex_const_key(double real, double imag) {
  char buf[2 * sizeof(double)];
  std::memcpy(buf, &real, sizeof real);
  std::memcpy(buf + sizeof real, &imag, sizeof imag);
  return "c" + std::string(buf, sizeof buf);
}

Object* Compiler::constant_object(const Constant* c, std::string* key) {
  Object* o = nullptr;
  switch (c->ckind) {
    case ConstKind::None: *key = "N"; return rt::none_ref();
    case ConstKind::True: *key = "T"; return rt::bool_ref(true);
    case ConstKind::False: *key = "F"; return rt::bool_ref(false);
    case ConstKind::Ellipsis: *key = "E"; return rt::newref(rt::Ellipsis);
    case ConstKind::Int: {
      const std::string& t = c->text;
      bool digits = !t.empty() && t.size() <= 18 && (t.size() == 1 || t[0] != '0');
      for (char ch : t) digits = digits && ch >= '0' && ch <= '9';
      if (digits) {
        o = rt::int_from_i64(std::strtoll(t.c_str(), nullptr, 10));
      } else {
        o = rt::int_from_string(t, 0);
      }
      if (!o) fail_pyerr();
      if (rt::int_fits_i64(o)) {
        *key = "i" + std::to_string(rt::int_as_i64(o));
      } else {  // hexadecimal: a key that sys.set_int_max_str_digits() does not limit
        Object* s = rt::int_to_base_string(o, 16, true);
        if (!s) { rt::decref(o); fail_pyerr(); }
        *key = "i" + std::string(rt::str_view(s));
        rt::decref(s);
      }
      return o;
    }
    case ConstKind::Float: {
      o = rt::float_from_double(c->fval);
      if (!o) fail_pyerr();
      char buf[sizeof(double)];
      std::memcpy(buf, &c->fval, sizeof buf);
      *key = "f" + std::string(buf, sizeof buf);
      return o;
    }
    case ConstKind::Complex:
      o = rt::complex_from_doubles(c->real, c->fval);
      if (!o) fail_pyerr();
      *key = complex_const_key(c->real, c->fval);
      return o;
    case ConstKind::Tuple:
    case ConstKind::FrozenSet: {  // from _ast trees only: items are constants, keyed recursively
      bool tuple = c->ckind == ConstKind::Tuple;
      std::vector<Object*> items;
      *key = tuple ? "t(" : "z(";
      try {
        for (const Constant* item : c->items) {
          std::string k;
          items.push_back(constant_object(item, &k));
          *key += k + ",";
        }
      } catch (...) {
        for (Object* x : items) rt::decref(x);
        throw;
      }
      *key += ")";
      o = rt::tuple_from_array(items.data(), ssize(items.size()));
      for (Object* x : items) rt::decref(x);
      if (o && !tuple) {
        Object* fs = rt::frozenset_new(o);
        rt::decref(o);
        o = fs;
      }
      if (!o) fail_pyerr();
      return o;
    }
    case ConstKind::Str: {
      o = rt::str_from(c->text);
      if (!o) fail_pyerr();
      if (identifier_like(c->text)) {
        o = rt::str_intern(o);
        if (!o) fail_pyerr();
      }
      *key = "s" + c->text;
      return o;
    }
    case ConstKind::Bytes:
      o = rt::bytes_from(c->text.data(), ssize(c->text.size()));
      if (!o) fail_pyerr();
      *key = "b" + c->text;
      return o;
  }
  *key = "N";
  return rt::none_ref();
}

int Compiler::constant_index(const Constant* c) {
  std::string key;
  Object* o = constant_object(c, &key);
  return add_const(o, key);
}

SymBlock* Compiler::block_for(const Node* n) {
  SymBlock* b = st_.lookup(n);
  if (!b) {
    rt::err_set_string(rt::Exc_SystemError, "compiler: no symbol table for a block");
    fail_pyerr();
  }
  return b;
}

int Compiler::deref_index(const std::string& n) {
  int i = u->cellvars.find(n);
  if (i >= 0) return i;
  i = u->freevars.find(n);
  if (i >= 0) return int(u->cellvars.items.size()) + i;
  rt::err_format(rt::Exc_SystemError, "compiler: no cell for '%s'", n.c_str());
  fail_pyerr();
}

void Compiler::nameop(const std::string& raw, ExprContext ctx) {
  std::string name = mangled(raw);
  Scope sc = u->ste->scope_of(name);
  bool optimized = u->ste->type == BlockType::Function;
  enum { FAST, GLOBAL, DEREF, NAME } kind = NAME;
  switch (sc) {
    case Scope::Free:
    case Scope::Cell:
      kind = DEREF;
      break;
    case Scope::Local:
      if (optimized) kind = FAST;
      break;
    case Scope::GlobalImplicit:
      if (optimized) kind = GLOBAL;
      break;
    case Scope::GlobalExplicit:
      kind = GLOBAL;
      break;
    case Scope::Unknown:
      if (optimized) kind = GLOBAL;
      break;
  }
  switch (kind) {
    case FAST: {
      int i = u->varnames.add(name);
      emit(ctx == ExprContext::Load ? LOAD_FAST : ctx == ExprContext::Store ? STORE_FAST : DELETE_FAST, uint32_t(i));
      return;
    }
    case DEREF: {
      int i = deref_index(name);
      int op = ctx == ExprContext::Load ? (u->ste->type == BlockType::Class ? LOAD_CLASSDEREF : LOAD_DEREF)
               : ctx == ExprContext::Store ? STORE_DEREF
                                           : DELETE_DEREF;
      emit(op, uint32_t(i));
      return;
    }
    case GLOBAL: {
      int i = name_index(name);
      emit(ctx == ExprContext::Load ? LOAD_GLOBAL : ctx == ExprContext::Store ? STORE_GLOBAL : DELETE_GLOBAL,
           uint32_t(i));
      return;
    }
    case NAME: {
      int i = name_index(name);
      emit(ctx == ExprContext::Load ? LOAD_NAME : ctx == ExprContext::Store ? STORE_NAME : DELETE_NAME, uint32_t(i));
      return;
    }
  }
}

// ---- compile-time blocks ----------------------------------------------------

void Compiler::push_fblock(FBlockType t, const Node* at, int start, int exit, const StmtList* finalbody,
                           const std::string& name) {
  if (int(u->fblocks.size()) >= kMaxBlocks) fail("too many statically nested blocks", at);
  FBlock fb;
  fb.type = t;
  fb.start = start;
  fb.exit = exit;
  fb.finalbody = finalbody;
  fb.name = name;
  u->fblocks.push_back(fb);
}

void Compiler::unwind_fblock(const FBlock& fb, bool preserve_tos) {
  switch (fb.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptStarHandler:  // never left by a jump (check_except_star_exit)
      return;
    case FBlockType::ForLoop:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      return;
    case FBlockType::TryExcept:
      emit(POP_BLOCK);
      return;
    case FBlockType::FinallyTry: {
      emit(POP_BLOCK);
      int line = u->line;
      if (preserve_tos) push_fblock(FBlockType::PopValue, nullptr);
      visit_stmts(*fb.finalbody);
      if (preserve_tos) pop_fblock();
      u->line = line;
      return;
    }
    case FBlockType::FinallyEnd:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_BLOCK);
      emit(POP_EXCEPT);
      return;
    case FBlockType::With:
      emit(POP_BLOCK);
      if (preserve_tos) emit(SWAP, 2);
      emit(WITH_EXIT);
      return;
    case FBlockType::HandlerCleanup:
      if (!fb.name.empty()) emit(POP_BLOCK);
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_BLOCK);
      emit(POP_EXCEPT);
      if (!fb.name.empty()) {
        emit(LOAD_CONST, uint32_t(const_none()));
        nameop(fb.name, ExprContext::Store);
        nameop(fb.name, ExprContext::Del);
      }
      return;
    case FBlockType::PopValue:
      if (preserve_tos) emit(SWAP, 2);
      emit(POP_TOP);
      return;
    case FBlockType::AsyncWith:
      emit(POP_BLOCK);
      if (preserve_tos) emit(SWAP, 2);
      emit_async_exit_call();
      return;
  }
}

int Compiler::unwind_fblock_stack(bool preserve_tos, bool stop_at_loop) {
  if (u->fblocks.empty()) return -1;
  FBlock top = u->fblocks.back();
  if (stop_at_loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop))
    return int(u->fblocks.size() - 1);
  u->fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  int r = unwind_fblock_stack(preserve_tos, stop_at_loop);
  u->fblocks.push_back(top);
  return r;
}

// ---- units ------------------------------------------------------------------

std::string Compiler::qualname_for(const std::string& name, UnitKind kind) {
  if (!u || u->kind == UnitKind::Module) return name;
  if (kind == UnitKind::Function || kind == UnitKind::Class) {
    std::string m = mangle(u->private_name, name);
    if (u->ste->scope_of(m) == Scope::GlobalExplicit) return name;
  }
  std::string base = u->qualname;
  if (u->kind == UnitKind::Function || u->kind == UnitKind::Lambda) base += ".<locals>";
  return base + "." + name;
}

void Compiler::enter_unit(UnitKind kind, SymBlock* ste, const std::string& name, int firstlineno) {
  auto nu = std::make_unique<Unit>();
  nu->kind = kind;
  nu->ste = ste;
  nu->name = name;
  nu->qualname = kind == UnitKind::Module ? name : qualname_for(name, kind);
  nu->firstlineno = firstlineno;
  nu->line = firstlineno;
  nu->private_name = kind == UnitKind::Class ? name : (u ? u->private_name : std::string());
  for (const std::string& p : ste->params) nu->varnames.add(p);
  // Cells and frees, sorted by name as CPython does.
  std::vector<std::string> cells, frees;
  for (const auto& [n, s] : ste->symbols) {
    if (s.scope == Scope::Cell) cells.push_back(n);
    if (s.scope == Scope::Free || (s.flags & DEF_FREE_CLASS)) frees.push_back(n);
  }
  std::sort(cells.begin(), cells.end());
  std::sort(frees.begin(), frees.end());
  if (kind == UnitKind::Class && ste->needs_class_closure) nu->cellvars.add("__class__");
  for (auto& c : cells) nu->cellvars.add(c);
  for (auto& f : frees) nu->freevars.add(f);
  units_.push_back(std::move(nu));
  u = units_.back().get();
}

// Drop instructions no path reaches (the implicit `return None` after a
// final return, code after a break ...), as CPython's compiler does: they
// would show in co_lines() and dis.  Labels move to the next kept instruction.
void Compiler::drop_unreachable() {
  std::vector<Instr>& code = u->code;
  size_t n = code.size();
  std::vector<char> seen(n, 0);
  std::vector<size_t> work;
  auto reach = [&](size_t i) {
    if (i < n && !seen[i]) {
      seen[i] = 1;
      work.push_back(i);
    }
  };
  reach(0);
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    const Instr& in = code[i];
    if (opcode_has_jump(in.op) && in.arg < u->labels.size() && u->labels[in.arg] >= 0)
      reach(size_t(u->labels[in.arg]));
    if (!is_terminal(in.op)) reach(i + 1);
  }
  std::vector<int> new_index(n + 1);
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    new_index[i] = int(kept);
    if (seen[i]) code[kept++] = code[i];
  }
  new_index[n] = int(kept);
  if (kept == n) return;
  code.resize(kept);
  for (int& l : u->labels)
    if (l >= 0) l = new_index[size_t(l)];
}

CodeObject* Compiler::exit_unit() {
  Unit& un = *u;
  drop_unreachable();
  // Resolve labels.
  std::vector<uint32_t> instrs(un.code.size());
  std::vector<SourcePos> positions(un.code.size());
  for (size_t i = 0; i < un.code.size(); i++) {
    const Instr& in = un.code[i];
    uint32_t arg = in.arg;
    if (opcode_has_jump(in.op)) {
      int target = un.labels[arg];
      if (target < 0) {
        rt::err_set_string(rt::Exc_SystemError, "compiler: unbound label");
        fail_pyerr();
      }
      arg = uint32_t(target);
    }
    instrs[i] = make_instr(in.op, arg);
    positions[i] = in.loc;
  }
  bool generator = (un.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;  // resumed with a value
  bool consistent = true;
  int stacksize = compute_stack_depth(instrs.data(), int(instrs.size()), generator ? 1 : 0, &consistent);
#ifdef PYGLASS_DEBUG
  if (!consistent) std::fprintf(stderr, "pyglass compiler: inconsistent stack depth in %s\n", un.qualname.c_str());
#endif
  uint32_t flags = un.flags | future_flags_;
  // CO_NOFREE is not set: CPython 3.11 no longer sets it (co_flags match).

  Ref consts(rt::tuple_new(ssize(un.consts.size())));
  if (!consts.o) fail_pyerr();
  for (size_t i = 0; i < un.consts.size(); i++) rt::tuple_set_steal(consts.o, ssize(i), rt::newref(un.consts[i].o));
  Ref names(names_tuple(un.names.items));
  Ref varnames(names_tuple(un.varnames.items));
  Ref cellvars(names_tuple(un.cellvars.items));
  Ref freevars(names_tuple(un.freevars.items));
  Ref name(intern_name(un.name));
  Ref qualname(rt::str_from(un.qualname));
  if (!names.o || !varnames.o || !cellvars.o || !freevars.o || !name.o || !qualname.o) fail_pyerr();
  std::string linetable = linetable_encode(positions.data(), int(positions.size()), un.firstlineno);
  CodeObject* code =
      code_new(un.argcount, un.posonly, un.kwonly, int(un.varnames.items.size()), stacksize, flags, un.firstlineno,
               instrs.data(), nullptr, int(instrs.size()), consts.o, names.o, varnames.o, cellvars.o,
               freevars.o, filename_obj_.o, name.o, qualname.o, un.docstring.o ? un.docstring.o : rt::None,
               reinterpret_cast<const uint8_t*>(linetable.data()), ssize(linetable.size()));
  if (!code) fail_pyerr();
  units_.pop_back();
  u = units_.empty() ? nullptr : units_.back().get();
  return code;
}

void Compiler::make_closure(CodeObject* code, uint32_t flags) {
  // The constant table takes ownership first so an error below cannot leak the code object.
  int ci = add_const(code, "c" + std::to_string(u->code_counter++));
  if (code->nfrees > 0) {
    for (int i = 0; i < code->nfrees; i++) {
      std::string n(rt::str_view(rt::tuple_get(code->freevars, i)));
      int idx;
      if (u->kind == UnitKind::Class && n == "__class__") {
        idx = u->cellvars.find(n);
      } else if (u->ste->scope_of(n) == Scope::Cell) {
        idx = u->cellvars.find(n);
      } else {
        idx = u->freevars.find(n);
        if (idx >= 0) idx += int(u->cellvars.items.size());
      }
      if (idx < 0) {
        rt::err_format(rt::Exc_SystemError, "compiler: no closure cell for '%s'", n.c_str());
        fail_pyerr();
      }
      emit(LOAD_CLOSURE, uint32_t(idx));
    }
    emit(BUILD_TUPLE, uint32_t(code->nfrees));
    flags |= 8;
  }
  emit(LOAD_CONST, uint32_t(ci));
  emit(MAKE_FUNCTION, flags);
}

// ---- the module -------------------------------------------------------------

CodeObject* Compiler::compile_module(const Module& m) {
  filename_obj_.o = rt::str_from(filename_);
  if (!filename_obj_.o) fail_pyerr();
  enter_unit(UnitKind::Module, st_.top(), "<module>", 1);
  u->flags = CO_MODULE;
  if (mode_ == CompileMode::Eval) {
    if (m.expr) {
      set_loc(m.expr);
      u->firstlineno = m.expr->lineno;
      visit_expr(m.expr);
    } else {
      emit(LOAD_CONST, uint32_t(const_none()));
    }
    emit(RETURN_VALUE);
    return exit_unit();
  }
  if (u->ste->has_annotations) emit(SETUP_ANNOTATIONS);
  if (mode_ == CompileMode::Single) {
    for (Stmt* s : m.body) visit_stmt(s);  // a REPL line has no docstring: "s" echoes 's'
  } else {
    visit_body_with_docstring(m.body, true);
  }
  set_artificial();
  emit(LOAD_CONST, uint32_t(const_none()));
  emit(RETURN_VALUE);
  return exit_unit();
}

// ---- entry point --------------------------------------------------------------

namespace {

// The source line (1-based) without its newline.
std::string source_line(std::string_view src, int lineno) {
  if (lineno < 1) return "";
  size_t pos = 0;
  for (int l = 1; l < lineno; l++) {
    size_t nl = src.find('\n', pos);
    if (nl == std::string_view::npos) return "";
    pos = nl + 1;
  }
  size_t end = src.find('\n', pos);
  std::string_view line = src.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return std::string(line);
}

// Byte column (0-based) to a 1-based character offset within the line.
int char_offset(const std::string& line, int byte_col) {
  int chars = 0;
  for (int i = 0; i < byte_col && i < int(line.size()); i++)
    if ((static_cast<unsigned char>(line[size_t(i)]) & 0xC0) != 0x80) chars++;
  if (byte_col > int(line.size())) chars += byte_col - int(line.size());
  return chars + 1;
}

}  // namespace

void raise_syntax_error(rt::TypeObject* type, const std::string& msg, const char* filename, int lineno, int offset,
                        const std::string& text, int end_lineno, int end_offset) {
  Ref m(rt::str_from(msg));
  Ref fn(rt::str_from(filename ? filename : "<string>"));
  Ref ln(rt::int_from_i64(lineno));
  Ref off(rt::int_from_i64(offset));
  Ref txt(text.empty() ? rt::none_ref() : rt::str_from(text + "\n"));
  Ref eln(rt::int_from_i64(end_lineno));
  Ref eoff(rt::int_from_i64(end_offset));
  if (!m.o || !fn.o || !ln.o || !off.o || !txt.o || !eln.o || !eoff.o) return;
  Ref loc(rt::tuple_pack(6, fn.o, ln.o, off.o, txt.o, eln.o, eoff.o));
  if (!loc.o) return;
  Object* args[2] = {m.o, loc.o};
  Ref exc(rt::exc_new(type, args, 2));
  if (!exc.o) return;
  rt::err_set_exception(exc.o);
}


std::unique_ptr<ast::Module> parse_source(std::string_view source, const char* filename, CompileMode mode) {
  const char* fname = filename ? filename : "<string>";
  ast::SyntaxErrorInfo perr;
  ast::ParseMode pm = mode == CompileMode::Eval ? ast::ParseMode::Eval
                      : mode == CompileMode::Single ? ast::ParseMode::Single
                                                    : ast::ParseMode::File;
  std::unique_ptr<ast::Module> mod = ast::parse(source, fname, pm, &perr);
  if (!mod) {
    if (rt::err_occurred()) return nullptr;  // the parser raised something itself (MemoryError ...)
    rt::TypeObject* type = rt::Exc_SyntaxError;
    if (perr.type == "IndentationError") type = rt::Exc_IndentationError;
    else if (perr.type == "TabError") type = rt::Exc_TabError;
    int end_offset = perr.end_offset > 0 || perr.end_offset == -1 ? perr.end_offset : perr.offset;  // -1: CPython's "unknown"
    raise_syntax_error(type, perr.msg.empty() ? "invalid syntax" : perr.msg, fname, perr.lineno, perr.offset,
                       perr.text, perr.lineno, end_offset);
    return nullptr;
  }
  return mod;
}

CodeObject* compile_source(std::string_view source, const char* filename, CompileMode mode, uint32_t future_flags) {
  std::unique_ptr<ast::Module> mod = parse_source(source, filename, mode);
  if (!mod) return nullptr;
  return compile_tree(*mod, source, filename, mode, future_flags);
}

CodeObject* compile_tree(ast::Module& tree, std::string_view source, const char* filename, CompileMode mode,
                         uint32_t future_flags) {
  const char* fname = filename ? filename : "<string>";
  ast::Module* mod = &tree;
  SymTable st;
  CompileError err;
  uint32_t future = future_flags & CO_FUTURE_MASK;
  std::unordered_set<const ast::Stmt*> future_block;
  bool ok = mode == CompileMode::Eval || find_future_block(*mod, &future, &future_block, err);
  st.future_annotations = (future & CO_FUTURE_ANNOTATIONS) != 0;
  ok = ok && build_symtable(*mod, mode == CompileMode::Eval, st, err);
  CodeObject* code = nullptr;
  if (ok) {
    Compiler c(source, fname, mode, st);
    c.future_flags_ = future;
    c.future_block_ = std::move(future_block);
    try {
      code = c.compile_module(*mod);
    } catch (const CompileAbort&) {
      code = nullptr;
      if (c.has_error) err = c.error;
      else if (!rt::err_occurred()) rt::err_set_string(rt::Exc_SystemError, "compiler failed");
      if (!c.has_error) return nullptr;
      ok = false;
    }
  }
  if (ok) return code;
  if (err.recursion) {
    rt::err_set_string(rt::Exc_RecursionError, err.msg.c_str());
    return nullptr;
  }
  std::string text = source_line(source, err.pos.lineno);
  std::string end_text = err.pos.end_lineno == err.pos.lineno ? text : source_line(source, err.pos.end_lineno);
  int offset = char_offset(text, err.pos.col);
  int end_offset = err.pos.end_lineno > 0 ? char_offset(end_text, err.pos.end_col) : offset;
  raise_syntax_error(rt::Exc_SyntaxError, err.msg, fname, err.pos.lineno, offset, text,
                     err.pos.end_lineno > 0 ? err.pos.end_lineno : err.pos.lineno, end_offset);
  return nullptr;
}

}  // namespace interp

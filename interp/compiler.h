// The bytecode compiler's internals (shared by compiler.cpp, compile_stmt.cpp
// and compile_expr.cpp).  The public entry point is interp::compile_source()
// in interp/code.h.
//
// One Unit is one code object being built.  Instructions are appended with
// symbolic labels as jump arguments; assemble() resolves them to absolute
// instruction indexes, computes the exact stack depth and makes the
// CodeObject.  Errors are raised as CompileAbort (a C++ exception local to the
// compiler): either a CompileError to turn into a SyntaxError, or a Python
// exception that is already set.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ast.h"
#include "code.h"
#include "opcodes.h"
#include "symtable.h"

namespace interp {

struct CompileAbort {};

enum class UnitKind { Module, Class, Function, Lambda, Comprehension };

// Compile-time blocks: what return/break/continue must undo on the way out.
enum class FBlockType { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, HandlerCleanup, PopValue,
                        ExceptionHandler,
                        ExceptStarHandler,  // the body of an except* clause (no break/continue/return)
                        AsyncWith };  // async/await: leaving it calls and awaits __aexit__(None, None, None)

struct FBlock {
  FBlockType type;
  int start = -1;  // loops: the continue target
  int exit = -1;   // loops: the break target
  const ast::StmtList* finalbody = nullptr;  // FinallyTry
  std::string name;                          // HandlerCleanup: the `as` name ("" none)
};

// Where an instruction comes from (interp/code.h); see "Source positions" in compiler.cpp.
using SrcLoc = SourcePos;

// One match-case pattern being compiled (interp/compile_match.cpp).  The
// stack above the case's base is [captures][pending][subject]: `names` are
// the captured names (names[0]'s value on top of the captures), `pending`
// the items still to be matched, and fail[n] jumps to code that pops n
// items and goes on to the next case (or the next alternative of an or).
struct PatternState {
  std::vector<std::string> names;
  int pending = 0;
  std::vector<int> fail;  // label ids, made on demand
  bool allow_irrefutable = false;
};

struct Instr {
  uint8_t op;
  uint32_t arg;  // label id for jump opcodes until assembly
  int line;      // -1: artificial (no line of its own, no 'line' trace event)
  SrcLoc loc;    // the full position (loc.lineno == line)
};

// An owned Python reference, released on destruction.
struct Ref {
  Object* o = nullptr;
  Ref() = default;
  explicit Ref(Object* p) : o(p) {}
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  Ref(Ref&& r) noexcept : o(r.o) { r.o = nullptr; }
  ~Ref() { if (o) rt::decref(o); }
  Object* release() { Object* p = o; o = nullptr; return p; }
};

// Names held in first-use order with an index map.
struct NameList {
  std::vector<std::string> items;
  std::unordered_map<std::string, int> index;
  int add(const std::string& n) {
    auto it = index.find(n);
    if (it != index.end()) return it->second;
    int i = int(items.size());
    items.push_back(n);
    index.emplace(n, i);
    return i;
  }
  int find(const std::string& n) const {
    auto it = index.find(n);
    return it == index.end() ? -1 : it->second;
  }
};

struct Unit {
  UnitKind kind = UnitKind::Module;
  SymBlock* ste = nullptr;
  std::string name, qualname, private_name;
  int firstlineno = 1;
  int argcount = 0, posonly = 0, kwonly = 0;
  uint32_t flags = 0;
  std::vector<Instr> code;
  std::vector<int> labels;  // label id -> instruction index (-1 unbound)
  std::vector<Ref> consts;
  std::unordered_map<std::string, int> const_index;
  NameList names, varnames, cellvars, freevars;
  std::vector<FBlock> fblocks;
  Ref docstring;
  int line = 1;
  SrcLoc loc;            // the node being compiled; used by emit() while loc.lineno == line
  int code_counter = 0;  // unique keys for nested code constants
};

class Compiler {
 public:
  Compiler(std::string_view source, const char* filename, CompileMode mode, SymTable& st);
  CodeObject* compile_module(const ast::Module& m);  // throws CompileAbort
  CompileError error;                                // filled when the abort is a syntax error
  bool has_error = false;

  // ---- core (compiler.cpp) ----
  [[noreturn]] void fail(const std::string& msg, const ast::Node* at);
  [[noreturn]] void fail_pyerr();  // a Python exception is already set
  // ---- SyntaxWarnings (compile_warnings.cpp) ----
  void warn(const std::string& msg, const ast::Node* at);  // may fail() when a filter makes it an error
  void check_compare(const ast::Compare* c);
  void check_assert(const ast::Assert* a);
  void check_caller(const ast::Call* c);
  void check_subscript(const ast::Subscript* s);
  void emit(int op, uint32_t arg = 0);
  // The current location: instructions emitted from here on come from node n.
  void set_loc(const ast::Node* n);
  // Instructions emitted from here on are artificial bookkeeping (line -1)
  // until the next set_loc / visit: no 'line' trace event of their own.
  void set_artificial() { u->line = -1; }
  // A statement that compiles to nothing (`pass`, a constant): a NOP carrying its
  // line when no instruction has that line yet, for tracing and dis (CPython 3.11).
  void line_marker(const ast::Stmt* s);
  // An attribute `a.b` spread over lines is located at its name (CPython 3.11).
  void loc_to_attr_name(const ast::Attribute* a);
  void emit_jump(int op, int label) { emit(op, uint32_t(label)); }
  int new_label();
  void bind(int label);
  int add_const(Object* steal, const std::string& key);
  int const_none();
  int const_str(const std::string& s);
  int constant_index(const ast::Constant* c);
  Object* constant_object(const ast::Constant* c, std::string* key);  // new ref
  int name_index(const std::string& n) { return u->names.add(n); }
  std::string mangled(const std::string& n) const { return mangle(u->private_name, n); }
  void nameop(const std::string& raw, ast::ExprContext ctx);
  int deref_index(const std::string& n);
  void push_fblock(FBlockType t, const ast::Node* at, int start = -1, int exit = -1,
                   const ast::StmtList* finalbody = nullptr, const std::string& name = "");
  void pop_fblock() { u->fblocks.pop_back(); }
  void unwind_fblock(const FBlock& fb, bool preserve_tos);
  int unwind_fblock_stack(bool preserve_tos, bool stop_at_loop);  // returns the loop's index or -1
  void enter_unit(UnitKind kind, SymBlock* ste, const std::string& name, int firstlineno);
  CodeObject* exit_unit();  // assemble the current unit and pop it (new ref)
  void drop_unreachable();  // before assembly: remove instructions no path reaches
  void make_closure(CodeObject* code, uint32_t flags);
  std::string qualname_for(const std::string& name, UnitKind kind);
  SymBlock* block_for(const ast::Node* n);
  void depth_enter(const ast::Node* n);
  void depth_leave() { depth_--; }

  // ---- statements (compile_stmt.cpp) ----
  void visit_stmts(const ast::StmtList& l);
  void visit_stmt(ast::Stmt* s);
  void visit_body_with_docstring(const ast::StmtList& body, bool store_doc);
  void compile_function(ast::FunctionDef* f);
  void compile_class(ast::ClassDef* c);
  void compile_try_except(ast::Try* t);
  void compile_try_prologue(ast::Try* t, int handler, int end, int cleanup);
  void compile_try_finally(ast::Try* t);
  void compile_with(ast::With* w, size_t item);
  void compile_for(ast::For* f);
  void compile_while(ast::While* w);
  void compile_return(ast::Return* r);
  void compile_import(ast::Import* s);
  void compile_import_from(ast::ImportFrom* s);
  void compile_ann_assign(ast::AnnAssign* a);
  void compile_aug_assign(ast::AugAssign* a);
  void compile_delete(ast::Expr* e);
  uint32_t compile_defaults(ast::Arguments* a);
  uint32_t compile_annotations(ast::FunctionDef* f);  // MAKE_FUNCTION flag 4 (or 0)

  // ---- match statements (compile_match.cpp) ----
  void compile_match(ast::Match* m);
  void compile_pattern(ast::Pattern* p, PatternState& st);
  void compile_subpattern(ast::Pattern* p, PatternState& st);
  void pattern_sequence(ast::MatchSequence* p, PatternState& st);
  void pattern_mapping(ast::MatchMapping* p, PatternState& st);
  void pattern_class(ast::MatchClass* p, PatternState& st);
  void pattern_or(ast::MatchOr* p, PatternState& st);
  void pattern_capture(const std::string& name, PatternState& st);
  void pattern_fail_if_false(PatternState& st, int pops);
  int pattern_fail_label(PatternState& st, int pops);
  void pattern_emit_fail_pops(PatternState& st);
  void rotate_down(int n);
  [[noreturn]] void pattern_fail(const std::string& msg);
  const ast::Node* pattern_loc_ = nullptr;  // the pattern entered last (CPython's error location)

  // ---- except* (compile_trystar.cpp) ----
  void compile_try_star(ast::Try* t);
  void check_except_star_exit(bool to_loop, const ast::Node* at);

  // ---- async/await (compile_async.cpp) ----
  bool in_async_function() const;        // the unit is an `async def` body
  bool await_allowed_here() const;       // an async def body or a comprehension
  void emit_await(uint32_t where);       // GET_AWAITABLE where; LOAD_CONST None; YIELD_FROM
  void emit_async_exit_call();           // [aexit] -> []: aexit(None, None, None), awaited
  void emit_await_anext();               // inside SETUP_FINALLY: [aiter] -> [aiter, next item]; POP_BLOCK
  void compile_await(ast::Await* a);
  void check_async_stmt(ast::Stmt* s, const char* what);  // 'async for'/'async with' outside async function
  void check_async_comprehension(ast::Expr* e, bool enclosing_ok);
  static uint32_t code_kind_flags(bool async_def_or_comp, bool generator);  // CO_GENERATOR / CO_COROUTINE / ...

  // ---- expressions (compile_expr.cpp) ----
  void visit_expr(ast::Expr* e);
  void visit_expr_inner(ast::Expr* e);
  void store_target(ast::Expr* e);
  void unpack_into(const ast::ExprList& elts, ast::Expr* whole);
  void jump_if(ast::Expr* e, int label, bool cond);
  void compile_call(ast::Call* c);
  void call_helper(int already_pushed, const ast::ExprList& args, const std::vector<ast::Keyword*>& kws,
                   const ast::Node* at);
  bool fold_display(const ast::ExprList& elts, bool as_frozenset, Ref* out, std::string* key);
  void visit_iter(ast::Expr* e);  // a for/in iterable: constant list/set displays folded
  void compile_sequence(const ast::ExprList& elts, int build_op, int add_op, int extend_op, bool tuple);
  void compile_dict(ast::Dict* d);
  void compile_compare(ast::Compare* c);
  void compile_comprehension(ast::Expr* e, CompKind kind, const std::vector<ast::Comprehension*>& gens,
                             ast::Expr* elt, ast::Expr* value);
  void comprehension_generator(const std::vector<ast::Comprehension*>& gens, size_t i, CompKind kind,
                               ast::Expr* elt, ast::Expr* value);
  void compile_lambda(ast::Lambda* l);
  void compile_joined_str(ast::JoinedStr* j);
  void compile_formatted_value(ast::FormattedValue* f);
  void compile_subscript_slice(ast::Expr* slice);
  bool fold_constant(ast::Expr* e, Ref* out, std::string* key);  // constant tuple / negated number

  // ---- annotations (ast_unparse.cpp): PEP 563 keeps them as the source text of the expression ----
  std::string unparse_annotation(const ast::Expr* e);
  bool future_annotations() const { return (future_flags_ & CO_FUTURE_ANNOTATIONS) != 0; }
  uint32_t future_flags_ = 0;                        // CO_FUTURE_* bits: every code object gets them
  std::unordered_set<const ast::Stmt*> future_block_;  // the module's leading future statements

  std::string_view source_;
  std::string filename_;
  CompileMode mode_;
  SymTable& st_;
  Ref filename_obj_;
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* u = nullptr;
  int depth_ = 0;
};

// The module's future block (interp/future.cpp): its statements go into *block and
// the flags of their features into *flags; false with err filled on a bad feature.
bool find_future_block(const ast::Module& m, uint32_t* flags, std::unordered_set<const ast::Stmt*>* block,
                       CompileError& err);

// The constant-table key of a complex constant: "c" and the bytes of both
// parts, so that 0j, -0j and 0.0 stay distinct constants.
std::string complex_const_key(double real, double imag);

// Compute the maximum value-stack depth of assembled code (exposed for tests).
int compute_stack_depth(const uint32_t* instrs, int n, int initial_depth, bool* consistent);
// One instruction's stack effect (jump: on the branch taken) and whether it
// never falls through to the next one (dis.stack_effect, frame jumps).
int opcode_stack_effect(int op, uint32_t arg, bool jump);
bool opcode_is_terminal(int op);

}  // namespace interp

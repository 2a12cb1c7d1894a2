// The abstract syntax tree: what the parser (interp/parser.y) builds and the
// compiler (interp/compiler.cpp) reads.  It follows Python's own `ast` module
// (same node names and fields) minus type annotations' evaluation.  The async
// forms are flags on their synchronous nodes (FunctionDef, For, With and
// Comprehension::is_async); `await` is its own expression node.
//
// Nodes are owned by an Arena and freed with it; child pointers are plain
// pointers.  Positions are 1-based lines and 0-based UTF-8 byte columns, as in
// CPython.
#pragma once
#include <memory>
#include <string>
#include <vector>

namespace interp::ast {

struct Node {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
  virtual ~Node() = default;
};

struct Arena {
  std::vector<std::unique_ptr<Node>> nodes;
  template <class T, class... A>
  T* make(A&&... a) {
    auto p = std::make_unique<T>(std::forward<A>(a)...);
    T* raw = p.get();
    nodes.push_back(std::move(p));
    return raw;
  }
};

// ---------------------------------------------------------------- expressions
enum class ExprKind {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp, GeneratorExp,
  Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant, Attribute, Subscript, Starred,
  Name, List, Tuple, Slice,
  Await,  // async/await
};
enum class ExprContext { Load, Store, Del };
enum class BoolOpKind { And, Or };
// Same order as rt::BinOp (interp/binops.def).
enum class OperatorKind { Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitXor, BitOr };
enum class UnaryOpKind { Invert, Not, UAdd, USub };
// Eq..GtE in the order of rt::CompareOp is NOT assumed: map explicitly.
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr : Node {
  ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}
};
using ExprList = std::vector<Expr*>;

struct Stmt;
using StmtList = std::vector<Stmt*>;

struct Arg : Node {  // one parameter
  std::string arg;
  Expr* annotation = nullptr;  // parsed, ignored by the compiler
};
struct Arguments : Node {
  std::vector<Arg*> posonlyargs, args;
  Arg* vararg = nullptr;              // *args
  std::vector<Arg*> kwonlyargs;
  ExprList kw_defaults;               // one per kwonlyarg, nullptr where none
  Arg* kwarg = nullptr;               // **kwargs
  ExprList defaults;                  // for the last len(defaults) of posonlyargs + args
};
struct Keyword : Node {
  std::string arg;  // empty: **expr
  Expr* value = nullptr;
};
struct Comprehension : Node {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  ExprList ifs;
  bool is_async = false;
};

struct BoolOp : Expr { BoolOp() : Expr(ExprKind::BoolOp) {} BoolOpKind op; ExprList values; };
struct NamedExpr : Expr { NamedExpr() : Expr(ExprKind::NamedExpr) {} Expr* target; Expr* value; };
struct BinOp : Expr { BinOp() : Expr(ExprKind::BinOp) {} Expr* left; OperatorKind op; Expr* right; };
struct UnaryOp : Expr { UnaryOp() : Expr(ExprKind::UnaryOp) {} UnaryOpKind op; Expr* operand; };
struct Lambda : Expr { Lambda() : Expr(ExprKind::Lambda) {} Arguments* args; Expr* body; };
struct IfExp : Expr { IfExp() : Expr(ExprKind::IfExp) {} Expr* test; Expr* body; Expr* orelse; };
struct Dict : Expr { Dict() : Expr(ExprKind::Dict) {} ExprList keys; ExprList values; };  // key nullptr: **value
struct Set : Expr { Set() : Expr(ExprKind::Set) {} ExprList elts; };
struct ListComp : Expr { ListComp() : Expr(ExprKind::ListComp) {} Expr* elt; std::vector<Comprehension*> generators; };
struct SetComp : Expr { SetComp() : Expr(ExprKind::SetComp) {} Expr* elt; std::vector<Comprehension*> generators; };
struct DictComp : Expr { DictComp() : Expr(ExprKind::DictComp) {} Expr* key; Expr* value; std::vector<Comprehension*> generators; };
struct GeneratorExp : Expr { GeneratorExp() : Expr(ExprKind::GeneratorExp) {} Expr* elt; std::vector<Comprehension*> generators; };
struct Yield : Expr { Yield() : Expr(ExprKind::Yield) {} Expr* value = nullptr; };
struct YieldFrom : Expr { YieldFrom() : Expr(ExprKind::YieldFrom) {} Expr* value; };
struct Compare : Expr { Compare() : Expr(ExprKind::Compare) {} Expr* left; std::vector<CmpOpKind> ops; ExprList comparators; };
struct Call : Expr { Call() : Expr(ExprKind::Call) {} Expr* func; ExprList args; std::vector<Keyword*> keywords; };
struct FormattedValue : Expr {
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
  Expr* value;
  int conversion = -1;          // -1 none, 's', 'r', 'a'
  Expr* format_spec = nullptr;  // a JoinedStr or nullptr
};
struct JoinedStr : Expr { JoinedStr() : Expr(ExprKind::JoinedStr) {} ExprList values; };  // Constant(str) and FormattedValue

// Constant values are kept as C++ values; the compiler makes the objects.
// Tuple and FrozenSet (of constant items) only come from trees built in Python
// and compiled with compile(tree, ...) (stdlib/_ast_to.cpp); the parser never makes them.
enum class ConstKind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet };
struct Constant : Expr {
  Constant() : Expr(ExprKind::Constant) {}
  ConstKind ckind = ConstKind::None;
  std::string text;   // Int: the digits as written minus '_' (with 0x/0o/0b prefix); Str: UTF-8; Bytes: raw bytes
  double fval = 0;    // Float and Complex (imaginary part)
  bool u_prefix = false;  // Str: the first literal was written u'...' (ast's Constant.kind 'u')
  double real = 0;        // Complex: the real part (non-zero only in trees from _ast)
  std::vector<Constant*> items;  // Tuple, FrozenSet
};
struct Attribute : Expr { Attribute() : Expr(ExprKind::Attribute) {} Expr* value; std::string attr; ExprContext ctx = ExprContext::Load; };
struct Subscript : Expr { Subscript() : Expr(ExprKind::Subscript) {} Expr* value; Expr* slice; ExprContext ctx = ExprContext::Load; };
struct Starred : Expr { Starred() : Expr(ExprKind::Starred) {} Expr* value; ExprContext ctx = ExprContext::Load; };
struct Name : Expr { Name() : Expr(ExprKind::Name) {} std::string id; ExprContext ctx = ExprContext::Load; };
struct List : Expr { List() : Expr(ExprKind::List) {} ExprList elts; ExprContext ctx = ExprContext::Load; };
struct Tuple : Expr { Tuple() : Expr(ExprKind::Tuple) {} ExprList elts; ExprContext ctx = ExprContext::Load; };
struct Slice : Expr { Slice() : Expr(ExprKind::Slice) {} Expr* lower = nullptr; Expr* upper = nullptr; Expr* step = nullptr; };
struct Await : Expr { Await() : Expr(ExprKind::Await) {} Expr* value; };

// ----------------------------------------------------------------- statements
enum class StmtKind {
  FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If, With, Raise, Try,
  Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue,
  // match and except* (docs/match.md, docs/excgroups.md)
  Match, TryStar
};
struct Stmt : Node {
  StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
};

struct Alias : Node { std::string name; std::string asname; };  // asname empty: none; name "*" for star
struct WithItem : Node { Expr* context_expr; Expr* optional_vars = nullptr; };
struct ExceptHandler : Node {  // name empty: none
  Expr* type = nullptr; std::string name; StmtList body;
  bool star = false;  // an `except*` clause (its Try is a TryStar)
};

struct FunctionDef : Stmt {
  FunctionDef() : Stmt(StmtKind::FunctionDef) {}
  std::string name; Arguments* args; StmtList body; ExprList decorator_list; Expr* returns = nullptr;
  bool is_async = false;  // async def
};
struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name; ExprList bases; std::vector<Keyword*> keywords; StmtList body; ExprList decorator_list;
};
struct Return : Stmt { Return() : Stmt(StmtKind::Return) {} Expr* value = nullptr; };
struct Delete : Stmt { Delete() : Stmt(StmtKind::Delete) {} ExprList targets; };
struct Assign : Stmt { Assign() : Stmt(StmtKind::Assign) {} ExprList targets; Expr* value; };  // a = b = value
struct AugAssign : Stmt { AugAssign() : Stmt(StmtKind::AugAssign) {} Expr* target; OperatorKind op; Expr* value; };
struct AnnAssign : Stmt { AnnAssign() : Stmt(StmtKind::AnnAssign) {} Expr* target; Expr* annotation; Expr* value = nullptr; bool simple = true; };
struct For : Stmt { For() : Stmt(StmtKind::For) {} Expr* target; Expr* iter; StmtList body; StmtList orelse; bool is_async = false; };
struct While : Stmt { While() : Stmt(StmtKind::While) {} Expr* test; StmtList body; StmtList orelse; };
struct If : Stmt { If() : Stmt(StmtKind::If) {} Expr* test; StmtList body; StmtList orelse; };
struct With : Stmt { With() : Stmt(StmtKind::With) {} std::vector<WithItem*> items; StmtList body; bool is_async = false; };
struct Raise : Stmt { Raise() : Stmt(StmtKind::Raise) {} Expr* exc = nullptr; Expr* cause = nullptr; };
struct Try : Stmt {  // kind TryStar: the handlers are `except*` clauses
  explicit Try(StmtKind k = StmtKind::Try) : Stmt(k) {}
  StmtList body; std::vector<ExceptHandler*> handlers; StmtList orelse; StmtList finalbody;
};
struct Assert : Stmt { Assert() : Stmt(StmtKind::Assert) {} Expr* test; Expr* msg = nullptr; };
struct Import : Stmt { Import() : Stmt(StmtKind::Import) {} std::vector<Alias*> names; };
struct ImportFrom : Stmt { ImportFrom() : Stmt(StmtKind::ImportFrom) {} std::string module; std::vector<Alias*> names; int level = 0; };
struct Global : Stmt { Global() : Stmt(StmtKind::Global) {} std::vector<std::string> names; };
struct Nonlocal : Stmt { Nonlocal() : Stmt(StmtKind::Nonlocal) {} std::vector<std::string> names; };
struct ExprStmt : Stmt { ExprStmt() : Stmt(StmtKind::Expr) {} Expr* value; };
struct Pass : Stmt { Pass() : Stmt(StmtKind::Pass) {} };
struct Break : Stmt { Break() : Stmt(StmtKind::Break) {} };
struct Continue : Stmt { Continue() : Stmt(StmtKind::Continue) {} };

// ------------------------------------------------------------------- patterns
// The `match` statement (PEP 634) and its patterns, as in Python's `ast`.
enum class PatternKind { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs,
                         MatchOr };
struct Pattern : Node {
  PatternKind kind;
  explicit Pattern(PatternKind k) : kind(k) {}
};
using PatternList = std::vector<Pattern*>;
// A literal or dotted-name value, compared with ==.
struct MatchValue : Pattern { MatchValue() : Pattern(PatternKind::MatchValue) {} Expr* value = nullptr; };
// None, True or False (ConstKind), compared by identity.
struct MatchSingleton : Pattern { MatchSingleton() : Pattern(PatternKind::MatchSingleton) {} ConstKind value = ConstKind::None; };
struct MatchSequence : Pattern { MatchSequence() : Pattern(PatternKind::MatchSequence) {} PatternList patterns; };
struct MatchMapping : Pattern {
  MatchMapping() : Pattern(PatternKind::MatchMapping) {}
  ExprList keys; PatternList patterns;
  std::string rest;  // `**rest`; empty: none
};
struct MatchClass : Pattern {
  MatchClass() : Pattern(PatternKind::MatchClass) {}
  Expr* cls = nullptr; PatternList patterns;
  std::vector<std::string> kwd_attrs; PatternList kwd_patterns;
};
struct MatchStar : Pattern { MatchStar() : Pattern(PatternKind::MatchStar) {} std::string name; };  // empty: *_
// `p as name`, a capture (pattern null) or the wildcard (both empty).
struct MatchAs : Pattern { MatchAs() : Pattern(PatternKind::MatchAs) {} Pattern* pattern = nullptr; std::string name; };
struct MatchOr : Pattern { MatchOr() : Pattern(PatternKind::MatchOr) {} PatternList patterns; };
struct MatchCase : Node { Pattern* pattern = nullptr; Expr* guard = nullptr; StmtList body; };
struct Match : Stmt { Match() : Stmt(StmtKind::Match) {} Expr* subject = nullptr; std::vector<MatchCase*> cases; };

// A parsed source file (mode File), expression (Eval) or REPL input (Single).
struct Module {
  Arena arena;
  StmtList body;       // File and Single
  Expr* expr = nullptr;  // Eval
};

// The parser's entry point (interp/parser.y).  On error returns nullptr and
// fills `err` (CPython's message, 1-based line, 1-based column offset, the line's text).
struct SyntaxErrorInfo {
  std::string msg;         // "invalid syntax", "expected ':'", "unexpected indent", ...
  std::string type = "SyntaxError";  // or "IndentationError" / "TabError"
  int lineno = 0;
  int offset = 0;          // 1-based column of the caret
  int end_offset = 0;
  std::string text;        // the offending line (without the newline)
  bool incomplete = false; // the input ended inside an open bracket, block or string (REPL: ask for more)
};
enum class ParseMode { File, Eval, Single };
std::unique_ptr<Module> parse(std::string_view source, const std::string& filename, ParseMode mode,
                              SyntaxErrorInfo* err);

// An indented dump in the style of ast.dump(), for tests.
std::string dump(const Module& m);

}  // namespace interp::ast

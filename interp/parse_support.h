// Helpers the grammar actions of interp/parser.y call: the parse context,
// list holders, target validation, argument building and string-literal
// decoding (including f-strings).  Private to the front end.
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "interp/ast.h"
#include "interp/lexer.h"

namespace interp::ps {

using namespace interp::ast;

// Holders for grammar values that are lists; allocated in the module arena.
struct Seq : Node { ExprList v; bool trailing_comma = false; };
struct StmtSeq : Node { StmtList v; };
struct StrSeq : Node { std::vector<Token> toks; };
struct CompSeq : Node { std::vector<Comprehension*> v; };
struct ArgSeq : Node {
  ExprList args;
  std::vector<Keyword*> keywords;
  Expr* bare_genexp = nullptr;  // an unparenthesized generator argument
  int count = 0;
};
struct ArgItem : Node {
  Expr* pos = nullptr;     // positional or *starred
  Keyword* kw = nullptr;   // name=value or **mapping
  bool genexp = false;     // an unparenthesized generator expression
  bool star = false;
};
struct Param : Node {
  enum Kind { Plain, Slash, Star, DStar } pkind = Plain;
  Arg* arg = nullptr;  // null for '/' and bare '*'
  Expr* dflt = nullptr;
};
struct ParamSeq : Node { std::vector<Param*> v; };
struct AliasSeq : Node { std::vector<Alias*> v; };
struct HandlerSeq : Node { std::vector<ExceptHandler*> v; };
struct WithSeq : Node { std::vector<WithItem*> v; };
struct NameSeq : Node { std::vector<std::string> v; };
// Parts of an if/elif/try statement assembled bottom-up.
struct Tail : Node { StmtList orelse; };
// match statements (interp/parse_match.cpp, docs/match.md).
struct PatSeq : Node { PatternList v; bool trailing_comma = false; };
struct CaseSeq : Node { std::vector<MatchCase*> v; };
struct MapSeq : Node { ExprList keys; PatternList pats; std::string rest; bool has_rest = false; };
struct ClassArgSeq : Node { PatternList pos; std::vector<std::string> kw; PatternList kwpats; };

struct Ctx {
  Module* mod;
  Lexer lexer;
  ParseMode mode;
  std::string filename;
  SyntaxErrorInfo* err;
  bool failed = false;
  bool fstring_expr = false;  // parsing the expression of an f-string field
  int fline = 0, fcol = 0;    // where that expression starts in the real source
  int start_token_sent = 0;
  int top_stmts = 0;
  // token history for error messages
  Token cur{}, prev{}, prev2{};
  int stmt_first_index = 0;   // index of the first token of the current statement
  Token stmt_first{};
  int tok_index = 0;
  int depth = 0, depth_before = 0;  // bracket depth after / before the current token
  bool last_was_with = false;
  std::deque<std::pair<Tok, Token>> pending;
  // soft keywords: one entry per open INDENT, true for the block of a match statement
  std::vector<char> match_blocks;
  bool next_indent_is_match = false;
  // the outermost expression node ending where the previous token ends
  int last_expr_line = 0, last_expr_col = -1, last_expr_end_line = 0, last_expr_end_col = -1;

  Ctx(Module* m, std::string_view src, ParseMode md, SyntaxErrorInfo* e)
      : mod(m), lexer(src, md == ParseMode::Single), mode(md), err(e) {}

  template <class T>
  T* make() { return mod->arena.make<T>(); }

  // Record a syntax error at a node's range (first error wins).
  void error_at(const std::string& msg, int line, int col, int end_line, int end_col,
                const char* type = "SyntaxError");
  void error_node(const std::string& msg, const Node* n) {
    error_at(msg, n->lineno, n->col_offset, n->end_lineno, n->end_col_offset);
  }
  void note_expr(const Node* n);
};

// The CPython name of an expression kind in error messages ("function call", "literal").
const char* expr_name(const Expr* e);

// Set ctx Store/Del on an assignment/deletion target, or report why it cannot be one.
// hint: add " here. Maybe you meant '==' instead of '='?" where CPython does.
bool set_store(Ctx* c, Expr* e, bool hint);
bool set_del(Ctx* c, Expr* e);
bool check_augassign_target(Ctx* c, Expr* e);
bool check_ann_target(Ctx* c, Expr* e);
bool check_named_target(Ctx* c, Expr* target);

// Build Arguments from a parameter list, checking the order rules.
Arguments* build_arguments(Ctx* c, ParamSeq* ps, bool is_lambda);
// Add one call argument, checking ordering rules.
bool add_call_arg(Ctx* c, ArgSeq* a, ArgItem* item);

// Turn consecutive STRING tokens into a Constant (str/bytes) or JoinedStr.
Expr* make_string(Ctx* c, StrSeq* s);
// Number literal text to a Constant.
Expr* make_number(Ctx* c, const Token& t);

// ---- match statements (interp/parse_match.cpp) ----
// The token to give the grammar for a NAME at the start of a statement:
// KW_MATCH / KW_CASE when the soft keyword begins a match statement or a
// case block (may read ahead into ctx->pending), else 0.
enum class SoftKw { None, Match, Case };
SoftKw soft_keyword(Ctx* c, const Token& t);
// Patterns from the grammar's pieces; nullptr after reporting a SyntaxError.
Pattern* pattern_from_items(Ctx* c, PatSeq* s, bool open, const Node* at);
Pattern* capture_or_value(Ctx* c, Expr* name_or_attr);
Pattern* literal_pattern(Ctx* c, Expr* lit);
Expr* complex_literal(Ctx* c, Expr* real, bool minus, Expr* imag, const Node* at);
Pattern* as_pattern(Ctx* c, Pattern* p, const Token& name, const Node* at);
bool add_class_arg(Ctx* c, ClassArgSeq* s, const std::string* kw, Pattern* p);
bool add_mapping_item(Ctx* c, MapSeq* s, Expr* key, Pattern* p, const Token* rest, const Node* at);
Stmt* make_try(Ctx* c, StmtList body, HandlerSeq* handlers, StmtList orelse, StmtList finalbody);

// Run the parser proper (interp/parser.y).
int run_parser(Ctx* c);
// Parse the expression of an f-string field into the same module arena.
Expr* parse_fstring_expr(Ctx* c, std::string_view text, int line, int col);

}  // namespace interp::ps

// The Python 3.11 grammar as an LALR(1) Bison parser.
//
// Assignment targets, keyword arguments and parameters are parsed as general
// expressions and then checked and converted (interp/parse_support.cpp).  The
// mode (file, eval, single) is chosen by a start token the lexer adapter
// emits first.  Every node gets its source range from the Bison locations.
%define api.pure full
%locations
%define parse.error custom
%define parse.lac full
%parse-param {interp::ps::Ctx* ctx}
%lex-param {interp::ps::Ctx* ctx}

%code requires {
#include "interp/parse_support.h"
}

%union {
  interp::ast::Expr* expr;
  interp::ast::Stmt* stmt;
  interp::ps::Seq* seq;
  interp::ps::StmtSeq* stmts;
  interp::ps::StrSeq* strs;
  interp::ps::CompSeq* comps;
  interp::ast::Comprehension* comp;
  interp::ps::ArgSeq* args;
  interp::ps::ArgItem* argitem;
  interp::ps::Param* param;
  interp::ps::ParamSeq* params;
  interp::ast::Arguments* arguments;
  interp::ast::Alias* alias;
  interp::ps::AliasSeq* aliases;
  interp::ast::ExceptHandler* handler;
  interp::ps::HandlerSeq* handlers;
  interp::ast::WithItem* witem;
  interp::ps::WithSeq* witems;
  interp::ps::NameSeq* names;
  interp::ps::Tail* tail;
  interp::ast::Pattern* pat;        // match statements
  interp::ps::PatSeq* pats;
  interp::ast::MatchCase* mcase;
  interp::ps::CaseSeq* mcases;
  interp::ps::MapSeq* mitems;
  interp::ps::ClassArgSeq* citems;
  interp::Token tok;
  int ival;
}

%code {
#include <cstring>

#include "runtime/api.h"
using namespace interp;
using namespace interp::ast;
using namespace interp::ps;

static int yylex(YYSTYPE* lval, YYLTYPE* lloc, Ctx* ctx);
// Only called by Bison for stack exhaustion ("memory exhausted"): nesting too
// deep for the parser (brackets alone stop earlier, in the lexer).  CPython's
// parser raises a bare MemoryError there; so do we.
static void parser_stack_exhausted(Ctx* ctx) {
  if (!rt::err_occurred()) rt::err_no_memory();
  ctx->failed = true;
}
static void yyerror(YYLTYPE*, Ctx* ctx, const char*) { parser_stack_exhausted(ctx); }

#define YYMAXDEPTH 20000

template <class T>
static T* mk(Ctx* c, const YYLTYPE& l) {
  T* n = c->make<T>();
  n->lineno = l.first_line;
  n->col_offset = l.first_column;
  n->end_lineno = l.last_line;
  n->end_col_offset = l.last_column;
  if constexpr (std::is_base_of_v<Expr, T>) c->note_expr(n);
  return n;
}
// A slice without a lower bound starts at its first ':' (an empty rule's
// location would start where the previous token ended, before any blanks).
static void slice_start(Slice* s, const Expr* lower, const YYLTYPE& colon) {
  if (lower) return;
  s->lineno = colon.first_line;
  s->col_offset = colon.first_column;
}
static void span(Node* n, const YYLTYPE& a, const Node* last) {
  n->lineno = a.first_line;
  n->col_offset = a.first_column;
  n->end_lineno = last->end_lineno;
  n->end_col_offset = last->end_col_offset;
}
static void span_to_body(Stmt* s, const StmtList& body) {
  if (!body.empty()) {
    s->end_lineno = body.back()->end_lineno;
    s->end_col_offset = body.back()->end_col_offset;
  }
}
static Expr* seq_to_expr(Ctx* c, Seq* s, const YYLTYPE& l) {
  if (s->v.size() == 1 && !s->trailing_comma) return s->v[0];
  Tuple* t = mk<Tuple>(c, l);
  t->elts = std::move(s->v);
  return t;
}
static Expr* binop(Ctx* c, const YYLTYPE& l, Expr* a, OperatorKind op, Expr* b) {
  BinOp* e = mk<BinOp>(c, l);
  e->left = a; e->op = op; e->right = b;
  return e;
}
static Expr* unop(Ctx* c, const YYLTYPE& l, UnaryOpKind op, Expr* a) {
  UnaryOp* e = mk<UnaryOp>(c, l);
  e->op = op; e->operand = a;
  return e;
}
static Expr* boolop(Ctx* c, const YYLTYPE& l, BoolOpKind op, Expr* a, Expr* b, bool chain) {
  if (chain && a->kind == ExprKind::BoolOp && static_cast<BoolOp*>(a)->op == op) {
    BoolOp* e = static_cast<BoolOp*>(a);
    e->values.push_back(b);
    e->end_lineno = l.last_line; e->end_col_offset = l.last_column;
    return e;
  }
  BoolOp* e = mk<BoolOp>(c, l);
  e->op = op; e->values = {a, b};
  return e;
}
static Expr* name(Ctx* c, const YYLTYPE& l, const Token& t) {
  Name* n = mk<Name>(c, l);
  n->id.assign(t.start, t.end);
  return n;
}
static Constant* konst(Ctx* c, const YYLTYPE& l, ConstKind k) {
  Constant* n = mk<Constant>(c, l);
  n->ckind = k;
  return n;
}
static Stmt* make_assign(Ctx* c, const YYLTYPE& l, Expr* first, Seq* rest) {
  // first = rest[0] = ... = rest[n-1]; the last is the value.
  Expr* value = rest->v.back();
  ExprList targets;
  targets.push_back(first);
  for (size_t i = 0; i + 1 < rest->v.size(); i++) targets.push_back(rest->v[i]);
  for (size_t i = 0; i < targets.size(); i++) {
    Expr* t = targets[i];
    if (i > 0 && (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom)) {
      c->error_node("assignment to yield expression not possible", t);
      return nullptr;
    }
    bool last = i + 1 == targets.size();
    bool hint = last && value->kind != ExprKind::Yield && value->kind != ExprKind::YieldFrom;
    if (!set_store(c, t, hint)) return nullptr;
  }
  Assign* a = mk<Assign>(c, l);
  a->targets = std::move(targets);
  a->value = value;
  return a;
}
static Expr* make_compare(Ctx* c, const YYLTYPE& l, Expr* a, CmpOpKind op, Expr* b, bool chain) {
  if (chain && a->kind == ExprKind::Compare) {
    Compare* e = static_cast<Compare*>(a);
    e->ops.push_back(op);
    e->comparators.push_back(b);
    e->end_lineno = l.last_line; e->end_col_offset = l.last_column;
    return e;
  }
  Compare* e = mk<Compare>(c, l);
  e->left = a; e->ops = {op}; e->comparators = {b};
  return e;
}

static bool seq_add(Ctx* c, Seq* s, Expr* e, const YYLTYPE& comma) {
  if (s->trailing_comma) {
    c->error_at("invalid syntax", comma.first_line, comma.first_column, comma.last_line, comma.last_column);
    return false;
  }
  s->v.push_back(e);
  return true;
}
// `[*a for a in b]` (and in (), {}, f(...), x[...]): CPython's message, at the starred expression.
static bool star_comp_error(Ctx* c, const Expr* starred) {
  c->error_node("iterable unpacking cannot be used in comprehension", starred);
  return false;
}
static bool seq_trailing(Ctx* c, Seq* s, const YYLTYPE& comma) {
  if (s->trailing_comma) {
    c->error_at("invalid syntax", comma.first_line, comma.first_column, comma.last_line, comma.last_column);
    return false;
  }
  s->trailing_comma = true;
  return true;
}
static ArgItem* make_keyword_arg(Ctx* c, const YYLTYPE& l, Expr* lhs, Expr* value) {
  if (lhs->kind != ExprKind::Name) {
    if (lhs->kind == ExprKind::Constant) {
      ConstKind k = static_cast<Constant*>(lhs)->ckind;
      if (k == ConstKind::True || k == ConstKind::False || k == ConstKind::None) {
        c->error_at(std::string("cannot assign to ") + expr_name(lhs), lhs->lineno, lhs->col_offset,
                    value->lineno, value->col_offset);
        return nullptr;
      }
    }
    c->error_at("expression cannot contain assignment, perhaps you meant \"==\"?", lhs->lineno, lhs->col_offset,
                value->lineno, value->col_offset);
    return nullptr;
  }
  Keyword* k = mk<Keyword>(c, l);
  k->arg = static_cast<Name*>(lhs)->id;
  k->value = value;
  ArgItem* a = mk<ArgItem>(c, l);
  a->kw = k;
  return a;
}

#define CHECK(x) do { if (!(x)) YYABORT; } while (0)
}

%token START_FILE START_EVAL START_SINGLE
%token NEWLINE INDENT DEDENT
%token <tok> NAME NUMBER STRING
%token KW_FALSE "False" KW_NONE "None" KW_TRUE "True" KW_AND "and" KW_AS "as" KW_ASSERT "assert"
%token KW_ASYNC "async" KW_AWAIT "await" KW_BREAK "break" KW_CLASS "class" KW_CONTINUE "continue"
%token KW_DEF "def" KW_DEL "del" KW_ELIF "elif" KW_ELSE "else" KW_EXCEPT "except" KW_FINALLY "finally"
%token KW_FOR "for" KW_FROM "from" KW_GLOBAL "global" KW_IF "if" KW_IMPORT "import" KW_IN "in" KW_IS "is"
%token KW_LAMBDA "lambda" KW_NONLOCAL "nonlocal" KW_NOT "not" KW_OR "or" KW_PASS "pass" KW_RAISE "raise"
%token KW_RETURN "return" KW_TRY "try" KW_WHILE "while" KW_WITH "with" KW_YIELD "yield"
%token LPAR "(" RPAR ")" LSQB "[" RSQB "]" LBRACE "{" RBRACE "}" COLON ":" COMMA "," SEMI ";"
%token PLUS "+" MINUS "-" STAR "*" SLASH "/" VBAR "|" AMPER "&" LESS "<" GREATER ">" EQUAL "="
%token DOT "." PERCENT "%" EQEQUAL "==" NOTEQUAL "!=" LESSEQUAL "<=" GREATEREQUAL ">=" TILDE "~"
%token CIRCUMFLEX "^" LEFTSHIFT "<<" RIGHTSHIFT ">>" DOUBLESTAR "**" PLUSEQUAL "+=" MINEQUAL "-="
%token STAREQUAL "*=" SLASHEQUAL "/=" PERCENTEQUAL "%=" AMPEREQUAL "&=" VBAREQUAL "|=" CIRCUMFLEXEQUAL "^="
%token LEFTSHIFTEQUAL "<<=" RIGHTSHIFTEQUAL ">>=" DOUBLESTAREQUAL "**=" DOUBLESLASH "//" DOUBLESLASHEQUAL "//="
%token AT "@" ATEQUAL "@=" RARROW "->" ELLIPSIS "..." COLONEQUAL ":="
%token WITH_LPAR ERRORTOKEN
%token KW_MATCH KW_CASE  /* soft keywords, decided in yylex (interp/parse_match.cpp) */

%type <stmts> file_stmts stmt simple_stmts small_stmts suite block_stmts
%type <stmt> small_stmt expr_stmt compound_stmt if_stmt while_stmt for_stmt try_stmt with_stmt funcdef classdef
%type <stmt> import_stmt import_from decorated flow_stmt
%type <tail> elif_tail else_opt finally_opt
%type <expr> test or_test and_test not_test comparison expr xor_expr and_expr shift_expr arith_expr
%type <expr> term factor power atom_expr atom star_expr namedexpr_test named_or_star lambdef
%type <expr> yield_expr rhs testlist_star_expr exprlist subscript subscripts slice_part opt_test
%type <expr> test_or_star
%type <seq> star_list exprlist_items subscript_items dict_items dict_entry assign_rhs decorators pitems
%type <argitem> argument
%type <strs> strings
%type <comps> comp_for
%type <comp> comp_for_one
%type <args> arglist arg_items
%type <params> tparams vparams
%type <param> tparam vparam
%type <arguments> parameters varargslist_opt
%type <alias> dotted_as_name import_as_name
%type <aliases> dotted_as_names import_as_names import_targets
%type <tok> dotted_name
%type <ival> augassign comp_op dots dots_opt opt_comma
%type <stmt> async_stmt async_funcdef
%type <expr> await_primary
%type <handler> except_clause
%type <handlers> except_clauses
%type <witem> with_item
%type <witems> with_items
%type <names> name_list
/* match statements */
%type <stmt> match_stmt
%type <expr> match_subject guard_opt name_or_attr signed_number literal_expr mapping_key
%type <mcase> case_block
%type <mcases> case_blocks
%type <pat> patterns pattern or_pattern closed_pattern maybe_star_pattern mapping_pattern class_pattern
%type <pats> pattern_items
%type <mitems> mapping_items
%type <citems> class_items

%start input

%%

input
  : START_FILE file_stmts { ctx->mod->body = std::move($2->v); }
  | START_EVAL testlist_star_expr newlines_opt { ctx->mod->expr = $2; }
  | START_EVAL yield_expr newlines_opt { ctx->mod->expr = $2; }
  | START_SINGLE file_stmts {
      if (ctx->top_stmts > 1) {
        Stmt* s = $2->v[1];
        ctx->error_at("multiple statements found while compiling a single statement", s->lineno, s->col_offset,
                      s->end_lineno, s->end_col_offset);
        YYABORT;
      }
      ctx->mod->body = std::move($2->v);
    }
  ;

newlines_opt : %empty | newlines_opt NEWLINE ;

file_stmts
  : %empty { $$ = ctx->make<StmtSeq>(); }
  | file_stmts stmt { $$ = $1; for (Stmt* s : $2->v) $$->v.push_back(s); ctx->top_stmts++; }
  ;

stmt
  : simple_stmts { $$ = $1; }
  | compound_stmt { $$ = ctx->make<StmtSeq>(); $$->v.push_back($1); }
  ;

simple_stmts
  : small_stmts NEWLINE { $$ = $1; }
  | small_stmts ";" NEWLINE { $$ = $1; }
  ;

small_stmts
  : small_stmt { $$ = ctx->make<StmtSeq>(); $$->v.push_back($1); }
  | small_stmts ";" small_stmt { $$ = $1; $$->v.push_back($3); }
  ;

small_stmt
  : expr_stmt
  | "del" exprlist_items {
      Delete* d = mk<Delete>(ctx, @$);
      if ($2->v.size() == 1 && !$2->trailing_comma) d->targets.push_back($2->v[0]);
      else d->targets = $2->v;
      for (Expr* e : d->targets) CHECK(set_del(ctx, e));
      $$ = d;
    }
  | "pass" { $$ = mk<Pass>(ctx, @$); }
  | flow_stmt
  | import_stmt
  | "global" name_list { Global* g = mk<Global>(ctx, @$); g->names = std::move($2->v); $$ = g; }
  | "nonlocal" name_list { Nonlocal* g = mk<Nonlocal>(ctx, @$); g->names = std::move($2->v); $$ = g; }
  | "assert" test { Assert* a = mk<Assert>(ctx, @$); a->test = $2; $$ = a; }
  | "assert" test "," test { Assert* a = mk<Assert>(ctx, @$); a->test = $2; a->msg = $4; $$ = a; }
  ;

name_list
  : NAME { $$ = ctx->make<NameSeq>(); $$->v.emplace_back($1.start, $1.end); }
  | name_list "," NAME { $$ = $1; $$->v.emplace_back($3.start, $3.end); }
  ;

flow_stmt
  : "break" { $$ = mk<Break>(ctx, @$); }
  | "continue" { $$ = mk<Continue>(ctx, @$); }
  | "return" { $$ = mk<Return>(ctx, @$); }
  | "return" testlist_star_expr { Return* r = mk<Return>(ctx, @$); r->value = $2; $$ = r; }
  | "raise" { $$ = mk<Raise>(ctx, @$); }
  | "raise" test { Raise* r = mk<Raise>(ctx, @$); r->exc = $2; $$ = r; }
  | "raise" test "from" test { Raise* r = mk<Raise>(ctx, @$); r->exc = $2; r->cause = $4; $$ = r; }
  | yield_expr { ExprStmt* s = mk<ExprStmt>(ctx, @$); s->value = $1; $$ = s; }
  ;

expr_stmt
  : testlist_star_expr { ExprStmt* s = mk<ExprStmt>(ctx, @$); s->value = $1; $$ = s; }
  | testlist_star_expr assign_rhs { $$ = make_assign(ctx, @$, $1, $2); CHECK($$); }
  | testlist_star_expr augassign rhs {
      CHECK(check_augassign_target(ctx, $1));
      AugAssign* a = mk<AugAssign>(ctx, @$);
      a->target = $1; a->op = OperatorKind($2); a->value = $3;
      $$ = a;
    }
  | testlist_star_expr ":" test {
      CHECK(check_ann_target(ctx, $1));
      AnnAssign* a = mk<AnnAssign>(ctx, @$);
      a->target = $1; a->annotation = $3;
      a->simple = $1->kind == ExprKind::Name && $1->col_offset == @1.first_column && $1->lineno == @1.first_line &&
                  $1->end_col_offset == @1.last_column;
      $$ = a;
    }
  | testlist_star_expr ":" test "=" rhs {
      CHECK(check_ann_target(ctx, $1));
      AnnAssign* a = mk<AnnAssign>(ctx, @$);
      a->target = $1; a->annotation = $3; a->value = $5;
      a->simple = $1->kind == ExprKind::Name && $1->col_offset == @1.first_column && $1->lineno == @1.first_line &&
                  $1->end_col_offset == @1.last_column;
      $$ = a;
    }
  ;

assign_rhs
  : "=" rhs { $$ = ctx->make<Seq>(); $$->v.push_back($2); }
  | assign_rhs "=" rhs { $$ = $1; $$->v.push_back($3); }
  ;

rhs : yield_expr | testlist_star_expr ;

augassign
  : "+=" { $$ = int(OperatorKind::Add); }
  | "-=" { $$ = int(OperatorKind::Sub); }
  | "*=" { $$ = int(OperatorKind::Mult); }
  | "@=" { $$ = int(OperatorKind::MatMult); }
  | "/=" { $$ = int(OperatorKind::Div); }
  | "//=" { $$ = int(OperatorKind::FloorDiv); }
  | "%=" { $$ = int(OperatorKind::Mod); }
  | "**=" { $$ = int(OperatorKind::Pow); }
  | "<<=" { $$ = int(OperatorKind::LShift); }
  | ">>=" { $$ = int(OperatorKind::RShift); }
  | "&=" { $$ = int(OperatorKind::BitAnd); }
  | "^=" { $$ = int(OperatorKind::BitXor); }
  | "|=" { $$ = int(OperatorKind::BitOr); }
  ;

import_stmt
  : "import" dotted_as_names { Import* i = mk<Import>(ctx, @$); i->names = std::move($2->v); $$ = i; }
  | import_from
  ;

import_from
  : "from" dots_opt dotted_name "import" import_targets {
      ImportFrom* i = mk<ImportFrom>(ctx, @$);
      i->module.assign($3.start, $3.end);
      i->level = $2;
      i->names = std::move($5->v);
      $$ = i;
    }
  | "from" dots "import" import_targets {
      ImportFrom* i = mk<ImportFrom>(ctx, @$);
      i->level = $2;
      i->names = std::move($4->v);
      $$ = i;
    }
  ;

dots_opt : %empty { $$ = 0; } | dots { $$ = $1; } ;
dots
  : "." { $$ = 1; }
  | "..." { $$ = 3; }
  | dots "." { $$ = $1 + 1; }
  | dots "..." { $$ = $1 + 3; }
  ;

import_targets
  : "*" { $$ = ctx->make<AliasSeq>(); Alias* a = mk<Alias>(ctx, @$); a->name = "*"; $$->v.push_back(a); }
  | "(" import_as_names opt_comma ")" { $$ = $2; }
  | import_as_names { $$ = $1; }
  ;

import_as_names
  : import_as_name { $$ = ctx->make<AliasSeq>(); $$->v.push_back($1); }
  | import_as_names "," import_as_name { $$ = $1; $$->v.push_back($3); }
  ;

import_as_name
  : NAME { $$ = mk<Alias>(ctx, @$); $$->name.assign($1.start, $1.end); }
  | NAME "as" NAME { $$ = mk<Alias>(ctx, @$); $$->name.assign($1.start, $1.end); $$->asname.assign($3.start, $3.end); }
  ;

dotted_as_names
  : dotted_as_name { $$ = ctx->make<AliasSeq>(); $$->v.push_back($1); }
  | dotted_as_names "," dotted_as_name { $$ = $1; $$->v.push_back($3); }
  ;

dotted_as_name
  : dotted_name { $$ = mk<Alias>(ctx, @$); $$->name.assign($1.start, $1.end); }
  | dotted_name "as" NAME {
      $$ = mk<Alias>(ctx, @$); $$->name.assign($1.start, $1.end); $$->asname.assign($3.start, $3.end);
    }
  ;

dotted_name
  : NAME { $$ = $1; }
  | dotted_name "." NAME {
      $$ = $1;
      $$.end = $3.end;
    }
  ;

opt_comma : %empty { $$ = 0; } | "," { $$ = 1; } ;

compound_stmt
  : if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated
  | match_stmt | async_stmt
  ;

suite
  : simple_stmts { $$ = $1; }
  | NEWLINE INDENT block_stmts DEDENT { $$ = $3; }
  ;

block_stmts
  : stmt { $$ = $1; }
  | block_stmts stmt { $$ = $1; for (Stmt* s : $2->v) $$->v.push_back(s); }
  ;

if_stmt
  : "if" namedexpr_test ":" suite elif_tail {
      If* s = mk<If>(ctx, @$);
      s->test = $2; s->body = std::move($4->v); s->orelse = std::move($5->orelse);
      span_to_body(s, s->orelse.empty() ? s->body : s->orelse);
      $$ = s;
    }
  ;

elif_tail
  : %empty { $$ = ctx->make<Tail>(); }
  | "else" ":" suite { $$ = ctx->make<Tail>(); $$->orelse = std::move($3->v); }
  | "elif" namedexpr_test ":" suite elif_tail {
      If* s = mk<If>(ctx, @$);
      s->test = $2; s->body = std::move($4->v); s->orelse = std::move($5->orelse);
      span_to_body(s, s->orelse.empty() ? s->body : s->orelse);
      $$ = ctx->make<Tail>(); $$->orelse.push_back(s);
    }
  ;

else_opt
  : %empty { $$ = ctx->make<Tail>(); }
  | "else" ":" suite { $$ = ctx->make<Tail>(); $$->orelse = std::move($3->v); }
  ;

while_stmt
  : "while" namedexpr_test ":" suite else_opt {
      While* s = mk<While>(ctx, @$);
      s->test = $2; s->body = std::move($4->v); s->orelse = std::move($5->orelse);
      span_to_body(s, s->orelse.empty() ? s->body : s->orelse);
      $$ = s;
    }
  ;

for_stmt
  : "for" exprlist "in" testlist_star_expr ":" suite else_opt {
      CHECK(set_store(ctx, $2, false));
      For* s = mk<For>(ctx, @$);
      s->target = $2; s->iter = $4; s->body = std::move($6->v); s->orelse = std::move($7->orelse);
      span_to_body(s, s->orelse.empty() ? s->body : s->orelse);
      $$ = s;
    }
  ;

try_stmt
  : "try" ":" suite except_clauses else_opt finally_opt {
      Stmt* st = make_try(ctx, std::move($3->v), $4, std::move($5->orelse), std::move($6->orelse));
      CHECK(st);
      Try* s = static_cast<Try*>(st);
      s->lineno = @$.first_line; s->col_offset = @$.first_column;
      if (!s->finalbody.empty()) span_to_body(s, s->finalbody);
      else if (!s->orelse.empty()) span_to_body(s, s->orelse);
      else { s->end_lineno = s->handlers.back()->end_lineno; s->end_col_offset = s->handlers.back()->end_col_offset; }
      $$ = s;
    }
  | "try" ":" suite "finally" ":" suite {
      Try* s = mk<Try>(ctx, @$);
      s->body = std::move($3->v); s->finalbody = std::move($6->v);
      span_to_body(s, s->finalbody);
      $$ = s;
    }
  ;

finally_opt
  : %empty { $$ = ctx->make<Tail>(); }
  | "finally" ":" suite { $$ = ctx->make<Tail>(); $$->orelse = std::move($3->v); }
  ;

except_clauses
  : except_clause { $$ = ctx->make<HandlerSeq>(); $$->v.push_back($1); }
  | except_clauses except_clause { $$ = $1; $$->v.push_back($2); }
  ;

except_clause
  : "except" ":" suite { $$ = mk<ExceptHandler>(ctx, @$); $$->body = std::move($3->v); span(static_cast<Node*>($$), @1, $$->body.back()); }
  | "except" test ":" suite {
      $$ = mk<ExceptHandler>(ctx, @$); $$->type = $2; $$->body = std::move($4->v); span($$, @1, $$->body.back());
    }
  | "except" test "as" NAME ":" suite {
      $$ = mk<ExceptHandler>(ctx, @$); $$->type = $2; $$->name.assign($4.start, $4.end);
      $$->body = std::move($6->v); span($$, @1, $$->body.back());
    }
  /* except* (exception groups, docs/excgroups.md) */
  | "except" "*" test ":" suite {
      $$ = mk<ExceptHandler>(ctx, @$); $$->type = $3; $$->star = true;
      $$->body = std::move($5->v); span($$, @1, $$->body.back());
    }
  | "except" "*" test "as" NAME ":" suite {
      $$ = mk<ExceptHandler>(ctx, @$); $$->type = $3; $$->star = true; $$->name.assign($5.start, $5.end);
      $$->body = std::move($7->v); span($$, @1, $$->body.back());
    }
  /* `except A, B:` (the rules run to the end of the clause so that LAC lets them reduce) */
  | "except" test "," exprlist_items except_as_opt ":" suite {
      ctx->error_at("multiple exception types must be parenthesized", $2->lineno, $2->col_offset, @4.last_line,
                    @4.last_column);
      YYABORT;
    }
  | "except" "*" test "," exprlist_items except_as_opt ":" suite {
      ctx->error_at("multiple exception types must be parenthesized", $3->lineno, $3->col_offset, @5.last_line,
                    @5.last_column);
      YYABORT;
    }
  | "except" "*" ":" {
      ctx->error_at("expected one or more exception types", @3.first_line, @3.first_column, @3.last_line,
                    @3.last_column);
      YYABORT;
    }
  ;

except_as_opt : %empty | "as" NAME ;

with_stmt
  : "with" with_items ":" suite {
      With* s = mk<With>(ctx, @$); s->items = std::move($2->v); s->body = std::move($4->v);
      span_to_body(s, s->body); $$ = s;
    }
  | "with" WITH_LPAR with_items opt_comma ")" ":" suite {
      With* s = mk<With>(ctx, @$); s->items = std::move($3->v); s->body = std::move($7->v);
      span_to_body(s, s->body); $$ = s;
    }
  ;

with_items
  : with_item { $$ = ctx->make<WithSeq>(); $$->v.push_back($1); }
  | with_items "," with_item { $$ = $1; $$->v.push_back($3); }
  ;

with_item
  : test { $$ = mk<WithItem>(ctx, @$); $$->context_expr = $1; }
  | test "as" expr {
      CHECK(set_store(ctx, $3, false));
      $$ = mk<WithItem>(ctx, @$); $$->context_expr = $1; $$->optional_vars = $3;
    }
  ;

funcdef
  : "def" NAME parameters ":" suite {
      FunctionDef* f = mk<FunctionDef>(ctx, @$);
      f->name.assign($2.start, $2.end); f->args = $3; f->body = std::move($5->v);
      span_to_body(f, f->body); $$ = f;
    }
  | "def" NAME parameters "->" test ":" suite {
      FunctionDef* f = mk<FunctionDef>(ctx, @$);
      f->name.assign($2.start, $2.end); f->args = $3; f->returns = $5; f->body = std::move($7->v);
      span_to_body(f, f->body); $$ = f;
    }
  ;

parameters
  : "(" ")" { $$ = mk<Arguments>(ctx, @$); }
  | "(" tparams opt_comma ")" { $$ = build_arguments(ctx, $2, false); CHECK($$); }
  ;

tparams
  : tparam { $$ = ctx->make<ParamSeq>(); $$->v.push_back($1); }
  | tparams "," tparam { $$ = $1; $$->v.push_back($3); }
  ;

tparam
  : NAME { $$ = mk<Param>(ctx, @$); $$->arg = mk<Arg>(ctx, @$); $$->arg->arg.assign($1.start, $1.end); }
  | NAME ":" test {
      $$ = mk<Param>(ctx, @$); $$->arg = mk<Arg>(ctx, @$); $$->arg->arg.assign($1.start, $1.end); $$->arg->annotation = $3;
    }
  | NAME "=" test {
      $$ = mk<Param>(ctx, @$); $$->arg = mk<Arg>(ctx, @1); $$->arg->arg.assign($1.start, $1.end); $$->dflt = $3;
    }
  | NAME ":" test "=" test {
      $$ = mk<Param>(ctx, @$); $$->arg = mk<Arg>(ctx, @$); $$->arg->arg.assign($1.start, $1.end);
      $$->arg->annotation = $3; $$->dflt = $5;
      $$->arg->end_lineno = $3->end_lineno; $$->arg->end_col_offset = $3->end_col_offset;
    }
  | "/" { $$ = mk<Param>(ctx, @$); $$->pkind = Param::Slash; }
  | "*" { $$ = mk<Param>(ctx, @$); $$->pkind = Param::Star; }
  | "*" NAME {
      $$ = mk<Param>(ctx, @$); $$->pkind = Param::Star; $$->arg = mk<Arg>(ctx, @2); $$->arg->arg.assign($2.start, $2.end);
    }
  | "*" NAME ":" test {
      $$ = mk<Param>(ctx, @$); $$->pkind = Param::Star; $$->arg = mk<Arg>(ctx, @2);
      $$->arg->arg.assign($2.start, $2.end); $$->arg->annotation = $4;
      $$->arg->end_lineno = $4->end_lineno; $$->arg->end_col_offset = $4->end_col_offset;
    }
  | "*" NAME ":" star_expr {  /* PEP 646: *args: *Ts */
      $$ = mk<Param>(ctx, @$); $$->pkind = Param::Star; $$->arg = mk<Arg>(ctx, @2);
      $$->arg->arg.assign($2.start, $2.end); $$->arg->annotation = $4;
      $$->arg->end_lineno = $4->end_lineno; $$->arg->end_col_offset = $4->end_col_offset;
    }
  | "**" NAME {
      $$ = mk<Param>(ctx, @$); $$->pkind = Param::DStar; $$->arg = mk<Arg>(ctx, @2); $$->arg->arg.assign($2.start, $2.end);
    }
  | "**" NAME ":" test {
      $$ = mk<Param>(ctx, @$); $$->pkind = Param::DStar; $$->arg = mk<Arg>(ctx, @2);
      $$->arg->arg.assign($2.start, $2.end); $$->arg->annotation = $4;
      $$->arg->end_lineno = $4->end_lineno; $$->arg->end_col_offset = $4->end_col_offset;
    }
  ;

varargslist_opt
  : %empty { $$ = mk<Arguments>(ctx, @$); }
  | vparams opt_comma { $$ = build_arguments(ctx, $1, true); CHECK($$); }
  ;

vparams
  : vparam { $$ = ctx->make<ParamSeq>(); $$->v.push_back($1); }
  | vparams "," vparam { $$ = $1; $$->v.push_back($3); }
  ;

vparam
  : NAME { $$ = mk<Param>(ctx, @$); $$->arg = mk<Arg>(ctx, @$); $$->arg->arg.assign($1.start, $1.end); }
  | NAME "=" test {
      $$ = mk<Param>(ctx, @$); $$->arg = mk<Arg>(ctx, @1); $$->arg->arg.assign($1.start, $1.end); $$->dflt = $3;
    }
  | "/" { $$ = mk<Param>(ctx, @$); $$->pkind = Param::Slash; }
  | "*" { $$ = mk<Param>(ctx, @$); $$->pkind = Param::Star; }
  | "*" NAME {
      $$ = mk<Param>(ctx, @$); $$->pkind = Param::Star; $$->arg = mk<Arg>(ctx, @2); $$->arg->arg.assign($2.start, $2.end);
    }
  | "**" NAME {
      $$ = mk<Param>(ctx, @$); $$->pkind = Param::DStar; $$->arg = mk<Arg>(ctx, @2); $$->arg->arg.assign($2.start, $2.end);
    }
  ;

classdef
  : "class" NAME ":" suite {
      ClassDef* c = mk<ClassDef>(ctx, @$); c->name.assign($2.start, $2.end); c->body = std::move($4->v);
      span_to_body(c, c->body); $$ = c;
    }
  | "class" NAME "(" ")" ":" suite {
      ClassDef* c = mk<ClassDef>(ctx, @$); c->name.assign($2.start, $2.end); c->body = std::move($6->v);
      span_to_body(c, c->body); $$ = c;
    }
  | "class" NAME "(" arglist ")" ":" suite {
      ClassDef* c = mk<ClassDef>(ctx, @$); c->name.assign($2.start, $2.end); c->body = std::move($7->v);
      c->bases = std::move($4->args); c->keywords = std::move($4->keywords);
      span_to_body(c, c->body); $$ = c;
    }
  ;

decorated
  : decorators funcdef {
      FunctionDef* f = static_cast<FunctionDef*>($2); f->decorator_list = std::move($1->v); $$ = f;
    }
  | decorators async_funcdef {
      FunctionDef* f = static_cast<FunctionDef*>($2); f->decorator_list = std::move($1->v); $$ = f;
    }
  | decorators classdef {
      ClassDef* c = static_cast<ClassDef*>($2); c->decorator_list = std::move($1->v); $$ = c;
    }
  ;

/* ---- async/await: `async def`, `async for`, `async with` (the node starts at `async`) ---- */
async_stmt
  : async_funcdef
  | "async" for_stmt {
      For* s = static_cast<For*>($2); s->is_async = true;
      s->lineno = @1.first_line; s->col_offset = @1.first_column; $$ = s;
    }
  | "async" with_stmt {
      With* s = static_cast<With*>($2); s->is_async = true;
      s->lineno = @1.first_line; s->col_offset = @1.first_column; $$ = s;
    }
  ;

async_funcdef
  : "async" funcdef {
      FunctionDef* f = static_cast<FunctionDef*>($2); f->is_async = true;
      f->lineno = @1.first_line; f->col_offset = @1.first_column; $$ = f;
    }
  ;

decorators
  : "@" namedexpr_test NEWLINE { $$ = ctx->make<Seq>(); $$->v.push_back($2); }
  | decorators "@" namedexpr_test NEWLINE { $$ = $1; $$->v.push_back($3); }
  ;

/* ------------------------------------------------- match statements (PEP 634)
   `match` and `case` arrive as KW_MATCH / KW_CASE only where yylex decided
   they begin a match statement or a case block (soft keywords); patterns
   have their own rules, built by the helpers of interp/parse_match.cpp. */

match_stmt
  : KW_MATCH match_subject ":" NEWLINE INDENT case_blocks DEDENT {
      Match* m = mk<Match>(ctx, @$); m->subject = $2; m->cases = std::move($6->v);
      span_to_body(m, m->cases.back()->body); $$ = m;
    }
  ;

match_subject
  : pitems {
      if ($1->v.size() == 1 && !$1->trailing_comma) {
        $$ = $1->v[0];
        if ($$->kind == ExprKind::Starred) {
          ctx->error_at("invalid syntax", @$.last_line, @$.last_column, @$.last_line, @$.last_column + 1);
          YYABORT;
        }
      } else {
        Tuple* t = mk<Tuple>(ctx, @$); t->elts = std::move($1->v); $$ = t;
      }
    }
  ;

case_blocks
  : case_block { $$ = ctx->make<CaseSeq>(); $$->v.push_back($1); }
  | case_blocks case_block { $$ = $1; $$->v.push_back($2); }
  ;

case_block
  : KW_CASE patterns guard_opt ":" suite {
      $$ = mk<MatchCase>(ctx, @$); $$->pattern = $2; $$->guard = $3; $$->body = std::move($5->v);
      span($$, @1, $$->body.back());
    }
  ;

guard_opt : %empty { $$ = nullptr; } | "if" namedexpr_test { $$ = $2; } ;

patterns : pattern_items { $$ = pattern_from_items(ctx, $1, true, $1); CHECK($$); } ;

pattern_items
  : maybe_star_pattern { $$ = mk<PatSeq>(ctx, @$); $$->v.push_back($1); }
  | pattern_items "," maybe_star_pattern {
      $$ = $1; CHECK(!$$->trailing_comma || (ctx->error_at("invalid syntax", @2.first_line, @2.first_column,
                                                                 @2.last_line, @2.last_column), false));
      $$->v.push_back($3); $$->end_lineno = @3.last_line; $$->end_col_offset = @3.last_column;
    }
  | pattern_items "," { $$ = $1; $$->trailing_comma = true; }
  ;

maybe_star_pattern
  : "*" NAME {
      MatchStar* p = mk<MatchStar>(ctx, @$);
      if ($2.text() != "_") p->name.assign($2.start, $2.end);
      $$ = p;
    }
  | pattern
  ;

pattern
  : or_pattern
  | or_pattern "as" NAME { $$ = as_pattern(ctx, $1, $3, mk<Node>(ctx, @$)); CHECK($$); }
  ;

or_pattern
  : closed_pattern
  | or_pattern "|" closed_pattern {
      MatchOr* o;
      if ($1->kind == PatternKind::MatchOr && $1->lineno == @1.first_line && $1->col_offset == @1.first_column &&
          $1->end_col_offset == @1.last_column && $1->end_lineno == @1.last_line) {
        o = static_cast<MatchOr*>($1);  /* extend a|b to a|b|c (not a parenthesized (a|b)) */
        o->end_lineno = @3.last_line; o->end_col_offset = @3.last_column;
      } else {
        o = mk<MatchOr>(ctx, @$); o->patterns.push_back($1);
      }
      o->patterns.push_back($3); $$ = o;
    }
  ;

closed_pattern
  : literal_expr { $$ = literal_pattern(ctx, $1); CHECK($$); }
  | name_or_attr { $$ = capture_or_value(ctx, $1); CHECK($$); }
  | "(" ")" { $$ = mk<MatchSequence>(ctx, @$); }
  | "(" pattern_items ")" {
      $2->lineno = @$.first_line; $2->col_offset = @$.first_column;
      $2->end_lineno = @$.last_line; $2->end_col_offset = @$.last_column;
      if ($2->v.size() == 1 && !$2->trailing_comma && $2->v[0]->kind == PatternKind::MatchStar) {
        ctx->error_at("invalid syntax", @3.first_line, @3.first_column, @3.last_line, @3.last_column);
        YYABORT;
      }
      $$ = pattern_from_items(ctx, $2, true, $2); CHECK($$);
    }
  | "[" "]" { $$ = mk<MatchSequence>(ctx, @$); }
  | "[" pattern_items "]" {
      $2->lineno = @$.first_line; $2->col_offset = @$.first_column;
      $2->end_lineno = @$.last_line; $2->end_col_offset = @$.last_column;
      $$ = pattern_from_items(ctx, $2, false, $2); CHECK($$);
    }
  | mapping_pattern
  | class_pattern
  ;

signed_number
  : NUMBER { $$ = make_number(ctx, $1); CHECK($$); }
  | "-" NUMBER {
      Expr* n = make_number(ctx, $2); CHECK(n);
      $$ = unop(ctx, @$, UnaryOpKind::USub, n);
    }
  ;

literal_expr
  : signed_number
  | signed_number "+" NUMBER {
      Expr* n = make_number(ctx, $3); CHECK(n);
      $$ = complex_literal(ctx, $1, false, n, mk<Node>(ctx, @$)); CHECK($$);
    }
  | signed_number "-" NUMBER {
      Expr* n = make_number(ctx, $3); CHECK(n);
      $$ = complex_literal(ctx, $1, true, n, mk<Node>(ctx, @$)); CHECK($$);
    }
  | strings { $$ = make_string(ctx, $1); CHECK($$); }
  | "None" { $$ = konst(ctx, @$, ConstKind::None); }
  | "True" { $$ = konst(ctx, @$, ConstKind::True); }
  | "False" { $$ = konst(ctx, @$, ConstKind::False); }
  ;

name_or_attr
  : NAME { $$ = name(ctx, @$, $1); }
  | name_or_attr "." NAME { Attribute* a = mk<Attribute>(ctx, @$); a->value = $1; a->attr.assign($3.start, $3.end); $$ = a; }
  ;

mapping_pattern
  : "{" "}" { $$ = mk<MatchMapping>(ctx, @$); }
  | "{" mapping_items opt_comma "}" {
      MatchMapping* m = mk<MatchMapping>(ctx, @$);
      m->keys = std::move($2->keys); m->patterns = std::move($2->pats); m->rest = std::move($2->rest); $$ = m;
    }
  ;

mapping_items
  : mapping_key ":" pattern { $$ = ctx->make<MapSeq>(); CHECK(add_mapping_item(ctx, $$, $1, $3, nullptr, $1)); }
  | "**" NAME { $$ = ctx->make<MapSeq>(); CHECK(add_mapping_item(ctx, $$, nullptr, nullptr, &$2, nullptr)); }
  | mapping_items "," mapping_key ":" pattern { $$ = $1; CHECK(add_mapping_item(ctx, $$, $3, $5, nullptr, $3)); }
  | mapping_items "," "**" NAME {
      $$ = $1; CHECK(add_mapping_item(ctx, $$, nullptr, nullptr, &$4, mk<Node>(ctx, @3)));
    }
  ;

mapping_key
  : literal_expr
  | name_or_attr {
      if ($1->kind == ExprKind::Name) {
        ctx->error_at("invalid syntax", ctx->cur.lineno, ctx->cur.col, ctx->cur.end_lineno, ctx->cur.end_col);
        YYABORT;
      }
      $$ = $1;
    }
  ;

class_pattern
  : name_or_attr "(" ")" { MatchClass* m = mk<MatchClass>(ctx, @$); m->cls = $1; $$ = m; }
  | name_or_attr "(" class_items opt_comma ")" {
      MatchClass* m = mk<MatchClass>(ctx, @$); m->cls = $1;
      m->patterns = std::move($3->pos); m->kwd_attrs = std::move($3->kw); m->kwd_patterns = std::move($3->kwpats);
      $$ = m;
    }
  ;

class_items
  : pattern { $$ = ctx->make<ClassArgSeq>(); CHECK(add_class_arg(ctx, $$, nullptr, $1)); }
  | NAME "=" pattern {
      $$ = ctx->make<ClassArgSeq>(); std::string k($1.start, $1.end); CHECK(add_class_arg(ctx, $$, &k, $3));
    }
  | class_items "," pattern { $$ = $1; CHECK(add_class_arg(ctx, $$, nullptr, $3)); }
  | class_items "," NAME "=" pattern {
      $$ = $1; std::string k($3.start, $3.end); CHECK(add_class_arg(ctx, $$, &k, $5));
    }
  ;

/* ------------------------------------------------------------ expressions */

testlist_star_expr : star_list { $$ = seq_to_expr(ctx, $1, @$); } ;

star_list
  : test_or_star { $$ = ctx->make<Seq>(); $$->v.push_back($1); }
  | star_list "," test_or_star { $$ = $1; CHECK(seq_add(ctx, $$, $3, @2)); }
  | star_list "," { $$ = $1; CHECK(seq_trailing(ctx, $$, @2)); }
  ;
test_or_star : test | star_expr ;

pitems
  : named_or_star { $$ = ctx->make<Seq>(); $$->v.push_back($1); }
  | pitems "," named_or_star { $$ = $1; CHECK(seq_add(ctx, $$, $3, @2)); }
  | pitems "," { $$ = $1; CHECK(seq_trailing(ctx, $$, @2)); }
  ;


exprlist : exprlist_items { $$ = seq_to_expr(ctx, $1, @$); } ;
exprlist_items
  : expr { $$ = ctx->make<Seq>(); $$->v.push_back($1); }
  | star_expr { $$ = ctx->make<Seq>(); $$->v.push_back($1); }
  | exprlist_items "," expr { $$ = $1; CHECK(seq_add(ctx, $$, $3, @2)); }
  | exprlist_items "," star_expr { $$ = $1; CHECK(seq_add(ctx, $$, $3, @2)); }
  | exprlist_items "," { $$ = $1; CHECK(seq_trailing(ctx, $$, @2)); }
  ;


namedexpr_test
  : test
  | test ":=" test {
      CHECK(check_named_target(ctx, $1));
      NamedExpr* n = mk<NamedExpr>(ctx, @$); n->target = $1; n->value = $3; $$ = n;
    }
  ;

named_or_star : namedexpr_test | star_expr ;

test
  : or_test
  | or_test "if" or_test "else" test {
      IfExp* e = mk<IfExp>(ctx, @$); e->body = $1; e->test = $3; e->orelse = $5; $$ = e;
    }
  | lambdef
  ;


lambdef
  : "lambda" varargslist_opt ":" test { Lambda* l = mk<Lambda>(ctx, @$); l->args = $2; l->body = $4; $$ = l; }
  ;

or_test
  : and_test
  | or_test "or" and_test { $$ = boolop(ctx, @$, BoolOpKind::Or, $1, $3, @1.first_column == $1->col_offset && @1.first_line == $1->lineno && @1.last_column == $1->end_col_offset); }
  ;

and_test
  : not_test
  | and_test "and" not_test { $$ = boolop(ctx, @$, BoolOpKind::And, $1, $3, @1.first_column == $1->col_offset && @1.first_line == $1->lineno && @1.last_column == $1->end_col_offset); }
  ;

not_test
  : "not" not_test { $$ = unop(ctx, @$, UnaryOpKind::Not, $2); }
  | comparison
  ;

comparison
  : expr
  | comparison comp_op expr {
      bool chain = @1.first_column == $1->col_offset && @1.first_line == $1->lineno && @1.last_column == $1->end_col_offset;
      $$ = make_compare(ctx, @$, $1, CmpOpKind($2), $3, chain);
    }
  ;

comp_op
  : "<" { $$ = int(CmpOpKind::Lt); }
  | ">" { $$ = int(CmpOpKind::Gt); }
  | "==" { $$ = int(CmpOpKind::Eq); }
  | ">=" { $$ = int(CmpOpKind::GtE); }
  | "<=" { $$ = int(CmpOpKind::LtE); }
  | "!=" { $$ = int(CmpOpKind::NotEq); }
  | "in" { $$ = int(CmpOpKind::In); }
  | "not" "in" { $$ = int(CmpOpKind::NotIn); }
  | "is" { $$ = int(CmpOpKind::Is); }
  | "is" "not" { $$ = int(CmpOpKind::IsNot); }
  ;

star_expr : "*" expr { Starred* s = mk<Starred>(ctx, @$); s->value = $2; $$ = s; } ;

expr
  : xor_expr
  | expr "|" xor_expr { $$ = binop(ctx, @$, $1, OperatorKind::BitOr, $3); }
  ;
xor_expr
  : and_expr
  | xor_expr "^" and_expr { $$ = binop(ctx, @$, $1, OperatorKind::BitXor, $3); }
  ;
and_expr
  : shift_expr
  | and_expr "&" shift_expr { $$ = binop(ctx, @$, $1, OperatorKind::BitAnd, $3); }
  ;
shift_expr
  : arith_expr
  | shift_expr "<<" arith_expr { $$ = binop(ctx, @$, $1, OperatorKind::LShift, $3); }
  | shift_expr ">>" arith_expr { $$ = binop(ctx, @$, $1, OperatorKind::RShift, $3); }
  ;
arith_expr
  : term
  | arith_expr "+" term { $$ = binop(ctx, @$, $1, OperatorKind::Add, $3); }
  | arith_expr "-" term { $$ = binop(ctx, @$, $1, OperatorKind::Sub, $3); }
  ;
term
  : factor
  | term "*" factor { $$ = binop(ctx, @$, $1, OperatorKind::Mult, $3); }
  | term "/" factor { $$ = binop(ctx, @$, $1, OperatorKind::Div, $3); }
  | term "%" factor { $$ = binop(ctx, @$, $1, OperatorKind::Mod, $3); }
  | term "//" factor { $$ = binop(ctx, @$, $1, OperatorKind::FloorDiv, $3); }
  | term "@" factor { $$ = binop(ctx, @$, $1, OperatorKind::MatMult, $3); }
  ;
factor
  : "+" factor { $$ = unop(ctx, @$, UnaryOpKind::UAdd, $2); }
  | "-" factor { $$ = unop(ctx, @$, UnaryOpKind::USub, $2); }
  | "~" factor { $$ = unop(ctx, @$, UnaryOpKind::Invert, $2); }
  | power
  ;
power
  : await_primary
  | await_primary "**" factor { $$ = binop(ctx, @$, $1, OperatorKind::Pow, $3); }
  ;
/* async/await: `await` binds tighter than `**` and applies to a primary. */
await_primary
  : atom_expr
  | "await" atom_expr { Await* a = mk<Await>(ctx, @$); a->value = $2; $$ = a; }
  ;

atom_expr
  : atom
  | atom_expr "(" ")" { Call* c = mk<Call>(ctx, @$); c->func = $1; $$ = c; }
  | atom_expr "(" arglist ")" {
      Call* c = mk<Call>(ctx, @$); c->func = $1;
      if ($3->bare_genexp) {
        $3->bare_genexp->lineno = @2.first_line; $3->bare_genexp->col_offset = @2.first_column;
        $3->bare_genexp->end_lineno = @4.last_line; $3->bare_genexp->end_col_offset = @4.last_column;
      }
      c->args = std::move($3->args); c->keywords = std::move($3->keywords); $$ = c;
    }
  | atom_expr "[" subscripts "]" { Subscript* s = mk<Subscript>(ctx, @$); s->value = $1; s->slice = $3; $$ = s; }
  | atom_expr "[" star_expr comp_for "]" { $$ = $3; CHECK(star_comp_error(ctx, $3)); }
  | atom_expr "[" star_expr comp_for "," subscript_items "]" { $$ = $3; CHECK(star_comp_error(ctx, $3)); }
  | atom_expr "." NAME { Attribute* a = mk<Attribute>(ctx, @$); a->value = $1; a->attr.assign($3.start, $3.end); $$ = a; }
  | atom_expr "(" "*" test comp_for ")" {
      Starred* st = mk<Starred>(ctx, @3); st->value = $4; st->end_lineno = @4.last_line; st->end_col_offset = @4.last_column;
      $$ = st; CHECK(star_comp_error(ctx, st));
    }
  ;

atom
  : "(" ")" { $$ = mk<Tuple>(ctx, @$); }
  | "(" yield_expr ")" { $$ = $2; }
  | "(" pitems ")" {
      if ($2->v.size() == 1 && !$2->trailing_comma) {
        $$ = $2->v[0];
        if ($$->kind == ExprKind::Starred) { ctx->error_node("cannot use starred expression here", $$); YYABORT; }
      } else {
        Tuple* t = mk<Tuple>(ctx, @$); t->elts = std::move($2->v); $$ = t;
      }
    }
  | "(" star_expr comp_for ")" { $$ = $2; CHECK(star_comp_error(ctx, $2)); }
  | "[" star_expr comp_for "]" { $$ = $2; CHECK(star_comp_error(ctx, $2)); }
  | "{" star_expr comp_for "}" { $$ = $2; CHECK(star_comp_error(ctx, $2)); }
  | "{" "**" expr comp_for "}" {
      $$ = $3;
      ctx->error_at("dict unpacking cannot be used in dict comprehension", @2.first_line, @2.first_column,
                    @2.last_line, @2.last_column);
      YYABORT;
    }
  | "(" "**" test ")" {  // CPython's invalid_group: the error points at the "**"
      ctx->error_at("cannot use double starred expression here", @2.first_line, @2.first_column, @2.last_line,
                    @2.last_column);
      YYABORT;
    }
  | "(" namedexpr_test comp_for ")" {
      GeneratorExp* g = mk<GeneratorExp>(ctx, @$); g->elt = $2; g->generators = std::move($3->v); $$ = g;
    }
  | "[" "]" { $$ = mk<List>(ctx, @$); }
  | "[" pitems "]" { List* l = mk<List>(ctx, @$); l->elts = std::move($2->v); $$ = l; }
  | "[" namedexpr_test comp_for "]" {
      ListComp* g = mk<ListComp>(ctx, @$); g->elt = $2; g->generators = std::move($3->v); $$ = g;
    }
  | "{" "}" { $$ = mk<Dict>(ctx, @$); }
  | "{" dict_items "}" {
      Dict* d = mk<Dict>(ctx, @$);
      for (size_t i = 0; i < $2->v.size(); i += 2) { d->keys.push_back($2->v[i]); d->values.push_back($2->v[i + 1]); }
      $$ = d;
    }
  | "{" pitems "}" { Set* l = mk<Set>(ctx, @$); l->elts = std::move($2->v); $$ = l; }
  | "{" namedexpr_test comp_for "}" {
      SetComp* g = mk<SetComp>(ctx, @$); g->elt = $2; g->generators = std::move($3->v); $$ = g;
    }
  | "{" test ":" test comp_for "}" {
      DictComp* g = mk<DictComp>(ctx, @$); g->key = $2; g->value = $4; g->generators = std::move($5->v); $$ = g;
    }
  | NAME { $$ = name(ctx, @$, $1); }
  | NUMBER { $$ = make_number(ctx, $1); CHECK($$); }
  | strings { $$ = make_string(ctx, $1); CHECK($$); }
  | "..." { $$ = konst(ctx, @$, ConstKind::Ellipsis); }
  | "None" { $$ = konst(ctx, @$, ConstKind::None); }
  | "True" { $$ = konst(ctx, @$, ConstKind::True); }
  | "False" { $$ = konst(ctx, @$, ConstKind::False); }
  ;


strings
  : STRING { $$ = ctx->make<StrSeq>(); $$->toks.push_back($1); }
  | strings STRING { $$ = $1; $$->toks.push_back($2); }
  ;

subscripts
  : subscript_items {
      if ($1->v.size() == 1 && !$1->trailing_comma && $1->v[0]->kind != ExprKind::Starred) $$ = $1->v[0];
      else { Tuple* t = mk<Tuple>(ctx, @$); t->elts = std::move($1->v); $$ = t; }
    }
  ;
subscript_items
  : subscript { $$ = ctx->make<Seq>(); $$->v.push_back($1); }
  | subscript_items "," subscript { $$ = $1; $$->v.push_back($3); }
  | subscript_items "," { $$ = $1; $$->trailing_comma = true; }
  ;
subscript
  : namedexpr_test
  | star_expr
  | slice_part
  ;
slice_part
  : opt_test ":" opt_test { Slice* s = mk<Slice>(ctx, @$); s->lower = $1; s->upper = $3; slice_start(s, $1, @2); $$ = s; }
  | opt_test ":" opt_test ":" opt_test { Slice* s = mk<Slice>(ctx, @$); s->lower = $1; s->upper = $3; s->step = $5; slice_start(s, $1, @2); $$ = s; }
  ;
opt_test : %empty { $$ = nullptr; } | test ;

arglist : arg_items opt_comma { $$ = $1; } ;
arg_items
  : argument { $$ = ctx->make<ArgSeq>(); CHECK(add_call_arg(ctx, $$, $1)); }
  | arg_items "," argument { $$ = $1; CHECK(add_call_arg(ctx, $$, $3)); }
  ;
argument
  : namedexpr_test { $$ = mk<ArgItem>(ctx, @$); $$->pos = $1; }
  | namedexpr_test comp_for {
      GeneratorExp* g = mk<GeneratorExp>(ctx, @$); g->elt = $1; g->generators = std::move($2->v);
      $$ = mk<ArgItem>(ctx, @$); $$->pos = g; $$->genexp = true;
    }
  | test "=" test { $$ = make_keyword_arg(ctx, @$, $1, $3); CHECK($$); }
  | "*" test { Starred* st = mk<Starred>(ctx, @$); st->value = $2; $$ = mk<ArgItem>(ctx, @$); $$->pos = st; $$->star = true; }
  | "**" test {
      Keyword* k = mk<Keyword>(ctx, @$); k->value = $2;
      $$ = mk<ArgItem>(ctx, @$); $$->kw = k;
    }
  ;

dict_items
  : dict_entry { $$ = $1; }
  | dict_items "," dict_entry {
      $$ = $1;
      if ($$->trailing_comma) { ctx->error_at("invalid syntax", @2.first_line, @2.first_column, @2.last_line, @2.last_column); YYABORT; }
      $$->v.push_back($3->v[0]); $$->v.push_back($3->v[1]);
    }
  | dict_items "," { $$ = $1; CHECK(seq_trailing(ctx, $$, @2)); }
  ;
dict_entry
  : test ":" test { $$ = ctx->make<Seq>(); $$->v.push_back($1); $$->v.push_back($3); }
  | "**" expr { $$ = ctx->make<Seq>(); $$->v.push_back(nullptr); $$->v.push_back($2); }
  ;

comp_for
  : comp_for_one { $$ = ctx->make<CompSeq>(); $$->v.push_back($1); }
  | comp_for comp_for_one { $$ = $1; $$->v.push_back($2); }
  | comp_for "if" or_test { $$ = $1; $$->v.back()->ifs.push_back($3); }
  ;
comp_for_one
  : "for" exprlist "in" or_test {
      CHECK(set_store(ctx, $2, false));
      $$ = mk<Comprehension>(ctx, @$); $$->target = $2; $$->iter = $4;
    }
  | "async" "for" exprlist "in" or_test {  /* async/await: an asynchronous comprehension clause */
      CHECK(set_store(ctx, $3, false));
      $$ = mk<Comprehension>(ctx, @$); $$->target = $3; $$->iter = $5; $$->is_async = true;
    }
  ;

yield_expr
  : "yield" { $$ = mk<Yield>(ctx, @$); }
  | "yield" testlist_star_expr { Yield* y = mk<Yield>(ctx, @$); y->value = $2; $$ = y; }
  | "yield" "from" test { YieldFrom* y = mk<YieldFrom>(ctx, @$); y->value = $3; $$ = y; }
  ;

%%

namespace {

int map_token(Tok k) {
  switch (k) {
    case Tok::EndMarker: return YYEOF;
    case Tok::Newline: return NEWLINE;
    case Tok::Indent: return INDENT;
    case Tok::Dedent: return DEDENT;
    case Tok::Name: return NAME;
    case Tok::Number: return NUMBER;
    case Tok::String: return STRING;
    case Tok::KwFalse: return KW_FALSE;
    case Tok::KwNone: return KW_NONE;
    case Tok::KwTrue: return KW_TRUE;
    case Tok::KwAnd: return KW_AND;
    case Tok::KwAs: return KW_AS;
    case Tok::KwAssert: return KW_ASSERT;
    case Tok::KwAsync: return KW_ASYNC;
    case Tok::KwAwait: return KW_AWAIT;
    case Tok::KwBreak: return KW_BREAK;
    case Tok::KwClass: return KW_CLASS;
    case Tok::KwContinue: return KW_CONTINUE;
    case Tok::KwDef: return KW_DEF;
    case Tok::KwDel: return KW_DEL;
    case Tok::KwElif: return KW_ELIF;
    case Tok::KwElse: return KW_ELSE;
    case Tok::KwExcept: return KW_EXCEPT;
    case Tok::KwFinally: return KW_FINALLY;
    case Tok::KwFor: return KW_FOR;
    case Tok::KwFrom: return KW_FROM;
    case Tok::KwGlobal: return KW_GLOBAL;
    case Tok::KwIf: return KW_IF;
    case Tok::KwImport: return KW_IMPORT;
    case Tok::KwIn: return KW_IN;
    case Tok::KwIs: return KW_IS;
    case Tok::KwLambda: return KW_LAMBDA;
    case Tok::KwNonlocal: return KW_NONLOCAL;
    case Tok::KwNot: return KW_NOT;
    case Tok::KwOr: return KW_OR;
    case Tok::KwPass: return KW_PASS;
    case Tok::KwRaise: return KW_RAISE;
    case Tok::KwReturn: return KW_RETURN;
    case Tok::KwTry: return KW_TRY;
    case Tok::KwWhile: return KW_WHILE;
    case Tok::KwWith: return KW_WITH;
    case Tok::KwYield: return KW_YIELD;
    case Tok::LPar: return LPAR;
    case Tok::RPar: return RPAR;
    case Tok::LSqb: return LSQB;
    case Tok::RSqb: return RSQB;
    case Tok::LBrace: return LBRACE;
    case Tok::RBrace: return RBRACE;
    case Tok::Colon: return COLON;
    case Tok::Comma: return COMMA;
    case Tok::Semi: return SEMI;
    case Tok::Plus: return PLUS;
    case Tok::Minus: return MINUS;
    case Tok::Star: return STAR;
    case Tok::Slash: return SLASH;
    case Tok::VBar: return VBAR;
    case Tok::Amper: return AMPER;
    case Tok::Less: return LESS;
    case Tok::Greater: return GREATER;
    case Tok::Equal: return EQUAL;
    case Tok::Dot: return DOT;
    case Tok::Percent: return PERCENT;
    case Tok::EqEqual: return EQEQUAL;
    case Tok::NotEqual: return NOTEQUAL;
    case Tok::LessEqual: return LESSEQUAL;
    case Tok::GreaterEqual: return GREATEREQUAL;
    case Tok::Tilde: return TILDE;
    case Tok::Circumflex: return CIRCUMFLEX;
    case Tok::LeftShift: return LEFTSHIFT;
    case Tok::RightShift: return RIGHTSHIFT;
    case Tok::DoubleStar: return DOUBLESTAR;
    case Tok::PlusEqual: return PLUSEQUAL;
    case Tok::MinEqual: return MINEQUAL;
    case Tok::StarEqual: return STAREQUAL;
    case Tok::SlashEqual: return SLASHEQUAL;
    case Tok::PercentEqual: return PERCENTEQUAL;
    case Tok::AmperEqual: return AMPEREQUAL;
    case Tok::VBarEqual: return VBAREQUAL;
    case Tok::CircumflexEqual: return CIRCUMFLEXEQUAL;
    case Tok::LeftShiftEqual: return LEFTSHIFTEQUAL;
    case Tok::RightShiftEqual: return RIGHTSHIFTEQUAL;
    case Tok::DoubleStarEqual: return DOUBLESTAREQUAL;
    case Tok::DoubleSlash: return DOUBLESLASH;
    case Tok::DoubleSlashEqual: return DOUBLESLASHEQUAL;
    case Tok::At: return AT;
    case Tok::AtEqual: return ATEQUAL;
    case Tok::RArrow: return RARROW;
    case Tok::Ellipsis: return ELLIPSIS;
    case Tok::ColonEqual: return COLONEQUAL;
    case Tok::Error: return ERRORTOKEN;
  }
  return ERRORTOKEN;
}

bool starts_expr(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb: case Tok::LBrace:
    case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: case Tok::KwLambda: case Tok::KwNot:
    case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::Ellipsis: case Tok::KwAwait:
      return true;
    default:
      return false;
  }
}

bool ends_expr(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::RPar: case Tok::RSqb: case Tok::RBrace:
    case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: case Tok::Ellipsis:
      return true;
    default:
      return false;
  }
}

Tok pull(Ctx* ctx, Token* t) {
  if (!ctx->pending.empty()) {
    Tok k = ctx->pending.front().first;
    *t = ctx->pending.front().second;
    ctx->pending.pop_front();
    return k;
  }
  return ctx->lexer.next(t);
}

}  // namespace

static int yylex(YYSTYPE* lval, YYLTYPE* lloc, Ctx* ctx) {
  if (!ctx->start_token_sent) {
    ctx->start_token_sent = 1;
    lloc->first_line = lloc->last_line = 1;
    lloc->first_column = lloc->last_column = 0;
    return ctx->mode == ParseMode::File ? START_FILE : ctx->mode == ParseMode::Eval ? START_EVAL : START_SINGLE;
  }
  Token t;
  Tok k = pull(ctx, &t);
  int result = map_token(k);
  if (k == Tok::LPar && ctx->last_was_with && ctx->pending.empty()) {
    // `with (` : the parenthesized form of with-items when the matching ')' is followed by ':'.
    int depth = 1;
    for (;;) {
      Token u;
      Tok uk = ctx->lexer.next(&u);
      ctx->pending.emplace_back(uk, u);
      if (uk == Tok::Error || uk == Tok::EndMarker) break;
      if (uk == Tok::LPar || uk == Tok::LSqb || uk == Tok::LBrace) depth++;
      if (uk == Tok::RPar || uk == Tok::RSqb || uk == Tok::RBrace) {
        if (--depth == 0) {
          Token v;
          Tok vk = ctx->lexer.next(&v);
          ctx->pending.emplace_back(vk, v);
          if (vk == Tok::Colon) result = WITH_LPAR;
          break;
        }
      }
    }
  }
  ctx->last_was_with = k == Tok::KwWith;
  // match statements: soft keywords at the start of a statement, and which
  // indented blocks belong to a match statement (where `case` is a keyword).
  if (k == Tok::Name && ctx->depth == 0) {
    SoftKw sk = soft_keyword(ctx, t);
    if (sk == SoftKw::Match) result = KW_MATCH;
    if (sk == SoftKw::Case) result = KW_CASE;
  } else if (k == Tok::Indent) {
    ctx->match_blocks.push_back(ctx->next_indent_is_match);
    ctx->next_indent_is_match = false;
  } else if (k == Tok::Dedent && !ctx->match_blocks.empty()) {
    ctx->match_blocks.pop_back();
  }
  if (k != Tok::Error) {
    ctx->prev2 = ctx->prev;
    ctx->prev = ctx->cur;
    ctx->cur = t;
    ctx->depth_before = ctx->depth;
    if (k == Tok::LPar || k == Tok::LSqb || k == Tok::LBrace) ctx->depth++;
    if ((k == Tok::RPar || k == Tok::RSqb || k == Tok::RBrace) && ctx->depth > 0) ctx->depth--;
    ctx->tok_index++;
    Tok pk = ctx->prev.kind;
    if (ctx->tok_index == 1 || pk == Tok::Newline || pk == Tok::Indent || pk == Tok::Dedent || pk == Tok::Semi) {
      ctx->stmt_first = t;
      ctx->stmt_first_index = ctx->tok_index;
    }
  }
  lval->tok = t;
  lloc->first_line = t.lineno;
  lloc->first_column = t.col;
  lloc->last_line = t.end_lineno;
  lloc->last_column = t.end_col;
  return result;
}

static int yyreport_syntax_error(const yypcontext_t* yyctx, Ctx* ctx) {
  if (ctx->failed) return 0;
  if (ctx->lexer.failed()) {
    *ctx->err = ctx->lexer.error();
    ctx->failed = true;
    return 0;
  }
  yysymbol_kind_t la = yypcontext_token(yyctx);
  const YYLTYPE* loc = yypcontext_location(yyctx);
  yysymbol_kind_t expected[200];
  int n = yypcontext_expected_tokens(yyctx, expected, 200);
  bool want_colon = false;
  for (int i = 0; i < n; i++)
    if (expected[i] == YYSYMBOL_COLON) want_colon = true;
  if (la == YYSYMBOL_YYEOF) ctx->err->incomplete = true;
  const Token& cur = ctx->cur;
  const Token& prev = ctx->prev;
  if (la == YYSYMBOL_NEWLINE && want_colon) {
    ctx->error_at("expected ':'", loc->first_line, loc->first_column, loc->first_line, loc->first_column);
    return 0;
  }
  if (ctx->stmt_first_index == ctx->tok_index - 1 && ctx->stmt_first.kind == Tok::Name && starts_expr(cur.kind) &&
      (ctx->stmt_first.text() == "print" || ctx->stmt_first.text() == "exec")) {
    std::string fn(ctx->stmt_first.text());
    std::string line = ctx->lexer.line_text(ctx->stmt_first.lineno);
    ctx->error_at("Missing parentheses in call to '" + fn + "'. Did you mean " + fn + "(...)?",
                  ctx->stmt_first.lineno, ctx->stmt_first.col, ctx->stmt_first.lineno, int(line.size()));
    return 0;
  }
  if (ctx->depth_before > 0 && starts_expr(cur.kind) && ends_expr(prev.kind) &&
      !(prev.kind == Tok::Name && cur.kind == Tok::String) && la != YYSYMBOL_YYEOF) {
    int sl = prev.lineno, sc = prev.col;
    if (ctx->last_expr_end_line == prev.end_lineno && ctx->last_expr_end_col == prev.end_col) {
      sl = ctx->last_expr_line;
      sc = ctx->last_expr_col;
    }
    ctx->error_at("invalid syntax. Perhaps you forgot a comma?", sl, sc, cur.end_lineno, cur.end_col);
    return 0;
  }
  ctx->error_at("invalid syntax", loc->first_line, loc->first_column, loc->last_line, loc->last_column);
  return 0;
}

namespace interp::ps {

int run_parser(Ctx* c) {
  int r = yyparse(c);
  if (r != 0 && !c->failed) {
    if (c->lexer.failed()) {
      *c->err = c->lexer.error();
      c->failed = true;
    } else if (r == 2) {
      parser_stack_exhausted(c);
    } else {
      c->error_at("invalid syntax", c->cur.lineno, c->cur.col, c->cur.end_lineno, c->cur.end_col);
    }
  }
  return r == 0 && !c->failed ? 0 : -1;
}

}  // namespace interp::ps

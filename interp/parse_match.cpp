// The parser's side of the match statement (PEP 634): the soft keywords and
// the helpers the pattern rules of interp/parser.y call.
//
// Soft keywords.  `match`, `case` and `_` stay ordinary names everywhere
// except where a match statement or a case block begins.  The LALR grammar
// cannot decide that alone, so the lexer adapter (yylex) asks here for every
// NAME at the start of a statement:
//   * `match` is the keyword when the rest of its logical line ends with ':'
//     (no simple statement ends with a colon outside brackets: slices, dict
//     displays and lambdas inside brackets do not count, and a lambda at the
//     top level needs a body), or when the next token cannot continue an
//     expression statement (`match x` without the colon: the grammar then
//     reports "expected ':'" as CPython does).  `match:`, `match = 1`,
//     `match(x)` and `match.x` stay names.
//   * `case` is the keyword directly inside the indented block of a match
//     statement (Ctx::match_blocks tracks, per open INDENT, whether the block
//     belongs to a match statement); elsewhere it is a name.
//   * `_` is a wildcard only in capture position of a pattern.
// The rest of the line is read into Ctx::pending, which yylex drains first.
#include "interp/parse_support.h"

namespace interp::ps {

namespace {

template <class T>
T* node_at(Ctx* c, const Node* at) {
  T* n = c->make<T>();
  n->lineno = at->lineno;
  n->col_offset = at->col_offset;
  n->end_lineno = at->end_lineno;
  n->end_col_offset = at->end_col_offset;
  return n;
}

// Tokens that can start an expression but never continue one: after `match`
// they can only begin a subject.
bool starts_subject_only(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse:
    case Tok::LBrace: case Tok::Tilde: case Tok::KwLambda:
      return true;
    default:
      return false;
  }
}

bool is_imaginary(const Expr* e) {
  if (e->kind == ExprKind::UnaryOp) e = static_cast<const UnaryOp*>(e)->operand;
  return e->kind == ExprKind::Constant && static_cast<const Constant*>(e)->ckind == ConstKind::Complex;
}

}  // namespace

SoftKw soft_keyword(Ctx* c, const Token& t) {
  Tok pk = c->cur.kind;
  bool stmt_start = c->tok_index == 0 || pk == Tok::Newline || pk == Tok::Indent || pk == Tok::Dedent;
  if (!stmt_start) return SoftKw::None;
  std::string_view text = t.text();
  if (text == "case") return !c->match_blocks.empty() && c->match_blocks.back() ? SoftKw::Case : SoftKw::None;
  if (text != "match") return SoftKw::None;
  size_t n = 0;  // pending[0 .. n) is the rest of the logical line
  for (;;) {
    if (n == c->pending.size()) {
      Token u;
      Tok uk = c->lexer.next(&u);
      c->pending.emplace_back(uk, u);
    }
    Tok uk = c->pending[n].first;
    if (uk == Tok::Newline || uk == Tok::EndMarker || uk == Tok::Error) break;
    n++;
  }
  if (n == 0) return SoftKw::None;
  Tok first = c->pending[0].first, last = c->pending[n - 1].first;
  bool keyword = false;
  if (first != Tok::Colon && first != Tok::Equal && first != Tok::Dot && first != Tok::Comma)
    keyword = last == Tok::Colon || starts_subject_only(first);
  if (!keyword) return SoftKw::None;
  c->next_indent_is_match = true;
  return SoftKw::Match;
}

Pattern* pattern_from_items(Ctx* c, PatSeq* s, bool open, const Node* at) {
  if (open && s->v.size() == 1 && !s->trailing_comma) {
    if (s->v[0]->kind == PatternKind::MatchStar) {
      c->error_at("invalid syntax", c->cur.lineno, c->cur.col, c->cur.end_lineno, c->cur.end_col);
      return nullptr;
    }
    return s->v[0];  // a group pattern: (p) is p
  }
  MatchSequence* m = node_at<MatchSequence>(c, at);
  m->patterns = std::move(s->v);
  return m;
}

Pattern* capture_or_value(Ctx* c, Expr* e) {
  if (e->kind == ExprKind::Name) {
    MatchAs* m = node_at<MatchAs>(c, e);
    const std::string& id = static_cast<Name*>(e)->id;
    if (id != "_") m->name = id;
    return m;
  }
  MatchValue* v = node_at<MatchValue>(c, e);
  v->value = e;
  return v;
}

Pattern* literal_pattern(Ctx* c, Expr* lit) {
  if (lit->kind == ExprKind::JoinedStr) {
    c->error_node("patterns may only match literals and attribute lookups", lit);
    return nullptr;
  }
  if (lit->kind == ExprKind::Constant) {
    ConstKind k = static_cast<Constant*>(lit)->ckind;
    if (k == ConstKind::None || k == ConstKind::True || k == ConstKind::False) {
      MatchSingleton* s = node_at<MatchSingleton>(c, lit);
      s->value = k;
      return s;
    }
  }
  MatchValue* v = node_at<MatchValue>(c, lit);
  v->value = lit;
  return v;
}

Expr* complex_literal(Ctx* c, Expr* real, bool minus, Expr* imag, const Node* at) {
  if (is_imaginary(real)) {
    c->error_node("real number required in complex literal", real);
    return nullptr;
  }
  if (imag->kind != ExprKind::Constant || static_cast<Constant*>(imag)->ckind != ConstKind::Complex) {
    c->error_node("imaginary number required in complex literal", imag);
    return nullptr;
  }
  BinOp* b = node_at<BinOp>(c, at);
  c->note_expr(b);
  b->left = real;
  b->op = minus ? OperatorKind::Sub : OperatorKind::Add;
  b->right = imag;
  return b;
}

Pattern* as_pattern(Ctx* c, Pattern* p, const Token& name, const Node* at) {
  if (name.text() == "_") {
    c->error_at("cannot use '_' as a target", name.lineno, name.col, name.end_lineno, name.end_col);
    return nullptr;
  }
  MatchAs* m = node_at<MatchAs>(c, at);
  m->pattern = p;
  m->name.assign(name.start, name.end);
  return m;
}

bool add_class_arg(Ctx* c, ClassArgSeq* s, const std::string* kw, Pattern* p) {
  if (!kw) {
    if (!s->kw.empty()) {
      c->error_node("positional patterns follow keyword patterns", p);
      return false;
    }
    s->pos.push_back(p);
    return true;
  }
  s->kw.push_back(*kw);
  s->kwpats.push_back(p);
  return true;
}

bool add_mapping_item(Ctx* c, MapSeq* s, Expr* key, Pattern* p, const Token* rest, const Node* at) {
  if (s->has_rest) {  // `**rest` must come last
    c->error_node("invalid syntax", key ? static_cast<const Node*>(key) : at);
    return false;
  }
  if (rest) {
    if (rest->text() == "_") {
      c->error_at("invalid syntax", rest->lineno, rest->col, rest->end_lineno, rest->end_col);
      return false;
    }
    s->rest.assign(rest->start, rest->end);
    s->has_rest = true;
    return true;
  }
  s->keys.push_back(key);
  s->pats.push_back(p);
  return true;
}

// try/except and try/except* (a TryStar): all clauses of one kind.
Stmt* make_try(Ctx* c, StmtList body, HandlerSeq* handlers, StmtList orelse, StmtList finalbody) {
  bool star = handlers->v.front()->star;
  for (ExceptHandler* h : handlers->v) {
    if (h->star != star) {
      c->error_at("cannot have both 'except' and 'except*' on the same 'try'", h->lineno, h->col_offset, h->lineno,
                  h->col_offset + (h->star ? 7 : 6));
      return nullptr;
    }
  }
  Try* t = c->make<Try>();
  if (star) t->kind = StmtKind::TryStar;
  t->body = std::move(body);
  t->handlers = std::move(handlers->v);
  t->orelse = std::move(orelse);
  t->finalbody = std::move(finalbody);
  return t;
}

}  // namespace interp::ps

// Support for the grammar actions: errors, target checks, parameter lists,
// call arguments, number and string literals (with f-strings), and the
// public entry point interp::ast::parse().
#include "interp/parse_support.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/api.h"
#include "runtime/text/unicode.h"

namespace interp::ps {

// ------------------------------------------------------------------ errors

void Ctx::error_at(const std::string& msg, int line, int col, int end_line, int end_col, const char* type) {
  if (failed) return;
  failed = true;
  bool inc = err->incomplete;
  lexer.make_error(err, type, msg, line, col);
  if (end_line == line) err->end_offset = lexer.char_offset(line, end_col);
  else err->end_offset = lexer.char_offset(end_line, end_col);
  err->incomplete = inc;
}

void Ctx::note_expr(const Node* n) {
  if (n->end_lineno == last_expr_end_line && n->end_col_offset == last_expr_end_col) {
    if (n->lineno < last_expr_line || (n->lineno == last_expr_line && n->col_offset < last_expr_col)) {
      last_expr_line = n->lineno;
      last_expr_col = n->col_offset;
    }
    return;
  }
  last_expr_line = n->lineno;
  last_expr_col = n->col_offset;
  last_expr_end_line = n->end_lineno;
  last_expr_end_col = n->end_col_offset;
}

const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    case ExprKind::Await: return "await expression";
    case ExprKind::Constant:
      switch (static_cast<const Constant*>(e)->ckind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
  }
  return "expression";
}

// ----------------------------------------------------------------- targets

namespace {

// Can this bad target get CPython's "here. Maybe you meant '==' ..." hint
// (it is a bitwise_or-level expression other than list/tuple/genexp/True/None/False)?
bool hint_kind(const Expr* e) {
  switch (e->kind) {
    case ExprKind::IfExp: case ExprKind::Lambda: case ExprKind::BoolOp: case ExprKind::Compare:
    case ExprKind::NamedExpr: case ExprKind::GeneratorExp: case ExprKind::Starred:
      return false;
    case ExprKind::UnaryOp: return static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
    case ExprKind::Constant: {
      ConstKind k = static_cast<const Constant*>(e)->ckind;
      return k != ConstKind::True && k != ConstKind::False && k != ConstKind::None;
    }
    default: return true;
  }
}

bool store(Ctx* c, Expr* e, bool hint, bool nested) {
  switch (e->kind) {
    case ExprKind::Name:
      if (static_cast<Name*>(e)->id == "__debug__") { c->error_node("cannot assign to __debug__", e); return false; }
      static_cast<Name*>(e)->ctx = ExprContext::Store;
      return true;
    case ExprKind::Attribute:
      static_cast<Attribute*>(e)->ctx = ExprContext::Store;
      return true;
    case ExprKind::Subscript:
      static_cast<Subscript*>(e)->ctx = ExprContext::Store;
      return true;
    case ExprKind::Starred:
      if (!nested) {
        c->error_node("starred assignment target must be in a list or tuple", e);
        return false;
      }
      static_cast<Starred*>(e)->ctx = ExprContext::Store;
      return store(c, static_cast<Starred*>(e)->value, false, true);
    case ExprKind::Tuple:
      static_cast<Tuple*>(e)->ctx = ExprContext::Store;
      for (Expr* x : static_cast<Tuple*>(e)->elts)
        if (!store(c, x, false, true)) return false;
      return true;
    case ExprKind::List:
      static_cast<List*>(e)->ctx = ExprContext::Store;
      for (Expr* x : static_cast<List*>(e)->elts)
        if (!store(c, x, false, true)) return false;
      return true;
    default: {
      std::string msg = std::string("cannot assign to ") + expr_name(e);
      if (hint && !nested && hint_kind(e)) msg += " here. Maybe you meant '==' instead of '='?";
      c->error_node(msg, e);
      return false;
    }
  }
}

}  // namespace

bool set_store(Ctx* c, Expr* e, bool hint) { return store(c, e, hint, false); }

bool set_del(Ctx* c, Expr* e) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ExprContext::Del; return true;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ExprContext::Del; return true;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ExprContext::Del; return true;
    case ExprKind::Tuple:
      static_cast<Tuple*>(e)->ctx = ExprContext::Del;
      for (Expr* x : static_cast<Tuple*>(e)->elts)
        if (!set_del(c, x)) return false;
      return true;
    case ExprKind::List:
      static_cast<List*>(e)->ctx = ExprContext::Del;
      for (Expr* x : static_cast<List*>(e)->elts)
        if (!set_del(c, x)) return false;
      return true;
    default:
      c->error_node(std::string("cannot delete ") + expr_name(e), e);
      return false;
  }
}

bool check_augassign_target(Ctx* c, Expr* e) {
  if (e->kind == ExprKind::Name || e->kind == ExprKind::Attribute || e->kind == ExprKind::Subscript)
    return set_store(c, e, false);
  c->error_node(std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment", e);
  return false;
}

bool check_ann_target(Ctx* c, Expr* e) {
  if (e->kind == ExprKind::Name || e->kind == ExprKind::Attribute || e->kind == ExprKind::Subscript)
    return set_store(c, e, false);
  if (e->kind == ExprKind::Tuple) c->error_node("only single target (not tuple) can be annotated", e);
  else if (e->kind == ExprKind::List) c->error_node("only single target (not list) can be annotated", e);
  else c->error_node("illegal target for annotation", e);
  return false;
}

bool check_named_target(Ctx* c, Expr* t) {
  if (t->kind == ExprKind::Name) {
    static_cast<Name*>(t)->ctx = ExprContext::Store;
    return true;
  }
  c->error_node(std::string("cannot use assignment expressions with ") + expr_name(t), t);
  return false;
}

// --------------------------------------------------------------- arguments

Arguments* build_arguments(Ctx* c, ParamSeq* ps, bool is_lambda) {
  Arguments* a = c->make<Arguments>();
  if (!ps->v.empty()) {
    a->lineno = ps->v.front()->lineno;
    a->col_offset = ps->v.front()->col_offset;
    a->end_lineno = ps->v.back()->end_lineno;
    a->end_col_offset = ps->v.back()->end_col_offset;
  }
  bool seen_slash = false, seen_star = false, seen_dstar = false, seen_default = false;
  Param* bare_star = nullptr;
  std::vector<const std::string*> names;
  auto dup_check = [&](Param* p) -> bool {
    for (const std::string* n : names)
      if (*n == p->arg->arg) {
        c->error_node("duplicate argument '" + p->arg->arg + "' in function definition", p->arg);
        return false;
      }
    names.push_back(&p->arg->arg);
    return true;
  };
  for (Param* p : ps->v) {
    if (seen_dstar) {
      c->error_node("arguments cannot follow var-keyword argument", p);
      return nullptr;
    }
    switch (p->pkind) {
      case Param::Plain:
        if (!dup_check(p)) return nullptr;
        if (seen_star) {
          a->kwonlyargs.push_back(p->arg);
          a->kw_defaults.push_back(p->dflt);
          bare_star = nullptr;
        } else {
          a->args.push_back(p->arg);
          if (p->dflt) {
            a->defaults.push_back(p->dflt);
            seen_default = true;
          } else if (seen_default) {
            c->error_node("non-default argument follows default argument", p);
            return nullptr;
          }
        }
        break;
      case Param::Slash:
        if (seen_slash) { c->error_node("/ may appear only once", p); return nullptr; }
        if (seen_star) { c->error_node("/ must be ahead of *", p); return nullptr; }
        if (a->args.empty()) { c->error_node("at least one argument must precede /", p); return nullptr; }
        seen_slash = true;
        a->posonlyargs = std::move(a->args);
        a->args.clear();
        break;
      case Param::Star:
        if (seen_star) { c->error_node("* argument may appear only once", p); return nullptr; }
        seen_star = true;
        if (p->arg) {
          if (!dup_check(p)) return nullptr;
          a->vararg = p->arg;
        } else {
          bare_star = p;
        }
        break;
      case Param::DStar:
        if (bare_star) { c->error_node("named arguments must follow bare *", bare_star); return nullptr; }
        if (!dup_check(p)) return nullptr;
        a->kwarg = p->arg;
        seen_dstar = true;
        break;
    }
  }
  if (bare_star) {
    if (is_lambda)
      c->error_at("named arguments must follow bare *", bare_star->end_lineno, bare_star->end_col_offset,
                  bare_star->end_lineno, bare_star->end_col_offset + 1);
    else
      c->error_node("named arguments must follow bare *", bare_star);
    return nullptr;
  }
  return a;
}

bool add_call_arg(Ctx* c, ArgSeq* a, ArgItem* item) {
  if (a->bare_genexp) {
    c->error_node("Generator expression must be parenthesized", a->bare_genexp);
    return false;
  }
  if (item->genexp && a->count > 0) {
    c->error_node("Generator expression must be parenthesized", item->pos);
    return false;
  }
  a->count++;
  if (item->pos) {
    bool has_kw = false, has_dstar = false;
    for (Keyword* k : a->keywords) (k->arg.empty() ? has_dstar : has_kw) = true;
    if (item->star) {
      if (has_dstar) {
        c->error_node("iterable argument unpacking follows keyword argument unpacking", item->pos);
        return false;
      }
    } else if (has_dstar || has_kw) {
      const Expr* p = item->pos;
      c->error_at(has_dstar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument",
                  p->end_lineno, p->end_col_offset, p->end_lineno, p->end_col_offset + 1);
      return false;
    }
    a->args.push_back(item->pos);
    if (item->genexp) a->bare_genexp = item->pos;
  } else {
    a->keywords.push_back(item->kw);
  }
  return true;
}

// ----------------------------------------------------------------- numbers

Expr* make_number(Ctx* c, const Token& t) {
  Constant* k = c->make<Constant>();
  k->lineno = t.lineno;
  k->col_offset = t.col;
  k->end_lineno = t.end_lineno;
  k->end_col_offset = t.end_col;
  c->note_expr(k);
  std::string s;
  s.reserve(t.text().size());
  for (char ch : t.text())
    if (ch != '_') s.push_back(ch);
  bool radix = s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1]);
  if (!radix && (s.back() == 'j' || s.back() == 'J')) {
    s.pop_back();
    k->ckind = ConstKind::Complex;
    k->fval = std::strtod(s.c_str(), nullptr);
    k->text = s;
  } else if (!radix && s.find_first_of(".eE") != std::string::npos) {
    k->ckind = ConstKind::Float;
    k->fval = std::strtod(s.c_str(), nullptr);
    k->text = s;
  } else {
    // A decimal literal longer than sys.get_int_max_str_digits() is a SyntaxError
    // at parse time, as in CPython (hexadecimal ones are not limited).
    int limit = rt::int_get_max_str_digits();
    if (!radix && limit > 0 && s.size() > size_t(limit)) {
      char msg[300];
      std::snprintf(msg, sizeof msg,
                    "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; use "
                    "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                    "literals to avoid decimal conversion limits.",
                    limit, s.size());
      c->error_at(msg, t.lineno, t.col, t.end_lineno, t.end_col);
      return nullptr;
    }
    k->ckind = ConstKind::Int;
    k->text = std::move(s);
  }
  return k;
}

// ----------------------------------------------------------------- strings

namespace {

void put_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xc0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xe0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(char(0x80 | (cp & 0x3f)));
  } else {
    out.push_back(char(0xf0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3f)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(char(0x80 | (cp & 0x3f)));
  }
}

// \N{name}: the Unicode database's names and aliases (runtime/unicode_db.cpp).
bool lookup_char_name(std::string_view name, uint32_t* cp) { return rt::uni::lookup_name(name, cp); }

int hexval(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
  return -1;
}

// Decode the escapes of a (non-raw) literal body.  On error returns false with *msg set.
bool decode_escapes(std::string_view s, bool bytes, std::string& out, std::string* msg) {
  for (size_t i = 0; i < s.size(); i++) {
    char ch = s[i];
    if (ch != '\\' || i + 1 >= s.size()) {
      out.push_back(ch);
      continue;
    }
    size_t esc_start = i;
    char e = s[++i];
    switch (e) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = uint32_t(e - '0');
        for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; k++) v = v * 8 + uint32_t(s[++i] - '0');
        if (bytes) out.push_back(char(v & 0xff));
        else put_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {
          out.push_back('\\');
          out.push_back(e);
          break;
        }
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int got = 0;
        while (got < n && i + 1 < s.size() && hexval(s[i + 1]) >= 0) {
          v = v * 16 + uint32_t(hexval(s[++i]));
          got++;
        }
        if (got < n) {
          char buf[160];
          std::snprintf(buf, sizeof buf,
                        "(%s error) '%s' codec can't decode bytes in position %zu-%zu: truncated \\%c%s escape",
                        bytes ? "value" : "unicode", bytes ? "bytes" : "unicodeescape", esc_start, i, e,
                        e == 'x' ? "XX" : e == 'u' ? "XXXX" : "XXXXXXXX");
          *msg = bytes ? std::string("(value error) invalid \\x escape at position ") + std::to_string(esc_start) : buf;
          return false;
        }
        if (bytes) {
          out.push_back(char(v));
        } else {
          if (v > 0x10ffff) {
            char buf[160];
            std::snprintf(buf, sizeof buf,
                          "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character",
                          esc_start, i);
            *msg = buf;
            return false;
          }
          put_utf8(out, v);
        }
        break;
      }
      case 'N': {
        if (bytes) {
          out.push_back('\\');
          out.push_back('N');
          break;
        }
        size_t close = i + 1 < s.size() && s[i + 1] == '{' ? s.find('}', i + 2) : std::string_view::npos;
        uint32_t cp;
        if (close == std::string_view::npos || !lookup_char_name(s.substr(i + 2, close - i - 2), &cp)) {
          size_t endpos = close == std::string_view::npos ? i : close;
          char buf[200];
          std::snprintf(buf, sizeof buf,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                        esc_start, endpos, close == std::string_view::npos ? "malformed \\N character escape"
                                                                             : "unknown Unicode character name");
          *msg = buf;
          return false;
        }
        put_utf8(out, cp);
        i = close;
        break;
      }
      default:
        out.push_back('\\');
        out.push_back(e);
        break;
    }
  }
  return true;
}

struct Piece {
  bool raw = false, bytes = false, fstr = false;
  std::string_view body;
  int body_line = 0, body_col = 0;  // where the body starts in the source
};

Piece split_token(const Token& t) {
  Piece p;
  std::string_view s = t.text();
  size_t i = 0;
  while (i < s.size() && s[i] != '\'' && s[i] != '"') {
    char ch = s[i];
    if (ch == 'r' || ch == 'R') p.raw = true;
    if (ch == 'b' || ch == 'B') p.bytes = true;
    if (ch == 'f' || ch == 'F') p.fstr = true;
    i++;
  }
  size_t q = 1;
  if (s.size() - i >= 6 && s[i + 1] == s[i] && s[i + 2] == s[i]) q = 3;
  p.body = s.substr(i + q, s.size() - i - 2 * q);
  p.body_line = t.lineno;
  p.body_col = t.col + int(i + q);
  return p;
}

// Position in the source of offset `off` into a piece's body.
void body_pos(const Piece& p, size_t off, int* line, int* col) {
  int l = p.body_line, c = p.body_col;
  for (size_t k = 0; k < off; k++) {
    if (p.body[k] == '\n') { l++; c = 0; }
    else c++;
  }
  *line = l;
  *col = c;
}

struct FBuilder {
  Ctx* c;
  ExprList values;
  std::string lit;
  explicit FBuilder(Ctx* ctx) : c(ctx) {}

  void flush_lit(const Token& t) {
    if (lit.empty()) return;
    Constant* k = c->make<Constant>();
    k->ckind = ConstKind::Str;
    k->text = std::move(lit);
    lit.clear();
    k->lineno = t.lineno; k->col_offset = t.col; k->end_lineno = t.end_lineno; k->end_col_offset = t.end_col;
    values.push_back(k);
  }
};

bool fail_at_token(Ctx* c, const Token& t, const std::string& msg) {
  c->error_at(msg, t.end_lineno, t.end_col, t.end_lineno, t.end_col);
  return false;
}

// Parse an f-string body (or a format spec: stop at the closing '}' of the field) into b.
// *pos is advanced past what was consumed.
bool parse_fbody(Ctx* c, const Piece& p, const Token& t, size_t* pos, bool in_spec, int depth, FBuilder& b);

bool parse_field(Ctx* c, const Piece& p, const Token& t, size_t* pos, int depth, FBuilder& b) {
  std::string_view s = p.body;
  size_t i = *pos;  // just after '{'
  if (depth >= 2) return fail_at_token(c, t, "f-string: expressions nested too deeply");
  // The expression ends at a '!', ':', '=' or '}' outside brackets and
  // strings ("!=", "==", "<=", ">=" are operators); brackets must pair up.
  // The checks and their order follow CPython 3.11.7, whose messages the
  // tests compare: a backslash anywhere (even in a nested string), '#', an
  // unmatched or mismatched bracket, then an empty expression.
  size_t expr_start = i;
  std::string parens;  // the brackets open at i, innermost last
  char in_quote = 0;
  bool triple = false;  // the string being skipped is triple-quoted
  auto fail_char = [&](const char* fmt, char a, char b = 0) {
    char msg[96];
    std::snprintf(msg, sizeof msg, fmt, a, b);
    return fail_at_token(c, t, msg);
  };
  for (; i < s.size(); i++) {
    char ch = s[i];
    auto tripled = [&] { return i + 2 < s.size() && s[i + 1] == ch && s[i + 2] == ch; };
    if (ch == '\\') return fail_at_token(c, t, "f-string expression part cannot include a backslash");
    if (in_quote) {
      if (ch == in_quote && (!triple || tripled())) {
        if (triple) i += 2;
        in_quote = 0;
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      triple = tripled();
      if (triple) i += 2;
      in_quote = ch;
      continue;
    }
    if (ch == '(' || ch == '[' || ch == '{') {
      if (parens.size() >= 200) return fail_at_token(c, t, "f-string: too many nested parenthesis");
      parens.push_back(ch);
      continue;
    }
    if (ch == '#') return fail_at_token(c, t, "f-string expression part cannot include '#'");
    if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' || ch == '>')) {
      if (ch != ':' && ch != '}' && i + 1 < s.size() && s[i + 1] == '=') {  // != == <= >=
        i++;
        continue;
      }
      if (ch == '<' || ch == '>') continue;
      break;
    }
    if (ch == ')' || ch == ']' || ch == '}') {
      if (parens.empty()) return fail_char("f-string: unmatched '%c'", ch);
      char open = parens.back();
      parens.pop_back();
      if (open != (ch == ')' ? '(' : ch == ']' ? '[' : '{'))
        return fail_char("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open);
    }
  }
  if (in_quote) return fail_at_token(c, t, "f-string: unterminated string");
  if (!parens.empty()) return fail_char("f-string: unmatched '%c'", parens.back());
  if (i >= s.size()) return fail_at_token(c, t, "f-string: expecting '}'");
  size_t expr_end = i;
  std::string_view text = s.substr(expr_start, expr_end - expr_start);
  bool blank = true;
  for (char ch : text)
    if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\f') blank = false;
  if (blank) {
    if (s[i] == '!' || s[i] == ':' || s[i] == '=') return fail_char("f-string: expression required before '%c'", s[i]);
    return fail_at_token(c, t, "f-string: empty expression not allowed");
  }
  size_t debug_end = std::string_view::npos;  // end of the "x=" text for self-documenting fields
  if (s[i] == '=') {
    i++;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' ||
                            s[i] == '\v'))
      i++;
    if (i >= s.size()) return fail_at_token(c, t, "f-string: expecting '}'");
    debug_end = i;
  }
  int eline, ecol;
  body_pos(p, expr_start, &eline, &ecol);
  Expr* value = parse_fstring_expr(c, text, eline, ecol);
  if (!value) return false;
  int conversion = -1;
  if (debug_end != std::string_view::npos) b.lit.append(s.substr(expr_start, debug_end - expr_start));
  if (s[i] == '!') {
    i++;
    if (i >= s.size()) return fail_at_token(c, t, "f-string: expecting '}'");
    if (s[i] != 's' && s[i] != 'r' && s[i] != 'a')
      return fail_at_token(c, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = s[i];
    i++;
    if (i >= s.size() || (s[i] != ':' && s[i] != '}')) return fail_at_token(c, t, "f-string: expecting '}'");
  }
  Expr* spec = nullptr;
  if (i < s.size() && s[i] == ':') {
    i++;
    FBuilder sb(c);
    if (!parse_fbody(c, p, t, &i, true, depth + 1, sb)) return false;
    sb.flush_lit(t);
    JoinedStr* js = c->make<JoinedStr>();
    js->values = std::move(sb.values);
    js->lineno = t.lineno; js->col_offset = t.col; js->end_lineno = t.end_lineno; js->end_col_offset = t.end_col;
    spec = js;
  }
  if (i >= s.size() || s[i] != '}') return fail_at_token(c, t, "f-string: expecting '}'");
  i++;
  if (debug_end != std::string_view::npos && conversion == -1 && !spec) conversion = 'r';
  b.flush_lit(t);
  FormattedValue* fv = c->make<FormattedValue>();
  fv->value = value;
  fv->conversion = conversion;
  fv->format_spec = spec;
  fv->lineno = t.lineno; fv->col_offset = t.col; fv->end_lineno = t.end_lineno; fv->end_col_offset = t.end_col;
  b.values.push_back(fv);
  *pos = i;
  return true;
}

bool parse_fbody(Ctx* c, const Piece& p, const Token& t, size_t* pos, bool in_spec, int depth, FBuilder& b) {
  std::string_view s = p.body;
  size_t i = *pos;
  size_t chunk = i;
  auto flush_chunk = [&](size_t end) -> bool {
    if (end <= chunk) return true;
    std::string_view raw = s.substr(chunk, end - chunk);
    if (p.raw) {
      b.lit.append(raw);
    } else {
      std::string msg;
      if (!decode_escapes(raw, false, b.lit, &msg)) return fail_at_token(c, t, msg);
    }
    return true;
  };
  while (i < s.size()) {
    char ch = s[i];
    if (ch == '\\' && !p.raw && i + 1 < s.size()) {
      if (s[i + 1] == 'N' && i + 2 < s.size() && s[i + 2] == '{') {
        size_t close = s.find('}', i + 3);
        i = close == std::string_view::npos ? s.size() : close + 1;
      } else if (s[i + 1] == '{' || s[i + 1] == '}') {
        i += 1;  // '\{' is no escape: the backslash stays, the brace opens a field (or doubles, or is lone)
      } else {
        i += 2;
      }
      continue;
    }
    if (ch == '{') {
      if (!in_spec && i + 1 < s.size() && s[i + 1] == '{') {
        if (!flush_chunk(i + 1)) return false;
        i += 2;
        chunk = i;
        continue;
      }
      if (!flush_chunk(i)) return false;
      i++;
      if (!parse_field(c, p, t, &i, depth, b)) return false;
      chunk = i;
      continue;
    }
    if (ch == '}') {
      if (in_spec) break;
      if (i + 1 < s.size() && s[i + 1] == '}') {
        if (!flush_chunk(i + 1)) return false;
        i += 2;
        chunk = i;
        continue;
      }
      return fail_at_token(c, t, "f-string: single '}' is not allowed");
    }
    i++;
  }
  if (!flush_chunk(i)) return false;
  *pos = i;
  return true;
}

}  // namespace

Expr* make_string(Ctx* c, StrSeq* seq) {
  const Token& first = seq->toks.front();
  const Token& last = seq->toks.back();
  bool any_bytes = false, any_str = false, any_f = false;
  for (const Token& t : seq->toks) {
    Piece p = split_token(t);
    (p.bytes ? any_bytes : any_str) = true;
    if (p.fstr) any_f = true;
  }
  if (any_bytes && any_str) {
    c->error_at("cannot mix bytes and nonbytes literals", last.end_lineno, last.end_col, last.end_lineno,
                last.end_col);
    return nullptr;
  }
  auto place = [&](Expr* e) {
    e->lineno = first.lineno; e->col_offset = first.col; e->end_lineno = last.end_lineno; e->end_col_offset = last.end_col;
    c->note_expr(e);
    return e;
  };
  if (!any_f) {
    Constant* k = c->make<Constant>();
    k->ckind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
    k->u_prefix = !first.text().empty() && (first.text()[0] == 'u' || first.text()[0] == 'U');
    for (const Token& t : seq->toks) {
      Piece p = split_token(t);
      if (p.bytes) {
        for (char ch : p.body)
          if (static_cast<unsigned char>(ch) >= 0x80) {
            c->error_at("bytes can only contain ASCII literal characters", t.lineno, t.col, t.end_lineno, t.end_col);
            return nullptr;
          }
      }
      if (p.raw) {
        k->text.append(p.body);
      } else {
        std::string msg;
        if (!decode_escapes(p.body, p.bytes, k->text, &msg)) {
          c->error_at(msg, t.end_lineno, t.end_col, t.end_lineno, t.end_col);
          return nullptr;
        }
      }
    }
    return place(k);
  }
  FBuilder b(c);
  for (const Token& t : seq->toks) {
    Piece p = split_token(t);
    if (!p.fstr) {
      if (p.raw) {
        b.lit.append(p.body);
      } else {
        std::string msg;
        if (!decode_escapes(p.body, false, b.lit, &msg)) {
          c->error_at(msg, t.end_lineno, t.end_col, t.end_lineno, t.end_col);
          return nullptr;
        }
      }
      continue;
    }
    size_t pos = 0;
    if (!parse_fbody(c, p, t, &pos, false, 0, b)) return nullptr;
  }
  b.flush_lit(first);
  JoinedStr* js = c->make<JoinedStr>();
  js->values = std::move(b.values);
  // Literal parts and fields span the whole string, as in CPython 3.11.
  for (Expr* v : js->values) {
    v->lineno = first.lineno; v->col_offset = first.col; v->end_lineno = last.end_lineno; v->end_col_offset = last.end_col;
  }
  return place(js);
}

Expr* parse_fstring_expr(Ctx* c, std::string_view text, int line, int col) {
  std::string src;
  src.reserve(text.size() + 2);
  src.push_back('(');
  src.append(text);
  src.push_back(')');
  SyntaxErrorInfo suberr;
  Ctx sub(c->mod, src, ParseMode::Eval, &suberr);
  sub.fstring_expr = true;
  sub.lexer.set_line_offset(line, 0);
  Expr* saved = c->mod->expr;
  size_t first_node = c->mod->arena.nodes.size();
  int r = run_parser(&sub);
  Expr* e = c->mod->expr;
  c->mod->expr = saved;
  if (r != 0) {
    if (!c->failed) {
      c->failed = true;
      *c->err = suberr;
      if (c->err->msg.compare(0, 9, "f-string:") != 0 && c->err->msg.compare(0, 8, "f-string") != 0)
        c->err->msg = "f-string: " + c->err->msg;
    }
    return nullptr;
  }
  // Move the positions from the "(expr)" buffer to the real source.
  auto& nodes = c->mod->arena.nodes;
  for (size_t k = first_node; k < nodes.size(); k++) {
    Node* n = nodes[k].get();
    if (n->lineno == 1) n->col_offset += col - 1;
    if (n->end_lineno == 1) n->end_col_offset += col - 1;
    n->lineno += line - 1;
    n->end_lineno += line - 1;
  }
  return e;
}

}  // namespace interp::ps

namespace interp::ast {

std::unique_ptr<Module> parse(std::string_view source, const std::string& filename, ParseMode mode,
                              SyntaxErrorInfo* err) {
  auto m = std::make_unique<Module>();
  SyntaxErrorInfo local;
  if (!err) err = &local;
  if (mode == ParseMode::Eval) {
    // eval() input may start with spaces and tabs (CPython strips them).
    size_t i = 0;
    while (i < source.size() && (source[i] == ' ' || source[i] == '\t')) i++;
    source.remove_prefix(i);
  }
  ps::Ctx ctx(m.get(), source, mode, err);
  ctx.filename = filename;
  ctx.lexer.set_filename(filename);
  if (ps::run_parser(&ctx) != 0) return nullptr;
  return m;
}

}  // namespace interp::ast

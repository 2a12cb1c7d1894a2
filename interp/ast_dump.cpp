// interp::ast::dump(): the same text as Python 3.11's ast.dump(tree, indent=1),
// so parser tests can be checked against python3 directly.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "interp/ast.h"

namespace interp::ast {

namespace {

struct R {
  std::string s;
  bool simple;
};
using Fields = std::vector<std::pair<const char*, R>>;

std::string pad(int level) { return std::string(size_t(level), ' '); }

R obj(const char* cls, const Fields& f, int level) {
  bool allsimple = true;
  for (auto& kv : f) allsimple = allsimple && kv.second.simple;
  std::string out = cls;
  out += '(';
  if (allsimple && f.size() <= 3) {
    for (size_t i = 0; i < f.size(); i++) {
      if (i) out += ", ";
      out += f[i].first;
      out += '=';
      out += f[i].second.s;
    }
    out += ')';
    return {out, f.empty()};
  }
  out += '\n' + pad(level);
  for (size_t i = 0; i < f.size(); i++) {
    if (i) out += ",\n" + pad(level);
    out += f[i].first;
    out += '=';
    out += f[i].second.s;
  }
  out += ')';
  return {out, false};
}

template <class T, class Fn>
R list(const std::vector<T>& v, int level, Fn fn) {
  level++;
  if (v.empty()) return {"[]", true};
  std::string out = "[\n" + pad(level);
  for (size_t i = 0; i < v.size(); i++) {
    if (i) out += ",\n" + pad(level);
    out += fn(v[i], level).s;
  }
  out += ']';
  return {out, false};
}

void put_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) out.push_back(char(cp));
  else if (cp < 0x800) { out.push_back(char(0xc0 | (cp >> 6))); out.push_back(char(0x80 | (cp & 0x3f))); }
  else if (cp < 0x10000) {
    out.push_back(char(0xe0 | (cp >> 12))); out.push_back(char(0x80 | ((cp >> 6) & 0x3f)));
    out.push_back(char(0x80 | (cp & 0x3f)));
  } else {
    out.push_back(char(0xf0 | (cp >> 18))); out.push_back(char(0x80 | ((cp >> 12) & 0x3f)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3f))); out.push_back(char(0x80 | (cp & 0x3f)));
  }
}

std::string repr_str(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint32_t cp = c;
    size_t n = 1;
    if (c >= 0x80) {
      if ((c & 0xe0) == 0xc0) { cp = c & 0x1f; n = 2; }
      else if ((c & 0xf0) == 0xe0) { cp = c & 0x0f; n = 3; }
      else { cp = c & 0x07; n = 4; }
      for (size_t k = 1; k < n && i + k < s.size(); k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    }
    i += n;
    char buf[16];
    if (cp == '\\') out += "\\\\";
    else if (cp == uint32_t(q)) { out += '\\'; out += q; }
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp == '\t') out += "\\t";
    else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0xad) {
      std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(cp));
      out += buf;
    } else if ((cp >= 0x2000 && cp <= 0x200f) || (cp >= 0x2028 && cp <= 0x202f) || cp == 0xfeff ||
               (cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xe000 && cp <= 0xf8ff) || cp == 0xa0 || cp == 0x3000) {
      if (cp == 0xa0) out += "\\xa0";
      else { std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(cp)); out += buf; }
    } else {
      put_utf8(out, cp);
    }
  }
  out += q;
  return out;
}

std::string repr_bytes(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    char buf[8];
    if (c == '\\') out += "\\\\";
    else if (c == static_cast<unsigned char>(q)) { out += '\\'; out += q; }
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c >= 0x7f) { std::snprintf(buf, sizeof buf, "\\x%02x", c); out += buf; }
    else out += char(c);
  }
  out += q;
  return out;
}

// The literal's digits (with an optional 0x/0o/0b prefix) in decimal.
std::string int_decimal(const std::string& text) {
  int base = 10;
  size_t i = 0;
  if (text.size() > 1 && text[0] == '0' && std::strchr("xXoObB", text[1])) {
    base = (text[1] == 'x' || text[1] == 'X') ? 16 : (text[1] == 'o' || text[1] == 'O') ? 8 : 2;
    i = 2;
  }
  std::vector<int> dec{0};  // little-endian decimal digits
  for (; i < text.size(); i++) {
    char c = text[i];
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    int carry = d;
    for (int& x : dec) {
      int v = x * base + carry;
      x = v % 10;
      carry = v / 10;
    }
    while (carry) { dec.push_back(carry % 10); carry /= 10; }
  }
  while (dec.size() > 1 && dec.back() == 0) dec.pop_back();
  std::string out;
  for (size_t k = dec.size(); k-- > 0;) out += char('0' + dec[k]);
  return out;
}

std::string repr_float(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "nan";
  char buf[64];
  int prec = 1;
  for (; prec <= 17; prec++) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf: d.ddde[+-]XX
  std::string m(buf);
  size_t epos = m.find('e');
  int exp = std::atoi(m.c_str() + epos + 1);
  std::string digits;
  for (size_t k = 0; k < epos; k++)
    if (m[k] >= '0' && m[k] <= '9') digits += m[k];
  bool neg = v < 0 || (v == 0 && std::signbit(v));
  std::string out = neg ? "-" : "";
  if (exp < -4 || exp >= 16) {
    out += digits[0];
    if (digits.size() > 1) { out += '.'; out += digits.substr(1); }
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
    return out;
  }
  if (exp < 0) {
    out += "0.";
    out += std::string(size_t(-exp - 1), '0');
    out += digits;
    return out;
  }
  if (int(digits.size()) <= exp + 1) {
    out += digits + std::string(size_t(exp + 1 - int(digits.size())), '0') + ".0";
    return out;
  }
  out += digits.substr(0, size_t(exp + 1)) + "." + digits.substr(size_t(exp + 1));
  return out;
}

std::string repr_complex(double v) {
  std::string f = repr_float(v);
  if (f.size() > 2 && f.compare(f.size() - 2, 2, ".0") == 0) f.resize(f.size() - 2);
  return f + "j";
}

// A constant's repr (tuples and frozensets only come from _ast trees).
std::string const_repr(const Constant* x) {
  switch (x->ckind) {
    case ConstKind::None: return "None";
    case ConstKind::True: return "True";
    case ConstKind::False: return "False";
    case ConstKind::Ellipsis: return "Ellipsis";
    case ConstKind::Int: return int_decimal(x->text);
    case ConstKind::Float: return repr_float(x->fval);
    case ConstKind::Complex: return repr_complex(x->fval);
    case ConstKind::Str: return repr_str(x->text);
    case ConstKind::Bytes: return repr_bytes(x->text);
    case ConstKind::Tuple:
    case ConstKind::FrozenSet: {
      std::string r = x->ckind == ConstKind::Tuple ? "(" : "frozenset({";
      for (size_t i = 0; i < x->items.size(); ++i) r += (i ? ", " : "") + const_repr(x->items[i]);
      if (x->ckind == ConstKind::Tuple && x->items.size() == 1) r += ",";
      return r + (x->ckind == ConstKind::Tuple ? ")" : "})");
    }
  }
  return "None";
}

R simple(std::string s) { return {std::move(s), true}; }

const char* ctx_name(ExprContext c) {
  return c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
}
const char* op_name(OperatorKind o) {
  static const char* const n[] = {"Add()", "Sub()", "Mult()", "MatMult()", "Div()", "FloorDiv()", "Mod()",
                                  "Pow()", "LShift()", "RShift()", "BitAnd()", "BitXor()", "BitOr()"};
  return n[int(o)];
}
const char* unop_name(UnaryOpKind o) {
  static const char* const n[] = {"Invert()", "Not()", "UAdd()", "USub()"};
  return n[int(o)];
}
const char* cmp_name(CmpOpKind o) {
  static const char* const n[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()", "IsNot()", "In()", "NotIn()"};
  return n[int(o)];
}

R expr(const Expr* e, int level);
R stmt(const Stmt* s, int level);

R opt_expr(const Expr* e, int level) { return e ? expr(e, level) : simple("None"); }

R stmts(const StmtList& v, int level) { return list(v, level, stmt); }
R exprs(const ExprList& v, int level) { return list(v, level, opt_expr); }

R arg(const Arg* a, int level) {
  level++;
  Fields f{{"arg", simple(repr_str(a->arg))}};
  if (a->annotation) f.push_back({"annotation", expr(a->annotation, level)});
  return obj("arg", f, level);
}

R arguments(const Arguments* a, int level) {
  level++;
  Fields f;
  f.push_back({"posonlyargs", list(a->posonlyargs, level, arg)});
  f.push_back({"args", list(a->args, level, arg)});
  if (a->vararg) f.push_back({"vararg", arg(a->vararg, level)});
  f.push_back({"kwonlyargs", list(a->kwonlyargs, level, arg)});
  f.push_back({"kw_defaults", exprs(a->kw_defaults, level)});
  if (a->kwarg) f.push_back({"kwarg", arg(a->kwarg, level)});
  f.push_back({"defaults", exprs(a->defaults, level)});
  return obj("arguments", f, level);
}

R keyword(const Keyword* k, int level) {
  level++;
  Fields f;
  if (!k->arg.empty()) f.push_back({"arg", simple(repr_str(k->arg))});
  f.push_back({"value", expr(k->value, level)});
  return obj("keyword", f, level);
}

R comprehension(const Comprehension* c, int level) {
  level++;
  Fields f{{"target", expr(c->target, level)}, {"iter", expr(c->iter, level)}, {"ifs", exprs(c->ifs, level)},
           {"is_async", simple(c->is_async ? "1" : "0")}};
  return obj("comprehension", f, level);
}

R alias(const Alias* a, int level) {
  level++;
  Fields f{{"name", simple(repr_str(a->name))}};
  if (!a->asname.empty()) f.push_back({"asname", simple(repr_str(a->asname))});
  return obj("alias", f, level);
}

R withitem(const WithItem* w, int level) {
  level++;
  Fields f{{"context_expr", expr(w->context_expr, level)}};
  if (w->optional_vars) f.push_back({"optional_vars", expr(w->optional_vars, level)});
  return obj("withitem", f, level);
}

R handler(const ExceptHandler* h, int level) {
  level++;
  Fields f;
  if (h->type) f.push_back({"type", expr(h->type, level)});
  if (!h->name.empty()) f.push_back({"name", simple(repr_str(h->name))});
  f.push_back({"body", stmts(h->body, level)});
  return obj("ExceptHandler", f, level);
}

R names_list(const std::vector<std::string>& v, int level) {
  return list(v, level, [](const std::string& s, int) { return simple(repr_str(s)); });
}

// ---- match patterns (docs/match.md) ----
R pattern(const Pattern* p, int level) {
  level++;
  Fields f;
  const char* cls = "?";
  switch (p->kind) {
    case PatternKind::MatchValue:
      cls = "MatchValue";
      f = {{"value", expr(static_cast<const MatchValue*>(p)->value, level)}};
      break;
    case PatternKind::MatchSingleton: {
      ConstKind k = static_cast<const MatchSingleton*>(p)->value;
      cls = "MatchSingleton";
      f = {{"value", simple(k == ConstKind::True ? "True" : k == ConstKind::False ? "False" : "None")}};
      break;
    }
    case PatternKind::MatchSequence:
      cls = "MatchSequence";
      f = {{"patterns", list(static_cast<const MatchSequence*>(p)->patterns, level, pattern)}};
      break;
    case PatternKind::MatchMapping: {
      auto* x = static_cast<const MatchMapping*>(p);
      cls = "MatchMapping";
      f = {{"keys", exprs(x->keys, level)}, {"patterns", list(x->patterns, level, pattern)}};
      if (!x->rest.empty()) f.push_back({"rest", simple(repr_str(x->rest))});
      break;
    }
    case PatternKind::MatchClass: {
      auto* x = static_cast<const MatchClass*>(p);
      cls = "MatchClass";
      f = {{"cls", expr(x->cls, level)}, {"patterns", list(x->patterns, level, pattern)},
           {"kwd_attrs", names_list(x->kwd_attrs, level)}, {"kwd_patterns", list(x->kwd_patterns, level, pattern)}};
      break;
    }
    case PatternKind::MatchStar: {
      auto* x = static_cast<const MatchStar*>(p);
      cls = "MatchStar";
      if (!x->name.empty()) f = {{"name", simple(repr_str(x->name))}};
      break;
    }
    case PatternKind::MatchAs: {
      auto* x = static_cast<const MatchAs*>(p);
      cls = "MatchAs";
      if (x->pattern) f.push_back({"pattern", pattern(x->pattern, level)});
      if (!x->name.empty()) f.push_back({"name", simple(repr_str(x->name))});
      break;
    }
    case PatternKind::MatchOr:
      cls = "MatchOr";
      f = {{"patterns", list(static_cast<const MatchOr*>(p)->patterns, level, pattern)}};
      break;
  }
  return obj(cls, f, level);
}

R match_case(const MatchCase* c, int level) {
  level++;
  Fields f{{"pattern", pattern(c->pattern, level)}};
  if (c->guard) f.push_back({"guard", expr(c->guard, level)});
  f.push_back({"body", stmts(c->body, level)});
  return obj("match_case", f, level);
}

R expr(const Expr* e, int level) {
  level++;
  Fields f;
  const char* cls = "?";
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* x = static_cast<const BoolOp*>(e);
      cls = "BoolOp";
      f = {{"op", simple(x->op == BoolOpKind::And ? "And()" : "Or()")}, {"values", exprs(x->values, level)}};
      break;
    }
    case ExprKind::NamedExpr: {
      auto* x = static_cast<const NamedExpr*>(e);
      cls = "NamedExpr";
      f = {{"target", expr(x->target, level)}, {"value", expr(x->value, level)}};
      break;
    }
    case ExprKind::BinOp: {
      auto* x = static_cast<const BinOp*>(e);
      cls = "BinOp";
      f = {{"left", expr(x->left, level)}, {"op", simple(op_name(x->op))}, {"right", expr(x->right, level)}};
      break;
    }
    case ExprKind::UnaryOp: {
      auto* x = static_cast<const UnaryOp*>(e);
      cls = "UnaryOp";
      f = {{"op", simple(unop_name(x->op))}, {"operand", expr(x->operand, level)}};
      break;
    }
    case ExprKind::Lambda: {
      auto* x = static_cast<const Lambda*>(e);
      cls = "Lambda";
      f = {{"args", arguments(x->args, level)}, {"body", expr(x->body, level)}};
      break;
    }
    case ExprKind::IfExp: {
      auto* x = static_cast<const IfExp*>(e);
      cls = "IfExp";
      f = {{"test", expr(x->test, level)}, {"body", expr(x->body, level)}, {"orelse", expr(x->orelse, level)}};
      break;
    }
    case ExprKind::Dict: {
      auto* x = static_cast<const Dict*>(e);
      cls = "Dict";
      f = {{"keys", exprs(x->keys, level)}, {"values", exprs(x->values, level)}};
      break;
    }
    case ExprKind::Set: {
      cls = "Set";
      f = {{"elts", exprs(static_cast<const Set*>(e)->elts, level)}};
      break;
    }
    case ExprKind::ListComp: {
      auto* x = static_cast<const ListComp*>(e);
      cls = "ListComp";
      f = {{"elt", expr(x->elt, level)}, {"generators", list(x->generators, level, comprehension)}};
      break;
    }
    case ExprKind::SetComp: {
      auto* x = static_cast<const SetComp*>(e);
      cls = "SetComp";
      f = {{"elt", expr(x->elt, level)}, {"generators", list(x->generators, level, comprehension)}};
      break;
    }
    case ExprKind::GeneratorExp: {
      auto* x = static_cast<const GeneratorExp*>(e);
      cls = "GeneratorExp";
      f = {{"elt", expr(x->elt, level)}, {"generators", list(x->generators, level, comprehension)}};
      break;
    }
    case ExprKind::DictComp: {
      auto* x = static_cast<const DictComp*>(e);
      cls = "DictComp";
      f = {{"key", expr(x->key, level)}, {"value", expr(x->value, level)},
           {"generators", list(x->generators, level, comprehension)}};
      break;
    }
    case ExprKind::Yield: {
      auto* x = static_cast<const Yield*>(e);
      cls = "Yield";
      if (x->value) f = {{"value", expr(x->value, level)}};
      break;
    }
    case ExprKind::YieldFrom: {
      cls = "YieldFrom";
      f = {{"value", expr(static_cast<const YieldFrom*>(e)->value, level)}};
      break;
    }
    case ExprKind::Compare: {
      auto* x = static_cast<const Compare*>(e);
      cls = "Compare";
      f = {{"left", expr(x->left, level)},
           {"ops", list(x->ops, level, [](CmpOpKind k, int) { return simple(cmp_name(k)); })},
           {"comparators", exprs(x->comparators, level)}};
      break;
    }
    case ExprKind::Call: {
      auto* x = static_cast<const Call*>(e);
      cls = "Call";
      f = {{"func", expr(x->func, level)}, {"args", exprs(x->args, level)},
           {"keywords", list(x->keywords, level, keyword)}};
      break;
    }
    case ExprKind::FormattedValue: {
      auto* x = static_cast<const FormattedValue*>(e);
      cls = "FormattedValue";
      f = {{"value", expr(x->value, level)}, {"conversion", simple(std::to_string(x->conversion))}};
      if (x->format_spec) f.push_back({"format_spec", expr(x->format_spec, level)});
      break;
    }
    case ExprKind::JoinedStr: {
      cls = "JoinedStr";
      f = {{"values", exprs(static_cast<const JoinedStr*>(e)->values, level)}};
      break;
    }
    case ExprKind::Constant: {
      auto* x = static_cast<const Constant*>(e);
      cls = "Constant";
      std::string v = const_repr(x);
      f = {{"value", simple(v)}};
      break;
    }
    case ExprKind::Attribute: {
      auto* x = static_cast<const Attribute*>(e);
      cls = "Attribute";
      f = {{"value", expr(x->value, level)}, {"attr", simple(repr_str(x->attr))}, {"ctx", simple(ctx_name(x->ctx))}};
      break;
    }
    case ExprKind::Subscript: {
      auto* x = static_cast<const Subscript*>(e);
      cls = "Subscript";
      f = {{"value", expr(x->value, level)}, {"slice", expr(x->slice, level)}, {"ctx", simple(ctx_name(x->ctx))}};
      break;
    }
    case ExprKind::Starred: {
      auto* x = static_cast<const Starred*>(e);
      cls = "Starred";
      f = {{"value", expr(x->value, level)}, {"ctx", simple(ctx_name(x->ctx))}};
      break;
    }
    case ExprKind::Name: {
      auto* x = static_cast<const Name*>(e);
      cls = "Name";
      f = {{"id", simple(repr_str(x->id))}, {"ctx", simple(ctx_name(x->ctx))}};
      break;
    }
    case ExprKind::List: {
      auto* x = static_cast<const List*>(e);
      cls = "List";
      f = {{"elts", exprs(x->elts, level)}, {"ctx", simple(ctx_name(x->ctx))}};
      break;
    }
    case ExprKind::Tuple: {
      auto* x = static_cast<const Tuple*>(e);
      cls = "Tuple";
      f = {{"elts", exprs(x->elts, level)}, {"ctx", simple(ctx_name(x->ctx))}};
      break;
    }
    case ExprKind::Slice: {
      auto* x = static_cast<const Slice*>(e);
      cls = "Slice";
      if (x->lower) f.push_back({"lower", expr(x->lower, level)});
      if (x->upper) f.push_back({"upper", expr(x->upper, level)});
      if (x->step) f.push_back({"step", expr(x->step, level)});
      break;
    }
    case ExprKind::Await:  // async/await
      cls = "Await";
      f = {{"value", expr(static_cast<const Await*>(e)->value, level)}};
      break;
  }
  return obj(cls, f, level);
}

R stmt(const Stmt* s, int level) {
  level++;
  Fields f;
  const char* cls = "?";
  switch (s->kind) {
    case StmtKind::FunctionDef: {
      auto* x = static_cast<const FunctionDef*>(s);
      cls = x->is_async ? "AsyncFunctionDef" : "FunctionDef";
      f = {{"name", simple(repr_str(x->name))}, {"args", arguments(x->args, level)}, {"body", stmts(x->body, level)},
           {"decorator_list", exprs(x->decorator_list, level)}};
      if (x->returns) f.push_back({"returns", expr(x->returns, level)});
      break;
    }
    case StmtKind::ClassDef: {
      auto* x = static_cast<const ClassDef*>(s);
      cls = "ClassDef";
      f = {{"name", simple(repr_str(x->name))}, {"bases", exprs(x->bases, level)},
           {"keywords", list(x->keywords, level, keyword)}, {"body", stmts(x->body, level)},
           {"decorator_list", exprs(x->decorator_list, level)}};
      break;
    }
    case StmtKind::Return: {
      auto* x = static_cast<const Return*>(s);
      cls = "Return";
      if (x->value) f = {{"value", expr(x->value, level)}};
      break;
    }
    case StmtKind::Delete:
      cls = "Delete";
      f = {{"targets", exprs(static_cast<const Delete*>(s)->targets, level)}};
      break;
    case StmtKind::Assign: {
      auto* x = static_cast<const Assign*>(s);
      cls = "Assign";
      f = {{"targets", exprs(x->targets, level)}, {"value", expr(x->value, level)}};
      break;
    }
    case StmtKind::AugAssign: {
      auto* x = static_cast<const AugAssign*>(s);
      cls = "AugAssign";
      f = {{"target", expr(x->target, level)}, {"op", simple(op_name(x->op))}, {"value", expr(x->value, level)}};
      break;
    }
    case StmtKind::AnnAssign: {
      auto* x = static_cast<const AnnAssign*>(s);
      cls = "AnnAssign";
      f = {{"target", expr(x->target, level)}, {"annotation", expr(x->annotation, level)}};
      if (x->value) f.push_back({"value", expr(x->value, level)});
      f.push_back({"simple", simple(x->simple ? "1" : "0")});
      break;
    }
    case StmtKind::For: {
      auto* x = static_cast<const For*>(s);
      cls = x->is_async ? "AsyncFor" : "For";
      f = {{"target", expr(x->target, level)}, {"iter", expr(x->iter, level)}, {"body", stmts(x->body, level)},
           {"orelse", stmts(x->orelse, level)}};
      break;
    }
    case StmtKind::While: {
      auto* x = static_cast<const While*>(s);
      cls = "While";
      f = {{"test", expr(x->test, level)}, {"body", stmts(x->body, level)}, {"orelse", stmts(x->orelse, level)}};
      break;
    }
    case StmtKind::If: {
      auto* x = static_cast<const If*>(s);
      cls = "If";
      f = {{"test", expr(x->test, level)}, {"body", stmts(x->body, level)}, {"orelse", stmts(x->orelse, level)}};
      break;
    }
    case StmtKind::With: {
      auto* x = static_cast<const With*>(s);
      cls = x->is_async ? "AsyncWith" : "With";
      f = {{"items", list(x->items, level, withitem)}, {"body", stmts(x->body, level)}};
      break;
    }
    case StmtKind::Raise: {
      auto* x = static_cast<const Raise*>(s);
      cls = "Raise";
      if (x->exc) f.push_back({"exc", expr(x->exc, level)});
      if (x->cause) f.push_back({"cause", expr(x->cause, level)});
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* x = static_cast<const Try*>(s);
      cls = s->kind == StmtKind::TryStar ? "TryStar" : "Try";
      f = {{"body", stmts(x->body, level)}, {"handlers", list(x->handlers, level, handler)},
           {"orelse", stmts(x->orelse, level)}, {"finalbody", stmts(x->finalbody, level)}};
      break;
    }
    case StmtKind::Assert: {
      auto* x = static_cast<const Assert*>(s);
      cls = "Assert";
      f = {{"test", expr(x->test, level)}};
      if (x->msg) f.push_back({"msg", expr(x->msg, level)});
      break;
    }
    case StmtKind::Import:
      cls = "Import";
      f = {{"names", list(static_cast<const Import*>(s)->names, level, alias)}};
      break;
    case StmtKind::ImportFrom: {
      auto* x = static_cast<const ImportFrom*>(s);
      cls = "ImportFrom";
      if (!x->module.empty()) f.push_back({"module", simple(repr_str(x->module))});
      f.push_back({"names", list(x->names, level, alias)});
      f.push_back({"level", simple(std::to_string(x->level))});
      break;
    }
    case StmtKind::Global:
      cls = "Global";
      f = {{"names", names_list(static_cast<const Global*>(s)->names, level)}};
      break;
    case StmtKind::Nonlocal:
      cls = "Nonlocal";
      f = {{"names", names_list(static_cast<const Nonlocal*>(s)->names, level)}};
      break;
    case StmtKind::Expr:
      cls = "Expr";
      f = {{"value", expr(static_cast<const ExprStmt*>(s)->value, level)}};
      break;
    case StmtKind::Pass: cls = "Pass"; break;
    case StmtKind::Break: cls = "Break"; break;
    case StmtKind::Continue: cls = "Continue"; break;
    case StmtKind::Match: {
      auto* x = static_cast<const Match*>(s);
      cls = "Match";
      f = {{"subject", expr(x->subject, level)}, {"cases", list(x->cases, level, match_case)}};
      break;
    }
  }
  return obj(cls, f, level);
}

}  // namespace

std::string dump(const Module& m) {
  int level = 1;
  if (m.expr) {
    Fields f{{"body", expr(m.expr, level)}};
    return obj("Expression", f, level).s;
  }
  Fields f{{"body", stmts(m.body, level)}, {"type_ignores", simple("[]")}};
  return obj("Module", f, level).s;
}

}  // namespace interp::ast

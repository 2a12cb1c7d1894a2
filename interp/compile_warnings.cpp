// The compiler's SyntaxWarnings: code that compiles but is almost surely a
// mistake, reported as CPython 3.11 reports it.
//
//   x is 1, x is not 'a'    "is" with a literal. Did you mean "=="?
//   assert (x, 'message')   assertion is always true, perhaps remove parentheses?
//   [(1, 2) (3, 4)]         'tuple' object is not callable; perhaps you missed a comma?
//   [1, 2][3, 4]            list indices must be integers or slices, not tuple; ...
//   None[1]                 'NoneType' object is not subscriptable; ...
//
// CPython folds constant expressions before it compiles (-1, (1, 2), 2 * 3
// are constants by then); pyglass compiles the tree as parsed, so
// folded_constant() recognises the same shapes.  A warning goes through the
// warnings machinery with the source file and line (rt::err_warn_explicit);
// when a filter turns it into an exception of its category, the compilation
// fails with a SyntaxError at the node instead, as in CPython.
#include "compiler.h"

namespace interp {

using namespace ast;

namespace {

// The type name of a constant (after folding), or null.
const char* constant_type_name(const Constant* c) {
  switch (c->ckind) {
    case ConstKind::None: return "NoneType";
    case ConstKind::True:
    case ConstKind::False: return "bool";
    case ConstKind::Ellipsis: return "ellipsis";
    case ConstKind::Int: return "int";
    case ConstKind::Float: return "float";
    case ConstKind::Complex: return "complex";
    case ConstKind::Str: return "str";
    case ConstKind::Bytes: return "bytes";
    case ConstKind::Tuple: return "tuple";
    case ConstKind::FrozenSet: return "frozenset";
  }
  return nullptr;
}

bool is_numeric(const Constant* c) {
  return c->ckind == ConstKind::Int || c->ckind == ConstKind::Float || c->ckind == ConstKind::Complex ||
         c->ckind == ConstKind::True || c->ckind == ConstKind::False;
}

// e as the constant CPython's folding would make of it: a Constant, a signed
// number, or a tuple of such.  Returns its type name, or null.
const char* folded_constant(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant:
      return constant_type_name(static_cast<const Constant*>(e));
    case ExprKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      if (u->op == UnaryOpKind::Not || u->operand->kind != ExprKind::Constant) return nullptr;
      auto* c = static_cast<const Constant*>(u->operand);
      if (!is_numeric(c)) return nullptr;
      if (c->ckind == ConstKind::True || c->ckind == ConstKind::False) return "int";
      return u->op == UnaryOpKind::Invert && c->ckind != ConstKind::Int ? nullptr : constant_type_name(c);
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<const Tuple*>(e);
      for (const Expr* x : t->elts)
        if (!folded_constant(x)) return nullptr;
      return "tuple";
    }
    default:
      return nullptr;
  }
}

// The type of what e builds, where the syntax alone tells (CPython's infer_type).
const char* inferred_type_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp: return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp: return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "str";
    default: return folded_constant(e);
  }
}

// A literal other than None, True, False and ...: what `is` must not compare with.
bool is_literal_for_is(const Expr* e) {
  const char* t = folded_constant(e);
  if (!t || e->kind != ExprKind::Constant) return t != nullptr;
  ConstKind k = static_cast<const Constant*>(e)->ckind;
  return !(k == ConstKind::None || k == ConstKind::True || k == ConstKind::False || k == ConstKind::Ellipsis);
}

}  // namespace

void Compiler::warn(const std::string& msg, const Node* at) {
  if (rt::err_warn_explicit(rt::Exc_SyntaxWarning, msg.c_str(), filename_.c_str(), at->lineno) == 0) return;
  if (rt::err_matches(rt::Exc_SyntaxWarning)) {
    rt::err_clear();
    fail(msg, at);
  }
  fail_pyerr();
}

void Compiler::check_compare(const Compare* c) {
  bool left = is_literal_for_is(c->left);
  for (size_t i = 0; i < c->ops.size(); i++) {
    bool right = is_literal_for_is(c->comparators[i]);
    CmpOpKind op = c->ops[i];
    if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && (left || right)) {
      warn(op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                               : "\"is not\" with a literal. Did you mean \"!=\"?",
           c);
      return;
    }
    left = right;
  }
}

void Compiler::check_assert(const Assert* a) {
  if (a->test->kind == ExprKind::Tuple && !static_cast<const Tuple*>(a->test)->elts.empty())
    warn("assertion is always true, perhaps remove parentheses?", a);
}

void Compiler::check_caller(const Call* c) {
  const Expr* f = c->func;
  switch (f->kind) {
    case ExprKind::Constant:
    case ExprKind::UnaryOp:
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::Dict:
    case ExprKind::DictComp:
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      if (const char* t = inferred_type_name(f))
        warn(std::string("'") + t + "' object is not callable; perhaps you missed a comma?", c);
      return;
    default:
      return;
  }
}

void Compiler::check_subscript(const Subscript* s) {
  const Expr* v = s->value;
  const char* vt = inferred_type_name(v);
  if (!vt) return;
  // Subscripting what can never be subscripted.
  bool never = v->kind == ExprKind::Set || v->kind == ExprKind::SetComp || v->kind == ExprKind::GeneratorExp ||
               v->kind == ExprKind::Lambda;
  if (folded_constant(v) && v->kind != ExprKind::Tuple) {
    const char* t = vt;
    never = t != std::string_view("str") && t != std::string_view("bytes");
  }
  if (never) {
    warn(std::string("'") + vt + "' object is not subscriptable; perhaps you missed a comma?", s);
    return;
  }
  // A sequence literal indexed by something that is surely not an index.
  const char* it = inferred_type_name(s->slice);
  if (!it || std::string_view(it) == "int" || std::string_view(it) == "bool") return;
  switch (v->kind) {
    case ExprKind::Constant:
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      warn(std::string(vt) + " indices must be integers or slices, not " + it + "; perhaps you missed a comma?", s);
      return;
    default:
      return;
  }
}

}  // namespace interp

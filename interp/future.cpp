// Future statements: `from __future__ import annotations` and friends.
//
// A module may start with a docstring and then any number of
// `from __future__ import ...` statements; those form its future block.  Each
// feature named there must be one Python knows ("future feature spam is not
// defined"; `braces` is answered "not a chance"), and only `annotations`
// (PEP 563) and `barry_as_FLUFL` change how code compiles: their CO_FUTURE_*
// flags go into every code object of the module, and into code that
// compile()/exec()/eval() make from it unless they pass dont_inherit=True.
// A future statement anywhere else is an error: here when it shares a line
// with the statement that ended the block, in the compiler
// (compile_import_from) otherwise, as in CPython.  The statement still
// imports CPython's Lib/__future__.py at run time and binds the feature name.
#include <string_view>

#include "compiler.h"

namespace interp {

using namespace ast;

namespace {

// Features of CPython 3.11's __future__ module and the compiler flag each sets (0: none any more).
struct Feature {
  std::string_view name;
  uint32_t flag;
};
constexpr Feature kFeatures[] = {
    {"nested_scopes", 0},    {"generators", 0},
    {"division", 0},         {"absolute_import", 0},
    {"with_statement", 0},   {"print_function", 0},
    {"unicode_literals", 0}, {"barry_as_FLUFL", CO_FUTURE_BARRY_AS_BDFL},
    {"generator_stop", 0},   {"annotations", CO_FUTURE_ANNOTATIONS},
};

bool is_future_import(const Stmt* s) {
  if (s->kind != StmtKind::ImportFrom) return false;
  auto* f = static_cast<const ImportFrom*>(s);
  return f->level == 0 && f->module == "__future__";
}

void set_error(CompileError& err, const std::string& msg, int lineno, int col) {
  err.msg = msg;
  err.pos.lineno = lineno;
  err.pos.col = col;
  err.pos.end_lineno = lineno;
  err.pos.end_col = col;
}

}  // namespace

namespace {

// Calls f(child, in_comprehension) for the direct sub-expressions of e that
// belong to the same scope; a lambda's body and parameters are skipped (its own
// scope), a comprehension's parts are passed with in_comprehension set.
template <class F>
void for_each_child(const Expr* e, F&& f) {
  auto all = [&](const ExprList& l, bool comp) {
    for (const Expr* x : l)
      if (x) f(x, comp);
  };
  auto gens = [&](const std::vector<Comprehension*>& gs) {
    for (size_t i = 0; i < gs.size(); i++) {
      f(gs[i]->target, true);
      f(gs[i]->iter, i > 0);  // the first iterable is evaluated outside the comprehension
      all(gs[i]->ifs, true);
    }
  };
  switch (e->kind) {
    case ExprKind::BoolOp: all(static_cast<const BoolOp*>(e)->values, false); break;
    case ExprKind::NamedExpr: f(static_cast<const NamedExpr*>(e)->value, false); break;
    case ExprKind::BinOp:
      f(static_cast<const BinOp*>(e)->left, false);
      f(static_cast<const BinOp*>(e)->right, false);
      break;
    case ExprKind::UnaryOp: f(static_cast<const UnaryOp*>(e)->operand, false); break;
    case ExprKind::Lambda: break;
    case ExprKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      f(i->test, false), f(i->body, false), f(i->orelse, false);
      break;
    }
    case ExprKind::Dict:
      all(static_cast<const Dict*>(e)->keys, false);
      all(static_cast<const Dict*>(e)->values, false);
      break;
    case ExprKind::Set: all(static_cast<const Set*>(e)->elts, false); break;
    case ExprKind::ListComp:
      f(static_cast<const ListComp*>(e)->elt, true);
      gens(static_cast<const ListComp*>(e)->generators);
      break;
    case ExprKind::SetComp:
      f(static_cast<const SetComp*>(e)->elt, true);
      gens(static_cast<const SetComp*>(e)->generators);
      break;
    case ExprKind::GeneratorExp:
      f(static_cast<const GeneratorExp*>(e)->elt, true);
      gens(static_cast<const GeneratorExp*>(e)->generators);
      break;
    case ExprKind::DictComp: {
      auto* d = static_cast<const DictComp*>(e);
      f(d->key, true), f(d->value, true);
      gens(d->generators);
      break;
    }
    case ExprKind::Yield:
      if (static_cast<const Yield*>(e)->value) f(static_cast<const Yield*>(e)->value, false);
      break;
    case ExprKind::YieldFrom: f(static_cast<const YieldFrom*>(e)->value, false); break;
    case ExprKind::Await: f(static_cast<const Await*>(e)->value, false); break;
    case ExprKind::Compare:
      f(static_cast<const Compare*>(e)->left, false);
      all(static_cast<const Compare*>(e)->comparators, false);
      break;
    case ExprKind::Call: {
      auto* c = static_cast<const Call*>(e);
      f(c->func, false);
      all(c->args, false);
      for (const Keyword* k : c->keywords) f(k->value, false);
      break;
    }
    case ExprKind::FormattedValue: {
      auto* v = static_cast<const FormattedValue*>(e);
      f(v->value, false);
      if (v->format_spec) f(v->format_spec, false);
      break;
    }
    case ExprKind::JoinedStr: all(static_cast<const JoinedStr*>(e)->values, false); break;
    case ExprKind::Attribute: f(static_cast<const Attribute*>(e)->value, false); break;
    case ExprKind::Subscript:
      f(static_cast<const Subscript*>(e)->value, false);
      f(static_cast<const Subscript*>(e)->slice, false);
      break;
    case ExprKind::Starred: f(static_cast<const Starred*>(e)->value, false); break;
    case ExprKind::List: all(static_cast<const List*>(e)->elts, false); break;
    case ExprKind::Tuple: all(static_cast<const Tuple*>(e)->elts, false); break;
    case ExprKind::Slice: {
      auto* s = static_cast<const Slice*>(e);
      for (const Expr* x : {s->lower, s->upper, s->step})
        if (x) f(x, false);
      break;
    }
    case ExprKind::Constant:
    case ExprKind::Name: break;
  }
}

const char* comprehension_kind(const Expr* e) {
  switch (e->kind) {
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    default: return "generator expression";
  }
}

const Expr* find_invalid(const Expr* e, bool in_class, const Expr* comprehension, std::string* msg) {
  if (e->kind == ExprKind::Await) {
    *msg = "'await expression' can not be used within an annotation";
    return e;
  }
  bool is_yield = e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom;
  if (is_yield || e->kind == ExprKind::NamedExpr) {
    if (comprehension) {
      if (is_yield) {
        *msg = std::string("'yield' inside ") + comprehension_kind(comprehension);
        return e;
      }
      if (in_class) {
        *msg = "assignment expression within a comprehension cannot be used in a class body";
        return static_cast<const NamedExpr*>(e)->target;
      }
    } else {
      *msg = is_yield ? "'yield expression' can not be used within an annotation"
                      : "'named expression' can not be used within an annotation";
      return e;
    }
  }
  bool is_comp = e->kind == ExprKind::ListComp || e->kind == ExprKind::SetComp ||
                 e->kind == ExprKind::DictComp || e->kind == ExprKind::GeneratorExp;
  const Expr* bad = nullptr;
  for_each_child(e, [&](const Expr* child, bool inside) {
    if (!bad) bad = find_invalid(child, in_class, inside && is_comp ? e : comprehension, msg);
  });
  return bad;
}

}  // namespace

const Expr* invalid_in_annotation(const Expr* e, bool in_class, std::string* msg) {
  return find_invalid(e, in_class, nullptr, msg);
}

bool find_future_block(const Module& m, uint32_t* flags, std::unordered_set<const Stmt*>* block,
                       CompileError& err) {
  bool done = false;
  int prev_line = 0;
  for (size_t i = 0; i < m.body.size(); i++) {
    const Stmt* s = m.body[i];
    if (done && s->lineno > prev_line) return true;
    prev_line = s->lineno;
    if (is_future_import(s)) {
      if (done) {
        // CPython reports this one at the 0-based column as the offset.
        set_error(err, "from __future__ imports must occur at the beginning of the file", s->lineno,
                  s->col_offset > 0 ? s->col_offset - 1 : 0);
        return false;
      }
      for (const Alias* a : static_cast<const ImportFrom*>(s)->names) {
        const Feature* found = nullptr;
        for (const Feature& f : kFeatures)
          if (a->name == f.name) found = &f;
        if (!found) {
          set_error(err,
                    a->name == "braces" ? "not a chance" : "future feature " + a->name + " is not defined",
                    s->lineno, s->col_offset);
          return false;
        }
        *flags |= found->flag;
      }
      block->insert(s);
      continue;
    }
    bool docstring =
        i == 0 && s->kind == StmtKind::Expr &&
        static_cast<const ExprStmt*>(s)->value->kind == ExprKind::Constant &&
        static_cast<const Constant*>(static_cast<const ExprStmt*>(s)->value)->ckind == ConstKind::Str;
    if (!docstring) done = true;
  }
  return true;
}

}  // namespace interp

// Expressions back to source text, for `from __future__ import annotations`
// (PEP 563): each annotation is compiled to the string a 3.11 interpreter
// produces for it.
//
// How it works
// ------------
// The text is rebuilt from the AST, not copied from the source, so spacing and
// quoting are normalised the way CPython's own unparser does it: binary
// operators get one space on each side, strings and numbers are written as
// their repr() (0x1f becomes 31, "x" becomes 'x', an infinite float 1e309),
// tuples get parentheses except directly inside a subscript, a lambda without
// positional parameters reads "lambda: ..." and so on.  Parentheses come from
// precedence alone: every node is printed at a "level" (the precedence its
// context requires) and wraps itself in parentheses when its own precedence is
// lower.  A whole annotation is printed at the level of a conditional
// expression, so a bare tuple keeps its parentheses.
#include <string>

#include "compiler.h"

namespace interp {

using namespace ast;

namespace {

// Precedence levels, lowest first (CPython's order).
enum Prec {
  PR_TUPLE,
  PR_TEST,  // if-else, lambda
  PR_OR,
  PR_AND,
  PR_NOT,
  PR_CMP,
  PR_EXPR,
  PR_BOR = PR_EXPR,
  PR_BXOR,
  PR_BAND,
  PR_SHIFT,
  PR_ARITH,
  PR_TERM,
  PR_FACTOR,
  PR_POWER,
  PR_AWAIT,
  PR_ATOM,
};

struct Unparser {
  Compiler& c;
  std::string out;

  void open(bool cond) {
    if (cond) out += '(';
  }
  void close(bool cond) {
    if (cond) out += ')';
  }

  // repr() of the constant's value; infinities print as 1e309 so the text parses back.
  void constant(const Constant* k) {
    if (k->ckind == ConstKind::Ellipsis) {
      out += "...";
      return;
    }
    std::string key;
    Ref v(c.constant_object(k, &key));
    Ref r(rt::object_repr(v.o));
    if (!r.o) c.fail_pyerr();
    std::string text(rt::str_view(r.o));
    if (k->ckind == ConstKind::Float || k->ckind == ConstKind::Complex) {
      for (size_t p = text.find("inf"); p != std::string::npos; p = text.find("inf", p + 5))
        text.replace(p, 3, "1e309");
    }
    out += text;
  }

  void arg(const Arg* a) {
    out += a->arg;
    if (a->annotation) {
      out += ": ";
      expr(a->annotation, PR_TEST);
    }
  }

  void arguments(const Arguments* a) {
    bool first = true;
    auto sep = [&] {
      if (!first) out += ", ";
      first = false;
    };
    size_t npos = a->posonlyargs.size(), nargs = a->args.size(), ndef = a->defaults.size();
    for (size_t i = 0; i < npos + nargs; i++) {
      sep();
      arg(i < npos ? a->posonlyargs[i] : a->args[i - npos]);
      ssize di = ssize(i) - ssize(npos + nargs) + ssize(ndef);
      if (di >= 0) {
        out += '=';
        expr(a->defaults[size_t(di)], PR_TEST);
      }
      if (npos && i + 1 == npos) out += ", /";
    }
    if (a->vararg || !a->kwonlyargs.empty()) {
      sep();
      out += '*';
      if (a->vararg) arg(a->vararg);
    }
    for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
      sep();
      arg(a->kwonlyargs[i]);
      if (i < a->kw_defaults.size() && a->kw_defaults[i]) {
        out += '=';
        expr(a->kw_defaults[i], PR_TEST);
      }
    }
    if (a->kwarg) {
      sep();
      out += "**";
      arg(a->kwarg);
    }
  }

  void comprehensions(const std::vector<Comprehension*>& gens) {
    for (const Comprehension* g : gens) {
      out += g->is_async ? " async for " : " for ";
      expr(g->target, PR_TUPLE);
      out += " in ";
      expr(g->iter, PR_TEST + 1);
      for (const Expr* cond : g->ifs) {
        out += " if ";
        expr(cond, PR_TEST + 1);
      }
    }
  }

  void elements(const ExprList& elts) {
    for (size_t i = 0; i < elts.size(); i++) {
      if (i) out += ", ";
      expr(elts[i], PR_TEST);
    }
  }

  // The inside of an f-string (without the f and the quotes); braces in literal text doubled.
  void fstring_body(const ExprList& values, bool in_spec) {
    for (const Expr* v : values) {
      if (v->kind == ExprKind::Constant) {
        for (char ch : static_cast<const Constant*>(v)->text) {
          out += ch;
          if (ch == '{' || ch == '}') out += ch;
        }
      } else if (v->kind == ExprKind::JoinedStr) {
        fstring_body(static_cast<const JoinedStr*>(v)->values, in_spec);
      } else {
        formatted_value(static_cast<const FormattedValue*>(v));
      }
    }
  }

  void formatted_value(const FormattedValue* f) {
    Unparser inner{c, {}};
    inner.expr(f->value, PR_TEST + 1);  // parenthesises a lambda, whose ':' would end the field
    out += inner.out.compare(0, 1, "{") == 0 ? "{ " : "{";
    out += inner.out;
    if (f->conversion > 0) {
      out += '!';
      out += char(f->conversion);
    }
    if (f->format_spec) {
      out += ':';
      fstring_body(static_cast<const JoinedStr*>(f->format_spec)->values, true);
    }
    out += '}';
  }

  void joined_str(const JoinedStr* j) {
    Unparser body{c, {}};
    body.fstring_body(j->values, false);
    Ref s(rt::str_from(body.out));
    Ref r(s.o ? rt::object_repr(s.o) : nullptr);
    if (!r.o) c.fail_pyerr();
    out += 'f';
    out += rt::str_view(r.o);
  }

  void expr(const Expr* e, int level) {
    c.depth_enter(e);
    expr_inner(e, level);
    c.depth_leave();
  }

  void expr_inner(const Expr* e, int level) {
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* b = static_cast<const BoolOp*>(e);
        int pr = b->op == BoolOpKind::And ? PR_AND : PR_OR;
        open(level > pr);
        for (size_t i = 0; i < b->values.size(); i++) {
          if (i) out += b->op == BoolOpKind::And ? " and " : " or ";
          expr(b->values[i], pr + 1);
        }
        close(level > pr);
        return;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        open(level > PR_TUPLE);
        expr(n->target, PR_ATOM);
        out += " := ";
        expr(n->value, PR_ATOM);
        close(level > PR_TUPLE);
        return;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOp*>(e);
        static const char* const ops[] = {" + ",  " - ",  " * ",  " @ ", " / ", " // ", " % ",
                                          " ** ", " << ", " >> ", " & ", " ^ ", " | "};
        static const int prec[] = {PR_ARITH, PR_ARITH, PR_TERM,  PR_TERM, PR_TERM, PR_TERM, PR_TERM,
                                   PR_POWER, PR_SHIFT, PR_SHIFT, PR_BAND, PR_BXOR, PR_BOR};
        int k = int(b->op);
        int pr = prec[k];
        bool rassoc = b->op == OperatorKind::Pow;
        open(level > pr);
        expr(b->left, pr + (rassoc ? 1 : 0));
        out += ops[k];
        expr(b->right, pr + (rassoc ? 0 : 1));
        close(level > pr);
        return;
      }
      case ExprKind::UnaryOp: {
        auto* u = static_cast<const UnaryOp*>(e);
        static const char* const ops[] = {"~", "not ", "+", "-"};
        int pr = u->op == UnaryOpKind::Not ? PR_NOT : PR_FACTOR;
        open(level > pr);
        out += ops[int(u->op)];
        expr(u->operand, pr);
        close(level > pr);
        return;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<const Lambda*>(e);
        open(level > PR_TEST);
        out += l->args->args.size() + l->args->posonlyargs.size() ? "lambda " : "lambda";
        arguments(l->args);
        out += ": ";
        expr(l->body, PR_TEST);
        close(level > PR_TEST);
        return;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExp*>(e);
        open(level > PR_TEST);
        expr(i->body, PR_TEST + 1);
        out += " if ";
        expr(i->test, PR_TEST + 1);
        out += " else ";
        expr(i->orelse, PR_TEST);
        close(level > PR_TEST);
        return;
      }
      case ExprKind::Dict: {
        auto* d = static_cast<const Dict*>(e);
        out += '{';
        for (size_t i = 0; i < d->values.size(); i++) {
          if (i) out += ", ";
          if (d->keys[i]) {
            expr(d->keys[i], PR_TEST);
            out += ": ";
            expr(d->values[i], PR_TEST);
          } else {
            out += "**";
            expr(d->values[i], PR_EXPR);
          }
        }
        out += '}';
        return;
      }
      case ExprKind::Set:
        out += '{';
        elements(static_cast<const Set*>(e)->elts);
        out += '}';
        return;
      case ExprKind::ListComp: {
        auto* l = static_cast<const ListComp*>(e);
        out += '[';
        expr(l->elt, PR_TEST);
        comprehensions(l->generators);
        out += ']';
        return;
      }
      case ExprKind::SetComp: {
        auto* s = static_cast<const SetComp*>(e);
        out += '{';
        expr(s->elt, PR_TEST);
        comprehensions(s->generators);
        out += '}';
        return;
      }
      case ExprKind::DictComp: {
        auto* d = static_cast<const DictComp*>(e);
        out += '{';
        expr(d->key, PR_TEST);
        out += ": ";
        expr(d->value, PR_TEST);
        comprehensions(d->generators);
        out += '}';
        return;
      }
      case ExprKind::GeneratorExp: {
        auto* g = static_cast<const GeneratorExp*>(e);
        out += '(';
        expr(g->elt, PR_TEST);
        comprehensions(g->generators);
        out += ')';
        return;
      }
      case ExprKind::Yield: {
        auto* y = static_cast<const Yield*>(e);
        if (!y->value) {
          out += "(yield)";
          return;
        }
        out += "(yield ";
        expr(y->value, PR_TEST);
        out += ')';
        return;
      }
      case ExprKind::Await:
        open(level > PR_AWAIT);
        out += "await ";
        expr(static_cast<const Await*>(e)->value, PR_ATOM);
        close(level > PR_AWAIT);
        return;
      case ExprKind::YieldFrom:
        out += "(yield from ";
        expr(static_cast<const YieldFrom*>(e)->value, PR_TEST);
        out += ')';
        return;
      case ExprKind::Compare: {
        auto* k = static_cast<const Compare*>(e);
        static const char* const ops[] = {" == ", " != ", " < ",      " <= ", " > ",
                                          " >= ", " is ", " is not ", " in ", " not in "};
        open(level > PR_CMP);
        expr(k->left, PR_CMP + 1);
        for (size_t i = 0; i < k->ops.size(); i++) {
          out += ops[int(k->ops[i])];
          expr(k->comparators[i], PR_CMP + 1);
        }
        close(level > PR_CMP);
        return;
      }
      case ExprKind::Call: {
        auto* k = static_cast<const Call*>(e);
        expr(k->func, PR_ATOM);
        if (k->args.size() == 1 && k->keywords.empty() && k->args[0]->kind == ExprKind::GeneratorExp) {
          expr(k->args[0], PR_TEST);  // f(x for x in y): the generator's parentheses serve
          return;
        }
        out += '(';
        bool first = true;
        for (const Expr* a : k->args) {
          if (!first) out += ", ";
          first = false;
          expr(a, PR_TEST);
        }
        for (const Keyword* kw : k->keywords) {
          if (!first) out += ", ";
          first = false;
          out += kw->arg.empty() ? "**" : kw->arg + "=";
          expr(kw->value, PR_TEST);
        }
        out += ')';
        return;
      }
      case ExprKind::FormattedValue: formatted_value(static_cast<const FormattedValue*>(e)); return;
      case ExprKind::JoinedStr: joined_str(static_cast<const JoinedStr*>(e)); return;
      case ExprKind::Constant: constant(static_cast<const Constant*>(e)); return;
      case ExprKind::Attribute: {
        auto* a = static_cast<const Attribute*>(e);
        expr(a->value, PR_ATOM);
        // 1 .real: an int needs the space to stay an attribute access.
        bool int_value = a->value->kind == ExprKind::Constant &&
                         static_cast<const Constant*>(a->value)->ckind == ConstKind::Int;
        out += int_value ? " ." : ".";
        out += a->attr;
        return;
      }
      case ExprKind::Subscript: {
        auto* s = static_cast<const Subscript*>(e);
        expr(s->value, PR_ATOM);
        out += '[';
        expr(s->slice, PR_TUPLE);
        out += ']';
        return;
      }
      case ExprKind::Starred:
        out += '*';
        expr(static_cast<const Starred*>(e)->value, PR_EXPR);
        return;
      case ExprKind::Name: out += static_cast<const Name*>(e)->id; return;
      case ExprKind::List:
        out += '[';
        elements(static_cast<const List*>(e)->elts);
        out += ']';
        return;
      case ExprKind::Tuple: {
        const ExprList& elts = static_cast<const Tuple*>(e)->elts;
        if (elts.empty()) {
          out += "()";
          return;
        }
        open(level > PR_TUPLE);
        elements(elts);
        if (elts.size() == 1) out += ',';
        close(level > PR_TUPLE);
        return;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<const Slice*>(e);
        if (s->lower) expr(s->lower, PR_TEST);
        out += ':';
        if (s->upper) expr(s->upper, PR_TEST);
        if (s->step) {
          out += ':';
          expr(s->step, PR_TEST);
        }
        return;
      }
    }
    rt::err_set_string(rt::Exc_SystemError, "unknown expression kind");
    c.fail_pyerr();
  }
};

}  // namespace

std::string Compiler::unparse_annotation(const Expr* e) {
  Unparser u{*this, {}};
  u.expr(e, PR_TEST);
  return u.out;
}

}  // namespace interp

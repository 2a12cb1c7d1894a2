// pyglass's parser tree (interp/ast.h) as _ast objects: compile(src, filename,
// mode, PyCF_ONLY_AST) and so ast.parse().
//
// How it works
// ------------
// One recursive walk over the C++ tree makes one instance of the matching
// class per node (object.__new__, no __init__) and sets its fields and
// position attributes as instance attributes, in _fields order, the way
// CPython's ast2obj does.  Shapes pyglass's tree keeps differently are mapped
// back here: the async forms are flags on FunctionDef/For/With (-> the Async*
// classes), `except*` is a Try of kind TryStar, absent names are empty strings
// (-> None), constants are C++ values (-> the objects, with kind 'u' for a
// u-prefixed string).  The context and operator instances (Load(), Add() ...)
// are made once per conversion and shared by every node that uses them, as in
// CPython's trees.
//
// Invariants: every function returns a new reference or nullptr with an
// exception set; a partly built node is dropped on the first failure.
#include <cstdlib>

#include "_ast.h"

namespace stdlib::astmod {
using namespace rt;
namespace A = interp::ast;

namespace {

// Sets the fields of one new node; the first failure drops it.
// The fields go straight into the new instance's __dict__ (the classes have
// no data descriptors for them), under names interned once per conversion.
struct Node {
  Classes& C;
  Object* o;
  Object* dict = nullptr;
  bool ok;
  Node(Classes& c, NodeId id) : C(c), o(object_new_instance(c[id])), ok(o != nullptr) {
    if (!ok) return;
    Object** slot = object_dict_ptr(o);
    if (slot && !*slot) *slot = dict_new();
    dict = slot ? *slot : nullptr;
    ok = dict != nullptr;
  }
  Node& f(const char* name, Object* steal) {
    if (ok && steal) {
      Object* n = C.name(name);
      ok = n && dict_setitem(dict, n, steal) == 0;
    } else {
      ok = false;
    }
    xdecref(steal);
    return *this;
  }
  Node& pos(const A::Node* n) {
    return f("lineno", int_from_i64(n->lineno))
        .f("col_offset", int_from_i64(n->col_offset))
        .f("end_lineno", int_from_i64(n->end_lineno))
        .f("end_col_offset", int_from_i64(n->end_col_offset));
  }
  Object* done() {
    if (ok) return o;
    xdecref(o);
    return nullptr;
  }
};

class From {
 public:
  explicit From(Classes& c) : C(c) {}
  ~From() {
    for (Object* s : singletons_) xdecref(s);
  }

  Object* expr(const A::Expr* e);
  Object* stmt(const A::Stmt* s);
  Object* pattern(const A::Pattern* p);
  template <class T, class Fn>
  Object* list(const std::vector<T>& v, Fn fn) {
    Object* l = list_new(ssize(v.size()));
    if (!l) return nullptr;
    for (size_t i = 0; i < v.size(); ++i) {
      Object* x = fn(v[i]);
      if (!x) {
        decref(l);
        return nullptr;
      }
      list_set_steal(l, ssize(i), x);
    }
    return l;
  }
  Object* stmts(const A::StmtList& v) { return list(v, [this](const A::Stmt* s) { return stmt(s); }); }

 private:
  Classes& C;
  Object* singletons_[N_COUNT] = {};

  Object* single(NodeId id) {
    if (!singletons_[id]) singletons_[id] = object_new_instance(C[id]);
    return singletons_[id] ? newref(singletons_[id]) : nullptr;
  }
  Object* opt(const A::Expr* e) { return e ? expr(e) : none_ref(); }
  Object* exprs(const A::ExprList& v) { return list(v, [this](const A::Expr* e) { return opt(e); }); }
  Object* patterns(const A::PatternList& v) { return list(v, [this](const A::Pattern* p) { return pattern(p); }); }
  static Object* ident(const std::string& s) { return str_from(s); }
  static Object* opt_ident(const std::string& s) { return s.empty() ? none_ref() : str_from(s); }
  static Object* names(const std::vector<std::string>& v) {
    Object* l = list_new(ssize(v.size()));
    if (!l) return nullptr;
    for (size_t i = 0; i < v.size(); ++i) {
      Object* s = str_from(v[i]);
      if (!s) {
        decref(l);
        return nullptr;
      }
      list_set_steal(l, ssize(i), s);
    }
    return l;
  }
  Object* ctx(A::ExprContext c) {
    return single(c == A::ExprContext::Load ? N_Load : c == A::ExprContext::Store ? N_Store : N_Del);
  }
  Object* op(A::OperatorKind k) {
    static const NodeId ids[] = {N_Add,    N_Sub,    N_Mult,   N_MatMult, N_Div,    N_FloorDiv, N_Mod,
                                 N_Pow,    N_LShift, N_RShift, N_BitAnd,  N_BitXor, N_BitOr};
    return single(ids[int(k)]);
  }
  Object* unaryop(A::UnaryOpKind k) {
    static const NodeId ids[] = {N_Invert, N_Not, N_UAdd, N_USub};
    return single(ids[int(k)]);
  }
  Object* cmpop(A::CmpOpKind k) {
    static const NodeId ids[] = {N_Eq, N_NotEq, N_Lt, N_LtE, N_Gt, N_GtE, N_Is, N_IsNot, N_In, N_NotIn};
    return single(ids[int(k)]);
  }
  static Object* const_value(const A::Constant* c);
  static Object* const_value(A::ConstKind k) {  // None/True/False (MatchSingleton)
    return k == A::ConstKind::True ? bool_from(true) : k == A::ConstKind::False ? bool_from(false) : none_ref();
  }
  Object* arg(const A::Arg* a) {
    return Node(C, N_arg).f("arg", ident(a->arg)).f("annotation", opt(a->annotation))
        .f("type_comment", none_ref()).pos(a).done();
  }
  Object* opt_arg(const A::Arg* a) { return a ? arg(a) : none_ref(); }
  Object* args(const A::Arguments* a);
  Object* keyword(const A::Keyword* k) {
    return Node(C, N_keyword).f("arg", opt_ident(k->arg)).f("value", expr(k->value)).pos(k).done();
  }
  Object* keywords(const std::vector<A::Keyword*>& v) {
    return list(v, [this](const A::Keyword* k) { return keyword(k); });
  }
  Object* comprehensions(const std::vector<A::Comprehension*>& v);
  Object* aliases(const std::vector<A::Alias*>& v) {
    return list(v, [this](const A::Alias* a) {
      return Node(C, N_alias).f("name", ident(a->name)).f("asname", opt_ident(a->asname)).pos(a).done();
    });
  }
  Object* withitems(const std::vector<A::WithItem*>& v) {
    return list(v, [this](const A::WithItem* w) {
      return Node(C, N_withitem).f("context_expr", expr(w->context_expr))
          .f("optional_vars", opt(w->optional_vars)).done();
    });
  }
  Object* handlers(const std::vector<A::ExceptHandler*>& v) {
    return list(v, [this](const A::ExceptHandler* h) {
      return Node(C, N_ExceptHandler).f("type", opt(h->type)).f("name", opt_ident(h->name))
          .f("body", stmts(h->body)).pos(h).done();
    });
  }
};

Object* From::const_value(const A::Constant* c) {
  switch (c->ckind) {
    case A::ConstKind::None: return none_ref();
    case A::ConstKind::True: return bool_from(true);
    case A::ConstKind::False: return bool_from(false);
    case A::ConstKind::Ellipsis: return newref(Ellipsis);
    case A::ConstKind::Int: return int_from_string(c->text, 0);
    case A::ConstKind::Float: return float_from_double(c->fval);
    case A::ConstKind::Complex: return complex_from_doubles(0.0, c->fval);
    case A::ConstKind::Str: return str_from(c->text);
    case A::ConstKind::Bytes: return bytes_from(c->text.data(), ssize(c->text.size()));
  }
  return none_ref();
}

Object* From::args(const A::Arguments* a) {
  return Node(C, N_arguments).f("posonlyargs", list(a->posonlyargs, [this](const A::Arg* x) { return arg(x); }))
      .f("args", list(a->args, [this](const A::Arg* x) { return arg(x); }))
      .f("vararg", opt_arg(a->vararg))
      .f("kwonlyargs", list(a->kwonlyargs, [this](const A::Arg* x) { return arg(x); }))
      .f("kw_defaults", exprs(a->kw_defaults))
      .f("kwarg", opt_arg(a->kwarg))
      .f("defaults", exprs(a->defaults))
      .done();
}

Object* From::comprehensions(const std::vector<A::Comprehension*>& v) {
  return list(v, [this](const A::Comprehension* g) {
    return Node(C, N_comprehension).f("target", expr(g->target)).f("iter", expr(g->iter))
        .f("ifs", exprs(g->ifs)).f("is_async", int_from_i64(g->is_async ? 1 : 0)).done();
  });
}

Object* From::expr(const A::Expr* e) {
  using K = A::ExprKind;
  if (!enter_recursive_call(" during ast construction")) return nullptr;
  Object* r = nullptr;
  switch (e->kind) {
    case K::BoolOp: {
      auto* x = static_cast<const A::BoolOp*>(e);
      r = Node(C, N_BoolOp).f("op", single(x->op == A::BoolOpKind::And ? N_And : N_Or))
          .f("values", exprs(x->values)).pos(e).done();
      break;
    }
    case K::NamedExpr: {
      auto* x = static_cast<const A::NamedExpr*>(e);
      r = Node(C, N_NamedExpr).f("target", expr(x->target)).f("value", expr(x->value)).pos(e).done();
      break;
    }
    case K::BinOp: {
      auto* x = static_cast<const A::BinOp*>(e);
      r = Node(C, N_BinOp).f("left", expr(x->left)).f("op", op(x->op)).f("right", expr(x->right)).pos(e).done();
      break;
    }
    case K::UnaryOp: {
      auto* x = static_cast<const A::UnaryOp*>(e);
      r = Node(C, N_UnaryOp).f("op", unaryop(x->op)).f("operand", expr(x->operand)).pos(e).done();
      break;
    }
    case K::Lambda: {
      auto* x = static_cast<const A::Lambda*>(e);
      r = Node(C, N_Lambda).f("args", args(x->args)).f("body", expr(x->body)).pos(e).done();
      break;
    }
    case K::IfExp: {
      auto* x = static_cast<const A::IfExp*>(e);
      r = Node(C, N_IfExp).f("test", expr(x->test)).f("body", expr(x->body)).f("orelse", expr(x->orelse))
          .pos(e).done();
      break;
    }
    case K::Dict: {
      auto* x = static_cast<const A::Dict*>(e);
      r = Node(C, N_Dict).f("keys", exprs(x->keys)).f("values", exprs(x->values)).pos(e).done();
      break;
    }
    case K::Set:
      r = Node(C, N_Set).f("elts", exprs(static_cast<const A::Set*>(e)->elts)).pos(e).done();
      break;
    case K::ListComp: {
      auto* x = static_cast<const A::ListComp*>(e);
      r = Node(C, N_ListComp).f("elt", expr(x->elt)).f("generators", comprehensions(x->generators)).pos(e).done();
      break;
    }
    case K::SetComp: {
      auto* x = static_cast<const A::SetComp*>(e);
      r = Node(C, N_SetComp).f("elt", expr(x->elt)).f("generators", comprehensions(x->generators)).pos(e).done();
      break;
    }
    case K::DictComp: {
      auto* x = static_cast<const A::DictComp*>(e);
      r = Node(C, N_DictComp).f("key", expr(x->key)).f("value", expr(x->value))
          .f("generators", comprehensions(x->generators)).pos(e).done();
      break;
    }
    case K::GeneratorExp: {
      auto* x = static_cast<const A::GeneratorExp*>(e);
      r = Node(C, N_GeneratorExp).f("elt", expr(x->elt)).f("generators", comprehensions(x->generators))
          .pos(e).done();
      break;
    }
    case K::Await:
      r = Node(C, N_Await).f("value", expr(static_cast<const A::Await*>(e)->value)).pos(e).done();
      break;
    case K::Yield:
      r = Node(C, N_Yield).f("value", opt(static_cast<const A::Yield*>(e)->value)).pos(e).done();
      break;
    case K::YieldFrom:
      r = Node(C, N_YieldFrom).f("value", expr(static_cast<const A::YieldFrom*>(e)->value)).pos(e).done();
      break;
    case K::Compare: {
      auto* x = static_cast<const A::Compare*>(e);
      r = Node(C, N_Compare).f("left", expr(x->left))
          .f("ops", list(x->ops, [this](A::CmpOpKind k) { return cmpop(k); }))
          .f("comparators", exprs(x->comparators)).pos(e).done();
      break;
    }
    case K::Call: {
      auto* x = static_cast<const A::Call*>(e);
      r = Node(C, N_Call).f("func", expr(x->func)).f("args", exprs(x->args)).f("keywords", keywords(x->keywords))
          .pos(e).done();
      break;
    }
    case K::FormattedValue: {
      auto* x = static_cast<const A::FormattedValue*>(e);
      r = Node(C, N_FormattedValue).f("value", expr(x->value)).f("conversion", int_from_i64(x->conversion))
          .f("format_spec", opt(x->format_spec)).pos(e).done();
      break;
    }
    case K::JoinedStr:
      r = Node(C, N_JoinedStr).f("values", exprs(static_cast<const A::JoinedStr*>(e)->values)).pos(e).done();
      break;
    case K::Constant: {
      auto* x = static_cast<const A::Constant*>(e);
      r = Node(C, N_Constant).f("value", const_value(x)).f("kind", x->u_prefix ? str_from("u") : none_ref())
          .pos(e).done();
      break;
    }
    case K::Attribute: {
      auto* x = static_cast<const A::Attribute*>(e);
      r = Node(C, N_Attribute).f("value", expr(x->value)).f("attr", ident(x->attr)).f("ctx", ctx(x->ctx))
          .pos(e).done();
      break;
    }
    case K::Subscript: {
      auto* x = static_cast<const A::Subscript*>(e);
      r = Node(C, N_Subscript).f("value", expr(x->value)).f("slice", expr(x->slice)).f("ctx", ctx(x->ctx))
          .pos(e).done();
      break;
    }
    case K::Starred: {
      auto* x = static_cast<const A::Starred*>(e);
      r = Node(C, N_Starred).f("value", expr(x->value)).f("ctx", ctx(x->ctx)).pos(e).done();
      break;
    }
    case K::Name: {
      auto* x = static_cast<const A::Name*>(e);
      r = Node(C, N_Name).f("id", ident(x->id)).f("ctx", ctx(x->ctx)).pos(e).done();
      break;
    }
    case K::List: {
      auto* x = static_cast<const A::List*>(e);
      r = Node(C, N_List).f("elts", exprs(x->elts)).f("ctx", ctx(x->ctx)).pos(e).done();
      break;
    }
    case K::Tuple: {
      auto* x = static_cast<const A::Tuple*>(e);
      r = Node(C, N_Tuple).f("elts", exprs(x->elts)).f("ctx", ctx(x->ctx)).pos(e).done();
      break;
    }
    case K::Slice: {
      auto* x = static_cast<const A::Slice*>(e);
      r = Node(C, N_Slice).f("lower", opt(x->lower)).f("upper", opt(x->upper)).f("step", opt(x->step))
          .pos(e).done();
      break;
    }
  }
  leave_recursive_call();
  return r;
}

Object* From::stmt(const A::Stmt* s) {
  using K = A::StmtKind;
  if (!enter_recursive_call(" during ast construction")) return nullptr;
  Object* r = nullptr;
  switch (s->kind) {
    case K::FunctionDef: {
      auto* x = static_cast<const A::FunctionDef*>(s);
      r = Node(C, x->is_async ? N_AsyncFunctionDef : N_FunctionDef).f("name", ident(x->name))
          .f("args", args(x->args)).f("body", stmts(x->body)).f("decorator_list", exprs(x->decorator_list))
          .f("returns", opt(x->returns)).f("type_comment", none_ref()).pos(s).done();
      break;
    }
    case K::ClassDef: {
      auto* x = static_cast<const A::ClassDef*>(s);
      r = Node(C, N_ClassDef).f("name", ident(x->name)).f("bases", exprs(x->bases))
          .f("keywords", keywords(x->keywords)).f("body", stmts(x->body))
          .f("decorator_list", exprs(x->decorator_list)).pos(s).done();
      break;
    }
    case K::Return:
      r = Node(C, N_Return).f("value", opt(static_cast<const A::Return*>(s)->value)).pos(s).done();
      break;
    case K::Delete:
      r = Node(C, N_Delete).f("targets", exprs(static_cast<const A::Delete*>(s)->targets)).pos(s).done();
      break;
    case K::Assign: {
      auto* x = static_cast<const A::Assign*>(s);
      r = Node(C, N_Assign).f("targets", exprs(x->targets)).f("value", expr(x->value))
          .f("type_comment", none_ref()).pos(s).done();
      break;
    }
    case K::AugAssign: {
      auto* x = static_cast<const A::AugAssign*>(s);
      r = Node(C, N_AugAssign).f("target", expr(x->target)).f("op", op(x->op)).f("value", expr(x->value))
          .pos(s).done();
      break;
    }
    case K::AnnAssign: {
      auto* x = static_cast<const A::AnnAssign*>(s);
      r = Node(C, N_AnnAssign).f("target", expr(x->target)).f("annotation", expr(x->annotation))
          .f("value", opt(x->value)).f("simple", int_from_i64(x->simple ? 1 : 0)).pos(s).done();
      break;
    }
    case K::For: {
      auto* x = static_cast<const A::For*>(s);
      r = Node(C, x->is_async ? N_AsyncFor : N_For).f("target", expr(x->target)).f("iter", expr(x->iter))
          .f("body", stmts(x->body)).f("orelse", stmts(x->orelse)).f("type_comment", none_ref()).pos(s).done();
      break;
    }
    case K::While: {
      auto* x = static_cast<const A::While*>(s);
      r = Node(C, N_While).f("test", expr(x->test)).f("body", stmts(x->body)).f("orelse", stmts(x->orelse))
          .pos(s).done();
      break;
    }
    case K::If: {
      auto* x = static_cast<const A::If*>(s);
      r = Node(C, N_If).f("test", expr(x->test)).f("body", stmts(x->body)).f("orelse", stmts(x->orelse))
          .pos(s).done();
      break;
    }
    case K::With: {
      auto* x = static_cast<const A::With*>(s);
      r = Node(C, x->is_async ? N_AsyncWith : N_With).f("items", withitems(x->items)).f("body", stmts(x->body))
          .f("type_comment", none_ref()).pos(s).done();
      break;
    }
    case K::Match: {
      auto* x = static_cast<const A::Match*>(s);
      r = Node(C, N_Match).f("subject", expr(x->subject))
          .f("cases", list(x->cases, [this](const A::MatchCase* c) {
            return Node(C, N_match_case).f("pattern", pattern(c->pattern)).f("guard", opt(c->guard))
                .f("body", stmts(c->body)).done();
          }))
          .pos(s).done();
      break;
    }
    case K::Raise: {
      auto* x = static_cast<const A::Raise*>(s);
      r = Node(C, N_Raise).f("exc", opt(x->exc)).f("cause", opt(x->cause)).pos(s).done();
      break;
    }
    case K::Try:
    case K::TryStar: {
      auto* x = static_cast<const A::Try*>(s);
      r = Node(C, s->kind == K::Try ? N_Try : N_TryStar).f("body", stmts(x->body))
          .f("handlers", handlers(x->handlers)).f("orelse", stmts(x->orelse)).f("finalbody", stmts(x->finalbody))
          .pos(s).done();
      break;
    }
    case K::Assert: {
      auto* x = static_cast<const A::Assert*>(s);
      r = Node(C, N_Assert).f("test", expr(x->test)).f("msg", opt(x->msg)).pos(s).done();
      break;
    }
    case K::Import:
      r = Node(C, N_Import).f("names", aliases(static_cast<const A::Import*>(s)->names)).pos(s).done();
      break;
    case K::ImportFrom: {
      auto* x = static_cast<const A::ImportFrom*>(s);
      r = Node(C, N_ImportFrom).f("module", opt_ident(x->module)).f("names", aliases(x->names))
          .f("level", int_from_i64(x->level)).pos(s).done();
      break;
    }
    case K::Global:
      r = Node(C, N_Global).f("names", names(static_cast<const A::Global*>(s)->names)).pos(s).done();
      break;
    case K::Nonlocal:
      r = Node(C, N_Nonlocal).f("names", names(static_cast<const A::Nonlocal*>(s)->names)).pos(s).done();
      break;
    case K::Expr:
      r = Node(C, N_Expr).f("value", expr(static_cast<const A::ExprStmt*>(s)->value)).pos(s).done();
      break;
    case K::Pass: r = Node(C, N_Pass).pos(s).done(); break;
    case K::Break: r = Node(C, N_Break).pos(s).done(); break;
    case K::Continue: r = Node(C, N_Continue).pos(s).done(); break;
  }
  leave_recursive_call();
  return r;
}

Object* From::pattern(const A::Pattern* p) {
  using K = A::PatternKind;
  if (!enter_recursive_call(" during ast construction")) return nullptr;
  Object* r = nullptr;
  switch (p->kind) {
    case K::MatchValue:
      r = Node(C, N_MatchValue).f("value", expr(static_cast<const A::MatchValue*>(p)->value)).pos(p).done();
      break;
    case K::MatchSingleton:
      r = Node(C, N_MatchSingleton).f("value", const_value(static_cast<const A::MatchSingleton*>(p)->value))
          .pos(p).done();
      break;
    case K::MatchSequence:
      r = Node(C, N_MatchSequence).f("patterns", patterns(static_cast<const A::MatchSequence*>(p)->patterns))
          .pos(p).done();
      break;
    case K::MatchMapping: {
      auto* x = static_cast<const A::MatchMapping*>(p);
      r = Node(C, N_MatchMapping).f("keys", exprs(x->keys)).f("patterns", patterns(x->patterns))
          .f("rest", opt_ident(x->rest)).pos(p).done();
      break;
    }
    case K::MatchClass: {
      auto* x = static_cast<const A::MatchClass*>(p);
      r = Node(C, N_MatchClass).f("cls", expr(x->cls)).f("patterns", patterns(x->patterns))
          .f("kwd_attrs", names(x->kwd_attrs)).f("kwd_patterns", patterns(x->kwd_patterns)).pos(p).done();
      break;
    }
    case K::MatchStar:
      r = Node(C, N_MatchStar).f("name", opt_ident(static_cast<const A::MatchStar*>(p)->name)).pos(p).done();
      break;
    case K::MatchAs: {
      auto* x = static_cast<const A::MatchAs*>(p);
      r = Node(C, N_MatchAs).f("pattern", x->pattern ? pattern(x->pattern) : none_ref())
          .f("name", opt_ident(x->name)).pos(p).done();
      break;
    }
    case K::MatchOr:
      r = Node(C, N_MatchOr).f("patterns", patterns(static_cast<const A::MatchOr*>(p)->patterns)).pos(p).done();
      break;
  }
  leave_recursive_call();
  return r;
}

}  // namespace

Object* tree_from_module(const A::Module& m, TreeMode mode) {
  Classes C;
  if (!C.load()) return nullptr;
  From f(C);
  switch (mode) {
    case TreeMode::Eval:
      return Node(C, N_Expression).f("body", f.expr(m.expr)).done();
    case TreeMode::Single:
      return Node(C, N_Interactive).f("body", f.stmts(m.body)).done();
    case TreeMode::FuncType:  // the caller builds FunctionType itself
    case TreeMode::Exec:
      break;
  }
  return Node(C, N_Module).f("body", f.stmts(m.body)).f("type_ignores", list_new(0)).done();
}

}  // namespace stdlib::astmod

namespace stdlib::astmod {

namespace {
// mode "func_type": "(argtypes) -> returns" (PEP 484 type comments).  Both
// sides are parsed as expressions from copies of the source in which the other
// side is blanked out with spaces, so every position stays that of the
// original text; the right side is wrapped in the parentheses the blanks
// replace (its first character and one after the end) so its leading blanks
// are no indent.  The arrow is the first "->" outside brackets and strings;
// argtypes are the elements of the left side's outer parenthesised tuple, or
// the one expression it parenthesises.
Object* parse_func_type(std::string_view source, const char* filename) {
  size_t arrow = std::string_view::npos;
  int depth = 0;
  char quote = 0;
  for (size_t i = 0; i + 1 < source.size(); ++i) {
    char c = source[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      --depth;
    } else if (depth == 0 && c == '-' && source[i + 1] == '>') {
      arrow = i;
      break;
    }
  }
  if (arrow == std::string_view::npos || source.empty() || source[0] != '(') {
    std::string line(source.substr(0, source.find('\n')));
    interp::raise_syntax_error(Exc_SyntaxError, "invalid syntax", filename, 1, 1, line, 1, 1);
    return nullptr;
  }
  auto blank = [&](size_t from, size_t to) {
    std::string s(source);
    for (size_t i = from; i < to && i < s.size(); ++i)
      if (s[i] != '\n') s[i] = ' ';
    return s;
  };
  std::string left = blank(arrow, source.size());
  std::string right = blank(0, arrow + 2);
  right[0] = '(';
  right += ')';
  auto lmod = interp::parse_source(left, filename, interp::CompileMode::Eval);
  if (!lmod) return nullptr;
  auto rmod = interp::parse_source(right, filename, interp::CompileMode::Eval);
  if (!rmod) return nullptr;
  Classes C;
  if (!C.load()) return nullptr;
  From f(C);
  const A::Expr* l = lmod->expr;
  A::ExprList one{const_cast<A::Expr*>(l)};
  const A::ExprList& elts =
      l->kind == A::ExprKind::Tuple && l->lineno == 1 && l->col_offset == 0 ? static_cast<const A::Tuple*>(l)->elts
                                                                            : one;
  Object* argtypes = f.list(elts, [&f](const A::Expr* e) { return f.expr(e); });
  return Node(C, N_FunctionType).f("argtypes", argtypes).f("returns", f.expr(rmod->expr)).done();
}
}  // namespace

namespace {
// The first node of the tree (depth first) newer than feature_version: its
// message in *msg and its line (or the nearest enclosing node's) in *line.
// -1 on error, 1 found, 0 none.
int newer_form(const Classes& C, Object* node, int feature_version, int line, const char** msg, int* found_line) {
  if (is_list(node)) {
    for (ssize i = 0; i < size_of(node); ++i) {
      int r = newer_form(C, list_get(node, i), feature_version, line, msg, found_line);
      if (r) return r;
    }
    return 0;
  }
  if (!is_subtype(type_of(node), C[N_mod]) && !is_subtype(type_of(node), C[N_stmt]) &&
      !is_subtype(type_of(node), C[N_expr]) && !is_subtype(type_of(node), C[N_arguments]) &&
      !is_subtype(type_of(node), C[N_excepthandler]) && !is_subtype(type_of(node), C[N_comprehension]) &&
      !is_subtype(type_of(node), C[N_keyword]) && !is_subtype(type_of(node), C[N_withitem]) &&
      !is_subtype(type_of(node), C[N_match_case]) && !is_subtype(type_of(node), C[N_arg]))
    return 0;
  bool error = false;
  Object* d = object_lookup_attr(node, names::__dict__, &error);
  if (!d || !is_dict(d)) {
    xdecref(d);
    return error ? -1 : 0;
  }
  if (Object* ln = dict_getitem_str(d, "lineno"); ln && is_int(ln)) line = int(int_as_i64(ln));
  const char* m = nullptr;
  if (feature_version < 8 && type_of(node) == C[N_NamedExpr])
    m = "Assignment expressions are only supported in Python 3.8 and greater";
  else if (feature_version < 11 && type_of(node) == C[N_TryStar]) {
    m = "Exception groups are only supported in Python 3.11 and greater";
    Object* hs = dict_getitem_str(d, "handlers");  // reported at the first except* clause, as CPython
    Object* first = hs && is_list(hs) && size_of(hs) > 0 ? list_get(hs, 0) : nullptr;
    Object* ln = first ? object_getattr_str(first, "lineno") : nullptr;
    if (ln && is_int(ln)) line = int(int_as_i64(ln));
    xdecref(ln);
    err_clear();
  }
  else if (feature_version < 8 && type_of(node) == C[N_arguments]) {
    Object* po = dict_getitem_str(d, "posonlyargs");
    if (po && is_list(po) && size_of(po) > 0)
      m = "Positional-only parameters are only supported in Python 3.8 and greater";
  }
  int r = 0;
  if (m) {
    *msg = m;
    *found_line = line;
    r = 1;
  }
  ssize pos = 0;
  Object *k, *v;
  while (!r && dict_next(d, &pos, &k, &v)) r = newer_form(C, v, feature_version, line, msg, found_line);
  decref(d);
  return r;
}
}  // namespace

Object* parse_to_tree(std::string_view source, const char* filename, TreeMode mode, int feature_version) {
  if (mode == TreeMode::FuncType) return parse_func_type(source, filename);
  interp::CompileMode cm = mode == TreeMode::Eval     ? interp::CompileMode::Eval
                           : mode == TreeMode::Single ? interp::CompileMode::Single
                                                      : interp::CompileMode::File;
  std::unique_ptr<A::Module> m = interp::parse_source(source, filename, cm);
  if (!m) return nullptr;
  Object* tree = tree_from_module(*m, mode);
  if (!tree || feature_version < 0 || feature_version >= 11) return tree;
  Classes C;
  if (!C.load()) {
    decref(tree);
    return nullptr;
  }
  const char* msg = nullptr;
  int line = 0;
  if (newer_form(C, tree, feature_version, 0, &msg, &line) > 0) {
    decref(tree);
    std::string_view rest = source;
    for (int i = 1; i < line && rest.find('\n') != std::string_view::npos; ++i) rest.remove_prefix(rest.find('\n') + 1);
    std::string text(rest.substr(0, rest.find('\n')));
    interp::raise_syntax_error(Exc_SyntaxError, msg, filename, line, 1, text, line, 1);
    return nullptr;
  }
  return tree;
}

}  // namespace stdlib::astmod

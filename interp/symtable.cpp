// Symbol-table construction and scope analysis (see symtable.h).
#include "symtable.h"

#include <algorithm>
#include <unordered_set>

namespace interp {

using namespace ast;

std::string mangle(const std::string& priv, const std::string& name) {
  if (priv.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  // Dunder names and dotted names (imports) are left alone.
  if (name.size() >= 2 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  size_t i = priv.find_first_not_of('_');
  if (i == std::string::npos) return name;  // class name is all underscores
  return "_" + priv.substr(i) + name;
}

namespace {

using NameSet = std::unordered_set<std::string>;

Position pos_of(const Node* n) {
  Position p;
  if (n) {
    p.lineno = n->lineno;
    p.col = n->col_offset;
    p.end_lineno = n->end_lineno;
    p.end_col = n->end_col_offset;
  }
  return p;
}

struct Builder {
  SymTable& st;
  CompileError& err;
  SymBlock* cur = nullptr;
  std::vector<SymBlock*> stack;
  int depth = 0;
  bool failed = false;
  bool in_comp_target = false;  // visiting a comprehension's `for` target
  int comp_iter_expr = 0;       // visiting a comprehension's iterable

  Builder(SymTable& s, CompileError& e) : st(s), err(e) {}

  bool fail(const std::string& msg, Position p) {
    if (!failed) {
      failed = true;
      err.msg = msg;
      err.pos = p;
    }
    return false;
  }
  bool fail(const std::string& msg, const Node* n) { return fail(msg, pos_of(n)); }

  bool enter_depth(const Node* n) {
    if (++depth > kMaxCompileDepth) {
      if (!failed) {
        failed = true;
        err.recursion = true;
        err.msg = "maximum recursion depth exceeded during compilation";
        err.pos = pos_of(n);
      }
      return false;
    }
    return true;
  }

  SymBlock* enter_block(BlockType t, const std::string& name, const Node* node) {
    auto b = std::make_unique<SymBlock>();
    SymBlock* raw = b.get();
    raw->type = t;
    raw->name = name;
    raw->node = node;
    raw->parent = cur;
    if (cur) {
      cur->children.push_back(raw);
      raw->nested = cur->nested || cur->type == BlockType::Function;
      raw->private_name = cur->private_name;
    }
    st.blocks.push_back(std::move(b));
    if (node) st.by_node[node] = raw;
    stack.push_back(raw);
    cur = raw;
    return raw;
  }
  void exit_block() {
    stack.pop_back();
    cur = stack.empty() ? nullptr : stack.back();
  }

  std::string mangled(const std::string& n) const { return mangle(cur->private_name, n); }

  Symbol& sym(SymBlock* b, const std::string& name) {
    auto it = b->symbols.find(name);
    if (it == b->symbols.end()) {
      b->symbol_order.push_back(name);
      it = b->symbols.emplace(name, Symbol{}).first;
    }
    return it->second;
  }

  // Record a use/definition of a (not yet mangled) name in block b.
  bool add_def_in(SymBlock* b, const std::string& raw, int flag, const Node* at) {
    std::string name = mangle(b->private_name, raw);
    Symbol& s = sym(b, name);
    if ((flag & DEF_PARAM) && (s.flags & DEF_PARAM))
      return fail("duplicate argument '" + name + "' in function definition", at);
    s.flags |= flag;
    return true;
  }
  bool add_def(const std::string& raw, int flag, const Node* at) {
    if (in_comp_target && (flag & DEF_LOCAL)) flag |= DEF_COMP_ITER;
    return add_def_in(cur, raw, flag, at);
  }

  // ---- statements ----
  bool visit_stmts(const StmtList& l) {
    for (Stmt* s : l)
      if (!visit_stmt(s)) return false;
    return true;
  }
  bool visit_exprs(const ExprList& l) {
    for (Expr* e : l)
      if (e && !visit_expr(e)) return false;
    return true;
  }

  bool visit_params(Arguments* a) {
    for (Arg* p : a->posonlyargs) {
      if (!add_def(p->arg, DEF_PARAM, p)) return false;
      cur->params.push_back(mangled(p->arg));
    }
    for (Arg* p : a->args) {
      if (!add_def(p->arg, DEF_PARAM, p)) return false;
      cur->params.push_back(mangled(p->arg));
    }
    for (Arg* p : a->kwonlyargs) {
      if (!add_def(p->arg, DEF_PARAM, p)) return false;
      cur->params.push_back(mangled(p->arg));
    }
    if (a->vararg) {
      if (!add_def(a->vararg->arg, DEF_PARAM, a->vararg)) return false;
      cur->params.push_back(mangled(a->vararg->arg));
    }
    if (a->kwarg) {
      if (!add_def(a->kwarg->arg, DEF_PARAM, a->kwarg)) return false;
      cur->params.push_back(mangled(a->kwarg->arg));
    }
    return true;
  }

  // Parameter and return annotations are evaluated in the defining scope
  // (with PEP 563, not at all: they are compiled to strings).
  bool visit_annotations(FunctionDef* f) {
    Arguments* a = f->args;
    auto one = [&](Arg* x) { return !x || !x->annotation || visit_annotation(x->annotation); };
    for (Arg* x : a->posonlyargs)
      if (!one(x)) return false;
    for (Arg* x : a->args)
      if (!one(x)) return false;
    if (!one(a->vararg)) return false;
    for (Arg* x : a->kwonlyargs)
      if (!one(x)) return false;
    if (!one(a->kwarg)) return false;
    return !f->returns || visit_annotation(f->returns);
  }

  bool visit_annotation(Expr* e) {
    if (!st.future_annotations) return visit_expr(e);
    std::string msg;
    const Expr* bad = invalid_in_annotation(e, cur->type == BlockType::Class, &msg);
    return bad ? fail(msg, bad) : true;
  }

  bool visit_defaults(Arguments* a) {
    if (!visit_exprs(a->defaults)) return false;
    return visit_exprs(a->kw_defaults);
  }

  bool declare(const std::string& raw, bool is_global, const Stmt* s) {
    std::string name = mangled(raw);
    const Symbol* existing = cur->lookup(name);
    int cur_flags = existing ? existing->flags : 0;
    const char* kind = is_global ? "global" : "nonlocal";
    if (cur_flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
      std::string msg;
      if (cur_flags & DEF_PARAM)
        msg = "name '" + name + "' is parameter and " + kind;
      else if (cur_flags & USE)
        msg = "name '" + name + "' is used prior to " + kind + " declaration";
      else if (cur_flags & DEF_ANNOT)
        msg = "annotated name '" + name + "' can't be " + kind;
      else
        msg = "name '" + name + "' is assigned to before " + kind + " declaration";
      return fail(msg, s);
    }
    sym(cur, name).flags |= is_global ? DEF_GLOBAL : DEF_NONLOCAL;
    // As in CPython, a `global` anywhere also marks the name global in the
    // module's own table: module-level code then binds it with STORE_GLOBAL,
    // which differs from STORE_NAME when exec() gets separate globals and locals.
    if (is_global && cur != st.top()) sym(st.top(), name).flags |= DEF_GLOBAL;
    cur->directives.emplace(name, pos_of(s));
    return true;
  }

  bool visit_stmt(Stmt* s) {
    if (!enter_depth(s)) return false;
    bool ok = visit_stmt_inner(s);
    depth--;
    return ok;
  }

  bool visit_stmt_inner(Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* f = static_cast<FunctionDef*>(s);
        if (!add_def(f->name, DEF_LOCAL, s)) return false;
        if (!visit_defaults(f->args)) return false;
        if (!visit_annotations(f)) return false;
        if (!visit_exprs(f->decorator_list)) return false;
        SymBlock* b = enter_block(BlockType::Function, f->name, s);
        b->async_def = b->coroutine = f->is_async;
        if (!visit_params(f->args) || !visit_stmts(f->body)) return false;
        exit_block();
        return true;
      }
      case StmtKind::ClassDef: {
        auto* c = static_cast<ClassDef*>(s);
        if (!add_def(c->name, DEF_LOCAL, s)) return false;
        if (!visit_exprs(c->bases)) return false;
        for (Keyword* k : c->keywords)
          if (!visit_expr(k->value)) return false;
        if (!visit_exprs(c->decorator_list)) return false;
        SymBlock* b = enter_block(BlockType::Class, c->name, s);
        b->private_name = c->name;
        if (!visit_stmts(c->body)) return false;
        exit_block();
        return true;
      }
      case StmtKind::Return: {
        auto* r = static_cast<Return*>(s);
        return !r->value || visit_expr(r->value);
      }
      case StmtKind::Delete:
        return visit_exprs(static_cast<Delete*>(s)->targets);
      case StmtKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        return visit_exprs(a->targets) && visit_expr(a->value);
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<AugAssign*>(s);
        return visit_expr(a->target) && visit_expr(a->value);
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<AnnAssign*>(s);
        if (a->target->kind == ExprKind::Name) {
          auto* n = static_cast<Name*>(a->target);
          std::string name = mangled(n->id);
          const Symbol* sy = cur->lookup(name);
          int fl = sy ? sy->flags : 0;
          if ((fl & (DEF_GLOBAL | DEF_NONLOCAL)) && a->simple) {
            return fail("annotated name '" + name + "' can't be " + ((fl & DEF_GLOBAL) ? "global" : "nonlocal"),
                        s);
          }
          if (a->simple) {
            if (!add_def(n->id, DEF_ANNOT | DEF_LOCAL, a->target)) return false;
            if (cur->type != BlockType::Function) cur->has_annotations = true;
          } else if (a->value) {
            if (!visit_expr(a->target)) return false;
          }
        } else {
          if (!visit_expr(a->target)) return false;
        }
        if ((cur->type != BlockType::Function || st.future_annotations) && !visit_annotation(a->annotation))
          return false;
        return !a->value || visit_expr(a->value);
      }
      case StmtKind::For: {
        auto* f = static_cast<For*>(s);
        return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) && visit_stmts(f->orelse);
      }
      case StmtKind::While: {
        auto* w = static_cast<While*>(s);
        return visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
      }
      case StmtKind::If: {
        auto* i = static_cast<If*>(s);
        return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
      }
      case StmtKind::With: {
        auto* w = static_cast<With*>(s);
        for (WithItem* it : w->items) {
          if (!visit_expr(it->context_expr)) return false;
          if (it->optional_vars && !visit_expr(it->optional_vars)) return false;
        }
        return visit_stmts(w->body);
      }
      case StmtKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        if (r->exc && !visit_expr(r->exc)) return false;
        return !r->cause || visit_expr(r->cause);
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = static_cast<Try*>(s);
        if (!visit_stmts(t->body)) return false;
        for (ExceptHandler* h : t->handlers) {
          if (h->type && !visit_expr(h->type)) return false;
          if (!h->name.empty() && !add_def(h->name, DEF_LOCAL, h)) return false;
          if (!visit_stmts(h->body)) return false;
        }
        return visit_stmts(t->orelse) && visit_stmts(t->finalbody);
      }
      case StmtKind::Assert: {
        auto* a = static_cast<Assert*>(s);
        return visit_expr(a->test) && (!a->msg || visit_expr(a->msg));
      }
      case StmtKind::Import:
      case StmtKind::ImportFrom: {
        bool from = s->kind == StmtKind::ImportFrom;
        const auto& names = from ? static_cast<ImportFrom*>(s)->names : static_cast<Import*>(s)->names;
        for (Alias* a : names) {
          if (a->name == "*") {
            if (cur->type != BlockType::Module) return fail("import * only allowed at module level", a);
            continue;
          }
          std::string store = a->asname;
          if (store.empty()) {
            store = a->name;
            if (!from) {
              size_t dot = store.find('.');
              if (dot != std::string::npos) store = store.substr(0, dot);
            }
          }
          if (!add_def(store, DEF_IMPORT, a)) return false;
        }
        return true;
      }
      case StmtKind::Global: {
        for (const std::string& n : static_cast<Global*>(s)->names)
          if (!declare(n, true, s)) return false;
        return true;
      }
      case StmtKind::Nonlocal: {
        if (cur->type == BlockType::Module) return fail("nonlocal declaration not allowed at module level", s);
        for (const std::string& n : static_cast<Nonlocal*>(s)->names)
          if (!declare(n, false, s)) return false;
        return true;
      }
      case StmtKind::Expr:
        return visit_expr(static_cast<ExprStmt*>(s)->value);
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        return true;
      case StmtKind::Match: {
        auto* m = static_cast<Match*>(s);
        if (!visit_expr(m->subject)) return false;
        for (MatchCase* mc : m->cases) {
          if (!visit_pattern(mc->pattern)) return false;
          if (mc->guard && !visit_expr(mc->guard)) return false;
          if (!visit_stmts(mc->body)) return false;
        }
        return true;
      }
    }
    return true;
  }

  // ---- match patterns: captures bind names; values, classes and keys are read ----
  bool visit_patterns(const PatternList& l) {
    for (Pattern* p : l)
      if (!visit_pattern(p)) return false;
    return true;
  }
  bool visit_pattern(Pattern* p) {
    if (!enter_depth(p)) return false;
    bool ok = visit_pattern_inner(p);
    depth--;
    return ok;
  }
  bool visit_pattern_inner(Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue:
        return visit_expr(static_cast<MatchValue*>(p)->value);
      case PatternKind::MatchSingleton:
        return true;
      case PatternKind::MatchSequence:
        return visit_patterns(static_cast<MatchSequence*>(p)->patterns);
      case PatternKind::MatchMapping: {
        auto* m = static_cast<MatchMapping*>(p);
        if (!visit_exprs(m->keys) || !visit_patterns(m->patterns)) return false;
        return m->rest.empty() || add_def(m->rest, DEF_LOCAL, p);
      }
      case PatternKind::MatchClass: {
        auto* m = static_cast<MatchClass*>(p);
        return visit_expr(m->cls) && visit_patterns(m->patterns) && visit_patterns(m->kwd_patterns);
      }
      case PatternKind::MatchStar: {
        auto* m = static_cast<MatchStar*>(p);
        return m->name.empty() || add_def(m->name, DEF_LOCAL, p);
      }
      case PatternKind::MatchAs: {
        auto* m = static_cast<MatchAs*>(p);
        if (m->pattern && !visit_pattern(m->pattern)) return false;
        return m->name.empty() || add_def(m->name, DEF_LOCAL, p);
      }
      case PatternKind::MatchOr:
        return visit_patterns(static_cast<MatchOr*>(p)->patterns);
    }
    return true;
  }

  // ---- expressions ----
  bool visit_expr(Expr* e) {
    if (!enter_depth(e)) return false;
    bool ok = visit_expr_inner(e);
    depth--;
    return ok;
  }

  bool visit_comprehension(Expr* e, CompKind kind, const std::vector<Comprehension*>& gens, Expr* elt,
                           Expr* value) {
    // The outermost iterable is evaluated in the enclosing scope.
    comp_iter_expr++;
    bool ok = visit_expr(gens[0]->iter);
    comp_iter_expr--;
    if (!ok) return false;
    static const char* const kNames[] = {"", "listcomp", "setcomp", "dictcomp", "genexpr"};
    SymBlock* b = enter_block(BlockType::Function, kNames[int(kind)], e);
    b->comp = kind;
    if (kind == CompKind::Gen) b->is_generator = true;
    for (Comprehension* g : gens) b->coroutine = b->coroutine || g->is_async;
    sym(b, ".0").flags |= DEF_PARAM;
    b->params.push_back(".0");
    for (size_t i = 0; i < gens.size(); i++) {
      Comprehension* g = gens[i];
      if (i > 0) {
        comp_iter_expr++;
        ok = visit_expr(g->iter);
        comp_iter_expr--;
        if (!ok) return false;
      }
      in_comp_target = true;
      ok = visit_expr(g->target);
      in_comp_target = false;
      if (!ok) return false;
      if (!visit_exprs(g->ifs)) return false;
    }
    if (!visit_expr(elt)) return false;
    if (value && !visit_expr(value)) return false;
    // An asynchronous list/set/dict comprehension is awaited where it is built.
    bool awaited = b->coroutine && kind != CompKind::Gen;
    exit_block();
    if (awaited) cur->coroutine = true;
    return true;
  }

  bool extend_namedexpr_scope(Name* target, Expr* e) {
    const std::string& raw = target->id;
    for (size_t i = stack.size(); i-- > 0;) {
      SymBlock* b = stack[i];
      if (b->comp != CompKind::None) {
        const Symbol* s = b->lookup(mangle(b->private_name, raw));
        if (s && (s->flags & DEF_COMP_ITER))
          return fail("assignment expression cannot rebind comprehension iteration variable '" + raw + "'",
                      target);
        continue;
      }
      if (b->type == BlockType::Function) {
        const Symbol* s = b->lookup(mangle(b->private_name, raw));
        int fl = (s && (s->flags & DEF_GLOBAL)) ? DEF_GLOBAL : DEF_NONLOCAL;
        if (!add_def_in(cur, raw, fl, target)) return false;
        cur->directives.emplace(mangled(raw), pos_of(target));
        return add_def_in(b, raw, DEF_LOCAL, target);
      }
      if (b->type == BlockType::Module) {
        if (!add_def_in(cur, raw, DEF_GLOBAL, target)) return false;
        cur->directives.emplace(mangled(raw), pos_of(target));
        return add_def_in(b, raw, DEF_GLOBAL, target);
      }
      return fail("assignment expression within a comprehension cannot be used in a class body", target);
    }
    return true;
  }

  bool visit_expr_inner(Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp:
        return visit_exprs(static_cast<BoolOp*>(e)->values);
      case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        if (comp_iter_expr > 0)
          return fail("assignment expression cannot be used in a comprehension iterable expression", e);
        if (cur->comp != CompKind::None && n->target->kind == ExprKind::Name) {
          if (!extend_namedexpr_scope(static_cast<Name*>(n->target), e)) return false;
        }
        return visit_expr(n->value) && visit_expr(n->target);
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<BinOp*>(e);
        return visit_expr(b->left) && visit_expr(b->right);
      }
      case ExprKind::UnaryOp:
        return visit_expr(static_cast<UnaryOp*>(e)->operand);
      case ExprKind::Lambda: {
        auto* l = static_cast<Lambda*>(e);
        if (!visit_defaults(l->args)) return false;
        enter_block(BlockType::Function, "lambda", e);
        int saved = comp_iter_expr;
        comp_iter_expr = 0;
        bool ok = visit_params(l->args) && visit_expr(l->body);
        comp_iter_expr = saved;
        if (!ok) return false;
        exit_block();
        return true;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
      }
      case ExprKind::Dict: {
        auto* d = static_cast<Dict*>(e);
        return visit_exprs(d->keys) && visit_exprs(d->values);
      }
      case ExprKind::Set:
        return visit_exprs(static_cast<Set*>(e)->elts);
      case ExprKind::ListComp: {
        auto* c = static_cast<ListComp*>(e);
        return visit_comprehension(e, CompKind::List, c->generators, c->elt, nullptr);
      }
      case ExprKind::SetComp: {
        auto* c = static_cast<SetComp*>(e);
        return visit_comprehension(e, CompKind::Set, c->generators, c->elt, nullptr);
      }
      case ExprKind::DictComp: {
        auto* c = static_cast<DictComp*>(e);
        return visit_comprehension(e, CompKind::Dict, c->generators, c->key, c->value);
      }
      case ExprKind::GeneratorExp: {
        auto* c = static_cast<GeneratorExp*>(e);
        return visit_comprehension(e, CompKind::Gen, c->generators, c->elt, nullptr);
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom: {
        if (cur->type != BlockType::Function) return fail("'yield' outside function", e);
        if (cur->comp != CompKind::None) {
          static const char* const kWhat[] = {"", "list comprehension", "set comprehension",
                                              "dict comprehension", "generator expression"};
          return fail(std::string("'yield' inside ") + kWhat[int(cur->comp)], e);
        }
        cur->is_generator = true;
        Expr* v = e->kind == ExprKind::Yield ? static_cast<Yield*>(e)->value : static_cast<YieldFrom*>(e)->value;
        return !v || visit_expr(v);
      }
      case ExprKind::Compare: {
        auto* c = static_cast<Compare*>(e);
        return visit_expr(c->left) && visit_exprs(c->comparators);
      }
      case ExprKind::Call: {
        auto* c = static_cast<Call*>(e);
        if (!visit_expr(c->func) || !visit_exprs(c->args)) return false;
        for (Keyword* k : c->keywords)
          if (!visit_expr(k->value)) return false;
        return true;
      }
      case ExprKind::FormattedValue: {
        auto* f = static_cast<FormattedValue*>(e);
        return visit_expr(f->value) && (!f->format_spec || visit_expr(f->format_spec));
      }
      case ExprKind::JoinedStr:
        return visit_exprs(static_cast<JoinedStr*>(e)->values);
      case ExprKind::Constant:
        return true;
      case ExprKind::Attribute:
        return visit_expr(static_cast<Attribute*>(e)->value);
      case ExprKind::Subscript: {
        auto* s = static_cast<Subscript*>(e);
        return visit_expr(s->value) && visit_expr(s->slice);
      }
      case ExprKind::Starred:
        return visit_expr(static_cast<Starred*>(e)->value);
      case ExprKind::Name: {
        auto* n = static_cast<Name*>(e);
        if (n->ctx == ExprContext::Load) {
          if (!add_def(n->id, USE, e)) return false;
          if (cur->type == BlockType::Function && n->id == "super" && !add_def_in(cur, "__class__", USE, e))
            return false;
          return true;
        }
        return add_def(n->id, DEF_LOCAL, e);
      }
      case ExprKind::List:
        return visit_exprs(static_cast<List*>(e)->elts);
      case ExprKind::Tuple:
        return visit_exprs(static_cast<Tuple*>(e)->elts);
      case ExprKind::Slice: {
        auto* s = static_cast<Slice*>(e);
        return (!s->lower || visit_expr(s->lower)) && (!s->upper || visit_expr(s->upper)) &&
               (!s->step || visit_expr(s->step));
      }
      case ExprKind::Await:  // async/await (where `await` may appear is checked by the compiler)
        if (!visit_expr(static_cast<Await*>(e)->value)) return false;
        cur->coroutine = true;
        return true;
    }
    return true;
  }

  // ---- analysis ----
  Position directive_pos(SymBlock* b, const std::string& name) {
    auto it = b->directives.find(name);
    return it == b->directives.end() ? Position{} : it->second;
  }

  bool analyze_name(SymBlock* b, std::unordered_map<std::string, Scope>& scopes, const std::string& name,
                    int flags, const NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) return fail("name '" + name + "' is nonlocal and global", directive_pos(b, name));
      scopes[name] = Scope::GlobalExplicit;
      global.insert(name);
      return true;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound || !bound->count(name))
        return fail("no binding for nonlocal '" + name + "' found", directive_pos(b, name));
      scopes[name] = Scope::Free;
      free.insert(name);
      return true;
    }
    if (flags & DEF_BOUND) {
      scopes[name] = Scope::Local;
      local.insert(name);
      global.erase(name);
      return true;
    }
    if (bound && bound->count(name)) {
      scopes[name] = Scope::Free;
      free.insert(name);
      return true;
    }
    scopes[name] = Scope::GlobalImplicit;
    return true;
  }

  // bound: names bound in enclosing function scopes (null for the module);
  // free (out): names free in this block or its children that an enclosing scope must provide;
  // global: names known to be global (explicitly declared) in enclosing scopes.
  bool analyze_block(SymBlock* b, const NameSet* bound, NameSet& free, const NameSet& global) {
    std::unordered_map<std::string, Scope> scopes;
    NameSet local, newglobal, newfree, newbound;
    NameSet myglobal = global;
    if (b->type == BlockType::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (const std::string& name : b->symbol_order) {
      if (!analyze_name(b, scopes, name, b->symbols[name].flags, bound, local, free, myglobal)) return false;
    }
    if (b->type != BlockType::Class) {
      if (b->type == BlockType::Function) newbound.insert(local.begin(), local.end());
      if (bound) {
        for (const std::string& n : *bound) {
          auto it = scopes.find(n);
          if (it == scopes.end() || it->second != Scope::GlobalExplicit) newbound.insert(n);
        }
      }
      newglobal.insert(myglobal.begin(), myglobal.end());
    } else {
      newbound.insert("__class__");
    }
    for (SymBlock* child : b->children) {
      NameSet child_free;
      if (!analyze_block(child, &newbound, child_free, newglobal)) return false;
      newfree.insert(child_free.begin(), child_free.end());
    }
    if (b->type == BlockType::Function) {
      // Locals that children capture become cells.
      for (auto& [name, sc] : scopes) {
        if (sc == Scope::Local && newfree.count(name)) {
          sc = Scope::Cell;
          newfree.erase(name);
        }
      }
    } else if (b->type == BlockType::Class) {
      if (newfree.erase("__class__")) b->needs_class_closure = true;
    }
    // Record scopes, then the names free in children that this block passes through.
    for (auto& [name, sc] : scopes) b->symbols[name].scope = sc;
    for (const std::string& name : newfree) {
      auto it = b->symbols.find(name);
      if (it != b->symbols.end()) {
        if (b->type == BlockType::Class && (it->second.flags & (DEF_BOUND | DEF_GLOBAL)))
          it->second.flags |= DEF_FREE_CLASS;
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global for the child
      sym(b, name).scope = Scope::Free;
    }
    free.insert(newfree.begin(), newfree.end());
    return true;
  }
};

}  // namespace

bool build_symtable(const ast::Module& m, bool mode_eval, SymTable& out, CompileError& err) {
  Builder bld(out, err);
  bld.enter_block(BlockType::Module, "top", nullptr);
  bool ok = mode_eval ? (m.expr ? bld.visit_expr(m.expr) : true) : bld.visit_stmts(m.body);
  if (!ok) return false;
  NameSet free, global;
  return bld.analyze_block(out.top(), nullptr, free, global);
}

}  // namespace interp

// Statement compilation (see compiler.h).
#include "compiler.h"

namespace interp {

using namespace ast;

namespace {

bool is_docstring(const StmtList& body) {
  if (body.empty() || body[0]->kind != StmtKind::Expr) return false;
  Expr* v = static_cast<ExprStmt*>(body[0])->value;
  return v->kind == ExprKind::Constant && static_cast<Constant*>(v)->ckind == ConstKind::Str;
}

const std::string& docstring_text(const StmtList& body) {
  return static_cast<Constant*>(static_cast<ExprStmt*>(body[0])->value)->text;
}

bool is_true_constant(Expr* e) {
  if (e->kind != ExprKind::Constant) return false;
  auto* c = static_cast<Constant*>(e);
  switch (c->ckind) {
    case ConstKind::True: return true;
    case ConstKind::Int: return c->text.find_first_not_of("0_xXoObB") != std::string::npos;
    case ConstKind::Str: case ConstKind::Bytes: return !c->text.empty();
    case ConstKind::Ellipsis: return true;
    case ConstKind::Tuple: case ConstKind::FrozenSet: return !c->items.empty();
    default: return false;
  }
}

}  // namespace

void Compiler::visit_stmts(const StmtList& l) {
  for (Stmt* s : l) visit_stmt(s);
}

// Module and class bodies: a leading string is the docstring (stored in __doc__ when store_doc).
void Compiler::visit_body_with_docstring(const StmtList& body, bool store_doc) {
  size_t start = 0;
  if (is_docstring(body)) {
    const std::string& doc = docstring_text(body);
    u->docstring.o = rt::str_from(doc);
    if (!u->docstring.o) fail_pyerr();
    if (store_doc) {
      u->line = body[0]->lineno;
      emit(LOAD_CONST, uint32_t(const_str(doc)));
      emit(STORE_NAME, uint32_t(name_index("__doc__")));
    }
    start = 1;
  }
  for (size_t i = start; i < body.size(); i++) visit_stmt(body[i]);
}

void Compiler::visit_stmt(Stmt* s) {
  depth_enter(s);
  int saved_line = u->line;
  SrcLoc saved_loc = u->loc;
  set_loc(s);
  switch (s->kind) {
    case StmtKind::FunctionDef:
      compile_function(static_cast<FunctionDef*>(s));
      break;
    case StmtKind::ClassDef:
      compile_class(static_cast<ClassDef*>(s));
      break;
    case StmtKind::Return:
      compile_return(static_cast<Return*>(s));
      break;
    case StmtKind::Delete:
      for (Expr* t : static_cast<Delete*>(s)->targets) compile_delete(t);
      break;
    case StmtKind::Assign: {
      auto* a = static_cast<Assign*>(s);
      visit_expr(a->value);
      for (size_t i = 0; i < a->targets.size(); i++) {
        if (i + 1 < a->targets.size()) emit(COPY, 1);
        store_target(a->targets[i]);
      }
      break;
    }
    case StmtKind::AugAssign:
      compile_aug_assign(static_cast<AugAssign*>(s));
      break;
    case StmtKind::AnnAssign:
      compile_ann_assign(static_cast<AnnAssign*>(s));
      break;
    case StmtKind::For:
      compile_for(static_cast<For*>(s));
      break;
    case StmtKind::While:
      compile_while(static_cast<While*>(s));
      break;
    case StmtKind::If: {
      auto* i = static_cast<If*>(s);
      int next = new_label(), end = new_label();
      jump_if(i->test, next, false);
      visit_stmts(i->body);
      if (!i->orelse.empty()) {
        set_artificial();
        emit_jump(JUMP, end);
      }
      bind(next);
      visit_stmts(i->orelse);
      bind(end);
      break;
    }
    case StmtKind::With:
      compile_with(static_cast<With*>(s), 0);
      break;
    case StmtKind::Raise: {
      auto* r = static_cast<Raise*>(s);
      uint32_t n = 0;
      if (r->exc) {
        visit_expr(r->exc);
        n = 1;
        if (r->cause) {
          visit_expr(r->cause);
          n = 2;
        }
      }
      u->line = s->lineno;
      emit(RAISE_VARARGS, n);
      break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
      auto* t = static_cast<Try*>(s);
      if (!t->finalbody.empty())
        compile_try_finally(t);
      else if (s->kind == StmtKind::TryStar)
        compile_try_star(t);
      else
        compile_try_except(t);
      break;
    }
    case StmtKind::Match:
      compile_match(static_cast<Match*>(s));
      break;
    case StmtKind::Assert: {
      auto* a = static_cast<Assert*>(s);
      check_assert(a);
      int ok = new_label();
      jump_if(a->test, ok, true);  // a comparison leaves its location for the raise (CPython 3.11)
      if (a->msg) {
        emit(PUSH_NULL);
        emit(LOAD_ASSERTION_ERROR);
        visit_expr(a->msg);
        emit(CALL, 1);
      } else {
        emit(LOAD_ASSERTION_ERROR);
      }
      emit(RAISE_VARARGS, 1);
      bind(ok);
      break;
    }
    case StmtKind::Import:
      compile_import(static_cast<Import*>(s));
      break;
    case StmtKind::ImportFrom:
      compile_import_from(static_cast<ImportFrom*>(s));
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
      break;
    case StmtKind::Pass:
      line_marker(s);
      break;
    case StmtKind::Expr: {
      Expr* v = static_cast<ExprStmt*>(s)->value;
      bool interactive = mode_ == CompileMode::Single && u->kind == UnitKind::Module;
      if (v->kind == ExprKind::Constant && !interactive) {  // no effect
        line_marker(s);
        break;
      }
      visit_expr(v);
      u->line = s->lineno;
      emit(interactive ? PRINT_EXPR : POP_TOP);
      break;
    }
    case StmtKind::Break: {
      check_except_star_exit(true, s);
      int loop = unwind_fblock_stack(false, true);
      if (loop < 0) fail("'break' outside loop", s);
      FBlock fb = u->fblocks[size_t(loop)];
      unwind_fblock(fb, false);
      u->line = s->lineno;
      emit_jump(JUMP, fb.exit);
      break;
    }
    case StmtKind::Continue: {
      check_except_star_exit(true, s);
      int loop = unwind_fblock_stack(false, true);
      if (loop < 0) fail("'continue' not properly in loop", s);
      u->line = s->lineno;
      emit_jump(JUMP, u->fblocks[size_t(loop)].start);
      break;
    }
  }
  u->line = saved_line;
  u->loc = saved_loc;
  depth_leave();
}

void Compiler::compile_return(Return* r) {
  if (u->ste->type != BlockType::Function) fail("'return' outside function", r);
  check_except_star_exit(false, r->value ? static_cast<const Node*>(r->value) : r);
  if (r->value && in_async_function() && u->ste->is_generator) fail("'return' with value in async generator", r);
  bool preserve = r->value && r->value->kind != ExprKind::Constant;
  if (preserve) visit_expr(r->value);
  unwind_fblock_stack(preserve, false);
  u->line = r->lineno;
  if (!r->value)
    emit(LOAD_CONST, uint32_t(const_none()));
  else if (!preserve)
    visit_expr(r->value);
  u->line = r->lineno;
  emit(RETURN_VALUE);
}

// Defaults and keyword-only defaults of a function or lambda; returns MAKE_FUNCTION's flag bits.
uint32_t Compiler::compile_defaults(Arguments* a) {
  uint32_t flags = 0;
  if (!a->defaults.empty()) {
    Ref folded;
    std::string key;
    bool all_const = true;
    for (Expr* d : a->defaults) all_const = all_const && d->kind == ExprKind::Constant;
    if (all_const) {
      Object* t = rt::tuple_new(ssize(a->defaults.size()));
      if (!t) fail_pyerr();
      folded.o = t;
      key = "t";
      for (size_t i = 0; i < a->defaults.size(); i++) rt::tuple_set_steal(t, ssize(i), rt::none_ref());
      for (size_t i = 0; i < a->defaults.size(); i++) {
        std::string k;
        Object* v = constant_object(static_cast<Constant*>(a->defaults[i]), &k);
        Object* old = rt::tuple_get(t, ssize(i));
        rt::tuple_set_steal(t, ssize(i), v);
        rt::decref(old);
        key += std::to_string(k.size()) + ":" + k;
      }
      emit(LOAD_CONST, uint32_t(add_const(folded.release(), key)));
    } else {
      for (Expr* d : a->defaults) visit_expr(d);
      emit(BUILD_TUPLE, uint32_t(a->defaults.size()));
    }
    flags |= 1;
  }
  uint32_t nkw = 0;
  for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
    Expr* d = i < a->kw_defaults.size() ? a->kw_defaults[i] : nullptr;
    if (!d) continue;
    emit(LOAD_CONST, uint32_t(const_str(mangled(a->kwonlyargs[i]->arg))));
    visit_expr(d);
    nkw++;
  }
  if (nkw) {
    emit(BUILD_MAP, nkw);
    flags |= 2;
  }
  return flags;
}

// Parameter and return annotations as MAKE_FUNCTION's flag-4 tuple
// (name, value, name, value, ...), in CPython 3.11's order: args,
// positional-only args, *args, keyword-only args, **kwargs, 'return'.
uint32_t Compiler::compile_annotations(FunctionDef* f) {
  Arguments* a = f->args;
  uint32_t n = 0;
  auto value = [&](Expr* e) {
    if (future_annotations()) {
      emit(LOAD_CONST, uint32_t(const_str(unparse_annotation(e))));
    } else if (e->kind == ExprKind::Starred) {  // PEP 646 `*args: *Ts`: the value is [*Ts]'s one item
      visit_expr(static_cast<Starred*>(e)->value);
      emit(UNPACK_SEQUENCE, 1);
    } else {
      visit_expr(e);
    }
  };
  auto one = [&](Arg* x) {
    if (!x || !x->annotation) return;
    emit(LOAD_CONST, uint32_t(const_str(mangled(x->arg))));
    value(x->annotation);
    n++;
  };
  for (Arg* x : a->args) one(x);
  for (Arg* x : a->posonlyargs) one(x);
  one(a->vararg);
  for (Arg* x : a->kwonlyargs) one(x);
  one(a->kwarg);
  if (f->returns) {
    emit(LOAD_CONST, uint32_t(const_str("return")));
    value(f->returns);
    n++;
  }
  if (!n) return 0;
  emit(BUILD_TUPLE, 2 * n);
  return 4;
}

void Compiler::compile_function(FunctionDef* f) {
  for (Expr* d : f->decorator_list) visit_expr(d);
  u->line = f->lineno;
  uint32_t flags = compile_defaults(f->args);
  flags |= compile_annotations(f);
  SymBlock* ste = block_for(f);
  int firstline = f->decorator_list.empty() ? f->lineno : f->decorator_list[0]->lineno;
  enter_unit(UnitKind::Function, ste, f->name, firstline);
  Arguments* a = f->args;
  u->argcount = int(a->posonlyargs.size() + a->args.size());
  u->posonly = int(a->posonlyargs.size());
  u->kwonly = int(a->kwonlyargs.size());
  u->flags = CO_OPTIMIZED | CO_NEWLOCALS;
  if (a->vararg) u->flags |= CO_VARARGS;
  if (a->kwarg) u->flags |= CO_VARKEYWORDS;
  u->flags |= code_kind_flags(f->is_async, ste->is_generator);
  if (ste->nested) u->flags |= CO_NESTED;
  u->line = f->lineno;
  if (ste->is_generator || f->is_async) {
    set_artificial();
    emit(GEN_START);
  }
  size_t start = 0;
  if (is_docstring(f->body)) {
    u->docstring.o = rt::str_from(docstring_text(f->body));
    if (!u->docstring.o) fail_pyerr();
    start = 1;
  }
  for (size_t i = start; i < f->body.size(); i++) visit_stmt(f->body[i]);
  set_artificial();
  emit(LOAD_CONST, uint32_t(const_none()));
  emit(RETURN_VALUE);
  CodeObject* code = exit_unit();
  u->line = f->lineno;
  make_closure(code, flags);
  for (size_t i = f->decorator_list.size(); i-- > 0;) {
    set_loc(f->decorator_list[i]);
    emit(CALL, 0);
  }
  set_loc(f);
  u->line = f->lineno;
  nameop(f->name, ExprContext::Store);
}

void Compiler::compile_class(ClassDef* c) {
  for (Expr* d : c->decorator_list) visit_expr(d);
  u->line = c->lineno;
  SymBlock* ste = block_for(c);
  int firstline = c->decorator_list.empty() ? c->lineno : c->decorator_list[0]->lineno;
  enter_unit(UnitKind::Class, ste, c->name, firstline);
  u->flags = CO_CLASSBODY;
  u->line = c->lineno;
  emit(LOAD_NAME, uint32_t(name_index("__name__")));
  emit(STORE_NAME, uint32_t(name_index("__module__")));
  emit(LOAD_CONST, uint32_t(const_str(u->qualname)));
  emit(STORE_NAME, uint32_t(name_index("__qualname__")));
  if (ste->has_annotations) emit(SETUP_ANNOTATIONS);
  visit_body_with_docstring(c->body, true);
  set_artificial();
  if (ste->needs_class_closure) {
    emit(LOAD_CLOSURE, uint32_t(u->cellvars.find("__class__")));
  } else {
    emit(LOAD_CONST, uint32_t(const_none()));
  }
  emit(RETURN_VALUE);
  CodeObject* code = exit_unit();
  u->line = c->lineno;
  emit(PUSH_NULL);
  emit(LOAD_BUILD_CLASS);
  make_closure(code, 0);
  emit(LOAD_CONST, uint32_t(const_str(c->name)));
  call_helper(2, c->bases, c->keywords, c);
  for (size_t i = c->decorator_list.size(); i-- > 0;) {
    set_loc(c->decorator_list[i]);
    emit(CALL, 0);
  }
  set_loc(c);
  u->line = c->lineno;
  nameop(c->name, ExprContext::Store);
}

// `for` and `async for` (docs/async.md: the __anext__ await sits in a
// SETUP_FINALLY block whose handler END_ASYNC_FOR ends the loop on StopAsyncIteration).
void Compiler::compile_for(For* f) {
  if (f->is_async) check_async_stmt(f, "async for");
  int start = new_label(), cleanup = new_label(), end = new_label();
  if (f->is_async)
    visit_expr(f->iter);  // not visit_iter: a constant list stays a list ("... got list")
  else
    visit_iter(f->iter);
  u->line = f->lineno;
  emit(f->is_async ? GET_AITER : GET_ITER);
  bind(start);
  if (f->is_async) {
    emit_jump(SETUP_FINALLY, cleanup);
    emit_await_anext();
  } else {
    emit_jump(FOR_ITER, cleanup);
  }
  push_fblock(FBlockType::ForLoop, f, start, end);
  store_target(f->target);
  visit_stmts(f->body);
  pop_fblock();
  set_artificial();
  emit_jump(JUMP, start);
  bind(cleanup);
  if (f->is_async) emit(END_ASYNC_FOR);
  visit_stmts(f->orelse);
  bind(end);
}

void Compiler::compile_while(While* w) {
  int loop = new_label(), anchor = new_label(), end = new_label();
  bind(loop);
  if (!is_true_constant(w->test)) jump_if(w->test, anchor, false);
  push_fblock(FBlockType::WhileLoop, w, loop, end);
  visit_stmts(w->body);
  pop_fblock();
  set_artificial();
  emit_jump(JUMP, loop);
  bind(anchor);
  visit_stmts(w->orelse);
  bind(end);
}

// The protected part of try/except and try/except*: the body, the else
// clause, then the handler entry (PUSH_EXC_INFO; SETUP_CLEANUP cleanup).
void Compiler::compile_try_prologue(Try* t, int handler, int end, int cleanup) {
  u->line = t->lineno;
  emit_jump(SETUP_FINALLY, handler);
  push_fblock(FBlockType::TryExcept, t);
  visit_stmts(t->body);
  pop_fblock();
  set_artificial();
  emit(POP_BLOCK);
  visit_stmts(t->orelse);
  emit_jump(JUMP, end);
  bind(handler);
  if (!t->handlers.empty()) u->line = t->handlers[0]->lineno;
  emit(PUSH_EXC_INFO);
  emit_jump(SETUP_CLEANUP, cleanup);
}

void Compiler::compile_try_except(Try* t) {
  int handler = new_label(), end = new_label(), cleanup = new_label();
  compile_try_prologue(t, handler, end, cleanup);
  push_fblock(FBlockType::ExceptionHandler, t);
  for (size_t i = 0; i < t->handlers.size(); i++) {
    ExceptHandler* h = t->handlers[i];
    if (!h->type && i + 1 < t->handlers.size()) fail("default 'except:' must be last", h);
    u->line = h->lineno;
    int next = new_label();
    if (h->type) {
      visit_expr(h->type);
      u->line = h->lineno;
      emit(CHECK_EXC_MATCH);
      emit_jump(POP_JUMP_IF_FALSE, next);
    }
    if (!h->name.empty()) {
      nameop(h->name, ExprContext::Store);
      int named_cleanup = new_label();
      emit_jump(SETUP_FINALLY, named_cleanup);
      push_fblock(FBlockType::HandlerCleanup, h, -1, -1, nullptr, h->name);
      visit_stmts(h->body);
      pop_fblock();
      set_artificial();
      emit(POP_BLOCK);
      emit(LOAD_CONST, uint32_t(const_none()));
      nameop(h->name, ExprContext::Store);
      nameop(h->name, ExprContext::Del);
      emit(POP_BLOCK);
      emit(POP_EXCEPT);
      emit_jump(JUMP, end);
      bind(named_cleanup);
      emit(LOAD_CONST, uint32_t(const_none()));
      nameop(h->name, ExprContext::Store);
      nameop(h->name, ExprContext::Del);
      emit(RERAISE, 1);
    } else {
      emit(POP_TOP);
      push_fblock(FBlockType::HandlerCleanup, h);
      visit_stmts(h->body);
      pop_fblock();
      set_artificial();
      emit(POP_BLOCK);
      emit(POP_EXCEPT);
      emit_jump(JUMP, end);
    }
    bind(next);
  }
  pop_fblock();
  // No clause matched: re-raised on the last clause's line (CPython's
  // line propagation gives it the `except` line that jumped here).
  int body_line = u->line;
  if (!t->handlers.empty()) u->line = t->handlers.back()->lineno;
  emit(RERAISE);
  u->line = body_line;
  bind(cleanup);
  emit(SWAP, 2);
  emit(POP_EXCEPT);
  emit(RERAISE, 1);
  bind(end);
}

void Compiler::compile_try_finally(Try* t) {
  int fin = new_label(), end = new_label(), cleanup = new_label();
  u->line = t->lineno;
  emit_jump(SETUP_FINALLY, fin);
  push_fblock(FBlockType::FinallyTry, t, -1, -1, &t->finalbody);
  if (!t->handlers.empty() && t->kind == StmtKind::TryStar)
    compile_try_star(t);
  else if (!t->handlers.empty())
    compile_try_except(t);
  else
    visit_stmts(t->body);
  pop_fblock();
  set_artificial();
  emit(POP_BLOCK);
  visit_stmts(t->finalbody);
  emit_jump(JUMP, end);
  bind(fin);
  emit(PUSH_EXC_INFO);
  emit_jump(SETUP_CLEANUP, cleanup);
  push_fblock(FBlockType::FinallyEnd, t);
  visit_stmts(t->finalbody);
  pop_fblock();
  emit(RERAISE);
  bind(cleanup);
  emit(SWAP, 2);
  emit(POP_EXCEPT);
  emit(RERAISE, 1);
  bind(end);
}

void Compiler::compile_with(With* w, size_t item) {
  WithItem* it = w->items[item];
  if (w->is_async && item == 0) check_async_stmt(w, "async with");
  int handler = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
  visit_expr(it->context_expr);
  u->line = w->lineno;
  if (w->is_async) {  // async/await: __aenter__() is awaited, __aexit__ will be
    emit(BEFORE_ASYNC_WITH);
    emit_await(1);
  } else {
    emit(BEFORE_WITH);
  }
  emit_jump(SETUP_CLEANUP, handler);
  push_fblock(w->is_async ? FBlockType::AsyncWith : FBlockType::With, w);
  if (it->optional_vars)
    store_target(it->optional_vars);
  else
    emit(POP_TOP);
  if (item + 1 < w->items.size())
    compile_with(w, item + 1);
  else
    visit_stmts(w->body);
  pop_fblock();
  u->line = w->lineno;
  emit(POP_BLOCK);
  if (w->is_async)
    emit_async_exit_call();
  else
    emit(WITH_EXIT);
  emit_jump(JUMP, end);
  bind(handler);
  emit(PUSH_EXC_INFO);
  emit_jump(SETUP_CLEANUP, cleanup);
  emit(WITH_EXCEPT_START);
  if (w->is_async) emit_await(2);
  emit_jump(POP_JUMP_IF_TRUE, suppress);
  emit(RERAISE, 2);
  bind(suppress);
  emit(POP_TOP);
  emit(POP_BLOCK);
  emit(POP_EXCEPT);
  emit(POP_TOP);
  emit_jump(JUMP, end);
  bind(cleanup);
  emit(SWAP, 2);
  emit(POP_EXCEPT);
  emit(RERAISE, 1);
  bind(end);
}

void Compiler::compile_import(Import* s) {
  for (Alias* a : s->names) {
    u->line = s->lineno;
    emit(LOAD_CONST, uint32_t(add_const(rt::int_from_i64(0), "i0")));
    emit(LOAD_CONST, uint32_t(const_none()));
    emit(IMPORT_NAME, uint32_t(name_index(a->name)));
    if (!a->asname.empty()) {
      size_t dot = a->name.find('.');
      if (dot != std::string::npos) {
        // import a.b.c as d: walk the attributes of the top-level package.
        size_t pos = dot + 1;
        while (true) {
          size_t next = a->name.find('.', pos);
          std::string attr = a->name.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
          emit(IMPORT_FROM, uint32_t(name_index(attr)));
          if (next == std::string::npos) break;
          emit(SWAP, 2);
          emit(POP_TOP);
          pos = next + 1;
        }
        nameop(a->asname, ExprContext::Store);
        emit(POP_TOP);
      } else {
        nameop(a->asname, ExprContext::Store);
      }
    } else {
      size_t dot = a->name.find('.');
      nameop(dot == std::string::npos ? a->name : a->name.substr(0, dot), ExprContext::Store);
    }
  }
}

void Compiler::compile_import_from(ImportFrom* s) {
  u->line = s->lineno;
  if (s->level == 0 && s->module == "__future__" && !future_block_.count(s))
    fail("from __future__ imports must occur at the beginning of the file", s);
  Object* level = rt::int_from_i64(s->level);
  if (!level) fail_pyerr();
  emit(LOAD_CONST, uint32_t(add_const(level, "i" + std::to_string(s->level))));
  Ref names(rt::tuple_new(ssize(s->names.size())));
  if (!names.o) fail_pyerr();
  std::string key = "t";
  for (size_t i = 0; i < s->names.size(); i++) rt::tuple_set_steal(names.o, ssize(i), rt::none_ref());
  for (size_t i = 0; i < s->names.size(); i++) {
    Object* n = rt::str_from(s->names[i]->name);
    if (!n) fail_pyerr();
    n = rt::str_intern(n);
    if (!n) fail_pyerr();
    Object* old = rt::tuple_get(names.o, ssize(i));
    rt::tuple_set_steal(names.o, ssize(i), n);
    rt::decref(old);
    key += std::to_string(s->names[i]->name.size() + 1) + ":s" + s->names[i]->name;
  }
  emit(LOAD_CONST, uint32_t(add_const(names.release(), key)));
  emit(IMPORT_NAME, uint32_t(name_index(s->module)));
  if (s->names.size() == 1 && s->names[0]->name == "*") {
    emit(IMPORT_STAR);
    return;
  }
  for (Alias* a : s->names) {
    emit(IMPORT_FROM, uint32_t(name_index(a->name)));
    nameop(a->asname.empty() ? a->name : a->asname, ExprContext::Store);
  }
  emit(POP_TOP);
}

void Compiler::compile_ann_assign(AnnAssign* a) {
  bool evaluates = u->kind == UnitKind::Module || u->kind == UnitKind::Class;
  if (a->value) {
    visit_expr(a->value);
    store_target(a->target);
  }
  u->line = a->lineno;
  if (a->target->kind == ExprKind::Name) {
    if (a->simple && evaluates) {
      if (future_annotations())
        emit(LOAD_CONST, uint32_t(const_str(unparse_annotation(a->annotation))));
      else
        visit_expr(a->annotation);
      emit(LOAD_NAME, uint32_t(name_index("__annotations__")));
      emit(LOAD_CONST, uint32_t(const_str(mangled(static_cast<Name*>(a->target)->id))));
      emit(STORE_SUBSCR);
      return;
    }
  } else if (!a->value) {
    if (a->target->kind == ExprKind::Attribute) {
      visit_expr(static_cast<Attribute*>(a->target)->value);
      emit(POP_TOP);
    } else if (a->target->kind == ExprKind::Subscript) {
      auto* sub = static_cast<Subscript*>(a->target);
      visit_expr(sub->value);
      emit(POP_TOP);
      compile_subscript_slice(sub->slice);
      emit(POP_TOP);
    }
  }
  // A complex target's annotation is evaluated and dropped (not at all under PEP 563).
  if (evaluates && !future_annotations() && !(a->target->kind == ExprKind::Name && a->simple)) {
    visit_expr(a->annotation);
    emit(POP_TOP);
  }
}

void Compiler::compile_aug_assign(AugAssign* a) {
  // Locations as CPython 3.11: loads and stores of the target at the target,
  // the operation at the whole statement.
  uint32_t op = uint32_t(a->op) + uint32_t(rt::BINOP_COUNT);
  Expr* t = a->target;
  switch (t->kind) {
    case ExprKind::Name:
      set_loc(t);
      nameop(static_cast<Name*>(t)->id, ExprContext::Load);
      visit_expr(a->value);
      set_loc(a);
      emit(BINARY_OP, op);
      set_loc(t);
      nameop(static_cast<Name*>(t)->id, ExprContext::Store);
      return;
    case ExprKind::Attribute: {
      auto* at = static_cast<Attribute*>(t);
      visit_expr(at->value);
      int ni = name_index(mangled(at->attr));
      set_loc(at);
      loc_to_attr_name(at);
      emit(COPY, 1);
      emit(LOAD_ATTR, uint32_t(ni));
      visit_expr(a->value);
      set_loc(a);
      emit(BINARY_OP, op);
      set_loc(at);
      loc_to_attr_name(at);
      emit(SWAP, 2);
      emit(STORE_ATTR, uint32_t(ni));
      return;
    }
    case ExprKind::Subscript: {
      auto* sub = static_cast<Subscript*>(t);
      visit_expr(sub->value);
      compile_subscript_slice(sub->slice);
      set_loc(sub);
      emit(COPY, 2);
      emit(COPY, 2);
      emit(BINARY_SUBSCR);
      visit_expr(a->value);
      set_loc(a);
      emit(BINARY_OP, op);
      set_loc(sub);
      emit(SWAP, 3);
      emit(SWAP, 2);
      emit(STORE_SUBSCR);
      return;
    }
    default:
      fail("'expression' is an illegal expression for augmented assignment", t);
  }
}

void Compiler::compile_delete(Expr* e) {
  switch (e->kind) {
    case ExprKind::Name:
      nameop(static_cast<Name*>(e)->id, ExprContext::Del);
      return;
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(e);
      visit_expr(a->value);
      SrcLoc saved = u->loc;
      int saved_line = u->line;
      set_loc(e);
      loc_to_attr_name(a);
      emit(DELETE_ATTR, uint32_t(name_index(mangled(a->attr))));
      u->line = saved_line;
      u->loc = saved;
      return;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      visit_expr(s->value);
      compile_subscript_slice(s->slice);
      SrcLoc saved = u->loc;
      int saved_line = u->line;
      set_loc(e);
      emit(DELETE_SUBSCR);
      u->line = saved_line;
      u->loc = saved;
      return;
    }
    case ExprKind::Tuple:
      for (Expr* x : static_cast<Tuple*>(e)->elts) compile_delete(x);
      return;
    case ExprKind::List:
      for (Expr* x : static_cast<List*>(e)->elts) compile_delete(x);
      return;
    default:
      fail("cannot delete expression", e);
  }
}

}  // namespace interp

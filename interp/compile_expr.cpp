// Expression compilation (see compiler.h).
#include "compiler.h"

#include <unordered_set>

namespace interp {

using namespace ast;

namespace {

int compare_opcode(CmpOpKind k, uint32_t* arg) {
  switch (k) {
    case CmpOpKind::Eq: *arg = rt::CMP_EQ; return COMPARE_OP;
    case CmpOpKind::NotEq: *arg = rt::CMP_NE; return COMPARE_OP;
    case CmpOpKind::Lt: *arg = rt::CMP_LT; return COMPARE_OP;
    case CmpOpKind::LtE: *arg = rt::CMP_LE; return COMPARE_OP;
    case CmpOpKind::Gt: *arg = rt::CMP_GT; return COMPARE_OP;
    case CmpOpKind::GtE: *arg = rt::CMP_GE; return COMPARE_OP;
    case CmpOpKind::Is: *arg = 0; return IS_OP;
    case CmpOpKind::IsNot: *arg = 1; return IS_OP;
    case CmpOpKind::In: *arg = 0; return CONTAINS_OP;
    case CmpOpKind::NotIn: *arg = 1; return CONTAINS_OP;
  }
  *arg = 0;
  return COMPARE_OP;
}

bool has_starred(const ExprList& l) {
  for (Expr* e : l)
    if (e->kind == ExprKind::Starred) return true;
  return false;
}

}  // namespace

void Compiler::visit_expr(Expr* e) {
  depth_enter(e);
  int saved = u->line;
  SrcLoc saved_loc = u->loc;
  set_loc(e);
  visit_expr_inner(e);
  u->line = saved;
  u->loc = saved_loc;
  depth_leave();
}

// Fold a constant tuple (of constants / folded tuples) or a negated number literal.
bool Compiler::fold_constant(Expr* e, Ref* out, std::string* key) {
  if (e->kind == ExprKind::Constant) {
    out->o = constant_object(static_cast<Constant*>(e), key);
    return true;
  }
  if (e->kind == ExprKind::UnaryOp) {
    auto* un = static_cast<UnaryOp*>(e);
    if (un->op != UnaryOpKind::USub || un->operand->kind != ExprKind::Constant) return false;
    auto* c = static_cast<Constant*>(un->operand);
    if (c->ckind != ConstKind::Int && c->ckind != ConstKind::Float && c->ckind != ConstKind::Complex) return false;
    std::string k;
    Ref v(constant_object(c, &k));
    Object* neg = rt::number_negative(v.o);
    if (!neg) fail_pyerr();
    out->o = neg;
    if (c->ckind == ConstKind::Complex) {
      *key = complex_const_key(-0.0, -c->fval);  // -(0+xj): both parts negated
    } else if (c->ckind == ConstKind::Float) {
      double d = -c->fval;
      char buf[sizeof(double)];
      std::memcpy(buf, &d, sizeof buf);
      *key = "f" + std::string(buf, sizeof buf);
    } else {
      *key = (k == "i0") ? "i0" : "i-" + k.substr(1);
    }
    return true;
  }
  if (e->kind == ExprKind::Tuple) {
    auto* t = static_cast<Tuple*>(e);
    if (t->elts.size() > 256) return false;
    for (Expr* x : t->elts) {
      if (x->kind == ExprKind::Constant) continue;
      if (x->kind == ExprKind::Tuple || x->kind == ExprKind::UnaryOp) continue;
      return false;
    }
    std::vector<Ref> items;
    std::string k = "t";
    for (Expr* x : t->elts) {
      Ref item;
      std::string ik;
      if (!fold_constant(x, &item, &ik)) return false;
      k += std::to_string(ik.size()) + ":" + ik;
      items.push_back(std::move(item));
    }
    Object* tup = rt::tuple_new(ssize(items.size()));
    if (!tup) fail_pyerr();
    for (size_t i = 0; i < items.size(); i++) rt::tuple_set_steal(tup, ssize(i), items[i].release());
    out->o = tup;
    *key = k;
    return true;
  }
  return false;
}

void Compiler::visit_expr_inner(Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp: {
      auto* b = static_cast<BoolOp*>(e);
      int end = new_label();
      int op = b->op == BoolOpKind::And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
      for (size_t i = 0; i < b->values.size(); i++) {
        visit_expr(b->values[i]);
        if (i + 1 < b->values.size()) emit_jump(op, end);
      }
      bind(end);
      return;
    }
    case ExprKind::NamedExpr: {
      auto* n = static_cast<NamedExpr*>(e);
      visit_expr(n->value);
      emit(COPY, 1);
      store_target(n->target);
      return;
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<BinOp*>(e);
      visit_expr(b->left);
      visit_expr(b->right);
      emit(BINARY_OP, uint32_t(b->op));
      return;
    }
    case ExprKind::UnaryOp: {
      auto* un = static_cast<UnaryOp*>(e);
      Ref folded;
      std::string key;
      if (un->op == UnaryOpKind::USub && fold_constant(e, &folded, &key)) {
        emit(LOAD_CONST, uint32_t(add_const(folded.release(), key)));
        return;
      }
      visit_expr(un->operand);
      switch (un->op) {
        case UnaryOpKind::Invert: emit(UNARY_INVERT); break;
        case UnaryOpKind::Not: emit(UNARY_NOT); break;
        case UnaryOpKind::UAdd: emit(UNARY_POSITIVE); break;
        case UnaryOpKind::USub: emit(UNARY_NEGATIVE); break;
      }
      return;
    }
    case ExprKind::Lambda:
      compile_lambda(static_cast<Lambda*>(e));
      return;
    case ExprKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      int orelse = new_label(), end = new_label();
      jump_if(i->test, orelse, false);
      visit_expr(i->body);
      emit_jump(JUMP, end);
      bind(orelse);
      visit_expr(i->orelse);
      bind(end);
      return;
    }
    case ExprKind::Dict:
      compile_dict(static_cast<Dict*>(e));
      return;
    case ExprKind::Set:
      compile_sequence(static_cast<Set*>(e)->elts, BUILD_SET, SET_ADD, SET_UPDATE, false);
      return;
    case ExprKind::ListComp: {
      auto* c = static_cast<ListComp*>(e);
      compile_comprehension(e, CompKind::List, c->generators, c->elt, nullptr);
      return;
    }
    case ExprKind::SetComp: {
      auto* c = static_cast<SetComp*>(e);
      compile_comprehension(e, CompKind::Set, c->generators, c->elt, nullptr);
      return;
    }
    case ExprKind::DictComp: {
      auto* c = static_cast<DictComp*>(e);
      compile_comprehension(e, CompKind::Dict, c->generators, c->key, c->value);
      return;
    }
    case ExprKind::GeneratorExp: {
      auto* c = static_cast<GeneratorExp*>(e);
      compile_comprehension(e, CompKind::Gen, c->generators, c->elt, nullptr);
      return;
    }
    case ExprKind::Yield: {
      auto* y = static_cast<Yield*>(e);
      if (u->ste->type != BlockType::Function) fail("'yield' outside function", e);
      if (y->value)
        visit_expr(y->value);
      else
        emit(LOAD_CONST, uint32_t(const_none()));
      if (in_async_function()) emit(ASYNC_GEN_WRAP);
      emit(YIELD_VALUE);
      return;
    }
    case ExprKind::YieldFrom: {
      auto* y = static_cast<YieldFrom*>(e);
      if (u->ste->type != BlockType::Function) fail("'yield' outside function", e);
      if (in_async_function()) fail("'yield from' inside async function", e);
      visit_expr(y->value);
      emit(GET_YIELD_FROM_ITER);
      emit(LOAD_CONST, uint32_t(const_none()));
      emit(YIELD_FROM);
      return;
    }
    case ExprKind::Compare:
      compile_compare(static_cast<Compare*>(e));
      return;
    case ExprKind::Call:
      compile_call(static_cast<Call*>(e));
      return;
    case ExprKind::FormattedValue:
      compile_formatted_value(static_cast<FormattedValue*>(e));
      return;
    case ExprKind::JoinedStr:
      compile_joined_str(static_cast<JoinedStr*>(e));
      return;
    case ExprKind::Constant:
      emit(LOAD_CONST, uint32_t(constant_index(static_cast<Constant*>(e))));
      return;
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(e);
      visit_expr(a->value);
      loc_to_attr_name(a);
      emit(LOAD_ATTR, uint32_t(name_index(mangled(a->attr))));
      return;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      check_subscript(s);
      visit_expr(s->value);
      compile_subscript_slice(s->slice);
      emit(BINARY_SUBSCR);
      return;
    }
    case ExprKind::Starred:
      fail("can't use starred expression here", e);
    case ExprKind::Await:
      compile_await(static_cast<Await*>(e));
      return;
    case ExprKind::Name:
      nameop(static_cast<Name*>(e)->id, ExprContext::Load);
      return;
    case ExprKind::List:
      compile_sequence(static_cast<List*>(e)->elts, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
      return;
    case ExprKind::Tuple: {
      Ref folded;
      std::string key;
      if (fold_constant(e, &folded, &key)) {
        emit(LOAD_CONST, uint32_t(add_const(folded.release(), key)));
        return;
      }
      compile_sequence(static_cast<Tuple*>(e)->elts, BUILD_TUPLE, LIST_APPEND, LIST_EXTEND, true);
      return;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<Slice*>(e);
      int none = -1;
      auto part = [&](Expr* x) {
        if (x) {
          visit_expr(x);
        } else {
          if (none < 0) none = const_none();
          emit(LOAD_CONST, uint32_t(none));
        }
      };
      part(s->lower);
      part(s->upper);
      if (s->step) {
        visit_expr(s->step);
        emit(BUILD_SLICE, 3);
      } else {
        emit(BUILD_SLICE, 2);
      }
      return;
    }
  }
}

void Compiler::compile_subscript_slice(Expr* slice) { visit_expr(slice); }

// The items of a display as one constant when every item folds (constants,
// negated numbers, constant tuples): a tuple, or for a set a frozenset.  The
// frozenset is built as CPython's constant merging leaves it: from the items,
// then rebuilt from its own iteration order (which can change that order).
bool Compiler::fold_display(const ExprList& elts, bool as_frozenset, Ref* out, std::string* key) {
  for (Expr* x : elts)
    if (x->kind != ExprKind::Constant && x->kind != ExprKind::Tuple && x->kind != ExprKind::UnaryOp) return false;
  std::vector<Ref> items;
  std::string k;
  for (Expr* x : elts) {
    Ref item;
    std::string ik;
    if (!fold_constant(x, &item, &ik)) return false;
    k += std::to_string(ik.size()) + ":" + ik;
    items.push_back(std::move(item));
  }
  Ref tup(rt::tuple_new(ssize(items.size())));
  if (!tup.o) fail_pyerr();
  for (size_t i = 0; i < items.size(); i++) rt::tuple_set_steal(tup.o, ssize(i), items[i].release());
  if (!as_frozenset) {
    out->o = tup.release();
    *key = "t" + k;
    return true;
  }
  Ref first(rt::frozenset_new(tup.o));
  if (!first.o) fail_pyerr();
  Ref order(rt::sequence_tuple(first.o));
  if (!order.o) fail_pyerr();
  out->o = rt::frozenset_new(order.o);
  if (!out->o) fail_pyerr();
  *key = "z" + k;
  return true;
}

// An iterable in `for x in ...`, a comprehension's `in` or the right side of
// `in`/`not in`: a constant list display becomes a tuple constant and a
// constant set display a frozenset constant, as CPython's AST optimizer does.
void Compiler::visit_iter(Expr* e) {
  if (e->kind == ExprKind::List || e->kind == ExprKind::Set) {
    const ExprList& elts = e->kind == ExprKind::List ? static_cast<List*>(e)->elts : static_cast<Set*>(e)->elts;
    Ref folded;
    std::string key;
    if (fold_display(elts, e->kind == ExprKind::Set, &folded, &key)) {
      int saved = u->line;
      SrcLoc saved_loc = u->loc;
      set_loc(e);
      emit(LOAD_CONST, uint32_t(add_const(folded.release(), key)));
      u->line = saved;
      u->loc = saved_loc;
      return;
    }
  }
  visit_expr(e);
}

// list/tuple/set displays, shaped as CPython 3.11 shapes them (the printed
// order of a set depends on it):
//  * 3+ items, all constant: BUILD_x 0, LOAD_CONST tuple (a frozenset for a
//    set), x_EXTEND/SET_UPDATE 1 (a tuple is just the constant);
//  * no starred item and at most STACK_USE_GUIDELINE items: push them, BUILD_x n;
//  * otherwise the pieces are collected in a list (or set) as they come, so the
//    value stack stays shallow however long the display is.
void Compiler::compile_sequence(const ExprList& elts, int build_op, int add_op, int extend_op, bool tuple) {
  constexpr size_t STACK_USE_GUIDELINE = 30;
  size_t n = elts.size();
  if (n > 2) {
    Ref folded;
    std::string key;
    if (fold_display(elts, build_op == BUILD_SET, &folded, &key)) {
      if (tuple) {
        emit(LOAD_CONST, uint32_t(add_const(folded.release(), key)));
        return;
      }
      emit(build_op, 0);
      emit(LOAD_CONST, uint32_t(add_const(folded.release(), key)));
      emit(extend_op, 1);
      return;
    }
  }
  bool big = n > STACK_USE_GUIDELINE;
  if (!has_starred(elts) && !big) {
    for (Expr* x : elts) visit_expr(x);
    emit(build_op, uint32_t(n));
    return;
  }
  int collect = tuple ? BUILD_LIST : build_op;
  bool built = false;
  if (big) {
    emit(collect, 0);
    built = true;
  }
  for (size_t i = 0; i < n; i++) {
    Expr* x = elts[i];
    if (x->kind == ExprKind::Starred) {
      if (!built) {
        emit(collect, uint32_t(i));
        built = true;
      }
      visit_expr(static_cast<Starred*>(x)->value);
      emit(extend_op, 1);
    } else {
      visit_expr(x);
      if (built) emit(add_op, 1);
    }
  }
  if (tuple) emit(LIST_TO_TUPLE);
}

void Compiler::compile_dict(Dict* d) {
  bool have = false;
  uint32_t pending = 0;
  for (size_t i = 0; i < d->values.size(); i++) {
    Expr* k = i < d->keys.size() ? d->keys[i] : nullptr;
    if (!k) {
      if (pending) {
        emit(BUILD_MAP, pending);
        if (have) emit(DICT_UPDATE, 1);
        have = true;
        pending = 0;
      }
      if (!have) {
        emit(BUILD_MAP, 0);
        have = true;
      }
      visit_expr(d->values[i]);
      emit(DICT_UPDATE, 1);
    } else {
      visit_expr(k);
      visit_expr(d->values[i]);
      pending++;
    }
  }
  if (pending || !have) {
    emit(BUILD_MAP, pending);
    if (have) emit(DICT_UPDATE, 1);
  }
}

void Compiler::compile_compare(Compare* c) {
  check_compare(c);
  visit_expr(c->left);
  size_t n = c->ops.size();
  uint32_t arg;
  auto is_in = [](CmpOpKind k) { return k == CmpOpKind::In || k == CmpOpKind::NotIn; };
  if (n == 1) {
    if (is_in(c->ops[0]))
      visit_iter(c->comparators[0]);
    else
      visit_expr(c->comparators[0]);
    u->line = c->lineno;
    int op = compare_opcode(c->ops[0], &arg);
    emit(op, arg);
    return;
  }
  int cleanup = new_label(), end = new_label();
  for (size_t i = 0; i + 1 < n; i++) {
    visit_expr(c->comparators[i]);
    u->line = c->lineno;
    emit(SWAP, 2);
    emit(COPY, 2);
    int op = compare_opcode(c->ops[i], &arg);
    emit(op, arg);
    emit_jump(JUMP_IF_FALSE_OR_POP, cleanup);
  }
  if (is_in(c->ops[n - 1]))
    visit_iter(c->comparators[n - 1]);
  else
    visit_expr(c->comparators[n - 1]);
  u->line = c->lineno;
  int op = compare_opcode(c->ops[n - 1], &arg);
  emit(op, arg);
  emit_jump(JUMP, end);
  bind(cleanup);
  emit(SWAP, 2);
  emit(POP_TOP);
  bind(end);
}

// Jump to label when the truth of e equals cond; fall through otherwise.
void Compiler::jump_if(Expr* e, int label, bool cond) {
  depth_enter(e);
  // The jumps keep the enclosing location (the if/while/assert statement, the
  // conditional expression), as in CPython 3.11; the tested values have their own.
  int saved = u->line;
  SrcLoc saved_loc = u->loc;
  if (e->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not) {
    jump_if(static_cast<UnaryOp*>(e)->operand, label, !cond);
  } else if (e->kind == ExprKind::BoolOp) {
    auto* b = static_cast<BoolOp*>(e);
    bool is_or = b->op == BoolOpKind::Or;
    // Short-circuit: for `a or b` jumping when true, each value may jump directly.
    int next = (is_or == cond) ? label : new_label();
    for (size_t i = 0; i + 1 < b->values.size(); i++) jump_if(b->values[i], next, is_or);
    jump_if(b->values.back(), label, cond);
    if (next != label) bind(next);
  } else if (e->kind == ExprKind::Compare) {
    // A tested comparison keeps its location for the jump and what follows in
    // the statement (an assert's raise points at it), as CPython 3.11 does.
    visit_expr(e);
    set_loc(e);
    emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
    depth_leave();
    return;
  } else {
    visit_expr(e);
    emit_jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
  }
  u->line = saved;
  u->loc = saved_loc;
  depth_leave();
}

void Compiler::store_target(Expr* e) {
  int saved = u->line;
  SrcLoc saved_loc = u->loc;
  set_loc(e);
  switch (e->kind) {
    case ExprKind::Name:
      nameop(static_cast<Name*>(e)->id, ExprContext::Store);
      break;
    case ExprKind::Attribute: {
      auto* a = static_cast<Attribute*>(e);
      visit_expr(a->value);
      loc_to_attr_name(a);
      emit(STORE_ATTR, uint32_t(name_index(mangled(a->attr))));
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      visit_expr(s->value);
      compile_subscript_slice(s->slice);
      emit(STORE_SUBSCR);
      break;
    }
    case ExprKind::Tuple:
      unpack_into(static_cast<Tuple*>(e)->elts, e);
      break;
    case ExprKind::List:
      unpack_into(static_cast<List*>(e)->elts, e);
      break;
    case ExprKind::Starred:
      fail("starred assignment target must be in a list or tuple", e);
    default:
      fail("cannot assign to expression", e);
  }
  u->line = saved;
  u->loc = saved_loc;
}

void Compiler::unpack_into(const ExprList& elts, Expr* whole) {
  int star = -1;
  for (size_t i = 0; i < elts.size(); i++) {
    if (elts[i]->kind == ExprKind::Starred) {
      if (star >= 0) fail("multiple starred expressions in assignment", whole);
      star = int(i);
    }
  }
  if (star < 0) {
    emit(UNPACK_SEQUENCE, uint32_t(elts.size()));
  } else {
    size_t before = size_t(star), after = elts.size() - size_t(star) - 1;
    if (before >= 256 || after >= (size_t(1) << 16))
      fail("too many expressions in star-unpacking assignment", whole);
    emit(UNPACK_EX, uint32_t(before | (after << 8)));
  }
  for (Expr* x : elts) store_target(x->kind == ExprKind::Starred ? static_cast<Starred*>(x)->value : x);
}

void Compiler::compile_call(Call* c) {
  check_caller(c);
  bool simple = !has_starred(c->args);
  for (Keyword* k : c->keywords) simple = simple && !k->arg.empty();
  if (simple && c->func->kind == ExprKind::Attribute) {
    auto* a = static_cast<Attribute*>(c->func);
    visit_expr(a->value);
    SrcLoc call_loc = u->loc;
    set_loc(a);
    loc_to_attr_name(a);
    emit(LOAD_METHOD, uint32_t(name_index(mangled(a->attr))));
    // The call is located at the whole call, starting at the method's name
    // when the attribute spreads over lines (CPython 3.11).
    u->line = call_loc.lineno;
    u->loc = call_loc;
    loc_to_attr_name(a);
    call_helper(0, c->args, c->keywords, c);
    return;
  }
  emit(PUSH_NULL);
  visit_expr(c->func);
  call_helper(0, c->args, c->keywords, c);
}

// The callable (and `already_pushed` leading positional arguments) are on the stack.
void Compiler::call_helper(int already_pushed, const ExprList& args, const std::vector<Keyword*>& kws,
                           const Node* at) {
  bool ex = has_starred(args);
  for (Keyword* k : kws) ex = ex || k->arg.empty();
  for (size_t i = 0; i < kws.size(); i++) {
    if (kws[i]->arg.empty()) continue;
    for (size_t j = 0; j < i; j++)
      if (kws[j]->arg == kws[i]->arg) fail("keyword argument repeated: " + kws[i]->arg, kws[i]);
  }
  int call_line = u->line;
  SrcLoc call_loc = u->loc;
  if (!ex) {
    for (Expr* a : args) visit_expr(a);
    for (Keyword* k : kws) visit_expr(k->value);
    u->line = call_line;
    u->loc = call_loc;
    if (!kws.empty()) {
      Ref names(rt::tuple_new(ssize(kws.size())));
      if (!names.o) fail_pyerr();
      for (size_t i = 0; i < kws.size(); i++) rt::tuple_set_steal(names.o, ssize(i), rt::none_ref());
      std::string key = "t";
      for (size_t i = 0; i < kws.size(); i++) {
        Object* n = rt::str_from(kws[i]->arg);
        if (!n) fail_pyerr();
        n = rt::str_intern(n);
        if (!n) fail_pyerr();
        Object* old = rt::tuple_get(names.o, ssize(i));
        rt::tuple_set_steal(names.o, ssize(i), n);
        rt::decref(old);
        key += std::to_string(kws[i]->arg.size() + 1) + ":s" + kws[i]->arg;
      }
      emit(KW_NAMES, uint32_t(add_const(names.release(), key)));
    }
    emit(CALL, uint32_t(already_pushed) + uint32_t(args.size() + kws.size()));
    return;
  }
  // General form: build the positional tuple and the keyword dict.
  size_t lead = 0;
  while (lead < args.size() && args[lead]->kind != ExprKind::Starred) visit_expr(args[lead++]);
  emit(BUILD_LIST, uint32_t(already_pushed) + uint32_t(lead));
  for (size_t i = lead; i < args.size(); i++) {
    if (args[i]->kind == ExprKind::Starred) {
      visit_expr(static_cast<Starred*>(args[i])->value);
      emit(LIST_EXTEND, 1);
    } else {
      visit_expr(args[i]);
      emit(LIST_APPEND, 1);
    }
  }
  emit(LIST_TO_TUPLE);
  if (!kws.empty()) {
    bool have = false;
    uint32_t pending = 0;
    for (Keyword* k : kws) {
      if (k->arg.empty()) {
        if (pending) {
          emit(BUILD_MAP, pending);
          if (have) emit(DICT_MERGE, 1);
          have = true;
          pending = 0;
        }
        if (!have) {
          emit(BUILD_MAP, 0);
          have = true;
        }
        visit_expr(k->value);
        emit(DICT_MERGE, 1);
      } else {
        emit(LOAD_CONST, uint32_t(const_str(k->arg)));
        visit_expr(k->value);
        pending++;
      }
    }
    if (pending) {
      emit(BUILD_MAP, pending);
      if (have) emit(DICT_MERGE, 1);
    }
  }
  u->line = call_line;
  u->loc = call_loc;
  emit(CALL_FUNCTION_EX, kws.empty() ? 0 : 1);
}

void Compiler::compile_lambda(Lambda* l) {
  uint32_t flags = compile_defaults(l->args);
  SymBlock* ste = block_for(l);
  enter_unit(UnitKind::Lambda, ste, "<lambda>", l->lineno);
  set_loc(l);
  Arguments* a = l->args;
  u->argcount = int(a->posonlyargs.size() + a->args.size());
  u->posonly = int(a->posonlyargs.size());
  u->kwonly = int(a->kwonlyargs.size());
  u->flags = CO_OPTIMIZED | CO_NEWLOCALS;
  if (a->vararg) u->flags |= CO_VARARGS;
  if (a->kwarg) u->flags |= CO_VARKEYWORDS;
  if (ste->is_generator) u->flags |= CO_GENERATOR;
  if (ste->nested) u->flags |= CO_NESTED;
  if (ste->is_generator) {
    set_artificial();
    emit(GEN_START);
    set_loc(l);
  }
  visit_expr(l->body);  // a generator lambda returns its body's value too (StopIteration.value), as since 3.8
  emit(RETURN_VALUE);
  CodeObject* code = exit_unit();
  u->line = l->lineno;
  make_closure(code, flags);
}

void Compiler::compile_comprehension(Expr* e, CompKind kind, const std::vector<Comprehension*>& gens, Expr* elt,
                                     Expr* value) {
  static const char* const kNames[] = {"", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
  SymBlock* ste = block_for(e);
  bool awaited = ste->coroutine && kind != CompKind::Gen;  // async/await: an asynchronous list/set/dict comprehension
  bool enclosing_async = await_allowed_here();
  enter_unit(UnitKind::Comprehension, ste, kNames[int(kind)], e->lineno);
  if (awaited) check_async_comprehension(e, enclosing_async);
  u->argcount = 1;
  u->flags = CO_OPTIMIZED | CO_NEWLOCALS | code_kind_flags(ste->coroutine, kind == CompKind::Gen);
  if (ste->nested) u->flags |= CO_NESTED;
  if (kind == CompKind::Gen || ste->coroutine) {
    set_artificial();
    emit(GEN_START);
  }
  set_loc(e);
  if (kind == CompKind::List) emit(BUILD_LIST, 0);
  if (kind == CompKind::Set) emit(BUILD_SET, 0);
  if (kind == CompKind::Dict) emit(BUILD_MAP, 0);
  comprehension_generator(gens, 0, kind, elt, value);
  u->line = e->lineno;
  if (kind == CompKind::Gen) emit(LOAD_CONST, uint32_t(const_none()));
  emit(RETURN_VALUE);
  CodeObject* code = exit_unit();
  u->line = e->lineno;
  emit(PUSH_NULL);
  make_closure(code, 0);
  if (gens[0]->is_async) {
    visit_expr(gens[0]->iter);
    u->line = e->lineno;
    emit(GET_AITER);
  } else {
    visit_iter(gens[0]->iter);
    u->line = e->lineno;
    emit(GET_ITER);
  }
  emit(CALL, 1);
  if (awaited) emit_await(0);
}

void Compiler::comprehension_generator(const std::vector<Comprehension*>& gens, size_t i, CompKind kind, Expr* elt,
                                       Expr* value) {
  Comprehension* g = gens[i];
  int start = new_label(), if_cleanup = new_label(), anchor = new_label();
  if (i == 0) {
    nameop(".0", ExprContext::Load);
  } else if (g->is_async) {
    visit_expr(g->iter);
    emit(GET_AITER);
  } else {
    visit_iter(g->iter);
    emit(GET_ITER);
  }
  bind(start);
  if (g->is_async) {  // async/await: as compile_async_for, END_ASYNC_FOR at `anchor` ends the loop
    emit_jump(SETUP_FINALLY, anchor);
    emit_await_anext();
  } else {
    emit_jump(FOR_ITER, anchor);
  }
  store_target(g->target);
  for (Expr* cond : g->ifs) jump_if(cond, if_cleanup, false);
  if (i + 1 < gens.size()) {
    comprehension_generator(gens, i + 1, kind, elt, value);
  } else {
    uint32_t depth = uint32_t(gens.size()) + 1;
    switch (kind) {
      case CompKind::List:
        visit_expr(elt);
        emit(LIST_APPEND, depth);
        break;
      case CompKind::Set:
        visit_expr(elt);
        emit(SET_ADD, depth);
        break;
      case CompKind::Dict:
        visit_expr(elt);
        visit_expr(value);
        emit(MAP_ADD, depth);
        break;
      case CompKind::Gen:
      case CompKind::None:
        visit_expr(elt);
        if (u->ste->coroutine) emit(ASYNC_GEN_WRAP);
        emit(YIELD_VALUE);
        emit(POP_TOP);
        break;
    }
  }
  bind(if_cleanup);
  emit_jump(JUMP, start);
  bind(anchor);
  if (g->is_async) emit(END_ASYNC_FOR);
}

void Compiler::compile_formatted_value(FormattedValue* f) {
  visit_expr(f->value);
  uint32_t arg = 0;
  switch (f->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
  }
  if (f->format_spec) {
    visit_expr(f->format_spec);
    arg |= 4;
  }
  u->line = f->lineno;
  emit(FORMAT_VALUE, arg);
}

void Compiler::compile_joined_str(JoinedStr* j) {
  if (j->values.empty()) {
    emit(LOAD_CONST, uint32_t(const_str("")));
    return;
  }
  for (Expr* v : j->values) visit_expr(v);
  if (j->values.size() == 1 && j->values[0]->kind == ExprKind::FormattedValue) return;
  if (j->values.size() == 1 && j->values[0]->kind == ExprKind::Constant) return;
  emit(BUILD_STRING, uint32_t(j->values.size()));
}

}  // namespace interp

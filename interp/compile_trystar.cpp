// Compiling try/except* (PEP 654).  docs/excgroups.md describes the run-time
// side; the shape of the code is
//
//     SETUP_FINALLY H; body; POP_BLOCK; orelse; JUMP end
//  H: PUSH_EXC_INFO                     [prev, exc]          exc becomes the handled exception
//     SETUP_CLEANUP C                   level [prev]
//     COPY 1; BUILD_LIST 0; SWAP 2      [prev, orig, raised, rest]   rest = exc
//   each clause:
//     <type>; CHECK_EG_MATCH            [prev, orig, raised, rest', match]   match None: no match
//     COPY 1; LOAD_CONST None; IS_OP 0; POP_JUMP_IF_TRUE skip
//     STORE name | POP_TOP
//     SETUP_FINALLY R; <clause body>; POP_BLOCK; [name = None; del name]; JUMP next
//  R: [name = None; del name]; LIST_APPEND 2; JUMP next     an exception raised by the clause joins `raised`
//  skip: POP_TOP
//  next: ...
//     LIST_APPEND 1                     raised.append(rest)    (rest may be None)
//     PREP_RERAISE_STAR                 [prev, orig, raised] -> [prev, exc or None]
//     COPY 1; LOAD_CONST None; IS_OP 0; POP_JUMP_IF_FALSE reraise
//     POP_TOP; POP_BLOCK; POP_EXCEPT; JUMP end                everything was handled
//  reraise: RERAISE                      through C, which restores prev
//  C: SWAP 2; POP_EXCEPT; RERAISE
//
// CHECK_EG_MATCH makes the matched part the handled exception while its
// clause runs (sys.exception() is the subgroup, as in CPython).  break,
// continue and return may not leave an except* clause: the ExceptStarHandler
// compile-time block makes them a SyntaxError (check_except_star_exit).
#include "compiler.h"

namespace interp {

using namespace ast;

void Compiler::check_except_star_exit(bool to_loop, const Node* at) {
  for (size_t i = u->fblocks.size(); i-- > 0;) {
    FBlockType t = u->fblocks[i].type;
    if (to_loop && (t == FBlockType::WhileLoop || t == FBlockType::ForLoop)) return;
    if (t == FBlockType::ExceptStarHandler)
      fail("'break', 'continue' and 'return' cannot appear in an except* block", at);
  }
}

void Compiler::compile_try_star(Try* t) {
  int handler = new_label(), end = new_label(), cleanup = new_label(), reraise = new_label();
  compile_try_prologue(t, handler, end, cleanup);
  push_fblock(FBlockType::ExceptionHandler, t);
  emit(COPY, 1);
  emit(BUILD_LIST, 0);
  emit(SWAP, 2);  // [prev, orig, raised, rest]
  for (ExceptHandler* h : t->handlers) {
    int skip = new_label(), next = new_label(), raised = new_label();
    u->line = h->lineno;
    visit_expr(h->type);
    u->line = h->lineno;
    emit(CHECK_EG_MATCH);
    emit(COPY, 1);
    emit(LOAD_CONST, uint32_t(const_none()));
    emit(IS_OP, 0);
    emit_jump(POP_JUMP_IF_TRUE, skip);
    if (h->name.empty())
      emit(POP_TOP);
    else
      nameop(h->name, ExprContext::Store);
    emit_jump(SETUP_FINALLY, raised);
    push_fblock(FBlockType::ExceptStarHandler, h);
    visit_stmts(h->body);
    pop_fblock();
    u->line = h->lineno;
    emit(POP_BLOCK);
    auto clear_name = [&] {
      if (h->name.empty()) return;
      emit(LOAD_CONST, uint32_t(const_none()));
      nameop(h->name, ExprContext::Store);
      nameop(h->name, ExprContext::Del);
    };
    clear_name();
    emit_jump(JUMP, next);
    bind(raised);  // [prev, orig, raised, rest, exc raised by the clause]
    clear_name();
    emit(LIST_APPEND, 2);
    emit_jump(JUMP, next);
    bind(skip);
    emit(POP_TOP);  // the None match
    bind(next);
  }
  pop_fblock();
  u->line = t->handlers.back()->lineno;
  emit(LIST_APPEND, 1);
  emit(PREP_RERAISE_STAR);
  emit(COPY, 1);
  emit(LOAD_CONST, uint32_t(const_none()));
  emit(IS_OP, 0);
  emit_jump(POP_JUMP_IF_FALSE, reraise);
  emit(POP_TOP);
  emit(POP_BLOCK);
  emit(POP_EXCEPT);
  emit_jump(JUMP, end);
  bind(reraise);
  emit(RERAISE);
  bind(cleanup);
  emit(SWAP, 2);
  emit(POP_EXCEPT);
  emit(RERAISE, 1);
  bind(end);
}

}  // namespace interp

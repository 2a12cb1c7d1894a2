// What each instruction of a code object runs with: a static walk of the
// bytecode (the way the compiler's stack-depth pass walks it) that records,
// for every instruction, its value stack and its block stack.  Three users:
//
//   * frame.f_lineno = n (a jump from a trace function): safe when the stack
//     the target expects is a prefix of the current one;
//   * co_exceptiontable and dis: which handler covers each instruction;
//   * code.replace(co_code=...) and types.CodeType-made code: bytecode the
//     eval loop could crash on is refused with a ValueError.
//
// Every stack slot is recorded with the instruction that pushed it (its
// "origin") and what it holds when that matters (a loop's iterator, an except
// clause's saved exception, a list being built ...).  SWAP and COPY move
// slots keeping their origin, so the same loop's iterator has the same origin
// everywhere and two loops' iterators differ.  Where paths with different
// origins meet, the slot is marked merged.  Paths that meet with different
// depths or block stacks make the code malformed.
//
// The verifier's rules are the shapes the compiler emits: an opcode that
// trusts what it finds (LIST_APPEND on a list, MAKE_FUNCTION on a code
// object, RERAISE on an exception ...) must find a slot whose kind says so;
// indexes must be in range; no path may run past the last instruction.
// Opcodes this file does not know (added later by someone else) are verified
// for their stack effect only and make the slots they touch unknown.
#include "code_flow.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "compiler.h"
#include "opcodes.h"

namespace interp {

using namespace rt;

namespace {

constexpr int kMerged = -3;  // origin of a slot reached with different origins

// How many slots op takes off the top (its pops), or -1 when unknown.
// SWAP, COPY and CHECK_EXC_MATCH are handled by the walk itself.
int pops(uint32_t op, uint32_t arg, bool jump) {
  switch (op) {
    case NOP: case PUSH_NULL: case LOAD_CONST: case LOAD_FAST: case DELETE_FAST: case LOAD_DEREF:
    case DELETE_DEREF: case LOAD_CLOSURE: case LOAD_CLASSDEREF: case LOAD_GLOBAL: case DELETE_GLOBAL:
    case LOAD_NAME: case DELETE_NAME: case LOAD_ASSERTION_ERROR: case LOAD_BUILD_CLASS: case KW_NAMES: case JUMP:
    case SETUP_FINALLY: case SETUP_CLEANUP: case POP_BLOCK: case WITH_EXCEPT_START: case IMPORT_FROM:
    case SETUP_ANNOTATIONS:
    // match: [subject] -> [subject, x]; async for: [aiter] -> [aiter, awaitable]
    case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS: case GET_LEN: case GET_ANEXT:
      return 0;
    case FOR_ITER: return jump ? 1 : 0;
    case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : 1;
    case POP_TOP: case STORE_FAST: case STORE_DEREF: case STORE_GLOBAL: case STORE_NAME: case LOAD_ATTR:
    case DELETE_ATTR: case LOAD_METHOD: case RETURN_VALUE: case UNARY_POSITIVE: case UNARY_NEGATIVE:
    case UNARY_NOT: case UNARY_INVERT: case LIST_APPEND: case SET_ADD: case LIST_EXTEND: case SET_UPDATE:
    case DICT_UPDATE: case DICT_MERGE: case LIST_TO_TUPLE: case UNPACK_SEQUENCE: case UNPACK_EX: case GET_ITER:
    case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case GEN_START: case YIELD_VALUE: case GET_YIELD_FROM_ITER:
    case PUSH_EXC_INFO: case POP_EXCEPT: case RERAISE: case BEFORE_WITH: case WITH_EXIT: case IMPORT_STAR:
    case PRINT_EXPR:
    case GET_AWAITABLE: case GET_AITER: case ASYNC_GEN_WRAP: case BEFORE_ASYNC_WITH:
      return 1;
    case STORE_ATTR: case BINARY_OP: case COMPARE_OP: case IS_OP: case CONTAINS_OP: case BINARY_SUBSCR:
    case DELETE_SUBSCR: case MAP_ADD: case YIELD_FROM: case IMPORT_NAME:
    case COPY_DICT_WITHOUT_KEYS: case CHECK_EG_MATCH: case PREP_RERAISE_STAR: case END_ASYNC_FOR:
      return 2;
    case MATCH_CLASS: return 3;
    case STORE_SUBSCR: return 3;
    case CALL: return int(arg) + 2;
    case CALL_FUNCTION_EX: return 3 + int(arg & 1);
    case MAKE_FUNCTION: return 1 + __builtin_popcount(arg & 0xf);
    case BUILD_SLICE: case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: case RAISE_VARARGS:
      return int(arg);
    case BUILD_MAP: return 2 * int(arg);
    case FORMAT_VALUE: return (arg & 4) ? 2 : 1;
    default: return -1;
  }
}

// What an instruction's pushed slot k (0 = deepest) holds.
SlotKind pushed_kind(uint32_t op, int k) {
  switch (op) {
    case GET_ITER: return SlotKind::Iterator;
    case PUSH_NULL: return SlotKind::Null;
    case LOAD_METHOD: return k == 0 ? SlotKind::Null : SlotKind::Object;  // [method or NULL, self or attribute]
    case PUSH_EXC_INFO: return k == 0 ? SlotKind::Except : SlotKind::Exc;
    case PREP_RERAISE_STAR: return SlotKind::Exc;  // None when all was handled: the compiler tests before RERAISE
    case BUILD_LIST: return SlotKind::List;
    case BUILD_SET: return SlotKind::Set;
    case BUILD_MAP: return SlotKind::Map;
    case BUILD_TUPLE: case LIST_TO_TUPLE: return SlotKind::Tuple;
    case FORMAT_VALUE: case BUILD_STRING: return SlotKind::Str;
    case LOAD_CLOSURE: return SlotKind::Cell;
    default: return SlotKind::Object;
  }
}

// The kind of a constant LOAD_CONST pushes.
SlotKind const_kind(Object* v) {
  TypeObject* t = type_of(v);
  if (t == &CodeType) return SlotKind::Code;
  if (t == &StrType) return SlotKind::Str;
  if (t == &IntType) return SlotKind::Int;
  if (t == &TupleType) return SlotKind::Tuple;
  return SlotKind::Object;
}

class Walker {
 public:
  explicit Walker(CodeObject* co) : co_(co), st_(static_cast<size_t>(co->ninstrs)) {}

  std::vector<FlowState> run() {
    int n = co_->ninstrs;
    if (n == 0) return {};
    FlowState start;
    start.reached = true;
    if (co_->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) start.stack.push_back(FlowSlot{-1, SlotKind::Object});  // the first send()'s None
    flow(0, start);
    while (!work_.empty() && !problem_) {
      int i = work_.back();
      work_.pop_back();
      step(i);
    }
    if (problem_) problem = problem_;
    return std::move(st_);
  }

  const char* problem = nullptr;

 private:
  CodeObject* co_;
  std::vector<FlowState> st_;
  std::vector<int> work_;
  const char* problem_ = nullptr;

  void fail(const char* why) {
    if (!problem_) problem_ = why;
  }

  void flow(int to, const FlowState& s) {
    if (to < 0 || to >= co_->ninstrs) {
      fail("a path runs past the last instruction");
      return;
    }
    FlowState& t = st_[size_t(to)];
    if (!t.reached) {
      t = s;
      t.reached = true;
      work_.push_back(to);
      return;
    }
    if (t.stack.size() != s.stack.size()) {
      fail("paths meet with different stack depths");
      return;
    }
    if (t.blocks.size() != s.blocks.size()) {
      fail("paths meet with different blocks");
      return;
    }
    bool changed = false;
    for (size_t k = 0; k < t.stack.size(); k++) {
      if (t.stack[k].origin != s.stack[k].origin && t.stack[k].origin != kMerged) {
        t.stack[k].origin = kMerged;
        changed = true;
      }
      if (t.stack[k].kind != s.stack[k].kind && t.stack[k].kind != SlotKind::Object) {
        t.stack[k].kind = SlotKind::Object;
        changed = true;
      }
    }
    if (changed) work_.push_back(to);
  }

  // Slot `n` from the top (1 = TOS) of s, or null when the stack is too shallow.
  static FlowSlot* peek(FlowState& s, uint32_t n) {
    if (n < 1 || n > s.stack.size()) return nullptr;
    return &s.stack[s.stack.size() - n];
  }

  bool check_args(int i, uint32_t op, uint32_t arg) {
    auto in = [](uint32_t a, Object* tuple) { return ssize(a) < size_of(tuple); };
    switch (op) {
      case LOAD_CONST: case KW_NAMES:
        if (!in(arg, co_->consts)) return fail("a constant index is out of range"), false;
        if (op == KW_NAMES) {
          Object* names = tuple_get(co_->consts, ssize(arg));
          bool ok = is_tuple(names) && i + 1 < co_->ninstrs && instr_op(co_->instrs[i + 1]) == CALL &&
                    ssize(instr_arg(co_->instrs[i + 1])) >= size_of(names);
          for (ssize k = 0; ok && k < size_of(names); k++) ok = is_str(tuple_get(names, k));
          if (!ok) return fail("KW_NAMES must name the keywords of the CALL after it"), false;
        }
        return true;
      case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL: case LOAD_NAME: case STORE_NAME: case DELETE_NAME:
      case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD: case IMPORT_NAME: case IMPORT_FROM:
        if (!in(arg, co_->names)) return fail("a name index is out of range"), false;
        return true;
      case LOAD_FAST: case STORE_FAST: case DELETE_FAST:
        if (int(arg) >= co_->nlocals) return fail("a local variable index is out of range"), false;
        return true;
      case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLOSURE: case LOAD_CLASSDEREF:
        if (int(arg) >= co_->ncells + co_->nfrees) return fail("a cell index is out of range"), false;
        return true;
      case COMPARE_OP:
        if (arg > 5) return fail("a comparison operator is out of range"), false;
        return true;
      case BINARY_OP:
        if (arg >= 2 * uint32_t(BINOP_COUNT)) return fail("a binary operator is out of range"), false;
        return true;
      case BUILD_SLICE:
        if (arg != 2 && arg != 3) return fail("BUILD_SLICE takes 2 or 3 items"), false;
        return true;
      case RAISE_VARARGS:
        if (arg > 2) return fail("RAISE_VARARGS takes 0 to 2 items"), false;
        return true;
      default:
        if (opcode_has_jump(int(op)) && int(arg) >= co_->ninstrs) return fail("a jump target is out of range"), false;
        return true;
    }
  }

  // Only a call's bottom slot may be the NULL of PUSH_NULL / LOAD_METHOD;
  // every other slot an instruction reads must hold an object.
  bool check_no_null(uint32_t op, uint32_t arg, FlowState& s) {
    int reads;
    switch (op) {
      case POP_TOP: case SWAP: case COPY: return true;
      case CALL: reads = int(arg) + 1; break;                 // not base[0]
      case CALL_FUNCTION_EX: reads = 2 + int(arg & 1); break;  // not the NULL below the callable
      case FOR_ITER: case IMPORT_FROM: reads = 1; break;
      case CHECK_EXC_MATCH: reads = 2; break;
      case WITH_EXCEPT_START: reads = 3; break;
      case DICT_MERGE: reads = int(arg) + 3; break;
      default: reads = pops(op, arg, false); break;
    }
    for (int k = 1; k <= reads; k++) {
      FlowSlot* x = peek(s, uint32_t(k));
      if (x && x->kind == SlotKind::Null) return fail("a NULL reaches an instruction that needs an object"), false;
    }
    return true;
  }

  // The kinds the eval loop trusts.
  bool check_kinds(uint32_t op, uint32_t arg, FlowState& s) {
    if (!check_no_null(op, arg, s)) return false;
    auto need = [&](uint32_t n, SlotKind k, const char* why) {
      FlowSlot* x = peek(s, n);
      if (!x || x->kind != k) fail(why);
      return x && x->kind == k;
    };
    switch (op) {
      case LIST_APPEND: case LIST_EXTEND: return need(arg + 1, SlotKind::List, "LIST_APPEND/LIST_EXTEND need a list");
      case SET_ADD: case SET_UPDATE: return need(arg + 1, SlotKind::Set, "SET_ADD/SET_UPDATE need a set");
      case MAP_ADD: return need(arg + 2, SlotKind::Map, "MAP_ADD needs a dict");
      case DICT_UPDATE: return need(arg + 1, SlotKind::Map, "DICT_UPDATE needs a dict");
      case DICT_MERGE: return need(arg + 1, SlotKind::Map, "DICT_MERGE needs a dict") && peek(s, arg + 3) != nullptr;
      case MAKE_FUNCTION: {
        // [defaults tuple?, kwdefaults dict?, annotations?, closure cells?, code]
        if (!need(1, SlotKind::Code, "MAKE_FUNCTION needs a code object")) return false;
        uint32_t at = 2;
        if ((arg & 8) && !need(at++, SlotKind::Cells, "MAKE_FUNCTION needs a tuple of cells")) return false;
        if (arg & 4) {
          FlowSlot* a = peek(s, at++);
          if (!a || (a->kind != SlotKind::Tuple && a->kind != SlotKind::Map))
            return fail("MAKE_FUNCTION needs annotations as a tuple or a dict"), false;
        }
        if ((arg & 2) && !need(at++, SlotKind::Map, "MAKE_FUNCTION needs keyword defaults as a dict")) return false;
        if ((arg & 1) && !need(at, SlotKind::Tuple, "MAKE_FUNCTION needs defaults as a tuple")) return false;
        return true;
      }
      case LIST_TO_TUPLE: return need(1, SlotKind::List, "LIST_TO_TUPLE needs a list");
      case BUILD_STRING:
        for (uint32_t k = 1; k <= arg; k++)
          if (!need(k, SlotKind::Str, "BUILD_STRING needs strings")) return false;
        return true;
      case IMPORT_NAME: return need(2, SlotKind::Int, "IMPORT_NAME needs an int level");
      case RERAISE: case PUSH_EXC_INFO: return need(1, SlotKind::Exc, "this opcode needs the exception being handled");
      case CHECK_EXC_MATCH: return need(2, SlotKind::Exc, "CHECK_EXC_MATCH needs the exception being handled");
      case WITH_EXCEPT_START:
        return need(1, SlotKind::Exc, "WITH_EXCEPT_START needs the exception being handled") && peek(s, 3) != nullptr;
      case POP_EXCEPT: return need(1, SlotKind::Except, "POP_EXCEPT needs the saved exception");
      case COPY: case SWAP:
        if (!peek(s, arg)) return fail("COPY/SWAP reach below the stack"), false;
        return true;
      default:
        return true;
    }
  }

  // The state after instruction i on its fall-through path (jump=false) or its jump.
  FlowState after(int i, uint32_t op, uint32_t arg, bool jump) {
    FlowState s = st_[size_t(i)];
    if (op == SWAP) {
      std::swap(s.stack.back(), s.stack[s.stack.size() - arg]);
      return s;
    }
    if (op == COPY) {
      s.stack.push_back(s.stack[s.stack.size() - arg]);
      return s;
    }
    if (op == CHECK_EXC_MATCH) {  // [exc, T] -> [exc, bool]
      s.stack.back() = FlowSlot{i, SlotKind::Object};
      return s;
    }
    int effect = opcode_stack_effect(int(op), arg, jump);
    if (effect > 1000 || effect < -1000) {
      fail("an opcode's stack effect is unknown");
      return s;
    }
    int p = pops(op, arg, jump);
    if (p < 0) p = std::max(0, -effect);  // unknown: what it pops becomes what it pushes
    if (p > int(s.stack.size()) || int(s.stack.size()) + effect < 0) {
      fail("the stack underflows");
      return s;
    }
    // A tuple built only of cells is a closure.
    bool all_cells = op == BUILD_TUPLE && arg > 0;
    for (int k = 0; all_cells && k < p; k++) all_cells = s.stack[s.stack.size() - 1 - size_t(k)].kind == SlotKind::Cell;
    s.stack.resize(s.stack.size() - size_t(p));
    int q = p + effect;
    for (int k = 0; k < q; k++) {
      SlotKind kind = pushed_kind(op, k);
      if (op == LOAD_CONST) kind = const_kind(tuple_get(co_->consts, ssize(arg)));
      if (all_cells) kind = SlotKind::Cells;
      s.stack.push_back(FlowSlot{i, kind});
    }
    if (pops(op, arg, jump) < 0)  // an opcode this walk does not know: nothing below is certain
      for (FlowSlot& x : s.stack) x = FlowSlot{kMerged, SlotKind::Object};
    if (!jump) {
      if (op == SETUP_FINALLY || op == SETUP_CLEANUP) {
        int level = int(st_[size_t(i)].stack.size()) - (op == SETUP_CLEANUP ? 1 : 0);
        if (level < 0) fail("SETUP_CLEANUP needs a stack item");
        if (s.blocks.size() >= size_t(MAX_BLOCKS)) fail("too many nested blocks");
        s.blocks.push_back(Block{int(arg), level});
      }
      if (op == POP_BLOCK) {
        if (s.blocks.empty()) fail("POP_BLOCK without a block");
        else s.blocks.pop_back();
      }
    }
    return s;
  }

  void step(int i) {
    uint32_t w = co_->instrs[i], op = instr_op(w), arg = instr_arg(w);
    if (op >= OPCODE_COUNT) return fail("an opcode is unknown");
    if (!check_args(i, op, arg)) return;
    FlowState cur = st_[size_t(i)];
    if (!check_kinds(op, arg, cur)) return;
    // An exception raised by this instruction unwinds to the innermost
    // block's level: the instruction must not have eaten into it.
    int low = int(cur.stack.size()) - std::max(0, pops(op, arg, false));
    if (op != RETURN_VALUE && !cur.blocks.empty() && low < cur.blocks.back().level)
      return fail("the stack drops below a handler's level");
    if (op == SETUP_FINALLY || op == SETUP_CLEANUP) {
      // The handler runs with this block popped and the exception on its level.
      FlowState h = cur;
      int level = int(cur.stack.size()) - (op == SETUP_CLEANUP ? 1 : 0);
      if (level < 0) return fail("SETUP_CLEANUP needs a stack item");
      h.stack.resize(size_t(level));
      h.stack.push_back(FlowSlot{int(arg), SlotKind::Exc});
      flow(int(arg), h);
    } else if (opcode_has_jump(int(op))) {
      flow(int(arg), after(i, op, arg, true));
    }
    // Computed for terminal instructions too: a RETURN_VALUE or RERAISE on an empty stack is an underflow.
    FlowState next = after(i, op, arg, false);
    if (!opcode_is_terminal(int(op))) flow(i + 1, next);
  }
};

}  // namespace

std::vector<FlowState> code_flow(CodeObject* co, const char** problem) {
  Walker w(co);
  std::vector<FlowState> st = w.run();
  if (problem) *problem = w.problem;
  return st;
}

const char* code_verify(CodeObject* co) {
  if (co->ninstrs == 0) return "there are no instructions";
  if (!opcode_is_terminal(int(instr_op(co->instrs[co->ninstrs - 1]))))
    return "the last instruction must return, raise or jump";
  const char* problem = nullptr;
  std::vector<FlowState> st = code_flow(co, &problem);
  if (problem) return problem;
  for (const FlowState& s : st)
    if (s.reached && int(s.stack.size()) > co->stacksize) return "co_stacksize is too small";
  return nullptr;
}

std::vector<Block> code_innermost_blocks(CodeObject* co) {
  std::vector<Block> out(static_cast<size_t>(co->ninstrs), Block{-1, -1});
  std::vector<FlowState> st = code_flow(co, nullptr);
  for (size_t i = 0; i < st.size(); i++)
    if (st[i].reached && !st[i].blocks.empty()) out[i] = st[i].blocks.back();
  return out;
}

// ---- frame.f_lineno = n -----------------------------------------------------------

namespace {

const char* explain(const FlowState& target) {
  if (!target.reached) return "can't jump into an exception handler, or code may be unreachable";
  if (target.stack.empty()) return "incompatible stacks";
  switch (target.stack.back().kind) {
    case SlotKind::Except:
    case SlotKind::Exc:
      return "can't jump into an 'except' block as there's no exception";
    case SlotKind::Iterator:
      return "can't jump into the body of a for loop";
    default:
      return "incompatible stacks";
  }
}

bool compatible(const FlowState& from, const FlowState& to) {
  if (!to.reached || to.stack.size() > from.stack.size()) return false;
  for (size_t k = 0; k < to.stack.size(); k++)
    if (to.stack[k].origin == kMerged || to.stack[k].origin != from.stack[k].origin ||
        to.stack[k].kind != from.stack[k].kind)
      return false;
  return true;
}

}  // namespace

int frame_jump_to_line(Frame* f, Object* value) {
  CodeObject* co = f->code;
  int64_t requested = int_as_i64(value);
  if ((requested == -1 && err_occurred()) || requested > INT32_MAX || requested < INT32_MIN) {
    err_clear();
    err_set_string(Exc_ValueError, "lineno out of range");
    return -1;
  }
  if (requested < co->firstlineno) {
    err_format(Exc_ValueError, "line %d comes before the current code block", int(requested));
    return -1;
  }
  // The first line at or after the requested one that has code.
  int line = -1;
  for (int j = 0; j < co->ninstrs; j++)
    if (co->lines[j] >= requested && (line < 0 || co->lines[j] < line)) line = co->lines[j];
  if (line < 0) {
    err_format(Exc_ValueError, "line %d comes after the current code block", int(requested));
    return -1;
  }
  if (f->state != FRAME_EXECUTING) {
    err_set_string(Exc_ValueError, "can only jump from a 'line' trace event");
    return -1;
  }
  std::vector<FlowState> st = code_flow(co, nullptr);
  int here = f->lasti();
  if (here < 0 || here >= int(st.size()) || !st[size_t(here)].reached) {
    err_set_string(Exc_ValueError, "can't jump from unreachable code");
    return -1;
  }
  const FlowState& from = st[size_t(here)];
  if (int(from.stack.size()) != f->stacktop || int(from.blocks.size()) != f->nblocks) {
    err_set_string(Exc_ValueError, "incompatible stacks");
    return -1;
  }
  int best = -1;
  const char* msg = nullptr;
  for (int j = 0; j < co->ninstrs; j++) {
    if (co->lines[j] != line) continue;
    if (compatible(from, st[size_t(j)])) {
      if (best < 0 || st[size_t(j)].stack.size() > st[size_t(best)].stack.size()) best = j;
    } else if (!msg) {
      msg = explain(st[size_t(j)]);
    }
  }
  if (best < 0) {
    err_set_string(Exc_ValueError, msg ? msg : "cannot find bytecode for specified line");
    return -1;
  }
  // Pop what the target does not expect; an except clause's saved exception
  // becomes the handled exception again (as POP_EXCEPT does).
  const FlowState& to = st[size_t(best)];
  Object** stack = f->stack_base();
  for (int k = f->stacktop - 1; k >= int(to.stack.size()); k--) {
    Object* v = stack[k];
    stack[k] = nullptr;
    if (from.stack[size_t(k)].kind == SlotKind::Except) {
      ExcStackItem* ei = tstate()->exc_info;
      Object* old = ei->exc_value;
      if (v == None) clearref(v);
      ei->exc_value = v;
      xdecref(old);
    } else {
      xdecref(v);
    }
  }
  f->stacktop = int(to.stack.size());
  f->nblocks = int(to.blocks.size());
  std::copy(to.blocks.begin(), to.blocks.end(), f->blocks);
  f->next_instr = co->instrs + best + 1;
  return 0;
}

}  // namespace interp

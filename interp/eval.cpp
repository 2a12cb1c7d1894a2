// The eval loop: runs one frame's bytecode (interp/opcodes.def) with
// computed-goto dispatch.  Python-to-Python calls recurse through
// function_vectorcall -> eval_frame.
//
// The loop is a template compiled twice (docs/tracing.md): eval_loop<false>
// is the one that runs while no trace or profile function is set, with no
// tracing code at all; eval_loop<true> adds the sys.settrace/setprofile
// events (interp/tracing.cpp).  A frame starts in the traced loop when its
// thread's use_tracing is set; an untraced loop already running moves to the
// traced one at its next eval-breaker check when tracing starts (a switch
// request forces the thread's ticker to expire, handle_eval_breaker takes it).
//
// Invariants inside eval_frame:
//   * sp points one past the top of the value stack (stack items may be null: PUSH_NULL).
//   * f->next_instr is stored at every dispatch, so current_line() and
//     tracebacks of outer frames see the instruction being executed.
//   * An exception is pending (tstate()->curexc) exactly when control reaches `error`.
#include <cstdio>
#include <cstring>
#include <string>

#include "frame.h"
#include "function.h"
#include "genobject.h"
#include "runtime/types/descr.h"
#include "runtime/containers/set.h"
#include "runtime/exceptions/exceptions.h"
#include "traceback.h"
#include "eval_match.h"
#include "tracing.h"
#include "runtime/threads/gil.h"

namespace interp {

using namespace rt;

// Implemented in interp/import.cpp.
Object* import_name_for_frame(Frame* f, Object* name, Object* fromlist, Object* level);
Object* import_from(Object* module, Object* name);
int import_star(Frame* f, Object* module);

namespace {

enum VmOp : uint8_t {
#define OP(name, effect, doc) V_##name,
#include "opcodes.def"
#undef OP
  V_COUNT_
};

inline hash_t name_hash(Object* name) {
  hash_t h = as_str(name)->hash;
  return h != -1 ? h : str_hash(name);
}

// The one place where the ticker and the eval breaker are serviced: the GIL
// (runtime/gil.cpp) counts the bytecodes and switches threads here.  `word`
// is the instruction just executed, `at` the index of the one after it (not
// the jump target): calls and backward jumps are the switch points of
// --switch-points py311.
// Returns -1 on error, 1 when an untraced loop should move to the traced
// one (tracing started on this thread), else 0.
__attribute__((noinline)) int handle_eval_breaker(ThreadState* ts, Interp* in, uint32_t word, ssize at) {
  int to_traced = 0;
  if (__builtin_expect(ts->trace_switch_pending, 0)) {
    to_traced = trace_take_switch(ts) ? 1 : 0;  // puts the real ticker back
    if (ts->ticker > 0 && in->eval_breaker.load(std::memory_order_relaxed) == 0) return to_traced;
  }
  uint32_t op = word & 0xff;
  bool switch_point = op == V_CALL || op == V_CALL_FUNCTION_EX ||
                      ((op == V_JUMP || op == V_POP_JUMP_IF_FALSE || op == V_POP_JUMP_IF_TRUE) &&
                       ssize(word >> 8) < at);
  int r = rt::gil::handle_breaker(ts, in, switch_point);
  return r < 0 ? r : to_traced;
}

// A rich comparison of two machine numbers (op: CMP_LT ... CMP_GE), 0 or 1.
// Always inlined: with two instantiations of the loop GCC would otherwise call it.
template <class T>
__attribute__((always_inline)) inline int compare_values(T x, T y, uint32_t op) {
  switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
  }
}

Object* varname_of(CodeObject* co, int cell_index) {
  return cell_index < co->ncells ? tuple_get(co->cellvars, cell_index) : tuple_get(co->freevars, cell_index - co->ncells);
}

void unbound_local(CodeObject* co, int slot) {
  err_format(Exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
             str_utf8(tuple_get(co->varnames, slot)));
}

void unbound_deref(CodeObject* co, int i) {
  Object* name = varname_of(co, i);
  if (i < co->ncells)
    err_format(Exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
               str_utf8(name));
  else
    err_format(Exc_NameError,
               "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
               str_utf8(name));
}

void name_error(Object* name) {
  err_format(Exc_NameError, "name '%s' is not defined", str_utf8(name));
  // CPython sets NameError.name; best effort.
  if (Object* exc = err_fetch()) {
    if (object_setattr(exc, names::name, name) < 0) err_clear();
    err_restore(exc);
  }
}

// LOAD_GLOBAL and LOAD_NAME's fallback: the globals, then the builtins, by the
// interned name's cached hash.  Borrowed; nullptr with NameError (or the
// lookup's own error) set.
inline Object* load_global_or_builtin(ThreadState* ts, Frame* f, Object* name) {
  hash_t h = name_hash(name);
  Object* v = dict_getitem_known_hash(f->globals, name, h);
  if (v || ts->curexc) return v;
  v = dict_getitem_known_hash(f->builtins, name, h);
  if (!v && !ts->curexc) name_error(name);
  return v;
}

// Attribute lookup for instances whose type uses the generic getattr: data
// descriptor on the type, then the instance dict, then the class attribute.
// Returns a new reference, or nullptr with an error (falls back to the generic path).
inline Object* fast_getattr(Object* o, Object* name) {
  TypeObject* tp = type_of(o);
  if (tp->tp_getattro != object_generic_getattr) return object_getattr(o, name);
  Object* descr = type_lookup(tp, name);
  descrgetfunc get = nullptr;
  if (descr) {
    get = type_of(descr)->tp_descr_get;
    if (get && type_of(descr)->tp_descr_set) return get(descr, o, tp);
  }
  if (tp->tp_dictoffset) {
    Object** dp = object_dict_ptr(o);
    if (dp && *dp && is_dict_exact(*dp)) {
      Object* v = dict_getitem_known_hash(*dp, name, name_hash(name));
      if (v) return newref(v);
    }
  }
  if (descr) {
    if (get) return get(descr, o, tp);
    return newref(descr);
  }
  return object_getattr(o, name);  // raises the proper AttributeError (or finds __getattr__)
}

// Exceptions remember where they last unwound to a handler in a frame;
// RERAISE 1 (a cleanup handler re-raising) returns the frame there, so that
// a finished frame's f_lineno is the line that raised (CPython 3.11's lasti).
inline void note_handler_position(Frame* f, Object* exc) {
  auto* e = static_cast<ExcObject*>(exc);
  e->handler_frame = f;
  e->handler_lasti = f->lasti();
}
inline const uint32_t* reraise_position(Frame* f, Object* exc) {
  auto* e = static_cast<ExcObject*>(exc);
  if (e->handler_frame == f && e->handler_lasti >= 0) return f->code->instrs + e->handler_lasti + 1;
  return f->next_instr;
}

// LOAD_METHOD: 1 when *meth is an unbound function to call with o as first
// argument, 0 when *meth is the attribute itself, -1 on error.
inline int fast_getmethod(Object* o, Object* name, Object** meth) {
  TypeObject* tp = type_of(o);
  if (tp->tp_getattro != object_generic_getattr) {
    *meth = object_getattr(o, name);
    return *meth ? 0 : -1;
  }
  Object* descr = type_lookup(tp, name);
  descrgetfunc get = nullptr;
  bool method_like = false;
  if (descr) {
    TypeObject* dt = type_of(descr);
    if (dt == &FunctionType || dt == &MethodDescrType) {
      method_like = true;
    } else {
      get = dt->tp_descr_get;
      if (get && dt->tp_descr_set) {
        *meth = get(descr, o, tp);
        return *meth ? 0 : -1;
      }
    }
  }
  if (tp->tp_dictoffset) {
    Object** dp = object_dict_ptr(o);
    if (dp && *dp && is_dict_exact(*dp)) {
      Object* v = dict_getitem_known_hash(*dp, name, name_hash(name));
      if (v) {
        *meth = newref(v);
        return 0;
      }
    }
  }
  if (method_like) {
    *meth = newref(descr);
    return 1;
  }
  if (descr) {
    *meth = get ? get(descr, o, tp) : newref(descr);
    return *meth ? 0 : -1;
  }
  *meth = object_getattr(o, name);
  return *meth ? 0 : -1;
}

inline int fast_setattr(Object* o, Object* name, Object* v) {
  TypeObject* tp = type_of(o);
  if (tp->tp_setattro == object_generic_setattr && tp->tp_dictoffset) {
    Object* descr = type_lookup(tp, name);
    if (!descr || !type_of(descr)->tp_descr_set) {
      Object** dp = object_dict_ptr(o);
      if (dp && *dp && is_dict_exact(*dp)) return dict_setitem(*dp, name, v);
    }
  }
  return object_setattr(o, name, v);
}

bool is_exc_class_or_tuple(Object* t) {
  if (is_exception_class(t)) return true;
  if (!is_tuple(t)) return false;
  for (ssize i = 0; i < size_of(t); ++i)
    if (!is_exception_class(tuple_get(t, i))) return false;
  return true;
}

// raise exc [from cause]; always returns with an exception set.
void do_raise(Object* exc, Object* cause) {
  Object* value = nullptr;
  if (is_exception_class(exc)) {
    value = call0(exc);
    if (!value) return;
    if (!is_exception(value)) {
      Object* r1 = object_repr(exc);
      Object* r2 = r1 ? object_repr(type_of(value)) : nullptr;
      if (r2)
        err_format(Exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                   str_utf8(r1), str_utf8(r2));
      xdecref(r1);
      xdecref(r2);
      decref(value);
      return;
    }
  } else if (is_exception(exc)) {
    value = newref(exc);
  } else {
    err_set_string(Exc_TypeError, "exceptions must derive from BaseException");
    return;
  }
  if (cause) {
    Object* c = nullptr;
    if (is_exception_class(cause)) {
      c = call0(cause);
      if (!c) {
        decref(value);
        return;
      }
      if (!is_exception(c)) {
        err_format(Exc_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                   static_cast<TypeObject*>(cause)->tp_name, type_name(c));
        decref(c);
        decref(value);
        return;
      }
    } else if (is_exception(cause)) {
      c = newref(cause);
    } else if (cause != None) {
      err_set_string(Exc_TypeError, "exception causes must derive from BaseException");
      decref(value);
      return;
    }
    exc_set_cause(value, c);
  }
  err_set_exception(value);
  decref(value);
}

// Fetch the value of a pending StopIteration (new ref, None if absent) and clear it.
Object* take_stop_iteration_value() {
  Object* exc = err_fetch();
  Object* v = exc ? stop_iteration_value(exc) : nullptr;
  v = v ? newref(v) : none_ref();
  xdecref(exc);
  return v;
}


bool is_mapping_like(Object* o) {
  if (is_dict(o)) return true;
  return type_lookup(type_of(o), names::keys) != nullptr;
}

Object* build_string(Object** items, ssize n) {
  size_t total = 0;
  for (ssize i = 0; i < n; ++i) total += size_t(str_utf8_len(items[i]));
  std::string buf;
  buf.reserve(total);
  for (ssize i = 0; i < n; ++i) buf.append(str_utf8(items[i]), size_t(str_utf8_len(items[i])));
  return str_from_utf8(buf.data(), ssize(buf.size()));
}

Object* format_value(Object* v, int conv, Object* spec) {
  Object* c = nullptr;
  switch (conv) {
    case 1: c = object_str(v); break;
    case 2: c = object_repr(v); break;
    case 3: c = object_ascii(v); break;
    default: c = newref(v); break;
  }
  if (!c) return nullptr;
  if (!spec && is_str_exact(c)) return c;
  Object* r = object_format(c, spec);
  decref(c);
  return r;
}

// DICT_MERGE: merge `src` into the call's kwargs dict, rejecting duplicates.
int dict_merge_call(Object* func, Object* dict, Object* src) {
  if (!is_mapping_like(src)) {
    std::string fs = function_str(func);
    err_format(Exc_TypeError, "%s argument after ** must be a mapping, not %s", fs.c_str(), type_name(src));
    return -1;
  }
  Object* keys = is_dict(src) ? dict_keys_list(src) : call_method0(src, names::keys);
  if (!keys) return -1;
  Object* klist = is_list_exact(keys) ? newref(keys) : sequence_list(keys);
  decref(keys);
  if (!klist) return -1;
  int rc = 0;
  for (ssize i = 0; i < size_of(klist) && rc == 0; ++i) {
    Object* k = list_get(klist, i);
    if (!is_str(k)) {
      err_set_string(Exc_TypeError, "keywords must be strings");
      rc = -1;
      break;
    }
    int has = dict_contains(dict, k);
    if (has < 0) { rc = -1; break; }
    if (has) {
      std::string fs = function_str(func);
      err_format(Exc_TypeError, "%s got multiple values for keyword argument '%s'", fs.c_str(), str_utf8(k));
      rc = -1;
      break;
    }
    Object* v = is_dict(src) ? dict_getitem(src, k) : nullptr;
    if (v) {
      incref(v);
    } else {
      if (err_occurred()) { rc = -1; break; }
      v = object_getitem(src, k);
      if (!v) { rc = -1; break; }
    }
    rc = dict_setitem(dict, k, v);
    decref(v);
  }
  decref(klist);
  return rc;
}

// UNPACK_SEQUENCE into out[n-1] .. out[0] (out[n-1] = first item, as the stack wants seq[0] on top).
int unpack_sequence(Object* seq, int n, Object** out) {
  if ((is_tuple_exact(seq) || is_list_exact(seq))) {
    ssize len = size_of(seq);
    Object** items = is_tuple_exact(seq) ? tuple_items(seq) : list_items(seq);
    if (len == n) {
      for (int i = 0; i < n; ++i) out[n - 1 - i] = newref(items[i]);
      return 0;
    }
    if (len < n)
      err_format(Exc_ValueError, "not enough values to unpack (expected %d, got %zd)", n, len);
    else
      err_format(Exc_ValueError, "too many values to unpack (expected %d)", n);
    return -1;
  }
  Object* it = object_get_iter(seq);
  if (!it) {
    if (err_matches(Exc_TypeError) && !type_of(seq)->tp_iter && !type_lookup(type_of(seq), names::__getitem__)) {
      err_clear();
      err_format(Exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
    }
    return -1;
  }
  int got = 0;
  for (; got < n; ++got) {
    Object* v = iter_next(it);
    if (!v) {
      if (!err_occurred())
        err_format(Exc_ValueError, "not enough values to unpack (expected %d, got %d)", n, got);
      goto fail;
    }
    out[n - 1 - got] = v;
  }
  {
    Object* extra = iter_next(it);
    if (extra) {
      decref(extra);
      err_format(Exc_ValueError, "too many values to unpack (expected %d)", n);
      goto fail;
    }
    if (err_occurred()) goto fail;
  }
  decref(it);
  return 0;
fail:
  for (int i = 0; i < got; ++i) clearref(out[n - 1 - i]);
  decref(it);
  return -1;
}

// UNPACK_EX: returns the number of pushed items or -1.
int unpack_ex(Object* seq, int before, int after, Object** out) {
  Object* l = nullptr;
  Object* it = object_get_iter(seq);
  if (!it) {
    if (err_matches(Exc_TypeError) && !type_of(seq)->tp_iter && !type_lookup(type_of(seq), names::__getitem__)) {
      err_clear();
      err_format(Exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
    }
    return -1;
  }
  l = sequence_list(it);
  decref(it);
  if (!l) return -1;
  ssize len = size_of(l);
  if (len < before + after) {
    err_format(Exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)", before + after, len);
    decref(l);
    return -1;
  }
  // out (bottom -> top): items[len-1] .. items[len-after], middle list, items[before-1] .. items[0]
  int k = 0;
  for (ssize i = len - 1; i >= len - after; --i) out[k++] = newref(list_get(l, i));
  Object* mid = list_new(0);
  if (!mid) {
    for (int i = 0; i < k; ++i) decref(out[i]);
    decref(l);
    return -1;
  }
  for (ssize i = before; i < len - after; ++i) list_append(mid, list_get(l, i));
  out[k++] = mid;
  for (ssize i = before - 1; i >= 0; --i) out[k++] = newref(list_get(l, i));
  decref(l);
  return k;
}

// traced: a profiler may want c_call events for a built-in (interp/tracing.cpp).
Object* call_with_ex(Object* func, Object* args, Object* kwargs, bool traced) {
  Object* targs;
  if (is_tuple_exact(args)) {
    targs = newref(args);
  } else {
    if (!type_of(args)->tp_iter && !type_lookup(type_of(args), names::__getitem__)) {
      std::string fs = function_str(func);
      err_format(Exc_TypeError, "%s argument after * must be an iterable, not %s", fs.c_str(), type_name(args));
      return nullptr;
    }
    targs = sequence_tuple(args);
    if (!targs) return nullptr;
  }
  Object* kw = nullptr;
  if (kwargs && !is_dict_exact(kwargs)) {
    kw = dict_new();
    if (!kw || dict_merge_call(func, kw, kwargs) < 0) {
      xdecref(kw);
      decref(targs);
      return nullptr;
    }
  } else {
    kw = xnewref(kwargs);
  }
  Object* kwd = kw && dict_size(kw) ? kw : nullptr;
  Object* r = traced ? trace_c_call_tuple(tstate(), func, targs, kwd) : call_tuple_dict(func, targs, kwd);
  decref(targs);
  xdecref(kw);
  return r;
}

// BEFORE_WITH: bound __exit__ and the result of __enter__() (BEFORE_ASYNC_WITH:
// __aexit__ and __aenter__(), whose result is then awaited).
int before_with(Object* mgr, Object** exit_out, Object** enter_res, bool async = false) {
  TypeObject* tp = type_of(mgr);
  const char* proto = async ? "asynchronous context manager" : "context manager";
  Object* enter = type_lookup(tp, async ? names::__aenter__ : names::__enter__);
  if (!enter) {
    err_format(Exc_TypeError, "'%s' object does not support the %s protocol", tp->tp_name, proto);
    return -1;
  }
  Object* exit = type_lookup(tp, async ? names::__aexit__ : names::__exit__);
  if (!exit) {
    err_format(Exc_TypeError, "'%s' object does not support the %s protocol (missed __%sexit__ method)", tp->tp_name,
               proto, async ? "a" : "");
    return -1;
  }
  descrgetfunc g = type_of(exit)->tp_descr_get;
  Object* bound_exit = g ? g(exit, mgr, tp) : newref(exit);
  if (!bound_exit) return -1;
  Object* res;
  if (type_of(enter) == &FunctionType) {
    res = function_vectorcall(enter, &mgr, 1, nullptr);
  } else {
    descrgetfunc ge = type_of(enter)->tp_descr_get;
    Object* be = ge ? ge(enter, mgr, tp) : newref(enter);
    res = be ? call0(be) : nullptr;
    xdecref(be);
  }
  if (!res) {
    decref(bound_exit);
    return -1;
  }
  *exit_out = bound_exit;
  *enter_res = res;
  return 0;
}

// YIELD_FROM: 0 yielded (*res), 1 returned (*res), -1 error.
[[gnu::always_inline]] inline int yield_from_send(Object* it, Object* v, Object** res) {
  if (is_gen_or_coro(it)) return gen_resume(as_gen(it), v, false, res);
  Object* r;
  if (v == None && type_of(it)->tp_iternext) {
    r = type_of(it)->tp_iternext(it);
  } else {
    r = call_method1(it, names::send, v);
  }
  if (r) {
    *res = r;
    return 0;
  }
  if (!err_occurred()) {
    *res = none_ref();
    return 1;
  }
  if (err_matches(Exc_StopIteration)) {
    *res = take_stop_iteration_value();
    return 1;
  }
  return -1;
}

}  // namespace

// ---------------------------------------------------------------------------
// eval_loop
// ---------------------------------------------------------------------------
// resume_prev: kNewActivation for a call or a generator resume; otherwise the
// frame is already executing (linked, counted) in the untraced loop, which
// handed it over mid-way, and resume_prev is the instruction it executed last.
namespace {

constexpr int kNewActivation = -2;

template <bool kTraced>
Object* eval_loop(Frame* f, bool throwflag, int resume_prev) {
  ThreadState* ts = tstate();
  Interp* in = interp_state();
  if constexpr (!kTraced) {
    if (__builtin_expect(ts->use_tracing, 0)) return eval_loop<true>(f, throwflag, kNewActivation);
  }
  const bool handed_over = kTraced && resume_prev != kNewActivation;

  if (!handed_over && (++ts->recursion_depth > in->recursion_limit || c_stack_low(ts))) {
    if (recursion_exceeded(ts, nullptr)) {
      --ts->recursion_depth;
      return nullptr;
    }
  }

  static void* const targets[256] = {
#define OP(name, effect, doc) &&L_##name,
#include "opcodes.def"
#undef OP
  };

  if (!handed_over) {
    f->back = ts->frame;
    ts->frame = f;
    f->state = FRAME_EXECUTING;
  }
  f->traced = kTraced;

  CodeObject* const co = f->code;
  Object** const localsplus = f->localsplus;
  Object** const stack_base = localsplus + co->nlocalsplus();
  Object** sp = stack_base + f->stacktop;
  const uint32_t* const first_instr = co->instrs;
  const uint32_t* ip = f->next_instr;
  Object** const consts = tuple_items(co->consts);
  Object** const names = tuple_items(co->names);
  Object* kwnames = nullptr;
  Object* retval = nullptr;
  uint32_t word = 0;
  uint32_t oparg = 0;
  uint64_t nfast = 0;  // fast instructions not yet added to ts->bytecodes
  [[maybe_unused]] int instr_prev = -1;  // traced: the instruction executed before this one
  f->stacktop = 0;

#define TARGET(op) L_##op:
// Traced: before the instruction runs, the trace events it starts ('line',
// 'opcode'); a trace function may have moved the frame (f_lineno = n).
#define NEXT()                                                          \
  do {                                                                  \
    word = *ip++;                                                       \
    f->next_instr = ip;                                                 \
    if constexpr (kTraced) {                                            \
      f->stacktop = int(sp - stack_base);                               \
      if (trace_instruction(ts, f, &instr_prev) < 0) {                  \
        f->stacktop = 0;                                                \
        goto error;                                                     \
      }                                                                 \
      sp = stack_base + f->stacktop;                                    \
      f->stacktop = 0;                                                  \
      if (f->next_instr != ip) {                                        \
        ip = f->next_instr - 1;                                         \
        word = *ip++;                                                   \
      }                                                                 \
    }                                                                   \
    oparg = word >> 8;                                                  \
    goto* targets[word & 0xff];                                         \
  } while (0)
// DISPATCH: the instruction counts toward the check interval (the ticker),
// and the eval breaker is looked at.  FAST_DISPATCH: it does not, as in
// CPython 2.7's eval loop, whose "fast" instructions (local and constant
// loads and stores, stack shuffles, forward jumps, a jump on a bool, and an
// instruction whose successor was predicted) went straight to the next one.
// Fast instructions are still counted as executed (nfast, flushed into
// ts->bytecodes).  docs/gil.md, "What a tick is".
#define DISPATCH()                                                                              \
  do {                                                                                          \
    if (__builtin_expect(--ts->ticker <= 0, 0) ||                                               \
        __builtin_expect(in->eval_breaker.load(std::memory_order_relaxed) != 0, 0)) {           \
      ts->bytecodes += nfast;                                                                   \
      nfast = 0;                                                                                \
      int hr_ = handle_eval_breaker(ts, in, word, f->next_instr - first_instr);                 \
      if (hr_ < 0) goto error;                                                                  \
      if constexpr (!kTraced) {                                                                 \
        if (hr_ > 0) goto switch_to_traced;                                                     \
      }                                                                                         \
    }                                                                                           \
    NEXT();                                                                                     \
  } while (0)
#define FAST_DISPATCH() \
  do {                  \
    ++nfast;            \
    NEXT();             \
  } while (0)
// The next instruction is `op` (CPython 2.7's PREDICT): the pair costs no tick.
#define NEXT_IS(op) ((*ip & 0xff) == V_##op)
// Jump to `target`: a backward jump (a loop's end) ticks, a forward one is fast.
#define JUMP_DISPATCH(target)                     \
  do {                                            \
    bool backward_ = ip > first_instr + (target); \
    JUMPTO(target);                               \
    if (backward_) DISPATCH();                    \
    FAST_DISPATCH();                              \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-static_cast<ssize>(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define JUMPTO(x) (ip = first_instr + (x))

  if constexpr (kTraced) {
    if (handed_over) {
      instr_prev = resume_prev;
      f->trace_line = resume_prev >= 0 ? co->lines[resume_prev] : -1;
    } else {
      // A new frame starts before its first instruction; a resumed generator
      // after its yield.  'call' goes to the trace function and the profiler.
      instr_prev = f->lasti();
      f->trace_line = instr_prev >= 0 ? co->lines[instr_prev] : -1;
      f->stacktop = int(sp - stack_base);
      int r = trace_frame_enter(ts, f);
      f->stacktop = 0;
      if (r < 0) goto error;  // as an error at the frame's start (its def line)
    }
  }
  if (throwflag) goto error;
  NEXT();

  TARGET(NOP) { FAST_DISPATCH(); }

  TARGET(POP_TOP) {
    Object* v = POP();
    xdecref(v);
    FAST_DISPATCH();
  }

  TARGET(PUSH_NULL) {
    PUSH(nullptr);
    FAST_DISPATCH();
  }

  TARGET(COPY) {
    Object* v = PEEK(oparg);
    xincref(v);
    PUSH(v);
    FAST_DISPATCH();
  }

  TARGET(SWAP) {
    Object* t = TOP();
    SET_TOP(PEEK(oparg));
    PEEK(oparg) = t;
    FAST_DISPATCH();
  }

  TARGET(LOAD_CONST) {
    Object* v = consts[oparg];
    incref_hot(v);
    PUSH(v);
    FAST_DISPATCH();
  }

  TARGET(LOAD_FAST) {
    Object* v = localsplus[oparg];
    if (__builtin_expect(!v, 0)) {
      unbound_local(co, int(oparg));
      goto error;
    }
    incref(v);
    PUSH(v);
    FAST_DISPATCH();
  }

  TARGET(STORE_FAST) {
    Object* v = POP();
    Object* old = localsplus[oparg];
    localsplus[oparg] = v;
    xdecref(old);
    FAST_DISPATCH();
  }

  TARGET(DELETE_FAST) {
    Object* old = localsplus[oparg];
    if (!old) {
      unbound_local(co, int(oparg));
      goto error;
    }
    localsplus[oparg] = nullptr;
    decref(old);
    DISPATCH();
  }

  TARGET(LOAD_DEREF) {
    Object* cell = localsplus[co->nlocals + oparg];
    Object* v = static_cast<CellObject*>(cell)->ref;
    if (!v) {
      unbound_deref(co, int(oparg));
      goto error;
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_DEREF) {
    Object* v = POP();
    CellObject* cell = static_cast<CellObject*>(localsplus[co->nlocals + oparg]);
    setref(cell->ref, v);
    DISPATCH();
  }

  TARGET(DELETE_DEREF) {
    CellObject* cell = static_cast<CellObject*>(localsplus[co->nlocals + oparg]);
    if (!cell->ref) {
      unbound_deref(co, int(oparg));
      goto error;
    }
    clearref(cell->ref);
    DISPATCH();
  }

  TARGET(LOAD_CLOSURE) {
    Object* cell = localsplus[co->nlocals + oparg];
    incref(cell);
    PUSH(cell);
    DISPATCH();
  }

  TARGET(LOAD_CLASSDEREF) {
    Object* name = varname_of(co, int(oparg));
    Object* v = nullptr;
    if (f->locals) {
      if (is_dict_exact(f->locals)) {
        v = dict_getitem(f->locals, name);
        if (v) incref(v);
        else if (ts->curexc) goto error;
      } else {
        v = object_getitem(f->locals, name);
        if (!v) {
          if (!err_matches(Exc_KeyError)) goto error;
          err_clear();
        }
      }
    }
    if (!v) {
      Object* cell = localsplus[co->nlocals + oparg];
      v = cell_get(cell);
      if (!v) {
        unbound_deref(co, int(oparg));
        goto error;
      }
      incref(v);
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    Object* v = load_global_or_builtin(ts, f, names[oparg]);
    if (!v) goto error;
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_GLOBAL) {
    Object* v = POP();
    int r = dict_setitem(f->globals, names[oparg], v);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_GLOBAL) {
    if (dict_delitem(f->globals, names[oparg]) < 0) {
      if (err_matches(Exc_KeyError)) {
        err_clear();
        name_error(names[oparg]);
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_NAME) {
    Object* name = names[oparg];
    hash_t h = name_hash(name);
    Object* v = nullptr;
    Object* locals = f->locals;
    if (!locals) {
      err_format(Exc_SystemError, "no locals when loading '%s'", str_utf8(name));
      goto error;
    }
    if (is_dict_exact(locals)) {
      v = dict_getitem_known_hash(locals, name, h);
      if (v) incref(v);
      else if (ts->curexc) goto error;
    } else {
      v = object_getitem(locals, name);
      if (!v) {
        if (!err_matches(Exc_KeyError)) goto error;
        err_clear();
      }
    }
    if (!v) {
      v = load_global_or_builtin(ts, f, name);
      if (!v) goto error;
      incref(v);
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_NAME) {
    Object* v = POP();
    Object* locals = f->locals;
    int r;
    if (!locals) {
      err_format(Exc_SystemError, "no locals found when storing '%s'", str_utf8(names[oparg]));
      r = -1;
    } else if (is_dict_exact(locals)) {
      r = dict_setitem(locals, names[oparg], v);
    } else {
      r = object_setitem(locals, names[oparg], v);
    }
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_NAME) {
    Object* locals = f->locals;
    if (!locals) {
      err_format(Exc_SystemError, "no locals when deleting '%s'", str_utf8(names[oparg]));
      goto error;
    }
    if (object_delitem(locals, names[oparg]) < 0) {
      if (err_matches(Exc_KeyError)) {
        err_clear();
        name_error(names[oparg]);
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    Object* o = TOP();
    Object* v = fast_getattr(o, names[oparg]);
    if (!v) {
      exc_attribute_error_context(o, names[oparg]);
      decref(o);
      --sp;
      goto error;
    }
    decref(o);
    SET_TOP(v);
    DISPATCH();
  }

  TARGET(STORE_ATTR) {
    Object* o = POP();
    Object* v = POP();
    int r = fast_setattr(o, names[oparg], v);
    decref(o);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_ATTR) {
    Object* o = POP();
    int r = object_setattr(o, names[oparg], nullptr);
    decref(o);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(LOAD_METHOD) {
    Object* o = TOP();
    Object* meth = nullptr;
    int r = fast_getmethod(o, names[oparg], &meth);
    if (r < 0) {
      exc_attribute_error_context(o, names[oparg]);
      decref(o);
      --sp;
      goto error;
    }
    if (r == 1) {
      SET_TOP(meth);  // [meth, o]
      PUSH(o);
    } else {
      decref(o);
      SET_TOP(nullptr);  // [NULL, attr]
      PUSH(meth);
    }
    DISPATCH();
  }

  TARGET(LOAD_ASSERTION_ERROR) {
    Object* e = Exc_AssertionError;
    incref(e);
    PUSH(e);
    DISPATCH();
  }

  TARGET(LOAD_BUILD_CLASS) {
    Object* bc = dict_getitem_known_hash(f->builtins, names::__build_class__, name_hash(names::__build_class__));
    if (!bc) {
      if (!ts->curexc) err_set_string(Exc_NameError, "__build_class__ not found");
      goto error;
    }
    incref(bc);
    PUSH(bc);
    DISPATCH();
  }

  TARGET(KW_NAMES) {
    kwnames = consts[oparg];
    DISPATCH();
  }

  TARGET(CALL) {
    Object** base = sp - oparg - 2;
    Object* callable;
    Object** args;
    ssize nargs;
    if (base[0]) {
      callable = base[0];
      args = base + 1;
      nargs = ssize(oparg) + 1;
    } else {
      callable = base[1];
      args = base + 2;
      nargs = ssize(oparg);
    }
    Object* kw = kwnames;
    kwnames = nullptr;
    if (kw) nargs -= size_of(kw);
    if (!base[0] && type_of(callable) == &MethodType) {
      // A bound method called directly: unpack it in place ([NULL, m, args] ->
      // [func, self, args]) so its function gets the arguments moved in.
      auto* m = static_cast<MethodObject*>(callable);
      base[0] = newref(m->func);
      base[1] = newref(m->self);
      decref(callable);
      callable = base[0];
      args = base + 1;
      nargs += 1;
    }
    Object* res;
    if (type_of(callable) == &FunctionType) {
      // The callee owns the arguments from here on: only the callable (and
      // the NULL or self-less slot below it) stay for us to release.
      sp = args;
      res = function_call_steal(callable, args, nargs, kw);
    } else if constexpr (kTraced) {
      res = trace_c_call(ts, callable, args, nargs, kw);
    } else {
      res = call(callable, args, nargs, kw);
    }
    while (sp > base) {
      Object* x = POP();
      xdecref(x);
    }
    if (!res) goto error;
    PUSH(res);
    DISPATCH();
  }

  TARGET(CALL_FUNCTION_EX) {
    Object* kwargs = oparg & 1 ? POP() : nullptr;
    Object* args = POP();
    Object* func = POP();
    Object* null_slot = POP();
    Object* res = call_with_ex(func, args, kwargs, kTraced);
    xdecref(kwargs);
    decref(args);
    decref(func);
    xdecref(null_slot);
    if (!res) goto error;
    PUSH(res);
    DISPATCH();
  }

  TARGET(MAKE_FUNCTION) {
    Object* code = POP();
    Object* closure = oparg & 8 ? POP() : nullptr;
    Object* annotations = oparg & 4 ? POP() : nullptr;
    Object* kwdefaults = oparg & 2 ? POP() : nullptr;
    Object* defaults = oparg & 1 ? POP() : nullptr;
    FunctionObject* fn = function_new(as_code(code), f->globals);
    decref(code);
    if (fn && annotations && is_tuple(annotations)) {
      // The compiler's flat (name, value, ...) tuple becomes the __annotations__ dict.
      Object* d = dict_new();
      for (ssize i = 0; d && i + 1 < size_of(annotations); i += 2) {
        if (dict_setitem(d, tuple_get(annotations, i), tuple_get(annotations, i + 1)) < 0) clearref(d);
      }
      setref(annotations, d);
      if (!d) clearref(fn);
    }
    if (!fn) {
      xdecref(closure);
      xdecref(annotations);
      xdecref(kwdefaults);
      xdecref(defaults);
      goto error;
    }
    fn->closure = closure;
    fn->annotations = annotations;
    fn->kwdefaults = kwdefaults;
    fn->defaults = defaults;
    PUSH(fn);
    DISPATCH();
  }

  TARGET(RETURN_VALUE) {
    retval = POP();
    while (sp > stack_base) {
      Object* x = POP();
      xdecref(x);
    }
    f->nblocks = 0;
    goto exit_frame;
  }

  TARGET(UNARY_POSITIVE) {
    Object* v = TOP();
    Object* r = number_positive(v);
    decref(v);
    if (!r) { --sp; goto error; }
    SET_TOP(r);
    DISPATCH();
  }

  TARGET(UNARY_NEGATIVE) {
    Object* v = TOP();
    Object* r;
    if (type_of(v) == &IntType && int_is_small(v) && int_small_value(v) != INT64_MIN)
      r = int_from_i64(-int_small_value(v));
    else
      r = number_negative(v);
    decref(v);
    if (!r) { --sp; goto error; }
    SET_TOP(r);
    DISPATCH();
  }

  TARGET(UNARY_NOT) {
    Object* v = TOP();
    int t = v == True ? 1 : v == False || v == None ? 0 : object_is_true(v);
    decref(v);
    if (t < 0) { --sp; goto error; }
    SET_TOP(bool_ref(!t));
    DISPATCH();
  }

  TARGET(UNARY_INVERT) {
    Object* v = TOP();
    Object* r = number_invert(v);
    decref(v);
    if (!r) { --sp; goto error; }
    SET_TOP(r);
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Object* b = POP();
    Object* a = TOP();
    Object* r;
    int op = int(oparg) >= BINOP_COUNT ? int(oparg) - BINOP_COUNT : int(oparg);
    if (type_of(a) == &IntType && type_of(b) == &IntType && int_is_small(a) && int_is_small(b)) {
      int64_t x = int_small_value(a), y = int_small_value(b), z;
      switch (op) {
        case BINOP_ADD:
          if (!__builtin_add_overflow(x, y, &z)) goto int_result;
          break;
        case BINOP_SUB:
          if (!__builtin_sub_overflow(x, y, &z)) goto int_result;
          break;
        case BINOP_MUL:
          if (!__builtin_mul_overflow(x, y, &z)) goto int_result;
          break;
        case BINOP_FLOORDIV:
          if (y != 0 && !(x == INT64_MIN && y == -1)) {
            z = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) --z;
            goto int_result;
          }
          break;
        case BINOP_MOD:
          if (y != 0 && !(x == INT64_MIN && y == -1)) {
            z = x % y;
            if (z != 0 && ((z < 0) != (y < 0))) z += y;
            goto int_result;
          }
          break;
        case BINOP_AND: z = x & y; goto int_result;
        case BINOP_OR: z = x | y; goto int_result;
        case BINOP_XOR: z = x ^ y; goto int_result;
        default: break;
      }
      goto binop_slow;
    int_result:
      r = int_from_i64(z);
      goto binop_done;
    }
    if (type_of(a) == &FloatType && type_of(b) == &FloatType) {
      double x = float_value(a), y = float_value(b);
      switch (op) {
        case BINOP_ADD: r = float_from_double(x + y); goto binop_done;
        case BINOP_SUB: r = float_from_double(x - y); goto binop_done;
        case BINOP_MUL: r = float_from_double(x * y); goto binop_done;
        case BINOP_TRUEDIV:
          if (y != 0.0) {
            r = float_from_double(x / y);
            goto binop_done;
          }
          break;
        default: break;
      }
    }
  binop_slow:
    r = int(oparg) >= BINOP_COUNT ? number_inplace_binop(a, b, op) : number_binop(a, b, op);
  binop_done:
    decref_hot(a);
    decref_hot(b);
    if (!r) { --sp; goto error; }
    SET_TOP(r);
    DISPATCH();
  }

  TARGET(COMPARE_OP) {
    Object* b = POP();
    Object* a = TOP();
    int t = -1;  // the outcome, when both are exact ints (machine-sized) or floats
    if (type_of(a) == &IntType && type_of(b) == &IntType && int_is_small(a) && int_is_small(b))
      t = compare_values(int_small_value(a), int_small_value(b), oparg);
    else if (type_of(a) == &FloatType && type_of(b) == &FloatType)
      t = compare_values(float_value(a), float_value(b), oparg);
    if (t >= 0) {
      decref_hot(a);
      decref_hot(b);
      if (NEXT_IS(POP_JUMP_IF_FALSE) || NEXT_IS(POP_JUMP_IF_TRUE)) {
        // CPython 3.11's COMPARE_OP_INT_JUMP/COMPARE_OP_FLOAT_JUMP: the jump
        // is decided here and no bool is made.  The pair ticks as before:
        // the compare is fast, the jump ticks only when it goes backward.
        --sp;
        ++nfast;
        word = *ip++;
        f->next_instr = ip;
        if (((word & 0xff) == V_POP_JUMP_IF_TRUE) == (t != 0)) JUMP_DISPATCH(word >> 8);
        FAST_DISPATCH();
      }
      SET_TOP(bool_ref(t != 0));
      DISPATCH();
    }
    Object* r = object_richcompare(a, b, int(oparg));
    decref(a);
    decref(b);
    if (!r) { --sp; goto error; }
    SET_TOP(r);
    if (NEXT_IS(POP_JUMP_IF_FALSE) || NEXT_IS(POP_JUMP_IF_TRUE)) FAST_DISPATCH();
    DISPATCH();
  }

  TARGET(IS_OP) {
    Object* b = POP();
    Object* a = TOP();
    bool t = (a == b) != (oparg == 1);
    decref(a);
    decref(b);
    SET_TOP(bool_ref(t));
    if (NEXT_IS(POP_JUMP_IF_FALSE) || NEXT_IS(POP_JUMP_IF_TRUE)) FAST_DISPATCH();
    DISPATCH();
  }

  TARGET(CONTAINS_OP) {
    Object* b = POP();
    Object* a = TOP();
    int t = sequence_contains(b, a);
    decref(a);
    decref(b);
    if (t < 0) { --sp; goto error; }
    SET_TOP(bool_ref((t == 1) != (oparg == 1)));
    if (NEXT_IS(POP_JUMP_IF_FALSE) || NEXT_IS(POP_JUMP_IF_TRUE)) FAST_DISPATCH();
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Object* k = POP();
    Object* o = TOP();
    Object* r = nullptr;
    if (type_of(k) == &IntType && int_is_small(k)) {
      int64_t i = int_small_value(k);
      if (type_of(o) == &ListType) {
        ssize n = size_of(o);
        if (i < 0) i += n;
        if (i >= 0 && i < n) r = newref(list_get(o, i));
      } else if (type_of(o) == &TupleType) {
        ssize n = size_of(o);
        if (i < 0) i += n;
        if (i >= 0 && i < n) r = newref(tuple_get(o, i));
      }
    }
    if (!r) r = object_getitem(o, k);
    decref(o);
    decref(k);
    if (!r) { --sp; goto error; }
    SET_TOP(r);
    DISPATCH();
  }

  TARGET(STORE_SUBSCR) {
    Object* k = POP();
    Object* o = POP();
    Object* v = POP();
    int r;
    if (type_of(o) == &ListType && type_of(k) == &IntType && int_is_small(k) && int_small_value(k) >= 0 &&
        int_small_value(k) < size_of(o)) {
      Object*& slot = list_items(o)[int_small_value(k)];
      Object* old = slot;
      slot = newref(v);
      decref(old);
      r = 0;
    } else if (type_of(o) == &DictType) {
      r = dict_setitem(o, k, v);
    } else {
      r = object_setitem(o, k, v);
    }
    decref(k);
    decref(o);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DELETE_SUBSCR) {
    Object* k = POP();
    Object* o = POP();
    int r = object_delitem(o, k);
    decref(k);
    decref(o);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(BUILD_SLICE) {
    Object* step = oparg == 3 ? POP() : nullptr;
    Object* stop = POP();
    Object* start = TOP();
    Object* s = slice_new(start, stop, step);
    decref(start);
    decref(stop);
    xdecref(step);
    if (!s) { --sp; goto error; }
    SET_TOP(s);
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    Object* t = tuple_new(oparg);
    if (!t) goto error;
    for (uint32_t i = oparg; i > 0; --i) tuple_set_steal(t, i - 1, POP());
    PUSH(t);
    DISPATCH();
  }

  TARGET(BUILD_LIST) {
    Object* l = list_new(oparg);
    if (!l) goto error;
    for (uint32_t i = oparg; i > 0; --i) list_set_steal(l, i - 1, POP());
    PUSH(l);
    DISPATCH();
  }

  TARGET(BUILD_SET) {
    Object* s = set_new(nullptr);
    int err = s ? 0 : -1;
    for (uint32_t i = oparg; i > 0; --i) {
      Object* item = PEEK(i);
      if (err == 0 && set_add(s, item) < 0) err = -1;
    }
    for (uint32_t i = 0; i < oparg; ++i) {
      Object* x = POP();
      decref(x);
    }
    if (err < 0) {
      xdecref(s);
      goto error;
    }
    PUSH(s);
    DISPATCH();
  }

  TARGET(BUILD_MAP) {
    Object* d = dict_new();
    int err = d ? 0 : -1;
    for (uint32_t i = oparg; i > 0; --i) {
      if (err == 0 && dict_setitem(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) err = -1;
    }
    for (uint32_t i = 0; i < 2 * oparg; ++i) {
      Object* x = POP();
      decref(x);
    }
    if (err < 0) {
      xdecref(d);
      goto error;
    }
    PUSH(d);
    DISPATCH();
  }

  TARGET(BUILD_STRING) {
    Object* s = build_string(sp - oparg, oparg);
    for (uint32_t i = 0; i < oparg; ++i) {
      Object* x = POP();
      decref(x);
    }
    if (!s) goto error;
    PUSH(s);
    DISPATCH();
  }

  TARGET(LIST_APPEND) {
    Object* v = POP();
    int r = list_append(PEEK(oparg), v);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(SET_ADD) {
    Object* v = POP();
    int r = set_add(PEEK(oparg), v);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(MAP_ADD) {
    Object* v = POP();
    Object* k = POP();
    int r = dict_setitem(PEEK(oparg), k, v);
    decref(k);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(LIST_EXTEND) {
    Object* v = POP();
    int r = list_extend(PEEK(oparg), v);
    if (r < 0 && err_matches(Exc_TypeError) && !type_of(v)->tp_iter &&
        !type_lookup(type_of(v), names::__getitem__)) {
      err_clear();
      err_format(Exc_TypeError, "Value after * must be an iterable, not %s", type_name(v));
    }
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(SET_UPDATE) {
    Object* v = POP();
    // set.update's own merge: from a set or frozenset it copies table order as CPython does.
    int r = set_update_internal(PEEK(oparg), v);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DICT_UPDATE) {
    Object* v = POP();
    int r;
    if (!is_mapping_like(v)) {
      err_format(Exc_TypeError, "'%s' object is not a mapping", type_name(v));
      r = -1;
    } else {
      r = dict_merge(PEEK(oparg), v, true);
    }
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(DICT_MERGE) {
    Object* v = POP();
    int r = dict_merge_call(PEEK(oparg + 2), PEEK(oparg), v);
    decref(v);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(LIST_TO_TUPLE) {
    Object* l = TOP();
    Object* t = list_as_tuple(l);
    decref(l);
    if (!t) { --sp; goto error; }
    SET_TOP(t);
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    Object* seq = POP();
    int r = unpack_sequence(seq, int(oparg), sp);
    decref(seq);
    if (r < 0) goto error;
    sp += oparg;
    DISPATCH();
  }

  TARGET(UNPACK_EX) {
    Object* seq = POP();
    int k = unpack_ex(seq, int(oparg & 0xff), int(oparg >> 8), sp);
    decref(seq);
    if (k < 0) goto error;
    sp += k;
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    Object* spec = oparg & 4 ? POP() : nullptr;
    Object* v = TOP();
    Object* r = format_value(v, int(oparg & 3), spec);
    decref(v);
    xdecref(spec);
    if (!r) { --sp; goto error; }
    SET_TOP(r);
    DISPATCH();
  }

  TARGET(GET_ITER) {
    Object* o = TOP();
    Object* it = object_get_iter(o);
    decref(o);
    if (!it) { --sp; goto error; }
    SET_TOP(it);
    DISPATCH();
  }

  TARGET(FOR_ITER) {
    Object* it = TOP();
    unaryfunc next = type_of(it)->tp_iternext;
    Object* v = next ? next(it) : iter_next(it);
    if (v) {
      PUSH(v);
      if (NEXT_IS(STORE_FAST)) FAST_DISPATCH();
      DISPATCH();
    }
    if (ts->curexc) {
      if (!err_matches(Exc_StopIteration)) goto error;
      if constexpr (kTraced) trace_exception(ts, f);  // as CPython, the iterator's StopIteration is reported
      err_clear();
    }
    --sp;
    decref(it);
    JUMPTO(oparg);
    DISPATCH();
  }

  TARGET(JUMP) { JUMP_DISPATCH(oparg); }

  TARGET(POP_JUMP_IF_FALSE) {
    Object* v = POP();
    if (v == True) FAST_DISPATCH();
    if (v == False || v == None) {
      JUMP_DISPATCH(oparg);
    }
    int t = object_is_true(v);
    decref(v);
    if (t < 0) goto error;
    if (!t) JUMPTO(oparg);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_TRUE) {
    Object* v = POP();
    if (v == False || v == None) FAST_DISPATCH();
    if (v == True) {
      JUMP_DISPATCH(oparg);
    }
    int t = object_is_true(v);
    decref(v);
    if (t < 0) goto error;
    if (t) JUMPTO(oparg);
    DISPATCH();
  }

  TARGET(JUMP_IF_FALSE_OR_POP) {
    Object* v = TOP();
    int t = v == True ? 1 : (v == False || v == None) ? 0 : object_is_true(v);
    if (t < 0) goto error;
    if (!t) {
      JUMPTO(oparg);
    } else {
      --sp;
      decref(v);
    }
    DISPATCH();
  }

  TARGET(JUMP_IF_TRUE_OR_POP) {
    Object* v = TOP();
    int t = v == True ? 1 : (v == False || v == None) ? 0 : object_is_true(v);
    if (t < 0) goto error;
    if (t) {
      JUMPTO(oparg);
    } else {
      --sp;
      decref(v);
    }
    DISPATCH();
  }

  TARGET(GEN_START) {
    Object* v = POP();
    xdecref(v);
    DISPATCH();
  }

  TARGET(YIELD_VALUE) {
    retval = POP();
    f->next_instr = ip;
    goto suspend_frame;
  }

  TARGET(GET_YIELD_FROM_ITER) {
    Object* o = TOP();
    if (!is_generator(o)) {
      Object* it = eval_yield_from_iter(o, co->flags);
      decref(o);
      if (!it) { --sp; goto error; }
      SET_TOP(it);
    }
    DISPATCH();
  }

  TARGET(YIELD_FROM) {
    Object* v = POP();
    Object* it = TOP();
    Object* res = nullptr;
    int st = yield_from_send(it, v, &res);
    decref(v);
    if (st < 0) goto error;
    if (st == 1) {
      decref(it);
      SET_TOP(res);
      DISPATCH();
    }
    retval = res;
    f->next_instr = ip - 1;  // run YIELD_FROM again on resume
    goto suspend_frame;
  }

  TARGET(SETUP_FINALLY) {
    if (f->nblocks >= MAX_BLOCKS) {
      err_set_string(Exc_SystemError, "too many statically nested blocks");
      goto error;
    }
    f->blocks[f->nblocks++] = Block{int(oparg), int(sp - stack_base)};
    DISPATCH();
  }

  TARGET(SETUP_CLEANUP) {
    if (f->nblocks >= MAX_BLOCKS) {
      err_set_string(Exc_SystemError, "too many statically nested blocks");
      goto error;
    }
    f->blocks[f->nblocks++] = Block{int(oparg), int(sp - stack_base) - 1};
    DISPATCH();
  }

  TARGET(POP_BLOCK) {
    if (f->nblocks > 0) f->nblocks--;
    DISPATCH();
  }

  TARGET(PUSH_EXC_INFO) {
    Object* exc = TOP();
    ExcStackItem* ei = ts->exc_info;
    Object* prev = ei->exc_value ? ei->exc_value : none_ref();
    ei->exc_value = newref(exc);
    SET_TOP(prev);
    PUSH(exc);
    DISPATCH();
  }

  TARGET(POP_EXCEPT) {
    Object* prev = POP();
    ExcStackItem* ei = ts->exc_info;
    Object* old = ei->exc_value;
    if (prev == None) {
      decref(prev);
      prev = nullptr;
    }
    ei->exc_value = prev;
    xdecref(old);
    DISPATCH();
  }

  TARGET(CHECK_EXC_MATCH) {
    Object* t = TOP();
    Object* exc = SECOND();
    if (!is_exc_class_or_tuple(t)) {
      err_set_string(Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
      goto error;
    }
    bool m = exc_matches(exc, t);
    decref(t);
    SET_TOP(bool_ref(m));
    DISPATCH();
  }

  TARGET(RERAISE) {
    Object* exc = POP();
    if (!exc || exc == None) {
      xdecref(exc);
      err_set_string(Exc_RuntimeError, "No active exception to reraise");
      goto error;
    }
    if (oparg) {
      ip = reraise_position(f, exc);
      f->next_instr = ip;
    }
    err_restore(exc);
    goto exception_unwind;
  }

  TARGET(RAISE_VARARGS) {
    Object* cause = nullptr;
    Object* exc = nullptr;
    switch (oparg) {
      case 2: cause = POP(); [[fallthrough]];
      case 1: exc = POP(); break;
      default: break;
    }
    if (oparg == 0) {
      Object* cur = nullptr;
      for (ExcStackItem* e = ts->exc_info; e; e = e->previous) {
        if (e->exc_value && e->exc_value != None) {
          cur = e->exc_value;
          break;
        }
      }
      if (!cur) {
        err_set_string(Exc_RuntimeError, "No active exception to reraise");
        goto error;
      }
      err_restore(newref(cur));
      goto exception_unwind;
    }
    do_raise(exc, cause);
    xdecref(exc);
    xdecref(cause);
    goto error;
  }

  TARGET(BEFORE_WITH) {
    Object* mgr = TOP();
    Object* exit = nullptr;
    Object* res = nullptr;
    if (before_with(mgr, &exit, &res) < 0) goto error;
    decref(mgr);
    SET_TOP(exit);
    PUSH(res);
    DISPATCH();
  }

  TARGET(WITH_EXIT) {
    Object* exit = POP();
    Object* r = call3(exit, None, None, None);
    decref(exit);
    if (!r) goto error;
    decref(r);
    DISPATCH();
  }

  TARGET(WITH_EXCEPT_START) {
    Object* exc = TOP();
    Object* exit = PEEK(3);
    Object* tb = exc_get_traceback(exc);
    Object* r = call3(exit, reinterpret_cast<Object*>(type_of(exc)), exc, tb ? tb : None);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    Object* fromlist = POP();
    Object* level = TOP();
    Object* m = import_name_for_frame(f, names[oparg], fromlist, level);
    decref(fromlist);
    decref(level);
    if (!m) { --sp; goto error; }
    SET_TOP(m);
    DISPATCH();
  }

  TARGET(IMPORT_FROM) {
    Object* v = import_from(TOP(), names[oparg]);
    if (!v) goto error;
    PUSH(v);
    DISPATCH();
  }

  TARGET(IMPORT_STAR) {
    Object* m = POP();
    int r = import_star(f, m);
    decref(m);
    if (r < 0) goto error;
    DISPATCH();
  }

  TARGET(PRINT_EXPR) {
    Object* v = POP();
    Object* hook = sys_get_object("displayhook");
    Object* r = nullptr;
    if (!hook)
      err_set_string(Exc_RuntimeError, "lost sys.displayhook");
    else
      r = call1(hook, v);
    decref(v);
    if (!r) goto error;
    decref(r);
    DISPATCH();
  }

  TARGET(SETUP_ANNOTATIONS) {
    Object* locals = f->locals;
    if (!locals) {
      err_set_string(Exc_SystemError, "no locals found when setting up annotations");
      goto error;
    }
    if (is_dict_exact(locals)) {
      Object* a = dict_getitem(locals, names::__annotations__);
      if (!a) {
        if (ts->curexc) goto error;
        Object* d = dict_new();
        if (!d) goto error;
        int r = dict_setitem(locals, names::__annotations__, d);
        decref(d);
        if (r < 0) goto error;
      }
    } else {
      Object* a = object_getitem(locals, names::__annotations__);
      if (a) {
        decref(a);
      } else {
        if (!err_matches(Exc_KeyError)) goto error;
        err_clear();
        Object* d = dict_new();
        if (!d) goto error;
        int r = object_setitem(locals, names::__annotations__, d);
        decref(d);
        if (r < 0) goto error;
      }
    }
    DISPATCH();
  }

  // ---- match statements and except* (helpers in interp/eval_match.cpp) ----
  TARGET(MATCH_MAPPING) {
    bool m = has_flag(type_of(TOP()), TPFLAG_MAPPING);
    PUSH(bool_ref(m));
    DISPATCH();
  }

  TARGET(MATCH_SEQUENCE) {
    bool m = has_flag(type_of(TOP()), TPFLAG_SEQUENCE);
    PUSH(bool_ref(m));
    DISPATCH();
  }

  TARGET(MATCH_KEYS) {
    Object* values = match_keys(SECOND(), TOP());
    if (!values) goto error;
    PUSH(values);
    DISPATCH();
  }

  TARGET(MATCH_CLASS) {
    Object* kw = POP();
    Object* cls = POP();
    Object* attrs = match_class(TOP(), cls, oparg, kw);
    decref(kw);
    decref(cls);
    if (!attrs) goto error;
    decref(TOP());
    SET_TOP(attrs);
    DISPATCH();
  }

  TARGET(GET_LEN) {
    ssize n = object_length(TOP());
    Object* len = n < 0 ? nullptr : int_from_i64(n);
    if (!len) goto error;
    PUSH(len);
    DISPATCH();
  }

  TARGET(COPY_DICT_WITHOUT_KEYS) {
    Object* keys = POP();
    Object* rest = copy_dict_without_keys(TOP(), keys);
    decref(keys);
    if (!rest) goto error;
    decref(TOP());
    SET_TOP(rest);
    DISPATCH();
  }

  TARGET(CHECK_EG_MATCH) {
    Object* type = POP();
    Object *rest, *match;
    int r = check_eg_match(TOP(), type, &rest, &match);
    decref(type);
    if (r < 0) goto error;
    decref(TOP());
    SET_TOP(rest);
    PUSH(match);
    DISPATCH();
  }

  TARGET(PREP_RERAISE_STAR) {
    Object* excs = POP();
    Object* exc = prep_reraise_star(TOP(), excs);
    decref(excs);
    if (!exc) goto error;
    decref(TOP());
    SET_TOP(exc);
    DISPATCH();
  }

  // ---- async/await (helpers in interp/eval_async.cpp) ----
  TARGET(GET_AWAITABLE) {
    Object* o = TOP();
    Object* it = eval_get_awaitable(o, oparg);
    if (!it) goto error;
    decref(o);
    SET_TOP(it);
    DISPATCH();
  }

  TARGET(GET_AITER) {
    Object* o = TOP();
    Object* it = eval_get_aiter(o);
    if (!it) goto error;
    decref(o);
    SET_TOP(it);
    DISPATCH();
  }

  TARGET(GET_ANEXT) {
    Object* aw = eval_get_anext(TOP());
    if (!aw) goto error;
    PUSH(aw);
    DISPATCH();
  }

  TARGET(END_ASYNC_FOR) {
    Object* exc = POP();
    if (!is_instance_of(exc, Exc_StopAsyncIteration)) {
      err_restore(exc);
      goto exception_unwind;
    }
    decref(exc);
    Object* aiter = POP();
    decref(aiter);
    DISPATCH();
  }

  TARGET(BEFORE_ASYNC_WITH) {
    Object* mgr = TOP();
    Object* exit = nullptr;
    Object* res = nullptr;
    if (before_with(mgr, &exit, &res, true) < 0) goto error;
    decref(mgr);
    SET_TOP(exit);
    PUSH(res);
    DISPATCH();
  }

  TARGET(ASYNC_GEN_WRAP) {
    Object* w = async_gen_wrap_value(TOP());
    if (!w) { --sp; goto error; }
    SET_TOP(w);
    DISPATCH();
  }

error:
  kwnames = nullptr;
  if (!ts->curexc) err_set_string(Exc_SystemError, "error return without exception set");
  traceback_add_here(f);
  if constexpr (kTraced) trace_exception(ts, f);
exception_unwind:
  while (f->nblocks > 0) {
    Block b = f->blocks[--f->nblocks];
    Object** level = stack_base + b.level;
    while (sp > level) {
      Object* x = POP();
      xdecref(x);
    }
    Object* exc = err_fetch();
    note_handler_position(f, exc);
    PUSH(exc);
    JUMPTO(b.handler);
    NEXT();
  }
  while (sp > stack_base) {
    Object* x = POP();
    xdecref(x);
  }
  retval = nullptr;

exit_frame:
  if constexpr (kTraced) retval = trace_frame_exit(ts, f, retval);  // 'return' (None when raising)
exit_quiet:
  ts->bytecodes += nfast;
  f->stacktop = 0;
  f->state = FRAME_COMPLETED;
  if constexpr (kTraced) {
    if (ts->use_tracing && f->back && !f->back->traced) trace_request_switch(ts);
  }
  ts->frame = f->back;
  f->back = nullptr;
  --ts->recursion_depth;
  return retval;

suspend_frame:
  if constexpr (kTraced) {
    retval = trace_frame_exit(ts, f, retval);  // 'return' with the yielded value
    if (!retval) goto exit_unwound;            // a hook raised: the frame ends with its exception
    if (ts->use_tracing && f->back && !f->back->traced) trace_request_switch(ts);
  }
  ts->bytecodes += nfast;
  f->stacktop = int(sp - stack_base);
  f->state = FRAME_SUSPENDED;
  ts->frame = f->back;
  f->back = nullptr;
  --ts->recursion_depth;
  return retval;

exit_unwound:
  // A trace or profile hook raised at a yield: the frame ends with that
  // exception, without running its handlers or further events.
  f->nblocks = 0;
  while (sp > stack_base) {
    Object* x = POP();
    xdecref(x);
  }
  retval = nullptr;
  goto exit_quiet;

switch_to_traced: __attribute__((unused));
  if constexpr (!kTraced) {
    if (kwnames) {  // between KW_NAMES and its CALL: look again after the call
      trace_request_switch(ts);
      NEXT();
    }
    ts->bytecodes += nfast;
    int prev = f->lasti();
    f->next_instr = ip;
    f->stacktop = int(sp - stack_base);
    return eval_loop<true>(f, false, prev);
  }
  goto exit_unwound;  // not reached: only the untraced loop hands over

#undef TARGET
#undef NEXT
#undef DISPATCH
#undef FAST_DISPATCH
#undef NEXT_IS
#undef JUMP_DISPATCH
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef PEEK
#undef SET_TOP
#undef JUMPTO
}

}  // namespace

Object* eval_frame(Frame* f, bool throwflag) { return eval_loop<false>(f, throwflag, kNewActivation); }

}  // namespace interp

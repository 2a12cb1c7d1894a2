// sys.settrace / sys.setprofile: the events of CPython 3.11, per thread.
//
// The eval loop is compiled twice (interp/eval.cpp): the untraced
// instantiation has no tracing code; the traced one calls the functions here
// around each frame, each instruction, each exception and each call of a
// built-in.  A thread runs new frames in the traced loop while its
// use_tracing is set (a trace or profile function, and no hook running).
// docs/tracing.md has the whole design; the protocol, as CPython's:
//
//   * 'call' goes to the global trace function (sys.settrace); what it returns
//     becomes the frame's local trace function f_trace (None: leave it).
//   * 'line', 'opcode', 'exception' and 'return' go to f_trace; a non-None
//     result replaces it.  'line' fires when an instruction starts a new line
//     or a jump goes backward; 'opcode' before every instruction while
//     f_trace_opcodes is set.
//   * The profile function gets 'call' and 'return' for Python frames
//     (generators on every resume and yield) and 'c_call', 'c_return',
//     'c_exception' around calls of built-in functions and methods.
//   * A hook runs with events paused (its own calls are not traced).  A hook
//     that raises is unset (the trace function also drops the frame's
//     f_trace) and its exception propagates from the frame it was called for
//     (the eval loop adds the frame's traceback entry where CPython does:
//     not for a failed 'return').
//   * Before a hook runs, a frame's f_locals dict (if a hook ever asked for
//     it) is refreshed from the fast locals; afterwards it is written back.
#include "tracing.h"

#include "runtime/types/descr.h"
#include "code_flow.h"

namespace interp {

using namespace rt;

namespace {

enum class Event { None, Call, Exception, Line, Return, CCall, CException, CReturn, Opcode };

Object* event_name(Event e) {
  switch (e) {
    case Event::Call: return names::call;
    case Event::Exception: return names::exception;
    case Event::Line: return names::line;
    case Event::Return: return names::return_;
    case Event::CCall: return names::c_call;
    case Event::CException: return names::c_exception;
    case Event::CReturn: return names::c_return;
    case Event::Opcode: return names::opcode;
    case Event::None: break;
  }
  return None;
}

// The last event delivered on this thread (as CPython's tstate->tracing_what,
// it stays after the hook returns): f_lineno jumps are allowed only in 'line'.
thread_local Event t_event = Event::None;

void update(ThreadState* ts) { ts->use_tracing = (ts->trace_func || ts->profile_func) && ts->tracing == 0; }

// hook(frame, event, arg) with events paused: a new reference or null.
Object* call_hook(ThreadState* ts, Frame* f, Object* hook, Event ev, Object* arg) {
  if (f->extras && f->extras->locals_snapshot && !f->locals) {
    Object* d = frame_get_locals(f);  // the dict a hook may hold must show the current values
    if (!d) return nullptr;
    decref(d);
  }
  ts->tracing++;
  update(ts);
  t_event = ev;
  Object* args[3] = {f, event_name(ev), arg ? arg : None};
  incref(hook);  // the hook may unset itself
  Object* r = call(hook, args, 3, nullptr);
  decref(hook);
  if (f->extras && f->extras->locals_snapshot && !f->locals) {
    Object* pending = err_fetch();
    if (frame_locals_to_fast(f) < 0) err_clear();
    err_restore(pending);
  }
  ts->tracing--;
  update(ts);
  return r;
}

// The trace function protocol for one event: 0, or -1 with the hook's exception.
int call_trace(ThreadState* ts, Frame* f, Event ev, Object* arg) {
  Object* hook = ev == Event::Call ? ts->trace_func : frame_trace(f);
  if (!hook) return 0;
  Object* r = call_hook(ts, f, hook, ev, arg);
  if (!r) {
    trace_set(ts, nullptr);
    if (f->extras) clearref(f->extras->trace);
    return -1;
  }
  if (r == None) {
    decref(r);
    return 0;
  }
  FrameExtras* x = frame_extras(f);
  if (!x) {
    decref(r);
    return -1;
  }
  setref(x->trace, r);
  return 0;
}

int call_profile(ThreadState* ts, Frame* f, Event ev, Object* arg) {
  Object* hook = ts->profile_func;
  if (!hook) return 0;
  Object* r = call_hook(ts, f, hook, ev, arg);
  if (!r) {
    profile_set(ts, nullptr);
    return -1;
  }
  decref(r);
  return 0;
}

// Run fn with the pending exception set aside: it stays pending if fn
// succeeds and is replaced by fn's exception if it fails.
template <class F>
int protected_call(F fn) {
  Object* pending = err_fetch();
  int r = fn();
  if (r == 0) {
    err_restore(pending);
  } else {
    xdecref(pending);
  }
  return r;
}

// The built-in a profiler sees for a call: the function itself, or a method
// descriptor bound to its first argument (*args/*nargs move past it).  Null
// (no error) when the callable gets no c_call events.
Object* profiled_builtin(Object* callable, Object* const** args, ssize* nargs) {
  TypeObject* t = type_of(callable);
  if (t == &BuiltinFunctionType) return newref(callable);
  if (t == &MethodDescrType && *nargs > 0) {
    Object* self = (*args)[0];
    Object* bound = t->tp_descr_get(callable, self, type_of(self));
    if (!bound) return nullptr;
    ++*args;
    --*nargs;
    return bound;
  }
  return nullptr;
}

// c_call, the call, then c_return or c_exception.  fn is stolen.
template <class Call>
Object* profile_c_call(ThreadState* ts, Object* fn, Call do_call) {
  Frame* f = ts->frame;
  if (call_profile(ts, f, Event::CCall, fn) < 0) {
    decref(fn);
    return nullptr;
  }
  Object* r = do_call(fn);
  if (ts->profile_func) {  // the callee may have been sys.setprofile(None)
    if (!r) {
      protected_call([&] { return call_profile(ts, f, Event::CException, fn); });
    } else if (call_profile(ts, f, Event::CReturn, fn) < 0) {
      clearref(r);
    }
  }
  decref(fn);
  return r;
}

}  // namespace

// ---- setting the hooks ---------------------------------------------------------

namespace {

void set_hook(ThreadState* ts, Object*& slot, Object* func) {
  if (func == None) func = nullptr;
  Object* old = slot;
  slot = xnewref(func);
  update(ts);
  if (func) trace_request_switch(ts);  // running untraced frames move to the traced loop
  xdecref(old);
}

}  // namespace

void trace_set(ThreadState* ts, Object* func) { set_hook(ts, ts->trace_func, func); }
void profile_set(ThreadState* ts, Object* func) { set_hook(ts, ts->profile_func, func); }

void trace_request_switch(ThreadState* ts) {
  if (ts->trace_switch_pending) return;
  ts->trace_switch_pending = true;
  ts->trace_saved_ticker = ts->ticker;
  ts->ticker = 0;  // the next ticking instruction takes the eval breaker's slow path
}

bool trace_take_switch(ThreadState* ts) {
  ts->trace_switch_pending = false;
  // The ticker went from 0 to 0 - k over the k ticks since the request.
  ts->ticker += ts->trace_saved_ticker;
  return ts->use_tracing;
}

void trace_frame_wants_events(Frame* f) {
  if (f->state == FRAME_EXECUTING && !f->traced) trace_request_switch(tstate());
}

// ---- events ----------------------------------------------------------------------

int trace_frame_enter(ThreadState* ts, Frame* f) {
  if (ts->tracing) return 0;
  return protected_call([&] {
    if (ts->trace_func && call_trace(ts, f, Event::Call, None) < 0) return -1;
    if (ts->profile_func && call_profile(ts, f, Event::Call, None) < 0) return -1;
    return 0;
  });
}

int trace_instruction(ThreadState* ts, Frame* f, int* instr_prev) {
  CodeObject* co = f->code;
  int i = f->lasti();
  int prev = *instr_prev;
  int line = co->lines[i];
  int r = 0;
  if (frame_trace(f) && ts->trace_func && !ts->tracing) {
    if (line >= 0 && f->extras->trace_lines && (prev < 0 || line != co->lines[prev] || i < prev))
      r = call_trace(ts, f, Event::Line, None);
    if (r == 0 && frame_trace(f) && f->extras->trace_opcodes && ts->trace_func)
      r = call_trace(ts, f, Event::Opcode, None);
  }
  // A jump made by the hook (f_lineno) moved next_instr: the new instruction counts as current.
  i = f->lasti();
  *instr_prev = i;
  if (co->lines[i] >= 0) f->trace_line = co->lines[i];
  return r;
}

void trace_exception(ThreadState* ts, Frame* f) {
  if (!ts->trace_func || !frame_trace(f) || ts->tracing) return;
  Object* exc = err_fetch();
  if (!exc) return;
  Object* tb = exc_get_traceback(exc);
  Object* arg = tuple_pack(3, static_cast<Object*>(type_of(exc)), exc, tb ? tb : None);
  if (!arg) {
    err_clear();
    err_restore(exc);
    return;
  }
  int r = call_trace(ts, f, Event::Exception, arg);
  decref(arg);
  if (r == 0) {
    err_restore(exc);
  } else {
    decref(exc);
  }
}

Object* trace_frame_exit(ThreadState* ts, Frame* f, Object* retval) {
  if (ts->tracing || (!ts->trace_func && !ts->profile_func)) return retval;
  Object* arg = retval ? retval : None;
  int r = protected_call([&] {
    if (ts->trace_func && frame_trace(f) && call_trace(ts, f, Event::Return, arg) < 0) return -1;
    if (ts->profile_func && call_profile(ts, f, Event::Return, arg) < 0) return -1;
    return 0;
  });
  if (r < 0) clearref(retval);
  return retval;
}

Object* trace_c_call(ThreadState* ts, Object* callable, Object* const* args, ssize nargs, Object* kwnames) {
  if (!ts->profile_func || ts->tracing) return call(callable, args, nargs, kwnames);
  Object* fn = profiled_builtin(callable, &args, &nargs);
  if (!fn) return err_occurred() ? nullptr : call(callable, args, nargs, kwnames);
  return profile_c_call(ts, fn, [&](Object* g) { return call(g, args, nargs, kwnames); });
}

Object* trace_c_call_tuple(ThreadState* ts, Object* callable, Object* args, Object* kwargs) {
  if (!ts->profile_func || ts->tracing) return call_tuple_dict(callable, args, kwargs);
  Object* const* items = tuple_items(args);
  ssize n = size_of(args);
  Object* fn = profiled_builtin(callable, &items, &n);
  if (!fn) return err_occurred() ? nullptr : call_tuple_dict(callable, args, kwargs);
  if (n == size_of(args)) return profile_c_call(ts, fn, [&](Object* g) { return call_tuple_dict(g, args, kwargs); });
  return profile_c_call(ts, fn, [&](Object* g) {
    Object* rest = tuple_new(n);
    if (!rest) return static_cast<Object*>(nullptr);
    for (ssize i = 0; i < n; i++) tuple_set_steal(rest, i, newref(items[i]));
    Object* r = call_tuple_dict(g, rest, kwargs);
    decref(rest);
    return r;
  });
}

// ---- f_lineno = n ----------------------------------------------------------------

int frame_set_lineno(Object* o, Object* value, void*) {
  Frame* f = static_cast<Frame*>(o);
  if (!value) {
    err_set_string(Exc_AttributeError, "cannot delete attribute");
    return -1;
  }
  if (type_of(value) != &IntType) {
    err_set_string(Exc_ValueError, "lineno must be an integer");
    return -1;
  }
  switch (t_event) {
    case Event::None:  // CPython's tracing_what starts at 0, its 'call'
    case Event::Call:
      err_set_string(Exc_ValueError, "can't jump from the 'call' trace event of a new frame");
      return -1;
    case Event::Line:
      break;
    default:
      err_set_string(Exc_ValueError, "can only jump from a 'line' trace event");
      return -1;
  }
  if (!frame_trace(f)) {
    err_set_string(Exc_ValueError, "f_lineno can only be set by a trace function");
    return -1;
  }
  return frame_jump_to_line(f, value);
}

}  // namespace interp

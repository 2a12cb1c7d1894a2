// sys.settrace / sys.setprofile: the events the traced eval loop reports
// (interp/tracing.cpp; how the loop is built twice: docs/tracing.md).
//
// Every function returning int gives 0, or -1 with an exception set; those
// returning Object* follow the usual new-reference / null-on-error rule.
#pragma once
#include "frame.h"

namespace interp {

using rt::ThreadState;

// Set this thread's trace or profile function (null or None: off).
void trace_set(ThreadState* ts, Object* func);
void profile_set(ThreadState* ts, Object* func);
// Ask this thread's untraced eval loops to move to the traced one at their
// next eval-breaker check (its ticker is forced to expire; handle_eval_breaker
// puts the real count back).
void trace_request_switch(ThreadState* ts);
// f_trace was set on f: a running untraced frame must switch.
void trace_frame_wants_events(Frame* f);
// Consume a switch request (called by handle_eval_breaker): true when the
// loop should continue in the traced instantiation.
bool trace_take_switch(ThreadState* ts);

// ---- events, from the traced instantiation of the eval loop ----
// 'call' to the trace function (its result becomes f_trace) and the profiler.
int trace_frame_enter(ThreadState* ts, Frame* f);
// Before each instruction of a frame with a local trace function: 'line'
// when a new line starts (or a jump goes backward), 'opcode' with
// f_trace_opcodes.  *instr_prev is the instruction executed before (-1 at
// the start of a new frame); on return it is the current one.
int trace_instruction(ThreadState* ts, Frame* f, int* instr_prev);
// 'exception' for the pending exception (raised in or passing through f).
// If the trace function raises, its exception replaces the pending one.
void trace_exception(ThreadState* ts, Frame* f);
// 'return' (a return, a yield, or with None an exception leaving f) to the
// local trace function and the profiler.  retval is stolen; returns it, or
// null when a hook raised (its exception then replaces any pending one).
Object* trace_frame_exit(ThreadState* ts, Frame* f, Object* retval);
// A call from a traced frame of a callable that is not a Python function:
// built-in functions and methods get 'c_call', then 'c_return' or
// 'c_exception' while a profiler is set.
Object* trace_c_call(ThreadState* ts, Object* callable, Object* const* args, rt::ssize nargs, Object* kwnames);
Object* trace_c_call_tuple(ThreadState* ts, Object* callable, Object* args, Object* kwargs);

// frame.f_lineno = n: a jump, allowed from a 'line' event of the frame's own
// trace function (interp/tracing.cpp).
int frame_set_lineno(Object* frame, Object* value, void*);
// Write f.f_locals (the snapshot dict) back into the fast locals and cells (frame.cpp).
int frame_locals_to_fast(Frame* f);

}  // namespace interp

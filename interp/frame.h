// Frames: one activation of a code object.
//
// A Frame is an Object of FrameType (tracebacks and generators hold them) with
// the code.h slot layout inline: localsplus[0 .. nlocalsplus) are the fast
// locals and cells, followed by the value stack.  Frames come from a
// per-thread cache bucketed by capacity, so a call does not malloc in steady
// state.  While a frame executes it is not tracked by the collector; when it
// finishes while something still holds it (a traceback, a generator) it is
// tracked from then on.
//
// `back` is a borrowed link to the calling frame and is valid only while the
// frame is on the thread's frame stack (it is reset to null when the frame
// leaves it), except that a frame outliving its call owns it from then on.
#pragma once
#include "runtime/threads/state.h"
#include "code.h"

namespace interp {

struct FunctionObject;
struct GenObject;

constexpr int MAX_BLOCKS = 20;

// One exception-handling block: where to jump and how deep the stack was.
struct Block {
  int handler;
  int level;
};

// f_trace, f_trace_lines, f_trace_opcodes and the f_locals dict of a frame
// (interp/frame.cpp).
struct FrameExtras {
  Object* trace = nullptr;            // owned: f_trace, the local trace function
  Object* locals_snapshot = nullptr;  // owned: f_locals of an optimized frame (one dict, refreshed on each read)
  bool trace_lines = true;            // f_trace_lines
  bool trace_opcodes = false;         // f_trace_opcodes
};

enum FrameState : int8_t {
  FRAME_CREATED = 0,    // never run
  FRAME_EXECUTING = 1,  // on a thread's frame stack
  FRAME_SUSPENDED = 2,  // generator paused at a yield
  FRAME_COMPLETED = 3,  // returned or raised
};

struct Frame : Object {
  Frame* back;              // borrowed, valid while executing (owned when back_owned)
  CodeObject* code;         // owned
  FunctionObject* func;     // owned, null for module/eval code
  Object* globals;          // owned dict
  Object* builtins;         // owned dict
  Object* locals;           // owned mapping or null (optimized code)
  GenObject* gen;           // borrowed: the generator owning this frame, or null
  const uint32_t* next_instr;  // the instruction to execute next (when not running: where to resume)
  int stacktop;             // value-stack depth while not executing
  int capacity;             // slots allocated in localsplus
  int nblocks;
  FrameState state;
  bool from_cache;
  // Tracing (interp/tracing.cpp; docs/tracing.md).  Both are set by the eval
  // loop at each activation, so frame_new leaves them alone.
  bool traced;              // the traced eval loop runs (or ran) the latest activation
  bool back_owned;          // a finished frame that outlived its call owns `back` (f_back, as CPython 3.11)
  int trace_line;           // traced: the last line executed (f_lineno at artificial instructions)
  // What introspection adds to a frame, made on first use (null in nearly
  // every frame: nothing to set up or tear down on calls); frame_dealloc frees it.
  FrameExtras* extras;
  Block blocks[MAX_BLOCKS];
  Object* localsplus[1];    // [capacity]

  Object** stack_base() { return localsplus + code->nlocalsplus(); }
  // Index of the instruction being executed (or last executed).
  int lasti() const { return int(next_instr - code->instrs) - 1; }
  // The current line: before the first instruction the code's first line; at
  // an artificial instruction the line executed last (or the one before it).
  int lineno() const {
    int i = lasti();
    if (i < 0) return code->firstlineno;
    if (i >= code->ninstrs) i = code->ninstrs - 1;
    if (i >= 0 && code->lines[i] >= 0) return code->lines[i];
    if (traced && trace_line >= 0) return trace_line;
    return code_line_at(code, i);
  }
};

// Make a frame for code (slots empty).  globals/builtins/locals borrowed
// (locals may be null); func borrowed, may be null.
Frame* frame_new(CodeObject* code, FunctionObject* func, Object* globals, Object* builtins, Object* locals);
// Fill the cell and free-variable slots: cells for cellvars (moving arguments
// listed in cell2arg into their cell) and the closure's cells for freevars.
int frame_init_cells(Frame* f, Object* closure);
// A frame still referenced after its call returned (by a traceback,
// sys._getframe() ...): it keeps its caller as f_back and is tracked by the
// collector from then on.
void frame_outlives_call(Frame* f);
inline void frame_after_call(Frame* f) {
  if (__builtin_expect(f->ob_refcnt > 1, 0)) frame_outlives_call(f);
}
// f.f_locals: the locals dict, or for optimized frames their one snapshot dict, refreshed.
Object* frame_get_locals(Frame* f);
// f's extras, made on first use (null only when out of memory, with MemoryError set).
FrameExtras* frame_extras(Frame* f);
// f_trace (borrowed), or null.
inline Object* frame_trace(const Frame* f) { return f->extras ? f->extras->trace : nullptr; }
// The builtins dict to use for a globals dict (its "__builtins__" or the interpreter's).
Object* builtins_for_globals(Object* globals);  // borrowed

// Run a frame until it returns, raises or yields.  throwflag: an exception is
// pending and must be raised at the frame's current instruction.  For a
// generator frame the sent value (if any) has already been pushed.
Object* eval_frame(Frame* f, bool throwflag);

// Frame free-list maintenance (interp/frame.cpp).
void frame_cache_clear();

// Traceback objects (interp/traceback.cpp).
Object* traceback_new(Object* next, Frame* frame, int lasti, int lineno);  // next borrowed, may be null
// Prepend an entry for frame at its current instruction to the pending exception's traceback.
void traceback_add_here(Frame* f);

// Generators (interp/generator.cpp).
Object* gen_new(Frame* f_steal, FunctionObject* func);
// Send a value into a generator: 0 = it yielded (*result set), 1 = it returned (*result = return
// value), -1 = error.  Used by YIELD_FROM without raising StopIteration.
int gen_send_ex(Object* gen, Object* value, Object** result);
inline bool is_generator(Object* o) { return rt::type_of(o) == &rt::GeneratorType; }

// Private start-up hooks of the VM's files (called by init_interp_types).
void init_frame_type();
void init_function_types();
void init_function_members();  // after names_init: function's read-only members
void init_generator_type();
void init_traceback_type();
void traceback_fini();
void import_fini();

}  // namespace interp

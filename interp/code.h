// Code objects: what the compiler produces and the eval loop runs.
//
// Instructions are 32-bit words: the low 8 bits are the opcode (interp/opcodes.def),
// the high 24 bits the argument.  Jump arguments are absolute instruction
// indexes.  lines[i] is the source line of instruction i.
//
// Frame slots ("localsplus") are laid out as:
//   [0, nlocals)                      local variables, parameters first (varnames)
//   [nlocals, nlocals + ncells)       cells for variables captured by inner functions (cellvars)
//   [.., + nfrees)                    cells inherited from the enclosing function (freevars)
//   [.., + stacksize)                 the value stack
// LOAD_DEREF i / STORE_DEREF i / LOAD_CLOSURE i address cell i of the
// cells+frees region (slot nlocals + i).  A parameter that is also a cellvar
// appears in both: cell2arg[c] is its parameter index (or -1), and the frame
// moves the argument into the new cell on entry.
#pragma once
#include <cstdint>

#include "../runtime/api.h"

namespace interp {

using rt::Object;
using rt::ssize;

enum CodeFlags : uint32_t {
  CO_OPTIMIZED = 0x1,    // locals in slots (functions); module/class code uses a locals dict
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,      // has *args (its slot follows the keyword-only parameters)
  CO_VARKEYWORDS = 0x8,  // has **kwargs (its slot follows *args)
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,   // calling the function makes a generator
  CO_NOFREE = 0x40,
  CO_COROUTINE = 0x80,            // async def: calling the function makes a coroutine
  CO_ITERABLE_COROUTINE = 0x100,  // generator usable with await (types.coroutine)
  CO_ASYNC_GENERATOR = 0x200,     // async def with yield: calling makes an async generator
  CO_CLASSBODY = 0x1000, // body of a class statement (LOAD_NAME falls back to globals; returns __class__ cell)
  CO_MODULE = 0x2000,    // module-level code
  CO_FUTURE_ANNOTATIONS = 0x1000000,  // from __future__ import annotations (PEP 563): annotations kept as strings
  // ---- added by typing: the other future flags compile(flags=...) accepts (CPython's values) ----
  CO_FUTURE_DIVISION = 0x20000,
  CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
  CO_FUTURE_WITH_STATEMENT = 0x80000,
  CO_FUTURE_PRINT_FUNCTION = 0x100000,
  CO_FUTURE_UNICODE_LITERALS = 0x200000,
  CO_FUTURE_BARRY_AS_BDFL = 0x400000,
  CO_FUTURE_GENERATOR_STOP = 0x800000,
};
// Every CO_FUTURE_* flag (CPython's PyCF_MASK): what compile() inherits and code objects carry.
constexpr uint32_t CO_FUTURE_MASK = 0x1FE0000;

inline uint32_t instr_op(uint32_t w) { return w & 0xff; }
inline uint32_t instr_arg(uint32_t w) { return w >> 8; }
inline uint32_t make_instr(uint32_t op, uint32_t arg) { return op | (arg << 8); }
constexpr uint32_t MAX_OPARG = (1u << 24) - 1;

struct CodeObject : Object {
  int argcount;          // positional parameters (including positional-only)
  int posonlyargcount;
  int kwonlyargcount;
  int nlocals;           // len(varnames)
  int ncells;            // len(cellvars)
  int nfrees;            // len(freevars)
  int stacksize;         // maximum value-stack depth
  uint32_t flags;        // CodeFlags
  int firstlineno;
  int ninstrs;
  uint32_t* instrs;      // owned (new[])
  int32_t* lines;        // owned (new[]), one per instruction
  int32_t* cell2arg;     // owned (new[]) or null: per cellvar, the parameter index or -1
  Object* consts;        // tuple
  Object* names;         // tuple of interned str: globals, attributes, imports
  Object* varnames;      // tuple of interned str
  Object* cellvars;      // tuple of interned str
  Object* freevars;      // tuple of interned str
  Object* filename;      // str
  Object* name;          // str
  Object* qualname;      // str
  Object* docstring;     // first constant if it is a docstring, else None (owned)
  Object* weaklist;      // first weak reference to the code object (runtime/weakref.cpp), not owned
  int nlocalsplus() const { return nlocals + ncells + nfrees; }
};
inline CodeObject* as_code(Object* o) { return static_cast<CodeObject*>(o); }

// Make a code object (interp/code.cpp). All Object* arguments are borrowed;
// instrs/lines/cell2arg are copied.
CodeObject* code_new(int argcount, int posonly, int kwonly, int nlocals, int stacksize, uint32_t flags,
                     int firstlineno, const uint32_t* instrs, const int32_t* lines, int ninstrs, Object* consts,
                     Object* names, Object* varnames, Object* cellvars, Object* freevars, Object* filename,
                     Object* name, Object* qualname, Object* docstring);

// A human-readable listing of a code object (and nested ones), for --dis and tests.
std::string disassemble(CodeObject* code);

// ---- the front end (interp/parser.y, interp/compiler.cpp) -------------------
enum class CompileMode { File, Eval, Single };  // exec-style module, eval expression, REPL statement
// Compile source to a code object.  On a syntax error returns nullptr with a
// SyntaxError (msg, filename, lineno, offset, text) set; its str() is CPython's.
// future_flags: CO_FUTURE_* bits already in effect (compile(flags=...), or
// inherited from the calling code); the source's own future statements add to
// them, and every code object made carries them in its flags.
CodeObject* compile_source(std::string_view source, const char* filename, CompileMode mode,
                           uint32_t future_flags = 0);

// ---- running code (interp/eval.cpp) ---------------------------------------
// Run module-level or eval code with the given globals and locals dicts.
Object* eval_code(CodeObject* code, Object* globals, Object* locals);
Object* current_globals();   // borrowed: globals of the innermost Python frame (null if none)
Object* current_locals();    // new ref: locals() of the innermost frame (a dict snapshot for functions)
Object* current_builtins();  // borrowed: the builtins dict in use
// For zero-argument super(): the class from the frame's __class__ cell and its first argument.
bool frame_super_args(rt::TypeObject** cls, Object** self);  // false with RuntimeError set
int current_line();  // line being executed in the innermost frame, 0 if none

// Built-ins the VM implements (registered by stdlib/builtins.cpp).
Object* builtin_build_class(Object* self, Object* const* args, ssize nargs, Object* kwnames);  // __build_class__
Object* builtin_import(Object* self, Object* const* args, ssize nargs, Object* kwnames);       // __import__
// Run a file's source as the __main__ module (or a given module dict); used by main.cpp.
// Returns the module's result (None) or nullptr with the exception pending.
Object* run_source(std::string_view source, const char* filename, Object* globals);

// Tracebacks (interp/traceback.cpp): print an exception the way CPython's
// default excepthook does ("Traceback (most recent call last):", frames with
// source lines, chained causes/contexts, "ValueError: msg") to a file object
// (null: sys.stderr, falling back to fd 2).
void print_exception(Object* exc, Object* file = nullptr);
// The last line alone: "ValueError: msg" / "KeyError: 'k'".
std::string format_exception_only(Object* exc);

}  // namespace interp

// Code objects: what the compiler produces and the eval loop runs.
//
// Instructions are 32-bit words: the low 8 bits are the opcode (interp/opcodes.def),
// the high 24 bits the argument.  Jump arguments are absolute instruction
// indexes.  lines[i] is the source line of instruction i (-1: an artificial
// instruction with no line of its own); linetable holds every instruction's
// full source range (docs/bytecode.md, "Source positions").  To Python,
// instruction i is at byte offset 4*i (co_code, f_lasti, tb_lasti, co_lines).
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
#include <memory>
#include <string>

#include "../runtime/api.h"

namespace interp {

namespace ast {
struct Module;  // interp/ast.h
}

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
// pyglass's own flags, hidden from co_flags (CPython 3.11 has no such bits):
// replace() keeps them from the original code object.
constexpr uint32_t CO_PYGLASS_INTERNAL = CO_CLASSBODY | CO_MODULE;

// One instruction's source range: 1-based lines, 0-based UTF-8 byte columns;
// -1 where unknown (lineno -1: an artificial instruction).
struct SourcePos {
  int lineno = -1, end_lineno = -1, col = -1, end_col = -1;
};

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
  int32_t* lines;        // owned (new[]), one per instruction, decoded from linetable
  uint8_t* linetable;    // owned (new[]): the positions table (co_linetable), see linetable_encode
  ssize linetable_len;
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
// instrs/lines/cell2arg are copied.  With a linetable (the encoded positions,
// copied) the lines come from it and `lines` may be null; without one every
// instruction gets lines[i] and unknown columns.
CodeObject* code_new(int argcount, int posonly, int kwonly, int nlocals, int stacksize, uint32_t flags,
                     int firstlineno, const uint32_t* instrs, const int32_t* lines, int ninstrs, Object* consts,
                     Object* names, Object* varnames, Object* cellvars, Object* freevars, Object* filename,
                     Object* name, Object* qualname, Object* docstring, const uint8_t* linetable = nullptr,
                     ssize linetable_len = 0);

// ---- source positions (interp/code_positions.cpp) ---------------------------
// The positions table: runs of instructions sharing one position, each run
// `count, line - previous line, end_line - line, col + 1, end_col + 1` as
// LEB128 varints (the two deltas zigzag-signed; 0 columns mean unknown).  The
// first run's previous line is firstlineno, so lines move with it.
std::string linetable_encode(const SourcePos* pos, int n, int firstlineno);
// Decode the positions of n instructions; those past the table's end (or all
// after a malformed byte) are unknown.
void linetable_decode(const uint8_t* table, ssize len, int firstlineno, int n, SourcePos* out);
// The same, lines only (what code objects keep in lines[]).
void linetable_lines(const uint8_t* table, ssize len, int firstlineno, int n, int32_t* out);
// Instruction i's position (unknown when out of range).
SourcePos code_position(CodeObject* code, int i);
// The nearest line of an instruction before i (firstlineno if none).
int code_line_before(CodeObject* code, int i);
// The line to report for instruction i: its own, or for an artificial one the
// nearest line before it.
inline int code_line_at(CodeObject* code, int i) {
  if (i < 0 || i >= code->ninstrs) return code->firstlineno;
  int l = code->lines[i];
  return l >= 0 ? l : code_line_before(code, i);
}

// The listing dis.dis prints for a code object and the ones nested in it (interp/code_dis.cpp): --dis.
std::string disassemble(CodeObject* code);
// Code objects compare as CPython's do (interp/code.cpp): name, counts, flags,
// first line, instructions, positions, names and constants (by type and value).
bool code_equal(CodeObject* a, CodeObject* b);

// ---- the front end (interp/parser.y, interp/compiler.cpp) -------------------
enum class CompileMode { File, Eval, Single };  // exec-style module, eval expression, REPL statement
// Compile source to a code object.  On a syntax error returns nullptr with a
// SyntaxError (msg, filename, lineno, offset, text) set; its str() is CPython's.
// future_flags: CO_FUTURE_* bits already in effect (compile(flags=...), or
// inherited from the calling code); the source's own future statements add to
// them, and every code object made carries them in its flags.
CodeObject* compile_source(std::string_view source, const char* filename, CompileMode mode,
                           uint32_t future_flags = 0);
// The two halves of compile_source, for the ast module (docs/ast.md): parse
// (nullptr with the SyntaxError set) and compile a tree (a parsed one, or one
// converted from _ast objects; source may be empty: then error lines have no text).
// Raise a SyntaxError (or subclass) with CPython's fields (offsets 1-based).
// Source as bytes (PEP 263, interp/source_decode.cpp): the encoding a coding
// declaration on the first two lines names ("" for none); whether the source
// declares one (or starts with a UTF-8 BOM); the bytes decoded by it into
// UTF-8 in place, BOM dropped.  false with a SyntaxError set ("unknown
// encoding: x", or "encoding problem: x" for the script run from the command
// line; "(unicode error) ...").
std::string coding_cookie(std::string_view src);
bool has_declared_encoding(std::string_view src);
bool decode_source_bytes(std::string& buf, const char* filename, bool script = false);
void raise_syntax_error(rt::TypeObject* type, const std::string& msg, const char* filename, int lineno, int offset,
                        const std::string& text, int end_lineno, int end_offset);
std::unique_ptr<ast::Module> parse_source(std::string_view source, const char* filename, CompileMode mode);
CodeObject* compile_tree(ast::Module& tree, std::string_view source, const char* filename, CompileMode mode,
                         uint32_t future_flags = 0);

// ---- running code (interp/eval.cpp) ---------------------------------------
// Run module-level or eval code with the given globals and locals dicts;
// closure: the cells of a code object with free variables (exec(closure=)), checked by the caller.
Object* eval_code(CodeObject* code, Object* globals, Object* locals, Object* closure = nullptr);
Object* current_globals();   // borrowed: globals of the innermost Python frame (null if none)
Object* current_locals();    // new ref: locals() of the innermost frame (a dict snapshot for functions)
Object* current_builtins();  // borrowed: the builtins dict in use
// For zero-argument super(): the class from the frame's __class__ cell and its first argument.
bool frame_super_args(rt::TypeObject** cls, Object** self);  // false with RuntimeError set
int current_line();  // line being executed in the innermost frame, 0 if none

// Built-ins the VM implements (registered by stdlib/builtins.cpp).
Object* builtin_build_class(Object* self, Object* const* args, ssize nargs, Object* kwnames);  // __build_class__
Object* builtin_import(Object* self, Object* const* args, ssize nargs, Object* kwnames);       // __import__
// __import__'s work: PyImport_ImportModuleLevelObject (interp/import.cpp).
Object* import_module_level(Object* name, Object* globals, Object* fromlist, long level);
// Install CPython's frozen importlib as the import system (end of runtime_init).  0, or -1 with an error.
int import_init();
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

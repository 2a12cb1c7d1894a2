// Symbol tables: which scope every name of every block belongs to.
//
// build_symtable() walks the AST once, making one block per module, class,
// function, lambda and comprehension (keyed by its AST node), recording how
// each name is used (assigned, read, declared global/nonlocal, a parameter).
// A second pass resolves each name to LOCAL, GLOBAL (explicit or implicit),
// FREE (from an enclosing function) or CELL (local here, used by an inner
// function), as CPython's symtable does.  Names are stored mangled
// (`__x` -> `_Class__x` inside a class).
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "ast.h"

namespace interp {

enum SymFlags : int {
  DEF_GLOBAL = 1,        // `global x`
  DEF_LOCAL = 2,         // assigned in this block
  DEF_PARAM = 4,         // a parameter
  DEF_NONLOCAL = 8,      // `nonlocal x`
  USE = 16,              // read
  DEF_FREE_CLASS = 64,   // free in a method and bound in the class too
  DEF_IMPORT = 128,      // bound by an import
  DEF_ANNOT = 256,       // annotated
  DEF_COMP_ITER = 512,   // a comprehension's iteration variable
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

enum class Scope { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class BlockType { Module, Class, Function };  // lambdas and comprehensions are functions

enum class CompKind { None, List, Set, Dict, Gen };

struct Symbol {
  int flags = 0;
  Scope scope = Scope::Unknown;
};

struct Position {
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
};

struct SymBlock {
  BlockType type = BlockType::Module;
  std::string name;                 // function/class name, "lambda", "listcomp", "top"
  const ast::Node* node = nullptr;  // the defining node (null for the module)
  SymBlock* parent = nullptr;
  std::vector<SymBlock*> children;
  std::unordered_map<std::string, Symbol> symbols;
  std::vector<std::string> symbol_order;  // first-seen order (deterministic iteration)
  std::vector<std::string> params;        // parameter names in varnames order
  std::unordered_map<std::string, Position> directives;  // first global/nonlocal declaration of a name
  CompKind comp = CompKind::None;   // a comprehension block
  bool is_generator = false;
  bool nested = false;              // inside a function
  bool needs_class_closure = false; // class whose methods use super/__class__
  bool has_annotations = false;     // module/class containing a simple annotated assignment
  std::string private_name;         // class name used for mangling inside this block ("" none)
  // async/await: `async def` (async_def), and CPython's ste_coroutine: an async
  // def, or a comprehension with an `async for` clause or an `await` (an
  // asynchronous list/set/dict comprehension makes its enclosing block one too).
  bool async_def = false;
  bool coroutine = false;

  const Symbol* lookup(const std::string& n) const {
    auto it = symbols.find(n);
    return it == symbols.end() ? nullptr : &it->second;
  }
  Scope scope_of(const std::string& n) const {
    const Symbol* s = lookup(n);
    return s ? s->scope : Scope::Unknown;
  }
};

// An error found while building the symbol table or compiling.
struct CompileError {
  std::string msg;
  Position pos;
  bool recursion = false;  // RecursionError rather than SyntaxError
};

struct SymTable {
  std::vector<std::unique_ptr<SymBlock>> blocks;  // blocks[0] is the module
  std::unordered_map<const ast::Node*, SymBlock*> by_node;
  bool future_annotations = false;  // PEP 563: annotations are text, not code of any scope (set before building)
  SymBlock* top() const { return blocks.front().get(); }
  SymBlock* lookup(const ast::Node* n) const {
    auto it = by_node.find(n);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// The compiler's recursion limit for AST nesting (RecursionError past it).
constexpr int kMaxCompileDepth = 1500;

// Mangle a private name (`__x` in class C -> `_C__x`); `priv` is the class name or empty.
std::string mangle(const std::string& priv, const std::string& name);

// Under PEP 563 annotations are never run, but yield and := are still refused in
// them, as in CPython (interp/future.cpp): the offending node and *msg, or null.
const ast::Expr* invalid_in_annotation(const ast::Expr* e, bool in_class, std::string* msg);

// Build the symbol table for a parsed module.  mode_eval: m.expr holds the expression.
// Returns false and fills err on a SyntaxError / recursion overflow.
bool build_symtable(const ast::Module& m, bool mode_eval, SymTable& out, CompileError& err);

}  // namespace interp

// The _ast module (docs/ast.md): the node classes of Python 3.11's abstract
// grammar (stdlib/_ast_nodes.def) and the two conversions between pyglass's
// parser tree (interp/ast.h) and trees of those classes:
//   stdlib/_ast_nodes.cpp  the classes, AST.__init__/__reduce__, the module
//   stdlib/_ast_from.cpp   interp::ast -> Python objects (compile(..., PyCF_ONLY_AST))
//   stdlib/_ast_to.cpp     Python objects -> interp::ast, validated (compile(tree, ...))
#pragma once
#include <memory>
#include <utility>
#include <vector>

#include "../interp/ast.h"
#include "../interp/code.h"
#include "../runtime/api.h"

namespace stdlib::astmod {

// One index per class of the grammar, in the order of _ast_nodes.def.
enum NodeId {
#define SUM(n, attrs) N_##n,
#define CON(n, sum, fields) N_##n,
#define PROD(n, fields, attrs) N_##n,
#include "_ast_nodes.def"
#undef SUM
#undef CON
#undef PROD
  N_COUNT
};

// compile()'s flags that concern the ast module (CPython's values).
constexpr int64_t PyCF_ONLY_AST = 0x400, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

// The node classes of the imported _ast module, looked up once per conversion.
// Holds a reference to the module, so the borrowed class pointers stay valid.
// Also interns the field names the conversions use, once per conversion
// (keyed by the address of their C string literal).
struct Classes {
  rt::Object* module = nullptr;
  rt::TypeObject* t[N_COUNT] = {};
  bool load();  // import _ast and fill t; false with an exception set
  ~Classes();
  rt::TypeObject* operator[](NodeId id) const { return t[id]; }
  rt::Object* name(const char* literal);  // borrowed interned str; nullptr with an error
 private:
  std::vector<std::pair<const char*, rt::Object*>> names_;
};

// The modes of compile()/ast.parse that produce or take a tree.
enum class TreeMode { Exec, Eval, Single, FuncType };

// A parsed tree as Python objects (new reference): Module, Expression or
// Interactive for exec/eval/single.
rt::Object* tree_from_module(const interp::ast::Module& m, TreeMode mode);

// compile(source, filename, mode, PyCF_ONLY_AST): parse and convert (new
// reference, or nullptr with the SyntaxError set).
// feature_version: ast.parse's minor version (-1: the current one); the 3.8+
// and 3.11 forms pyglass's tree can tell apart (walrus, positional-only
// parameters, except*) are a SyntaxError below their version, as in CPython.
rt::Object* parse_to_tree(std::string_view source, const char* filename, TreeMode mode, int feature_version = -1);

// Convert and validate a Python tree (exec: Module, eval: Expression, single:
// Interactive) into pyglass's AST.  nullptr with TypeError/ValueError set
// (CPython's messages) when the tree is not a valid one.
std::unique_ptr<interp::ast::Module> tree_to_module(rt::Object* tree, TreeMode mode);

// True when o is an instance of _ast.AST (the module may not be imported: then false).
bool is_ast_object(rt::Object* o);

}  // namespace stdlib::astmod

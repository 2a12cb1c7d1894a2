// Built-ins that see or run code: globals, locals, vars, dir, eval, exec, compile.
#include "builtins.h"
#include "_ast.h"
#include "builtins_docs.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include "../interp/code.h"
#include "../interp/frame.h"
#include "runtime/threads/state.h"

namespace stdlib {
using namespace rt;

namespace {

Object* b_globals(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("globals", kwnames)) return nullptr;
  if (nargs) return err_format_null(Exc_TypeError, "globals() takes no arguments (%zd given)", nargs);
  Object* g = interp::current_globals();
  if (!g) return err_format_null(Exc_SystemError, "globals(): no current frame");
  return newref(g);
}

Object* b_locals(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("locals", kwnames)) return nullptr;
  if (nargs) return err_format_null(Exc_TypeError, "locals() takes no arguments (%zd given)", nargs);
  Object* l = interp::current_locals();
  if (!l && !err_occurred()) return err_format_null(Exc_SystemError, "locals(): no current frame");
  return l;
}

Object* b_vars(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("vars", kwnames) || !check_nargs("vars", nargs, 0, 1)) return nullptr;
  if (nargs == 0) {
    Object* l = interp::current_locals();
    if (!l && !err_occurred()) return err_format_null(Exc_SystemError, "vars(): no current frame");
    return l;
  }
  bool error = false;
  Object* d = object_lookup_attr(args[0], names::__dict__, &error);
  if (d || error) return d;
  return err_format_null(Exc_TypeError, "vars() argument must have __dict__ attribute");
}

Object* b_dir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("dir", kwnames) || !check_nargs("dir", nargs, 0, 1)) return nullptr;
  if (nargs == 1) return object_dir(args[0]);
  Object* l = interp::current_locals();
  if (!l) return err_occurred() ? nullptr : list_new(0);
  Object* keys = is_dict(l) ? dict_keys_list(l) : sequence_list(l);
  decref(l);
  if (!keys) return nullptr;
  if (list_sort(keys, nullptr, false) < 0) {
    decref(keys);
    return nullptr;
  }
  return keys;
}

// The future flags (from __future__ import annotations ...) of the code that
// calls eval/exec/compile: source they compile inherits them.
uint32_t caller_future_flags() {
  interp::Frame* f = tstate()->frame;
  return f ? f->code->flags & interp::CO_FUTURE_MASK : 0;
}

// The source text of eval/exec/compile's first argument; false with TypeError when it is not text.
bool source_text(const char* fname, Object* src, std::string_view* out) {
  if (is_str(src)) {
    *out = str_view(src);
    return true;
  }
  if (is_bytes(src)) {
    *out = std::string_view(bytes_data(src), size_t(size_of(src)));
    return true;
  }
  err_format(Exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
  return false;
}

// Resolve eval/exec's globals and locals (new references in *g and *l).
bool resolve_namespaces(const char* fname, Object* globals, Object* locals, Object** g, Object** l) {
  if (globals == None) globals = nullptr;
  if (locals == None) locals = nullptr;
  if (globals && !is_dict(globals)) {
    if (std::string_view(fname) == "eval")
      err_format(Exc_TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
    else
      err_format(Exc_TypeError, "exec() globals must be a dict, not %s", type_name(globals));
    return false;
  }
  if (locals && !type_lookup(type_of(locals), names::__getitem__)) {
    if (std::string_view(fname) == "eval")
      err_format(Exc_TypeError, "locals must be a mapping");
    else
      err_format(Exc_TypeError, "locals must be a mapping or None, not %s", type_name(locals));
    return false;
  }
  if (!globals) {
    Object* cg = interp::current_globals();
    if (!cg) {
      err_format(Exc_SystemError, "%s(): no current frame", fname);
      return false;
    }
    *g = newref(cg);
    if (locals) {
      *l = newref(locals);
    } else {
      *l = interp::current_locals();
      if (!*l) {
        decref(*g);
        return false;
      }
    }
  } else {
    *g = newref(globals);
    *l = newref(locals ? locals : globals);
  }
  // A given globals dict gets __builtins__ so the code can see the built-ins.
  int has = dict_contains(*g, names::__builtins__);
  if (has == 0) {
    Object* b = interp::current_builtins();
    if (!b) b = interp_state()->builtins;
    if (b) has = dict_setitem(*g, names::__builtins__, b);
  }
  if (has < 0) {
    decref(*g);
    decref(*l);
    return false;
  }
  return true;
}

// A code object with free variables runs only under exec() with closure= a
// tuple of exactly that many cells (3.11); eval() never runs one.
bool check_closure(const char* fname, interp::CodeObject* co, Object* closure) {
  ssize nfree = co->nfrees;
  if (closure && nfree == 0) {
    err_set_string(Exc_TypeError, "cannot use a closure with this code object");
    return false;
  }
  if (nfree == 0) return true;
  if (std::strcmp(fname, "eval") == 0) {
    err_set_string(Exc_TypeError, "code object passed to eval() may not contain free variables");
    return false;
  }
  bool ok = closure && is_tuple(closure) && size_of(closure) == nfree;
  for (ssize i = 0; ok && i < nfree; i++) ok = type_of(tuple_get(closure, i)) == &CellType;
  if (!ok) err_format(Exc_TypeError, "code object requires a closure of exactly length %zd", nfree);
  return ok;
}

Object* run(const char* fname, Object* const* args, ssize nargs, Object* kwnames, interp::CompileMode mode) {
  Object* a[4] = {nullptr, nullptr, nullptr, nullptr};
  bool is_exec = mode == interp::CompileMode::File;
  if (!parse_args(fname, args, nargs, kwnames, is_exec ? "source|globals|locals$closure" : "source|globals|locals", a))
    return nullptr;
  Object* closure = a[3] == None ? nullptr : a[3];
  Object* code;
  if (type_of(a[0]) == &CodeType) {
    if (!check_closure(fname, interp::as_code(a[0]), closure)) return nullptr;
    code = newref(a[0]);
  } else if (closure) {
    return err_format_null(Exc_TypeError, "closure can only be used when source is a code object");
  } else {
    std::string_view text;
    if (!source_text(fname, a[0], &text)) return nullptr;
    std::string buf;
    if (mode == interp::CompileMode::Eval) {  // eval() ignores leading spaces and tabs
      while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    }
    buf.assign(text);
    if (is_bytes(a[0]) && !interp::decode_source_bytes(buf, "<string>")) return nullptr;
    code = interp::compile_source(buf, "<string>", mode, caller_future_flags());
    if (!code) return nullptr;
  }
  Object *g, *l;
  if (!resolve_namespaces(fname, a[1], a[2], &g, &l)) {
    decref(code);
    return nullptr;
  }
  Object* r = interp::eval_code(interp::as_code(code), g, l, closure);
  decref(code);
  decref(g);
  decref(l);
  if (!r) return nullptr;
  if (mode == interp::CompileMode::File) {
    decref(r);
    return none_ref();
  }
  return r;
}

Object* b_eval(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return run("eval", args, nargs, kwnames, interp::CompileMode::Eval);
}

Object* b_exec(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return run("exec", args, nargs, kwnames, interp::CompileMode::File);
}

Object* b_compile(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[7] = {};
  if (!parse_args("compile", args, nargs, kwnames,
                  "source|filename|mode|flags|dont_inherit|optimize|$_feature_version", a))
    return nullptr;
  if (!a[1]) return err_format_null(Exc_TypeError, "compile() missing required argument 'filename' (pos 2)");
  if (!a[2]) return err_format_null(Exc_TypeError, "compile() missing required argument 'mode' (pos 3)");
  if (!is_str(a[2]))
    return err_format_null(Exc_TypeError, "compile() argument 'mode' must be str, not %s", type_name(a[2]));
  // flags: future features (CO_FUTURE_*), plus compile-mode bits CPython accepts;
  // the caller's future features are inherited unless dont_inherit is true.
  uint32_t flags = 0;
  bool only_ast = false;
  if (a[3]) {
    Object* n = number_index(a[3]);
    if (!n) return nullptr;
    int64_t v = int_as_i64(n);
    decref(n);
    if (v == -1 && err_occurred()) return nullptr;
    constexpr int64_t PyCF_COMPILE_MASK = astmod::PyCF_ONLY_AST | astmod::PyCF_TYPE_COMMENTS |
                                          astmod::PyCF_ALLOW_TOP_LEVEL_AWAIT | 0x200 | 0x4000;
    if (v & ~int64_t(interp::CO_FUTURE_MASK | interp::CO_NESTED | PyCF_COMPILE_MASK))
      return err_format_null(Exc_ValueError, "compile(): unrecognised flags");
    only_ast = (v & astmod::PyCF_ONLY_AST) != 0;
    flags = uint32_t(v) & interp::CO_FUTURE_MASK;
  }
  std::string_view m = str_view(a[2]);
  interp::CompileMode mode;
  astmod::TreeMode tmode;
  if (m == "exec") mode = interp::CompileMode::File, tmode = astmod::TreeMode::Exec;
  else if (m == "eval") mode = interp::CompileMode::Eval, tmode = astmod::TreeMode::Eval;
  else if (m == "single") mode = interp::CompileMode::Single, tmode = astmod::TreeMode::Single;
  else if (m == "func_type") {
    if (!only_ast) return err_format_null(Exc_ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    mode = interp::CompileMode::Eval, tmode = astmod::TreeMode::FuncType;
  } else {
    return err_format_null(Exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  bool inherit = true;
  if (a[4]) {
    int t = object_is_true(a[4]);
    if (t < 0) return nullptr;
    inherit = !t;
  }
  if (inherit) flags |= caller_future_flags();
  if (type_of(a[0]) == &CodeType) return newref(a[0]);
  std::string filename;
  if (is_str(a[1])) filename = str_view(a[1]);
  else if (is_bytes(a[1])) filename.assign(bytes_data(a[1]), size_t(size_of(a[1])));
  else
    return err_format_null(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(a[1]));
  if (!is_str(a[0]) && !is_bytes(a[0])) {
    if (!astmod::is_ast_object(a[0]))
      return err_format_null(Exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (only_ast) return newref(a[0]);  // as CPython: an AST asked for as an AST is returned as it is
    std::unique_ptr<interp::ast::Module> tree = astmod::tree_to_module(a[0], tmode);
    if (!tree) return nullptr;
    return interp::compile_tree(*tree, std::string_view(), filename.c_str(), mode, flags);
  }
  std::string_view text;
  source_text("compile", a[0], &text);
  std::string buf(text);
  if (is_bytes(a[0]) && !interp::decode_source_bytes(buf, filename.c_str())) return nullptr;
  if (only_ast) {
    int feature_version = -1;
    if (a[6] && a[6] != None) {
      Object* n = number_index(a[6]);
      if (!n) return nullptr;
      feature_version = int(int_as_i64(n));
      decref(n);
    }
    return astmod::parse_to_tree(buf, filename.c_str(), tmode, feature_version);
  }
  return interp::compile_source(buf, filename.c_str(), mode, flags);
}

}  // namespace

MethodDef builtins_eval_functions[] = {
    {"globals", b_globals, METH_DEFAULT, builtin_docs::globals},
    {"locals", b_locals, METH_DEFAULT, builtin_docs::locals},
    {"vars", b_vars, METH_DEFAULT, builtin_docs::vars},
    {"dir", b_dir, METH_DEFAULT, builtin_docs::dir},
    {"eval", b_eval, METH_DEFAULT, builtin_docs::eval},
    {"exec", b_exec, METH_DEFAULT, builtin_docs::exec},
    {"compile", b_compile, METH_DEFAULT, builtin_docs::compile},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace stdlib

// Private to the builtins module's files (stdlib/builtins*.cpp).
#pragma once
#include "../runtime/api.h"

namespace stdlib {

extern rt::MethodDef builtins_iter_functions[];  // builtins_iter.cpp: min max sum sorted any all iter next
extern rt::MethodDef builtins_eval_functions[];  // builtins_eval.cpp: eval exec compile globals locals vars dir

// Argument-count checks with CPython's wording; false with TypeError set.
bool check_one_arg(const char* fname, rt::ssize nargs, rt::Object* kwnames);  // "f() takes exactly one argument"
bool check_nargs(const char* fname, rt::ssize nargs, rt::ssize min, rt::ssize max);  // "f expected at most 2 arguments, got 3"

// Source as bytes (PEP 263, stdlib/builtins_eval.cpp): the encoding a coding
// declaration on the first two lines names ("" for none), and the bytes
// decoded by it into UTF-8 in place (a UTF-8 BOM dropped); false with a
// SyntaxError set ("unknown encoding: x", or "encoding problem: x" for the
// script run from the command line; "(unicode error) ...").
std::string coding_cookie(std::string_view src);
bool decode_source_bytes(std::string& buf, const char* filename, bool script = false);

}  // namespace stdlib

// Private to the builtins module's files (stdlib/builtins*.cpp).
#pragma once
#include "../runtime/api.h"

namespace stdlib {

extern rt::MethodDef builtins_iter_functions[];  // builtins_iter.cpp: min max sum sorted any all iter next
extern rt::MethodDef builtins_eval_functions[];  // builtins_eval.cpp: eval exec compile globals locals vars dir

// Argument-count checks with CPython's wording; false with TypeError set.
bool check_one_arg(const char* fname, rt::ssize nargs, rt::Object* kwnames);  // "f() takes exactly one argument"
bool check_nargs(const char* fname, rt::ssize nargs, rt::ssize min, rt::ssize max);  // "f expected at most 2 arguments, got 3"

}  // namespace stdlib

// Issuing warnings from C++ (rt::err_warn).
//
// For now a warning is printed straight to sys.stderr in the default
// format of CPython's warnings.showwarning:
//     FILE:LINE: Category: message
//       source line
// The `_warnings` module (filters, once/default registries, warnings.py
// on top) replaces this printing with the filter machinery; callers do not
// change.
#include <cstdio>
#include <string>

#include "../interp/frame.h"
#include "../runtime/api.h"

namespace rt {

int err_warn(TypeObject* category, const char* msg, ssize stacklevel) {
  interp::Frame* f = tstate()->frame;
  for (ssize i = 1; f && i < stacklevel; i++) f = f->back;
  std::string text;
  if (f) {
    text = std::string(str_utf8(f->code->filename)) + ":" + std::to_string(f->lineno()) + ": ";
  } else {
    text = "sys:1: ";
  }
  text += category->tp_name;
  text += ": ";
  text += msg;
  text += "\n";
  Object* err = sys_get_object("stderr");
  if (err && err != None && file_write_cstr(err, text.c_str()) == 0) return 0;
  err_clear();
  fputs(text.c_str(), stderr);
  return 0;
}

}  // namespace rt

// Traceback objects (interp/traceback.cpp): one entry per frame an exception
// passed through, newest frame last in the tb_next chain.
#pragma once
#include "frame.h"

namespace interp {

struct TracebackObject : Object {
  Object* tb_next;  // owned TracebackObject or null
  Frame* tb_frame;  // owned
  int tb_lasti;
  int tb_lineno;
};

inline bool is_traceback(const Object* o) { return rt::type_of(o) == &rt::TracebackType; }

// The stripped text of line `lineno` of a source file ("" when unavailable).
std::string source_line(Object* filename, int lineno);
// Line `lineno` of a source file as it is, without its newline; false when unavailable.
bool source_line_raw(Object* filename, int lineno, std::string* out);
// The carets CPython 3.11 prints under an entry's source line `line` (as read,
// with its indentation) for the instruction lasti of code, or "" for none
// (interp/traceback_carets.cpp).  The result goes 4 spaces in, like the line.
std::string traceback_caret_line(CodeObject* code, int lasti, int lineno, const std::string& line);

// The "  File ..., line N, in f" lines of a traceback chain (interp/traceback.cpp).
std::string format_tb(Object* tb);
// Everything the default excepthook prints for exc: the chain of causes and
// contexts, and exception groups as nested boxes (interp/traceback_group.cpp).
std::string format_exception_tree(Object* exc);
// ". Did you mean: 'x'?" after an AttributeError's or NameError's message,
// or "" (interp/traceback_suggest.cpp).
std::string suggestion_suffix(Object* exc);

}  // namespace interp

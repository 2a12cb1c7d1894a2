// The layout every exception instance shares (runtime/exceptions.cpp), for
// the files that define exception classes with more fields
// (runtime/excgroup.cpp).
#pragma once
#include "runtime/object.h"

namespace rt {

struct ExcObject : Object {
  Object* dict;
  Object* args;
  Object* traceback;
  Object* context;
  Object* cause;
  bool suppress_context;
  // Where the exception last unwound to a handler: the frame (not owned; only
  // compared, never followed) and its instruction index.  RERAISE 1 in that
  // frame puts the frame back there, so f_lineno after a re-raise is the line
  // that raised, as CPython 3.11's saved lasti does.
  const void* handler_frame = nullptr;
  int handler_lasti = -1;
};

}  // namespace rt

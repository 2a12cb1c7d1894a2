// The layout every exception instance shares (runtime/exceptions.cpp), for
// the files that define exception classes with more fields
// (runtime/excgroup.cpp).
#pragma once
#include "object.h"

namespace rt {

struct ExcObject : Object {
  Object* dict;
  Object* args;
  Object* traceback;
  Object* context;
  Object* cause;
  bool suppress_context;
};

}  // namespace rt

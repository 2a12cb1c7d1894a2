// Private declarations of the code-object type (interp/code.cpp).
#pragma once
#include "code.h"

namespace interp {

// Fill in rt::CodeType and ready it.  Called by init_interp_types() at start-up.
void init_code_type();

}  // namespace interp

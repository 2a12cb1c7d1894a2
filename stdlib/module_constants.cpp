// module_add_int_constants: a module's table of integer constants (the SIG*,
// POLL*, EPOLL* ... names of the operating-system modules) added in one call.
#include "modules.h"

namespace stdlib {
using namespace rt;

int module_add_int_constants(Object* m, const IntConst* table) {
  for (const IntConst* c = table; c->name; ++c)
    if (module_add_object(m, c->name, int_from_i64(c->value)) < 0) return -1;
  return 0;
}

}  // namespace stdlib

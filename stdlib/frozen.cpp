// Looking up frozen modules: Python modules compiled into the binary at build
// time by tools/freeze.cpp (the table is generated: build/gen/frozen_modules.cpp).
#include <string_view>

#include "../runtime/api.h"

namespace rt {

const FrozenModule* find_frozen_module(std::string_view name) {
  for (const FrozenModule* m = frozen_module_table; m->name; ++m)
    if (name == m->name) return m;
  return nullptr;
}

}  // namespace rt

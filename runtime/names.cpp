// The interned identifiers of runtime/names.def, made once at start-up.
#include <string>

#include "api.h"
#include "init.h"

namespace rt {
namespace names {
#define NAME(id) Object* id = nullptr;
#include "names.def"
#undef NAME
}  // namespace names

void names_init() {
  auto make = [](const char* id) {
    std::string s(id);
    if (!s.empty() && s.back() == '_' && s.front() != '_') s.pop_back();  // default_ -> "default"
    if (s.size() > 5 && s.compare(s.size() - 3, 3, "___") == 0) s.pop_back();  // __complex___ -> "__complex__" (a GCC keyword)
    return str_intern_cstr(s.c_str());
  };
#define NAME(id) names::id = make(#id);
#include "names.def"
#undef NAME
}
}  // namespace rt

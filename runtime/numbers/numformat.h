// The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping]
// [.precision][type]) shared by int, float and str __format__.  The entry
// points (rt::format_int, format_float, format_str) are declared in api.h.
#pragma once
#include <string>
#include <string_view>

#include "runtime/api.h"

namespace rt {

struct FormatSpec {
  std::string fill = " ";  // one code point, UTF-8
  char align = 0;          // '<' '>' '=' '^' or 0 (default)
  char sign = 0;           // '+' '-' ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  bool fill_given = false;
  ssize width = -1;
  char grouping = 0;       // ',' '_' or 0
  ssize precision = -1;
  char type = 0;           // 0: none
};

// Parse spec; false with ValueError set.  type_name is used in error messages.
bool parse_format_spec(std::string_view spec, const char* type_name, FormatSpec* out);

}  // namespace rt

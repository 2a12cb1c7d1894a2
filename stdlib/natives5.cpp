// natives5's start-up and exit hooks (faulthandler, termios, _csv, _bz2, _lzma).
#include "modules.h"

namespace stdlib {

int ready_natives5_types() {
  return ready_termios_types() < 0 || ready_csv_types() < 0 || ready_bz2_types() < 0 ? -1 : 0;
}

void natives5_fini() {
  faulthandler_fini();
  csv_fini();
}

}  // namespace stdlib

// Start-up and shut-down of the VM's types: code, frame, function, cell,
// generator, traceback.
#include "../runtime/init.h"
#include "code_internal.h"
#include "frame.h"

namespace rt {

void init_interp_types() {
  interp::init_code_type();
  interp::init_frame_type();
  interp::init_function_types();
  interp::init_generator_type();
  interp::init_traceback_type();
}

void interp_fini() {
  interp::frame_cache_clear();
  interp::traceback_fini();
  interp::import_fini();
}

}  // namespace rt

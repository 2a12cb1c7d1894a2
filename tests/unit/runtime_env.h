// Unit tests share one initialised runtime (the main thread's state).
#pragma once
#include "runtime/api.h"

inline void ensure_runtime() {
  static bool done = [] {
    rt::runtime_init();
    return true;
  }();
  (void)done;
}

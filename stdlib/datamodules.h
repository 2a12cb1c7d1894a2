// The data modules (zlib, _hashlib and the hash fallbacks, array,
// _contextvars, ...): their start-up hooks (stdlib/datamodules.cpp).
#pragma once
#include "../runtime/api.h"

namespace stdlib {

// Ready a static type as an immortal start-up object (idempotent).  0, or -1 with an error.
int ready_static_type(rt::TypeObject* t);

// Fill in a static exception class `name` (dotted) deriving from base, with
// the layout of every exception; then ready it with ready_static_type.
void exception_type(rt::TypeObject* t, const char* name, rt::TypeObject* base);

// Each module's static types (called by ready_data_types at start-up).
int ready_zlib_types();  // stdlib/zlibmodule.cpp
int ready_hashlib_types();         // stdlib/_hashopenssl.cpp
int ready_hash_fallback_types();   // stdlib/hashfallbacks.cpp
int ready_blake2_types();          // stdlib/blake2module.cpp
int ready_contextvars_types();     // stdlib/_contextvarsmodule.cpp

}  // namespace stdlib

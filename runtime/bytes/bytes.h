// The bytes type (runtime/bytes.cpp).  Layout: BytesObject in
// runtime/objects.h (ob_size bytes inline, NUL-terminated, cached hash).
// The public API (bytes_from, bytes_data, bytes_repr) is in runtime/api.h.
#pragma once
#include <string>

#include "runtime/text/str.h"

namespace rt {

void init_bytes_type();
extern TypeObject BytesIterType;

// A bytes object of n uninitialised bytes (the NUL after them is set).
BytesObject* bytes_alloc(ssize n);
inline ssize bytes_size(Object* b) { return size_of(b); }
// The repr of n bytes: b'...' with CPython's choice of quotes and escapes
// (bytearray's repr escapes a single quote even inside double quotes).
std::string bytes_repr_text(const char* p, ssize n, bool always_escape_single);

}  // namespace rt

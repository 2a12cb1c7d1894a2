// The data modules' static types (zlib, _hashlib, array, _contextvars, ...)
// are readied while the runtime starts, so that their dicts and descriptors
// count among the immortal start-up objects (the exit leak check ignores them).
#include "datamodules.h"

#include "runtime/exceptions/exceptions.h"
#include "modules.h"

namespace stdlib {
using namespace rt;

int ready_static_type(TypeObject* t) {
  if (has_flag(t, TPFLAG_READY)) return 0;
  t->ob_type = &TypeType;
  t->ob_refcnt = IMMORTAL_REFCNT;
  if (type_ready(t) < 0) return -1;
  if (!t->ob_next) refchain_link(t);
  return 0;
}

void exception_type(TypeObject* t, const char* name, TypeObject* base) {
  t->tp_name = name;
  t->tp_basicsize = sizeof(ExcObject);
  t->tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_BASE_EXC_SUBCLASS;
  t->tp_base = base;
  t->tp_dictoffset = offsetof(ExcObject, dict);
}

int ready_data_types() {
  if (ready_zlib_types() < 0 || ready_hashlib_types() < 0 || ready_hash_fallback_types() < 0 ||
      ready_blake2_types() < 0 || ready_contextvars_types() < 0)
    return -1;
  return 0;
}

}  // namespace stdlib

// _posixshmem: shm_open and shm_unlink, the POSIX shared-memory objects under
// CPython's multiprocessing.shared_memory (and imported by its
// resource_tracker, which every spawned or forkserver child starts with).
// Both calls release the GIL through the scheduler layer and retry EINTR
// (PEP 475); errors are OSError subclasses carrying the path as filename.
#include <fcntl.h>
#include <sys/mman.h>

#include <cerrno>

#include "runtime/threads/sched.h"
#include "clinic.h"
#include "modules.h"
#include "native.h"

namespace stdlib {

using namespace rt;

namespace {

// The "unicode" converter: the path as UTF-8, or null with CPython's TypeError.
const char* path_arg(const char* fname, Object* o) {
  if (!is_str(o)) {
    err_format(Exc_TypeError, "%s() argument 'path' must be str, not %s", fname, type_name(o));
    return nullptr;
  }
  return str_utf8(o);
}

// shm_open(path, flags, mode=0o777)
Object* shm_open_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3] = {nullptr, nullptr, nullptr};
  if (!clinic::parse("shm_open", args, nargs, kwnames, "path,flags|mode", a)) return nullptr;
  const char* path = path_arg("shm_open", a[0]);
  int flags, mode = 0777;
  if (!path || !clinic::to_int(a[1], &flags) || (a[2] && !clinic::to_int(a[2], &mode))) return nullptr;
  int fd;
  do {
    sched::BlockingSection bs;
    fd = ::shm_open(path, flags, mode_t(mode));
  } while (fd < 0 && sched::retry_after_eintr());
  if (fd < 0) {
    if (errno != EINTR) err_set_from_errno(Exc_OSError, errno, a[0]);
    return nullptr;
  }
  return int_from_i64(fd);
}

// shm_unlink(path)
Object* shm_unlink_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  if (!clinic::parse("shm_unlink", args, nargs, kwnames, "path", a)) return nullptr;
  const char* path = path_arg("shm_unlink", a[0]);
  if (!path) return nullptr;
  int r;
  do {
    sched::BlockingSection bs;
    r = ::shm_unlink(path);
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) {
    if (errno != EINTR) err_set_from_errno(Exc_OSError, errno, a[0]);
    return nullptr;
  }
  return none_ref();
}

MethodDef shm_functions[] = {
    {"shm_open", shm_open_fn, METH_DEFAULT, "Open a shared memory object.  Returns a file descriptor (integer)."},
    {"shm_unlink", shm_unlink_fn, METH_DEFAULT,
     "Remove a shared memory object (similar to unlink()).\n\n"
     "Remove a shared memory object name, and, once all processes  have  unmapped\n"
     "the object, de-allocates and destroys the contents of the associated memory\n"
     "region."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_posixshmem_module() { return native::make_module("_posixshmem", nullptr, shm_functions, {}); }

}  // namespace stdlib

// posix, part four: os.fork, os.forkpty and os.register_at_fork.
//
// A fork runs, in this order (the forking thread holds the GIL throughout):
//   1. the `before` hooks, last registered first (CPython's order);
//   2. the import lock is taken (waiting, GIL released, for a thread that is
//      in the middle of an import), then rt::fork_prepare() holds the
//      scheduler's mutex: nothing that other threads change without the GIL
//      is half-updated when the process is copied;
//   3. fork(2) (or forkpty(3));
//   4. parent: rt::fork_after_parent(), the import lock is released, the
//      `after_in_parent` hooks run in registration order;
//      child: rt::fork_after_child() makes the runtime consistent with only
//      this thread (runtime/fork.cpp), the import lock is released, the
//      `after_in_child` hooks run in registration order -- CPython's
//      threading registers threading._after_fork there, random reseeds.
// An exception in a hook is reported as unraisable ("Exception ignored in:
// <hook>") and the others still run, as in CPython.  The hooks' lists are
// copied before they run, so a hook that registers another does not see it
// run this time.  docs/processes.md describes the child's runtime.
#include <pty.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>

#include "runtime/threads/fork.h"
#include "clinic.h"
#include "modules.h"
#include "posixmodule.h"

namespace stdlib {

namespace {

using namespace rt;

// The registered hooks: lists of callables (owned; null until one is added).
Object* g_before = nullptr;
Object* g_after_child = nullptr;
Object* g_after_parent = nullptr;

void run_hooks(Object* list, bool reverse) {
  if (!list || size_of(list) == 0) return;
  Object* exc = err_fetch();  // none expected; keep the state untouched around the hooks
  Object* copy = sequence_tuple(list);
  if (!copy) {
    err_write_unraisable(nullptr, "Exception ignored while running the fork hooks");
    err_restore(exc);
    return;
  }
  ssize n = size_of(copy);
  for (ssize k = 0; k < n; k++) {
    Object* fn = tuple_items(copy)[reverse ? n - 1 - k : k];
    Object* r = call0(fn);
    if (r)
      decref(r);
    else
      err_write_unraisable(fn);
  }
  decref(copy);
  err_restore(exc);
}

// Steps 1-2: the before hooks, then the locks.
void before_fork() {
  run_hooks(g_before, true);
  import_lock_before_fork();
  fork_prepare();
}

// Step 4: pid is fork's result (-1: it failed, and the parent goes on).
void after_fork(pid_t pid) {
  int saved = errno;
  if (pid == 0) {
    fork_after_child();
    import_lock_after_fork();
    run_hooks(g_after_child, false);
  } else {
    fork_after_parent();
    import_lock_after_fork();
    run_hooks(g_after_parent, false);
  }
  errno = saved;
}

Object* p_fork(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!clinic::no_args("posix.fork", nargs, kwnames)) return nullptr;
  if (sys_audit_active() && audit_event("os.fork", {}) < 0) return nullptr;
  before_fork();
  pid_t pid = ::fork();
  after_fork(pid);
  if (pid < 0) return posix::raise_errno();
  return int_from_i64(pid);
}

Object* p_forkpty(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!clinic::no_args("posix.forkpty", nargs, kwnames)) return nullptr;
  if (sys_audit_active() && audit_event("os.forkpty", {}) < 0) return nullptr;
  before_fork();
  int master = -1;
  pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  after_fork(pid);
  if (pid < 0) return posix::raise_errno();
  if (pid == 0) master = -1;  // as CPython: the child's master_fd is -1
  Object* p = int_from_i64(pid);
  Object* fd = p ? int_from_i64(master) : nullptr;
  Object* r = fd ? tuple_pack(2, p, fd) : nullptr;
  xdecref(p);
  xdecref(fd);
  return r;
}

// register_at_fork(*, before=None, after_in_child=None, after_in_parent=None)
Object* p_register_at_fork(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3] = {nullptr, nullptr, nullptr};
  if (!clinic::parse("register_at_fork", args, nargs, kwnames, "|$before,after_in_child,after_in_parent", a))
    return nullptr;
  if (!a[0] && !a[1] && !a[2]) return err_format_null(Exc_TypeError, "At least one argument is required.");
  const char* names[3] = {"before", "after_in_child", "after_in_parent"};
  for (int k = 0; k < 3; k++)
    if (a[k] && !is_callable(a[k]))
      return err_format_null(Exc_TypeError, "'%s' must be callable, not %s", names[k], type_name(a[k]));
  Object** lists[3] = {&g_before, &g_after_child, &g_after_parent};
  for (int k = 0; k < 3; k++) {
    if (!a[k]) continue;
    if (!*lists[k] && !(*lists[k] = list_new(0))) return nullptr;
    if (list_append(*lists[k], a[k]) < 0) return nullptr;
  }
  return none_ref();
}

}  // namespace

void fork_hooks_fini() {
  clearref(g_before);
  clearref(g_after_child);
  clearref(g_after_parent);
}

namespace posix {

MethodDef posix_fork_functions[] = {
    {"fork", p_fork, METH_DEFAULT,
     "Fork a child process.\n\nReturn 0 to child process and PID of child to parent process."},
    {"forkpty", p_forkpty, METH_DEFAULT,
     "Fork a new process with a new pseudo-terminal as controlling tty.\n\n"
     "Returns a tuple of (pid, master_fd)."},
    {"register_at_fork", p_register_at_fork, METH_DEFAULT,
     "Register callables to be called when forking a new process."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace posix

}  // namespace stdlib

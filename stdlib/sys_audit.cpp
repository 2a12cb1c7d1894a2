// sys.audit / sys.addaudithook (PEP 578) and the C++ side, rt::sys_audit.
//
// Hooks are kept in one list for the process (CPython keeps them per
// runtime), in the order they were added; they cannot be removed and are
// dropped at exit (sys_audit_fini, called by runtime_finalize after the
// modules are torn down).  Raising an event calls every hook with
// (event, args) in order; the first exception stops the event and
// propagates to whoever raised it, which is how a hook aborts an operation.
// Adding a hook first raises "sys.addaudithook" through the existing hooks:
// an Exception from one of them silently refuses the new hook, anything else
// (KeyboardInterrupt, SystemExit ...) propagates.  With no hook installed an
// event costs one load and a branch, and builds no arguments.
//
// Events raised by pyglass itself (docs/native-modules.md): "open" from
// _io.FileIO and os.open, "sys.addaudithook"; CPython's Python library
// raises its own (pickle.find_class, ...) through sys.audit.
#include "modules.h"

namespace rt {
Object* audit_hooks = nullptr;  // list, or null while no hook was ever added
}  // namespace rt

namespace stdlib {
using namespace rt;

namespace {

Object*& g_hooks = audit_hooks;

// Call every hook with (event, args); -1 on the first exception.
int run_hooks(Object* event, Object* args) {
  // Hooks may add hooks: iterate by index over the growing list.
  for (ssize i = 0; g_hooks && i < size_of(g_hooks); i++) {
    Object* hook = newref(list_get(g_hooks, i));
    Object* r = call2(hook, event, args);
    decref(hook);
    if (!r) return -1;
    decref(r);
  }
  return 0;
}

Object* sys_audit_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) return err_format_null(Exc_TypeError, "sys.audit() takes no keyword arguments");
  if (nargs == 0) return err_format_null(Exc_TypeError, "audit() missing 1 required positional argument: 'event'");
  if (!sys_audit_active()) return none_ref();
  if (!is_str(args[0]))
    return err_format_null(Exc_TypeError, "expected str for argument 'event', not %.200s", type_name(args[0]));
  Object* t = tuple_from_array(args + 1, nargs - 1);
  if (!t) return nullptr;
  int r = run_hooks(args[0], t);
  decref(t);
  return r < 0 ? nullptr : none_ref();
}

Object* sys_addaudithook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"hook"};
  Object* hook;
  if (nargs == 0 && kwnames && size_of(kwnames) > 1)
    return err_format_null(Exc_TypeError, "addaudithook() takes at most 1 keyword argument (%zd given)",
                           size_of(kwnames));
  if (!parse_clinic_args("addaudithook", kNames, 1, 1, args, nargs, kwnames, &hook)) return nullptr;
  if (sys_audit_active()) {
    Object* none = empty_tuple();
    int r = sys_audit_args("sys.addaudithook", none);
    decref(none);
    if (r < 0) {
      if (!err_matches(Exc_Exception)) return nullptr;
      err_clear();  // refused by a hook: not added, as CPython
      return none_ref();
    }
  }
  if (!g_hooks) {
    g_hooks = list_new(0);
    if (!g_hooks) return nullptr;
  }
  if (list_append(g_hooks, hook) < 0) return nullptr;
  return none_ref();
}

}  // namespace

int run_hooks_for(Object* event, Object* args) { return run_hooks(event, args); }

namespace {

MethodDef functions[] = {
    {"audit", sys_audit_fn, METH_DEFAULT,
     "audit($module, event, /, *args)\n--\n\nPasses the event to any audit hooks that are attached."},
    {"addaudithook", sys_addaudithook, METH_DEFAULT,
     "addaudithook($module, /, hook)\n--\n\nAdds a new audit hook callback."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int sys_add_audit(Object* sys_module) { return module_add_functions(sys_module, functions); }

void sys_audit_fini() { clearref(g_hooks); }

int audit_event(const char* event, std::initializer_list<Object*> items) {
  Object* t = tuple_new(ssize(items.size()));
  bool ok = t != nullptr;
  ssize i = 0;
  for (Object* v : items) {
    if (!v) ok = false;
    if (t) tuple_set_steal(t, i++, v ? v : none_ref());
    else xdecref(v);
  }
  int r = ok ? sys_audit_args(event, t) : -1;
  xdecref(t);
  return r;
}

}  // namespace stdlib

namespace rt {

int sys_audit_args(const char* event, Object* args) {
  Object* ev = str_from_cstr(event);
  if (!ev) return -1;
  int r = stdlib::run_hooks_for(ev, args);
  decref(ev);
  return r;
}

}  // namespace rt


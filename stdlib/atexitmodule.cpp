// The atexit module: functions to call when the interpreter exits.
//
// How it works
//   * The callbacks are one list, g_callbacks, of (func, args, kwargs)
//     tuples in registration order (kwargs None when empty).  unregister(f)
//     replaces every entry whose func == f by None instead of removing it, as
//     CPython does: _ncallbacks() still counts those slots until the next
//     clear, and a run that is going on (a callback that unregisters another)
//     keeps its indexes.
//   * run_exitfuncs() calls the entries from the last to the first, only
//     those that existed when it started (a callback registered during the
//     run is dropped with the rest), reports a callback's exception as
//     "Exception ignored in atexit callback: <func repr>" plus the traceback
//     (SystemExit too; it does not change the exit status), then clears the
//     list.
//   * The interpreter runs it once its program is over and the non-daemon
//     threads have been joined (interp/main.cpp, after threading._shutdown),
//     before modules are torn down; runtime_finalize runs it again for exit
//     paths that come there directly (nothing is left by then on the normal
//     path).  os._exit() skips it, as in CPython.
//   * g_callbacks is created by the first import and dropped by
//     atexit_fini() at shutdown, so the exit leak check sees nothing of it.
#include "modules.h"

namespace stdlib {
using namespace rt;

namespace {

Object* g_callbacks = nullptr;  // list of (func, args, kwargs) or None; owned

bool ensure_list() {
  if (!g_callbacks) g_callbacks = list_new(0);
  return g_callbacks != nullptr;
}

// Forget every callback (a fresh list: dropping the entries may run code).
void clear_callbacks() {
  Object* old = g_callbacks;
  if (!old) return;
  g_callbacks = list_new(0);
  if (!g_callbacks) err_clear();  // out of memory: the next register() tries again
  decref(old);
}

Object* a_register(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 1) return err_format_null(Exc_TypeError, "register() takes at least 1 argument (0 given)");
  Object* func = args[0];
  if (!is_callable(func)) return err_format_null(Exc_TypeError, "the first argument must be callable");
  if (!ensure_list()) return nullptr;
  Object* pos = tuple_new(nargs - 1);
  if (!pos) return nullptr;
  for (ssize i = 1; i < nargs; i++) tuple_items(pos)[i - 1] = newref(args[i]);
  Object* kw = newref(None);
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (nkw > 0) {
    decref(kw);
    kw = dict_new();
    for (ssize i = 0; kw && i < nkw; i++)
      if (dict_setitem(kw, tuple_get(kwnames, i), args[nargs + i]) < 0) clearref(kw);
  }
  Object* entry = kw ? tuple_pack(3, func, pos, kw) : nullptr;
  decref(pos);
  xdecref(kw);
  if (!entry) return nullptr;
  int r = list_append(g_callbacks, entry);
  decref(entry);
  if (r < 0) return nullptr;
  return newref(func);
}

Object* a_unregister(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("unregister", kwnames)) return nullptr;
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "atexit.unregister() takes exactly one argument (%zd given)", nargs);
  if (!g_callbacks) return none_ref();
  for (ssize i = 0; i < size_of(g_callbacks); i++) {
    Object* entry = list_get(g_callbacks, i);
    if (entry == None) continue;
    incref(entry);
    int eq = object_eq(tuple_get(entry, 0), args[0]);
    decref(entry);
    if (eq < 0) return nullptr;
    if (eq && i < size_of(g_callbacks) && list_get(g_callbacks, i) == entry) {
      list_set_steal(g_callbacks, i, newref(None));
      decref(entry);
    }
  }
  return none_ref();
}

Object* a_run_exitfuncs(Object*, Object* const*, ssize nargs, Object*) {
  if (nargs != 0) return err_format_null(Exc_TypeError, "_run_exitfuncs() takes no arguments (%zd given)", nargs);
  atexit_run();
  return none_ref();
}

Object* a_clear(Object*, Object* const*, ssize nargs, Object*) {
  if (nargs != 0) return err_format_null(Exc_TypeError, "_clear() takes no arguments (%zd given)", nargs);
  clear_callbacks();
  return none_ref();
}

Object* a_ncallbacks(Object*, Object* const*, ssize nargs, Object*) {
  if (nargs != 0) return err_format_null(Exc_TypeError, "_ncallbacks() takes no arguments (%zd given)", nargs);
  return int_from_i64(g_callbacks ? size_of(g_callbacks) : 0);
}

MethodDef atexit_functions[] = {
    {"register", a_register, METH_DEFAULT,
     "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program "
     "termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n"
     "    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a "
     "decorator."},
    {"unregister", a_unregister, METH_DEFAULT,
     "unregister(func) -> None\n\nUnregister an exit function which was previously registered using\n"
     "atexit.register\n\n    func - function to be unregistered"},
    {"_run_exitfuncs", a_run_exitfuncs, METH_DEFAULT, "_run_exitfuncs() -> None\n\nRun all registered exit functions."},
    {"_clear", a_clear, METH_DEFAULT, "_clear() -> None\n\nClear the list of previously registered exit functions."},
    {"_ncallbacks", a_ncallbacks, METH_DEFAULT, "_ncallbacks() -> int\n\nReturn the number of registered exit functions."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void atexit_run() {
  if (!g_callbacks) return;
  Object* saved = err_fetch();
  for (ssize i = size_of(g_callbacks) - 1; i >= 0; i--) {
    if (!g_callbacks) break;
    if (i >= size_of(g_callbacks)) continue;  // a callback cleared the list
    Object* entry = list_get(g_callbacks, i);
    if (entry == None) continue;
    incref(entry);
    Object* func = tuple_get(entry, 0);
    Object* kw = tuple_get(entry, 2);
    Object* r = call_tuple_dict(func, tuple_get(entry, 1), kw == None ? nullptr : kw);
    if (r)
      decref(r);
    else
      err_write_unraisable(func, "Exception ignored in atexit callback");
    decref(entry);
  }
  clear_callbacks();
  err_clear();
  err_restore(saved);
}

void atexit_fini() {
  Object* l = g_callbacks;
  g_callbacks = nullptr;
  xdecref(l);
}

Object* init_atexit_module() {
  Object* m = module_new("atexit");
  if (!m) return nullptr;
  if (module_add_functions(m, atexit_functions) < 0 ||
      module_add_object(m, "__doc__",
                        str_from_cstr("allow programmer to define multiple exit functions to be executed\n"
                                      "upon normal program termination.\n\nTwo public functions, register and "
                                      "unregister, are defined.\n")) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

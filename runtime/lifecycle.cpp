// Start-up and shut-down of the runtime.
//
// Start-up fills in every built-in type (init.h order), readies them, makes
// the interned names, the builtins and sys modules, and then marks every
// object alive at that point immortal: start-up objects live as long as the
// process, and everything created later is mortal.  That makes the exit check
// simple: after the modules are torn down and the collector has run, any
// mortal object still on the refchain is a leak.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "../gc/gc.h"
#include "../interp/code.h"
#include "../interp/frame.h"
#include "../stdlib/fileio.h"
#include "../stdlib/modules.h"
#include "api.h"
#include "runtime/numbers/complex.h"
#include "runtime/text/codecs.h"
#include "runtime/threads/fork.h"
#include "runtime/threads/gil.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/signals.h"
#include "init.h"
#include "runtime/threads/state.h"
#include "runtime/types/weakref.h"

namespace rt {

void immortalize_all_live_objects();  // runtime/object.cpp

namespace {
bool bootstrapping = false;
std::vector<TypeObject*>* pending_ready = nullptr;
}  // namespace

// type_ready calls made while the built-in types are still being filled in
// are queued and run once every static type has its fields (runtime/type.cpp
// asks here first).
bool type_ready_deferred(TypeObject* t) {
  if (!bootstrapping) return false;
  pending_ready->push_back(t);
  return true;
}

void runtime_init() {
  if (g_interp) return;
  g_interp = new Interp();
  g_tstate = thread_state_new();
  gil::init();  // the main thread holds the GIL from here on
  gc::init();
  gc::startup_begin();  // no automatic collections while the runtime starts (gc/gc.h)

  bootstrapping = true;
  pending_ready = new std::vector<TypeObject*>();
  init_object_types();
  init_singleton_types();
  init_int_types();
  init_float_type();
  init_container_types();
  init_str_types();
  init_bytes_type();
  init_descr_types();
  init_module_type();
  init_exceptions();
  init_interp_types();
  // match statements and exception groups
  init_exception_groups();
  // typing
  init_generic_alias_types();
  init_union_type();
  init_mappingproxy_type();
  init_namespace_type();
  // after every type it marks has its fields
  init_match_flags();
  bootstrapping = false;
  names_init();
  for (TypeObject* t : *pending_ready) {
    t->tp_flags &= ~uint64_t(TPFLAG_READY);
    if (type_ready(t) < 0) {
      std::fprintf(stderr, "pyglass: cannot initialise type %s\n", t->tp_name);
      std::abort();
    }
  }
  delete pending_ready;
  pending_ready = nullptr;
  // weak references: their types need the interned names (ref.__callback__)
  init_weakref_types();
  init_complex_type();  // numbers: complex (after the names: it adds member descriptors)
  interp::init_function_members();  // typing2: function.__globals__ & co. are member descriptors (after the names)

  g_interp->modules = dict_new();
  Object* bmod = stdlib::init_builtins_module();
  Object* smod = bmod ? stdlib::init_sys_module() : nullptr;
  if (!bmod || !smod) {
    std::fprintf(stderr, "pyglass: cannot initialise the builtins and sys modules\n");
    Object* e = err_fetch();
    if (e) interp::print_exception(e, nullptr);
    std::abort();
  }
  g_interp->builtins = module_get_dict(bmod);
  g_interp->sysdict = module_get_dict(smod);
  dict_setitem_str(g_interp->modules, "builtins", bmod);
  dict_setitem_str(g_interp->modules, "sys", smod);
  decref(bmod);
  decref(smod);
  // codecs: the registries and the built-in error handlers (runtime/codec_registry.cpp)
  if (codecs_init() < 0 || codecs::ready_codec_types() < 0 || stdlib::ready_unicodedata_types() < 0) {
    std::fprintf(stderr, "pyglass: cannot initialise the codec registry\n");
    std::abort();
  }
  // CPython's import machinery (frozen importlib) becomes the import system;
  // its modules, classes and caches are start-up objects too.
  if (interp::import_init() < 0) {
    std::fprintf(stderr, "pyglass: cannot install the import system\n");
    Object* e = err_fetch();
    if (e) interp::print_exception(e, nullptr);
    std::abort();
  }
  signals::init();  // natives2: SIGINT -> default_int_handler, SIGPIPE/SIGXFSZ ignored (immortal handler object)
  immortalize_all_live_objects();
  gc::startup_done();
}

namespace {

void report_leaks() {
  std::map<std::string, long> by_type;
  long n = 0;
  for (Object* o = refchain_first(); o; o = refchain_next(o)) {
    if (is_immortal(o)) continue;
    n++;
    by_type[o->ob_type && o->ob_type->tp_name ? o->ob_type->tp_name : "?"]++;
  }
  if (n == 0) return;
  std::fprintf(stderr, "pyglass: leak check: %ld mortal object%s still on the refchain at exit:\n", n,
               n == 1 ? "" : "s");
  for (auto& [name, count] : by_type) std::fprintf(stderr, "  %6ld %s\n", count, name.c_str());
  std::fflush(stderr);
  std::_Exit(70);
}

// A module's teardown as CPython does it: every global becomes None, those
// named with one leading underscore first, __builtins__ kept.  Code that runs
// while the module dies (weakref callbacks, __del__) then finds None rather
// than a NameError (CPython's logging relies on it); the dict itself is freed
// with the module when sys.modules is emptied.
void module_dict_to_none(Object* d) {
  for (int pass = 0; pass < 2; pass++) {
    Object* keys = dict_keys_list(d);
    if (!keys) {
      err_clear();
      return;
    }
    for (ssize i = 0; i < size_of(keys); i++) {
      Object* k = list_get(keys, i);
      if (!is_str(k) || str_eq_cstr(k, "__builtins__")) continue;
      std::string_view name = str_view(k);
      if (pass == 0 && !(name.size() > 1 && name[0] == '_' && name[1] != '_')) continue;
      if (dict_setitem(d, k, None) < 0) err_clear();
      if (err_occurred()) err_write_unraisable(nullptr, "Exception ignored during module teardown");
    }
    decref(keys);
  }
}

}  // namespace

void runtime_finalize() {
  Interp* in = g_interp;
  if (!in || in->finalizing) return;
  stdlib::atexit_run();  // natives2: normally done already by interp/main.cpp (exit paths that come here directly)
  flush_std_streams();
  sched::refresh_thread_names();  // threading's names for the reports, before its module is torn down
  // Other threads never run again: daemon threads stay blocked on the GIL
  // (or in their waits) while the runtime is torn down.
  sched::shutdown_begin();
  signals::fini();  // natives2: Python handlers back to SIG_DFL, their objects dropped
  // fork: a child whose fork dropped other threads keeps their frames' references for good.
  bool others_alive = sched::live_threads() > 1 || fork_lost_threads();
  in->finalizing = true;
  ThreadState* ts = tstate();
  err_clear();
  if (ts) {  // sys.settrace / sys.setprofile end with the program
    clearref(ts->trace_func);
    clearref(ts->profile_func);
    ts->use_tracing = false;
  }

  // Tear down the modules as CPython 3.11 does: take them out of sys.modules
  // (remembering each by a weak reference), collect the garbage while every
  // module's globals are still intact (finalizers, __del__ of objects kept by
  // cycles such as a class and its module's dict, see their globals), then
  // set the globals of the modules that are still alive to None, newest
  // first (`_x` names before the others).  builtins and sys come last.
  if (in->modules) {
    Object* weak = list_new(0);
    Object* items = weak ? dict_items_list(in->modules) : nullptr;
    if (items) {
      for (ssize i = 0; i < size_of(items); i++) {
        Object* pair = list_get(items, i);
        Object* name = tuple_get(pair, 0);
        Object* mod = tuple_get(pair, 1);
        if (str_eq_cstr(name, "builtins") || str_eq_cstr(name, "sys")) continue;
        if (!is_instance_of(mod, &ModuleType)) continue;
        Object* wr = weakref_new(&WeakRefType, mod, nullptr);
        if (!wr || list_append(weak, wr) < 0) err_clear();
        xdecref(wr);
      }
      decref(items);
      // sys and builtins stay registered for the finalizers that import.
      Object* sysmod = dict_getitem_str(in->modules, "sys");
      Object* bmod = dict_getitem_str(in->modules, "builtins");
      xincref(sysmod);
      xincref(bmod);
      dict_clear(in->modules);
      if (sysmod) dict_setitem_str(in->modules, "sys", sysmod);
      if (bmod) dict_setitem_str(in->modules, "builtins", bmod);
      xdecref(sysmod);
      xdecref(bmod);
      if (err_occurred()) err_write_unraisable(nullptr, "Exception ignored during module teardown");
    }
    gc::collect(2);
    flush_std_streams();
    for (ssize i = weak ? size_of(weak) - 1 : -1; i >= 0; i--) {
      Object* mod = weakref_referent(list_get(weak, i));
      if (!mod || mod == None) continue;
      incref(mod);
      Object* d = module_get_dict(mod);
      if (d) module_dict_to_none(d);
      if (err_occurred()) err_write_unraisable(nullptr, "Exception ignored during module teardown");
      decref(mod);
    }
    xdecref(weak);
    if (err_occurred()) err_clear();
  }
  gc::collect(2);
  flush_std_streams();
  if (in->modules) dict_clear(in->modules);
  if (ts) {
    clearref(ts->curexc);
    clearref(ts->exc_base.exc_value);
    clearref(ts->repr_stack);
    clearref(ts->dict);
    clearref(ts->sentinels);           // _thread._set_sentinel's locks (CPython's threading makes one for the main thread)
    clearref(ts->asyncgen_firstiter);  // async generators' hooks
    clearref(ts->asyncgen_finalizer);
    clearref(ts->context);             // contextvars' current context
  }
  gc::collect(2);
  flush_std_streams();
  codecs_fini();  // codecs: search functions, the lookup cache, registered error handlers
  stdlib::sys_audit_fini();  // natives4: audit hooks
  // Start-up containers are immortal, but scripts fill some of them with
  // mortal objects (sys.path, sys.argv, sys.warnoptions ...): empty every
  // immortal list or dict the sys module holds before the leak check.
  if (in->sysdict) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(in->sysdict, &pos, &k, &v)) {
      if (!is_immortal(v)) continue;
      if (is_list_exact(v) && size_of(v) > 0) {
        Object* empty = list_new(0);
        Object* all = slice_new(nullptr, nullptr, nullptr);
        if (!empty || !all || object_setitem(v, all, empty) < 0) err_clear();
        xdecref(empty);
        xdecref(all);
      } else if (is_dict_exact(v) && v != in->modules) {
        dict_clear(v);
      }
    }
    dict_clear(in->sysdict);
  }
  if (in->builtins) dict_clear(in->builtins);
  stdlib::warnings_fini();  // typing: the warning filters and the once-registry
  // _io: empty the start-up standard streams of what the script left in them (docs/io.md)
  stdlib::io_fini();
  stdlib::atexit_fini();  // natives2: the atexit callback list
  stdlib::natives5_fini();  // natives5: faulthandler's watchdog, handlers and files; _csv's dialect registry
  stdlib::fork_hooks_fini();  // fork: os.register_at_fork's hooks
  gc::collect(2);
  stdlib::sre_fini();  // _sre: the subjects its decoding cache keeps alive
  interp_fini();
  float_fini();
  list_fini();
  str_intern_fini();
  gc::fini();
  gc::collect(2);
  const char* check = std::getenv("PYGLASS_CHECK_LEAKS");
  // Daemon threads still alive hold references from their frames: no leak check then.
  if (check && *check && *check != '0' && !others_alive) report_leaks();
}

}  // namespace rt

// sys.set_asyncgen_hooks / sys.get_asyncgen_hooks (PEP 525): per-thread
// hooks an event loop installs.  firstiter(agen) is called when an async
// generator is first iterated; finalizer(agen) when one that is neither
// finished nor closed is collected (interp/asyncgen.cpp calls them).  They
// live in the ThreadState (asyncgen_firstiter, asyncgen_finalizer).
#include "modules.h"
#include "structseq.h"
#include "runtime/threads/state.h"

namespace stdlib {
using namespace rt;

namespace {

const char* const hooks_fields[] = {"firstiter", "finalizer", nullptr};
const StructSeqDesc hooks_desc = {"asyncgen_hooks", hooks_fields, 2};
StructSeqType HooksType;

Object* sys_get_asyncgen_hooks(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_kwargs("get_asyncgen_hooks", kwnames)) return nullptr;
  if (nargs != 0)
    return err_format_null(Exc_TypeError, "get_asyncgen_hooks() takes no arguments (%zd given)", nargs);
  Object* r = structseq_new(&HooksType);
  if (!r) return nullptr;
  ThreadState* ts = tstate();
  structseq_set_steal(r, 0, newref(ts->asyncgen_firstiter ? ts->asyncgen_firstiter : None));
  structseq_set_steal(r, 1, newref(ts->asyncgen_finalizer ? ts->asyncgen_finalizer : None));
  return r;
}

// One hook: absent (null) leaves it, None removes it, a callable sets it.
int set_hook(Object*& slot, Object* v, const char* what) {
  if (!v) return 0;
  if (v != None && !is_callable(v)) {
    err_format(Exc_TypeError, "callable %s expected, got %.50s", what, type_name(v));
    return -1;
  }
  setref(slot, v == None ? nullptr : newref(v));
  return 0;
}

Object* sys_set_asyncgen_hooks(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs > 2) return err_format_null(Exc_TypeError, "function takes at most 2 arguments (%zd given)", nargs);
  Object* firstiter = nargs > 0 ? args[0] : nullptr;
  Object* finalizer = nargs > 1 ? args[1] : nullptr;
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (ssize i = 0; i < nkw; i++) {
    Object* k = tuple_get(kwnames, i);
    Object** slot = str_equal(k, names::firstiter)   ? &firstiter
                    : str_equal(k, names::finalizer) ? &finalizer
                                                     : nullptr;
    if (!slot)
      return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for this function",
                             str_utf8(k));
    if (*slot)
      return err_format_null(Exc_TypeError, "argument for function given by name ('%s') and position (%d)",
                             str_utf8(k), slot == &firstiter ? 1 : 2);
    *slot = args[nargs + i];
  }
  // As CPython: the finalizer is checked and set before the first-iteration hook.
  ThreadState* ts = tstate();
  if (set_hook(ts->asyncgen_finalizer, finalizer, "finalizer") < 0) return nullptr;
  if (set_hook(ts->asyncgen_firstiter, firstiter, "firstiter") < 0) return nullptr;
  return none_ref();
}

MethodDef functions[] = {
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, METH_DEFAULT, nullptr},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int sys_add_asyncgen_hooks(Object* sys_module) {
  if (structseq_init_type(&HooksType, &hooks_desc) < 0) return -1;
  return module_add_functions(sys_module, functions);
}

}  // namespace stdlib

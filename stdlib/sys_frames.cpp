// The sys functions that look at the running program: sys._getframe,
// sys.settrace / gettrace, sys.setprofile / getprofile (per thread; the
// events are interp/tracing.cpp's).
#include "../interp/tracing.h"
#include "modules.h"

namespace stdlib {

using namespace rt;

namespace {

Object* sys_getframe(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("sys._getframe", kwnames)) return nullptr;
  if (nargs > 1) {
    err_format(Exc_TypeError, "_getframe expected at most 1 argument, got %zd", nargs);
    return nullptr;
  }
  int64_t depth = 0;
  if (nargs == 1) {
    Object* i = number_index(args[0]);
    if (!i) return nullptr;
    depth = int_as_i64(i);
    decref(i);
    if (depth == -1 && err_occurred()) return nullptr;
  }
  interp::Frame* f = tstate()->frame;
  while (depth > 0 && f) {
    f = f->back;
    --depth;
  }
  if (!f) {
    err_set_string(Exc_ValueError, "call stack is not deep enough");
    return nullptr;
  }
  return newref(static_cast<Object*>(f));
}

bool one_argument(const char* fname, ssize nargs, Object* kwnames) {
  if (!no_kwargs(fname, kwnames)) return false;
  if (nargs != 1) {
    err_format(Exc_TypeError, "%s takes exactly one argument (%zd given)", fname, nargs);
    return false;
  }
  return true;
}

Object* sys_settrace(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_argument("sys.settrace()", nargs, kwnames)) return nullptr;
  interp::trace_set(tstate(), args[0]);
  return none_ref();
}

Object* sys_setprofile(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_argument("sys.setprofile()", nargs, kwnames)) return nullptr;
  interp::profile_set(tstate(), args[0]);
  return none_ref();
}

// sys.gettrace() / sys.getprofile(): the hook, or None.
Object* get_hook(const char* name, Object* hook, ssize nargs, Object* kwnames) {
  if (!no_kwargs(name, kwnames)) return nullptr;
  if (nargs) {
    err_format(Exc_TypeError, "%s() takes no arguments (%zd given)", name, nargs);
    return nullptr;
  }
  return hook ? newref(hook) : none_ref();
}

Object* sys_gettrace(Object*, Object* const*, ssize nargs, Object* kwnames) {
  return get_hook("sys.gettrace", tstate()->trace_func, nargs, kwnames);
}

Object* sys_getprofile(Object*, Object* const*, ssize nargs, Object* kwnames) {
  return get_hook("sys.getprofile", tstate()->profile_func, nargs, kwnames);
}

}  // namespace

MethodDef sys_frame_functions[] = {
    {"_getframe", sys_getframe, METH_DEFAULT, "_getframe($module, depth=0, /)\n--\n\nReturn a frame object from the call stack."},
    {"settrace", sys_settrace, METH_DEFAULT, "settrace(function)\n\nSet the global debug tracing function."},
    {"gettrace", sys_gettrace, METH_DEFAULT, "gettrace()\n\nReturn the global debug tracing function set with sys.settrace."},
    {"setprofile", sys_setprofile, METH_DEFAULT, "setprofile(function)\n\nSet the profiling function."},
    {"getprofile", sys_getprofile, METH_DEFAULT, "getprofile()\n\nReturn the profiling function set with sys.setprofile."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace stdlib

// The rest of CPython 3.11's sys module (natives4): the information tuples
// (int_info, hash_info, thread_info), float_repr_style, is_finalizing, the
// int<->str digit limit, coroutine origin tracking depth, getallocatedblocks,
// call_tracing, _clear_type_cache, orig_argv, abiflags, getdlopenflags /
// setdlopenflags, _current_frames / _current_exceptions, breakpointhook and
// unraisablehook (with their __x__ originals).  docs/native-modules.md ("sys")
// says which CPython internals are left out and why.
//
// unraisablehook: rt::err_write_unraisable (runtime/errors.cpp) asks
// sys_call_unraisablehook first.  When sys.unraisablehook is still the
// default, the default report is written directly; otherwise the hook gets a
// sys.UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg,
// object), and if the hook itself fails, its exception is reported in the
// default format with "Exception ignored in sys.unraisablehook".
#include <dlfcn.h>

#include <cstring>

#include "runtime/threads/state.h"
#include "../interp/frame.h"
#include "config.h"
#include "modules.h"
#include "native.h"
#include "structseq.h"

namespace stdlib {
using namespace rt;

namespace {

const char* const int_info_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                       "str_digits_check_threshold", nullptr};
const StructSeqDesc int_info_desc = {"sys.int_info", int_info_fields, 4};
StructSeqType IntInfoType;

const char* const hash_info_fields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                        "seed_bits", "cutoff", nullptr};
const StructSeqDesc hash_info_desc = {"sys.hash_info", hash_info_fields, 9};
StructSeqType HashInfoType;

const char* const thread_info_fields[] = {"name", "lock", "version", nullptr};
const StructSeqDesc thread_info_desc = {"sys.thread_info", thread_info_fields, 3};
StructSeqType ThreadInfoType;

const char* const unraisable_fields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object", nullptr};
const StructSeqDesc unraisable_desc = {"UnraisableHookArgs", unraisable_fields, 5};
StructSeqType UnraisableHookArgsType;

int g_coro_origin_depth = 0;  // sys.set_coroutine_origin_tracking_depth (recorded; origins are not tracked)
int g_dlopenflags = RTLD_NOW;

bool no_args(const char* qualname, ssize nargs, Object* kwnames) { return check_no_args(qualname, nargs, kwnames); }

Object* sys_is_finalizing(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args("sys.is_finalizing", nargs, kwnames)) return nullptr;
  return bool_ref(interp_state()->finalizing);
}

Object* sys_get_int_max_str_digits(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args("sys.get_int_max_str_digits", nargs, kwnames)) return nullptr;
  return int_from_i64(int_get_max_str_digits());
}

// One argument of an Argument Clinic function, by position or by name.
bool one_clinic_arg(const char* fname, const char* name, Object* const* args, ssize nargs, Object* kwnames,
                    Object** out) {
  const char* const names[] = {name};
  return parse_clinic_args(fname, names, 1, 1, args, nargs, kwnames, out);
}


Object* sys_set_int_max_str_digits(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a;
  int n;
  if (!one_clinic_arg("set_int_max_str_digits", "maxdigits", args, nargs, kwnames, &a) || !native::int_arg(a, &n))
    return nullptr;
  if (n != 0 && n < 640) return err_format_null(Exc_ValueError, "maxdigits must be 0 or larger than 640");
  int_set_max_str_digits(n);
  return none_ref();
}

Object* sys_get_coro_depth(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args("sys.get_coroutine_origin_tracking_depth", nargs, kwnames)) return nullptr;
  return int_from_i64(g_coro_origin_depth);
}

Object* sys_set_coro_depth(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a;
  int n;
  if (!one_clinic_arg("set_coroutine_origin_tracking_depth", "depth", args, nargs, kwnames, &a) || !native::int_arg(a, &n))
    return nullptr;
  if (n < 0) return err_format_null(Exc_ValueError, "depth must be >= 0");
  g_coro_origin_depth = n;
  return none_ref();
}

// The number of live objects: pyglass's allocator hands out one block per
// object, so the refchain's length is the count of allocated blocks.
Object* sys_getallocatedblocks(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args("sys.getallocatedblocks", nargs, kwnames)) return nullptr;
  return int_from_i64(refchain_length());
}

Object* sys_call_tracing(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("call_tracing", kwnames)) return nullptr;
  if (nargs != 2) return err_format_null(Exc_TypeError, "call_tracing expected 2 arguments, got %zd", nargs);
  if (!is_tuple(args[1]))
    return err_format_null(Exc_TypeError, "call_tracing() argument 2 must be tuple, not %.50s", type_name(args[1]));
  return call_tuple_dict(args[0], args[1], nullptr);
}

// pyglass's method cache is keyed by version tags that every type change
// bumps, so there is nothing stale to clear: a no-op, as CPython's is from a
// script's point of view.
Object* sys_clear_type_cache(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args("sys._clear_type_cache", nargs, kwnames)) return nullptr;
  return none_ref();
}

Object* sys_getdlopenflags(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args("sys.getdlopenflags", nargs, kwnames)) return nullptr;
  return int_from_i64(g_dlopenflags);
}

Object* sys_setdlopenflags(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("setdlopenflags", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "setdlopenflags() takes exactly one argument (%zd given)", nargs);
  int n;
  if (!native::int_arg(args[0], &n)) return nullptr;
  g_dlopenflags = n;
  return none_ref();
}

// {thread id: value} over every thread state.
template <class F>
Object* per_thread(F value) {
  Object* d = dict_new();
  if (!d) return nullptr;
  for (ThreadState* ts = interp_state()->threads; ts; ts = ts->next) {
    Object* v = value(ts);
    if (!v) continue;
    Object* k = int_from_u64(ts->thread_id);
    int r = k ? dict_setitem(d, k, v) : -1;
    xdecref(k);
    decref(v);
    if (r < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

Object* sys_current_frames(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args("sys._current_frames", nargs, kwnames)) return nullptr;
  return per_thread([](ThreadState* ts) -> Object* {
    return ts->frame ? newref(static_cast<Object*>(ts->frame)) : nullptr;
  });
}

Object* sys_current_exceptions(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args("sys._current_exceptions", nargs, kwnames)) return nullptr;
  return per_thread([](ThreadState* ts) -> Object* {
    ExcStackItem* e = ts->exc_info;
    while (e && (!e->exc_value || e->exc_value == None)) e = e->previous;
    Object* v = e ? e->exc_value : nullptr;
    if (!v) return tuple_pack(3, None, None, None);
    Object* tb = exc_get_traceback(v);
    return tuple_pack(3, type_of(v), v, tb ? tb : None);
  });
}

// sys.breakpointhook(*args, **kws): import $PYTHONBREAKPOINT (default
// pdb.set_trace) and call it; "0" disables breakpoint().
Object* sys_breakpointhook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  const char* env = startup_config().ignore_environment ? nullptr : getenv("PYTHONBREAKPOINT");
  std::string hook = env && *env ? env : "pdb.set_trace";
  if (hook == "0") return none_ref();
  size_t dot = hook.rfind('.');
  std::string modname = dot == std::string::npos ? "builtins" : hook.substr(0, dot);
  std::string attr = dot == std::string::npos ? hook : hook.substr(dot + 1);
  Object* mod = import_module(modname.c_str());
  Object* fn = mod ? object_getattr_str(mod, attr.c_str()) : nullptr;
  xdecref(mod);
  if (!fn) {
    if (!err_matches(Exc_ImportError) && !err_matches(Exc_AttributeError)) return nullptr;
    err_clear();
    std::string msg = "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hook + "\"";
    if (err_warn(Exc_RuntimeWarning, msg.c_str(), 1) < 0) return nullptr;
    return none_ref();
  }
  Object* r = call(fn, args, nargs, kwnames);
  decref(fn);
  return r;
}

// The default report: "<err_msg>: <repr(obj)>" (or "Exception ignored in: ..."),
// then the traceback and the exception, on sys.stderr.
void default_unraisable(Object* exc, Object* obj, const char* where) {
  err_restore(newref(exc));
  write_unraisable_default(obj, where);
}

Object* sys_unraisablehook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("unraisablehook", kwnames)) return nullptr;
  if (nargs != 1) return err_format_null(Exc_TypeError, "unraisablehook() takes exactly one argument (%zd given)", nargs);
  Object* a = args[0];
  if (type_of(a) != &UnraisableHookArgsType)
    return err_format_null(Exc_TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
  Object* value = structseq_get(a, 1);
  Object* msg = structseq_get(a, 3);
  Object* obj = structseq_get(a, 4);
  std::string where;
  if (msg && msg != None) {
    Object* s = object_str(msg);
    if (!s) return nullptr;
    where = str_view(s);
    decref(s);
  }
  if (!value || value == None) {
    // Only a type: make an instance to report.
    Object* t = structseq_get(a, 0);
    if (t && t != None && is_exception_class(t)) value = exc_new(static_cast<TypeObject*>(t), nullptr, 0);
    else value = none_ref();
    if (!value) return nullptr;
  } else {
    incref(value);
  }
  if (value != None) {
    Object* tb = structseq_get(a, 2);
    if (tb && tb != None && !exc_get_traceback(value)) exc_set_traceback(value, tb);
    default_unraisable(value, obj == None ? nullptr : obj, msg && msg != None ? where.c_str() : nullptr);
  }
  decref(value);
  return none_ref();
}

// builtins.breakpoint(*args, **kws): sys.breakpointhook(*args, **kws).
Object* b_breakpoint(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* hook = sys_get_object("breakpointhook");
  if (!hook) return err_format_null(Exc_RuntimeError, "lost sys.breakpointhook");
  if (sys_audit_active() && audit_event("builtins.breakpoint", {newref(hook)}) < 0) return nullptr;
  incref(hook);
  Object* r = call(hook, args, nargs, kwnames);
  decref(hook);
  return r;
}

MethodDef functions[] = {
    {"is_finalizing", sys_is_finalizing, METH_DEFAULT, "Return True if Python is exiting."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_DEFAULT,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METH_DEFAULT,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"get_coroutine_origin_tracking_depth", sys_get_coro_depth, METH_DEFAULT,
     "Check status of origin tracking for coroutine objects in this thread."},
    {"set_coroutine_origin_tracking_depth", sys_set_coro_depth, METH_DEFAULT,
     "Enable or disable origin tracking for coroutine objects in this thread."},
    {"getallocatedblocks", sys_getallocatedblocks, METH_DEFAULT,
     "Return the number of memory blocks currently allocated."},
    {"call_tracing", sys_call_tracing, METH_DEFAULT, "Call func(*args), while tracing is enabled."},
    {"_clear_type_cache", sys_clear_type_cache, METH_DEFAULT, "Clear the internal type lookup cache."},
    {"getdlopenflags", sys_getdlopenflags, METH_DEFAULT,
     "Return the current value of the flags that are used for dlopen calls."},
    {"setdlopenflags", sys_setdlopenflags, METH_DEFAULT,
     "Set the flags used by the interpreter for dlopen calls."},
    {"_current_frames", sys_current_frames, METH_DEFAULT,
     "Return a dict mapping each thread's thread id to its current stack frame."},
    {"_current_exceptions", sys_current_exceptions, METH_DEFAULT,
     "Return a dict mapping each thread's identifier to its current raised exception."},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef breakpointhook_def = {"breakpointhook", sys_breakpointhook, METH_DEFAULT,
                                "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint().\n"};
MethodDef unraisablehook_def = {"unraisablehook", sys_unraisablehook, METH_DEFAULT,
                                "Handle an unraisable exception.\n\nThe unraisable argument has the following "
                                "attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be "
                                "None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, "
                                "can be None.\n* object: Object causing the exception, can be None."};

// m.name = m.__name__ = one built-in function object.
int add_hook_pair(Object* m, MethodDef* def, const char* dunder) {
  Object* modname = str_from_cstr("sys");
  Object* f = modname ? builtin_function_new(def, m, modname) : nullptr;
  xdecref(modname);
  if (!f) return -1;
  int r = object_setattr_str(m, def->name, f) < 0 || object_setattr_str(m, dunder, f) < 0 ? -1 : 0;
  decref(f);
  return r;
}

int set_steal(Object* m, const char* name, Object* v) {
  if (!v) return -1;
  int r = object_setattr_str(m, name, v);
  decref(v);
  return r;
}

}  // namespace

MethodDef breakpoint_functions[] = {
    {"breakpoint", b_breakpoint, METH_DEFAULT,
     "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\n"
     "whatever arguments are passed.\n\nBy default, this drops you into the pdb debugger."},
    {nullptr, nullptr, 0, nullptr},
};

int sys_add_info(Object* m) {
  if (structseq_init_type(&IntInfoType, &int_info_desc) < 0 ||
      structseq_init_type(&HashInfoType, &hash_info_desc) < 0 ||
      structseq_init_type(&ThreadInfoType, &thread_info_desc) < 0 ||
      structseq_init_type(&UnraisableHookArgsType, &unraisable_desc) < 0)
    return -1;
  if (module_add_functions(m, functions) < 0) return -1;
  if (add_hook_pair(m, &breakpointhook_def, "__breakpointhook__") < 0 ||
      add_hook_pair(m, &unraisablehook_def, "__unraisablehook__") < 0)
    return -1;
  // pyglass's ints are 32-bit limbs (runtime/bigint.h): int_info tells the truth.
  if (set_steal(m, "int_info",
                structseq_pack(&IntInfoType, {int_from_i64(32), int_from_i64(4), int_from_i64(4300), int_from_i64(640)})) < 0)
    return -1;
  // Numbers hash as in CPython 3.11 (modulo 2**61 - 1); str and bytes use
  // pyglass's own unseeded 64-bit hash (runtime/str.cpp), not SipHash: no seed,
  // the same hashes in every run.
  if (set_steal(m, "hash_info",
                structseq_pack(&HashInfoType, {int_from_i64(64), int_from_i64((int64_t(1) << 61) - 1), int_from_i64(314159),
                                         int_from_i64(0), int_from_i64(1000003), str_from_cstr("pyglass"),
                                         int_from_i64(64), int_from_i64(0), int_from_i64(0)})) < 0)
    return -1;
  char version[64] = "NPTL";
  size_t n = confstr(_CS_GNU_LIBPTHREAD_VERSION, version, sizeof version);
  if (n == 0 || n > sizeof version) snprintf(version, sizeof version, "NPTL");
  if (set_steal(m, "thread_info",
                structseq_pack(&ThreadInfoType, {str_from_cstr("pthread"), str_from_cstr("semaphore"), str_from_cstr(version)})) < 0)
    return -1;
  if (set_steal(m, "float_repr_style", str_from_cstr("short")) < 0 || set_steal(m, "abiflags", str_from_cstr("")) < 0 ||
      set_steal(m, "_home", none_ref()) < 0)
    return -1;
  if (Object* exe = sys_get_object("executable"); exe && set_steal(m, "_base_executable", newref(exe)) < 0) return -1;
  Object* orig = list_new(0);
  if (!orig) return -1;
  for (const std::string& a : startup_config().orig_argv) {
    Object* s = str_from(a);
    if (!s || list_append(orig, s) < 0) {
      xdecref(s);
      decref(orig);
      return -1;
    }
    decref(s);
  }
  return set_steal(m, "orig_argv", orig);
}

int sys_call_unraisablehook(Object* exc, Object* obj, const char* where) {
  Object* hook = sys_get_object("unraisablehook");
  Object* dflt = sys_get_object("__unraisablehook__");
  if (!hook || hook == dflt || hook == None) return 1;
  // "Exception ignored in" is the default message: err_msg None, as CPython.
  if (where && strcmp(where, "Exception ignored in") == 0) where = nullptr;
  Object* tb = exc_get_traceback(exc);
  Object* args = structseq_pack(&UnraisableHookArgsType,
                          {newref(static_cast<Object*>(type_of(exc))), newref(exc), newref(tb ? tb : None),
                           where ? str_from_cstr(where) : none_ref(), newref(obj ? obj : None)});
  if (!args) return 1;
  incref(hook);
  Object* r = call1(hook, args);
  decref(args);
  if (r) {
    decref(hook);
    decref(r);
    return 0;
  }
  // The hook failed: report its own exception in the default format.
  write_unraisable_default(hook, "Exception ignored in sys.unraisablehook");
  decref(hook);
  return 0;
}

}  // namespace stdlib

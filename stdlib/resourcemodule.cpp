// resource: process resource limits and usage (getrlimit/setrlimit/prlimit,
// getrusage with struct_rusage, getpagesize, the RLIMIT_*/RUSAGE_*
// constants).  resource.error is OSError, as in CPython 3.  os.wait3 and
// os.wait4 build their struct_rusage here (rusage_struct), as CPython's posix
// module takes it from this module.
#include <cerrno>
#include <climits>
#include <sys/resource.h>
#include <unistd.h>

#include "modules.h"
#include "native.h"
#include "structseq.h"

namespace stdlib {
using namespace rt;

namespace {

const char* const rusage_fields[] = {"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
                                     "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
                                     "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw", nullptr};
const StructSeqDesc rusage_desc = {"resource.struct_rusage", rusage_fields, 16};
StructSeqType RusageType;

// The resource argument: an int in [0, RLIM_NLIMITS).
bool resource_arg(Object* o, int* out) {
  int v;
  if (!native::int_arg(o, &v)) return false;
  if (v < 0 || v >= RLIM_NLIMITS) {
    err_set_string(Exc_ValueError, "invalid resource specified");
    return false;
  }
  *out = v;
  return true;
}

// rlim_t from a Python int (CPython: PyLong_AsLong, so -1 is RLIM_INFINITY).
bool rlim_arg(Object* o, rlim_t* out) {
  Object* i = number_index(o);
  if (!i) return false;
  bool fits = int_fits_i64(i);
  int64_t v = fits ? int_as_i64(i) : 0;
  decref(i);
  if (!fits) {
    err_set_string(Exc_OverflowError, "Python int too large to convert to C long");
    return false;
  }
  *out = rlim_t(v);
  return true;
}

Object* rlim_obj(rlim_t v) { return v == RLIM_INFINITY ? int_from_i64(-1) : int_from_u64(uint64_t(v)); }

Object* limits_tuple(const struct rlimit& rl) {
  Object* a = rlim_obj(rl.rlim_cur);
  Object* b = rlim_obj(rl.rlim_max);
  Object* t = a && b ? tuple_pack(2, a, b) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

// The (soft, hard) argument of setrlimit/prlimit.
bool limits_arg(Object* o, struct rlimit* rl) {
  Object* seq = sequence_tuple(o);
  if (!seq) return false;
  bool ok = size_of(seq) == 2;
  if (!ok) err_set_string(Exc_ValueError, "expected a tuple of 2 integers");
  else ok = rlim_arg(tuple_get(seq, 0), &rl->rlim_cur) && rlim_arg(tuple_get(seq, 1), &rl->rlim_max);
  decref(seq);
  return ok;
}

// setrlimit/prlimit failures with CPython's messages.
Object* limit_error(int e) {
  if (e == EINVAL) return err_format_null(Exc_ValueError, "current limit exceeds maximum limit");
  if (e == EPERM) return err_format_null(Exc_ValueError, "not allowed to raise maximum limit");
  err_set_from_errno(Exc_OSError, e);
  return nullptr;
}

// Argument Clinic's checks: "resource.setrlimit() takes no keyword arguments",
// "setrlimit expected 2 arguments, got 1", "resource.getrlimit() takes exactly one argument (0 given)".
bool positional(const char* fname, ssize nargs, Object* kwnames, ssize n) {
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "resource.%s() takes no keyword arguments", fname);
    return false;
  }
  if (n == 1 && nargs != 1) {
    err_format(Exc_TypeError, "resource.%s() takes exactly one argument (%zd given)", fname, nargs);
    return false;
  }
  return cont::check_nargs(fname, nargs, n, n);
}

Object* r_getrlimit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  int res;
  if (!positional("getrlimit", nargs, kwnames, 1) || !resource_arg(args[0], &res)) return nullptr;
  struct rlimit rl;
  if (getrlimit(__rlimit_resource(res), &rl) < 0) {
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return limits_tuple(rl);
}

Object* r_setrlimit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  int res;
  if (!positional("setrlimit", nargs, kwnames, 2) || !resource_arg(args[0], &res)) return nullptr;
  struct rlimit rl;
  if (!limits_arg(args[1], &rl)) return nullptr;
  if (setrlimit(__rlimit_resource(res), &rl) < 0) return limit_error(errno);
  return none_ref();
}

Object* r_prlimit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && size_of(kwnames)) return err_format_null(Exc_TypeError, "prlimit() takes no keyword arguments");
  if (nargs < 2 || nargs > 3) return err_format_null(Exc_TypeError, "resource.prlimit requires 2 to 3 arguments");
  Object* p = number_index(args[0]);
  if (!p) return nullptr;
  int64_t pid = int_fits_i64(p) ? int_as_i64(p) : INT64_MAX;
  decref(p);
  int res;
  if (!resource_arg(args[1], &res)) return nullptr;
  struct rlimit newl, oldl;
  bool set = nargs > 2 && args[2] != None;
  if (set && !limits_arg(args[2], &newl)) return nullptr;
  if (prlimit(pid_t(pid), __rlimit_resource(res), set ? &newl : nullptr, &oldl) < 0) {
    if (errno == EINVAL) return err_format_null(Exc_ValueError, "current limit exceeds maximum limit");
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return limits_tuple(oldl);
}

Object* r_getrusage(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!positional("getrusage", nargs, kwnames, 1)) return nullptr;
  Object* w = number_index(args[0]);
  if (!w) return nullptr;
  int64_t who = int_fits_i64(w) ? int_as_i64(w) : INT64_MAX;
  decref(w);
  struct rusage ru;
  if (who > INT_MAX || who < INT_MIN || getrusage(int(who), &ru) < 0) {
    if (who > INT_MAX || who < INT_MIN || errno == EINVAL) return err_format_null(Exc_ValueError, "invalid who parameter");
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return rusage_struct(ru);
}

Object* r_getpagesize(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("resource.getpagesize", nargs, kwnames)) return nullptr;
  return int_from_i64(sysconf(_SC_PAGESIZE));
}

MethodDef functions[] = {
    {"getrusage", r_getrusage, METH_DEFAULT, nullptr},
    {"getrlimit", r_getrlimit, METH_DEFAULT, nullptr},
    {"prlimit", r_prlimit, METH_DEFAULT, nullptr},
    {"setrlimit", r_setrlimit, METH_DEFAULT, nullptr},
    {"getpagesize", r_getpagesize, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* rusage_struct(const struct rusage& ru) {
  if (structseq_ready_on_import(&RusageType, &rusage_desc) < 0) return nullptr;
  auto secs = [](const struct timeval& tv) { return float_from_double(double(tv.tv_sec) + double(tv.tv_usec) * 1e-6); };
  return structseq_pack(&RusageType,
                        {secs(ru.ru_utime), secs(ru.ru_stime), int_from_i64(ru.ru_maxrss), int_from_i64(ru.ru_ixrss),
                         int_from_i64(ru.ru_idrss), int_from_i64(ru.ru_isrss), int_from_i64(ru.ru_minflt),
                         int_from_i64(ru.ru_majflt), int_from_i64(ru.ru_nswap), int_from_i64(ru.ru_inblock),
                         int_from_i64(ru.ru_oublock), int_from_i64(ru.ru_msgsnd), int_from_i64(ru.ru_msgrcv),
                         int_from_i64(ru.ru_nsignals), int_from_i64(ru.ru_nvcsw), int_from_i64(ru.ru_nivcsw)});
}

Object* init_resource_module() {
  if (structseq_ready_on_import(&RusageType, &rusage_desc) < 0) return nullptr;
  Object* m = native::make_module("resource", nullptr, functions, {&RusageType});
  if (!m) return nullptr;
  struct {
    const char* name;
    long long v;
  } const ints[] = {{"RLIMIT_CPU", RLIMIT_CPU},         {"RLIMIT_FSIZE", RLIMIT_FSIZE},
                    {"RLIMIT_DATA", RLIMIT_DATA},       {"RLIMIT_STACK", RLIMIT_STACK},
                    {"RLIMIT_CORE", RLIMIT_CORE},       {"RLIMIT_NOFILE", RLIMIT_NOFILE},
                    {"RLIMIT_OFILE", RLIMIT_OFILE},     {"RLIMIT_AS", RLIMIT_AS},
                    {"RLIMIT_RSS", RLIMIT_RSS},         {"RLIMIT_NPROC", RLIMIT_NPROC},
                    {"RLIMIT_MEMLOCK", RLIMIT_MEMLOCK}, {"RLIMIT_MSGQUEUE", RLIMIT_MSGQUEUE},
                    {"RLIMIT_NICE", RLIMIT_NICE},       {"RLIMIT_RTPRIO", RLIMIT_RTPRIO},
                    {"RLIMIT_RTTIME", RLIMIT_RTTIME},   {"RLIMIT_SIGPENDING", RLIMIT_SIGPENDING},
                    {"RUSAGE_SELF", RUSAGE_SELF},       {"RUSAGE_CHILDREN", RUSAGE_CHILDREN},
                    {"RUSAGE_THREAD", RUSAGE_THREAD},   {"RLIM_INFINITY", -1}};
  for (const auto& i : ints)
    if (native::add_int(m, i.name, i.v) < 0) goto fail;
  if (module_add_object(m, "error", newref(static_cast<Object*>(Exc_OSError))) < 0) goto fail;
  return m;
fail:
  decref(m);
  return nullptr;
}

}  // namespace stdlib

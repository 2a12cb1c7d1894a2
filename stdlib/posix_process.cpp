// posix, part three: processes -- ids, groups, sessions, signals to other
// processes, exec, waiting for children and their status, and system
// information (times, uname, sysconf, load, scheduling).  See posixmodule.cpp
// for the conventions.  Waiting (wait*, system) releases the GIL.
//
// os.fork, os.forkpty and os.register_at_fork are in posix_fork.cpp.
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/threads/sched.h"
#include "modules.h"
#include "native.h"
#include "posixmodule.h"
#include "structseq.h"

namespace stdlib::posix {

using namespace rt;

namespace {

const char* const times_fields[] = {"user", "system", "children_user", "children_system", "elapsed", nullptr};
const StructSeqDesc times_desc = {"posix.times_result", times_fields, 5};
StructSeqType TimesResultType;

const char* const uname_fields[] = {"sysname", "nodename", "release", "version", "machine", nullptr};
const StructSeqDesc uname_desc = {"posix.uname_result", uname_fields, 5};
StructSeqType UnameResultType;

const char* const waitid_fields[] = {"si_pid", "si_uid", "si_signo", "si_status", "si_code", nullptr};
const StructSeqDesc waitid_desc = {"posix.waitid_result", waitid_fields, 5};
StructSeqType WaitidResultType;

struct NameValue {
  const char* name;
  int value;
};
const NameValue sysconf_names[] = {
#include "posix_sysconf.inc"
    {nullptr, 0},
};
const NameValue confstr_names[] = {
#include "posix_confstr.inc"
    {nullptr, 0},
};

Object* fill_seq(StructSeqType* t, std::initializer_list<Object*> vals) { return structseq_pack(t, vals); }

Object* none_or_errno(int r) {
  if (r != 0) return raise_errno();
  return none_ref();
}

// ---- ids ---------------------------------------------------------------------------------------
Object* p_getpid(Object*, Object* const*, ssize, Object*) { return int_from_i64(::getpid()); }
Object* p_getppid(Object*, Object* const*, ssize, Object*) { return int_from_i64(::getppid()); }
Object* p_getuid(Object*, Object* const*, ssize, Object*) { return int_from_u64(::getuid()); }
Object* p_geteuid(Object*, Object* const*, ssize, Object*) { return int_from_u64(::geteuid()); }
Object* p_getgid(Object*, Object* const*, ssize, Object*) { return int_from_u64(::getgid()); }
Object* p_getegid(Object*, Object* const*, ssize, Object*) { return int_from_u64(::getegid()); }
Object* p_getpgrp(Object*, Object* const*, ssize, Object*) { return int_from_i64(::getpgrp()); }

// f(id): one integer argument, a system call returning 0 or -1.
template <int (*F)(unsigned)>
Object* set_id(const char* fname, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long v;
  if (!parse_args(fname, args, nargs, kw, "id", a) || !int_arg(a[0], &v)) return nullptr;
  return none_or_errno(F(unsigned(v)));
}
int do_setuid(unsigned v) { return ::setuid(uid_t(v)); }
int do_seteuid(unsigned v) { return ::seteuid(uid_t(v)); }
int do_setgid(unsigned v) { return ::setgid(gid_t(v)); }
int do_setegid(unsigned v) { return ::setegid(gid_t(v)); }
Object* p_setuid(Object*, Object* const* a, ssize n, Object* k) { return set_id<do_setuid>("setuid", a, n, k); }
Object* p_seteuid(Object*, Object* const* a, ssize n, Object* k) { return set_id<do_seteuid>("seteuid", a, n, k); }
Object* p_setgid(Object*, Object* const* a, ssize n, Object* k) { return set_id<do_setgid>("setgid", a, n, k); }
Object* p_setegid(Object*, Object* const* a, ssize n, Object* k) { return set_id<do_setegid>("setegid", a, n, k); }

bool ids_args(const char* fname, Object* const* args, ssize nargs, Object* kw, int n, long long* out) {
  Object* a[3] = {};
  const char* spec = n == 2 ? "a,b" : "a,b,c";
  if (!parse_args(fname, args, nargs, kw, spec, a)) return false;
  for (int i = 0; i < n; i++)
    if (!int_arg(a[i], &out[i])) return false;
  return true;
}
Object* p_setreuid(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long v[2];
  if (!ids_args("setreuid", args, nargs, kw, 2, v)) return nullptr;
  return none_or_errno(::setreuid(uid_t(v[0]), uid_t(v[1])));
}
Object* p_setregid(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long v[2];
  if (!ids_args("setregid", args, nargs, kw, 2, v)) return nullptr;
  return none_or_errno(::setregid(gid_t(v[0]), gid_t(v[1])));
}
Object* p_setresuid(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long v[3];
  if (!ids_args("setresuid", args, nargs, kw, 3, v)) return nullptr;
  return none_or_errno(::setresuid(uid_t(v[0]), uid_t(v[1]), uid_t(v[2])));
}
Object* p_setresgid(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long v[3];
  if (!ids_args("setresgid", args, nargs, kw, 3, v)) return nullptr;
  return none_or_errno(::setresgid(gid_t(v[0]), gid_t(v[1]), gid_t(v[2])));
}

Object* triple(uint64_t a, uint64_t b, uint64_t c) {
  Object* x = int_from_u64(a);
  Object* y = int_from_u64(b);
  Object* z = int_from_u64(c);
  Object* t = x && y && z ? tuple_pack(3, x, y, z) : nullptr;
  xdecref(x);
  xdecref(y);
  xdecref(z);
  return t;
}
Object* p_getresuid(Object*, Object* const*, ssize, Object*) {
  uid_t r, e, s;
  if (::getresuid(&r, &e, &s) != 0) return raise_errno();
  return triple(r, e, s);
}
Object* p_getresgid(Object*, Object* const*, ssize, Object*) {
  gid_t r, e, s;
  if (::getresgid(&r, &e, &s) != 0) return raise_errno();
  return triple(r, e, s);
}

Object* gid_list(const gid_t* g, int n) {
  Object* l = list_new(0);
  for (int i = 0; l && i < n; i++) {
    Object* v = int_from_u64(g[i]);
    if (!v || list_append(l, v) < 0) clearref(l);
    xdecref(v);
  }
  return l;
}

Object* p_getgroups(Object*, Object* const*, ssize, Object*) {
  int n = ::getgroups(0, nullptr);
  if (n < 0) return raise_errno();
  std::vector<gid_t> g(size_t(n) + 1);
  n = ::getgroups(int(g.size()), g.data());
  if (n < 0) return raise_errno();
  return gid_list(g.data(), n);
}

Object* p_setgroups(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!parse_args("setgroups", args, nargs, kw, "groups", a)) return nullptr;
  Object* l = sequence_list(a[0]);
  if (!l) {
    err_clear();
    err_set_string(Exc_TypeError, "setgroups argument must be a sequence");
    return nullptr;
  }
  std::vector<gid_t> g;
  for (ssize i = 0; i < size_of(l); i++) {
    long long v;
    if (!int_arg(list_get(l, i), &v)) {
      decref(l);
      return nullptr;
    }
    g.push_back(gid_t(v));
  }
  decref(l);
  return none_or_errno(::setgroups(g.size(), g.data()));
}

Object* p_getgrouplist(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  long long base;
  if (!parse_args("getgrouplist", args, nargs, kw, "user,group", a) || !int_arg(a[1], &base)) return nullptr;
  if (!is_str(a[0])) {
    err_format(Exc_TypeError, "getgrouplist() argument 1 must be str, not %s", type_name(a[0]));
    return nullptr;
  }
  int n = 64;
  std::vector<gid_t> g;
  for (;;) {
    g.resize(size_t(n));
    int got = n;
    if (::getgrouplist(str_utf8(a[0]), gid_t(base), g.data(), &got) >= 0) return gid_list(g.data(), got);
    n = got > n ? got : n * 2;
  }
}

Object* p_initgroups(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  long long gid;
  if (!parse_args("initgroups", args, nargs, kw, "username,gid", a) || !int_arg(a[1], &gid)) return nullptr;
  Path u{"initgroups", "username"};
  if (!u.convert(a[0])) return nullptr;
  return none_or_errno(::initgroups(u.c_str(), gid_t(gid)));
}

Object* p_getlogin(Object*, Object* const*, ssize, Object*) {
  const char* n = ::getlogin();
  if (!n) {
    if (errno == 0) errno = ENOTTY;
    return raise_errno();
  }
  return decode_path(n, std::strlen(n), false);
}

bool one_pid(const char* fname, Object* const* args, ssize nargs, Object* kw, long long* pid) {
  Object* a[1];
  return parse_args(fname, args, nargs, kw, "pid", a) && int_arg(a[0], pid);
}
Object* p_getpgid(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long pid;
  if (!one_pid("getpgid", args, nargs, kw, &pid)) return nullptr;
  pid_t r = ::getpgid(pid_t(pid));
  return r < 0 ? raise_errno() : int_from_i64(r);
}
Object* p_getsid(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long pid;
  if (!one_pid("getsid", args, nargs, kw, &pid)) return nullptr;
  pid_t r = ::getsid(pid_t(pid));
  return r < 0 ? raise_errno() : int_from_i64(r);
}
Object* p_setpgid(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long v[2];
  if (!ids_args("setpgid", args, nargs, kw, 2, v)) return nullptr;
  return none_or_errno(::setpgid(pid_t(v[0]), pid_t(v[1])));
}
Object* p_setpgrp(Object*, Object* const*, ssize, Object*) { return none_or_errno(::setpgid(0, 0)); }
Object* p_setsid(Object*, Object* const*, ssize, Object*) {
  return ::setsid() < 0 ? raise_errno() : none_ref();
}

Object* p_getpriority(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long v[2];
  if (!ids_args("getpriority", args, nargs, kw, 2, v)) return nullptr;
  errno = 0;
  int r = ::getpriority(__priority_which_t(v[0]), id_t(v[1]));
  if (r == -1 && errno != 0) return raise_errno();
  return int_from_i64(r);
}
Object* p_setpriority(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long v[3];
  if (!ids_args("setpriority", args, nargs, kw, 3, v)) return nullptr;
  return none_or_errno(::setpriority(__priority_which_t(v[0]), id_t(v[1]), int(v[2])));
}
Object* p_nice(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long inc;
  if (!parse_args("nice", args, nargs, kw, "increment", a) || !int_arg(a[0], &inc)) return nullptr;
  errno = 0;
  int r = ::nice(int(inc));
  if (r == -1 && errno != 0) return raise_errno();
  return int_from_i64(r);
}

// ---- signals to processes, exit, exec, system ---------------------------------------------------
Object* p_kill(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long v[2];
  if (!ids_args("kill", args, nargs, kw, 2, v)) return nullptr;
  return none_or_errno(::kill(pid_t(v[0]), int(v[1])));
}
Object* p_killpg(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long v[2];
  if (!ids_args("killpg", args, nargs, kw, 2, v)) return nullptr;
  return none_or_errno(::killpg(pid_t(v[0]), int(v[1])));
}

Object* p_abort(Object*, Object* const*, ssize, Object*) { ::abort(); }

Object* p_exit(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int status;  // a C int: 2**40 is an OverflowError, as in CPython
  if (!parse_args("_exit", args, nargs, kw, "status", a) || !native::int_arg(a[0], &status)) return nullptr;
  ::_exit(status);
}

// system(command): the exit status as wait() reports it, the GIL released meanwhile.
Object* p_system(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  if (!parse_args("system", args, nargs, kw, "command", a)) return nullptr;
  Path cmd{"system", "command"};
  if (!cmd.convert(a[0])) return nullptr;
  int r;
  {
    sched::BlockingSection bs;
    r = ::system(cmd.c_str());
  }
  return int_from_i64(r);
}

// An argv or env list for exec: a tuple/list of path-likes.
bool string_vector(const char* fname, Object* seq, std::vector<std::string>* out) {
  if (!is_list(seq) && !is_tuple(seq)) {
    err_format(Exc_TypeError, "%s: argv must be a tuple or list", fname);
    return false;
  }
  Object* l = sequence_list(seq);
  if (!l) return false;
  for (ssize i = 0; i < size_of(l); i++) {
    Path p{fname, "args"};
    if (!p.convert(list_get(l, i))) {
      decref(l);
      return false;
    }
    out->push_back(p.bytes);
  }
  decref(l);
  return true;
}

std::vector<char*> c_vector(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (std::string& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

Object* exec_impl(const char* fname, Object* const* args, ssize nargs, Object* kw, bool with_env) {
  Object* a[3] = {};
  if (!parse_args(fname, args, nargs, kw, with_env ? "path,argv,env" : "path,argv", a)) return nullptr;
  Path path{fname};
  path.allow_fd = with_env;
  std::vector<std::string> argv, envv;
  if (!path.convert(a[0]) || !string_vector(fname, a[1], &argv)) return nullptr;
  if (argv.empty()) {
    err_format(Exc_ValueError, "%s: argv must not be empty", fname);
    return nullptr;
  }
  if (argv[0].empty()) {
    err_format(Exc_ValueError, "%s: argv first element cannot be empty", fname);
    return nullptr;
  }
  if (with_env) {
    Object* keys = call_method0(a[2], names::keys);
    Object* kl = keys ? sequence_list(keys) : nullptr;
    xdecref(keys);
    if (!kl) {
      err_clear();
      err_set_string(Exc_TypeError, "env must be a mapping object");
      return nullptr;
    }
    for (ssize i = 0; i < size_of(kl); i++) {
      Object* k = list_get(kl, i);
      Object* v = object_getitem(a[2], k);
      Path pk{fname, "env"}, pv{fname, "env"};
      bool ok = v && pk.convert(k) && pv.convert(v);
      xdecref(v);
      if (!ok) {
        decref(kl);
        return nullptr;
      }
      if (pk.bytes.empty() || pk.bytes.find('=') != std::string::npos) {
        decref(kl);
        err_set_string(Exc_ValueError, "illegal environment variable name");
        return nullptr;
      }
      envv.push_back(pk.bytes + "=" + pv.bytes);
    }
    decref(kl);
  }
  std::vector<char*> cargv = c_vector(argv), cenv = c_vector(envv);
  if (with_env) {
    if (path.fd >= 0) ::fexecve(path.fd, cargv.data(), cenv.data());
    else ::execve(path.c_str(), cargv.data(), cenv.data());
  } else {
    ::execv(path.c_str(), cargv.data());
  }
  return raise_errno(&path);
}
Object* p_execv(Object*, Object* const* a, ssize n, Object* k) { return exec_impl("execv", a, n, k, false); }
Object* p_execve(Object*, Object* const* a, ssize n, Object* k) { return exec_impl("execve", a, n, k, true); }

// ---- waiting for children -------------------------------------------------------------------------
Object* pid_status(pid_t pid, int status) {
  Object* a = int_from_i64(pid);
  Object* b = int_from_i64(status);
  Object* t = a && b ? tuple_pack(2, a, b) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

Object* p_waitpid(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  long long pid, options;
  if (!parse_args("waitpid", args, nargs, kw, "pid,options", a) || !int_arg(a[0], &pid) || !int_arg(a[1], &options))
    return nullptr;
  int status = 0;
  pid_t r;
  do {
    sched::BlockingSection bs;
    r = ::waitpid(pid_t(pid), &status, int(options));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return pid_status(r, status);
}

Object* p_wait(Object*, Object* const*, ssize, Object*) {
  int status = 0;
  pid_t r;
  do {
    sched::BlockingSection bs;
    r = ::wait(&status);
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return pid_status(r, status);
}

// resource.struct_rusage, as CPython's posix takes it from the resource module (natives4).
Object* rusage_object(const struct rusage& ru) { return stdlib::rusage_struct(ru); }

Object* wait_ru(pid_t r, int status, const struct rusage& ru) {
  Object* a = int_from_i64(r);
  Object* b = int_from_i64(status);
  Object* c = rusage_object(ru);
  Object* t = a && b && c ? tuple_pack(3, a, b, c) : nullptr;
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return t;
}

Object* p_wait3(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long options;
  if (!parse_args("wait3", args, nargs, kw, "options", a) || !int_arg(a[0], &options)) return nullptr;
  int status = 0;
  struct rusage ru;
  pid_t r;
  do {
    sched::BlockingSection bs;
    r = ::wait3(&status, int(options), &ru);
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return wait_ru(r, status, ru);
}

Object* p_wait4(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  long long pid, options;
  if (!parse_args("wait4", args, nargs, kw, "pid,options", a) || !int_arg(a[0], &pid) || !int_arg(a[1], &options))
    return nullptr;
  int status = 0;
  struct rusage ru;
  pid_t r;
  do {
    sched::BlockingSection bs;
    r = ::wait4(pid_t(pid), &status, int(options), &ru);
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  return wait_ru(r, status, ru);
}

Object* p_waitid(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[3];
  long long idtype, id, options;
  if (!parse_args("waitid", args, nargs, kw, "idtype,id,options", a) || !int_arg(a[0], &idtype) ||
      !int_arg(a[1], &id) || !int_arg(a[2], &options))
    return nullptr;
  siginfo_t si;
  std::memset(&si, 0, sizeof si);
  int r;
  do {
    sched::BlockingSection bs;
    r = ::waitid(idtype_t(idtype), id_t(id), &si, int(options));
  } while (r < 0 && sched::retry_after_eintr());
  if (r < 0) return err_occurred() ? nullptr : raise_errno();
  if (si.si_pid == 0) return none_ref();
  return fill_seq(&WaitidResultType, {int_from_i64(si.si_pid), int_from_u64(si.si_uid), int_from_i64(si.si_signo),
                                      int_from_i64(si.si_status), int_from_i64(si.si_code)});
}

// waitstatus_to_exitcode(status): the exit code, or -signal for a killed child.
Object* p_waitstatus_to_exitcode(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long st;
  if (!parse_args("waitstatus_to_exitcode", args, nargs, kw, "status", a) || !int_arg(a[0], &st)) return nullptr;
  int status = int(st);
  if (WIFEXITED(status)) return int_from_i64(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return int_from_i64(-WTERMSIG(status));
  err_format(Exc_ValueError, "invalid wait status: %d", status);
  return nullptr;
}

// The W* macros: one int argument, an int or bool result.
bool status_arg(const char* fname, Object* const* args, ssize nargs, Object* kw, int* st) {
  Object* a[1];
  long long v;
  if (!parse_args(fname, args, nargs, kw, "status", a) || !int_arg(a[0], &v)) return false;
  *st = int(v);
  return true;
}
#define W_BOOL(name, expr)                                                     \
  Object* p_##name(Object*, Object* const* args, ssize nargs, Object* kw) {   \
    int status;                                                                \
    if (!status_arg(#name, args, nargs, kw, &status)) return nullptr;         \
    return bool_ref(expr);                                                     \
  }
#define W_INT(name, expr)                                                      \
  Object* p_##name(Object*, Object* const* args, ssize nargs, Object* kw) {   \
    int status;                                                                \
    if (!status_arg(#name, args, nargs, kw, &status)) return nullptr;         \
    return int_from_i64(expr);                                                 \
  }
W_BOOL(WCOREDUMP, WCOREDUMP(status))
W_BOOL(WIFCONTINUED, WIFCONTINUED(status))
W_BOOL(WIFSTOPPED, WIFSTOPPED(status))
W_BOOL(WIFSIGNALED, WIFSIGNALED(status))
W_BOOL(WIFEXITED, WIFEXITED(status))
W_INT(WEXITSTATUS, WEXITSTATUS(status))
W_INT(WTERMSIG, WTERMSIG(status))
W_INT(WSTOPSIG, WSTOPSIG(status))
#undef W_BOOL
#undef W_INT

Object* p_pidfd_open(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2] = {};
  long long pid, flags = 0;
  if (!parse_args("pidfd_open", args, nargs, kw, "pid|flags", a) || !int_arg(a[0], &pid) ||
      (a[1] && !int_arg(a[1], &flags)))
    return nullptr;
  long fd = ::syscall(SYS_pidfd_open, pid_t(pid), unsigned(flags));
  return fd < 0 ? raise_errno() : int_from_i64(fd);
}

// ---- system information ------------------------------------------------------------------------
Object* p_times(Object*, Object* const*, ssize, Object*) {
  struct tms t;
  clock_t c = ::times(&t);
  if (c == clock_t(-1)) return raise_errno();
  double tick = double(::sysconf(_SC_CLK_TCK));
  return fill_seq(&TimesResultType, {float_from_double(double(t.tms_utime) / tick),
                                     float_from_double(double(t.tms_stime) / tick),
                                     float_from_double(double(t.tms_cutime) / tick),
                                     float_from_double(double(t.tms_cstime) / tick),
                                     float_from_double(double(c) / tick)});
}

Object* p_uname(Object*, Object* const*, ssize, Object*) {
  struct utsname u;
  if (::uname(&u) != 0) return raise_errno();
  auto s = [](const char* c) { return decode_path(c, std::strlen(c), false); };
  return fill_seq(&UnameResultType, {s(u.sysname), s(u.nodename), s(u.release), s(u.version), s(u.machine)});
}

Object* p_cpu_count(Object*, Object* const*, ssize, Object*) {
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? none_ref() : int_from_i64(n);
}

Object* p_getloadavg(Object*, Object* const*, ssize, Object*) {
  double l[3];
  if (::getloadavg(l, 3) != 3) {
    err_set_string(Exc_OSError, "Load averages are unobtainable");
    return nullptr;
  }
  Object* a = float_from_double(l[0]);
  Object* b = float_from_double(l[1]);
  Object* c = float_from_double(l[2]);
  Object* t = a && b && c ? tuple_pack(3, a, b, c) : nullptr;
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return t;
}

bool conf_name(Object* o, const NameValue* table, int* out) {
  if (is_int(o)) {
    long long v;
    if (!int_arg(o, &v)) return false;
    *out = int(v);
    return true;
  }
  if (!is_str(o)) {
    err_set_string(Exc_TypeError, "configuration names must be strings or integers");
    return false;
  }
  for (const NameValue* n = table; n->name; ++n)
    if (str_eq_cstr(o, n->name)) {
      *out = n->value;
      return true;
    }
  err_set_string(Exc_ValueError, "unrecognized configuration name");
  return false;
}

Object* p_sysconf(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int name;
  if (!parse_args("sysconf", args, nargs, kw, "name", a) || !conf_name(a[0], sysconf_names, &name)) return nullptr;
  errno = 0;
  long r = ::sysconf(name);
  if (r == -1 && errno != 0) return raise_errno();
  return int_from_i64(r);
}

Object* p_confstr(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int name;
  if (!parse_args("confstr", args, nargs, kw, "name", a) || !conf_name(a[0], confstr_names, &name)) return nullptr;
  errno = 0;
  size_t n = ::confstr(name, nullptr, 0);
  if (n == 0) {
    if (errno) return raise_errno();
    return none_ref();
  }
  std::string buf(n, '\0');
  ::confstr(name, buf.data(), n);
  return str_from_utf8(buf.data(), ssize(n - 1));
}

Object* p_ctermid(Object*, Object* const*, ssize, Object*) {
  char buf[L_ctermid];
  const char* r = ::ctermid(buf);
  return decode_path(r, std::strlen(r), false);
}

Object* p_tcgetpgrp(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  int fd;
  if (!parse_args("tcgetpgrp", args, nargs, kw, "fd", a) || !fd_arg(a[0], &fd)) return nullptr;
  pid_t r = ::tcgetpgrp(fd);
  return r < 0 ? raise_errno() : int_from_i64(r);
}

Object* p_tcsetpgrp(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  int fd;
  long long pg;
  if (!parse_args("tcsetpgrp", args, nargs, kw, "fd,pgid", a) || !fd_arg(a[0], &fd) || !int_arg(a[1], &pg))
    return nullptr;
  return none_or_errno(::tcsetpgrp(fd, pid_t(pg)));
}

// ---- scheduling -----------------------------------------------------------------------------------
Object* p_sched_yield(Object*, Object* const*, ssize, Object*) {
  {
    sched::BlockingSection bs;
    ::sched_yield();
  }
  return none_ref();
}

Object* p_sched_get_priority_min(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long pol;
  if (!parse_args("sched_get_priority_min", args, nargs, kw, "policy", a) || !int_arg(a[0], &pol)) return nullptr;
  int r = ::sched_get_priority_min(int(pol));
  return r < 0 ? raise_errno() : int_from_i64(r);
}
Object* p_sched_get_priority_max(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[1];
  long long pol;
  if (!parse_args("sched_get_priority_max", args, nargs, kw, "policy", a) || !int_arg(a[0], &pol)) return nullptr;
  int r = ::sched_get_priority_max(int(pol));
  return r < 0 ? raise_errno() : int_from_i64(r);
}

Object* p_sched_getaffinity(Object*, Object* const* args, ssize nargs, Object* kw) {
  long long pid;
  if (!one_pid("sched_getaffinity", args, nargs, kw, &pid)) return nullptr;
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(pid_t(pid), sizeof set, &set) != 0) return raise_errno();
  Object* s = set_new(nullptr);
  for (int c = 0; s && c < CPU_SETSIZE; c++) {
    if (!CPU_ISSET(c, &set)) continue;
    Object* v = int_from_i64(c);
    if (!v || set_add(s, v) < 0) clearref(s);
    xdecref(v);
  }
  return s;
}

Object* p_sched_setaffinity(Object*, Object* const* args, ssize nargs, Object* kw) {
  Object* a[2];
  long long pid;
  if (!parse_args("sched_setaffinity", args, nargs, kw, "pid,mask", a) || !int_arg(a[0], &pid)) return nullptr;
  Object* l = sequence_list(a[1]);
  if (!l) return nullptr;
  cpu_set_t set;
  CPU_ZERO(&set);
  for (ssize i = 0; i < size_of(l); i++) {
    long long c;
    if (!int_arg(list_get(l, i), &c)) {
      decref(l);
      return nullptr;
    }
    if (c < 0) {
      decref(l);
      err_set_string(Exc_ValueError, "negative CPU number");
      return nullptr;
    }
    if (c >= CPU_SETSIZE) {
      decref(l);
      errno = EINVAL;
      return raise_errno();
    }
    CPU_SET(int(c), &set);
  }
  decref(l);
  return none_or_errno(::sched_setaffinity(pid_t(pid), sizeof set, &set));
}

}  // namespace

int ready_process_types() {
  return structseq_init_type(&TimesResultType, &times_desc) < 0 ||
                 structseq_init_type(&UnameResultType, &uname_desc) < 0 ||
                 structseq_init_type(&WaitidResultType, &waitid_desc) < 0
             ? -1
             : 0;
}

int add_process_objects(Object* m) {
  if (ready_process_types() < 0) return -1;
  for (auto [name, table] : {std::pair<const char*, const NameValue*>{"sysconf_names", sysconf_names},
                             {"confstr_names", confstr_names}}) {
    Object* d = dict_new();
    if (!d) return -1;
    for (const NameValue* n = table; n->name; ++n) {
      Object* v = int_from_i64(n->value);
      if (!v || dict_setitem_str(d, n->name, v) < 0) {
        xdecref(v);
        decref(d);
        return -1;
      }
      decref(v);
    }
    if (module_add_object(m, name, d) < 0) return -1;
  }
  for (auto [name, t] : {std::pair<const char*, StructSeqType*>{"times_result", &TimesResultType},
                         {"uname_result", &UnameResultType},
                         {"waitid_result", &WaitidResultType}})
    if (module_add_object(m, name, newref(reinterpret_cast<Object*>(t))) < 0) return -1;
  return 0;
}

MethodDef posix_process_functions[] = {
    {"getpid", p_getpid, METH_DEFAULT, nullptr},
    {"getppid", p_getppid, METH_DEFAULT, nullptr},
    {"getuid", p_getuid, METH_DEFAULT, nullptr},
    {"geteuid", p_geteuid, METH_DEFAULT, nullptr},
    {"getgid", p_getgid, METH_DEFAULT, nullptr},
    {"getegid", p_getegid, METH_DEFAULT, nullptr},
    {"getpgrp", p_getpgrp, METH_DEFAULT, nullptr},
    {"setuid", p_setuid, METH_DEFAULT, nullptr},
    {"seteuid", p_seteuid, METH_DEFAULT, nullptr},
    {"setgid", p_setgid, METH_DEFAULT, nullptr},
    {"setegid", p_setegid, METH_DEFAULT, nullptr},
    {"setreuid", p_setreuid, METH_DEFAULT, nullptr},
    {"setregid", p_setregid, METH_DEFAULT, nullptr},
    {"setresuid", p_setresuid, METH_DEFAULT, nullptr},
    {"setresgid", p_setresgid, METH_DEFAULT, nullptr},
    {"getresuid", p_getresuid, METH_DEFAULT, nullptr},
    {"getresgid", p_getresgid, METH_DEFAULT, nullptr},
    {"getgroups", p_getgroups, METH_DEFAULT, nullptr},
    {"setgroups", p_setgroups, METH_DEFAULT, nullptr},
    {"getgrouplist", p_getgrouplist, METH_DEFAULT, nullptr},
    {"initgroups", p_initgroups, METH_DEFAULT, nullptr},
    {"getlogin", p_getlogin, METH_DEFAULT, nullptr},
    {"getpgid", p_getpgid, METH_DEFAULT, nullptr},
    {"getsid", p_getsid, METH_DEFAULT, nullptr},
    {"setpgid", p_setpgid, METH_DEFAULT, nullptr},
    {"setpgrp", p_setpgrp, METH_DEFAULT, nullptr},
    {"setsid", p_setsid, METH_DEFAULT, nullptr},
    {"getpriority", p_getpriority, METH_DEFAULT, nullptr},
    {"setpriority", p_setpriority, METH_DEFAULT, nullptr},
    {"nice", p_nice, METH_DEFAULT, nullptr},
    {"kill", p_kill, METH_DEFAULT, nullptr},
    {"killpg", p_killpg, METH_DEFAULT, nullptr},
    {"abort", p_abort, METH_DEFAULT, nullptr},
    {"_exit", p_exit, METH_DEFAULT, nullptr},
    {"system", p_system, METH_DEFAULT, nullptr},
    {"execv", p_execv, METH_DEFAULT, nullptr},
    {"execve", p_execve, METH_DEFAULT, nullptr},
    {"waitpid", p_waitpid, METH_DEFAULT, nullptr},
    {"wait", p_wait, METH_DEFAULT, nullptr},
    {"wait3", p_wait3, METH_DEFAULT, nullptr},
    {"wait4", p_wait4, METH_DEFAULT, nullptr},
    {"waitid", p_waitid, METH_DEFAULT, nullptr},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode, METH_DEFAULT, nullptr},
    {"WCOREDUMP", p_WCOREDUMP, METH_DEFAULT, nullptr},
    {"WIFCONTINUED", p_WIFCONTINUED, METH_DEFAULT, nullptr},
    {"WIFSTOPPED", p_WIFSTOPPED, METH_DEFAULT, nullptr},
    {"WIFSIGNALED", p_WIFSIGNALED, METH_DEFAULT, nullptr},
    {"WIFEXITED", p_WIFEXITED, METH_DEFAULT, nullptr},
    {"WEXITSTATUS", p_WEXITSTATUS, METH_DEFAULT, nullptr},
    {"WTERMSIG", p_WTERMSIG, METH_DEFAULT, nullptr},
    {"WSTOPSIG", p_WSTOPSIG, METH_DEFAULT, nullptr},
    {"pidfd_open", p_pidfd_open, METH_DEFAULT, nullptr},
    {"times", p_times, METH_DEFAULT, nullptr},
    {"uname", p_uname, METH_DEFAULT, nullptr},
    {"cpu_count", p_cpu_count, METH_DEFAULT, nullptr},
    {"getloadavg", p_getloadavg, METH_DEFAULT, nullptr},
    {"sysconf", p_sysconf, METH_DEFAULT, nullptr},
    {"confstr", p_confstr, METH_DEFAULT, nullptr},
    {"ctermid", p_ctermid, METH_DEFAULT, nullptr},
    {"tcgetpgrp", p_tcgetpgrp, METH_DEFAULT, nullptr},
    {"tcsetpgrp", p_tcsetpgrp, METH_DEFAULT, nullptr},
    {"sched_yield", p_sched_yield, METH_DEFAULT, nullptr},
    {"sched_get_priority_min", p_sched_get_priority_min, METH_DEFAULT, nullptr},
    {"sched_get_priority_max", p_sched_get_priority_max, METH_DEFAULT, nullptr},
    {"sched_getaffinity", p_sched_getaffinity, METH_DEFAULT, nullptr},
    {"sched_setaffinity", p_sched_setaffinity, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace stdlib::posix

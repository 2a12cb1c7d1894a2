// _posixsubprocess.fork_exec: the primitive under CPython's subprocess.py.
//
// How it works (docs/processes.md):
//   * In the parent, every argument is converted to plain C data first:
//     argv, the executable candidates, the environment and cwd become
//     std::string vectors and char* arrays, the descriptors ints, the group
//     list a gid_t vector.  Nothing the child needs is a Python object.
//   * fork().  The child runs child_exec(), which calls only async-signal-safe
//     system calls (close, dup, dup2, fcntl, chdir, umask, setsid, setpgid,
//     setgroups, setregid, setreuid, signal, close_range, execv/execve, write,
//     _exit) on the data prepared above.  It never allocates through
//     pyglass's allocator or malloc, never touches the GIL, the scheduler or
//     a Python object, because another thread of the parent may have held any
//     of their locks at the moment of the fork, and in the child that thread
//     does not exist to release them.
//   * The one exception is preexec_fn, Python code by definition.  pyglass
//     runs it only when the parent has a single Python thread: then the
//     forking thread held the GIL and no other thread can hold any runtime
//     lock, so the child's runtime is consistent enough to run Python code
//     until exec.  With other threads alive, fork_exec refuses (RuntimeError,
//     in the parent, before forking): making the runtime consistent after a
//     fork with threads is os.fork's work (issue 12).
//   * Errors in the child travel through errpipe_write exactly as
//     subprocess.py parses them: "OSError:<errno in hex>:" with "noexec"
//     appended when the failure came before the exec (cwd, setsid, ids ...),
//     or "SubprocessError:0:Exception occurred in preexec_fn.".  Then the
//     child _exit(255)s.  A successful exec closes errpipe_write (it is
//     close-on-exec), so the parent reads EOF.
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#include <climits>
#include <string>
#include <vector>

#include "runtime/threads/sched.h"
#include "runtime/text/str.h"
#include "runtime/threads/state.h"
#include "clinic.h"
#include "modules.h"
#include "posixmodule.h"

namespace stdlib {
using namespace rt;

namespace {

// PyUnicode_FSConverter: str (UTF-8, surrogateescape), bytes or os.PathLike
// giving one of those, into *out.  No embedded NUL.
bool fs_convert(Object* o, std::string* out) {
  Object* p = nullptr;
  if (is_str(o) || is_bytes(o)) {
    p = newref(o);
  } else if (type_lookup(type_of(o), names::__fspath__)) {
    p = posix::fspath(o);
    if (!p) return false;
  } else {
    err_format(Exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(o));
    return false;
  }
  if (is_str(p)) {
    Object* enc = str_encode(p, "utf-8", "surrogateescape");
    decref(p);
    if (!enc) return false;
    p = enc;
  }
  out->assign(bytes_data(p), size_t(size_of(p)));
  decref(p);
  if (out->find('\0') != std::string::npos) {
    err_set_string(Exc_ValueError, "embedded null byte");
    return false;
  }
  return true;
}

// A sequence of path-likes (argv) or of bytes only (executable_list, env).
bool string_sequence(Object* seq, bool bytes_only, std::vector<std::string>* out) {
  Object* l = sequence_list(seq);
  if (!l) {
    if (err_matches(Exc_TypeError)) {
      err_clear();
      err_set_string(Exc_TypeError, bytes_only ? "expected a sequence" : "argv must be a tuple");
    }
    return false;
  }
  bool ok = true;
  for (ssize i = 0; ok && i < size_of(l); i++) {
    Object* item = list_get(l, i);
    std::string s;
    if (bytes_only && !is_bytes(item)) {
      err_format(Exc_TypeError, "expected bytes, %s found", type_name(item));
      ok = false;
    } else if (bytes_only) {
      s.assign(bytes_data(item), size_t(size_of(item)));
      if (s.find('\0') != std::string::npos) {
        err_set_string(Exc_ValueError, "embedded null byte");
        ok = false;
      }
    } else {
      ok = fs_convert(item, &s);
    }
    if (ok) out->push_back(std::move(s));
  }
  decref(l);
  return ok;
}

std::vector<char*> c_array(std::vector<std::string>& v) {
  std::vector<char*> a;
  a.reserve(v.size() + 1);
  for (std::string& s : v) a.push_back(s.data());
  a.push_back(nullptr);
  return a;
}

// _Py_Uid_Converter / _Py_Gid_Converter (only the common cases: an int in range).
bool id_convert(Object* o, const char* what, unsigned* out) {
  if (!is_int(o)) {
    err_format(Exc_TypeError, "%s should be integer, not %s", what, type_name(o));
    return false;
  }
  int64_t v = int_as_i64(o);
  if (v == -1 && err_occurred()) return false;
  if (v < -1 || v > int64_t(UINT_MAX) - 1) {
    err_format(Exc_OverflowError, "%s is %s than maximum", what, v < 0 ? "less" : "greater");
    if (v < 0) {
      err_clear();
      err_format(Exc_OverflowError, "%s is less than minimum", what);
    }
    return false;
  }
  *out = unsigned(v);
  return true;
}

// fds_to_keep: a sorted tuple of distinct descriptors.
bool fds_to_keep_arg(Object* t, std::vector<int>* out) {
  long prev = -1;
  for (ssize i = 0; i < size_of(t); i++) {
    Object* o = tuple_get(t, i);
    long v = is_int(o) ? long(int_as_i64(o)) : -1;
    if (err_occurred()) err_clear();
    if (!is_int(o) || v < 0 || v <= prev || v > INT_MAX) {
      err_set_string(Exc_ValueError, "bad value(s) in fds_to_keep");
      return false;
    }
    out->push_back(int(v));
    prev = v;
  }
  return true;
}

// ---- the child: async-signal-safe from here to child_exec's end -------------------

struct ChildPlan {
  char** argv;
  std::vector<char*>* exec_list;
  char** envp;  // null: inherit
  const char* cwd;
  const int* keep;
  size_t nkeep;
  int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
  bool close_fds, restore_signals, call_setsid;
  pid_t pgid_to_set;
  bool set_gid, set_uid, set_groups;
  gid_t gid;
  uid_t uid;
  const gid_t* groups;
  size_t ngroups;
  int child_umask;
  Object* preexec_fn;  // null: none
};

void write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return;
    p += w;
    n -= size_t(w);
  }
}

int set_inheritable(int fd, bool inheritable) {
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) return -1;
  int want = inheritable ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
  return want == flags ? 0 : ::fcntl(fd, F_SETFD, want);
}

bool is_kept(const ChildPlan& c, int fd) {
  for (size_t i = 0; i < c.nkeep; i++)
    if (c.keep[i] == fd) return true;
  return false;
}

// Close every descriptor >= 3 not in keep (sorted): close_range over the gaps,
// or one close per descriptor up to the limit where close_range is missing.
void close_open_fds(const ChildPlan& c) {
  unsigned lo = 3;
  for (size_t i = 0; i <= c.nkeep; i++) {
    unsigned hi = i < c.nkeep ? unsigned(c.keep[i]) : UINT_MAX;  // close [lo, hi)
    if (hi < lo) continue;
    if (hi > lo) {
#ifdef SYS_close_range
      if (::syscall(SYS_close_range, lo, hi - 1, 0) != 0)
#endif
      {
        long max = ::sysconf(_SC_OPEN_MAX);
        if (max < 0 || max > 1 << 20) max = 1 << 20;
        for (long fd = lo; fd < long(hi) && fd < max; fd++)
          if (!is_kept(c, int(fd))) ::close(int(fd));
      }
    }
    if (hi == UINT_MAX) break;
    lo = hi + 1;
  }
}

// Run preexec_fn in the child (single-threaded parent only: see the top).
bool run_preexec(Object* fn) {
  Object* r = call0(fn);
  if (!r) {
    err_clear();
    return false;
  }
  decref(r);
  return true;
}

[[noreturn]] void child_exec(const ChildPlan& c) {
  int saved_errno = 0;
  bool reached_preexec = false;
  const char* failure = nullptr;  // a SubprocessError message
  int p2cread = c.p2cread, c2pwrite = c.c2pwrite, errwrite = c.errwrite;

  // The kept descriptors must survive the exec.
  for (size_t i = 0; i < c.nkeep; i++)
    if (c.keep[i] != c.errpipe_write && set_inheritable(c.keep[i], true) < 0) goto error;
  // The parent's ends of the pipes.
  if (c.p2cwrite != -1) ::close(c.p2cwrite);
  if (c.c2pread != -1) ::close(c.c2pread);
  if (c.errread != -1) ::close(c.errread);
  ::close(c.errpipe_read);
  // Move the child's ends out of the way of the standard descriptors they replace.
  if (c2pwrite == 0) {
    c2pwrite = ::dup(c2pwrite);
    if (c2pwrite < 0 || set_inheritable(c2pwrite, false) < 0) goto error;
  }
  while (errwrite == 0 || errwrite == 1) {
    errwrite = ::dup(errwrite);
    if (errwrite < 0 || set_inheritable(errwrite, false) < 0) goto error;
  }
  // dup2 leaves the new descriptor inheritable; a descriptor already in place
  // only needs its close-on-exec flag cleared.
  if (p2cread == 0) {
    if (set_inheritable(p2cread, true) < 0) goto error;
  } else if (p2cread != -1 && ::dup2(p2cread, 0) < 0) {
    goto error;
  }
  if (c2pwrite == 1) {
    if (set_inheritable(c2pwrite, true) < 0) goto error;
  } else if (c2pwrite != -1 && ::dup2(c2pwrite, 1) < 0) {
    goto error;
  }
  if (errwrite == 2) {
    if (set_inheritable(errwrite, true) < 0) goto error;
  } else if (errwrite != -1 && ::dup2(errwrite, 2) < 0) {
    goto error;
  }
  if (c.cwd && ::chdir(c.cwd) < 0) goto error;
  if (c.child_umask >= 0) ::umask(mode_t(c.child_umask));
  if (c.restore_signals) {
    ::signal(SIGPIPE, SIG_DFL);
    ::signal(SIGXFSZ, SIG_DFL);
  }
  if (c.call_setsid && ::setsid() < 0) goto error;
  if (c.pgid_to_set >= 0 && ::setpgid(0, c.pgid_to_set) < 0) goto error;
  if (c.set_groups && ::setgroups(c.ngroups, c.groups) < 0) goto error;
  if (c.set_gid && ::setregid(c.gid, c.gid) < 0) goto error;
  if (c.set_uid && ::setreuid(c.uid, c.uid) < 0) goto error;
  reached_preexec = true;
  if (c.preexec_fn && !run_preexec(c.preexec_fn)) {
    failure = "Exception occurred in preexec_fn.";
    errno = 0;
    goto error;
  }
  if (c.close_fds) close_open_fds(c);
  // Try each candidate; report the first error that is not "not found here".
  for (char* exe : *c.exec_list) {
    if (!exe) break;
    if (c.envp) ::execve(exe, c.argv, c.envp);
    else ::execv(exe, c.argv);
    if (errno != ENOENT && errno != ENOTDIR && saved_errno == 0) saved_errno = errno;
  }
  if (saved_errno) errno = saved_errno;

error:
  saved_errno = errno;
  if (saved_errno && !failure) {
    char buf[64] = "OSError:";
    size_t n = 8;
    char hex[16];
    size_t h = 0;
    unsigned e = unsigned(saved_errno);
    do {
      hex[h++] = "0123456789abcdef"[e % 16];
      e /= 16;
    } while (e);
    while (h) buf[n++] = hex[--h];
    buf[n++] = ':';
    write_all(c.errpipe_write, buf, n);
    if (!reached_preexec) write_all(c.errpipe_write, "noexec", 6);
  } else {
    const char* msg = failure ? failure : "Exception occurred in preexec_fn.";
    write_all(c.errpipe_write, "SubprocessError:0:", 18);
    size_t len = 0;
    while (msg[len]) len++;
    write_all(c.errpipe_write, msg, len);
  }
  ::_exit(255);
}

// ---- fork_exec -------------------------------------------------------------------

Object* ps_fork_exec(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("fork_exec", kwnames)) return nullptr;
  if (nargs != 23) return err_format_null(Exc_TypeError, "fork_exec() takes exactly 23 arguments (%zd given)", nargs);
  Object* process_args = args[0];
  Object* executable_list = args[1];
  bool close_fds = false;
  int tr = object_is_true(args[2]);
  if (tr < 0) return nullptr;
  close_fds = tr != 0;
  if (!is_tuple(args[3]))
    return err_format_null(Exc_TypeError, "fork_exec() argument 4 must be tuple, not %s", type_name(args[3]));
  Object* cwd_obj = args[4];
  Object* env_list = args[5];
  int fds[8];
  for (int i = 0; i < 8; i++)
    if (!clinic::to_int_getargs(args[6 + i], &fds[i])) return nullptr;
  int restore_signals, call_setsid, pgid, child_umask;
  if (!clinic::to_int_getargs(args[14], &restore_signals) || !clinic::to_int_getargs(args[15], &call_setsid) || !clinic::to_int_getargs(args[16], &pgid))
    return nullptr;
  Object* gid_obj = args[17];
  Object* groups_obj = args[18];
  Object* uid_obj = args[19];
  if (!clinic::to_int_getargs(args[20], &child_umask)) return nullptr;
  Object* preexec_fn = args[21];
  if (object_is_true(args[22]) < 0) return nullptr;  // allow_vfork: pyglass always forks

  ChildPlan c{};
  c.p2cread = fds[0];
  c.p2cwrite = fds[1];
  c.c2pread = fds[2];
  c.c2pwrite = fds[3];
  c.errread = fds[4];
  c.errwrite = fds[5];
  c.errpipe_read = fds[6];
  c.errpipe_write = fds[7];
  c.close_fds = close_fds;
  c.restore_signals = restore_signals != 0;
  c.call_setsid = call_setsid != 0;
  c.pgid_to_set = pid_t(pgid);
  c.child_umask = child_umask;
  if (close_fds && c.errpipe_write < 3)
    return err_format_null(Exc_ValueError, "errpipe_write must be >= 3");
  std::vector<int> keep;
  if (!fds_to_keep_arg(args[3], &keep)) return nullptr;
  if (preexec_fn != None) {
    if (sched::live_threads() > 1)
      return err_format_null(Exc_RuntimeError,
                             "preexec_fn is not supported by pyglass while other threads are running");
    c.preexec_fn = preexec_fn;
  }
  std::vector<std::string> argv, exe, env;
  std::string cwd;
  if (process_args != None && !string_sequence(process_args, false, &argv)) return nullptr;
  if (!string_sequence(executable_list, true, &exe)) return nullptr;
  if (env_list != None && !string_sequence(env_list, true, &env)) return nullptr;
  if (cwd_obj != None) {
    if (!fs_convert(cwd_obj, &cwd)) return nullptr;
    c.cwd = cwd.c_str();
  }
  unsigned id;
  if (gid_obj != None) {
    if (!id_convert(gid_obj, "gid", &id)) return nullptr;
    c.set_gid = true;
    c.gid = gid_t(id);
  }
  std::vector<gid_t> groups;
  if (groups_obj != None) {
    if (!is_list(groups_obj)) return err_format_null(Exc_TypeError, "setgroups argument must be a list");
    for (ssize i = 0; i < size_of(groups_obj); i++) {
      if (!id_convert(list_get(groups_obj, i), "gid", &id)) return nullptr;
      groups.push_back(gid_t(id));
    }
    c.set_groups = true;
    c.groups = groups.data();
    c.ngroups = groups.size();
  }
  if (uid_obj != None) {
    if (!id_convert(uid_obj, "uid", &id)) return nullptr;
    c.set_uid = true;
    c.uid = uid_t(id);
  }
  std::vector<char*> cargv = c_array(argv), cexe = c_array(exe), cenv = c_array(env);
  c.argv = cargv.data();
  c.exec_list = &cexe;
  c.envp = env_list != None ? cenv.data() : nullptr;
  c.keep = keep.data();
  c.nkeep = keep.size();

  pid_t pid = ::fork();
  if (pid == 0) child_exec(c);  // never returns
  if (pid < 0) {
    err_set_from_errno(Exc_OSError, errno);
    return nullptr;
  }
  return int_from_i64(pid);
}

MethodDef posixsubprocess_functions[] = {
    {"fork_exec", ps_fork_exec, METH_DEFAULT,
     "Fork a child process, set up its descriptors and exec() a program in it.\n\n"
     "Errors in the child before the exec are written to errpipe_write in the format\n"
     "subprocess.py reads.  Returns the child's pid."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_posixsubprocess_module() {
  Object* m = module_new("_posixsubprocess");
  if (!m) return nullptr;
  if (module_add_functions(m, posixsubprocess_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace stdlib

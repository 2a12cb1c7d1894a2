// The pyglass command line: run a file, -c CODE, - (stdin), or a REPL.
//
// The interpreter runs on a thread of its own with a large stack, so that
// deep (but legal) recursion up to the recursion limit never overflows the C
// stack, even in sanitizer builds whose frames are much bigger.
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/threads/fork.h"
#include "../runtime/api.h"
#include "runtime/instruments/instruments_impl.h"
#include "runtime/threads/gil.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/state.h"
#include "../stdlib/config.h"
#include "../stdlib/modules.h"
#include "ast.h"
#include "code.h"

namespace {

using rt::Object;

const char* kUsage =
    "usage: pyglass [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -b             issue warnings about str(bytes_instance) and comparing bytes with str (-bb: errors)\n"
    "  -B             don't write cached bytecode on import; also PYTHONDONTWRITEBYTECODE=x\n"
    "  -c cmd         program passed in as string (terminates option list)\n"
    "  -E             ignore PYTHON* environment variables (such as PYTHONPATH)\n"
    "  -i             interactive mode (a REPL) even when stdin is not a terminal\n"
    "  -I             isolate pyglass from the user's environment (implies -E, -P and -s)\n"
    "  -m mod         run library module as a script (terminates option list)\n"
    "  -O, -OO        remove assert and __debug__-dependent statements (-OO: docstrings too)\n"
    "  -P             don't prepend a potentially unsafe path to sys.path\n"
    "  -q             don't print version and copyright messages on interactive startup\n"
    "  -s             don't add the user site directory to sys.path\n"
    "  -S             don't imply 'import site' on initialization (pyglass never does)\n"
    "  -u             force the stdout and stderr streams to be unbuffered; also PYTHONUNBUFFERED=x\n"
    "  -v             verbose (trace import statements); also PYTHONVERBOSE=x\n"
    "  -W arg         warning control; arg is action:message:category:module:lineno; also PYTHONWARNINGS=arg\n"
    "  -X opt         set implementation-specific option (sys._xoptions)\n"
    "  -h, --help     print this help message and exit\n"
    "  --version      print the version and exit\n"
    "  --dis          print the bytecode of the program instead of running it\n"
    "  --check-leaks  at exit, fail (status 70) if any mortal object is left on the refchain\n"
    "  --stats        at exit, print a report (time, threads and the GIL, GC, allocator) on stderr\n"
    "  --stats-json F write the same figures as JSON to F (schema: docs/instruments.md)\n"
    "  --stats-top N  list the N types with most objects created in the report (default 15)\n"
    "  --trace F      write a timeline (Chrome Trace Event JSON, for Perfetto / chrome://tracing)\n"
    "  --trace-html F write the timeline and the report as one self-contained HTML page\n"
    "  --explore N    run the script N times with seeds S..S+N-1 and tabulate the outputs\n"
    "  --seed-base S  first seed of --explore (default 1)\n"
    "  --expect OUT   with --explore: OUT is an expected output (repeatable; others fail)\n"
    "  --sched K      seeded scheduler: uniform (default) or pct (random priorities)\n"
    "  --jobs N       with --explore: runs at once (default: one per core)\n"
    "  --gil-policy P ticker (default: forced switch every check interval), legacy (<= 3.1) or interval (3.2+)\n"
    "  --check-interval N  bytecodes between thread switches (default 100; sys.setcheckinterval)\n"
    "  --switch-points S   every (a switch between any two bytecodes, default) or py311 (calls, backward jumps)\n"
    "  --seed N       seeded mode: every scheduling decision from a PRNG, virtual clock for sleeps\n"
    "  file           program read from script file\n"
    "  -              program read from stdin (default; interactive mode if a tty)\n"
    "  arg ...        arguments passed to the program in sys.argv[1:]\n";

struct Options {
  enum Mode { File, Command, Module, Stdin, Repl } mode = Repl;
  std::string target;  // file name, command text or module name
  std::vector<std::string> argv;  // sys.argv
  bool interactive = false;
  bool dis = false;
};

struct RunResult {
  int status = 0;
};

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "%s\nusage: pyglass [option] ... [-c cmd | file | -] [arg] ...\nTry `pyglass -h' for more information.\n",
               msg.c_str());
  return 2;
}

// CPython's one-letter flags that take no argument; several may share one
// word ("-uB").  Returns false for an unknown letter.
bool apply_flag(char c, Options& o) {
  stdlib::StartupConfig& cfg = stdlib::startup_config();
  switch (c) {
    case 'i': o.interactive = true; cfg.inspect = 1; return true;
    case 'B': cfg.dont_write_bytecode = 1; return true;
    case 'E': cfg.ignore_environment = 1; return true;
    case 'I': cfg.isolated = 1; return true;
    case 'P': cfg.safe_path = true; return true;
    case 's': cfg.no_user_site = 1; return true;
    case 'S': cfg.no_site = 1; return true;
    case 'u': cfg.unbuffered = true; return true;
    case 'q': cfg.quiet = 1; return true;
    case 'O': cfg.optimize++; return true;
    case 'b': cfg.bytes_warning++; return true;
    case 'v': cfg.verbose++; return true;
    case 'd': return true;  // parser debugging output: a CPython debug-build flag, accepted and ignored
    default: return false;
  }
}

// The rest of the command line after the program: sys.argv.
void take_rest(Options& o, const std::string& argv0, int argc, char** argv, int from) {
  o.argv.push_back(argv0);
  for (int j = from; j < argc; j++) o.argv.push_back(argv[j]);
}

// Parse argv; returns -1 to continue, else an exit status.
int parse_options(int argc, char** argv, Options& o) {
  int i = 1;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help" || a == "-?") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (a == "--version" || a == "-V") {
      std::printf("pyglass %s (Python 3.11 language)\n", PYGLASS_VERSION);
      return 0;
    }
    if (a == "--dis") {
      o.dis = true;
      continue;
    }
    if (a == "--check-leaks") {
      setenv("PYGLASS_CHECK_LEAKS", "1", 1);
      continue;
    }
    if (int r = ins::parse_option(argc, argv, i)) {  // --stats, --trace, --explore ... (interp/explore.cpp)
      if (r < 0) return 2;
      continue;
    }
    if (int r = rt::gil::parse_option(argc, argv, i)) {  // --gil-policy, --switch-points, --check-interval, --seed
      if (r < 0) return 2;
      continue;
    }
    if (a == "-") {
      o.mode = Options::Stdin;
      take_rest(o, "-", argc, argv, i + 1);
      return -1;
    }
    if (a.size() > 1 && a[0] == '-' && a[1] != '-') {
      // One word of short options: flags, then at most one option with an
      // argument (-c, -m, -W, -X), whose argument is the word's rest or the next word.
      for (size_t k = 1; k < a.size(); k++) {
        char c = a[k];
        if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
          std::string arg;
          if (k + 1 < a.size()) {
            arg = a.substr(k + 1);
          } else if (i + 1 < argc) {
            arg = argv[++i];
          } else {
            return usage_error(std::string("Argument expected for the -") + c + " option");
          }
          if (c == 'c') {
            o.mode = Options::Command;
            o.target = arg;
            take_rest(o, "-c", argc, argv, i + 1);
            return -1;
          }
          if (c == 'm') {
            o.mode = Options::Module;
            o.target = arg;
            take_rest(o, "-m", argc, argv, i + 1);
            return -1;
          }
          (c == 'W' ? stdlib::startup_config().warnoptions : stdlib::startup_config().xoptions).push_back(arg);
          break;
        }
        if (!apply_flag(c, o)) return usage_error(std::string("Unknown option: -") + c);
      }
      continue;
    }
    if (a.size() > 1 && a[0] == '-') return usage_error("Unknown option: " + a);
    o.mode = Options::File;
    o.target = a;
    take_rest(o, a, argc, argv, i + 1);
    return -1;
  }
  o.argv.push_back("");
  o.mode = (o.interactive || isatty(0)) ? Options::Repl : Options::Stdin;
  return -1;
}

// Exit status for an exception that reached the top: SystemExit gives its
// code, anything else is printed as a traceback and gives 1.
int handle_uncaught(Object* exc) {
  if (rt::is_instance_of(exc, rt::Exc_SystemExit)) {
    Object* code = rt::object_getattr_str(exc, "code");
    int status = 0;
    if (!code) {
      rt::err_clear();
    } else if (code == rt::None) {
      status = 0;
    } else if (rt::is_int(code)) {
      int64_t v = rt::int_as_i64(code);
      if (v == -1 && rt::err_occurred()) {
        rt::err_clear();
        v = -1;
      }
      status = int(v & 0xff);
    } else {
      rt::flush_std_streams();
      Object* s = rt::object_str(code);
      Object* err = rt::sys_get_object("stderr");
      if (s && err && err != rt::None) {
        rt::file_write_str(err, s);
        rt::file_write_cstr(err, "\n");
      }
      rt::xdecref(s);
      rt::err_clear();
      status = 1;
    }
    rt::xdecref(code);
    return status;
  }
  rt::flush_std_streams();
  Object* hook = rt::sys_get_object("excepthook");
  Object* dflt = rt::sys_get_object("__excepthook__");
  if (hook && hook != dflt && hook != rt::None) {
    Object* tb = rt::exc_get_traceback(exc);
    Object* args[3] = {rt::type_of(exc), exc, tb ? tb : rt::None};
    Object* r = rt::call(hook, args, 3);
    if (r) {
      rt::decref(r);
      return 1;
    }
    rt::err_clear();
  }
  interp::print_exception(exc, nullptr);
  rt::err_clear();
  // Killed by Ctrl-C: the shell's convention (128 + SIGINT), as CPython's exit shows.
  return rt::is_instance_of(exc, rt::Exc_KeyboardInterrupt) ? 130 : 1;
}

Object* make_main_module(const char* file) {
  Object* m = rt::module_new("__main__");
  if (!m) return nullptr;
  Object* d = rt::module_get_dict(m);
  Object* bmod = rt::dict_getitem_str(rt::interp_state()->modules, "builtins");
  rt::dict_setitem_str(d, "__builtins__", bmod);
  if (file) {
    Object* f = rt::str_from_cstr(file);
    rt::dict_setitem_str(d, "__file__", f);
    rt::decref(f);
  }
  rt::dict_setitem_str(rt::interp_state()->modules, "__main__", m);
  rt::interp_state()->main_module = m;
  return m;
}

bool read_all(FILE* f, std::string& out) {
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  return !std::ferror(f);
}

void set_argv(const Options& o) {
  Object* l = rt::list_new(0);
  for (const std::string& a : o.argv) {
    Object* s = rt::str_from(a);
    rt::list_append(l, s);
    rt::decref(s);
  }
  rt::sys_set_object("argv", l);
  rt::decref(l);
}

// sys.path and the library's location (stdlib/config.cpp); path0 is the
// script's directory, or "" for -c, stdin and the REPL.  A failure here is
// an interpreter bug: report it and go on with what sys has.
void init_paths(const std::string& path0) {
  if (stdlib::init_path_config(path0) < 0) {
    Object* e = rt::err_fetch();
    if (e) interp::print_exception(e, nullptr);
    rt::xdecref(e);
  }
  stdlib::faulthandler_startup();  // natives5: -X faulthandler / PYTHONFAULTHANDLER
}

// -m NAME: run the module as __main__ through CPython's runpy, as CPython does.
// runpy replaces the __main__ module's namespace, which must exist already.
int run_module(const std::string& name) {
  if (!make_main_module(nullptr)) {
    Object* e = rt::err_fetch();
    int status = e ? handle_uncaught(e) : 1;
    rt::xdecref(e);
    return status;
  }
  Object* runpy = rt::import_module("runpy");
  Object* fn = runpy ? rt::object_getattr_str(runpy, "_run_module_as_main") : nullptr;
  rt::xdecref(runpy);
  Object* r = nullptr;
  if (fn) {
    Object* n = rt::str_from(name);
    Object* args[2] = {n, rt::True};
    r = n ? rt::call(fn, args, 2) : nullptr;
    rt::xdecref(n);
    rt::decref(fn);
  }
  if (r) {
    rt::decref(r);
    return 0;
  }
  Object* e = rt::err_fetch();
  int status = e ? handle_uncaught(e) : 1;
  rt::xdecref(e);
  return status;
}

// Source must be UTF-8 (there is no encoding declaration support): report the
// first bad byte as CPython does (NUL bytes in valid UTF-8 are left to the
// parser: "source code cannot contain null bytes").  Returns false after printing.
bool check_source_encoding(const std::string& src, const char* filename) {
  size_t i = 0, n = src.size();
  int line = 1;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(src[i]);
    if (c == '\n') line++;
    if (c < 0x80) {
      i++;
      continue;
    }
    int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    bool ok = len > 0 && i + size_t(len) <= n;
    for (int k = 1; ok && k < len; k++) ok = (static_cast<unsigned char>(src[i + size_t(k)]) & 0xC0) == 0x80;
    if (!ok) {
      rt::flush_std_streams();
      std::fprintf(stderr,
                   "SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                   "declared; see https://peps.python.org/pep-0263/ for details\n",
                   c, filename, line);
      return false;
    }
    i += size_t(len);
  }
  return true;
}

int run_code(const std::string& raw, const char* filename, bool dis) {
  // A coding declaration (or a BOM) decides how the file is read; without
  // one it must be UTF-8 (CPython's "Non-UTF-8 code starting with ...").
  std::string source = raw;
  if (interp::has_declared_encoding(source)) {
    if (!interp::decode_source_bytes(source, filename, true)) {
      Object* e = rt::err_fetch();
      int status = handle_uncaught(e);
      rt::decref(e);
      return status;
    }
  } else if (!check_source_encoding(source, filename)) {
    return 1;
  }
  Object* m = make_main_module(dis ? nullptr : filename);
  if (!m) return handle_uncaught(rt::err_fetch());
  int status = 0;
  if (dis) {
    interp::CodeObject* code = interp::compile_source(source, filename, interp::CompileMode::File);
    if (!code) {
      Object* e = rt::err_fetch();
      status = handle_uncaught(e);
      rt::decref(e);
    } else {
      std::fputs(interp::disassemble(code).c_str(), stdout);
      rt::decref(code);
    }
  } else {
    Object* r = interp::run_source(source, filename, rt::module_get_dict(m));
    if (r) {
      rt::decref(r);
    } else {
      Object* e = rt::err_fetch();
      status = e ? handle_uncaught(e) : 1;
      rt::xdecref(e);
    }
  }
  rt::decref(m);
  return status;
}

// Does the REPL buffer need more lines?  Incomplete input (open bracket,
// block header, triple-quoted string) always does; a compound statement
// (even a one-line `for x in y: f(x)`) ends only with an empty line, as in
// CPython's interactive loop.
bool needs_more(const std::string& buf, bool last_line_empty) {
  interp::ast::SyntaxErrorInfo info;
  auto mod = interp::ast::parse(buf, "<stdin>", interp::ast::ParseMode::Single, &info);
  if (!mod) {
    rt::err_clear();  // (MemoryError from a too-deep parse) the real compile reports it again
    return info.incomplete && !last_line_empty;
  }
  if (last_line_empty) return false;
  using K = interp::ast::StmtKind;
  for (interp::ast::Stmt* st : mod->body) {
    switch (st->kind) {
      case K::FunctionDef: case K::ClassDef: case K::For: case K::While: case K::If: case K::With: case K::Try:
      case K::Match: case K::TryStar:  // match statements, except*
        return true;
      default:
        break;
    }
  }
  return false;
}

int repl() {
  Object* m = make_main_module(nullptr);
  if (!m) return 1;
  Object* globals = rt::module_get_dict(m);
  std::fprintf(stderr, "pyglass %s (Python 3.11 language)\nType Ctrl-D to exit.\n", PYGLASS_VERSION);
  for (const char* ps : {"ps1", "ps2"}) {
    if (rt::sys_get_object(ps)) continue;
    Object* v = rt::str_from_cstr(ps[2] == '1' ? ">>> " : "... ");
    if (!v || rt::sys_set_object(ps, v) < 0) rt::err_clear();
    rt::xdecref(v);
  }
  Object* in = rt::sys_get_object("stdin");
  std::string buf;
  uint32_t future_flags = 0;  // CO_FUTURE_* bits set by earlier input
  int status = 0;
  for (;;) {
    rt::flush_std_streams();
    // The prompts are str(sys.ps1) / str(sys.ps2), so a script may change them.
    Object* ps = rt::sys_get_object(buf.empty() ? "ps1" : "ps2");
    Object* pstr = ps ? rt::object_str(ps) : nullptr;
    if (!pstr) rt::err_clear();
    std::fputs(pstr ? rt::str_utf8(pstr) : (buf.empty() ? ">>> " : "... "), stderr);
    rt::xdecref(pstr);
    std::fflush(stderr);
    Object* line = in ? rt::call_method0(in, rt::names::readline) : nullptr;
    if (!line) {
      if (rt::err_matches(rt::Exc_KeyboardInterrupt)) {  // Ctrl-C at the prompt: drop the input, go on
        rt::err_clear();
        buf.clear();
        std::fputs("\nKeyboardInterrupt\n", stderr);
        continue;
      }
      rt::err_clear();
      break;
    }
    std::string text(rt::str_view(line));
    rt::decref(line);
    if (text.empty()) {  // EOF
      std::fputs("\n", stderr);
      break;
    }
    bool empty_line = text.find_first_not_of(" \t\r\n") == std::string::npos;
    if (buf.empty() && empty_line) continue;
    buf += text;
    if (needs_more(buf, empty_line)) continue;
    // A future statement typed at the prompt holds for the rest of the session.
    interp::CodeObject* code = interp::compile_source(buf, "<stdin>", interp::CompileMode::Single, future_flags);
    if (code) future_flags |= code->flags & interp::CO_FUTURE_MASK;
    buf.clear();
    Object* r = code ? interp::eval_code(code, globals, globals) : nullptr;
    rt::xdecref(code);
    if (r) {
      rt::decref(r);
      continue;
    }
    Object* e = rt::err_fetch();
    if (e && rt::is_instance_of(e, rt::Exc_SystemExit)) {
      status = handle_uncaught(e);
      rt::decref(e);
      rt::decref(m);
      return status;
    }
    if (e) {
      handle_uncaught(e);
      rt::decref(e);
    }
  }
  rt::decref(m);
  return status;
}

// The main thread's program is over: wait for the non-daemon threads
// (threading._shutdown) if threading was imported.  Daemon threads are then
// stopped by runtime_finalize (they never get the GIL again).
int wait_for_threads(int status) {
  Object* modules = rt::interp_state()->modules;
  Object* threading = modules ? rt::dict_getitem_str(modules, "threading") : nullptr;
  if (!threading) return status;
  rt::incref(threading);
  Object* fn = rt::object_getattr_str(threading, "_shutdown");
  Object* r = fn ? rt::call0(fn) : nullptr;
  rt::xdecref(fn);
  // As CPython: an error here (an atexit hook of threading's that raised, a
  // KeyboardInterrupt while joining) is reported as unraisable, against the
  // threading module, and does not change the exit status.
  if (r)
    rt::decref(r);
  else if (fn)
    rt::err_write_unraisable(threading, nullptr);
  rt::err_clear();
  rt::decref(threading);
  return status;
}

struct MainArgs {
  Options* opts;
  int status;
  sigset_t mask;  // the process's signal mask at start, restored in the interpreter's thread
};

void* interpreter_main(void* p) {
  auto* ma = static_cast<MainArgs*>(p);
  pthread_sigmask(SIG_SETMASK, &ma->mask, nullptr);  // this thread takes the process's signals
  Options& o = *ma->opts;
  rt::runtime_init();
  set_argv(o);
  int status = 0;
  switch (o.mode) {
    case Options::File: {
      struct stat st;
      if (stat(o.target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        // A directory runs its __main__.py, as CPython does.
        std::string main_py = o.target + (o.target.back() == '/' ? "" : "/") + "__main__.py";
        if (access(main_py.c_str(), R_OK) != 0) {
          std::fprintf(stderr, "pyglass: can't find '__main__' module in '%s'\n", o.target.c_str());
          status = 1;
          break;
        }
        o.target = main_py;
      }
      FILE* f = std::fopen(o.target.c_str(), "rb");
      if (!f) {
        char* abs = realpath(".", nullptr);
        std::string full = o.target[0] == '/' ? o.target : std::string(abs ? abs : ".") + "/" + o.target;
        std::free(abs);
        std::fprintf(stderr, "pyglass: can't open file '%s': [Errno %d] %s\n", full.c_str(), errno,
                     std::strerror(errno));
        status = 2;
        break;
      }
      std::string src;
      read_all(f, src);
      std::fclose(f);
      std::string dir = o.target;
      size_t slash = dir.rfind('/');
      dir = slash == std::string::npos ? "" : dir.substr(0, slash);
      char* absdir = realpath(dir.empty() ? "." : dir.c_str(), nullptr);
      static std::string script_dir;
      script_dir = absdir ? absdir : ".";
      std::free(absdir);
      rt::interp_state()->script_dir = script_dir.c_str();
      init_paths(script_dir);
      // The script's __file__ and code filename are absolute, the current
      // directory joined as given ("./s.py" stays "/cwd/./s.py"), as CPython 3.9+.
      std::string abs_target = o.target;
      if (abs_target[0] != '/') {
        char* cwd = getcwd(nullptr, 0);
        if (cwd) abs_target = std::string(cwd) + "/" + o.target;
        std::free(cwd);
      }
      status = run_code(src, abs_target.c_str(), o.dis);
      break;
    }
    case Options::Command:
      init_paths("");
      status = run_code(o.target + "\n", "<string>", o.dis);
      break;
    case Options::Stdin: {
      std::string src;
      read_all(stdin, src);
      init_paths("");
      status = run_code(src, "<stdin>", o.dis);
      break;
    }
    case Options::Module: {
      char* cwd = ::getcwd(nullptr, 0);
      init_paths(cwd ? cwd : "");
      std::free(cwd);
      status = run_module(o.target);
      break;
    }
    case Options::Repl:
      init_paths("");
      status = repl();
      break;
  }
  status = wait_for_threads(status);
  stdlib::atexit_run();  // after the non-daemon threads, before teardown, as CPython
  ins::program_ended(o.mode == Options::File      ? o.target.c_str()
                     : o.mode == Options::Command ? "-c"
                     : o.mode == Options::Module  ? o.target.c_str()
                                                  : "<stdin>");
  rt::runtime_finalize();
  ins::finish(status);
  ma->status = status;
  if (rt::fork_in_child()) {
    // A forked child has no main() thread waiting to join this one (fork
    // copied only the interpreter's thread): end the process here, with the
    // program's status (a thread's return would end it with status 0).
    std::fflush(stdout);
    std::fflush(stderr);
    std::exit(status);
  }
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 0; i < argc; i++) stdlib::startup_config().orig_argv.push_back(argv[i]);  // sys.orig_argv
  int early = parse_options(argc, argv, o);
  if (early >= 0) return early;
  stdlib::read_environment(stdlib::startup_config());
  if (ins::options.explore_runs > 0) return ins::explore_main(argc, argv, o.mode == Options::File ? o.target : "");
  ins::configure();
  MainArgs ma{&o, 0, {}};
  // Signals are for the interpreter's main thread (runtime/signals.h), not
  // this one, which only waits: block them here before the interpreter's
  // thread exists (it inherits the mask and restores the original one), so
  // that no signal can reach this thread in between.
  sigset_t block;
  rt::signals::fill_async_signals(&block);
  pthread_sigmask(SIG_BLOCK, &block, &ma.mask);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t(512) << 20);  // virtual memory; touched only as deep as recursion goes
  pthread_t th;
  if (pthread_create(&th, &attr, interpreter_main, &ma) != 0) {
    interpreter_main(&ma);
  } else {
    pthread_join(th, nullptr);
  }
  pthread_attr_destroy(&attr);
  std::fflush(stdout);
  std::fflush(stderr);
  return ma.status;
}

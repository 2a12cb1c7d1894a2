// Start-up configuration (stdlib/config.cpp): the command-line flags and
// environment variables CPython honours, where CPython's library is, and how
// sys.path is built.  main.cpp fills `startup_config()` before runtime_init;
// the sys module reads it for sys.flags and friends.
#pragma once
#include <string>
#include <vector>

#include "../runtime/api.h"

namespace stdlib {

struct StartupConfig {
  // sys.flags
  int inspect = 0;              // -i
  int optimize = 0;             // -O / -OO / PYTHONOPTIMIZE
  int dont_write_bytecode = 0;  // -B / PYTHONDONTWRITEBYTECODE
  int no_user_site = 0;         // -s / PYTHONNOUSERSITE
  int no_site = 0;              // -S
  int ignore_environment = 0;   // -E (and -I)
  int verbose = 0;              // -v
  int bytes_warning = 0;        // -b
  int quiet = 0;                // -q
  int isolated = 0;             // -I
  bool safe_path = false;       // -P / -I / PYTHONSAFEPATH
  bool unbuffered = false;      // -u / PYTHONUNBUFFERED: stdout and stderr unbuffered
  std::vector<std::string> warnoptions;  // -W and PYTHONWARNINGS, in CPython's order
  std::vector<std::string> xoptions;     // -X name[=value]
  std::string pycache_prefix;            // -X pycache_prefix / PYTHONPYCACHEPREFIX
  // natives4
  std::vector<std::string> orig_argv;    // sys.orig_argv: the command line as given
  int int_max_str_digits = -1;           // -X int_max_str_digits / PYTHONINTMAXSTRDIGITS (-1: not set)
  // coretests
  bool dev_mode = false;                 // -X dev / PYTHONDEVMODE: sys.flags.dev_mode, codec argument checks
};
StartupConfig& startup_config();
// Read the environment variables (unless -E/-I): PYTHONDONTWRITEBYTECODE,
// PYTHONUNBUFFERED, PYTHONOPTIMIZE, PYTHONWARNINGS, PYTHONSAFEPATH,
// PYTHONNOUSERSITE, PYTHONVERBOSE, PYTHONPYCACHEPREFIX.  Called by main after
// the options are parsed.
void read_environment(StartupConfig& c);

struct PathConfig {
  std::string stdlib_dir;     // the pure-Python library, e.g. /usr/lib/python3.11
  std::string prefix;         // sys.prefix, e.g. /usr
  bool stdlib_found = false;  // stdlib_dir holds os.py
};

// Fill sys.path ([path0] + PYTHONPATH + the library), sys.prefix,
// sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix, sys._stdlib_dir,
// sys.platlibdir, sys.stdlib_module_names, sys.warnoptions, sys._xoptions and
// sys.pycache_prefix from the start-up configuration.  path0 is the script's
// directory or "" (-c, -m, stdin, REPL).  0, or -1 with an exception set.
int init_path_config(const std::string& path0);
const PathConfig& path_config();
// When the library directory is missing: a sentence for ModuleNotFoundError
// messages naming the package to install; "" otherwise.
std::string missing_stdlib_hint();

}  // namespace stdlib

// Start-up configuration: flags, environment, where the library is and what
// sys.path holds (CPython: PyConfig and Modules/getpath).
//
// pyglass runs CPython 3.11's pure-Python standard library, installed by
// Debian's libpython3.11-stdlib.  Its directory is found at build time
// (the CMake cache variable PYGLASS_STDLIB_DIR, default /usr/lib/python3.11)
// and may be moved at run time with PYTHONHOME (PYTHONHOME/lib/python3.11),
// as CPython allows.  sys.path is then built as CPython builds it:
//
//   [path0]            the script's directory, or '' for -c, -m, stdin and the
//                      REPL; left out under -I / -P (safe_path)
//   PYTHONPATH         each entry made absolute ('' is the current directory);
//                      ignored under -E / -I
//   the library dir    e.g. /usr/lib/python3.11
//
// CPython's zip entry (python311.zip) and lib-dynload (CPython's C extension
// modules, which pyglass cannot load) are left out; so is site-packages,
// because pyglass does not run `site` at start-up (docs/import.md).
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "config.h"

#ifndef PYGLASS_STDLIB_DIR
#define PYGLASS_STDLIB_DIR "/usr/lib/python3.11"
#endif

namespace stdlib {

using namespace rt;

namespace {

const char* const stdlib_names[] = {
#include "stdlib_module_names.inc"
    nullptr};

PathConfig g_config;
StartupConfig g_startup;

// An environment variable that counts as set (non-empty), unless -E/-I.
const char* env(const StartupConfig& c, const char* name) {
  if (c.ignore_environment) return nullptr;
  const char* v = std::getenv(name);
  return v && *v ? v : nullptr;
}

// PYTHONOPTIMIZE=N / PYTHONVERBOSE=N: an integer level, or 1 for any other text.
int env_level(const char* v) {
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  return end && *end == '\0' && n >= 0 ? int(n) : 1;
}

bool is_dir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string current_dir() {
  char* cwd = ::getcwd(nullptr, 0);
  std::string r = cwd ? cwd : ".";
  std::free(cwd);
  return r;
}

// os.path.abspath for an entry of PYTHONPATH: joined to the current directory
// and normalised ('.', '..' and doubled slashes removed).
std::string absolute(const std::string& p) {
  std::string full = !p.empty() && p[0] == '/' ? p : current_dir() + "/" + p;
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= full.size()) {
    size_t j = full.find('/', i);
    if (j == std::string::npos) j = full.size();
    std::string part = full.substr(i, j - i);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    i = j + 1;
  }
  std::string out;
  for (const std::string& part : parts) out += "/" + part;
  return out.empty() ? "/" : out;
}

int append_str(Object* list, const std::string& s) {
  Object* v = str_from(s);
  if (!v) return -1;
  int r = list_append(list, v);
  decref(v);
  return r;
}

int set_sys_str(const char* name, const std::string& v) {
  Object* s = str_from(v);
  if (!s) return -1;
  int r = sys_set_object(name, s);
  decref(s);
  return r;
}

Object* make_stdlib_module_names() {
  Object* names = frozenset_new(nullptr);
  if (!names) return nullptr;
  for (const char* const* n = stdlib_names; *n; ++n) {
    Object* s = str_intern_cstr(*n);
    if (!s || set_add(names, s) < 0) {
      xdecref(s);
      decref(names);
      return nullptr;
    }
    decref(s);
  }
  return names;
}

}  // namespace

const PathConfig& path_config() { return g_config; }
StartupConfig& startup_config() { return g_startup; }

void read_environment(StartupConfig& c) {
  if (c.isolated) {
    c.ignore_environment = 1;
    c.safe_path = true;
    c.no_user_site = 1;
  }
  if (env(c, "PYTHONDONTWRITEBYTECODE")) c.dont_write_bytecode = 1;
  if (env(c, "PYTHONUNBUFFERED")) c.unbuffered = true;
  if (env(c, "PYTHONSAFEPATH")) c.safe_path = true;
  if (env(c, "PYTHONNOUSERSITE")) c.no_user_site = 1;
  if (const char* v = env(c, "PYTHONOPTIMIZE"); v && c.optimize == 0) c.optimize = env_level(v);
  if (const char* v = env(c, "PYTHONVERBOSE"); v && c.verbose == 0) c.verbose = env_level(v);
  if (const char* v = env(c, "PYTHONPYCACHEPREFIX"); v && c.pycache_prefix.empty()) c.pycache_prefix = v;
  // PYTHONWARNINGS comes before -W options, so that -W wins (filters added later take precedence).
  if (const char* v = env(c, "PYTHONWARNINGS")) {
    std::vector<std::string> w;
    std::string s = v;
    size_t i = 0;
    while (i <= s.size()) {
      size_t j = s.find(',', i);
      if (j == std::string::npos) j = s.size();
      if (j > i) w.push_back(s.substr(i, j - i));
      i = j + 1;
    }
    c.warnoptions.insert(c.warnoptions.begin(), w.begin(), w.end());
  }
  for (const std::string& x : c.xoptions)
    if (x.rfind("pycache_prefix=", 0) == 0) c.pycache_prefix = x.substr(15);
  // natives4: the int<->str digit limit (-X wins over the environment); an
  // invalid value is CPython's fatal start-up error (exit 1).
  auto digits = [&c](const char* what, const char* v) {
    char* end = nullptr;
    long n = std::strtol(v, &end, 10);
    if (!*v || *end || n < 0 || (n > 0 && n < 640) || n > INT_MAX) {
      std::fprintf(stderr,
                   "Fatal Python error: config_init_int_max_str_digits: %s: invalid limit; must be >= 640 or 0 for "
                   "unlimited.\nPython runtime state: preinitialized\n\n",
                   what);
      std::exit(1);
    }
    c.int_max_str_digits = int(n);
  };
  if (const char* v = env(c, "PYTHONINTMAXSTRDIGITS")) digits("PYTHONINTMAXSTRDIGITS", v);
  for (const std::string& x : c.xoptions)
    if (x.rfind("int_max_str_digits=", 0) == 0 || x == "int_max_str_digits")
      digits("-X int_max_str_digits", x.size() > 19 ? x.c_str() + 19 : "");
  if (c.int_max_str_digits >= 0) rt::int_set_max_str_digits(c.int_max_str_digits);
  // coretests: the development mode (only its codec argument checks so far, docs/coretests.md).
  if (const char* v = env(c, "PYTHONDEVMODE"); v && *v) c.dev_mode = true;
  for (const std::string& x : c.xoptions)
    if (x == "dev") c.dev_mode = true;
  rt::codecs_set_dev_mode(c.dev_mode);
}

namespace {

int set_string_list(const char* name, const std::vector<std::string>& items) {
  Object* l = list_new(0);
  if (!l) return -1;
  for (const std::string& it : items)
    if (append_str(l, it) < 0) {
      decref(l);
      return -1;
    }
  int r = sys_set_object(name, l);
  decref(l);
  return r;
}

// sys._xoptions: {'name': 'value'} for -X name=value, {'name': True} for -X name.
int set_xoptions(const std::vector<std::string>& items) {
  Object* d = dict_new();
  if (!d) return -1;
  for (const std::string& it : items) {
    size_t eq = it.find('=');
    Object* k = str_from(it.substr(0, eq));
    Object* v = eq == std::string::npos ? bool_ref(true) : str_from(it.substr(eq + 1));
    int r = k && v ? dict_setitem(d, k, v) : -1;
    xdecref(k);
    xdecref(v);
    if (r < 0) {
      decref(d);
      return -1;
    }
  }
  int r = sys_set_object("_xoptions", d);
  decref(d);
  return r;
}

// Compiled modules are cached beside their source, as CPython does, unless
// -X pycache_prefix / PYTHONPYCACHEPREFIX says otherwise -- or the library
// directory is not writable (an ordinary user and Debian's /usr/lib): then the
// caches go to $XDG_CACHE_HOME/pyglass (default ~/.cache/pyglass), so that the
// library's modules are not compiled again at every run.
int set_pycache_prefix(const PathConfig& c, const StartupConfig& sc) {
  std::string prefix = sc.pycache_prefix;
  if (prefix.empty() && c.stdlib_found && ::access(c.stdlib_dir.c_str(), W_OK) != 0) {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    if (xdg && *xdg == '/') prefix = std::string(xdg) + "/pyglass";
    else if (home && *home == '/') prefix = std::string(home) + "/.cache/pyglass";
  }
  if (prefix.empty()) return sys_set_object("pycache_prefix", None);
  return set_sys_str("pycache_prefix", prefix);
}

}  // namespace

int init_path_config(const std::string& path0) {
  PathConfig& c = g_config;
  const StartupConfig& sc = g_startup;
  const char* home = env(sc, "PYTHONHOME");
  if (home) {
    std::string h = home;
    size_t colon = h.find(':');  // PYTHONHOME=prefix:exec_prefix
    c.prefix = h.substr(0, colon);
    c.stdlib_dir = c.prefix + "/lib/python3.11";
  } else {
    c.stdlib_dir = PYGLASS_STDLIB_DIR;
    const std::string tail = "/lib/python3.11";
    bool std_layout = c.stdlib_dir.size() > tail.size() &&
                      c.stdlib_dir.compare(c.stdlib_dir.size() - tail.size(), tail.size(), tail) == 0;
    c.prefix = std_layout ? c.stdlib_dir.substr(0, c.stdlib_dir.size() - tail.size()) : c.stdlib_dir;
  }
  struct stat st;
  c.stdlib_found = is_dir(c.stdlib_dir) && ::stat((c.stdlib_dir + "/os.py").c_str(), &st) == 0;

  Object* path = list_new(0);
  if (!path) return -1;
  if (!sc.safe_path && append_str(path, path0) < 0) goto fail;
  if (const char* pp = env(sc, "PYTHONPATH")) {
    std::string s = pp;
    size_t i = 0;
    while (i <= s.size()) {
      size_t j = s.find(':', i);
      if (j == std::string::npos) j = s.size();
      if (append_str(path, absolute(s.substr(i, j - i))) < 0) goto fail;
      i = j + 1;
    }
  }
  if (append_str(path, c.stdlib_dir) < 0) goto fail;
  if (sys_set_object("path", path) < 0) goto fail;
  decref(path);
  path = nullptr;
  if (set_sys_str("prefix", c.prefix) < 0 || set_sys_str("exec_prefix", c.prefix) < 0 ||
      set_sys_str("base_prefix", c.prefix) < 0 || set_sys_str("base_exec_prefix", c.prefix) < 0 ||
      set_sys_str("_stdlib_dir", c.stdlib_dir) < 0 || set_sys_str("platlibdir", "lib") < 0 ||
      set_string_list("warnoptions", sc.warnoptions) < 0 || set_xoptions(sc.xoptions) < 0 ||
      sys_set_object("dont_write_bytecode", sc.dont_write_bytecode ? True : False) < 0)
    return -1;
  if (set_pycache_prefix(c, sc) < 0) return -1;
  {
    Object* names = make_stdlib_module_names();
    if (!names) return -1;
    int r = sys_set_object("stdlib_module_names", names);
    decref(names);
    if (r < 0) return -1;
  }
  return 0;
fail:
  xdecref(path);
  return -1;
}

std::string missing_stdlib_hint() {
  if (g_config.stdlib_found || g_config.stdlib_dir.empty()) return "";
  return " (pyglass: CPython 3.11's standard library is not at " + g_config.stdlib_dir +
         "; install Debian's libpython3.11-stdlib, or set PYTHONHOME)";
}

}  // namespace stdlib

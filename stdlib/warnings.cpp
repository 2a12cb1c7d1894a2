// `_warnings`: the native half of the warnings machinery (the module CPython's
// Lib/warnings.py imports), and rt::err_warn, through which C++ code warns.
//
// How it works
// ------------
// warn(message, category, stacklevel, source) finds the Python frame
// `stacklevel` levels up (frames of importlib's bootstrap are skipped, as in
// CPython), takes its file, line, module __name__ and the module's
// `__warningregistry__` dict (created on demand), and goes on as
// warn_explicit():
//   1. the registry already has (text, category, lineno): nothing to do;
//   2. the first matching filter gives the action (else the default action).
//      A filter is (action, message, category, module, lineno); message and
//      module match when None, when equal to a str, or when their .match()
//      (a compiled re pattern, as warnings.filterwarnings installs) accepts
//      the text / the module name;
//   3. "error" raises the warning; "ignore" drops it; "always" shows it;
//      "default" shows it once per (text, category, lineno) in the registry;
//      "module" once per (text, category) in the registry; "once" once per
//      (text, category) in the once-registry; anything else is a RuntimeError;
//   4. it is shown through warnings._showwarnmsg(WarningMessage(...)) when
//      the warnings module has been imported (so warnings.showwarning and
//      catch_warnings take over), else written to sys.stderr as
//      "FILE:LINE: Category: text" and the source line indented by two.
// Registries remember the filters' version: _filters_mutated() bumps it, and a
// registry of an older version is cleared before use.
//
// The state (filters, the once-registry, the default action, the version)
// lives here, shared with the module's attributes `filters`, `_onceregistry`
// and `_defaultaction`; once warnings.py is imported, its own module
// attributes (which start as the same objects) are read instead, as CPython
// does.  The state is made on first use and released by warnings_fini() at
// exit; afterwards warnings are printed directly.
#include <string>

#include "../interp/frame.h"
#include "../interp/traceback.h"
#include "../runtime/api.h"
#include "modules.h"

namespace stdlib {

using namespace rt;

namespace {

struct WarningsState {
  Object* filters = nullptr;         // list
  Object* once_registry = nullptr;   // dict
  Object* default_action = nullptr;  // str
  long filters_version = 0;
};
WarningsState* g_state = nullptr;  // protected by the GIL
bool g_finalized = false;

Object* make_filter(TypeObject* category, const char* action, const char* module) {
  Object* a = str_intern_cstr(action);
  Object* m = module ? str_intern_cstr(module) : none_ref();
  Object* zero = int_from_i64(0);
  Object* t = a && m && zero ? tuple_pack(5, a, None, static_cast<Object*>(category), m, zero) : nullptr;
  xdecref(a);
  xdecref(m);
  xdecref(zero);
  return t;
}

// The state, made with CPython 3.11's default filters on first use.
WarningsState* state() {
  if (g_state) return g_state;
  auto* st = new WarningsState();
  st->filters = list_new(0);
  st->once_registry = dict_new();
  st->default_action = str_intern_cstr("default");
  bool ok = st->filters && st->once_registry && st->default_action;
  struct {
    TypeObject* cat;
    const char* action;
    const char* module;
  } defaults[] = {
      {Exc_DeprecationWarning, "default", "__main__"},    {Exc_DeprecationWarning, "ignore", nullptr},
      {Exc_PendingDeprecationWarning, "ignore", nullptr}, {Exc_ImportWarning, "ignore", nullptr},
      {Exc_ResourceWarning, "ignore", nullptr},
  };
  for (auto& d : defaults) {
    Object* f = ok ? make_filter(d.cat, d.action, d.module) : nullptr;
    ok = f && list_append(st->filters, f) == 0;
    xdecref(f);
  }
  if (!ok) {
    xdecref(st->filters);
    xdecref(st->once_registry);
    xdecref(st->default_action);
    delete st;
    return nullptr;
  }
  g_state = st;
  return st;
}

// warnings.<name> when the warnings module is imported (try_import: import it),
// else null without an error.
Object* warnings_attr(Object* name, bool try_import) {
  Object* modules = interp_state()->modules;
  Object* mod = modules ? dict_getitem_str(modules, "warnings") : nullptr;
  if (mod) {
    incref(mod);
  } else if (try_import) {
    mod = import_module("warnings");
    if (!mod) {
      if (err_matches(Exc_ImportError)) err_clear();
      return nullptr;
    }
  } else {
    return nullptr;
  }
  bool error = false;
  Object* r = object_lookup_attr(mod, name, &error);
  decref(mod);
  return r;
}

// The filters list in use (borrowed), or null with an error.
Object* current_filters(WarningsState* st) {
  Object* f = warnings_attr(names::filters, false);
  if (f) setref(st->filters, f);
  if (err_occurred()) return nullptr;
  if (!st->filters || !is_list(st->filters))
    return err_format_null(Exc_ValueError, "_warnings.filters must be a list");
  return st->filters;
}

// warnings.<name> when the warnings module is imported (it then replaces
// *slot), else *slot; borrowed.  A value of the wrong kind is a TypeError.
Object* current_setting(Object* name, Object*& slot, bool (*ok)(const Object*), const char* what) {
  Object* v = warnings_attr(name, false);
  if (!v) return err_occurred() ? nullptr : slot;
  if (!ok(v)) {
    err_format(Exc_TypeError, "warnings.%s must be %s, not '%s'", str_utf8(name), what, type_name(v));
    decref(v);
    return nullptr;
  }
  setref(slot, v);
  return v;
}

Object* current_default_action(WarningsState* st) {
  return current_setting(names::defaultaction, st->default_action, is_str, "a string");
}

Object* current_once_registry(WarningsState* st) {
  return current_setting(names::onceregistry, st->once_registry, is_dict, "a dict");
}

// Does a filter's message/module field accept text?  -1 error.
int check_matched(Object* pattern, Object* text) {
  if (pattern == None) return 1;
  if (is_str_exact(pattern)) return object_eq(pattern, text);
  Object* m = call_method1(pattern, names::match, text);
  if (!m) return -1;
  int r = object_is_true(m);
  decref(m);
  return r;
}

// The action for this warning (borrowed) and the matching filter (*item, new ref: None for the default).
Object* get_filter(WarningsState* st, Object* category, Object* text, ssize lineno, Object* module,
                   Object** item) {
  Object* filters = current_filters(st);
  if (!filters) return nullptr;
  incref(filters);
  for (ssize i = 0; i < size_of(filters); i++) {
    Object* f = list_get(filters, i);
    if (!is_tuple(f) || size_of(f) != 5) {
      decref(filters);
      return err_format_null(Exc_ValueError, "_warnings.filters item %zd isn't a 5-tuple", i);
    }
    incref(f);
    Object* action = tuple_get(f, 0);
    int ok = 1;
    if (!is_str(action)) {
      err_format(Exc_TypeError, "action must be a string, not '%s'", type_name(action));
      ok = -1;
    }
    if (ok > 0) ok = check_matched(tuple_get(f, 1), text);
    if (ok > 0) ok = check_matched(tuple_get(f, 3), module);
    if (ok > 0) ok = object_issubclass(category, tuple_get(f, 2));
    if (ok > 0) {
      ssize ln = number_as_ssize(tuple_get(f, 4), Exc_OverflowError);
      ok = ln == -1 && err_occurred() ? -1 : (ln == 0 || ln == lineno);
    }
    if (ok < 0) {
      decref(f);
      decref(filters);
      return nullptr;
    }
    if (ok) {
      decref(filters);
      *item = f;
      return action;  // kept alive by *item
    }
    decref(f);
  }
  decref(filters);
  Object* action = current_default_action(st);
  if (action) *item = none_ref();
  return action;
}

// Has registry seen key (for the current filters version)?  Sets it when should_set.  -1 error.
int already_warned(WarningsState* st, Object* registry, Object* key, bool should_set) {
  Object* vkey = names::version;
  Object* v = dict_getitem(registry, vkey);
  if (!v || !is_int_exact(v) || int_as_i64(v) != st->filters_version) {
    if (err_occurred()) return -1;
    dict_clear(registry);
    Object* nv = int_from_i64(st->filters_version);
    int r = nv ? dict_setitem(registry, vkey, nv) : -1;
    xdecref(nv);
    if (r < 0) return -1;
  } else {
    Object* seen = dict_getitem(registry, key);
    if (seen) {
      int rc = object_is_true(seen);
      if (rc != 0) return rc;
    } else if (err_occurred()) {
      return -1;
    }
  }
  return should_set ? dict_setitem(registry, key, True) : 0;
}

int update_registry(WarningsState* st, Object* registry, Object* text, Object* category, bool add_zero) {
  Object* zero = small_int(0);
  Object* key = add_zero ? tuple_pack(3, text, category, zero) : tuple_pack(2, text, category);
  if (!key) return -1;
  int r = already_warned(st, registry, key, true);
  decref(key);
  return r;
}

// CPython's own display: "FILE:LINE: Category: text" and the source line.
void show_warning(Object* filename, long lineno, Object* text, Object* category, Object* sourceline) {
  Object* name = object_getattr(category, names::__name__);
  Object* fs = name ? object_str(filename) : nullptr;
  Object* ts = fs ? object_str(text) : nullptr;
  if (ts) {
    std::string out = std::string(str_view(fs)) + ":" + std::to_string(lineno) + ": " +
                      std::string(str_view(name)) + ": " + std::string(str_view(ts)) + "\n";
    if (sourceline && is_str(sourceline)) {
      out += std::string(str_view(sourceline)) + "\n";
    } else {
      std::string line = interp::source_line(filename, int(lineno));
      if (!line.empty()) out += "  " + line + "\n";
    }
    Object* err = sys_get_object("stderr");
    if (!err || err == None || file_write_cstr(err, out.c_str()) < 0) {
      err_clear();
      std::fputs(out.c_str(), stderr);
    }
  }
  xdecref(name);
  xdecref(fs);
  xdecref(ts);
  err_clear();
}

int call_show_warning(Object* category, Object* text, Object* message, Object* filename, long lineno,
                      Object* lineno_obj, Object* sourceline, Object* source) {
  Object* show = warnings_attr(names::_showwarnmsg, source != nullptr);
  if (!show) {
    if (err_occurred()) return -1;
    show_warning(filename, lineno, text, category, sourceline);
    return 0;
  }
  if (!is_callable(show)) {
    decref(show);
    err_set_string(Exc_TypeError, "warnings._showwarnmsg() must be set to a callable");
    return -1;
  }
  Object* cls = warnings_attr(names::WarningMessage, false);
  if (!cls) {
    decref(show);
    if (!err_occurred()) err_set_string(Exc_RuntimeError, "unable to get warnings.WarningMessage");
    return -1;
  }
  Object* args[7] = {message, category, filename, lineno_obj, None, None, source ? source : None};
  Object* msg = call(cls, args, 7);
  decref(cls);
  Object* r = msg ? call1(show, msg) : nullptr;
  xdecref(msg);
  decref(show);
  if (!r) return -1;
  decref(r);
  return 0;
}

// "x.py" -> "x"; "" -> "<unknown>".
Object* normalize_module(Object* filename) {
  std::string_view f = str_view(filename);
  if (f.empty()) return str_from_cstr("<unknown>");
  if (f.size() >= 3 && f.substr(f.size() - 3) == ".py") return str_from(f.substr(0, f.size() - 3));
  return newref(filename);
}

// The body of warn_explicit(): None (new ref) or null with an error (the warning itself for "error").
Object* warn_explicit_impl(Object* category, Object* message, Object* filename, long lineno, Object* module,
                           Object* registry, Object* sourceline, Object* source) {
  if (module == None) return none_ref();  // late in shutdown: the filters are gone
  if (registry && registry != None && !is_dict(registry))
    return err_format_null(Exc_TypeError, "'registry' must be a dict or None");
  if (registry == None) registry = nullptr;
  WarningsState* st = state();
  if (!st) return nullptr;
  Object* mod = module ? newref(module) : normalize_module(filename);
  if (!mod) return nullptr;
  Object *text = nullptr, *msg = nullptr, *key = nullptr, *lineno_obj = nullptr, *item = nullptr,
         *result = nullptr;
  int rc = object_isinstance(message, Exc_Warning);
  if (rc < 0) goto done;
  if (rc) {
    text = object_str(message);
    if (!text) goto done;
    category = type_of(message);
    msg = newref(message);
  } else {
    text = newref(message);
    msg = call1(category, message);
    if (!msg) goto done;
  }
  lineno_obj = int_from_i64(lineno);
  key = lineno_obj ? tuple_pack(3, text, category, lineno_obj) : nullptr;
  if (!key) goto done;
  if (registry) {
    rc = already_warned(st, registry, key, false);
    if (rc < 0) goto done;
    if (rc) goto none;
  }
  {
    Object* action = get_filter(st, category, text, lineno, mod, &item);
    if (!action) goto done;
    std::string_view a = str_view(action);
    if (a == "error") {
      err_set_object(static_cast<TypeObject*>(category), msg);
      goto done;
    }
    if (a == "ignore") goto none;
    rc = 0;
    if (a != "always") {
      if (registry && dict_setitem(registry, key, True) < 0) goto done;
      if (a == "once") {
        Object* once = registry ? registry : current_once_registry(st);
        if (!once) goto done;
        rc = update_registry(st, once, text, category, false);
      } else if (a == "module") {
        if (registry) rc = update_registry(st, registry, text, category, true);
      } else if (a != "default") {
        Object* ar = object_repr(action);
        Object* ir = ar ? object_repr(item) : nullptr;
        if (ir)
          err_format(Exc_RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s", str_utf8(ar),
                     str_utf8(ir));
        xdecref(ar);
        xdecref(ir);
        goto done;
      }
    }
    if (rc < 0) goto done;
    if (rc == 0 &&
        call_show_warning(category, text, msg, filename, lineno, lineno_obj, sourceline, source) < 0)
      goto done;
  }
none:
  result = none_ref();
done:
  xdecref(item);
  xdecref(key);
  xdecref(lineno_obj);
  xdecref(text);
  xdecref(msg);
  decref(mod);
  return result;
}

bool is_internal_frame(interp::Frame* f) {
  if (!f) return false;
  std::string_view fn = str_view(f->code->filename);
  return fn.find("importlib") != std::string_view::npos && fn.find("_bootstrap") != std::string_view::npos;
}

interp::Frame* next_external_frame(interp::Frame* f) {
  do {
    f = f->back;
  } while (f && is_internal_frame(f));
  return f;
}

// Where a warning issued `stack_level` frames up comes from.  New references in
// *filename, *module and *registry.
bool setup_context(ssize stack_level, Object** filename, long* lineno, Object** module, Object** registry) {
  interp::Frame* f = tstate()->frame;
  if (stack_level <= 0 || is_internal_frame(f)) {
    while (--stack_level > 0 && f) f = f->back;
  } else {
    while (--stack_level > 0 && f) f = next_external_frame(f);
  }
  Object* globals;
  if (!f) {
    globals = interp_state()->sysdict;
    *filename = str_from_cstr("sys");
    *lineno = 1;
  } else {
    globals = f->globals;
    *filename = newref(f->code->filename);
    *lineno = f->lineno();
  }
  if (!*filename) return false;
  *registry = dict_getitem(globals, names::__warningregistry__);
  if (*registry) {
    incref(*registry);
  } else {
    *registry = err_occurred() ? nullptr : dict_new();
    if (!*registry || dict_setitem(globals, names::__warningregistry__, *registry) < 0) {
      clearref(*filename);
      xdecref(*registry);
      return false;
    }
  }
  Object* name = dict_getitem(globals, names::__name__);
  *module = name && (name == None || is_str(name)) ? newref(name) : str_from_cstr("<string>");
  if (!*module) {
    clearref(*filename);
    clearref(*registry);
    return false;
  }
  return true;
}

Object* do_warn(Object* message, Object* category, ssize stack_level, Object* source) {
  Object *filename, *module, *registry;
  long lineno;
  if (!setup_context(stack_level, &filename, &lineno, &module, &registry)) return nullptr;
  Object* r = warn_explicit_impl(category, message, filename, lineno, module, registry, nullptr, source);
  decref(filename);
  decref(module);
  decref(registry);
  return r;
}

// The category of warn(message, category): the message's class when it is a Warning.
Object* get_category(Object* message, Object* category) {
  int rc = object_isinstance(message, Exc_Warning);
  if (rc < 0) return nullptr;
  if (rc) return type_of(message);
  if (!category || category == None) return Exc_UserWarning;
  rc = is_type(category) ? object_issubclass(category, Exc_Warning) : 0;
  if (rc <= 0) {
    if (rc < 0) err_clear();
    return err_format_null(Exc_TypeError, "category must be a Warning subclass, not '%s'",
                           type_name(category));
  }
  return category;
}

// ---- the module's functions ----------------------------------------------------------
Object* w_warn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[4] = {};
  if (!parse_args("warn", args, nargs, kwnames, "message|category,stacklevel,source", a)) return nullptr;
  ssize level = 1;
  if (a[2]) {
    level = number_as_ssize(a[2], Exc_OverflowError);
    if (level == -1 && err_occurred()) return nullptr;
  }
  Object* category = get_category(a[0], a[1]);
  if (!category) return nullptr;
  return do_warn(a[0], category, level, a[3] && a[3] != None ? a[3] : nullptr);
}

// The line `lineno` of a module's source, through its globals' __loader__.get_source(__name__).
Object* get_source_line(Object* module_globals, long lineno) {
  Object* loader = dict_getitem(module_globals, names::__loader__);
  Object* name = dict_getitem(module_globals, names::__name__);
  if (!loader || !name) return nullptr;
  Object* src = call_method1(loader, names::get_source, name);
  if (!src || src == None) {
    xdecref(src);
    return nullptr;
  }
  Object* lines = call_method0(src, names::splitlines);
  decref(src);
  if (!lines) return nullptr;
  Object* line = lineno >= 1 && lineno <= size_of(lines) ? newref(list_get(lines, lineno - 1)) : nullptr;
  decref(lines);
  return line;
}

Object* w_warn_explicit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[8] = {};
  if (!parse_args("warn_explicit", args, nargs, kwnames,
                  "message,category,filename,lineno|module,registry,module_globals,source", a))
    return nullptr;
  if (!is_str(a[2]))
    return err_format_null(Exc_TypeError, "warn_explicit() argument 3 must be str, not %s", type_name(a[2]));
  Object* n = number_index(a[3]);
  if (!n) return nullptr;
  long lineno = long(int_as_i64(n));
  decref(n);
  if (lineno == -1 && err_occurred()) return nullptr;
  Object* sourceline = nullptr;
  if (a[6] && a[6] != None) {
    if (!is_dict(a[6]))
      return err_format_null(Exc_TypeError, "module_globals must be a dict, not '%s'", type_name(a[6]));
    sourceline = get_source_line(a[6], lineno);
    if (!sourceline && err_occurred()) return nullptr;
  }
  Object* r = warn_explicit_impl(a[1], a[0], a[2], lineno, a[4], a[5], sourceline,
                                 a[7] && a[7] != None ? a[7] : nullptr);
  xdecref(sourceline);
  return r;
}

Object* w_filters_mutated(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!parse_args("_filters_mutated", nullptr, nargs, kwnames, "", nullptr)) return nullptr;
  WarningsState* st = state();
  if (!st) return nullptr;
  st->filters_version++;
  return none_ref();
}

MethodDef warnings_functions[] = {
    {"warn", w_warn, METH_DEFAULT, "Issue a warning, or maybe ignore it or raise an exception."},
    {"warn_explicit", w_warn_explicit, METH_DEFAULT, "Low-level interface to warnings functionality."},
    {"_filters_mutated", w_filters_mutated, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* init_warnings_module() {
  WarningsState* st = state();
  if (!st) return nullptr;
  Object* m = module_new("_warnings");
  if (!m) return nullptr;
  if (module_add_functions(m, warnings_functions) < 0 ||
      module_add_object(m, "filters", newref(st->filters)) < 0 ||
      module_add_object(m, "_onceregistry", newref(st->once_registry)) < 0 ||
      module_add_object(m, "_defaultaction", newref(st->default_action)) < 0 ||
      module_add_object(m, "__doc__",
                        str_from_cstr("_warnings provides basic warning filtering support.\nIt is a "
                                      "helper module to speed up interpreter start-up.")) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

void warnings_fini() {
  g_finalized = true;
  if (!g_state) return;
  // Empty them too: an immortal (start-up) list would otherwise keep what scripts put in it.
  Object* r =
      g_state->filters && is_list(g_state->filters) ? call_method0(g_state->filters, names::clear) : nullptr;
  if (r)
    decref(r);
  else
    err_clear();
  if (g_state->once_registry && is_dict(g_state->once_registry)) dict_clear(g_state->once_registry);
  clearref(g_state->filters);
  clearref(g_state->once_registry);
  clearref(g_state->default_action);
  delete g_state;
  g_state = nullptr;
}

}  // namespace stdlib

namespace rt {

int err_warn(TypeObject* category, const char* msg, ssize stacklevel) {
  Object* text = str_from_cstr(msg);
  if (!text) return -1;
  Object* r;
  if (stdlib::g_finalized) {
    // The filters are gone (exit): print the warning as it is.
    interp::Frame* f = tstate()->frame;
    for (ssize i = 1; f && i < stacklevel; i++) f = f->back;
    Object* filename = f ? newref(f->code->filename) : str_from_cstr("sys");
    if (filename) stdlib::show_warning(filename, f ? f->lineno() : 1, text, category, nullptr);
    xdecref(filename);
    r = none_ref();
  } else {
    r = stdlib::do_warn(text, category, stacklevel, nullptr);
  }
  decref(text);
  if (!r) return -1;
  decref(r);
  return 0;
}

int err_warn_explicit(TypeObject* category, const char* msg, const char* filename, int lineno) {
  Object* text = str_from_cstr(msg);
  Object* file = text ? str_from_cstr(filename) : nullptr;
  Object* r = nullptr;
  if (file && stdlib::g_finalized) {
    stdlib::show_warning(file, lineno, text, category, nullptr);
    r = none_ref();
  } else if (file) {
    r = stdlib::warn_explicit_impl(category, text, file, lineno, nullptr, nullptr, nullptr, nullptr);
  }
  xdecref(text);
  xdecref(file);
  if (!r) return -1;
  decref(r);
  return 0;
}

}  // namespace rt

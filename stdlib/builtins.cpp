// The builtins module: the built-in types and exceptions bound by name, and the
// simple built-in functions.  Iteration helpers live in builtins_iter.cpp,
// eval/exec and namespace introspection in builtins_eval.cpp.
#include "builtins.h"
#include "builtins_docs.h"

#include <string>

#include "fileio.h"
#include "modules.h"
#include "../interp/code.h"
#include "runtime/bytes/buffer.h"
#include "runtime/threads/state.h"

namespace stdlib {
using namespace rt;

bool check_one_arg(const char* fname, ssize nargs, Object* kwnames) {
  if (!no_kwargs(fname, kwnames)) return false;
  if (nargs != 1) {
    err_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
    return false;
  }
  return true;
}

bool check_nargs(const char* fname, ssize nargs, ssize min, ssize max) {
  if (nargs >= min && nargs <= max) return true;
  if (min == max)
    err_format(Exc_TypeError, "%s expected %zd argument%s, got %zd", fname, min, min == 1 ? "" : "s", nargs);
  else if (nargs < min)
    err_format(Exc_TypeError, "%s expected at least %zd argument%s, got %zd", fname, min, min == 1 ? "" : "s", nargs);
  else
    err_format(Exc_TypeError, "%s expected at most %zd argument%s, got %zd", fname, max, max == 1 ? "" : "s", nargs);
  return false;
}

namespace {

ssize kw_count(Object* kwnames) { return kwnames ? size_of(kwnames) : 0; }

// ---- print and input ------------------------------------------------------------

Object* b_print(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object *sep = nullptr, *end = nullptr, *file = nullptr, *flush = nullptr;
  for (ssize i = 0; i < kw_count(kwnames); i++) {
    Object* k = tuple_get(kwnames, i);
    Object* v = args[nargs + i];
    if (k == names::sep || str_equal(k, names::sep)) sep = v;
    else if (k == names::end || str_equal(k, names::end)) end = v;
    else if (k == names::file || str_equal(k, names::file)) file = v;
    else if (k == names::flush || str_equal(k, names::flush)) flush = v;
    else return err_format_null(Exc_TypeError, "'%s' is an invalid keyword argument for print()", str_utf8(k));
  }
  if (sep == None) sep = nullptr;
  if (end == None) end = nullptr;
  if (sep && !is_str(sep)) return err_format_null(Exc_TypeError, "sep must be None or a string, not %s", type_name(sep));
  if (end && !is_str(end)) return err_format_null(Exc_TypeError, "end must be None or a string, not %s", type_name(end));
  if (!file || file == None) {
    file = sys_get_object("stdout");
    if (!file || file == None) return none_ref();  // no stdout: print does nothing
  }
  // The whole text is built first and written with one call, so lines from
  // different threads never interleave.
  std::string text;
  text.reserve(64);
  for (ssize i = 0; i < nargs; i++) {
    if (i) {
      if (sep) text += str_view(sep);
      else text += ' ';
    }
    Object* a = args[i];
    if (is_str_exact(a)) {
      text += str_view(a);
    } else {
      Object* s = object_str(a);
      if (!s) return nullptr;
      text += str_view(s);
      decref(s);
    }
  }
  if (end) text += str_view(end);
  else text += '\n';
  incref(file);  // file.write may replace sys.stdout
  int rc;
  if (is_file_object(file)) {
    rc = file_write_utf8(file, text.data(), text.size());
  } else {
    Object* s = str_from_utf8(text.data(), ssize(text.size()));
    rc = s ? file_write_str(file, s) : -1;
    xdecref(s);
  }
  if (rc == 0 && flush) {
    int t = object_is_true(flush);
    if (t < 0) rc = -1;
    else if (t) {
      if (is_file_object(file)) {
        rc = file_flush(file);
      } else {
        Object* r = call_method0(file, names::flush);
        if (r) decref(r);
        else rc = -1;
      }
    }
  }
  decref(file);
  if (rc < 0) return nullptr;
  return none_ref();
}

Object* b_input(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("input", kwnames) || !check_nargs("input", nargs, 0, 1)) return nullptr;
  Object* in = sys_get_object("stdin");
  Object* out = sys_get_object("stdout");
  Object* err = sys_get_object("stderr");
  if (!in || in == None) return err_format_null(Exc_RuntimeError, "input(): lost sys.stdin");
  if (!out || out == None) return err_format_null(Exc_RuntimeError, "input(): lost sys.stdout");
  if (err && err != None && is_file_object(err) && file_flush(err) < 0) err_clear();
  if (nargs == 1) {
    Object* p = object_str(args[0]);
    if (!p) return nullptr;
    int rc = file_write_str(out, p);
    decref(p);
    if (rc < 0) return nullptr;
  }
  if (is_file_object(out)) {
    if (file_flush(out) < 0) return nullptr;
  } else {
    Object* r = call_method0(out, names::flush);
    if (!r) return nullptr;
    decref(r);
  }
  incref(in);
  Object* line = is_file_object(in) ? file_readline(in, -1) : call_method0(in, names::readline);
  decref(in);
  if (!line) return nullptr;
  if (!is_str(line)) {
    decref(line);
    return err_format_null(Exc_TypeError, "object.readline() returned non-string");
  }
  ssize n = str_utf8_len(line);
  if (n == 0) {
    decref(line);
    return err_format_null(Exc_EOFError, "EOF when reading a line");
  }
  const char* d = str_utf8(line);
  if (d[n - 1] == '\n') {
    Object* r = str_from_utf8(d, n - 1);
    decref(line);
    return r;
  }
  return line;
}

// ---- one-argument functions ---------------------------------------------------------

Object* b_len(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("len", nargs, kwnames)) return nullptr;
  ssize n = object_length(args[0]);
  if (n < 0) return nullptr;
  return int_from_i64(n);
}

Object* b_repr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("repr", nargs, kwnames)) return nullptr;
  return object_repr(args[0]);
}

Object* b_ascii(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("ascii", nargs, kwnames)) return nullptr;
  return object_ascii(args[0]);
}

Object* b_abs(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("abs", nargs, kwnames)) return nullptr;
  return number_absolute(args[0]);
}

Object* b_hash(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("hash", nargs, kwnames)) return nullptr;
  hash_t h = object_hash(args[0]);
  if (h == -1 && err_occurred()) return nullptr;
  return int_from_i64(h);
}

Object* b_id(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("id", nargs, kwnames)) return nullptr;
  return int_from_u64(reinterpret_cast<uintptr_t>(args[0]));
}

Object* b_callable(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("callable", nargs, kwnames)) return nullptr;
  return bool_ref(is_callable(args[0]));
}

Object* base_string(const char* fname, Object* const* args, ssize nargs, Object* kwnames, int base) {
  if (!check_one_arg(fname, nargs, kwnames)) return nullptr;
  Object* v = number_index(args[0]);
  if (!v) return nullptr;
  Object* r = int_to_base_string(v, base, true);
  decref(v);
  return r;
}
Object* b_hex(Object*, Object* const* a, ssize n, Object* k) { return base_string("hex", a, n, k, 16); }
Object* b_oct(Object*, Object* const* a, ssize n, Object* k) { return base_string("oct", a, n, k, 8); }
Object* b_bin(Object*, Object* const* a, ssize n, Object* k) { return base_string("bin", a, n, k, 2); }

Object* b_chr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("chr", nargs, kwnames)) return nullptr;
  Object* v = number_index(args[0]);
  if (!v) return nullptr;
  int64_t c = int_as_i64(v);
  decref(v);
  if (c == -1 && err_occurred()) {
    if (err_matches(Exc_OverflowError)) {
      err_clear();
      return err_format_null(Exc_OverflowError, "Python int too large to convert to C int");
    }
    return nullptr;
  }
  if (c < 0 || c > 0x10FFFF) return err_format_null(Exc_ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(uint32_t(c));
}

Object* b_ord(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("ord", nargs, kwnames)) return nullptr;
  Object* o = args[0];
  if (is_str(o)) {
    ssize n = str_len(o);
    if (n != 1)
      return err_format_null(Exc_TypeError, "ord() expected a character, but string of length %zd found", n);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(str_utf8(o));
    uint32_t cp = p[0];
    if (cp >= 0xF0) cp = ((cp & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    else if (cp >= 0xE0) cp = ((cp & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    else if (cp >= 0xC0) cp = ((cp & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    return int_from_i64(cp);
  }
  if (is_bytes(o) || is_bytearray(o)) {
    ssize n = size_of(o);
    if (n != 1)
      return err_format_null(Exc_TypeError, "ord() expected a character, but string of length %zd found", n);
    return int_from_i64(static_cast<unsigned char>(bytes_like_data(o)[0]));
  }
  return err_format_null(Exc_TypeError, "ord() expected string of length 1, but %s found", type_name(o));
}

// ---- numbers --------------------------------------------------------------------

Object* b_round(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2] = {nullptr, nullptr};
  if (!parse_args("round", args, nargs, kwnames, "number|ndigits", a)) return nullptr;
  Object* meth = type_lookup(type_of(a[0]), names::__round__);
  if (!meth) {
    const char* tn = type_name(a[0]);
    return err_format_null(Exc_TypeError, "type %s doesn't define __round__ method", tn);
  }
  if (!a[1] || a[1] == None) return call_method0(a[0], names::__round__);
  return call_method1(a[0], names::__round__, a[1]);
}

Object* b_divmod(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("divmod", kwnames) || !check_nargs("divmod", nargs, 2, 2)) return nullptr;
  Object *v = args[0], *w = args[1];
  binaryfunc sv = type_of(v)->nb_divmod;
  binaryfunc sw = type_of(w) != type_of(v) ? type_of(w)->nb_divmod : nullptr;
  if (sw == sv) sw = nullptr;
  if (sv) {
    if (sw && is_subtype(type_of(w), type_of(v))) {
      Object* r = sw(v, w);
      if (r != NotImplemented) return r;
      decref(r);
      sw = nullptr;
    }
    Object* r = sv(v, w);
    if (r != NotImplemented) return r;
    decref(r);
  }
  if (sw) {
    Object* r = sw(v, w);
    if (r != NotImplemented) return r;
    decref(r);
  }
  return err_format_null(Exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(v),
                         type_name(w));
}

Object* b_pow(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3] = {nullptr, nullptr, nullptr};
  if (!parse_args("pow", args, nargs, kwnames, "base|exp|mod", a)) return nullptr;
  if (!a[1]) return err_format_null(Exc_TypeError, "pow() missing required argument 'exp' (pos 2)");
  return number_power(a[0], a[1], a[2] ? a[2] : None);
}

Object* b_format(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("format", kwnames) || !check_nargs("format", nargs, 1, 2)) return nullptr;
  Object* spec = nargs > 1 ? args[1] : nullptr;
  if (spec && !is_str(spec))
    return err_format_null(Exc_TypeError, "format() argument 2 must be str, not %s", type_name(spec));
  return object_format(args[0], spec);
}

// ---- attributes and types ----------------------------------------------------------

bool check_attr_name(Object* name) {
  if (is_str(name)) return true;
  err_format(Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
  return false;
}

Object* b_getattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("getattr", kwnames) || !check_nargs("getattr", nargs, 2, 3)) return nullptr;
  if (!check_attr_name(args[1])) return nullptr;
  if (nargs == 2) return object_getattr(args[0], args[1]);
  bool error = false;
  Object* r = object_lookup_attr(args[0], args[1], &error);
  if (r || error) return r;
  return newref(args[2]);
}

Object* b_setattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("setattr", kwnames) || !check_nargs("setattr", nargs, 3, 3)) return nullptr;
  if (!check_attr_name(args[1])) return nullptr;
  if (object_setattr(args[0], args[1], args[2]) < 0) return nullptr;
  return none_ref();
}

Object* b_delattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("delattr", kwnames) || !check_nargs("delattr", nargs, 2, 2)) return nullptr;
  if (!check_attr_name(args[1])) return nullptr;
  if (object_setattr(args[0], args[1], nullptr) < 0) return nullptr;
  return none_ref();
}

Object* b_hasattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("hasattr", kwnames) || !check_nargs("hasattr", nargs, 2, 2)) return nullptr;
  if (!check_attr_name(args[1])) return nullptr;
  bool error = false;
  Object* r = object_lookup_attr(args[0], args[1], &error);
  if (error) return nullptr;
  xdecref(r);
  return bool_ref(r != nullptr);
}

Object* b_isinstance(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("isinstance", kwnames) || !check_nargs("isinstance", nargs, 2, 2)) return nullptr;
  int r = object_isinstance(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_ref(r);
}

Object* b_issubclass(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("issubclass", kwnames) || !check_nargs("issubclass", nargs, 2, 2)) return nullptr;
  int r = object_issubclass(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_ref(r);
}

// ---- files and exiting ------------------------------------------------------------

Object* b_exit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("exit", kwnames)) return nullptr;
  if (nargs > 1)
    return err_format_null(Exc_TypeError,
                           "Quitter.__call__() takes from 1 to 2 positional arguments but %zd were given", nargs + 1);
  Object* exc = exc_new(Exc_SystemExit, args, nargs);
  if (!exc) return nullptr;
  err_set_exception(exc);
  decref(exc);
  return nullptr;
}

MethodDef core_functions[] = {
    {"print", b_print, METH_DEFAULT, builtin_docs::print},
    {"input", b_input, METH_DEFAULT, builtin_docs::input},
    {"len", b_len, METH_DEFAULT, builtin_docs::len},
    {"repr", b_repr, METH_DEFAULT, builtin_docs::repr},
    {"ascii", b_ascii, METH_DEFAULT, builtin_docs::ascii},
    {"abs", b_abs, METH_DEFAULT, builtin_docs::abs},
    {"hash", b_hash, METH_DEFAULT, builtin_docs::hash},
    {"id", b_id, METH_DEFAULT, builtin_docs::id},
    {"callable", b_callable, METH_DEFAULT, builtin_docs::callable},
    {"hex", b_hex, METH_DEFAULT, builtin_docs::hex},
    {"oct", b_oct, METH_DEFAULT, builtin_docs::oct},
    {"bin", b_bin, METH_DEFAULT, builtin_docs::bin},
    {"chr", b_chr, METH_DEFAULT, builtin_docs::chr},
    {"ord", b_ord, METH_DEFAULT, builtin_docs::ord},
    {"round", b_round, METH_DEFAULT, builtin_docs::round},
    {"divmod", b_divmod, METH_DEFAULT, builtin_docs::divmod},
    {"pow", b_pow, METH_DEFAULT, builtin_docs::pow},
    {"format", b_format, METH_DEFAULT, builtin_docs::format},
    {"getattr", b_getattr, METH_DEFAULT, builtin_docs::getattr},
    {"setattr", b_setattr, METH_DEFAULT, builtin_docs::setattr},
    {"delattr", b_delattr, METH_DEFAULT, builtin_docs::delattr},
    {"hasattr", b_hasattr, METH_DEFAULT, builtin_docs::hasattr},
    {"isinstance", b_isinstance, METH_DEFAULT, builtin_docs::isinstance},
    {"issubclass", b_issubclass, METH_DEFAULT, builtin_docs::issubclass},
    {"exit", b_exit, METH_DEFAULT, nullptr},
    {"quit", b_exit, METH_DEFAULT, nullptr},
    {"__build_class__", interp::builtin_build_class, METH_DEFAULT, builtin_docs::build_class},
    {"__import__", interp::builtin_import, METH_DEFAULT, builtin_docs::import_},
    {nullptr, nullptr, 0, nullptr},
};

int add_type(Object* m, const char* name, TypeObject* t) {
  return module_add_object(m, name, newref(static_cast<Object*>(t)));
}

}  // namespace

Object* init_builtins_module() {
  Object* m = module_new("builtins");
  if (!m) return nullptr;
  if (module_add_functions(m, core_functions) < 0 || module_add_functions(m, builtins_iter_functions) < 0 ||
      module_add_functions(m, builtins_eval_functions) < 0 ||
      module_add_functions(m, breakpoint_functions) < 0)  // natives4: breakpoint()
    goto fail;
  if (!io_open_function() || module_add_object(m, "open", newref(io_open_function())) < 0) goto fail;  // _io.open
  {
    struct { const char* name; TypeObject* type; } types[] = {
        {"object", &BaseObjectType}, {"type", &TypeType}, {"int", &IntType}, {"bool", &BoolType},
        {"float", &FloatType}, {"str", &StrType}, {"bytes", &BytesType}, {"list", &ListType},
        {"tuple", &TupleType}, {"dict", &DictType}, {"set", &SetType}, {"frozenset", &FrozenSetType},
        {"range", &RangeType}, {"slice", &SliceType}, {"enumerate", &EnumerateType}, {"zip", &ZipType},
        {"map", &MapType}, {"filter", &FilterType}, {"reversed", &ReversedType}, {"property", &PropertyType},
        {"staticmethod", &StaticMethodType}, {"classmethod", &ClassMethodType}, {"super", &SuperType},
        {"complex", &ComplexType},  // numbers
    };
    for (auto& t : types)
      if (add_type(m, t.name, t.type) < 0) goto fail;
    // buffers: the rest of the bytes family
    if (add_type(m, "bytearray", &ByteArrayType) < 0 || add_type(m, "memoryview", &MemoryViewType) < 0) goto fail;
#define EXC_ROOT(n) \
  if (add_type(m, #n, Exc_##n) < 0) goto fail;
#define EXC(n, b) EXC_ROOT(n)
#include "runtime/exceptions/exceptions.def"
#undef EXC
#undef EXC_ROOT
    if (add_type(m, "EnvironmentError", Exc_OSError) < 0 || add_type(m, "IOError", Exc_OSError) < 0) goto fail;
    // exception groups (runtime/excgroup.cpp)
    if (add_type(m, "BaseExceptionGroup", Exc_BaseExceptionGroup) < 0 ||
        add_type(m, "ExceptionGroup", Exc_ExceptionGroup) < 0)
      goto fail;
    if (module_add_object(m, "None", none_ref()) < 0 || module_add_object(m, "True", bool_ref(true)) < 0 ||
        module_add_object(m, "False", bool_ref(false)) < 0 ||
        module_add_object(m, "Ellipsis", newref(Ellipsis)) < 0 ||
        module_add_object(m, "NotImplemented", notimpl_ref()) < 0 ||
        module_add_object(m, "__debug__", bool_ref(true)) < 0)
      goto fail;
  }
  if (Interp* in = interp_state(); in && !in->builtins) in->builtins = module_get_dict(m);
  return m;
fail:
  decref(m);
  return nullptr;
}

}  // namespace stdlib

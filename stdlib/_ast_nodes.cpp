// The _ast module: the node classes of Python 3.11's abstract grammar.
//
// How it works
// ------------
// The grammar is data (stdlib/_ast_nodes.def, one line per class).  The classes
// are built when `_ast` is first imported, not at start-up, so `pyglass -c pass`
// pays nothing for them: `AST` is a heap class (base object) carrying the
// native methods __init__ and __reduce__, and every other class is made with
// type(name, (base,), dict) the way a class statement would, its dict holding
// what CPython's has: `_fields` and `__match_args__` (the field names),
// `_attributes` on the abstract classes and the classes of their own
// (`lineno`, `col_offset`, `end_lineno`, `end_col_offset`), None for every
// optional (`?`) field and attribute, `__module__` 'ast' and the grammar line
// as `__doc__`.  Instances are ordinary heap instances with a `__dict__`, so
// fields are plain attributes.
//
// Invariants: the classes live as long as the module (the converters hold the
// module while they use the borrowed class pointers, see Classes::load);
// class creation order is the .def order, so a constructor's abstract base
// always exists before it.
#include <string>
#include <string_view>
#include <vector>

#include "_ast.h"
#include "modules.h"
#include "native.h"

namespace stdlib::astmod {
using namespace rt;

namespace {

enum SpecKind { K_SUM, K_CON, K_PROD };
struct Spec {
  const char* name;
  SpecKind kind;
  int base;            // NodeId of the abstract class for K_CON, -1 (AST) otherwise
  const char* fields;  // "type name, type? name, ..." (K_CON, K_PROD)
  const char* attrs;   // the same for the attributes (K_SUM, K_PROD)
};

const Spec kSpecs[N_COUNT] = {
#define SUM(n, a) {#n, K_SUM, -1, "", a},
#define CON(n, sum, f) {#n, K_CON, N_##sum, f, ""},
#define PROD(n, f, a) {#n, K_PROD, -1, f, a},
#include "_ast_nodes.def"
#undef SUM
#undef CON
#undef PROD
};

struct Field {
  std::string type, name;
  char qual = 0;  // '?', '*' or 0
};

std::vector<Field> parse_fields(std::string_view s) {
  std::vector<Field> out;
  while (!s.empty()) {
    size_t comma = s.find(", ");
    std::string_view one = s.substr(0, comma);
    s = comma == std::string_view::npos ? std::string_view() : s.substr(comma + 2);
    size_t sp = one.find(' ');
    Field f;
    f.type = std::string(one.substr(0, sp));
    f.name = std::string(one.substr(sp + 1));
    if (!f.type.empty() && (f.type.back() == '?' || f.type.back() == '*')) {
      f.qual = f.type.back();
      f.type.pop_back();
    }
    out.push_back(std::move(f));
  }
  return out;
}

// A constructor as the grammar writes it: "Name(type name, ...)" or "Name".
std::string signature(const Spec& s) {
  std::string r = s.name;
  if (*s.fields) r += std::string("(") + s.fields + ")";
  return r;
}

// The docstring of an abstract class: "expr = BoolOp(...)\n     | NamedExpr(...)",
// on one line ("boolop = And | Or") when no constructor has fields.
std::string sum_doc(int id) {
  std::vector<std::string> cons;
  bool simple = true;
  for (int i = id + 1; i < N_COUNT && kSpecs[i].kind == K_CON && kSpecs[i].base == id; ++i) {
    cons.push_back(signature(kSpecs[i]));
    if (*kSpecs[i].fields) simple = false;
  }
  std::string r = std::string(kSpecs[id].name) + " = ";
  std::string sep = simple ? " | " : "\n" + std::string(std::string_view(kSpecs[id].name).size() + 1, ' ') + "| ";
  for (size_t i = 0; i < cons.size(); ++i) r += (i ? sep : "") + cons[i];
  return r;
}

Object* names_tuple(const std::vector<Field>& fs) {
  Object* t = tuple_new(ssize(fs.size()));
  if (!t) return nullptr;
  for (size_t i = 0; i < fs.size(); ++i) {
    Object* n = str_intern_cstr(fs[i].name.c_str());
    if (!n) {
      decref(t);
      return nullptr;
    }
    tuple_set_steal(t, ssize(i), n);
  }
  return t;
}

// dict[key] = steal v; -1 on error (v may be null: an error is already set).
int put(Object* d, const char* key, Object* v) {
  if (!v) return -1;
  int r = dict_setitem_str(d, key, v);
  decref(v);
  return r;
}

// ---- AST's own methods --------------------------------------------------------

// AST.__init__(*args, **kwargs): positional arguments fill _fields in order,
// keywords set any attribute.
Object* ast_init(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  bool error = false;
  Object* fields = object_lookup_attr(static_cast<Object*>(type_of(self)), names::_fields, &error);
  if (error) return nullptr;
  ssize nfields = 0;
  if (fields) {
    nfields = object_length(fields);
    if (nfields < 0) {
      decref(fields);
      return nullptr;
    }
  }
  if (nargs > nfields) {
    xdecref(fields);
    return err_format_null(Exc_TypeError, "%s constructor takes at most %zd positional argument%s",
                           type_of(self)->tp_name, nfields, nfields == 1 ? "" : "s");
  }
  for (ssize i = 0; i < nargs; ++i) {
    Object* idx = int_from_i64(i);
    Object* name = idx ? object_getitem(fields, idx) : nullptr;
    decref(idx);
    int r = name ? object_setattr(self, name, args[i]) : -1;
    decref(name);
    if (r < 0) {
      decref(fields);
      return nullptr;
    }
  }
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  for (ssize i = 0; i < nkw; ++i) {
    Object* key = tuple_get(kwnames, i);
    for (ssize j = 0; j < nargs; ++j) {  // a keyword naming a field given positionally
      Object* idx = int_from_i64(j);
      Object* name = idx ? object_getitem(fields, idx) : nullptr;
      decref(idx);
      if (!name) {
        decref(fields);
        return nullptr;
      }
      int same = object_richcompare_bool(name, key, CMP_EQ);
      decref(name);
      if (same != 0) {
        decref(fields);
        if (same > 0)
          err_format(Exc_TypeError, "%s got multiple values for argument '%s'", type_of(self)->tp_name,
                     str_view(key).data());
        return nullptr;
      }
    }
    if (object_setattr(self, key, args[nargs + i]) < 0) {
      xdecref(fields);
      return nullptr;
    }
  }
  xdecref(fields);
  return none_ref();
}

// AST.__new__(cls, *args, **kwargs): a bare instance; __init__ reads the arguments.
Object* ast_new(Object*, Object* const* args, ssize nargs, Object*) {
  if (nargs < 1 || !is_type(args[0]))
    return err_format_null(Exc_TypeError, "AST.__new__(X): X is not a type object");
  return object_new_instance(static_cast<TypeObject*>(args[0]));
}

// AST.__reduce__(): (type(self), (), self.__dict__) so nodes pickle and copy.
Object* ast_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  bool error = false;
  Object* dict = object_lookup_attr(self, names::__dict__, &error);
  if (error) return nullptr;
  Object* args = empty_tuple();
  Object* r = dict ? tuple_pack(3, static_cast<Object*>(type_of(self)), args, dict)
                   : tuple_pack(2, static_cast<Object*>(type_of(self)), args);
  decref(args);
  decref(dict);
  return r;
}

MethodDef ast_methods[] = {
    {"__init__", ast_init, METH_DEFAULT, nullptr},
    {"__reduce__", ast_reduce, METH_DEFAULT, nullptr},
    {"__new__", ast_new, METH_STATIC, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// The common part of every class dict: __module__, _fields, __match_args__.
Object* class_dict(const std::vector<Field>& fields, const char* doc) {
  Object* d = dict_new();
  if (!d) return nullptr;
  if (put(d, "__module__", str_from_cstr("ast")) < 0 || put(d, "_fields", names_tuple(fields)) < 0 ||
      put(d, "__match_args__", names_tuple(fields)) < 0 ||
      (doc && put(d, "__doc__", str_from_cstr(doc)) < 0)) {
    decref(d);
    return nullptr;
  }
  return d;
}

// None for each optional field or attribute (class attributes, as CPython's).
int optional_defaults(Object* d, const std::vector<Field>& fs) {
  for (const Field& f : fs)
    if (f.qual == '?' && dict_setitem_str(d, f.name.c_str(), None) < 0) return -1;
  return 0;
}

Object* make_base() {
  Object* d = class_dict({}, nullptr);
  if (!d) return nullptr;
  if (put(d, "_attributes", empty_tuple()) < 0) {
    decref(d);
    return nullptr;
  }
  Object* t = type_new_simple("AST", nullptr, d);
  decref(d);
  if (!t) return nullptr;
  for (MethodDef* m = ast_methods; m->name; ++m) {
    Object* descr = method_descr_new(static_cast<TypeObject*>(t), m);
    int r = descr ? object_setattr_str(t, m->name, descr) : -1;
    decref(descr);
    if (r < 0) {
      decref(t);
      return nullptr;
    }
  }
  return t;
}

Object* make_class(int id, Object* base) {
  const Spec& s = kSpecs[id];
  std::vector<Field> fields = parse_fields(s.fields), attrs = parse_fields(s.attrs);
  std::string doc = s.kind == K_SUM ? sum_doc(id) : signature(s);
  Object* d = class_dict(fields, doc.c_str());
  if (!d) return nullptr;
  int r = 0;
  if (s.kind != K_CON) r = put(d, "_attributes", names_tuple(attrs));
  if (r == 0) r = optional_defaults(d, fields);
  if (r == 0) r = optional_defaults(d, attrs);
  Object* t = r == 0 ? type_new_simple(s.name, static_cast<TypeObject*>(base), d) : nullptr;
  decref(d);
  return t;
}

Object* init_module() {
  Object* m = module_new("_ast");
  if (!m) return nullptr;
  Object* base = make_base();
  if (!base || module_add_object(m, "AST", newref(base)) < 0) {
    decref(base);
    decref(m);
    return nullptr;
  }
  std::vector<Object*> made(N_COUNT, nullptr);  // borrowed from the module
  for (int i = 0; i < N_COUNT; ++i) {
    Object* b = kSpecs[i].kind == K_CON ? made[size_t(kSpecs[i].base)] : base;
    Object* t = make_class(i, b);
    if (!t || module_add_object(m, kSpecs[i].name, newref(t)) < 0) {
      decref(t);
      decref(base);
      decref(m);
      return nullptr;
    }
    made[size_t(i)] = t;
    decref(t);
  }
  decref(base);
  if (native::add_int(m, "PyCF_ONLY_AST", PyCF_ONLY_AST) < 0 ||
      native::add_int(m, "PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS) < 0 ||
      native::add_int(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace

bool Classes::load() {
  module = import_module("_ast");
  if (!module) return false;
  for (int i = 0; i < N_COUNT; ++i) {
    Object* c = module_getattr_str(module, kSpecs[i].name);
    if (!c || !is_type(c)) {
      err_format(Exc_SystemError, "_ast.%s is missing or is not a class", kSpecs[i].name);
      return false;
    }
    t[i] = static_cast<TypeObject*>(c);
  }
  return true;
}

Classes::~Classes() {
  for (auto& [lit, s] : names_) decref(s);
  xdecref(module);
}

Object* Classes::name(const char* literal) {
  for (auto& [lit, s] : names_)  // a few dozen names: a linear scan of pointers is the fastest lookup
    if (lit == literal) return s;
  Object* s = str_intern_cstr(literal);
  if (s) names_.emplace_back(literal, s);
  return s;
}

bool is_ast_object(Object* o) {
  Object* mods = sys_get_object("modules");
  Object* m = mods && is_dict(mods) ? dict_getitem_str(mods, "_ast") : nullptr;
  Object* base = m ? module_getattr_str(m, "AST") : nullptr;
  if (!base || !is_type(base)) return false;
  return is_subtype(type_of(o), static_cast<TypeObject*>(base));
}

}  // namespace stdlib::astmod

namespace stdlib {
rt::Object* init_ast_module() { return astmod::init_module(); }
}  // namespace stdlib

// __build_class__(func, name, *bases, metaclass=..., **kw): runs a class body
// and calls the metaclass.
#include "frame.h"
#include "function.h"

namespace interp {

using namespace rt;

namespace {

// The most derived metaclass among meta and the types of the bases.
TypeObject* calculate_metaclass(TypeObject* meta, Object* bases) {
  TypeObject* winner = meta;
  for (ssize i = 0; i < size_of(bases); ++i) {
    TypeObject* t = type_of(tuple_get(bases, i));
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    err_set_string(Exc_TypeError,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                   "metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// PEP 560: a base that is not a class but has __mro_entries__ is replaced by
// the tuple that method returns (given the original bases).  Returns the new
// bases (new reference; `orig` itself when nothing changed) or null.
Object* update_bases(Object* orig) {
  Object* list = nullptr;  // the new bases, made at the first replacement
  ssize n = size_of(orig);
  for (ssize i = 0; i < n; ++i) {
    Object* base = tuple_get(orig, i);
    Object* meth = nullptr;
    if (!is_type(base)) {
      bool err = false;
      meth = object_lookup_attr(base, names::__mro_entries__, &err);
      if (err) {
        xdecref(list);
        return nullptr;
      }
    }
    if (!meth) {
      if (list && list_append(list, base) < 0) {
        decref(list);
        return nullptr;
      }
      continue;
    }
    Object* entries = call1(meth, orig);
    decref(meth);
    if (entries && !is_tuple(entries)) {
      err_set_string(Exc_TypeError, "__mro_entries__ must return a tuple");
      clearref(entries);
    }
    if (!entries) {
      xdecref(list);
      return nullptr;
    }
    if (!list) {
      list = list_from_array(tuple_items(orig), i);
      if (!list) {
        decref(entries);
        return nullptr;
      }
    }
    int r = list_extend(list, entries);
    decref(entries);
    if (r < 0) {
      decref(list);
      return nullptr;
    }
  }
  if (!list) return newref(orig);
  Object* t = list_as_tuple(list);
  decref(list);
  return t;
}

}  // namespace

Object* builtin_build_class(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 2) {
    err_set_string(Exc_TypeError, "__build_class__: not enough arguments");
    return nullptr;
  }
  Object* func = args[0];
  if (!is_function(func)) {
    err_set_string(Exc_TypeError, "__build_class__: func must be a function");
    return nullptr;
  }
  Object* name = args[1];
  if (!is_str(name)) {
    err_set_string(Exc_TypeError, "__build_class__: name is not a string");
    return nullptr;
  }
  Object* orig_bases = tuple_from_array(args + 2, nargs - 2);
  if (!orig_bases) return nullptr;
  Object* bases = update_bases(orig_bases);
  if (!bases) {
    decref(orig_bases);
    return nullptr;
  }

  // Split the keywords: metaclass= is ours, the rest go to __prepare__ and the metaclass.
  Object* meta = nullptr;
  Object* kwvalues[64];
  Object* kwkeys = nullptr;
  ssize nkw = 0;
  ssize total_kw = kwnames ? size_of(kwnames) : 0;
  if (total_kw) {
    kwkeys = list_new(0);
    if (!kwkeys) {
      decref(bases);
      return nullptr;
    }
    for (ssize i = 0; i < total_kw; ++i) {
      Object* k = tuple_get(kwnames, i);
      if (str_eq_cstr(k, "metaclass")) {
        meta = args[nargs + i];
      } else if (nkw < 64) {
        list_append(kwkeys, k);
        kwvalues[nkw++] = args[nargs + i];
      }
    }
  }
  Object* kwtuple = nullptr;
  if (kwkeys && nkw) kwtuple = list_as_tuple(kwkeys);
  xdecref(kwkeys);

  Object* result = nullptr;
  Object* ns = nullptr;
  Object* cls = nullptr;
  Object* body = nullptr;
  bool is_class = false;
  if (!meta) {
    meta = size_of(bases) ? static_cast<Object*>(type_of(tuple_get(bases, 0))) : static_cast<Object*>(&TypeType);
    is_class = true;
  } else {
    is_class = is_type(meta);
  }
  if (is_class) {
    TypeObject* w = calculate_metaclass(static_cast<TypeObject*>(meta), bases);
    if (!w) goto done;
    meta = w;
  }
  incref(meta);
  {
    bool err = false;
    Object* prep = object_lookup_attr(meta, names::__prepare__, &err);
    if (err) goto done_meta;
    if (prep) {
      Object* pargs[2 + 64];
      pargs[0] = name;
      pargs[1] = bases;
      for (ssize i = 0; i < nkw; ++i) pargs[2 + i] = kwvalues[i];
      ns = call(prep, pargs, 2, kwtuple);
      decref(prep);
      if (!ns) goto done_meta;
    } else {
      ns = dict_new();
      if (!ns) goto done_meta;
    }
    if (!is_dict(ns) && !type_lookup(type_of(ns), names::__getitem__)) {
      err_format(Exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                 is_type(meta) ? static_cast<TypeObject*>(meta)->tp_name : "<metaclass>", type_name(ns));
      goto done_meta;
    }
  }
  {
    FunctionObject* fn = as_func(func);
    Frame* f = frame_new(fn->code, fn, fn->globals, fn->builtins, ns);
    if (!f) goto done_meta;
    if ((fn->code->ncells | fn->code->nfrees) && frame_init_cells(f, fn->closure) < 0) {
      decref(f);
      goto done_meta;
    }
    body = eval_frame(f, false);
    frame_after_call(f);
    decref(f);
    if (!body) goto done_meta;
  }
  if (bases != orig_bases && object_setitem(ns, names::__orig_bases__, orig_bases) < 0) goto done_meta;
  {
    Object* margs[3 + 64];
    margs[0] = name;
    margs[1] = bases;
    margs[2] = ns;
    for (ssize i = 0; i < nkw; ++i) margs[3 + i] = kwvalues[i];
    cls = call(meta, margs, 3, kwtuple);
    if (!cls) goto done_meta;
    if (is_cell(body) && is_type(cls)) {
      if (!cell_get(body)) cell_set(body, cls);
    }
    result = cls;
  }
done_meta:
  decref(meta);
done:
  xdecref(body);
  xdecref(ns);
  xdecref(kwtuple);
  decref(bases);
  decref(orig_bases);
  return result;
}

}  // namespace interp

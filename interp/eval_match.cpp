// The helpers behind the match statement's opcodes and CHECK_EG_MATCH
// (see interp/eval_match.h).  They follow CPython 3.11 step for step where a
// program can tell: the order of attribute lookups, which errors are raised
// and which are a plain "no match".
#include "eval_match.h"

#include "../runtime/objects.h"
#include "runtime/threads/state.h"

namespace interp {

using namespace rt;

namespace {

// Append getattr(subject, name) to attrs for a class pattern; `seen` catches a
// positional and a keyword sub-pattern for the same attribute.  1 done, 0 the
// attribute is missing (no match), -1 error.
int class_attr(Object* subject, TypeObject* type, Object* name, Object* seen, Object* attrs) {
  int dup = set_contains(seen, name);
  if (dup < 0) return -1;
  if (dup) {
    Object* r = object_repr(name);
    if (r) {
      err_format(Exc_TypeError, "%s() got multiple sub-patterns for attribute %s", type->tp_name, str_utf8(r));
      decref(r);
    }
    return -1;
  }
  if (set_add(seen, name) < 0) return -1;
  Object* v = object_getattr(subject, name);
  if (!v) {
    if (!err_matches(Exc_AttributeError)) return -1;
    err_clear();
    return 0;
  }
  int r = list_append(attrs, v);
  decref(v);
  return r < 0 ? -1 : 1;
}

bool is_exc_type_or_tuple(Object* t) {
  if (is_exception_class(t)) return true;
  if (!is_tuple(t)) return false;
  for (ssize i = 0; i < size_of(t); ++i)
    if (!is_exception_class(tuple_get(t, i))) return false;
  return true;
}

bool catches_groups(Object* t) {
  if (is_tuple(t)) {
    for (ssize i = 0; i < size_of(t); ++i)
      if (catches_groups(tuple_get(t, i))) return true;
    return false;
  }
  return is_subtype(static_cast<TypeObject*>(t), Exc_BaseExceptionGroup);
}

}  // namespace

Object* match_class(Object* subject, Object* cls, ssize npos, Object* kw) {
  if (!is_type(cls)) {
    err_set_string(Exc_TypeError, "called match pattern must be a type");
    return nullptr;
  }
  auto* type = static_cast<TypeObject*>(cls);
  if (!is_instance_of(subject, type)) return none_ref();
  Object* seen = set_new(nullptr);
  Object* attrs = seen ? list_new(0) : nullptr;
  Object* match_args = nullptr;
  Object* result = nullptr;
  int found = 1;
  if (!attrs) goto done;
  if (npos > 0) {
    bool error = false;
    match_args = object_lookup_attr(cls, names::__match_args__, &error);
    if (error) goto done;
    bool match_self = false;
    ssize allowed;
    if (match_args) {
      if (!is_tuple(match_args)) {
        err_format(Exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->tp_name, type_name(match_args));
        goto done;
      }
      allowed = size_of(match_args);
    } else {
      match_self = has_flag(type, TPFLAG_MATCH_SELF);
      allowed = match_self ? 1 : 0;
    }
    if (allowed < npos) {
      err_format(Exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)", type->tp_name, allowed,
                 allowed == 1 ? "" : "s", npos);
      goto done;
    }
    if (match_self) {
      if (list_append(attrs, subject) < 0) goto done;
    } else {
      for (ssize i = 0; i < npos; i++) {
        Object* name = tuple_get(match_args, i);
        if (!is_str(name)) {
          err_format(Exc_TypeError, "__match_args__ elements must be strings (got %s)", type_name(name));
          goto done;
        }
        if ((found = class_attr(subject, type, name, seen, attrs)) <= 0) break;
      }
    }
  }
  for (ssize i = 0; i < size_of(kw) && found > 0; i++) found = class_attr(subject, type, tuple_get(kw, i), seen, attrs);
  if (found > 0) result = list_as_tuple(attrs);
  else if (found == 0) result = none_ref();
done:
  xdecref(match_args);
  xdecref(attrs);
  xdecref(seen);
  return result;
}

Object* match_keys(Object* subject, Object* keys) {
  ssize n = size_of(keys);
  if (n == 0) return newref(empty_tuple());
  Object* get = object_getattr(subject, names::get);
  if (!get) return nullptr;
  Object* seen = set_new(nullptr);
  Object* missing = seen ? call0(&BaseObjectType) : nullptr;  // a default no mapping can hold
  Object* values = missing ? tuple_new(n) : nullptr;
  Object* result = nullptr;
  ssize filled = 0;
  if (values) {
    for (; filled < n; filled++) {
      Object* key = tuple_get(keys, filled);
      int dup = set_contains(seen, key);
      if (dup < 0 || (!dup && set_add(seen, key) < 0)) break;
      if (dup) {
        Object* r = object_repr(key);
        if (r) {
          err_format(Exc_ValueError, "mapping pattern checks duplicate key (%s)", str_utf8(r));
          decref(r);
        }
        break;
      }
      Object* args[2] = {key, missing};
      Object* v = call(get, args, 2);
      if (!v) break;
      if (v == missing) {
        decref(v);
        result = none_ref();
        break;
      }
      tuple_set_steal(values, filled, v);
    }
    if (filled == n) {
      result = values;
      values = nullptr;
    } else {
      // Fill the rest so the unfinished tuple can be released.
      for (ssize i = filled; i < n; i++) tuple_set_steal(values, i, none_ref());
    }
  }
  xdecref(values);
  xdecref(missing);
  xdecref(seen);
  decref(get);
  return result;
}

Object* copy_dict_without_keys(Object* subject, Object* keys) {
  Object* rest = dict_new();
  if (!rest) return nullptr;
  if (dict_merge(rest, subject, true) < 0) {
    decref(rest);
    return nullptr;
  }
  for (ssize i = 0; i < size_of(keys); i++) {
    if (dict_delitem(rest, tuple_get(keys, i)) < 0) {
      decref(rest);
      return nullptr;
    }
  }
  return rest;
}

int check_eg_match(Object* exc, Object* type, Object** rest, Object** match) {
  if (!is_exc_type_or_tuple(type)) {
    err_set_string(Exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  if (catches_groups(type)) {
    err_set_string(Exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
  }
  if (exception_group_match(exc, type, match, rest) < 0) return -1;
  if (*match != None) {
    ExcStackItem* ei = tstate()->exc_info;
    Object* old = ei->exc_value;
    ei->exc_value = newref(*match);
    xdecref(old);
  }
  return 0;
}

}  // namespace interp

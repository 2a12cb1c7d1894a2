// BaseExceptionGroup and ExceptionGroup (PEP 654), and the two run-time
// operations of except* (docs/excgroups.md).
//
// A group is an exception with two more fields: the message (a str) and the
// member exceptions (a non-empty tuple).  args stays (message, exceptions as
// given), so repr shows the list the caller passed.  ExceptionGroup derives
// from both BaseExceptionGroup and Exception; BaseExceptionGroup(...) returns
// an ExceptionGroup when every member is an Exception.
//
// split()/subgroup() walk the tree: a node the condition accepts is kept
// whole (the group itself when the group matches, which is why split()
// returns self when everything matches); a leaf it rejects goes to the rest;
// a group it rejects is split member by member and rebuilt with derive(),
// the copy getting the original's __traceback__, __context__, __cause__ (so
// __suppress_context__ is true) and a list copy of its __notes__.
//
// except*: exception_group_match() is CHECK_EG_MATCH (split the remaining
// exception by a clause's type; a naked exception that matches is wrapped in
// ExceptionGroup("", (exc,))); prep_reraise_star() is PREP_RERAISE_STAR
// (what is left to raise after all clauses ran).
#include <unordered_set>

#include "runtime/api.h"
#include "runtime/exceptions/exceptions.h"
#include "runtime/init.h"

namespace rt {

TypeObject* Exc_BaseExceptionGroup = nullptr;
TypeObject* Exc_ExceptionGroup = nullptr;

namespace {

TypeObject BaseExceptionGroupType;
TypeObject ExceptionGroupType;

struct GroupObject : ExcObject {
  Object* msg;
  Object* excs;  // a tuple
};
GroupObject* as_group(Object* o) { return static_cast<GroupObject*>(o); }

// PySequence_Check: indexable and not a dict.
bool is_sequence(Object* o) {
  if (is_dict(o)) return false;
  TypeObject* tp = type_of(o);
  return tp->mp_subscript != nullptr || type_lookup(tp, names::__getitem__) != nullptr;
}

// ---- the type -------------------------------------------------------------------
Object* group_new(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  (void)kwnames;  // keywords are refused by __init__, after the count check here (as CPython)
  if (nargs != 2) {
    err_format(Exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)", nargs);
    return nullptr;
  }
  if (!is_str(args[0])) {
    err_format(Exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", type_name(args[0]));
    return nullptr;
  }
  if (!is_sequence(args[1])) {
    err_set_string(Exc_TypeError, "second argument (exceptions) must be a sequence");
    return nullptr;
  }
  Object* excs = sequence_tuple(args[1]);
  if (!excs) return nullptr;
  ssize n = size_of(excs);
  if (n == 0) {
    decref(excs);
    err_set_string(Exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    return nullptr;
  }
  bool nested_base = false;
  for (ssize i = 0; i < n; i++) {
    Object* e = tuple_get(excs, i);
    if (!is_exception(e)) {
      decref(excs);
      err_format(Exc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
      return nullptr;
    }
    if (!is_instance_of(e, Exc_Exception)) nested_base = true;
  }
  if (type == Exc_BaseExceptionGroup) {
    if (!nested_base) type = Exc_ExceptionGroup;
  } else if (nested_base && is_subtype(type, Exc_Exception)) {
    decref(excs);
    if (type == Exc_ExceptionGroup)
      err_set_string(Exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    else
      err_format(Exc_TypeError, "Cannot nest BaseExceptions in '%s'", type->tp_name);
    return nullptr;
  }
  Object* self = Exc_BaseException->tp_new(type, args, nargs, nullptr);
  if (!self) {
    decref(excs);
    return nullptr;
  }
  as_group(self)->msg = newref(args[0]);
  as_group(self)->excs = excs;
  return self;
}

void group_dealloc(Object* o) {
  gc_untrack(o);
  clearref(as_group(o)->msg);
  clearref(as_group(o)->excs);
  Exc_BaseException->tp_clear(o);
  free_object(o);
}

int group_traverse(Object* o, visitproc visit, void* arg) {
  if (as_group(o)->msg)
    if (int r = visit(as_group(o)->msg, arg)) return r;
  if (as_group(o)->excs)
    if (int r = visit(as_group(o)->excs, arg)) return r;
  return Exc_BaseException->tp_traverse(o, visit, arg);
}

int group_clear(Object* o) {
  clearref(as_group(o)->msg);
  clearref(as_group(o)->excs);
  return Exc_BaseException->tp_clear(o);
}

Object* group_str(Object* self) {
  GroupObject* g = as_group(self);
  ssize n = g->excs ? size_of(g->excs) : 0;
  Object* m = g->msg ? object_str(g->msg) : str_from_cstr("");
  if (!m) return nullptr;
  std::string s(str_view(m));
  decref(m);
  s += " (" + std::to_string(n) + " sub-exception" + (n == 1 ? ")" : "s)");
  return str_from(s);
}

Object* get_message(Object* self, void*) { return newref(as_group(self)->msg ? as_group(self)->msg : None); }
Object* get_exceptions(Object* self, void*) {
  return newref(as_group(self)->excs ? as_group(self)->excs : empty_tuple());
}

// ---- split / subgroup -----------------------------------------------------------
enum class Matcher { Type, Predicate, InstanceIds };

struct Condition {
  Matcher kind;
  Object* value;                                  // Type / Predicate
  const std::unordered_set<Object*>* ids = nullptr;  // InstanceIds: the leaves to keep
};

int condition_kind(Object* value, Matcher* kind) {
  if (is_callable(value) && !is_type(value)) {
    *kind = Matcher::Predicate;
    return 0;
  }
  if (is_exception_class(value)) {
    *kind = Matcher::Type;
    return 0;
  }
  if (is_tuple(value)) {
    bool all = true;
    for (ssize i = 0; i < size_of(value); i++) all = all && is_exception_class(tuple_get(value, i));
    if (all) {
      *kind = Matcher::Type;
      return 0;
    }
  }
  err_set_string(Exc_TypeError, "expected a function, exception type or tuple of exception types");
  return -1;
}

// 1 when exc satisfies the condition, 0 when not, -1 on error.
int condition_test(const Condition& c, Object* exc) {
  switch (c.kind) {
    case Matcher::Type:
      return exc_matches(exc, c.value) ? 1 : 0;
    case Matcher::Predicate: {
      Object* r = call1(c.value, exc);
      if (!r) return -1;
      int t = object_is_true(r);
      decref(r);
      return t;
    }
    case Matcher::InstanceIds:
      return c.ids->count(exc) ? 1 : 0;
  }
  return 0;
}

// orig.derive(excs) with orig's metadata; *out stays null when excs is empty.
int derive_subset(Object* orig, Object* excs, Object** out) {
  *out = nullptr;
  if (size_of(excs) == 0) return 0;
  Object* eg = call_method1(orig, names::derive, excs);
  if (!eg) return -1;
  if (!is_instance_of(eg, Exc_BaseExceptionGroup)) {
    decref(eg);
    err_set_string(Exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    return -1;
  }
  exc_set_traceback(eg, exc_get_traceback(orig));
  exc_set_context(eg, xnewref(exc_get_context(orig)));
  exc_set_cause(eg, xnewref(exc_get_cause(orig)));
  bool error = false;
  Object* notes = object_lookup_attr(orig, names::__notes__, &error);
  if (error) {
    decref(eg);
    return -1;
  }
  if (notes && is_sequence(notes)) {
    Object* copy = sequence_list(notes);
    int r = copy ? object_setattr(eg, names::__notes__, copy) : -1;
    xdecref(copy);
    if (r < 0) {
      decref(notes);
      decref(eg);
      return -1;
    }
  }
  xdecref(notes);
  *out = eg;
  return 0;
}

// Split exc by the condition: *match / *rest are new references or null (nothing).
int split_recursive(Object* exc, const Condition& c, bool want_rest, Object** match, Object** rest) {
  *match = *rest = nullptr;
  int t = condition_test(c, exc);
  if (t < 0) return -1;
  if (t) {
    *match = newref(exc);
    return 0;
  }
  if (!is_instance_of(exc, Exc_BaseExceptionGroup)) {
    if (want_rest) *rest = newref(exc);
    return 0;
  }
  if (!enter_recursive_call(" in split()")) return -1;
  Object* excs = as_group(exc)->excs;
  Object* match_list = list_new(0);
  Object* rest_list = want_rest ? list_new(0) : nullptr;
  int result = -1;
  if (match_list && (!want_rest || rest_list)) {
    result = 0;
    for (ssize i = 0; i < size_of(excs) && result == 0; i++) {
      Object *m, *r;
      if (split_recursive(tuple_get(excs, i), c, want_rest, &m, &r) < 0) {
        result = -1;
        break;
      }
      if (m && list_append(match_list, m) < 0) result = -1;
      if (r && result == 0 && list_append(rest_list, r) < 0) result = -1;
      xdecref(m);
      xdecref(r);
    }
    if (result == 0) result = derive_subset(exc, match_list, match);
    if (result == 0 && want_rest) result = derive_subset(exc, rest_list, rest);
  }
  leave_recursive_call();
  xdecref(match_list);
  xdecref(rest_list);
  if (result < 0) {
    clearref(*match);
    clearref(*rest);
  }
  return result;
}

Object* split_method(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool want_rest) {
  const char* name = want_rest ? "split" : "subgroup";
  if (kwnames && size_of(kwnames)) {
    err_format(Exc_TypeError, "%s() takes no keyword arguments", name);
    return nullptr;
  }
  if (nargs != 1) {
    err_format(Exc_TypeError, "%s expected 1 argument, got %zd", name, nargs);
    return nullptr;
  }
  Condition c{Matcher::Type, args[0]};
  if (condition_kind(args[0], &c.kind) < 0) return nullptr;
  Object *match, *rest;
  if (split_recursive(self, c, want_rest, &match, &rest) < 0) return nullptr;
  if (!want_rest) return match ? match : none_ref();
  Object* r = tuple_pack(2, match ? match : None, rest ? rest : None);
  xdecref(match);
  xdecref(rest);
  return r;
}

Object* group_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_method(self, args, nargs, kwnames, true);
}
Object* group_subgroup(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_method(self, args, nargs, kwnames, false);
}

Object* group_derive(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* excs = nullptr;
  if (!parse_args("derive", args, nargs, kwnames, "excs", &excs)) return nullptr;
  Object* a[2] = {as_group(self)->msg ? as_group(self)->msg : None, excs};
  return call(Exc_BaseExceptionGroup, a, 2);
}

MethodDef group_methods[] = {
    {"derive", group_derive, METH_DEFAULT, nullptr},
    {"split", group_split, METH_DEFAULT, nullptr},
    {"subgroup", group_subgroup, METH_DEFAULT, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},  // typing
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef group_getset[] = {
    {"message", get_message, nullptr, "exception message", nullptr},
    {"exceptions", get_exceptions, nullptr, "nested exceptions", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- except* ----------------------------------------------------------------------
// The leaves (non-group exceptions) of exc, by identity.
int collect_leaves(Object* exc, std::unordered_set<Object*>& out) {
  if (!exc || exc == None) return 0;
  if (!is_instance_of(exc, Exc_BaseExceptionGroup)) {
    out.insert(exc);
    return 0;
  }
  if (!enter_recursive_call(" in except*")) return -1;
  Object* excs = as_group(exc)->excs;
  int r = 0;
  for (ssize i = 0; i < size_of(excs) && r == 0; i++) r = collect_leaves(tuple_get(excs, i), out);
  leave_recursive_call();
  return r;
}

// Raised by a clause (a new exception) or re-raised (a part of the original)?
bool same_metadata(Object* a, Object* b) {
  return exc_get_traceback(a) == exc_get_traceback(b) && exc_get_cause(a) == exc_get_cause(b) &&
         exc_get_context(a) == exc_get_context(b);
}

}  // namespace

bool is_exception_group(Object* o) { return is_instance_of(o, Exc_BaseExceptionGroup); }
Object* exception_group_excs(Object* g) { return as_group(g)->excs; }

Object* exception_group_new(Object* message, Object* excs) {
  Object* a[2] = {message, excs};
  return call(Exc_BaseExceptionGroup, a, 2);
}

int exception_group_match(Object* exc, Object* type, Object** match, Object** rest) {
  *match = *rest = nullptr;
  if (exc == None) {
    *match = none_ref();
    *rest = none_ref();
    return 0;
  }
  if (exc_matches(exc, type)) {
    if (is_exception_group(exc)) {
      *match = newref(exc);
      *rest = none_ref();
      return 0;
    }
    // A naked exception: wrap it so the clause sees a group.
    Object* excs = tuple_pack(1, exc);
    Object* empty = excs ? str_from_cstr("") : nullptr;
    Object* wrapped = empty ? exception_group_new(empty, excs) : nullptr;
    xdecref(excs);
    xdecref(empty);
    if (!wrapped) return -1;
    *match = wrapped;
    *rest = none_ref();
    return 0;
  }
  if (!is_exception_group(exc)) {
    *match = none_ref();
    *rest = newref(exc);
    return 0;
  }
  Condition c{Matcher::Type, type};
  Object *m, *r;
  if (split_recursive(exc, c, true, &m, &r) < 0) return -1;
  *match = m ? m : none_ref();
  *rest = r ? r : none_ref();
  return 0;
}

Object* prep_reraise_star(Object* orig, Object* excs) {
  ssize n = size_of(excs);
  if (n == 0) return none_ref();
  if (!is_exception_group(orig)) {
    // A naked exception was caught: one clause at most ran, so there is one thing to raise (or None).
    return newref(list_get(excs, 0));
  }
  Object* raised = list_new(0);
  if (!raised) return nullptr;
  std::unordered_set<Object*> keep;
  for (ssize i = 0; i < n; i++) {
    Object* e = list_get(excs, i);
    if (e == None) continue;
    if (same_metadata(e, orig)) {
      if (collect_leaves(e, keep) < 0) {
        decref(raised);
        return nullptr;
      }
    } else if (list_append(raised, e) < 0) {
      decref(raised);
      return nullptr;
    }
  }
  // The re-raised leaves keep the original's nesting.
  Object* reraised = nullptr;
  if (!keep.empty()) {
    Condition c{Matcher::InstanceIds, nullptr, &keep};
    Object* unused;
    if (split_recursive(orig, c, false, &reraised, &unused) < 0) {
      decref(raised);
      return nullptr;
    }
  }
  Object* result;
  if (size_of(raised) == 0) {
    result = reraised ? reraised : none_ref();
    reraised = nullptr;
  } else {
    if (reraised && list_append(raised, reraised) < 0) {
      decref(raised);
      decref(reraised);
      return nullptr;
    }
    if (size_of(raised) > 1) {
      Object* empty = str_from_cstr("");
      result = empty ? exception_group_new(empty, raised) : nullptr;
      xdecref(empty);
    } else {
      result = newref(list_get(raised, 0));
    }
  }
  xdecref(reraised);
  decref(raised);
  return result;
}

void init_exception_groups() {
  TypeObject* b = &BaseExceptionGroupType;
  b->tp_name = "BaseExceptionGroup";
  b->tp_doc = "A combination of multiple unrelated exceptions.";
  b->tp_basicsize = sizeof(GroupObject);
  b->tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_BASE_EXC_SUBCLASS;
  b->tp_base = Exc_BaseException;
  b->tp_dictoffset = Exc_BaseException->tp_dictoffset;
  b->tp_new = group_new;
  b->tp_dealloc = group_dealloc;
  b->tp_traverse = group_traverse;
  b->tp_clear = group_clear;
  b->tp_str = group_str;
  b->tp_methods = group_methods;
  b->tp_getset = group_getset;
  init_static_object(b, &TypeType);
  Exc_BaseExceptionGroup = b;

  TypeObject* e = &ExceptionGroupType;
  e->tp_name = "ExceptionGroup";
  e->tp_basicsize = sizeof(GroupObject);
  e->tp_flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_BASE_EXC_SUBCLASS;
  e->tp_base = b;
  e->tp_dictoffset = Exc_BaseException->tp_dictoffset;
  e->tp_bases = tuple_pack(2, static_cast<Object*>(b), static_cast<Object*>(Exc_Exception));
  init_static_object(e, &TypeType);
  Exc_ExceptionGroup = e;
  type_ready(b);
  type_ready(e);
}

}  // namespace rt

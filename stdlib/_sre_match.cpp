// re.Match (the result of a successful match) and _sre.SRE_Scanner (the
// iterator state behind Pattern.finditer and Pattern.scanner).
//
// A Match keeps its subject, its pattern and the code point span of every
// group (-1 when the group did not take part); for a non-ASCII str it also
// keeps the UTF-8 byte offsets of those spans, taken from the subject's
// decoding when the match was made, so group() slices without walking the
// text.  A Scanner owns a State that lives as long as it does: each match()
// or search() continues where the last one ended.
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/text/str.h"
#include "_sre.h"

namespace stdlib::sre {
using namespace rt;

bool parse_clinic(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* const* names,
                  int n, int required, Object** out);  // _sremodule.cpp

namespace {

// The group number a Match method was given (an int, or a name of the
// pattern's groupindex); IndexError "no such group" when there is none.
ssize match_index(MatchObject* m, Object* index) {
  if (!index) return 0;
  ssize i = -1;
  if (type_of(index)->nb_index) {
    i = number_as_ssize(index, nullptr);
    if (i == -1 && err_occurred()) return -1;
  } else if (m->pattern->groupindex) {
    Object* v = dict_getitem(m->pattern->groupindex, index);
    if (!v && err_occurred()) return -1;
    if (v && is_int(v)) {
      i = number_as_ssize(v, nullptr);
      if (i == -1 && err_occurred()) return -1;
    }
  }
  if (i < 0 || i >= m->ngroups) {
    err_set_string(Exc_IndexError, "no such group");
    return -1;
  }
  return i;
}

Object* match_group_by(MatchObject* m, Object* index, Object* dflt) {
  ssize i = match_index(m, index);
  if (i < 0) return nullptr;
  return match_group(m, i, dflt);
}

Object* match_group_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("group", kwnames)) return nullptr;
  MatchObject* m = M(self);
  if (nargs == 0) return match_group(m, 0, None);
  if (nargs == 1) return match_group_by(m, args[0], None);
  Object* t = tuple_new(nargs);
  if (!t) return nullptr;
  for (ssize k = 0; k < nargs; k++) tuple_set_steal(t, k, nullptr);
  for (ssize k = 0; k < nargs; k++) {
    Object* g = match_group_by(m, args[k], None);
    if (!g) {
      for (ssize j = k; j < nargs; j++) tuple_set_steal(t, j, none_ref());
      decref(t);
      return nullptr;
    }
    tuple_set_steal(t, k, g);
  }
  return t;
}

Object* match_subscript(Object* self, Object* key) { return match_group_by(M(self), key, None); }

// The optional `default` of groups() and groupdict().
bool parse_default(const char* fname, Object* const* args, ssize nargs, Object* kwnames, Object** dflt) {
  static const char* const names[] = {"default"};
  Object* a[1];
  if (!parse_clinic(fname, args, nargs, kwnames, names, 1, 0, a)) return false;
  *dflt = a[0] ? a[0] : None;
  return true;
}

Object* match_groups(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* dflt;
  if (!parse_default("groups", args, nargs, kwnames, &dflt)) return nullptr;
  MatchObject* m = M(self);
  Object* t = tuple_new(m->ngroups - 1);
  if (!t) return nullptr;
  for (ssize g = 1; g < m->ngroups; g++) {
    Object* v = match_group(m, g, dflt);
    if (!v) {
      for (ssize k = g; k < m->ngroups; k++) tuple_set_steal(t, k - 1, none_ref());
      decref(t);
      return nullptr;
    }
    tuple_set_steal(t, g - 1, v);
  }
  return t;
}

Object* match_groupdict(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* dflt;
  if (!parse_default("groupdict", args, nargs, kwnames, &dflt)) return nullptr;
  MatchObject* m = M(self);
  Object* d = dict_new();
  if (!d || !m->pattern->groupindex) return d;
  // the names may change under us only through Python code run by a key's __eq__: work on a snapshot
  Object* keys = dict_keys_list(m->pattern->groupindex);
  if (!keys) {
    decref(d);
    return nullptr;
  }
  for (ssize k = 0; k < size_of(keys); k++) {
    Object* key = list_get(keys, k);
    Object* v = match_group_by(m, key, dflt);
    if (!v || dict_setitem(d, key, v) < 0) {
      xdecref(v);
      decref(keys);
      decref(d);
      return nullptr;
    }
    decref(v);
  }
  decref(keys);
  return d;
}

// start(group=0, /), end(group=0, /), span(group=0, /)
bool one_group_arg(const char* name, const char* qualname, Object* const* args, ssize nargs, Object* kwnames,
                   MatchObject* m, ssize* index) {
  if (!no_kwargs(qualname, kwnames)) return false;
  if (nargs > 1) {
    err_format(Exc_TypeError, "%s expected at most 1 argument, got %zd", name, nargs);
    return false;
  }
  *index = match_index(m, nargs ? args[0] : nullptr);
  return *index >= 0;
}

Object* match_start(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  ssize i;
  if (!one_group_arg("start", "Match.start", args, nargs, kwnames, M(self), &i)) return nullptr;
  return int_from_i64(M(self)->mark[2 * i]);
}

Object* match_end(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  ssize i;
  if (!one_group_arg("end", "Match.end", args, nargs, kwnames, M(self), &i)) return nullptr;
  return int_from_i64(M(self)->mark[2 * i + 1]);
}

Object* pair(ssize a, ssize b) {
  Object* x = int_from_i64(a);
  Object* y = int_from_i64(b);
  Object* t = x && y ? tuple_pack(2, x, y) : nullptr;
  xdecref(x);
  xdecref(y);
  return t;
}

Object* match_span(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  ssize i;
  if (!one_group_arg("span", "Match.span", args, nargs, kwnames, M(self), &i)) return nullptr;
  return pair(M(self)->mark[2 * i], M(self)->mark[2 * i + 1]);
}

Object* match_expand(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"template"};
  Object* a[1];
  if (!parse_clinic("expand", args, nargs, kwnames, names, 1, 1, a)) return nullptr;
  return pattern_expand_hook(M(self)->pattern, self, a[0]);
}

Object* match_copy(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("Match.__copy__", kwnames)) return nullptr;
  if (nargs != 0) return err_format_null(Exc_TypeError, "Match.__copy__() takes no arguments (%zd given)", nargs);
  return newref(self);
}

Object* match_deepcopy(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("Match.__deepcopy__", kwnames)) return nullptr;
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "Match.__deepcopy__() takes exactly one argument (%zd given)", nargs);
  return newref(self);
}

Object* match_get_string(Object* self, void*) { return newref(M(self)->string); }
Object* match_get_re(Object* self, void*) { return newref(static_cast<Object*>(M(self)->pattern)); }
Object* match_get_pos(Object* self, void*) { return int_from_i64(M(self)->pos); }
Object* match_get_endpos(Object* self, void*) { return int_from_i64(M(self)->endpos); }
Object* match_get_lastindex(Object* self, void*) {
  return M(self)->lastindex >= 0 ? int_from_i64(M(self)->lastindex) : none_ref();
}
Object* match_get_lastgroup(Object* self, void*) {
  MatchObject* m = M(self);
  Object* ig = m->pattern->indexgroup;
  if (ig && m->lastindex >= 0 && m->lastindex < size_of(ig)) return newref(tuple_get(ig, m->lastindex));
  return none_ref();
}
Object* match_get_regs(Object* self, void*) {
  MatchObject* m = M(self);
  if (m->regs) return newref(m->regs);
  Object* t = tuple_new(m->ngroups);
  if (!t) return nullptr;
  for (ssize g = 0; g < m->ngroups; g++) {
    Object* p = pair(m->mark[2 * g], m->mark[2 * g + 1]);
    if (!p) {
      for (ssize k = g; k < m->ngroups; k++) tuple_set_steal(t, k, none_ref());
      decref(t);
      return nullptr;
    }
    tuple_set_steal(t, g, p);
  }
  m->regs = newref(t);
  return t;
}

Object* match_repr(Object* self) {
  MatchObject* m = M(self);
  Object* g0 = match_group(m, 0, None);
  if (!g0) return nullptr;
  Object* r = object_repr(g0);
  decref(g0);
  if (!r) return nullptr;
  ssize cut = str_len(r) > 50 ? str_offset_of(r, 50) : str_utf8_len(r);  // %.50R
  char head[128];
  std::snprintf(head, sizeof head, "<%s object; span=(%zd, %zd), match=", type_of(self)->tp_name, m->mark[0],
                m->mark[1]);
  std::string text = head;
  text.append(str_utf8(r), size_t(cut));
  text += '>';
  decref(r);
  return str_from_valid(text);
}

int match_traverse(Object* self, visitproc visit, void* arg) {
  MatchObject* m = M(self);
  for (Object* o : {m->string, m->regs, static_cast<Object*>(m->pattern)})
    if (o) {
      int r = visit(o, arg);
      if (r) return r;
    }
  return 0;
}

int match_clear(Object* self) {
  MatchObject* m = M(self);
  clearref(m->string);
  clearref(m->regs);
  clearref(m->pattern);
  return 0;
}

void match_dealloc(Object* self) {
  gc_untrack(self);
  match_clear(self);
  free_object(self);
}

MethodDef match_methods[] = {
    {"group", match_group_method, METH_DEFAULT,
     "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n"
     "    For 0 returns the entire match."},
    {"start", match_start, METH_DEFAULT, "Return index of the start of the substring matched by group."},
    {"end", match_end, METH_DEFAULT, "Return index of the end of the substring matched by group."},
    {"span", match_span, METH_DEFAULT, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"groups", match_groups, METH_DEFAULT,
     "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n"
     "    Is used for groups that did not participate in the match."},
    {"groupdict", match_groupdict, METH_DEFAULT,
     "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n"
     "  default\n    Is used for groups that did not participate in the match."},
    {"expand", match_expand, METH_DEFAULT,
     "Return the string obtained by doing backslash substitution on the string template, as done by the sub() "
     "method."},
    {"__copy__", match_copy, METH_DEFAULT, nullptr},
    {"__deepcopy__", match_deepcopy, METH_DEFAULT, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef match_getset[] = {
    {"string", match_get_string, readonly_attribute, "The string passed to match() or search().", nullptr},
    {"re", match_get_re, readonly_attribute, "The regular expression object.", nullptr},
    {"pos", match_get_pos, readonly_attribute, "The index into the string at which the RE engine started looking for a match.",
     nullptr},
    {"endpos", match_get_endpos, readonly_attribute, "The index into the string beyond which the RE engine will not go.",
     nullptr},
    {"lastindex", match_get_lastindex, nullptr, "The integer index of the last matched capturing group.", nullptr},
    {"lastgroup", match_get_lastgroup, nullptr, "The name of the last matched capturing group.", nullptr},
    {"regs", match_get_regs, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- SRE_Scanner ----------------------------------------------------------------------------
inline ScannerObject* SC(Object* o) { return static_cast<ScannerObject*>(o); }

Object* scanner_step(Object* self, const char* fname, ssize nargs, bool search) {
  if (nargs) return err_format_null(Exc_TypeError, "%s() takes no arguments", fname);
  ScannerObject* sc = SC(self);
  State* st = sc->state;
  if (!st || !st->string) return none_ref();  // exhausted (or cleared by the collector)
  if (sc->executing) return err_format_null(Exc_ValueError, "regular expression scanner already executing");
  sc->executing = true;
  state_reset(*st);
  st->ptr = st->start;
  PatternObject* p = sc->pattern;
  ssize status = search ? engine_search(*st, p) : engine_match(*st, p);
  sc->executing = false;
  Object* m = new_match(p, *st, status);
  if (status == 0) {
    clearref(st->string);  // nothing more to find: later calls return None
  } else {
    st->must_advance = st->ptr == st->start;
    st->start = st->ptr;
  }
  return m;
}

Object* scanner_match(Object* self, Object* const*, ssize nargs, Object*) {
  return scanner_step(self, "match", nargs, false);
}

Object* scanner_search(Object* self, Object* const*, ssize nargs, Object*) {
  return scanner_step(self, "search", nargs, true);
}

Object* scanner_get_pattern(Object* self, void*) { return newref(static_cast<Object*>(SC(self)->pattern)); }

int scanner_traverse(Object* self, visitproc visit, void* arg) {
  ScannerObject* sc = SC(self);
  if (sc->pattern) {
    int r = visit(sc->pattern, arg);
    if (r) return r;
  }
  if (sc->state && sc->state->string) return visit(sc->state->string, arg);
  return 0;
}

int scanner_clear(Object* self) {
  ScannerObject* sc = SC(self);
  if (sc->state) clearref(sc->state->string);
  clearref(sc->pattern);
  return 0;
}

void scanner_dealloc(Object* self) {
  gc_untrack(self);
  ScannerObject* sc = SC(self);
  State* st = sc->state;
  sc->state = nullptr;
  delete st;
  clearref(sc->pattern);
  free_object(self);
}

MethodDef scanner_methods[] = {
    {"match", scanner_match, METH_DEFAULT, nullptr},
    {"search", scanner_search, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef scanner_getset[] = {
    {"pattern", scanner_get_pattern, readonly_attribute, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_match_types() {
  MatchType.tp_name = "re.Match";
  MatchType.tp_doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.";
  MatchType.tp_basicsize = ssize(offsetof(MatchObject, mark));
  MatchType.tp_itemsize = sizeof(ssize);
  MatchType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  MatchType.tp_dealloc = match_dealloc;
  MatchType.tp_traverse = match_traverse;
  MatchType.tp_clear = match_clear;
  MatchType.tp_repr = match_repr;
  MatchType.mp_subscript = match_subscript;
  MatchType.tp_methods = match_methods;
  MatchType.tp_getset = match_getset;

  ScannerType.tp_name = "_sre.SRE_Scanner";
  ScannerType.tp_basicsize = sizeof(ScannerObject);
  ScannerType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  ScannerType.tp_dealloc = scanner_dealloc;
  ScannerType.tp_traverse = scanner_traverse;
  ScannerType.tp_clear = scanner_clear;
  ScannerType.tp_methods = scanner_methods;
  ScannerType.tp_getset = scanner_getset;
}

}  // namespace stdlib::sre

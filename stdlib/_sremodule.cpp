// _sre: the module CPython's re package compiles its patterns with
// (_sre.compile and friends), and the compiled pattern type re.Pattern:
// match, fullmatch, search, findall, finditer, split, sub, subn, scanner.
// The engine is in _sre_engine.cpp, subjects and slices in _sre_state.cpp,
// Match and SRE_Scanner in _sre_match.cpp (docs/sre.md).
//
// sub()/subn() with a template that contains a backslash hand it to re's own
// Python helper re._subx(pattern, template), as CPython's C module does; it
// returns either the literal replacement or a function that expands the
// template for each match.
#include <cstdio>
#include <cstring>
#include <string>

#include "../runtime/reffields.h"
#include "runtime/text/str.h"
#include "_sre.h"
#include "modules.h"
#include "datamodules.h"

namespace stdlib::sre {
using namespace rt;

rt::TypeObject PatternType, MatchType, ScannerType;

// ---- argument parsing -----------------------------------------------------------------------
bool parse_clinic(const char* fname, Object* const* args, ssize nargs, Object* kwnames, const char* const* names,
                  int n, int required, Object** out) {
  ssize nkw = kwnames ? size_of(kwnames) : 0;
  if (nargs + nkw > n) {
    err_format(Exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname, n, nargs == 0 ? "keyword " : "",
               n == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  ssize left = nkw;
  for (int i = 0; i < n; i++) {
    out[i] = nullptr;
    if (i < nargs) {
      out[i] = args[i];
    } else if (left) {
      for (ssize k = 0; k < nkw; k++)
        if (str_eq_cstr(tuple_get(kwnames, k), names[i])) {
          out[i] = args[nargs + k];
          left--;
          break;
        }
    }
    if (!out[i] && i < required) {
      err_format(Exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
      return false;
    }
  }
  if (left) {
    for (int i = 0; i < nargs && i < n; i++)
      for (ssize k = 0; k < nkw; k++)
        if (str_eq_cstr(tuple_get(kwnames, k), names[i])) {
          err_format(Exc_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, names[i],
                     i + 1);
          return false;
        }
    for (ssize k = 0; k < nkw; k++) {
      Object* key = tuple_get(kwnames, k);
      bool known = false;
      for (int i = 0; i < n; i++) known = known || str_eq_cstr(key, names[i]);
      if (!known) {
        err_format(Exc_TypeError, "'%s' is an invalid keyword argument for %s()", str_utf8(key), fname);
        return false;
      }
    }
  }
  return true;
}

bool as_ssize_arg(Object* o, ssize* out) {
  if (is_int(o) && int_is_small(o)) {
    *out = ssize(int_small_value(o));
    return true;
  }
  Object* i = number_index(o);
  if (!i) return false;
  bool ok = int_fits_i64(i);
  if (ok) *out = ssize(int_as_i64(i));
  else err_set_string(Exc_OverflowError, "Python int too large to convert to C ssize_t");
  decref(i);
  return ok;
}

// A C int argument (Argument Clinic's `int`).
bool as_int_arg(Object* o, int* out) {
  ssize v;
  if (!as_ssize_arg(o, &v)) {
    if (err_matches(Exc_OverflowError)) {
      err_clear();
      err_set_string(Exc_OverflowError, "Python int too large to convert to C int");
    }
    return false;
  }
  if (v < INT32_MIN || v > INT32_MAX) {
    err_set_string(Exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(v);
  return true;
}

namespace {

// (string, pos=0, endpos=sys.maxsize) of match, search, findall ...
bool parse_string_pos(const char* fname, Object* const* args, ssize nargs, Object* kwnames, Object** string,
                      ssize* pos, ssize* endpos) {
  *pos = 0;
  *endpos = PTRDIFF_MAX;
  if (!kwnames && nargs >= 1 && nargs <= 3) {  // the common case, without the general parser
    *string = args[0];
    if (nargs >= 2 && !as_ssize_arg(args[1], pos)) return false;
    if (nargs == 3 && !as_ssize_arg(args[2], endpos)) return false;
    return true;
  }
  static const char* const names[] = {"string", "pos", "endpos"};
  Object* a[3];
  if (!parse_clinic(fname, args, nargs, kwnames, names, 3, 1, a)) return false;
  *string = a[0];
  if (a[1] && !as_ssize_arg(a[1], pos)) return false;
  if (a[2] && !as_ssize_arg(a[2], endpos)) return false;
  return true;
}

Object* pattern_code_match(Object* self, Object* const* args, ssize nargs, Object* kwnames, const char* fname,
                           bool match_all) {
  Object* string;
  ssize pos, endpos;
  if (!parse_string_pos(fname, args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  PatternObject* p = P(self);
  State st;
  if (state_init(st, p, string, pos, endpos) < 0) return nullptr;
  st.match_all = match_all;
  st.ptr = st.start;
  ssize status = engine_match(st, p);
  return new_match(p, st, status);
}

Object* pattern_match(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return pattern_code_match(self, args, nargs, kwnames, "match", false);
}

Object* pattern_fullmatch(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return pattern_code_match(self, args, nargs, kwnames, "fullmatch", true);
}

Object* pattern_search(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* string;
  ssize pos, endpos;
  if (!parse_string_pos("search", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  PatternObject* p = P(self);
  State st;
  if (state_init(st, p, string, pos, endpos) < 0) return nullptr;
  ssize status = engine_search(st, p);
  return new_match(p, st, status);
}

// One search from st.start for the loops of findall/split/sub: 1, 0, or -1 with the error set.
int next_match(PatternObject* p, State& st) {
  state_reset(st);
  st.ptr = st.start;
  ssize status = engine_search(st, p);
  if (status < 0) {
    raise_engine_error(status);
    return -1;
  }
  return status > 0;
}

// After a match, the next search starts where it ended (and may not match empty there again).
void advance(State& st) {
  st.must_advance = st.ptr == st.start;
  st.start = st.ptr;
}

Object* pattern_findall(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* string;
  ssize pos, endpos;
  if (!parse_string_pos("findall", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  PatternObject* p = P(self);
  State st;
  if (state_init(st, p, string, pos, endpos) < 0) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  while (st.start <= st.end) {
    int r = next_match(p, st);
    if (r < 0) goto fail;
    if (r == 0) break;
    {
      Object* item;
      if (p->groups == 0) {
        item = state_slice(st, st.start, st.ptr);
      } else if (p->groups == 1) {
        item = state_group(st, 1, true);
      } else {
        item = tuple_new(p->groups);
        if (item)
          for (ssize g = 0; g < p->groups; g++) {
            Object* o = state_group(st, g + 1, true);
            if (!o) {
              for (ssize k = g; k < p->groups; k++) tuple_set_steal(item, k, none_ref());
              decref(item);
              item = nullptr;
              break;
            }
            tuple_set_steal(item, g, o);
          }
      }
      if (!item) goto fail;
      int rc = list_append(list, item);
      decref(item);
      if (rc < 0) goto fail;
    }
    advance(st);
  }
  return list;
fail:
  decref(list);
  return nullptr;
}

Object* pattern_scanner(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* string;
  ssize pos, endpos;
  if (!parse_string_pos("scanner", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  State* st = new (std::nothrow) State();
  if (!st) return err_no_memory();
  if (state_init(*st, P(self), string, pos, endpos) < 0) {
    delete st;
    return nullptr;
  }
  ScannerObject* sc = static_cast<ScannerObject*>(alloc_object(&ScannerType, sizeof(ScannerObject)));
  if (!sc) {
    delete st;
    return nullptr;
  }
  sc->pattern = P(newref(self));
  sc->state = st;
  sc->executing = false;
  gc_track(sc);
  return sc;
}

Object* pattern_finditer(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* string;
  ssize pos, endpos;
  if (!parse_string_pos("finditer", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
  Object* scanner = pattern_scanner(self, args, nargs, kwnames);
  if (!scanner) return nullptr;
  Object* search = object_getattr(scanner, names::search);
  decref(scanner);
  if (!search) return nullptr;
  Object* it = callable_iter_new(search, None);
  decref(search);
  return it;
}

Object* pattern_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"string", "maxsplit"};
  Object* a[2];
  if (!parse_clinic("split", args, nargs, kwnames, names, 2, 1, a)) return nullptr;
  ssize maxsplit = 0;
  if (a[1] && !as_ssize_arg(a[1], &maxsplit)) return nullptr;
  PatternObject* p = P(self);
  State st;
  if (state_init(st, p, a[0], 0, PTRDIFF_MAX) < 0) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  ssize n = 0, last = st.start;
  Object* item;
  while (!maxsplit || n < maxsplit) {
    int r = next_match(p, st);
    if (r < 0) goto fail;
    if (r == 0) break;
    // the text before the match, then the groups
    item = state_slice(st, last, st.start);
    if (!item || list_append(list, item) < 0) goto fail_item;
    decref(item);
    for (ssize g = 0; g < p->groups; g++) {
      item = state_group(st, g + 1, false);
      if (!item || list_append(list, item) < 0) goto fail_item;
      decref(item);
    }
    n++;
    advance(st);
    last = st.start;
  }
  item = state_slice(st, last, st.endpos);
  if (!item || list_append(list, item) < 0) goto fail_item;
  decref(item);
  return list;
fail_item:
  xdecref(item);
fail:
  decref(list);
  return nullptr;
}

Object* call_re_helper(Object* name, Object* const* args, ssize nargs) {
  Object* re = import_module("re");
  if (!re) return nullptr;
  Object* fn = object_getattr(re, name);
  decref(re);
  if (!fn) return nullptr;
  Object* r = call(fn, args, nargs);
  decref(fn);
  return r;
}

Object* pattern_subx(Object* self, Object* repl, Object* string, ssize count, bool subn) {
  PatternObject* p = P(self);
  Object* filter;
  bool callable_filter;
  if (is_callable(repl)) {
    filter = newref(repl);
    callable_filter = true;
  } else if (template_has_backslash(repl) == 0) {
    filter = newref(repl);
    callable_filter = false;
  } else {
    Object* a[2] = {self, repl};
    filter = call_re_helper(names::_subx, a, 2);
    if (!filter) return nullptr;
    callable_filter = is_callable(filter);
  }
  State st;
  if (state_init(st, p, string, 0, PTRDIFF_MAX) < 0) {
    decref(filter);
    return nullptr;
  }
  Object* list = list_new(0);
  if (!list) {
    decref(filter);
    return nullptr;
  }
  ssize n = 0, i = 0;
  Object* item = nullptr;
  Object* joiner = nullptr;
  Object* result = nullptr;
  while (!count || n < count) {
    int r = next_match(p, st);
    if (r < 0) goto done;
    if (r == 0) break;
    ssize b = st.start, e = st.ptr;
    if (i < b) {  // the text before this match
      item = state_slice(st, i, b);
      if (!item || list_append(list, item) < 0) goto done;
      clearref(item);
    }
    if (callable_filter) {
      Object* m = new_match(p, st, 1);
      if (!m) goto done;
      item = call1(filter, m);
      decref(m);
      if (!item) goto done;
    } else {
      item = newref(filter);
    }
    if (item != None && list_append(list, item) < 0) goto done;
    clearref(item);
    i = e;
    n++;
    advance(st);
  }
  if (i < st.endpos) {
    item = state_slice(st, i, st.endpos);
    if (!item || list_append(list, item) < 0) goto done;
    clearref(item);
  }
  joiner = state_slice(st, 0, 0);
  if (!joiner) goto done;
  if (size_of(list) == 0) result = newref(joiner);
  else if (st.isbytes) result = call_method1(joiner, names::join, list);
  else result = str_join(joiner, list);
  if (result && subn) {
    Object* cnt = int_from_i64(n);
    Object* pair = cnt ? tuple_pack(2, result, cnt) : nullptr;
    xdecref(cnt);
    decref(result);
    result = pair;
  }
done:
  xdecref(item);
  xdecref(joiner);
  decref(list);
  decref(filter);
  return result;
}

Object* parse_sub(const char* fname, Object* self, Object* const* args, ssize nargs, Object* kwnames, bool subn) {
  static const char* const names[] = {"repl", "string", "count"};
  Object* a[3];
  if (!parse_clinic(fname, args, nargs, kwnames, names, 3, 2, a)) return nullptr;
  ssize count = 0;
  if (a[2] && !as_ssize_arg(a[2], &count)) return nullptr;
  return pattern_subx(self, a[0], a[1], count, subn);
}

Object* pattern_sub(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return parse_sub("sub", self, args, nargs, kwnames, false);
}

Object* pattern_subn(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return parse_sub("subn", self, args, nargs, kwnames, true);
}

Object* pattern_copy(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("Pattern.__copy__", kwnames)) return nullptr;
  if (nargs != 0) return err_format_null(Exc_TypeError, "Pattern.__copy__() takes no arguments (%zd given)", nargs);
  return newref(self);
}

Object* pattern_deepcopy(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("Pattern.__deepcopy__", kwnames)) return nullptr;
  if (nargs != 1)
    return err_format_null(Exc_TypeError, "Pattern.__deepcopy__() takes exactly one argument (%zd given)", nargs);
  return newref(self);
}

// ---- attributes, repr, comparison ---------------------------------------------------------------
Object* pattern_get_pattern(Object* self, void*) { return newref(P(self)->pattern); }
Object* pattern_get_flags(Object* self, void*) { return int_from_i64(P(self)->flags); }
Object* pattern_get_groups(Object* self, void*) { return int_from_i64(P(self)->groups); }
Object* pattern_get_groupindex(Object* self, void*) {
  // a read-only view: the pattern's own dict cannot be changed through it
  return P(self)->groupindex ? mappingproxy_new(P(self)->groupindex) : dict_new();
}

Object* pattern_repr(Object* self) {
  static const struct {
    const char* name;
    int value;
  } flag_names[] = {
      {"re.TEMPLATE", FLAG_TEMPLATE}, {"re.IGNORECASE", FLAG_IGNORECASE}, {"re.LOCALE", FLAG_LOCALE},
      {"re.MULTILINE", FLAG_MULTILINE}, {"re.DOTALL", FLAG_DOTALL}, {"re.UNICODE", FLAG_UNICODE},
      {"re.VERBOSE", FLAG_VERBOSE}, {"re.DEBUG", FLAG_DEBUG}, {"re.ASCII", FLAG_ASCII},
  };
  PatternObject* p = P(self);
  int flags = p->flags;
  // re.UNICODE is the default of str patterns: not shown
  if (p->isbytes == 0 && (flags & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) flags &= ~FLAG_UNICODE;
  std::string names;
  for (const auto& f : flag_names)
    if (flags & f.value) {
      if (!names.empty()) names += '|';
      names += f.name;
      flags &= ~f.value;
    }
  if (flags) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%x", unsigned(flags));
    if (!names.empty()) names += '|';
    names += buf;
  }
  Object* r = object_repr(p->pattern);
  if (!r) return nullptr;
  std::string text = "re.compile(";
  // %.200R: at most 200 code points of the pattern's repr
  const char* u = str_utf8(r);
  ssize nbytes = str_utf8_len(r);
  ssize cut = str_len(r) > 200 ? str_offset_of(r, 200) : nbytes;
  text.append(u, size_t(cut));
  decref(r);
  if (!names.empty()) text += ", " + names;
  text += ')';
  return str_from_valid(text);
}

Object* pattern_richcompare(Object* a, Object* b, int op) {
  if (op != CMP_EQ && op != CMP_NE) return notimpl_ref();
  if (type_of(b) != &PatternType) return notimpl_ref();
  int eq;
  if (a == b) {
    eq = 1;
  } else {
    PatternObject* x = P(a);
    PatternObject* y = P(b);
    eq = x->flags == y->flags && x->isbytes == y->isbytes && size_of(x) == size_of(y) &&
         std::memcmp(x->code, y->code, size_t(size_of(x)) * sizeof(code_t)) == 0;
    if (eq) {
      eq = object_richcompare_bool(x->pattern, y->pattern, CMP_EQ);
      if (eq < 0) return nullptr;
    }
  }
  return bool_ref((op == CMP_EQ) == (eq != 0));
}

hash_t pattern_hash(Object* self) {
  PatternObject* p = P(self);
  hash_t h = object_hash(p->pattern);
  if (h == -1) return -1;
  h ^= hash_bytes(reinterpret_cast<const char*>(p->code), size_of(p) * ssize(sizeof(code_t)));
  h ^= p->flags;
  h ^= p->isbytes;
  h ^= size_of(p);
  return h == -1 ? -2 : h;
}

using PatternRefs = RefFields<PatternObject, &PatternObject::pattern, &PatternObject::groupindex,
                               &PatternObject::indexgroup>;
int pattern_clear(Object* self) { return PatternRefs::clear(self); }

void pattern_dealloc(Object* self) {
  gc_untrack(self);
  clear_weakrefs(self);
  pattern_clear(self);
  delete P(self)->setmaps;
  free_object(self);
}

MethodDef pattern_methods[] = {
    {"match", pattern_match, METH_DEFAULT,
     "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", pattern_fullmatch, METH_DEFAULT, "Matches against all of the string."},
    {"search", pattern_search, METH_DEFAULT,
     "Scan through string looking for a match, and return a corresponding match object instance.\n\n"
     "Return None if no position in the string matches."},
    {"sub", pattern_sub, METH_DEFAULT,
     "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the "
     "replacement repl."},
    {"subn", pattern_subn, METH_DEFAULT,
     "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences "
     "of pattern with the replacement repl."},
    {"findall", pattern_findall, METH_DEFAULT, "Return a list of all non-overlapping matches of pattern in string."},
    {"split", pattern_split, METH_DEFAULT, "Split string by the occurrences of pattern."},
    {"finditer", pattern_finditer, METH_DEFAULT,
     "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n"
     "For each match, the iterator returns a match object."},
    {"scanner", pattern_scanner, METH_DEFAULT, nullptr},
    {"__copy__", pattern_copy, METH_DEFAULT, nullptr},
    {"__deepcopy__", pattern_deepcopy, METH_DEFAULT, nullptr},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef pattern_getset[] = {
    {"pattern", pattern_get_pattern, readonly_attribute, "The pattern string from which the RE object was compiled.", nullptr},
    {"flags", pattern_get_flags, readonly_attribute, "The regex matching flags.", nullptr},
    {"groups", pattern_get_groups, readonly_attribute, "The number of capturing groups in the pattern.", nullptr},
    {"groupindex", pattern_get_groupindex, nullptr, "A dictionary mapping group names to group numbers.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- module functions -------------------------------------------------------------------------
// _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
Object* sre_compile(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"};
  Object* a[6];
  if (!parse_clinic("compile", args, nargs, kwnames, names, 6, 6, a)) return nullptr;
  int flags;
  if (!as_int_arg(a[1], &flags)) return nullptr;
  if (!is_list(a[2]))
    return err_format_null(Exc_TypeError, "compile() argument 'code' must be list, not %.50s", type_name(a[2]));
  ssize groups;
  if (!as_ssize_arg(a[3], &groups)) return nullptr;
  if (!is_dict(a[4]))
    return err_format_null(Exc_TypeError, "compile() argument 'groupindex' must be dict, not %.50s", type_name(a[4]));
  if (!is_tuple(a[5]))
    return err_format_null(Exc_TypeError, "compile() argument 'indexgroup' must be tuple, not %.50s",
                           type_name(a[5]));
  Object* code = a[2];
  ssize n = size_of(code);
  PatternObject* p = static_cast<PatternObject*>(alloc_var_object(&PatternType, n));
  if (!p) return nullptr;
  p->pattern = p->groupindex = p->indexgroup = p->weaklist = nullptr;
  p->setmaps = nullptr;
  for (ssize i = 0; i < n && i < size_of(code); i++) {
    Object* o = list_get(code, i);
    if (!is_int(o)) {
      err_set_string(Exc_TypeError, "an integer is required");
    } else if (int_sign(o) < 0) {
      err_set_string(Exc_OverflowError, "can't convert negative value to unsigned int");
    } else if (!int_fits_i64(o)) {
      Object* hex = int_to_base_string(o, 16, false);  // below 2**64: 16 hex digits at most
      if (hex)
        err_set_string(Exc_OverflowError, str_len(hex) <= 16 ? "regular expression code size limit exceeded"
                                                             : "Python int too large to convert to C unsigned long");
      xdecref(hex);
    } else {
      int64_t v = int_as_i64(o);
      if (v > int64_t(UINT32_MAX)) err_set_string(Exc_OverflowError, "regular expression code size limit exceeded");
      else p->code[i] = code_t(v);
    }
    if (err_occurred()) {
      decref(p);
      return nullptr;
    }
  }
  if (a[0] == None) {
    p->isbytes = -1;
  } else {
    int kind = subject_kind(a[0]);
    if (kind < 0) {
      decref(p);
      return nullptr;
    }
    p->isbytes = kind;
  }
  p->pattern = newref(a[0]);
  p->flags = flags;
  p->groups = groups;
  if (dict_size(a[4]) > 0) {
    p->groupindex = newref(a[4]);
    if (size_of(a[5]) > 0) p->indexgroup = newref(a[5]);
  }
  gc_track(p);
  std::vector<SetRef> sets;
  if (!validate(p->code, n, groups, &sets)) {
    decref(p);
    return err_format_null(Exc_RuntimeError, "invalid SRE code");
  }
  try {
    p->setmaps = build_setmaps(p->code, n, sets);
  } catch (const std::bad_alloc&) {
    decref(p);
    return err_no_memory();
  }
  return p;
}

Object* sre_getcodesize(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("_sre.getcodesize", kwnames)) return nullptr;
  if (nargs) return err_format_null(Exc_TypeError, "_sre.getcodesize() takes no arguments (%zd given)", nargs);
  return int_from_i64(sizeof(code_t));
}

// The argument of f(character: int, /).
bool char_function(const char* qualname, Object* const* args, ssize nargs, Object* kwnames, int* ch) {
  if (!no_kwargs(qualname, kwnames)) return false;
  if (nargs != 1) {
    err_format(Exc_TypeError, "%s() takes exactly one argument (%zd given)", qualname, nargs);
    return false;
  }
  return as_int_arg(args[0], ch);
}

Object* sre_ascii_iscased(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  int ch;
  if (!char_function("_sre.ascii_iscased", args, nargs, kwnames, &ch)) return nullptr;
  return bool_ref(ch >= 0 && ascii_iscased(uint32_t(ch)));
}

Object* sre_unicode_iscased(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  int ch;
  if (!char_function("_sre.unicode_iscased", args, nargs, kwnames, &ch)) return nullptr;
  return bool_ref(unicode_iscased(uint32_t(ch)));
}

Object* sre_ascii_tolower(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  int ch;
  if (!char_function("_sre.ascii_tolower", args, nargs, kwnames, &ch)) return nullptr;
  return int_from_i64(int32_t(lower_ascii(uint32_t(ch))));
}

Object* sre_unicode_tolower(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  int ch;
  if (!char_function("_sre.unicode_tolower", args, nargs, kwnames, &ch)) return nullptr;
  return int_from_i64(int32_t(lower_unicode(uint32_t(ch))));
}

MethodDef sre_functions[] = {
    {"compile", sre_compile, METH_DEFAULT, nullptr},
    {"getcodesize", sre_getcodesize, METH_DEFAULT, nullptr},
    {"ascii_iscased", sre_ascii_iscased, METH_DEFAULT, nullptr},
    {"unicode_iscased", sre_unicode_iscased, METH_DEFAULT, nullptr},
    {"ascii_tolower", sre_ascii_tolower, METH_DEFAULT, nullptr},
    {"unicode_tolower", sre_unicode_tolower, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int readonly_attribute(Object*, Object*, void*) {
  err_set_string(Exc_AttributeError, "readonly attribute");
  return -1;
}

Object* pattern_expand_hook(PatternObject* p, Object* match, Object* templ) {
  Object* a[3] = {p, match, templ};
  return call_re_helper(names::_expand, a, 3);
}

void init_match_types();  // _sre_match.cpp

int ready_types() {
  if (has_flag(&PatternType, TPFLAG_READY)) return 0;
  PatternType.tp_name = "re.Pattern";
  PatternType.tp_doc = "Compiled regular expression object.";
  PatternType.tp_basicsize = ssize(offsetof(PatternObject, code));
  PatternType.tp_itemsize = sizeof(code_t);
  PatternType.tp_flags = TPFLAG_HAVE_GC | TPFLAG_IMMUTABLE;
  PatternType.tp_weaklistoffset = ssize(offsetof(PatternObject, weaklist));
  PatternType.tp_dealloc = pattern_dealloc;
  PatternType.tp_traverse = PatternRefs::traverse;
  PatternType.tp_clear = pattern_clear;
  PatternType.tp_repr = pattern_repr;
  PatternType.tp_richcompare = pattern_richcompare;
  PatternType.tp_hash = pattern_hash;
  PatternType.tp_methods = pattern_methods;
  PatternType.tp_getset = pattern_getset;
  init_match_types();
  if (ready_static_type(&PatternType) < 0 || ready_static_type(&MatchType) < 0 || ready_static_type(&ScannerType) < 0) return -1;
  return 0;
}

}  // namespace stdlib::sre

namespace stdlib {
using namespace rt;

rt::Object* init_sre_module() {
  if (sre::ready_types() < 0) return nullptr;
  Object* m = module_new("_sre");
  if (!m) return nullptr;
  if (module_add_functions(m, sre::sre_functions) < 0 || module_add_object(m, "MAGIC", int_from_i64(sre::MAGIC)) < 0 ||
      module_add_object(m, "CODESIZE", int_from_i64(sizeof(sre::code_t))) < 0 ||
      module_add_object(m, "MAXREPEAT", int_from_u64(sre::MAXREPEAT)) < 0 ||
      module_add_object(m, "MAXGROUPS", int_from_i64(sre::MAXGROUPS)) < 0 ||
      module_add_object(m, "copyright", str_from_cstr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ")) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

int ready_sre_types() { return sre::ready_types(); }

void sre_fini() { sre::clear_subject_cache(); }

}  // namespace stdlib

// "Did you mean" suggestions in the native exception display, as CPython 3.11
// prints them after an AttributeError's or a NameError's message.
//
// How it works
// - Only an exception whose type is exactly AttributeError or NameError gets
//   a suggestion (subclasses such as UnboundLocalError do not), and only when
//   its `name` is an exact str.
// - AttributeError: the candidates are dir(e.obj); no `obj` (None), no
//   suggestion.  The getattr machinery fills `name` and `obj` in
//   (rt::exc_attribute_error_context, runtime/exceptions.cpp).
// - NameError: the frame of the innermost traceback entry gives three lists
//   tried in turn: its code's local variable names, its globals' keys, its
//   builtins' keys; the first list with a match wins.
// - A list with 750 or more candidates is not searched.  The match is the
//   candidate with the smallest weighted edit distance (insert or delete 2,
//   replace 2, replace by the same ASCII letter in the other case 1), ignoring
//   the name itself, and allowed at most (len(name) + len(candidate) + 3) * 2
//   // 6; the first of equally close candidates wins.  Distances are over
//   UTF-8 bytes; after dropping the common prefix and suffix, a rest longer
//   than 40 bytes never matches.
// Computing a suggestion never leaves an exception pending.
#include <algorithm>
#include <string_view>
#include <vector>

#include "../runtime/api.h"
#include "runtime/containers/dict.h"
#include "runtime/containers/list.h"
#include "runtime/text/str.h"
#include "code.h"
#include "frame.h"
#include "traceback.h"

namespace interp {

using namespace rt;

namespace {

constexpr ssize MAX_CANDIDATES = 750;
constexpr size_t MAX_REST = 40;
constexpr size_t STEP = 2;  // insert, delete, replace
constexpr size_t CASE_STEP = 1;

size_t replace_cost(char a, char b) {
  if (a == b) return 0;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
  bool letters = ((a | 0x20) >= 'a' && (a | 0x20) <= 'z') && ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
  return letters && lower(a) == lower(b) ? CASE_STEP : STEP;
}

// The weighted edit distance of a and b, or any value above `limit` when it
// exceeds it.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * STEP;
  if (a.size() > MAX_REST || b.size() > MAX_REST) return limit + 1;
  if (a.size() > b.size()) std::swap(a, b);  // a is the shorter
  if ((b.size() - a.size()) * STEP > limit) return limit + 1;
  // row[j]: the distance between the prefix of b seen so far and a[:j+1].
  size_t row[MAX_REST];
  for (size_t j = 0; j < a.size(); ++j) row[j] = (j + 1) * STEP;
  size_t last = 0;
  for (size_t i = 0; i < b.size(); ++i) {
    size_t diag = i * STEP;  // distance(b[:i], a[:0])
    size_t left = (i + 1) * STEP;  // distance(b[:i+1], a[:0])
    size_t best_in_row = SIZE_MAX;
    for (size_t j = 0; j < a.size(); ++j) {
      size_t up = row[j];
      size_t d = std::min({diag + replace_cost(b[i], a[j]), up + STEP, left + STEP});
      diag = up;
      row[j] = left = d;
      best_in_row = std::min(best_in_row, d);
    }
    if (best_in_row > limit) return limit + 1;
    last = left;
  }
  return last;
}

// The closest candidate in `list` (a list of str), or null.  New reference.
Object* closest(Object* list, Object* name) {
  ssize n = size_of(list);
  if (n >= MAX_CANDIDATES) return nullptr;
  std::string_view want = str_view(name);
  Object* best = nullptr;
  size_t best_d = SIZE_MAX;
  for (ssize i = 0; i < n; ++i) {
    Object* item = list_get(list, i);
    if (!is_str(item) || str_equal(item, name)) continue;
    std::string_view cand = str_view(item);
    size_t limit = (want.size() + cand.size() + 3) * STEP / 6;
    if (best && best_d - 1 < limit) limit = best_d - 1;
    size_t d = edit_distance(want, cand, limit);
    if (d > limit) continue;
    if (!best || d < best_d) {
      best = item;
      best_d = d;
    }
  }
  return xnewref(best);
}

Object* closest_in(Object* seq, Object* name) {
  Object* list = sequence_list(seq);
  if (!list) {
    err_clear();
    return nullptr;
  }
  Object* r = closest(list, name);
  decref(list);
  return r;
}

Object* attribute_suggestion(Object* exc, Object* name) {
  bool err = false;
  Object* obj = object_lookup_attr(exc, names::obj, &err);
  if (!obj || obj == None) {
    if (err) err_clear();
    xdecref(obj);
    return nullptr;
  }
  Object* dir = object_dir(obj);
  decref(obj);
  if (!dir) {
    err_clear();
    return nullptr;
  }
  Object* r = closest(dir, name);
  decref(dir);
  return r;
}

Object* name_suggestion(Object* exc, Object* name) {
  Object* tb = exc_get_traceback(exc);
  if (!tb || type_of(tb) != &TracebackType) return nullptr;
  auto* t = static_cast<TracebackObject*>(tb);
  while (t->tb_next && type_of(t->tb_next) == &TracebackType) t = static_cast<TracebackObject*>(t->tb_next);
  Frame* f = t->tb_frame;
  Object* r = closest_in(f->code->varnames, name);
  if (!r && f->globals) r = closest_in(f->globals, name);
  if (!r && f->builtins) r = closest_in(f->builtins, name);
  return r;
}

}  // namespace

std::string suggestion_suffix(Object* exc) {
  TypeObject* tp = type_of(exc);
  if (tp != Exc_AttributeError && tp != Exc_NameError) return "";
  Object* saved = err_fetch();
  bool err = false;
  Object* name = object_lookup_attr(exc, names::name, &err);
  Object* s = nullptr;
  if (name && is_str_exact(name))
    s = tp == Exc_AttributeError ? attribute_suggestion(exc, name) : name_suggestion(exc, name);
  xdecref(name);
  if (err_occurred()) err_clear();
  std::string out;
  if (s) {
    out = ". Did you mean: '" + std::string(str_view(s)) + "'?";
    decref(s);
  }
  err_restore(saved);
  return out;
}

}  // namespace interp

// Compiling the match statement (PEP 634).  docs/match.md has the full story;
// in short:
//
// The subject is evaluated once.  Each case but the last works on a copy of
// it (COPY 1), so that a failed case leaves the original for the next one.
// A pattern consumes the value on top of the stack (its subject) and, when it
// matches, leaves the values it captured instead.  Names are bound only after
// the whole pattern of a case matched (then the guard runs), so the values
// stay on the stack until then, in a region below everything still to be
// matched.  Above the case's base the stack is always
//
//     [captures][pending items][subject]
//
// where captures hold names[0]'s value on top and the newest capture at the
// bottom: each capture is rotated down (SWAP chains) beneath the pending
// items and the earlier captures.  The binding code then stores names[0],
// names[1], ... from the top, so names are bound in the order they were
// captured (which is the order CPython binds them in, visible in a module's
// globals).
//
// Failure is a jump to fail[n]: a ladder of POP_TOPs emitted after the case
// body pops the n items the case had on the stack at that point and ends at
// fail[0], the start of the next case.  PatternState::pending counts the
// items to pop besides the captures; the subject itself is counted by the
// caller of pattern_fail_if_false (pops = captures + pending + 1 while the
// subject is still on the stack).
//
// An or-pattern compiles each alternative on a copy of its subject with a
// fresh PatternState (fresh captures, its own failure ladder that falls into
// the next alternative).  A successful alternative reorders its captures to
// the first alternative's order and jumps to the join point, where the
// captures are rotated down into the enclosing pattern's region.
//
// Errors are reported where CPython reports them: at the pattern entered
// last (pattern_loc_), e.g. "multiple assignments to name 'x' in pattern" at
// the second capture of x.
#include "compiler.h"

#include <algorithm>

namespace interp {

using namespace ast;

namespace {

bool is_wildcard(const Pattern* p) {
  if (p->kind == PatternKind::MatchAs) {
    auto* a = static_cast<const MatchAs*>(p);
    return !a->pattern && a->name.empty();
  }
  return p->kind == PatternKind::MatchStar && static_cast<const MatchStar*>(p)->name.empty();
}

}  // namespace

void Compiler::pattern_fail(const std::string& msg) { fail(msg, pattern_loc_); }

// Move TOS down beneath the n items below it (SWAP n+1, SWAP n, ..., SWAP 2).
void Compiler::rotate_down(int n) {
  for (int i = n + 1; i >= 2; i--) emit(SWAP, uint32_t(i));
}

int Compiler::pattern_fail_label(PatternState& st, int pops) {
  while (int(st.fail.size()) <= pops) st.fail.push_back(new_label());
  return st.fail[size_t(pops)];
}

// [.., cond] -> [..]; when cond is false, pop `pops` items and fail.
void Compiler::pattern_fail_if_false(PatternState& st, int pops) {
  emit_jump(POP_JUMP_IF_FALSE, pattern_fail_label(st, pops));
}

// The failure ladder: fail[n] pops n items and falls into fail[n-1] ... fail[0].
void Compiler::pattern_emit_fail_pops(PatternState& st) {
  if (st.fail.empty()) return;
  for (size_t n = st.fail.size() - 1; n > 0; n--) {
    bind(st.fail[n]);
    emit(POP_TOP);
  }
  bind(st.fail[0]);
  st.fail.clear();
}

// TOS is the value of a capture: check the name and move the value into the captures region.
void Compiler::pattern_capture(const std::string& name, PatternState& st) {
  if (name == "__debug__") pattern_fail("cannot assign to __debug__");
  if (std::find(st.names.begin(), st.names.end(), name) != st.names.end())
    pattern_fail("multiple assignments to name '" + name + "' in pattern");
  rotate_down(st.pending + int(st.names.size()));
  st.names.push_back(name);
}

void Compiler::compile_pattern(Pattern* p, PatternState& st) {
  depth_enter(p);
  pattern_loc_ = p;
  u->line = p->lineno;
  switch (p->kind) {
    case PatternKind::MatchValue: {
      visit_expr(static_cast<MatchValue*>(p)->value);
      u->line = p->lineno;
      emit(COMPARE_OP, uint32_t(rt::CMP_EQ));
      pattern_fail_if_false(st, int(st.names.size()) + st.pending);
      break;
    }
    case PatternKind::MatchSingleton: {
      ConstKind k = static_cast<MatchSingleton*>(p)->value;
      Object* v = k == ConstKind::None ? rt::none_ref() : rt::bool_ref(k == ConstKind::True);
      emit(LOAD_CONST, uint32_t(add_const(v, k == ConstKind::None ? "N" : k == ConstKind::True ? "T" : "F")));
      emit(IS_OP, 0);
      pattern_fail_if_false(st, int(st.names.size()) + st.pending);
      break;
    }
    case PatternKind::MatchSequence:
      pattern_sequence(static_cast<MatchSequence*>(p), st);
      break;
    case PatternKind::MatchMapping:
      pattern_mapping(static_cast<MatchMapping*>(p), st);
      break;
    case PatternKind::MatchClass:
      pattern_class(static_cast<MatchClass*>(p), st);
      break;
    case PatternKind::MatchStar: {  // only inside sequences, which check the count
      auto* s = static_cast<MatchStar*>(p);
      if (s->name.empty())
        emit(POP_TOP);
      else
        pattern_capture(s->name, st);
      break;
    }
    case PatternKind::MatchAs: {
      auto* a = static_cast<MatchAs*>(p);
      if (!a->pattern) {  // capture or wildcard: always matches
        if (!st.allow_irrefutable) {
          if (a->name.empty()) pattern_fail("wildcard makes remaining patterns unreachable");
          pattern_fail("name capture '" + a->name + "' makes remaining patterns unreachable");
        }
        if (a->name.empty())
          emit(POP_TOP);
        else
          pattern_capture(a->name, st);
        break;
      }
      // p as name: match a copy, then capture the original.
      emit(COPY, 1);
      st.pending++;
      compile_pattern(a->pattern, st);
      st.pending--;
      pattern_capture(a->name, st);
      break;
    }
    case PatternKind::MatchOr:
      pattern_or(static_cast<MatchOr*>(p), st);
      break;
  }
  depth_leave();
}

// An item of a sequence, mapping or class pattern: it may be irrefutable.
void Compiler::compile_subpattern(Pattern* p, PatternState& st) {
  bool saved = st.allow_irrefutable;
  st.allow_irrefutable = true;
  compile_pattern(p, st);
  st.allow_irrefutable = saved;
}

void Compiler::pattern_sequence(MatchSequence* p, PatternState& st) {
  const PatternList& pats = p->patterns;
  int size = int(pats.size());
  int star = -1;
  bool only_wildcards = true, star_wildcard = false;
  for (int i = 0; i < size; i++) {
    if (pats[size_t(i)]->kind == PatternKind::MatchStar) {
      if (star >= 0) pattern_fail("multiple starred names in sequence pattern");
      star = i;
      star_wildcard = is_wildcard(pats[size_t(i)]);
    }
    only_wildcards = only_wildcards && is_wildcard(pats[size_t(i)]);
  }
  int below = int(st.names.size()) + st.pending;  // items under the subject
  emit(MATCH_SEQUENCE);
  pattern_fail_if_false(st, below + 1);
  if (star < 0 || size > 1) {  // [*x] matches any length
    emit(GET_LEN);
    Object* n = rt::int_from_i64(star < 0 ? size : size - 1);
    if (!n) fail_pyerr();
    emit(LOAD_CONST, uint32_t(add_const(n, "i" + std::to_string(star < 0 ? size : size - 1))));
    emit(COMPARE_OP, uint32_t(star < 0 ? rt::CMP_EQ : rt::CMP_GE));
    pattern_fail_if_false(st, below + 1);
  }
  if (only_wildcards) {
    emit(POP_TOP);
    return;
  }
  if (star_wildcard) {
    // [a, *_, b]: subscript the items that matter; after the star at len(subject) - k
    // (the subject may not support negative indexes).
    st.pending++;
    for (int i = 0; i < size; i++) {
      Pattern* sub = pats[size_t(i)];
      if (is_wildcard(sub)) continue;
      int index = i < star ? i : size - i;
      emit(COPY, 1);
      if (i > star) emit(GET_LEN);
      Object* n = rt::int_from_i64(index);
      if (!n) fail_pyerr();
      emit(LOAD_CONST, uint32_t(add_const(n, "i" + std::to_string(index))));
      if (i > star) emit(BINARY_OP, uint32_t(rt::BINOP_SUB));
      emit(BINARY_SUBSCR);
      compile_subpattern(sub, st);
      u->line = p->lineno;
    }
    st.pending--;
    emit(POP_TOP);
    return;
  }
  // Unpack (UNPACK_EX with a named star): the first item ends up on top.
  if (star < 0)
    emit(UNPACK_SEQUENCE, uint32_t(size));
  else
    emit(UNPACK_EX, uint32_t(star) | (uint32_t(size - 1 - star) << 8));
  st.pending += size - 1;
  for (int i = 0; i < size; i++) {
    compile_subpattern(pats[size_t(i)], st);
    if (i + 1 < size) st.pending--;
  }
}

void Compiler::pattern_mapping(MatchMapping* p, PatternState& st) {
  size_t nkeys = p->keys.size();
  int below = int(st.names.size()) + st.pending;
  emit(MATCH_MAPPING);
  pattern_fail_if_false(st, below + 1);
  if (nkeys == 0 && p->rest.empty()) {  // {}: any mapping
    emit(POP_TOP);
    return;
  }
  if (nkeys > 0) {
    emit(GET_LEN);
    Object* n = rt::int_from_i64(ssize(nkeys));
    if (!n) fail_pyerr();
    emit(LOAD_CONST, uint32_t(add_const(n, "i" + std::to_string(nkeys))));
    emit(COMPARE_OP, uint32_t(rt::CMP_GE));
    pattern_fail_if_false(st, below + 1);
  }
  // The keys: literals (checked for duplicates here) and value patterns (at run time, by MATCH_KEYS).
  Ref seen(rt::set_new(nullptr));
  if (!seen.o) fail_pyerr();
  for (Expr* k : p->keys) {
    bool literal = k->kind == ExprKind::Constant || k->kind == ExprKind::UnaryOp || k->kind == ExprKind::BinOp;
    if (!literal && k->kind != ExprKind::Attribute)
      pattern_fail("mapping pattern keys may only match literals and attribute lookups");
    Ref folded;
    std::string key;
    if (literal && fold_constant(k, &folded, &key)) {
      int has = rt::set_contains(seen.o, folded.o);
      if (has < 0) fail_pyerr();
      if (has) {
        Ref r(rt::object_repr(folded.o));
        if (!r.o) fail_pyerr();
        pattern_fail("mapping pattern checks duplicate key (" + std::string(rt::str_view(r.o)) + ")");
      }
      if (rt::set_add(seen.o, folded.o) < 0) fail_pyerr();
    }
  }
  if (!p->rest.empty() && p->rest == "__debug__") pattern_fail("cannot assign to __debug__");
  for (Expr* k : p->keys) visit_expr(k);
  u->line = p->lineno;
  emit(BUILD_TUPLE, uint32_t(nkeys));
  emit(MATCH_KEYS);  // [subject, keys, values or None]
  emit(COPY, 1);
  emit(LOAD_CONST, uint32_t(const_none()));
  emit(IS_OP, 1);
  pattern_fail_if_false(st, below + 3);
  emit(UNPACK_SEQUENCE, uint32_t(nkeys));
  if (nkeys > 0) {
    st.pending += 2 + int(nkeys) - 1;  // the subject, the keys and the values below the first
    for (size_t i = 0; i < nkeys; i++) {
      compile_subpattern(p->patterns[i], st);
      if (i + 1 < nkeys) st.pending--;
    }
    st.pending -= 2;  // [subject, keys] are on top again
  }
  u->line = p->lineno;
  if (!p->rest.empty()) {
    emit(COPY_DICT_WITHOUT_KEYS);  // [subject, keys] -> [rest]
    pattern_capture(p->rest, st);
  } else {
    emit(POP_TOP);
    emit(POP_TOP);
  }
}

void Compiler::pattern_class(MatchClass* p, PatternState& st) {
  size_t npos = p->patterns.size(), nkw = p->kwd_attrs.size();
  for (size_t i = 0; i < nkw; i++) {
    const std::string& a = p->kwd_attrs[i];
    if (a == "__debug__") {
      pattern_loc_ = p->kwd_patterns[i];
      pattern_fail("cannot assign to __debug__");
    }
    for (size_t j = 0; j < i; j++) {
      if (p->kwd_attrs[j] == a) {
        pattern_loc_ = p->kwd_patterns[i];
        pattern_fail("attribute name repeated in class pattern: " + a);
      }
    }
  }
  int below = int(st.names.size()) + st.pending;
  visit_expr(p->cls);
  u->line = p->lineno;
  Ref attrs(rt::tuple_new(ssize(nkw)));
  if (!attrs.o) fail_pyerr();
  std::string key = "t";
  for (size_t i = 0; i < nkw; i++) rt::tuple_set_steal(attrs.o, ssize(i), rt::none_ref());
  for (size_t i = 0; i < nkw; i++) {
    Object* s = rt::str_from(p->kwd_attrs[i]);
    if (!s || !(s = rt::str_intern(s))) fail_pyerr();
    Object* old = rt::tuple_get(attrs.o, ssize(i));
    rt::tuple_set_steal(attrs.o, ssize(i), s);
    rt::decref(old);
    key += std::to_string(p->kwd_attrs[i].size() + 1) + ":s" + p->kwd_attrs[i];
  }
  emit(LOAD_CONST, uint32_t(add_const(attrs.release(), key)));
  emit(MATCH_CLASS, uint32_t(npos));  // [subject, cls, names] -> [attributes or None]
  emit(COPY, 1);
  emit(LOAD_CONST, uint32_t(const_none()));
  emit(IS_OP, 1);
  pattern_fail_if_false(st, below + 1);
  size_t n = npos + nkw;
  emit(UNPACK_SEQUENCE, uint32_t(n));
  if (n > 0) st.pending += int(n) - 1;
  for (size_t i = 0; i < n; i++) {
    compile_subpattern(i < npos ? p->patterns[i] : p->kwd_patterns[i - npos], st);
    if (i + 1 < n) st.pending--;
  }
}

void Compiler::pattern_or(MatchOr* p, PatternState& st) {
  int end = new_label();
  std::vector<std::string> control;
  size_t nalts = p->patterns.size();
  for (size_t i = 0; i < nalts; i++) {
    PatternState alt;
    alt.allow_irrefutable = i + 1 == nalts && st.allow_irrefutable;
    u->line = p->lineno;
    emit(COPY, 1);
    compile_pattern(p->patterns[i], alt);
    // Matched: [.., subject, captures of this alternative (alt.names[0] on top)].
    if (i == 0) {
      control = alt.names;
    } else {
      if (alt.names.size() != control.size()) pattern_fail("alternative patterns bind different names");
      // Reorder to the first alternative's order with transpositions of depths.
      std::vector<std::string> cur = alt.names;  // cur[d]: the name at depth d from the top
      for (size_t want = 0; want < control.size(); want++) {
        auto it = std::find(cur.begin(), cur.end(), control[want]);
        if (it == cur.end()) pattern_fail("alternative patterns bind different names");
        size_t have = size_t(it - cur.begin());
        if (have == want) continue;
        if (want == 0) {
          emit(SWAP, uint32_t(have + 1));
        } else {
          emit(SWAP, uint32_t(want + 1));
          emit(SWAP, uint32_t(have + 1));
          emit(SWAP, uint32_t(want + 1));
        }
        std::swap(cur[want], cur[have]);
      }
    }
    emit_jump(JUMP, end);
    pattern_emit_fail_pops(alt);  // a failed alternative is back at [.., subject]
  }
  // No alternative matched.
  u->line = p->lineno;
  emit(POP_TOP);
  emit_jump(JUMP, pattern_fail_label(st, int(st.names.size()) + st.pending));
  bind(end);
  // Move the captures beneath the subject, the pending items and the earlier captures.
  int k = int(control.size());
  int depth = k + st.pending + int(st.names.size());
  for (int i = 0; i < k; i++) {
    rotate_down(depth);
    const std::string& name = control[size_t(i)];
    if (std::find(st.names.begin(), st.names.end(), name) != st.names.end())
      pattern_fail("multiple assignments to name '" + name + "' in pattern");
    st.names.push_back(name);
  }
  emit(POP_TOP);  // the subject
}

void Compiler::compile_match(Match* m) {
  visit_expr(m->subject);
  int end = new_label();
  size_t ncases = m->cases.size();
  for (size_t i = 0; i < ncases; i++) {
    MatchCase* c = m->cases[i];
    bool last = i + 1 == ncases;
    u->line = c->pattern->lineno;
    if (!last) emit(COPY, 1);
    PatternState st;
    st.allow_irrefutable = c->guard != nullptr || last;
    compile_pattern(c->pattern, st);
    // Matched: bind the names (names[0]'s value is on top), then try the guard.
    u->line = c->pattern->lineno;
    for (const std::string& n : st.names) nameop(n, ExprContext::Store);
    if (c->guard) jump_if(c->guard, pattern_fail_label(st, 0), false);
    if (!last) emit(POP_TOP);  // the subject
    visit_stmts(c->body);
    emit_jump(JUMP, end);
    u->line = c->pattern->lineno;
    pattern_emit_fail_pops(st);
  }
  bind(end);
}

}  // namespace interp

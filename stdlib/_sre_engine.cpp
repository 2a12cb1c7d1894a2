// The _sre opcode interpreter: runs the code list re._compiler produced
// against a subject of fixed-width characters (docs/sre.md).
//
// Subjects.  The engine sees an array of characters indexed from 0 (the real
// beginning of the string, which `^`, `\b` and look-behinds may look at even
// when the match starts at pos) up to st.end (endpos): uint8_t for bytes,
// buffers and ASCII / Latin-1 str, uint32_t for other str (decoded once per
// subject by _sre_state.cpp).  Positions are indexes, so group spans are code
// point indexes as Python wants them.  One template, Engine<Ch>, serves both.
//
// Backtracking without C recursion.  A match is a stack of frames
// (st.frames).  A frame runs opcodes from its pc; where the pattern offers a
// choice (BRANCH, the REPEAT_ONE family, REPEAT/MAX_UNTIL/MIN_UNTIL) or a
// sub-match whose result decides what follows (assertions, atomic groups,
// possessive repeats), the frame records what it was doing (`resume`) and
// pushes a child frame that runs the rest of the pattern from there.  The
// child ends in SUCCESS (the whole remaining pattern matched: success travels
// down the stack) or fails (the parent resumes and tries its next choice).
// A child started by an assertion, an atomic group or a possessive repeat
// ends at the SUCCESS closing that sub-pattern (`toplevel` 0), and its parent
// then continues with what follows.  So the C stack never grows with the
// subject: `(a|b)*c` over a megabyte uses heap frames (about two per
// repetition), and a memory failure becomes MemoryError.
//
// Group marks.  st.mark[2g], st.mark[2g+1] hold where group g+1 started and
// ended (-1: not set); only entries up to st.lastmark are valid, and
// st.lastindex is the last group closed.  A choice point saves
// (lastmark, lastindex) and restores them when a choice fails; inside a
// REPEAT (where the same MARK runs again) it also saves the mark values
// themselves on st.data_stack.  These save points are CPython 3.11's exactly,
// because they decide which groups a failed path leaves behind and scripts
// can see that (`re.match(r'(?:(a)c|a)*+', 'acad').span(1)` is (2, 3) on 3.11).
//
// Invariants: every frame that pushes on st.data_stack or st.repeats pops
// what it pushed before it returns, on success and on failure, so a child
// always returns to a parent whose saved entries are on top; a REPEAT's
// record lives exactly as long as the REPEAT's frame; code offsets were
// checked by validate(), so the engine follows them without bounds checks.
//
// Ctrl-C.  Like CPython, a match holds the GIL from start to end (no thread
// switch inside one), but every 4096 steps it looks for a pending SIGINT and
// stops with KeyboardInterrupt (ERR_INTERRUPTED), so a catastrophic pattern
// can be interrupted.
#include <cctype>
#include <cstring>
#include <new>

#include "runtime/threads/gil.h"
#include "runtime/text/unicode.h"
#include "_sre.h"

namespace stdlib::sre {

// ---- case mappings and classes ------------------------------------------------------------
uint32_t lower_unicode(uint32_t ch) {
  if (ch < 128) return lower_ascii(ch);
  uint32_t out[3];
  rt::uni::to_lower(ch, out);
  return out[0];
}

uint32_t upper_unicode(uint32_t ch) {
  if (ch < 128) return ch - 'a' < 26 ? ch - 32 : ch;
  uint32_t out[3];
  rt::uni::to_upper(ch, out);
  return out[0];
}

bool unicode_iscased(uint32_t ch) { return ch != lower_unicode(ch) || ch != upper_unicode(ch); }

namespace {

// The C library's locale functions for the LOCALE flag (bytes patterns only).
inline uint32_t lower_locale(uint32_t ch) { return ch < 256 ? uint32_t(std::tolower(int(ch))) : ch; }
inline uint32_t upper_locale(uint32_t ch) { return ch < 256 ? uint32_t(std::toupper(int(ch))) : ch; }
inline bool char_loc_ignore(code_t pattern, uint32_t ch) {
  return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
}

inline bool is_ascii_digit(uint32_t ch) { return ch - '0' < 10; }
inline bool is_ascii_space(uint32_t ch) { return ch == ' ' || (ch >= 9 && ch <= 13); }
inline bool is_ascii_word(uint32_t ch) { return ch < 128 && (((ch | 32) - 'a' < 26) || ch - '0' < 10 || ch == '_'); }
inline bool is_loc_word(uint32_t ch) { return (ch < 256 && std::isalnum(int(ch))) || ch == '_'; }
inline bool is_uni_word(uint32_t ch) { return ch == '_' || rt::uni::is_alnum(ch); }
// str.splitlines() boundaries.
inline bool is_uni_linebreak(uint32_t ch) {
  return (ch >= 10 && ch <= 13) || (ch >= 0x1c && ch <= 0x1e) || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
}

bool category(code_t cat, uint32_t ch) {
  switch (cat) {
    case CAT_DIGIT: return is_ascii_digit(ch);
    case CAT_NOT_DIGIT: return !is_ascii_digit(ch);
    case CAT_SPACE: return is_ascii_space(ch);
    case CAT_NOT_SPACE: return !is_ascii_space(ch);
    case CAT_WORD: return is_ascii_word(ch);
    case CAT_NOT_WORD: return !is_ascii_word(ch);
    case CAT_LINEBREAK: return ch == '\n';
    case CAT_NOT_LINEBREAK: return ch != '\n';
    case CAT_LOC_WORD: return is_loc_word(ch);
    case CAT_LOC_NOT_WORD: return !is_loc_word(ch);
    case CAT_UNI_DIGIT: return rt::uni::is_decimal(ch);
    case CAT_UNI_NOT_DIGIT: return !rt::uni::is_decimal(ch);
    case CAT_UNI_SPACE: return rt::uni::is_space(ch);
    case CAT_UNI_NOT_SPACE: return !rt::uni::is_space(ch);
    case CAT_UNI_WORD: return is_uni_word(ch);
    case CAT_UNI_NOT_WORD: return !is_uni_word(ch);
    case CAT_UNI_LINEBREAK: return is_uni_linebreak(ch);
    case CAT_UNI_NOT_LINEBREAK: return !is_uni_linebreak(ch);
  }
  return false;
}

// Is ch in the set that starts at `set` and ends with FAILURE?
bool in_charset(const code_t* set, uint32_t ch) {
  bool ok = true;
  for (;;) {
    switch (*set++) {
      case OP_FAILURE:
        return !ok;
      case OP_LITERAL:
        if (ch == set[0]) return ok;
        set += 1;
        break;
      case OP_CATEGORY:
        if (category(set[0], ch)) return ok;
        set += 1;
        break;
      case OP_CHARSET:  // a 256-bit map
        if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31)))) return ok;
        set += 8;
        break;
      case OP_RANGE:
        if (set[0] <= ch && ch <= set[1]) return ok;
        set += 2;
        break;
      case OP_RANGE_UNI_IGNORE: {  // ch is already lower case
        if (set[0] <= ch && ch <= set[1]) return ok;
        uint32_t up = upper_unicode(ch);
        if (set[0] <= up && up <= set[1]) return ok;
        set += 2;
        break;
      }
      case OP_NEGATE:
        ok = !ok;
        break;
      case OP_BIGCHARSET: {
        // <count> <256 block numbers, one byte each, in 64 words> <count blocks of 256 bits>
        code_t nblocks = *set++;
        if (ch < 0x10000) {
          unsigned block = reinterpret_cast<const unsigned char*>(set)[ch >> 8];
          const code_t* bits = set + 64 + block * 8;
          if (bits[(ch & 255) >> 5] & (1u << (ch & 31))) return ok;
        }
        set += 64 + nblocks * 8;
        break;
      }
      default:
        return false;  // not reached: validate() accepts only the cases above
    }
  }
}

bool in_charset_loc_ignore(const code_t* set, uint32_t ch) {
  uint32_t lo = lower_locale(ch);
  if (in_charset(set, lo)) return true;
  uint32_t up = upper_locale(ch);
  return up != lo && in_charset(set, up);
}

// Does the one-character opcode at op accept ch?
bool accepts(const code_t* op, uint32_t ch) {
  switch (op[0]) {
    case OP_ANY: return ch != '\n';
    case OP_ANY_ALL: return true;
    case OP_LITERAL: return ch == op[1];
    case OP_NOT_LITERAL: return ch != op[1];
    case OP_LITERAL_IGNORE: return lower_ascii(ch) == op[1];
    case OP_NOT_LITERAL_IGNORE: return lower_ascii(ch) != op[1];
    case OP_LITERAL_UNI_IGNORE: return lower_unicode(ch) == op[1];
    case OP_NOT_LITERAL_UNI_IGNORE: return lower_unicode(ch) != op[1];
    case OP_LITERAL_LOC_IGNORE: return char_loc_ignore(op[1], ch);
    case OP_NOT_LITERAL_LOC_IGNORE: return !char_loc_ignore(op[1], ch);
    case OP_IN: return in_charset(op + 2, ch);
    case OP_IN_IGNORE: return in_charset(op + 2, lower_ascii(ch));
    case OP_IN_UNI_IGNORE: return in_charset(op + 2, lower_unicode(ch));
    case OP_IN_LOC_IGNORE: return in_charset_loc_ignore(op + 2, ch);
    case OP_CATEGORY: return category(op[1], ch);
  }
  return false;
}

}  // namespace

SetMaps* build_setmaps(const code_t* code, ssize n, const std::vector<SetRef>& sets) {
  SetMaps* m = nullptr;
  for (const SetRef& r : sets) {
    if (r.op == OP_IN_LOC_IGNORE) continue;  // depends on the locale when it runs
    if (!m) {
      m = new SetMaps;
      m->at.assign(size_t(n), -1);
    }
    if (m->at[size_t(r.start)] >= 0) continue;
    m->at[size_t(r.start)] = int32_t(m->bits.size() / 8);
    size_t base = m->bits.size();
    m->bits.resize(base + 8, 0);
    const code_t* set = code + r.start;
    for (uint32_t ch = 0; ch < 256; ch++) {
      uint32_t c = r.op == OP_IN_IGNORE ? lower_ascii(ch) : r.op == OP_IN_UNI_IGNORE ? lower_unicode(ch) : ch;
      if (in_charset(set, c)) m->bits[base + (ch >> 5)] |= 1u << (ch & 31);
    }
  }
  return m;
}

namespace {

// Where a frame goes on when its child returns.
enum Resume : uint8_t {
  RS_TOP, RS_BRANCH, RS_REPEAT_ONE_LIT, RS_REPEAT_ONE, RS_MIN_REPEAT_ONE, RS_REPEAT, RS_MAX_UNTIL_1,
  RS_MAX_UNTIL_2, RS_MAX_UNTIL_3, RS_MIN_UNTIL_1, RS_MIN_UNTIL_2, RS_MIN_UNTIL_3, RS_ASSERT, RS_ASSERT_NOT,
  RS_ATOMIC, RS_POSS_1, RS_POSS_2,
};

// A pending Ctrl-C for this (main) thread: raise KeyboardInterrupt.
bool interrupted() {
  rt::ThreadState* ts = rt::tstate();
  return rt::gil::sigint_pending_for(ts) && rt::gil::take_sigint(ts);
}

inline bool is_set_op(code_t op) {
  return op == OP_IN || op == OP_IN_IGNORE || op == OP_IN_UNI_IGNORE || op == OP_IN_LOC_IGNORE;
}

template <class Ch>
struct Engine {
  State& st;
  const code_t* code;
  const SetMaps* sm;
  const Ch* s;

  Engine(State& state, const PatternObject* p)
      : st(state), code(p->code), sm(p->setmaps), s(static_cast<const Ch*>(state.data)) {}

  // Does the set that starts at code[setpos] (owned by the IN-family op at
  // setpos - 2) accept ch?  One bit for characters below 256.
  bool in_set(uint32_t setpos, uint32_t ch) const {
    if (ch < 256 && sm && sm->has(setpos)) return sm->test(setpos, ch);
    return accepts(code + setpos - 2, ch);
  }
  // Does the one-character op at code[ip] accept ch?
  bool one(uint32_t ip, uint32_t ch) const {
    if (is_set_op(code[ip])) return in_set(ip + 2, ch);
    return accepts(code + ip, ch);
  }

  // ---- saving marks on the data stack (CPython's MARK_PUSH / MARK_POP*) ----
  void mark_push(int32_t lastmark) {
    if (lastmark >= 0) st.data_stack.insert(st.data_stack.end(), st.mark.begin(), st.mark.begin() + lastmark + 1);
  }
  void mark_restore(int32_t lastmark) {  // copy back, keep them saved
    if (lastmark >= 0) {
      size_t n = size_t(lastmark) + 1;
      std::memcpy(st.mark.data(), st.data_stack.data() + st.data_stack.size() - n, n * sizeof(ssize));
    }
  }
  void mark_discard(int32_t lastmark) {
    if (lastmark >= 0) st.data_stack.resize(st.data_stack.size() - size_t(lastmark) - 1);
  }
  void mark_pop(int32_t lastmark) {
    mark_restore(lastmark);
    mark_discard(lastmark);
  }
  void lastmark_save(Frame* f) {
    f->lastmark = st.lastmark;
    f->lastindex = st.lastindex;
  }
  void lastmark_restore(const Frame* f) {
    st.lastmark = f->lastmark;
    st.lastindex = f->lastindex;
  }

  // \b (boundary) or \B at ptr, with `word` saying which characters are word characters.
  template <bool (*word)(uint32_t)>
  bool boundary(ssize ptr, bool at_boundary) const {
    if (st.end == 0) return false;
    bool thatp = ptr > 0 && word(s[ptr - 1]);
    bool thisp = ptr < st.end && word(s[ptr]);
    return at_boundary ? thisp != thatp : thisp == thatp;
  }

  bool at(ssize ptr, code_t atcode) const {
    ssize end = st.end;
    switch (atcode) {
      case AT_BEGINNING:
      case AT_BEGINNING_STRING:
        return ptr == 0;
      case AT_BEGINNING_LINE:
        return ptr == 0 || s[ptr - 1] == '\n';
      case AT_END:
        return (ptr + 1 == end && s[ptr] == '\n') || ptr == end;
      case AT_END_LINE:  // (ptr may sit past end when pos > endpos: then it is no line end)
        return ptr == end || (ptr < st.length && s[ptr] == '\n');
      case AT_END_STRING:
        return ptr == end;
      case AT_BOUNDARY:
      case AT_NON_BOUNDARY:
        return boundary<is_ascii_word>(ptr, atcode == AT_BOUNDARY);
      case AT_LOC_BOUNDARY:
      case AT_LOC_NON_BOUNDARY:
        return boundary<is_loc_word>(ptr, atcode == AT_LOC_BOUNDARY);
      case AT_UNI_BOUNDARY:
      case AT_UNI_NON_BOUNDARY:
        return boundary<is_uni_word>(ptr, atcode == AT_UNI_BOUNDARY);
    }
    return false;
  }

  // How many times (up to maxcount) the one-character item at code[ip]
  // matches from st.ptr on.  No frames: REPEAT_ONE and friends count first
  // and then step back one character at a time.
  ssize count(uint32_t ip, ssize maxcount) const {
    ssize ptr = st.ptr, end = st.end;
    if (maxcount < end - ptr && maxcount != ssize(MAXREPEAT)) end = ptr + maxcount;
    const code_t* op = code + ip;
    if (is_set_op(op[0]) && sm && sm->has(ip + 2)) {  // byte-sized characters: one bit each
      while (ptr < end && (s[ptr] < 256 ? sm->test(ip + 2, s[ptr]) : accepts(op, s[ptr]))) ptr++;
      return ptr - st.ptr;
    }
    switch (op[0]) {
      case OP_IN:
        while (ptr < end && in_charset(op + 2, s[ptr])) ptr++;
        break;
      case OP_ANY:
        if constexpr (sizeof(Ch) == 1) {
          if (ptr < end) {
            const void* nl = std::memchr(s + ptr, '\n', size_t(end - ptr));
            ptr = nl ? static_cast<const Ch*>(nl) - s : end;
          }
        } else {
          while (ptr < end && s[ptr] != '\n') ptr++;
        }
        break;
      case OP_ANY_ALL:
        if (end > ptr) ptr = end;
        break;
      case OP_LITERAL: {
        code_t c = op[1];
        while (ptr < end && code_t(s[ptr]) == c) ptr++;
        break;
      }
      case OP_NOT_LITERAL: {
        code_t c = op[1];
        while (ptr < end && code_t(s[ptr]) != c) ptr++;
        break;
      }
      default:
        while (ptr < end && accepts(op, s[ptr])) ptr++;
        break;
    }
    return ptr - st.ptr;
  }

  // The next position >= ptr before end holding c, or -1.
  ssize find_char(ssize ptr, ssize end, code_t c) const {
    if constexpr (sizeof(Ch) == 1) {
      if (c > 255 || ptr >= end) return -1;
      const void* p = std::memchr(s + ptr, int(c), size_t(end - ptr));
      return p ? static_cast<const Ch*>(p) - s : -1;
    } else {
      for (; ptr < end; ptr++)
        if (s[ptr] == c) return ptr;
      return -1;
    }
  }

  // The one-character opcode every match from pc must begin with (past
  // MARKs, or the item of a REPEAT_ONE that needs at least one), or -1.
  int32_t first_char_op(uint32_t pc) const {
    while (code[pc] == OP_MARK) pc += 2;
    switch (code[pc]) {
      case OP_REPEAT_ONE:
      case OP_MIN_REPEAT_ONE:
      case OP_POSSESSIVE_REPEAT_ONE:
        if (code[pc + 2] == 0) return -1;
        pc += 4;
        break;
    }
    switch (code[pc]) {
      case OP_LITERAL: case OP_NOT_LITERAL: case OP_ANY:
      case OP_LITERAL_IGNORE: case OP_NOT_LITERAL_IGNORE:
      case OP_LITERAL_UNI_IGNORE: case OP_NOT_LITERAL_UNI_IGNORE:
      case OP_LITERAL_LOC_IGNORE: case OP_NOT_LITERAL_LOC_IGNORE:
      case OP_IN: case OP_IN_IGNORE: case OP_IN_UNI_IGNORE: case OP_IN_LOC_IGNORE:
      case OP_CATEGORY:
        return int32_t(pc);
    }
    return -1;
  }

  ssize match(uint32_t pc0, bool toplevel0);
  ssize search();
};

// Run the code from pc0 at st.ptr.  Returns 1 (st.ptr: where the match
// ended), 0, or an error status.
template <class Ch>
ssize Engine<Ch>::match(uint32_t pc0, bool toplevel0) {
  // The frames live in st.frames; `top` counts the ones in use.  Pushing
  // writes only the fields the handlers read back (no zeroing: a frame's
  // other fields are set by its opcode before any use).
  std::vector<Frame>& F = st.frames;
  if (F.size() < 16) F.resize(16);
  Frame* base = F.data();
  size_t top = 0;
  st.data_stack.clear();
  st.repeats.clear();
  st.repeat = -1;
  const ssize end = st.end;
  ssize ret = 0;
  uint32_t pc;
  ssize ptr;
  Frame* f;

  f = base + top++;
  f->pc = pc0;
  f->toplevel = toplevel0;
  f->resume = RS_TOP;

// The frame f waits (resume R) for a child frame running from `target` at st.ptr.
#define SRE_CALL(R, target, tl)       \
  do {                                \
    uint32_t target_ = (target);      \
    uint8_t top_ = (tl);              \
    f->resume = (R);                  \
    if (top == F.size()) {            \
      F.resize(top * 2);              \
      base = F.data();                \
    }                                 \
    f = base + top++;                 \
    f->pc = target_;                  \
    f->toplevel = top_;               \
    goto entry;                       \
  } while (0)

entry:
  pc = f->pc;
  ptr = st.ptr;
  if (code[pc] == OP_INFO) {
    // <INFO> <skip> <flags> <min> ...: too few characters left for the minimum width
    if (code[pc + 3] && size_t(end - ptr) < code[pc + 3]) goto failure;
    pc += code[pc + 1] + 1;
  }

dispatch:
  for (;;) {
    if (__builtin_expect((++st.sigcount & 0xfff) == 0, 0) && interrupted()) return ERR_INTERRUPTED;
    const code_t* p = code + pc;
    switch (p[0]) {
      case OP_MARK: {
        int32_t i = int32_t(p[1]);
        if (i & 1) st.lastindex = i / 2 + 1;
        if (i > st.lastmark) {
          for (int32_t j = st.lastmark + 1; j < i; j++) st.mark[size_t(j)] = -1;
          st.lastmark = i;
        }
        st.mark[size_t(i)] = ptr;
        pc += 2;
        continue;
      }
      case OP_LITERAL:
        if (ptr >= end || code_t(s[ptr]) != p[1]) goto failure;
        ptr++;
        pc += 2;
        continue;
      case OP_NOT_LITERAL:
        if (ptr >= end || code_t(s[ptr]) == p[1]) goto failure;
        ptr++;
        pc += 2;
        continue;
      case OP_SUCCESS:
        if (f->toplevel && ((st.match_all && ptr != end) || (st.must_advance && ptr == st.start))) goto failure;
        st.ptr = ptr;
        goto success;
      case OP_AT:
        if (!at(ptr, p[1])) goto failure;
        pc += 2;
        continue;
      case OP_CATEGORY:
      case OP_LITERAL_IGNORE:
      case OP_NOT_LITERAL_IGNORE:
      case OP_LITERAL_UNI_IGNORE:
      case OP_NOT_LITERAL_UNI_IGNORE:
      case OP_LITERAL_LOC_IGNORE:
      case OP_NOT_LITERAL_LOC_IGNORE:
        if (ptr >= end || !accepts(p, s[ptr])) goto failure;
        ptr++;
        pc += 2;
        continue;
      case OP_ANY:
        if (ptr >= end || s[ptr] == '\n') goto failure;
        ptr++;
        pc += 1;
        continue;
      case OP_ANY_ALL:
        if (ptr >= end) goto failure;
        ptr++;
        pc += 1;
        continue;
      case OP_IN:
      case OP_IN_IGNORE:
      case OP_IN_UNI_IGNORE:
      case OP_IN_LOC_IGNORE:
        if (ptr >= end || !in_set(pc + 2, s[ptr])) goto failure;
        ptr++;
        pc += 1 + p[1];
        continue;
      case OP_JUMP:
      case OP_INFO:
        pc += 1 + p[1];
        continue;
      case OP_FAILURE:
        goto failure;

      case OP_BRANCH:
        // <BRANCH> <skip> alternative <JUMP> <skip> ... 0: try each alternative in turn
        lastmark_save(f);
        f->pushed = st.repeat >= 0;
        if (f->pushed) mark_push(f->lastmark);
        f->ptr = ptr;
        f->pc = pc + 1;
        goto branch_next;

      case OP_REPEAT_ONE: {
        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: take as many items as
        // possible, then give them back one by one until the tail matches
        if (ssize(p[2]) > end - ptr) goto failure;
        st.ptr = ptr;
        ssize c = count(pc + 4, ssize(p[3]));
        ptr += c;
        if (c < ssize(p[2])) goto failure;
        uint32_t tail = pc + 1 + p[1];
        if (code[tail] == OP_SUCCESS && ptr == st.end && !(f->toplevel && st.must_advance && ptr == st.start)) {
          st.ptr = ptr;  // nothing follows: done
          goto success;
        }
        lastmark_save(f);
        f->pushed = st.repeat >= 0;
        if (f->pushed) mark_push(f->lastmark);
        f->count = c;
        f->pc = pc;
        if (code[tail] == OP_LITERAL) {  // skip positions where the tail's first character is not
          f->chr = code[tail + 1];
          goto repeat_one_lit;
        }
        goto repeat_one;
      }

      case OP_MIN_REPEAT_ONE: {
        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: the fewest items first
        if (ssize(p[2]) > end - ptr) goto failure;
        st.ptr = ptr;
        ssize c = 0;
        if (p[2] != 0) {
          c = count(pc + 4, ssize(p[2]));
          if (c < ssize(p[2])) goto failure;
          ptr += c;
        }
        uint32_t tail = pc + 1 + p[1];
        if (code[tail] == OP_SUCCESS &&
            !(f->toplevel && ((st.match_all && ptr != st.end) || (st.must_advance && ptr == st.start)))) {
          st.ptr = ptr;
          goto success;
        }
        lastmark_save(f);
        f->pushed = st.repeat >= 0;
        if (f->pushed) mark_push(f->lastmark);
        f->count = c;
        f->pc = pc;
        goto min_repeat_one;
      }

      case OP_POSSESSIVE_REPEAT_ONE: {
        // <POSSESSIVE_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: as many as possible, never given back
        if (ssize(p[2]) > end - ptr) goto failure;
        st.ptr = ptr;
        ssize c = count(pc + 4, ssize(p[3]));
        ptr += c;
        if (c < ssize(p[2])) goto failure;
        pc += 1 + p[1];
        continue;
      }

      case OP_REPEAT:
        // <REPEAT> <skip> <min> <max> item <MAX_UNTIL or MIN_UNTIL> tail: a loop record,
        // then the UNTIL decides each time whether to run the item again or the tail
        st.repeats.push_back(Repeat{-1, -1, pc + 1, st.repeat});
        st.repeat = int32_t(st.repeats.size()) - 1;
        f->rep = st.repeat;
        st.ptr = ptr;
        f->ptr = ptr;
        SRE_CALL(RS_REPEAT, pc + 1 + p[1], f->toplevel);

      case OP_MAX_UNTIL: {
        int32_t r = st.repeat;
        if (r < 0) return ERR_STATE;
        Repeat& rp = st.repeats[size_t(r)];
        const code_t* rpat = code + rp.pc;  // <skip> <min> <max> item
        st.ptr = ptr;
        f->count = rp.count + 1;
        f->rep = r;
        f->ptr = ptr;
        f->pc = pc;
        if (f->count < ssize(rpat[1])) {  // not enough items yet
          rp.count = f->count;
          SRE_CALL(RS_MAX_UNTIL_1, rp.pc + 3, f->toplevel);
        }
        if ((f->count < ssize(rpat[2]) || rpat[2] == MAXREPEAT) && st.ptr != rp.last_ptr) {
          // one more item if possible (not again at the same place: an empty item would loop)
          rp.count = f->count;
          lastmark_save(f);
          mark_push(f->lastmark);
          st.data_stack.push_back(rp.last_ptr);
          rp.last_ptr = st.ptr;
          SRE_CALL(RS_MAX_UNTIL_2, rp.pc + 3, f->toplevel);
        }
        goto max_until_tail;
      }

      case OP_MIN_UNTIL: {
        int32_t r = st.repeat;
        if (r < 0) return ERR_STATE;
        Repeat& rp = st.repeats[size_t(r)];
        const code_t* rpat = code + rp.pc;
        st.ptr = ptr;
        f->count = rp.count + 1;
        f->rep = r;
        f->ptr = ptr;
        f->pc = pc;
        if (f->count < ssize(rpat[1])) {
          rp.count = f->count;
          SRE_CALL(RS_MIN_UNTIL_1, rp.pc + 3, f->toplevel);
        }
        // the tail first
        st.repeat = rp.prev;
        lastmark_save(f);
        f->pushed = st.repeat >= 0;
        if (f->pushed) mark_push(f->lastmark);
        SRE_CALL(RS_MIN_UNTIL_2, pc + 1, f->toplevel);
      }

      case OP_POSSESSIVE_REPEAT:
        // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail: each item atomic, no way back
        st.ptr = ptr;
        f->ptr = ptr;
        f->pc = pc;
        f->count = 0;
        goto poss_min;

      case OP_ATOMIC_GROUP:
        // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
        st.ptr = ptr;
        f->ptr = ptr;
        f->pc = pc;
        SRE_CALL(RS_ATOMIC, pc + 2, 0);

      case OP_GROUPREF:
      case OP_GROUPREF_IGNORE:
      case OP_GROUPREF_UNI_IGNORE:
      case OP_GROUPREF_LOC_IGNORE: {
        ssize g = ssize(p[1]) * 2;
        if (g >= st.lastmark) goto failure;
        ssize b = st.mark[size_t(g)], e = st.mark[size_t(g) + 1];
        if (b < 0 || e < 0 || e < b) goto failure;
        code_t op = p[0];
        for (; b < e; b++, ptr++) {
          if (ptr >= end) goto failure;
          uint32_t x = s[ptr], y = s[b];
          if (op == OP_GROUPREF ? x != y
              : op == OP_GROUPREF_IGNORE ? lower_ascii(x) != lower_ascii(y)
              : op == OP_GROUPREF_UNI_IGNORE ? lower_unicode(x) != lower_unicode(y)
                                             : lower_locale(x) != lower_locale(y))
            goto failure;
        }
        pc += 2;
        continue;
      }

      case OP_GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]
        ssize g = ssize(p[1]) * 2;
        if (g >= st.lastmark || st.mark[size_t(g)] < 0 || st.mark[size_t(g) + 1] < 0 ||
            st.mark[size_t(g) + 1] < st.mark[size_t(g)])
          pc += 1 + p[2];
        else
          pc += 3;
        continue;
      }

      case OP_ASSERT:
        // <ASSERT> <skip> <back> pattern <SUCCESS> tail (back > 0: a look-behind)
        if (ptr < ssize(p[2])) goto failure;
        st.ptr = ptr - ssize(p[2]);
        f->ptr = ptr;
        f->pc = pc;
        SRE_CALL(RS_ASSERT, pc + 3, 0);

      case OP_ASSERT_NOT:
        if (ptr >= ssize(p[2])) {
          st.ptr = ptr - ssize(p[2]);
          lastmark_save(f);
          f->pushed = st.repeat >= 0;
          if (f->pushed) mark_push(f->lastmark);
          f->ptr = ptr;
          f->pc = pc;
          SRE_CALL(RS_ASSERT_NOT, pc + 3, 0);
        }
        pc += 1 + p[1];
        continue;

      default:
        return ERR_ILLEGAL;
    }
  }

branch_next:
  // f is a BRANCH frame; f->pc is the <skip> word of the next alternative.
  for (;;) {
    uint32_t alt = f->pc;
    code_t skip = code[alt];
    if (skip == 0) {
      if (f->pushed) mark_discard(f->lastmark);
      goto failure;
    }
    // cheap checks of an alternative's first character
    if (code[alt + 1] == OP_LITERAL && (ptr >= end || code_t(s[ptr]) != code[alt + 2])) {
      f->pc = alt + skip;
      continue;
    }
    if (code[alt + 1] == OP_IN && (ptr >= end || !in_set(alt + 3, s[ptr]))) {
      f->pc = alt + skip;
      continue;
    }
    st.ptr = ptr;
    SRE_CALL(RS_BRANCH, alt + 1, f->toplevel);
  }

repeat_one_lit: {
  const code_t* p = code + f->pc;
  ssize mn = ssize(p[2]);
  while (f->count >= mn && (ptr >= end || code_t(s[ptr]) != f->chr)) {
    ptr--;
    f->count--;
  }
  if (f->count >= mn) {
    st.ptr = ptr;
    f->ptr = ptr;
    SRE_CALL(RS_REPEAT_ONE_LIT, f->pc + 1 + p[1], f->toplevel);
  }
  if (f->pushed) mark_discard(f->lastmark);
  goto failure;
}

repeat_one: {
  const code_t* p = code + f->pc;
  if (f->count >= ssize(p[2])) {
    st.ptr = ptr;
    f->ptr = ptr;
    SRE_CALL(RS_REPEAT_ONE, f->pc + 1 + p[1], f->toplevel);
  }
  if (f->pushed) mark_discard(f->lastmark);
  goto failure;
}

min_repeat_one: {
  const code_t* p = code + f->pc;
  if (p[3] == MAXREPEAT || f->count <= ssize(p[3])) {
    st.ptr = ptr;
    f->ptr = ptr;
    SRE_CALL(RS_MIN_REPEAT_ONE, f->pc + 1 + p[1], f->toplevel);
  }
  if (f->pushed) mark_discard(f->lastmark);
  goto failure;
}

max_until_tail:
  // no more items here: the tail, outside this loop
  st.repeat = st.repeats[size_t(f->rep)].prev;
  SRE_CALL(RS_MAX_UNTIL_3, f->pc + 1, f->toplevel);

poss_min:
  if (f->count < ssize(code[f->pc + 2])) SRE_CALL(RS_POSS_1, f->pc + 4, 0);
  f->aux = -1;  // where the last item started: none yet
  goto poss_more;

poss_more: {
  code_t mx = code[f->pc + 3];
  if ((f->count < ssize(mx) || mx == MAXREPEAT) && st.ptr != f->aux) {
    lastmark_save(f);
    mark_push(f->lastmark);
    f->aux = st.ptr;
    SRE_CALL(RS_POSS_2, f->pc + 4, 0);
  }
  goto poss_done;
}

poss_done:
  pc = f->pc + 1 + code[f->pc + 1] + 1;
  ptr = st.ptr;
  goto dispatch;

failure:
  ret = 0;
  goto unwind;
success:
  ret = 1;
unwind:
  if (--top == 0) return ret;
  f = base + top - 1;
  ptr = f->ptr;
  switch (f->resume) {
    case RS_BRANCH:
      if (ret) {
        if (f->pushed) mark_discard(f->lastmark);
        goto success;
      }
      if (f->pushed) mark_restore(f->lastmark);
      lastmark_restore(f);
      f->pc += code[f->pc];
      goto branch_next;

    case RS_REPEAT_ONE_LIT:
    case RS_REPEAT_ONE:
      if (ret) {
        if (f->pushed) mark_discard(f->lastmark);
        goto success;
      }
      if (f->pushed) mark_restore(f->lastmark);
      lastmark_restore(f);
      ptr--;
      f->count--;
      if (f->resume == RS_REPEAT_ONE_LIT) goto repeat_one_lit;
      goto repeat_one;

    case RS_MIN_REPEAT_ONE:
      if (ret) {
        if (f->pushed) mark_discard(f->lastmark);
        goto success;
      }
      if (f->pushed) mark_restore(f->lastmark);
      lastmark_restore(f);
      st.ptr = ptr;
      if (count(f->pc + 4, 1) == 0) {
        if (f->pushed) mark_discard(f->lastmark);
        goto failure;
      }
      ptr++;
      f->count++;
      goto min_repeat_one;

    case RS_REPEAT:
      st.repeat = st.repeats[size_t(f->rep)].prev;
      st.repeats.pop_back();
      if (ret) goto success;
      goto failure;

    case RS_MAX_UNTIL_1:
    case RS_MIN_UNTIL_1:
      if (ret) goto success;
      st.repeats[size_t(f->rep)].count = f->count - 1;
      st.ptr = ptr;
      goto failure;

    case RS_MAX_UNTIL_2: {
      Repeat& rp = st.repeats[size_t(f->rep)];
      rp.last_ptr = st.data_stack.back();
      st.data_stack.pop_back();
      if (ret) {
        mark_discard(f->lastmark);
        goto success;
      }
      mark_pop(f->lastmark);
      lastmark_restore(f);
      rp.count = f->count - 1;
      st.ptr = ptr;
      goto max_until_tail;
    }

    case RS_MAX_UNTIL_3:
      st.repeat = f->rep;
      if (ret) goto success;
      st.ptr = ptr;
      goto failure;

    case RS_MIN_UNTIL_2: {
      st.repeat = f->rep;
      if (ret) {
        if (f->pushed) mark_discard(f->lastmark);
        goto success;
      }
      if (f->pushed) mark_pop(f->lastmark);
      lastmark_restore(f);
      st.ptr = ptr;
      Repeat& rp = st.repeats[size_t(f->rep)];
      code_t mx = code[rp.pc + 2];
      if ((f->count >= ssize(mx) && mx != MAXREPEAT) || st.ptr == rp.last_ptr) goto failure;
      // the tail failed: one more item
      rp.count = f->count;
      st.data_stack.push_back(rp.last_ptr);
      rp.last_ptr = st.ptr;
      SRE_CALL(RS_MIN_UNTIL_3, rp.pc + 3, f->toplevel);
    }

    case RS_MIN_UNTIL_3: {
      Repeat& rp = st.repeats[size_t(f->rep)];
      rp.last_ptr = st.data_stack.back();
      st.data_stack.pop_back();
      if (ret) goto success;
      rp.count = f->count - 1;
      st.ptr = ptr;
      goto failure;
    }

    case RS_ASSERT:
      if (!ret) goto failure;
      pc = f->pc + 1 + code[f->pc + 1];
      goto dispatch;

    case RS_ASSERT_NOT:
      if (ret) {
        if (f->pushed) mark_discard(f->lastmark);
        goto failure;
      }
      if (f->pushed) mark_pop(f->lastmark);
      lastmark_restore(f);
      pc = f->pc + 1 + code[f->pc + 1];
      goto dispatch;

    case RS_ATOMIC:
      if (!ret) {
        st.ptr = ptr;
        goto failure;
      }
      ptr = st.ptr;
      pc = f->pc + 1 + code[f->pc + 1];
      goto dispatch;

    case RS_POSS_1:
      if (ret) {
        f->count++;
        goto poss_min;
      }
      st.ptr = ptr;
      goto failure;

    case RS_POSS_2:
      if (ret) {
        mark_discard(f->lastmark);
        f->count++;
        goto poss_more;
      }
      mark_pop(f->lastmark);
      lastmark_restore(f);
      st.ptr = f->aux;
      goto poss_done;

    default:
      return ERR_STATE;
  }
#undef SRE_CALL
}

// Find the leftmost position from st.start where the code matches.
template <class Ch>
ssize Engine<Ch>::search() {
  ssize ptr = st.start, end = st.end;
  if (ptr > end) return 0;
  uint32_t pc = 0;
  code_t flags = 0;
  ssize prefix_len = 0, prefix_skip = 0;
  const code_t* prefix = nullptr;
  const code_t* overlap = nullptr;
  const code_t* charset = nullptr;
  if (code[0] == OP_INFO) {
    // <INFO> <skip> <flags> <min> <max> [<len> <skip> prefix overlap | charset]
    flags = code[2];
    if (code[3] && end - ptr < ssize(code[3])) return 0;
    if (code[3] > 1) {  // no match can start within min-1 of the end
      end -= ssize(code[3]) - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & INFO_PREFIX) {
      prefix_len = code[5];
      prefix_skip = code[6];
      prefix = code + 7;
      overlap = prefix + prefix_len;  // overlap[k]: longest proper border of prefix[0..k]
    } else if (flags & INFO_CHARSET) {
      charset = code + 5;
    }
    pc = 1 + code[1];
  }

  // Code re._compiler made always consumes the prefix or the first character
  // of the charset, so a match found by those scans is never empty.  Code
  // written by hand might match empty there: refuse a second empty match at
  // the same place (as must_advance does elsewhere), or findall() would loop.
  const ssize refuse_empty_at = st.must_advance ? st.start : -1;
  auto empty_again = [&]() { return st.ptr == st.start && st.start == refuse_empty_at; };
  ssize status;
  if (prefix_len == 1) {
    // starts with one known character: scan for it
    end = st.end;
    st.must_advance = false;
    while (ptr < end) {
      ptr = find_char(ptr, end, prefix[0]);
      if (ptr < 0) return 0;
      st.start = ptr;
      st.ptr = ptr + prefix_skip;
      if (flags & INFO_LITERAL) return 1;
      status = match(pc + 2 * uint32_t(prefix_skip), false);
      if (status != 0 && !(status > 0 && empty_again())) return status;
      ++ptr;
      st.lastmark = st.lastindex = -1;
    }
    return 0;
  }

  if (prefix_len > 1) {
    // starts with a known string: Knuth-Morris-Pratt with re's overlap table,
    // trying every occurrence (overlapping ones too) from left to right
    end = st.end;
    if (prefix_len > end - ptr) return 0;
    if constexpr (sizeof(Ch) == 1) {
      for (ssize i = 0; i < prefix_len; i++)
        if (prefix[i] > 255) return 0;
    }
    ssize i = 0;  // prefix characters matched just before ptr
    for (; ptr < end; ptr++) {
      if (i == 0) {
        ptr = find_char(ptr, end, prefix[0]);
        if (ptr < 0) return 0;
        i = 1;
      } else {
        code_t ch = s[ptr];
        while (i > 0 && ch != prefix[i]) i = ssize(overlap[i - 1]);
        if (ch == prefix[i]) i++;
      }
      if (i == prefix_len) {
        st.must_advance = false;
        st.start = ptr - (prefix_len - 1);
        st.ptr = st.start + prefix_skip;
        if (flags & INFO_LITERAL) return 1;
        status = match(pc + 2 * uint32_t(prefix_skip), false);
        if (status != 0 && !(status > 0 && empty_again())) return status;
        st.lastmark = st.lastindex = -1;
        i = ssize(overlap[i - 1]);
      }
    }
    return 0;
  }

  if (charset) {
    // starts with a character of a known set
    end = st.end;
    st.must_advance = false;
    for (;;) {
      while (ptr < end && !(s[ptr] < 256 && sm && sm->has(5) ? sm->test(5, s[ptr]) : in_charset(charset, s[ptr]))) ptr++;
      if (ptr >= end) return 0;
      st.start = ptr;
      st.ptr = ptr;
      status = match(pc, false);
      if (status != 0 && !(status > 0 && empty_again())) return status;
      ptr++;
      st.lastmark = st.lastindex = -1;
    }
  }

  // every position in turn
  st.start = st.ptr = ptr;
  status = match(pc, true);
  st.must_advance = false;
  if (status == 0 && code[pc] == OP_AT && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
    st.start = st.ptr = end;  // anchored at the beginning: nowhere else
    return 0;
  }
  // When the pattern must begin with one character of a known kind, positions
  // where it is not are skipped without starting the engine there (it would
  // fail at once).  CPython tries them all; the result is the same.
  int32_t first = first_char_op(pc);
  while (status == 0 && ptr < end) {
    ptr++;
    if (first >= 0) {
      while (ptr < end && !one(uint32_t(first), s[ptr])) ptr++;
      if (ptr >= end) break;
    }
    st.lastmark = st.lastindex = -1;
    st.start = st.ptr = ptr;
    status = match(pc, false);
  }
  return status;
}

template <class F>
ssize guarded(F&& run) {
  try {
    return run();
  } catch (const std::bad_alloc&) {
    return ERR_MEMORY;
  } catch (const std::length_error&) {
    return ERR_MEMORY;
  }
}

}  // namespace

ssize engine_match(State& st, const PatternObject* p) {
  return guarded([&]() -> ssize {
    if (st.charsize == 1) return Engine<uint8_t>(st, p).match(0, true);
    return Engine<uint32_t>(st, p).match(0, true);
  });
}

ssize engine_search(State& st, const PatternObject* p) {
  return guarded([&]() -> ssize {
    if (st.charsize == 1) return Engine<uint8_t>(st, p).search();
    return Engine<uint32_t>(st, p).search();
  });
}

}  // namespace stdlib::sre

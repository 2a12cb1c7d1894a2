// Checking a code list before _sre.compile() accepts it (CPython raises
// RuntimeError "invalid SRE code" for what fails here).
//
// _sre.compile() is callable with any list of integers, and the engine
// (_sre_engine.cpp) follows the offsets in the code without checking them.
// So every structure is checked here once: each opcode's operands lie inside
// its block, every skip lands on an opcode boundary of the same block, sets
// end with FAILURE, group numbers are below the number of groups, a
// REPEAT's body is followed by its MAX_UNTIL / MIN_UNTIL, the REPEAT_ONE
// family repeats exactly one single-character item, BRANCH alternatives all
// jump to the branch's end, and the INFO block's prefix and overlap table are
// consistent (the overlap table must shrink, or the prefix scan would loop).
// Whatever passes cannot make the engine read outside the code.
//
// re._compiler only produces code that passes.  Decision: hand-written code
// with a multi-character item under REPEAT_ONE, which CPython's checker lets
// through and runs oddly, is refused here.
#include "_sre.h"

namespace stdlib::sre {

namespace {

constexpr int kMaxDepth = 5000;  // nested blocks (re's own parser stops far earlier)

struct Validator {
  const code_t* code;
  ssize n;
  ssize groups;
  std::vector<SetRef>* sets;
  int depth = 0;

  void note_set(ssize start, code_t op) const {
    if (sets) sets->push_back(SetRef{start, op});
  }

  // A set [start, end): items, then FAILURE as the last word.
  bool charset(ssize pos, ssize end) const {
    while (pos < end) {
      switch (code[pos]) {
        case OP_FAILURE:
          return pos + 1 == end;
        case OP_NEGATE:
          pos += 1;
          break;
        case OP_LITERAL:
          pos += 2;
          break;
        case OP_CATEGORY:
          if (pos + 1 >= end || code[pos + 1] >= CAT_COUNT) return false;
          pos += 2;
          break;
        case OP_RANGE:
        case OP_RANGE_UNI_IGNORE:
          pos += 3;
          break;
        case OP_CHARSET:
          pos += 1 + 8;
          break;
        case OP_BIGCHARSET: {
          if (pos + 1 >= end) return false;
          code_t nblocks = code[pos + 1];
          if (nblocks > 256 || end - (pos + 2) < 64 + ssize(nblocks) * 8) return false;
          const unsigned char* map = reinterpret_cast<const unsigned char*>(code + pos + 2);
          for (int k = 0; k < 256; k++)
            if (map[k] >= nblocks) return false;
          pos += 2 + 64 + ssize(nblocks) * 8;
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }

  // One single-character item exactly filling [pos, end).
  bool single(ssize pos, ssize end) const {
    if (pos >= end) return false;
    switch (code[pos]) {
      case OP_ANY:
      case OP_ANY_ALL:
        return pos + 1 == end;
      case OP_CATEGORY:
        return pos + 2 == end && code[pos + 1] < CAT_COUNT;
      case OP_LITERAL: case OP_NOT_LITERAL:
      case OP_LITERAL_IGNORE: case OP_NOT_LITERAL_IGNORE:
      case OP_LITERAL_UNI_IGNORE: case OP_NOT_LITERAL_UNI_IGNORE:
      case OP_LITERAL_LOC_IGNORE: case OP_NOT_LITERAL_LOC_IGNORE:
        return pos + 2 == end;
      case OP_IN: case OP_IN_IGNORE: case OP_IN_UNI_IGNORE: case OP_IN_LOC_IGNORE: {
        if (pos + 1 >= end) return false;
        ssize skip = code[pos + 1];
        if (skip < 2 || pos + 1 + skip != end || !charset(pos + 2, end)) return false;
        note_set(pos + 2, code[pos]);
        return true;
      }
    }
    return false;
  }

  // The INFO block at pos (end: the end of the enclosing block); *next gets what follows it.
  bool info(ssize pos, ssize end, ssize* next) const {
    if (end - pos < 2) return false;
    ssize skip = code[pos + 1];
    if (skip < 4 || skip > end - (pos + 1)) return false;
    ssize stop = pos + 1 + skip;
    code_t flags = code[pos + 2];
    if (flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) return false;
    if ((flags & INFO_PREFIX) && (flags & INFO_CHARSET)) return false;
    if ((flags & INFO_LITERAL) && !(flags & INFO_PREFIX)) return false;
    if (flags & INFO_PREFIX) {
      if (stop - (pos + 5) < 2) return false;
      ssize len = code[pos + 5], pskip = code[pos + 6];
      if (pskip > len || (stop - (pos + 7)) / 2 < len || pos + 7 + 2 * len != stop) return false;
      // "the whole pattern is the prefix": a match of prefix_skip characters, never empty
      if ((flags & INFO_LITERAL) && (pskip != len || len == 0)) return false;
      const code_t* overlap = code + pos + 7 + len;
      for (ssize k = 0; k < len; k++)
        if (ssize(overlap[k]) > k) return false;
    } else if (flags & INFO_CHARSET) {
      if (!charset(pos + 5, stop)) return false;
      note_set(pos + 5, OP_IN);
    }
    *next = stop;
    return true;
  }

  // The ops of [pos, end).  With jump_at, a JUMP whose operand is the
  // block's last word is allowed and its position reported (-1: none).
  bool block(ssize pos, ssize end, ssize* jump_at = nullptr) {
    if (++depth > kMaxDepth) return false;
    if (jump_at) *jump_at = -1;
    bool ok = true;
    while (ok && pos < end) {
      code_t op = code[pos];
      auto arg = [&](ssize k) -> bool { return pos + k < end; };
      switch (op) {
        case OP_FAILURE:
        case OP_SUCCESS:
        case OP_ANY:
        case OP_ANY_ALL:
          pos += 1;
          break;
        case OP_AT:
          ok = arg(1) && code[pos + 1] < AT_COUNT;
          pos += 2;
          break;
        case OP_CATEGORY:
          ok = arg(1) && code[pos + 1] < CAT_COUNT;
          pos += 2;
          break;
        case OP_LITERAL: case OP_NOT_LITERAL:
        case OP_LITERAL_IGNORE: case OP_NOT_LITERAL_IGNORE:
        case OP_LITERAL_UNI_IGNORE: case OP_NOT_LITERAL_UNI_IGNORE:
        case OP_LITERAL_LOC_IGNORE: case OP_NOT_LITERAL_LOC_IGNORE:
          ok = arg(1);
          pos += 2;
          break;
        case OP_MARK:
          ok = arg(1) && ssize(code[pos + 1]) < 2 * groups;
          pos += 2;
          break;
        case OP_GROUPREF: case OP_GROUPREF_IGNORE: case OP_GROUPREF_UNI_IGNORE: case OP_GROUPREF_LOC_IGNORE:
          ok = arg(1) && ssize(code[pos + 1]) < groups;
          pos += 2;
          break;
        case OP_IN: case OP_IN_IGNORE: case OP_IN_UNI_IGNORE: case OP_IN_LOC_IGNORE: {
          if (!arg(1)) return false;
          ssize skip = code[pos + 1];
          if (skip < 2 || skip > end - (pos + 1)) return false;
          ok = charset(pos + 2, pos + 1 + skip);
          if (ok) note_set(pos + 2, op);
          pos += 1 + skip;
          break;
        }
        case OP_INFO:
          ok = info(pos, end, &pos);
          break;
        case OP_JUMP:
          // only as the last op of a BRANCH alternative or of a conditional's yes-branch
          if (!jump_at || pos + 2 != end) return false;
          *jump_at = pos;
          pos += 2;
          break;
        case OP_BRANCH: {
          // <BRANCH> (<skip> alternative <JUMP> <skip>)+ 0: every JUMP to just after the 0
          ssize p = pos + 1, target = -1;
          for (;;) {
            if (p >= end) return false;
            ssize skip = code[p];
            if (skip == 0) break;
            if (skip < 3 || skip > end - p) return false;
            ssize j;
            if (!block(p + 1, p + skip, &j) || j != p + skip - 2) return false;
            ssize t = p + skip - 1 + ssize(code[p + skip - 1]);
            if (target < 0) target = t;
            else if (t != target) return false;
            p += skip;
          }
          if (target < 0 || target != p + 1) return false;
          pos = p + 1;
          break;
        }
        case OP_REPEAT_ONE:
        case OP_MIN_REPEAT_ONE:
        case OP_POSSESSIVE_REPEAT_ONE: {
          // <op> <skip> <min> <max> item <SUCCESS> tail
          if (!arg(3)) return false;
          ssize skip = code[pos + 1];
          if (code[pos + 2] > code[pos + 3] || skip < 5 || skip > end - (pos + 1)) return false;
          ssize tail = pos + 1 + skip;
          ok = code[tail - 1] == OP_SUCCESS && single(pos + 4, tail - 1);
          pos = tail;
          break;
        }
        case OP_REPEAT:
        case OP_POSSESSIVE_REPEAT: {
          // <op> <skip> <min> <max> item <MAX_UNTIL | MIN_UNTIL | SUCCESS> tail
          if (!arg(3)) return false;
          ssize skip = code[pos + 1];
          if (code[pos + 2] > code[pos + 3] || skip < 3 || skip >= end - (pos + 1)) return false;
          ssize until = pos + 1 + skip;
          code_t u = code[until];
          if (op == OP_REPEAT ? (u != OP_MAX_UNTIL && u != OP_MIN_UNTIL) : u != OP_SUCCESS) return false;
          ok = block(pos + 4, until);
          pos = until + 1;
          break;
        }
        case OP_GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]
          if (!arg(2)) return false;
          if (ssize(code[pos + 1]) >= groups) return false;
          ssize skip = code[pos + 2];
          if (skip < 2 || skip > end - (pos + 1)) return false;
          ssize target = pos + 1 + skip, j;
          if (!block(pos + 3, target, &j)) return false;
          if (j >= 0) {  // an else branch: the JUMP skips it
            ssize stop = j + 1 + ssize(code[j + 1]);
            if (code[j + 1] == 0 || stop > end || stop < target || !block(target, stop)) return false;
            pos = stop;
          } else {
            pos = target;
          }
          break;
        }
        case OP_ASSERT:
        case OP_ASSERT_NOT:
        case OP_ATOMIC_GROUP: {
          // <ASSERT[_NOT]> <skip> <back> pattern <SUCCESS> tail; <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
          ssize head = op == OP_ATOMIC_GROUP ? 2 : 3;
          if (!arg(head - 1)) return false;
          ssize skip = code[pos + 1];
          if (skip < head || skip > end - (pos + 1)) return false;
          ssize tail = pos + 1 + skip;
          ok = code[tail - 1] == OP_SUCCESS && block(pos + head, tail - 1);
          pos = tail;
          break;
        }
        default:
          return false;
      }
    }
    depth--;
    return ok && pos == end;
  }
};

}  // namespace

bool validate(const code_t* code, ssize n, ssize groups, std::vector<SetRef>* sets) {
  if (groups < 0 || groups > MAXGROUPS || n < 1 || code[n - 1] != OP_SUCCESS) return false;
  Validator v{code, n, groups, sets};
  if (!v.block(0, n - 1)) return false;
  // search() enters the code past the prefix's first prefix_skip characters:
  // they must be LITERAL ops right after the INFO block.
  if (code[0] == OP_INFO && (code[2] & INFO_PREFIX)) {
    ssize after = 1 + ssize(code[1]), pskip = code[6];
    for (ssize k = 0; k < pskip; k++)
      if (after + 2 * k + 1 >= n - 1 || code[after + 2 * k] != OP_LITERAL) return false;
  }
  return true;
}

}  // namespace stdlib::sre

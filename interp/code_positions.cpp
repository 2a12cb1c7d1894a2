// Source positions of instructions: the positions table (co_linetable).
//
// Every instruction has a source range (line, end line, column, end column)
// that the compiler took from the AST node it was compiling (compiler.cpp,
// "Source positions").  Code objects keep two forms of it:
//
//   * lines[i], one int per instruction: the line alone, read on hot-ish paths
//     (a traceback entry per frame an exception passes, f_lineno, tracing);
//   * linetable, the full ranges, compact: consecutive instructions with the
//     same position form one run, written as five LEB128 varints
//         count, zigzag(line - previous line), zigzag(end_line - line), col + 1, end_col + 1
//     The previous line of the first run is co_firstlineno, so replacing
//     co_firstlineno moves every line as in CPython.  A column of 0 in the
//     table means "unknown" (-1 here).  Artificial instructions (bookkeeping
//     the compiler adds, like the implicit `return None`) have line -1.
//
// Invariants: decoding a table the encoder made gives back the positions it
// was given; decoding arbitrary bytes (code.replace(co_linetable=...)) never
// reads past the end and leaves the instructions it does not cover unknown.
#include <string>
#include <vector>

#include "code.h"

namespace interp {

namespace {

void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(char(uint8_t(v) | 0x80));
    v >>= 7;
  }
  out.push_back(char(v));
}

void put_svarint(std::string& out, int64_t v) { put_varint(out, (uint64_t(v) << 1) ^ uint64_t(v >> 63)); }

struct Reader {
  const uint8_t* p;
  const uint8_t* end;
  bool ok = true;
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p >= end) {
        ok = false;
        return 0;
      }
      uint8_t b = *p++;
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    ok = false;
    return 0;
  }
  int64_t svarint() {
    uint64_t v = varint();
    return int64_t(v >> 1) ^ -int64_t(v & 1);
  }
};

bool same(const SourcePos& a, const SourcePos& b) {
  return a.lineno == b.lineno && a.end_lineno == b.end_lineno && a.col == b.col && a.end_col == b.end_col;
}

}  // namespace

std::string linetable_encode(const SourcePos* pos, int n, int firstlineno) {
  std::string out;
  int64_t prev = firstlineno;
  for (int i = 0; i < n;) {
    int j = i + 1;
    while (j < n && same(pos[j], pos[i])) j++;
    const SourcePos& p = pos[i];
    put_varint(out, uint64_t(j - i));
    put_svarint(out, int64_t(p.lineno) - prev);
    put_svarint(out, p.lineno < 0 ? 0 : int64_t(p.end_lineno) - p.lineno);
    put_varint(out, uint64_t(p.col < 0 ? 0 : int64_t(p.col) + 1));
    put_varint(out, uint64_t(p.end_col < 0 ? 0 : int64_t(p.end_col) + 1));
    prev = p.lineno;
    i = j;
  }
  return out;
}

namespace {

// Decode the runs of a table: put(i, pos) for the first n instructions (the
// ones past the table's end, or after a malformed byte, are unknown).
template <class Put>
void decode_runs(const uint8_t* table, ssize len, int firstlineno, int n, Put put) {
  Reader r{table, table + (table ? len : 0)};
  int64_t prev = firstlineno;
  int i = 0;
  while (i < n && r.p < r.end) {
    uint64_t count = r.varint();
    int64_t line = prev + r.svarint();
    int64_t end_delta = r.svarint();
    int64_t col = int64_t(r.varint()) - 1;
    int64_t end_col = int64_t(r.varint()) - 1;
    if (!r.ok || count == 0) break;
    SourcePos p;
    // Out-of-range values (hand-made tables) become unknown rather than wrapping.
    p.lineno = line >= -1 && line <= INT32_MAX ? int(line) : -1;
    p.end_lineno = p.lineno >= 0 && end_delta >= 0 && p.lineno + end_delta <= INT32_MAX ? int(p.lineno + end_delta)
                                                                                        : p.lineno;
    p.col = col <= INT32_MAX ? int(col) : -1;
    p.end_col = end_col <= INT32_MAX ? int(end_col) : -1;
    if (p.lineno < 0) p.end_lineno = p.col = p.end_col = -1;
    prev = line;
    for (uint64_t k = 0; k < count && i < n; k++) put(i++, p);
  }
  for (; i < n; i++) put(i, SourcePos{});
}

}  // namespace

void linetable_decode(const uint8_t* table, ssize len, int firstlineno, int n, SourcePos* out) {
  decode_runs(table, len, firstlineno, n, [out](int i, const SourcePos& p) { out[i] = p; });
}

void linetable_lines(const uint8_t* table, ssize len, int firstlineno, int n, int32_t* out) {
  decode_runs(table, len, firstlineno, n, [out](int i, const SourcePos& p) { out[i] = p.lineno; });
}

SourcePos code_position(CodeObject* code, int i) {
  if (i < 0 || i >= code->ninstrs) return SourcePos{};
  std::vector<SourcePos> all(size_t(code->ninstrs));
  linetable_decode(code->linetable, code->linetable_len, code->firstlineno, code->ninstrs, all.data());
  return all[size_t(i)];
}

int code_line_before(CodeObject* code, int i) {
  if (i > code->ninstrs) i = code->ninstrs;
  while (--i >= 0)
    if (code->lines[i] >= 0) return code->lines[i];
  return code->firstlineno;
}

}  // namespace interp

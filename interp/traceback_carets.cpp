// The caret line CPython 3.11 prints under a traceback entry's source line:
//
//     y = d["k"] + 1
//         ~^^^^^
//
// How it is decided (CPython's C traceback printer, which the default
// excepthook uses; checked against python3 byte for byte):
//
//   * The range is the position of the instruction that failed (tb_lasti in
//     the frame's code; interp/code_positions.cpp).  No carets when its
//     columns are unknown.
//   * Byte columns become character columns on the source line.
//   * On one line, the text of the range is parsed: a binary operation puts
//     '^' under its operator and '~' under the operands; a subscript '^'
//     from '[' to ']' and '~' under the value.  Anything else is all '^'.
//   * A range that continues on later lines is drawn to the last
//     non-whitespace character of its first line, all '^'.
//   * No carets when plain '^' would cover the whole line after its
//     indentation (trailing whitespace counts as part of the line, as in
//     CPython's C printer).
//
// The caret line starts 4 spaces in, like the source line; the column is
// relative to the line's indentation, which the printer removes.
#include <memory>
#include <string>

#include "ast.h"
#include "traceback.h"

namespace interp {

namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Characters in the first `bytes` bytes of a UTF-8 string, as CPython's
// _PyPegen_byte_offset_to_character_offset counts them (clamped to the
// string's length plus one: its terminating NUL).
long char_offset(const std::string& s, long bytes) {
  if (bytes > long(s.size()) + 1) bytes = long(s.size()) + 1;
  long chars = 0;
  for (long i = 0; i < bytes; i++) {
    if (i >= long(s.size())) {
      chars++;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[size_t(i)]);
    if ((c & 0xC0) != 0x80) chars++;
  }
  return chars;
}

// Byte index of character `chars` in s (the end when past it).
size_t byte_index(const std::string& s, long chars) {
  size_t i = 0;
  for (long n = 0; i < s.size(); i++) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (n == chars) return i;
      n++;
    }
  }
  return s.size();
}

long char_length(const std::string& s) { return char_offset(s, long(s.size())); }

// The operator / brackets of a one-line binary operation or subscript, as
// byte offsets in `seg`; false when the segment is anything else.
bool anchors(const std::string& seg, long* left, long* right) {
  ast::SyntaxErrorInfo err;
  std::unique_ptr<ast::Module> m = ast::parse(seg, "<string>", ast::ParseMode::File, &err);
  if (!m || m->body.size() != 1 || m->body[0]->kind != ast::StmtKind::Expr) return false;
  const ast::Expr* e = static_cast<const ast::ExprStmt*>(m->body[0])->value;
  long n = long(seg.size());
  if (e->kind == ast::ExprKind::BinOp) {
    auto* b = static_cast<const ast::BinOp*>(e);
    long stop = b->right->col_offset;
    bool found = false;
    for (long i = b->left->end_col_offset; i < stop && i < n; i++) {
      if (is_ws(seg[size_t(i)])) continue;
      *left = i;
      *right = i + 1;
      found = true;
      if (i + 1 < stop && !is_ws(seg[size_t(i + 1)])) ++*right;  // a two-character operator
      if (i + 1 < stop && seg[size_t(i)] == ')') continue;        // a parenthesis closing the left operand
      break;
    }
    return found;
  }
  if (e->kind == ast::ExprKind::Subscript) {
    auto* s = static_cast<const ast::Subscript*>(e);
    long l = s->value->end_col_offset, r = s->slice->end_col_offset + 1;
    while (l < n && seg[size_t(l)] != '[') l++;
    while (r < n && seg[size_t(r)] != ']') r++;
    if (r < n) r++;
    *left = l;
    *right = r;
    return true;
  }
  return false;
}

}  // namespace

std::string traceback_caret_line(CodeObject* code, int lasti, int lineno, const std::string& line) {
  SourcePos p = code_position(code, lasti);
  if (p.lineno < 0 || p.lineno != lineno || p.end_lineno < 0 || p.col < 0 || p.end_col < 0) return "";
  long start = char_offset(line, p.col);
  long end = char_offset(line, p.end_col);
  long left = -1, right = -1;  // character offsets of the '^' part; -1: none
  if (p.lineno == p.end_lineno) {
    if (end > start) {
      size_t b0 = byte_index(line, start), b1 = byte_index(line, end);
      std::string seg = line.substr(b0, b1 > b0 ? b1 - b0 : 0);
      long l, r;
      if (anchors(seg, &l, &r)) {
        left = char_offset(seg, l) + start;
        right = char_offset(seg, r) + start;
      }
    }
  } else {
    // To the last non-whitespace character of the first line (CPython walks
    // the bytes from the character length: the same on ASCII lines).
    long i = char_length(line);
    while (--i >= 0)
      if (i >= long(line.size()) || !is_ws(line[size_t(i)])) break;
    end = i + 1;
  }
  long indent = 0;
  while (indent < long(line.size()) && is_ws(line[size_t(indent)])) indent++;
  long shown = char_length(line) - indent;
  bool secondary = left >= 0 || right >= 0;
  if (end - start == shown && !secondary) return "";
  std::string out;
  for (long k = indent; k < end; k++) {
    if (k < start)
      out += ' ';
    else if (secondary && left <= k && k < right)
      out += '^';
    else
      out += secondary ? '~' : '^';
  }
  return out;
}

}  // namespace interp

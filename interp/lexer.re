// The Python tokenizer.  re2c recognises operators, keywords, ASCII names,
// numbers and the opening of string literals; indentation, string bodies,
// brackets and non-ASCII identifiers are handled by hand around it.
#include "interp/lexer.h"

#include <cstdio>
#include <cstring>

#include "runtime/api.h"

namespace interp {

namespace {

constexpr int kMaxParens = 200;
constexpr int kMaxIndent = 100;

bool ascii_ident(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

const char* block_kind(Tok k) {
  switch (k) {
    case Tok::KwIf: return "'if' statement";
    case Tok::KwElif: return "'elif' statement";
    case Tok::KwElse: return "'else' statement";
    case Tok::KwWhile: return "'while' statement";
    case Tok::KwFor: return "'for' statement";
    case Tok::KwTry: return "'try' statement";
    case Tok::KwExcept: return "'except' statement";
    case Tok::KwFinally: return "'finally' statement";
    case Tok::KwWith: return "'with' statement";
    case Tok::KwDef: return "function definition";
    case Tok::KwClass: return "class definition";
    default: return nullptr;
  }
}

bool is_nonprintable(uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0xa0) || cp == 0xad || (cp >= 0x2000 && cp <= 0x200f) ||
         (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x205f && cp <= 0x206f) || cp == 0x3000 || cp == 0xfeff ||
         cp == 0x1680 || (cp >= 0xfff0 && cp <= 0xfffb) || (cp >= 0xe000 && cp <= 0xf8ff);
}

}  // namespace

int utf8_decode(const unsigned char* p, const unsigned char* end, uint32_t* cp) {
  unsigned char c = p[0];
  int n;
  uint32_t v;
  if (c < 0x80) { *cp = c; return 1; }
  if ((c & 0xe0) == 0xc0) { n = 2; v = c & 0x1f; }
  else if ((c & 0xf0) == 0xe0) { n = 3; v = c & 0x0f; }
  else if ((c & 0xf8) == 0xf0) { n = 4; v = c & 0x07; }
  else return 0;
  if (end - p < n) return 0;
  for (int i = 1; i < n; i++) {
    if ((p[i] & 0xc0) != 0x80) return 0;
    v = (v << 6) | (p[i] & 0x3f);
  }
  *cp = v;
  return n;
}

// Letters of the common scripts; not the full Unicode tables, but every
// script a test is likely to use (Latin, Greek, Cyrillic, Hebrew, Arabic,
// Indic, CJK, kana, Hangul ...).
bool unicode_ident_start(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  if (cp == 0xaa || cp == 0xb5 || cp == 0xba) return true;
  if (cp >= 0xc0 && cp <= 0x2af) return cp != 0xd7 && cp != 0xf7;
  if (cp >= 0x370 && cp <= 0x3ff) return cp != 0x375 && cp != 0x37e && cp != 0x384 && cp != 0x385 && cp != 0x387;
  if (cp >= 0x400 && cp <= 0x52f) return !(cp >= 0x482 && cp <= 0x489);
  if (cp >= 0x531 && cp <= 0x587) return true;
  if (cp >= 0x5d0 && cp <= 0x5f2) return true;
  if (cp >= 0x620 && cp <= 0x64a) return true;
  if (cp >= 0x671 && cp <= 0x6d3) return true;
  if (cp >= 0x904 && cp <= 0x939) return true;
  if (cp >= 0x980 && cp <= 0xdff) return true;  // other Indic scripts (approximate)
  if (cp >= 0xe01 && cp <= 0xe30) return true;
  if (cp >= 0x10a0 && cp <= 0x10ff) return true;
  if (cp >= 0x1100 && cp <= 0x11ff) return true;
  if (cp >= 0x1e00 && cp <= 0x1fff) return true;
  if (cp == 0x2118 || cp == 0x212e || (cp >= 0x2100 && cp <= 0x214f && cp != 0x2118)) return true;
  if (cp >= 0x3041 && cp <= 0x30ff) return cp != 0x30a0 && cp != 0x30fb;
  if (cp >= 0x3105 && cp <= 0x318e) return true;
  if (cp >= 0x3400 && cp <= 0x4dbf) return true;
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp >= 0xa000 && cp <= 0xa48c) return true;
  if (cp >= 0xac00 && cp <= 0xd7a3) return true;
  if (cp >= 0xf900 && cp <= 0xfaff) return true;
  if (cp >= 0xff21 && cp <= 0xff3a) return true;
  if (cp >= 0xff41 && cp <= 0xff5a) return true;
  if (cp >= 0xff66 && cp <= 0xffdc) return true;
  if (cp >= 0x1d400 && cp <= 0x1d7cb) return true;  // mathematical alphanumerics
  if (cp >= 0x20000 && cp <= 0x3134f) return true;
  return false;
}

bool unicode_ident_continue(uint32_t cp) {
  if (cp < 0x80) return ascii_ident(static_cast<unsigned char>(cp));
  if (unicode_ident_start(cp)) return true;
  if (cp == 0xb7 || cp == 0x387) return true;
  if (cp >= 0x300 && cp <= 0x36f) return true;   // combining marks
  if (cp >= 0x483 && cp <= 0x487) return true;
  if (cp >= 0x591 && cp <= 0x5c7) return true;
  if (cp >= 0x610 && cp <= 0x61a) return true;
  if (cp >= 0x64b && cp <= 0x669) return true;
  if (cp >= 0x6f0 && cp <= 0x6f9) return true;
  if (cp >= 0x900 && cp <= 0x903) return true;
  if (cp >= 0x93a && cp <= 0x97f) return true;
  if (cp >= 0xe31 && cp <= 0xe59) return true;
  if (cp >= 0x203f && cp <= 0x2040) return true;
  if (cp >= 0x20d0 && cp <= 0x20f0) return true;
  if (cp >= 0xff10 && cp <= 0xff19) return true;
  if (cp == 0xff3f) return true;
  return false;
}

const char* tok_name(Tok t) {
  static const char* const names[] = {
      "ENDMARKER", "NEWLINE", "INDENT", "DEDENT", "NAME", "NUMBER", "STRING",
      "'False'", "'None'", "'True'", "'and'", "'as'", "'assert'", "'async'", "'await'", "'break'", "'class'",
      "'continue'", "'def'", "'del'", "'elif'", "'else'", "'except'", "'finally'", "'for'", "'from'",
      "'global'", "'if'", "'import'", "'in'", "'is'", "'lambda'", "'nonlocal'", "'not'", "'or'", "'pass'",
      "'raise'", "'return'", "'try'", "'while'", "'with'", "'yield'",
      "'('", "')'", "'['", "']'", "'{'", "'}'", "':'", "','", "';'", "'+'", "'-'", "'*'", "'/'", "'|'", "'&'",
      "'<'", "'>'", "'='", "'.'", "'%'", "'=='", "'!='", "'<='", "'>='", "'~'", "'^'", "'<<'", "'>>'", "'**'",
      "'+='", "'-='", "'*='", "'/='", "'%='", "'&='", "'|='", "'^='", "'<<='", "'>>='", "'**='", "'//'",
      "'//='", "'@'", "'@='", "'->'", "'...'", "':='", "ERRORTOKEN"};
  static_assert(sizeof(names) / sizeof(names[0]) == int(Tok::Error) + 1, "token name table");
  return names[int(t)];
}

Lexer::Lexer(std::string_view source, bool interactive) : interactive_(interactive) {
  // Normalise: drop a BOM, turn CRLF and lone CR into LF, end with a newline,
  // then a NUL sentinel for re2c.
  if (source.size() >= 3 && (unsigned char)source[0] == 0xef && (unsigned char)source[1] == 0xbb &&
      (unsigned char)source[2] == 0xbf)
    source.remove_prefix(3);
  buf_.reserve(source.size() + 4);
  for (size_t i = 0; i < source.size(); i++) {
    char c = source[i];
    if (c == '\r') {
      buf_.push_back('\n');
      if (i + 1 < source.size() && source[i + 1] == '\n') i++;
    } else {
      buf_.push_back(c);
    }
  }
  if (buf_.empty() || buf_.back() != '\n') buf_.push_back('\n');
  buf_.push_back('\0');
  cur_ = buf_.data();
  lim_ = buf_.data() + buf_.size() - 1;
  line_start_ = cur_;
}

std::string Lexer::line_text(int lineno) const {
  const char* p = buf_.data();
  int ln = 1;
  while (ln < lineno && p < lim_) {
    if (*p == '\n') ln++;
    p++;
  }
  const char* e = p;
  while (e < lim_ && *e != '\n') e++;
  return std::string(p, size_t(e - p));
}

int Lexer::char_offset(int lineno, int byte_col) const {
  std::string line = line_text(lineno);
  int n = 0;
  for (int i = 0; i < byte_col && i < int(line.size()); i++)
    if ((static_cast<unsigned char>(line[i]) & 0xc0) != 0x80) n++;
  if (byte_col > int(line.size())) n += byte_col - int(line.size());
  return n + 1;
}

void Lexer::make_error(ast::SyntaxErrorInfo* e, const char* type, std::string msg, int lineno, int col,
                       int end_col) const {
  e->type = type;
  e->msg = std::move(msg);
  e->text = line_text(lineno);
  e->offset = char_offset(lineno, col) + (lineno == 1 ? col_base_ : 0);
  if (end_col == -2) e->end_offset = e->offset;
  else if (end_col == -4) e->end_offset = 0;
  else if (end_col < 0) e->end_offset = end_col;
  else e->end_offset = char_offset(lineno, end_col) + (lineno == 1 ? col_base_ : 0);
  e->lineno = lineno + line_base_;
}

bool Lexer::warn(const std::string& msg, int lineno) {
  if (rt::err_warn_explicit(rt::Exc_SyntaxWarning, msg.c_str(), filename_.c_str(), lineno + line_base_) == 0)
    return true;
  if (rt::err_matches(rt::Exc_SyntaxWarning)) rt::err_clear();
  return false;
}

namespace {
// After a number, the keywords that may follow it in valid code without a
// space (`1if x else y`, `0x1for x in y`): CPython 3.11 accepts these with a
// SyntaxWarning (checking only the letters below, as CPython does); any other
// letter is a SyntaxError.
bool keyword_after_number(const char* p, const char* lim) {
  auto next_is = [&](const char* rest) {
    size_t n = std::strlen(rest);
    return size_t(lim - p) > n && std::memcmp(p + 1, rest, n) == 0;
  };
  switch (*p) {
    case 'a': return next_is("nd");
    case 'e': return next_is("lse");
    case 'f': return next_is("or");
    case 'i': return lim - p > 1 && (p[1] == 'f' || p[1] == 'n' || p[1] == 's');
    case 'o': return next_is("r");
    case 'n': return next_is("ot");
    default: return false;
  }
}
}  // namespace

Tok Lexer::fail(const char* type, std::string msg, int lineno, int col, int end_col) {
  bool inc = err_.incomplete;
  make_error(&err_, type, std::move(msg), lineno, col, end_col);
  err_.incomplete = inc;
  failed_ = true;
  return Tok::Error;
}

Tok Lexer::finish(Token* t, Tok k, const char* start, int lineno, int col) {
  t->kind = k;
  t->start = start;
  t->end = cur_;
  t->lineno = lineno;
  t->col = col;
  t->end_lineno = lineno_;
  t->end_col = int(cur_ - line_start_);
  if (k != Tok::Newline && k != Tok::Indent && k != Tok::Dedent) {
    if (!seen_token_on_line_) {
      line_first_ = k;
      line_first_lineno_ = lineno;
      if (k == Tok::At) line_first_ = Tok::EndMarker;
      // match statements: a line starting with the soft keyword `match` or
      // `case` and ending with ':' is a block header (interp/parse_match.cpp).
      std::string_view w(start, size_t(cur_ - start));
      line_first_soft_ = k != Tok::Name ? nullptr : w == "match" ? "'match' statement" : w == "case" ? "'case' statement" : nullptr;
    } else if (line_first_ == Tok::KwAsync) {
      line_first_ = k;  // async/await: `async def/for/with` opens the block its second keyword names
    }
    seen_token_on_line_ = true;
  }
  last_kind_ = k;
  return k;
}

// 0-based end column of the first token-like run at p (for IndentationError ranges).
static int first_token_end_impl(const char* p, const char* line_start) {
  const char* e = p;
  while (ascii_ident(static_cast<unsigned char>(*e)) || static_cast<unsigned char>(*e) >= 0x80) e++;
  if (e == p) e++;
  return int(e - line_start);
}

// At the start of a logical line outside brackets: skip blank and comment
// lines, then measure the indentation and compare it with the stack.
// Returns true when *out holds a token to return (INDENT, DEDENT or Error).
bool Lexer::handle_indentation(Token* t, Tok* out) {
  for (;;) {
    const char* p = cur_;
    int col = 0, alt = 0;
    for (;; p++) {
      if (*p == ' ') { col++; alt++; }
      else if (*p == '\t') { col = (col / 8 + 1) * 8; alt++; }
      else if (*p == '\f') { col = alt = 0; }
      else break;
    }
    if (*p == '#') {
      while (*p != '\n' && p < lim_) p++;
    }
    if (*p == '\n' && p < lim_) {  // blank line
      cur_ = p + 1;
      lineno_++;
      line_start_ = cur_;
      continue;
    }
    cur_ = p;
    at_bol_ = false;
    if (p >= lim_) return false;  // end of input: handled by the caller
    int nbytes = int(p - line_start_);
    if (col == indents_.back()) {
      if (alt != alt_indents_.back())
        { *out = fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 0, -4); return true; }
      if (expect_block_) {
        *out = fail("IndentationError",
                    std::string("expected an indented block after ") + block_desc_ + " on line " +
                        std::to_string(block_line_ + line_base_),
                    lineno_, nbytes, first_token_end_impl(p, line_start_));
        return true;
      }
      return false;
    }
    if (col > indents_.back()) {
      if (!expect_block_) {
        *out = fail("IndentationError", "unexpected indent", lineno_, nbytes > 0 ? nbytes - 1 : 0, -1);
        return true;
      }
      if (int(indents_.size()) >= kMaxIndent) {
        *out = fail("IndentationError", "too many levels of indentation", lineno_, nbytes);
        return true;
      }
      if (alt <= alt_indents_.back())
        { *out = fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 0, -4); return true; }
      expect_block_ = false;
      indents_.push_back(col);
      alt_indents_.push_back(alt);
      t->kind = Tok::Indent;
      t->start = t->end = p;
      t->lineno = t->end_lineno = lineno_;
      t->col = 0;
      t->end_col = nbytes;
      last_kind_ = Tok::Indent;
      *out = Tok::Indent;
      return true;
    }
    // dedent
    if (expect_block_) {
      *out = fail("IndentationError",
                  std::string("expected an indented block after ") + block_desc_ + " on line " +
                      std::to_string(block_line_ + line_base_),
                  lineno_, nbytes, first_token_end_impl(p, line_start_));
      err_.offset = nbytes;  // CPython reports a dedented line at (indentation, -1)
      err_.end_offset = -1;
      return true;
    }
    int n = 0;
    while (col < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      n++;
    }
    if (col != indents_.back()) {
      int len = int(line_text(lineno_).size());
      *out = fail("IndentationError", "unindent does not match any outer indentation level", lineno_, len, -1);
      return true;
    }
    if (alt != alt_indents_.back())
      { *out = fail("TabError", "inconsistent use of tabs and spaces in indentation", lineno_, 0, -4); return true; }
    pending_dedents_ = n;
    return false;
  }
}

Tok Lexer::next(Token* t) {
  if (failed_) return Tok::Error;
  for (;;) {
    if (pending_dedents_ > 0) {
      pending_dedents_--;
      t->kind = Tok::Dedent;
      t->start = t->end = cur_;
      t->lineno = t->end_lineno = lineno_;
      t->col = t->end_col = int(cur_ - line_start_);
      last_kind_ = Tok::Dedent;
      return Tok::Dedent;
    }
    if (at_bol_ && parens_.empty()) {
      Tok out;
      if (handle_indentation(t, &out)) return out;
      if (pending_dedents_ > 0) continue;
    }
    if (cur_ >= lim_) {
      // End of input.
      if (!parens_.empty()) {
        err_.incomplete = true;
        const Paren& p = parens_.back();
        return fail("SyntaxError", std::string("'") + p.ch + "' was never closed", p.lineno,
                    p.col, -4);
      }
      if (seen_token_on_line_) {
        seen_token_on_line_ = false;
        at_bol_ = true;
        t->kind = Tok::Newline;
        t->start = t->end = cur_;
        t->lineno = t->end_lineno = lineno_;
        t->col = t->end_col = int(cur_ - line_start_);
        last_kind_ = Tok::Newline;
        return Tok::Newline;
      }
      if (expect_block_) {
        err_.incomplete = true;
        int len = int(line_text(block_header_len_).size());
        return fail("IndentationError",
                    std::string("expected an indented block after ") + block_desc_ + " on line " +
                        std::to_string(block_line_ + line_base_),
                    block_header_len_, len, -1);
      }
      if (indents_.size() > 1) {
        indents_.pop_back();
        alt_indents_.pop_back();
        t->kind = Tok::Dedent;
        t->start = t->end = cur_;
        t->lineno = t->end_lineno = lineno_;
        t->col = t->end_col = 0;
        last_kind_ = Tok::Dedent;
        return Tok::Dedent;
      }
      t->kind = Tok::EndMarker;
      t->start = t->end = cur_;
      t->lineno = t->end_lineno = lineno_;
      t->col = t->end_col = 0;
      return Tok::EndMarker;
    }
    return scan(t);
  }
}

Tok Lexer::lex_string(Token* t, const char* start, const char* quote) {
  int sline = lineno_;
  int scol = int(start - line_start_);
  char q = *quote;
  const char* p = quote + 1;
  bool triple = p[0] == q && p[1] == q;
  if (triple) p += 2;
  for (;;) {
    if (p >= lim_) {
      cur_ = p;
      if (triple) {
        err_.incomplete = true;
        return fail("SyntaxError",
                    "unterminated triple-quoted string literal (detected at line " +
                        std::to_string(lineno_ - 1 + line_base_) + ")",
                    sline, scol, -2);
      }
      return fail("SyntaxError",
                  "unterminated string literal (detected at line " + std::to_string(sline + line_base_) + ")",
                  sline, scol);
    }
    char c = *p;
    if (c == '\\') {
      if (p[1] == '\n' && p + 1 < lim_) {
        p += 2;
        lineno_++;
        line_start_ = p;
        continue;
      }
      if (p + 1 >= lim_) { p++; continue; }
      p += 2;
      continue;
    }
    if (c == '\n') {
      if (!triple) {
        cur_ = p;
        return fail("SyntaxError",
                    "unterminated string literal (detected at line " + std::to_string(sline + line_base_) + ")",
                    sline, scol);
      }
      p++;
      lineno_++;
      line_start_ = p;
      continue;
    }
    if (c == q) {
      if (!triple) { p++; break; }
      if (p[1] == q && p[2] == q) { p += 3; break; }
    }
    p++;
  }
  cur_ = p;
  return finish(t, Tok::String, start, sline, scol);
}

/*!re2c
  re2c:define:YYCTYPE = "unsigned char";
  re2c:yyfill:enable = 0;
  re2c:flags:utf-8 = 1;
  re2c:indent:string = "  ";
*/

Tok Lexer::scan(Token* t) {
  for (;;) {
    const unsigned char* YYCURSOR = reinterpret_cast<const unsigned char*>(cur_);
    const unsigned char* YYMARKER = YYCURSOR;
    const char* start = cur_;
    int scol = int(start - line_start_);
    int sline = lineno_;
    auto set_cur = [&] { cur_ = reinterpret_cast<const char*>(YYCURSOR); };
    auto ident_tail = [&](Tok kw, bool ext) -> Tok {
      // A name (or keyword) continued by non-ASCII identifier characters is a NAME.
      set_cur();
      for (;;) {
        unsigned char c = static_cast<unsigned char>(*cur_);
        if (c < 0x80) {
          if (ext && ascii_ident(c)) { cur_++; continue; }
          break;
        }
        uint32_t cp;
        int n = utf8_decode(reinterpret_cast<const unsigned char*>(cur_),
                            reinterpret_cast<const unsigned char*>(lim_), &cp);
        if (n == 0 || !unicode_ident_continue(cp)) break;
        cur_ += n;
        ext = true;
      }
      return finish(t, ext ? Tok::Name : kw, start, sline, scol);
    };
    auto number_end = [&](const char* kind) -> Tok {
      set_cur();
      unsigned char c = static_cast<unsigned char>(*cur_);
      uint32_t ucp = c;
      if (c >= 0x80)
        utf8_decode(reinterpret_cast<const unsigned char*>(cur_), reinterpret_cast<const unsigned char*>(lim_), &ucp);
      if (keyword_after_number(cur_, lim_)) {
        std::string msg = std::string("invalid ") + kind + " literal";
        if (!warn(msg, sline)) return fail("SyntaxError", msg, sline, scol);
        return finish(t, Tok::Number, start, sline, scol);
      }
      if (ascii_ident(c) || (c >= 0x80 && unicode_ident_continue(ucp))) {
        if (c == '_') return fail("SyntaxError", std::string("invalid ") + kind + " literal", sline, scol + int(cur_ - start));
        // CPython points at the number's last character.
        return fail("SyntaxError", std::string("invalid ") + kind + " literal", sline, scol + int(cur_ - start) - 1);
      }
      return finish(t, Tok::Number, start, sline, scol);
    };
    // After the digits of an octal or binary literal (or its prefix): a
    // decimal digit it cannot hold, maybe after one '_', is "invalid digit
    // 'D' in K literal" at that digit (CPython's tokenizer); else Tok::Number.
    auto bad_digit = [&](char first_bad, const char* kind) -> Tok {
      const char* p = cur_;
      if (p < lim_ && *p == '_') p++;
      if (p < lim_ && *p >= first_bad && *p <= '9')
        return fail("SyntaxError", std::string("invalid digit '") + *p + "' in " + kind + " literal", sline,
                    int(p - line_start_));
      return Tok::Number;
    };
    auto op = [&](Tok k) -> Tok { set_cur(); return finish(t, k, start, sline, scol); };
    auto open = [&](Tok k, char ch) -> Tok {
      set_cur();
      if (int(parens_.size()) >= kMaxParens) return fail("SyntaxError", "too many nested parentheses", sline, scol);
      parens_.push_back({ch, sline, scol});
      return finish(t, k, start, sline, scol);
    };
    auto close = [&](Tok k, char ch) -> Tok {
      set_cur();
      char want = ch == ')' ? '(' : ch == ']' ? '[' : '{';
      if (parens_.empty()) return fail("SyntaxError", std::string("unmatched '") + ch + "'", sline, scol);
      Paren p = parens_.back();
      if (p.ch != want) {
        if (p.lineno != sline)
          return fail("SyntaxError",
                      std::string("closing parenthesis '") + ch + "' does not match opening parenthesis '" + p.ch +
                          "' on line " + std::to_string(p.lineno + line_base_),
                      sline, scol);
        return fail("SyntaxError",
                    std::string("closing parenthesis '") + ch + "' does not match opening parenthesis '" + p.ch + "'",
                    sline, scol);
      }
      parens_.pop_back();
      return finish(t, k, start, sline, scol);
    };
    /*!re2c
      digit = [0-9];
      digitpart = digit ("_"? digit)*;
      decint = [1-9] ("_"? digit)* | "0"+ ("_"? "0")*;
      badzero = "0" ("_"? digit)+;
      hexint = "0" [xX] ("_"? [0-9a-fA-F])+;
      octint = "0" [oO] ("_"? [0-7])+;
      binint = "0" [bB] ("_"? [01])+;
      fraction = "." digitpart;
      exponent = [eE] [+-]? digitpart;
      pointfloat = digitpart? fraction | digitpart ".";
      floatnum = pointfloat | (digitpart | pointfloat) exponent;
      imagnum = (floatnum | digitpart) [jJ];
      strprefix = [rRuUfFbB] | [fF][rR] | [rR][fF] | [bB][rR] | [rR][bB];

      [ \t\f]+ { set_cur(); start = cur_; scol = int(start - line_start_); continue; }
      "#" [^\n\x00]* { set_cur(); continue; }
      "\\" "\n" {
        set_cur();
        lineno_++;
        line_start_ = cur_;
        if (cur_ >= lim_) return fail("SyntaxError", "unexpected EOF while parsing", sline, scol);
        continue;
      }
      "\\" { set_cur(); return fail("SyntaxError", "unexpected character after line continuation character", sline, scol + 1, -4); }
      "\n" {
        if (!parens_.empty()) {
          set_cur();
          lineno_++;
          line_start_ = cur_;
          continue;
        }
        set_cur();
        if (last_kind_ == Tok::Colon && (block_kind(line_first_) || line_first_soft_)) {
          expect_block_ = true;
          block_kw_ = line_first_;
          block_desc_ = line_first_soft_ ? line_first_soft_ : block_kind(line_first_);
          block_line_ = line_first_lineno_;
          block_header_len_ = sline;
        }
        Tok k = finish(t, Tok::Newline, start, sline, scol);
        t->end_lineno = sline;
        t->end_col = scol;
        lineno_++;
        line_start_ = cur_;
        at_bol_ = true;
        seen_token_on_line_ = false;
        return k;
      }
      "\x00" {
        if (reinterpret_cast<const char*>(YYCURSOR) - 1 >= lim_) { cur_ = lim_; return next(t); }
        set_cur();
        return fail("SyntaxError", "source code cannot contain null bytes", sline, scol);
      }

      "False" { return ident_tail(Tok::KwFalse, false); }
      "None" { return ident_tail(Tok::KwNone, false); }
      "True" { return ident_tail(Tok::KwTrue, false); }
      "and" { return ident_tail(Tok::KwAnd, false); }
      "as" { return ident_tail(Tok::KwAs, false); }
      "assert" { return ident_tail(Tok::KwAssert, false); }
      "async" { return ident_tail(Tok::KwAsync, false); }
      "await" { return ident_tail(Tok::KwAwait, false); }
      "break" { return ident_tail(Tok::KwBreak, false); }
      "class" { return ident_tail(Tok::KwClass, false); }
      "continue" { return ident_tail(Tok::KwContinue, false); }
      "def" { return ident_tail(Tok::KwDef, false); }
      "del" { return ident_tail(Tok::KwDel, false); }
      "elif" { return ident_tail(Tok::KwElif, false); }
      "else" { return ident_tail(Tok::KwElse, false); }
      "except" { return ident_tail(Tok::KwExcept, false); }
      "finally" { return ident_tail(Tok::KwFinally, false); }
      "for" { return ident_tail(Tok::KwFor, false); }
      "from" { return ident_tail(Tok::KwFrom, false); }
      "global" { return ident_tail(Tok::KwGlobal, false); }
      "if" { return ident_tail(Tok::KwIf, false); }
      "import" { return ident_tail(Tok::KwImport, false); }
      "in" { return ident_tail(Tok::KwIn, false); }
      "is" { return ident_tail(Tok::KwIs, false); }
      "lambda" { return ident_tail(Tok::KwLambda, false); }
      "nonlocal" { return ident_tail(Tok::KwNonlocal, false); }
      "not" { return ident_tail(Tok::KwNot, false); }
      "or" { return ident_tail(Tok::KwOr, false); }
      "pass" { return ident_tail(Tok::KwPass, false); }
      "raise" { return ident_tail(Tok::KwRaise, false); }
      "return" { return ident_tail(Tok::KwReturn, false); }
      "try" { return ident_tail(Tok::KwTry, false); }
      "while" { return ident_tail(Tok::KwWhile, false); }
      "with" { return ident_tail(Tok::KwWith, false); }
      "yield" { return ident_tail(Tok::KwYield, false); }

      strprefix? ['"] { return lex_string(t, start, reinterpret_cast<const char*>(YYCURSOR) - 1); }
      [a-zA-Z_] [a-zA-Z0-9_]* { return ident_tail(Tok::Name, false); }

      imagnum { return number_end("imaginary"); }
      floatnum { return number_end("decimal"); }
      decint { return number_end("decimal"); }
      badzero {
        set_cur();
        return fail("SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    sline, scol, scol + 1);
      }
      hexint { return number_end("hexadecimal"); }
      octint {
        set_cur();
        if (Tok k = bad_digit('8', "octal"); k == Tok::Error) return k;
        return number_end("octal");
      }
      binint {
        set_cur();
        if (Tok k = bad_digit('2', "binary"); k == Tok::Error) return k;
        return number_end("binary");
      }
      "0" [xX] { set_cur(); return fail("SyntaxError", "invalid hexadecimal literal", sline, int(cur_ - line_start_) - 1); }
      "0" [oO] {
        set_cur();
        if (Tok k = bad_digit('8', "octal"); k == Tok::Error) return k;
        return fail("SyntaxError", "invalid octal literal", sline, int(cur_ - line_start_) - 1);
      }
      "0" [bB] {
        set_cur();
        if (Tok k = bad_digit('2', "binary"); k == Tok::Error) return k;
        return fail("SyntaxError", "invalid binary literal", sline, int(cur_ - line_start_) - 1);
      }

      "(" { return open(Tok::LPar, '('); }
      "[" { return open(Tok::LSqb, '['); }
      "{" { return open(Tok::LBrace, '{'); }
      ")" { return close(Tok::RPar, ')'); }
      "]" { return close(Tok::RSqb, ']'); }
      "}" { return close(Tok::RBrace, '}'); }
      ":" { return op(Tok::Colon); }
      "," { return op(Tok::Comma); }
      ";" { return op(Tok::Semi); }
      "+" { return op(Tok::Plus); }
      "-" { return op(Tok::Minus); }
      "*" { return op(Tok::Star); }
      "/" { return op(Tok::Slash); }
      "|" { return op(Tok::VBar); }
      "&" { return op(Tok::Amper); }
      "<" { return op(Tok::Less); }
      ">" { return op(Tok::Greater); }
      "=" { return op(Tok::Equal); }
      "." { return op(Tok::Dot); }
      "%" { return op(Tok::Percent); }
      "==" { return op(Tok::EqEqual); }
      "!=" { return op(Tok::NotEqual); }
      "<>" { return op(Tok::NotEqual); }
      "<=" { return op(Tok::LessEqual); }
      ">=" { return op(Tok::GreaterEqual); }
      "~" { return op(Tok::Tilde); }
      "^" { return op(Tok::Circumflex); }
      "<<" { return op(Tok::LeftShift); }
      ">>" { return op(Tok::RightShift); }
      "**" { return op(Tok::DoubleStar); }
      "+=" { return op(Tok::PlusEqual); }
      "-=" { return op(Tok::MinEqual); }
      "*=" { return op(Tok::StarEqual); }
      "/=" { return op(Tok::SlashEqual); }
      "%=" { return op(Tok::PercentEqual); }
      "&=" { return op(Tok::AmperEqual); }
      "|=" { return op(Tok::VBarEqual); }
      "^=" { return op(Tok::CircumflexEqual); }
      "<<=" { return op(Tok::LeftShiftEqual); }
      ">>=" { return op(Tok::RightShiftEqual); }
      "**=" { return op(Tok::DoubleStarEqual); }
      "//" { return op(Tok::DoubleSlash); }
      "//=" { return op(Tok::DoubleSlashEqual); }
      "@" { return op(Tok::At); }
      "@=" { return op(Tok::AtEqual); }
      "->" { return op(Tok::RArrow); }
      "..." { return op(Tok::Ellipsis); }
      ":=" { return op(Tok::ColonEqual); }

      [\x80-\U0010FFFF] {
        set_cur();
        uint32_t cp;
        int n = utf8_decode(reinterpret_cast<const unsigned char*>(start),
                            reinterpret_cast<const unsigned char*>(lim_), &cp);
        if (n > 0 && unicode_ident_start(cp)) {
          cur_ = start + n;
          YYCURSOR = reinterpret_cast<const unsigned char*>(cur_);
          return ident_tail(Tok::Name, true);
        }
        char hex[16];
        std::snprintf(hex, sizeof hex, "U+%04X", unsigned(cp));
        if (is_nonprintable(cp))
          return fail("SyntaxError", std::string("invalid non-printable character ") + hex, sline, scol);
        return fail("SyntaxError",
                    "invalid character '" + std::string(start, size_t(n)) + "' (" + hex + ")", sline, scol);
      }
      * {
        set_cur();
        uint32_t cp = static_cast<unsigned char>(*start);
        if (cp < 0x20 || cp == 0x7f) {
          char hex[16];
          std::snprintf(hex, sizeof hex, "U+%04X", unsigned(cp));
          return fail("SyntaxError", std::string("invalid non-printable character ") + hex, sline, scol);
        }
        if (cp >= 0x80) {
          return fail("SyntaxError", "(unicode error) 'utf-8' codec can't decode byte", sline, scol);
        }
        return fail("SyntaxError", "invalid syntax", sline, scol, scol + 1);
      }
    */
  }
}

}  // namespace interp

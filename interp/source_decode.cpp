// Source given as bytes (PEP 263): a coding declaration on its first two
// lines, or a UTF-8 BOM, decides how it is decoded.  Used by compile()/exec()
// of bytes, the script pyglass runs, and the source lines tracebacks show.
#include <algorithm>
#include <cctype>
#include <string>

#include "../runtime/api.h"
#include "runtime/text/str.h"
#include "code.h"

namespace interp {

using namespace rt;

// The encoding a coding declaration (PEP 263) names on the first or second
// line of src, or "" when there is none.
std::string coding_cookie(std::string_view src) {
  for (int line = 0; line < 2 && !src.empty(); ++line) {
    std::string_view l = src.substr(0, src.find('\n'));
    size_t i = l.find_first_not_of(" \t\f");
    if (i == std::string_view::npos || l[i] != '#') {
      if (i != std::string_view::npos) return "";  // code: no declaration below it
    } else {
      size_t c = l.find("coding", i);
      if (c != std::string_view::npos && c + 6 < l.size() && (l[c + 6] == ':' || l[c + 6] == '=')) {
        size_t b = l.find_first_not_of(" \t", c + 7), e = b;
        while (e < l.size() && (isalnum(static_cast<unsigned char>(l[e])) || l[e] == '-' || l[e] == '_' || l[e] == '.'))
          ++e;
        if (b != std::string_view::npos && e > b) return std::string(l.substr(b, e - b));
      }
    }
    src.remove_prefix(std::min(src.size(), l.size() + 1));
  }
  return "";
}

// Source given as bytes: decoded by its coding declaration (UTF-8 when none,
// a UTF-8 BOM dropped) into UTF-8 text in buf.  Invalid UTF-8 is CPython's
// SyntaxError "(unicode error) 'utf-8' codec can't decode byte ..." for the
// line holding it, the position counted from the start of the string literal
// or name the byte sits in.  false with the error set.
bool decode_source_bytes(std::string& buf, const char* filename, bool script) {
  if (buf.compare(0, 3, "\xEF\xBB\xBF") == 0) buf.erase(0, 3);
  std::string enc = coding_cookie(buf);
  std::string norm;
  for (char c : enc) norm += c == '_' ? '-' : char(tolower(static_cast<unsigned char>(c)));
  if (!enc.empty() && norm != "utf-8" && norm != "utf8" && norm.rfind("utf-8-", 0) != 0) {
    Object* b = bytes_from(buf.data(), ssize(buf.size()));
    Object* fn = b ? object_getattr_str(b, "decode") : nullptr;
    Object* e = fn ? str_from(enc) : nullptr;
    Object* text = e ? call1(fn, e) : nullptr;
    xdecref(b), xdecref(fn), xdecref(e);
    if (!text) {
      if (err_matches(Exc_LookupError)) {
        err_clear();
        // The script CPython runs reads its file itself and words it differently.
        if (script)
          err_format(Exc_SyntaxError, "encoding problem: %s", enc.c_str());
        else
          err_format(Exc_SyntaxError, "unknown encoding: %s", enc.c_str());
      }
      return false;
    }
    buf.assign(str_view(text));
    decref(text);
    return true;
  }
  Object* ok = str_from_utf8(buf.data(), ssize(buf.size()));
  if (ok) {
    decref(ok);
    return true;
  }
  Object* exc = err_fetch();
  Object* start = exc ? object_getattr_str(exc, "start") : nullptr;
  int64_t bad = start ? int_as_i64(start) : 0;
  xdecref(start), xdecref(exc);
  err_clear();
  size_t line_start = buf.rfind('\n', size_t(bad)) == std::string::npos ? 0 : buf.rfind('\n', size_t(bad)) + 1;
  size_t line_end = std::min(buf.find('\n', size_t(bad)), buf.size());
  int lineno = 1 + int(std::count(buf.begin(), buf.begin() + ssize(line_start), '\n'));
  // where the token holding the bad byte starts: after an open quote on the line, else the name's start
  size_t tok = size_t(bad);
  char quote = 0;
  size_t qpos = 0;
  for (size_t i = line_start; i < size_t(bad); ++i) {
    if (quote && buf[i] == '\\') ++i;
    else if (quote && buf[i] == quote) quote = 0;
    else if (!quote && (buf[i] == '\'' || buf[i] == '"')) quote = buf[i], qpos = i + 1;
  }
  if (quote) tok = qpos;
  else
    while (tok > line_start && (static_cast<unsigned char>(buf[tok - 1]) >= 0x80 || isalnum(buf[tok - 1]) || buf[tok - 1] == '_'))
      --tok;
  Object* piece = str_from_utf8(buf.data() + tok, ssize(line_end - tok));
  Object* perr = piece ? nullptr : err_fetch();
  xdecref(piece);
  Object* msg = perr ? object_str(perr) : nullptr;
  xdecref(perr);
  err_clear();
  std::string text(buf, line_start, line_end - line_start);
  std::string m = "(unicode error) " + std::string(msg ? str_view(msg) : "invalid utf-8");
  xdecref(msg);
  raise_syntax_error(Exc_SyntaxError, m, filename, lineno, int(line_end - line_start) + 1, std::string(),
                             lineno, int(line_end - line_start) + 1);
  return false;
}

bool has_declared_encoding(std::string_view src) {
  return src.compare(0, 3, "\xEF\xBB\xBF") == 0 || !coding_cookie(src).empty();
}

}  // namespace interp

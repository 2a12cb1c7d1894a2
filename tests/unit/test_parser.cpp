// Front end tests: tokens, AST shapes (compared with python3's ast.dump(indent=1)) and syntax errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "interp/ast.h"
#include "interp/lexer.h"
#include "tests/unit/runtime_env.h"

using namespace interp;
using namespace interp::ast;

namespace {

std::string toks(const char* src) {
  Lexer lx(src);
  std::string out;
  Token t;
  for (;;) {
    Tok k = lx.next(&t);
    if (!out.empty()) out += ' ';
    out += tok_name(k);
    if (k == Tok::EndMarker || k == Tok::Error) break;
  }
  return out;
}

std::string dump_src(const char* src, ParseMode mode = ParseMode::File) {
  SyntaxErrorInfo err;
  auto m = parse(src, "<test>", mode, &err);
  if (!m) return "ERROR " + err.msg;
  return dump(*m);
}

struct Err {
  std::string type, msg;
  int lineno, offset;
};

Err error_of(const char* src, ParseMode mode = ParseMode::File, bool* incomplete = nullptr) {
  SyntaxErrorInfo err;
  auto m = parse(src, "<test>", mode, &err);
  if (m) return {"none", "", 0, 0};
  if (incomplete) *incomplete = err.incomplete;
  return {err.type, err.msg, err.lineno, err.offset};
}

#define EXPECT_ERR(src, TYPE, MSG, LINE, OFFSET)      \
  do {                                                \
    Err e_ = error_of(src);                           \
    EXPECT_EQ(e_.type, TYPE) << src;                  \
    EXPECT_EQ(e_.msg, MSG) << src;                    \
    EXPECT_EQ(e_.lineno, LINE) << src;                \
    EXPECT_EQ(e_.offset, OFFSET) << src;              \
  } while (0)

}  // namespace

TEST(ParserLexer, TokenStream) {
  ensure_runtime();
  EXPECT_EQ(toks("if x:\n  y = 1\n"),
            "'if' NAME ':' NEWLINE INDENT NAME '=' NUMBER NEWLINE DEDENT ENDMARKER");
  EXPECT_EQ(toks("a **= b //= c @= d -> e ... := f\n"),
            "NAME '**=' NAME '//=' NAME '@=' NAME '->' NAME '...' ':=' NAME NEWLINE ENDMARKER");
  EXPECT_EQ(toks("(1,\n 2)  # c\n\n"), "'(' NUMBER ',' NUMBER ')' NEWLINE ENDMARKER");
  EXPECT_EQ(toks("x = 1 + \\\n 2\n"), "NAME '=' NUMBER '+' NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(toks("rb'x' F\"y\" '''a\nb'''\n"), "STRING STRING STRING NEWLINE ENDMARKER");
  EXPECT_EQ(toks("\xe4\xb8\xad\xe6\x96\x87 = 0x1F + 1_000 + 1.5e-3j\n"),
            "NAME '=' NUMBER '+' NUMBER '+' NUMBER NEWLINE ENDMARKER");
  EXPECT_EQ(toks("x = 1\r\ny = 2"), "NAME '=' NUMBER NEWLINE NAME '=' NUMBER NEWLINE ENDMARKER");
}

TEST(ParserExpr, Precedence) {
  ensure_runtime();
  EXPECT_EQ(dump_src("-2 ** 2", ParseMode::Eval),
            "Expression(\n body=UnaryOp(\n  op=USub(),\n  operand=BinOp(\n   left=Constant(value=2),\n   op=Pow(),\n"
            "   right=Constant(value=2))))");
  EXPECT_EQ(dump_src("a or b and not c", ParseMode::Eval),
            "Expression(\n body=BoolOp(\n  op=Or(),\n  values=[\n   Name(id='a', ctx=Load()),\n   BoolOp(\n"
            "    op=And(),\n    values=[\n     Name(id='b', ctx=Load()),\n     UnaryOp(\n      op=Not(),\n"
            "      operand=Name(id='c', ctx=Load()))])]))");
  EXPECT_EQ(dump_src("a < b is not c", ParseMode::Eval),
            "Expression(\n body=Compare(\n  left=Name(id='a', ctx=Load()),\n  ops=[\n   Lt(),\n   IsNot()],\n"
            "  comparators=[\n   Name(id='b', ctx=Load()),\n   Name(id='c', ctx=Load())]))");
  EXPECT_EQ(dump_src("1 + 2 * 3", ParseMode::Eval),
            "Expression(\n body=BinOp(\n  left=Constant(value=1),\n  op=Add(),\n  right=BinOp(\n"
            "   left=Constant(value=2),\n   op=Mult(),\n   right=Constant(value=3))))");
}

TEST(ParserStmt, Targets) {
  ensure_runtime();
  EXPECT_EQ(dump_src("a, *b = c = d\n"),
            "Module(\n body=[\n  Assign(\n   targets=[\n    Tuple(\n     elts=[\n      Name(id='a', ctx=Store()),\n"
            "      Starred(\n       value=Name(id='b', ctx=Store()),\n       ctx=Store())],\n     ctx=Store()),\n"
            "    Name(id='c', ctx=Store())],\n   value=Name(id='d', ctx=Load()))],\n type_ignores=[])");
  EXPECT_EQ(dump_src("del a[1:2, ::3]\n"),
            "Module(\n body=[\n  Delete(\n   targets=[\n    Subscript(\n     value=Name(id='a', ctx=Load()),\n"
            "     slice=Tuple(\n      elts=[\n       Slice(\n        lower=Constant(value=1),\n"
            "        upper=Constant(value=2)),\n       Slice(\n        step=Constant(value=3))],\n"
            "      ctx=Load()),\n     ctx=Del())])],\n type_ignores=[])");
}

TEST(ParserFString, Fields) {
  ensure_runtime();
  EXPECT_EQ(dump_src("f'{x=:.2f}'", ParseMode::Eval),
            "Expression(\n body=JoinedStr(\n  values=[\n   Constant(value='x='),\n   FormattedValue(\n"
            "    value=Name(id='x', ctx=Load()),\n    conversion=-1,\n    format_spec=JoinedStr(\n"
            "     values=[\n      Constant(value='.2f')]))]))");
  EXPECT_EQ(dump_src("f'{x = }'", ParseMode::Eval),
            "Expression(\n body=JoinedStr(\n  values=[\n   Constant(value='x = '),\n   FormattedValue(\n"
            "    value=Name(id='x', ctx=Load()),\n    conversion=114)]))");
  EXPECT_EQ(dump_src("f'a{{b}}c'", ParseMode::Eval), "Expression(\n body=JoinedStr(\n  values=[\n   Constant(value='a{b}c')]))");
  EXPECT_ERR("f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6);
  EXPECT_ERR("f'{a'\n", "SyntaxError", "f-string: expecting '}'", 1, 6);
  EXPECT_ERR("f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5);
  EXPECT_ERR("f'{a\\n}'\n", "SyntaxError", "f-string expression part cannot include a backslash", 1, 9);
  EXPECT_ERR("f'{a b}'\n", "SyntaxError", "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2);
}

TEST(ParserErrors, Indentation) {
  ensure_runtime();
  EXPECT_ERR("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1);
  EXPECT_ERR("def f():\n\nx=1\n", "IndentationError", "expected an indented block after function definition on line 1", 3, 1);
  EXPECT_ERR("  x=1\n", "IndentationError", "unexpected indent", 1, 2);
  EXPECT_ERR("if x:\n  a\n b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 3);
  EXPECT_ERR("if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1);
}

TEST(ParserErrors, Messages) {
  ensure_runtime();
  EXPECT_ERR("x\ndef broken(:\n", "SyntaxError", "invalid syntax", 2, 12);
  EXPECT_ERR("if x\n  a\n", "SyntaxError", "expected ':'", 1, 5);
  EXPECT_ERR("print 'hi'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1);
  EXPECT_ERR("f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3);
  EXPECT_ERR("f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
  EXPECT_ERR("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1);
  EXPECT_ERR("del f()\n", "SyntaxError", "cannot delete function call", 1, 5);
  EXPECT_ERR("f(a.b=1)\n", "SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3);
  EXPECT_ERR("(a\n", "SyntaxError", "'(' was never closed", 1, 1);
  EXPECT_ERR("a)\n", "SyntaxError", "unmatched ')'", 1, 2);
  EXPECT_ERR("(a]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 3);
  EXPECT_ERR("y = 1 \xe2\x82\xac 2\n", "SyntaxError", "invalid character '\xe2\x82\xac' (U+20AC)", 1, 7);
  EXPECT_ERR("x = 1\xc2\xa0\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 6);
  EXPECT_ERR("0123\n", "SyntaxError",
             "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1);
  EXPECT_ERR("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5);
  EXPECT_ERR("'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1);
  EXPECT_ERR("'''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 1);
  EXPECT_ERR("b'\xc3\xa9'\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 1);
  EXPECT_ERR("'a' b'b'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9);
  EXPECT_ERR("def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12);
  EXPECT_ERR("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3);
  EXPECT_ERR("a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1);
  std::string deep(300, '(');
  EXPECT_ERR(deep.c_str(), "SyntaxError", "too many nested parentheses", 1, 201);
  // Nesting too deep for the parser's stack (not brackets) is a MemoryError, as in CPython.
  std::string unary(50000, '-');
  unary += "1\n";
  EXPECT_EQ(error_of(unary.c_str()).msg, "");
  EXPECT_TRUE(rt::err_matches(rt::Exc_MemoryError));
  rt::err_clear();
}

TEST(ParserErrors, Incomplete) {
  ensure_runtime();
  bool inc = false;
  error_of("if x:\n", ParseMode::Single, &inc);
  EXPECT_TRUE(inc);
  inc = false;
  error_of("x = (1,\n", ParseMode::Single, &inc);
  EXPECT_TRUE(inc);
  inc = false;
  error_of("s = '''abc\n", ParseMode::Single, &inc);
  EXPECT_TRUE(inc);
  inc = true;
  error_of("x = 1 +\n", ParseMode::Single, &inc);
  EXPECT_FALSE(inc);
}

// ---- match statements and except* (docs/match.md, docs/excgroups.md) ----
TEST(ParserMatch, Patterns) {
  ensure_runtime();
  EXPECT_EQ(dump_src("match x:\n"
      "    case [1, *r] | {\"a\": _, **kw} if y:\n"
      "        pass\n"
      "    case C(1, a=b) as z:\n"
      "        pass\n"
      "    case None | -1 | a.b:\n"
      "        pass\n"
      ""),
            "Module(\n"
      " body=[\n"
      "  Match(\n"
      "   subject=Name(id='x', ctx=Load()),\n"
      "   cases=[\n"
      "    match_case(\n"
      "     pattern=MatchOr(\n"
      "      patterns=[\n"
      "       MatchSequence(\n"
      "        patterns=[\n"
      "         MatchValue(\n"
      "          value=Constant(value=1)),\n"
      "         MatchStar(name='r')]),\n"
      "       MatchMapping(\n"
      "        keys=[\n"
      "         Constant(value='a')],\n"
      "        patterns=[\n"
      "         MatchAs()],\n"
      "        rest='kw')]),\n"
      "     guard=Name(id='y', ctx=Load()),\n"
      "     body=[\n"
      "      Pass()]),\n"
      "    match_case(\n"
      "     pattern=MatchAs(\n"
      "      pattern=MatchClass(\n"
      "       cls=Name(id='C', ctx=Load()),\n"
      "       patterns=[\n"
      "        MatchValue(\n"
      "         value=Constant(value=1))],\n"
      "       kwd_attrs=[\n"
      "        'a'],\n"
      "       kwd_patterns=[\n"
      "        MatchAs(name='b')]),\n"
      "      name='z'),\n"
      "     body=[\n"
      "      Pass()]),\n"
      "    match_case(\n"
      "     pattern=MatchOr(\n"
      "      patterns=[\n"
      "       MatchSingleton(value=None),\n"
      "       MatchValue(\n"
      "        value=UnaryOp(\n"
      "         op=USub(),\n"
      "         operand=Constant(value=1))),\n"
      "       MatchValue(\n"
      "        value=Attribute(\n"
      "         value=Name(id='a', ctx=Load()),\n"
      "         attr='b',\n"
      "         ctx=Load()))]),\n"
      "     body=[\n"
      "      Pass()])])],\n"
      " type_ignores=[])");
  EXPECT_EQ(dump_src("try:\n"
      " pass\n"
      "except* E as e:\n"
      " pass\n"
      ""),
            "Module(\n"
      " body=[\n"
      "  TryStar(\n"
      "   body=[\n"
      "    Pass()],\n"
      "   handlers=[\n"
      "    ExceptHandler(\n"
      "     type=Name(id='E', ctx=Load()),\n"
      "     name='e',\n"
      "     body=[\n"
      "      Pass()])],\n"
      "   orelse=[],\n"
      "   finalbody=[])],\n"
      " type_ignores=[])");
}

TEST(ParserMatch, SoftKeywords) {
  ensure_runtime();
  // match, case and _ stay names outside a match statement
  EXPECT_EQ(dump_src("match = case = _ = 1\n").find("Match("), std::string::npos);
  EXPECT_EQ(dump_src("match(x)\nmatch[1]\nmatch.y: int\n").find("Match("), std::string::npos);
  EXPECT_NE(dump_src("match (x):\n case 1: pass\n").find("Match("), std::string::npos);
  EXPECT_NE(dump_src("match -x, y:\n case case: pass\n").find("MatchAs(name='case')"), std::string::npos);
  EXPECT_ERR("match x\n case 1: pass\n", "SyntaxError", "expected ':'", 1, 8);
  EXPECT_ERR("case 1:\n pass\n", "SyntaxError", "invalid syntax", 1, 6);
  EXPECT_ERR("match x:\ncase 1: pass\n", "IndentationError", "expected an indented block after 'match' statement on line 1", 2, 1);
  EXPECT_ERR("match x:\n case 1:\n x\n", "IndentationError", "expected an indented block after 'case' statement on line 2", 3, 2);
  EXPECT_ERR("match v:\n case {**rest, 'a': 1}: pass\n", "SyntaxError", "invalid syntax", 2, 16);
  EXPECT_ERR("match v:\n case 1j+2: pass\n", "SyntaxError", "real number required in complex literal", 2, 7);
  EXPECT_ERR("match v:\n case 1+2: pass\n", "SyntaxError", "imaginary number required in complex literal", 2, 9);
  EXPECT_ERR("match v:\n case x as _: pass\n", "SyntaxError", "cannot use '_' as a target", 2, 12);
  EXPECT_ERR("try:\n pass\nexcept* E:\n pass\nexcept F:\n pass\n", "SyntaxError",
             "cannot have both 'except' and 'except*' on the same 'try'", 5, 1);
  bool inc = false;
  error_of("match x:\n", ParseMode::Single, &inc);
  EXPECT_TRUE(inc);
}

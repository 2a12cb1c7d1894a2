// Unit tests for _sre: the code checker, the engine on code lists as
// re._compiler (CPython 3.11) produces them, and the robustness of both
// against damaged code (a damaged list must be refused or run safely).
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "runtime/api.h"
#include "stdlib/_sre.h"
#include "stdlib/modules.h"
#include "tests/unit/runtime_env.h"

using namespace rt;
namespace sre = stdlib::sre;

namespace {

struct Compiled {
  const char* pattern;  // for messages: the source re.compile() was given
  ssize groups;
  std::vector<uint32_t> code;
};

// python3: re._compiler._code(re._parser.parse(p), 0) for each pattern.
const Compiled kCodes[] = {
    {"a+b", 0, {14u, 4u, 0u, 2u, 4294967295u, 24u, 6u, 1u, 4294967295u, 16u, 97u, 1u, 16u, 98u, 1u}},
    {"(a|bc)*d", 1, {14u, 4u, 0u, 1u, 4294967295u, 23u, 21u, 0u, 4294967295u, 17u, 0u, 7u, 5u, 16u, 97u, 15u,
                     9u, 7u, 16u, 98u, 16u, 99u, 15u, 2u, 0u, 17u, 1u, 18u, 16u, 100u, 1u}},
    {"(?P<x>a)(?(x)b|c)", 1, {14u, 8u, 1u, 2u, 2u, 1u, 0u, 97u, 0u, 17u, 0u, 16u, 97u, 17u, 1u, 12u, 0u, 6u,
                              16u, 98u, 15u, 3u, 16u, 99u, 1u}},
    {"(?<=ab)c(?!d)", 0, {14u, 4u, 0u, 1u, 1u, 4u, 7u, 2u, 16u, 97u, 16u, 98u, 1u, 16u, 99u, 5u, 5u, 0u, 16u,
                          100u, 1u, 1u}},
    {"(?>a+)b", 0, {14u, 4u, 0u, 2u, 4294967295u, 27u, 9u, 24u, 6u, 1u, 4294967295u, 16u, 97u, 1u, 1u, 16u, 98u, 1u}},
    {"a*+b", 0, {14u, 4u, 0u, 1u, 4294967295u, 29u, 6u, 0u, 4294967295u, 16u, 97u, 1u, 16u, 98u, 1u}},
    {"(?:ab)*+c", 0, {14u, 4u, 0u, 1u, 4294967295u, 28u, 7u, 0u, 4294967295u, 16u, 97u, 16u, 98u, 1u, 16u, 99u, 1u}},
    {"x(a)\\1y", 1, {14u, 10u, 1u, 4u, 4u, 2u, 1u, 120u, 97u, 0u, 0u, 16u, 120u, 17u, 0u, 16u, 97u, 17u, 1u, 11u,
                     0u, 16u, 121u, 1u}},
    {"^\\w+\\b$", 0, {14u, 4u, 0u, 1u, 4294967295u, 6u, 1u, 24u, 9u, 1u, 4294967295u, 13u, 4u, 8u, 14u, 0u, 1u, 6u,
                      10u, 6u, 6u, 1u}},
    {"[\\u0100-\\u0200\\u4e00-\\u9fff]+", 0, {14u, 4u, 0u, 1u, 4294967295u, 24u, 13u, 1u, 4294967295u, 13u, 8u, 22u,
                                              256u, 512u, 22u, 19968u, 40959u, 0u, 1u, 1u}},
    {"hello(world)?", 1, {14u, 16u, 1u, 5u, 10u, 5u, 5u, 104u, 101u, 108u, 108u, 111u, 0u, 0u, 0u, 0u, 0u, 16u,
                          104u, 16u, 101u, 16u, 108u, 16u, 108u, 16u, 111u, 23u, 17u, 0u, 1u, 17u, 0u, 16u, 119u,
                          16u, 111u, 16u, 114u, 16u, 108u, 16u, 100u, 17u, 1u, 18u, 1u}},
    {"(?s).*?z", 0, {14u, 4u, 0u, 1u, 4294967295u, 26u, 5u, 0u, 4294967295u, 3u, 1u, 16u, 122u, 1u}},
    {"(a)(b)(c)|(d)", 4, {14u, 4u, 0u, 1u, 3u, 7u, 21u, 17u, 0u, 16u, 97u, 17u, 1u, 17u, 2u, 16u, 98u, 17u, 3u, 17u,
                          4u, 16u, 99u, 17u, 5u, 15u, 11u, 9u, 17u, 6u, 16u, 100u, 17u, 7u, 15u, 2u, 0u, 1u}},
    {"[^\\s\\d]{2,5}?", 0, {14u, 4u, 0u, 2u, 5u, 26u, 12u, 2u, 5u, 13u, 7u, 21u, 8u, 12u, 8u, 10u, 0u, 1u, 1u}},
    {"(?i)stra\\xdfe", 0, {14u, 4u, 0u, 6u, 6u, 39u, 6u, 16u, 115u, 16u, 383u, 0u, 40u, 116u, 40u, 114u, 40u, 97u,
                           40u, 223u, 40u, 101u, 1u}},
};

Object* sre_module() {
  static Object* m = stdlib::init_sre_module();
  return m;
}

// _sre.compile(None, 32, code, groups, {}, ()) -> pattern or null (error left set).
Object* compile_code(const std::vector<uint32_t>& code, ssize groups) {
  Object* list = list_new(0);
  for (uint32_t c : code) {
    Object* v = int_from_u64(c);
    list_append(list, v);
    decref(v);
  }
  Object* g = int_from_i64(groups);
  Object* gi = dict_new();
  Object* ig = empty_tuple();
  Object* flags = int_from_i64(32);
  Object* args[6] = {None, flags, list, g, gi, ig};
  Object* fn = module_getattr_str(sre_module(), "compile");
  Object* p = call(fn, args, 6);
  for (Object* o : {list, g, gi, ig, flags}) decref(o);
  return p;
}

// p.method(s) for a str subject; the repr of the result ("None", "<re.Match ...>").
std::string run(Object* p, const char* method, const std::string& subject) {
  Object* s = str_from(subject);
  Object* name = str_from_cstr(method);
  Object* r = call_method1(p, name, s);
  decref(name);
  decref(s);
  if (!r) {
    Object* exc = err_fetch();
    Object* text = exc ? object_repr(exc) : nullptr;
    std::string out = text ? std::string(str_view(text)) : "<error>";
    xdecref(text);
    xdecref(exc);
    err_clear();
    return "raised " + out;
  }
  Object* text = object_repr(r);
  std::string out(str_view(text));
  decref(text);
  decref(r);
  return out;
}

}  // namespace

TEST(Sre, ValidatorAcceptsCompilerOutput) {
  ensure_runtime();
  for (const Compiled& c : kCodes)
    EXPECT_TRUE(sre::validate(c.code.data(), ssize(c.code.size()), c.groups)) << c.pattern;
}

TEST(Sre, ValidatorRefusesDamagedStructure) {
  ensure_runtime();
  auto ok = [](std::vector<uint32_t> code, ssize groups) {
    return sre::validate(code.data(), ssize(code.size()), groups);
  };
  // the last op must be SUCCESS; an empty list is refused
  EXPECT_FALSE(ok({}, 0));
  EXPECT_FALSE(ok({16u, 97u}, 0));
  EXPECT_TRUE(ok({1u}, 0));
  // MARK beyond the groups, GROUPREF to a missing group
  EXPECT_FALSE(ok({17u, 2u, 1u}, 1));
  EXPECT_TRUE(ok({17u, 1u, 1u}, 1));
  EXPECT_FALSE(ok({11u, 1u, 1u}, 1));
  // a truncated operand
  EXPECT_FALSE(ok({16u, 1u}, 0));
  // IN whose set does not end in FAILURE, or whose skip leaves the code
  EXPECT_FALSE(ok({13u, 3u, 16u, 97u, 1u}, 0));
  EXPECT_FALSE(ok({13u, 40u, 16u, 97u, 0u, 1u}, 0));
  EXPECT_TRUE(ok({13u, 4u, 16u, 97u, 0u, 1u}, 0));
  // REPEAT_ONE over more than one character
  EXPECT_FALSE(ok({24u, 8u, 0u, 5u, 16u, 97u, 16u, 98u, 1u, 1u}, 0));
  EXPECT_TRUE(ok({24u, 6u, 0u, 5u, 16u, 97u, 1u, 1u}, 0));
  // min > max
  EXPECT_FALSE(ok({24u, 6u, 6u, 5u, 16u, 97u, 1u, 1u}, 0));
  // REPEAT without its UNTIL
  EXPECT_FALSE(ok({23u, 5u, 0u, 5u, 16u, 97u, 1u, 1u}, 0));
  EXPECT_TRUE(ok({23u, 5u, 0u, 5u, 16u, 97u, 18u, 1u}, 0));
  // an UNTIL on its own
  EXPECT_FALSE(ok({18u, 1u}, 0));
  // BRANCH alternatives that jump to different places
  EXPECT_FALSE(ok({7u, 5u, 16u, 97u, 15u, 8u, 5u, 16u, 98u, 15u, 2u, 0u, 1u}, 0));
  EXPECT_TRUE(ok({7u, 5u, 16u, 97u, 15u, 7u, 5u, 16u, 98u, 15u, 2u, 0u, 1u}, 0));
  // a JUMP outside a branch
  EXPECT_FALSE(ok({15u, 1u, 1u}, 0));
  // INFO: an overlap table that does not shrink would make the prefix scan loop
  EXPECT_FALSE(ok({14u, 10u, 1u, 2u, 2u, 2u, 0u, 97u, 97u, 1u, 1u, 16u, 97u, 16u, 97u, 1u}, 0));
  EXPECT_TRUE(ok({14u, 10u, 1u, 2u, 2u, 2u, 0u, 97u, 97u, 0u, 1u, 16u, 97u, 16u, 97u, 1u}, 0));
  // the prefix may only skip LITERAL ops
  EXPECT_FALSE(ok({14u, 10u, 1u, 2u, 2u, 2u, 2u, 97u, 97u, 0u, 1u, 2u, 16u, 97u, 1u}, 0));
  EXPECT_TRUE(ok({14u, 10u, 1u, 2u, 2u, 2u, 2u, 97u, 97u, 0u, 1u, 16u, 97u, 16u, 97u, 1u}, 0));
  // too many groups
  EXPECT_FALSE(ok({1u}, sre::MAXGROUPS + 1));
}

TEST(Sre, ValidatorRefusesDeepNesting) {
  ensure_runtime();
  // 20000 nested atomic groups: refused by the depth limit, not by a stack overflow
  const int depth = 20000;
  std::vector<uint32_t> code;
  std::vector<size_t> skips;
  for (int i = 0; i < depth; i++) {
    code.push_back(27u);
    skips.push_back(code.size());
    code.push_back(0u);
  }
  code.push_back(16u);
  code.push_back(97u);
  for (int i = depth - 1; i >= 0; i--) {
    code.push_back(1u);
    code[skips[size_t(i)]] = uint32_t(code.size() - skips[size_t(i)]);
  }
  code.push_back(1u);
  EXPECT_FALSE(sre::validate(code.data(), ssize(code.size()), 0));
}

TEST(Sre, MatchesLikeCPython) {
  ensure_runtime();
  struct Case {
    int code;  // index into kCodes
    const char* method;
    std::string subject;
    const char* want;  // python3's repr of the result
  };
  const Case cases[] = {
      {0, "search", "xxaab", "<re.Match object; span=(2, 5), match='aab'>"},
      {1, "match", "abcabcad", "<re.Match object; span=(0, 8), match='abcabcad'>"},
      {1, "match", "abcabca", "None"},
      {2, "match", "ab", "<re.Match object; span=(0, 2), match='ab'>"},
      {3, "search", "xabc", "<re.Match object; span=(3, 4), match='c'>"},
      {3, "search", "abcd", "None"},
      {4, "match", "aaab", "<re.Match object; span=(0, 4), match='aaab'>"},
      {6, "match", "ababc", "<re.Match object; span=(0, 5), match='ababc'>"},
      {7, "search", "..xaay", "<re.Match object; span=(2, 6), match='xaay'>"},
      {9, "search", "\u0101\u4e01x", "<re.Match object; span=(0, 2), match='\u0101\u4e01'>"},
      {10, "search", "say helloworld", "<re.Match object; span=(4, 14), match='helloworld'>"},
      {12, "fullmatch", "d", "<re.Match object; span=(0, 1), match='d'>"},
      {14, "search", "xSTRASSE stra\u00dfe", "<re.Match object; span=(9, 15), match='stra\u00dfe'>"},
      {14, "search", "\u017fTRA\u1e9eE", "<re.Match object; span=(0, 6), match='\u017fTRA\u1e9eE'>"},
  };
  for (const Case& c : cases) {
    Object* p = compile_code(kCodes[c.code].code, kCodes[c.code].groups);
    ASSERT_NE(p, nullptr) << kCodes[c.code].pattern;
    EXPECT_EQ(run(p, c.method, c.subject), c.want) << kCodes[c.code].pattern << " " << c.method << " " << c.subject;
    decref(p);
  }
}

TEST(Sre, LongBacktrackingUsesNoCStack) {
  ensure_runtime();
  // (a|bc)*d over 600000 characters: about two frames per repetition, all on the heap
  Object* p = compile_code(kCodes[1].code, kCodes[1].groups);
  ASSERT_NE(p, nullptr);
  std::string s;
  for (int i = 0; i < 200000; i++) s += "abc";
  EXPECT_EQ(run(p, "match", s + "d"), "<re.Match object; span=(0, 600001), match='abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabca>");
  EXPECT_EQ(run(p, "match", s), "None");
  decref(p);
}

TEST(Sre, CaseMappingsAreCPythons) {
  ensure_runtime();
  // the first code point of the full mapping, as CPython's _PyUnicode_ToLowercase/ToUppercase
  EXPECT_EQ(sre::lower_unicode(0x130), 0x69u);   // İ -> i (full: i + combining dot)
  EXPECT_EQ(sre::upper_unicode(0xdf), 0x53u);    // ß -> S (full: SS)
  EXPECT_EQ(sre::upper_unicode(0x1f80), 0x1f08u);
  EXPECT_EQ(sre::upper_unicode(0xfb03), 0x46u);  // ﬃ -> F
  EXPECT_EQ(sre::lower_unicode(0x3a3), 0x3c3u);  // Σ -> σ, never the final form
  EXPECT_EQ(sre::lower_unicode(0x10400), 0x10428u);
  EXPECT_TRUE(sre::unicode_iscased(0xdf));
  EXPECT_FALSE(sre::unicode_iscased(0x4e00));
  EXPECT_FALSE(sre::ascii_iscased(0xe9));
}

TEST(Sre, DamagedCodeIsRefusedOrRunsSafely) {
  ensure_runtime();
  // Mutate valid code at random: what the checker accepts must run without
  // reading outside the code or the subject (the ASan build checks that) and
  // without looping.  SRE_SEED and SRE_ROUNDS run other or more rounds by hand.
  std::mt19937 rng(getenv("SRE_SEED") ? unsigned(atoi(getenv("SRE_SEED"))) : 12345u);
  const std::string subjects[] = {"", "abcabcd", "xaay helloworld zz", "\u0101\u4e01 stra\u00dfe", "aaaaaaab"};
  int accepted = 0;
  for (int round = 0, rounds = getenv("SRE_ROUNDS") ? atoi(getenv("SRE_ROUNDS")) : 20000; round < rounds; round++) {
    const Compiled& c = kCodes[rng() % (sizeof kCodes / sizeof kCodes[0])];
    std::vector<uint32_t> code = c.code;
    int edits = 1 + int(rng() % 3);
    for (int e = 0; e < edits; e++) {
      size_t at = rng() % code.size();
      switch (rng() % 3) {
        case 0: code[at] = rng() % 44; break;            // another opcode
        case 1: code[at] += uint32_t(rng() % 5) - 2; break;  // an offset slightly off
        default: code[at] = rng(); break;               // anything
      }
    }
    if (!sre::validate(code.data(), ssize(code.size()), c.groups)) continue;
    accepted++;
    Object* p = compile_code(code, c.groups);
    ASSERT_NE(p, nullptr);
    for (const std::string& s : subjects)
      for (const char* m : {"match", "search", "fullmatch", "findall"}) run(p, m, s);
    decref(p);
  }
  EXPECT_GT(accepted, 50);  // the mutations do reach the engine
}

// _sre: the regular-expression engine under CPython's `re` package
// (docs/sre.md).  Internal declarations shared by the files of the module:
//
//   stdlib/_sre_engine.cpp    the opcode interpreter (match, search, count)
//   stdlib/_sre_validate.cpp  the check of a code list before it is used
//   stdlib/_sre_state.cpp     subjects (str / bytes / buffers), match state, slices
//   stdlib/_sremodule.cpp     the module functions and the Pattern type
//   stdlib/_sre_match.cpp     the Match and SRE_Scanner types
//
// re._compiler turns a pattern into a list of 32-bit codes (the opcodes of
// re/_constants.py, MAGIC 20220615) and calls _sre.compile(); everything
// below works on that list.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "../runtime/api.h"
#include "runtime/bytes/buffer.h"

namespace stdlib::sre {

using rt::Object;
using rt::ssize;
using code_t = uint32_t;

constexpr int MAGIC = 20220615;
constexpr code_t MAXREPEAT = 0xFFFFFFFFu;   // "no upper bound" (CPython's SRE_MAXREPEAT)
constexpr ssize MAXGROUPS = INT32_MAX / 2;  // 1073741823, as CPython's SRE_MAXGROUPS

// re._constants.OPCODES, in its order.
enum Op : code_t {
  OP_FAILURE, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_ASSERT, OP_ASSERT_NOT, OP_AT, OP_BRANCH, OP_CATEGORY,
  OP_CHARSET, OP_BIGCHARSET, OP_GROUPREF, OP_GROUPREF_EXISTS, OP_IN, OP_INFO, OP_JUMP, OP_LITERAL, OP_MARK,
  OP_MAX_UNTIL, OP_MIN_UNTIL, OP_NOT_LITERAL, OP_NEGATE, OP_RANGE, OP_REPEAT, OP_REPEAT_ONE, OP_SUBPATTERN,
  OP_MIN_REPEAT_ONE, OP_ATOMIC_GROUP, OP_POSSESSIVE_REPEAT, OP_POSSESSIVE_REPEAT_ONE,
  OP_GROUPREF_IGNORE, OP_IN_IGNORE, OP_LITERAL_IGNORE, OP_NOT_LITERAL_IGNORE,
  OP_GROUPREF_LOC_IGNORE, OP_IN_LOC_IGNORE, OP_LITERAL_LOC_IGNORE, OP_NOT_LITERAL_LOC_IGNORE,
  OP_GROUPREF_UNI_IGNORE, OP_IN_UNI_IGNORE, OP_LITERAL_UNI_IGNORE, OP_NOT_LITERAL_UNI_IGNORE,
  OP_RANGE_UNI_IGNORE,
  OP_COUNT
};

// re._constants.ATCODES.
enum AtCode : code_t {
  AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_END, AT_END_LINE,
  AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
  AT_COUNT
};

// re._constants.CHCODES.
enum Category : code_t {
  CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD, CAT_LINEBREAK,
  CAT_NOT_LINEBREAK, CAT_LOC_WORD, CAT_LOC_NOT_WORD, CAT_UNI_DIGIT, CAT_UNI_NOT_DIGIT, CAT_UNI_SPACE,
  CAT_UNI_NOT_SPACE, CAT_UNI_WORD, CAT_UNI_NOT_WORD, CAT_UNI_LINEBREAK, CAT_UNI_NOT_LINEBREAK,
  CAT_COUNT
};

// Flags of the pattern (re.IGNORECASE ...) and of the INFO block.
enum : int {
  FLAG_TEMPLATE = 1, FLAG_IGNORECASE = 2, FLAG_LOCALE = 4, FLAG_MULTILINE = 8, FLAG_DOTALL = 16,
  FLAG_UNICODE = 32, FLAG_VERBOSE = 64, FLAG_DEBUG = 128, FLAG_ASCII = 256,
};
enum : code_t { INFO_PREFIX = 1, INFO_LITERAL = 2, INFO_CHARSET = 4 };

// Engine results besides 1 (matched) and 0 (no match).
enum : ssize {
  ERR_ILLEGAL = -1,      // an opcode the engine cannot run (the validator prevents it)
  ERR_STATE = -2,        // an UNTIL without its REPEAT (idem)
  ERR_MEMORY = -9,       // the backtracking stacks could not grow
  ERR_INTERRUPTED = -10, // a signal handler raised (KeyboardInterrupt): the exception is set
};

// ---- case and character classes (stdlib/_sre_engine.cpp) --------------------------------
// CPython's single-code-point case mappings: the first code point of the full
// mapping ("ß".upper() is "SS": upper_unicode('ß') is 'S').
uint32_t lower_unicode(uint32_t ch);
uint32_t upper_unicode(uint32_t ch);
inline uint32_t lower_ascii(uint32_t ch) { return ch - 'A' < 26 ? ch + 32 : ch; }
inline bool ascii_iscased(uint32_t ch) { return ch < 128 && ((ch | 32) - 'a' < 26); }
bool unicode_iscased(uint32_t ch);

// Every character set's answer for the characters below 256 as a 256-bit
// map, made by _sre.compile: a byte subject then tests one bit instead of
// walking the set (sets of LOCALE patterns, which depend on the locale, have none).
struct SetMaps {
  std::vector<int32_t> at;     // at[k] >= 0: the set that starts at code[k] has map number at[k]
  std::vector<uint32_t> bits;  // 8 words per map
  bool has(uint32_t setpos) const { return at[setpos] >= 0; }
  bool test(uint32_t setpos, uint32_t ch) const {
    return (bits[size_t(at[setpos]) * 8 + (ch >> 5)] >> (ch & 31)) & 1;
  }
};
// Where the sets of a code list start, and the opcode that owns each (OP_IN
// for the INFO block's first-character set), as validate() found them.
struct SetRef {
  ssize start;
  code_t op;
};
SetMaps* build_setmaps(const code_t* code, ssize n, const std::vector<SetRef>& sets);  // null: no maps

// ---- the objects ----------------------------------------------------------------------------
struct PatternObject : rt::VarObject {  // ob_size: number of codes
  Object* pattern;     // the source (str, bytes, None ...), never null once built
  Object* groupindex;  // dict name -> number, or null when the pattern has no named group
  Object* indexgroup;  // tuple number -> name or None, or null
  Object* weaklist;    // weak references (tp_weaklistoffset)
  SetMaps* setmaps;    // owned, may be null
  ssize groups;        // capturing groups (group 0 not counted)
  int flags;
  int isbytes;         // 1 bytes pattern, 0 str pattern, -1 no source (matches both)
  code_t code[1];
};
inline PatternObject* P(Object* o) { return static_cast<PatternObject*>(o); }

struct MatchObject : rt::VarObject {  // ob_size: number of ssize slots in mark[]
  Object* string;      // the subject as given
  Object* regs;        // cached .regs tuple, or null
  PatternObject* pattern;
  ssize pos, endpos;
  ssize lastindex;     // -1: None
  ssize ngroups;       // groups + 1
  bool has_offsets;    // a non-ASCII str: mark[2*ngroups ..] are the UTF-8 byte offsets of the marks
  ssize mark[1];       // 2*ngroups code point indexes (start, end), -1 for a group that did not match
};
inline MatchObject* M(Object* o) { return static_cast<MatchObject*>(o); }

struct State;
struct ScannerObject : Object {
  PatternObject* pattern;
  State* state;        // owned (C++), null once the scanner died
  bool executing;
};

extern rt::TypeObject PatternType, MatchType, ScannerType;

// ---- subjects and the match state (stdlib/_sre_state.cpp) -----------------------------------
// A non-ASCII str decoded once to fixed-width code points (Latin-1 bytes when
// every code point is below 256, else UCS-4), with the UTF-8 byte offset of
// every 64th code point so that slices of the original text are cheap.
struct Decoded {
  int charsize = 1;
  std::vector<uint8_t> u1;
  std::vector<uint32_t> u4;
  std::vector<ssize> index;  // index[k]: byte offset of code point 64*k
  // The byte offset of code point i, walked from its checkpoint, or from code
  // point `cp` at byte `byte` when that is at or below i and nearer.
  ssize byte_offset(const char* utf8, ssize i, ssize cp = -1, ssize byte = 0) const;
};

// One backtracking frame of the engine (see _sre_engine.cpp).
struct Frame {
  ssize ptr;
  ssize count;
  ssize aux;
  uint32_t pc;
  int32_t lastmark, lastindex;
  int32_t rep;
  uint32_t chr;
  uint8_t resume;
  uint8_t toplevel;
  uint8_t pushed;
};
// A REPEAT's loop record (MAX_UNTIL / MIN_UNTIL read and update it).
struct Repeat {
  ssize count;
  ssize last_ptr;  // -1: none yet
  uint32_t pc;     // index of the REPEAT's <skip> word
  int32_t prev;    // the enclosing repeat, -1: none
};

struct State {
  Object* string = nullptr;   // owned
  bool isbytes = false;
  int charsize = 1;           // 1: data is uint8_t[], 4: uint32_t[]
  const void* data = nullptr; // index 0 is the beginning of the subject
  ssize length = 0;
  // Where slices come from: a str's UTF-8 (utf8 non-null; ascii: offsets are
  // indexes, else through decoded), or bytes-like data (data, charsize 1).
  const char* utf8 = nullptr;
  bool ascii = true;
  std::shared_ptr<const Decoded> decoded;
  // The last slice's end (code point, UTF-8 byte) in a decoded str: findall,
  // split and sub slice left to right, so each slice walks from the last one.
  ssize cursor_cp = -1, cursor_byte = 0;
  rt::Buffer view;            // the subject's buffer while the state lives (bytes-like objects but bytes)

  ssize pos = 0, endpos = 0;  // the adjusted bounds the caller gave
  ssize start = 0, end = 0;   // the current attempt: from start, up to end (== endpos)
  ssize ptr = 0;              // the end of a match
  bool match_all = false;     // fullmatch: SUCCESS only at end
  bool must_advance = false;  // the previous match was empty here: refuse another empty one at start

  std::vector<ssize> mark;    // 2*groups; -1: not set
  int32_t lastmark = -1, lastindex = -1;
  int32_t repeat = -1;

  // The engine's stacks, kept between calls to reuse their memory.
  std::vector<Frame> frames;
  std::vector<ssize> data_stack;
  std::vector<Repeat> repeats;
  uint32_t sigcount = 0;

  State() = default;
  State(const State&) = delete;
  State& operator=(const State&) = delete;
  ~State();
};

// Prepare st for matching pattern p against string between pos and endpos
// (clamped as CPython does).  -1 with TypeError for a subject of the wrong kind.
int state_init(State& st, PatternObject* p, Object* string, ssize pos, ssize endpos);
void state_reset(State& st);  // forget marks and stacks before another search
// The subject's text between code point indexes i <= j (a new exact str or bytes).
Object* state_slice(State& st, ssize i, ssize j);
// Group `index` (1-based) of the last match, or None / the empty string when unset.
Object* state_group(State& st, ssize index, bool empty_if_unset);
// A Match object for the last result (status > 0), None (status 0), or the error.
Object* new_match(PatternObject* p, State& st, ssize status);
// Raise the exception for an engine status < 0 (nothing for ERR_INTERRUPTED: already set).
void raise_engine_error(ssize status);
// A subject's kind, without keeping a buffer: 1 bytes-like, 0 str, -1 error
// ("expected string or bytes-like object, got 'int'").
int subject_kind(Object* string);
// Does a str or bytes-like template contain a backslash?  -1 (no error set): neither.
int template_has_backslash(Object* t);
// Group `index` of a Match, or dflt (borrowed) when the group did not take
// part; a bytes-like subject is read again (a bytearray may have changed since).
Object* match_group(MatchObject* m, ssize index, Object* dflt);
// Release cached decodings (runtime finalisation).
void clear_subject_cache();

// ---- the engine (stdlib/_sre_engine.cpp) -------------------------------------------------
// Match p's code from st.start (st.ptr must equal it); 1 matched (st.ptr is
// the end, st.mark the groups), 0 not, < 0 an error.
ssize engine_match(State& st, const PatternObject* p);
// Search for the leftmost match from st.start; st.start is where it begins.
ssize engine_search(State& st, const PatternObject* p);

// ---- validation (stdlib/_sre_validate.cpp) -----------------------------------------------
// Is code[0..n) well formed for `groups` groups?  The engine trusts every
// offset, group number and block structure that passes.  With `sets`, the
// character sets found are listed there.
bool validate(const code_t* code, ssize n, ssize groups, std::vector<SetRef>* sets = nullptr);

// ---- shared by the types ---------------------------------------------------------------
Object* pattern_expand_hook(PatternObject* p, Object* match, Object* templ);  // re._expand(p, m, t)
int ready_types();  // PatternType, MatchType, ScannerType (start-up)
// The setter of the attributes CPython makes read-only members (Pattern.pattern,
// Match.pos ...): AttributeError "readonly attribute" on assignment and deletion.
int readonly_attribute(Object* self, Object* value, void*);

}  // namespace stdlib::sre

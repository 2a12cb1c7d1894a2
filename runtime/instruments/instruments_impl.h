// The instruments' recorded data, shared by the files that implement them:
// runtime/instruments.cpp (recording), runtime/instruments_report.cpp (the
// --stats report and --stats-json), runtime/trace.cpp (--trace JSON),
// runtime/trace_html.cpp (--trace-html) and stdlib/pyglassmodule.cpp.
//
// How recording works (see docs/instruments.md):
//  * ins::enabled is false unless a flag asked for an instrument (or a script
//    imported _pyglass).  Every hook outside this area is one line guarded by
//    it (PG_INS below), so instruments that are off cost one predictable
//    branch; with -DPYGLASS_INSTRUMENTS=OFF the hooks compile to nothing.
//  * Allocator counters (per type created/freed, free lists, small ints,
//    interning) are plain integers updated under the GIL.
//  * Each thread that ever ran Python owns one ThreadRec.  Its counters and
//    its event buffer are written only by that thread (with or without the
//    GIL), and read by others only at exit or under the registry lock for a
//    snapshot of counters (a torn read of a counter is harmless there).
//    ThreadRecs are never freed before exit, so pointers to them stay valid.
//  * Timeline events are appended only when ins::tracing is on; the buffers
//    are written out once, at exit.
#pragma once
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/object.h"

#ifndef PYGLASS_INSTRUMENTS
#define PYGLASS_INSTRUMENTS 1
#endif
#if PYGLASS_INSTRUMENTS
#define PG_INS(stmt)                        \
  do {                                      \
    if (__builtin_expect(ins::enabled, 0)) { \
      stmt;                                 \
    }                                       \
  } while (0)
#else
#define PG_INS(stmt) \
  do {               \
  } while (0)
#endif

namespace rt { struct ThreadState; }

namespace ins {

extern bool enabled;  // any instrument on: the hooks record
extern bool tracing;  // --trace / --trace-html: timeline events are kept

// ---- options (set by interp/main.cpp before runtime_init) --------------------
struct Options {
  bool stats = false;          // --stats: text report on stderr at exit
  std::string stats_json;      // --stats-json FILE
  std::string trace;           // --trace FILE (Chrome Trace Event Format)
  std::string trace_html;      // --trace-html FILE
  int top_types = 15;          // --stats-top N: types listed in the report
  // the race explorer (interp/explore.cpp)
  int explore_runs = 0;               // --explore N
  uint64_t seed_base = 1;             // --seed-base S
  std::vector<std::string> expects;   // --expect OUTPUT (repeatable)
  std::string sched = "uniform";      // --sched uniform|pct (seeded runs use it too)
  int jobs = 0;                       // --jobs N: parallel runs (0: one per core)
};
extern Options options;
// Parse one instrument option at argv[i] (advancing i past its argument).
// Returns 1 if it was one, 0 if not, -1 after printing a usage error.
int parse_option(int argc, char** argv, int& i);
// The race explorer: run the script --explore N times (interp/explore.cpp).
int explore_main(int argc, char** argv, const std::string& script);
// Turn recording on according to `options` (called once, before runtime_init).
void configure();
// Turn counting on from now (importing _pyglass does this).
void enable_counting();

// ---- time ----------------------------------------------------------------------
int64_t now_ns();  // monotonic nanoseconds since the instruments started

// ---- allocator --------------------------------------------------------------------
struct TypeCount {
  const rt::TypeObject* type = nullptr;  // null: free slot; the type may be gone (retired)
  std::string name;
  uint64_t created = 0, freed = 0;
};
struct AllocStats {
  uint64_t created = 0, freed = 0;
  uint64_t float_hits = 0, float_misses = 0;
  uint64_t list_hits = 0, list_misses = 0;
  uint64_t smallint_hits = 0;
  uint64_t interned_added = 0, interned_removed = 0;
};
extern AllocStats alloc;
uint32_t register_type(rt::TypeObject* type);  // first instance of a type: give it a report row
void retire_type(const rt::TypeObject* t);     // a heap type is being freed: keep its counts
// rt::alloc_object / rt::free_object (before the memory goes): inline, one increment each.
inline void note_alloc(rt::TypeObject* type) {
  alloc.created++;
  if (__builtin_expect(type->ins_slot == 0, 0)) register_type(type);
  type->ins_created++;
}
inline void note_free(rt::Object* o) {
  rt::TypeObject* type = o->ob_type;
  alloc.freed++;
  if (__builtin_expect(type->ins_slot == 0, 0)) register_type(type);
  type->ins_freed++;
  if (__builtin_expect((type->tp_flags & rt::TPFLAG_TYPE_SUBCLASS) != 0, 0))
    retire_type(static_cast<rt::TypeObject*>(o));
}
// Every type seen, retired ones included (merged by name for the report).
std::vector<TypeCount> type_counts();

// ---- the collector ---------------------------------------------------------------
struct GcRecord {
  int generation;
  int thread;  // ThreadRec index
  int64_t start_ns, dur_ns;
  int64_t examined, collected, uncollectable;
  int64_t counts[3];  // gc.get_count() afterwards
  int64_t live;       // refchain length afterwards
};
struct GenTotals {
  int64_t collections = 0, examined = 0, collected = 0, uncollectable = 0;
  int64_t total_ns = 0, max_ns = 0;
};
extern GenTotals gen_totals[3];
extern std::vector<GcRecord> gc_records;  // only when tracing
// One line at the start of gc::collect: the scope times the collection and
// reads the collector's statistics when it ends.
class GcScope {
 public:
  explicit GcScope(int generation);
  ~GcScope();
  GcScope(const GcScope&) = delete;
  GcScope& operator=(const GcScope&) = delete;

 private:
  bool on_;
  int gen_;
  int64_t t0_ = 0, examined_ = 0, collected0_ = 0, uncollectable0_ = 0;
};

// ---- threads -------------------------------------------------------------------------
enum class Ev : uint8_t { Gil, Wait, Start, End, Counter };
struct Event {
  Ev kind;
  int64_t ts, dur;     // ns
  std::string name;    // wait: "lock", "sleep", "join", "io", ...; gil: release reason
  std::string detail;  // wait: what (lock name, file ...); holder
};
struct ThreadRec {
  int index = 0;
  std::string name;
  uint64_t ident = 0, native_id = 0, serial = 0;
  int64_t start_ns = 0, end_ns = -1;
  uint64_t bytecodes = 0;
  int64_t gil_held_ns = 0, gil_wait_ns = 0, blocked_ns = 0;
  uint64_t acquisitions = 0, forced_releases = 0, voluntary_releases = 0, futile_wakeups = 0;
  uint64_t waits = 0;
  // open intervals
  int64_t held_since = -1, gil_wait_since = -1, wait_since = -1;
  std::string wait_kind, wait_name, wait_holder;
  std::vector<Event> events;
  uint64_t dropped = 0;
  rt::ThreadState* ts = nullptr;  // while the thread lives
};
struct Counter {
  int64_t ts;
  int64_t gen[3];
  int64_t live;
};
extern std::vector<Counter> counters;  // only when tracing
extern size_t max_events;              // per thread; beyond it events are dropped (counted)

std::mutex& registry_lock();
std::vector<ThreadRec*>& threads();  // guarded by registry_lock()
ThreadRec* current_thread_rec();     // the calling thread's (created on first use)
// Copy the live bytecode counts from each ThreadState into the records.
void sync_thread_counters();

// ---- program-level -------------------------------------------------------------------
struct RunInfo {
  int64_t wall_ns = 0;
  double cpu_s = 0;
  int64_t live_at_end = -1;   // refchain length when the program ended (before teardown)
  int64_t live_at_exit = -1;  // after teardown
  int64_t interned_at_end = -1;  // intern table entries when the program ended
  int exit_status = 0;
  std::string script;
  bool seeded = false;
  uint64_t seed = 0;
};
extern RunInfo run;

// ---- program-level hooks (the GIL's and scheduler's are in runtime/instruments.h) ----
void set_seed(uint64_t seed);     // seeded mode is on
void program_ended(const char* script);  // main: the program proper finished (before teardown)
// Write the reports (once).  exit_status -1: unknown (exit() called elsewhere).
void finish(int exit_status, bool from_atexit = false);

// Writers (each returns false and prints to stderr on an I/O error).
void write_text_report(FILE* out);
bool write_stats_json(const std::string& path);
std::string stats_json();
std::string trace_json();
std::string json_escape(const std::string& s);  // a JSON string literal, quotes included
bool write_trace_json(const std::string& path);
bool write_trace_html(const std::string& path);

}  // namespace ins

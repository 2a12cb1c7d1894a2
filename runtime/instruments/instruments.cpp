// Recording for the instruments: the hooks the GIL and the scheduler call
// (runtime/instruments.h), allocator and collector counters, the per-thread
// records and timeline events, and the exit path that writes the reports.
//
// Invariants (see also runtime/instruments_impl.h):
//  * Nothing here allocates Python objects: the hooks run inside
//    alloc_object/free_object, the collector and GIL hand-offs.
//  * Per-thread GIL counters are kept by runtime/gil.cpp in the ThreadState;
//    a ThreadRec copies them (snapshot) when its thread ends and at exit, so
//    the figures survive the ThreadState.  The hooks here add only what the
//    ThreadState does not have: timeline events and wait accounting.
//  * The per-type table is keyed by TypeObject*.  A type object that is freed
//    is "retired": its entry leaves the lookup table (so a new type at the
//    same address starts afresh) but its counts stay for the report.
//  * A ThreadRec is created the first time a thread touches a hook and lives
//    until exit; only its own thread writes its counters and events.
//  * finish() runs once: from main after the runtime is torn down, or from
//    the atexit handler when the program ends through exit() elsewhere (the
//    deadlock detector); os._exit skips it.
#include "runtime/instruments/instruments.h"

#include <pthread.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>

#include "gc/gc.h"
#include "runtime/api.h"
#include "runtime/instruments/instruments_impl.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/state.h"

namespace rt {
size_t str_interned_count();  // runtime/str.cpp
}

namespace ins {

bool enabled = false;
bool tracing = false;
Options options;
AllocStats alloc;
GenTotals gen_totals[3];
std::vector<GcRecord> gc_records;
std::vector<Counter> counters;
size_t max_events = 2'000'000;
RunInfo run;

namespace {

using Clock = std::chrono::steady_clock;
const Clock::time_point g_epoch = Clock::now();
bool g_finished = false;
bool g_atexit_registered = false;

// ---- the per-type table ----------------------------------------------------------
std::vector<TypeCount> g_types;  // one row per type seen; type == nullptr once retired


// ---- threads -----------------------------------------------------------------------
std::mutex g_registry_mu;
std::vector<ThreadRec*> g_threads;
thread_local ThreadRec* t_rec = nullptr;

void push_event(ThreadRec* r, Event&& e) {
  if (r->events.size() >= max_events) {
    r->dropped++;
    return;
  }
  r->events.push_back(std::move(e));
}

void sample_counters(int64_t t) {
  Counter c;
  c.ts = t;
  for (int i = 0; i < 3; i++) c.gen[i] = gc::get_count(i);
  c.live = rt::refchain_length();
  counters.push_back(c);
}

double cpu_seconds() {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void atexit_handler() {
  if (!g_finished && enabled) finish(-1, /*from_atexit=*/true);
}

// Copy a live thread's counters (kept by runtime/gil.cpp in its ThreadState).
void snapshot(ThreadRec* r, rt::ThreadState* ts) {
  rt::Interp* in = rt::interp_state();
  int64_t interval = in && in->check_interval > 0 ? in->check_interval : 1;
  int64_t pending = interval - ts->ticker;
  r->bytecodes = ts->bytecodes + uint64_t(pending > 0 && pending <= interval ? pending : 0);
  r->gil_held_ns = int64_t(ts->gil_hold_ns);
  r->gil_wait_ns = int64_t(ts->gil_wait_ns);
  r->acquisitions = ts->gil_acquisitions;
  r->forced_releases = ts->gil_forced_releases;
  r->voluntary_releases = ts->gil_voluntary_releases;
  r->futile_wakeups = ts->gil_futile_wakeups;
  if (ts->name[0]) r->name = ts->name;
  if (ts->thread_id) r->ident = ts->thread_id;
  if (ts->native_id) r->native_id = ts->native_id;
  if (ts->serial) r->serial = ts->serial;
}

// The name of the thread with this serial (for "held by"), or "".
std::string name_of_serial(uint64_t serial) {
  if (!serial) return "";
  std::lock_guard<std::mutex> lk(g_registry_mu);
  for (ThreadRec* r : g_threads)
    if (r->serial == serial || (r->ts && r->ts->serial == serial))
      return r->ts && r->ts->name[0] ? std::string(r->ts->name) : r->name;
  return "thread #" + std::to_string(serial);
}

}  // namespace

int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - g_epoch).count();
}

void configure() {
  tracing = !options.trace.empty() || !options.trace_html.empty();
  enabled = tracing || options.stats || !options.stats_json.empty();
  if (enabled && !g_atexit_registered) {
    g_atexit_registered = true;
    std::atexit(atexit_handler);
  }
  if (tracing) counters.reserve(1024);
}

void enable_counting() { enabled = true; }

// ---- allocator hooks -------------------------------------------------------------------
uint32_t register_type(rt::TypeObject* type) {
  TypeCount tc;
  tc.type = type;
  tc.name = type->tp_name ? type->tp_name : "?";
  g_types.push_back(std::move(tc));
  type->ins_slot = uint32_t(g_types.size());
  return type->ins_slot;
}

void retire_type(const rt::TypeObject* t) {
  if (!t->ins_slot || t->ins_slot > g_types.size()) return;
  TypeCount& row = g_types[t->ins_slot - 1];
  if (row.type != t) return;
  row.created = t->ins_created;
  row.freed = t->ins_freed;
  row.type = nullptr;
}

std::vector<TypeCount> type_counts() {
  std::vector<TypeCount> out = g_types;
  for (TypeCount& row : out)
    if (row.type) {
      row.created = row.type->ins_created;
      row.freed = row.type->ins_freed;
    }
  return out;
}

// ---- the collector -----------------------------------------------------------------
namespace {
bool count_one(rt::Object*, void* ctx) {
  ++*static_cast<int64_t*>(ctx);
  return true;
}
}  // namespace

GcScope::GcScope(int generation) : on_(enabled), gen_(generation) {
  if (!on_) return;
  if (gen_ < 0) gen_ = 0;
  if (gen_ > 2) gen_ = 2;
  for (int g = 0; g <= gen_; g++) gc::for_each_tracked(g, count_one, &examined_);
  collected0_ = gc::get_stats(gen_).collected;
  uncollectable0_ = gc::get_stats(gen_).uncollectable;
  t0_ = now_ns();
}

GcScope::~GcScope() {
  if (!on_) return;
  int64_t t1 = now_ns();
  int64_t dur = t1 - t0_;
  GenTotals& g = gen_totals[gen_];
  g.collections++;
  g.examined += examined_;
  int64_t collected = gc::get_stats(gen_).collected - collected0_;
  int64_t uncollectable = gc::get_stats(gen_).uncollectable - uncollectable0_;
  g.collected += collected;
  g.uncollectable += uncollectable;
  g.total_ns += dur;
  g.max_ns = std::max(g.max_ns, dur);
  if (tracing) {
    GcRecord r;
    r.generation = gen_;
    r.thread = current_thread_rec()->index;
    r.start_ns = t0_;
    r.dur_ns = dur;
    r.examined = examined_;
    r.collected = collected;
    r.uncollectable = uncollectable;
    for (int i = 0; i < 3; i++) r.counts[i] = gc::get_count(i);
    r.live = rt::refchain_length();
    gc_records.push_back(r);
    sample_counters(t1);
  }
}

// ---- threads -----------------------------------------------------------------------------
std::mutex& registry_lock() { return g_registry_mu; }
std::vector<ThreadRec*>& threads() { return g_threads; }

ThreadRec* current_thread_rec() {
  if (t_rec) return t_rec;
  auto* r = new ThreadRec();
  r->start_ns = now_ns();
  r->ts = rt::tstate();
  if (r->ts) {
    r->native_id = r->ts->native_id;
    r->ident = r->ts->thread_id;
    r->serial = r->ts->serial;
  } else {
    r->ident = uint64_t(pthread_self());
  }
  {
    std::lock_guard<std::mutex> lk(g_registry_mu);
    r->index = int(g_threads.size());
    r->name = r->index == 0 ? "MainThread" : "Thread #" + std::to_string(r->index);
    if (r->index == 0) r->start_ns = 0;  // the main thread runs from the start
    g_threads.push_back(r);
  }
  t_rec = r;
  return r;
}

void sync_thread_counters() {
  std::lock_guard<std::mutex> lk(g_registry_mu);
  rt::Interp* in = rt::interp_state();
  if (!in) return;
  // Only trust a ThreadState pointer while it is still registered.
  for (rt::ThreadState* ts = in->threads; ts; ts = ts->next)
    for (ThreadRec* r : g_threads)
      if (r->ts == ts) snapshot(r, ts);
}

void set_seed(uint64_t seed) {
  run.seeded = true;
  run.seed = seed;
}

// ---- the end of the program -----------------------------------------------------------------
void program_ended(const char* script) {
  if (!enabled) return;
  if (script) run.script = script;
  ThreadRec* me = current_thread_rec();  // the main thread has a record even if no hook ran
  if (!me->ts) me->ts = rt::tstate();
  run.live_at_end = rt::refchain_length();
  run.interned_at_end = int64_t(rt::str_interned_count());
  sync_thread_counters();
  if (tracing) sample_counters(now_ns());
}

void finish(int exit_status, bool from_atexit) {
  if (g_finished || !enabled) return;
  g_finished = true;
  run.exit_status = exit_status;
  run.wall_ns = now_ns();
  run.cpu_s = cpu_seconds();
  rt::Interp* in = rt::interp_state();
  if (in && in->seeded) set_seed(in->seed);
  if (from_atexit) {
    sync_thread_counters();
    if (run.live_at_end < 0) run.live_at_end = rt::refchain_length();
    if (run.interned_at_end < 0) run.interned_at_end = int64_t(rt::str_interned_count());
  } else {
    run.live_at_exit = rt::refchain_length();
  }
  int64_t t = now_ns();
  {
    std::lock_guard<std::mutex> lk(g_registry_mu);
    for (ThreadRec* r : g_threads) {
      if (r->held_since >= 0) {  // the span still open at exit
        r->gil_held_ns += t - r->held_since;
        if (tracing) push_event(r, Event{Ev::Gil, r->held_since, t - r->held_since, "exit", ""});
        r->held_since = -1;
      }
      if (r->wait_since >= 0) {  // still blocked at exit (deadlock, daemon threads)
        r->blocked_ns += t - r->wait_since;
        if (tracing) {
          std::string d = r->wait_name;
          if (!r->wait_holder.empty()) d += " (held by " + r->wait_holder + ")";
          push_event(r, Event{Ev::Wait, r->wait_since, t - r->wait_since, r->wait_kind, d + " [never ended]"});
        }
        r->wait_since = -1;
      }
    }
  }
  std::fflush(stdout);
  if (options.stats) write_text_report(stderr);
  if (!options.stats_json.empty()) write_stats_json(options.stats_json);
  if (!options.trace.empty()) write_trace_json(options.trace);
  if (!options.trace_html.empty()) write_trace_html(options.trace_html);
  std::fflush(stderr);
}

}  // namespace ins

// ---- the hooks of runtime/instruments.h ---------------------------------------------------------
namespace rt::instruments {

namespace {
Totals g_totals{};
}

void on_gil_acquired(ThreadState* ts, int64_t waited_ns) {
  if (!ins::enabled) return;
  ins::ThreadRec* r = ins::current_thread_rec();
  int64_t t = ins::now_ns();
  r->held_since = t;
  // Long GIL waits show on the timeline (short ones would only add noise).
  if (ins::tracing && waited_ns >= 20'000)
    ins::push_event(r, ins::Event{ins::Ev::Wait, t - waited_ns, waited_ns, "gil", "waiting for the GIL"});
  if (ins::tracing && (ins::counters.empty() || t - ins::counters.back().ts > 1'000'000)) ins::sample_counters(t);
  (void)ts;
}

void on_gil_released(ThreadState* ts, bool forced) {
  if (!ins::enabled) return;
  ins::ThreadRec* r = ins::current_thread_rec();
  if (r->held_since < 0) return;
  int64_t t = ins::now_ns();
  if (ins::tracing)
    ins::push_event(r, ins::Event{ins::Ev::Gil, r->held_since, t - r->held_since, forced ? "forced" : "voluntary", ""});
  r->held_since = -1;
  (void)ts;
}

void on_wait_begin(ThreadState* ts, sched::WaitKind kind, Object* what, uint64_t holder_serial) {
  unsigned k = unsigned(kind);
  if (k < 8) g_totals.waits[k]++;
  if (!ins::enabled) return;
  ins::ThreadRec* r = ins::current_thread_rec();
  r->wait_since = ins::now_ns();
  r->waits++;
  if (ins::tracing) {
    r->wait_kind = sched::wait_kind_name(kind);
    r->wait_name = sched::wait_site(ts);  // "Queue.get (Condition.wait)": runtime/sched_names.cpp
    if (what) {
      char buf[160];
      std::snprintf(buf, sizeof buf, "%s object at %p", type_of(what)->tp_name, static_cast<void*>(what));
      r->wait_name += r->wait_name.empty() ? buf : std::string(": ") + buf;
    }
    r->wait_holder = ins::name_of_serial(holder_serial);
  }
  (void)ts;
}

void on_wait_end(ThreadState* ts, bool satisfied) {
  if (!ins::enabled) return;
  ins::ThreadRec* r = ins::current_thread_rec();
  if (r->wait_since < 0) return;
  int64_t t = ins::now_ns();
  r->blocked_ns += t - r->wait_since;
  if (ins::tracing) {
    std::string detail = r->wait_name;
    if (!r->wait_holder.empty()) detail += detail.empty() ? "held by " + r->wait_holder : " (held by " + r->wait_holder + ")";
    if (!satisfied) detail += " [timed out]";
    ins::push_event(r, ins::Event{ins::Ev::Wait, r->wait_since, t - r->wait_since, r->wait_kind, std::move(detail)});
  }
  r->wait_since = -1;
  (void)ts;
}

void on_thread_start(ThreadState* ts) {
  g_totals.threads_started++;
  if (!ins::enabled) return;
  ins::ThreadRec* r = ins::current_thread_rec();
  r->ts = ts;
  if (ts) r->serial = ts->serial;
  if (ins::tracing) ins::push_event(r, ins::Event{ins::Ev::Start, ins::now_ns(), 0, "thread start", ""});
}

void on_thread_end(ThreadState* ts) {
  g_totals.threads_ended++;
  if (!ins::enabled) return;
  ins::ThreadRec* r = ins::current_thread_rec();
  int64_t t = ins::now_ns();
  if (ts) ins::snapshot(r, ts);
  r->end_ns = t;
  if (r->held_since >= 0) {  // the thread ends holding the GIL: close that span here, not at exit
    if (ins::tracing) ins::push_event(r, ins::Event{ins::Ev::Gil, r->held_since, t - r->held_since, "end", ""});
    r->held_since = -1;
  }
  if (ins::tracing) ins::push_event(r, ins::Event{ins::Ev::End, t, 0, "thread end", ""});
  std::lock_guard<std::mutex> lk(ins::g_registry_mu);
  r->ts = nullptr;
}

Totals totals() { return g_totals; }

void after_fork_child() {
  // Until the instruments follow processes (issue 12's cross-process part),
  // a forked child records nothing and writes no report or trace: the files
  // named on the command line belong to the parent, which writes them at its
  // own exit.  The registry's mutex is made anew (another thread of the
  // parent may have held it at the fork); its records are never read again.
  new (&ins::g_registry_mu) std::mutex();
  ins::enabled = false;
  ins::tracing = false;
  ins::g_finished = true;
}

}  // namespace rt::instruments

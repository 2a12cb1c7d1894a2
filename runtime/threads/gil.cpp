// The GIL over OS threads (real-time mode).  See docs/gil.md for the picture.
//
// How it works:
//   The lock is one 64-bit atomic word: its state (FREE, HELD, or HANDOFF =
//   free, dropped by a forced switch), the serial of the thread that holds it
//   or held it last, and the number of acquisitions.  A thread owns the GIL
//   after a successful compare-exchange from a non-HELD word.
//   A thread that finds it taken counts itself in `waiters` and spins (ticker
//   policy on a multicore machine: a hand-off comes every 100 ticks, a few
//   microseconds; each poll is a compare-exchange that expects the HANDOFF
//   word the holder will store, see try_take_spin); after kSpinNs it sleeps
//   on `cv` under `mu`, counted in `sleepers`.  A release stores the word
//   and, if anyone sleeps, notifies one sleeper with `mu` taken, so the
//   wake-up cannot be lost (the sleeper counts itself and re-tries the
//   compare-exchange under `mu` before it waits; both sides use sequentially
//   consistent atomics).
//   Forced switching (ticker/interval policies): only when `waiters` > 0, the
//   holder stores HANDOFF and waits until the word changes (another thread
//   took the GIL; the acquisition count makes every take a change) before it
//   competes again, as a waiter (after kSpinNs it sleeps on `switch_cv`,
//   counted in `droppers`, and the taker wakes it).  HANDOFF tells the taker
//   that the dropper already counts as a waiter in its place, so between two
//   CPU-bound threads `waiters` is not written at all: a hand-off moves one
//   cache line, once each way.
//   Legacy policy: release and re-acquire at once; waiters never spin, so a
//   waiter woken by the release usually finds the GIL taken again: a futile
//   wake-up (counted), the "GIL battle" of Python <= 3.1.
//   Interval policy: a sleeping waiter waits at most switch_interval; if no
//   switch happened meanwhile it sets BREAKER_DROP_REQUEST in
//   Interp::eval_breaker and the holder drops at its next breaker check.
// Invariants: only the holder touches objects; a HELD word does not change
// until its holder releases it (so the holder keeps a copy, ts->gil_word);
// `waiters` counts exactly the threads between wanting the GIL and taking it
// (a forced dropper from its HANDOFF store on); the word, `waiters` and the
// sleepers' fields live on separate cache lines, and a spinning waiter
// touches nothing but the word, so the running thread's writes never pull a
// line away from it; the GIL objects are never destroyed (daemon threads may
// sleep on them while the process exits).
// Seeded mode (--seed) bypasses all of this: runtime/sched.cpp passes a baton.
#include "runtime/threads/gil.h"

#include <sched.h>
#include <signal.h>
#include <time.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "runtime/api.h"
#include "runtime/mem.h"
#include "runtime/instruments/instruments.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/signals.h"

namespace rt::gil {

namespace {

// The lock word (see the header comment): state in bits 0-1, the holder's
// (or last holder's) serial in bits 2-31, the acquisition count in bits 32-63.
constexpr uint64_t ST_MASK = 3;
constexpr uint64_t ST_FREE = 0;     // free; whoever takes it was counted in `waiters` (if at all) for itself
constexpr uint64_t ST_HELD = 1;
constexpr uint64_t ST_HANDOFF = 2;  // free, dropped by a forced switch: the dropper already waits again
constexpr uint64_t SERIAL_MASK = (uint64_t(1) << 30) - 1;

inline uint64_t serial_bits(const ThreadState* ts) { return ts ? (ts->serial & SERIAL_MASK) : SERIAL_MASK; }
inline uint64_t state_of(uint64_t w) { return w & ST_MASK; }
inline uint64_t serial_of(uint64_t w) { return (w >> 2) & SERIAL_MASK; }
// The word a thread with serial bits `me` stores when it takes the GIL from `prev`.
inline uint64_t held_word(uint64_t prev, uint64_t me) { return (((prev >> 32) + 1) << 32) | (me << 2) | ST_HELD; }

// Each group on its own cache line: the hand-off itself touches only `word`,
// the holder reads `waiters` at every ticker expiry, and the slow-path
// counters change only when a thread goes to sleep.
struct Gil {
  alignas(64) std::atomic<uint64_t> word{0};
  alignas(64) std::atomic<int> waiters{0};  // threads that want the GIL and do not hold it
  alignas(64) std::atomic<int> sleepers{0};  // waiters asleep on `cv`
  std::atomic<int> droppers{0};  // forced droppers asleep on `switch_cv`, waiting for another thread to take it
  std::mutex mu;
  std::condition_variable cv;         // sleeping waiters
  std::condition_variable switch_cv;  // droppers waiting for another thread to take the GIL
  bool multicore = true;
};

Gil* g = nullptr;  // never freed (see invariants)

inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

// Try to take the GIL; `me` is serial_bits() of the taker.  On success
// *prev is the word it replaced.  Waiters poll this in a loop: it reads
// nothing but the lock word (through `gil`, a local), so the running thread's
// writes elsewhere never pull a cache line away from the waiter.
inline bool try_take(Gil* gil, uint64_t me, uint64_t* prev) {
  uint64_t w = gil->word.load(std::memory_order_relaxed);
  if (state_of(w) == ST_HELD) return false;
  if (!gil->word.compare_exchange_strong(w, held_word(w, me))) return false;
  *prev = w;
  return true;
}

// The spinning waiter's poll: one compare-exchange, never a plain load.
// The holder does not touch the word while it runs, so the line stays in the
// waiter's cache; when the holder drops, its store pulls the line over once
// and the waiter's next compare-exchange pulls it back and takes the GIL in
// the same transfer (a read first and then a compare-exchange would move the
// line twice).  `seen` is the last value observed: while it is HELD, the
// expected value is the HANDOFF word its holder will store when it drops.
inline bool try_take_spin(Gil* gil, uint64_t me, uint64_t* seen, uint64_t* prev) {
  uint64_t expect = *seen;
  if (state_of(expect) == ST_HELD) expect = (expect & ~ST_MASK) | ST_HANDOFF;
  uint64_t want = expect;
  if (gil->word.compare_exchange_strong(expect, held_word(want, me))) {
    *prev = want;
    return true;
  }
  *seen = expect;
  return false;
}

// Spin at most this long before sleeping.  A ticker hand-off comes within
// 100 ticks (a few microseconds); a holder that keeps the GIL longer is in a
// long C call or was preempted.  Not much shorter: a waiter that fell asleep
// makes the next hand-off cost a futex wake-up, during which the dropper's own
// spin ran out too, and the pair could stay in that slow mode (measured at
// 5 us: a third of countdown2t's time in futex calls).
constexpr int64_t kSpinNs = 50000;

// The taker's spin: read the clock, then poll, until pred() or kSpinNs
// passed.  The clock read (about as long as a pause instruction) stands in
// for the pause between polls, and on success *taken_ns is at most one poll
// before the take: the new holder does not read the clock again on the
// hand-off's path.
template <class Pred>
bool spin_timed(Pred pred, int64_t* taken_ns) {
  int64_t start = now_ns();
  for (;;) {
    int64_t t = now_ns();
    if (pred()) {
      *taken_ns = t;
      return true;
    }
    if (t - start > kSpinNs) return false;
  }
}

// Spin until pred() or kSpinNs passed.  Returns pred()'s last value.
template <class Pred>
bool spin_until(Pred pred) {
  int64_t start = 0;
  for (int i = 0;; i++) {
    if (pred()) return true;
    cpu_relax();
    if ((i & 15) == 15) {
      int64_t t = now_ns();
      if (!start) start = t;
      else if (t - start > kSpinNs) return false;
    }
  }
}

// Called by the new holder only, right after try_take succeeded with `prev`.
// `t0`: when the thread began to wait.  `forced`: it is a forced dropper
// whose release is counted here, now that it holds the GIL again (the
// counters are read by other threads under the GIL; see forced_switch).
// `counted`: ts was counted in `waiters` while it waited.  A hand-off word
// means the dropper took over a waiter's place, so the count only changes
// when exactly one side was counted; between two CPU-bound threads the count
// does not change at all (no shared read-modify-write per switch).
// Counters are per thread (the reports sum them): a shared counter would be
// one more cache line moving between cores at every switch.
// `t1`: the time of the take if the caller knows it (0: read the clock).
void took(ThreadState* ts, uint64_t prev, bool counted, int64_t t0, bool forced = false, int64_t t1 = 0) {
  bool handoff = state_of(prev) == ST_HANDOFF;
  if (counted && !handoff) g->waiters.fetch_sub(1);
  else if (!counted && handoff) g->waiters.fetch_add(1);
  if (g->droppers.load() > 0) {  // seq_cst: ordered after the CAS, as the dropper's check is after its increment
    std::lock_guard<std::mutex> lk(g->mu);
    g->switch_cv.notify_all();
  }
  if (!t1) t1 = now_ns();
  if (ts) {
    if (forced) {
      ts->gil_hold_ns += uint64_t(t0 - ts->gil_hold_start_ns);
      ts->gil_forced_releases++;
    }
    if (serial_of(prev) != serial_bits(ts) && (prev >> 32) != 0) ts->gil_switches++;
    ts->gil_acquisitions++;
    ts->gil_word = held_word(prev, serial_bits(ts));
    ts->gil_wait_ns += uint64_t(t1 - t0);
    ts->gil_hold_start_ns = t1;
  }
  // A drop request is for the holder that is being replaced: clear it.
  if (g_interp->eval_breaker.load(std::memory_order_relaxed) & BREAKER_DROP_REQUEST)
    g_interp->eval_breaker.fetch_and(~BREAKER_DROP_REQUEST, std::memory_order_relaxed);
  instruments::on_gil_acquired(ts, t1 - t0);
}

// Wait for the GIL as a thread already counted in `waiters`, and take it.
void wait_and_take(ThreadState* ts, int64_t t0, bool forced = false) {
  uint64_t prev = 0;
  int64_t t1 = 0;
  GilPolicy pol = g_interp->gil_policy;
  bool got = false;
  Gil* gil = g;
  uint64_t me = serial_bits(ts);
  if (pol == GilPolicy::Ticker && gil->multicore) {
    uint64_t seen = gil->word.load(std::memory_order_relaxed);
    got = spin_timed([gil, me, &prev, &seen] { return try_take_spin(gil, me, &seen, &prev); }, &t1);
  }
  if (!got) {
    std::unique_lock<std::mutex> lk(g->mu);
    g->sleepers.fetch_add(1);
    bool woken = false;
    uint64_t seen = g->word.load() >> 32;
    for (;;) {
      if (try_take(gil, me, &prev)) break;
      if (woken && ts) ts->gil_futile_wakeups++;
      if (pol == GilPolicy::Interval) {
        double iv = g_interp->switch_interval;
        auto st = g->cv.wait_for(lk, std::chrono::nanoseconds(int64_t(iv * 1e9)));
        woken = st == std::cv_status::no_timeout;
        if (!woken) {
          uint64_t w = g->word.load();
          if ((w >> 32) == seen && state_of(w) == ST_HELD) g_interp->eval_breaker.fetch_or(BREAKER_DROP_REQUEST);
          seen = w >> 32;
        }
      } else {
        g->cv.wait(lk);
        woken = true;
      }
    }
    g->sleepers.fetch_sub(1);
  }
  took(ts, prev, true, t0, forced, t1);
}

// Store the released word and wake a sleeping waiter if there is one.
void publish_release(uint64_t w) {
  g->word.store(w);  // seq_cst: ordered before the sleepers check
  if (g->sleepers.load() > 0) {
    { std::lock_guard<std::mutex> lk(g->mu); }
    g->cv.notify_one();
  }
}

// Returns the time of the release.
int64_t count_release(ThreadState* ts, bool forced) {
  int64_t t = now_ns();
  if (ts) {
    ts->gil_hold_ns += uint64_t(t - ts->gil_hold_start_ns);
    if (forced)
      ts->gil_forced_releases++;
    else
      ts->gil_voluntary_releases++;
  }
  instruments::on_gil_released(ts, forced);
  return t;
}

}  // namespace

int64_t now_ns() {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

Config& config() {
  static Config c;
  return c;
}

int parse_option(int argc, char** argv, int& i) {
  std::string a = argv[i];
  std::string val;
  auto take_value = [&](const char* flag) -> bool {
    size_t n = std::strlen(flag);
    if (a == flag) {
      if (i + 1 >= argc) return false;
      val = argv[++i];
      return true;
    }
    if (a.size() > n && a.compare(0, n, flag) == 0 && a[n] == '=') {
      val = a.substr(n + 1);
      return true;
    }
    return false;
  };
  auto bad = [&](const char* what) {
    std::fprintf(stderr, "pyglass: bad value for %s: '%s'\n", what, val.c_str());
    return -1;
  };
  Config& c = config();
  if (take_value("--gil-policy")) {
    if (val == "ticker") c.policy = GilPolicy::Ticker;
    else if (val == "legacy") c.policy = GilPolicy::Legacy;
    else if (val == "interval") c.policy = GilPolicy::Interval;
    else return bad("--gil-policy (ticker, legacy or interval)");
    return 1;
  }
  if (take_value("--switch-points")) {
    if (val == "every") c.points = SwitchPoints::Every;
    else if (val == "py311") c.points = SwitchPoints::Py311;
    else return bad("--switch-points (every or py311)");
    return 1;
  }
  if (take_value("--check-interval")) {
    char* end = nullptr;
    long n = std::strtol(val.c_str(), &end, 10);
    if (!end || *end || n < 1) return bad("--check-interval (a positive integer)");
    c.check_interval = int(n);
    return 1;
  }
  if (take_value("--seed")) {
    char* end = nullptr;
    unsigned long long n = std::strtoull(val.c_str(), &end, 10);
    if (!end || *end || val.empty()) return bad("--seed (a non-negative integer)");
    c.seeded = true;
    c.seed = n;
    return 1;
  }
  return 0;
}

void init() {
  if (g) return;
  g = new Gil();
  g->multicore = std::thread::hardware_concurrency() > 1;
  Interp* in = g_interp;
  const Config& c = config();
  in->gil_policy = c.policy;
  in->switch_points = c.points;
  in->check_interval = c.check_interval;
  in->seeded = c.seeded;
  in->seed = c.seed;
  g_tstate->ticker = c.check_interval;
  if (in->seeded) sched::seeded_init(c.seed);
  sched::main_thread_init(g_tstate);
  if (in->seeded) return;
  uint64_t prev = 0;
  try_take(g, serial_bits(g_tstate), &prev);
  took(g_tstate, prev, false, now_ns());
}

void after_fork_child(ThreadState* ts) {
  // A fresh Gil: the old one's mutex and condition variables may have been in
  // use by threads that do not exist in the child, and its `waiters`,
  // `sleepers` and `droppers` counted them.  The forking thread holds the new
  // one with the same word it stored when it took the old one (the old Gil is
  // leaked: never unlock or destroy what another thread may have locked).
  bool multicore = g ? g->multicore : true;
  g = new Gil();
  g->multicore = multicore;
  g_interp->eval_breaker.fetch_and(~BREAKER_DROP_REQUEST);
  if (g_interp->seeded) return;
  g->word.store(ts->gil_word);
}

bool held_by(ThreadState* ts) {
  if (g_interp->seeded) return sched::seeded_running() == ts;
  if (!g) return false;
  uint64_t w = g->word.load();
  return state_of(w) == ST_HELD && serial_of(w) == serial_bits(ts);
}

int waiting() { return g ? g->waiters.load(std::memory_order_relaxed) : 0; }

uint64_t switches_total() {
  uint64_t n = g_interp->gil_switches.load(std::memory_order_relaxed);
  for (ThreadState* t = g_interp->threads; t; t = t->next) n += t->gil_switches;
  return n;
}

void acquire(ThreadState* ts) {
  if (g_interp->seeded) {
    sched::seeded_acquire(ts);
    return;
  }
  int64_t t0 = now_ns();
  uint64_t prev = 0;
  if (try_take(g, serial_bits(ts), &prev)) {
    took(ts, prev, false, t0);
    return;
  }
  g->waiters.fetch_add(1);
  wait_and_take(ts, t0);
}

void release(ThreadState* ts, bool forced) {
  if (!forced) mem_thread_flush();  // a blocked thread holds no pools (runtime/mem.cpp)
  if (g_interp->seeded) {
    sched::seeded_release(ts, forced);
    return;
  }
  count_release(ts, forced);
  publish_release((g->word.load(std::memory_order_relaxed) & ~ST_MASK) | ST_FREE);
}

void release_final() {
  if (g_interp->seeded) return;  // sched.cpp hands the baton on
  publish_release((g->word.load(std::memory_order_relaxed) & ~ST_MASK) | ST_FREE);
}

namespace {

// Drop the GIL because of the ticker or a drop request and take it back.
// Ticker/interval policies hand off: the word says HANDOFF, so whoever takes
// it knows the dropper already counts as a waiter, and the dropper does not
// compete before the word changed (another thread took the GIL).
void forced_switch(ThreadState* ts, Interp* in) {
  if (in->gil_policy == GilPolicy::Legacy) {
    release(ts, true);
    acquire(ts);
    return;
  }
  instruments::on_gil_released(ts, true);
  // A held word does not change, so the dropper need not read it (a read
  // would fetch the line from the spinning waiter's cache).
  uint64_t mine = (ts->gil_word & ~ST_MASK) | ST_HANDOFF;
  publish_release(mine);
  // The clock is read after the store, while the taker already runs; the
  // release is counted once this thread holds the GIL again (took()).
  int64_t t0 = now_ns();
  Gil* gil = g;
  if (gil->multicore) spin_until([gil, mine] { return gil->word.load(std::memory_order_relaxed) != mine; });
  if (g->word.load() == mine) {
    std::unique_lock<std::mutex> lk(g->mu);
    g->droppers.fetch_add(1);
    while (g->word.load() == mine) g->switch_cv.wait(lk);
    g->droppers.fetch_sub(1);
  }
  wait_and_take(ts, t0, true);
}

}  // namespace

bool sigint_pending_for(ThreadState* ts) { return signals::pending_for(ts); }

bool take_sigint(ThreadState* ts) { return signals::run_pending(ts) < 0; }

int handle_breaker(ThreadState* ts, Interp* in, bool at_switch_point) {
  if (__builtin_expect(sched::shutting_down(), 0)) {  // the main thread tears down: nobody else runs again
    ts->ticker = in->check_interval > 0 ? in->check_interval : 1;
    in->eval_breaker.fetch_and(~BREAKER_DROP_REQUEST);
    return 0;
  }
  // A signal: the main thread runs the Python handlers (runtime/signals.cpp); other threads leave the bit.
  if ((in->eval_breaker.load(std::memory_order_relaxed) & BREAKER_SIGNAL) && signals::run_pending(ts) < 0) return -1;
  int64_t interval = in->check_interval > 0 ? in->check_interval : 1;
  if (in->switch_points == SwitchPoints::Py311 && !at_switch_point) {
    // Not a place where 3.11 would switch: look again after the next instruction.
    if (ts->ticker <= 0) {
      ts->bytecodes += 1;
      ts->ticker = 1;
    }
    return 0;
  }
  int64_t done = ts->ticker <= 0 ? interval - ts->ticker : 0;
  if (ts->ticker <= 0) {
    ts->bytecodes += uint64_t(done > 0 ? done : 0);
    ts->ticker = interval;
    if (in->seeded) return sched::seeded_tick(ts, int(done));
    if (in->gil_policy != GilPolicy::Interval && g->waiters.load(std::memory_order_relaxed) > 0)
      forced_switch(ts, in);
  }
  if (in->eval_breaker.load(std::memory_order_relaxed) & BREAKER_DROP_REQUEST) {
    if (g->waiters.load() > 0)
      forced_switch(ts, in);
    else
      in->eval_breaker.fetch_and(~BREAKER_DROP_REQUEST);
  }
  return 0;
}

}  // namespace rt::gil

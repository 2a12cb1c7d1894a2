// The GIL over OS threads (real-time mode).  See docs/gil.md for the picture.
//
// How it works:
//   `locked` (atomic) is the lock itself: a thread owns the GIL after a
//   successful compare-exchange 0 -> 1.  A thread that finds it taken counts
//   itself in `waiters`, spins briefly (ticker policy only: a hand-off every
//   ~100 bytecodes must not cost a futex sleep), then sleeps on `cv` under
//   `mu`, counted in `sleepers`.
//   release() stores 0 and, if anyone sleeps, notifies one sleeper with `mu`
//   taken, so the wake-up cannot be lost (the sleeper re-tries the
//   compare-exchange while holding `mu` before it waits; both sides use
//   sequentially consistent atomics).
//   Forced switching (ticker/interval policies): the holder notes the
//   acquisition number `switch_no`, releases, and waits until switch_no has
//   changed (another thread took the GIL) before it competes again.  It only
//   does so when `waiters` > 0; a waiter leaves `waiters` only by acquiring,
//   so the dropper never waits for nobody.
//   Legacy policy: release and re-acquire at once; waiters never spin, so a
//   waiter woken by the release usually finds the GIL taken again: a futile
//   wake-up (counted), the "GIL battle" of Python <= 3.1.
//   Interval policy: a sleeping waiter waits at most switch_interval; if no
//   switch happened meanwhile it sets BREAKER_DROP_REQUEST in
//   Interp::eval_breaker and the holder drops at its next breaker check.
// Invariants: only the holder touches objects; `holder` is written only by
// the thread that owns `locked`; the GIL objects are never destroyed (daemon
// threads may sleep on them while the process exits).
// Seeded mode (--seed) bypasses all of this: runtime/sched.cpp passes a baton.
#include "gil.h"

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

#include "api.h"
#include "instruments.h"
#include "sched.h"

namespace rt::gil {

namespace {

struct Gil {
  std::atomic<int> locked{0};
  std::atomic<ThreadState*> holder{nullptr};
  std::atomic<ThreadState*> last_holder{nullptr};
  std::atomic<int> waiters{0};
  std::atomic<int> sleepers{0};
  std::atomic<int> droppers{0};  // holders that dropped and wait for the switch
  std::atomic<uint64_t> switch_no{0};
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

inline bool try_take() {
  int expected = 0;
  return g->locked.load(std::memory_order_relaxed) == 0 && g->locked.compare_exchange_strong(expected, 1);
}

// Spin at most this long before sleeping: a ticker hand-off comes within
// ~100 bytecodes (a few microseconds); longer spins only steal the CPU from
// the thread that would release.
constexpr int64_t kSpinNs = 5000;

// Spin until pred() or kSpinNs passed.  Returns pred()'s last value.
template <class Pred>
bool spin_until(Pred pred) {
  int64_t start = 0;
  for (int i = 0;; i++) {
    cpu_relax();
    if (pred()) return true;
    if ((i & 15) == 15) {
      int64_t t = now_ns();
      if (!start) start = t;
      else if (t - start > kSpinNs) return false;
    }
  }
}

// Called by the new holder only.  Fields that only the holder writes are
// updated with plain loads and stores, not read-modify-write atomics: every
// RMW on a line the other core is spinning on costs a round trip, and a
// ticker hand-off happens every 100 bytecodes.
void took(ThreadState* ts, int64_t t0) {
  g->holder.store(ts, std::memory_order_relaxed);
  ThreadState* prev = g->last_holder.load(std::memory_order_relaxed);
  g->last_holder.store(ts, std::memory_order_relaxed);
  if (prev != ts && prev)
    g_interp->gil_switches.store(g_interp->gil_switches.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
  g->switch_no.store(g->switch_no.load(std::memory_order_relaxed) + 1);  // seq_cst: ordered before the droppers check
  if (g->droppers.load() > 0) {
    std::lock_guard<std::mutex> lk(g->mu);
    g->switch_cv.notify_all();
  }
  int64_t t1 = now_ns();
  if (ts) {
    ts->gil_acquisitions++;
    ts->gil_wait_ns += uint64_t(t1 - t0);
    ts->gil_hold_start_ns = t1;
  }
  // A drop request is for the holder that is being replaced: clear it.
  if (g_interp->eval_breaker.load(std::memory_order_relaxed) & BREAKER_DROP_REQUEST)
    g_interp->eval_breaker.fetch_and(~BREAKER_DROP_REQUEST, std::memory_order_relaxed);
  instruments::on_gil_acquired(ts, t1 - t0);
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
  g->locked.store(1);
  took(g_tstate, now_ns());
}

bool held_by(ThreadState* ts) {
  if (g_interp->seeded) return sched::seeded_running() == ts;
  return g && g->locked.load() && g->holder.load(std::memory_order_relaxed) == ts;
}

int waiting() { return g ? g->waiters.load(std::memory_order_relaxed) : 0; }

void acquire(ThreadState* ts) {
  if (g_interp->seeded) {
    sched::seeded_acquire(ts);
    return;
  }
  int64_t t0 = now_ns();
  if (try_take()) {
    took(ts, t0);
    return;
  }
  g->waiters.fetch_add(1);
  bool got = false;
  GilPolicy pol = g_interp->gil_policy;
  if (pol == GilPolicy::Ticker && g->multicore) {
    got = spin_until([] { return try_take(); });
  }
  if (!got) {
    std::unique_lock<std::mutex> lk(g->mu);
    g->sleepers.fetch_add(1);
    bool woken = false;
    uint64_t sn = g->switch_no.load();
    for (;;) {
      if (try_take()) break;
      if (woken && ts) ts->gil_futile_wakeups++;
      if (pol == GilPolicy::Interval) {
        double iv = g_interp->switch_interval;
        auto st = g->cv.wait_for(lk, std::chrono::nanoseconds(int64_t(iv * 1e9)));
        woken = st == std::cv_status::no_timeout;
        if (!woken && g->switch_no.load() == sn && g->locked.load())
          g_interp->eval_breaker.fetch_or(BREAKER_DROP_REQUEST);
        if (!woken) sn = g->switch_no.load();
      } else {
        g->cv.wait(lk);
        woken = true;
      }
    }
    g->sleepers.fetch_sub(1);
  }
  g->waiters.fetch_sub(1);
  took(ts, t0);
}

void release(ThreadState* ts, bool forced) {
  if (g_interp->seeded) {
    sched::seeded_release(ts, forced);
    return;
  }
  if (ts) {
    int64_t t = now_ns();
    ts->gil_hold_ns += uint64_t(t - ts->gil_hold_start_ns);
    if (forced)
      ts->gil_forced_releases++;
    else
      ts->gil_voluntary_releases++;
  }
  instruments::on_gil_released(ts, forced);
  g->holder.store(nullptr, std::memory_order_relaxed);
  g->locked.store(0);
  if (g->sleepers.load() > 0) {
    { std::lock_guard<std::mutex> lk(g->mu); }
    g->cv.notify_one();
  }
}

void release_final() {
  if (g_interp->seeded) return;  // sched.cpp hands the baton on
  g->holder.store(nullptr, std::memory_order_relaxed);
  g->locked.store(0);
  if (g->sleepers.load() > 0) {
    { std::lock_guard<std::mutex> lk(g->mu); }
    g->cv.notify_one();
  }
}

namespace {

// Drop the GIL because of the ticker or a drop request and take it back.
void forced_switch(ThreadState* ts, Interp* in) {
  if (in->gil_policy == GilPolicy::Legacy) {
    release(ts, true);
    acquire(ts);
    return;
  }
  uint64_t sn = g->switch_no.load();
  release(ts, true);
  if (g->multicore) {
    spin_until([sn] { return g->switch_no.load() != sn; });
  }
  if (g->switch_no.load() == sn) {
    std::unique_lock<std::mutex> lk(g->mu);
    g->droppers.fetch_add(1);
    while (g->switch_no.load() == sn) g->switch_cv.wait(lk);
    g->droppers.fetch_sub(1);
  }
  acquire(ts);
}

}  // namespace

namespace {
void on_sigint(int) {
  if (!g_interp) return;
  g_interp->pending_sigint.store(1);
  g_interp->eval_breaker.fetch_or(BREAKER_SIGNAL);
}
}  // namespace

void install_sigint_handler() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking sleep or read returns EINTR
  sigaction(SIGINT, &sa, nullptr);
}

bool sigint_pending_for(ThreadState* ts) {
  return ts && ts->serial == 1 && g_interp->pending_sigint.load() != 0;
}

bool take_sigint(ThreadState* ts) {
  if (!ts || ts->serial != 1) return false;
  g_interp->eval_breaker.fetch_and(~BREAKER_SIGNAL);
  if (!g_interp->pending_sigint.exchange(0)) return false;
  err_set_none(Exc_KeyboardInterrupt);
  return true;
}

int handle_breaker(ThreadState* ts, Interp* in, bool at_switch_point) {
  if (__builtin_expect(sched::shutting_down(), 0)) {  // the main thread tears down: nobody else runs again
    ts->ticker = in->check_interval > 0 ? in->check_interval : 1;
    in->eval_breaker.fetch_and(~BREAKER_DROP_REQUEST);
    return 0;
  }
  if ((in->eval_breaker.load(std::memory_order_relaxed) & BREAKER_SIGNAL) && take_sigint(ts)) return -1;
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

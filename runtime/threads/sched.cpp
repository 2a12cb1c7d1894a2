// The scheduler layer: blocking waits, thread life, seeded mode, the deadlock
// detector.  See runtime/sched.h and docs/gil.md.
//
// State: one mutex `S->mu` guards every SchedLock, every ThreadSched's wait
// record, the list of live threads (serial order) and the counters below.
// Lock order: S->mu may be taken while holding the GIL, never the reverse
// (nothing waits for the GIL with S->mu held).
//
// Real-time mode.  A lock wait queues the thread on the SchedLock, drops the
// GIL and sleeps on its own condition variable.  lock_release() unlocks and
// wakes the first queued thread (taking it off the queue).  A woken thread
// takes the lock if it is still free, else (another thread barged in, as
// CPython's locks allow) queues again.  Timeouts leave the queue themselves
// and pass a pending wake-up on.
//
// Deadlock detection (both modes).  `blocked_indef` counts threads queued on
// a lock with no deadline and not yet woken.  A thread that is about to block
// that way, or that ends, checks blocked_indef == number of live threads: then
// nobody can ever release anything (sleepers, timed waits, readers and
// runnable threads are not counted, so they prevent the verdict), and the
// thread, holding the GIL, prints the report and exits with status 3.
//
// Seeded mode.  There is no OS-level GIL: `S->running` is the one thread
// allowed to run (the baton).  Each thread is Runnable, Blocked or Dead.  At a
// scheduling point (ticker expiry, a blocking call, a thread's end) the
// running thread calls seeded_switch(): expired deadlines on the virtual clock
// wake their threads; if nothing is runnable, the clock jumps to the earliest
// deadline; then the PRNG picks the next thread among the runnable ones (in
// serial order) and the baton moves.  Locks are handed over directly to the
// first waiter, so no OS timing enters any decision.  Same seed => same run.
#include "runtime/threads/sched.h"

#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "interp/frame.h"
#include "runtime/api.h"
#include "runtime/mem.h"
#include "runtime/threads/gil.h"
#include "runtime/instruments/instruments.h"
#include "runtime/instruments/instruments_impl.h"  // ins::options.sched (the pct choice)
#include "runtime/threads/signals.h"

namespace rt {

namespace sched {
// What a thread sleeps on while it waits in the scheduler: a Linux futex word.
// It behaves as a condition variable used with S->mu (wait releases the
// mutex, notify_one wakes the thread), and it can also be notified from a
// signal handler (an atomic increment and a futex system call are
// async-signal-safe; pthread_cond_signal is not): that is how a signal wakes
// the main thread out of a lock wait or a sleep.  A waiter reads the word
// with S->mu held and sleeps only while it is unchanged, so a notification
// made after the waiter checked its condition is never lost; spurious
// returns are allowed, and every waiter loops on its condition.
class Waker {
 public:
  void notify_one() {
    seq_.fetch_add(1);
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(&seq_), FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0);
  }
  // For conditions that change under S->mu only (held through lk).
  void wait(std::unique_lock<std::mutex>& lk) { wait_from(lk, seen(), -1); }
  // For a condition that may also change in a signal handler (a pending
  // signal): read seen() BEFORE looking at the condition, then sleep from it.
  // deadline_ns: on the monotonic clock (gil::now_ns), -1: none.
  void wait_from(std::unique_lock<std::mutex>& lk, uint32_t seen, int64_t deadline_ns) {
    lk.unlock();
    sleep_unless_changed(seen, deadline_ns);
    lk.lock();
  }
  uint32_t seen() const { return seq_.load(); }
  void sleep_unless_changed(uint32_t seen, int64_t deadline_ns) {
    struct timespec t;
    struct timespec* tp = nullptr;
    if (deadline_ns >= 0) {
      t.tv_sec = time_t(deadline_ns / 1000000000);
      t.tv_nsec = long(deadline_ns % 1000000000);
      tp = &t;
    }
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(&seq_), FUTEX_WAIT_BITSET_PRIVATE, seen, tp, nullptr,
            FUTEX_BITSET_MATCH_ANY);
  }

 private:
  std::atomic<uint32_t> seq_{0};
};
}  // namespace sched

struct ThreadSched {
  ThreadState* ts = nullptr;
  sched::Waker cv;
  sched::WaitKind kind = sched::WaitKind::None;
  sched::SchedLock* lock = nullptr;  // the lock it waits for (queued or just woken)
  ThreadSched* qnext = nullptr;
  bool queued = false;
  bool indefinite = false;  // counted in blocked_indef
  int64_t deadline = -1;    // ns on the monotonic (real) or virtual clock; -1: none
  enum State : uint8_t { Runnable, Blocked, Dead } state = Runnable;
  bool granted = false;     // seeded: the lock was handed over to it
  bool interruptible = false;  // seeded: the main thread's wait ends when a signal arrives
  bool interrupted = false;    // seeded: ...and it did
};

namespace sched {

namespace {

struct Sched {
  std::mutex mu;
  std::vector<ThreadSched*> live;  // serial order
  int blocked_indef = 0;
  std::atomic<bool> shutdown{false};
  uint64_t next_serial = 1;
  // seeded mode
  ThreadSched* running = nullptr;
  int64_t vclock = 0;  // virtual nanoseconds
  int64_t valarm_at = -1;       // the virtual ITIMER_REAL's expiry on vclock; -1: disarmed
  int64_t valarm_interval = 0;  // its period (0: one shot)
  uint64_t rng = 0;
  int64_t wall0_ns = 0;
};

Sched* S = nullptr;  // never freed: daemon threads may sleep on it at exit
std::atomic<ThreadSched*> g_main_sched{nullptr};  // the main thread's, for wake_main_for_signal
constexpr int kInterrupted = 2;  // a wait's result: a signal arrived for the main thread

constexpr int64_t kVirtualNsPerBytecode = 10;
constexpr int64_t kSeededEpochNs = int64_t(1767225600) * 1000000000;  // time.time() at the start of a seeded run
constexpr int64_t kVirtualWakeNs = 1000;  // a virtual sleep ends 1 us late, as a real one would
constexpr int64_t kVirtualMonotonicBase = int64_t(1000) * 1000000000;

Sched* state() {
  if (!S) S = new Sched();
  return S;
}

int64_t real_ns(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

uint64_t next_random() {  // splitmix64
  uint64_t z = (S->rng += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

void enqueue(SchedLock* l, ThreadSched* t) {
  t->qnext = nullptr;
  t->queued = true;
  t->lock = l;
  if (l->qtail)
    l->qtail->qnext = t;
  else
    l->qhead = t;
  l->qtail = t;
}

void dequeue(SchedLock* l, ThreadSched* t) {
  ThreadSched* prev = nullptr;
  for (ThreadSched* p = l->qhead; p; prev = p, p = p->qnext) {
    if (p != t) continue;
    if (prev)
      prev->qnext = p->qnext;
    else
      l->qhead = p->qnext;
    if (l->qtail == p) l->qtail = prev;
    break;
  }
  t->qnext = nullptr;
  t->queued = false;
  if (t->indefinite) {
    t->indefinite = false;
    S->blocked_indef--;
  }
}

// The first waiter, off the queue.  Threads that were not copied into a
// forked child (Dead, see after_fork_child) may still be queued there: they
// are dropped, never woken or handed the lock.
ThreadSched* pop_first(SchedLock* l) {
  for (;;) {
    ThreadSched* t = l->qhead;
    if (!t) return nullptr;
    dequeue(l, t);
    if (t->state != ThreadSched::Dead) return t;
  }
}

// Real-time mode: wake the first waiter of l (S->mu held).
void wake_first(SchedLock* l) {
  if (ThreadSched* t = pop_first(l)) t->cv.notify_one();
}

bool all_blocked() { return !S->live.empty() && S->blocked_indef >= int(S->live.size()); }

ThreadSched* find_serial(uint64_t serial) {
  for (ThreadSched* t : S->live)
    if (t->ts->serial == serial) return t;
  return nullptr;
}

std::string thread_label(ThreadState* ts) {
  if (ts->name[0]) return std::string("\"") + ts->name + "\"";
  if (ts->serial == 1) return "\"MainThread\"";
  char buf[64];
  std::snprintf(buf, sizeof buf, "thread %llu", (unsigned long long)ts->thread_id);
  return buf;
}

std::string lock_label(SchedLock* l) {
  char buf[96];
  const char* what = l->obj ? type_of(l->obj)->tp_name  // _queue.SimpleQueue blocks on its own SchedLock
                   : l->kind == WaitKind::RLock ? "_thread.RLock" : "_thread.lock";
  std::snprintf(buf, sizeof buf, "<%s object at %p>", what, (void*)l->obj);
  return buf;
}

// Print the report and exit(3).  Caller holds the GIL (or the baton); S->mu is NOT held.
[[noreturn]] void deadlock_exit() {
  flush_std_streams();
  std::fflush(stdout);
  std::string out = "Deadlock detected: every thread is blocked and nothing can wake any of them (deadlock).\n";
  std::vector<ThreadSched*> threads;
  refresh_thread_names();
  {
    std::lock_guard<std::mutex> lk(S->mu);
    threads = S->live;
    for (ThreadSched* t : threads) {
      ThreadState* ts = t->ts;
      out += "\nThread " + thread_label(ts);
      SchedLock* l = t->lock;
      std::string site = wait_site(ts);
      if (!site.empty()) site = " in " + site;
      if (l) {
        ThreadSched* holder = l->owner_serial ? find_serial(l->owner_serial) : nullptr;
        std::string hname = holder ? thread_label(holder->ts) : std::string("a thread that has ended");
        if (l->kind == WaitKind::Join)
          out += " waits" + site + " to join " + hname + " (its end-of-thread lock " + lock_label(l) + ")";
        else
          out += " waits" + site + " for " + lock_label(l) + " held by " +
                 (!l->owner_serial ? std::string("nobody")
                  : l->owner_serial == ts->serial ? hname + " itself (only another thread can release it)"
                                                  : hname);
      } else {
        out += " waits" + site + " (" + wait_kind_name(t->kind) + ")";
      }
      out += "\n  Stack (most recent call last):\n";
      std::vector<interp::Frame*> frames;
      for (interp::Frame* f = ts->frame; f; f = f->back) frames.push_back(f);
      for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
        interp::Frame* f = *it;
        char line[64];
        std::snprintf(line, sizeof line, "\", line %d, in ", f->lineno());
        out += "    File \"" + std::string(str_view(f->code->filename)) + line + std::string(str_view(f->code->name)) + "\n";
      }
    }
  }
  (void)!::write(2, out.data(), out.size());
  std::fflush(stderr);
  std::exit(3);  // atexit handlers run (the instruments write their reports)
}

// ---- seeded mode -------------------------------------------------------------

// The virtual real-time timer expired: SIGALRM, as the kernel would send it.
void seeded_fire_alarm() {
  if (S->valarm_at < 0 || S->valarm_at > S->vclock) return;
  S->valarm_at = S->valarm_interval > 0 ? S->vclock + S->valarm_interval : -1;
  signals::trip(SIGALRM);
}

void seeded_wake_expired() {
  seeded_fire_alarm();
  for (ThreadSched* t : S->live) {
    if (t->state == ThreadSched::Blocked && t->interruptible && signals::pending()) {
      // A signal for the main thread ends its wait: it runs the handlers when it gets the baton.
      if (t->queued) dequeue(t->lock, t);
      t->granted = false;
      t->interrupted = true;
      t->state = ThreadSched::Runnable;
      continue;
    }
    if (t->state != ThreadSched::Blocked || t->deadline < 0 || t->deadline > S->vclock) continue;
    if (t->queued) dequeue(t->lock, t);
    t->granted = false;
    t->state = ThreadSched::Runnable;
  }
}

// ---- the choice among runnable threads (instruments: --sched uniform|pct) ----
// uniform: each runnable thread equally likely.  pct (probabilistic
// concurrency testing): each thread gets a random priority when first seen
// and the highest-priority runnable thread runs; at kPctChanges decision
// numbers drawn at the first decision from 1..kPctHorizon, the thread that
// would run drops below every other.  Everything comes from the seeded PRNG.
constexpr int kPctChanges = 3;
constexpr uint64_t kPctHorizon = 4000;
struct PctState {
  bool init = false;
  uint64_t step = 0, low = 0;
  uint64_t change[kPctChanges] = {};
  std::vector<std::pair<uint64_t, uint64_t>> prio;  // (serial, priority); the lowest come from `low` downwards
};
PctState g_pct;

ThreadSched* pick_runnable(const std::vector<ThreadSched*>& cand) {
  if (ins::options.sched != "pct") return cand[cand.size() == 1 ? 0 : next_random() % cand.size()];
  if (!g_pct.init) {
    g_pct.init = true;
    g_pct.low = uint64_t(1) << 40;
    for (uint64_t& c : g_pct.change) c = 1 + next_random() % kPctHorizon;
  }
  g_pct.step++;
  auto prio_of = [](ThreadSched* t) -> uint64_t& {
    uint64_t serial = t->ts->serial;
    for (auto& p : g_pct.prio)
      if (p.first == serial) return p.second;
    g_pct.prio.push_back({serial, (uint64_t(1) << 41) + (next_random() >> 22)});
    return g_pct.prio.back().second;
  };
  ThreadSched* best = cand[0];
  for (ThreadSched* t : cand)
    if (prio_of(t) > prio_of(best)) best = t;
  for (uint64_t c : g_pct.change)
    if (c == g_pct.step && cand.size() > 1) {
      prio_of(best) = --g_pct.low;  // a priority-change point: demote the leader
      best = cand[0];
      for (ThreadSched* t : cand)
        if (prio_of(t) > prio_of(best)) best = t;
    }
  return best;
}

ThreadSched* seeded_pick() {
  seeded_wake_expired();
  std::vector<ThreadSched*> cand;
  for (ThreadSched* t : S->live)
    if (t->state == ThreadSched::Runnable) cand.push_back(t);
  while (cand.empty()) {
    // Nobody can run: move the virtual clock to the next event (a deadline or
    // the virtual alarm, which may wake the main thread through its handler).
    int64_t earliest = S->valarm_at;
    for (ThreadSched* t : S->live)
      if (t->state == ThreadSched::Blocked && t->deadline >= 0 && (earliest < 0 || t->deadline < earliest))
        earliest = t->deadline;
    if (earliest < 0) return nullptr;
    if (earliest > S->vclock) S->vclock = earliest;
    seeded_wake_expired();
    for (ThreadSched* t : S->live)
      if (t->state == ThreadSched::Runnable) cand.push_back(t);
  }
  return pick_runnable(cand);
}

// Move the baton (S->mu held through lk, `me` is running).  When `wait`,
// returns once `me` runs again.  Without a runnable thread: deadlock.
void seeded_switch(std::unique_lock<std::mutex>& lk, ThreadSched* me, bool wait, bool forced) {
  ThreadSched* next = seeded_pick();
  if (!next) {
    lk.unlock();
    deadlock_exit();
  }
  if (next != me) {
    g_interp->gil_switches.fetch_add(1, std::memory_order_relaxed);
    if (me->state != ThreadSched::Dead) {
      if (forced)
        me->ts->gil_forced_releases++;
      else
        me->ts->gil_voluntary_releases++;
    }
    next->ts->gil_acquisitions++;
  }
  S->running = next;
  if (next != me) next->cv.notify_one();
  if (!wait) return;
  while (S->running != me) me->cv.wait(lk);
}

}  // namespace

const char* wait_kind_name(WaitKind k) {
  switch (k) {
    case WaitKind::Lock: return "lock";
    case WaitKind::RLock: return "rlock";
    case WaitKind::Join: return "join";
    case WaitKind::Sleep: return "sleep";
    case WaitKind::IO: return "io";
    default: return "none";
  }
}

// ---- locks -------------------------------------------------------------------

void lock_init(SchedLock* l, WaitKind kind, Object* obj) {
  state();
  l->locked = false;
  l->owner_serial = 0;
  l->kind = kind;
  l->obj = obj;
  l->qhead = l->qtail = nullptr;
}

void lock_destroy(SchedLock* l) {
  std::lock_guard<std::mutex> lk(S->mu);
  while (ThreadSched* t = pop_first(l)) t->lock = nullptr;
}

bool lock_locked(SchedLock* l) {
  std::lock_guard<std::mutex> lk(S->mu);
  return l->locked;
}

namespace {

// One wait for l in seeded mode (S->mu held through lk; returns with it
// unlocked): 1 the lock was handed over, 0 timed out, kInterrupted.
int wait_seeded(std::unique_lock<std::mutex>& lk, SchedLock* l, ThreadSched* me, int64_t deadline, bool intr) {
  ThreadState* ts = me->ts;
  int got = 0;
  if (!l->locked) {  // cannot happen (nobody else ran), but stay correct
    l->locked = true;
    l->owner_serial = ts->serial;
    got = 1;
  } else {
    me->kind = l->kind;
    me->deadline = deadline;
    me->granted = false;
    me->interruptible = intr;
    me->interrupted = false;
    me->state = ThreadSched::Blocked;
    enqueue(l, me);
    seeded_switch(lk, me, true, false);
    got = me->granted ? 1 : me->interrupted ? kInterrupted : 0;
    me->lock = nullptr;
    me->kind = WaitKind::None;
    me->deadline = -1;
    me->interruptible = me->interrupted = false;
  }
  lk.unlock();
  return got;
}

// One wait for l in real time (S->mu held through lk; returns with it
// unlocked and the GIL held): 1 got it, 0 timed out, kInterrupted: a signal
// arrived for the main thread (intr), which left the queue.
int wait_realtime(std::unique_lock<std::mutex>& lk, SchedLock* l, ThreadSched* me, int64_t deadline, bool intr) {
  ThreadState* ts = me->ts;
  int got = 0;
  me->kind = l->kind;
  me->deadline = deadline;
  bool shutdown = S->shutdown.load();
  // A wait with no deadline counts for the deadlock detector, unless a signal
  // handler may still end it: the main thread's, while the real-time timer
  // (alarm, setitimer) is armed.
  bool forever = deadline < 0 && !(intr && signals::real_timer_armed());
  enqueue(l, me);
  if (forever) {
    me->indefinite = true;
    S->blocked_indef++;
    if (all_blocked()) {
      lk.unlock();
      deadlock_exit();
    }
  }
  lk.unlock();
  if (!shutdown) gil::release(ts, false);
  lk.lock();
  bool need_gil = false;
  for (;;) {
    uint32_t seen = me->cv.seen();  // before looking at signals::pending (see Waker)
    if (me->lock == nullptr) {  // the lock was destroyed under us (shutdown): never return
      for (;;) me->cv.wait(lk);
    }
    if (!me->queued) {  // woken by a release
      if (!l->locked) {
        l->locked = true;
        l->owner_serial = ts->serial;
        got = 1;
        break;
      }
      enqueue(l, me);  // someone barged in: wait again
      if (forever) {
        me->indefinite = true;
        S->blocked_indef++;
        if (all_blocked()) {
          need_gil = true;
          break;
        }
      }
    }
    if (intr && signals::pending()) {
      if (me->queued) dequeue(l, me);
      if (!l->locked && l->qhead) wake_first(l);
      got = kInterrupted;
      break;
    }
    if (deadline >= 0 && gil::now_ns() >= deadline) {
      if (me->queued) dequeue(l, me);
      if (!l->locked && l->qhead) wake_first(l);
      break;
    }
    me->cv.wait_from(lk, seen, deadline);
  }
  me->lock = nullptr;
  me->kind = WaitKind::None;
  me->deadline = -1;
  lk.unlock();
  if (!shutdown) gil::acquire(ts);
  if (need_gil) deadlock_exit();
  return got;
}

}  // namespace

int lock_acquire(SchedLock* l, bool blocking, double timeout, bool interruptible) {
  ThreadState* ts = g_tstate;
  ThreadSched* me = ts->sched;
  bool intr = interruptible && signals::is_main_thread(ts);
  bool seeded = g_interp->seeded;
  int64_t deadline = -1;  // on the virtual clock in seeded mode
  bool first = true;
  for (;;) {
    std::unique_lock<std::mutex> lk(S->mu);
    if (!l->locked) {
      l->locked = true;
      l->owner_serial = ts->serial;
      return 1;
    }
    if (!blocking || timeout == 0) return 0;
    int64_t now = seeded ? S->vclock : gil::now_ns();
    if (first) {
      deadline = timeout < 0 ? -1 : now + int64_t(timeout * 1e9);
      first = false;
    } else if (deadline >= 0 && now >= deadline) {
      return 0;  // a handler ran past the deadline; the lock was tried once more above
    }
    uint64_t holder = l->owner_serial;
    lk.unlock();
    instruments::on_wait_begin(ts, l->kind, l->obj, holder);
    lk.lock();
    int got = seeded ? wait_seeded(lk, l, me, deadline, intr) : wait_realtime(lk, l, me, deadline, intr);
    instruments::on_wait_end(ts, got == 1);
    if (got != kInterrupted) return got;
    // PEP 475: run the handlers; if none raised, wait again for what is left.
    if (signals::run_pending(ts) < 0) return -1;
  }
}

void lock_release(SchedLock* l) {
  std::lock_guard<std::mutex> lk(S->mu);
  if (g_interp->seeded) {
    if (ThreadSched* t = pop_first(l)) {  // hand the lock over: no OS timing involved
      l->owner_serial = t->ts->serial;
      t->granted = true;
      t->state = ThreadSched::Runnable;
      t->deadline = -1;
      return;
    }
    l->locked = false;
    l->owner_serial = 0;
    return;
  }
  l->locked = false;
  l->owner_serial = 0;
  wake_first(l);
}

// ---- sleeping and reading ------------------------------------------------------

namespace {

// One sleep until `deadline` (virtual ns), seeded mode: 0 slept, kInterrupted.
int sleep_seeded(ThreadSched* me, int64_t deadline, bool positive, bool intr) {
  ThreadState* ts = me->ts;
  std::unique_lock<std::mutex> lk(S->mu);
  if (S->shutdown.load()) return 0;
  me->kind = WaitKind::Sleep;
  if (positive) {
    me->deadline = deadline;
    me->state = ThreadSched::Blocked;
    me->interruptible = intr;
    me->interrupted = false;
  }
  lk.unlock();
  instruments::on_wait_begin(ts, WaitKind::Sleep, nullptr, 0);
  lk.lock();
  seeded_switch(lk, me, true, false);
  int r = me->interrupted ? kInterrupted : 0;
  me->kind = WaitKind::None;
  me->deadline = -1;
  me->interruptible = me->interrupted = false;
  lk.unlock();
  instruments::on_wait_end(ts, true);
  return r;
}

// One sleep until `deadline` (monotonic ns), real time: 0 slept, kInterrupted
// (the main thread got a signal).  The thread sleeps on its Waker, which a
// signal handler notifies, so the signal ends the sleep whichever thread the
// kernel ran the handler in.
int sleep_realtime(ThreadSched* me, int64_t deadline, bool positive, bool intr) {
  ThreadState* ts = me->ts;
  bool shutdown = S->shutdown.load();
  {
    std::lock_guard<std::mutex> lk(S->mu);
    me->kind = WaitKind::Sleep;
  }
  instruments::on_wait_begin(ts, WaitKind::Sleep, nullptr, 0);
  if (!shutdown) gil::release(ts, false);
  int r = 0;
  if (positive) {
    for (;;) {
      uint32_t seen = me->cv.seen();  // before looking at signals::pending (see Waker)
      if (intr && signals::pending()) {
        r = kInterrupted;
        break;
      }
      if (gil::now_ns() >= deadline) break;
      me->cv.sleep_unless_changed(seen, deadline);
    }
  } else {
    sched_yield();
  }
  if (!shutdown) gil::acquire(ts);
  {
    std::lock_guard<std::mutex> lk(S->mu);
    me->kind = WaitKind::None;
  }
  instruments::on_wait_end(ts, true);
  return r;
}

}  // namespace

void pause_for_signal() {
  ThreadState* ts = g_tstate;
  if (!g_interp->seeded) {
    BlockingSection bs;
    ::pause();
    return;
  }
  // Virtual time: blocked with no deadline until a signal is pending (the
  // virtual alarm); when nothing can ever send one, the deadlock report.
  if (!signals::pending()) sleep_seeded(ts->sched, -1, true, signals::is_main_thread(ts));
}

int sleep(double secs) {
  ThreadState* ts = g_tstate;
  ThreadSched* me = ts->sched;
  bool seeded = g_interp->seeded;
  bool intr = signals::is_main_thread(ts);
  int64_t deadline;
  if (seeded) {
    std::lock_guard<std::mutex> lk(S->mu);
    deadline = S->vclock + int64_t(secs * 1e9) + kVirtualWakeNs;
  } else {
    deadline = gil::now_ns() + int64_t(secs * 1e9);
  }
  bool positive = secs > 0;
  for (;;) {
    int r = seeded ? sleep_seeded(me, deadline, positive, intr) : sleep_realtime(me, deadline, positive, intr);
    // PEP 475: after the handlers, sleep for what is left.
    if (signals::run_pending(ts) < 0) return -1;
    if (r != kInterrupted) return 0;
    int64_t now = seeded ? monotonic_ns() - kVirtualMonotonicBase : gil::now_ns();
    if (now >= deadline) return 0;
  }
}

BlockingSection::BlockingSection() : ts_(g_tstate) {
  // Seeded mode blocks with the baton held (no scheduling decision depends on
  // the OS); so does a thread without scheduler data or at shutdown.
  released_ = ts_ && ts_->sched && !g_interp->seeded && !S->shutdown.load();
  if (!released_) return;
  {
    std::lock_guard<std::mutex> lk(S->mu);
    ts_->sched->kind = WaitKind::IO;
  }
  instruments::on_wait_begin(ts_, WaitKind::IO, nullptr, 0);
  gil::release(ts_, false);
}

BlockingSection::~BlockingSection() {
  if (!released_) return;
  int saved = errno;
  gil::acquire(ts_);
  {
    std::lock_guard<std::mutex> lk(S->mu);
    ts_->sched->kind = WaitKind::None;
  }
  instruments::on_wait_end(ts_, true);
  errno = saved;
}

bool retry_after_eintr() {
  if (errno != EINTR) return false;
  ThreadState* ts = g_tstate;
  if (ts && signals::pending_for(ts) && signals::run_pending(ts) < 0) {
    errno = EINTR;  // a handler raised: the caller returns its exception
    return false;
  }
  return true;  // PEP 475: the handlers (if any) returned normally
}

void wake_main_for_signal() {
  if (ThreadSched* t = g_main_sched.load()) t->cv.notify_one();
}

ssize_t read_fd(int fd, char* buf, size_t n) {
  ssize_t r;
  do {
    BlockingSection bs;
    r = ::read(fd, buf, n);
  } while (r < 0 && retry_after_eintr());
  return r;
}

double monotonic() { return double(monotonic_ns()) * 1e-9; }
int64_t monotonic_ns() {
  if (g_interp && g_interp->seeded) {
    std::lock_guard<std::mutex> lk(S->mu);
    return kVirtualMonotonicBase + S->vclock;
  }
  return real_ns(CLOCK_MONOTONIC);
}
double wall_time() { return double(wall_time_ns()) * 1e-9; }
int64_t wall_time_ns() {
  if (g_interp && g_interp->seeded) {
    std::lock_guard<std::mutex> lk(S->mu);
    return S->wall0_ns + S->vclock;
  }
  return real_ns(CLOCK_REALTIME);
}

// ---- threads -----------------------------------------------------------------

void main_thread_init(ThreadState* ts) {
  state();
  auto* t = new ThreadSched();
  t->ts = ts;
  ts->sched = t;
  ts->started = true;
  std::lock_guard<std::mutex> lk(S->mu);
  ts->serial = S->next_serial++;
  std::snprintf(ts->name, sizeof ts->name, "MainThread");
  S->live.push_back(t);
  g_main_sched.store(t);
  if (g_interp->seeded) {
    S->running = t;
    ts->thread_id = 0x7f3a5c000000ull + 0x1000 * ts->serial;
    ts->gil_acquisitions = 1;
  }
}

ThreadState* thread_prepare() {
  ThreadState* ts = thread_state_new();
  ts->ticker = g_interp->check_interval;
  auto* t = new ThreadSched();
  t->ts = ts;
  ts->sched = t;
  std::lock_guard<std::mutex> lk(S->mu);
  ts->serial = S->next_serial++;
  if (g_interp->seeded) ts->thread_id = 0x7f3a5c000000ull + 0x1000 * ts->serial;
  t->state = ThreadSched::Runnable;
  S->live.push_back(t);
  return ts;
}

void thread_begin(ThreadState* ts) {
  g_tstate = ts;
  if (g_interp->seeded) {
    std::unique_lock<std::mutex> lk(S->mu);
    while (S->running != ts->sched) ts->sched->cv.wait(lk);
  } else {
    gil::acquire(ts);
  }
  refchain_thread_begin();
  mem_thread_begin();
  ts->native_id = uint64_t(syscall(SYS_gettid));
  ts->started = true;
  instruments::on_thread_start(ts);
}

namespace {
void unregister(ThreadSched* t) {
  auto it = std::find(S->live.begin(), S->live.end(), t);
  if (it != S->live.end()) S->live.erase(it);
  t->state = ThreadSched::Dead;
}
}  // namespace

void thread_abandon(ThreadState* ts) {
  ThreadSched* t = ts->sched;
  {
    std::lock_guard<std::mutex> lk(S->mu);
    unregister(t);
  }
  ts->sched = nullptr;
  thread_state_delete(ts);
  delete t;
}

void thread_end(ThreadState* ts) {
  if (!g_interp->seeded) {  // the last hold, counted before the instruments copy the counters
    int64_t now = gil::now_ns();
    ts->gil_hold_ns += uint64_t(now - ts->gil_hold_start_ns);
  }
  instruments::on_thread_end(ts);
  refchain_thread_end();
  mem_thread_end();
  ThreadSched* t = ts->sched;
  std::unique_lock<std::mutex> lk(S->mu);
  unregister(t);
  ThreadSched* next = nullptr;
  if (g_interp->seeded) {
    next = seeded_pick();
    if (!next) {
      lk.unlock();
      deadlock_exit();
    }
  } else if (all_blocked()) {
    lk.unlock();
    deadlock_exit();
  }
  lk.unlock();
  ts->sched = nullptr;
  thread_state_delete(ts);  // GIL still held: unlinks it from the interpreter's list
  g_tstate = nullptr;
  if (g_interp->seeded) {
    lk.lock();
    g_interp->gil_switches.fetch_add(1, std::memory_order_relaxed);
    next->ts->gil_acquisitions++;
    S->running = next;
    next->cv.notify_one();
    lk.unlock();
  } else {
    gil::release_final();
  }
  delete t;
}

int live_threads() {
  std::lock_guard<std::mutex> lk(state()->mu);
  return int(S->live.size());
}

void shutdown_begin() {
  if (!S) return;
  S->shutdown.store(true);
}
bool shutting_down() { return S && S->shutdown.load(); }

void for_each_thread(void (*fn)(ThreadState*, void*), void* ctx) {
  std::vector<ThreadSched*> copy;
  {
    std::lock_guard<std::mutex> lk(S->mu);
    copy = S->live;
  }
  for (ThreadSched* t : copy) fn(t->ts, ctx);
}

WaitKind current_wait(ThreadState* ts) {
  std::lock_guard<std::mutex> lk(S->mu);
  return ts->sched ? ts->sched->kind : WaitKind::None;
}

// ---- fork (runtime/fork.cpp) -------------------------------------------------------

void before_fork() { state()->mu.lock(); }

void after_fork_parent() { S->mu.unlock(); }

void after_fork_child(ThreadState* me, std::vector<ThreadState*>* dropped) {
  // S->mu was locked by this very thread before the fork, so every field is
  // consistent; a fresh mutex replaces it all the same (the old one's
  // internal state may name the parent's thread).  Every other thread is
  // gone: it leaves the live list as Dead and is never counted, woken or
  // handed a lock again (pop_first skips it in the lock queues it sat in;
  // its ThreadSched is leaked for that reason).  Locks they held stay held,
  // as in CPython: threading._after_fork re-creates its own.
  new (&S->mu) std::mutex();
  ThreadSched* mine = me->sched;
  for (ThreadSched* t : S->live) {
    if (t == mine) continue;
    t->state = ThreadSched::Dead;
    t->indefinite = false;
    dropped->push_back(t->ts);
    t->ts->sched = nullptr;
  }
  S->live.assign(1, mine);
  S->blocked_indef = 0;
  mine->kind = WaitKind::None;
  mine->lock = nullptr;
  mine->deadline = -1;
  mine->state = ThreadSched::Runnable;
  g_main_sched.store(mine);
  if (g_interp->seeded) S->running = mine;
}

// ---- seeded mode entry points ----------------------------------------------------

void seeded_init(uint64_t seed) {
  state();
  S->rng = seed * 0x2545F4914F6CDD1Dull + 0x1234567ull;
  // A fixed epoch, not the real time of day: time.time()/ctime() in a seeded
  // run print the same on every machine, every run (2026-01-01 00:00:00 UTC).
  S->wall0_ns = kSeededEpochNs;
  S->vclock = 0;
}

ThreadState* seeded_running() {
  std::lock_guard<std::mutex> lk(S->mu);
  return S->running ? S->running->ts : nullptr;
}

void seeded_acquire(ThreadState* ts) {
  std::unique_lock<std::mutex> lk(S->mu);
  while (S->running != ts->sched) ts->sched->cv.wait(lk);
}

void seeded_release(ThreadState*, bool) {
  // A release outside the scheduler (a C++ helper dropping the GIL around a
  // call) keeps the baton: in seeded mode nothing runs concurrently.
}

void seeded_get_real_timer(int64_t* left, int64_t* interval) {
  std::lock_guard<std::mutex> lk(S->mu);
  *left = S->valarm_at < 0 ? 0 : S->valarm_at > S->vclock ? S->valarm_at - S->vclock : 1;
  *interval = S->valarm_interval;
}

void seeded_set_real_timer(int64_t after_ns, int64_t interval_ns, int64_t* old_left, int64_t* old_interval) {
  seeded_get_real_timer(old_left, old_interval);
  std::lock_guard<std::mutex> lk(S->mu);
  S->valarm_at = after_ns > 0 ? S->vclock + after_ns : -1;
  S->valarm_interval = after_ns > 0 ? interval_ns : 0;
}

int seeded_tick(ThreadState* ts, int done) {
  int64_t iv = g_interp->check_interval > 0 ? g_interp->check_interval : 1;
  std::unique_lock<std::mutex> lk(S->mu);
  S->vclock += int64_t(done) * kVirtualNsPerBytecode;
  seeded_fire_alarm();
  ts->ticker = 1 + int64_t(next_random() % uint64_t(2 * iv));
  if (S->shutdown.load() || S->live.size() < 2) return 0;
  seeded_switch(lk, ts->sched, true, true);
  return 0;
}

}  // namespace sched
}  // namespace rt

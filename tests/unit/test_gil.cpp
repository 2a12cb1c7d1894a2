// The GIL and the scheduler layer: mutual exclusion and hand-off under
// contention, forced switching at ticker expiry, lock semantics and timeouts.
// Threads here are C++ threads registered like _thread's (thread_prepare /
// thread_begin / thread_end); only what every interleaving satisfies is asserted.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "runtime/threads/gil.h"
#include "runtime/threads/sched.h"
#include "runtime/threads/state.h"
#include "runtime_env.h"

using namespace rt;

namespace {

// Run body(ts) on n registered threads, the main thread giving the GIL up
// while they run, and wait for all of them.
template <class Body>
void run_threads(int n, Body body) {
  std::vector<ThreadState*> states;
  for (int i = 0; i < n; i++) states.push_back(sched::thread_prepare());
  ThreadState* me = tstate();
  std::vector<std::thread> threads;
  for (int i = 0; i < n; i++) {
    threads.emplace_back([&, i] {
      ThreadState* ts = states[i];
      sched::thread_begin(ts);
      body(ts, i);
      sched::thread_end(ts);
    });
  }
  gil::release(me, false);
  for (auto& t : threads) t.join();
  gil::acquire(me);
  g_tstate = me;
}

}  // namespace

TEST(Gil, MainThreadHoldsIt) {
  ensure_runtime();
  EXPECT_TRUE(gil::held_by(tstate()));
  EXPECT_EQ(sched::live_threads(), 1);
}

TEST(Gil, MutualExclusionUnderContention) {
  ensure_runtime();
  long counter = 0;  // protected only by the GIL
  const int kThreads = 4, kRounds = 2000;
  uint64_t before = gil::switches_total();
  run_threads(kThreads, [&](ThreadState* ts, int) {
    for (int r = 0; r < kRounds; r++) {
      long v = counter;
      std::this_thread::yield();
      counter = v + 1;  // no other thread may run between the read and the write
      gil::release(ts, false);
      gil::acquire(ts);
    }
  });
  EXPECT_EQ(counter, long(kThreads) * kRounds);
  EXPECT_GT(gil::switches_total(), before);
  EXPECT_EQ(sched::live_threads(), 1);
}

TEST(Gil, ForcedSwitchHandsOffBeforeReacquiring) {
  ensure_runtime();
  if (interp_state()->gil_policy != GilPolicy::Ticker) GTEST_SKIP();
  std::atomic<int> stage{0};
  std::atomic<bool> other_ran{false};
  bool seen_before_return = false;
  run_threads(2, [&](ThreadState* ts, int i) {
    if (i == 0) {
      // Hold the GIL until the other thread waits for it.
      stage = 1;
      while (gil::waiting() == 0) std::this_thread::yield();
      uint64_t forced = ts->gil_forced_releases;
      ts->ticker = 0;  // the ticker expired
      gil::handle_breaker(ts, interp_state(), true);
      seen_before_return = other_ran.load();
      EXPECT_EQ(ts->gil_forced_releases, forced + 1);
    } else {
      // Every acquisition after thread 0 set stage (it holds the GIL from
      // then until its forced switch) records that this thread ran.
      for (;;) {
        if (stage.load() == 1) {
          other_ran = true;
          break;
        }
        gil::release(ts, false);
        std::this_thread::yield();
        gil::acquire(ts);
      }
    }
  });
  EXPECT_TRUE(seen_before_return);
}

TEST(Gil, LockSemanticsAndTimeouts) {
  ensure_runtime();
  sched::SchedLock l;
  sched::lock_init(&l, sched::WaitKind::Lock, nullptr);
  EXPECT_EQ(sched::lock_acquire(&l, false, -1), 1);
  EXPECT_TRUE(sched::lock_locked(&l));
  EXPECT_EQ(sched::lock_acquire(&l, false, -1), 0);
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(sched::lock_acquire(&l, true, 0.05), 0);
  double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_GE(waited, 0.049);
  EXPECT_TRUE(gil::held_by(tstate()));  // a timed-out wait gives the GIL back
  sched::lock_release(&l);
  EXPECT_FALSE(sched::lock_locked(&l));
  sched::lock_destroy(&l);
}

TEST(Gil, LockHandOffBetweenThreads) {
  ensure_runtime();
  sched::SchedLock l;
  sched::lock_init(&l, sched::WaitKind::Lock, nullptr);
  ASSERT_EQ(sched::lock_acquire(&l, false, -1), 1);  // the main thread holds it
  std::atomic<int> got{0};
  std::vector<ThreadState*> states{sched::thread_prepare()};
  ThreadState* me = tstate();
  std::thread waiter([&] {
    ThreadState* ts = states[0];
    sched::thread_begin(ts);
    got = sched::lock_acquire(&l, true, 10.0);  // blocks (GIL released) until main releases
    sched::lock_release(&l);
    sched::thread_end(ts);
  });
  // Let the waiter queue up, then release: it must get the lock.
  for (int i = 0; i < 20; i++) {
    gil::release(me, false);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    gil::acquire(me);
  }
  sched::lock_release(&l);
  gil::release(me, false);
  waiter.join();
  gil::acquire(me);
  g_tstate = me;
  EXPECT_EQ(got.load(), 1);
  EXPECT_FALSE(sched::lock_locked(&l));
  sched::lock_destroy(&l);
}

TEST(Gil, SleepReleasesTheGil) {
  ensure_runtime();
  std::atomic<int> ran{0};
  std::vector<ThreadState*> states{sched::thread_prepare()};
  std::thread other([&] {
    sched::thread_begin(states[0]);
    ran = 1;
    sched::thread_end(states[0]);
  });
  // The other thread can only run while this one sleeps through the scheduler.
  for (int i = 0; i < 200 && !ran.load(); i++) sched::sleep(0.005);
  other.join();
  EXPECT_EQ(ran.load(), 1);
  EXPECT_TRUE(gil::held_by(tstate()));
}

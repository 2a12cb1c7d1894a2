// Per-thread heaps of the allocator (runtime/mem.cpp) and per-thread
// segments of the refchain (runtime/object.cpp).  A Worker thread stands for
// a Python thread: the test thread waits while it runs a job, so only one of
// them touches the runtime at a time, as under the GIL.
#include <gtest/gtest.h>

#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "gc/gc.h"
#include "runtime/mem.h"
#include "runtime_env.h"

using namespace rt;

namespace {

constexpr uintptr_t kPool = 16 * 1024;  // runtime/mem.cpp's POOL_SIZE
uintptr_t pool_of(const void* p) { return reinterpret_cast<uintptr_t>(p) & ~(kPool - 1); }

// Sanitizer builds (and PYGLASS_MALLOC=1) send every request to malloc.
bool pools_in_use() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return false;
#else
  const char* e = std::getenv("PYGLASS_MALLOC");
  return !(e && *e && *e != '0');
#endif
}

// One OS thread that runs jobs one at a time; run() returns when the job is done.
class Worker {
 public:
  Worker() : t_([this] { loop(); }) {}
  ~Worker() {
    {
      std::lock_guard<std::mutex> lk(mu_);
      quit_ = true;
    }
    cv_.notify_all();
    t_.join();
  }
  void run(std::function<void()> f) {
    std::unique_lock<std::mutex> lk(mu_);
    job_ = std::move(f);
    cv_.notify_all();
    cv_.wait(lk, [this] { return !job_; });
  }

 private:
  void loop() {
    std::unique_lock<std::mutex> lk(mu_);
    for (;;) {
      cv_.wait(lk, [this] { return quit_ || job_; });
      if (!job_) return;
      job_();
      job_ = nullptr;
      cv_.notify_all();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::function<void()> job_;
  bool quit_ = false;
  std::thread t_;  // last: started once the fields above exist
};

}  // namespace

TEST(Mem, APoolIsUsedByOneHeapAtATime) {
  ensure_runtime();
  if (!pools_in_use()) GTEST_SKIP() << "blocks come from malloc in this build";
  // Allocate until a pool P is being filled (whatever start-up left behind),
  // then free all of P's blocks but y: P has room and heads the main heap's list.
  std::vector<void*> blocks;
  for (int i = 0; i < 200; i++) blocks.push_back(mem_alloc(72));
  void* y = blocks.back();
  blocks.pop_back();
  std::vector<void*> elsewhere;
  for (void* b : blocks) {
    if (pool_of(b) == pool_of(y)) mem_free(b);
    else elsewhere.push_back(b);
  }
  Worker w;
  void* theirs = nullptr;
  w.run([&] {
    mem_thread_begin();
    theirs = mem_alloc(72);  // borrowed: P moves to the thread's heap
  });
  EXPECT_EQ(pool_of(theirs), pool_of(y));
  void* mine = mem_alloc(72);  // P is the thread's now: the main thread uses another pool
  EXPECT_NE(pool_of(mine), pool_of(y));
  w.run([&] { mem_thread_end(); });  // P goes back to the main heap, first
  void* after = mem_alloc(72);
  EXPECT_EQ(pool_of(after), pool_of(y));
  for (void* p : {y, theirs, mine, after}) mem_free(p);
  for (void* p : elsewhere) mem_free(p);
}

TEST(Mem, FlushWhenBlockingGivesThePoolsBack) {
  ensure_runtime();
  if (!pools_in_use()) GTEST_SKIP() << "blocks come from malloc in this build";
  Worker w;
  void* kept = nullptr;
  void* again = nullptr;
  w.run([&] {
    mem_thread_begin();
    kept = mem_alloc(200);
    mem_thread_flush();  // as gil::release(ts, false) does before a blocking wait
  });
  void* from_main = mem_alloc(200);  // the main heap lists the thread's pool now
  EXPECT_EQ(pool_of(from_main), pool_of(kept));
  w.run([&] { again = mem_alloc(200); });  // running again, the thread borrows it back
  EXPECT_EQ(pool_of(again), pool_of(kept));
  w.run([&] { mem_thread_end(); });
  for (void* p : {kept, from_main, again}) mem_free(p);
}

TEST(Mem, BlocksCrossBetweenHeapsWithoutDoubleHandOut) {
  ensure_runtime();
  // A thread fills several pools; the main thread frees half of the blocks
  // while the thread's heap still lists those pools; a second thread
  // allocates; then everything is freed from the main thread, so pools go
  // full -> listed -> empty -> back to their arena across heaps.
  constexpr int N = 3000;
  std::vector<void*> a(N), b;
  Worker w1, w2;
  w1.run([&] {
    mem_thread_begin();
    for (int i = 0; i < N; i++) a[i] = mem_alloc(32 + (i % 4) * 16);
  });
  for (int i = 0; i < N; i += 2) mem_free(a[i]);
  w2.run([&] {
    mem_thread_begin();
    for (int i = 0; i < N / 2; i++) b.push_back(mem_alloc(32 + (i % 4) * 16));
  });
  w1.run([&] {
    for (int i = 0; i < N; i += 2) a[i] = mem_alloc(32 + (i % 4) * 16);
    mem_thread_end();
  });
  std::set<void*> live;
  for (void* p : a) EXPECT_TRUE(live.insert(p).second) << "a block handed out twice";
  for (void* p : b) EXPECT_TRUE(live.insert(p).second) << "a block handed out twice";
  w2.run([&] {
    for (void* p : live) mem_free(p);
    mem_thread_end();
  });
  void* p = mem_alloc(48);
  EXPECT_NE(p, nullptr);
  mem_free(p);
}

TEST(Refchain, ThreadSegmentIsSplicedIntoTheMainOneAtItsEnd) {
  ensure_runtime();
  ssize before = refchain_length();
  std::vector<Object*> made;
  Worker w;
  w.run([&] {
    refchain_thread_begin();
    for (int i = 0; i < 100; i++) made.push_back(int_from_i64(1000000 + i));
    decref(made.back());  // unlinked in the thread's own segment
    made.pop_back();
  });
  // A live thread's segment is walked and counted like the main one.
  EXPECT_EQ(refchain_length(), before + 99);
  std::set<Object*> want(made.begin(), made.end());
  ssize seen = 0, n = 0;
  for (Object* o = refchain_first(); o; o = refchain_next(o)) {
    n++;
    if (want.count(o)) seen++;
  }
  EXPECT_EQ(seen, 99);
  EXPECT_EQ(n, refchain_length());
  EXPECT_EQ(gc::check_heap(), nullptr);
  decref(made.back());  // unlinked by another thread than the one that linked it
  made.pop_back();
  w.run([&] { refchain_thread_end(); });
  EXPECT_EQ(refchain_length(), before + 98);
  seen = 0;
  for (Object* o = refchain_first(); o; o = refchain_next(o))
    if (want.count(o)) seen++;
  EXPECT_EQ(seen, 98);
  EXPECT_EQ(gc::check_heap(), nullptr);
  for (Object* o : made) decref(o);
  EXPECT_EQ(refchain_length(), before);
  EXPECT_EQ(gc::check_heap(), nullptr);
}

// Native objects whose methods give the GIL up while they compute (zlib
// streams, hash objects: CPython releases the GIL for large inputs so other
// threads run meanwhile) need a lock of their own, or two threads could feed
// one stream at the same time.  ObjectLock is that lock:
//
//   * taken without waiting when free (the common case: one thread per object);
//   * when another thread holds it, the waiter gives the GIL up through the
//     scheduler layer (sched::BlockingSection) before it blocks, so the holder
//     can take the GIL back and finish;
//   * held only around C++ work that runs no Python code: no allocation of
//     objects (which may collect and run finalizers), no callbacks.  So a
//     thread never waits for a lock it holds itself.
//
// GilReleased gives the GIL up for the duration of a computation when the
// input is large enough to be worth the hand-off (kGilMinSize bytes, CPython
// hashlib's threshold); smaller inputs keep it.  Touch no Python object while
// one lives.
#pragma once
#include <pthread.h>

#include <optional>

#include "runtime/threads/sched.h"

namespace stdlib {

// Inputs of at least this many bytes are processed with the GIL released.
constexpr rt::ssize kGilMinSize = 2048;

class ObjectLock {
 public:
  void init() { pthread_mutex_init(&m_, nullptr); }
  void destroy() { pthread_mutex_destroy(&m_); }
  void lock() {
    if (pthread_mutex_trylock(&m_) == 0) return;
    rt::sched::BlockingSection bs;
    pthread_mutex_lock(&m_);
  }
  void unlock() { pthread_mutex_unlock(&m_); }

 private:
  pthread_mutex_t m_;
};

// Scoped ObjectLock::lock/unlock; unlock() early to build results after the work.
class ObjectLockGuard {
 public:
  explicit ObjectLockGuard(ObjectLock& l) : l_(&l) { l.lock(); }
  ~ObjectLockGuard() { unlock(); }
  void unlock() {
    if (l_) l_->unlock();
    l_ = nullptr;
  }
  ObjectLockGuard(const ObjectLockGuard&) = delete;
  ObjectLockGuard& operator=(const ObjectLockGuard&) = delete;

 private:
  ObjectLock* l_;
};

// Releases the GIL (through the scheduler) for its lifetime when size >= kGilMinSize.
class GilReleased {
 public:
  explicit GilReleased(rt::ssize size) {
    if (size >= kGilMinSize) section_.emplace();
  }

 private:
  std::optional<rt::sched::BlockingSection> section_;
};

}  // namespace stdlib

// The small-object allocator: size classes, pools and arenas.
//
// How it works (the design of CPython's obmalloc, in our own code):
//
//   * Requests up to SMALL_MAX (512) bytes are rounded up to a multiple of 16:
//     32 size classes.  Larger requests go to malloc.
//   * Memory comes from the OS in ARENAs of 1 MiB, mmap'd and aligned to 1 MiB.
//     An arena is cut into 64 POOLs of 16 KiB; a pool serves one size class.
//   * Each pool starts with a PoolHeader: the count of blocks in use, a free
//     list of returned blocks, and how far the never-used part has been
//     carved.  Pools with free blocks of a class are linked in a heap's
//     usedpools[class].
//   * Heaps: the main one, and one for each running Python thread, which
//     allocates from pools in its own heap.  Without that, two threads
//     allocating the same size class would share a pool, and after every
//     thread switch the new holder's first allocation and free would wait
//     for the pool header and the last freed block, cache lines that the
//     other core wrote last (docs/gil.md, "The cost of forced switching").
//     A thread's heap borrows pools from the main heap before it takes fresh
//     ones, and gives all of them back when the thread blocks (a voluntary
//     GIL release) or ends, so sleeping threads hold no pools.  A free goes
//     to the block's own pool, whichever heap lists it.
//   * When a pool's last block is freed the pool goes back to its arena; when
//     every pool of an arena is free the arena is unmapped: memory freed by
//     reference counting or by the collector goes back to the operating system.
//   * New pools come from the arena with the fewest free pools (the list of
//     usable arenas is kept sorted; a returned pool moves its arena right
//     past its neighbours, never a walk from the head), so allocations
//     concentrate in few arenas and the others can empty out.
//   * mem_free must tell our blocks from malloc's: a two-level radix map over
//     the address bits above the arena size marks the arenas we own.
//
// Invariants:
//   * A pool is in the usedpools[c] of exactly one heap (its `heap` field) iff
//     it serves class c, has at least one block in use and at least one block
//     available.
//   * arena.nfreepools == number of pools of the arena on its free list plus
//     those never handed out.
// Everything here runs with the interpreter lock held.
#include "mem.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace rt {

namespace {

constexpr size_t ALIGN = 16;
constexpr size_t SMALL_MAX = 512;
constexpr size_t NCLASSES = SMALL_MAX / ALIGN;
constexpr size_t ARENA_BITS = 20;
constexpr size_t ARENA_SIZE = size_t(1) << ARENA_BITS;
constexpr size_t POOL_SIZE = 16 * 1024;
constexpr size_t POOLS_PER_ARENA = ARENA_SIZE / POOL_SIZE;

struct Arena;
struct Heap;

struct PoolHeader {
  uint32_t used;          // blocks in use
  uint32_t szidx;         // size class
  uint8_t* freeblock;     // singly linked list of freed blocks
  uint32_t nextoffset;    // first never-used byte
  uint32_t maxnextoffset;
  PoolHeader* next;       // in usedpools[szidx] or the arena's free pool list
  PoolHeader* prev;
  Arena* arena;
  Heap* heap;             // the heap whose usedpools list holds it (when it is in one)
};
constexpr size_t POOL_OVERHEAD = (sizeof(PoolHeader) + ALIGN - 1) & ~(ALIGN - 1);

struct Arena {
  uint8_t* base;
  uint32_t nfreepools;
  uint32_t ncarved;        // pools handed out at least once
  PoolHeader* freepools;   // pools returned to the arena
  Arena* next;             // usable arenas (nfreepools > 0), sorted by nfreepools ascending
  Arena* prev;
};

struct Heap {
  PoolHeader* usedpools[NCLASSES];
  Heap* next_thread_heap;  // fork: the list of thread heaps (thread_heaps), so a forked child finds them
};
Heap main_heap;
Heap* thread_heaps = nullptr;  // every thread's own heap (not the main one)
thread_local Heap* tl_heap = &main_heap;  // the running thread's heap
Arena* usable = nullptr;
int empty_arenas = 0;  // arenas with every pool free that are kept (at most one) to avoid mmap thrashing

// ---- radix map of our arenas ------------------------------------------------
constexpr int TOP_BITS = 48 - 34;  // addresses below 2**48
constexpr int MID_BITS = 34 - ARENA_BITS;
uint8_t* radix_top[size_t(1) << TOP_BITS];

void radix_set(uint8_t* base, bool on) {
  uintptr_t a = reinterpret_cast<uintptr_t>(base);
  size_t t = (a >> 34) & ((size_t(1) << TOP_BITS) - 1);
  size_t m = (a >> ARENA_BITS) & ((size_t(1) << MID_BITS) - 1);
  if (!radix_top[t]) {
    radix_top[t] = static_cast<uint8_t*>(std::calloc(size_t(1) << MID_BITS, 1));
    if (!radix_top[t]) std::abort();
  }
  radix_top[t][m] = on;
}

bool radix_owns(const void* p) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (a >> 48) return false;
  uint8_t* mid = radix_top[(a >> 34)];
  return mid && mid[(a >> ARENA_BITS) & ((size_t(1) << MID_BITS) - 1)];
}

// ---- arenas ---------------------------------------------------------------
void usable_remove(Arena* a) {
  if (a->prev) a->prev->next = a->next;
  else usable = a->next;
  if (a->next) a->next->prev = a->prev;
  a->next = a->prev = nullptr;
}

void usable_insert_sorted(Arena* a) {
  Arena** p = &usable;
  Arena* prev = nullptr;
  while (*p && (*p)->nfreepools < a->nfreepools) {
    prev = *p;
    p = &(*p)->next;
  }
  a->next = *p;
  a->prev = prev;
  if (*p) (*p)->prev = a;
  *p = a;
}

Arena* new_arena() {
  // Over-allocate to find a 1 MiB-aligned MiB, then give back the slack.
  size_t len = ARENA_SIZE * 2;
  void* raw = mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = (start + ARENA_SIZE - 1) & ~(uintptr_t(ARENA_SIZE) - 1);
  if (aligned > start) munmap(raw, aligned - start);
  uintptr_t end = start + len;
  if (end > aligned + ARENA_SIZE) munmap(reinterpret_cast<void*>(aligned + ARENA_SIZE), end - aligned - ARENA_SIZE);
  auto* a = static_cast<Arena*>(std::calloc(1, sizeof(Arena)));
  if (!a) {
    munmap(reinterpret_cast<void*>(aligned), ARENA_SIZE);
    return nullptr;
  }
  a->base = reinterpret_cast<uint8_t*>(aligned);
  a->nfreepools = POOLS_PER_ARENA;
  radix_set(a->base, true);
  return a;
}

void free_arena(Arena* a) {
  radix_set(a->base, false);
  munmap(a->base, ARENA_SIZE);
  std::free(a);
}

// Put pool p at the head of heap h's list for its class.
void link_used(PoolHeader* p, Heap* h) {
  PoolHeader** head = &h->usedpools[p->szidx];
  p->heap = h;
  p->prev = nullptr;
  p->next = *head;
  if (p->next) p->next->prev = p;
  *head = p;
}

void unlink_used(PoolHeader* p) {
  if (p->prev) p->prev->next = p->next;
  else p->heap->usedpools[p->szidx] = p->next;
  if (p->next) p->next->prev = p->prev;
  p->next = p->prev = nullptr;
}

// A thread's heap has no pool with room for class cls: borrow one from the
// main heap, or take a fresh one from an arena.
[[gnu::noinline]] PoolHeader* take_pool(size_t cls);
[[gnu::noinline]] PoolHeader* find_pool(size_t cls) {
  Heap* h = tl_heap;
  if (h != &main_heap) {
    if (PoolHeader* p = main_heap.usedpools[cls]) {
      unlink_used(p);
      link_used(p, h);
      return p;
    }
  }
  return take_pool(cls);
}

// Slow paths stay out of line so the fast paths of mem_alloc/mem_free need no
// callee-saved registers (profiled: a third fewer instructions).
[[gnu::noinline]] PoolHeader* take_pool(size_t cls) {
  if (!usable) {
    Arena* a = new_arena();
    if (!a) return nullptr;
    usable_insert_sorted(a);
  }
  Arena* a = usable;
  if (a->nfreepools == POOLS_PER_ARENA && a->ncarved) empty_arenas--;
  PoolHeader* p;
  if (a->freepools) {
    p = a->freepools;
    a->freepools = p->next;
  } else {
    p = reinterpret_cast<PoolHeader*>(a->base + size_t(a->ncarved) * POOL_SIZE);
    a->ncarved++;
  }
  a->nfreepools--;
  if (a->nfreepools == 0) usable_remove(a);  // full arenas are not usable
  size_t size = (cls + 1) * ALIGN;
  p->used = 0;
  p->szidx = uint32_t(cls);
  p->freeblock = nullptr;
  p->nextoffset = uint32_t(POOL_OVERHEAD);
  p->maxnextoffset = uint32_t(POOL_SIZE - size);
  p->arena = a;
  link_used(p, tl_heap);
  return p;
}

[[gnu::noinline]] void return_pool(PoolHeader* p) {
  Arena* a = p->arena;
  bool was_full = a->nfreepools == 0;
  p->next = a->freepools;
  a->freepools = p;
  a->nfreepools++;
  if (a->nfreepools == POOLS_PER_ARENA && empty_arenas > 0) {
    if (!was_full) usable_remove(a);
    free_arena(a);  // every pool is free: give the MiB back to the OS
    return;
  }
  if (a->nfreepools == POOLS_PER_ARENA) empty_arenas++;  // keep one empty arena as a spare
  if (was_full) {
    usable_insert_sorted(a);  // 1 free pool: the list is ascending, so this stops at once
    return;
  }
  // One more free pool: move right past the arenas that now have fewer
  // (they all have exactly one fewer), not a walk from the head.
  Arena* t = a->next;
  if (!t || t->nfreepools >= a->nfreepools) return;
  while (t->next && t->next->nfreepools < a->nfreepools) t = t->next;
  usable_remove(a);
  a->prev = t;
  a->next = t->next;
  if (t->next) t->next->prev = a;
  t->next = a;
}

int malloc_only = -1;  // PYGLASS_MALLOC=1: every request goes to malloc (-1: not read yet)

[[gnu::noinline]] bool read_malloc_only() {
  const char* e = std::getenv("PYGLASS_MALLOC");
  malloc_only = e && *e && *e != '0';
  return malloc_only;
}

inline bool use_malloc_only() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return true;  // let the sanitizers see every allocation
#endif
  if (__builtin_expect(malloc_only < 0, 0)) return read_malloc_only();
  return malloc_only != 0;
}

// Allocation when class cls has no pool with room: take one from an arena.
[[gnu::noinline]] void* alloc_from_new_pool(size_t cls, size_t n);

}  // namespace

void* mem_alloc(size_t n) {
  if (n == 0) n = 1;
  if (n > SMALL_MAX || use_malloc_only()) return std::malloc(n);
  size_t cls = (n - 1) / ALIGN;
  PoolHeader* p = tl_heap->usedpools[cls];
  if (__builtin_expect(!p, 0)) return alloc_from_new_pool(cls, n);
  uint8_t* block;
  if (p->freeblock) {
    block = p->freeblock;
    p->freeblock = *reinterpret_cast<uint8_t**>(block);
  } else {
    block = reinterpret_cast<uint8_t*>(p) + p->nextoffset;
    p->nextoffset += uint32_t((cls + 1) * ALIGN);
  }
  p->used++;
  if (!p->freeblock && p->nextoffset > p->maxnextoffset) unlink_used(p);  // pool is full
  return block;
}

namespace {
void* alloc_from_new_pool(size_t cls, size_t n) {
  if (!find_pool(cls)) return std::malloc(n);
  return mem_alloc(n);
}
}  // namespace

void mem_free(void* ptr) {
  if (!ptr) return;
  if (!radix_owns(ptr)) {
    std::free(ptr);
    return;
  }
  auto* p = reinterpret_cast<PoolHeader*>(reinterpret_cast<uintptr_t>(ptr) & ~(uintptr_t(POOL_SIZE) - 1));
  bool was_full = !p->freeblock && p->nextoffset > p->maxnextoffset;
  *reinterpret_cast<uint8_t**>(ptr) = p->freeblock;
  p->freeblock = static_cast<uint8_t*>(ptr);
  p->used--;
  if (p->used == 0) {
    if (!was_full) unlink_used(p);
    return_pool(p);
    return;
  }
  if (was_full) link_used(p, tl_heap);  // it has a free block again
}

void mem_thread_begin() {
  if (tl_heap != &main_heap) return;
  tl_heap = new Heap();
  tl_heap->next_thread_heap = thread_heaps;
  thread_heaps = tl_heap;
}

namespace {
// Give every pool of h back to the main heap.
void flush_heap(Heap* h) {
  for (size_t c = 0; c < NCLASSES; c++) {
    while (PoolHeader* p = h->usedpools[c]) {
      unlink_used(p);
      link_used(p, &main_heap);
    }
  }
}

void unlink_thread_heap(Heap* h) {
  for (Heap** q = &thread_heaps; *q; q = &(*q)->next_thread_heap) {
    if (*q == h) {
      *q = h->next_thread_heap;
      break;
    }
  }
}
}  // namespace

void mem_thread_flush() {
  Heap* h = tl_heap;
  if (h == &main_heap) return;
  flush_heap(h);
}

void mem_thread_end() {
  Heap* h = tl_heap;
  if (h == &main_heap) return;
  flush_heap(h);
  unlink_thread_heap(h);
  tl_heap = &main_heap;
  delete h;
}

void mem_after_fork_child() {
  Heap* h = thread_heaps;
  while (h) {
    Heap* next = h->next_thread_heap;
    if (h != tl_heap) {  // a thread that does not exist in the child: its pools go to the main heap
      flush_heap(h);
      unlink_thread_heap(h);
      delete h;
    }
    h = next;
  }
}

}  // namespace rt

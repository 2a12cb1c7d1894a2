// Raw memory for objects.  Every object's memory goes through these two
// functions, so the allocator can be replaced in one place (the collector
// issue brings pools and arenas that return empty arenas to the system).
#pragma once
#include <cstddef>

namespace rt {
void* mem_alloc(size_t n);  // nullptr on failure; memory is not zeroed
void mem_free(void* p);
// A Python thread's own heap of pools (runtime/mem.cpp), with the GIL held:
// begin when it first runs, flush when it blocks (its pools go back to the
// main heap), end when it ends.
void mem_thread_begin();
void mem_thread_flush();
void mem_thread_end();
// In a forked child (runtime/fork.cpp), with the GIL: the heaps of the threads
// that were not copied give their pools to the main heap and go away.
void mem_after_fork_child();
}  // namespace rt

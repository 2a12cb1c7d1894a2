#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite:
# the Release build, the AddressSanitizer + UBSan build, the GC-stress
# build (a collection at every allocation of a tracked object, the heap
# checked after collections) running the whole suite, and a ThreadSanitizer
# build running the threading tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)
scripts/build.sh build
(cd build && ctest --output-on-failure -j"$jobs")
# CPython's own test suite on the Release build: fails when a module passes fewer tests than tests/cpython/results.json.
python3 tests/cpython/check.py build/pyglass --jobs "$jobs"
scripts/build.sh build-asan -DPYGLASS_ASAN=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPYGLASS_BENCH=OFF
# Not script/strings/format_limits: its impossible allocations (a width of
# 10**12) must raise MemoryError, but libsanitizer's operator new reports
# out-of-memory and aborts instead of throwing std::bad_alloc, whatever
# ASAN_OPTIONS say; the Release and GC-stress builds run it.  Nor
# script/threads/thread_end_frees_frames, which reads the process's peak RSS:
# the sanitizers keep freed memory (ASan's quarantine) or add per-thread
# shadow memory, so RSS cannot show whether a thread's frames were freed.
(cd build-asan && ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j"$jobs" -E 'script/strings/format_limits|script/threads/thread_end_frees_frames')
scripts/build.sh build-gcstress -DPYGLASS_GC_STRESS=ON -DPYGLASS_HEAP_VERIFY=ON -DPYGLASS_BENCH=OFF
(cd build-gcstress && ctest --output-on-failure -j"$jobs")
# ThreadSanitizer build of the threading tests (GIL unit tests and the thread script tests).
scripts/build.sh build-tsan -DPYGLASS_TSAN=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPYGLASS_BENCH=OFF
# Not script/threads/stack_size: its 50,000-deep recursion makes C stacks deeper
# than the 65,536 frames ThreadSanitizer's stack depot can record (TSan stops
# with "CHECK failed: sanitizer_stackdepot.cpp"); the Release, ASan and
# GC-stress builds run it.
(cd build-tsan && TSAN_OPTIONS=halt_on_error=1 ctest --output-on-failure -j"$jobs" -R 'Gil|Refchain|Mem\.|script/threads/|script/threading/|signals' -E 'script/threads/stack_size|script/threads/thread_end_frees_frames')

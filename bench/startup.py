#!/usr/bin/env python3
"""Start-up and import times of pyglass against python3, side by side.

Usage: bench/startup.py PYGLASS [--runs 20] [--python python3]

Issue 11's targets: `-c pass` at most 5 ms, `-c "import threading"` at most
15 ms, and `import unittest`, `import asyncio`, `import dataclasses, json,
re, collections, typing` no slower than CPython 3.11 with its .pyc cache.
Each command runs once first to fill both interpreters' bytecode caches
(pyglass's under sys.pycache_prefix when the library directory is not
writable, docs/import.md), then RUNS times alternately; the table shows the
minimum and the median wall time of each (the minimum is the figure least
disturbed by other load on the machine).  A command that fails is reported
with its error instead of a time.  The figures go to docs/performance.md.
"""
import argparse, statistics, subprocess, sys, time

CASES = [
    ("-c pass", "pass"),
    ("import threading", "import threading"),
    ("import dataclasses, json, re, collections, typing", "import dataclasses, json, re, collections, typing"),
    ("import unittest", "import unittest"),
    ("import asyncio", "import asyncio"),
]


def once(interp, code):
    t0 = time.perf_counter()
    p = subprocess.run([interp, "-c", code], capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["exit status %d" % p.returncode])[-1]
        return None, last
    return dt, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pyglass")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--runs", type=int, default=20)
    a = ap.parse_args()
    print("| command | pyglass min / median (ms) | python3 min / median (ms) | ratio of minimums |")
    print("| --- | --- | --- | --- |")
    for label, code in CASES:
        times = {a.pyglass: [], a.python: []}
        errors = {}
        for interp in times:
            _, err = once(interp, code)  # warm the caches
            if err:
                errors[interp] = err
        for _ in range(a.runs):
            for interp in times:
                if interp in errors:
                    continue
                dt, err = once(interp, code)
                if err:
                    errors[interp] = err
                else:
                    times[interp].append(dt * 1000)

        def cell(interp):
            if interp in errors:
                return "fails: " + errors[interp][:80]
            t = times[interp]
            return "%.1f / %.1f" % (min(t), statistics.median(t))

        ratio = "-"
        if not errors:
            ratio = "%.2f" % (min(times[a.pyglass]) / min(times[a.python]))
        print("| `%s` | %s | %s | %s |" % (label, cell(a.pyglass), cell(a.python), ratio))
    sys.stdout.flush()


if __name__ == "__main__":
    main()

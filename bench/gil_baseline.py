#!/usr/bin/env python3
"""How much of countdown2t's time over countdown's is the GIL, and how much the machine?

Usage: bench/gil_baseline.py PYGLASS [--runs 15] [--bench DIR]

With the ticker policy a waiting thread spins on its core (a hand-off comes
every 100 ticks, about 1.4 us), so countdown2t keeps two cores busy where
countdown keeps one.  On some machines (virtual CPUs that share a physical
core or a power budget) a busy second core slows the first by itself.  This
script runs, alternately (so drift hits all alike; Linux, needs taskset):

  1t idle         countdown.py on CPU 0, CPU 1 idle
  1t + busy CPU   countdown.py on CPU 0, a plain busy loop (another process,
                  sharing nothing) on CPU 1
  2t              countdown2t.py
  2t no switch    countdown2t.py --check-interval 100000000 (one thread runs
                  to its end before the other starts: no forced switch)

and prints the medians and ratios.  2t / "2t no switch" is what forced
switching costs; "1t + busy CPU" / "1t idle" is what the machine charges for
a busy second core (docs/gil.md, "The cost of forced switching").
"""
import argparse, os, statistics, subprocess, sys, time

SPIN = "import time\nend = time.perf_counter() + float(__import__('sys').argv[1])\nwhile time.perf_counter() < end: pass\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("interp")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--bench", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench"))
    a = ap.parse_args()
    if (os.cpu_count() or 1) < 2:
        sys.exit("gil_baseline: needs two CPUs")
    pg = os.path.abspath(a.interp)
    cd = os.path.join(a.bench, "countdown.py")
    cd2 = os.path.join(a.bench, "countdown2t.py")

    def timed(cmd, busy):
        spinner = None
        if busy:
            spinner = subprocess.Popen(["taskset", "-c", "1", sys.executable, "-c", SPIN, "5"])
            time.sleep(0.05)
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        d = time.perf_counter() - t
        if spinner:
            spinner.kill()
            spinner.wait()
        return d

    cases = {
        "1t idle": (["taskset", "-c", "0", pg, cd], False),
        "1t + busy CPU": (["taskset", "-c", "0", pg, cd], True),
        "2t": ([pg, cd2], False),
        "2t no switch": ([pg, "--check-interval", "100000000", cd2], False),
    }
    times = {k: [] for k in cases}
    for _ in range(a.runs):
        for k, (cmd, busy) in cases.items():
            times[k].append(timed(cmd, busy))
    med = {k: statistics.median(v) for k, v in times.items()}
    for k in cases:
        print(f"{k:<14} median {med[k]:.3f} s   / 1t idle {med[k] / med['1t idle']:.3f}"
              f"   / 1t + busy CPU {med[k] / med['1t + busy CPU']:.3f}")
    print(f"forced switching: 2t / 2t no switch = {med['2t'] / med['2t no switch']:.3f}")
    print(f"the machine: a busy second CPU costs {med['1t + busy CPU'] / med['1t idle']:.3f}x")


if __name__ == "__main__":
    main()

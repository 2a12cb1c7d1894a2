# CPU-bound versus I/O-bound work, one thread against several.
#
# Run:      pyglass programs/cpu_vs_io.py
# Then:     pyglass --gil-policy legacy programs/cpu_vs_io.py   (the pre-3.2 GIL "battle")
#           pyglass --gil-policy interval programs/cpu_vs_io.py (3.2+ switch interval)
#           add --stats to see forced versus voluntary GIL drops and futile wake-ups
# Observe:  CPU-bound work takes about as long with 2 threads as with 1 (or longer:
#           only the GIL holder runs bytecode, and hand-offs cost time), while
#           I/O-bound work (sleeping, which releases the GIL) overlaps: 4 threads
#           sleeping 0.2 s take about 0.2 s, not 0.8 s.
import threading
import time

COUNT = 2_000_000


def countdown(n):
    while n > 0:
        n -= 1


def io_task():
    time.sleep(0.2)


def timed(label, target, args_list):
    start = time.perf_counter()
    ts = [threading.Thread(target=target, args=a) for a in args_list]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("%-34s %.3f s" % (label, time.perf_counter() - start))


start = time.perf_counter()
countdown(COUNT)
print("%-34s %.3f s" % ("CPU, no thread:", time.perf_counter() - start))
timed("CPU, 1 thread:", countdown, [(COUNT,)])
timed("CPU, 2 threads (half each):", countdown, [(COUNT // 2,), (COUNT // 2,)])
timed("I/O, 1 thread x 0.2 s:", io_task, [()])
timed("I/O, 4 threads x 0.2 s:", io_task, [()] * 4)

# Why "n += 1" loses updates: it is several instructions, and a thread switch
# can fall between them.
#
# Run:      pyglass programs/race_dis.py
# Then:     python3 programs/race_dis.py          (CPython's own bytecode: the same steps)
#           pyglass --dis programs/race_dis.py    (the whole program's bytecode)
# Observe:  1. dis.dis(increment) shows "n += 1" as LOAD_GLOBAL n, LOAD_CONST 1,
#              BINARY_OP (+=), STORE_GLOBAL n: the value is read, added to, and
#              written back in separate steps.
#           2. A trace function with f_trace_opcodes stops thread A just before
#              its STORE_GLOBAL and lets thread B do a whole increment: A then
#              stores the value it computed from the old n, and B's update is
#              lost.  n ends at 1 after two increments, every run, in pyglass
#              and in CPython.
#           3. Without the trace function the same loss happens by chance when
#              the GIL changes hands inside "n += 1" (programs/gil_race.py
#              counts it; try --check-interval 1 there).
import dis
import sys
import threading

n = 0


def increment():
    global n
    n += 1


print("1. the bytecode of increment():")
dis.dis(increment)
steps = [ins.opname for ins in dis.get_instructions(increment)
         if ins.opname in ("LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL")]
print("   n += 1 is", len(steps), "instructions:", " -> ".join(steps))

# 2. Force the bad interleaving.
a_before_store = threading.Event()
b_done = threading.Event()
seen = {}


def stop_before_store(frame, event, arg):
    if frame.f_code is not increment.__code__:
        return None
    frame.f_trace_opcodes = True  # an 'opcode' event before every instruction
    if event == "opcode":
        op = dis.opname[frame.f_code.co_code[frame.f_lasti]]  # the instruction about to run
        if op == "LOAD_GLOBAL":
            seen["read"] = frame.f_globals["n"]
        if op == "STORE_GLOBAL":
            print("   A: read n =", seen["read"], "and is about to store", seen["read"] + 1, "... waiting for B")
            a_before_store.set()
            b_done.wait()
            print("   A: storing now")
    return stop_before_store


def thread_a():
    sys.settrace(stop_before_store)
    increment()
    sys.settrace(None)


def thread_b():
    a_before_store.wait()
    increment()
    print("   B: incremented, n is", n)
    b_done.set()


print("2. two increments, with A paused between its load and its store:")
ta = threading.Thread(target=thread_a)
tb = threading.Thread(target=thread_b)
ta.start()
tb.start()
ta.join()
tb.join()
print("   n =", n, "after 2 increments:", "one update lost" if n == 1 else "no update lost")

# 3. With a lock around it, the three steps cannot be split.
lock = threading.Lock()
total = 0


def locked_increments(count):
    global total
    for _ in range(count):
        with lock:
            total += 1


workers = [threading.Thread(target=locked_increments, args=(10000,)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("3. with a lock: total =", total, "of", 4 * 10000)

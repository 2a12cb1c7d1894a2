# The lost update of "n += 1" made deterministic: an opcode trace function
# holds thread A just before its STORE_GLOBAL while thread B increments.
# (programs/race_dis.py is the lab version.)
import dis
import sys
import threading

n = 0


def increment():
    global n
    n += 1


steps = [i.opname for i in dis.get_instructions(increment)
         if i.opname in ("LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL")]
print("n += 1 is:", steps)
a_before_store = threading.Event()
b_done = threading.Event()


def hold_before_store(frame, event, arg):
    if frame.f_code is not increment.__code__:
        return None
    frame.f_trace_opcodes = True
    if event == "opcode" and dis.opname[frame.f_code.co_code[frame.f_lasti]] == "STORE_GLOBAL":
        a_before_store.set()
        b_done.wait()
    return hold_before_store


def thread_a():
    sys.settrace(hold_before_store)
    increment()
    sys.settrace(None)


def thread_b():
    a_before_store.wait()
    increment()
    b_done.set()


ta = threading.Thread(target=thread_a)
tb = threading.Thread(target=thread_b)
ta.start()
tb.start()
ta.join()
tb.join()
print("after two increments n =", n)

# expect: n += 1 is: ['LOAD_GLOBAL', 'LOAD_CONST', 'BINARY_OP', 'STORE_GLOBAL', 'LOAD_CONST']
# expect: after two increments n = 1

# threading.settrace / setprofile reach threads started afterwards; sys.settrace
# is per thread.
import sys, threading
events = []
lock = threading.Lock()
def tracer(frame, event, arg):
    if frame.f_code.co_name == "work":
        with lock:
            events.append((threading.current_thread().name, event))
        return tracer
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
threading.settrace(tracer)
print("gettrace:", threading.gettrace() is tracer, sys.gettrace())
t = threading.Thread(target=work, args=(2,), name="T1")
t.start(); t.join()
threading.settrace(None)
print(sorted(set(events)))
print(len([e for e in events if e[1] == "line"]))
work(3)
print(len(events))
# profile per thread
calls = []
def prof(frame, event, arg):
    if event in ("call", "return") and frame.f_code.co_name == "work":
        calls.append((threading.current_thread().name, event))
threading.setprofile(prof)
t = threading.Thread(target=work, args=(1,), name="T2")
t.start(); t.join()
print(calls, threading.getprofile() is prof, sys.getprofile())
threading.setprofile(None)
# sys.settrace in one thread does not affect the other
seen = []
def t2(frame, event, arg):
    seen.append(threading.current_thread().name)
def other():
    work(1)
sys.settrace(t2)
t = threading.Thread(target=other, name="T3")
t.start(); t.join()
sys.settrace(None)
print(sorted(set(seen)))

# expect: gettrace: True None
# expect: [('T1', 'call'), ('T1', 'line'), ('T1', 'return')]
# expect: 7
# expect: 9
# expect: [('T2', 'call'), ('T2', 'return')] True None
# expect: ['MainThread']

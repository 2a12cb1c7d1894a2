# threading.settrace / setprofile (and their getters) apply to threads
# started afterwards, through CPython's Thread._bootstrap_inner; native_id,
# get_native_id, _count, excepthook with a custom hook.
import sys, threading
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append(("trace", event))
    return tracer
def profiler(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append(("profile", event))
def traced():
    x = 1
    return x
threading.settrace(tracer)
threading.setprofile(profiler)
print(threading.gettrace() is tracer, threading.getprofile() is profiler)
t = threading.Thread(target=traced); t.start(); t.join()
threading.settrace(None); threading.setprofile(None)
print(sorted(set(events)))
print(sys.gettrace() is None)
ids = []
def ident():
    ids.append((threading.get_native_id(), threading.current_thread().native_id, threading._count()))
t = threading.Thread(target=ident); t.start(); t.join()
print(ids[0][0] == ids[0][1], ids[0][2], t.native_id == ids[0][0], threading._count())
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="bad"); t.start(); t.join()
threading.excepthook = old
print(seen)
print(threading.__excepthook__ is old)

# expect: True True
# expect: [('profile', 'call'), ('profile', 'return'), ('trace', 'call'), ('trace', 'line'), ('trace', 'return')]
# expect: True
# expect: True count(0) True count(0)
# expect: [('ZeroDivisionError', 'division by zero', 'bad')]
# expect: True

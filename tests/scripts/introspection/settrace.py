# sys.settrace: the events CPython 3.11 reports (call, line, return,
# exception, opcode) and the local trace function protocol.
import sys

log = []


def record(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("record", "run", "show"):
        return None
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    if event == "exception":
        arg = arg[0].__name__
    elif event == "return" and not isinstance(arg, (int, str, type(None))):
        arg = type(arg).__name__
    log.append(f"{name}:{event}:{rel}:{arg!r}" if event in ("return", "exception") else f"{name}:{event}:{rel}")
    return record


def run(label, fn, *args):
    log.clear()
    sys.settrace(record)
    try:
        fn(*args)
    except Exception as e:
        log.append("raised " + type(e).__name__)
    finally:
        sys.settrace(None)
    print(label, " ".join(log))


def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def while_loop(n):
    while n > 0:
        n -= 1
    return n


def branches(x):
    if x:
        y = 1
    else:
        y = 2
    return y


def one_liner(): return 1


def catcher():
    try:
        raise ValueError("v")
    except ValueError:
        pass
    finally:
        z = 1


def propagates():
    def inner():
        raise KeyError("k")
    inner()


def gen():
    x = yield 1
    yield x


def drive_gen():
    g = gen()
    next(g)
    g.send(5)
    g.close()


def with_block():
    class M:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False
    with M():
        q = 1
    return q


def comprehension():
    return [i for i in range(2)]


def returns_value():
    yield 1
    return "done"


def stop_iteration():
    for _ in returns_value():
        pass


def implicit_return(x):
    if x:
        a = 1
    else:
        a = 2


run("loop:", loop, 2)
run("while:", while_loop, 2)
run("branches:", branches, 0)
run("one-liner:", one_liner)
run("catcher:", catcher)
run("propagates:", propagates)
run("generator:", drive_gen)
run("with:", with_block)
run("comprehension:", comprehension)
run("StopIteration:", stop_iteration)
run("implicit return:", implicit_return, 1)
run("module code:", exec, "x = 1\ny = 2", {})


# The local trace function: returning None from 'call' turns the frame off;
# returning another function switches to it; None from 'line' keeps it.
def second(frame, event, arg):
    log.append("second:" + event)
    return None


def chooser(frame, event, arg):
    if frame.f_code.co_name == "off":
        return None
    if frame.f_code.co_name == "switch":
        return second
    return chooser


def off():
    a = 1
    return a


def switch():
    a = 1
    b = 2
    return a + b


for f in (off, switch):
    log.clear()
    sys.settrace(chooser)
    f()
    sys.settrace(None)
    print("protocol", f.__name__ + ":", log)

# f_trace_lines = False stops 'line' events; f_trace_opcodes adds 'opcode'.
def quiet(frame, event, arg):
    if frame.f_code.co_name == "body":
        frame.f_trace_lines = False
        log.append(event)
        return quiet


def body():
    a = 1
    return a


log.clear()
sys.settrace(quiet)
body()
sys.settrace(None)
print("f_trace_lines off:", log)

ops = []


def opcodes(frame, event, arg):
    if frame.f_code.co_name == "add":
        frame.f_trace_opcodes = True
        ops.append(event)
        return opcodes


def add(a, b):
    return a + b


sys.settrace(opcodes)
add(1, 2)
sys.settrace(None)
print("opcode events:", ops.count("opcode") > 2, ops[0], ops[1], ops[-1])


# A trace function that raises is removed, and its exception propagates.
def broken(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return broken


def victim():
    a = 1
    return a


sys.settrace(broken)
try:
    victim()
except RuntimeError as e:
    print("tracer raised:", e, sys.gettrace())

# Setting a trace function inside a function: the running frame has no
# local trace function, but can be given one.
def late():
    sys.settrace(record)
    sys._getframe().f_trace = record
    a = 1
    b = 2
    sys.settrace(None)
    return a + b


log.clear()
late()
print("late:", " ".join(log))


# f_locals written by a trace function reach the frame.
def setter(frame, event, arg):
    if frame.f_code.co_name == "modified" and event == "line" and frame.f_lineno == modified.__code__.co_firstlineno + 2:
        frame.f_locals["a"] = 100
    return setter


def modified():
    a = 1
    return a


sys.settrace(setter)
print("f_locals written back:", modified())
sys.settrace(None)

# Jumps with f_lineno.
def jumper(frame, event, arg):
    if frame.f_code.co_name == "target" and event == "line":
        first = target.__code__.co_firstlineno
        if frame.f_lineno == first + 2:
            frame.f_lineno = first + 4
    return jumper


def target():
    r = []
    r.append(1)
    r.append(2)
    r.append(3)
    return r


sys.settrace(jumper)
print("jump:", target())
sys.settrace(None)


def refuse(frame, event, arg):
    if frame.f_code.co_name == "loopy" and event == "line":
        first = loopy.__code__.co_firstlineno
        if frame.f_lineno == first + 1:
            for dest in (first + 3, first - 5, first + 100, first + 6):
                try:
                    frame.f_lineno = dest
                    print("  jumped to", dest - first)
                    break
                except ValueError as e:
                    print("  refused:", e)
    return refuse


def loopy():
    x = 0
    for i in range(2):
        x += i
    try:
        x += 10
    except Exception:
        x += 100
    return x


sys.settrace(refuse)
print("jumps:", loopy())
sys.settrace(None)
print("gettrace:", sys.gettrace())



# Where a failing hook's exception comes from: the traceback entries.
def entries(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    return out


def fails_on(kind):
    def hook(frame, event, arg):
        if event == kind and frame.f_code.co_name == "v2":
            raise KeyError(kind)
        return hook
    return hook


def v2():
    a = 1
    return a


for kind in ("call", "line", "return"):
    sys.settrace(fails_on(kind))
    try:
        v2()
    except KeyError as e:
        print("hook failed on", kind + ":", entries(e)[1:], sys.gettrace())


def failing_profiler(frame, event, arg):
    if event == "c_return":
        raise KeyError("c_return")


sys.setprofile(failing_profiler)
try:
    len("x")
except KeyError as e:
    print("profiler failed on c_return:", [name for name, line in entries(e)], sys.getprofile())

# expect: loop: loop:call:0 loop:line:1 loop:line:2 loop:line:3 loop:line:2 loop:line:3 loop:line:2 loop:line:4 loop:return:4:1
# expect: while: while_loop:call:0 while_loop:line:1 while_loop:line:2 while_loop:line:1 while_loop:line:2 while_loop:line:1 while_loop:line:3 while_loop:return:3:0
# expect: branches: branches:call:0 branches:line:1 branches:line:4 branches:line:5 branches:return:5:2
# expect: one-liner: one_liner:call:0 one_liner:line:0 one_liner:return:0:1
# expect: catcher: catcher:call:0 catcher:line:1 catcher:line:2 catcher:exception:2:'ValueError' catcher:line:3 catcher:line:4 catcher:line:6 catcher:return:6:None
# expect: propagates: propagates:call:0 propagates:line:1 propagates:line:3 inner:call:0 inner:line:1 inner:exception:1:'KeyError' inner:return:1:None propagates:exception:3:'KeyError' propagates:return:3:None raised KeyError
# expect: generator: drive_gen:call:0 drive_gen:line:1 drive_gen:line:2 gen:call:0 gen:line:1 gen:return:1:1 drive_gen:line:3 gen:call:1 gen:line:2 gen:return:2:5 drive_gen:line:4 gen:call:2 gen:exception:2:'GeneratorExit' gen:return:2:None drive_gen:return:4:None
# expect: with: with_block:call:0 with_block:line:1 M:call:0 M:line:0 M:line:1 M:line:4 M:return:4:None with_block:line:7 __enter__:call:0 __enter__:line:1 __enter__:return:1:'M' with_block:line:8 with_block:line:7 __exit__:call:0 __exit__:line:1 __exit__:return:1:False with_block:line:9 with_block:return:9:1
# expect: comprehension: comprehension:call:0 comprehension:line:1 <listcomp>:call:0 <listcomp>:line:0 <listcomp>:line:0 <listcomp>:line:0 <listcomp>:return:0:'list' comprehension:return:1:'list'
# expect: StopIteration: stop_iteration:call:0 stop_iteration:line:1 returns_value:call:0 returns_value:line:1 returns_value:return:1:1 stop_iteration:line:2 stop_iteration:line:1 returns_value:call:1 returns_value:line:2 returns_value:return:2:'done' stop_iteration:exception:1:'StopIteration' stop_iteration:return:1:None
# expect: implicit return: implicit_return:call:0 implicit_return:line:1 implicit_return:line:2 implicit_return:return:2:None
# expect: module code: <module>:call:-1 <module>:line:0 <module>:line:1 <module>:return:1:None
# expect: protocol off: []
# expect: protocol switch: ['second:line', 'second:line', 'second:line', 'second:return']
# expect: f_trace_lines off: ['call', 'return']
# expect: opcode events: True call line return
# expect: tracer raised: tracer failed None
# expect: late: late:line:3 late:line:4 late:line:5
# expect: f_locals written back: 100
# expect: jump: [3]
# expect:   refused: can't jump into the body of a for loop
# expect:   refused: line 284 comes before the current code block
# expect:   refused: line 389 comes after the current code block
# expect:   refused: can't jump into an 'except' block as there's no exception
# expect: jumps: 11
# expect: gettrace: None
# expect: hook failed on call: [('v2', 0), ('hook', 2)] None
# expect: hook failed on line: [('v2', 1), ('hook', 2)] None
# expect: hook failed on return: [('hook', 2)] None
# expect: profiler failed on c_return: ['<module>', 'failing_profiler'] None

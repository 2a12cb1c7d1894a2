# Frame objects: f_back, f_code, f_lineno, f_lasti, f_locals (one dict,
# refreshed on each read), f_globals, f_builtins, clear(); sys._getframe.
import sys


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def callee(a, b=2):
    here = sys._getframe()
    up = sys._getframe(1)
    return (here.f_code.co_name, up.f_code.co_name, here.f_back is up,
            here.f_lineno - callee.__code__.co_firstlineno, sorted(here.f_locals))


def caller():
    return callee(1)


print("stack:", caller())
top = sys._getframe()
print("module:", top.f_code.co_name, top.f_back, top.f_globals is globals(), top.f_locals is globals())
print("builtins:", top.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else top.f_builtins is __builtins__)
attempt("too deep:", lambda: sys._getframe(10000))
attempt("bad depth:", lambda: sys._getframe("x"))
attempt("two args:", lambda: sys._getframe(1, 2))
attempt("keyword:", lambda: sys._getframe(depth=1))
print("negative depth is the current frame:", sys._getframe(-3) is sys._getframe())
print("f_lasti is a byte offset:", sys._getframe().f_lasti % 2 == 0, sys._getframe().f_lasti > 0)


# f_locals of a function: the same dict each time, refreshed from the locals.
def snapshot():
    x = 1
    d1 = sys._getframe().f_locals
    x = 2
    y = 3
    d2 = sys._getframe().f_locals
    del y
    d3 = locals()
    return d1 is d2 is d3, sorted(d3), d3["x"]


print("f_locals:", snapshot())


def exec_into_locals():
    exec("extra = 42")
    return locals()["extra"]


print("exec into locals():", exec_into_locals())


# Cells: a variable captured by an inner function is in f_locals too.
def outer(p):
    q = p * 2

    def inner():
        return p + q

    f = sys._getframe()
    return sorted(f.f_locals), inner()


print("cells:", outer(5))


# A finished frame keeps its last line; f_back is None once it returned.
def finished():
    return sys._getframe()


f = finished()
print("finished frame:", f.f_back is sys._getframe(), f.f_lineno - finished.__code__.co_firstlineno, f.f_code.co_name)
f.clear()
print("cleared:", f.f_locals, f.f_back is sys._getframe())


def executing():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        return str(e)


print("clear running:", executing())


# Generators: gi_frame, gi_running, gi_suspended, gi_code, gi_yieldfrom.
def gen():
    inner = iter([1, 2])
    yield sys._getframe().f_code.co_name
    yield g.gi_running
    yield from inner


g = gen()
print("fresh:", g.gi_frame.f_lineno - gen.__code__.co_firstlineno, g.gi_suspended, g.gi_running, g.gi_code is gen.__code__)
print("first:", next(g), g.gi_suspended, g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
print("running inside:", next(g))
print("yield from:", next(g), type(g.gi_yieldfrom).__name__)
print("rest:", list(g), g.gi_frame, g.gi_suspended, g.gi_yieldfrom)


def closing():
    try:
        yield 1
    finally:
        print("  finally ran")


c = closing()
next(c)
fr = c.gi_frame
fr.clear()
print("frame.clear() closed the generator:", c.gi_frame, c.gi_suspended)


# Traceback objects.
def fail():
    raise ValueError("boom")


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
print("tb:", tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name,
      tb.tb_next.tb_lineno - fail.__code__.co_firstlineno, tb.tb_next.tb_next, tb.tb_lasti % 2 == 0)
attempt("tb_next loop:", lambda: setattr(tb.tb_next, "tb_next", tb))
attempt("tb_next type:", lambda: setattr(tb, "tb_next", 5))
attempt("tb_next delete:", lambda: delattr(tb, "tb_next"))
inner_tb = tb.tb_next
tb.tb_next = None
print("tb_next cut:", tb.tb_next)
tb.tb_next = inner_tb
print("tb_next restored:", tb.tb_next is inner_tb)
TracebackType = type(tb)
made = TracebackType(None, sys._getframe(), 8, 77)
print("TracebackType():", made.tb_lineno, made.tb_lasti, made.tb_frame is sys._getframe())
attempt("TracebackType bad frame:", lambda: TracebackType(None, 1, 0, 0))

# f_trace defaults and checks.
fr = sys._getframe()
print("f_trace:", fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
attempt("f_trace_lines = 1:", lambda: setattr(fr, "f_trace_lines", 1))
attempt("del f_trace_opcodes:", lambda: delattr(fr, "f_trace_opcodes"))
attempt("del f_lineno:", lambda: delattr(fr, "f_lineno"))
attempt("f_lineno outside a tracer:", lambda: setattr(fr, "f_lineno", 3))
attempt("f_lineno = 'x':", lambda: setattr(fr, "f_lineno", "x"))
fr.f_trace_opcodes = True
fr.f_trace_opcodes = False
del fr.f_trace
print("f_trace after del:", fr.f_trace)

# expect: stack: ('callee', 'caller', True, 4, ['a', 'b', 'here', 'up'])
# expect: module: <module> None True True
# expect: builtins: True
# expect: too deep: -> ValueError: call stack is not deep enough
# expect: bad depth: -> TypeError: 'str' object cannot be interpreted as an integer
# expect: two args: -> TypeError: _getframe expected at most 1 argument, got 2
# expect: keyword: -> TypeError: sys._getframe() takes no keyword arguments
# expect: negative depth is the current frame: True
# expect: f_lasti is a byte offset: True True
# expect: f_locals: (True, ['d1', 'd2', 'x'], 2)
# expect: exec into locals(): 42
# expect: cells: (['f', 'inner', 'p', 'q'], 15)
# expect: finished frame: True 1 finished
# expect: cleared: {} True
# expect: clear running: cannot clear an executing frame
# expect: fresh: 0 False False True
# expect: first: gen True 2
# expect: running inside: True
# expect: yield from: 1 list_iterator
# expect: rest: [2] None False None
# expect:   finally ran
# expect: frame.clear() closed the generator: None False
# expect: tb: <module> fail 1 None True
# expect: tb_next loop: -> ValueError: traceback loop detected
# expect: tb_next type: -> TypeError: expected traceback object, got 'int'
# expect: tb_next delete: -> TypeError: can't delete tb_next attribute
# expect: tb_next cut: None
# expect: tb_next restored: True
# expect: TracebackType(): 77 8 True
# expect: TracebackType bad frame: -> TypeError: TracebackType() argument 'tb_frame' must be frame, not int
# expect: f_trace: None True False
# expect: f_trace_lines = 1: -> TypeError: attribute value type must be bool
# expect: del f_trace_opcodes: -> TypeError: can't delete numeric/char attribute
# expect: del f_lineno: -> AttributeError: cannot delete attribute
# expect: f_lineno outside a tracer: -> ValueError: can't jump from the 'call' trace event of a new frame
# expect: f_lineno = 'x': -> ValueError: lineno must be an integer
# expect: f_trace after del: None

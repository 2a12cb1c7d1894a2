# sys.setprofile: call and return for Python frames (generators at every
# resume and yield), c_call / c_return / c_exception around built-ins.
import sys

log = []
WATCH = ("inner", "outer", "gen", "uses_gen", "fails", "methods", "star")


def profiler(frame, event, arg):
    if frame.f_code.co_name in WATCH:
        if event.startswith("c_"):
            log.append(f"{event}:{arg.__name__}")
        else:
            log.append(f"{event}:{frame.f_code.co_name}")


def run(label, fn):
    log.clear()
    sys.setprofile(profiler)
    try:
        fn()
    except Exception as e:
        log.append("raised " + type(e).__name__)
    sys.setprofile(None)
    print(label, log)


def inner(x):
    return len(x) * 2


def outer():
    return inner("abc") + abs(-1)


def gen():
    yield 1
    yield 2


def uses_gen():
    return sum(gen())


def fails():
    return len(5)


def methods():
    items = []
    items.append(1)
    items.extend([2, 3])
    return "-".join(map(str, items))


def star():
    args = (1, 2)
    return max(*args), divmod(*args)


run("functions:", outer)
run("generator:", uses_gen)
run("c_exception:", fails)
run("methods:", methods)
run("star calls:", star)
print("getprofile:", sys.getprofile())

# The profile function sees the c_call of sys.setprofile(None) that ends it.
seen = []


def last(frame, event, arg):
    seen.append((event, getattr(arg, "__name__", None)))


sys.setprofile(last)
sys.setprofile(None)
print("ending:", seen)


# A profile function that raises is removed.
def broken(frame, event, arg):
    raise ValueError("profiler failed")


sys.setprofile(broken)
try:
    len("x")
except ValueError as e:
    print("profiler raised:", e, sys.getprofile())

# Tracing and profiling together: both get 'call'.
both = []


def t(frame, event, arg):
    if frame.f_code.co_name == "inner":
        both.append("trace:" + event)
        return t


def p(frame, event, arg):
    if frame.f_code.co_name == "inner":
        both.append("profile:" + event)


sys.settrace(t)
sys.setprofile(p)
inner("ab")
sys.setprofile(None)
sys.settrace(None)
print("both:", both)

# expect: functions: ['call:outer', 'call:inner', 'c_call:len', 'c_return:len', 'return:inner', 'c_call:abs', 'c_return:abs', 'return:outer']
# expect: generator: ['call:uses_gen', 'c_call:sum', 'call:gen', 'return:gen', 'call:gen', 'return:gen', 'call:gen', 'return:gen', 'c_return:sum', 'return:uses_gen']
# expect: c_exception: ['call:fails', 'c_call:len', 'c_exception:len', 'return:fails', 'raised TypeError']
# expect: methods: ['call:methods', 'c_call:append', 'c_return:append', 'c_call:extend', 'c_return:extend', 'c_call:join', 'c_return:join', 'return:methods']
# expect: star calls: ['call:star', 'c_call:max', 'c_return:max', 'c_call:divmod', 'c_return:divmod', 'return:star']
# expect: getprofile: None
# expect: ending: [('c_call', 'setprofile')]
# expect: profiler raised: profiler failed None
# expect: both: ['trace:call', 'profile:call', 'trace:line', 'profile:c_call', 'profile:c_return', 'trace:return', 'profile:return']

# faulthandler.dump_traceback: the format, files and descriptors, long names,
# deep stacks, other threads, and the argument errors.
import faulthandler
import os
import re
import sys
import tempfile
import threading

def capture(fn, *args, **kw):
    with tempfile.TemporaryFile("w+b") as f:
        fn(f, *args, **kw)
        f.seek(0)
        text = f.read().decode("ascii")
    return re.sub(r"0x[0-9a-f]{16}", "0xTID", text).replace(__file__, "FILE")

def inner(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)

def outer(f, all_threads=False):
    inner(f, all_threads)

print(capture(outer), end="")
print(capture(outer, True), end="")

# an int descriptor
def by_fd(f):
    faulthandler.dump_traceback(f.fileno(), False)
print(capture(by_fd), end="")

# names longer than 500 characters are cut; non-ASCII ones escaped
ns = {}
exec("def " + "x" * 520 + "(f):\n    faulthandler.dump_traceback(f, all_threads=False)\n", {"faulthandler": faulthandler}, ns)
out = capture(next(iter(ns.values())))
print(out.splitlines()[1][-12:], len(out.splitlines()[1]))
def named(f):
    faulthandler.dump_traceback(f, all_threads=False)
named.__code__ = named.__code__.replace(co_name="caf\u00e9_\u0394_\U0001d4b3\t")
print(capture(named).splitlines()[1])
code = compile("g(f)", "d\u00e9j\u00e0.py", "exec")
print(capture(lambda f: exec(code, {"g": lambda f: faulthandler.dump_traceback(f, all_threads=False), "f": f})).splitlines()[2])

# more than 100 frames: the first 100, then "  ..."
def deep(f, n):
    if n == 0:
        faulthandler.dump_traceback(f, all_threads=False)
    else:
        deep(f, n - 1)
lines = capture(deep, 150).splitlines()
print(len(lines), lines[1], lines[100], lines[-1])
lines = capture(deep, 97).splitlines()
print(len(lines), lines[-1])

# another thread, waiting
started = threading.Event()
stop = threading.Event()
def waiter():
    started.set()
    stop.wait()
t = threading.Thread(target=waiter)
t.start()
started.wait()
out = capture(outer, True)
stop.set()
t.join()
blocks = out.split("\n\n")
print(len(blocks))
print(blocks[0].splitlines()[0])
print([l for l in blocks[0].splitlines() if "FILE" in l])
print(blocks[1])

# errors
class NoFd:
    def fileno(self):
        return -1
class Flaky:
    def __init__(self, f):
        self.f = f
    def fileno(self):
        return self.f.fileno()
    def flush(self):
        raise ValueError("flush errors are ignored")
sys.stdout.flush()
for args in [(-1,), (2**40,), (object(),), (NoFd(),), (1.5,), (1, 2, 3)]:
    try:
        faulthandler.dump_traceback(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    faulthandler.dump_traceback(all_threads=False, files=1)
except TypeError as e:
    print(e)
print(capture(lambda f: faulthandler.dump_traceback(Flaky(f), all_threads=False)), end="")
saved = sys.stderr
sys.stderr = None
try:
    faulthandler.dump_traceback()
except RuntimeError as e:
    print(e)
del sys.stderr
try:
    faulthandler.dump_traceback()
except RuntimeError as e:
    print(e)
sys.stderr = saved
# expect: Stack (most recent call first):
# expect:   File "FILE", line 18 in inner
# expect:   File "FILE", line 21 in outer
# expect:   File "FILE", line 12 in capture
# expect:   File "FILE", line 23 in <module>
# expect: Current thread 0xTID (most recent call first):
# expect:   File "FILE", line 18 in inner
# expect:   File "FILE", line 21 in outer
# expect:   File "FILE", line 12 in capture
# expect:   File "FILE", line 24 in <module>
# expect: Stack (most recent call first):
# expect:   File "FILE", line 28 in by_fd
# expect:   File "FILE", line 12 in capture
# expect:   File "FILE", line 29 in <module>
# expect: xxxxxxxxx... 532
# expect:   File "FILE", line 37 in caf\xe9_\u0394_\U0001d4b3\x09
# expect:   File "d\xe9j\xe0.py", line 1 in <module>
# expect: 102   File "FILE", line 46 in deep   File "FILE", line 48 in deep   ...
# expect: 101   File "FILE", line 51 in <module>
# expect: 2
# expect: Thread 0xTID (most recent call first):
# expect: ['  File "FILE", line 59 in waiter']
# expect: Current thread 0xTID (most recent call first):
# expect:   File "FILE", line 18 in inner
# expect:   File "FILE", line 21 in outer
# expect:   File "FILE", line 12 in capture
# expect:   File "FILE", line 63 in <module>
# expect: 
# expect: ValueError file is not a valid file descripter
# expect: OverflowError Python int too large to convert to C int
# expect: AttributeError 'object' object has no attribute 'fileno'
# expect: RuntimeError file.fileno() is not a valid file descriptor
# expect: AttributeError 'float' object has no attribute 'fileno'
# expect: TypeError dump_traceback() takes at most 2 arguments (3 given)
# expect: 'files' is an invalid keyword argument for dump_traceback()
# expect: Stack (most recent call first):
# expect:   File "FILE", line 93 in <lambda>
# expect:   File "FILE", line 12 in capture
# expect:   File "FILE", line 93 in <module>
# expect: sys.stderr is None
# expect: unable to get sys.stderr

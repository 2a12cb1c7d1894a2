# faulthandler.dump_traceback_later (the watchdog thread) and register (user signals).
import faulthandler
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

def tidy(text):
    return re.sub(r"0x[0-9a-f]{16}", "0xTID", text).replace(__file__, "FILE")

def later(f, timeout, repeat=False, cancel=False, wait=0.6):
    faulthandler.dump_traceback_later(timeout, repeat=repeat, file=f)
    if cancel:
        faulthandler.cancel_dump_traceback_later()
    time.sleep(wait)
    faulthandler.cancel_dump_traceback_later()

with tempfile.TemporaryFile("w+b") as f:
    later(f, 0.2)
    f.seek(0)
    print(tidy(f.read().decode()), end="")
with tempfile.TemporaryFile("w+b") as f:
    later(f, 0.1, repeat=True, wait=0.65)
    f.seek(0)
    text = f.read().decode()
    print(text.count("Timeout (0:00:00.100000)!\n"), text.count("line 18 in later"))
with tempfile.TemporaryFile("w+b") as f:
    later(f, 0.1, cancel=True, wait=0.3)
    f.seek(0)
    print(repr(f.read()))
faulthandler.cancel_dump_traceback_later()  # nothing to cancel

# header formats: whole seconds, hours
with tempfile.TemporaryFile("w+b") as f:
    faulthandler.dump_traceback_later(3725, file=f.fileno())
    faulthandler.dump_traceback_later(1, file=f.fileno())  # replaces the first
    faulthandler.cancel_dump_traceback_later()
    f.seek(0)
    print(repr(f.read()))

for args in [("x",), (0,), (-1,), (float("nan"),), (1e300,), (2**80,), (1e-10, 0, -5), (1, "r")]:
    try:
        faulthandler.dump_traceback_later(*args)
        faulthandler.cancel_dump_traceback_later()
        print("ok", args)
    except Exception as e:
        print(type(e).__name__, e)

# exit=True: _exit(1) after the dump
p = subprocess.run([sys.executable, "-c", "import faulthandler, time\nfaulthandler.dump_traceback_later(0.1, exit=True)\ntime.sleep(5)\nprint('not reached')"],
                   capture_output=True, text=True)
print(p.returncode, repr(p.stdout), tidy(p.stderr).splitlines())

# register: a user signal dumps the stack, then (chain=True) the previous handler runs
called = []
def handler(signum, frame):
    called.append(signum)
with tempfile.TemporaryFile("w+b") as f:
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False)
    os.kill(os.getpid(), signal.SIGUSR1)
    print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
    signal.signal(signal.SIGUSR2, handler)
    faulthandler.register(signal.SIGUSR2, file=f.fileno(), chain=True)
    os.kill(os.getpid(), signal.SIGUSR2)
    os.kill(os.getpid(), signal.SIGUSR2)
    faulthandler.unregister(signal.SIGUSR2)
    os.kill(os.getpid(), signal.SIGUSR2)
    signal.signal(signal.SIGUSR2, signal.SIG_DFL)
    f.seek(0)
    print(tidy(f.read().decode()), end="")
print(called)
for args in [(signal.SIGSEGV,), (signal.SIGABRT,), (0,), (signal.NSIG,), (signal.SIGKILL,), ("x",)]:
    try:
        faulthandler.register(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(0,), (signal.SIGSEGV,), (signal.SIGUSR1,)]:
    try:
        print(faulthandler.unregister(*args))
    except Exception as e:
        print(type(e).__name__, e)

# enable / disable / is_enabled
print(faulthandler.is_enabled(), faulthandler.disable())
with tempfile.TemporaryFile("w+b") as f:
    faulthandler.enable(f)
    print(faulthandler.is_enabled())
    faulthandler.enable(f.fileno(), all_threads=False)
    print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
for args in [(-1,), (object(),), (1, 2, 3)]:
    try:
        faulthandler.enable(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(faulthandler.is_enabled())
# expect: Timeout (0:00:00.200000)!
# expect: Thread 0xTID (most recent call first):
# expect:   File "FILE", line 18 in later
# expect:   File "FILE", line 22 in <module>
# expect: 6 6
# expect: b''
# expect: b''
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError timeout must be greater than 0
# expect: ValueError timeout must be greater than 0
# expect: ValueError Invalid value NaN (not a number)
# expect: OverflowError timestamp out of range for platform time_t
# expect: OverflowError timestamp too large to convert to C _PyTime_t
# expect: ValueError file is not a valid file descripter
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: 1 '' ['Timeout (0:00:00.100000)!', 'Thread 0xTID (most recent call first):', '  File "<string>", line 3 in <module>']
# expect: True False
# expect: Stack (most recent call first):
# expect:   File "FILE", line 63 in <module>
# expect: Current thread 0xTID (most recent call first):
# expect:   File "FILE", line 67 in <module>
# expect: Current thread 0xTID (most recent call first):
# expect:   File "FILE", line 68 in <module>
# expect: [12, 12, 12]
# expect: RuntimeError signal 11 cannot be registered, use enable() instead
# expect: RuntimeError signal 6 cannot be registered, use enable() instead
# expect: ValueError signal number out of range
# expect: ValueError signal number out of range
# expect: OSError [Errno 22] Invalid argument
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError signal number out of range
# expect: RuntimeError signal 11 cannot be registered, use enable() instead
# expect: False
# expect: False False
# expect: True
# expect: True False False
# expect: ValueError file is not a valid file descripter
# expect: AttributeError 'object' object has no attribute 'fileno'
# expect: TypeError enable() takes at most 2 arguments (3 given)
# expect: False

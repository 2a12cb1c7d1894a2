# faulthandler: tracebacks on demand, on a fatal signal, on a user signal and
# after a timeout, in CPython's format (thread ids masked).
import faulthandler, os, re, signal, subprocess, sys, tempfile, threading

def masked(text):
    return re.sub(r"0x[0-9a-f]{16}", "0xTHREAD", text).replace(__file__, "SCRIPT")

# A sanitizer build's own handlers would report the re-raised signal and exit 1
# instead of letting the process die of it: keep them out of the children.
NO_SANITIZER_HANDLERS = "handle_segv=0:handle_sigbus=0:handle_abort=0:handle_sigfpe=0:handle_sigill=0"

def run(code):
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), NO_SANITIZER_HANDLERS]))
    env["TSAN_OPTIONS"] = ":".join(filter(None, [env.get("TSAN_OPTIONS"), NO_SANITIZER_HANDLERS]))
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    return p.returncode, masked(p.stderr).rstrip("\n").split("\n")

def inner():
    with tempfile.TemporaryFile("w+") as f:
        faulthandler.dump_traceback(f, all_threads=False)
        f.seek(0)
        print(masked(f.read()), end="")
def outer():
    inner()
outer()

print(faulthandler.is_enabled())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())

# All threads: the current one is marked, another one waits in an Event.
with tempfile.TemporaryFile("w+") as f:
    ev, done = threading.Event(), threading.Event()
    def waiter():
        ev.set()
        done.wait()
    t = threading.Thread(target=waiter)
    t.start()
    ev.wait()
    faulthandler.dump_traceback(f)
    done.set()
    t.join()
    f.seek(0)
    text = masked(f.read())
print(text.count("Current thread 0xTHREAD (most recent call first):"), text.count("Thread 0xTHREAD (most recent"))
print(' in <module>' in text, ' in waiter' in text, text.count("\n\n"))

rc, err = run("import faulthandler\ndef crash():\n    faulthandler._sigsegv()\nfaulthandler.enable()\ncrash()\n")
print(rc)
print("\n".join(err))
rc, err = run("import faulthandler\nfaulthandler.enable(all_threads=False)\nfaulthandler._sigabrt()\n")
print(rc)
print("\n".join(err))

rc, err = run("import faulthandler, os, signal\nfaulthandler.register(signal.SIGUSR1, all_threads=False)\n"
              "os.kill(os.getpid(), signal.SIGUSR1)\nprint(faulthandler.unregister(signal.SIGUSR1))\n")
print(rc, err)
rc, err = run("import faulthandler, time\nfaulthandler.dump_traceback_later(0.05, exit=True)\ntime.sleep(5)\n")
print(rc)
print("\n".join(err))
rc, err = run("import faulthandler, time\nfaulthandler.dump_traceback_later(0.05)\n"
              "faulthandler.cancel_dump_traceback_later()\ntime.sleep(0.2)\n")
print(rc, err)

for bad in (0, -1, 1e300):
    try:
        faulthandler.dump_traceback_later(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: faulthandler.register(signal.SIGSEGV), lambda: faulthandler.dump_traceback(-1),
             lambda: faulthandler.unregister(signal.SIGUSR2)):
    try:
        print(call())
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)

# expect: Stack (most recent call first):
# expect:   File "SCRIPT", line 21 in inner
# expect:   File "SCRIPT", line 25 in outer
# expect:   File "SCRIPT", line 26 in <module>
# expect: False
# expect: True True False False
# expect: 1 1
# expect: True True 1
# expect: -11
# expect: Fatal Python error: Segmentation fault
# expect: 
# expect: Current thread 0xTHREAD (most recent call first):
# expect:   File "<string>", line 3 in crash
# expect:   File "<string>", line 5 in <module>
# expect: -6
# expect: Fatal Python error: Aborted
# expect: 
# expect: Stack (most recent call first):
# expect:   File "<string>", line 3 in <module>
# expect: 0 ['Stack (most recent call first):', '  File "<string>", line 3 in <module>']
# expect: 1
# expect: Timeout (0:00:00.050000)!
# expect: Thread 0xTHREAD (most recent call first):
# expect:   File "<string>", line 3 in <module>
# expect: 0 ['']
# expect: ValueError timeout must be greater than 0
# expect: ValueError timeout must be greater than 0
# expect: OverflowError timestamp out of range for platform time_t
# expect: RuntimeError signal 11 cannot be registered, use enable() instead
# expect: ValueError file is not a valid file descripter
# expect: False

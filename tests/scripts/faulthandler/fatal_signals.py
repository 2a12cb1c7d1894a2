# faulthandler's fatal-signal handlers: a child process crashes on purpose and
# prints CPython's report (thread ids replaced, since they are addresses).
import re
import subprocess
import sys
import tempfile
import os

# A sanitizer build's own handlers would report the re-raised signal and exit 1
# instead of letting the process die of it: keep them out of the children.
NO_SANITIZER_HANDLERS = "handle_segv=0:handle_sigbus=0:handle_abort=0:handle_sigfpe=0:handle_sigill=0"

def run(code, *args, env=None):
    env = dict(env or os.environ)
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), NO_SANITIZER_HANDLERS]))
    env["TSAN_OPTIONS"] = ":".join(filter(None, [env.get("TSAN_OPTIONS"), NO_SANITIZER_HANDLERS]))
    p = subprocess.run([sys.executable, *args, "-c", code], capture_output=True, text=True, env=env)
    out = re.sub(r"0x[0-9a-f]{16}", "0xTID", p.stderr)
    out = re.sub(r"Extension modules: .*", "Extension modules: ...", out)
    return p.returncode, out

def show(title, code, *args, env=None):
    rc, out = run(code, *args, env=env)
    print("--", title, rc)
    for line in out.splitlines():
        print("|", line)

show("sigsegv", """
import faulthandler
faulthandler.enable()
def crash():
    faulthandler._sigsegv()
crash()
""")
show("sigsegv without the GIL", "import faulthandler\nfaulthandler.enable()\nfaulthandler._sigsegv(True)")
show("sigabrt", "import faulthandler\nfaulthandler.enable()\nfaulthandler._sigabrt()")
show("sigfpe", "import faulthandler\nfaulthandler.enable()\nfaulthandler._sigfpe()")
show("read null", "import faulthandler\nfaulthandler.enable()\nfaulthandler._read_null()")
show("one thread", "import faulthandler\nfaulthandler.enable(all_threads=False)\nfaulthandler._sigsegv()")
show("disabled", "import faulthandler\nfaulthandler.enable()\nfaulthandler.disable()\nfaulthandler._sigsegv()")
show("-X faulthandler", "import faulthandler\nfaulthandler._sigsegv()", "-X", "faulthandler")
env = dict(os.environ, PYTHONFAULTHANDLER="1")
show("PYTHONFAULTHANDLER", "import faulthandler\nprint(faulthandler.is_enabled())\nfaulthandler._sigsegv()", env=env)
show("-E ignores PYTHONFAULTHANDLER", "import faulthandler\nprint(faulthandler.is_enabled())", "-E", env=env)
show("during a collection", """
import faulthandler, gc
faulthandler.enable()
class Cycle:
    def __del__(self):
        faulthandler._sigsegv()
a = Cycle(); b = Cycle(); a.b = b; b.a = a
a = b = None
gc.collect()
""")
show("extension modules", """
import faulthandler, sys
sys.stdlib_module_names = frozenset()
faulthandler.enable()
faulthandler._sigsegv()
""")
show("fatal error in a C thread", "import faulthandler\nfaulthandler._fatal_error_c_thread()")
rc, out = run("import faulthandler\nfaulthandler.enable()\nfaulthandler._stack_overflow()")
# A C stack overflow is reported from the alternate signal stack; a thread
# stack larger than the 100 MiB the helper goes down (pyglass's interpreter
# thread has 512 MiB) gives CPython's RuntimeError instead.
lines = out.splitlines()
print("-- stack overflow", (rc == -11 and lines[0] == "Fatal Python error: Segmentation fault"
                            and lines[3] == '  File "<string>", line 3 in <module>')
      or (rc == 1 and "unable to raise a stack overflow" in out))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out.txt")
    rc, out = run(f"import faulthandler\nf = open({path!r}, 'wb')\nfaulthandler.enable(f)\nfaulthandler._sigsegv()")
    print("-- enable(file)", rc, repr(out))
    with open(path) as f:
        print(re.sub(r"0x[0-9a-f]{16}", "0xTID", f.read()), end="")
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
    env = dict(os.environ)
    env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), NO_SANITIZER_HANDLERS]))
    env["TSAN_OPTIONS"] = ":".join(filter(None, [env.get("TSAN_OPTIONS"), NO_SANITIZER_HANDLERS]))
    p = subprocess.run([sys.executable, "-c", f"import faulthandler\nfaulthandler.enable({fd}, all_threads=False)\nfaulthandler._sigabrt()"],
                       capture_output=True, text=True, pass_fds=[fd], env=env)
    os.close(fd)
    print("-- enable(fd)", p.returncode, repr(p.stderr))
    with open(path) as f:
        print(f.read(), end="")
# expect: -- sigsegv -11
# expect: | Fatal Python error: Segmentation fault
# expect: | 
# expect: | Current thread 0xTID (most recent call first):
# expect: |   File "<string>", line 5 in crash
# expect: |   File "<string>", line 6 in <module>
# expect: -- sigsegv without the GIL -11
# expect: | Fatal Python error: Segmentation fault
# expect: | 
# expect: | Current thread 0xTID (most recent call first):
# expect: |   File "<string>", line 3 in <module>
# expect: -- sigabrt -6
# expect: | Fatal Python error: Aborted
# expect: | 
# expect: | Current thread 0xTID (most recent call first):
# expect: |   File "<string>", line 3 in <module>
# expect: -- sigfpe -8
# expect: | Fatal Python error: Floating point exception
# expect: | 
# expect: | Current thread 0xTID (most recent call first):
# expect: |   File "<string>", line 3 in <module>
# expect: -- read null -11
# expect: | Fatal Python error: Segmentation fault
# expect: | 
# expect: | Current thread 0xTID (most recent call first):
# expect: |   File "<string>", line 3 in <module>
# expect: -- one thread -11
# expect: | Fatal Python error: Segmentation fault
# expect: | 
# expect: | Stack (most recent call first):
# expect: |   File "<string>", line 3 in <module>
# expect: -- disabled -11
# expect: -- -X faulthandler -11
# expect: | Fatal Python error: Segmentation fault
# expect: | 
# expect: | Current thread 0xTID (most recent call first):
# expect: |   File "<string>", line 2 in <module>
# expect: -- PYTHONFAULTHANDLER -11
# expect: | Fatal Python error: Segmentation fault
# expect: | 
# expect: | Current thread 0xTID (most recent call first):
# expect: |   File "<string>", line 3 in <module>
# expect: -- -E ignores PYTHONFAULTHANDLER 0
# expect: -- during a collection -11
# expect: | Fatal Python error: Segmentation fault
# expect: | 
# expect: | Current thread 0xTID (most recent call first):
# expect: |   Garbage-collecting
# expect: |   File "<string>", line 6 in __del__
# expect: |   File "<string>", line 9 in <module>
# expect: -- extension modules -11
# expect: | Fatal Python error: Segmentation fault
# expect: | 
# expect: | Current thread 0xTID (most recent call first):
# expect: |   File "<string>", line 5 in <module>
# expect: | 
# expect: | Extension modules: ...
# expect: -- fatal error in a C thread -6
# expect: | Fatal Python error: faulthandler_fatal_error_thread: in new thread
# expect: | Python runtime state: initialized
# expect: | 
# expect: | Thread 0xTID (most recent call first):
# expect: |   File "<string>", line 2 in <module>
# expect: -- stack overflow True
# expect: -- enable(file) -11 ''
# expect: Fatal Python error: Segmentation fault
# expect: 
# expect: Current thread 0xTID (most recent call first):
# expect:   File "<string>", line 4 in <module>
# expect: -- enable(fd) -6 ''
# expect: Fatal Python error: Aborted
# expect: 
# expect: Stack (most recent call first):
# expect:   File "<string>", line 3 in <module>

# Writing to a pipe whose reader has gone raises BrokenPipeError (SIGPIPE is ignored, as in CPython),
# in the buffered and the unbuffered configuration of sys.stdout.
import sys, posix
CHILD = "import sys\nfor i in range(100000): print(i)\n"
posix.putenv("CHILD", CHILD)
tmp = "pyglass_io_broken_pipe_%d" % posix.getpid()
for env in ("env -u PYTHONUNBUFFERED", "env PYTHONUNBUFFERED=1"):
    print(env.split()[-1])
    sys.stdout.flush()
    posix.system('{ %s %s -c "$CHILD" 2>%s.err; echo $? >%s.rc; } | head -1' % (env, sys.executable, tmp, tmp))
    for ext in ("err", "rc"):
        with open(tmp + "." + ext, encoding="utf-8") as f:
            print(ext, f.read().splitlines())
        posix.unlink(tmp + "." + ext)
r, w = posix.pipe()
posix.close(r)
f = open(w, "wb", buffering=0)
try:
    f.write(b"x")
except BrokenPipeError as ex:
    print(type(ex).__name__, ex.errno)
f.close()
# expect: PYTHONUNBUFFERED
# expect: 0
# expect: err ['Traceback (most recent call last):', '  File "<string>", line 2, in <module>', 'BrokenPipeError: [Errno 32] Broken pipe']
# expect: rc ['1']
# expect: PYTHONUNBUFFERED=1
# expect: 0
# expect: err ['Traceback (most recent call last):', '  File "<string>", line 2, in <module>', 'BrokenPipeError: [Errno 32] Broken pipe']
# expect: rc ['1']
# expect: BrokenPipeError 32
